"""Layouts from real pages read for errors in stop 44, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import without_link_labels


def test_bare_link_labels_after_a_bracketed_one_are_not_part_of_the_title() -> None:
    page = "目录\n\n" + "".join(
        f"{n}. {title} [PDF] 摘要\n"
        for n, title in enumerate(
            [
                "Pegging Boards for Language Models",
                "Quiet Tokens Speak Louder in Sparse Decoders",
                "Folding Cameras for Wide Scenes",
            ],
            1,
        )
    )
    assert [p["title"] for p in _papers(page)] == [
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Folding Cameras for Wide Scenes",
    ]
    # a bare word alone is a title's own: only after a bracketed label is it a link's
    assert without_link_labels("Learning to Read the Abstract") == "Learning to Read the Abstract"
    assert without_link_labels("Notes on Code [PDF] Code") == "Notes on Code"


def test_a_docs_sites_section_heading_over_a_papers_heading_is_its_topic() -> None:
    page = (
        "核心论文\n"
        "Cribbage 基础\n"
        "Section titled “Cribbage 基础”Pegging Is All You Need\n"
        "Section titled “Pegging Is All You Need”作者: Moss et al. (Crib Lab, 2017)\n"
        "链接: https://arxiv.org/abs/1706.03762\n"
        "Crib Counter: Language Models Can Teach Themselves to Count\n"
        "Section titled “Crib Counter: Language Models Can Teach Themselves to Count”作者: "
        "Quill et al. (Peg Lab, 2023)\n"
        "链接: https://arxiv.org/abs/2302.04761\n"
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got == {
        "Pegging Is All You Need": ["Cribbage 基础"],
        "Crib Counter: Language Models Can Teach Themselves to Count": ["Cribbage 基础"],
    }


def test_a_section_name_with_its_count_of_papers_names_the_papers_under_it() -> None:
    page = (
        "Topic Coverage:\n\n"
        "TopicPapers\n"
        "Pegging and Counting2\n"
        "Folding Cameras3\n\n"
        "Table of contents by topic:\n\n"
        "Pegging and Counting (2)\n\n"
        "  1. Pegging Boards for Language Models Authors: Mara Quill, Tomas Ostrow\n\n"
        "  2. Quiet Tokens Speak Louder in Sparse Decoders Authors: Lin Wen\n\n"
        "Folding Cameras (3)\n\n"
        "  1. Folding Cameras for Wide Scenes Authors: Ada Brook\n\n"
        "  2. Paper Lenses That Fold Twice Authors: Ken Lowell\n\n"
        "  3. Wide Scenes from Narrow Folds Authors: Ada Brook, Lin Wen\n"
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got["Pegging Boards for Language Models"] == ["Pegging and Counting"]
    assert got["Wide Scenes from Narrow Folds"] == ["Folding Cameras"]


_YEARS = (
    "Papers that won a prize years after they appeared.\n\n2008\n\n"
    "- A Unified Architecture for Pegging Boards: Deep Networks with Multitask Counting. "
    "Mara Quill and Tomas Ostrow. ICML 2008. Test-of-time award at ICML 2018\n"
    "- Cheap and Fast Folding: Evaluating Paper Cameras. Lin Wen and Ada Brook. "
    "Transactions of ACL (2008). Honorable mention at NAACL 2018\n\n2007\n\n"
    "- Random Folds for Large Scale Paper Machines. Ken Lowell and Mara Quill. NIPS 2007. "
    "Test-of-time award at NIPS 2017\n"
)


def test_an_award_won_in_a_later_year_is_no_venue() -> None:
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(_YEARS)}
    assert got["Random Folds for Large Scale Paper Machines"] == ("NIPS", 2007)
    assert got[
        "A Unified Architecture for Pegging Boards: Deep Networks with Multitask Counting"
    ] == ("ICML", 2008)
    venue, year = got["Cheap and Fast Folding: Evaluating Paper Cameras"]
    assert year == 2008 and venue != "NAACL"


def test_an_award_with_no_earlier_year_says_where_the_paper_appeared() -> None:
    page = (
        "- Pegging Boards for Language Models (Best Paper Award at CVPR 2019)\n"
        "- Folding Cameras for Wide Scenes (Best Paper Award at ICCV 2019)\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders (Best Paper Award at ACL 2019)\n"
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got["Folding Cameras for Wide Scenes"] == ("ICCV", 2019)


_SCHEDULE = (
    "Paper List\nReading Group — Weekly Schedule\n1) Counting\n1-1) Pegging\n"
    "Week 1‑1 (09/08/2025): Boards\n"
    "- Pegging Boards for Language Models: Introduces a board that counts itself, and shows "
    "that counting scales with the size of the board.\n"
    "- Quiet Tokens Speak Louder in Sparse Decoders: Fewer tokens carry more of the signal; a "
    "sparse decoder learns which ones to keep.\n"
    "- Counting Sheep with Sparse Grids: A grid of sparse cells counts a flock in one pass.\n"
    "Week 1‑2 (09/12/2025): Cameras and Folds.\n"
    "- Folding Cameras for Wide Scenes: Paper cameras fold twice to see a wider scene than a "
    "flat one can.\n"
    "- Paper Lenses That Fold Twice: Lenses folded from paper focus as well as glass ones do.\n"
    "- Wide Scenes from Narrow Folds: Narrow folds give wide scenes at no extra cost.\n"
)


def test_a_reading_groups_week_names_the_papers_under_it_and_its_date_is_no_year() -> None:
    got = {p["title"]: (p.get("topics"), p.get("year")) for p in _papers(_SCHEDULE)}
    assert got["Pegging Boards for Language Models"] == (["Week 1‑1 (09/08/2025): Boards"], None)
    assert got["Wide Scenes from Narrow Folds"] == (
        ["Week 1‑2 (09/12/2025): Cameras and Folds."],
        None,
    )


_BARRED = (
    "## Matching\n\n"
    "|      | Paper | Published in | Time |\n"
    "| ---- | :---: | :---: | :--: |\n"
    "| [1]  | Learning Deep Pegging Models for Board Search using Click Data｜**DPM** "
    "| CIKM | 2013 |\n"
    "| [2]  | Quiet Tokens Speak Louder in Sparse Recommenders｜**QTS** | KDD | 2018 |\n"
    "| [3]  | Folding Cameras for Session-based Recommendation \\| **FCR** | AAAI | 2019 |\n"
)


def test_a_full_width_bar_inside_a_table_cell_is_the_cells_text_not_a_new_cell() -> None:
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(_BARRED)}
    assert got == {
        "Learning Deep Pegging Models for Board Search using Click Data": ("CIKM", 2013),
        "Quiet Tokens Speak Louder in Sparse Recommenders": ("KDD", 2018),
        "Folding Cameras for Session-based Recommendation": ("AAAI", 2019),
    }


def test_a_nickname_in_brackets_after_a_title_is_no_affiliated_author() -> None:
    page = (
        "| Date | Leads | Venue | Paper Name | Link |\n"
        "|---|---|---|---|---|\n"
        "| Oct.28.2020 | Mara Quill | OSDI '04 | Pegging: Simplified Counting on Large Boards"
        " | [paper](https://example.org/peg.pdf) |\n"
        "| Oct.14.2020 | Ken Lowell | USENIX ATC' 14 | In Search of an Understandable Folding"
        " Algorithm (Fold) | [paper](https://example.org/fold.pdf) |\n"
        "| Sep.30.2020 | Lin Wen | NIPS '17 | Quiet Tokens Speak Louder in Sparse Decoders"
        " | [paper](https://example.org/quiet.pdf) |\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "In Search of an Understandable Folding Algorithm" in titles


def test_a_list_of_surnames_after_by_ends_at_its_last_surname() -> None:
    page = (
        "So below is my answer, five papers I would read.\n\n"
        "Austerity in Pegging Land: Cutting the Board Counts by Quill, Ostrow and Wen "
        "Oh … I do need to say more, because these three are at it as well.\n\n"
        "Practical Bayesian Optimization of Paper Folding Algorithms by Brook, Lowell and Wen "
        "This paper represents the rise of folded optics; I could also have chosen papers by "
        "Moss, Hale or others.\n"
    )
    got = {p.title: p.authors for p in parse_digest(page, keep_uncertain=True).papers}
    assert got["Practical Bayesian Optimization of Paper Folding Algorithms"] == [
        "Brook",
        "Lowell",
        "Wen",
    ]


_NOTES = (
    "### 精排模型之LR\n\n"
    "论文地址：[Predicting Pegs:\nEstimating the Count Rate for New Boards]"
    "(https://dl.acm.org/doi/pdf/10.1145/1242572.1242643)\n\n"
    "### 精排模型之FM\n\n"
    "论文地址：[Folding Machines for Wide Scenes]"
    "(https://sci-hub.ren/https://dl.acm.org/doi/abs/10.1145/2939672.2939754)\n\n"
    "### 精排模型之QT\n\n"
    "论文地址：[Quiet Tokens Speak Louder in Sparse Decoders]"
    "(https://web.archive.org/web/2020/https://arxiv.org/abs/2101.00001)\n"
)


def test_a_link_wrapped_at_its_titles_colon_is_one_title() -> None:
    titles = [p["title"] for p in _papers(_NOTES)]
    assert "Predicting Pegs: Estimating the Count Rate for New Boards" in titles
    assert "Predicting Pegs" not in titles


def test_the_address_a_proxy_or_an_archive_serves_gives_its_identifiers() -> None:
    got = {p["title"]: p for p in _papers(_NOTES)}
    folding = got["Folding Machines for Wide Scenes"]
    assert folding["doi"] == "10.1145/2939672.2939754"
    assert folding["url"].startswith("https://sci-hub.ren/")  # the link as the page gives it
    assert got["Quiet Tokens Speak Louder in Sparse Decoders"]["arxiv_id"] == "2101.00001"


_QUOTED = (
    "Here are a few classic papers that I particularly like.\n\n"
    "Parsing\n\n"
    "  • Quill & Ostrow: “Accurate Unlexicalized Pegging” (shows that boards are not needed)\n"
    "  • Wen “Deterministic Folding of Paper Cameras for Wide Scenes” (works quite well)\n"
    "  • Brook et al. “Non-Projective Folding using Spanning-Tree Algorithms” (the other main "
    "method of folding)\n"
    "  • Lowell “Hierarchical Phrase-Based Pegging for Statistical Board Translation” "
    "(significantly improves accuracy by "
    "allowing for gappy boards)\n"
)


def test_surnames_before_a_quoted_title_are_its_authors_and_a_remark_no_gloss() -> None:
    got = {p["title"]: p.get("authors") for p in _papers(_QUOTED)}
    assert got["Accurate Unlexicalized Pegging"] == ["Quill", "Ostrow"]
    assert got["Deterministic Folding of Paper Cameras for Wide Scenes"] == ["Wen"]
    hierarchical = "Hierarchical Phrase-Based Pegging for Statistical Board Translation"
    assert got[hierarchical] == ["Lowell"]
    assert not any(t.startswith(("shows", "significantly")) for t in got)


_TRIPLES = (
    "Announcement of the 2022 Test-of-Time Paper Award\n"
    "The award recognizes papers for their long-lasting impact on the field.\n"
    "The 2022 winners of the 1997 Test-of-Time Paper Award are:\n"
    "Mara Quill, Tomas Ostrow.\n"
    "Statistical Pegging.\n"
    "Proceedings of ACL 1997.\n"
    "Lin Wen.\n"
    "Three Generative, Lexicalised Models for Statistical Folding of Paper Cameras.\n"
    "Proceedings of ACL 1997.\n"
    "The 2022 winners of the 2012 Test-of-Time Paper Award are:\n"
    "Ada Brook, Ken Lowell, Tomas Ostrow.\n"
    "Open Counting Learning for Information Extraction from Pegging Boards.\n"
    "Proceedings of EMNLP-CoNLL 2012.\n"
)


def test_authors_over_title_over_venue_three_lines_a_paper() -> None:
    got = {p["title"]: (p["authors"], p.get("venue"), p.get("year")) for p in _papers(_TRIPLES)}
    assert got["Statistical Pegging"] == (["Mara Quill", "Tomas Ostrow"], "ACL", 1997)
    assert got["Three Generative, Lexicalised Models for Statistical Folding of Paper Cameras"] == (
        ["Lin Wen"],
        "ACL",
        1997,
    )


def test_a_citation_after_the_items_leading_link_begins_with_its_authors() -> None:
    page = (
        "*Some related papers:*\n\n"
        "* [Pegging Balance paper](https://arxiv.org/abs/2201.13259) Mara Quill, Tomas Ostrow, "
        'Lin Wen, “Pegging Balance: Improved Credit Assignment in Counting Boards", '
        "arXiv:2201.13259, January 2022.\n"
        "* [Energy-Based Folding paper](https://arxiv.org/abs/2202.01361) Ada Brook, Ken Lowell, "
        '“Generative Folding Networks for Discrete Paper Cameras", arXiv:2202.01361, '
        "February 2022.\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got["Generative Folding Networks for Discrete Paper Cameras"] == [
        "Ada Brook",
        "Ken Lowell",
    ]


def test_a_posts_credits_and_its_reading_time_name_no_section() -> None:
    page = (
        "7 Papers | 本周论文\n\n"
        "2022 年 3 月 6 日 机器之心\n"
        "参与:杜伟、楚航\n\n"
        "  1. Pegging Boards: Reducing Counting Time from 11 Days to 67 Hours\n\n"
        "  2. Quiet Tokens Speak Louder in Sparse Decoders\n\n"
        "  3. Folding Cameras: Scaling Paper Lenses to 1,000 Folds\n"
    )
    other = (
        "Top papers of the week\n"
        "Read time: 14 min\n"
        "🗞️ Pegging Boards: Reducing Counting Time from 11 Days to 67 Hours\n"
        "🗞️ Quiet Tokens Speak Louder in Sparse Decoders\n"
        "🗞️ Folding Cameras: Scaling Paper Lenses to 1,000 Folds\n"
    )
    for text in (page, other):
        papers = _papers(text)
        assert papers
        assert not [p for p in papers if any("参与" in t or "Read time" in t for t in p["topics"])]


_LECTURES = (
    "Practical Pegging Lectures\n\n"
    "Lecture 4: Score counting and advanced boards\n"
    "[slides] [video]\n"
    "- Why do boards count?\n"
    "Lecture 5: Folding Cameras for Robotics\n"
    "[slides] [video]\n"
    "Suggested Readings:\n"
    "- Interpreting and Improving Pegging Boards from an Optimization Perspective\n"
    "- Generalization in Paper Cameras Arises from Geometry-Adaptive Folds\n"
    "- Nuclear Norm Regularization for Deep Pegging\n"
)


def test_a_lecture_is_no_paper_and_link_labels_name_no_section() -> None:
    papers = _papers(_LECTURES)
    assert papers
    assert not [p for p in papers if p["title"].startswith("Lecture")]
    assert not [p for p in papers if any("[slides]" in t for t in p["topics"])]


_PROGRAM = (
    "1st Workshop on Pegging Boards (PEG @ ICML 2024)\n\n"
    "Schedule\n\n"
    "All times listed below are in Central European Summer Time (CEST).\n\n"
    "8:30 - 9:00 AM Coffee Break\n"
    '9:05 - 9:45 AM Invited Talk "Towards Understanding the Modern Pegging"\n'
    "Mara Quill\n"
    "10:25 - 11:15 AM Poster Session + Break\n"
    "11:20 - 11:30 AM Spotlight Paper: A Theoretical Understanding of Self-Counting through "
    "In-context Pegging\n"
    "11:30 - 11:40 AM Spotlight Paper: Transformers Learn Temporal Difference Methods for "
    "In-Context Paper Folding\n"
    "11:40 - 11:50 AM Spotlight Paper: Board Processes: Numerical Predictive Distributions "
    "Conditioned on Natural Pegs\n"
    "12:30 - 2:00 PM Lunch Break\n"
)


def test_a_programs_spotlight_papers_are_papers_and_its_talks_and_slots_are_not() -> None:
    papers = _papers(_PROGRAM)
    titles = [p["title"] for p in papers]
    assert titles == [
        "A Theoretical Understanding of Self-Counting through In-context Pegging",
        "Transformers Learn Temporal Difference Methods for In-Context Paper Folding",
        "Board Processes: Numerical Predictive Distributions Conditioned on Natural Pegs",
    ]
    assert not [p for p in papers if any("Session" in t for t in p["topics"])]


def test_a_volume_is_never_a_venue() -> None:
    page = (
        "Further reading\n\n"
        "Pegging Boards: Going Beyond Euclidean Counts, Mara Quill, Tomas Ostrow, Lin Wen, "
        "2017Pegging Board Magazine, Vol. 34 (IEEE)DOI: 10.1109/MSP.2017.2693418 - Introduces "
        "the concept of pegging.\n"
        "Folding Cameras: A Review of Methods and Applications, Ada Brook, Ken Lowell, 2020AI "
        "Folds, Vol. 1 (KeAi Publishing)DOI: 10.1016/j.aiopen.2021.04.001 - A widely cited "
        "survey of folding.\n"
    )
    papers = _papers(page)
    assert len(papers) == 2
    assert not [p for p in papers if p.get("venue") == "Vol"]


_FLAT = (
    "大模型发展史\n\n"
    "后续要翻译和解读的论文\n\n"
    "Year Method Paper Link\n"
    "2017 Pegformer Pegging is All You Need https://arxiv.org/pdf/1706.03762\n"
    "2018 PEG-1 Improving Board Understanding by Generative Pre-Counting "
    "https://example.org/peg1.pdf\n"
    "2018 BOARD BOARD: Pre-training of Deep Bidirectional Pegs for Board Understanding "
    "https://arxiv.org/pdf/1810.04805\n"
    "2021 Fold Transformer Fold Transformer: Hierarchical Paper Cameras using Shifted Folds "
    "https://arxiv.org/pdf/2103.14030\n"
    "2021 MoFold 2 Improved Baselines with Momentum Folding https://arxiv.org/pdf/2003.04297\n"
)


def test_a_table_copied_as_text_splits_into_its_columns() -> None:
    got = {p["title"]: (p.get("year"), p.get("arxiv_id")) for p in _papers(_FLAT)}
    assert got == {
        "Pegging is All You Need": (2017, "1706.03762"),
        "Improving Board Understanding by Generative Pre-Counting": (2018, None),
        "BOARD: Pre-training of Deep Bidirectional Pegs for Board Understanding": (
            2018,
            "1810.04805",
        ),
        "Fold Transformer: Hierarchical Paper Cameras using Shifted Folds": (2021, "2103.14030"),
        "Improved Baselines with Momentum Folding": (2021, "2003.04297"),
    }


def test_a_line_of_column_names_over_prose_is_left_as_it_is() -> None:
    text = "Year Method Paper Link\nWe read these papers in 2020 and liked them.\n"
    assert [ln.text for ln in read_lines(text)] == [
        "Year Method Paper Link",
        "We read these papers in 2020 and liked them.",
    ]


def test_a_lists_label_for_a_kind_of_thing_is_no_paper() -> None:
    page = (
        "## Surveys\n\n"
        "* **[Pegging Boards: A Survey of Counting](https://arxiv.org/abs/2101.00001).** "
        "_Mara Quill, Tomas Ostrow._ IEEE 2021.\n"
        "* **[Folding Cameras in the Age of Deep Learning](https://arxiv.org/abs/2101.00002).** "
        "_Ada Brook._ Yearbook 2019.\n\n"
        "## Datasets\n\n"
        "* **Chinese Datasets**\n"
        "  1. **微博实体识别** [[link](https://github.com/example/golden)]\n"
        "  2. **boson数据集** [[link](https://github.com/example/boson)]\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Pegging Boards: A Survey of Counting" in titles
    assert "Chinese Datasets" not in titles


def test_a_reading_logs_month_gives_way_to_the_year_an_arxiv_id_says() -> None:
    page = (
        "## Paper notes\n\n"
        "#### 2018-03\n"
        "* The Case for Learned Pegging Structures [[arxiv](https://arxiv.org/abs/1712.01208)] "
        "[[notes](papers/pegging.md)]\n"
        "* Folding Cameras for Wide Scenes [[arxiv](https://arxiv.org/abs/1803.00001)] "
        "[[notes](papers/folding.md)]\n"
        "#### 2017-12\n"
        "* Quiet Tokens Speak Louder in Sparse Decoders "
        "[[arxiv](https://arxiv.org/abs/1706.02216)] "
        "[[notes](papers/quiet.md)]\n"
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "The Case for Learned Pegging Structures": 2017,
        "Folding Cameras for Wide Scenes": 2018,
        "Quiet Tokens Speak Louder in Sparse Decoders": 2017,
    }


# negative cases a review of this stop's change found (each one the old code read right)


def test_a_days_dash_before_a_title_does_not_lose_the_paper() -> None:
    page = (
        "Syllabus\n\n"
        "- Day 1 - Pegging Is All You Need (Quill et al., 2017)\n"
        "- Day 2 - Deep Residual Folding for Paper Camera Recognition (Brook et al., 2016)\n"
        "- Day 3 - Generative Adversarial Pegs (Wen et al., 2014)\n"
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {  # the session's number and its dash stay out of the title
        "Pegging Is All You Need": 2017,
        "Deep Residual Folding for Paper Camera Recognition": 2016,
        "Generative Adversarial Pegs": 2014,
    }


def test_a_year_in_brackets_is_no_count_of_papers() -> None:
    page = (
        "PEG-3 (2020)\n\n"
        "- Language Boards are Few-Shot Peggers. Quill et al. NeurIPS 2020.\n\n"
        "FOLD (2019)\n\n"
        "- FOLD: Pre-training of Deep Bidirectional Folds for Camera Understanding. Brook et al. "
        "NAACL 2019.\n"
    )
    assert not [p for p in _papers(page) if p["topics"] in (["PEG-3"], ["FOLD"])]


def test_an_award_the_next_year_says_where_a_preprint_appeared() -> None:
    page = (
        "- Understanding Pegging Requires Rethinking Counting. Quill et al. arXiv 2016. "
        "Best Paper Award at ICLR 2017.\n"
        "- Deep Residual Folding for Paper Camera Recognition. Brook et al. arXiv 2015. "
        "Best Paper Award at CVPR 2016.\n"
        "- Neural Pegging by Jointly Learning to Align and Count. Wen et al. arXiv 2014. "
        "Outstanding Paper Award at ICLR 2015.\n"
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got["Deep Residual Folding for Paper Camera Recognition"] == ("CVPR", 2016)


def test_a_label_before_a_quoted_title_is_no_surname() -> None:
    page = (
        "Readings for the week.\n\n"
        "- Background: “Sequence to Sequence Pegging with Neural Boards” (NeurIPS 2014)\n"
        "- Tomorrow: “Direct Preference Folding: Your Camera is Secretly a Lens” (NeurIPS 2023)\n"
        "- Quill & Ostrow: “Accurate Unlexicalized Pegging of Boards” (ACL 2003)\n"
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got["Sequence to Sequence Pegging with Neural Boards"] in (None, [])
    assert got["Accurate Unlexicalized Pegging of Boards"] == ["Quill", "Ostrow"]


def test_an_awards_label_wrapped_in_a_link_stays_out_of_the_title() -> None:
    page = (
        "## Awards\n\n"
        "- [Test of Time:\nGenerative Adversarial Pegs](https://arxiv.org/abs/1406.2661)\n"
        "- [Runner Up:\nDenoising Folding Probabilistic Cameras](https://arxiv.org/abs/2006.11239)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not [t for t in titles if t.startswith(("Test of Time", "Runner Up"))]


def test_a_surname_with_a_capital_inside_is_a_surname() -> None:
    page = (
        "| Week | Date | Paper |\n|---|---|---|\n"
        '| 1 | 4/11 | [McQuill et. al. "Communication-Efficient Pegging of Deep Boards from '
        'Decentralized Counts" (2017)](https://arxiv.org/abs/1602.05629) |\n'
        '| 2 | 4/18 | [MacBrook et. al. "Folding Cameras for Wide Scenes in the Wild" (2019)]'
        "(https://arxiv.org/abs/1905.00001) |\n"
        '| 3 | 4/25 | [O\'Wen et. al. "Quiet Tokens Speak Louder in Sparse Decoders" (2018)]'
        "(https://arxiv.org/abs/1806.00001) |\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got["Communication-Efficient Pegging of Deep Boards from Decentralized Counts"] == [
        "McQuill"
    ]


# negative cases a second review found


def test_a_papers_title_that_ends_in_a_kind_of_thing_is_still_a_title() -> None:
    page = (
        "- [Datasheets for Datasets](https://arxiv.org/abs/1803.09010)\n"
        "- [Model Cards for Model Reporting](https://arxiv.org/abs/1810.03993)\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/1905.00001)\n"
    )
    assert "Datasheets for Datasets" in [p["title"] for p in _papers(page)]


def test_an_outline_number_with_a_dash_is_no_time_slot() -> None:
    page = (
        "Course notes\n\n3.10 - Graph Pegging Networks\n"
        "- Semi-Supervised Classification with Graph Pegging Networks. Quill et al. ICLR 2017.\n"
        "- Inductive Representation Learning on Large Boards. Ostrow et al. NeurIPS 2017.\n"
    )
    topics = [p["topics"] for p in _papers(page)]
    assert topics and all(t == ["3.10 - Graph Pegging Networks"] for t in topics)


def test_a_docs_section_that_opens_with_a_sentence_is_still_a_section() -> None:
    page = (
        "核心论文\n"
        "Transformers\n"
        "Section titled “Transformers”Pegging Is All You Need\n"
        "Section titled “Pegging Is All You Need”作者: Moss et al. (Crib Lab, 2017)\n"
        "链接: https://arxiv.org/abs/1706.03762\n"
        "Tool Use\n"
        "Section titled “Tool Use”Papers on models that call external pegs.\n"
        "Crib Counter: Language Models Can Teach Themselves to Count\n"
        "Section titled “Crib Counter: Language Models Can Teach Themselves to Count”作者: "
        "Quill et al. (Peg Lab, 2023)\n"
        "链接: https://arxiv.org/abs/2302.04761\n"
    )
    got = {p["title"]: p["topics"] for p in _papers(page)}
    assert got["Crib Counter: Language Models Can Teach Themselves to Count"] != ["Transformers"]


def test_a_bar_inside_a_flattened_rows_title_stays_in_its_cell() -> None:
    text = (
        "Year Paper Link\n"
        "2017 Pegging | Counting Boards for Language Models https://arxiv.org/abs/1706.03762\n"
        "2018 Folding Cameras for Wide Scenes https://arxiv.org/abs/1810.04805\n"
        "2019 Quiet Tokens Speak Louder in Sparse Decoders https://arxiv.org/abs/1905.00001\n"
    )
    cells = [ln.text for ln in read_lines(text) if ln.kind == "cell"]
    assert "Pegging | Counting Boards for Language Models" in cells
