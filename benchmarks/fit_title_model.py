"""Fit the digest importer's title model on the `fit` half of ../shared/digests/real.

usage: python benchmarks/fit_title_model.py [--no-fixtures] [--no-extra] [--C 0.3]
       [--boosted [--trees 150] [--leaves 8]] [--with-dev] [--with-held] [--with-read]
       [--pages FIRST-LAST[,FIRST-LAST…]] [--fixture-weight W] [--out FILE]

Every line of every page gives candidate titles (src/papercli/importers/digest/candidates.py);
a candidate is labelled a title when it matches a title of the page's answer key the way
../shared/tools/digest-score pairs them. Two logistic regressions (scikit-learn, a test-extra
dependency) are fitted: stage 1 on each candidate's derived features, stage 2 on its stage-1
score in the context of its neighbours and of the lines of the same shape (stage-1 scores
cross-fitted by page, so that stage 2 learns from honest scores). The weights are written to
src/papercli/importers/digest/title_model.json; only feature names and numbers go there.
With --boosted, stage 1 is boosted trees and the model goes to title_trees.json: the importer
averages the two models' probabilities.
The project's own test digests (tests/data/digests) and the seed digests are added to the
fitting data unless --no-fixtures, and the even-numbered real pages of PAPERCLI_EXTRA (by
default ../shared/digests/extra; odd ones are held out) unless --no-extra; the `dev` half is
never read.

The shipped weights (stop 24) are `--with-read --fixture-weight 4`, then the same with
`--boosted`: the pages read for errors (1100 to 1489) are fitted on, and the pages written for
tests count four times over.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import digest_eval  # noqa: E402

SHARED = ROOT.parent / "shared"
EXTRA = Path(os.environ.get("PAPERCLI_EXTRA", SHARED / "digests" / "extra"))
MODEL = ROOT / "src" / "papercli" / "importers" / "digest" / "title_model.json"
TREES = MODEL.with_name("title_trees.json")


FIXTURES: set[int] = set()  # the numbers of the pages written for tests (seeds, fixtures)


def pages(use_fixtures: bool) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    folders = [SHARED / "digests" / "real" / "fit"]
    if "--with-dev" in sys.argv:
        folders.append(SHARED / "digests" / "real" / "dev")  # for a shipped fit, once chosen
    if "--no-extra" not in sys.argv:
        folders.append(EXTRA)  # more real pages, keys written first
    for text in sorted(t for folder in folders for t in folder.glob("*.txt")):
        if folder_is_extra(text) and not _fitted(int(text.stem.split("-")[0])):
            continue  # the held-out pages are never read here
        if not text.with_suffix(".json").exists():
            continue  # a page whose key is not written yet
        found.append(
            (
                text.stem,
                text.read_text(encoding="utf-8"),
                json.loads(text.with_suffix(".json").read_text()),
            )
        )
    FIXTURES.clear()
    if use_fixtures:
        FIXTURES.update(range(len(found), len(found) + 10_000))  # every page from here on
        for text in sorted((SHARED / "digests").glob("*.txt")):
            key = SHARED / "digests" / "expected" / (text.stem + ".json")
            if key.exists():
                found.append(
                    (text.stem, text.read_text(encoding="utf-8"), json.loads(key.read_text()))
                )
        for key in sorted((ROOT / "tests" / "data" / "digests").glob("*.json")):
            source = next(
                (p for p in key.parent.glob(key.stem + ".*") if p.suffix != ".json"), None
            )
            data = json.loads(key.read_text())
            if source is not None and isinstance(data, dict) and "papers" in data:
                found.append((key.stem, source.read_text(encoding="utf-8"), data))
    return found


def _fitted(number: int) -> bool:
    """Whether extra page NUMBER is fitted on: with --pages FIRST-LAST[,FIRST-LAST…] the pages
    in those ranges only; else the even ones below 1024 (odd ones and the last check, 1024 on,
    are held out), with --with-read also the pages read for errors in stops 17 to 23 (1100 to
    1489)."""
    if "--pages" in sys.argv:
        ranges = sys.argv[sys.argv.index("--pages") + 1].split(",")
        bounds = [tuple(int(n) for n in r.split("-")) for r in ranges]
        return any(first <= number <= last for first, last in bounds)
    if "--with-read" in sys.argv and 1100 <= number < 1490:
        return True
    if number >= 1024:
        return False
    return number % 2 == 0 or "--with-held" in sys.argv


def folder_is_extra(page: Path) -> bool:
    return page.parent == EXTRA and page.stem.split("-")[0].isdigit()


def close(text: str, titles: list[str]) -> bool:
    """Whether TEXT pairs with one of TITLES the way digest-score pairs them."""
    from rapidfuzz import fuzz, process

    score = SCORE
    hits = process.extract(
        score.norm(text),
        [score.norm(t) for t in titles],
        scorer=fuzz.ratio,
        score_cutoff=80,
        limit=3,
    )
    return any(score.same_title(text, titles[i]) for _, _, i in hits)


SCORE: Any = None


def _best_only(row: list[Any], labels: list[int], titles: list[str]) -> None:
    """Of a line's candidates that pass for a key title, only the closest is a title: the
    model must learn to prefer "Title" to "[Tag] Title" or "Title. A. Author et al."."""
    import difflib

    score = SCORE
    scored = []
    for k, (cand, label) in enumerate(zip(row, labels, strict=True)):
        if label == 1:
            n = score.norm(cand.text)
            sim = max(difflib.SequenceMatcher(None, n, score.norm(t)).ratio() for t in titles)
            scored.append((sim, k))
    if len(scored) < 2:
        return
    top = max(sim for sim, _ in scored)
    for sim, k in scored:
        if sim < top - 0.005:
            labels[k] = 0


def _boosted() -> Any:
    from sklearn.ensemble import HistGradientBoostingClassifier

    argv = sys.argv
    trees = int(argv[argv.index("--trees") + 1]) if "--trees" in argv else 150
    leaves = int(argv[argv.index("--leaves") + 1]) if "--leaves" in argv else 8
    return HistGradientBoostingClassifier(
        max_iter=trees,
        learning_rate=0.08,
        max_leaf_nodes=leaves,
        l2_regularization=1.0,
        random_state=0,
    )


def dump_trees(names: list[str], model: Any) -> dict[str, Any]:
    """Boosted trees over features NAMES as JSON: per tree, per node [feature name, threshold,
    left, right, value, leaf]; a value at or below the threshold goes left (absent features
    are 0)."""
    trees = []
    for (predictor,) in model._predictors:
        trees.append(
            [
                [
                    names[int(n["feature_idx"])] if not n["is_leaf"] else "",
                    round(float(n["num_threshold"]), 6),
                    int(n["left"]),
                    int(n["right"]),
                    round(float(n["value"]), 6),
                    int(n["is_leaf"]),
                ]
                for n in predictor.nodes
            ]
        )
    return {"base": round(float(model._baseline_prediction.ravel()[0]), 6), "trees": trees}


def main(argv: list[str]) -> int:
    global SCORE
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.scorer import all_candidates, context_features

    score = SCORE = digest_eval.scorer_module()
    c_value = float(argv[argv.index("--C") + 1]) if "--C" in argv else 0.3
    rows1: list[tuple[int, dict[str, float], int]] = []  # (page, features, label)
    page_data = []
    for number, (name, text, key) in enumerate(pages("--no-fixtures" not in argv)):
        lines = read_lines(text)
        cands, feats = all_candidates(lines)
        titles = [p["title"] for p in key["papers"]] + [
            p["alt_title"] for p in key["papers"] if isinstance(p.get("alt_title"), str)
        ]
        normed = {score.norm(t) for t in titles}
        optional = [score.norm(t) for t in key.get("optional", [])]
        labels: list[list[int]] = []
        for row, frow in zip(cands, feats, strict=True):
            lab_row = []
            for cand in row:
                n = score.norm(cand.text)
                if n in normed or close(cand.text, titles):
                    label = 1
                elif n in optional or any(
                    score.same_title(cand.text, t) for t in key.get("optional", [])
                ):
                    label = -1
                else:
                    label = 0
                lab_row.append(label)
            if "--best-only" in argv:
                _best_only(row, lab_row, titles)
            for f, label in zip(frow, lab_row, strict=True):
                if label >= 0:
                    rows1.append((number, f, label))
            labels.append(lab_row)
        page_data.append((name, lines, cands, feats, labels))
        print(
            f"{name}: {sum(1 for r in labels for x in r if x == 1)} positive candidates",
            file=sys.stderr,
        )
    vec1 = DictVectorizer(sparse=False)
    raw1 = vec1.fit_transform([r[1] for r in rows1])
    mean1, std1 = raw1.mean(axis=0), raw1.std(axis=0) + 1e-6
    x1 = (raw1 - mean1) / std1
    y1 = [r[2] for r in rows1]
    groups = [r[0] for r in rows1]
    # cross-fitted stage-1 logits, by page
    folds = 5
    logits: dict[int, list[float]] = {}
    import numpy as np

    garr = np.array(groups)
    # every page counts about the same, whatever its length: a 600-paper list must not drown
    # the layouts of one-paper posts
    sizes = np.bincount(garr)
    weight = 1.0 / np.sqrt(sizes[garr]) if "--flat" not in argv else np.ones(len(garr))
    if "--fixture-weight" in argv:  # the pages written for tests count this many times over
        times = float(argv[argv.index("--fixture-weight") + 1])
        weight = weight * np.where(np.isin(garr, list(FIXTURES)), times, 1.0)
    weight = weight * len(weight) / weight.sum()
    boosted = "--boosted" in argv  # stage 1 as boosted trees on the raw features
    pred = np.zeros(len(y1))
    for k in range(folds):
        test = garr % folds == k
        model = _boosted() if boosted else LogisticRegression(C=c_value, max_iter=3000)
        inputs = raw1 if boosted else x1
        model.fit(inputs[~test], np.array(y1)[~test], sample_weight=weight[~test])
        pred[test] = model.decision_function(inputs[test])

    full1 = (
        _boosted().fit(raw1, y1, sample_weight=weight)
        if boosted
        else LogisticRegression(C=c_value, max_iter=3000).fit(x1, y1, sample_weight=weight)
    )
    del logits
    # stage 2
    rows2: list[dict[str, float]] = []
    y2: list[int] = []
    w2: list[float] = []
    cursor = 0
    for number, (_name, lines, cands, feats, labels) in enumerate(page_data):
        first: list[list[float]] = []
        for row, lab_row in zip(feats, labels, strict=True):
            out = []
            for f, label in zip(row, lab_row, strict=True):
                if label >= 0:
                    out.append(float(pred[cursor]))
                    cursor += 1
                else:
                    inputs = vec1.transform([f])
                    if not boosted:
                        inputs = (inputs - mean1) / std1
                    out.append(float(full1.decision_function(inputs)[0]))
            first.append(out)
        ctx = context_features(lines, cands, first)
        for crow, lab_row in zip(ctx, labels, strict=True):
            for f, label in zip(crow, lab_row, strict=True):
                if label >= 0:
                    rows2.append(f)
                    y2.append(label)
                    w2.append(float(weight[len(w2)]))
        del number
    vec2 = DictVectorizer(sparse=False)
    raw2 = vec2.fit_transform(rows2)
    mean2, std2 = raw2.mean(axis=0), raw2.std(axis=0) + 1e-6
    x2 = (raw2 - mean2) / std2
    full2 = LogisticRegression(C=c_value, max_iter=3000).fit(x2, y2, sample_weight=w2)

    def dump(vec: Any, model: Any, mean: Any, std: Any) -> dict[str, Any]:
        """The weights on raw feature values: the standardisation folded into them."""
        names = vec.get_feature_names_out()
        weights = model.coef_[0] / std
        bias = float(model.intercept_[0] - (weights * mean).sum())
        return {
            "bias": round(bias, 5),
            "weights": {
                n: round(float(w), 5) for n, w in zip(names, weights, strict=True) if abs(w) > 1e-6
            },
        }

    model_json: dict[str, Any] = {
        "about": "Title model of the digest importer; fitted by benchmarks/fit_title_model.py.",
        "stage1": dump_trees(list(vec1.get_feature_names_out()), full1)
        if boosted
        else dump(vec1, full1, mean1, std1),
        "stage2": dump(vec2, full2, mean2, std2),
    }
    if boosted:
        model_json["share"] = 0.5  # its weight in the mean of the two models' probabilities
    else:
        model_json |= {"accept": 0.5, "uncertain": 0.3}
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else (TREES if boosted else MODEL)
    if boosted and out.resolve() == MODEL.resolve():
        print("the trees go beside the logistic model (title_trees.json), not over it")
        return 2
    out.write_text(json.dumps(model_json, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(y1)} candidates, {sum(y1)} titles; written {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
