"""What papercli does, as functions that take a library path and return data. They never print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from papercli.errors import DuplicatePaper, PapercliError, UsageError, ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.matching import DuplicateIndex, Scored, find_duplicate
from papercli.model import PAPER_FIELDS, Paper, now_iso
from papercli.query import Filters, reading_queue, sort_papers
from papercli.refs import resolve, resolve_all
from papercli.storage import Backup, list_backups, open_library, restore_backup, writing

EDITABLE_FIELDS = tuple(f for f in PAPER_FIELDS if f not in ("id", "added_at", "read_at", "source"))


def short_title(paper: Paper, width: int = 60) -> str:
    """The paper's title cut to WIDTH characters, for messages."""
    return paper.title if len(paper.title) <= width else paper.title[: width - 1] + "…"


def apply_fields(paper: Paper, changes: dict[str, Any]) -> Paper:
    """A copy of PAPER with CHANGES applied and validated (status changes keep read_at right)."""
    data = paper.to_dict()
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise UsageError(f"unknown field {name!r}")
        data[name] = value
    updated = Paper.from_dict(data)
    updated.id = paper.id
    _set_read_at(updated, paper.status)
    return updated


def _set_read_at(paper: Paper, old_status: str | None) -> None:
    """read_at is set when a paper becomes read and cleared otherwise; a new paper (OLD_STATUS
    None) that arrives read keeps the read_at it came with, such as an imported one."""
    if paper.status != "read":
        paper.read_at = None
    elif not paper.read_at or old_status not in (None, "read"):
        paper.read_at = now_iso()


def build_paper(what: str | None, fields: dict[str, Any], fetch: bool = True) -> Paper:
    """The paper ``add WHAT`` describes: a title, or an identifier or URL (fetched when FETCH)."""
    from papercli.ids import landing_url, parse_identifier

    identifier = parse_identifier(what) if what else None
    if identifier:
        kind, value = identifier
        if fetch:
            from papercli.metadata import fetch_metadata

            paper = fetch_metadata(kind, value)
            paper.source = kind
            return apply_fields(paper, fields) if fields else paper
        base: dict[str, Any] = {
            "doi" if kind == "doi" else f"{kind}_id": value,
            "url": landing_url(kind, value),
            "title": f"{'arXiv' if kind == 'arxiv' else kind} {value}",
            "source": kind,
        }
    elif what and what.startswith(("http://", "https://")):
        if "title" not in fields:
            raise UsageError(
                "a plain URL needs --title (only arXiv, OpenReview and DOI links are fetched)"
            )
        base = {"url": what}
    elif what:
        if "title" in fields:
            raise UsageError("give the title once: as the argument or with --title")
        base = {"title": what}
    elif "title" in fields:
        base = {}
    else:
        raise UsageError("give a title, or an arXiv/OpenReview/DOI id or URL")
    paper = Paper.from_dict({**base, **fields})
    _fill_identifiers_from_links(paper)
    _set_read_at(paper, None)
    return paper


def _fill_identifiers_from_links(paper: Paper) -> None:
    """Identifiers a paper's url or pdf_url carries (an arXiv abs link, a doi.org link...)."""
    from papercli.ids import find_identifiers

    for link in (paper.url, paper.pdf_url):
        for kind, value in find_identifiers(link or "").items():
            name = "doi" if kind == "doi" else f"{kind}_id"
            if not getattr(paper, name):
                setattr(paper, name, value)


def refuse_known_identifier(db: Path, what: str | None) -> None:
    """Raise DuplicatePaper when WHAT is an identifier the library already has, before any
    metadata is fetched for it."""
    from papercli.ids import parse_identifier

    identifier = parse_identifier(what) if what else None
    if identifier is None:
        return
    for paper in open_library(db).papers():
        if identifier in paper.identifiers():
            raise already_there(paper)


def already_there(existing: Paper) -> DuplicatePaper:
    """The error for an add refused because EXISTING is the same paper."""
    return DuplicatePaper(
        f"already in the library as #{existing.id}: {short_title(existing)} "
        "(use --allow-duplicate to add it anyway)"
    )


def paper_link(paper: Paper, pdf: bool = False) -> str:
    """The URL ``open`` goes to: the landing page, or the PDF with PDF."""
    if pdf:
        link = paper.pdf_url or (
            f"https://arxiv.org/pdf/{paper.arxiv_id}" if paper.arxiv_id else None
        )
    else:
        link = paper.landing_page()
    if not link:
        raise PapercliError(
            f"paper #{paper.id} has no {'PDF ' if pdf else ''}URL; "
            f"set one with 'papercli edit {paper.id} --{'pdf-' if pdf else ''}url URL'"
        )
    return link


def write_export(path: Path, data: bytes) -> None:
    """Write exported DATA to PATH via a temp file and a rename."""
    import os

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PapercliError(f"could not write {path}: {exc.strerror or exc}") from None


# ---------------------------------------------------------------------------------------------
# Reading


