"""Conventions shared by real pages read for errors in stop 67, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.json_records import records_as_yaml

# a daily bot's state file: papers already sent, keyed by arXiv id, minified on one line
_BOT_STATE = json.dumps(
    {
        "2601.00011": {"title": "Quiet Replay for Online Learners", "track": "Agents"},
        "2601.00012": {"title": "Bramble Classifiers at Scale", "track": "Vision"},
        "2601.00013": {"title": "Counting Cribbage Hands with Tables", "track": "Agents"},
        "2601.00014": {"title": "Sparse Lanterns for Long Context", "track": "Systems"},
    }
)

# an arXiv-daily archive: sections, then papers keyed by id with their own fields
_ARCHIVE = json.dumps(
    {
        "Card Games": {
            "2110.00001": {
                "date": "2021-10-24",
                "title": "Learning to Peg in Cribbage",
                "authors": ["Ada Moss", "Ben Quill"],
                "url": "http://arxiv.org/abs/2110.00001v1",
            },
            "2110.00002": {
                "date": "2021-10-15",
                "title": "Hands, Cribs and Starters: A Benchmark",
                "authors": ["Cora Rowe"],
                "url": "http://arxiv.org/abs/2110.00002v1",
            },
        },
        "Board Games": {
            "2110.00003": {
                "date": "2021-10-05",
                "title": "Go Openings Without Search",
                "authors": ["Dan Vale", "Eve Marsh"],
                "url": "http://arxiv.org/abs/2110.00003v1",
            }
        },
    }
)

# a weekly summary: the bot's own headings with titles beside a list of its papers
_WEEKLY = json.dumps(
    {
        "themes": [
            {"title": "Replay is back in fashion", "summary": "Three papers revive replay."},
            {"title": "Cribbage as a benchmark", "summary": "Card games return."},
        ],
        "top": [
            {
                "title": "Quiet Replay for Online Learners",
                "arxiv": "https://arxiv.org/abs/2601.00011",
            },
            {"title": "Bramble Classifiers at Scale", "arxiv": "https://arxiv.org/abs/2601.00012"},
            {
                "title": "Sparse Lanterns for Long Context",
                "arxiv": "https://arxiv.org/abs/2601.00014",
            },
        ],
    },
    indent=1,
)


def test_a_json_state_file_keyed_by_arxiv_id_gives_each_paper_its_own_id_and_track() -> None:
    papers = _by_title(_BOT_STATE)
    assert sorted(papers) == [
        "Bramble Classifiers at Scale",
        "Counting Cribbage Hands with Tables",
        "Quiet Replay for Online Learners",
        "Sparse Lanterns for Long Context",
    ]
    quiet = papers["Quiet Replay for Online Learners"]
    assert quiet["arxiv_id"] == "2601.00011"
    assert quiet["topics"] == ["Agents"]
    assert quiet["alt_titles"] == []  # no other paper's title folded into it
    assert papers["Sparse Lanterns for Long Context"]["arxiv_id"] == "2601.00014"


def test_a_minified_archive_gives_each_paper_its_own_link_authors_year_and_section() -> None:
    papers = _by_title(_ARCHIVE)
    assert len(papers) == 3
    hands = papers["Hands, Cribs and Starters: A Benchmark"]
    assert hands["arxiv_id"] == "2110.00002"
    assert hands["authors"] == ["Cora Rowe"]
    assert hands["year"] == 2021
    assert hands["topics"] == ["Card Games"]
    assert papers["Go Openings Without Search"]["topics"] == ["Board Games"]
    assert papers["Go Openings Without Search"]["authors"] == ["Dan Vale", "Eve Marsh"]


def test_objects_with_a_title_and_no_paper_field_are_the_files_own_headings() -> None:
    titles = [p["title"] for p in _papers(_WEEKLY)]
    assert sorted(titles) == [
        "Bramble Classifiers at Scale",
        "Quiet Replay for Online Learners",
        "Sparse Lanterns for Long Context",
    ]


def test_records_as_yaml_needs_three_paper_objects() -> None:
    two = {"a": [{"title": "One Paper", "url": "https://x.org/1"}, {"title": "Two", "doi": "1"}]}
    assert records_as_yaml(two) is None
    assert records_as_yaml([1, "x", None]) is None
    three = [{"title": f"Paper {n}", "authors": ["Ada Moss"]} for n in range(3)]
    text = records_as_yaml(three)
    assert text is not None
    assert text.count("- title: ") == 3
    assert '  authors: "Ada Moss"' in text


# a summary site's weekly issue: each card links to the site's own page, named by its arXiv id
_CARDS = """# Weekly issue 2026-W38

