"""Fit the title chooser (src/papercli/importers/digest/chooser.py) and measure it.

usage: python benchmarks/title_chooser.py [--threshold 0.4] [--raise-at P] [--drop-below P]
       [--held] [--write] [--lines]
       [--trees 300] [--leaves 31] [--cache FILE]

Every line that holds a candidate title after the layout rules gets the chooser's features
(chooser.FEATURES, and its best candidate's cut tags). A line is labelled a title line when
one of its candidates is a key title as digest-score pairs them. Boosted trees (scikit-learn, a
test extra) are fitted on the `fit` and `corpus-read` pages, five folds grouped by page, and
every page is scored out of fold twice: by lines (the chooser's title lines against the
rules'), and end to end (imported by the shipped code with that fold's trees as the chooser,
against the rules alone, scored by digest-score). The chooser overrules the rules only where
it is sure: a line whose chance is at least --raise-at becomes a title, an accepted line whose
chance is below --drop-below becomes uncertain (both default to --threshold; the shipped
chooser is fitted with --raise-at 1.01 --drop-below 0.2: it only drops). With --held the
chooser fitted on all those pages is also measured on `dev` and on `corpus-held` (read only to
score them). --write fits
it on all of them and writes it to the package as title_chooser.json. --lines stops after the
measures by lines. --cache FILE keeps the labelled lines of each page (by page name) in FILE,
to fit again quickly while the layout rules are unchanged (labelling takes some 20 minutes).
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
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
from fit_title_model import dump_trees  # noqa: E402

from papercli.importers.digest import chooser as chooser_stage  # noqa: E402

SHIPPED = HERE.parent / "src" / "papercli" / "importers" / "digest" / "title_chooser.json"
Labelled = tuple[int, list[float], set[str]]
_CHOOSERS: dict[str, dict[str, Any]] = {}  # page name -> chooser, set before the pool forks


def _import(
    page: Path,
    chooser: dict[str, Any] | None,
    seen: Callable[[list[Any], list[list[Any]], list[list[Any]], float], None] | None = None,
) -> Any:
    """parse_digest on PAGE with CHOOSER as the shipped chooser (None: the rules alone); SEEN,
    when given, is handed the lines and candidates the chooser would see, and nothing is
    chosen."""
    from papercli.importers.digest import parse_digest

    load, choose = chooser_stage.load_chooser, chooser_stage.choose_titles

    def look(lines: Any, before: Any, after: Any, accept: float, _chooser: Any) -> None:
        assert seen is not None
        seen(lines, before, after, accept)

    chooser_stage.load_chooser = lambda: {"seen": True} if seen else chooser  # type: ignore[assignment]
    if seen:
        chooser_stage.choose_titles = look  # type: ignore[assignment]
    try:
        return parse_digest(page.read_text(encoding="utf-8"))
    finally:
        chooser_stage.load_chooser, chooser_stage.choose_titles = load, choose  # type: ignore[method-assign]


def _lines_of(job: tuple[str, str]) -> tuple[str, list[Labelled]]:
    """Each candidate line of a page as the rules leave it: its label, features and cut."""
    page, key = Path(job[0]), json.loads(Path(job[1]).read_text(encoding="utf-8"))
    same = digest_eval.scorer_module().same_title
    out: list[Labelled] = []

    def label(lines: Any, before: Any, after: Any, accept: float) -> None:
        rows = chooser_stage.title_lines(lines, before, after)
        for row, vector in zip(rows, chooser_stage.line_vectors(rows, accept), strict=True):
            texts = [c.text for c in row.kept or row.found]
            right = any(same(p["title"], c) for p in key["papers"] for c in texts)
            if not right and any(same(t, c) for t in key.get("optional", []) for c in texts):
                continue  # an optional title: neither right nor wrong
            out.append((int(right), vector, row.best.how))

    _import(page, None, label)
    return page.name, out


def _chosen(job: tuple[str, str]) -> tuple[str, tuple[float, ...], tuple[float, ...]]:
    """A page's digest-score as the rules alone import it, and with its chooser."""
    page, key = Path(job[0]), Path(job[1])
    want = json.loads(key.read_text(encoding="utf-8"))
    score = digest_eval.scorer_module().score
    as_is = [p.to_dict() for p in _import(page, None).papers]
    chosen = [p.to_dict() for p in _import(page, _CHOOSERS[page.name]).papers]
    return page.name, tuple(score(want, as_is)[:3]), tuple(score(want, chosen)[:3])


def _real(split: str) -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix(".json")) for p in sorted((digest_eval.REAL / split).glob("*.txt"))]


def _option(argv: list[str], name: str, default: float) -> float:
    return float(argv[argv.index(name) + 1]) if name in argv else default


