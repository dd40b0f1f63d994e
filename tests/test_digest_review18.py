"""Layouts from real pages read for errors in stop 38, written afresh."""

from __future__ import annotations

from typing import Any

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.records import PAIR_FLOOR, follow_checklists
from papercli.importers.digest.scorer import score_lines

ACCEPT = 0.5  # the shipped model's threshold


def _rows(lines: list[Any], scored: list[Any]) -> list[tuple[Any, Any]]:
    return list(zip(lines, scored, strict=True))


def test_a_named_award_label_gives_the_title_before_its_authors() -> None:
    page = (
        "Ada Lovelace Best Paper Award: Knots Of Twine: Hypertext And Yarn, "
        "Tom Reed and Ann Shaw\n\n"
        "Prizes for Bold Ideas:\n\n"
        "  • First place: The Loom At Work: Hypertext, Weaving, and Looms, Tom Reed\n"
        "  • Second place: Spinning Wheels for Collective Sensemaking, Ruth Gale and Ivo Park\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Knots Of Twine: Hypertext And Yarn", ["Tom Reed", "Ann Shaw"]),
        ("The Loom At Work: Hypertext, Weaving, and Looms", ["Tom Reed"]),
        ("Spinning Wheels for Collective Sensemaking", ["Ruth Gale", "Ivo Park"]),
    ]


def test_a_paper_table_row_written_its_own_way_is_titled_by_its_first_field() -> None:
    boards = [
        "Pegging",
        "Cribbage",
        "Skunk",
        "Muggins",
        "Nobs",
        "Heels",
        "Crib",
        "Deal",
        "Cut",
        "Go",
    ]
    rows = [
        (f"**{word} Boards Are Few-Shot Counters** - a study of {word.lower()}", f"2401.000{k:02}")
        for k, word in enumerate(boards)
    ]
    rows += [
        ("1) Nobs Counting with Transformers  This paper introduces a counter.", "2401.00050"),
        ("2) CribNet  Researchers release CribNet. It scores hands. Key ideas:", "2401.00051"),
    ]
    page = "| **Paper** | **Links** |\n| --- | --- |\n" + "".join(
        f"| {cell} | [Paper](https://arxiv.org/abs/{arxiv}), [Tweet](https://x.com/a/1) |\n"
        for cell, arxiv in rows
    )
    got = {p["arxiv_id"]: p["title"] for p in _papers(page)}
    assert got["2401.00050"] == "Nobs Counting with Transformers"
    assert got["2401.00051"] == "CribNet"
    assert got["2401.00000"] == "Pegging Boards Are Few-Shot Counters"


def test_an_items_opening_names_and_link_belong_to_the_title_below_them() -> None:
    page = (
        "## Readings\n\n"
        "- A. Moss, B. Rowe, and C. Lund.  [Link](https://doi.org/10.1145/1000.1001)\n"
        "  **Pegging Path Selection in a Relational Cribbage Board.**  \n"
        "  *Proceedings of the ACM SIGMOD Conference*, pp. 23–34, 1979.\n\n"
        "- D. Nob, E. Heel, and F. Crib. [Link](https://www.example.org/papers/P19.pdf)\n"
        "  **CribDB/X100: Hyper-Pipelining Hand Scoring.**  \n"
        "  *Proceedings of the Conference on Card Data Systems (CIDR)*, pp. 225–237, 2005.\n\n"
        "- G. Skunk and H. Gale.  [Link](https://doi.org/10.1145/1000.1003)\n"
        "  **Column-Boards vs. Row-Boards: How Different Are They Really?**  \n"
        "  *Proceedings of the ACM SIGMOD Conference*, pp. 967–980, 2008.\n"
    )
    # the fields of every record, the titles the chooser doubts kept (the third, from stop 52)
    papers = [p.to_dict() for p in parse_digest(page, keep_uncertain=True).papers]
    got = [(p["authors"], p["url"], p["pdf_url"]) for p in papers]
    assert got == [
        (["A. Moss", "B. Rowe", "C. Lund"], "https://doi.org/10.1145/1000.1001", None),
        (["D. Nob", "E. Heel", "F. Crib"], None, "https://www.example.org/papers/P19.pdf"),
        (["G. Skunk", "H. Gale"], "https://doi.org/10.1145/1000.1003", None),
    ]


