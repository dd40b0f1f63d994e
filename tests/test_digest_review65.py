"""Conventions shared by real pages read for errors in stop 65, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import chosen_title
from tests.conftest import digest_by_title as _by_title
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines

# a reading log whose paper cells use markdown's image syntax for the paper's link
_IMAGE_LINKS = """# Papers I read

### Vision
| Paper | Published | Read |
|-|-|-|
| ![Lantern Nets: Seeing Through Fog](https://arxiv.org/abs/2101.01234) | 2021-01 | 2023 |
| ![Quickstep: Rapid Retraining](https://arxiv.org/abs/2202.05678) | 2022-02 | 2024 |
| ![Bramble Maps for Dense Correspondence](https://arxiv.org/abs/2303.09012) | 2023-03 | 2024 |
"""


def test_an_image_whose_source_is_a_papers_page_is_that_papers_link() -> None:
    found = _by_title(_IMAGE_LINKS)
    assert sorted(found) == [
        "Bramble Maps for Dense Correspondence",
        "Lantern Nets: Seeing Through Fog",
        "Quickstep: Rapid Retraining",
    ]
    assert found["Quickstep: Rapid Retraining"]["arxiv_id"] == "2202.05678"


def test_a_picture_stays_a_picture() -> None:
    text = (
        "- [Grove Nets](https://arxiv.org/abs/2101.04444) ![stars](https://img.shields.io/x.svg)\n"
    )
    lines = read_lines(text)
    assert [line.text.strip() for line in lines] == ["Grove Nets"]


# a weekly blog post with a malformed cut mark ("<!--more>" is never closed)
_CUT_MARK = """---
title: Papers I liked, week 3
---

Here are a few papers that caught my eye.

<!--more>

## [Lantern Nets: Seeing Through Fog](https://arxiv.org/pdf/2208.01111.pdf)

A neat idea, well written.

## [How to Prune Mixtures of Experts Without Retraining](https://example.org/papers/prune.pdf)

I enjoyed it.

## [Quickstep: Rapid Retraining](https://arxiv.org/pdf/2208.02222.pdf)

A fun paper with a clever metric.


[Bramble Maps for Dense Correspondence](https://arxiv.org/pdf/2208.03333.pdf)

The last one, on its own line.
"""


def test_an_unclosed_comment_hides_nothing() -> None:
    found = _by_title(_CUT_MARK)
    assert "Lantern Nets: Seeing Through Fog" in found
    assert found["Bramble Maps for Dense Correspondence"]["arxiv_id"] == "2208.03333"


def test_a_closed_comment_still_hides_its_text() -> None:
    text = (
        "<!-- - [Hidden Paper on Sparse Nets](https://arxiv.org/abs/2101.07777) -->\n\n"
        "- [Shown Paper on Dense Nets](https://arxiv.org/abs/2101.08888)\n"
    )
    assert [p["title"] for p in _papers(text)] == ["Shown Paper on Dense Nets"]


def test_a_linked_heading_over_a_bare_link_line_is_a_paper_like_its_sibling_headings() -> None:
    found = _by_title(_CUT_MARK)
    assert found["Quickstep: Rapid Retraining"]["arxiv_id"] == "2208.02222"
    assert found["Quickstep: Rapid Retraining"]["topics"] == []
    assert len(found) == 4


def test_a_korean_paper_label_names_the_title() -> None:
    text = (
        '---\ntitle: "[논문 리뷰] Lantern Nets: Seeing Through Fog"\n---\n\n'
        "- **논문**: Lantern Nets: Seeing Through Fog\n"
        "- **저자**: Ada Moreau, Bram Okafor (Example Lab)\n"
        "- **게재**: TMLR 2024\n\n## 한 줄 요약\n\n이 논문은 안개 속 이미지를 다룬다.\n"
    )
    found = _papers(text)
    assert [p["title"] for p in found] == ["Lantern Nets: Seeing Through Fog"]
    assert found[0]["authors"] == ["Ada Moreau", "Bram Okafor"]


def test_a_link_named_for_its_paper_is_not_a_title() -> None:
    text = (
        "### Spring\n\n"
        "1) **March 7th - Robots that Touch** (presented by Ada)\n\n"
        "* [GRIP Paper](https://arxiv.org/abs/1906.01111)\n"
        "* [Original paper](https://arxiv.org/abs/2405.02222)\n"
        "* [Lantern Nets: Seeing Through Fog](https://arxiv.org/abs/2312.03333)\n"
    )
    titles = [p["title"] for p in _papers(text)]
    assert "Lantern Nets: Seeing Through Fog" in titles
    assert not {"GRIP Paper", "Original paper"} & set(titles)


# a course table pasted as text: each cell on its own line, two readings numbered on one line
_READINGS_ROW = (
    """Class | Date | Topic | Reading Assignments |
---|---|---|---|
1 |
9/7 (Thu) |
1.1 Introduction to clinical data 1.2 History of learning in medicine |
1. Lantern Nets: Seeing Through Fog With Sparse Pixels In Wards """
    """2. A Review of Quickstep Methods for Rapid Retraining |
2 | 9/15 |
"""
)


def test_two_numbered_titles_on_one_short_line_are_two_papers() -> None:
    titles = {p["title"] for p in _papers(_READINGS_ROW)}
    assert "Lantern Nets: Seeing Through Fog With Sparse Pixels In Wards" in titles
    assert not any(" 2. " in t for t in titles)


def test_a_year_before_a_link_on_a_short_numbered_line_is_no_entry_number() -> None:
    line = (
        "1. Ada Moreau, Bram Okafor. Thumbs Down? Sorting Reviews by Feel. EMNLP, 2002."
        "  [ https://example.org/x.html ]"
    )
    assert [p["title"] for p in _papers(line + "\n")] == ["Thumbs Down? Sorting Reviews by Feel"]


# a personal list of best papers: year headings that link to the award page they come from
_AWARD_SOURCES = """## EMNLP
### 2021 [[ref](https://2021.example.org/blog/best-paper-awards)]
1. Lantern Nets: Seeing Through Fog With Sparse Pixels.
Ada Moreau, Bram Okafor
     - core: sparse pixels.

## NAACL
### 2019
1. Quickstep: Pre-training of Deep Retrainable Learners for Language Understanding, 2019. \
[[paper](https://arxiv.org/vc/arxiv/papers/1810/1810.04805v1.pdf)]
Cleo Diaz and Dan Eriksen
"""


def test_a_section_headings_source_link_is_not_its_papers_url() -> None:
    lantern = _by_title(_AWARD_SOURCES)["Lantern Nets: Seeing Through Fog With Sparse Pixels"]
    assert lantern["url"] is None
    assert lantern["authors"] == ["Ada Moreau", "Bram Okafor"]


def test_an_arxiv_version_archive_link_names_its_arxiv_id() -> None:
    found = _by_title(_AWARD_SOURCES)
    quickstep = found[
        "Quickstep: Pre-training of Deep Retrainable Learners for Language Understanding"
    ]
    assert quickstep["arxiv_id"] == "1810.04805"
    assert quickstep["venue"] == "NAACL" and quickstep["year"] == 2019


def test_a_title_is_never_cut_after_a_word_no_title_ends_on() -> None:
    line = (
        "1. Quickstep: Deep Retrainable Learners for Language Understanding, 2019. [[paper](x.pdf)]"
    )
    cut = "Quickstep: Deep Retrainable Learners for"
    assert (
        chosen_title(line, cut) == "Quickstep: Deep Retrainable Learners for Language Understanding"
    )
    underscored = (
        "**Lantern: Better Text Generation via Filling in the ______ (ICLR2018 submitted)**"
    )
    kept = "Lantern: Better Text Generation via Filling in the"
    assert chosen_title(underscored, kept) == kept  # (the blank is no word to go on with)


_LAB_BIBTEX = """@inproceedings{lee2026lantern,
  title       = {Lantern Nets: Seeing Through Fog},
  author      = {Lee*, Gunwoo and Oh*, Yoori and Han+, Yoseob},
  booktitle   = {British Machine Vision Conference (BMVC)},
  year        = {2026},
  code        = {https://github.com/example-lab/lantern},
  pdf         = {lantern.pdf},
  annotation  = {* Equal contribution, + Corresponding author},
}
"""


def test_a_labs_bibtex_marks_after_names_are_no_part_of_them_and_its_code_field_is_read() -> None:
    from papercli.importers import parse

    (paper,) = parse(_LAB_BIBTEX, "bibtex", "lab.bib").papers
    assert paper.authors == ["Gunwoo Lee", "Yoori Oh", "Yoseob Han"]
    assert paper.code_url == "https://github.com/example-lab/lantern"
    assert paper.pdf_url is None  # (a file of the site, no address)


def test_a_name_ending_in_a_mark_survives_the_bibtex_round_trip() -> None:
    from papercli.exporters import to_bibtex
    from papercli.importers import parse
    from papercli.model import Paper

    written = to_bibtex([Paper(title="Lantern Nets", authors=["Ada Moss*", "C++ Team"])])
    (paper,) = parse(written, "bibtex", "out.bib").papers
    assert paper.authors == ["Ada Moss*", "C++ Team"]


# an awards page whose items were hard-wrapped at 70 columns, names and all
_WRAPPED_NOMINEES = """### Best Paper Nominees

* #7: *Lantern Nets: A Continuous Representation of Fog for Robust
 Pixel Learning with Uncertainty* Valentin Moreau, Matthew
 Okafor, David M. Rosen, W. Nicholas Greene, Nicholas Roy, Jonathan
 Kelly
* #11: *Shared Lanterns With Learned Latent Actions* Hong Jun Jeon,
   Dylan P. Losey, Dorsa Sadigh
* #81: *Quickstep: Autonomous Drone Retraining* Philipp Foehn, Dario
 Brescianini, Elia Kaufmann
"""


def test_hard_wrapped_names_after_a_marked_title_are_its_authors() -> None:
    found = _by_title(_WRAPPED_NOMINEES)
    assert sorted(found) == [
        "Lantern Nets: A Continuous Representation of Fog for Robust Pixel Learning with "
        "Uncertainty",
        "Quickstep: Autonomous Drone Retraining",
        "Shared Lanterns With Learned Latent Actions",
    ]
    lantern = next(p for t, p in found.items() if t.startswith("Lantern"))
    assert lantern["authors"][-1] == "Jonathan Kelly" and len(lantern["authors"]) == 6
    assert lantern["topics"] == ["Best Paper Nominees"]
    assert found["Shared Lanterns With Learned Latent Actions"]["authors"] == [
        "Hong Jun Jeon",
        "Dylan P. Losey",
        "Dorsa Sadigh",
    ]
    assert found["Quickstep: Autonomous Drone Retraining"]["authors"][:2] == [
        "Philipp Foehn",
        "Dario Brescianini",
    ]


def test_markup_inside_a_title_joins_no_names_onto_it() -> None:
    text = (
        "* **Efficient Lanterns** for Minimal Problems by Fog-Based Reduction, Viktor Larsson, "
        "Kalle Moreau, Magnus\nOkafor\n"
    )
    lines = read_lines(text)
    assert [line.text for line in lines][-1] == "Okafor"


def test_a_papers_address_then_its_title_on_a_line_is_that_titles_link() -> None:
    text = (
        "▼ 参考論文（arXiv）\n"
        "https://arxiv.org/abs/2605.11111  — Lantern Nets: Seeing Through Fog\n"
        "https://arxiv.org/abs/2605.22222  — Quickstep: Rapid Retraining of Linear Learners\n"
        "https://arxiv.org/abs/2605.33333  — Bramble Maps for Dense Correspondence\n"
        "https://example.org/blog/post  — Our Blog Post About Things\n"
    )
    found = _by_title(text)
    assert found["Quickstep: Rapid Retraining of Linear Learners"]["arxiv_id"] == "2605.22222"
    assert found["Bramble Maps for Dense Correspondence"]["arxiv_id"] == "2605.33333"
    assert "Our Blog Post About Things" not in found


# a review repository's table: the venue in a "From" column, the topic as a bare badge
_BADGE_TABLE = """From | Category | Authors | Paper
---- | ---- | ---- | ----
CVPR 2020 | <img src=https://img.shields.io/badge/%20-Modeling-yellow> | Ada Moreau et al. | \
[Lantern Nets: Seeing Through Fog](https://github.com/example/reviews/tree/master/lantern)
ECCV 2018 | <img src=https://img.shields.io/badge/%20-Self--Supervised_Learning-green> | \
Bram Okafor | [Quickstep: Weakly Supervised Segmentation](https://github.com/example/r/tree/m/qs)
"""


def test_a_from_column_names_the_venue_and_a_bare_badge_cell_says_its_text() -> None:
    found = _by_title(_BADGE_TABLE)
    lantern = found["Lantern Nets: Seeing Through Fog"]
    assert (lantern["venue"], lantern["year"], lantern["topics"]) == ("CVPR", 2020, ["Modeling"])
    quickstep = found["Quickstep: Weakly Supervised Segmentation"]
    assert quickstep["topics"] == ["Self-Supervised Learning"]
    assert quickstep["venue"] == "ECCV"


def test_a_badge_says_its_label_and_message_not_its_colour() -> None:
    from papercli.importers.digest.blocks import badge_text

    assert badge_text("https://img.shields.io/badge/CVPR-2020-blue.svg") == "CVPR 2020"
    assert badge_text("https://img.shields.io/github/stars/a/b") == ""


def test_a_one_paper_posts_arxiv_link_is_the_one_named_for_its_paper() -> None:
    text = (
        '---\ntitle: "[Paper Review] Lantern: An Open-Source Fog-Seeing Model"\n---\n\n'
        "지난 번 읽어본 [Efficient survey 논문](https://arxiv.org/abs/2510.11111)에 이어, "
        "이번에는 [**Lantern**](https://arxiv.org/abs/2406.22222)라는 논문을 읽어봤다.\n\n"
        "## Introduction\n\n기존 모델들의 한계는 데이터셋이 작다는 것이다.\n"
    )
    (paper,) = _papers(text)
    assert paper["title"] == "Lantern: An Open-Source Fog-Seeing Model"
    assert paper["arxiv_id"] == "2406.22222"


def test_a_page_titled_by_two_venues_of_one_year_gives_its_papers_that_year_only() -> None:
    text = (
        "# Doing a paper blitz for 2023 ACL + EMNLP papers\n\n"
        "### Evaluation\n\n"
        "- Lantern Nets: Seeing Through Fog With Sparse Pixels\n"
        "- Quickstep: Rapid Retraining of Linear Learners\n"
        "- Bramble Maps for Dense Correspondence in the Wild\n"
    )
    found = _by_title(text)
    assert len(found) == 3
    assert {(p["venue"], p["year"]) for p in found.values()} == {(None, 2023)}


def test_names_after_a_titles_last_sentence_are_cut_off_it() -> None:
    line = "- (Poster) **Lantern Nets for Unsupervised Domain Adaptation. Timothy Okafor**\n"
    assert (
        chosen_title(line, "Lantern Nets for Unsupervised Domain Adaptation. Timothy Okafor")
        == "Lantern Nets for Unsupervised Domain Adaptation"
    )
    survey = "- **Evaluating Lantern Models. A Comprehensive Survey**\n"
    kept = "Evaluating Lantern Models. A Comprehensive Survey"
    assert chosen_title(survey, kept) == kept  # (a subtitle, no names)


def test_a_zhihu_tab_title_after_a_papers_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import without_open_tail

    tab = "Quickstep: A Rapid Retraining System——论文泛读 - 某某的文章 - 知乎"
    assert without_open_tail(tab) == "Quickstep: A Rapid Retraining System"
    assert without_open_tail("Lantern Nets - 知乎") == "Lantern Nets"
    assert without_open_tail("Lantern - A Fog-Seeing Model") == "Lantern - A Fog-Seeing Model"


_NEWSLETTER = """**On Research…**
Lantern nets see through fog with sparse pixels - [Link](https://arxiv.org/abs/1805.01111)

Meet the new grand-master of the leaderboard - [Link](http://blog.example.com/2018/05/07/profile/)

Word Embeddings to Polysemy Embedding - [Link](https://medium.com/@someone/word-embedding-1234)

Quickstep: rapid retraining of linear learners - [Link](https://arxiv.org/pdf/1805.02222.pdf)
"""


def test_a_newsletter_headline_linked_only_to_a_post_is_not_a_paper() -> None:
    titles = {p["title"] for p in _papers(_NEWSLETTER)}
    assert "Meet the new grand-master of the leaderboard" not in titles
    assert "Word Embeddings to Polysemy Embedding" not in titles
    assert "Lantern nets see through fog with sparse pixels" in titles


def test_a_surname_wrapped_onto_a_line_of_its_own_joins_its_given_name() -> None:
    text = (
        "* #29: *Lantern Manipulation with a Fog-Reactive Gripper* Yu She,\n"
        " Shaoxiong Wang, Siyuan Dong, Neha Sunil, Alberto Rodriguez, Edward\n"
        " Adelson\n"
        "* #30: *Quickstep Retraining* Ada Moreau, Bram\n"
        " Talk recorded on video\n"
    )
    texts = [line.text for line in read_lines(text)]
    assert texts[0].endswith("Alberto Rodriguez, Edward Adelson")
    assert texts[-1] == "Talk recorded on video"  # (common words: no surname)


_SESSIONS = """### SPRING

5) **February 14th - Quickstep: Rapid Retraining of Linear Learners** (presented by Ada)

* [Paper](https://arxiv.org/pdf/2205.01111)
* [Slides](https://example.org/quickstep.pdf)

14) **April 18th - AI Coding Agents for Hardware-Optimized Code** (presented by Bram, Cleo)

* [Lantern: Can Models Write Efficient Fog Kernels?](https://arxiv.org/abs/2502.02222)
* [Bramble: Whole-Proof Generation and Repair with Models](https://arxiv.org/abs/2303.03333)
* [Slides](https://example.org/agents.pdf)
"""


def test_a_bold_session_line_over_its_linked_papers_is_no_paper() -> None:
    titles = {p["title"] for p in _papers(_SESSIONS)}
    assert "Lantern: Can Models Write Efficient Fog Kernels?" in titles
    assert "Bramble: Whole-Proof Generation and Repair with Models" in titles
    assert not any("AI Coding Agents" in t for t in titles)
