"""Layouts from real pages read for errors in stop 43, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines

# a daily post in the style of a WeChat digest: "[ 区 ]" sections, a bold title, who picked
# it, its tag, a comment, then "论文链接" with the address on a line of its own
_DAILY = """这是论文速递的第 7 篇文章
[ 自然语言处理 ]

**Quiet Tokens Speak Louder in Sparse Decoders**

**@reader1 推荐**

#Decoding

作者提出一种稀疏解码的方法，效果很好。

**4. 本文的解决思路？**
-{sp}
先用两个网络分别建模，再合并结果。

论文链接

http://papers.example.org/papers/101

[ 计算机视觉 ]

**Folding Cameras for Wide Scenes**

**@reader2 推荐**

#Imaging

一种折叠相机的成像方法：
-{sp}
折叠镜头，拼接画面。

论文链接

http://papers.example.org/papers/102

**本文由 学术社区 精选推荐，社区已覆盖多个方向，点击「阅读原文」即刻加入社区！**
""".format(sp=" ")


def test_a_label_alone_gives_its_address_on_the_next_line_to_the_paper() -> None:
    got = {p["title"]: p.get("url") for p in _papers(_DAILY)}
    assert got == {
        "Quiet Tokens Speak Louder in Sparse Decoders": "http://papers.example.org/papers/101",
        "Folding Cameras for Wide Scenes": "http://papers.example.org/papers/102",
    }


def test_bracketed_section_names_are_the_papers_topics() -> None:
    got = {p["title"]: p.get("topics") for p in _papers(_DAILY)}
    assert got == {
        # (with each paper's own hashtag: "#Decoding" under its title and picker)
        "Quiet Tokens Speak Louder in Sparse Decoders": ["自然语言处理", "Decoding"],
        "Folding Cameras for Wide Scenes": ["计算机视觉", "Imaging"],
    }


def test_one_bracketed_line_is_no_section() -> None:
    texts = [(ln.kind, ln.text) for ln in read_lines("Intro\n\n[ draft ]\n\n- Paper One Title\n")]
    assert ("line", "[ draft ]") in texts


def test_lone_bullets_copied_over_their_items_are_no_heading_underlines() -> None:
    page = "**1. 问题**\n- \n第一条说明。\n\n**2. 方法**\n- \n第二条说明。\n"
    kinds = {ln.text: ln.kind for ln in read_lines(page)}
    assert kinds["1. 问题"] != "heading" and kinds["2. 方法"] != "heading"
    assert kinds["第一条说明。"] == "item"


def test_one_dash_under_a_paragraph_is_still_a_heading_underline() -> None:
    kinds = {ln.text: ln.kind for ln in read_lines("Reading list\n-\n\n- Paper One Title\n")}
    assert kinds["Reading list"] == "heading"


def test_a_posts_call_to_its_readers_is_never_a_paper() -> None:
    titles = [p["title"] for p in _papers(_DAILY)]
    assert not any("阅读原文" in t for t in titles)


_AWARDS = """We gave awards in these categories:
- Best error analysis: Counting Sheep with Sparse Grids, by Mara Quill, Tomas Ostrow and Lin Wen.
- Best evaluation: Counting Sheep with Sparse Grids, by Mara Quill, Tomas Ostrow and Lin Wen.
- Most reproducible: Folding Cameras for Wide Scenes, by Ada Brook and Ken Lowell
- Best reproduction paper: Models for Paraphrase, Textual Similarity, Language Inference, \
and Question Answering, by Wen Li and Ada Brook
- Best survey paper: A Survey of Open Relation Finding, by Tomas Ostrow and Lin Wen
"""


def test_award_names_before_titles_then_by_names_are_no_part_of_the_titles() -> None:
    got = {p["title"]: p.get("authors") for p in _papers(_AWARDS)}
    assert got == {
        "Counting Sheep with Sparse Grids": ["Mara Quill", "Tomas Ostrow", "Lin Wen"],
        "Folding Cameras for Wide Scenes": ["Ada Brook", "Ken Lowell"],
        "Models for Paraphrase, Textual Similarity, Language Inference, and Question Answering": [
            "Wen Li",
            "Ada Brook",
        ],
        "A Survey of Open Relation Finding": ["Tomas Ostrow", "Lin Wen"],
    }


def test_one_title_opening_with_best_keeps_its_words() -> None:
    page = "\n".join(
        [
            "- Best Arm Finding: A Unified View, by Mara Quill and Lin Wen",
            "- Counting Sheep with Sparse Grids, by Tomas Ostrow and Ada Brook",
            "- Folding Cameras for Wide Scenes, by Ken Lowell and Wen Li",
        ]
    )
    assert "Best Arm Finding: A Unified View" in [p["title"] for p in _papers(page)]


def test_a_column_headed_in_traditional_characters_holds_the_titles() -> None:
    rows = [
        ("2012", "Counting Sheep with Sparse Grids", "NeurIPS 2012"),
        ("2014", "Folding Cameras for Wide Scenes", "CVPR 2014"),
        ("2015", "Quiet Tokens Speak Louder", "arXiv 1503.02531"),
        ("2016", "Weak Keys in Practice", "ICLR 2016"),
        ("2017", "Trusting the Compiler Twice", "arXiv 1701.06538"),
    ]
    page = "\n".join(
        ["| 年份 | 論文名稱 | 出處 |", "| --- | --- | --- |"]
        + [f"| {year} | {title} | {venue} |" for year, title, venue in rows]
    )
    got = {p["title"]: p.get("venue") for p in _papers(page)}
    assert got == {title: venue.split()[0] for _year, title, venue in rows}


_APA_ABOVE = """Bibliography: Compilers and Keys

