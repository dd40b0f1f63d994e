"""Check that re-gathered corpus pages still give their keys.

usage: python benchmarks/corpus_check.py [FIRST-LAST ...] [--quiet]

For each key in benchmarks/corpus/keys (optionally only page numbers in the given ranges),
says whether its page is in PAPERCLI_EXTRA (default ../shared/digests/extra) and how many of the
key's titles occur in the page text, compared with case, spaces and punctuation ignored. A
page re-obtained from SOURCES.md that finds fewer than all its titles is likely a different
text than the one the key was written from. Prints one line per page that is missing or short,
then totals; --quiet prints only the totals. Prints no title and no page text.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = ROOT / "benchmarks" / "corpus" / "keys"
EXTRA = Path(os.environ.get("PAPERCLI_EXTRA", ROOT.parent / "shared" / "digests" / "extra"))
_NOT_WORD = re.compile(r"[\W_]+")


def squash(text: str) -> str:
    """TEXT without case, spaces, punctuation or markdown escapes."""
    return _NOT_WORD.sub("", text.casefold())


def in_ranges(number: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether NUMBER falls in one of RANGES (all numbers when there are none)."""
    return not ranges or any(low <= number <= high for low, high in ranges)


def check(key: Path) -> tuple[int, int] | None:
    """(titles found on the page, titles in the key), or None when the page is absent."""
    page = EXTRA / (key.stem + ".txt")
    if not page.exists():
        return None
    text = squash(page.read_text(encoding="utf-8", errors="replace"))
    titles = [p["title"] for p in json.loads(key.read_text(encoding="utf-8"))["papers"]]
    return sum(squash(t) in text for t in titles), len(titles)


def main(argv: list[str]) -> int:
    ranges = [(int(a.split("-")[0]), int(a.split("-")[-1])) for a in argv if a[:1].isdigit()]
    quiet = "--quiet" in argv
    missing = short = whole = 0
    for key in sorted(KEYS.glob("*.json")):
        if not in_ranges(int(key.stem.split("-")[0]), ranges):
            continue
        result = check(key)
        if result is None:
            missing += 1
            if not quiet:
                print(f"missing  {key.stem}")
        elif result[0] < result[1]:
            short += 1
            if not quiet:
                print(f"short    {key.stem}: {result[0]} of {result[1]} titles on the page")
        else:
            whole += 1
    print(f"{whole} pages give all their titles, {short} fewer, {missing} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
