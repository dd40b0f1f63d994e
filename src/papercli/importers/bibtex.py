"""Import papers from BibTeX with bibtexparser v2.

Field values are resolved here (``@string`` macros, month macros, ``#`` concatenation), then
LaTeX is decoded to Unicode with pylatexenc for the text fields only (never for URLs or ids).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from papercli.errors import ImportFormatError, ValidationError
from papercli.ids import find_identifiers, normalize_arxiv, normalize_doi, normalize_openreview
from papercli.importers.base import ParseResult, Rejection
from papercli.importers.records import flip_name, normalize_venue
from papercli.lazy_regex import lazy_re
from papercli.model import MAX_TITLE_CHARS, STATUSES, Paper, is_whole_number

MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
EXTRA_PREFIX = "x-papercli-"
_LATEX_CHARS = lazy_re(r"[\\{}$~%]|--")
_MAX_DECODE = 100_000  # longer values are unbraced crudely rather than LaTeX-decoded
_YEAR = lazy_re(r"(?<!\d)([12]\d{3})(?!\d)")
_PROCEEDINGS_TYPES = {"proceedings", "book", "collection", "mvproceedings", "mvbook"}
# An @string bomb (macros that concatenate macros ten times, eight levels deep) would expand
# a few hundred bytes to gigabytes: expansion stops at these, and the entry is rejected.
MAX_FIELD_CHARS = 1_000_000
MAX_STRING_DEPTH = 32


class _Refused(ValueError):
    """A value whose expansion went past MAX_FIELD_CHARS or MAX_STRING_DEPTH."""


# A defined @string: its text and how deeply macros nest in it, or why it was refused.
_Macros = dict[str, "tuple[str, int] | _Refused"]


def parse_bibtex(text: str, source: str | None) -> ParseResult:
    """Papers from BibTeX TEXT; malformed entries, duplicate keys and entries without a title
    are rejected (``line N``) and the others imported.

    Raises ImportFormatError only when the text cannot be split into BibTeX blocks at all.
    """
    import logging

    from bibtexparser import model
    from bibtexparser.entrypoint import parse_string

    from papercli.importers.csl import citation_key_of

    logger = logging.getLogger("bibtexparser")
    if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
        logger.addHandler(logging.NullHandler())  # no parse warnings on stderr
    try:
        library = parse_string(text, parse_stack=[])
    except (RecursionError, MemoryError):
        raise ImportFormatError(f"{source or 'input'} is nested too deeply to read") from None
    except Exception as exc:  # bibtexparser's splitter has no narrower error type
        raise ImportFormatError(f"{source or 'input'} is not readable BibTeX: {exc}") from None

    result = ParseResult(format="bibtex")
    strings: _Macros = {}
    entries: list[Any] = []
    keys: dict[str, int] = {}
    rejected: list[tuple[int, Rejection]] = []
    for block in library.blocks:
        line = (block.start_line or 0) + 1
        if isinstance(block, model.String):
            strings[block.key.lower()] = _define(block.value, strings)
        elif isinstance(block, model.DuplicateBlockKeyBlock):
            duplicate = block.ignore_error_block
            if isinstance(duplicate, model.String):
                strings[duplicate.key.lower()] = _define(duplicate.value, strings)
                continue
            previous = (block.previous_block.start_line or 0) + 1
            rejected.append(
                (
                    line,
                    Rejection(
                        f"line {line}",
                        f"duplicate citation key {block.key!r} "
                        f"(first used at line {previous}); skipped",
                    ),
                )
            )
        elif isinstance(block, model.DuplicateFieldKeyBlock):
            entries.append(block.ignore_error_block)  # first value of each field is used
        elif isinstance(block, model.ParsingFailedBlock):
            rejected.append((line, Rejection(f"line {line}", _failure_reason(block))))
        elif isinstance(block, model.Entry):
            entries.append(block)

    resolved = []
    written_keys: dict[str, str] = {}  # the entry keys as written, kept as citation keys
    for entry in entries:
        line = (entry.start_line or 0) + 1
        key = str(entry.key).lower()
        if key in keys:  # bibtexparser compares keys case-sensitively; BibTeX does not
            rejected.append(
                (
                    line,
                    Rejection(
                        f"line {line}",
                        f"duplicate citation key {entry.key!r} "
                        f"(first used at line {keys[key]}); skipped",
                    ),
                )
            )
            continue
        keys[key] = line
        written_keys[key] = str(entry.key)
        fields: dict[str, str] = {}
        try:
            for field in entry.fields:
                name = str(field.key).lower()
                if name not in fields:
                    fields[name] = _resolve(field.value, strings)
        except _Refused as exc:
            rejected.append((line, Rejection(f"line {line}", f"field {name!r} {exc}; skipped")))
            continue
        resolved.append((line, str(entry.entry_type).lower(), key, fields))

    crossrefs = {f["crossref"].lower(): None for _, _, _, f in resolved if f.get("crossref")}
    by_key = {key: fields for _, _, key, fields in resolved}
    for line, entry_type, key, fields in resolved:
        if key in crossrefs and entry_type in _PROCEEDINGS_TYPES:
            continue  # a volume other entries point to, not a paper
        parent = by_key.get(fields.get("crossref", "").lower())
        if parent:
            fields = {**{k: v for k, v in parent.items() if k != "title"}, **fields}
            if "booktitle" not in fields and parent.get("title"):
                fields["booktitle"] = parent["title"]
        try:
            paper = _entry_to_paper(entry_type, fields, source)
            paper.key = citation_key_of(written_keys.get(key))
            result.papers.append(paper)
        except ValidationError as exc:
            rejected.append((line, Rejection(f"line {line}", exc.message)))
        except RecursionError:
            rejected.append((line, Rejection(f"line {line}", "the entry is nested too deeply")))
    result.rejected = [r for _, r in sorted(rejected, key=lambda pair: pair[0])]
    return result


def _failure_reason(block: Any) -> str:
    error = block.error
    message = getattr(error, "abort_reason", None) or getattr(error, "message", None) or str(error)
    message = " ".join(str(message).split()).rstrip(".")
    return f"malformed entry, skipped ({message[:200]})" if message else "malformed entry, skipped"


# --------------------------------------------------------------------------------------------
# Values


def _define(value: Any, strings: _Macros) -> tuple[str, int] | _Refused:
    """An @string's expansion and nesting depth, or why it is refused (kept, so that only
    the entries that use it are rejected)."""
    try:
        return _expand(value, strings)
    except _Refused as exc:
        return exc


def _resolve(value: Any, strings: _Macros) -> str:
    """A raw field value as text: braces/quotes removed, macros expanded, ``#`` joined.

    Raises _Refused when the expansion grows past MAX_FIELD_CHARS or MAX_STRING_DEPTH.
    """
    return _expand(value, strings)[0]


def _expand(value: Any, strings: _Macros) -> tuple[str, int]:
    if not isinstance(value, str):
        value = str(value)
    if len(value) > MAX_FIELD_CHARS:
        raise _Refused(f"is too long (the limit is {MAX_FIELD_CHARS:,} characters)")
    pieces = _split_concatenation(value)
    out = []
    size = depth = 0
    for piece in pieces:
        piece = piece.strip()
        if len(piece) >= 2 and (
            (piece[0] == "{" and piece[-1] == "}") or (piece[0] == '"' and piece[-1] == '"')
        ):
            out.append(piece[1:-1])
        elif piece.isdigit():
            out.append(piece)
        else:
            lowered = piece.lower()
            if lowered in strings:
                macro = strings[lowered]
                if isinstance(macro, _Refused):
                    raise macro
                text, nested = macro
                depth = max(depth, nested + 1)
                if depth > MAX_STRING_DEPTH:
                    raise _Refused(f"nests @string macros more than {MAX_STRING_DEPTH} deep")
                size += len(text)
                if size > MAX_FIELD_CHARS:
                    raise _Refused(
                        "is too long: its @string macros expand past the limit of "
                        f"{MAX_FIELD_CHARS:,} characters"
                    )
                out.append(text)
            elif lowered in MONTHS:
                out.append(MONTHS[lowered])
            else:
                out.append(piece)  # an undefined macro: keep its name (e.g. "icml")
    return "".join(out), depth


def _split_concatenation(value: str) -> list[str]:
    """Split a raw value on ``#`` outside braces and quotes."""
    if "#" not in value:
        return [value]
    return _split_outside_braces(value, "#", quotes=True)


