"""Write papers out as BibTeX or as a Markdown reading list; CSV cells made safe for
spreadsheets; the ``export -o`` file writer."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from papercli.citekeys import citation_key, keys_for
from papercli.model import Paper

__all__ = ["citation_key", "escape_bibtex", "to_bibtex", "to_markdown"]

EXTRA_PREFIX = "x-papercli-"
_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_SPECIAL_RE = re.compile(r"[\\{}&%$#_~^]")
_STATUS_ORDER = (("reading", "Reading"), ("unread", "Unread"), ("read", "Read"))


# --------------------------------------------------------------------------------------------
# BibTeX


def escape_bibtex(text: str) -> str:
    """TEXT with BibTeX/LaTeX special characters escaped; "--" kept literal; UTF-8 kept."""
    text = _SPECIAL_RE.sub(lambda m: _SPECIALS[m.group(0)], text)
    # (an "@" opening a line of a value would open a new entry to a BibTeX reader)
    text = _LINE_AT.sub(r"\1{@}", text) if "@" in text else text
    return text.replace("--", "-{}-").replace("-{}--", "-{}-{}-")


_LINE_AT = re.compile(r"^([ \t]*)@", re.MULTILINE)


def _protect_title(title: str) -> str:
    """Escape TITLE and brace the words whose capitals a style must not lower-case."""
    words = re.split(r"(\s+)", title)
    out = []
    for word in words:
        escaped = escape_bibtex(word)
        if any(ch.isupper() for ch in word[1:]):
            out.append("{" + escaped + "}")
        else:
            out.append(escaped)
    return "".join(out)


def _entry(paper: Paper, key: str, own_fields: bool = True) -> str:
    from papercli.citations import is_journal  # loaded only when BibTeX is written

    fields: list[tuple[str, str]] = [("title", _protect_title(paper.title))]
    if paper.authors:
        fields.append(("author", " and ".join(_author(name) for name in paper.authors)))
    if paper.year is not None:
        fields.append(("year", str(paper.year)))
    venue = paper.venue
    if venue and venue.lower() == "arxiv":
        entry_type = "misc"
        fields.append(("howpublished", "arXiv"))
    elif venue and is_journal(venue):
        entry_type = "article"
        fields.append(("journal", escape_bibtex(venue)))
    elif venue:
        entry_type = "inproceedings"
        fields.append(("booktitle", escape_bibtex(venue)))
    else:
        entry_type = "misc"
    if paper.url:
        fields.append(("url", _url(paper.url)))
    if paper.doi:
        fields.append(("doi", _url(paper.doi)))
    if paper.arxiv_id:
        fields.append(("eprint", paper.arxiv_id))
        fields.append(("archivePrefix", "arXiv"))
    if paper.tags:
        fields.append(("keywords", _join(paper.tags, ", ")))
    if paper.abstract:
        fields.append(("abstract", escape_bibtex(paper.abstract)))
    extras: list[tuple[str, str | None]] = [
        ("status", paper.status),
        ("topics", _join(paper.topics, "; ") or None),
        ("priority", str(paper.priority) if paper.priority else None),
        ("summary", escape_bibtex(paper.summary) if paper.summary else None),
        ("alt-titles", _join(paper.alt_titles, "; ") or None),
        ("pdf-url", _url(paper.pdf_url) if paper.pdf_url else None),
        ("code-url", _url(paper.code_url) if paper.code_url else None),
        ("openreview-id", paper.openreview_id),
        ("read-at", paper.read_at),
        ("notes", escape_bibtex(paper.notes) if paper.notes else None),
    ]
    if own_fields:
        fields.extend((EXTRA_PREFIX + name, value) for name, value in extras if value)
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{entry_type}{{{key},\n{body}\n}}\n"


def _join(items: list[str], separator: str) -> str:
    """Escaped items joined by SEPARATOR; an item holding "," or ";" is braced to stay whole."""
    return separator.join(
        "{" + escape_bibtex(item) + "}" if "," in item or ";" in item else escape_bibtex(item)
        for item in items
    )


def _author(name: str) -> str:
    """A display name as BibTeX: escaped, with a brace around names holding " and " or commas
    and around an organisation's name ("{Google Research}", one name, not "Research, G."), and
    around a name ending in a point that the reader would take for a sentence's end ("AAA.")
    or in a mark it would take for a lab's ("Ada Moss*")."""
    from papercli.citations import is_organization
    from papercli.importers.bibtex import ends_with_author_mark, ends_with_sentence_point

    escaped = escape_bibtex(name)
    if (
        "," in name
        or re.search(r"\sand\s", name, re.IGNORECASE)
        or is_organization(name)
        or ends_with_sentence_point(name)
        or ends_with_author_mark(name)
    ):
        return "{" + escaped + "}"
    return escaped


def _url(url: str) -> str:
    """A URL or DOI kept verbatim, except characters that would unbalance the braces."""
    return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C")


def to_bibtex(papers: list[Paper], own_fields: bool = True) -> str:
    """PAPERS as BibTeX entries under their citation keys (``key``; a paper without one gets
    a unique ``vaswani2017attention``-style key).

    papercli's own fields are kept in ``x-papercli-*`` fields, so that parse_bibtex reads
    status, topics, priority and the other extras back; OWN_FIELDS False leaves them out
    (``cite``: an entry for a paper's reference list).
    """
    keys = keys_for(papers)
    return "\n".join(
        _entry(paper, key, own_fields) for paper, key in zip(papers, keys, strict=True)
    )