def list_papers(
    db: Path,
    filters: Filters,
    sort: str | None = None,
    reverse: bool = False,
    limit: int | None = None,
) -> list[Paper]:
    """Papers passing FILTERS, sorted (newest added first by default), at most LIMIT."""
    papers = [p for p in open_library(db).papers() if filters.matches(p)]
    papers = sort_papers(papers, sort, reverse)
    return papers[:limit] if limit is not None else papers


def search_papers(
    db: Path,
    text: str,
    filters: Filters,
    limit: int | None = 20,
    min_score: float = 50.0,
) -> list[Scored]:
    """Papers passing FILTERS ranked by fuzzy match with TEXT, best first."""
    from papercli.matching import search

    papers = [p for p in open_library(db).papers() if filters.matches(p)]
    ranked = search(papers, text, min_score=min_score, limit=limit)
    return ranked[:limit] if limit is not None else ranked


def show_paper(db: Path, ref: str) -> Paper:
    """The paper REF names."""
    return resolve(open_library(db).papers(), ref)


def tag_counts(db: Path) -> list[tuple[str, int]]:
    """Every tag with the number of papers carrying it, most used first."""
    counts = Counter(tag for paper in open_library(db).papers() for tag in paper.tags)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def next_papers(db: Path, count: int, filters: Filters) -> list[Paper]:
    """The reading queue of papers passing FILTERS: reading first, then unread by priority,
    then oldest added; the first COUNT."""
    return reading_queue([p for p in open_library(db).papers() if filters.matches(p)])[:count]


@dataclass
class Stats:
    """Counts for ``stats``."""

    total: int
    by_status: dict[str, int]
    by_topic: list[tuple[str, int]]
    by_venue: list[tuple[str, int]]
    by_year: list[tuple[int, int]]
    read_per_week: list[tuple[str, int]]


def library_stats(
    db: Path, filters: Filters, weeks: int = 12, today: datetime | None = None
) -> Stats:
    """Counts by status, topic, venue and year, and papers read in each of the last WEEKS
    weeks, over the papers passing FILTERS."""
    papers = [p for p in open_library(db).papers() if filters.matches(p)]
    by_status = {s: 0 for s in ("unread", "reading", "read")}
    for paper in papers:
        by_status[paper.status] += 1
    topics = Counter(t for p in papers for t in p.topics)
    venues = Counter(p.venue for p in papers if p.venue)
    years = Counter(p.year for p in papers if p.year)
    today = today or datetime.now(UTC)
    this_monday = (today - timedelta(days=today.weekday())).date()
    starts = [this_monday - timedelta(weeks=w) for w in range(weeks - 1, -1, -1)]
    per_week = dict.fromkeys(starts, 0)
    for paper in papers:
        if paper.status != "read" or not paper.read_at:
            continue
        try:
            read_day = datetime.fromisoformat(paper.read_at).astimezone(UTC).date()
        except ValueError:
            continue
        monday = read_day - timedelta(days=read_day.weekday())
        if monday in per_week:
            per_week[monday] += 1
    return Stats(
        total=len(papers),
        by_status=by_status,
        by_topic=topics.most_common(),
        by_venue=venues.most_common(),
        by_year=sorted(years.items(), reverse=True),
        read_per_week=[(d.isoformat(), n) for d, n in per_week.items()],
    )


# ---------------------------------------------------------------------------------------------
# Changing


def add_paper(db: Path, paper: Paper, allow_duplicate: bool = False) -> Paper:
    """Store PAPER with a new id; refuses a duplicate (same identifier or near-identical title)."""
    with writing(db) as library:
        if not allow_duplicate:
            existing = find_duplicate(library.papers(), paper)
            if existing:
                raise already_there(existing)
        paper.source = paper.source or "manual"
        library.insert([paper])
        library.label = f"add #{paper.id} {short_title(paper)}"
    return paper


def edit_paper(db: Path, ref: str, changes: dict[str, Any]) -> Paper:
    """Apply CHANGES to the paper REF names."""
    with writing(db) as library:
        paper = resolve(library.papers(), ref)
        updated = apply_fields(paper, changes)
        if updated.to_dict() != paper.to_dict():
            library.update([updated])
            library.label = f"edit #{paper.id} {short_title(paper)}"
    return updated


def tag_paper(db: Path, ref: str, add: list[str], remove: list[str]) -> Paper:
    """Add tags ADD and drop tags REMOVE on the paper REF names."""
    with writing(db) as library:
        paper = resolve(library.papers(), ref)
        dropped = {t.casefold() for t in remove}
        tags = [t for t in paper.tags if t.casefold() not in dropped] + add
        updated = apply_fields(paper, {"tags": tags})
        if updated.tags != paper.tags:
            library.update([updated])
            verb = "tag" if add else "untag"
            library.label = f"{verb} #{paper.id} {' '.join(add or remove)}"
    return updated


def set_status(db: Path, refs: list[str], status: str) -> list[Paper]:
    """Mark each paper REFS name as STATUS; read_at is set on read and cleared otherwise."""
    with writing(db) as library:
        papers = resolve_all(library.papers(), refs)
        updated = [apply_fields(p, {"status": status}) for p in papers]
        changed = [u for u, p in zip(updated, papers, strict=True) if u.status != p.status]
        if changed:
            library.update(changed)
            library.label = f"mark {status} " + ", ".join(f"#{p.id}" for p in changed)
    return updated


