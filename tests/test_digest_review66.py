"""Conventions shared by real pages read for errors in stop 66, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.conftest import digest_papers as _papers

# a reading group's archive: each session named by its paper's quoted title, linked to the
# session's recording
_SESSIONS = """# Lantern Reading Group

Every Friday we discuss one paper. Previous sessions:

- [\\[June 11th 2021\\] "Quiet Replay for Online Continual Learning"](https://www.youtube.com/watch?v=aaaaaaaaaaa)
- [\\[June 4th 2021\\] "Recurrent Nets Forget Slowly: an Empirical Study"](https://www.youtube.com/watch?v=bbbbbbbbbbb)
- [\\[May 21st 2021\\] “Class-Incremental Learning with Bramble Classifiers”](https://www.youtube.com/watch?v=ccccccccccc)
- [\\[May 14th 2021\\] "Measuring Forgetting in Visual Question Answering"](https://youtu.be/ddddddddddd)
"""


def test_a_sessions_quoted_paper_title_linked_to_its_recording_is_a_paper() -> None:
    assert sorted(_by_title(_SESSIONS)) == [
        "Class-Incremental Learning with Bramble Classifiers",
        "Measuring Forgetting in Visual Question Answering",
        "Quiet Replay for Online Continual Learning",
        "Recurrent Nets Forget Slowly: an Empirical Study",
    ]


def test_a_lecture_linked_to_its_recording_is_still_no_paper() -> None:
    text = (
        "# Course videos\n\n"
        "- [Lecture 1: Introduction and Logistics](https://www.youtube.com/watch?v=eeeeeeeeeee)\n"
        "- [Lecture 2: Backpropagation by Hand](https://www.youtube.com/watch?v=fffffffffff)\n"
        "- [Paper Explanation](https://www.youtube.com/watch?v=ggggggggggg)\n"
    )
    assert _papers(text) == []


# paper notes that set each paper's title in italics, some after a nickname or before a remark
_ITALIC_NOTES = """# paper-notes

## optimization

*Visualizing the Ridge Landscape of Lantern Nets*

*Bramble Schedules: Very Fast Training of Quill Networks*

CyclicQ *Cyclical Quill Rates for Training Lantern Networks*

*Sparse Moss Layers for Efficient Vision Models*

## distributed

*Grove Parallelism: Training Huge Networks across Many Machines*

GPipeish *Efficient Training of Giant Quill Networks using Pipelines* 以及实现细节

- DQM. *Playing Marbles with Deep Quill Learning*
- *Dueling Lantern Architectures for Deep Quill Learning*
"""


def test_italics_that_mark_a_pages_titles_mark_them_after_a_nickname_too() -> None:
    found = _by_title(_ITALIC_NOTES)
    assert "Cyclical Quill Rates for Training Lantern Networks" in found
    assert "Efficient Training of Giant Quill Networks using Pipelines" in found
    assert "Playing Marbles with Deep Quill Learning" in found
    assert not any(title.startswith(("CyclicQ", "GPipeish", "DQM")) for title in found)


def test_italic_emphasis_in_prose_names_no_paper() -> None:
    text = (
        "# Notes\n\n"
        "*Lantern Nets for Seeing Through Fog*\n\n"
        "*Bramble Maps for Dense Correspondence*\n\n"
        "*Quill Layers for Sparse Attention*\n\n"
        "*Moss Pooling for Point Clouds*\n\n"
        "This week I *really* liked how the authors *kept it simple and it worked well.*\n"
    )
    titles = set(_by_title(text))
    assert "Lantern Nets for Seeing Through Fog" in titles
    assert not any("simple" in title or "really" in title for title in titles)


def test_the_kind_of_paper_written_before_its_title_is_no_part_of_it() -> None:
    text = (
        "Assorted papers\n\n"
        "**(Review) Lantern Estimation in Machine Learning , Ada Moss, Ben Quill, 2019.\n\n"
        "**(Survey) Computational Bramble Transport, Cy Grove, Dee Fern, 2019.\n\n"
        "**Backward Moss Correction: How Deep Nets Learn Deep Nets, Eve Stone, Finn Reed, 2020.\n"
    )
    titles = set(_by_title(text))
    assert "Lantern Estimation in Machine Learning" in titles
    assert "Computational Bramble Transport" in titles
    assert not any(title.startswith("(") for title in titles)


def test_a_title_that_opens_with_brackets_of_its_own_keeps_them() -> None:
    from papercli.importers.digest.candidates import without_kind_tag

    assert without_kind_tag("(Not) Bounding the True Error") == "(Not) Bounding the True Error"
    assert without_kind_tag("(Review) GANs") == "(Review) GANs"  # too short a rest to be a title
    assert without_kind_tag("(Oral) Quill Layers for Sparse Attention") == (
        "Quill Layers for Sparse Attention"
    )


# a list of preprints, each with a note line saying where it was accepted
_ACCEPTED_NOTES = """# Splatting papers accepted in 2024

#### [1] Lantern Splats: Tracking by Persistent Dynamic Lanterns
- **作者**：Ada Moss, Ben Quill
- **链接**：[[arXiv:2308.01234](https://arxiv.org/abs/2308.01234)]
- **说明**：🏆 Accepted to 3DV 2024

#### [2] Bramble Splats from Markerless Capture
- **作者**：Cy Grove, Dee Fern
- **链接**：[[arXiv:2310.05678](https://arxiv.org/abs/2310.05678)]
- **说明**：🏆 Accepted to WAFR 2024

#### [3] Moss Splats for Sparse Views
- **作者**：Eve Stone
- **链接**：[[arXiv:2311.09012](https://arxiv.org/abs/2311.09012)]
- **说明**：Submitted for review
"""


def test_a_note_in_a_record_says_where_its_preprint_was_accepted() -> None:
    found = _by_title(_ACCEPTED_NOTES)
    lantern = found["Lantern Splats: Tracking by Persistent Dynamic Lanterns"]
    assert (lantern["venue"], lantern["year"]) == ("3DV", 2024)
    bramble = found["Bramble Splats from Markerless Capture"]
    assert (bramble["venue"], bramble["year"]) == ("WAFR", 2024)  # unknown: as written
    assert found["Moss Splats for Sparse Views"]["venue"] == "arXiv"


def test_a_links_text_wrapped_over_three_lines_is_one_title() -> None:
    text = (
        "# RL reading log\n\n"
        "- [Policy Gradient Methods for\n"
        "Reinforcement Learning with Lantern\n"
        "Approximation](https://example.org/pg.pdf) / [Quill Gradients](https://example.org/q.pdf)\n"
        "- [Compression for Communicating Bramble Updates via\n"
        "Sparsification and Quantization](https://arxiv.org/abs/2311.13171) (November 2023)\n"
    )
    titles = set(_by_title(text))
    assert "Policy Gradient Methods for Reinforcement Learning with Lantern Approximation" in titles
    assert "Compression for Communicating Bramble Updates via Sparsification and Quantization" in (
        titles
    )


def test_a_links_title_over_its_authors_stays_apart() -> None:
    text = (
        "- [Lantern Nets for Seeing Through Fog\n"
        "Ada Moss, Ben Quill](https://arxiv.org/abs/2101.01234)\n"
        "- [Bramble Maps for Dense Correspondence\n"
        "Cy Grove and Dee Fern](https://arxiv.org/abs/2202.05678)\n"
    )
    found = _by_title(text)
    assert "Lantern Nets for Seeing Through Fog" in found
    assert not any("Ada Moss" in title or "Dee Fern" in title for title in found)


def test_an_html_link_and_bold_title_wrapped_over_two_lines_is_one_title() -> None:
    text = (
        "## Accepted papers\n\n"
        '<a href="/img/P008.pdf" class="image fit"><b>Object Lanterns in Visual Model-Based\n'
        "Quill Learning</b></a>  \n"
        "Ada Moss, Ben Quill, Cy Grove\n\n"
        '<a href="/img/P009.pdf" class="image fit"><b>Bramble Maps for Dense Correspondence'
        "</b></a>  \n"
        "Dee Fern, Eve Stone\n"
    )
    found = _by_title(text)
    assert "Object Lanterns in Visual Model-Based Quill Learning" in found
    assert found["Object Lanterns in Visual Model-Based Quill Learning"]["authors"] == [
        "Ada Moss",
        "Ben Quill",
        "Cy Grove",
    ]
    assert "Quill Learning" not in found


def test_names_in_square_brackets_after_a_title_are_its_authors() -> None:
    text = (
        "### Week 1\n"
        "- Lantern Nets for Seeing Through Fog [Ada Moss, Ben Quill] "
        "[[Link]](https://arxiv.org/abs/2101.01234)\n"
        "- Bramble Maps for Dense Correspondence [Cy Grove, Dee Fern, Eve Stone] "
        "[[arXiv]](https://arxiv.org/abs/2202.05678)\n"
        "- Quill Layers for Sparse Attention [Finn Reed] [[Link]](https://example.org/q.pdf)\n"
        "- Moss Pooling for Point Clouds [CVPR 2020] [[Link]](https://example.org/m.pdf)\n"
    )
    found = _by_title(text)
    assert found["Lantern Nets for Seeing Through Fog"]["authors"] == ["Ada Moss", "Ben Quill"]
    assert found["Bramble Maps for Dense Correspondence"]["authors"] == [
        "Cy Grove",
        "Dee Fern",
        "Eve Stone",
    ]
    assert found["Quill Layers for Sparse Attention"]["authors"] == ["Finn Reed"]
    moss = found["Moss Pooling for Point Clouds"]
    assert (moss["authors"], moss["venue"]) == ([], "CVPR")


def test_a_linked_title_ends_where_its_citations_surnames_begin() -> None:
    text = (
        "### Phase 1\n\n"
        "* [Lantern Nets: Global Vectors for Fog](https://aclanthology.org/D14-1162), "
        "Moss et al., EMNLP, 2014 - Ada Stone (review, slides)\n"
        "* [Straight to the Bramble: Parsing with Quill Distance](https://aclanthology.org/P18-1108)"
        ", Reed et al., 2018 - Finn Grove (review, slides)\n"
        "* [Improving Moss Resolution by Learning Entity-Level Lanterns]"
        "(https://aclanthology.org/P16-1061), Clark and Fern, ACL, 2016 - Cy Dee (review, slides)\n"
    )
    assert sorted(_by_title(text)) == [
        "Improving Moss Resolution by Learning Entity-Level Lanterns",
        "Lantern Nets: Global Vectors for Fog",
        "Straight to the Bramble: Parsing with Quill Distance",
    ]


# a one-paper review post whose front matter folds its quoted title over two lines
_FOLDED_TITLE = """---
title: "[논문리뷰] Fast on the Lantern, Deep on the Quill: Efficient Reasoning via Powered
 Bramble Penalty"
date: 2025-09-11
categories:
  - 논문리뷰
excerpt: "Fast on Lantern, Deep on Quill"
---
> arXiv 2025. [[Paper](https://arxiv.org/abs/2506.10446)]
> 12 Jun 2025

# Method
- LLM: policy
"""


def test_a_front_matter_title_folded_over_two_lines_is_one_title() -> None:
    papers = _papers(_FOLDED_TITLE)
    assert [p["title"] for p in papers] == [
        "Fast on the Lantern, Deep on the Quill: Efficient Reasoning via Powered Bramble Penalty"
    ]
    assert papers[0]["arxiv_id"] == "2506.10446"


def test_folded_scalars_joins_only_an_open_quote() -> None:
    from papercli.importers.digest.blocks import _folded_scalars

    assert _folded_scalars('title: "A of\n  B"\ndate: 1') == 'title: "A of B"\ndate: 1'
    assert _folded_scalars('title: "A"\n  b: 2') == 'title: "A"\n  b: 2'
    assert _folded_scalars('title: "A of\ndate: 1') == 'title: "A of\ndate: 1'


def test_a_post_headed_by_a_gloss_and_its_english_title_in_brackets_names_that_paper() -> None:
    text = (
        "ランタンに関する系統的文献レビュー(What do we know about Lantern Hubs? "
        "A systematic literature review of quill claims)\n\n"
        "田中専務\n\n"
        "拓海さん、最近社内で話が出まして、部下に答えられず困っております。\n\n"
        "AIメンター拓海\n\n"
        "素晴らしい着眼点ですね!一緒に整理すれば導入の判断材料が見えてきますよ。\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "What do we know about Lantern Hubs? A systematic literature review of quill claims"
    ]


def test_a_chinese_headline_with_a_short_english_aside_names_no_paper() -> None:
    text = "今天的学习笔记(Part 1)\n\n今天我们讨论了很多内容，包括模型训练和评估。\n"
    assert _papers(text) == []


def test_an_english_titles_gloss_in_brackets_is_another_title() -> None:
    text = (
        "**2. Relational Deep Lantern Learning（关系性深度灯笼学习）**\n\n"
        "论文链接：https://arxiv.org/abs/1806.01830\n\n"
        "摘要：我们提出了一种新的方法。\n\n"
        "**3. Relational recurrent quill networks（关系性循环羽毛网络）**\n\n"
        "论文链接：https://arxiv.org/abs/1806.01822\n\n"
        "摘要：基于记忆的神经网络。\n\n"
        "**4. Neural Bramble Inference for Interacting Systems**\n\n"
        "论文链接：https://arxiv.org/abs/1802.04687\n\n"
        "摘要：另一篇论文。\n"
    )
    found = _by_title(text)
    assert found["Relational Deep Lantern Learning"]["alt_titles"] == ["关系性深度灯笼学习"]
    assert found["Relational recurrent quill networks"]["alt_titles"] == ["关系性循环羽毛网络"]
    assert "Neural Bramble Inference for Interacting Systems" in found


def test_a_lists_name_for_its_papers_is_no_paper() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Papers in Emnlp 2023 Part1")
    assert never_title("Papers in Deep Learning")
    assert not never_title("Papers with Code: Lantern Benchmarks for Quill Models")
    assert not never_title("On Papers in Peer Review: A Study of Bramble Reviews")
