"""The ``papercli`` command line: parses arguments, calls ``core``, hands results to ``output``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.models import CommandFunctionType

from papercli import __version__, core, output
from papercli.errors import PapercliError, UsageError, ValidationError
from papercli.matching import SEARCH_MIN_SCORE
from papercli.model import STATUSES, Paper
from papercli.query import SORT_FIELDS, Filters

# Short names a user may type for a command (shown in the help beside the command).
COMMAND_ALIASES = {"ls": "list", "rm": "remove"}
# Options of the whole program that may also be given after the command: name -> takes a value.
GLOBAL_OPTIONS = {"--db": True}


def global_options_first(args: list[str]) -> list[str]:
    """ARGS with global options given after the command (``list --db x``) moved before it,
    where Click looks for them. Nothing after ``--`` is moved."""
    args = list(args)
    moved: list[str] = []
    command_at = None
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS:
            takes_value = GLOBAL_OPTIONS[name] and "=" not in arg
            taken = args[i : i + 2] if takes_value else [arg]
            if command_at is not None:
                moved += taken
                del args[i : i + len(taken)]
                continue
            i += len(taken)
            continue
        if command_at is None and not arg.startswith("-"):
            command_at = i
        i += 1
    if not moved or command_at is None:
        return args
    return [*args[:command_at], *moved, *args[command_at:]]


class PapercliCommand(TyperCommand):
    """A command whose usage line names arguments plainly (``REF``, not ``{REF}``) and whose
    options without a metavar show their name (``--db PATH``, never ``<str>``)."""

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [p.replace("{", "").replace("}", "") for p in super().collect_usage_pieces(ctx)]

    def format_options(self, ctx: Any, formatter: Any) -> None:
        for param in self.get_params(ctx):
            if param.param_type_name == "option" and param.metavar is None:
                param.metavar = (param.name or "value").upper()
        super().format_options(ctx, formatter)


class PapercliTyper(typer.Typer):
    """Typer whose commands are PapercliCommands."""

    def command(
        self, name: str | None = None, *, cls: type[TyperCommand] | None = None, **kwargs: Any
    ) -> Callable[[CommandFunctionType], CommandFunctionType]:
        return super().command(name, cls=cls or PapercliCommand, **kwargs)


if TYPE_CHECKING:
    from papercli.importers.base import ParseResult


class PapercliGroup(TyperGroup):
    """Turns every domain error into ``Error: ...`` on stderr and its exit code, in one place.

    It also takes global options on either side of the command, knows the command aliases,
    and lists each command's whole first help line.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.resilient_parsing:  # completing: the shell may have split '--db=PATH'
            args = _joined_completion_options(args)
        return super().parse_args(ctx, global_options_first(args))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        return super().get_command(ctx, COMMAND_ALIASES.get(cmd_name, cmd_name))

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        return [p.replace("{", "").replace("}", "") for p in super().collect_usage_pieces(ctx)]

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        aliases = {name: alias for alias, name in COMMAND_ALIASES.items()}
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            shown = f"{name}, {aliases[name]}" if name in aliases else name
            rows.append((shown, (command.help or "").strip().split("\n\n")[0].replace("\n", " ")))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        from papercli import storage

        storage.committed_change = None  # what a Ctrl-C reports: nothing saved yet
        try:
            return super().invoke(ctx)
        except PapercliError as exc:
            if os.environ.get("PAPERCLI_DEBUG"):
                import traceback

                traceback.print_exc()
            output.error(exc.message, exc.details)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            interrupted()
            raise typer.Exit(130) from None


_own_process = False  # set by main(): papercli runs as its own program


def interrupted() -> None:
    """The message for a Ctrl-C: what was saved, if the change had been committed.

    A second Ctrl-C is ignored from here: papercli's own process is ending anyway. A caller
    running the app in its process (a test's CliRunner) gets its handler back after the
    message, and so do the programs it starts later.
    """
    import signal

    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _say_interrupted()
    finally:
        # None: a handler not set from Python, which cannot be put back
        if not _own_process and handler is not None:
            signal.signal(signal.SIGINT, handler)


def _say_interrupted() -> None:
    from papercli import storage

    change = storage.committed_change
    if change:
        # An undo is taken back by redo; anything else (a redo too) by undo.
        again = "'papercli redo' re-applies it" if change.startswith("undo of ") else None
        output.error(
            f"interrupted after the change was saved ({change}); "
            + (again or "'papercli undo' reverts it")
        )
    else:
        output.error("interrupted; nothing was changed")


