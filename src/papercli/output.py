"""Everything papercli prints: data on stdout in the chosen format, messages on stderr."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from papercli.model import Paper

if TYPE_CHECKING:
    from rich.console import Console

    from papercli.core import ImportReport, Stats
    from papercli.matching import Scored
    from papercli.pdfs import PdfReport
    from papercli.refresh import RefreshReport
    from papercli.storage import Backup

FORMATS = ("table", "json", "jsonl", "csv", "ids")
TERMINAL_PAGE = 50
CSV_LIST_SEPARATOR = "; "

_stderr: Console | None = None


def stderr_console() -> Console:
    """The console for messages (Rich honours NO_COLOR and styles only a terminal)."""
    global _stderr
    if _stderr is None:
        from rich.console import Console

        _stderr = Console(stderr=True, highlight=False, soft_wrap=True)
    return _stderr


def _stdout_console() -> Console:
    from rich.console import Console

    return Console(highlight=False)


def message(text: str, style: str = "") -> None:
    """A message for the user, on stderr (styled only on a terminal)."""
    if not sys.stderr.isatty():  # plain text, and no Rich import on a script's hot path
        sys.stderr.write(visible(text) + "\n")
        sys.stderr.flush()
        return
    from rich.markup import escape

    console = stderr_console()
    console.print(f"[{style}]{escape(text)}[/]" if style else escape(text))


def error(text: str, details: Sequence[str] = ()) -> None:
    """``Error: TEXT`` on stderr, then DETAILS indented."""
    message(f"Error: {text}", "bold red")
    for line in details:
        message(f"  {line}")


def write_stdout(text: str) -> None:
    """TEXT on stdout as is (a newline added when missing)."""
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    sys.stdout.flush()


def write_stdout_bytes(data: bytes) -> None:
    """DATA on stdout as is."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def stdout_is_terminal() -> bool:
    """Whether stdout is an interactive terminal."""
    return sys.stdout.isatty()


PROGRESS_MIN_ITEMS = 2000


@contextlib.contextmanager
def progress_bar(
    label: str, total: int, min_items: int = PROGRESS_MIN_ITEMS
) -> Iterator[Callable[[int, int], None] | None]:
    """A Rich progress bar on a terminal's stderr for long jobs; None (no bar) otherwise."""
    if total < min_items or not stderr_console().is_terminal:
        yield None
        return
    from rich.progress import Progress

    with Progress(console=stderr_console(), transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(done: int, all_items: int) -> None:
            bar.update(task, completed=done, total=all_items)

        yield advance


# ---------------------------------------------------------------------------------------------
# Papers as data


def _dumps(value: Any) -> str:
    import orjson

    return orjson.dumps(value).decode()


def paper_dicts(
    papers: Sequence[Paper], scores: Sequence[float] | None = None
) -> list[dict[str, Any]]:
    """The contract's objects for PAPERS, with ``score`` added when SCORES are given."""
    dicts = [p.to_dict() for p in papers]
    if scores is not None:
        for d, score in zip(dicts, scores, strict=True):
            d["score"] = score
    return dicts


def papers_as_bytes(
    papers: Sequence[Paper], fmt: str, scores: Sequence[float] | None = None
) -> bytes:
    """PAPERS as json (an array), jsonl, csv or ids, UTF-8 encoded.

    Bytes, not str: at 100k papers decoding and re-encoding the JSON costs seconds.
    """
    import orjson

    # Without scores to add, the papers' own objects are serialised as they are (no copies).
    dicts = paper_dicts(papers, scores) if scores is not None else [p.json_view() for p in papers]
    if fmt == "json":
        # Indented for a person at a terminal; compact (and quicker) for a pipe.
        indent = orjson.OPT_INDENT_2 if stdout_is_terminal() else 0
        return orjson.dumps(dicts, option=indent | orjson.OPT_APPEND_NEWLINE)
    if fmt == "jsonl":
        return b"".join(orjson.dumps(d, option=orjson.OPT_APPEND_NEWLINE) for d in dicts)
    if fmt == "ids":
        return "".join(f"{d['id']}\n" for d in dicts).encode()
    if fmt == "csv":
        return _csv(dicts).encode()
    raise ValueError(f"not a data format: {fmt}")


EXPORT_FORMATS = ("json", "jsonl", "csv", "bibtex", "markdown")


def export_bytes(papers: Sequence[Paper], fmt: str) -> bytes:
    """PAPERS as UTF-8 text in an export format: json, jsonl, csv, bibtex or markdown."""
    if fmt == "bibtex":
        from papercli.exporters import to_bibtex

        return to_bibtex(list(papers)).encode()
    if fmt == "markdown":
        from papercli.exporters import to_markdown

        return to_markdown(list(papers)).encode()
    if fmt in ("json", "jsonl", "csv"):
        return papers_as_bytes(papers, fmt)
    from papercli.errors import UsageError

    raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def _csv(dicts: Sequence[Mapping[str, Any]]) -> str:
    import csv
    import io

    from papercli.model import PAPER_FIELDS

    columns = [*PAPER_FIELDS, *(["score"] if dicts and "score" in dicts[0] else [])]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for d in dicts:
        writer.writerow(
            [
                CSV_LIST_SEPARATOR.join(v) if isinstance(v, list) else ("" if v is None else v)
                for v in (d.get(c) for c in columns)
            ]
        )
    return buffer.getvalue()


def print_papers(
    papers: Sequence[Paper],
    fmt: str,
    scores: Sequence[float] | None = None,
) -> None:
    """PAPERS on stdout: a table (a first page on a terminal), or data in FMT."""
    if fmt != "table":
        write_stdout_bytes(papers_as_bytes(papers, fmt, scores))
        return
    if not papers:
        message("No papers.")
        return
    if stdout_is_terminal():
        shown = papers[:TERMINAL_PAGE]
        _rich_table(shown, scores)
        if len(papers) > len(shown):
            message(
                f"… and {len(papers) - len(shown)} more "
                "(use --limit, or --format ids/json for all)",
                "dim",
            )
    else:
        write_stdout(_plain_table(papers, scores))


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F] if chr(c) not in "\n\t"}


