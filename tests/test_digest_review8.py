"""Layouts of real pages read for errors in stop 28, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.names import parse_names


def test_roles_before_names_are_not_part_of_the_names() -> None:
    assert parse_names("LTI Assistant Professor Ann Moss and CMU PhD student Bo Quill") == [
        "Ann Moss",
        "Bo Quill",
    ]
    assert parse_names("Research Professor Emeritus Cal Rowe and students Di Peg, Ed Nob") == [
        "Cal Rowe",
        "Di Peg",
        "Ed Nob",
    ]


def test_co_authored_titles_of_a_dated_news_item_take_the_venue_of_this_years_meeting() -> None:
    page = (
        "Friday, July 14, 2023 - by Fay Crib\n\n"
        "Lab researchers had much to celebrate at this year's Association for Computational "
        "Linguistics (ACL) annual meeting, taking home two awards.\n\n"
        "The honorees included two papers that won Outstanding Paper awards:\n\n"
        "  • Pegging Strategies: Characterizing Biases of Cribbage Hands, co-authored by "
        "CRB Assistant Professor Ann Moss and CMU PhD student Bo Quill\n"
        "  • Counting Fifteens via the Lens of Crib Discard Analysis, co-authored by "
        "CRB Research Professor Emeritus Cal Rowe and CRB PhD student Di Peg\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Pegging Strategies: Characterizing Biases of Cribbage Hands",
            ["Ann Moss", "Bo Quill"],
            "ACL",
            2023,
        ),
        (
            "Counting Fifteens via the Lens of Crib Discard Analysis",
            ["Cal Rowe", "Di Peg"],
            "ACL",
            2023,
        ),
    ]


def test_each_quoted_title_in_a_line_of_prose_takes_the_names_written_after_it() -> None:
    page = (
        "Annual Best Cribbage Paper Competition\n\n"
        "The winning paper, “Pegging Hyperproperties with Temporal Logic of Hands,” authored by "
        "Ann Moss and Bo B. Quill, from Crib Research and Peg University respectively, answers a "
        "key question: how can you ensure that a count is correct? An honorable mention award "
        "was given to “Defensive Discards by Novice Players during the Winter League,” written "
        "by Cal Rowe, Di Peg, Ed Nob, and Fay G. Crib, of Peg University and Crib College "
        "respectively.\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got == {
        "Pegging Hyperproperties with Temporal Logic of Hands": ["Ann Moss", "Bo B. Quill"],
        "Defensive Discards by Novice Players during the Winter League": [
            "Cal Rowe",
            "Di Peg",
            "Ed Nob",
            "Fay G. Crib",
        ],
    }


def test_titles_cited_with_their_names_and_a_bracketed_year_after_a_comma() -> None:
    page = (
        "Cribbage Test of Time Awards 2020\n\n"
        "A First Step Towards Automated Counting of Pegging Runs, Ann Moss, Bo B. Quill, "
        "Cal Rowe (2000)\n\n"
        "This paper introduced the use of static counting for finding runs in the crib.\n\n"
        "The Design and Implementation of Datagram Crib, Di Peg and Ed Nob (2004)\n\n"
        "This paper introduced the crib protocol.\n\n"
        "Dynamic Taint Analysis for Automatic Detection, Analysis, and Discard Generation of "
        "Hands, Fay Crib and Gus Hob (2005)\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "A First Step Towards Automated Counting of Pegging Runs",
            ["Ann Moss", "Bo B. Quill", "Cal Rowe"],
            2000,
        ),
        ("The Design and Implementation of Datagram Crib", ["Di Peg", "Ed Nob"], 2004),
        (
            "Dynamic Taint Analysis for Automatic Detection, Analysis, and Discard Generation "
            "of Hands",
            ["Fay Crib", "Gus Hob"],
            2005,
        ),
    ]


def test_a_title_by_a_surname_then_more_names_is_not_cut_after_the_first_surname() -> None:
    page = (
        "Wonderful cribbage papers\n\n"
        "On pegging runs by Moss, Quill and Rowe (2001).\n\n"
        "Counting the crib paper by Peg, Nob, and Crib (2006).\n\n"
        "Discards in the box by Hob and Lee (1998).\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not [t for t in titles if t.endswith(("by Moss", "by Peg", "by Hob"))]


def test_a_line_over_its_papers_link_label_is_its_title() -> None:
    page = (
        "AAAI 2022|克里比奇论文究竟关注什么?\n\n"
        "编者按:今天我们为大家精选了其中的两篇进行分享。\n\n"
        "01\n\n"
        "基于自对弈生成的可预测出牌策略适应\n\n"
        "论文链接:\nhttps://arxiv.org/abs/2201.01234\n"
        "代码链接:\nhttps://github.com/crib/peg\n\n"
        "在纸牌游戏中,由于对手的不稳定性,出牌分布常常会随时间变化。\n\n"
        "02\n\n"
        "我们提出的方法在三个数据集上都取得了最好的结果。\n\n"
        "论文链接:\nhttps://arxiv.org/abs/2201.04321\n"
    )
    got = [(p["title"], p["arxiv_id"], p["code_url"]) for p in _papers(page)]
    assert got == [
        ("基于自对弈生成的可预测出牌策略适应", "2201.01234", "https://github.com/crib/peg")
    ]


def test_a_section_of_projects_names_no_papers_beside_a_section_of_papers() -> None:
    page = (
        "# Cribbage News\n\n"
        "## Projects in the Spotlight\n\n"
        "1. Pegboard by Ann Moss\n"
        "2. Crib Counter by Bo Quill\n"
        "3. Muggins by Cal Rowe and Di Peg\n\n"
        "## Featured Papers\n\n"
        "1. Counting Fifteens: A Calculus of Cribbage Hands by Ed Nob\n"
        "2. Pegging Strategies Learned From Cribbage Self-Play by Fay Crib and Gus Hob\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not {"Pegboard", "Crib Counter", "Muggins"} & {t.split(" by ")[0] for t in titles}
    assert len(titles) == 2


def test_an_apa_citation_with_its_title_in_quotes_ends_the_title_at_the_quotes() -> None:
    page = (
        "Chapter 36: Further Reading\nFoundational Texts\n-\n"
        "Moss, A. & Quill, B. (2018). Cribbage: An Introduction, 2nd ed. Crib Press. The "
        "definitive textbook on pegging.\n-\n"
        'Rowe, C. J. C. H. & Peg, D. (1992). "Muggins." Cribbage Learning, 8(3-4), 279--292. '
        "The original muggins paper proving convergence of tabular counting.\n-\n"
        'Nob, G. A. & Crib, M. (1994). "On-Line Pegging Using Connectionist Systems." Technical '
        "Report CUED/F-INFENG/TR 166. University of Cribbage. Introduces a counter.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Muggins" in titles
    assert "On-Line Pegging Using Connectionist Systems" in titles
    assert not [t for t in titles if '"' in t]


def test_a_site_pages_markdown_under_a_head_of_scripts_is_read_as_markdown() -> None:
    page = (
        "<head>\n"
        '    <script src="https://cdn.example.org/mathjax.js" type="text/javascript"></script>\n'
        '    <script type="text/x-mathjax-config">\n'
        "        MathJax.Hub.Config({ tex2jax: { inlineMath: [['$','$']] } });\n"
        "    </script>\n"
        "</head>\n\n"
        "# 2022年组会安排\n\n"
        "## 2. 论文阅读记录\n"
        "### Week #02\n\n"
        "论文题目：\n\n"
        'Moss, Ann, Bo Quill, and Cal Rowe. "Peg-Net: Dual Context Network for Cribbage '
        'Hands." Paper presented at the MICCAI 2021, Cham, 2021.\n\n'
        "阅读PPT：\n\n"
        "### Week #03\n"
        "论文题目：\n\n"
        'Peg, Di, Ed Nob, and Fay Crib. "Fighting Count Imbalance With Contrastive Pegging." '
        "Paper presented at the MICCAI 2021, Cham, 2021.\n\n"
        "阅读PPT：\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Peg-Net: Dual Context Network for Cribbage Hands",
            ["Ann Moss", "Bo Quill", "Cal Rowe"],
            "MICCAI",
            2021,
        ),
        (
            "Fighting Count Imbalance With Contrastive Pegging",
            ["Di Peg", "Ed Nob", "Fay Crib"],
            "MICCAI",
            2021,
        ),
    ]


def test_a_readers_rating_after_the_link_labels_is_no_part_of_the_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.scorer import score_lines

    page = (
        "# Recent Notes\n"
        "- Pegging Strategies for Two-Handed Cribbage [[paper](https://arxiv.org/pdf/1901.00001)]"
        " [[my repo](https://github.com/crib/notes/a.pdf)] (1)\n"
    )
    lines = read_lines(page)
    texts = {c.text for c in score_lines(lines)[1]}
    assert "Pegging Strategies for Two-Handed Cribbage" in texts
    assert not [t for t in texts if t.startswith("Pegging") and t.endswith("(1)")]


def test_a_notes_one_citation_under_its_bibliography_heading_is_its_paper() -> None:
    page = (
        "# Peg Codes\n## Authors\n\n  - Ann Moss\n  - Bo Quill\n\n"
        "## DOI\n\nhttps://doi.org/10.1145/2810103.2813728.\n\n"
        "## Bibliography entry\n\n"
        "Moss, Ann, and Bo Quill. ‘Peg Codes: Fast, Authenticated Crib Codes (Or: Making "
        "Rapid Muggins Unstoppable)’. In Proceedings of the 22nd Cribbage Conference, 1032–47. "
        "New York, NY, USA: Crib Press, 2015. https://doi.org/10.1145/2810103.2813728.\n\n"
        "## Summary\n\nThe paper addresses the problem of adversarial pegging.\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"], p["year"]) for p in papers] == [
        (
            "Peg Codes: Fast, Authenticated Crib Codes (Or: Making Rapid Muggins Unstoppable)",
            ["Ann Moss", "Bo Quill"],
            2015,
        )
    ]
    assert papers[0]["doi"] == "10.1145/2810103.2813728"


def test_an_authors_label_in_lenticular_brackets_names_the_authors() -> None:
    page = (
        "ACM Cribbage Conference 2017\n\n"
        "Keynote Session - Grand Challenges in Pegging\n\n"
        "1. The Next 700 Pegging Engines.\n\n"
        "Paper Link】 【Pages】:1-2\n\n"
        "【Authors】: Ann Moss\n\n"
        "【Abstract】: In this talk, we discuss the implications of these trends.\n\n"
        "2. What Are We Doing With Our Hands?: Nobody Cares About Our Crib Research.\n\n"
        "Paper Link】 【Pages】:3-4\n\n"
        "【Authors】: Bo Quill, Cal Rowe\n\n"
        "【Abstract】: We look back at a decade of counting.\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got == {
        "The Next 700 Pegging Engines": ["Ann Moss"],
        "What Are We Doing With Our Hands?: Nobody Cares About Our Crib Research": [
            "Bo Quill",
            "Cal Rowe",
        ],
    }


def test_references_whose_titles_end_at_a_double_slash_are_read_with_their_venues() -> None:
    page = (
        "克里比奇算法综述\n\n"
        "Moss A, Quill B and Rowe C. 2020. P-GCN: multi-scale pegging convolution for "
        "semi-supervised crib counting//Proceedings of the 35th Uncertainty in Artificial "
        "Intelligence Conference. Tel Aviv, Israel: PMLR: 841-851\n\n"
        "Peg D, Nob E and Crib F. 2019. MixPeg: higher-order pegging architectures via sparsified "
        "hand mixing//Proceedings of the 36th International Conference on Machine Learning. "
        "Long Beach, USA: PMLR: 21-29\n\n"
        "Hob G and Lee H. 2018. Crib graphs with learned discards//Proceedings of the Workshop "
        "on Pegging. Peg City: Crib Press: 1-9\n"
    )
    got = {p["title"]: (p["venue"], p["year"]) for p in _papers(page)}
    assert got["P-GCN: multi-scale pegging convolution for semi-supervised crib counting"] == (
        "UAI",
        2020,
    )
    assert got["MixPeg: higher-order pegging architectures via sparsified hand mixing"] == (
        "ICML",
        2019,
    )
    assert got["Crib graphs with learned discards"] == (
        "Proceedings of the Workshop on Pegging",
        2018,
    )


def test_a_proceedings_series_gives_way_to_the_conference_it_prints() -> None:
    from papercli.importers.venues import find_venue_year

    text = "Proceedings of the 36th International Conference on Machine Learning. PMLR: 21-29"
    assert find_venue_year(text)[0] == "ICML"
    assert find_venue_year("PMLR 2019") == ("PMLR", 2019)


def test_titles_after_their_first_author_et_al_are_read_with_that_author() -> None:
    page = (
        "IJCAI2019 に聴講参加してきました。\n"
        "興味深かった論文\n"
        "Ann Moss et.al, Heterogeneous Crib Matching Networks for Unknown Hand Detection\n"
        "未知の手を検出する研究。\n\n"
        "Bo Quill et.al, Quaternion Collaborative Pegging for Recommendation\n"
        "4元数をもちいた協調フィルタリング。\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Heterogeneous Crib Matching Networks for Unknown Hand Detection", ["Ann Moss"]),
        ("Quaternion Collaborative Pegging for Recommendation", ["Bo Quill"]),
    ]


def test_a_name_and_institution_before_a_dash_and_a_quoted_title_is_its_author() -> None:
    page = (
        "Contest Unearths Cribbage Research\n\n"
        "The finalists and their papers:\n\n"
        "- Ann Moss, University of Illinois at Chicago – “No Muggins: Automated Blackbox "
        "Detection of Pegging Opportunities in Crib Hands;”\n"
        "- Bo Quill, University of Michigan – “Large-Scale Hand Indexing Using Count Graphs;”\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got == {
        "No Muggins: Automated Blackbox Detection of Pegging Opportunities in Crib Hands": [
            "Ann Moss"
        ],
        "Large-Scale Hand Indexing Using Count Graphs": ["Bo Quill"],
    }


def test_two_quoted_award_titles_in_one_sentence_take_their_names_and_the_awards_venue() -> None:
    page = (
        "SIGCRIB 2019 Awards\n\n"
        "Best papers\n\n"
        "The Best Paper Awards for CRIB 2019 went to “Efficient and Scalable Muggins Violation "
        "Detection” by Ann Moss (University of Peg), Bo Quill (Crib Research), Cal Rowe "
        "(Berkeley), and “Scaling Symbolic Counting for Automated Verification of Hands with "
        "Serval” by Di Peg (University of Crib), Ed Nob (Peg Research).\n"
    )
    got = {p["title"]: (p["authors"], p["year"]) for p in _papers(page)}
    assert got == {
        "Efficient and Scalable Muggins Violation Detection": (
            ["Ann Moss", "Bo Quill", "Cal Rowe"],
            2019,
        ),
        "Scaling Symbolic Counting for Automated Verification of Hands with Serval": (
            ["Di Peg", "Ed Nob"],
            2019,
        ),
    }


def test_a_cut_off_bibtex_entry_without_its_keys_comma_is_read_and_its_volume_is_not() -> None:
    page = (
        "@Proceedings{findings-CRIB2023:2023,\n"
        "  editor    = {Moss, Ann  and  Quill, Bo},\n"
        '  title     = {"Proceedings of the 22nd National Conference on Cribbage"},\n'
        '  year           = {"2023"},\n'
        "}\n\n"
        "@inproceedings{Rowe-etal-2023-peg\n"
        "    author = {Cal, Rowe  and  Di, Peg},\n"
        "    title = {基于软掩码的克里比奇计分(Hybrid Pegging Counts Based on Soft Masking)},\n"
        '    booktitle = {"Findings of the 22nd National Conference on Cribbage"},\n'
        '    year = {"2023"},\n'
        "    url = {https://aclanthology.org/2023.findings-crib-1.1},\n"
        "    pages = {1--12},\n"
        '    abstract = {"克里比奇计分需要从异质数据中进行数值推理得到答案，当前的研究将'
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"], p["venue"], p["year"]) for p in papers] == [
        (
            "Hybrid Pegging Counts Based on Soft Masking",
            ["基于软掩码的克里比奇计分"],
            "Findings of the 22nd National Conference on Cribbage",
            2023,
        )
    ]


def test_a_venue_label_over_a_list_gives_its_year_to_every_title_in_it() -> None:
    page = (
        "FOCS 2022 Test of Time Awards\n\n"
        "FOCS 2012\n\n"
        "  • A Tight Linear Time (1/2)-Approximation for Unconstrained Cribbage Maximization\n"
        "    Ann Moss, Bo Quill, Cal Rowe, Di Peg\n"
        "    This paper gives a ½-approximation algorithm for the fundamental problem of "
        "maximizing a cribbage hand.\n\n"
        "  • Optimal Multi-dimensional Pegging Design: Reducing Revenue to Welfare Maximization\n"
        "    Ed Nob, Fay Crib, G. Hob Lee\n"
        "    This paper presents a general reduction that converts a large class of pegging "
        "problems.\n"
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("FOCS", 2012), ("FOCS", 2012)]


def test_a_title_over_one_full_name_is_a_title_among_titles_over_name_lists() -> None:
    page = (
        "Ten cribbage papers worth reading\n\n"
        "1. Pegging Nets (1995)\n"
        "“Pegging-Vector Networks”\n"
        "Moss, Quill\n"
        "Introduced pegging nets, demonstrating how to find optimal discards.\n"
        "2. Crib Forests (2001)\n"
        "“Crib Forests”\n"
        "Leo Hobart\n"
        "Ensemble counting that remains one of the most robust methods.\n"
        "3. Muggins (2014)\n"
        "“Muggins: A Simple Way to Prevent Counting Errors”\n"
        "Rowe, Peg, Nob\n"
        "A simple way to claim missed points.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Crib Forests" in titles


def test_one_full_name_is_a_person_not_a_menu_or_a_phrase() -> None:
    from papercli.importers.names import one_full_name

    assert one_full_name("Leo Hobart") and one_full_name("Geoffrey E. Hinton")
    assert not one_full_name("Home   Archive   About   Subscribe")
    assert not one_full_name("Read More")
    assert not one_full_name("Ann Moss, Bo Quill")


def test_a_title_line_restated_in_the_prose_below_keeps_its_own_link() -> None:
    page = (
        "https://arxiv.org/pdf/2509.21193\n"
        "这个系统就是让AI像人类专家一样自然地打牌。\n"
        "Emergent Abilities of Large Cribbage Models\n"
        "https://arxiv.org/abs/2206.07682\n"
        "2022年,来自某研究院等机构的研究团队发布了《Emergent Abilities of Large Cribbage Models》,"
        "这篇论文探讨了大模型中一个令人着迷的现象\n"
        "https://arxiv.org/pdf/2001.08361\n"
        "2020年,某实验室发布了《Scaling Laws for Neural Cribbage Models》,这篇论文通过大规模实验"
        "研究了模型性能与规模之间的关系\n"
        "论文最重要的发现是模型性能与三个关键因素呈现精确的幂律关系\n"
        "https://arxiv.org/pdf/2509.13232\n"
        "当前大模型的策略梯度优化主要采用基于组的方法。\n"
    )
    got = {p["title"]: p["arxiv_id"] for p in _papers(page)}
    assert got == {
        "Emergent Abilities of Large Cribbage Models": "2206.07682",
        "Scaling Laws for Neural Cribbage Models": "2001.08361",
    }


def test_a_docs_sites_anchor_text_is_a_heading_not_part_of_the_title_under_it() -> None:
    page = (
        "核心论文\n"
        "Section titled “Cribbage 基础”Pegging Is All You Need\n"
        "Section titled “Pegging Is All You Need”作者: Moss et al. (Crib Lab, 2017)\n"
        "链接: https://arxiv.org/abs/1706.03762\n"
        "Section titled “Tool Use”Crib Counter: Language Models Can Teach Themselves to Count\n"
        "Section titled “Crib Counter: Language Models Can Teach Themselves to Count”作者: "
        "Quill et al. (Peg Lab, 2023)\n"
        "链接: https://arxiv.org/abs/2302.04761\n"
    )
    result = parse_digest(page)
    assert [p.title for p in result.papers] == [
        "Pegging Is All You Need",
        "Crib Counter: Language Models Can Teach Themselves to Count",
    ]
    assert not [p.title for p in result.uncertain if "Section titled" in p.title]


def test_a_pages_test_of_time_award_names_the_venue_of_its_table_of_papers() -> None:
    page = (
        "When the Test of Time Award guidelines were created, eligible papers were identified "
        "as those published 10 to 12 years prior.\n"
        "From this graded list, 30 papers were selected to receive a KDD Test of Time Award.\n"
        "Year | Title | Author(s) |\n"
        "---|---|---|\n"
        "1980 | Probabilistic Models of Pegging and Counting | A. Moss & B. Quill |\n"
        "1982 | The Unified Probabilistic Model for Cribbage | C. Rowe, D. Peg & E. Nob |\n"
        "1985 | The Crib Hypothesis Revisited | F. Crib |\n"
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("KDD", 1980), ("KDD", 1982), ("KDD", 1985)]


def test_a_title_run_into_its_first_authors_name_is_cut_before_the_name() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.scorer import score_lines

    page = (
        "2011\n"
        "CRIB '11Best Paper:A Study of Practical PeggingDutch T. Moss, Crib Research and the "
        "University of Peg; William J. Quill, Crib Research\n"
        "Best Student Paper:Board Counting via Modular Hands (BCMH)Paul Rowe, Peg Inc.\n"
    )
    scored = score_lines(read_lines(page))
    first = {c.text: c.rest for c in scored[1] if "before_names" in c.how}
    assert first.get("A Study of Practical Pegging", "").startswith("Dutch T. Moss,")
    second = {c.text for c in scored[2] if "before_names" in c.how}
    assert "Board Counting via Modular Hands" in second


def test_clauses_of_a_sentence_run_as_a_numbered_list_are_no_papers() -> None:
    page = (
        "View this email in your browser\n"
        "Happy New Year! I hope everyone has a wonderful 2018. We're already off to a good "
        "start.\n\n"
        "Crib Talkers, the show where my co-host Matt and I talk card books and news, will "
        "return soon. In the meantime, here were our most watched videos in 2017:\n"
        "1. We analyzed Crib's self-pegging progress,\n"
        "2. debated Muggins' future,\n"
        "3. argued about board neutrality,\n"
        '4. reviewed Ann Moss\'s "The Everything Crib",\n'
        '5. and broke down Bo Quill\'s "Supercounting".\n\n'
        "But All The Cool Kids Are Doing It\n\n"
        "Avoiding the Cribbage Hipster Trap (Cal Rowe)\n\n"
    )
    assert _papers(page) == []
