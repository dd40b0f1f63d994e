"""Conventions shared by real pages read for errors in stop 69, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

# a talks list's calendar export: folded lines, escaped commas and line breaks
_CALENDAR = (
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "X-WR-CALNAME:Card Games Journal Club\r\n"
    "BEGIN:VEVENT\r\n"
    "SUMMARY:Counting wars - Ada Moss (PhD student)\r\n"
    "DTSTART:20260204T110000Z\r\n"
    "DESCRIPTION:This week we read three papers.\\n\\nQuill et al.\\, 2025: Learning to \r\n"
    " Peg in Cribbage https://arxiv.org/pdf/2501.00001\\n\\nVale 2019: Sparse Attention \r\n"
    " Lanterns for Long\\nCard Games https://arxiv.org/pdf/1901.00002\\n\\nRowe et al.\\, 20\r\n"
    " 24: Hands and Starters for Counting Tables https://arxiv.org/pdf/2402.00003\\n\r\n"
    "LOCATION:Room 10\\, Games Building\r\n"
    "END:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_a_calendar_export_reads_as_its_events_descriptions() -> None:
    papers = _by_title(_CALENDAR)
    assert sorted(papers) == [
        "Hands and Starters for Counting Tables",
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]
    lanterns = papers["Sparse Attention Lanterns for Long Card Games"]
    assert (lanterns["authors"], lanterns["arxiv_id"]) == (["Vale"], "1901.00002")
    assert papers["Learning to Peg in Cribbage"]["authors"] == ["Quill"]


def test_a_file_that_only_starts_like_a_calendar_is_read_as_text() -> None:
    papers = _by_title("BEGIN:VCALENDAR\n\n- **Learning to Peg in Cribbage** (ICML 2020)\n")
    assert list(papers) == ["Learning to Peg in Cribbage"]


# a post's numbered references, two of them wrapped by its writer's editor
_WRAPPED_REFERENCES = """\
The four stages of the game engine, each with its paper.

[1]Learning to Peg in Cribbage: Taking Random
Walks Through the Card Graph
[2] Sparse Attention Lanterns for Long Card Games
[3] Up Next: Counting Methods for Large Scale Related Hand
Suggestion
[4] Hands and Starters for Counting Tables
"""


def test_a_reference_wrapped_onto_a_line_without_a_mark_is_one_title() -> None:
    assert sorted(_by_title(_WRAPPED_REFERENCES)) == [
        "Hands and Starters for Counting Tables",
        "Learning to Peg in Cribbage: Taking Random Walks Through the Card Graph",
        "Sparse Attention Lanterns for Long Card Games",
        "Up Next: Counting Methods for Large Scale Related Hand Suggestion",
    ]


# each reference over its authors' line: two lines a record, nothing wrapped
_REFERENCES_OVER_AUTHORS = """\
[1] Learning to Peg in Cribbage
Ada Moss, Ben Quill
[2] Sparse Attention Lanterns for Long Card Games
Cora Rowe, Dan Vale
"""


def test_references_over_their_authors_lines_are_not_joined_to_them() -> None:
    papers = _by_title(_REFERENCES_OVER_AUTHORS)
    assert sorted(papers) == [
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]
    assert papers["Learning to Peg in Cribbage"]["authors"] == ["Ada Moss", "Ben Quill"]


# notes on a conference's awards: each title wrapped at a word no title ends on, then its names
_WRAPPED_ITEMS = """\
## Outstanding papers

* **Beyond Card Counting:** Rethinking Evaluation Metrics and Strategies
  for Multilingual Cribbage Scoring
. Ada Moss, Ben Quill, Cora Rowe

* Bridging the Counting Gaps in Card Engines
  with Inference-Time Peg Intervention
. Dan Vale, Eve Marsh

* From Real to Synthetic:
  Synthesizing Millions of Diversified Cribbage Hands
  with Attributed Grounding