## Language

- [Quiet Replay for Online Learners](../paper/2609.10715.html) — a one-line summary
- [Bramble Classifiers at Scale](../paper/2609.08183.html) — a one-line summary
- [Sparse Lanterns for Long Context](papers/2609.11699.htm) — a one-line summary
"""


def test_a_relative_link_to_a_page_named_by_an_arxiv_id_gives_that_id() -> None:
    papers = _by_title(_CARDS)
    assert papers["Quiet Replay for Online Learners"]["arxiv_id"] == "2609.10715"
    assert "../paper" not in str(papers["Quiet Replay for Online Learners"]["url"])
    assert papers["Bramble Classifiers at Scale"]["arxiv_id"] == "2609.08183"
    assert papers["Sparse Lanterns for Long Context"]["arxiv_id"] == "2609.11699"


def _rss(items: list[str]) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?>\n<rss version=\"2.0\"><channel>"
        "<title>Card Games Paper Digest</title><link>https://example.org/rss.xml</link>"
        "<description>Curated papers</description>" + "".join(items) + "</channel></rss>"
    )


def _bot_item(title: str, arxiv: str, names: str) -> str:
    about = (
        "<h3>Summary</h3><ul><li>Proposes a method.</li></ul>"
        "<h3>Additional Information</h3><ul>"
        f"<li>Authors: {names}</li><li>Tags: ['cards', 'games']</li></ul>"
    )
    escaped = about.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return (
        f"<item><title>{title}</title><link>https://arxiv.org/abs/{arxiv}</link>"
        f"<description>{escaped}</description><guid>https://arxiv.org/abs/{arxiv}</guid>"
        "<pubDate>Sat, 28 Feb 2026 00:00:00 +0000</pubDate></item>"
    )


# a bot's feed of papers, each item's description escaped HTML with headings of its own
_PAPER_FEED = _rss(
    [
        _bot_item("Learning to Peg in Cribbage", "2601.00021", "['Ada Moss', 'Ben Quill']"),
        _bot_item("Cribbage &amp; Pegging at Scale", "2601.00022", "['Cora Rowe']"),
        _bot_item("Go Openings Without Search", "2601.00023", "['Dan Vale', \"Eve O'Marsh\"]"),
    ]
)

# a podcast's feed: each episode lists the day's papers in its description
_EPISODES = _rss(
    [
        "<item><title>Cards 2026-06-25</title><description><![CDATA[Today's papers:\n\n"
        "1. Learning to Peg in Cribbage — Ada Moss, Ben Quill\n"
        "https://arxiv.org/abs/2601.00021\n\n"
        "2. Go Openings Without Search — Dan Vale\n"
        "https://arxiv.org/abs/2601.00023\n]]></description>"
        "<enclosure url='https://example.org/1.mp3' type='audio/mpeg'/></item>",
        "<item><title>Cards 2026-06-24</title><description><![CDATA[Today's papers:\n\n"
        "1. Bramble Classifiers at Scale — Cora Rowe\n"
        "https://arxiv.org/abs/2601.00024\n]]></description></item>",
    ]
)

_ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Reading log</title>
  <entry><title>Quiet Replay for Online Learners</title>
    <link href="https://arxiv.org/abs/2601.00011"/>
    <author><name>Ada Moss</name></author><author><name>Ben Quill</name></author>
    <summary>Replay, quietly.</summary></entry>
  <entry><title>Sparse Lanterns for Long Context</title>
    <link href="https://arxiv.org/abs/2601.00014"/>
    <author><name>Cora Rowe</name></author>
    <summary>Lanterns, sparsely.</summary></entry>
</feed>
"""


