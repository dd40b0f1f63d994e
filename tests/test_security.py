"""Security and hostile input (issue 10, items 9-13, 16, 18-20): ``open`` and option-like
URLs, file modes of derived files, terminal escapes in human-readable output, CSV formula
injection, a BibTeX ``@string`` bomb, huge integers, non-UTF-8 arguments, a folder the user
cannot enter, and a full stdout.

Every test here failed on 0.1.0.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import (
    Result,
    no_traceback,
    one_line_error,
    papercli_executable,
    without_override_capabilities,
)

Cli = Callable[..., Result]
RunInstalled = Callable[..., subprocess.CompletedProcess[str]]

HOSTILE = {
    "osc8": "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "clear": "Venue \x1b[2J\x1b[H",
    "c1-csi": "Venue \x9b31m red",
    "bell": "Venue \x07\x08",
}


def import_records(cli: Cli, tmp_path: Path, records: list[dict[str, object]]) -> Result:
    source = tmp_path / "records.json"
    source.write_text(json.dumps(records))
    return cli("import", str(source))


def assert_inert(text: str) -> None:
    """No character that a terminal would act on (C0 but newline and tab, DEL, C1)."""
    bad = [ch for ch in text if (ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F]
    assert not bad, (bad, text)


# ---------------------------------------------------------------------------------------------
# 9. open


@pytest.fixture
def fake_browser(tmp_path: Path) -> Iterator[tuple[dict[str, str], Path]]:
    """$BROWSER pointing at a script that records the arguments it was run with."""
    calls = tmp_path / "browser-calls.txt"
    script = tmp_path / "browser.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> {calls}\n')
    script.chmod(0o755)
    yield {"BROWSER": str(script), "DISPLAY": ""}, calls


@pytest.mark.parametrize(
    "url",
    [
        "--renderer-cmd-prefix=touch /tmp/papercli-pwned",
        "-x",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "https://example.org/\x1b[2J",
    ],
)
def test_open_refuses_anything_but_an_http_url(
    run_installed: RunInstalled,
    fake_browser: tuple[dict[str, str], Path],
    tmp_path: Path,
    url: str,
) -> None:
    env, calls = fake_browser
    source = tmp_path / "one.json"
    source.write_text(json.dumps([{"title": "Hostile link", "url": url}]))
    assert run_installed("import", str(source)).returncode == 0
    result = run_installed("open", "1", env=env)
    assert result.returncode == 1, result
    line = one_line_error(result.stderr)
    assert "http" in line
    assert_inert(result.stderr)
    assert not calls.exists()


def test_open_passes_an_https_url_to_the_browser(
    run_installed: RunInstalled,
    fake_browser: tuple[dict[str, str], Path],
) -> None:
    env, calls = fake_browser
    assert run_installed("add", "Fine link", "--url", "https://example.org/paper").returncode == 0
    result = run_installed("open", "1", env=env)
    assert result.returncode == 0, result
    assert "https://example.org/paper" in calls.read_text().splitlines()


# ---------------------------------------------------------------------------------------------
# 10. File modes


def test_cache_backups_and_exports_take_the_librarys_private_mode(
    run_installed: RunInstalled,
    library_path: Path,
    tmp_path: Path,
) -> None:
    library_path.parent.mkdir(parents=True)
    papers = {
        str(i): {"title": f"Private paper {i}", "notes": "secret " * 200} for i in range(1, 301)
    }
    library_path.write_text(
        json.dumps(
            {"meta": {"1": {"schema_version": 1, "next_id": 301}}, "papers": papers, "undo": {}}
        )
    )
    library_path.chmod(0o600)
    assert run_installed("list").returncode == 0
    assert run_installed("tag", "1", "x").returncode == 0
    export = tmp_path / "export.json"
    assert run_installed("export", "-o", str(export)).returncode == 0
    cache = library_path.with_name(f".{library_path.name}.cache")
    backups = list(library_path.with_name(library_path.name + ".backups").iterdir())
    for path in [library_path, cache, export, *backups]:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


# ---------------------------------------------------------------------------------------------
# 11. Terminal escapes


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_no_data_string_reaches_the_terminal_raw(
    cli: Cli,
    tmp_path: Path,
    name: str,
) -> None:
    hostile = HOSTILE[name]
    result = import_records(
        cli,
        tmp_path,
        [
            {
                "title": "Hostile record",
                "venue": hostile,
                "topics": ["ML"],
                "summary": hostile,
                "url": "https://example.org/",
                "notes": hostile,
                "authors": ["Eve"],
            }
        ],
    )
    assert result.exit_code == 0, result
    assert_inert(result.stderr)
    for args in (
        ["stats"],
        ["list"],
        ["show", "1"],
        ["search", "hostile"],
        ["next"],
        ["tags"],
        ["restore"],
    ):
        shown = cli(*args)
        assert shown.exit_code == 0, (args, shown)
        assert_inert(shown.stdout)
        assert_inert(shown.stderr)
    assert "Venue" in cli("stats").stdout or name == "osc8"


def test_messages_neutralise_data(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "x.json"
    source.write_text(
        json.dumps([{"title": "Ok title", "venue": "V"}, {"title": "Bad", "year": "\x1b[2J"}])
    )
    result = cli("import", str(source))
    assert_inert(result.stderr)
    result = cli("show", "no such paper \x1b]0;title\x07")
    assert result.exit_code == 1
    assert_inert(result.stderr)


# ---------------------------------------------------------------------------------------------
# 12. CSV formula injection


FORMULAS = ['=HYPERLINK("http://evil","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturn"]


def test_csv_export_neutralises_formula_cells_unless_asked_not_to(
    cli: Cli,
    tmp_path: Path,
) -> None:
    import csv
    import io

    records = [
        {"title": f"Paper {i}", "venue": formula, "tags": [formula], "priority": -1}
        for i, formula in enumerate(FORMULAS)
    ]
    assert import_records(cli, tmp_path, records).exit_code == 0
    venues = sorted(p["venue"] for p in cli("list", "--json").json())
    assert sum(v.startswith(("=", "+", "-", "@")) for v in venues) == 4
    for args in (["export", "--format", "csv"], ["list", "--format", "csv"]):
        result = cli(*args)
        assert result.exit_code == 0, result
        rows = list(csv.DictReader(io.StringIO(result.stdout)))
        assert len(rows) == len(FORMULAS)
        for row in rows:
            for key, value in row.items():
                if key not in ("id", "year", "priority"):
                    assert not value or value[0] not in "=+-@\t\r", (args, row)
            assert row["priority"] == "-1"  # numbers are not text: left as they are
        assert sorted(row["venue"] for row in rows) == sorted(
            "'" + v if v.startswith(("=", "+", "-", "@")) else v for v in venues
        )
    raw = cli("export", "--format", "csv", "--no-csv-escape")
    assert raw.exit_code == 0
    raw_venues = [row["venue"] for row in csv.DictReader(io.StringIO(raw.stdout))]
    assert sorted(raw_venues) == venues


def test_escaped_csv_imports_back_to_the_original_text(cli: Cli, tmp_path: Path) -> None:
    assert (
        import_records(cli, tmp_path, [{"title": "-Negative title", "venue": "=V"}]).exit_code == 0
    )
    exported = tmp_path / "out.csv"
    assert cli("export", "--format", "csv", "-o", str(exported)).exit_code == 0
    other = tmp_path / "other.json"
    result = cli("--db", str(other), "import", str(exported), "--json")
    assert result.exit_code == 0, result
    assert cli("--db", str(other), "show", "1", "--json").json()["venue"] == "=V"
    assert cli("--db", str(other), "show", "1", "--json").json()["title"] == "-Negative title"


# ---------------------------------------------------------------------------------------------
# 13. BibTeX @string bomb


def string_bomb(levels: int) -> str:
    lines = ['@string{s0 = "0123456789"}']
    for level in range(1, levels + 1):
        lines.append(f"@string{{s{level} = " + " # ".join([f"s{level - 1}"] * 10) + "}")
    return "\n".join(lines)


def test_a_bibtex_string_bomb_rejects_its_entry_and_imports_the_rest(
    cli: Cli,
    tmp_path: Path,
) -> None:
    bib = (
        string_bomb(6)
        + """
