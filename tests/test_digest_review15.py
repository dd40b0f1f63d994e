"""Layouts of real pages read for errors in stop 35, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def _titles(text: str) -> list[str]:
    return [p["title"] for p in _papers(text)]


def test_a_citation_label_linked_before_a_quoted_title_is_no_second_paper() -> None:
    page = (
        "# Reading circle\n\n"
        "Each group presents one of these articles about card games:\n"
        '- [Moss et al, Cribbage Review 2013](moss.pdf): "Pegging failure: why small hands '
        'undermine the reliability of scoring". 5 presenters.\n'
        '- [Rowe, Card Science 2022](rowe.pdf): "Logistic analysis of discard data: A primer". '
        "Until Figure 4 only.\n"
        '- [Lund & Crane, eCards 2019](lund.pdf): "Estimation for Better Inference in '
        'Cribbage". 4 presenters.\n'
        '- [Hollis et al, eGames 2020](hollis.pdf): "A flexible framework for simulating and '
        'fitting generalized pegging models". Until page 7 only.\n'
    )
    assert _titles(page) == [
        "Pegging failure: why small hands undermine the reliability of scoring",
        "Logistic analysis of discard data: A primer",
        "Estimation for Better Inference in Cribbage",
        "A flexible framework for simulating and fitting generalized pegging models",
    ]


def test_a_heading_shaped_like_the_titled_ones_names_a_paper_only_with_a_link() -> None:
    titles = [
        "Pegging Strategies for Two-Handed Cribbage",
        "Learning to Discard with Sparse Rewards",
        "Skunk Detection in Crowded Card Rooms",
        "Muggins: Counting Points Others Missed",
        "Crib Coherence under Partial Observation",
        "A Benchmark of Peg Boards and Their Holes",
        "Fifteen-Two: Fast Combinatorial Scoring",
        "Nobs and Heels as Rare Events",
        "Scaling Laws for Card Shufflers",
        "Cut Cards and Their Discontents",
        "Street Cribbage at Scale",
        "The Go Rule in Multi-Agent Play",
    ]
    topics = ["Reinforcement learning for card play", "Evaluation of card agents in tournaments"]
    page = "# Card games weekly\n\n"
    for n, title in enumerate(titles):
        if n in (4, 9):
            page += f"### {topics[n // 5]}\n\nThe papers below are about this.\n\n"
        page += f"### {title}\n\nA paragraph on the paper.\n\n"
    found = _titles(page)
    assert not set(topics) & set(found)
    assert len(set(found) & set(titles)) >= 10


def test_hashtags_after_a_title_are_no_part_of_it() -> None:
    page = (
        "# Cribbage reading, week 3\n\n"
        "## Pegging Strategies for Two-Handed Cribbage #CardWeekly\n\n"
        "论文链接: https://arxiv.org/abs/2401.00001\n\n"
        "## Learning to Discard with Sparse Rewards #CardWeekly #RL\n\n"
        "论文链接: https://arxiv.org/abs/2401.00002\n\n"
        "## Fifteen-Two: Fast Combinatorial Scoring #1\n\n"
        "论文链接: https://arxiv.org/abs/2401.00003\n"
    )
    assert _titles(page) == [
        "Pegging Strategies for Two-Handed Cribbage",
        "Learning to Discard with Sparse Rewards",
        "Fifteen-Two: Fast Combinatorial Scoring #1",
    ]


def test_vancouver_names_stay_as_written_and_dotted_initials_come_first() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Moss JL, Rowe T, Lund AE, et al.") == ["Moss JL", "Rowe T", "Lund AE"]
    assert parse_names("Crane A., Hollis B. C., Nob G.") == ["A. Crane", "B. C. Hollis", "G. Nob"]
    # given names before capitalised surnames, a suffix, a lone name: as they are
    assert parse_names("Pengyu LI, Xin WU") == ["Pengyu LI", "Xin WU"]
    assert parse_names("Hal Moss III, Ann Lee") == ["Hal Moss III", "Ann Lee"]
    assert parse_names("Ada Moss, Ben T. Rowe") == ["Ada Moss", "Ben T. Rowe"]
    page = (
        "References\n\n"
        "[1] Moss JL, Rowe T, Lund AE. Pegging strategies for two-handed cribbage. "
        "Card Games Journal 2013, 19: 1–12.\n"
        "[2] Crane D, Hollis E. Learning to discard with sparse rewards. "
        "Card Games Journal 2015, 21: 13–30.\n"
    )
    assert [p["authors"] for p in _papers(page)] == [
        ["Moss JL", "Rowe T", "Lund AE"],
        ["Crane D", "Hollis E"],
    ]
