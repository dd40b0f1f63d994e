"""Regression tests for the data defects QA reproduced on merged main (QA1 items 1, 2, 3, 4,
7, 8, 10, 11, 12, 13): CSV round trips, export -o safety, pdf_path as local state, control
characters, the REF check, and the Ctrl-C hint after undo/redo."""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import signal
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import Result, papercli_executable, sigint_handled_by

from papercli.errors import ValidationError
from papercli.importers.records import parse_csv
from papercli.model import Paper
from papercli.output import papers_as_bytes
from papercli.storage import writing

Cli = Callable[..., Result]


def stored_papers(path: Path) -> list[dict[str, Any]]:
    papers: dict[str, dict[str, Any]] = json.loads(path.read_text())["papers"]
    return [{**paper, "id": int(doc_id)} for doc_id, paper in papers.items()]


def set_pdf_path(library: Path, paper_id: int, pdf_path: str) -> None:
    """Record PDF_PATH on a paper the way ``pdf`` does after a download."""
    with writing(library) as lib:
        current = lib.get(paper_id)
        assert current is not None
        paper = Paper.from_dict({**current.to_dict(), "pdf_path": pdf_path})
        paper.id = current.id
        lib.update([paper])
        lib.label = f"pdf #{paper_id}"


# ---------------------------------------------------------------------------------------------
# 1, 2. CSV


def test_csv_export_quotes_a_lone_cr_and_imports_the_same_papers(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "Carriage return paper", "--note", "\rCR note", "--no-fetch").exit_code == 0
    assert cli("add", "Second paper", "--note", "line one\rline two", "--no-fetch").exit_code == 0
    target = tmp_path / "e.csv"
    assert cli("export", "--format", "csv", "-o", str(target)).exit_code == 0
    rows = list(csv.reader(io.StringIO(target.read_text(), newline="")))
    assert len(rows) == 3  # the header and one row per paper: no row broken at a CR

    listed = cli("list", "--format", "csv")
    assert listed.exit_code == 0
    assert len(list(csv.reader(io.StringIO(listed.stdout, newline="")))) == 3

    other = tmp_path / "b.json"
    imported = cli("--db", str(other), "import", str(target))
    assert imported.exit_code == 0, imported
    back = cli("--db", str(other), "list", "--json", "--sort", "id").json()
    assert [(p["title"], p["notes"]) for p in back] == [
        ("Carriage return paper", "\rCR note"),
        ("Second paper", "line one\rline two"),
    ]


def test_csv_keeps_a_leading_apostrophe_through_export_and_import(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "'+1 is all you need", "--summary", "'=SUM(A1)", "--no-fetch").exit_code == 0
    assert cli("add", "'quoted' title", "--no-fetch").exit_code == 0
    target = tmp_path / "e.csv"
    assert cli("export", "--format", "csv", "-o", str(target)).exit_code == 0
    other = tmp_path / "b.json"
    assert cli("--db", str(other), "import", str(target)).exit_code == 0
    back = cli("--db", str(other), "list", "--json", "--sort", "id").json()
    assert [(p["title"], p["summary"]) for p in back] == [
        ("'+1 is all you need", "'=SUM(A1)"),
        ("'quoted' title", None),
    ]


def test_csv_cell_starting_with_an_apostrophe_gets_another_one(cli: Cli) -> None:
    assert cli("add", "'+1 is all you need", "--no-fetch").exit_code == 0
    rows = list(csv.DictReader(io.StringIO(cli("list", "--format", "csv").stdout, newline="")))
    assert rows[0]["title"] == "''+1 is all you need"


