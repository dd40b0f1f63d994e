"""Stage: a fitted page-level chooser of title lines, run after the layout rules and before
records are cut.

The layout rules decide line by line which candidate titles to keep. The chooser looks at each
line that held a candidate, before or after the rules, beside the rest of its page: its best
candidate's score before and after the rules, whether a rule cleared it, its kind, depth,
marker, column, links and length, how its best candidate was cut, and how many lines of the
page share its shape and how many of those the rules accepted. Boosted trees, fitted by
``benchmarks/title_chooser.py`` on the labelled real pages and shipped as
``title_chooser.json``, give the chance that the line holds a key title. A line it picks gets
its best candidate raised to the acceptance score (a line a rule cleared gets its candidates
back); a line it drops while the rules accepted it is lowered to uncertain, so that
``--keep-uncertain`` still shows it. Measured on pages never fitted in benchmarks/README.md.
"""

from __future__ import annotations

import copy
import functools
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from papercli.importers.digest.blocks import Line
from papercli.importers.digest.candidates import Candidate
from papercli.importers.digest.scorer import boosted, sigmoid

KINDS = ("heading", "item", "line", "cell")
_ARXIV = re.compile(r"\d{4}\.\d{4,5}")
# the features of a candidate line, in the order benchmarks/title_chooser.py fits them
FEATURES = (
    "score",
    "model",
    "accepted",
    "cleared",
    "kept",
    "found",
    *(f"kind_{kind}" for kind in KINDS),
    "depth",
    "marker",
    "cell",
    "first",
    "urls",
    "arxiv",
    "line_length",
    "title_length",
    "kin",
    "kin_accepted",
    "others_accepted",
    "kin_score",
    "page_accepted",
    "page_lines",
    "page_titles",
    "up_score",
    "down_score",
    "up_kin",
    "down_kin",
    "up_gap",
    "down_gap",
)


@dataclass
class TitleLine:
    """A line that holds a candidate title, as the model scored it and as the rules left it."""

    at: int  # index in the page's lines
    line: Line
    kept: list[Candidate]  # its candidates after the layout rules (empty: a rule cleared them)
    found: list[Candidate]  # its candidates as the title model scored them
    best: Candidate
    score: float  # its best kept candidate's score, 0 when the rules cleared it
    model: float  # its best candidate's score before the rules


@functools.cache
def load_chooser() -> dict[str, Any] | None:
    """The shipped chooser (``title_chooser.json``: threshold, cut tags, trees), or None."""
    source = resources.files("papercli.importers.digest").joinpath("title_chooser.json")
    if not source.is_file():
        return None
    model: dict[str, Any] = json.loads(source.read_text())
    return model


def title_lines(
    lines: list[Line], before: list[list[Candidate]], after: list[list[Candidate]]
) -> list[TitleLine]:
    """Every line with candidates before or after the rules."""
    out = []
    for i, line in enumerate(lines):
        kept, found = after[i], before[i] if i < len(before) else []
        if not (kept or found):
            continue
        out.append(
            TitleLine(
                at=i,
                line=line,
                kept=kept,
                found=found,
                best=max(kept or found, key=lambda c: c.score),
                score=max((c.score for c in kept), default=0.0),
                model=max((c.score for c in found), default=0.0),
            )
        )
    return out


def _shape(line: Line) -> tuple[Any, ...]:
    return (line.kind, min(line.depth, 4), _marker(line), min(line.cell, 6), line.first)


def _marker(line: Line) -> int:
    return 0 if not line.marker else 1 if line.marker[0] in "-*+" else 2


def line_vectors(rows: list[TitleLine], accept: float) -> list[list[float]]:
    """Each title line's features, in the order of FEATURES."""
    same: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for n, row in enumerate(rows):
        same[_shape(row.line)].append(n)
    taken = sum(row.score >= accept for row in rows)
    out = []
    for n, row in enumerate(rows):
        line, shape = row.line, _shape(row.line)
        kin = same[shape]
        kin_taken = sum(rows[k].score >= accept for k in kin)
        up = rows[n - 1] if n else None
        down = rows[n + 1] if n + 1 < len(rows) else None
        out.append(
            [
                row.score,
                row.model,
                float(row.score >= accept),
                float(not row.kept),
                len(row.kept),
                len(row.found),
                *[float(line.kind == kind) for kind in KINDS],
                min(line.depth, 6),
                _marker(line),
                min(line.cell, 8),
                float(line.first),
                min(len(line.urls), 5),
                float(bool(_ARXIV.search(" ".join(line.urls) + line.text))),
                math.log1p(len(line.text)),
                math.log1p(len(row.best.text)),
                math.log1p(len(kin)),
                kin_taken / len(kin),
                (kin_taken - (row.score >= accept)) / max(len(kin) - 1, 1),
                sum(rows[k].score for k in kin) / len(kin),
                taken / len(rows),
                math.log1p(len(rows)),
                math.log1p(taken),
                up.score if up else -1.0,
                down.score if down else -1.0,
                float(up is not None and _shape(up.line) == shape),
                float(down is not None and _shape(down.line) == shape),
                float(row.at - up.at if up else 99),
                float(down.at - row.at if down else 99),
            ]
        )
    return out


def named(vector: list[float], how: set[str], tags: list[str]) -> dict[str, float]:
    """A line's features by name: FEATURES, and one ``how:TAG`` per cut tag the model knows."""
    feats = dict(zip(FEATURES, vector, strict=True))
    feats.update((f"how:{tag}", float(tag in how)) for tag in tags)
    return feats


def choose_titles(
    lines: list[Line],
    before: list[list[Candidate]],
    after: list[list[Candidate]],
    accept: float,
    chooser: dict[str, Any] | None = None,
) -> None:
    """Let the chooser (by default the shipped one) decide each title line of AFTER: raise the
    best candidate of a line it picks to just above ACCEPT, restoring a cleared line's
    candidates from BEFORE; lower a line it drops below ACCEPT."""
    chooser = chooser if chooser is not None else load_chooser()
    if chooser is None:
        return
    rows = title_lines(lines, before, after)
    threshold, tags = float(chooser["threshold"]), list(chooser["tags"])
    for row, vector in zip(rows, line_vectors(rows, accept), strict=True):
        chance = sigmoid(boosted(chooser, named(vector, row.best.how, tags)))
        if chance >= threshold:
            if not after[row.at]:
                after[row.at] = [copy.copy(c) for c in row.found]
            best = max(after[row.at], key=lambda c: c.score)
            best.score = max(best.score, accept + 0.01)
        elif row.score >= accept:
            for candidate in after[row.at]:
                candidate.score = min(candidate.score, accept - 0.1)
