"""Everything papercli prints: data on stdout in the chosen format, messages on stderr."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from papercli.model import Paper

if TYPE_CHECKING:
    from rich.console import Console

    from papercli.core import Change, ImportReport, Stats
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
    text = visible(text)
    if not sys.stderr.isatty():  # plain text, and no Rich import on a script's hot path
        sys.stderr.write(text + "\n")
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


def confirm(question: str) -> bool:
    """Ask QUESTION on stderr and read a yes or no from stdin (no answer is no).

    Not Click's confirm: it writes a space to stdout, which carries data only.
    """
    sys.stderr.write(f"{question} [y/N]: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def write_stdout(text: str) -> None:
    """TEXT on stdout as is (a newline added when missing)."""
    with _stdout_errors():
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
        sys.stdout.flush()


def write_stdout_bytes(data: bytes) -> None:
    """DATA on stdout as is."""
    with _stdout_errors():
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()


@contextlib.contextmanager
def _stdout_errors() -> Iterator[None]:
    """A stdout that cannot be written (a full disk, /dev/full) is an error like any other.

    A closed pipe (BrokenPipeError) is left to the launcher: the reader went away, which is
    not an error. Afterwards stdout points at /dev/null, so that the interpreter's final
    flush of what is left in its buffer fails no more.
    """
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        import os

        from papercli.errors import PapercliError

        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise PapercliError(f"could not write to standard output: {reason}") from None


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
    papers: Sequence[Paper],
    fmt: str,
    scores: Sequence[float] | None = None,
    csv_escape: bool = True,
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
        return _csv(dicts, csv_escape).encode("utf-8", "replace")
    raise ValueError(f"not a data format: {fmt}")


EXPORT_FORMATS = ("json", "jsonl", "csv", "bibtex", "markdown", "csl-json", "ris")


def export_bytes(
    papers: Sequence[Paper], fmt: str, citation: bool = False, csv_escape: bool = True
) -> bytes:
    """PAPERS as UTF-8 text in an export format: json, jsonl, csv, bibtex, markdown, csl-json
    or ris (or ``text``, the plain references ``cite`` prints). With CITATION, the BibTeX,
    CSL-JSON and RIS entries leave papercli's own fields (status, topics, ...) out; without
    CSV_ESCAPE, CSV cells go out as they are."""
    if fmt == "bibtex":
        from papercli.exporters import to_bibtex

        return without_controls(to_bibtex(list(papers), own_fields=not citation)).encode()
    if fmt == "markdown":
        from papercli.exporters import to_markdown

        return without_controls(to_markdown(list(papers))).encode()
    if fmt == "csl-json":
        from papercli.citations import to_csl_json

        return to_csl_json(papers, own_fields=not citation).encode()
    if fmt == "ris":
        from papercli.exporters_ris import to_ris

        return without_controls(to_ris(papers, own_fields=not citation)).encode()
    if fmt == "text":
        from papercli.citations import to_text

        return without_controls(to_text(papers)).encode()
    if fmt in ("json", "jsonl", "csv"):
        return papers_as_bytes(papers, fmt, csv_escape=csv_escape)
    from papercli.errors import UsageError

    raise UsageError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")


def write_citations(papers: Sequence[Paper], fmt: str, citation: bool = True) -> None:
    """PAPERS on stdout as citations in FMT (bibtex, csl-json, ris or text): on a terminal
    through ``visible``, like everything shown to a person; to a pipe or file as data."""
    data = export_bytes(papers, fmt, citation=citation)
    if stdout_is_terminal():
        write_stdout(visible(data.decode()))
    else:
        write_stdout_bytes(data)


_DATA_CONTROLS = {c: None for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\n\t"}


def without_controls(text: str) -> str:
    """TEXT for a text data format (BibTeX, RIS, Markdown, plain references): a CR or CRLF
    becomes a newline; the other control characters but newline and tab (ESC, C1, ...) are
    dropped, which none of those formats can carry and a terminal would obey."""
    if text.isascii() and text.isprintable():
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.translate(_DATA_CONTROLS)


def _csv(dicts: Sequence[Mapping[str, Any]], escape: bool = True) -> str:
    """CSV with a header; with ESCAPE, text cells a spreadsheet would run as a formula
    (``=``, ``+``, ``-``, ``@``, tab, CR first), or that start with an apostrophe, get one
    more apostrophe in front (``csv_safe``)."""
    from papercli.exporters import csv_safe, csv_text
    from papercli.model import PAPER_FIELDS

    def text(value: str) -> str:
        return csv_safe(value) if escape else value

    columns = [*PAPER_FIELDS, *(["score"] if dicts and "score" in dicts[0] else [])]
    rows = (
        [
            text(CSV_LIST_SEPARATOR.join(v))
            if isinstance(v, list)
            else text(v)
            if isinstance(v, str)
            else ("" if v is None else v)
            for v in (d.get(c) for c in columns)
        ]
        for d in dicts
    )
    return csv_text([columns]) + csv_text(rows)


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


_CONTROL = {c: f"\\x{c:02x}" for c in [*range(0x20), *range(0x7F, 0xA0)] if chr(c) not in "\n\t"}


def _utf8(text: str) -> str:
    """TEXT as valid UTF-8 for data output: a non-UTF-8 byte of a path becomes U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def visible(text: str) -> str:
    """TEXT made inert for a terminal: the one function every string from data (and every
    message) goes through before it is shown to a person.

    C0 controls but newline and tab (ESC, BEL, CR, so no CSI or OSC 8 sequence), DEL and the
    C1 controls (the one-byte CSI, OSC, ...) are shown as ``\\xNN``; bytes that are not
    UTF-8 (surrogate escapes from a file name or an argument) as U+FFFD.
    """
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            text = _utf8(text)
    elif text.isprintable():
        return text
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
        table.add_row(
            *(
                Text(fit(cell, widths[h]), style=_cell_style(h, cell))
                for cell, h in zip(row, headers, strict=True)
                if widths[h]
            )
        )
    console.print(table)


