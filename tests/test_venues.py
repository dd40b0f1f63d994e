"""Venue and year from free text: made-up lines, headings and intros, and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.venues import (
    canonical_venue,
    find_venue_year,
    find_year,
    heading_venue_year,
    page_venue_year,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICLR'24", ("ICLR", 2024)),
        # the security symposium by its two words, in every way pages write it
        ("26th USENIX Security Symposium 2017: Vancouver, BC, Canada", ("USENIX Security", 2017)),
        ("USENIX Security '24", ("USENIX Security", 2024)),
        ("In Proceedings of the 23rd USENIX Security Symposium", ("USENIX Security", None)),
        # the ACM Digital Library's citation names the short name the list may not know
        ("CribC '15: Proceedings of the Sixth ACM Symposium on Card Games", ("CribC", 2015)),
        ("Proceedings of the ACM on Card Games", ("Proceedings of the ACM on Card Games", None)),
        ("ICLR’24 (spotlight)", ("ICLR", 2024)),
        ("[CVPR 2023] A Made-Up Title", ("CVPR", 2023)),
        ("A Made-Up Title. NeurIPS 2020 (Oral)", ("NeurIPS", 2020)),
        ("Published in TMLR, 2022", ("TMLR", 2022)),
        ("ICLR 2022 论文解读", ("ICLR", 2022)),
        ("CVPR2023 | 一篇论文", ("CVPR", 2023)),
        ("neurips 2019", ("NeurIPS", 2019)),
        ("2023.1.24 SLT 2022 Paper List", ("SLT", 2022)),
        ("Accepted at ASRU 2023", ("ASRU", 2023)),
        ("Announcing the RLC 2024 Outstanding Paper Awards", ("RLC", 2024)),
        ("### Awesome-NeurIPS-2023 : Observations", ("NeurIPS", 2023)),
        ("awesome-iclr-2024-papers", ("ICLR", 2024)),
        ("NEURIPS 2019", ("NeurIPS", 2019)),
        ("NIPS 2014", ("NIPS", 2014)),
        ("Arxiv 2023", ("arXiv", 2023)),
        ("arXiv:2101.00001", ("arXiv", None)),
        ("Findings of EMNLP 2021", ("EMNLP", 2021)),
        ("ACL'23 Findings", ("ACL", 2023)),
        ("NAACL 2019 best paper", ("NAACL", 2019)),
        ("Google at CHI 2023", ("CHI", 2023)),
        ("WWW 2015 award papers", ("WWW", 2015)),
        ("KDD 2015 test of time", ("KDD", 2015)),
        ("SIGKDD 2016", ("SIGKDD", 2016)),
        ("ACM-MM 2024", ("ACM MM", 2024)),
        ("CVPRW 2022", ("CVPRW", 2022)),
        ("SIGGRAPH Asia 2023", ("SIGGRAPH Asia", 2023)),
        ("In Advances in Neural Information Processing Systems 30 (2017)", ("NeurIPS", 2017)),
        ("International Conference on Machine Learning, 2019", ("ICML", 2019)),
        ("arXiv 2024, CVPR 2024", ("CVPR", 2024)),
        ("Nature 2015", ("Nature", 2015)),
        (
            "*IEEE Transactions on Made Up Things*, 2018.",
            ("IEEE Transactions on Made Up Things", 2018),
        ),
        ("Journal of made up research 16 (2002): 1-9.", ("Journal of made up research", 2002)),
        ("Proceedings of the 27th Conference on Made Up Things (MUT), 2019", ("MUT", 2019)),
        ("In Proceedings of the Symposium on Made Up Things (SoMUT 2019)", ("SoMUT", 2019)),
        ("Preprint'25", (None, 2025)),
        ("## arxiv2001", ("arXiv", 2020)),
        ("ICLR2019", ("ICLR", 2019)),
        ("A paper from 2019", (None, 2019)),
        ("2022-05-27 a made-up row", (None, 2022)),
        ("于2021年发表", (None, 2021)),
        ("ECCV 2022 (Oral) 2023-01-01", ("ECCV", 2022)),
    ],
)
def test_venue_and_year(text: str, expected: tuple[str | None, int | None]) -> None:
    assert find_venue_year(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- [[Made Up Letters](https://example.org/a)] A Title", ("Made Up Letters", None)),
        ("* 【MUCONF2020-CCF-B】[A Title](https://example.org/a)", ("MUCONF", 2020)),
        ("- [MUCONF 2016] A Title", ("MUCONF", 2016)),
        ("- [MUCONF'19] A Title", ("MUCONF", 2019)),
        ("- [[paper](https://example.org/a)] A Title", (None, None)),
        ("- [[code](https://example.org/a)] A Title (2021)", (None, 2021)),
        ("- **[NICKNAME]** A Title", (None, None)),
        ("【Acme】[A Title](https://example.org/a)", (None, None)),
        ("A Title [[Made Up Letters](https://example.org/a)]", (None, None)),
    ],
)
def test_leading_venue_tags_outside_the_list(
    text: str, expected: tuple[str | None, int | None]
) -> None:
    assert find_venue_year(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ORACLE results",
        "the nature of things",
        "Ed H. Chi and friends",
        "chi-square tests",
        "icmlx cvprs",
        "www.example.org",
        "data-arxiv-id and arxiv-daily",
        "an FPGA accelerator",
        "",
    ],
)
def test_no_venue_inside_words_or_plain_words(text: str) -> None:
    assert find_venue_year(text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "https://example.org/2019/paper",
        "arXiv id 2012.12345",
        "see 10.1145/2020.1234",
        "1949 and 2031",
        "12019 items",
    ],
)
def test_years_inside_links_ids_or_out_of_range_are_not_years(text: str) -> None:
    assert find_year(text) is None


def test_canonical_venue() -> None:
    assert canonical_venue("neurips") == "NeurIPS"
    assert canonical_venue("Journal of Machine Learning Research") == "JMLR"
    assert canonical_venue("a made-up venue") is None


_VENUES = ["NeurIPS", "ICLR", "ICML", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "AAAI", "TMLR"]


@given(st.sampled_from(_VENUES), st.integers(min_value=1950, max_value=2030))
def test_venue_with_four_digit_year(venue: str, year: int) -> None:
    assert find_venue_year(f"[{venue} {year}]") == (venue, year)


@given(st.sampled_from(_VENUES), st.integers(min_value=0, max_value=30))
def test_venue_with_two_digit_year(venue: str, year: int) -> None:
    assert find_venue_year(f"{venue}'{year:02d}") == (venue, 2000 + year)


@given(
    st.sampled_from(_VENUES),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", min_size=1),
    st.booleans(),
)
def test_venue_names_match_whole_words_only(venue: str, letters: str, before: bool) -> None:
    text = letters + venue if before else venue + letters
    assert find_venue_year(text)[0] != venue  # "NeurIPSW" may be a venue of its own


@given(
    st.integers(min_value=0, max_value=9999).filter(
        lambda y: not 1950 <= y <= 2030 and not 10 <= y <= 30  # "CVPR 22": 2022
    )
)
def test_out_of_range_years_are_ignored(year: int) -> None:
    assert find_venue_year(f"CVPR {year}")[1] is None


@given(st.text(max_size=500))
@settings(max_examples=300)
def test_any_text_gives_a_known_venue_or_none(text: str) -> None:
    venue, year = find_venue_year(text)
    assert venue is None or canonical_venue(venue) == venue
    assert year is None or 1950 <= year <= 2030


@pytest.mark.parametrize(
    "text",
    ["a" * 20000, "[" * 20000, "a@" * 10000, "CVPR " * 4000, "Journal of " * 2000, "1" * 20000],
)
def test_long_adversarial_inputs_are_read(text: str) -> None:
    """Every pattern is linear: these 20,000-character inputs come back at once."""
    venue, year = find_venue_year(text)
    assert venue is None or venue.strip() == venue
    assert year is None or 1950 <= year <= 2030


def test_every_long_name_is_looked_for() -> None:
    """Long names are matched only when the text holds one of their hint words."""
    from papercli.importers import venues

    for short, pattern in venues._LONG_NAMES:
        if "(?<" in pattern:
            continue  # a name bound to a citation's context: tested in test_digest_review25
        example = re.sub(r"\(\?:([^|)]*)[^)]*\)\??|\\s|[?,]", lambda m: m.group(1) or " ", pattern)
        example = " ".join(example.split())  # the pattern as plain words
        assert any(hint in example for hint in venues._LONG_HINTS), short
        assert find_venue_year(example.title())[0] == short


@given(
    st.lists(
        st.sampled_from(
            [
                *"ACILMNPRSVWaceilnrsvx -_'’[]()【】|.,:0123456789@/\n",
                *("CVPR", "NeurIPS", "arXiv", "Journal of ", "Proceedings of the ", "(ICLR)"),
                *("[[X](u)]", "2019", "'24", "Conference on "),
            ]
        ),
        max_size=80,
    ).map("".join)
)
@settings(max_examples=400)
def test_markup_soup_never_breaks_the_finder(text: str) -> None:
    venue, year = find_venue_year(text)
    assert venue is None or (venue and venue == venue.strip())
    assert year is None or 1950 <= year <= 2030


@pytest.mark.parametrize(
    ("text", "heading", "page"),
    [
        ("## CVPR", ("CVPR", None), (None, None)),
        ("### ICLR 2022 papers", ("ICLR", 2022), ("ICLR", 2022)),
        ("## arxiv2001", (None, 2020), (None, None)),
        ("arXiv daily 2025-09-29", (None, 2025), (None, None)),
        ("### 2021", (None, 2021), (None, None)),
        ("Google at CHI 2023", ("CHI", 2023), ("CHI", 2023)),
    ],
)
def test_heading_and_page_venues(
    text: str, heading: tuple[str | None, int | None], page: tuple[str | None, int | None]
) -> None:
    assert heading_venue_year(text) == heading
    assert page_venue_year(text) == page


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PLDI ‘21 Best Paper Award, 21 – 25 June 2021, Somewhere", ("PLDI", 2021)),
        (
            "The ACM SIGPLAN Conference on Programming Language Design and Implementation "
            "took place in a city, 3 - 7 June 2019.",
            ("PLDI", 2019),
        ),
        ("Accepted for publication by ACM Computing Surveys", ("ACM Computing Surveys", None)),
        ("Published in Computing Surveys 2021", ("ACM Computing Surveys", 2021)),
        ("Some Author et al., CGF 2021 | [github](#)", ("CGF", 2021)),
    ],
)
def test_programming_language_venues_and_computing_surveys(
    text: str, expected: tuple[str | None, int | None]
) -> None:
    assert find_venue_year(text) == expected


def test_sigkdd_and_its_long_name_in_one_citation_are_one_venue() -> None:
    text = (
        "Proceedings of the 9th ACM SIGKDD International Conference on Knowledge Discovery "
        "and Data Mining. 2003."
    )
    assert find_venue_year(text) == ("SIGKDD", 2003)


def test_a_two_digit_year_after_a_space_where_the_name_ends() -> None:
    assert find_venue_year("# ICML 22") == ("ICML", 2022)
    assert find_venue_year("已被 (AAAI 26) 录用") == ("AAAI", 2026)
    assert find_venue_year("ICML 22: Notes") == ("ICML", 2022)
    assert find_venue_year("CVPR 22 篇论文入选") == ("CVPR", None)
    assert find_venue_year("NeurIPS 21 papers") == ("NeurIPS", None)


def test_a_venue_glued_by_hyphens_needs_its_year() -> None:
    assert find_venue_year("Pre-ICLR thoughts") == (None, None)
    assert find_venue_year("arxiv-sanity-2020")[0] is None


def test_the_acl_chapters_spelled_out_are_their_short_names() -> None:
    european = (
        "Proceedings of the 17th Conference of the European Chapter of the Association for "
        "Computational Linguistics, 782–796"
    )
    assert find_venue_year(european)[0] == "EACL"
    asian = "Asia-Pacific Chapter of the Association for Computational Linguistics 2022"
    assert find_venue_year(asian) == ("AACL", 2022)
