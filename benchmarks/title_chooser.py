"""An experiment: would a fitted page-level chooser of title lines, run after the layout rules,
import real pages better than the rules' own decisions?

usage: python benchmarks/title_chooser.py [--threshold 0.4] [--held]

Every line that holds a candidate title after the layout rules gets features: its best
candidate's score before and after the rules, whether a rule cleared it, its kind, depth,
marker, column, links and length, its best candidate's cut (`how`), and the page around it:
how many lines share its shape and what share of them the rules accepted, its neighbours'
scores, how many lines of the page are accepted. A line is labelled a title line when one of
its candidates is a key title as digest-score pairs them. Boosted trees (scikit-learn, a test
extra) are fitted on the `fit` and `corpus-read` pages, five folds grouped by page, and every
page is scored out of fold twice: by lines (the chooser's title lines against the rules'), and
end to end (imported with the chooser raising the best candidate of each line it picks to the
acceptance score and lowering each line it drops below it, then scored by digest-score).
With --held the chooser fitted on all those pages is also measured on `dev` and on
`corpus-held` (read only to score them). Stop 50: better by lines, no better end to end
(benchmarks/README.md).
"""

from __future__ import annotations

import copy
import json
import math
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

# the fitted trees' OpenMP threads must not start before the worker pool forks: a forked child
# of a process whose thread pool runs waits forever on its lock (stop 51's first full run hung)
os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import digest_eval  # noqa: E402

Row = dict[str, Any]
KINDS = ("heading", "item", "line", "cell")
ARXIV = re.compile(r"\d{4}\.\d{4,5}")
_CHOOSERS: dict[str, Any] = {}  # page name -> fitted model, set before the worker pool forks


def _accept() -> float:
    from papercli.importers.digest.scorer import load_model

    return float(load_model()["accept"])


def _import(page: Path, choose: Callable[[list[Any], list[list[Any]], list[list[Any]]], None]):
    """parse_digest on PAGE, CHOOSE called once with the lines, the candidates as the title
    model scored them and as the layout rules left them (which it may change)."""
    from papercli.importers.digest import parse_digest, records
    from papercli.importers.digest import scorer as title_scorer

    score_lines, cut_records = title_scorer.score_lines, records.cut_records
    before: list[list[Any]] = []

    def spy(lines: list[Any]) -> list[list[Any]]:
        scored = score_lines(lines)
        if not before:
            before.extend([copy.copy(c) for c in row] for row in scored)
        return scored

    def cut(lines: list[Any], scored: list[list[Any]], level: float) -> Any:
        if before and not getattr(cut, "done", False):
            cut.done = True  # type: ignore[attr-defined]
            choose(lines, before, scored)
        return cut_records(lines, scored, level)

    title_scorer.score_lines, records.cut_records = spy, cut
    try:
        return parse_digest(page.read_text(encoding="utf-8"))
    finally:
        title_scorer.score_lines, records.cut_records = score_lines, cut_records


def _rows(lines: list[Any], before: list[list[Any]], after: list[list[Any]]) -> list[Row | None]:
    rows: list[Row | None] = []
    for i, line in enumerate(lines):
        kept, first = after[i], before[i] if i < len(before) else []
        if not (kept or first):
            rows.append(None)
            continue
        rows.append(
            {
                "line": line,
                "after": kept,
                "before": first,
                "best": max(kept or first, key=lambda c: c.score),
                "score": max((c.score for c in kept), default=0.0),
                "model": max((c.score for c in first), default=0.0),
            }
        )
    return rows


def _shape(line: Any) -> tuple[Any, ...]:
    marker = 0 if not line.marker else 1 if line.marker[0] in "-*+" else 2
    return (line.kind, min(line.depth, 4), marker, min(line.cell, 6), line.first)


def features(
    rows: list[Row | None], tags: list[str], accept: float
) -> tuple[list[list[float]], list[int]]:
    """One feature vector per line holding candidates, and those lines' indices."""
    vectors, at, cuts = _page_features(rows, accept)
    return [v + [float(t in how) for t in tags] for v, how in zip(vectors, cuts, strict=True)], at


