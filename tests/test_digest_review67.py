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