app = PapercliTyper(
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


def _joined_completion_options(args: list[str]) -> list[str]:
    """ARGS with a global option bash split at '=' for completion (``--db``, ``=``, ``PATH``:
    '=' is one of bash's word breaks) joined again as ``--db=PATH``."""
    joined: list[str] = []
    i = 0
    while i < len(args):
        if args[i] in GLOBAL_OPTIONS and i + 2 < len(args) and args[i + 1] == "=":
            joined.append(f"{args[i]}={args[i + 2]}")
            i += 3
            continue
        joined.append(args[i])
        i += 1
    return joined


def _completion_db(ctx: typer.Context) -> Path:
    """The library a completion reads: ``--db`` from the command line being completed (before
    or after the command; '~' as the shell will expand it), else the usual one."""
    db = ctx.find_root().params.get("db")
    return Path(db).expanduser() if db else _db_path()


def _complete_tags(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        counts = core.tag_counts(_completion_db(ctx))
    except PapercliError:
        return []
    return [tag for tag, _ in counts if tag.startswith(incomplete)]


def _complete_status(incomplete: str) -> list[str]:
    return [s for s in STATUSES if s.startswith(incomplete)]


def _choices(values: tuple[str, ...] | list[str]) -> Callable[[str], list[str]]:
    """A completion function offering VALUES."""
    return lambda incomplete: [v for v in values if v.startswith(incomplete)]


def _complete_topics(ctx: typer.Context, incomplete: str) -> list[str]:
    try:
        papers = core.list_papers(_completion_db(ctx), Filters())
    except PapercliError:
        return []
    topics = dict.fromkeys(t for p in papers for t in p.topics)
    return [t for t in topics if t.startswith(incomplete)]


def _complete_own_tags(ctx: typer.Context, incomplete: str) -> list[str]:
    """For ``untag REF``: only the tags that paper has."""
    ref = ctx.params.get("ref")
    if not ref:
        return []
    try:
        paper = core.show_paper(_completion_db(ctx), ref)
    except PapercliError:
        return []
    return [t for t in paper.tags if t.startswith(incomplete)]


def _check_refs(value: Any) -> Any:
    """``core.check_refs`` on a REF argument: text that is not UTF-8 or a whole number below
    1 ('-1', '0') is a usage error, not title words to match fuzzily."""
    refs = [ref for ref in (value if isinstance(value, list) else [value]) if isinstance(ref, str)]
    try:
        core.check_refs(refs)
    except UsageError as exc:
        raise typer.BadParameter(exc.message) from None
    return value


def _check_words(value: Any) -> Any:
    """``core.check_words`` on query words: words that are not UTF-8 are a usage error."""
    try:
        core.check_words(value or [])
    except UsageError as exc:
        raise typer.BadParameter(exc.message) from None
    return value


def _check_tags(value: list[str]) -> list[str]:
    if any(not tag.strip() for tag in value):
        raise typer.BadParameter("a tag cannot be empty")
    return value


def _since_option(what: str) -> Any:
    return typer.Option(
        f"--{what}-since",
        metavar="DATE",
        help=f"{what.capitalize()} on or after DATE: 2026-11-02, or a span back like 7d or 4w.",
    )


def _format_option(help_text: str, choices: tuple[str, ...]) -> Any:
    """The ``--format``/``-f`` option of a command whose formats are CHOICES."""
    return typer.Option(
        "--format", "-f", metavar="FORMAT", help=help_text, autocompletion=_choices(choices)
    )


# The formats of a report (refresh, pdf, stats, undo --list, restore's list).
REPORT_FORMATS = ("table", "json", "jsonl")

FormatOption = Annotated[str, _format_option("table, json, jsonl, csv or ids.", output.FORMATS)]
JsonOption = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
ShowFormatOption = Annotated[
    str,
    _format_option(
        "table, json, jsonl, csv, ids, or a citation: bibtex, csl-json, ris, text.",
        (*output.FORMATS, *core.CITE_FORMATS),
    ),
]
ReportFormatOption = Annotated[str, _format_option("table, json or jsonl.", REPORT_FORMATS)]
CiteFormatOption = Annotated[
    str,
    _format_option(
        "bibtex, csl-json, ris or text (a plain APA-like reference).", core.CITE_FORMATS
    ),
]
StatusFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--status",
        "-s",
        metavar="STATUS",
        help="unread, reading or read (repeatable).",
        autocompletion=_complete_status,
    ),
]
TagFilter = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Has this tag (repeatable: all of them).",
        autocompletion=_complete_tags,
    ),
]
TopicFilter = Annotated[
    str | None,
    typer.Option(
        "--topic", metavar="TOPIC", help="Has this topic.", autocompletion=_complete_topics
    ),
]
VenueFilter = Annotated[
    str | None, typer.Option("--venue", metavar="VENUE", help="Venue contains this.")
]
YearFilter = Annotated[
    str | None,
    typer.Option("--year", metavar="YEAR", help="2021, 2020..2022, ..2019, 2020.."),
]
AuthorFilter = Annotated[
    str | None, typer.Option("--author", metavar="NAME", help="An author's name contains this.")
]
AddedSince = Annotated[str | None, _since_option("added")]
ReadSince = Annotated[str | None, _since_option("read")]
MAX_LIMIT = 1_000_000_000  # --limit beyond this is a usage error (exit 2)

