"""Write papers out as RIS, the tagged format EndNote, Zotero and Mendeley read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from papercli.citations import (
    EXTRA_FIELDS,
    is_journal,
    is_preprint_server,
    split_name,
    surname_first,
)
from papercli.citekeys import keys_for
from papercli.model import Paper

EXTRA_TAG = "C8"
EXTRA_PREFIX = "papercli-"
# A continuation line that would read as a tag line gets one leading space (dropped on import).
TAG_LINE = re.compile(r"^ *[A-Z][A-Z0-9]  -(\s|$)")


def ris_type(paper: Paper) -> str:
    """JOUR for a journal, CONF for a conference, GEN for a preprint or an unknown venue."""
    if not paper.venue or is_preprint_server(paper.venue):
        return "GEN"
    return "JOUR" if is_journal(paper.venue) else "CONF"


def ris_author(name: str) -> str:
    """ "Aidan N. Gomez" -> "Gomez, Aidan N."; a one-part name stays as it is."""
    family, given, suffix = split_name(name)
    if not given or "," in name or surname_first(name):
        return name
    return f"{family}, {given}" + (f", {suffix}" if suffix else "")


def _line(tag: str, value: str) -> list[str]:
    first, *rest = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [f"{tag}  - {first}"]
    lines += [" " + more if TAG_LINE.match(more) else more for more in rest]
    return lines


def ris_record(paper: Paper, key: str, own_fields: bool = True) -> str:
    """PAPER as one RIS record (TY ... ER) under the ID KEY."""
    lines = _line("TY", ris_type(paper)) + _line("ID", key) + _line("TI", paper.title)
    for name in paper.authors:
        lines += _line("AU", ris_author(name))
    if paper.venue:
        lines += _line("T2", paper.venue)
        if ris_type(paper) == "JOUR":
            lines += _line("JO", paper.venue)
    if paper.year is not None:
        lines += _line("PY", str(paper.year))
    if paper.abstract:
        lines += _line("AB", paper.abstract)
    if paper.url:
        lines += _line("UR", paper.url)
    if paper.doi:
        lines += _line("DO", paper.doi)
    if paper.pdf_url:
        lines += _line("L1", paper.pdf_url)
    for tag in paper.tags:
        lines += _line("KW", tag)
    for title in paper.alt_titles:
        lines += _line("TT", title)
    if paper.notes:
        lines += _line("N1", paper.notes)
    for name in EXTRA_FIELDS if own_fields else ():
        if name in ("alt_titles", "pdf_url"):
            continue  # TT and L1 above
        value = getattr(paper, name)
        values = value if isinstance(value, list) else [value]
        for one in values:
            if one not in (None, "", 0) or name == "status":
                lines += _line(EXTRA_TAG, f"{EXTRA_PREFIX}{name.replace('_', '-')}: {one}")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n"


def to_ris(papers: Sequence[Paper], own_fields: bool = True) -> str:
    """PAPERS as RIS records separated by blank lines, each under its citation key (with
    papercli's own fields in C8 lines unless OWN_FIELDS is False)."""
    keys = keys_for(papers)
    return "\n".join(ris_record(p, k, own_fields) for p, k in zip(papers, keys, strict=True))