def visible(text: str) -> str:
    """TEXT with control characters (ESC, BEL, ...) shown as escapes, safe for a terminal."""
    return text.translate(_CONTROL)


def _row(paper: Paper, score: float | None) -> list[str]:
    venue = " ".join(x for x in (paper.venue or "", str(paper.year or "")) if x)
    row = [
        str(paper.id),
        visible(paper.title),
        visible(venue),
        visible(", ".join(paper.topics)),
        paper.status,
        visible((paper.summary or "").replace("\n", " ")),
    ]
    if score is not None:
        row.insert(1, f"{score:.0f}")
    return row


def _headers(scored: bool) -> list[str]:
    headers = ["ID", "Title", "Venue", "Topic", "Status", "Summary"]
    if scored:
        headers.insert(1, "Score")
    return headers


def _rich_table(papers: Sequence[Paper], scores: Sequence[float] | None) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console = _stdout_console()
    headers = _headers(scores is not None)
    rows = [
        _row(paper, scores[i] if scores is not None else None) for i, paper in enumerate(papers)
    ]
    # Each column costs its width plus 3 cells (padding and the box's separator).
    widths = _column_widths(headers, rows, console.width - 1)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, padding=(0, 1))
    for header in headers:
        if widths[header]:
            table.add_column(
                header,
                style=_COLUMN_STYLES.get(header, ""),
                no_wrap=True,
                overflow="ellipsis",
                justify="right" if header in ("ID", "Score") else "left",
                width=widths[header],
            )
    for row in rows:
        # Text, not str: a title like "[bold] ..." must not be read as Rich markup.
        table.add_row(*(Text(cell) for cell, h in zip(row, headers, strict=True) if widths[h]))
    console.print(table)


_COLUMN_STYLES = {"ID": "cyan", "Score": "magenta", "Title": "bold", "Status": "green"}
_COLUMN_CAPS = {"Venue": 16, "Topic": 22}
_TITLE_MIN = 20