RefArgument = Annotated[
    str,
    typer.Argument(
        metavar="REF",
        help="Id, arXiv/DOI/OpenReview id or URL, or title words.",
        callback=_check_refs,
    ),
]
RefsArgument = Annotated[
    list[str],
    typer.Argument(metavar="REF...", help="Ids, identifiers or title words.", callback=_check_refs),
]
QueryWords = Annotated[
    list[str] | None,
    typer.Argument(
        metavar="WORDS...",
        help="Words that must all occur.",
        show_default=False,
        callback=_check_words,
    ),
]
LimitOption = Annotated[
    int | None,
    typer.Option("--limit", "-n", metavar="N", min=0, max=MAX_LIMIT, help="At most N papers."),
]

TitleField = Annotated[str | None, typer.Option("--title", metavar="TITLE", help="Title.")]
AuthorField = Annotated[
    list[str] | None,
    typer.Option("--author", "-a", metavar="NAME", help="Author (repeatable, in order)."),
]
VenueField = Annotated[
    str | None, typer.Option("--venue", metavar="VENUE", help="Venue, e.g. ICLR.")
]
YearField = Annotated[int | None, typer.Option("--year", metavar="YEAR", help="Year.")]
TopicField = Annotated[
    list[str] | None,
    typer.Option(
        "--topic", metavar="TOPIC", help="Topic (repeatable).", autocompletion=_complete_topics
    ),
]
SummaryField = Annotated[
    str | None, typer.Option("--summary", metavar="TEXT", help="One-paragraph TL;DR.")
]
AbstractField = Annotated[str | None, typer.Option("--abstract", metavar="TEXT", help="Abstract.")]
UrlField = Annotated[str | None, typer.Option("--url", metavar="URL", help="Landing page URL.")]
PdfUrlField = Annotated[str | None, typer.Option("--pdf-url", metavar="URL", help="PDF URL.")]
CodeUrlField = Annotated[str | None, typer.Option("--code-url", metavar="URL", help="Code URL.")]
TagField = Annotated[
    list[str] | None,
    typer.Option(
        "--tag",
        "-t",
        metavar="TAG",
        help="Tag (repeatable).",
        autocompletion=_complete_tags,
        callback=lambda value: _check_tags(value) if value else value,
    ),
]
StatusField = Annotated[
    str | None,
    typer.Option(
        "--status",
        metavar="STATUS",
        help="unread, reading or read.",
        autocompletion=_complete_status,
    ),
]
PriorityField = Annotated[
    int | None, typer.Option("--priority", metavar="N", help="0 normal; higher is sooner.")
]
NoteField = Annotated[str | None, typer.Option("--note", metavar="TEXT", help="Notes text.")]
KeyField = Annotated[
    str | None,
    typer.Option(
        "--key",
        metavar="KEY",
        help="Citation key, unique in the library ('' on edit: a fresh one).",
    ),
]


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
    "key": "key",
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
    for name, value in parameters.items():
        if name in FIELD_OPTIONS and value is not None:
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str):
                    _utf8_argument(text, f"--{name.replace('_', '-')}")
    try:
        Paper.from_dict({"title": "probe", **fields})
        if fields.get("key"):  # a new key: no control characters either
            from papercli.model import check_key

            check_key(fields["key"])
    except ValidationError as exc:
        raise UsageError(exc.message) from None
    return fields