Core Reading

Quill, M., Ostrow, T., Wen, L., & Łowicz, Ł. (2017)
"Trusting the Compiler Twice"
arXiv:1706.03762 | PDF

Why compilers deserve a second look.

Brook, A., & Lowell, K. (2018)
"Weak Keys in Practice: How Key Exchange Fails"
OpenAI Paper

Li, W., Brook, A., Quill, M., et al. (2020)
"Folding Cameras for Wide Scenes"
arXiv:2005.14165 | PDF
"""


def test_a_citations_names_and_year_over_its_quoted_title_are_its_own() -> None:
    got = {p["title"]: (p.get("authors"), p.get("year")) for p in _papers(_APA_ABOVE)}
    assert got == {
        "Trusting the Compiler Twice": (["M. Quill", "T. Ostrow", "L. Wen", "Ł. Łowicz"], 2017),
        "Weak Keys in Practice: How Key Exchange Fails": (["A. Brook", "K. Lowell"], 2018),
        "Folding Cameras for Wide Scenes": (["W. Li", "A. Brook", "M. Quill"], 2020),
    }


def test_a_nickname_and_year_over_a_quoted_title_names_nobody() -> None:
    page = "\n".join(
        [
            "5. Adam Optimizer (2014)",
            "“Adam: A Method for Stochastic Optimization”",
            "Kingma, Ba",
            "The default optimizer.",
            "6. Batch Norm (2015)",
            "“Batch Normalization: Accelerating Deep Network Training”",
            "Ioffe, Szegedy",
        ]
    )
    for paper in _papers(page):
        assert "Adam Optimizer" not in (paper.get("authors") or [])


def test_a_lists_own_name_after_bibliography_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("πŸ“š Bibliography: Transformers and Attention Mechanisms")
    assert never_title("Reading list: Vision and Language")
    assert not never_title("Bibliographic Coupling for Citation Graphs")


def test_a_file_squashed_onto_one_line_with_its_line_numbers_is_read_line_by_line() -> None:
    rows = [
        "# Reading Lists",
        "",
        "## NLP",
        "",
        "### 1. **Embeddings**",
        "",
        "- **Title**: Counting Sheep with Sparse Grids",
        "- **Authors**: Mara Quill, Tomas Ostrow",
        "- **Year**: 2013",
        "- **Link**: [arXiv](https://arxiv.org/abs/1301.3781)",
        "",
        "### 2. **Translation**",
        "",
        "- **Title**: Folding Cameras for Wide Scenes",
        "- **Authors**: Ada Brook, Ken Lowell",
        "- **Year**: 2014",
        "- **Link**: [arXiv](https://arxiv.org/abs/1409.3215)",
    ]
    squashed = "└── README.md /README.md: ---- " + " ".join(
        f"{n} | {row}" for n, row in enumerate(rows, 1)
    )
    assert "\n" not in squashed
    got = {p["title"]: p.get("arxiv_id") for p in _papers(squashed)}
    assert got == {
        "Counting Sheep with Sparse Grids": "1301.3781",
        "Folding Cameras for Wide Scenes": "1409.3215",
    }


def test_a_table_row_of_numbers_is_not_unsquashed() -> None:
    row = "| scores | " + " | ".join(str(n) for n in range(1, 120)) + " |"
    page = "| name | values |\n| --- | --- |\n" + row
    assert [ln.text for ln in read_lines(page) if ln.row == 1][:2] == ["scores", "1"]


def test_a_title_named_like_a_person_before_a_dblp_close_keeps_its_words() -> None:
    # a one-author dblp reference was read for a while and taken back: "Mask R-CNN:" and
    # "Sherlock Holmes:" read as people (a second read of the change)
    page = "\n".join(
        [
            "- Mask R-CNN: Instance Segmentation at Scale. ICCV 2017: 2961-2969",
            "- Sherlock Holmes: Reasoning Benchmarks for Language Models. ACL 2023: 100-110",
        ]
    )
    for paper in _papers(page):
        assert not paper["authors"], paper


def test_a_titles_own_colon_before_a_dblp_close_names_nobody() -> None:
    from papercli.importers.digest.references import read_reference

    assert read_reference("Deep Learning: A Review of Methods. Nature 2015: 436-444") is None
    assert read_reference("BERT: Pre-training of Deep Transformers. NAACL 2019: 4171-4186") is None


def test_the_names_under_a_title_are_no_section_of_the_next_title() -> None:
    page = "\n\n".join(
        [
            "Winners of the Best Paper Awards",
            "Outstanding Papers",
            "Counting Sheep with Sparse Grids: A New Task.\nMara Quill and Tomas Ostrow",
            "Folding Cameras for Wide Scenes\nAda Brook",
            "Weak Keys in Practice: How Key Exchange Fails\nKen Lowell, Wen Li and Lin Wen",
            "Trusting the Compiler Twice in Modern Toolchains\nTomas Ostrow and Ada Brook",
        ]
    )
    topics = {p["title"]: p.get("topics") for p in _papers(page)}
    assert len(topics) == 4
    assert all(t == ["Outstanding Papers"] for t in topics.values()), topics


def test_an_award_named_by_an_item_of_the_list_is_its_next_items_section() -> None:
    page = "\n".join(
        [
            "Best Paper Awards",
            "",
            "We are delighted to announce the best and outstanding papers:",
            "",
            "  • Best Paper",
            "",
            "    • Learned Sparse Grids for Counting Sheep at Scale (Mara Quill and Lin Wen)",
            "",
            "  • Outstanding Papers",
            "",
            "    • Evaluating Factuality in Camera Folding for Wide Scenes (Ada Brook)",
            "",
            "    • Weak Keys in Practice: How Key Exchange Fails in Deployed Systems (Wen Li)",
        ]
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got == {
        "Learned Sparse Grids for Counting Sheep at Scale": ["Best Paper"],
        "Evaluating Factuality in Camera Folding for Wide Scenes": ["Outstanding Papers"],
        "Weak Keys in Practice: How Key Exchange Fails in Deployed Systems": ["Outstanding Papers"],
    }


def test_a_long_list_cut_at_different_marks_titles_its_doubted_lines_where_they_start() -> None:
    words = [
        "Sparse",
        "Grids",
        "Folding",
        "Cameras",
        "Weak",
        "Keys",
        "Quiet",
        "Tokens",
        "Compiler",
        "Twice",
        "Wide",
        "Scenes",
    ]
    rows = []
    for n in range(14):
        title = f"{words[n % 12]} {words[(n + 3) % 12]}: Learning {words[(n + 5) % 12]} at Scale"
        mark = [", CVPR2020. [[paper]]", ". [[paper]]", ", ICCV2021[[paper]]"][n % 3]
        rows.append(f"- {title}{mark}(https://arxiv.org/abs/2003.{10100 + n})[[code]](x)")
    rows.insert(
        5, "- Video Panoptic Segmentation, CVPR2020. [[paper]](https://arxiv.org/abs/2006.11339)"
    )
    rows.insert(9, "- Instances as Queries, ICCV2021[[paper]](http://arxiv.org/abs/2105.01928)")
    titles = {p["title"] for p in _papers("\n".join(rows))}
    assert {"Video Panoptic Segmentation", "Instances as Queries"} <= titles


def test_a_padded_list_number_glued_to_a_3d_title_is_stripped() -> None:
    from papercli.importers.digest.candidates import strip_number

    assert strip_number("03.3D Convolutional Networks for Action") == (
        "3D Convolutional Networks for Action",
        True,
    )
    assert strip_number("1.5B Parameters Suffice")[0] == "1.5B Parameters Suffice"
    assert strip_number("2.3D Vision Today")[0] == "2.3D Vision Today"


def test_a_click_through_rate_is_no_call_to_readers() -> None:
    page = "\n".join(
        [
            "今日推荐论文",
            "",
            "1. Deep Interest Network for Click-Through Rate Prediction，阿里提出，"
            "用于点击率预估，KDD 2018",
            "2. DeepFM: A Factorization-Machine Network for CTR Prediction，华为，IJCAI 2017",
            "3. Wide & Deep Learning for Recommender Systems，Google，DLRS 2016",
        ]
    )
    assert "Deep Interest Network for Click-Through Rate Prediction" in [
        p["title"] for p in _papers(page)
    ]


def test_bracketed_link_labels_alone_on_their_lines_name_no_section() -> None:
    page = "\n".join(
        [
            "Accepted papers",
            "",
            "Counting Sheep with Sparse Grids in Modern Farms",
            "Mara Quill, Tomas Ostrow, Lin Wen",
            "[ PDF ]",
            "",
            "Folding Cameras for Wide Scenes and Narrow Rooms",
            "Ada Brook, Ken Lowell, Wen Li",
            "[ PDF ]",
        ]
    )
    assert all(not p["topics"] for p in _papers(page))


def test_a_title_case_head_before_a_colon_is_no_award() -> None:
    page = "\n".join(
        [
            "- Best Arm Finding: A Unified View of Bandits, by Mara Quill and Lin Wen",
            "- Best of Both Worlds: Sheep and Grids, by Tomas Ostrow and Ada Brook",
            "- Folding Cameras for Wide Scenes, by Ken Lowell and Wen Li",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Best Arm Finding: A Unified View of Bandits" in titles
    assert "Best of Both Worlds: Sheep and Grids" in titles


def test_a_lower_case_letter_with_a_diacritic_is_no_initial() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Kaiser, Ł., Polosukhin, I.") == ["Ł. Kaiser", "I. Polosukhin"]
    assert parse_names("ada brook, ł. kaiser") != ["ada brook", "ł. kaiser"]


def test_items_under_a_chinese_keynote_label_are_talks() -> None:
    page = "\n".join(
        [
            "**2016年**",
            "*会议开幕演讲：*",
            "1) Mara Quill, 某大学教授,《Steps Toward Robust Sheep Counting》",
            "主要指出现有方法的不足。",
            "2) Ada Brook, 某公司, 《Rethinking Cameras for Wide Scenes》",
            "*经典论文奖：*",
            "Ken Lowell etc. 《Weak Keys in Practice: How Key Exchange Fails》",
            "Wen Li etc. 《Trusting the Compiler Twice in Modern Toolchains》",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Steps Toward Robust Sheep Counting" not in titles
    assert "Rethinking Cameras for Wide Scenes" not in titles
    assert "Weak Keys in Practice: How Key Exchange Fails" in titles


_NICKNAMED = """## Papers