# --------------------------------------------------------------------------------------------
# Markdown


def _md_escape(text: str) -> str:
    return re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)


def _md_url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _md_line(paper: Paper) -> str:
    title = _md_escape(paper.title)
    url = paper.landing_page()
    line = f"- [{title}]({_md_url(url)})" if url else f"- {title}"
    if paper.authors:
        names = paper.authors if len(paper.authors) <= 3 else [*paper.authors[:3], "et al."]
        line += " — " + _md_escape(", ".join(names))
    where = " ".join(str(p) for p in (paper.venue, paper.year) if p)
    if where:
        line += f" ({_md_escape(where)})"
    links = []
    if paper.pdf_url:
        links.append(f"[pdf]({_md_url(paper.pdf_url)})")
    if paper.code_url:
        links.append(f"[code]({_md_url(paper.code_url)})")
    if links:
        line += " · " + " · ".join(links)
    if paper.tags:
        line += " " + " ".join(f"`{tag.replace('`', '')}`" for tag in paper.tags)
    if paper.notes.strip():  # the notes as a quote under the item, line by line
        quoted = (_md_escape(n).rstrip() for n in paper.notes.strip().splitlines())
        line += "\n" + "\n".join(f"  > {n}".rstrip() for n in quoted)
    return line


def to_markdown(papers: list[Paper]) -> str:
    """A Markdown reading list: sections Reading, Unread, Read; within each, one per topic.

    A paper is listed under its first topic; papers without one come last, under "Other".
    """
    lines = ["# Reading list", ""]
    for status, heading in _STATUS_ORDER:
        group = [p for p in papers if p.status == status]
        if not group:
            continue
        lines += [f"## {heading} ({len(group)})", ""]
        by_topic: dict[str, list[Paper]] = {}
        for paper in group:
            by_topic.setdefault(paper.topics[0] if paper.topics else "", []).append(paper)
        topics = sorted((t for t in by_topic if t), key=str.lower)
        if "" in by_topic:
            topics.append("")
        for topic in topics:
            if len(topics) > 1 or topic:
                lines += [f"### {_md_escape(topic) if topic else 'Other'}", ""]
            lines += [_md_line(paper) for paper in by_topic[topic]]
            lines.append("")
    if not papers:
        lines += ["_No papers._", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------------------------
# CSV cells

# OWASP's rule for CSV injection: a cell a spreadsheet would read as a formula starts with
# one of these; a leading apostrophe makes it text. A cell that starts with an apostrophe
# gets one more, so that import can take exactly one off and the text comes back as it was.
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CSV_ESCAPED_STARTS = (*CSV_FORMULA_STARTS, "'")


def csv_safe(text: str) -> str:
    """TEXT as a CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(_CSV_ESCAPED_STARTS) else text


def csv_unescape(text: str) -> str:
    """The text a ``csv_safe`` cell stood for (what CSV import reads back): one leading
    apostrophe off when a formula character or another apostrophe follows it."""
    if text.startswith("'") and text[1:].startswith(_CSV_ESCAPED_STARTS):
        return text[1:]
    return text


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    """ROWS as CSV lines ending in "\n"; a cell holding a comma, a quote, a CR or an LF is
    quoted (the csv module quotes only for the characters of its line terminator)."""
    import csv
    import io

    buffer = io.StringIO()
    # "\r\n" as the terminator makes the writer quote cells with a lone CR as well; each
    # row's "\r\n" is then turned into "\n" in place.
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(row)
        buffer.seek(buffer.tell() - 2)
        buffer.write("\n")
    buffer.truncate()
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------
# export -o


def write_output(target: Path, data: bytes, library: Path) -> None:
    """Write DATA to the file TARGET names, for ``export -o``.

    Never the library or a file derived from it (refused, exit 1). A FIFO, a device or
    anything under /dev or /proc (``/dev/stdout``) is written into, never replaced. A
    regular file (through any symlinks) or a new path is written atomically: a temp file
    beside it, then a rename. A new file gets the library's permission bits.
    """
    import os
    import stat

    from papercli.errors import PapercliError
    from papercli.storage import derived_mode, is_library_file, library_mode, real_path

    if is_library_file(library, target):
        raise PapercliError(
            f"not writing the export to {target}: it is the library {library} or a file "
            "papercli keeps beside it; -o never replaces the library. Choose another file"
        )
    real = real_path(target)
    try:
        try:
            status: os.stat_result | None = os.stat(real)
        except FileNotFoundError:
            status = None
        if status is not None and stat.S_ISDIR(status.st_mode):
            raise PapercliError(f"cannot write the export to {target}: it is a folder")
        special = str(target).startswith(("/dev/", "/proc/"))
        if special or (status is not None and not stat.S_ISREG(status.st_mode)):
            fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_NOCTTY)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            return
        mode = derived_mode(library_mode(library))
        if status is not None:
            mode &= stat.S_IMODE(status.st_mode)
            mode |= stat.S_IMODE(status.st_mode) & 0o600  # the owner keeps what they had
        tmp = real.with_name(f".{real.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), mode)
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, real)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise PapercliError(f"could not write {target}: {reason}") from None
