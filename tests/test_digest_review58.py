"""Conventions shared by real pages read for errors in stop 58, written afresh with made-up
titles and names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.candidates import venue_year_remark


def test_a_venue_and_year_in_parentheses_leave_the_title_and_become_its_venue() -> None:
    page = (
        "### Surveys\n"
        "- [Folded lattices: going beyond flat data (IEEE Signal Processing Magazine 2017)]"
        "(https://arxiv.org/pdf/1611.08097.pdf)\n"
        "- [Quiet Gradients in Shallow Networks (ICLR 2019)](https://arxiv.org/abs/1901.00001)\n"
        "- [Spectral Pruning of Wide Convolutional Layers](https://arxiv.org/abs/1902.00002)"
        " (Dana Holt, ICML 2008)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded lattices: going beyond flat data",
        "Quiet Gradients in Shallow Networks",
        "Spectral Pruning of Wide Convolutional Layers",
    ]
    # the page's venue wins over the arXiv link's; the arXiv id stays
    assert (papers[0]["venue"], papers[0]["year"]) == ("IEEE Signal Processing Magazine", 2017)
    assert papers[0]["arxiv_id"] == "1611.08097"
    assert (papers[1]["venue"], papers[1]["year"]) == ("ICLR", 2019)


def test_a_remark_that_names_people_or_is_the_whole_title_is_kept() -> None:
    assert venue_year_remark("The graph network model （TNN 2009）") == (
        "The graph network model",
        "TNN",
        2009,
    )
    assert venue_year_remark("Sparse Models (Dana Holt, ICML 2008)") is None  # author, venue
    assert venue_year_remark("Overview (CVPR 2019)") is None  # too little title left
    assert venue_year_remark("Results of the Shared Task (2019)") is None  # a year alone
    assert venue_year_remark("A Study of things (see the CVPR 2019 talk)") is None


@given(st.text(max_size=120))
def test_the_venue_remark_cut_only_ever_shortens_a_title(title: str) -> None:
    remark = venue_year_remark(title)
    if remark is not None:
        kept, venue, year = remark
        assert title.startswith(kept) and len(kept) < len(title)
        assert venue in title and 1900 <= year <= 2099


def test_the_bare_labels_a_flattened_page_left_after_each_title_are_no_part_of_it() -> None:
    # a table copied as text: each row a venue tag, a title, and "paper" (its lost link)
    page = (
        "| References | |\n"
        "| 【arXiv 2020】 Folded lattices in sparse recovery: a survey. paper | |\n"
        "| 【KDD 2018】 Quiet Gradients for Shallow Matrix Completion. paper | |\n"
        "| 【SIGIR 2019】 Spectral Pruning of Wide Collaborative Filters. paper code |\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Folded lattices in sparse recovery: a survey", "arXiv", 2020),
        ("Quiet Gradients for Shallow Matrix Completion", "KDD", 2018),
        ("Spectral Pruning of Wide Collaborative Filters", "SIGIR", 2019),
    ]


def test_a_label_that_is_a_link_or_a_section_name_stays() -> None:
    # "[paper](…)" is a link (its label is read as one); "4. 论文" is a section named "papers"
    page = (
        "## 4. 论文\n\n"
        "- Quiet Gradients for Shallow Matrix Completion. [paper](https://arxiv.org/abs/1901.00001)\n"
        "- Spectral Pruning of Wide Collaborative Filters. [paper](https://arxiv.org/abs/1902.00002)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Quiet Gradients for Shallow Matrix Completion",
        "Spectral Pruning of Wide Collaborative Filters",
    ]
    assert [p["topics"] for p in papers] == [["4. 论文"], ["4. 论文"]]


def test_a_jupyter_notebook_is_read_by_its_markdown_cells() -> None:
    import json

    notebook = {
        "cells": [
            {"cell_type": "markdown", "source": ["# Reading list\n", "\n", "## Detection\n"]},
            {"cell_type": "code", "source": ["print('Not A Paper Title At All')\n"]},
            {
                "cell_type": "markdown",
                "source": [
                    "- [Quiet Gradients for Shallow Text Detectors](https://arxiv.org/abs/1901.00001)\n",
                    "- [Folded Lattices for Scene Text Proposals](https://arxiv.org/abs/1902.00002)\n",
                ],
            },
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    papers = _papers(json.dumps(notebook, indent=1))
    assert [(p["title"], p["arxiv_id"], p["topics"]) for p in papers] == [
        ("Quiet Gradients for Shallow Text Detectors", "1901.00001", ["Detection"]),
        ("Folded Lattices for Scene Text Proposals", "1902.00002", ["Detection"]),
    ]


def test_a_notebooks_source_lines_copied_as_json_strings_are_decoded() -> None:
    page = (
        '"OCR 是计算机视觉重要方向之一。\\n",\n'
        '"[1] Lin, Dana, et al. \\"Quiet gradients for shallow text detectors.\\" '
        'AAAI conference on artificial intelligence. 2017.\\n",\n'
        '"[2] Holt, Evan, et al. \\"Folded lattices for scene text proposals.\\" '
        'European conference on computer vision. Springer, 2016.\\n",\n'
        '"[3] Moreau, Gil, et al. \\"Spectral pruning of wide text recognisers.\\" Proc'
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles[:2] == [
        "Quiet gradients for shallow text detectors",
        "Folded lattices for scene text proposals",
    ]


def test_an_arxiv_month_glued_before_a_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import tidy

    assert tidy("[1901.A Comprehensive Survey on Folded Lattices]") == (
        "A Comprehensive Survey on Folded Lattices"
    )
    assert tidy("1403.DeepLattice: Online Learning of Folds") == (
        "DeepLattice: Online Learning of Folds"
    )
    assert tidy("1912.01703 is an identifier, not a month") == (
        "1912.01703 is an identifier, not a month"
    )
    assert tidy("Online Learning of Folds]") == "Online Learning of Folds"


def test_a_year_joined_to_its_title_by_an_underscore_is_the_year() -> None:
    page = (
        "1.综述系列\n"
        "2021_A Survey on Folded Lattices for Speech\n"
        "论文从两个方面进行了梳理总结。\n\n"
        "2.SOTA\n"
        "2022_QuietSpeech: End-to-End Text to Speech with Shallow Gradients\n"
        "3.1.WAVELATTICE系列\n"
        "2016_WAVELATTICE: A GENERATIVE MODEL FOR RAW FOLDS\n"
    )
    papers = _papers(page)
    assert ("A Survey on Folded Lattices for Speech", 2021) in [
        (p["title"], p["year"]) for p in papers
    ]
    assert all(not p["title"].startswith(("2021_", "2022_", "2016_")) for p in papers)


def test_a_daily_arxiv_bots_json_archive_is_read_as_its_tables() -> None:
    import json

    archive = {
        "Legal NLP": {
            "2110.12383": "|**2021-10-24**|**Quiet Gradients for Sentencing Decisions**|"
            "Dana Lin et.al.|[2110.12383v1](http://arxiv.org/abs/2110.12383v1)|null|\n",
            "2110.11984": "|**2021-10-15**|**Folded Lattices in Legal Drafting**|"
            "Evan Holt et.al.|[2110.11984v1](http://arxiv.org/abs/2110.11984v1)|"
            "**[link](https://github.com/example/lattices)**|\n",
        },
        "Speech": {
            "2111.00001": "|**2021-11-01**|**Spectral Pruning of Wide Speech Encoders**|"
            "Gil Moreau et.al.|[2111.00001v2](http://arxiv.org/abs/2111.00001v2)|null|\n",
        },
    }
    papers = _papers(json.dumps(archive))
    assert [(p["title"], p["arxiv_id"], p["topics"]) for p in papers] == [
        ("Quiet Gradients for Sentencing Decisions", "2110.12383", ["Legal NLP"]),
        ("Folded Lattices in Legal Drafting", "2110.11984", ["Legal NLP"]),
        ("Spectral Pruning of Wide Speech Encoders", "2111.00001", ["Speech"]),
    ]
    assert papers[0]["authors"] == ["Dana Lin"]
    assert papers[1]["code_url"] == "https://github.com/example/lattices"


def test_a_name_with_its_papers_title_in_brackets_before_chinese_words_gives_that_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    lines = read_lines("- LATTE(Folded Lattices for Shallow Object Detection),使用它进行检测。\n")
    texts = {c.text: c.how for c in candidates(lines, 0)}
    assert texts["Folded Lattices for Shallow Object Detection"] == {"paren_inner"}


_AWARDS_YAML = """\
- venue: NeurIPS
  year: 2019
  awards:
  - award: Outstanding Paper
    title: Quiet Gradients for Halfspaces with Massart Noise
    author: Dana Lin, Evan Holt
    link: https://papers.example.org/2019/quiet
    source: https://example.org/awards-2019
  - award: Test of Time
    title: Folded Lattices for Regularized Stochastic Learning
    author: Gil Moreau
    link: https://papers.example.org/2009/folded
  place: Vancouver, Canada

