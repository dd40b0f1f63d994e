"""The ``papercli`` command line: parses arguments, calls ``core``, hands results to ``output``."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from papercli import __version__, core, output
from papercli.errors import PapercliError, UsageError, ValidationError
from papercli.model import STATUSES, Paper
from papercli.query import Filters

if TYPE_CHECKING:
    from papercli.importers.base import ParseResult


class PapercliGroup(TyperGroup):
    """Turns every domain error into ``Error: ...`` on stderr and its exit code, in one place."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except PapercliError as exc:
            if os.environ.get("PAPERCLI_DEBUG"):
                import traceback

                traceback.print_exc()
            output.error(exc.message, exc.details)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            output.error("interrupted; nothing was changed by the unfinished step")
            raise typer.Exit(130) from None


app = typer.Typer(
    cls=PapercliGroup,
    name="papercli",
    help="Keep a reading list of research papers from the terminal and from scripts.",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# ---------------------------------------------------------------------------------------------
# Shared options


def _complete_tags(ctx: typer.Context, incomplete: str) -> list[str]:
    db = ctx.find_root().params.get("db")
    try:
        counts = core.tag_counts(Path(db) if db else _db_path())
    except PapercliError:
        return []
    return [tag for tag, _ in counts if tag.startswith(incomplete)]


def _complete_status(incomplete: str) -> list[str]:
    return [s for s in STATUSES if s.startswith(incomplete)]


FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="table, json, jsonl, csv or ids.",
        autocompletion=lambda: list(output.FORMATS),
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
StatusFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        "-s",
        help="unread, reading or read (repeatable).",
        autocompletion=_complete_status,
    ),
]
TagFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--tag", "-t", help="Has this tag (repeatable: all of them).", autocompletion=_complete_tags
    ),
]
TopicFilter = Annotated[str | None, typer.Option("--topic", help="Has this topic.")]
VenueFilter = Annotated[str | None, typer.Option("--venue", help="Venue contains this.")]
YearFilter = Annotated[str | None, typer.Option("--year", help="2021, 2020..2022, ..2019, 2020..")]
AuthorFilter = Annotated[
    str | None, typer.Option("--author", help="An author's name contains this.")
]
RefArgument = Annotated[
    str,
    typer.Argument(metavar="REF", help="Id, arXiv/DOI/OpenReview id or URL, or title words."),
]
RefsArgument = Annotated[
    list[str], typer.Argument(metavar="REF...", help="Ids, identifiers or title words.")
]
QueryWords = Annotated[
    list[str] | None, typer.Argument(help="Words that must all occur.", show_default=False)
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N papers.")]

TitleField = Annotated[str | None, typer.Option("--title", help="Title.")]
AuthorField = Annotated[
    list[str] | None, typer.Option("--author", "-a", help="Author (repeatable, in order).")
]
VenueField = Annotated[str | None, typer.Option("--venue", help="Venue, e.g. ICLR.")]
YearField = Annotated[int | None, typer.Option("--year", help="Year.")]
TopicField = Annotated[list[str] | None, typer.Option("--topic", help="Topic (repeatable).")]
SummaryField = Annotated[str | None, typer.Option("--summary", help="One-paragraph TL;DR.")]
AbstractField = Annotated[str | None, typer.Option("--abstract", help="Abstract.")]
UrlField = Annotated[str | None, typer.Option("--url", help="Landing page URL.")]
PdfUrlField = Annotated[str | None, typer.Option("--pdf-url", help="PDF URL.")]
CodeUrlField = Annotated[str | None, typer.Option("--code-url", help="Code URL.")]
TagField = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", help="Tag (repeatable).", autocompletion=_complete_tags),
]
StatusField = Annotated[
    str | None,
    typer.Option("--status", help="unread, reading or read.", autocompletion=_complete_status),
]
PriorityField = Annotated[
    int | None, typer.Option("--priority", help="0 normal; higher is sooner.")
]
NoteField = Annotated[str | None, typer.Option("--note", help="Notes text.")]


# The field options shared by add, edit and import: parameter name -> Paper field.
FIELD_OPTIONS = {
    **{
        name: name
        for name in (
            "title",
            "venue",
            "year",
            "summary",
            "abstract",
            "url",
            "pdf_url",
            "code_url",
            "status",
            "priority",
        )
    },
    "author": "authors",
    "topic": "topics",
    "tag": "tags",
    "note": "notes",
}


