"""Importers: BibTeX, JSON, JSON Lines, CSV, input decoding and format detection."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from papercli.errors import ImportFormatError, UsageError
from papercli.importers import decode_input, detect_format, parse
from papercli.importers.base import ParseResult
from papercli.importers.bibtex import parse_bibtex
from papercli.importers.records import normalize_venue, parse_csv, parse_json, parse_jsonl
from papercli.model import clean_text, unique

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "data"


def read(path: Path) -> str:
    return decode_input(path.read_bytes(), path.name)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------------------------
# BibTeX


BIB = r"""
% A comment line before the entries.
@string{nips = "Advances in Neural Information Processing Systems"}
@string{conf = nips # " 30"}

@inproceedings{vaswani2017attention,
  title     = {{Attention} Is All You Need},
  author    = {Vaswani, Ashish and Noam Shazeer and M{\"u}ller, J{\"{o}}rg and Gonz\'alez, Jos\'e},
  booktitle = conf,
  year      = 2017,
  month     = jun,
  pages     = {5998--6008},
  url       = {https://papers.nips.cc/paper/7181},
  keywords  = {transformers, attention; nlp},
  abstract  = {We propose the Transformer, 50% fewer \emph{FLOPs} -- really.},
}

@article{devlin2019bert,
  title   = "{BERT}: Pre-training of Deep Bidirectional Transformers",
  author  = "Devlin, Jacob and Chang, Ming-Wei and others",
  journal = {arXiv preprint arXiv:1810.04805},
  year    = {2018},
}

@inproceedings{iclr,
  title         = {Physics \& Chemistry --- the {C}ase of {\o}rsted and {\ss}},
  booktitle     = {International Conference on Learning Representations},
  year          = {2024},
  eprint        = {2302.08811v2},
  archivePrefix = {arXiv},
  doi           = {https://doi.org/10.48550/ARXIV.2302.08811},
}

@misc{notitle,
  author = {Nobody, A.},
  year   = {2020},
}

@article{VASWANI2017ATTENTION,
  title = {A second entry with the first entry's key},
}

@inproceedings{dblp,
  title     = {Deep Residual Learning},
  journal   = {CoRR},
  volume    = {abs/1512.03385},
  year      = {2015},
  url       = {https://openreview.net/forum?id=H1gax6VtDB},
}

@inproceedings{icml,
  title     = {Some ICML Paper},
  booktitle = {Proceedings of the 37th International Conference on Machine Learning},
  note      = {Also at https://arxiv.org/abs/2001.00001v3},
  date      = {2020-07-12},
}
"""


@pytest.fixture
def bib_result(tmp_path: Path) -> ParseResult:
    path = write(tmp_path, "refs.bib", BIB)
    return parse(read(path), detect_format(read(path), path.name), path.name)


def by_title(result: ParseResult, start: str):  # type: ignore[no-untyped-def]
    matches = [p for p in result.papers if p.title.startswith(start)]
    assert len(matches) == 1, [p.title for p in result.papers]
    return matches[0]


def test_bibtex_accents_braces_macros_and_venue(bib_result: ParseResult) -> None:
    assert bib_result.format == "bibtex"
    paper = by_title(bib_result, "Attention")
    assert paper.title == "Attention Is All You Need"
    assert paper.authors == ["Ashish Vaswani", "Noam Shazeer", "Jörg Müller", "José González"]
    assert paper.venue == "NeurIPS"  # @string macro, concatenated with # " 30"
    assert paper.year == 2017
    assert paper.url == "https://papers.nips.cc/paper/7181"
    assert paper.tags == ["transformers", "attention", "nlp"]
    assert paper.abstract == "We propose the Transformer, 50% fewer FLOPs – really."
    assert paper.source == "refs.bib"
    assert paper.status == "unread"


def test_bibtex_keywords_split_on_commas_or_semicolons() -> None:
    result = parse_bibtex(
        "@misc{k, title={T}, keywords={a, b, c}}\n@misc{l, title={U}, keywords={x; y}}", None
    )
    assert [p.tags for p in result.papers] == [["a", "b", "c"], ["x", "y"]]


def test_bibtex_brace_protected_title_and_arxiv_journal(bib_result: ParseResult) -> None:
    paper = by_title(bib_result, "BERT")
    assert paper.title == "BERT: Pre-training of Deep Bidirectional Transformers"
    assert paper.authors == ["Jacob Devlin", "Ming-Wei Chang"]  # "others" dropped
    assert paper.arxiv_id == "1810.04805"
    assert paper.venue == "arXiv"
    assert paper.year == 2018


def test_bibtex_escapes_eprint_and_doi(bib_result: ParseResult) -> None:
    paper = by_title(bib_result, "Physics")
    assert paper.title == "Physics & Chemistry — the Case of ørsted and ß"
    assert paper.venue == "ICLR"
    assert paper.arxiv_id == "2302.08811"
    assert paper.doi == "10.48550/arxiv.2302.08811"
    assert paper.year == 2024


def test_bibtex_dblp_corr_volume_and_openreview_url(bib_result: ParseResult) -> None:
    paper = by_title(bib_result, "Deep Residual")
    assert paper.arxiv_id == "1512.03385"
    assert paper.venue == "arXiv"
    assert paper.openreview_id == "H1gax6VtDB"


def test_bibtex_arxiv_in_note_and_year_from_date(bib_result: ParseResult) -> None:
    paper = by_title(bib_result, "Some ICML")
    assert paper.venue == "ICML"
    assert paper.arxiv_id == "2001.00001"
    assert paper.year == 2020


def test_bibtex_rejects_missing_title_and_duplicate_key(bib_result: ParseResult) -> None:
    reasons = {r.where: r.reason for r in bib_result.rejected}
    lines = BIB.splitlines()
    notitle_line = next(i for i, line in enumerate(lines, 1) if "@misc{notitle" in line)
    dup_line = next(i for i, line in enumerate(lines, 1) if "VASWANI2017ATTENTION" in line)
    first_line = next(i for i, line in enumerate(lines, 1) if "{vaswani2017attention" in line)
    assert "no title" in reasons[f"line {notitle_line}"]
    assert "duplicate citation key" in reasons[f"line {dup_line}"]
    assert f"line {first_line}" in reasons[f"line {dup_line}"]
    assert len(bib_result.papers) == 5
    assert not any(p.title.startswith("A second entry") for p in bib_result.papers)


def test_bibtex_exact_duplicate_key_keeps_first() -> None:
    text = "@article{k, title={First}}\n@article{k, title={Second}}\n"
    result = parse_bibtex(text, None)
    assert [p.title for p in result.papers] == ["First"]
    assert len(result.rejected) == 1
    assert result.rejected[0].where == "line 2"
    assert "duplicate citation key 'k'" in result.rejected[0].reason


def test_bibtex_malformed_entry_reported_with_line_others_import() -> None:
    text = (
        "@article{good1, title={Good One}, year={2020}}\n"
        "\n"
        "@article{broken,\n"
        "  title = {Never closed,\n"
        "  author = {X},\n"
        "\n"
        "@article{good2, title={Good Two}, year={2021}}\n"
    )
    result = parse_bibtex(text, "x.bib")
    assert [p.title for p in result.papers] == ["Good One", "Good Two"]
    assert len(result.rejected) == 1
    assert result.rejected[0].where == "line 3"
    assert "malformed" in result.rejected[0].reason


def test_bibtex_month_macro_and_undefined_macro_venue() -> None:
    text = "@inproceedings{k, title={T}, booktitle=icml, month=dec, year=2019}"
    result = parse_bibtex(text, None)
    assert result.rejected == []
    assert result.papers[0].venue == "ICML"
    assert result.papers[0].year == 2019


def test_bibtex_unknown_venue_keeps_full_name_and_workshops_are_not_main_venue() -> None:
    text = (
        "@article{a, title={A}, journal={Journal of Obscure Studies}}\n"
        "@inproceedings{b, title={B}, booktitle={ICML Workshop on Things}}\n"
    )
    result = parse_bibtex(text, None)
    assert [p.venue for p in result.papers] == [
        "Journal of Obscure Studies",
        "ICML Workshop on Things",
    ]


def test_bibtex_crossref_supplies_booktitle() -> None:
    text = (
        "@inproceedings{paper, title={A Paper}, crossref={conf}}\n"
        "@proceedings{conf, title={Advances in Neural Information Processing Systems 33},"
        " year={2020}}\n"
    )
    result = parse_bibtex(text, None)
    assert [(p.title, p.venue, p.year) for p in result.papers] == [("A Paper", "NeurIPS", 2020)]


def test_bibtex_huge_title_rejected_cleanly() -> None:
    text = "@article{big, title={" + "x" * 10_000_000 + "}}\n@article{ok, title={Fine}}\n"
    result = parse_bibtex(text, None)
    assert [p.title for p in result.papers] == ["Fine"]
    assert "limit" in result.rejected[0].reason


def test_bibtex_deep_braces_do_not_crash() -> None:
    text = "@article{deep, title={" + "{" * 5000 + "x" + "}" * 5000 + "}}"
    result = parse_bibtex(text, None)
    assert [p.title for p in result.papers] == ["x"]


def test_bibtex_escaped_braces_and_hash_from_other_tools() -> None:
    result = parse_bibtex(r"@misc{k, title = {Sets \{a\} and \#1 with {\'e}t{\'e}}}", None)
    assert [p.title for p in result.papers] == ["Sets {a} and #1 with été"]


def test_bibtex_very_long_abstract_is_unbraced_without_the_latex_parser() -> None:
    abstract = (r"A {\"u} \& {B} -- c. " * 10_000).strip()
    result = parse_bibtex("@misc{k, title={T}, abstract={" + abstract + "}}", None)
    decoded = result.papers[0].abstract or ""
    assert decoded.startswith("A ü & B – c. A ü")  # decoded without pylatexenc
    assert "{" not in decoded and "\\&" not in decoded


def test_bibtex_macro_short_of_its_arguments_leaves_no_placeholder_and_no_warning(
    capfd: pytest.CaptureFixture[str],
) -> None:
    # "\\frac" with nothing after it: the LaTeX parser gave "Pegging %s/%s" and logged a
    # warning on the terminal; the macro is dropped instead and the rest kept
    result = parse_bibtex(r"@misc{k, title={Pegging Boards \frac}, year={2021}}", None)
    assert [p.title for p in result.papers] == ["Pegging Boards"]
    assert "frac" not in capfd.readouterr().err


def test_bibtex_empty_input() -> None:
    result = parse_bibtex("", None)
    assert result.papers == [] and result.rejected == []


# --------------------------------------------------------------------------------------------
# JSON / JSON Lines / CSV


OUR_PAPER = {
    "id": 7,
    "title": "Attention Is All You Need",
    "alt_titles": [],
    "authors": ["Ashish Vaswani", "Noam Shazeer"],
    "venue": "NeurIPS",
    "year": 2017,
    "topics": ["NLP"],
    "summary": "Transformers.",
    "abstract": None,
    "url": "https://arxiv.org/abs/1706.03762",
    "pdf_url": None,
    "code_url": None,
    "arxiv_id": "1706.03762",
    "openreview_id": None,
    "doi": None,
    "tags": ["classic"],
    "status": "read",
    "priority": 1,
    "added_at": "2024-01-01T00:00:00+00:00",
    "read_at": "2024-02-01T00:00:00+00:00",
    "notes": "great",
    "source": "arxiv",
    "key": "vaswani2017attention",
    "pdf_path": None,
}


def test_json_own_format_list(tmp_path: Path) -> None:
    path = write(tmp_path, "export.json", json.dumps([OUR_PAPER]))
    result = parse(read(path), detect_format(read(path), path.name), path.name)
    assert result.format == "json"
    assert result.rejected == []
    got = result.papers[0].to_dict()
    expected = {**OUR_PAPER, "id": 0}  # the library assigns ids
    assert got == expected


def test_json_object_holding_a_list_and_single_object() -> None:
    wrapped = parse_json(json.dumps({"version": 1, "papers": [OUR_PAPER, OUR_PAPER]}), None)
    assert len(wrapped.papers) == 2
    single = parse_json(json.dumps({"title": "Only One", "year": "2021"}), None)
    assert [(p.title, p.year) for p in single.papers] == [("Only One", 2021)]


def test_json_foreign_field_names() -> None:
    record = {
        "id": "ec79d4bed810ed64267d169b0d37373e",
        "title": "A Paper",
        "authors": "Vaswani, Ashish and Noam Shazeer",
        "conference": "iclr",
        "year": "2024-05-07",
        "topic": "Deep Learning->Large Language Models",
        "paper_url": "https://openreview.net/forum?id=AbCdEf1234",
        "pdf": "https://arxiv.org/pdf/2302.08811v2.pdf",
        "github": "https://github.com/a/b",
        "keywords": None,
        "tags": "x; y",
    }
    result = parse_json(json.dumps([record]), "iclr.json")
    assert result.rejected == []
    paper = result.papers[0]
    assert paper.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert paper.venue == "ICLR"
    assert paper.year == 2024
    assert paper.topics == ["Deep Learning->Large Language Models"]
    assert paper.url == "https://openreview.net/forum?id=AbCdEf1234"
    assert paper.openreview_id == "AbCdEf1234"
    assert paper.pdf_url == "https://arxiv.org/pdf/2302.08811v2.pdf"
    assert paper.arxiv_id == "2302.08811"
    assert paper.code_url == "https://github.com/a/b"
    assert paper.tags == ["x", "y"]
    assert paper.source == "iclr.json"


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        ("A. One, B. Two", ["A. One", "B. Two"]),
        ("A. One; B. Two", ["A. One", "B. Two"]),
        ("A. One and B. Two", ["A. One", "B. Two"]),
        ("One, Anna and Two, Bo", ["Anna One", "Bo Two"]),
        ("One, Anna; Two, Bo", ["Anna One", "Bo Two"]),
        ("Vaswani, Ashish", ["Ashish Vaswani"]),
        ("John Smith, Jr.; Ann Lee", ["John Smith, Jr.", "Ann Lee"]),
        ([{"name": "A. One"}, {"given": "B.", "family": "Two"}], ["A. One", "B. Two"]),
    ],
)
def test_json_author_shapes(authors: object, expected: list[str]) -> None:
    result = parse_json(json.dumps([{"title": "T", "authors": authors}]), None)
    assert result.papers[0].authors == expected


def test_json_tags_comma_and_doi_url_and_link_alias() -> None:
    record = {
        "title": "T",
        "tags": "a, b",
        "link": "https://doi.org/10.1000/ABC",
        "journal": "Advances in Neural Information Processing Systems 33",
    }
    paper = parse_json(json.dumps([record]), None).papers[0]
    assert paper.tags == ["a", "b"]
    assert paper.doi == "10.1000/abc"
    assert paper.url == "https://doi.org/10.1000/ABC"
    assert paper.venue == "NeurIPS"


def test_json_bad_records_rejected_with_record_number() -> None:
    records = [
        {"title": "Good"},
        "not an object",
        {"title": ""},
        {"title": "Y", "year": "soon"},
        {"title": "S", "status": "maybe"},
        {"title": "Good 2", "year": 2020},
    ]
    result = parse_json(json.dumps(records), None)
    assert [p.title for p in result.papers] == ["Good", "Good 2"]
    reasons = {r.where: r.reason for r in result.rejected}
    assert set(reasons) == {"record 2", "record 3", "record 4", "record 5"}
    assert "object" in reasons["record 2"]
    assert "title" in reasons["record 3"]
    assert "year" in reasons["record 4"]
    assert "status" in reasons["record 5"]


def test_json_malformed_raises_with_line_and_column() -> None:
    with pytest.raises(ImportFormatError, match=r"line 3, column \d+"):
        parse_json('[\n {"title": "a"},\n {"title": }\n]', "bad.json")


def test_json_deeply_nested_is_a_clean_error() -> None:
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        parse_json("[" * 100_000, None)
    with pytest.raises(ImportFormatError):
        parse("{" + '"a":' * 100_000, "json", None)


def test_json_wrong_shapes_raise() -> None:
    with pytest.raises(ImportFormatError, match="number"):
        parse_json("42", None)
    with pytest.raises(ImportFormatError, match="no list"):
        parse_json('{"a": [1], "b": [2]}', None)


def test_json_huge_title_rejected() -> None:
    result = parse_json(json.dumps([{"title": "x" * 10_000_000}, {"title": "ok"}]), None)
    assert [p.title for p in result.papers] == ["ok"]
    assert "limit" in result.rejected[0].reason


def test_jsonl_lines_and_bad_line(tmp_path: Path) -> None:
    lines = [json.dumps(OUR_PAPER), "", '{"title": "Second", "year": 2020}', '{"title": ']
    path = write(tmp_path, "export.jsonl", "\n".join(lines) + "\n")
    result = parse(read(path), detect_format(read(path), path.name), None)
    assert result.format == "jsonl"
    assert [p.title for p in result.papers] == ["Attention Is All You Need", "Second"]
    assert [r.where for r in result.rejected] == ["line 4"]


def test_jsonl_that_is_not_jsonl_raises() -> None:
    with pytest.raises(ImportFormatError, match="line 1"):
        parse_jsonl("this is not json\nnor this", None)


def test_csv_our_columns(tmp_path: Path) -> None:
    header = ",".join(OUR_PAPER)
    row = (
        '7,"Attention Is All You Need",,Ashish Vaswani; Noam Shazeer,NeurIPS,2017,NLP; ML,'
        "Transformers.,,https://arxiv.org/abs/1706.03762,,,1706.03762,,,classic; old,read,1,"
        "2024-01-01T00:00:00+00:00,2024-02-01T00:00:00+00:00,great,arxiv"
    )
    path = write(tmp_path, "export.csv", header + "\n" + row + "\n")
    result = parse(read(path), detect_format(read(path), path.name), path.name)
    assert result.format == "csv"
    assert result.rejected == []
    paper = result.papers[0]
    assert paper.authors == ["Ashish Vaswani", "Noam Shazeer"]
    assert paper.topics == ["NLP", "ML"]
    assert paper.tags == ["classic", "old"]
    assert (paper.year, paper.status, paper.priority) == (2017, "read", 1)
    assert paper.arxiv_id == "1706.03762"
    assert paper.read_at == "2024-02-01T00:00:00+00:00"


def test_csv_foreign_columns_and_bad_row(tmp_path: Path) -> None:
    text = (
        "Title,Author,Booktitle,Year,Link,Keywords\n"
        '"Deep Residual Learning","He, Kaiming; Zhang, Xiangyu",'
        "Computer Vision and Pattern Recognition,2016,https://arxiv.org/abs/1512.03385,vision\n"
        ",Nobody,,,,\n"
    )
    result = parse_csv(text, None)
    paper = result.papers[0]
    assert paper.authors == ["Kaiming He", "Xiangyu Zhang"]
    assert paper.venue == "CVPR"
    assert paper.arxiv_id == "1512.03385"
    assert paper.topics == ["vision"]
    assert [r.where for r in result.rejected] == ["line 3"]


def test_csv_without_title_column_raises() -> None:
    with pytest.raises(ImportFormatError, match="title column"):
        parse_csv("a,b\n1,2\n", None)


def test_csv_huge_field_rejected_cleanly() -> None:
    result = parse_csv("title,year\n" + "x" * 10_000_000 + ",2020\nok,2021\n", None)
    assert [p.title for p in result.papers] == ["ok"]
    assert "limit" in result.rejected[0].reason


def test_empty_inputs() -> None:
    for parser in (parse_json, parse_jsonl, parse_csv, parse_bibtex):
        result = parser("", None)
        assert result.papers == [] and result.rejected == []
    assert detect_format("", None) == "digest"


# --------------------------------------------------------------------------------------------
# Real conference data


@pytest.mark.parametrize("name", ["neurips2020.json", "iclr2024.json"])
def test_shared_conference_data(name: str) -> None:
    path = DATA / name
    if not path.exists():
        pytest.skip("shared conference data not available")
    raw = json.loads(path.read_bytes())
    result = parse(read(path), detect_format(read(path), name), name)
    assert result.rejected == []
    assert len(result.papers) == len(raw)  # duplicates are kept: detected elsewhere
    venue = "NeurIPS" if name.startswith("neurips") else "ICLR"
    assert {p.venue for p in result.papers} == {venue}
    assert all(p.title and p.year and p.authors for p in result.papers)
    for paper, record in zip(result.papers, raw, strict=True):
        assert paper.title == clean_text(record["title"])
        assert paper.authors == unique([clean_text(a) for a in record["authors"]])
        assert paper.url == record["paper_url"]  # null in the ICLR list
        assert paper.abstract == ((record["abstract"] or "").strip() or None)
        assert paper.topics == ([record["topic"]] if record["topic"] else [])
    if venue == "ICLR":
        topics = {t for p in result.papers for t in p.topics}
        assert "Deep Learning->Large Language Models" in topics  # one topic, not split


def test_ten_thousand_real_records_parse() -> None:
    """Speed is measured by benchmarks/run.py; here, that 10k real records all come through."""
    sources = [DATA / "neurips2020.json", DATA / "iclr2024.json"]
    if not all(p.exists() for p in sources):
        pytest.skip("shared conference data not available")
    records = [r for p in sources for r in json.loads(p.read_bytes())]
    records = (records * 3)[:10_000]
    for result in (
        parse_json(json.dumps(records), None),
        parse_jsonl("\n".join(json.dumps(r) for r in records), None),
    ):
        assert len(result.papers) == 10_000
        assert result.rejected == []
        assert result.papers[0].title == records[0]["title"].strip()


# --------------------------------------------------------------------------------------------
# Decoding and detection


def test_decode_utf8_with_and_without_bom_and_utf16() -> None:
    text = "title\nMüller ünïcode"
    assert decode_input(text.encode(), "a") == text
    assert decode_input(b"\xef\xbb\xbf" + text.encode(), "a") == text
    assert decode_input(text.encode("utf-16"), "a") == text  # Python writes a BOM
    assert decode_input(b"\xfe\xff" + text.encode("utf-16-be"), "a") == text


def test_decode_rejects_latin1_and_binary() -> None:
    with pytest.raises(
        ImportFormatError,
        match=r"refs.bib is not UTF-8 text \(first bad byte "
        r"at offset 3\)",
    ):
        decode_input("abcé".encode("latin-1"), "refs.bib")
    with pytest.raises(ImportFormatError, match="binary"):
        decode_input(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.png")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("anything", "refs.bib", "bibtex"),
        ("anything", "x.JSON", "json"),
        ("anything", "x.ndjson", "jsonl"),
        ("anything", "x.csv", "csv"),
        ("anything", "x.md", "digest"),
        ("% comment\n@Article{k, title={T}}", None, "bibtex"),
        ("  @inproceedings{k,\n title={T}}", "-", "bibtex"),
        ('[{"title": "T"}]', None, "json"),
        ('{"papers": []}', "notes.txt", "json"),
        ('[{"title": "broken"', None, "json"),
        ('{"title": "a"}\n{"title": "b"}\n', None, "jsonl"),
        ("id,title,year\n1,T,2020\n", None, "csv"),
        ("# ML digest\n\n- [Paper](https://arxiv.org/abs/1706.03762)\n", None, "digest"),
        ("[Paper](https://x.org) is great\n", None, "digest"),
        ("", None, "digest"),
    ],
)
def test_detect_format(text: str, name: str | None, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_parse_unknown_format_is_usage_error() -> None:
    with pytest.raises(UsageError):
        parse("", "yaml", None)


def test_parse_dispatches_digest() -> None:
    result = parse(
        "# Papers\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n",
        "digest",
        "digest.md",
    )
    assert isinstance(result, ParseResult)
    assert result.format == "digest"


def test_importing_the_package_loads_no_parser_libraries() -> None:
    import subprocess
    import sys

    code = (
        "import sys, papercli.importers, papercli.exporters;"
        "print(sorted(m for m in ('bibtexparser', 'orjson', 'pylatexenc', 'csv')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_parse_auto_detects() -> None:
    assert parse('[{"title": "T"}]', "auto", None).format == "json"


def test_normalize_venue() -> None:
    assert normalize_venue("Advances in Neural Information Processing Systems 33") == "NeurIPS"
    assert normalize_venue("International Conference on Learning Representations") == "ICLR"
    assert (
        normalize_venue(
            "Proceedings of the 2019 Conference on Empirical Methods in Natural Language Processing"
        )
        == "EMNLP"
    )
    assert (
        normalize_venue(
            "Proceedings of the 58th Annual Meeting of the Association for "
            "Computational Linguistics"
        )
        == "ACL"
    )
    assert (
        normalize_venue(
            "Proceedings of the 2019 Conference of the North American Chapter of "
            "the Association for Computational Linguistics"
        )
        == "NAACL"
    )
    assert (
        normalize_venue("IEEE/CVF Conference on Computer Vision and Pattern Recognition") == "CVPR"
    )
    assert normalize_venue(
        "Findings of the Association for Computational Linguistics: EMNLP 2020"
    ) == ("Findings of the Association for Computational Linguistics: EMNLP 2020")
    assert normalize_venue("  Journal   of Things ") == "Journal of Things"
    assert normalize_venue("   ") is None


# --------------------------------------------------------------------------------------------
# Robustness: any input gives a ParseResult or ImportFormatError, nothing else


PARSERS = ("bibtex", "json", "jsonl", "csv")
BIBTEXISH = st.lists(
    st.sampled_from(
        [
            *'@{}()",=#%\\ \n\tabtitle',
            "@article{",
            "title=",
            " and ",
            '\\"',
            "{\\'e}",
            "$",
            "@string{",
            "author=",
            "year=",
            "jan",
            "\\url{",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), BIBTEXISH), fmt=st.sampled_from(PARSERS))
def test_parsers_on_arbitrary_text(text: str, fmt: str) -> None:
    assert detect_format(text, None) in ("digest", "bibtex", "json", "jsonl", "csv")
    try:
        result = parse(text, fmt, None)
    except ImportFormatError:
        return
    assert isinstance(result, ParseResult)
    assert result.format == fmt


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300), fmt=st.sampled_from(PARSERS))
def test_parsers_on_arbitrary_bytes(data: bytes, fmt: str) -> None:
    try:
        text = decode_input(data, "input")
        detected = detect_format(text, None)
        result = parse(text, fmt, None)
    except ImportFormatError:
        return
    assert detected in ("digest", "bibtex", "json", "jsonl", "csv")
    assert isinstance(result, ParseResult)


ANY_VALUE = st.one_of(
    st.none(),
    st.text(max_size=20),
    st.integers(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=3),
)
RECORD_KEYS = st.sampled_from(
    [
        "title",
        "authors",
        "year",
        "tags",
        "topic",
        "url",
        "status",
        "priority",
        "conference",
        "doi",
        "arxiv_id",
        "date",
        "pdf",
    ]
)


@settings(max_examples=100, deadline=None)
@given(records=st.lists(st.dictionaries(RECORD_KEYS, ANY_VALUE), max_size=5))
def test_json_records_of_any_shape(records: list[dict[str, object]]) -> None:
    result = parse_json(json.dumps(records), None)
    assert len(result.papers) + len(result.rejected) == len(records)


def test_bibtex_authors_a_comma_apart_without_and_are_several_people() -> None:
    entry = (
        "@article{yu2023,\n"
        "  author = {Ada Quill, Ben Rowe, Cy Lund, Di Peg},\n"
        "  title = {Distribution Shift Inversion for Cribbage},\n"
        "  journal = {https://arxiv.org/abs/2212.09737},\n"
        "  year = {2023}\n"
        "}\n"
        "@article{moss2020,\n"
        "  author = {von Berg, Jr, Jan and Moss, Ada},\n"
        "  title = {Pegging with Particles},\n"
        "  journal = {Journal of Cribbage},\n"
        "  year = {2020}\n"
        "}\n"
    )
    first, second = parse_bibtex(entry, None).papers
    assert first.authors == ["Ada Quill", "Ben Rowe", "Cy Lund", "Di Peg"]
    assert first.venue is None  # an address in the journal field names no venue
    assert first.arxiv_id == "2212.09737"
    assert second.authors == ["Jan von Berg Jr", "Ada Moss"]
    assert second.venue == "Journal of Cribbage"