def test_a_feed_of_papers_gives_each_item_with_its_link_and_its_listed_authors() -> None:
    papers = _by_title(_PAPER_FEED)
    assert sorted(papers) == [
        "Cribbage & Pegging at Scale",
        "Go Openings Without Search",
        "Learning to Peg in Cribbage",
    ]
    peg = papers["Learning to Peg in Cribbage"]
    assert peg["arxiv_id"] == "2601.00021"
    assert peg["authors"] == ["Ada Moss", "Ben Quill"]
    assert papers["Go Openings Without Search"]["authors"] == ["Dan Vale", "Eve O'Marsh"]
    assert papers["Cribbage & Pegging at Scale"]["arxiv_id"] == "2601.00022"


def test_a_podcast_feed_names_its_episodes_over_the_papers_each_one_lists() -> None:
    papers = _by_title(_EPISODES)
    assert sorted(papers) == [
        "Bramble Classifiers at Scale",
        "Go Openings Without Search",
        "Learning to Peg in Cribbage",
    ]
    assert papers["Go Openings Without Search"]["topics"] == ["Cards 2026-06-25"]
    assert papers["Bramble Classifiers at Scale"]["topics"] == ["Cards 2026-06-24"]
    assert papers["Bramble Classifiers at Scale"]["arxiv_id"] == "2601.00024"


def test_an_atom_feed_gives_each_entry_its_href_link_and_author_names() -> None:
    papers = _by_title(_ATOM)
    assert sorted(papers) == [
        "Quiet Replay for Online Learners",
        "Sparse Lanterns for Long Context",
    ]
    assert papers["Quiet Replay for Online Learners"]["authors"] == ["Ada Moss", "Ben Quill"]
    assert papers["Sparse Lanterns for Long Context"]["arxiv_id"] == "2601.00014"


# a lab's news item: a year's column, then each title run straight into names with initials
_YEAR_TITLE_NAMES = """Six Papers Chosen for Test of Time Awards

The papers chosen for the award include:

2001   Peg Counting based Language Models V. Moss & W. B. Quill
1998   A Cribbage Modeling Approach to Hand Retrieval J. M. Rowe & W. B. Quill
1998   On-line New Discard Detection and Tracking J. Vale, R. Marsh & V. Moss
1996   Query Expansion using Local and Global Crib Analysis J. Xu & W. B. Quill
"""

# an accepted-papers list: each title over its own line of names, one with a middle initial
_TITLES_OVER_NAMES = """Accepted papers

Measuring the Efficiency of Cribbage with Content Analysis
Ceren Moss, Justin M. Rao

Tracking Secret-Keeping in Card Games
Yla R. Quill, Cindy K. Chung, James W. Rowe

Distinguishing between Topical and Non-Topical Pegging
Przemyslaw A. Vale, Niloy Marsh, Krishna P. Gummadi
"""


def test_year_column_then_a_title_run_into_initialled_names_gives_title_names_and_year() -> None:
    papers = _by_title(_YEAR_TITLE_NAMES)
    assert sorted(papers) == [
        "A Cribbage Modeling Approach to Hand Retrieval",
        "On-line New Discard Detection and Tracking",
        "Peg Counting based Language Models",
        "Query Expansion using Local and Global Crib Analysis",
    ]
    tracking = papers["On-line New Discard Detection and Tracking"]
    assert tracking["authors"] == ["J. Vale", "R. Marsh", "V. Moss"]
    assert tracking["year"] == 1998
    assert papers["Peg Counting based Language Models"]["authors"] == ["V. Moss", "W. B. Quill"]


def test_a_line_of_names_with_a_middle_initial_is_not_cut_into_a_title() -> None:
    papers = _by_title(_TITLES_OVER_NAMES)
    assert sorted(papers) == [
        "Distinguishing between Topical and Non-Topical Pegging",
        "Measuring the Efficiency of Cribbage with Content Analysis",
        "Tracking Secret-Keeping in Card Games",
    ]
    assert papers["Measuring the Efficiency of Cribbage with Content Analysis"]["authors"] == [
        "Ceren Moss",
        "Justin M. Rao",
    ]


