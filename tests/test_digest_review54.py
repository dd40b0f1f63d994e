"""Conventions shared by real pages read for errors in stop 54 (stop 49's held-out pages,
read for the first time), written afresh with made-up titles."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_reading_log_date_before_each_entry_is_no_part_of_it() -> None:
    # "2018-04-01    Moss et al., (2014), Title": the day it was read, then the entry; the
    # year in brackets is the paper's, not the day's
    page = (
        "# Paper List\n"
        "- 2018-04-01    Moss et al., (2014), Folding Cameras for Wide Scenes Explained\n"
        "- 2018-04-04    Quill et al., (2012), Pegging boards and quiet decoders.\n"
        "- 2018-05-12    Ada Lee et al.,  (2016), Sparse Tokens Speak Louder in Long Documents.\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes Explained",
        "Pegging boards and quiet decoders",
        "Sparse Tokens Speak Louder in Long Documents",
    ]
    assert [p["year"] for p in papers] == [2014, 2012, 2016]
    assert papers[0]["authors"] == ["Moss"]


def test_a_schedule_date_alone_still_dates_its_entry() -> None:
    # no other year on the line: the date before the title is all the page says of when
    page = (
        "# Daily picks\n"
        "- 2025-06-06: [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2506.00001)\n"
        "- 2025-06-07: [Pegging Boards for Quiet Decoders](https://arxiv.org/abs/2506.00002)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Quiet Decoders",
    ]
    assert [p["year"] for p in papers] == [2025, 2025]


def test_titles_quoted_in_one_chinese_sentence_share_its_venue_and_writers() -> None:
    # "博士生A的论文“T1”、硕士生B的论文“ T2”被AAAI-2026录用": every quoted title, a space
    # inside its marks or not, is a paper of that venue, written by the student named before it
    page = (
        "实验室多篇论文被AAAI 2026录用\n\n"
        "实验室博士生王子威的论文“Folding Cameras for Wide Scene Reconstruction”、"
        "博士生吴之昊的论文“Pegging Boards: Unifying Quiet Decoders for Graph Learning”、"
        "硕士生杨乐洋的论文“TileBench: Benchmarking Agents with Accurate Process Traces”、"
        "实习生连捷的论文“ Beyond Local Tiles: Multiscale Learning for Anomaly Detection”"
        "被AAAI-2026录用。AAAI人工智能会议由人工智能促进会主办,是历史最悠久的国际学术会议之一。"
        "近期,AAAI 2026会议录用结果公布,共有23680份有效投稿进入评审流程。\n"
    )
    papers = {p["title"]: p for p in _papers(page)}
    assert set(papers) == {
        "Folding Cameras for Wide Scene Reconstruction",
        "Pegging Boards: Unifying Quiet Decoders for Graph Learning",
        "TileBench: Benchmarking Agents with Accurate Process Traces",
        "Beyond Local Tiles: Multiscale Learning for Anomaly Detection",
    }
    assert {(p["venue"], p["year"]) for p in papers.values()} == {("AAAI", 2026)}
    assert papers["Folding Cameras for Wide Scene Reconstruction"]["authors"] == ["王子威"]
    assert papers["Beyond Local Tiles: Multiscale Learning for Anomaly Detection"]["authors"] == [
        "连捷"
    ]


def test_a_course_reference_label_and_assigned_sections_are_no_part_of_the_title() -> None:
    # "Reference: Title (arXiv)", "Reference: Sections 1+2 from Title (arXiv)"
    page = (
        "Folding and Decoding (Sep 9)\n\n"
        "Reading Material\n\n"
        "  • Reference: Sections 1+2 from Folding Cameras: Wide Scene Algorithms for Decoders"
        " (arXiv)\n"
        "  • Reference: Pegging Boards for Quiet Neural Machine Translation (arXiv)\n"
        "  • Reference: Chapter 3 of Sparse Tokens Speak Louder in Long Documents (PDF)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Folding Cameras: Wide Scene Algorithms for Decoders",
        "Pegging Boards for Quiet Neural Machine Translation",
        "Sparse Tokens Speak Louder in Long Documents",
    ]


def test_a_venue_glued_on_by_dashes_is_no_part_of_the_title() -> None:
    # "Title---CVPR2018" and "Title.---arXiv 2021.05.05" over the paper's address
    page = (
        "## 1. Folding\n\n"
        "Folding Cameras: Wide Scene Reconstruction Using Two Linear Layers.---arXiv 2021.05.05\n\n"
        "论文地址：[https://arxiv.org/abs/2105.00001](https://arxiv.org/abs/2105.00001)\n\n"
        "## 2. Pegging\n\n"
        "PegNet: Efficient Quiet Attention for Deep Convolutional Neural Networks---CVPR2020\n\n"
        "论文地址：[https://arxiv.org/abs/1910.00002](https://arxiv.org/abs/1910.00002)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras: Wide Scene Reconstruction Using Two Linear Layers",
        "PegNet: Efficient Quiet Attention for Deep Convolutional Neural Networks",
    ]
    assert papers[1]["venue"] == "CVPR"
    assert papers[1]["year"] == 2020


def test_a_bracketed_venue_with_a_two_digit_year_before_a_nicknamed_title() -> None:
    # "- (*AAAI'24*) Nick: Title [[paper](…)][[code](…)]": the nickname is part of the title
    page = (
        "## Prompting\n"
        "- (*EMNLP'23*) FoldGPT: A General Framework for Folding Cameras over Wide Scenes "
        "[[paper](https://arxiv.org/abs/2305.00001)][[code](https://github.com/a/b)]\n"
        "- (*ACL'24*) Peg Chain-of-Thought: Augmenting Quiet Decoders by Reasoning on Boards "
        "[[paper](https://arxiv.org/abs/2404.00002)][[code](https://github.com/c/d)]\n"
        "- (*AAAI'24*) Tile of Thoughts: Solving Elaborate Tilings with Sparse Decoders "
        "[[paper](https://arxiv.org/abs/2308.00003)]\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "FoldGPT: A General Framework for Folding Cameras over Wide Scenes",
        "Peg Chain-of-Thought: Augmenting Quiet Decoders by Reasoning on Boards",
        "Tile of Thoughts: Solving Elaborate Tilings with Sparse Decoders",
    ]
    assert [(p["venue"], p["year"]) for p in papers] == [
        ("EMNLP", 2023),
        ("ACL", 2024),
        ("AAAI", 2024),
    ]


def test_an_authors_label_that_announces_affiliations() -> None:
    # "-Author(Institute): A(Google); B(JD四作)": the names, each with its affiliation
    page = (
        "本文整理了各大厂在推荐顶会上的论文。\n"
        "### WSDM2021\n"
        "1.Folding Cameras for Relevant Recommendation\n"
        "-Author(Institute): Ada Moss(WeChat)\n"
        "-KeyWords：relevant recommendation\n"
        "2.Pegging Boards in Feeds Recommendation\n"
        "-Author(Institute): Li He(JD四作); Dawei Yin(Baidu五作)\n"
        "-KeyWords: Feeds Recommendation\n"
    )
    papers = _papers(page)
    assert [p["authors"] for p in papers] == [["Ada Moss"], ["Li He", "Dawei Yin"]]


def test_one_name_a_line_under_the_title_is_the_whole_author_list() -> None:
    # "[Title](…)\" / "[slides](…)\" / "Ada Moss\" / "Ivo Quill\" / "Lea Stone": markdown's
    # hard breaks put each name on a line of the paragraph
    page = (
        "# Tuesday\n\n"
        "[Folding Cameras: Continuous Scenes in Recurrent Decoders]"
        "(https://nips.cc/Conferences/2019/Schedule?event=1)\\\n"
        "[slides](https://example.org/slides)\\\n"
        "Ada Moss\\\n"
        "Ivo Quill\\\n"
        "Lea Stone\n\n"
        "Notes on it in a sentence of prose here.\n\n"
        "[Pegging Boards for Efficient Sparse Decoding](https://nips.cc/Conferences/2019/Schedule?event=2)\\\n"
        "Ken Ward\\\n"
        "Jo Vance\n"
    )
    papers = _papers(page)
    assert [p["authors"] for p in papers] == [
        ["Ada Moss", "Ivo Quill", "Lea Stone"],
        ["Ken Ward", "Jo Vance"],
    ]


def test_a_topic_cell_holding_the_title_and_a_time_heading_name_no_section() -> None:
    # "| Date | Topic | …" rows whose "Topic" cell is "Title [Paper]", under "##### Time: …"
    page = (
        "### Schedules\n\n"
        "##### Time: Friday 15:30 - 17:00\n\n"
        "|Date | Topic | Content | Presenter(s) |\n"
        "| :--- |:--- |:--- |:--- |\n"
        "| 11-12-20 | Folding Cameras by Learning from Off-Policy Scenes "
        "[Paper](https://arxiv.org/pdf/2009.00001.pdf)| [Slide](https://example.org/1) | Ada |\n"
        "| 18-12-20 | Pegging Boards for Knowledge-Intensive Decoding Tasks "
        "[Paper](https://arxiv.org/pdf/2005.00002.pdf)| [Slide](https://example.org/2) | Ivo |\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras by Learning from Off-Policy Scenes",
        "Pegging Boards for Knowledge-Intensive Decoding Tasks",
    ]
    assert all(
        not any(t.startswith(("Time:", "Folding", "Pegging")) for t in p["topics"]) for p in papers
    )


def test_capital_code_tags_before_each_title_are_neither_title_nor_authors() -> None:
    # "* ****`OBJECT DETECTION`**** ****`ECCV 2018`**** [Title](notes.md)": a list's tags
    page = (
        "## Added 2018/10/01:\n"
        "  * ****`UNSUPERVISED LEARNING`**** ****`ECCV 2018`**** "
        "[Deep Folding for Unsupervised Learning of Camera Features](nets/Deep_Folding.md)\n"
        "  * ****`UNCERTAINTY`**** ****`ECCV 2018`**** "
        "[Towards Realistic Pegging](nets/Pegging.md)\n"
        "  * ****`OBJECT DETECTION`**** "
        "[TileNet: Detecting Boards as Paired Keypoints](nets/TileNet.md)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Deep Folding for Unsupervised Learning of Camera Features",
        "Towards Realistic Pegging",
        "TileNet: Detecting Boards as Paired Keypoints",
    ]
    assert all(not p["authors"] for p in papers)


def test_the_posts_under_a_blog_heading_are_no_papers() -> None:
    # "## Blog" / "- Post title. Writer. [[link]](…)": a post reads like a title and its author
    page = (
        "## Graph\n"
        "- Folding Cameras: Self-supervised Masked Scene Autoencoders\n"
        "  [[pdf]](https://arxiv.org/abs/2205.00001)\n"
        "  - Ada Moss, Ivo Quill, Lea Stone\n\n"
        "## Blog\n"
        "- Self-Supervised Pegging Boards. Ken Ward. "
        "[[link]](https://example.org/2019/11/10/post1.html).\n"
        "- The Illustrated [Tile Learning], [FoldCLR], [PegNet]. Jo Vance. "
        "[[link]](https://example.org/post2/).\n"
        "- Contrastive Self-Supervised Tile Learning. Lea Stone. "
        "[[link]](https://example.org/2020/post3).\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Folding Cameras: Self-supervised Masked Scene Autoencoders"
    ]


def test_an_author_cell_with_a_bar_before_the_affiliation() -> None:
    # "| Koren｜Yahoo Research |" under "Author": the name before the bar, a surname alone too
    page = (
        "| Paper\\|Model | Published in | Author |\n"
        "| :---: | :---: | :---: |\n"
        "| Folding Cameras Techniques for Recommender Systems\\|**FC** | IEEE Computer, 2009 "
        "| Koren\\|Yahoo Research |\n"
        "| Field-aware Pegging Machines for CTR Prediction｜**FPM** | RecSys, 2016 "
        "| Yuchin Juan｜Criteo Research |\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras Techniques for Recommender Systems",
        "Field-aware Pegging Machines for CTR Prediction",
    ]
    assert [p["authors"] for p in papers] == [["Koren"], ["Yuchin Juan"]]


def test_a_title_line_over_its_citation_takes_the_citations_authors() -> None:
    # "2015 Title" over "Gao H, Mao J, et al. Title?[C]//Venue. 2015: 1-9.": the citation
    # restates the title (its case and punctuation its own) and names who wrote it
    page = (
        "VQA - 近五年视觉问答顶会论文创新点笔记\n\n"
        "2014 Folding Camera Approach to Question Answering about Wide Scenes\n\n"
        "Moss A, Quill I. Folding camera approach to question answering about wide scenes"
        "[C]//Advances in neural information processing systems. 2014: 1682-1690.\n\n"
        "2015 Are You Talking to a Pegboard Dataset and Methods for Tile Questions\n\n"
        "Stone L, Ward K, Vance J, et al. Are you talking to a pegboard? dataset and methods "
        "for tile questions[C]//Advances in neural information processing systems. 2015: 1-9.\n\n"
        "1. LSTM提取问题表示；\n2. CNN提取图像视觉表示；\n\n"
        "Lee A, Moss A. Ask your tiles: A folding approach to answering questions about boards"
        "[C]//Proceedings of the IEEE international conference on computer vision. 2015: 1-9.\n\n"
        "2015 Exploring Models and Data for Tile Question Answering\n\n"
        "Ren M, Kiros R, Zemel R. Exploring models and data for tile question answering"
        "[C]//Advances in neural information processing systems. 2015: 2953-2961.\n\n"
        "2015 PegKE Pegging Knowledge Extraction and Answering by Visual Verification of Boards"
        "\n\n"
        "Sadeghi F, Kumar Divvala S K, Farhadi A. Pegke: Pegging knowledge extraction and "
        "answering by visual verification of boards[C]//Proceedings of the IEEE conference on "
        "computer vision and pattern recognition. 2015: 1456-1464.\n\n"
        "2015 Visual Pegboards Fill in the Blank Description Generation and Answering\n\n"
        "Yu L, Park E, Berg A C, et al. Visual pegboards: Fill in the blank description "
        "generation and answering[C]//Proceedings of the IEEE international conference on "
        "computer vision. 2015: 2461-2469.\n"
    )
    authors = {p["title"]: p["authors"] for p in _papers(page)}
    assert authors["Are You Talking to a Pegboard Dataset and Methods for Tile Questions"] == [
        "Stone L",
        "Ward K",
        "Vance J",
    ]
    assert authors["Visual Pegboards Fill in the Blank Description Generation and Answering"] == [
        "Yu L",
        "Park E",
        "Berg A C",
    ]


def test_references_take_the_sections_that_cite_them() -> None:
    # "### 1.1 With Negatives" / "1) FoldCPC [1]" … "## References" / "*[1] Title*": the post
    # files each reference under the section that cites it, "References" only lists them
    page = (
        "## 1. Category\n\n"
        "### 1.1 With negative samples\n\n"
        "1) FoldCPC [1]\n\n2) PegCo [2, 3]\n\n"
        "### 1.2 Without negative samples\n\n"
        "1) TileOL [4]\n\n"
        "## References\n\n"
        "*[1] Folding Cameras with Contrastive Predictive Coding*\n\n"
        "*[2] Momentum Pegging for Unsupervised Visual Representation Learning*\n\n"
        "*[3] Improved Baselines with Momentum Pegging Boards*\n\n"
        "*[4] Bootstrap Your Own Tile: A New Approach to Self-Supervised Learning*\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics == {
        "Folding Cameras with Contrastive Predictive Coding": [
            "1. Category",
            "1.1 With negative samples",
        ],
        "Momentum Pegging for Unsupervised Visual Representation Learning": [
            "1. Category",
            "1.1 With negative samples",
        ],
        "Improved Baselines with Momentum Pegging Boards": [
            "1. Category",
            "1.1 With negative samples",
        ],
        "Bootstrap Your Own Tile: A New Approach to Self-Supervised Learning": [
            "1. Category",
            "1.2 Without negative samples",
        ],
    }


def test_a_section_named_like_one_of_its_papers_is_a_section() -> None:
    # "### Folding Camera Answering" over "- Folding Camera Answering" and the papers after it
    page = (
        "## Tasks\n\n"
        "### Folding Camera Answering\n"
        "- Folding Camera Answering [[paper](https://arxiv.org/abs/1711.00001)]\n"
        "- Multi-Target Folding Camera Answering [[paper](https://arxiv.org/abs/1904.00002)]\n"
        "- Episodic Pegboard Question Answering [[paper](https://arxiv.org/abs/2205.00003)]\n"
    )
    papers = _papers(page)
    assert len(papers) == 3
    assert all("Folding Camera Answering" in p["topics"] for p in papers)


def test_a_bold_award_and_what_it_is_for_over_its_winners() -> None:
    # "**Best Poster Award**: Poster with exceptional …" / "* A, B. [Title](…)": a label, whose
    # award is the winners' topic, never a paper
    page = (
        "Please find below the awarded papers in this workshop.\n\n"
        "**Entropic Paper Award**: Paper with a big surprise (I really can’t believe it!)\n\n"
        "* Ada Moss, Ivo Quill. [Challenges of Folding Camera Augmentations]"
        "(https://openreview.net/forum?id=ZulCFqmwsF2)\n\n\n"
        "**Best Poster Award**: Poster with exceptional research quality and aesthetic appeal.\n\n"
        "* (Poster \\#12): Lea Stone, Ken Ward. [Unbiased Pegging Estimation with Balanced "
        "Boards](https://openreview.net/forum?id=Hvfva7l1tcj)\n\n"
        "Congratulations!\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Challenges of Folding Camera Augmentations",
        "Unbiased Pegging Estimation with Balanced Boards",
    ]
    assert [p["topics"] for p in papers] == [["Entropic Paper Award"], ["Best Poster Award"]]