def _fields(parameters: dict[str, Any]) -> dict[str, Any]:
    """The field options given to a command (its ``locals()``), under the Paper's names.

    A value no paper can have (--status done, --year 99999, an empty --title) is a usage
    error (exit 2), found here before anything is read or written.
    """
    fields = {
        FIELD_OPTIONS[name]: value
        for name, value in parameters.items()
        if name in FIELD_OPTIONS and value is not None
    }
    try:
        Paper.from_dict({"title": "probe", **fields})
    except ValidationError as exc:
        raise UsageError(exc.message) from None
    return fields


def _words(words: list[str] | None) -> str | None:
    """Free query words given as several arguments, as one string."""
    return " ".join(words) if words else None


def _format(fmt: str, as_json: bool, allowed: tuple[str, ...] = output.FORMATS) -> str:
    chosen = "json" if as_json else fmt
    if chosen not in allowed:
        raise UsageError(f"unknown format {chosen!r}; use one of {', '.join(allowed)}")
    return chosen


_library_path: Path | None = None


def _db_path() -> Path:
    """The library file: --db, else $PAPERCLI_DB, else the user data dir."""
    if _library_path is not None:
        return _library_path
    from papercli.storage import default_library_path

    return default_library_path()


def _filters(
    status: list[str] | None,
    tag: list[str] | None,
    topic: str | None,
    venue: str | None,
    year: str | None,
    author: str | None,
    words: str | None = None,
) -> Filters:
    return Filters(
        status=status or [],
        tags=tag or [],
        topic=topic,
        venue=venue,
        year=year,
        author=author,
        words=words,
    )