def test_a_yaml_reading_list_gives_each_entry_with_its_fields() -> None:
    page = (
        "- week: week1\n"
        "  weektitle: Welcome\n"
        "  days:\n"
        "    - date: Tuesday, September 1\n"
        "      title: Ethics\n"
        "      required:\n"
        "        - paper-title: Pegging Boards Considered Harmful\n"
        "          paper-link: https://example.org/pegging.pdf\n"
        "          paper-author: Ada Quill, and Ben Rowe \n"
        "          paper-published: Usenix Security\n"
        "          paper-year: 2015 \n"
        '        - paper-title: "Skunk Lines: Measuring Lost Games."\n'
        "          paper-link: https://example.org/skunk\n"
        "          paper-author: \n"
        "          paper-year: 2017\n"
        '        - paper-title: "How to Count a Crib Hand"\n'
        "          paper-link: https://www.youtube.com/watch?v=abcdefghijk\n"
        "          paper-author: Cy Lund\n"
        "          paper-published: Cribbage Research\n"
        "          paper-year: 2016\n"
        "        - paper-title: Muggins in the Wild\n"
        "          paper-author: Di Peg\n"
        "          paper-published: CCS\n"
        "          paper-year: 2019\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"], p["url"]) for p in _papers(page)]
    assert got == [
        (
            "Pegging Boards Considered Harmful",
            ["Ada Quill", "Ben Rowe"],
            "Usenix Security",
            2015,
            "https://example.org/pegging.pdf",
        ),
        ("Skunk Lines: Measuring Lost Games", [], None, 2017, "https://example.org/skunk"),
        ("Muggins in the Wild", ["Di Peg"], "CCS", 2019, None),
    ]
    # the day's title names the section its papers sit in
    assert {tuple(p["topics"]) for p in _papers(page)} == {("Ethics",)}


def test_a_short_name_and_a_spaced_colon_before_most_titles_is_no_part_of_them() -> None:
    page = (
        "- Word Embeddings\n"
        "1. Peg2Vec : Efficient Estimation of Peg Representations in Board Space "
        "(https://arxiv.org/abs/1301.00001)\n"
        "2. CribText : Enriching Crib Vectors with Subhand Information "
        "(https://arxiv.org/abs/1607.00002)\n"
        "3. Skunk : Skunk: Global Vectors for Lost Games (https://example.org/skunk.pdf)\n"
        "4. Transformer : Attention Is All You Count (https://arxiv.org/abs/1706.00003)\n"
        "5. GPT-2: Language models are unsupervised pegging learners "
        "(https://arxiv.org/abs/2005.00004)\n"
    )
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got == [
        ("Efficient Estimation of Peg Representations in Board Space", ["Peg2Vec"]),
        ("Enriching Crib Vectors with Subhand Information", ["CribText"]),
        ("Skunk: Global Vectors for Lost Games", ["Skunk"]),
        ("Attention Is All You Count", ["Transformer"]),
        ("GPT-2: Language models are unsupervised pegging learners", []),
    ]


def test_a_reference_the_reader_cannot_title_lends_no_venue_to_the_one_above() -> None:
    page = (
        "# Draft\n\n"
        "[^5]: Quill, A., & Rowe, B. (2012). Pegging classification with deep boards. "
        "In Advances in neural information processing systems (pp. 1097-1105).\n\n"
        "[^6]: Lund, C., & Peg, D. (2014). Very deep boards for large-scale cribbage. "
        "arXiv preprint arXiv:1409.01556.\n\n"
        "[^7]: Nob, E., Heel, F., & Crib, G. & Box, H.(2015). Going deeper with pegs. "
        "In Proceedings of the IEEE conference on computer vision and pattern recognition.\n\n"
        "[^8]: Skunk, I., & Gale, J. (2016). Residual learning for hand counting. "
        "In Proceedings of the IEEE conference on computer vision and pattern recognition.\n"
    )
    got = {p["title"]: p["venue"] for p in _papers(page)}
    assert got["Very deep boards for large-scale cribbage"] == "arXiv"
    assert got["Residual learning for hand counting"] == "CVPR"