def _column_widths(headers: list[str], rows: list[list[str]], total: int) -> dict[str, int]:
    """Each column's width on a terminal TOTAL cells wide (0: left out).

    ID, Score and Status keep their full width; Venue and Topic up to a cap; the title and
    the summary share the rest (title first). Narrow terminals lose the summary, then the
    topic, then the venue, never the ID. (Rich left to itself squeezes no-wrap columns
    down to nothing, the ID first.)
    """
    from rich.cells import cell_len

    natural = {
        h: max([cell_len(h), *(cell_len(row[c]) for row in rows)]) for c, h in enumerate(headers)
    }
    widths = {h: min(natural[h], _COLUMN_CAPS.get(h, natural[h])) for h in headers}

    def free() -> int:
        return total - sum(w + 3 for h, w in widths.items() if h not in ("Title", "Summary"))

    for optional, needs in (
        ("Summary", min(natural["Title"], 40) + 20 + 6),
        ("Topic", _TITLE_MIN + 3),
        ("Venue", _TITLE_MIN + 3),
    ):
        if free() >= needs:
            break
        widths.pop(optional, None)
    if "Summary" in widths:
        room = free() - 6
        title = min(natural["Title"], max(_TITLE_MIN, room * 5 // 9))
        widths["Summary"] = max(0, min(natural["Summary"], room - title))
        widths["Title"] = max(_TITLE_MIN, room - widths["Summary"])
    else:  # on a very narrow terminal the title gives way before the ID and the status
        widths["Title"] = max(8, min(natural["Title"], free() - 3))
    return {h: widths.get(h, 0) for h in headers}


def _plain_table(papers: Sequence[Paper], scores: Sequence[float] | None) -> str:
    """Aligned columns without ANSI codes, for a pipe; long cells are cut, CJK counted as 2."""
    from rich.cells import cell_len, set_cell_size

    limits = {"Title": 70, "Summary": 80, "Topic": 20, "Venue": 16}
    headers = _headers(scores is not None)
    rows = [headers] + [_row(p, scores[i] if scores else None) for i, p in enumerate(papers)]
    for row in rows[1:]:
        for col, header in enumerate(headers):
            limit = limits.get(header)
            if limit and cell_len(row[col]) > limit:
                row[col] = set_cell_size(row[col], limit - 1) + "…"
    widths = [max(cell_len(row[c]) for row in rows) for c in range(len(headers))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[c])
            if headers[c] in ("ID", "Score")
            else cell + " " * (widths[c] - cell_len(cell))
            for c, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Other results


def print_scored(results: Sequence[Scored], fmt: str) -> None:
    """Search results: papers with their scores."""
    print_papers([r.paper for r in results], fmt, [r.score for r in results])


def print_paper(paper: Paper, fmt: str) -> None:
    """One paper with every field (``show``); JSON formats print one object."""
    if fmt in ("json", "jsonl"):
        write_stdout(_dumps(paper.to_dict()) if fmt == "jsonl" else _pretty(paper.to_dict()))
        return
    if fmt != "table":
        print_papers([paper], fmt)
        return
    lines = []
    for key, value in paper.to_dict().items():
        if value in (None, [], ""):
            continue
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        lines.append(f"{key:>14}  {visible(shown)}")
    write_stdout("\n".join(lines))


def _pretty(value: Any) -> str:
    import orjson

    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()


def print_tags(counts: list[tuple[str, int]], fmt: str) -> None:
    """Tags with the number of papers carrying each."""
    if fmt == "json":
        write_stdout(_pretty([{"tag": t, "count": n} for t, n in counts]))
    elif fmt == "jsonl":
        write_stdout("".join(_dumps({"tag": t, "count": n}) + "\n" for t, n in counts))
    elif fmt == "csv":
        write_stdout("tag,count\n" + "".join(f"{_csv_cell(t)},{n}\n" for t, n in counts))
    elif fmt == "ids":
        write_stdout("".join(f"{t}\n" for t, _ in counts))
    elif not counts:
        message("No tags yet.")
    else:
        width = max(len(str(n)) for _, n in counts)
        write_stdout("\n".join(f"{n:>{width}}  {t}" for t, n in counts))


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text


def _bar(count: int, most: int, width: int = 30) -> str:
    if not count:
        return ""
    return "█" * max(1, round(width * count / most)) if most else ""


def print_stats(stats: Stats, fmt: str) -> None:
    """Counts by status, topic, venue and year, and bars of papers read per week."""
    data = {
        "total": stats.total,
        "by_status": stats.by_status,
        "by_topic": dict(stats.by_topic),
        "by_venue": dict(stats.by_venue),
        "by_year": {str(y): n for y, n in stats.by_year},
        "read_per_week": dict(stats.read_per_week),
    }
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(data) if fmt == "json" else _dumps(data))
        return
    sections: list[tuple[str, list[tuple[str, int]]]] = [
        ("Status", list(stats.by_status.items())),
        ("Read per week (week starting)", stats.read_per_week),
        ("Topic", stats.by_topic[:15]),
        ("Venue", stats.by_venue[:15]),
        ("Year", [(str(y), n) for y, n in stats.by_year[:15]]),
    ]
    out = [f"{stats.total} papers"]
    for title, rows in sections:
        if not rows:
            continue
        out.append("")
        out.append(title)
        most = max(n for _, n in rows)
        label_width = max(len(label) for label, _ in rows)
        for label, count in rows:
            out.append(f"  {label:<{label_width}}  {count:>5}  {_bar(count, most)}".rstrip())
    write_stdout("\n".join(out))


def print_import_report(report: ImportReport, fmt: str, dry_run: bool) -> None:
    """What an import added (stdout, as data) and a summary with every rejection (stderr)."""
    if fmt != "table":
        print_papers(report.added, fmt)
    verb = "would add" if dry_run else "added"
    message(
        f"{report.format}: {verb} {len(report.added)}, "
        f"duplicates {len(report.duplicates)}, rejected {len(report.rejected)}",
        "bold",
    )
    for paper, original in report.duplicates[:20]:
        message(
            f"  duplicate: {paper.title[:70]} (already #{original.id})"
            if original.id
            else f"  duplicate: {paper.title[:70]} (twice in the input)",
            "dim",
        )
    if len(report.duplicates) > 20:
        message(f"  … and {len(report.duplicates) - 20} more duplicates", "dim")
    for rejection in report.rejected:
        message(f"  rejected {rejection.where}: {rejection.reason}", "yellow")
    if fmt == "table" and report.added and dry_run:
        print_papers(report.added, "table")


def print_backups(kept: Sequence[Backup], fmt: str) -> None:
    """The kept backups, newest first and numbered for ``restore N``."""
    rows = [
        {"number": i, "path": str(b.path), "taken_at": b.taken_at, "size": b.size}
        for i, b in enumerate(kept, 1)
    ]
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(rows) if fmt == "json" else "".join(_dumps(r) + "\n" for r in rows))
    elif not rows:
        message("No backups yet: one is kept before each change.")
    else:
        write_stdout(
            "\n".join(
                f"{r['number']:>3}  {r['taken_at']}  {r['size']:>10} bytes  {r['path']}"
                for r in rows
            )
        )


