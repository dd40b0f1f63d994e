"""The README's set-up and tour, run for real, as a reader runs them: the set-up command's
``papercli`` part first, then every ``console`` block in order, in one fresh library, and the
output compared with the README's text, so the documentation cannot drift from the program.

Like a reader, the tour runs on the real clock, from the checkout's root, with the environment
the README states (TOUR_ENV: 120 columns, no colour), stdout and stderr interleaved as a
terminal shows them. The one thing normalised, as the README says: the times papercli stamps
during the run (ISO times and UTC dates between the run's start and end) are replaced by the
time the README's tour was recorded (RECORDED_AT). To refresh the README after a deliberate
change of output:

    .venv/bin/python tests/test_readme.py --update
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOUR_ENV = {"COLUMNS": "120", "NO_COLOR": "1"}
RECORDED_AT = "2026-11-23T09:00:00+00:00"
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
# A date, and the rest of an ISO time with a timezone when the date starts one.
_TIME_OR_DATE = re.compile(r"\b(\d{4}-\d\d-\d\d)(T\d\d:\d\d:\d\d(?:\.\d+)?(?:[+-]\d\d:\d\d|Z))?\b")
_ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")


def _papercli() -> list[str]:
    from tests.conftest import papercli_executable

    return papercli_executable()


def blocks(text: str, kind: str) -> list[tuple[int, int, str]]:
    """The fenced blocks of KIND in TEXT: (start, end, body) of each body."""
    return [(m.start(2), m.end(2), m.group(2)) for m in _BLOCK.finditer(text) if m.group(1) == kind]


def commands_of(block: str) -> list[str]:
    """The ``$ `` command lines of a console block."""
    return [line[2:] for line in block.splitlines() if line.startswith("$ ")]


def setup_commands(text: str) -> list[str]:
    """The ``papercli`` steps of the README's set-up command (its first ``sh`` block)."""
    setup = blocks(text, "sh")[0][2]
    steps = [s.strip() for s in setup.replace("\\\n", " ").split("&&")]
    return [s for s in steps if s.startswith("papercli ")]


def setup_output_block(text: str) -> tuple[int, int, str]:
    """The ``text`` block after the set-up command: what its ``papercli`` part prints."""
    setup_end = blocks(text, "sh")[0][1]
    return next(b for b in blocks(text, "text") if b[0] > setup_end)


class Tour:
    """Runs console commands one after another in one library, like a user at a shell."""

    def __init__(self, library: Path) -> None:
        self.env = {**os.environ, **TOUR_ENV, "PAPERCLI_DB": str(library)}
        for name in ("PAPERCLI_NOW", "PAPERCLI_DEBUG", "VISUAL", "EDITOR"):
            self.env.pop(name, None)
        self.last_exit = 0
        self.started = datetime.now(UTC).replace(microsecond=0)

    def run(self, command: str) -> str:
        """The output (stdout and stderr, interleaved) of one ``$ `` line, its times
        normalised. Leading ``NAME=value`` words set the environment of that one command,
        as a shell does."""
        words = shlex.split(command, comments=True)
        if words == ["echo", "$?"]:
            return f"{self.last_exit}\n"
        env = dict(self.env)
        while words and _ASSIGNMENT.match(words[0]):
            name, value = words.pop(0).split("=", 1)
            env[name] = value
        assert words and words[0] == "papercli", f"the tour runs only papercli: {command!r}"
        result = subprocess.run(
            [*_papercli(), *words[1:]],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        )
        self.last_exit = result.returncode
        return normalise_times(result.stdout, self.started, datetime.now(UTC))

    def replay(self, block: str) -> str:
        """BLOCK with each command's output replaced by what the command prints now."""
        out = []
        for command in commands_of(block):
            out.append(f"$ {command}\n")
            out.append(self.run(command))
        return "".join(out)


def normalise_times(text: str, start: datetime, end: datetime) -> str:
    """TEXT with every ISO time from START to END (to the second) put as RECORDED_AT, and
    every date of those days (UTC) as RECORDED_AT's date; other times and dates as they are."""
    first, last = start.replace(microsecond=0), end + timedelta(seconds=1)
    days = {
        (first + timedelta(days=n)).date().isoformat()
        for n in range((last.date() - first.date()).days + 1)
    }

    def recorded(match: re.Match[str]) -> str:
        if not match.group(2):
            return RECORDED_AT[:10] if match.group(1) in days else match.group(0)
        moment = datetime.fromisoformat(match.group(0).replace("Z", "+00:00"))
        return RECORDED_AT if first <= moment <= last else match.group(0)

    return _TIME_OR_DATE.sub(recorded, text)


