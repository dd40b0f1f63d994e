"""Stage: a fitted page-level chooser of title lines, run after the layout rules and before
records are cut.

The layout rules decide line by line which candidate titles to keep. The chooser looks at each
line that held a candidate, before or after the rules, beside the rest of its page: its best
candidate's score before and after the rules, whether a rule cleared it, its kind, depth,
marker, column, links and length, how its best candidate was cut, and how many lines of the
page share its shape and how many of those the rules accepted. Boosted trees, fitted by
``benchmarks/title_chooser.py`` on the labelled real pages and shipped as
``title_chooser.json``, give the chance that the line holds a key title. Where the chooser is
sure, it overrules the rules: an uncertain line whose chance is at least ``raise_at`` gets
its best candidate raised to the acceptance score, and an accepted line whose chance is below
``drop_below`` is lowered to uncertain, so that ``--keep-uncertain`` still shows it. The
shipped chooser only drops (``raise_at`` above 1): a wrong paper costs more than a missed one.
Restoring the lines the rules clear brought back talks, software and claims that rules clear
on purpose, and raising uncertain lines named section headings as papers. On pages never
fitted, dropping removes about a quarter of the wrong title lines for a few right ones
(benchmarks/README.md).
"""

from __future__ import annotations

import functools
import math
from collections import defaultdict
from dataclasses import dataclass
from importlib import resources
from typing import Any

from papercli.importers.digest.blocks import Line
from papercli.importers.digest.candidates import Candidate
from papercli.importers.digest.features import names_paper_id
from papercli.importers.digest.scorer import boosted, sigmoid, walk
from papercli.lazy_regex import lazy_re

KINDS = ("heading", "item", "line", "cell")
_ARXIV = lazy_re(r"\d{4}\.\d{4,5}")
# turning the trees into code costs about what walking them costs for 1,500 lines (some 0.2 s):
# the pages people paste, of a few dozen lines, are walked
_COMPILE_FROM = 1500
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
    """The shipped chooser (``title_chooser.json``: when to raise and drop a line, the cut
    tags, the trees), or None."""
    source = resources.files("papercli.importers.digest").joinpath("title_chooser.json")
    if not source.is_file():
        return None
    import orjson  # a runtime dependency already: it reads the trees in half the time

    model: dict[str, Any] = orjson.loads(source.read_bytes())
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
    # each shape's counts once, not once a line: a list of thousands of lines of one shape
    kin_taken_of = {shape: sum(rows[k].score >= accept for k in kin) for shape, kin in same.items()}
    kin_score_of = {shape: sum(rows[k].score for k in kin) for shape, kin in same.items()}
    out = []
    for n, row in enumerate(rows):
        line, shape = row.line, _shape(row.line)
        kin = same[shape]
        kin_taken = kin_taken_of[shape]
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
                kin_score_of[shape] / len(kin),
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


def _identified(lines: list[Line], rows: list[TitleLine], n: int, vouched: set[int]) -> bool:
    """Whether the record title line N would open names a paper identifier: in its table row
    (VOUCHED holds the rows that do), or on its own line and those below it up to the next
    title line. A list of a thousand papers names many by a short name, and their arXiv links
    vouch for them."""
    if rows[n].line.kind == "cell":
        return rows[n].line.row in vouched
    end = rows[n + 1].at if n + 1 < len(rows) else len(lines)
    return any(names_paper_id(other) for other in lines[rows[n].at : end])


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
    """Let the chooser (by default the shipped one) overrule the rules on the title lines of
    AFTER where it is sure: raise the best candidate of a line the rules left uncertain whose
    chance is at least its ``raise_at`` to just above ACCEPT (a line a rule cleared stays
    cleared); lower an accepted line whose chance is below its ``drop_below`` under ACCEPT,
    unless an identifier vouches for its record or that would leave the page no title at all
    (a post about one paper is too rare to be learnt). BEFORE, the title model's own scores,
    feeds the features."""
    chooser = chooser if chooser is not None else load_chooser()
    if chooser is None:
        return
    rows = title_lines(lines, before, after)
    raise_at, drop_below = float(chooser["raise_at"]), float(chooser["drop_below"])
    tags = list(chooser["tags"])
    logit = boosted if len(rows) >= _COMPILE_FROM else walk
    raised, dropped, kept = [], [], 0
    vouched: set[int] | None = None  # the table rows naming an identifier, read when needed
    for n, (row, vector) in enumerate(zip(rows, line_vectors(rows, accept), strict=True)):
        chance = sigmoid(logit(chooser, named(vector, row.best.how, tags)))
        if chance >= raise_at and row.kept:
            raised.append(row)
        elif row.score < accept:
            continue
        elif chance >= drop_below:
            kept += 1
        else:
            if vouched is None:
                vouched = {ln.row for ln in lines if ln.kind == "cell" and names_paper_id(ln)}
            if _identified(lines, rows, n, vouched):
                kept += 1
            else:
                dropped.append(row)
    for row in raised:
        best = max(after[row.at], key=lambda c: c.score)
        best.score = max(best.score, accept + 0.01)
    if not (raised or kept):
        return
    for row in dropped:
        for candidate in after[row.at]:
            candidate.score = min(candidate.score, accept - 0.1)
