"""Stage 1, text → lines: a digest read by real parsers into a flat list of text lines.

Markdown goes through markdown-it-py (headings, nested list items, table rows and cells,
paragraphs, links, emphasis, inline HTML); HTML (a pasted page, HTML blocks or tags inside
markdown) through the standard library's html.parser into the same shape; plain text is
markdown without indented code, so every line and blank-line paragraph survives.

A :class:`Line` is one visual line of the page: a heading, the first line of a list item, a
paragraph line, or one line of a table cell (cells split at ``<br>``). It keeps its markup as
spans (links, bold, italic, code) so that later stages can look at link text or bold text.
"""

from __future__ import annotations

import functools
import html
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from papercli.lazy_regex import lazy_re

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_MAX_LINE = 4000  # longer lines are prose: kept, but cut
_MAX_SOURCE_LINE = 20_000


@dataclass
class Span:
    """A marked-up part of a line: ``kind`` is link, bold, italic or code."""

    kind: str
    start: int
    end: int
    url: str = ""


@dataclass
class Line:
    """One line of the page, its markup and where it sits in the document's structure."""

    text: str
    kind: str  # heading, item, line (paragraph or item continuation), cell
    number: int  # 0-based source line
    depth: int = 0  # heading level, or list nesting (1 = top-level item)
    marker: str = ""  # list marker: "-", "*", "1.", "1)"; "" elsewhere
    cell: int = -1  # column of a table cell, -1 elsewhere
    row: int = -1  # table row number within the page, -1 elsewhere
    first: bool = True  # first line of its block (item, paragraph, cell)
    block: int = 0  # id of the block (paragraph, item, cell) the line belongs to
    spans: list[Span] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)  # every URL in the line, in order
    header: str = ""  # the table column's header text, for cells

    def span_texts(self, kind: str) -> list[str]:
        """The text of the spans of KIND."""
        return [self.text[s.start : s.end] for s in self.spans if s.kind == kind]

    def opening_span(self, kind: str, aside: str = "") -> Span | None:
        """The line's first span when it is of KIND and nothing but spaces stand before it
        ("`ICLR` [Title]": the code span that opens the line), or only the characters of ASIDE
        (" -*•": a list's marker kept in the text, "- **Name:** …")."""
        first = self.spans[0] if self.spans else None
        before = self.text[: first.start] if first is not None else ""
        if (
            first is None
            or first.kind != kind
            or (before.strip(aside) if aside else before.strip())
        ):
            return None
        return first


def linked_whole(line: Line, after: str = "") -> bool:
    """Whether LINE's text is one link's text and nothing more, but for any of the characters
    AFTER behind the link ("[Lenci, 2008. Title](…),")."""
    links = [span for span in line.spans if span.kind == "link"]
    return (
        len(links) == 1
        and not line.text[: links[0].start].strip()
        and not line.text[links[0].end :].strip().strip(after)
    )


def after_code_tags(line: Line) -> str:
    """LINE's text after the code spans that open it ("``IEEE 2016`` ``Black Box`` Lin Y D, …":
    a list's tags before each reference), or all of it when none opens it."""
    end = 0
    for span in line.spans:
        if end and span.end <= end:
            continue  # "****`OBJECT DETECTION`****": the bold around the code span
        if span.kind != "code" or line.text[end : span.start].strip():
            break
        end = span.end
    return line.text[end:].strip() if end else line.text


def block_start(lines: list[Line], index: int, reach: int) -> int | None:
    """The index of the first line of the block (item, paragraph) that line INDEX continues,
    looking back at most REACH lines; None when INDEX starts its block or the start is further."""
    for i in range(index - 1, max(-1, index - reach - 1), -1):
        if lines[i].block != lines[index].block:
            return None
        if lines[i].first:
            return i
    return None


# "https://arxiv.org/abs/2605.26275  — SPEAR: Title", a paper's address then its title on a
# line of their own: the title's link, as "[SPEAR: Title](https://arxiv.org/abs/2605.26275)"
_ADDRESS_THEN_TITLE = lazy_re(
    r"^([ \t]*(?:[-*+][ \t]+)?)(https?://(?:www\.)?(?:arxiv\.org/(?:abs|pdf)/|openreview\.net/"
    r"forum\?id=|doi\.org/|aclanthology\.org/)[^\s\[\]()<>]{1,200})[ \t]+[—–-]{1,2}[ \t]+"
    r"([^\s\[\]][^\n\[\]]{2,300}?)[ \t]*$",
    re.MULTILINE,
)
# a paper's own page (an abstract, not a picture): what an image's "source" never is
PAPER_PAGE = lazy_re(
    r"^https?://(?:www\.)?(?:arxiv\.org/abs/|openreview\.net/forum|doi\.org/|aclanthology\.org/)"
)


@functools.cache
def markdown_parser() -> MarkdownIt:
    """The one markdown parser (building one costs a millisecond: an HTML block each would
    add up); parsing keeps no state in it."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": False}).enable("table")
    md.disable("code")  # pasted text is often indented; indented code would swallow it
    return md


_HTML_DOC = lazy_re(r"^\s*(?:<!doctype html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_TAG = lazy_re(r"<[A-Za-z!/][^<>\n]{0,400}>")


_HEAD_BLOCK = lazy_re(r"\s*<head\b.*?</head\s*>", re.IGNORECASE | re.DOTALL)


# 'Section titled “Tool Use”Toolformer: …': a docs site's heading, copied as the hidden text
# of its anchor link and run into the line under it
_ANCHOR_TEXT = lazy_re(r"^[ \t]*Section titled “([^”\n]{1,200})”[ \t]*", re.MULTILINE)


ANCHOR_REACH = 12  # lines after an anchored heading read to tell a section from a paper
_FIELD_START = lazy_re(  # "作者: …", "Authors: …", "链接:": a paper's fields
    r"^\W{0,3}(?:作者|单位|机构|链接|论文|代码|摘要|authors?|affiliations?|links?|paper|code|pdf|"
    r"arxiv|abstract)\s*[:：]",
    re.IGNORECASE,
)


# '[4]: https://arxiv.org/abs/2005.14165 "[2005.14165] Language Models are Few-Shot Learners -
# arXiv.org"': a reference link's definition with the page's title (a chat assistant's sources)
_TITLED_DEFINITION = lazy_re(
    r'^\[([^\[\]\n]{1,20})\]:[ \t]*<?https?://\S+?>?[ \t]+"([^"\n]{8,300})"[ \t]*$', re.M
)
# "([arXiv][4])": a link to such a definition labelled by its site alone
_SITE_LABELLED_LINK = lazy_re(r"\[([\w.\- ]{2,30})\]\[([^\[\]\n]{1,20})\]")
_ID_BEFORE_TITLE = lazy_re(r"^\[\d{4}\.\d{4,5}(?:v\d+)?\]\s*")
# " - arXiv.org", " - OpenAI", " | Hugging Face": the site's name after the page's title
_SITE_AFTER_TITLE = lazy_re(r"\s+[-–|]\s+[\w.]+(?:\s[\w.]+)?$")


def _titled_reference_links(text: str) -> str:
    """TEXT with each reference link that its site's name labels ("([arXiv][4])") labelled by
    the title its definition gives the page instead ('[4]: https://… "Language Models are
    Few-Shot Learners - arXiv.org"'), that title without the site's name or the arXiv id
    before it; a title cut short ("…", "...") or a repository's ("GitHub - a/b: …") is left."""
    titles: dict[str, str] = {}
    for match in _TITLED_DEFINITION.finditer(text):
        title = _ID_BEFORE_TITLE.sub("", match.group(2).strip())
        if title.endswith(("...", "…")) or title.startswith("GitHub - "):
            continue
        titles[match.group(1).lower()] = _SITE_AFTER_TITLE.sub("", title)
    if not titles:
        return text

    def relabel(link: re.Match[str]) -> str:
        title = titles.get(link.group(2).lower())
        if title is None or len(link.group(1).split()) > 2:
            return link.group(0)
        return f"[{title}][{link.group(2)}]"

    return _SITE_LABELLED_LINK.sub(relabel, text)


def _anchored_headings(text: str) -> str:
    """TEXT with a docs site's headings, copied as the visible line and then the hidden text
    of its anchor ('Section titled “Tool Use”' run into the next line), as markdown headings:
    one with no address and no field under it before the next heading is a section's ("## "),
    the others, a paper's, "### "."""
    kept: list[str] = []
    lines = text.split("\n")
    for i, line in enumerate(lines):
        anchor = _ANCHOR_TEXT.match(line)
        if anchor is None:
            kept.append(line)
            continue
        name, rest = anchor.group(1), line[anchor.end() :].strip()
        if kept and kept[-1].strip() == name.strip():
            kept.pop()  # the heading's own visible line
        # a section's heading: no address and no field (作者:, Authors:) before the next one
        under = [rest]
        for following in lines[i + 1 : i + ANCHOR_REACH]:
            if _ANCHOR_TEXT.match(following):
                break
            under.append(following)
        parent = not any("://" in ln or _FIELD_START.match(ln) for ln in under)
        kept.append(f"{'##' if parent else '###'} {name}")
        if rest:
            kept.append(rest)
    return "\n".join(kept)


# "---### Top News": front matter's closing rule glued to the first heading
_GLUED_RULE = lazy_re(r"(?<=\n)---(?=#{1,6}[ \t])")
# "2026-03-09" / ": ### Agent models": a kramdown definition whose text is a heading
_DEFINITION_HEADING = lazy_re(r"^:[ \t]+(#{1,6}[ \t])", re.MULTILINE)
# "\\" alone on a line: a kramdown post's spacer between paragraphs
_SPACER_LINE = lazy_re(r"^[ \t]*\\{1,2}[ \t]*$", re.MULTILINE)
# "Foundations¶": a docs site's heading copied with its permalink sign
_PILCROW_HEADING = lazy_re(r"^[ \t]*([^\s#|>¶][^\n¶]{0,119}?)[ \t]*¶[ \t]*$", re.MULTILINE)
# a copied list's bullet left alone on its line, its item on the next ("-\nTitle — …")
_LONE_BULLET = lazy_re(r"^([ \t]*)[-•][ \t]*\n(?=[ \t]*[^\s\-•])", re.MULTILINE)
_SPACED_LONE_BULLET = lazy_re(r"^([ \t]*)[-•][ \t]+\n(?=[ \t]*[^\s\-•])", re.MULTILINE)


def _numbered_lines_unsquashed(line: str) -> str:
    """LINE, a file shown with its line numbers and squashed onto one line ("1 | # List 2 |
    3 | ## NLP 4 | - **Title**: …"), as its lines again; any other line as it is."""
    if len(line) < 300 or " 2 | " not in line or line.lstrip().startswith("|"):
        return line  # (a table's row of numbers is a row)
    if _TABLE_DELIMITER.search(line) is not None:
        return line  # a table's header and rows run together
    cuts: list[tuple[int, int]] = []  # (start, end) of each "N | " in sequence
    expected = 1
    for mark in _LINE_NUMBER.finditer(line):
        if int(mark.group(1)) == expected:
            cuts.append((mark.start(), mark.end()))
            expected += 1
    if len(cuts) < SQUASHED_LINES:
        return line
    parts = [line[: cuts[0][0]]]
    for (_start, end), (following, _end) in zip(cuts, [*cuts[1:], (len(line), 0)], strict=True):
        parts.append(line[end:following])
    if 2 * sum(1 for part in parts[1:] if part.strip()) < len(parts) - 1:
        return line  # mostly empty between the numbers: a row of numbered cells, no file
    return "\n".join(part.rstrip() for part in parts)


SQUASHED_LINES = 10  # numbered lines 1, 2, 3, …, at least, for a line to be a squashed file
_TABLE_DELIMITER = lazy_re(r"\|\s*:?-{3,}:?\s*\|")
_LINE_NUMBER = lazy_re(r"(?:^|(?<=\s))(\d{1,5}) \| ")


# a section's name in brackets alone on its line, spaced inside them ("[ 计算机视觉 ]")
# (in Chinese: "[ PDF ]", "[ Code ]" alone on their lines are links' labels)
_BRACKETED_SECTION = lazy_re(
    r"^\[ ((?=[^\]\n]{0,30}[\u4e00-\u9fff])[^\s\[\]()][^\[\]()\n]{0,29}?) \][ \t]*$",
    re.MULTILINE,
)


# a site generator's publication list: jekyll-scholar's '<ol class="bibliography">', Hugo
# Academic's schema.org items ('<h3 class="article-title" itemprop="name">')
_BUILT_LIST = lazy_re(r"class=\"bibliography\"|\bitemprop=\"(?:name|headline)\"")
# a markdown heading, list item or table row: a line no built HTML page writes
_MARKDOWN_LINE = lazy_re(r"^[ \t]{0,3}(?:#{1,6}[ \t]|[-*+][ \t]+\S|\d{1,3}\.[ \t]|\|.*\|)", re.M)


def _html_fragment(text: str) -> bool:
    """Whether TEXT is a site generator's built publications list without its page ('<h2
    class="bibliography">2026</h2><ol class="bibliography">…', Hugo Academic's stream items):
    it opens with a tag and holds no line of markdown. (Blank lines inside its entries' blocks would
    cut them into pieces read apart; other fragments read better as markdown's HTML blocks.)"""
    sample = text[:20_000]
    if not text.lstrip().startswith("<") or not _BUILT_LIST.search(sample):
        return False
    return _MARKDOWN_LINE.search(sample) is None


def _markdown_after_head(rest: str) -> bool:
    """Whether REST, what follows a page's <head> block, is markdown rather than the HTML
    of a <body>: no <body> or <html> tag, and fewer tags than one to four lines."""
    sample = rest[:20_000]
    if re.search(r"<(?:body|html)\b", sample, re.IGNORECASE):
        return False
    return len(_TAG.findall(sample)) * 4 < sample.count("\n")


CJK_CHAR = lazy_re(r"[\u3400-\u9fff]")  # a Chinese character: every stage asks
# what a table or sheet writes in a cell it leaves blank on purpose ("NULL", "None", "-")
BLANK_VALUES = frozenset({"none", "null", "n/a", "na", "-", "—", "–", "/", "无", "暂无"})
YEAR = lazy_re(r"(?<!\d)((?:19|20)\d\d)(?!\d)")  # a year of four digits, not inside a number
# one letter of Chinese, Japanese or Korean script
CJK_LETTER = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]")
# a run of Chinese, Japanese or Korean script (and its full-width marks): the prose around a
# Latin citation set in it
CJK_SCRIPT = lazy_re(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff0f。、]+")


# "[Title]  (https://arxiv.org/pdf/…)": a title in brackets, then its address in parentheses
# a space or two apart (a link markdown does not read, as its writer meant it)
_SPACED_LINK = lazy_re(r"\[([^\[\]\n]{8,300})\][ \t]{1,3}\((https?://[^()\s]{1,500})\)")
_KBD = lazy_re(r"<kbd>([^<>`\n]{1,80})</kbd>", re.IGNORECASE)
# "2022年" / "- 1．Title…" / "- 2．Title…": a year alone on its line over a list (two items
# at least), the list's heading
_LIST_ITEM_LINE = r"\n[ \t]*(?:[-*+•]|\d{1,3}[.)．、])[ \t][^\n]*"
# "[1] 2023_AAAI_Title", "- 2021_TKDE_Title": a paper's file name, its year and venue first
_FILED_LEAD = lazy_re(
    r"^([ \t]*(?:(?:[-*+]|\d{1,3}[.)]|\[\d{1,3}\])[ \t]+)?)"
    r"((?:19|20)\d\d)_([A-Za-z][A-Za-z\-]{1,14})_(?=[A-Z\d])",
    re.MULTILINE,
)
# "[INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, Vancouver. 2018](https://iclr.cc/)"
# alone between blank lines: a news post's heading of the papers at that meeting, in capitals
_MEETING_LINK_LINE = lazy_re(
    r"(?<=\n\n)\[([A-Z][A-Z&'’\- ]{8,120}(?:,[^\[\]\n]{0,60})?\.? (?:19|20)\d\d)\]"
    r"\(https?://[^()\s]{1,300}\)[ \t]*$(?=\n\n)",
    re.MULTILINE,
)
_YEAR_OVER_LIST = lazy_re(
    rf"^((?:19|20)\d\d ?年?)[ \t]*$(?=(?:\n[ \t]*)?{_LIST_ITEM_LINE}{_LIST_ITEM_LINE})",
    re.MULTILINE,
)
# "I.1 Contextual Understanding: In-context Learning" right over its list: an outline's
# numbered section (Roman numerals, and a number under them), written as a plain line
_OUTLINE_OVER_LIST = lazy_re(
    rf"^((?:[IVX]{{1,4}})(?:\.\d{{1,2}}){{0,2}}\.?[ \t]+[A-Z][^\n]{{2,150}})$"
    rf"(?={_LIST_ITEM_LINE}{_LIST_ITEM_LINE})",
    re.MULTILINE,
)
# ":bulb:", ":star2:" standing alone between spaces or at a line's end
# (a letter in it: "| :---: |" is a table's alignment)
_SHORTCODE = lazy_re(
    r"(?<=[ \t]):(?=[\w+\-]{0,29}[a-z])[a-z0-9_+\-]{2,30}:(?=[ \t]|$)"
    # "[637:fire:]", "[90:star:]": a count and its emoji in brackets
    r"|(?<=\[\d|\d\d):(?=[\w+\-]{0,29}[a-z])[a-z0-9_+\-]{2,30}:(?=\])",
    re.MULTILINE,
)


# "Week 1‑1 (09/08/2025): …", "Lecture 3: …", "第 2 周：…": a course's or a reading
# group's session, named by its number; its date and its sentence are part of the name
_SESSION_WORDS = r"(?:week|lecture|session|class|meeting|module|unit)"
# "Thu 08/31/23 Lecture #1:": a schedule's row, its day and date before the session's label
_DAY_DATE = (
    r"(?:(?:mon|tues?|wed|thu|thurs?|th|fri|sat|sun)[a-z]{0,5}\.?,?\s+)?"
    r"\d{1,2}/\d{1,2}(?:/\d{2,4})?\s+"
)
# "Paper Session 2:", "Poster Session I:": a programme's session of one kind
_SESSION_KIND = r"(?:(?:paper|poster|oral|technical|research|spotlight|demo)\s+)?"
_SCHEDULE_LABEL = lazy_re(
    rf"^(?:{_DAY_DATE})?(?:{_SESSION_KIND}{_SESSION_WORDS}|day)\s*"
    r"(?:#?\d{1,2}(?:[\-‑–.]\d{1,2})?|(?-i:[IVX]{1,4}))\b"
    r"\s*(?:[(:：\-–—,]|$)|^第\s*\d{1,2}\s*(?:周|讲|课|次)",
    re.IGNORECASE,
)
# the same label with its colon: "Lecture 4: Score distillation" names the session's subject
# ("Day 1 - Title" may name a paper after its dash)
_SCHEDULE_HEAD = lazy_re(
    rf"^{_SESSION_WORDS}\s*\d{{1,2}}(?:[\-‑–.]\d{{1,2}})?(?:\s?\([^()]{{0,40}}\))?\s?[:：]",
    re.IGNORECASE,
)


def schedule_label(text: str) -> bool:
    """Whether TEXT opens with a session of a course or a reading group, named by its number."""
    return _SCHEDULE_LABEL.match(text.strip()) is not None


_DAY_DATE_LEAD = lazy_re(rf"^{_DAY_DATE}(?=(?:{_SESSION_WORDS}|day)\b)", re.IGNORECASE)


def without_day_date(text: str) -> str:
    """TEXT without the day and date before its session's label ("Lecture #1:" of "Thu
    08/31/23 Lecture #1:")."""
    return _DAY_DATE_LEAD.sub("", text)


def schedule_head(text: str) -> bool:
    """Whether TEXT opens with such a session's label and its colon ("Lecture 4: …")."""
    return _SCHEDULE_HEAD.match(text.strip()) is not None


def _full_width_bars(line: str) -> str:
    """LINE with its full-width bars as field bars; inside a row of a markdown table, whose
    cells ASCII bars divide, one is a bar in a cell's text ("| Title｜**DSSM** | CIKM |")."""
    if line.lstrip().startswith("|") and line.count("|") >= 2:
        return line.replace("\uff5c", "\\|")
    return line.replace("\uff5c", "|")