def add_note(db: Path, ref: str, text: str) -> Paper:
    """Append TEXT as a new paragraph to the notes of the paper REF names."""
    text = text.strip()
    if not text:
        raise ValidationError("the note is empty; nothing was changed")
    with writing(db) as library:
        paper = resolve(library.papers(), ref)
        notes = f"{paper.notes}\n\n{text}" if paper.notes else text
        updated = apply_fields(paper, {"notes": notes})
        library.update([updated])
        library.label = f"note on #{paper.id}"
    return updated


def resolve_refs(db: Path, refs: list[str]) -> list[Paper]:
    """The papers REFS name (for confirming a removal before doing it)."""
    return resolve_all(open_library(db).papers(), refs)


def remove_papers(db: Path, ids: list[int]) -> list[Paper]:
    """Remove the papers with IDS (as resolved and confirmed beforehand)."""
    with writing(db) as library:
        papers = [p for p in (library.get(i) for i in ids) if p is not None]
        if papers:
            library.delete([p.id for p in papers])
            library.label = "remove " + ", ".join(f"#{p.id}" for p in papers)
    return papers


def undo_last(db: Path) -> str:
    """Revert the newest change to the library; returns what it was."""
    if not db.exists():
        raise PapercliError("nothing to undo: the library has no recorded changes")
    with writing(db, journal=False) as library:
        return library.undo()


def backups(db: Path) -> list[Backup]:
    """The kept previous versions of the library, newest first."""
    return list_backups(db)


def restore(db: Path, number: int) -> tuple[Backup, int]:
    """Restore backup NUMBER (1 = newest); returns it and its paper count."""
    kept = list_backups(db)
    if not 1 <= number <= len(kept):
        raise PapercliError(
            f"no backup number {number}; there are {len(kept)} (run 'papercli restore' to list)"
        )
    return kept[number - 1], restore_backup(db, kept[number - 1].path)


# ---------------------------------------------------------------------------------------------
# Import


@dataclass
class ImportReport:
    """What an import did: papers added, duplicates skipped, records rejected."""

    format: str
    added: list[Paper] = field(default_factory=list)
    duplicates: list[tuple[Paper, Paper]] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of the file at PATH (or standard input for '-') and a name for messages."""
    import sys

    from papercli.errors import ImportFormatError

    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        with open(path, "rb") as handle:
            return handle.read(), Path(path).name
    except FileNotFoundError:
        raise ImportFormatError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path} is a directory, not a file") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from None


def parse_input(data: bytes, name: str, fmt: str, keep_uncertain: bool = False) -> ParseResult:
    """Decode and parse DATA as FMT ('auto' sniffs the format).

    An empty input, or a digest in which no paper was found, is an error: the user expected
    papers. (An empty JSON list or a CSV with a header only is a valid, empty import.)
    """
    from papercli.errors import ImportFormatError
    from papercli.importers import decode_input, parse

    text = decode_input(data, name)
    if not text.strip():
        raise ImportFormatError(f"{name} is empty: nothing to import")
    result = parse(text, fmt, name, keep_uncertain)
    if result.format == "digest" and not result.papers and not result.rejected:
        unsure = len(getattr(result, "uncertain", []))
        hint = f"; {unsure} uncertain title(s), kept with --keep-uncertain" if unsure else ""
        raise ImportFormatError(
            f"found no papers in {name} (read as a digest: numbered or bulleted titles, "
            f"with links to arXiv, OpenReview or a DOI){hint}"
        )
    return result


def import_papers(
    db: Path,
    parsed: ParseResult,
    overrides: dict[str, Any],
    extra_tags: list[str],
    dry_run: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Add the parsed papers that are new, in one locked write (none when DRY_RUN).

    PROGRESS, when given, is called with (papers checked, papers in all) now and then.
    """
    report = ImportReport(format=parsed.format, rejected=list(parsed.rejected))

    def collect(existing: list[Paper]) -> None:
        index = DuplicateIndex(existing)
        total = len(parsed.papers)
        for number, paper in enumerate(parsed.papers, 1):
            if progress and (number % 500 == 0 or number == total):
                progress(number, total)
            try:
                if overrides or extra_tags:
                    paper = apply_fields(paper, {**overrides, "tags": paper.tags + extra_tags})
            except PapercliError as exc:
                report.rejected.append(Rejection(f"paper {number}", exc.message))
                continue
            original = index.find(paper)
            if original:
                report.duplicates.append((paper, original))
                continue
            _set_read_at(paper, None)
            index.add(paper)
            report.added.append(paper)

    if dry_run:
        collect(open_library(db).papers())
        return report
    with writing(db) as library:
        collect(library.papers())
        if report.added:
            library.insert(report.added)
            library.label = f"import of {len(report.added)} papers from {report.added[0].source}"
    return report
