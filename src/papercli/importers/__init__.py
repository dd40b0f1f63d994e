"""Reading import files: decoding bytes, detecting the format, and dispatching to a parser.

The parsers themselves are imported lazily, so that importing this package costs nothing
at start-up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from papercli.errors import ImportFormatError, UsageError

if TYPE_CHECKING:
    from papercli.importers.base import ParseResult

FORMATS = ("digest", "bibtex", "json", "jsonl", "csv", "csl-json", "ris")

_EXTENSIONS = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".csv": "csv",
    ".ris": "ris",
    ".md": "digest",
    ".markdown": "digest",
}
_BIBTEX_ENTRY = re.compile(
    r"^[ \t]*@[ \t]*(article|inproceedings|conference|proceedings|misc|book|inbook|incollection"
    r"|phdthesis|mastersthesis|thesis|techreport|report|unpublished|online|electronic|manual"
    r"|booklet|software|dataset|string|preamble)[ \t]*[{(]",
    re.IGNORECASE | re.MULTILINE,
)
_ANY_ENTRY = re.compile(r"@[ \t]*[A-Za-z]+[ \t]*[{(]")
_SNIFF_CHARS = 8192


def decode_input(data: bytes, name: str, encoding: str | None = None) -> str:
    """The text of an input file: UTF-8 (with or without BOM), or UTF-16/32 with a BOM; or,
    when ENCODING names the file's encoding ("cp1252", "mac-roman"), read in that one.

    Raises ImportFormatError for binary data (NUL bytes in the first 8 KB without a UTF-16/32
    BOM), for bytes that are not UTF-8, and for bytes the named ENCODING cannot read. The
    encoding is never guessed: a wrong guess would store wrong letters without a word.
    """
    if encoding is not None:
        return _decode_as(data, name, encoding)
    boms = (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportFormatError(
                    f"{name} is not valid {encoding.upper()} text "
                    f"(first bad byte at offset {exc.start + len(bom)})"
                ) from None
    if b"\x00" in data[:8192]:
        raise ImportFormatError(f"{name} looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(
            f"{name} is not UTF-8 text (first bad byte at offset {exc.start}); if you know "
            "its encoding, name it with --encoding (cp1252, latin-1, mac-roman, gb18030, …)"
        ) from None


def text_codec(encoding: str) -> str:
    """The codec ENCODING names ("CP-1252" → "cp1252"); a usage error when it names none, or
    one that makes no text ("zip", "rot13")."""
    import codecs

    from papercli.errors import UsageError

    try:
        codec = codecs.lookup(encoding)
    except (LookupError, UnicodeError):  # (a name of bytes that are not UTF-8: none)
        raise UsageError(f"unknown encoding {encoding!r}; try utf-8, cp1252 or latin-1") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise UsageError(f"{encoding!r} is no text encoding; try utf-8, cp1252 or latin-1")
    return codec.name


def _decode_as(data: bytes, name: str, encoding: str) -> str:
    """DATA read in the named ENCODING (a UTF-8 BOM, when it names UTF-8, left out)."""
    codec = text_codec(encoding)
    if codec == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ImportFormatError(
            f"{name} is not valid {encoding} text (first bad byte at offset {exc.start})"
        ) from None


def format_by_extension(name: str | None) -> str | None:
    """The format a file name's known extension names (``x.bib`` → bibtex), else None."""
    if not name or name == "-":
        return None
    lowered = name.lower()
    return next((fmt for ext, fmt in _EXTENSIONS.items() if lowered.endswith(ext)), None)


def detect_format(text: str, name: str | None) -> str:
    """The format of TEXT: digest, bibtex, json, jsonl, csv, csl-json or ris.

    The file name's extension decides when it is a known one; otherwise the content does:
    BibTeX entries, a JSON document, one JSON object per line, a CSV header with a title
    column, and anything else is a digest.
    """
    fmt = format_by_extension(name) or _sniff(text)
    return "csl-json" if fmt == "json" and _looks_like_csl(text) else fmt


