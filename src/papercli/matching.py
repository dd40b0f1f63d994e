"""Fuzzy matching: a word index over titles for search, REF resolution and duplicate detection.

Titles and alt titles are tokenised into words (CJK text into character bigrams, so a word of
unsegmented Chinese matches inside a title), numbers into one word each ("3.5", "16 x 16"). A
query word also matches the words of the library within a small edit distance, a number only
itself. A title scores by the IDF-weighted share of the query's
words it holds (by best similarity), with small terms for word order and for how much of the
title the query covers. Candidates come from the index, never from scoring every title.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import pairwise

from papercli.model import Paper

# A REF resolves only when the winner holds every distinctive query word, scores at least
# RESOLVE_MIN_SCORE and leads the next paper by RESOLVE_MARGIN.
RESOLVE_MIN_SCORE = 60.0
RESOLVE_MARGIN = 5.0
# The default of `search --min-score`, chosen from measurement (see benchmarks/fuzzy_eval.py).
SEARCH_MIN_SCORE = 60.0
# Two titles this close (rapidfuzz ratio after normalisation) are the same paper.
DUPLICATE_MIN_SCORE = 95.0
# Shorter titles are compared exactly: "Deep Learning I" and "... II" are different papers.
FUZZY_DUPLICATE_MIN_LENGTH = 20

# How the title score is made (sums to 1): the weighted share of query words the title holds,
# whether they come in the query's order, and how much of the title the query covers.
COVERAGE_WEIGHT = 0.86
ORDER_WEIGHT = 0.07
LENGTH_WEIGHT = 0.07
# Authors, tags and topics, and the summary: below a title holding the same words.
FIELDS_WEIGHT = 0.85
SUMMARY_WEIGHT = 0.75
# Candidates refined with order and length terms (by coverage, best first).
REFINE_TOP = 300

# Function words: they count a little for ranking and never make a REF ambiguous or clear.
_STOP_WORD_TEXT = (
    "a an and are as at be by can do does for from has have how in into is it its of on or "
    "our the their this to towards toward via vs we what when where which while why with "
    "you your"
)
STOP_WORDS = frozenset(_STOP_WORD_TEXT.split(" "))
STOP_WORD_WEIGHT = 0.2

_NON_WORD = re.compile(r"[\W_]+")
_CJK_RUN = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]+"
)
_ASCII_NON_WORD = bytes(
    b if (48 <= b <= 57 or 97 <= b <= 122 or b == 10) else 32 for b in range(256)
)


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


def tokens(text: str) -> list[str]:
    """The words of TEXT for matching: normalised words, CJK runs as character bigrams."""
    folded = normalize(text)
    if folded.isascii():
        return folded.split()
    found: list[str] = []
    for word in folded.split():
        if word.isascii() or not _CJK_RUN.search(word):
            found.append(word)
            continue
        at = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > at:
                found.append(word[at : run.start()])
            chars = run.group()
            pairs = [chars[i : i + 2] for i in range(len(chars) - 1)]
            found.extend(pairs or [chars])
            at = run.end()
        if at < len(word):
            found.append(word[at:])
    return found


# Numbers are joined into one word before a title or a query is split: "3.5" is not "3" and
# "5" (it becomes "3p5", which survives the folding), and "16 x 16", "16X16" and "16×16" are
# "16x16". Each pattern starts with its sign, so a search skips the text between signs (a
# pattern starting with a digit or a class is ten times slower on the index's one text).
_DIGIT = re.compile(r"\d")
_DECIMAL_POINT = re.compile(r"\.(?=\d)")
_TIMES = {sign: re.compile(sign + r"[ \t]*(?=\d)") for sign in ("x", "X", "×")}
# Roman numerals up to 99 as whole words ("ii", "xiv", "xl"): numbers, like "3", "4o", "8".
_ROMAN = re.compile(r"(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def join_numbers(text: str, signs: str = "xX×") -> str:
    """TEXT with each number one word: decimals ("3.5") and sizes ("16 x 16") joined.

    SIGNS are the times signs to look for (the index's text is lower-case ASCII: "x")."""
    if not _DIGIT.search(text):
        return text
    text = _joined(text, _DECIMAL_POINT, "p", spaces=False)
    for sign in signs:
        text = _joined(text, _TIMES[sign], "x", spaces=True)
    return text


def _joined(text: str, pattern: re.Pattern[str], joint: str, spaces: bool) -> str:
    """TEXT with each match of PATTERN that follows a digit (after spaces or tabs, with
    SPACES) replaced by JOINT, the spaces before it dropped. Never joins across lines."""
    parts: list[str] = []
    at = 0
    for match in pattern.finditer(text):
        head = text[at : match.start()]
        if spaces:
            head = head.rstrip(" \t")
        if not head[-1:].isdigit():
            continue
        parts += (head, joint)
        at = match.end()
    if not parts:
        return text
    parts.append(text[at:])
    return "".join(parts)


def is_number(word: str) -> bool:
    """Whether a normalised WORD is a number: it holds a digit ("4", "4o", "3p5", "16x16",
    "resnet50") or is a Roman numeral ("ii", "xl"). A number tells papers apart ("GPT-4" and
    "GPT-5", "Part I" and "Part II"): it is never a typo of another word, nor noise."""
    return bool(word) and (_DIGIT.search(word) is not None or _ROMAN.fullmatch(word) is not None)


PLURAL_SIMILARITY = 0.95
# A query word held by at most this many titles is also matched to words a typo away.
RARE_WORD_MAY_BE_TYPO = 3


def _number_forms(word: str) -> list[str]:
    """The plural or singular forms WORD may have ("transformer" and "transformers")."""
    if word.endswith("ies"):
        return [word[:-3] + "y"]
    if word.endswith("es"):
        return [word[:-1], word[:-2]]
    if word.endswith("s") and not word.endswith("ss"):
        return [word[:-1]]
    if word.endswith("y"):
        return [word + "s", word[:-1] + "ies"]
    return [word + "s", word + "es"]


def title_words(titles: list[str]) -> list[list[str]]:
    """``tokens(title)`` for each of TITLES; the ASCII ones (nearly all) folded in one pass."""
    others = {at: title for at, title in enumerate(titles) if not title.isascii()}
    plain = ["" if at in others else title.replace("\n", " ") for at, title in enumerate(titles)]
    folded = "\n".join(plain).lower().encode("ascii").translate(_ASCII_NON_WORD)
    found = [line.split() for line in folded.decode("ascii").split("\n")]
    for at, title in others.items():
        found[at] = tokens(title)
    return found if titles else []


def _is_cjk(token: str) -> bool:
    return bool(_CJK_RUN.match(token))


def max_edits(word: str) -> int:
    """How many typos a query word may carry and still match a word of a title."""
    if len(word) < 4 or not word.isascii() or is_number(word):
        return 0
    return 1 if len(word) < 7 else 2


@dataclass
class Scored:
    """A paper and how well it matched (0-100); for REFs also whether its title holds every
    distinctive word of the REF (HOLDS_ALL) and whether the REF covers the whole title
    (COMPLETE)."""

    paper: Paper
    score: float
    coverage: float = 0.0
    holds_all: bool = False
    complete: bool = False


@dataclass
class _QueryWord:
    text: str
    weight: float
    distinctive: bool  # picks the candidates (a title naming the REF holds every word)
    matches: dict[str, float] = field(default_factory=dict)  # vocabulary word -> similarity


class TitleIndex:
    """A word index over the titles and alt titles of PAPERS (built once, queried often).

    The normalised titles are kept as one text, each title a line of space-separated words;
    the lines holding a word are found with str.find (C speed), so nothing is done per title
    unless the title is a candidate.
    """

    def __init__(self, papers: list[Paper]) -> None:
        from itertools import accumulate

        self.papers = papers
        titles = [p.title for p in papers]
        owners = list(range(len(papers)))
        for index, paper in enumerate(papers):
            for title in paper.alt_titles:
                titles.append(title)
                owners.append(index)
        # ASCII titles (nearly all) are folded in one pass over one text; others one by one.
        others = {at: title for at, title in enumerate(titles) if not title.isascii()}
        plain = [
            "" if at in others else title.replace("\n", " ") for at, title in enumerate(titles)
        ]
        folded = join_numbers("\n".join(plain).lower(), signs="x")
        self._folded = folded.encode("ascii").translate(_ASCII_NON_WORD)
        # Runs of spaces stay: words are found between spaces, and split() skips them.
        lines = self._folded.decode("ascii").split("\n")
        for at, title in others.items():
            lines[at] = " ".join(tokens(join_numbers(title)))
        self._others = [lines[at] for at in others]
        self._owners = owners
        self._lines = lines
        self._text = " " + " \n ".join(lines) + " \n"
        self._starts = [0, *accumulate(len(line) + 3 for line in lines)]
        self._vocabulary: list[str] | None = None
        self._docs: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._lines)

    def vocabulary(self) -> list[str]:
        """Every word of every title."""
        if self._vocabulary is None:
            # Split as bytes (about twice as fast), decode only the distinct words.
            words = {w.decode("ascii") for w in set(self._folded.split())}
            for line in self._others:
                words.update(line.split())
            self._vocabulary = list(words)
        return self._vocabulary

    def docs_with(self, word: str) -> list[int]:
        """The titles (line numbers) holding WORD, each once."""
        found = self._docs.get(word)
        if found is not None:
            return found
        needle = f" {word} "
        text, starts = self._text, self._starts
        found = []
        at = text.find(needle)
        while at >= 0:
            line = bisect_right(starts, at) - 1
            if not found or found[-1] != line:
                found.append(line)
            at = text.find(needle, starts[line + 1])
        self._docs[word] = found
        return found

    def expand(self, word: str) -> dict[str, float]:
        """The words of the library WORD may mean, each with its similarity (1.0 = exact)."""
        matches: dict[str, float] = {}
        holders = len(self.docs_with(word))
        if holders:
            # A word the library knows is taken as typed, with its plural or singular; only
            # a word few titles hold may be a typo of another ("solves" for "solvers").
            matches[word] = 1.0
            if max_edits(word):
                for other in _number_forms(word):
                    if self.docs_with(other):
                        matches[other] = PLURAL_SIMILARITY
            if holders > RARE_WORD_MAY_BE_TYPO:
                return matches
        edits = max_edits(word)
        if len(word) == 3 and word.isalpha() and not is_number(word):
            edits = 1  # a short word known to no title: most likely a typo of a longer one
        if edits:
            from rapidfuzz import process
            from rapidfuzz.distance import OSA

            for other, distance, _ in process.extract(
                word, self.vocabulary(), scorer=OSA.distance, score_cutoff=edits, limit=None
            ):
                # Typos rarely hit the first letter, while dropping it changes the meaning
                # ("unlearning" is not "learning"): a typo match starts with the same letter.
                if other not in matches and other[0] == word[0] and not is_number(other):
                    matches[other] = 1.0 - distance / max(len(word), len(other)) / 1.5
        elif _is_cjk(word) and len(word) == 1:
            for other in self.vocabulary():
                if word in other:
                    matches[other] = 1.0
        return matches

    def _idf(self, count: int) -> float:
        total = len(self._lines)
        return math.log(1.0 + (total - count + 0.5) / (count + 0.5))

    def _query(self, query: str) -> list[_QueryWord]:
        words: list[_QueryWord] = []
        seen: set[str] = set()
        for word in tokens(join_numbers(query)):
            if word in seen:
                continue
            seen.add(word)
            matches = self.expand(word)
            if word in matches:
                count = len(self.docs_with(word))
            elif matches:
                count = max(len(self.docs_with(w)) for w in matches)
            else:
                count = 0
            # A word of one or two letters no title holds may be a typo ("al you need"): it
            # counts little for ranking. Yet no title lacking it names the REF ("stable
            # diffusion xl" is not "Stable Diffusion 3"), nor one lacking a number.
            number = is_number(word)
            noise = not number and not matches and len(word) <= 2 and word.isascii()
            stop = noise or (word in STOP_WORDS and not number)
            weight = self._idf(count) * (STOP_WORD_WEIGHT if stop else 1.0)
            words.append(_QueryWord(word, weight, not stop, matches))
        if words and not any(w.distinctive for w in words):
            for w in words:  # a REF of function words only: each of them counts
                w.distinctive = True
        return words

    def rank(self, query: str, limit: int | None = None) -> list[Scored]:
        """Papers whose title or alt title holds words of QUERY, best first (best title each);
        with LIMIT, the titles holding most of the query's words are scored in full, not all."""
        import heapq

        words = self._query(query)
        if not words:
            return []
        total = sum(w.weight for w in words)
        accumulated: dict[int, float] = {}
        for word in words:
            if not word.distinctive:
                continue
            best: dict[int, float] = {}
            for other, similarity in word.matches.items():
                for doc in self.docs_with(other):
                    if similarity > best.get(doc, 0.0):
                        best[doc] = similarity
            for doc, similarity in best.items():
                accumulated[doc] = accumulated.get(doc, 0.0) + word.weight * similarity
        if limit is None:
            candidates = list(accumulated.items())
        else:
            keep = max(REFINE_TOP, limit * 3)
            candidates = heapq.nlargest(keep, accumulated.items(), key=lambda item: item[1])
        every_match = {w for word in words for w in word.matches}
        by_paper: dict[int, Scored] = {}
        for doc, _ in candidates:
            scored = self._score(doc, words, total, every_match)
            owner = self._owners[doc]
            known = by_paper.get(owner)
            if known is None or scored.score > known.score:
                by_paper[owner] = scored
        ranked = sorted(by_paper.values(), key=lambda s: (-s.score, s.paper.id))
        return ranked if limit is None else ranked[:limit]

    def _score(
        self, doc: int, words: list[_QueryWord], total: float, every_match: set[str]
    ) -> Scored:
        title_words = self._lines[doc].split()
        held = 0.0
        holds_all = True
        positions: list[int] = []
        for word in words:
            similarity, position = 0.0, -1
            for at, title_word in enumerate(title_words):
                found = word.matches.get(title_word, 0.0)
                if found > similarity:
                    similarity, position = found, at
            held += word.weight * similarity
            if similarity <= 0.0:
                # Any word of the REF the title lacks tells it apart: a function word
                # ("models as optimizers"), a number ("GPT-5"), a short word ("xl").
                holds_all = False
            else:
                positions.append(position)
        coverage = held / total if total else 0.0
        pairs = len(positions) - 1
        order = sum(1 for a, b in pairwise(positions) if a < b) / pairs if pairs > 0 else 1.0
        covered = sum(1 for w in title_words if w in every_match)
        length = covered / len(title_words) if title_words else 0.0
        complete = all(w in every_match or w in STOP_WORDS for w in title_words)
        score = 100.0 * (COVERAGE_WEIGHT * coverage + ORDER_WEIGHT * order + LENGTH_WEIGHT * length)
        return Scored(
            self.papers[self._owners[doc]],
            round(score, 1),
            coverage=round(100.0 * coverage, 1),
            holds_all=holds_all,
            complete=complete,
        )