def _split_outside_braces(text: str, separators: str, quotes: bool = False) -> list[str]:
    """Split TEXT on any of SEPARATORS that stand outside braces (and, with QUOTES, outside
    a top-level "quoted string"); backslash escapes are skipped. Parts are not stripped."""
    parts, depth, quoted, start, escaped = [], 0, False, 0, False
    for i, ch in enumerate(text):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif quotes and ch == '"' and depth == 0:
            quoted = not quoted
        elif ch in separators and depth == 0 and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


@cache
def _decoder() -> Any:
    """pylatexenc's LaTeX-to-text converter, with \\url and \\mbox kept as their text."""
    import logging

    from pylatexenc.latex2text import (  # type: ignore[import-untyped]
        LatexNodes2Text,
        MacroTextSpec,
        get_default_latex_context_db,
    )

    # a macro short of its arguments ("\\frac" alone) is logged as a warning on the user's
    # terminal; unlatex reads such a result as failed and falls back instead
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)
    context = get_default_latex_context_db()
    context.add_context_category(
        "papercli",
        prepend=True,
        macros=[
            MacroTextSpec("url", simplify_repl="%s"),
            MacroTextSpec("mbox", simplify_repl="%s"),
            MacroTextSpec("hbox", simplify_repl="%s"),
            MacroTextSpec("text", simplify_repl="%s"),
            MacroTextSpec("textasciicircum", simplify_repl="^"),
            MacroTextSpec("textbraceleft", simplify_repl="{"),
            MacroTextSpec("textbraceright", simplify_repl="}"),
        ],
    )
    return LatexNodes2Text(latex_context=context, math_mode="verbatim", keep_braced_groups=False)