def test_a_collapsible_sections_summary_is_its_papers_topic() -> None:
    page = (
        "## Papers\n\n"
        "<details>\n<summary>Pegging</summary>\n\n"
        "- [[PegNet] Deep Residual Pegging for Board Recognition](https://arxiv.org/abs/1512.00001)\n"
        "- [Spatial Crib Networks](https://arxiv.org/abs/1506.00002)\n"
        "</details>\n\n"
        "<details>\n<summary>Skunks</summary>\n\n"
        "- [Skunk Lines Are All You Need](https://arxiv.org/abs/1706.00003)\n"
        "</details>\n"
    )
    got = {p["arxiv_id"]: p["topics"] for p in _papers(page)}
    assert "Pegging" in got["1512.00001"]
    assert got["1506.00002"] == ["Pegging"]
    assert got["1706.00003"] == ["Skunks"]


def test_a_tsv_of_accepted_papers_gives_each_row_with_its_authors() -> None:
    page = (
        "PaperTitle\tAuthorNames\n"
        "Cross-Peg Influence Functions to Explain Deep Boards\tSilva, Ada*; Chopra, Ben\n"
        "Federated Cribbage with Hand Heterogeneity\tJin, Cy*; Peng, Di; Yang, Ed\n"
        "On Linear Pegging with Markov Skunk Priors\tTruong, Lan V*\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Cross-Peg Influence Functions to Explain Deep Boards", ["Ada Silva", "Ben Chopra"]),
        ("Federated Cribbage with Hand Heterogeneity", ["Cy Jin", "Di Peng", "Ed Yang"]),
        ("On Linear Pegging with Markov Skunk Priors", ["Lan V Truong"]),
    ]


def test_a_csv_with_quoted_multiline_abstracts_gives_each_row() -> None:
    page = (
        "talk_id,title,abstract,authors,areas\n"
        '03.1,A Fast Stochastic Peg Model for Planar Pegging,"Based on a board, we derive\n'
        'a model.",Ada Quill&#44; Ben Rowe,Pegging*\n'
        "20.1,A neuromorphic controller for a cribbage robot,Short abstract.,Cy Lund,Robots\n"
        '21.2,Learning to Count Hands,"An abstract, with a comma.",Di Peg,Counting\n'
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("A Fast Stochastic Peg Model for Planar Pegging", ["Ada Quill", "Ben Rowe"]),
        ("A neuromorphic controller for a cribbage robot", ["Cy Lund"]),
        ("Learning to Count Hands", ["Di Peg"]),
    ]


def test_a_long_task_list_a_third_titled_names_its_other_plain_titles() -> None:
    sure = [
        f"- [ ] [{title}](https://arxiv.org/abs/2004.0{k:04})"
        for k, title in enumerate(
            [
                "Benchmarking Model-Based Cribbage Learning",
                "A Game Theoretic Framework for Model Based Pegging",
                "Deep Pegging via Estimated Uncertainty and Conservative Policy Optimization",
                "Intelligent Trainer for Dyna-Style Model-Based Deep Cribbage Learning",
                "Meta-Model-Based Meta-Policy Optimization for Skunk Lines",
                "Model Based Pegging for Atari Cribbage",
                "MOReL: Model-Based Offline Cribbage Learning",
                "On the Expressivity of Neural Networks for Deep Pegging",
                "If MaxEnt Cribbage is the Answer, What is the Question?",
                "Model-based Trust-Region Policy Optimization for Muggins",
                "Sample Complexity of Pegging Using Linearly Combined Model Ensembles",
                "Overcoming Model Bias for Robust Offline Deep Cribbage Learning",
            ]
        )
    ]
    plain = [
        "- [ ] Calibrated model-based deep cribbage learning",
        "- [ ] End-to-end differentiable pegging for learning and control",
        "- [ ] Exploring model-based planning with pegging networks",
        "- [ ] Learning latent dynamics for pegging from pixels",
        "- [ ] When to trust your board: model-based hand optimization",
        "- [ ] Search on the crib buffer: bridging planning and cribbage learning",
    ]
    nicknames = ["- [ ] TRPO", "- [ ] PPO", "- [ ] DQN"]
    page = "# RL Literature\n\n## Model-based\n" + "\n".join(sure + plain + nicknames) + "\n"
    lines = read_lines(page)
    scored = score_lines(lines)
    before = {line.text[4:]: max(c.score for c in row) for line, row in _rows(lines, scored)}
    assert follow_checklists(lines, scored, ACCEPT) >= 1
    after = {line.text[4:]: max(c.score for c in row) for line, row in _rows(lines, scored)}
    # the items the model half believes (a third of the way) become titles; names never
    assert all((before[t[6:]] >= PAIR_FLOOR) == (after[t[6:]] >= ACCEPT) for t in plain)
    assert all(after[name] < ACCEPT for name in ("TRPO", "PPO", "DQN"))


