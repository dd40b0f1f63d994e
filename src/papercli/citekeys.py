"""Citation keys: the ``vaswani2017attention`` rule, and keeping keys unique in a library.

A key is made once, when a paper enters the library (or by the schema migration that gave
keys to older libraries), and stored: exports, ``cite`` and edits of the title never change
it. Pure functions, no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from papercli.model import Paper

_STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "on",
        "of",
        "in",
        "for",
        "to",
        "and",
        "or",
        "with",
        "without",
        "from",
        "by",
        "at",
        "as",
        "is",
        "are",
        "be",
        "via",
        "towards",
        "toward",
        "into",
        "over",
        "under",
        "about",
        "using",
        "can",
        "do",
        "does",
        "what",
        "when",
        "how",
        "why",
        "we",
        "our",
        "its",
        "it",
        "this",
        "that",
    }
)


def _ascii_word(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


# "arXiv 2112.10752": the title ``add --no-fetch`` gives a paper known only by an identifier.
_PLACEHOLDER_TITLE = re.compile(r"(arXiv|openreview|doi) (\S+)")


# The keys ``base_key`` makes of a placeholder title, with any a/b suffix: ``arxiv1706.03762``.
_PLACEHOLDER_KEY = re.compile(
    r"arxiv(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z][a-z.\-]*/\d{7})[a-z]*|openreview\S+|doi10\.\S+",
    re.IGNORECASE,
)


def is_placeholder_key(key: str | None) -> bool:
    """Whether KEY is one made from an identifier (``arxiv1706.03762``), not from a title."""
    return bool(key and _PLACEHOLDER_KEY.fullmatch(key))


ALT_KEYS = "alt_keys"  # the record field ``merge`` keeps retired keys in


def alt_keys(paper: Paper) -> list[str]:
    """The citation keys PAPER also answers to: those of the papers merged into it."""
    value = getattr(paper, ALT_KEYS, None)
    return [k for k in value if isinstance(k, str) and k] if isinstance(value, list) else []


def all_keys(papers: Iterable[Paper]) -> Iterable[str]:
    """Every citation key PAPERS use, their own and those kept from merged papers."""
    for paper in papers:
        if paper.key:
            yield paper.key
        yield from alt_keys(paper)


def record_keys(records: Iterable[Mapping[str, Any]]) -> Iterable[str]:
    """Every citation key stored RECORDS use (``all_keys`` without building papers)."""
    for record in records:
        key = record.get("key")
        if isinstance(key, str) and key:
            yield key
        alt = record.get(ALT_KEYS)
        if isinstance(alt, list):
            yield from (k for k in alt if isinstance(k, str) and k)


def base_key(title: str, authors: Sequence[str], year: int | None) -> str:
    """First author's last name + year + first significant title word, in ASCII; for a paper
    known only by its identifier (title "arXiv 2112.10752"), ``arxiv2112.10752``, which stays
    meaningful once its real title is known."""
    placeholder = _PLACEHOLDER_TITLE.fullmatch(title)
    if placeholder and not authors:
        kind, value = placeholder.groups()
        return kind.lower() + re.sub(r"[^A-Za-z0-9._:/\-]", "", value)
    last = ""
    if authors:
        from papercli.citations import split_name, surname_first

        first = authors[0]
        # "Bengio Y" (GB/T, Vancouver, as the page wrote it): its surname is its first word
        parts = split_name(first)[0].split() if surname_first(first) else first.split()
        last = _ascii_word(parts[-1]) if parts else ""
    word = ""
    for candidate in re.split(r"[\s\-:/]+", title):
        ascii_candidate = _ascii_word(candidate)
        if ascii_candidate and ascii_candidate not in _STOPWORDS:
            word = ascii_candidate
            break
    key = f"{last or 'anon'}{year or ''}{word}"
    return key or "paper"


def citation_key(paper: Paper) -> str:
    """The usual key for PAPER, before any a/b suffix: e.g. ``vaswani2017attention``."""
    return base_key(paper.title, paper.authors, paper.year)


def _suffix(n: int) -> str:
    """a, b, ..., z, aa, ab, ... for the n-th (1-based) clash."""
    letters = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


class KeyAssigner:
    """Hands out keys unique among the ones already taken (case-insensitively, as BibTeX
    compares them): the base key, then base+a, base+b, ..."""

    def __init__(self, taken: Iterable[str | None] = ()) -> None:
        self._taken: set[str] = set()
        self._clashes: dict[str, int] = {}
        for key in taken:
            if key:
                self._taken.add(key.casefold())

    def is_taken(self, key: str) -> bool:
        """Whether KEY (in any case) is already given out."""
        return key.casefold() in self._taken

    def take(self, key: str) -> str:
        """KEY itself when free, else the first free KEY+a, KEY+b, ...; marks it taken."""
        candidate = key
        while candidate.casefold() in self._taken:
            self._clashes[key] = self._clashes.get(key, 0) + 1
            candidate = key + _suffix(self._clashes[key])
        self._taken.add(candidate.casefold())
        return candidate

    def new(self, paper: Paper) -> str:
        """A fresh unique key for PAPER by the usual rule."""
        return self.take(citation_key(paper))


def keys_for(papers: Sequence[Paper]) -> list[str]:
    """The citation key of each paper: its stored key, or for a paper without one (not yet in
    a library) a new key unique in the batch. A repeated stored key gets a suffix."""
    assigner = KeyAssigner(p.key for p in papers)
    used: set[str] = set()
    keys = []
    for paper in papers:
        if paper.key and paper.key.casefold() not in used:
            key = paper.key
        else:
            key = assigner.take(paper.key) if paper.key else assigner.new(paper)
        used.add(key.casefold())
        keys.append(key)
    return keys


def assign_missing_keys(papers: Sequence[Paper], library: Iterable[Paper]) -> None:
    """Give each of PAPERS without a key (or with a key LIBRARY already holds, or another
    of PAPERS before it) a unique one, in place. PAPERS are not yet in LIBRARY."""
    assigner = KeyAssigner(p.key for p in library)
    for paper in papers:
        paper.key = assigner.take(paper.key) if paper.key else assigner.new(paper)


def key_records(records: dict[str, Any]) -> dict[str, Any]:
    """Stored paper records (doc id -> fields) with a key added to each one without, in id
    order, unique among all: for the schema migration of libraries made before keys."""
    ordered = sorted(
        ((doc_id, doc) for doc_id, doc in records.items() if isinstance(doc, dict)),
        # Malformed ids are reported by the record checks after the migration: sort them last.
        key=lambda item: int(item[0]) if re.fullmatch("[0-9]{1,18}", item[0]) else 10**18,
    )
    assigner = KeyAssigner(
        doc.get("key") if isinstance(doc.get("key"), str) else None for _, doc in ordered
    )
    for _doc_id, doc in ordered:
        if doc.get("key"):
            continue
        title = doc.get("title")
        authors = doc.get("authors")
        year = doc.get("year")
        doc["key"] = assigner.take(
            base_key(
                title if isinstance(title, str) else "",
                [a for a in authors if isinstance(a, str)] if isinstance(authors, list) else [],
                year if isinstance(year, int) and not isinstance(year, bool) else None,
            )
        )
    return records
