"""Layouts from real pages read for errors in stop 42, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.embedded import take_template_calls
from papercli.importers.digest.references import read_reference


def test_one_author_a_comma_then_the_title_is_no_reference_alone() -> None:
    # taken back after measurement: it named wrong papers on pages nobody here had read
    assert (
        read_reference("Mara Quill, Trusting the Compiler Twice. Turing Award Lecture, 1984.")
        is None
    )


def test_later_entries_run_onto_one_line_are_split_after_each_sentence_end() -> None:
    page = "\n".join(
        [
            "| Date | Readings |",
            "|---|---|",
            "| 01/16 | Compilers |",
            "1.",
            "Course Notes, Chapter 1",
            "(link)",
            "2. Quill, M. 1984. Trusting the Compiler Twice. In Proceedings of the 1st Wren"
            " Conference. (link) 3. Ostrow, B. 2016. Weak Keys in Practice: How Key Exchange"
            " Fails. In Proceedings of CCS. (link) |",
        ]
    )
    texts = [line.text for line in read_lines(page)]
    assert any("Quill, M. 1984. Trusting" in t and "Ostrow" not in t for t in texts)
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "Trusting the Compiler Twice": 1984,
        "Weak Keys in Practice: How Key Exchange Fails": 2016,
    }


def test_a_number_inside_a_sentence_splits_nothing() -> None:
    line = "2. We read chapter 3. Then we met. 4. Nothing else happened on that day at all."
    assert [x.text for x in read_lines(line)] == [line[3:]]


def test_initialled_names_then_a_bare_title_after_a_paper_code_make_a_list() -> None:
    page = "\n".join(
        [
            "List of Papers from Textbook",
            "",
            "1. T1.1 Q. R. Vell A Ledger Model of Data for Shared Stores",
            "2. T1.2 M. M. Arden, et al. Wren R: A Storage Approach to Catalog Management",
            "3. T2.4 H. T. Osk et al. An Evaluation of Eviction Strategies for Page Caches",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "A Ledger Model of Data for Shared Stores": ["Q. R. Vell"],
        "Wren R: A Storage Approach to Catalog Management": ["M. M. Arden"],
        "An Evaluation of Eviction Strategies for Page Caches": ["H. T. Osk"],
    }


def test_an_initialled_name_before_a_short_phrase_is_no_reference() -> None:
    assert read_reference("J. Smith Went Home") is None
    assert read_reference("J. Smith J. Doe and Others") is None


def test_a_syllabus_reading_tag_and_its_legend_are_no_part_of_any_title() -> None:
    page = "\n".join(
        [
            "Reading Types",
            "",
            "  • [BG]: Background reading for lecture content",
            "  • [DISC]: Reading for in-class and online forum discussion",
            "",
            "Wed 1/27 Secret Key Crypto",
            "  • [DISC] Ostrow, B. 2014. An Empirical Study of Key Misuse in Phone Apps. In"
            " Proceedings of ACM CCS. (link)",
            "  • [OPT] Pell, A. 2015. Reconsidering Generic Composition of Padding Schemes. In"
            " Proceedings of EuroCrypt. (link)",
        ]
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "An Empirical Study of Key Misuse in Phone Apps": 2014,
        "Reconsidering Generic Composition of Padding Schemes": 2015,
    }


def test_names_then_a_quoted_title_then_venue_and_year_keep_the_title_alone() -> None:
    page = "\n".join(
        [
            "## Recommender System",
            '* Quill et al., "LedgerRec: On Nonlinear Ledgers for Personal Ranking", IJCAI, 2018',
            "  + notes",
            '* Ostrow et al., "AutoWren: Autoencoders Meet Collaborative Wrens", WWW, 2015',
            "  + notes",
            '* Pell et al., "Xylem: Deep Learning with Depthwise Separable Xylems", CVPR, 2017',
        ]
    )
    got = {p["title"]: (p.get("authors"), p.get("venue")) for p in _papers(page)}
    assert got == {
        "LedgerRec: On Nonlinear Ledgers for Personal Ranking": (["Quill"], "IJCAI"),
        "AutoWren: Autoencoders Meet Collaborative Wrens": (["Ostrow"], "WWW"),
        "Xylem: Deep Learning with Depthwise Separable Xylems": (["Pell"], "CVPR"),
    }


def test_a_reading_groups_date_after_a_dash_is_no_part_of_the_title() -> None:
    page = "\n".join(
        [
            "Here is the list:",
            "",
            "  1. Distant Ledgers: Determining Global States of a Wren System – April 7th",
            "  2. Quiet Filesystems: Efficiency from Exascale Stores – April 14th",
            "  3. New Directions in Cloud Gardening – April 21st",
            "  4. XFQ: practical fault tolerance beyond the crash – May 19",
        ]
    )
    assert [p["title"] for p in _papers(page)] == [
        "Distant Ledgers: Determining Global States of a Wren System",
        "Quiet Filesystems: Efficiency from Exascale Stores",
        "New Directions in Cloud Gardening",
        "XFQ: practical fault tolerance beyond the crash",
    ]


def test_a_month_label_and_a_dated_parenthetical_before_the_byline() -> None:
    page = "\n".join(
        [
            "Current papers are as follows:",
            "Jan: Reflections on trusting distributed ledgers (2022, HotNets) by Quill, et. al.",
            "Feb: A Taxonomy of Job Scheduling on Distributed Wren Systems by Ostrow and Pell",
            "July: How to Fight Production Incidents? An Empirical Study on a Large Wren Service"
            " by Vell, et. al. (SOCC 2022)",
        ]
    )
    got = {p["title"]: (p.get("authors"), p.get("year")) for p in _papers(page)}
    assert got["Reflections on trusting distributed ledgers"] == (["Quill"], 2022)
    assert got["A Taxonomy of Job Scheduling on Distributed Wren Systems"][0] == ["Ostrow", "Pell"]
    assert not any(title.startswith(("Jan", "Feb", "July")) for title in got)


def test_a_cell_under_an_authors_header_is_never_a_title() -> None:
    page = "\n".join(
        [
            "We have given a Best Short Paper Award since 2017.",
            "| Year | Authors | Citation |",
            "|---|---|---|",
            "| 2025 | Mara Quill Ben Ostrow | Ledger: Grounded Nugget-Based Generation of Text |",
            "| 2024 | Ada Pell Tom Vell | Evaluating Retrieval Quality in Wren-Augmented Search |",
            "| 2023 | Ida Moss Jon Reed Eli Park | Sparse Wrens: Learning Sparse Lexical Codes |",
        ]
    )
    titles = {p.title for p in parse_digest(page, keep_uncertain=True).papers}
    assert titles == {
        "Ledger: Grounded Nugget-Based Generation of Text",
        "Evaluating Retrieval Quality in Wren-Augmented Search",
        "Sparse Wrens: Learning Sparse Lexical Codes",
    }


def test_an_arxiv_category_before_a_daily_lists_title_is_no_part_of_it() -> None:
    page = "\n".join(
        [
            "# 20260129",
            "## 1. `cs.AI` - Wren-Aware Talking Ledger Synthesis with Prior Distillation"
            " [PDF](https://arxiv.org/pdf/2601.00001), [HTML](https://arxiv.org/abs/2601.00001)",
            "### Authors",
            "Mara Quill,Ben Ostrow",
            "## 2. `cs.CV` - Agentic Ledger Process Management Systems"
            " [PDF](https://arxiv.org/pdf/2601.00002), [HTML](https://arxiv.org/abs/2601.00002)",
            "### Authors",
            "Ada Pell,Tom Vell",
        ]
    )
    got = {p["title"]: p.get("arxiv_id") for p in _papers(page)}
    assert got == {
        "Wren-Aware Talking Ledger Synthesis with Prior Distillation": "2601.00001",
        "Agentic Ledger Process Management Systems": "2601.00002",
    }


def test_numbered_items_each_over_a_pdf_link_of_their_own_are_papers() -> None:
    page = "\n".join(
        [
            "아래의 논문들은 시스템의 기반 기술들을 소개하고 있는데요.",
            "",
            "  1. Wren - Quill's Highly Available Ledger Store:",
            "",
            "  • 블러브 하나.",
            "",
            "  • https://example.org/files/wren-sosp2007.pdf?utm_source=mail",
            "",
            "  1. Ledger File System:",
            "",
            "  • 블러브 둘.",
            "",
            "  • https://example.org/archive/lfs-sosp2003.pdf",
            "",
            "  1. Scaling Wrens at Ostrow:",
            "",
            "  • 블러브 셋.",
            "",
            "  • https://example.org/nsdi13/wrens.pdf",
        ]
    )
    got = {p["title"]: p.get("pdf_url") for p in _papers(page)}
    assert got == {
        "Wren - Quill's Highly Available Ledger Store": (
            "https://example.org/files/wren-sosp2007.pdf?utm_source=mail"
        ),
        "Ledger File System": "https://example.org/archive/lfs-sosp2003.pdf",
        "Scaling Wrens at Ostrow": "https://example.org/nsdi13/wrens.pdf",
    }


def test_two_items_over_pdfs_make_no_list_of_papers() -> None:
    page = "\n".join(
        [
            "Course materials",
            "  1. Lecture one on storage:",
            "  • https://example.org/slides/one.pdf",
            "  1. Lecture two on logs:",
            "  • https://example.org/slides/two.pdf",
        ]
    )
    assert _papers(page) == []


def test_a_literature_label_before_a_bare_title_is_no_part_of_it() -> None:
    page = "\n".join(
        [
            "## 第二讲",
            "- 图池化",
            "  - 文献：[A Comprehensive Survey on Wren Networks](https://arxiv.org/abs/1901.00596)",
            "- 图生成",
            "  - 文献：Spectral Ledgers and Locally Connected Wrens on Graphs",
            "- 推荐",
            "  - 文献：Session-based Recommendation with Wren Neural Networks",
            "- 文献列表：Awesome-Wren-Networks",
        ]
    )
    titles = {p["title"] for p in _papers(page)}
    assert titles == {
        "A Comprehensive Survey on Wren Networks",
        "Spectral Ledgers and Locally Connected Wrens on Graphs",
        "Session-based Recommendation with Wren Neural Networks",
    }


def test_bibtex_entries_in_a_pages_code_blocks_give_their_fields() -> None:
    page = (
        "# The Next 700 Series\n\n"
        '<details><summary><a href="https://doi.org/10.1145/1.2">The Next 700 Wren Compilers</a>'
        " (2024)</summary><br><pre><code>@inproceedings{Quill_2024,\n"
        '    author = "Quill, Mara and Ostrow, Ben",\n'
        '    title = "The Next 700 Wren Compilers",\n'
        '    year = "2024"\n'
        "}\n"
        '</pre></code></details><details><summary><a href="https://arxiv.org/abs/2108.11347">'
        "The Next 700 Ledger Transformers</a> (2021)</summary><br><pre><code>@misc{pell2021,\n"
        '    author = "Pell, Ada",\n'
        '    title = "The Next 700 Ledger Transformers",\n'
        '    year = "2021",\n'
        '    eprint = "2108.11347"\n'
        "}\n"
        "</pre></code></details>\n"
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "The Next 700 Wren Compilers": ["Mara Quill", "Ben Ostrow"],
        "The Next 700 Ledger Transformers": ["Ada Pell"],
    }


def test_a_site_templates_paper_calls_are_read_as_records() -> None:
    page = "\n".join(
        [
            '<dt class="program-entry">9.35 - 10.35: Keynote: <a href="/k">Securing Wren'
            " Pipelines</a></dt>",
            "",
            "{% include paper.html",
            '  title="Assessing Ledger Impact on Business Wrens by Interconnecting Graphs"',
            '  authors="Mara Quill, Ben Ostrow and Ada Pell"',
            "%}",
            "",
            "{% include paper.html",
            '  title="<small>(short)</small> Probabilistic Wren Graph to Model Ledger Safety"',
            '  authors="Tom Vell and Ida Moss"',
            "%}",
            "",
            "{% include paper.html",
            '  title="Oblivious Wren Encryption on Ledgers <b>*Best paper award*</b>"',
            '  authors="Jon Reed"',
            "%}",
            "",
            '{{< paper title="Reactions to the \\"Wren\\" Ledger Analyser" authors="Eli Park" >}}',
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "Assessing Ledger Impact on Business Wrens by Interconnecting Graphs": [
            "Mara Quill",
            "Ben Ostrow",
            "Ada Pell",
        ],
        "Probabilistic Wren Graph to Model Ledger Safety": ["Tom Vell", "Ida Moss"],
        "Oblivious Wren Encryption on Ledgers": ["Jon Reed"],
        'Reactions to the "Wren" Ledger Analyser': ["Eli Park"],
    }


def test_one_template_call_alone_is_left_to_the_text() -> None:
    assert take_template_calls('{% include paper.html title="A Wren" %}') == (
        '{% include paper.html title="A Wren" %}',
        [],
    )


def test_chinese_references_in_a_national_style_list_are_papers_of_their_own() -> None:
    page = "\n".join(
        [
            "参考文献",
            "[1] 张磊, 方祝和, 周敏奇, 等. 面向内存计算的账本算法[J]. 华东师范大学学报(自然科学版),"
            " 2014(5):180-191.",
            "[2] QUILL M A, OSTROW B. Using semi-joins to solve wren queries[J]. Journal of the"
            " ACM, 1981, 28(1): 25-40.",
            "[3] 贾维嘉, 潘久辉. 实化外连接视图的增量计算[J]. 系统工程与电子技术,"
            " 2011, 33(4):938-942.",
        ]
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "面向内存计算的账本算法": 2014,
        "Using semi-joins to solve wren queries": 1981,
        "实化外连接视图的增量计算": 2011,
    }


def test_a_chinese_reference_printed_twice_in_english_is_one_paper() -> None:
    page = "\n".join(
        [
            "参考文献",
            "[4] WANG H K, PAN J, LIU C, et al. Research development of wren recognition"
            " technologies[J]. Telecommunications Science, 2018, 34(2): 7-17.",
            "王海坤, 潘嘉, 刘聪, 等. 鹪鹩识别技术的研究进展与展望[J]. 电信科学, 2018, 34(2): 7-17.",
            "[5] HOU Y M, ZHOU H Q. Overview of wren recognition based on deep ledgers[J]."
            " Application Research of Computers, 2017, 34(8): 2241-2246.",
            "侯一民, 周慧琼. 深度学习在鹪鹩识别中的研究进展综述[J]. 计算机应用研究,"
            " 2017, 34(8): 2241-2246.",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Research development of wren recognition technologies",
        "Overview of wren recognition based on deep ledgers",
    ]


def test_a_data_files_title_with_a_citation_after_it_gives_the_title_and_its_year() -> None:
    entries = [
        '@misc{a, title = {"Mastering Diverse Wrens through Ledger Models (Quill et al. 2023)"}}',
        "@misc{b, title = {Ledger Transformers for Wren Control (Ostrow and Pell, 2021)}}",
        '@misc{c, title = {"“It’s a wren!”: Reactions to Ledger Analysers"}}',
    ]
    got = {p["title"]: (p.get("authors"), p.get("year")) for p in _papers("\n\n".join(entries))}
    assert got == {
        "Mastering Diverse Wrens through Ledger Models": (["Quill"], 2023),
        "Ledger Transformers for Wren Control": (["Ostrow"], 2021),
        "“It’s a wren!”: Reactions to Ledger Analysers": ([], None),
    }


def test_a_venue_or_a_version_after_a_data_files_title_names_no_author() -> None:
    entries = [
        "@misc{a, title = {Deep Residual Wrens for Ledger Recognition (CVPR 2016)}}",
        "@misc{b, title = {A Wren Method for Ledgers (Version 2013)}}",
        "@misc{c, title = {“Wren” and the “Ledger” of Things}}",
    ]
    papers = _papers("\n\n".join(entries))
    assert all(not p.get("authors") for p in papers)
    assert "“Wren” and the “Ledger” of Things" in {p["title"] for p in papers}


def test_an_inverted_name_keeps_its_middle_initials_point() -> None:
    found = read_reference(
        "Novikoff, Albert B. On convergence proofs for wrens. WREN RESEARCH INST, 1963."
    )
    assert found is not None and found.names == "Novikoff, Albert B."
    found = read_reference("BENGIO Y. Markovian models for wren data[J]. Wren Surveys, 1999.")
    assert found is not None and not found.names.endswith(".")


def test_a_marked_reference_of_a_mostly_japanese_title_is_read_and_an_unmarked_one_not() -> None:
    found = read_reference(
        "出口 祥之, 田村 晃裕, 二宮 崇. 係り受け構造に基づくAttentionの制約を用いた翻訳[J]."
        " 自然言語処理, 2020, 27(3): 553-571."
    )
    assert found is not None
    assert found.names == "出口 祥之, 田村 晃裕, 二宮 崇"
    assert found.title == "係り受け構造に基づくAttentionの制約を用いた翻訳"
    assert found.year == 2020
    # (without the type mark, measured, prose of names and a point read as a reference)
    assert (
        read_reference("出口 祥之, 田村 晃裕. 係り受け構造に基づく翻訳. 自然言語処理, 2020年9月.")
        is None
    )


def test_one_cjk_name_before_a_point_makes_no_reference_without_a_type_mark() -> None:
    assert read_reference("今日は. 良い天気ですね. 2020年9月.") is None


def test_a_person_and_their_affiliation_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Mara Quill (Technical University of Wrenfield)")
    assert never_title("Ben Ostrow (Vrije Universiteit Amsterdam)")
    assert not never_title("Wren Networks for Ledger Repair (2019)")


def test_an_acronym_before_a_colon_is_a_titles_name_not_a_month() -> None:
    from papercli.importers.digest.candidates import tidy

    assert tidy("MAR: Masked Autoencoders Are Region Learners") == (
        "MAR: Masked Autoencoders Are Region Learners"
    )
    assert tidy("APRIL: Active Preference Learning") == "APRIL: Active Preference Learning"
    assert tidy("March 3: Ledger Wrens at Scale") == "Ledger Wrens at Scale"


def test_figure_shortcodes_and_inline_code_are_no_papers() -> None:
    page = '{{< figure title="The group on the summit" >}}\n{{< figure title="Another summit" >}}'
    # (a figure's title is its caption: blanked, the line count kept, no entry)
    assert take_template_calls(page) == ("\n", [])
    from papercli.importers.digest.embedded import take_bibtex

    prose = "Write <code>@inproceedings{key, title = {A Wren}}</code> in your file."
    assert take_bibtex(prose) == (prose, [])


def test_template_calls_keep_percent_signs_single_quotes_and_the_words_of_markup() -> None:
    page = "\n".join(
        [
            '{% include p.html title="Reaching 99% Accuracy on Wrens" authors="Ada Pell" %}',
            "{% include p.html title='Wrens <small>and the ledger of things</small>'"
            ' year="2020" %}',
            '{% include p.html title="Learning to *Rank* Wrens" year="2021" %}',
        ]
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "Reaching 99% Accuracy on Wrens",
        "Wrens and the ledger of things",
        "Learning to *Rank* Wrens",
    ]


def test_a_title_with_a_comma_or_an_initial_is_no_authors_reference() -> None:
    assert read_reference("Dynamo, Amazon's Highly Available Ledger Store. In SOSP, 2007.") is None
    assert read_reference("E. Coli Infections in Children of the Wren Region") is None
    assert read_reference("U.S. Army Research on Ledger Wrens in the Field") is None


def test_items_over_a_courses_slides_are_no_papers() -> None:
    page = "\n".join(
        [
            "Course materials",
            "  1. Week one overview of storage:",
            "  • https://example.org/slides/week1.pdf",
            "  1. Week two overview of logs:",
            "  • https://example.org/slides/week2.pdf",
            "  1. Week three overview of wrens:",
            "  • https://example.org/slides/week3.pdf",
        ]
    )
    assert _papers(page) == []


def test_talk_and_reading_words_inside_real_titles_keep_them() -> None:
    from papercli.importers.digest.records import never_title

    assert not never_title("Keynote-Driven Topic Segmentation of Wren Talks")
    assert not never_title("Reading for Gist in Long Ledger Documents")
    assert not never_title("Background Reading for Neural Wren Translation Models")
    assert never_title("Keynote: Securing Wren Pipelines")


def test_a_journal_and_its_volume_on_a_line_under_the_names_is_the_venue() -> None:
    page = "\n".join(
        [
            "The 2014 Prominent Paper Award is awarded to the following two papers:",
            "Practical solution techniques for first-order wren ledgers",
            "Mara Quill and Ben Ostrow",
            "Wren Intelligence 173 (5–6), April 2009, Pages 748–788",
            "Decision-theoretic planning problems are naturally represented using logic.",
            "Reasoning about preferences in ledger frameworks",
            "Ada Pell",
            "Wren Intelligence 173 (9–10), June 2009, Pages 901–934",
            "Argumentation is concerned with attempting to obtain rational positions.",
        ]
    )
    got = {p["title"]: p.get("venue") for p in _papers(page)}
    assert got == {
        "Practical solution techniques for first-order wren ledgers": "Wren Intelligence",
        "Reasoning about preferences in ledger frameworks": "Wren Intelligence",
    }


def test_a_rows_titles_and_venues_listed_one_to_a_line_pair_up_in_order() -> None:
    page = "\n".join(
        [
            "|Date| Reporter | Title/Papers | Confere. |",
            "|:--|:-------|:-------|:--|",
            "| 03.08 | 于静 | 1.Compositional Wren Networks for Machine Ledgers<br>2.Visual Wren"
            " Dialog Systems | ICLR,2018<br>CVPR,2017 |",
            "| 04.12 | 孙雅静 | Ledger Pointer Networks for Task-Oriented Wrens | ACL,2019 |",
        ]
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got == {
        "Compositional Wren Networks for Machine Ledgers": ("ICLR", 2018),
        "Visual Wren Dialog Systems": ("CVPR", 2017),
        "Ledger Pointer Networks for Task-Oriented Wrens": ("ACL", 2019),
    }


def test_a_first_authors_name_glued_after_the_titles_point_goes_to_the_authors() -> None:
    page = "\n".join(
        [
            "Wren papers of 2019",
            "",
            "Provably Powerful Ledger Networks.Mara Quill, Ben Ostrow, Ada Pell. NeurIPS 2019.",
            "Invariant and Equivariant Wren Networks.Tom Vell, Ida Moss. ICLR 2019.",
            "How Powerful are Ledger Neural Networks?Jon Reed, Eli Park. ICLR 2019.",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got["Invariant and Equivariant Wren Networks"] == ["Tom Vell", "Ida Moss"]
    assert not any(title.endswith((".Tom", ".Mara")) for title in got)


def test_a_first_authors_whole_name_glued_after_the_point_is_moved_too() -> None:
    from papercli.importers.digest import DigestResult, _move_glued_author
    from papercli.model import Paper

    paper = Paper(title="Provably Powerful Ledger Networks.Mara Quill", authors=["Ben Ostrow"])
    _move_glued_author(paper, DigestResult(format="digest"))
    assert (paper.title, paper.authors) == (
        "Provably Powerful Ledger Networks",
        ["Mara Quill", "Ben Ostrow"],
    )
    for title, authors in (
        ("Using Amazon.Com Reviews", ["Ben Ostrow"]),
        ("Mining Product Reviews at Amazon.Com", ["Ostrow"]),
    ):
        kept = Paper(title=title, authors=authors)
        _move_glued_author(kept, DigestResult(format="digest"))
        assert (kept.title, kept.authors) == (title, authors)


def test_a_national_style_title_that_opens_with_a_number_or_holds_quotes_is_read() -> None:
    found = read_reference(
        "QUILL M,OSTROW B.10 Rules for Scalable Wrens in ‘Simple Operation’ Ledgers[J]."
        "Communications of the ACM,2011,54(6):72-80."
    )
    assert found is not None
    assert found.title == "10 Rules for Scalable Wrens in ‘Simple Operation’ Ledgers"
    assert (found.names, found.year) == ("QUILL M,OSTROW B", 2011)


def test_names_then_their_affiliations_after_a_point_are_the_authors() -> None:
    page = "\n".join(
        [
            "1. **WREN-NER: Convolutional Ledger Network for Chinese Wren Recognition, NAACL2019**"
            " [paper](https://arxiv.org/pdf/1904.02141.pdf)",
            "    *Mara Quill, Ben Ostrow, Ada F. Pell. Nankai University, Wren Research Asia*(√)",
            "",
            "2. **Chinese Wren NER Using Lattice Ledgers，ACL2018**"
            " [paper](https://arxiv.org/pdf/1805.02023.pdf)",
            "    *Tom Vell, and Ida Moss. Singapore University of Wrens and Design*(√)",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "WREN-NER: Convolutional Ledger Network for Chinese Wren Recognition": [
            "Mara Quill",
            "Ben Ostrow",
            "Ada F. Pell",
        ],
        "Chinese Wren NER Using Lattice Ledgers": ["Tom Vell", "Ida Moss"],
    }


def test_a_published_in_field_gives_its_journal_as_written() -> None:
    page = "\n".join(
        [
            "# Awesome Wren Tracking",
            "",
            "11. Single Wren Tracking in Satellite Ledgers: Deep Siamese Networks  ",
            "  [[Paper]](https://example.org/2072-4292/13/7/1298)  No code  ",
            "  发表刊物: Remote Wrens, 2021",
            "  ",
            "13. Rotation adaptive correlation filter for moving wren tracking  ",
            "  [[Paper]](https://example.org/pii/S0925231221000862)  No code  ",
            "  发表刊物: IET Ledger Processing, 2020",
        ]
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got == {
        "Single Wren Tracking in Satellite Ledgers: Deep Siamese Networks": ("Remote Wrens", 2021),
        "Rotation adaptive correlation filter for moving wren tracking": (
            "IET Ledger Processing",
            2020,
        ),
    }


def test_a_venue_field_of_a_date_or_a_status_names_no_journal() -> None:
    from papercli.importers.digest.fields import labelled_venue

    for text in ("Published in: December 2019", "Journal: Under Review 2023", "期刊: Spring 2020"):
        assert labelled_venue(read_lines(text)) == (None, None), text


def test_a_program_slot_with_a_number_in_brackets_is_no_journal_issue() -> None:
    from papercli.importers.digest.fields import _journal_volume_line

    assert _journal_volume_line(read_lines("Oral Session 3 (14–15), Room 201")) is None


def test_a_label_word_is_no_laboratory() -> None:
    from papercli.importers.digest.fields import _names_then_affiliations

    assert _names_then_affiliations("Hello World. Our label at Stanford") == []


def test_a_title_inside_another_on_the_same_cell_takes_its_own_lines_venue() -> None:
    page = "\n".join(
        [
            "| Date | Title | Venue |",
            "|--|--|--|",
            "| 03.08 | 1.Sparse Ledger Transformers for Wren Parsing<br>2.Ledger Transformers for"
            " Wren Parsing | ICLR,2018<br>CVPR,2017 |",
        ]
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got == {
        "Sparse Ledger Transformers for Wren Parsing": ("ICLR", 2018),
        "Ledger Transformers for Wren Parsing": ("CVPR", 2017),
    }
