"""Layouts of real pages read for errors in stop 33, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_a_seminars_surnames_then_a_colon_then_the_title_name_each_paper() -> None:
    page = (
        "Card Games -- Selected Classic Papers\n\n"
        "Topics\n\n"
        "In every meeting we will study a classic paper.\n\n"
        "  1. Moss, Rowe: Crib: a method for counting hands\n"
        "  2. Peg, Muggins, Nob: Pegging strategies with learned lookup tables\n"
        "  3. Box, Skunk, Rowe, Moss: Scoring fifteens in linear time\n"
        "  4. Tally, Crane, Hollis, others: Improving card play by self-play\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Crib: a method for counting hands", ["Moss", "Rowe"]),
        ("Pegging strategies with learned lookup tables", ["Peg", "Muggins", "Nob"]),
        ("Scoring fifteens in linear time", ["Box", "Skunk", "Rowe", "Moss"]),
        ("Improving card play by self-play", ["Tally", "Crane", "Hollis"]),
    ]


def test_others_closing_a_list_of_names_is_no_name() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Tally, Crane, Hollis, others") == ["Tally", "Crane", "Hollis"]
    assert parse_names("Ann Lee, Bo Chen, and others") == ["Ann Lee", "Bo Chen"]


def test_a_chinese_title_glossed_with_a_labelled_english_title_and_nickname() -> None:
    page = (
        "当地时间6月21日,国际纸牌协会(ICA)举办的2023年国际纸牌游戏会议(CRIB,International "
        "Conference on Cribbage)公布了最佳论文等奖项,纸牌实验室(以下简称“实验室”)主导的研究工作"
        "《以计数为导向的纸牌游戏》(英文:Counting-oriented Card Games;简称CoCa),"
        "摘得最佳论文奖(Best Paper Award)。这是近十年来纸牌三大顶级会议第一篇来自中国研究机构的"
        "最佳论文奖。\n"
        "论文:\n"
        "https://arxiv.org/abs/2212.10156\n"
        "代码:\n"
        "https://github.com/cardlab/CoCa\n"
        "大会官方组委会给出的获奖理由是:该文章提出一个端到端的计数框架。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"], p["arxiv_id"]) for p in papers] == [
        ("Counting-oriented Card Games", ["以计数为导向的纸牌游戏"], "2212.10156")
    ]
