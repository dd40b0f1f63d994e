"""Conventions shared by real pages read for errors in stop 63, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import html_to_markdown, read_lines
from papercli.importers.digest.scorer import score_lines

# a Jupyter Book chapter's further reading: each title followed by a MyST citation role
_MYST_CITED = """# Further Reading

## Foundations

- The architecture that started it all:
  - Lindqvist et al. (2017): *Sparse Lattices Are All You Need* {cite}`lindqvist2017sparse`
  - Okafor et al. (2019): *Deep Prism: Pre-training of Folded Encoders* {cite:p}`okafor2019prism`
  - Varga et al. (2020): *Scaling Rules for Quiet Language Models* {cite}`varga2020scaling`
"""


def test_a_myst_citation_role_is_no_part_of_the_title_it_follows() -> None:
    assert set(_by_title(_MYST_CITED)) == {
        "Sparse Lattices Are All You Need",
        "Deep Prism: Pre-training of Folded Encoders",
        "Scaling Rules for Quiet Language Models",
    }


def _seminar(rows: list[tuple[str, str, str]]) -> str:
    return json.dumps(
        [
            {"date": date, "time": "14:30", "speaker": "某某", "topic": topic, "paper": paper}
            for date, topic, paper in rows
        ],
        ensure_ascii=False,
        indent=2,
    )


def test_a_data_records_fields_above_its_title_are_its_own_not_the_paper_before() -> None:
    page = _seminar(
        [
            ("2025-09-11", "分支预测", "《Branch Whisper: Leaking Keys through Predictor Races》"),
            (
                "2025-09-25",
                "DNA 编码",
                "《Fountain Ink: A Robust Storage Layout for DNA Archives》",
            ),
            ("2025-10-09", "模型优化", "《QuantFlow: Rotating Mamba Weights before Quantization》"),
        ]
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    # (each paper once took the next object's topic: its fields come before its title)
    assert topics == {
        "Branch Whisper: Leaking Keys through Predictor Races": ["分支预测"],
        "Fountain Ink: A Robust Storage Layout for DNA Archives": ["DNA 编码"],
        "QuantFlow: Rotating Mamba Weights before Quantization": ["模型优化"],
    }


def test_a_reading_notes_title_ending_in_a_dashed_venue_is_cut_before_it() -> None:
    page = (
        "Ranking Hidden Nodes in Typed Citation Graphs - ICDE论文阅读笔记\n\n"
        "Ranking Hidden Nodes in Typed Citation Graphs论文阅读笔记\n\n"
        "摘要\n\n节点重要性估计是图形数据分析中的一项基本任务。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"]) for p in papers] == [
        ("Ranking Hidden Nodes in Typed Citation Graphs", "ICDE")
    ]


def test_a_latin_writer_before_dengren_zai_writes_the_quoted_title() -> None:
    page = (
        "图的定义\n\n"
        "Marco Albani等人在《The Lattice Neural Network Model》当中给图下的定义为:\n\n"
        "一个图由节点和边组成。\n"
    )
    (paper,) = _papers(page)
    assert (paper["title"], paper["authors"]) == (
        "The Lattice Neural Network Model",
        ["Marco Albani"],
    )


# a course's weekly readings, flattened from a table: "Names, YEAR, Title" lines
_NAMES_YEAR_TITLE = """Week 1 |
Introduction |
Dorsey-Vale and Kimura, 2017, Towards a Careful Science of Legible Forecasting
Wellbeck, 2019, Openness: Reasons and Obstacles
Liptak, 2017, The Legend of Model Legibility
[ Slides 1 | Slides 2 ]
|
Week 2 |
Human Factors |
Hoang et. al., 2020, Human Factors in Model Legibility: Practices and Hurdles
Slackford and Hilger et. al., 2020, Fooling Post Hoc Explanations with Crafted Inputs
[ Slides 1 | Slides 2 ]
"""


def test_names_a_year_then_the_title_each_line_a_paper_with_its_writers() -> None:
    papers = _by_title(_NAMES_YEAR_TITLE)
    assert {t: (p["authors"], p["year"]) for t, p in papers.items()} == {
        "Towards a Careful Science of Legible Forecasting": (["Dorsey-Vale", "Kimura"], 2017),
        # (one surname alone is a writer here: the year after it says so)
        "Openness: Reasons and Obstacles": (["Wellbeck"], 2019),
        "The Legend of Model Legibility": (["Liptak"], 2017),
        "Human Factors in Model Legibility: Practices and Hurdles": (["Hoang"], 2020),
        # ("Slackford and Hilger et al." once read as one name, "Hilger Slackford")
        "Fooling Post Hoc Explanations with Crafted Inputs": (["Slackford", "Hilger"], 2020),
    }


def test_names_and_a_year_lead_no_quoted_title_with_its_tail() -> None:
    (line,) = read_lines(
        "Dana Mercer et. al, 2024, 'DirectView: A Direct Manipulation Interface for Large "
        "Language Models'. Available at: https://arxiv.org/abs/2310.03691.\n"
    )
    (row,) = score_lines([line])
    # (the quoted title is its quotes' own candidate; the lead's cut once ran on past them)
    assert not [c.text for c in row if "after_cited_lead" in c.how]


# a Hugo post of conference highlights: numbered sections, a heading per paper, a "Read the
# Paper" link under each, a poster figure after each
_HUGO_HIGHLIGHTS = """# ExampleConf 2025: Research Highlights

