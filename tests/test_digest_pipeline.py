"""The digest pipeline stage by stage: lines, candidates, features, scorer, records, fields,
papers with confidence, and the CLI's --keep-uncertain / dry-run confidence."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.digest import DigestResult, _identified, parse_digest
from papercli.importers.digest.blocks import html_to_markdown, read_lines
from papercli.importers.digest.candidates import candidates, strip_number, tidy
from papercli.importers.digest.features import features, looks_like_names, page_context
from papercli.importers.digest.fields import page_venue
from papercli.importers.digest.records import (
    cut_records,
    follow_described_items,
    note_lines,
    numbered_sections,
)
from papercli.importers.digest.scorer import linear, load_model, score_lines, sigmoid

LIST = (
    "# Reading list\n\n"
    "1. Attention Is All You Need\n"
    "Authors: Ashish Vaswani, Noam Shazeer, Niki Parmar\n"
    "Paper: https://arxiv.org/abs/1706.03762v5\n\n"
    "2. Deep Residual Learning for Image Recognition\n"
    "Authors: Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\n"
    "Paper: https://arxiv.org/pdf/1512.03385.pdf\n\n"
    "3. Language Models are Few-Shot Learners\n"
    "Authors: Tom B. Brown, Benjamin Mann, Nick Ryder\n"
    "Paper: https://arxiv.org/abs/2005.14165\n"
)


# -- stage 1: lines ---------------------------------------------------------------------------


def test_markdown_structure_becomes_lines() -> None:
    text = (
        "# Title\n\n## Section\n\n- item one [link](https://arxiv.org/abs/1706.03762)\n"
        "  - nested **bold** item\n\n| Title | Code |\n|---|---|\n| A paper<br>its note | x |\n"
    )
    lines = read_lines(text)
    kinds = [(line.kind, line.depth) for line in lines]
    assert kinds[:4] == [("heading", 1), ("heading", 2), ("item", 1), ("item", 2)]
    assert lines[2].urls == ["https://arxiv.org/abs/1706.03762"]
    assert lines[2].span_texts("link") == ["link"]
    assert lines[3].span_texts("bold") == ["bold"]
    cells = [line for line in lines if line.kind == "cell"]
    # <br> splits a cell into lines; each knows its column and the column's header
    assert [c.text.strip() for c in cells if c.cell == 0] == ["A paper", "its note"]
    assert {c.header for c in cells} == {"Title", "Code"}


def test_plain_text_keeps_every_line_and_bare_urls() -> None:
    lines = read_lines("Title one\nAuthor A, Author B\n    indented https://doi.org/10.1/x\n")
    assert [line.text.strip() for line in lines][:2] == ["Title one", "Author A, Author B"]
    assert lines[2].urls == ["https://doi.org/10.1/x"]


def test_html_pages_read_into_the_same_lines() -> None:
    html = (
        "<html><body><h2>Orals</h2><ul><li><a href='https://arxiv.org/abs/2106.09685'>"
        "LoRA</a> by <b>Hu</b></li></ul><table><tr><td>1</td><td>Cell title</td></tr></table>"
        "</body></html>"
    )
    markdown = html_to_markdown(html)
    assert "## Orals" in markdown and "[LoRA](https://arxiv.org/abs/2106.09685)" in markdown
    lines = read_lines(html)
    assert lines[0].kind == "heading"
    assert any(line.urls == ["https://arxiv.org/abs/2106.09685"] for line in lines)


def test_an_href_written_in_angle_brackets_is_its_address() -> None:
    inline = read_lines("A[\"<a href='<https://arxiv.org/abs/1412.6980>'>Adam Made Simple</a>\"]")
    assert inline[0].urls == ["https://arxiv.org/abs/1412.6980"]
    html = "<html><body><p><a href='<https://arxiv.org/abs/1607.06450>'>Norms</a></p></body></html>"
    assert "[Norms](https://arxiv.org/abs/1607.06450)" in html_to_markdown(html)


# -- stage 2: candidates ----------------------------------------------------------------------


def _cands(text: str) -> dict[str, set[str]]:
    lines = read_lines(text)
    return {c.text: c.how for c in candidates(lines, 0)}


def test_candidates_cut_titles_out_of_their_line() -> None:
    assert "Attention Is All You Need" in _cands("Attention Is All You Need by A. Vaswani et al.")
    assert "Neural Nets" in _cands("3. Neural Nets – Jane Roe, John Doe")
    found = _cands('"Support-Vector Networks" by Cortes and Vapnik (1995)')
    assert "quoted" in found["Support-Vector Networks"]
    assert "HypTrails" in _cands("Best Paper Award: HypTrails")
    assert "Deep Learning" in _cands("深度学习 (Deep Learning)")
    assert "Title Here" in _cands("**2. Title Here（中文标题）**")


def test_strip_number_and_tidy() -> None:
    assert strip_number("12. Title") == ("Title", True)
    assert strip_number("【3】Title") == ("Title", True)
    assert strip_number("01 Title")[0] == "Title"
    assert strip_number("Title 2") == ("Title 2", False)
    assert tidy(" “Quoted title.” ") == "Quoted title"
    assert tidy("[Maxout Networks]") == "Maxout Networks"
    assert tidy("[CVPR] Title [code]") == "[CVPR] Title [code]"


def test_summary_and_notes_links_after_a_title_are_no_part_of_it() -> None:
    page = "".join(
        f"  - **{n:02d}.{title}** : [**Paper**](https://arxiv.org/abs/{arxiv}) || "
        f"[**Code**](https://github.com/x/{n}) || [**Summary**](https://github.com/x/s{n})\n"
        for n, (title, arxiv) in enumerate(
            [
                ("Generative Adversarial Networks", "1406.2661"),
                ("Intriguing Properties of Neural Networks", "1312.6199"),
                ("Distilling the Knowledge in a Neural Network", "1503.02531"),
            ],
            start=5,
        )
    )
    titles = [p.title for p in parse_digest("## Papers List\n\n- ### 2014\n" + page).papers]
    assert titles == [
        "Generative Adversarial Networks",
        "Intriguing Properties of Neural Networks",
        "Distilling the Knowledge in a Neural Network",
    ]


def test_tags_around_a_title_give_an_untagged_cut() -> None:
    found = _cands("[CVPR] [63:fire:] Two-Step Quantization for Low-bit Neural Networks [code]")
    assert "untagged" in found["Two-Step Quantization for Low-bit Neural Networks"]
    assert "Dual Quaternion Embeddings" in _cands("【Dual Quaternion Embeddings】")
    assert "Attention is All You Need" in _cands("Attention is All You Need(Vaswani")


def test_a_schedule_date_before_a_title_is_not_part_of_it() -> None:
    assert strip_number("June 6th - Human-level control") == ("Human-level control", True)
    assert strip_number("2025-06-06: Attention is all you need")[0] == "Attention is all you need"
    assert strip_number("Mar. 3, 2024 | Mixtral of Experts")[0] == "Mixtral of Experts"
    assert strip_number("May is the month - of papers") == ("May is the month - of papers", False)
    page = "\n".join(
        [
            "# Reading group, summer",
            "",
            "- **May 30th - Playing Atari with Deep Reinforcement Learning** (presented by Lu)",
            "  - [Paper](https://arxiv.org/abs/1312.5602)",
            "- **June 6th - Continuous Control with Deep Reinforcement Learning** (by Al)",
            "  - [Paper](https://arxiv.org/abs/1509.02971)",
            "- **June 13th - Proximal Policy Optimization Algorithms** (presented by Bo)",
            "  - [Paper](https://arxiv.org/abs/1707.06347)",
        ]
    )
    assert [(p.title, p.arxiv_id) for p in parse_digest(page).papers] == [
        ("Playing Atari with Deep Reinforcement Learning", "1312.5602"),
        ("Continuous Control with Deep Reinforcement Learning", "1509.02971"),
        ("Proximal Policy Optimization Algorithms", "1707.06347"),
    ]


def test_an_arxiv_id_is_not_a_list_number() -> None:
    assert strip_number("2401.04088 | Mixtral of Experts") == (
        "2401.04088 | Mixtral of Experts",
        False,
    )
    assert strip_number("3.Title") == ("Title", True)


def test_abbreviations_do_not_end_a_sentence() -> None:
    line = "Bag-of-Words vs. Graph vs. Sequence in Text Classification. J. Doe. 2022"
    found = _cands(line)
    assert not any(text.startswith("Sequence in Text") for text in found)


def test_reference_lines_without_a_separator_are_cut_before_the_names() -> None:
    found = _cands(
        "Generative adversarial nets Goodfellow, I., Mirza, M., & Bengio, Y. (2014) [pdf]"
    )
    assert "before_names" in found["Generative adversarial nets"]
    found = _cands("Deep residual learning for image recognition He, Kaiming, and Jian Sun (2016)")
    assert "before_names" in found["Deep residual learning for image recognition"]
    assert not any("before_names" in how for how in _cands("A Study of Things (2016)").values())


def test_titles_named_in_prose_are_candidates() -> None:
    found = _cands("They won it for their paper Approximating Sets in Graphs. But there is more.")
    assert "after_cue" in found["Approximating Sets in Graphs"]
    found = _cands("With Pythia: A Suite for Analyzing Language Models, the researchers released")
    assert "colon_span" in found["Pythia: A Suite for Analyzing Language Models"]
    found = _cands("这篇论文题目是 Deep Sets for Point Clouds。")
    assert "after_cue" in found["Deep Sets for Point Clouds"]


def test_unicode_bullets_are_list_items() -> None:
    lines = read_lines(
        "Papers\n\n  • First Paper Title\n    Ada Lovelace (Cambridge)\n  • Second\n"
    )
    items = [line for line in lines if line.kind == "item"]
    assert [line.text for line in items] == ["First Paper Title", "Second"]
    assert any(line.text == "Ada Lovelace (Cambridge)" and line.depth for line in lines)


def test_a_candidate_knows_where_its_link_goes() -> None:
    lines = read_lines("- [Unity Implementation](https://github.com/someone/unity-splats)\n")
    (cand,) = [c for c in candidates(lines, 0) if "link" in c.how]
    assert cand.url == "https://github.com/someone/unity-splats"
    page = page_context(lines)
    assert features(cand, lines, page)["link_code"] == 1.0


# -- stage 3: features and the model ---------------------------------------------------------


def test_features_are_derived_numbers_only() -> None:
    lines = read_lines(LIST)
    page = page_context(lines)
    for index in range(len(lines)):
        for cand in candidates(lines, index):
            feats = features(cand, lines, page)
            assert all(isinstance(v, float | int) for v in feats.values())
            # no feature name carries page text (words of the page)
            assert not any("Attention" in name or "Vaswani" in name for name in feats)


def test_names_look_like_names() -> None:
    assert looks_like_names("Ashish Vaswani, Noam Shazeer, and Niki Parmar") == 1.0
    assert looks_like_names("We propose a new method for learning.") < 0.5


def test_model_weights_are_numbers_and_scores_are_probabilities() -> None:
    model = load_model()
    for stage in ("stage1", "stage2"):
        assert all(isinstance(w, float | int) for w in model[stage]["weights"].values())
    assert 0 < model["uncertain"] <= model["accept"] < 1
    assert linear({"bias": 1.0, "weights": {"a": 2.0}}, {"a": 0.5, "b": 9.0}) == 2.0
    assert sigmoid(0.0) == 0.5 and sigmoid(-100.0) == 0.0
    scored = score_lines(read_lines(LIST))
    assert all(0.0 <= c.score <= 1.0 for row in scored for c in row)


# -- stage 4: records and fields ---------------------------------------------------------------


def test_records_keep_their_own_identifiers() -> None:
    lines = read_lines(LIST)
    records = cut_records(lines, score_lines(lines), 0.5)
    assert [r.title.text for r in records] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Language Models are Few-Shot Learners",
    ]
    for first, second in itertools.pairwise(records):
        assert first.end <= second.start  # records never overlap


def test_arxiv_listing_ids_stay_with_their_own_paper() -> None:
    # an arXiv listing: each id line is inside its paper's record, never given to the next
    text = "".join(
        f"arXiv:{2301 + i}.0000{i}\nTitle: A Study of Method Number {i} for Graphs\n"
        f"Authors: Ann Lee, Bob Stone\nComments: 9 pages\n\n"
        for i in range(1, 5)
    )
    result = parse_digest(text)
    for paper in result.papers:
        number = paper.title.rsplit(" ", 3)[-3]
        assert paper.arxiv_id is None or paper.arxiv_id.endswith(number)


def test_page_venue_from_the_page_title() -> None:
    lines = read_lines("ICLR 2022 — ten papers\n\nsome intro founded 2013\n")
    assert page_venue(lines) == ("ICLR", 2022)
    # a page titled by one venue alone, its year mistyped or absent: the venue still holds
    assert page_venue(read_lines("# CVPR20201 Oral\n\n[1] A Title\n")) == ("CVPR", None)
    assert page_venue(read_lines("# CVPR, ICCV and ECCV picks\n\nx\n")) == (None, None)
    assert page_venue(read_lines("# Learning from Nature\n\nx\n")) == (None, None)
    text = (
        "# CVPR20201 Oral\n\n[1] UP-DETR: Unsupervised Pre-training for Object Detection<br>\n"
        "[paper](https://arxiv.org/pdf/2011.09094.pdf)|[code](https://github.com/a/b)\n\n"
        "[2] Image-to-image Translation via Hierarchical Style Disentanglement<br>\n"
        "[paper](https://arxiv.org/abs/2103.01456)|[code](https://github.com/c/d)\n"
    )
    assert {p.venue for p in parse_digest(text).papers} == {"CVPR"}  # not "arXiv"


# -- the whole importer ------------------------------------------------------------------------


def test_papers_have_fields_and_confidence() -> None:
    result = parse_digest(LIST, "list.md")
    assert isinstance(result, DigestResult)
    titles = [p.title for p in result.papers]
    assert titles == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Language Models are Few-Shot Learners",
    ]
    attention, resnet, gpt3 = result.papers
    assert attention.authors == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]
    assert attention.arxiv_id == "1706.03762"
    assert resnet.pdf_url == "https://arxiv.org/pdf/1512.03385.pdf"
    assert gpt3.source == "list.md"
    for paper in result.papers:
        assert 0.5 <= result.confidence_of(paper) <= 1.0


def test_prose_gives_no_papers() -> None:
    text = (
        "We had a great week. The weather was nice and the team shipped the release.\n\n"
        "Thanks for reading, and see you next time!\n"
    )
    assert parse_digest(text).papers == []


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises(text: str) -> None:
    result = parse_digest(text)
    for paper in result.papers:
        assert paper.title.strip()
        assert 0.0 <= result.confidence_of(paper) <= 1.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["# ", "## ", "- ", "  - ", "1. ", "| ", "**", "> ", "<br>", "["]),
            st.text(alphabet="abc XYZ:|()[]*#-.,，（）《》\n", max_size=30),
            st.sampled_from(["(https://arxiv.org/abs/2101.00001)", "arXiv:2101.00001", "|---|"]),
            st.sampled_from(  # reStructuredText, site templates, data and name bullets
                [
                    "`T <https://x.org>`_",
                    "\n~~~~\n",
                    "\n^^^\n",
                    "({{ site.baseurl }}/p.pdf)",
                    '{"title": "T", "authors": "A", "doi": "10.1/x"}',
                    "\n- , ",
                    "\n- & ",
                    "2017 ",
                    " et al., ",
                    "论文地址",
                    "Subjects: ",
                    "[J]. ",  # this stop's: tails, labels, names in prose, nicknames
                    "[C]//",
                    " (Word2Vec)",
                    " | SASRec",
                    "  ",
                    "Comment: Accepted at ",
                    "由 ",
                    "等人提出",
                    "作为第一作者",
                    "(Moss, Quill)",
                    "University of X, ",
                    "PR 2024: ",
                    "'21] ",
                ]
            ),
        ),
        max_size=40,
    )
)
def test_never_raises_on_markup_soup(parts: list[str]) -> None:
    parse_digest("".join(parts))


# -- the command line --------------------------------------------------------------------------


def _papercli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PAPERCLI_DB=str(db))
    return subprocess.run(
        [sys.executable, "-m", "papercli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_dry_run_json_gives_confidence_and_stores_nothing(tmp_path: Path) -> None:
    digest = tmp_path / "list.md"
    digest.write_text(LIST, encoding="utf-8")
    db = tmp_path / "lib.json"
    run = _papercli("import", str(digest), "--dry-run", "--json", db=db)
    assert run.returncode == 0, run.stderr
    papers = json.loads(run.stdout)
    assert len(papers) == 3
    assert all(0.5 <= p["confidence"] <= 1.0 for p in papers)
    added = _papercli("import", str(digest), db=db)
    assert added.returncode == 0, added.stderr
    listed = json.loads(_papercli("list", "--format", "json", db=db).stdout)
    assert len(listed) == 3 and all("confidence" not in p for p in listed)


def test_uncertain_titles_are_listed_and_kept_on_request(tmp_path: Path) -> None:
    digest = tmp_path / "notes.txt"
    digest.write_text(
        "Some notes\n\nA Short Phrase Here\nanother line of text\n\nFinal Words Maybe\n",
        encoding="utf-8",
    )
    db = tmp_path / "lib.json"
    plain = _papercli("import", str(digest), "--format", "digest", "--dry-run", "--json", db=db)
    kept = _papercli(
        "import",
        str(digest),
        "--format",
        "digest",
        "--dry-run",
        "--json",
        "--keep-uncertain",
        db=db,
    )
    result = parse_digest(digest.read_text(encoding="utf-8"))
    if result.uncertain:
        assert "uncertain" in plain.stderr
        assert kept.returncode == 0
        kept_titles = {p["title"] for p in json.loads(kept.stdout)}
        assert {p.title for p in result.uncertain} <= kept_titles
    else:
        assert "uncertain" not in plain.stderr


def test_table_rows_keep_their_own_links_even_with_html_in_cells() -> None:
    # a short markdown table full of inline HTML stays a table, and each row's paper link
    # stays in its row (a link cell at a row's end is not the next row's lead identifier)
    rows = "".join(
        f"|[Method {name} for Sparse Graph Learning](https://arxiv.org/abs/2301.0000{i}) <br> "
        f'Ann Lee, Bob Stone |<img width="100" src="f{i}.png"> <sub>x</sub> |'
        f"[Paper](https://arxiv.org/abs/2301.0000{i})<br>[Code](https://github.com/a/b{i})|\n"
        for i, name in enumerate(["Alpha", "Beta", "Gamma", "Delta", "Epsilon"], 1)
    )
    text = "## Methods\n| Title & Authors | Figure | Links |\n|:--|  :----: | :---:|\n" + rows
    lines = read_lines(text)
    assert sum(1 for line in lines if line.kind == "cell") >= 10
    result = parse_digest(text)
    assert len(result.papers) == 5
    for number, paper in enumerate(result.papers, 1):
        assert paper.arxiv_id == f"2301.0000{number}"
        assert paper.code_url == f"https://github.com/a/b{number}"


# --- topics, identifiers and chrome (issue 12 follow-up) ------------------------------------

SECTIONED = (
    "# Weekly Picks — Week 3\n\n"
    "Home | Archive | About | Subscribe\n\n"
    "## Contents\n\n"
    "1. [Deep Residual Learning for Image Recognition](#resnet)\n"
    "2. [Attention Is All You Need](#transformer)\n\n"
    "## Vision\n\n"
    "### 1. Deep Residual Learning for Image Recognition\n\n"
    "**Authors:** Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\n\n"
    "- Paper: [arXiv](https://arxiv.org/abs/1512.03385)\n\n"
    "### 2. 注意力就是你所需要的\n\n"
    "英文标题: Attention Is All You Need\n"
    "作者: Ashish Vaswani、Noam Shazeer\n"
    "论文地址: https://arxiv.org/abs/1706.03762\n\n"
    "## From the feed\n\n"
    "[LG] Denoising Diffusion Probabilistic Models\n\n"
    "Jonathan Ho, Ajay Jain, Pieter Abbeel\n\n"
    "https://arxiv.org/abs/2006.11239\n\n"
    "[LG] Proximal Policy Optimization Algorithms\n\n"
    "John Schulman, Filip Wolski, Prafulla Dhariwal\n\n"
    "https://arxiv.org/abs/1707.06347\n"
)


def test_topics_are_sections_not_the_contents_the_page_title_or_a_papers_heading() -> None:
    result = parse_digest(SECTIONED, "t.md")
    topics = {p.title: p.topics for p in result.papers}
    assert topics["Deep Residual Learning for Image Recognition"] == ["Vision"]
    assert topics["Attention Is All You Need"] == ["Vision"]
    assert topics["Denoising Diffusion Probabilistic Models"] == ["LG", "From the feed"]
    assert [p.title for p in result.papers][:2] == [
        "Deep Residual Learning for Image Recognition",
        "Attention Is All You Need",
    ]


def test_an_identifier_line_stays_with_the_record_that_has_no_other() -> None:
    papers = {p.title: p for p in parse_digest(SECTIONED, "t.md").papers}
    ddpm = papers["Denoising Diffusion Probabilistic Models"]
    assert (ddpm.arxiv_id, ddpm.year) == ("2006.11239", 2020)
    assert papers["Proximal Policy Optimization Algorithms"].arxiv_id == "1707.06347"


def test_a_navigation_line_is_not_an_uncertain_title() -> None:
    result = parse_digest(SECTIONED, "t.md")
    assert all("Archive" not in p.title for p in result.papers + result.uncertain)


def test_a_title_followed_by_authors_after_a_dash_is_cut_before_them() -> None:
    text = (
        "- [Causal Exploration for Graphs](https://arxiv.org/abs/2302.00001) — Ada Lovelace, "
        "Alan Turing\n"
        "- [Frugal Routing with Sparse Memory](https://arxiv.org/abs/2302.00002) — Grace Hopper\n"
    )
    papers = parse_digest(text, "t.md").papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Causal Exploration for Graphs", ["Ada Lovelace", "Alan Turing"]),
        ("Frugal Routing with Sparse Memory", ["Grace Hopper"]),
    ]


def _uncertain_everywhere(text: str, title: str, score: float = 0.35) -> tuple[Any, ...]:
    """TEXT's lines and candidates, with TITLE the only (uncertain) title candidate."""
    lines = read_lines(text)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            cand.score = score if cand.text == title else 0.0
    return lines, scored