def test_where_a_paper_was_only_submitted_is_not_its_venue() -> None:
    page = (
        "## Streaming\n"
        "- Emission: [FastPeg: Low-latency Streaming Pegging](https://arxiv.org/pdf/2010.11148.pdf)"
        " (arXiv 2020, submitted to ICASSP 2021)\n"
        "- Cascade: [A Better and Faster Cribbage Model](https://arxiv.org/pdf/2011.10798.pdf)"
        " (arXiv 2020, under review at Interspeech 2021)\n"
        "- Joint: [Two-Pass Hand Counting](https://arxiv.org/pdf/1908.10992.pdf) (ICASSP 2020)\n"
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("arXiv", 2020), ("arXiv", 2020), ("ICASSP", 2020)]


def test_a_title_before_arxiv_and_its_year_is_cut_there_as_before_any_venue() -> None:
    page = (
        "## 2019 Papers\n\n"
        "- Extending Deep Pegging with Safety Augmented Value Estimation, arXiv 2019 (3)\n"
        "- SQIL: Cribbage Learning via Regularized Behavioral Pegging, arXiv 2019 (1)\n"
        "- Skew-Fit: State-Covering Self-Supervised Cribbage Learning, arXiv 2019 (1)\n"
        "- Diagnosing Bottlenecks in Deep Q-Pegging Algorithms, ICML 2019 (1)\n"
        "- Efficient Off-Policy Meta-Cribbage via Probabilistic Context Variables, ICML 2019 (1)\n"
        "- Off-Policy Deep Pegging Without Exploration, ICML 2019 (5)\n"
    )
    got = {p["title"]: p["venue"] for p in _papers(page)}
    assert got["SQIL: Cribbage Learning via Regularized Behavioral Pegging"] == "arXiv"
    assert got["Skew-Fit: State-Covering Self-Supervised Cribbage Learning"] == "arXiv"
    assert got["Off-Policy Deep Pegging Without Exploration"] == "ICML"


def test_a_title_before_a_comma_and_a_year_is_cut_there() -> None:
    page = (
        "## Y2023 Oct\n\n"
        "- MobilePegs: Efficient Convolutional Networks for Mobile Cribbage, 2017 ```C3M2E1L1``` "
        "(Efficient NN) [[paper arXiv](https://arxiv.org/abs/1704.04861)]\n"
        "- Skunk Learning with Sensorimotor Pre-training, 2023 ```C3M2E1L1``` "
        "[[paper arXiv](https://arxiv.org/abs/2306.10007)]\n"
        "- Match Pegging: Finding Cuts with Smooth Visual Transitions, WACV 2023 ```C1M1E1L1``` "
        "[[paper arXiv](https://arxiv.org/pdf/2210.05766.pdf)]\n"
        "- Gold-Crib: Efficient Hand Detector via Gathering, NeurIPS 2023 ```C1M1E1L1``` "
        "[[paper](https://arxiv.org/abs/2309.11331)]\n"
    )
    got = {p["arxiv_id"]: (p["title"], p["year"]) for p in _papers(page)}
    assert got["1704.04861"] == (
        "MobilePegs: Efficient Convolutional Networks for Mobile Cribbage",
        2017,
    )