def rendered_readme(text: str) -> str:
    """TEXT with the set-up's output and every console block's output replaced by real
    output: the set-up command's papercli part first, then each block in order, in one
    fresh library."""
    setup_start, setup_end, _ = setup_output_block(text)
    with tempfile.TemporaryDirectory() as folder:
        tour = Tour(Path(folder) / "library.json")
        new = {setup_start: (setup_end, "".join(tour.run(c) for c in setup_commands(text)))}
        for start, end, body in blocks(text, "console"):
            new[start] = (end, tour.replay(body))
    pieces, at = [], 0
    for start in sorted(new):
        end, body = new[start]
        pieces += [text[at:start], body]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)


def _checked_blocks(text: str) -> list[str]:
    return [setup_output_block(text)[2], *(body for _, _, body in blocks(text, "console"))]


def test_the_setup_and_the_tour_reproduce_exactly() -> None:
    text = README.read_text(encoding="utf-8")
    assert blocks(text, "console"), "the README has a tour"
    expected = _checked_blocks(text)
    actual = _checked_blocks(rendered_readme(text))
    for want, got in zip(expected, actual, strict=True):
        assert got == want, "README tour output differs; run tests/test_readme.py --update"


def test_the_setup_command_uses_a_demo_library_and_the_tour_goes_on_from_it() -> None:
    text = README.read_text(encoding="utf-8")
    setup = blocks(text, "sh")[0][2]
    steps = [s.strip() for s in setup.replace("\\\n", " ").split("&&")]
    exports = [s for s in steps if s.startswith("export PAPERCLI_DB=")]
    assert exports, "the set-up command must not use the user's own library"
    demo = exports[0].split("=", 1)[1].strip("\"'")
    assert demo.startswith("$PWD/"), "the demo library lives in the checkout"
    assert steps.index(exports[0]) < min(
        i for i, s in enumerate(steps) if s.startswith("papercli ")
    ), "PAPERCLI_DB is set before papercli first runs"
    assert not any(s.startswith("export PAPERCLI_NOW") for s in steps), "the reader's own clock"
    tour = [c for _, _, body in blocks(text, "console") for c in commands_of(body)]
    assert setup_commands(text), "the set-up command makes the demo library"
    assert not set(setup_commands(text)) & set(tour), "the tour does not run the set-up again"


def test_only_the_times_of_the_run_are_normalised() -> None:
    start = datetime(2027, 3, 4, 10, 0, 0, tzinfo=UTC)
    end = start + timedelta(minutes=1)
    text = (
        "added_at  2027-03-04T10:00:30+00:00\n"
        "read_at   2026-11-02T00:00:00+00:00\n"
        "notes     [2027-03-04] seen; read on 2026-11-02\n"
        "late      2027-03-04T10:05:00+00:00\n"
    )
    assert normalise_times(text, start, end) == (
        f"added_at  {RECORDED_AT}\n"
        "read_at   2026-11-02T00:00:00+00:00\n"
        f"notes     [{RECORDED_AT[:10]}] seen; read on 2026-11-02\n"
        "late      2027-03-04T10:05:00+00:00\n"
    )


def test_the_demo_library_is_ignored_by_git() -> None:
    text = README.read_text(encoding="utf-8")
    setup = blocks(text, "sh")[0][2]
    demo = re.search(r"PAPERCLI_DB=\"?\$PWD/([^\"\s]+)", setup)
    assert demo
    top = demo.group(1).split("/")[0]
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert f"{top}/" in ignored or top in ignored


@pytest.mark.parametrize("name", sorted(TOUR_ENV))
def test_the_readme_states_the_tour_environment(name: str) -> None:
    assert f"{name}={TOUR_ENV[name].split('+')[0]}" in README.read_text(encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] != ["--update"]:
        sys.exit("usage: tests/test_readme.py --update   (rewrites README.md's tour output)")
    sys.path.insert(0, str(ROOT))
    README.write_text(rendered_readme(README.read_text(encoding="utf-8")), encoding="utf-8")
