"""CSL-JSON and RIS: round trips keep every field they carry, Zotero-shaped files import,
and bad records are reported one line each while the rest still import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Result

from papercli.citations import to_csl_json
from papercli.exporters_ris import to_ris
from papercli.importers import detect_format, parse
from papercli.model import STATUSES, Paper

Cli = Callable[..., Result]
DATA = Path(__file__).parent / "data" / "citations"

CARRIED = (
    "title",
    "alt_titles",
    "authors",
    "venue",
    "year",
    "topics",
    "summary",
    "abstract",
    "url",
    "pdf_url",
    "code_url",
    "arxiv_id",
    "openreview_id",
    "doi",
    "tags",
    "status",
    "priority",
    "read_at",
    "notes",
    "key",
)

# ---------------------------------------------------------------------------------------------
# Strategies: values each format can carry (one-line fields are clean text, multi-line fields
# have no leading or trailing blanks: RIS has no way to keep those).

letters = st.characters(categories=["Lu", "Ll", "Lo"], max_codepoint=0x9FFF)
word = st.text(letters, min_size=1, max_size=8)
words = st.lists(word, min_size=1, max_size=5).map(" ".join)
free_line = (
    st.text(
        st.characters(categories=["L", "N", "P", "S", "Zs"], exclude_characters="\r\n\x85"),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)
multi_line = (
    st.lists(
        st.one_of(free_line, st.just("ER  - "), st.just("AB  - tricky"), st.just("")),
        min_size=1,
        max_size=4,
    )
    .map("\n".join)
    .map(str.strip)
    .filter(bool)
)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)
url = word.map(lambda w: f"https://example.org/{w.encode().hex()}")
arxiv = st.integers(1000, 9999).map(lambda n: f"2{n % 1000:03d}.{n:05d}")
doi = st.from_regex(r"10\.[0-9]{4}/[a-z0-9]([a-z0-9.]{0,10}[a-z0-9])?", fullmatch=True)
key = st.from_regex(r"[a-z][a-z0-9_:.\-]{0,20}", fullmatch=True)


@st.composite
def papers(draw: st.DrawFn) -> Paper:
    status = draw(st.sampled_from(STATUSES))
    return Paper(
        title=draw(free_line),
        alt_titles=draw(st.lists(free_line, max_size=2)),
        authors=draw(st.lists(name, max_size=4)),
        venue=draw(st.none() | st.just("arXiv") | words),
        year=draw(st.none() | st.integers(1900, 2100)),
        topics=draw(st.lists(free_line, max_size=3)),
        summary=draw(st.none() | multi_line),
        abstract=draw(st.none() | multi_line),
        url=draw(st.none() | url),
        pdf_url=draw(st.none() | url),
        code_url=draw(st.none() | url),
        arxiv_id=draw(st.none() | arxiv),
        openreview_id=draw(st.none() | st.from_regex(r"[A-Za-z0-9_]{8,12}", fullmatch=True)),
        doi=draw(st.none() | doi),
        tags=draw(st.lists(free_line, max_size=3)),
        status=status,
        priority=draw(st.integers(-5, 5)),
        read_at="2024-02-01T10:00:00+00:00" if status == "read" else None,
        notes=draw(st.just("") | multi_line),
        key=draw(st.none() | key),
    )


def carried(paper: Paper) -> dict[str, object]:
    return {name: getattr(paper, name) for name in CARRIED}


def round_trip(items: list[Paper], fmt: str) -> list[Paper]:
    text = to_csl_json(items) if fmt == "csl-json" else to_ris(items)
    name = "out.json" if fmt == "csl-json" else "out.ris"
    assert detect_format(text, name) == fmt
    result = parse(text, "auto", name)
    assert result.rejected == []
    return result.papers


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
@settings(max_examples=120, deadline=None)
@given(items=st.lists(papers(), min_size=1, max_size=3, unique_by=lambda p: p.key or p.title))
def test_round_trip_keeps_every_field(fmt: str, items: list[Paper]) -> None:
    back = round_trip(items, fmt)
    assert len(back) == len(items)
    for before, after in zip(items, back, strict=True):
        expected = carried(before)
        if before.key is None:  # a paper outside a library gets its key on export
            expected["key"] = after.key
        assert carried(after) == expected


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
def test_sniffed_without_a_file_name(fmt: str) -> None:
    paper = Paper(title="A Title", authors=["Ann Author"], year=2020, key="author2020title")
    text = to_csl_json([paper]) if fmt == "csl-json" else to_ris([paper])
    assert detect_format(text, None) == fmt
    assert detect_format(text, "-") == fmt


def test_our_own_json_is_not_taken_for_csl(cli: Cli, tmp_path: Path) -> None:
    cli("add", "A Paper", "--author", "Ann Author", "--no-fetch")
    out = tmp_path / "mine.json"
    cli("export", "-o", str(out))
    assert detect_format(out.read_text(), out.name) == "json"


# ---------------------------------------------------------------------------------------------
# Zotero-shaped files


def test_zotero_csl_json_imports(cli: Cli) -> None:
    result = cli("import", str(DATA / "zotero_export.json"), "--json")
    assert result.exit_code == 0, result
    assert "as csl-json" in result.stderr
    attention, bert, olfaktorik = result.json()
    assert attention["arxiv_id"] == "1706.03762"
    assert attention["venue"] == "arXiv"
    assert attention["year"] == 2017
    assert attention["authors"] == ["Ashish Vaswani", "Noam Shazeer", "Aidan N. Gomez"]
    assert attention["tags"] == [
        "Computer Science - Computation and Language",
        "Computer Science - Machine Learning",
    ]
    assert attention["notes"] == "arXiv:1706.03762 [cs]"
    assert attention["key"] == "vaswani2017attention"  # a Zotero URL id is not a key
    assert bert["key"] == "devlin2019bert"
    assert bert["doi"] == "10.18653/v1/n19-1423"
    assert bert["year"] == 2019
    assert bert["venue"].startswith("Proceedings of the 2019 Conference")
    assert olfaktorik["authors"] == ["Ludwig van Beethoven", "The Example Consortium"]
    assert olfaktorik["year"] == 2020
    assert olfaktorik["key"] == "beethoven2020uber"


def test_zotero_ris_imports(cli: Cli) -> None:
    result = cli("import", str(DATA / "zotero_export.ris"), "--json")
    assert result.exit_code == 0, result
    assert "as ris" in result.stderr
    resnet, ddpm = result.json()
    assert resnet["authors"] == ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"]
    assert resnet["abstract"].endswith("ease the training of networks.")
    assert "\n" in resnet["abstract"]
    assert resnet["arxiv_id"] == "1512.03385"
    assert resnet["venue"] == "arXiv"
    assert resnet["year"] == 2015
    assert resnet["notes"] == "Comment: Tech report"
    assert ddpm["venue"] == "Advances in Neural Information Processing Systems"
    assert ddpm["doi"] == "10.5555/3495724.3496298"
    assert ddpm["pdf_url"] == "https://arxiv.org/pdf/2006.11239"
    assert ddpm["arxiv_id"] == "2006.11239"
    assert ddpm["key"] == "ho2020denoising"


def test_library_round_trip_through_files(cli: Cli, tmp_path: Path) -> None:
    cli("import", str(DATA / "zotero_export.json"))
    cli("mark-read", "1")
    cli("tag", "2", "to-cite")
    for fmt, name in (("csl-json", "all.json"), ("ris", "all.ris")):
        out = tmp_path / name
        assert cli("export", "--format", fmt, "-o", str(out)).exit_code == 0
        before = cli("list", "--sort", "id", "--json").json()
        other = tmp_path / f"other-{fmt}.json"
        result = cli("--db", str(other), "import", str(out), "--json")
        assert result.exit_code == 0, result
        for old, new in zip(before, result.json(), strict=True):
            assert {k: old[k] for k in CARRIED} == {k: new[k] for k in CARRIED}


# ---------------------------------------------------------------------------------------------
# Bad input


def test_bad_csl_records_are_reported_and_the_rest_import(cli: Cli, tmp_path: Path) -> None:
    items = [
        {"type": "article", "title": "Good One", "author": [{"family": "A", "given": "B"}]},
        {"type": "article", "author": [{"family": "No", "given": "Title"}]},
        "not an object",
        {"type": "article", "title": "Bad Date", "issued": {"date-parts": [["someday"]]}},
        {"type": "article", "title": "Bad Author", "author": [{"family": 3}]},
        {"type": "article-journal", "title": "Good Two", "DOI": "10.1000/xyz"},
    ]
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(items))
    result = cli("import", str(path), "--json")
    assert result.exit_code == 0, result
    assert [p["title"] for p in result.json()] == ["Good One", "Good Two"]
    rejected = [line.strip() for line in result.stderr.splitlines() if "rejected record" in line]
    assert [line.split(":")[0] for line in rejected] == [
        "rejected record 2",
        "rejected record 3",
        "rejected record 4",
        "rejected record 5",
    ]
    assert "title is missing" in rejected[0]


def test_bad_ris_records_are_reported_and_the_rest_import(cli: Cli, tmp_path: Path) -> None:
    text = (
        "TY  - JOUR\nTI  - First Good\nPY  - 2020\nER  - \n\n"
        "TY  - JOUR\nAU  - Nobody, Here\nER  - \n\n"
        "TY  - JOUR\nTI  - Bad Year\nPY  - someday\nER  - \n\n"
        "TY  - JOUR\nTI  - Never Ended\n\n"
        "TY  - CONF\nTI  - Second Good\nDO  - 10.1000/abc\nER  - \n\n"
        "TY  - GEN\nTI  - Cut Off At The End\nAB  - half an abstr"
    )
    path = tmp_path / "mixed.ris"
    path.write_text(text)
    result = cli("import", str(path), "--json")
    assert result.exit_code == 0, result
    assert [p["title"] for p in result.json()] == ["First Good", "Second Good"]
    rejected = [line.strip() for line in result.stderr.splitlines() if "rejected record" in line]
    assert [line.split(" (")[0] for line in rejected] == [
        "rejected record 2",
        "rejected record 3",
        "rejected record 4",
        "rejected record 6",
    ]
    assert all(len(line.splitlines()) == 1 for line in rejected)
    assert "no title" in rejected[0]
    assert "no ER line" in rejected[2]
    assert "truncated" in rejected[3]


@pytest.mark.parametrize(
    ("name", "content", "fmt", "problem"),
    [
        ("broken.json", '[{"type": "article", "title": "x"', "csl-json", "not valid CSL-JSON"),
        ("number.json", "42", "csl-json", "not CSL-JSON"),
        ("junk.ris", "hello\nworld\n", "ris", "outside a record"),
        ("stray.ris", "TY  - JOUR\nTI  - A\nER  - \nAU  - Stray, Line\n", "ris", "line 4"),
    ],
)
def test_unreadable_files_fail_with_one_line(
    cli: Cli, tmp_path: Path, name: str, content: str, fmt: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    result = cli("import", str(path), "--format", fmt)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error:") and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert cli("list", "--json").json() == []


def test_import_format_option_accepts_the_new_formats(cli: Cli) -> None:
    result = cli("import", str(DATA / "zotero_export.ris"), "--format", "ris", "--dry-run")
    assert result.exit_code == 0
    assert "ris: would add 2" in result.stderr


# ---------------------------------------------------------------------------------------------
# The parsers never crash: any input imports with its bad records reported, or fails cleanly

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "title",
                    "author",
                    "issued",
                    "DOI",
                    "URL",
                    "id",
                    "keyword",
                    "note",
                    "custom",
                    "papercli",
                    "status",
                    "topics",
                    "priority",
                    "literal",
                    "family",
                    "given",
                    "date-parts",
                    "container-title",
                    "number",
                    "type",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=25,
)


@settings(max_examples=300, deadline=None)
@given(items=st.lists(json_values, max_size=5))
def test_csl_parser_never_crashes(items: list[object]) -> None:
    from papercli.errors import ImportFormatError

    try:
        result = parse(json.dumps(items), "csl-json", "x.json")
    except ImportFormatError:
        return
    assert len(result.papers) + len(result.rejected) == len(items)


ris_lines = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "TY  - JOUR",
                "ER  - ",
                "TI  - A title",
                "AU  - Doe, J",
                "PY  - 2020",
                "PY  - ??",
                "DO  - 10.1/x",
                "DO  - nope",
                "C8  - papercli-priority: x",
                "C8  - papercli-status: done",
                "",
                "KW  - k",
                "ID  - some key",
            ]
        ),
        st.text(max_size=15),
    ),
    max_size=20,
)


@settings(max_examples=300, deadline=None)
@given(lines=ris_lines)
def test_ris_parser_never_crashes(lines: list[str]) -> None:
    from papercli.errors import ImportFormatError

    try:
        result = parse("\n".join(lines), "ris", "x.ris")
    except ImportFormatError as exc:
        assert "\n" not in exc.message
        return
    for paper in result.papers:
        assert paper.title
