"""Conventions shared by several real pages read for errors in stop 47, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_second_level_heading_atop_an_excerpt_names_its_section() -> None:
    # a section cut from a longer list starts with its "## Survey": a topic, not a page title
    page = (
        "## Survey\n\n"
        "- Folding Cameras for Wide Scenes: A Survey [[arxiv](https://arxiv.org/abs/2004.12345)]\n"
        "  - a survey of folding cameras\n"
        "- A Survey of Quiet Tokens [[arxiv](https://arxiv.org/abs/2310.12345)]\n"
        "- Review of Pegging Boards [[arxiv](https://arxiv.org/abs/2402.12345)]\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes: A Survey", ["Survey"]),
        ("A Survey of Quiet Tokens", ["Survey"]),
        ("Review of Pegging Boards", ["Survey"]),
    ]


def test_a_first_level_heading_atop_the_page_is_its_title_not_a_topic() -> None:
    page = (
        "# My reading list\n\n"
        "- Folding Cameras for Wide Scenes: A Survey [[arxiv](https://arxiv.org/abs/2004.12345)]\n"
        "- A Survey of Quiet Tokens [[arxiv](https://arxiv.org/abs/2310.12345)]\n"
        "- Review of Pegging Boards [[arxiv](https://arxiv.org/abs/2402.12345)]\n"
    )
    papers = _papers(page)
    assert [p["topics"] for p in papers] == [[], [], []]
    assert len(papers) == 3


def test_an_arxiv_identifier_after_a_titles_point_is_no_part_of_it() -> None:
    page = (
        "1. Distilling the Knowledge in Folding Cameras. Hinton et al. arXiv:1503.02531\n"
        "2. Quiet Tokens Speak Louder in Sparse Decoders. arXiv:1805.05551\n"
        "3. Pegging Boards for Language Models. Yu, Lu et al. CVPR 2019\n"
        "4. On Compressing Skunks Using Cribbage. arXiv:1812.00249\n"
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("Distilling the Knowledge in Folding Cameras", "1503.02531"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "1805.05551"),
        ("Pegging Boards for Language Models", None),
        ("On Compressing Skunks Using Cribbage", "1812.00249"),
    ]


def test_a_short_title_written_to_its_lists_template_is_a_paper() -> None:
    # "Mask R-CNN" and "Wasserstein GAN" alone look like names or nicknames; written exactly as
    # the titles around them are ("Title (year), Names et al. [pdf]"), they are titles
    page = (
        "- Deformable Pegging Networks (2017), J. Dai et al. [[pdf]](http://arxiv.org/pdf/1703.06211)\n"
        "- Mask R-CNN (2017), K. He et al. [[pdf]](https://arxiv.org/pdf/1703.06870)\n"
        "- Learning to discover cross-board relations with folding cameras (2017), T. Kim et al. "
        "[[pdf]](http://arxiv.org/pdf/1703.05192v1.pdf)\n"
        "- Wasserstein GAN (2017), M. Arjovsky et al. [[pdf]](https://arxiv.org/pdf/1701.07875v1)\n"
        "- Understanding quiet tokens requires rethinking sparsity (2017), C. Zhang et al. "
        "[[pdf]](https://arxiv.org/pdf/1611.03530)\n"
        "- Batch pegging: Towards reducing skunk dependence in cribbage (2017), S. Ioffe et al. "
        "[[pdf]](https://arxiv.org/abs/1702.03275)\n"
    )
    got = {p["arxiv_id"]: p["title"] for p in _papers(page)}
    assert got["1703.06870"] == "Mask R-CNN"
    assert got["1701.07875"] == "Wasserstein GAN"
    assert len(got) == 6


def test_a_line_of_another_template_is_not_vouched_for_by_the_list() -> None:
    # the book's line says "(Book, 2016)": not the papers' "(2016)", so no paper
    page = (
        "- Deformable Pegging Networks (2017), J. Dai et al. [[pdf]](http://arxiv.org/pdf/1703.06211)\n"
        "- Learning to discover cross-board relations with folding cameras (2017), T. Kim et al. "
        "[[pdf]](http://arxiv.org/pdf/1703.05192v1.pdf)\n"
        "- Understanding quiet tokens requires rethinking sparsity (2017), C. Zhang et al. "
        "[[pdf]](https://arxiv.org/pdf/1611.03530)\n"
        "- Batch pegging: Towards reducing skunk dependence in cribbage (2017), S. Ioffe et al. "
        "[[pdf]](https://arxiv.org/abs/1702.03275)\n"
        "- Deep cribbage (Book, 2016), Goodfellow et al. [[html]](http://www.cribbagebook.org/)\n"
        "- [572:fire:] Ternary (2017), T. Kim et al. [[pdf]](http://example.org/x)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Deep cribbage" not in titles
    assert not any("]" in t for t in titles)
    assert len(titles) == 4


def test_a_book_in_a_reading_list_is_no_paper() -> None:
    page = (
        "Further reading:\n\n"
        "- Hamilton, W. L. (2020). Graph Pegging. Morgan & Claypool.\n"
        "- Sutton & Barto - Cribbage: An Introduction - 2nd Edition (in progress)\n"
        "- [Graph Representation Pegging Book](https://www.example.edu/~wlh/grl_book/), Ada Quill\n"
        "- Quill, A., Rowe, B. (2021). Folding Cameras for Wide Scenes. In CVPR.\n"
        "- [Bookworms: Reading Long Books with Quiet Tokens](https://arxiv.org/abs/2310.12345), "
        "Cy Lund\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Folding Cameras for Wide Scenes",
        "Bookworms: Reading Long Books with Quiet Tokens",
    ]


def test_bare_items_under_a_readings_label_with_one_sure_title_are_papers() -> None:
    page = (
        "Lecture 6: Pegging, summary and conclusion\n"
        "[slides] [video]\n"
        "- Why do boards generalize?\n"
        "Suggested Readings:\n"
        "- Interpreting and improving folding cameras from an optimization perspective\n"
        "- Closed-Form Pegging Boards\n"
        "- Nuclear Norm Regularization for Deep Cribbage\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Interpreting and improving folding cameras from an optimization perspective",
        "Closed-Form Pegging Boards",
        "Nuclear Norm Regularization for Deep Cribbage",
    ]
    assert all(not p["authors"] for p in _papers(page))  # "Suggested Readings" is nobody


def test_bare_items_under_a_readings_label_with_no_sure_title_stay_doubtful() -> None:
    # posts and guides are read too: with no sure paper among them, no item is vouched for
    page = (
        "Session 9: A Cribbage Player's Guide\n"
        "Optional readings:\n"
        "- A Recipe for Training Pegging Boards\n"
        "- Rules of Cribbage: Best Practices for Board Engineering (PDF)\n"
    )
    assert _papers(page) == []


def test_a_lectures_line_names_the_readings_under_its_bullet_points() -> None:
    page = (
        "- Lecture 5: Pegging boards\n"
        "[slides] [video]\n"
        "- Suggested Readings:\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders\n"
        "- Lecture 6: Model generalization, summary and conclusion\n"
        "[slides] [video]\n"
        "- Why do folding cameras generalize?\n"
        "- Inductive biases of boards: training and architecture.\n"
        "- How to train better and focus on the pegs that matter most.\n"
        "Suggested Readings:\n"
        "- Interpreting and improving folding cameras from an optimization perspective\n"
        "- Closed-Form Pegging Boards\n"
        "- Nuclear Norm Regularization for Deep Cribbage\n"
    )
    got = {p["title"]: p["topics"] for p in _papers(page)}
    assert got["Closed-Form Pegging Boards"] == [
        "Lecture 6: Model generalization, summary and conclusion"
    ]
    assert got["Nuclear Norm Regularization for Deep Cribbage"] == [
        "Lecture 6: Model generalization, summary and conclusion"
    ]


def test_a_records_labelled_field_names_its_topic() -> None:
    page = (
        "### 1. [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2604.07403)\n\n"
        "**作者：** Ada Quill, Ben Rowe  \n"
        "**arXiv所属领域：** Cryptography and Security\n\n"
        "### 2. [Pegging Boards for Language Models](https://arxiv.org/abs/2604.07486)\n\n"
        "**作者：** Cy Lund  \n"
        "**Subjects:** Machine Learning (cs.LG)\n"
    )
    got = {p["title"]: p["topics"][:1] for p in _papers(page)}
    assert got == {
        "Quiet Tokens Speak Louder in Sparse Decoders": ["Cryptography and Security"],
        "Pegging Boards for Language Models": ["Machine Learning (cs.LG)"],
    }


def test_a_publisher_field_under_a_title_is_its_venue_and_year() -> None:
    page = (
        "- [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2510.24563)\n"
        "    - Ada Quill, Ben Rowe\n"
        "    - 🏛️ Institutions: Lantern University, Moss Lab\n"
        "    - 📅 Date: November 11, 2025\n"
        "    - 📑 Publisher: ICLR 2026 (Poster)\n"
        "    - 💻 Env: [GUI]\n"
        "    - 📖 TLDR: This paper introduces quiet tokens.\n"
        "\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2602.11750)\n"
        "    - Cy Lund\n"
        "    - 🏛️ Institutions: Reed University\n"
        "    - 📅 Date: February 12, 2026\n"
        "    - 📑 Publisher: arXiv\n"
    )
    got = {p["title"]: (p["venue"], p["year"]) for p in _papers(page)}
    assert got == {
        "Quiet Tokens Speak Louder in Sparse Decoders": ("ICLR", 2026),
        "Pegging Boards for Language Models": ("arXiv", 2026),
    }


def test_links_to_papers_joined_on_one_line_are_each_a_paper() -> None:
    page = (
        "| Date | Topic | Readings |\n"
        "|---|---|---|\n"
        "| 1/10 | Pegging | [Neural Pegging Boards for Cribbage](https://arxiv.org/abs/2105.02761) "
        "and [Pointer Graph Networks for Folding](https://arxiv.org/abs/2006.06380) and "
        "[A Generalist Folding Camera Learner](https://arxiv.org/abs/2209.11142) |\n"
        "| 1/17 | Tokens | "
        "[Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2310.12345) "
        "& [Automatic differentiation in cribbage](https://openreview.net/forum?id=BJJsrmfCZ) |\n"
    )
    got = {p["title"]: (p["arxiv_id"], p["openreview_id"]) for p in _papers(page)}
    assert got == {
        "Neural Pegging Boards for Cribbage": ("2105.02761", None),
        "Pointer Graph Networks for Folding": ("2006.06380", None),
        "A Generalist Folding Camera Learner": ("2209.11142", None),
        "Quiet Tokens Speak Louder in Sparse Decoders": ("2310.12345", None),
        "Automatic differentiation in cribbage": (None, "BJJsrmfCZ"),
    }


def test_links_in_a_sentence_are_not_a_joined_list() -> None:
    page = (
        "- [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2310.12345) "
        "improves on [the pegging boards of earlier work](https://arxiv.org/abs/2006.06380)\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2402.12345)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "the pegging boards of earlier work" not in titles


def test_an_italic_title_wrapped_over_two_lines_is_one_title() -> None:
    page = (
        "- *Intelligible Models for Pegging: Predicting Cribbage Risk\n"
        "  and Hospital 30-day Readmission* by Caruana, R, et al. KDD 2015.\n"
        "- *Why Should I Trust You? Explaining the Predictions of any\n"
        "  Folding Camera* by Ribeiro, M, et al. KDD 2016.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Intelligible Models for Pegging: Predicting Cribbage Risk and Hospital 30-day Readmission",
        "Why Should I Trust You? Explaining the Predictions of any Folding Camera",
    ]


def test_an_author_named_oreilly_or_a_venues_edition_is_no_book() -> None:
    page = (
        "- Quill, A., Rowe, B. (2021). Folding Cameras for Wide Scenes. In CVPR.\n"
        "- O'Reilly, R. C. (2006). Biologically based models of high-level cribbage. "
        "Science, 314(5796), 91-94.\n"
        "- Lund, C., Moss, D. (2018). Quiet Tokens Speak Louder in Sparse Decoders. In "
        "Proceedings of the 3rd Edition of the Swiss Pegging Conference (SwissPeg 2018).\n"
        "- Reed, E., Moss, D. (2024). A Benchmark for Learning to Peg from One Grammar Book. "
        "In ICLR.\n"
    )
    assert len(_papers(page)) == 4


def test_a_second_level_page_title_over_its_own_sections_is_no_topic() -> None:
    page = (
        "## Awesome Pegging Papers\n"
        "### Surveys\n"
        "- Folding Cameras for Wide Scenes: A Survey [[arxiv](https://arxiv.org/abs/2004.12345)]\n"
        "### Models\n"
        "- Pegging Boards for Language Models [[arxiv](https://arxiv.org/abs/2402.12345)]\n"
    )
    assert [p["topics"] for p in _papers(page)] == [["Surveys"], ["Models"]]


def test_a_title_and_year_template_vouches_for_no_other_line() -> None:
    page = (
        "- ImageNet Classification with Deep Convolutional Pegging Boards (2012)\n"
        "- Deep Residual Learning for Cribbage Recognition (2015)\n"
        "- Attention Is All You Need for Folding (2017)\n"
        "- ChatGPT release (2022)\n"
        "- My PhD defense (2023)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "ChatGPT release" not in titles
    assert "My PhD defense" not in titles


def test_a_readings_label_is_no_topic_and_lets_no_far_line_be_one() -> None:
    closing = (
        "Thanks for reading! If you want to go deeper, here is what I used.\n"
        "Further reading:\n"
        "- Vaswani et al. (2017). Attention Is All You Need for Folding. In NeurIPS.\n"
        "- Devlin et al. (2019). Quiet Tokens: Pre-training of Deep Bidirectional Pegs. In NAACL.\n"
    )
    assert [p["topics"] for p in _papers(closing)] == [[], []]
    notes = (
        "Attention Is All You Need for Folding\n"
        "Ashish Vaswani, Noam Shazeer, Niki Parmar\n"
        "NeurIPS 2017\n"
        "Why it matters\n"
        "It replaced recurrence with attention.\n"
        "Training became much faster on GPUs.\n"
        "It is the basis of every large model today.\n"
        "Translation quality improved a lot.\n"
        "The paper is short and readable.\n"
        "Deep Residual Learning for Cribbage Recognition\n"
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren\n"
    )
    assert all("Why it matters" not in p["topics"] for p in _papers(notes))
    course = (
        "CS 480 Spring 2024\n"
        "Announcements\n"
        "- Homework one is due on Friday\n"
        "- Office hours move to Room 204 this week\n"
        "Readings\n"
        "- Vaswani et al. (2017). Attention Is All You Need for Folding. In NeurIPS.\n"
        "- Devlin et al. (2019). Quiet Tokens: Pre-training of Deep Bidirectional Pegs. In NAACL.\n"
    )
    assert [p["topics"] for p in _papers(course)] == [["Readings"], ["Readings"]]


def test_names_and_a_year_before_a_title_in_a_hand_written_list() -> None:
    page = (
        "### Literature\n\n"
        "Minh et. al (2013) Playing Cribbage with Deep Pegging Boards\n"
        "https://arxiv.org/pdf/1312.5602.pdf\n\n"
        "Silver et. al (2014) Deterministic Folding Camera Algorithms\n"
        "http://proceedings.mlr.press/v32/silver14.pdf\n\n"
        "Schaul et.al (2015) Prioritized Quiet Token Replay\n"
        "https://arxiv.org/abs/1511.05952\n\n"
        "Lund et. al (2016) Asynchronous Methods for Deep Cribbage\n"
        "https://arxiv.org/abs/1602.01783\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles[:3] == [
        "Playing Cribbage with Deep Pegging Boards",
        "Deterministic Folding Camera Algorithms",
        "Prioritized Quiet Token Replay",
    ]


def test_a_papers_other_links_on_its_line_are_no_papers_and_keep_its_ids() -> None:
    page = (
        "- [Attention Is All You Need for Folding](https://arxiv.org/abs/1706.03762) / "
        "[NeurIPS 2017 version](https://papers.nips.cc/paper/2017/hash/3f5e-Abstract.html)\n"
        "- [Direct Preference Optimization for Pegging](https://openreview.net/forum?id=HPuSIXJaa9)"
        " | [arXiv](https://arxiv.org/abs/2305.18290)\n"
        "- [Language Models are Few-Shot Cribbage Players](https://arxiv.org/abs/2005.14165) and "
        "[the scaling laws paper from the same team](https://arxiv.org/abs/2001.08361)\n"
        "- [Quiet Tokens Speak Louder](https://arxiv.org/abs/2312.00752) and "
        "[Read the paper on folding](https://arxiv.org/pdf/2312.00752)\n"
    )
    got = {p["title"]: (p["arxiv_id"], p["openreview_id"]) for p in _papers(page)}
    assert got == {
        "Attention Is All You Need for Folding": ("1706.03762", None),
        "Direct Preference Optimization for Pegging": ("2305.18290", "HPuSIXJaa9"),
        "Language Models are Few-Shot Cribbage Players": ("2005.14165", None),
        "Quiet Tokens Speak Louder": ("2312.00752", None),
    }


def test_an_italic_title_over_its_byline_is_not_joined_to_it() -> None:
    page = (
        "- *Deep Residual Learning for Cribbage Recognition\n"
        "  by He et al.*\n"
        "- *Attention Is All You Need for Folding\n"
        "  by Vaswani et al.*\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Deep Residual Learning for Cribbage Recognition",
        "Attention Is All You Need for Folding",
    ]


def test_a_sections_label_after_a_list_is_no_topic_of_its_last_paper() -> None:
    page = (
        "## Reading list\n\n"
        "Research area: Object detection\n\n"
        "- Faster Pegging: Towards Real-Time Cribbage Detection (NeurIPS 2015)\n"
        "- You Only Peg Once: Unified, Real-Time Board Detection (CVPR 2016)\n\n"
        "Research area: Segmentation\n\n"
        "- Fully Convolutional Folding Cameras for Semantic Segmentation (CVPR 2015)\n"
    )
    got = {p["title"][:12]: p["topics"] for p in _papers(page)}
    assert "Segmentation" not in got["You Only Peg"]


def test_a_submission_names_no_venue_nor_year() -> None:
    page = (
        "1. Sparse Mixture of Pegging Adapters for Multilingual Cribbage (2024)\n"
        "   Comments: Submitted to ACL 2025\n"
        "2. Quiet Tokens Speak Louder in Sparse Decoders (2023)\n"
        "   Comments: Accepted at EMNLP 2023\n"
    )
    got = {p["title"][:12]: (p["venue"], p["year"]) for p in _papers(page)}
    assert got["Sparse Mixtu"] == (None, 2024)
