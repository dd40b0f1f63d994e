"""Stage 3, scored lines → records: one record per confident title, cut where titles repeat.

A record is a title line and the lines after it up to the next title line, a heading at the
same or a higher level, or a table row's end; everything in it (links, identifiers, author
lines) belongs to that record and never to its neighbour. One line gives one title at most, and
one block (a list item, a paragraph, a table row) gives one per line: a block holding several
titles is split, never merged.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from papercli.importers.digest.blocks import (
    BLANK_VALUES,
    CJK_CHAR,
    CJK_LETTER,
    CJK_SCRIPT,
    HANGING_WORDS,
    OPEN_WORDS,
    YEAR,
    Line,
    after_code_tags,
    block_start,
    link_gaps,
    schedule_head,
    schedule_label,
    without_day_date,
)
from papercli.importers.digest.candidates import (
    AND_YEAR,
    AUTHOR_WORDS,
    AWARD_NAME,
    CAPITAL_MONTH,
    CHINESE_LEAD_DASH,
    CITE_KEY_LEAD,
    CODE_VENUE,
    COLUMN_LEAD,
    FIELD_LINE,
    GLUED_YEAR_TAIL,
    PRESENTATION_LEAD,
    PRESENTED,
    READING_LABEL,
    TITLE_LABEL,
    Candidate,
    glossed_parts,
    link_label,
    never_a_title,
    resource_word,
    strip_number,
)
from papercli.importers.digest.features import may_hold
from papercli.importers.digest.references import INITIALLED_NAME
from papercli.lazy_regex import lazy_re


@dataclass
class Record:
    """A paper's title candidate and the lines that belong to it."""

    title: Candidate
    start: int  # index of the title line
    end: int  # one past the record's last line
    sections: list[str] = field(default_factory=list)  # enclosing headings, outermost first
    lead: list[int] = field(default_factory=list)  # identifier lines just above the title
    row_titles: tuple[int, ...] = ()  # the other titles' cells of its table row


TEMPLATE_LINES = 10  # a shape titled this often, nearly always cut one way, is a template
TEMPLATE_SHARE = 0.9
TEMPLATE_FLOOR = 0.1
TEMPLATE_SMALL = 3  # a short list: titled this often, cut one way
SMALL_TEMPLATE_FLOOR = 0.25
UNIFORM_SHARE = 0.5  # of a list's lines titled one way, for its plain lines to be titled too
IDENTIFIED_FLOOR = 0.2  # a short list's line with a paper identifier needs this much


def follow_template(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Lines of a repeated shape whose titled lines nearly all hold their title cut the same
    way (the bold text before " - ", the link text...) hold a title cut that way too when their
    record holds a paper identifier, unless the model gives it almost nothing: their candidate
    of that cut is raised to ACCEPT. Returns how many."""
    from collections import Counter, defaultdict

    from papercli.importers.digest.features import signature

    by_sig: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind in ("item", "cell", "heading", "line") and scored[i]:
            by_sig[signature(line)].append(i)
    raised = 0
    for indexes in by_sig.values():
        if len(indexes) < TEMPLATE_SMALL:
            continue
        cuts: Counter[frozenset[str]] = Counter()
        for i in indexes:
            top = max(scored[i], key=lambda c: c.score)
            if top.score >= accept:
                cuts[frozenset(top.how)] += 1
        titled = sum(cuts.values())
        # a short list whose lines are nearly all titled one way: its doubted lines' same cut,
        # when the model half believes it, is a title too (sentence case scores low)
        small = 2 <= titled < TEMPLATE_LINES and 3 * titled >= len(indexes)
        if lines[indexes[0]].kind == "line" and not small:
            continue
        if titled < TEMPLATE_LINES and not small:
            if lines[indexes[0]].kind == "heading" and titled >= TEMPLATED:
                raised += _templated_headings(lines, scored, indexes, accept)
            continue
        cut, votes = cuts.most_common(1)[0]
        mark = ""  # or a mark all the titles share, however cut ('**Nick**: "Title", CVPR')
        # a short list shares the cut ("Nick (A 2019) - Title", some titles with a colon too);
        # a long one that is not cut one way may share the mark
        shared = (
            _CUT_TAGS
            if small
            else (_MARKED | _CUT_TAGS if votes < TEMPLATE_SHARE * titled else None)
        )
        if shared is not None:
            marks = Counter(
                tag for how, n in cuts.items() for tag in sorted(how & shared) for _ in range(n)
            )
            if marks and marks.most_common(1)[0][1] >= TEMPLATE_SHARE * titled:
                mark = marks.most_common(1)[0][0]
            elif not small and _leading_share(lines, scored, indexes, accept) >= TEMPLATE_SHARE:
                # "Title, CVPR2020. [paper]", "Title. [paper]", "Title, ICCV2021[paper]": cut
                # at different marks, every title is where its line starts
                mark = LEADING
            elif votes < TEMPLATE_SHARE * titled:
                continue
        shapes = (
            _titled_shapes(lines, scored, indexes, accept)
            if lines[indexes[0]].kind == "heading"
            else Counter()
        )
        for i in indexes:
            if max(c.score for c in scored[i]) >= accept:
                continue
            identified = _identified_nearby(lines, i)
            if (
                lines[i].kind == "heading"
                and not identified
                and not _templated_below(lines, scored, i, shapes, accept)
            ):
                # a heading of the shape may be a section's name: a link must vouch, or its
                # record's lines shaped as the titled headings' records
                continue
            # a list titled nearly throughout: its other lines cut the same way, however plain
            uniform = not small and votes >= UNIFORM_SHARE * len(indexes)
            if (not small or titled < TEMPLATE_SMALL) and not identified and not uniform:
                continue  # two titled lines make a template only of lines with identifiers
            # an identifier vouches for a line the model doubts more
            floor = (
                (IDENTIFIED_FLOOR if small else TEMPLATE_FLOOR)
                if identified
                else SMALL_TEMPLATE_FLOOR
            )
            if mark == LEADING:
                start = _line_start(lines[i])
                leading = [c for c in scored[i] if _leads(start, c) and c.score >= floor]
                match = [max(leading, key=lambda c: c.score)] if identified and leading else []
            elif mark:
                marked = [c for c in scored[i] if mark in c.how and c.score >= floor]
                # a cut shared by the list: its longest ("A : B (Name)" is "A : B", not "B")
                size = (lambda c: len(c.text)) if mark in _CUT_TAGS else (lambda c: c.score)
                match = [max(marked, key=size)] if marked else []
            else:
                match = [c for c in scored[i] if frozenset(c.how) == cut and c.score >= floor]
            if len(match) == 1:
                match[0].score = accept
                raised += 1
    return raised


LEADING = "leading"  # a template whose titles are each cut where their line starts
BODY_LINES = 6  # lines under a heading, at most, that make its record's shape
TEMPLATED = 2  # titled headings, at least, whose records have a heading's record's shape


def _body_shape(lines: list[Line], at: int) -> tuple[tuple[str, bool, str], ...]:
    """The shape of the lines under heading AT up to the next heading: each line's kind,
    whether it links, and the label of a link alone on its line when short ("LINK", "pdf")."""
    shape = []
    for line in lines[at + 1 : at + 1 + BODY_LINES]:
        if line.kind == "heading":
            break
        label = next(
            (line.text[s.start : s.end].lower() for s in line.spans if s.kind == "link"), ""
        )
        alone = len(label) <= 12 and label.strip() == line.text.strip().lower()
        shape.append((line.kind, bool(line.urls), label if alone else ""))
    return tuple(shape)


def _templated_headings(
    lines: list[Line], scored: list[list[Candidate]], indexes: list[int], accept: float
) -> int:
    """Headings of one shape, a few of them titled: the others whose records are shaped as
    the titled ones' (_templated_below) hold a title too, cut as those are, unless the model
    gives it almost nothing; raised to ACCEPT. Returns how many."""
    titled = [i for i in indexes if max(c.score for c in scored[i]) >= accept]
    cut = Counter(frozenset(max(scored[i], key=lambda c: c.score).how) for i in titled)
    how, votes = cut.most_common(1)[0]
    if votes < TEMPLATE_SHARE * len(titled):
        return 0
    shapes = _titled_shapes(lines, scored, indexes, accept)
    raised = 0
    for i in indexes:
        if max(c.score for c in scored[i]) >= accept:
            continue
        if not _templated_below(lines, scored, i, shapes, accept):
            continue
        match = [c for c in scored[i] if frozenset(c.how) == how and c.score >= TEMPLATE_FLOOR]
        if len(match) == 1:
            match[0].score = accept
            raised += 1
    return raised


def _titled_shapes(
    lines: list[Line], scored: list[list[Candidate]], indexes: list[int], accept: float
) -> Counter[tuple[tuple[str, bool, str], ...]]:
    """How many of the headings INDEXES that hold a title have each shape of record below
    them (_body_shape), counted once for the whole list."""
    return Counter(
        _body_shape(lines, i) for i in indexes if max(c.score for c in scored[i]) >= accept
    )


def _templated_below(
    lines: list[Line],
    scored: list[list[Candidate]],
    at: int,
    shapes: Counter[tuple[tuple[str, bool, str], ...]],
    accept: float,
) -> bool:
    """Whether heading AT heads lines shaped as those under TEMPLATED or more of the titled
    headings (whose record shapes SHAPES counts), and under at least half of them, a link
    alone on a line among them ("## Title" / names / "Venue,2017/01/19" / "[LINK](…)" after
    each), and no title of its own below it: one record's template, whatever the language of
    its title."""
    shape = _body_shape(lines, at)
    if len(shape) < 2 or not any(label for _, _, label in shape):
        return False  # (its own link alone on a line, "[LINK](…)", "[pdf](…)", marks a record)
    below = range(at + 1, at + 1 + len(shape))
    if any(c.score >= accept for i in below for c in scored[i]):
        return False  # '### 11. DPG' / '**"Title"**': a nickname over its paper's title
    alike = shapes[shape]
    return alike >= TEMPLATED and 2 * alike >= shapes.total()


def _line_start(line: Line) -> str:
    """LINE's text after its list number."""
    return strip_number(line.text.strip())[0]


def _leads(text: str, cand: Candidate) -> bool:
    """Whether CAND is a cut where a line's TEXT (after its number) starts, up to a mark."""
    return len(cand.text) < len(text) and text.startswith(cand.text)


def _leading_share(
    lines: list[Line], scored: list[list[Candidate]], indexes: list[int], accept: float
) -> float:
    """The share of the titled lines of INDEXES whose title is a cut where the line starts."""
    tops = [max(scored[i], key=lambda c: c.score) for i in indexes]
    titled = [(i, top) for i, top in zip(indexes, tops, strict=True) if top.score >= accept]
    if not titled:
        return 0.0
    return sum(_leads(_line_start(lines[i]), top) for i, top in titled) / len(titled)


ROW_FLOOR = 0.2


def follow_identified_rows(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A table whose rows mostly name a titled paper names one in each of its other rows that
    holds a paper identifier: the row's best candidate in the column the titles are in."""
    from collections import Counter, defaultdict

    rows: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind == "cell" and scored[i]:
            rows[line.row].append(i)
    titled_rows = 0
    columns: Counter[int] = Counter()
    headers: Counter[str] = Counter()
    cuts: Counter[frozenset[str]] = Counter()
    for indexes in rows.values():
        best = [i for i in indexes if max(c.score for c in scored[i]) >= accept]
        if best:
            titled_rows += 1
            columns[lines[best[0]].cell] += 1
            headers[lines[best[0]].header] += 1
            cuts[frozenset(max(scored[best[0]], key=lambda c: c.score).how)] += 1
    if titled_rows < TEMPLATE_LINES or titled_rows < 0.3 * len(rows):
        return 0
    column = columns.most_common(1)[0][0]
    cut = cuts.most_common(1)[0][0]
    # a table titled nearly throughout whose header names that column the titles ("论文标题"):
    # its other rows are papers too, identified or not, when the model gives them something
    header = headers.most_common(1)[0][0]
    headed = TITLE_COLUMN.search(header) is not None and titled_rows >= HEADED_SHARE * len(rows)
    raised = 0
    for indexes in rows.values():
        if any(max(c.score for c in scored[i]) >= accept for i in indexes):
            continue
        identified = _identified_nearby(lines, indexes[0])
        if not identified and not headed:
            continue
        pool = [c for i in indexes if lines[i].cell == column and lines[i].first for c in scored[i]]
        # (a row no identifier vouches for: a title of two words at least, not "VisualGLM-6B")
        pool = [
            c for c in pool if not never_title(c.text) and (identified or len(c.text.split()) >= 2)
        ]
        # the cut that names the titled rows' titles, else the row's best candidate if the
        # model gives it something; a title column's cell no identifier vouches for is its
        # title as a whole
        same = [c for c in pool if frozenset(c.how) == cut] if identified else []
        if identified and not same:
            # a row written its own way ("1) Title  Description…" among "**Title** - …"
            # rows): the cell's first field, cut at a gap or a dash, is its title
            same = [
                c
                for c in pool
                if c.how & _LEADING_FIELD
                and c.score >= LEAD_FLOOR
                and len(c.text.split()) <= LEAD_WORDS
                and not _SENTENCE_BREAK.search(c.text)
            ]
        if identified:
            top = max(same or pool, key=lambda c: c.score, default=None)
        else:
            top = max(pool, key=lambda c: ("whole" in c.how, c.score), default=None)
        if top is not None and (same or top.score >= ROW_FLOOR):
            top.score = accept
            raised += 1
    return raised


HEADED_SHARE = 0.7  # of a table's rows titled, for its title column to title the rest
_LEADING_FIELD = {"pipe_first", "before_dash"}
LEAD_FLOOR = 0.0
LEAD_WORDS = 20  # a first field longer than this, or holding a sentence's end, is its blurb
_SENTENCE_BREAK = lazy_re(r"[a-z)][.!?]\s+[A-Z]")


_LEAD_SYMBOLS = lazy_re(r"^[^\w(（\[]+")
PAIR_LINES = 3  # title lines each followed by an author line, this often on a page
IDENTIFIED_PAIRS = 2  # or this often, when each pair holds a paper's identifier
PAIR_SHARE = 0.5
PAIR_SPAN = 4  # a pair's identifier is on its title line or within the three lines below


def follow_author_pairs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that lists papers as a title line over an author line ("Title" / "A, B and C"),
    with at least half of those title lines already confident or an identifier in each pair,
    names the other lines of that shape titles too (their whole-line candidate, unless the
    model gives it almost nothing), those over one full name ("Leo Breiman") among them."""
    from papercli.importers.digest.features import looks_like_names, names_paper_id, signature
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import one_full_name

    pairs: list[int] = []
    alone: list[int] = []  # title lines over one full name ("Daniele Micciancio")
    for i in range(len(lines) - 1):
        line, below = lines[i], lines[i + 1]
        if line.kind not in ("line", "item") or below.kind not in ("line", "item"):
            continue
        names = _LEAD_SYMBOLS.sub("", below.text.strip())  # "👥 Albert Gu, Tri Dao"
        if not ("," in names or " and " in names):
            if one_full_name(names) and not names_only(line.text[:400]):
                alone.append(i)
            continue
        if looks_like_names(names[:400]) < 0.85:
            continue
        title = line.text.strip()
        if len(title.split()) > 30:
            continue
        if looks_like_names(title[:400]) >= 0.5:
            # "Auto-Encoding Variational Bayes" is shaped like one name: a title when it is no
            # list and its pair holds an identifier ("Ada Moss" over "Ben Rowe, Cy Lund" alone
            # is a list of names wrapped)
            listed = "," in title or " and " in title
            if listed or not any(names_paper_id(ln) for ln in lines[i : i + PAIR_SPAN]):
                continue
        pairs.append(i)
    if len(pairs) < IDENTIFIED_PAIRS:
        return 0
    shapes = {signature(lines[i]) for i in pairs}
    pairs = sorted([*pairs, *(k for k in alone if signature(lines[k]) in shapes)])
    titled = [i for i in pairs if max((c.score for c in scored[i]), default=0.0) >= accept]
    # or every pair holds a paper identifier ("📄 Title" / "👥 A, B" / "🔗 arxiv.org/abs/...")
    ends = [*pairs[1:], len(lines)]
    identified = all(
        any(names_paper_id(ln) for ln in lines[i : min(end, i + PAIR_SPAN)])
        for i, end in zip(pairs, ends, strict=True)
    )
    if len(pairs) < PAIR_LINES and not identified:
        return 0
    # or every author line is a list of full names and the model half believes every title
    # ("Delay-adapted policy optimization for …" / "Tal Lancewick, Aviv Rosenberg")
    floor = PAIRED_FLOOR
    if len(titled) < PAIR_SHARE * len(pairs) and not identified:
        # (a title over one full name, "Mark Sellke", counts as over a list of names)
        named = [_full_names(lines[i + 1].text) or i in alone for i in pairs]
        if not all(full and _half_titled(scored[i]) for i, full in zip(pairs, named, strict=True)):
            return 0
        floor = PAIR_FLOOR
    raised = 0
    for i in pairs:
        if i in titled:
            continue
        whole = [c for c in scored[i] if "whole" in c.how and c.score >= floor]
        if whole:
            whole[0].score = accept
            whole[0].how = whole[0].how | {"paired"}
            raised += 1
    return raised


PAIR_FLOOR = 0.3
PAIRED_FLOOR = 0.05  # a title line over its names on a page of such pairs needs this much


# "Proceedings of ACL 1997.", "In EMNLP-CoNLL 2012": a line that is where a paper appeared
_VENUE_LINE = lazy_re(
    r"^(?:in\s+)?(?:proceedings\s+of\s+)?(?:the\s+)?\S.{0,80}?(?:19|20)\d\d\.?$", re.I
)


# "Qi Wu, Peng Wang, ArXiv, 2017": names, then a venue and a year, all between commas
_NAMES_VENUE_YEAR = lazy_re(r"^(.{3,600}?),\s*[^,]{2,80},\s*(?:19|20)\d\d\.?$")
# "Lee, Hyun-Suk --AISTATS 2022": names, then a dash and the venue
_NAMES_DASH_VENUE = lazy_re(r"^(.{3,600}?)\s+(?:--?|[–—])\s*(?=[A-Z])")


def follow_names_title_venue(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page that lists papers as three lines, authors over title over venue ("Kevin Knight,
    Jonathan Graehl." / "Machine Transliteration." / "Proceedings of ACL 1997."), two or more
    times with one title already confident, names the middle line of each a title (its whole
    text, unless the model gives it almost nothing). Returns how many titles it named."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.digest.fields import INSTITUTION, venue_year
    from papercli.importers.names import one_full_name

    triples: list[int] = []
    for i in range(1, len(lines) - 1):
        above, line, below = lines[i - 1], lines[i], lines[i + 1]
        if {above.kind, line.kind, below.kind} - {"line", "item"}:
            continue
        if line.kind == "item" and above.depth > line.depth:
            continue  # "- Title A" / "    - A, B, NIPS, 2017" / "- Title B": A's names, nested
        venue = below.text.strip()
        if not _VENUE_LINE.match(venue) or venue_year(venue)[0] is None:
            continue
        lead = venue.split(". ")[0]
        if len(lead) < len(venue) and looks_like_names(lead[:400]) >= 0.8:
            continue  # "Felix Wu, Tianyi Zhang. PMLR, 2019": the title's own names and venue
        named = _NAMES_VENUE_YEAR.match(venue)
        if named is not None and looks_like_names(named.group(1)[:400]) >= 0.8:
            continue  # "Qi Wu, Peng Wang, ArXiv, 2017": the same, commas between them all
        dashed = _NAMES_DASH_VENUE.match(venue)
        if dashed is not None and looks_like_names(dashed.group(1)[:400]) >= 0.8:
            continue  # "Lee, Hyun-Suk --AISTATS 2022": the same, a dash before the venue
        if opens_with_et_al(venue):
            continue  # "Wang et al., CVPR 2023": the title's own first author and venue
        names = above.text.strip().rstrip(".")
        if looks_like_names(names[:400]) < 0.8 and not one_full_name(names):
            continue
        title = line.text.strip().rstrip(".")
        if not 2 <= len(title.split()) <= 30 or one_full_name(title) or never_title(title):
            continue  # ("Machine Transliteration" is shaped like a name, but is none)
        if INSTITUTION.search(title) is not None:
            continue  # "University of Southern California": an affiliation's line
        if looks_like_names(title[:400]) > 0.5 and ("," in title or " and " in title):
            continue
        triples.append(i)
    if len(triples) < 2 or not any(
        max((c.score for c in scored[i]), default=0.0) >= accept for i in triples
    ):
        return 0
    raised = 0
    for i in triples:
        whole = [c for c in scored[i] if "whole" in c.how and c.score >= PAIRED_FLOOR]
        if whole:
            whole[0].how.add("names_above")  # its authors are the line over it
        if whole and whole[0].score < accept:
            whole[0].score = accept
            raised += 1
    return raised


def follow_slug_labels(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Items that open with a folder's name and a spaced colon ("- ddpm : Denoising Diffusion
    …", "- u-net : U-Net(…)"), SLUG_LABELS of them at least on the page: such a name (spaced
    or not) labels its item, no title holds it; what follows it is the title, as sure as the
    item was. Returns how many lines it relabelled."""
    items = [i for i, line in enumerate(lines) if line.kind == "item"]
    if sum(_SLUG_LABEL.match(lines[i].text) is not None for i in items) < SLUG_LABELS:
        return 0
    relabelled = 0
    for i in items:  # (on such a page, "flow-matching: Title" is labelled too)
        slug = _SLUG_LABEL_UNSPACED.match(lines[i].text)
        if slug is None:
            continue
        name = slug.group(1)
        held = [c for c in scored[i] if c.text.startswith(name)]
        kept = [c for c in scored[i] if not c.text.startswith(name)]
        after = next((c for c in kept if "after_label" in c.how), None)
        if not held or after is None:
            continue
        after.score = max(after.score, max(c.score for c in held))
        scored[i] = kept
        relabelled += 1
    return relabelled


SLUG_LABELS = 3  # items opening with a folder's name and " : ", at least, for it to be a label
# "ddpm : ", "u-net : ", "image-deblurring-survey : ": a lower-case name and a spaced colon
_SLUG_LABEL = lazy_re(r"^\s*([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)\s+[:：]\s+\S")
_SLUG_LABEL_UNSPACED = lazy_re(r"^\s*([a-z][a-z0-9]*(?:[-_][a-z0-9]+)*)\s*[:：]\s+\S")


def follow_nickname_links(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Title lines that end with one link whose text is the paper's short name ("**Human-level
    control through deep reinforcement learning [Deep Q-learning](…)**"), NICKNAME_LINKS of
    them at least, each titled on its whole text: the title is the text before the link.
    Returns how many titles it cut."""
    from papercli.importers.digest.candidates import before_nickname_link

    found: list[tuple[Candidate, list[Candidate]]] = []
    for i, row in enumerate(scored):
        if not row or lines[i].kind not in ("line", "item", "heading"):
            continue
        top = max(row, key=lambda c: c.score)
        cut = before_nickname_link(lines[i])
        if cut is None or top.score < accept or "whole" not in top.how:
            continue
        head = next((c for c in row if c.text == cut[0]), None)
        if head is not None:
            found.append((head, row))
    if len(found) < NICKNAME_LINKS:
        return 0
    for head, row in found:
        _name_over_row(head, row, accept)
    return len(found)


NICKNAME_LINKS = 3  # title lines ending in a short name's link, at least, to cut it off


# ('"Qwen2 Technical Report", arXiv:2407.10671', '“Title” (arXiv 2401.00001)'): a quoted title,
# then its arXiv number or DOI
_ID_AFTER_QUOTE = lazy_re(
    r"[”\"]\s*[,;(（]?\s*(?:arxiv\s*[:：]?\s*\d{4}\.\d{4,5}|doi\s*[:：]?\s*10\.\d{4,9}/)",
    re.IGNORECASE,
)


def follow_quoted_identified(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """List items that quote one title and give its arXiv number or DOI right after it
    ('- **Qwen2**: "Qwen2 Technical Report", arXiv:2407.10671, 2024.07'), QUOTED_IDENTIFIED of
    them at least: the quoted text is each item's title. Returns how many it named."""
    found: list[tuple[Candidate, list[Candidate]]] = []
    for i, row in enumerate(scored):
        line = lines[i]
        if not row or line.kind not in ("item", "line") or len(line.text) > 1000:
            continue
        for cand in row:
            if "quoted" not in cand.how or len(cand.text.split()) < 2:
                continue
            end = line.text.find(cand.text)
            if end >= 0 and _ID_AFTER_QUOTE.match(line.text, end + len(cand.text)):
                found.append((cand, row))
                break
    if len(found) < QUOTED_IDENTIFIED:
        return 0
    for cand, row in found:
        _name_over_row(cand, row, accept)
    return len(found)


QUOTED_IDENTIFIED = 2  # quoted titles with their identifier after them, at least, on a page


def follow_marked_leads(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """List items that open with their title in italics or bold ("* *Title.* A, B, C.
    [Workshop][ref]"), MARKED_LEADS of them at least at one list level and two thirds of those
    titled so: the others' marked openings are titles too when the model gives them
    MARKED_LEAD_FLOOR, however many names follow. Returns how many it named."""
    groups: dict[tuple[int, str], list[tuple[int, Candidate]]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind != "item" or not line.first or not scored[i]:
            continue
        text = strip_number(line.text.strip())[0]
        for mark in ("italic", "bold"):
            lead = next(
                (
                    c
                    for c in scored[i]
                    if mark in c.how and len(c.text.split()) >= 2 and text.startswith(c.text)
                ),
                None,
            )
            if lead is not None and len(text) > len(lead.text) + 1:
                groups[(line.depth, mark)].append((i, lead))
                break
    named = 0
    for items in groups.values():
        titled = [
            (i, lead)
            for i, lead in items
            if max(c.score for c in scored[i]) == lead.score >= accept
        ]
        if len(titled) < MARKED_LEADS or 3 * len(titled) < 2 * len(items):
            continue
        for i, lead in items:
            if lead.score >= accept or lead.score < MARKED_LEAD_FLOOR or never_title(lead.text):
                continue
            _name_over_row(lead, scored[i], accept)
            named += 1
    return named


def follow_names_dash_marked(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Rows that give their speakers or authors first and then the title, marked, after a dash
    ("| 10:10 | Jundong Li — *CausalFlip: A Benchmark …* |"), NAMES_DASH_MARKED of them at
    least: each such row's title is its marked part, not the whole row with the names.
    Returns how many it named."""
    from papercli.importers.digest.references import names_only

    found: list[tuple[int, Candidate]] = []
    for i, row in enumerate(scored):
        text = lines[i].text.rstrip(" .")
        lead = next(
            (c for c in row if "after_dash" in c.how and c.how & _MARKED and text.endswith(c.text)),
            None,
        )
        if lead is None or lead.score < MARKED_LEAD_FLOOR or never_title(lead.text):
            continue
        head = strip_number(text[: len(text) - len(lead.text)])[0].strip(" —–-:")
        if head and names_only(head):
            found.append((i, lead))
    if len(found) < NAMES_DASH_MARKED:
        return 0
    for i, lead in found:
        _name_over_row(lead, scored[i], accept)
    return len(found)


NAMES_DASH_MARKED = 2
MARKED_LEADS = 3  # items titled on their marked opening, at least, to vouch for the others
MARKED_LEAD_FLOOR = 0.2


def follow_dblp_citations(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page of citations as DBLP writes them, the authors and a colon on one line, the
    title, a full stop and where it appeared with its year on the next ("Virginia Smith, Ameet
    Talwalkar:" / "Federated Multi-Task Learning. NIPS 2017: 4424-4434"), at least DBLP_ENTRIES
    times: each title is raised to ACCEPT, its authors the line over it. Returns how many."""
    found: list[Candidate] = []
    for i in range(len(lines) - 1):
        below = lines[i + 1]
        cited = _DBLP_LINE.match(below.text.strip()) if below.kind in ("line", "item") else None
        if cited is None or not YEAR.search(cited.group(2)) or not names_colon(lines[i]):
            continue
        title = next((c for c in scored[i + 1] if c.text == cited.group(1).rstrip(".")), None)
        if title is not None and not never_title(title.text):
            found.append(title)
    if len(found) < DBLP_ENTRIES:
        return 0
    for title in found:
        title.score = max(title.score, accept)
        title.how.add("names_above")
    return len(found)


DBLP_ENTRIES = 2  # such citations on a page, at least, to read it as their list
# "Title. NIPS 2017: 4424-4434", "Title. CoRR abs/1909.12488 (2019)": the title (a full stop or
# its own mark ending it), then where it appeared
_DBLP_LINE = lazy_re(r"^(\S.{6,300}?[.?!])\s+([A-Z][^\n]{1,160})$")


def follow_names_over_titles(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page that puts each paper's authors on the line over its title ("Jonathan Gordon,
    Wessel Bruinsma, …" / "**Title**" / "[paper](…)"), two thirds of its titles and
    NAMES_OVER at least, marks those titles' candidates "names_above": their authors are the
    line over them, not the line under the paper before. Returns how many it marked."""
    from papercli.importers.digest.features import looks_like_names

    titled = [i for i, row in enumerate(scored) if any(c.score >= accept for c in row)]
    if len(titled) < NAMES_OVER:
        return 0
    sure = set(titled)

    def names_at(i: int) -> bool:
        line = lines[i] if 0 <= i < len(lines) else None
        if line is None or line.kind not in ("line", "item") or i in sure:
            return False
        names = line.text.strip().rstrip(".")
        if not 0 < len(names) <= 600 or sum(len(w) > 2 and w.isupper() for w in names.split()) > 2:
            return False  # ("INTERNATIONAL CONFERENCE ON …, Vancouver. 2018": a venue's line)
        # (one name: "Best Paper Award" may read so; "Dosovitskiy et al." says there are more)
        listed = "," in names or " and " in names or _ET_AL_END.search(names) is not None
        return listed and looks_like_names(names[:400]) >= 0.8

    over = [i for i in titled if names_at(i - 1)]
    if len(over) < max(NAMES_OVER, 2 * len(titled) / 3):
        return 0
    first = titled[1] if TITLE_LABEL.match(lines[titled[0]].text) else titled[0]
    if first not in over:
        return 0  # (the page's own "title: …" aside) its first title's names are over it
    # titles and names in turn read both ways ("A, B" / "Title" / "C, D" / "Title"): no names
    # may stand under a title but right over the next one, nor under the last title
    ends = [*titled[1:], min(len(lines), titled[-1] + 1 + NAMES_UNDER_REACH) + 1]
    for i, end in zip(titled, ends, strict=True):
        for k in range(i + 1, end - 1):
            if lines[k].kind == "heading":
                break
            if names_at(k) and not (i == titled[-1] and _title_under(lines, scored, k)):
                return 0
        # (names under the last sure title, right over a line the model reads as a title in
        # doubt, are that last entry's own)
    for i in over:
        for cand in scored[i]:
            cand.how.add("names_above")
    return len(over)


NAMES_OVER = 3  # titles with their names on the line over them, at least
DOUBTED_TITLE = 0.05  # of the model: a line under names that reads as a title in doubt


def _title_under(lines: list[Line], scored: list[list[Candidate]], index: int) -> bool:
    """Whether the line under line INDEX reads as a title the model doubts, not as names."""
    below = index + 1
    if below >= len(lines) or lines[below].kind not in ("line", "item"):
        return False
    top = max(scored[below], key=lambda c: c.score, default=None)
    return top is not None and top.score >= DOUBTED_TITLE and not _only_names(top.text)


NAMES_UNDER_REACH = 5  # lines under a page's last title searched for its names


CITED_LINE_FLOOR = 0.01  # the names before it and the venue after it vouch for a title


def follow_names_title_venue_lines(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """The same three parts on one line ("David Yarowsky. Title. 33rd Annual Meeting of the
    Association for Computational Linguistics"), two or more times with one title already
    confident: each line's middle sentence is its title. Returns how many titles it named."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.digest.fields import venue_year
    from papercli.importers.names import one_full_name

    found: list[Candidate] = []
    for i, row in enumerate(scored):
        if lines[i].kind not in ("line", "item") or len(lines[i].text) > 600:
            continue
        middle = next((c for c in row if "sentence1" in c.how), None)
        names = next((c for c in row if "sentence0" in c.how), None)
        if middle is None or names is None or not 2 <= len(middle.text.split()) <= 30:
            continue
        if looks_like_names(names.text[:400]) < 0.8 and not one_full_name(names.text):
            continue
        text = lines[i].text
        names_end, start = text.find(names.text) + len(names.text), text.find(middle.text)
        if names_end > start or text[names_end:start].strip() != ".":
            continue  # "Is Grep All You Need? How …": the names must open the line
        if any(c.score >= accept and c is not middle for c in row):
            continue  # a title the line is sure of already
        after = text[text.find(middle.text) + len(middle.text) :].strip(" .")
        where = re.split(r"(?<=[a-z]{2})\.\s", after, maxsplit=1)[0]  # the sentence after it
        if not where or venue_year(where)[0] is None:
            continue  # (a venue, "Computational Linguistics", not the title's second part)
        if one_full_name(middle.text) or never_title(middle.text):
            continue
        found.append(middle)
    if len(found) < 2 or not any(
        max(c.score for c in scored[c.line]) >= accept and c.score >= accept for c in found
    ):
        return 0
    raised = 0
    for middle in found:
        if middle.score < accept and middle.score >= CITED_LINE_FLOOR:
            middle.score = min(1.0, max(accept, max(c.score for c in scored[middle.line]) + 0.001))
            raised += 1
    return raised


def _full_names(text: str) -> bool:
    """Whether TEXT is a list of two or more people's full names and nothing else."""
    from papercli.importers.names import read_name_list

    names, share = read_name_list(_LEAD_SYMBOLS.sub("", text.strip()))
    return len(names) >= 2 and share >= 0.95 and all(len(n.split()) >= 2 for n in names)


def _half_titled(row: list[Candidate]) -> bool:
    """Whether the model gives the line's whole text at least PAIR_FLOOR, as a title."""
    return any("whole" in c.how and c.score >= PAIR_FLOOR for c in row)


# the floor of the follow_* rules that read a page's citation layout: its names, year or
# sentence vouch for a title the model rates low on its own (sentence case, say)
CUE_FLOOR = 0.02
# "Proceedings of", "Journal", "vol.", "24(1)", "pp.", "pages 2-10", "arXiv:": where a
# citation appeared
_PUBLISHED_IN = lazy_re(
    r"\bproc(?:eedings\b|\.)|\bjournal\b|\btransactions\b|\bvol\.|\bpp\.|\bpages\s\d+[-–]\d"
    r"|\d\s*\(\d+\)|arxiv:",
    re.IGNORECASE,
)


def follow_split_citations(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that cites papers over three lines, names / title / where and when ("Irene
    Langkilde, Kevin Knight." / "Title." / "Proceedings of ACL 1998."), at least CITED_LINES
    times names each middle line a title by the names above it (its whole-line candidate,
    unless the model gives it nearly nothing: sentence-case titles score low on their own).
    Returns how many were raised to ACCEPT."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.venues import find_venue_year

    middles: list[int] = []
    for i in range(1, len(lines) - 1):
        above, line, below = lines[i - 1], lines[i], lines[i + 1]
        if any(x.kind not in ("line", "item") for x in (above, line, below)):
            continue
        if line.kind == "item" and line.first and above.block != line.block:
            continue  # a list item's title: the names above end the item before it
        text, where = line.text.strip(), below.text.strip()
        if len(text.split()) < 3 or len(text.split()) > 30 or len(where.split()) > 12:
            continue
        names = above.text.strip()[:400]
        if len(names.split()) < 2 or looks_like_names(names) < 0.85:
            continue
        if find_venue_year(where)[1] is None:
            continue
        # where it appeared, not the next entry's names ("A, B. Preprint 2024" under a title)
        if _PUBLISHED_IN.search(where) or looks_like_names(where) < 0.5:
            middles.append(i)
    # most middles must not read as names ("Automatic Word Sense Discrimination." may): a
    # page of title / authors / venue lines has names in the middle
    plain = [i for i in middles if looks_like_names(lines[i].text.strip()[:400]) < 0.5]
    if len(middles) < CITED_LINES or len(plain) < CITED_LINES - 1 or 2 * len(plain) < len(middles):
        return 0
    raised = 0
    for i in middles:
        whole = [c for c in scored[i] if "whole" in c.how and c.score >= CUE_FLOOR]
        if not whole:
            continue
        whole[0].rest = lines[i - 1].text.strip()  # the names above are its authors
        if whole[0].score < accept:
            whole[0].score = accept
            raised += 1
    return raised


def follow_titled_citations(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that cites papers over three lines the other way round, title / names / where
    ("Title" / "Scott Sanner and Craig Boutilier" / "Artificial Intelligence 173 (5–6), April
    2009, Pages 748–788"), at least twice, names each first line a title. The third line must
    say where it appeared as a journal does (a volume, pages), or be a venue and its year alone
    ("SIGIR 2012"): that, and the names, vouch for a title the model rates low. Returns how
    many were raised to ACCEPT."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.venues import find_venue_year, find_year

    firsts: list[int] = []
    for i in range(len(lines) - 2):
        line, names, where = lines[i], lines[i + 1], lines[i + 2]
        if any(x.kind not in ("line", "item") for x in (line, names, where)):
            continue
        text = line.text.strip()
        if not 3 <= len(text.split()) <= 30 or looks_like_names(text[:400]) >= 0.5:
            continue
        if len(names.text.split()) < 2 or looks_like_names(names.text.strip()[:400]) < 0.85:
            continue
        said = where.text.strip()
        journal = len(said.split()) <= 16 and _JOURNAL_PLACE.search(said) and find_year(said)
        alone = len(said.split()) <= 3 and all(find_venue_year(said))  # "SIGIR 2012" alone
        if journal or alone:
            firsts.append(i)
    if len(firsts) < 2:
        return 0
    raised = 0
    for i in firsts:
        whole = [c for c in scored[i] if "whole" in c.how and c.score >= CUE_FLOOR]
        if whole and whole[0].score < accept:
            whole[0].rest = lines[i + 1].text.strip()  # the names below are its authors
            whole[0].score = accept
            raised += 1
    return raised


# "173 (9–10), June 2009, Pages 901–934", "vol. 12, pp. 1–9": a journal's volume and pages
_JOURNAL_PLACE = lazy_re(r"\d\s*\(\d+(?:[–-]\d+)?\)|\bvol\.|\bpp\.|\bpages?\s+\d", re.IGNORECASE)


_NAMES_AND_YEAR = lazy_re(r"^(.{4,400}?)[.,]?\s+(?:19|20)\d\d[a-z]?\.?$")


def follow_names_over_quotes(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A reference list that puts the names and year on one line and the quoted title at the
    start of the next ("Ba, Jimmy Lei, and Geoffrey E. Hinton. 2016." / "“Layer
    Normalization.” https://..."), at least twice, names each quoted title by those names.
    Returns how many were raised to ACCEPT."""
    from papercli.importers.digest.features import looks_like_names

    found: list[tuple[Candidate, str]] = []
    for i in range(1, len(lines)):
        text = lines[i].text.lstrip()
        if not text.startswith(("“", '"')) or lines[i - 1].kind not in ("line", "item"):
            continue
        if lines[i - 1].kind == "item" and lines[i - 1].depth > lines[i].depth:
            continue  # '* "Title"' / '  * Names. 2014.': the names are the item's above them
        names = _NAMES_AND_YEAR.match(lines[i - 1].text.strip())
        if names is None or looks_like_names(names.group(1)) < 0.85:
            continue
        quoted = [c for c in scored[i] if "quoted" in c.how and text[1:].startswith(c.text)]
        if quoted:
            found.append((quoted[0], lines[i - 1].text.strip()))
    if len(found) < 2:
        return 0
    for cand, names_line in found:
        cand.rest = names_line
        cand.score = max(cand.score, accept)
    return len(found)


def _cut_of(row: list[Candidate], index: int, text: str, how: str) -> Candidate:
    """The candidate of line INDEX whose text is TEXT, or a new one of that text, marked HOW
    and added to the line's ROW: a layout rule's cut the candidates did not make."""
    for cand in row:
        if cand.text == text:
            return cand
    cand = Candidate(text, index, {how})
    row.append(cand)
    return cand


def _name_rows(
    scored: list[list[Candidate]], rows: list[tuple[int, str, str]], how: str, accept: float
) -> int:
    """Names the title of each (line, title, rest) of ROWS its line's title, cut HOW, with the
    rest (names, a venue) after it. Returns how many."""
    for i, title, rest in rows:
        cand = _cut_of(scored[i], i, title, how)
        cand.rest = rest
        _name_over_row(cand, scored[i], accept)
    return len(rows)


def _doubted(
    scored: list[list[Candidate]], rows: list[tuple[int, str, str]], accept: float
) -> list[tuple[int, str, str]]:
    """The (line, title, rest) of ROWS whose line the model titles nowhere (no candidate at
    ACCEPT): a layout rule names those, and leaves the model's own titles as they are."""
    return [row for row in rows if max(c.score for c in scored[row[0]]) < accept]


def _name_over_row(cand: Candidate, row: list[Candidate], accept: float) -> None:
    """Raise CAND to ACCEPT and above every other candidate of its line ROW: a page layout
    named it the line's title."""
    cand.score = min(1.0, max(cand.score, accept, max(c.score for c in row) + 0.001))


_SPACED_FIELDS = lazy_re(
    # then a count, a venue (each run of spaces entered at its start only: linear)
    r"^(\S.{4,300}?)(?<!\s)\s{2,}(\S.{1,300}?)(?<!\s)\s{2,}((?:19|20)\d\d)\b\s{2,}\S"
)


def follow_spaced_fields(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A list of rows whose fields are set apart by runs of spaces ("Title  Leo Breiman  2001
    4,049 citations"), at least CITED_LINES of them with names and a year, names each row's
    first field its title (the names are its authors). Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.features import looks_like_names

    rows: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or "  " not in line.text:
            continue
        match = _SPACED_FIELDS.match(strip_number(line.text.strip())[0])
        if match is None or looks_like_names(match.group(2)) < 0.85:
            continue
        title = tidy(match.group(1))
        if len(title.split()) >= 2 and looks_like_names(title) < 0.85 and not never_title(title):
            rows.append((i, title, f"{match.group(2)} {match.group(3)}"))
    if len(rows) < CITED_LINES:
        return 0
    return _name_rows(scored, rows, "spaced_fields", accept)


FIELDS_FLOOR = 0.2  # a title over its fields needs this much of the model
NAMES_SURE = 0.85  # the name parser's confidence in a labelled title's authors field
_SHORT_NAME_TAIL = lazy_re(r"(?<=\w)\s+[(（][^()（）]{1,30}[)）]$")
FIELD_TITLES = 3  # titles over their authors' fields a page needs, at least, to vouch for all
# "Authors: Ashish Vaswani, Noam Shazeer", "- 作者：A、B", "Autores: A, B": a field of the
# paper's authors
_AUTHORS_FIELD = lazy_re(
    rf"^\W{{0,3}}(?:authors?|作者|著者|저자|{AUTHOR_WORDS}){AND_YEAR}\s*[:：]\s*(\S.{{2,400}})$",
    re.IGNORECASE,
)


def follow_titles_over_fields(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A line right over a field of authors ("Authors: A, B") whose record names a paper
    identifier is a title: its best candidate, when the model gives it FIELDS_FLOOR or more.
    A line that labels itself a title ("タイトル:Title" over "著者:A,B") needs neither, nor
    does one on a page of FIELD_TITLES such lines or more. Returns how many titles it named."""
    from papercli.importers.digest.blocks import linked_whole
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import read_name_list

    named = 0
    over: list[tuple[int, Candidate, bool]] = []  # each title over a field, and if vouched for
    for i in range(len(lines) - 1):
        row = scored[i]
        if not row or lines[i].kind not in ("line", "item", "heading") or len(lines[i].text) > 300:
            continue  # a longer line is a paragraph about the paper, not its title
        top = max(row, key=lambda c: c.score)
        labelled = "after_label" in top.how and TITLE_LABEL.match(lines[i].text.strip())
        if top.score < FIELDS_FLOOR and not labelled:
            continue
        if len(top.text.split()) < 2 and not (labelled and CJK_LETTER.search(top.text)):
            continue
        # ("Title (DDPM)": the paper's short name in brackets ends no sentence)
        unnamed = _SHORT_NAME_TAIL.sub("", lines[i].text.strip())
        if top.text != lines[i].text.strip() and _SENTENCE_END.search(unnamed):
            continue  # a sentence of the line, not the line
        field = _AUTHORS_FIELD.match(lines[i + 1].text.strip())
        if field is None or never_title(top.text):
            continue
        names = field.group(1).strip()
        if not (names_only(names) or (labelled and read_name_list(names)[1] >= NAMES_SURE)):
            continue
        vouched = bool(labelled) or _identified_nearby(lines, i)
        if vouched or not linked_whole(lines[i]):  # (not a link to a workshop's page)
            over.append((i, top, vouched))
    for i, top, vouched in over:
        # (or the page's template: a title over its authors' field, again and again)
        if top.score < accept and (vouched or len(over) >= FIELD_TITLES):
            row = scored[i]
            cut = next((c for c in row if "before_field" in c.how), top)  # "Title title : …"
            _name_over_row(cut, row, accept)
            named += 1
    return named


LINKED_FLOOR = 0.1  # a title over its paper's link label needs this much of the model
# "论文链接:", "Paper: https://arxiv.org/abs/…": the label of the paper's own link
_PAPER_LINK_LABEL = lazy_re(
    r"^\W{0,3}(?:论文链接|论文地址|文章链接|原文链接|paper\s*(?:link|url)?|arxiv|pdf)\s*[:：]\s*(\S*)",
    re.IGNORECASE,
)


def follow_titles_over_name_items(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A journal's subject page pasted as text, each paper's title a line over its authors as
    list items of one name each ("Lingying Wang" / ", Menglin Tang" / "& Xiuying Hu"), a line
    of its summary between them maybe, at least NAME_ITEM_RUNS such papers: the line over the
    names is the title. Returns how many titles it named."""
    from papercli.importers.names import one_full_name

    found: list[tuple[Candidate, str]] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and lines[end].kind == "item" and len(lines[end].text) < 80:
            name = _NAME_ITEM_JOIN.sub("", lines[end].text.strip())
            if not one_full_name(name):
                break
            end += 1
        if end - i < 2 or not _NAME_ITEM_JOIN.match(lines[end - 1].text.strip()):
            i = max(end, i + 1)
            continue
        above = i - 1
        summary = lines[above].text.rstrip() if above >= 1 else ""
        if lines[above].kind == "line" and len(summary.split()) > 15 and summary[-1:] in ".…":
            above -= 1  # (the paper's summary under its title)
        whole = next((c for c in scored[above] if "whole" in c.how), None) if above >= 0 else None
        if (
            whole is not None
            and lines[above].kind == "line"
            and 4 <= len(whole.text.split()) <= 40
            and not never_title(whole.text)
        ):
            names = " ".join(line.text.strip() for line in lines[i:end]).replace(" ,", ",")
            found.append((whole, names))
        i = end
    if len(found) < NAME_ITEM_RUNS:
        return 0
    for cand, names in found:
        cand.how.add("titled_over_names")  # (the names below vouch for it)
        cand.rest = cand.rest or names  # (its authors, however far below)
    return _name_all([cand for cand, _ in found], scored, accept, NAME_ITEM_RUNS)


# ", Menglin Tang", "& Xiuying Hu", "and Kai Li": a name list's joint before a name
_NAME_ITEM_JOIN = lazy_re(r"^(?:,|&|and\b)\s*")
NAME_ITEM_RUNS = 3  # papers, at least, of a page written so


def follow_italic_after_dashes(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """List items that each end in a dash and a title in italics ("The Lemon - _The Ultimate
    Conditional Syntax_", an award's or a presenter's name before it), at least
    ITALIC_DASH_ITEMS of them: the italic text is the title. Returns how many it named."""
    from papercli.importers.digest.fields import venue_year

    found: list[Candidate] = []
    for i, line in enumerate(lines):
        if line.kind != "item" or len(line.text) > 300 or not scored[i]:
            continue
        italic = next(
            (
                c
                for c in scored[i]
                if c.how >= {"after_dash", "italic"} and line.text.rstrip(" .").endswith(c.text)
            ),
            None,
        )
        if italic is None or len(italic.text.split()) < 2 or never_title(italic.text):
            continue
        if venue_year(italic.text)[0] is None:  # ("Title - A. Bee - _Nature Methods_")
            found.append(italic)
    return _name_all(found, scored, accept, ITALIC_DASH_ITEMS)


ITALIC_DASH_ITEMS = 3  # list items, at least, of a page written so


def follow_titles_over_links(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A line right over the label of its paper's link ("01" / "Title" / "论文链接:" /
    "https://arxiv.org/abs/…"), the identifier on the label's line or the next, is a title:
    the whole line, when the model gives it LINKED_FLOOR or more. Returns how many titles it
    named."""
    from papercli.importers.digest.features import names_paper_id

    named = 0
    for i in range(len(lines) - 2):
        row = scored[i]
        if not row or lines[i].kind not in ("line", "heading") or len(lines[i].text) > 200:
            continue
        text = lines[i].text.strip()
        whole = next((c for c in row if c.text == text), None)
        if whole is None or whole.score >= accept or whole.score < LINKED_FLOOR:
            continue
        label = _PAPER_LINK_LABEL.match(lines[i + 1].text.strip())
        if label is None or _SENTENCE_END.search(text) or FIELD_LINE.match(text):
            continue
        linked = lines[i + 1] if label.group(1) else lines[i + 2]
        if names_paper_id(linked) and not never_title(text):
            _name_over_row(whole, row, accept)
            named += 1
    return named


PDF_ITEMS = 3  # items over their own PDF link a page needs, at least, to read them all
PDF_REACH = 3  # lines from an item down to its PDF link, at most
PDF_FLOOR = 0.01  # below this the model says an item over a PDF is no title at all
_PDF_URL = lazy_re(r"\.pdf(?:[?#]|$)", re.IGNORECASE)
# a course's own materials, never a paper: "Week one overview:" over "…/slides/week1.pdf"
_COURSE_PDF = lazy_re(
    r"(?:^|/)(?:slides?|lectures?|notes|handouts?|homework|hw\d*|syllabus)\b", re.I
)
_COURSE_ITEM = lazy_re(
    r"^(?:week|lecture|class|session|lab|homework|hw|assignment|chapter|slides?|notes?|unit|"
    r"module|day)\b",
    re.IGNORECASE,
)
_ITEM_HEAD = lazy_re(r"^[^:：.!?。]{4,200}[:：]?$")  # "Google File System:" (a colon or none)


def follow_items_over_pdfs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page whose list items each name a paper (a colon after it or none), with a PDF link
    of its own below ("1. Google File System:" / "• blurb" / "• https://…/gfs-sosp2003.pdf"), at
    least PDF_ITEMS times, names each item's text. Returns how many titles it named."""
    found: list[tuple[int, Candidate]] = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.kind != "item" or not _ITEM_HEAD.match(text) or not scored[i]:
            continue
        title = text.rstrip(":：").strip()
        whole = next((c for c in scored[i] if c.text == title), None)
        if whole is None or whole.score < PDF_FLOOR or never_title(title):
            continue
        if _COURSE_ITEM.match(title):
            continue
        for k in range(i + 1, min(len(lines), i + 1 + PDF_REACH)):
            if lines[k].kind == "item" and lines[k].marker == line.marker:
                break  # the next entry of the list: no link of this one's
            outside = lines[k].kind != "item" and lines[k].first and lines[k].depth < line.depth
            if outside and len(lines[k].text.split()) > 3:
                break  # out of the list: a line of the page (a schedule's row), not its link
            pdfs = [u for u in lines[k].urls if _PDF_URL.search(u)]
            if pdfs and not any(_COURSE_PDF.search(u) for u in pdfs):
                found.append((i, whole))
                break
    if len(found) < PDF_ITEMS:
        return 0
    for i, whole in found:
        _name_over_row(whole, scored[i], accept)
    return len(found)


RESTATED_FLOOR = 0.2  # a title line that prose restates right below needs this much
RESTATED_REACH = 3  # lines between a title line and the prose that restates it, at most


def follow_restated_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A title line that a sentence just below quotes again ("Title" / link / "…发布了《Title》，
    这篇论文…") is the title, not its quotation in the prose: the record starts at the title's
    own line, with the link under it (the prose's quotation would start it one link too
    late). Returns how many titles it moved."""
    moved = 0
    for i, row in enumerate(scored):
        quoted = [c for c in row if "quoted" in c.how and c.score >= accept]
        if not quoted or lines[i].kind != "line":
            continue
        for cand in quoted:
            key = cand.text.casefold()
            for k in range(max(0, i - RESTATED_REACH), i):
                own = [
                    c
                    for c in scored[k]
                    if "whole" in c.how
                    and c.text.casefold() == key
                    and RESTATED_FLOOR <= c.score < accept
                ]
                if own:
                    own[0].score = accept
                    cand.score = 0.0
                    moved += 1
                    break
    return moved


# "Nichol & Dhariwal, *Title*, ICML 2021, arXiv:2102.09672", "Song et al., *Title*, 2021": a
# citation that sets its title in italics between its authors' surnames and its year
_CITED_SURNAME = rf"(?:{INITIALLED_NAME}|[A-Z][\w'’\-]+)"  # "Nichol", "K. He", "J.-Y. Zhu"
_NAMES_BEFORE_ITALIC = lazy_re(
    rf"^\W{{0,3}}{_CITED_SURNAME}"
    rf"(?:(?:,\s*|\s+(?:and|&)\s+|\s*&\s*){_CITED_SURNAME}){{0,5}}"
    r"(?:,?\s+et\.?\s?al\.?)?\s*,\s*$"
)
_YEAR_AFTER_ITALIC = lazy_re(r"^\s*[,.]\s*[^\n]{0,60}?(?<!\d)(?:19|20)\d\d(?!\d)")
ITALIC_CITED_FLOOR = 0.1  # an italic title so cited needs this much from the model


def follow_italic_citations(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """An italic span between its authors' surnames and a year ("Nichol & Dhariwal, *Improved
    Denoising Models*, ICML 2021") is a cited paper's title. Returns how many it named."""
    named = 0
    for i, line in enumerate(lines):
        if not scored[i] or len(line.text) > 400:
            continue
        for span in line.spans:
            if span.kind != "italic":
                continue
            before, after = line.text[: span.start], line.text[span.end :]
            if not _NAMES_BEFORE_ITALIC.match(before) or not _YEAR_AFTER_ITALIC.match(after):
                continue
            piece = line.text[span.start : span.end].strip()
            cand = next((c for c in scored[i] if c.text == piece and "italic" in c.how), None)
            if cand is not None and cand.score >= ITALIC_CITED_FLOOR:
                _name_over_row(cand, scored[i], accept)
                named += 1
    return named


ITALIC_RUN = 4  # lines titled by their one italic span, at least, for italics to mark titles
ITALIC_RUN_FLOOR = 0.15  # another italic span needs this much from the model


def follow_italic_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """On a page where ITALIC_RUN lines or more are titled by their one italic span (notes
    that set each paper's title in italics, "CyclicalLR *Cyclical Learning Rates …*"), an
    italic span of three words or more is its line's title when the model gives it
    ITALIC_RUN_FLOOR and it holds no sentence. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy

    italics: dict[int, list[Candidate]] = {}
    titled = 0
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or not scored[i] or len(line.text) > 600:
            continue
        pieces = [
            tidy(line.text[span.start : span.end]) for span in line.spans if span.kind == "italic"
        ]
        found = [c for c in scored[i] if "italic" in c.how and tidy(c.text) in pieces]
        if not found:
            continue
        italics[i] = found
        best = max(c.score for c in scored[i])
        if len(pieces) == 1 and any(c.score >= accept and c.score >= best for c in found):
            titled += 1
    if titled < ITALIC_RUN:
        return 0
    named = 0
    for i, found in italics.items():
        cand = max(found, key=lambda c: c.score)
        if cand.score >= max(c.score for c in scored[i]) and cand.score >= accept:
            continue
        if cand.score < ITALIC_RUN_FLOOR or len(cand.text.split()) < 3:
            continue
        if _SENTENCE_INSIDE.search(cand.text):
            continue
        _name_over_row(cand, scored[i], accept)
        cand.how = cand.how | {"italic_run"}  # the layout vouches for it
        named += 1
    return named


# "The 3 best papers are:", "Papers I read this week:", "本期推荐的论文如下：": a line that
# says the list right under it is one of papers ("Optional readings:" may list posts too)
_PAPERS_ANNOUNCED = lazy_re(
    r"^(?=.{0,120}$)[^.!?。！？]{0,100}"
    r"(?:\b(?:papers?|publications?|preprints?)\b|论文|論文)"
    r"[^.!?。！？:：]{0,60}[:：]$",
    re.IGNORECASE,
)
ANNOUNCED_FLOOR = 0.15  # each item of such a list needs this much from the model
ANNOUNCED_MAX = 40  # items of such a list, at most


def follow_announced_lists(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """The items of a list right under a line that announces papers ("The 3 best papers are:" /
    "- Understanding deep learning requires rethinking generalization") are titles when each is
    one whole line the model gives ANNOUNCED_FLOOR or more, none of them a sentence. Returns
    how many titles it named."""
    named = 0
    for i, line in enumerate(lines[: len(lines) - 1]):
        text = line.text.rstrip()
        if line.kind != "line" or not text.endswith((":", "：")):
            continue  # (a cheap look first: most lines end otherwise)
        if not _PAPERS_ANNOUNCED.match(text.lstrip()):
            continue
        depth = lines[i + 1].depth
        titles: list[Candidate] = []
        for k in range(i + 1, min(len(lines), i + 1 + ANNOUNCED_MAX + 1)):
            item = lines[k]
            if item.kind != "item" or item.depth != depth:
                break
            wholes = (c for c in scored[k] if "whole" in c.how)
            best = max(wholes, key=lambda c: c.score, default=None)
            if (
                best is None
                or best.score < ANNOUNCED_FLOOR
                or not 3 <= len(item.text.split()) <= 30
                or _SENTENCE_INSIDE.search(item.text) is not None
            ):
                titles = []
                break
            titles.append(best)
        if not 2 <= len(titles) <= ANNOUNCED_MAX:
            continue
        for cand in titles:
            if cand.score < accept:
                cand.score = accept
                named += 1
    return named


BARE_LINES = 8  # a page of at most this many lines, each a title in title case, lists titles
BARE_FLOOR = 0.2  # below this the model says a line of such a page is no title at all


def follow_bare_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page of nothing but a few title-case titles under its headings (a reader's own list
    pasted: "- Attention Is All You Need") names each line's best candidate its title when
    the model gives each BARE_FLOOR or more. Returns how many titles it named."""
    from papercli.importers.digest.candidates import title_case

    if len(lines) > BARE_LINES:
        return 0
    best: list[tuple[Candidate, list[Candidate]]] = []
    for line, row in zip(lines, scored, strict=True):
        if line.kind == "heading":
            continue
        if line.kind not in ("item", "line") or not row:
            return 0
        top = max(row, key=lambda c: c.score)
        if top.score < BARE_FLOOR or len(top.text.split()) < 3 or not title_case(top.text):
            return 0
        if never_title(top.text) or _SENTENCE_END.search(top.text):
            return 0
        best.append((top, row))
    if len(best) < 2:
        return 0
    for top, row in best:
        _name_over_row(top, row, accept)
    return len(best)


# "A ConvNet for the 2020s（面向2020年代的卷积网络）", "掩码自编码器（Masked Autoencoders …）": an
# English title and its Chinese translation, one in brackets after the other
# an English title and its Chinese, Japanese or Korean gloss in brackets, either way round (the
# title may hold brackets of its own: "My VM is Lighter (and Safer) than your Container (내 가상
# 머신은 …)"; the gloss is the last)
_GLOSSED = lazy_re(r"^(\S.{3,300}?)\s*[(（]([^()（）]{4,300})[)）]\s*$")
_LATIN_WORD = lazy_re(r"[A-Za-z]{2,}")
_KANA_HANGUL = lazy_re(r"[\u3040-\u30ff\uac00-\ud7af]")


def _english_of(gloss: re.Match[str]) -> str | None:
    """The English part of a title glossed in Chinese, Japanese or Korean, or None when it is
    not one."""
    for english, chinese in ((gloss.group(1), gloss.group(2)), (gloss.group(2), gloss.group(1))):
        english = english.strip()
        if CJK_LETTER.search(english) or len(english.split()) < 3 or not english[:1].isupper():
            continue  # "知识图谱（knowledge graph, KG）": a topic's English name
        if CJK_CHAR.search(chinese) and not _LATIN_WORD.search(chinese):
            return english
        latin = sum(len(w) for w in _LATIN_WORD.findall(chinese))
        if len(CJK_LETTER.findall(chinese)) >= max(4, 3 * latin) and _KANA_HANGUL.search(chinese):
            return english  # "(누가 IT 직원을 감시할것인가?)": Korean or Japanese, a word of Latin
    return None


def follow_glossed_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Lines of an English title and its Chinese translation in brackets (either way round),
    two or more: each the model doubts names its English part when its record holds a paper
    identifier, or when the model titled at least half of them. Returns how many it named."""
    from collections import Counter

    from papercli.importers.digest.candidates import after_bracket_tags

    doubted: list[tuple[int, str]] = []
    titled: Counter[str] = Counter()  # by the kind of line: headings vouch for no list item
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item", "heading") or not scored[i] or len(line.text) > 700:
            continue
        # ("[2021-IEEE Network] Title（中文标题）": the venue's tag before it is no part of it)
        gloss = _GLOSSED.match(after_bracket_tags(strip_number(line.text.strip())[0]))
        english = _english_of(gloss) if gloss is not None else None
        english = english.rstrip(".") if english is not None else None
        if english is None or never_title(english):
            continue
        if max(c.score for c in scored[i]) >= accept:
            titled[line.kind] += 1
        else:
            doubted.append((i, english))
    if titled.total() + len(doubted) < 2:
        return 0
    # a list of them the model mostly titled vouches for the rest; else an identifier must
    kinds = Counter(lines[i].kind for i, _ in doubted)
    named = 0
    for i, english in doubted:
        kind = lines[i].kind
        listed = titled[kind] >= 2 and titled[kind] >= kinds[kind]
        if kind == "heading" and heads_a_section(lines, scored, i, accept):
            continue  # "### 边缘检测(Edge Detection)" over its papers' titles: a topic
        if listed or _identified_nearby(lines, i):
            # a translated title is a paper's: the page vouches for it as a list's layout does
            _name_over_row(
                _cut_of(scored[i], i, english, "before_paren"),
                scored[i],
                max(accept, LABELLED_SCORE) if listed else accept,
            )
            named += 1
    return named


TRANSLATED_SHARE = 0.5  # of a line's letters in Chinese, at least, for it to translate one


def follow_translated_lines(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A line of a paper's title in Chinese right under its English title, in the same block
    ("**[English Title](…)**" / "**[中文标题](…)**" / authors): the English title's
    translation, not a paper of its own. Returns how many such lines it emptied."""
    emptied = 0
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if line.first or line.block != above.block or not scored[i] or not scored[i - 1]:
            continue
        top = max(scored[i], key=lambda c: c.score)
        over = max(scored[i - 1], key=lambda c: c.score)
        if top.score < accept or over.score < accept or CJK_CHAR.search(over.text):
            continue
        letters = [ch for ch in top.text if ch.isalpha()]
        cjk = sum(1 for ch in letters if CJK_CHAR.match(ch))
        if letters and cjk >= TRANSLATED_SHARE * len(letters):
            scored[i] = []
            emptied += 1
    return emptied


def follow_translated_headings(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A heading of a paper's title right over its translation, a line that is one link to the
    paper ("# Title" / "[中文标题](https://arxiv.org/abs/…)" / a translated abstract): the
    heading is the title, the link's text its translation (read as its other title), when the
    model gives the heading LINKED_FLOOR or more. Returns how many titles it named."""
    from papercli.importers.digest.blocks import linked_whole
    from papercli.importers.digest.features import names_paper_id

    named = 0
    for i in range(len(lines) - 1):
        heading, below = lines[i], lines[i + 1]
        if heading.kind != "heading" or below.kind != "line" or not scored[i]:
            continue
        text = heading.text.strip()
        whole = next((c for c in scored[i] if c.text == text), None)
        if whole is None or whole.score < LINKED_FLOOR or CJK_CHAR.search(text):
            continue
        # ("COCONut：现代化 COCO 分割": a translation may keep the title's own English words)
        if len(CJK_LETTER.findall(below.text)) < TRANSLATED_LETTERS:
            continue
        if linked_whole(below) and names_paper_id(below) and not never_title(text):
            _name_over_row(whole, scored[i], accept)
            scored[i + 1] = []
            named += 1
    return named


TRANSLATED_LETTERS = 4  # Chinese, Japanese or Korean letters, at least, of a translation


def heads_a_section(
    lines: list[Line], scored: list[list[Candidate]], index: int, accept: float
) -> bool:
    """Whether the heading at INDEX is followed by a titled line, or by a heading of its
    level or above (a paper's note has its own deeper headings: "#### 문제" under it), or
    stands over a deeper title."""
    after = index + 1
    if after >= len(lines):
        return False
    if lines[after].kind == "heading" and lines[after].depth <= lines[index].depth:
        return True
    return any(c.score >= accept for c in scored[after]) or over_deeper_title(
        lines, scored, index, accept
    )


def over_deeper_title(
    lines: list[Line], scored: list[list[Candidate]], index: int, accept: float
) -> bool:
    """Whether the heading at INDEX stands a few lines of no link over a deeper heading that
    is a title ("## 1. Tabular Data" / "**Summary:** …" / "### Title"): a section's name."""
    for below in range(index + 1, min(len(lines), index + 1 + SECTION_REACH)):
        if lines[below].urls:
            return False
        if lines[below].kind == "heading":
            deeper = lines[below].depth > lines[index].depth
            return deeper and any(c.score >= accept for c in scored[below])
    return False


SECTION_REACH = 12  # lines, at most, from a section's heading down to its first paper's


# "Title | Ada Quill, Ben Rowe | ICML 2021", "2401.04088 | Title | A, B et al.": a title, its
# authors and a year or an arXiv id, fields between bars
_DATED_FIELD = lazy_re(r"(?<!\d)(?:(?:19|20)\d\d|\d{4}\.\d{4,5})(?!\d)")


def follow_dated_note_links(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A link to the reader's own note on a paper, a file named by its year and title
    ("[Regression Planning Network](./2019%20Regression%20Planning%20Network.md)"), names that
    paper: its link text, when the file's name begins with the same NOTE_WORDS words, is
    raised to ACCEPT. Returns how many titles it named."""
    from urllib.parse import unquote

    named = 0
    for row in scored:
        for cand in row:
            if "link" not in cand.how or not cand.url or "://" in cand.url:
                continue
            note = _DATED_NOTE.match(unquote(cand.url.rsplit("/", 1)[-1])[:300])
            words = _NOTE_WORD.findall(cand.text.lower())
            if note is None or len(words) < NOTE_WORDS:
                continue
            same = _NOTE_WORD.findall(note.group(1).lower())[:NOTE_WORDS] == words[:NOTE_WORDS]
            if same and cand.score < accept:
                cand.score = accept
                named += 1
    return named


# "2019 Regression Planning Network.md", "2015_HTN_Planning - Overview.pdf": a note's file
_DATED_NOTE = lazy_re(r"(?:19|20)\d\d[\s_\-]+(.{4,250})\.(?:md|pdf)$", re.IGNORECASE)
_NOTE_WORD = lazy_re(r"[^\W_]+")
NOTE_WORDS = 3


def follow_announced_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A line that announces how many papers follow ("4 papers to appear at COLING 2024:")
    over that many lines parted from it by line breaks, of ANNOUNCED_WORDS words or more each
    ("</br> Title </br> Title"): each is one of those papers' titles, raised to ACCEPT.
    Returns how many titles it named."""
    named = 0
    for i, line in enumerate(lines):
        if line.kind not in ("line", "cell") or "paper" not in line.text.lower():
            continue
        announced = _ANNOUNCED_COUNT.search(line.text[:300])
        if announced is None:
            continue
        count = int(announced.group(1))
        parts = [
            k
            for k in range(i + 1, min(len(lines), i + 1 + count))
            if (lines[k].kind, lines[k].number, lines[k].row, lines[k].cell)
            == (line.kind, line.number, line.row, line.cell)
        ]
        if len(parts) != count:
            continue  # (the titles are not each on a line of their own)
        for k in parts:
            best = max(
                (c for c in scored[k] if c.how & {"whole", "quoted"}),
                key=lambda c: (c.score, len(c.text)),
                default=None,
            )
            if best is not None and len(best.text.split()) >= ANNOUNCED_WORDS:
                best.score = max(best.score, accept)
                named += 1
    return named


# "4 papers to appear at COLING 2024:", "2 papers accepted to Findings of ACL, 2022:"
_ANNOUNCED_COUNT = lazy_re(
    r"\b(\d{1,2})\s+(?:\w+\s+){0,3}?papers?\b[^:：\n]{0,60}?\b(?:to\s+appear|accepted|"
    r"appearing|published)\s+(?:at|in|to|by)\s+[^:：\n]{2,80}[:：]\s*$",
    re.IGNORECASE,
)
ANNOUNCED_WORDS = 3


# "Our paper, Title, has been accepted to FSE 26!": a lab's news of its paper, the title set off
# by commas, then where it will appear
_NEWS_OF_PAPER = lazy_re(
    r"\b(?:our|the|a|new)\s+(?:\w+\s+)?paper,\s+(\S[^\n]{8,300}?),\s+(?:has\s+been|was|is|got)"
    r"\s+(?:accepted|published|selected|presented|conditionally\s+accepted)\b",
    re.IGNORECASE,
)
# "A paper on Title is to appear in Biometrika", "A paper on Title has been accepted in JMLR"
_NEWS_OF_PAPER_ON = lazy_re(
    r"\b(?:our|the|a|new)\s+(?:\w+\s+)?paper\s+(?:on|about|titled|entitled)\s+(\S[^\n]{8,300}?)"
    r"\s+(?:is\s+to\s+appear|will\s+appear|has\s+been\s+accepted|was\s+accepted|appears)\b",
    re.IGNORECASE,
)


def follow_paper_news(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A line of news of a paper ("Our paper, Title, has been accepted to FSE 26!", "A paper
    on Title is to appear in Biometrika") names the title. Returns how many."""
    from papercli.importers.digest.candidates import tidy

    rows: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        head = line.text[:400].lower()
        if "paper," in head:
            news = _NEWS_OF_PAPER.search(line.text[:1000])
        elif "paper " in head:
            news = _NEWS_OF_PAPER_ON.search(line.text[:1000])
        else:
            continue
        title = tidy(news.group(1)) if news is not None else ""
        if news is None or len(title.split()) < ANNOUNCED_WORDS or never_title(title):
            continue
        rows.append((i, title, ""))  # (where it appears is read from the line, no names)
    return _name_rows(scored, rows, "announced", accept)


def follow_piped_fields(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Lines of three to five fields between bars, one a title and one with a year or an
    arXiv id ("Title | Ada Quill, Ben Rowe | ICML 2021", "Title | 2021 | notes") name each
    line's title, a field of names its authors: at least CITED_LINES lines with names, or
    PIPED_LINES without whose titles the model gives PIPED_FLOOR or more each. Returns how
    many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import names_only

    rows: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or line.text.count("|") < 2 or len(line.text) > 800:
            continue
        parts = [p.strip() for p in strip_number(line.text.strip())[0].strip("| ").split("|")]
        if len(parts) < 3:  # "2001 | Title | A & B | |": the year is a field, not a number
            parts = [p.strip() for p in line.text.strip().strip("| ").split("|")]
        if not 3 <= len(parts) <= 5:
            continue
        people = [names_only(p) for p in parts]
        names = next((p for p, named in zip(parts, people, strict=True) if named), "")
        if not names and not any(_DATED_FIELD.search(p) for p in parts):
            continue  # "Title | Ma Chang | Westlake University": names stand in for a date
        title = next(
            (
                tidy(p)
                for p, named in zip(parts, people, strict=True)
                if len(p.split()) >= 2 and not named
            ),
            "",
        )
        if len(title.split()) < 2 or _DATED_FIELD.search(title) or never_title(title):
            continue
        rows.append((i, title, names))
    named = [row for row in rows if row[2]]
    if len(named) >= CITED_LINES:
        rows = named
    elif len(rows) < PIPED_LINES or not all(
        any(c.text == title and c.score >= PIPED_FLOOR for c in scored[i]) for i, title, _ in rows
    ):
        return 0
    return _name_rows(scored, rows, "piped_fields", accept)


PIPED_LINES = 5  # lines of fields between bars without names this often make a list of titles
PIPED_FLOOR = 0.1  # and the model gives each of their titles this much


# "by Vaswani et al. (2017)", "by He et al.", "by Leo Breiman (2001)": names with a year or
# "et al." (a talk or a book is "by Jason Wei" alone)
_NAMES_MAYBE_YEAR = lazy_re(
    r"^(?:by\s+)?([^()\n]{2,300}?(?:\bet\.?\s*al\.?)?)[.,]?\s*"
    r"(?:[(（]\s*(?:19|20)\d\d\s*[)）])?\.?$"
)
# "Tipping and Bishop (1999). Lightweight …", "Stuart P Lloyd (1982 but he …)", "Ashish
# Vaswani, Noam Shazeer in 2017, Cited by …": the names after "by", then the year
_BY_NAMES_YEAR = lazy_re(
    r"^([^()\n]{2,200}?)(?:\s*[(（]\s*(?:19|20)\d\d\b[^()（）]{0,80}[)）]|,?\s+in\s+(?:19|20)\d\d\b)"
)
_REMARK_TAIL = lazy_re(r",\s+(?:the|a|an)\s+[a-z]")
_NAMES_THEN_YEAR = lazy_re(
    r"^([^()\n]{2,300}?),?\s*(?:(?:19|20)\d\d(?!\d)(?!\s*[)）])|[(（](?:19|20)\d\d[)）]\s*\.?$)"
)
_NAMES_YEAR = lazy_re(r"^(.{2,300}?),?\s*(?:19|20)\d\d$")
# a title cut before its names: no brackets, year or sentence break, not ending mid-phrase
_PLAIN_TITLE = lazy_re(
    rf"^(?=[A-Z0-9])(?!.*\b(?:{OPEN_WORDS})$)(?!.*(?:19|20)\d\d)[^\[\]{{}}]{{8,300}}$",
    re.IGNORECASE,
)
# names, then where and when: a year or a venue's two-digit year ("PNAS’07")
_NAMES_THEN_DATED = lazy_re(
    r"^([^()\n]{2,300}?(?:\bet\.?\s*al\.?)?)[.,]?\s+(?=\S)[^()\n]{0,60}?"
    r"(?:(?<!\d)(?:19|20)\d\d|[A-Za-z]\s?['’‘]\d\d)(?!\d)"
)


# "G. Lample et al.", "S. Zheng and S. Jayasumana.": initialled names, then no more words
_INITIALLED_NAMES = lazy_re(
    rf"^({INITIALLED_NAME}(?:\s+et\.?\s*al\.?|\s+and\s+{INITIALLED_NAME}))\.?"
    r"\s*(?:\[[^\[\]]{1,20}\]\s*)*$"
)


def _two_or_more(names: str) -> bool:
    """Whether NAMES are at least two people: two names, or one and "et al."."""
    from papercli.importers.names import parse_names

    return bool(_ET_AL_NAMES.search(names)) or len(parse_names(names)) >= 2


_ET_AL_NAMES = lazy_re(r"^[^,;()]{2,40}\bet\.?\s*al\b\.?$")


_BY_SURNAME_END = lazy_re(r"\sby\s+[A-Z][\w'’-]+$")


def _ends_in_a_name(cand: Candidate) -> bool:
    """Whether the part of CAND after its last comma is a name ("Title, Ann Moss"), or after
    its last sentence's end one full name ("Title. Yann LeCun"), or CAND ends "by Ng": the cut
    then ends inside the names ("Title, with commas, in it" ends in title words)."""
    from papercli.importers.names import one_full_name, parse_names

    if _BY_SURNAME_END.search(cand.text):
        return True
    sentences = _SENTENCE_CUT.split(cand.text)
    if len(sentences) > 1 and one_full_name(sentences[-1]):
        return True
    return "," in cand.text and bool(parse_names(cand.text.rsplit(",", 1)[1]))


_SENTENCE_CUT = lazy_re(r"(?<=[a-z])\.\s+(?=[A-Z])")  # "Damage. Yann": a sentence ends


# "et al." or an initial ("Pei, S."), or one name and the year ("John Searle, 1980"): what
# tells names from capitalised title words
_NAME_SIGNAL = lazy_re(r"\bet\.?\s*al\b|(?:^|[\s,])[A-Z]\.(?=[\s,]|$)")
_NAME_YEAR = lazy_re(r"^[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){1,2},\s*(?:19|20)\d\d\b")


def follow_cited_parens(scored: list[list[Candidate]], accept: float) -> int:
    """A page whose entries cite their papers as "Title (A, B and C, 2015) — comment",
    "Title, A, B, C, 2020 Venue ...", "Title. Pei, S., et al. PNAS’14" or '"Title" by A et
    al. (2017)', at least twice, names
    each such title (the cut before the names and year). Returns how many were raised to
    ACCEPT."""
    from papercli.importers.digest.features import looks_like_names

    cited: list[Candidate] = []
    doubted_by: list[Candidate] = []  # "Title by A (1999)" cuts the model doubts
    for row in scored:
        doubted: list[str] = []  # cuts read as cited but scored too low
        for cand in row:
            if cand.how >= {"quoted", "before_by"}:  # '"Title" by Vaswani et al. (2017)'
                names = _NAMES_MAYBE_YEAR.match(cand.rest)
                if names is not None and not _CITED_CUE.search(cand.rest):
                    names = None
            elif "before_paren" in cand.how:
                names = _NAMES_YEAR.match(cand.rest)
            elif "before_by" in cand.how:  # "Title by A and B (1999). A comment."
                names = _BY_NAMES_YEAR.match(cand.rest)
                if names is not None and _REMARK_TAIL.search(cand.text):
                    continue  # "Title, the original paper by A": the writer's remark runs on
            elif "before_names" in cand.how and _PLAIN_TITLE.match(cand.text):
                names = _NAMES_THEN_DATED.match(cand.rest)  # "Title. Pei, S., et al. PNAS’14"
                signal = _NAME_SIGNAL.search(names.group(0)) if names is not None else None
                if names is not None and signal is None and not _NAME_YEAR.match(cand.rest):
                    names = None  # "BIAS: Bluetooth | Impersonation AttackS, IEEE S&P 2020"
            elif "sentence0" in cand.how and _TITLE_CASED.match(cand.text):
                # "Title. Vaswani et al. (Sections 1-4)" ("Read the introduction. A et al.": no)
                names = _ET_AL_LEAD.match(cand.rest.lstrip(" ."))
            elif "before_comma" in cand.how and len(cand.text) > 12 and not _ends_in_a_name(cand):
                names = _NAMES_THEN_YEAR.match(cand.rest.lstrip(" ,"))  # a span's rest: ", A"
                if names is not None and not _two_or_more(names.group(1)):
                    names = None
                if names is None:  # "Title, G. Lample et al. [pdf]": the year is elsewhere
                    names = _INITIALLED_NAMES.match(cand.rest.lstrip(" ,"))
            else:
                names = None
            if names is None or looks_like_names(names.group(1)) < 0.85:
                continue
            # a title may look like a name ("Denoising Diffusion Probabilistic Models"); a
            # person's name before the others is rarely four words long
            # ... but names never come before "(Vaswani et al., 2017)": a title does
            words = len(cand.text.split())
            named = looks_like_names(cand.text) >= 0.5 and not (
                words >= 3 and _ET_AL_NAMES.match(names.group(1).strip(" ,")) is not None
            )
            if named and ("before_paren" in cand.how or words < 4):
                continue
            if any(text.endswith(cand.text) for text in doubted):
                break  # "Rainbow: Title, A et al., 2017": "Title" is no surer than the whole
            if cand.score < CUE_FLOOR:
                doubted.append(cand.text)
                if (
                    cand.how == {"before_by"}
                    and not _WORK_NICKNAME.search(cand.text)
                    and _SEVERAL_NAMES.search(names.group(1))
                ):
                    doubted_by.append(cand)  # (several people: one is a talk's or post's)
                continue
            cited.append(cand)
            break
    if len(cited) < 2:
        return 0
    if sum(c.how == {"before_by"} for c in cited) >= BY_CITED_LINES:
        # a page of "Title by A and B (1999)" lines: its sentence-case titles the model doubts
        # ("On spectral clustering by Ng, Jordan and Weiss (2001)") are its titles too
        cited += [c for c in doubted_by if len(c.text.split()) >= 3]
    for cand in cited:
        cand.score = max(cand.score, accept)
    return len(cited)


# "Vaswani et al.", "Klein and Manning et al.": the names of a title's first sentence's rest
_ET_AL_LEAD = lazy_re(r"^([A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?\s+et\.?\s*al\b\.?)")


def opens_with_et_al(text: str) -> bool:
    """Whether TEXT opens with an entry's first authors, cited ("Wang et al., CVPR 2023")."""
    return _ET_AL_LEAD.match(text.lstrip(" *_-•")) is not None


_TITLE_CASED = lazy_re(r"^\W*[A-Z][\w'’-]*(?:\s+\S+)*?\s+[A-Z]")  # two capitals, at least
BY_CITED_LINES = 3  # "Title by A (1999)" lines titled so, at least, to vouch for the rest
# "The NTK paper by A", "Universal approximation theorem by B": a work named by what it is
_WORK_NICKNAME = lazy_re(
    r"\b(?:paper|theorem|transition|work|article|post|blog|talk|lecture|video|walkthrough|"
    r"interview|tutorial|slides|notes?)s?$",
    re.IGNORECASE,
)
_SEVERAL_NAMES = lazy_re(r",|\s(?:and|&)\s|\bet\.?\s*al\b")


# "Bibliography entry", "Cite as", "引用格式": the heading of a note's one citation
_CITATION_HEADING = lazy_re(
    r"^\W{0,3}(?:bibliography(?:\s+entry)?|citation|cite(?:\s+(?:this(?:\s+paper)?|as))?|"
    r"how\s+to\s+cite|reference|引用|引用格式|论文引用)\W{0,3}$",
    re.IGNORECASE,
)


# "[DISC] Egele et al., Title, ACM CCS, 2013.": a syllabus's tag for the kind of reading
_READING_TAG = lazy_re(r"^\[[A-Z]{2,6}\]\s+")
# "Contributed Talk #1", "Spotlight 3:", "Oral Presentation": a paper's slot in a programme
# (not "Invited Talk": a speaker's own talk)
_TALK_KIND_LEAD = lazy_re(
    r"^(?:contributed|spotlight|oral|lightning)(?:\s+(?:talk|presentation|paper))?"
    r"(?:\s*#?\d{1,3})?\s*[:.\-–]?\s+(?=[A-Z])",
    re.IGNORECASE,
)
# "Ada Moss -- ", "Ana Cardenas – ": a reading group's presenter, before the reading
_PRESENTER_LEAD = lazy_re(r"^[A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+){1,3}\s+(?:--|[–—])\s+(?=[A-Z])")
# "2023Hoang Duong Thien Nguyen, …": an award's year run into the first name
_GLUED_YEAR = lazy_re(r"^(?:19|20)\d\d(?=[A-Z][a-z])")


def _inside_a_link(line: Line, title: str) -> bool:
    """Whether TITLE is the end of a link's longer text on LINE (cut inside the link)."""
    for span in line.spans:
        linked = line.text[span.start : span.end].strip()
        if span.kind == "link" and linked != title and linked.endswith(title):
            return True
    return False


_LABEL_COLON = lazy_re(r"[:：]")  # a label's colon ("Paper:", "论文：") near a line's start
REFERENCE_RUN = 6  # references, at least, of a page's list that vouch for each other
# "[EB/OL]": an online resource in a Chinese reference list (GB/T 7714), a web page, no paper
_ONLINE_RESOURCE = lazy_re(r"\[(?:EB|DB|CP)/OL\]", re.IGNORECASE)


def follow_reference_lines(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that lists papers as author-first references ("A, B, and C. Title. In CVPR,
    2016.", "A, B. 2017. Title. In Venue.", "A, J., & B, K. (2019). Title. Venue."), at least
    twice, names each such title, with the names before it as its authors, unless the model
    gives it nearly nothing. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import read_reference
    from papercli.importers.names import looks_like_name_list

    found: list[tuple[int, str, str, bool]] = []
    cited: set[int] = set()  # the lines read as whole citations: names first, a year after
    whole = placed = False
    colons = 0  # references "A, B, C: Title", names then a colon
    for i, line in enumerate(lines):
        # (a reading log's headings are references too: "== Knill, O. (2018): Title ==")
        if line.kind not in ("line", "item", "cell", "heading") or len(line.text) > MAX_REFERENCE:
            continue
        text = strip_number(after_code_tags(line).strip())[0]
        # "Best Full Paper: A, B and C. Title": an award's name before the reference
        text = _READING_TAG.sub("", _AWARD_LEAD.sub("", text, count=1), count=1)
        slot = _TALK_KIND_LEAD.match(text)  # "**Contributed Talk #1** A, B: Title"
        text = text[slot.end() :] if slot is not None else text
        reference = read_reference(_GLUED_YEAR.sub("", text))
        labelled = (
            TITLE_LABEL.match(text)
            if reference is None and _LABEL_COLON.search(text, 0, 40)
            else None
        )
        if labelled is not None:  # "Paper: P. F. Christiano et al. Title. In Venue, 2017."
            reference = read_reference(text[labelled.end() :].lstrip())
            text = text[labelled.end() :].lstrip() if reference is not None else text
        presenter = _PRESENTER_LEAD.match(text) if reference is None else None
        if presenter is not None:  # "Ada Moss -- Cohen et al. Title. (2016).": who presents it
            reference = read_reference(text[presenter.end() :])
        marks = [
            span
            for span in line.spans
            if span.kind != "code"
            and not (slot is not None and line.text[span.start : span.end].strip() in slot.group())
        ]
        if reference is not None and reference.bare and marks:
            continue  # "A, B[Title](url)ACL 2019": the link, not the sentence, marks the title
        if reference is not None and _linked_whole(line, reference.names, reference.title):
            continue  # "[Move Fast and Meet Deadlines: Title](url). A, B.": one linked title
        if reference is not None and _inside_a_link(line, reference.title):
            continue  # "A, B [MUSIB: Title](url).": the link holds the whole title, its colon
        if reference is not None and not never_title(reference.title):
            found.append((i, tidy(reference.title), reference.byline, reference.quoted))
            colons += text[len(reference.names) :].lstrip().startswith(":")
            if (
                not line.span_texts("link")  # (a linked title says itself which it is)
                and text.startswith(reference.names)
                and reference.year is not None
                and not _ONLINE_RESOURCE.search(text)
                and looks_like_name_list(reference.names) >= 0.8
                and looks_like_name_list(reference.title) < 0.5  # ("…, Biggio. B, Rieck. K")
            ):
                cited.add(i)  # "L. Breiman. Random forests. Machine learning, …, 2001."
            whole = whole or (
                reference.quoted
                and reference.year is not None
                and _IN_PRINT.search(reference.tail) is not None
            )
            # "## Bibliography entry" over it: the page's own paper, as its note cites it
            whole = whole or (i > 0 and _CITATION_HEADING.match(lines[i - 1].text) is not None)
            # "A, B, C. Title. KDD-08.": several names, then a known venue with its year
            placed = placed or (
                text.startswith(reference.names)  # (author-first: a title-first is less sure)
                and _LISTED_NAMES.search(reference.names) is not None
                and _placed_and_dated(reference.tail, reference.year)
            )
    # (the page's one reference, on a page of no other title the model is sure of: among
    # titles of their own, a reference's names would set those without any aside)
    whole = whole or (
        placed
        and len(found) == 1
        and not any(
            c.score >= accept for k, row in enumerate(scored) if k != found[0][0] for c in row
        )
    )
    if len(found) < 2 and not whole:
        return 0  # one reference is a paper when whole: 'Names. "Title." Nature 521.7 (2015)'
    if colons >= CITED_LINES:
        found += _one_name_colons(lines, {i for i, _, _, _ in found})
    # (a long run of references most of which the model takes: the rest are references too,
    # however little it gives one of them, "L. Breiman. Random forests. Machine learning, …")
    taken = sum(
        any(c.text == title and c.score >= CUE_FLOOR for c in scored[i]) for i, title, _, _ in found
    )
    run = len(found) >= REFERENCE_RUN and taken >= len(found) * 0.6
    named = 0
    for i, title, names, quoted in found:
        same = [c for c in scored[i] if c.text == title]
        if same and same[0].score < (0.0 if run and i in cited else CUE_FLOOR):
            continue
        best = max(scored[i], key=lambda c: c.score, default=None)
        if _runs_on_before(title, best, accept):
            continue  # "Topic. E.g., [Title](url), A et al": the reference ran on before it
        cand = _cut_of(scored[i], i, title, "reference")
        if not (same and quoted):
            cand.rest = names  # a quoted title's candidate reads its names as it always has
        _name_over_row(cand, scored[i], accept)
        named += 1
    return named


def _one_name_colons(lines: list[Line], taken: set[int]) -> list[tuple[int, str, str, bool]]:
    """The lines not in TAKEN that give one person's full name, a colon and a title ("Song-Li
    Wu: Title"), on a page of references "A, B, C: Title": (line, title, name, False)."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.names import one_full_name

    out: list[tuple[int, str, str, bool]] = []
    for i, line in enumerate(lines):
        if i in taken or line.kind not in ("line", "item") or len(line.text) > MAX_REFERENCE:
            continue
        lead = _ONE_NAME_COLON.match(strip_number(line.text.strip())[0])
        if lead is not None and one_full_name(lead.group(1)) and not never_title(lead.group(2)):
            out.append((i, tidy(lead.group(2)), lead.group(1), False))
    return out


_ONE_NAME_COLON = lazy_re(r"^([^:：,;()\d]{3,60}):\s+(\S.{8,})$")


# the first heading of the Japanese paper-summary format (Ochiai's "どんなもの？",
# cvpaper.challenge's "どんな論文か?"): the line right above it is the paper's title (the later
# headings, "先行研究と比べて…", follow the first one's answer, not a title)
_SUMMARY_TEMPLATE = lazy_re(r"^\W{0,3}(?:どんなもの|どんな論文)")
SUMMARY_REACH = 2  # lines, at most, from the title down to the template's first heading


def follow_summary_templates(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A paper summary in the Japanese template ("Title" / "どんな論文か?" / … / "新規性")
    names the Latin title right above the template's first heading. Returns how many."""
    named = 0
    for i, line in enumerate(lines):
        if not _SUMMARY_TEMPLATE.match(line.text):
            continue
        for k in range(i - 1, max(-1, i - 1 - SUMMARY_REACH), -1):
            best = max(scored[k], key=lambda c: c.score, default=None)
            if best is None or CJK_CHAR.search(best.text) or len(best.text.split()) < 3:
                continue
            if best.score >= CUE_FLOOR and not never_title(best.text):
                _name_over_row(best, scored[k], accept)
                named += 1
            break
    return named


def follow_cited_leads(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that names papers as "Surname et al. (2017) Title" (a reading group's "Vaswani et
    al. (2017) Attention Is All You Need, https://arxiv.org/abs/…") at least twice names each
    title after its names and year. Returns how many titles it named."""
    from papercli.importers.digest.references import names_only, read_reference

    found: list[tuple[int, Candidate]] = []
    for i, row in enumerate(scored):
        if lines[i].kind not in ("line", "item"):
            continue
        text = lines[i].text.replace(" , ", ", ")  # ("Ramesh , Pavlov , 2021": spaced commas)
        cited = next(
            (
                c
                for c in row
                if "after_cited_lead" in c.how
                and _YEAR_IN_PARENS_END.search(c.rest)
                and 0 <= text.find(c.rest) < text.find(c.text)  # (the names lead, no cut's)
            ),
            None,
        )
        if cited is None or len(cited.text.split()) < 3 or never_title(cited.text):
            continue
        reference = read_reference(strip_number(lines[i].text.strip())[0])
        # (the reference's title agrees with the cut, and the line ends in the paper's address:
        # "A , B , 2017, Title , https://arxiv.org/abs/…", a book's list of further reading)
        said = _ADDRESS_END.sub("", reference.title) if reference is not None else ""
        agreed = said and cited.text.endswith(said) and _ADDRESS_LAST.search(text) is not None
        if ". " in cited.text or (reference is not None and not agreed):
            continue  # "Li, X. (2019). Title. Venue, 3(2).": a whole reference, its rule's own
        if i == len(lines) - 1 and not lines[i].text.rstrip().endswith(_ENDS):
            continue  # "… (2002), Thumbs up? Senti": the page's text cut off in the title
        if _wrapped_on(lines, i) and text.rstrip().endswith(cited.text):
            continue  # "Choi. 2018. Deep communicating agents for" / "abstractive …": wrapped
        if cited.score >= CUE_FLOOR and not names_only(cited.text):
            found.append((i, cited))
    if len(found) < CITED_LEADS:
        return 0
    for i, cand in found:
        _name_over_row(cand, scored[i], accept)
    return len(found)


def _wrapped_on(lines: list[Line], i: int) -> bool:
    """Whether line I runs on into the next line of its paragraph (no end mark, the next
    line's first letter in lower case): a hard-wrapped reference."""
    if i + 1 >= len(lines) or lines[i].kind != "line" or lines[i + 1].kind != "line":
        return False
    below = lines[i + 1].text.lstrip()
    return bool(below[:1].islower()) and not lines[i].text.rstrip().endswith(_ENDS)


_ADDRESS_LAST = lazy_re(r"\s?[:,]\s*https?://\S+\s*$")
_ADDRESS_END = lazy_re(r"[\s,.:]*(?:https?://\S+[\s,.]*)?$")  # "Title : https://…", "Title ,"
# "Vaswani et al. (2017)", "Lage et. al., 2019": the names' year closes them
_YEAR_IN_PARENS_END = lazy_re(r"(?:\(|,\s|\s)(?:19|20)\d\d[a-z]?\)?\W*$")
CITED_LEADS = 2  # lines, at least, of a page named so


_DATED_HEADING = lazy_re(r"^(\S.{6,200}?)\s{0,3}[(（]((?:19|20)\d\d)[)）]\s*$")


def follow_dated_headings(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Numbered headings of one level that each end with a year ("## 1. Attention Is All You
    Need (2017)", "## 2. BERT: … (2018)"), at least two, one of them a title the model is sure
    of, name each title the model does not rule out. Returns how many titles it named."""
    found: list[tuple[int, Candidate]] = []
    depths: Counter[int] = Counter()
    for i, line in enumerate(lines):
        if line.kind != "heading":
            continue
        text, numbered = strip_number(line.text.strip())
        match = _DATED_HEADING.match(text) if numbered else None
        if match is None:
            continue
        title = match.group(1).strip()
        same = [c for c in scored[i] if c.text == title]
        if same and not never_title(title) and not CJK_CHAR.search(title):
            found.append((i, same[0]))
            depths[line.depth] += 1
    if not depths:
        return 0
    depth, count = depths.most_common(1)[0]
    found = [(i, c) for i, c in found if lines[i].depth == depth]
    if count < 2 or not any(c.score >= accept for _, c in found):
        return 0
    return _name_found(found, scored, accept)


def _name_found(
    found: list[tuple[int, Candidate]], scored: list[list[Candidate]], accept: float, mark: str = ""
) -> int:
    """Names each of FOUND (line, candidate) its line's title unless the model all but rules
    it out (below CUE_FLOOR), marking each with MARK if given. Returns how many it raised."""
    named = 0
    for i, cand in found:
        if CUE_FLOOR <= cand.score < accept:
            _name_over_row(cand, scored[i], accept)
            named += 1
        if mark:
            cand.how.add(mark)
    return named


# a paper's own page: arXiv, a Hugging Face papers page, OpenReview's forum, a DOI
_PAPER_PAGE = lazy_re(
    r"^https?://(?:www\.)?(?:arxiv\.org/(?:abs|pdf)/|huggingface\.co/papers/\d|"
    r"openreview\.net/(?:forum|pdf)\?id=|(?:dx\.)?doi\.org/10\.)",
    re.IGNORECASE,
)
IDENTIFIED_HEADINGS = 3  # headings of one level, each over its paper's one page, at least


def follow_linked_headings(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Headings of one level, at least IDENTIFIED_HEADINGS, each itself a sure title linking
    its paper's page ("#### [Title](https://arxiv.org/abs/…)" / "ICLR 2020" / "1. Show that
    …"): the lines of each section are its paper's notes, no titles (but for the text of a
    link, which may cite another paper). Returns how many candidates it cleared."""
    from papercli.importers.digest.features import names_paper_id

    heads = [i for i, line in enumerate(lines) if line.kind == "heading"]
    linked: dict[int, list[int]] = defaultdict(list)  # depth → its sure, linked headings
    for i in heads:
        if names_paper_id(lines[i]) and any(
            "whole" in c.how and c.score >= accept for c in scored[i]
        ):
            linked[lines[i].depth].append(i)
    depth = max(linked, key=lambda d: len(linked[d]), default=None)
    if depth is None or len(linked[depth]) < IDENTIFIED_HEADINGS:
        return 0
    cleared = 0
    for i in linked[depth]:
        for k in range(i + 1, len(lines)):
            if lines[k].kind == "heading" and lines[k].depth <= depth:
                break
            if lines[k].kind == "heading":
                continue
            # (a link's own text may name another paper: "ViT + [De-randomized Smoothing](…)")
            kept = [c for c in scored[k] if lines[k].urls and "link" in c.how]
            cleared += len(scored[k]) - len(kept)
            scored[k] = kept  # (and no later rule makes a title of a note)
    return cleared


def follow_identified_headings(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Headings of one level that each head a section linking one paper's page and no other
    ("## Title" / notes / "[details](https://huggingface.co/papers/2309.03409)"), at least
    IDENTIFIED_HEADINGS, one of them a title the model is sure of, name each heading its
    section's title. Returns how many titles it named."""
    found: dict[int, list[int]] = defaultdict(list)  # depth → heading lines
    ends: dict[int, int] = {}
    heads = [i for i, line in enumerate(lines) if line.kind == "heading"]
    for n, i in enumerate(heads):  # its section: down to the next heading of its level
        end = next((k for k in heads[n + 1 :] if lines[k].depth <= lines[i].depth), len(lines))
        linking = [k for k in range(i + 1, end) if any(_PAPER_PAGE.match(u) for u in lines[k].urls)]
        pages = {u for k in linking for u in lines[k].urls if _PAPER_PAGE.match(u)}
        if len(pages) != 1 or lines[i].urls:
            continue
        if any(c.score >= accept for c in scored[linking[0]]):
            continue  # "- Title [arXiv](…)" under "## Topic": the title is the link's line's
        if any(
            c.score >= accept and not CJK_CHAR.search(c.text)
            for row in scored[i + 1 : end]
            for c in row
        ):
            continue  # "### 1. GPT" over "- **Title**: …": a sure title under it is the paper
        found[lines[i].depth].append(i)
        ends[i] = end
    if not found:
        return 0
    depth = max(found, key=lambda d: len(found[d]))
    headed = found[depth]
    if any(lines[i].depth < depth for i in heads[heads.index(headed[0]) : heads.index(headed[-1])]):
        return 0  # sections of several parts: not one paper's each
    whole = {i: next((c for c in scored[i] if "whole" in c.how), None) for i in headed}
    sure = sum(1 for c in whole.values() if c is not None and c.score >= accept)
    if len(headed) < IDENTIFIED_HEADINGS or not sure:
        return 0
    named = 0
    for i, cand in whole.items():
        if cand is None or never_title(cand.text) or CJK_CHAR.search(cand.text):
            continue
        if CUE_FLOOR <= cand.score < accept:
            _name_over_row(cand, scored[i], accept)
            named += 1
        if cand.score >= accept:  # the section is its paper's: no line in it names another
            for k in range(i + 1, ends[i]):
                if lines[k].urls:
                    continue  # a line with a link of its own may name another paper
                for other in scored[k]:
                    other.score = min(other.score, accept - 0.01)
    return named


# "论文 2：Title (2019)", "Paper 3: Title": a post's running label before each of its titles
_NUMBERED_CUE = lazy_re(r"^\W{0,3}(?:论文|文章)\s*\d{1,3}\s*[:：]\s*(?=\S)")
# ("Paper 4: Your choice", "Paper 5: Final Project Proposal": a course's plan, not a post's)
NUMBERED_CUES = 3  # lines so labelled a page needs, at least


def follow_numbered_cues(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A post that labels each of its papers with a running number ("论文 1：Title (2019)" …
    "论文 6：Title"), at least NUMBERED_CUES times and half of them titles the model is sure
    of, names the title after each label, whatever the line's markup. Returns how many titles
    it named."""
    found: list[tuple[int, Candidate]] = []
    for i, line in enumerate(lines):
        label = _NUMBERED_CUE.match(line.text) if len(line.text) <= 400 else None
        if line.kind == "cell" or label is None:
            continue
        after = line.text[label.end() :].strip()
        cued = sorted(
            (c for c in scored[i] if c.text and after.startswith(c.text) and "whole" in c.how),
            key=lambda c: -len(c.text),
        )  # the text after the label, or its head before a "(2019)"
        if cued and not CJK_CHAR.search(cued[0].text) and not never_title(cued[0].text):
            found.append((i, cued[0]))
    sure = sum(1 for i, _ in found if max(c.score for c in scored[i]) >= accept)
    if len(found) < NUMBERED_CUES or 2 * sure < len(found):
        return 0
    return _name_found(found, scored, accept, "numbered_cue")  # the label vouches for each


MIN_CITATION = 40  # characters: a Latin run shorter than this is no whole citation


def follow_embedded_citations(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A whole author-first citation with a quoted title on a line of CJK prose ("… Nature
    지에 실린 LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "Deep learning." Nature 521.7553
    (2015): 436-444이다.") names its title: each run of Latin text between the prose's script
    is read as a reference on its own. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import read_reference

    named = 0
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > MAX_REFERENCE * 4 or not CJK_SCRIPT.search(text):
            continue
        for run in CJK_SCRIPT.split(text):
            run = run.strip(" ,.;:()[]")
            if len(run) < MIN_CITATION:
                continue
            reference = read_reference(run)
            if reference is None or reference.year is None or not reference.quoted:
                continue
            title = tidy(reference.title)
            if never_title(title) or not reference.tail:
                continue
            # (the names are before the title, not after it)
            named += _name_rows(scored, [(i, title, reference.byline)], "reference", accept)
    return named


def _placed_and_dated(tail: str, year: int | None) -> bool:
    """Whether a reference's TAIL names a known venue or journal, and a year is given."""
    from papercli.importers.venues import find_venue_year

    venue, said = find_venue_year(tail[:120])
    return venue is not None and (said or year) is not None


def _linked_whole(line: Line, names: str, title: str) -> bool:
    """Whether one link of LINE is a reference's NAMES and then its TITLE, nothing else: a
    title with a colon in it, not names before a title (a link around a whole reference,
    "[Title. A, B. NIPS 1989.](…)", is one)."""
    for span in line.spans:
        if span.kind == "link":
            text = line.text[span.start : span.end].strip(" .")
            if text.startswith(names) and text.endswith(title):
                return True
    return False


def _runs_on_before(title: str, best: Candidate | None, accept: float) -> bool:
    """Whether a reference's TITLE is the line's marked title BEST with prose around it."""
    return (
        best is not None
        and bool(best.how & _MARKED)
        and best.score >= accept
        and title != best.text
        and best.text in title
    )


_AFFILIATION_TAIL = lazy_re(r"\s*[(（][^()（）]{2,120}[)）]\s*[.。]?$")  # "(Google)"


_NAMES_CUTS = frozenset({"before_dash", "before_by"})
BY_FLOOR = 0.05  # "Title by A": books and posts are written so too, the model must lean a little
_MARKED = frozenset({"bold", "italic", "link", "quoted"})
_CUT_TAGS = frozenset(
    {"after_dash", "before_dash", "before_paren", "after_paren", "before_by", "after_label"}
)
_BY_LEAD = lazy_re(r"^by\s+", re.IGNORECASE)
# "Best error analysis: ", "Most reproducible: ": an award's name before its paper's title
_AWARD_LEAD = lazy_re(r"^(?:best|most)\b[^:：]{0,40}[:：]\s*", re.IGNORECASE)


def _award_lead(title: str) -> re.Match[str] | None:
    """The award's name that opens TITLE ("Best linguistic analysis: ", "Most reproducible: ",
    "Best Paper: "), not a title's own head in title case ("Best Arm Identification: ",
    "Best of Both Worlds: ")."""
    lead = _AWARD_LEAD.match(title)
    if lead is None:
        return None
    words = title[: lead.end()].strip(" :：").split()[1:]
    named = _AWARD_LINE.match(title[: lead.end()]) is not None
    sentence_case = not any(w[:1].isupper() and not w.isupper() for w in words)
    return lead if named or sentence_case else None


def _headed_by_name(whole: str, part: str) -> bool:
    """Whether WHOLE is PART, or PART after a name and its colon ("Mesos: A Platform …")."""
    if whole == part:
        return True
    return whole.endswith(part) and whole[: -len(part)].rstrip().endswith((":", "："))


def _without_award(cand: Candidate, row: list[Candidate]) -> Candidate:
    """CAND, or the candidate of its line ROW that leaves out an award's name before it."""
    award = _AWARD_LEAD.match(cand.text)
    if award is None:
        return cand
    return next((c for c in row if c.text == cand.text[award.end() :]), cand)


def _marked_by(cand: Candidate, row: list[Candidate]) -> bool:
    """Whether CAND is a "by" cut whose title the line marks (quotes, italics, a link): such
    lines are talks and episodes as often as papers, and the model has seen them."""
    return _names_cut(cand) == "before_by" and any(
        c.how & _MARKED and (cand.text.endswith(c.text) or c.text.endswith(cand.text)) for c in row
    )


def follow_dashed_names(scored: list[list[Candidate]], accept: float) -> int:
    """A page that lists papers as "Title — A, B and C (Affiliation)" or "Title by A and B",
    at least twice, names each such title (the cut before the dash or the "by") unless the
    model gives it nearly nothing. Returns how many titles it named."""
    from papercli.importers.digest.references import names_only

    found: list[Candidate] = []
    shown: list[Candidate] = []  # the lines of the layout, the model's own titles among them
    # "*Title* by A et al.": where a marked title's names end so, its marked lines are papers
    cited = sum(
        1 for row in scored for c in row if _marked_by(c, row) and _ET_AL_END.search(c.rest)
    )
    for row in scored:
        named = []
        rests: dict[int, str] = {}  # the names each cut leaves after it
        for cand in sorted(row, key=lambda c: -c.score):  # the line's likeliest cut first
            if not cand.how & _NAMES_CUTS or len(cand.text.split()) < 2:
                continue
            names = _AFFILIATION_TAIL.sub("", _MARK_TAIL.sub("", cand.rest)).strip(" ,.—–~-")
            names = _BY_LEAD.sub("", names)  # a span cut before ", by A and B" keeps the "by"
            dated = _CITED_AFTER_DASH.match(names)
            if dated is not None and _names_cut(cand) == "before_dash":
                # "Title — Mnih et al., Nature 2015. (essential) …" ("van Hasselt": a surname)
                names = _PARTICLE_LEAD.sub("", dated.group(1))
            if (cited < 2 and _marked_by(cand, row)) or never_title(cand.text):
                continue
            if names_only(names) and not names_only(cand.text):
                named.append(cand)
                rests[id(cand)] = names
        if not named:
            continue
        # "Mesos: A Platform for … ~ B. Hindman et al": the whole title before the names, not
        # the part after its colon that the model may rate higher
        whole = max(
            (
                c
                for c in named
                if _headed_by_name(c.text, named[0].text) and rests[id(c)] == rests[id(named[0])]
            ),
            key=lambda c: len(c.text),
            default=named[0],
        )
        if whole is not named[0] and whole.score >= CUE_FLOOR and not _AWARD_LEAD.match(whole.text):
            named.insert(0, whole)
        by = _names_cut(named[0]) == "before_by"
        if named[0].score < (BY_FLOOR if by else CUE_FLOOR):
            continue
        shown.append(named[0])
        if by and max(c.score for c in row) >= accept:
            continue  # the model named the line's title ("Matching by Sticking Points Together")
        found.append(_without_award(named[0], row))
    kinds = Counter(_names_cut(cand) for cand in shown)
    found = [cand for cand in found if kinds[_names_cut(cand)] >= 2]  # the page's own layout
    for cand in found:
        _name_over_row(cand, scored[cand.line], accept)
    return len(found)


# "Mnih et al., Nature 2015. …", "Sutton and Barto, 1998": names, then where and when
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|le|la)\s+"  # "van Hasselt": part of a surname
_PARTICLE_LEAD = lazy_re(rf"^(?:{_PARTICLE})+")
_CITED_AFTER_DASH = lazy_re(
    rf"^((?:{_PARTICLE})*[A-Z][\w'’\-]+"
    r"(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+|\s+et\s+al\.?)?)\s*,\s*"
    r"(?:[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}\s+)?(?:19|20)\d\d\b"
)
_MARK_TAIL = lazy_re(r"\s+[-–—]\s*[^\w\s]{1,3}$")  # "by A - 🔘": a reader's mark, unread
_ET_AL_END = lazy_re(r"\bet\s+al\.?(?:\W{0,4}|\s+[-–—]\s*\W{0,3})$")


def _names_cut(cand: Candidate) -> str:
    """Whether CAND is cut before a dash or before a "by" (the dash when it is both)."""
    return "before_dash" if "before_dash" in cand.how else "before_by"


MAX_REFERENCE = 600  # characters: a longer line is prose, not one reference

_LISTED_NAMES = lazy_re(r",|\band\b|&|\bet\s+al\b")
# "He, Kaiming, et al. (2015)", "A Krizhevsky, et al. (2012)": a line of names and a year
_NAMES_YEAR_LINE = lazy_re(r"^(\S[^()]{1,150}?)(?<!\s)\s*[(（]((?:19|20)\d\d)[)）]\s*\.?$")


def follow_authored_groups(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page of entries that end in a line of names and a year ("Title" / "ResNet, very deep
    networks" / "He, Kaiming, et al. (2015)"), at least CITED_LINES of them, one distance
    apart most often: each entry's first line is its title, its other lines are notes.
    Returns how many titles it named."""
    from papercli.importers.digest.features import looks_like_names

    authored = [
        i
        for i, line in enumerate(lines)
        if line.kind in ("line", "item")
        and (match := _NAMES_YEAR_LINE.match(line.text.strip())) is not None
        and looks_like_names(match.group(1)) >= 0.85
    ]
    listed = [i for i in authored if _LISTED_NAMES.search(lines[i].text)]
    if len(authored) < CITED_LINES or len(listed) < CITED_LINES:
        return 0  # "Random Forests (2001)", "ResNet (2015)": a name and a year, no people
    gaps = Counter(b - a for a, b in itertools.pairwise(authored))
    period = gaps.most_common(1)[0][0]
    if not 2 <= period <= 4 or gaps[period] < CITED_LINES - 1:
        return 0

    def believed(offset: int) -> float:  # how much the model takes these lines for titles
        rows = [scored[i - offset] for i in authored if i - offset >= 0]
        return sum(max((c.score for c in row), default=0.0) for row in rows) / max(1, len(rows))

    size = max(range(1, period), key=believed)  # the title: this many lines above the names
    named = 0
    for i, following in zip(authored, [*authored[1:], len(lines) + size], strict=True):
        top = i - size
        if top < 0 or any(lines[k].kind == "heading" or k in authored for k in range(top, i)):
            continue
        whole = [c for c in scored[top] if "whole" in c.how and c.score >= CUE_FLOOR]
        if not whole or never_title(whole[0].text):
            continue
        _name_over_row(whole[0], scored[top], accept)
        whole[0].rest = lines[i].text.strip()
        for k in range(top + 1, i):
            scored[k] = []  # the entry's notes ("AlexNet - Deep Learning Breakthrough")
        # (up to the next entry's title: an entry shorter than most ends sooner)
        for k in range(i + 1, min(len(lines), top + period, following - size)):
            scored[k] = []  # its notes under the names ("📌 High-level insights …")
        named += 1
    return named


# "Title. Ada Quill (Some Lab), Ben Rowe (Other U)": a title, a period, then its authors
_TITLE_THEN_NAMES = lazy_re(r"^([^.]{8,300}?[^\s.A-Z])\.\s+([A-Z].{2,800})$")
# "Attention is all you need;A. Vaswani": a reference list's title, then its first authors
_TITLE_SEMICOLON_NAMES = lazy_re(r"^([^.;]{8,300}?[^\s.;A-Z])\s*;\s*([A-Z][^;]{2,300})$")
_AFFILIATION = lazy_re(r"\s*[(（][^()（）]{2,120}[)）]")
_AWARD_TAG = lazy_re(r"^\[[^\[\]\d]{2,30}\]\s*")
_AFFILIATED_END = lazy_re(r"[)）]\.\s+[A-Z]")  # the names' last affiliation, then a sentence


def follow_titles_before_names(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines "Title. A (Affiliation), B (Affiliation)" (a title, a period, then only names),
    at least CITED_LINES of them, or two under award labels ("Best Paper Award:"), name each
    title, with the names as its authors. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import names_only

    found: list[tuple[int, str, str]] = []
    awarded = 0
    for i, line in enumerate(lines):
        # (a heading too: "### 7、Title. Hui Ye, Xiaopeng Ma and Tongzhen Shao")
        if line.kind not in ("line", "item", "heading") or len(line.text) > 1200:
            continue
        text = _AWARD_TAG.sub("", strip_number(line.text.strip())[0])  # "[Winner] Title. …"
        match = _TITLE_THEN_NAMES.match(text) or _TITLE_SEMICOLON_NAMES.match(text)
        if match is None:
            continue
        if scored[i] and max(c.score for c in scored[i]) >= accept:
            continue  # the model titled the line already (the cheapest test, first)
        title, names = tidy(match.group(1)), match.group(2).rstrip(" .")
        described = _AFFILIATED_END.search(names)  # "… and C (Lab). Discusses the …"
        names = names[: described.start() + 1] if described else names
        bare = _AFFILIATION.sub("", names)
        if len(title.split()) < 3 or re.search(r"\d", bare):
            continue  # "Title. A. Bee, C. Dee. NeurIPS 2017.": a reference, read elsewhere
        if never_title(title) or not names_only(bare):
            continue
        found.append((i, title, names))
        above = lines[i - 1].text.strip() if i else ""
        awarded += _AWARD_LINE.match(above) is not None
    if len(found) < CITED_LINES and not (len(found) >= 2 and awarded == len(found)):
        return 0
    return _name_rows(scored, found, "before_names", accept)


def follow_titles_initialled_names(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines that run a title into names written with their initials first ("2001   Relevance
    based Language Models V. Lavrenko & W. B. Croft"), at least CITED_LINES of them, name each
    title, with the names as its authors. Returns how many titles it named."""
    from papercli.importers.digest.candidates import before_initialled_names, tidy, year_column

    found: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or not scored[i] or len(line.text) > 600:
            continue
        text = year_column(strip_number(line.text.strip())[0])
        cut = before_initialled_names(text)
        if cut is None:
            continue
        best = max(scored[i], key=lambda c: c.score)
        if best.score >= accept and not best.text.endswith(cut[1]):
            continue  # the model titled the line, and not with its names run on
        title = tidy(cut[0])
        if len(title.split()) >= 3 and not never_title(title):
            found.append((i, title, cut[1]))
    if len(found) < CITED_LINES:
        return 0
    return _name_rows(scored, found, "before_names", accept)


# "L. Kleinrock", "J. M. McQuillan": initials, then a surname
_INITIALS_NAME = lazy_re(r"^(?:[A-Z]\.\s?){1,3}[A-Z][\w'’\-]+$")
_COMMA_CUT = lazy_re(r"(?:,\s+|，\s*)(?:by\s+)?")  # (a Chinese page's full-width comma too)
# "Title by A", "Title (A", "Title. A", "ICLR 2016 Videos": a cut that holds more than a title
_NOT_BEFORE_NAMES = lazy_re(r"\sby\s+[A-Z]|[(（\[]|[^\s.A-Z]\.\s+[A-Z]|(?<!\d)(?:19|20)\d\d(?!\d)")


def _title_comma_names(text: str) -> tuple[str, str] | None:
    """ "Title, A, B, and C, Proc. of ACM SIGCOMM 1997.", "Title, by A and B, CCR 27(3)",
    "Title, L. Kleinrock (Vol. 4, July 1974)": the title and the text from its first name,
    cut at the first of three commas that a person's full name follows."""
    from papercli.importers.names import one_full_name

    for k, cut in enumerate(_COMMA_CUT.finditer(text, 0, 400)):
        if k >= 3 and not cut.group().rstrip().endswith("by"):
            continue  # a long title's commas: only ", by A and B" may cut it this late
        rest = text[cut.end() :]
        first = re.split(r"[,，]|\s+and\s+|\s*[(（]", rest, maxsplit=1)[0].strip()
        if one_full_name(first) or _INITIALS_NAME.match(first):
            return text[: cut.start()], rest
    return None


_CLOSING_YEAR = lazy_re(r",\s*(?:19[5-9]\d|20[0-3]\d)\.?\s*$")
_OPENING_YEAR = lazy_re(r"^(?:19[5-9]\d|20[0-3]\d)\s+(?=[A-Z])")


def follow_titles_comma_names(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """List items "Title, A, B, and C, Proc. of ACM SIGCOMM 1997." or "Title, L. Kleinrock
    (Vol. 4, …)" (a title, a comma, then its authors and where it appeared), at least
    CITED_LINES of them on a page, name each title, with the rest as its authors and venue.
    Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import names_only

    found: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("item", "line") or len(line.text) > 600 or not scored[i]:
            continue
        if line.kind == "line" and not _CLOSING_YEAR.search(line.text):
            continue  # a plain line only as a whole citation, its year last (a list flattened)
        text = strip_number(line.text.strip())[0]
        cut = _title_comma_names(_OPENING_YEAR.sub("", text))  # ("**1996** Title, A. Bee <…>")
        if cut is None:
            continue
        title, rest = tidy(cut[0]), cut[1]
        if len(title.split()) < 3 or never_title(title) or names_only(title):
            continue
        if _NOT_BEFORE_NAMES.search(title):
            continue  # the comma falls among names ("Title by A, B", "Title (A, B") or later
        found.append((i, title, rest))
    if len(found) < CITED_LINES:
        return 0
    awarded = [_award_lead(title) for _i, title, _rest in found]
    if sum(lead is not None for lead in awarded) >= 2:
        # "Best linguistic analysis: Title, by A and B", line after line: the award's name is
        # no part of the title, wherever the model took it in
        named = [
            (i, title[lead.end() :], rest)
            for (i, title, rest), lead in zip(found, awarded, strict=True)
            if lead is not None
        ]
        plain = [row for row, lead in zip(found, awarded, strict=True) if lead is None]
        return _name_rows(scored, named + _doubted(scored, plain, accept), "before_comma", accept)
    return _name_rows(scored, _doubted(scored, found, accept), "before_comma", accept)


def follow_comma_named_titles(scored: list[list[Candidate]]) -> int:
    """A line's title cut at a comma inside it ("Self-RAG: Learning to Retrieve" of "Self-RAG:
    Learning to Retrieve, Generate, …, Akari Asai, Sandeep Subramanian, …") gives way to the
    longer cut that ends where the line's full names begin: the words between are no names,
    so they are the title's. Returns how many lines it changed."""
    from papercli.importers.digest.candidates import before_comma_names

    changed = 0
    for row in scored:
        if len(row) < 2:
            continue
        top = max(row, key=lambda c: c.score)
        if "before_comma" not in top.how:
            continue
        longer = [
            c
            for c in row
            if "before_comma" in c.how
            and c.text.startswith(top.text + ",")
            and before_comma_names(f"{c.text}, {c.rest}") == (c.text, c.rest)
        ]
        if longer:
            longer[0].score = min(1.0, top.score + 0.001)
            changed += 1
    return changed


def _beside_identifier(lines: list[Line], index: int) -> bool:
    """Whether an identifier line is right above or below line INDEX in its paragraph (or,
    above it, an accepted-papers export's paper number alone: "32" / "Title A Bee, C Dee")."""
    block = lines[index].block
    above = lines[index - 1] if index else None
    if above is not None and above.block == block and _NUMBER_ALONE.fullmatch(above.text.strip()):
        return True
    return any(
        0 <= j < len(lines) and lines[j].block == block and _identifier_line(lines[j])
        for j in (index - 1, index + 1)
    )


_NUMBER_ALONE = lazy_re(r"\d{1,5}")


def follow_titles_glued_names(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines "Title A. Bee, C. Dee, E. Eff" (a reference list pasted as text: the title run
    straight into its authors, no mark between), each with its link or an identifier line
    beside it in its paragraph, at least CITED_LINES of them on a page (two names or more on
    each), name each title the model doubts, with the names as its authors.
    Returns how many."""
    from papercli.importers.digest.candidates import before_listed_names, tidy

    found: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("item", "line") or not scored[i]:
            continue
        numbered = line.kind == "item" and line.marker[-1:] in (".", ")")
        if not (line.urls or _beside_identifier(lines, i) or numbered):
            continue  # (only a paper's own link or a numbered list vouches for the cut: lines
            # of people are many)
        cut = before_listed_names(strip_number(line.text.strip())[0], least=1)
        if cut is not None and not _marked_end(line, cut[0]):
            cut = _two_word_first_name(*cut)  # (a bold title ends where its marks do)
        if cut is not None and not never_title(tidy(cut[0])):
            found.append((i, tidy(cut[0]), cut[1]))
    if len(found) < CITED_LINES:
        return 0
    # (and those the model titles with the first author's name run on: "Title Bastian Kuth")
    rows = [
        row for row in found if _doubted(scored, [row], accept) or _runs_into_names(scored, row)
    ]
    return _name_rows(scored, rows, "before_names", accept)


def _marked_end(line: Line, title: str) -> bool:
    """Whether a span of LINE (bold, italic, a link) ends where TITLE does."""
    at = line.text.find(title)
    return at >= 0 and any(span.end == at + len(title) for span in line.spans)


def _two_word_first_name(title: str, names: str) -> tuple[str, str]:
    """TITLE and NAMES with the first name's first word given back to the title when that
    name has three plain words and every other name two ("… Sensor Logs" / "Logs Bastian
    Kuth, Max Oberberger, Carsten Faber"): a list of such names is written one way."""
    if "," in title:
        return title, names  # ("… Extraction Sahil Garg, Aram Galstyan, Greg Ver": no title)
    parts = [part.split() for part in names.split(",")]
    first, others = parts[0], parts[1:]
    plain = all(len(word.rstrip(".")) > 1 for word in first)
    if len(first) == 3 and plain and others and all(len(name) == 2 for name in others):
        return f"{title} {first[0]}", names[len(first[0]) :].lstrip()
    return title, names


def _runs_into_names(scored: list[list[Candidate]], row: tuple[int, str, str]) -> bool:
    """Whether the model's title of line ROW[0] is ROW's title run on into the first of the
    names after it, ROW[2]."""
    index, title, names = row
    top = max(scored[index], key=lambda c: c.score)
    extra = top.text[len(title) :].strip() if top.text.startswith(title + " ") else ""
    # (not a cut inside the names: "… Extraction Sahil Garg, Aram Galstyan, Greg Ver")
    return bool(extra) and ", " not in title and names.startswith(extra)


# "2. Title: network architecture", "[Title](…): MRI": a reading log's own tag after each title
# (never "Title: a survey", a subtitle)
# ("Title: MRI, review (x)": several tags, parted by commas, and the reader's mark)
_ONE_TAG = (
    r"(?:(?!(?:a|an|the)\s)[a-z][\w-]*(?:\s[a-z][\w-]*){0,2}|[A-Z]{2,6}|[a-z]{0,3}[A-Z][\w-]{0,10})"
)
_COLON_TAG = lazy_re(
    rf"^(\S.{{8,300}}?):\s+((?:{_ONE_TAG})(?:,\s*{_ONE_TAG}){{0,6}})(?:\s*\([a-z✓✗]\))?\s*$"
)
TAGGED_ITEMS = 3  # items, at least, tagged so, and half the page's items


def follow_colon_tags(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """List items that each end in a colon and a tag of a few lower-case words ("Title:
    network architecture", "[Title](…): MRI"), at least TAGGED_ITEMS of them and half the
    page's items, name each title before the colon. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy

    found: list[tuple[int, str, str]] = []
    items = 0
    for i, line in enumerate(lines):
        if line.kind != "item":
            continue
        items += 1
        if len(line.text) > 400 or not scored[i]:
            continue
        tagged = _COLON_TAG.match(strip_number(line.text.strip())[0])
        if tagged is not None and tagged.group(2) in line.span_texts("link"):
            tagged = None  # "Title — Moss et al. (2020): [arXiv](…)": a link's label, no tag
        title = tidy(tagged.group(1)) if tagged is not None else ""
        if len(title.split()) >= 3 and not never_title(title):
            found.append((i, title, tagged.group(2)))  # type: ignore[union-attr]
    if len(found) < TAGGED_ITEMS or 2 * len(found) < items:
        return 0
    return _name_rows(scored, found, "before_colon", accept)


def follow_surname_leads(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """List items "He, Zhang, Ren, Sun: Deep residual learning for image recognition" (a
    seminar's surnames, a colon, then the title), at least CITED_LINES of them on a page and
    most of its items with a colon, name each title, with the surnames as its authors (a few
    "See, Think, Act: Title" in a long list are titles). Returns how many titles it named."""
    from papercli.importers.digest.candidates import SURNAMES_COLON, tidy
    from papercli.importers.names import looks_like_name_list

    found: list[tuple[int, str, str]] = []
    people: list[tuple[int, str, str]] = []
    colons = 0
    for i, line in enumerate(lines):
        if line.kind != "item" or len(line.text) > 400 or not scored[i]:
            continue
        colons += ": " in line.text
        text = strip_number(line.text.strip())[0]
        lead = SURNAMES_COLON.match(text)
        if lead is not None and not never_title(tidy(lead.group(2))):
            found.append((i, tidy(lead.group(2)), lead.group(1)))
            continue
        # "John Schulman: Optimizing expectations: …, 2016": a thesis list's author, then its title
        person = _PERSON_COLON.match(text)
        if person is None or looks_like_name_list(person.group(1)) < 0.8:
            continue
        title = tidy(person.group(2))
        if not never_title(title):
            people.append((i, title, ", ".join(filter(None, person.group(1, 3)))))
    if len(found) + len(people) < CITED_LINES or 2 * (len(found) + len(people)) <= colons:
        return 0
    # (a person's name is never part of the title, even where the model kept the whole line)
    rows = _doubted(scored, found, accept) + people
    return _name_rows(scored, rows, "after_cited_lead", accept)


# "John Schulman: Title, 2016": one person's full name, the title, the year (a thesis list's)
_PERSON_NAME_WORDS = r"[A-Z][a-z'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’\-]+)){1,3}"
_PERSON_COLON = lazy_re(rf"^({_PERSON_NAME_WORDS})\s*:\s+(\S.{{8,}}?),\s*((?:19|20)\d\d)$")
# "- [ ] Title", "- [x] Title": a task list's box
_TASK_BOX = lazy_re(r"^\[[ xX]\]\s+\S")
CHECKLIST_MIN = 5  # boxed items, at least, for a task list to be a reading list
CHECKLIST_SHARE = 0.7  # of them titled by the model
CHECKLIST_SOME = 0.3  # or this share, when at least CHECKLIST_TITLED are titled
CHECKLIST_TITLED = 10


def follow_checklists(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A reading list kept as a task list ("- [ ] Title", "- [x] Title.") whose boxed items
    the model mostly titled names the best cut of each other boxed item too, unless the model
    gives it almost nothing. Returns how many titles it named."""
    boxed = [
        i for i, line in enumerate(lines) if line.kind == "item" and _TASK_BOX.match(line.text)
    ]
    titled = [i for i in boxed if scored[i] and max(c.score for c in scored[i]) >= accept]
    if len(boxed) < CHECKLIST_MIN:
        return 0
    floor = TEMPLATE_FLOOR
    if len(titled) < CHECKLIST_SHARE * len(boxed):
        # a long reading list, a third of it titled: its other items the model half believes
        if len(titled) < CHECKLIST_TITLED or len(titled) < CHECKLIST_SOME * len(boxed):
            return 0
        floor = PAIR_FLOOR
    named = 0
    for i in boxed:
        best = max(scored[i], key=lambda c: c.score, default=None)
        if best is None or best.score >= accept or best.score < floor:
            continue
        if never_title(best.text) or len(best.text.split()) < 2:
            continue
        _name_over_row(best, scored[i], accept)
        named += 1
    return named


# "Best Student Paper Award:", "Honorable Mention:": an award's name alone on its line
# "The 2022 winners of the 1997 Test-of-Time Paper Award are:": the award names the papers
# under it as a heading would
_AWARD_INTRO = lazy_re(
    r"^\W{0,3}(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:winners?|recipients?|awardees?)\s+of\s+"
    r"(?:the\s+)?([^:：\n]{0,60}?\b(?:award|prize|mention)s?(?:\s+(?:19|20)\d\d)?)"
    r"(?:\s+(?:are|is|were|was|go(?:es)?\s+to|went\s+to))?\s*[:：]\W{0,2}$",
    re.IGNORECASE,
)


def _introduces_a_list(text: str) -> bool:
    """Whether TEXT ends in a colon that opens a list ("Honorable mentions:", "Beyond the
    awards, I also liked these:"), not a field's label ("Citation:", "Abstract:")."""
    text = text.strip()
    return text.endswith((":", "：")) and len(text.split()) >= 2 and not FIELD_LABEL.match(text)


def award_intro(text: str) -> str | None:
    """The award a line introduces the winners of ("The winners of the 1998 Test-of-Time Paper
    Award are:" gives "1998 Test-of-Time Paper Award"), else None."""
    match = _AWARD_INTRO.match(text.strip()) if len(text) <= 120 else None
    return match.group(1).strip() if match else None


# "New Horizons Award:", "Theory Track Paper Award:": an award's label alone on its line
_AWARD_LABEL_LINE = lazy_re(
    r"^(?![^:：]*\b(?:are|is|was|were|will|goes|go)\b)"  # not "These are the winners …:"
    r"\W{0,3}[^\W\d_][^:：\n]{1,60}?\b(?:awards?|prizes?|mentions?|winners?)\W{0,2}[:：]\W{0,2}$",
    re.IGNORECASE,
)
_AWARD_LINE = lazy_re(r"^\W{0,3}" + AWARD_NAME + r"\W{0,2}\s*[:：]?\W{0,2}$", re.IGNORECASE)


# "Title (2000). Han, Pei, and Yin, @acm": a title, its year in brackets, then its authors
# and where the PDF lies ("@IEEE", "@arXiv"), or no authors at all
_DATED_TITLE = lazy_re(
    r"^(?:see\s+also\s*[:：]\s*)?(\S.{6,300}?)\s*[(（]((?:19|20)\d\d)[)）]\s*[.,]\s*"
    r"(.{0,300}?)\s*(?:,?\s*@\S.*)?$",
    re.IGNORECASE,
)


# "Deep Neural Machine Translation with Linear Associative Unit. ACL,2017;": a title, then where
# and when it appeared, nothing else
_VENUE_TAILED = lazy_re(
    r"^(\S.{10,300}?)[.,]\s*([A-Za-z][A-Za-z&\-]{1,15}(?:\s[A-Za-z]{2,12})?)\s*[,']?\s*"
    r"((?:19|20)\d\d)\s*[.;；。]?\s*$"
)


_ENDS = (".", ";", ":", "!", "?", ")", "；", "。", "：", "|")
_QUOTED_AFTER_NAMES = lazy_re(r'^[^"“”]{2,120}[,.]\s*["“][^"“”]{4,}["”]$')


def follow_venue_tailed_titles(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page that lists papers as "Title. VENUE, YEAR" (a venue a list knows) at least
    CITED_LINES times names each such title, however the model rates a title in sentence case
    ("Translating phrases in NMT. EMNLP,2017;"). Returns how many titles it named."""
    from papercli.importers.digest.candidates import names_lead_of, tidy
    from papercli.importers.digest.references import names_only, read_reference
    from papercli.importers.venues import PREPRINTS, find_venue_year

    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or len(line.text) > MAX_REFERENCE or line.spans:
            continue
        match = _VENUE_TAILED.match(strip_number(line.text.strip())[0])
        if match is None or ". " in match.group(1) or not match.group(1)[:1].isupper():
            continue  # (names, then the title: a reference, which another rule reads)
        if _QUOTED_AFTER_NAMES.match(match.group(1)):
            continue  # 'Zhang et al., "Title", IJCAI, 2018': names, then the quoted title
        if names_lead_of(match.group(0)) is not None:
            continue  # "Dan Klein and Christopher Manning: Title, ACL 2003.": names first
        if i and not line.first and not lines[i - 1].text.rstrip().endswith(_ENDS):
            continue  # "Finding Security Vulnerabilities in" / "Java Applications …. VENUE"
        venue, year = find_venue_year(f"{match.group(2)} {match.group(3)}")
        title = tidy(match.group(1))
        if venue is None or venue in PREPRINTS or year is None:
            continue
        if len(title.split()) < 3 or never_title(title) or names_only(title):
            continue
        if "," in title and names_only(title.rsplit(",", 1)[1].strip(" .")):
            continue  # "Title, Quill et al., KDD 2016": names between (another rule's layout)
        cited = read_reference(strip_number(line.text.strip())[0]) if "," in title else None
        if cited is not None and cited.names and not cited.bare:
            continue  # "Karen Simonyan and Andrew Zisserman, Title, ICLR, 2015": names first
        found.append((i, title))
    if len(found) < CITED_LINES:
        return 0
    for i, title in found:
        cand = _cut_of(scored[i], i, title, "before_venue")
        _name_over_row(cand, scored[i], accept)
    return len(found)


def follow_dated_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that lists papers as "Title (2000). A, B, and C, @Host" at least CITED_LINES
    times names each such title (an entry may have no authors: "Title (2015), @Springer").
    Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import names_only

    found: list[tuple[int, str, str]] = []
    authored = 0
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or len(line.text) > MAX_REFERENCE:
            continue
        match = _DATED_TITLE.match(strip_number(line.text.strip())[0])
        if match is None:
            continue
        title, names = tidy(match.group(1)), match.group(3).strip(" ,.")
        surname = re.fullmatch(r"[A-Z][\w'’\-]+", names) is not None  # "Quinlan"
        if len(title.split()) < 3 or never_title(title):
            continue
        if names and not (surname or names_only(names)):
            continue
        authored += bool(names)
        found.append((i, title, names))
    if authored < CITED_LINES:
        return 0
    for i, title, names in found:
        cand = _cut_of(scored[i], i, title, "dated")
        cand.rest, cand.how = names, cand.how | {"dated"}
        _name_over_row(cand, scored[i], max(accept, LABELLED_SCORE))  # the layout vouches
    return len(found)


# a conference program's row as a scheduling site flattens it: "14:00 10mTalk | TitleICPCICPC
# Full paper Research Track Names …", the title glued to its track's badge, written twice
_PROGRAM_ROW = lazy_re(
    r"^\d{1,2}:\d\d\s+\d{1,3}m\s?(?:Talk|Paper|Presentation|Demonstration|Poster)\s*\|\s*"
    r"(?P<title>\S.{6,300}?)(?P<track>[A-Z][A-Za-z&\-]{1,15})(?P=track)\s+"
    r"(?P<rest>(?:Full|Short|Long|Journal[- ]first|Industry|Tool|Demo|Research|Technical|"
    r"Registered|New\s+Ideas|Paper|Poster|Early|Artifact|Experience|Vision|Doctoral)\b.*)$",
)
PROGRAM_ROWS = 2  # such rows, at least, for a page to be such a program


def follow_program_rows(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A conference program flattened to rows ("14:00 10mTalk | TitleICPCICPC Full paper
    Research Track …"), at least PROGRAM_ROWS of them, names each row's title, its track
    (the conference) after it. Returns how many titles it named."""
    rows = []
    for i, line in enumerate(lines):
        found = _PROGRAM_ROW.match(line.text) if len(line.text) <= 2000 else None
        if found is not None and not never_title(found.group("title")):
            rows.append(
                (i, found.group("title").strip(), f"{found.group('track')} " + found.group("rest"))
            )
    if len(rows) < PROGRAM_ROWS:
        return 0
    return _name_rows(scored, rows, "program_row", max(accept, LABELLED_SCORE))


YEAR_TAILED_LINES = 6  # "Title (1981)" lines, at least, for a page to be a list of them
YEAR_TAILED_FLOOR = 0.25  # such a line's title needs this much of the model
# "Title (1981)", "Title [alternative PDF] (1992)", "Title (2012; Section 2 Only)": the whole line
_YEAR_TAILED = lazy_re(
    r"^(\S.{6,300}?)\s*(?:\[[^\[\]]{1,30}\]\s*)?[(（]((?:19|20)\d\d)(?:[;,][^()（）]{0,40})?[)）]$"
)
# a reading label inside a flattened table row: "Tu 9/2 Relational Roots Background: Title",
# "Background: (no summary): Title"
_READING_LABEL = lazy_re(
    r"\b(?:optional|background|required|recommended)(?:\s+readings?)?\s*:\s*"
    r"(?:\([^()]{1,20}\)\s*:\s*)?(?=\S)",
    re.IGNORECASE,
)


def _label_in_link(line: Line, head: str, rest: str) -> bool:
    """Whether a reading label's HEAD ("No Training Required:") and the start of the REST after
    it lie inside one link's text on LINE: the title's own words, no label of a reading ("[No
    Training Required: Exploring Random Encoders … (2019)](…)")."""
    start = head.strip()
    first = rest.split(" ", 1)[0]
    return any(
        start in text and text.find(first, text.find(start) + len(start)) > 0
        for text in line.span_texts("link")
    )


def follow_year_tailed_titles(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page that lists at least YEAR_TAILED_LINES readings as "Title (1981)", each alone on
    its line (a course's reading list, "Optional: Title (1985)"), half of them titled so by
    the model, titles them all so (the others when the model gives them YEAR_TAILED_FLOOR), cuts
    a title after its reading label where a flattened table glued the row's date and topic
    before it. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy, without_link_labels

    found: list[tuple[int, str, bool]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or len(line.text) > MAX_REFERENCE:
            continue
        text = strip_number(line.text.strip())[0]
        label = TITLE_LABEL.match(text)
        row_labels = None if label else list(_READING_LABEL.finditer(text[:120]))
        if row_labels and _label_in_link(
            line, text[: row_labels[-1].end()], text[row_labels[-1].end() :].strip()
        ):
            row_labels = None  # "[No Training Required: Exploring …](…)": the title's words
        if label:
            text = text[label.end() :].strip()
        elif row_labels:
            text = text[row_labels[-1].end() :]
        match = _YEAR_TAILED.match(text)
        if match is None:
            continue
        title = tidy(match.group(1))
        linked = next(
            (
                c.text
                for c in scored[i]
                if {"link", "before_dash"} <= c.how and title.startswith(c.text + " ")
            ),
            None,
        )
        if linked is not None:
            title = linked  # "[Title](…) - This paper introduces …. (2013)": a remark after it
        if len(title.split()) < 3 or never_title(title):
            continue
        found.append((i, title, bool(row_labels)))  # (glued after a flattened row's head)
    sure = 0  # lines whose title the model gives, a link label or glued row head aside
    for i, title, _ in found:
        best = max(scored[i], key=lambda c: c.score, default=None)
        if best is not None and best.score >= accept:
            sure += without_link_labels(best.text).endswith(title)
    if len(found) < YEAR_TAILED_LINES or 2 * sure < len(found):
        return 0
    raised = 0
    for i, title, glued in found:
        # the model's say on the title, with a link label after it or without
        said = max(
            (c.score for c in scored[i] if without_link_labels(c.text) == title), default=0.0
        )
        cand = _cut_of(scored[i], i, title, "dated")
        if not glued and said < YEAR_TAILED_FLOOR:
            continue
        _name_over_row(cand, scored[i], max(accept, LABELLED_SCORE))  # the layout vouches
        raised += 1
    return raised


# "* Title, 2020 [[paper]](…)", "* Title, Bo Xu, 2019 [[pdf]](…)", "* Title, ICASSP 2020 [[…":
# a list entry's title, maybe a name or two and where it came out, its year, then link labels
_COMMA_DATED = lazy_re(
    r"^(\S.{6,300}?),\s*(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){1,3}(?: et al\.?)?,\s*)?"
    r"(?:[A-Za-z][\w\-]{1,20}(?: [A-Za-z][\w\-]{1,20}){0,2}\s+)?"
    r"(?:19|20)\d\d\s*\[\[?[^\[\]]{1,30}\]"
)
COMMA_DATED_LINES = 6  # such list entries, at least, for a page to be a list of them
COMMA_DATED_FLOOR = 0.02  # such an entry's title needs this much of the model


def follow_comma_dated_titles(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page that lists at least COMMA_DATED_LINES entries as "Title, 2020 [[paper]](…)"
    (names or a venue may stand before the year), half of them titled so by the model, titles
    them all so. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy

    found: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        if line.kind != "item" or len(line.text) > MAX_REFERENCE:
            continue
        match = _COMMA_DATED.match(line.text.strip())
        if match is not None and len(match.group(1).split()) >= 3:
            found.append((i, tidy(match.group(1))))
    sure = 0  # entries whose title the model gives
    for i, title in found:
        best = max(scored[i], key=lambda c: c.score, default=None)
        sure += best is not None and best.score >= accept and best.text == title
    if len(found) < COMMA_DATED_LINES or 2 * sure < len(found):
        return 0
    raised = 0
    for i, title in found:
        said = max((c.score for c in scored[i] if c.text == title), default=0.0)
        if said < COMMA_DATED_FLOOR or never_title(title):
            continue
        cand = _cut_of(scored[i], i, title, "dated")
        _name_over_row(cand, scored[i], max(accept, LABELLED_SCORE))  # the layout vouches
        raised += 1
    return raised


TITLE_RUN = 8  # plain lines in a row, at least, for a run of them to be a list of bare titles
TITLE_RUN_SHARE = 2 / 3  # of a run's lines, titled on their whole text by the model
TITLE_RUN_FLOOR = 0.25  # a run's other line needs this much of the model
_SENTENCE_INSIDE = lazy_re(r"[.!?。！？]\s+\S|[。！？]")


def follow_title_runs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A run of at least TITLE_RUN plain lines in a row, two thirds of them titled on their
    whole text (a list pasted without markup: "Hints for Computer System Design" /
    "an exercise in distributed computing" / …), titles its other lines on their whole text
    when the model gives it TITLE_RUN_FLOOR, unless they are names or sentences. Returns how
    many titles it named."""
    from papercli.importers.digest.features import looks_like_names

    raised = 0
    start = 0
    while start < len(lines):
        end = start
        while (
            end < len(lines)
            and lines[end].kind == "line"
            and lines[end].depth == lines[start].depth
        ):
            end += 1
        run = list(range(start, end))
        start = max(end, start + 1)
        if len(run) >= TITLE_RUN:
            # (the run's first line may be its heading: "Hall of Fame list")
            raised += _title_the_rest(
                scored,
                run,
                run[1:],
                accept,
                TITLE_RUN_FLOOR,
                lambda text: looks_like_names(text[:400]) >= 0.5,
            )
    return raised


def _title_the_rest(
    scored: list[list[Candidate]],
    run: list[int],
    raisable: list[int],
    accept: float,
    floor: float,
    unfit: Callable[[str], bool],
) -> int:
    """When two thirds of the lines of RUN are titled on their whole text, names the whole
    text of each other line of RAISABLE that the model gives FLOOR a title, unless it has
    fewer than two words or more than 25, holds a sentence or is UNFIT. Returns how many it
    named."""
    whole = {i: next((c for c in scored[i] if "whole" in c.how), None) for i in run}
    titled = {
        i
        for i in run
        if (cand := whole[i]) is not None
        and cand.score >= accept
        and cand.score >= max(c.score for c in scored[i])
    }
    if len(titled) < TITLE_RUN_SHARE * len(run):
        return 0
    raised = 0
    for i in raisable:
        cand = whole[i]
        if i in titled or cand is None or cand.score < floor:
            continue
        if not 2 <= len(cand.text.split()) <= 25 or _SENTENCE_INSIDE.search(cand.text):
            continue
        if unfit(cand.text):
            continue
        _name_over_row(cand, scored[i], accept)
        raised += 1
    return raised


ITEM_RUN = 6  # items of one list level, at least, for them to be a list of titles
ITEM_RUN_BARE = 3  # bare ones titled among them, at least, where links make up the rest
ITEM_RUN_FLOOR = 0.1  # such an item's title needs this much of the model


def follow_item_runs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """The items of one list level under one parent (a reading list's papers under its topic
    items), at least ITEM_RUN of them and each its bare text (no link, no sentence), two
    thirds titled on their whole text by the model: the others are titles too when the model
    gives them ITEM_RUN_FLOOR, unless they are names. Returns how many titles it named."""
    from papercli.importers.digest.references import names_only

    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    linked: dict[tuple[int, int], list[int]] = defaultdict(list)
    parent = {0: -1}  # the last item seen at each depth
    for i, line in enumerate(lines):
        if line.kind == "heading":
            parent = {0: i}
        if line.kind != "item" or not line.first:
            continue
        parent[line.depth] = i
        for deeper in [d for d in parent if d > line.depth]:
            del parent[deeper]
        level = (parent.get(line.depth - 1, -1), line.depth)
        if not line.urls and not line.spans and len(line.text) <= 300:
            groups[level].append(i)
        elif any(c.how >= {"link", "whole"} for c in scored[i]):
            linked[level].append(i)  # "- [Title](notes.md)": a title the link is all of
    return sum(
        _title_the_rest(
            scored,
            # (a short run's linked titles count as its titles)
            items if len(items) >= ITEM_RUN else sorted(items + linked[level]),
            items,
            accept,
            ITEM_RUN_FLOOR,
            lambda text: names_only(text[:400]) or never_title(text),
        )
        for level, items in groups.items()
        if len(items) >= ITEM_RUN
        or (
            len(items) + len(linked[level]) >= ITEM_RUN
            and all(k + 1 == len(lines) or lines[k + 1].kind != "line" for k in items)
            and _mostly_titled(scored, items, accept)
        )  # ("* Build a partition …" / "  … :" / "  `Title <…>`_": a sentence over its link)
    )


def follow_heading_runs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """The bare headings of one level ("# Title" over each paper's notes), at least ITEM_RUN
    of them, two thirds titled on their whole text by the model: the others are titles too
    when the model gives them ITEM_RUN_FLOOR, unless they are names. Returns how many titles
    it named."""
    levels: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind == "heading" and not line.urls and not line.spans and len(line.text) <= 300:
            levels[line.depth].append(i)
    named = 0
    for heads in levels.values():
        if len(heads) < ITEM_RUN:
            continue
        titled = [lines[i].text for i in heads if any(c.score >= accept for c in scored[i])]
        capitalised = 2 * sum(map(_capitalised, titled)) > len(titled)
        # ("### Reinforcement learning for card play" among "### Title Case Titles": a topic)
        named += _title_the_rest(
            scored,
            heads,
            heads,
            accept,
            ITEM_RUN_FLOOR,
            functools.partial(_unfit_heading, capitalised=capitalised),
        )
    return named


def _unfit_heading(text: str, capitalised: bool) -> bool:
    """Whether TEXT, a heading among titled ones, is names, never a title, or written in
    sentence case where they are CAPITALISED."""
    from papercli.importers.digest.references import names_only

    return names_only(text[:400]) or never_title(text) or (capitalised and not _capitalised(text))


def _capitalised(text: str) -> bool:
    """Whether TEXT is written in title case: its longer words, two thirds at least, capitalised."""
    words = [word for word in text.split() if len(word) >= 4 and word[:1].isalpha()]
    return 3 * sum(word[0].isupper() for word in words) >= 2 * len(words)


def _mostly_titled(scored: list[list[Candidate]], items: list[int], accept: float) -> bool:
    """Whether ITEM_RUN_BARE of ITEMS or more, and half of them, are titled on their whole text
    by the model."""
    titled = sum(any("whole" in c.how and c.score >= accept for c in scored[i]) for i in items)
    return titled >= ITEM_RUN_BARE and 2 * titled >= len(items)


NAMES_HEADERS = 2  # "2014: A, B and C" over a title, this often on a page
HEADED_FLOOR = 0.1  # a title under such a header needs this much of the model


def follow_names_headers(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A page that puts a dated header naming a paper's authors right above each title
    ("2020 (For ISCA 2005): A, B, C" / "Title.", "2014: Maged M. Michael" / "(for 2004)
    Title"), at least NAMES_HEADERS times, names each line below such a header a title, its
    best candidate of two words or more, unless more headers sit under such a line than over
    one (the names then follow their titles). Returns how many titles it named."""
    headers = {i for i, line in enumerate(lines) if names_header(line.text) is not None}
    found: list[tuple[int, Candidate]] = []
    for i in sorted(h + 1 for h in headers):
        if not _headed_line(lines, scored, i, headers):
            continue
        row = [c for c in scored[i] if len(c.text.split()) >= 2 and not never_title(c.text)]
        found.append((i, max(row, key=lambda c: c.score)))
    if len(found) < NAMES_HEADERS:
        return 0
    below = sum(_headed_line(lines, scored, i - 1, headers) for i in headers)
    if below > sum(_headed_line(lines, scored, i + 1, headers) for i in headers):
        return 0  # "Title" / "2019: A, B" throughout: the names are below their titles
    for i, cand in found:
        _name_over_row(cand, scored[i], accept)
        cand.how = cand.how | {"headed"}  # the fields read the header over it
    return len(found)


def _headed_line(
    lines: list[Line], scored: list[list[Candidate]], index: int, headers: set[int]
) -> bool:
    """Whether the line at INDEX, none of the HEADERS, may be a title under (or over) a dated
    names header."""
    if not 0 <= index < len(lines) or lines[index].kind not in ("line", "item"):
        return False
    if index in headers:
        return False
    row = [c for c in scored[index] if len(c.text.split()) >= 2 and not never_title(c.text)]
    return max((c.score for c in row), default=0.0) >= HEADED_FLOOR


# "2020 (For ISCA 2005): Rakesh Kumar, Victor V. Zyuban, Dean M. Tullsen": the award's year,
# the paper's venue and year in brackets, its authors
_NAMES_HEADER = lazy_re(
    r"^\W{0,3}(?:19|20)\d\d\s*(?:[(（]([^()（）]{2,40})[)）])?\s*[:：]\s*(\S.{2,600})$"
)


def names_header(text: str) -> tuple[list[str], str] | None:
    """The authors a dated header names and what it says in brackets ("For ISCA 2005"), if
    TEXT is one."""
    from papercli.importers.names import read_name_list

    match = _NAMES_HEADER.match(text.strip())
    if match is None:
        return None
    names, share = read_name_list(match.group(2))
    return (names, match.group(1) or "") if names and share >= 0.85 else None


# "Nature 521.7553 (2015): 436-444", "Proc. ICML, pp. 1-9": where a reference was printed
_IN_PRINT = lazy_re(
    r"\b\d{1,4}\s*[.(]\s*\d{1,4}\)?\s*(?:\((?:19|20)\d\d\))?\s*:\s*\d+\s*[-–]\s*\d+|\bpp\.\s*\d+"
)


_DESCRIBED = lazy_re(r"^(.{6,300}):\s+(\S.{20,600}[.!?])$")
_DESCRIBED_AFTER_DASH = lazy_re(r"^(.{6,300}?)\s+[–—-]{1,2}\s+(\S.{20,600}[.!?])$")


def follow_described_items(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A list whose items are "Title: a sentence about it." or "Title — a sentence about it."
    (the title may hold colons of its own: "RoFormer: Enhanced Transformer with ...: Rotary
    positions stabilize attention."), at least CITED_LINES times, names each item's title: its
    cut before the colon or dash that starts the sentence. Returns how many were raised to
    ACCEPT."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.features import looks_like_names

    described: list[tuple[Candidate, float]] = []
    for i, line in enumerate(lines):
        # a list item, or a line led by an emoji as a bullet ("🔬 Title — what it finds")
        bulleted = line.kind == "line" and _EMOJI_BULLET.match(line.text) is not None
        if not ((line.kind == "item" and line.first) or bulleted) or not scored[i]:
            continue
        text = strip_number(line.text.strip())[0]
        dashed = _DESCRIBED_AFTER_DASH.match(text)
        if dashed is not None and not _sentence_case(dashed.group(1)):
            match: re.Match[str] | None = dashed  # "Name: Title Words — a sentence."
        else:
            match = _DESCRIBED.match(text) or dashed
        if match is None:
            continue
        head, sentence = match.groups()
        if not _sentence_case(sentence) or len(sentence.split()) < 6:
            continue
        if len(head.split()) > 30 or looks_like_names(head) >= 0.85:
            continue
        title = tidy(head)
        bare = title.lstrip("<[(*_ ")
        if any(
            c.how & {"link", "bold", "quoted"}
            and c.text.startswith(bare)
            and len(c.text) > len(bare)
            for c in scored[i]
        ):
            continue  # "<[Title: its subtitle](…)> by …": the link holds the colon, no sentence
        cut = [c for c in scored[i] if c.text == title and c.score >= CUE_FLOOR]
        if cut:
            described.append((cut[0], max(c.score for c in scored[i])))
    if len(described) < CITED_LINES:
        return 0
    for cand, top in described:  # above the line's other cuts ("Title: Sentence" whole)
        cand.score = max(cand.score, accept, min(1.0, top + 0.001))
    return len(described)


BLURB_PAIRS = 4  # a page of this many "Title" / "A sentence about it." line pairs
BLURB_FLOOR = 0.25


def follow_titles_over_blurbs(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page of plain lines that pair a title with a sentence about it ("Factorization
    Machines" / "General predictor combining ... in linear time."), at least BLURB_PAIRS
    times and half of them already titled, names the title of each pair the model half
    believes; the sentence about it is never a title. Returns how many were raised."""
    pairs: list[int] = []
    for i in range(len(lines) - 1):
        head, blurb = lines[i], lines[i + 1]
        if head.kind != "line" or blurb.kind != "line" or not scored[i] or head.spans:
            continue
        if i == 0 and max(c.score for c in scored[i]) < BLURB_FLOOR:
            continue  # the page's own title over its subtitle, no paper's
        words = head.text.split()
        if not 1 <= len(words) <= 20 or head.text.rstrip().endswith((".", "。", ":", "：")):
            continue
        sentence = blurb.text.strip()
        if any("before_names" in c.how and c.score >= accept for c in scored[i + 1]):
            continue  # "Title. Kwak, H., et al. SIGCHI’11.": a citation of its own, no blurb
        if (
            len(sentence.split()) >= 6
            and sentence.endswith((".", "。"))
            and _sentence_case(sentence)
        ):
            pairs.append(i)
    titled = sum(max(c.score for c in scored[i]) >= accept for i in pairs)
    if len(pairs) < BLURB_PAIRS or 2 * titled < len(pairs):
        return 0
    raised = 0
    for i in pairs:
        whole = next((c for c in scored[i] if "whole" in c.how), None)
        top = max(scored[i], key=lambda c: c.score)
        if top.score < accept and whole is not None and whole.score >= BLURB_FLOOR:
            _name_over_row(whole, scored[i], accept)
            raised += 1
        scored[i + 1] = []  # the sentence about it
    return raised


CITED_LINES = 3  # a page of at least this many national-style citations reads them all
RUN_LINES = 4  # a run of this many lines led by one emoji is a list
RUN_FLOOR = 0.07  # below this the model says a run's line is no title at all


def follow_emoji_runs(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A run of at least RUN_LINES lines, each led by the same emoji ("🗞️ Title"), at least
    half of them titled by the model, is a list of titles: each other line's whole text is its
    title, unless it reads as a sentence or the model gives it nearly nothing. Returns how many
    were raised to ACCEPT."""
    runs: list[list[int]] = []
    for i, line in enumerate(lines):
        lead = _EMOJI_BULLET.match(line.text) if line.kind == "line" else None
        mark = lead.group(0)[:-1].strip() if lead else ""
        if not mark:
            continue
        run = runs[-1] if runs else []
        if run and run[-1] == i - 1 and lines[run[-1]].text.lstrip().startswith(mark):
            run.append(i)
        else:
            runs.append([i])
    raised = 0
    for run in runs:
        titled = [i for i in run if scored[i] and max(c.score for c in scored[i]) >= accept]
        if len(run) < RUN_LINES or 2 * len(titled) < len(run):
            continue
        for i in run:
            whole = [c for c in scored[i] if "whole" in c.how]
            if i in titled or not whole or whole[0].score < RUN_FLOOR:
                continue
            text = whole[0].text
            if never_title(text) or _SENTENCE_END.search(text) or len(text.split()) < 3:
                continue
            _name_over_row(whole[0], scored[i], accept)
            raised += 1
    return raised


_EMOJI_BULLET = lazy_re(r"^\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*\S")


# a title an award's or a program's label names is as sure as this: the label says it is a
# paper's, so it needs no other voucher on a short page
LABELLED_SCORE = 0.8
# "Best Paper Award: Title", "Outstanding Paper 1: Title", "Honorable Mention: Title"
# "Best Paper Award: Title", "Douglas Engelbart Best Paper Award: Title" (an award named after
# someone), "Second place: Title"
_AWARD_LABEL = lazy_re(
    r"^\W{0,3}((?:[A-Z][a-z][\w'’-]*\s+){2,3})?(?:"
    + AWARD_NAME
    + "|"
    + PRESENTED
    + r"|(?:first|second|third|1st|2nd|3rd)\s+place)\W{0,2}\s*[:：]\s*(\S.{8,})$",
    re.IGNORECASE,
)


_QUOTE_OR_BREAK = lazy_re(r"[\"“”《》「」]|[.!?]\s+\S|,\s+by\s+[A-Z]")


def follow_award_labels(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A line an award's name labels ("Outstanding Paper 1: Title") names its paper by the
    rest of the line, or the rest before its names ("Award: Title, A and B"), whatever the
    model makes of it. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import one_full_name

    named = 0
    for i, (line, row) in enumerate(zip(lines, scored, strict=True)):
        last_cell = line.text.rpartition("|")[2]  # "| 11:20 AM | Spotlight Paper: Title"
        label = _AWARD_LABEL.match(last_cell.strip()) if len(line.text) <= 400 else None
        if label is None:
            continue
        if label.group(1) and not one_full_name(label.group(1).strip()):
            continue  # "Cribbage Test of Time Award: Nominations Open": not named after someone
        if _QUOTE_OR_BREAK.search(label.group(2)):
            continue  # 'Award: "Title" (authors: ...) proposes ...', "Award: Title, by A":
            # the quotes or the names' lines name it
        rest = tidy(label.group(2))
        names = _title_comma_names(rest)  # "Award: Title, A and B": the title before its names
        if names and names_only(names[1].rstrip(" .")):
            rest = tidy(names[0])
        same = [c for c in row if c.text == rest]
        if names and not same and rest:
            same = [_cut_of(row, i, rest, "award_label")]
            same[0].rest = names[1]
        if same and len(rest.split()) >= 3 and not never_title(rest) and rest[:1].isupper():
            _name_over_row(same[0], row, max(accept, LABELLED_SCORE))
            named += 1
    return named


# "The Test of Time Award goes to *Title* by A, B, and C.": an award, its paper, its authors
_AWARD_IN_LINE = lazy_re(AWARD_NAME, re.IGNORECASE)
_BY_NAMES = lazy_re(r"^\W{0,2}\s*by\s+([^.;()]{3,300})")


def follow_awarded_marks(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A line that names an award and marks a span followed by "by" and a list of names ("…
    Award goes to *Title* by A, B, and C.") names that span its paper. Returns how many."""
    from papercli.importers.digest.references import names_only

    named = 0
    for line, row in zip(lines, scored, strict=True):
        if not row or len(line.text) > 600 or not _AWARD_IN_LINE.search(line.text):
            continue
        if max(c.score for c in row) >= accept:
            continue
        for cand in row:
            by = _BY_NAMES.match(cand.rest) if cand.how & _MARKED else None
            if by is None or len(cand.text.split()) < 3 or never_title(cand.text):
                continue
            if names_only(by.group(1).strip()):
                _name_over_row(cand, row, accept)
                named += 1
                break
    return named


def follow_awarded_titles(scored: list[list[Candidate]], accept: float) -> int:
    """An award sentence's title ("… went to A and B for their paper Title words.") names
    the line's paper, whatever its style; so does a quoted title a Chinese sentence calls a
    paper ("“Visual Chirality”(视觉手性)论文荣获……"). Returns how many titles it named."""
    named = 0
    for row in scored:
        for cand in row:
            awarded = "awarded" in cand.how and len(cand.text.split()) >= 3
            if (awarded or "called_paper" in cand.how) and not never_title(cand.text):
                _name_over_row(cand, row, accept)
                named += 1
    return named


def follow_stated_titles(scored: list[list[Candidate]], accept: float) -> int:
    """Titles the page states as titles, whatever the model makes of their style: a line
    that is an arXiv page's tab title ("[2406.13770] Elliptical Attention"), the value of a
    table row keyed as a title ("| **标题** | Title |"), and, on a page of at least
    CITED_LINES references in the national style ("Names. Title[J]. Journal, 2001"), each
    cited title (a bracketed document type is said of papers, books and theses only).
    Returns how many were raised to ACCEPT."""
    stated = [c for row in scored for c in row if c.how & {"arxiv_tab", "labelled_cell"}]
    cited = [c for row in scored for c in row if "cited" in c.how]
    if len(cited) >= CITED_LINES:
        stated += cited
    for cand in stated:
        cand.score = max(cand.score, accept)
    return len(stated)


DOUBTED_ID_FLOOR = 0.4  # a title the model doubts this little, its paper identified, is one


def follow_identified_doubts(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A line whose best candidate the model gives DOUBTED_ID_FLOOR but not ACCEPT names its
    paper when its record holds a paper identifier (measured on the pages read: such titles
    were right seven times in eight). Returns how many it named."""
    named = 0
    for i, row in enumerate(scored):
        if not row or lines[i].kind == "heading":
            continue
        top = max(row, key=lambda c: c.score)
        if not DOUBTED_ID_FLOOR <= top.score < accept or len(top.text.split()) < 2:
            continue
        if never_title(top.text) or not _identified_nearby(lines, i):
            continue
        if "link" in top.how and resource_word(top.text):
            continue  # "[Open DOI](https://doi.org/…)": a card's button to the paper above
        if "quoted" in top.how:
            continue  # '“I just stopped …”: Motivations, …': a quoted head, maybe not all
        _name_over_row(top, row, accept)
        top.how = top.how | {"identified_doubt"}
        named += 1
    return named


def follow_identified_heading_runs(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Headings of one shape, IDENTIFIED_HEADINGS or more, each holding its paper's
    identifier and its best candidate cut the same way ("## 3. `cs.AI` - Title [PDF](arxiv…),
    [HTML](…)", a daily arXiv bot's entries, their titles machine-translated): each such
    candidate is its heading's title, however little the model thinks of it (a translation
    scores low). Returns how many titles it named."""
    from papercli.importers.digest.features import names_paper_id, signature

    groups: dict[tuple[object, ...], list[tuple[int, Candidate]]] = {}
    for i, line in enumerate(lines):
        if line.kind != "heading" or not scored[i] or not names_paper_id(line):
            continue
        top = max(scored[i], key=lambda c: c.score)
        shape: object = frozenset(top.how)
        if not any(_PAPER_PAGE.match(url) for url in line.urls):
            if not _id_then_title(line, top):
                continue  # ("## 2104.04517 Title 中文译名": an id written out, a title cut)
            shape = "id_then_title"  # (the title's own colon or none: one shape still)
        groups.setdefault((signature(line), shape), []).append((i, top))
    named = 0
    for tops in groups.values():
        if len(tops) < IDENTIFIED_HEADINGS:
            continue
        for i, top in tops:
            if (
                top.score >= accept
                or never_title(top.text)
                or _only_link_words(top.text)
                or _LINK_WORDS_END.fullmatch(top.text)  # ("[Paper] [leaderboard]": labels)
            ):
                continue
            named += 1
            _name_over_row(top, scored[i], accept)
    return named


_ID_LEAD = lazy_re(r"^\d{4}\.\d{4,5}(?:v\d{1,2})?\s+(?=\S)")


def _id_then_title(line: Line, top: Candidate) -> bool:
    """Whether LINE is an arXiv id written out, then TOP and nothing else ("# 2103.04350
    Syntax-BERT: …", a reading diary's heading for each paper)."""
    lead = _ID_LEAD.match(line.text)
    return (
        lead is not None
        and line.text[lead.end() :].strip() == top.text
        and not CJK_CHAR.search(top.text)
    )


def _identified_nearby(lines: list[Line], index: int) -> bool:
    """Whether the line's record holds a paper identifier: its table row, or the line and the
    lines after it up to the next line of its shape."""
    from papercli.importers.digest.features import names_paper_id, signature

    line = lines[index]
    if line.kind == "cell":
        near = [ln for ln in lines[max(0, index - 8) : index + 8] if ln.row == line.row]
    else:
        near = [line]
        for other in lines[index + 1 : index + 6]:
            if signature(other) == signature(line) or other.kind == "heading":
                break
            near.append(other)
    return any(names_paper_id(ln) for ln in near)


def _before_its_fields(top: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line that runs into another field's label ("Title title : 译名 …") gives the
    title before the label."""
    for cand in row:
        if "before_field" in cand.how and top.text.startswith(cand.text):
            return cand
    return top


NOTE_MARGIN = 0.1


def _without_note_name(top: Candidate, row: list[Candidate], line: Line) -> Candidate:
    """A title led by the link to a reader's note on it, named by its nickname
    ("[AttentionNet](detection/AttentionNet.md) AttentionNet: Title"): the title without the
    nickname, when the model rates the two alike."""
    from papercli.importers.digest.candidates import note_link

    first = line.spans[0] if line.spans else None
    if first is None or first.start > 2 or not note_link(first):
        return top
    name = line.text[first.start : first.end].strip()
    if not top.text.startswith(name + " "):
        return top
    rest = top.text[len(name) :].strip().lstrip("|｜ ")
    for cand in row:
        if cand.text == rest and cand.score >= top.score - NOTE_MARGIN:
            cand.score = max(cand.score, top.score)
            return cand
    return top


def _after_venue_bar(top: Candidate, row: list[Candidate]) -> Candidate:
    """The title after a venue and year and a bar ("### NeurIPS 20 | Title"), as sure as the
    whole line: where it appeared is no part of it."""
    from papercli.importers.digest.fields import venue_year

    lead = _VENUE_BAR_LEAD.match(top.text) if "whole" in top.how else None
    if lead is None or venue_year(lead.group(1))[0] is None:
        return top
    for cand in row:
        if "pipe_part" in cand.how and cand.text == top.text[lead.end() :]:
            cand.score = max(cand.score, top.score)
            return cand
    return top


# "NeurIPS 20 | ", "TPAMI 2026 ｜ ": a venue's short name and its year before a bar
_VENUE_BAR_LEAD = lazy_re(r"([A-Z][A-Za-z\-]{1,11}\s*['’]?\s*(?:19|20)?\d\d)\s*[|｜]\s*")


def _after_its_tag(top: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line that is a list's tag and a title in bare brackets ("`ICLR` [Title]") gives
    the title, as sure as the line."""
    for cand in row:
        if "after_tag" in cand.how and cand.text in top.text:
            cand.score = max(cand.score, top.score)
            return cand
    return top


NAMED_MARGIN = 0.05  # "Rainbow: Title" this close below "Title" is the title as written


def _with_its_name(top: Candidate | None, row: list[Candidate], text: str) -> Candidate | None:
    """The title "Rainbow: Combining Improvements …" over "Combining Improvements …" when the
    model rates the two alike and the name opens the line TEXT: a method's name before a colon
    opens the title (after a list of names, "…, Peter Stone: Title", it is the last author's)."""
    if top is None:
        return None
    for cand in row:
        if (
            "colon_span" in cand.how
            and cand.text.endswith(": " + top.text)
            and cand.score >= top.score - NAMED_MARGIN
            and len(cand.text) - len(top.text) <= 32
            and 0 <= text.find(cand.text) <= 6
        ):
            return cand
    return top


# "Video: Title", "Slides: Title": a resource's label before the title, never part of it
_RESOURCE_LEAD = lazy_re(
    r"^\W{0,3}(?:video|slides?|github|blog|demo|code|project\s+page|website|homepage)\s*[:：]\s*\S",
    re.IGNORECASE,
)


# a table's header that names its title column: "Title", "标题 (Title)", "论文", "Paper" (not
# "name": a "Model name" column holds nicknames)
TITLE_COLUMN = lazy_re(r"title|paper|[标標][题題]|[论論]文|[题題]目", re.IGNORECASE)
# a header that is only the name of a column of titles ("Title", "论文", "論文名稱"), not
# "Job title", "Subtitle" or "论文链接"
TITLES_HEADER = lazy_re(
    r"(?:papers?|(?:paper\s+)?titles?|(?:paper\s+)?names?|[论論]文(?:[标標][题題]|[题題]目|名[称稱])?"
    r"|[题題]目|(?:英文)?[标標][题題]|文章(?:[标標][题題]|名[称稱])?|(?:参考)?文[献獻])",
    re.IGNORECASE,
)


def _one_title_per_row(lines: list[Line], best: list[Candidate | None]) -> None:
    """A table row is one paper: when several of its cells hold a title and the table's header
    names one of their columns the title's ("标题 (Title)"), the other named columns' cells
    hold none (a "Mechanism" cell, "Scale-wise (尺度递进)", is no second paper)."""
    rows: dict[int, list[int]] = defaultdict(list)
    for i, (line, cand) in enumerate(zip(lines, best, strict=True)):
        if cand is not None and line.kind == "cell":
            rows[line.row].append(i)
    for cells in rows.values():
        if len(cells) < 2:
            continue
        named = [i for i in cells if TITLE_COLUMN.search(lines[i].header)]
        if len(named) > 1:  # "Session Title" | "Title": the one named for titles alone
            alone = [i for i in named if titles_cell(lines[i])]
            named = alone if len(alone) == 1 else named
        if len(named) == 1:
            for i in cells:
                # (a cell under no header of its own continues the titles' column: "Papers
                # to present" spans "Paper 1 | Paper 2 | Paper 3")
                if i != named[0] and lines[i].header.strip():
                    best[i] = None


def _carry_resource_label(row: list[Candidate]) -> None:
    """The title after a resource's label ("Video: Title") is as sure as its whole line: the
    model rates the line, the label only says which link the line gives."""
    whole = next((c for c in row if "whole" in c.how and _RESOURCE_LEAD.match(c.text)), None)
    if whole is None:
        return
    for cand in row:
        if "after_label" in cand.how:
            cand.score = max(cand.score, whole.score)


# "[12] ", "[^3]: ": a numbered reference's or a footnote's mark, opening its line
_REFERENCE_MARK = lazy_re(r"^\s*\[\^?\d{1,4}\]:?\s")


def _remarked_titles(scored: list[list[Candidate]]) -> set[int]:
    """The lines whose best candidate is a title, a spaced colon and the reader's remark on it
    ("Attention is all you need. : Transformer", "… natural language : non-neural word
    representation (1)", "… Data : NLI 를 이용해서 학습"), when REMARKED_TITLES lines or more
    of the page are so written."""
    found = set()
    for i, row in enumerate(scored):
        top = max(row, key=lambda c: c.score, default=None)
        match = _SPACED_COLON_REMARK.match(top.text) if top is not None else None
        if match is None or len(match.group(1).split()) < REMARK_TITLE_WORDS:
            continue
        title, remark = match.group(1), match.group(2)
        if title.endswith(".") or _REMARK_MARK.search(remark):
            found.add(i)
    return found if len(found) >= REMARKED_TITLES else set()


def _before_remark(top: Candidate | None, row: list[Candidate]) -> Candidate | None:
    """TOP's part before its spaced colon, with TOP's score, where the row holds it."""
    match = _SPACED_COLON_REMARK.match(top.text) if top is not None else None
    if top is None or match is None:
        return top
    title = match.group(1).rstrip(".")
    before = next((c for c in row if c.text == title), None)
    if before is None:
        return top
    before.score = max(before.score, top.score)
    return before


# "Title. : Transformer": a title, then a colon with a space before it, then a short remark
_SPACED_COLON_REMARK = lazy_re(r"^(.{8,400}?\S)\s+:\s+(\S.{0,120})$")
# the remark's marks: "(1)", Korean, Chinese or Japanese words
_REMARK_MARK = lazy_re(r"\(\d{1,2}\)|[\uac00-\ud7af\u3040-\u30ff\u3400-\u9fff]")
REMARK_TITLE_WORDS = 3
REMARKED_TITLES = 3


def cut_records(lines: list[Line], scored: list[list[Candidate]], floor: float) -> list[Record]:
    """The records of the page: each line whose best candidate scores ≥ FLOOR starts one."""
    from papercli.importers.digest.features import signature

    best: list[Candidate | None] = []
    contents = table_of_contents(lines)
    keywords = keyword_items(lines)
    remarked = _remarked_titles(scored)
    for i, (line, row) in enumerate(zip(lines, scored, strict=True)):
        if (
            (FIELD_LABEL.match(line.text.strip()) and not _marked_entry_head(line))
            or i in contents
            or i in keywords
        ):
            row = []  # "TL;DR: ...", "Code: ...": a field of the record above, never a title
        elif names_colon(line) or _bold_name_over_names(line):
            row = []  # "A, B and C:" over its title: names, however the model cuts them
        elif award_intro(line.text) is not None:
            row = []  # "The winners of the 2004 Test-of-Time Paper Award are:"
        elif ";" in line.text and _SEMICOLON_TOPICS.fullmatch(line.text.strip()):
            row = []  # "dLoRA — Cluster-level Scheduling; I/O Optimization": however cut
        elif i + 1 < len(lines) and FOR_THEIR_PAPER.match(lines[i + 1].text):
            row = []  # "A, B and C" over "for their paper" over the title: the winners
        elif _PAPERS_COUNTED.search(line.text, max(0, len(line.text) - 20)):
            row = []  # "Database Engines(45篇)": a group of papers, counted
        _carry_resource_label(row)
        row = [
            c
            for c in row
            if not _never_this_title(c) and not _epigraph(c) and not _cited_pair(c, line.text)
        ]
        top = max(row, key=lambda c: (c.score, len(c.text)), default=None)
        top = _with_its_name(top, row, line.text)
        if i in remarked:
            top = _before_remark(top, row)
        if top is not None and "whole" in top.how:
            top = _after_its_tag(_before_its_fields(top, row), row)
            top = _without_lab(_after_cited_lead(top, row), row)
            if not _names_line_under(lines, i):  # (the names under it: its "by" is its own)
                top = _without_authors(top, row)
            top = _english_after_chinese(top, row)
        elif top is not None:
            top = _without_authors(top, row)  # "Title by A, B and C" before "(MIT Press, 2016)"
        if top is not None:
            top = _without_year(_without_venue(_without_note_name(top, row, line), row), row)
            top = _one_field(top, row, line.text)
            top = _after_names_sentence(_whole_marked_span(top, row), row)
            top = _before_names_sentence(top, row)
            top = _quoted_inside(top, row)
            top = _not_cut_open(top, row)
            top = _marked_before_names(top, row)
            top = _link_before_citation(top, row)
            top = _after_venue_bar(top, row)
        best.append(top if top is not None and top.score >= floor else None)
    _drop_template_outliers(lines, best)
    _one_title_per_row(lines, best)
    starts = [i for i, cand in enumerate(best) if cand is not None]
    titled = set(starts)
    starts = _drop_translations(lines, starts, best)
    named = {i for i in starts if over_labelled_title(lines, scored, i, floor)}
    named |= _headings_over_titles(lines, starts)
    named |= headings_over_references(lines, starts)
    named |= _sessions_over_linked_titles(lines, starts, best)
    named |= paper_sections(lines, starts)
    named |= items_over_titles(lines, starts)
    titled -= named  # "### 6. GPT" over "- Title: …" names the section of its paper
    starts = [i for i in starts if i not in named]
    records: list[Record] = []
    headings: list[tuple[int, str]] = []
    heading_at: list[list[str]] = []
    fielded = field_headings(lines)
    for i, line in enumerate(lines):
        if line.kind == "heading":
            # a heading that is a paper's own title (or its translation) names no section;
            # the page's table of contents neither
            name = "" if i in titled or i in contents else line.text.strip()
            # "#### Date: Mar 27", "#### Video: …": a lecture's fields; "### Best Papers" /
            # "### 2:00pm - 3:15pm (CET)": the session's time slot, no section of its own
            if i in fielded or _time_only(name):
                heading_at.append([h[1] for h in headings])
                continue
            headings = [h for h in headings if h[0] < line.depth] + [(line.depth, name)]
        heading_at.append([h[1] for h in headings])
    for k, start in enumerate(starts):
        limit = starts[k + 1] if k + 1 < len(starts) else len(lines)
        named_over = best[limit] if limit < len(lines) else None
        if named_over is not None and limit - 1 > start and names_in_paragraph(lines, named_over):
            limit -= 1  # "Zhang et al. (ICLR, 2018)" over the next title: that paper's names
        end = start + 1
        line = lines[start]
        in_item = not line.first and _block_is_item(lines, start)
        # a title on a paragraph's later line under the paragraph's own opening ("1.【ICLR-2017
        # GCN】" / "[Title](url)"): the paragraph that opens the same way and holds the next
        # title is the next entry
        head = None if line.first or in_item else block_start(lines, start, 7)
        opening = signature(lines[head]) if head is not None else None
        key = _DATA_KEY.match(lines[head].text) if head is not None else None
        if opening is not None and not (opening[0] == "numbered" or any(opening[3:5]) or key):
            opening = None  # a plain opening line (prose) marks no entry
        next_head = (
            block_start(lines, limit, 7) if opening is not None and limit < len(lines) else None
        )
        if key is not None and next_head is not None:
            # "date: …" / "paper: 《Title》": a data record's fields, the next record's own
            # when it opens with the same key
            next_key = _DATA_KEY.match(lines[next_head].text)
            next_head = next_head if next_key and next_key[1] == key[1] else None
        labelled = line.kind == "item" and TITLE_LABEL.match(_bar_as_colon(line.text)) is not None
        marked = _REFERENCE_MARK.match(line.text) is not None
        addressed = False  # the entry's address items began
        while end < limit:
            other = lines[end]
            if marked and other.first and _REFERENCE_MARK.match(other.text):
                break  # "[^6]: A. Title." / "[^7]: B. Title.": the next reference, untitled
            if other.kind == "heading" and (line.kind != "heading" or other.depth <= line.depth):
                break
            if (
                line.kind == "cell"
                and other.row != line.row
                and (best[end] is not None or not _names_row_under(lines, start, end))
            ):
                break  # (a row of names alone under a title's own row: its authors)
            sibling = line.kind == "item" and other.kind == "item" and other.depth <= line.depth
            # "1. Title:" / "• blurb" / "• https://…pdf": bullets under a numbered entry, the
            # nesting lost in a copy, are the entry's own lines
            sibling = sibling and not (
                line.marker == "1."
                and other.marker in ("-", "*", "+")
                and other.depth == line.depth
            )
            address = sibling and _ADDRESS_ITEM.match(other.text.strip()) is not None
            if addressed and not address:
                break  # "- 论文地址：https://…", "- 代码：…", then prose: the page's
            if (
                sibling
                and not (labelled and _sibling_field(other))
                and not (_byline_item(other) and not _person_entries(line, other))
                and not _link_labels_item(other)
                and not address
            ):
                break  # (but "- Title: T" / "- Authors: A": the fields are items beside it)
            if in_item and other.kind == "item" and other.first:
                break  # a title on an item's later line: the next item is the next entry
            if _marked_alike(line, other):
                break  # "***Title***" / text / "***On Auditing AI***": the next entry, untitled
            if _label_after_list(line, other):
                break  # "* **Paper:** Title" / "**NeurIPS 2022 Test of Time Award**": the next
            if end == next_head and signature(other) == opening:
                break
            end += 1
            addressed = addressed or address
        cand = best[start]
        assert cand is not None
        sections = heading_at[start][:-1] if line.kind == "heading" else heading_at[start]
        sections = [name for name in sections if name]
        records.append(Record(cand, start, end, sections))
        if key is not None and head is not None and (k == 0 or starts[k - 1] < head):
            records[-1].lead.extend(range(head, start))  # its fields above it are its own
    _row_titles(lines, records)
    _plain_sections(lines, records)
    _cited_sections(lines, records, heading_at)
    _parent_item_sections(lines, records)
    _lead_identifiers(lines, records)
    _item_heads(lines, records)
    return records


def names_in_paragraph(lines: list[Line], title: Candidate) -> bool:
    """Whether TITLE has its authors on the line over it, in its own paragraph ("Zhang et al.
    (ICLR, 2018)" / "*mixup: Beyond Empirical Risk Minimization*")."""
    index = title.line
    return "names_above" in title.how and index > 0 and lines[index - 1].block == lines[index].block


def _row_titles(lines: list[Line], records: list[Record]) -> None:
    """Each record in a table cell learns the cells of its row that hold other records' titles
    ("| Paper 1 | Paper 2 | Paper 3 |"): their links are theirs, never its own."""
    rows: dict[int, list[int]] = defaultdict(list)
    for record in records:
        if lines[record.start].kind == "cell":
            rows[lines[record.start].row].append(record.start)
    for record in records:
        line = lines[record.start]
        if line.kind == "cell" and len(rows[line.row]) > 1:
            record.row_titles = tuple(i for i in rows[line.row] if i != record.start)


_DATA_KEY = lazy_re(r"^\s*([a-z][a-z_]{1,20})\s*:\s+\S")  # "date: 2025-09-11", a data file's field


PARENT_REACH = 40  # lines, at most, from a nested item up to the item it is nested in
_PARENT_LABEL = lazy_re(r"[^\W\d_][^\n]{0,58}?")
_LABEL_END = lazy_re(r"[\s:：*_`]+$")
_BOX_LEAD = lazy_re(r"^\[[ xX]\]\s+")


def _item_label(line: Line) -> str:
    """LINE's text as a list's label: no marks around it, no colon after it, no task list's
    box before it ("- [ ] [Image Classification]()")."""
    return _LABEL_END.sub("", _BOX_LEAD.sub("", line.text.strip(" *_`")))


def _parent_item_sections(lines: list[Line], records: list[Record]) -> None:
    """A record nested in a list item that names no paper ("* 点云" / "  * [Title](…)",
    "- Monte Carlo:" / "  - A, B, Title, NIPS, 1994.", or a paragraph of the item) takes its
    text as its deepest section: a list's own label for the papers under it."""
    starts = {record.start for record in records}
    for record in records:
        line = lines[record.start]
        # (or a paragraph inside an item: "- Drug Discovery" / "    [Title](…)")
        inside = line.kind == "line" and line.depth >= 1 and line.first
        if not inside and (line.kind != "item" or line.depth < 2):
            continue
        for i in range(record.start - 1, max(-1, record.start - PARENT_REACH), -1):
            other = lines[i]
            if other.kind == "heading":
                break
            if other.kind != "item" or not other.first or other.depth >= line.depth + inside:
                continue
            label = _item_label(other)
            if i in starts or not _PARENT_LABEL.fullmatch(label) or len(label.split()) > 8:
                break  # (an item that is a paper, or a sentence: no label)
            # ("1. **NLP**:" over its papers, a colon after it, is a list's label for them)
            named = _nickname(label) and not other.text.rstrip(" *_`").endswith((":", "："))
            if named and other.spans and other.spans[0].kind == "bold":
                break  # "- **FEATHER**" over its paper's citation: the paper's name, no topic
            if any(_paper_host(url) for url in other.urls) or label in record.sections:
                break
            record.sections = [*record.sections, label]
            break


def _nickname(label: str) -> bool:
    """Whether LABEL is a model's name: one word, two capitals or digits in it at least
    ("GraphGym", "GL2Vec", "FEATHER"), not a topic's word ("Detection")."""
    return " " not in label and sum(ch.isupper() or ch.isdigit() for ch in label) >= 2


def _paper_host(url: str) -> bool:
    """Whether URL points at a paper's page or file (arXiv, a PDF)."""
    return "arxiv.org" in url or url.lower().endswith(".pdf")


ITEM_HEAD_REACH = 3  # lines, at most, from an item's first line down to the title it holds


def _item_heads(lines: list[Line], records: list[Record]) -> None:
    """The lines that open a list item above the title it holds on a later line ("- A, B
    and C. [Link](…)" / "  **Title.**") are its record's: their links and names are its own,
    not the record's above."""
    ends = [0, *(r.end for r in records)]
    for record, above_end in zip(records, ends, strict=False):
        start = record.start
        if lines[start].kind != "line" or lines[start].first or record.lead:
            continue
        head = block_start(lines, start, ITEM_HEAD_REACH)
        if head is None or head < above_end or not _block_is_item(lines, start):
            continue
        record.lead.extend(range(head, start))


# "**Key Contributions:**", "主要贡献：": the list after it states a paper's claims
_CLAIMS_LEAD = lazy_re(
    r"^\W{0,3}(?:key\s+|main\s+)?(?:contributions?|findings?|"
    r"pros|cons|limitations?|strengths?|weakness(?:es)?|"
    r"主要贡献|贡献|创新点|优点|缺点|局限性?)\s*[:：]\W{0,3}$",
    re.IGNORECASE,
)


_CITED_CUE = lazy_re(r"\bet\.?\s*al\b|(?<!\d)(?:19|20)\d\d(?!\d)")


def bold_labels(lines: list[Line], scored: list[list[Candidate]], accept: float) -> set[int]:
    """Bold lines of their own, no link, each right over a list of LABELLED_ITEMS or more
    items titled by their links ("**SL-based generator - conformation**" / "- [ICLR 2022]
    [Title](…)"), LABELLED_LISTS such lines at least: the labels of a page's lists, not
    papers."""
    labels: list[int] = []
    for i, line in enumerate(lines):
        if (
            line.kind != "line"
            or line.urls
            or not any({"bold", "whole"} <= c.how for c in scored[i])
        ):
            continue
        titled = 0
        for below in range(i + 1, min(len(lines), i + 1 + LABELLED_ITEMS)):
            if lines[below].kind != "item" or not _linked_title(scored[below], accept):
                break
            titled += 1
        if titled >= LABELLED_ITEMS:
            labels.append(i)
    return set(labels) if len(labels) >= LABELLED_LISTS else set()


LABELLED_ITEMS = 2
LABELLED_LISTS = 2


def _child_items(lines: list[Line], index: int, reach: int) -> Iterator[int]:
    """The first lines of the items nested in the item at INDEX (within REACH lines), down to
    the next item of its level or a heading."""
    depth = lines[index].depth
    for below in range(index + 1, min(len(lines), index + 1 + reach)):
        other = lines[below]
        if other.kind == "heading" or (other.kind == "item" and other.depth <= depth):
            return
        if other.kind == "item" and other.first:
            yield below


def item_labels(lines: list[Line], scored: list[list[Candidate]], accept: float) -> set[int]:
    """List items of a few words with no paper's link, each over NESTED_TITLES or more items
    nested in it that are titles ("- [ ] [Image Classification]()" / "    - [x] [Title](#…)"),
    LABELLED_LISTS such items at least: the labels of a page's lists, not papers."""
    labels: list[int] = []
    for i, line in enumerate(lines):
        if line.kind != "item" or not scored[i] or any(_paper_host(u) for u in line.urls):
            continue
        label = _item_label(line)
        if not 1 <= len(label.split()) <= LABEL_WORDS:
            continue
        titled = sum(
            lines[below].depth == line.depth + 1 and any(c.score >= accept for c in scored[below])
            for below in _child_items(lines, i, PARENT_REACH)
        )
        if titled >= NESTED_TITLES:
            labels.append(i)
    return set(labels) if len(labels) >= LABELLED_LISTS else set()


LABEL_WORDS = 4  # words, at most, of a list's label
NESTED_TITLES = 3  # titles nested under an item, at least, for it to be their list's label


def note_lines(lines: list[Line], scored: list[list[Candidate]], accept: float) -> set[int]:
    """Lines that are notes on a paper, never papers: the unlinked items nested under an item
    titled by its link ("* [Title](url)" then "    - Humans transfer knowledge ..."; an item
    that cites names or a year is a paper of its own), and the
    items (or numbered lines) of a list led by "Key Contributions:"."""
    notes: set[int] = set()
    parents: list[int] = []  # the open items, outermost first
    claims = False
    claim_marker: bool | None = None  # whether the claims are numbered ("1.") or bulleted
    for i, line in enumerate(lines):
        if line.kind == "heading":
            parents = []
        numbered = line.kind == "item" or strip_number(line.text.strip())[1]
        ordered = line.marker[:1].isdigit()
        if not numbered:
            claims = bool(_CLAIMS_LEAD.match(line.text.strip()))
            claim_marker = None
        elif claims and claim_marker is not None and ordered != claim_marker:
            claims = False  # "- claim" items, then "2. Next Title": the list of papers goes on
        elif claims and not line.urls:
            notes.add(i)
            claim_marker = ordered
        if line.kind != "item" or not line.first:
            continue
        while parents and lines[parents[-1]].depth >= line.depth:
            parents.pop()
        linked_parent = any(_linked_title(scored[p], accept) for p in parents)
        cited = _CITED_CUE.search(line.text) is not None  # "Title (Vaswani et al., 2017)"
        linked_self = any("link" in c.how for c in scored[i])
        if linked_parent and not line.urls and not cited and not linked_self:
            notes.add(i)
        parents.append(i)
    return notes


def _linked_title(row: list[Candidate], accept: float) -> bool:
    top = max(row, key=lambda c: c.score, default=None)
    return top is not None and top.score >= accept and "link" in top.how


def _block_is_item(lines: list[Line], index: int) -> bool:
    """Whether the block that line INDEX continues began as a list item (an item that is a
    field, "- Notes: ...", heads no entry)."""
    head = block_start(lines, index, 7)
    return (
        head is not None
        and lines[head].kind == "item"
        and not FIELD_LINE.match(lines[head].text.strip())
    )


TEMPLATE_NEXT = 4  # titles followed by the same short line ("paper") this often make a template


def _drop_template_outliers(lines: list[Line], best: list[Candidate | None]) -> None:
    """On a page whose titles are each followed by the same short line ("Title" / "paper"),
    a title line followed instead by a long paragraph is a section's name over its
    introduction ("Graph Neural Networks and Transformers" / "The first sub-field ..."); on
    any page, so is a line whose long paragraph below names it again before more titles."""
    from collections import Counter

    titled = [i for i, cand in enumerate(best) if cand is not None and i + 1 < len(lines)]
    for i in titled:  # (a page of bare titles: the name is restated in its introduction)
        name, below = lines[i].text.strip(), lines[i + 1].text
        if (
            lines[i].kind == "line"
            and len(name.split()) >= 2
            and len(below.split()) > 25
            and i + 2 < len(lines)
            and best[i + 2] is not None
            and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", below[:400], re.IGNORECASE)
            and not any(_paper_host(url) for url in lines[i].urls)  # (a paper's, restated)
        ):
            best[i] = None
    after = Counter(
        lines[i + 1].text.strip().lower() for i in titled if len(lines[i + 1].text.split()) <= 3
    )
    if not after:
        return
    count = after.most_common(1)[0][1]
    if count < TEMPLATE_NEXT or count < 0.7 * len(titled):
        return
    for i in titled:
        if len(lines[i + 1].text.split()) > 25 and lines[i].kind in ("line", "item"):
            best[i] = None


_AUTHOR_CUTS = frozenset(
    {"before_dash", "before_by", "before_paren", "pipe_first", "before_authors"}
)


# "OpenAI", "Google Research", "Allen Institute for AI": a lab that wrote a paper, after "by"
_LAB = lazy_re(
    r"(?:OpenAI|DeepMind|Google|Meta|Facebook|Microsoft|FAIR|Anthropic|NVIDIA|IBM|Apple|Amazon|"
    r"Baidu|Alibaba|Tencent|Huawei|Salesforce|Uber|ByteDance)(?:\s+(?:AI|Research|Brain|Labs?))?"
    r"|(?:[A-Z][\w&.\-]+\s){1,3}(?:AI|Research|Labs?)"
)
# "— DeepSeek-AI (2025)", "— Albert Q. Jiang et al. (2024)": who made it and when, after a dash
_ATTRIBUTED = lazy_re(r"^[A-Z][^()\[\]—–]{1,40}?\s*[(（](?:19|20)\d\d[)）]$")
# "Title by group of Michael Bronstein", "… by the lab of Ada Lovelace": whose team wrote it
_GROUP_OF = lazy_re(
    r"^(?:the\s+)?(?:(?:research\s+)?groups?|labs?|team)\s+(?:of|led\s+by)\s+[A-Z][\w'’.-]*"
    r"(?:\s+[A-Z][\w'’.-]*){0,3}$"
)


# "The Design and Implementation of": a cut that leaves a title's last word hanging
_HANGING_WORD = lazy_re(rf"\b(?:{HANGING_WORDS})$", re.IGNORECASE)


def _names_line_under(lines: list[Line], at: int) -> bool:
    """Whether the line under line AT is a list of two names or more, and nothing else
    ("Title by Smoothed Unrolling" over "Hui Li, Jinghan Jia, …": the title's own "by")."""
    under = next((ln for ln in lines[at + 1 : at + 3] if ln.text.strip()), None)
    if under is None or under.kind == "heading" or under.urls:
        return False
    text = under.text.strip()
    return "," in text and _names_alone(text)


def _names_alone(text: str) -> bool:
    """Whether TEXT, a line or a cell, is a list of names and nothing else."""
    from papercli.importers.names import looks_like_name_list

    return len(text) <= 600 and looks_like_name_list(text) >= 0.8


def _label_after_list(line: Line, other: Line) -> bool:
    """Whether OTHER, a later line of the record LINE opens in a list, is a paragraph outside
    the list wholly in bold ("**NeurIPS 2022 Test of Time Award**"): the next group's label."""
    return (
        line.kind == "item"
        and other.kind == "line"
        and other.first
        and other.depth == 0
        and "bold" in _whole_marks(other)
    )


def _marked_alike(line: Line, other: Line) -> bool:
    """Whether OTHER, a later line of LINE's record, opens a paragraph as LINE does and is, as
    LINE is, wholly in bold italics, three words or more (a newsletter's line over each entry's
    text; not "**CVPR 2018**" under "**Title**", a field of the entry)."""
    if line.kind != "line" or other.kind != "line" or not other.first or not line.first:
        return False
    marks = _whole_marks(line)
    return (
        marks == {"bold", "italic"}
        and marks == _whole_marks(other)
        and len(other.text.split()) >= ENTRY_HEAD_WORDS
    )


def marked_entry_heads(lines: list[Line]) -> set[int]:
    """The lines that head a newsletter's entries, each a paragraph of its own wholly in bold
    italics ("***HybridQA: A Dataset of …***" over the entry's text), when MARKED_ENTRIES or
    more do; else none."""
    heads = {
        i
        for i, line in enumerate(lines)
        if line.kind == "line"
        and line.first
        and len(line.text.split()) >= ENTRY_HEAD_WORDS - 1
        and _whole_marks(line) == {"bold", "italic"}
    }
    return heads if len(heads) >= MARKED_ENTRIES else set()


MARKED_ENTRIES = 4  # entries, at least, headed in bold italics that make a page a newsletter


_TLDR_WORD = lazy_re(r"tl;?\s?dr", re.IGNORECASE)  # (a title's own first word, "TLDR: …")


def _marked_entry_head(line: Line) -> bool:
    """Whether LINE, wholly in bold italics, names an entry whose title opens with a field's
    word ("***TLDR: Extreme Summarization of Scientific Documents***"), not a field's label."""
    head, colon, rest = line.text.strip().partition(":")
    return (
        bool(colon)
        and _TLDR_WORD.fullmatch(head.strip()) is not None
        and line.kind != "cell"
        and len(rest.split()) >= ENTRY_HEAD_WORDS
        and _whole_marks(line) == {"bold", "italic"}
    )


def _whole_marks(line: Line) -> frozenset[str]:
    """The emphasis kinds that span all of LINE's text ("***Title***": bold and italic)."""
    text = line.text.strip()
    if not text or len(text.split()) > MARKED_LINE_WORDS:
        return frozenset()
    lead = len(line.text) - len(line.text.lstrip())
    return frozenset(
        span.kind
        for span in line.spans
        if span.kind in ("bold", "italic") and span.start <= lead and span.end >= lead + len(text)
    )


MARKED_LINE_WORDS = 30  # words of a wholly emphasised line, at most, to head an entry
ENTRY_HEAD_WORDS = 3  # words of such a line, at least


def _names_row_under(lines: list[Line], start: int, at: int) -> bool:
    """Whether the table row of line AT, right under the row of the title at START, is one cell
    of names alone, each row a cell of its own ("<tr><td>Title</td></tr>" over "<tr><td><em>A, B
    and C</em></td></tr>"): the title's authors, in a table of one column."""
    rows = [lines[i].row for i in (start - 1, start + 1, at + 1) if 0 <= i < len(lines)]
    line, under = lines[start], lines[at]
    if under.kind != "cell" or under.row != line.row + 1 or under.urls:
        return False
    if line.row in rows or (at + 1 < len(lines) and lines[at + 1].row == under.row):
        return False  # (a row of several cells: its own record, cut by the columns)
    return _names_alone(under.text.strip())


def _without_lab(whole: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line "Deep Double Descent By OpenAI" names its paper by the part before the
    lab that wrote it."""
    for cand in row:
        rest = cand.rest.strip(" ,.;:-–—|")
        if (
            "before_by" in cand.how
            and _LAB.fullmatch(rest)
            and whole.text[len(cand.text) :].lstrip().startswith("By ")  # (a byline's capital)
            and whole.text.startswith(cand.text)
            and not _HANGING_WORD.search(cand.text)
        ):
            cand.score = max(cand.score, whole.score)
            return cand
    return whole


# ", Shen et al., 2018", ", Clark and Manning, ACL": a citation's surnames after its title
_CITATION_AFTER = lazy_re(
    r"^\s*[,，]\s*[A-Z][\w'’-]+(?:\s+e[tg]\.?\s?al\b|\s+(?:and|&)\s+[A-Z][\w'’-]+\s*(?:[,.]|$))"
)


def _link_before_citation(top: Candidate, row: list[Candidate]) -> Candidate:
    """A linked title that TOP runs on past into its citation's surnames ("[Title](url), Shen
    et al., 2018 - Presenter"): the link's text is the title."""
    if "link" in top.how:
        return top
    return _cut_of_top(
        top,
        row,
        lambda c: (
            "link" in c.how
            and c.score >= TEMPLATE_FLOOR
            and top.text.startswith(c.text)
            and _CITATION_AFTER.match(top.text[len(c.text) :]) is not None
        ),
    )


def _without_authors(whole: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line "Title — Ada Lovelace, Alan Turing" (or a cut of it that runs on into the
    names) names its paper by the part before the authors, when that part is itself a title
    candidate."""
    from papercli.importers.names import looks_like_name_list

    # "**Matching by Sticking Points**", "[… Systems by Gibbs Sampling](url)": the emphasis
    # or the link spans the whole title
    marked = bool(whole.how & {"bold", "italic", "link"})
    # "[Title. Hinton and Sejnowski (1986)](url)": a whole line's title before its surnames
    cuts = _AUTHOR_CUTS | {"before_names"} if "whole" in whole.how else _AUTHOR_CUTS
    for cand in sorted(row, key=lambda c: -c.score):
        rest = cand.rest.split(" | ")[0].strip(" ,.;:-–—|")
        attributed = ("before_dash" in cand.how and _ATTRIBUTED.match(rest) is not None) or (
            "before_by" in cand.how and _GROUP_OF.match(rest) is not None
        )
        if marked and cand.how == {"before_by"} and not _full_name_after_by(rest):
            continue  # the emphasis spans the whole title: its "by" is the title's own
        if (
            cand.how & cuts
            and cand.score >= (CUE_FLOOR if attributed else TEMPLATE_FLOOR)
            and whole.text.startswith(cand.text)
            and rest
            and not _HANGING_WORD.search(cand.text)
            and (attributed or looks_like_name_list(rest) >= 0.8)
        ):
            cand.score = max(cand.score, whole.score)  # the line's title, names cut off
            return cand
    return whole


def _full_name_after_by(rest: str) -> bool:
    """Whether REST, after a "by" inside a link or emphasis, is one person's full name ("[Title
    by Chong Wang](…)"), not the title's own words ("… Systems by Gibbs Sampling")."""
    from papercli.importers.names import one_full_name

    first = rest.split()[0] if rest.strip() else ""
    return (
        # ("… Reason by Avoiding Flaws", "… by Manipulating Noises": a verb, no given name)
        not (len(first) >= GERUND_CHARS and first.endswith("ing"))
        and _HONORIFIC.match(rest) is None  # "… by Dr. Roberto Martín": a talk's speaker
        and one_full_name(rest)
    )


_HONORIFIC = lazy_re(r"(?:dr|prof|professor|mr|mrs|ms|sir)\b", re.IGNORECASE)
GERUND_CHARS = 6  # letters of a word ending in "ing" that is a verb, at least ("Jing" is a name)


_SIBLING_FIELD = lazy_re(r"^\W{0,3}[^:：\n]{1,14}[:：]\s*\S")


_DATE_ITEM = lazy_re(r"^\W{0,3}(?:19|20)\d\d(?:[-/.]\d{1,2}){0,2}\W{0,3}$")


# "- 论文地址：https://arxiv.org/abs/…", "- Code: https://github.com/…": the title item's address
_ADDRESS_ITEM = lazy_re(
    r"^\W{0,3}(?:(?:论文|原文|文章|代码|项目|源码)(?:代码|源码)?(?:地址|链接|主页)?|地址|链接|主页|"
    r"papers?|pdf|arxiv|code|links?|"
    r"urls?|project(?:\s+page)?|github)\s*[:：]\s*https?://\S+$",
    re.IGNORECASE,
)


def _byline_item(line: Line) -> bool:
    """Whether list item LINE holds only its paper's authors or date ("- *A, B and C*",
    "- `2013-02-18`"): a field of the title item above, not an entry of its own."""
    from papercli.importers.names import looks_like_name_list

    text = line.text.strip()
    if _DATE_ITEM.match(text):
        return True
    return ("," in text or " and " in text) and looks_like_name_list(text[:400]) >= 0.9


def _person_entries(line: Line, other: Line) -> bool:
    """Whether item LINE and the byline-like item OTHER under it both open with one person's
    name ("John Asmuth: Title, 2013" over "Volodymyr Mnih, 2013"): two entries of a list by
    person, the second without its title."""
    return bool(_PERSON_TITLE_YEAR.match(line.text.strip())) and bool(
        _PERSON_YEAR.fullmatch(other.text.strip())
    )


# "John Asmuth: Title, 2013" over "Volodymyr Mnih, 2013": one person's full name, a title (or
# none) and a year
_PERSON_TITLE_YEAR = lazy_re(rf"{_PERSON_NAME_WORDS}\s*:\s.*,\s*(?:19|20)\d\d$")
_PERSON_YEAR = lazy_re(rf"{_PERSON_NAME_WORDS},\s*(?:19|20)\d\d")


def _link_labels_item(line: Line) -> bool:
    """Whether list item LINE holds only links labelled as a paper's resources ("- [[Paper]](…)",
    "- [[Python]](…) [[Code]](…)"): links of the title item above, not an entry of its own."""
    links = [s for s in line.spans if s.kind == "link" and s.url]
    if not links or len(links) != len(line.urls):
        return False
    labels = [line.text[s.start : s.end].strip() for s in links]
    if any(
        len(label.split()) > LINK_LABEL_WORDS
        or not (label.startswith("[") or _RESOURCE_LABEL.search(label))
        for label in labels
    ):
        return False  # ("[Pytorch Stacked Hourglass](…)": a named item of its own)
    return not any(ch.isalnum() for gap in link_gaps(line.text, links) for ch in gap)


LINK_LABEL_WORDS = 3  # words of a resource link's label, at most ("Python KarateClub")
# the word a resource link's label names it by: "Paper", "PDF", "Code", "Slides"
_RESOURCE_LABEL = lazy_re(
    r"\b(?:paper|pdf|code|github|slides?|video|project|arxiv|blog|notes?|website|demo|poster|"
    r"supp(?:lementary)?|bibtex|doi)\b",
    re.IGNORECASE,
)


def _sibling_field(line: Line) -> bool:
    """Whether list item LINE is a labelled field ("- 作者: A, B", "- Venue: ICLR 2021") and
    not another title."""
    text = _bar_as_colon(line.text)
    return _SIBLING_FIELD.match(text) is not None and TITLE_LABEL.match(text) is None


# "■ 论文 | Title", "■ 源码 | https://…": a short label and a bar, as a colon elsewhere
_BAR_LABEL = lazy_re(r"^(\W{0,3}[\u4e00-\u9fff]{1,6})\s*\|\s+(?=\S)")


def _bar_as_colon(text: str) -> str:
    """TEXT stripped, its leading "label | " written "label: "."""
    return _BAR_LABEL.sub(r"\1: ", text.strip(), count=1)


# " ICASSP2021", " (CVPR 2020).": a venue and its year, all that follows a title
_DASHED_VENUE = lazy_re(r"\s+[-–—]\s+([A-Z][A-Za-z]{1,9}(?:\s?'?(?:19|20)?\d\d)?)")
_VENUE_TAIL = lazy_re(
    r"^[\s,，.;(（\[【]*([A-Za-z][A-Za-z\-]{1,14})\s?'?((?:19|20)\d\d)[)）\]】]?\.?$"
)


def _cut_of_top(
    top: Candidate, row: list[Candidate], fits: Callable[[Candidate], bool]
) -> Candidate:
    """The first candidate of ROW that FITS, as sure as TOP (the line's title without what
    does not belong to it); TOP when none does."""
    for cand in row:
        if fits(cand):
            cand.score = max(cand.score, top.score)
            return cand
    return top


def _without_venue(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP, or its cut before a venue and year that end it ("paper:Title  ICASSP2021"): a
    title never ends with where it appeared."""
    from papercli.importers.digest.fields import venue_year
    from papercli.importers.digest.tails import VENUE_TAG

    def fits(cand: Candidate) -> bool:
        if not top.text.startswith(cand.text) or cand.text == top.text:
            return False
        rest = top.text[len(cand.text) :]
        if "pipe_first" in cand.how:  # "Title | [ISNN' 17] | [pdf]": a venue tag's column
            tag = VENUE_TAG.match(rest) if rest.lstrip().startswith("|") else None
            return tag is not None and rest[tag.end() :].strip()[:1] in ("|", "")
        dashed = _DASHED_VENUE.fullmatch(rest) if "before_dash" in cand.how else None
        if dashed is not None:  # "Title - ICDE论文阅读笔记": a note's title names the venue
            return venue_year(dashed.group(1))[0] is not None
        if not cand.how & {"before_venue", "before_cjk_comma"}:  # "Title，ACL2017"
            return False
        if GLUED_YEAR_TAIL.fullmatch(rest):
            return True  # "Title arXiv2022 Google", "Title Google2022": where and when, glued
        if cand.rest.startswith(rest.strip(" .,;")) and CODE_VENUE.fullmatch(rest.strip(" .,;")):
            return True  # "Title. `Nature Communications 22`": a venue tag after the title
        tail = _VENUE_TAIL.match(rest)
        return tail is not None and venue_year(f"{tail.group(1)} {tail.group(2)}")[0] is not None

    return _cut_of_top(top, row, fits)


def _without_year(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP, or its cut after the year that opens it ("2017 Title"): the year is a field."""
    return _cut_of_top(
        top,
        row,
        lambda c: (
            "after_year" in c.how
            and top.text.endswith(c.text)
            and 0 < len(top.text) - len(c.text) <= 11  # (an arXiv number: "1606.08415 Title")
        ),
    )


def _whole_marked_span(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP, or the bold, linked or quoted text that TOP cuts short at a comma ("**Title:
    Leveraging …, Modularization, and Program Generation**" cut at its first comma) or that
    holds TOP, a span after a colon: the markup spans the whole title (but no year or "et
    al." after the comma)."""
    marks = {"bold", "link", "quoted"}
    if top.how & marks:
        return top
    if "colon_span" in top.how and "nicknamed_title" not in top.how:
        # "**Advances and Challenges in Foundation Agents: From …, and Safe Systems**": the
        # span after a preposition and a colon is inside the bold title, not the title
        return _cut_of_top(
            top,
            row,
            lambda c: (
                "bold" in c.how  # (a link may hold a citation: "[Bai et al. Title: …](…)")
                and top.text in c.text
                and c.score >= TEMPLATE_FLOOR
                and YEAR.search(c.text) is None
            ),
        )
    if "before_comma" not in top.how:
        return top
    size = len(top.text)

    def fits(cand: Candidate) -> bool:
        rest = cand.text[size:]
        return (
            bool(cand.how & marks)
            and cand.text.startswith(top.text)
            and rest[:1] in (",", ";")
            and cand.score >= TEMPLATE_FLOOR
            # ("[Title, Bain and Sommut, 1999.](…)": a link around a citation holds its names)
            and YEAR.search(rest) is None
            and "et al" not in rest
        )

    return _cut_of_top(top, row, fits)


def _quoted_inside(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP 'RTS: "Robust Visual Tracking by Segmentation" ECCV' names its paper by the quoted
    title inside it, when that is most of it (a nickname and a venue around it); TOP when
    the quotes hold only a part of the title ('"Why Should I Trust You?": Explaining …')."""
    if "quoted" in top.how or not any(q in top.text for q in ('"', "“")):
        return top
    return _cut_of_top(
        top,
        row,
        lambda c: (
            "quoted" in c.how
            and len(c.text.split()) >= 2
            and any(f"{a}{c.text}{b}" in top.text for a, b in ('""', "“”"))
            and len(c.text) >= QUOTED_SHARE * len(top.text)
            and c.score >= TEMPLATE_FLOOR
        ),
    )


QUOTED_SHARE = 0.6  # of a line's title, the quoted title inside it, at least, to be the title


def _after_names_sentence(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP "C Reed and Z Ghahramani. Scaling the Indian Buffet Process …" names its paper by
    the sentence after its authors', when that sentence is a candidate of its own (the
    italic title of a citation)."""
    from papercli.importers.digest.features import looks_like_names

    if ". " not in top.text:
        return top
    names, _, rest = top.text.partition(". ")
    rest = rest.strip()
    if not rest or ("," not in names and " and " not in names):
        return top
    if looks_like_names(names[:400]) < NAMES_SENTENCE:
        return top
    return _cut_of_top(top, row, lambda c: c.text == rest and c.score >= TEMPLATE_FLOOR)


NAMES_SENTENCE = 0.8  # the share of a title's first sentence that reads as names, to cut it


def _before_names_sentence(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP "Simplified Neural Domain Adaptation. Timothy Miller" (a bold or linked citation
    that holds its names) names its paper by the sentence before its authors', when that
    sentence is a candidate of its own."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.names import common_word

    if ". " not in top.text:
        return top
    title, _, names = top.text.rpartition(". ")
    words = names.split()
    if not title or not words or len(words) > NAMES_AFTER_WORDS:
        return top
    if not all(w in ("and", "&") or (w[:1].isupper() and not common_word(w)) for w in words):
        return top  # (not "… Models. A Comprehensive Survey")
    if looks_like_names(names[:400]) < NAMES_SENTENCE:
        return top
    return _cut_of_top(top, row, lambda c: c.text == title and c.score >= TEMPLATE_FLOOR)


NAMES_AFTER_WORDS = 16  # words of the names after a title's last sentence, at most


def _after_cited_lead(whole: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line "Merullo et al. (2024) Title" names its paper by the part after its
    names and year."""
    return _cut_of_top(
        whole, row, lambda c: "after_cited_lead" in c.how and whole.text.endswith(c.text)
    )


_ATTRIBUTION = lazy_re(r"^[.\"”]*\s*[-–—]{1,2}\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s*$")


def _epigraph(cand: Candidate) -> bool:
    """Whether CAND is a quoted saying and its speaker ('"The only way to predict the future is
    to understand the past." – Peter Drucker'): a sentence, not a title."""
    return (
        "quoted" in cand.how
        and _ATTRIBUTION.match(cand.rest) is not None
        and len(cand.text.split()) >= 8
        and _sentence_case(cand.text)
    )


def _english_after_chinese(whole: Candidate, row: list[Candidate]) -> Candidate:
    """A whole line "Transformer用于目标检测- End-to-End Object Detection with Transformers"
    names its paper by the English title after the Chinese lead and the dash."""
    lead = CHINESE_LEAD_DASH.match(whole.text) if not whole.text.isascii() else None
    if lead is None:
        return whole
    english = glossed_parts(lead)[1]
    return _cut_of_top(whole, row, lambda c: c.text == english and c.score >= TEMPLATE_FLOOR)


_ID_WORDS = lazy_re(
    # arXiv listings: "[1] arXiv:2301.00001 [pdf, ps, other]", "[pdf, html, other]"
    r"https?://\S+|\barxiv\b|\bdoi\b|\bpdf\b|\babs\b|\blink\b|\bps\b|\bother\b|\bhtml\b"
    r"|\btex\b|\d{4}\.\d{4,5}(?:v\d+)?"
    r"|10\.\d{4,9}/\S+|[a-z\-]+/\d{7}",
    re.IGNORECASE,
)


_LINK_PAREN = lazy_re(r"\([^()]{1,60}\)")


def _identifier_line(line: Line) -> bool:
    """Whether LINE holds nothing but an identifier or link ("arXiv:2301.00001 [pdf]")."""
    return _identifier_text(line.text, bool(line.urls))


@functools.lru_cache(maxsize=1 << 14)  # records are cut two or three times a page
def _identifier_text(text: str, linked: bool) -> bool:
    """_identifier_line of a line of TEXT (LINKED: with links of its own)."""
    if not linked and (":" in text or "：" in text) and not any(ch.isdigit() for ch in text):
        return False  # "发表于：arXiv": a field naming where it appeared, no identifier
    rest = _ID_WORDS.sub(" ", text)
    has_id = linked or rest != text
    if linked and has_id and "(" in rest:
        # "arXiv:2101.07792 (Optics Communications)": a DOI's link named by its journal
        rest = _LINK_PAREN.sub(" ", rest)
    return has_id and sum(ch.isalpha() for ch in rest) < 4


def _trailing_identifiers(lines: list[Line], records: list[Record]) -> None:
    """Link items right below their titles ("- “Title” by A" / "- https://arxiv.org/abs/…"),
    which end no record as siblings of the title's item: each belongs to the title above it
    when the page's last title has a link item below it and its first title none above it,
    and the title names no paper identifier of its own (a code link aside). (A listing whose
    first entry lacks the "arXiv:ID" line over its title reads the other way.)"""
    from papercli.importers.digest.features import names_paper_id

    if not records:
        return
    first, last = records[0], records[-1]
    if first.start and _identifier_line(lines[first.start - 1]):
        return  # an arXiv listing's "arXiv:ID" (or a code link) over its title: the next's
    if last.end >= len(lines) or not _identifier_line(lines[last.end]):
        return
    for k, record in enumerate(records):
        following = records[k + 1].start if k + 1 < len(records) else len(lines)
        if record.end >= following or not _identifier_line(lines[record.end]):
            continue
        if any(names_paper_id(lines[i]) for i in range(record.start, record.end)):
            continue
        while record.end < following and _identifier_line(lines[record.end]):
            record.end += 1  # its paper's link, and the code's after it


def _labelled_above(lines: list[Line], index: int) -> bool:
    """Whether line INDEX, an address, sits under a label of its own paragraph ("论文链接",
    "Paper:")."""
    if index < 1 or lines[index - 1].block != lines[index].block:
        return False
    return _ADDRESS_LABEL_LINE.fullmatch(lines[index - 1].text.strip()) is not None


# "论文链接", "Paper link:", "原文地址：": a label alone over an address on the next line
_ADDRESS_LABEL_LINE = lazy_re(
    r"\W{0,3}(?:(?:paper|pdf|article)\s*(?:link|url)?|links?|url|论文(?:链接|地址)|原文(?:链接|地址)|"
    r"链接|地址)\s*[:：]?\W{0,3}",
    re.IGNORECASE,
)


def _lead_identifiers(lines: list[Line], records: list[Record]) -> None:
    """An identifier line right above a title belongs to that title's record (arXiv
    listings put "arXiv:ID" first), not to the record before it."""
    from papercli.importers.digest.features import names_paper_id

    _trailing_identifiers(lines, records)
    for k, record in enumerate(records):
        above = record.start - 1
        # "commit arXiv:1901.07291" / "Author: Lample et al." / "Date: …" / "## Title": the
        # identifier line above the title's own field lines
        fields = 0
        while (
            fields < LEAD_FIELDS
            and above > 0
            and not lines[above].urls
            and (FIELD_LABEL.match(lines[above].text) or _DATE_LABEL.match(lines[above].text))
        ):
            above, fields = above - 1, fields + 1
        labelled_id = (
            above >= 0 and len(lines[above].text.split()) <= 3 and names_paper_id(lines[above])
        )
        if fields and not (labelled_id and lines[record.start].kind == "heading"):
            above, fields = record.start - 1, 0
        inside_item_above = (  # "* InceptionNet - Title" / "  [https://…]" / "* NST - Title":
            above >= 0  # the address is the item above's own
            and lines[above].kind == "line"
            and lines[above].depth >= 1
            and lines[record.start].kind == "item"
        )
        if (
            not fields
            and above >= 0
            and "nicknamed" in record.title.how
            and lines[above].urls
            and not inside_item_above
        ):
            # "* VGG-Net [[Paper]](…)" over its reference: the nickname's links are its
            if k and records[k - 1].end > above > records[k - 1].start:
                records[k - 1].end = above
            if not k or records[k - 1].end <= above:
                record.lead.append(above)
            continue
        if above < 0 or not (_identifier_line(lines[above]) or (fields and labelled_id)):
            continue
        if lines[above].kind == "cell" or lines[record.start].kind == "cell":
            continue  # a table row is its own record: its links never move to the next row
        if lines[above].kind == "heading" and not names_paper_id(lines[above]):
            continue  # "### 2021 [[ref](…/best-paper-awards)]": the section's source
        if names_paper_id(lines[record.start]):
            continue  # the title's line has its own ("VGG [arXiv]" above "Title [arXiv]")
        if any(
            lines[i + 1].number - lines[i].number > LEAD_GAP for i in range(above, record.start)
        ):
            continue  # "https://openreview.net/…" / "---" / (blank) / "Title": the entry above's
        if _labelled_above(lines, above) and lines[above].block != lines[record.start].block:
            continue  # "论文链接" / "https://…" / (blank) / "Title": the entry above's link
        if lines[above].block != lines[record.start].block and any(
            _identifier_line(lines[i]) and lines[i].text.strip() == lines[above].text.strip()
            for i in range(record.start + 2, record.end)
        ):
            continue  # "[LINK](…)" / (blank) / "## Title" / names / venue / "[LINK](…)": the
            # title's own link is below it, labelled alike; the one above is the entry's above
        below = record.start + 1
        if below < record.end and _identifier_line(lines[below]):
            title_block = lines[record.start].block
            if lines[above].block != title_block or lines[below].block == title_block:
                continue  # the title has its own identifier line below it
            # (not past a blank line: "https://arxiv.org/abs/…" over "Title A, B", a
            # paragraph each, the next paper's address after the blank line)
        if k and not fields and _bare_entry_over(lines, above, records[k - 1].start):
            # "Dockerface: …" / "https://arxiv.org/abs/1708.04370" / "### FaceBoxes": the
            # address is the bare entry's over it, which gave no paper; never the next one's
            records[k - 1].end = min(records[k - 1].end, above - 1)
            continue
        if k and records[k - 1].end == record.start:
            previous = records[k - 1]
            if not previous.lead and not any(
                _identifier_line(lines[i]) for i in range(previous.start + 1, above)
            ):
                continue  # the record above has no other identifier: the line is its own
            if _ids_named(lines[above]) & {
                found for i in range(previous.start, above) for found in _ids_named(lines[i])
            }:
                continue  # "arXiv: …/abs/2606.04431" / "PDF: …/pdf/2606.04431.pdf": one paper's
            if previous.end - 1 - fields == above and above > previous.start:
                previous.end = above
                record.lead.extend(range(above, record.start))
        elif not k or records[k - 1].end <= above:
            record.lead.extend(range(above, record.start))  # they belong to no record above


def _bare_entry_over(lines: list[Line], above: int, previous: int) -> bool:
    """Whether the identifier line ABOVE has a paragraph of its own over it that reads as an
    entry of its own (a line of words, no link), below the title at PREVIOUS."""
    if above - 1 <= previous:
        return False
    bare = lines[above - 1]
    return (
        bare.kind == "line"
        and not bare.urls
        and bare.block != lines[above].block
        and (previous < 0 or bare.block != lines[previous].block)
        and len(bare.text.split()) >= 2
        and not _identifier_line(bare)
    )


def _ids_named(line: Line) -> set[str]:
    """The arXiv ids and DOIs LINE's text and links name."""
    text = " ".join([line.text, *line.urls]) if line.urls else line.text
    return set(_NAMED_ID.findall(text))


# an arXiv id (not a version) or a DOI
_NAMED_ID = lazy_re(r"(?<![\d.])\d{4}\.\d{4,5}(?!\d)|\b10\.\d{4,9}/[^\s\])>\"']+")


LEAD_GAP = 3  # source lines, at most, between an identifier line, its fields and its title
LEAD_FIELDS = 3  # field lines, at most, between a heading title and its identifier line above
_DATE_LABEL = lazy_re(r"^\W{0,3}(?:date|published|日期|发布时间)\s*[:：]", re.IGNORECASE)


_CONTENTS = lazy_re(
    r"^\W{0,3}(?:(?:table\s+of\s+)?contents|toc|目录|目錄|内容目录|in\s+this\s+(?:issue|post))\W{0,3}$",
    re.IGNORECASE,
)


_TOP_NUMBER = lazy_re(r"^\s*(\d{1,2})[.)]\s+\S")


# "**Best Poster Award**: Poster with exceptional …", "**Entropic Paper Award**: …": an award's
# name in bold, then what it is given for, over a list of its winners
_BOLD_AWARD = lazy_re(r"^[\w'’&/ -]{0,40}\b(?:awards?|prizes?)$", re.IGNORECASE)


def _award_label(line: Line) -> str | None:
    """The award LINE names when it is such a label line, else None."""
    if line.kind != "line" or not line.spans or line.spans[0].kind != "bold":
        return None
    span = line.spans[0]
    named = line.text[span.start : span.end].strip(" :：")
    after = line.text[span.end :].lstrip()
    if line.text[: span.start].strip() or not after.startswith((":", "：")):
        return None
    return named if _BOLD_AWARD.match(named) else None


def award_labels(lines: list[Line]) -> set[int]:
    """The lines that name an award and what it is for, right over an item of its winners:
    labels, never a paper's title."""
    return {
        i
        for i, line in enumerate(lines[:-1])
        if lines[i + 1].kind == "item" and _award_label(line) is not None
    }


def numbered_sections(lines: list[Line]) -> set[int]:
    """Numbered lines whose subsections follow ("1. LLM Progress" over "1.1. Title"): a
    section's name, not a paper."""
    found: set[int] = set()
    for i, line in enumerate(lines):
        match = _TOP_NUMBER.match(line.text)
        marked = line.marker[:-1] if line.marker[:1].isdigit() else ""  # "1." parsed as a list
        number = match.group(1) if match else marked
        if not number:
            continue
        first = re.compile(rf"\s*{number}\.1(?!\d)")  # "1.1" and not "1.10"
        if any(first.match(lines[k].text) for k in range(i + 1, min(i + 4, len(lines)))) or (
            marked and i + 1 < len(lines) and _bullets_under(line, lines[i + 1])
        ):
            found.add(i)
    return found


def _bullets_under(item: Line, below: Line) -> bool:
    """Whether a short numbered ITEM ("1. Antebellum") heads a bullet list that starts right
    BELOW it at its own depth: the list's section, numbered."""
    return (
        below.kind == "item"
        and below.depth == item.depth
        and below.marker in ("-", "*", "+")
        and len(item.text) <= 60
        and not item.urls
        and not _SENTENCE_END.search(item.text)
        # (a paper's own fields below it are no section's bullets: "• arXiv Link: https://…",
        # "* Pearl, J. (2000)": its authors and year)
        and not (below.urls or FIELD_LABEL.match(below.text.strip()) or _names_and_year(below))
    )


def _names_and_year(line: Line) -> bool:
    """Whether LINE is a list of names and a year in brackets ("Krizhevsky, A.; Sutskever, I.;
    Hinton, G. (2012)", "Vaswani, A. et al. (2017)")."""
    from papercli.importers.digest.features import looks_like_names

    found = _NAMES_YEAR_LINE.match(line.text.strip())
    names = _ET_AL_END.sub("", found.group(1)).rstrip(" ,") if found is not None else ""
    return bool(names) and looks_like_names(names) >= NAMES_YEAR_LIKENESS


NAMES_YEAR_LIKENESS = 0.6  # how like a list of names the part before the year reads, at least


HEAD_WORDS = 4  # words, at least, before a colon for them to be the title's own head
# the small words a head in title case leaves in lower case
_SMALL_WORDS = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "of", "on", "or"}
    | {"the", "to", "via", "vs", "with", "without"}
)
HEAD_MARGIN = 0.05  # how much less the model may rate the whole title than its part


def keep_title_heads(scored: list[list[Candidate]]) -> int:
    """A line whose likeliest title is what follows "Head: " keeps the head when it is a
    phrase of its own in title case ("An Image is Worth 16x16 Words: Transformers for …",
    "Generalized Focal Loss V2: Learning …") and the model rates the whole title about as
    high: a nickname before a colon is a word to three ("ResNet: …"), a sentence is no head.
    Returns how many lines it changed."""
    changed = 0
    for row in scored:
        if len(row) < 2:
            continue
        top = max(row, key=lambda c: c.score)
        for cand in row:
            head = cand.text[: len(cand.text) - len(top.text)].rstrip()
            if (
                cand is top
                or not cand.text.endswith(top.text)
                or not head.endswith((":", "："))
                or cand.score < top.score - HEAD_MARGIN
            ):
                continue
            words = head[:-1].split()
            if len(words) < HEAD_WORDS or TITLE_LABEL.match(head) or _award_lead(head):
                continue
            if any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in words):
                continue  # "The one everyone talks about: Title": a sentence, not a head
            cand.score = min(1.0, top.score + 0.001)
            changed += 1
            break
    return changed


NICKNAME_WORDS = 5  # "Microsoft (Deep Residual Learning)", "R-CNN minus R, Oxford"
_ARXIV_NUMBER = lazy_re(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d])")
# "[Paper] [Code]", "[Web] [Paper-CVPR14]": the link labels closing a nickname's line
_LINK_WORDS_END = lazy_re(r"(?:\s*\[[^\[\]]{1,20}\])+\s*$")


def follow_nicknamed_references(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """List items that only name the reference nested right under them ("* Batch
    Normalization [[Paper]](…)" over "  * Sergey Ioffe, Christian Szegedy, Batch
    Normalization: Accelerating …, arXiv:1502.03167."), twice at least on a page: the item is
    a nickname, no title (its links go to the reference below it, as its lead), and the
    reference names its paper. Returns how many it named."""
    from papercli.importers.digest.features import names_paper_id
    from papercli.importers.digest.references import read_reference

    found: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines[:-1]):
        below = lines[i + 1]
        if line.kind != "item" or below.kind != "item" or below.depth <= line.depth:
            continue
        after = lines[i + 2] if i + 2 < len(lines) else None
        if after is not None and after.kind == "item" and after.depth > line.depth:
            continue  # a category over several references ("* Object Detection [[Survey]]")
        nickname = _LINK_WORDS_END.sub("", line.text).strip()
        if len(nickname.split()) > NICKNAME_WORDS or not scored[i + 1]:
            continue
        own = _ARXIV_NUMBER.findall(" ".join([below.text, *below.urls]))
        if (own and not set(own) <= set(_ARXIV_NUMBER.findall(" ".join(line.urls)))) or (
            not own and names_paper_id(below)
        ):
            continue  # a reference with an identifier of its own: maybe another paper's follow-up
        cited = read_reference(strip_number(below.text.strip())[0])
        if cited is not None and cited.names and not cited.bare and not cited.quoted:
            found.append((i, cited.title, cited.tail))
    if len(found) < 2:
        return 0
    for i, _title, _tail in found:
        scored[i] = []
    named = _name_rows(
        scored, [(i + 1, title, tail) for i, title, tail in found], "nicknamed", accept
    )
    for i, title, _tail in found:  # (a cut the candidates made already is marked too)
        _cut_of(scored[i + 1], i + 1, title, "nicknamed").how.add("nicknamed")
    return named


def talk_sections(lines: list[Line]) -> set[int]:
    """The lines under a heading of talks ("## Keynotes:", "Tutorials"): talks, not papers."""
    from papercli.importers.digest.features import names_paper_id

    inside: set[int] = set()
    # a news digest ("#### Business", "#### Policy", "#### Research"): its news sections
    headings = {line.text.strip(" #*:：").lower() for line in lines if line.kind == "heading"}
    news_page = sum(bool(_NEWS_SECTION.match(h)) for h in headings) >= NEWS_SECTIONS
    news_open = False  # whether the open section is such a digest's news
    depth = 0  # the level of the open talks heading, 0 when none is open
    tools_only = False  # whether the open heading is a software section's alone
    intro = False  # a line announcing talks ("This week's podcast episodes:") over its list
    for i, line in enumerate(lines):
        if intro and line.kind == "item" and not names_paper_id(line):
            inside.add(i)
            continue
        if (
            intro
            and line.kind == "line"
            and line.depth
            and line.text.rstrip().endswith(_COMMENT_END)
            and not _PAPER_WORDS.search(line.text)
        ):
            continue  # a talk's comment inside its item; a label ("最佳论文奖") ends the talks
        intro = (
            line.kind == "line"
            and len(line.text) <= 80
            and bool(_TALKS_INTRO.search(line.text))
            and not _PAPER_WORDS.search(line.text)  # "Lecture 3 readings:", "Papers in the talks:"
        )
        if line.kind == "heading":
            if depth and line.depth > depth and not _PAPER_WORDS.search(line.text):
                if not (news_open and names_paper_id(line)):
                    inside.add(i)  # (a news digest's top story may be a paper on arXiv)
                continue
            # ("## Grading" / "### Selection of research papers": the course's papers)
            text = _SECTION_NUMBER.sub("", line.text.strip())  # ("## 3. Online Courses")
            software = _SOFTWARE_SECTION.search(text) and not _PAPER_WORDS.search(text)
            course = _COURSE_SECTION.match(text)  # "## Goals.": a course's aims, not papers
            news_open = news_page and _NEWS_SECTION.match(text) is not None
            talks = _TALKS_SECTION.match(text) or news_open
            depth = line.depth if talks or software or course else 0
            tools_only = bool(software) and not (talks or course)
        elif depth and not names_paper_id(line) and not titles_cell(line):
            if tools_only and (_marked_full_title(line) or _marked_named_title(lines, i)):
                continue  # "#### Frameworks / Models" over "- **Timeloop: A Scalable …**": papers
            if _CITED_QUOTE.match(line.text):
                continue  # 'Che et al, 2018. "Title."' under "### Clinical Projects": a paper
            inside.add(i)  # (a tutorial on arXiv is a paper: "A Tutorial on Spectral ...")
        elif _talk_line(line.text) and not names_paper_id(line):
            inside.add(i)
        elif line.urls and all(_TALK_PATH.search(u) for u in line.urls):
            inside.add(i)  # "Title [[notes](talks/title.md)]": its notes are filed as a talk's
    return inside


# a news digest's sections of news ("#### Business", "Policy & Safety", "Top News"): two or
# more on a page make it one, whose papers are those its items name by their identifiers
# (under "### Other News", "#### Research" also links blog posts and news stories)
_NEWS_SECTION = lazy_re(
    r"^\W{0,3}(?:top\s+news|other\s+news|business|policy|(?:policy|law)\s*(?:&|and)\s*"
    r"(?:safety|regulation)|concerns|funding|industry|products?|fun|synthetic\s+media|"
    r"(?:applications?\s*(?:&|and)\s*)?business|(?:expert\s+opinions?\s*(?:&|and)\s*)?"
    r"analysis|investments?|hardware)\W{0,3}$",
    re.IGNORECASE,
)
NEWS_SECTIONS = 2


# 'Che et al, 2018. "Title."', "Ho and Ermon (2016) “Title”": a citation's names, its year, then
# its quoted title
_CITED_QUOTE = lazy_re(
    r"^\W{0,3}[A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?,?\s+"
    r"\(?(?:19|20)\d\d\)?[.,:]?\s+[\"“]"
)


FULL_TITLE_WORDS = 6  # words, at least, of a marked "Name: Subtitle" title in a tools section


def _marked_named_title(lines: list[Line], index: int) -> bool:
    """Whether line INDEX is one marked "Name: Subtitle" title of four words or more whose paragraph
    below identifies a paper ("***MLSUM: The Multilingual Summarization Corpus***" over text
    linking its arXiv page), the page's entry of a dataset's paper among tools."""
    from papercli.importers.digest.features import names_paper_id

    line = lines[index]
    text = line.text.strip()
    if not (line.first and ": " in text and len(text.split()) >= 4 and _whole_marks(line)):
        return False
    for other in lines[index + 1 : index + 1 + MARKED_ENTRY_LINES]:
        if other.kind == "heading" or (other.first and _whole_marks(other)):
            return False
        if names_paper_id(other):
            return True
    return False


MARKED_ENTRY_LINES = 4  # lines of a marked entry's paragraph below it, at most, that are read


def _marked_full_title(line: Line) -> bool:
    """Whether LINE is one bold or linked span, nothing more, that reads as a paper's full title
    ("Name: Subtitle" of FULL_TITLE_WORDS words or more): a tool's entry marks its name alone."""
    text = line.text.strip()
    return any(
        span.kind in ("bold", "link")
        and len(line.text[span.start : span.end].strip()) >= len(text) - 2
        and ": " in line.text[span.start : span.end]
        and len(text.split()) >= FULL_TITLE_WORDS
        for span in line.spans
    )


# a table column headed "Authors" alone: its cells hold names, never a title ("Weronika
# Łajewska Krisztian Balog", names with no separator, read like a title's words)
_AUTHOR_COLUMN = lazy_re(r"^\W*(?:authors?|author\(s\)|作者|著者|저자)\W*$", re.IGNORECASE)


def titles_cell(line: Line) -> bool:
    """Whether LINE is a cell of a column its table heads as the papers' ("Paper", "Title")."""
    return line.kind == "cell" and TITLES_HEADER.fullmatch(line.header.strip(" *_#:：")) is not None


def author_cells(lines: list[Line]) -> set[int]:
    """The lines that are cells of a column headed "Authors"."""
    return {
        i
        for i, line in enumerate(lines)
        if line.kind == "cell" and _AUTHOR_COLUMN.match(line.header)
    }


_NOTE_FILE = lazy_re(r"^(?!#|[a-z][a-z0-9+.-]*:)[^\s#?]+\.(?:md|markdown|html?|ipynb|rst)(?:#.*)?$")


def table_of_contents(lines: list[Line]) -> set[int]:
    """The lines of the page's table of contents: a "Contents"/"目录" heading and what
    follows it up to the next heading, or a list whose every item links into the page."""
    found: set[int] = set()
    depth = 0
    for i, line in enumerate(lines):
        if line.kind == "heading":
            # (a heading under "## Table of Contents", "### File and Storage Systems", opens
            # the page's own sections: the contents heading only named what follows)
            depth = line.depth if _CONTENTS.match(line.text.strip()) else 0
            if depth:
                found.add(i)
        elif (
            depth
            and not any(u.startswith(("http://", "https://")) for u in line.urls)
            and (line.kind != "cell" or any(u.startswith("#") for u in line.urls))
            and not (line.urls and all(_NOTE_FILE.search(u) for u in line.urls))
        ):
            # (a book's contents, "* [Title](mm-llm/title.md)", lists the notes of other files,
            # whose titles this page never repeats)
            # (a line linking out of the page is the list itself, "## 目录"; so is a table's
            # row that links nowhere into the page: "| Title | 2024-05-25 | [Read more](./x.md) |")
            found.add(i)
    anchored = [
        i
        for i, line in enumerate(lines)
        if line.kind == "item" and line.urls and all(u.startswith("#") for u in line.urls)
    ]
    if not anchored:
        return found
    # (a task list's items linking to anchors the page never gives, none of their words said
    # anywhere else on the page, are the list itself: "- [x] [Title](#alexnet)", a reading
    # checklist's entries)
    others = set(range(len(lines))) - set(anchored)
    headings = {_squashed(line.text) for line in lines if line.kind == "heading"}
    if all(_TASK_BOX.match(lines[i].text) for i in anchored):
        said = {_squashed(text) for i in others for text in _texts(lines[i])}
    elif sum(_all_linked(lines[i]) for i in anchored) < 0.6 * len(anchored):
        found.update(anchored)  # ("A, B (2020). Title. [8]": a reference, its note's anchor)
        return found
    else:
        # (a list of titles linking to anchors no heading of the page names, "[**Title**](###Nick)",
        # is a reading log's own entries, not its contents)
        said = headings
    if any(
        any(_squashed(url) in headings for url in lines[i].urls)
        or any(len(text) > 3 and text in said for text in map(_squashed, _texts(lines[i])))
        for i in anchored
    ):
        found.update(anchored)
    return found


_NOT_WORD = lazy_re(r"[\W_]+")


def _all_linked(line: Line) -> bool:
    """Whether LINE's links hold nearly all its words ("1. [**Title**](#nick)")."""
    linked = sum(span.end - span.start for span in line.spans if span.kind == "link")
    return linked >= 0.8 * len(line.text.strip(" .-*0123456789"))


def _squashed(text: str) -> str:
    """TEXT without case, spaces or punctuation."""
    return _NOT_WORD.sub("", text.casefold())


def _texts(line: Line) -> list[str]:
    """LINE's text and the texts of its spans (a link's words, a bold run)."""
    return [line.text, *(line.text[span.start : span.end] for span in line.spans)]


# "**3. 核心关键词**", "Keywords:", "关键词": a label over a paper's key words, one an item
_KEYWORDS_LABEL = lazy_re(
    r"^\W{0,3}(?:\d{1,2}\s*[.、)]\s*)?(?:核心)?(?:关键词|關鍵詞|关键字|キーワード|키워드|"
    r"key\s?words?|key\s+terms?|tags|(?:key\s+)?themes|topics)\s*[:：]?\W{0,3}$",
    re.IGNORECASE,
)


def keyword_items(lines: list[Line]) -> set[int]:
    """The items of the list right under a key words label, each a term, never a title (the
    list ends at a blank line after a tight list, a line of another kind, or an item of another
    list or depth: "- diffusion" / "2) Top Papers" opens another)."""
    found: set[int] = set()
    previous: Line | None = None  # the label, then the list's last item
    first: Line | None = None  # the list's first item: the others are of its list
    step = 0  # source lines from one item to the next: 1 in a tight list, 2 in a loose one
    for i, line in enumerate(lines):
        gap = line.number - previous.number if previous is not None else 0
        same = first is None or (line.marker, line.depth) == (first.marker, first.depth)
        if line.kind == "item" and previous is not None and gap <= (step or 2) and same:
            step = step or (gap if previous.kind == "item" else 0)
            first = first or line
            found.add(i)
            previous = line
        elif line.kind != "item" and _KEYWORDS_LABEL.match(line.text.strip()) is not None:
            previous, first, step = line, None, 0
        else:
            previous = None
    coded = [
        i
        for i, line in enumerate(lines)
        if line.kind == "item" and not line.urls and _SUBJECT_CODE.match(line.text.strip())
    ]
    if len(coded) >= SUBJECT_CODES:  # "- [SPE-RECO] Acoustic Modeling …", item after item
        found.update(coded)
    return found


# "[SPE-RECO] Acoustic Modeling for …", "[HLT-LANG] Language Modeling": a classification
# scheme's code (no year: no venue's tag) before the name of a subject area
_SUBJECT_CODE = lazy_re(r"^\[[A-Z]{2,6}(?:-[A-Z]{2,6})+\]\s+[A-Z]")
SUBJECT_CODES = 3  # such items on a page, at least, to be a scheme's list


def unread_field_lists(lines: list[Line]) -> set[int]:
    """The items of a course schedule's fields that hold no readings ("- **Materials:**" over
    its slides, "- **Content:**" over its topics, "- **Topics:** …"), on a page where another
    such field lists its readings ("- **Recommended Readings:**"): never papers."""
    fields = []  # (line, its list depth, whether it lists readings) of items that are a field
    for i, line in enumerate(lines):
        label = _FIELD_ITEM.match(line.text) if line.kind == "item" else None
        if label is not None:
            name = label.group(1)
            if _READINGS_FIELD.search(name):
                fields.append((i, line.depth, True))
            elif _NO_READINGS_FIELD.fullmatch(name.strip()):
                fields.append((i, line.depth, False))
    if not any(reading for _i, _depth, reading in fields):
        return set()
    out: set[int] = set()
    for i, depth, reading in fields:
        if reading:
            continue
        out.add(i)
        for k in range(i + 1, len(lines)):
            below = lines[k]
            if (
                below.kind not in ("item", "line")
                or (below.kind == "item" and below.depth <= depth)
                or (below.kind == "line" and below.depth == 0)  # a paragraph after the list
            ):
                break
            out.add(k)
    return out


def note_field_lists(lines: list[Line]) -> set[int]:
    """The items listed right under a note's own field label ("**Key Points:**" / "- **Hierarchical
    attention for bimanual manipulation**", "Contributions:", "Pros:"): what the note says of
    its paper, never other papers."""
    from papercli.importers.digest.features import names_paper_id

    out: set[int] = set()
    for i, line in enumerate(lines[:-1]):
        if line.kind not in ("line", "item") or not _NOTE_FIELD.fullmatch(line.text.strip()):
            continue
        depth = line.depth if line.kind == "item" else -1
        first = lines[i + 1]
        for k in range(i + 1, len(lines)):
            below = lines[k]
            if below.kind != "item" or below.depth <= depth or names_paper_id(below):
                break
            if below.depth == first.depth and below.marker != first.marker:
                break  # "- remark" / "2. “Next Title” by …": the page's own list goes on
            out.add(k)
    return out


# "Key Points:", "**Contributions:**", "Pros:": a label over the note's own remarks
_NOTE_FIELD = lazy_re(
    r"\W{0,3}(?:key\s+(?:points?|findings?|ideas?|insights?|takeaways?|contributions?)"
    r"|takeaways|contributions|main\s+ideas?|pros|cons|strengths|weaknesses|limitations)"
    r"\W{0,3}[:：]\W{0,3}",
    re.IGNORECASE,
)


# "Materials:", "**Recommended Readings:**", "Topics: …": a list item that is a field's label
_FIELD_ITEM = lazy_re(r"^\W{0,3}([A-Za-z][A-Za-z ]{1,30}?)\s*[:：]")
_READINGS_FIELD = lazy_re(r"\b(?:readings?|papers?|references|bibliography)\b", re.I)
_NO_READINGS_FIELD = lazy_re(
    r"(?:course\s+)?(?:materials?|slides?|content|topics?|labs?|assignments?|homework|videos?|"
    r"lecture\s+notes|notes|due|deliverables?)",
    re.I,
)


# a section of talks ("## Keynotes:", "Invited Talks", "Tutorials", "特邀报告") or of posts
# ("## Blog", "## Podcasts"), not of papers
_TALKS_SECTION = lazy_re(
    r"^\W{0,3}(?:(?:invited|keynote|plenary)\s+(?:talks?|speakers?)|keynotes?|tutorials?|panels?|"
    r"presentations?|slides|blogs?|(?:articles\s+and\s+)?blog\s+posts?|podcasts?|"
    # (a translated newsletter's "Articles et Blog", "Artigos e Postagens", "Makaleler ve Blog
    # Gönderileri", "Artículos y blogs")
    r"articles\s+et\s+blogs?|artigos\s+e\s+postagens|artículos\s+y\s+blogs?|"
    r"makaleler\s+ve\s+blog\s+gönderileri|"
    # (a Vietnamese reference page's "Các Khóa Học Trực Tuyến", "Các Nguồn Tài Nguyên Trực
    # Tuyến", "Các Bài Viết và Blog": courses, resources, posts)
    r"(?:các\s+)?(?:khóa\s+học|nguồn\s+tài\s+nguyên)(?:\s+trực\s+tuyến)?|"
    r"(?:các\s+)?bài\s+viết\s+và\s+blog|"
    # "### tutorials & talks", "### courses", "### books": a resource page's other kinds
    r"tutorials?\s*(?:&|and)\s*talks?|talks?\s*(?:&|and)\s*tutorials?|(?:online\s+)?courses|"
    r"(?:text)?books|"
    r"特邀报告|主题报告|大会报告|主旨演讲|特邀讲者)\s*[:：]?\W{0,3}$"
    # "Presentaciones usadas en el curso", "Slides from the lectures": a course's own decks
    r"|^\W{0,3}(?:presentations|slides|presentaciones|diapositivas|présentations|apresentações|"
    r"folien)\s+(?:used|from|of\s+the|usadas|del?|du|des|da|do|der)\b[^:：]{0,30}$",
    re.IGNORECASE,
)
_COURSE_SECTION = lazy_re(
    # (not a bare "Objective": a survey's section on training objectives)
    r"^\W{0,3}(?:(?:course\s+|learning\s+)(?:goals?|objectives?|outcomes?)|goals|objectives|"
    r"outcomes|prerequisites?|"
    r"grading|logistics|课程目标|学习目标)\W{0,3}$",
    re.IGNORECASE,
)
# "Trending Libraries of 2021", "Tools": software, not papers (a heading of a few words)
_SOFTWARE_SECTION = lazy_re(
    r"^\W{0,3}(?:\w+\s+){0,2}(?:librar(?:y|ies)|libaries|tools|software|frameworks|toolkits?|projects)\b"
    r"[^:：]{0,20}$"
    # ("Outils et jeux de données", "Ferramentas e Bases de Dados", "Araçlar ve Veri Setleri")
    r"|^\W{0,3}(?:outils|ferramentas|herramientas|araçlar|werkzeuge|strumenti)\b[^:：]{0,24}$",
    re.IGNORECASE,
)
_SECTION_NUMBER = lazy_re(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+(?=\S)")
_COMMENT_END = (".", "。", "!", "！", "?", "？")  # a sentence's end: a comment, not a label
_TALK_PATH = lazy_re(r"^(?:\./)?talks?/|/talks?/[^/]+\.md$", re.IGNORECASE)
_PAPER_WORDS = lazy_re(r"\b(?:papers?|readings?|references?|publications?)\b|论文|文献", re.I)
# "This week's podcast episodes:", "Recorded talks:": a line that announces the talks below it
_TALKS_INTRO = lazy_re(
    r"\b(?:podcasts?|episodes?|talks?|lectures?|videos?|keynotes?|webinars?)\b[^:：]{0,30}[:：]\s*$"
    r"|(?:演讲|主题报告|特邀报告|大会报告|讲座)[^:：]{0,10}[:：]\s*$",  # "会议开幕演讲："
    re.IGNORECASE,
)
# 'Invited Talk "Title"', "Keynote: Title", "Keynote Speech by …": one talk on a program
_TALK_LINE = lazy_re(
    r"^\s*\W{0,3}(?:(?:invited|keynote|plenary)\s+(?:talk|speech|lecture|address)|keynote)\b",
    re.IGNORECASE,
)


def _talk_line(text: str) -> bool:
    """Whether TEXT, or a cell of its table row ("| 9:05 AM | Invited Talk "Title""), is one
    talk on a program."""
    return any(_TALK_LINE.match(part) for part in text.split("|")[:6])


FIELD_LABEL = lazy_re(
    # ("Mihai's comments: …": a reader's own field, named by the reader)
    rf"^\W{{0,3}}(?:[A-Z][\w\-]{{1,20}}['’]s\s+)?(?:{AUTHOR_WORDS}|"
    r"tl;?\s?dr|summary|abstract|notes?|comments?|remarks?|摘要|简介|一句话总结|总结|导读|"
    r"概要|要約|要旨|(?:差分・)?新規性|요약|"  # a Japanese or Korean note's summary
    r"备注|点评|参与|编辑|责编|编译|撰文|审校|校对|出品|"  # a post's credits: "参与:杜伟、楚航"
    r"code|代码|(?:(?:first|last|lead|corresponding)\s+)?authors?|(?:第一|通讯)?作者|一作|affiliations?|机构|单位|institutions?|keywords?|关键词|subjects?|categories|"
    r"key\s+concepts|conceptos\s+clave|palabras\s+clave|palavras[- ]chave|mots[- ]cl[ée]s|"
    r"项目主页|项目源码|项目地址|源码|主页)\s*[:：]|"
    r"^\W{0,3}(?:homepage|project\s+page|github|slides|video)\s*[:：]\s*(?:\[?https?://|www\.|$)",
    re.IGNORECASE,
)


def names_colon(line: Line) -> list[str]:
    """The names of LINE when it is a list of people ending in a colon, nothing else ("Omri
    Ben-Eliezer, Rajesh Jayaram and Eylon Yogev:", "Yufei Tao:"), the title on the next line."""
    from papercli.importers.names import one_full_name, read_name_list

    text = line.text.strip()
    if not text.endswith((":", "：")) or len(text) > 400 or line.kind not in ("line", "item"):
        return []
    names, share = read_name_list(text[:-1])
    if share < 0.95 or not names or not all(one_full_name(name) for name in names):
        return []
    return names


def _bold_name_over_names(line: Line) -> bool:
    """Whether LINE is a model's bold name and a colon, then the paper's authors and nothing
    else ("- **SAM 2:** Nikhila Ravi∗, Valentin Gabeur∗, …, Ross Girshick."), its title on
    the next line."""
    from papercli.importers.names import read_name_list

    text = line.text.strip()
    bold = line.opening_span("bold")
    if bold is None or line.kind not in ("line", "item") or len(text) > 2000:
        return False
    label = line.text[bold.start : bold.end].strip()
    rest = line.text[bold.end :].strip(" :：")
    if not label.endswith((":", "：")) and not line.text[bold.end :].lstrip().startswith(":"):
        return False
    if len(label.split()) > BOLD_NAME_WORDS:
        return False  # "**A Dual Reinforcement Learning Framework …**: A, B": a title, its names
    # (the name reader drops the marks for equal parts: "Nikhila Ravi∗,†")
    names, share = read_name_list(rest.rstrip(". "))
    return len(names) >= 2 and share >= NICKNAME_NAMES_SHARE


NICKNAME_NAMES_SHARE = 0.9  # of the text after the bold name, read as names, at least
BOLD_NAME_WORDS = 3  # words of a model's name, at most ("Grounding DINO", "SAM 2")


def _never_this_title(cand: Candidate) -> bool:
    """Whether CAND is never a title: never_title's verdict, what a cut says beside its
    citation (what the cited authors did, a quotation in lower case), cited names and an
    institute with its place; except that a line over its authors' names on a page of such
    pairs may open like a sentence ("We need to talk about standard splits" / "Kyle Gorman
    and Steven Bedrick")."""
    if "paired" in cand.how:
        return _never_but_described(cand.text)
    text = cand.text
    if never_a_title(text):
        return True  # "In Findings of the Association for …", "title={Title}"
    if text[:1].islower() and cand.how & _AFTER_CITATION and _REPORTING_VERB.match(text):
        return True  # "Clark et al. (2020) propose a more sample-efficient …": what they did
    if text[:1].islower() and "quoted" in cand.how and _QUOTED_WORDS.match(text):
        return True  # 'The authors claim that this “framework provides a consistent …”'
    if text.endswith(("al", "al.")) and _CITED_NAMES.fullmatch(text):
        return True  # "[**Mikhail Yurochkin et al. (2019)**](…) developed a method …"
    if _INSTITUTE_WORD.search(text) and _INSTITUTE_NAME.fullmatch(text):
        return True  # "Network Science Institute at Northeastern University"
    return never_title(text)


def _across_bars(cand: Candidate, text: str) -> bool:
    """Whether CAND runs across the bars parting a line's fields ("[LSeg] | ICLR'22 | Title |
    [pdf] | [code]"): two fields or more, never one title."""
    return " | " in cand.text and text.count(" | ") >= 2


def _one_field(top: Candidate, row: list[Candidate], text: str) -> Candidate:
    """TOP, or the longest of the fields it runs across when it runs across the bars that part
    a line's fields ("ICLR'22 | Title | [pdf]" of "[LSeg] | ICLR'22 | Title | [pdf] | [code]"):
    one of them is the title, never two."""
    if not _across_bars(top, text):
        return top
    fields = [
        c
        for c in row
        if c.how & {"pipe_first", "pipe_part"}
        and c.text in top.text
        and not never_title(c.text)
        and len(c.text.split()) >= 2
    ]
    if not fields:
        return top
    field = max(fields, key=lambda c: len(c.text))
    field.score = max(field.score, top.score)
    return field


# "for their paper", "for his presentation of the paper": an award's words between its
# winners' names and their paper's title
FOR_THEIR_PAPER = lazy_re(
    r"^\W{0,3}for\s+(?:their|his|her|the)\s+(?:(?:best\s+)?(?:paper|poster|work|article)|"
    r"presentation(?:\s+of\s+(?:the|their|his|her)\s+paper)?)\W{0,3}$",
    re.IGNORECASE,
)


def _cited_pair(cand: Candidate, text: str) -> bool:
    """Whether CAND is two surnames cited with their year on line TEXT ("Lample and Charton
    (2019) propose …"), not a title ("Sense and Sensibility")."""
    if (" and " not in cand.text and "&" not in cand.text) or not _NAME_PAIR.fullmatch(cand.text):
        return False
    at = text.find(cand.text)
    return at >= 0 and _YEAR_AFTER.match(text, at + len(cand.text)) is not None


_AFTER_CITATION = frozenset({"cited", "after_cited_lead", "after_lead_span"})
# what a sentence says its cited authors did, in its own words after the citation
_REPORTING_VERB = lazy_re(
    r"(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|show(?:s|ed)?|develop(?:s|ed)?|"
    r"publish(?:es|ed)?|describe[sd]?|stud(?:y|ies|ied)|use[sd]?|finds?|found|argue[sd]?|"
    r"demonstrate[sd]?|explore[sd]?|investigate[sd]?|extend(?:s|ed)?|release[sd]?|"
    r"report(?:s|ed)?|suggest(?:s|ed)?|examine[sd]?|analy[sz]e[sd]?)\b"
)
# a quotation's words, lower case from its first word on, four words at least
_QUOTED_WORDS = lazy_re(r"[a-z]+\s+[a-z]+(?:\s+\S+){2}")
_NAME_WORDS_RUN = r"[A-Z][\w&'’-]*(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w&'’-]*){0,4}"
_INSTITUTE_WORD = lazy_re(r"\b(?:Institute|Laboratory|Lab|Center|Centre)\b")
# an institute's or a lab's name alone, where it is ("… Institute at … University")
_INSTITUTE_NAME = lazy_re(
    rf"(?:The\s+)?{_NAME_WORDS_RUN}\s+(?:Institute|Laboratory|Lab|Center|Centre)"
    rf"\s+(?:at|of|for)\s+(?:the\s+)?{_NAME_WORDS_RUN}"  # (not "Agent Laboratory", a paper's)
)
_CITED_NAMES = lazy_re(r"[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}\s+et\.?\s?al\.?")
_NAME_PAIR = lazy_re(r"[A-Z][^\W\d_]+(?:[-'’][A-Z][^\W\d_]+)?\s+(?:and|&)\s+[A-Z][^\W\d_]+")
_YEAR_AFTER = lazy_re(r"\s*[(,]\s*(?:19|20)\d\d\b")


@functools.lru_cache(maxsize=1 << 16)  # records are cut two or three times a page
def never_title(text: str) -> bool:
    """Whether TEXT is never a paper's title: a date line, a book chapter, a venue spelled out,
    a committee or a program slot, a schedule field, a sentence about a paper, a listicle's
    headline, an acronym spelled out, an event, a place, a list of people, a model's
    name and its year."""
    return (
        _described(text)
        or _never_but_described(text)
        or _WHERE_PUBLISHED.match(text) is not None
        or _VOLUME_PAGES.fullmatch(text.strip()) is not None
    )


# "Mach Learn 8, 279–292", "Neural Comput 9(8), 1735-1780": a journal, its volume and pages
_VOLUME_PAGES = lazy_re(
    r"[A-Z][A-Za-z.&]*(?:\s[A-Za-z.&]+){0,6}\s\d{1,4}(?:\s?\(\d{1,4}\))?,\s*\d{1,5}\s*[–-]\s*\d{1,5}"
)


# "published in Nature Computational Science": a news line's link to where a paper came out
_WHERE_PUBLISHED = lazy_re(
    r"(?:published|accepted|presented|appeared|to\s+appear)\s+(?:in|at|by)\s"
)
_VENUE_NOISE = lazy_re(
    r"^\W*(?:the\s+)?(?:IEEE|ACM|USENIX(?=\s+\S))?\s*|\s*['’]?(?:19|20)?\d\d\W*$", re.I
)


# "Deep Delta / Residual Geometry / Grokking", "Speculative Decoding / Draft Models": a
# reading list's topics, short phrases parted by spaced slashes (a title is one phrase)
# ("Segmentation/Action Recognition/Pose Estimation": unspaced, three phrases at least)
_SLASHED_TOPICS = lazy_re(
    r"[^\s/]+(?: [^\s/]+){0,2}(?: / [^\s/]+(?: [^\s/]+){0,2})+"
    r"|[^\s/]+(?: [^\s/]+){0,2}(?:/[^\s/]+(?: [^\s/]+){0,2}){2,}"
)


# "dLoRA — Cluster-level Scheduling; I/O Optimization": a paper's nickname, then a survey's
# categories of it, each a capitalised phrase of a few words, parted by semicolons; "dLoRA;
# Toppings; LoRAServe": nicknames alone, parted so (a title may be such phrases too:
# "Catastrophic Forgetting; Catastrophic Interference; Stability; …")
_CAPITALISED = r"(?:[A-Z]|[a-z]{1,3}[A-Z])"  # "Memory", "I/O", "dLoRA"
_SEMICOLON_TOPICS = lazy_re(
    rf"[^\s—–]{{1,30}} [—–] {_CAPITALISED}[\w/\-]*(?: [\w/\-]+){{0,3}}"
    rf"(?:; ?{_CAPITALISED}[\w/\-]*(?: [\w/\-]+){{0,3}})+"
    rf"|{_CAPITALISED}[\w\-]*(?:; ?{_CAPITALISED}[\w\-]*)+"
)


# "Figure 4: Architecture of LeNet", "Hình 4: Kiến trúc LeNet", "图 3：模型结构", "Table 2.":
# a figure's or a table's caption
_CAPTION = lazy_re(
    r"\W{0,3}(?:Figure|Fig\.?|Table|Tab\.|Abbildung|Abb\.|Tabelle|Hình|Bảng|그림|표|[图圖表図])"
    r"\s?\d{1,3}(?:[.-]\d{1,2})?\s?[:.：\-–]"
)


def caption_lines(lines: list[Line]) -> set[int]:
    """The lines that are a figure's or a table's caption ("Hình 4: Kiến trúc LeNet. Source:
    Illustrated: 10 CNN Architectures"): no cut of theirs is a title."""
    return {i for i, line in enumerate(lines) if _CAPTION.match(line.text)}


def _venue_alone(text: str) -> bool:
    """Whether TEXT is a venue's name alone ("IEEE S&P", "USENIX Security", "ICML 2020")."""
    from papercli.importers.venues import find_venue_year

    if len(text) > 40:
        return False
    venue = find_venue_year(text)[0]
    if venue is None:
        return False
    bare = _VENUE_NOISE.sub("", text).strip().lower()
    return bare in (venue.lower(), _VENUE_NOISE.sub("", venue).strip().lower())


def _described(text: str) -> bool:
    """Whether TEXT opens like a sentence about a paper ("We propose …", "This paper shows")."""
    return _DESCRIPTION.match(text) is not None and _sentence_case(text)


# the words of which every match of a pattern below holds one, case aside: an ASCII text
# that holds none of them is not tried (most cuts are titles, and no pattern matches them)
_CHAPTER_WORDS = ("ch",)
_VENUE_SPELLED_WORDS = (
    "meeting", "conference", "symposium", "proceedings", "international", "workshop",
    "association",
)  # fmt: skip
_LISTICLE_WORDS = ("paper", "roadmap")
_SCHEDULE_ITEM_WORDS = (
    "remark", "words", "session", "break", "lunch", "registration", "&", "panel", "ceremony",
    "chair", "meeting", "class", "lecture", "seminar", "group", "party", "tutorial", "social",
    "keynote", "talk", "track", "blog", "opening", "closing", "welcome", "dinner", "reception",
    "farewell",
)  # fmt: skip
_MONTH_OPENINGS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
_EVENT_NAME_WORDS = (
    "accepted", "workshop", "congratulations", "keynote", "talk", "department", "school",
    "faculty", "institute", "college",
)  # fmt: skip
_KIND_LABEL_WORDS = (
    "datasets", "resources", "tools", "toolkits", "benchmarks", "libraries", "tutorials",
    "courses", "books", "blogs", "videos", "slides", "links", "repositories", "repos", "papers",
    "surveys",
)  # fmt: skip
_BODY_NAME_WORDS = ("Institute", "Association", "Society", "Academy", "Foundation")


@functools.lru_cache(maxsize=1 << 16)
def _never_but_described(text: str) -> bool:
    """never_title's other reasons, all but a sentence's opening."""
    low = text.lower() if text.isascii() else None
    return bool(
        _DATE_LINE.match(text)
        or _CAPTION.match(text)
        or (may_hold(low, _CHAPTER_WORDS) and _CHAPTER.search(text))
        or _VENUE_DEFINITION.match(text)
        or _PROCEEDINGS.match(text)
        or (may_hold(low, _VENUE_SPELLED_WORDS) and _VENUE_SPELLED.search(text) is not None)
        or ("[" in text and _INNER_LINK_LABEL.search(text) is not None)
        or (("篇" in text or "论文" in text) and _CJK_HEADLINE.search(text) is not None)
        or ("；" in text and _CJK_SEMICOLON_LIST.search(text) is not None)
        or (("•" in text or "·" in text) and _DOTTED_FIELDS.search(text) is not None)
        or (may_hold(low, ("committee",)) and _COMMITTEE.search(text))
        or SCHEDULE_FIELD.match(text)
        or (('"' in text or "”" in text) and _QUOTE_BY.search(text) is not None)
        or (may_hold(low, _LISTICLE_WORDS) and _LISTICLE.search(text) is not None)
        or _spelled_out(text)
        or (
            any(word in text for word in _BODY_NAME_WORDS)
            and _BODY_NAME.match(text.strip()) is not None
        )
        or _cjk_sentence(text)
        or (
            (
                low is None
                or low.startswith(_MONTH_OPENINGS)
                or any(word in low for word in _SCHEDULE_ITEM_WORDS)
            )
            and _SCHEDULE_ITEM.search(text) is not None
        )
        or (may_hold(low, _EVENT_NAME_WORDS) and _EVENT_NAME.search(text) is not None)
        or _only_names(text)
        or _affiliated_person(text)
        or _talk_by(text)
        or _byline(text)
        or (("(" in text or "（" in text) and _NICKNAME_YEAR.match(text) is not None)
        or ("[" in text and _BOOK_MARK.search(text) is not None)
        or ("_" in text and _SLUG.match(text) is not None)
        or (low is None and _CJK_WORD.fullmatch(text) is not None)
        or _DOCUMENT_LABEL.fullmatch(text.strip()) is not None
        or _IDENTIFIER_ALONE.fullmatch(text.strip()) is not None
        or _PARENTHESISED.fullmatch(text.strip()) is not None
        or (
            ("Conference" in text or "Symposium" in text)
            and _MEETING_NAMED.fullmatch(text.strip()) is not None
        )
        or _CALL_TO_READ.fullmatch(text.strip()) is not None
        or READING_LABEL.fullmatch(text.strip()) is not None
        or ("/" in text and _FILE_PATH.search(text) is not None)
        or _READING_HEAD.match(text) is not None
        or _COLLECTION_LABEL.match(text) is not None
        or _PAPERS_IN.match(text) is not None
        or _FIGURE_CREDIT.match(text) is not None
        or ("；" in text and _TWO_TITLES.search(text) is not None)
        or _NEWSLETTER_LABEL.match(text) is not None
        or ("/" in text and _REPOSITORY.match(text.strip()) is not None)
        or ("Git" in text and _REPOSITORY_PAGE.match(text) is not None)
        or ("@" in text and _JOB_POSTING.search(text) is not None)
        or _venue_alone(text)
        or ("/" in text and _SLASHED_TOPICS.fullmatch(text.strip()) is not None)
        or (";" in text and _SEMICOLON_TOPICS.fullmatch(text.strip()) is not None)
        or _PROCEEDINGS_CHROME.match(text) is not None
        or _only_link_words(text)
        or schedule_head(text)  # "Lecture 4: Score distillation and …"
        or (may_hold(low, _KIND_LABEL_WORDS) and _KIND_LABEL.match(text) is not None)
    )


# "Chinese Datasets", "Other Resources", "Survey Papers": a list's label for a kind of thing
# (no word of a phrase between: "Datasheets for Datasets" is a paper's title)
_KIND_LABEL = lazy_re(
    r"^\W*(?:(?!(?:for|of|on|in|with|from|to|and|the|a|an)\s)\w[\w\-]*\s+){0,2}"
    r"(?:datasets|resources|tools|toolkits|benchmarks|libraries|tutorials|courses|books|blogs|"
    r"videos|slides|links|repositories|repos|papers|surveys)\W*$",
    re.IGNORECASE,
)


# "Download: PDF | Code: GitHub", "Paper / Code / Slides": a record's link labels, no title
_LINK_WORD_SET = frozenset(
    [
        "download",
        "pdf",
        "code",
        "github",
        "gitlab",
        "paper",
        "papers",
        "slides",
        "slide",
        "video",
        "videos",
        "project",
        "page",
        "website",
        "homepage",
        "arxiv",
        "link",
        "links",
        "demo",
        "blog",
        "poster",
        "bibtex",
        "dataset",
        "data",
        "supplementary",
        "supp",
        "openreview",
        "huggingface",
        "model",
        "models",
        "weights",
    ]
)
_WORD = lazy_re(r"[^\W\d_]+")


def _only_link_words(text: str) -> bool:
    """Whether TEXT is nothing but link labels and separators: two words at least, a space
    apart ("Paper2Code" is a name)."""
    if len(text.split()) < 2:
        return False  # "Paper2Code": one word, a method's name
    words = _WORD.findall(text.lower())
    return len(words) >= 2 and all(word in _LINK_WORD_SET for word in words)


# a proceedings' table of contents: "SESSION: Conversational IR" names its papers' session,
# "Full Citation in the ACM Digital Library" is the publisher's link
_SESSION = r"^\s*(?:SESSION|Session|TRACK|Track)\s*[:：]"
_PROCEEDINGS_CHROME = lazy_re(
    rf"{_SESSION}|^\s*Full Citation in the ACM Digital Library"
    # "Publisher's Version Published Artifact Artifacts Available": a paper's badges
    r"|^(?:\s*(?:Publisher['’]s\s+Version|Published\s+Artifact|Artifacts?\s+(?:Available|Functional|"
    r"Reusable|Evaluated)|Results\s+(?:Reproduced|Replicated|Validated)|Info|Preprint))+\s*$"
)
_SESSION_LABEL = lazy_re(rf"{_SESSION}\s*")


# "Lead AI Engineer @Webflow": a newsletter's job posting, a role at a company
_JOB_POSTING = lazy_re(r"\s@[A-Z][A-Za-z&.'\- ]{1,30}$")


# "GitHub - tkipf/gcn: Implementation of …": a repository page's title, as a browser shows it
_REPOSITORY_PAGE = lazy_re(r"^\s*(?:GitHub|GitLab|Gitee)\s*[-–—:|]\s*[\w.\-]+/[\w.\-]+")
# "deepseek-ai/deepseek-reasonix": a code repository's name (none of 10,272 keyed titles is one)
_REPOSITORY = lazy_re(r"^(?=.*[a-z])[A-Za-z0-9][\w.\-]+/[\w.\-]{2,}$")


# "Why this matters - bio + AI as a new frontier:": a newsletter's comment on a story, its label
_NEWSLETTER_LABEL = lazy_re(
    r"^\W{0,3}(?:why\s+(?:this|it)\s+matters|the\s+takeaway|bottom\s+line|key\s+takeaways?)\b",
    re.IGNORECASE,
)


# "Title One；Title Two": a Chinese sentence's list of two titles, never one title
_TWO_TITLES = lazy_re(r"[A-Za-z)]\s*；\s*[A-Z]")


# "Source: Simplifying Graph Convolutional Networks" under a figure: where it came from (the
# paper may be a title of its own, after the label)
_FIGURE_CREDIT = lazy_re(r"^(?:(?:image|figure|fig\.?)\s*\d*\s*)?source\s*[:：]", re.IGNORECASE)


# "📚 Bibliography: Transformers and Attention", "Reading list: Vision": a list's own name
# (an emoji before it may be mis-decoded into letters: "πŸ“š Bibliography: …")
_COLLECTION_LABEL = lazy_re(
    r"^\S{0,6}\s*(?:bibliography|reading\s+list|further\s+reading)\s*[:：]", re.IGNORECASE
)
# "Papers in EMNLP 2023 Part1", "Papers in Deep Learning": a list's name for its papers
_PAPERS_IN = lazy_re(r"^\W{0,3}papers?\s+(?:in|on|about)\s+[^.!?:：]{2,40}$", re.IGNORECASE)
# "Suggested papers", "Required reading for Tuesday, April 28": a reading list's own labels
# (and its legend's: "Background reading for lecture content", "Optional related reading on
# related topics, often seminal papers", "Reading for in-class discussion")
_READING_HEAD = lazy_re(
    r"^\W{0,3}(?:required|suggested|optional|additional|recommended|further|supplementa(?:l|ry))"
    r"\s+(?:readings?|papers?)\b(?:\s+(?:for|on|due)\b[^:]{0,40})?\W*$"
    # a legend of reading kinds: "Background reading for lecture content", "Reading for
    # in-class and online forum discussion", "Optional related reading on related topics"
    r"|^\W{0,3}(?:(?:background|optional|related)\s+){0,2}readings?\s+(?:for|on)\s+"
    r"(?:lecture|in-class|class|discussion|related\s+topics|online)\b[^:]{0,80}$",
    re.IGNORECASE,
)
# "Pdf: /simclr/A Simple Framework….pdf", "notes/gan.md": where a file lies, no title
_FILE_PATH = lazy_re(r"/[^/\n]{0,200}\.(?:pdf|md|html?|docx?|pptx?)\s*$", re.IGNORECASE)
# "Read the Paper", "Download the full PDF here": a link's call to read, no title
_CALL_TO_READ = lazy_re(
    r"(?:read|view|see|download|get|open|access)\s+(?:the\s+|this\s+)?(?:full\s+)?"
    r"(?:paper|pdf|article|preprint|publication)(?:\s+(?:here|online|now))?"
    r"(?:\s*\([^()]{0,60}\))?\W*",  # ("Read the Paper (TwinMarket - related methodology)")
    re.IGNORECASE,
)
# "Genetic and Evolutionary Computation Conference (GECCO)": a meeting's name, ending so
_MEETING_NAMED = lazy_re(
    r"(?:The\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of|on|for|in|&)\s+)?){1,8}(?:Conference|Symposium)"
    r"(?:\s*\([A-Z][\w'’-]{1,15}\))?"
)
# "(Optics Communications)": a link's text wholly in brackets, a remark on a link beside a title
_PARENTHESISED = lazy_re(r"[(（][^()（）]{1,80}[)）]")
# "arXiv:2207.01587", "doi:10.1016/j.optcom.2020.126693": a paper's identifier alone, its link's
# text above or beside its title
_IDENTIFIER_ALONE = lazy_re(
    r"\W{0,3}(?i:arxiv\s?[:：]?\s?\d{4}\.\d{4,5}(?:v\d{1,2})?|doi\s?[:：]\s?10\.\d{4,9}/\S{1,200})\W{0,3}"
    r"(?:\([^()]{1,60}\)\W{0,3})?"  # ("arXiv:2101.07792 (Optics Communications)": its DOI's)
)
# "Intro PPT", "Mid Term Project Report", "Problem Statement link": a page's own materials,
# words of documents only, never a paper's title
_DOCUMENT_LABEL = lazy_re(
    r"(?:(?:intro(?:duction)?|mid[\s-]?term|mid|term|final|project|problem|statement|"
    r"presentation|report|slides?|ppt|pptx|docs?|document|link|poster|video|notes?|proposal|"
    r"summary|homepage|website|code|demo|recording|lecture|handout|pdf)\b[\s:\-]*){1,5}",
    re.IGNORECASE,
)


# "局限性", "总结", "4. 打分", "(二) 简介": a word or two of Chinese, maybe numbered, a
# section's name; a paper's title is longer
_CJK_WORD = lazy_re(
    r"(?:(?:\d{1,2}|[一二三四五六七八九十])\s*[.、)）]\s*|[(（][一二三四五六七八九十][)）]\s*)?[\u3400-\u9fff]{1,4}"
)


# "Diffusion_Transformer_DiT": a folder's or a file's name, words joined by underscores
_SLUG = lazy_re(r"[\w\-.]+_[\w\-.]+_[\w\-.]+(?:\s|$)")


# "Recommender Systems: The Textbook [M] . Springer": China's citation standard marks a book
_BOOK_MARK = lazy_re(r"\[\s*M\s*\]")


# "ResNet (2015)", "GoogLeNet/Inception (2014)": a model's name and its year head an entry
_NICKNAME_YEAR = lazy_re(r"^[\w.\-+/]{2,30}\s*[(（](?:19|20)\d\d[)）]$")


# "ICML 2018 Accepted Papers", "ICLR Practical ML for Low Resource Settings Workshop",
# "Department of Computer Science", "Congratulations to ...!": an event, a place, a cheer
_EVENT_NAME = lazy_re(
    r"^[^:：]{0,30}?(?:\d|[A-Z]{3})[^:：]{0,20}\b(?i:accepted\s+papers)\b|"
    r"^[^:：]{0,80}\b(?i:workshop)$|^(?i:congratulations)\b|"
    # "Keynote: Securing AI Pipelines", "Invited talk - …": a program's talks
    r"^\W{0,3}(?i:keynote|invited\s+talk|plenary\s+talk)s?(?:\s*[:：]|\s+[–-]\s)|"
    r"^(?i:department|school|faculty|institute|college)\s+(?i:of|for)\s+[^:：]{0,40}"
    r"\b(?i:science|sciences|engineering|technology|computing|informatics|mathematics|"
    r"studies|medicine)\b[^:：]{0,30}$"
)
_INITIAL_OR_YEAR = lazy_re(r"\b[A-Z]\.(?:\s|$)|\b(?:19|20)\d\d\.?$")


# "Pramod Bhatotia (Technical University of Munich)": one person and where they work
_AFFILIATED = lazy_re(
    r"^((?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][\w'’\-]+)\s*[(（][^()（）]{0,60}?"
    r"\b(?:Universit(?:y|ät|é|à|eit)|Institute|College|Laborator(?:y|ies)|Lab|Research|School"
    r"|Inc|Google|Microsoft|Meta|IBM|Amazon|Apple|NVIDIA)\b[^()（）]{0,60}[)）]$"
)


# "Talk: Michael Chang (MIT)", "Guest lecture - Yoon Kim and Allen Schmaltz": a talk by people;
# "Interview with Rob van Glabbeek": an award page's talk with its winners
_TALK_BY = lazy_re(
    r"^\W{0,3}(?:(?:(?:guest|invited)\s+)?(?:talks?|lectures?)\s*(?:[:：]|\s[–-])|"
    r"(?:an\s+)?interviews?\s+with\s)\s*(.{3,120}?)"
    r"(?:\s*[(（][^()（）]{1,60}[)）])?\W{0,2}$",
    re.IGNORECASE,
)


# "by Chelsea Finn", "By Ada Quill and Ben Rowe": a byline, its names alone
_BYLINE = lazy_re(
    r"^\W{0,3}by\s+(.{3,120}?)(,?\s+et\s+al\b\.?)?(?:,?\s*[(（]?(?:19|20)\d\d[)）]?)?\W{0,2}$",
    re.IGNORECASE,
)


def _byline(text: str) -> bool:
    """Whether TEXT is a byline: "by" and people's names, nothing else."""
    found = _BYLINE.match(text.strip()) if len(text) <= 200 else None
    if found is None:
        return False
    names = found.group(1).strip()
    if found.group(2) and _CAPITALISED_NAME.fullmatch(names):
        return True  # "by Chelsea Finn et al.": one name, and others
    return _names_line(names)


_CAPITALISED_NAME = lazy_re(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-.]*){1,2}")


_THE_AUTHORS = lazy_re(r"the\s+(?:authors?|winners?|awardees?)", re.IGNORECASE)


def _talk_by(text: str) -> bool:
    """Whether TEXT is a talk named by its speakers alone ("Talk: Michael Chang (MIT)"); a
    talk named by a paper's title ("Talk: Attention Is All You Need") is that paper."""
    found = _TALK_BY.match(text.strip()) if len(text) <= 200 else None
    if found is None:
        return False
    speakers = found.group(1).strip()
    if _THE_AUTHORS.fullmatch(speakers):
        return True  # "Interview with the authors"
    if re.search(r"\bet\s+al\b|(?:19|20)\d\d", text) or re.search(r"-[A-Z]{2}|\d", speakers):
        return False  # "Talk: Mask R-CNN (He et al.)": a paper, cited or named
    return _names_line(speakers)


# "Noriaki Kawamae (NTT Comware)*": a whole name, then a bracket of words without a number
_NAME_THEN_BRACKET = lazy_re(r"^([^()（）\d]{3,40}?)\s*[(（]([^()（）\d]{2,60})[)）]\*?$")


def _affiliated_person(text: str) -> bool:
    """Whether TEXT is one person's name and their affiliation in brackets."""
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import one_full_name

    found = _AFFILIATED.match(text.strip())
    if found is not None and names_only(found.group(1)):
        return True
    named = _NAME_THEN_BRACKET.match(text.strip())
    return (
        named is not None
        and one_full_name(named.group(1))
        and re.search(r"\bet\.?\s*al\b", named.group(2)) is None
    )


def _names_line(text: str) -> bool:
    """Whether TEXT is a list of people or one person's full name ("Maxime Peyrard")."""
    from papercli.importers.names import one_full_name

    return _only_names(text) or one_full_name(text.strip())


def _only_names(text: str) -> bool:
    """Whether TEXT is a list of people ("D. Jurafsky and J. H. Martin", "Matthew Gerber and
    Joyce Chai"): names of two words or more; two of them with an initial or a year, or of
    two or three words each; or three names."""
    # the name parser reads "Ada Quill (Some Lab) · Ben Rowe (Other U)" and "Ada Quill (Some
    # Lab)*; Ben Rowe (Other U)" (affiliations dropped)
    # "Ada Quill∗ Ben Rowe∗ Cy Lund", from a PDF (the marks are no ASCII)
    if not text.isascii() and len(_MARKED_NAME_END.findall(text)) >= 2:
        text = _MARKED_NAME_END.sub(", ", text)
    if not any(mark in text for mark in (" and ", ",", ";")) and not _DOTTED_PEOPLE.search(text):
        return False
    if _TITLE_WORD.search(_BRACKETED.sub(" ", text)):
        return False  # "Learning to Rank with Neural Networks, and Trees": a title's small word
    from papercli.importers.names import read_name_list

    names, share = read_name_list(text)
    if share < 0.95 or len(names) < 2 or any(len(name.split()) < 2 for name in names):
        return False  # "Minds, Brains, and Programs": one word each is no person's name
    if len(names) >= 3 or _INITIAL_OR_YEAR.search(text) is not None:
        return True
    # "Symmetric Linear Arc Monadic Datalog and Gadget Reductions", "MobileNetV2: Inverted
    # Residuals and Linear Bottlenecks": title words read as longer names, or a colon
    return ":" not in text and all(len(name.split()) <= 3 for name in names)


_DOTTED_PEOPLE = lazy_re(r"\s[·•∙|]\s")
# a name's footnote marks, as a paper's first page prints them, before the next name
_MARKED_NAME_END = lazy_re(r"(?<=[a-z])[∗†‡§¶]+\s+(?=[A-Z])")
# the small words of a title, never of a list of names (outside its affiliations' brackets)
_TITLE_WORD = lazy_re(
    r"\s(?:for|of|with|the|to|via|from|using|on|in|is|are|towards?|into|through|without)\s"
)
_BRACKETED = lazy_re(r"[(（\[][^()（）\[\]]{0,200}[)）\]]")


# "Opening Remarks", "Coffee Break + Poster Session I", "Q&A: Name", "Lunch": a program's
# other slots, never a paper
_SCHEDULE_ITEM = lazy_re(
    r"^(?:opening|closing|welcome|concluding|introductory)\s+(?:remarks?|words|session)\b|"
    r"\b(?:coffee|lunch|tea|morning|afternoon|evening)\s+break\b|^q\s*&\s*a\b|^breakfast\b|"
    # "Opening", "Keynote", "Closing": a program's slot named alone
    r"^(?:lunch|break|registration|opening|closing|welcome|keynotes?|invited\s+talks?|dinner|"
    r"reception|farewell)$|"
    r"^panel(?:\s+discussion)?\b|^poster\s+session\b|^award\s+ceremony\b|"
    # "Paper Session #1 - Chair: Brenna Argall", "Discussion Session #2: Open problems"
    r"^(?:paper|oral|poster|discussion|spotlight|technical|invited|demo)\s+session\s*(?:#?\d|[:：-])|"
    r"\s[-–—:,(]\s*(?:session\s+)?chairs?\s*[:：]|"
    # "NO MEETING (Conference Deadlines)", "GUEST LECTURE by …", "Guest Lecture" alone (not
    # "Guest lecture - Title": a talk named by its paper), "… YEAR-END LUNCH PARTY"
    r"^no\s+(?:meeting|class|lecture|session|seminar|reading\s+group)\b|^guest\s+lecture(?:\s+by\b|\W*$)|"
    # "Superintelligence From First Principles (blog post)": what it is, said after it
    r"[(\[]\s*(?:blog(?:\s+post)?|video|podcast|tweet|twitter\s+thread|newsletter)\s*[)\]]$|"
    # "Spring Break - No Meeting", "Thanksgiving break": a term's holiday
    r"^(?:spring|fall|autumn|winter|summer|thanksgiving|mid-?term|reading|semester)\s+break\b|"
    r"[-–—:,(]\s*no\s+(?:meeting|class|lecture|session)s?\W*$|"
    r"\b(?:lunch|year-end|holiday|christmas)\s+party\b|"
    # "Tutorial : Machine Learning for Climate", "Social : BigScience": a conference's event
    r"^(?:tutorial|social|keynote|invited\s+talk|panel)\s*[:：]\s|^track\s+on\s|"
    # "A super easy-to-read blog post for understanding LSTMs": a post, described
    r"^(?:a|an|the|this|my|our)\s+(?:[\w-]+\s+){0,3}blog\s+post\b|"
    # "October 16", "Jan 3", "Sept. 21st, 2022": a day alone
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?(?:,?\s+\d{4})?$",
    re.IGNORECASE,
)


_GLUE_WORDS = frozenset({"of", "for", "from", "the", "and", "a", "an", "in", "on", "with", "to"})
_ACRONYM_GLOSS = lazy_re(r"^([A-Z][A-Za-z0-9]{1,9})\s*[(（]([A-Za-z][^()（）]{4,120})[)）]$")


# "IEEE: Institute of Electrical and Electronics Engineers", "the Association for Computing
# Machinery": a body's name, spelled out after its acronym, never a paper's title
_BODY_NAME = lazy_re(
    r"^(?:[A-Z]{2,8}\s*[:：]\s*)?(?:the\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:Institute|Association|Society|Academy|Foundation)"
    r"\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+(?:and\s+|&\s+|of\s+|for\s+)?[A-Z][a-z]+){0,5}$"
)


def _cjk_sentence(text: str) -> bool:
    """Whether TEXT is a sentence of Chinese or Japanese prose: mostly CJK, ending in "。"."""
    text = text.rstrip()
    if not text.endswith("。"):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    return len(CJK_LETTER.findall(text)) * 2 >= len(letters)


def _spelled_out(text: str) -> bool:
    """Whether TEXT is an acronym and what it stands for ("SIFT(Scale-Invariant Feature
    Transform)"): a method's name, not a paper's title."""
    match = _ACRONYM_GLOSS.match(text)
    if match is None:
        return False
    words = [w for w in re.split(r"[\s\-]+", match.group(2)) if w[:1].isalpha()]
    letters = "".join(ch for ch in match.group(1) if ch.isalpha()).lower()
    every = "".join(w[0] for w in words).lower()
    content = "".join(w[0] for w in words if w.lower() not in _GLUE_WORDS).lower()
    return letters in (every, content)


# "A Review of Top 10 DL Research Papers!", "10 papers you shouldn't miss", "Papers of the
# week": a list's headline, never a paper's title
_LISTICLE = lazy_re(
    r"\b(?:top|best)\s+\d{1,3}\b[^.!?]{0,50}\bpapers\b|\blist\s+of\b[^.!?]{0,40}\bpapers\b|"
    r"\b\d{1,3}\s+(?:must[-\s]read|important|influential|essential|key|notable)\b[^.!?]{0,40}"
    r"\bpapers\b|\bpapers\s+(?:you\b|every\b|that\b|to\s+read\b|of\s+the\s+(?:year|week|month|decade)\b)|"
    r"\bpapers?\s+reading\s+(?:list|roadmap|guide)\b|\breading\s+roadmap\b|"
    # "[10] Essential Machine Learning Papers for Beginners": the headline, its count cut off
    r"^(?:the\s+)?(?:must[-\s]read|essential|influential|important|key|notable|classic|seminal|"
    r"foundational)\s[^.!?]{0,40}\bpapers\b",
    re.IGNORECASE,
)


# "Topic: Theory of Deep Learning", "主讲人：…", "Presented by:": a schedule's other fields,
# never a paper's title, and the people they name are no authors
SCHEDULE_FIELD = lazy_re(
    # "Map Date/Time: 2017-09-07 07:00pm Location: …": a meetup's fields after its map link
    r"^\W{0,3}(?:map\s+)?(?:topics?|themes?|hosts?|speakers?|presenters?|moderators?|chairs?|"
    r"date(?:\s*/\s*time)?|time|"
    r"location|room|slides|video|recording|keywords?|tags|presented\s+by|hosted\s+by|"
    r"discussion\s+leads?|reviewers?|discussants?|主题|主讲人?|主持人?|报告人|分享人|时间|地点|"
    r"日期|关键词|标签)\s*[:：]",
    re.IGNORECASE,
)
# "Outperforms MemGPT while ...", "This paper shows ...", "We propose ...": a sentence about a
# paper (a summary bullet), never its title
_DESCRIPTION = lazy_re(
    r"^(?:(?:this|the|our)\s+(?:paper|work|study|survey|article)\s+[a-z]+s\b|(?:we|it|they)\s+[a-z]+"
    r"|(?:achieves|addresses|advocates|analy[sz]es|applies|argues|assesses|builds|combines|"
    r"compares|compresses|creates|demonstrates|describes|enables|establishes|evaluates|examines|"
    r"explores|extends|filters|finds|handles|highlights|identifies|improves|introduces|"
    r"investigates|leverages|offers|outperforms|presents|proposes|provides|reduces|reveals|"
    r"shows|studies|surveys|systematically|trains|uses|"
    # the past tense of a list's notes ("Introduced attention mechanisms, changing ..."); not
    # "Improved", "Extended", "Unified": adjectives that open titles
    r"introduced|laid|revolutioni[sz]ed|explored|showed|demonstrated|proposed|presented|"
    r"enabled|established|pioneered|populari[sz]ed|achieved|replaced|made|developed|described)\s)",
    re.IGNORECASE,
)
# 'Title” by A. Bee et al.': a quotation closed inside, then its byline: a cut too long
_QUOTE_BY = lazy_re(r"\w[”\"]\s+by\b")


def _sentence_case(text: str) -> bool:
    """Whether TEXT is written like a sentence: most of its words after the first in lower
    case ("Outperforms static-memory methods", not "Trains of Thought for Reasoning")."""
    words = [w for w in text.split()[1:] if w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].islower() for w in words) >= 0.6 * len(words)


def book_chapter(text: str) -> bool:
    """Whether TEXT names a book's chapter ("Chapter 3", "Ch.02 Background [GRL]")."""
    return _CHAPTER.search(text) is not None


_CHAPTER = lazy_re(
    # ("Ch.02 Background and Traditional Approaches [GRL]": a syllabus's chapter of a book)
    r"^(?:chapters?\s+\d|ch(?:ap)?\.\s?\d{1,2}\b|第[一二三四五六七八九十\d]+章)"
    # "Book, Chapters 3 and 6", "Book, chapter 3.1 - 3.3 & chapter 14.5 - 14.6"
    r"|[,:(]\s*chapters?\s+\d+(?:\.\d+)*"
    r"(?:\s*(?:,|and|&|-|–)\s*(?:chapters?\s+)?\d+(?:\.\d+)*)*\)?$"
    # "Dive Into Deep Learning Chapter 11: Attention Mechanisms": a book's chapter, named
    # ("Deep Learning Ch 13: Linear Factor Models", "… Chap. 4: …": the same, abridged)
    r"|^[A-Z][^:：]{3,60}\s(?i:chapter|chap\.?|ch\.?)\s*\d{1,2}\s*[:：]\s",
    re.IGNORECASE,
)
# "ACL (Annual Meeting of the Association for ...)": a venue spelled out, not a paper
_VENUE_DEFINITION = lazy_re(
    r"^[A-Z][A-Za-z]{1,9}\s*[(（]\s*(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:annual|international|european|north\s+american|asian)?\s*"
    r"(?:meeting|conference|symposium|workshop)\b",
    re.IGNORECASE,
)
# "Attending the 60th Annual Meeting of the Association for Computational Linguistics", "In the
# proceedings of the European Conference on Object-Oriented Programming": an event, anywhere
_VENUE_SPELLED = lazy_re(
    r"\b(?:annual\s+meeting\s+of|conference\s+on|symposium\s+on|proceedings\s+of)\s"
    # "CFSE: IEEE International Workshop in Cyber Forensics": a meeting's name, from its start
    r"|^(?:[A-Z]{2,8}\s*[:：]\s*)?(?:the\s+)?(?:IEEE\s+|ACM\s+)?international\s+"
    r"(?:workshop\s+(?:on|in)|(?:conference|symposium)\s+in)\s"
    # "Third Workshop on Seeking Low-Dimensionality in …": a meeting counted, from its start
    r"|^(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)\s+(?:annual\s+)?(?:international\s+)?(?:workshop|conference|"
    r"symposium)\s+(?:on|in|for)\s"
    # "Association for the Advancement of Artificial Intelligence": a society, the whole line
    r"|^(?:the\s+)?association\s+for\s+(?:the\s+advancement\s+of\s+)?[a-z]+(?:\s[a-z]+){0,3}$",
    re.IGNORECASE,
)
# "Tracks • Main + Datasets", "Title Gu & Dao · 2023": fields a page separates with a bullet,
# or a dot before a year; no keyed title of the corpus holds either
_DOTTED_FIELDS = lazy_re(r"\s•\s|\s·\s(?:19|20)\d\d\b")
# "机器学习算法的预测价值；深度强化学习在…中的应用": a session's talks, one after another
_CJK_SEMICOLON_LIST = lazy_re(r"[\u4e00-\u9fff]{4}；\s*[\u4e00-\u9fff]")
# "实验室2篇论文被IJCAI 2025录用", "团队荣获最佳论文奖": a news story's headline about papers
_CJK_HEADLINE = lazy_re(
    r"(?:\d+|[一二三四五六七八九十两多数])\s*篇(?:论文|文章|工作|成果)"
    r"|(?:荣获|获得|斩获|摘得|喜获)[^。]{0,20}论文奖"
    # "ArXiv Weekly Radiostation:NLP、CV、ML 更多精选论文(附音频)": a weekly's pointer to more
    r"|更多[^。，,]{0,6}论文"
)
# "Proceedings of the IEEE conference on ...", "arXiv preprint arXiv:2106.09685": where a paper
# appeared, as a scholar profile or a reference writes it under the title
_PROCEEDINGS = lazy_re(
    r"^(?:in\s+)?(?:proceedings\s+of\b|proc\.\s|advances\s+in\s+neural\s+information\b|"
    r"arxiv\s+preprint\b|(?:ieee|acm)\s+transactions\s+on\b)",
    re.IGNORECASE,
)
# "Title [paper][code] a remark": a links' labels inside the text, words on both sides of them
_LINK_LABEL_WORD = (
    r"\[{1,2}(?:paper|pdf|code|arxiv|project(?:\s+page)?|demo|blog|video|slides|github|"
    r"website|homepage|bib(?:tex)?)\]{1,2}"
)
_INNER_LINK_LABEL = lazy_re(
    rf"\w[)\]]*\s*{_LINK_LABEL_WORD}(?:\s*\|?\s*\[{{1,2}}[\w .\-]{{1,20}}\]{{1,2}})*\s*\|?\s*"
    r"(?=(?!(?:abstract|summary|notes?|review|tl;?dr)\b)[A-Za-z])",
    re.IGNORECASE,
)
# "Organizing Committee includes: A, B", "Committees": a label that names people, no section
_PEOPLE_WORDS = lazy_re(r"committee|chair|organi[sz]er|members|speakers|panel|includes", re.I)
_PEOPLE_LABEL = lazy_re(r"^\W*(?:[\w&]+\s+){0,3}(?:committees?|organi[sz]ers|chairs)\W*$", re.I)
# "Board and Organizing Committee", "Program Committee": an event's people
_COMMITTEE = lazy_re(
    r"^(?:[\w&]+\s+){0,3}(?:organi[sz]ing|program(?:me)?|steering|advisory|board)\b.{0,30}"
    r"\bcommittees?$",
    re.IGNORECASE,
)
# "Published on Feb 27", "Updated 2024-03-01", "发布于 3月2日": a date, never a title
_DATE_LINE = lazy_re(
    r"^(?:published|posted|updated|submitted|last\s+updated|发布于|发表于|更新于)\b"
    r"(?:\s+on|\s+date)?\s*[:：]?\s*(?:\w{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{4}[-/.年]\d{1,2}"
    r"|\d{1,2}\s+\w{3,9}|\d{1,2}月)",
    re.IGNORECASE,
)


def _chinese(text: str) -> bool:
    return len(CJK_CHAR.findall(text)) >= 0.3 * len(text)


_OWN_ENTRY = {"reference", "cited"}  # how the reference rules name a title
# "2014", "180-191" (digits bounded: a run of thousands is not retried from each of its digits)
_PRINTED_AT = lazy_re(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,6}\s*[-–]\s*\d{1,6}(?!\d)")


def _drop_translations(
    lines: list[Line], starts: list[int], best: list[Candidate | None]
) -> list[int]:
    """A Chinese title right next to an English one is its translation, not another paper:
    the pair is one record, named by the English title. (Two references printed at different
    places, "2011, 33(4):938-942" and "2014(5):180-191", are two papers.)"""
    drop: set[int] = set()
    for a, b in itertools.pairwise(starts):
        first, second = best[a], best[b]
        if first is None or second is None or b - a > 2:
            continue
        if first.how & _OWN_ENTRY and second.how & _OWN_ENTRY:
            here = set(_PRINTED_AT.findall(lines[a].text))
            there = set(_PRINTED_AT.findall(lines[b].text))
            if here and there and here.isdisjoint(there):
                continue
        if _chinese(second.text) and not _chinese(first.text):
            drop.add(b)
        elif _chinese(first.text) and not _chinese(second.text):
            drop.add(a)
    return [i for i in starts if i not in drop]


HEADED_REACH = 3  # a title this close under a heading is the first paper of its section


def _headings_over_titles(lines: list[Line], starts: list[int]) -> set[int]:
    """The headings that stand right over another title on a line or an item ("### [Side
    Channels](…)" / "- [ ] A, B: </br>" / "**Title.**"): each names its papers' section."""
    from itertools import pairwise

    from papercli.importers.digest.features import names_paper_id

    out: set[int] = set()
    lone = _lone_linked_headings(lines, starts)
    for here, below in pairwise(starts):
        if (
            lines[here].kind == "heading"
            and lines[below].kind == "heading"
            and below == here + 1
            and lines[below].depth > lines[here].depth
            and names_paper_id(lines[below])
            and not lines[here].urls
        ):
            out.add(here)  # "### Applications of RL" right over "#### [Title](openreview)"
            continue
        if lines[here].kind != "heading" or lines[below].kind not in ("line", "item"):
            continue
        if _NUMBERED_CUE.match(lines[here].text) and _NUMBERED_CUE.match(lines[below].text):
            continue  # "## 论文 2：Title" over "**论文 3：Title**": the next of its kind
        if names_paper_id(lines[here]) and not any(
            names_paper_id(ln) or ln.urls for ln in lines[here + 1 : below + 1]
        ):
            continue  # "#### [Title](arXiv)" over its notes "1. Show that …": its paper's
        if _links_a_paper(lines[here]) and lone[lines[here].depth] >= LONE_SIBLINGS:
            continue  # "## [Title](pdf)" like the headings of its level, each a paper's
        # (a title on the line right under a heading may be the next heading's twin: a line
        # over "-" is a heading, "Title — Names" / "-" / "Title — Names" a list of titles)
        if below - here <= HEADED_REACH and (
            lines[below].kind == "item" or below - here > 1 or all_italic(lines[below])
        ):
            out.add(here)  # (a heading between them would itself be a start or a section)
    return out | _headings_over_deeper(lines, starts)


def all_italic(line: Line) -> bool:
    """Whether LINE is one italic span and nothing more ("*Title*" right under "## 🤖
    Headline: …", a title set apart from the heading over it)."""
    text = line.text.strip()
    return bool(text) and any(
        span.kind == "italic" and span.start <= 1 and span.end >= len(line.text.rstrip()) - 1
        for span in line.spans
    )


LONE_SIBLINGS = 2  # headings of one level, each a paper's link with no title under it


def _lone_linked_headings(lines: list[Line], starts: list[int]) -> Counter[int]:
    """How many headings of each level are titles linked to their papers with no other title
    between them and the next heading ("## [Title](pdf)" / its notes / "## [Title](pdf)")."""
    count: Counter[int] = Counter()
    for k, here in enumerate(starts):
        line = lines[here]
        after = starts[k + 1] if k + 1 < len(starts) else None
        if (
            line.kind == "heading"
            and _links_a_paper(line)
            and (after is None or lines[after].kind == "heading")
        ):
            count[line.depth] += 1
    return count


def _links_a_paper(line: Line) -> bool:
    """Whether LINE links to a paper: its identifier's page or a PDF."""
    from papercli.importers.digest.features import names_paper_id

    return names_paper_id(line) or any(u.split("?")[0].lower().endswith(".pdf") for u in line.urls)


# words no title ends on ("… Transformers for" / "Language Understanding, 2019.": the cut
# took the title's end for names)
_OPEN_END = frozenset(HANGING_WORDS.split("|"))


def _not_cut_open(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP, or when it ends on a word no title ends on, the shortest candidate of ROW that
    goes on from it."""
    words = top.text.split()
    if not words or words[-1] not in _OPEN_END:
        return top  # (not "… to learn “B is A”", the quote's "A" a letter)
    return _cut_of_top(
        top,
        sorted(row, key=lambda c: len(c.text)),
        lambda c: c.text.startswith(top.text) and _GOES_ON.match(c.text, len(top.text)) is not None,
    )


def _marked_before_names(top: Candidate, row: list[Candidate]) -> Candidate:
    """TOP, or the italic or bold title it runs on from into the names after it ("*Title*
    Hong Jun Jeon, Dylan P. Losey": cut at the first name's comma, "Title Hong Jun Jeon"):
    what follows the markup reads as names, and TOP took one of them at most."""
    from papercli.importers.digest.features import looks_like_names

    def fits(cand: Candidate) -> bool:
        taken = top.text[len(cand.text) :].split()
        return (
            bool(cand.how & {"italic", "bold"})
            and top.text.startswith(cand.text)
            and 0 < len(taken) <= NAME_WORDS
            and all(word[:1].isupper() for word in taken)
            # the name the cut took is the first of a list: "Hong Jun Jeon, Dylan P. Losey"
            and cand.rest.lstrip(" ,").startswith(" ".join(taken) + ",")
            and looks_like_names(cand.rest[:400]) >= WRAPPED_NAMES
        )

    return _cut_of_top(top, row, fits)


WRAPPED_NAMES = 0.6  # how like names the text after the markup reads, at least
NAME_WORDS = 4  # words of the one name the cut took, at most


_GOES_ON = lazy_re(r"\s+[^\W_]")  # a word after it, not "(ICLR2018 submitted)" nor "______"


SESSION_PAPERS = 2  # linked titles right under a bold session line, at least


def _sessions_over_linked_titles(
    lines: list[Line], starts: list[int], best: list[Candidate | None]
) -> set[int]:
    """The bold lines without a link of their own that stand right over SESSION_PAPERS
    items or more, each a title linked to its paper ("14) **April 18 - AI Coding Agents**" /
    "* [KernelBench: …](arXiv)" / "* [Baldur: …](arXiv)"): each names its papers' session."""
    out: set[int] = set()
    for k, here in enumerate(starts):
        line, top = lines[here], best[here]
        if line.kind == "heading" or line.urls or top is None or "bold" not in top.how:
            continue
        run = 0
        previous = here
        for j in range(k + 1, len(starts)):  # (no copy of the rest: a page of bold titles)
            below = starts[j]
            cand = best[below]
            if (
                below - previous > 2
                or lines[below].kind != "item"
                or cand is None
                or "link" not in cand.how
                or not _links_a_paper(lines[below])
            ):
                break
            run += 1
            previous = below
        if run >= SESSION_PAPERS:
            out.add(here)
    return out


def _headings_over_deeper(lines: list[Line], starts: list[int]) -> set[int]:
    """Headings of one level that each stand over a deeper heading that is a title, no link
    between ("## 1. Tabular Data" / "**Category Summary:** …" / "### Title"), at least
    SECTION_HEADS and half that level's titled headings: each names its papers' section."""
    from itertools import pairwise

    over: dict[int, list[int]] = {}
    for here, below in pairwise(starts):
        top, under = lines[here], lines[below]
        if (
            top.kind == "heading"
            and under.kind == "heading"
            and under.depth > top.depth
            and below - here <= SECTION_REACH
            and not any(line.urls for line in lines[here:below])
        ):
            over.setdefault(top.depth, []).append(here)
    titled = Counter(lines[i].depth for i in starts if lines[i].kind == "heading")
    return {
        i
        for depth, heads in over.items()
        if len(heads) >= SECTION_HEADS and 2 * len(heads) >= titled[depth]
        for i in heads
    }


SECTION_HEADS = 2  # headings over deeper titles, at least, for them to name sections


def items_over_titles(lines: list[Line], starts: list[int]) -> set[int]:
    """List items of a few words, no link and no year, over LABELLED_CHILDREN items or more
    a level deeper that are titles or citations ("1. Expressiveness of GNNs" / "   - Zhang et
    al., _Title_, ICLR, 2023"): each names the section of the papers under it."""
    titled = set(starts)
    counted: dict[int, int] = {}
    for i in starts:
        line = lines[i]
        if line.kind != "item" or line.urls or len(line.text.split()) > ITEM_LABEL_WORDS:
            continue
        if _CITED_CUE.search(line.text):
            continue
        counted[i] = sum(
            k in titled or _CITED_CUE.search(lines[k].text) is not None
            for k in _child_items(lines, i, ITEM_LABEL_REACH)
        )
    out = {i for i, children in counted.items() if children >= LABELLED_CHILDREN}
    # (one such item among them names its one paper's section the same way)
    depths = {lines[i].depth for i in out}
    return out | {i for i, children in counted.items() if children and lines[i].depth in depths}


ITEM_LABEL_WORDS = 8
ITEM_LABEL_REACH = 200  # lines, at most, looked through under such an item
LABELLED_CHILDREN = 2


def paper_sections(lines: list[Line], starts: list[int]) -> set[int]:
    """Numbered headings of a level where one is a paper's own section ("### 2. Preliminaries"
    beside "### 3. Distillation For Auto-Regressive Sequence Models"): a note that follows its
    paper's sections, whose headings are no titles."""
    depths = {
        line.depth
        for line in lines
        if line.kind == "heading" and _PAPER_SECTION.match(line.text.strip(" *_#"))
    }
    if not depths:
        return set()
    out = set()
    for i in starts:
        text = lines[i].text.strip(" *_#")
        if lines[i].kind != "heading" or lines[i].urls:
            continue  # ("#### 2.3 [Constitutional AI](arXiv…)": a session's linked paper)
        if lines[i].depth in depths and _NUMBERED_HEADING.match(text) is not None:
            out.add(i)
        elif _SUBSECTION_NUMBER.match(text) is not None:
            out.add(i)  # "#### 3.2 RL Fine-Tuning + On-Policy GKD": one of its subsections
    return out


# "3.2 ": a subsection's number
_SUBSECTION_NUMBER = lazy_re(r"\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?\s")
# "2. Preliminaries", "4.1 Experiments": a paper's section, numbered as the paper numbers it
_NUMBERED_HEADING = lazy_re(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s")
_PAPER_SECTION = lazy_re(
    r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s+(?:introduction|preliminar(?:y|ies)|related\s+works?|"
    r"background|methods?|methodology|experiments?|experimental\s+setup|conclusions?|"
    r"discussion|evaluation|limitations)\s*$",
    re.IGNORECASE,
)


def headings_over_references(lines: list[Line], starts: list[int]) -> set[int]:
    """Titled headings of a level whose headings' sections each hold a deeper "References" (or
    "Readings", "Papers") heading, SECTION_HEADS of them at least ("### 1. Introduction to
    Multimodal AI" / bullets / "#### References" / citations): each names a session."""
    return _reference_sessions(lines) & set(starts)


class _LastSessions(threading.local):
    """The last page's session headings, per thread (the rules' second opinion asks per title)."""

    entry: tuple[list[Line], set[int]] | None = None


_LAST_SESSIONS = _LastSessions()


def forget_sessions() -> None:
    """Drop the last page's session headings (its lines go with them)."""
    _LAST_SESSIONS.entry = None


def _reference_sessions(lines: list[Line]) -> set[int]:
    """Every heading of LINES at a level where SECTION_HEADS headings or more stand over a
    deeper references heading of their own."""
    last = _LAST_SESSIONS.entry
    if last is not None and last[0] is lines:
        return last[1]
    heads: dict[int, list[int]] = {}
    for i, top in enumerate(lines):
        if top.kind != "heading":
            continue
        for line in lines[i + 1 : i + 1 + SECTION_REACH * 4]:
            if line.kind == "heading" and line.depth <= top.depth:
                break
            text = line.text.strip(" *_#:：")
            if line.kind == "heading" and (
                _REFERENCES_HEADING.match(text) or generic_list_name(text)
            ):
                heads.setdefault(top.depth, []).append(i)
                break
    found = {i for at_depth in heads.values() if len(at_depth) >= SECTION_HEADS for i in at_depth}
    _LAST_SESSIONS.entry = (lines, found)
    return found


def over_labelled_title(
    lines: list[Line], scored: list[list[Candidate]], index: int, floor: float
) -> bool:
    """Whether the heading at INDEX stands right over a labelled title ("### 1. Word2Vec" then
    "- **Title**: Efficient Estimation …"): it names the paper's topic, not a paper."""
    below = index + 1
    return (
        lines[index].kind == "heading"
        and below < len(lines)
        and TITLE_LABEL.match(lines[below].text.strip()) is not None
        and any("after_label" in c.how and c.score >= floor for c in scored[below])
    )


# "readon: 6/25/21", "Read time: 14 min": a field of a number (and its unit), no section
_NUMBER_FIELD = lazy_re(r"^[\w\s/]{1,30}[:：]\s*[\d/.\-]+(?:\s*[A-Za-z\u4e00-\u9fff]{1,8})?$")
_OUTLINE_MARK = lazy_re(r"^(?:[a-h]|[ivx]{1,4})[.)]\s+(?=[A-Z])")
_SENTENCE_END = lazy_re(r"[.!?。！？:：,，;；)]$|[.!?。！？]\s")
# "📌 Mandatory Readings (Must Read First)": a section's name and a remark in brackets on it
# "阶段一:基础概念(Foundation)": a Chinese section's name and its English gloss
_GLOSSED_CJK_LABEL = lazy_re(
    r"[\u4e00-\u9fff][^()（）。，,.;；]{1,15}[(（][A-Za-z][A-Za-z \-&]{1,30}[)）]"
)
_REMARKED_LABEL = lazy_re(
    r"[^\w\s(]{0,3}\s*[A-Z][\w-]*(?: [\w-]+){0,3} \((?:[A-Z][a-z]*)"
    r"(?: (?:[A-Za-z]+|\d{1,3}\s?[-–]{1,2}\s?\d{1,3})){0,3}\)"  # "(Papers 1--6)" too
)


def _remarked_label(text: str) -> bool:
    """Whether TEXT is a section's name with a remark of two words or more in brackets
    ("Core Papers (Highly Recommended)"), not a name and its affiliation ("Ada Moss (Google
    Research)")."""
    from papercli.citations import is_organization

    label = _REMARKED_LABEL.fullmatch(text.strip())
    if label is None:
        return False
    remark = text[text.rindex("(") + 1 : text.rindex(")")]
    return len(remark.split()) >= 2 and not is_organization(remark)


# "Best Language Papers of 2022", "2019年必读论文": a list's name with its year, a section
_DATED_LIST_NAME = lazy_re(
    r"^(?:[A-Z][\w-]*\s+){0,3}(?i:papers|readings|picks)\s+(?:of|in|from)\s+(?:19|20)\d\d$|"
    r"^(?:19|20)\d\d\s*年?\s*(?:必读|推荐|精选|最佳)?论文$"
)
_YEARISH = lazy_re(r"(?<!\d)(?:19|20)\d\d(?!\d)|https?:|www\.")


# "Database Engines(45篇)", "Robustness (12 papers)": a group's count of papers, its unit said
_PAPERS_COUNTED = lazy_re(r"[(（]\s*\d{1,4}\s*(?:篇|papers|편|本)(?:\s*论文)?\s*[)）]\W{0,3}$")
# "Architecture and Training Dynamics (28)": how many papers the section holds
_COUNT_TAIL = lazy_re(r"[(（]\d{1,3}(?:\s?(?:papers?|篇))?[)）]$")  # not a year: "BERT (2019)"


# "10:25 - 11:15 AM Poster Session", "9:00 AM - Opening": a program's slot, two times or one
# with its AM or PM ("3.10 - Graph Neural Networks" is an outline's number)
_TIME_SLOT = lazy_re(
    r"^\d{1,2}[:.]\d\d\s?(?:[ap]\.?m\.?)?\s?[-–—~]\s?\d{1,2}[:.]\d\d|^\d{1,2}:\d\d\s?[ap]\.?m\b",
    re.IGNORECASE,
)


def _time_only(text: str) -> bool:
    """Whether TEXT is a program's time slot and nothing more ("2:00pm - 3:15pm (CET)")."""
    slot = _TIME_SLOT.match(text) if ":" in text else None  # ("### 2.16-2.18": dates)
    return slot is not None and _SLOT_REST.fullmatch(text[slot.end() :]) is not None


_SLOT_REST = lazy_re(r"\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?\s*", re.IGNORECASE)


def _outline_text(line: Line) -> str:
    """LINE's text without an outline's letter or numeral ("a. Deep Q-Learning") or the
    count of papers after a section's name ("Efficiency (10)")."""
    text = _OUTLINE_MARK.sub("", line.text.strip())
    count = _COUNT_TAIL.search(text, max(0, len(text) - 20))
    return text[: count.start()].rstrip() if count else text


# a line that opens a data file's list or object: "papers: [", "title: {", "const news = ["
_DATA_OPENER = lazy_re(r"^(?:(?:export\s+)?(?:const|let|var)\s+)?[\w$-]{1,30}\s*[:=]\s*[\[{(]$")


# a data file's group title over the list it opens: 'title: "Papers accepted by ICML 2025",'
_DATA_GROUP_TITLE = lazy_re(
    r"^(?:title|name|label|heading|group|category|topic|section|en)\s*:\s*"
    r"[\"']([^\"'\n]{2,120})[\"'],?$",
    re.IGNORECASE,
)


def _section_line(line: Line, kinds: tuple[str, ...] = ("line", "item")) -> bool:
    """Whether LINE, of one of KINDS, reads as a plain-text section name ("Few-shot
    learning")."""
    text = _outline_text(line)
    if line.kind in kinds and schedule_label(text) and len(text) <= 120:
        return not line.urls  # "Week 2‑1 (09/15/2025): Positional Encodings.": a session's
    shortest = 2 if line.kind == "cell" and re.fullmatch(r"[A-Z]{2}", text) else 3
    if line.kind not in kinds or not shortest <= len(_TOPIC_LABEL.sub("", text)) <= 60:
        return False  # (a table's section row may be an acronym: "| **RL** |", "| CV |")
    if sum(ch.isalpha() for ch in text) < 2:
        return False  # "📷₁ 📷₂ 📷₃", "---": marks and numbers name no section
    ended = (
        _SENTENCE_END.search(text) is not None
        and _REMARKED_LABEL.fullmatch(text) is None
        and (line.kind != "line" or _GLOSSED_CJK_LABEL.fullmatch(text) is None)
    )  # (a note's item, "- 核心要点:提出一种折叠相机(Folding Camera)", is no section)
    yearish = _YEARISH.search(text) is not None and _DATED_LIST_NAME.search(text) is None
    if ended or yearish or line.urls or link_label(text):
        return False  # "paper" under a title: the label of its link, not a section
    if _only_link_words(text):
        return False  # "[slides] [video]": the labels of links whose addresses were lost
    if _TIME_SLOT.match(text):
        return False  # "10:25 - 11:15 AM Poster Session + Break": a program's slot
    if _NUMBER_FIELD.match(text):
        return False  # "readon: 6/25/21": a data file's field, the record's above
    if _DATA_OPENER.match(text):
        return False  # "papers: [", "const items = [": a data file's structure
    if book_chapter(text):
        return False  # "Ch.13 The Structure of the Web [NCM]": a reading under its section
    label, colon, after = text.partition(":")
    named = colon and _PEOPLE_WORDS.search(label) and _names_line(after.strip())
    if named or _PEOPLE_LABEL.match(text) or (colon and FIELD_LABEL.match(text)):
        # ("Authors: Ada Moss, Ben Wren": the entry above's field)
        return False  # "Committees", "Organizing Committee includes: Eunsol Choi, …": people
    text = _TOPIC_LABEL.sub("", text)  # "Topic: Part of Speech Tagging with Hidden Markov …"
    # (its remark in brackets is no part of its name: "Case Studies (revisited in Session 8)")
    text = _BRACKETED_REMARK.sub("", text)
    return len(text.split()) <= 8 and text.count(",") < 2


_BRACKETED_REMARK = lazy_re(r"\s*[(（][^()（）]{1,60}[)）]")


# "Basic Models", "Near-duplicate Detection", "Graph Models (GNN)": each word capitalised
_CAPITALISED_WORDS = lazy_re(
    r"(?:[A-Z0-9(][\w\-()/&]*|of|and|or|for|the|in|on|to|with)"
    r"(?:\s+(?:[A-Z0-9(][\w\-()/&]*|of|and|or|for|the|in|on|to|with|a|an|at|by|from))*"
)


def _bold_label_above(lines: list[Line], start: int, previous_start: int) -> str | None:
    """The text of a paragraph that is one bold or italic label ("**Uncertainty Estimation:**",
    "_Basic Models_") between the previous record and record START, else None."""
    for i in range(start - 1, max(previous_start, start - 4, -1), -1):
        line = lines[i]
        text = line.text.strip()
        if line.kind != "line" or len(line.spans) != 1:
            continue
        if line.spans[0].kind not in ("bold", "italic"):
            continue  # ("_Basic Models_" under "## NLP": a label in italics too)
        if line.spans[0].kind == "italic" and (
            _names_line(text.strip("_* ")) or not _CAPITALISED_WORDS.fullmatch(text.strip("_* :："))
        ):
            continue  # "*Ada Moss, Ben Reed*", "_Highly recommended_": names, a remark
        if _only_names(text.strip("_* ")):
            continue  # "**Ada Moss, Ben Reed**": a paper's authors in bold, not a section
        awarded = _award_label(line)
        if awarded is not None:
            return awarded  # "**Best Poster Award**: Poster with …" over its winners
        span = line.spans[0]
        if line.text[: span.start].strip() or line.text[span.end :].strip(" :："):
            continue
        label = text.strip(" :：")
        if resource_word(label.strip("*_ ")) or _FIELD_NAME.fullmatch(label.strip("*_ ")):
            continue  # "**论文链接：** []()", "**摘要：**": the paper above's field, its value gone
        # (a remark in brackets is no part of its name's length: "NeurIPS 2023 Test of Time
        # Award (Papers from 2013)")
        named = _BRACKETED_REMARK.sub("", label.strip("*_ "))
        if 3 <= len(named) <= 60 and len(named.split()) <= 8 and not line.urls:
            return label
    return None


_FIELD_NAME = lazy_re(r"摘要|作者|abstract|authors?|summary|tl;?dr|keywords?|关键词", re.IGNORECASE)


# "Sep 9 (Mon)   Danqi   Pretraining 1 [slides]": a schedule table's row, its cells a few
# spaces apart, the first a date, the last the session's topic (its slides' label after it)
_DATED_ROW = lazy_re(
    rf"^\s*(?:{CAPITAL_MONTH}\.?\s+\d{{1,2}}|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)"
    r"(?:\s*\([A-Za-z]{2,9}\.?\))?(?:\s{2,}[^\s].*?)*\s{2,}(?P<topic>\S(?:\S|\s(?!\s))*?)"
    r"(?:\s*\[(?:slides?|notes?|video|pdf|link)\])*\s*$"
)


_DATED_ROW_RUN = lazy_re(rf"^\s*{CAPITAL_MONTH}\.?\s+\d{{1,2}}\s*\([A-Za-z]{{2,9}}\.?\)\s+\S")
_NOT_A_TOPIC_CELL = lazy_re(
    r"^(?:room\b.*|zoom\b.*|online\b.*|in[-\s]person\b.*|"
    r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*[-–]\s*)?\d{1,2}(?::\d\d)\s*(?:am|pm)?)$",
    re.IGNORECASE,
)  # "Room 204", "Zoom only", "10:30-11:50am": a row's other cells
_ROW_LINK_LABEL = lazy_re(r"slides?|notes?|video|pdf|link|recording", re.IGNORECASE)


def dated_row(text: str) -> bool:
    """Whether TEXT reads as a schedule table's row: a date, then cells a few spaces apart, or
    the same with its spaces run together ("Sep 9 (Mon) Ada Pretraining 1")."""
    return _DATED_ROW.match(text) is not None or _DATED_ROW_RUN.match(text) is not None


def _dated_row_label(line: Line) -> str | None:
    """The topic of a schedule row's line ("Sep 9 (Mon)   Danqi   Pretraining 1 [slides]")
    over the list of its readings, else None."""
    if line.kind != "line" or len(line.text) > 200:
        return None
    text = line.text
    for span in reversed(line.spans):  # "… Pretraining 1 [slides](lec02.pdf)": the link's label
        if span.kind != "link" or text[span.end :].strip():
            break
        if _ROW_LINK_LABEL.fullmatch(text[span.start : span.end].strip(" []")) is None:
            break
        text = text[: span.start]
    if _DATED_ROW.match(text) is None:
        return None
    from papercli.importers.names import one_full_name

    # its last cell that says what the session is about, not who leads it or where it is
    cells = re.split(r"\s{2,}", text.strip())[1:]
    for cell in reversed(cells):
        cell = re.sub(r"(?:\s*\[(?:slides?|notes?|video|pdf|link)\])+$", "", cell).strip()
        if re.fullmatch(r"n/?a|tbd|tba|none|-+", cell, re.IGNORECASE):
            return None  # "Sep 16 (Mon)   Ada   N/A": a session without a topic
        if one_full_name(cell) or _NOT_A_TOPIC_CELL.match(cell):
            continue
        if re.search(r"[A-Za-z]{3}", cell) and len(cell.split()) <= 8:
            return cell
        return None
    return None


def _session_above(lines: list[Line], start: int, previous_start: int) -> str | None:
    """A session's label on a line of its own over record START ("Week 1" / "Speaker A." /
    "Title: …"), only a speaker's line between them, back to the previous record, else None."""
    spoken = False
    for i in range(start - 1, max(previous_start, start - 4, -1), -1):
        line = lines[i]
        text = line.text.strip()
        if line.kind != "line" or line.urls:
            return None
        if _SPEAKER_LINE.match(text):
            spoken = True
            continue
        if not spoken:
            return None  # ("Session 3 - Posters" right over a title may be the last one's)
        if schedule_label(text) and len(text.split()) <= 8 and not _SENTENCE_END.search(text):
            return _DECORATION.sub("", text) or None
        return None
    return None


# "Takeaway: Shows how …": a field of the record above, written "Label: value"
_FIELD_PAIR = lazy_re(r"^[A-Z][\w'’\- ]{0,24}:\s+\S")


def _lower_start(line: Line) -> bool:
    """Whether LINE opens in lower case or with a bracket: a sentence's wrapped rest."""
    opening = line.text.lstrip("> ")[:1]
    return opening.islower() or opening == "("


def _runs_on(lines: list[Line], index: int) -> bool:
    """Whether plain line INDEX belongs to the text around it rather than naming a section:
    a wrapped line going on in lower case ("attention and tensor flow before …"), the line it
    goes on from, or a "Label: value" field under another field of its paragraph ("Further
    reading: A, B" under "Takeaway: …")."""
    line = lines[index]
    if line.kind != "line":
        return False
    above = lines[index - 1] if index > 0 else None
    below = lines[index + 1] if index + 1 < len(lines) else None
    if not line.first and _lower_start(line):
        return True
    if below is not None and below.block == line.block and not below.first and _lower_start(below):
        return True
    return (
        not line.first
        and above is not None
        and above.block == line.block
        and _FIELD_PAIR.match(line.text) is not None
        and _FIELD_PAIR.match(above.text) is not None
        and _TOPIC_LABEL.match(line.text) is None
        and not schedule_label(line.text)
    )


def _plain_label_above(lines: list[Line], start: int) -> str | None:
    """The text of a one-line paragraph right above list item START that names a section
    ("分布式理论基础" over "- Title" under the page's heading), else None."""
    if start < 1 or lines[start].kind != "item" or lines[start].depth != 1:
        return None
    label = lines[start - 1]
    dated = _dated_row_label(label)
    if dated is not None:
        return dated
    # "Week 1‑1 (09/08/2025): …" names a session even run on from the lines over it
    session = schedule_label(label.text)
    if label.text.rstrip().endswith((":", "：")) and not session:
        named = label.text.rstrip().rstrip(":：").strip()
        if len(named.split()) < 2 or _LIST_OWN_NAME.fullmatch(named):
            # "任务：" over a note's bullets: a field's label, not a section ("Reinforcement
            # Learning:" over its papers is one); "Today's papers:": the list's own name
            return None
        bare = replace(label, text=named)
        return named if _section_line(bare, ("line",)) and not label.spans else None
    if start >= 2 and lines[start - 2].block == label.block and not session:
        return None  # the last line of a paragraph, not a label of its own
    if label.kind != "line" or (label.depth and not session) or label.spans:
        return None
    if _MONTH_LABEL.fullmatch(label.text.strip()):
        return label.text.strip()  # "2019 Sep" over the notes of the papers read that month
    if not _section_line(label, ("line",)):
        return None
    return label.text.strip().lstrip("#").strip() or None  # "##Data Mining": a heading unspaced


# "Today's papers", "Suggested readings", "Further reading": a list's own name, no section
_LIST_OWN_NAME = lazy_re(
    r"\W*(?:[\w'’]+\s+){0,2}(?:papers?|readings?|references?|publications?|论文|文献)\W*",
    re.IGNORECASE,
)
# "2019 Sep", "Sep 2019", "September, 2019": a reading log's month
_MONTH_LABEL = lazy_re(
    rf"\W{{0,3}}(?:(?:19|20)\d\d\s+{CAPITAL_MONTH}\.?|{CAPITAL_MONTH}\.?,?\s+(?:19|20)\d\d)"
    r"\W{0,3}"
)


def _section_row(lines: list[Line], start: int, previous_start: int) -> str | None:
    """The name of the table row of one plain cell right above the row of cell START, back to
    the previous record ("| Speech Separation |" over "| [Title](url) |"), else None."""
    row = lines[start].row
    for i in range(start - 1, max(previous_start, start - 6, -1), -1):
        line = lines[i]
        if line.kind != "cell" or line.row == row or line.text.strip().lower() in BLANK_VALUES:
            continue
        # (its other cells empty, or "NULL" / "-" / "N/A": "| CRF相关 | NULL | NULL |")
        alone = all(lines[k].text.strip().lower() in BLANK_VALUES for k in _row_mates(lines, i))
        if alone and _section_line(line, ("cell",)):
            return line.text.strip()
        if alone:
            return None
        # (a row that gave no paper, "| [CLIP](…/blog) | Look at it |", is passed over)
    return None


# "## References" / "参考文献" over a post's numbered references
_REFERENCES_HEADING = lazy_re(
    r"^\W{0,3}(?:\d{1,2}\.?\s*)?(?:references?|bibliography|works\s+cited|参考文献|参考资料)\W{0,3}$",
    re.IGNORECASE,
)
_REFERENCE_NUMBER = lazy_re(r"^\W{0,3}\[(\d{1,3})\]")  # "[3] Title", "*[3] Title*"
_CITATION_MARKS = lazy_re(r"\[(\d{1,3}(?:\s*[,，–-]\s*\d{1,3}){0,9})\]")  # "[3]", "[1, 4-6]"


def _cited_numbers(marks: str) -> list[int]:
    """The reference numbers a citation mark names ("1, 4-6" → 1, 4, 5, 6)."""
    numbers: list[int] = []
    for part in re.split(r"\s*[,，]\s*", marks.strip()):
        bounds = re.split(r"\s*[–-]\s*", part)
        if len(bounds) == 2 and all(b.isdigit() for b in bounds):
            low, high = int(bounds[0]), int(bounds[1])
            numbers.extend(range(low, high + 1) if 0 <= high - low <= CITED_RANGE else [])
        elif part.isdigit():
            numbers.append(int(part))
    return numbers


CITED_RANGE = 50  # "[1-50]" at most: a longer range is no citation


# "Date: Mar 27", "Lecture assignment: tagger_we": a heading that is a field's label and value
_FIELD_HEADING = lazy_re(r"^[A-Za-z][A-Za-z ]{1,24}:\s+\S")
FIELD_HEADINGS = 3  # headings of one level in a row, at least, to be a record's fields


def field_headings(lines: list[Line]) -> set[int]:
    """The headings that are fields ("#### Date: Mar 27" / "#### Slides: https://…" / "####
    Video: …" under "### Lecture: 7. RNN"): runs of FIELD_HEADINGS or more of one level, one
    line after another, each a label and its value; they name no section."""
    out: set[int] = set()
    run: list[int] = []
    for i, line in enumerate(lines):
        field = line.kind == "heading" and _FIELD_HEADING.match(line.text.strip()) is not None
        if field and run and run[-1] == i - 1 and lines[run[-1]].depth == line.depth:
            run.append(i)
            continue
        if len(run) >= FIELD_HEADINGS:
            out.update(run)
        run = [i] if field else []
    if len(run) >= FIELD_HEADINGS:
        out.update(run)
    return out


def byline_heading(lines: list[Line]) -> bool:
    """Whether the page's second line is a heading under its first that is one person's name
    alone: the page's writer ("# Readings for Recommender Systems" / "### Ada Moss")."""
    from papercli.importers.names import one_full_name

    if len(lines) < 2 or lines[0].kind != "heading" or lines[1].kind != "heading":
        return False
    return lines[1].depth > lines[0].depth and one_full_name(lines[1].text.strip())


def _cited_sections(lines: list[Line], records: list[Record], heading_at: list[list[str]]) -> None:
    """References under a "References" heading ("[3] Title") take the sections of the text
    above that first cites them ("### 1.1 With Negatives" / "3) CMC [3]"): what the post files
    them under, where "References" only says where they are listed."""
    numbered = {}
    for record in records:
        lead = _REFERENCE_NUMBER.match(lines[record.start].text)
        if lead and record.sections and _REFERENCES_HEADING.match(record.sections[-1]):
            numbered[int(lead.group(1))] = record
    if not numbered:
        return
    first = min(record.start for record in numbered.values())
    cited_at: dict[int, int] = {}
    for i in range(first):
        if lines[i].kind != "heading" and "[" in lines[i].text:
            for marks in _CITATION_MARKS.finditer(lines[i].text):
                for number in _cited_numbers(marks.group(1)):
                    cited_at.setdefault(number, i)
    for number, record in numbered.items():
        at = cited_at.get(number)
        sections = [name for name in heading_at[at] if name] if at is not None else []
        if sections:
            record.sections = sections


def _sibling_item(line: Line, item: Line) -> bool:
    """Whether LINE is an item of ITEM's list: same kind, marker and depth."""
    return line.kind == "item" and line.marker == item.marker and line.depth == item.depth


_DECORATION = lazy_re(r"^\s*[=\-*#~_]{2,}\s*|\s*[=\-*#~_]{2,}\s*$")  # "=== cs.CL ===" is cs.CL


_GENERIC_LIST_NAME = lazy_re(
    r"^\W*(?:论文清单|论文列表|推荐论文|paper\s+list|list\s+of\s+papers|reading\s+list|papers|"
    r"readings|reading\s+materials?)\W*$",
    re.IGNORECASE,
)


def generic_list_name(text: str) -> bool:
    """Whether TEXT names a list's kind ("Papers", "论文清单"), not what its papers are about."""
    return _GENERIC_LIST_NAME.match(text) is not None


_SPEAKER_LINE = lazy_re(
    r"^\W{0,3}(?:(?:speakers?|presenters?|discussion\s+leads?|主讲人?|报告人|分享人)"
    r"(?:\s*[:：]\s*\S[^:：]{0,60}|\s+[A-Z]\.?|\s+\d{1,2}\.?)|presented\s+by\s+\S[^:：]{0,60}|"
    r"(?:session\s+)?chair(?:s|person)?\s*(?:[:：]|\s[-–—])\s*\S[^:：]{0,80})$",
    re.IGNORECASE,
)  # "Speaker A.", "主讲人：L", "Presented by Ada Moss" (not "Speaker Verification"), and a
# program's "Chair - Mounia Lalmas" under its session's name
# "Topic: N-Gram Language Models" over a session's readings: the section is the topic it names
_TOPIC_LABEL = lazy_re(r"^(?:topics?|themes?|主题|专题)\s*[:：]\s*(?=\S)", re.IGNORECASE)


_AWARD_SECTION = lazy_re(
    r"^\W{0,3}" + AWARD_NAME + r"(?:\s+papers?)?\s*[–—-]\s*\w[\w\s]{0,30}$", re.IGNORECASE
)  # "Honorable Mention Papers – Main Conference", "Honorable Mention Paper – Theme"


NEAR_LABEL = 6  # lines above a record that may name its section
FAR_LABEL = 10  # ... when a readings label stands between ("Lecture 6" / bullets / "Readings:")


def _own_award_labels(lines: list[Line], records: list[Record]) -> bool:
    """Whether each record of a page ends with its award's label, the last one too, or has it
    right under its title, and no such label stands over the first ("Title" / "Authors" /
    "Best Paper" / "Title" / "Authors" / "Honorable Mention"): each label is the section of
    the paper over it, not of the next one. Sets those sections."""
    if len(records) < 2 or any(lines[r.start].kind not in ("line", "item") for r in records):
        return False
    if any(r.sections != records[0].sections for r in records):
        return False  # (all under one heading, "Outstanding Paper Awards", or none)
    bodies = [
        [line for line in lines[record.start + 1 : record.end] if line.text.strip()]
        for record in records
    ]
    if not all(bodies) or any(len(body) > 4 for body in bodies):
        return False
    # the label last in each record, or first, right under its title ("“Title”" / "Best
    # efficient NLP paper" / "Notes from the Best Paper Committee: …")
    ends = next(
        (
            [body[at] for body in bodies]
            for at in (-1, 0)
            if all(_AWARD_LINE.match(body[at].text) for body in bodies)
        ),
        None,
    )
    if ends is None:
        return False
    labels = [line.text.strip(" :：*_") for line in ends]
    first = records[0].start
    above = lines[first - 1].text.strip(" :：*_").casefold() if first else ""
    if above in {label.casefold() for label in labels}:
        return False  # "Best Paper" over the first title too: each label heads the next one
    for record, label in zip(records, labels, strict=True):
        record.sections = [*record.sections, label]
    return True


def _plain_sections(lines: list[Line], records: list[Record]) -> None:
    """Records of a page without headings take the short label line above them as section."""
    if _own_award_labels(lines, records):
        return
    current: str | None = None
    starts = {record.start for record in records}
    current_under: tuple[str, ...] = ()  # the headings a section row or label stands under
    awarded: str | None = None  # the last award a line introduced the winners of
    if (
        records
        and records[0].start
        and lines[0].kind == "line"
        and _AWARD_LINE.match(lines[0].text)
    ):
        current = awarded = lines[0].text.strip(" :：*_")  # the page's title: "Best Paper Awards"
    previous_start = -1
    for record in records:
        kind = lines[record.start].kind
        if kind == "cell" or (record.sections and kind in ("line", "item")):
            # under its headings, a table's own section row ("| Speech Separation |") or a
            # bold label ("**Uncertainty Estimation:**" under "### 30 Papers")
            found = (
                _section_row(lines, record.start, previous_start)
                if kind == "cell"
                else _bold_label_above(lines, record.start, previous_start)
                or _plain_label_above(lines, record.start)
                or _session_above(lines, record.start, previous_start)
            )
            headed = tuple(record.sections)
            if found is not None:
                current, current_under = found, headed
            if current and current_under == headed:
                record.sections = [*record.sections, current]
            previous_start = record.start
            continue
        if record.sections or lines[record.start].kind not in ("line", "item"):
            previous_start = record.start
            continue
        first = lines[record.start]
        below = lines[record.start + 1].text if record.start + 1 < len(lines) else ""
        if _AWARD_SECTION.match(first.text) and _section_line(first) and not _names_line(below):
            # (over its authors, "Best Paper Awards - A Citation Study" is a paper's title)
            # "Honorable Mention Papers – Main Conference": an award's section, read as a
            # title of its own, names the papers under it
            current = awarded = first.text.strip()
            record.sections = [current]
            previous_start = record.start
            continue
        bold = _bold_label_above(lines, record.start, previous_start)
        label = lines[record.start - 1] if record.start else None
        if (
            bold is None
            and first.kind == "item"
            and label is not None
            and label.kind == "line"
            and _MONTH_LABEL.fullmatch(label.text.strip())
        ):
            bold = label.text.strip()  # "2019 Dec" over the papers read that month
        if bold is not None:  # "**Training/Optimization:**" over "**1. Title**"
            record.sections = [bold]
            current = bold
            previous_start = record.start
            continue
        # (the page's first line is its title, unless it names the list right under it:
        # "Dialog:" / "- [Title](…)")
        lowest = -1 if record.start == 1 and _list_label(lines, 0, first) else 0
        window = range(record.start - 1, max(previous_start, record.start - FAR_LABEL, lowest), -1)
        award = next((a for i in window if (a := award_intro(lines[i].text))), None)
        if (
            award is None
            and current is not None
            and current == awarded
            and any(_introduces_a_list(lines[i].text) for i in window)
        ):
            current = None  # "Beyond the awards, I liked these:": other papers follow
        generic: str | None = None  # a list's generic name passed on the way up
        opened = False  # a data file's list opened above the record ("papers: [")
        labelled = False  # that name is a readings label ("Suggested Readings:")
        passed = False  # items above the name that are no papers (a lecture's bullet points)
        ran_out = False
        for i in window if award is None else ():
            if i <= record.start - NEAR_LABEL and not labelled:
                ran_out = True  # (only past a readings label is a session looked for further)
                break
            if generic is not None and lines[i].kind == "item":
                if i in starts:
                    current = generic  # "Core lectures" / papers / "Readings" / items: its own
                    break
                passed = True  # a lecture's bullet points above "Suggested Readings:"
            if (
                first.kind == "item"
                and _sibling_item(lines[i], first)
                and _AWARD_LINE.match(lines[i].text) is None
                and not (schedule_label(_outline_text(lines[i])) and _section_line(lines[i]))
            ):
                continue  # an item of the same list is an entry, not the list's heading
                # (unless it names an award: "• Best Paper" over "• Title (A and B)", or a
                # session: "- Lecture 6: Generalization" over its readings)
            if _SPEAKER_LINE.match(lines[i].text):
                continue  # "Speaker A." under "Week 1": who presents the paper, no section
            if (
                i == record.start - 1
                and lines[i].kind == "line"
                and (_AWARD_LINE.match(lines[i].text) or _AWARD_LABEL_LINE.match(lines[i].text))
            ):
                current = lines[i].text.strip(" :：*_")  # "New Horizons Award:" right over it
                break
            if _DATA_OPENER.match(lines[i].text.strip()):
                opened = True
                continue  # "papers: [": a data file's list, not a list's name
            group = _DATA_GROUP_TITLE.match(lines[i].text.strip()) if opened else None
            if group is not None:  # 'title: "2 papers accepted by AAAI 2026",' over "papers: ["
                current = group.group(1)
                break
            if _names_line(lines[i].text) and not _remarked_label(lines[i].text):
                break  # "Rui Xia and Zixiang Ding", "Maxime Peyrard": the entry above's authors
            dated = _dated_row_label(lines[i])
            if dated is None and lines[i].kind == "line" and _DATED_SESSION.match(lines[i].text):
                dated = lines[i].text.strip()  # "Pretraining - Methods (September 9)"
            if dated is not None:
                current = dated
                break
            if generic is None and (
                generic_list_name(_outline_text(lines[i]))
                or _qualified_readings(_outline_text(lines[i]))
            ):
                generic = _outline_text(lines[i]).strip()  # "论文清单" under "阶段一：基础概念":
                labelled = not generic_list_name(generic)
                continue  # the list's kind; its section is the line above, if any
            if i and _value_label(lines[i - 1].text):
                continue  # "Slides:" over "Transformers / Pretraining": the field's value
            listed = _list_label(lines, i, first)
            if listed is not None:
                current = listed
                break
            if _section_line(lines[i]) and not _runs_on(lines, i):
                if passed and not schedule_label(_outline_text(lines[i])):
                    # "Announcements" over homework items, then "Readings": the list's name
                    current = None if labelled else generic
                    break
                current = _DECORATION.sub("", without_day_date(_outline_text(lines[i]))) or None
                current = _TOPIC_LABEL.sub("", current) if current else None
                current = _SESSION_LABEL.sub("", current) if current else None
                break
        else:
            ran_out = True
        if ran_out and generic is not None and not labelled:
            current = generic  # nothing above it names a section: the list's own name
        current = award or current
        awarded = award or awarded
        if current:
            record.sections = [current]
        previous_start = record.start


def _list_label(lines: list[Line], index: int, first: Line) -> str | None:
    """The name of the list that line INDEX opens when it is a label of two to eight words,
    each long word capitalised, ending in a colon ("Concepts et Architectures Fondamentaux :")
    right over the list's first item, a sibling of FIRST; else None (a sentence that ends in
    a colon, "I liked these:", introduces a list it does not name)."""
    line = lines[index]
    if line.kind != "line" or first.kind != "item" or index + 1 >= len(lines):
        return None
    below = lines[index + 1]
    if below.kind != "item" or below.depth != first.depth or line.urls:
        return None
    label = line.text.strip(" *_")
    if label[-1:] not in ":：":
        return None
    words = label[:-1].split()
    if len(words) == 1 and not _one_word_list_name(words[0], label):
        return None
    if not 1 <= len(words) <= 8 or any(not w[0].isupper() for w in words if len(w) >= 4):
        return None
    if not all(w.isalpha() or w in "&/-" for w in words):
        return None  # ("Paper 1: Title:", "Notes, 2023:": no list's name)
    return " ".join(words)


def _one_word_list_name(word: str, label: str) -> bool:
    """Whether WORD, a label's one word ("Dialog:", "Evaluation:"), names what its list's
    papers are about: capitalised, no field's name ("Code:", "Notes:"), no list's kind
    ("Papers:") and no reading's standing ("Optional:")."""
    return (
        len(word) >= 4
        and word[0].isupper()
        and word.isalpha()
        and FIELD_LABEL.match(label) is None
        and not generic_list_name(word)
        and _STANDING_WORD.fullmatch(word) is None
    )


_STANDING_WORD = lazy_re(
    r"optional|required|recommended|background|supplementary|supplemental|additional|further|"
    r"more|other|others|misc|miscellaneous|extra|bonus|mandatory|core|main|also|examples?|"
    r"links|resources|tools|related|todo|done|read|unread|reading",
    re.IGNORECASE,
)


# "Pretraining - Architectures and Methods (September 9)": a session's topic and its day
_DATED_SESSION = lazy_re(
    rf"^\W{{0,3}}[^\W\d_][^\n]{{2,120}}?\s*[(（]{CAPITAL_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?[)）]"
    r"\W{0,3}$"
)
_SHORT_LABEL = lazy_re(r"^\W{0,3}[^\W\d_][\w\s&/-]{0,25}?[:：]\W{0,3}$")


def _value_label(text: str) -> bool:
    """Whether TEXT is a field's short label alone on its line, its value on the next line
    ("Slides:", "Video:"), rather than a readings label ("Optional readings:")."""
    if _SHORT_LABEL.match(text) is None or len(text.split()) > 3:
        return False
    label = text.strip(" *_:：")
    return not (generic_list_name(label) or _qualified_readings(label))


SIBLING_TEMPLATES = 3  # titled lines of one template, at least, for it to vouch for another
# a template's shape: runs of letters as "a", of digits as "9" ("Title (2017), J. Dai et al."
# and "Title (2016), K. He et al." are one shape)
_LETTERS = lazy_re(r"[^\W\d_]+")
_DIGITS = lazy_re(r"\d+")


_REMARK = lazy_re(r"[(（][^()（）\d]{1,60}[)）]")
_LEAD_TAG = lazy_re(r"^\W{0,3}\[[^\[\]\d]{1,40}\]\W{0,3}\s+")


def _template(line: Line, title: str) -> str | None:
    """LINE's shape around TITLE ("9. T (9), a. a a a. [a]"), or None when TITLE is not in
    LINE or leaves it too little: two words, a word and a number, or a dotted date (a bare
    title line, "Title (2017)", "Title [pdf]": any line has that shape)."""
    tagged = _LEAD_TAG.match(line.text)
    at = line.text.find(title, tagged.end() if tagged else 0)  # ("[Fast R-CNN] Fast R-CNN")
    if at < 0 or not title:
        return None
    before, after = line.text[:at], line.text[at + len(title) :]
    if tagged is not None and at == tagged.end():
        before = "[a] "  # "[Fast R-CNN] T", "[GN] T": one nickname's shape
    after = _REMARK.sub("(a)", after)  # "T(DDPM)", "T(score-based model)": one remark's shape
    shape = (
        _LETTERS.sub("a", _DIGITS.sub("9", before))
        + "T"
        + _DIGITS.sub("9", _LETTERS.sub("a", after))
    )
    shape = " ".join(shape.split())
    letters, digits = shape.count("a"), "9" in shape
    if not (letters >= 2 or (letters and digits) or "9.9" in shape):
        return None  # "T", "T (9)", "T [a]": nearly any line has that shape
    # (an item's later line, "[DCNv2] T [a' 9]" under "- [DCN] T [a' 9]", is one of its list's)
    kind = "item" if line.kind == "line" and line.depth and not line.first else line.kind
    return f"{kind}/{line.depth}/{line.cell}/{shape}"


def follow_sibling_templates(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A line written to the template of at least SIBLING_TEMPLATES titled lines of its page
    ("Mask R-CNN (2017), K. He et al. [pdf]" among "Title (2017), Names et al. [pdf]" lines)
    names the candidate in the titles' place its title, however short: the page's repeated
    record vouches for it. Returns how many it named."""
    titled: Counter[str] = Counter()
    doubted: list[int] = []
    for i, row in enumerate(scored):
        if not row or lines[i].kind not in ("item", "line"):
            continue
        top = max(row, key=lambda c: c.score)
        if top.score >= accept:
            shape = _template(lines[i], top.text)
            if shape is not None:
                titled[shape] += 1
        else:
            doubted.append(i)
    named = 0
    for i in doubted:
        for cand in sorted(scored[i], key=lambda c: -c.score):
            shape = _template(lines[i], cand.text)
            if shape is None or titled[shape] < SIBLING_TEMPLATES:
                continue
            # (not names: "Mask R-CNN" and "Wasserstein GAN" read as names, out of their place)
            if never_title(cand.text) or not _LETTERS.search(cand.text) or _unbalanced(cand.text):
                break
            _name_over_row(cand, scored[i], accept)
            cand.how = cand.how | {"sibling_template"}
            named += 1
            break
    return named


_NICKNAME_TAG = lazy_re(r"^\[[A-Za-z][\w\-. ]{0,30}\]\s*")


def _unbalanced(text: str) -> bool:
    """Whether TEXT opens with a mark or a tag, or opens or closes a bracket it does not close
    or open ("fire:] Title")."""
    if _NICKNAME_TAG.sub("", text)[:1] in "[](){}:;,.|/\\*#-–—_~=+<>":
        return True  # "[572:fire:] Title", ": Title": a mark opens it ("[SAM] Title" may)
    return any(text.count(a) != text.count(b) for a, b in ("()", "[]", "（）", "【】"))


READING_ITEM_FLOOR = 0.1  # a bare item under a readings label needs this much of the model
# "Suggested Readings:", "Papers:", "Reading list", "必读论文：": a label that says the items
# under it are papers to read
_READINGS_LABEL = lazy_re(
    r"^\W{0,3}(?:(?:required|suggested|optional|additional|recommended|further|supplementa(?:l|ry)"
    r"|key|core|assigned|related|background|main|primary|extra|other|more)\s+)?"
    r"(?:readings?|papers?|reading\s+list|literature)"
    r"\s*[:：]?\s*$|^\W{0,3}(?:推荐|必读|相关|参考|延伸)?(?:论文|阅读)(?:列表|清单)?\s*[:：]?\s*$",
    re.IGNORECASE,
)


# "## 論文名" / "Title" over the line that gives it: a note template's title field
_TITLE_HEADING = lazy_re(
    r"(?:論文名|論文タイトル|タイトル|论文名称?|论文标题|论文题目|标题|題目|논문\s?제목|"
    r"(?:paper\s+)?title)\s*[:：]?",  # (not "Paper", over a whole citation)
    re.IGNORECASE,
)


def follow_title_headings(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A heading that is a title field's label alone ("## 論文名", "### Paper title") over a
    line names that line's whole text the paper's title, where it reads as one (a note
    template's field, filled in under its label). Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy

    named = 0
    for i, line in enumerate(lines[:-1]):
        if line.kind != "heading" or not _TITLE_HEADING.fullmatch(line.text.strip(" *_#")):
            continue
        below = lines[i + 1]
        whole = next((c for c in scored[i + 1] if "whole" in c.how), None)
        if below.kind not in ("line", "item") or whole is None or len(below.text) > 300:
            continue
        title = tidy(below.text)
        if (
            whole.text != title
            or never_title(title)
            or title.endswith("。")
            or _QUOTES.search(title)
        ):
            continue
        if len(title.split()) >= 3 or CJK_CHAR.search(title):
            # (the page's own label says what the line is: as sure as "论文标题：Title")
            _name_over_row(whole, scored[i + 1], TITLE_FIELD_SCORE)
            named += 1
    return named


TITLE_FIELD_SCORE = 0.8  # a line under its title label, as sure as a labelled title
_QUOTES = lazy_re(r"[\"“”]")  # (a citation quotes its title: no title alone)


def follow_reading_labels(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """The bare items right under a readings label ("Suggested Readings:", "必读论文：") name
    papers when one of them is a sure title already: each item's whole text is its title when
    the model gives it READING_ITEM_FLOOR and it reads as a title, not a sentence (a list of
    readings none sure may be of posts and notes). Returns how many titles it named."""
    named = 0
    for i, line in enumerate(lines):
        if line.kind == "item" or not _READINGS_LABEL.match(line.text.strip(" *_#")):
            continue
        items: list[Candidate] = []
        depth = None
        for k in range(i + 1, min(len(lines), i + 60)):
            item = lines[k]
            if item.kind != "item":
                break
            depth = item.depth if depth is None else depth
            if item.depth != depth or not scored[k]:
                continue
            top = max(scored[k], key=lambda c: c.score)
            if top.score >= accept or (
                top.score >= READING_ITEM_FLOOR and "whole" in top.how and _bare_title(top.text)
            ):
                items.append(top)
        if not any(top.score >= accept for top in items):
            continue
        for top in items:
            named += top.score < accept
            _name_over_row(top, scored[top.line], accept)
            top.how = top.how | {"reading_item"}
    return named


_COLUMN_LEAD = lazy_re(COLUMN_LEAD)
_CITE_KEY_LEAD = lazy_re(CITE_KEY_LEAD)
COLUMN_POSTS = 2  # lines opened by one kind of lead, at least, for them to name their papers


def follow_column_leads(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Lines opened by a blog column's name ("Paper Reading | Title") or by a citation key
    ("ramezani2017biomimetic: Title", an org-ref reading log's headings), COLUMN_POSTS of one
    kind at least, each its paper's: the rest of the line is its title when it reads as one.
    Returns how many titles it named."""
    named = 0
    for lead in (_COLUMN_LEAD, _CITE_KEY_LEAD):
        heads = [
            i
            for i, line in enumerate(lines)
            if line.kind in ("line", "heading") and lead.match(line.text.strip(" *_#"))
        ]
        if len(heads) < COLUMN_POSTS:
            continue
        for i in heads:
            whole = [
                c
                for c in scored[i]
                if "whole" in c.how and _bare_title(c.text) and not lead.match(c.text)
            ]
            if whole:
                named += whole[0].score < accept
                _name_over_row(whole[0], scored[i], accept)
    return named


READING_LINKS = 2  # lines opened by a reading label's link, at least, to name their titles


def follow_reading_link_leads(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines opened by a link labelled as a reading ("[Required Keynote Paper](…) - Title"),
    READING_LINKS of them at least: the text after the link is each one's title when it
    reads as one. Returns how many titles it named."""
    from papercli.importers.digest.candidates import tidy

    heads: list[tuple[int, str]] = []
    for i, line in enumerate(lines):
        first = line.opening_span("link", " -*•") if line.spans else None
        label = line.text[first.start : first.end] if first is not None else ""
        if first is None or not READING_LABEL.fullmatch(label.strip()):
            continue
        after = tidy(line.text[first.end :].strip(" -–—:|"))
        if _bare_title(after):
            heads.append((i, after))
    if len(heads) < READING_LINKS:
        return 0
    named = 0
    for i, title in heads:
        same = [c for c in scored[i] if c.text == title]
        if same:
            named += same[0].score < accept
            _name_over_row(same[0], scored[i], accept)
    return named


def follow_citekey_headings(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """Headings each over a line that is only a citation key ("# Highway Networks" over
    "[@srivastava2015highway]", a reader's notes in pandoc markdown) or over an Org drawer
    giving one (":PROPERTIES:" / ":Custom_ID: fourment-2018-dubious-ways"), or ending with an
    org-cite key ("* TODO Title [cite:@key]"), CITEKEY_HEADINGS of them at least: each heading
    is a paper's title, without the key after it. Returns how
    many titles it named."""
    heads = [
        i
        for i, line in enumerate(lines[:-1])
        if line.kind == "heading"
        and scored[i]
        and (
            ("@" in lines[i + 1].text and _CITEKEY_LINE.fullmatch(lines[i + 1].text.strip()))
            or _keyed_drawer(lines, i + 1)
            or ("cite" in line.text and _ORG_CITE_TAIL.search(line.text) is not None)
        )
    ]
    if len(heads) < CITEKEY_HEADINGS:
        return 0
    named = 0
    for i in heads:
        text = lines[i].text.strip()
        cited = _ORG_CITE_TAIL.search(text) if "cite" in text else None
        if cited is not None:  # "* TODO Title [cite:@neftci19_surrog]": org-cite's key after it
            text = text[: cited.start()].strip()
            own = [
                c
                for c in scored[i]
                if c.text == text and len(text.split()) >= 2 and not never_title(c.text)
            ]  # (not "* Definitions [cite:@simard17]": a note's section on what it cites)
            if own:
                named += own[0].score < accept
                _name_over_row(own[0], scored[i], accept)
                own[0].score = max(own[0].score, CITEKEY_CONFIDENCE)
            continue
        keyed = _KEY_PAREN_TAIL.search(text) if text.endswith(")") else None
        if keyed is not None:  # "** Title ([[…/fourment-2018.pdf][fourment-2018-dubious]])"
            cut = Candidate(text[: keyed.start()].strip(), i, {"before_paren"}, keyed.group(0))
            scored[i].append(cut)
        whole = [
            c
            for c in scored[i]
            if ("whole" in c.how or c.how == {"before_paren"}) and not never_title(c.text)
        ]
        whole.sort(key=lambda c: "whole" in c.how)  # (the title without the key's link first)
        if whole:
            named += whole[0].score < accept
            _name_over_row(whole[0], scored[i], accept)
            # (the key vouches for it as an identifier would: no list sets it aside)
            whole[0].score = max(whole[0].score, CITEKEY_CONFIDENCE)
    return named


def follow_labelled_under_headings(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines labelled as titles right under headings ("## 4. SP: Similarity-Preserving" over
    "全称：Similarity-Preserving Knowledge Distillation"), LABELLED_HEADINGS of them at least:
    each is its paper's title, the heading its topic, whatever the chooser made of it. Returns
    how many titles it named."""
    from papercli.importers.digest.candidates import TITLE_LABEL

    below = [
        i + 1
        for i, line in enumerate(lines[:-1])
        if line.kind == "heading"
        and lines[i + 1].kind != "heading"
        and TITLE_LABEL.match(lines[i + 1].text.strip())
        and any("after_label" in c.how for c in scored[i + 1])
    ]
    if len(below) < LABELLED_HEADINGS:
        return 0
    named = 0
    for i in below:
        label = max((c for c in scored[i] if "after_label" in c.how), key=lambda c: c.score)
        if max(c.score for c in scored[i]) >= accept or never_title(label.text):
            continue  # (the line is a title already, cut as the rules cut it)
        named += 1
        _name_over_row(label, scored[i], accept)
    return named


LABELLED_HEADINGS = 2
CITEKEY_HEADINGS = 2
CITEKEY_CONFIDENCE = 0.9
# ":PROPERTIES:" / ":Custom_ID: fourment-2018-dubious-ways": an Org heading's drawer, its
# citation key (a reading log's note on one paper)
_DRAWER_KEY = lazy_re(
    r":(?i:custom_id|roam_refs|citekey|bibtex_key|noter_document|interleave_pdf):\s+"
    r"(?:cite:)?@?[A-Za-z][\w.-]{0,40}(?:19|20)\d\d[\w:.-]{0,60}"
)
DRAWER_LINES = 12  # lines of a drawer, at most, read for its key
# " (fourment-2018-dubious-ways)": the note's key, or its PDF's link labelled by it, after a title
_KEY_PAREN_TAIL = lazy_re(r"\s\([A-Za-z][\w.-]{0,40}(?:19|20)\d\d[\w.-]{0,60}\)$")


def _keyed_drawer(lines: list[Line], at: int) -> bool:
    """Whether the line AT opens an Org drawer (":PROPERTIES:") that gives a citation key."""
    if lines[at].text.strip().upper() != ":PROPERTIES:":
        return False
    for line in lines[at + 1 : at + DRAWER_LINES]:
        text = line.text.strip()
        if text.upper() == ":END:":
            return False
        if _DRAWER_KEY.match(text):
            return True
    return False


# "Title [cite:@bellec18_long]", "Title [cite/t:@a;@b]": org-cite's citation after a heading
_ORG_CITE_TAIL = lazy_re(
    r"\s*\[cite(?:/[\w/]{1,20})?:\s*@[\w:./-]{3,80}(?:\s*;\s*@[\w:./-]{3,80}){0,5}\]$"
)
_CITEKEY_LINE = lazy_re(r"\[-?@[\w:./-]{3,80}(?:\s*[;,]\s*-?@[\w:./-]{3,80}){0,5}\]")


def _qualified_readings(text: str) -> bool:
    """Whether TEXT is a readings label of two words or more ("Suggested Readings:"; a bare
    "paper" is a link's label)."""
    text = text.strip(" *_#")
    return len(text.split()) >= 2 and _READINGS_LABEL.match(text) is not None


def _bare_title(text: str) -> bool:
    """Whether TEXT, a list item's whole text, reads as a title alone: two to thirty words,
    capitalised, no sentence's end, no brackets, no Chinese."""
    return (
        2 <= len(text.split()) <= 30
        and text[:1].isupper()
        and not never_title(text)
        and not _SENTENCE_END.search(text)
        and not CJK_CHAR.search(text)
        and not re.search(r"[()\[\]（）]", text)
    )


# "Short read: [VALL-E explained](blog)", "Video: …", "Press release: …": the label of a link to
# something written about a paper, not to the paper ("Article:", "Talk:", "Lecture:" may label
# the paper itself)
_OTHER_READ_LABEL = lazy_re(
    r"^\W{0,3}(?:short\s+read|blog(?:\s+post)?|video(?:\s+explanation)?|"
    r"explainer|podcast|press\s+release|media\s+coverage|coverage|write-?up|twitter\s+thread|"
    r"tweet)\s*[:：]\s*(?=\S)",
    re.IGNORECASE,
)
# "Headline ([web](…))", "Post ([6-7min](…))": an item's one link, labelled as an article on
# the web or by its reading time
_OTHER_READ_TAIL = lazy_re(
    r"[(\[]\s*(web|article|\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*min(?:utes)?"
    r"(?:\s+read)?)\s*[)\]]$",
    re.IGNORECASE,
)
# a link to a paper where no identifier says so: a PDF, a publisher's or a proceedings' page
_PAPER_LINK = lazy_re(
    r"\.pdf(?:[?#]|$)|arxiv\.org/|nature\.com/articles|jmlr\.org|cv-foundation\.org|"
    r"papers\.neurips\.cc|science\.org/doi|sciencedirect\.com|springer\.com|wiley\.com|"
    r"pnas\.org|mitpress|ojs\.aaai\.org|ijcai\.org|usenix\.org|researchgate\.net|biorxiv\.org|"
    r"medrxiv\.org|ecva\.net|ssrn\.com|acm\.org|ieee\.org|cell\.com|plos",
    re.IGNORECASE,
)


def _mostly_link(text: str, link: str) -> bool:
    """Whether TEXT is a part of a link's text LINK, or LINK makes half of TEXT or more: a
    candidate cut from the link ("FoldCam" of "[FoldCam: …](…)") or the link and its label."""
    return bool(text) and (text in link or (link in text and 2 * len(link) >= len(text)))


def follow_other_reads(lines: list[Line], scored: list[list[Candidate]], floor: float) -> int:
    """A link after the label of something written about a paper ("Short read: [VALL-E: An AI
    Generating Voice from Text!](blog)"), on a line naming no paper identifier and linking to
    no paper's page, is no title: the candidates holding its text fall below FLOOR. Returns
    how many lines it cleared."""
    from papercli.importers.digest.features import names_paper_id

    cleared = 0
    for i, line in enumerate(lines):
        if not scored[i] or not line.urls or len(line.text) > 300:
            continue
        tail = _OTHER_READ_TAIL.search(line.text) if line.text.endswith((")", "]")) else None
        if (_OTHER_READ_LABEL.match(line.text) is None and tail is None) or names_paper_id(line):
            continue
        if any(_PAPER_LINK.search(url) for url in line.urls):
            continue  # "Video: [Title](…/paper.pdf)": a label, but the link is the paper
        if tail is not None:  # "Headline (web)", "Headline (6-7min)": an article, its only link
            if len(line.urls) == 1 and tail.group(1) in line.span_texts("link"):
                for cand in scored[i]:
                    cand.score = min(cand.score, floor * 0.9)
                cleared += 1
            continue
        links = [c.text for c in scored[i] if "link" in c.how and len(c.text) >= 4]
        for cand in scored[i]:
            bare = _OTHER_READ_LABEL.sub("", cand.text).strip()
            if any(_mostly_link(bare, link) for link in links):
                cand.score = min(cand.score, floor * 0.9)
        cleared += 1
    return cleared


COLUMN_ROWS = 3  # cells, at least, of a titles column that link to their papers
# "名字", "논문", "Model": other names of a column of papers' short names
_SHORT_NAMES_HEADER = lazy_re(r"名字|名[称稱]|模型|논문|model|method", re.IGNORECASE)
_CELL_REMARK = lazy_re(r"(?<!\s)\s*[(（][^()（）]{0,60}[)）]")


def _venue_label(text: str) -> bool:
    """Whether TEXT is a venue and its year alone ("ICLR 2023", "CVPR'22"), no title."""
    from papercli.importers.digest.fields import venue_year

    named, _year = venue_year(text)
    rest = re.sub(r"'?\d{2,4}|[^\w]", " ", text).split()
    return named is not None and len(rest) <= 2


def follow_titles_column(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A table column headed as the papers' titles or names ("Paper", "名字"), whose cells
    are each one link and a remark at most ("[PlaNet](arxiv…) (ICML 2019)"), at least
    COLUMN_ROWS of them to a paper's identifier: each such cell's link text is its paper's
    title, however short (a study group's table writes only the method's name). Returns how
    many titles it named."""
    from papercli.importers.digest.features import names_paper_id

    columns: dict[tuple[str, int], list[Candidate]] = {}
    for i, line in enumerate(lines):
        if line.kind != "cell" or not scored[i] or len(line.text) > 300:
            continue
        header = line.header.strip(" *_#:：")
        if not (TITLES_HEADER.fullmatch(header) or _SHORT_NAMES_HEADER.fullmatch(header)):
            continue
        link = next((c for c in scored[i] if "link" in c.how), None)
        if link is None or not names_paper_id(line) or len(line.urls) != 1:
            continue
        if any(top >= accept for top in _other_cells_best(lines, scored, i)):
            continue  # "|Title|[[pdf]](…)|": another cell of the row holds its title
        if _CELL_REMARK.sub("", line.text).strip(" *_") != link.text:
            continue  # "[Nick](…) Full Title": the cell says more than its link
        label = link.text.strip("[]【】 ").lower()
        if label in _LINK_WORD_SET or _only_link_words(link.text):
            continue
        if never_title(link.text) or re.fullmatch(r"[\d.v]+", link.text):
            continue  # "2410.07442v2": an identifier as a link's text
        if _venue_label(link.text) or re.search(r"\bet\s+al\b|\b(?:19|20)\d\d\b", link.text):
            continue  # "[ICLR 2023](arxiv…)", "[Vaswani et al. 2017](…)": no title, a citation
        columns.setdefault((header, line.cell), []).append(link)
    named = 0
    for links in columns.values():
        if len(links) < COLUMN_ROWS:
            continue
        urls = Counter(link.url for link in links)
        for link in links:
            if urls[link.url] > 1:
                continue  # "[LLaMA-7B]", "[LLaMA-13B]" to one paper: its models, not titles
            if link.score < accept:
                named += 1
                _name_over_row(link, scored[link.line], accept)
    return named


def follow_gapped_title_cells(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A titles column's cells that each open with a title, two spaces and its description
    ("| 1) Ultra-Fast Diffusion-based Language Models  This paper introduces … | [Paper](arxiv…)
    |"), their rows linking to their papers, at least COLUMN_ROWS of them: the text before
    each gap is its paper's title. Returns how many titles it named."""
    from papercli.importers.digest.features import names_paper_id

    found: list[Candidate] = []
    for i, line in enumerate(lines):
        if line.kind != "cell" or not scored[i] or len(line.text) < _DESCRIBED_CELL:
            continue
        if not TITLES_HEADER.fullmatch(line.header.strip(" *_#:：")):
            continue
        head = _GAPPED_CELL.match(line.text)
        if head is None:
            continue
        title = head.group(1)
        cand = next((c for c in scored[i] if c.text == title and "pipe_first" in c.how), None)
        if cand is None or len(title.split()) < 3 or never_title(title):
            continue
        if any(names_paper_id(lines[k]) for k in _row_mates(lines, i) if k > i):
            found.append(cand)
    if len(found) < COLUMN_ROWS:
        return 0
    named = 0
    for cand in found:
        if cand.score < accept:
            named += 1
            _name_over_row(cand, scored[cand.line], accept)
    return named


def follow_presented_titles(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A reading group's programme, each talk a line of who presents, a dash, where and when
    the paper appeared in brackets and its title ("Anh Le - [ICLR 2019] Adversarial
    Reprogramming of Neural Networks"), or a course's ("Student presentation by Ada Moss:
    Title"), at least PRESENTED_LINES of them: the text after the brackets or the colon is
    the paper's title, never the presenter. Returns how many titles it named."""
    from papercli.importers.digest.fields import venue_year

    found: list[Candidate] = []
    cued: list[Candidate] = []  # those after "Student presentation by Ada Moss:"
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item", "cell") or not scored[i] or len(line.text) > 400:
            continue
        lead = _PRESENTATION_BY.match(line.text.strip())
        if lead is not None:  # "Student presentation by Ada Moss: Title"
            title = line.text.strip()[lead.end() :]
            if len(title.split()) >= 2 and not never_title(title):
                cued.append(_cut_of(scored[i], i, title, "presented"))
            continue
        if line.kind == "cell":
            continue
        talk = _PRESENTED.match(line.text.strip())
        if talk is None or venue_year(talk.group(1))[0] is None:  # "[ICML]", "[ICLR 2019]"
            continue
        title = _TRAILING_ADDRESS.sub("", talk.group(2)).strip()  # "Title https://arxiv…"
        if len(title.split()) >= 3 and not never_title(title):
            found.append(_cut_of(scored[i], i, title, "presented"))
    named = _name_all(cued, scored, accept, PRESENTED_LINES)
    for cand in cued if named else []:
        # the cue says a paper follows: no voucher needed beside it (a title alone, in a
        # course's schedule of lectures)
        cand.score = max(cand.score, CUED_SURE)
    return named + _name_all(found, scored, accept, PRESENTED_LINES)


def _name_all(
    found: list[Candidate], scored: list[list[Candidate]], accept: float, least: int
) -> int:
    """Name each of FOUND its line's title when a layout gave LEAST of them or more; how many."""
    if len(found) < least:
        return 0
    for cand in found:
        _name_over_row(cand, scored[cand.line], accept)
    return len(found)


def follow_dated_picks(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A reading group's sign-up list, each pick a line of who presents, on which day, a dash
    and the paper's title, then its link ("한지수 4/8 발표 - Mask R-CNN [link](…)", "Ada
    3/14 - Title [paper](…)"), at least PRESENTED_LINES of them: the text after the dash is
    the title. Returns how many titles it named."""
    from papercli.importers.digest.candidates import without_link_labels

    found: list[Candidate] = []
    for i, line in enumerate(lines):
        if line.kind not in ("line", "item") or len(line.text) > 300:
            continue
        pick = _DATED_PICK.match(line.text.strip())
        if pick is None:
            continue
        title = without_link_labels(_MARKDOWN_LINK.sub(r"[\1]", pick.group(1))).strip()
        links = line.span_texts("link")
        if links and title.endswith(" " + links[-1]) and _PICK_LINK.fullmatch(links[-1]):
            title = title[: -len(links[-1])].rstrip()  # "Mask R-CNN [link](…)", as read
        remark = _PICK_REMARK.search(title)
        if remark is not None and len(title[: remark.start()].split()) >= 3:
            title = title[: remark.start()]  # "Title (ViT, facebook)", "Title (CVPR 2021)"
        if len(title.split()) >= 2 and not never_title(title):
            found.append(_cut_of(scored[i], i, title, "presented"))
    return _name_all(found, scored, accept, PRESENTED_LINES)


# "한지수 4/8 발표 - Mask R-CNN [link](…)": a name, a day (and "presents"), a dash, the title
# (its link written out where the list is a code block)
_DATED_PICK = lazy_re(
    r"^(?:-\s+)?[^\W\d][^\[\]()\d\n]{1,30}?\s+\d{1,2}/\d{1,2}\s*"
    r"(?:발표|発表|presents?|presentation)?\s*[-–—]\s*(\S.{2,250})$",
    re.IGNORECASE,
)
_MARKDOWN_LINK = lazy_re(r"\[([^\[\]\n]{1,40})\]\([^()\s]{1,400}\)")
_PICK_LINK = lazy_re(r"links?|paper|pdf|arxiv|논문|링크", re.IGNORECASE)
_PICK_REMARK = lazy_re(r"\s*[(（][^()（）]{2,40}[)）]\s*$")


def follow_nicknamed_full_titles(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """Lines (cells, items) that give a paper's short name and then, in brackets, its full
    title and where it appeared ("ViT（An Image is Worth 16×16 Words, ICLR 2021）", "[DETR](…)
    (End-to-End Object Detection with Transformers, ECCV 2020 Best Paper)"), at least
    PRESENTED_LINES of them: the bracketed title is the paper's. Returns how many it named."""
    from papercli.importers.digest.fields import venue_year
    from papercli.importers.digest.references import names_only

    found: list[Candidate] = []
    bare: list[Candidate] = []  # "SENet(Squeeze-and-Excitation Networks)": no venue
    for i, line in enumerate(lines):
        if line.kind not in ("cell", "item", "line") or len(line.text) > 400:
            continue
        named = _NICKNAMED_FULL_TITLE.match(line.text.strip())
        if named is None and line.kind == "item":
            named = _NICKNAMED_BARE_TITLE.match(line.text.strip())
            title = named.group(2).strip() if named is not None else ""
            words = len(title.split()) + ("-" in title)  # ("Squeeze-and-Excitation Networks")
            if _ORGANISATION.search(title):
                continue  # "KIPS (Korea Information Processing Society)": a body's name
            if words >= 3 and not never_title(title) and not names_only(title):
                bare.append(_cut_of(scored[i], i, title, "paren_inner"))
                bare[-1].how.add("nicknamed_title")  # (the series names it a paper's)
            continue
        if named is None or venue_year(named.group(3))[0] is None:
            continue
        title = named.group(2).strip()
        if len(title.split()) >= 3 and not never_title(title):
            found.append(_cut_of(scored[i], i, title, "paren_inner"))
    return _name_all(found, scored, accept, PRESENTED_LINES) + _name_all(
        bare, scored, accept, NICKNAMED_ITEMS
    )


# "ViT（An Image is Worth 16×16 Words, ICLR 2021）": a short name, then its full title and its
# venue and year (an award after them, maybe) in brackets
_NICKNAMED_FULL_TITLE = lazy_re(
    r"^([^\s（）()]{2,30})\s*[（(]([^（）()]{10,250}?)[,，]\s*"
    r"([A-Z][A-Za-z-]{1,15}\s?'?(?:19|20)?\d\d)(?:\s[^（）()]{0,40})?[）)]$"
)


def follow_bookmark_lines(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A bookmark dump, each line an address, a bar and the browser tab's title ("https://
    arxiv.org/abs/2004.04136v1 | [2004.04136v1] CURL: …"), at least BOOKMARK_LINES of them:
    where the address is a paper's page, the tab's title without the site's marks is the
    paper's title. Returns how many titles it named."""
    from papercli.importers.digest.candidates import without_link_labels
    from papercli.importers.digest.features import paper_page

    marked: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        if line.kind in ("line", "item") and len(line.text) < 600:
            mark = _BOOKMARK.match(line.text.strip())
            if mark is not None:
                marked.append((i, mark.group(1), mark.group(2)))
    if len(marked) < BOOKMARK_LINES:
        return 0
    found: list[Candidate] = []
    for i, url, tab in marked:
        if not (paper_page(url) or _LIBRARY_PAGE.search(url)):
            continue
        title = without_link_labels(_TAB_LEAD.sub("", tab)).strip()
        if _GENERIC_TAB.search(tab) or "_" in title:
            continue  # "WACV 2020 Open Access Repository", "paper_final.pdf": no title
        if len(title.split()) >= 3 and not never_title(title):
            found.append(_cut_of(scored[i], i, title, "pipe_part"))
    return _name_all(found, scored, accept, 1)


_BOOKMARK = lazy_re(r"^<?(https?://[^\s|>]+)>?\s+\|\s+(\S.*)$")
# a paper's page in a digital library, as a bookmark saves it
_LIBRARY_PAGE = lazy_re(
    r"^https?://(?:ieeexplore\.ieee\.org/(?:abstract/)?document/|link\.springer\.com/"
    r"(?:article|chapter)/|dl\.acm\.org/doi/|paperswithcode\.com/paper/|"
    r"(?:www\.)?sciencedirect\.com/science/article/|(?:www\.)?semanticscholar\.org/paper/)"
)
# "[2004.04136v1] Title": arXiv's tab title; "- Title": a site's with nothing before the dash
_TAB_LEAD = lazy_re(r"^(?:\[\d{4}\.\d{4,5}(?:v\d+)?\]\s+|-\s+)")
_GENERIC_TAB = lazy_re(r"open\s+access\s+repository|^(?:home|abstract|pdf)\b", re.IGNORECASE)
BOOKMARK_LINES = 4  # lines, at least, of a page written so

# "SENet(Squeeze-and-Excitation Networks)", "GCNet (Non-local Networks Meet …)": a model's
# name (a capital in it), then its paper's whole title in brackets, a series' list
_NICKNAMED_BARE_TITLE = lazy_re(
    r"^((?=[^\s（）()]*[A-Z])[^\s（）()]{2,30})\s?[（(]([A-Z][^（）()\d]{10,250})[）)]$"
)
NICKNAMED_ITEMS = 3  # list items, at least, of a page written so
_ORGANISATION = lazy_re(
    r"\b(?:Conference|Society|Association|Symposium|Workshop|Institute|University|Journal|"
    r"Council|Foundation|Committee|Laborator(?:y|ies)|Academy|Agency|Corporation)\b"
)


def follow_venue_name_headings(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A conference's poster notes, each paper a heading (or a line) of the venue, its first
    author's surname, a colon and its title as the note-taker wrote it ("## ICLR2025 Liu:
    synthesizing programmatic policies with LLM guided search"), at least VENUE_NAME_HEADINGS
    of them: the text after the colon is the title, the surname its author. Returns how many
    it named."""
    from papercli.importers.digest.fields import venue_year

    found: list[tuple[Candidate, str]] = []
    for i, line in enumerate(lines):
        if line.kind not in ("heading", "line") or not scored[i] or len(line.text) > 300:
            continue
        heading = _VENUE_NAME_HEADING.match(line.text.strip())
        if heading is None or venue_year(heading.group(1))[0] is None:
            continue
        title = heading.group(3).strip()
        if len(title.split()) >= 2 and not never_title(title):
            found.append((_cut_of(scored[i], i, title, "after_label"), heading.group(2)))
    if len(found) < VENUE_NAME_HEADINGS:
        return 0
    for cand, surname in found:
        cand.rest = surname if "et al" in surname else f"{surname} et al."  # (the first author)
        _name_over_row(cand, scored[cand.line], max(accept, LABELLED_SCORE))  # the layout vouches
    return len(found)


VENUE_NAME_HEADINGS = 3
# "ICLR2025 Liu: title", "NeurIPS 2024 Zhang et al.: title"
_VENUE_NAME_HEADING = lazy_re(
    r"^([A-Z][A-Za-z]{1,12}\s?'?(?:19|20)?\d\d)\s+([A-Z][\w'’-]{1,30}(?:\s+et\s+al\.?)?)"
    r"\s*:\s*(\S.{3,250})$"
)


def follow_year_led_items(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """A list whose items each open with the year of their paper ("1. 2021 Plenoxels: …",
    "2. 1996 Light Field Rendering"), YEAR_LED_ITEMS at least and two thirds of them titled
    after their year already: every such item's text after its year is its title, however
    short. Returns how many titles it named."""
    led: dict[tuple[str, int], list[tuple[Candidate, bool]]] = defaultdict(list)
    for i, line in enumerate(lines):
        if line.kind not in ("item", "heading") or not scored[i] or not _YEAR_ITEM.match(line.text):
            continue
        after = [c for c in scored[i] if "after_year" in c.how]
        if not after:
            continue
        top = max(scored[i], key=lambda c: c.score)
        cand = max(after, key=lambda c: (c.score, len(c.text)))
        led[(line.kind, line.depth)].append((cand, top.score >= accept and "after_year" in top.how))
    named = 0
    for items in led.values():
        sure = sum(titled for _, titled in items)
        if sure < YEAR_LED_ITEMS or sure < 2 * len(items) / 3:
            continue
        for cand, titled in items:
            text = cand.text
            if titled or len(text.split()) < 2 or never_title(text) or text.endswith("."):
                continue
            _name_over_row(cand, scored[cand.line], accept)
            named += 1
    return named


YEAR_LED_ITEMS = 5  # items, at least, titled after their year, to vouch for the rest
_YEAR_ITEM = lazy_re(
    r"^\W{0,12}(?:19|20)\d\d(?:\s+|\s*[-–—]\s*(?=[A-Za-z]))\S"
)  # ("[viewed]2020 Title": a mark before)


PRESENTED_LINES = 2  # talks, at least, written so on a page
CUED_SURE = 0.8  # how sure a title a cue presents is ("Student presentation by A: Title")
_PRESENTATION_BY = lazy_re(PRESENTATION_LEAD)
_TRAILING_ADDRESS = lazy_re(r"\s+https?://\S+$")
# "Anh Le - [ICLR 2019] Title": a presenter's name (a few words), a dash, the bracketed venue
_PRESENTED = lazy_re(
    r"^[^\W\d][^\[\]()\d\n]{1,50}?\s[-–—]{1,2}\s\[([^\[\]\n]{3,40})\]\s*([^\s\[].{5,300})$"
)


_DESCRIBED_CELL = 100  # characters, at least, of a cell that gives a title and its description
# "1) Title  This paper introduces …": a number, the title, two spaces, a sentence
_GAPPED_CELL = lazy_re(r"^(?:\d{1,3}[).]\s+)?([^\s].{5,250}?\S) {2,}[A-Z][a-z]")


COLUMN_SHARE = 0.5  # of a titles column's cells the model titles, at least, to vouch for the rest


def follow_titled_column_cuts(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A table column headed as the papers' titles ("论文", "Title"), at least COLUMN_ROWS
    cells, half of them titled by the model with one cut ("Title（Johannink et al.）" cut
    before its bracket): the same cut of each other cell is its title too ("Residual Force
    Control（Yuan, Kitani）"), unless the model gives it almost nothing or it is never a
    title. Returns how many titles it named."""
    columns: dict[tuple[int, str, int], list[int]] = {}
    table = 0  # (each table's column is its own: "### Main" and "### Framework" below it)
    for i, line in enumerate(lines):
        table += line.kind == "cell" and i > 0 and lines[i - 1].kind != "cell"
        if line.kind != "cell" or not scored[i] or len(line.text) > 300:
            continue
        header = line.header.strip(" *_#:：")
        if TITLES_HEADER.fullmatch(header):
            columns.setdefault((table, header, line.cell), []).append(i)
    named = 0
    for cells in columns.values():
        tops = {i: max(scored[i], key=lambda c: c.score) for i in cells}
        titled = [i for i in cells if tops[i].score >= accept]
        if len(cells) < COLUMN_ROWS or len(titled) < COLUMN_SHARE * len(cells):
            continue
        cuts = Counter(frozenset(tops[i].how) for i in titled).most_common(1)[0][0]
        for i in cells:
            if tops[i].score >= accept:
                continue
            same = [c for c in scored[i] if frozenset(c.how) == cuts and c.score >= RUN_FLOOR]
            cut = max(same, key=lambda c: c.score) if same else None
            if cut is not None and not never_title(cut.text):
                named += 1
                _name_over_row(cut, scored[i], accept)
    return named


# "Paper", "论文", "文献" (literature): a column header that names papers, not any title ("Title",
# "题目" also head talks' titles)
_PAPERS_HEADER = lazy_re(
    r"papers?|paper\s+titles?|[论論]文(?:[标標][题題]|[题題]目|名[称稱])?|(?:参考)?文[献獻]"
    r"|art[íi]culos?|artigos?|articolo|articoli",  # (a Spanish, Portuguese or Italian table's)
    re.IGNORECASE,
)
PAPER_CELL_WORDS = 4  # words, at least, of each cell of a papers column read as a title whole
_AKA_TAIL = lazy_re(r"\s*\((?:aka|a\.k\.a)\.?\s[^()]{1,40}\)$", re.IGNORECASE)
_SUBJECT_HEADER = lazy_re(r"subjects?|발표\s*논문|発表論文", re.IGNORECASE)
_PRESENTER_HEADER = lazy_re(
    r"presenters?|speakers?|presented\s+by|발표자|발제자|主讲人?|报告人|分享人|発表者",
    re.IGNORECASE,
)


def follow_papers_column_text(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A journal club's table whose column is headed as its papers ("文献", "Paper"), or a
    seminar's subjects beside their presenters ("| Presenter | Subject |"), at least
    COLUMN_ROWS cells, each a whole unlinked title of PAPER_CELL_WORDS words or more in no
    row whose other cells hold a title ("| 1 | Mental speed is high until age 60 … | 胡啸 |"):
    each cell is its paper's title. Returns how many titles it named."""
    from papercli.importers.digest.references import names_only

    columns: dict[tuple[str, int], list[tuple[int, Candidate]]] = {}
    spoilt: set[tuple[str, int]] = set()
    for i, line in enumerate(lines):
        if line.kind != "cell" or not line.text.strip():
            continue
        header = line.header.strip(" *_#:：")
        # ("| # | Presenter | Subject |": a seminar's column of the papers its members present)
        presented = _SUBJECT_HEADER.fullmatch(header) is not None and any(
            _PRESENTER_HEADER.fullmatch(lines[k].header.strip(" *_#:："))
            for k in _row_mates(lines, i)
        )
        if not (_PAPERS_HEADER.fullmatch(header) or presented):
            continue
        column = (header, line.cell)
        whole = next(
            (c for c in scored[i] if "whole" in c.how and c.text == line.text.strip()), None
        )
        unnamed = _AKA_TAIL.sub("", line.text.strip()) if line.text.endswith(")") else ""
        if presented and unnamed and unnamed != line.text.strip():
            # "Language Models are Few-Shot Learners (aka. GPT-3)": the title, its short name
            whole = next((c for c in scored[i] if c.text == unnamed), whole)
        if presented and len(line.text.split()) < PAPER_CELL_WORDS and not line.urls:
            continue  # ("Universal Transformers": a title too short to vouch for, or a topic)
        if (
            line.urls
            or whole is None
            or len(line.text.split()) < PAPER_CELL_WORDS
            or len(line.text) > 300
            or names_only(line.text)
            or never_title(line.text)
            or any(c.score >= accept for c in scored[i] if "whole" not in c.how)
            or any(top >= accept for top in _other_cells_best(lines, scored, i))
        ):
            spoilt.add(column)  # ("Lu and Bao, *Title*, NeurIPS 2022": a citation's cut)
            continue
        columns.setdefault(column, []).append((i, whole))
    named = 0
    for column, cells in columns.items():
        if column in spoilt or len(cells) < COLUMN_ROWS:
            continue
        for i, cell in cells:
            if cell.score < accept:
                named += 1
                _name_over_row(cell, scored[i], accept)
    return named


def _other_cells_best(lines: list[Line], scored: list[list[Candidate]], index: int) -> list[float]:
    """The best score of each other cell in the table row of line INDEX (its neighbours)."""
    return [max(c.score for c in scored[k]) for k in _row_mates(lines, index) if scored[k]]


def follow_talk_rows(lines: list[Line], scored: list[list[Candidate]], floor: float) -> int:
    """A meetup's table of talks ("| Speaker | Title | Slide |") whose titles link nowhere and
    name no venue ("Word Embedding", "Gradient Descent Optimization Algorithms") gives talks,
    no papers (a table of papers read links them or says where they appeared, "[ICML]
    Title"). Returns how many rows it cleared."""
    # each table's column names, a table being a run of cells (read once, in one pass)
    tables: list[int] = []  # the table of each line, -1 outside one
    headers: list[set[str]] = []
    for line in lines:
        if line.kind != "cell":
            tables.append(-1)
            continue
        if not tables or tables[-1] < 0:
            headers.append(set())
        tables.append(len(headers) - 1)
        headers[-1].add(line.header.strip().lower())
    # (a table that links a title or says where one appeared reads papers: its other rows too)
    read = {
        tables[i]
        for i, line in enumerate(lines)
        if tables[i] >= 0
        and _TALK_TITLE_HEADER.fullmatch(line.header)
        and (line.urls or _VENUE_TAG_LEAD.match(line.text))
    }
    talks = [
        k not in read
        and any(_SPEAKER_HEADER.fullmatch(h) for h in names)
        and any(_SLIDES_HEADER.fullmatch(h) for h in names)
        for k, names in enumerate(headers)
    ]
    cleared = 0
    for i, line in enumerate(lines):
        if tables[i] < 0 or not talks[tables[i]] or not scored[i]:
            continue
        if not _TALK_TITLE_HEADER.fullmatch(line.header):
            continue
        for cand in scored[i]:
            cand.score = min(cand.score, floor * 0.9)
        cleared += 1
    return cleared


_TALK_TITLE_HEADER = lazy_re(r"\s*(?:title|talk(?:\s+title)?|topic)\s*", re.IGNORECASE)
_SPEAKER_HEADER = lazy_re(r"speakers?|presenters?|발표자|演讲者|讲者|報告者")
_SLIDES_HEADER = lazy_re(r"slides?|slide\s+deck|資料|资料|ppt")
# "[ICML] Title", "[ICLR 2019] Title": where the paper appeared, before it
_VENUE_TAG_LEAD = lazy_re(r"^\s*\[[A-Za-z][^\[\]]{1,30}\]")


def _row_mates(lines: list[Line], index: int) -> list[int]:
    """The other cells of the table row of line INDEX, ROW_REACH lines either side at most."""
    row = lines[index].row
    return [
        k
        for k in range(max(0, index - ROW_REACH), min(len(lines), index + ROW_REACH + 1))
        if k != index and lines[k].kind == "cell" and lines[k].row == row
    ]


ROW_REACH = 12  # lines, at most, from a cell to the other cells of its row


NICKNAMED_LINES = 2  # lines, at least, a page writes "NICK - Title" for it to be its convention
# "SGC - Simplifying Graph Convolutional Networks", "GraphSage – Inductive Representation …":
# a model's short name (two capitals, or a letter and a digit, in one word), a dash, its title
_NICKNAME_DASH = lazy_re(
    r"^(?=[\w\-+.]*[A-Z][\w\-+.]*[A-Z0-9])([A-Za-z][\w\-+.]{1,20})\s+[-–—]\s+([A-Z][^\n]{8,300})$"
)


def follow_nickname_dashes(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """On a page that writes NICKNAMED_LINES lines or more as a model's short name, a dash and
    a title ("SGC - Simplifying Graph Convolutional Networks"), no link on them, the part after
    the dash is each line's title, when the model gave the line's best candidate ACCEPT and
    the part is a bare title (no brackets, no venue, no list of people, no sentence). Returns
    how many titles it named."""
    found: list[tuple[int, re.Match[str]]] = []
    for i, line in enumerate(lines):
        if not scored[i] or line.kind not in ("item", "line") or len(line.text) > 320:
            continue
        if line.urls:
            continue  # "[BERT](arxiv…) - Pre-training …, NAACL 2019.": a linked name, its blurb
        whole = strip_number(line.text.strip(" *_"))[0]
        match = _NICKNAME_DASH.match(whole)
        if match is None or _names_line(match.group(2)) or not _bare_title(match.group(2)):
            continue  # "(ICML 2019)", "…. Kipf, Welling. ICLR 2017.": more than a title
        if re.search(r"\s[-–—]\s|\bet al|[\"“”]|[.,;]\s*$", match.group(2)):
            continue  # "Title - ICML 2019": the dash parts fields too
        found.append((i, match))
    if len(found) < NICKNAMED_LINES:
        return 0
    named = 0
    for i, match in found:
        row = scored[i]
        if max(c.score for c in row) < accept:
            continue
        title = match.group(2).strip()
        cand = next((c for c in row if c.text == title), None)
        if cand is None:
            cand = Candidate(title, i, {"after_dash", "nicknamed"}, match.group(1))
            row.append(cand)
        _name_over_row(cand, row, accept)
        named += 1
    return named


_MATERIAL_WORDS = frozenset(["notes", "lecture", "recording", "tutorial", "handout", "talk"])
CITED_LINKS = 2  # links, at least, a page writes as "Title, Surname, YEAR" to read them so
# "[A Natural Policy Gradient, Kakade, 2002](…)", "[Title, Ross and Bagnell, 2011.](…)",
# "[Title, Schulman et al. 2017.](…)": a link's text that cites its paper
_LINK_CITATION = lazy_re(
    r"^(.{6,200}?),\s+([A-Z][\w'’\-]+(?:\s+(?:and|&)\s+[A-Z][\w'’\-]+|\s+et\s+al\b\.?)?),?\s+"
    r"(?:19|20)\d\d\.?$"
)


def follow_links_before_names(
    lines: list[Line], scored: list[list[Candidate]], accept: float
) -> int:
    """A page whose entries each open with a link and go on with nothing but the paper's
    authors ("[*Autonomously Untangling Long Cables*](…) Kaushik Shivakumar, …, and Ken
    Goldberg"), LINKED_ENTRIES or more, names each link its line's title (never a cut inside
    it nor one running on into the names). Returns how many titles it named."""
    from papercli.importers.digest.references import names_only
    from papercli.importers.names import one_full_name

    found: list[Candidate] = []
    for i, line in enumerate(lines):
        link = line.opening_span("link") if scored[i] and len(line.text) <= 2000 else None
        if link is None:
            continue
        rest = line.text[link.end :].strip(" ,.;:-–—|")
        text = line.text[link.start : link.end].strip()
        cand = next((c for c in scored[i] if c.text == text and "link" in c.how), None)
        if cand is None or len(text.split()) < 3 or ("," not in rest and " and " not in rest):
            continue  # (one name after a link: a remark as often as its author)
        if names_only(rest) and not one_full_name(text) and not never_title(text):
            found.append(cand)  # (not "[Ada Moss](…), Bo Quill, …": a name's link)
    if len(found) < LINKED_ENTRIES:
        return 0
    for cand in found:
        _name_over_row(cand, scored[cand.line], accept)
    return len(found)


LINKED_ENTRIES = 3  # entries of a link then its authors, at least, to read a page's list so


def follow_cited_links(lines: list[Line], scored: list[list[Candidate]], accept: float) -> int:
    """On a page whose links cite their papers as "Title, Surname, YEAR" (CITED_LINKS or more,
    as a syllabus lists its readings), each such link's title is the part before the names.
    Returns how many titles it named."""
    from papercli.importers.digest.fields import venue_year

    found: list[Candidate] = []
    for i, row in enumerate(scored):
        if not row or len(lines[i].text) > 2000:
            continue
        for link in (c for c in row if "link" in c.how):
            cited = _LINK_CITATION.match(link.text.strip())
            if cited is None or venue_year(cited.group(2))[0] is not None:
                continue  # "Title, NeurIPS 2017": a venue, not its authors
            if cited.group(2).lower() in _LINK_WORD_SET | _MATERIAL_WORDS:
                continue  # "Policy Gradients, Slides, 2019": a lecture's material
            title = cited.group(1).strip()
            cand = next((c for c in row if c.text == title), None)
            if cand is not None and not never_title(title):
                found.append(cand)
    if len(found) < CITED_LINKS:
        return 0
    for cand in found:
        _name_over_row(cand, scored[cand.line], accept)
        cand.how = cand.how | {"cited_link"}
    return len(found)
