"""Filters that narrow a list of papers, and sorting. Pure functions over Paper objects."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from papercli.errors import UsageError
from papercli.matching import normalize
from papercli.model import STATUSES, Paper, is_whole_number

SORT_FIELDS = ("added", "id", "title", "year", "venue", "priority", "status", "read")
_YEAR_RANGE = re.compile(r"^\s*(\d{4})?\s*\.\.\s*(\d{4})?\s*$")
_AGO = re.compile(r"^\s*(\d{1,5})\s*([dw])\s*$", re.IGNORECASE)


@dataclass
class Filters:
    """What ``--status``, ``--tag``, ``--topic``, ``--venue``, ``--year``, ``--author`` and query
    words ask for; every given filter must hold (AND)."""

    status: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    topic: str | None = None
    venue: str | None = None
    year: str | None = None
    author: str | None = None
    words: str | None = None
    added_since: str | None = None
    read_since: str | None = None

    def __post_init__(self) -> None:
        for status in self.status:
            if status not in STATUSES:
                raise UsageError(f"unknown status {status!r}; use one of {', '.join(STATUSES)}")
        self.year_range = parse_year_range(self.year) if self.year else None
        self.added_after = parse_moment(self.added_since) if self.added_since else None
        self.read_after = parse_moment(self.read_since) if self.read_since else None

    def matches(self, paper: Paper) -> bool:
        """Whether PAPER passes every filter."""
        if self.status and paper.status not in self.status:
            return False
        if self.tags:
            have = {t.casefold() for t in paper.tags}
            if not all(t.casefold() in have for t in self.tags):
                return False
        if self.topic and not any(self.topic.casefold() == t.casefold() for t in paper.topics):
            return False
        if self.venue and self.venue.casefold() not in (paper.venue or "").casefold():
            return False
        if self.year_range:
            low, high = self.year_range
            if paper.year is None or not low <= paper.year <= high:
                return False
        if self.author:
            wanted = normalize(self.author)
            if not any(wanted in normalize(a) for a in paper.authors):
                return False
        if self.added_after and not _at_or_after(paper.added_at, self.added_after):
            return False
        if self.read_after and not _at_or_after(paper.read_at, self.read_after):
            return False
        return not (self.words and not _has_words(paper, self.words))


def _has_words(paper: Paper, words: str) -> bool:
    """Every query word occurs in the title, alt titles, authors, venue, tags, topics or summary."""
    haystack = normalize(
        " ".join(
            [
                paper.title,
                *paper.alt_titles,
                *paper.authors,
                paper.venue or "",
                *paper.tags,
                *paper.topics,
                paper.summary or "",
            ]
        )
    )
    return all(word in haystack for word in normalize(words).split())


def parse_moment(text: str, now: datetime | None = None) -> datetime:
    """A point in time (UTC) from a date (2026-11-02: the start of that UTC day), an ISO 8601
    time, or a span back from now: '7d' (days), '4w' (weeks)."""
    from papercli.model import now as current_time

    text = text.strip()
    ago = _AGO.match(text)
    if ago:
        count, unit = int(ago.group(1)), ago.group(2).lower()
        return (now or current_time()) - timedelta(days=count * (7 if unit == "w" else 1))
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"invalid date {text!r}: use a date (2026-11-02), a time (2026-11-02T09:30) "
            "or a span back from now (7d, 4w)"
        ) from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _at_or_after(stamp: str | None, moment: datetime) -> bool:
    """Whether the ISO 8601 STAMP (None: never) is at or after MOMENT."""
    if not stamp:
        return False
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) >= moment


def parse_year_range(text: str) -> tuple[int, int]:
    """'2021' -> (2021, 2021); '2020..2022' -> (2020, 2022); '..2019' and '2020..' are open."""
    text = text.strip()
    if len(text) == 4 and is_whole_number(text):
        return int(text), int(text)
    match = _YEAR_RANGE.match(text)
    if not match or not any(match.groups()):
        raise UsageError(f"invalid year {text!r}: use 2021, 2020..2022, ..2019 or 2020..")
    low = int(match.group(1)) if match.group(1) else 0
    high = int(match.group(2)) if match.group(2) else 9999
    if low > high:
        raise UsageError(f"invalid year range {text!r}: {low} is after {high}")
    return low, high


def sort_papers(papers: list[Paper], sort: str | None, reverse: bool) -> list[Paper]:
    """Papers ordered by SORT (newest added first by default); REVERSE flips the order."""
    sort = sort or "added"
    if sort not in SORT_FIELDS:
        raise UsageError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_FIELDS)}")
    newest_first = sort in ("added", "year", "priority", "read")
    key = _SORT_KEYS[sort]
    ordered = sorted(papers, key=key, reverse=newest_first)
    return ordered[::-1] if reverse else ordered


_SORT_KEYS: dict[str, Any] = {
    "added": lambda p: (p.added_at or "", p.id),
    "id": lambda p: p.id,
    "title": lambda p: normalize(p.title),
    "year": lambda p: (p.year or 0, p.added_at or "", p.id),
    "venue": lambda p: ((p.venue or "~").casefold(), p.id),
    "priority": lambda p: (p.priority, p.added_at or "", p.id),
    "status": lambda p: (STATUSES.index(p.status), p.id),
    "read": lambda p: (p.read_at or "", p.id),
}


def reading_queue(papers: list[Paper]) -> list[Paper]:
    """What to read next: papers being read, then unread by priority, then oldest added first."""
    reading = [p for p in papers if p.status == "reading"]
    unread = [p for p in papers if p.status == "unread"]
    reading.sort(key=lambda p: (-p.priority, p.added_at or "", p.id))
    unread.sort(key=lambda p: (-p.priority, p.added_at or "", p.id))
    return reading + unread