_COLUMN_STYLES = {"ID": "cyan", "Score": "magenta", "Title": "bold"}
STATUS_STYLES = {"unread": "yellow", "reading": "blue", "read": "green"}
_FIXED_COLUMNS = ("ID", "Score", "Status")
# The title is cut below this many cells only when venue, topic and summary are all gone.
TITLE_MIN_WIDTH = 60
_COLUMN_CAPS = {"Venue": 16, "Topic": 22, "Summary": 80}
# The least width that keeps a venue ("arXiv 2017"), a topic or a summary worth showing.
_OPTIONAL_MIN = {"Venue": 10, "Topic": 8, "Summary": 20}
_SUMMARY_MIN = 20


def _cell_style(header: str, cell: str) -> str:
    return STATUS_STYLES.get(cell, "") if header == "Status" else ""


def cell_width(text: str) -> int:
    """The terminal cells TEXT takes (CJK counts as 2); plain ASCII quickly."""
    if text.isascii() and text.isprintable():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def fit(text: str, width: int) -> str:
    """TEXT cut to WIDTH cells (CJK counts as 2) at a word end where one is near, with "…"."""
    if width <= 0 or cell_width(text) <= width:
        return text
    from rich.cells import set_cell_size

    cut = set_cell_size(text, width - 1).rstrip()
    space = cut.rfind(" ")
    if space >= (width - 1) // 2:  # a word end not too far back; else cut the long word itself
        cut = cut[:space]
    return cut.rstrip(" ,;:-—") + "…"


