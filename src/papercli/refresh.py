"""``refresh``: fill papers' missing metadata from arXiv, OpenReview, doi.org or a title search.

Fetching happens outside the library lock; the changes are then applied in one write (one
undo entry) to the papers as they are at that moment, so an edit made meanwhile is kept.
Ctrl-C stops fetching and keeps what was finished; the papers not tried by then are
"skipped".

Each paper's outcome: "updated" (fields filled), "unchanged" (found, nothing to fill),
"unmatched" (no record agrees, or the service has no such paper), "failed" (a service could
not be asked: network, HTTP error, bad answer) or "skipped" (not tried: interrupted).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papercli.errors import FetchError
from papercli.model import Paper

# The fields a fetched record can fill, in the contract's order.
FILLABLE = (
    "title",
    "authors",
    "venue",
    "year",
    "topics",
    "abstract",
    "url",
    "pdf_url",
    "arxiv_id",
    "openreview_id",
    "doi",
)
# What "missing metadata" means when refresh is given no REF.
WANTED = ("authors", "year", "venue", "abstract")
PLACEHOLDER_PREFIXES = {"arxiv": "arXiv ", "openreview": "openreview ", "doi": "doi "}


@dataclass
class FieldChange:
    """One field's value before and after."""

    field: str
    old: Any
    new: Any


@dataclass
class Outcome:
    """What refresh found for one paper."""

    paper: Paper
    changes: list[FieldChange] = field(default_factory=list)
    matched_by: str | None = None  # "arXiv 2302.08811", "title (Semantic Scholar)"
    problem: str | None = None  # why nothing was filled
    candidate: str | None = None  # the best rejected candidate, for an unmatched title
    duplicate_of: Paper | None = None
    found: Paper | None = None
    failed: bool = False  # a service could not be asked (network, HTTP error, bad answer)
    tried: bool = False  # False: never asked (the run was interrupted before this paper)
    result: Paper | None = None  # the paper as written, once the changes are saved

    @property
    def status(self) -> str:
        """updated, unchanged, unmatched, failed or skipped (see the module docstring)."""
        if not self.tried:
            return "skipped"
        if self.changes:
            return "updated"
        if self.matched_by:
            return "unchanged"
        return "failed" if self.failed else "unmatched"


@dataclass
class RefreshReport:
    """Every paper looked at, whether the run was interrupted, and whether it was a dry run."""

    outcomes: list[Outcome] = field(default_factory=list)
    interrupted: bool = False
    dry_run: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def all_failed(self) -> bool:
        """Whether every paper tried failed for a service error (none updated, unchanged or
        merely unmatched); False when none was tried."""
        tried = [o for o in self.outcomes if o.tried]
        return bool(tried) and all(o.status == "failed" for o in tried)


def needs_refresh(paper: Paper) -> bool:
    """Whether PAPER lacks any of the metadata refresh can fill (or has a placeholder title)."""
    return is_placeholder_title(paper) or any(not getattr(paper, name) for name in WANTED)


def is_placeholder_title(paper: Paper) -> bool:
    """The title ``add --no-fetch ID`` gives: "arXiv 2112.10752", "doi 10.1/x"..."""
    for kind, value in paper.identifiers():
        if paper.title == PLACEHOLDER_PREFIXES[kind] + value:
            return True
    return False


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def field_changes(paper: Paper, found: Paper, overwrite: bool) -> list[FieldChange]:
    """What FOUND would change in PAPER: empty fields filled; set ones only with OVERWRITE.

    An identifier PAPER already has is never replaced by another one (that would be another
    paper); a placeholder title always gives way to the real one.
    """
    changes = []
    for name in FILLABLE:
        new, old = getattr(found, name), getattr(paper, name)
        if _empty(new) or new == old:
            continue
        if name == "title":
            if is_placeholder_title(paper) or overwrite:
                changes.append(FieldChange(name, old, new))
            continue
        if name in ("arxiv_id", "openreview_id", "doi") and old:
            continue
        if _empty(old) or overwrite:
            changes.append(FieldChange(name, old, new))
    return changes


