"""The fitted title models, pure-Python inference from JSON weights: two logistic regressions,
and beside them a second model whose stage 1 is boosted trees; a candidate's score is the
mean of the two models' probabilities (measured on pages never fitted: benchmarks/README.md).

Stage 1 scores each candidate from its own features. Stage 2 rescores it knowing its
neighbours' stage-1 scores and how titled the other lines of the same shape are: that is how
the repeated record template of a page shows (a shape whose lines mostly hold titles starts
records; a lone line of prose that happens to look like a title does not). The weights are
fitted by ``benchmarks/fit_title_model.py`` and shipped as ``title_model.json`` and
``title_trees.json``.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from importlib import resources
from typing import Any

from papercli.importers.digest.blocks import Line
from papercli.importers.digest.candidates import Candidate, candidates
from papercli.importers.digest.features import (
    candidate_features,
    features,
    line_features,
    page_context,
    signature,
)


@functools.cache
def load_model() -> dict[str, Any]:
    """The shipped weights (both stages and the thresholds)."""
    text = resources.files("papercli.importers.digest").joinpath("title_model.json").read_text()
    model: dict[str, Any] = json.loads(text)
    return model


@functools.cache
def load_trees() -> dict[str, Any] | None:
    """The second title model, boosted trees in stage 1 (``title_trees.json``), or None."""
    source = resources.files("papercli.importers.digest").joinpath("title_trees.json")
    if not source.is_file():
        return None
    model: dict[str, Any] = json.loads(source.read_text())
    return model


def linear(weights: dict[str, Any], feats: dict[str, float]) -> float:
    """The logit of one logistic regression (``bias`` + Σ weight·value)."""
    table: dict[str, float] = weights["weights"]
    total: float = weights["bias"]
    for name, value in feats.items():
        total += table.get(name, 0.0) * value
    return total


def boosted(model: dict[str, Any], feats: dict[str, float]) -> float:
    """The logit of boosted trees (``base`` + each tree's leaf value): at a node, a feature's
    value (0 when absent) at or below the threshold goes left."""
    names, score = _compiled(model)
    return score([feats.get(name, 0.0) for name in names])


def walk(model: dict[str, Any], feats: dict[str, float]) -> float:
    """:func:`boosted` by a plain walk over the nodes: the reference, and the way for trees
    that :func:`_compiled` will not turn into code."""
    total: float = model["base"]
    for tree in model["trees"]:
        node = tree[0]
        while not node[5]:
            node = tree[node[2] if feats.get(node[0], 0.0) <= node[1] else node[3]]
        total += node[4]
    return total


# compiled trees, by the id of their list of trees (kept alive beside them, so the id stays
# theirs): a page scores thousands of candidates
_COMPILED: dict[int, tuple[object, list[str], Callable[[list[float]], float]]] = {}
_MAX_DEPTH = 60  # deeper trees are walked: nested expressions have a parser limit


def _compiled(model: dict[str, Any]) -> tuple[list[str], Callable[[list[float]], float]]:
    """MODEL's trees as one Python function of the list of its features' values: nested
    conditional expressions run several times faster than a walk over the nodes. Only
    numbers from the model go into the code (feature indices, finite thresholds and leaf
    values); trees with other numbers, or too deep, are walked instead."""
    trees = model["trees"]
    found = _COMPILED.get(id(trees))
    if found is not None and found[0] is trees:
        return found[1], found[2]
    names = sorted({node[0] for tree in trees for node in tree if not node[5]})
    index = {name: i for i, name in enumerate(names)}

    def expression(tree: list[list[Any]], at: int, depth: int) -> str:
        feature, threshold, left, right, value, leaf = tree[at]
        number = float(value if leaf else threshold)
        if not math.isfinite(number) or depth > _MAX_DEPTH:
            raise ValueError("not to be compiled")
        if leaf:
            return repr(number)
        return (
            f"({expression(tree, int(left), depth + 1)} if v[{index[feature]}] <= {number!r}"
            f" else {expression(tree, int(right), depth + 1)})"
        )

    score: Callable[[list[float]], float]
    try:
        terms = "".join(f"{expression(tree, 0, 0)}, " for tree in trees)
        base = float(model["base"])
        if not math.isfinite(base):
            raise ValueError("not to be compiled")
        code = compile(f"lambda v: {base!r} + sum(({terms}), 0.0)", "<trees>", "eval")
        score = eval(code, {"__builtins__": {}, "sum": sum})
    except (ValueError, RecursionError):

        def score(values: list[float]) -> float:
            return walk(model, dict(zip(names, values, strict=True)))

    _COMPILED[id(trees)] = (trees, names, score)
    return names, score


def sigmoid(x: float) -> float:
    if x < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-x))


def all_candidates(lines: list[Line]) -> tuple[list[list[Candidate]], list[list[dict[str, float]]]]:
    """Every line's candidates and their stage-1 features."""
    page = page_context(lines)
    cands = [candidates(lines, i) for i in range(len(lines))]
    feats = [[features(c, lines, page) for c in row] for row in cands]
    return cands, feats


STAGE2 = (
    "s1",
    "s1_p",
    "is_line_best",
    "margin",
    "sig_mean",
    "sig_titled",
    "sig_many",
    "prev_p",
    "next_p",
    "next_higher",
    "prev_higher",
    "window_before",
    "window_after",
    "heading",
    "parent_p",
    "section_of_titles",
    "section_log_titles",
    "parent_titled",
    "cell",
    "cut_share",
    "cut_template",
    "cut_known",
)


def context_features(
    lines: list[Line], cands: list[list[Candidate]], first: list[list[float]]
) -> list[list[dict[str, float]]]:
    """Stage-2 features: own stage-1 logit, the line's and neighbours' best, shape averages."""
    values = context_values(lines, cands, first)
    return [[dict(zip(STAGE2, v, strict=True)) for v in row] for row in values]


def context_values(
    lines: list[Line],
    cands: list[list[Candidate]],
    first: list[list[float]],
    sigs: list[tuple[object, ...]] | None = None,
) -> list[list[tuple[float, ...]]]:
    """The stage-2 feature values of every candidate, in the order of :data:`STAGE2`."""
    best = [max(row, default=-10.0) for row in first]
    best_p = [sigmoid(b) for b in best]
    by_sig: dict[tuple[object, ...], list[float]] = defaultdict(list)
    if sigs is None:
        sigs = [signature(line) for line in lines]
    for sig, p in zip(sigs, best_p, strict=True):
        by_sig[sig].append(p)
    sig_mean = {s: sum(v) / len(v) for s, v in by_sig.items()}
    # the template of a repeated shape: which cut names the title on most of its lines
    cut_votes: dict[tuple[object, ...], Counter[frozenset[str]]] = defaultdict(Counter)
    for sig, line_cands, logits, p in zip(sigs, cands, first, best_p, strict=True):
        if line_cands and p > 0.5:
            pick = max(range(len(line_cands)), key=logits.__getitem__)
            cut_votes[sig][frozenset(line_cands[pick].how)] += 1
    sig_titled = {s: sum(1 for p in v if p > 0.5) / len(v) for s, v in by_sig.items()}
    n = len(lines)
    parent_p = [0.0] * n
    stack: list[tuple[int, float]] = []  # (depth, best p) of the open list items
    for i, line in enumerate(lines):
        if line.kind == "item":
            while stack and stack[-1][0] >= line.depth:
                stack.pop()
            parent_p[i] = stack[-1][1] if stack else 0.0
            stack.append((line.depth, best_p[i]))
        elif line.kind == "line" and line.depth and stack:
            parent_p[i] = stack[-1][1]
        elif line.kind == "heading":
            stack = []
    # how many titled lines a heading holds before the next heading of its level or above:
    # a heading over several titles is a section, not a paper
    under = [0] * n
    open_headings: list[tuple[int, int]] = []  # (level, index)
    for i, line in enumerate(lines):
        if line.kind == "heading":
            while open_headings and open_headings[-1][0] >= line.depth:
                open_headings.pop()
            open_headings.append((line.depth, i))
        elif best_p[i] > 0.5:
            for _level, index in open_headings:
                under[index] += 1
    out: list[list[tuple[float, ...]]] = []
    for i, row in enumerate(first):
        if not row:
            out.append([])
            continue
        prev_p = best_p[i - 1] if i > 0 else 0.0
        next_p = best_p[i + 1] if i + 1 < n else 0.0
        window_before = max(best_p[max(0, i - 3) : i], default=0.0)
        window_after = max(best_p[i + 1 : i + 4], default=0.0)
        sig = sigs[i]
        top = best[i]
        mean, titled, many = sig_mean[sig], sig_titled[sig], float(len(by_sig[sig]) >= 3)
        heading = float(lines[i].kind == "heading")
        parent = parent_p[i]
        section = float(under[i] >= 2)
        section_log = math.log1p(under[i])
        parent_titled = float(parent > 0.5)
        cell = float(lines[i].kind == "cell")
        votes = cut_votes.get(sig)
        total = sum(votes.values()) if votes else 0
        known = float(bool(votes) and total >= 2)
        line_out: list[tuple[float, ...]] = []
        for logit, cand in zip(row, cands[i], strict=True):
            p = sigmoid(logit)
            share = votes[frozenset(cand.how)] / total if votes and total >= 2 else 0.0
            line_out.append(
                (
                    logit,
                    p,
                    float(logit >= top),
                    logit - top,
                    mean,
                    titled,
                    many,
                    prev_p,
                    next_p,
                    float(next_p > p),
                    float(prev_p > p),
                    window_before,
                    window_after,
                    heading,
                    parent,
                    section,
                    section_log,
                    parent_titled,
                    cell,
                    share,
                    float(share > 0.5),
                    known,
                )
            )
        out.append(line_out)
    return out


def _terms(table: dict[str, float], feats: dict[str, float]) -> list[float]:
    """The nonzero terms weight·value of FEATS, in order: summed in that order they give
    exactly what :func:`linear` sums (a zero term leaves a float sum as it was)."""
    out = []
    for name, value in feats.items():
        if value:
            weight = table.get(name)
            if weight:
                out.append(weight * value)
    return out


def score_lines(lines: list[Line]) -> list[list[Candidate]]:
    """Every line's candidates, each with ``score`` = the model's probability it is a title:
    the mean of the logistic model's and the boosted trees' probabilities when both ship."""
    # the same sums as linear(model[stage], features(...)), term by term in the same order,
    # without building each candidate's whole feature dict: a line's shared features are
    # summed once and every candidate of the line goes on from that partial sum
    model = load_model()
    trees = load_trees()
    page = page_context(lines)
    table1: dict[str, float] = model["stage1"]["weights"]
    # a line's candidates and their own features follow from its text and markup alone: lines
    # that repeat (a table's "[paper] [code]" cells, "Authors: ..." lines) are read once, and
    # each candidate keeps its features and weighted terms, to be summed onto each line's
    # shared part
    seen: dict[tuple[object, ...], list[tuple[Candidate, dict[str, float], list[float]]]] = {}
    cands: list[list[Candidate]] = []
    first: list[list[float]] = []
    second: list[list[float]] = []
    for index, line in enumerate(lines):
        key = (
            line.text,
            line.kind,
            line.marker,
            *[(s.kind, s.start, s.end, s.url) for s in line.spans],
        )
        known = seen.get(key)
        if known is None:
            known = []
            for cand in candidates(lines, index):
                own = candidate_features(cand, lines, page)
                known.append((cand, own, _terms(table1, own)))
            seen[key] = known
            row = [cand for cand, _own, _terms_of in known]
        else:
            row = [Candidate(c.text, index, set(c.how), c.rest, url=c.url) for c, _o, _t in known]
        cands.append(row)
        if not row:
            first.append([])
            second.append([])
            continue
        shared_feats = line_features(lines, index, page)
        shared: float = model["stage1"]["bias"]
        for name, value in shared_feats.items():
            shared += table1.get(name, 0.0) * value
        logits = []
        for _cand, _own, terms in known:
            total = shared
            for term in terms:
                total += term
            logits.append(total)
        first.append(logits)
        if trees is not None:
            second.append([boosted(trees["stage1"], shared_feats | own) for _c, own, _t in known])
    scores = _stage2(lines, cands, first, model, page)
    if trees is not None:
        other = _stage2(lines, cands, second, trees, page)
        share = float(trees.get("share", 0.5))
        scores = [
            [(1 - share) * a + share * b for a, b in zip(row_a, row_b, strict=True)]
            for row_a, row_b in zip(scores, other, strict=True)
        ]
    for row, row_scores in zip(cands, scores, strict=True):
        for cand, value in zip(row, row_scores, strict=True):
            cand.score = value
    return cands


def _stage2(
    lines: list[Line], cands: list[list[Candidate]], first: list[list[float]], model: Any, page: Any
) -> list[list[float]]:
    """Each candidate's probability: stage 2 over the stage-1 logits FIRST in their page
    context."""
    table2: dict[str, float] = model["stage2"]["weights"]
    weights2 = [float(table2.get(name, 0.0)) for name in STAGE2]
    bias2: float = model["stage2"]["bias"]
    out: list[list[float]] = []
    for values_row in context_values(lines, cands, first, page.sigs):
        row_out = []
        for values in values_row:
            total = bias2
            for weight, value in zip(weights2, values, strict=True):
                total += weight * value
            row_out.append(sigmoid(total))
        out.append(row_out)
    return out