def test_an_identifier_vouches_for_an_uncertain_title_on_a_page_without_titles() -> None:
    text = (
        "Weekly news\n\nA lab released a model today. Read more below.\n\n"
        "Sparse Mixtures for Tiny Devices\n"
        "The paper is at https://arxiv.org/abs/2401.00001 and the code is coming.\n"
    )
    lines, scored = _uncertain_everywhere(text, "Sparse Mixtures for Tiny Devices")
    (record,) = _identified(cut_records(lines, scored, 0.3), lines, page_venue(lines), 0.5)
    assert record.title.text == "Sparse Mixtures for Tiny Devices"
    assert record.title.score == 0.5
    lines, scored = _uncertain_everywhere(
        text.replace("https://arxiv.org/abs/2401.00001", "soon"), "Sparse Mixtures for Tiny Devices"
    )
    assert _identified(cut_records(lines, scored, 0.3), lines, page_venue(lines), 0.5) == []


def test_many_uncertain_identified_titles_are_not_promoted() -> None:
    text = "".join(
        f"Uncertain Title Number {n}\nhttps://arxiv.org/abs/2401.0000{n}\n\n" for n in range(1, 8)
    )
    lines = read_lines(text)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            cand.score = 0.35 if cand.text.startswith("Uncertain Title") else 0.0
    assert _identified(cut_records(lines, scored, 0.3), lines, page_venue(lines), 0.5) == []


def test_navigation_lines_are_never_papers() -> None:
    text = (
        "# Picks\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
        "Subscribe to The Batch | Unsubscribe | Privacy Policy | Manage Preferences\n"
    )
    assert [p.title for p in parse_digest(text).papers] == ["Attention Is All You Need"]


def test_sections_announce_papers_or_other_things() -> None:
    from papercli.importers.digest.features import section_kinds

    lines = read_lines("# Papers\n\n- A\n\n## Tutorials\n\n- B\n\n## Misc\n\n- C\n")
    kinds = {line.text: kind for line, kind in zip(lines, section_kinds(lines), strict=True)}
    assert (kinds["A"], kinds["B"], kinds["C"]) == ("papers", "other", "")


def test_a_quoted_translation_gives_the_original_title() -> None:
    found = _cands("谷歌员工发表的论文《你所需要的是注意力》(Attention Is All You Need)。")
    assert "quoted_gloss" in found["Attention Is All You Need"]


def test_course_pages_chapters_and_lectures_are_marked() -> None:
    lines = read_lines("1. [Chapter 4 of the Deep Learning Book](http://example.org/dl): basics\n")
    page = page_context(lines)
    cand = next(c for c in candidates(lines, 0) if c.text == "Chapter 4 of the Deep Learning Book")
    assert features(cand, lines, page)["course_words"] == 1.0


def test_a_title_label_is_not_part_of_the_title() -> None:
    assert tidy("paper:A Survey on Document-level Translation") == (
        "A Survey on Document-level Translation"
    )
    assert tidy("论文标题：Deep Sets") == "Deep Sets"


def test_a_title_cut_short_joins_the_full_title_of_the_page() -> None:
    from papercli.importers.digest import _join_cut_titles
    from papercli.model import Paper

    result = DigestResult(format="digest")
    full = Paper(title="Scaling Laws for Neural Language Models", arxiv_id="2001.08361")
    cut = Paper(title="Scaling Laws for Neural Lang...", code_url="https://github.com/e/s")
    other = Paper(title="Short...")
    result.papers = [full, cut, other]
    _join_cut_titles(result)
    assert result.papers == [full, other]
    assert full.code_url == "https://github.com/e/s"


def test_a_one_word_nickname_after_a_title_is_dropped() -> None:
    assert tidy("Self-Supervised Policy Adaptation During Deployment (PAD)") == (
        "Self-Supervised Policy Adaptation During Deployment"
    )
    assert tidy("Dual Quaternion Knowledge Graph Embeddings(DualE)") == (
        "Dual Quaternion Knowledge Graph Embeddings"
    )
    assert tidy("Sparse Attention Is Enough (Extended Abstract)") == (
        "Sparse Attention Is Enough (Extended Abstract)"
    )
    assert tidy("BERT (BERT)") == "BERT (BERT)"


def test_a_repeated_shape_votes_for_the_cut_that_names_its_titles() -> None:
    from papercli.importers.digest.scorer import context_features

    text = "".join(f"| {n}) **Title Number {n}** - a description of it |\n" for n in range(1, 5))
    lines = read_lines("| Paper |\n|---|\n" + text)
    cands = [candidates(lines, i) for i in range(len(lines))]
    first = [[3.0 if "bold" in c.how else -3.0 for c in row] for row in cands]
    ctx = context_features(lines, cands, first)
    shares = {
        c.text: f["cut_share"]
        for row, frow in zip(cands, ctx, strict=True)
        for c, f in zip(row, frow, strict=True)
    }
    assert shares["Title Number 2"] == 1.0
    assert all(f["cut_known"] == 1.0 for row in ctx[1:] for f in row)


def test_a_table_template_names_the_titles_the_model_doubts() -> None:
    from papercli.importers.digest.records import follow_template

    rows = "".join(
        f"| {n}) **Title Number {n}** - what it does "
        f"| [Paper](https://arxiv.org/abs/2301.0{n:04d}) |\n"
        for n in range(1, 15)
    )
    lines = read_lines(
        "| Paper | Links |\n|---|---|\n" + rows + "| 15) **Bare Row** - no link | |\n"
    )
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            doubted = cand.text in ("Title Number 3", "Bare Row")
            cand.score = 0.2 if doubted else (0.9 if cand.how == {"bold", "before_dash"} else 0.0)
    assert follow_template(lines, scored, 0.5) == 1
    raised = [c.text for row in scored for c in row if c.score == 0.5]
    assert raised == ["Title Number 3"]  # "Bare Row" has no identifier in its row


def test_the_rules_alone_never_add_a_link_to_code_or_a_post() -> None:
    from papercli.importers.digest import _paper_link

    assert not _paper_link("https://github.com/someone/unity-splats")
    assert not _paper_link("https://www.youtube.com/watch?v=abc")
    assert _paper_link("https://arxiv.org/abs/2308.04079")
    assert _paper_link("https://example.org/papers/splats.pdf")
    text = (
        "## Papers\n\n"
        "- [3D Gaussian Splatting for Real-Time Radiance Field Rendering]"
        "(https://arxiv.org/abs/2308.04079)\n"
        "- [Mip-Splatting: Alias-free 3D Gaussian Splatting](https://arxiv.org/abs/2311.16493)\n\n"
        "## Implementations\n\n"
        "- [Unity Implementation](https://github.com/someone/unity-splats)\n"
        "- [WebGL Viewer](https://github.com/someone/webgl-viewer)\n"
    )
    titles = [p.title for p in parse_digest(text).papers]
    assert "Unity Implementation" not in titles and "WebGL Viewer" not in titles
    assert "Mip-Splatting: Alias-free 3D Gaussian Splatting" in titles


# -- found in review: each a small digest that went wrong ------------------------------------


def test_a_header_year_outside_the_usual_range_does_not_crash() -> None:
    text = (
        "1. Relativity (1905)\n\nOn the Electrodynamics of Moving Bodies\n\n"
        "2. Brownian (1905)\n\nOn the Movement of Small Particles\n"
    )
    result = parse_digest(text)
    assert all(p.year in (None, 1905) for p in result.papers)


