"""BibTeX entries pasted into a page ("cite as", a code block of a reading list), taken out
of its text so that the BibTeX reader reads them whole and the line stages never see
``title={...}`` lines."""

from __future__ import annotations

import re

# an entry's head: "@inproceedings{vaswani2017attention," at a line's start
_ENTRY = re.compile(
    r"^[ \t>]*@(?:article|inproceedings|conference|incollection|inbook|book|misc|techreport|"
    r"phdthesis|mastersthesis|unpublished|online|proceedings|software|dataset)\s*[{(]",
    re.IGNORECASE | re.MULTILINE,
)
MAX_ENTRY = 20_000  # characters: an unclosed brace ends the entry here


def take_bibtex(text: str) -> tuple[str, list[str]]:
    """TEXT with its BibTeX entries blanked out (each kept line count, so line numbers hold),
    and the entries. An entry runs to the brace that closes its first one."""
    entries: list[str] = []
    pieces: list[str] = []
    done = 0
    for match in _ENTRY.finditer(text):
        if match.start() < done:
            continue  # inside the entry before it
        end = _closing(text, match.end() - 1)
        if end is None:
            continue
        entries.append(text[match.start() : end].strip())
        pieces.append(text[done : match.start()])
        pieces.append("\n" * text.count("\n", match.start(), end))
        done = end
    if not entries:
        return text, []
    pieces.append(text[done:])
    return "".join(pieces), entries


def _closing(text: str, start: int) -> int | None:
    """One past the bracket that closes the one at START, or None within MAX_ENTRY."""
    opening = text[start]
    closing = "}" if opening == "{" else ")"
    depth = 0
    for i in range(start, min(len(text), start + MAX_ENTRY)):
        char = text[i]
        if char == "{" or (char == opening and opening == "("):
            depth += 1
        elif char == "}" or (char == closing and closing == ")"):
            depth -= 1
            if depth == 0:
                return i + 1
    return None


# '{"citation": "A. Smith, \"Title,\" 2020.", "readon": "6/2/21"},': a JSON or JavaScript
# data file's record, one or more "key": "value" pairs on a line
_DATA_LINE = re.compile(r'^\s*[\[{,]?\s*"[\w \-]{1,40}"\s*:\s*"')
_PAIR = re.compile(r'"([\w \-]{1,40})"\s*:\s*"((?:[^"\\\n]|\\.){0,4000})"')
DATA_LINES = 3  # a page with at least this many such lines is a data file


def data_fields(text: str) -> str:
    """TEXT with each line of "key": "value" pairs written as its fields, one "key: value"
    line each, the values unescaped (a data file escapes the quotes around a cited title);
    other text as it is. Pages with fewer than DATA_LINES such lines, and fewer than four
    pairs in them, are left whole."""
    lines = text.split("\n")
    data = [line for line in lines if _DATA_LINE.match(line)]
    if len(data) < DATA_LINES and sum(len(_PAIR.findall(line[:20_000])) for line in data) < 4:
        return text  # (one record on one line, '{"title": "…", "authors": "…", …}', is data)
    out: list[str] = []
    for line in lines:
        pairs = _PAIR.findall(line) if _DATA_LINE.match(line) else []
        if not pairs:
            out.append(line)
            continue
        out.extend(f"{key}: {_unescaped(value)}" for key, value in pairs if value.strip())
    return "\n".join(out)


def _unescaped(value: str) -> str:
    """A JSON string literal's escapes read (\\" \\/ \\u00e9); VALUE as it is if not one."""
    import json

    try:
        decoded = json.loads(f'"{value}"')
    except ValueError:
        return value
    return " ".join(str(decoded).split())
