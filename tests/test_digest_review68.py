"""Conventions shared by real pages read for errors in stop 68, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.conftest import digest_papers as _papers

# a seminar's reading list whose line breaks were lost: each reference ends with its address
_RUN_ON_REFERENCES = (
    "A reading list for the seminar on card games; see http://example.org/seminar "
    "Moss, Ada, Ben Quill (2003). Learning to Peg in Cribbage. JMLR. "
    "http://example.org/papers/moss03.pdf "
    "Rowe, Cora, Dan Vale, Eve Marsh (2013). Hands and Starters for Counting Tables. EMNLP. "
    "http://arxiv.org/abs/1301.00001 "
    "Hale, Finn, Gus Park (2014). Sparse Attention Lanterns for Long Card Games. ACL. "
    "http://example.org/hale14 "
    "Quill, Ben, Ada Moss (2015). Go Openings Without Any Search. NAACL. "
    "http://arxiv.org/abs/1502.00002"
)


def test_references_run_onto_one_line_part_at_their_addresses() -> None:
    papers = _by_title(_RUN_ON_REFERENCES)
    assert sorted(papers) == [
        "Go Openings Without Any Search",
        "Hands and Starters for Counting Tables",
        "Learning to Peg in Cribbage",
        "Sparse Attention Lanterns for Long Card Games",
    ]
    hands = papers["Hands and Starters for Counting Tables"]
    assert hands["authors"] == ["Cora Rowe", "Dan Vale", "Eve Marsh"]
    assert (hands["venue"], hands["year"], hands["arxiv_id"]) == ("EMNLP", 2013, "1301.00001")
    assert (
        papers["Learning to Peg in Cribbage"]["pdf_url"] == "http://example.org/papers/moss03.pdf"
    )


# a lab's news post with nothing below its front matter: the summary names the papers
_FRONT_MATTER_ONLY = """---
title: Three Papers Accepted at NeurIPS 2025
subtitle: Three papers on card games are accepted by NeurIPS'2025.

summary: The two papers on cribbage are "PegNet&#58; Learning to Peg in Cribbage with Tables" and "CribFormer&#58; Counting Hands with Sparse Lanterns". The paper on go is "OpenGo&#58; Go Openings Without Any Search".

date: "2025-09-18T00:00:00Z"
draft: false
---
"""  # noqa: E501


def test_a_front_matter_summary_names_its_papers_with_their_colons() -> None:
    papers = _by_title(_FRONT_MATTER_ONLY)
    assert sorted(papers) == [
        "CribFormer: Counting Hands with Sparse Lanterns",
        "OpenGo: Go Openings Without Any Search",
        "PegNet: Learning to Peg in Cribbage with Tables",
    ]
    # each of them, not only the sentence's first, is of the venue the page's title names
    assert {(p["venue"], p["year"]) for p in papers.values()} == {("NeurIPS", 2025)}


# a news post whose title names a venue for each of its papers, with a heading per paper
_SEVERAL_VENUES = """---
title: Two great papers accepted to AAAI and EMBC this month!
---

Members of the lab have had a good couple of months.

## Learning to Peg in Cribbage with Tables

This paper was led by a PhD student and studies the pegging play of cribbage in depth.

## Counting Hands with Sparse Lanterns for Medical Reports

This paper, led by a recent graduate, compares embedding models on pathology reports.
"""


def test_a_page_titled_by_several_venues_gives_none_of_them_to_all() -> None:
    papers = _by_title(_SEVERAL_VENUES)
    assert "Counting Hands with Sparse Lanterns for Medical Reports" in papers
    assert {p.get("venue") for p in papers.values()} == {None}


# a daily report: the highlight gives a paper's full title, the list below its main title only
_HIGHLIGHT_THEN_LIST = """## 今日のハイライト