def search(
    papers: list[Paper],
    query: str,
    min_score: float = SEARCH_MIN_SCORE,
    limit: int | None = None,
    index: TitleIndex | None = None,
) -> list[Scored]:
    """PAPERS ranked by how well they match QUERY, best first, each scoring >= MIN_SCORE.

    Titles and alt titles score in full; authors, tags and topics, then the summary, score
    below a title holding the same words, so that a title match ranks above a passing mention.
    """
    from rapidfuzz import fuzz

    q = normalize(query)
    if not q:
        return []
    index = index or TitleIndex(papers)
    best: dict[int, Scored] = {}
    for scored in index.rank(query, limit=None if limit is None else limit * 2):
        if scored.score >= min_score:
            best[id(scored.paper)] = scored
    words = [w for w in q.split() if len(w) >= 2] or [q]
    for texts, weight in (
        ([" ".join(p.authors + p.tags + p.topics) for p in papers], FIELDS_WEIGHT),
        ([p.summary or "" for p in papers], SUMMARY_WEIGHT),
    ):
        # partial_ratio is costly on long text: only where a query word occurs at all.
        for at in _texts_holding(texts, words):
            paper = papers[at]
            score = round(fuzz.partial_ratio(q, normalize(texts[at])) * weight, 1)
            known = best.get(id(paper))
            if score >= min_score and (known is None or score > known.score):
                best[id(paper)] = Scored(paper, score)
    ranked = sorted(best.values(), key=lambda s: (-s.score, -s.paper.id))
    return ranked if limit is None else ranked[:limit]