def test_a_yaml_entrys_nested_fields_do_not_end_it() -> None:
    entries = [
        ("Transition-constant Normalization for Crib Enhancement", "Ada Quill, Ben Rowe"),
        ("Deep Fractional Fourier Pegging", "Cy Lund, Di Peg"),
        ("FouriDown: Factoring Down-Sampling into Shuffling Cards", "Ed Nob"),
    ]
    page = "".join(
        f'- title: "{title}"\n'
        f"  authors: {names}\n"
        '  venue: "Thirty-seventh Conference on Neural Information Processing Systems"\n'
        "  link:\n    url: \n    display: \\[Paper\\]\n"
        "  highlight: 0\n"
        "  year: 2023\n\n"
        for title, names in entries
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [(title, 2023) for title, _ in entries]


def test_a_title_with_small_words_is_no_list_of_names_but_affiliations_may_hold_them() -> None:
    from papercli.importers.digest.records import never_title

    assert not never_title("Learning to Rank with Pegging Networks, and Boards")
    assert never_title("Ada Quill (University of Tokyo), Ben Rowe (Dept. of Cribbage)")
    assert never_title("D. Jurafsky and J. H. Martin")


def test_a_category_written_once_over_its_rows_is_each_rows_topic() -> None:
    page = (
        "| 类别 | 论文题目 | 原文链接 |\n"
        "| --- | --- | --- |\n"
        "| Value-based | Playing Cribbage with Deep Pegging Learning (**DQN**) "
        "| https://arxiv.org/abs/1312.05602 |\n"
        "| | Dueling Board Architectures for Deep Pegging | https://arxiv.org/abs/1511.06581 |\n"
        "| | Prioritized Crib Replay for Deep Pegging Agents | https://arxiv.org/abs/1511.05952 |\n"
        "| Policy-based | Trust Region Pegging Optimization | https://arxiv.org/abs/1502.05477 |\n"
        "| | Proximal Pegging Optimization Algorithms | https://arxiv.org/abs/1707.06347 |\n"
    )
    got = {p["arxiv_id"]: p["topics"] for p in _papers(page)}
    assert got == {
        "1312.05602": ["Value-based"],
        "1511.06581": ["Value-based"],
        "1511.05952": ["Value-based"],
        "1502.05477": ["Policy-based"],
        "1707.06347": ["Policy-based"],
    }


def test_a_front_matters_description_is_the_pages_intro() -> None:
    page = (
        "---\n"
        "layout: page\n"
        "permalink: /accepted/\n"
        "title: Accepted\n"
        'description: ICBINB@NeurIPS 2021 - A Workshop for "beautiful" ideas\n'
        "---\n\n"
        "**INFO**: Posters follow the numbering below.\n\n"
        "* (Poster \\#01): Ada Quill. [Skunk Defense](https://openreview.net/forum?id=wokK3eIj)\n"
        "* (Poster \\#03): Ben Rowe, Cy Lund. [How not to Lie with a Pegboard: Rearranging "
        "Leaderboards](https://openreview.net/forum?id=AiU1Soia)\n"
        "* (Poster \\#05): Di Peg. [The Curse of Depth in Crib Regime]"
        "(https://openreview.net/forum?id=foFLxO0Y)\n"
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("NeurIPS", 2021)] * 3
    assert [line.number for line in read_lines(page)][-1] == 11  # line numbers kept


def test_a_venue_and_year_before_a_title_are_its_venue_and_year() -> None:
    from papercli.importers.digest import DigestResult, _move_leading_venue
    from papercli.model import Paper

    written = {
        "ICCV 2015 *PegNet: A Convolutional Network for Board Relocalization": (
            "PegNet: A Convolutional Network for Board Relocalization",
            "ICCV",
            2015,
        ),
        "CVPR2022 ST++: Make Self-pegging Work Better for Cribbage": (
            "ST++: Make Self-pegging Work Better for Cribbage",
            "CVPR",
            2022,
        ),
        "CVPR2022(Oral) *Semi-Supervised Crib Segmentation Using Pseudo-Labels": (
            "Semi-Supervised Crib Segmentation Using Pseudo-Labels",
            "CVPR",
            2022,
        ),
        "SemEval 2020 Task 12: Multilingual Offensive Pegging Identification": (
            "SemEval 2020 Task 12: Multilingual Offensive Pegging Identification",
            None,
            None,
        ),
        "ICML 2020 Workshop on Pegging Theory": (
            "ICML 2020 Workshop on Pegging Theory",
            None,
            None,
        ),
    }
    for title, want in written.items():
        paper = Paper(title=title)
        _move_leading_venue(paper, DigestResult())
        assert (paper.title, paper.venue, paper.year) == want


def test_a_long_run_of_spaces_reads_as_a_short_gap() -> None:
    rows = [
        ("Random Pegs", "Leo Breiman", 2001),
        ("Greedy Cribbage Approximation: A Gradient Pegging Machine", "Jerome H. Friedman", 2001),
        ("Bagging Predictors for Crib Hands", "Leo Breiman", 1996),
    ]

    def page(gap: str) -> str:
        return "".join(f"{t}{gap}{n}{gap}{y}  4,049 citations\n" for t, n, y in rows)

    short = _papers(page("   "))
    assert short  # the layout gives papers at all
    assert _papers(page(" " * 3000)) == short
    assert _papers(page("\t" * 3000)) == _papers(page("\t\t\t"))


def test_a_venue_after_a_title_is_read_whatever_the_spaces_between() -> None:
    from papercli.importers.digest.tails import _place

    assert _place("Nature 521 (7553): 436-444") == ("Nature", None)
    assert _place("NeurIPS, 2019") == ("NeurIPS", 2019)
    assert _place("NeurIPS" + " " * 500 + "2019") == ("NeurIPS", 2019)


def test_a_collapsible_sections_summary_names_no_paper_after_it_closes() -> None:
    page = (
        '<h2 style="font-weight: 400">Publications @ CHI 2023</h2>\n\n'
        "<details>\n<summary>Abstract</summary>\n\nThis is an example only.\n\n</details>\n\n"
        "__The Unwritten Manual of Becoming a Professor of Cribbage__  \n"
        "Ada Quill (University of Vienna), Ben Rowe (University of Oldenburg)  \n"
        '<span style="color: red;">Abstract</span> | Tags: Course | Links: \n\n'
        "__In Your Face: Visualizing Pegging Data in Augmented Reality__  \n"
        "Cy Lund (University of Stuttgart), Di Peg (University of Stuttgart)  \n"
        '<span style="color: red;">Abstract</span> | Tags: Late Breaking Work | Links: \n'
    )
    papers = _papers(page)
    assert [p["topics"] for p in papers] == [["Course"], ["Late Breaking Work"]]  # their tags


def test_one_initialled_author_before_a_quoted_title_is_its_author() -> None:
    page = (
        '  1. R. Daley and J. Dennis, "Virtual Pegs, Processes, and Sharing in CRIBBAGE," '
        "Communications of the ACM, Vol. 11, No. 5, May 1968, pp. 306-312.\n"
        '  2. K. Thompson, "Reflections on Trusting Pegs," Communications of the ACM, '
        "Vol. 27, No. 8, August 1984, pp. 761-763.\n"
        '  3. D. Ritchie and K. Thompson, "The CRIB Time-Sharing System," Communications of '
        "the ACM, Vol. 17, No. 7, July 1974, pp. 365-375.\n"
    )
    got = {p["title"]: (p["authors"], p["venue"]) for p in _papers(page)}
    assert got["Reflections on Trusting Pegs"] == (["K. Thompson"], "Communications of the ACM")


def test_a_data_file_past_the_csv_readers_limits_or_with_latex_never_raises() -> None:
    huge = "title,authors\n" + '"' + "x" * 200_000 + '",A B\n' + "T one,A B\nT two,A B\n"
    assert isinstance(_papers(huge), list)  # the csv module's field limit: no traceback
    page = "".join(
        f"- title: Pegging \\\\textbf{{Bold}} Boards Here {k}\n  authors: Ada Quill\n  year: 2020\n"
        for k in range(3)
    )
    assert [p["title"] for p in _papers(page)] == [
        f"Pegging textbf Bold Boards Here {k}" for k in range(3)
    ]


def test_an_authors_label_alone_takes_the_next_line_and_no_line_after() -> None:
    page = (
        "発表\n"
        "3日目のセッションで発表を行い、20名程の方が聴講されていました。\n"
        "タイトル:\n"
        "Detecting Pegs on the Dark Board Based on Word Co-Occurrence in Anchor Texts\n"
        "著者:\n"
        "塩沢 健(同志社大学 大学院理工学研究科) 林 容央(同志社大学 大学院理工学研究科) "
        "穐山 空道(立命館大学 情報理工学部)\n"
        "聴講\n"
        "私は普段、自然言語処理を専門に研究しています。\n"
    )
    got = [p["authors"] for p in _papers(page)]
    assert got == [["塩沢 健", "林 容央", "穐山 空道"]]


def test_an_organisation_wrapped_onto_its_own_line_is_no_author() -> None:
    from papercli.importers.digest.fields import _people_with_roles

    assert _people_with_roles("Electronic Frontier Foundation;") == []
    assert _people_with_roles("Nikita Kitaev, PhD student; Thomas Lu, undergraduate") == [
        "Nikita Kitaev",
        "Thomas Lu",
    ]


def test_a_repository_pages_title_is_never_a_papers() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("GitHub - tkipf/gcn: Implementation of Graph Convolutional Networks")
    assert never_title("GitHub - google-research/bert: TensorFlow code for BERT")
    assert not never_title("GitHub Copilot and the Pegging of Code: An Empirical Study")