def _settle(outcome: Outcome, found: Paper, matched_by: str, overwrite: bool) -> None:
    outcome.found = found
    outcome.matched_by = matched_by
    outcome.changes = field_changes(outcome.paper, found, overwrite)


def updated_paper(paper: Paper, changes: list[FieldChange]) -> Paper:
    """PAPER with CHANGES applied (validated)."""
    data = paper.to_dict()
    for change in changes:
        data[change.field] = change.new
    updated = Paper.from_dict(data)
    updated.id = paper.id
    return updated


def refresh_papers(
    db: Path,
    refs: list[str],
    *,
    dry_run: bool = False,
    overwrite: bool = False,
    ids: list[int] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> RefreshReport:
    """Fetch and fill the metadata of the papers REFS (or IDS) name, else of every paper
    missing some; one write, none when DRY_RUN."""
    from papercli.net import Fetcher, HttpCache, cache_folder
    from papercli.refs import resolve_all
    from papercli.storage import open_library

    everything = open_library(db).papers()
    if refs:
        papers = resolve_all(everything, refs)
    elif ids is not None:
        wanted = set(ids)
        papers = [p for p in everything if p.id in wanted]
    else:
        papers = [p for p in everything if needs_refresh(p)]
    report = RefreshReport(outcomes=[Outcome(p) for p in papers], dry_run=dry_run)
    cache = HttpCache(cache_folder(db))
    cache.prune()
    with Fetcher("the server", cache=cache) as fetcher:
        try:
            _fetch_all(fetcher, report.outcomes, overwrite, progress)
        except KeyboardInterrupt:
            report.interrupted = True
    for outcome in report.outcomes:  # the hint fits ``add``, not a refresh
        if outcome.problem:
            outcome.problem = without_add_hint(outcome.problem)
        if outcome.candidate:
            outcome.candidate = without_add_hint(outcome.candidate)
    _flag_duplicates(everything, report.outcomes)
    if not dry_run and any(o.changes for o in report.outcomes):
        _write(db, report, overwrite)
    return report


def without_add_hint(message: str) -> str:
    """MESSAGE without the "(use --no-fetch ...)" hint the metadata fetchers give ``add``."""
    from papercli.metadata import HINT

    return message.replace(f" {HINT}", "").replace(HINT, "").strip()


def _fetch_all(
    fetcher: Any,
    outcomes: list[Outcome],
    overwrite: bool,
    progress: Callable[[int, int], None] | None,
) -> None:
    """Title searches first (they may find arXiv ids), then arXiv in batches, then the rest."""
    from papercli.lookup import find_by_title

    total = len(outcomes)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    by_id = [o for o in outcomes if o.paper.identifiers()]
    by_title = [o for o in outcomes if not o.paper.identifiers()]
    strikes: dict[str, int] = {}
    for outcome in by_title:
        accepted, best, failures = find_by_title(fetcher, outcome.paper, strikes)
        outcome.tried = True
        if accepted:
            _settle(outcome, accepted.paper, f"title ({accepted.service})", overwrite)
        else:
            if best:
                outcome.candidate = f"{best.paper.title} ({best.service}): {best.problem}"
            if failures and best is None:
                outcome.problem = "; ".join(failures[:2])
            else:
                outcome.problem = "no record agrees" if best else "no record with this title"
            outcome.failed = bool(failures) and best is None
        step()

    # Records found by title that lack what arXiv has are completed from arXiv as well.
    arxiv = [o for o in by_id if o.paper.arxiv_id]
    found_arxiv = [
        o
        for o in by_title
        if o.found is not None
        and o.found.arxiv_id
        and any(_empty(getattr(o.found, n)) for n in WANTED)
    ]
    _fetch_arxiv_batches(fetcher, arxiv, found_arxiv, overwrite, step)

    for outcome in by_id:
        if outcome.paper.arxiv_id:
            continue
        kind, value = outcome.paper.identifiers()[0]
        _fetch_one(fetcher, outcome, kind, value, overwrite)
        step()


def _fetch_arxiv_batches(
    fetcher: Any,
    arxiv: list[Outcome],
    completing: list[Outcome],
    overwrite: bool,
    step: Callable[[], None],
) -> None:
    from papercli.lookup import ARXIV_BATCH, arxiv_records

    wanted = [(o, o.paper.arxiv_id, False) for o in arxiv] + [
        (o, o.found.arxiv_id, True) for o in completing if o.found
    ]
    for start in range(0, len(wanted), ARXIV_BATCH):
        chunk = wanted[start : start + ARXIV_BATCH]
        ids = sorted({str(arxiv_id) for _, arxiv_id, _ in chunk})
        records, problems = arxiv_records(fetcher, ids)
        for outcome, arxiv_id, completing_one in chunk:
            record = records.get(str(arxiv_id))
            outcome.tried = True
            if completing_one:
                if record is not None and outcome.found is not None:
                    merged = _complete(outcome.found, record)
                    _settle(outcome, merged, str(outcome.matched_by), overwrite)
                continue
            if str(arxiv_id) in problems:
                outcome.problem = problems[str(arxiv_id)]
                outcome.failed = True
            elif record is None:
                outcome.problem = f"arXiv has no paper {arxiv_id}"
            else:
                _settle(outcome, record, f"arXiv {arxiv_id}", overwrite)
            step()


def _complete(first: Paper, second: Paper) -> Paper:
    """FIRST with its empty fields taken from SECOND."""
    data = first.to_dict()
    for name in FILLABLE:
        if _empty(data[name]) and not _empty(getattr(second, name)):
            data[name] = getattr(second, name)
    return Paper.from_dict(data)


def _fetch_one(fetcher: Any, outcome: Outcome, kind: str, value: str, overwrite: bool) -> None:
    from papercli.metadata import LABELS, fetch_metadata

    try:
        found = fetch_metadata(kind, value, fetcher=fetcher)  # type: ignore[arg-type]
    except FetchError as exc:
        outcome.tried = True
        outcome.problem = without_add_hint(exc.message)
        outcome.failed = outcome.problem.startswith("could not")
        return
    outcome.tried = True
    _settle(outcome, found, f"{LABELS[kind]} {value}", overwrite)


def _flag_duplicates(everything: list[Paper], outcomes: list[Outcome]) -> None:
    """Note when a refreshed paper now looks like another paper of the library."""
    from papercli.matching import DuplicateIndex

    refreshed = [o for o in outcomes if o.changes]
    if not refreshed:
        return
    changed_ids = {o.paper.id for o in refreshed}
    by_identifier: dict[tuple[str, str], Paper] = {}
    for paper in everything:
        for pair in paper.identifiers():
            by_identifier.setdefault(pair, paper)
    index = DuplicateIndex(p for p in everything if p.id not in changed_ids)
    for outcome in refreshed:
        updated = updated_paper(outcome.paper, outcome.changes)
        for pair in updated.identifiers():
            other = by_identifier.get(pair)
            if other is not None and other.id != outcome.paper.id:
                outcome.duplicate_of = other
                break
        else:
            other = index.find(updated)
            if other is not None and other.id != outcome.paper.id:
                outcome.duplicate_of = other


def _write(db: Path, report: RefreshReport, overwrite: bool) -> None:
    """Apply the changes to the papers as they are now, in one write and one undo entry."""
    from papercli.storage import writing

    with writing(db) as library:
        updated = []
        for outcome in report.outcomes:
            if not outcome.changes or outcome.found is None:
                continue
            current = library.get(outcome.paper.id)
            if current is None:  # removed meanwhile
                outcome.problem = "removed from the library while refreshing"
                outcome.changes = []
                continue
            outcome.changes = field_changes(current, outcome.found, overwrite)
            if outcome.changes:
                outcome.result = updated_paper(current, outcome.changes)
                updated.append(outcome.result)
        if updated:
            library.update(updated)
            if len(updated) == 1:
                library.label = f"refresh #{updated[0].id}"
            else:
                library.label = f"refresh of {len(updated)} papers"