- venue: IROS
  year: 2019
  awards:
  - award: Best Student Paper
    title: Efficient and Guaranteed Planar Pose Graphs Using the Complex
      Number Representation
    author: Ana Ruiz, Bo Chen
    link: https://ieeexplore.example.org/8968044
  - award: Best Paper
    title: Spectral Pruning of Reactive Manipulation Policies
    author: Carl Mayer
    year: 2018
    link: https://ieeexplore.example.org/8968452
"""


def test_yaml_items_with_a_title_beside_their_award_take_the_venue_of_the_item_above() -> None:
    papers = _papers(_AWARDS_YAML)
    assert [(p["title"], p["venue"], p["year"], p["topics"]) for p in papers] == [
        (
            "Quiet Gradients for Halfspaces with Massart Noise",
            "NeurIPS",
            2019,
            ["Outstanding Paper"],
        ),
        ("Folded Lattices for Regularized Stochastic Learning", "NeurIPS", 2019, ["Test of Time"]),
        (
            "Efficient and Guaranteed Planar Pose Graphs Using the Complex Number Representation",
            "IROS",
            2019,
            ["Best Student Paper"],
        ),
        # the entry's own year wins over its block's
        ("Spectral Pruning of Reactive Manipulation Policies", "IROS", 2018, ["Best Paper"]),
    ]
    assert papers[0]["authors"] == ["Dana Lin", "Evan Holt"]
    assert papers[0]["url"] == "https://papers.example.org/2019/quiet"


def test_a_yaml_item_without_a_title_is_no_entry() -> None:
    from papercli.importers.digest.embedded import take_yaml

    page = "- venue: NeurIPS\n  year: 2019\n  place: Vancouver\n- venue: ICML\n  year: 2020\n"
    assert take_yaml(page) == (page, [])


def test_a_site_description_in_front_matter_says_where_the_papers_appeared() -> None:
    page = (
        "---\n"
        "title: Accepted Papers\n"
        "workshop_name: neurips2020\n"
        "site_description: Workshop on Folded Systems at NeurIPS 2020, December 12th, Online\n"
        "site_title: Folded Systems\n"
        "---\n\n"
        '<p><a href="/papers/quiet.pdf"><b>Quiet Gradients for Cost Models</b></a>. Dana Lin.</p>\n'
        '<p><a href="/papers/folded.pdf"><b>Folded Lattices for Placement</b></a>. Evan Holt.</p>\n'
        '<p><a href="/papers/pruning.pdf"><b>Spectral Pruning of Disk Indexes</b></a>. '
        "Gil Moreau.</p>\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Quiet Gradients for Cost Models", "NeurIPS", 2020),
        ("Folded Lattices for Placement", "NeurIPS", 2020),
        ("Spectral Pruning of Disk Indexes", "NeurIPS", 2020),
    ]


def test_each_title_keeps_the_names_under_it_when_every_entry_is_title_then_names_and_venue() -> (
    None
):
    # "Title. [pdf]<br>" / "Names. Venue, Year": the line under the title is its own; the
    # previous entry's line over it is not (no "names / title / venue" triples here)
    page = (
        "### Papers:\n"
        "- Decoupling Lattices for Anomaly Detection. [[pdf]](https://x.org/a.pdf)<br>\n"
        "Ana Ruiz, Bo Chen. SIGIR, 2021\n\n"
        "- The Folded Network Model. [[pdf]](https://x.org/b.pdf)<br>\n"
        "Carl Mayer, Dana Lin. IEEE, 2009\n\n"
        "- Simplifying Quiet Convolutional Networks. [[pdf]](http://x.org/c.pdf)<br>"
        "Evan Holt, Gil Moreau. PMLR, 2019\n\n"
        "- Edge-Labeling Lattices for Few-shot Learning. [[pdf]](https://x.org/d.pdf) <br>"
        "Hana Kim, Ivo Tan. CVPR, 2019\n"
    )
    assert [(p["title"], p["authors"]) for p in _papers(page)] == [
        ("Decoupling Lattices for Anomaly Detection", ["Ana Ruiz", "Bo Chen"]),
        ("The Folded Network Model", ["Carl Mayer", "Dana Lin"]),
        ("Simplifying Quiet Convolutional Networks", ["Evan Holt", "Gil Moreau"]),
        ("Edge-Labeling Lattices for Few-shot Learning", ["Hana Kim", "Ivo Tan"]),
    ]


def test_a_line_after_a_break_tag_keeps_its_source_line_number() -> None:
    from papercli.importers.digest.blocks import read_lines

    lines = read_lines(
        "- Title One. [pdf](https://x.org/a.pdf)<br>Ana Ruiz. SIGIR, 2021\n\n- Two\n"
    )
    assert [(line.text, line.number) for line in lines] == [
        ("Title One. pdf", 0),
        ("Ana Ruiz. SIGIR, 2021", 0),
        ("Two", 2),
    ]


_JSX_PAGE = """\
let acceptedPapers = [
  <Paper
    title="Quiet Gradients for Cognitive Playrooms"
    abstract="We study playrooms. Code at https://example.org/quiet."
    authors={{
      "Ana Ruiz": [],
      "Bo Chen": [],
    }}
    affiliations={[]}
    pdf="/papers/2022/1.pdf"
  />,
  <Paper
    title="Folded Lattices for Object Rearrangement"
    authors={["Carl Mayer", "Dana Lin"]}
    pdf="https://example.org/papers/2.pdf"
  />,
  <Paper title="Spectral Pruning of Indoor Scenes" authors={{ "Evan Holt": [] }} />,
];
"""


def test_a_sites_paper_components_are_read_with_their_authors() -> None:
    papers = _papers(_JSX_PAGE)
    assert [(p["title"], p["authors"], p["url"]) for p in papers] == [
        ("Quiet Gradients for Cognitive Playrooms", ["Ana Ruiz", "Bo Chen"], None),
        (
            "Folded Lattices for Object Rearrangement",
            ["Carl Mayer", "Dana Lin"],
            "https://example.org/papers/2.pdf",
        ),
        ("Spectral Pruning of Indoor Scenes", ["Evan Holt"], None),
    ]


def test_components_without_a_title_and_another_field_are_left_to_the_lines() -> None:
    from papercli.importers.digest.embedded import take_jsx_elements

    page = '<Button label="Submit" />\n<Figure title="Our group" />\n'
    assert take_jsx_elements(page) == (page, [])