# a reading checklist: a bold venue label, the title in brackets, its address a space or two
# after it in parentheses (a link that markdown does not read as one)
_SPACED_LINKS = """## Reading list

- [ ] **ACL 2025 Findings** [Counting Cribbage Hands with Large Language Models- A Survey]  (https://arxiv.org/pdf/2412.07292)
- [x] **Information Fusion** [PegNet- Enhancing Card Models with Causal Reasoning]  (https://arxiv.org/pdf/2506.00519)
- **ICLR 2024** [CAN CARD MODELS INFER DISCARDS FROM CORRELATION] (https://arxiv.org/pdf/2306.05836)
"""


def test_a_bracketed_title_with_its_address_a_space_apart_is_a_link_after_its_label() -> None:
    papers = _by_title(_SPACED_LINKS)
    assert sorted(papers) == [
        "CAN CARD MODELS INFER DISCARDS FROM CORRELATION",
        "Counting Cribbage Hands with Large Language Models- A Survey",
        "PegNet- Enhancing Card Models with Causal Reasoning",
    ]
    survey = papers["Counting Cribbage Hands with Large Language Models- A Survey"]
    assert survey["arxiv_id"] == "2412.07292"
    assert (survey["venue"], survey["year"]) == ("ACL", 2025)
    assert papers["CAN CARD MODELS INFER DISCARDS FROM CORRELATION"]["venue"] == "ICLR"


# an awesome list's table mixing papers with software, each marked "(Project)" in its own
# bold link; a paper's own project page is a link labelled "Project" after the title
_PAPERS_AND_PROJECTS = """## AnyCards

| Title & Authors | Intro | Useful Links |
|:----|  :----: | :---:|
| [**Counting Cribbage Hands in Context**](https://arxiv.org/abs/2304.03284) <br> *Ada Moss, Ben Quill* <br> Preprint'23 <br><br>[[**CribGPT (Project)**](https://github.com/ada/cribgpt)] | ![intro](https://example.org/a.png) | [[Github](https://github.com/ada/cribgpt)] |
| [**crib-anything-video (Project)**](https://github.com/cora/crib-anything-video) <br> Cora Rowe | ![intro](https://example.org/b.gif) | [[Github](https://github.com/cora/crib-anything-video)] |
| [**Peg Labelling Tool (PLT) (Project)**](https://github.com/dan/plt) <br> *Dan Vale* | ![intro](https://example.org/c.gif) | [[Github](https://github.com/dan/plt)] |
| [**Towards Pegging Anything That Moves**](https://arxiv.org/abs/1902.03715) <br> *Eve Marsh* <br> ICCV'19 Workshop | ![intro](https://example.org/d.gif) | [[Project](https://example.org/peg)] |

- **Discard Networks for Two Player Cribbage** ([Paper](https://arxiv.org/abs/2301.00001)) ([Project](https://example.org/discard))
"""  # noqa: E501


def test_software_marked_project_in_its_own_bold_link_is_no_paper() -> None:
    assert sorted(_by_title(_PAPERS_AND_PROJECTS)) == [
        "Counting Cribbage Hands in Context",
        "Discard Networks for Two Player Cribbage",
        "Towards Pegging Anything That Moves",
    ]


# a reading group's schedule: a book's chapters, named with "Ch 13:", beside its papers
_CHAPTERS = """## Previous Meetings

**7/18 1pm-3pm (Dan):**
- [Card Learning Ch 11: Practical Methodology](http://www.cardlearningbook.org/contents/guidelines.html)
- [Counting Fifteens with Exhaustive Search](https://arxiv.org/abs/1701.00001)

**6/27 1pm-3pm (Mark):**
- [Card Learning Chap. 10: Recurrent Pegging](http://www.cardlearningbook.org/contents/rnn.html)
- [Discard Networks for Two Player Cribbage](https://arxiv.org/abs/1701.00002)
"""


def test_a_books_chapter_abridged_to_ch_is_no_paper() -> None:
    assert sorted(_by_title(_CHAPTERS)) == [
        "Counting Fifteens with Exhaustive Search",
        "Discard Networks for Two Player Cribbage",
    ]