def _column_widths(headers: list[str], rows: list[list[str]], total: int) -> dict[str, int]:
    """Each column's width on a terminal TOTAL cells wide (0: left out).

    ID, Score and Status are never dropped and keep their full width. The title gets up to
    its full width first. Venue, topic and summary share what is left, each up to a cap.
    They are left out, the summary first, then the topic, then the venue, when the title
    would otherwise be cut: the summary as soon as the title is cut at all, the topic and the
    venue when it would be cut below TITLE_MIN_WIDTH cells. Only then is the title cut, to
    what the terminal has. (Rich left to itself squeezes no-wrap columns down to nothing,
    the ID first.)
    """
    from rich.cells import cell_len

    natural = {
        h: max([cell_len(h), *(cell_len(row[c]) for row in rows)]) for c, h in enumerate(headers)
    }
    # Each column costs its width plus 3 cells (padding and the box's separator).
    room = total - sum(natural[h] + 3 for h in headers if h in _FIXED_COLUMNS) - 3
    optional = [h for h in ("Venue", "Topic", "Summary") if h in headers]
    least = {h: min(natural[h], _OPTIONAL_MIN[h]) for h in optional}

    def title_needs(last: str) -> int:
        whole = natural["Title"]
        return whole if last == "Summary" else min(whole, TITLE_MIN_WIDTH)

    while optional and room - sum(least[h] + 3 for h in optional) < title_needs(optional[-1]):
        optional.pop()  # the last of venue, topic, summary goes first
    left = room - sum(least[h] + 3 for h in optional)
    widths = {h: natural[h] for h in headers if h in _FIXED_COLUMNS}
    widths["Title"] = max(1, min(natural["Title"], left))
    left -= widths["Title"]
    for header in optional:
        widths[header] = least[header] + max(
            0, min(left, min(natural[header], _COLUMN_CAPS[header]) - least[header])
        )
        left -= widths[header] - least[header]
    return {h: widths.get(h, 0) for h in headers}


_PLAIN_CAPS = {"Summary": 50, "Topic": 20, "Venue": 16}


def columns_setting() -> int | None:
    """The width $COLUMNS asks for, if it is set to a whole number of cells."""
    import os

    value = os.environ.get("COLUMNS", "").strip()
    return int(value) if value.isdigit() and int(value) > 0 else None


def _plain_table(papers: Sequence[Paper], scores: Sequence[float] | None) -> str:
    """Aligned columns without ANSI codes, for a pipe; CJK counted as 2 cells.

    Titles are always whole (``| grep`` finds them). Venue, topic and summary are cut to a
    cap, and to fit $COLUMNS when it is set: the summary shrinks or goes first, then the
    topic, then the venue.
    """
    headers = _headers(scores is not None)
    body = [_row(p, scores[i] if scores else None) for i, p in enumerate(papers)]
    natural = {
        h: max([cell_width(h), *(cell_width(r[c]) for r in body)]) for c, h in enumerate(headers)
    }
    widths = {h: min(natural[h], _PLAIN_CAPS.get(h, natural[h])) for h in headers}
    columns = columns_setting()
    if columns:

        def over() -> int:
            return sum(widths.values()) + 2 * (len(widths) - 1) - columns

        if over() > 0 and "Summary" in widths:
            if widths["Summary"] - over() >= _SUMMARY_MIN:
                widths["Summary"] -= over()
            else:
                del widths["Summary"]
        for optional in ("Topic", "Venue"):
            if over() <= 0:
                break
            del widths[optional]
    lines = []
    for row in [headers, *body]:
        cells = []
        for header, cell in zip(headers, row, strict=True):
            if header not in widths:
                continue
            cell = cell if header == "Title" else fit(cell, widths[header])
            pad = " " * (widths[header] - cell_width(cell))
            cells.append(pad + cell if header in ("ID", "Score") else cell + pad)
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
        # Continued lines (notes, an abstract) are indented under the first, not at column 0.
        shown = visible(shown.strip("\n")).replace("\n", "\n" + " " * 16)
        lines.append(f"{key:>14}  {shown}".replace(" " * 16 + "\n", "\n"))
    write_stdout("\n".join(lines))


def _pretty(value: Any) -> str:
    import orjson

    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()


def print_tags(counts: list[tuple[str, int]], fmt: str) -> None:
    """Tags with the number of papers carrying each."""
    from papercli.exporters import csv_safe

    if fmt == "json":
        write_stdout(_pretty([{"tag": t, "count": n} for t, n in counts]))
    elif fmt == "jsonl":
        write_stdout("".join(_dumps({"tag": t, "count": n}) + "\n" for t, n in counts))
    elif fmt == "csv":
        write_stdout("tag,count\n" + "".join(f"{_csv_cell(csv_safe(t))},{n}\n" for t, n in counts))
    elif fmt == "ids":
        write_stdout("".join(f"{t}\n" for t, _ in counts))
    elif not counts:
        message("No tags yet.")
    else:
        width = max(len(str(n)) for _, n in counts)
        write_stdout("\n".join(f"{n:>{width}}  {visible(t)}" for t, n in counts))


