"""Read paper digests: the reading lists, award pages, newsletters and posts people share.

One stage per module: :mod:`.blocks` reads the text into lines (markdown-it-py, html.parser),
:mod:`.candidates` cuts each line into possible titles, :mod:`.scorer` rates them with a fitted
model, :mod:`.records` cuts the page into one record per confident title, :mod:`.fields` reads
each record's authors, identifiers, venue and year. Every paper has a ``confidence`` (0–1);
records below the acceptance threshold give no paper, and those in the uncertain band are
reported so that the user may keep them (``import --keep-uncertain``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from papercli.errors import ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.model import Paper

MAX_INPUT = 20_000_000  # characters; beyond this the rest of the text is not read


@dataclass
class DigestResult(ParseResult):
    """A digest's papers, with each paper's confidence and the uncertain ones set aside."""

    confidence: dict[int, float] = field(default_factory=dict)  # id(paper) → confidence
    uncertain: list[Paper] = field(default_factory=list)
    by_title: dict[str, float] = field(default_factory=dict)  # for papers copied on the way

    def confidence_of(self, paper: Paper) -> float:
        """PAPER's confidence (0–1); a copy of a parsed paper is found by its title."""
        found = self.confidence.get(id(paper))
        if found is None:
            found = self.by_title.get(_key(paper.title), 0.0)
        return found


def _key(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).lower()
    return re.sub(r"[\W_]+", "", text)


def parse_digest(
    text: str, source: str | None = None, keep_uncertain: bool = False
) -> DigestResult:
    """The papers of a digest (markdown, plain text or HTML); never raises on any str input."""
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue, read_fields
    from papercli.importers.digest.records import cut_records
    from papercli.importers.digest.scorer import load_model, score_lines

    result = DigestResult(format="digest")
    if not isinstance(text, str) or not text.strip():
        return result
    lines = read_lines(text[:MAX_INPUT])
    model = load_model()
    accept, floor = float(model["accept"]), float(model["uncertain"])
    scored = score_lines(lines)
    # uncertain titles cut records only when they are kept: otherwise an author line that
    # looks a little like a title would take its record's links away
    records = cut_records(lines, scored, floor if keep_uncertain else accept)
    if not keep_uncertain:
        for record in cut_records(lines, scored, floor):
            if record.title.score < accept:
                try:
                    unsure = Paper(title=record.title.text, source=source)
                except ValidationError:
                    continue
                result.uncertain.append(unsure)
                result.confidence[id(unsure)] = round(record.title.score, 3)
    doc = page_venue(lines)
    seen: dict[str, Paper] = {}
    for record in records:
        confidence = round(record.title.score, 3)
        fields = read_fields(record, lines, doc)
        title = record.title.text
        key = _key(title)
        if not key:
            continue
        try:
            paper = Paper(
                title=title,
                authors=fields.authors,
                venue=fields.venue,
                year=fields.year,
                topics=fields.topics,
                url=fields.url,
                pdf_url=fields.pdf_url,
                code_url=fields.code_url,
                arxiv_id=fields.arxiv_id,
                openreview_id=fields.openreview_id,
                doi=fields.doi,
                source=source,
            )
        except ValidationError as exc:
            result.rejected.append(
                Rejection(where=f"line {lines[record.start].number + 1}", reason=str(exc))
            )
            continue
        if key in seen:
            _fill(seen[key], paper)
            old = seen[key]
            result.confidence[id(old)] = max(result.confidence.get(id(old), 0.0), confidence)
            continue
        seen[key] = paper
        result.papers.append(paper)
        result.confidence[id(paper)] = confidence
        result.by_title[key] = confidence
    return result


def _fill(base: Paper, other: Paper) -> None:
    """Fill BASE's empty fields from OTHER (the same paper named twice on the page)."""
    for name in ("venue", "year", "url", "pdf_url", "code_url", "arxiv_id", "openreview_id", "doi"):
        if getattr(base, name) is None and getattr(other, name) is not None:
            setattr(base, name, getattr(other, name))
    if not base.authors and other.authors:
        base.authors = other.authors
    base.topics = base.topics + [t for t in other.topics if t not in base.topics]