@article{bomb, title = {Bomb}, abstract = s6}
@article{fine, title = {A fine paper}, year = 2020}
"""
    )
    source = tmp_path / "bomb.bib"
    source.write_text(bib)
    result = cli("import", str(source))
    assert result.exit_code == 0, result
    no_traceback(result.stderr)
    assert "rejected 1" in result.stderr and "too long" in result.stderr
    titles = [p["title"] for p in cli("list", "--json").json()]
    assert titles == ["A fine paper"]


@pytest.mark.slow
def test_a_deep_bibtex_string_bomb_stays_small(run_installed: RunInstalled, tmp_path: Path) -> None:
    """The issue's 645-byte bomb: 8 levels of ten-fold concatenation (10^9 characters)."""
    source = tmp_path / "bomb.bib"
    source.write_text(
        string_bomb(8) + "\n@article{bomb, title = {Bomb}, abstract = s8}\n"
        "@article{fine, title = {A fine paper}}\n"
    )
    result = run_installed("import", str(source), timeout=60)
    assert result.returncode == 0, result
    no_traceback(result.stderr)
    assert "rejected 1" in result.stderr


# ---------------------------------------------------------------------------------------------
# 16. Huge integers


def test_huge_priorities_and_limits_are_usage_errors(cli: Cli, tmp_path: Path) -> None:
    huge = str(2**63)
    for args in (["add", "Huge", "--priority", huge], ["search", "x", "--limit", "9" * 20]):
        result = cli(*args)
        assert result.exit_code == 2, (args, result)
        no_traceback(result.stderr)
    assert cli("add", "Fine", "--priority", "5").exit_code == 0
    assert cli("edit", "1", "--priority", huge).exit_code == 2
    result = import_records(
        cli,
        tmp_path,
        [{"title": "Huge priority", "priority": 2**70}, {"title": "Fine priority", "priority": 3}],
    )
    assert result.exit_code == 0, result
    assert "rejected 1" in result.stderr and "priority" in result.stderr
    assert len(cli("list", "--json").json()) == 2