# Text rich in what CSV and the formula escape care about, and any other character too.
# (No lone surrogates: no input papercli reads can put one in a paper, see decode_input.)
csv_text = st.text(
    st.one_of(st.sampled_from("'=+-@\t\r\n\",; a"), st.characters(exclude_categories=("Cs",)))
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=csv_text, notes=csv_text, summary=csv_text, author=csv_text)
def test_csv_export_then_import_gives_the_same_text_fields(
    title: str, notes: str, summary: str, author: str
) -> None:
    try:
        paper = Paper(title=title, notes=notes, summary=summary.strip() or None, authors=[author])
    except ValidationError:
        return  # not a paper the library can hold (an empty title, ...)
    parsed = parse_csv(papers_as_bytes([paper], "csv").decode(), None)
    assert not parsed.rejected
    [back] = parsed.papers
    assert (back.title, back.notes, back.summary) == (paper.title, paper.notes, paper.summary)
    if ";" not in author and "," not in author:  # one name, not a list of them
        assert back.authors == paper.authors


# ---------------------------------------------------------------------------------------------
# 3. export -o never over the files papercli manages beside the library


@pytest.mark.parametrize("where", ["pdfs", "library.json.http-cache"])
def test_export_refuses_the_pdf_folder_and_the_http_cache(
    cli: Cli, library_path: Path, tmp_path: Path, where: str
) -> None:
    assert cli("add", "Attention is all you need", "--no-fetch").exit_code == 0
    folder = library_path.parent / where
    folder.mkdir()
    existing = folder / "1-attention-is-all-you-need.pdf"
    existing.write_bytes(b"%PDF-1.4 the downloaded paper")
    link = tmp_path / "link.pdf"
    link.symlink_to(existing)
    for target in (existing, folder / "new-file.json", folder, link):
        result = cli("export", "1", "-o", str(target))
        assert result.exit_code == 1, (target, result)
        assert "Error:" in result.stderr
    assert existing.read_bytes() == b"%PDF-1.4 the downloaded paper"
    assert not (folder / "new-file.json").exists()
    # an ordinary file beside the library is still written
    assert cli("export", "1", "-o", str(library_path.parent / "out.json")).exit_code == 0


# ---------------------------------------------------------------------------------------------
# 4, 7. pdf_path is this machine's state


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "csl-json", "ris", "bibtex"])
def test_reimported_export_never_sets_pdf_path_nor_pdf_url(
    cli: Cli, library_path: Path, tmp_path: Path, fmt: str
) -> None:
    assert cli("add", "Attention is all you need", "--no-fetch").exit_code == 0
    folder = library_path.parent / "pdfs"
    folder.mkdir()
    pdf = folder / "1-attention-is-all-you-need.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    set_pdf_path(library_path, 1, str(pdf))
    target = tmp_path / f"x.{fmt}"
    assert cli("export", "1", "--format", fmt, "-o", str(target)).exit_code == 0
    other = tmp_path / "n.json"
    assert cli("--db", str(other), "import", str(target)).exit_code == 0
    [paper] = cli("--db", str(other), "list", "--json").json()
    assert paper["pdf_path"] is None
    assert paper["pdf_url"] is None


def test_import_ignores_a_pdf_path_key(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(json.dumps([{"title": "PathA", "pdf_path": "/etc/passwd"}]))
    assert cli("import", str(source)).exit_code == 0
    [paper] = cli("list", "--json").json()
    assert (paper["pdf_path"], paper["pdf_url"]) == (None, None)


def test_open_pdf_never_opens_a_local_file_from_imported_data(cli: Cli, tmp_path: Path) -> None:
    evil = tmp_path / "evil.sh"
    evil.write_text("#!/bin/sh\necho owned\n")
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            [
                {"title": "Path as pdf_url", "pdf_url": str(evil)},
                {"title": "Path as pdf_path", "pdf_path": str(evil)},
                {"title": "System file", "pdf_url": "/etc/passwd"},
            ]
        )
    )
    assert cli("import", str(source)).exit_code == 0
    for paper_id in ("1", "2", "3"):
        result = cli("open", paper_id, "--pdf", "--print")
        assert result.exit_code == 1, result
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1


