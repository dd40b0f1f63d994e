"""Notes in BibTeX and Markdown exports, and CJK author names (issue 9, item 19)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from tests.conftest import Result

from papercli.exporters import to_bibtex, to_markdown
from papercli.importers.bibtex import parse_bibtex
from papercli.importers.records import flip_name
from papercli.model import Paper

Cli = Callable[..., Result]

NOTES = (
    "[2026-11-20] Section 4: 50% fewer steps & a $5 GPU, see \\cite{x}_y {z}\n\n"
    "[2026-11-23] Second paragraph -- with ~ and ^\nand a continued line."
)


def test_bibtex_keeps_notes_in_an_extra_field_that_imports_back() -> None:
    paper = Paper(title="A Paper With Notes", authors=["Ada Lovelace"], notes=NOTES)
    text = to_bibtex([paper])
    assert "x-papercli-notes = {" in text
    back = parse_bibtex(text, "notes.bib").papers[0]
    assert back.notes == NOTES
    assert "x-papercli-notes" not in to_bibtex([Paper(title="No notes")])


_NOTE_TEXT = st.text(
    alphabet=st.characters(
        min_codepoint=32, max_codepoint=0x4FFF, exclude_categories=("Cs", "Cc", "Zl", "Zp")
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_NOTE_TEXT, min_size=1, max_size=3))
@example(["0", "@("])  # an "@" opening a paragraph once read as a new entry: the paper was lost
def test_notes_round_trip_through_bibtex(paragraphs: list[str]) -> None:
    notes = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.split())
    if not notes:
        return
    back = parse_bibtex(to_bibtex([Paper(title="T", notes=notes)]), None).papers[0]
    # BibTeX import normalises to NFC: canonically equivalent text is the same note.
    assert unicodedata.normalize("NFC", back.notes) == unicodedata.normalize("NFC", notes)


def test_an_at_sign_opening_a_line_of_a_field_stays_in_the_entry() -> None:
    notes = "first thought\n\n@(a side note)\n\n@misc{x, title={Injected}}"
    paper = Paper(title="A Paper With Notes", abstract="We show\n@( that it folds)", notes=notes)
    back = parse_bibtex(to_bibtex([paper]), "notes.bib").papers
    assert [p.title for p in back] == ["A Paper With Notes"]
    assert back[0].notes == notes
    assert back[0].abstract == "We show\n@( that it folds)"


def test_markdown_quotes_the_notes_under_the_paper() -> None:
    paper = Paper(title="A Paper With Notes", notes="[2026-11-20] first\n\n[2026-11-23] *second*")
    lines = to_markdown([paper]).splitlines()
    at = lines.index("- A Paper With Notes")
    assert lines[at + 1 : at + 4] == [
        "  > \\[2026-11-20\\] first",
        "  >",
        "  > \\[2026-11-23\\] \\*second\\*",
    ]
    assert ">" not in to_markdown([Paper(title="Plain")])


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("张, 三", "张三"),
        ("欧阳, 娜娜", "欧阳娜娜"),
        ("山田, 太郎", "山田太郎"),
        ("김, 민준", "김민준"),
        ("Zhang, San", "San Zhang"),
        ("Vaswani, Ashish", "Ashish Vaswani"),
        ("张三", "张三"),
    ],
)
def test_cjk_names_keep_their_own_order(written: str, shown: str) -> None:
    assert flip_name(written) == shown
    entry = f"@misc{{k, title={{T}}, author={{{written} and Lovelace, Ada}}}}"
    assert parse_bibtex(entry, None).papers[0].authors == [shown, "Ada Lovelace"]


def test_cjk_authors_and_notes_round_trip_through_the_cli(cli: Cli, tmp_path: Path) -> None:
    cli("add", "视觉 Transformer 综述", "--author", "张三", "--author", "Ada Lovelace")
    cli("note", "1", "Read the survey's section 2.")
    out = tmp_path / "export.bib"
    assert cli("export", "--format", "bibtex", "-o", str(out)).exit_code == 0
    original = cli("show", "1", "--json").json()
    other = tmp_path / "other.json"
    assert cli("--db", str(other), "import", str(out)).exit_code == 0
    back = cli("--db", str(other), "show", "1", "--json").json()
    assert back["authors"] == ["张三", "Ada Lovelace"]
    assert back["notes"] == original["notes"]
    markdown = cli("export", "--format", "markdown").stdout
    assert "  > \\[" in markdown and "Read the survey's section 2." in markdown