def _utf8_argument(text: str, what: str) -> str:
    """TEXT, when it is valid UTF-8; a usage error naming WHAT otherwise (bytes that are not
    UTF-8 reach Python as surrogate escapes, which no JSON file can hold)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageError(
            f"{what} is not valid UTF-8 text; give it in UTF-8 (check the terminal's encoding)"
        ) from None
    return text


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
    added_since: str | None = None,
    read_since: str | None = None,
) -> Filters:
    # Bytes that are not UTF-8 would match nothing, or everything: a usage error instead.
    values = [*(status or []), *(tag or []), topic, venue, year, author, added_since, read_since]
    core.check_words([v for v in values if v is not None], "a filter value")
    return Filters(
        status=status or [],
        tags=tag or [],
        topic=topic,
        venue=venue,
        year=year,
        author=author,
        words=words,
        added_since=added_since,
        read_since=read_since,
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
            metavar="PATH",
            help="Library file (default: $PAPERCLI_DB, else the user data dir); before or "
            "after the command.",
            show_default=False,
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version."),
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
    added_since: AddedSince = None,
    read_since: ReadSince = None,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            metavar="FIELD",
            help="added, id, title, year, venue, priority, status or read.",
            autocompletion=_choices(SORT_FIELDS),
        ),
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
    filters = _filters(
        status, tag, topic, venue, year, author, _words(query), added_since, read_since
    )
    papers = core.list_papers(_db_path(), filters, sort, reverse, limit)
    output.print_papers(papers, fmt)


@app.command()
def search(
    text: Annotated[
        list[str],
        typer.Argument(
            metavar="WORDS...",
            help="What to look for: title words, an author, a tag.",
            callback=_check_words,
        ),
    ],
    status: StatusFilter = None,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    added_since: AddedSince = None,
    read_since: ReadSince = None,
    limit: Annotated[
        int,
        typer.Option("--limit", "-n", metavar="N", min=1, max=MAX_LIMIT, help="At most N results."),
    ] = 20,
    min_score: Annotated[
        float,
        typer.Option(
            "--min-score",
            metavar="SCORE",
            min=0,
            max=100,
            help="Drop results scoring below this.",
        ),
    ] = SEARCH_MIN_SCORE,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Fuzzy search over titles, alt titles, authors, summaries, tags and topics.

    Example: papercli search "atention is al you need" --limit 5
    """
    fmt = _format(fmt, as_json)
    if not " ".join(text).strip():
        raise UsageError("nothing to search for: give some words, e.g. papercli search diffusion")
    filters = _filters(status, tag, topic, venue, year, author, None, added_since, read_since)
    results = core.search_papers(_db_path(), " ".join(text), filters, limit, min_score)
    output.print_scored(results, fmt)