## 1. Tree Models & Tabular Data
**Category Summary:**
Trees remain the gold standard for tabular data in industry.

### Boosted Forests with Actionable Recourse

[Read the Paper (OpenReview)](https://openreview.net/forum?id=r9zzTQLnxa)

* **Key Finding:** a recourse loss keeps actions open to users.

{{< figure src="/p/r.jpg" title="Boosted Forests with Actionable Recourse — Poster" >}}

### Shaping Decision Trees via Function Branching

[Read the Paper (arXiv:2510.19041)](https://arxiv.org/abs/2510.19041)

* **Key Finding:** trees split on learned shape functions.

{{< figure src="/p/s.jpg" title="Shaping Decision Trees via Function Branching — Poster" >}}

## 2. Graph Intelligence at Scale
**Category Summary:**
Graphs at industrial scale.

### The Temporal Graph of Ledger Transactions

[Read the Paper (arXiv:2510.20029)](https://arxiv.org/abs/2510.20029)

* **Key Finding:** a temporal graph of a public ledger.

{{< figure src="/uploads/posters/ledger.jpg" title="Ledger — Poster" >}}
"""


def test_a_highlights_post_s_figures_links_and_sections_are_no_papers() -> None:
    papers = _by_title(_HUGO_HIGHLIGHTS)
    assert {t: (p["url"], p["topics"]) for t, p in papers.items()} == {
        "Boosted Forests with Actionable Recourse": (
            "https://openreview.net/forum?id=r9zzTQLnxa",
            ["1. Tree Models & Tabular Data"],
        ),
        # (the "Read the Paper" link once opened a paper of its own, its link lost to this one)
        "Shaping Decision Trees via Function Branching": (
            "https://arxiv.org/abs/2510.19041",
            ["1. Tree Models & Tabular Data"],
        ),
        "The Temporal Graph of Ledger Transactions": (
            "https://arxiv.org/abs/2510.20029",
            ["2. Graph Intelligence at Scale"],
        ),
    }


def test_a_plain_title_wrapped_at_a_word_no_title_ends_with_is_one_title() -> None:
    page = (
        "## Papers to read\n\n"
        "- [ ] Fine-Tuning Wren Models from Ledger Preferences\n"
        "- [ ] QuillGPT: Browser-assisted question-answering with\n"
        "human feedback\n"
        "- [ ] Training a Helpful and Harmless Wren with\n"
        "Reinforcement Learning from Ledger Feedback\n"
        "- [ ] Training wren models to follow instructions\n"
        "with ledger feedback\n"
        "- [ ] Scaling Laws for Reward Model Overoptimization in Wrens\n"
    )
    assert set(_by_title(page)) == {
        "Fine-Tuning Wren Models from Ledger Preferences",
        "QuillGPT: Browser-assisted question-answering with human feedback",
        "Training a Helpful and Harmless Wren with Reinforcement Learning from Ledger Feedback",
        "Training wren models to follow instructions with ledger feedback",
        "Scaling Laws for Reward Model Overoptimization in Wrens",
    }


def test_a_title_over_its_authors_on_the_next_line_stays_apart_from_them() -> None:
    page = (
        "- Sparse Ledgers for Quiet Wrens\n  Ada Pell, Bo Quill and Cy Rowe\n"
        "- Dense Ledgers for Loud Wrens of\n  Ada Pell, Bo Quill and Cy Rowe\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got["Sparse Ledgers for Quiet Wrens"] == ["Ada Pell", "Bo Quill", "Cy Rowe"]


def test_a_reading_lists_remark_on_what_to_read_is_no_part_of_the_title() -> None:
    page = (
        "### Optional readings\n\n"
        "- Camels in a Changing Wren Climate [[link](https://arxiv.org/abs/2311.10703)]\n\n"
        "- The Wren 3 Herd of Models (Sec 4 and the relevant portion of Sec 5) "
        "[[link](https://arxiv.org/abs/2407.21784)]\n\n"
        "- Fundamental Limits of Ledger Alignment (Chapters 1-3) "
        "[[link](https://arxiv.org/abs/2304.11083)]\n"
    )
    assert set(_by_title(page)) == {
        "Camels in a Changing Wren Climate",
        "The Wren 3 Herd of Models",
        "Fundamental Limits of Ledger Alignment",
    }


def test_award_labels_right_under_each_title_are_their_own_not_the_next_papers() -> None:
    page = (
        "Announcing the ExampleConf 2022 Best Paper Awards!\n"
        "We recognize the following papers with best papers awards:\n"
        "“Automatic Correction of Wren Translations”\n"
        "Best new task (tied) and new resource paper\n"
        "Notes from the Best Paper Committee: This paper was in the running for many prizes.\n"
        "“LNet: Mixing Ledgers with Fourier Transforms”\n"
        "Best efficient NLP paper\n"
        "Notes from the Best Paper Committee: Since their introduction, ledgers have grown.\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics == {
        "Automatic Correction of Wren Translations": [
            "Best new task (tied) and new resource paper"
        ],
        "LNet: Mixing Ledgers with Fourier Transforms": ["Best efficient NLP paper"],
    }


# a survey's HTML table: a category cell spans its rows, which leave that column out
_ROWSPAN_TABLE = """# List of Spiking Wrens
<table>
<thead>
  <tr>
    <th rowspan="2">Category</th><th rowspan="2">Paper</th>
    <th rowspan="2">Release Date (arXiv first)</th><th rowspan="2">Code</th>
    <th rowspan="2">Venue</th><th rowspan="2">Group</th>
  </tr>
  <tr>
  </tr>
</thead>
<tbody>
  <tr>
    <td rowspan="3">Vanilla Attention</td>
    <td><a href="https://doi.org/10.1/X.1">Spiking wren networks: a rate coded ledger</a></td>
    <td>2021</td><td></td><td>ICSAI2021</td><td>TUM</td>
  </tr>
  <tr>
    <td><a href="https://e.org/st">Spiking wrens for event-based ledger tracking</a></td>
    <td>2022</td><td>Github</td><td>CVPR2022</td><td>DLUT</td>
  </tr>
  <tr>
    <td><a href="https://e.org/d">Spike wren: Monocular depth from a ledger camera</a></td>
    <td>2022</td><td>Github</td><td>ECCV2022</td><td>PKU</td>
  </tr>
  <tr>
    <td rowspan="1">SSA</td>
    <td><a href="https://e.org/w">Wrenformer: When spiking ledgers meet wrens</a></td>
    <td>2022</td><td>Github</td><td>ICLR2023</td><td>PKU</td>
  </tr>
</tbody>
</table>
"""


def test_cells_that_span_rows_keep_the_rows_below_in_their_columns() -> None:
    got = {p["title"]: (p["venue"], p["year"], p["topics"]) for p in _papers(_ROWSPAN_TABLE)}
    # (the rows under a spanning cell once shifted left: the group "DLUT" read as the venue)
    assert got == {
        "Spiking wren networks: a rate coded ledger": ("ICSAI", 2021, ["Vanilla Attention"]),
        "Spiking wrens for event-based ledger tracking": ("CVPR", 2022, ["Vanilla Attention"]),
        "Spike wren: Monocular depth from a ledger camera": ("ECCV", 2022, ["Vanilla Attention"]),
        # (the venue's year, not the preprint's release date)
        "Wrenformer: When spiking ledgers meet wrens": ("ICLR", 2023, ["SSA"]),
    }


def test_a_cell_spanning_columns_leaves_its_other_columns_empty() -> None:
    html = (
        "<table><tr><td rowspan=2>Algorithm</td><td colspan=2>Method</td>"
        "<td rowspan=2>Paper</td></tr>"
        "<tr><td>Category</td><td>Name</td></tr>"
        "<tr><td>Avg</td><td>Loss</td><td>SCE</td><td>Symmetric Wrens</td></tr></table>"
    )
    rows = [line for line in html_to_markdown(html).split("\n") if line.startswith("|")]
    cells = [[c.strip() for c in row.strip()[1:-1].split("|")] for row in rows]
    assert cells == [
        ["Algorithm", "Method", "", "Paper"],
        ["---", "---", "---", "---"],
        ["", "Category", "Name"],  # (the spanned "Paper" column ends the row: no cell)
        ["Avg", "Loss", "SCE", "Symmetric Wrens"],
    ]


def test_a_programme_s_paper_sessions_name_their_own_papers() -> None:
    page = (
        "Paper sessions\n\n"
        "Paper Session 1: Identity and Privacy\n\n"
        "Session Chair: Ada Pell\n\n"
        "  1. Analysing Privacy Leakage of Wren Events on Ledgers\n"
        "    Bo Quill, Cy Rowe and Di Stone\n"
        "  2. User Identity Linkage in Wren Media Using Ledger Features\n"
        "    Ed Tarn and Flo Ulm\n\n"
        "Paper Session 2: Web Infrastructure – Bias, Use, and Manipulation\n\n"
        "Session Chair: Gus Vane\n\n"
        "  1. How a Country Censors the Wren Web\n"
        "    Hal Ward, Ida Yates and Jo Zorn\n"
        "  2. What a Tangled Ledger We Weave: The Third Party Wren Ecosystem\n"
        "    Kai Abel and Lu Brandt\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    first, second = (
        ["Paper Session 1: Identity and Privacy"],
        ["Paper Session 2: Web Infrastructure – Bias, Use, and Manipulation"],
    )
    # (the second session's papers once kept the first's name: its commas made it no label)
    assert topics == {
        "Analysing Privacy Leakage of Wren Events on Ledgers": first,
        "User Identity Linkage in Wren Media Using Ledger Features": first,
        "How a Country Censors the Wren Web": second,
        "What a Tangled Ledger We Weave: The Third Party Wren Ecosystem": second,
    }


def test_a_committee_naming_people_is_no_section_of_the_papers_below() -> None:
    page = (
        "Google at ExampleConf 2022\n\n"
        "Committees\n\n"
        "Organizing Committee includes: Ada Pell, Bo Quill\n\n"
        "Senior Program Committee includes: Cy Rowe, Di Stone, Ed Tarn\n\n"
        "Papers\n\n"
        "Transforming Wren Tagging Into A Ledger Task\n"
        "Kai Abel, Lu Brandt, Mo Cole\n\n"
        "On the Limits of Reference-Free Wren Evaluations\n"
        "Ned Dale, Ola Eck\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert all("Committee" not in " ".join(t) for t in topics.values()), topics


def test_a_data_entry_s_own_citation_dates_it_not_the_list_s_year() -> None:
    page = (
        "- year: 2020\n"
        "  title: An object-oriented wren environment for the first ledger course\n"
        '  citation: "Ada Pell and Bo Quill. 1996. An object-oriented wren environment for the '
        'first ledger course. In <i>Proceedings of the 27th Wren Symposium</i>. 1–5."\n'
        "  doi: https://doi.org/10.1145/236452.236515\n\n"
        "- year: 2021\n"
        "  title: The incredible shrinking ledger\n"
        '  citation: "Cy Rowe. 1997. The incredible shrinking ledger. <i>Communications of the '
        'ACM</i>. 40, 10 (Oct. 1997), 103–110."\n'
        "  doi: https://doi.org/10.1145/262793.262814\n\n"
        "- year: 2024\n"
        '  title: "Evaluating a new exam question: Parsons wrens"\n'
        '  citation: "Di Stone, Ed Tarn, and Flo Ulm. 2008. Evaluating a new exam question: '
        "Parsons wrens. In <i>Proceedings of the Fourth Wren Workshop (ICER '08)</i>. 113-124.\"\n"
        "  doi: https://doi.org/10.1145/1404520.1404533\n"
    )
    years = {p["title"]: p["year"] for p in _papers(page)}
    # (the test-of-time award's year, 2020, is when it was honoured, not written)
    assert years == {
        "An object-oriented wren environment for the first ledger course": 1996,
        "The incredible shrinking ledger": 1997,
        "Evaluating a new exam question: Parsons wrens": 2008,
    }


def test_an_upvote_count_after_a_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import tidy

    assert (
        tidy("SageWren: A Trainable Low-bit Ledger ⬆️12") == "SageWren: A Trainable Low-bit Ledger"
    )
    assert tidy("Interactive Wrens ⭐ 9") == "Interactive Wrens"
    assert tidy("Deep Wrens in 2 Steps") == "Deep Wrens in 2 Steps"


def test_a_local_pdf_path_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Pdf: /simclr/A Simple Framework for Contrastive Wrens.pdf")
    assert never_title("notes/wrens/ledger-review.md")
    assert not never_title("A Simple Framework for Contrastive Learning of Wrens")


def test_a_model_s_name_in_brackets_before_its_title_is_another_title() -> None:
    from papercli.importers.digest import DigestResult, _move_bracketed_nicknames
    from papercli.model import Paper

    result = DigestResult(format="digest")
    titles = [
        "(WAM) Segment Any Wren",
        "(MonoWS)Wren Splatting SLAM",
        "(Re)Thinking Wrens at Scale in Ledger Graphs",
        "Ledgers of Wrens in Flight",
    ]
    result.papers = [Paper(title=t) for t in titles]
    _move_bracketed_nicknames(result)
    assert [(p.title, p.alt_titles) for p in result.papers] == [
        ("Segment Any Wren", ["WAM"]),
        ("Wren Splatting SLAM", ["MonoWS"]),
        # (one capital makes no model's name)
        ("(Re)Thinking Wrens at Scale in Ledger Graphs", []),
        ("Ledgers of Wrens in Flight", []),
    ]


def test_a_title_by_a_lab_is_the_part_before_its_byline() -> None:
    page = (
        "Top Wren Papers of 2019\n\n"
        "Deep Double Wren Descent By OpenAI\n"
        "Ada Pell, Bo Quill, Cy Rowe, September 2019\n\n"
        "In this paper, an attempt has been made to reconcile two views of ledgers.\n\n"
        "EfficientWren: Rethinking Model Scaling for Ledgers By Google Research\n"
        "Di Stone, Ed Tarn, May 2019\n\n"
        "Wrens are believed to scale better.\n"
    )
    assert set(_by_title(page)) == {
        "Deep Double Wren Descent",
        "EfficientWren: Rethinking Model Scaling for Ledgers",
    }


def test_a_byline_item_under_a_bold_title_gives_its_first_author_and_italic_venue() -> None:
    page = (
        "## Algorithms\n\n### Graph Signal Processing\n\n"
        "- **On a Training-Less Solution for Wren Load Monitoring Using Graph Signals** (2016). "
        "[[pdf]](https://ieeexplore.ieee.org/document/7457611) [[code]](https://github.com/e/g)\n"
        "  - B. Zhao et al. *IEEE Access.*\n\n"
        "### Hidden Markov Models\n\n"
        "- **Exploiting HMM Sparsity to Perform Online Wren Monitoring.** (2015). "
        "[[pdf]](http://example.org/doc/TSG_2015.pdf) [[code]](https://github.com/e/s)\n"
        "  - S. Makon et al. *IEEE Transactions on Smart Grid.*\n"
    )
    got = {p["title"]: (p["authors"], p["venue"]) for p in _papers(page)}
    assert got == {
        "On a Training-Less Solution for Wren Load Monitoring Using Graph Signals": (
            ["B. Zhao"],
            "IEEE Access",
        ),
        "Exploiting HMM Sparsity to Perform Online Wren Monitoring": (
            ["S. Makon"],
            "IEEE Transactions on Smart Grid",
        ),
    }


def test_a_card_s_tags_are_a_field_of_their_own_never_a_title() -> None:
    html = (
        '<div class="card"><div class="title-en">LedgerGAIA: Towards Native Omni-Modal Wrens'
        '</div><div class="tags"><span class="tag">NLP</span><span class="tag">CV</span> '
        "<span>Tool Use</span></div><p>Abstract here.</p></div>"
    )
    lines = [line for line in html_to_markdown(html).split("\n") if line.strip()]
    # (the tags once ran together into one line, "NLPCVTool Use", read as a paper's title)
    assert lines[1] == "Tags: NLP, CV , Tool Use"


def test_a_relative_link_into_a_folder_named_by_an_arxiv_id_gives_that_id() -> None:
    page = (
        "## 2026-02-27\n\n"
        "- [LedgerGAIA: Towards Native Omni-Modal Wren Agents](../paper/2602.22898/index.html)\n"
        "- [Causal Wren Diffusion Models for Autoregressive Motion](../paper/2602.22595/)\n"
        "- [Risk-Aware Wren Model Predictive Control for Driving](../paper/2602.23260/index.html)\n"
    )
    got = {p["title"]: p["arxiv_id"] for p in _papers(page)}
    assert got == {
        "LedgerGAIA: Towards Native Omni-Modal Wren Agents": "2602.22898",
        "Causal Wren Diffusion Models for Autoregressive Motion": "2602.22595",
        "Risk-Aware Wren Model Predictive Control for Driving": "2602.23260",
    }


def test_a_link_labelled_as_a_citation_in_prose_is_another_work_s() -> None:
    page = (
        "# Wren Newsletter #6\n\n"
        "***A Primer in Wrenology: What we know about how WERT works***\n\n"
        "Transformer-based wrens have shown to be effective at many ledger tasks. One of those "
        "models called WERT [(Devlin et al. 2019)](https://arxiv.org/abs/1810.04806) is widely "
        "used but we know very little about its inner workings. A new "
        "[paper](https://arxiv.org/abs/2002.12328) titled “**A Primer in Wrenology: What we "
        "know about how WERT works**” aims to answer some of the questions.\n"
    )
    (paper,) = _papers(page)
    # (the cited model's link was once the paper's own)
    assert paper["arxiv_id"] == "2002.12328"


def test_tidy_keeps_its_cache() -> None:
    from papercli.importers.digest.candidates import model_name, tidy

    # (a helper written above it once took its cache decorator: every page tidied twice over)
    assert hasattr(tidy, "cache_info")
    assert not hasattr(model_name, "cache_info")


def test_a_card_s_tags_left_open_or_holding_void_elements_end_in_time() -> None:
    html = '<ul class="tags"><li>NLP<li>CV<br><img src="x.png"></ul><p>Sparse Wren Ledgers</p>'
    lines = [line for line in html_to_markdown(html).split("\n") if line.strip()]
    assert lines == ["Tags: NLP, CV,", "Sparse Wren Ledgers"]
    unclosed = '<div class="tags"><span>NLP</span>' + "word " * 400 + "<p>Sparse Wren Ledgers</p>"
    lines = [line for line in html_to_markdown(unclosed).split("\n") if line.strip()]
    assert lines[-1] == "Sparse Wren Ledgers"  # (the page after it is read, not swallowed)