# a syllabus's papers of interest: initialled names, "and" or "et al" without their commas
# and points, the title, then the journal and its pages with no volume
_SYLLABUS = """Papers of Interest

  • T. Moss, M. Quill  Compositional pegging of learnable hands, Bulletin of the Cribbage Society, 2024.
  • Y. Rowe, Y. Vale and G. Marsh, Card Learning, Nature, 436-444, 2015.
  • D. Silver et al, Mastering the game of cribbage with deep networks and tree search. Nature, 484-489, 2016.
  • J. Jumper et al, Highly accurate discard prediction with PegFold. Nature, 583-589. 2021.
"""  # noqa: E501


def test_initialled_references_of_a_syllabus_give_title_authors_and_year() -> None:
    papers = _by_title(_SYLLABUS)
    assert sorted(papers) == [
        "Card Learning",
        "Compositional pegging of learnable hands",
        "Highly accurate discard prediction with PegFold",
        "Mastering the game of cribbage with deep networks and tree search",
    ]
    assert papers["Card Learning"]["authors"] == ["Y. Rowe", "Y. Vale", "G. Marsh"]
    assert papers["Card Learning"]["year"] == 2015
    mastering = papers["Mastering the game of cribbage with deep networks and tree search"]
    assert (mastering["authors"], mastering["year"]) == (["D. Silver"], 2016)
    assert papers["Compositional pegging of learnable hands"]["authors"] == ["T. Moss", "M. Quill"]


# a course's readings in Chicago style, each title's closing quote lost in the copy, its
# point run into the journal's name
_UNCLOSED = """Readings

Ses # Required Readings
1 Moss, Ada, Ben Quill, et al. “Big Hands In Cribbage: Using Analytics to Identify High-Scoring Deals.Card Affairs 33, no. 7 (July 2014): 1123–31.
3 Rowe, Cora, and Dan Vale. “Biases in Pegging Records Due to Processes Within the Club: Retrospective Study.BMJ, 2018.
5 Marsh, Eve, et al. “An Improved Multi-Output Discard Model for Early Crib Detection.arXiv preprint arXiv:1708.05894 (2017).
"""  # noqa: E501


def test_a_citations_title_whose_closing_quote_was_lost_ends_at_its_glued_point() -> None:
    assert sorted(_by_title(_UNCLOSED)) == [
        "An Improved Multi-Output Discard Model for Early Crib Detection",
        "Biases in Pegging Records Due to Processes Within the Club: Retrospective Study",
        "Big Hands In Cribbage: Using Analytics to Identify High-Scoring Deals",
    ]


# a tutorial's literature: "Surname, et al., YEAR, Title", a comma before "et al." too
_ETAL_COMMA = """Literature

Section I: Card Models

- Moss, et al., 2022, Flamingo: a Visual Cribbage Model for Few-Shot Pegging
- Quill, et al., 2023, Visual CribGPT: Talking, Drawing and Editing with Card Foundation Models
- Rowe, et al., 2023, Any-to-Any Discards via Composable Diffusion
"""


def test_a_comma_before_et_al_still_leads_a_years_citation_of_its_title() -> None:
    papers = _by_title(_ETAL_COMMA)
    assert sorted(papers) == [
        "Any-to-Any Discards via Composable Diffusion",
        "Flamingo: a Visual Cribbage Model for Few-Shot Pegging",
        "Visual CribGPT: Talking, Drawing and Editing with Card Foundation Models",
    ]
    assert papers["Any-to-Any Discards via Composable Diffusion"]["year"] == 2023


# a news article's list of most-cited papers, a year alone on its line over each year's list
_YEARS_OVER_LISTS = """年間被引用数上位100位までの論文数（図1）（出所：Card Alpha）
同社ブログではまず、引用数の多い論文を幾つか紹介した。
2022年
- 1．Counting Cribbage Hands with Large Tables（執筆：DeepCrib、引用数：1372）
- 2．PegFold: making pegging accessible to all（執筆：複数の機関、引用数：1162）
2021年
- 1．Highly accurate discard prediction with PegFold（執筆：DeepCrib、引用数：8965）
- 2．Swin Cribbage: Hierarchical Card Transformer（執筆：Microsoft、引用数：4810）
"""