def _csv_cell(text: str) -> str:
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\r\n') else text


def _bar(count: int, most: int, width: int = 30) -> str:
    if not count:
        return ""
    return "█" * max(1, round(width * count / most)) if most else ""


STATS_LABEL_WIDTH = 32


def print_stats(stats: Stats, fmt: str, by: str = "week") -> None:
    """Counts by status, topic, venue and year, and bars of papers read per week (or per
    month with BY "month"); long labels are cut at a word end with an ellipsis."""
    data = {
        "total": stats.total,
        "by_status": stats.by_status,
        "by_topic": dict(stats.by_topic),
        "by_venue": dict(stats.by_venue),
        "by_year": {str(y): n for y, n in stats.by_year},
        "read_per_week": dict(stats.read_per_week),
        "read_per_month": dict(stats.read_per_month),
    }
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(data) if fmt == "json" else _dumps(data))
        return
    sections: list[tuple[str, list[tuple[str, int]]]] = [
        ("Status", list(stats.by_status.items())),
        ("Read per month", stats.read_per_month)
        if by == "month"
        else ("Read per week (week starting)", stats.read_per_week),
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
        from rich.cells import cell_len

        most = max(n for _, n in rows)
        labels = [visible(fit(label, STATS_LABEL_WIDTH)) for label, _ in rows]
        label_width = max(cell_len(label) for label in labels)
        for label, (_, count) in zip(labels, rows, strict=True):
            pad = " " * (label_width - cell_len(label))
            out.append(f"  {label}{pad}  {count:>5}  {_bar(count, most)}".rstrip())
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
        tagged = report.tagged.get(original.id) if original.id else None
        where = (
            f"already #{original.id}" + (f"; tagged {', '.join(tagged[1])}" if tagged else "")
            if original.id
            else "twice in the input"
        )
        message(f"  duplicate: {fit(paper.title, 70)} ({where})", "dim")
    if report.tagged:
        verb = "would get" if dry_run else "got"
        message(f"{len(report.tagged)} papers already there {verb} the batch's tags", "bold")
    if len(report.duplicates) > 20:
        message(f"  … and {len(report.duplicates) - 20} more duplicates", "dim")
    for paper, original in report.likely_duplicates[:20]:
        new = f"#{paper.id}" if paper.id else "the new paper"
        message(
            f"  likely duplicate: {paper.title[:60]} ({new}) looks like #{original.id} "
            f"{original.title[:60]}; to make them one: papercli merge {original.id} "
            f"{paper.id or 'NEW'}",
            "yellow",
        )
    if len(report.likely_duplicates) > 20:
        message(f"  … and {len(report.likely_duplicates) - 20} more likely duplicates", "dim")
    for rejection in report.rejected:
        message(f"  rejected {rejection.where}: {rejection.reason}", "yellow")
    if fmt == "table" and report.added and dry_run:
        print_papers(report.added, "table")


def print_backups(kept: Sequence[tuple[Backup, str | None]], fmt: str) -> None:
    """The kept backups, newest first and numbered for ``restore N``, each with the change
    that came right after it (what restoring it takes back)."""
    rows = [
        {
            "number": i,
            "path": _utf8(str(b.path)),
            "taken_at": b.taken_at,
            "size": b.size,
            "before_change": change,
        }
        for i, (b, change) in enumerate(kept, 1)
    ]
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(rows) if fmt == "json" else "".join(_dumps(r) + "\n" for r in rows))
    elif not rows:
        message("No backups yet: one is kept before each change.")
    else:
        write_stdout(
            "\n".join(
                f"{r['number']:>3}  {r['taken_at']}  {r['size']:>10} bytes  "
                f"{visible(str(r['path']))}"
                f"  (before: {visible(str(r['before_change'] or 'an unknown change'))})"
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
    duplicates and a summary (stderr).

    A JSON row: id, title, ``outcome`` (updated, unchanged, unmatched, failed, skipped),
    matched_by, changes, problem, candidate, duplicate_of, and ``paper``: the paper object
    as it is after the run (``status`` is not used: in a paper it means the reading status).
    """
    rows = []
    for outcome in report.outcomes:
        rows.append(
            {
                "id": outcome.paper.id,
                "title": outcome.paper.title,
                "outcome": outcome.status,
                "matched_by": outcome.matched_by,
                "changes": {c.field: {"old": c.old, "new": c.new} for c in outcome.changes},
                "problem": outcome.problem,
                "candidate": outcome.candidate,
                "duplicate_of": outcome.duplicate_of.id if outcome.duplicate_of else None,
                "paper": (outcome.result or outcome.paper).to_dict(),
            }
        )
    if fmt in ("json", "jsonl"):
        write_stdout(_pretty(rows) if fmt == "json" else "".join(_dumps(r) + "\n" for r in rows))
    elif fmt == "table":  # "none": another command prints the papers
        lines = []
        for outcome in report.outcomes:
            if not outcome.changes:
                continue
            head = f"#{outcome.paper.id} {fit(visible(outcome.paper.title), 70)}"
            lines.append(f"{head}  [{outcome.matched_by}]")
            lines.extend(
                f"    {c.field}: {_shown(c.old)} → {_shown(c.new)}" for c in outcome.changes
            )
        if lines:
            write_stdout("\n".join(lines))
    for outcome in report.outcomes:
        where = f"#{outcome.paper.id} {fit(outcome.paper.title, 60)}"
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
    skipped = report.count("skipped")
    message(
        f"refresh: {verb} {report.count('updated')}, unchanged {report.count('unchanged')}, "
        f"unmatched {report.count('unmatched')}, failed {report.count('failed')}"
        + (f", skipped {skipped} (not tried)" if skipped else ""),
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
        where = f"#{result.paper.id} {fit(result.paper.title, 60)}"
        if result.problem:
            message(f"  no PDF for {where}: {result.problem}", "yellow")
        elif result.already:
            message(f"  #{result.paper.id} already has {result.path} (use --force to fetch again)")
    saved = sum(1 for r in report.results if r.path and not r.already)
    failed = sum(1 for r in report.results if r.problem)
    message(
        f"pdf: saved {saved}, already there {len(rows) - saved - failed}, failed {failed}", "bold"
    )


def count(number: int, noun: str) -> str:
    """NUMBER NOUN with the plural -s unless NUMBER is 1: "1 paper", "3 papers"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def print_undone(label: str, fmt: str) -> None:
    """What ``undo`` reverted: a line on stderr, or ``{"undone": LABEL}`` for json/jsonl."""
    if fmt == "json":
        write_stdout(_pretty({"undone": label}))
    elif fmt == "jsonl":
        write_stdout(_dumps({"undone": label}))
    else:
        message(f"Undid: {label}", "green")


def print_history(done: Sequence[Change], undone: Sequence[Change], fmt: str) -> None:
    """``undo --list``: the changes undo can revert (1 = the next one), newest first; then
    those redo can re-apply."""
    rows: list[dict[str, Any]] = [
        {"number": i, "label": c.label, "at": c.at} for i, c in enumerate(done, 1)
    ]
    redo_rows = [{"label": c.label, "at": c.at} for c in undone]
    if fmt == "json":
        write_stdout(_pretty({"undo": rows, "redo": redo_rows}))
        return
    if fmt == "jsonl":
        write_stdout("".join(_dumps({**r, "undone": False}) + "\n" for r in rows))
        write_stdout("".join(_dumps({**r, "undone": True}) + "\n" for r in redo_rows))
        return
    if not rows:
        message("No changes to undo.")
    else:
        width = len(str(len(rows)))
        write_stdout(
            "\n".join(f"{r['number']:>{width}}  {r['at']}  {visible(r['label'])}" for r in rows)
        )
    for change in undone:
        message(f"undone, 'papercli redo' re-applies: {visible(change.label)}")