# ---------------------------------------------------------------------------------------------
# Network commands


def _shown(value: Any) -> str:
    if value is None or value == [] or value == "":
        return "—"
    text = "; ".join(value) if isinstance(value, list) else str(value)
    text = visible(" ".join(text.split()))
    return text if len(text) <= 70 else text[:69] + "…"


def print_refresh_report(report: RefreshReport, fmt: str) -> None:
    """Each paper's changes (stdout, as data; nothing for FMT "none"); unmatched papers,
    duplicates and a summary (stderr)."""
    rows = []
    for outcome in report.outcomes:
        rows.append(
            {
                "id": outcome.paper.id,
                "title": outcome.paper.title,
                "status": outcome.status,
                "matched_by": outcome.matched_by,
                "changes": {c.field: {"old": c.old, "new": c.new} for c in outcome.changes},
                "problem": outcome.problem,
                "candidate": outcome.candidate,
                "duplicate_of": outcome.duplicate_of.id if outcome.duplicate_of else None,
            }
        )
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(rows) if fmt == "json" else "".join(_dumps(r) + "\n" for r in rows))
    elif fmt == "table":  # "none": another command prints the papers
        lines = []
        for outcome in report.outcomes:
            if not outcome.changes:
                continue
            head = f"#{outcome.paper.id} {visible(outcome.paper.title[:70])}"
            lines.append(f"{head}  [{outcome.matched_by}]")
            lines.extend(
                f"    {c.field}: {_shown(c.old)} → {_shown(c.new)}" for c in outcome.changes
            )
        if lines:
            write_stdout("\n".join(lines))
    for outcome in report.outcomes:
        where = f"#{outcome.paper.id} {outcome.paper.title[:60]}"
        if outcome.status == "unmatched":
            best = f"; best candidate: {outcome.candidate}" if outcome.candidate else ""
            message(f"  unmatched {where}: {outcome.problem}{best}", "yellow")
        elif outcome.status == "failed":
            message(f"  failed {where}: {outcome.problem}", "yellow")
        if outcome.duplicate_of is not None:
            first, second = sorted((outcome.duplicate_of.id, outcome.paper.id))
            message(
                f"  #{outcome.paper.id} looks like a duplicate of #{outcome.duplicate_of.id}; "
                f"to make one paper of them: papercli merge {first} {second}",
                "yellow",
            )
    verb = "would update" if report.dry_run else "updated"
    message(
        f"refresh: {verb} {report.count('updated')}, unchanged {report.count('unchanged')}, "
        f"unmatched {report.count('unmatched')}, failed {report.count('failed')}",
        "bold",
    )


def print_pdf_report(report: PdfReport, fmt: str) -> None:
    """The saved files (stdout, one path per line, or JSON) and the failures (stderr)."""
    rows = [
        {
            "id": r.paper.id,
            "title": r.paper.title,
            "pdf_path": r.path,
            "url": r.url,
            "problem": r.problem,
            "already": r.already,
        }
        for r in report.results
    ]
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(rows) if fmt == "json" else "".join(_dumps(r) + "\n" for r in rows))
    else:
        paths = [visible(r.path) for r in report.results if r.path]
        if paths:
            write_stdout("\n".join(paths))
    for result in report.results:
        where = f"#{result.paper.id} {result.paper.title[:60]}"
        if result.problem:
            message(f"  no PDF for {where}: {result.problem}", "yellow")
        elif result.already:
            message(f"  #{result.paper.id} already has {result.path} (use --force to fetch again)")
    saved = sum(1 for r in report.results if r.path and not r.already)
    failed = sum(1 for r in report.results if r.problem)
    message(f"pdf: saved {saved}, already there {len(rows) - saved - failed}, failed {failed}",
            "bold")