def unlatex(text: str) -> str:
    """LaTeX to Unicode: accents, escapes (\\&, \\%), dashes, and protective braces removed."""
    if not _LATEX_CHARS.search(text):
        return text
    if _simple_latex(text):
        return _crude_unlatex(text)  # escapes, accents, braces: no need for the slow parser
    if len(text) <= _MAX_DECODE:
        escaped = re.sub(r"(?<!\\)%", r"\\%", text)  # a bare % is a comment in LaTeX
        try:
            decoded: str = _decoder().latex_to_text(escaped)
            if "%s" not in decoded or "%s" in text:  # "\\frac" alone: "%s/%s" from the macro
                return decoded.replace("\xa0", " ")
        except Exception:  # pylatexenc can fail on odd input (even RecursionError): fall back
            pass
    return _crude_unlatex(text)


_KNOWN_COMMAND = lazy_re(
    r"\\(?:[&%$#_{}\"'`^~=.]|text(?:braceleft|braceright|backslash|asciitilde|asciicircum)\{\}"
    r"|[cvuHkr]\{|(?:ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![A-Za-z]))"
)


def _simple_latex(text: str) -> bool:
    """Whether TEXT holds only LaTeX that _crude_unlatex decodes exactly: escapes, accents,
    braces, dashes, and no math (a ``$`` that is not escaped)."""
    backslashes = text.count("\\")
    if backslashes and len(_KNOWN_COMMAND.findall(text)) != backslashes:
        return False
    return text.count("$") == text.count("\\$")


_MARKS = {  # characters that must survive brace removal, held as private-use marks
    r"\textbraceleft{}": "{",
    r"\textbraceright{}": "}",
    r"\textbackslash{}": "\\",
    r"\textasciitilde{}": "~",
    r"\textasciicircum{}": "^",
    "\\{": "{",
    "\\}": "}",
    "\\&": "&",
    "\\%": "%",
    "\\$": "$",
    "\\#": "#",
    "\\_": "_",
}
_MARK_OF = {latex: chr(0xE000 + n) for n, latex in enumerate(_MARKS)}
_UNMARK = {mark: _MARKS[latex] for latex, mark in _MARK_OF.items()}
_ACCENTS = {
    '"': "\u0308",
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
    "k": "\u0328",
    "r": "\u030a",
}
_ACCENT = lazy_re(r"\\(?:([\"'`^~=.])\s*|([cvuHkr])(?=\{))\{?\\?([A-Za-z])\}?")
_LETTERS = {
    "ss": "ß",
    "o": "ø",
    "O": "Ø",
    "aa": "å",
    "AA": "Å",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
}
_LETTER = lazy_re(r"\\(ss|aa|AA|ae|AE|oe|OE|o|O|l|L|i)(?![A-Za-z])\s?(\{\})?")


