"""Layouts of real pages read for errors in stop 33, written afresh as small cases."""

from __future__ import annotations

import itertools

from tests.conftest import digest_papers as _papers


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


def test_a_paper_named_in_chinese_prose_by_its_translation_and_original() -> None:
    page = (
        "统计了近三年引用量最高的 100 篇纸牌论文,我们发现……\n"
        "谁在发表最具影响力的纸牌研究?在如今「百花齐放」的时代,这个问题极具挖掘空间。你"
        "可能会猜到一些结论:比如几个顶级机构,类似这样的结论只猜对了一半。随着纸牌创新的"
        "飞速发展,尽快获取一些「情报」是至关重要的。纸牌实验室在 2022 年 11 月"
        "底发布了 CribChat,震撼了整个领域,这是继他们 2022 年 3 月的论"
        "文「利用人类反馈训练纸牌计分模型」(Training cribbage scor"
        "ers to follow instructions with human fe"
        "edback)之后的又一次突破。如此迅速的产品落地是罕见的。所以,为了洞察到更多"
        "信息,近日,Crib Alpha 的统计采用了一个经典的学术指标:\n"
        "引用次数。对 2022 年、2021 年和 2020 年每年被引用次数最多的 1"
        "00 篇论文的详细分析,可以深入了解目前发表最具影响力的纸牌研究的机构和国家 /"
        " 地区。\n"
        "资料来源:Crib Alpha。如上图所示,另外一个重要结论是:纸牌研究的影响力"
        "排行第二。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"]) for p in papers] == [
        (
            "Training cribbage scorers to follow instructions with human feedback",
            ["利用人类反馈训练纸牌计分模型"],
        )
    ]


def test_a_papers_translation_and_original_in_one_pair_of_quotes_in_chinese_news() -> None:
    page = (
        "您现在的位置: 首页 » 学院新闻 » 正文\n"
        "\n"
        "学院新闻\n"
        "\n"
        "2019年5月17日下午,在美国旧金山举行的第28届国际纸牌大会(Cribbage Conference,简"
        "称CRIB)上,纸牌学院计算机科学技术系、纸牌软件重点实验室张三副教授课题组的论文"
        "“基于纸牌通用语言“手牌”的跨规则计分表征学习方法 (Hand-Powered Representation"
        " Learning for Cross-Rule Cribbage Scoring)”获得了最佳论文奖。\n"
        "\n"
        "CRIB大会是纸牌领域历史最为悠久同时也最为权威的顶级学术会议之一。本次会议共有"
        "1600余篇论文投稿,只评选出2篇最佳论文。课题组获奖论文获得了审稿专家一致“强烈推"
        "荐录用”(Strong Accept)意见并最终脱颖而出。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"], p["year"]) for p in papers] == [
        (
            "Hand-Powered Representation Learning for Cross-Rule Cribbage Scoring",
            ["基于纸牌通用语言“手牌”的跨规则计分表征学习方法"],
            2019,
        )
    ]


def test_where_an_award_says_its_paper_was_published_gives_the_papers_venue_and_year() -> None:
    page = (
        "Cribbage Test of Time Award: Nominations Open March 12\n"
        "\n"
        "Nominations for the Cribbage Conference’s annual Test of Time Award (ToTA), "
        "given for “an outstanding paper that has deeply influenced the discipline,” "
        "open today, March 12, and close Monday, May 15.\n"
        "\n"
        "Past Test of Time Awardees include:\n"
        "\n"
        "  • SC20: The Crib Team (14 authors), accepted by Ada Moss and Ben Rowe, “An"
        " Overview of the Crib/L Scoring Machine” (published at SC2002)\n"
        "  • SC19: Cy Nob and Di Peg, “Benchmarking Decks to Tune Dense Pegging Algeb"
        "ra” (published at SC08)\n"
        "  • SC18: Ed Muggins and Flo Crib, “A Parallel Hashed Hand-Tree Scoring Algo"
        "rithm” (published at SC93)\n"
        "  • SC16: Gil Box and Hal Skunk, “Automatically Tuned Pegging Software” (pub"
        "lished at SC98)\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("An Overview of the Crib/L Scoring Machine", "SC", 2002),
        ("Benchmarking Decks to Tune Dense Pegging Algebra", "SC", 2008),
        ("A Parallel Hashed Hand-Tree Scoring Algorithm", "SC", 1993),
        ("Automatically Tuned Pegging Software", "SC", 1998),
    ]


def test_sc_is_a_venue_only_with_its_year() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("published at SC08") == ("SC", 2008)
    assert find_venue_year("in SC 2019, Denver") == ("SC", 2019)
    assert find_venue_year("Columbia, SC, USA") == (None, None)