def _texts_holding(texts: list[str], words: list[str]) -> list[int]:
    """The positions in TEXTS of the texts holding one of WORDS (case-folded), in order.

    One case-folded text is searched with str.find, so a large library costs a few C loops,
    not a Python step per paper.
    """
    from itertools import accumulate

    folded = "\x00".join(texts).casefold()
    starts = [0, *accumulate(len(t) + 1 for t in folded.split("\x00"))]
    found: set[int] = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            text = bisect_right(starts, at) - 1
            found.add(text)
            at = folded.find(word, starts[text + 1])
    return sorted(found)


def rank_for_reference(papers: list[Paper], words: str) -> list[Scored]:
    """Papers whose title or alt title resembles WORDS, best first (for REF resolution).

    A title equal to WORDS up to case, spaces and punctuation, with the same numbers ("GPT 35"
    is not "GPT-3.5"), and held by one paper only, comes first with 100.
    """
    key = title_key(words)
    numbers = _digit_numbers(words)
    exact = [
        p
        for p in papers
        if key
        and any(
            title_key(t) == key and _digit_numbers(t) == numbers for t in (p.title, *p.alt_titles)
        )
    ]
    if len(exact) == 1:
        return [Scored(exact[0], 100.0, 100.0, holds_all=True, complete=True)]
    # Titles holding every word come first by coverage: the best REFINE_TOP hold the rivals.
    return TitleIndex(papers).rank(words, limit=REFINE_TOP)


