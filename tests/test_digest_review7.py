"""Layouts of real pages read for errors in stop 27, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.records import cut_records
from papercli.importers.digest.scorer import score_lines


def test_a_venue_line_right_under_a_lone_title_keeps_the_link_below_it() -> None:
    page = (
        "©作者 | 王小明\n\n来源 | 某实验室\n\n论文标题:\n\n"
        "Pegging Strategies Learned From Cribbage Self-Play\n\n"
        "NeurIPS 2022\n\n"
        "https://arxiv.org/abs/2202.01234\n\n"
        "本文提出了一种新的自对弈方法，在纸牌游戏上取得了很好的效果。\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == ["Pegging Strategies Learned From Cribbage Self-Play"]
    assert papers[0]["arxiv_id"] == "2202.01234"
    assert (papers[0]["venue"], papers[0]["year"]) == ("NeurIPS", 2022)


def test_a_numbered_chinese_sentence_is_no_paper_of_a_one_paper_post() -> None:
    page = (
        "论文标题:\n\n"
        "Pegging Strategies Learned From Cribbage Self-Play\n\n"
        "NeurIPS 2022\n\n"
        "https://arxiv.org/abs/2202.01234\n\n"
        "本文贡献:\n\n"
        "1. 提出了一种新的自对弈框架，其目标与以往的方法完全相反，"
        "因为即使是轻微的改动也可能导致完全不同的结果;\n\n"
        "2. 为被打乱的牌局计算编辑距离而无需任何额\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Pegging Strategies Learned From Cribbage Self-Play"
    ]


def test_names_nested_under_a_quoted_title_item_are_its_own_not_the_next_ones() -> None:
    page = (
        "### Cards\n"
        '* **"Pegging strategies for two-handed cribbage."**\n'
        "  * Moss et al. ICLR. 2013.\n"
        '* **"Board geometry of the cribbage track."**\n'
        "  * Quill et al. EMNLP. 2014.\n"
        '* **"Counting fifteens with recurrent networks."**\n'
        "  * Rowe et al. TACL. 2017.\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Pegging strategies for two-handed cribbage", 2013),
        ("Board geometry of the cribbage track", 2014),
        ("Counting fifteens with recurrent networks", 2017),
    ]


def test_a_surname_and_et_al_right_under_a_title_is_its_first_author() -> None:
    page = (
        '* **"Pegging strategies for two-handed cribbage."**\n'
        "  * Sutskever et al. NeurIPS. 2014.\n"
        '* **"Board geometry of the cribbage track."**\n'
        "  * Vaswani et al. NeurIPS. 2017.\n"
    )
    got = [(p["authors"], p["venue"]) for p in _papers(page)]
    assert got == [(["Sutskever"], "NeurIPS"), (["Vaswani"], "NeurIPS")]


def test_a_year_and_a_date_after_a_numbered_title_are_not_part_of_it() -> None:
    page = (
        "论文整理——按照时间线\n"
        "1. Pegging Strategies for Two-Handed Cribbage ICML 2019 2019.2.2\n"
        "motivation:\n将计数规则加入到模型中，只改变少量的参数。\n"
        "2. Board Geometry of the Cribbage Track 2019 2019.3.14\n"
        "motivation:\n冻结还是微调？这是一个值得考虑的问题。\n"
        "3. Counting Fifteens With Recurrent Networks 2019 2019.9.2\n"
        "motivation:\n利用语言模型的分数完成牌局的筛选。\n"
        "4. Can Language Models Count Cribbage Hands? ACL 2019 -2019.9.3\n"
        "motivation:\n语言模型可以作为计数知识的潜在表示。\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Pegging Strategies for Two-Handed Cribbage", 2019),
        ("Board Geometry of the Cribbage Track", 2019),
        ("Counting Fifteens With Recurrent Networks", 2019),
        ("Can Language Models Count Cribbage Hands?", 2019),
    ]


def test_latex_accents_in_a_listing_s_names_are_decoded_not_lost() -> None:
    page = (
        "1. Pegging Strategies for Two-Handed Cribbage Authors: Ada Moss, "
        "Victor R\\\"uhle, Martin Tak\\'a\\v{c}, Sen Quill\n"
        "2. Board Geometry of the Cribbage Track Authors: Ben Rowe, Cy Lund\n"
    )
    papers = _papers(page)
    assert papers[0]["authors"] == ["Ada Moss", "Victor Rühle", "Martin Takáč", "Sen Quill"]


def test_an_authors_label_on_the_title_line_ends_the_title_even_for_one_name() -> None:
    page = (
        "Architecture and Training Dynamics (3)\n\n"
        "  1. Pegging Strategies: Two-Handed Cribbage Under Self-Play Authors: Haozhou Moss\n\n"
        "  2. Board Geometry of the Cribbage Track Authors: Ben Rowe, Cy Lund\n\n"
        "  3. Counting Fifteens With Recurrent Networks Authors: Ada Quill, Sen Na\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got[0] == ("Pegging Strategies: Two-Handed Cribbage Under Self-Play", ["Haozhou Moss"])


def test_two_title_author_and_identifier_triples_make_an_award_page() -> None:
    page = (
        "CribCon 2024 Test of Time Award\n\n"
        "For the inaugural award, the chairs examined papers from CribCon 2013 and 2014.\n\n"
        "Test of Time\n\n"
        "Auto-Pegging Variational Boards\n\n"
        "Ada Moss, Ben Rowe\n\n"
        "https://arxiv.org/abs/1312.06114\n\n"
        "Probabilistic pegging is one of the most fundamental ways in which we count.\n\n"
        "Runner Up\n\n"
        "Intriguing properties of cribbage networks\n\n"
        "Cy Lund, Dee Quill, Eve Stone\n\n"
        "https://arxiv.org/abs/1312.06199\n\n"
        "With the rising popularity of cribbage engines, it is important to understand them.\n"
    )
    got = [(p["title"], p["authors"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("Auto-Pegging Variational Boards", ["Ada Moss", "Ben Rowe"], "1312.06114"),
        (
            "Intriguing properties of cribbage networks",
            ["Cy Lund", "Dee Quill", "Eve Stone"],
            "1312.06199",
        ),
    ]


def test_a_table_row_with_a_named_title_column_gives_one_record() -> None:
    page = (
        "| 年份 | 核心机制 (Mechanism) | 标题 (Title) | 资源 |\n"
        "| :--- | :--- | :--- | :--- |\n"
        "| 2026 | **Scale-wise Pegging** | **PegMAR: Multi-Scale Pegging Models** "
        "| [PDF](https://arxiv.org/pdf/2601.11184) |\n"
        "| 2025 | **Test-Time Memory** | Tritons: Learning to Count at Test Time "
        "| [PDF](https://arxiv.org/pdf/2501.00663) |\n"
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:  # the model believes every cell but the year and the links
            keep = "whole" in cand.how and not cand.text[:1].isdigit() and cand.text != "PDF"
            cand.score = 0.9 if keep else 0.0
    titles = [r.title.text for r in cut_records(lines, scored, 0.5)]
    assert titles == [
        "PegMAR: Multi-Scale Pegging Models",
        "Tritons: Learning to Count at Test Time",
    ]


def test_a_reference_title_that_asks_a_question_keeps_its_subtitle() -> None:
    page = (
        "### References\n\n"
        "1. Moss, A., Rowe, B., & Lund, C. (2023). What makes cribbage hands related? A "
        "counting dataset and empirical study. Proceedings of the 17th Conference on "
        "Cribbage, 782–796. [https://doi.org/10.1/x.55](https://doi.org/10.1/x.55)\n\n"
        "2. Quill, D., & Stone, E. (2007). The pegging similarity distance. IEEE Transactions "
        "on Card Games, 19(3), 370–383. [https://doi.org/10.1/y.48](https://doi.org/10.1/y.48)\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "What makes cribbage hands related? A counting dataset and empirical study",
        "The pegging similarity distance",
    ]


def test_a_wrapped_name_over_the_rest_of_its_list_is_no_title() -> None:
    page = (
        "Best Papers\n\n"
        "Pegging Strategies for Two-Handed Cribbage\n"
        "Ada Moss, Ben Rowe, Cy Lund\n\n"
        "Board Geometry of the Cribbage Track\n"
        "Dee Quill, Eve Stone\n\n"
        "Counting Fifteens With Recurrent Networks\n"
        "Fay Hart, Gus Lane and Hal Ives\n\n"
        "Muggins and the Art of Claiming Points\n"
        "Ida Jones\n"
        "Jon Kerr, Kim Lee\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Ida Jones" not in titles
    assert "Pegging Strategies for Two-Handed Cribbage" in titles


def test_a_venue_tag_in_a_column_of_its_own_is_cut_off_the_title() -> None:
    page = (
        "## Pegging\n"
        "- Abnormal Pegging Detection using Spatiotemporal Boards | **[CRIB' 17]** | "
        "[`[pdf]`](https://arxiv.org/pdf/1701.01546.pdf)\n"
        "- Real-world Muggins Detection in Surveillance Games | **[arXiv' 18]** | "
        "[`[pdf]`](https://arxiv.org/abs/1801.04264) [`[project page]`](https://x.org/p/)\n"
        "- Counting Fifteens With Recurrent Networks  | **[CVPR Workshop' 18]** | "
        "[`[pdf]`](https://openaccess.thecvf.com/w3/Wei_Counting_CVPR_2018_paper.pdf)\n"
        "- Graph Convolutional Crib Cleaner | [CVPR'19] | [`[pdf]`](https://arxiv.org/pdf/1903.03295.pdf)\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Abnormal Pegging Detection using Spatiotemporal Boards",
        "Real-world Muggins Detection in Surveillance Games",
        "Counting Fifteens With Recurrent Networks",
        "Graph Convolutional Crib Cleaner",
    ]


def test_titles_by_names_and_a_bracketed_year_with_remarks_after_them() -> None:
    page = (
        "This is a list of wonderful papers on cribbage, reflecting my own tastes.\n"
        "Least Squares Pegging in Cribbage by Stuart P Moss (1982 but he had it earlier). "
        "Definition of the pegging algorithm.\n"
        "Annealed importance counting by Radford Rowe (2001).\n"
        "Exact Hand Completion via Convex Optimization by Lund and Quill (2009). Completion.\n"
    )
    got = {p["title"]: p["year"] for p in _papers(page)}
    assert got["Least Squares Pegging in Cribbage"] == 1982
    assert got["Annealed importance counting"] == 2001
    assert got["Exact Hand Completion via Convex Optimization"] == 2009


def test_numbered_titles_by_names_in_a_year_with_citation_counts() -> None:
    page = (
        "Top Five Cribbage Papers\n\n"
        "The list is based on the number of citations.\n\n"
        "5. Pegging is all you need by Ada Moss, Ben Rowe in 2017, Cited by 18178\n\n"
        "In the paper Pegging Is All You Need, the architecture was proposed. It counts.\n\n"
        "4. Language Models are Few-Shot Cribbage Players (CRIB-3) by Cy Lund, Dee Quill "
        "in 2020, Cited by 3796\n\n"
        "CRIB-3 is a deep-learning model for cribbage that has 175 billion parameters.\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Pegging is all you need", 2017),
        ("Language Models are Few-Shot Cribbage Players", 2020),
    ]


def test_a_numbered_list_run_onto_one_line_is_split_into_its_entries() -> None:
    page = (
        "本文整理了最近一年顶会中纸牌游戏相关的论文。\n"
        "1. Sequential Pegging with Self-attentive Multi-adversarial Boards. SIGIR 20202. "
        "KERL: A Knowledge-Guided Model for Sequential Pegging. SIGIR 2020 【SR + KG】3. "
        "Modeling Personalized Card Frequency for Next-hand Counting. SIGIR 2020 【频率】4. "
        "Global Context Enhanced Networks for Session-based Cribbage. SIGIR 20205. "
        "Time Matters: Sequential Counting with Complex Temporal Hands. KDD 2020\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Sequential Pegging with Self-attentive Multi-adversarial Boards", "SIGIR", 2020),
        ("KERL: A Knowledge-Guided Model for Sequential Pegging", "SIGIR", 2020),
        ("Modeling Personalized Card Frequency for Next-hand Counting", "SIGIR", 2020),
        ("Global Context Enhanced Networks for Session-based Cribbage", "SIGIR", 2020),
        ("Time Matters: Sequential Counting with Complex Temporal Hands", "KDD", 2020),
    ]


def test_a_long_line_that_counts_out_of_order_stays_whole() -> None:
    from papercli.importers.digest.blocks import _unglued

    line = "1. Pegging basics, then 3. Counting fifteens and 2019 was good. " * 5
    assert _unglued(line) == line


def test_a_glued_list_longer_than_a_source_line_is_split_before_lines_are_cut() -> None:
    words = ["Pegging", "Counting", "Boards", "Muggins", "Fifteens", "Cribs", "Hands", "Nobs"]
    entries = "".join(
        f"{words[k % 8]} {words[k // 8 % 8]} for {words[k // 64 % 8]} Networks. SIGIR 2020{k + 1}. "
        for k in range(1, 500)
    )
    papers = parse_digest("1. " + entries).papers
    assert len(papers) > 400  # 25 KB on one line: more than a source line keeps


def test_a_system_s_name_before_its_paper_in_chinese_prose_is_no_writer() -> None:
    page = (
        "小编导读：纸牌技术进入认知智能时代，将给亿万玩家带来更加智能的游戏体验。经过两年的探索与"
        "实践，纸牌认知图谱 CribCoCo 已成体系规模，并在搜索推荐等核心业务场景上取得佳绩，关于 "
        "CribCoCo 的文章《CribCoCo: Cribbage Cognitive Concept Net》也已被国际顶会 SIGMOD 接收，"
        "这是首次正式揭秘领域知识图谱。\n"
        "本文将通过介绍 CribCoCo 的背景、定义、底层设计、构建过程中的一些算法问题，分享 CribCoCo "
        "从诞生到成为核心引擎的思考。\n"
        "本文作者：认知图谱团队 Ada Moss, Ben Rowe, Cy Lund and Dee Quill\n"
        "近年来纸牌搜索、推荐算法已经取得了长足的进步，但目前的体验依然还称不上智能。\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == ["CribCoCo: Cribbage Cognitive Concept Net"]
    assert "CribCoCo" not in papers[0]["authors"]


def test_a_numbered_list_run_onto_the_line_of_its_introduction_is_split() -> None:
    page = (
        "本报告精选纸牌领域最具代表性的论文，依主题分区介绍，"
        "希望做到一件很单纯的事：读懂脉络。 --- "
        "1. A Logical Calculus of the Ideas Immanent in Pegging (1943) 作者：Ada Moss --- "
        "2. Computing Machinery and Cribbage (1950) 作者：Ben Rowe --- "
        "3. The Perceptron: A Probabilistic Model for Counting Hands (1958) 作者：Cy Lund\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("A Logical Calculus of the Ideas Immanent in Pegging", 1943),
        ("Computing Machinery and Cribbage", 1950),
        ("The Perceptron: A Probabilistic Model for Counting Hands", 1958),
    ]


def test_a_linked_citation_of_names_and_a_quoted_title_names_the_quoted_title() -> None:
    page = (
        "## Week 2: Planning\n"
        '  - [Moss, Ada and Ben Rowe. "Anytime Pegging Trees."](https://x.org/a.pdf)\n'
        '  - [C. Lund and D. Quill, "R* Counting"](https://x.org/b.pdf)\n'
        "## Week 3: Topics\n"
        '  - [Stone and Hart, "Dynamic Cribbage Models"](https://x.org/c.pdf)\n'
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert ("Anytime Pegging Trees", ["Ada Moss", "Ben Rowe"]) in got
    assert ("R* Counting", ["C. Lund", "D. Quill"]) in got


def test_a_quoted_title_wrapped_over_two_source_lines_is_one_title() -> None:
    page = (
        'Ada Moss Receives the Cribbage "Test of Time" Award\n\n'
        'Emeritus Professor Ada Moss has received the first "Test of Time" award for her paper '
        'in CribCon 91: "The Omega peg: a fast and practical\n'
        'integer counting algorithm for dependence analysis". The paper was selected from all '
        "the papers published at the conference between 1988\n"
        "and 2003. This is the first time the award has been granted.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "The Omega peg: a fast and practical integer counting algorithm for dependence analysis"
    ]


def test_a_project_s_own_materials_are_no_papers() -> None:
    page = (
        "## Project based resources\n\n"
        "- [Intro PPT](https://github.com/x/y/blob/master/intro.pdf)\n"
        "- [Mid Term Presentation](https://github.com/x/y/blob/master/mid.pdf)\n"
        "- [Final Project Report](https://github.com/x/y/blob/master/final.pdf)\n"
        "- [Problem Statement link](https://example.org/task/)\n\n"
        "### References\n\n"
        "1. Moss, A., & Rowe, B. (2022). Pegging similarity for two-handed cribbage using "
        "transfer learning. PLOS ONE, 17(8), e0272991. https://doi.org/10.1371/x.1\n\n"
        "2. Lund, C., & Quill, D. (2007). The cribbage similarity distance. IEEE Transactions "
        "on Card Games, 19(3), 370–383. https://doi.org/10.1109/y.48\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Pegging similarity for two-handed cribbage using transfer learning",
        "The cribbage similarity distance",
    ]


def test_arxiv_s_older_pdf_address_gives_the_arxiv_id() -> None:
    page = (
        "- Challenges in Time-Stamp Aware Pegging in Cribbage Games | **[CRIB' 19]** | "
        "[`[pdf]`](https://arxiv.org/ftp/arxiv/papers/1906/1906.04574.pdf)\n"
        "- Learning Regularity in Pegging Trajectories | **[CRIB' 19]** | "
        "[`[pdf]`](https://arxiv.org/pdf/1903.03295.pdf)\n"
    )
    papers = _papers(page)
    assert [p["arxiv_id"] for p in papers] == ["1906.04574", "1903.03295"]
    assert papers[0]["pdf_url"] == "https://arxiv.org/ftp/arxiv/papers/1906/1906.04574.pdf"


def test_english_titles_with_reference_numbers_in_chinese_prose() -> None:
    page = (
        "本文试图沿着纸牌游戏的历史脉络，一步步讲到当前用得最火的计数方法。\n"
        "- 本文的提纲主要参考了3篇纸牌游戏的综述，分别是来自某学会的A Comprehensive Survey on "
        "Cribbage Pegging Networks[1] 来自某大学老师组的Deep Counting on Boards: A Survey[7]，"
        "以及来自某大学老师组的Cribbage Networks: A Review of Methods and Applications[14]，"
        "在这里向三篇综述的作者表示敬意。\n"
    )
    titles = {p["title"] for p in _papers(page)}
    assert "Cribbage Networks: A Review of Methods and Applications" in titles
    assert "Deep Counting on Boards: A Survey" in titles
