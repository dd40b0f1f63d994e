"""The title chooser stage: its features, its decisions, and the shipped trees."""

from __future__ import annotations

import copy
from typing import Any

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import Candidate
from papercli.importers.digest.chooser import (
    FEATURES,
    choose_titles,
    line_vectors,
    load_chooser,
    named,
    title_lines,
)
from papercli.importers.digest.scorer import boosted, load_model, score_lines, walk

ACCEPT = float(load_model()["accept"])
PAGE = (
    "# Papers we read this week\n\n"
    "- Attention Is All You Need\n"
    "- Deep Residual Learning for Image Recognition\n"
    "- Adam: A Method for Stochastic Optimization\n\n"
    "Thanks for reading, see you next week.\n"
)


def stump(feature: str, threshold: float, low: float, high: float) -> dict[str, Any]:
    """A chooser of one tree with one split: FEATURE at or below THRESHOLD gives LOW."""
    return {
        "raise_at": 0.5,
        "drop_below": 0.5,
        "tags": ["quoted"],
        "base": 0.0,
        "trees": [
            [[feature, threshold, 1, 2, 0.0, 0], ["", 0.0, 0, 0, low, 1], ["", 0.0, 0, 0, high, 1]]
        ],
    }


def test_title_lines_are_the_lines_with_candidates_before_or_after_the_rules() -> None:
    lines = read_lines(PAGE)
    before = score_lines(lines)
    after = [list(row) for row in before]
    cleared = next(i for i, row in enumerate(after) if row)
    after[cleared] = []
    rows = title_lines(lines, before, after)
    assert [row.at for row in rows] == [i for i, row in enumerate(before) if row]
    first = rows[0]
    assert first.at == cleared and first.kept == [] and first.score == 0.0
    assert first.model == max(c.score for c in before[cleared])
    assert first.best in before[cleared]


def test_each_title_line_gets_every_feature_and_sees_its_kin() -> None:
    lines = read_lines(PAGE)
    scored = score_lines(lines)
    rows = title_lines(lines, scored, scored)
    vectors = line_vectors(rows, ACCEPT)
    assert all(len(v) == len(FEATURES) for v in vectors)
    items = [n for n, row in enumerate(rows) if row.line.kind == "item"]
    assert len(items) == 3
    kin = FEATURES.index("kin")
    # the three items share one shape: each counts three of its kind (log1p 3)
    assert {round(vectors[n][kin], 6) for n in items} == {round(1.3862943611198906, 6)}
    feats = named(vectors[items[0]], {"quoted", "link"}, ["quoted", "bold"])
    assert feats["how:quoted"] == 1.0 and feats["how:bold"] == 0.0
    assert feats["kind_item"] == 1.0 and feats["kind_heading"] == 0.0


def test_a_picked_uncertain_line_is_raised_and_a_cleared_line_stays_cleared() -> None:
    lines = read_lines(PAGE)
    before = score_lines(lines)
    after = [[copy.copy(c) for c in row] for row in before]
    items = [i for i, line in enumerate(lines) if line.kind == "item"]
    after[items[0]] = []
    for candidate in after[items[1]]:
        candidate.score = ACCEPT - 0.2
    choose_titles(lines, before, after, ACCEPT, stump("model", -1.0, -5.0, 5.0))
    assert after[items[0]] == [], "a line a rule cleared stays cleared"
    assert max(c.score for c in after[items[1]]) == ACCEPT + 0.01
    assert max(c.score for c in after[items[2]]) >= ACCEPT


def test_a_dropped_line_the_rules_accepted_becomes_uncertain_not_gone() -> None:
    lines = read_lines(PAGE)
    before = score_lines(lines)
    after = [[copy.copy(c) for c in row] for row in before]
    accepted = [i for i, row in enumerate(after) if row and max(c.score for c in row) >= ACCEPT]
    assert len(accepted) > 1
    # sure of the page's first title line only (the only one with no title line above it)
    first = next(i for i, row in enumerate(after) if row)
    choose_titles(lines, before, after, ACCEPT, stump("up_gap", 50.0, -5.0, 5.0))
    for i in accepted:
        assert after[i], "a dropped line keeps its candidates for --keep-uncertain"
        if i != first:
            assert max(c.score for c in after[i]) <= ACCEPT - 0.1