def test_a_year_alone_over_a_list_is_its_heading_giving_topic_and_year() -> None:
    papers = _by_title(_YEARS_OVER_LISTS)
    assert len(papers) == 4
    tables = papers["Counting Cribbage Hands with Large Tables"]
    assert (tables["year"], tables["topics"]) == (2022, ["2022年"])
    swin = papers["Swin Cribbage: Hierarchical Card Transformer"]
    assert (swin["year"], swin["topics"]) == (2021, ["2021年"])


# an awards page written with a site's Jinja macro for each paper, under its award's headings
_MACROS = """{% from "_macros.html" import paper %}

# Awards

## Best Poster Award

#### Winner
{{ paper('Counting Cribbage Hands with Tables: A Clinical Pipeline',
        'Ada Moss, Ben Quill, Cora Rowe',
        openreview='https://openreview.net/pdf?id=kcbAZwxCFV',
        abstract="The accurate counting of cribbage hands is essential.")
}}

#### Other finalists
{{ paper('Discard Networks for Two Player Cribbage',
        'Dan Vale, Eve Marsh',
        openreview='https://openreview.net/forum?id=inACgoTK0O',
        code='https://github.com/dan/discard')
}}
"""


def test_a_jinja_macro_call_per_paper_gives_title_authors_link_and_its_section() -> None:
    papers = _by_title(_MACROS)
    assert sorted(papers) == [
        "Counting Cribbage Hands with Tables: A Clinical Pipeline",
        "Discard Networks for Two Player Cribbage",
    ]
    winner = papers["Counting Cribbage Hands with Tables: A Clinical Pipeline"]
    assert winner["authors"] == ["Ada Moss", "Ben Quill", "Cora Rowe"]
    assert winner["openreview_id"] == "kcbAZwxCFV"
    assert any("Winner" in topic for topic in winner["topics"])
    discard = papers["Discard Networks for Two Player Cribbage"]
    assert discard["code_url"] == "https://github.com/dan/discard"
    assert discard["authors"] == ["Dan Vale", "Eve Marsh"]


# an awesome list's one section, its table folded in a collapsible block that repeats its name
_FOLDED = """## Milestone Papers

<details>

<summary> milestone papers </summary>

| Date | keywords | Paper |
|:----:|:--------:|-------|
| 2017-06 | Cribformers | [Counting Is All You Need](https://arxiv.org/pdf/1706.03762.pdf) |
| 2018-10 | PEG | [PEG: Pre-training of Pegging Transformers](https://arxiv.org/pdf/1810.04805) |
| 2020-01 | Scaling Law | [Scaling Laws for Cribbage Models](https://arxiv.org/pdf/2001.08361.pdf) |

</details>
"""


def test_a_collapsible_block_repeating_its_sections_name_leaves_that_section_the_topic() -> None:
    papers = _by_title(_FOLDED)
    assert len(papers) == 3
    assert all(p["topics"] == ["Milestone Papers"] for p in papers.values())


# a notes index: each post tagged with its date and venue in <kbd> keys before its link
_KBD_TAGS = """# My Review Posts by Topics

## Cribbage

1. Loss functions
   - <kbd>2022 - 24 Aug</kbd><kbd>SUP</kbd> [Dynamic Template Initialization for Part-Aware Pegging](3.Crib/DTI.md)
   - <kbd>2022 - 19 May</kbd><kbd>UDA</kbd> [Learning Feature Fusion for Unsupervised Domain Adaptive Pegging](3.Crib/LF2.md)
   - <kbd>2022 - 09 May</kbd><kbd>UDA+USL</kbd> [Cluster-guided Asymmetric Contrastive Learning for Pegging](3.Crib/CACL.md)
"""  # noqa: E501


def test_kbd_keys_before_a_link_are_its_tags_not_its_title() -> None:
    assert sorted(_by_title(_KBD_TAGS)) == [
        "Cluster-guided Asymmetric Contrastive Learning for Pegging",
        "Dynamic Template Initialization for Part-Aware Pegging",
        "Learning Feature Fusion for Unsupervised Domain Adaptive Pegging",
    ]
