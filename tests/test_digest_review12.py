"""Layouts of real pages read for errors in stop 32, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.references import read_reference


def test_award_lines_of_names_then_a_title_with_nothing_after_it_are_papers() -> None:
    page = (
        "Cribbage Symposium Best Paper Awards\n\n"
        "    Best Full Paper: Ada Moss, Ben Rowe and Cy Nob. Counting Cribbage Hands with "
        "Learned Lookup Tables\n\n"
        "    Candidate Best Papers:\n\n"
        "    Di Peg, Ed Muggins and Flo Crib. A Comparative Study of Pegging Strategies in "
        "Two-Player Games\n\n"
        "    Best Industry Paper: Gil Box and Hal Skunk. Title: Beyond Fifteen Two: "
        "Scoring Hands at Scale.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Counting Cribbage Hands with Learned Lookup Tables", ["Ada Moss", "Ben Rowe", "Cy Nob"]),
        (
            "A Comparative Study of Pegging Strategies in Two-Player Games",
            ["Di Peg", "Ed Muggins", "Flo Crib"],
        ),
        ("Beyond Fifteen Two: Scoring Hands at Scale", ["Gil Box", "Hal Skunk"]),
    ]


def test_names_then_an_institution_are_no_reference() -> None:
    assert read_reference("Ada Moss, Ben Rowe, Cy Nob et al. Cribbage Academy of Sciences") is None
    found = read_reference("Ada Moss, Ben Rowe and Cy Nob. Counting Cribbage Hands at Scale")
    assert found is not None and found.title == "Counting Cribbage Hands at Scale"


def test_chinese_tags_in_parentheses_after_an_english_title_are_not_the_title() -> None:
    page = (
        "纸牌实验室近期在国际会议发表论文。\n"
        "文章列表:\n"
        "1.Title: Counting Cribbage Hands with Learned Lookup Tables "
        "(计数) (合作单位:某公司) (ACL)\n"
        "题目:用学习的查找表计算纸牌手牌\n"
        "作者:莫斯,罗本,诺西\n"
        "摘要:本文提出一种计算手牌的方法。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"]) for p in papers] == [
        ("Counting Cribbage Hands with Learned Lookup Tables", "ACL")
    ]


def test_a_meetups_date_and_place_line_after_its_map_link_is_no_paper() -> None:
    page = (
        "Chapter Meetups\n\n"
        "Ada Moss - Counting cribbage hands that admit fast exhaustive search\n\n"
        "Map Date/Time: 2017-09-07 07:00pm Location: Peg Hall - Santa Monica\n\n"
        "A talk on counting.\n\n"
        "Ben Rowe - Why Are Pegging Boards Different from Machines\n\n"
        "Map Date/Time: 2017-04-26 07:00pm Location: Peg Hall - Santa Monica\n\n"
        "A talk on boards.\n"
    )
    assert not any("Date/Time" in p["title"] for p in _papers(page))


def test_a_quoted_title_right_after_an_award_in_prose_is_a_paper() -> None:
    page = (
        "The Cribbage Conference reported record attendance this year.\n\n"
        "Paper Award Winners\n\n"
        "From the accepted papers, 10 were chosen. This year's awardees included Best Paper "
        "Winners “Counting Cribbage Hands” from Peg University.\n"
    )
    assert [p["title"] for p in _papers(page)] == ["Counting Cribbage Hands"]


def test_list_items_of_a_title_a_comma_then_its_authors_and_venue_are_papers() -> None:
    page = (
        "The past recipients of the Cribbage Test of Time Award are:\n"
        "2008:\n"
        "- A Scalable Network for Counting Cribbage Hands, by Ada Moss, B. Rowe Nob, and Cy Peg, "
        "Proc. of ACM CRIB 1997.\n"
        "- The Macroscopic Behavior of the Pegging Board, by Maria Lopez, John Carter, "
        "Ann Lee, and Tom Ward, CCR 27(3), 1997.\n"
        "2006:\n"
        "- Research Areas in Card Counting, L. Kleinrock (Vol. 4, No. 3, July 1974)\n"
        "- The Nobs and Heels system, F. F. Kuo (Vol. 4, No. 1, January 1974)\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("A Scalable Network for Counting Cribbage Hands", ["Ada Moss", "B. Rowe Nob", "Cy Peg"]),
        (
            "The Macroscopic Behavior of the Pegging Board",
            ["Maria Lopez", "John Carter", "Ann Lee", "Tom Ward"],
        ),
        ("Research Areas in Card Counting", ["L. Kleinrock"]),
        ("The Nobs and Heels system", ["F. F. Kuo"]),
    ]


def test_award_rows_of_a_glued_year_names_a_colon_then_title_and_venue_are_papers() -> None:
    page = (
        "Cribbage Most Influential Paper Award\n\n"
        "This award is presented at each meeting to the paper judged most influential.\n\n"
        "2023Maria Lopez, John Carter, Ann Lee: PegFix: Hand Repair via Semantic Analysis, "
        "ICSE-35, 2013\n"
        "2022Abram Hale, Earl T. Barr, Tom Ward: On the Naturalness of Cribbage, ICSE-34, 2012\n"
        "2016Rita Moss, Lyle Hiew, and Gail C. Murphy: Who Should Count This Hand?, ICSE-28, "
        "2006\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "PegFix: Hand Repair via Semantic Analysis",
            ["Maria Lopez", "John Carter", "Ann Lee"],
            "ICSE",
            2013,
        ),
        (
            "On the Naturalness of Cribbage",
            ["Abram Hale", "Earl T. Barr", "Tom Ward"],
            "ICSE",
            2012,
        ),
        (
            "Who Should Count This Hand?",
            ["Rita Moss", "Lyle Hiew", "Gail C. Murphy"],
            "ICSE",
            2006,
        ),
    ]


def test_an_edition_number_after_a_venue_is_no_year_when_a_year_follows() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("ICSE-28, 2006") == ("ICSE", 2006)
    assert find_venue_year("ICLR-22") == ("ICLR", 2022)


def test_a_code_link_in_a_cell_before_the_title_cell_is_the_rows_code() -> None:
    page = (
        "|Year|Conf/Jour|Code|Title|OtherInfo|\n"
        "|:-:|:-:|:-:|:-:|:-:|\n"
        "|2022|CVPR|[Torch](https://github.com/peg-lab/aug-crib)|"
        "[Aug-Crib: Training Stronger Cribbage Counters](https://example.org/aug.pdf)||\n"
        "|2021|ICCV|[TF](https://github.com/peg-lab/info-crib) [Torch](https://github.com/x/y)|"
        "[InfoCrib: Entropy Minimization for Few-Shot Counting](https://example.org/info.pdf)||\n"
    )
    got = [(p["title"], p["code_url"], p["venue"]) for p in _papers(page)]
    assert got == [
        (
            "Aug-Crib: Training Stronger Cribbage Counters",
            "https://github.com/peg-lab/aug-crib",
            "CVPR",
        ),
        (
            "InfoCrib: Entropy Minimization for Few-Shot Counting",
            "https://github.com/peg-lab/info-crib",
            "ICCV",
        ),
    ]


def test_a_title_zh_label_gives_the_chinese_title() -> None:
    entry = (
        "# {title}\n\n**Title (ZH)**: {zh}\n\n**Authors**: Ada Moss, Ben Rowe\n\n"
        "**Link**: [PDF](https://arxiv.org/pdf/{arxiv})\n\n**Abstract**: We count hands.\n\n---\n"
    )
    first = "Sim-and-Real Co-Training: A Simple Recipe for Counting Cribbage Hands"
    second = "AutoEval: Autonomous Evaluation of Pegging Policies in the Real World"
    page = entry.format(title=first, zh="用查找表计算纸牌手牌", arxiv="2503.24361")
    page += entry.format(title=second, zh="真实世界中的钉板策略", arxiv="2503.24278")
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got == [(first, ["用查找表计算纸牌手牌"]), (second, ["真实世界中的钉板策略"])]


def test_a_venue_after_a_full_width_comma_inside_the_bold_title_is_the_venue() -> None:
    page = (
        "## 基本模型\n\n"
        "1. **Neural Cribbage Hand Recognition via CNN-LSTM-CRF and Joint Training with Word "
        "Segmentation，WWW2019** [paper](https://arxiv.org/pdf/1905.01964.pdf)\n"
        "    *Ada Moss, Ben Rowe, Cy Nob et al. Peg University*\n\n"
        "2. **A Multi-task Approach for Hand Recognition in Social Media Data，ACL2017** "
        "[paper](https://www.aclweb.org/anthology/W17-4419.pdf)\n"
        "    *Gustavo Aguilar, Suraj Maharjan, A. Pastor L´opez-Monroy. University of Houston*\n\n"
        "3. **Empower Sequence Labeling with Task-Aware Neural Cribbage Model，AAAI2018** "
        "[paper](https://arxiv.org/pdf/1709.04109.pdf)\n"
        "    *Di Peg, Ed Muggins et al. University of Illinois*(√)\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got[1] == (
        "A Multi-task Approach for Hand Recognition in Social Media Data",
        "ACL",
        2017,
    )
    assert len(got) == 3


def test_systems_conferences_long_names_are_their_venues() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year(
        "Proceedings of the 9th USENIX Symposium on Networked Systems Design and Implementation"
    ) == ("NSDI", None)
    assert find_venue_year(
        "In Proceedings of the 13th USENIX Conference on File and Storage Technologies, 2015"
    ) == ("FAST", 2015)
    assert find_venue_year("Fast storage for networked systems") == (None, None)


def test_faculty_members_named_with_students_for_an_award_are_authors() -> None:
    from papercli.importers.digest.fields import awarded_names

    before = (
        "  • Ph.D. student Ada Moss and faculty members Ben O. Rowe and Cy Nob "
        '(Department of Cribbage) for "'
    )
    assert awarded_names(before) == ["Ada Moss", "Ben O. Rowe", "Cy Nob"]


def test_a_notice_under_the_title_that_this_paper_was_accepted_gives_its_venue() -> None:
    page = (
        "# 7 Papers | 本周论文\n\n**目录：**\n\n"
        "1. Counting Cribbage Hands: A Benchmark for Hand Understanding\n"
        "2. Pegging-Net: Multipath Excitation for Pegging Recognition\n\n"
        "**论文 1：Counting Cribbage Hands: A Benchmark for Hand Understanding**\n\n"
        "- 作者：Ada Moss、Ben Rowe、Cy Nob 等\n"
        "- 论文地址：[https://arxiv.org/pdf/2103.16397.pdf](https://arxiv.org/pdf/2103.16397.pdf)\n\n"
        "摘要：为了促进研究，研究者提出了数据集。\n\n"
        "推荐：本文已被 CVPR 2021 会议接收。\n\n"
        "**论文 2：Pegging-Net: Multipath Excitation for Pegging Recognition**\n\n"
        "- 作者：Di Peg、Ed Muggins\n"
        "- 论文地址：[https://arxiv.org/pdf/2103.07372.pdf](https://arxiv.org/pdf/2103.07372.pdf)\n\n"
        "摘要：本文关注高效视频特征学习。\n\n"
        "推荐：更高效的模块。\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Counting Cribbage Hands: A Benchmark for Hand Understanding", "CVPR", 2021),
        ("Pegging-Net: Multipath Excitation for Pegging Recognition", "arXiv", 2021),
    ]


_DAILY = (
    "## 7. 顶会精选 / Awards & Notable Papers\n"
    "- 会议 / 年份 / 信号类型：ICML / 2025 / accepted\n"
    "  - 论文标题：[PegAgent: Shielding Cribbage Agents via Verifiable Policy Reasoning]"
    "(https://openreview.net/forum?id=DkRYImuQA9)\n"
    "  - 作者机构：待从原文确认\n"
    "  - 方向标签：Agent / Reasoning / Planning\n"
    "  - 和我的研究方向关系：research_relevance 0.94\n"
    "  - 建议行动：watch\n"
    "- 会议 / 年份 / 信号类型：ICLR / 2026 / accepted\n"
    "  - 论文标题：[Q-Crib: Long Context Multi-Step Counting via Value-Based Training]"
    "(https://openreview.net/forum?id=MS9nWFY7LG)\n"
    "  - 作者机构：待从原文确认\n\n"
    "## 8. 经典回顾\n"
    "- 今日新论文继承了什么问题：PegAgent: Shielding Cribbage Agents via Verifiable Policy "
    "Reasoning；Q-Crib: Long Context Multi-Step Counting via Value-Based Training 继承了经典"
    "论文中的问题。\n"
)


def test_a_parent_items_venue_field_gives_its_papers_venue() -> None:
    got = [(p["title"][:8], p["venue"], p["year"]) for p in _papers(_DAILY)]
    assert got == [("PegAgent", "ICML", 2025), ("Q-Crib: ", "ICLR", 2026)]


def test_two_titles_joined_by_a_full_width_semicolon_are_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("PegAgent: Shielding Agents；Q-Crib: Long Context Counting")
    assert not never_title("PegAgent: Shielding Cribbage Agents via Verifiable Policy Reasoning")


def test_a_method_name_in_brackets_before_each_title_is_another_title() -> None:
    page = (
        "# Must-read cribbage papers\n\n"
        "1. (CribVec) Efficient Estimation of Hand Representations in Vector Space. "
        "Ada Moss, Ben Rowe. ICLR 2013.\n"
        "2. (PegGlo) Global Vectors for Peg Representation. Cy Nob, Di Peg. EMNLP 2014.\n"
        "4. (Oral) Deep contextualized hand representations. Gil Box, Hal Skunk. NAACL 2018.\n"
        "5. (HandBERT) Pre-training of Deep Bidirectional Counters. Ivy Run, Jo Go. NAACL 2019.\n"
    )
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got == [
        ("Efficient Estimation of Hand Representations in Vector Space", ["CribVec"]),
        ("Global Vectors for Peg Representation", ["PegGlo"]),
        ("Deep contextualized hand representations", []),  # a kind, no nickname
        ("Pre-training of Deep Bidirectional Counters", ["HandBERT"]),
    ]


def test_a_newsletters_why_this_matters_label_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Why this matters - bio + AI as a new frontier")
    assert never_title("Why it matters")
    assert not never_title("Why Should I Trust You? Explaining the Predictions of Any Classifier")


def test_by_inside_a_link_that_spans_the_whole_title_is_the_titles_own() -> None:
    page = (
        "## Tagging\n"
        "* (2005) [Incorporating Non-local Information into Cribbage Counting Systems by Gibbs "
        "Sampling](https://example.org/gibbs.pdf)\n"
        "  - **TLDR**: A classic.\n"
        "* (2003) [Accurate unlexicalized pegging](https://example.org/peg.pdf)\n"
        "  - **TLDR**: Another classic.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert (
        "Incorporating Non-local Information into Cribbage Counting Systems by Gibbs Sampling"
        in (titles)
    )


def test_an_emoji_shortcode_after_a_linked_title_is_no_field() -> None:
    from papercli.importers.digest.blocks import read_lines

    lines = read_lines(
        "* (2003) [Accurate unlexicalized pegging](https://example.org/p.pdf) :bulb:\n\n"
        "| Year | Title |\n| :---: | :---: |\n| 2003 | Pegging |\n"
    )
    assert lines[0].text.rstrip() == "(2003) Accurate unlexicalized pegging"
    assert [ln.text for ln in lines[1:]] == ["2003", "Pegging"]  # the table still a table


def test_an_entry_header_naming_the_method_gives_the_venue_of_its_title_below() -> None:
    page = (
        "2024年纸牌预测领域的SOTA模型总结\n"
        "一、Transformer-based 模型\n"
        "1. iTransformer (NeurIPS 2023)\n-\n核心创新:逆转传统架构。\n-\n"
        "论文链接:[2310.06625] iTransformer: Inverted Transformers Are Effective for "
        "Time Series Forecasting\n"
        "-\n优势:提升14%。\n"
        "2. TSMixer (ICLR 2024)\n-\n核心创新:纯MLP架构。\n-\n"
        "论文链接:[2306.09364] TSMixer: Lightweight MLP-Mixer Model for Multivariate "
        "Time Series Forecasting\n"
        "-\n优势:训练速度快。\n"
    )
    got = [(p["title"][:8], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("iTransfo", "NeurIPS", 2023), ("TSMixer:", "ICLR", 2024)]


def test_neurips_written_with_a_lower_case_l_is_neurips() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("NeurlPS 2020") == ("NeurIPS", 2020)


def test_a_reading_list_kept_as_a_task_list_titles_its_plain_boxed_items_too() -> None:
    titled = [
        "Can Graph Neural Networks Count Cribbage Hands? (NeurIPS20)",
        "Link Prediction Based on Pegging Networks. (NeurIPS18)",
        "Equivariant and Stable Positional Encoding for More Powerful Hand Counters. (ICLR22)",
        "SetVAE: Learning Hierarchical Composition for Generative Modeling of Hands. (CVPR21)",
        "Neural Structured Prediction for Inductive Peg Classification. (ICLR22)",
        "Learning Representations and Generative Models for 3D Cribbage Boards. (ICML18)",
    ]
    plain = [
        "Spectral Sparsification of Pegging Graphs.",
        "Multiresolution Equivariant Hand AutoEncoder.",
    ]
    page = "## July 2023\n\n" + "\n\n".join(f"- [ ] {t}" for t in titled[:3] + plain + titled[3:])
    titles = [p["title"] for p in _papers(page)]
    assert "Spectral Sparsification of Pegging Graphs" in titles
    assert "Multiresolution Equivariant Hand AutoEncoder" in titles
    assert len(titles) == 8


def test_a_bold_tag_whose_text_ends_in_a_newline_still_marks_the_title() -> None:
    from papercli.importers.digest.blocks import html_to_markdown

    item = (
        '<li> <a href="https://example.org/{0}.pdf"> <b>{1}\n</b> by {2}, <i>et al.</i>\n'
        " in Cell, 2005, 123(6).</a> </li>\n"
    )
    html = (
        "<html><body><h2>Readings</h2>\n"
        + "".join(
            item.format(k, title, name)
            for k, (title, name) in enumerate(
                [
                    ("Real-Time Kinetics of Peg Activity in Individual Boards", "Ada Moss"),
                    ("Evolution at two levels in hands and cribs", "Ben Rowe"),
                    ("Probing the Limits to Positional Counting", "Cy Nob"),
                ]
            )
        )
        + "</body></html>"
    )
    assert "**Real-Time Kinetics of Peg Activity in Individual Boards** " in html_to_markdown(html)
    titles = [p["title"] for p in _papers(html)]
    assert "Real-Time Kinetics of Peg Activity in Individual Boards" in titles
    assert not any("**" in t for t in titles)
