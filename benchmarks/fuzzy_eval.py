"""How well fuzzy search and REF resolution find what people type: a fixed query set.

Builds the library a user gets by importing the two conference lists in ../shared/data (read in
place, never copied), plus a few papers with CJK titles and alt titles written for this script,
then makes queries from 120 titles (fixed seed) the way people type them:

- lower:  the title in lower case
- typos:  a typo (swap, drop, double or change a letter) in a third of the words
- swap:   two neighbouring words swapped
- first4: the first four content words
- some70: a random 70% of the content words, in order
- cjk:    a word of a CJK title or alt title, or the whole of it

For each kind it prints search top-1 and top-5 (default --min-score) and how REF resolution
ends: right, refused (ambiguous or not found), wrong. A wrong resolution is a data-loss bug.
Every query is then tried again on the library without its paper, where any resolution is
wrong (the user means a paper that is not there).

With --min-score it measures the default of `search --min-score` instead: the scores of the
right paper for the partial queries (and for the first four words plus a word the title lacks)
against the best score of a title that does not hold every word of a real query naming a paper
that is not in the library ("segment anything"), i.e. noise.

    .venv/bin/python benchmarks/fuzzy_eval.py [--titles 120] [--seed 11] [--min-score] [--show]
    .venv/bin/python benchmarks/fuzzy_eval.py --duplicates 5000,10000,20000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from papercli import core
from papercli.errors import AmbiguousReference, PaperNotFound
from papercli.matching import SEARCH_MIN_SCORE, STOP_WORDS, TitleIndex, search
from papercli.model import Paper
from papercli.refs import resolve
from papercli.storage import open_library, writing

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
SOURCES = ("neurips2020.json", "iclr2024.json")
KINDS = ("lower", "typos", "swap", "first4", "some70", "cjk")

# Papers made up for this script: CJK titles, and CJK alt titles of made-up English titles.
CJK_PAPERS = [
    ("思维链提示激发大语言模型的推理能力", []),
    ("基于扩散模型的图像生成综述", []),
    ("面向图像识别的自监督对比学习", []),
    ("Retrieval Augmented Agents for Long Horizon Web Tasks", ["面向长程网页任务的检索增强智能体"]),
    ("Sparse Mixture of Experts for Speech Translation", ["语音翻译中的稀疏混合专家模型"]),
    ("Graph Transformers for Molecular Property Prediction", ["用于分子性质预测的图变换器"]),
]
CJK_QUERIES = [
    ("思维链", 0),
    ("激发大语言模型", 0),
    ("大语言模型的推理能力", 0),
    ("扩散模型", 1),
    ("图像生成综述", 1),
    ("图像识别", 2),
    ("自监督对比学习", 2),
    ("检索增强智能体", 3),
    ("长程网页任务", 3),
    ("稀疏混合专家", 4),
    ("语音翻译", 4),
    ("分子性质预测", 5),
    ("用于分子性质预测的图变换器", 5),
    ("思维链提示激发大语言模型的推理能力", 0),
]

# Real queries for well-known papers that are in neither list: whatever they find is noise.
NOISE_QUERIES = [
    "segment anything",
    "attention is all you need",
    "deep residual learning",
    "bert pre-training deep bidirectional transformers",
    "alphafold protein structure",
    "generative adversarial nets",
    "you only look once",
    "dropout",
    "batch normalization",
    "adam a method for stochastic optimization",
    "imagenet classification",
    "u-net biomedical image segmentation",
    "mask r-cnn",
    "word2vec",
    "layer normalization",
    "playing atari with deep reinforcement learning",
    "sequence to sequence learning",
    "neural machine translation by jointly learning to align",
    "faster r-cnn region proposal",
    "xgboost",
    "latent dirichlet allocation",
    "densely connected convolutional networks",
    "efficientnet rethinking model scaling",
    "mobilenets",
    "gpt-4 technical report",
    "llama open foundation language models",
    "chain of thought prompting elicits reasoning",
    "stable diffusion",
    "dall-e zero-shot text-to-image",
    "clip learning transferable visual",
]


def build_library(db: Path) -> list[Paper]:
    """The conference lists imported as a user would, plus the CJK papers."""
    for name in SOURCES:
        data = (DATA / name).read_bytes()
        parsed = core.parse_input(data, name, "json")
        core.import_papers(db, parsed, {}, [])
    with writing(db) as library:
        library.insert([Paper(title=t, alt_titles=list(a)) for t, a in CJK_PAPERS])
        library.label = "cjk papers"
    return open_library(db).papers()


def content_words(title: str) -> list[str]:
    return [w for w in title.split() if w.strip(":,.;!?()").lower() not in STOP_WORDS]


def typo(word: str, rng: random.Random) -> str:
    at = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "change"))
    if kind == "swap":
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    if kind == "drop":
        return word[:at] + word[at + 1 :]
    if kind == "double":
        return word[:at] + word[at] + word[at:]
    return word[:at] + rng.choice("aeiourstnl") + word[at + 1 :]


def make_query(kind: str, title: str, rng: random.Random) -> str | None:
    words = title.split()
    content = content_words(title)
    if kind == "lower":
        return title.lower()
    if kind == "typos":
        long_enough = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
        if not long_enough:
            return None
        for i in rng.sample(
            long_enough,
            max(1, round(len(words) / 3))
            if len(long_enough) >= round(len(words) / 3)
            else len(long_enough),
        ):
            words[i] = typo(words[i], rng)
        return " ".join(words)
    if kind == "swap":
        if len(words) < 2:
            return None
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
        return " ".join(words)
    if kind == "first4":
        return " ".join(content[:4]) if len(content) >= 4 else None
    if kind == "some70":
        if len(content) < 3:
            return None
        keep = sorted(rng.sample(range(len(content)), max(2, round(len(content) * 0.7))))
        return " ".join(content[i] for i in keep)
    raise ValueError(kind)


def queries(papers: list[Paper], count: int, seed: int) -> list[tuple[str, str, Paper]]:
    rng = random.Random(seed)
    english = [p for p in papers if p.title.isascii()]
    chosen = rng.sample(english, count)
    made: list[tuple[str, str, Paper]] = []
    for paper in chosen:
        for kind in KINDS[:-1]:
            query = make_query(kind, paper.title, rng)
            if query:
                made.append((kind, query, paper))
    cjk = {p.title: p for p in papers}
    for query, at in CJK_QUERIES:
        made.append(("cjk", query, cjk[CJK_PAPERS[at][0]]))
    return made


def evaluate(papers: list[Paper], made: list[tuple[str, str, Paper]], show: bool) -> int:
    index = TitleIndex(papers)
    rows: dict[str, Counter[str]] = {k: Counter() for k in (*KINDS, "all", "absent")}
    wrong = 0
    started = time.perf_counter()
    for kind, query, paper in made:
        found = search(papers, query, limit=5, index=index)
        ids = [s.paper.id for s in found]
        try:
            resolved = resolve(papers, query)
            outcome = "right" if resolved.id == paper.id else "wrong"
        except (AmbiguousReference, PaperNotFound):
            outcome = "refused"
        for row in (rows[kind], rows["all"]):
            row["n"] += 1
            row["top1"] += bool(ids) and ids[0] == paper.id
            row["top5"] += paper.id in ids
            row[outcome] += 1
        if outcome == "wrong":
            wrong += 1
        if show and (outcome != "right" or not ids or ids[0] != paper.id):
            top = f"#{ids[0]} {found[0].score}" if ids else "-"
            print(f"  {kind:7} {outcome:8} {query!r} -> top {top}; want #{paper.id} {paper.title}")
    # The same REFs on the library without their papers: any resolution is a wrong one.
    wanted = {paper.id for _, _, paper in made}
    others = [p for p in papers if p.id not in wanted]
    for kind, query, _paper in made:
        try:
            resolved = resolve(others, query)
        except (AmbiguousReference, PaperNotFound):
            outcome = "refused"
        else:
            outcome = "wrong"
            if show:
                print(f"  absent  {kind:7} {query!r} -> #{resolved.id} {resolved.title}")
        rows["absent"]["n"] += 1
        rows["absent"][outcome] += 1
        wrong += outcome == "wrong"
    seconds = time.perf_counter() - started
    print(
        f"library: {len(papers)} papers; {len(made)} queries; "
        f"{seconds / len(made) * 1000:.0f} ms per query (search + REF)\n"
    )
    print("| query | n | search top-1 | top-5 | REF right | refused | wrong |")
    print("|---|---|---|---|---|---|---|")
    for kind, row in rows.items():
        n = row["n"]
        if kind == "absent":
            print(
                f"| every query, its paper removed | {n} | - | - | - | {row['refused']} | "
                f"{row['wrong']} |"
            )
            continue
        print(
            f"| {kind} | {n} | {row['top1'] / n:.2f} | {row['top5'] / n:.2f} | "
            f"{row['right'] / n:.2f} | {row['refused']} | {row['wrong']} |"
        )
    return wrong


def measure_min_score(papers: list[Paper], made: list[tuple[str, str, Paper]]) -> None:
    index = TitleIndex(papers)
    rng = random.Random(5)
    right: list[float] = []
    extra: list[float] = []
    for kind, query, paper in made:
        if kind in ("first4", "some70", "typos", "cjk"):
            hits = search(papers, query, min_score=0, index=index)
            right.append(next((s.score for s in hits if s.paper.id == paper.id), 0.0))
        if kind == "first4":
            # People also add a word the title does not have ("... for images").
            other = rng.choice(content_words(rng.choice(papers).title) or ["images"])
            hits = search(papers, f"{query} {other}", min_score=0, index=index)
            extra.append(next((s.score for s in hits if s.paper.id == paper.id), 0.0))
    noise: list[tuple[float, str, str]] = []
    for query in NOISE_QUERIES:
        # A hit whose title holds every content word of the query is a fair answer ("segment
        # anything" finds "Personalize Segment Anything Model"); anything else is noise.
        unrelated = [s for s in search(papers, query, min_score=0, index=index) if not s.holds_all]
        if unrelated:
            noise.append((unrelated[0].score, query, unrelated[0].paper.title))
    noise.sort(reverse=True)
    print("\nnoise (best hit not holding every word of a real query): score, query, paper")
    for score, query, title in noise[:8]:
        print(f"  {score:5.1f}  {query!r} -> {title[:70]}")
    print(
        "\n| --min-score | right paper kept: partial or typo'd queries | first four words plus "
        "one the title lacks | noise queries showing noise |"
    )
    print("|---|---|---|---|")
    for cut in (40, 50, 55, 60, 65, 70, 75, 80):
        kept = sum(s >= cut for s in right) / len(right)
        kept_extra = sum(s >= cut for s in extra) / len(extra)
        hit = sum(s >= cut for s, _, _ in noise)
        print(f"| {cut} | {kept:.3f} | {kept_extra:.3f} | {hit} of {len(NOISE_QUERIES)} |")
    right.sort()
    low, percentile = right[0], right[len(right) // 100]
    print(
        f"right paper's score: lowest {low:.1f}, 1st percentile {percentile:.1f} "
        f"(of {len(right)}); default --min-score now {SEARCH_MIN_SCORE:g}"
    )


SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vas", "zel", "qua", "dor", "fin", "gra", "hup"]


def shared_prefix_titles(count: int, seed: int = 7) -> list[str]:
    """COUNT titles sharing a long prefix, each ending in four made-up words."""
    rng = random.Random(seed)
    titles: set[str] = set()
    while len(titles) < count:
        tail = " ".join("".join(rng.choice(SYLLABLES) for _ in range(4)) for _ in range(4))
        titles.add(f"Towards Robust and Efficient Learning of Sparse Representations {tail}")
    return sorted(titles)


def measure_duplicates(sizes: list[int]) -> None:
    """The import's duplicate check over titles sharing a prefix: seconds for N titles, in
    process (index built, then each title looked up and added, as an import does), and a
    whole `papercli import` of them into an empty library."""
    import json
    import subprocess

    from papercli.matching import DuplicateIndex

    papercli = Path(sys.executable).with_name("papercli")
    print("\n| titles sharing a prefix | duplicate check (CPU, in process) | papercli import |")
    print("|---|---|---|")
    for size in sizes:
        titles = shared_prefix_titles(size)
        started = time.process_time()  # CPU time: the machine may be shared
        index = DuplicateIndex(expected=titles)
        for title in titles:
            paper = Paper(title=title)
            if index.find(paper) is None:
                index.add(paper)
        check = time.process_time() - started
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "titles.json"
            source.write_text(json.dumps([{"title": t} for t in titles]))
            started = time.perf_counter()
            subprocess.run(
                [str(papercli), "--db", str(Path(tmp) / "lib.json"), "import", str(source)],
                check=True,
                capture_output=True,
            )
            whole = time.perf_counter() - started
        print(f"| {size:,} | {check:.2f} s | {whole:.2f} s |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--titles", type=int, default=120)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument(
        "--min-score",
        action="store_true",
        help="measure the default --min-score (instead of the query table)",
    )
    ap.add_argument("--show", action="store_true", help="print every miss")
    ap.add_argument(
        "--duplicates",
        default="",
        metavar="N,N",
        help="only time the duplicate check on N titles sharing a prefix",
    )
    args = ap.parse_args()
    if args.duplicates:
        measure_duplicates([int(n) for n in args.duplicates.split(",")])
        return 0
    if not all((DATA / name).exists() for name in SOURCES):
        print(f"needs the conference lists in {DATA}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        papers = build_library(Path(tmp) / "library.json")
    made = queries(papers, args.titles, args.seed)
    if args.min_score:
        measure_min_score(papers, made)
        return 0
    return 1 if evaluate(papers, made, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