@app.command()
def show(
    ref: RefArgument,
    fmt: ShowFormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Show one paper with all its fields (or as a citation: --format bibtex, csl-json, ris).

    Example: papercli show "perceiver io" --json
    """
    if fmt in core.CITE_FORMATS and not as_json:
        output.write_citations(core.cite_papers(_db_path(), [ref]), fmt, citation=False)
        return
    output.print_paper(core.show_paper(_db_path(), ref), _format(fmt, as_json))


@app.command()
def tags(fmt: FormatOption = "table", as_json: JsonOption = False) -> None:
    """List tags with the number of papers carrying each.

    Example: papercli tags --json
    """
    output.print_tags(core.tag_counts(_db_path()), _format(fmt, as_json))


@app.command("next")
def next_command(
    count: Annotated[int, typer.Argument(metavar="N", min=1, help="How many papers.")] = 10,
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    added_since: AddedSince = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """The reading queue: papers being read, then unread by priority, then oldest added.

    Example: papercli next 3 --tag weekly
    """
    fmt = _format(fmt, as_json)
    filters = _filters(None, tag, topic, venue, year, author, None, added_since)
    output.print_papers(core.next_papers(_db_path(), count, filters), fmt)


@app.command()
def stats(
    tag: TagFilter = None,
    topic: TopicFilter = None,
    venue: VenueFilter = None,
    year: YearFilter = None,
    author: AuthorFilter = None,
    added_since: AddedSince = None,
    read_since: ReadSince = None,
    by: Annotated[
        str,
        typer.Option(
            "--by",
            metavar="PERIOD",
            help="Bars of papers read per week or per month (by read_at).",
            autocompletion=_choices(("week", "month")),
        ),
    ] = "week",
    fmt: ReportFormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Counts by status, topic, venue and year, and papers read per week (or month) as bars.

    Example: papercli stats --venue ICLR --by month
    """
    fmt = _format(fmt, as_json, REPORT_FORMATS)
    if by not in ("week", "month"):
        raise UsageError(f"unknown period {by!r}; use week or month")
    filters = _filters(None, tag, topic, venue, year, author, None, added_since, read_since)
    output.print_stats(core.library_stats(_db_path(), filters), fmt, by)


@app.command("open")
def open_command(
    ref: RefArgument,
    pdf: Annotated[
        bool, typer.Option("--pdf", help="Open the PDF instead (the downloaded file if any).")
    ] = False,
    print_only: Annotated[
        bool, typer.Option("--print", help="Print the URL, don't open it.")
    ] = False,
) -> None:
    """Open a paper's landing page (or PDF) in the browser ($BROWSER is honoured).

    Example: papercli open 12 --pdf
    """
    paper = core.show_paper(_db_path(), ref)
    url = core.paper_link(paper, pdf, _db_path())
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
    key: KeyField = None,
    no_fetch: Annotated[bool, typer.Option("--no-fetch", help="Don't fetch metadata.")] = False,
    allow_duplicate: Annotated[
        bool, typer.Option("--allow-duplicate", help="Add even if already there.")
    ] = False,
    refresh_after: Annotated[
        bool, typer.Option("--refresh", help="Then fill missing metadata (title search).")
    ] = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Add a paper by title, or by arXiv/OpenReview/DOI id or URL (metadata is fetched).

    Example: papercli add https://arxiv.org/abs/1706.03762 --tag transformers
    """
    fmt = _format(fmt, as_json)
    fields = _fields(locals())
    if what is not None:
        _utf8_argument(what, "the title or identifier")
    if not allow_duplicate:
        core.refuse_known_identifier(_db_path(), what)
    try:
        paper = core.build_paper(what, fields, fetch=not no_fetch)
    except ValidationError as exc:  # a title no paper can have: a bad value, like a bad option
        raise UsageError(exc.message) from None
    added = core.add_paper(_db_path(), paper, allow_duplicate)
    output.message(f"Added #{added.id}: {added.title}", "green")
    if refresh_after:
        _refresh_and_report([], [added.id], False, False, "none")
        added = core.show_paper(_db_path(), str(added.id))
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
    key: KeyField = None,
    allow_duplicate: Annotated[
        bool, typer.Option("--allow-duplicate", help="Keep a title another paper has.")
    ] = False,
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
    paper = core.edit_paper(_db_path(), ref, changes, allow_duplicate)
    output.message(f"Edited #{paper.id}: {paper.title}", "green")
    output.print_paper(paper, fmt)


@app.command()
def tag(
    ref: RefArgument,
    tags: Annotated[
        list[str],
        typer.Argument(
            metavar="TAG...",
            help="Tags to add.",
            autocompletion=_complete_tags,
            callback=_check_tags,
        ),
    ],
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Add tags to a paper.

    Example: papercli tag "autoregressive diffusion" diffusion generative
    """
    tags = [_utf8_argument(t, "a tag") for t in tags]
    paper = core.tag_paper(_db_path(), ref, add=tags, remove=[])
    _report_change(paper, f"tags: {', '.join(paper.tags)}", _format(fmt, as_json))


@app.command()
def untag(
    ref: RefArgument,
    tags: Annotated[
        list[str],
        typer.Argument(
            metavar="TAG...",
            help="Tags to remove.",
            autocompletion=_complete_own_tags,
            callback=_check_tags,
        ),
    ],
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Remove tags from a paper; a tag it does not have is an error (exit 1), after the
    tags it has are removed.

    Example: papercli untag 4 diffusion
    """
    fmt = _format(fmt, as_json)
    tags = [_utf8_argument(t, "a tag") for t in tags]
    paper, missing = core.tag_paper_reporting(_db_path(), ref, add=[], remove=tags)
    if len(missing) < len(tags):
        _report_change(paper, f"tags: {', '.join(paper.tags) or '(none)'}", fmt)
    if missing:
        raise PapercliError(
            f"#{paper.id} had no tag {', '.join(repr(t) for t in missing)}"
            + ("; nothing was changed" if len(missing) == len(tags) else "")
        )


def _report_change(paper: Paper, what: str, fmt: str) -> None:
    output.message(f"#{paper.id} {paper.title} — {what}", "green")
    if fmt != "table":
        output.print_paper(paper, fmt)


def _mark(refs: list[str], status: str, fmt: str, read_at: str | None = None) -> None:
    papers = core.set_status(_db_path(), refs, status, read_at)
    for paper in papers:
        output.message(f"#{paper.id} {paper.title} — {status}", "green")
    if fmt != "table":
        output.print_papers(papers, fmt)


@app.command("mark-read")
def mark_read(
    refs: RefsArgument,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="DATE",
            help="When it was read (read_at): 2026-11-02, 2026-11-02T21:30, or 3d (ago).",
        ),
    ] = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Mark papers as read (sets read_at: now, or --date).

    Example: papercli mark-read 3 "perceiver io" --date 2026-11-02
    """
    read_at = None
    if date is not None:
        from datetime import UTC

        from papercli.model import now
        from papercli.query import parse_moment

        moment = parse_moment(date)
        if moment > now():
            raise UsageError(f"--date {date} is in the future")
        read_at = moment.astimezone(UTC).replace(microsecond=0).isoformat()
    _mark(refs, "read", _format(fmt, as_json), read_at)


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
    text: Annotated[
        str | None, typer.Argument(metavar="TEXT", help="The note; without it $EDITOR opens.")
    ] = None,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Append a note, stamped with the date, to a paper; without TEXT, write it in an editor.

    The editor is $VISUAL, else $EDITOR, else the first of editor, vi and nano found.

    Example: papercli note 3 "Section 4 has the ablation I need"
    """
    fmt = _format(fmt, as_json)
    db = _db_path()
    if text is not None:
        _utf8_argument(text, "the note")
    if text is None:
        paper = core.show_paper(db, ref)
        text = _note_from_editor(paper)
        ref = str(paper.id)  # the paper the note was written for, whatever changed meanwhile
    paper = core.add_note(db, ref, text)
    _report_change(paper, "note added", fmt)


FALLBACK_EDITORS = ("editor", "vi", "nano")


def _editor() -> str:
    """The editor to run: $VISUAL, else $EDITOR, else the first of FALLBACK_EDITORS on PATH
    (as git does)."""
    import shutil

    setting = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if setting:
        return setting
    for name in FALLBACK_EDITORS:
        found = shutil.which(name)
        if found:
            return found
    raise PapercliError(
        "no note text given and no editor found ($VISUAL, $EDITOR, editor, vi, nano): "
        "give the text as an argument, or set EDITOR"
    )


def _note_from_editor(paper: Paper) -> str:
    """A note written in the editor (lines starting with # are dropped)."""
    import shlex
    import subprocess
    import tempfile

    editor = _editor()
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
    papers = core.resolve_refs(db, refs, command="remove")
    if not yes:
        if not sys.stdin.isatty():
            raise PapercliError(
                "not removing without confirmation: add --yes when not on a terminal"
            )
        for paper in papers:
            output.message(f"  #{paper.id} {paper.title}")
        if not output.confirm(f"Remove {len(papers)} paper(s)?"):
            output.message("Nothing was removed.")  # the user's answer, not an error
            raise typer.Exit(1)
    removed = core.remove_papers(db, [p.id for p in papers])
    for paper in removed:
        output.message(f"Removed #{paper.id}: {paper.title}", "green")


@app.command("import")
def import_command(
    file: Annotated[
        str, typer.Argument(metavar="FILE|URL|-", help="File or web page to import, - for stdin.")
    ],
    input_format: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="FORMAT",
            help="auto, digest, bibtex, json, jsonl, csv, csl-json or ris.",
            autocompletion=lambda incomplete: _import_formats(incomplete),
        ),
    ] = "auto",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be added.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the papers as JSON.")] = False,
    keep_uncertain: Annotated[
        bool,
        typer.Option(
            "--keep-uncertain", help="Digests: also keep papers whose title is uncertain."
        ),
    ] = False,
    venue: VenueField = None,
    year: YearField = None,
    topic: TopicField = None,
    tag: TagField = None,
    status: StatusField = None,
    priority: PriorityField = None,
    refresh_after: Annotated[
        bool, typer.Option("--refresh", help="Then fill the new papers' missing metadata.")
    ] = False,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding",
            metavar="NAME",
            help="The file's encoding when it is not UTF-8 (cp1252, latin-1, mac-roman, …).",
        ),
    ] = None,
) -> None:
    """Import many papers from a digest, BibTeX, JSON, JSONL, CSV, CSL-JSON or RIS file, or a
    web page (its main content; a GitHub file page as its raw text).

    Batch options (--tag, --topic, --status, --venue, --year, --priority) apply to every
    paper; a paper already in the library gets the --tag tags too.

    Example: papercli import examples/weekly-digest.md --tag weekly
    """
    from papercli.importers import FORMATS

    if input_format not in ("auto", *FORMATS):
        raise UsageError(
            f"unknown import format {input_format!r}; use one of auto, {', '.join(FORMATS)}"
        )
    overrides = _fields(locals())
    extra_tags = overrides.pop("tags", [])  # added to each paper's own tags, not replacing them
    if encoding is not None:
        _utf8_argument(encoding, "--encoding")
    if core.is_url(file):
        name = _utf8_argument(file, "the URL")
        if encoding is not None:
            raise UsageError("--encoding is for files and stdin: a web page names its own")
        parsed = core.parse_url(file, input_format, keep_uncertain)
    else:
        data, name = core.read_input(file)
        parsed = core.parse_input(data, name, input_format, keep_uncertain, encoding)
    if input_format == "auto":
        output.message(f"Reading {name} as {parsed.format}.", "dim")
    _report_uncertain(parsed)
    with output.progress_bar("Checking papers", len(parsed.papers)) as progress:
        report = core.import_papers(_db_path(), parsed, overrides, extra_tags, dry_run, progress)
    if dry_run:
        _show_confidence(parsed, report.added)
    output.print_import_report(report, "json" if as_json else "table", dry_run)
    if failure := core.nothing_imported(report):
        raise failure
    if refresh_after and dry_run:
        output.message("--refresh does nothing with --dry-run: no paper was stored", "dim")
    elif refresh_after and report.added:
        _refresh_and_report([], [p.id for p in report.added], False, False, "none")


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
    added_since: AddedSince = None,
    read_since: ReadSince = None,
    fmt: Annotated[
        str | None,
        _format_option(
            "json, jsonl, csv, bibtex, markdown, csl-json or ris (default: from the -o file's "
            "extension, else json).",
            output.EXPORT_FORMATS,
        ),
    ] = None,
    out: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write to this file (- for stdout); never the library or a special file's "
            "replacement.",
        ),
    ] = None,
    ref: Annotated[
        list[str] | None,
        typer.Option(
            "--ref", metavar="REF", help="Export this paper (repeatable; any REF, title words too)."
        ),
    ] = None,
    no_csv_escape: Annotated[
        bool,
        typer.Option(
            "--no-csv-escape",
            help="CSV: leave cells starting with = + - @ as they are (by default they get a "
            "leading ' so that a spreadsheet never runs them as formulas).",
        ),
    ] = False,
) -> None:
    """Write papers out as JSON, JSONL, CSV, BibTeX, Markdown, CSL-JSON or RIS.

    The arguments are REFs when every one is an id, an arXiv/DOI/OpenReview id or URL, or a
    citation key (those papers, in that order); otherwise they are query words. --ref names a
    paper by any REF, title words included. Filters apply either way.

    Example: papercli export --tag diffusion --format bibtex -o diffusion.bib
    """
    db = _db_path()
    as_refs = core.refs_or_query(db, query or [])
    refs = [*(ref or []), *(query or [] if as_refs else [])]
    core.check_refs(refs)
    query_words = None if as_refs else _words(query)
    papers = core.export_selection(
        db,
        refs,
        _filters(status, tag, topic, venue, year, author, query_words, added_since, read_since),
    )
    fmt = fmt or core.export_format_for(out)
    data = output.export_bytes(papers, fmt, csv_escape=not no_csv_escape)
    if out and out != "-":
        core.write_export(Path(out), data, _db_path())
        output.message(f"Wrote {output.count(len(papers), 'paper')} to {out}", "green")
    else:
        output.write_stdout_bytes(data)


