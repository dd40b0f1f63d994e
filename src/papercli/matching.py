"""Fuzzy matching with rapidfuzz: search ranking, REF resolution, duplicate detection."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from papercli.model import Paper

# A fuzzy REF resolves only when the best title scores at least RESOLVE_MIN_SCORE and leads the
# next by RESOLVE_MARGIN, or scores a little less but leads by the wide margin.
RESOLVE_MIN_SCORE = 80.0
RESOLVE_MARGIN = 8.0
RESOLVE_WIDE_MIN_SCORE = 75.0
RESOLVE_WIDE_MARGIN = 15.0
# Another title holding the REF's words this well (word coverage) makes the REF ambiguous.
TIED_COVERAGE = 90.0
COVERAGE_MARGIN = 5.0
CANDIDATE_MIN_SCORE = 55.0
# Two titles this close (rapidfuzz ratio after normalisation) are the same paper.
DUPLICATE_MIN_SCORE = 95.0
# Shorter titles are compared exactly: "Deep Learning I" and "... II" are different papers.
FUZZY_DUPLICATE_MIN_LENGTH = 20

_NON_WORD = re.compile(r"[\W_]+")


def normalize(text: str) -> str:
    """Text folded for matching: NFKC, case-folded, punctuation to single spaces."""
    if not text.isascii():  # NFKC changes nothing in ASCII, and it runs on every title
        text = unicodedata.normalize("NFKC", text)
    return _NON_WORD.sub(" ", text.casefold()).strip()


def title_key(title: str) -> str:
    """A strict key: two titles with the same key differ only in case, spaces and punctuation."""
    if not title.isascii():
        title = unicodedata.normalize("NFKC", title)
    return _NON_WORD.sub("", title.casefold())


@dataclass
class Scored:
    """A paper and how well it matched (0-100); for REFs also how well it covers every word."""

    paper: Paper
    score: float
    coverage: float = 0.0


def word_coverage(query: str, title: str) -> float:
    """How well each word of QUERY is found in TITLE (mean of best per-word ratios), 0-100.

    WRatio alone scores a short query the same against every title that contains a part of
    it; coverage tells "perciever io general architecure" apart from "Perceiver IO (arXiv)".
    """
    from rapidfuzz import fuzz

    words = query.split()
    title_words = title.split()
    if not words or not title_words:
        return 0.0
    return sum(max(fuzz.ratio(w, t) for t in title_words) for w in words) / len(words)


REFINE_TOP = 50


def title_scores(
    query: str, papers: list[Paper], cutoff: float, limit: int | None = None
) -> dict[int, float]:
    """How well QUERY matches each paper's title or alt titles (best of them), by list index.

    Every title is scored with WRatio; the best REFINE_TOP are rescored as the mean of WRatio
    and word coverage, so the ranking among close candidates follows the query's words.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    choices: list[str] = []
    owners: list[int] = []
    for index, paper in enumerate(papers):
        choices.append(paper.title)
        owners.append(index)
        for title in paper.alt_titles:
            choices.append(title)
            owners.append(index)
    best: dict[int, float] = {}
    q = normalize(query)
    if not q:
        return best
    # Only the best titles can make the top LIMIT (kept generous: rescoring reorders them).
    most = None if limit is None else max(limit, REFINE_TOP) * 2
    # rapidfuzz's own processor (case and punctuation, in C) on every title; NFKC, which only
    # matters for non-ASCII text, and the word coverage on the best few.
    matches = process.extract(
        q,
        choices,
        scorer=fuzz.WRatio,
        processor=default_process,
        limit=most,
        score_cutoff=cutoff,
    )
    matches.sort(key=lambda m: -m[1])
    lowest_refined = 100.0
    for rank, (choice, raw, at) in enumerate(matches):
        if rank < REFINE_TOP:
            choice = normalize(choice)
            raw = max(raw, fuzz.WRatio(q, choice))
            score = (raw + word_coverage(q, choice)) / 2
            lowest_refined = min(lowest_refined, score)
        else:
            # Never above a refined candidate: those ranked higher on WRatio alone.
            score = min(raw, lowest_refined)
        if score < cutoff:
            continue
        owner = owners[at]
        if score > best.get(owner, -1.0):
            best[owner] = score
    return best


def search(
    papers: list[Paper], query: str, min_score: float = 50.0, limit: int | None = None
) -> list[Scored]:
    """PAPERS ranked by how well they match QUERY, best first, each scoring >= MIN_SCORE.

    Titles and alt titles score in full; authors, tags and topics nearly so; the summary a bit
    less, so that a title match ranks above a passing mention.
    """
    from rapidfuzz import fuzz

    q = normalize(query)
    if not q:
        return []
    words = [w for w in q.split() if len(w) >= 2] or [q]
    scores = title_scores(query, papers, cutoff=min_score, limit=limit)
    for index, paper in enumerate(papers):
        for text, weight in (
            (" ".join(paper.authors + paper.tags + paper.topics), 0.95),
            (paper.summary, 0.85),
        ):
            if not text:
                continue
            # partial_ratio is costly on long text: only where a query word occurs at all.
            lowered = text.casefold()
            if not any(w in lowered for w in words):
                continue
            score = fuzz.partial_ratio(q, normalize(text)) * weight
            if score >= min_score and score > scores.get(index, -1.0):
                scores[index] = score
    ranked = [Scored(papers[i], round(s, 1)) for i, s in scores.items()]
    ranked.sort(key=lambda s: (-s.score, -s.paper.id))
    return ranked