def _crude_unlatex(text: str) -> str:
    """Escapes, accents and braces undone without a LaTeX parser (for simple or huge values)."""
    import unicodedata

    text = text.replace("---", "\u2014").replace("--", "\u2013")
    if "\\" in text:
        for latex, mark in _MARK_OF.items():
            text = text.replace(latex, mark)
        text = _ACCENT.sub(lambda m: m.group(3) + _ACCENTS[m.group(1) or m.group(2)], text)
        text = _LETTER.sub(lambda m: _LETTERS[m.group(1)], text)
        text = unicodedata.normalize("NFC", text)
        text = re.sub(r"\\[A-Za-z]+\*?\s?", "", text)  # other commands: keep their argument
    text = text.replace("{", "").replace("}", "").replace("~", " ")
    for mark, char in _UNMARK.items():
        if mark in text:
            text = text.replace(mark, char)
    return text


def _plain(value: str) -> str:
    """A URL or identifier value: \\url{} and braces removed, escapes undone, no LaTeX."""
    value = value.strip()
    match = re.fullmatch(r"\\(?:url|href)\{(.*?)\}.*", value, re.DOTALL)
    if match:
        value = match.group(1)
    value = re.sub(r"\\([&%$#_~])", r"\1", value).replace("{", "").replace("}", "").strip()
    return value.split()[0] if value else ""


# --------------------------------------------------------------------------------------------
# Fields


_AND = lazy_re(r"\s+and\s+", re.IGNORECASE)


