"""Layouts of real pages read for errors in stop 29, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.scorer import all_candidates


def test_a_national_style_reference_list_run_onto_one_line_without_spaces_is_read() -> None:
    page = (
        "[1] MOSS A B,QUILL C,ROWE D,et al.Cribbage hand evaluation:a survey of counting "
        "methods[J].Journal of Card Games,2019,7:11-29. "
        "[2] PEG Dawei,NOB Erin,CRIB Fay.Discard strategies for two player cribbage under "
        "partial information[J].Games and Decisions,2016,52(5):976-988. "
        "[3] HAND Gus,PONE Hal,STARTER Ivy,et al.Pegging play with learned opponent models "
        "for the endgame[C]//Proceedings of CG'19.New York,USA:Card Press,2019:1-6. "
        "[4] FIFTEEN Jo,RUN Kai,NIBS Lou.Scoring the crib with dynamic programming and "
        "exhaustive search[J].Computing Reviews,2018,55(1):12-20."
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Cribbage hand evaluation:a survey of counting methods",
            ["MOSS A B", "QUILL C", "ROWE D"],
            2019,
        ),
        (
            "Discard strategies for two player cribbage under partial information",
            ["PEG Dawei", "NOB Erin", "CRIB Fay"],
            2016,
        ),
        (
            "Pegging play with learned opponent models for the endgame",
            ["HAND Gus", "PONE Hal", "STARTER Ivy"],
            2019,
        ),
        (
            "Scoring the crib with dynamic programming and exhaustive search",
            ["FIFTEEN Jo", "RUN Kai", "NIBS Lou"],
            2018,
        ),
    ]


def test_bracketed_citations_in_prose_do_not_split_a_paragraph() -> None:
    page = (
        "# Reading notes\n\n"
        "Counting methods [1] are the oldest, and they were refined by discard studies [2] "
        "and then by pegging models [3], which we follow here in a long paragraph that goes "
        "on about cribbage strategy for quite a while before it ends.\n\n"
        "- Pegging Play with Learned Opponent Models for the Endgame. Gus Hand, Hal Pone. "
        "CG 2019.\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Pegging Play with Learned Opponent Models for the Endgame"
    ]


def test_a_stray_backtick_opens_no_code_span_over_the_next_lines() -> None:
    page = (
        "`Pegging’: A New Dataset for Cribbage Endgames\n"
        "Discard Networks for Two Player Cribbage\n"
        "Scoring the Crib, by Ivy Run (Noah`s Lab)\n"
    )
    assert [line.text for line in read_lines(page)] == [
        "`Pegging’: A New Dataset for Cribbage Endgames",
        "Discard Networks for Two Player Cribbage",
        "Scoring the Crib, by Ivy Run (Noah`s Lab)",
    ]
    assert [line.text for line in read_lines("Run `papercli add` first, then\n`list`")] == [
        "Run papercli add first, then",
        "list",
    ]


def test_a_title_run_into_its_first_authors_name_and_affiliation_is_cut_there() -> None:
    line = "Discard Networks for Two Player CribbageCal Rowe (Crib Institute)*; Di Peg (Peg Lab)"
    (row,), _ = all_candidates(read_lines(line))
    assert "Discard Networks for Two Player Cribbage" in [c.text for c in row]


def test_titles_quoted_in_one_chinese_sentence_take_the_year_and_writer_right_before() -> None:
    page = (
        "# 牌戏经典论文有哪些\n\n"
        "先说牌戏领域,有三篇论文堪称“三驾马车”,2012年Crib团队的《Counting Fifteens in "
        "Cribbage Hands with Exhaustive Search》(简称CF)绝对是绕不开的,另一篇是2014年Moss等人"
        "的《Pegging Strategies for Two Player Cribbage》,它让牌手重新思考出牌顺序,还有2017年"
        "Google团队的《Discard Is All You Need》,它改变了整个领域。\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Counting Fifteens in Cribbage Hands with Exhaustive Search", [], 2012),
        ("Pegging Strategies for Two Player Cribbage", ["Moss"], 2014),
        ("Discard Is All You Need", [], 2017),
    ]


def test_a_section_name_below_a_papers_blurb_is_not_its_authors() -> None:
    page = (
        "# Card games journal\n\n"
        "Foundations\n\n"
        "- ✔️ Counting Fifteens in Cribbage Hands (2015)\n\n"
        "  This is the best introduction to counting I know of, and it is free. I have been "
        "very vocal about my support for this text and its exercises.\n\n"
        "  Seminal Strategies\n\n"
        "  Modern card play does have its superstars.\n\n"
        "- ✔️ Pegging Strategies for Two Player Cribbage (2013)\n\n"
        "  This work introduces pegging models. I love them, and I wrote one from scratch "
        "to see how they hold up against a strong human player.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert ("Counting Fifteens in Cribbage Hands", []) in got
    assert all(authors == [] for _, authors in got)


def test_a_page_that_leads_its_titles_with_the_methods_short_name_gives_the_titles() -> None:
    page = (
        "## Cribbage\n\n"
        "* [CF - Counting Fifteens with Exhaustive Search](cf.md) ; Ann Moss ; 2018 ; done ;\n"
        "* [PEG-NET - Pegging Strategies for Two Player Cribbage](peg.md) ; Bo Quill ; "
        "ICLR 2021 ; done ;\n"
        "* [DISC/D2 - Discard Networks Learned from Expert Play](d2.md) ; Cal Rowe ; "
        "ICML 2022 ; done ;\n"
        "* [Crib-Engine - Scoring the Crib with Dynamic Programming](ce.md) ; Di Peg ; "
        "KDD 2022 ; done ;\n"
    )
    got = {p["title"]: p["alt_titles"] for p in _papers(page)}
    assert got["Pegging Strategies for Two Player Cribbage"] == ["PEG-NET"]
    assert got["Discard Networks Learned from Expert Play"] == ["DISC/D2"]
    assert "Crib-Engine - Scoring the Crib with Dynamic Programming" not in got


def test_one_title_led_by_a_short_name_keeps_it() -> None:
    page = (
        "- [BERT - Pre-training of Deep Bidirectional Transformers]"
        "(https://arxiv.org/abs/1810.04805)\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "BERT - Pre-training of Deep Bidirectional Transformers"
    ]


def test_a_sentence_listing_titles_by_their_authors_gives_each_with_the_leads_venue() -> None:
    page = (
        "# SIGIR 2014 Best Paper Awards\n\n"
        "The best paper award went to Ann Moss for Pegging Strategies for Two Player "
        "Cribbage.\n\n"
        "Three papers received Honourable Mention, all from SIGIR 2002: Discard Networks "
        "Learned from Expert Play by Bo Quill, Cal Rowe, and Di Peg; Counting Fifteens with "
        "Exhaustive Search over Hands by Ed Nob and Fay Crib; Scoring the Crib with Dynamic "
        "Programming and Memoization by Gus Hand, Hal Pone, Ivy Run, and Jo Starter.\n"
    )
    got = {p["title"]: (p["authors"], p["venue"], p["year"]) for p in _papers(page)}
    assert got["Discard Networks Learned from Expert Play"] == (
        ["Bo Quill", "Cal Rowe", "Di Peg"],
        "SIGIR",
        2002,
    )
    assert got["Counting Fifteens with Exhaustive Search over Hands"] == (
        ["Ed Nob", "Fay Crib"],
        "SIGIR",
        2002,
    )


def test_a_book_cited_beside_a_paper_of_the_same_title_gives_only_the_paper() -> None:
    page = (
        '[0] Moss, Ann, Bo Quill, and Cal Rowe. "Deep cribbage." A Card Press book. (2015). '
        "[pdf]\n"
        '[1] Peg, Di, Ed Nob, and Fay Crib. "Deep cribbage." Nature 521.7553 (2015): 436-444. '
        "[pdf]\n"
        '[2] Hand, Gus, Hal Pone, and Ivy Run. "A fast pegging algorithm for deep crib '
        'nets." Card computation 18.7 (2006): 1527-1554. [pdf]\n'
    )
    got = {p["title"]: (p["authors"], p["venue"]) for p in _papers(page)}
    assert got["Deep cribbage"] == (["Di Peg", "Ed Nob", "Fay Crib"], "Nature")


def test_capitalised_title_words_before_a_venue_are_not_read_as_cited_names() -> None:
    from papercli.importers.digest.records import follow_cited_parens
    from papercli.importers.digest.scorer import score_lines

    page = (
        "PEG: Pegging Impersonation AttackS, IEEE S&P 2020\n\n"
        "Counting Fifteens with Exhaustive Search. Moss, A., et al. CCS’19\n\n"
        "Discard Networks Learned from Expert Play. Quill, B., et al. NDSS’20\n"
    )
    scored = score_lines(read_lines(page))
    follow_cited_parens(scored, 0.5)
    raised = [c.text for row in scored for c in row if c.score >= 0.5]
    assert "PEG: Pegging" not in raised
    assert "Counting Fifteens with Exhaustive Search" in raised


def test_entries_that_open_with_their_year_and_names_over_the_title_keep_their_own() -> None:
    page = (
        "Best Student Paper Awards\n\n"
        "Year Authors Citation\n"
        "2016 Ann Moss\n"
        "Bo Quill\n"
        "Cal de Rowe\n"
        "A Context-aware Pegging Model for Cribbage\n"
        "2015 Di Peg\n"
        "Ed Nob\n"
        "Sequential Testing for Early Stopping of Crib Counts\n"
        "2014 Fay Crib\n"
        "Gus Hand\n"
        "Hal Pone\n"
        "Towards Better Measurement of Discards in Mobile Cribbage\n"
    )
    got = {p["title"]: (p["authors"], p["year"]) for p in _papers(page)}
    assert got["A Context-aware Pegging Model for Cribbage"] == (
        ["Ann Moss", "Bo Quill", "Cal de Rowe"],
        2016,
    )
    assert got["Sequential Testing for Early Stopping of Crib Counts"] == (
        ["Di Peg", "Ed Nob"],
        2015,
    )


def test_a_figure_credit_names_no_paper_of_its_own() -> None:
    page = (
        "# Efficient Cribbage\n\n"
        '<p class="center">\n    <img src="img/peg.png" width="60%">\n    <br>\n'
        "    <em>Source: Pegging Strategies for Two Player Cribbage</em>\n</p>\n\n"
        "Counting is the other half of the game.\n\n"
        '<p class="center">\n    <img src="img/count.png" width="60%">\n    <br>\n'
        "    <em>Source: Counting Fifteens with Exhaustive Search</em>\n</p>\n\n"
        "Discards decide the crib.\n\n"
        '<p class="center">\n    <img src="img/crib.png" width="60%">\n    <br>\n'
        "    <em>Source: Discard Networks Learned from Expert Play</em>\n</p>\n\n"
        "## Papers\n\n"
        "- [Pegging Strategies for Two Player Cribbage](https://arxiv.org/abs/1902.07153). "
        "Ann Moss, Bo Quill. ICML 2019.\n"
        "- [Counting Fifteens with Exhaustive Search](https://arxiv.org/abs/2006.07153). "
        "Cal Rowe, Di Peg. NeurIPS 2020.\n"
        "- [Discard Networks Learned from Expert Play](https://arxiv.org/abs/2106.07153). "
        "Ed Nob. ICLR 2021.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not any(title.startswith("Source") for title in titles), titles
    assert "Pegging Strategies for Two Player Cribbage" in titles


def test_glossed_topic_headings_over_glossed_titles_are_no_papers() -> None:
    page = (
        "# ECCV 2022 论文和代码\n\n"
        "## 1. 计数\n\n"
        "### 手牌计数(Hand Counting Methods)\n\n"
        "[1] Counting Fifteens with Exhaustive Search over Hands (用穷举搜索计数十五点)<br>\n"
        "[paper](https://arxiv.org/abs/2207.00001) | [code](https://github.com/a/b)<br><br>\n\n"
        "[2] Pegging Strategies for Two Player Cribbage Games (双人克里比奇的计分策略)<br>\n"
        "[paper](https://arxiv.org/abs/2207.00002)<br><br>\n\n"
        "### 弃牌检测(Discard Object Detection)<br><br>\n\n"
        "### 边缘计分(Edge Scoring Rules)\n\n"
        "[3] Discard Networks Learned from Expert Play at Scale (从专家对局中学习的弃牌网络)<br>\n"
        "[paper](https://arxiv.org/abs/2207.00003)<br><br>\n\n"
        "## 2. 分割\n\n"
        "### 牌型分割(Hand Shape Segmentation)\n\n"
        "[4] Scoring the Crib with Dynamic Programming and Memoization (用动态规划计算牌池)<br>\n"
        "[paper](https://arxiv.org/abs/2207.00004)<br><br>\n"
    )
    from papercli.importers.digest.records import follow_glossed_titles
    from papercli.importers.digest.scorer import score_lines

    lines = read_lines(page)
    scored = score_lines(lines)
    follow_glossed_titles(lines, scored, 0.5)
    raised = {c.text for row in scored for c in row if c.score >= 0.5}
    topics = {"Hand Counting Methods", "Discard Object Detection", "Edge Scoring Rules"}
    assert not topics & raised, raised
    assert "Pegging Strategies for Two Player Cribbage Games" in raised


def test_a_heading_and_its_linked_line_give_one_paper_with_the_lines_fields() -> None:
    page = (
        "##### [Pegging Strategies for Two Player Cribbage]\n"
        "- Pegging Strategies for Two Player Cribbage [[nature]](https://www.nature.com/articles/"
        "nature14236)\n"
        "- *Ann Moss, Bo Quill, Cal Rowe*\n"
        "- `2015-02-25`\n\n"
        "##### [Counting Fifteens with Exhaustive Search]\n"
        "- Counting Fifteens with Exhaustive Search [[arXiv]](https://arxiv.org/abs/1503.03585)\n"
        "- *Di Peg, Ed Nob*\n"
        "- `2015-03-12`\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Pegging Strategies for Two Player Cribbage", ["Ann Moss", "Bo Quill", "Cal Rowe"]),
        ("Counting Fifteens with Exhaustive Search", ["Di Peg", "Ed Nob"]),
    ]


def test_a_journals_link_label_after_a_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels("Human-level Pegging [nature]") == "Human-level Pegging"
    assert without_link_labels("Counting Fifteens [[PNAS]] [code]") == "Counting Fifteens"
    assert without_link_labels("A Survey [Review]") == "A Survey [Review]"


def test_authors_labelled_among_fields_a_copy_ran_together() -> None:
    page = (
        "# 克里比奇引用量最高的论文\n\n"
        "第一名:PegNet\n\n"
        "Pegging Strategies for Two Player Cribbage 作者单位:牌戏研究院(CRI)作者团队:Ann Moss"
        "(莫安), Bo Quill, Cal Rowe引用量:49301论文链接(收录于CVPR 2016):> "
        "https://openaccess.thecvf.com/content_cvpr_2016/html/Moss_Pegging_CVPR_2016.html\n\n"
        "第二名:CountNet\n\n"
        "Counting Fifteens with Exhaustive Search 作者单位:谷歌作者团队:Di Peg, Ed Nob引用量:"
        "30000论文链接(收录于CVPR 2015):> "
        "https://openaccess.thecvf.com/content_cvpr_2015/html/Peg_Counting_CVPR_2015_paper.html\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got["Pegging Strategies for Two Player Cribbage"] == ["Ann Moss", "Bo Quill", "Cal Rowe"]
    assert got["Counting Fifteens with Exhaustive Search"] == ["Di Peg", "Ed Nob"]


def test_a_quoted_nickname_in_prose_is_no_paper() -> None:
    page = (
        "# CG 2023: Card Game Research Leads to Record Paper Submissions\n\n"
        "When we chose Halifax for CG 2023, we did not quite realize how fitting it would be. "
        "Known as the “Cribbage Capital of the East” due to its many clubs, the city was a "
        "fitting backdrop.\n\n"
        "Take, for instance, one of the accepted papers, “A New Benchmark: On the Utility of "
        "Synthetic Hands for Supervised Pegging.” This research explores the use of synthetic "
        "data.\n\n"
        "Or consider “Implicit Discard Leakage: The Stumbling Block to Improving Crib "
        "Detection.” It examines why crib detectors fail.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Cribbage Capital of the East" not in titles


def test_a_publishers_address_gives_the_doi_it_serves() -> None:
    page = (
        "1. [Values of Exploration in Cribbage Play](https://dl.acm.org/doi/pdf/10.1145/"
        "3460231.3474236)  \n"
        "Author(Institute): Ann Moss(Crib Lab)  \n\n"
        "2. [Discard Networks for Two Player Cribbage](https://link.springer.com/article/"
        "10.1007/s10994-021-05946-3)  \n"
        "Author(Institute): Bo Quill(Peg Lab)  \n"
    )
    got = {p["title"]: p["doi"] for p in _papers(page)}
    assert got == {
        "Values of Exploration in Cribbage Play": "10.1145/3460231.3474236",
        "Discard Networks for Two Player Cribbage": "10.1007/s10994-021-05946-3",
    }
