"""The Paper model and identifier normalisation, with hypothesis for the parsers."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from papercli.errors import ValidationError
from papercli.ids import find_identifiers, normalize_arxiv, normalize_doi, parse_identifier
from papercli.model import Paper


def test_paper_round_trips_through_dict() -> None:
    paper = Paper(
        title="  Perceiver   IO ",
        authors=["Andrew Jaegle", "Andrew Jaegle"],
        year=2022,
        doi="10.1000/ABC",
        tags=["a", "", "b"],
    )
    assert paper.title == "Perceiver IO"
    assert paper.authors == ["Andrew Jaegle"]
    assert paper.doi == "10.1000/abc"
    assert paper.tags == ["a", "b"]
    assert Paper.from_dict(paper.to_dict()) == paper


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"title": ""}, "non-empty title"),
        ({}, "non-empty title"),
        ({"title": "x", "year": 12000}, "year 12000"),
        ({"title": "x", "status": "done"}, "status 'done'"),
        ({"title": "x", "authors": [1, 2]}, "authors must be a list of strings"),
        ({"title": "x", "year": "soon"}, "year must be a whole number"),
        ({"title": "x" * 3000}, "limit is 2000"),
        ({"title": 5}, "title must be a string"),
    ],
)
def test_invalid_papers_are_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Paper.from_dict(data)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2302.08811", ("arxiv", "2302.08811")),
        ("2302.08811v3", ("arxiv", "2302.08811")),
        ("arXiv:2302.08811", ("arxiv", "2302.08811")),
        ("https://arxiv.org/abs/2302.08811v2", ("arxiv", "2302.08811")),
        ("https://arxiv.org/pdf/2302.08811v1.pdf", ("arxiv", "2302.08811")),
        ("arxiv.org/abs/1706.03762", ("arxiv", "1706.03762")),
        ("hep-th/9901001", ("arxiv", "hep-th/9901001")),
        ("https://arxiv.org/abs/math.GT/0309136v1", ("arxiv", "math.GT/0309136")),
        ("10.1145/3292500.3330701", ("doi", "10.1145/3292500.3330701")),
        ("https://doi.org/10.1145/ABC.def", ("doi", "10.1145/abc.def")),
        ("doi:10.1000/xyz", ("doi", "10.1000/xyz")),
        ("https://openreview.net/forum?id=Lm8T39vLDTE", ("openreview", "Lm8T39vLDTE")),
        ("https://openreview.net/pdf?id=fILj7WpI-g", ("openreview", "fILj7WpI-g")),
        ("openreview:b-ny3x071E5", ("openreview", "b-ny3x071E5")),
        ("Attention is all you need", None),
        ("https://example.com/abs/2302.08811", None),
    ],
)
def test_parse_identifier(text: str, expected: tuple[str, str] | None) -> None:
    assert parse_identifier(text) == expected


def test_find_identifiers_in_text() -> None:
    text = "Paper: https://arxiv.org/pdf/2107.14795v2.pdf (code) doi 10.1000/abc."
    assert find_identifiers(text) == {"arxiv": "2107.14795", "doi": "10.1000/abc"}


new_ids = st.from_regex(r"\A[0-9]{4}\.[0-9]{4,5}\Z")


@given(
    new_ids,
    st.integers(min_value=1, max_value=30),
    st.sampled_from(
        [
            "{}v{}",
            "arXiv:{}v{}",
            "https://arxiv.org/abs/{}v{}",
            "https://arxiv.org/pdf/{}v{}.pdf",
            "http://export.arxiv.org/abs/{}v{}",
        ]
    ),
)
def test_arxiv_versions_and_forms_normalise(arxiv_id: str, version: int, form: str) -> None:
    assert normalize_arxiv(form.format(arxiv_id, version)) == arxiv_id


@given(st.text())
def test_identifier_parsers_never_raise(text: str) -> None:
    parsed = parse_identifier(text)
    assert parsed is None or parsed[0] in ("arxiv", "doi", "openreview")
    doi = normalize_doi(text)
    assert doi is None or doi == doi.lower()
    assert isinstance(find_identifiers(text), dict)


def test_an_identifier_ends_at_full_width_punctuation() -> None:
    from papercli.ids import find_identifiers

    found = find_identifiers("DOI：10.1145/3696443.3708952；arxiv:2502.04063")
    assert found == {"doi": "10.1145/3696443.3708952", "arxiv": "2502.04063"}
    assert find_identifiers("论文（https://arxiv.org/abs/2101.00001）。") == {"arxiv": "2101.00001"}


def test_arxiv_s_older_pdf_address_names_its_paper() -> None:
    from papercli.ids import normalize_arxiv

    assert normalize_arxiv("https://arxiv.org/ftp/arxiv/papers/1906/1906.04574.pdf") == "1906.04574"
    assert normalize_arxiv("https://arxiv.org/ftp/arxiv/papers/1906/1906.04574v2.pdf") == (
        "1906.04574"
    )
    assert normalize_arxiv("https://arxiv.org/ftp/arxiv/papers/1906/") is None


def test_a_doi_in_a_bibtex_field_leaves_the_field_s_closing_brace() -> None:
    assert find_identifiers("doi={10.1109/JSEN.2020.2985328}") == {
        "doi": "10.1109/jsen.2020.2985328"
    }
    assert find_identifiers("see 10.1000/a{b} here") == {"doi": "10.1000/a{b}"}  # (balanced)
