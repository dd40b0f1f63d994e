"""Resolving a REF (id, arXiv/DOI/OpenReview id or URL, or title words) to one paper."""

from __future__ import annotations

from papercli.errors import AmbiguousReference, PaperNotFound
from papercli.ids import looks_like_openreview_id, parse_identifier
from papercli.matching import clear_winner, rank_for_reference
from papercli.model import Paper, is_whole_number

MAX_CANDIDATES = 5


def resolve(papers: list[Paper], ref: str) -> Paper:
    """The one paper REF names; PaperNotFound or AmbiguousReference (with candidates) otherwise."""
    ref = ref.strip()
    if not ref:
        raise PaperNotFound(
            "empty reference: give an id, an arXiv/DOI/OpenReview id, or title words"
        )
    if is_whole_number(ref.lstrip("#")) and not ref.lstrip("#").startswith("-"):
        paper_id = int(ref.lstrip("#"))
        for paper in papers:
            if paper.id == paper_id:
                return paper
        raise PaperNotFound(f"no paper with id {paper_id}")
    identifier = parse_identifier(ref)
    if identifier:
        kind, value = identifier
        for paper in papers:
            if (kind, value) in paper.identifiers():
                return paper
        raise PaperNotFound(f"no paper with {kind} id {value}")
    if looks_like_openreview_id(ref):
        for paper in papers:
            if paper.openreview_id == ref:
                return paper
    ranked = rank_for_reference(papers, ref)
    winner = clear_winner(ranked)
    if winner:
        return winner
    if not ranked:
        raise PaperNotFound(f"no paper matches {ref!r}")
    candidates = [
        f"{s.paper.id:>5}  {s.score:5.1f}  {s.paper.title}" for s in ranked[:MAX_CANDIDATES]
    ]
    raise AmbiguousReference(
        f"{ref!r} does not name one paper clearly; nothing was changed. "
        "Use an id, or more words of the title. Best candidates (id, score, title):",
        candidates,
    )


def resolve_all(papers: list[Paper], refs: list[str]) -> list[Paper]:
    """Each REF resolved; fails before any change if one of them does not resolve."""
    resolved: list[Paper] = []
    for ref in refs:
        paper = resolve(papers, ref)
        if all(p.id != paper.id for p in resolved):
            resolved.append(paper)
    return resolved
