"""What every importer returns: the papers it read, and the records it had to reject."""

from __future__ import annotations

from dataclasses import dataclass, field

from papercli.model import Paper


@dataclass
class Rejection:
    """An input record that could not become a paper, and why (``where``: 'line 12')."""

    where: str
    reason: str


@dataclass
class ParseResult:
    """Papers parsed from one input, in input order, plus rejected records."""

    papers: list[Paper] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    format: str = ""
