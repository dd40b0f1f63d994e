"""Score the digest importer on the real pages in ../shared/digests/real (fit and dev halves).

usage: python benchmarks/digest_eval.py [fit] [dev] [extra-fit] [extra-held] [extra-final]
       [extra-fresh] [extra-fresh2 … extra-fresh15] [extra-read15] [extra-fresh26]
       [extra-read38] [extra-fresh27] [corpus-held] [corpus-fresh] [corpus-read] [--fast]
       [--seeds] [-v]

Each page is imported the way a user would (`papercli import PAGE --format digest --dry-run
--json`, with this worktree's .venv) and scored with ../shared/tools/digest-score. Prints each
page's recall, precision, fields and import time, then per half the means and how many pages
reach 0.9 on all three. --fast parses in-process instead (same parser, no CLI start-up, no
duplicate check against a library); -v prints the scorer's misses; --seeds scores the three
seed digests against ../shared/digests/expected. corpus-held, corpus-fresh (this stop's new
pages, measured with its start and end commits only) and corpus-read score the pages of
PAPERCLI_EXTRA against the keys kept in this project (benchmarks/corpus/keys), split as
benchmarks/corpus/splits.json says; a key whose page is gone is listed as to be gathered again
from benchmarks/corpus/SOURCES.md.
The pages are read from ../shared (and PAPERCLI_EXTRA) only; nothing of them is copied into
the project.
"""

from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PAPERCLI_SHARED", ROOT.parent / "shared"))
REAL = SHARED / "digests" / "real"
SCORER = SHARED / "tools" / "digest-score"
PAPERCLI = ROOT / ".venv" / "bin" / "papercli"
NEW = "--new" in sys.argv
_SCORES = re.compile(r"recall\s+([\d.]+)\s+precision\s+([\d.]+)\s+fields\s+([\d.]+)")