# a table copied as text, its cells a space apart: "Year Method Paper Link" over rows
# "2017 Transformer Attention is All You Need https://arxiv.org/pdf/1706.03762"
_COLUMN_NAMES = {
    "year": "year", "date": "year", "年份": "year", "时间": "year",
    "method": "name", "model": "name", "name": "name", "方法": "name", "模型": "name",
    "paper": "title", "title": "title", "论文": "title", "标题": "title", "题目": "title",
    "link": "link", "url": "link", "链接": "link", "地址": "link", "code": "link", "代码": "link",
    "author": "authors", "authors": "authors", "author(s)": "authors", "作者": "authors",
}  # fmt: skip
_FLAT_HEADER = lazy_re(
    r"^[ \t]*(?:(?:year|date|method|model|name|paper|title|link|url|code|年份|时间|方法|模型|论文|"
    r"标题|题目|链接|地址|代码)[ \t]+){2,5}(?:link|url|code|链接|地址|代码)[ \t]*$"
    # "Year Title Author(s)": an award's list of winners, copied as text
    r"|^[ \t]*(?:year|date|年份|时间)[ \t]+(?:paper|title|论文|标题|题目)[ \t]+"
    r"(?:authors?|author\(s\)|作者)[ \t]*$"
    # "Year Author Title": the same, its authors first
    r"|^[ \t]*(?:year|date|年份|时间)[ \t]+(?:authors?|author\(s\)|作者)[ \t]+"
    r"(?:paper|title|论文|标题|题目)[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_ROW_YEAR = lazy_re(r"^(?:19|20)\d\d$")
_VERSION = lazy_re(r"^(?:v?\d{1,2}(?:\.\d)?|[IVX]{1,3}|\+\+?)$")
FLAT_ROWS = 3  # rows, at least, under a flattened table's header


def _flattened_tables(text: str) -> str:
    """TEXT with each table that was copied as text (its header a line of column names, its
    cells a space apart) written as a markdown table, where each row splits into its columns
    (year first, links last, a method's name before its title); other text as it was."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _GLUED_AUTHOR_HEADER.sub(r"\1 \2 \3", lines[i])  # "YearAuthorPaper Title"
        columns = [_COLUMN_NAMES.get(w.lower()) for w in header.split()]
        rows: list[list[str]] = []
        if _FLAT_HEADER.fullmatch(header) and None not in columns and "title" in columns:
            k = i + 1
            while k < len(lines) and (row := _flat_row(lines[k], columns, bool(rows))) is not None:
                rows.append([row[0] or rows[-1][0], *row[1:]] if rows else row)
                k += 1
        if len(rows) < FLAT_ROWS:
            out.append(header)
            i += 1
            continue
        out.append("| " + " | ".join(header.split()) + " |")
        out.append("|" + "---|" * len(columns))
        # (a bar in a cell's text is escaped: it would cut the cell in two)
        out.extend("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows)
        i += len(rows) + 1
    return "\n".join(out)


# "YearPaperTopicNote", "年份标题作者机构贡献摘要": a table's header copied with its cells run
# together, the year first and the title next
_GLUED_HEADER = lazy_re(
    r"^(Year|年份)(Paper|Title|标题|论文|题目)((?:[A-Z][a-z]+|[\u4e00-\u9fff]{2}){1,6})$",
    re.MULTILINE,
)
_GLUED_ROW = lazy_re(r"^((?:19|20)\d\d)(?=[A-Z0-9\u4e00-\u9fff])(\S.{4,})$")
# where a title's cell ends and the next begins: "ModelsDDIM", "(code)Classifier",
# "Networks作者" (and not "ImageNet", the title's first word)
_CELL_GLUE = lazy_re(r"(?<=[a-z).])(?=[A-Z])|(?<=[A-Za-z).?!])(?=[\u4e00-\u9fff])")
_LINK_LABEL_END = lazy_re(r"\s*\((?:code|pdf|paper|project|slides|video)\)$", re.IGNORECASE)


# "年份作者标题要点", "YearAuthorTitleNotes": a glued header with the authors before the title
_GLUED_AUTHORS_FIRST = lazy_re(
    r"^(Year|年份)(Authors?|作者)(Paper|Title|标题|论文|题目)((?:[A-Z][a-z]+|[\u4e00-\u9fff]{2}){0,6})$",
    re.MULTILINE,
)
# "2020Brown et al., NeurIPSGPT-3: Language Models are Few-Shot Learners确立 ICL 范式": the
# year, the names and their venue after a comma, the title, then a note in Chinese
_AUTHORS_FIRST_ROW = lazy_re(r"^((?:19|20)\d\d)([A-Z][^,\n]{1,80}?),\s*(\S.*)$")
_NOTE_SEAM = lazy_re(
    r"(?<=[a-z).])(?=[A-Z])|(?<=[A-Za-z0-9).?!])(?=[\u4e00-\u9fff]|[\"“][\u4e00-\u9fff])"
)


def _glued_authors_first(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The markdown table of the glued table whose header is line START, its authors before its
    titles (see _GLUED_AUTHORS_FIRST), and the index of the line after it; None when it is no
    such table."""
    from papercli.importers.venues import glued_venue

    header = _GLUED_AUTHORS_FIRST.fullmatch(lines[start])
    if header is None:
        return None
    rows: list[str] = []
    k = start + 1
    while k < len(lines):
        row = _AUTHORS_FIRST_ROW.match(lines[k].strip())
        venue = glued_venue(row.group(3)) if row is not None else None
        if row is None or venue is None:
            break
        rest = row.group(3)[len(venue) :]
        # (the first seam after the title's first word: "Reasoners|Zero-shot CoT", "Learners|确立")
        first_space = rest.find(" ")
        seam = next((m for m in _NOTE_SEAM.finditer(rest) if 0 < first_space < m.start()), None)
        title, note = (rest[: seam.start()], rest[seam.start() :]) if seam else (rest, "")
        cells = [row.group(1), row.group(2), venue, title.strip(), note.strip()]
        rows.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        k += 1
    if len(rows) < GLUED_ROWS:
        return None
    names = [header.group(1), header.group(2), "Venue", header.group(3), header.group(4) or "-"]
    return ["| " + " | ".join(names) + " |", "|" + "---|" * len(names), *rows], k


def _glued_tables(text: str) -> str:
    """TEXT with each table copied with its cells run together ("YearPaperTopicNote" over
    "2020Denoising Diffusion Implicit ModelsDDIMFaster sampling …") written as a markdown
    table of the year, the title (up to the first seam after its first word), the authors
    when the header names them next, and the rest; other text as it was."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        authors_first = _glued_authors_first(lines, i)
        if authors_first is not None:
            out.extend(authors_first[0])
            i = authors_first[1]
            continue
        header = _GLUED_HEADER.fullmatch(lines[i])
        named = header is not None and _AUTHORS_HEADER.match(header.group(3)) is not None
        rows: list[list[str]] = []
        k = i + 1
        while header is not None and k < len(lines):
            row = _glued_row(lines[k], named)
            if row is None:
                break
            rows.append(row)
            k += 1
        if header is None or len(rows) < GLUED_ROWS:
            out.append(lines[i])
            i += 1
            continue
        names = [header.group(1), header.group(2)]
        if named:
            authors = _AUTHORS_HEADER.match(header.group(3))
            names += [authors.group(0), header.group(3)[authors.end() :]] if authors else []
        else:
            names.append(header.group(3))
        out.append("| " + " | ".join(names) + " |")
        out.append("|" + "---|" * len(names))
        out.extend("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows)
        i = k
    return "\n".join(out)


GLUED_ROWS = 1  # rows, at least, under a glued header (itself a sure sign)


def _seam_ends_word(text: str, at: int) -> bool:
    """Whether the seam AT in TEXT ends a word of four letters or more, or a point or a
    bracket ("Williams|UCSD", "al.|Microsoft"; not "Le|Cun")."""
    word = text[text.rfind(" ", 0, at) + 1 : at]
    return word.endswith((".", ")")) or len(word) >= 4


_AUTHORS_HEADER = lazy_re(r"作者|Authors?")


def _glued_row(line: str, named: bool) -> list[str] | None:
    """LINE as [year, title, rest] ([year, title, authors, rest] when NAMED: the authors'
    cell next) when it reads as a glued row, else None."""
    row = _GLUED_ROW.match(line.strip())
    if row is None:
        return None
    cells = row.group(2)
    first_space = cells.find(" ")
    seam = next((m for m in _CELL_GLUE.finditer(cells) if 0 < first_space < m.start()), None)
    if seam is None:
        return None
    title = _LINK_LABEL_END.sub("", cells[: seam.start()].strip())
    rest = cells[seam.start() :].strip()
    if not named:
        return [row.group(1), title, rest]
    # ("Yann LeCun et al.Bell Labs": a short word's capital is a name's own, "LeCun", "McCall")
    after = next(
        (m for m in _CELL_GLUE.finditer(rest, 1) if _seam_ends_word(rest, m.start())), None
    )
    cut = after.start() if after is not None else len(rest)
    return [row.group(1), title, rest[:cut].strip(), rest[cut:].strip()]


def _flat_row(line: str, columns: list[str | None], later: bool = False) -> list[str] | None:
    """LINE's cells under COLUMNS, or None when it does not read as a row of them (a LATER row
    of a winners' list may leave its year to the row above: one year, several papers)."""
    words = line.split()
    cells: list[str] = []
    if columns[0] == "year":
        if words and _ROW_YEAR.match(words[0]):
            cells.append(words.pop(0))
        elif later and "authors" in columns:
            cells.append("")
        else:
            return None
    links = [c for c in columns if c == "link"]
    tail: list[str] = []
    for _ in links:
        if not words or not words[-1].startswith(("http://", "https://")):
            return None
        tail.insert(0, words.pop())
    middle = [c for c in columns[len(cells) : len(columns) - len(tail)]]
    if middle == ["title"]:
        title = " ".join(words)
    elif middle == ["name", "title"] and len(words) >= 3:
        name, title = _name_then_title(words)
        cells.append(name)
    elif middle == ["authors", "title"]:
        if words and _ROW_TAG.fullmatch(words[0]):
            words = words[1:]  # "2010 (Long) Matthew Gerber and …": the award's track
        cut = _names_end(words)
        if cut is None:
            return None
        cells.append(" ".join(words[:cut]))
        title = " ".join(words[cut:])
    elif middle == ["title", "authors"]:
        cut = _initialled_names_start(words)
        if cut is None:
            return None
        title = " ".join(words[:cut])
        tail.insert(0, " ".join(words[cut:]))
    else:
        return None
    if len(title.split()) < 2:
        return None
    return [*cells, title, *tail]


_INITIALS = r"[A-Z]\.(?:-?[A-Z]\.)*"  # "J.", "J.-P."
_CAPITAL_WORD = r"[A-Z][^\W\d_]*(?:[-'’][A-Z]?[^\W\d_]+)*"  # "Ng", "O'Neil", "Jean-Pierre"
_INITIAL = lazy_re(_INITIALS)
# a name's word, a comma after it at most
_NAME_WORD = lazy_re(rf"{_CAPITAL_WORD},?")
# any word of a list of names: initials, a name's word, "and", "&", a particle
_NAME_PIECE = lazy_re(rf"{_INITIALS}|{_CAPITAL_WORD}[,;]?|&|and|van|von|de|der|den|da|di|la|le")
# "YearAuthorPaper Title": such a header copied with its names run together
_GLUED_AUTHOR_HEADER = lazy_re(
    r"^[ \t]*(Year|Date)(Authors?)(?:Paper )?(Title|Paper)[ \t]*$", re.MULTILINE
)
_ROW_TAG = lazy_re(r"[(（][A-Za-z][\w\s-]{0,20}[)）]")
NAMES_MAX = 40  # words, at most, of a row's authors before its title


def _one_name_or_more(words: list[str]) -> bool:
    """Whether WORDS, before an "and", are names: a list parted by commas, or one name
    ("Franz Och", "Andrew Y. Ng", "Y. W. Wong"), never a name and a title's first words."""
    if not words or not all(_NAME_PIECE.fullmatch(w) for w in words):
        return False
    if any(w.endswith(",") for w in words):
        return True
    plain = [w for w in words if not _INITIAL.fullmatch(w)]
    return len(plain) == 2 or (len(plain) == 1 and len(words) > 1)


def _names_end(words: list[str]) -> int | None:
    """Where the title starts in WORDS that open with its authors ("Eugene Charniak
    Immediate-head parsing …", "Y. W. Wong and R. J. Mooney Learning …"): after the name that
    follows the first "and" or "&" of the names (a given name and a surname, or initials and a
    surname), or after the first name when they have none; None when the words do not read so."""
    words = words[:NAMES_MAX]
    first_and = next((k for k, w in enumerate(words) if w in ("and", "&")), None)
    k = 0
    if first_and is not None and _one_name_or_more(words[:first_and]):
        k = first_and + 1  # (a later "and" is the title's: "Fast Decoding and Optimal …")
    initialled = False
    while k < len(words) and _INITIAL.fullmatch(words[k]):
        k, initialled = k + 1, True
    if k >= len(words) or not _NAME_WORD.fullmatch(words[k]):
        return None
    k += 1
    if not initialled:  # a given name, then initials, then the surname
        while k < len(words) and _INITIAL.fullmatch(words[k]):
            k += 1
        if k >= len(words) or not _NAME_WORD.fullmatch(words[k]):
            return None
        k += 1
    return k if len(words) - k >= 2 else None


def _initialled_names_start(words: list[str]) -> int | None:
    """Where the names after a title start in WORDS ("The Cluster Hypothesis Revisited E. M.
    Voorhees"): the first initial from which every word is a name's, else None."""
    for cut in range(2, len(words)):
        if _INITIAL.fullmatch(words[cut]) and all(_NAME_PIECE.fullmatch(w) for w in words[cut:]):
            return cut
    return None


def _name_then_title(words: list[str]) -> tuple[str, str]:
    """A method's name and its paper's title, run together: the name is repeated where the
    title opens with it ("Swin Transformer Swin Transformer: …"), else its first word and a
    version after it ("MoCo 2 Improved Baselines …")."""
    for size in range(min(4, len(words) // 2), 0, -1):
        head, rest = words[:size], words[size:]
        said = [w.rstrip(":：") for w in rest[:size]]
        if said == head:
            return " ".join(head), " ".join(rest)
    size = 1
    while size < len(words) - 2 and _VERSION.match(words[size]):
        size += 1
    return " ".join(words[:size]), " ".join(words[size:])


# '"[1] Liao, M. \\"Title.\\" AAAI. 2017.\\n",': a notebook's source lines, JSON strings
_JSON_STRING_LINE = lazy_re(r'^\s*"((?:[^"\\\n]|\\.)*)",?\s*$')
NOTEBOOK_LINES_SHARE = 0.7  # of a page's lines JSON strings: a notebook's source, copied


_COMMENTED_JSON = lazy_re(r"\s*#[ \t]?[\[{][ \t]*\n\s*#[ \t]?[{\"]")  # "# [" / "# {" opening it
_COMMENT_MARK = lazy_re(r"^[ \t]*#[ \t]?", re.MULTILINE)


def without_unresolved_images(text: str) -> str:
    """TEXT without its reference-style images whose reference it never defines ("![image]
    [Paper] ![image][NLP]" under each title of a list cut from a page): they show nothing,
    and their words would read as a line of their own."""
    if "![" not in text:
        return text
    defined = {label.casefold() for label in _REFERENCE_DEFINITION.findall(text)}
    return _REFERENCE_IMAGE.sub(
        lambda m: m.group(0) if m.group(1).casefold() in defined else "", text
    )


_REFERENCE_IMAGE = lazy_re(r"[ \t]*!\[[^\[\]\n]{0,200}\]\[([^\[\]\n]{1,200})\]")
_REFERENCE_DEFINITION = lazy_re(r"^[ \t]{0,3}\[([^\[\]\n]{1,200})\]:[ \t]*\S", re.MULTILINE)


def unfenced_page(text: str) -> str:
    """TEXT without the code fence that wraps the whole of it ("```markdown" / the page /
    "```": a page pasted as a chat assistant or an editor quotes it), else TEXT as it is."""
    opening = _PAGE_FENCE_OPEN.match(text)
    if opening is None:
        return text
    body = text[opening.end() :].rstrip()
    if body.endswith("```") and body[:-3].endswith("\n"):
        body = body[:-3]
    if "\n```" in body:
        return text  # a fence that closes before the page ends: one code block among others
    return "\n" * text[: opening.end()].count("\n") + body


_PAGE_FENCE_OPEN = lazy_re(r"\s*```[ \t]*(?:markdown|md|text|html)?[ \t]*\n", re.IGNORECASE)


def notebook_text(text: str) -> str:
    """TEXT's prose when it is a Jupyter notebook (its markdown and raw cells, not its code),
    the lines of a notebook's source copied as JSON strings, decoded, or a JSON data file's
    paper objects as a YAML list; else TEXT."""
    import json

    opening = text.lstrip()[:1]
    if (
        opening == "#"
        and _COMMENTED_JSON.match(text) is not None
        and all(not line.strip() or line.lstrip()[:1] == "#" for line in text.split("\n"))
    ):
        # "# [" / '# {' / '# "title": …': a JSON data file kept with every line commented out
        text = _COMMENT_MARK.sub("", text)
        opening = text.lstrip()[:1]
    assigned = _JS_ASSIGNED.match(text) if opening in ("c", "l", "v", "e") else None
    if assigned is not None:
        # "const generatedBibEntries = {" / '"key": {"author": …, "title": …}': a script that
        # assigns one JSON object, read as the JSON it holds
        from papercli.importers.digest.json_records import records_as_yaml

        body = text[assigned.end() - 1 :].rstrip().rstrip(";")
        data = _loaded(body)
        data = _cut_json(body) if data is None else data
        return (records_as_yaml(data) or text) if data is not None else text
    if opening not in ("{", '"', "["):
        return text
    if opening in ("{", "["):  # a notebook, a data file, or an API's list of paper objects
        fixed = text  # (with no comma before a closing bracket, once it fails to read)
        notebook = _loaded(text)
        if notebook is None:
            fixed = _TRAILING_COMMA.sub(_string_or_nothing, text)
            notebook = _loaded(fixed) if fixed != text else None
        if notebook is None:
            notebook = _json_lines(text)
            if notebook is None:
                # "[Title](…)": markdown; "[[[[…": nested past reading; a data table's rows
                # cut off mid-file: each row read on its own
                table = _rows_as_table(_string_rows_in(text))
                if table is not None:
                    return table
                notebook = _cut_json(fixed)
                if notebook is None and text.lstrip()[:1] == "{":
                    # "{…},\n{…},\n{…": a list's objects, cut off at both ends
                    notebook = _cut_json("[" + fixed.lstrip())
                if notebook is None:
                    return text
        cells = notebook.get("cells") if isinstance(notebook, dict) else None
        if not isinstance(cells, list):
            from papercli.importers.digest.json_records import records_as_yaml

            return (
                _table_rows_by_section(notebook)
                or _rows_as_table(_string_rows(notebook))
                or records_as_yaml(notebook)
                or text
            )
        parts = []
        for cell in cells:
            if isinstance(cell, dict) and cell.get("cell_type") in ("markdown", "raw"):
                source = cell.get("source", "")
                parts.append("".join(source) if isinstance(source, list) else str(source))
        return "\n\n".join(part for part in parts if isinstance(part, str))
    read = [(line, _JSON_STRING_LINE.match(line)) for line in text.split("\n")]
    filled = [match for line, match in read if line.strip()]
    if len(filled) < 3 or sum(m is not None for m in filled) < NOTEBOOK_LINES_SHARE * len(filled):
        return text
    decoded = []
    for line, match in read:
        try:
            decoded.append(json.loads(f'"{match.group(1)}"') if match else line + "\n")
        except ValueError:
            decoded.append(line + "\n")
    return "".join(decoded)


_JS_ASSIGNED = lazy_re(
    r"\s*(?:export\s+)?(?:const|let|var)\s+[A-Za-z_$][\w$]{0,60}\s*=\s*[\[{](?=\s*\n)"
)


def _loaded(text: str) -> object | None:
    """The document of the JSON TEXT, or None when it is no JSON."""
    import json

    try:
        document: object = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return document


# a string (kept whole, commas and all), or a comma before a closing bracket, which JSON forbids
# and a hand-written file has ('"url": "…",⏎ }'): dropped
_TRAILING_COMMA = lazy_re(r'"(?:[^"\\]|\\.)*"|,(?=\s*[\]}])')


def _string_or_nothing(match: re.Match[str]) -> str:
    return match.group() if match.group().startswith('"') else ""


def _cut_json(text: str) -> object | None:
    """The document of a JSON file cut off mid-file, as far as its last whole object or list
    inside it, closed there ("[{…}, {…}, {"title": "Ti"): its whole objects); None when it is
    no JSON so cut."""

    if _JSON_OPENING.match(text) is None:
        return None  # ("[Title](…)", "[![badge]…": markdown)
    openers: list[str] = []
    end, depth = -1, 0  # where the last inner object or list closed, and the levels left open
    for token in _JSON_TOKEN.finditer(text):
        char = token.group()
        if char in "[{":
            openers.append(char)
        elif char in "]}":
            if not openers or "[{"["]}".index(char)] != openers[-1]:
                return None
            openers.pop()
            if openers:
                end, depth = token.end(), len(openers)
    if end < 0:
        return None
    closers = "".join("]" if opener == "[" else "}" for opener in reversed(openers[:depth]))
    return _loaded(text[:end] + closers)


_JSON_OPENING = lazy_re(r"\s*[\[{]\s*[\[{\"]")
# a string (cut off at the file's end, perhaps), or a bracket: what a cut JSON file's levels are
_JSON_TOKEN = lazy_re(r'"(?:[^"\\]|\\.)*(?:"|$)|[\[\]{}]')


def _json_lines(text: str) -> list[object] | None:
    """TEXT's objects when it is JSON Lines (a daily bot's archive: one paper object on each
    line), else None."""
    import json

    objects: list[object] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if not line.lstrip().startswith("{"):
            return None
        try:
            objects.append(json.loads(line))
        except (ValueError, RecursionError):
            return None
    return objects if len(objects) >= 2 else None


def _string_rows(data: object) -> list[list[str]]:
    """A data table's rows when DATA is one, a list of lists of strings (DataTables' {"data":
    [["17/08/2017", "A, B", "<a href=…>Title</a>", "arXiv"], …]}), else none."""
    if isinstance(data, dict) and len(data) == 1:
        data = next(iter(data.values()))
    if not isinstance(data, list) or not all(isinstance(row, list) for row in data):
        return []
    if not all(isinstance(cell, str) for row in data for cell in row):
        return []
    return data


def _string_rows_in(text: str) -> list[list[str]]:
    """The rows of a data table's JSON that does not parse whole (a file cut off): each
    "[" line, its lines of strings and its "]" line read as one row."""
    import json

    rows: list[list[str]] = []
    row: list[str] | None = None
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped == "[":
            row = []
        elif row is not None and stripped.startswith("]"):
            try:
                cells = json.loads("[" + ",".join(row) + "]")
            except (ValueError, RecursionError):
                return []
            rows.append([str(cell) for cell in cells])
            row = None
        elif row is not None:
            if not _JSON_STRING_LINE.match(line) or len(row) > TABLE_CELLS:
                row = None  # (the last row, cut inside a string; or no row of strings)
                continue
            row.append(stripped.rstrip(","))
    return rows


def _rows_as_table(rows: list[list[str]]) -> str | None:
    """ROWS, at least DATA_TABLE_ROWS of one width of three cells or more, as a markdown table
    (its cells' HTML kept, their bars escaped); None for fewer."""
    if len(rows) < DATA_TABLE_ROWS or len({len(row) for row in rows}) != 1 or len(rows[0]) < 3:
        return None
    width = len(rows[0])
    lines = ["|" + " |" * width, "|" + "---|" * width]
    for row in rows:
        cells = (" ".join(cell.replace("|", "\\|").split()) for cell in row)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


DATA_TABLE_ROWS = 3  # rows, at least, of a JSON data table read as a table
TABLE_CELLS = 40  # cells, at most, of one row of it


def _table_rows_by_section(data: object) -> str | None:
    """A daily-arXiv bot's JSON archive ({"Section": {"2110.12383": "|date|**Title**|…|\\n"}}) as
    the markdown it renders: a heading per section over a table of its rows; None for other
    JSON."""
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        return None
    parts = []
    for section, rows in data.items():
        cells = [r for r in rows.values() if isinstance(r, str) and r.lstrip().startswith("|")]
        if not cells:
            continue
        width = cells[0].strip().count("|") - 1
        header = "|" + " |" * width + "\n|" + "---|" * width
        parts.append(f"## {section}\n\n{header}\n" + "".join(r.rstrip("\n") + "\n" for r in cells))
    return "\n".join(parts) if parts else None


_AUTHOR_STAR = lazy_re(r"\)\*(?=\s*;)")


def _before_leaders(line: str) -> int:
    """Where the dot leaders and page number that end LINE begin ("Research . . . . . . 46"):
    a contents entry's last line; -1 for any other line."""
    stripped = line.rstrip()
    body = stripped.rstrip("0123456789")
    if not 1 <= len(stripped) - len(body) <= PAGE_DIGITS:
        return -1
    text = body.rstrip(" .")
    return len(text) if body.count(".", len(text)) >= LEADER_DOTS else -1


# "ISBN: 978-1-5108-2502-4", "Volume 1 of 4": the book's front matter above its contents
_BOOK_FRONT = lazy_re(r"^\s*(?:isbn|issn|volume|vol\.|copyright|©|editors?\b)", re.IGNORECASE)
PAGE_DIGITS = 5  # digits of a contents entry's page number, at most
LEADER_DOTS = 5  # dots, at least, that lead a contents entry to its page number
LEADERED_ENTRIES = 3  # lines ending in dot leaders and a page, at least, for a contents page
CONTENTS_LINES = 3  # lines of one contents entry, at most


def _contents_entries_joined(text: str) -> str:
    """TEXT with each entry of a table of contents copied out of a PDF ("Double or Nothing: …
    for" / "Crowdsourcing, Nihar Shah, UC Berkeley, …" / "Research . . . . . 1") written as one
    list item of one line, its dot leaders and page number dropped."""
    lines = text.split("\n")
    ends = [i for i, line in enumerate(lines) if _before_leaders(line) >= 0]
    if len(ends) < LEADERED_ENTRIES:
        return text
    out: list[str] = []
    done = 0
    for end in ends:
        start = end
        while (
            start > done
            and end - start + 1 < CONTENTS_LINES
            and lines[start - 1].strip()
            and not _BOOK_FRONT.match(lines[start - 1])
        ):
            start -= 1
        out.extend(lines[done:start])
        last = lines[end][: _before_leaders(lines[end])]
        entry = " ".join(line.strip() for line in [*lines[start:end], last])
        out += ["", "- " + entry.strip(), ""]
        done = end + 1
    out.extend(lines[done:])
    return "\n".join(out)


def read_lines(text: str) -> list[Line]:
    """The lines of TEXT (markdown, plain text or HTML)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = text.replace("\u00a0", " ").replace("\u3000", " ")
    if "\uff5c" in text:  # "Title｜Author｜Affiliation": a full-width field bar
        text = "\n".join(map(_full_width_bars, text.split("\n")))
    if ":" in text:  # "[Title](url) :bulb:": a GitHub emoji's shortcode, no field's colon
        text = _SHORTCODE.sub("", text)
    if "] (" in text or "]  (" in text:  # "[Title]  (https://…)": a link, a space too wide
        text = _SPACED_LINK.sub(r"[\1](\2)", text)
    if ")*;" in text:  # "Ada Moss (Univ)*; Bo Li (Lab)": an export's corresponding author, no
        text = _AUTHOR_STAR.sub(r")\\*", text)  # emphasis (a pair of them would join lines)
    if "———" in text:  # "———. 2011. “Title.” …": a bibliography's sign for the names above
        text = _same_names_filled(text)
    if "\n  " in text and _WRAPPED_HEADING.search(text, 0, 200_000) is not None:
        text = _WRAPPED_HEADING.sub(r"\1 \2", text)
    if "\n\\" in text and "\\begin{" not in text and "\\bibitem" not in text:
        # "\\" alone on a line: a kramdown post's spacer between paragraphs, a blank line
        text = _SPACER_LINE.sub("", text)
    if "\n: #" in text:  # "2026-03-09" / ": ### Agent models": a kramdown definition's heading
        text = _DEFINITION_HEADING.sub(r"\1", text)
    if "##" in text:  # "###1.Understand the black box": a heading, as its writer meant it
        text = _UNSPACED_HEADING.sub(r"\1 ", text)
    if "{#" in text:  # "## Title {#title-anchor}": a heading's anchor, as Hugo and pandoc write it
        text = _HEADING_ANCHOR.sub("", text)
    if "</summary>" in text:  # "<details><summary>W39</summary>" / "- Title …": its list apart
        text = _SUMMARY_OVER_TEXT.sub("\\1\n\n", text)
    if "<kbd>" in text:  # "<kbd>2022 - 03 Apr</kbd><kbd>CVPR</kbd> [Title](…)": tags, as code
        text = _KBD.sub(r"`\1` ", text)
    if ". . . . ." in text:  # a proceedings' table of contents, copied out of its PDF
        text = _contents_entries_joined(text)
    if "_" in text:  # "[1] 2023_AAAI_Title": a paper's file name, as "AAAI 2023, Title"
        text = _FILED_LEAD.sub(r"\1\3 \2, ", text)
    if "](" in text and len(_MEETING_LINK_LINE.findall(text, 0, 200_000)) >= 2:
        text = _MEETING_LINK_LINE.sub(r"### \1", text)
    if _YEAR_OVER_LIST.search(text, 0, 200_000) is not None:
        text = _YEAR_OVER_LIST.sub(r"### \1", text)  # "2022年" over its list: its heading
    if "I" in text and _OUTLINE_OVER_LIST.search(text, 0, 200_000) is not None:
        text = _OUTLINE_OVER_LIST.sub(r"#### \1", text)
    if "\n---#" in text[:5000]:  # "---### Top News": front matter closed on the heading's line
        text = _GLUED_RULE.sub("---\n", text, count=1)
    text = yaml_comments_blanked(front_matter_title(text))
    if "{}{" in text or "# jemdoc:" in text:
        text = jemdoc_to_markdown(text)
    if "==" in text:
        text = wiki_headings_to_markdown(text)
    if (
        "\\begin{document}" in text
        or "\\documentclass" in text
        or _latex_list(text)
        or _latex_sections(text)
    ):
        text = latex_to_markdown(text)
    if "\n- date:" in text or text.startswith("- date:"):
        text = lecture_schedule_to_markdown(text)
    if "+-" in text and _GRID_BORDER.search(text) is not None:
        text = grid_tables_to_markdown(text)
    if text.count("\n.. [") > 1:
        text = _RST_CITATION.sub("- \\1 ", text)
    if ":`" in text:  # "- :func:`~pkg.method` (Names (2018). Title. …)": the code, no text
        text = _ROLE_BEFORE_CITATION.sub(r"\1\2", text)
    if "`_" in text or _RST_UNDERLINE.search(text) is not None:
        text = rst_to_markdown(text)
    if "[[" in text or "*" in text[:1] or "\n*" in text or "#+" in text:
        text = org_to_markdown(text)
    head = _HEAD_BLOCK.match(text, 0, 100_000) if text.lstrip()[:5].lower() == "<head" else None
    if head is not None and _markdown_after_head(text[head.end() :]):
        text = text[head.end() :]  # a site page's markdown under a <head> of scripts
    minified = text.lstrip().startswith("<") and text.count("\n") < 20
    if (
        _HTML_DOC.match(text[:2000])
        or (minified and len(_TAG.findall(text[:20000])) > 40)
        or _html_fragment(text)
    ):
        text = html_to_markdown(text)
    if "(" in text and _CODE_BEFORE_CITATION.search(text, 0, 200_000) is not None:
        text = _CODE_BEFORE_CITATION.sub(_code_before_citation, text)
    if "]: http" in text and '"' in text:
        text = _titled_reference_links(text)
    if "Section titled" in text:  # a docs site's anchor text, run into the line under it
        text = _anchored_headings(text)
    if "¶" in text:
        # its list's bullets copied alone on their lines are bullets, not setext underlines
        text = _LONE_BULLET.sub(r"\1- ", _PILCROW_HEADING.sub(r"# \1", text))
    if "[ " in text and len(_BRACKETED_SECTION.findall(text, 0, 200_000)) > 1:
        text = _BRACKETED_SECTION.sub(r"### \1", text)  # "[ 自然语言处理 ]": a section's name
    if len(_SPACED_LONE_BULLET.findall(text, 0, 200_000)) > 1:
        # a copied list's bullets alone on their lines, a space after them ("- \n"), are
        # bullets, not setext underlines (a bare "-" under a paragraph is a heading's)
        text = _SPACED_LONE_BULLET.sub(r"\1- ", text)
    if "`" in text:
        text = "\n".join(map(_lone_backtick_escaped, text.split("\n")))
    if ".-" in text:
        text = _contents_split(text)
    if _FIRST_ENTRY.search(text) or _FIRST_REFERENCE.search(text):
        text = "\n".join(_unglued(line) for line in text.split("\n"))
    if _LATER_ENTRY.search(text):
        text = "\n".join(_unglued_from_later(line) for line in text.split("\n"))
    if _YEAR_THEN_TITLE.search(text):
        text = "\n".join(_citations_unglued(line) for line in text.split("\n"))
    if "://" in text and _ADDRESS_THEN_REFERENCE.search(text, 0, 200_000) is not None:
        text = "\n".join(map(_references_unglued_at_addresses, text.split("\n")))
    if "]" in text and _GLUED_KIND_TAG.search(text, 0, 200_000) is not None:
        text = "\n".join(map(_kind_tags_unglued, text.split("\n")))
    if "; " in text and " by " in text:
        text = "\n".join(map(_by_list_split, text.split("\n")))
    if " 2 | " in text:
        text = "\n".join(map(_numbered_lines_unsquashed, text.split("\n")))
    if _GLUED_NAMES_LINE.search(text, 0, 200_000) is not None:
        text = _GLUED_NAMES_LINE.sub(_names_unglued, text)
    if "=" in text and _EQUALS_DELIMITER.search(text, 0, 200_000) is not None:
        text = _EQUALS_DELIMITER.sub(lambda m: m.group(0).replace("=", "-"), text)
    if (
        _FLAT_HEADER.search(text, 0, 200_000) is not None
        or _GLUED_AUTHOR_HEADER.search(text, 0, 200_000) is not None
    ):
        text = _flattened_tables(text)
    if _FLAT_LABEL_TAIL.search(text, 0, 200_000) is not None:
        text = _FLAT_LABEL_TAIL.sub(r"\1", text)
    if (
        _GLUED_HEADER.search(text, 0, 200_000) is not None
        or _GLUED_AUTHORS_FIRST.search(text, 0, 200_000) is not None
    ):
        text = _glued_tables(text)
    if max(map(len, text.split("\n"))) > _MAX_SOURCE_LINE:
        # a line this long is not a digest line (minified markup, a pasted blob): its head
        # is kept, and markdown-it is spared parsing megabytes of brackets on one line
        text = "\n".join(line[:_MAX_SOURCE_LINE] for line in text.split("\n"))
    text = _BULLET.sub(r"\1- ", text)
    if "{:" in text:  # "[Title](…){:target="_blank"}": kramdown's attributes, never shown
        text = _KRAMDOWN_ATTRIBUTES.sub("", text)
    if "[[" in text:  # "[[Title]]", "[[Title|shown]]": a notes app's link to its page on it
        text = _WIKILINK.sub(_wikilink_text, text)
    if "://" in text and _ADDRESS_THEN_TITLE.search(text, 0, 200_000) is not None:
        text = _ADDRESS_THEN_TITLE.sub(r"\1[\3](\2)", text)
    if "](" in text:  # "[Title](Title)": a link to its own text is that text
        text = _SELF_LINK.sub(r"\1", text)
        if "{{" in text:  # "[Title]({{ site.baseurl }}/data/p9.pdf)": a site template's link
            text = _TEMPLATE_LINK.sub("](", text)
    if "\\" in text:  # "Victor R\"uhle": a LaTeX accent inside a word, not a markdown escape
        text = _LATEX_ACCENT.sub(r"\\\\\1", text)
    if "{" in text and _MYST_OPENER.search(text, 0, 200_000) is not None:
        text = _myst_directives_unwrapped(text)
    if "<!--" in text:
        text = _unclosed_comments_shut(text)
    if "<t" in text or "<T" in text:
        text = _html_tables_closed_up(text)
    if "    <" in text or "\t<" in text:
        text = _html_blocks_unindented(text)
    if "\\bibitem" in text:
        text = _bibitems_as_lines(text)
    if "[^" in text:  # "[^GPT]: Names. Title. Venue, 2020.": a footnote's label, no title
        text = _FOOTNOTE_LABEL.sub(_footnote_unlabelled, text)
    builder = _Builder()
    builder.walk(markdown_parser().parse(text))
    return builder.lines


# a footnote definition's label: "[^GPT]: ", "[^3]: "
_FOOTNOTE_LABEL = lazy_re(r"^([ \t]{0,3})\[\^([^\[\]\s]{1,24})\]:[ \t]+(?=\S)", re.MULTILINE)


def _footnote_unlabelled(match: re.Match[str]) -> str:
    """A footnote's definition as a list item: a word label dropped, a number kept as a
    reference's ("[3] ")."""
    label = match.group(2)
    return f"{match.group(1)}[{label}] " if label.isdigit() else match.group(1)


def _bibitems_as_lines(text: str) -> str:
    """TEXT with each entry of a LaTeX bibliography ("\\bibitem{key}" / "H.~Liu, P.~Banerjee." /
    "\\newblock Title." / "\\newblock In {\\em Venue}, 2007.") as one list item on its first line,
    its other lines left blank (the line count kept): a citation the reference reader reads."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _BIBITEM.match(line)]
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        for i in range(start + 1, end):
            if _BIBLIOGRAPHY_END.match(lines[i]):
                end = i
                break
        entry = " ".join(line.strip() for line in lines[start:end])
        entry = _BIBITEM.sub("", entry).replace("\\newblock", " ").replace("~", " ")
        entry = _LATEX_ITALIC.sub(_italic_of, entry).replace("\\&", "&")
        lines[start : start + 1] = ["- " + " ".join(entry.split())]
        lines[start + 1 : end] = [""] * (end - start - 1)
    for i, line in enumerate(lines):  # its sections, and the list's own markup
        section = _LATEX_SECTION.match(line)
        if section is not None:
            lines[i] = "#" * (2 + section.group(1).count("sub")) + " " + section.group(2)
        elif _BIBLIOGRAPHY_MARK.match(line):
            lines[i] = ""
    return "\n".join(lines)


def _italic_of(match: re.Match[str]) -> str:
    return f"*{match.group(1) or match.group(2)}*"


_BIBITEM = lazy_re(r"^\s*\\bibitem\s*(?:\[[^\]\n]{0,80}\])?\s*\{[^}\n]{0,200}\}")
_BIBLIOGRAPHY_END = lazy_re(r"^\s*\\end\{thebibliography\}")
_BIBLIOGRAPHY_MARK = lazy_re(r"^\s*\\(?:begin|end)\{thebibliography\}")
# "\section{Indoor Positioning}", "\subsection*{Indices}": a section of the bibliography's page
_LATEX_SECTION = lazy_re(r"^\s*\\((?:sub){0,2})section\*?\{([^{}\n]{1,200})\}\s*(?:%.*)?$")
# "{\em IEEE Transactions on …}", "\emph{Venue}", "\textit{Venue}": a venue in italics
_LATEX_ITALIC = lazy_re(r"\{\\(?:em|it)\s+([^{}]{1,300})\}|\\(?:emph|textit)\{([^{}]{1,300})\}")


def _html_tables_closed_up(text: str) -> str:
    """TEXT with each HTML table's blank lines and indents taken out: in markdown a blank line
    ends an HTML block, and the indented "<tr>" rows after it would read as code; one
    block, the table reads whole ("<th rowspan=4>Session</th>" over its rows). A page cut from
    inside a table (its indented "<tr>" rows before any "<table") gets the table's opening
    back."""
    lowered = text.lower()
    out: list[str] = []
    position = 0
    first_row = _ROW_LINE.search(lowered)
    first_table = lowered.find("<table")
    orphan = -1  # where the rows of a table cut open begin, if they do
    if first_row is not None and (first_table < 0 or first_row.start() < first_table):
        indent = first_row.group(1)
        orphan = first_row.start() if "\t" in indent or len(indent) >= CODE_INDENT else -1
    while (start := orphan if orphan >= 0 else lowered.find("<table", position)) >= 0:
        end = lowered.find("</table>", start)
        if end < 0 and orphan < 0:
            break
        end = len(text) if end < 0 else end
        start = text.rfind("\n", 0, start) + 1  # (the table's own line loses its indent too)
        # (its first row, mid-table, is no header: a table's body is read so)
        out.append(text[position:start] + ("<tbody>\n" if orphan >= 0 else ""))
        rows = (line.strip() for line in text[start:end].split("\n"))
        out.append("\n".join(line for line in rows if line))
        position = end
        orphan = -1
    out.append(text[position:])
    return "".join(out)


def _html_blocks_unindented(text: str) -> str:
    """TEXT with an HTML block that opens indented right under a paragraph's line moved to
    the margin ("Three papers at ECCV:" over "    <ul>" / "        <li>Names. Title.</li>"):
    indented, markdown reads it as more of the paragraph. (Its later lines belong to the
    block wherever they stand; markup under markup is left as it is.)"""
    lines = text.split("\n")
    for k in range(1, len(lines)):
        opened = _INDENTED_HTML_BLOCK.match(lines[k])
        above = lines[k - 1].strip()
        if opened is not None and above and not above.startswith("<"):
            lines[k] = lines[k].lstrip()
    return "\n".join(lines)


_INDENTED_HTML_BLOCK = lazy_re(
    r"[ \t]{4,}</?(?:ul|ol|li|dl|dt|dd|div|p|blockquote|section)\b", re.IGNORECASE
)
# a table's row at the start of its line; indented as code ("    <tr>"), the first row of a
# page cut from inside its table
_ROW_LINE = lazy_re(r"^([ \t]*)<tr[\s>]", re.MULTILINE)
CODE_INDENT = 4  # spaces before a line, at least, that make it markdown's code


def _unclosed_comments_shut(text: str) -> str:
    """TEXT with each "<!--" that no "-->" closes ("<!--more>", a blog's cut mark) closed on
    its own line: markdown would otherwise hide the rest of the page inside it."""
    out: list[str] = []
    position = 0
    closed = True  # whether a "-->" may still come (none after the first that finds none)
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4) if closed else -1
        closed = end >= 0
        if end >= 0:
            out.append(text[position : end + 3])
            position = end + 3
            continue
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        out.append(text[position:line_end] + " -->")
        position = line_end
    out.append(text[position:])
    return "".join(out)


# "``````{list-table} Schedule", "```{note}": a MyST directive (Jupyter Book, Sphinx) fences
# the page's own markdown, a table's rows or a note, not code; its ":header-rows: 1" options
# are its settings (a directive of code, maths or raw markup stays fenced)
_MYST_OPENER = lazy_re(
    r"^[ \t]{0,3}(`{3,}|~{3,})\{(?![\w-]*(?:code|math|raw|eval|mermaid|graphviz))[\w-]{2,30}\}",
    re.MULTILINE,
)
_MYST_OPTION = lazy_re(r"^[ \t]*:[\w-]{1,30}:(?:[ \t].*)?$")


def _myst_directives_unwrapped(text: str) -> str:
    """TEXT with the fences (and options) of its MyST content directives taken away, and each
    list table written as the pipe table it shows."""
    lines = text.split("\n")
    kept: list[str] = []
    fences: list[str] = []  # the open directives' fences, innermost last
    table: list[str] | None = None  # the lines of an open list table
    options = False  # right after an opener: its options come first
    for line in lines:
        opener = _MYST_OPENER.match(line)
        if opener is not None and table is None:
            fences.append(opener.group(1))
            options = True
            if line[opener.end() - 12 : opener.end()] == "{list-table}" and len(fences) == 1:
                table = []
            continue
        if options and _MYST_OPTION.match(line):
            continue
        options = False
        if fences and line.strip() == fences[-1]:
            fences.pop()
            if table is not None and not fences:
                kept.extend(_list_table_rows(table))
                table = None
            continue
        (kept if table is None else table).append(line)
    if table is not None:
        kept.extend(table)  # never closed: its lines as they were
    return "\n".join(kept)


_LIST_ROW = lazy_re(r"^[*-][ \t]+-[ \t]+(.*)$")  # "* - 2024-01-23": a row's first cell
_LIST_CELL = lazy_re(r"^[ \t]+-[ \t]+(.*)$")  # "  - Introduction": its next cell


def _list_table_rows(lines: list[str]) -> list[str]:
    """The rows of a MyST list table ("* - a" over "  - b") as a markdown pipe table, its first
    row the header; the lines as they were when they hold no row."""
    rows: list[list[str]] = []
    for line in lines:
        row, cell = _LIST_ROW.match(line), _LIST_CELL.match(line)
        if row is not None:
            rows.append([row.group(1).strip()])
        elif cell is not None and rows:
            rows[-1].append(cell.group(1).strip())
        elif line.strip() and rows:
            rows[-1][-1] += " " + line.strip()  # a cell's text wrapped onto the next line
    if not rows:
        return lines
    width = max(map(len, rows))

    def piped(row: list[str]) -> str:
        cells = [c.replace("|", "\\|") for c in row] + [""] * (width - len(row))
        return "| " + " | ".join(cells) + " |"

    return ["", piped(rows[0]), "|" + " --- |" * width, *map(piped, rows[1:]), ""]


# (after a link or an image, or alone on a line; after other text they are left: measured,
# taking "{: .label}" off a course page's "**HW 3 due**" made the lecture link above a paper)
_KRAMDOWN_ATTRIBUTES = lazy_re(
    r"(?<=\))\{:[^{}\n]{0,300}\}|^[ \t]*\{:[^{}\n]{0,300}\}[ \t]*$", re.M
)
# "【KDD 2018】 Title (GC-MC). paper |": a sentence, then the bare labels its links had before
# the page lost them (a line with links keeps its labels: they are links there)
_FLAT_LABEL_TAIL = lazy_re(
    r"^((?![^\n]*\]\()[^\n]{12,}?[\w)\]\"”][.?!])"
    r"(?:[ \t]+(?:paper|pdf|code|arxiv|project|page|website|homepage|video|slides?|blog|github|"
    r"demo|poster|link|bib(?:tex)?|论文|代码|链接)){1,3}(?=[ \t]*(?:\|[ \t]*)*$)",
    re.IGNORECASE | re.MULTILINE,
)


# "**Weitao FengLei BaiWanli Ouyang**": a line of names run together, surname to given name
_GLUED_NAMES_LINE = lazy_re(
    r"^([ \t]*(?:[-*+][ \t]+)?(?:\*\*|\*|__|_)?)((?:[A-Z][a-z'’\-]+ ?){3,12}?)"
    r"((?:\*\*|\*|__|_)?[ \t]*)$",
    re.MULTILINE,
)


def _names_unglued(match: re.Match[str]) -> str:
    """The line of MATCH with a comma between its glued names ("Weitao Feng, Lei Bai, …")."""
    from papercli.importers.names import unglued_names

    return match.group(1) + unglued_names(match.group(2).strip()) + match.group(3)


# "| No | Name |" over "| -= | ----- |": a table's delimiter row typed with an "=", which
# markdown would read as no table at all
_EQUALS_DELIMITER = lazy_re(
    r"(?<=\|\n)[ \t]*\|(?=[^\n]*=)(?:[ \t]*:?[-=]+:?[ \t]*\|)+[ \t]*$", re.MULTILINE
)
# a LaTeX accent command right after a letter and before one ("R\"uhle", "Tak\'a\v{c}"):
# markdown would drop its backslash, and the name parser could no longer decode it
_LATEX_ACCENT = lazy_re(r"(?<=[A-Za-z])\\([\"'`^~=.])(?=\{?[A-Za-z])")


# jemdoc (an academic homepage's markup): "[https://… Title]" is a link, "~~~" opens and closes
# a block ("{}{img_left}{photo.png}…" its picture), "==Title" a heading, "/Venue 2024/" a line
# in italics, "{{<span>…</span>}}" raw HTML and a literal "\n" a line break
_JEMDOC_MARK = lazy_re(r"^(?:# jemdoc:|\{\}\{(?:img_left|raw|table)\})", re.MULTILINE)
_JEMDOC_LINK = lazy_re(r"(?<!\[)\[((?:https?://|\./)[^\s\[\]]+)\s+((?:[^\[\]\\\n]|\\.){1,400})\]")
_JEMDOC_BLOCK = lazy_re(r"^(?:~~~|\{\}\{[^\n]*)[ \t]*$", re.MULTILINE)
_JEMDOC_HEADING = lazy_re(r"^(={1,3})[ \t]*(?=\S)", re.MULTILINE)
_JEMDOC_ITALIC_LINE = lazy_re(r"^[ \t]*/([^/\n]{2,300})/[ \t]*$", re.MULTILINE)
_JEMDOC_RAW = lazy_re(r"\{\{([^{}\n]{0,2000})\}\}")
_JEMDOC_BREAK = lazy_re(r"[ \t]*\\n(?![A-Za-z])(?:[ \t]*\\n(?![A-Za-z]))?")  # "\n\n": a blank line


def _jemdoc_break(match: re.Match[str]) -> str:
    """A jemdoc "\\n" as markdown writes it: one a line break inside its paragraph (a
    backslash at the line's end), two a blank line."""
    if match.group(0).count("\\n") > 1:
        return "\n"
    end = match.end() >= len(match.string) or match.string[match.end()] == "\n"
    return "\\" if end else "\\\n"


def jemdoc_to_markdown(text: str) -> str:
    """TEXT, when it is a jemdoc page (its settings line "# jemdoc: menu{…}", or its picture
    blocks "{}{img_left}{…}"), written as markdown: a "~~~" block would open a code block."""
    if _JEMDOC_MARK.search(text, 0, 200_000) is None:
        return text
    text = _JEMDOC_RAW.sub(r"\1", text)
    text = _JEMDOC_BREAK.sub(_jemdoc_break, text)
    text = _JEMDOC_LINK.sub(lambda m: f"[{m.group(2)}]({m.group(1)})", text)
    text = _JEMDOC_BLOCK.sub("", text)
    text = _JEMDOC_HEADING.sub(lambda m: "#" * (len(m.group(1)) + 1) + " ", text)
    text = _JEMDOC_ITALIC_LINE.sub(r"\1", text)
    return "\n".join(line.strip() for line in text.split("\n"))


# reStructuredText: "`Title <https://…>`_" is a link; a title over "~~~~" is a heading
# (a title wrapped over the lines of its list item: "`Time, Clocks, and the Ordering of Events
# in a\n   Distributed\n   System <https://…>`__")
_RST_LINK = lazy_re(r"`([^`<>]{1,300}?)\s*<((?:https?://|www\.)[^<>\s`]+)>`__?")


def _rst_broken_link(match: re.Match[str]) -> str:
    title = " ".join(match.group(1).split())
    arxiv = _ARXIV_AS_SHOWN.fullmatch(match.group(2).strip())
    if arxiv is not None:
        return f"[{title}](https://arxiv.org/abs/{arxiv.group(1)})"
    return f"**{title}** ({match.group(2)})"


_ARXIV_AS_SHOWN = lazy_re(r"(\d{4}\.\d{4,5}(?:v\d{1,2})?)(?:\.pdf)?\s*\(arxiv\.org\)")
_RST_BROKEN_LINK = lazy_re(r"`([^`<>]{1,300}?)\s+<([^<>`\n]{1,200})>`__?")
# ".. [Bishop1995] Title (1995),\n   C. M. Bishop, *Publisher*": a citation, its lines indented
_RST_CITATION = lazy_re(r"^\.\.[ \t]+(\[[^\[\]\n]{1,40}\])[ \t]+(?=\S)", re.MULTILINE)
_RST_AUTO_NUMBER = lazy_re(r"^([ \t]*)#\.[ \t]", re.MULTILINE)
_RST_LINE_BLOCK = lazy_re(r"^([ \t]+)\|[ \t]", re.MULTILINE)
_RST_OVERLINE = lazy_re(
    r"^([=~^\"'+#*-])\1{2,}[ \t]*\n(?=[^\n]{1,200}\n\1{3,}[ \t]*$)", re.MULTILINE
)
_RST_UNDERLINE = lazy_re(r"^([^\s\n][^\n]{0,199})\n([~^\"'+#*])\2{2,}[ \t]*$", re.MULTILINE)


# "- `drep()` (Names (2012). Title. …)", "[drep()](greedy.html#drep) (Names …)": a function's
# name (or its link to its docs) at the head of a line, before the citation of the paper it
# implements in brackets
_CODE_BEFORE_CITATION = lazy_re(
    r"^([ \t]*(?:[-*+][ \t]+)?)(?:`([^`\n]{1,150})`|\[([^\[\]\n]{1,150})\]\([^()\s]{1,300}\))"
    r"[ \t]*\(([^\n]{10,2000})\)[ \t]*$",
    re.MULTILINE,
)
_CODE_NAME = lazy_re(r"~?[A-Za-z_][\w.~]{0,150}(?:\(\))?")
_CITED_YEAR = lazy_re(r"\((?:19|20)\d\d[a-z]?\)")


def _code_before_citation(match: re.Match[str]) -> str:
    """The line of MATCH as its citation alone, when its head names code ("drep()",
    "pkg.Class", "reduced_error"); the line as it is otherwise."""
    name = match.group(2) or match.group(3)
    looks_like_code = "_" in name or "." in name or name.endswith("()")
    if not looks_like_code or _CODE_NAME.fullmatch(name) is None:
        return match.group(0)
    if _CITED_YEAR.search(match.group(4)) is None:
        return match.group(0)
    return match.group(1) + match.group(4)


# a Sphinx role naming a function or class at the head of a list item, before the citation of
# the paper it implements in brackets
_ROLE_BEFORE_CITATION = lazy_re(
    r"^([ \t]*[-*+][ \t]+):(?:py:)?(?:func|class|meth|mod|attr|obj|data|exc)"
    r":`[^`\n]{1,200}`[ \t]*\(([^\n]{10,2000})\)[ \t]*$",
    re.MULTILINE,
)


# "+------+-------------+" (or "+======+====+" under a header): a grid table's rule
_GRID_BORDER = lazy_re(r"^[ \t]*\+(?:[-=]+\+)+[ \t]*$", re.MULTILINE)


def grid_tables_to_markdown(text: str) -> str:
    """TEXT with each reStructuredText grid table written as a markdown table: a row's lines
    between two rules joined cell by cell ("| AM | Title (ICLR |" / "|    | 2019)      |"), the
    rows over a "+====+" rule its header (none: an empty one, every row a row of data)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not _GRID_BORDER.fullmatch(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        cuts = [k for k, char in enumerate(lines[i]) if char == "+"]
        rows: list[list[str]] = []
        header = 0  # rows over the "=" rule
        current: list[str] | None = None
        i += 1
        while i < len(lines):
            line = lines[i]
            if _GRID_BORDER.fullmatch(line):
                if current is not None:
                    rows.append(current)
                    current = None
                if "=" in line and not header:
                    header = len(rows)
            elif line.strip().startswith("|") and line.rstrip().endswith("|"):
                cells = _grid_cells(line, cuts)
                if current is None:
                    current = cells
                else:  # a row's next line: each cell's text goes on
                    current = [
                        " ".join(p for p in pair if p) for pair in zip(current, cells, strict=False)
                    ]
            else:
                break
            i += 1
        if current is not None:
            rows.append(current)
        width = max((len(row) for row in rows), default=0)
        head = rows[0] if header == 1 else [""] * width
        body = rows[1:] if header == 1 else rows
        out += ["", _pipe_row(head, width), _pipe_row(["---"] * width, width)]
        out += [_pipe_row(row, width) for row in body] + [""]
    return "\n".join(out)


def _grid_cells(line: str, cuts: list[int]) -> list[str]:
    """A grid table's row LINE cut at its rule's column marks CUTS (or at its bars, where a
    cell spans columns and a mark falls inside it)."""
    from itertools import pairwise

    if all(k < len(line) and line[k] == "|" for k in cuts):
        return [line[a + 1 : b].strip() for a, b in pairwise(cuts)]
    return [cell.strip() for cell in line.strip()[1:-1].split("|")]


def _pipe_row(cells: list[str], width: int) -> str:
    """CELLS as a markdown table's row of WIDTH cells (a bar inside a cell escaped)."""
    padded = [cell.replace("|", "\\|") for cell in cells] + [""] * (width - len(cells))
    return "| " + " | ".join(padded) + " |"


def rst_to_markdown(text: str) -> str:
    """TEXT with reStructuredText's inline links and underlined section titles written as
    markdown, which markdown-it reads ("~~~" under a title would open a code block). Titles
    underlined with "=" or "-" are markdown's own headings already and stay."""
    rst = "`_" in text
    text = _RST_LINK.sub(lambda m: f"[{' '.join(m.group(1).split())}]({m.group(2)})", text)
    # "`Title <2402.06184.pdf (arxiv.org)>`_": a target copied as a browser shows a link (its
    # file and site), the title still a link's
    text = _RST_BROKEN_LINK.sub(_rst_broken_link, text)
    if rst:
        # "#. Title" (an auto-numbered item), "    | line" (a line block inside it), a title
        # between two rules ("====" / "Title" / "===="): as markdown writes them
        text = _RST_OVERLINE.sub(
            "", _RST_LINE_BLOCK.sub(r"\1", _RST_AUTO_NUMBER.sub(r"\g<1>1. ", text))
        )
    styles: list[str] = []

    def heading(match: re.Match[str]) -> str:
        title, mark = match.group(1).rstrip(), match.group(2)
        underline = match.group(0).split("\n", 1)[1].strip()
        if (mark == "*" and not rst) or len(underline) < len(title):
            return match.group(0)
        if mark not in styles:
            styles.append(mark)
        return f"{'#' * min(styles.index(mark) + 3, 6)} {title}"  # under the "=" and "-" levels

    return _RST_UNDERLINE.sub(heading, text)


# Org mode: "[[https://…][Title]]", "[[cite:key][Smith et al. 2017: Title]]" (an org-ref
# citation, its text alone), "[[https://…]]"
# (its shown text may wrap onto the next line: "[[./a.pdf][A Tale of … and" / "  Foursquare]]")
_ORG_LINK = lazy_re(
    r"\[\[([^\[\]\n]{1,2000})\](?:\[((?:[^\[\]\n]|\n[ \t]+(?=[^\s\[\]])){1,1000})\])?\]"
)
_ORG_CITED = lazy_re(r"^([^:\n]{2,200}?(?:19|20)\d\d[a-z]?):\s")
_ORG_ADDRESS = lazy_re(r"(?:https?|file|doi):|www\.", re.IGNORECASE)
# "#+TITLE: Reading list", "#+STARTUP: overview": a file's settings
_ORG_SETTING = lazy_re(r"^#\+([A-Za-z_]{2,20}):[ \t]*(.*)$", re.MULTILINE)
_ORG_TAGS = r":[\w@#%]+(?::[\w@#%]+)*:"  # a heading's tags, ":nlp:deep:"
# "** TODO [#A] Title   :nlp:deep:": a heading, its state, priority and tags aside
_ORG_HEADING = lazy_re(
    r"^(\*{1,6})[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|WAIT|HOLD|CANCELL?ED|READ|READING)[ \t]+)?"
    rf"(?:\[#[A-Z]\][ \t]+)?(\S[^\n]*?)(?:[ \t]+{_ORG_TAGS})?[ \t]*$",
    re.MULTILINE,
)
_ORG_STATE = lazy_re(r"^\*{1,6}[ \t]+(?:TODO|DONE)[ \t]", re.MULTILINE)
_ORG_TAGGED = lazy_re(rf"^\*{{1,6}}[ \t]+\S[^\n]*?[ \t]{_ORG_TAGS}[ \t]*$", re.MULTILINE)
ORG_MARKS = 2  # headings with a state or tags, or links of org's own, that make a page org
# "** Jacky" / "*** Title": stars, a space and text never marked bold or italic, a heading
# below org's first level (no markdown line opens so, and an outline of them is org's)
_ORG_NESTED = lazy_re(r"^\*{2,6}[ \t]+[^*\s][^*\n]*$", re.MULTILINE)
ORG_NESTED = 3  # such headings, at least, that make a page org
# "*Title that wraps*  \\\\": org's bold words, on at most two lines, and its line break
_ORG_BOLD = lazy_re(
    r"(?<![\w*\\])\*(?=[^\s*])([^*\n]{1,300}(?:\n[^*\n]{1,300})?)(?<=[^\s*])\*(?![\w*])"
)
_ORG_BREAK = lazy_re(r"[ \t]*\\\\[ \t]*$", re.MULTILINE)
_ASCIIDOC_HEADING = lazy_re(r"^={1,5}[ \t]+[^=\s][^=\n]*$", re.MULTILINE)  # "== Interest"


# a LaTeX document's markup, read as markdown: "\\textbf{X}" bold, "\\href{url}{X}" a link, a
# citation or reference no text ("\\cite{key}", "fig.\\ref{x}"), any other one-argument command
# its argument ("\\bla{soo much RL}")
_LATEX_COMMENT = lazy_re(r"(?<!\\)%.*$", re.MULTILINE)
_LATEX_CITE = lazy_re(
    r"\s*(?:fig(?:ure)?\.?\s*)?\\(?:cite[pt]?\*?|citeauthor|ref|eqref|label|footnote)"
    r"(?:\[[^\]\n]{0,80}\])?\{[^{}\n]{0,300}\}[,.]?"
)
_LATEX_BOLD = lazy_re(r"\\textbf\{([^{}\n]{1,300})\}")
_LATEX_HREF = lazy_re(r"\\href\{([^{}\s]{1,500})\}\{([^{}\n]{1,300})\}")
_LATEX_URL = lazy_re(r"\\url\{([^{}\s]{1,500})\}")
_LATEX_COMMAND = lazy_re(r"\\[A-Za-z]+\*?(?:\[[^\]\n]{0,80}\])?\{([^{}\n]{0,300})\}")
_LATEX_BARE_COMMAND = lazy_re(
    r"\\(?:(?:LARGE|Large|large|noindent|small|centering|maketitle|newpage|bfseries|sffamily|"
    r"rmfamily|ttfamily|itshape|normalsize|footnotesize|scriptsize|huge|Huge|hfill|par|"
    r"medskip|smallskip|bigskip)(?![A-Za-z])|\\)[ \t]*"
)
# "\\hspace{3pt}", "\\color{gray}": spacing and colour, no text
_LATEX_DROPPED = lazy_re(r"\\(?:hspace|vspace|color)\*?\{[^{}\n]{0,40}\}")
# "{\\large\\bfseries\\sffamily Journal Articles}": bold by a switch, as a CV's section is set
_LATEX_BOLD_SWITCH = lazy_re(
    r"\{(?:\\[A-Za-z]{1,20}\s*){0,6}?\\bfseries(?![A-Za-z])(?:\s*\\[A-Za-z]{1,20}){0,6}"
    r"\s*([^{}\\\n]{1,200})\}"
)
_LATEX_BREAK_AT_END = lazy_re(r"(?<=[\w)}])[ \t]*\\\\[ \t]*$", re.MULTILINE)
# a CV's or a site's list of publications kept as a LaTeX fragment, no document around it
_LATEX_LIST = lazy_re(r"^[ \t]*\\begin\{(?:enumerate|itemize)\}", re.MULTILINE)
LATEX_ITEMS = 2  # "\\item" lines, at least, that make such a fragment a list of LaTeX's
_LATEX_ITEM = lazy_re(r"^\s*\\item\s*(?:\[[^\]\n]{0,200}\])?\s*", re.MULTILINE)
_LATEX_ENVIRONMENT = lazy_re(r"^\s*\\(?:begin|end)\{[A-Za-z*]{1,30}\}.*$", re.MULTILINE)
# "{\LARGE\noindent\textbf{NIPS 2017}}": a line that is one bold label, a list's heading
# (not "\\textbf{Description:}" alone: a field's label)
_LATEX_BOLD_LINE = lazy_re(r"^\s*\{?\s*\*\*([^*\n]{0,119}[^*:：\s])\*\*\s*\}?\s*$", re.MULTILINE)
LATEX_PASSES = 4  # nestings of one-argument commands unwrapped, at most


def latex_to_markdown(text: str) -> str:
    """TEXT, when it is a LaTeX document, written as markdown (line count kept): its preamble
    and comments blank, its sections headings, its list items markdown's, a line that is one
    bold label a heading, bold, italics and links as markdown's, citations dropped."""
    if "\\bibitem" in text:  # (its bibliography's entries first, as the reader of them takes them)
        text = _bibitems_as_lines(text)
    begin = text.find("\\begin{document}")
    if begin > 0:
        text = "\n" * text.count("\n", 0, begin) + text[begin:]
    text = _LATEX_COMMENT.sub("", text)
    text = _LATEX_ENVIRONMENT.sub("", _LATEX_ITEM.sub("- ", text))
    text = _LATEX_CITE.sub("", text)
    text = _LATEX_HREF.sub(r"[\2](\1)", _LATEX_URL.sub(r"<\1>", text))
    text = _LATEX_BOLD_SWITCH.sub(r"**\1**", _LATEX_DROPPED.sub(" ", text))
    # "Names \\" / "\\textit{Venue}, 2025": a forced line break ends a part of an entry that
    # the lines below join, as a full stop would
    text = _LATEX_BREAK_AT_END.sub(".", text)
    for _ in range(LATEX_PASSES):
        unwrapped = _LATEX_BOLD.sub(r"**\1**", _LATEX_ITALIC.sub(_italic_of, text))
        unwrapped = "\n".join(
            _LATEX_SECTION.sub(_latex_heading, line) for line in unwrapped.split("\n")
        )
        unwrapped = _LATEX_COMMAND.sub(r"\1", unwrapped)
        if unwrapped == text:
            break
        text = unwrapped
    text = _LATEX_BARE_COMMAND.sub("", text).replace("~", " ").replace("\\&", "&")
    lines = _LATEX_BOLD_LINE.sub(r"## \1", text).split("\n")
    item = -1  # the list item the lines below run on from, while they do
    for i, line in enumerate(lines):
        line = line.strip()  # (a LaTeX source's indents mean nothing; markdown's a code block)
        if item >= 0 and line and not line.startswith(("- ", "#")):
            lines[item], line = f"{lines[item]} {line}", ""  # an item wrapped onto this line
        else:
            item = i if line.startswith("- ") else -1
        lines[i] = line
    return "\n".join(lines)


def _latex_list(text: str) -> bool:
    """Whether TEXT is a LaTeX fragment holding a list ("\\begin{enumerate}" / "\\item …")."""
    if "\\item" not in text or _LATEX_LIST.search(text, 0, 200_000) is None:
        return False
    return len(_LATEX_ITEM.findall(text, 0, 200_000)) >= LATEX_ITEMS


# "\\section{Journal papers}" / "\\noindent" / "Names, {\\em Title}, Venue (2023)": a CV's
# list of publications as LaTeX paragraphs parted by spacing commands, in sections
_LATEX_SECTION_LINE = lazy_re(r"^[ \t]*\\(?:sub)*section\*?\{", re.MULTILINE)
_LATEX_PARAGRAPH_MARK = lazy_re(
    r"^[ \t]*\\(?:noindent|vspace|medskip|smallskip|bigskip|par)\b", re.M
)
LATEX_PARAGRAPHS = 3  # paragraphs set apart by spacing commands, at least, in such a fragment


def _latex_sections(text: str) -> bool:
    """Whether TEXT is a LaTeX fragment of sections holding paragraphs parted by spacing
    commands ("\\section{Journal papers}" / "\\vspace{0.4em}" / "\\noindent" / an entry)."""
    if "\\section" not in text or _LATEX_SECTION_LINE.search(text, 0, 200_000) is None:
        return False
    return len(_LATEX_PARAGRAPH_MARK.findall(text, 0, 200_000)) >= LATEX_PARAGRAPHS


def _latex_heading(match: re.Match[str]) -> str:
    return "#" * (1 + match.group(1).count("sub")) + " " + match.group(2)


# a course site's lecture schedule (a YAML list: "- date: 3/6" / "  title: >" / "    <strong>
# Topic</strong> <br />" / "  readings:" / "    - Author, <a href=…>Title</a>."): each lecture's
# topic, its readings under it
_LECTURE = lazy_re(r"^- date\s*:", re.MULTILINE)
_LECTURE_FIELD = lazy_re(r"^  ([A-Za-z_]{1,30})\s*:\s*(.*)$")
_READINGS_KEYS = {"readings", "reading", "required", "optional", "papers", "references"}
_STRONG = lazy_re(r"<(?:strong|b)>(.{1,200}?)</(?:strong|b)>")
LECTURES = 2  # lectures with readings, at least, for a page to be read as a schedule


def lecture_schedule_to_markdown(text: str) -> str:
    """TEXT, when it is a course's lecture schedule in YAML with LECTURES lectures holding
    readings at least, written as markdown (line count kept): each lecture's title a heading
    (its bold part, the topic), its readings list items under it, its other fields blank."""
    import html

    lines = text.split("\n")
    if len(_LECTURE.findall(text, 0, 200_000)) < LECTURES:
        return text
    out = [""] * len(lines)
    field = ""  # the lecture's field the lines below belong to
    lectures = 0
    for i, line in enumerate(lines):
        if line.startswith("- "):
            field = ""
            line = "  " + line[2:]  # (the lecture's first field, after its dash)
        named = _LECTURE_FIELD.match(line)
        if named is not None:
            field, value = named.group(1).lower(), named.group(2).strip()
            if field == "title" and value and value not in ">|":
                out[i] = f"## {_lecture_topic(html.unescape(value))}"
                field = ""
            lectures += field in _READINGS_KEYS
            continue
        stripped = line.strip()
        if not stripped or not line.startswith("   "):
            continue
        if field == "title":  # a folded title's first line (its others are its outline)
            out[i] = f"## {_lecture_topic(html.unescape(stripped))}"
            field = ""
        elif field in _READINGS_KEYS and stripped.startswith("- "):
            out[i] = html.unescape(stripped).removesuffix("<br/>").removesuffix("<br />")
    if lectures < LECTURES:
        return text
    return "\n".join(out)


def _lecture_topic(title: str) -> str:
    """A lecture's topic: the bold part of its title, else its title without markup."""
    strong = _STRONG.search(title)
    topic = strong.group(1) if strong is not None else title
    return " ".join(_TAG.sub(" ", topic).strip(" \"'").split())


# "== TOREAD Knill, O. (2018): Title <span class="tag" tag-name="math">math</span> ==": a wiki
# heading (an Org mode export's), its reading state and its tags aside
_WIKI_HEADING = lazy_re(
    r"^(={1,6})[ \t]*(?:(?:TODO|TOREAD|DONE|NEXT|WAITING|WAIT|HOLD|CANCELL?ED|READ|READING)[ \t]+)?"
    r"([^\s=][^\n]{0,1000}?)[ \t]*\1[ \t]*$",  # (not a rule of "=" signs)
    re.MULTILINE,
)
_TAG_SPAN = lazy_re(r"\s*<span class=[\"']tag[\"'][^<>\n]{0,200}>[^<>\n]{0,60}</span>")
WIKI_HEADINGS = 2  # wiki headings, at least, for a page to be read as a wiki's


def wiki_headings_to_markdown(text: str) -> str:
    """TEXT with its wiki headings ("= Math =", "== Title ==") written as markdown's, when
    it has WIKI_HEADINGS of them (a page of "==" rules keeps them)."""
    if len(_WIKI_HEADING.findall(text, 0, 200_000)) < WIKI_HEADINGS:
        return text

    def heading(match: re.Match[str]) -> str:
        return f"{'#' * len(match.group(1))} {_TAG_SPAN.sub('', match.group(2)).strip()}"

    return _WIKI_HEADING.sub(heading, text)


def org_to_markdown(text: str) -> str:
    """TEXT, when it is an Org mode file (settings lines "#+TITLE:", headings "* TODO Title"
    or "* Title :tag:", links "[[https://…][Title]]"), written as markdown: links as markdown's,
    headings as "#" headings, the title setting as the page's heading. Other text stays."""
    links = sum(1 for m in _ORG_LINK.finditer(text, 0, 200_000) if m.group(2))
    settings = _ORG_SETTING.search(text, 0, 20_000) is not None
    marked = len(_ORG_STATE.findall(text, 0, 200_000)) + len(_ORG_TAGGED.findall(text, 0, 200_000))
    nested = len(_ORG_NESTED.findall(text, 0, 200_000))
    if nested >= ORG_NESTED and _ASCIIDOC_HEADING.search(text, 0, 200_000) is None:
        marked += nested  # (AsciiDoc nests its list items so: "== Papers" / "** Title")
    if not settings and links < ORG_MARKS and marked < ORG_MARKS:
        return text

    def link(match: re.Match[str]) -> str:
        target, shown = match.group(1).strip(), match.group(2)
        shown = " ".join(shown.split()) if shown is not None and "\n" in shown else shown
        if not _ORG_ADDRESS.match(target) and shown is not None:
            # "[[cite:key][Smith et al. 2017: Short Title]]": who and when cite the paper
            cited = _ORG_CITED.match(shown) if target.lower().startswith("cite") else None
            return cited.group(1) if cited is not None else shown
        if not _ORG_ADDRESS.match(target):
            return match.group(0)
        return f"[{shown.strip()}]({target})" if shown is not None else f"<{target}>"

    def setting(match: re.Match[str]) -> str:
        return f"# {match.group(2)}" if match.group(1).upper() == "TITLE" and match.group(2) else ""

    text = _ORG_LINK.sub(link, text)
    text = _ORG_SETTING.sub(setting, text)
    if settings or marked >= ORG_MARKS:
        # (a markdown page's "* item" bullets, with org's links in them, stay bullets)
        text = _ORG_HEADING.sub(lambda m: f"{'#' * (len(m.group(1)) + 1)} {m.group(2)}", text)
        text = _ORG_BOLD.sub(lambda m: f"**{m.group(1)}**", _ORG_BREAK.sub("", text))
    return text


# "https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2009.01325": the redirect a blog
# platform puts in place of each outside address its authors link; the address is the paper's
# (a search engine's result link an author copied, "google.com/url?…&url=…", is kept as written)
_REDIRECT = lazy_re(
    r"https?://(?:link\.zhihu\.com/?\?target=|link\.juejin\.cn/?\?target=|link\.csdn\.net/?\?"
    r"target=|links\.jianshu\.com/go\?to=|weibo\.cn/sinaurl\?u=)"
    r"(https?(?::|%3A)[^\s()\[\]\"'<>&]+)[^\s()\[\]\"'<>]*",
    re.IGNORECASE,
)


def unwrapped_redirects(text: str) -> str:
    """TEXT with each redirect's address replaced by the address it leads to, and without
    the marks that lead back from a reference to where the post cites it."""
    if "#ref_" in text or "#cite_ref" in text:
        text = _BACK_LINKS.sub("", text)
    return _REDIRECT.sub(_redirect_target, text)


# "1. [^](https://zhuanlan.zhihu.com/p/77868938#ref_1_0)Title", "^[a](…#ref_3_0)[b](…#ref_3_1)
# Title", "^ [a](…#cite_ref-x_1-0)": a reference's links back to each place the post cites it
_BACK_LINKS = lazy_re(
    r"\^?(?:[ \t]*\[(?:\^|[a-z]{1,2})\]\([^\s()]{0,300}#(?:ref_\d+_\d+|cite_ref[^\s()]{0,80})\))+"
)


def _redirect_target(match: re.Match[str]) -> str:
    """The address a redirect leads to, decoded, or the redirect when that would not read
    back as one address."""
    from urllib.parse import unquote

    target = unquote(match.group(1))
    return match.group(0) if re.search(r"[\s()\[\]\"'<>]", target) else target


# "[[Title]]", "[[Title#Method|shown]]" (its page's name); "![[figure.png]]" embeds a file
_WIKILINK = lazy_re(r"(!?)\[\[([^\[\]\n|]{2,300})(?:\|([^\[\]\n]{0,300}))?\]\](?=([(\[]?))")
# "2025-videorepa-learning-physics", "attention_is_all": a file's name made of the title's words
_SLUG = lazy_re(r"[^\W_]+(?:[-_.][^\W_]+)+")
_IMAGE_FILE = lazy_re(r"\.(?:png|jpe?g|gif|svg|webp|bmp)$", re.IGNORECASE)
_EMBEDDED_FILE = lazy_re(r"\.(?:pdf|md|markdown|txt)$", re.IGNORECASE)


def _wikilink_text(match: re.Match[str]) -> str:
    """The text a notes app shows for a link to its page: the page's name (before a heading's
    "#"), an embedded document's name, nothing for an embedded image; a markdown link with
    brackets in its text ("[[pdf]](url)", "[[paper]][p0]") stays as it is."""
    embed, name, shown, after = match.group(1), match.group(2), match.group(3), match.group(4)
    if after == "(" or (after == "[" and len(name.split()) < 3):
        return match.group(0)
    name = re.split(r"(?<=\S)#(?=\S)", name, maxsplit=1)[0].strip().removesuffix("\\")
    stem = name.rsplit("/", 1)[-1]  # "[[references/SegPGD - An Effective …|…]]": its folder aside
    slug = ("-" in stem or "_" in stem) and _SLUG.fullmatch(stem) is not None
    if not embed and shown and slug and len(shown.split()) >= 2:
        name = shown.strip()  # "[[papers/2025-videorepa-learning-…\\|VideoREPA Learning …]]"
    elif not embed and shown and len(shown) >= 0.8 * len(stem) and len(stem.split()) > 2:
        # "[[… SegPGD - An Effective …|SegPGD: An Effective …]]": a file's name cannot hold the
        # title's colon, so the note shows its title; a shorter text shown is a nickname
        name = shown.strip()
    if embed:
        return "" if _IMAGE_FILE.search(name) else _EMBEDDED_FILE.sub("", name)
    return name + " " if after else name  # "[[Title]][1]": its note's number stands apart


def without_rating_stars(text: str) -> str:
    """TEXT without the rating stars that end its lines ("Title ⭐⭐⭐", "Title ★★☆") or stand
    between a title and its authors ("**Title** ⭐⭐ — Kaplan et al. (2020)")."""
    if not any(star in text for star in _STARS):
        return text
    text = _STARS_BETWEEN.sub("", text)
    return "\n".join(
        line.rstrip(_STARS + " \t\ufe0f") if line.rstrip().endswith(tuple(_STARS)) else line
        for line in text.split("\n")
    )


def backlinked_references(text: str) -> str:
    """TEXT with a scraped bibliography's lines read as written: without the citation each
    opens with and its back-link arrow ("Ai etal.(2018)↑Qingyao Ai, …"), and with the space
    the scrape lost after the year ("2018.Unbiased Learning …")."""
    if "↑" not in text:
        return text
    return _BACKLINK_LEAD.sub(lambda m: m.group(1) + _unglued_reference(m.group(2)), text)


def _unglued_reference(text: str) -> str:
    """A scraped reference TEXT with the spaces it lost put back: after its year ("2018.Title"),
    between sentences ("A survey.Journal of …") and after "In" ("InProceedings of …")."""
    text = _GLUED_YEAR_DOT.sub(r"\1 ", text)
    text = _GLUED_SENTENCE.sub(". ", text)
    return _GLUED_IN.sub("In ", text)


# "- Ai etal.(2018)↑Qingyao Ai, …. 2018.Unbiased …": a reference line, its citation and arrow
_BACKLINK_LEAD = lazy_re(
    r"^([ \t]*(?:[-*+][ \t]+)?)[^\n↑]{1,60}?[(（](?:19|20)\d\d[a-z]?[)）][ \t]*↑[ \t]*([^\n]*)",
    re.MULTILINE,
)
_GLUED_SENTENCE = lazy_re(r"(?<=[a-z]{3})\.(?=[A-Z][a-z])")
_GLUED_IN = lazy_re(r"(?<=[.\s])In(?=(?:The|Proceedings|Advances|International)\b)")
_GLUED_YEAR_DOT = lazy_re(r"(?<!\d)((?:19|20)\d\d[a-z]?\.)(?=[A-Z\u3040-\u30ff\u4e00-\u9fff])")


_STARS = "⭐★☆🌟✩✪✫✬✭✮✯"
_STARS_BETWEEN = lazy_re(rf"(?<=\S)[ \t]+[{_STARS}\ufe0f]++(?=[ \t]+\S)")
_PAGE_TITLE_TEMPLATE = lazy_re(r"^[ \t]*\{\{ page\.title \}\}[ \t]*$", re.M)
_TEMPLATE_LINK = lazy_re(r"\]\(\s*\{\{[^{}\n]{0,80}\}\}\s*")
_SELF_LINK = lazy_re(r"\[([^\[\]\n]{4,300})\]\(\1\)")
_FRONT_MATTER = lazy_re(r"\A---[ \t]*\n(.{0,4000}?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_YAML_LINE = lazy_re(r"[A-Za-z_][\w-]*:(?:\s.*)?|\s+\S.*|-\s.*|#.*")
_FRONT_TITLE = lazy_re(r"^title:[ \t]*(['\"]?)(.+?)\1[ \t]*$", re.MULTILINE | re.IGNORECASE)
# "seo:" / "  browserTitle: Accepted papers | EMNLP 2021": an SEO title, the page's title and
# its site (a key of its own, or the "title" under an "seo:" or "meta:" key)
_SEO_KEY = lazy_re(r"(?:browser|seo|og|meta)_?title", re.IGNORECASE)
_SEO_PARENT = lazy_re(r"(?:seo|meta|head|og|opengraph)", re.IGNORECASE)
_FRONT_FIELD = lazy_re(r"([ \t]*)([A-Za-z_][\w-]*):(.*)")
_FRONT_ABOUT = lazy_re(
    r"^(?:site[_-]?)?(?:description|subtitle|excerpt|summary):[ \t]*(['\"]?)(.+?)\1[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


# "Title review", "[논문 리뷰] Title", "Title 论文笔记": a post about one paper, marked so
_REVIEW_MARK = lazy_re(
    r"^\s*[\[【(]\s*(?:paper\s+(?:review|summary|notes?)|논문\s*리뷰|论文(?:笔记|阅读|解读|精读))"
    r"\s*[\]】)]\s*(?=\S)"
    r"|(?<=\w)\s*(?:[-–—|:：]\s*)?(?:(?:paper\s+)?review|리뷰|논문\s*리뷰|论文(?:笔记|阅读笔记|解读|精读))"
    r"\s*$",
    re.IGNORECASE,
)


YAML_PROBE_LINES = 10  # lines at a YAML document's start that show it is one


def yaml_comments_blanked(text: str) -> str:
    """TEXT with its comment lines blanked out when it is a YAML document opened by "---" that
    closes no front matter (a site generator's page of blocks: "---" / "# Leave the title
    empty …" / "title:" / "sections:" …): at its first column a "#" opens a comment, never a
    heading (the markdown inside its blocks is indented)."""
    listed = _COMMENTED_YAML_LIST.match(text) is not None  # "# Fall 2013 -- 13 entries" over
    # "- date: '2013-09-11'": a data file's list of records, its comment block above them
    if not (listed or text.startswith("---\n")) or _FRONT_MATTER.match(text) is not None:
        return text
    if not listed and _markdown_after_front_matter(text):
        return text  # a front matter longer than _FRONT_MATTER reads (speakers' bios in it)
    start = text.find("\n-") + 1 if listed else 4
    probe = [line for line in text[start : start + 4000].split("\n") if line.strip()]
    probe = probe[:YAML_PROBE_LINES]
    # (in a list of records, "- date: …" and "  - yu_xiang_wang" are its lines too)
    keys = sum(
        _FRONT_FIELD.fullmatch(line) is not None or (listed and line.lstrip()[:2] == "- ")
        for line in probe
    )
    if len(probe) < YAML_PROBE_LINES or keys * 2 < len(probe):
        return text
    return _YAML_COMMENT.sub("", text)


_YAML_COMMENT = lazy_re(r"^#.*$", re.MULTILINE)
_FRONT_MATTER_END = lazy_re(r"\n---[ \t]*\n")
FRONT_MATTER_REACH = 60_000  # characters searched for a long front matter's closing "---"


def _markdown_after_front_matter(text: str) -> bool:
    """Whether TEXT's opening "---" is closed by another, markdown after it (a heading, a
    paragraph), where a YAML document's next "---" opens another document of fields."""
    end = _FRONT_MATTER_END.search(text, 3, FRONT_MATTER_REACH)
    if end is None:
        return False
    after = text[end.end() : end.end() + 4000].split("\n")
    # (a comment, "# Another part", is YAML's and markdown's alike: neither)
    probe = [line for line in after if line.strip() and line[:1] != "#"][:YAML_PROBE_LINES]
    fields = sum(_YAML_RECORD_LINE.fullmatch(line) is not None for line in probe)
    return fields * 2 < len(probe)


_COMMENTED_YAML_LIST = lazy_re(r"(?:#[^\n]*\n|[ \t]*\n){1,20}-[ \t]+[a-z_]{2,30}:[ \t]")


def glued_rows_tabbed(text: str) -> str:
    """TEXT with a table pasted from a web page with its cells run together ("TitleAuthorsYear
    LinkFocus" / "Title of the PaperYifan Hu, Yehuda Koren2008PDFImplicit …") written with
    tabs between its title, names and year cells, so that it reads as the table it was."""
    from papercli.importers.names import looks_like_name_list

    lines = text.split("\n")
    inside = False
    for k, line in enumerate(lines):
        header = _RUN_ON_HEADER.match(line)
        if header is not None:
            lines[k] = "\t".join(part for part in header.groups() if part)
            inside = True
            continue
        if not line.strip() or not inside:
            inside = False
            continue
        year = _RUN_ON_YEAR.search(line)
        if year is None:
            continue
        head = line[: year.start()]
        if len(head) > RUN_ON_HEAD:
            continue  # (no title and its names run this long: never read past it)
        for cut in itertools.islice(_RUN_ON_SEAM.finditer(head), RUN_ON_SEAMS):
            if (
                len(head[: cut.start()].split()) >= 2
                and looks_like_name_list(head[cut.start() :]) >= 0.8
            ):
                title, names = head[: cut.start()], head[cut.start() :]
                lines[k] = f"{title}\t{names}\t{year.group(1)}\t{line[year.end() :]}"
                break
    return "\n".join(lines)


# "### 2. Title as arXiv wraps it\n  and its last words", over the fields of its entry: one
# heading (the feed's two-space indent is no paragraph of its own)
_WRAPPED_HEADING = lazy_re(
    r"^(#{1,6}[ \t]+\S[^\n]{5,300})\n {2}([^\W\d_][^\n]{0,200})$(?=\n(?:[ \t]*\n|- ))",
    re.MULTILINE,
)
_UNSPACED_HEADING = lazy_re(r"^(#{2,6})(?=[^\s#]\S[^\n]{0,150}$)", re.MULTILINE)
_HEADING_ANCHOR = lazy_re(r"(?<=\S)[ \t]+\{#[\w:.-]{1,200}\}[ \t]*$", re.MULTILINE)
RUN_ON_HEAD = 800  # characters, at most, of a run-on row's title and names
RUN_ON_SEAMS = 30  # seams, at most, tried between a run-on row's title and its names
# "TitleAuthorsYearLinkFocusKey Contribution": a pasted table's header, its names run together
_RUN_ON_HEADER = lazy_re(r"^(Title)(Authors?)(Year)(\S.{0,100})?$")
# "…Chris Volinsky2008PDF…": a row's year, run together with the cells either side of it
_RUN_ON_YEAR = lazy_re(r"(?<=[^\d\s])((?:19|20)\d\d)(?!\d)")
# "…Implicit Feedback DatasetsYifan Hu…": where a title runs into the names after it
_RUN_ON_SEAM = lazy_re(r"(?<=[a-z0-9?!)\]])(?=[A-Z])")


def leading_comments_blanked(text: str) -> str:
    """TEXT without the comment block that opens it when that block is a record's template
    ("# - title: Title of the paper" / "#   conf: SIGMOD 2016" / "# Main tags are" / …) and a
    YAML list of records follows: never headings or a venue over them (a block with no field
    commented out, "# Papers accepted to X 2026", stays)."""
    block = _LEADING_COMMENTS.match(text)
    if block is None:
        return text
    probe = [line for line in text[block.end() : block.end() + 4000].split("\n") if line.strip()]
    probe = probe[:YAML_PROBE_LINES]
    if len(probe) < YAML_PROBE_LINES or not probe[0].startswith("- "):
        return text
    keys = sum(_YAML_RECORD_LINE.fullmatch(line) is not None for line in probe)
    if keys * 4 < len(probe) * 3:
        return text
    if _COMMENTED_FIELD.search(block.group(0)) is None:
        return text
    kept = block.group(0).split("\n")
    last = max((k for k, line in enumerate(kept) if line.strip()), default=-1)
    blanked = [
        "" if k != last or not _RULED_COMMENT.match(kept[k]) else kept[k] for k in range(len(kept))
    ]
    # (the first section's label stays: "# --- Benchmarks & Evaluation ---" over its records)
    return "\n".join(blanked) + text[block.end() :]


# "# - title: Title of the paper", "#   conf: SIGMOD 2016": a record's field, commented out
_COMMENTED_FIELD = lazy_re(r"^#[ \t]*(?:- )?[A-Za-z_][\w-]*:(?:[ \t].*)?$", re.MULTILINE)
# "- title: …", "  authors: …", "    - vis": a YAML record's lines
_YAML_RECORD_LINE = lazy_re(r"(?:- |[ \t]+)?[A-Za-z_][\w-]*:(?:\s.*)?|[ \t]+- \S.*")
_RULED_COMMENT = lazy_re(r"^#+[ \t]*[-=*~]{3,200}[ \t]*\S.{0,80}?[ \t]*[-=*~]{3,200}[ \t]*$")
_LEADING_COMMENTS = lazy_re(r"(?:#[^\n]*\n|[ \t]*\n){2,400}")


# "[Paper Review] Title", "[논문 리뷰] Title": a post marked, before its title, as a review of
# the one paper its title names (not "CVPR review", "ICLR 2020 paper preview": round-ups)
_LEADING_REVIEW_MARK = lazy_re(
    r"^\s*[\[【]\s*(?:paper\s+review|논문\s*리뷰|论文(?:笔记|阅读|解读|精读))\s*[\]】]\s*(?=\S)",
    re.IGNORECASE,
)


def reviewed_title(text: str) -> str | None:
    """The title of the one paper a review post's front matter says it reviews ("title:
    "[Paper Review] Title""), or None."""
    match = _FRONT_MATTER.match(text)
    title = _FRONT_TITLE.search(match.group(1)) if match is not None else None
    if title is None:
        return None
    marked = _LEADING_REVIEW_MARK.match(title.group(2))
    if marked is None:
        return None
    return title.group(2)[marked.end() :].strip() or None


def front_matter_title(text: str) -> str:
    """A blog post's YAML front matter as its title line alone (its tags, dates and author
    handles are no part of the digest), keeping the line count."""
    if text.startswith("+++"):
        text = _toml_front_as_yaml(text)
    match = _FRONT_MATTER.match(text)
    if (
        match is None
        or not all(
            _YAML_LINE.fullmatch(line) for line in match.group(1).split("\n") if line.strip()
        )
        or not match.group(1).strip()
    ):
        return text  # no front matter: a rule, text, a rule
    after = text[match.end() : match.end() + 2000].split("\n")
    following = next((line for line in after if line.strip()), "")
    if _YAML_LINE.fullmatch(following) and not following.startswith((" ", "-", "#")):
        return text  # entries of keys between rules ("title: ... / --- / title: ..."): no post
    front = _folded_scalars(match.group(1))
    title = _FRONT_TITLE.search(front)
    # each of "subtitle:" and "summary:" may name the papers, their colons written "&#58;"
    about = [html.unescape(found.group(2).strip()) for found in _FRONT_ABOUT.finditer(front)]
    lines = match.group(0).count("\n")
    named = _REVIEW_MARK.sub("", title.group(2).strip()) if title else ""
    head = _cited_paper(front) or (
        f"title: {_fullest_title(named, match.group(1))}\n" if title else "\n"
    )
    body = text[match.end() :]
    if head.startswith("title: ") and "{{ page.title }}" in body:
        # "{{ page.title }}" over "=====": the post's title, as its template shows it
        shown = head[len("title: ") : head.find("\n")]
        body = _PAGE_TITLE_TEMPLATE.sub(lambda _: shown, body, count=1)
    if about and lines >= 3:  # "description: ICBINB@NeurIPS 2021 - A Workshop …": its intro
        head += "".join(f"\n{text}\n" for text in about)
    return head + "\n" * max(lines - head.count("\n"), 0) + body


_TOML_FRONT = lazy_re(r"\A\+\+\+[ \t]*\n(.{0,4000}?)\n\+\+\+[ \t]*(?=\n|\Z)", re.DOTALL)
# 'title = "Accepted Papers" #subtitle = ""', "[params]": a TOML key, its value and comment
_TOML_KEY = lazy_re(r"^([A-Za-z_][\w-]*)\s*=\s*(\"[^\"]*\"|'[^']*'|[^#]*?)\s*(?:#.*)?$")
_TOML_TABLE = lazy_re(r"^\[+\s*([\w.-]+)\s*\]+\s*$")


def _toml_front_as_yaml(text: str) -> str:
    """TEXT with a Hugo page's TOML front matter ("+++" / 'title = "…"' / "+++") written as
    YAML front matter, line for line."""
    match = _TOML_FRONT.match(text)
    if match is None:
        return text
    lines = []
    for line in match.group(1).split("\n"):
        key = _TOML_KEY.match(line.strip())
        table = _TOML_TABLE.match(line.strip())
        if key is not None:
            line = f"{key.group(1)}: {key.group(2)}"
        elif table is not None:  # ("[design.background]": a table's dotted name, one key)
            line = f"{table.group(1).replace('.', '_')}:"
        lines.append(line)
    return "---\n" + "\n".join(lines) + "\n---" + text[match.end() :]


# a review post's paper as its front matter cites it ("cite:" over indented "authors:",
# "title:", "venue:"), and the address of its PDF ("pdf: http://…")
_CITE_BLOCK = lazy_re(r"^(?:cite|citation|paper|reference):[ \t]*\n((?:[ \t]+\S[^\n]*\n?)+)", re.M)
_CITE_FIELD = lazy_re(
    r"^[ \t]+(title|authors?|venue|year):[ \t]*(['\"]?)([^\n]+?)\2[ \t]*$", re.M | re.I
)
_FRONT_PDF = lazy_re(
    r"^(?:pdf|paper_?(?:url|link)|arxiv):[ \t]*(['\"]?)(https?://\S+?)\1[ \t]*$", re.M
)
# "paper_title: 'GaLore: …'", "paper_authors: Jiawei Zhao et al.": the same cited paper as
# flat keys of a newsletter's one-paper post
_FLAT_CITE_FIELD = lazy_re(
    r"^paper_(title|authors?|venue|year):[ \t]*(['\"]?)([^\n]+?)\2[ \t]*$", re.M | re.I
)


_CITED_LABELS = (("title", "title"), ("author", "authors"), ("venue", "venue"), ("year", "year"))


def _cited_paper(front: str) -> str:
    """The labelled lines ("title: …", "authors: …", "venue: …", "pdf: …") of the paper a
    review post's front matter cites, or "" when it cites none with a title."""
    block = _CITE_BLOCK.search(front)
    found_fields = (
        _CITE_FIELD.finditer(block.group(1)) if block else _FLAT_CITE_FIELD.finditer(front)
    )
    fields = {found.group(1).lower().rstrip("s"): found.group(3).strip() for found in found_fields}
    if "title" not in fields:
        return ""
    pdf = _FRONT_PDF.search(front)
    labelled = [f"{label}: {fields[key]}" for key, label in _CITED_LABELS if key in fields]
    return "\n".join([*labelled, *([f"pdf: {pdf.group(2)}"] if pdf else [])]) + "\n"


# 'title: "[논문리뷰] Fast on the Easy … via Powered': a quoted value left open on its line
_OPEN_QUOTED = lazy_re(r"[A-Za-z_][\w-]*:[ \t]*([\"'])(?:(?!\1).)*$")
FOLDED_LINES = 3  # lines, at most, a quoted value goes on over


def _folded_scalars(front: str) -> str:
    """FRONT with each quoted value that goes on over the next indented lines (YAML folds
    them: '"Title of\\n  its end"') joined onto its key's line, a space for each break."""
    lines = front.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        opened = _OPEN_QUOTED.fullmatch(line) if len(line) <= 2000 else None
        if opened is not None:
            quote = opened.group(1)
            for ahead in range(k + 1, min(k + 1 + FOLDED_LINES, len(lines))):
                nxt = lines[ahead]
                if not nxt[:1].isspace():
                    break
                if quote in nxt:
                    line = " ".join([line, *(x.strip() for x in lines[k + 1 : ahead + 1])])
                    k = ahead
                    break
        out.append(line)
        k += 1
    return "\n".join(out)


def _fullest_title(title: str, front: str) -> str:
    """TITLE, or the longest SEO title in FRONT that starts with it ("Accepted papers |
    EMNLP 2021" over "Accepted papers"): the same title with its site's or venue's name."""
    longer = []
    parent = ""
    for line in front.split("\n"):
        field = _FRONT_FIELD.fullmatch(line)
        if field is None:
            continue
        indent, key, value = field.groups()
        if not indent:
            parent = key
        seo = _SEO_KEY.fullmatch(key) or (
            indent and key.lower() == "title" and _SEO_PARENT.fullmatch(parent)
        )
        value = value.strip().strip("'\"").strip()
        if seo and value.startswith(title):
            longer.append(value)
    return max([title, *longer], key=len)


# "1. Title. SIGIR 20202. Title. SIGIR 2020 【Tag】3. Title", "… --- 1. Title (1943) 作者:…
# --- 2. Title": a numbered list a copy ran onto one line (a year glued to the next number)
_FIRST_ENTRY = lazy_re(r"(?:^|(?<=\s))1[.、]\s*(?=[A-Z\u3400-\u9fff\[【(“\"])", re.MULTILINE)
_ENTRY_NUMBER = lazy_re(r"(\d+)[.、]\s*(?=[A-Z\u3400-\u9fff\[【(“\"])")
# "Three papers received Honourable Mention: Title by A, B, and C; Title by D and E; …": one
# sentence listing papers each written "Title by names", parted by semicolons
_LEAD_COLON = lazy_re(r"^(.{10,300}?:)\s+(?=[\"“]?[A-Z])")


def _by_list_split(line: str) -> str:
    """LINE as one line per entry when it lists two papers or more as "Title by names; …",
    after a lead ending in a colon or from its start; else LINE."""
    if line.count(" by ") < 2 or line.count("; ") < 1 or len(line) > 5000:
        return line
    lead = _LEAD_COLON.match(line)
    head, body = (lead.group(1), line[lead.end() :]) if lead else ("", line)
    entries = [part.strip() for part in body.rstrip(" .").split("; ")]
    if len(entries) < 2 or not all(map(_by_entry, entries)):
        return line
    items = [f"- {entry}" for entry in entries]  # the list it was, written as one
    return "\n".join([head, "", *items] if head else items)


def _by_entry(text: str) -> bool:
    """Whether TEXT reads "Title by Names": a capital, 8 to 250 characters, " by ", a capital."""
    by = text.find(" by ", 8, 256)
    return (
        by > 0
        and len(text) - by <= 300
        and text.lstrip('"“')[:1].isupper()
        and ":" not in text[:by]
        and text[by + 4 : by + 5].isupper()
    )


# one backtick alone on a line (a typographic quote, "`It’s on the tip of my tongue’: …") would
# open a code span that runs over the next lines to another line's stray backtick
_SINGLE_BACKTICK = lazy_re(r"(?<![`\\])`(?!`)")


def _lone_backtick_escaped(line: str) -> str:
    """LINE with its last single backtick written as a character reference when it has no
    partner on the line (a backslash before it would read as a LaTeX accent in "Noah`s")."""
    ticks = [m.start() for m in _SINGLE_BACKTICK.finditer(line)] if "`" in line else []
    if len(ticks) % 2 == 0:
        return line
    return line[: ticks[-1]] + "&#96;" + line[ticks[-1] + 1 :]


# "[1] BAI X M,et al.Title[J].IEEE Access,2019:1-9. [2] ZHAO Weidong,…": a reference list
# run onto one line; the entry starts with a capital, where a citation in prose does not
# (or glued to it: "[1]LIU Q,LI Y,et al.Title[J]. … [2]MILLER G A.Title[J]. …")
_FIRST_REFERENCE = lazy_re(r"(?:^|(?<=\s))\[1\]\s*(?=[A-Z\u3400-\u9fff])", re.MULTILINE)
_REFERENCE_NUMBER = lazy_re(r"(?<=\s)\[(\d+)\]\s*(?=[A-Z\u3400-\u9fff])")
GLUED_ENTRIES = 3  # entries numbered in order on one line, at least, to be split
GLUED_LINE = 200  # characters: a shorter line holds no list run onto it, but for titles:
SHORT_GLUED_LINE = 80  # "1. Title 2. Title", opening the line, each GLUED_TITLE long at least
GLUED_TITLE = 40


def _table_row(line: str) -> bool:
    """Whether LINE is a pipe table's row: "| a | b |", bars at both ends, or "1 | 10.20 |
    Ada | 1. A <br> 2. B" without them, its cells' lines apart by line breaks."""
    stripped = line.strip()
    if len(stripped) > 2 and stripped[0] == "|" and stripped[-1] == "|":
        return True
    return stripped.count("|") >= TABLE_BARS and "<br" in stripped.lower()


TABLE_BARS = 3  # bars in a line without them at its ends, at least, to be a table's row


def _unglued(line: str) -> str:
    """LINE split before each entry of a numbered list run onto it ("… SIGIR 20202. Title",
    "… 2019:1-9. [2] Authors …"), when it holds GLUED_ENTRIES of them numbered 1, 2, 3, … in
    order, or opens with the first of two; else LINE."""
    if len(line) < SHORT_GLUED_LINE or _table_row(line):
        return line  # (a row's cell holds its numbered entries: "1. A <br/> 2. B <br/> 3. C")
    first = _FIRST_REFERENCE.search(line)
    entries = _REFERENCE_NUMBER
    if first is None:
        first, entries = _FIRST_ENTRY.search(line), _ENTRY_NUMBER
    if first is None:
        return line
    cuts = [first.start()]
    number = 2
    glued = len(line) >= GLUED_LINE  # (a short line's numbers stand apart: not "EMNLP, 2002.")
    for found in entries.finditer(line, first.end()):
        digits, wanted = found.group(1), str(number)
        if digits == wanted or (glued and entries is _ENTRY_NUMBER and digits.endswith(wanted)):
            cuts.append(found.end(1) - len(wanted) - (entries is _REFERENCE_NUMBER))
            number += 1
    # two entries when the line opens with the first ("1. Title (2017) – A et al. Link: … 2.
    # Title (2015) – …": the page cut after its second)
    if len(cuts) < GLUED_ENTRIES and not (len(cuts) == 2 and first.start() == 0):
        return line
    if len(line) < GLUED_LINE and (
        first.start() != 0
        or min(b - a for a, b in itertools.pairwise([*cuts, len(line)])) < GLUED_TITLE
    ):
        return line  # a short line splits only into titles: "1. Title … 2. Title … |"
    return _split_at(line, cuts)


# "2. Ken Thompson, Title. Lecture, 1983. (link) 3. A et al., Title. 2015. (link)": a numbered
# list's later entries run onto one line after a sentence's end (its first on lines of its own)
_LATER_ENTRY = lazy_re(r"^[ \t]*(?:[2-9]|[1-9]\d)[.、]\s+(?=[A-Z\[(“\"])", re.MULTILINE)
_ENTRY_AFTER_STOP = lazy_re(r"(?<=[.)\]”\"] )(\d{1,2})[.、]\s+(?=[A-Z\[(“\"])")


def _unglued_from_later(line: str) -> str:
    """LINE split before each entry numbered on from the one it opens with ("2. … 3. …"),
    each after a sentence's end; else LINE."""
    opening = _LATER_ENTRY.match(line)
    if opening is None or _table_row(line):
        return line
    number = int(opening.group(0).strip()[:-1]) + 1
    cuts = []
    for found in _ENTRY_AFTER_STOP.finditer(line, opening.end()):
        if found.group(1) == str(number):
            cuts.append(found.start())
            number += 1
    return _split_at(line, cuts) if cuts else line


# a publisher's table of contents, titles parted by ".- " and wrapped anywhere ("Full Papers.-
# Title One.- Title\nTwo.- …"): a paragraph of at least CONTENTS_ENTRIES such breaks
_PARAGRAPH_BREAK = lazy_re(r"(\n[ \t]*\n)")
_CONTENTS_BREAK = lazy_re(r"(?<=\.)-(?=\s)")
CONTENTS_ENTRIES = 3


def _contents_split(text: str) -> str:
    """TEXT with each paragraph of a table of contents one title to a line."""
    parts = _PARAGRAPH_BREAK.split(text)
    for k, paragraph in enumerate(parts):
        if len(_CONTENTS_BREAK.findall(paragraph)) >= CONTENTS_ENTRIES:
            joined = " ".join(line.strip() for line in paragraph.split("\n") if line.strip())
            titles = (title.strip() for title in _CONTENTS_BREAK.split(joined))
            parts[k] = "\n".join(title for title in titles if title)
    return "".join(parts)


def _split_at(line: str, cuts: list[int]) -> str:
    """LINE cut into lines at CUTS (positions in it), blank pieces dropped."""
    parts = [line[a:b].strip() for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
    return "\n".join(part for part in parts if part)


# "…, SIGCOMM CCR, 2007 An Evaluation of …": a citation's year, then the next one's title, on
# a list flattened onto one line
_YEAR_THEN_TITLE = lazy_re(r"(?<=, )(?:19[5-9]\d|20[0-3]\d)[.,]? (?=[A-Z\"“])")


def _citations_unglued(line: str) -> str:
    """LINE split after each citation's closing year, when GLUED_ENTRIES citations or more
    run together before another ("Title, A, B, Venue, 2007 Title, C, Venue, 1994 Title …")."""
    if len(line) < GLUED_LINE:
        return line
    cuts = [
        found.end()
        for found in _YEAR_THEN_TITLE.finditer(line)
        if not _names_before_year(line, found.start())
    ]
    if len(cuts) < GLUED_ENTRIES:
        return line
    return _split_at(line, cuts)


def _names_before_year(line: str, year: int) -> bool:
    """Whether the part of LINE before the year at YEAR, from its clause's start, is names
    alone ('(Howard and Ruder, 2018 "Title"; Dodge et al., 2020 "Title")': the year leads
    its citation's title, ending none)."""
    from papercli.importers.names import looks_like_name_list

    start = max(line.rfind(";", 0, year), line.rfind("(", 0, year), year - 120) + 1
    names = line[start:year].strip(" ,")
    return 0 < len(names.split()) <= LEAD_NAME_WORDS and looks_like_name_list(names) >= 0.9


LEAD_NAME_WORDS = 8  # words of the names a citation's year follows, at most


# "… JMLR. http://…/BengioDVJ03.pdf Pascanu, Razvan, Tomas Mikolov (2013). Title. …": a
# reference list flattened onto one line, each reference ending with its address
_ADDRESS_THEN_REFERENCE = lazy_re(
    r"(?<=[^\s(\[<]) (?=[A-Z][\w'’-]+,[^()]{1,300}?\((?:19|20)\d\d[a-z]?\)\.? )"
)
_REFERENCE_ADDRESS_END = lazy_re(r"https?://\S+$")


def _references_unglued_at_addresses(line: str) -> str:
    """LINE split after each reference's closing address, when GLUED_ENTRIES references or
    more run together ("…, Venue. http://… Last, First (2013). Title. Venue. http://… …")."""
    if len(line) < GLUED_LINE:
        return line
    cuts = [
        found.start()
        for found in _ADDRESS_THEN_REFERENCE.finditer(line)
        if _REFERENCE_ADDRESS_END.search(line, max(0, found.start() - 300), found.start())
    ]
    if len(cuts) < GLUED_ENTRIES:
        return line
    return _split_at(line, cuts)


# the tags that say what a list's item is: a paper, or a post about something else
PAPER_TAGS = ("paper", "論文", "论文", "논문")
POST_TAGS = ("blog", "news", "article", "記事", "ブログ", "博客", "블로그")
# "今週のTOPIC[blog] Title[論文] Title[blog] …": a contents line, each item led by its kind's tag
_GLUED_KIND_TAG = lazy_re(rf"(?<=\S)(?=\[(?i:{'|'.join(PAPER_TAGS + POST_TAGS)})\])")


def _kind_tags_unglued(line: str) -> str:
    """LINE split before each kind's tag, when GLUED_ENTRIES tags or more run together."""
    cuts = [found.start() for found in _GLUED_KIND_TAG.finditer(line)]
    return _split_at(line, cuts) if len(cuts) >= GLUED_ENTRIES else line


# pasted pages keep their list bullets as characters: read them as the list items they were
# ("・Title（NICK）— Names": Japanese writes its bullet, the middle dot, with no space after)
_BULLET = lazy_re(r"^( {0,12})(?:[•▪◦‣∙●■◆►▶➤](?=[ ]+\S)|・[ ]*(?=[^\s・]))", re.MULTILINE)


# a table's key cell that names a paper's title ("| **标题** | Title |", "| 论文英文名字 | Title |")
TITLE_KEY = lazy_re(
    r"[标標][题題]|[题題]目|[论論]文(?:英文)?[标標][题題]|[论論]文[题題]目|英文[标標][题題]"
    r"|[论論]文(?:英文)?名(?:[称稱]|字)|英文名(?:[称稱]|字)|title|paper title",
    re.IGNORECASE,
)
_KEY_MARKS = lazy_re(r"^[^\w(（\[]+")


def field_key(text: str) -> str:
    """The words of a key cell ("👤 作者", "📅 发布日期", "**标题**:") without marks around them."""
    return _KEY_MARKS.sub("", text).strip(" *_:：`")


FIELDS_HEADER_WORDS = 4  # words in a header's second cell, at least, to be a title's value
FIELDS_HEADER_CJK = 8  # or Chinese characters ("| 论文题目 | 以鲁棒的学习率防御后门 |")
_Piece = tuple[str, list["Span"], list[str], int]  # a visual line: text, spans, addresses, row


def bold_only(line: Line) -> bool:
    """Whether LINE is one bold span and nothing else ("**Award Category**")."""
    text = line.text.strip()
    return bool(text) and any(
        s.kind == "bold" and line.text[s.start : s.end].strip() == text for s in line.spans
    )


class _Builder:
    """Walks markdown-it's token stream, keeping the structure each line sits in."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.list_depth = 0
        self.markers: list[str] = []
        self.item_first = False
        self.heading = 0
        self.in_cell = -1
        self.row = -1
        self.block = 0
        self.headers: list[str] = []
        self.head_cells: list[tuple[int, int, list[_Piece]]] = []  # (line, cell, pieces)
        self.in_head = False
        self.cell_open = False
        self.nested = 0
        self.caption = ""  # a table's header row that is one cell of words over empty ones

    def walk(self, tokens: list[Token]) -> None:
        for token in tokens:
            kind = token.type
            if kind in ("bullet_list_open", "ordered_list_open"):
                self.list_depth += 1
                self.markers.append("1." if kind == "ordered_list_open" else token.markup)
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.list_depth -= 1
                self.markers.pop()
            elif kind == "list_item_open":
                self.item_first = True
            elif kind == "heading_open":
                # a paragraph of several lines over a lone "-" is plain text, not a heading
                # (markdown's setext rule; in pasted text the "-" separates entries)
                setext = token.markup in ("-", "=") and token.map is not None
                several = setext and token.map is not None and token.map[1] - token.map[0] > 2
                self.heading = 0 if several else int(token.tag[1])
            elif kind == "heading_close":
                self.heading = 0
            elif kind == "thead_open":
                self.in_head = True
                self.headers = []
                self.head_cells = []
            elif kind == "thead_close":
                self.in_head = False
                # "| 论文英文名字 | A Title of Words |" heads a paper's fields; "| Title | Code |"
                # names columns
                if (
                    len(self.headers) == 2
                    and TITLE_KEY.fullmatch(field_key(self.headers[0]))
                    and (
                        len(self.headers[1].split()) >= FIELDS_HEADER_WORDS
                        or len(CJK_CHAR.findall(self.headers[1][:200])) >= FIELDS_HEADER_CJK
                    )
                ):
                    self._fields_header()
                filled = [header for header in self.headers if header]
                self.caption = filled[0] if len(self.headers) >= 2 and len(filled) == 1 else ""
            elif kind == "tr_open":
                self.row += 1
                self.in_cell = -1
            elif kind == "tr_close" and self.caption and not self.in_head:
                self._caption_header()
            elif kind in ("td_open", "th_open"):
                self.in_cell += 1
                self.cell_open = True
            elif kind in ("td_close", "th_close"):
                self.cell_open = False
            elif kind == "inline":
                self._inline(token)
            elif kind == "html_block":
                self._html_block(token)

    def _inline(self, token: Token) -> None:
        start = token.map[0] if token.map else (self.lines[-1].number + 1 if self.lines else 0)
        self.block += 1
        pieces = _inline_lines(token.children or [])
        if not self.heading and (not self.cell_open or self._readings_cell()):
            pieces = [
                (*part, row)
                for text, spans, urls, row in pieces
                for part in _titled_links_split(text, spans, urls)
            ]
        if self.in_head and self.in_cell >= 0:
            self.headers.append(" ".join(p[0] for p in pieces).strip())
            self.head_cells.append((start, self.in_cell, pieces))
            return
        self._add_lines(start, pieces)

    def _readings_cell(self) -> bool:
        """Whether the open cell is in a column its header names for papers or readings (a
        cell there may hold several titled links: "[Bai et al. Title](…), [Zou et al. …](…)")."""
        header = self.headers[self.in_cell] if 0 <= self.in_cell < len(self.headers) else ""
        return _READINGS_HEADER.search(header) is not None

    def _fields_header(self) -> None:
        """The header of a table of one paper's fields ("| 论文英文名字 | Title |" over "| 作者 |
        A, B |") is its first row, no column's name."""
        self.headers = []
        for start, cell, pieces in self.head_cells:
            self.in_cell, self.cell_open = cell, True
            self._add_lines(start, pieces)
        self.cell_open = False

    def _caption_header(self) -> None:
        """A table's first row of bold cells under a header row of one cell ("| **IROS 2020
        Awarded Papers** | |" over "| **Award Category** | **Title and Authors** |") names
        its columns; the one cell above is the table's caption, a heading over its rows."""
        caption, self.caption = self.caption, ""
        tail = len(self.lines)
        while tail and self.lines[tail - 1].row == self.row and self.lines[tail - 1].cell >= 0:
            tail -= 1
        row = self.lines[tail:]
        if len(row) != len(self.headers) or not all(bold_only(line) for line in row):
            return
        del self.lines[tail:]
        self.headers = [line.text.strip() for line in row]
        self.block += 1
        self.lines.append(
            Line(text=caption, kind="heading", number=row[0].number, depth=6, block=self.block)
        )

    def _add_lines(self, start: int, pieces: list[_Piece]) -> None:
        blank_before = True  # no piece with text yet (a running flag: linear in the pieces)
        for offset, (text, spans, urls, row) in enumerate(pieces):
            first = blank_before
            if text.strip():
                blank_before = False
            elif not urls:
                continue
            if self.heading:
                kind = "heading"
                depth = self.heading
            elif self.cell_open:
                kind = "cell"
                depth = 0
            elif self.item_first and offset == 0:
                kind = "item"
                depth = self.list_depth
            else:
                kind = "line"
                depth = self.list_depth
            is_cell = kind == "cell"
            if is_cell and not text.strip() and len(urls) == 1:
                # "| <img src=…/badge/%20-Modeling-yellow> |": a cell that is one badge, no
                # link, says what the badge says
                text = badge_text(urls[0]) or text
            header = ""
            if is_cell and 0 <= self.in_cell < len(self.headers):
                header = self.headers[self.in_cell]
            self.lines.append(
                Line(
                    text=text[:_MAX_LINE],
                    kind=kind,
                    number=start + (0 if is_cell else row),
                    depth=depth,
                    marker=self.markers[-1] if self.markers and kind == "item" else "",
                    cell=self.in_cell if is_cell else -1,
                    row=self.row if is_cell else -1,
                    first=first,
                    block=self.block,
                    spans=[s for s in spans if s.end <= _MAX_LINE],
                    urls=urls,
                    header=header,
                )
            )
        self.item_first = False

    def _html_block(self, token: Token) -> None:
        if _DETAILS_END.search(token.content) and not self.nested:
            # a collapsible section ends: its summary ("<summary>GANs") names no more papers
            # (an empty heading of the summary's level, which names nothing, takes its place)
            number = token.map[0] if token.map else (self.lines[-1].number if self.lines else 0)
            self.block += 1
            self.lines.append(
                Line(text="", kind="heading", number=number, depth=6, block=self.block)
            )
        converted = html_to_markdown(token.content)
        if not converted.strip() or self.nested > 3:
            return
        self.nested += 1
        self.walk(markdown_parser().parse(converted))
        self.nested -= 1


_IMG_BADGE = lazy_re(r"""\bsrc\s*=\s*["']?(https?://img\.shields\.io/badge/[^"'\s>]+)""", re.I)
_BADGE = lazy_re(r"^https?://img\.shields\.io/badge/([^?#/]{1,300})", re.IGNORECASE)


# badgen's static badge, "badgen.net/badge/SUBJECT/STATUS/COLOUR" (no subject: "color", " ")
_BADGEN = lazy_re(r"^https?://badgen\.net/badge/([^?#/]{0,100})/([^?#/]{1,200})", re.IGNORECASE)
_NO_SUBJECT = frozenset({"color", "colour", "badge", "label"})


def badge_text(url: str) -> str:
    """What a static badge at URL says ("…/badge/CVPR-2020-blue" → "CVPR 2020",
    "badgen.net/badge/color/ICLR/blue" → "ICLR",
    "…/badge/%20-Modeling-yellow" → "Modeling"), else "" (badges' "--" is a dash, "_" a
    space, "__" an underscore)."""
    from urllib.parse import unquote

    found = _BADGE.match(url)
    other = _BADGEN.match(url) if found is None else None
    if other is not None:  # "badgen.net/badge/color/ICLR/blue": its subject, then its status
        said = [unquote(part).replace("_", " ").strip() for part in other.groups()]
        return " ".join(part for part in said if part and part.lower() not in _NO_SUBJECT)
    if found is None:
        return ""
    path = re.sub(r"\.(?:svg|png)$", "", found.group(1))
    parts = [
        unquote(part.replace("\0", "-")).replace("__", "\0").replace("_", " ").replace("\0", "_")
        for part in path.replace("--", "\0").split("-")
    ]
    said = parts[:-1] if len(parts) >= 2 else parts  # (the last part is the colour)
    return " ".join(part.strip() for part in said if part.strip())


# a bibliography entry (Chicago's, MLA's): its names, then its year or its quoted title ("Whang,
# Steven Euijong, and Hector Garcia-Molina. 2010. “Title.” …"), or "———." for the names above
_SAME_NAMES = lazy_re(
    r"^(?:(?P<names>[A-Z][^\n“”\"]{2,300}?)\.\s+(?=(?:19|20)\d\d[a-z]?\.|[“\"])"
    r"|(?P<same>[—–]{3}\.\s*))",
    re.MULTILINE,
)


def _same_names_filled(text: str) -> str:
    """TEXT with each bibliography entry's "———." written out as the names of the entry above."""
    parts: list[str] = []
    names, done = "", 0
    for match in _SAME_NAMES.finditer(text):
        if match.group("names") is not None:
            names = match.group("names")
        elif names:
            parts += [text[done : match.start()], names, ". "]
            done = match.end()
    return "".join(parts) + text[done:]


_DETAILS_END = lazy_re(r"</details\s*>", re.IGNORECASE)
# a collapsible section's summary line with its text right below it, no blank line between:
# an HTML block that would run on over that text (a list's items read as one paragraph)
_SUMMARY_OVER_TEXT = lazy_re(
    r"^([ \t]*(?:<details[^>\n]{0,200}>[ \t]*)?<summary[^>\n]{0,200}>[^\n]{0,300}</summary>"
    r"[ \t]*)\n(?=[ \t]*[^\s<])",
    re.IGNORECASE | re.MULTILINE,
)
_SUP_OPEN = lazy_re(r"^<\s*sup\s*>$", re.I)
_SUP_CLOSE = lazy_re(r"^<\s*/\s*sup\s*>$", re.I)
_MARK_TEXT = lazy_re(r"^\s*[\d,*†‡§¶#∗]{1,6}\s*$")
_NAME_END = lazy_re(r"(?:^|\s)[A-Z][\w'’.\-]*[a-z.]$")  # a capitalised word: a name's end
_NAME_GOES_ON = lazy_re(r"^\s*(?:[,;&*]|and\b|$)")  # the next name, or the list's end


def _footnote_marks(children: list[Token]) -> set[int]:
    """The positions of CHILDREN that make up superscript marks ("<sup>1</sup>", "<sup>*</sup>"
    after an author's name): affiliations' and equal contribution's marks, no text."""
    marks: set[int] = set()
    for k in range(1, len(children) - 2):
        after = children[k + 3] if k + 3 < len(children) else None
        if (
            children[k - 1].type == "text"
            and _NAME_END.search(children[k - 1].content)  # "Yang<sup>1</sup>", not "mc<sup>2"
            and (after is None or after.type != "text" or _NAME_GOES_ON.match(after.content))
            and children[k].type == "html_inline"
            and _SUP_OPEN.match(children[k].content)
            and children[k + 1].type == "text"
            and _MARK_TEXT.match(children[k + 1].content)
            and children[k + 2].type == "html_inline"
            and _SUP_CLOSE.match(children[k + 2].content)
        ):
            marks.update((k, k + 1, k + 2))
    return marks


_BREAK_TAG = lazy_re(r"^<\s*(?:/?br|/p|p|/div|div|/li|li|hr|/h\d|h\d|/tr|tr)\b[^>]*>$", re.I)
_ITEM_TAG = lazy_re(r"^<\s*(/?)li\b", re.I)
_BR_TAG = lazy_re(r"^<\s*br\b", re.I)
# (an href written "<https://…>", as a markdown autolink, names the address inside)
_A_OPEN = lazy_re(r"""^<\s*a\b[^>]*?\bhref\s*=\s*["']?<?([^"'\s<>]+)""", re.I)
_A_CLOSE = lazy_re(r"^<\s*/\s*a\s*>$", re.I)
_BOLD_TAG = lazy_re(r"^<\s*(/?)\s*(?:b|strong)\s*>$", re.I)
_UNDERLINE_TAG = lazy_re(r"^<\s*(/?)\s*u\s*>$", re.I)


# the words of an award's or a field's label, never a title's head before its colon
_LABEL_WORDS = lazy_re(
    r"\b(?:award|prize|winner|runner|honou?rable|mention|best|outstanding|test\s+of\s+time|"
    r"oral|spotlight|poster|paper|papers|title|link|code|notes?)\b|论文|奖",
    re.IGNORECASE,
)


# what an italic line under a title gives instead of the title's rest: "by He et al.",
# "NeurIPS 2017"
_ITALIC_TAIL = lazy_re(r"^\s*(?:by|in|at|from|via)\b|\b(?:19|20)\d\d\b|\bet\s+al\b", re.I)


def _html_span_tag(child: Token) -> tuple[str, bool] | None:
    """The kind of span an inline HTML tag opens or closes ("<a href=…>", "</b>"), as the
    markdown token would name it, and whether it opens it."""
    if _A_OPEN.match(child.content):
        return "link", True
    if _A_CLOSE.match(child.content):
        return "link", False
    bold = _BOLD_TAG.match(child.content)
    return ("strong", not bold.group(1)) if bold is not None else None


def _wrapped_breaks(children: list[Token]) -> set[int]:
    """The soft line breaks that only wrap a link's, bold or italic text's words (see
    _wraps_words): one in bold or italic text, up to WRAPPED_LINK_BREAKS in a link's."""
    out: set[int] = set()
    opened: list[tuple[str, int]] = []
    for i, child in enumerate(children):
        tag = _html_span_tag(child) if child.type == "html_inline" else None
        if child.type in ("link_open", "strong_open", "em_open") or (tag and tag[1]):
            opened.append((tag[0] if tag else child.type[:-5], i))
        elif (child.type in ("link_close", "strong_close", "em_close") or tag) and opened:
            _kind, start = opened.pop()
            # (a link's text may wrap with a hard break too: "[Qwen3 Embedding: … and  \n
            # Reranking Through Foundation Models](…)")
            wraps = ("softbreak", "hardbreak") if _kind == "link" else ("softbreak",)
            breaks = [k for k in range(start + 1, i) if children[k].type in wraps]
            # (a link's text may wrap twice: "[Policy Gradient Methods for\nReinforcement
            # Learning with Function\nApproximation](url)")
            if not 1 <= len(breaks) <= (WRAPPED_LINK_BREAKS if _kind == "link" else 1):
                continue
            bounds = [start, *breaks, i]
            pieces = [
                "".join(c.content for c in children[a + 1 : b] if c.type == "text")
                for a, b in itertools.pairwise(bounds)
            ]
            if all(
                _wraps_words(before, after, _kind) for before, after in itertools.pairwise(pieces)
            ):
                out.update(breaks)
    out |= _breaks_inside_quotes(children)
    out |= _dangling_break(children)
    out |= _break_before_link_label(children)
    out |= _breaks_inside_names(children)
    out |= _breaks_inside_references(children)
    out |= _wrapped_reference(children)
    return out


def _wrapped_reference(children: list[Token]) -> set[int]:
    """The soft line breaks of one reference hard-wrapped at a fixed width, as a publications
    page made with pandoc has them ("Toni Karvonen, Chris J. Oates, and Mark Girolami.
    Integration in" / "reproducing kernel hilbert spaces of gaussian kernels. *Mathematics of*"
    / …): a paragraph that opens with names and holds a year, most of whose lines run close to
    its widest, and a sentence wrapped mid-phrase (a line opening on a small letter). Three
    lines of a record ("Names" / "Title" / "Venue, 2021") open on capitals."""
    if len(children) > _WRAPPED_REFERENCE_TOKENS:
        return set()
    breaks, texts = _lines_between_breaks(children)
    if not 3 <= len(texts) <= _WRAPPED_REFERENCE_LINES:
        return set()
    # (a line of an address alone wraps where the address would not fit: no width of text)
    widths = [len(text.rstrip()) for text in texts[:-1] if "://" not in text and "doi:" not in text]
    if not widths:
        return set()
    widest = max(widths)
    if not WRAPPED_WIDTHS[0] <= widest <= WRAPPED_WIDTHS[1]:
        return set()
    if sum(width >= 0.8 * widest for width in widths) * 3 < len(widths) * 2:
        return set()
    if not any(text.lstrip()[:1].islower() for text in texts[1:]):
        return set()
    from papercli.importers.names import read_name_list

    names = _SENTENCE_END.split(texts[0], maxsplit=1)[0]
    read, share = read_name_list(names) if "(" not in names else ((), 0.0)
    if len(read) < 2 or share < WRAPPED_NAMES_SHARE or YEAR.search(" ".join(texts)) is None:
        return set()
    return set(breaks)


WRAPPED_NAMES_SHARE = 0.8  # how like a list of names its first line's first sentence reads
WRAPPED_WIDTHS = (60, 100)  # characters of a hard-wrapped paragraph's widest line
_WRAPPED_REFERENCE_LINES = 12  # lines of one wrapped reference, at most
_WRAPPED_REFERENCE_TOKENS = 200
_SENTENCE_END = lazy_re(r"(?<=[a-z]{2})\.\s")


WRAPPED_LINK_BREAKS = 3  # line breaks, at most, inside one link's wrapped text


def _wraps_words(before: str, after: str, kind: str) -> bool:
    """Whether a line break between BEFORE and AFTER inside a link's, bold or italic text
    (KIND) only wraps its words: BEFORE does not end a phrase, and AFTER is not a list of names
    ("[Title\nA. Bee, C. Dee](url)" is a title over its authors)."""
    from papercli.importers.digest.features import looks_like_names
    from papercli.importers.names import looks_like_name_list

    # "[Predicting Clicks:\nEstimating the Click-Through Rate …](url)": a title broken
    # at its colon (a label's colon, "Paper:", has one word before it)
    subtitled = (
        before.rstrip().endswith(":")
        and len(before.split()) >= 2
        and after.lstrip()[:1].isupper()
        and _LABEL_WORDS.search(before) is None  # "[Test of Time:\nTitle]": an award's
    )
    # ("… Updates via\nSparsification and Quantization": no list of names has no full name)
    # ("[Climbing towards NLU:\nOn Meaning, Form, and Understanding in the Age of Data]": a
    # title's words between its commas, which the name-list reader reads as no names)
    named = re.search(r",|\band\b|&", after) is not None and (
        looks_like_names(after[:400]) >= 0.6
        and not (_ENDS_DANGLING.search(before) and not _FULL_NAME_PART.search(after))
        and not (subtitled and looks_like_name_list(after[:400]) == 0)
    )
    return bool(
        before.strip()
        and after.strip()
        and (before.rstrip()[-1:] not in ".:：;；!?！？" or subtitled)
        and not named
        and not (kind == "em" and _ITALIC_TAIL.search(after))
    )


# a part of a list of names of two words or more ("A. Bee", "Ben Zinberg")
_FULL_NAME_PART = lazy_re(r"(?:^|[,&]|\band\b)\s*[A-Z][\w.'’-]*\s+[A-Z]")


# the words a phrase cut short ends on ("… Implementation of"), and more that no title ends on
OPEN_WORDS = r"of|and|the|in|for|on|with|to|a|an"
HANGING_WORDS = rf"{OPEN_WORDS}|via|from|at"
# "with", "via", "using": a word that never ends a title, nor opens a note under one
_FUNCTION_WORD = (
    rf"(?:{HANGING_WORDS}|using|by|under|over|through|towards?|into|without|beyond|across|"
    r"between)"
)
_ENDS_DANGLING = lazy_re(rf"\s{_FUNCTION_WORD}\s*$", re.IGNORECASE)
_OPENS_DANGLING = lazy_re(rf"^\s*{_FUNCTION_WORD}\s")
WRAPPED_LINE = 120  # characters, at most, of each line of a wrapped plain title


def _lines_between_breaks(children: list[Token]) -> tuple[list[int], list[str]]:
    """The soft line breaks among CHILDREN and the text of each source line they part."""
    breaks = [k for k, child in enumerate(children) if child.type == "softbreak"]
    bounds = [-1, *breaks, len(children)]
    texts = [
        "".join(c.content for c in children[a + 1 : b] if c.type == "text")
        for a, b in itertools.pairwise(bounds)
    ]
    return breaks, texts


def _break_before_link_label(children: list[Token]) -> set[int]:
    """The one soft line break of a title wrapped just before its paper's link label ("[en]
    SimCLR: A Simple framework for Contrastive Learning of Visual" / "Representations
    [paper](https://arxiv.org/abs/…)"): the title's last words, then the label alone."""
    breaks = [k for k, child in enumerate(children) if child.type == "softbreak"]
    if len(breaks) != 1:
        return set()
    at = breaks[0]
    before, rest = children[:at], children[at + 1 :]
    if any(c.type != "text" for c in before) or len(rest) < 4:
        return set()
    head = "".join(c.content for c in before).strip()
    words, opening, label, closing = rest[0], rest[1], rest[2], rest[3]
    if (
        words.type != "text"
        or (opening.type, label.type, closing.type) != ("link_open", "text", "link_close")
        or _LINK_LABEL_WORD.fullmatch(label.content.strip()) is None
        or any(c.type not in ("text", "link_open", "link_close") for c in rest[4:])
    ):
        return set()
    tail = words.content.strip()
    if (
        not head
        or head[-1:] in ".:：;；!?！？,，"
        or not 1 <= len(tail.split()) <= WRAPPED_TAIL_WORDS
    ):
        return set()
    return {at}


WRAPPED_TAIL_WORDS = 4  # a wrapped title's words, at most, on the line of its link label
# "paper", "[PDF]", "arXiv": a link's label that names the paper's own page
_LINK_LABEL_WORD = lazy_re(r"\[?(?i:paper|pdf|arxiv|link|article|статья)\]?")


def _names_line(text: str) -> bool:
    """Whether TEXT, a source line, reads as a list of names ("A. Bee, C. Dee")."""
    from papercli.importers.digest.features import looks_like_names

    return re.search(r",|\band\b|&", text) is not None and looks_like_names(text[:400]) >= 0.6


def _dangling_break(children: list[Token]) -> set[int]:
    """The soft line breaks of a text, no markup but bold or italic, that wrap a title's words
    ("- [ ] Training a Helpful Assistant with" / "Reinforcement Learning from Human Feedback",
    "* **Beyond N-Grams:** Rethinking Evaluation Metrics and Strategies" / "for Multilingual
    Abstractive Summarization" / ". A, B"): a line ending in a word no title ends with or in a
    subtitle's colon, or a line opening with such a word, two short lines."""
    from papercli.importers.digest.candidates import title_case

    breaks, texts = _lines_between_breaks(children)
    several = len(breaks) > 1
    allowed = _PLAIN_TOKENS if several else ("text", "softbreak")
    if not breaks or any(c.type not in allowed for c in children):
        return set()
    out: set[int] = set()
    for k, at in enumerate(breaks):
        before, after = texts[k], texts[k + 1]
        if not (0 < len(before.strip()) <= WRAPPED_LINE and 0 < len(after.strip()) <= WRAPPED_LINE):
            continue
        subtitled = (  # "Red Teaming Language Models to Reduce Harms:" / "Methods, …"
            before.rstrip().endswith(":")
            and len(before.split()) >= 3
            and after.lstrip()[:1].isupper()
            and _LABEL_WORDS.search(before) is None
        )
        # (of several lines, one opening with an article may be a title of its own, and one
        # opening with "by" is a byline)
        opens = (_OPENS_WRAPPED if several else _OPENS_DANGLING).match(after)
        if not (_ENDS_DANGLING.search(before) or opens or subtitled):
            continue
        if _names_line(after):
            continue  # "Title of" / "A. Bee, C. Dee": (no title ends so, but no names join it)
        if several and (
            _SENTENCE_INSIDE.search(before.strip())
            or _SENTENCE_INSIDE.search(after.strip())
            or (subtitled and not title_case(before))
        ):
            continue  # a hard-wrapped reference ("…, Yoshua. On the number of linear regions" /
            # "of deep neural networks. In"), an intro ("… their lineage:" / "Title 2015")
        out.add(at)
    return out


_SENTENCE_INSIDE = lazy_re(r"[.?!]\s")
_OPENS_WRAPPED = lazy_re(rf"^\s*(?!(?:a|an|the|by)\s){_FUNCTION_WORD}\s")
_PLAIN_TOKENS = frozenset(
    ("text", "softbreak", "strong_open", "strong_close", "em_open", "em_close")
)


def _breaks_inside_quotes(children: list[Token]) -> set[int]:
    """The soft line breaks inside a quotation that one source line opens and the next closes
    ('… in Supercomputing 91: "The Omega test: a fast and practical' / 'integer programming
    algorithm for dependence analysis". The paper …'): a quoted title wrapped, one text."""
    out: set[int] = set()
    breaks, texts = _lines_between_breaks(children)
    for k, at in enumerate(breaks):
        before, after = texts[k], texts[k + 1]
        opened = before.count("“") > before.count("”") or before.count('"') % 2 == 1
        if opened and ("”" in after or '"' in after):
            out.add(at)
    return out


def _breaks_inside_names(children: list[Token]) -> set[int]:
    """The soft line breaks inside a list of names after a marked title, hard-wrapped ("*Title*
    Valentin Peretroukhin, Matthew" / "Giamou, David M. Rosen, …, Jonathan" / "Kelly"): the
    names before the break follow the title's markup on its source line, and the next source
    line reads as names too."""
    from papercli.importers.digest.features import looks_like_names

    breaks = [k for k, child in enumerate(children) if child.type == "softbreak"]
    if not breaks or not any(c.type in ("em_close", "strong_close") for c in children):
        return set()
    out: set[int] = set()
    bounds = [-1, *breaks, len(children)]
    marked = False  # whether the source line before closed the title's markup
    for k, at in enumerate(breaks):
        segment = children[bounds[k] + 1 : at]
        closes = [j for j, c in enumerate(segment) if c.type in ("em_close", "strong_close")]
        carried = marked or bounds[k] in out  # the names line under the title, or joined on
        opens = [j for j, c in enumerate(segment) if c.type in ("em_open", "strong_open")]
        lead = "".join(c.content for c in segment[: opens[0]]) if opens else ""
        # "#7: *Title* names": the markup opens the line, after a number at most
        marked = bool(closes) and not any(ch.isalpha() for ch in lead)
        if closes and not marked:
            continue  # ("Title for **Depth Prediction**, A, B": markup inside the title)
        if not closes and not carried:
            continue
        tail = "".join(c.content for c in segment[(closes[-1] + 1 if closes else 0) :])
        following = children[at + 1 : bounds[k + 2]]
        if any(c.type != "text" for c in following):
            continue
        after = "".join(c.content for c in following).strip()
        last = tail.rsplit(",", 1)[-1].split()
        first = tail.split(",", 1)[0].split()  # a name, not "for Minimal Problems, A, B"
        if (
            tail.strip()
            and 0 < len(first) <= WRAPPED_NAME_WORDS + 1
            and all(word[:1].isupper() for word in first)
            and len(last) <= WRAPPED_NAME_WORDS
            and all(word[:1].isupper() for word in last)
            and looks_like_names(tail.strip().rstrip(",")[:400]) >= WRAPPED_NAMES
            and after
            and (looks_like_names(after[:400]) >= WRAPPED_NAMES or _surname_end(tail, after))
        ):
            out.add(at)
    return out


_REFERENCE_MARK = lazy_re(r"^\s*\[\d{1,3}\]")


def _breaks_inside_references(children: list[Token]) -> set[int]:
    """The soft line breaks inside a paragraph of numbered references that wrap one of them
    ("[1]Video Suggestion and Discovery for YouTube: Taking Random" / "Walks Through the
    View Graph" / "[2] …"): a line with no mark of its own, after a line that ends mid-phrase,
    is the rest of the reference above. Not when each reference has such a line under it
    ("[1] Title" / "A. Bee, C. Dee": a template of two lines), nor a line of names."""
    if any(c.type not in ("text", "softbreak") for c in children):
        return set()
    breaks, texts = _lines_between_breaks(children)
    marked = [_REFERENCE_MARK.match(text) is not None for text in texts]
    if marked[0] and sum(marked) == 1 and len(texts) <= WRAPPED_ITEM_LINES:
        # "- [33] Nagrani, A., …: Title. In: Proceedings of the IEEE conference on computer" /
        # "vision and pattern recognition. pp. 8427–8436 (2018)": one reference of a list,
        # wrapped where a phrase goes on in small letters
        return {
            at
            for k, at in enumerate(breaks)
            if texts[k].rstrip()[-1:].isalnum() and texts[k + 1].lstrip()[:1].islower()
        }
    if not marked[0] or sum(marked) < 2 or sum(marked) * 2 <= len(texts):
        return set()  # (a mark on fewer than half the lines: not a list of references)
    followed = [k for k in range(len(texts) - 1) if marked[k] and not marked[k + 1]]
    if len(followed) == sum(marked):
        return set()  # every reference has a line under it: two lines a record
    out: set[int] = set()
    for k, at in enumerate(breaks):
        before, after = texts[k].rstrip(), texts[k + 1].strip()
        if (
            not marked[k + 1]
            and (marked[k] or (k > 0 and breaks[k - 1] in out))  # (or its line joined on)
            and before[-1:].isalnum()
            and 0 < len(after) <= WRAPPED_LINE
            and after[:1].isalpha()
            and not _names_line(after)
        ):
            out.add(at)
    return out


def _surname_end(tail: str, after: str) -> bool:
    """Whether AFTER is the rest of the name TAIL breaks off in ("…, Edward" / "Adelson"): a
    word or two in capitals, no common word, after a line that ends inside a name."""
    from papercli.importers.names import common_word

    words = after.split()
    return (
        not tail.rstrip().endswith(",")
        and 0 < len(words) <= 2
        and all(w[:1].isupper() and w.isalpha() and not common_word(w) for w in words)
    )


WRAPPED_ITEM_LINES = 4  # lines, at most, of one numbered reference wrapped in a list item
WRAPPED_NAMES = 0.5  # how like names each side of the break reads, at least
WRAPPED_NAME_WORDS = 3  # words after the names' last comma before the break, at most


_MYST_ROLE = lazy_re(r"\s*\{(?:cite|ref|numref|eq|doc|footcite)(?::[a-z]+)?\}$")


def _next_text(children: list[Token], position: int) -> str:
    """The text of the first text token among the few after POSITION in CHILDREN ("" when
    none: a run of tags is read in linear time)."""
    return next((c.content for c in children[position + 1 : position + 4] if c.type == "text"), "")


def _glued_names_opening(parts: list[str], children: list[Token], position: int) -> bool:
    """Whether the emphasis opening at POSITION glues names onto the word before it ("Backpack
    Language Models*John Hewitt, John Thickstun*"): a lower-case letter, then a capital."""
    after = children[position + 1] if position + 1 < len(children) else None
    if not parts or not parts[-1] or after is None or after.type != "text":
        return False
    return parts[-1][-1].islower() and after.content[:1].isupper() and " " in after.content


def _hover_names(link: Token, before: str) -> str:
    """The names a markdown link's title attribute holds ('[Title](url "A, B")'), the only
    place some lists write a paper's authors; "" when it holds none, or the line has them."""
    from papercli.importers.names import looks_like_name_list

    hover = " ".join(str(link.attrs.get("title") or "").split())
    if not hover or len(hover) > HOVER_CHARS or hover in before:
        return ""
    return hover if looks_like_name_list(hover) >= HOVER_NAMES else ""


HOVER_CHARS = 600  # a link's title attribute of names, at most
HOVER_NAMES = 0.9  # how like a list of names it reads, at least


def _inline_lines(children: list[Token]) -> list[tuple[str, list[Span], list[str], int]]:
    """The visual lines of an inline token: (text, spans, urls, source row) each, the row
    counted in the source's line breaks ("Title<br>Authors" is two lines of one row)."""
    out: list[tuple[str, list[Span], list[str], int]] = []
    parts: list[str] = []
    spans: list[Span] = []
    urls: list[str] = []
    open_spans: list[Span] = []
    underlined: list[bool] = []  # each open <u>: whether it opened a bold span of its own
    hovers: list[str] = []  # each open link's names on hover ("" for none)
    length = 0
    row = 0  # the source line the line being read began on, within the token

    def flush() -> None:
        nonlocal parts, spans, urls, length
        for span in open_spans:  # a span broken by <br> marks its part on each line
            if length > span.start:
                spans.append(Span(span.kind, span.start, length, span.url))
        text = "".join(parts)
        out.append((text, spans, urls, row))
        parts, spans, urls, length = [], [], [], 0
        for span in open_spans:
            span.start = 0
            if span.url:
                urls.append(span.url)

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    def open_span(kind: str, url: str = "") -> None:
        open_spans.append(Span(kind, length, length, url))
        if url:
            urls.append(url)

    def close_span(kind: str) -> None:
        for i in range(len(open_spans) - 1, -1, -1):
            if open_spans[i].kind == kind:
                span = open_spans.pop(i)
                span.end = length
                if span.end > span.start:
                    spans.append(span)
                return

    wrapped = _wrapped_breaks(children)
    marks = _footnote_marks(children)
    in_item = False  # inside an inline "<li>…</li>"
    for position, child in enumerate(children):
        kind = child.type
        if position in marks:
            continue  # "Yang<sup>1</sup>": an affiliation's mark on a name, no text
        if kind == "text":
            content = child.content
            if "**" not in content:
                add(content)
                continue
            # CommonMark leaves "**作者：**Name" unparsed (a closing run after full-width
            # punctuation and before a letter does not close): such a pair is bold all the same
            at = 0
            for pair in _LITERAL_BOLD.finditer(content):
                add(content[at : pair.start()])
                start = length
                add(pair.group(1))
                spans.append(Span("bold", start, length))
                at = pair.end()
            add(content[at:])
        elif kind == "code_inline":
            role = _MYST_ROLE.search(parts[-1]) if parts else None
            if role is not None:  # "{cite}`key`": a MyST citation role names no text of the page
                parts[-1] = parts[-1][: role.start()]
                length -= len(role.group())
                continue
            start = length
            add(child.content)
            spans.append(Span("code", start, length))
        elif kind in ("softbreak", "hardbreak") and position in wrapped:
            add(" ")  # a link or bold text wrapped over two source lines is one text
            row += 1
        elif kind in ("softbreak", "hardbreak"):
            flush()
            row += 1
        elif kind == "link_open":
            open_span("link", str(child.attrs.get("href") or ""))
            hovers.append(_hover_names(child, "".join(parts)))
        elif kind == "link_close":
            close_span("link")
            named = hovers.pop() if hovers else ""
            if named:  # '[Title](… "A, B")': the names the link shows on hover, after it
                add(f" ({named})")
        elif kind == "strong_open":
            open_span("bold")
        elif kind == "strong_close":
            close_span("bold")
        elif kind == "em_open":
            if _glued_names_opening(parts, children, position):
                add(" ")  # "Title*John Hewitt and Percy Liang*": the names after a space
            open_span("italic")
        elif kind == "em_close":
            close_span("italic")
        elif kind == "image":
            src = str(child.attrs.get("src") or "")
            if child.content.strip() and PAPER_PAGE.search(src):
                open_span("link", src)  # "![Title](https://arxiv.org/abs/…)": a link mistyped
                add(child.content)
                close_span("link")
            elif src:
                urls.append(src)
        elif kind == "html_inline":
            tag = child.content
            a_open = _A_OPEN.match(tag)
            bold = _BOLD_TAG.match(tag)
            if _BREAK_TAG.match(tag):
                item = _ITEM_TAG.match(tag)
                if item is not None:
                    in_item = not item.group(1)
                # "[TITLE:<br>ITS END](url)": one link's label wrapped (but "[Title<br>中文标题]":
                # the title and its translation, a line each)
                linked = any(span.kind == "link" for span in open_spans) and not CJK_CHAR.search(
                    _next_text(children, position)
                )
                if (in_item or linked) and _BR_TAG.match(tag):
                    add(" ")  # "<li>Title <br/>and its end</li>": one item wrapped, one line
                else:
                    flush()
            elif a_open:
                if (
                    parts
                    and parts[-1][-1:].isalnum()
                    and position
                    and children[position - 1].type in ("link_close", "html_inline")
                ):
                    add(" ")  # "[10.1109/X.00025](…)<a href=…>open</a>": two links, not one word
                open_span("link", a_open.group(1))
            elif _A_CLOSE.match(tag):
                close_span("link")
            elif bold:
                close_span("bold") if bold.group(1) else open_span("bold")
            elif _UNDERLINE_TAG.match(tag):
                # "<u>Title</u>": an old page's emphasis, bold unless it is inside bold already
                if not tag.startswith("</"):
                    underlined.append(not any(span.kind == "bold" for span in open_spans))
                    if underlined[-1]:
                        open_span("bold")
                elif underlined and underlined.pop():
                    close_span("bold")
            elif tag.lower().startswith("<img"):
                badge = _IMG_BADGE.search(tag)  # (a badge's source, which a cell may say)
                if badge is not None:
                    urls.append(badge.group(1))
            else:
                add(" " if tag.startswith("</") is False and "sub" not in tag.lower() else "")
    flush()
    for text, _spans, urls, _row in out:
        for url in _bare_urls(text):
            if url not in urls:
                urls.append(url)
    return out


def _bare_urls(text: str) -> Iterator[str]:
    """The addresses TEXT writes out of any link: with their scheme or "www.", and a code
    host's repository without one ("Code: `github.com/o/r`", given its scheme)."""
    for match in _BARE_URL.finditer(text):
        yield match.group(0).rstrip(".,;:!?)）】」』'\"")
    for match in _SCHEMELESS_REPO.finditer(text) if ".com/" in text else ():
        yield "https://" + match.group(0).rstrip(".,;:!?'\"")


def link_gaps(text: str, links: list[Span]) -> list[str]:
    """The text of TEXT before its first link of LINKS (in order), between each two and after
    the last."""
    ends, starts = [0, *[s.end for s in links]], [*[s.start for s in links], len(text)]
    return [text[a:b] for a, b in zip(ends, starts, strict=True)]


def _titled_links_split(
    text: str, spans: list[Span], urls: list[str]
) -> list[tuple[str, list[Span], list[str]]]:
    """A line of titled links and nothing else, a comma or a bar between each two ("[“Title
    A”](…)，[“Title B”](…)"), as one line for each link; any other line as it is."""
    links = [s for s in spans if s.kind == "link" and s.url]
    if len(links) < 2 or len(links) != len(urls):
        return [(text, spans, urls)]
    if any(len(text[s.start : s.end].split()) < TITLED_LINK_WORDS for s in links):
        return [(text, spans, urls)]  # "[Ada Lovelace](…), [Alan Turing](…)": names, links
    gaps = link_gaps(text, links)
    ends = [link.end for link in links]
    if any(_LINK_GAP_TEXT.fullmatch(gap) is None for gap in (gaps[0], gaps[-1])) or any(
        _LINK_SEPARATOR.fullmatch(gap) is None for gap in gaps[1:-1]
    ):
        cited = _cited_link_ends(gaps, links)
        if cited is None:
            return [(text, spans, urls)]
        ends = cited
    out: list[tuple[str, list[Span], list[str]]] = []
    for link, end in zip(links, ends, strict=True):
        inside = [
            Span(s.kind, s.start - link.start, s.end - link.start, s.url)
            for s in spans
            if link.start <= s.start and s.end <= end
        ]
        out.append((text[link.start : end], inside, [link.url]))
    return out


def _cited_link_ends(gaps: list[str], links: list[Span]) -> list[int] | None:
    """Where each titled link of a line ends with the citation after it ("Related papers:
    [Title A](…) (Moss & Quill, COLING 2025), [Title B](…) (Wren et al., arxiv 2024), and
    [Title C](…) (…)."), or None when the line is no list of links so cited."""
    if _LINK_LEAD.fullmatch(gaps[0]) is None:
        return None
    ends = []
    for k, link in enumerate(links):
        cited = _CITED_AFTER_LINK.match(gaps[k + 1])
        if cited is None:
            return None
        rest = gaps[k + 1][cited.end() :]
        last = k == len(links) - 1
        if (_LINK_GAP_TEXT if last else _LINK_AND_SEPARATOR).fullmatch(rest) is None:
            return None
        ends.append(link.end + cited.end())
    return ends


# a column of papers or readings: "Paper Title", "Group A Paper", "Reading", "论文"
_READINGS_HEADER = lazy_re(r"title|paper|reading|[论論]文|[标標][题題]", re.IGNORECASE)
TITLED_LINK_WORDS = 4  # words of each link's text, at least, for a line of links to be titles
_LINK_GAP_TEXT = lazy_re(r"[\s\W]{0,4}")
_LINK_SEPARATOR = lazy_re(r"\s*[\"”']?\s*[,，;；、|]\s*[\"“']?\s*")
# "Related papers: " before a line's cited links; "(Moss et al., ACL 2023)" after each; ", and "
# between them
_LINK_LEAD = lazy_re(r"[\s\W]{0,4}|[^\[\]()\n]{1,40}[:：]\s*")
_CITED_AFTER_LINK = lazy_re(r"\s*\((?=[^()\n]{0,120}(?<!\d)(?:19|20)\d\d)[^()\n]{1,120}\)")
_LINK_AND_SEPARATOR = lazy_re(r"\s*(?:[,，;；]\s*(?:and\s+)?|and\s+)")


_LITERAL_BOLD = lazy_re(r"\*\*([^*\s](?:[^*]{0,300}[^*\s])?)\*\*")
# (a pair of brackets inside an address is its own: "https://doi.org/10.1016/0266-9838(90)90005-Q")
# "github.com/RUCBM/G-OPD": a repository's address written without its scheme
_SCHEMELESS_REPO = lazy_re(r"(?<![\w./@:-])(?:github|gitlab)\.com/[\w.-]{1,100}/[\w.-]{1,100}")
_BARE_URL = lazy_re(
    r"(?:https?://|www\.)(?:[^\s<>\[\]()（）【】「」\"'，。、]|\([^\s<>\[\]()\"']{1,60}\)){2,2000}"
)


_APART_INLINE = frozenset(("span", "a", "button"))  # elements a page sets apart by its style


def _byline(text: str) -> bool:
    """Whether TEXT is a paper's names, with where and when after them ("A, B, C ICLR 2021")."""
    from papercli.importers.names import read_name_list

    if len(text) > BYLINE_CHARS:
        return False  # (a summary that long is a section's name or prose, no byline)
    names, share = read_name_list(_BYLINE_TAIL.sub("", text.replace("*", "")))
    return len(names) >= BYLINE_NAMES and share >= BYLINE_SHARE


_BYLINE_TAIL = lazy_re(r"\s+[A-Z][\w\-]{1,15}\s*'?(?:(?:19|20)\d\d|\d\d)?\s*$")
BYLINE_NAMES = 2
BYLINE_CHARS = 600
BYLINE_SHARE = 0.9


class _HtmlToMarkdown(HTMLParser):
    """HTML into markdown-shaped text: block tags end lines, links and bold kept."""

    _BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "dt",
            "dd",
            "hr",
            "pre",
            "summary",
        ]
    )
    _SKIP = frozenset({"script", "style", "noscript", "svg", "title"})
    _HEAD_TAGS = frozenset(
        {"meta", "link", "script", "style", "title", "base", "noscript", "template"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.in_head = False  # inside a <head>: its text is no page's
        # the page holds one article body (a docs page's own), not one per publication listed
        self.one_article = False
        self.headed = 0  # headings open (an underline inside one marks no title)
        self.summary_at = -1  # where the open summary's heading mark is in OUT
        self.small_heading_at = -1  # … and the open h5's or h6's
        self.list_depth = 0
        self.href: list[tuple[str, int]] = []  # each open link's target, where it opened
        self.bold_open = False  # a <b> or <strong> opened last and not yet closed
        # each open table's rows ended, its open row's cells and whether it is a body alone (a
        # <tbody> or <thead> with no <table> around it); inside a cell, where the
        # cell's text began (its blocks are lines of one cell, never lines of the page)
        self.tables: list[list[int]] = []
        self.cell_at: int | None = None
        self.inner_tables = 0
        self.headless = False  # the open table is a body alone: its first row is no header
        self.head_marked = False  # the open table's first row is marked its header (<th>, <thead>)
        self.row_at = 0  # where the open table row's text begins in OUT
        # each open table's cells that span rows: column → rows still to span; the open
        # row's next column, and the spanned columns it has filled
        self.spans: list[dict[int, int]] = []
        self.column = 0
        self.spanned: set[int] = set()
        self.wide = 0  # the open cell's columns past its first ("colspan=2"), to leave empty
        self.inline_closed = False  # the last thing read closed a <span>, <a> or <button>
        # inside a card's tags: the tag of the element that holds them, how deep in it, its
        # characters so far, and whether the tag being read has text yet
        self.tags_tag: str | None = None
        self.tags_depth = 0
        self.tags_chars = 0
        self.tag_text = False
        self.title_spans = 0  # spans open inside a '<span class="title">', itself counted
        # the element of an embedded tweet or a caption being passed over, how deep in it
        self.aside_tag: str | None = None
        self.aside_depth = 0
        self.title_tag = "span"  # (or the '<div class="title">' of a built publications page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.tags_tag is not None:  # inside a card's tags: each element one more tag
            self.tags_depth += tag == self.tags_tag
            if self.tag_text:
                self.out.append(", ")
                self.tag_text = False
            return
        if tag in _APART_INLINE and self.inline_closed:
            # "<span>NLP</span><span>CV</span>", "<a>Title</a><a>Title</a>": two, not "NLPCV"
            self.out.append(" ")
        self.inline_closed = False
        if _TAGS_CLASS.search(dict(attrs).get("class") or "") and not self._in_cell():
            # '<div class="tags"><span>NLP</span>…': a card's tags, a field of its own
            self.tags_tag, self.tags_depth, self.tags_chars = tag, 1, 0
            self.out.append("\nTags: ")
            return
        if self.aside_tag is not None:  # (its links and marks are passed over with its text)
            self.aside_depth += tag == self.aside_tag
            return
        if tag == "head":
            self.in_head = True
        elif self.in_head and tag not in self._HEAD_TAGS:
            self.in_head = False  # "</head>" may be left out: the body's first tag ends it
        if tag in self._SKIP:
            self.skip += 1
            return
        if tag in ("blockquote", "div") and (
            _ASIDE_CLASS.search(dict(attrs).get("class") or "")
            or dict(attrs).get("itemprop") == "description"
            or (dict(attrs).get("itemprop") == "articleBody" and not self.one_article)
        ):
            # an embedded tweet restates the paper the page names above it, in short; a
            # figure's caption names what the figure shows; a publication's abstract, cut
            # short ('<div itemprop="articleBody">How much … is an active area …</div>')
            self.aside_tag, self.aside_depth = tag, 1
            self.skip += 1
            return
        if tag in ("ul", "ol"):
            self.list_depth += 1
        if tag in ("td", "th", "tr") and self._in_cell() and not self.inner_tables:
            self.cell_at = None  # a cell left open ends where the next cell or row begins
        if tag == "tr" and self.tables and not self._in_cell() and self.tables[-1][1]:
            self._end_row()  # and a row left open where the next row begins
        if tag == "table":
            if self._in_cell():
                self.inner_tables += 1  # a table in a cell: its cells are lines of that cell
            else:
                self.tables.append([0, 0, 0])
                self.spans.append({})
                self.head_marked = False
        elif tag in ("tbody", "thead") and not self.tables:
            self.tables.append([0, 0, 1])  # "<tbody><tr><td>…": a table's body pasted without it
            self.spans.append({})
            self.headless = tag == "tbody"  # (its first row is a row, no header)
        if tag in ("thead", "th") and not self._in_cell():
            self.head_marked = True
        if self._in_cell():
            if tag in self._BLOCKS:
                self.out.append(" <br> ")  # a line of the cell ("cells split at <br>")
            elif tag in ("td", "th"):
                self.out.append(" ")
        elif tag in ("td", "th") and self.tables:
            if not self.tables[-1][1]:
                self.row_at = len(self.out)
            self._spanned_cells()
            self.out.append(" | ")
            self.tables[-1][1] += 1
            self.cell_at = len(self.out)
            rowspan = dict(attrs).get("rowspan") or ""
            if rowspan.isdigit() and int(rowspan) > 1:
                self.spans[-1][self.column] = min(int(rowspan), _MAX_SPAN) - 1
                self.spanned.add(self.column)  # (its own row is no row it spans down to)
            colspan = dict(attrs).get("colspan") or ""
            self.wide = (
                min(int(colspan), _MAX_SPAN) - 1 if colspan.isdigit() and colspan != "0" else 0
            )
            self.column += 1 + self.wide
        elif tag in self._BLOCKS and not (self.tables and tag == "tr" and self._at_line_start()):
            self.out.append("\n")  # (a table's rows follow each other, no blank line between)
            if _AUTHORS_CLASS.search(dict(attrs).get("class") or ""):
                self.out.append("Authors: ")  # '<p class="authors">A, B</p>': the field it is
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headed += 1
            if not self._in_cell():
                if tag in ("h5", "h6"):
                    self.small_heading_at = len(self.out)
                self.out.append("#" * int(tag[1]) + " ")
        elif tag == "summary":  # a collapsible section's name ("<details><summary>GANs")
            if not self._in_cell():
                self.summary_at = len(self.out)
                self.out.append("###### ")
        elif tag == "li":
            if not self._in_cell():
                self.out.append("  " * max(self.list_depth - 1, 0) + "- ")
        elif tag in ("b", "strong") or (tag == "u" and not self.headed):
            self.out.append("**")  # ("<u>Title</u>": an old page's emphasis, not a heading's)
            self.bold_open = True
        elif tag == self.title_tag and self.title_spans:
            self.title_spans += 1
        elif (
            tag == "span"
            and not self._in_cell()
            and self._at_line_start(blank_ok=True)
            and _AUTHORS_CLASS.search(dict(attrs).get("class") or "")
        ):
            self.out.append("Authors: ")  # '<span class="authors">A, B</span>; <i>Venue</i>'

        elif (
            tag in ("span", "div")
            and not self.bold_open
            and not self.headed
            and not self.title_spans
            and _TITLE_CLASS.search(dict(attrs).get("class") or "")
        ):
            # '<span class="title">Title</span>': the page marks its title, as bold would
            self.title_spans, self.title_tag = 1, tag
            self.out.append("**")
            self.bold_open = True
        elif tag == "a":
            href = (dict(attrs).get("href") or "").strip().strip("<>")
            self.href.append((href, len(self.out)))
            if href:
                self.out.append("[")

    def handle_endtag(self, tag: str) -> None:
        self.inline_closed = tag in _APART_INLINE
        if self.tags_tag is not None:
            self.tags_depth -= tag == self.tags_tag
            if not self.tags_depth:
                self._end_tags()
            return
        if self.aside_tag is not None:
            if tag == self.aside_tag:
                self.aside_depth -= 1
                if not self.aside_depth:
                    self.aside_tag = None
                    self.skip = max(self.skip - 1, 0)
            return
        if tag == "head":
            self.in_head = False
        if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.headed = max(self.headed - 1, 0)
        if tag in ("h5", "h6") and 0 <= self.small_heading_at < len(self.out):
            said = "".join(self.out[self.small_heading_at + 1 :]).rpartition(" - ")[2]
            if _byline(" ".join(said.split())):
                self.out[self.small_heading_at] = ""  # "<h6>Baidu - A, B, C</h6>": a byline
            self.small_heading_at = -1
        if tag in self._SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if tag in ("ul", "ol"):
            self.list_depth = max(self.list_depth - 1, 0)
        if tag == "summary" and 0 <= self.summary_at < len(self.out):
            if _byline("".join(self.out[self.summary_at + 1 :])):
                self.out[self.summary_at] = ""  # "<summary>A, B, C <em>ICLR</em> 2021": a byline
            self.summary_at = -1
        titled = tag == self.title_tag and self.title_spans == 1
        if tag == self.title_tag and self.title_spans:
            self.title_spans -= 1
        if tag in ("b", "strong") or (tag == "u" and not self.headed) or titled:
            self.bold_open = False
            # "<b>Title\n</b>": the space goes after the mark, or the mark closes nothing
            spaced = bool(self.out) and self.out[-1] != self.out[-1].rstrip()
            if spaced:
                self.out[-1] = self.out[-1].rstrip()
            self.out.append("** " if spaced else "**")
        elif tag == "a" and self.href:
            href, at = self.href.pop()
            if href:
                # ("doi.org/10.1016/0893-6080(89)90020-8": both brackets escaped, or the
                # markdown link would end at the first)
                target = f"({href.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})"
                # a card: the link holds a heading and a few lines (a bounded look back, so
                # that links nested deep are not joined again at every close)
                pieces = self.out[at + 1 :] if len(self.out) - at <= _CARD_PIECES else []
                inner = "".join(pieces) if sum(map(len, pieces)) <= _CARD_CHARS else ""
                if "\n" in inner.strip():
                    self.out[at:] = [_link_first_line(inner, target)]
                elif href.startswith("http") and _BRACKETED_LABEL.fullmatch(inner.strip()):
                    # '<a href=https://…>[Paper]</a>': the label's own brackets are no markdown's
                    # (an in-page toggle's '<a href="#…">[Abstract]</a>' is left as it is)
                    self.out[at + 1 :] = [inner.strip()[1:-1], "]" + target]
                else:
                    self.out.append("]" + target)
        if tag == "table" and self.inner_tables:
            self.inner_tables -= 1
        elif tag in ("td", "th", "tr", "table") and self._in_cell() and not self.inner_tables:
            self.cell_at = None  # (a row or table that ends ends its open cell)
        if self._in_cell():
            return
        if tag == "tr" and self.tables:
            self._end_row()
        elif self.tables and (tag == "table" or (tag in ("tbody", "thead") and self.tables[-1][2])):
            self._end_row()
            self.tables.pop()
            self.spans.pop()
        elif tag in self._BLOCKS:
            self.out.append("\n")

    def _spanned_cells(self) -> None:
        """Empty cells where cells of rows above span down to the open row's next column
        ("<td rowspan=3>Category</td>" over rows that leave that column out)."""
        self._wide_cells()
        spans = self.spans[-1]
        while spans.get(self.column, 0) > 0 and self.column not in self.spanned:
            spans[self.column] -= 1
            self.spanned.add(self.column)
            self.out.append(" | ")
            self.tables[-1][1] += 1
            self.column += 1

    def _wide_cells(self) -> None:
        """The empty cells after a cell that spans columns, one per column past its first."""
        self.out.extend([" | "] * self.wide)
        self.tables[-1][1] += self.wide
        self.wide = 0

    def _end_row(self) -> None:
        if self.tables[-1][1]:
            self._wide_cells()
        self.wide = 0
        spans = self.spans[-1]
        for column in [c for c, left in spans.items() if left and c not in self.spanned]:
            spans[column] -= 1  # a column spanned at the row's end (or by an empty row)
        self.column, self.spanned = 0, set()
        rows, cells = self.tables[-1][:2]
        self.tables[-1][:2] = [rows + 1 if cells else rows, 0]
        if cells and not rows and (self.headless or self._entry_row()):
            self.headless = False  # an empty header over the first row keeps it a row
            self.out.insert(self.row_at, "|" + "  |" * cells + "\n|" + " --- |" * cells + "\n")
            self.out.append(" |\n")
        elif cells:
            # a markdown table's first row is its header: the rule under it makes it one
            self.out.append(" |" + ("\n|" + " --- |" * cells if not rows else "") + "\n")

    def _in_cell(self) -> bool:
        return self.cell_at is not None

    def _entry_row(self) -> bool:
        """Whether the open row, a table's first, is an entry and no header: no <th> or
        <thead> marks it, and a cell of it runs to a sentence (a bibliography's "[1] | A. Name,
        "Title," in Proc. …"), where a header names its columns in a word or two."""
        if self.head_marked:
            return False
        row = "".join(self.out[self.row_at :])
        cells = [cell for cell in row.split(" | ") if cell.strip()]
        # (a lone cell of a title's words: "<tr><td>Folding Cameras for Wide Scenes</td></tr>")
        most = LONE_HEADER_WORDS if len(cells) == 1 else HEADER_WORDS
        return any(len(cell.split()) > most for cell in cells)

    def _at_line_start(self, blank_ok: bool = False) -> bool:
        """Whether what comes next opens a line (after blanks only, when BLANK_OK)."""
        last = len(self.out) - 1
        while blank_ok and last >= 0 and not self.out[last].strip() and "\n" not in self.out[last]:
            last -= 1
        if blank_ok and last >= 0 and not self.out[last].strip():
            return True  # ("<p>\n    <span …>": a newline in the blank between)
        return last < 0 or self.out[last].endswith("\n")

    def _end_tags(self) -> None:
        self.tags_tag, self.tag_text = None, False
        self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.inline_closed = False
        if self.tags_tag is not None and not self.skip:
            self.tag_text = self.tag_text or bool(data.strip())
            self.tags_chars += len(data)
            if self.tags_chars > _TAGS_CHARS:
                self._end_tags()  # (a tags element left open ends its field in time)
        if not self.skip and not self.in_head:
            text = re.sub(r"\s+", " ", data)
            if self._in_cell():
                text = text.replace("|", "\\|")  # a bar in a cell's text divides no cells
            elif self.tables and not text.strip():
                return  # the space between a table's rows and cells
            if self.out and self.out[-1] == "**" and self.bold_open:
                text = text.lstrip()  # "<b> Title": the mark opens on the word
            if text.lstrip().startswith("#") and self._at_line_start(blank_ok=True):
                # '<div class="abstract"># 論文摘要翻譯 …': the page's text, no heading
                text = _TEXT_HEADING_MARK.sub("", text, count=1)
            self.out.append(text)


_TEXT_HEADING_MARK = lazy_re(r"^\s*#{1,6}\s+")  # a markdown heading's mark in an HTML page's text
# '<p class="authors">', '<div class="paper-authors">': a block that is a paper's authors (not
# a post's byline, '<span class="author">')
_AUTHORS_CLASS = lazy_re(r"(?:^|[\s_-])authors(?:$|[\s_-])", re.IGNORECASE)
# '<blockquote class="twitter-tweet">', '<div class="caption">': no part of the page's list
_ASIDE_CLASS = lazy_re(r"(?<![\w-])(?:twitter-tweet|caption)(?![\w-])")
_TAGS_CLASS = lazy_re(r"(?<![\w-])(?:tags|keywords|labels)(?![\w-])", re.IGNORECASE)
_TITLE_CLASS = lazy_re(r"(?<![\w-])(?:(?:paper|pub|publication|article)-?)?title(?![\w-])", re.I)
_TAGS_CHARS = 1000  # characters, at most, of a card's tags
_GITHUB_BUTTON = lazy_re(
    r"<a\b[^<>]{0,300}\bclass\s*=\s*[\"']?github-button[^<>]{0,600}>[^<>]{0,100}</a\s*>",
    re.IGNORECASE,
)
HEADER_WORDS = 8  # words in a header's cell, at most: more, and its row is an entry
LONE_HEADER_WORDS = 4  # words in a header's one cell, at most
_MAX_SPAN = 1000  # rows a cell spans, at most ("rowspan=99999" spans no more)
_BRACKETED_LABEL = lazy_re(r"\[[^\[\]\n]{1,30}\]")
_CARD_PIECES = 60  # text pieces a link wrapping a card holds, at most
_CARD_CHARS = 2000  # and characters
_LINE_LEAD = lazy_re(r"^(\s*(?:#{1,6}\s+|-\s+)?)(.*?)(\s*)$")


def _link_first_line(inner: str, target: str) -> str:
    """INNER, the blocks a link wraps (a card's heading, venue, date), with the link on its
    first line with text ("### [Title](url)"): markdown links hold no blocks."""
    lines = inner.split("\n")
    texts = [k for k, line in enumerate(lines) if line.strip()]
    if not texts:
        return inner
    at = texts[0]
    if len(texts) > 1 and _card_label_first(lines[texts[0]], lines[texts[1]]):
        # '<a><div>Paper · 2025</div><div>Title</div><div>Authors</div></a>': the card's
        # kind is a label over its title; the title leads, so that the label's year and
        # venue stay with it and the link names the title, never the label
        lines[texts[0]], lines[texts[1]] = lines[texts[1]], lines[texts[0]]
    lead = _LINE_LEAD.match(lines[at])
    if lead is not None:
        lines[at] = f"{lead.group(1)}[{lead.group(2)}]{target}{lead.group(3)}"
    return "\n".join(lines)


def _card_label_first(first: str, second: str) -> bool:
    """Whether a card's FIRST line is a short label ("Paper · ICLR 2026", "Dataset") over
    its SECOND, a line of more words that is no heading."""
    first, second = first.strip(), second.strip()
    if first.startswith("#") or second.startswith("#"):
        return False
    return _words(first) <= 3 and _words(second) >= 4


def _words(line: str) -> int:
    return sum(1 for word in line.split() if any(c.isalnum() for c in word))


def html_to_markdown(html: str) -> str:
    """HTML as markdown-shaped lines; never raises."""
    if "github-button" in html:  # a repository's "Star" and "Fork" buttons say no words of it
        html = _GITHUB_BUTTON.sub("", html)
    parser = _HtmlToMarkdown()
    parser.one_article = html.count('itemprop="articleBody"') < 2
    try:
        parser.feed(html)
        parser.close()
    except (AssertionError, ValueError):  # html.parser's own failures on broken markup
        pass
    text = "".join(parser.out)
    text = re.sub(r"\*\*\s*\*\*", "", text)
    return "\n".join(line.strip() for line in text.split("\n"))