_DIGIT_NUMBER = re.compile(r"\d+(?:\.\d+)*")


def _digit_numbers(text: str) -> list[str]:
    """The numbers written with digits in TEXT, decimals whole: "3.5" is one, "3 5" two."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return _DIGIT_NUMBER.findall(text)


def clear_winner(ranked: list[Scored]) -> Paper | None:
    """The first paper of RANKED when it clearly names the REF, else None.

    It must hold every distinctive word of the REF (typos allowed) and lead the next paper
    by RESOLVE_MARGIN. When another title holds every word too, the winner must be the only
    one whose whole title the REF covers: "denoising diffusion" names neither of two
    "Denoising Diffusion ..." papers, however the scores fall.
    """
    if not ranked:
        return None
    top = ranked[0]
    if not top.holds_all or top.score < RESOLVE_MIN_SCORE:
        return None
    rivals = [other for other in ranked[1:] if other.holds_all]
    if rivals and (not top.complete or any(other.complete for other in rivals)):
        return None
    lead = top.score - ranked[1].score if len(ranked) > 1 else 100.0
    return top.paper if lead >= RESOLVE_MARGIN else None


# A word held by at most this many titles files every title holding it; a block (word or key
# prefix/suffix) of more than BLOCK_LIMIT titles is dropped, so each check compares a few.
RARE_WORD_TITLES = 64
BLOCK_LIMIT = 64


class DuplicateIndex:
    """Finds a paper already seen with the same identifier or a near-identical title.

    Exact title keys are looked up directly. Near-identical titles share most of their words
    and characters, so each title is filed in a few small blocks: under its rare words (and
    always its rarest one), and under its key's first and last 8 characters; a title is then
    compared only with the titles filed under its own words and key ends. Word frequencies
    come from the papers given and from EXPECTED (titles about to be checked, as an import's).
    A block that outgrows BLOCK_LIMIT is dropped (a prefix thousands of titles share tells
    none of them apart), so a bulk import stays near-linear.
    """

    def __init__(self, papers: Iterable[Paper] = (), expected: Iterable[str] = ()) -> None:
        from collections import Counter
        from itertools import chain

        kept = list(papers)
        words = title_words([p.title for p in kept] + list(expected))
        self._frequency: Counter[str] = Counter(chain.from_iterable(map(set, words)))
        self._by_identifier: dict[tuple[str, str], Paper] = {}
        self._by_key: dict[str, Paper] = {}
        self._blocks: dict[str, list[tuple[str, Paper]]] = {}
        self._crowded: set[str] = set()
        for paper, its_words in zip(kept, words, strict=False):
            self._file(paper, its_words)

    def add(self, paper: Paper) -> None:
        """Remember PAPER for later lookups."""
        self._file(paper, tokens(paper.title))

    def _file(self, paper: Paper, words: list[str]) -> None:
        for identifier in paper.identifiers():
            self._by_identifier.setdefault(identifier, paper)
        # For ASCII the words joined are the key; title_key is the slower, general way.
        key = "".join(words) if paper.title.isascii() else title_key(paper.title)
        if not key or key in self._by_key:
            return
        self._by_key[key] = paper
        distinct = set(words)
        frequency = self._frequency
        filed = {w for w in distinct if frequency[w] <= RARE_WORD_TITLES}
        if distinct and not filed:  # else the rarest word is filed already
            filed.add(min(distinct, key=lambda w: (frequency[w], w)))
        for block in (*filed, *self._key_blocks(key)):
            if block in self._crowded:
                continue
            members = self._blocks.setdefault(block, [])
            members.append((key, paper))
            if len(members) > BLOCK_LIMIT:
                # Shared by too many titles (a common prefix) to tell any of them apart.
                del self._blocks[block]
                self._crowded.add(block)

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
        seen: set[str] = set()
        for block in (*set(tokens(paper.title)), *self._key_blocks(key)):
            for other_key, other in self._blocks.get(block, ()):
                if other_key in seen:
                    continue
                seen.add(other_key)
                if fuzz.ratio(key, other_key, score_cutoff=DUPLICATE_MIN_SCORE) and (
                    _numbers(other.title) == numbers
                ):
                    return other
        return None

    @staticmethod
    def _key_blocks(key: str) -> tuple[str, str]:
        # Control characters cannot be words: these names never collide with a word block.
        return ("\x01" + key[:8], "\x02" + key[-8:])


_NUMBER_WORD = re.compile(r"\d+|[ivx]+")


def _numbers(title: str) -> list[str]:
    """The numbers in a title (digits, and Roman numerals as words): "GPT-2" and "GPT-3", or
    "Part I" and "Part II", are near-identical strings but different papers."""
    return [w for w in re.findall(r"\d+|\w+", normalize(title)) if _NUMBER_WORD.fullmatch(w)]


def find_duplicate(papers: list[Paper], paper: Paper, identifiers: bool = True) -> Paper | None:
    """The paper of PAPERS that PAPER duplicates, as ``DuplicateIndex(papers).find(paper)``
    answers, without computing a title key for every paper (``add`` checks one paper).
    With IDENTIFIERS false, only the title counts (``edit --title``).

    rapidfuzz (in C) picks the few titles that can be near-identical; titles with the same
    key differ only in case, spaces and punctuation, so they score high here too.
    """
    from rapidfuzz import fuzz, process
    from rapidfuzz.utils import default_process

    if identifiers and paper.identifiers():
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
    probe = paper if identifiers else Paper(title=paper.title)
    return DuplicateIndex(papers[at] for _title, _score, at in close).find(probe)


DUPLICATE_PREFILTER_SCORE = 60.0
DUPLICATE_PREFILTER_LIMIT = 20