def rank_for_reference(papers: list[Paper], words: str) -> list[Scored]:
    """Papers whose title or alt title resembles WORDS, best first (for REF resolution)."""
    key = title_key(words)
    exact = [p for p in papers if key and key in (title_key(t) for t in (p.title, *p.alt_titles))]
    if len(exact) == 1:
        return [Scored(exact[0], 100.0)]
    scores = title_scores(words, papers, cutoff=CANDIDATE_MIN_SCORE)
    ranked = [Scored(papers[i], round(s, 1)) for i, s in scores.items()]
    ranked.sort(key=lambda s: (-s.score, s.paper.id))
    query = normalize(words)
    for scored in ranked[:REFINE_TOP]:
        scored.coverage = max(
            word_coverage(query, normalize(t))
            for t in (scored.paper.title, *scored.paper.alt_titles)
        )
    return ranked


def clear_winner(ranked: list[Scored]) -> Paper | None:
    """The first paper of RANKED when it clearly beats the rest, else None.

    Every word of the REF occurring in two titles is never clear, whatever the scores say:
    WRatio favours shorter titles, which is no reason to pick one.
    """
    if not ranked:
        return None
    if ranked[0].score < 100.0 and any(
        other.coverage >= TIED_COVERAGE and other.coverage >= ranked[0].coverage - COVERAGE_MARGIN
        for other in ranked[1:REFINE_TOP]
    ):
        return None
    best = ranked[0].score
    lead = best - ranked[1].score if len(ranked) > 1 else 100.0
    clear = (best >= RESOLVE_MIN_SCORE and lead >= RESOLVE_MARGIN) or (
        best >= RESOLVE_WIDE_MIN_SCORE and lead >= RESOLVE_WIDE_MARGIN
    )
    return ranked[0].paper if clear else None


class DuplicateIndex:
    """Finds a paper already seen with the same identifier or a near-identical title.

    Exact title keys are looked up directly; near-identical titles are compared only within
    blocks sharing the key's first or last 8 characters, so a bulk import stays linear.
    """

    def __init__(self, papers: Iterable[Paper] = ()) -> None:
        self._by_identifier: dict[tuple[str, str], Paper] = {}
        self._by_key: dict[str, Paper] = {}
        self._blocks: dict[str, list[tuple[str, Paper]]] = {}
        for paper in papers:
            self.add(paper)

    def add(self, paper: Paper) -> None:
        """Remember PAPER for later lookups."""
        for identifier in paper.identifiers():
            self._by_identifier.setdefault(identifier, paper)
        key = title_key(paper.title)
        if key and key not in self._by_key:
            self._by_key[key] = paper
            for block in self._block_names(key):
                self._blocks.setdefault(block, []).append((key, paper))

    def find(self, paper: Paper) -> Paper | None:
        """The remembered paper that PAPER duplicates, or None."""
        for identifier in paper.identifiers():
            if identifier in self._by_identifier:
                return self._by_identifier[identifier]
        key = title_key(paper.title)
        if key in self._by_key:
            return self._by_key[key]
        if len(key) < FUZZY_DUPLICATE_MIN_LENGTH:
            return None
        from rapidfuzz import fuzz

        numbers = _numbers(paper.title)
        for block in self._block_names(key):
            for other_key, other in self._blocks.get(block, ()):
                if fuzz.ratio(key, other_key, score_cutoff=DUPLICATE_MIN_SCORE) and (
                    _numbers(other.title) == numbers
                ):
                    return other
        return None

    @staticmethod
    def _block_names(key: str) -> tuple[str, str]:
        return ("<" + key[:8], ">" + key[-8:])


_NUMBER_WORD = re.compile(r"\d+|[ivx]+")


def _numbers(title: str) -> list[str]:
    """The numbers in a title (digits, and Roman numerals as words): "GPT-2" and "GPT-3", or
    "Part I" and "Part II", are near-identical strings but different papers."""
    return [w for w in re.findall(r"\d+|\w+", normalize(title)) if _NUMBER_WORD.fullmatch(w)]


def find_duplicate(papers: list[Paper], paper: Paper) -> Paper | None:
    """The paper of PAPERS that PAPER duplicates, as ``DuplicateIndex(papers).find(paper)``
    answers, without computing a title key for every paper (``add`` checks one paper).

    rapidfuzz (in C) picks the few titles that can be near-identical; titles with the same
    key differ only in case, spaces and punctuation, so they score high here too.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    if paper.identifiers():
        for other in papers:
            if (
                (paper.arxiv_id and other.arxiv_id == paper.arxiv_id)
                or (paper.openreview_id and other.openreview_id == paper.openreview_id)
                or (paper.doi and other.doi == paper.doi)
            ):
                return other
    close = process.extract(
        paper.title,
        [p.title for p in papers],
        scorer=fuzz.ratio,
        processor=default_process,
        score_cutoff=DUPLICATE_PREFILTER_SCORE,
        limit=DUPLICATE_PREFILTER_LIMIT,
    )
    return DuplicateIndex(papers[at] for _title, _score, at in close).find(paper)


DUPLICATE_PREFILTER_SCORE = 60.0
DUPLICATE_PREFILTER_LIMIT = 20
