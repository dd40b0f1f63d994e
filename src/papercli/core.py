"""What papercli does, as functions that take a library path and return data. They never print."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from papercli.errors import DuplicatePaper, PapercliError, UsageError, ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.matching import (
    SEARCH_MIN_SCORE,
    DuplicateIndex,
    Scored,
    find_duplicate,
    title_key,
)
from papercli.model import PAPER_FIELDS, Paper, now, now_iso
from papercli.query import Filters, reading_queue, sort_papers
from papercli.refs import resolve, resolve_all
from papercli.storage import (
    Backup,
    library_exists,
    list_backups,
    open_library,
    restore_backup,
    writing,
)

if TYPE_CHECKING:
    from papercli.citekeys import KeyAssigner
    from papercli.pdfs import PdfReport
    from papercli.refresh import RefreshReport
    from papercli.storage import Library

EDITABLE_FIELDS = tuple(f for f in PAPER_FIELDS if f not in ("id", "added_at", "read_at", "source"))


def short_title(paper: Paper, width: int = 60) -> str:
    """The paper's title cut at a word end to at most WIDTH characters, for messages."""
    return shorten(paper.title, width)


def shorten(text: str, width: int) -> str:
    """TEXT cut to at most WIDTH characters, at a word end where one is near, with "…"."""
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    space = cut.rfind(" ")
    if space >= width // 2:  # a word end not too far back; else cut the long word itself
        cut = cut[:space]
    return cut.rstrip(" ,;:-—") + "…"