### Classification
* Sheep Net [[Paper]](http://arxiv.org/pdf/1512.03385v1.pdf)
  * Mara Quill, Tomas Ostrow, Lin Wen, Counting Sheep with Sparse Grids, arXiv:1512.03385.
* Camera Folds [[Paper]](http://arxiv.org/pdf/1502.01852) [[Code]](https://github.com/x/folds)
  * Ada Brook and Ken Lowell, Folding Cameras for Wide Scenes, ICLR, 2015.
* Weak Keys [[Paper]](http://arxiv.org/pdf/1409.4842)
  * Wen Li, Geoffrey E. Hinton, Weak Keys in Practice: How Key Exchange Fails, CVPR, 2015.
"""


def test_a_nickname_over_its_nested_reference_gives_it_its_links() -> None:
    got = {p["title"]: (p.get("authors"), p.get("arxiv_id")) for p in _papers(_NICKNAMED)}
    assert got == {
        "Counting Sheep with Sparse Grids": (
            ["Mara Quill", "Tomas Ostrow", "Lin Wen"],
            "1512.03385",
        ),
        "Folding Cameras for Wide Scenes": (["Ada Brook", "Ken Lowell"], "1502.01852"),
        "Weak Keys in Practice: How Key Exchange Fails": (
            ["Wen Li", "Geoffrey E. Hinton"],
            "1409.4842",
        ),
    }


def test_a_reference_of_comma_parts_names_its_title_after_the_names() -> None:
    from papercli.importers.digest.references import read_reference

    cited = read_reference(
        "Pierre Quill, Ada Brook, OverFeat: Integrated Grids, Folds and Keys, ICLR, 2014."
    )
    assert cited is not None
    assert (cited.names, cited.title, cited.year) == (
        "Pierre Quill, Ada Brook",
        "OverFeat: Integrated Grids, Folds and Keys",
        2014,
    )
    assert read_reference("Deep Learning, A Review of Things, CVPR, 2015.") is None


def test_the_authors_row_of_a_fields_table_under_a_heading_are_its_papers() -> None:
    page = "\n".join(
        [
            "### [1]Counting Sheep with Sparse Grids",
            "#### Meta-Info",
            "| meta | info |",
            "| --- | --- |",
            "| Authors | Mara Quill and Tomas Ostrow, Some Laboratories |",
            "| Citation | 1 |",
            "#### Abstract",
            "一段摘要。",
            "### [2]Folding Cameras for Wide Scenes",
            "#### Meta-Info",
            "| meta | info |",
            "| --- | --- |",
            "| Authors | Ada Brook1;2, Ken Lowell3;2, Wen Li2;1;3 |",
            "| Citation | 3 |",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "Counting Sheep with Sparse Grids": ["Mara Quill", "Tomas Ostrow"],
        "Folding Cameras for Wide Scenes": ["Ada Brook", "Ken Lowell", "Wen Li"],
    }


def test_a_phrase_before_the_colon_stays_in_the_title() -> None:
    page = "\n".join(
        [
            "- An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale "
            "(Dosovitskiy et al., 2021, ICLR) — ViT · arXiv:2010.11929",
            "- Deep Residual Learning for Image Recognition (He et al., 2016, CVPR) · "
            "arXiv:1512.03385",
            "- Attention Is All You Need (Vaswani et al., 2017, NeurIPS) · arXiv:1706.03762",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale" in titles


def test_a_nickname_before_the_colon_is_no_head_of_the_title() -> None:
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import keep_title_heads

    row = [
        Candidate("Counting with Sparse Grids", 0, {"after_colon"}),
        Candidate("SheepNet: Counting with Sparse Grids", 0, {"whole"}),
    ]
    row[0].score, row[1].score = 0.9, 0.88
    assert keep_title_heads([row]) == 0
    assert row[0].score > row[1].score


def test_a_cited_paren_before_a_bracketed_word_whose_link_was_lost() -> None:
    page = "\n".join(
        [
            "Optional readings:",
            "  • Counting Sheep with Sparse Grids (Quill et al., 2013) [link]",
            "  • Folding Cameras for Wide Scenes (Brook et al., 2013) [link]",
            "  • Weak Keys in Practice: How Key Exchange Fails (Lowell and Li, 2014) [link]",
        ]
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "Counting Sheep with Sparse Grids": 2013,
        "Folding Cameras for Wide Scenes": 2013,
        "Weak Keys in Practice: How Key Exchange Fails": 2014,
    }


def test_a_cut_before_names_never_ends_with_a_surnames_particle() -> None:
    from papercli.importers.digest.blocks import read_lines as lines_of
    from papercli.importers.digest.candidates import candidates

    lines = lines_of("Can Programming Be Liberated from the von Neumann Style (Backus)")
    texts = [c.text for c in candidates(lines, 0)]
    assert "Can Programming Be Liberated from the von" not in texts
    assert "Can Programming Be Liberated from the von Neumann Style" in texts


def test_a_bold_label_with_its_colon_names_the_section_of_a_plain_page() -> None:
    page = "\n\n".join(
        [
            "I will present papers on two topics.",
            "**Training/Optimization:**",
            "**1. Dropout: A Simple Way to Prevent Neural Networks from Overfitting**",
            "Dropout is a method to improve generalization.",
            "**2. Adam: A Method for Stochastic Optimization**",
            "Adam is the most common optimizer.",
            "**Object Detection:**",
            "**3. Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks**",
            "A two-stage detector.",
        ]
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got == {
        "Dropout: A Simple Way to Prevent Neural Networks from Overfitting": [
            "Training/Optimization"
        ],
        "Adam: A Method for Stochastic Optimization": ["Training/Optimization"],
        "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks": [
            "Object Detection"
        ],
    }


def test_names_then_a_point_then_the_title_keep_the_last_name() -> None:
    page = "\n".join(
        [
            "## Selected publications",
            "- Mara Quill, Tomas Ostrow. Counting Sheep with Sparse Grids, CVPR, 2016.",
            "- Ada Brook, Ken Lowell. Folding Cameras for Wide Scenes, ICCV, 2017.",
            "- Wen Li, Tom Green. Weak Keys in Practice, ECCV, 2018.",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got["Counting Sheep with Sparse Grids"] == ["Mara Quill", "Tomas Ostrow"]


def test_an_affiliation_after_the_names_is_no_title() -> None:
    page = "\n".join(
        [
            "- Counting Sheep with Sparse Grids [[paper]](https://arxiv.org/abs/1512.03385)",
            "  - Ada Brook, Ken Lowell, Google Research, CVPR, 2016.",
            "- Folding Cameras for Wide Scenes [[paper]](https://arxiv.org/abs/1512.03386)",
            "  - Wen Li, Tom Green, Google Research, CVPR, 2016.",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Google Research" not in titles
    assert "Counting Sheep with Sparse Grids" in titles


def test_a_nested_reference_with_its_own_identifier_keeps_it() -> None:
    page = "\n".join(
        [
            "* Sheep Norm [[Paper]](https://arxiv.org/abs/1502.03167)",
            "  * Mara Quill, Tomas Ostrow, Lin Wen, Layer Sheep Counting, arXiv:1607.06450.",
            "* Camera Net [[Paper]](https://arxiv.org/abs/1512.03385)",
            "  * Ada Brook, Ken Lowell, Identity Folds in Wide Cameras, arXiv:1603.05027.",
        ]
    )
    got = {p["title"]: p.get("arxiv_id") for p in _papers(page)}
    assert got.get("Layer Sheep Counting") in (None, "1607.06450")
    assert got.get("Identity Folds in Wide Cameras") in (None, "1603.05027")


def test_a_label_without_a_colon_ends_the_talks() -> None:
    page = "\n".join(
        [
            "特邀报告:",
            "1) Mara Quill, 某大学教授,《Steps Toward Robust Sheep Counting》",
            "2) Ada Brook, 某公司, 《Rethinking Cameras for Wide Scenes》",
            "最佳论文奖",
            "1) Ken Lowell etc. 《Weak Keys in Practice: How Key Exchange Fails》",
            "2) Wen Li etc. 《Trusting the Compiler Twice in Modern Toolchains》",
            "3) Tom Green etc. 《Counting Sheep with Sparse Grids at Scale》",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Weak Keys in Practice: How Key Exchange Fails" in titles
    assert "Steps Toward Robust Sheep Counting" not in titles
