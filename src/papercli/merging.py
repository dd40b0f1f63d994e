"""Making one paper of two (``merge``), and spotting likely duplicates. Pure, no I/O."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from papercli.citekeys import ALT_KEYS, alt_keys, is_placeholder_key
from papercli.errors import PapercliError
from papercli.model import LIST_FIELDS, PAPER_FIELDS, Paper

STATUS_RANK = {"unread": 0, "reading": 1, "read": 2}
# "arXiv 2112.10752": the title ``add --no-fetch`` gives a paper known only by an identifier.
_PLACEHOLDER_TITLE = re.compile(r"(arXiv|openreview|doi) \S+")
_LONGER_WINS = ("summary", "abstract")
_IDENTIFIERS = (("arxiv_id", "arXiv id"), ("openreview_id", "OpenReview id"), ("doi", "DOI"))


def conflicting_identifiers(first: Paper, second: Paper) -> list[str]:
    """The identifiers the two papers both have, with different values."""
    return [
        f"{label} {getattr(first, name)} vs {getattr(second, name)}"
        for name, label in _IDENTIFIERS
        if getattr(first, name)
        and getattr(second, name)
        and getattr(first, name) != getattr(second, name)
    ]


def _when(stamp: str | None) -> datetime | None:
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else None


def _earliest(stamps: Iterable[str | None]) -> str | None:
    known = [(when, s) for s in stamps if s and (when := _when(s)) is not None]
    if known:
        return min(known)[1]
    return next((s for s in stamps if s), None)


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _is_placeholder(title: str) -> bool:
    return bool(_PLACEHOLDER_TITLE.fullmatch(title))


def _venue_source(first: Paper, second: Paper) -> Paper:
    """Whose venue (and year) to keep: a known venue beats none, and a published venue beats
    a preprint server's."""
    from papercli.citations import is_preprint_server

    if not first.venue:
        return second if second.venue else first
    if second.venue and is_preprint_server(first.venue) and not is_preprint_server(second.venue):
        return second
    return first


def _joined_notes(first: str, second: str) -> str:
    first, second = first.strip(), second.strip()
    if not first or second in first:
        return first or second
    if first in second:
        return second
    return f"{first}\n\n{second}"


def merge_pair(first: Paper, second: Paper) -> Paper:
    """One paper from FIRST and SECOND, under FIRST's id and citation key (SECOND's key when
    FIRST's was made from an identifier, e.g. ``arxiv2112.10752``, and SECOND's from a title);
    the key not kept stays a key of the merged paper in ``alt_keys`` (see ``_merged_keys``).

    Lists (identifiers, tags, topics, alt titles) are united; of two values of a field the
    more complete is kept (a real title over an "arXiv 2112.10752" placeholder, the longer
    author list, abstract and summary, a published venue over arXiv); status is the most
    advanced, ``added_at`` the earliest, priority the highest, notes are joined. Any other
    field keeps FIRST's value unless it is empty.
    """
    a, b = first.to_dict(), second.to_dict()
    merged: dict[str, Any] = {}
    for name in a.keys() | b.keys():  # fields another papercli may add are carried along
        mine, theirs = a.get(name), b.get(name)
        merged[name] = theirs if _is_empty(mine) else mine
    better_title = _is_placeholder(first.title) and not _is_placeholder(second.title)
    title_from = second if better_title else first
    other = second if title_from is first else first
    merged["title"] = title_from.title
    alt = [*first.alt_titles, *second.alt_titles]
    if not _is_placeholder(other.title) and other.title.casefold() != title_from.title.casefold():
        alt.append(other.title)
    for name in LIST_FIELDS:
        merged[name] = [*a[name], *b[name]]
    merged["alt_titles"] = alt
    if len(second.authors) > len(first.authors):
        merged["authors"] = second.authors
    else:
        merged["authors"] = first.authors or second.authors
    for name in _LONGER_WINS:
        values = [v for v in (a[name], b[name]) if v]
        merged[name] = max(values, key=len) if values else None
    venue_from = _venue_source(first, second)
    merged["venue"] = venue_from.venue
    merged["year"] = venue_from.year if venue_from.year is not None else merged["year"]
    winner = max((first, second), key=lambda p: STATUS_RANK[p.status])
    merged["status"] = winner.status
    read_ats = [p.read_at for p in (first, second) if p.status == "read"]
    merged["read_at"] = _earliest(read_ats) if winner.status == "read" else None
    merged["priority"] = max(first.priority, second.priority)
    merged["added_at"] = _earliest([first.added_at, second.added_at])
    merged["notes"] = _joined_notes(first.notes, second.notes)
    merged["id"] = first.id
    merged["key"], merged_alt_keys = _merged_keys(first, second)
    if merged_alt_keys:
        merged[ALT_KEYS] = merged_alt_keys
    else:
        merged.pop(ALT_KEYS, None)
    ordered = {name: merged[name] for name in PAPER_FIELDS}
    ordered.update({k: v for k, v in merged.items() if k not in ordered})
    result = Paper.from_dict(ordered)
    result.id = first.id
    for name, value in ordered.items():  # from_dict keeps only the fields it knows
        if name not in PAPER_FIELDS:
            setattr(result, name, value)
    return result