# ---------------------------------------------------------------------------------------------
# 18. Non-UTF-8 bytes


def run_bytes(
    args: list[bytes], env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    exe = [os.fsencode(a) for a in papercli_executable()]
    return subprocess.run(
        [*exe, *args],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
    )


@pytest.mark.parametrize(
    "args",
    [
        [b"add", b"Title", b"--summary", b"bad \xff bytes"],
        [b"add", b"Title", b"--note", b"bad \xff bytes"],
        [b"add", b"Title \xff"],
        [b"add", b"Title", b"--tag", b"t\xff"],
        [b"tag", b"1", b"t\xff"],
        [b"note", b"1", b"bad \xff"],
    ],
)
def test_non_utf8_arguments_are_a_clean_error(
    run_installed: RunInstalled,
    library_path: Path,
    args: list[bytes],
) -> None:
    assert run_installed("add", "Existing paper").returncode == 0
    before = library_path.read_bytes()
    result = run_bytes(args)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "UTF-8" in one_line_error(err)
    assert library_path.read_bytes() == before


def test_a_non_utf8_file_name_and_library_path_are_shown_safely(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/lib-\xff"
    os.mkdir(folder)
    db = folder + b"/library.json"
    source = os.fsencode(tmp_path) + b"/papers-\xfe.json"
    with open(source, "wb") as handle:
        handle.write(json.dumps([{"title": "Imported paper"}]).encode())
    result = run_bytes([b"--db", db, b"import", source])
    assert result.returncode == 0, result.stderr
    no_traceback(result.stderr.decode("utf-8", "replace"))
    assert run_bytes([b"--db", db, b"add", b"Second paper"]).returncode == 0
    listing = run_bytes([b"--db", db, b"restore", b"--json"])
    assert listing.returncode == 0, listing.stderr
    backups = json.loads(listing.stdout)
    assert len(backups) == 1 and "lib-" in backups[0]["path"]
    shown = run_bytes([b"--db", db, b"list", b"--json"])
    assert json.loads(shown.stdout)[1]["source"].startswith("papers-")


# ---------------------------------------------------------------------------------------------
# 19. A folder the user cannot enter


def test_a_library_in_a_folder_the_user_cannot_enter(tmp_path: Path) -> None:
    """Root enters every folder: as root, the command runs without the capabilities that
    override file permissions (setpriv drops them from the bounding set)."""
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "library.json").write_text('{"_default": {}}')
    prefix = without_override_capabilities()
    locked.chmod(0)
    try:
        env = {**os.environ, "PAPERCLI_DB": str(locked / "library.json")}
        for args in (["list"], ["add", "New paper"], ["restore"], ["undo"], ["show", "1"]):
            result = subprocess.run(
                [*prefix, *papercli_executable(), *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=60,
                check=False,
            )
            assert result.returncode == 1, (args, result)
            line = one_line_error(result.stderr)
            assert "ermission denied" in line and str(locked) in line, line
    finally:
        locked.chmod(0o700)


# ---------------------------------------------------------------------------------------------
# 20. A full stdout


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
@pytest.mark.parametrize("args", [["list"], ["list", "--json"], ["export"], ["show", "1"]])
def test_a_full_stdout_is_one_error_line(run_installed: RunInstalled, args: list[str]) -> None:
    assert run_installed("add", "A paper", "--summary", "s" * 5000).returncode == 0
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*papercli_executable(), *args],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 1, result.stderr
    assert "No space left on device" in one_line_error(result.stderr)
