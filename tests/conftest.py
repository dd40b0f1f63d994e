"""Shared fixtures: every test gets its own library file in a tmp dir via PAPERCLI_DB."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

from papercli.cli import app

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

# CI must not go red on a new random example: there the examples are derived from each test.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def library_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh library file for each test; nothing touches the user's real library."""
    path = tmp_path / "lib" / "library.json"
    monkeypatch.setenv("PAPERCLI_DB", str(path))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("PAPERCLI_LOCK_TIMEOUT", "5")
    monkeypatch.delenv("PAPERCLI_DEBUG", raising=False)
    monkeypatch.delenv("PAPERCLI_NOW", raising=False)  # the real clock unless a test fixes it
    monkeypatch.delenv("COLUMNS", raising=False)  # piped tables at their natural width
    return path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


class Result:
    """What a command did: exit code, stdout, stderr, and stdout parsed as JSON on demand."""

    def __init__(self, exit_code: int, stdout: str, stderr: str) -> None:
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr

    def json(self) -> Any:
        return json.loads(self.stdout)

    def __repr__(self) -> str:
        return (
            f"Result({self.exit_code}, stdout={self.stdout[:300]!r}, stderr={self.stderr[:300]!r})"
        )


@pytest.fixture
def cli(runner: CliRunner) -> Callable[..., Result]:
    """Run papercli in-process like a user would: ``cli("add", "Title", input=None)``."""

    def run(*args: str, input: str | bytes | None = None) -> Result:
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


def no_traceback(stderr: str) -> None:
    """STDERR shows no Python traceback."""
    assert "Traceback" not in stderr
    assert 'File "' not in stderr


def one_line_error(stderr: str) -> str:
    """STDERR is one ``Error: ...`` line and no traceback; returns that line."""
    no_traceback(stderr)
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    return lines[0]


def without_override_capabilities() -> list[str]:
    """A command prefix under which file permissions hold: nothing for a user; for root,
    setpriv dropping the capabilities that override them (the test is skipped without it)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if not setpriv:
        pytest.skip("running as root without setpriv to drop the override capabilities")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search"]


def papercli_executable() -> list[str]:
    """The installed entry point (falls back to python -m papercli)."""
    exe = shutil.which("papercli", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "papercli"]


@contextmanager
def sigint_handled_by(handler: Any) -> Iterator[None]:
    """SIGINT handled by HANDLER inside, as before after."""
    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        if previous is not None:  # None: set outside Python, cannot be put back
            signal.signal(signal.SIGINT, previous)


def interruptible(*args: str, **popen: Any) -> subprocess.Popen[str]:
    """The installed ``papercli ARGS`` started the way a terminal starts it, so that a SIGINT
    sent to it acts as a user's Ctrl-C.

    A child inherits an ignored SIGINT (a suite started as a background job ignores it), and
    then a Ctrl-C would never reach it; a handled one is reset to the default on exec.
    """
    with sigint_handled_by(signal.default_int_handler):
        return subprocess.Popen(
            [*papercli_executable(), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            **popen,
        )


@pytest.fixture
def run_installed() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the installed ``papercli`` as a subprocess."""

    def run(
        *args: str, input: str | None = None, env: dict[str, str] | None = None, timeout: float = 60
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*papercli_executable(), *args],
            input=input,
            capture_output=True,
            text=True,
            env={**os.environ, **(env or {})},
            timeout=timeout,
            check=False,
        )

    return run


def digest_papers(text: str) -> list[dict[str, Any]]:
    """The papers the digest importer reads from TEXT, as the JSON output gives them."""
    from papercli.importers.digest import parse_digest

    return [p.to_dict() for p in parse_digest(text).papers]


def digest_by_title(text: str) -> dict[str, dict[str, Any]]:
    """The papers the digest importer reads from TEXT, keyed by title."""
    return {p["title"]: p for p in digest_papers(text)}


def digest_all_found(text: str, titles: list[str]) -> dict[str, dict[str, Any]]:
    """The papers the digest importer reads from TEXT by title, asserted to be TITLES and no
    others."""
    found = digest_by_title(text)
    assert sorted(found) == sorted(titles)
    return found


def chosen_title(line: str, favoured: str) -> str | None:
    """The title the digest's record cutter takes from LINE when the model rates the cut
    FAVOURED highest (a unit test of the choice, apart from the fitted model)."""
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates
    from papercli.importers.digest.records import cut_records

    lines = read_lines(line)
    row = candidates(lines, 0)
    assert favoured in {c.text for c in row}
    for cand in row:
        cand.score = 0.9 if cand.text == favoured else 0.1
    records = cut_records(lines, [row], 0.3)
    return records[0].title.text if records else None