def _merged_keys(first: Paper, second: Paper) -> tuple[str | None, list[str]]:
    """The merged paper's citation key and the keys it also answers to (``alt_keys``).

    FIRST's key is kept unless it was made from an identifier (``arxiv1706.03762``) and
    SECOND's was made from a real title: that one means something to a reader. The key not
    kept, and both papers' earlier ``alt_keys``, go to ``alt_keys``, so a document citing the
    retired paper's key still finds the merged paper (``cite``, ``export``, any REF).
    """
    keep_second = (
        bool(second.key) and is_placeholder_key(first.key) and not is_placeholder_key(second.key)
    )
    key = (second.key if keep_second else first.key) or second.key
    others = [first.key, second.key, *alt_keys(first), *alt_keys(second)]
    seen = {key.casefold()} if key else set()
    kept: list[str] = []
    for other in others:
        if other and other.casefold() not in seen:
            seen.add(other.casefold())
            kept.append(other)
    return key, kept


def check_mergeable(first: Paper, second: Paper, force: bool) -> None:
    """Refuse to merge a paper with itself, or two papers whose identifiers differ (they are
    different papers) unless FORCE."""
    if first.id == second.id:
        raise PapercliError(f"both REFs name #{first.id}: nothing to merge")
    conflicts = conflicting_identifiers(first, second)
    if conflicts and not force:
        raise PapercliError(
            f"#{first.id} and #{second.id} look like different papers ({'; '.join(conflicts)}); "
            "nothing was changed. Use --force to merge them anyway (#"
            f"{first.id}'s identifiers are kept)"
        )


# --------------------------------------------------------------------------------------------
# Likely duplicates: close but not near-identical titles by the same first author


LIKELY_DUPLICATE_SCORE = 85.0
# Imports adding more papers than this (a conference dump) are not scanned: at 100k papers the
# scan costs seconds, and nobody reads a hundred hints.
LIKELY_DUPLICATE_MAX_BATCH = 10_000


def first_surname(paper: Paper) -> str | None:
    """The family name of PAPER's first author, case-folded ("le" for "Hoang M. Le")."""
    from papercli.citations import split_name

    if not paper.authors:
        return None
    family = split_name(paper.authors[0])[0].split()
    return family[-1].casefold() if family else None


def likely_duplicates(new: list[Paper], existing: list[Paper]) -> list[tuple[Paper, Paper]]:
    """Pairs (new paper, existing or earlier new paper) that look like the same paper although
    the duplicate check let them through: same first author's surname, years at most one
    apart, no contradicting identifier, and titles that agree at least LIKELY_DUPLICATE_SCORE
    (rapidfuzz ratio) or where one title of four words or more is the other without its
    subtitle."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    # Blocks by surname, year and the title's first two characters (a likely duplicate has the
    # same opening), and by the first four words for the subtitle rule, keep a large import
    # linear: only a few titles are compared. A block keeps its titles in
    # a list of their own, which rapidfuzz scans in C.
    block_titles: dict[tuple[str, int | None, str], list[str]] = {}
    block_papers: dict[tuple[str, int | None, str], list[Paper]] = {}
    openings: dict[tuple[str, int | None, str], list[tuple[str, Paper]]] = {}

    def remember(paper: Paper, surname: str, title: str) -> None:
        block_titles.setdefault((surname, paper.year, title[:2]), []).append(title)
        block_papers.setdefault((surname, paper.year, title[:2]), []).append(paper)
        opening = " ".join(title.split()[:4])
        openings.setdefault((surname, paper.year, opening), []).append((title, paper))

    def candidates(paper: Paper, surname: str, title: str) -> Iterator[Paper]:
        years = [None] if paper.year is None else [paper.year, paper.year - 1, paper.year + 1]
        for year in years:
            titles = block_titles.get((surname, year, title[:2]))
            if not titles:
                continue
            for _match, _score, at in process.extract(
                title, titles, scorer=fuzz.ratio, score_cutoff=LIKELY_DUPLICATE_SCORE, limit=5
            ):
                yield block_papers[(surname, year, title[:2])][at]
        if len(title.split()) >= 4:
            opening = " ".join(title.split()[:4])
            for year in years:
                for other_title, other in openings.get((surname, year, opening), ()):
                    if _one_extends(title, other_title):
                        yield other

    for paper in existing:
        surname = first_surname(paper)
        if surname:
            remember(paper, surname, default_process(paper.title))
    pairs = []
    for paper in new:
        surname = first_surname(paper)
        if not surname:
            continue
        title = default_process(paper.title)
        for other in candidates(paper, surname, title):
            if other is not paper and not conflicting_identifiers(paper, other):
                pairs.append((paper, other))
                break
        remember(paper, surname, title)  # a later paper of the same batch may resemble it
    return pairs


def _one_extends(title: str, other: str) -> bool:
    """Whether one title is the other followed by more words (a subtitle)."""
    shorter, longer = sorted((title, other), key=len)
    return len(shorter.split()) >= 4 and longer.startswith(shorter + " ")