def _page_features(
    rows: list[Row | None], accept: float
) -> tuple[list[list[float]], list[int], list[set[str]]]:
    """The features of each candidate line but its best candidate's cut, its index, that cut."""
    at = [i for i, row in enumerate(rows) if row]
    same: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for i in at:
        same[_shape(rows[i]["line"])].append(i)  # type: ignore[index]
    score = {i: rows[i]["score"] for i in at}  # type: ignore[index]
    taken = sum(score[i] >= accept for i in at)
    out = []
    for n, i in enumerate(at):
        row: Row = rows[i]  # type: ignore[assignment]
        line, best = row["line"], row["best"]
        kin = same[_shape(line)]
        kin_taken = sum(score[j] >= accept for j in kin)
        up = at[n - 1] if n else None
        down = at[n + 1] if n + 1 < len(at) else None
        marker = 0 if not line.marker else 1 if line.marker[0] in "-*+" else 2
        out.append(
            [
                row["score"],
                row["model"],
                float(row["score"] >= accept),
                float(not row["after"]),
                len(row["after"]),
                len(row["before"]),
                *[float(line.kind == k) for k in KINDS],
                min(line.depth, 6),
                marker,
                min(line.cell, 8),
                float(line.first),
                min(len(line.urls), 5),
                float(bool(ARXIV.search(" ".join(line.urls) + line.text))),
                math.log1p(len(line.text)),
                math.log1p(len(best.text)),
                math.log1p(len(kin)),
                kin_taken / len(kin),
                (kin_taken - (row["score"] >= accept)) / max(len(kin) - 1, 1),
                sum(score[j] for j in kin) / len(kin),
                taken / len(at),
                math.log1p(len(at)),
                math.log1p(taken),
                score[up] if up is not None else -1.0,
                score[down] if down is not None else -1.0,
                float(up is not None and _shape(rows[up]["line"]) == _shape(line)),  # type: ignore[index]
                float(down is not None and _shape(rows[down]["line"]) == _shape(line)),  # type: ignore[index]
                float(i - up if up is not None else 99),
                float(down - i if down is not None else 99),
            ]
        )
    return out, at, [rows[i]["best"].how for i in at]  # type: ignore[index]


def _lines_of(job: tuple[str, str]) -> tuple[str, list[tuple[int, list[float], set[str]]]]:
    """Each candidate line of a page as the rules leave it: its label, features and cut."""
    page, key = Path(job[0]), json.loads(Path(job[1]).read_text(encoding="utf-8"))
    same = digest_eval.scorer_module().same_title
    found: list[list[Row | None]] = []
    _import(page, lambda lines, before, after: found.append(_rows(lines, before, after)))
    rows = found[0] if found else []
    vectors, at, cuts = _page_features(rows, _accept())
    out = []
    for vector, i, how in zip(vectors, at, cuts, strict=True):
        texts = [c.text for c in rows[i]["after"] or rows[i]["before"]]  # type: ignore[index]
        label = 1 if any(same(p["title"], c) for p in key["papers"] for c in texts) else 0
        if not label and any(same(t, c) for t in key.get("optional", []) for c in texts):
            continue  # an optional title: neither right nor wrong
        out.append((label, vector, how))
    return page.name, out


def _chosen(job: tuple[str, str, float]) -> tuple[str, tuple[float, ...], tuple[float, ...]]:
    """A page's digest-score as imported, and with the chooser deciding its title lines."""
    page, key, threshold = Path(job[0]), Path(job[1]), job[2]
    accept = _accept()
    model, tags = _CHOOSERS[page.name]

    def choose(lines: list[Any], before: list[list[Any]], after: list[list[Any]]) -> None:
        rows = _rows(lines, before, after)
        vectors, at = features(rows, tags, accept)
        if not vectors:
            return
        for chance, i in zip(model.predict_proba(vectors)[:, 1], at, strict=True):
            if chance >= threshold:
                if not after[i]:
                    after[i] = [copy.copy(c) for c in before[i]]  # a line a rule cleared
                best = max(after[i], key=lambda c: c.score)
                best.score = max(best.score, accept + 0.01)
            elif after[i] and max(c.score for c in after[i]) >= accept:
                for c in after[i]:
                    c.score = min(c.score, accept - 0.1)  # uncertain, kept with --keep-uncertain

    want = json.loads(key.read_text(encoding="utf-8"))
    score = digest_eval.scorer_module().score
    as_is = [p.to_dict() for p in _import(page, lambda *_: None).papers]
    chosen = [p.to_dict() for p in _import(page, choose).papers]
    return page.name, tuple(score(want, as_is)[:3]), tuple(score(want, chosen)[:3])