. Finn Hale, Gus Park
"""


def test_an_item_title_wrapped_twice_at_words_no_title_ends_on_is_whole() -> None:
    papers = _by_title(_WRAPPED_ITEMS)
    assert sorted(papers) == [
        "Beyond Card Counting: Rethinking Evaluation Metrics and Strategies for Multilingual "
        "Cribbage Scoring",
        "Bridging the Counting Gaps in Card Engines with Inference-Time Peg Intervention",
        "From Real to Synthetic: Synthesizing Millions of Diversified Cribbage Hands with "
        "Attributed Grounding",
    ]
    assert papers[
        "Bridging the Counting Gaps in Card Engines with Inference-Time Peg Intervention"
    ]["authors"] == ["Dan Vale", "Eve Marsh"]


def test_an_intro_line_ending_in_a_colon_is_not_joined_to_the_title_below() -> None:
    page = (
        "Some notes on card-counting engines & their intellectual lineage:\n"
        "Learning to Peg in Cribbage 2015\n"
        " Ada Moss, Ben Quill\n"
        " How the first engine counted.\n"
    )
    (title,) = _by_title(page)
    assert title.startswith("Learning to Peg in Cribbage")


# a course's key areas, each with a title quoted with a quoted word inside it
_NESTED_QUOTES = """\
Key areas of the seminar:

  1. Dangers: e.g., ”On the Dangers of Counting Cards: Can Engines Be Too Big?” (Moss et al. 2021) https://example.org/moss21

  2. Bias: e.g., ”Counting Is Power: A Critical Survey of “Bias” in Cribbage” (Quill et al. 2020) https://example.org/quill20
"""


def test_a_quoted_title_holding_a_quoted_word_is_whole() -> None:
    papers = _by_title(_NESTED_QUOTES)
    assert "Counting Is Power: A Critical Survey of “Bias” in Cribbage" in papers
    assert not any(title.endswith("Survey of") for title in papers)


_LIBRARY_LINKS = """\
Best Paper Awards

Best Paper

Learning to Peg in Cribbage ACM DL
Ada Moss, Ben Quill and Cora Rowe

Honorable Mentions

Sparse Attention Lanterns for Long Card Games ACM DL
Dan Vale and Eve Marsh
"""


def test_a_digital_librarys_bare_link_text_after_a_title_is_not_part_of_it() -> None:
    papers = _by_title(_LIBRARY_LINKS)
    assert sorted(papers) == [
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]
    assert papers["Learning to Peg in Cribbage"]["authors"] == [
        "Ada Moss",
        "Ben Quill",
        "Cora Rowe",
    ]


# a course's list of projects: each line opens with its presenter's masked name
_MASKED_PRESENTERS = """\
Papers chosen so far:

- ```최*식```, ```임*종 ```: Learning to Peg in Cribbage: Real-Time Counting (2016, A. Moss et al.)
- 박*재 Quill, Ben, et al. "Sparse attention lanterns for long card games." arXiv preprint arXiv:1609.00001 (2016).
- 류*미 Cora Rowe, Dan Vale. Hands and Starters for Counting Tables. ICLR 2017
"""  # noqa: E501


def test_a_presenters_masked_name_before_a_title_is_not_part_of_it() -> None:
    papers = _by_title(_MASKED_PRESENTERS)
    assert sorted(papers) == [
        "Hands and Starters for Counting Tables",
        "Learning to Peg in Cribbage: Real-Time Counting",
        "Sparse attention lanterns for long card games",
    ]
    assert papers["Sparse attention lanterns for long card games"]["authors"] == ["Ben Quill"]


# a reading list's books beside its papers, in APA: a publisher where a venue would be
_BOOKS_BY_PUBLISHER = """\
Further reading

Moss, A., and Quill, B. (2018). The book of pegs: the new science of counting. Basic books.

Rowe, C. (2009). Cribbage. Cambridge university press.

Vale, D., and Marsh, E. (2013). Essentials of counting in public games. Jones & Bartlett Publishers.

Hale, F., Park, G. (2016). Distinguishing runs from pairs using observational data: methods and benchmarks. Journal of Machine Learning Research, 17(32), 1-102.
"""  # noqa: E501


def test_a_citation_with_a_publisher_where_its_venue_would_be_is_a_book() -> None:
    assert list(_by_title(_BOOKS_BY_PUBLISHER)) == [
        "Distinguishing runs from pairs using observational data: methods and benchmarks"
    ]


def test_a_journal_hosts_article_address_gives_the_doi_without_its_slug() -> None:
    page = (
        'This week I read ["Learning to Peg in Cribbage: Counting, Prediction and Beyond"]'
        "(https://direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00999/113490/Learning-to-Peg"
        "-in-Cribbage) and took notes.\n"
    )
    (paper,) = _by_title(page).values()
    assert paper["doi"] == "10.1162/tacl_a_00999"


def test_a_one_paper_posts_word_on_where_its_paper_appeared_gives_the_venue() -> None:
    page = (
        "新一代记牌范式：在线强化学习框架\n\n摘要\n\n"
        "我们提出了一个记牌框架，大量实验验证了它的效果。"
        "基于该项工作整理的论文已发表在NeurIPS 2022，"
        "欢迎阅读交流。\n\n"
        "论文：Sustainable Online Reinforcement Learning for Card Counting\n\n"
        "论文链接：https://openreview.net/forum?id=abcDEF123\n"
    )
    (paper,) = _by_title(page).values()
    assert (paper["venue"], paper["year"]) == ("NeurIPS", 2022)


# a site generator's landing page: YAML blocks holding markdown, with YAML comments between
_LANDING_PAGE = """\
---
# Leave the homepage title empty to use the site title
title:
date: 2022-10-24
type: landing