def _import_formats(incomplete: str) -> list[str]:
    from papercli.importers import FORMATS

    return [f for f in ("auto", *FORMATS) if f.startswith(incomplete)]


@app.command()
def merge(
    keep: Annotated[
        str,
        typer.Argument(
            metavar="REF", help="The paper to keep (its id stays).", callback=_check_refs
        ),
    ],
    retire: Annotated[
        str,
        typer.Argument(
            metavar="REF",
            help="The paper merged into it (its id is retired).",
            callback=_check_refs,
        ),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Merge even when their identifiers differ.")
    ] = False,
    fmt: FormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Make one paper of two: lists united, the fuller value of each field kept, the most
    advanced status, the earliest added_at, notes joined. The second id is retired; 'papercli
    undo' splits them again.

    Example: papercli merge 12 57
    """
    fmt = _format(fmt, as_json)
    paper = core.merge_papers(_db_path(), keep, retire, force)
    output.message(f"Merged into #{paper.id}: {paper.title}", "green")
    output.print_paper(paper, fmt)


@app.command()
def cite(
    refs: RefsArgument,
    fmt: CiteFormatOption = "bibtex",
) -> None:
    """Print citations of papers, under their stable citation keys.

    REFs may also be citation keys. Example: papercli cite 3 vaswani2017attention --format text
    """
    if fmt not in core.CITE_FORMATS:
        choices = ", ".join(core.CITE_FORMATS)
        raise UsageError(f"unknown citation format {fmt!r}; use one of {choices}")
    papers = core.cite_papers(_db_path(), refs)
    output.write_citations(papers, fmt)


@app.command()
def undo(
    list_changes: Annotated[
        bool, typer.Option("--list", "-l", help="List the changes undo can revert, newest first.")
    ] = False,
    fmt: Annotated[
        str,
        _format_option(
            'table, json or jsonl; json prints the change undone as {"undone": LABEL}.',
            REPORT_FORMATS,
        ),
    ] = "table",
    as_json: JsonOption = False,
) -> None:
    """Revert the last change to the library; run again for the one before.

    'papercli redo' re-applies what undo reverted, until a new change is made.

    Example: papercli undo --list
    """
    fmt = _format(fmt, as_json, REPORT_FORMATS)
    if list_changes:
        output.print_history(*core.change_history(_db_path()), fmt)
        return
    label = core.undo_last(_db_path())
    output.print_undone(label, fmt)


@app.command()
def redo() -> None:
    """Re-apply the change the last undo reverted (a new change ends what can be redone).

    Example: papercli redo
    """
    label = core.redo_last(_db_path())
    output.message(f"Redid: {label}", "green")


@app.command()
def restore(
    number: Annotated[
        int | None,
        typer.Argument(
            metavar="N", min=1, help="Backup to restore (1 = newest).", show_default=False
        ),
    ] = None,
    fmt: ReportFormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """List the kept backups of the library (each with the change it was taken before), or
    restore backup N.

    Example: papercli restore 1
    """
    db = _db_path()
    if number is None:
        fmt = _format(fmt, as_json, REPORT_FORMATS)
        output.print_backups(core.backups_with_changes(db), fmt)
        return
    backup, count = core.restore(db, number)
    output.message(
        f"Restored {backup.path.name} ({count} papers); the replaced file was kept as a backup",
        "green",
    )


@app.command()
def refresh(
    refs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[REF]...",
            help="Papers (default: all missing metadata).",
            callback=_check_refs,
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Show the change per field; write nothing.")
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace fields that are already set.")
    ] = False,
    fmt: ReportFormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Fill missing metadata from arXiv, OpenReview or doi.org, or by a title search.

    Without REF, every paper missing authors, year, venue or abstract is refreshed. Only
    empty fields are filled unless --overwrite; all changes are one undo step. Exit 1 when
    no REF matched, or (without REF) when every fetch failed; unmatched papers alone are no
    failure without REF.

    Example: papercli refresh --dry-run
    """
    fmt = _format(fmt, as_json, REPORT_FORMATS)
    _refresh_and_report(refs or [], None, dry_run, overwrite, fmt)


def _refresh_and_report(
    refs: list[str], ids: list[int] | None, dry_run: bool, overwrite: bool, fmt: str
) -> None:
    """Run refresh with a progress bar on a terminal, print its report; Ctrl-C keeps what
    was finished (exit 130)."""
    with output.progress_bar("Refreshing metadata", 1, min_items=1) as progress:
        report = core.refresh_metadata(_db_path(), refs, dry_run, overwrite, ids, progress)
    output.print_refresh_report(report, fmt)
    if report.interrupted:
        kept = "nothing was written" if dry_run else "the papers finished before it were kept"
        output.error(f"interrupted; {kept}")
        raise typer.Exit(130)
    if report.outcomes and not any(o.matched_by for o in report.outcomes) and refs:
        raise typer.Exit(1)
    if not refs and ids is None and report.all_failed:  # every fetch failed: nothing done
        raise typer.Exit(1)


@app.command()
def pdf(
    refs: Annotated[
        list[str],
        typer.Argument(metavar="REF...", help="Papers whose PDF to get.", callback=_check_refs),
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Download again even if there is a local copy.")
    ] = False,
    fmt: ReportFormatOption = "table",
    as_json: JsonOption = False,
) -> None:
    """Download papers' PDFs into pdfs/ beside the library and record their pdf_path.

    Example: papercli pdf 12 "attention is all you need"
    """
    fmt = _format(fmt, as_json, REPORT_FORMATS)
    report = core.download_pdfs(_db_path(), refs, force)
    output.print_pdf_report(report, fmt)
    if report.interrupted:
        output.error("interrupted; the PDFs finished before it were kept")
        raise typer.Exit(130)
    if any(r.problem for r in report.results):
        raise typer.Exit(1)


def _invoked_command(argv: list[str]) -> str | None:
    """The subcommand named on the command line (skipping global options), if any."""
    args = iter(argv)
    for arg in args:
        if arg == "--db":
            next(args, None)
        elif not arg.startswith("-"):
            return COMMAND_ALIASES.get(arg, arg)
    return None


def _command_name(info: Any) -> str | None:
    """The name Typer gives a registered command: its own, else its function's, as Typer
    spells it (``mark_read`` -> ``mark-read``)."""
    if info.name:
        return str(info.name)
    callback = info.callback
    return callback.__name__.lower().replace("_", "-") if callback is not None else None


def main() -> None:
    """Run the app; ``papercli.launcher`` calls this.

    Start-up time is a feature: only the invoked command is turned into a Click command
    (building all of them costs tens of milliseconds).
    """
    import gc

    # A short-lived process: the collector would only rescan the loaded library again and
    # again (at 100k papers it doubles the run time). Reference counting still frees memory.
    gc.disable()
    global _own_process
    _own_process = True
    argv = sys.argv[1:]
    name = _invoked_command(argv)
    chosen = [c for c in app.registered_commands if name and _command_name(c) == name]
    if chosen and os.environ.get("_PAPERCLI_COMPLETE") is None:
        app.registered_commands = chosen
    app()