def test_open_pdf_opens_only_a_real_pdf_in_the_pdf_folder(
    cli: Cli, library_path: Path, tmp_path: Path
) -> None:
    assert cli("add", "Local copy", "--no-fetch").exit_code == 0
    assert (
        cli("add", "Outside copy", "--no-fetch", "--pdf-url", "https://example.org/b.pdf").exit_code
        == 0
    )
    assert cli("add", "Not a PDF", "--no-fetch").exit_code == 0
    folder = library_path.parent / "pdfs"
    folder.mkdir()
    good = folder / "1-local-copy.pdf"
    good.write_bytes(b"%PDF-1.7\n")
    outside = tmp_path / "2-outside-copy.pdf"
    outside.write_bytes(b"%PDF-1.7\n")
    script = folder / "3-not-a-pdf.pdf"
    script.write_text("#!/bin/sh\n")
    set_pdf_path(library_path, 1, str(good))
    set_pdf_path(library_path, 2, str(outside))
    set_pdf_path(library_path, 3, str(script))

    opened = cli("open", "1", "--pdf", "--print")
    assert opened.exit_code == 0
    assert opened.stdout.strip() == good.resolve().as_uri()
    # a recorded file outside pdfs/: the http(s) PDF URL instead
    assert cli("open", "2", "--pdf", "--print").stdout.strip() == "https://example.org/b.pdf"
    refused = cli("open", "3", "--pdf", "--print")
    assert refused.exit_code == 1
    assert refused.stdout == ""
    assert len(refused.stderr.strip().splitlines()) == 1


# ---------------------------------------------------------------------------------------------
# 8. Control characters