def test_lines_of_a_year_a_title_and_names_between_bars_are_papers() -> None:
    page = (
        "Lab co-directors Ada Moss, dean of the College of Cards, and Ben Rowe, chair"
        " of the faculty, were recently honored with five of their papers chosen for "
        "Cribbage Test of Time Awards.\n"
        'The Cribbage Test of Time Award, established in 2014, "recognizes research t'
        'hat has had long-lasting influence." In 2016, a committee selected pre-2002 '
        "papers to each receive an award. The lab papers chosen for the award include"
        ":\n"
        "2001 | Relevance based Pegging Models | C. Nob & A. Moss | |\n"
        "1998 | A Hand Modeling Approach to Crib Retrieval | D. Peg & A. Moss | |\n"
        "1998 | On-line New Run Detection and Tracking | B. Rowe, E. Muggins & C. Nob"
        " | |\n"
        "1996 | Searching Distributed Decks with Inference Networks | F. Callan, G. L"
        "u & A. Moss | |\n"
        "In addition, two lab papers were chosen for the Honorable Mention (for paper"
        "s 10-12 years before):\n"
        "2003 | Automatic hand annotation and retrieval using cross-deck relevance mo"
        "dels (awarded at SIGIR 2015) | H. Skunk, C. Nob, and B. Rowe | |\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Relevance based Pegging Models", ["C. Nob", "A. Moss"], 2001),
        ("A Hand Modeling Approach to Crib Retrieval", ["D. Peg", "A. Moss"], 1998),
        ("On-line New Run Detection and Tracking", ["B. Rowe", "E. Muggins", "C. Nob"], 1998),
        (
            "Searching Distributed Decks with Inference Networks",
            ["F. Callan", "G. Lu", "A. Moss"],
            1996,
        ),
        (
            "Automatic hand annotation and retrieval using cross-deck relevance models",
            ["H. Skunk", "C. Nob", "B. Rowe"],
            2003,
        ),
    ]


def test_a_title_that_opens_with_capitalised_words_and_a_colon_keeps_them() -> None:
    page = (
        "## Cribbage\n"
        "\n"
        "|Publish Date|Title|Authors|PDF|Code|\n"
        "|---|---|---|---|---|\n"
        "|**2025-10-22**|**Counting Cribbage Hands with Learned Lookup Tables**|Ada M"
        "oss et.al.|[2510.19241](http://arxiv.org/abs/2510.19241)|null|\n"
        "|**2025-10-22**|**See, Peg, Count: Scoring Cribbage Hands with Card Agents**"
        "|Cy Nob et.al.|[2510.19245](http://arxiv.org/abs/2510.19245)|null|\n"
        "|**2025-10-21**|**Informed, Constrained, Aligned: A Field Analysis of Peggin"
        "g in the Wild**|Ed Muggins et.al.|[2510.19246](http://arxiv.org/abs/2510.192"
        "46)|null|\n"
        "|**2025-10-21**|**A Comparative Study of Pegging Strategies**|Flo Crib et.al"
        ".|[2510.19247](http://arxiv.org/abs/2510.19247)|null|\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Counting Cribbage Hands with Learned Lookup Tables",
        "See, Peg, Count: Scoring Cribbage Hands with Card Agents",
        "Informed, Constrained, Aligned: A Field Analysis of Pegging in the Wild",
        "A Comparative Study of Pegging Strategies",
    ]


def test_a_weekly_roundups_dated_heading_gives_its_papers_their_year() -> None:
    page = (
        "Top Cribbage Papers of the Week\n"
        "\n"
        "Top Cribbage Papers of the Week (March 1–8, 2026)\n"
        "From Ada Moss's Cribbage Newsletter\n"
        "This week's roundup covers 10 significant cribbage research papers spanning "
        "pegging, counting and memory.\n"
        "1. HandSkill — Card-Counting Interface Meets Agentic Play\n"
        "Card researchers introduce HandSkill, a proactive agentic system that reads "
        "card signals to anticipate needs in real time.\n"
        "- It detects pegging overload autonomously\n"
        "Takeaway: The shift from reactive to proactive card agents could redefine pl"
        "ay.\n"
        "2. Bayesian Pegging for LLMs — Teaching Models to Peg Probabilistically\n"
        "Deck researchers demonstrate that LLMs can be fine-tuned to peg like Bayesia"
        "ns.\n"
        "- Models generalise Bayesian pegging to new games\n"
        "Takeaway: Pegging is a good test of reasoning.\n"
        "3. Why LLMs Form Geometric Hand Representations\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("HandSkill — Card-Counting Interface Meets Agentic Play", 2026),
        ("Bayesian Pegging for LLMs — Teaching Models to Peg Probabilistically", 2026),
        ("Why LLMs Form Geometric Hand Representations", 2026),
    ]