@functools.cache
def scorer_module() -> ModuleType:
    """../shared/tools/digest-score loaded as a module (its file has no .py suffix)."""
    loader = importlib.machinery.SourceFileLoader("digest_score", str(SCORER))
    spec = importlib.util.spec_from_loader("digest_score", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def import_page(page: Path, fast: bool, tmp: str) -> tuple[list[dict[str, object]], float]:
    """The papers a dry-run import of PAGE prints, and the seconds it took."""
    start = time.perf_counter()
    if fast:
        sys.path.insert(0, str(ROOT / "src"))
        from papercli.importers import decode_input, parse

        text = decode_input(page.read_bytes(), page.name)  # as the command reads a file
        if NEW:
            from papercli.importers.digest import parse_digest

            result = parse_digest(text, page.name)
        else:
            result = parse(text, "digest", page.name)
        papers = [p.to_dict() for p in result.papers]
        return papers, time.perf_counter() - start
    env = dict(os.environ, PAPERCLI_DB=os.path.join(tmp, "lib.json"))
    run = subprocess.run(
        [str(PAPERCLI), "import", str(page), "--format", "digest", "--dry-run", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    elapsed = time.perf_counter() - start
    try:
        got = json.loads(run.stdout) if run.stdout.strip() else []
    except ValueError:
        got = []
    return got, elapsed


def score_page(key: Path, papers: list[dict[str, object]], tmp: str) -> tuple[float, ...]:
    """(recall, precision, fields) and the scorer's miss lines."""
    out = os.path.join(tmp, "out.json")
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(papers, handle)
    run = subprocess.run(
        [sys.executable, str(SCORER), str(key), out], capture_output=True, text=True
    )
    match = _SCORES.search(run.stdout)
    score_page.misses = run.stdout  # type: ignore[attr-defined]
    return tuple(map(float, match.groups())) if match else (0.0, 0.0, 0.0)


def evaluate(pages: list[tuple[Path, Path]], label: str, fast: bool, verbose: bool) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for page, key in pages:
            papers, seconds = import_page(page, fast, tmp)
            r, p, f = score_page(key, papers, tmp)
            rows.append((r, p, f, seconds))
            mark = "ok" if min(r, p, f) >= 0.9 else "  "
            print(
                f"{label} {mark} {page.stem[:44]:44s} n={len(papers):4d} "
                f"R={r:.2f} P={p:.2f} F={f:.2f} {seconds:6.2f}s"
            )
            if verbose:
                print(score_page.misses)  # type: ignore[attr-defined]
    n = len(rows) or 1
    means = [sum(row[i] for row in rows) / n for i in range(4)]
    passing = sum(1 for row in rows if min(row[:3]) >= 0.9)
    print(
        f"{label}: {len(rows)} pages; recall {means[0]:.2f} precision {means[1]:.2f} "
        f"fields {means[2]:.2f}; pass {passing}/{len(rows)}; mean time {means[3]:.2f}s"
    )


# more real pages with keys written before import, kept outside the project (PAPERCLI_EXTRA,
# by default ../shared/digests/extra): even numbers are read for errors, odd numbers are held
# out and only measured, pages numbered from FINAL on are the last check (only measured,
# at the start and the end of a stop), those from FRESH on were gathered in stop 17 to check
# its model change (measured once before any was read; read for errors since), and those
# from FRESH2 on in stop 18 (measured once, at its end; read since), and those from FRESH3 on
# in stop 19 (measured at its start and its end, never read), and those from FRESH4 on in stop
# 20 (measured with its start and its end commit, never read), and those from FRESH5 on in stop
# 21 (the same), those from FRESH6 on at the start of stop 22 (measured at its start, then
# read), and those from FRESH7 on later in stop 22 (measured, never read in it; read in stop
# 23), and those from FRESH8 on at the start of stop 23 (measured, then read at its end), and
# those from FRESH9 on late in stop 23 (measured, never read in it; read in stop 24), and those
# from FRESH10 on at the start of stop 24 (measured, never read; read in stop 25), and those from
# FRESH11 on late in stop 24 (measured with its start and its end commit; read in stop 25), and
# those from FRESH12 on at the start of stop 25 (measured, never read), and those from FRESH13 on
# late in stop 25 (measured with its start and its end commit, never read), and those from
# FRESH14 on in stop 26 (measured with its start and its end commit, never read). Stop 27
# started without that corpus (it lived outside the project and was gone) and gathered a new
# one: pages from FRESH15 on are held out (measured with its start and its end commit, never
# read), those from READ15 on were read for errors
EXTRA = Path(os.environ.get("PAPERCLI_EXTRA", SHARED / "digests" / "extra"))
FINAL = 1024
FRESH = 1100
FRESH2 = 1200
FRESH3 = 1300
FRESH4 = 1340
FRESH5 = 1372
FRESH6 = 1400
FRESH7 = 1430
FRESH8 = 1460
FRESH9 = 1490
FRESH10 = 1520
FRESH11 = 1550
FRESH12 = 1580
FRESH13 = 1610
FRESH14 = 1640
FRESH15 = 2000
READ15 = 2100
# stop 38 lost that corpus too and gathered into ../shared/digests/extra itself: from FRESH26
# held out (measured with its start and its end commit, never read), from READ38 read for
# errors, from FRESH27 held out (gathered mid-stop, measured with a copy of its start commit)
FRESH26 = 3300
READ38 = 3400
FRESH27 = 3600
HALVES: dict[str, tuple[Path, int | None]] = {
    "fit": (REAL / "fit", None),
    "dev": (REAL / "dev", None),
    "extra-fit": (EXTRA, 0),
    "extra-held": (EXTRA, 1),
    "extra-final": (EXTRA, 2),
    "extra-fresh": (EXTRA, 3),
    "extra-fresh2": (EXTRA, 4),
    "extra-fresh3": (EXTRA, 5),
    "extra-fresh4": (EXTRA, 6),
    "extra-fresh5": (EXTRA, 7),
    "extra-fresh6": (EXTRA, 8),
    "extra-fresh7": (EXTRA, 9),
    "extra-fresh8": (EXTRA, 10),
    "extra-fresh9": (EXTRA, 11),
    "extra-fresh10": (EXTRA, 12),
    "extra-fresh11": (EXTRA, 13),
    "extra-fresh12": (EXTRA, 14),
    "extra-fresh13": (EXTRA, 15),
    "extra-fresh14": (EXTRA, 16),
    "extra-fresh15": (EXTRA, 17),
    "extra-read15": (EXTRA, 18),
    "extra-fresh26": (EXTRA, 19),
    "extra-read38": (EXTRA, 20),
    "extra-fresh27": (EXTRA, 21),
}


def _parity(page: Path) -> int:
    """0 for an extra page read for errors (even number), 1 for a held-out one (odd), 2 for
    the last check, 3 for the pages of stop 17, 4 for those of stop 18, 5 for stop 19's, 6 for
    stop 20's, 7 for stop 21's, 8 and 9 for stop 22's, 10 and 11 for stop 23's, 12 and 13 for
    stop 24's, 14 and 15 for stop 25's, 16 for stop 26's, 17 and 18 for stop 27's, 19 to 21 for
    stop 38's."""
    number = page.stem.split("-")[0]
    if not number.isdigit():
        return 0
    if int(number) >= FRESH27:
        return 21
    if int(number) >= READ38:
        return 20
    if int(number) >= FRESH26:
        return 19
    if int(number) >= READ15:
        return 18
    if int(number) >= FRESH15:
        return 17
    if int(number) >= FRESH14:
        return 16
    if int(number) >= FRESH13:
        return 15
    if int(number) >= FRESH12:
        return 14
    if int(number) >= FRESH11:
        return 13
    if int(number) >= FRESH10:
        return 12
    if int(number) >= FRESH9:
        return 11
    if int(number) >= FRESH8:
        return 10
    if int(number) >= FRESH7:
        return 9
    if int(number) >= FRESH6:
        return 8
    if int(number) >= FRESH5:
        return 7
    if int(number) >= FRESH4:
        return 6
    if int(number) >= FRESH3:
        return 5
    if int(number) >= FRESH2:
        return 4
    if int(number) >= FRESH:
        return 3
    return 2 if int(number) >= FINAL else int(number) % 2


CORPUS = ROOT / "benchmarks" / "corpus"


def corpus_pages(split: str) -> list[tuple[Path, Path]]:
    """(page, key) pairs of one split of the kept keys; keys whose page is gone are listed."""
    ranges = json.loads((CORPUS / "splits.json").read_text())[split]
    pairs, gone = [], []
    for key in sorted((CORPUS / "keys").glob("*.json")):
        number = int(key.stem.split("-")[0])
        if not any(first <= number <= last for first, last in ranges):
            continue
        page = EXTRA / (key.stem + ".txt")
        (pairs if page.exists() else gone).append((page, key))
    if gone:
        print(f"{len(gone)} pages of corpus-{split} to gather again (SOURCES.md):")
        print("  " + " ".join(page.stem for page, _ in gone))
    return pairs


def main(argv: list[str]) -> int:
    if not REAL.is_dir() or not SCORER.exists():
        print(f"no corpus at {REAL}: nothing to evaluate")
        return 0
    fast, verbose = "--fast" in argv, "-v" in argv
    args = [a for a in argv if not a.startswith("-")]
    halves = [a for a in args if a in HALVES]
    only = [a for a in args if a not in HALVES and not a.startswith("corpus-")]
    if "--seeds" in argv:
        seeds = sorted((SHARED / "digests").glob("*.txt"))
        expected = SHARED / "digests" / "expected"
        pairs = [(p, expected / (p.stem + ".json")) for p in seeds]
        evaluate([pair for pair in pairs if pair[1].exists()], "seed", fast, verbose)
        if not halves:
            return 0
    for split in ("held", "fresh", "read"):
        if f"corpus-{split}" in args:
            evaluate(corpus_pages(split), f"corpus-{split}", fast, verbose)
    if any(a.startswith("corpus-") for a in args) and not halves:
        return 0
    for half in halves or ["fit", "dev"]:
        folder, parity = HALVES[half]
        pages = [p for p in sorted(folder.glob("*.txt")) if parity is None or _parity(p) == parity]
        if only:
            pages = [p for p in pages if any(o in p.stem for o in only)]
        evaluate([(p, p.with_suffix(".json")) for p in pages], half, fast, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