def _hostile_library(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "hostile.json"
    source.write_text(
        json.dumps(
            [
                {
                    "title": "Hostile \u009b31m paper",
                    "venue": "V\u001b[31mred",
                    "key": "k\u001bx",
                    "notes": "bell\u0007 and \rcr",
                    "authors": ["Eve \u001b]8;;http://x\u001b\\ Mallory"],
                }
            ]
        )
    )
    assert cli("import", str(source)).exit_code == 0


CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n", "\t"}


def test_imported_key_with_a_control_character_is_replaced(cli: Cli, tmp_path: Path) -> None:
    _hostile_library(cli, tmp_path)
    [paper] = cli("list", "--json").json()
    assert paper["key"] and not CONTROLS & set(paper["key"])
    bib = tmp_path / "k.bib"
    bib.write_text("@misc{k\x1bx,\n  title = {BibTeX key paper}\n}\n")
    ris = tmp_path / "k.ris"
    ris.write_text("TY  - GEN\nID  - k\x1bx\nTI  - RIS key paper\nER  - \n")
    assert cli("import", str(bib)).exit_code == 0
    assert cli("import", str(ris)).exit_code == 0
    keys = [p["key"] for p in cli("list", "--json").json()]
    assert all(key and not CONTROLS & set(key) for key in keys)


@pytest.mark.parametrize("key", ["k\x1bx", "two words", "bell\x07", "c1\x9b"])
def test_key_option_with_a_control_character_or_space_is_a_usage_error(cli: Cli, key: str) -> None:
    assert cli("add", "Some paper", "--no-fetch", "--key", key).exit_code == 2
    assert cli("add", "Some paper", "--no-fetch").exit_code == 0
    assert cli("edit", "1", "--key", key).exit_code == 2


def test_a_stored_key_with_a_control_character_does_not_lock_its_paper(
    cli: Cli, library_path: Path
) -> None:
    """A library written before such keys were refused: its paper can still be changed, its
    key never reaches the output raw, and ``edit --key ""`` replaces it."""
    with writing(library_path) as lib:
        lib.insert([Paper(title="Old paper", key="k\x1bx")])
        lib.label = "add #1"
    assert cli("tag", "1", "kept").exit_code == 0
    assert not CONTROLS & set(cli("cite", "1").stdout)
    assert cli("edit", "1", "--key", "").exit_code == 0
    [paper] = cli("list", "--json").json()
    assert paper["tags"] == ["kept"] and not CONTROLS & set(paper["key"])


@pytest.mark.parametrize(
    "args",
    [
        ("cite", "1", "--format", "text"),
        ("cite", "1"),
        ("cite", "1", "--format", "ris"),
        ("show", "1", "--format", "bibtex"),
        ("show", "1", "--format", "ris"),
        ("export", "--format", "bibtex"),
        ("export", "--format", "ris"),
        ("export", "--format", "markdown"),
    ],
)
def test_text_formats_to_a_pipe_carry_no_control_characters(
    cli: Cli, tmp_path: Path, args: tuple[str, ...]
) -> None:
    _hostile_library(cli, tmp_path)
    result = cli(*args)
    assert result.exit_code == 0
    assert result.stdout.strip()
    assert not CONTROLS & set(result.stdout), repr(result.stdout)


def run_on_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the installed papercli with stdout on a pseudo-terminal; what it printed."""
    main, secondary = pty.openpty()
    try:
        process = subprocess.Popen(
            [*papercli_executable(), *args],
            stdin=subprocess.DEVNULL,
            stdout=secondary,
            stderr=subprocess.PIPE,
            env={**os.environ, **env},
        )
    finally:
        os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:  # EIO: the other side is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    assert process.wait(timeout=60) == 0, process.stderr.read() if process.stderr else ""
    return b"".join(chunks).decode()


@pytest.mark.parametrize("fmt", ["bibtex", "csl-json", "ris", "text"])
def test_citations_on_a_terminal_go_through_visible(
    cli: Cli, tmp_path: Path, library_path: Path, fmt: str
) -> None:
    _hostile_library(cli, tmp_path)
    for command in ("show", "cite"):
        shown = run_on_terminal([command, "1", "--format", fmt], {"PAPERCLI_DB": str(library_path)})
        assert "Hostile" in shown
        # the terminal turns "\n" into "\r\n" itself; nothing else is a control character
        assert not (CONTROLS - {"\r"}) & set(shown), repr(shown)


# ---------------------------------------------------------------------------------------------
# 10, 11, 12. One REF check for every command that takes REFs

NOT_UTF8 = "\udcff"  # how Python hands over the byte 0xff of an argument


def _two_papers(cli: Cli) -> None:
    assert cli("add", "Attention is all you need", "--no-fetch").exit_code == 0
    assert cli("add", "Deep residual learning", "--no-fetch").exit_code == 0


REF_COMMANDS: list[tuple[str, ...]] = [
    ("show", "{}"),
    ("cite", "{}"),
    ("merge", "{}", "2"),
    ("merge", "1", "{}"),
    ("pdf", "{}"),
    ("refresh", "{}"),
    ("export", "{}"),
    ("export", "--ref", "{}"),
    ("tag", "{}", "x"),
    ("untag", "{}", "x"),
    ("mark-read", "{}"),
    ("mark-reading", "{}"),
    ("mark-unread", "{}"),
    ("edit", "{}", "--venue", "ICLR"),
    ("note", "{}", "text"),
    ("remove", "{}", "--yes"),
    ("open", "{}", "--print"),
]


def _with_ref(command: tuple[str, ...], ref: str) -> list[str]:
    args = [ref if part == "{}" else part for part in command]
    return [args[0], "--", *args[1:]] if ref.startswith("-") and args[0] != "export" else args


@pytest.mark.parametrize("command", REF_COMMANDS, ids=lambda c: " ".join(c))
def test_a_ref_that_is_not_utf8_is_a_usage_error(cli: Cli, command: tuple[str, ...]) -> None:
    _two_papers(cli)
    result = cli(*_with_ref(command, NOT_UTF8))
    assert result.exit_code == 2, result
    assert "UTF-8" in result.stderr


@pytest.mark.parametrize("command", REF_COMMANDS, ids=lambda c: " ".join(c))
@pytest.mark.parametrize("number", ["-1", "0", "#0"])
def test_a_number_below_one_is_not_a_paper_id(
    cli: Cli, command: tuple[str, ...], number: str
) -> None:
    _two_papers(cli)
    args = _with_ref(command, number)
    if args[0] == "export" and number.startswith("-") and args[1] != "--ref":
        args = ["export", "--", *args[1:]]
    result = cli(*args)
    assert result.exit_code == 2, result
    assert "is not a paper id" in result.stderr
    assert len(stored_papers_or_empty(cli)) == 2


def stored_papers_or_empty(cli: Cli) -> list[Any]:
    listed: list[Any] = cli("list", "--json").json()
    return listed


@pytest.mark.parametrize("command", REF_COMMANDS, ids=lambda c: " ".join(c))
def test_a_number_too_long_to_be_an_id_is_a_missing_paper(
    cli: Cli, command: tuple[str, ...]
) -> None:
    _two_papers(cli)
    result = cli(*_with_ref(command, "99999999999999999999"))
    assert result.exit_code == 1, result
    assert "no paper with id 99999999999999999999" in result.stderr


def test_export_with_a_missing_huge_id_exports_nothing_and_fails(cli: Cli) -> None:
    _two_papers(cli)
    result = cli("export", "1", "99999999999999999999")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert cli("export", "1", "2").exit_code == 0


@pytest.mark.parametrize(
    "args", [("list", NOT_UTF8), ("search", NOT_UTF8), ("export", NOT_UTF8, "words")]
)
def test_query_words_that_are_not_utf8_are_a_usage_error(cli: Cli, args: tuple[str, ...]) -> None:
    _two_papers(cli)
    result = cli(*args)
    assert result.exit_code == 2, result
    assert result.stdout == ""


def test_non_utf8_bytes_from_a_real_command_line_are_a_usage_error(
    cli: Cli, library_path: Path
) -> None:
    _two_papers(cli)
    for command in (b"show", b"list", b"export", b"search"):
        done = subprocess.run(
            [os.fsencode(part) for part in papercli_executable()] + [command, b"\xff"],
            capture_output=True,
            env={**os.environ, "PAPERCLI_DB": str(library_path)},
            timeout=60,
            check=False,
        )
        assert done.returncode == 2, (command, done)


# ---------------------------------------------------------------------------------------------
# 13. Ctrl-C after an undo or a redo was saved


def test_ctrl_c_after_undo_and_redo_names_the_command_that_takes_it_back(
    cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import papercli.storage

    assert cli("add", "Paper to tag", "--no-fetch").exit_code == 0
    assert cli("tag", "1", "t12").exit_code == 0

    def interrupted(folder: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(papercli.storage, "_fsync_dir", interrupted)
    with sigint_handled_by(signal.default_int_handler):
        undone = cli("undo")
        redone = cli("redo")
        # the caller's Ctrl-C handling is left as it was
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert undone.exit_code == 130
    assert "undo of tag #1" in undone.stderr
    assert "'papercli redo' re-applies it" in undone.stderr
    assert "'papercli undo'" not in undone.stderr
    assert redone.exit_code == 130
    assert "'papercli undo' reverts it" in redone.stderr
    assert "'papercli redo'" not in redone.stderr
    assert stored_papers(library_path)[0]["tags"] == ["t12"]


def test_our_own_csv_gives_its_author_names_back_as_written() -> None:
    # found by the round-trip property above: the name parser read "*" and a trailing digit
    # as marks ("AA*A" came back "AA A", "AA A0" as "AA A")
    paper = Paper(title="T", authors=["AA*A", "AA A0", "Ada Quill*"])
    [back] = parse_csv(papers_as_bytes([paper], "csv").decode(), None).papers
    assert back.authors == ["AA*A", "AA A0", "Ada Quill*"]
    # another tool's CSV still has its marks read as marks
    [other] = parse_csv('title,authors\nT,"Ada Quill*, Bo Li\u2020"\n', None).papers
    assert other.authors == ["Ada Quill", "Bo Li"]