def _reading_tracker() -> tuple[str, list[str], list[str]]:
    """A reader's tracker: a table whose header names its title column, thirty plain title
    cells and ten that link to the reader's own notes site."""
    hands = ["Hand", "Peg", "Crib", "Deck", "Card", "Count", "Score", "Run", "Pair", "Flush"]
    skills = ["Scoring", "Counting", "Pegging", "Dealing", "Cutting", "Shuffling"]
    plain = [
        f"{a}{b[:3]}: Learning {b} Strategies for Two-Player {a} Games with Lookup Tables"
        for a, b in itertools.product(hands, skills)
    ][:30]
    linked = [
        f"{a}-o1: Let {b} Models Reason Step-by-Step about Cribbage"
        for a, b in zip(
            hands, ["Scoring", "Pegging", "Dealing", "Cutting", "Shuffling"] * 2, strict=True
        )
    ]
    rows = [
        "## 待读",
        "",
        "| ID | 状态 | 年份 | 收录日期 | 完成日期 | 论文标题 |",
        "|---|--|---|--|---|---|",
    ]
    rows += [f"| {k} | ⏳ | 2024 | 2024-11-05 | - | {t} |" for k, t in enumerate(plain, 1)]
    rows += [
        f"| {k} | ✅ | 2024 | 12-05 | - | [{t}](https://crib.github.io/posts/overview{k % 3}/) |"
        for k, t in enumerate(linked, 31)
    ]
    return "\n".join(rows) + "\n", plain, linked


def test_a_tracker_tables_titles_that_link_to_the_readers_notes_are_papers() -> None:
    page, plain, linked = _reading_tracker()
    titles = [p["title"] for p in _papers(page)]
    assert set(titles) <= set(plain + linked)
    assert set(plain) <= set(titles)
    assert len([t for t in titles if t in linked]) >= 8


def test_a_listicles_headline_is_no_paper_and_a_published_date_is_no_venue() -> None:
    page = (
        "10 Essential Cribbage Papers for Beginners and Experts\n"
        "\n"
        "W. M. Thor\n"
        "\n"
        "By Ada Moss on Dec 8, 2024\n"
        "\n"
        "Staying up-to-date in the rapidly evolving field of cribbage can feel overwh"
        "elming, but understanding the foundational research papers is key. This list"
        " compiles 10 seminal papers that every cribbage enthusiast should read.\n"
        "\n"
        "1. A Few Useful Things to Know About Cribbage\n"
        "\n"
        "Author: Ben Rowe\n"
        "Published: 2012\n"
        "\n"
        "This paper provides a comprehensive overview of the principles and challenge"
        "s in cribbage.\n"
        "\n"
        "Read the Paper\n"
        "\n"
        "2. Counting Cribbage Hands with Learned Lookup Tables\n"
        "\n"
        "Author: Cy Nob\n"
        "Published: 2015\n"
        "\n"
        "This paper shows how to count hands quickly.\n"
        "\n"
        "Read the Paper\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("A Few Useful Things to Know About Cribbage", ["Ben Rowe"], None, 2012),
        ("Counting Cribbage Hands with Learned Lookup Tables", ["Cy Nob"], None, 2015),
    ]


def test_a_weeklys_pointer_to_more_papers_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("ArXiv Weekly Radiostation:NLP、CV、ML 更多精选论文(附音频)")
    assert not never_title("CribFold: Reducing Hand Scoring Time from 11 Days to 67 Hours")
    assert not never_title("基于更多样本的纸牌计分模型研究")


def test_an_apa_reference_with_nothing_after_its_sentence_case_title() -> None:
    from papercli.importers.digest.references import read_reference

    found = read_reference(
        "Moss, A., Rowe, B. (2020). Counting mechanism, lookup tables, pegs, and cribs: "
        "tutorial and survey"
    )
    assert found is not None
    assert (found.title, found.year) == (
        "Counting mechanism, lookup tables, pegs, and cribs: tutorial and survey",
        2020,
    )
    # without a year, a sentence-case line after names is as often prose
    assert (
        read_reference("Moss, A., Rowe, B. Counting mechanism and lookup tables for cribs") is None
    )


def test_a_published_label_of_a_date_gives_a_year_and_keeps_a_venue_that_is_one() -> None:
    from papercli.importers.digest_legacy import parse_digest as parse_by_rules

    page = (
        "Card papers for beginners\n\n"
        "1. Counting Cribbage Hands with Learned Lookup Tables\n\n"
        "Author: Ben Rowe\nPublished: Dec 8, 2024\n\nThis paper counts hands.\n\n"
        "2. Scoring Fifteens in Linear Time for Two-Player Games\n\n"
        "Author: Cy Nob\nPublished: Decision Sciences 2019\n\nThis paper scores.\n\n"
        "3. Pegging Strategies with Learned Lookup Tables\n\n"
        # a long run of digits before a letter: one pass, not one try per way to split it
        "Author: Di Peg\nPublished: 1111111111111111111111111111111111111111x\n"
    )
    got = [(p.title, p.venue, p.year) for p in parse_by_rules(page).papers]
    assert got == [
        ("Counting Cribbage Hands with Learned Lookup Tables", None, 2024),
        ("Scoring Fifteens in Linear Time for Two-Player Games", "Decision Sciences 2019", 2019),
        (
            "Pegging Strategies with Learned Lookup Tables",
            "1111111111111111111111111111111111111111x",
            None,
        ),
    ]
