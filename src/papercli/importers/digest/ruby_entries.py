"""A reference database written as Ruby calls ("entry!('key', title('…'), author('A and B'),
arxiv(2017, '1707.00061'))"), read as the BibTeX entries it describes."""

from __future__ import annotations

import re

from papercli.importers.digest.code_args import code_chars, top_level_parts
from papercli.lazy_regex import lazy_re

RUBY_ENTRIES = 3  # entries, at least, for a page to be read as such a database
ENTRY_CHARS = 5000  # an entry's length, at most
_ENTRY_OPEN = lazy_re(r"^[ \t]*entry!\(", re.MULTILINE)
_CALL = lazy_re(r"([a-z_]\w{0,30})\((.*)\)", re.DOTALL)
_INTEGER = lazy_re(r"\d{1,6}")
# the calls that give a field as they are named ("title('…')" → title = {…})
_FIELDS = {"title", "author", "year", "pages", "number", "volume", "publisher", "doi", "url"}


def ruby_entries_as_bibtex(text: str) -> str:
    """TEXT with each "entry!(…)" call written as a BibTeX entry in its place, when it holds
    RUBY_ENTRIES such calls or more; TEXT as it is otherwise."""
    if "entry!(" not in text:
        return text
    opens = [m.start() for m in _ENTRY_OPEN.finditer(text)]
    if len(opens) < RUBY_ENTRIES:
        return text
    out: list[str] = []
    done = 0
    for start in opens:
        if start < done:
            continue
        body_start = text.index("(", start) + 1
        end = _closing(text, body_start)
        if end is None:
            break
        entry = _entry(text[body_start:end])
        if entry is None:
            continue
        out.append(text[done:start])
        # (as many lines as the call took, so that line numbers hold)
        out.append(entry + "\n" * text.count("\n", start, end + 1))
        done = end + 1
    out.append(text[done:])
    return "".join(out)


def _closing(text: str, start: int) -> int | None:
    """Where the bracket opened just before START closes, strings skipped; None when it does
    not within ENTRY_CHARS."""
    depth = 1
    for k, ch in code_chars(text, start, start + ENTRY_CHARS):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return k
    return None


def _value(argument: str) -> str | None:
    """A string's text ("'Title'", its escapes read) or a number's digits; None otherwise."""
    if len(argument) >= 2 and argument[0] == argument[-1] and argument[0] in "'\"":
        # (only a quote's and a backslash's escapes: "{\\v{c}}", LaTeX's, is the BibTeX's)
        quote = argument[0]
        return re.sub(rf"\\([\\{quote}])", r"\1", argument[1:-1])
    return argument if _INTEGER.fullmatch(argument) else None


def _entry(body: str) -> str | None:
    """The BibTeX entry of one call's arguments ("'key', title('…'), author('…'), …")."""
    from papercli.importers.venues import find_venue_year

    arguments = top_level_parts(body)
    key = _value(arguments[0]) if arguments else None
    if key is None:
        return None
    kind = "misc"
    fields: dict[str, str] = {}
    for argument in arguments[1:]:
        call = _CALL.fullmatch(argument)
        if call is None:
            continue
        name = call.group(1)
        values = [v for v in (_value(a) for a in top_level_parts(call.group(2))) if v is not None]
        if not values:
            continue
        if name in _FIELDS:
            fields.setdefault(name, "--".join(values) if name == "pages" else values[0])
        elif name == "type":
            kind = values[0] if values[0].isalpha() else kind
        elif name == "arxiv":  # arxiv(2017, '1707.00061')
            fields.setdefault("year", values[0])
            if len(values) > 1:
                fields.setdefault("eprint", values[1])
                fields.setdefault("archiveprefix", "arXiv")
        elif name in ("article", "inproceedings", "book", "incollection"):
            # article('Journal', 2012, 53), inproceedings('Name', 2015), book('Springer', 2011)
            kind = name
            place = {"article": "journal", "book": "publisher"}.get(name, "booktitle")
            fields.setdefault(place, values[0])
            if len(values) > 1 and values[1].isdigit():
                fields.setdefault("year", values[1])
            if name == "article" and len(values) > 2:
                fields.setdefault("volume", values[2])
        elif values[0].isdigit():  # recsys(2014), neurips(2017), mit(2011): a venue's helper
            fields.setdefault("year", values[0])
            venue = find_venue_year(name)[0]
            if venue is not None:
                kind = "inproceedings"
                fields.setdefault("booktitle", venue)
    if "title" not in fields:
        return None
    # (on one line: the call's lines stay blank below it)
    return f"@{kind}{{{key}, " + " ".join(f"{n} = {{{v}}}," for n, v in fields.items()) + "}"