def _version(value: bool) -> None:
    if value:
        output.write_stdout(f"papercli {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Library file (default: $PAPERCLI_DB, else the user data dir).",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    """Keep a reading list of research papers from the terminal and from scripts.

    Example: papercli add 2302.08811 --tag diffusion
    """
    global _library_path
    _library_path = Path(db).expanduser() if db else None


# ---------------------------------------------------------------------------------------------
# Reading commands


@app.command("list")
def list_command(
    query: QueryWords = None,
    status: StatusFilter = None,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    sort: Annotated[
        str | None,
        typer.Option("--sort", help="added, id, title, year, venue, priority, status or read."),
    ] = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Reverse the order.")] = False,
    limit: LimitOption = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List papers, newest first, narrowed by filters.

    Example: papercli list --status unread --venue ICLR --year 2021..2022 --json
    """
    fmt = _format(fmt, as_json)
    filters = _filters(status, tag, topic, venue, year, author, _words(query))
    papers = core.list_papers(_db_path(), filters, sort, reverse, limit)
    output.print_papers(papers, fmt)


@app.command()
def search(
    text: Annotated[
        list[str], typer.Argument(help="What to look for: title words, an author, a tag.")
    ],
    status: StatusFilter = None,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most N results.")] = 20,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0, max=100, help="Drop results scoring below this.")
    ] = 50.0,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Fuzzy search over titles, alt titles, authors, summaries, tags and topics.

    Example: papercli search "atention is al you need" --limit 5
    """
    fmt = _format(fmt, as_json)
    filters = _filters(status, tag, topic, venue, year, author)
    results = core.search_papers(_db_path(), " ".join(text), filters, limit, min_score)
    output.print_scored(results, fmt)


@app.command()
def show(
    ref: RefArgument,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Show one paper with all its fields.

    Example: papercli show "perceiver io" --json
    """
    output.print_paper(core.show_paper(_db_path(), ref), _format(fmt, as_json))


@app.command()
def tags(fmt: FormatOption = "table", as_json: JsonOption = False) -> None:
    """List tags with the number of papers carrying each.

    Example: papercli tags --json
    """
    output.print_tags(core.tag_counts(_db_path()), _format(fmt, as_json))


@app.command("next")
def next_command(
    count: Annotated[int, typer.Argument(min=1, help="How many papers.")] = 10,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """The reading queue: papers being read, then unread by priority, then oldest added.

    Example: papercli next 3 --tag weekly
    """
    fmt = _format(fmt, as_json)
    filters = _filters(None, tag, topic, venue, year, author)
    output.print_papers(core.next_papers(_db_path(), count, filters), fmt)


@app.command()
def stats(
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or jsonl.")] = "table",
    as_json: JsonOption = False,
) -> None:
    """Counts by status, topic, venue and year, and papers read per week as bars.

    Example: papercli stats --venue ICLR
    """
    fmt = _format(fmt, as_json, allowed=("table", "json", "jsonl"))
    filters = _filters(None, tag, topic, venue, year, author)
    output.print_stats(core.library_stats(_db_path(), filters), fmt)


@app.command("open")
def open_command(
    ref: RefArgument,
    pdf: Annotated[bool, typer.Option("--pdf", help="Open the PDF instead.")] = False,
    print_only: Annotated[
        bool, typer.Option("--print", help="Print the URL, don't open it.")
    ] = False,
) -> None:
    """Open a paper's landing page (or PDF) in the browser ($BROWSER is honoured).

    Example: papercli open 12 --pdf
    """
    paper = core.show_paper(_db_path(), ref)
    url = core.paper_link(paper, pdf)
    if print_only:
        output.write_stdout(url)
        return
    import webbrowser

    if not webbrowser.open(url):
        raise PapercliError(f"no browser could be started; the URL is {url}")
    output.message(f"Opened {url}")


# ---------------------------------------------------------------------------------------------
# Changing commands


@app.command()
def add(
    what: Annotated[
        str | None,
        typer.Argument(
            metavar="TITLE|URL|ID", help="A title, or an arXiv/OpenReview/DOI id or URL."
        ),
    ] = None,
    title: TitleField = None,
    author: AuthorField = None,
    venue: VenueField = None,
    year: YearField = None,
    topic: TopicField = None,
    summary: SummaryField = None,
    abstract: AbstractField = None,
    url: UrlField = None,
    pdf_url: PdfUrlField = None,
    code_url: CodeUrlField = None,
    tag: TagField = None,
    status: StatusField = None,
    priority: PriorityField = None,
    note: NoteField = None,
    no_fetch: Annotated[bool, typer.Option("--no-fetch", help="Don't fetch metadata.")] = False,
    allow_duplicate: Annotated[
        bool, typer.Option("--allow-duplicate", help="Add even if already there.")
    ] = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Add a paper by title, or by arXiv/OpenReview/DOI id or URL (metadata is fetched).

    Example: papercli add https://arxiv.org/abs/1706.03762 --tag transformers
    """
    fmt = _format(fmt, as_json)
    fields = _fields(locals())
    if not allow_duplicate:
        core.refuse_known_identifier(_db_path(), what)
    try:
        paper = core.build_paper(what, fields, fetch=not no_fetch)
    except ValidationError as exc:  # a title no paper can have: a bad value, like a bad option
        raise UsageError(exc.message) from None
    added = core.add_paper(_db_path(), paper, allow_duplicate)
    output.message(f"Added #{added.id}: {added.title}", "green")
    output.print_paper(added, fmt)


@app.command()
def edit(
    ref: RefArgument,
    title: TitleField = None,
    author: AuthorField = None,
    venue: VenueField = None,
    year: YearField = None,
    topic: TopicField = None,
    summary: SummaryField = None,
    abstract: AbstractField = None,
    url: UrlField = None,
    pdf_url: PdfUrlField = None,
    code_url: CodeUrlField = None,
    tag: TagField = None,
    status: StatusField = None,
    priority: PriorityField = None,
    note: NoteField = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Change fields of a paper; list options (--author, --topic, --tag) replace the list.

    Example: papercli edit 3 --venue ICLR --year 2022 --priority 2
    """
    fmt = _format(fmt, as_json)
    changes = _fields(locals())
    if not changes:
        raise UsageError("nothing to change: give at least one field option, e.g. --venue ICLR")
    paper = core.edit_paper(_db_path(), ref, changes)
    output.message(f"Edited #{paper.id}: {paper.title}", "green")
    output.print_paper(paper, fmt)


@app.command()
def tag(
    ref: RefArgument,
    tags: Annotated[
        list[str],
        typer.Argument(metavar="TAG...", help="Tags to add.", autocompletion=_complete_tags),
    ],
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Add tags to a paper.

    Example: papercli tag "autoregressive diffusion" diffusion generative
    """
    paper = core.tag_paper(_db_path(), ref, add=tags, remove=[])
    _report_change(paper, f"tags: {', '.join(paper.tags)}", _format(fmt, as_json))


@app.command()
def untag(
    ref: RefArgument,
    tags: Annotated[
        list[str],
        typer.Argument(metavar="TAG...", help="Tags to remove.", autocompletion=_complete_tags),
    ],
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Remove tags from a paper.

    Example: papercli untag 4 diffusion
    """
    paper = core.tag_paper(_db_path(), ref, add=[], remove=tags)
    _report_change(paper, f"tags: {', '.join(paper.tags) or '(none)'}", _format(fmt, as_json))


def _report_change(paper: Paper, what: str, fmt: str) -> None:
    output.message(f"#{paper.id} {paper.title} — {what}", "green")
    if fmt != "table":
        output.print_paper(paper, fmt)


def _mark(refs: list[str], status: str, fmt: str) -> None:
    papers = core.set_status(_db_path(), refs, status)
    for paper in papers:
        output.message(f"#{paper.id} {paper.title} — {status}", "green")
    if fmt != "table":
        output.print_papers(papers, fmt)


@app.command("mark-read")
def mark_read(refs: RefsArgument, fmt: FormatOption = "table", as_json: JsonOption = False) -> None:
    """Mark papers as read (sets read_at).

    Example: papercli mark-read 3 "perceiver io"
    """
    _mark(refs, "read", _format(fmt, as_json))


@app.command("mark-reading")
def mark_reading(
    refs: RefsArgument, fmt: FormatOption = "table", as_json: JsonOption = False
) -> None:
    """Mark papers as being read.

    Example: papercli mark-reading 2302.08811
    """
    _mark(refs, "reading", _format(fmt, as_json))


@app.command("mark-unread")
def mark_unread(
    refs: RefsArgument, fmt: FormatOption = "table", as_json: JsonOption = False
) -> None:
    """Mark papers as unread (clears read_at).

    Example: papercli mark-unread 3
    """
    _mark(refs, "unread", _format(fmt, as_json))


@app.command()
def note(
    ref: RefArgument,
    text: Annotated[str | None, typer.Argument(help="The note; without it $EDITOR opens.")] = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Append a note to a paper; without TEXT, write it in $EDITOR.

    Example: papercli note 3 "Section 4 has the ablation I need"
    """
    fmt = _format(fmt, as_json)
    db = _db_path()
    if text is None:
        paper = core.show_paper(db, ref)
        text = _note_from_editor(paper)
        ref = str(paper.id)  # the paper the note was written for, whatever changed meanwhile
    paper = core.add_note(db, ref, text)
    _report_change(paper, "note added", fmt)


def _note_from_editor(paper: Paper) -> str:
    """A note written in $VISUAL or $EDITOR (lines starting with # are dropped)."""
    import shlex
    import subprocess
    import tempfile

    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        raise PapercliError(
            "no note text given and $EDITOR is not set: give the text as an argument, or set EDITOR"
        )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "note.md"
        path.write_text(
            f"\n# Note on #{paper.id}: {paper.title}\n"
            "# Lines starting with # are ignored; an empty note changes nothing.\n",
            encoding="utf-8",
        )
        try:
            result = subprocess.run([*shlex.split(editor), str(path)], check=False)
        except ValueError:  # shlex: an unbalanced quote in the setting
            raise PapercliError(f"cannot read the editor setting {editor!r}") from None
        except OSError as exc:
            raise PapercliError(f"could not start editor {editor!r}: {exc.strerror}") from None
        if result.returncode != 0:
            raise PapercliError(
                f"editor {editor!r} exited with {result.returncode}; nothing was changed"
            )
        text = path.read_text(encoding="utf-8", errors="replace")
    return "\n".join(line for line in text.splitlines() if not line.startswith("#")).strip()


@app.command()
def remove(
    refs: RefsArgument,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask.")] = False,
) -> None:
    """Remove papers (asks on a terminal; needs --yes otherwise). Undo with 'papercli undo'.

    Example: papercli remove 12 --yes
    """
    db = _db_path()
    papers = core.resolve_refs(db, refs)
    if not yes:
        if not sys.stdin.isatty():
            raise PapercliError(
                "not removing without confirmation: add --yes when not on a terminal"
            )
        for paper in papers:
            output.message(f"  #{paper.id} {paper.title}")
        if not typer.confirm(f"Remove {len(papers)} paper(s)?", default=False, err=True):
            raise PapercliError("nothing was removed")
    removed = core.remove_papers(db, [p.id for p in papers])
    for paper in removed:
        output.message(f"Removed #{paper.id}: {paper.title}", "green")


@app.command("import")
def import_command(
    file: Annotated[str, typer.Argument(metavar="FILE|-", help="File to import, or - for stdin.")],
    input_format: Annotated[
        str, typer.Option("--format", help="auto, digest, bibtex, json, jsonl or csv.")
    ] = "auto",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be added.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the papers as JSON.")] = False,
    keep_uncertain: Annotated[
        bool,
        typer.Option(
            "--keep-uncertain", help="Digests: also keep papers whose title is uncertain."
        ),
    ] = False,
    title: TitleField = None,
    author: AuthorField = None,
    venue: VenueField = None,
    year: YearField = None,
    topic: TopicField = None,
    summary: SummaryField = None,
    abstract: AbstractField = None,
    url: UrlField = None,
    pdf_url: PdfUrlField = None,
    code_url: CodeUrlField = None,
    tag: TagField = None,
    status: StatusField = None,
    priority: PriorityField = None,
    note: NoteField = None,
) -> None:
    """Import many papers from a digest, BibTeX, JSON, JSONL or CSV file.

    Example: papercli import examples/weekly-digest.md --tag weekly
    """
    from papercli.importers import FORMATS

    if input_format not in ("auto", *FORMATS):
        raise UsageError(
            f"unknown import format {input_format!r}; use one of auto, {', '.join(FORMATS)}"
        )
    overrides = _fields(locals())
    extra_tags = overrides.pop("tags", [])  # added to each paper's own tags, not replacing them
    data, name = core.read_input(file)
    parsed = core.parse_input(data, name, input_format, keep_uncertain)
    if input_format == "auto":
        output.message(f"Reading {name} as {parsed.format}.", "dim")
    _report_uncertain(parsed)
    with output.progress_bar("Checking papers", len(parsed.papers)) as progress:
        report = core.import_papers(_db_path(), parsed, overrides, extra_tags, dry_run, progress)
    if dry_run:
        _show_confidence(parsed, report.added)
    output.print_import_report(report, "json" if as_json else "table", dry_run)


def _report_uncertain(parsed: ParseResult) -> None:
    """List on stderr the digest titles left out as uncertain (kept with --keep-uncertain)."""
    from papercli.importers.digest import DigestResult

    if not isinstance(parsed, DigestResult) or not parsed.uncertain:
        return
    output.message(
        f"{len(parsed.uncertain)} uncertain title(s) left out (keep them with --keep-uncertain):",
        "yellow",
    )
    for paper in parsed.uncertain[:50]:
        confidence = parsed.confidence_of(paper)
        output.message(f"  uncertain ({confidence:.2f}): {paper.title[:90]}", "dim")
    if len(parsed.uncertain) > 50:
        output.message(f"  … and {len(parsed.uncertain) - 50} more", "dim")


def _show_confidence(parsed: ParseResult, papers: list[Paper]) -> None:
    """Give each digest paper of a dry run its ``confidence`` key (the contract's dry-run
    output). Dry-run papers are never stored, so the key never reaches the library."""
    from papercli.importers.digest import DigestResult

    if isinstance(parsed, DigestResult):
        for paper in papers:
            vars(paper)["confidence"] = parsed.confidence_of(paper)


@app.command()
def export(
    query: QueryWords = None,
    status: StatusFilter = None,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="json, jsonl, csv, bibtex or markdown.")
    ] = "json",
    out: Annotated[str | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Write papers out as JSON, JSONL, CSV, BibTeX or Markdown.

    Example: papercli export --tag diffusion --format bibtex -o diffusion.bib
    """
    papers = core.list_papers(
        _db_path(), _filters(status, tag, topic, venue, year, author, _words(query)), sort="id"
    )
    data = output.export_bytes(papers, fmt)
    if out:
        core.write_export(Path(out), data)
        output.message(f"Wrote {len(papers)} papers to {out}", "green")
    else:
        output.write_stdout_bytes(data)


@app.command()
def undo() -> None:
    """Revert the last change to the library; run again for the one before.

    Example: papercli undo
    """
    label = core.undo_last(_db_path())
    output.message(f"Undid: {label}", "green")


@app.command()
def restore(
    number: Annotated[
        int | None, typer.Argument(min=1, help="Backup to restore (1 = newest).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or jsonl.")] = "table",
    as_json: JsonOption = False,
) -> None:
    """List the kept backups of the library, or restore backup NUMBER.

    Example: papercli restore 1
    """
    db = _db_path()
    if number is None:
        output.print_backups(core.backups(db), _format(fmt, as_json, ("table", "json", "jsonl")))
        return
    backup, count = core.restore(db, number)
    output.message(
        f"Restored {backup.path.name} ({count} papers); the replaced file was kept as a backup",
        "green",
    )


def _invoked_command(argv: list[str]) -> str | None:
    """The subcommand named on the command line (skipping global options), if any."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("-"):
            return arg
    return None


def main() -> None:
    """Run the app; ``papercli.launcher`` calls this.

    Start-up time is a feature: only the invoked command is turned into a Click command
    (building all of them costs tens of milliseconds).
    """
    import gc

    # A short-lived process: the collector would only rescan the loaded library again and
    # again (at 100k papers it doubles the run time). Reference counting still frees memory.
    gc.disable()
    argv = sys.argv[1:]
    name = _invoked_command(argv)
    chosen = [c for c in app.registered_commands if name and c.name == name]
    if chosen and os.environ.get("_PAPERCLI_COMPLETE") is None:
        app.registered_commands = chosen
    app()