[Quiet Replay, Loud Forgetting: Online Learners Under Drift](https://arxiv.org/abs/2607.00011)（Ada Moss, Ben Quill）が公開。本研究は忘却を調べた。

## 注目論文

- **[Quiet Replay, Loud Forgetting](https://arxiv.org/abs/2607.00011)** (Moss & Quill) — 上記ハイライト参照。
- **[Counting Cribbage Hands with Sparse Lookup Tables](https://arxiv.org/abs/2607.00012)**（Rowe, Vale, Marsh） — 表を使う。
"""  # noqa: E501


def test_a_main_title_said_again_with_the_same_id_is_the_same_paper() -> None:
    papers = _by_title(_HIGHLIGHT_THEN_LIST)
    assert sorted(papers) == [
        "Counting Cribbage Hands with Sparse Lookup Tables",
        "Quiet Replay, Loud Forgetting: Online Learners Under Drift",
    ]
    quiet = papers["Quiet Replay, Loud Forgetting: Online Learners Under Drift"]
    assert quiet["authors"] == ["Ada Moss", "Ben Quill"]  # the full names, in full-width brackets
    cribbage = papers["Counting Cribbage Hands with Sparse Lookup Tables"]
    assert cribbage["authors"] == ["Rowe", "Vale", "Marsh"]  # surnames after a bold link


def test_badges_in_brackets_after_a_linked_title_are_no_authors() -> None:
    text = (
        "- [Counting Cribbage Hands with Sparse Lookup Tables](https://arxiv.org/abs/2607.00012)"
        " (Oral, Spotlight)\n"
        "- [Quiet Replay for Online Learners Under Drift](https://arxiv.org/abs/2607.00011)"
        " (CVPR, ICCV)\n"
    )
    assert {tuple(p["authors"]) for p in _papers(text)} == {()}


# a syllabus in plain lines: each week, a book's chapter, then the week's papers cited
_SYLLABUS = """Syllabus

W03: Sep 16 Card Games 1
Ch.13 The Structure of Card Tables [CGB]
Learning to peg in cribbage with tables. Moss, A., et al. AAAI’14.
Counting cribbage hands with sparse lookup tables. Rowe, C., et al. IJCAI’11
Quiet replay for online card players. Vale, D., et al. ICML’10.
W04: Sep 23 Card Games 2
Ch.02 Background and Traditional Approaches [GRL]
Go openings without any search at all. Marsh, E., et al. NeurIPS’12.
W05: Sep 30 Card Games 3
Ch.03 Neighbourhood Methods for Tables [GRL]
Bramble classifiers for card counting at scale. Park, G., et al. NAACL’15.
Sparse attention lanterns for long card games. Hale, F., et al. ACL’15.
"""


def test_a_book_chapter_in_a_syllabus_is_no_paper_and_no_topic() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Ch.13 The Structure of Card Tables [CGB]")
    assert never_title("Chap. 4 Dealing Methods")
    assert not never_title("Chapter-Level Summaries of Long Card Game Manuals")
    papers = _by_title(_SYLLABUS)
    assert not [t for t in papers if t.startswith("Ch.")]
    lanterns = papers["Sparse attention lanterns for long card games"]
    assert lanterns["topics"] == ["W05: Sep 30 Card Games 3"]


def test_a_citation_line_under_another_is_no_blurb_of_it() -> None:
    papers = _by_title(_SYLLABUS)
    assert sorted(papers) == [
        "Bramble classifiers for card counting at scale",
        "Counting cribbage hands with sparse lookup tables",
        "Go openings without any search at all",
        "Learning to peg in cribbage with tables",
        "Quiet replay for online card players",
        "Sparse attention lanterns for long card games",
    ]
    counting = papers["Counting cribbage hands with sparse lookup tables"]
    assert (counting["authors"], counting["venue"], counting["year"]) == (
        ["C. Rowe"],
        "IJCAI",
        2011,
    )


# a blog post whose template prints its title as its heading, then an italic label over a list
_TEMPLATED_POST = """---
layout: post
title: "Card Game Fun at AAAI"
---
{{ page.title }}
================

Last week I attended the Card Games Workshop for the first time.

*Some Papers or Talks I Enjoyed*

I thought I'd give a shout-out to some of the papers I enjoyed the most.

* [Learning to Peg in Cribbage with Lookup Tables](https://example.org/cgw/p1.pdf) by Moss and Quill, which pegs well.
* [Counting Cribbage Hands with Sparse Lanterns](https://example.org/cgw/p2.pdf) by Rowe et al, which counts fast.
"""  # noqa: E501


def test_a_template_heading_reads_as_the_post_title_it_prints() -> None:
    papers = _by_title(_TEMPLATED_POST)
    assert sorted(papers) == [
        "Counting Cribbage Hands with Sparse Lanterns",
        "Learning to Peg in Cribbage with Lookup Tables",
    ]
    assert {p["venue"] for p in papers.values()} == {"AAAI"}  # as its title names it
    assert not [t for p in papers.values() for t in p["topics"] if "{{" in t]


def test_an_italic_label_with_small_words_names_the_list_under_it() -> None:
    papers = _by_title(_TEMPLATED_POST)
    topics = papers["Learning to Peg in Cribbage with Lookup Tables"]["topics"]
    assert topics[-1] == "Some Papers or Talks I Enjoyed"


def test_names_led_by_or_after_a_lost_first_name_are_the_authors() -> None:
    text = (
        "The accepted papers are listed below:\n\n"
        "- Learning to Peg in Cribbage with Lookup Tables: A Study (led by Ada Moss)\n"
        "- Counting Cribbage Hands with Sparse Lanterns at Scale (led by Ben Quill)\n\n"
        "**Classic readings**\n\n"
        "[Quiet Replay for Online Card Players Under Drift](https://example.org/q.pdf) by and"
        " Cora Rowe. *Card Science*, 123--146, 1995.\n"
    )
    papers = _by_title(text)
    assert papers["Learning to Peg in Cribbage with Lookup Tables: A Study"]["authors"] == [
        "Ada Moss"
    ]
    assert papers["Counting Cribbage Hands with Sparse Lanterns at Scale"]["authors"] == [
        "Ben Quill"
    ]
    quiet = papers["Quiet Replay for Online Card Players Under Drift"]
    assert quiet["authors"] == ["Cora Rowe"]


# a course's readings under plain section lines (each with its anchor's mark), one with a
# remark in brackets
_REMARKED_SECTIONS = """Readings 🔗
Papers – Foundations 🔗
- Moss, A., 2023. Learning to peg in cribbage with lookup tables. Card Science, 38(2), 1-9.
- Quill, B., 2024. Counting cribbage hands with sparse lanterns. Card Science, 39(1), 5-12.
Papers with Case Studies (revisited in Session 8 and 9) 🔗
- Rowe, C. and Vale, D., 2025. Quiet replay for online card players. Games Journal, 14(2), pp.88-94.
- Marsh, E., 2023. Go openings without any search at all. Games Journal, 12(3), pp.8-19.
"""


def test_a_section_line_with_a_remark_in_brackets_names_its_papers_topic() -> None:
    papers = _by_title(_REMARKED_SECTIONS)
    assert papers["Quiet replay for online card players"]["topics"] == [
        "Papers with Case Studies (revisited in Session 8 and 9) 🔗"
    ]
    assert papers["Learning to peg in cribbage with lookup tables"]["topics"] == [
        "Papers – Foundations 🔗"
    ]


def test_a_quoted_name_of_a_seminar_or_a_group_is_no_paper() -> None:
    seminar = _RUN_ON_REFERENCES.replace(
        "for the seminar on card games;",
        'for the seminar "Intensive Course on Card Game Learning";',
    )
    titles = [p["title"] for p in _papers(seminar)]
    assert "Intensive Course on Card Game Learning" not in titles
    assert "Hands and Starters for Counting Tables" in titles
    news = (
        "Forscher der Fachgruppe „Kartenspiele und Maschinelles Lernen“ haben gewonnen."
        " Für ihr Papier mit dem Titel „Quiet Replay for Online Card Players Under Drift“"
        " wurden sie ausgezeichnet.\n"
    )
    assert [p["title"] for p in _papers(news)] == [
        "Quiet Replay for Online Card Players Under Drift"
    ]


def test_a_contents_line_of_tagged_items_reads_the_papers_and_not_the_posts() -> None:
    text = (
        "2025-09-09 勉強会\n"
        "今週のTOPIC[blog] Best Practices for Building Card Game Bots in Production"
        "[論文] Quiet Replay for Online Card Players Under Drift"
        "[blog] Don’t Build Multi-Agent Card Tables"
        "[論文]Counting Cribbage Hands with Sparse Lookup Tables\n"
    )
    papers = _by_title(text)
    assert sorted(papers) == [
        "Counting Cribbage Hands with Sparse Lookup Tables",
        "Quiet Replay for Online Card Players Under Drift",
    ]
    assert all("論文" not in p["topics"] for p in papers.values())  # a kind, no topic


def test_a_tag_that_names_a_topic_is_kept_beside_no_kind_tags() -> None:
    text = (
        "- [Blog] Counting Cribbage Hands with Sparse Lookup Tables\n"
        "- [Blog] Quiet Replay for Online Card Players Under Drift\n"
    )
    papers = _by_title(text)
    assert sorted(papers) == [
        "Counting Cribbage Hands with Sparse Lookup Tables",
        "Quiet Replay for Online Card Players Under Drift",
    ]


# a lab's review post: the paper it reviews is named only by the "cite:" block of its front matter
_CITED_REVIEW = """---
layout: review
title: "Learning to Peg in Cribbage with Lookup Tables"
tags: card-games tables
author: "Ada Moss"
cite:
    authors: "B Quill, C Rowe, D Vale"
    title:   "Learning to Peg in Cribbage with Lookup Tables"
    venue:   "CVPR 2017"
pdf: "http://example.org/papers/quill17.pdf"
---

## Summary
This is a benchmarking paper on pegging.

- SSD (Single Shot Pegger)
- Faster Pegging
"""


def test_the_paper_a_review_posts_front_matter_cites_is_read_with_its_fields() -> None:
    papers = _papers(_CITED_REVIEW)
    assert len(papers) == 1
    paper = papers[0]
    assert paper["title"] == "Learning to Peg in Cribbage with Lookup Tables"
    assert paper["authors"] == ["B Quill", "C Rowe", "D Vale"]  # not the post's author
    assert (paper["venue"], paper["year"]) == ("CVPR", 2017)
    assert paper["pdf_url"] == "http://example.org/papers/quill17.pdf"


def test_a_link_whose_text_wraps_with_a_hard_break_is_one_title() -> None:
    text = (
        "# 【論文紹介】PegNet\n\n"
        "今更ですが強い印象があるので紹介します。\n\n"
        "**読む論文: [PegNet: Learning to Peg in Cribbage and  \n"
        "Counting Hands Through Lookup Tables](https://arxiv.org/pdf/2506.00011)**  \n"
        "※特別な言及のない限り、図表は上記の論文からの引用です。\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "PegNet: Learning to Peg in Cribbage and Counting Hands Through Lookup Tables"
    ]


def test_prose_after_a_bracketed_name_is_no_alt_title() -> None:
    text = (
        "# Paper contents\n\n"
        "이 논문에서는 **Adversarially Learned Cribbage Pegging (ALCP)** 를 제안합니다. ALCP는"
        " 카드 게임을 위해 특징을 학습합니다. 특히 최근에 발전이 있었습니다.\n"
    )
    papers = _papers(text)
    assert [p["title"] for p in papers] == ["Adversarially Learned Cribbage Pegging"]
    assert papers[0]["alt_titles"] == []


# an award's winners copied as text from a table: its header run together, authors first
_AUTHORS_FIRST_WINNERS = """YearAuthorPaper Title
2001 Ada Moss Learning to peg in cribbage with lookup tables
2001 Ben Quill, Cora Rowe, Dan Vale, and Eve Marsh Fast Counting and Optimal Counting for Cribbage Hands
2003 Finn Hale and Gus Park Quiet Replay for Online Card Players
2007 Y. W. Wong and R. J. Mooney Learning bidding conventions with lambda calculus
2010 (Long) Ida Lund and Jon Kerr Beyond Pegging: A Study of Implicit Moves in Card Games
"""  # noqa: E501


def test_a_flattened_winners_table_with_its_authors_first_gives_titles_and_names() -> None:
    papers = _by_title(_AUTHORS_FIRST_WINNERS)
    assert sorted(papers) == [
        "Beyond Pegging: A Study of Implicit Moves in Card Games",
        "Fast Counting and Optimal Counting for Cribbage Hands",
        "Learning bidding conventions with lambda calculus",
        "Learning to peg in cribbage with lookup tables",
        "Quiet Replay for Online Card Players",
    ]
    fast = papers["Fast Counting and Optimal Counting for Cribbage Hands"]  # the title's "and"
    assert fast["authors"] == ["Ben Quill", "Cora Rowe", "Dan Vale", "Eve Marsh"]
    assert fast["year"] == 2001
    assert papers["Learning bidding conventions with lambda calculus"]["authors"] == [
        "Y. W. Wong",
        "R. J. Mooney",
    ]
