"""Resolving a REF (id, arXiv/DOI/OpenReview id or URL, citation key, or title words) to one
paper: in that order, so an exact citation key always wins over title words."""

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
        keyed = find_by_key(papers, ref)  # a key may look like an identifier: arxiv1706.03762
        if keyed:
            return keyed
        raise PaperNotFound(f"no paper with {kind} id {value}")
    if looks_like_openreview_id(ref):
        for paper in papers:
            if paper.openreview_id == ref:
                return paper
    keyed = find_by_key(papers, ref)
    if keyed:
        return keyed
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


def find_by_key(papers: list[Paper], ref: str) -> Paper | None:
    """The paper whose citation key is REF (case-insensitively, as BibTeX compares keys), or
    that keeps REF in ``alt_keys`` from a paper merged into it; None when no paper has it."""
    from papercli.citekeys import alt_keys

    wanted = ref.strip().casefold()
    if not wanted or any(ch.isspace() for ch in wanted):  # a key is one word
        return None
    for paper in papers:
        if paper.key and paper.key.casefold() == wanted:
            return paper
    for paper in papers:
        if any(k.casefold() == wanted for k in alt_keys(paper)):
            return paper
    return None


def resolve_all(papers: list[Paper], refs: list[str], command: str | None = None) -> list[Paper]:
    """Each REF resolved; fails before any change if one of them does not resolve.

    When title words given unquoted fail one by one but together name one paper clearly, the
    error says so and shows the quoted command (COMMAND names it): never a silent guess.
    """
    resolved: list[Paper] = []
    for at, ref in enumerate(refs):
        try:
            paper = resolve(papers, ref)
        except (PaperNotFound, AmbiguousReference):
            _hint_unquoted_title(papers, refs, at, command)
            raise
        if all(p.id != paper.id for p in resolved):
            resolved.append(paper)
    return resolved


def _is_word(ref: str) -> bool:
    """REF is title words (not an id, nor an arXiv/DOI/OpenReview id or URL)."""
    bare = ref.strip().lstrip("#")
    return bool(bare) and not is_whole_number(bare) and parse_identifier(ref.strip()) is None


def _hint_unquoted_title(
    papers: list[Paper], refs: list[str], at: int, command: str | None
) -> None:
    """Raise the unquoted-title error when the run of word REFs around REFS[AT] names a paper."""
    if not _is_word(refs[at]):
        return
    start, end = at, at + 1
    while start > 0 and _is_word(refs[start - 1]):
        start -= 1
    while end < len(refs) and _is_word(refs[end]):
        end += 1
    if end - start < 2:
        return
    words = " ".join(ref.strip() for ref in refs[start:end])
    try:
        paper = resolve(papers, words)
    except (PaperNotFound, AmbiguousReference):
        return
    arguments = [*map(_quoted, refs[:start]), _quoted(words), *map(_quoted, refs[end:])]
    shown = f"papercli {command} " if command else ""
    raise AmbiguousReference(
        f"{refs[at]!r} does not name one paper clearly, but the words {words!r} together "
        f"name #{paper.id} {paper.title}; nothing was changed. Quote them to mean that paper:",
        [shown + " ".join(arguments)],
    )


def _quoted(argument: str) -> str:
    """ARGUMENT as a shell word: in double quotes when it needs quoting and that is safe."""
    import shlex

    if shlex.quote(argument) == argument:
        return argument
    if not any(ch in argument for ch in '"$`\\!'):
        return f'"{argument}"'
    return shlex.quote(argument)
