"""The fitted title model: two logistic regressions, pure-Python inference from JSON weights.

Stage 1 scores each candidate from its own features. Stage 2 rescores it knowing its
neighbours' stage-1 scores and how titled the other lines of the same shape are: that is how
the repeated record template of a page shows (a shape whose lines mostly hold titles starts
records; a lone line of prose that happens to look like a title does not). The weights are
fitted by ``benchmarks/fit_title_model.py`` and shipped as ``title_model.json``.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter, defaultdict
from importlib import resources
from typing import Any

from papercli.importers.digest.blocks import Line
from papercli.importers.digest.candidates import Candidate, candidates
from papercli.importers.digest.features import features, page_context, signature


@functools.cache
def load_model() -> dict[str, Any]:
    """The shipped weights (both stages and the thresholds)."""
    text = resources.files("papercli.importers.digest").joinpath("title_model.json").read_text()
    model: dict[str, Any] = json.loads(text)
    return model


def linear(weights: dict[str, Any], feats: dict[str, float]) -> float:
    """The logit of one logistic regression (``bias`` + Σ weight·value)."""
    table: dict[str, float] = weights["weights"]
    total: float = weights["bias"]
    for name, value in feats.items():
        total += table.get(name, 0.0) * value
    return total


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


def context_features(
    lines: list[Line], cands: list[list[Candidate]], first: list[list[float]]
) -> list[list[dict[str, float]]]:
    """Stage-2 features: own stage-1 logit, the line's and neighbours' best, shape averages."""
    best = [max(row, default=-10.0) for row in first]
    best_p = [sigmoid(b) for b in best]
    by_sig: dict[tuple[object, ...], list[float]] = defaultdict(list)
    sigs = [signature(line) for line in lines]
    for sig, p in zip(sigs, best_p, strict=True):
        by_sig[sig].append(p)
    sig_mean = {s: sum(v) / len(v) for s, v in by_sig.items()}
    # the template of a repeated shape: which cut names the title on most of its lines
    cut_votes: dict[tuple[object, ...], Counter[frozenset[str]]] = defaultdict(Counter)
    for sig, line_cands, logits, p in zip(sigs, cands, first, best_p, strict=True):
        if line_cands and p > 0.5:
            top = max(range(len(line_cands)), key=logits.__getitem__)
            cut_votes[sig][frozenset(line_cands[top].how)] += 1
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
    out: list[list[dict[str, float]]] = []
    for i, row in enumerate(first):
        prev_p = best_p[i - 1] if i > 0 else 0.0
        next_p = best_p[i + 1] if i + 1 < n else 0.0
        window_before = max(best_p[max(0, i - 3) : i], default=0.0)
        window_after = max(best_p[i + 1 : i + 4], default=0.0)
        sig = sigs[i]
        line_out = []
        votes = cut_votes.get(sig)
        total = sum(votes.values()) if votes else 0
        for logit, cand in zip(row, cands[i], strict=True):
            cut_share = votes[frozenset(cand.how)] / total if votes and total >= 2 else 0.0
            line_out.append(
                {
                    "s1": logit,
                    "s1_p": sigmoid(logit),
                    "is_line_best": float(logit >= best[i]),
                    "margin": logit - best[i],
                    "sig_mean": sig_mean[sig],
                    "sig_titled": sig_titled[sig],
                    "sig_many": float(len(by_sig[sig]) >= 3),
                    "prev_p": prev_p,
                    "next_p": next_p,
                    "next_higher": float(next_p > sigmoid(logit)),
                    "prev_higher": float(prev_p > sigmoid(logit)),
                    "window_before": window_before,
                    "window_after": window_after,
                    "heading": float(lines[i].kind == "heading"),
                    "parent_p": parent_p[i],
                    "section_of_titles": float(under[i] >= 2),
                    "section_log_titles": math.log1p(under[i]),
                    "parent_titled": float(parent_p[i] > 0.5),
                    "cell": float(lines[i].kind == "cell"),
                    "cut_share": cut_share,
                    "cut_template": float(cut_share > 0.5),
                    "cut_known": float(bool(votes) and total >= 2),
                }
            )
        out.append(line_out)
    return out


def score_lines(lines: list[Line]) -> list[list[Candidate]]:
    """Every line's candidates, each with ``score`` = the model's probability it is a title."""
    model = load_model()
    cands, feats = all_candidates(lines)
    first = [[linear(model["stage1"], f) for f in row] for row in feats]
    second = context_features(lines, cands, first)
    final = model["stage2"]
    if "stage3" in model:  # the context once more, of the better stage-2 scores
        logits = [[linear(final, f) for f in row] for row in second]
        second = context_features(lines, cands, logits)
        final = model["stage3"]
    for row, ctx in zip(cands, second, strict=True):
        for cand, f in zip(row, ctx, strict=True):
            cand.score = sigmoid(linear(final, f))
    return cands