def test_a_cue_word_before_a_plain_sentence_names_no_paper() -> None:
    text = (
        "# AI Weekly\n\n- We also liked the work Google DeepMind put out on Monday.\n"
        "- The paper Anthropic released on Tuesday is a must read.\n"
    )
    assert parse_digest(text).papers == []
    found = _cands("We liked the paper titled Sparse mixtures of tiny experts. It is short.")
    assert "after_cue" in found["Sparse mixtures of tiny experts"]


def test_venue_lines_under_their_own_papers_stay_with_them() -> None:
    text = (
        "# Reading list\n\n**Deep Residual Learning for Image Recognition**\n\nCVPR 2016\n\n"
        "**Attention Is All You Need**\n\nNeurIPS 2017\n\n"
        "**Denoising Diffusion Probabilistic Models**\n\nNeurIPS 2020\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found["Attention Is All You Need"] == ("NeurIPS", 2017)
    assert found["Denoising Diffusion Probabilistic Models"] == ("NeurIPS", 2020)
    heading = (
        "# Reading list\n\n**CVPR 2016**\n\n- Deep Residual Learning for Image Recognition\n"
        "- Densely Connected Convolutional Networks\n\n**NeurIPS 2017**\n\n"
        "- Attention Is All You Need\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(heading, keep_uncertain=True).papers}
    assert found["Densely Connected Convolutional Networks"] == ("CVPR", 2016)
    assert found["Attention Is All You Need"] == ("NeurIPS", 2017)


def test_a_cut_title_that_begins_several_titles_joins_none() -> None:
    from papercli.importers.digest import _join_cut_titles
    from papercli.model import Paper

    result = DigestResult(format="digest")
    first = Paper(title="Large Language Models are Zero-Shot Reasoners")
    survey = Paper(title="Large Language Models: A Survey", arxiv_id="2402.06196")
    cut = Paper(title="Large Language Models…", arxiv_id="2303.18223")
    result.papers = [first, Paper(title="Large Language Models Encode Knowledge"), survey, cut]
    _join_cut_titles(result)
    assert cut in result.papers and first.arxiv_id is None
    result.papers = [survey, Paper(title="Large Language Models: A Su...", arxiv_id="2303.18223")]
    _join_cut_titles(result)
    assert len(result.papers) == 2 and survey.arxiv_id == "2402.06196"


def test_a_publication_column_of_titles_is_no_venue() -> None:
    rows = [
        ("Deep Residual Learning for Image Recognition", "1512.03385"),
        ("Attention Is All You Need", "1706.03762"),
        ("Denoising Diffusion Probabilistic Models", "2006.11239"),
    ]
    text = "| Publication | Year | Code |\n|---|---|---|\n" + "".join(
        f"| [{t}](https://arxiv.org/abs/{i}) | 2016 | [code](https://github.com/a/b) |\n"
        for t, i in rows
    )
    papers = parse_digest(text).papers
    assert papers and all(p.venue != p.title for p in papers)


def test_a_summary_stops_at_the_next_label() -> None:
    text = (
        "## Sparse Mixtures Train Faster Than Dense Models\nAuthors: A. Smith, B. Jones\n"
        "TL;DR: short thing.\nAbstract: we do a long thing.\nCode: https://github.com/a/b\n"
    )
    (paper,) = parse_digest(text).papers
    assert paper.summary == "short thing."
    assert paper.abstract == "we do a long thing."


def test_topic_tags_and_italic_comments_are_not_venues() -> None:
    text = (
        "## Papers\n\n"
        "- `Vision` **Deep Residual Learning for Image Recognition**. Kaiming He, Jian Sun.\n"
        "- `Diffusion` **Denoising Diffusion Probabilistic Models**. Jonathan Ho, Ajay Jain.\n"
        "- **Attention Is All You Need** *highly recommended* - Ashish Vaswani, Noam Shazeer\n"
    )
    venues = {p.venue for p in parse_digest(text).papers}
    assert not venues & {"Vision", "Diffusion", "highly recommended"}


def test_the_rules_summaries_are_not_copied() -> None:
    text = (
        "# Reading list\n\n- **Chain of Thought Prompting Elicits Reasoning** (NeurIPS 2022)\n"
        "- **Large Language Models Encode Clinical Knowledge** (Nature 2023)\n"
        "- **Emergent Abilities of Large Language Models** (TMLR 2022)\n"
    )
    assert all(p.summary is None for p in parse_digest(text).papers)


def test_section_words_are_whole_words_and_decoration_keeps_cpp() -> None:
    from papercli.importers.digest.features import section_kinds
    from papercli.importers.digest.records import _DECORATION

    lines = read_lines("# Toolformer: Models Teach Themselves\n\n- A\n")
    assert section_kinds(lines)[1] != "other"
    assert _DECORATION.sub("", "=== cs.CL ===") == "cs.CL"
    assert _DECORATION.sub("", "C++") == "C++"


def test_title_lines_over_author_lines_are_read_as_one_shape() -> None:
    from papercli.importers.digest.records import follow_author_pairs

    pairs = [
        ("Modeling the impact of behavior on search", "Paul Bennett, Ryen White, Wei Chu"),
        ("Learning to recommend with social trust", "Hao Ma, Irwin King, Michael Lyu"),
        ("Novelty and diversity in retrieval evaluation", "Charles Clarke, Maheedhar Kolla"),
        ("Improving web search ranking by user behavior", "Eugene Agichtein and Eric Brill"),
    ]
    text = "Test of Time\n\n" + "".join(f"{t}\n{a}\nSIGIR 2006\n\n" for t, a in pairs)
    lines = read_lines(text)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            title = cand.text in {t for t, _ in pairs} and "whole" in cand.how
            sure = cand.text.startswith(("Modeling", "Novelty", "Improving"))
            cand.score = (0.9 if sure else 0.2) if title else 0.0
    assert follow_author_pairs(lines, scored, 0.5) == 1
    raised = [c.text for row in scored for c in row if c.score == 0.5]
    assert raised == ["Learning to recommend with social trust"]


def test_chapters_and_dates_are_never_titles() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Chapter 4 of the Deep Learning Book")
    assert never_title("Reinforcement Learning: An Introduction, Chapters 3 and 6")
    assert not never_title("Learning in Chapter 11 Bankruptcy Filings")
    assert never_title("第三章 卷积网络")
    assert never_title("Published on Feb 27")
    assert never_title("ResNet (2015)") and never_title("GoogLeNet/Inception (2014)")
    assert never_title("Introduced attention mechanisms, changing sequential data processing")
    assert never_title("Revolutionised contextual word embeddings, improving benchmarks")
    assert not never_title("Improved techniques for training score-based models")
    assert never_title("A Short List of Important Research Papers to Understand LLM")
    assert never_title("Recommender Systems: The Textbook [M] . Springer")
    assert not never_title("Deep Residual Learning (2015 version)")
    assert not never_title("Chaptering Videos with Transformers")
    assert never_title("ACL（Annual Meeting of the Association for Computational Linguistics")
    assert never_title("Board and Organizing Committee")
    assert not never_title("Query by Committee Made Real")
    assert not never_title("BERT: Pre-training of Deep Bidirectional Transformers (BERT)")
    for slot in ("Opening Remarks", "Coffee Break + Poster Session I", "Q&A: Aditya Grover"):
        assert never_title(slot)
    for people in (
        "D. Jurafsky and J. H. Martin",
        "Michel Galley and Christopher D. Manning. 2008",
    ):
        assert never_title(people)
    assert never_title("ICML 2018 Accepted Papers")
    assert never_title("ICLR Practical ML for Low Resource Settings Workshop")
    assert not never_title("Learning Mixtures of Linear Dynamical Systems")
    assert not never_title("Workshop on Learning: A Survey of Methods")
    assert tidy("【Dual Quaternion Knowledge Graph Embeddings】") == (
        "Dual Quaternion Knowledge Graph Embeddings"
    )
    assert not never_title("Panoptic Segmentation with Transformers")
    # an acronym and what it stands for names a method, not a paper
    assert never_title("BERT (Bidirectional Encoder Representations from Transformers)")


def test_a_colon_inside_a_quotation_does_not_cut_it() -> None:
    found = _cands('Xgboost Chen, Tianqi, and Carlos Guestrin. "Xgboost: A scalable system." KDD')
    assert not any(text.endswith('"Xgboost') for text in found)


def test_a_title_never_ends_inside_an_open_parenthesis() -> None:
    from papercli.importers.digest.candidates import without_open_tail

    assert without_open_tail("Attention is All You Need(Vaswani") == "Attention is All You Need"
    assert without_open_tail("Sparse Models (MoE) Scale") == "Sparse Models (MoE) Scale"
    titles = [
        p.title for p in parse_digest("Must reads\n\n5.Attention is All You Need(Vaswani\n").papers
    ]
    assert all("(" not in t for t in titles)


def test_two_cuts_of_one_title_are_one_paper() -> None:
    from papercli.importers.digest import _join_cut_titles
    from papercli.model import Paper

    result = DigestResult(format="digest")
    short = Paper(
        title="Bridging VideoQA and Agentic Tasks via Generalized ...", arxiv_id="2606.29445"
    )
    long = Paper(title="Bridging VideoQA and Agentic Tasks via Generalized Keyframe Extract...")
    result.papers = [short, long]
    _join_cut_titles(result)
    assert result.papers == [long] and long.arxiv_id == "2606.29445"


def test_a_titled_table_names_a_paper_in_each_row_with_an_identifier() -> None:
    from papercli.importers.digest.records import follow_identified_rows

    names = [f"Model{letter}" for letter in "ABCDEFGHIJKL"]
    rows = "".join(
        f"| {n}) **{name}** - what it does | [Paper](https://arxiv.org/abs/2301.0{n:04d}) |\n"
        for n, name in enumerate(names, start=1)
    )
    rows += "| 13) Plain Title | [Paper](https://arxiv.org/abs/2301.00013) |\n"
    rows += "| 14) **No Link** - nothing | [Tweet](https://x.com/a) |\n"
    lines = read_lines("| Paper | Links |\n|---|---|\n" + rows)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            named = "bold" in cand.how and cand.text in names
            plain = cand.text == "Plain Title"
            doubted = cand.text in ("ModelC", "No Link")
            cand.score = 0.9 if named and not doubted else (0.3 if plain else 0.01)
    assert follow_identified_rows(lines, scored, 0.5) == 2
    raised = sorted(c.text for row in scored for c in row if c.score == 0.5)
    assert raised == ["ModelC", "Plain Title"]  # the row without an identifier stays out


def test_a_schedules_other_fields_are_never_titles() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Topic: Theory of Deep Learning")
    assert never_title("主讲人：王琦")
    assert not never_title("Topic Modeling with Neural Variational Inference")


def test_several_lines_over_a_lone_dash_stay_plain_text() -> None:
    text = (
        "Foundational papers\n-\n"
        "Attention Is All You Need (2017)\nAuthors: Vaswani et al.\nTakeaway: transformers.\n-\n"
    )
    kinds = [(line.text, line.kind) for line in read_lines(text)]
    assert ("Foundational papers", "heading") in kinds  # one line over "-" is markdown's
    assert ("Attention Is All You Need (2017)", "line") in kinds
    assert ("Authors: Vaswani et al.", "line") in kinds


def test_an_arxiv_tab_title_loses_its_id_and_gives_it_to_the_paper() -> None:
    assert tidy("[2403.01744] NoteLLM: A Retrievable Model") == "NoteLLM: A Retrievable Model"
    assert tidy("[CVPR 2024] Sparse Fields") == "[CVPR 2024] Sparse Fields"  # a tag: cut elsewhere
    assert tidy("對應的論文為:Sparse Mixtures of Tiny Experts") == "Sparse Mixtures of Tiny Experts"
    assert tidy("【论文原文】:SPARSE MIXTURES OF EXPERTS") == "SPARSE MIXTURES OF EXPERTS"
    assert tidy("文章地址:Deep Residual Learning") == "Deep Residual Learning"
    assert tidy("Paper Review: Attention Is All You Need") == "Attention Is All You Need"
    text = (
        "# 笔记\n\n对应的论文为：[2403.01744] Sparse Mixtures of Tiny Experts for Note Search [1]\n"
    )
    (paper,) = parse_digest(text).papers
    assert paper.title == "Sparse Mixtures of Tiny Experts for Note Search"
    assert paper.arxiv_id == "2403.01744"


def test_a_paper_authors_label_names_the_authors() -> None:
    text = (
        "# 论文解读\n\n"
        "> 论文标题：Open-World Learning over Long Short-Term Imagination\n>\n"
        "> 论文作者：李佳键\\*,王琦\\*,王韫博(通讯作者),金鑫 (\\* 共同一作)\n"
    )
    (paper,) = parse_digest(text).papers
    assert paper.authors == ["李佳键", "王琦", "王韫博", "金鑫"]


def test_a_citations_title_is_cut_before_its_in_venue() -> None:
    found = _cands("2. Exploiting BERT for End-to-End Sentiment Analysis. In EMNLP W-NUT 2019")
    assert "Exploiting BERT for End-to-End Sentiment Analysis" in found
    assert "before_venue" in found["Exploiting BERT for End-to-End Sentiment Analysis"]


def test_a_link_broken_by_a_line_break_marks_both_lines() -> None:
    lines = read_lines("| T |\n|---|\n| [English Title Here<br />中文标题](https://a.example/p) |")
    first, second = lines[-2], lines[-1]
    assert first.span_texts("link") == ["English Title Here"]
    assert second.span_texts("link") == ["中文标题"]
    assert first.urls == second.urls == ["https://a.example/p"]


def test_a_middling_title_on_a_short_page_needs_a_second_sign_of_a_paper() -> None:
    from papercli.importers.digest import _set_aside_uncorroborated
    from papercli.model import Paper

    def page(*papers: tuple[Paper, float]) -> DigestResult:
        result = DigestResult(format="digest")
        for paper, confidence in papers:
            result.papers.append(paper)
            result.confidence[id(paper)] = confidence
        return result

    authored = Paper(title="Deep Residual Learning", authors=["Kaiming He"])
    linked = Paper(title="Denoising Diffusion Models", arxiv_id="2006.11239")
    sure = Paper(title="Densely Connected Networks")
    middling = Paper(title="Attention Is All You Need")
    proposed = Paper(title="Layer Normalization")
    result = page((authored, 0.6), (linked, 0.55), (sure, 0.85), (middling, 0.7), (proposed, 0.6))
    _set_aside_uncorroborated(result, {"layernormalization"})
    assert [p.title for p in result.papers] == [
        "Deep Residual Learning",  # authors vouch
        "Denoising Diffusion Models",  # an identifier vouches
        "Densely Connected Networks",  # the title model is sure
        "Layer Normalization",  # the rules' reader read it too
    ]
    assert [p.title for p in result.uncertain] == ["Attention Is All You Need"]
    # a page where no paper has a voucher (a bare list) sets none aside
    bare = page((Paper(title="Densely Connected Networks"), 0.6), (middling, 0.7))
    _set_aside_uncorroborated(bare, set())
    assert len(bare.papers) == 2 and not bare.uncertain


def test_pages_parsed_at_once_in_threads_keep_their_own_fields() -> None:
    from concurrent.futures import ThreadPoolExecutor

    def page(n: int) -> str:
        rows = "".join(
            f"| Sparse Method Number {n}{k} for Graphs | CVPR | {2000 + n} |\n" for k in range(8)
        )
        return "| Title | Venue | Year |\n| --- | --- | --- |\n" + rows

    def years(n: int) -> set[int | None]:
        return {p.year for p in parse_digest(page(n)).papers}

    with ThreadPoolExecutor(max_workers=4) as pool:
        found = list(pool.map(years, range(1, 9)))
    assert found == [{2000 + n} for n in range(1, 9)]


def test_summary_bullets_are_never_titles() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Outperforms static-memory methods like MemGPT while reducing tokens")
    assert never_title("This paper shows that scaling helps")
    assert never_title("We propose a memory for agents")
    assert not never_title("Trains of Thought: Reasoning in Steps")  # title case: a title
    assert not never_title("It Takes Two to Tango")
    assert never_title("Playing Atari with Deep Reinforcement Learning” by Volodymyr Mnih et al.")
    assert never_title('Deep Residual Learning for Image Recognition" by')
    assert not never_title("Enhancing Learning Inspired by “the Blind Men and the Elephant”")


def test_task_boxes_glued_authors_and_surname_citations_are_cut_off_titles() -> None:
    glued = _cands("- [x] Faster Minimum Bayes Risk Decoding*Julius Cheng and Andreas Vlachos*")
    assert "before_names" in glued["Faster Minimum Bayes Risk Decoding"]
    assert not any(text.startswith("[x]") for text in glued)
    found = _cands("- Engineering a Sort Function. Bentley, McIlroy (1993).")
    assert "before_names" in found["Engineering a Sort Function"]
    from papercli.importers.digest.fields import _ONE_SURNAME

    assert "before_names" in _cands("- Quicksort. Hoare (1962).").get("Quicksort", set())
    match = _ONE_SURNAME.match("Hoare (1962)")
    assert match is not None and match.group(1) == "Hoare"


def test_a_link_text_wrapped_over_two_source_lines_is_one_title() -> None:
    text = (
        "# Knowledge\n\n"
        "- [Enhancing Pre-Trained Language Representations with Rich Knowledge\n"
        "  for Machine Reading Comprehension](https://aclanthology.org/P19-1226/)\n"
        "- [KEPLER: A Unified Model for Knowledge Embedding and\n"
        "  Pre-trained Language Representation](https://arxiv.org/abs/1911.06136)\n"
    )
    lines = read_lines(text)
    assert (
        "Enhancing Pre-Trained Language Representations with Rich Knowledge for Machine "
        "Reading Comprehension"
    ) in [line.text for line in lines]
    titles = {p.title for p in parse_digest(text).papers}
    assert (
        "KEPLER: A Unified Model for Knowledge Embedding and Pre-trained Language Representation"
        in titles
    )


def test_a_page_of_national_style_citations_names_each_cited_paper() -> None:
    text = (
        "# 参考文献\n\n"
        "1. Berners-Lee T, Hendler J, Lassila O. The Semantic Web: A New Form of Web Content"
        "  [ J ]. Scientific American, 2001, 284(5):34-43.\n"
        "1. Miwa M, Sasaki Y. Modeling Joint Entity and Relation Extraction with Table"
        " Representation  [ C ]// EMNLP. 2014:944-948.\n"
        "1. Hu W, Chen J, Qu Y. A Self-training Approach for Resolving Object Coreference"
        " [J]. WWW, 2011.\n"
        "1. 项亮. 推荐系统实践[M]. 人民邮电出版社, 2012.\n"
    )
    titles = {p.title for p in parse_digest(text).papers}
    assert "The Semantic Web: A New Form of Web Content" in titles
    assert "Modeling Joint Entity and Relation Extraction with Table Representation" in titles
    assert "A Self-training Approach for Resolving Object Coreference" in titles
    assert "推荐系统实践" not in titles  # a book [M] is not raised


def test_a_sentence_quoting_several_titles_names_a_paper_with_each() -> None:
    text = (
        "今年我们课题组有三篇论文被ACL录用，包括姜文斌的“Discriminative Learning with Natural "
        "Annotations: Word Segmentation as a Case Study”，刘群老师的“A Novel Graph-based Compact "
        "Representation of Word Alignment”和王志洋的“Stem Translation with Affix-Based Rule "
        "Selection for Agglutinative Languages”。\n"
    )
    papers = {p.title: p for p in parse_digest(text).papers}
    assert set(papers) == {
        "Discriminative Learning with Natural Annotations: Word Segmentation as a Case Study",
        "A Novel Graph-based Compact Representation of Word Alignment",
        "Stem Translation with Affix-Based Rule Selection for Agglutinative Languages",
    }
    by = {title: p.authors for title, p in papers.items()}
    assert by["A Novel Graph-based Compact Representation of Word Alignment"] == ["刘群"]
    assert by["Stem Translation with Affix-Based Rule Selection for Agglutinative Languages"] == [
        "王志洋"
    ]
    assert {p.venue for p in papers.values()} == {"ACL"}


def test_the_writer_named_before_a_quoted_title_is_its_author() -> None:
    text = "\n\n".join(
        [
            "# 七篇经典网络论文",
            "1. SparseNet (2016) - 稀疏的开端",
            "Mira LeBlanc等人的《Sparse Convolutional Networks for Tiny Devices》首次提出。",
            "2. RouteNet (2019) - 路由",
            "何明远等人的《Routing Features Across Deep Residual Stages》解决了退化问题。",
        ]
    )
    papers = {p.title: p.authors for p in parse_digest(text).papers}
    assert papers["Sparse Convolutional Networks for Tiny Devices"] == ["Mira LeBlanc"]
    assert papers["Routing Features Across Deep Residual Stages"] == ["何明远"]


def test_a_title_in_a_guillemet_never_closed_ends_where_chinese_resumes() -> None:
    assert (
        "quoted"
        in _cands("论文《Sparse Routing for Tiny Devices 获得了四个高分。")[
            "Sparse Routing for Tiny Devices"
        ]
    )
    assert not _cands("论文《Sparse Routing》获得了高分，另见《Dense Models 一文。").get(
        "Dense Models 一文"
    )
    page = (
        "刚刚，ICLR 2021 放榜\n\n几个小时前，ICLR 2021 放出了论文接收结果。\n\n"
        "排名最高的是来自 MIT 的 Mira Chen 等人的论文《How Sparse Networks Extrapolate: From "
        "Trees to Graphs 获得了 9、8、9、9 四个评分。\n"
    )
    (paper,) = parse_digest(page).papers
    assert (paper.title, paper.authors, paper.venue, paper.year) == (
        "How Sparse Networks Extrapolate: From Trees to Graphs",
        ["Mira Chen"],
        "ICLR",
        2021,
    )


def test_a_first_line_glossing_its_paper_in_chinese_names_the_one_paper() -> None:
    page = (
        "真正理解稀疏路由网络——Sparse Routing with Pointer Gates\n\n2019 年 6 月 6 日\n\n"
        "文本摘要\n\n在这信息过载的时代，自动摘要变得尤为重要。\n\n"
        "论文地址：https://arxiv.org/pdf/1704.01234.pdf\n"
    )
    (paper,) = parse_digest(page).papers
    assert (paper.title, paper.authors, paper.arxiv_id) == (
        "Sparse Routing with Pointer Gates",
        [],
        "1704.01234",
    )


def test_an_english_title_inside_a_chinese_sentence_ends_where_the_chinese_resumes() -> None:
    page = (
        "学院学生论文被国际计算机视觉顶级会议ECCV接收\n\n"
        "2020年7月，学院的个人学术论文Sequential Routing and Residual Stages for Image Sensing被"
        "国际计算机视觉顶级会议ECCV(European Conference on Computer Vision)接收。\n"
    )
    (paper,) = parse_digest(page).papers
    assert (paper.title, paper.venue, paper.year) == (
        "Sequential Routing and Residual Stages for Image Sensing",
        "ECCV",
        2020,
    )


def test_a_quoted_title_a_chinese_sentence_calls_a_paper_is_one() -> None:
    page = (
        "2020年度的CVPR，来自康奈尔大学的学生以第一作者身份提交的“Mirror Bias”(镜像偏差)论文"
        "荣获了本届大会最佳论文提名。\n\n在全球提交的6424篇论文中，仅有26篇获得提名。\n"
    )
    (paper,) = parse_digest(page).papers
    assert (paper.title, paper.venue, paper.year) == ("Mirror Bias", "CVPR", 2020)
    assert not parse_digest("他说“Good Morning”是一句问候。\n").papers


def test_an_arxiv_tab_title_line_names_its_paper() -> None:
    text = "CINXE.COM\n\n[2406.13770] Elliptical Attention\n\nSome page chrome here.\n"
    (paper,) = parse_digest(text).papers
    assert (paper.title, paper.arxiv_id) == ("Elliptical Attention", "2406.13770")


def test_a_numbered_line_is_not_read_as_a_span_of_prose_around_its_colon() -> None:
    found = _cands("[1] InfLLM: Training-Free Long-Context Extrapolation for LLMs.")
    title = "InfLLM: Training-Free Long-Context Extrapolation for LLMs"
    assert "colon_span" not in found[title]
    prose = _cands("With InfLLM: Training-Free Extrapolation, the team sped it up.")
    assert any("colon_span" in how for how in prose.values())


def test_a_title_followed_by_resource_links_is_cut_before_them() -> None:
    text = (
        "# Papers\n\n"
        "- Attention Is All You Need [paper](https://arxiv.org/abs/1706.03762) "
        "[code](https://github.com/x/y)\n"
        "- Deep Residual Learning for Image Recognition [paper](https://arxiv.org/abs/1512.03385)"
        " | [code](https://github.com/k/r)\n"
        "- Denoising Diffusion Probabilistic Models NeurIPS2020 "
        "[Paper](https://arxiv.org/abs/2006.11239) [Note](https://example.org/n)\n"
    )
    papers = {p.title: p for p in parse_digest(text).papers}
    assert set(papers) == {
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Denoising Diffusion Probabilistic Models",
    }
    assert papers["Attention Is All You Need"].code_url == "https://github.com/x/y"
    assert papers["Deep Residual Learning for Image Recognition"].arxiv_id == "1512.03385"
    found = _cands("- Learning to Rank [slides](https://a.org/s) text after")
    assert "Learning to Rank" not in found  # the links do not end the line: no cut


def test_award_labels_and_trailing_author_lists_are_cut_off_titles() -> None:
    awards = (
        "# This week in ML\n\n"
        "Best Paper Award: Attention Is All You Need\nAuthors: Ashish Vaswani, Noam Shazeer\n\n"
        "Best Paper Award: Deep Residual Learning for Image Recognition\n"
        "Authors: Kaiming He, Xiangyu Zhang\n\n"
        "Honorable Mention: Denoising Diffusion Probabilistic Models\n"
        "Authors: Jonathan Ho, Ajay Jain\n"
    )
    assert {p.title for p in parse_digest(awards).papers} == {
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Denoising Diffusion Probabilistic Models",
    }
    dashed = (
        "# This week in ML\n\n- Attention Is All You Need — Ashish Vaswani, Noam Shazeer\n"
        "- Deep Residual Learning for Image Recognition — Kaiming He, Xiangyu Zhang\n"
        "- Denoising Diffusion Probabilistic Models — Jonathan Ho, Ajay Jain\n"
    )
    # the cut is what is tested: the title model is unsure of a three-line page of this shape
    papers = {p.title: p.authors for p in parse_digest(dashed, keep_uncertain=True).papers}
    assert papers["Attention Is All You Need"] == ["Ashish Vaswani", "Noam Shazeer"]
    assert len(papers) == 3


def test_a_timeline_years_dash_is_no_part_of_the_title() -> None:
    text = (
        "# Milestones\n\n- 2017 - Attention Is All You Need\n"
        "- 2016 - Deep Residual Learning for Image Recognition\n"
        "- 2020 - Denoising Diffusion Probabilistic Models\n"
    )
    found = {p.title: p.year for p in parse_digest(text).papers}
    assert found == {
        "Attention Is All You Need": 2017,
        "Deep Residual Learning for Image Recognition": 2016,
        "Denoising Diffusion Probabilistic Models": 2020,
    }
    assert strip_number("2017 - Attention Is All You Need") == ("Attention Is All You Need", True)
    assert strip_number("2017 Annual Report")[0] == "2017 Annual Report"


def test_a_remark_in_parentheses_after_a_title_is_no_part_of_it() -> None:
    assert tidy("Language Models are Few-Shot Learners (one of Best Papers)") == (
        "Language Models are Few-Shot Learners"
    )
    assert tidy("Denoising Diffusion Probabilistic Models (Oral)") == (
        "Denoising Diffusion Probabilistic Models"
    )
    assert tidy("Attention Is All You Need (2017)") == "Attention Is All You Need"
    assert tidy("The Rise of AfricaNLP: Contributors and Impact (2005-2025)") == (
        "The Rise of AfricaNLP: Contributors and Impact (2005-2025)"
    )
    text = (
        "# Picks\n\n- Language Models are Few-Shot Learners (Best Paper)\n"
        "- Deep Residual Learning for Image Recognition (Oral)\n"
        "- Denoising Diffusion Probabilistic Models (spotlight)\n"
    )
    result = parse_digest(text)
    named = [p.title for p in result.papers] + [u.title for u in result.uncertain]
    assert "Deep Residual Learning for Image Recognition" in named
    assert not [title for title in named if "(" in title]


def test_notes_nested_under_a_linked_title_are_no_papers() -> None:
    text = (
        "# Conference notes\n\n## Meta learning\n"
        "* [Continual Deep Learning by Functional Regularisation](https://example.org/p1)\n"
        "    - Catastrophic forgetting as new data arrived\n"
        "    - Some weights are regularized while others not\n"
        "* [Adversarially Robust Few-Shot Learning](https://example.org/p2)\n"
        "    - Adversarial examples only in the outer loop\n"
        "    - Meta-learner is adversarially robust\n"
        "* [Learning to Learn with Gradient Descent](https://example.org/p3)\n"
        "    - Query data matters when doing adversarial training\n"
    )
    lines = read_lines(text)
    notes = {lines[i].text for i in note_lines(lines, score_lines(lines), 0.5)}
    assert notes == {
        "Catastrophic forgetting as new data arrived",
        "Some weights are regularized while others not",
        "Adversarial examples only in the outer loop",
        "Meta-learner is adversarially robust",
        "Query data matters when doing adversarial training",
    }
    titles = [p.title for p in parse_digest(text).papers]
    assert titles == [
        "Continual Deep Learning by Functional Regularisation",
        "Adversarially Robust Few-Shot Learning",
        "Learning to Learn with Gradient Descent",
    ]


def test_a_list_of_claims_and_a_section_of_talks_give_no_papers() -> None:
    entry = (
        "### [{n}] [{title}](https://arxiv.org/abs/2508.0471{n})\n\n*Carlo Esposito*\n\n"
        "**Key Contributions:**\n\n"
        "1. Demonstrated user preference for concise responses\n"
        "2. Identified the impact of verbose AI responses on user trust\n\n"
        "**Result:** Users preferred concise answers.\n\n"
    )
    text = "# 2025-08-08\n\n" + "".join(
        entry.format(n=n, title=title)
        for n, title in enumerate(
            ["AI Should Be More Human, Not More Complex", "SightWarp: Gaze-Based Proxies"], 1
        )
    )
    assert [p.title for p in parse_digest(text).papers] == [
        "AI Should Be More Human, Not More Complex",
        "SightWarp: Gaze-Based Proxies",
    ]
    talks = (
        "# NeurIPS 2020 notes\n\n## Keynotes:\n"
        "* [The Genomic Bottleneck: A Lesson from Biology](https://example.org/k1)\n"
        "* [Robustness, Verification, Privacy: Addressing Adversaries](https://example.org/k2)\n\n"
        "## Papers\n"
        "* [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)\n"
        "* [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)\n"
    )
    assert [p.title for p in parse_digest(talks).papers] == [
        "Denoising Diffusion Probabilistic Models",
        "Language Models are Few-Shot Learners",
    ]


def test_a_bracketed_title_after_its_authors_is_the_title() -> None:
    text = (
        "### Contributed talks\n\n"
        "* (Talk \\#1): Benjamin Bloem-Reddy. [Beauty in Machine Learning: Purpose and "
        "Enlightenment]\n\n"
        "* (Talk \\#2): David Kappel, Franscesco Negri, Christian Tetzlaff. [Continual Learning "
        "with Memory Cascades]\n\n"
        "* (Talk \\#3): Wouter Kool, Chris J. Maddison, Andriy Mnih. [Unbiased Gradient "
        "Estimation with Balanced Assignments for Mixtures of Experts]\n"
    )
    papers = {p.title: p.authors for p in parse_digest(text).papers}
    assert papers["Continual Learning with Memory Cascades"] == [
        "David Kappel",
        "Franscesco Negri",
        "Christian Tetzlaff",
    ]
    assert len(papers) == 3


def test_citations_split_over_names_title_and_venue_lines() -> None:
    text = (
        "The winners of this year's award are:\n"
        "Ashish Vaswani, Noam Shazeer.\n"
        "Attention is all you need.\n"
        "Proceedings of NeurIPS 2017.\n"
        "Geoffrey Hinton, Ruslan Salakhutdinov.\n"
        "Reducing the dimensionality of data with neural networks.\n"
        "Science, 313(5786). 2006.\n"
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun.\n"
        "Deep residual learning for image recognition.\n"
        "Proceedings of CVPR 2016.\n"
        "Congratulations to all winners!\n"
    )
    papers = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert papers == {
        "Attention is all you need": (["Ashish Vaswani", "Noam Shazeer"], 2017),
        "Reducing the dimensionality of data with neural networks": (
            ["Geoffrey Hinton", "Ruslan Salakhutdinov"],
            2006,
        ),
        "Deep residual learning for image recognition": (
            ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
            2016,
        ),
    }
    # title / authors / venue: the names in the middle are no titles
    flipped = (
        "Attention Is All You Need.\nAshish Vaswani, Noam Shazeer.\nProceedings of NeurIPS 2017.\n"
        "Deep Residual Learning for Image Recognition.\nKaiming He, Xiangyu Zhang.\n"
        "Proceedings of CVPR 2016.\nDenoising Diffusion Probabilistic Models.\n"
        "Jonathan Ho, Ajay Jain.\nProceedings of NeurIPS 2020.\n"
    )
    assert not [p for p in parse_digest(flipped).papers if p.title.startswith(("Ashish", "Kaim"))]


def test_titles_cited_with_their_authors_and_year_before_a_comment() -> None:
    text = (
        "The Pioneers of Deep Learning: A Review of Top 10 DL Research Papers!\n\n"
        "Here are the papers, each with a brief description:\n\n"
        "  1. ImageNet Classification with Deep Convolutional Neural Networks (Alex Krizhevsky, "
        "Ilya Sutskever, and Geoffrey Hinton, 2012) — This paper presents the network that won "
        "the challenge in 2012. The authors demonstrated that deep learning can outperform "
        "traditional computer vision methods.\n"
        "  2. Deep Residual Learning for Image Recognition (Kaiming He, Xiangyu Zhang, Shaoqing "
        "Ren, and Jian Sun, 2015) — This paper presents the residual network architecture, which "
        "made it possible to train extremely deep networks.\n"
    )
    papers = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert papers == {
        "ImageNet Classification with Deep Convolutional Neural Networks": (
            ["Alex Krizhevsky", "Ilya Sutskever", "Geoffrey Hinton"],
            2012,
        ),
        "Deep Residual Learning for Image Recognition": (
            ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
            2015,
        ),
    }


def test_an_acronym_spelled_out_is_a_method_not_a_title() -> None:
    text = (
        "# 计算机视觉必读\n\n1. SIFT(Scale-Invariant Feature Transform)\n\n"
        "论文Distinctive Image Features from Scale-Invariant Keypoints (David G. Lowe, 2004)\n\n"
        "2. HOG(Histogram of Oriented Gradients)\n\n"
        "论文Histograms of Oriented Gradients for Human Detection (Navneet Dalal, Bill Triggs, "
        "2005)\n"
    )
    titles = {p.title for p in parse_digest(text).papers}
    assert not [t for t in titles if t.startswith(("SIFT", "HOG"))]


def test_a_title_run_into_its_talk_labels() -> None:
    text = (
        "CVPR 论文分享会\n\n"
        "报告1. Modeling 3D Layout for Group Re-Identification报告人:张权摘要:Group "
        "re-identification attempts to associate groups under different cameras.\n"
    )
    assert [p.title for p in parse_digest(text).papers] == [
        "Modeling 3D Layout for Group Re-Identification"
    ]
    assert strip_number("报告2. Title of a Talk")[0] == "Title of a Talk"


def test_authors_labelled_inside_parentheses_after_a_quoted_title() -> None:
    text = (
        "Award winners announced\n"
        'Outstanding Paper Award 1: "Attention Is All You Need" (authors: Ashish Vaswani, '
        "Noam Shazeer, Niki Parmar) proposes a new architecture based on attention alone.\n"
        'Outstanding Paper Award 2: "Deep Residual Learning for Image Recognition" (authors: '
        "Kaiming He, Xiangyu Zhang, Jian Sun) shows that very deep networks can be trained.\n"
    )
    papers = {p.title: p.authors for p in parse_digest(text).papers}
    assert papers == {
        "Attention Is All You Need": ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
        "Deep Residual Learning for Image Recognition": ["Kaiming He", "Xiangyu Zhang", "Jian Sun"],
    }


def test_a_wrapped_citation_takes_the_names_that_open_its_item() -> None:
    text = (
        "# References\n\n"
        "-   [1] A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones,\n"
        "    A. N. Gomez, and I. Polosukhin.\n"
        '    ["Attention is all you need"](https://arxiv.org/abs/1706.03762). In Advances\n'
        "    in Neural Information Processing Systems, pp. 5998–6008, 2017.\n"
        "-   [2] D. P. Kingma and J. Ba,\n"
        '    ["Adam: A Method for Stochastic Optimization"](https://arxiv.org/abs/1412.6980),\n'
        "    arXiv preprint arXiv:1412.6980, 2014.\n"
    )
    papers = {p.title: p.authors for p in parse_digest(text).papers}
    assert papers["Attention is all you need"] == [
        "A. Vaswani",
        "N. Shazeer",
        "N. Parmar",
        "J. Uszkoreit",
        "L. Jones",
        "A. N. Gomez",
        "I. Polosukhin",
    ]
    assert papers["Adam: A Method for Stochastic Optimization"] == ["D. P. Kingma", "J. Ba"]


def test_a_title_under_a_venue_bullet_takes_that_venue_not_the_next() -> None:
    text = (
        "本质图像论文笔记\n\n"
        "  • ICCV2015\n"
        "    • Intrinsic Decomposition of Image Sequences from Local Temporal Variations\n"
        "  • ICCV2016\n    • Deep Specialized Network for Illuminant Estimation\n"
        "  • CVPR2018\n    • SfSNet: Learning Shape, Reflectance and Illuminance of Faces\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found == {
        "Intrinsic Decomposition of Image Sequences from Local Temporal Variations": ("ICCV", 2015),
        "Deep Specialized Network for Illuminant Estimation": ("ICCV", 2016),
        "SfSNet: Learning Shape, Reflectance and Illuminance of Faces": ("CVPR", 2018),
    }


@pytest.mark.parametrize("dash", [" — ", " – ", " - "])
def test_items_of_a_title_a_dash_and_a_sentence_about_it(dash: str) -> None:
    items = [
        ("Sparse Routing Tables for Mixture Layers", "a method for sparse things that scales."),
        ("Patterns of Drift in Online Media", "shows that drift hurts online models and how."),
        ("Learning to Rank with Noisy Labels", "learns rankings even when the labels are noisy."),
    ]
    text = "# Weekly papers\n\n" + "".join(f"- {t}{dash}{d}\n" for t, d in items)
    assert [p.title for p in parse_digest(text).papers] == [t for t, _ in items]


def test_items_of_a_title_and_a_sentence_about_it() -> None:
    text = (
        "Weekly reading schedule\n"
        "Week 1 (09/08/2025): Architecture\n"
        "- DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model: "
        "Introduces latent attention to shrink the cache while keeping quality.\n"
        "- RoFormer: Enhanced Transformer with Rotary Position Embedding: Rotary positions "
        "stabilize attention and generalize better than absolute schemes.\n"
        "- On Layer Normalization in the Transformer Architecture: Pre-LN eases optimization at "
        "scale but is harder to tune.\n"
    )
    lines = read_lines(text)
    scored = score_lines(lines)
    assert follow_described_items(lines, scored, 0.5) == 3
    tops = [max(row, key=lambda c: c.score).text for row in scored if row][2:]
    assert tops == [
        "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model",
        "RoFormer: Enhanced Transformer with Rotary Position Embedding",
        "On Layer Normalization in the Transformer Architecture",
    ]
    assert [p.title for p in parse_digest(text).papers] == [
        "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model",
        "RoFormer: Enhanced Transformer with Rotary Position Embedding",
        "On Layer Normalization in the Transformer Architecture",
    ]


def test_citations_of_title_comma_authors_and_year() -> None:
    text = (
        "Denoising Diffusion Probabilistic Models, Jonathan Ho, Ajay Jain, Pieter Abbeel, "
        "2020Advances in Neural Information Processing Systems (NeurIPS)DOI: "
        "10.48550/arXiv.2006.11239 - This seminal paper introduced the framework.\n"
        "Score-Based Generative Modeling through Stochastic Differential Equations, Yang Song, "
        "Jascha Sohl-Dickstein, Diederik P. Kingma, 2020International Conference on Learning "
        "Representations (ICLR)DOI: 10.48550/arXiv.2011.13456 - This paper unified the two.\n"
    )
    papers = {p.title: (p.arxiv_id, p.year) for p in parse_digest(text).papers}
    assert papers == {
        "Denoising Diffusion Probabilistic Models": ("2006.11239", 2020),
        "Score-Based Generative Modeling through Stochastic Differential Equations": (
            "2011.13456",
            2020,
        ),
    }
    chicago = (
        "Brown, Tom B, Benjamin Mann, Nick Ryder, and Melanie Subbiah. 2020. Language models "
        "are few-shot learners.\n"
        "Devlin, Jacob, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: "
        "Pre-training of deep bidirectional transformers.\n"
    )
    assert not [p for p in parse_digest(chicago).papers if p.title.startswith(("Brown", "Devlin"))]


def test_a_venue_header_above_each_title_is_that_title_s_venue() -> None:
    text = (
        "这些论文的篇目如下:\n"
        "    ICLR2013,Word2Vec 词向量扛鼎之作\n"
        "    《Efficient Estimation of Word Representations in Vector Space》\n"
        "    EMNLP2014,Glove:最出名的词向量训练方法之一\n"
        "    《GloVe: Global Vectors for Word Representation》\n"
        "    EACL2017,FastText 细粒度的文本分类\n"
        "    《Bag of Tricks for Efficient Text Classification》\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found == {
        "Efficient Estimation of Word Representations in Vector Space": ("ICLR", 2013),
        "GloVe: Global Vectors for Word Representation": ("EMNLP", 2014),
        "Bag of Tricks for Efficient Text Classification": ("EACL", 2017),
    }


def test_surnames_and_year_in_parentheses_after_a_bold_title() -> None:
    text = (
        "本周必读论文\n\n"
        "1. **FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness** "
        "(Dao et al., 2022) — **精读**\n"
        "2. **Efficient Memory Management for Large Language Model Serving with PagedAttention** "
        "(Kwon et al., 2023) — **精读**\n"
        "3. **Fast Transformer Decoding: One Write-Head is All You Need** (Shazeer, 2019) — MQA\n"
    )
    found = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert found["FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"] == (
        ["Dao"],
        2022,
    )
    assert found["Fast Transformer Decoding: One Write-Head is All You Need"] == (["Shazeer"], 2019)


def test_a_reference_list_with_names_and_year_over_the_quoted_title() -> None:
    text = (
        "Ba, Jimmy Lei, Jamie Ryan Kiros, and Geoffrey E. Hinton. 2016.\n"
        "“Layer Normalization.” https://arxiv.org/abs/1607.06450.\n"
        "Bahdanau, Dzmitry, Kyunghyun Cho, and Yoshua Bengio. 2014.\n"
        "“Neural Machine Translation by Jointly Learning to Align and Translate.” arXiv Preprint "
        "arXiv:1409.0473.\n"
    )
    found = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert found["Layer Normalization"] == (
        ["Jimmy Lei Ba", "Jamie Ryan Kiros", "Geoffrey E. Hinton"],
        2016,
    )
    assert found["Neural Machine Translation by Jointly Learning to Align and Translate"] == (
        ["Dzmitry Bahdanau", "Kyunghyun Cho", "Yoshua Bengio"],
        2014,
    )


def test_subsection_numbers_and_their_numbered_parent() -> None:
    assert strip_number("1.1. Hala Technical Report: Building Arabic-Centric Models") == (
        "Hala Technical Report: Building Arabic-Centric Models",
        True,
    )
    assert strip_number("3.5 percent of the models")[0] == "3.5 percent of the models"
    lines = read_lines(
        "1. LLM Progress & Technical Reports\n\n"
        "1.1. Hala Technical Report: Building Arabic-Centric Instruction Models\n\n"
        "A new family of Arabic-centric models.\n"
    )
    assert {lines[i].text for i in numbered_sections(lines)} == {"LLM Progress & Technical Reports"}


def test_a_section_name_over_its_introduction_in_a_page_of_titles_over_a_label() -> None:
    intro = (
        "The first sub-field encompasses papers that delve into the fusion of graph theory and "
        "deep learning architectures, exploring novel methods to enhance the representation of "
        "complex graph-structured data and unlocking the potential for accurate predictions."
    )
    titles = [
        "Transformers Meet Directed Graphs",
        "Fast Inference from Transformers via Speculative Decoding",
        "Graph Inductive Biases in Transformers without Message Passing",
        "Exphormer: Sparse Transformers for Graphs",
        "Feature Expansion for Graph Neural Networks",
    ]
    text = "Selected ML Papers from ICML 2023\n\nGraph Neural Networks and Transformers\n\n"
    text += intro + "\n\n" + "".join(f"{t}\n\npaper\n\n" for t in titles)
    papers = parse_digest(text).papers
    assert [p.title for p in papers] == titles
    assert all(p.topics == ["Graph Neural Networks and Transformers"] for p in papers)


def test_this_year_s_acceptance_takes_the_post_s_date() -> None:
    text = (
        "2013年8月3日至9日,我们参加了在索菲亚举行的ACL年会。\n"
        "今年我们课题组有两篇论文被ACL录用,包括姜文斌的“Discriminative Learning with Natural "
        "Annotations: Word Segmentation as a Case Study”和刘凯的“Bilingually-Guided Monolingual "
        "Dependency Grammar Induction”。\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found[
        "Discriminative Learning with Natural Annotations: Word Segmentation as a Case Study"
    ] == (
        "ACL",
        2013,
    )
    assert set(found.values()) == {("ACL", 2013)}


def test_an_appear_in_column_names_venues_we_do_not_know() -> None:
    text = (
        "|Date|Presenter|Paper|Appear in|\n|---|---|---|---|\n"
        "|10/05/21|Rohit Ram|[The Social Dynamics of Language Change in Online Networks]"
        "(https://example.org/p1)|SocInfo'16|\n"
        "|17/05/21|Frankie Yuan|[All You Need is Love: Evading Hate Speech Detection]"
        "(https://arxiv.org/abs/1808.09115)|AISec 2018|\n"
        "|24/05/21|Ann Lee|[Deep Residual Learning for Image Recognition]"
        "(https://example.org/p3)|CVPR'16|\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found["The Social Dynamics of Language Change in Online Networks"] == ("SocInfo", 2016)
    assert found["Deep Residual Learning for Image Recognition"] == ("CVPR", 2016)


def test_quoted_titles_by_their_authors_and_year() -> None:
    text = (
        "Revisiting the Classics: Top 5 ML Papers You Might Have Forgotten\n\n"
        '1. "Attention Is All You Need" by Vaswani et al. (2017)\n\n'
        "This paper introduced the Transformer model, which has revolutionized NLP.\n\n"
        '2. "Deep Residual Learning for Image Recognition" by He et al. (2015)\n\n'
        "Ever heard of ResNet? Yeah, this is the paper that introduced it.\n"
    )
    found = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert found == {
        "Attention Is All You Need": (["Vaswani"], 2017),
        "Deep Residual Learning for Image Recognition": (["He"], 2015),
    }


def test_rows_of_fields_set_apart_by_spaces() -> None:
    text = (
        "Great Papers in Statistics\n\nClassic Papers\n\n"
        "Statistical Modeling: The Two Cultures  Leo Breiman  2001  4,049 citations\n\n"
        "Computer Intensive Methods in Statistics  Persi Diaconis and Bradley Efron  1983  "
        "1,581 citations\n\n"
        "To Explain or to Predict?  Galit Shmueli  2010  2,322 citations\n"
    )
    found = {p.title: (p.authors, p.year) for p in parse_digest(text).papers}
    assert found == {
        "Statistical Modeling: The Two Cultures": (["Leo Breiman"], 2001),
        "Computer Intensive Methods in Statistics": (["Persi Diaconis", "Bradley Efron"], 1983),
        "To Explain or to Predict?": (["Galit Shmueli"], 2010),
    }


def test_an_english_title_after_a_chinese_lead_and_a_dash() -> None:
    rows = candidates(
        read_lines("Transformer用于目标检测- End-to-End Object Detection with Transformers\n"), 0
    )
    assert "End-to-End Object Detection with Transformers" in {c.text for c in rows}
    prose = read_lines(
        "At the time they authored the paper 'Deep Gaussian Processes', they were in Sheffield. "
        "Hal Ashton joins us to discuss his work “Causal Campbell-Goodhart’s law and "
        "Reinforcement Learning”.\n"
    )
    cues = {c.text for c in candidates(prose, 0) if "after_cue" in c.how or "quoted" in c.how}
    assert "Deep Gaussian Processes" in cues
    assert "Causal Campbell-Goodhart" not in cues
    from papercli.importers.digest.records import never_title

    assert never_title("Department of Computer Science and Technology")
    assert never_title("Congratulations to Damian and Neil!")


def test_a_section_s_venue_over_a_preprint_link_and_an_unknown_venue_after_a_quote() -> None:
    text = (
        "# Reading list\n\n## ICLR 2024\n\n"
        "- [Vision Transformers Need Registers](https://arxiv.org/abs/2309.16588) [arXiv]\n"
        "- [Think Before You Speak](https://arxiv.org/abs/2310.02226) [arXiv]\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert found["Vision Transformers Need Registers"] == ("ICLR", 2024)
    quoted = (
        '* **DPT**: "DPT: Deformable Patch-based Transformer for Visual Recognition", ACMMM, '
        "2021 (*CAS*). [[Paper](https://arxiv.org/abs/2107.14467)]\n"
        '* **CvT**: "CvT: Introducing Convolutions to Vision Transformers", ICCV, 2021. '
        "[[Paper](https://arxiv.org/abs/2103.15808)]\n"
    )
    found = {p.title: (p.venue, p.year) for p in parse_digest(quoted).papers}
    assert found["DPT: Deformable Patch-based Transformer for Visual Recognition"] == (
        "ACMMM",
        2021,
    )


def test_a_chinese_lead_and_a_dash_before_the_english_title() -> None:
    text = (
        "Transformer用于目标检测- End-to-End Object Detection with Transformers\n\n"
        "目前为止看到的讲解transformer最清晰的文章\n"
    )
    assert [p.title for p in parse_digest(text).papers] == [
        "End-to-End Object Detection with Transformers"
    ]


def test_a_quoted_saying_and_its_speaker_is_no_paper() -> None:
    text = (
        "Revisiting the Classics\n"
        '"The only way to predict the future is to understand the past." – Peter Drucker\n\n'
        '1. "Attention Is All You Need" by Vaswani et al. (2017)\n\n'
        "This paper introduced the Transformer model.\n\n"
        '2. "Deep Residual Learning for Image Recognition" by He et al. (2015)\n\n'
        "This paper introduced ResNet.\n"
    )
    assert [p.title for p in parse_digest(text).papers] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
    ]


def test_boosted_trees_score_as_the_library_that_fitted_them() -> None:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier

    from papercli.importers.digest.scorer import boosted

    rng = np.random.default_rng(0)
    x = rng.random((300, 3))
    y = (x[:, 0] + 0.5 * x[:, 2] > 0.8).astype(int)
    fitted = HistGradientBoostingClassifier(max_iter=20, max_leaf_nodes=6).fit(x, y)
    names = ["a", "b", "c"]
    trees = [
        [
            [
                names[int(n["feature_idx"])] if not n["is_leaf"] else "",
                float(n["num_threshold"]),
                int(n["left"]),
                int(n["right"]),
                float(n["value"]),
                int(n["is_leaf"]),
            ]
            for n in predictor.nodes
        ]
        for (predictor,) in fitted._predictors
    ]
    model = {"base": float(fitted._baseline_prediction.ravel()[0]), "trees": trees}
    for row, expected in zip(x[:20], fitted.decision_function(x[:20]), strict=True):
        assert abs(boosted(model, dict(zip(names, row, strict=True))) - expected) < 1e-9


def test_block_start_finds_the_first_line_of_a_wrapped_block() -> None:
    from papercli.importers.digest.blocks import block_start

    lines = read_lines(
        "- [1] A. Vaswani, N. Shazeer,\n  I. Polosukhin.\n  Attention is all you need\n"
    )
    assert [line.first for line in lines] == [True, False, False]
    assert block_start(lines, 2, 4) == 0
    assert block_start(lines, 2, 1) is None
    assert block_start(lines, 0, 4) is None


def test_a_score_is_the_mean_of_the_two_shipped_models() -> None:
    """score_lines against a reference built the slow way: every candidate's whole feature
    dict, the logistic stage 1 by its weights, the trees' by a walk over their nodes, each
    model's stage 2, mixed by the trees' share."""
    from papercli.importers.digest import scorer
    from papercli.importers.digest.features import page_context

    model, trees = scorer.load_model(), scorer.load_trees()
    assert trees is not None and 0 < trees["share"] < 1 and trees["stage1"]["trees"]
    for text in (LIST, LIST + "\n## More\n\n" + LIST.replace("](", "](https://x.org/")):
        lines = read_lines(text)
        page = page_context(lines)
        cands, feats = scorer.all_candidates(lines)
        first = [[scorer.linear(model["stage1"], f) for f in row] for row in feats]
        second = [[scorer.walk(trees["stage1"], f) for f in row] for row in feats]
        a = scorer._stage2(lines, cands, first, model, page)
        b = scorer._stage2(lines, cands, second, trees, page)
        share = trees["share"]
        want = [
            (1 - share) * x + share * y
            for ra, rb in zip(a, b, strict=True)
            for x, y in zip(ra, rb, strict=True)
        ]
        got = [c.score for row in scorer.score_lines(lines) for c in row]
        assert len(got) == len(want) > 5  # ("Authors:" lines give none)
        assert max(abs(x - y) for x, y in zip(got, want, strict=True)) < 1e-9


def test_trees_that_cannot_become_code_are_walked() -> None:
    from papercli.importers.digest.scorer import boosted, walk

    leaf = ["", 0.0, 0, 0, 0.25, 1]
    infinite = {"base": 0.5, "trees": [[["a", float("inf"), 1, 2, 0.0, 0], leaf, leaf]]}
    empty = {"base": -1.5, "trees": []}
    deep: list[list[Any]] = []
    for depth in range(80):  # a chain of 80 splits on "a", each leaf worth its depth
        deep += [["a", float(depth), len(deep) + 1, len(deep) + 2, 0.0, 0], ["", 0, 0, 0, depth, 1]]
    deep.append(["", 0, 0, 0, -1.0, 1])
    chain = {"base": 0.0, "trees": [deep]}
    for model, feats in (
        (infinite, {"a": 3.0}),
        (empty, {"a": 1.0}),
        (chain, {"a": 41.5}),
        (chain, {"a": 500.0}),
    ):
        assert boosted(model, feats) == walk(model, feats)
    assert boosted(empty, {}) == -1.5 and boosted(chain, {"a": 41.5}) == 42.0


_DOUBTED_PAGES = [
    (
        "Sparse Routing Tables for Mixture Layers\n\n"
        "11/02/2020 ∙ by Ada Quill, et al. ∙ Some Institute 7\n\n"
        "We study routing in mixture layers and show that sparse tables suffice.\n",
        "Sparse Routing Tables for Mixture Layers",
    ),
    (
        "the paper 'Random forests for classification' by Leo Breiman\n项目主页: http://x：\n",
        "Random forests for classification",
    ),
]


@pytest.mark.xfail(
    reason="the averaged title model doubts these small synthetic pages (each title scores "
    "0.35-0.48): kept only with --keep-uncertain; measured better on real pages (issue 12)",
    strict=True,
)
@pytest.mark.parametrize(("text", "title"), _DOUBTED_PAGES)
def test_small_synthetic_pages_the_averaged_model_doubts(text: str, title: str) -> None:
    assert title in [p.title for p in parse_digest(text).papers]


@pytest.mark.parametrize(("text", "title"), _DOUBTED_PAGES)
def test_a_doubted_title_is_listed_as_uncertain_not_lost(text: str, title: str) -> None:
    result = parse_digest(text)
    assert title in [p.title for p in result.uncertain]
    assert title in [p.title for p in parse_digest(text, keep_uncertain=True).papers]


def test_a_title_the_rules_read_keeps_its_case_over_a_lowercase_mention() -> None:
    text = (
        "Weekend reading notes\n\n"
        'I finally sat down with "attention is all you need" this weekend and it changed how I '
        "think about sequence models.\n\nFurther reading:\n\n"
        "Attention Is All You Need. Ashish Vaswani, Noam Shazeer, Niki Parmar. NeurIPS 2017.\n"
    )
    assert [p.title for p in parse_digest(text).papers] == ["Attention Is All You Need"]
    shouting = text.replace('"attention is all you need"', '"ATTENTION IS ALL YOU NEED"')
    assert [p.title for p in parse_digest(shouting).papers] == ["Attention Is All You Need"]


def test_a_venue_tag_opening_a_paragraph_belongs_to_the_title_under_it() -> None:
    text = (
        "## Reading list\n"
        "1.【CVPR-2016 ResNet】<br>\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n\n"
        "2.【NIPS-2017 Transformer】<br>\n"
        "[Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
        "3.【NAACL-2019 BERT】<br>\n"
        "[BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding]"
        "(https://arxiv.org/abs/1810.04805)\n"
    )
    got = [(p.arxiv_id, p.venue, p.year) for p in parse_digest(text).papers]
    assert got == [
        ("1512.03385", "CVPR", 2016),
        ("1706.03762", "NIPS", 2017),
        ("1810.04805", "NAACL", 2019),
    ]


def test_a_paragraph_of_fields_under_a_labelled_title_stays_in_its_record() -> None:
    text = (
        "Our picks this week\n\n"
        "Best paper\nAttention Is All You Need\n\n"
        "Authors: Ashish Vaswani, Noam Shazeer\nhttps://arxiv.org/abs/1706.03762\n\n"
        "Runner up\nDeep Residual Learning for Image Recognition\n\n"
        "Authors: Kaiming He, Xiangyu Zhang\nhttps://arxiv.org/abs/1512.03385\n"
    )
    got = [(p.authors, p.arxiv_id) for p in parse_digest(text).papers]
    assert got == [
        (["Ashish Vaswani", "Noam Shazeer"], "1706.03762"),
        (["Kaiming He", "Xiangyu Zhang"], "1512.03385"),
    ]


def test_a_venue_tag_in_a_code_span_after_the_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import tidy

    text = (
        "### Graph papers\n\n"
        "  1. Graph Attention Networks. `ICLR(2018)` [[PDF]](https://arxiv.org/pdf/1710.10903)"
        " [[Code]](https://github.com/example/gat)\n"
        "  2. Inductive Representation Learning on Large Graphs. `NIPS(2017)` "
        "[[PDF]](https://arxiv.org/pdf/1706.02216) [Dataset:Reddit]\n"
        "  3. How Powerful are Graph Neural Networks? `ICLR(2019)` "
        "[[PDF]](https://arxiv.org/pdf/1810.00826)\n"
    )
    got = [
        (p.title, p.venue, p.year, p.arxiv_id)
        for p in parse_digest(text, keep_uncertain=True).papers
    ]
    # (the first, a short title, the model doubts: below even the uncertain floor)
    assert got[-2:] == [
        ("Inductive Representation Learning on Large Graphs", "NIPS", 2017, "1706.02216"),
        ("How Powerful are Graph Neural Networks?", "ICLR", 2019, "1810.00826"),
    ]
    assert tidy("How Powerful are Graph Neural Networks? ICLR") == (
        "How Powerful are Graph Neural Networks?"
    )
    assert tidy("Towards Question-Based Recommender Systems. SIGIR") == (
        "Towards Question-Based Recommender Systems"
    )
    assert tidy("Deep Learning. arXiv") == "Deep Learning. arXiv"  # a preprint server stays
    assert tidy("A Study of BERT. Part II") == "A Study of BERT. Part II"


def test_a_cited_paren_with_a_venue_before_a_dash_ends_the_title() -> None:
    text = (
        "Foundations\n\n"
        "  • Deep Residual Learning for Image Recognition (He et al., 2016, CVPR) — very deep "
        "networks · arXiv:1512.03385\n"
        "  • Neural Machine Translation by Jointly Learning to Align and Translate (Bahdanau et "
        "al., 2015, ICLR) — attention · arXiv:1409.0473\n"
        "  • Adam: A Method for Stochastic Optimization (Kingma and Ba, 2015) — the optimiser · "
        "arXiv:1412.6980\n"
    )
    got = [(p.title, p.arxiv_id) for p in parse_digest(text, keep_uncertain=True).papers]
    assert got == [
        ("Deep Residual Learning for Image Recognition", "1512.03385"),
        ("Neural Machine Translation by Jointly Learning to Align and Translate", "1409.0473"),
        ("Adam: A Method for Stochastic Optimization", "1412.6980"),
    ]


def test_a_bold_label_that_commonmark_leaves_open_is_bold_all_the_same() -> None:
    # a closing "**" after full-width punctuation and before a letter does not close in
    # CommonMark; Chinese posts write labels that way
    page = (
        "**论文一：**Sparse Routing Tables for Mixture Layers\n\n"
        "**作者：**Ada Quill, Ben Rowe+, Cy Dunn\n\n"
        "**论文二：**Patterns of Drift in Online Media\n\n"
        "**作者：**Dee Moss+, Eli Park+\n"
    )
    lines = read_lines(page)
    assert lines[1].text == "作者：Ada Quill, Ben Rowe+, Cy Dunn"
    assert [(s.kind, s.start, s.end) for s in lines[1].spans] == [("bold", 0, 3)]
    got = {p.title: p.authors for p in parse_digest(page, keep_uncertain=True).papers}
    assert got == {
        "Sparse Routing Tables for Mixture Layers": ["Ada Quill", "Ben Rowe", "Cy Dunn"],
        "Patterns of Drift in Online Media": ["Dee Moss", "Eli Park"],
    }
    # a lone or spaced "**" stays text
    assert read_lines("2 ** 3 ** 4 and a**b")[0].text == "2 ** 3 ** 4 and a**b"


@pytest.mark.parametrize(
    "line",
    [
        "- (ICML 2021) {t} [[Paper]](https://arxiv.org/abs/2103.0123{i})",
        "- {t} [[Paper]](https://arxiv.org/abs/2103.0123{i}) [[Blog]](https://x.io/{i}) "
        "[[Dataset]](https://x.io/d{i})",
        "- `[ICML 2021]` {t} [paper](https://arxiv.org/abs/2103.0123{i}) [code](https://x.io/{i})",
    ],
)
def test_link_labels_after_a_title_are_no_part_of_it(line: str) -> None:
    titles = [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media Streams",
        "Contrastive Pretraining for Dense Retrieval at Scale",
    ]
    page = "# List\n\n" + "\n".join(line.format(t=t, i=i) for i, t in enumerate(titles)) + "\n"
    assert [p.title for p in parse_digest(page).papers] == titles
    alone = "[[Paper]](https://x.io/1) [[Code]](https://x.io/2)"  # labels alone stay
    assert {c.text for c in candidates(read_lines(alone), 0)} >= {"[Paper] [Code]"}


@pytest.mark.parametrize(
    "line",
    [
        "{t} https://arxiv.org/abs/2103.0123{i}",
        "{n}/ {t} https://arxiv.org/abs/2103.0123{i}",  # a thread's numbering
        "{t}: https://arxiv.org/abs/2103.0123{i}",
    ],
)
def test_a_title_before_a_bare_address_on_its_line(line: str) -> None:
    titles = [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media Streams",
        "Contrastive Pretraining for Dense Retrieval at Scale",
    ]
    body = "\n".join(line.format(t=t, i=i, n=i + 1) for i, t in enumerate(titles))
    papers = parse_digest(f"Papers this week\n\n{body}\n").papers
    assert [(p.title, p.arxiv_id) for p in papers] == [
        (t, f"2103.0123{i}") for i, t in enumerate(titles)
    ]
    # no cut at the colon of "https://"
    assert not [c.text for c in candidates(read_lines(body), 0) if c.text.endswith("https")]


def test_an_address_written_after_the_title_is_its_link() -> None:
    page = (
        "Papers\n\n"
        "Open Domain Answers from Early Fusion of Tables and Text "
        "https://www.aclweb.org/anthology/D18-1455\n"
        "Sparse Routing Tables for Mixture Layers https://example.org/routing\n"
        "Patterns of Drift in Online Media Streams https://arxiv.org/abs/2103.01234\n"
    )
    assert [p.url for p in parse_digest(page).papers] == [
        "https://www.aclweb.org/anthology/D18-1455",
        "https://example.org/routing",
        "https://arxiv.org/abs/2103.01234",
    ]


def test_top_n_labels_and_an_openreview_line_under_a_conference_page() -> None:
    page = (
        "ICLR 2024 高分论文盘点\n\n"
        "Top1：Sparse Routing Tables for Mixture Layers\n"
        "作者：Ada Quill, Ben Rowe\n"
        "OpenReview：https://openreview.net/forum?id=AbCdEfGh12\n\n"
        "Top2：Patterns of Drift in Online Media Streams\n"
        "作者：Dee Moss, Eli Park\n"
        "OpenReview：https://openreview.net/forum?id=ZyXwVuTs98\n"
    )
    got = [(p.title, p.venue, p.year) for p in parse_digest(page, keep_uncertain=True).papers]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", "ICLR", 2024),
        ("Patterns of Drift in Online Media Streams", "ICLR", 2024),
    ]
    assert strip_number("Top 3: Title")[0] == "Title"
    assert strip_number("Top 10 Papers of 2023") == ("Top 10 Papers of 2023", False)


def test_a_citation_whose_initials_split_it_many_times_still_offers_its_title() -> None:
    line = (
        "Sparse Routing Tables for Mixture Layers. Ada Quill, Ben B. Rowe, Cy C. Dunn, "
        "Dee D. Moss, Eli E. Park, Fay F. Lund, Gus G. Hale, Ivy I. Chen. In ICML 2023."
    )
    cuts = {c.text for c in candidates(read_lines(line), 0) if "sentence0" in c.how}
    assert cuts == {"Sparse Routing Tables for Mixture Layers"}
    prose = " ".join(f"Sentence number {k} says little. " for k in range(10))
    assert not [c for c in candidates(read_lines(prose), 0) if "sentence0" in c.how]


@pytest.mark.parametrize(
    "line",
    [
        "{n}) {t} — {a} ({v})",
        "{t} | {a} | {v}",
        "{t} | {first} | {v}",  # one author, between bars
    ],
)
def test_a_cut_never_runs_on_into_the_byline(line: str) -> None:
    entries = [
        ("Sparse Routing Tables for Mixture Layers", "Ada Quill, Ben Rowe", "ICML 2021"),
        ("Patterns of Drift in Online Media Streams", "Dee Moss, Eli Park, Fay Lund", "KDD 2019"),
        ("Learning to Rank with Noisy Pairwise Labels", "Ivy Chen, Jon Ortiz", "NeurIPS 2020"),
    ]
    body = "\n".join(
        line.format(n=k + 1, t=t, a=a, first=a.split(",")[0], v=v)
        for k, (t, a, v) in enumerate(entries)
    )
    papers = parse_digest(f"# Reading list\n\n{body}\n").papers
    assert [(p.title, p.authors[0]) for p in papers] == [
        (t, a.split(",")[0]) for t, a, _ in entries
    ]


@pytest.mark.parametrize("opening", ["▌", "Paper {n} | ", "论文{n}｜", "◼ "])
def test_openings_that_are_no_part_of_a_title(opening: str) -> None:
    titles = [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media Streams",
        "Contrastive Pretraining for Dense Retrieval at Scale",
    ]
    body = "\n".join(
        f"{opening.format(n=k + 1)}{t}\n\n作者：Ada Quill, Ben Rowe\n" for k, t in enumerate(titles)
    )
    assert [p.title for p in parse_digest(f"# 每周论文\n\n{body}").papers] == titles


def test_a_code_tag_before_the_resource_links_is_cut_off_too() -> None:
    items = [
        ("Sparse Routing Tables for Mixture Layers", "ACL Findings(2021)", "ACL", 2021),
        ("Patterns of Drift in Online Media Streams", "EMNLP(2020)", "EMNLP", 2020),
        ("Learning to Rank with Noisy Pairwise Labels", "SIGIR(2019)", "SIGIR", 2019),
    ]
    text = "# Papers\n\n" + "".join(
        f"{k + 1}. {t}. `{tag}` [[PDF]](https://arxiv.org/abs/2106.0095{k})\n"
        for k, (t, tag, _v, _y) in enumerate(items)
    )
    got = [(p.title, p.venue, p.year) for p in parse_digest(text).papers]
    assert got == [(t, v, y) for t, _tag, v, y in items]


def test_a_cut_that_runs_on_into_its_names_gives_the_title_before_them() -> None:
    page = (
        "# Reading list\n\n"
        "1. Sparse Routing Tables for Mixture Layers by Ada Quill, Ben Rowe and Cy Dunn "
        "(Lab Notes, 2016)\n"
        "2. Patterns of Drift in Online Media Streams by Dee Moss and Eli Park (Field, 2006)\n"
        "3. Contrastive Pretraining for Dense Retrieval by Gus Hale and Ivy Chen (Notes, 2018)\n"
    )
    got = [(p.title, p.authors) for p in parse_digest(page).papers]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Ada Quill", "Ben Rowe", "Cy Dunn"]),
        ("Patterns of Drift in Online Media Streams", ["Dee Moss", "Eli Park"]),
        ("Contrastive Pretraining for Dense Retrieval", ["Gus Hale", "Ivy Chen"]),
    ]


def test_apa_citations_give_their_titles_whatever_their_case() -> None:
    page = (
        "# Reading list\n\n"
        "- Quill, A., & Rowe, B. (2016). node2vec-like walks: Scalable features for graphs. "
        "In Proceedings of the 22nd Conference on Graphs (pp. 855–864).\n"
        "- Moss, D., Park, E., & Lund, F. (2015). Whose opinions do models reflect? In "
        "Proceedings of the Web Conference (pp. 1067–1077).\n"
        "- Hale, G. (2017). Don’t walk, skip!: Online learning of multi-scale embeddings. "
        "In Advances in Social Networks (pp. 258–265).\n"
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("node2vec-like walks: Scalable features for graphs", ["A. Quill", "B. Rowe"], 2016),
        ("Whose opinions do models reflect?", ["D. Moss", "E. Park", "F. Lund"], 2015),
        ("Don’t walk, skip!: Online learning of multi-scale embeddings", ["G. Hale"], 2017),
    ]


@pytest.mark.parametrize(
    "style",
    [
        "{surnames} ({year}) {title}. Journal of Things, 3(2), pp. 1-10.",  # Harvard
        "{surnames}, {year}. {title}. Journal of Things, 3(2).",  # Harvard, year after a comma
        "{names}. {year}. {title}. In Proceedings of the Conference on Things. 1–10.",  # ACM
        "{surnames}: {title}. In: Proceedings of Things, pp. 1–10 ({year})",  # LNCS
    ],
)
def test_author_first_citations_give_their_titles(style: str) -> None:
    entries = [
        ("Sparse routing tables for mixture layers", ("Ada", "Quill"), ("Ben", "Rowe"), 2016),
        ("node2vec-like walks: scalable features", ("Dee", "Moss"), ("Eli", "Park"), 2015),
        ("Contrastive pretraining for dense retrieval", ("Gus", "Hale"), ("Ivy", "Chen"), 2017),
    ]
    lines = [
        "- "
        + style.format(
            surnames=f"{a[1]}, {a[0][0]}., {b[1]}, {b[0][0]}.",
            names=f"{a[0]} {a[1]} and {b[0]} {b[1]}",
            year=year,
            title=title,
        )
        for title, a, b, year in entries
    ]
    papers = parse_digest("# References\n\n" + "\n".join(lines) + "\n").papers
    assert [(p.title, p.year) for p in papers] == [(t, y) for t, _a, _b, y in entries]
    assert [p.authors[0].split()[-1] for p in papers] == ["Quill", "Moss", "Hale"]


@pytest.mark.parametrize(
    "style",
    [
        "  • {title}. {inverted}, et al. {venue}’{yy}.",  # syllabus: "Pei, S., et al. PNAS’14"
        "- {title}. {inverted} and {inverted2} NeurIPS {year}.",
        "- {title}. {names}. In Proceedings of KDD, {year}.",
        "- {title}, {surname} et al., KDD {year}",
    ],
)
def test_title_first_citations_give_their_sentence_case_titles(style: str) -> None:
    entries = [
        ("Sparse routing tables for mixture layers", ("Ada", "Quill"), ("Ben", "Rowe"), 2016),
        ("Graph structure in the web at scale", ("Dee", "Moss"), ("Eli", "Park"), 2015),
        ("Contrastive pretraining for dense retrieval", ("Gus", "Hale"), ("Ivy", "Chen"), 2017),
        ("Learning to walk on random graphs", ("Kai", "Lund"), ("Mo", "Ruiz"), 2018),
    ]
    lines = [
        style.format(
            title=title,
            inverted=f"{a[1]}, {a[0][0]}.",
            inverted2=f"{b[1]}, {b[0][0]}.",
            names=f"{a[0]} {a[1]}, {b[0]} {b[1]}",
            surname=a[1],
            venue="PNAS",
            yy=str(year)[2:],
            year=year,
        )
        for title, a, b, year in entries
    ]
    papers = parse_digest("# Week 3 readings\n\n" + "\n".join(lines) + "\n").papers
    assert [(p.title, p.year) for p in papers] == [(t, y) for t, _a, _b, y in entries]
    assert [p.authors[0].split()[-1] for p in papers] == ["Quill", "Moss", "Hale", "Lund"]


def test_initials_written_without_spaces_are_names() -> None:
    assert looks_like_names("Hale, S.A.") == 1.0
    assert looks_like_names("Onnela, J.P., et al.") == 1.0


@pytest.mark.parametrize("bullet", ["- ", ""])
def test_a_short_list_titled_one_way_names_its_doubted_items_the_same_way(bullet: str) -> None:
    titles = [
        "Sparse routing tables for mixture layers",  # sentence case: the model doubts these
        "Patterns of Drift in Online Media Streams",
        "Contrastive pretraining for dense retrieval at scale",
        "Learning to Rank with Noisy Pairwise Labels",
        "Graph Walks as a Source of Features",
        "Dense Passage Retrieval for Open Questions",
        "Neural Ranking Models with Weak Supervision",
        "Scaling Laws for Sparse Retrieval Models",
    ]
    page = "# My reading list\n\n" + "\n".join(f"{bullet}{t} | 2021 | notes" for t in titles)
    assert [p.title for p in parse_digest(page).papers] == titles
    # two titled lines are no template: their doubted neighbours stay uncertain
    short = "\n".join(f"{bullet}{t} | 2021 | notes" for t in titles[:3])
    result = parse_digest("# Reading\n\n" + short)
    assert not {titles[0], titles[2]} & {p.title for p in result.papers}


@pytest.mark.parametrize(
    "page",
    [
        # a paper summary as a reading site writes it: its title translated, the title, the
        # date, the authors, the abstract in both languages
        "论文流：为读者排序下一篇论文\nStreams of Papers: Ranking What a Reader Wants Next\n"
        "June 5, 2026\n作者: Fu Wang, Song Tan, Zheng Guo\ncs.AI\n摘要\n"
        "我们提出一个每日推荐论文的方法，读者的兴趣会随时间变化。\nEnglish\n"
        "We rank the papers of each day for a reader whose interests change over time.\n",
        # an arXiv page pasted whole
        "Streams of Papers: Ranking What a Reader Wants Next\n"
        "Authors: Fu Wang, Song Tan, Zheng Guo\n\nAbstract: We rank papers for a reader.\n",
    ],
)
def test_a_one_paper_page_names_the_title_over_its_authors(page: str) -> None:
    papers = parse_digest(page).papers
    assert [(p.title, p.authors) for p in papers] == [
        (
            "Streams of Papers: Ranking What a Reader Wants Next",
            ["Fu Wang", "Song Tan", "Zheng Guo"],
        )
    ]


def test_a_post_over_its_writer_is_not_a_paper() -> None:
    page = "Notes from the week\n\nJune 5, 2026\nBy Fu Wang\n\nWe met.\n"  # a post's writer
    assert parse_digest(page).papers == []


def test_the_title_over_its_authors_is_raised_however_much_the_model_doubts_it() -> None:
    from papercli.importers.digest import _titled_over_its_authors
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.scorer import score_lines

    page = "Streams of Papers: Ranking What a Reader Wants\nJune 5, 2026\n作者: Fu Wang、Bo Tan\n"
    lines = read_lines(page)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            cand.score = 0.1  # a page the model doubts, as it doubts many real ones
    assert _titled_over_its_authors(lines, scored, 0.5)
    raised = [c.text for row in scored for c in row if c.score >= 0.5]
    assert raised == ["Streams of Papers: Ranking What a Reader Wants"]
    one_writer = read_lines("Notes from the week\nBy Fu Wang\n")
    assert not _titled_over_its_authors(one_writer, score_lines(one_writer), 0.5)


def test_a_title_run_into_chinese_prose_is_cut_there() -> None:
    found = _cands(
        "Diffusion Models: A Survey of Methods and Uses来自加州大学的研究团队，首次综述。"
    )
    assert "before_cjk" in found["Diffusion Models: A Survey of Methods and Uses"]
    assert not any("before_cjk" in how for how in _cands("扩散模型综述来自加州大学").values())
    assert not any("before_cjk" in how for how in _cands("See the 扩散模型").values())
    spaced = _cands("Sparse Routing for Long Context Models 网页链接该论文提出了一种稀疏注意力机制")
    assert "before_cjk" in spaced["Sparse Routing for Long Context Models"]
    page = (
        "Diffusion Model 综述\n\n"
        "Diffusion Models: A Survey of Methods and Uses来自加州大学和谷歌的研究团队，"
        "首次对现有的扩散模型进行了全面的总结分析。\n\n"
        "论文:https://arxiv.org/abs/2209.00796\n\n介绍\n\n扩散模型是深度生成模型中新的方法。\n"
    )
    assert [(p.title, p.arxiv_id) for p in parse_digest(page).papers] == [
        ("Diffusion Models: A Survey of Methods and Uses", "2209.00796")
    ]


def test_a_title_with_by_in_it_keeps_it_before_its_authors() -> None:
    line = "Generative Modeling by Estimating Gradients of the Data Distribution by Song Yang"
    assert "before_by" in _cands(line)[line.rsplit(" by ", 1)[0]]
    page = "\n".join(
        [
            "# Reading on diffusion",
            "",
            "1. Denoising Diffusion Probabilistic Models by Jonathan Ho",
            "2. " + line,
            "3. Score-Based Generative Modeling through Stochastic Equations by Yang Song",
        ]
    )
    titles = [p.title for p in parse_digest(page).papers]
    assert "Generative Modeling by Estimating Gradients of the Data Distribution" in titles
    assert not any(t.endswith("Song Yang") for t in titles)


def test_a_bulleted_list_of_limitations_ends_at_the_next_numbered_paper() -> None:
    page = "\n".join(
        [
            "This Week's Key Papers",
            "",
            '1. "Attention is All You Need" - Vaswani et al. (2017)',
            "",
            "Limitations:",
            "",
            "- Computationally expensive",
            "- Black-box nature makes interpretability hard",
            "",
            '2. "Deep Residual Learning for Image Recognition" - He et al. (2016)',
            "",
            "Key Contributions:",
            "",
            "1. Residual connections",
            "2. Very deep networks",
        ]
    )
    assert [p.title for p in parse_digest(page).papers] == [
        "Attention is All You Need",
        "Deep Residual Learning for Image Recognition",
    ]


def test_a_model_name_before_a_colon_is_part_of_the_title() -> None:
    page = "\n".join(
        [
            "# ASR reading",
            "- [wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations"
            " (Baevski et al., 2020)](https://arxiv.org/abs/2006.11477)",
            "- [OWSM v3.1: Better and Faster Open Speech Models (Peng, 2024)]"
            "(https://arxiv.org/abs/2401.16658)",
            "- [Robust Speech Recognition via Large-Scale Weak Supervision (Redford, 2022)]"
            "(https://arxiv.org/abs/2212.04356)",
        ]
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        (
            "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
            ["Baevski"],
            2020,
        ),
        ("OWSM v3.1: Better and Faster Open Speech Models", ["Peng"], 2024),
        ("Robust Speech Recognition via Large-Scale Weak Supervision", ["Redford"], 2022),
    ]
    # a label is still cut off
    assert (
        "after_label"
        in _cands("Oral: Deep Residual Learning for Image Recognition")[
            "Deep Residual Learning for Image Recognition"
        ]
    )


def test_a_program_time_slot_is_not_part_of_the_title() -> None:
    assert strip_number("10:30 – 10:45  Zero-Shot Text-to-Image Generation") == (
        "Zero-Shot Text-to-Image Generation",
        True,
    )
    assert strip_number("9:00 AM Opening remarks") == ("Opening remarks", True)
    page = "\n\n".join(
        [
            "# Oral Session 3A: Vision and Language",
            "10:30 – 10:45  Learning Transferable Visual Models From Natural Language Supervision\n"
            "Alec Radford (OpenAI), Jong Wook Kim (OpenAI), Chris Hallacy (OpenAI)",
            "10:45 – 11:00  Zero-Shot Text-to-Image Generation\n"
            "Aditya Ramesh (OpenAI), Mikhail Pavlov (OpenAI)",
            "11:00 – 11:15  Scaling Up Visual and Vision-Language Representation Learning\n"
            "Chao Jia (Google), Yinfei Yang (Google), Ye Xia (Google)",
        ]
    )
    # the model doubts the short title, so it is kept only with --keep-uncertain; no title
    # keeps its time slot either way
    assert [p.title for p in parse_digest(page, keep_uncertain=True).papers] == [
        "Learning Transferable Visual Models From Natural Language Supervision",
        "Zero-Shot Text-to-Image Generation",
        "Scaling Up Visual and Vision-Language Representation Learning",
    ]


@pytest.mark.parametrize(
    "venue",
    [
        "Proceedings of the IEEE/CVF conference on computer vision and pattern recognition",
        "In Proceedings of the 2019 Conference of the North American Chapter",
        "Advances in neural information processing systems 30",
        "arXiv preprint arXiv:2106.09685",
        "IEEE Transactions on Pattern Analysis and Machine Intelligence",
    ],
)
def test_a_venue_written_out_is_never_a_title(venue: str) -> None:
    from papercli.importers.digest.records import never_title

    assert never_title(venue)
    assert not never_title("Proceeding with Caution: Safe Exploration in Reinforcement Learning")


def test_a_scholar_profile_never_gives_its_venue_lines_as_papers() -> None:
    page = "\n".join(
        [
            "Title\tCited by\tYear",
            "Deep residual learning for image recognition",
            "K He, X Zhang, S Ren, J Sun",
            "Proceedings of the IEEE conference on computer vision and pattern recognition, 770",
            "\t250000\t2016",
            "Momentum contrast for unsupervised visual representation learning",
            "K He, H Fan, Y Wu, S Xie, R Girshick",
            "Proceedings of the IEEE/CVF conference on computer vision and pattern recognition",
            "\t12000\t2020",
            "Mask R-CNN",
            "K He, G Gkioxari, P Dollár, R Girshick",
            "Proceedings of the IEEE international conference on computer vision, 2961-2969",
            "\t40000\t2017",
        ]
    )
    titles = [p.title for p in parse_digest(page).papers]
    assert not any(t.startswith("Proceedings") for t in titles)


def test_an_anthology_listing_gives_titles_with_their_pipe_separated_authors() -> None:
    entries = [
        (
            "Linguistic Knowledge and Transferability of Contextual Representations",
            "Nelson F. Liu | Matt Gardner | Yonatan Belinkov",
        ),
        (
            "Probing the Need for Visual Context in Multimodal Machine Translation",
            "Ozan Caglayan | Pranava Madhyastha | Lucia Specia",
        ),
        (
            "Pre-training of Deep Bidirectional Transformers for Language Understanding",
            "Jacob Devlin | Ming-Wei Chang | Kenton Lee",
        ),
    ]
    page = "\n\n".join(f"pdf bib abs\n{title}\n{names}" for title, names in entries)
    got = [(p.title, " | ".join(p.authors)) for p in parse_digest(page).papers]
    assert got == entries


def test_a_dash_before_the_names_keeps_the_whole_linked_title() -> None:
    entries = [
        ("LoRA: Low-Rank Adaptation of Large Language Models", "2106.09685", "Hu et al., 2021"),
        ("QLoRA: Efficient Finetuning of Quantized LLMs", "2305.14314", "Dettmers et al., 2023"),
        (
            "Prefix-Tuning: Optimizing Continuous Prompts for Generation",
            "2101.00190",
            "Li and Liang, 2021",
        ),
    ]
    page = "## Papers we discussed\n\n" + "\n".join(
        f"- [{title}](https://arxiv.org/abs/{arxiv}) — {names}" for title, arxiv, names in entries
    )
    assert [p.title for p in parse_digest(page).papers] == [title for title, _a, _n in entries]


@pytest.mark.parametrize("bullet", ["- ", "🔬 "])
def test_a_title_with_a_colon_before_a_dash_and_its_description_is_read_whole(
    bullet: str,
) -> None:
    titles = [
        "OpenVLA: An Open-Source Vision-Language-Action Model",
        "Scaling Monosemanticity: Extracting Interpretable Features from Claude 3 Sonnet",
        "Chameleon: Mixed-Modal Early-Fusion Foundation Models",
    ]
    said = [
        "A robot policy trained on nearly a million episodes of robot data.",
        "Millions of features are found inside a production model.",
        "One model reads and writes images and text in any order it likes.",
    ]
    page = "## This week\n\n" + "\n".join(
        f"{bullet}{title} — {sentence}" for title, sentence in zip(titles, said, strict=True)
    )
    assert [p.title for p in parse_digest(page).papers] == titles


def test_an_english_title_in_brackets_after_its_translation_and_before_a_venue() -> None:
    found = _cands("图注意力网络（Graph Attention Networks），ICLR 2018")
    assert "paren_inner" in found["Graph Attention Networks"]
    page = "\n".join(
        [
            "## 图神经网络经典论文",
            "",
            "- 图卷积网络的半监督分类（Semi-Supervised Classification with Graph Convolutional"
            " Networks），ICLR 2017",
            "- 大规模图上的归纳表示学习（Inductive Representation Learning on Large Graphs），"
            "NeurIPS 2017",
        ]
    )
    got = [(p.title, p.alt_titles, p.venue, p.year) for p in parse_digest(page).papers]
    assert got == [
        (
            "Semi-Supervised Classification with Graph Convolutional Networks",
            ["图卷积网络的半监督分类"],
            "ICLR",
            2017,
        ),
        (
            "Inductive Representation Learning on Large Graphs",
            ["大规模图上的归纳表示学习"],
            "NeurIPS",
            2017,
        ),
    ]


def test_a_phrase_quoted_beside_guillemet_titles_is_no_paper() -> None:
    page = "\n\n".join(
        [
            "大家好，今天推荐三篇关于大模型推理的论文：",
            "第一篇是《Chain-of-Thought Prompting Elicits Reasoning in Large Language Models》，"
            "来自谷歌，提出了思维链提示。",
            "第二篇是《Self-Consistency Improves Chain of Thought Reasoning in Language Models》，"
            "它对多条推理路径投票。",
            "第三篇是《Large Language Models are Zero-Shot Reasoners》，只需要加一句"
            ' "Let\'s think step by step"。',
        ]
    )
    assert [p.title for p in parse_digest(page).papers] == [
        "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models",
        "Self-Consistency Improves Chain of Thought Reasoning in Language Models",
        "Large Language Models are Zero-Shot Reasoners",
    ]