def test_an_undecided_line_below_acceptance_is_left_as_it_was() -> None:
    lines = read_lines(PAGE)
    before = score_lines(lines)
    after = [[copy.copy(c) for c in row] for row in before]
    low = Candidate(text="Thanks for reading", line=0, score=ACCEPT - 0.3)
    after[0], before[0] = [low], [copy.copy(low)]
    choose_titles(lines, before, after, ACCEPT, stump("model", 2.0, -5.0, 5.0))
    assert after[0][0].score == ACCEPT - 0.3


def test_the_shipped_chooser_names_only_features_it_computes() -> None:
    chooser = load_chooser()
    if chooser is None:  # a checkout without fitted trees: the rules decide alone
        assert parse_digest(PAGE).papers
        return
    known = set(FEATURES) | {f"how:{tag}" for tag in chooser["tags"]}
    used = {node[0] for tree in chooser["trees"] for node in tree if not node[5]}
    assert used and used <= known
    assert 0.0 < float(chooser["drop_below"]) <= float(chooser["raise_at"])
    # small pages walk the trees, large ones run them compiled: the two agree
    lines = read_lines(PAGE)
    scored = score_lines(lines)
    rows = title_lines(lines, scored, scored)
    for row, vector in zip(rows, line_vectors(rows, ACCEPT), strict=True):
        feats = named(vector, row.best.how, chooser["tags"])
        assert abs(walk(chooser, feats) - boosted(chooser, feats)) < 1e-9


def test_a_plain_list_of_titles_still_imports_every_title() -> None:
    titles = [p.title for p in parse_digest(PAGE).papers]
    assert titles == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Adam: A Method for Stochastic Optimization",
    ]


def test_the_chooser_never_drops_a_pages_last_title() -> None:
    lines = read_lines(PAGE)
    before = score_lines(lines)
    after = [[copy.copy(c) for c in row] for row in before]
    accepted = [i for i, row in enumerate(after) if row and max(c.score for c in row) >= ACCEPT]
    assert accepted
    choose_titles(lines, before, after, ACCEPT, stump("model", 2.0, -5.0, 5.0))
    still = [i for i, row in enumerate(after) if row and max(c.score for c in row) >= ACCEPT]
    assert still == accepted, "sure of no line, the chooser leaves the rules' titles alone"


def test_a_row_an_arxiv_link_vouches_for_is_never_dropped() -> None:
    page = (
        "| Paper | Links |\n|---|---|\n"
        "| 1) **HtmlRAG** - HTML beats text in RAG| [Paper](https://arxiv.org/abs/2411.02959v1) |\n"
        "| 2) **RouteLLM** - routers pick a model | [Paper](https://arxiv.org/abs/2406.18665v2) |\n"
        "| 3) **Quiet Tokens** - quiet tokens carry signal | [Tweet](https://example.org/s/1) |\n"
    )
    lines = read_lines(page)
    before = score_lines(lines)
    after = [[copy.copy(c) for c in row] for row in before]
    accepted = {
        lines[i].row for i, row in enumerate(after) if row and max(c.score for c in row) >= ACCEPT
    }
    choose_titles(lines, before, after, ACCEPT, stump("model", 2.0, -5.0, 5.0))
    still = {
        lines[i].row for i, row in enumerate(after) if row and max(c.score for c in row) >= ACCEPT
    }
    vouched = {line.row for line in lines if "arxiv.org" in " ".join(line.urls)}
    assert vouched & accepted and accepted - vouched
    assert vouched & accepted <= still
    assert not (accepted - vouched) & still, "a row no identifier vouches for is dropped"