sections:
  - block: collection
    id: news
    content:
      title: Latest News
      subtitle:
      text: |
        * **Sep 2023:** Two of our recent works, [Learning to Peg in Cribbage with Adaptive Counting](/publication/2023-peg/) and [Sparse Attention Lanterns for Long Card Games](/publication/2023-lanterns/), are now available online on arXiv.
        * **Jun 2023:** Two papers from our lab, [Hands and Starters for Counting Tables](/publication/2023-hands/) and [Go Openings Without Any Search](/publication/2023-go/), are accepted and presented at MobiSys 2023.
    design:
#      view: card
      view: compact

  - block: markdown
    id: counting
    content:
      title: Card counting
      text: |
        ### [Learning to Peg in Cribbage with Adaptive Counting](/publication/2023-peg/)
        ArXiv preprint

        ### [Sparse Attention Lanterns for Long Card Games](/publication/2023-lanterns/)
        MobiSys 2023
"""  # noqa: E501


def test_a_yaml_pages_comments_are_not_its_papers_topics() -> None:
    papers = _by_title(_LANDING_PAGE)
    assert {
        "Learning to Peg in Cribbage with Adaptive Counting",
        "Sparse Attention Lanterns for Long Card Games",
    } <= set(papers)
    topics = [topic for paper in papers.values() for topic in paper["topics"]]
    assert not any("homepage" in topic or "view" in topic for topic in topics)


# a list's HTML table: the title, its badges, then its authors' institutions after a school mark
_AFFILIATIONS_CELL = """\
<table>
  <thead><tr><th>📑 论文</th><th>✨ 总结</th></tr></thead>
  <tbody>
    <tr>
      <td>Learning to Peg in Cribbage with Small Counting Models<br><a href="https://arxiv.org/pdf/2604.00001"><img alt="arXiv" src="https://img.shields.io/badge/arXiv-2604.00001-b31b1b"></a><br>🏫 Meta AI、KAUST</td>
      <td>论文提出一个记牌模型。</td>
    </tr>
    <tr>
      <td>Sparse Attention Lanterns for Long Card Games<br><a href="https://arxiv.org/pdf/2604.00002"><img alt="arXiv" src="https://img.shields.io/badge/arXiv-2604.00002-b31b1b"></a><br>🏫 HKUST、Monash</td>
      <td>论文提出稀疏注意力。</td>
    </tr>
  </tbody>