def main(argv: list[str]) -> int:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.model_selection import GroupKFold

    if not digest_eval.REAL.is_dir() or not digest_eval.SCORER.exists():
        print("needs ../shared/digests/real and ../shared/tools/digest-score", file=sys.stderr)
        return 2
    threshold = _option(argv, "--threshold", 0.4)
    raise_at = _option(argv, "--raise-at", threshold)
    drop_below = _option(argv, "--drop-below", threshold)
    fitted = _real("fit") + digest_eval.corpus_pages("read")
    tried = {"dev": _real("dev")}
    if "--held" in argv:
        tried["held"] = digest_eval.corpus_pages("held")
    every = fitted + [pair for pairs in tried.values() for pair in pairs]
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    labelled: dict[str, list[Labelled]] = {}
    if cache and cache.exists():
        for name, rows in json.loads(cache.read_text()).items():
            labelled[name] = [(label, vector, set(how)) for label, vector, how in rows]
    todo = [(str(p), str(k)) for p, k in every if p.name not in labelled]
    with Pool(2) as pool:
        labelled.update(pool.map(_lines_of, todo, chunksize=1))
    if cache:
        rows = {n: [(lab, vec, sorted(how)) for lab, vec, how in r] for n, r in labelled.items()}
        cache.write_text(json.dumps(rows))
    tags = [
        t
        for t, _ in Counter(
            t for p, _ in fitted for *_, how in labelled[p.name] for t in how
        ).most_common(40)
    ]
    names = [*chooser_stage.FEATURES, *(f"how:{t}" for t in tags)]

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

    def fit(x: Any, y: Any) -> dict[str, Any]:
        # (more than 10,000 lines: early stopping holds out a random tenth, seeded here)
        model = HistGradientBoostingClassifier(
            max_iter=int(_option(argv, "--trees", 300)),
            max_leaf_nodes=int(_option(argv, "--leaves", 31)),
            learning_rate=0.05,
            min_samples_leaf=40,
            random_state=0,
        ).fit(x, y)
        return {
            "raise_at": raise_at,
            "drop_below": drop_below,
            "tags": tags,
            **dump_trees(names, model),
        }

    def chances(chooser: dict[str, Any], x: Any) -> Any:
        from papercli.importers.digest.scorer import boosted, sigmoid

        return np.array([sigmoid(boosted(chooser, dict(zip(names, v, strict=True)))) for v in x])

    def decided(rules: Any, chance: Any) -> Any:
        """The title lines once the chooser overrules the rules where it is sure."""
        return np.where(chance >= raise_at, 1, np.where(chance < drop_below, 0, rules))

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
        fold = fit(x[train], y[train])
        chance[test] = chances(fold, x[test])
        _CHOOSERS.update((name, fold) for name in set(g[test]))
    print(f"fit + corpus-read, out of fold ({len(set(g))} pages)")
    by_lines("the layout rules", y, (x[:, 2] == 1).astype(int), g)
    by_lines(f"chooser {raise_at}/{drop_below}", y, decided(x[:, 2] == 1, chance).astype(int), g)
    whole = fit(x, y)
    print(f"the chooser fitted on all: {len(whole['trees'])} trees")
    if "--write" in argv:
        about = (
            f"benchmarks/title_chooser.py on {len(set(g))} pages (fit + corpus-read), "
            f"{len(y)} lines"
        )
        SHIPPED.write_text(json.dumps({"about": about, **whole}, separators=(",", ":")) + "\n")
        print(f"wrote {SHIPPED}")
    for name, pages in tried.items():
        xh, yh, gh = table(pages)
        _CHOOSERS.update((p.name, whole) for p, _ in pages)
        print(f"{name} ({len(pages)} pages), the chooser fitted on all of the above")
        by_lines("the layout rules", yh, (xh[:, 2] == 1).astype(int), gh)
        chosen = decided(xh[:, 2] == 1, chances(whole, xh)).astype(int)
        by_lines(f"chooser {raise_at}/{drop_below}", yh, chosen, gh)
    if "--lines" in argv:
        return 0
    print("end to end (digest-score): mean recall / precision / fields, pages passing")
    for name, pages in [("fit + corpus-read", fitted), *tried.items()]:
        with Pool(2) as pool:
            scores = pool.map(_chosen, [(str(p), str(k)) for p, k in pages], chunksize=4)
        for label, at in (("the rules alone", 1), ("with the chooser", 2)):
            got = [s[at] for s in scores]
            means = " / ".join(f"{sum(s[k] for s in got) / len(got):.3f}" for k in range(3))
            passing = sum(min(s) >= 0.9 for s in got)
            print(f"  {name:18s} {label:17s} {means}, {passing} of {len(got)} pass")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