def split_bibtex_authors(value: str) -> list[str]:
    """Split a BibTeX author list on top-level "and" and return display names "First Last"."""
    names, depth, start, i = [], 0, 0, 0
    while i < len(value):
        ch = value[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch.isspace():
            match = _AND.match(value, i)
            if match:
                names.append(value[start:i])
                i = start = match.end()
                continue
        i += 1
    names.append(value[start:])
    out: list[str] = []
    last = len(names) - 1
    for k, raw in enumerate(names):
        raw = raw.strip()
        if k == last:
            raw = _SENTENCE_POINT.sub("", raw)  # "…, Xiangjie Kong, and Feng Xia.": prose's end
        raw = _AUTHOR_MARK.sub("", raw)  # (a braced "{Ada Moss*}" is kept whole)
        if not raw or raw.lower() == "others":
            continue
        parts = [_AUTHOR_MARK.sub("", p.strip()) for p in _split_top_level_commas(raw)]
        listed = [_LIST_MARKS.sub("", p) for p in parts if p]  # "…, Xiangjie Kong," / "&Ed Eff."
        ampersand = len(listed) >= 2 and listed[-1] != parts[-1]  # "Ada Moss, &Ben Reed."
        initialled = len(listed) >= 2 and all(_INITIALS_FIRST.fullmatch(p) for p in listed)
        if _comma_list(listed) or ((ampersand or initialled) and _comma_list(listed, 2)):
            out.extend(unlatex(p).strip() for p in listed)
            continue
        out.append(
            flip_name(", ".join(unlatex(p).strip() for p in parts))
            if len(parts) > 1
            else unlatex(raw)
        )
    return out


def _web_field(fields: dict[str, str], name: str) -> str | None:
    """An address a site's own field NAME holds ("code = {https://github.com/…}", al-folio's
    "pdf = {https://…}"), else None (a file of the site: "pdf = {paper.pdf}")."""
    value = _plain(fields.get(name, ""))
    return value if value.startswith(("https://", "http://")) and " " not in value else None


_SUFFIX = lazy_re(r"^(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
# "Lee*, Gunwoo and Han+, Yoseob": a lab's marks of equal contribution, of the corresponding
# author, after the surname (or the whole name)
_AUTHOR_MARK = lazy_re(r"(?<=[^\W\d_])[*+†‡]+$")


def ends_with_author_mark(name: str) -> bool:
    """Whether NAME ends in a mark the reader would take for a lab's ("Ada Moss*")."""
    return _AUTHOR_MARK.search(name) is not None


# a field written as prose: "A, B, &C." (the last name's ampersand and the sentence's point)
_SENTENCE_POINT = lazy_re(r"(?<=[^\W\d_]{3})(?<!Esq|Ltd|Inc)\.$")
_LIST_MARKS = lazy_re(rf"^&\s*|{_SENTENCE_POINT.pattern}")


def ends_with_sentence_point(name: str) -> bool:
    """Whether NAME's last point would be read as the end of a prose author field."""
    return _SENTENCE_POINT.search(name) is not None


# "A Zomet", "DI Vanada", "R.C. Williamson": a name its initials open, as Google Scholar writes
# them ("A Zomet, G Chechik": two people, not BibTeX's "Last, First")
_INITIALS_FIRST = lazy_re(
    r"(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})\s+(?:(?:van|von|de|der|den|da|di|du|del|le|la)\s+){0,2}"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
_CJK_NAME = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff\u3005]{2,5}")


def _comma_list(parts: list[str], least: int = 3) -> bool:
    """Whether the comma-separated PARTS of one "and"-less author field are several people's
    names ("Runpeng Yu, Songhua Liu, Xingyi Yang", "小林恵大, 小山康平, 南泰浩"), not BibTeX's
    "von Last, Jr, First": LEAST parts or more, each of two words or more (or a name in
    Chinese characters), none a suffix."""
    return len(parts) >= least and all(
        (len(part.split()) >= 2 or _CJK_NAME.fullmatch(part)) and not _SUFFIX.match(part)
        for part in parts
    )


def _split_top_level_commas(name: str, separators: str = ",") -> list[str]:
    """Split on any of SEPARATORS outside braces; parts stripped (empty ones kept)."""
    return [p.strip() for p in _split_outside_braces(name, separators)]


def _split_list_field(value: str, separators: str) -> list[str]:
    """A keywords-like list: split on SEPARATORS outside braces, each item LaTeX-decoded."""
    return [unlatex(part) for part in _split_top_level_commas(value, separators) if part]


_ADDRESS = lazy_re(r"\s*(?:\\url\s*\{\s*)?https?://", re.IGNORECASE)
_NAMED_CHAPTER = lazy_re(r"\{?[^\W\d_][^{}]*?(?:\s\S+){2,}\}?")  # words, not "3" or "Ch. 4"
_BARE_PREPRINT = lazy_re(r"\barxiv\s+preprint\s+(\d{4}\.\d{4,5}(?:v\d+)?)\b", re.IGNORECASE)


# JabRef's own fields: "readstatus = {read}" (or "skimmed"), "priority = {prio1}" (high) to
# "{prio3}" (low), "groups = {A, B}" (the user's groups, read as topics)
_JABREF_STATUS = {"read": "read", "skimmed": "reading"}
_JABREF_PRIORITY = {"prio1": "3", "prio2": "2", "prio3": "1"}


def _entry_to_paper(entry_type: str, f: dict[str, str], source: str | None) -> Paper:
    chapter = f.get("chapter", "").strip()
    if entry_type in ("incollection", "inbook") and _NAMED_CHAPTER.fullmatch(chapter):
        # the ACM Digital Library's export of a book's paper: "chapter = {A View of the EM
        # Algorithm …}", "title = {Learning in Graphical Models}" (the book's)
        f = {**f, "title": chapter, "booktitle": f.get("booktitle") or f.get("title", "")}
    raw_title = f.get("title", "").strip()
    if not raw_title:
        raise ValidationError("entry has no title")
    if len(raw_title) > 10 * MAX_TITLE_CHARS:
        raise ValidationError(
            f"title is {len(raw_title)} characters long; the limit is {MAX_TITLE_CHARS}"
        )
    title = unlatex(raw_title)

    ids: dict[str, str] = {}
    eprint = _plain(f.get("eprint", ""))
    prefix = (f.get("archiveprefix") or f.get("eprinttype") or "").strip().lower()
    if eprint and prefix in ("", "arxiv"):
        arxiv = normalize_arxiv(eprint)
        if arxiv:
            ids["arxiv"] = arxiv
    if "arxiv" not in ids and f.get("arxiv"):  # al-folio's "arxiv = {2305.15486}"
        arxiv = normalize_arxiv(_plain(f["arxiv"]))
        if arxiv:
            ids["arxiv"] = arxiv
    volume = f.get("volume", "")
    if "arxiv" not in ids and volume.lower().startswith("abs/"):  # DBLP: CoRR abs/1706.03762
        arxiv = normalize_arxiv(volume[4:])
        if arxiv:
            ids["arxiv"] = arxiv
    doi = normalize_doi(_plain(f.get("doi", ""))) if f.get("doi") else None
    if doi:
        ids["doi"] = doi
    # (al-folio's "html = {https://ieeexplore…}": the paper's own page, where "url" is missing)
    url = _plain(f.get("url", "")) or _web_field(f, "html") or None
    howpublished = f.get("howpublished", "").strip()
    if not url and re.match(r"\\url|https?://", howpublished):
        url = _plain(howpublished)
        howpublished = ""
    # (and "pdf = {https://arxiv.org/abs/1609.08144}": where the PDF is names the paper too)
    for text in (
        url or "",
        f.get("note", ""),
        f.get("journal", ""),
        howpublished,
        f.get("pdf", ""),
    ):
        if text:
            # "note={arXiv preprint 2206.09012}": an arXiv number named so, without "arXiv:"
            text = _BARE_PREPRINT.sub(r"arXiv:\1", text) if "rxiv" in text.lower() else text
            for kind, value in find_identifiers(text).items():
                ids.setdefault(kind, value)
    openreview = f.get(EXTRA_PREFIX + "openreview-id", "").strip()
    if openreview:
        ids.setdefault("openreview", normalize_openreview("openreview:" + openreview) or "")

    venue = None
    for name in ("journal", "booktitle", "howpublished"):
        value = howpublished if name == "howpublished" else f.get(name, "")
        if value.strip() and not _ADDRESS.match(value):  # "journal={https://arxiv.org/…}"
            venue = normalize_venue(unlatex(value))
            break

    year_match = _YEAR.search(f.get("year", "")) or _YEAR.search(f.get("date", ""))
    status = f.get(EXTRA_PREFIX + "status", "").strip().lower()
    status = status or _JABREF_STATUS.get(f.get("readstatus", "").strip().lower(), "unread")
    if status not in STATUSES:
        raise ValidationError(f"x-papercli-status {status!r} is not one of {', '.join(STATUSES)}")
    priority = f.get(EXTRA_PREFIX + "priority", "").strip()
    priority = priority or _JABREF_PRIORITY.get(f.get("priority", "").strip().lower(), "0")
    if not is_whole_number(priority):
        raise ValidationError(f"x-papercli-priority {priority!r} is not a whole number")

    def text_or_none(name: str) -> str | None:
        value = f.get(name, "").strip()
        return unlatex(value).strip() or None if value else None

    return Paper(
        title=title,
        alt_titles=_split_list_field(f.get(EXTRA_PREFIX + "alt-titles", ""), ";"),
        authors=split_bibtex_authors(f.get("author", "")),
        venue=venue,
        year=int(year_match.group(1)) if year_match else None,
        topics=_split_list_field(f.get(EXTRA_PREFIX + "topics", ""), ";")
        or _split_list_field(f.get("groups", ""), ","),
        summary=text_or_none(EXTRA_PREFIX + "summary"),
        abstract=text_or_none("abstract"),
        url=url,
        pdf_url=_plain(f.get(EXTRA_PREFIX + "pdf-url", "")) or _web_field(f, "pdf"),
        code_url=_plain(f.get(EXTRA_PREFIX + "code-url", "")) or _web_field(f, "code"),
        arxiv_id=ids.get("arxiv"),
        openreview_id=ids.get("openreview") or None,
        doi=ids.get("doi"),
        tags=_split_list_field(f.get("keywords", ""), ",;"),
        status=status,
        priority=int(priority),
        read_at=f.get(EXTRA_PREFIX + "read-at", "").strip() or None,
        notes=text_or_none(EXTRA_PREFIX + "notes") or "",
        source=source,
    )
