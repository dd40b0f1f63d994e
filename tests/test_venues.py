"""Venue and year from free text: made-up lines, headings and intros, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.venues import canonical_venue, find_venue_year, find_year


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ICLR'24", ("ICLR", 2024)),
        ("ICLR’24 (spotlight)", ("ICLR", 2024)),
        ("[CVPR 2023] A Made-Up Title", ("CVPR", 2023)),
        ("A Made-Up Title. NeurIPS 2020 (Oral)", ("NeurIPS", 2020)),
        ("Published in TMLR, 2022", ("TMLR", 2022)),
        ("ICLR 2022 论文解读", ("ICLR", 2022)),
        ("CVPR2023 | 一篇论文", ("CVPR", 2023)),
        ("neurips 2019", ("NeurIPS", 2019)),
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
        ("Preprint'25", (None, 2025)),
        ("A paper from 2019", (None, 2019)),
        ("2022-05-27 a made-up row", (None, 2022)),
        ("于2021年发表", (None, 2021)),
        ("ECCV 2022 (Oral) 2023-01-01", ("ECCV", 2022)),
    ],
)
def test_venue_and_year(text: str, expected: tuple[str | None, int | None]) -> None:
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
    assert find_venue_year(text)[0] is None


@given(st.integers(min_value=0, max_value=9999).filter(lambda y: not 1950 <= y <= 2030))
def test_out_of_range_years_are_ignored(year: int) -> None:
    assert find_venue_year(f"CVPR {year}")[1] is None


@given(st.text(max_size=500))
@settings(max_examples=300)
def test_any_text_gives_a_known_venue_or_none(text: str) -> None:
    venue, year = find_venue_year(text)
    assert venue is None or canonical_venue(venue) == venue
    assert year is None or 1950 <= year <= 2030