def apply_fields(paper: Paper, changes: dict[str, Any]) -> Paper:
    """A copy of PAPER with CHANGES applied and validated (status changes keep read_at right)."""
    data = paper.to_dict()
    for name, value in changes.items():
        if name not in EDITABLE_FIELDS:
            raise UsageError(f"unknown field {name!r}")
        data[name] = value
    updated = Paper.from_dict(data)
    updated.id = paper.id
    # Keys a paper's stored record has beyond the contract's (a newer papercli's, another
    # tool's) are carried along, never dropped by a change.
    updated.__dict__.update((k, v) for k, v in paper.__dict__.items() if k not in PAPER_FIELDS)
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
    from papercli.ids import landing_url, paper_field, parse_identifier

    identifier = parse_identifier(what) if what else None
    if identifier:
        kind, value = identifier
        if fetch:
            from papercli.metadata import fetch_metadata

            paper = fetch_metadata(kind, value)
            paper.source = kind
            return apply_fields(paper, fields) if fields else paper
        base: dict[str, Any] = {
            paper_field(kind): value,
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
    from papercli.ids import find_identifiers, paper_field

    for link in (paper.url, paper.pdf_url):
        for kind, value in find_identifiers(link or "").items():
            name = paper_field(kind)
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


def paper_link(paper: Paper, pdf: bool = False, db: Path | None = None) -> str:
    """The URL ``open`` goes to: the landing page, or the PDF with PDF (the file ``pdf``
    downloaded for the library at DB when there is one)."""
    local = downloaded_pdf(paper, db) if pdf and db is not None else None
    if local is not None:
        return local.as_uri()
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
    return openable(paper, link, pdf)


def downloaded_pdf(paper: Paper, db: Path) -> Path | None:
    """PAPER's downloaded PDF: its recorded ``pdf_path`` when that is a regular file inside
    the ``pdfs/`` folder of the library at DB and starts with ``%PDF``; None otherwise (a
    path from anywhere else is never opened: it may have come from an imported file)."""
    import os

    from papercli.pdfs import pdf_folder

    if not paper.pdf_path:
        return None
    path = Path(os.path.realpath(paper.pdf_path))
    if Path(os.path.realpath(pdf_folder(db))) not in path.parents or not path.is_file():
        return None
    try:
        with path.open("rb") as handle:
            head = handle.read(5)
    except OSError:
        return None
    return path if head.startswith(b"%PDF") else None


def openable(paper: Paper, link: str, pdf: bool) -> str:
    """LINK when a browser may be given it: an http(s) URL without spaces or control
    characters (so never one that starts with '-' and would be read as a browser option).
    Links come from imports and servers; a local file is opened only as ``downloaded_pdf``."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(link)
    except ValueError:
        parts = None
    if (
        parts is not None
        and parts.scheme.lower() in ("http", "https")
        and parts.netloc
        and link.isprintable()
        and not any(ch.isspace() for ch in link)
    ):
        return link
    raise PapercliError(
        f"not opening paper #{paper.id}'s link {link!r}: only http:// and https:// URLs are "
        f"opened; fix it with 'papercli edit {paper.id} --{'pdf-' if pdf else ''}url URL'"
    )


def write_export(path: Path, data: bytes, db: Path) -> None:
    """Write exported DATA to PATH: never over the library DB or a file derived from it."""
    from papercli.exporters import write_output

    write_output(path, data, db)


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
    min_score: float = SEARCH_MIN_SCORE,
) -> list[Scored]:
    """Papers passing FILTERS ranked by fuzzy match with TEXT, best first."""
    from papercli.matching import search

    papers = [p for p in open_library(db).papers() if filters.matches(p)]
    ranked = search(papers, text, min_score=min_score, limit=limit)
    return ranked[:limit] if limit is not None else ranked


def show_paper(db: Path, ref: str) -> Paper:
    """The paper REF (or a citation key) names."""
    return resolve_with_keys(open_library(db).papers(), [ref])[0]


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
    read_per_month: list[tuple[str, int]] = field(default_factory=list)


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
    today = today or now()
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
        read_per_month=_read_per_month(papers, today, months=12),
    )


def _read_per_month(papers: list[Paper], today: datetime, months: int) -> list[tuple[str, int]]:
    """Papers read (by read_at, in UTC) in each of the last MONTHS months, oldest first."""
    year, month = today.astimezone(UTC).year, today.astimezone(UTC).month
    keys = []
    for _ in range(months):
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    per_month = dict.fromkeys(reversed(keys), 0)
    for paper in papers:
        if paper.status != "read" or not paper.read_at:
            continue
        try:
            read = datetime.fromisoformat(paper.read_at).astimezone(UTC)
        except ValueError:
            continue
        key = f"{read.year:04d}-{read.month:02d}"
        if key in per_month:
            per_month[key] += 1
    return list(per_month.items())


# ---------------------------------------------------------------------------------------------
# Changing


def add_paper(db: Path, paper: Paper, allow_duplicate: bool = False) -> Paper:
    """Store PAPER with a new id; refuses a duplicate (same identifier or near-identical title)."""
    with writing(db) as library:
        if not allow_duplicate:
            existing = find_duplicate(_duplicate_candidates(library, paper), paper)
            if existing:
                raise already_there(existing)
        paper.source = paper.source or "manual"
        if paper.key:
            _give_key(library.papers(), paper)
        else:  # the usual key, from the stored keys alone: no paper built for it
            from papercli.citekeys import KeyAssigner, record_keys

            paper.key = KeyAssigner(record_keys(library.records().values())).new(paper)
        library.insert([paper])
        library.label = f"add #{paper.id} {short_title(paper)}"
    return paper


def _duplicate_candidates(library: Library, paper: Paper) -> list[Paper]:
    """The papers of LIBRARY that ``find_duplicate`` could match PAPER with, in library order:
    those sharing an identifier with it, and those whose title passes its rapidfuzz prefilter
    (every one, with no limit). ``find_duplicate`` gives the same answer on these as on the
    whole library, and only these few are built as papers."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    from papercli.matching import DUPLICATE_PREFILTER_SCORE

    records = library.records()
    doc_ids = list(records)
    close = process.extract(
        paper.title,
        [record["title"] for record in records.values()],
        scorer=fuzz.ratio,
        processor=default_process,
        score_cutoff=DUPLICATE_PREFILTER_SCORE,
        limit=None,
    )
    wanted = {doc_ids[at] for _title, _score, at in close}
    identifiers = [
        (name, value)
        for name, value in (
            ("arxiv_id", paper.arxiv_id),
            ("openreview_id", paper.openreview_id),
            ("doi", paper.doi),
        )
        if value
    ]
    if identifiers:
        wanted.update(
            doc_id
            for doc_id, record in records.items()
            if any(record.get(name) == value for name, value in identifiers)
        )
    return library.papers_by_ids([doc_id for doc_id in doc_ids if doc_id in wanted])


def edit_paper(db: Path, ref: str, changes: dict[str, Any], allow_duplicate: bool = False) -> Paper:
    """Apply CHANGES to the paper REF names; a new title another paper already has (nearly
    identical, as ``add`` checks) is refused unless ALLOW_DUPLICATE."""
    with writing(db) as library:
        papers = library.papers()
        paper = resolve(papers, ref)
        updated = apply_fields(paper, changes)
        if not allow_duplicate and title_key(updated.title) != title_key(paper.title):
            others = [p for p in papers if p.id != paper.id]
            existing = find_duplicate(others, updated, identifiers=False)
            if existing:
                raise DuplicatePaper(
                    f"another paper has that title: #{existing.id} {short_title(existing)}; "
                    "nothing was changed (use --allow-duplicate to keep both)"
                )
        if "key" in changes:
            _rekey(library.papers(), paper, updated)
        if updated.to_dict() != paper.to_dict():
            library.update([updated])
            library.label = f"edit #{paper.id} {short_title(paper)}"
    return updated


def tag_paper(db: Path, ref: str, add: list[str], remove: list[str]) -> Paper:
    """Add tags ADD and drop tags REMOVE on the paper REF names."""
    return tag_paper_reporting(db, ref, add, remove)[0]


def tag_paper_reporting(
    db: Path, ref: str, add: list[str], remove: list[str]
) -> tuple[Paper, list[str]]:
    """Like ``tag_paper``; also returns the tags of REMOVE the paper did not have."""
    if any(not t.strip() for t in (*add, *remove)):
        raise UsageError("a tag cannot be empty")
    with writing(db) as library:
        paper = resolve(library.papers(), ref)
        have = {t.casefold() for t in paper.tags}
        missing = [t for t in remove if t.casefold() not in have]
        dropped = {t.casefold() for t in remove}
        tags = [t for t in paper.tags if t.casefold() not in dropped] + add
        updated = apply_fields(paper, {"tags": tags})
        if updated.tags != paper.tags:
            library.update([updated])
            verb = "tag" if add else "untag"
            library.label = f"{verb} #{paper.id} {' '.join(add or remove)}"
    return updated, missing


def set_status(db: Path, refs: list[str], status: str, read_at: str | None = None) -> list[Paper]:
    """Mark each paper REFS name as STATUS; read_at is set on read (to READ_AT when given)
    and cleared otherwise."""
    with writing(db) as library:
        papers = resolve_all(library.papers(), refs, command=f"mark-{status}")
        updated = [apply_fields(p, {"status": status}) for p in papers]
        if read_at and status == "read":
            for paper in updated:
                paper.read_at = read_at
        changed = [
            u
            for u, p in zip(updated, papers, strict=True)
            if (u.status, u.read_at) != (p.status, p.read_at)
        ]
        if changed:
            library.update(changed)
            library.label = f"mark {status} " + ", ".join(f"#{p.id}" for p in changed)
    return updated


def add_note(db: Path, ref: str, text: str) -> Paper:
    """Append TEXT as a new paragraph, stamped with today's date, to the notes of the paper
    REF names: "[2026-11-23] Section 4 has the ablation"."""
    text = text.strip()
    if not text:
        raise ValidationError("the note is empty; nothing was changed")
    text = f"[{now().astimezone(UTC).date().isoformat()}] {text}"
    with writing(db) as library:
        paper = resolve(library.papers(), ref)
        notes = f"{paper.notes}\n\n{text}" if paper.notes else text
        updated = apply_fields(paper, {"notes": notes})
        library.update([updated])
        library.label = f"note on #{paper.id}"
    return updated


def resolve_refs(db: Path, refs: list[str], command: str | None = None) -> list[Paper]:
    """The papers REFS name (for confirming a removal before doing it); COMMAND names the
    command in the hint for unquoted title words."""
    return resolve_all(open_library(db).papers(), refs, command)


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
    if not library_exists(db):
        raise PapercliError("nothing to undo: the library has no recorded changes")
    with writing(db, journal=False) as library:
        return library.undo()


def redo_last(db: Path) -> str:
    """Re-apply the change the last undo reverted; returns what it was."""
    if not db.exists():
        raise PapercliError("nothing to redo: the library has no recorded changes")
    with writing(db, journal=False) as library:
        return library.redo()


@dataclass
class Change:
    """One journalled change: what it was and when it was made."""

    label: str
    at: str


def change_history(db: Path) -> tuple[list[Change], list[Change]]:
    """The changes ``undo`` can revert and those ``redo`` can re-apply, newest first each."""
    library = open_library(db)
    return (
        [Change(e["label"], e["at"]) for e in reversed(library.undo_entries())],
        [Change(e["label"], e["at"]) for e in reversed(library.redo_entries())],
    )


def backups(db: Path) -> list[Backup]:
    """The kept previous versions of the library, newest first."""
    return list_backups(db)


def backups_with_changes(db: Path) -> list[tuple[Backup, str | None]]:
    """The kept backups, newest first, each with the change that came right after it (the
    one ``restore`` of it takes back), or None when that cannot be told.

    The change is read by comparing the backup's journals with those of the next version
    (the next newer backup, or the library itself).
    """
    from papercli.storage import read_tables

    def journals(path: Path) -> tuple[list[Any], list[Any]] | None:
        try:
            tables = read_tables(path, cache=False)
        except (OSError, PapercliError):
            return None
        if tables is None:
            return None
        return (
            [tables.get("undo", {})[k] for k in sorted(tables.get("undo", {}), key=int)],
            [tables.get("redo", {})[k] for k in sorted(tables.get("redo", {}), key=int)],
        )

    kept = list_backups(db)
    result: list[tuple[Backup, str | None]] = []
    newer = journals(db)
    for backup in kept:
        older = journals(backup.path)
        result.append((backup, _change_between(older, newer)))
        newer = older
    return result


def _change_between(
    older: tuple[list[Any], list[Any]] | None, newer: tuple[list[Any], list[Any]] | None
) -> str | None:
    """What one write did, told from the journals before (OLDER) and after it (NEWER)."""
    if older is None or newer is None:
        return None
    (old_undo, old_redo), (new_undo, new_redo) = older, newer

    def same(a: list[Any], b: list[Any]) -> bool:  # the one change, moved between journals
        return bool(a and b) and (a[-1]["label"], a[-1]["at"]) == (b[-1]["label"], b[-1]["at"])

    if new_undo and new_undo[-1] not in old_undo:
        label = str(new_undo[-1]["label"])
        return f"redo of {label}" if same(old_redo, new_undo) else label
    if old_undo and old_undo[-1] not in new_undo:
        return f"undo of {old_undo[-1]['label']}" if same(old_undo, new_redo) else "a restore"
    return None


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
    # (added paper, existing paper) pairs that look alike: candidates for ``merge``.
    likely_duplicates: list[tuple[Paper, Paper]] = field(default_factory=list)
    # Papers already in the library that got the batch's tags: (updated paper, tags given).
    tagged: dict[int, tuple[Paper, list[str]]] = field(default_factory=dict)


def read_input(path: str) -> tuple[bytes, str]:
    """The bytes of the file at PATH (or standard input for '-') and a name for messages."""
    import sys

    from papercli.errors import ImportFormatError

    if path == "-":
        return sys.stdin.buffer.read(), "<stdin>"
    try:
        with open(path, "rb") as handle:
            # The name is shown and kept as the papers' source: a byte that is not UTF-8
            # (a surrogate escape) becomes U+FFFD.
            name = Path(path).name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return handle.read(), name
    except FileNotFoundError:
        raise ImportFormatError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ImportFormatError(f"{path} is a directory, not a file") from None
    except OSError as exc:
        raise ImportFormatError(f"cannot read {path}: {exc.strerror or exc}") from None


def parse_input(
    data: bytes, name: str, fmt: str, keep_uncertain: bool = False, encoding: str | None = None
) -> ParseResult:
    """Decode and parse DATA as FMT ('auto' sniffs the format).

    ENCODING names the input's encoding when it is not UTF-8 (never guessed). An empty
    input, or a digest in which no paper was found, is an error: the user expected papers.
    (An empty JSON list or a CSV with a header only is a valid, empty import.)
    """
    from papercli.errors import ImportFormatError
    from papercli.importers import decode_input, parse

    text = decode_input(data, name, encoding)
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
    _require_records(result, name)
    return result


def _require_records(result: ParseResult, name: str) -> None:
    """A BibTeX or RIS input with no record at all is not that format (exit 1); an empty
    JSON or CSL-JSON list, or a CSV header alone, stays a valid, empty import."""
    from papercli.errors import ImportFormatError

    if result.format in ("bibtex", "ris") and not result.papers and not result.rejected:
        what = {"bibtex": "BibTeX", "ris": "RIS"}[result.format]
        raise ImportFormatError(f"found no {what} record in {name}")


def nothing_imported(report: ImportReport) -> PapercliError | None:
    """The import's failure (exit 1) when every record of the input was rejected: no paper
    added and none a duplicate. A partial import (some added or duplicates) succeeds."""
    from papercli.errors import ImportFormatError

    if report.added or report.duplicates or not report.rejected:
        return None
    return ImportFormatError("nothing imported: every record was rejected (see above)")


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
    expected = [paper.title for paper in parsed.papers]

    def collect(existing: list[Paper], show_progress: bool = True) -> None:
        from papercli.citekeys import KeyAssigner, all_keys

        index = DuplicateIndex(existing, expected=expected)
        keys = KeyAssigner(all_keys(existing))
        total = len(parsed.papers)
        for number, paper in enumerate(parsed.papers, 1):
            if show_progress and progress and (number % 500 == 0 or number == total):
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
                if original.id and extra_tags:
                    _give_batch_tags(report, original, extra_tags)
                continue
            _set_read_at(paper, None)
            # A key from the file is kept when it is free, else it gets an a/b suffix.
            paper.key = keys.take(paper.key) if paper.key else keys.new(paper)
            _keep_free_alt_keys(paper, keys)
            index.add(paper)
            report.added.append(paper)

    def spot_likely_duplicates(existing: list[Paper]) -> None:
        from papercli.merging import LIKELY_DUPLICATE_MAX_BATCH, likely_duplicates

        if len(report.added) <= LIKELY_DUPLICATE_MAX_BATCH:  # a bulk load would wait seconds
            report.likely_duplicates = likely_duplicates(report.added, existing)

    # The matching runs before the lock is taken; inside it, the batch is checked again only
    # when another command changed the library meanwhile (rare: then correctness wins).
    snapshot = open_library(db).papers()
    collect(snapshot)
    if dry_run:
        spot_likely_duplicates(snapshot)
        return report
    with writing(db) as library:
        existing = library.papers()
        changed, gone = _changed_since(snapshot, existing)
        if changed or gone:
            report.added.clear()
            report.duplicates.clear()
            report.tagged.clear()
            report.rejected[:] = parsed.rejected
            collect(existing, show_progress=False)
        if report.added:
            library.insert(report.added)
            library.label = f"import of {len(report.added)} papers from {report.added[0].source}"
        if report.tagged:
            library.update([paper for paper, _ in report.tagged.values()])
            if not report.added:
                library.label = f"import: tagged {len(report.tagged)} papers already there"
    spot_likely_duplicates(existing)
    return report


def _keep_free_alt_keys(paper: Paper, keys: KeyAssigner) -> None:
    """Keep the ``alt_keys`` an imported PAPER brought (from papercli's own export) that no
    paper has taken, and take them; a taken one is dropped: it names another paper."""
    from papercli.citekeys import ALT_KEYS, alt_keys

    if not hasattr(paper, ALT_KEYS):
        return
    free = [keys.take(key) for key in alt_keys(paper) if not keys.is_taken(key)]
    if free:
        setattr(paper, ALT_KEYS, free)
    else:
        delattr(paper, ALT_KEYS)


def _changed_since(before: list[Paper], after: list[Paper]) -> tuple[list[Paper], set[int]]:
    """The papers of AFTER that are new or differ in any field from BEFORE, and the ids of
    BEFORE's papers that are gone or changed since."""
    was = {paper.id: paper for paper in before}
    now_ids = {paper.id for paper in after}
    changed = [p for p in after if was.get(p.id) != p]
    gone = {i for i in was if i not in now_ids} | {p.id for p in changed if p.id in was}
    return changed, gone


def _give_batch_tags(report: ImportReport, original: Paper, tags: list[str]) -> None:
    """Record that ORIGINAL (already in the library) gets the import's TAGS it lacks."""
    current, given = report.tagged.get(original.id, (original, []))
    have = {t.casefold() for t in current.tags}
    new = [t for t in dict.fromkeys(tags) if t.casefold() not in have]
    if new:
        report.tagged[original.id] = (
            apply_fields(current, {"tags": current.tags + new}),
            given + new,
        )


# ---------------------------------------------------------------------------------------------
# Network: refresh, PDFs, import by URL


def refresh_metadata(
    db: Path,
    refs: list[str],
    dry_run: bool = False,
    overwrite: bool = False,
    ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RefreshReport:
    """Fill the missing metadata of the papers REFS (or IDS) name, else of all papers missing
    some, from arXiv / OpenReview / doi.org or a title search; one write (none on DRY_RUN)."""
    from papercli.refresh import refresh_papers

    return refresh_papers(
        db, refs, dry_run=dry_run, overwrite=overwrite, ids=ids, progress=progress
    )


def download_pdfs(db: Path, refs: list[str], force: bool = False) -> PdfReport:
    """Download the PDFs of the papers REFS name into ``pdfs/`` beside the library and record
    each one's ``pdf_path`` (one write)."""
    from papercli.pdfs import download_pdfs as download

    return download(db, refs, force)


# ---------------------------------------------------------------------------------------------
# Citation keys


def _give_key(library_papers: list[Paper], paper: Paper) -> None:
    """Give PAPER (about to be added) the usual unique key, or check the one it was given."""
    from papercli.citekeys import KeyAssigner, all_keys

    keys = KeyAssigner(all_keys(library_papers))
    if paper.key:
        _refuse_taken_key(library_papers, paper.key, paper.id)
    else:
        paper.key = keys.new(paper)


def _rekey(library_papers: list[Paper], old: Paper, updated: Paper) -> None:
    """After ``edit --key``: an empty key asks for a fresh one by the usual rule (from the
    current title, authors and year); a taken key is refused."""
    from papercli.citekeys import KeyAssigner, all_keys

    if updated.key is None:
        keys = KeyAssigner(all_keys(p for p in library_papers if p.id != old.id))
        updated.key = keys.new(updated)
    elif updated.key != old.key:
        _refuse_taken_key(library_papers, updated.key, old.id)


def _refuse_taken_key(library_papers: list[Paper], key: str, own_id: int) -> None:
    from papercli.citekeys import all_keys

    for other in library_papers:
        if other.id != own_id and any(k.casefold() == key.casefold() for k in all_keys([other])):
            raise DuplicatePaper(
                f"citation key {key!r} is already used by #{other.id}: {short_title(other)}; "
                "choose another with --key"
            )


CITE_FORMATS = ("bibtex", "csl-json", "ris", "text")


MAX_ID_DIGITS = 12  # what ``refs.resolve`` reads as an id; a longer number names no paper


def check_refs(refs: list[str]) -> None:
    """The check every command applies to its REFs before resolving them: text that is not
    UTF-8 (surrogate escapes) and a whole number below 1 are usage errors; a whole number too
    long to be an id is a missing paper, like any id not in the library."""
    import re

    from papercli.errors import PaperNotFound

    for ref in refs:
        try:
            ref.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(
                "a REF is not valid UTF-8 text; give it in UTF-8 (check the terminal's encoding)"
            ) from None
        number = ref.strip().removeprefix("#")
        if not re.fullmatch(r"[-+]?[0-9]+", number):
            continue
        if int(number) < 1:
            raise UsageError(f"{ref.strip()!r} is not a paper id (ids start at 1)")
        if len(number.lstrip("+0")) > MAX_ID_DIGITS:
            raise PaperNotFound(f"no paper with id {int(number)}")


def check_words(words: list[str], what: str = "a query word") -> None:
    """Query words (or filter values: WHAT names them) must be UTF-8 text: bytes that are
    not (surrogate escapes) are a usage error, not words that match nothing or everything."""
    for word in words:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:
            raise UsageError(
                f"{what} is not valid UTF-8 text; give it in UTF-8 (check the terminal's encoding)"
            ) from None


def resolve_with_keys(papers: list[Paper], refs: list[str]) -> list[Paper]:
    """Each REF resolved, where a REF may also be a citation key (``vaswani2017attention``,
    or one kept in ``alt_keys`` from a paper merged into it); each paper once, in the order
    given. Fails before any change if one does not resolve. (``refs.resolve`` itself reads
    keys, so every command takes them; this name stays for the callers that have it.)"""
    return resolve_all(papers, refs)


def with_keys(chosen: list[Paper], library_papers: list[Paper]) -> list[Paper]:
    """CHOSEN with a citation key each: a paper stored without one (restored by an undo of a
    change made before keys) gets the key it would get now, the same on every export."""
    if all(p.key for p in chosen):
        return chosen
    from dataclasses import replace

    from papercli.citekeys import KeyAssigner, all_keys

    keys = KeyAssigner(all_keys(library_papers))  # merged papers' alt keys are taken too
    computed = {p.id: keys.new(p) for p in sorted(library_papers, key=lambda p: p.id) if not p.key}
    fresh = KeyAssigner([*all_keys(library_papers), *computed.values()])
    return [p if p.key else replace(p, key=computed.get(p.id) or fresh.new(p)) for p in chosen]


def cite_papers(db: Path, refs: list[str]) -> list[Paper]:
    """The papers REFS name (ids, identifiers, title words or citation keys), with keys."""
    papers = open_library(db).papers()
    return with_keys(resolve_with_keys(papers, refs), papers)


def export_format_for(out: str | None) -> str:
    """The export format an ``-o`` file's extension asks for (``x.jsonl`` → jsonl); json when
    there is no file or the extension says nothing."""
    from papercli.importers import format_by_extension

    fmt = format_by_extension(out)
    # The extension an import reads as a digest is the one an export writes as Markdown.
    return "markdown" if fmt == "digest" else fmt or "json"


def refs_or_query(db: Path, words: list[str]) -> bool:
    """Whether ``export`` arguments WORDS are REFs rather than query words: they are when each
    one is an id (``12`` or ``#12``), an arXiv/DOI/OpenReview id or URL, or a citation key in
    the library. Anything else (title words) is a query, as before."""
    from papercli.ids import parse_identifier
    from papercli.model import is_whole_number

    if not words:
        return False
    keys: set[str] | None = None
    for word in words:
        text = word.strip()
        number = text.lstrip("#")
        # any all-digit word is an id (one too long to be one names no paper: an error)
        if is_whole_number(number) or (number.isascii() and number.isdigit()):
            continue
        if parse_identifier(text):
            continue
        if keys is None:
            from papercli.citekeys import all_keys

            keys = {k.casefold() for k in all_keys(open_library(db).papers())}
        if text.casefold() not in keys:
            return False
    return True


def export_selection(
    db: Path, refs: list[str], filters: Filters, sort: str | None = "id"
) -> list[Paper]:
    """The papers to export: those REFS name, in that order, that pass FILTERS; without REFS,
    every paper passing FILTERS, sorted by SORT. Each carries its citation key."""
    papers = open_library(db).papers()
    if refs:
        chosen = [p for p in resolve_with_keys(papers, refs) if filters.matches(p)]
    else:
        chosen = sort_papers([p for p in papers if filters.matches(p)], sort, False)
    return with_keys(chosen, papers)


# ---------------------------------------------------------------------------------------------
# Merging


def merge_papers(db: Path, keep_ref: str, retire_ref: str, force: bool = False) -> Paper:
    """Make one paper of the two REFs name, under the first's id; the second id is retired
    (never given out again). One change, undone by one ``undo``."""
    from papercli.merging import check_mergeable, merge_pair

    with writing(db) as library:
        papers = library.papers()
        keep = resolve_with_keys(papers, [keep_ref])[0]
        retire = resolve_with_keys(papers, [retire_ref])[0]
        check_mergeable(keep, retire, force)
        merged = merge_pair(keep, retire)
        library.delete([retire.id])
        library.update([merged])
        library.label = f"merge #{retire.id} into #{keep.id} {short_title(merged)}"
    return merged


def is_url(text: str) -> bool:
    """Whether an import argument is a web address rather than a file name."""
    return text.lower().startswith(("http://", "https://"))


def parse_url(url: str, fmt: str, keep_uncertain: bool = False) -> ParseResult:
    """Fetch the page at URL and parse its main content (a GitHub file as its raw text) as
    FMT ('auto': a page is read as a digest, a raw file by its name and content). Each
    paper's source is URL."""
    from papercli.errors import ImportFormatError
    from papercli.importers import detect_format, parse
    from papercli.webpage import fetch_page

    page = fetch_page(url)
    if not page.text.strip():
        raise ImportFormatError(f"{url} has no text to import")
    if fmt == "auto":
        fmt = page.fmt if page.fmt != "auto" else detect_format(page.text, page.name)
    result = parse(page.text, fmt, url, keep_uncertain)
    for paper in result.papers:
        paper.source = url
    if result.format == "digest" and not result.papers and not result.rejected:
        raise ImportFormatError(
            f"found no papers in {url} (read as a digest: numbered or bulleted titles, "
            "with links to arXiv, OpenReview or a DOI)"
        )
    _require_records(result, url)
    return result
