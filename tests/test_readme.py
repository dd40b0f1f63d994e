"""The README's set-up and tour, run for real: every ``console`` block is executed and its output
compared with the README's text, so the documentation cannot drift from the program.

The tour runs in a fresh library with the environment the README states (TOUR_ENV: a fixed
clock, 120 columns, no colour), from the checkout's root, stdout and stderr interleaved as a
terminal shows them. To refresh the README after a deliberate change of output:

    .venv/bin/python tests/test_readme.py --update
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TOUR_ENV = {
    "PAPERCLI_NOW": "2026-11-23T09:00:00+00:00",
    "COLUMNS": "120",
    "NO_COLOR": "1",
}
_BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _papercli() -> list[str]:
    from tests.conftest import papercli_executable

    return papercli_executable()


def blocks(text: str, kind: str) -> list[tuple[int, int, str]]:
    """The fenced blocks of KIND in TEXT: (start, end, body) of each body."""
    return [(m.start(2), m.end(2), m.group(2)) for m in _BLOCK.finditer(text) if m.group(1) == kind]


def commands_of(block: str) -> list[str]:
    """The ``$ `` command lines of a console block."""
    return [line[2:] for line in block.splitlines() if line.startswith("$ ")]


class Tour:
    """Runs console commands one after another in one library, like a user at a shell."""

    def __init__(self, library: Path) -> None:
        self.env = {**os.environ, **TOUR_ENV, "PAPERCLI_DB": str(library)}
        for name in ("PAPERCLI_DEBUG", "VISUAL", "EDITOR"):
            self.env.pop(name, None)
        self.last_exit = 0

    def run(self, command: str) -> str:
        """The output (stdout and stderr, interleaved) of one ``$ `` line."""
        words = shlex.split(command, comments=True)
        if words == ["echo", "$?"]:
            return f"{self.last_exit}\n"
        assert words and words[0] == "papercli", f"the tour runs only papercli: {command!r}"
        result = subprocess.run(
            [*_papercli(), *words[1:]],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=60,
            check=False,
        )
        self.last_exit = result.returncode
        return result.stdout

    def replay(self, block: str) -> str:
        """BLOCK with each command's output replaced by what the command prints now."""
        out = []
        for command in commands_of(block):
            out.append(f"$ {command}\n")
            out.append(self.run(command))
        return "".join(out)


def rendered_readme(text: str) -> str:
    """TEXT with every console block's output replaced by real output."""
    with tempfile.TemporaryDirectory() as folder:
        tour = Tour(Path(folder) / "library.json")
        pieces, at = [], 0
        for start, end, body in blocks(text, "console"):
            pieces += [text[at:start], tour.replay(body)]
            at = end
        pieces.append(text[at:])
    return "".join(pieces)


def test_the_tour_reproduces_exactly() -> None:
    text = README.read_text(encoding="utf-8")
    assert blocks(text, "console"), "the README has a tour"
    expected = [body for _, _, body in blocks(text, "console")]
    actual = [body for _, _, body in blocks(rendered_readme(text), "console")]
    for want, got in zip(expected, actual, strict=True):
        assert got == want, "README tour output differs; run tests/test_readme.py --update"


def test_the_setup_command_uses_a_demo_library_and_starts_the_tour() -> None:
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
    papercli_steps = [s for s in steps if s.startswith("papercli ")]
    first_tour = commands_of(blocks(text, "console")[0][2])
    assert papercli_steps == first_tour[: len(papercli_steps)], (
        "the tour starts where the set-up command leaves off"
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
