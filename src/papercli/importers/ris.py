"""Reading RIS, the tagged format of EndNote, Zotero, Mendeley and most publishers.

Each record runs from ``TY  - `` to ``ER  - ``. TI/T1 is the title; AU/A1 the authors
("Last, First"); T2/JO/JF/JA/J2/BT the venue; PY/Y1/DA the year; AB/N2 the abstract; UR the
link; L1 the PDF; DO the DOI; KW one tag each; TT an alternative title; N1 the notes; ID the
citation key. ``C8  - papercli-NAME: value`` lines carry papercli's own fields. A line without
a tag continues the value before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from papercli.errors import ImportFormatError, ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.model import Paper

TAG_LINE = re.compile(r"([A-Z][A-Z0-9])  -(?: (.*))?")
_ESCAPED = re.compile(r" +[A-Z][A-Z0-9]  -(\s|$)")
_EXTRA = re.compile(r"papercli-([a-z\-]+): ?(.*)", re.DOTALL)
_VENUE_TAGS = ("T2", "JO", "JF", "JA", "J1", "J2", "BT", "T3")
_LIST_EXTRAS = ("topics", "alt_titles")


def looks_like_ris(text: str) -> bool:
    """Whether TEXT starts (after blank lines) with a ``TY  - `` line."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    return bool(re.match(r"\ufeff?TY  - ", first))


@dataclass
class _Record:
    number: int
    line: int
    tags: list[tuple[str, list[str]]] = field(default_factory=list)
    ended: bool = False

    def values(self, *names: str) -> list[str]:
        return [
            "\n".join(lines).strip()
            for tag, lines in self.tags
            if tag in names and "\n".join(lines).strip()
        ]

    def first(self, *names: str) -> str | None:
        for name in names:  # in the order of NAMES, not of the record
            found = self.values(name)
            if found:
                return found[0]
        return None


def _records(text: str) -> tuple[list[_Record], list[Rejection]]:
    records: list[_Record] = []
    rejected: list[Rejection] = []
    current: _Record | None = None
    # Only \n ends a line: str.splitlines would also split at \x0c, \u2028 and the like.
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r").lstrip("\ufeff") if number == 1 else raw.rstrip("\r")
        match = TAG_LINE.fullmatch(line) or TAG_LINE.fullmatch(line.rstrip())
        if match:
            tag, value = match.group(1), match.group(2) or ""
            if tag == "TY":
                if current is not None and not current.ended:
                    rejected.append(
                        Rejection(
                            f"record {current.number} (line {current.line})",
                            "has no ER line before the next TY; skipped",
                        )
                    )
                current = _Record(len(records) + 1, number)
                current.tags.append((tag, [value]))
                records.append(current)
                continue
            if current is None or current.ended:
                raise ImportFormatError(
                    f"line {number}: a {tag} line outside a record (records start with 'TY  - ')"
                )
            if tag == "ER":
                current.ended = True
            else:
                current.tags.append((tag, [value]))
        elif current is not None and not current.ended and current.tags:
            more = line[1:] if _ESCAPED.match(line) else line
            current.tags[-1][1].append(more)
        elif line.strip():
            raise ImportFormatError(
                f"line {number}: text outside a record (records start with 'TY  - ')"
            )
    unfinished = [r for r in records if not r.ended]
    for record in unfinished:
        if not any(r.where.startswith(f"record {record.number} ") for r in rejected):
            rejected.append(
                Rejection(
                    f"record {record.number} (line {record.line})",
                    "ends without an ER line (truncated file?); skipped",
                )
            )
    return [r for r in records if r.ended], rejected


def _extras(record: _Record) -> dict[str, Any]:
    extras: dict[str, Any] = {}
    for value in record.values("C8"):
        match = _EXTRA.fullmatch(value)
        if not match:
            continue
        name, text = match.group(1).replace("-", "_"), match.group(2).strip()
        if name in _LIST_EXTRAS:
            extras.setdefault(name, []).append(text)
        else:
            extras[name] = text
    return extras


def _display_name(value: str) -> str:
    """An RIS name ("Last, First" or "Last, First, Suffix") as a display name."""
    from papercli.citations import join_name

    parts = [p.strip() for p in value.split(",")]
    if len(parts) in (2, 3) and parts[0] and parts[1]:
        return join_name(*parts)
    return value.strip()


def record_to_paper(record: _Record, source: str | None) -> Paper:
    """One RIS record as a Paper; ValidationError when it cannot be one."""
    from papercli.ids import find_identifiers, normalize_doi
    from papercli.importers.csl import citation_key_of
    from papercli.importers.records import year_of

    fields: dict[str, Any] = _extras(record)
    title = record.first("TI", "T1", "CT")
    if not title:
        raise ValidationError("has no title (TI or T1 line)")
    fields["title"] = title
    fields["authors"] = [_display_name(a) for a in record.values("AU", "A1")]
    fields["alt_titles"] = fields.get("alt_titles", []) + record.values("TT")
    venue = record.first(*_VENUE_TAGS)
    # Zotero writes an arXiv preprint's journal as "arXiv:1512.03385 [cs]".
    fields["venue"] = "arXiv" if venue and re.match(r"arxiv:\s*\S", venue, re.I) else venue
    year = record.first("PY", "Y1", "DA")
    fields["year"] = year_of(year) if year else None
    fields["abstract"] = record.first("AB", "N2")
    fields["url"] = record.first("UR")
    fields["pdf_url"] = record.first("L1")
    doi = record.first("DO")
    if doi:
        fields["doi"] = normalize_doi(doi)
        if fields["doi"] is None:
            raise ValidationError(f"DO {doi[:60]!r} is not a DOI")
    fields["tags"] = record.values("KW")
    fields["notes"] = "\n\n".join(record.values("N1"))
    if not fields.get("arxiv_id"):
        text = " ".join(record.values("UR", "L1", "DO", "AN", "M1", "N1"))
        doi_arxiv = re.search(r"10\.48550/arxiv\.(\S+)", text, re.IGNORECASE)
        found = find_identifiers(text.replace(doi_arxiv.group(0), "") if doi_arxiv else text)
        fields["arxiv_id"] = found.get("arxiv") or (
            find_identifiers("arXiv:" + doi_arxiv.group(1)).get("arxiv") if doi_arxiv else None
        )
    if not fields.get("openreview_id") and fields["url"] and "openreview" in fields["url"]:
        fields["openreview_id"] = find_identifiers(fields["url"]).get("openreview")
    fields["key"] = citation_key_of(record.first("ID"))
    fields["source"] = source
    return Paper.from_dict(fields)


def parse_ris(text: str, source: str | None) -> ParseResult:
    """Parse RIS records; a bad record is rejected with its number and line, the rest import."""
    records, rejected = _records(text)
    if not records and not rejected:
        raise ImportFormatError(f"found no RIS records in {source or 'the input'}")
    result = ParseResult(format="ris", rejected=rejected)
    for record in records:
        try:
            result.papers.append(record_to_paper(record, source))
        except ValidationError as exc:
            result.rejected.append(
                Rejection(f"record {record.number} (line {record.line})", exc.message)
            )
    result.rejected.sort(key=lambda r: int(r.where.split()[1]))
    return result