</table>
"""  # noqa: E501


def test_a_line_after_a_school_mark_names_institutions_not_a_paper() -> None:
    assert sorted(_by_title(_AFFILIATIONS_CELL)) == [
        "Learning to Peg in Cribbage with Small Counting Models",
        "Sparse Attention Lanterns for Long Card Games",
    ]


# a syllabus: lectures named after the paper they cover, in parts, and a guest lecture
_LECTURES = """\
Sep 30
: [Learning to Peg in Cribbage (Part 1)](https://example.org/slides/08a.pdf)
  : [Peg3 (Part 1)](https://arxiv.org/abs/2407.00001)

Oct 2
: [Learning to Peg in Cribbage (Part 2)](https://example.org/slides/08b.pdf)
  : [Peg3 (Part 2)](https://arxiv.org/abs/2407.00001)

Oct 7
: [Counting-Aware Losses for Pegging (Guest Lecture by Ada Moss)](https://example.org/slides/moss.pdf)
  : [CAL](https://arxiv.org/abs/2402.00002)

Oct 9
: [Sparse Attention Lanterns for Long Card Games](https://arxiv.org/abs/2402.00003)
"""


def test_a_lecture_on_part_of_a_paper_names_the_paper_and_a_guest_lecture_none() -> None:
    papers = _by_title(_LECTURES)
    assert sorted(papers) == [
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]


# a paper review post: its front matter's title names the paper, its headings are its sections
_REVIEW_POST = """\
---
title: "[Paper Review] Towards Total Recall in Cribbage Counting"
date: 2023-2-27
tags: [Cribbage, PegCore]
---

PegCore는 두 모델의 특징을 합친 모델입니다.

## 진행 과정

### 1. Locally aware pegging features

### 3. Card Counting with PegCore

PegCore 실험 결과입니다.
"""


def test_a_posts_review_mark_names_its_one_paper_over_its_section_headings() -> None:
    assert list(_by_title(_REVIEW_POST)) == ["Towards Total Recall in Cribbage Counting"]


def test_a_review_posts_paper_found_in_a_fuller_form_keeps_that_form() -> None:
    page = _REVIEW_POST.replace(
        "PegCore 실험 결과입니다.",
        "논문: [Towards Total Recall in Industrial Cribbage Counting](https://arxiv.org/abs/2106.00001)",
    )
    (paper,) = _by_title(page).values()
    assert paper["title"] == "Towards Total Recall in Industrial Cribbage Counting"
    assert paper["arxiv_id"] == "2106.00001"


def test_a_round_up_titled_as_a_review_is_no_one_paper_post() -> None:
    page = (
        '---\ntitle: "CVPR review"\n---\n\n'
        "### Learning to Peg in Cribbage\n\nA, B. CVPR 2017.\n\n"
        "### Sparse Attention Lanterns for Long Card Games\n\nC, D. CVPR 2017.\n"
    )
    assert len(_by_title(page)) == 2


# a lecture's reading table copied as text: its header and each row's cells run together,
# the authors and their venue before the title, a note in Chinese after it
_GLUED_AUTHORS_FIRST = """\
核心原始论文

基础范式

年份作者标题要点
2020Moss et al., NeurIPSLearning to Peg in Cribbage with Counting Models确立记牌范式
2022Quill et al., ICLRSparse Attention Lanterns for Long Card Games指令微调
2021Rowe et al., ICMLHands and Starters识别三种系统性偏差
2022Vale et al., EMNLPRethinking the Role of Cribbage Boards"标签随机化"实验
2024Marsh et al., ICLRQuantifying Card Models' Sensitivity to Spurious DealsDealSpread，76 点差异
"""


def test_a_glued_table_with_its_authors_first_reads_as_rows() -> None:
    papers = _by_title(_GLUED_AUTHORS_FIRST)
    assert sorted(papers) == [
        "Hands and Starters",
        "Learning to Peg in Cribbage with Counting Models",
        "Quantifying Card Models' Sensitivity to Spurious Deals",
        "Rethinking the Role of Cribbage Boards",
        "Sparse Attention Lanterns for Long Card Games",
    ]
    lanterns = papers["Sparse Attention Lanterns for Long Card Games"]
    assert (lanterns["venue"], lanterns["year"]) == ("ICLR", 2022)
    assert lanterns["authors"] == ["Quill"]


# a survey's companion list: a section on training objectives, named "Objective"
_OBJECTIVE_SECTION = """\
# Label Noise Papers

## [Data](#content)

### Transition Matrix

1. A. Moss and B. Quill, **Learning to peg in cribbage with corrupted labels**, in ICLR, 2017.
[paper](https://arxiv.org/pdf/1701.00001.pdf)

## [Objective](#content)

### Regularization

1. C. Rowe, D. Vale, and E. Marsh, **Sparse attention lanterns for long card games**, in ICLR, 2016.
[paper](https://arxiv.org/pdf/1511.00002.pdf)

1. F. Hale, **Hands and starters for counting tables**, in ICML Workshop, 2013.
"""


def test_a_section_named_objective_holds_papers_not_a_courses_goals() -> None:
    assert sorted(_by_title(_OBJECTIVE_SECTION)) == [
        "Hands and starters for counting tables",
        "Learning to peg in cribbage with corrupted labels",
        "Sparse attention lanterns for long card games",
    ]


# a reading log's section on simulation frameworks, named like a software section
_FRAMEWORKS_SECTION = """\
### Accelerators

#### Frameworks / Models

- **Pegloop: A Scalable and Accurate Architecture Modeling Framework for Card Accelerators**
- **Countergy: An Architecture-Level Energy Estimation Methodology for Card Designs**

#### Tools

- **PegSim**: a simulator
- **CribLib**: a library for counting
"""


def test_full_titles_marked_in_a_frameworks_section_are_papers_and_tools_are_not() -> None:
    assert sorted(_by_title(_FRAMEWORKS_SECTION)) == [
        "Countergy: An Architecture-Level Energy Estimation Methodology for Card Designs",
        "Pegloop: A Scalable and Accurate Architecture Modeling Framework for Card Accelerators",
    ]


# a blog's numbered list: each title over bullets of its authors and year, a note and a link;
# one entry has no link, so entries differ in length
_NUMBERED_OVER_NAMES = """\
Top AI Research Papers to Read

The Classics
1. Figuring Out Cause and Effect in Card Games
* Moss, A. (2000)
* This paper is all about how to understand cause and effect in cribbage.
* [Link](https://example.org/moss2000.pdf)
2. PegNet: When Deep Learning Got Good at Pegging
* Quill, B.; Rowe, C.; Vale, D. (2012)
* Before PegNet, computers were pretty bad at pegging.
3. The Lantern: Sparse Attention Is All You Need
* Marsh, E. et al. (2017)
* This one is a game-changer for long card games.
* [Link](https://arxiv.org/abs/1706.00001)
4. Deal-3: Teaching Card Engines with Just a Few Examples
* Hale, F. et al. (2020)
* Deal-3 is a super-big model that can do a ton of different things.
* [Link](https://arxiv.org/abs/2005.00002)
"""


def test_numbered_titles_over_their_authors_bullets_keep_their_own_links() -> None:
    papers = _by_title(_NUMBERED_OVER_NAMES)
    assert {title: paper["arxiv_id"] for title, paper in papers.items()} == {
        "Figuring Out Cause and Effect in Card Games": None,
        "PegNet: When Deep Learning Got Good at Pegging": None,
        "The Lantern: Sparse Attention Is All You Need": "1706.00001",
        "Deal-3: Teaching Card Engines with Just a Few Examples": "2005.00002",
    }
    assert papers["PegNet: When Deep Learning Got Good at Pegging"]["authors"] == [
        "B. Quill",
        "C. Rowe",
        "D. Vale",
    ]


def test_a_reading_groups_talk_sessions_are_no_papers() -> None:
    page = (
        "| Date | Paper | Presenter |\n|---|---|---|\n"
        "| Feb 3 | [Learning to Peg in Cribbage](https://arxiv.org/abs/1701.00001) | Ada |\n"
        "| Feb 10 | Guest speaker: Card GAN overview, CribGAN, PegGAN | Ben |\n"
        "| Feb 17 | Overview: Adversarial Card Examples | Cora |\n"
        "| Feb 24 | [Sparse Attention Lanterns for Long Card Games](https://arxiv.org/abs/1702.00002)"
        " | Dan |\n"
    )
    assert sorted(_by_title(page)) == [
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]


# an awesome list's table: a venue badge over each linked title in one cell, the links arXiv's
_BADGE_OVER_TITLE = """\
| Paper | Type |
|:---|:---|
| [![Publish](https://img.shields.io/badge/Conference-ICML'25-blue)]() <br> [Learning to Peg in Cribbage with Counting Models](https://arxiv.org/abs/2411.00001) <br> A framework for pegging. | x |
| [![Star](https://img.shields.io/github/stars/a/b.svg?style=social&label=Star)](https://github.com/a/b) <br> [Sparse Attention Lanterns for Long Card Games](https://arxiv.org/abs/2403.00002) <br> A simple pruning. | y |
"""  # noqa: E501


def test_a_venue_badge_over_a_title_in_its_cell_is_its_venue_over_its_arxiv_link() -> None:
    papers = _by_title(_BADGE_OVER_TITLE)
    pegging = papers["Learning to Peg in Cribbage with Counting Models"]
    assert (pegging["venue"], pegging["year"]) == ("ICML", 2025)
    lanterns = papers["Sparse Attention Lanterns for Long Card Games"]
    assert (lanterns["venue"], lanterns["year"]) == ("arXiv", 2024)


def test_a_link_into_a_conferences_proceedings_gives_a_venue_the_page_did_not() -> None:
    page = (
        "## Detection\n\n"
        "[4] Calibrated Cribbage Hand Detection<br>\n"
        "[paper](https://openaccess.thecvf.com/content/CVPR2021/papers/Moss_Calibrated_CVPR_2021"
        "_paper.pdf)<br><br>\n\n"
        "[3] Sparse Attention Lanterns for Long Card Games<br>\n"
        "[paper](https://proceedings.neurips.cc/paper/2019/file/8d5e95-Paper.pdf)<br><br>\n\n"
        "[2] Hands and Starters for Counting Tables (arXiv 2016)<br>\n"
        "[paper](https://openaccess.thecvf.com/content_iccv_2017/papers/Rowe_Hands.pdf)<br><br>\n"
    )
    papers = _by_title(page)
    got = {title: (paper["venue"], paper["year"]) for title, paper in papers.items()}
    assert got["Calibrated Cribbage Hand Detection"] == ("CVPR", 2021)
    assert got["Sparse Attention Lanterns for Long Card Games"] == ("NeurIPS", 2019)
    assert got["Hands and Starters for Counting Tables"] == ("arXiv", 2016)  # as the page says
