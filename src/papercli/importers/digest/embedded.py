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
