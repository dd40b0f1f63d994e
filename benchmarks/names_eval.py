#!/usr/bin/env python3
"""Measure the name-list parser and the venue/year finder on the real digest pages.

For every paper of the answer keys in ../shared/digests/real/{fit,dev}/*.json:

- authors (papers whose key has authors): the page line holding the most of the key's
  surnames (the first author's among them; the one nearest the paper's title on a tie) is cut
  to the cell that holds the first author (table ``|``, ``<br>``) and, on the left, at the last
  delimiter before the first author (``:``, ``**``, `` - ``, ``by``, ``(``, ``. `` ...), which is
  what an importer hands the parser; the right end is the cell's end, so trailing venue, year,
  links and affiliations stay in. ``parse_names`` of that span is compared with the key:
  exact list, first author right, and the digest scorer's rule (every key name present).
- venue / year (papers whose key states them): the record's text (the title's line and the
  lines after it up to a blank line or the next paper), else the nearest heading above, else
  the page's first lines; ``find_venue_year`` is compared with the key by the digest scorer's
  rules (venue by whole words, year exactly).

The old digest importer's author parser is measured on the same spans when it is importable.
The page text stays in ../shared: nothing is copied into the project.

Usage::

    .venv/bin/python benchmarks/names_eval.py              # fit and dev summaries
    .venv/bin/python benchmarks/names_eval.py --show 30    # also 30 misses per split
    .venv/bin/python benchmarks/names_eval.py --split fit --pages 302,308
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from papercli.importers.names import parse_names  # noqa: E402
from papercli.importers.venues import (  # noqa: E402
    find_venue_year,
    heading_venue_year,
    page_venue_year,
)

REAL = ROOT.parent / "shared" / "digests" / "real"


# --------------------------------------------------------------------------------------------
# The digest scorer's comparisons (../shared/tools/digest-score), restated


def norm(text: object) -> str:
    out = unicodedata.normalize("NFKC", str(text or "")).lower()
    out = re.sub(r"[\u2010-\u2015\u2212]+", "-", out)
    out = re.sub(r"[\"'`\u2018\u2019\u201c\u201d]", "", out)
    out = re.sub(r"\s*-+\s*", " - ", out)
    out = re.sub(r"\s+", " ", out)
    return out.strip(" .:;,")


def words(text: object) -> str:
    return re.sub(r"[^\w]+", " ", norm(text)).strip()


def venue_ok(want: str, got: str | None) -> bool:
    w, g = words(want), words(got)
    return bool(w and g) and (
        re.search(rf"\b{re.escape(w)}\b", g) is not None
        or re.search(rf"\b{re.escape(g)}\b", w) is not None
    )


def year_ok(want: object, got: int | None, got_venue: str | None) -> bool:
    try:
        if got is not None and int(got) == int(str(want)):
            return True
    except ValueError:
        pass
    return str(want) in str(got_venue or "")


# --------------------------------------------------------------------------------------------
# Finding the raw text

_CJK = re.compile(r"[\u3400-\u9fff]")
_CELL = re.compile(r"\\?\||<br\s*/?>", re.IGNORECASE)
_LEFT_DELIMITER = re.compile(
    r"\*\*|__|(?<![\w*])[*_](?=\S)|:|：|\s[-–—]\s|\bby\b|[(（\[\]\"“”]|\)|，|。|\.\s|;\s"
)


def surname(name: str) -> str:
    if _CJK.search(name):
        return name
    if "," in name:
        return name.split(",")[0].strip()
    tokens = [t for t in name.split() if t.lower().strip(".") not in ("jr", "sr", "ii", "iii")]
    return tokens[-1] if tokens else name


def find(haystack: str, needle: str) -> int:
    if _CJK.search(needle):
        return haystack.find(needle)
    match = re.search(rf"(?<![^\W\d_]){re.escape(needle)}(?![^\W\d_])", haystack)
    return match.start() if match else -1


def title_line(normed: list[str], title: str) -> int:
    key = norm(title)[:40]
    for i, line in enumerate(normed):
        if key and key in line:
            return i
    return -1


def author_span(lines: list[str], authors: list[str], near: int) -> str | None:
    surnames = [surname(a) for a in authors]
    best: tuple[tuple[int, int, int], int] | None = None
    for i, line in enumerate(lines):
        if find(line, surnames[0]) < 0:
            continue
        hits = sum(find(line, s) >= 0 for s in surnames)
        rank = (hits, -abs(i - near) if near >= 0 else 0, -i)
        if best is None or rank > best[0]:
            best = (rank, i)
    if best is None:
        return None
    line = lines[best[1]]
    first = authors[0]
    start = _first_author_start(line, first, surnames[0])
    cell_start = 0
    cell_end = len(line)
    for cut in _CELL.finditer(line):
        if cut.end() <= start:
            cell_start = cut.end()
        elif cut.start() >= start:
            cell_end = cut.start()
            break
    left = cell_start
    for delim in _LEFT_DELIMITER.finditer(line, cell_start, start):
        left = delim.end()
    while left > cell_start and line[left - 1] in "[*_":  # "[Name](link)", "**Name**"
        left -= 1
    span = line[left:cell_end].strip()
    following = best[1] + 1
    if re.search(r"(?:,|\band|&|\()\s*$", span) and following < len(lines):
        span = f"{span} {lines[following].strip()}"  # a list wrapped onto the next line
    return span


def _first_author_start(line: str, first: str, last: str) -> int:
    tokens = [t for t in re.split(r"[\s,]+", first) if t]
    candidates = [find(line, t) for t in tokens if len(t.strip(".")) >= 1]
    position = find(line, last)
    nearby = [c for c in candidates if c >= 0 and abs(c - position) <= len(first) + 4]
    return min(nearby) if nearby else max(position, 0)


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s|^\s*\*\*[^*]{2,80}\*\*\s*$")


def record_texts(lines: list[str], at: int, titles: set[int]) -> list[str]:
    """The record's own text, the headings above it (nearest first), the page's first lines.

    The record runs from its title's line up to a blank line, the next located title or the
    next item at the same or a shallower indent (bullet, number, table row, heading).
    """
    indent = len(lines[at]) - len(lines[at].lstrip())
    own = [lines[at]]
    for i in range(at + 1, min(at + 6, len(lines))):
        line = lines[i]
        if not line.strip() or i in titles:
            break
        if _ITEM.match(line) and len(line) - len(line.lstrip()) <= indent:
            break
        own.append(line)
    headings = [lines[i] for i in range(at - 1, -1, -1) if _HEADING.match(lines[i])]
    return ["\n".join(own), *headings, "\n".join(lines[:5])]


_ITEM = re.compile(r"^\s*(?:[-*+•]\s|\d{1,4}[.)、]\s*|#|\|)")


# --------------------------------------------------------------------------------------------
# Measuring


@dataclass
class Tally:
    total: int = 0
    located: int = 0
    exact: int = 0
    first: int = 0
    scorer: int = 0
    old_exact: int = 0
    misses: list[str] = field(default_factory=list)

    def rate(self, value: int) -> str:
        return f"{value / self.located:.3f}" if self.located else "-"


@dataclass
class VenueTally:
    venues: int = 0
    venue_right: int = 0
    years: int = 0
    year_right: int = 0
    unstated: int = 0  # papers whose key states no venue
    invented: int = 0  # ... for which a venue was found anyway
    misses: list[str] = field(default_factory=list)


def old_parser() -> Callable[[str], list[str]] | None:
    try:
        from papercli.importers import digest

        parse = digest._parse_authors  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    return lambda text: list(parse(text, labelled=True))


@dataclass
class Clock:
    """CPU time (this process only, so other load on the machine counts little) and calls."""

    names: float = 0.0
    name_calls: int = 0
    venues: float = 0.0
    venue_calls: int = 0

    def per_call(self) -> str:
        names = self.names / max(self.name_calls, 1) * 1e6
        venues = self.venues / max(self.venue_calls, 1) * 1e6
        return f"{names:.0f} / {venues:.0f} µs"


def evaluate(split: str, pages: set[str] | None) -> tuple[Tally, VenueTally, Clock]:
    names, venues = Tally(), VenueTally()
    old = old_parser()
    clock = Clock()
    for key_path in sorted((REAL / split).glob("*.json")):
        if pages and key_path.name.split("-")[0] not in pages:
            continue
        key = json.loads(key_path.read_text(encoding="utf-8"))
        lines = key_path.with_suffix(".txt").read_text(encoding="utf-8").splitlines()
        normed = [norm(line) for line in lines]
        rows = {id(p): title_line(normed, p["title"]) for p in key["papers"]}
        title_rows = {i for i in rows.values() if i >= 0}
        for paper in key["papers"]:
            at = rows[id(paper)]
            authors = paper.get("authors") or []
            if authors:
                names.total += 1
                span = author_span(lines, authors, at)
                if span is not None:
                    names.located += 1
                    began = time.process_time()
                    got = parse_names(span)
                    clock.names += time.process_time() - began
                    clock.name_calls += 1
                    want = [norm(a) for a in authors]
                    have = [norm(g) for g in got]
                    names.exact += have == want
                    names.first += bool(have) and have[0] == want[0]
                    names.scorer += bool(want) and all(w in set(have) for w in want)
                    if old is not None:
                        names.old_exact += [norm(g) for g in old(span)] == want
                    if have != want:
                        names.misses.append(
                            f"{key_path.stem[:30]:30} {span[:110]!r}\n{'':31}got  {got}\n"
                            f"{'':31}want {authors}"
                        )
            if at >= 0:
                texts = record_texts(lines, at, title_rows)
                began = time.process_time()
                venue, year = find_venue_year(texts[0])
                clock.venues += time.process_time() - began
                clock.venue_calls += 1
                for heading in texts[1:-1]:  # the headings above, nearest first
                    if venue and year:
                        break
                    heading_venue, heading_year = heading_venue_year(heading)
                    venue, year = venue or heading_venue, year or heading_year
                intro_venue, intro_year = page_venue_year(texts[-1])
                if intro_venue:
                    venue, year = venue or intro_venue, year or intro_year
                if not paper.get("venue"):
                    venues.unstated += 1
                    venues.invented += venue is not None
                    if venue is not None:
                        venues.misses.append(
                            f"{key_path.stem[:30]:30} venue got {venue!r} want none"
                            f" in {texts[0][:100]!r}"
                        )
                if paper.get("venue"):
                    venues.venues += 1
                    ok = venue_ok(paper["venue"], venue)
                    venues.venue_right += ok
                    if not ok:
                        venues.misses.append(
                            f"{key_path.stem[:30]:30} venue got {venue!r} want {paper['venue']!r}"
                            f" in {texts[0][:100]!r}"
                        )
                if paper.get("year"):
                    venues.years += 1
                    ok = year_ok(paper["year"], year, venue)
                    venues.year_right += ok
                    if not ok:
                        venues.misses.append(
                            f"{key_path.stem[:30]:30} year got {year!r} want {paper['year']!r}"
                            f" in {texts[0][:100]!r}"
                        )
    return names, venues, clock


def title_words(split: str = "fit", min_titles: int = 2) -> list[str]:
    """Words of the key titles of SPLIT (in MIN_TITLES or more) that no key author name has.

    The vocabulary names.py ships as ``_TITLE_WORDS`` (print it with ``--title-words``): a
    span made of these words is a title or a phrase, not a name.
    """
    counts: dict[str, int] = {}
    name_tokens: set[str] = set()
    for key_path in sorted((REAL / split).glob("*.json")):
        for paper in json.loads(key_path.read_text(encoding="utf-8"))["papers"]:
            for word in set(re.findall(r"[a-z]+", paper["title"].lower())):
                counts[word] = counts.get(word, 0) + 1
            for name in paper.get("authors") or []:
                name_tokens.update(re.findall(r"[^\W\d_]+", name.lower()))
    return sorted(
        w for w, n in counts.items() if n >= min_titles and len(w) >= 2 and w not in name_tokens
    )


def title_false_positives(split: str) -> tuple[int, int]:
    """(key titles that parse as a name list, key titles)."""
    hits = total = 0
    for key_path in sorted((REAL / split).glob("*.json")):
        for paper in json.loads(key_path.read_text(encoding="utf-8"))["papers"]:
            total += 1
            hits += bool(parse_names(paper["title"]))
    return hits, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=["fit", "dev", "both"], default="both")
    parser.add_argument("--show", type=int, default=0, help="misses to print per split")
    parser.add_argument("--pages", default="", help="page numbers, comma-separated")
    parser.add_argument("--title-words", action="store_true", help="print the fitted vocabulary")
    args = parser.parse_args()
    if not REAL.is_dir():
        print(f"no real digest corpus at {REAL}", file=sys.stderr)
        return 1
    if args.title_words:
        import textwrap

        print(textwrap.fill(" ".join(title_words()), width=92))
        return 0
    pages = {p.strip() for p in args.pages.split(",") if p.strip()} or None
    splits = ["fit", "dev"] if args.split == "both" else [args.split]
    print(
        "| split | papers with authors | span found | exact list | first author | "
        "scorer rule | old parser exact | titles read as names | venue right | year right | "
        "venue where key has none | CPU a call (names / venues) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    parse_names('B. Sch\\"{a}fl')  # warm-up: imports and compiled patterns are not timed
    find_venue_year("Advances in Neural Information Processing Systems")
    shown: list[tuple[str, Tally, VenueTally]] = []
    for split in splits:
        names, venues, clock = evaluate(split, pages)
        titles_wrong, titles = title_false_positives(split)
        venue_rate = f"{venues.venue_right / venues.venues:.3f}" if venues.venues else "-"
        year_rate = f"{venues.year_right / venues.years:.3f}" if venues.years else "-"
        print(
            f"| {split} | {names.total} | {names.located} | {names.rate(names.exact)} | "
            f"{names.rate(names.first)} | {names.rate(names.scorer)} | "
            f"{names.rate(names.old_exact)} | {titles_wrong}/{titles} | "
            f"{venue_rate} ({venues.venues}) | "
            f"{year_rate} ({venues.years}) | {venues.invented}/{venues.unstated} | "
            f"{clock.per_call()} |"
        )
        shown.append((split, names, venues))
    if args.show:
        for split, names, venues in shown:
            print(f"\n## {split}: author misses ({len(names.misses)})")
            for miss in names.misses[: args.show]:
                print(miss)
            print(f"\n## {split}: venue/year misses ({len(venues.misses)})")
            for miss in venues.misses[: args.show]:
                print(miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