def _looks_like_csl(text: str) -> bool:
    """Whether JSON TEXT holds CSL-JSON items (Zotero's export) rather than papercli's own."""
    import orjson

    from papercli.importers.csl import looks_like_csl

    if not re.search(r'"type"\s*:', text[:_SNIFF_CHARS]):
        return False  # papercli's own JSON has no "type": spare parsing a large file twice
    try:
        return looks_like_csl(orjson.loads(text))
    except orjson.JSONDecodeError:
        return False


def _sniff(text: str) -> str:
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        return "digest"
    head = stripped[:_SNIFF_CHARS]
    first = stripped[0]
    if first == "{":
        return "jsonl" if _looks_like_jsonl(stripped) else "json"
    if first == "[":
        if re.match(r"\[\s*([{\[\"\]]|-?\d)", head) and not re.match(r"\[\d+\]\s", head):
            return "json"
        if _parses_as_json(stripped):
            return "json"
    if first == "T" and re.match(r"TY  - ", stripped):
        return "ris"
    if first == "@" and _ANY_ENTRY.match(stripped):
        return "bibtex"
    if first == "%" and _BIBTEX_ENTRY.search(head):
        return "bibtex"
    if _BIBTEX_ENTRY.search(head) and not _looks_like_markdown(head):
        return "bibtex"
    if _looks_like_csv(head):
        return "csv"
    return "digest"


def _parses_as_json(text: str) -> bool:
    import orjson

    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def _looks_like_jsonl(text: str) -> bool:
    """Two or more non-blank lines, the first few each a JSON object on its own."""
    import orjson

    lines = [line for line in text[: _SNIFF_CHARS * 8].splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    for line in lines[:5]:
        try:
            if not isinstance(orjson.loads(line), dict):
                return False
        except orjson.JSONDecodeError:
            return False
    return True


def _looks_like_markdown(head: str) -> bool:
    return bool(re.search(r"^(#{1,6} |[-*] |\d+\. )", head, re.MULTILINE))


def _looks_like_csv(head: str) -> bool:
    import csv

    first_line = next((line for line in head.splitlines() if line.strip()), "")
    if "," not in first_line:
        return False
    try:
        cells = next(csv.reader([first_line]))
    except (csv.Error, StopIteration):
        return False
    names = {cell.strip().lower() for cell in cells}
    return bool(names & {"title", "paper_title", "name", "paper title"})


def parse(text: str, fmt: str, source: str | None, keep_uncertain: bool = False) -> ParseResult:
    """Parse TEXT as FMT (one of FORMATS, or "auto" to detect it from SOURCE and content).

    KEEP_UNCERTAIN keeps the digest papers whose title the importer is unsure of.

    Raises UsageError for an unknown format and ImportFormatError for unreadable input.
    """
    fmt = fmt.lower()
    if fmt == "auto":
        fmt = detect_format(text, source)
    result: ParseResult
    if fmt == "bibtex":
        from papercli.importers.bibtex import parse_bibtex

        result = parse_bibtex(text, source)
    elif fmt == "json":
        from papercli.importers.records import parse_json

        result = parse_json(text, source)
    elif fmt == "jsonl":
        from papercli.importers.records import parse_jsonl

        result = parse_jsonl(text, source)
    elif fmt == "csv":
        from papercli.importers.records import parse_csv

        result = parse_csv(text, source)
    elif fmt == "csl-json":
        from papercli.importers.csl import parse_csl_json

        result = parse_csl_json(text, source)
    elif fmt == "ris":
        from papercli.importers.ris import parse_ris

        result = parse_ris(text, source)
    elif fmt == "digest":
        from papercli.importers.digest import parse_digest

        result = parse_digest(text, source, keep_uncertain)
    else:
        raise UsageError(
            f"unknown import format {fmt!r}; expected one of auto, {', '.join(FORMATS)}"
        )
    result.format = fmt
    return result