def _real(split: str) -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix(".json")) for p in sorted((digest_eval.REAL / split).glob("*.txt"))]


def main(argv: list[str]) -> int:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    if not digest_eval.REAL.is_dir() or not digest_eval.SCORER.exists():
        print("needs ../shared/digests/real and ../shared/tools/digest-score", file=sys.stderr)
        return 2
    threshold = float(argv[argv.index("--threshold") + 1]) if "--threshold" in argv else 0.4
    fitted = _real("fit") + digest_eval.corpus_pages("read")
    tried = {"dev": _real("dev")}
    if "--held" in argv:
        tried["held"] = digest_eval.corpus_pages("held")
    every = fitted + [pair for pairs in tried.values() for pair in pairs]
    with Pool(2) as pool:
        labelled = dict(pool.map(_lines_of, [(str(p), str(k)) for p, k in every], chunksize=4))
    tags = [
        t
        for t, _ in Counter(
            t for p, _ in fitted for *_, how in labelled[p.name] for t in how
        ).most_common(40)
    ]

    def table(pages: list[tuple[Path, Path]]) -> tuple[Any, Any, Any]:
        rows = [
            (label, vector + [float(t in how) for t in tags], p.name)
            for p, _ in pages
            for label, vector, how in labelled[p.name]
        ]
        return (
            np.array([r[1] for r in rows]),
            np.array([r[0] for r in rows]),
            np.array([r[2] for r in rows]),
        )

    def new_model() -> Any:
        # (more than 10,000 lines: early stopping holds out a random tenth, seeded here)
        return HistGradientBoostingClassifier(
            max_iter=300, learning_rate=0.05, min_samples_leaf=40, random_state=0
        )

    def by_lines(name: str, labels: Any, chosen: Any, groups: Any) -> None:
        right = int((labels & chosen).sum())
        wrong, missed = int((chosen & (1 - labels)).sum()), int((labels & (1 - chosen)).sum())
        exact = sum(1 for g in set(groups) if (labels[groups == g] == chosen[groups == g]).all())
        print(
            f"  {name:22s} title lines right {right:5d}, wrong {wrong:4d}, missed {missed:4d}; "
            f"pages with every line right {exact}/{len(set(groups))}"
        )

    x, y, g = table(fitted)
    chance = np.zeros(len(y))
    for train, test in GroupKFold(5).split(x, y, g):
        model = new_model().fit(x[train], y[train])
        chance[test] = model.predict_proba(x[test])[:, 1]
        _CHOOSERS.update((name, (model, tags)) for name in set(g[test]))
    print(f"fit + corpus-read, out of fold ({len(set(g))} pages)")
    by_lines("the layout rules", y, (x[:, 2] == 1).astype(int), g)
    by_lines(f"chooser at {threshold}", y, (chance >= threshold).astype(int), g)
    whole = new_model().fit(x, y)
    for name, pages in tried.items():
        xh, yh, gh = table(pages)
        _CHOOSERS.update((p.name, (whole, tags)) for p, _ in pages)
        print(f"{name} ({len(pages)} pages), the chooser fitted on all of the above")
        by_lines("the layout rules", yh, (xh[:, 2] == 1).astype(int), gh)
        by_lines(
            f"chooser at {threshold}",
            yh,
            (whole.predict_proba(xh)[:, 1] >= threshold).astype(int),
            gh,
        )
    print("end to end (digest-score): mean recall / precision / fields, pages passing")
    for name, pages in [("fit + corpus-read", fitted), *tried.items()]:
        with Pool(2) as pool:
            scores = pool.map(_chosen, [(str(p), str(k), threshold) for p, k in pages], chunksize=4)
        for label, at in (("as imported", 1), ("with the chooser", 2)):
            got = [s[at] for s in scores]
            means = " / ".join(f"{sum(s[k] for s in got) / len(got):.3f}" for k in range(3))
            passing = sum(min(s) >= 0.9 for s in got)
            print(f"  {name:18s} {label:17s} {means}, {passing} of {len(got)} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
