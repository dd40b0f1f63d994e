"""BibTeX entries pasted into a page ("cite as", a code block of a reading list), taken out
of its text so that the BibTeX reader reads them whole and the line stages never see
``title={...}`` lines."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from papercli.importers.digest.blocks import BLANK_VALUES, YEAR
from papercli.importers.digest.code_args import top_level_parts
from papercli.lazy_regex import lazy_re

# an entry's head: "@inproceedings{vaswani2017attention," at a line's start
_ENTRY = lazy_re(
    # ("<pre><code>@inproceedings{…": an entry shown in a page's code block, not inline code)
    r"(?:^[ \t>]*|<pre\b[^>\n]{0,80}>\s*(?:<code\b[^>\n]{0,80}>\s*)?)"
    r"@(?:article|inproceedings|conference|incollection|inbook|book|misc|techreport|"
    r"phdthesis|mastersthesis|unpublished|online|proceedings|software|dataset)\s*[{(]",
    re.IGNORECASE | re.MULTILINE,
)
MAX_ENTRY = 20_000  # characters: an unclosed brace ends the entry here


_RIS_START = lazy_re(r"TY  - ")
_RIS_END = lazy_re(r"ER  -(?:\s.*)?")


def take_ris(text: str) -> tuple[str, str]:
    """TEXT with its RIS records ("TY  - JOUR" … "ER  - ", an EndNote or Zotero export pasted
    in) blanked out, line count kept, and those records as one RIS text ("" when none)."""
    if "TY  - " not in text:
        return text, ""
    lines = text.split("\n")
    taken: list[str] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if _RIS_START.match(line):
            start = i
        elif start is not None and _RIS_END.fullmatch(line.rstrip()):
            taken.extend(lines[start : i + 1])
            lines[start : i + 1] = [""] * (i + 1 - start)
            start = None
    return ("\n".join(lines), "\n".join(taken)) if taken else (text, "")


# "% =============== Traditional", "% --- 2026 ---": a BibTeX file's comment line; its text
# without the rules around it
_COMMENT_LINE = lazy_re(r"^[ \t]*%+[ \t=*#\-]*(.*)$")
SECTION_WORDS = 8  # words, at most, of a comment that names a section
# "-------------------- Papers --------------------": text between entries, which BibTeX
# reads as a comment, a label between rules
_RULED_LABEL = lazy_re(r"^[ \t]*[-=#*]{3,}[ \t]*([^\s\-=#*][^\n]{0,60}?)[ \t]*[-=#*]{3,}[ \t]*$")


def _comment_section(gap: str) -> str:
    """The section a BibTeX file's comments between two entries open ("% ==== Metric based"):
    the last comment standing alone (or between rules) that reads as a heading, not a note
    of several lines, a commented-out field, or a sentence; "" when there is none."""
    section = ""
    group: list[str] = []  # the text of each comment line in a run of them
    for line in [*gap.split("\n"), ""]:
        comment = _COMMENT_LINE.match(line) or _RULED_LABEL.match(line)
        if comment is not None:
            group.append(comment.group(1).rstrip(" \t=*#-"))
            continue
        texts = [t for t in group if t]
        if len(texts) == 1 and len(texts[0].split()) <= SECTION_WORDS:
            text = texts[0]
            if (
                not re.search(r"[{}@=:/`]|[.;,]$", text)
                and not text.lower().startswith("todo")
                and not _TOOL_BANNER.search(text)
            ):
                section = text
        group = []
    return section


# "%% Saved with string encoding Unicode (UTF-8)": what a reference manager writes atop its file
_TOOL_BANNER = lazy_re(
    r"\b(?:saved\s+with\s+string\s+encoding|created\s+(?:for|using|by)\b|bibdesk|jabref|zotero|"
    r"mendeley|generated\s+by)",
    re.IGNORECASE,
)


# (no run of spaces before it: tried at each space of a long run, that would be quadratic)
_LINE_BREAK_END = lazy_re(r"<br\s*/?>[ \t]*$", re.MULTILINE | re.IGNORECASE)
# an anchor bibtex2html writes around an entry's key or a field's address, just inside a brace
_BIBTEX_ANCHOR = lazy_re(r"(?<=\{)<a\b[^<>\n]{0,500}>([^<>\n]{0,500})</a>")
_ENTRY_KEY = lazy_re(r"^@\w+\s*[{(][^,\n]*,")


def take_bibtex(text: str) -> tuple[str, list[str]]:
    """TEXT with its BibTeX entries blanked out (each kept line count, so line numbers hold),
    and the entries. An entry runs to the brace that closes its first one."""
    if "{<a " in text:  # bibtex2html's page: "@inproceedings{<a href=…>Key</a>,", "url = {<a …"
        text = _BIBTEX_ANCHOR.sub(r"\1", text)
    entries: list[str] = []
    spans: list[tuple[int, int]] = []
    done = 0
    topic = ""  # the section a comment line opens over the entries below it
    heads = list(_ENTRY.finditer(text))
    for k, match in enumerate(heads):
        if match.start() < done:
            continue  # inside the entry before it
        last = k == len(heads) - 1  # only the page's last entry can be cut off by its end
        # an entry closes before the next one's head (so each character is scanned once)
        end = _closing(text, match.end() - 1, len(text) if last else heads[k + 1].start())
        entry = text[match.start() : end] if end is not None else None
        if entry is None and last:
            entry, end = _cut_off(text, match.start())
        if entry is None or end is None:
            continue
        entry = entry[entry.index("@") :]  # (after the code block's tag that opens it)
        topic = _comment_section(text[done : match.start()]) or topic
        if "<br" in entry:  # "  title={Title}, <br />": an entry pasted into markdown's lines
            entry = _LINE_BREAK_END.sub("", entry)
        entry = _KEY_WITHOUT_COMMA.sub(r"\1,\2", entry.strip(), count=1)
        if topic and EXTRA_TOPICS not in entry:  # "% ==== Metric based" over its entries
            head = _ENTRY_KEY.match(entry)
            if head is not None:
                entry = f"{head.group(0)} {EXTRA_TOPICS} = {{{topic}}},{entry[head.end() :]}"
        entries.append(entry)
        spans.append((match.start(), end))
        done = end
    if not entries:
        return text, []
    # ("%  bibsource = {dblp …}": an entry commented out, field by field, no text of the page)
    return _COMMENTED_FIELD.sub("", _blanked(text, spans)), entries


_COMMENTED_FIELD = lazy_re(
    r"^[ \t]*%[ \t]*(?:@\w+\s*\{.*|\w+\s*=\s*[{\"].*|\}[ \t]*,?)$", re.MULTILINE
)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """TEXT with each of SPANS (in order, not overlapping) blanked out to the line breaks it
    held, so that the lines after it keep their numbers."""
    pieces, done = [], 0
    for start, end in spans:
        pieces += [text[done:start], "\n" * text.count("\n", start, end)]
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


# "@inproceedings{Zhang-etal-2023-ji⏎    author = …": the key's comma left out
_KEY_WITHOUT_COMMA = lazy_re(r"^(@\w+\s*[{(]\s*[^\s,{}()=\"]+)(\s*\n\s*\w+\s*=)")
# a field that ends its line: "  year = {2023},", "  pages = {1--12}"
_FIELD_END = lazy_re(r"[}\"\d],?[ \t]*$", re.MULTILINE)


def _cut_off(text: str, start: int) -> tuple[str | None, int | None]:
    """The page's last entry, cut off before its closing brace (a page's excerpt ends inside
    it): its whole fields, closed, and where they end; (None, None) when it is too long or has
    no whole field."""
    if len(text) - start > MAX_ENTRY:
        return None, None
    # (an entry in a code block whose braces do not balance ends with its block, before the
    # page's text below: "note = {\\url{…}" / "}" / "```" / "## References")
    stops = [at for at in (text.find("\n```", start), text.find("\n#", start)) if at >= 0]
    ends = list(_FIELD_END.finditer(text, start, min(stops, default=len(text))))
    if not ends:
        return None, None
    return text[start : ends[-1].end()].rstrip().rstrip(",") + "\n}", ends[-1].end()


def _closing(text: str, start: int, stop: int) -> int | None:
    """One past the bracket that closes the one at START, or None before STOP or within
    MAX_ENTRY."""
    opening = text[start]
    closing = "}" if opening == "{" else ")"
    depth = 0
    for i in range(start, min(stop, start + MAX_ENTRY)):
        char = text[i]
        if char == "{" or (char == opening and opening == "("):
            depth += 1
        elif char == "}" or (char == closing and closing == ")"):
            depth -= 1
            if depth == 0:
                return i + 1
    return None


# '{"citation": "A. Smith, \"Title,\" 2020.", "readon": "6/2/21"},': a JSON or JavaScript
# data file's record, one or more "key": "value" pairs on a line
# (the space before the opening bracket and the space after it are two runs, never one read
# two ways: a line of spaces alone is read once)
_DATA_LINE = lazy_re(r'^\s*(?:[\[{,]\s*)?"[\w \-]{1,40}"\s*:\s*"')
_PAIR = lazy_re(r'"([\w \-]{1,40})"\s*:\s*"((?:[^"\\\n]|\\.){0,4000})"')
_BRACKET_LINE = lazy_re(r"^\s*[\[\]{}]{1,2},?\s*$")
DATA_LINES = 3  # a page with at least this many such lines is a data file
# the keys whose value is a whole reference ("citation": "A, B, \"Title,\" arXiv:…"): its
# line is the reference alone, as a reference list writes it
_WHOLE_CITATION = {"citation", "reference", "ref", "cite", "bib", "bibliography"}


AWARD_ENTRIES = 3  # a YAML list's items titled by an award, at least, for it to be a list of them
AWARD_ITEM_LINES = 20  # lines of one honour's item, at most, read either side of its title
# "- year: 2021" / "  title: ACM SOSP Best Paper Award" / '  description: "Title"' /
# "  recipient: A, B": a lab's list of honours, each titled by the honour
_AWARD_ITEM_TITLE = lazy_re(
    r"^(\s*(?:-\s+)?)title:\s*['\"]?(.*\b(?:awards?|prizes?|fellowships?|scholarships?|"
    r"honou?rable\s+mention|best\s+(?:paper|poster|student\s+paper)|top\s+picks|rising\s+stars|"
    r"featured\s+article|finalist|runner-up)\b.*?)['\"]?\s*$",
    re.IGNORECASE,
)
_DESCRIPTION_KEY = lazy_re(r"description:", re.IGNORECASE)
_ITEM_TITLE = lazy_re(r"^(\s*(?:-\s+)?)title:\s*['\"]?(.*?)['\"]?\s*$")
_AWARD_WORDS = lazy_re(
    r"\b(?:best|distinguished|outstanding|honou?rable|awards?|prizes?|top\s+picks|featured)\b",
    re.IGNORECASE,
)
_PAPER_FIELD_LINE = lazy_re(
    r"^\s*(?:-\s+)?(?:paper|url|link|pdf|doi|arxiv|venue)\s*:", re.IGNORECASE
)
_AWARD_ITEM_FIELD = lazy_re(
    r"^(\s*)(description|recipients?|awardees?):\s*(.*?)\s*$", re.IGNORECASE
)


def award_entries_as_papers(text: str) -> str:
    """TEXT, when it is a YAML list of honours (AWARD_ENTRIES items or more titled by an award,
    "title: Best Paper Award"), with each item that names a paper in its quoted description
    written as that paper: its title the description, its authors the recipients, its topic
    the award (and the venue the award names, on a line of its own); the items that name no
    paper (a fellowship, a person's prize) blanked. Else TEXT as it is."""
    if _DESCRIPTION_KEY.search(text) is None:
        return text  # (most pages: no honour describes a paper)
    lines = text.split("\n")
    awards = sum(1 for line in lines if _AWARD_ITEM_TITLE.match(line))
    if (
        awards < AWARD_ENTRIES
        or not any(line.lstrip().lower().startswith("description:") for line in lines)
        or awards * 2 < sum(1 for line in lines if line.lstrip().startswith(("title:", "- title:")))
    ):
        return text
    from papercli.importers.venues import find_venue_year

    out = list(lines)
    titled = ((i, item) for i, line in enumerate(lines) if (item := _ITEM_TITLE.match(line)))
    for i, item in titled:
        start = i  # the item's "- " line, at or over its title
        while (
            start > max(0, i - AWARD_ITEM_LINES)
            and not lines[start].lstrip().startswith("- ")
            and lines[start - 1].strip()
        ):
            start -= 1
        end = i + 1
        while (
            end < min(len(lines), i + AWARD_ITEM_LINES)
            and lines[end].strip()
            and not lines[end].lstrip().startswith(("- ", "title:"))
        ):
            end += 1
        fields = {
            found.group(2).lower().rstrip("s"): (k, found.group(3))
            for k in range(start, end)
            if (found := _AWARD_ITEM_FIELD.match(lines[k])) is not None
        }
        paper = fields.get("description", (0, ""))[1]
        if len(paper) > 10 and paper[0] == paper[-1] and paper[0] in "\"'":
            out[i] = f"{item.group(1)}title: {paper}"
            out[fields["description"][0]] = f"  subcategory: {_yaml_quoted(item.group(2))}"
            lead = _AWARD_WORDS.split(item.group(2), maxsplit=1)[0].strip(" ,-")
            if find_venue_year(lead)[0] is not None:  # "USENIX OSDI Distinguished Artifact Award"
                out[i] += f"\n  venue: {_yaml_quoted(lead)}"
            for name in ("recipient", "awardee"):
                if name in fields:
                    out[fields[name][0]] = f"  author: {fields[name][1]}"
        elif not any(_PAPER_FIELD_LINE.match(lines[k]) for k in range(start, end)):
            out[start:end] = [""] * (end - start)  # a person's honour: no paper
    return "\n".join(out)


def _yaml_quoted(value: str) -> str:
    """VALUE as a double-quoted YAML scalar."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def data_fields(text: str) -> str:
    """TEXT with each line of "key": "value" pairs written as its fields, one "key: value"
    line each, the values unescaped (a data file escapes the quotes around a cited title);
    other text as it is. Pages with fewer than DATA_LINES such lines, and fewer than four
    pairs in them, are left whole."""
    lines = text.split("\n")
    data = [line for line in lines if _DATA_LINE.match(line)]
    if len(data) < DATA_LINES and sum(len(_PAIR.findall(line[:20_000])) for line in data) < 4:
        return text  # (one record on one line, '{"title": "…", "authors": "…", …}', is data)
    out: list[str] = []
    for line in lines:
        pairs = _PAIR.findall(line) if _DATA_LINE.match(line) else []
        if not pairs:
            # an object's own bracket line parts it from the next: a blank line, as a paragraph
            out.append("" if _BRACKET_LINE.match(line) else line)
            continue
        out.extend(
            _unescaped(value) if key.lower() in _WHOLE_CITATION else f"{key}: {_unescaped(value)}"
            for key, value in pairs
            if value.strip()
        )
        markup = _MARKUP_AFTER_DATA.search(line)
        if markup is not None:  # '{"headline": …}</script>': the page's markup goes on
            out.append(markup.group(1))
    return "\n".join(out)


_MARKUP_AFTER_DATA = lazy_re(r"[}\]]\s*(<[^\n]*)$")


def _unescaped(value: str) -> str:
    """A JSON string literal's escapes read (\\" \\/ \\u00e9); VALUE as it is if not one."""
    import json

    try:
        decoded = json.loads(f'"{value}"')
    except ValueError:
        return value
    return " ".join(str(decoded).split())


# "    - paper-title: Title", "  paper_author: A, B": a YAML data file's field line
_YAML_FIELD = lazy_re(r"^([ \t]*)(-[ \t]+)?([A-Za-z][\w-]{0,30})[ \t]*:(.*)$")
_YAML_KEY_PREFIX = lazy_re(r"^(?:paper|article|item|ref)[-_]", re.IGNORECASE)
# a data file's names for a paper's fields (a YAML list's keys, a CSV file's columns), as the
# BibTeX fields they are
_DATA_FIELDS = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "venue": "booktitle",
    "journal": "journal",
    "booktitle": "booktitle",
    "conference": "booktitle",
    "conf": "booktitle",
    "proceedings": "booktitle",  # a DBLP export's "ndss", "uss"
    "publication": "booktitle",  # a scholar profile's export: where the paper appeared
    "year": "year",
    "link": "url",
    "url": "url",
    "pdf": "url",
    "pdfurl": "url",
    "pdf_url": "url",
    "doi": "doi",
}
# (the same fields named in the page's own language: "Título", "Auteurs", "标题", "作者")
_DATA_FIELDS |= dict.fromkeys(
    (
        "título",
        "titulo",
        "titre",
        "titel",
        "标题",
        "題目",
        "题目",
        "论文标题",
        "論文名",
        "タイトル",
    ),
    "title",
)
_DATA_FIELDS |= dict.fromkeys(("autores", "auteurs", "autoren", "作者", "著者", "저자"), "author")
# ("first_author: Zhiyuan Li": the one name a curated list keeps)
_DATA_FIELDS |= dict.fromkeys(("first_author", "firstauthor", "lead_author"), "author")
_DATA_FIELDS |= dict.fromkeys(("año", "année", "annee", "jahr", "年份", "年"), "year")
_DATA_FIELDS |= dict.fromkeys(("enlace", "lien", "链接", "論文リンク"), "url")
EXTRA_TOPICS = "x-papercli-topics"  # the BibTeX reader's field for an entry's topics
_YAML_KEYS = {**_DATA_FIELDS, "published": "booktitle"}
# an entry's own topic, or its list of them ("topics:" / "- Bayesian Learning", joined by ";")
_YAML_KEYS |= dict.fromkeys(
    ("topic", "weektopic", "topics", "category", "subcategory", "section", "tags"), EXTRA_TOPICS
)
# "translation: 基于…的研究", "alt_title: …": the title in another language, as the BibTeX reader
# takes a paper's other titles
_YAML_KEYS |= dict.fromkeys(("translation", "alt_title"), "x-papercli-alt-titles")
# the name a map of titles files one under ("resnet: 'Deep Residual Learning …'"), kept as a
# field of its own so that the title alone makes an entry
_YAML_KEYS["map_key"] = "x-papercli-map-key"
_YAML_KEYS["openreview_id"] = "x-papercli-openreview-id"  # ("openreview_id: Fd2YpI-le0N")
# a template call's award or category ('category="Best efficient NLP paper"'): the section a
# paper stands in on its page, as the BibTeX reader takes a paper's topics
_CALL_FIELDS = {**_DATA_FIELDS, **dict.fromkeys(("category", "award", "topic"), EXTRA_TOPICS)}
# the keys that name a level of a YAML list ("- theme: Voice" over its papers): a topic
_SECTION_KEYS = {"title", "name", "theme", "topic", "category", "section", "session", "track"}
_SECTION_KEYS |= {"area", "weektitle", "heading", "group", "display", "label"}
_NOT_A_PAPER = "x-not-a-paper"
_CITED_BY_ID = "x-cited-by-id"  # an entry that a citation tool's id names
# "doi:10.1109/TPAMI.2020.2980827", "url:https://…", "arxiv:2101.00001", "10.1038/s41592-…"
_CITATION_ID = lazy_re(
    r"(?:(doi|url|arxiv):)?(10\.\d{4,9}/\S{1,200}|(?<=url:)https?://\S{1,500}"
    r"|(?<=arxiv:)\d{4}\.\d{4,5}(?:v\d+)?)",
    re.IGNORECASE,
)
_SECTION_LINE = "x-section-line"
# a list of a session's other material, not its papers ("resources:" / "- title: Code")
_RESOURCE_KEYS = {
    *("resources", "resource", "materials", "links", "slides", "videos", "code"),
    # a site's menu ("navigation:" / "- title: Schedule") and its people ("keynote:" /
    # "- title: Mark Najork"): no papers
    *("navigation", "nav", "menu", "sidebar", "footer", "keynote", "keynotes", "invited"),
    *("speakers", "organizers", "organisers", "committee", "people", "members", "team"),
}
# a list a session holds its papers in ("papers:" / "- title: …"): where the page files them
_PAPER_KEYS = {"papers", "paper", "readings", "reading", "presentations", "presentation"}
_PAPER_HELD = "x-paper-held"
# "DQN Paper", "FunSearch Paper (2023)": a paper's short name, under the level it is titled by
_TITLE_KEYS = {"title", "name"}  # a level's keys that may hold its paper's title
_NAMED_PAPER = lazy_re(r"^[^:]{1,40}?\s[Pp]aper(?:\s*\((?:19|20)\d\d\))?$")
YAML_TITLES = 3  # a page with this many entries (a title and another field each) is data


class _Level(NamedTuple):
    """A named level of a YAML list ("- date: …" / "  title: Ethics"), over its entries."""

    indent: int
    bibtex: str  # its name as a BibTeX value
    line: int
    written: str  # its name as the file writes it
    key: str  # the key that names it ("title", "theme")


# "Paik, S., Novozhilova, E., & Katz, J. ": an APA citation's names, before its title
_CITED_NAMES_LEAD = lazy_re(
    r"^((?:[A-Z][\w'’\-]+,\s+(?:[A-Z]\.\s?(?:-[A-Z]\.)?){1,3},?\s+(?:&\s+)?){1,12})(?=[A-Z0-9])"
)


# a data file's title cites its paper by one or two surnames ("Hafner et al.", "Cichy & Kaiser")
# and a year: after the title, "Title (Hafner et al. 2023)"; as a byline, "Title by Francon et
# al. 2020"; or before it, "Optional: Doerig et al. (2023) — Title (Nature)" (a reading's label,
# the citation, a dash, then the title and where it appeared)
_CITED_WHO = r"([A-Z][\w'’\-]+(?:\s+(?:et\s+al\.?|and\s+[A-Z][\w'’\-]+|&\s+[A-Z][\w'’\-]+))?)"
CITED_AFTER = lazy_re(rf"(?<!\s)\s*[(（]{_CITED_WHO}" r",?\s+((?:19|20)\d\d)[a-z]?[)）]$")
# "Title (Engels et al.)", "Title (Gardner et al., Nature)": names alone, where a column
# gives the year (two names or "et al.": "Title (Word2Vec)" is its nickname)
CITED_NAMES_AFTER = lazy_re(
    r"(?<!\s)\s*[(（]([A-Z][\w'’\-]+\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][\w'’\-]+))"
    r"(?:,\s*([A-Z][\w ]{1,30}))?[)）]$"
)
CITED_BY_AFTER = lazy_re(rf"(?<!\s)\s+by\s+{_CITED_WHO}" r",?\s+((?:19|20)\d\d)[a-z]?$")
_CITED_BEFORE = lazy_re(
    rf"^(?:[A-Z][\w ]{{1,30}}:\s+)?{_CITED_WHO}"
    r"\s+\(((?:19|20)\d\d)[a-z]?\)\s*[—–]\s+(\S.{7,}?)"
    r"(?:\s+\(((?:[A-Z][\w&\-]*|of|the|and|for|on)(?:\s(?:[A-Z][\w&\-]*|of|the|and|for|on)){0,7})\))?$"
)


def _cited_before(lead: re.Match[str], fields: dict[str, str]) -> str:
    """The title of a reading written after its citation (LEAD), with its authors, year and
    venue put into FIELDS where they are not yet there."""
    who = re.sub(r"\s+et\s+al\.?$", "", lead.group(1))
    fields.setdefault("author", " and ".join(re.split(r"\s+(?:and|&)\s+", who)))
    fields.setdefault("year", lead.group(2))
    if lead.group(4):
        fields.setdefault("journal", _bibtex_value(lead.group(4)))
    return lead.group(3)


# "2021-03-05", "March 2022", "Mar 5, 2022", "2019": a date alone, no venue
_DATE_ONLY = lazy_re(
    r"^(?:(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?)?(?:19|20)\d\d(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?"
    # ("2019-06-17T15:06:47Z": arXiv's timestamp of the day it came out)
    r"(?:[T ]\d{1,2}:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:Z|[+-]\d\d:?\d\d)?)?$",
    re.IGNORECASE,
)
_ADDRESS = lazy_re(r"https?://\S+$")
_PLACE = lazy_re(r"[/.]\S")  # a value that says where: an address or a file's path
_ARXIV_KEYS = {"arxiv", "arxiv_id", "arxivid", "arxiv-id", "eprint"}
_BARE_ARXIV = lazy_re(r"(?i:arxiv:\s?)?\d{4}\.\d{4,5}(?:v\d{1,2})?")
_ARXIV_ADDRESS = lazy_re(r"https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/\S+$")
_HF_PAPER_PAGE = lazy_re(r"https?://(?:www\.)?huggingface\.co/papers/")
_CODE_KEY = lazy_re(r"code|github|repo", re.IGNORECASE)
_PROJECT_KEY = lazy_re(r"project", re.IGNORECASE)
_REPOSITORY = lazy_re(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|gitee\.com)/[^/\s]+/[^/\s]+")
# the keys of a data file's other links: its code, talk, slides, site
_NOT_PAPER_LINK = lazy_re(
    r"code|git|repo|slide|video|talk|youtube|project|site|home|blog|demo|poster|image|img|"
    r"thumb|logo|icon|avatar|photo|cover|bib|tweet|twitter|data",
    re.IGNORECASE,
)


_BARE_DASH = lazy_re(r"^([ \t]*)-[ \t]*$")
_VENUE_YEAR_FIELD = "x-venue-year"  # an entry's year as its venue names it, until the end


def _keyed_objects_listed(lines: list[str]) -> list[str]:
    """LINES with each object a script files under a key ("    moss2020folding: {" / "author:
    …" / "title: …" / "},") opened by a dash alone and closed by a blank line, when at least
    KEYED_ITEMS are and each holds a title: a list's items, whatever order their fields take."""
    openers = [k for k, line in enumerate(lines[:20_000]) if _KEYED_OBJECT.match(line)]
    if len(openers) < KEYED_ITEMS:
        return lines
    out = list(lines)
    listed = 0
    for k in openers:
        indent = len(lines[k]) - len(lines[k].lstrip())
        for end in range(k + 1, min(len(lines), k + 1 + MAX_ITEM_LINES)):
            closer = _OBJECT_CLOSER.match(lines[end])
            if closer is not None and len(closer.group(1)) <= indent:
                break
        else:
            continue
        if not any(_OBJECT_TITLE.match(line) for line in lines[k + 1 : end]):
            continue
        out[k], out[end] = " " * indent + "-", ""
        listed += 1
    return out if listed >= KEYED_ITEMS else lines


_KEYED_OBJECT = lazy_re(r"^[ \t]*[\"']?[\w$-]{1,60}[\"']?[ \t]*:[ \t]*\{[ \t]*$")
_OBJECT_CLOSER = lazy_re(r"^([ \t]*)\}[ \t]*,?[ \t]*$")
_OBJECT_TITLE = lazy_re(r"^[ \t]*[\"']?title[\"']?[ \t]*:", re.IGNORECASE)


def _bare_dashes_joined(lines: list[str]) -> list[str]:
    """LINES with each item opened by a dash alone on its line ("    -" over "        title:
    …") written as YAML's other form, the dash before its first field ("      - title: …")."""
    if not any(_BARE_DASH.match(line) for line in lines[:20_000]):
        return lines
    out = list(lines)
    for k, line in enumerate(out[:-1]):
        dash = _BARE_DASH.match(line)
        field = _YAML_FIELD.match(out[k + 1]) if dash is not None else None
        if dash is None or field is None or field.group(2):
            continue
        inner = len(field.group(1))
        if inner < len(dash.group(1)) + 2:
            continue  # the field is no deeper than the dash: no item of its
        out[k] = ""
        out[k + 1] = " " * (inner - 2) + "- " + out[k + 1].lstrip()
    return out


QUOTED_KEYS = 4  # keys in single quotes, at least, for a page's keys to be read bare
# "    'title': 'T'": a key in single quotes, as a program's dump of its dictionaries writes it
_QUOTED_KEY = lazy_re(r"^([ \t]*(?:-[ \t]+)?)'([\w-]{1,40})'([ \t]*:)")


def _quoted_keys_bare(lines: list[str]) -> list[str]:
    """LINES with each key written in single quotes ("  '100':" / "    'title': 'T'") written
    bare, when at least QUOTED_KEYS are."""
    if sum(1 for line in lines[:20_000] if _QUOTED_KEY.match(line)) < QUOTED_KEYS:
        return lines
    # ("pubs.append({" / "    'title': 'T'," / "})": a script that appends each as a dict,
    # read as a list's items)
    return [
        "-" if _APPENDED_DICT.match(line) else _strings_joined(_QUOTED_KEY.sub(r"\1\2\3", line))
        for line in lines
    ]


_APPENDED_DICT = lazy_re(r"^[ \t]*[A-Za-z_][\w.]{0,60}\.append\(\s*\{\s*$")


# "author: ('Chen Yueh-Han', 'Nitish Joshi', 'He He')," (a Python tuple or list of strings)
_STRING_TUPLE = lazy_re(
    r":[ \t]*[(\[][ \t]*((?:'[^'\n]*'[ \t]*,[ \t]*)*'[^'\n]*')[ \t]*,?[ \t]*[)\]][ \t]*,?[ \t]*$"
)


_DICT_FIELD_COMMA = lazy_re(r"^[ \t]*[\w-]{1,40}[ \t]*:[ \t]*'[^\n]*'[ \t]*,[ \t]*$")


def _strings_joined(line: str) -> str:
    """LINE with a field's tuple or list of quoted strings written as one value, the strings
    parted by commas ("author: Chen Yueh-Han, Nitish Joshi, He He")."""
    found = _STRING_TUPLE.search(line) if "'" in line else None
    if found is None:  # "title: 'T'," as a dict's field: the comma is the dict's, no value's
        return line.rstrip()[:-1] if _DICT_FIELD_COMMA.match(line) else line
    joined = ", ".join(part.strip().strip("'") for part in found.group(1).split("',"))
    return f"{line[: found.start()]}: {joined}"


# "  authors:" / "  - first_name: Roman" / "    last_name: Klinger" / "    name: Roman Klinger":
# a proceedings tool's (ACLPUB's) list of people, each a mapping of the parts of their name
_PEOPLE_HOLDER = lazy_re(r"^([ \t]*)((?:-[ \t]+)?)(authors?|editors?)[ \t]*:[ \t]*$", re.IGNORECASE)
_PERSON_PART = lazy_re(
    r"^[ \t]*(?:-[ \t]+)?(name|first_name|middle_name|last_name)[ \t]*:[ \t]*(.*?)[ \t]*$"
)
_ITEM_START = lazy_re(r"^([ \t]*)-[ \t]+\S")


def _people_joined(lines: list[str]) -> list[str]:
    """LINES with each list of people written as mappings ("authors:" / "- first_name: A" /
    "  last_name: B" / "  name: A B") as one field of their names ("authors: A B and …"),
    line count kept."""
    out = list(lines)
    for i, line in enumerate(lines):
        holder = _PEOPLE_HOLDER.match(line) if len(line) < 200 and ":" in line else None
        if holder is None:
            continue
        column = len(holder.group(1)) + len(holder.group(2))
        first = _ITEM_START.match(lines[i + 1]) if i + 1 < len(lines) else None
        if first is None or len(first.group(1)) < column:
            continue
        dash = len(first.group(1))
        people: list[dict[str, str]] = []
        end = i + 1
        while end < len(lines):
            text = lines[end]
            indent = len(text) - len(text.lstrip())
            if not text.strip():
                break
            if indent == dash and text.lstrip().startswith("-"):
                people.append({})
            elif indent <= dash:
                break
            part = _PERSON_PART.match(text)
            if part is not None and people:
                people[-1][part.group(1).lower()] = part.group(2).strip("'\"")
            end += 1
        names = [
            person.get("name")
            or " ".join(
                person[k] for k in ("first_name", "middle_name", "last_name") if person.get(k)
            )
            for person in people
        ]
        if not names or not all(person.get("last_name") or person.get("name") for person in people):
            continue
        joined = " and ".join(name.replace(" and ", " ") for name in names)
        out[i] = f"{holder.group(1)}{holder.group(2)}{holder.group(3)}: {_yaml_quoted(joined)}"
        out[i + 1 : end] = [""] * (end - i - 1)
    return out


def _nested_fields_lifted(lines: list[str]) -> list[str]:
    """LINES with a title or a venue written as a mapping of its own ("  title:" / "    name:
    'T'" / "    link: https://…"; "  conference:" / "    name: ICLR" / "    year: 2024")
    written as the item's own fields ("  title: 'T'" / "  url: https://…"), line count kept."""
    out = list(lines)
    for i, line in enumerate(lines):
        parent = _NESTED_PARENT.match(line) if len(line) < 200 else None
        if parent is None:
            continue
        column = len(parent.group(1)) + len(parent.group(2) or "")
        kind = "title" if parent.group(3).lower() == "title" else "venue"
        children: list[tuple[str, str]] = []
        end = i + 1
        while end < len(lines) and len(children) < 4:
            child = _NESTED_CHILD.match(lines[end]) if len(lines[end]) < 4000 else None
            if child is None or len(child.group(1)) <= column:
                break
            children.append((child.group(2).lower(), child.group(3)))
            end += 1
        fields = dict(children)
        named = fields.get("name") or fields.get("title")
        if (
            named is None
            or len(fields) != len(children)
            or (end < len(lines) and _deeper(lines[end], column))
        ):
            continue
        lifted = [f"{parent.group(1)}{parent.group(2) or ''}{parent.group(3)}: {named}"]
        for name, value in children:
            if name in ("link", "url", "href") and kind == "title":
                lifted.append(f"{' ' * column}url: {value}")
            elif name == "year" and kind == "venue":
                lifted.append(f"{' ' * column}year: {value}")
        out[i:end] = lifted + [""] * (end - i - len(lifted))
    return out


def _deeper(line: str, column: int) -> bool:
    """Whether LINE is text indented past COLUMN (more of a mapping than its plain fields)."""
    return bool(line.strip()) and len(line) - len(line.lstrip()) > column


# "  title:", "- conference:": a paper's title or venue with its parts below it
_NESTED_PARENT = lazy_re(
    r"^([ \t]*)(-[ \t]+)?(title|conference|venue|publication|journal|booktitle)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
_NESTED_CHILD = lazy_re(
    r"^([ \t]+)(name|title|link|url|href|year)[ \t]*:[ \t]*(\S.*)$", re.IGNORECASE
)


KEYED_ITEMS = 2  # papers written as keyed mappings, at least, for a page to be read so
# a key with no value over a mapping's fields ("paper_1:", "100:")
_MAPPING_KEY = lazy_re(r"^([ \t]*)[\w-]{1,40}[ \t]*:[ \t]*$")
_INDENTED_TITLE = lazy_re(r"[ \t]+title[ \t]*:", re.IGNORECASE)


def _keyed_items_listed(lines: list[str]) -> list[str]:
    """LINES with each paper written as a keyed mapping ("paper_1:" over "  authors: …" and
    "  title: T") written as a list item ("- authors: …" / "  title: T"), when at least
    KEYED_ITEMS are: a key with no value whose fields, one level deeper, hold a title and no
    titled items of their own."""
    items: list[tuple[int, int, int]] = []  # (the key's line, its first field's, their indent)
    titled = sum(1 for line in lines[:20_000] if _INDENTED_TITLE.match(line))
    if titled < KEYED_ITEMS:
        return lines
    for k, line in enumerate(lines[:20_000]):
        if not line or line[0] == "#" or line.rstrip()[-1:] != ":":
            continue
        key = _MAPPING_KEY.match(line)
        if key is None:
            continue
        first = _keyed_item(lines, k, len(key.group(1)))
        if first is not None:
            items.append((k, first, len(lines[first]) - len(lines[first].lstrip(" "))))
    if len(items) < KEYED_ITEMS:
        return lines
    out = list(lines)
    for k, first, inner in items:
        out[k] = ""
        out[first] = " " * (inner - 2) + "- " + out[first].lstrip()
    return out


def _keyed_item(lines: list[str], start: int, column: int) -> int | None:
    """The line of the first field of the keyed mapping that begins on line START at COLUMN,
    when its fields (all at one indent, two or more deeper) hold a title and nothing deeper
    does; else None."""
    first: int | None = None
    inner = -1
    titled = False
    fields = 0
    for k in range(start + 1, min(len(lines), start + 1 + MAX_ITEM_LINES)):
        if not lines[k].strip():
            continue
        fields += 1
        if fields > MAX_ITEM_FIELDS:
            return None  # (a mapping this long is a section of the file, no paper)
        field = _YAML_FIELD.match(lines[k]) if len(lines[k]) < 4000 else None
        depth = len(lines[k]) - len(lines[k].lstrip(" \t"))
        if depth <= column:
            break
        if first is None:
            if field is None or field.group(2) or depth < column + 2:
                return None
            first, inner = k, depth
        name = _YAML_KEY_PREFIX.sub("", field.group(3)).lower() if field is not None else ""
        if depth < inner or (depth > inner and name == "title"):
            return None  # fields of a level above, or titled items of the mapping's own
        if depth == inner and (field is None or field.group(2)):
            return None
        titled = titled or (depth == inner and name == "title")
    return first if titled else None


# a tag among an entry's topics that says it is no paper ("topics: Diffusion; Book"); not
# "dataset", "code" or "tutorial", which a paper may be tagged with
_NOT_PAPER_TAG = lazy_re(
    r"\s*(?:books?|blogs?|blog[\s_-]?posts?|videos?|podcasts?|courses?|lectures?|talks?|slides)\s*",
    re.IGNORECASE,
)
# an entry's kind that is no paper ("type: blog", "kind: tutorial")
_KIND_WORD = lazy_re(r"[(（]([A-Za-z]+(?: [A-Za-z]+)?)")
_PAREN_SPACE = lazy_re(r"([(（])\s+|\s+([)）])")
_IS_PAPER_KEYS = {"is_paper", "ispaper", "is-paper"}
_NO = lazy_re(r"\s*(?:false|no|0)\s*", re.IGNORECASE)
_YES = lazy_re(r"\s*(?:true|yes|1)\s*", re.IGNORECASE)
_SAID_PAPER = "x-said-paper"
_NOT_PAPER_KIND = lazy_re(
    r"\s*(?:blogs?|blog[\s_-]?posts?|posts?|tutorials?|code|library|libraries|tools?|videos?|"
    r"courses?|books?|talks?|news|podcasts?|datasets?|repo(?:sitory)?|websites?|slides|medium|"
    r"github|youtube|tweets?|twitter|substack|notes|(?:lists? of )?resources?(?:/index)?)"
    r"\s*",
    re.IGNORECASE,
)
_PAPER_KIND = lazy_re(
    r"\s*(?:papers?|articles?|preprints?|conference|journal|inproceedings|publications?)\s*",
    re.IGNORECASE,
)
# "type: Blog + Video": an entry of several kinds, each named
_KINDS_JOINED = lazy_re(r"\s*[+&]\s*")
# an entry's "type:" naming what it is, paper or not: a field that makes its list data
_KIND_SAID = "x-kind-said"
_PAPER_KIND_SAID = "x-paper-kind-said"  # and that kind a paper's ("type: journal")
_DATED_FIELD = "x-dated"  # the year of an entry's "date: 2021-01-22"
# a date and perhaps its time, nothing else: "Thu, 09 Apr 2026 00:00:00 -0400",
# "2026-04-09T09:04:00.506Z", "9 April 2026"
_DATE_ALONE = lazy_re(
    r"(?:(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s+\d\d:\d\d(?::\d\d)?(?:\s*(?:[+-]\d{4}|[A-Z]{2,4}))?)?"
    r"|(?P<iso>(?:19|20)\d\d)-\d\d-\d\d"
    r"(?:[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?)"
)
_ISO_DATE = lazy_re(r"((?:19|20)\d\d)-\d\d-\d\d")


# "  - { year: 2021, title: "RoFormer (RoPE)", url: "https://…" }": a list item written as
# a flow mapping on one line; its pairs, a quoted value's commas kept
_FLOW_ITEM = lazy_re(r"^([ \t]*)-[ \t]*\{(.{3,3000})\}[ \t]*(?:#.*)?$")
_FLOW_PAIR = lazy_re(
    r"[ \t]*([A-Za-z_][\w-]{0,40})[ \t]*:[ \t]*"
    r"(\"(?:[^\"\\]|\\.){0,2000}\"|'(?:[^']|''){0,2000}'|\[[^\[\]]{0,2000}\]|[^,{}\[\]\"']{0,2000}?)"
    r"[ \t]*(?:,|$)"
)
FLOW_ITEMS = 2  # list items written as flow mappings, at least, for a page to be read so


def _flow_maps_expanded(lines: list[str]) -> list[str]:
    """LINES with each list item written as a flow mapping ("- { title: T, year: 2021 }")
    written as a block of fields ("- title: T" / "  year: 2021"), when at least FLOW_ITEMS
    are (a page of code keeps its braces)."""
    if sum(1 for line in lines[:20_000] if _FLOW_ITEM.match(line)) < FLOW_ITEMS:
        return lines
    out: list[str] = []
    for line in lines:
        item = _FLOW_ITEM.match(line)
        pairs = _flow_pairs(item.group(2)) if item is not None else None
        if item is None or not pairs:
            out.append(line)
            continue
        indent = item.group(1)
        out.extend(
            f"{indent}{'- ' if k == 0 else '  '}{key}: {value}"
            for k, (key, value) in enumerate(pairs)
        )
    return out


def _flow_pairs(inner: str) -> list[tuple[str, str]] | None:
    """The key-value pairs of a flow mapping's INNER text, or None unless they are all of it."""
    pairs: list[tuple[str, str]] = []
    at = 0
    while at < len(inner.rstrip()):
        pair = _FLOW_PAIR.match(inner, at)
        if pair is None or pair.end() == at:
            return None
        value = pair.group(2).strip()
        if value.startswith("["):  # "tags: ["NV", "★"]": the list's items, as one value
            value = ", ".join(v.strip(" \"'") for v in value[1:-1].split(",") if v.strip())
        pairs.append((pair.group(1), value))
        at = pair.end()
    return pairs


def take_yaml(text: str) -> tuple[str, list[str]]:
    """TEXT with the entries of a YAML reading list blanked out (line count kept, but for an
    item written as a flow mapping, which takes a line for each of its fields), and each
    entry as a BibTeX entry ("- paper-title: T" / "  paper-author: A, and B" / "  paper-year:
    2015": a list item's title and the fields beside it at its indent); TEXT as it is when
    the page holds fewer than YAML_TITLES such entries."""
    from papercli.importers.digest.candidates import resource_word, without_kind_tag
    from papercli.importers.names import parse_names

    lines = _joined_scalars(
        _bare_dashes_joined(
            _keyed_items_listed(
                _nested_fields_lifted(
                    _flow_maps_expanded(
                        _quoted_keys_bare(_keyed_objects_listed(_people_joined(text.split("\n"))))
                    )
                )
            )
        )
    )
    entries: list[_YamlEntry] = []
    current: dict[str, str] | None = None  # the fields of the last entry, while it lasts
    indent = -1
    sections: list[_Level] = []  # the named levels above ("theme: Voice", "title: Ethics")
    holders: list[tuple[int, str]] = []  # the keys that hold lists above ("papers:", "resources:")
    holder_keys: list[str] = []  # those keys as written
    # the items above that say where and when ("- venue: IROS" / "  year: 2019" / "  awards:"):
    # what they say is their entries' unless an entry says otherwise
    parents: list[tuple[int, dict[str, str]]] = []
    holder_of_entry = ""  # the entry's last field holding fields of its own ("link:")
    # the levels whose items hold their papers' list ("- date: …" / "  title: Policy
    # Gradients" / "  papers:"), by indent and key: their titles are sessions', no papers
    sessions: set[tuple[int, str]] = set()
    levels: list[_Level] = []  # every named level, in order
    paper_lists: set[int] = set()  # the indents of the sessions' "papers:" keys
    held_by: list[tuple[int, int]] = []  # other entries in a list: (entry, the list's indent)
    comment_topic = ""  # a comment's label over the items below it ("# Spring 2002")
    titled_levels: set[int] = set()  # the lines of the levels' titles their entries file under
    for i, line in enumerate(lines):
        # (a long value's line is still its field's: "abstract: …" run on over 40 lines)
        match = _YAML_FIELD.match(line[:MAX_FIELD_CHARS])
        if match is None:
            numbered = (
                current is not None
                and len(line) - len(line.lstrip()) > indent + 1
                and _NUMBERED_KEY.match(line) is not None
            )
            if line.strip() and line.lstrip()[:1] != "#" and not numbered:
                # (a comment, "# year = 2026", is no end of its entry, nor a deeper field of
                # its own keyed by a number: "affiliations:" / "   1: Center for …")
                current = None
            comment = _COMMENT_LABEL.match(line) if "#" in line else None
            if comment is not None and _item_follows(lines, i):
                comment_topic = comment.group(1) or comment.group(2)  # "# Spring 2002" over items
            continue
        level = len(match.group(1)) + len(match.group(2) or "")
        name = _YAML_KEY_PREFIX.sub("", match.group(3)).lower()
        key = _YAML_KEYS.get(name)
        value = match.group(4).strip()
        if value[-1:] == "," and len(value) >= 3 and value[0] in "\"'" and value[-2] == value[0]:
            value = value[:-1]  # 'title: "T",': a script's field, its comma after the value
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            if value[0] == '"' and "\\" in value:
                value = _YAML_ESCAPE.sub(_yaml_unescaped, value)
            value = value[1:-1].strip()
            if match.group(4).strip()[0] == "'":
                value = value.replace("''", "'")  # ('It''s'): a single-quoted value's quote
        # a deeper level has ended, or a new item begins at this one (its fields beside each
        # other share their section: "- date: …" / "  title: Ethics" / "  required:")
        while sections and (
            sections[-1].indent > level or (sections[-1].indent == level and match.group(2))
        ):
            sections.pop()
        # (a new item at a holder's level is the next item of the list above, not the holder's:
        # "  - when: …" after "    links:" of the item before)
        while holders and holders[-1][0] >= level:
            holders.pop()
            holder_keys.pop()
        while parents and (parents[-1][0] > level or (parents[-1][0] == level and match.group(2))):
            parents.pop()
        # ("tags:" / "  - tag: arXiv" / "    link: …": an item of the entry's own list of links)
        held_item = level > indent and holder_of_entry in _OWN_LIST_HOLDERS
        if current is not None and (
            level < indent
            or (match.group(2) and not held_item)
            or (key == "title" and "title" in current)
        ):
            current = None  # a new item, or a field of a level above: the entry has ended
        if current is not None and level > indent:
            entries[-1].end = i + 1
            inner = _LINK_FIELDS.get(name) if holder_of_entry in _LINK_HOLDERS else None
            if inner is not None and value and inner not in current:
                # "link:" / "  url: https://…" / "  display: ICPR 2020": the paper's own link
                current[inner] = _bibtex_value(value)
                dated = YEAR.search(value) if inner == "booktitle" else None
                if dated is not None:
                    current.setdefault(_VENUE_YEAR_FIELD, dated.group(1))
            elif holder_of_entry in _ID_HOLDERS and name in _ID_FIELDS and value:
                # "source:" / "  doi: 10.1007/…" / "  arxiv_id: 2606.25146v1": its identifiers
                current.setdefault(_ID_FIELDS[name], _bibtex_value(value))
            elif holder_of_entry in _ADDRESS_HOLDERS and _ADDRESS.match(value):
                # "links:" / "  venue:" / "    meta: https://doi.org/…" / "  author:" / "    pdf:
                # https://…pdf": the paper's DOI and its PDF, among the item's addresses
                if "doi.org/" in value:
                    current.setdefault("doi", _bibtex_value(value))
                    if name in ("paper", "url"):  # ("urls:" / "  paper: https://doi.org/…")
                        current.setdefault("url", _bibtex_value(value))
                elif name in ("pdf", "paper", "arxiv") or (
                    name == "link" and _PAPER_HOST.search(value)
                ):
                    # ("tags:" / "- tag: arXiv" / "  link: https://arxiv.org/pdf/…": its paper)
                    current.setdefault("url", _bibtex_value(value))
                elif name == "code":  # "links:" / "  code: https://github.com/…": its code
                    current.setdefault(_LINK_FIELDS["code"], _bibtex_value(value))
            continue  # a field's own fields ("slides:" / "  url: …"): not the entry's
        # "- title: T" or "- award: Best Paper" / "  title: T": an item with a title, an entry
        # (an e-mail's "Title:" over "Authors:" is none)
        if match.group(2) and (key == "title" or _item_has_title(lines, i, level)):
            passed = {k: v for _, fields in parents for k, v in fields.items()}
            entries.append(_YamlEntry({}, i, i + 1, passed))
            current, indent = entries[-1].fields, level
            if name in _AWARD_KEYS and value:
                current[EXTRA_TOPICS] = _bibtex_value(value)
            if holders and holders[-1][1] in _RESOURCE_KEYS:
                current[_NOT_A_PAPER] = "yes"  # "resources:" / "- title: Code": no paper
            if holders and holders[-1][1] in _PAPER_KEYS and holders[-1][0] > 0:
                current[_PAPER_HELD] = "yes"  # a session's "papers:", not the file's own
                paper_lists.add(holders[-1][0])
                if sections and sections[-1].key in _TITLE_KEYS:
                    sessions.add((sections[-1].indent, sections[-1].key))
            elif holders:
                held_by.append((len(entries) - 1, holders[-1][0]))
            if not sections and comment_topic:
                current[EXTRA_TOPICS] = _bibtex_value(comment_topic)
            elif not sections and holders and _names_a_section(holder_keys[-1]):
                # "ie_ka:" / "  - title: …": the key a reading list files its papers under
                current.setdefault(EXTRA_TOPICS, _bibtex_value(holder_keys[-1]))
            if sections:
                current[EXTRA_TOPICS] = sections[-1].bibtex
                if sections[-1].key in _TITLE_KEYS:
                    titled_levels.add(sections[-1].line)
                # "title: Human-level control …" / "papers:" / "- title: DQN Paper": the level's
                # title is the paper's, the entry's only its short name
                if _NAMED_PAPER.match(value) and sections[-1].key in _TITLE_KEYS:
                    value = sections[-1].written
                    current[_SECTION_LINE] = str(sections[-1].line)
        if current is None and value and name in _SECTION_KEYS:
            sections.append(_Level(level, _bibtex_value(value), i, value, name))
            levels.append(sections[-1])
        if not value and not match.group(2):
            holders.append((level, name))
            holder_keys.append(match.group(3))
        if current is not None and level == indent:
            holder_of_entry = "" if value else name  # an entry's field over fields of its own
        if current is None and match.group(2):
            parents.append((level, {}))
        if current is None and key in _WHERE_WHEN and value and parents and parents[-1][0] == level:
            parents[-1][1][key] = _bibtex_value(value)
        if current is not None and name in ("type", "kind") and value:
            kinds = _KINDS_JOINED.split(value)
            if all(_NOT_PAPER_KIND.fullmatch(kind) for kind in kinds):
                # "type: blog", "type: Blog + Video": the entry is no paper ("Blog + Paper" is)
                current[_NOT_A_PAPER] = "yes"
            if all(_NOT_PAPER_KIND.fullmatch(k) or _PAPER_KIND.fullmatch(k) for k in kinds):
                current[_KIND_SAID] = "yes"  # (not a session's "type: planning")
            if all(_PAPER_KIND.fullmatch(k) for k in kinds):
                current[_PAPER_KIND_SAID] = "yes"
        if current is not None and name in _IS_PAPER_KEYS and _NO.fullmatch(value):
            current[_NOT_A_PAPER] = "yes"  # "Is_paper: false": a keynote, a break
        elif current is not None and name in _IS_PAPER_KEYS and _YES.fullmatch(value):
            current[_SAID_PAPER] = "yes"  # "Is_paper: true": the program says it is one
        if (
            current is not None
            and name in ("topics", "tags", "topic")
            and any(_NOT_PAPER_TAG.fullmatch(tag) for tag in value.split(";"))
        ):
            current[_NOT_A_PAPER] = "yes"  # "topics: Diffusion; Book": what it is, among them
        if current is not None and name in ("bibtex", "bib", "citation") and "@" in value[:3]:
            # the entry's own BibTeX as one field: where it appeared, and its DOI
            for field, inner in _INNER_BIBTEX_FIELD.findall(value, 0, 20_000):
                current.setdefault(field.lower(), _bibtex_value(inner))
        elif current is not None and name in _CITATION_KEYS and value:
            _cited_fields(value, current)  # "citation: A, B. 2000. Title. In <i>Venue</i>."
        if current is None:
            continue
        entries[-1].end = i + 1  # (a field of no paper's, "tags:", is the entry's too)
        cited_id = _CITATION_ID.fullmatch(value) if key is None and name == "id" else None
        if cited_id is not None:
            # "id: doi:10.1109/…", "id: url:https://…", "id: 10.1038/…": a citation tool's
            # (Manubot's) id of the paper; its "publisher:" and "date:" are where and when
            prefix, said = (cited_id.group(1) or "doi").lower(), cited_id.group(2)
            key, value = {"doi": "doi", "url": "url", "arxiv": "eprint"}.get(prefix), said
            current[_CITED_BY_ID] = "yes"
        elif key is None and name in ("publisher", "date") and _CITED_BY_ID in current:
            key = "journal" if name == "publisher" else "year"
        if (key == EXTRA_TOPICS or name == "track") and _PROCEEDINGS_NAMED.match(value):
            key = "booktitle"  # "track: Proceedings of the Third DialDoc Workshop …": its venue
        if key is None and name == "date" and YEAR.fullmatch(value):
            current.setdefault(_VENUE_YEAR_FIELD, value)  # "date = 2024": a year alone, its own
            continue
        if key is None and name == "source" and value in ("arXiv", "bioRxiv", "medRxiv"):
            key = "booktitle"  # ("source": "arXiv" in a feed's item: the server it came from)
        alone = _DATE_ALONE.fullmatch(value) if key in ("booktitle", "journal") else None
        if alone is not None:
            # ("published": "Thu, 09 Apr 2026 00:00:00 -0400": when, not where it came out)
            current.setdefault(_VENUE_YEAR_FIELD, alone.group("year") or alone.group("iso"))
            continue
        if key is None and name == "date" and _ISO_DATE.fullmatch(value):
            current.setdefault(_DATED_FIELD, value[:4])  # its year, if "type:" says it is a paper
            continue
        if key is None and name in _ARXIV_KEYS and _BARE_ARXIV.fullmatch(value):
            key = "eprint"  # "arxiv_id: 2101.00001": the paper's arXiv identifier alone
        elif key in ("booktitle", "journal") and value[:6].lower() == "arxiv:":
            # "venue: arXiv:2401.02662": a preprint, by its identifier
            key = "eprint" if _BARE_ARXIV.fullmatch(value) else key
        if key is None and _ADDRESS.match(value):
            # "code: https://github.com/…" is its code; "paper: https://arxiv.org/abs/…",
            # "arxiv: …" its address (not "slides:", "video:", "project:")
            if _CODE_KEY.search(name) or (_PROJECT_KEY.search(name) and _REPOSITORY.match(value)):
                key = "x-papercli-code-url"  # ("project_url: https://github.com/…": its code)
            elif not _NOT_PAPER_LINK.search(name):
                key = "url"
        if (
            key == "url"
            and _OPENREVIEW_PDF.match(current.get("url", ""))
            and _OPENREVIEW_FORUM.match(value)
        ):
            current["url"] = value  # "pdf: …/pdf/…" / "forum: …/forum?id=…": its page
            continue
        if key == "url" and "url" in current and _ARXIV_ADDRESS.match(value):
            if _HF_PAPER_PAGE.match(current["url"]):
                current["url"] = value  # "url: huggingface.co/papers/…" / "paper_link: arxiv…"
                continue
            key = "eprint"  # a second address, the paper's arXiv one: its identifier
        if key is None or (key == "url" and not _PLACE.search(value)):
            continue  # ("pdf: available": that there is one, not where)
        cited = _CITED_NAMES_LEAD.match(value) if key == "title" else None
        if cited is not None and len(value) - cited.end() >= 10:
            # "title: 'Paik, S., Mays, K., & Katz, J. Title.'": the citation's names first
            current.setdefault("author", " and ".join(parse_names(cited.group(1))))
            value = value[cited.end() :]
        elif key == "title" and (lead := _CITED_BEFORE.match(value)) is not None:
            value = _cited_before(lead, current)
        if key == "title" and "<" in value:
            # "Title: (<b>Spotlight 1</b>) Title": the program's markup and the talk's kind
            # ('Title <a href="…/slides.pdf">Slides</a>': the talk's slides, no part of it)
            value = _ANCHOR.sub(lambda m: "" if resource_word(m.group(1)) else m.group(0), value)
            marked = _PAREN_SPACE.sub(r"\1\2", " ".join(_MARKUP.sub(" ", value).split()))
            value = without_kind_tag(marked)
            kind = _KIND_WORD.match(marked) if value != marked else None
            if kind is not None:  # the session it is presented in, as a topic
                current.setdefault(EXTRA_TOPICS, kind.group(1).title())
        linked = _MARKDOWN_LINK.fullmatch(value) if key == "title" and value[:1] == "[" else None
        if linked is not None:  # 'title = "[Title](https://doi.org/qv8s)"': the title's link
            value = linked.group(1)
            current.setdefault("url", _bibtex_value(linked.group(2)))
        dated = _YEAR_AFTER.search(value) if key in ("booktitle", "journal") else None
        if dated is not None:  # "Proceedings of the 35th USENIX Security Symposium (2026)"
            current.setdefault(_VENUE_YEAR_FIELD, dated.group(1))
            value = value[: dated.start()]
        if key == "title" and value.endswith(".") and not value.endswith(".."):
            value = value[:-1]  # '"Title."': a citation's period, not the title's
        if key == "author":
            value = " and ".join(parse_names(value))
        held = _VENUE_YEAR.fullmatch(value) if key == "year" else None
        if held is not None and not YEAR.fullmatch(value):
            # '"year": "ICML 2019"': where it appeared, and when
            current.setdefault("booktitle", _bibtex_value(held.group(1)))
            value = value.strip()[-4:]
        if name == "published" and _DATE_ONLY.match(value):
            dated = YEAR.search(value)  # "published: 2021-03-05": when it came out, no venue
            if dated is not None:
                current.setdefault(_VENUE_YEAR_FIELD, dated.group(1))
            continue
        if name == "tags":
            # "tags: [Approximate Inference]": named topics; not "tags: [ai, sys]", a site's codes
            value = "; ".join(tag for tag in value.split(";") if _NAMED_TAG.search(tag))
        if value and key not in current:
            current[key] = _bibtex_value(value)
        dated = YEAR.search(value) if key in ("booktitle", "journal") else None
        if dated is not None:  # "venue: IJCAI 2007": the year it names, where none other is
            current.setdefault(_VENUE_YEAR_FIELD, dated.group(1))
    marks = {EXTRA_TOPICS, _NOT_A_PAPER, _SECTION_LINE, _VENUE_YEAR_FIELD, _PAPER_HELD}
    marks |= {_DATED_FIELD, _PAPER_KIND_SAID}
    for k, holder_level in held_by:
        fields = entries[k].fields
        if holder_level in paper_lists and not (
            fields.get("eprint") or _ARXIV_ADDRESS.match(fields.get("url", ""))
        ):
            # "papers:" beside "background:" and "materials:" under each session: those other
            # lists hold no papers (but a list "worthReading:" of arXiv papers beside it does)
            fields[_NOT_A_PAPER] = "yes"
    whole = [
        (k, item)
        for k, item in enumerate(entries)
        if item.fields.get("title") and len(set(item.fields) - marks) >= 2
    ]
    if len(whole) < YAML_TITLES:
        return text, []
    for named in levels:
        if (named.indent, named.key) in sessions or named.line in titled_levels:
            # ("semi-asynchronous:" / "  title: K-Asynchronous" / "  list:" / "    - title: …":
            # the section's title, its papers' topic, is no paper)
            lines[named.line] = ""
    for item in entries:
        if _NOT_A_PAPER in item.fields and item.fields.get("title"):
            # ("- Title: Panel Discussion" / "  Is_paper: false": no paper, whatever its fields)
            lines[item.first : item.end] = [""] * (item.end - item.first)
    bibtex = []
    for k, item in whole:
        lines[item.first : item.end] = [""] * (item.end - item.first)
        entry = item.fields
        for field_name, value in item.inherited.items():
            entry.setdefault(field_name, value)
        if _SECTION_LINE in entry:
            lines[int(entry.pop(_SECTION_LINE))] = ""  # the level's title, now the entry's
            entry.pop(EXTRA_TOPICS, None)
        venue_year = entry.pop(_VENUE_YEAR_FIELD, None)
        # ("- date: 2021-01-22" / "  type: journal": when a paper came out, where a reading
        # group's "date:" is when it met)
        published = entry.pop(_DATED_FIELD, None) if entry.pop(_PAPER_KIND_SAID, None) else None
        entry.pop(_DATED_FIELD, None)
        venue_year = venue_year or published
        if venue_year and "year" not in entry:
            entry["year"] = venue_year  # (a "year:" of its own says when it came out)
        entry.pop(_PAPER_HELD, None)
        entry.pop(_SAID_PAPER, None)
        entry.pop(_KIND_SAID, None)
        if _NOT_A_PAPER not in entry:
            bibtex.append(_bibtex_entry(f"yaml{k}", entry))
    return "\n".join(lines), bibtex


# "Approximate Inference", "protein", not "ai", "RL", "sys" (a site's codes) nor "paper"
_NAMED_TAG = lazy_re(
    r"[A-Z][a-z]+\s+[A-Za-z]|^\s*(?!(?:paper|papers|arxiv|preprint|github|oral|poster|spotlight|"
    r"accepted|award|video|slides|blog)\s*$)[a-z]{5,20}\s*$"
)
_VENUE_YEAR = lazy_re(
    r"\s*([A-Z][A-Za-z]{1,12}(?:\s[A-Z][A-Za-z]{1,12})?)\s*['’]?\s*(?:19|20)\d\d\s*"
)
_ROW_ID = "x-row-id"
_OPENREVIEW_PDF = lazy_re(r"https?://openreview\.net/pdf")
_OPENREVIEW_FORUM = lazy_re(r"https?://openreview\.net/forum\?id=")
_YEAR_AFTER = lazy_re(r"\s*\(((?:19|20)\d\d)\)$")
_PROCEEDINGS_NAMED = lazy_re(r"\s*proceedings\s+of\s+the\s", re.IGNORECASE)
# an escape inside a double-quoted YAML value ("Full\\u2013State", "\\n")
_YAML_ESCAPE = lazy_re(r"\\(?:u([0-9A-Fa-f]{4})|x([0-9A-Fa-f]{2})|U([0-9A-Fa-f]{8})|(.))")
_YAML_ESCAPED = {
    "n": " ",
    "t": " ",
    "r": " ",
    "0": "",
    "_": "\u00a0",
    "N": "\u0085",
    "L": " ",
    "P": " ",
}


def _yaml_unescaped(match: re.Match[str]) -> str:
    """The character an escape of a double-quoted YAML value stands for."""
    code = match.group(1) or match.group(2) or match.group(3)
    if code is not None:
        char = chr(int(code, 16)) if int(code, 16) <= 0x10FFFF else ""
        return "" if 0xD800 <= int(code, 16) <= 0xDFFF else char
    char = match.group(4)
    return _YAML_ESCAPED.get(char, char)


_INNER_BIBTEX_FIELD = lazy_re(r"\b(booktitle|journal|doi)\s*=\s*\{([^{}]{1,500})\}", re.IGNORECASE)


@dataclass
class _YamlEntry:
    """One list item of a YAML reading list: its fields, the lines [FIRST, END) it spans, and
    the fields the items above it pass on (where and when), its own fields first."""

    fields: dict[str, str]
    first: int
    end: int
    inherited: dict[str, str]


# an entry's "link:" holding the paper's address and where it appeared ("url:", "display:")
_LINK_HOLDERS = {"link", "paper", "publication"}  # (not "links:", a list of resources)
# "links:" / "  venue:" / "    pdf: https://…": an item's addresses, held below it (no papers)
_ADDRESS_HOLDERS = {"links", "tags", "urls"}
# "source:" / "  doi: 10.1007/…" / "  arxiv_id: 2606.25146": an item's identifiers, held below it
_ID_HOLDERS = {"source", "ids", "identifiers", "external_ids", "externalids"}
_ID_FIELDS = {"doi": "doi", "arxiv_id": "eprint", "arxiv": "eprint", "arxivid": "eprint"}
# "keywords:" / "  - word: …": a list of the item's own that says what it is about (no papers)
_OWN_LIST_HOLDERS = _ADDRESS_HOLDERS | {"keywords", "topics", "categories", "affiliations"}
# ("attributes:" / "  presentation_type: poster": a proceedings tool's remarks on its paper)
_OWN_LIST_HOLDERS |= {"attributes"}
_PAPER_HOST = lazy_re(r"^https?://(?:www\.)?(?:arxiv\.org|openreview\.net)/", re.IGNORECASE)
_LINK_FIELDS = {"url": "url", "pdf": "url", "display": "booktitle", "code": "x-papercli-code-url"}
_AWARD_KEYS = {"award", "prize", "category", "track"}  # an item's name for its paper's section
_WHERE_WHEN = {"booktitle", "journal", "year"}  # the fields an item above passes to its entries


# "  # Spring 2002", "# Week 3": a YAML comment of a few words that labels the items below it
# ("# ------------ 🏓 table tennis": the label after a rule of dashes)
# ("# ===== Foundations =====": the rule on both sides of the label)
# ("# --- D1: Input Filtering ---": between two rules, a colon is the label's own)
_COMMENT_LABEL = lazy_re(
    r"^[ \t]*#+[ \t]*(?:[-=*~]{3,200}[ \t]*)?([^\s#:/=*~-][^#:/=]{0,40}?)[ \t]*"
    r"(?:[-=*~]{3,200}[ \t]*)?$"
    r"|^[ \t]*#+[ \t]*[-=*~]{3,200}[ \t]*([^\s#=*~-][^#=]{0,40}?)[ \t]*[-=*~]{3,200}[ \t]*$"
)
COMMENT_LABEL_WORDS = 4  # words of such a label, at most
RULED_LABEL_WORDS = 8  # or of one between two rules
_COMMENT_RULES = lazy_re(r"[-=*~]{3,200}")  # ("# ===== Foundations =====": no words)


def _names_a_section(key: str) -> bool:
    """Whether a YAML KEY that holds a list of papers names their section ("survey:",
    "ie_ka:"), not the list's kind ("papers:", "items:", "publications:") or a field."""
    from papercli.importers.digest.records import generic_list_name

    lowered = _YAML_KEY_PREFIX.sub("", key).lower()
    return not (
        lowered in _PAPER_KEYS
        or lowered in _RESOURCE_KEYS
        or lowered in _YAML_KEYS
        or lowered in _GENERIC_HOLDERS
        or lowered.rstrip("s") in _AWARD_KEYS  # ("awards:" / "- award: Best Paper": its own)
        or generic_list_name(key)
    )


_GENERIC_HOLDERS = {"items", "entries", "list", "data", "works", "articles", "references"}
_GENERIC_HOLDERS |= {"publications", "pubs", "refs", "bibliography", "posts", "talks", "main"}
_GENERIC_HOLDERS |= {"sessions", "meetings", "schedule", "events", "seminars"}


def _item_follows(lines: list[str], index: int) -> bool:
    """Whether the comment on line INDEX is a short label right over a list item (blank
    lines between): "  # Spring 2002" / "" / "  - when: 2002-02-01"."""
    ruled = len(_COMMENT_RULES.findall(lines[index])) >= 2  # ("# --- D1: Input Filtering ---")
    most = RULED_LABEL_WORDS if ruled else COMMENT_LABEL_WORDS
    if len(_COMMENT_RULES.sub(" ", lines[index]).split()) - 1 > most:
        return False
    for line in lines[index + 1 : index + 4]:
        if _COMMENT_RULE.match(line):
            continue  # ("# Domestic Publications" / "# ────────" / "- type: …": its rule)
        if line.strip():
            return line.lstrip().startswith("- ")
    return False


_COMMENT_RULE = lazy_re(r"^[ \t]*#+[ \t]*[-=*~─━═_]{3,200}[ \t]*$")


def _item_has_title(lines: list[str], start: int, column: int) -> bool:
    """Whether the list item that begins on line START ("- award: Best Paper") has a title
    among its fields at COLUMN ("  title: T") and holds no list of its own (a day's "title:
    Ethics" over its "required:" papers names their section)."""
    titled = False
    fields = 0
    # (the lines a long value ran on over are blank now, and no field)
    end = min(len(lines), start + 1 + MAX_ITEM_LINES)
    for k in range(start + 1, end):
        line = lines[k]
        match = _YAML_FIELD.match(line[:MAX_FIELD_CHARS])
        if match is None:
            if line.strip():
                break
            continue
        fields += 1
        if fields > MAX_ITEM_FIELDS:
            break
        depth = len(match.group(1)) + len(match.group(2) or "")
        if depth < column or (depth == column and match.group(2)):
            break
        if (
            depth == column
            and not match.group(4).strip()
            and match.group(3).lower() not in _OWN_LIST_HOLDERS
            and _holds_more(lines, k, depth)
            and _holds_titles(lines, k, depth)
        ):
            return False  # "required:": a holder of the item's own list
        if depth == column and _YAML_KEY_PREFIX.sub("", match.group(3)).lower() == "title":
            titled = True
    return titled


def _holds_more(lines: list[str], index: int, depth: int) -> bool:
    """Whether the empty field on line INDEX holds the lines below it (a list, a mapping
    deeper than DEPTH, or a block after "|"), not merely nothing ("date:", "presenters:")."""
    for line in lines[index + 1 : index + 1 + MAX_ITEM_LINES]:
        if line.strip():
            indent = len(line) - len(line.lstrip())
            return indent > depth or (indent == depth and line.lstrip().startswith("- "))
    return False


def _holds_titles(lines: list[str], index: int, depth: int) -> bool:
    """Whether the field on line INDEX holds a title below it, deeper than DEPTH (a day's
    "required:" / "- title: …"), not only its paper's own data ("urls:" / "  pdf: …",
    "source:" / "  doi: …")."""
    for line in lines[index + 1 : index + 1 + MAX_ITEM_LINES]:
        if not line.strip():
            continue
        found = _YAML_FIELD.match(line[:MAX_FIELD_CHARS])
        indent = len(line) - len(line.lstrip())
        if indent < depth or (indent == depth and not line.lstrip().startswith("- ")):
            return False
        if found is not None and _YAML_KEY_PREFIX.sub("", found.group(3)).lower() in (
            "title",
            "name",
        ):
            return True
    return False


MAX_ITEM_FIELDS = 30  # fields searched below an item's first line for its title
MAX_ITEM_LINES = 300  # and lines, blank ones among them


def _joined_scalars(lines: list[str]) -> list[str]:
    """LINES with each field's value that runs on over deeper lines ("- title: 'Faster …
    Network" / "    Backbone Architecture …'") joined on its field's line, the lines it took
    left blank (so the count is kept)."""
    joined = list(lines)
    i = 0
    while i < len(joined):
        match = _YAML_FIELD.match(joined[i]) if len(joined[i]) < 4000 else None
        value = match.group(4).strip() if match is not None else ""
        i += 1
        column = len(match.group(1)) + len(match.group(2) or "") if match is not None else 0
        below = joined[i] if match is not None and not value and i < len(joined) else ""
        if below[:1].isspace() and below.lstrip()[:1] in ("'", '"') and _deeper(below, column):
            # "  description:" / '    "An introduction …': the quoted value starts below its key
            joined[i - 1] = f"{joined[i - 1].rstrip()} {below.strip()}"
            joined[i] = ""
            i -= 1
            continue
        if (
            match is not None
            and not value
            and (column or _YAML_KEYS.get(match.group(3).lower()) == "author")
        ):
            # "  authors:" / "  - Luca Grillotti", an item's "  tags:" / "  - robotics"
            people = _YAML_KEYS.get(match.group(3).lower()) == "author"
            i = _scalar_items_joined(joined, i, column, people)
            continue
        if match is not None and value[:1] in ("|", ">") and _folded_block(joined, i, match):
            i = _block_joined(joined, i, column, match)
            continue
        if match is None or not value or value[0] in "|>":
            continue
        quote = value[0] if value[0] in "\"'" else ""
        parts = [joined[i - 1].rstrip()]
        most = MAX_QUOTED_LINES if quote else MAX_SCALAR_LINES
        while i < len(joined) and len(parts) < most:
            if quote and len(value) >= 2 and value.endswith(quote):
                break  # the quoted value has closed
            following = joined[i]
            depth = len(following) - len(following.lstrip())
            if not following.strip() and quote:
                # a quoted value runs on over blank lines (each a line break in its text)
                parts.append("")
                joined[i] = ""
                i += 1
                continue
            if not following.strip():
                break
            # (a quoted value still open runs on over lines less deep, unless they start a
            # field or an item)
            if depth <= column and (
                not quote or _YAML_FIELD.match(following) or following[depth : depth + 2] == "- "
            ):
                break
            if not quote and _YAML_FIELD.match(following):
                break  # a field's own field ("link:" / "  url: …")
            value = f"{value} {following.strip()}"
            parts.append(following.strip())
            joined[i] = ""
            i += 1
        joined[i - len(parts)] = " ".join(part for part in parts if part)
    return joined


_NUMBERED_KEY = lazy_re(r"^[ \t]+\d{1,3}[ \t]*:[ \t]")
MAX_FIELD_CHARS = 4000  # of a field's line, read for its key and value (the rest is cut)
MAX_SCALAR_LINES = 60  # a value runs on over this many lines at most (an abstract, folded)
MAX_QUOTED_LINES = 120  # a quoted one, blank lines among them, over this many
_SCALAR_ITEM = lazy_re(r"^([ \t]*)-[ \t]+([^:#\n]{2,200})$")
_FLAG_ITEM = lazy_re(r"^([ \t]*)-[ \t]+[A-Za-z_]{1,20}[ \t]*:[ \t]*(?i:true|yes)[ \t]*$")
_NAMED_PERSON = lazy_re(r"^([ \t]*)-[ \t]+(?:name|full_?name|author)[ \t]*:[ \t]*([^:#\n]{2,200})$")


# the keys whose block values ("bibtex: |" over the entry's BibTeX) are one field's text,
# never lines of the page; a citation's only when it is BibTeX (a plain one is read as the
# page's lines, where its names, venue and year are found)
_BLOCK_KEYS = {"bibtex", "bib", "abstract"}
_CITATION_KEYS = {"citation", "cite", "reference"}
_BIBTEX_START = lazy_re(r"\s*[\"']?@\w+\s*\{")


def _cited_fields(citation: str, entry: dict[str, str]) -> None:
    """The authors and venue a plain citation of ENTRY's paper gives, where ENTRY lacks them,
    and the year it gives."""
    from papercli.importers.digest.references import read_reference
    from papercli.importers.digest.tails import written_venue
    from papercli.importers.names import parse_names
    from papercli.importers.venues import find_venue_year

    text = " ".join(_TAG.sub(" ", html.unescape(citation[:2000])).split())
    reference = read_reference(text)
    if reference is None and _VENUE_CITATION.match(text):
        # "citation: Proceedings of the IEEE, 86(11), 2278-2234. (1998).": where and when only
        venue, year = find_venue_year(text)
        if venue:
            entry.setdefault("booktitle", _bibtex_value(venue))
        if year:
            entry.setdefault("year", str(year))
        return
    if reference is None:
        return
    names = parse_names(reference.names)
    if names:
        entry.setdefault("author", " and ".join(_bibtex_value(name) for name in names))
    venue = find_venue_year(reference.tail)[0] or written_venue(reference.tail)[0]
    if venue:
        entry.setdefault("booktitle", _bibtex_value(venue))
    title = " ".join(entry.get("title", "").split()).strip("\"'{} ").casefold()
    if reference.year and title and title in reference.title.casefold():
        # "year: 2020" over "citation: A. 1996. Title. …": the list's year (an award's) is
        # not the paper's; its own citation dates it
        entry["year"] = str(reference.year)


_TAG = lazy_re(r"<[^<>\n]{0,200}>")
# a citation of where a paper appeared and nothing else: a venue, its volume or pages, a year
_VENUE_CITATION = lazy_re(
    r"^[A-Z][^\d\n\"“]{2,120}(?:,\s*[\d()–\-:]+)*\.?\s*\(?(?:19|20)\d\d\)?\.?$"
)


def _folded_block(joined: list[str], start: int, match: re.Match[str]) -> bool:
    """Whether the block value under the key on line START - 1 is folded into its line."""
    key = match.group(3).lower()
    if key in _BLOCK_KEYS:
        return True
    following = next((line for line in joined[start : start + 3] if line.strip()), "")
    return key in _CITATION_KEYS and _BIBTEX_START.match(following) is not None


def _block_joined(joined: list[str], start: int, column: int, match: re.Match[str]) -> int:
    """Fold the block value below the key on line START - 1 ("bibtex: |" / "    @article{…")
    into that key's line, its lines left blank; the index of the line after the block."""
    parts: list[str] = []
    i = start
    while i < len(joined) and i - start < MAX_QUOTED_LINES:
        following = joined[i]
        if following.strip() and len(following) - len(following.lstrip()) <= column:
            break
        parts.append(following.strip())
        joined[i] = ""
        i += 1
    text = " ".join(part for part in parts if part)
    joined[start - 1] = f"{match.group(1)}{match.group(2) or ''}{match.group(3)}: {text}"
    return i


def _scalar_items_joined(joined: list[str], start: int, column: int, people: bool = False) -> int:
    """Fold the list of plain values under the key on line START - 1 ("authors:" / "  - Luca
    Grillotti" / "  - Antoine Cully") into that key's value, "; " between them, the item lines
    left blank; the index of the line after the list. With PEOPLE (an authors key) an item may
    name its person ("  - name: Luca Grillotti")."""
    names: list[str] = []
    i = start
    while i < len(joined) and len(names) < MAX_LIST_NAMES:
        item = _SCALAR_ITEM.match(joined[i]) if len(joined[i]) < 400 else None
        if item is None and people and len(joined[i]) < 400:
            item = _NAMED_PERSON.match(joined[i])
            flag = _FLAG_ITEM.match(joined[i]) if item is None else None
            if flag is not None and len(flag.group(1)) >= column:
                joined[i] = ""  # "  - me: true": the site's owner, whom the file never names
                i += 1
                continue
            field = _YAML_FIELD.match(joined[i]) if item is None and names else None
            if field is not None and not field.group(2) and len(field.group(1)) > column + 1:
                joined[i] = ""  # "  - name: Ada Moss" / "    affiliation: MIT": the person's
                i += 1
                continue
        if item is None or len(item.group(1)) < column:
            break
        name = item.group(2).strip()
        if name[:1] == '"' and "\\" in name:
            name = _YAML_ESCAPE.sub(_yaml_unescaped, name)
        names.append(name.strip("\"'"))
        joined[i] = ""
        i += 1
    if names:
        joined[start - 1] = f"{joined[start - 1].rstrip()} {'; '.join(names)}"
    return i


MAX_LIST_NAMES = 500  # values of one field's list (names of one paper's authors), at most


_PUBLISHED = "x-published"  # a CSV column of when and where a paper came out, a venue or none
_TOPICS = "x-topics"  # a CSV column of a paper's topics
# a CSV file's column names besides those ("PaperTitle", "Author Names")
_COLUMNS = {
    **_DATA_FIELDS,
    "papertitle": "title",
    "paper": "title",
    "article": "title",  # ("ID,Article,R1/R2,Overall outcome,Year": a study's sheet of papers)
    "articletitle": "title",
    "authornames": "author",
    "authorsname": "author",  # "Authors_Name (comma separated)": a workshop's CMT export
    "authorsnames": "author",
    "leadauthors": "author",  # a conference's list of talks ("#,Lead Authors,Title,Length")
    # a HAL export's columns ("title_s", "authFullName_s", "producedDateY_i"), their suffix off
    "authfullname": "author",
    "journaltitle": "journal",
    "conferencetitle": "booktitle",
    "produceddatey": "year",
    "uri": "url",
    "paperurl": "url",  # ("TweetURL" beside it is no paper's address)
    "sourceurl": "url",  # a digest bot's sheet ("title,source_url,arxiv_or_doi")
    "entryid": "url",  # the arXiv API's own name of a paper's address ("entry_id", "entryId")
    "id": "x-row-id",  # a row's id: an arXiv number or the sheet's own
    "pdflink": "url",  # ("Supplementary Link" beside it is no paper's address)
    "arxivurl": "url",
    "arxivlink": "url",
    "arxiv": "eprint",  # "2101.00001", BibTeX's arXiv identifier (or its address)
    "arxivid": "eprint",
    "eprint": "eprint",
    "doi": "doi",
    "openreviewurl": "url",
    "openreviewlink": "url",
    "forum": "url",  # an OpenReview export's "https://openreview.net/forum?id=…"
    # (a Chinese team's paper sheet: "论文名字", "会议（没中或者是报告的话填None）", "论文仓库")
    **dict.fromkeys(("论文名字", "论文名称", "论文题目", "论文名"), "title"),
    **dict.fromkeys(("论文链接", "论文地址"), "url"),
    **dict.fromkeys(("会议", "发表会议", "期刊"), "booktitle"),
    **dict.fromkeys(
        (
            *("论文仓库", "代码", "代码链接", "代码仓库", "code", "codeurl", "codelink", "github"),
            *("githublink", "repo", "repolink", "repourl", "repository", "officialcode"),
        ),
        "x-papercli-code-url",
    ),
    "sourcevenue": "booktitle",  # (an OpenReview export's venue id, "EMNLP/2026/Workshop/X")
    "published": _PUBLISHED,  # "June 2017 (NeurIPS 2017)": when, and where it appeared
    "category": EXTRA_TOPICS,  # the section a paper stands in on the list
    "semester": EXTRA_TOPICS,  # (a reading group's term, the column after its category)
    "topic": EXTRA_TOPICS,
    "theme": EXTRA_TOPICS,  # ("theme,rank,title,award": the theme a reading map files it under)
    "alphaxivurl": "eprint",  # ("alphaxiv_url": a reading site's page of the arXiv paper)
    # ("Title,Conference,Type,Application,…": the field a paper applies its method to)
    **dict.fromkeys(("application", "applicationarea", "area", "researcharea"), EXTRA_TOPICS),
    "section": EXTRA_TOPICS,  # ("section\ttitle\tauthors…": a sheet's papers by section)
    # a conference's export of its programme: the session a paper is presented in (its name
    # as "1. Perception" beside "CleanSessionName" is that export's own numbering)
    "session": EXTRA_TOPICS,
    "cleansessionname": EXTRA_TOPICS,
    "track": EXTRA_TOPICS,  # ("track: System Demonstrations": a conference's part it is in)
    "sessiontracks": EXTRA_TOPICS,  # ("sessionTracks" beside "sessionName": what it is on)
    "presentationtype": EXTRA_TOPICS,  # ("paper_number,presentation_type,title": "Poster")
    "award": EXTRA_TOPICS,  # ("award,title,authors,url": the award a paper won, its section)
    "prize": EXTRA_TOPICS,
    "topics": _TOPICS,  # (its topics, where no column names its section)
    # a Korean or Japanese lab's sheet ("연도,학회명,논문 제목,링크,저자 목록"; "著者名", "発表年")
    **dict.fromkeys(("제목", "논문제목", "논문명", "論文タイトル", "論文題目"), "title"),
    **dict.fromkeys(("저자목록", "저자명", "著者名", "作者列表"), "author"),
    **dict.fromkeys(("연도", "년도", "발표연도", "発表年", "年度", "发表年份"), "year"),
    **dict.fromkeys(("학회명", "학회", "학술대회", "会議名", "学会名"), "booktitle"),
    **dict.fromkeys(("저널", "論文誌"), "journal"),
    **dict.fromkeys(("링크", "リンク"), "url"),
    # a Czech repository's export ("autori;nazev;zdroj_dok;rok_vydani;doi")
    **{"nazev": "title", "autori": "author", "zdrojdok": "journal", "rokvydani": "year"},
}
HEADER_REACH = 30  # lines, at most, before a data file's header row
HEADER_CHARS = 2000  # a header row's length, at most (a conference's export names 33 columns)
# an OpenReview venue id: the conference, its year, and a workshop's name after it
_GROUP_ID = lazy_re(
    r"([A-Za-z][\w-]{1,30})(?:\.cc)?/((?:19|20)\d\d)/(?:Workshop/([\w-]{2,60})|\w+)"
)


# "会议（没中的话填None）": a column name's remark on how to fill it in
_COLUMN_REMARK = lazy_re(r"[(（][^()（）]{0,60}[)）]")


# "title_s", "producedDateY_i", "authFullName_s": a search index's column, its type after it
_SOLR_SUFFIX = lazy_re(r"(?<=[a-zA-Z])_(?:s|i|t|l|b|d|f|dt|sm|ss|fs)$")


_AUTHOR_PART = lazy_re(r"author(\d{1,2})(first|given|last|family)(?:name)?")
_AUTHOR_PART_FIELD = "x-author-part-"  # then the author's number and "g" (given) or "l"


def _parted_authors(fields: dict[str, str]) -> None:
    """FIELDS with the parts of its authors' names ("Author 1 - first", "Author 1 - last")
    joined as its authors, in their numbers' order."""
    parts = sorted(k for k in fields if k.startswith(_AUTHOR_PART_FIELD))
    names: dict[str, list[str]] = {}
    for key in parts:
        number, which = key[len(_AUTHOR_PART_FIELD) : -1], key[-1]
        given_first = names.setdefault(number, ["", ""])
        given_first[0 if which == "g" else 1] = fields.pop(key).strip()
    joined = [" ".join(p for p in pair if p) for pair in names.values()]
    if joined and "author" not in fields:
        fields["author"] = " and ".join(name for name in joined if name)


def _column(name: str) -> str | None:
    """The field a CSV column NAME holds ("PaperTitles" and "Title" alike), or None."""
    name = _SOLR_SUFFIX.sub("", _COLUMN_REMARK.sub("", name).strip())
    name = re.sub(r"[\W_]+", "", name).lower()
    part = _AUTHOR_PART.fullmatch(name)
    if part is not None:  # "Author 1 - first", "Author 1 - last": one author's name, in parts
        given = part.group(2) in ("first", "given")
        return f"{_AUTHOR_PART_FIELD}{int(part.group(1)):03d}{'g' if given else 'l'}"
    if name not in _COLUMNS and name.startswith("paper") and len(name) > 6:
        name = name[5:-1] if name.endswith("s") and name[5:-1] in _COLUMNS else name[5:]
    if name not in _COLUMNS and name.endswith("s") and name[:-1] in _COLUMNS:
        name = name[:-1]  # "pdf_links": the column of a "pdf_link" a row each
    return _COLUMNS.get(name)


_MARKDOWN_LINK = lazy_re(r"\[([^\[\]]{2,500})\]\((https?://[^()\s]{1,1000})\)")
_TITLE_STOP = lazy_re(r"(?<=[^\s.])\.\s*$")  # "Title." in a DBLP export: the title ends there
# "Title[PyTorch]:star:5", "Title:fire:89[PyTorch]:star:81": a list's code tags and counts
_CODE_TAGS_TAIL = lazy_re(
    r"(?:\s?(?:\[(?i:pytorch|tensorflow|code|jax|keras|mxnet|caffe|paddle)\]|:(?:star|fire):\d*)){1,8}\s*$"
)


def _title_cell(value: str) -> str:
    """A data file's title cell without the full stop or the code tags after the title."""
    return _TITLE_STOP.sub("", _CODE_TAGS_TAIL.sub("", value))


DATA_ROWS = 3  # rows under such a header, at least, for the page to be a data file
SCHEDULE_COLUMNS = 4  # columns, at least, beside a title column that need no known name


_TOOL_SEPARATOR = lazy_re(r"\s*<[a-z]{1,12}:sep>\s*")


def take_delimited(text: str) -> tuple[str, list[str]]:
    """TEXT with a CSV or TSV data file's rows blanked out (line count kept), and each row as
    a BibTeX entry, read by the header row's column names ("PaperTitle<TAB>AuthorNames",
    "id,title,abstract,authors"); TEXT as it is when it holds no such header over at least
    DATA_ROWS rows with a title."""
    import csv

    lines = text.split("\n")
    for at, line in enumerate(lines[:HEADER_REACH]):
        # ("Titel;Autoren;Jahr": a spreadsheet's export where the comma is a decimal point)
        delimiter = "\t" if "\t" in line else "," if "," in line else ";" if ";" in line else None
        if delimiter is None or len(line) > HEADER_CHARS:
            continue
        # ('…,"ACM Author Emails, excluding contact email"': a quoted column name's comma)
        cells = (
            next(csv.reader([line], delimiter=delimiter)) if '"' in line else line.split(delimiter)
        )
        numbered = [k for k, cell in enumerate(cells) if _NUMBERED_TALK.fullmatch(cell.strip())]
        if len(numbered) >= WIDE_TALKS:
            # "Date,…,Session theme(s),Talk 1,Talk 2,…": a programme's row of talks per session
            papers, end = _wide_rows(lines, at, cells, numbered, delimiter)
            if len(papers) >= DATA_ROWS:
                lines[at:end] = [""] * (end - at)
                return "\n".join(lines), [
                    _bibtex_entry(f"row{n}", fields) for n, fields in enumerate(papers)
                ]
        names = [_column(n) for n in cells]
        # ("Title, Date, Time, Presentor, Resource": a schedule's columns, the title's among
        # several the reader has no field for)
        known = set(names) - {"title", None} or len(names) >= SCHEDULE_COLUMNS
        if "title" not in names or len(names) < 2 or not known:
            continue
        papers, end = _delimited_rows(lines, at, names, delimiter, text)
        entries = [_bibtex_entry(f"row{n}", fields) for n, fields in enumerate(papers)]
        if len(entries) >= DATA_ROWS:
            lines[at:end] = [""] * (end - at)
            return "\n".join(lines), entries
        return text, []
    guessed = _headerless_columns(lines)
    if guessed is not None:  # "AAAI26_W41_1,Title,"Abstract…",A, B,a@x.org": no header row
        at, names, delimiter = guessed
        papers, end = _delimited_rows(lines, at, names, delimiter, text)
        if len(papers) >= DATA_ROWS:
            entries = [_bibtex_entry(f"row{n}", fields) for n, fields in enumerate(papers)]
            lines[max(at, 0) : end] = [""] * (end - max(at, 0))
            return "\n".join(lines), entries
    return text, []


SHORT_ROW_CELLS = 3  # empty cells, at most, that a row may leave out at its end
GUESS_ROWS = 40  # rows of a file with no header row that its columns are guessed from
GUESS_SHARE = 0.8  # of them, at least, whose cell must look like a title (or names) alike
SECTION_SHARE = 0.6  # distinct values among a column's cells, at most, for it to be sections
_NOT_A_ROW_START = ("|", "#", "-", "*", "<", "{", "[", "@", ">", "`")


# "Gunhee Kim*# Disney Research; Eric Xing# Carnegie Mellon University": a conference tool's
# (CMT's) authors, each with its affiliation after "#" ("*" marks the contact author)
_CMT_AUTHOR = lazy_re(r"\s*([^#;*]{2,80}?)\s*\*?#[^;]{0,200}")


def _cmt_names(cell: str) -> str | None:
    """The names of a CMT export's authors CELL, joined by commas; None when it is no such
    cell."""
    parts = cell.split(";")
    found = [_CMT_AUTHOR.fullmatch(part) for part in parts if part.strip()]
    if not found or not all(found):
        return None
    return ", ".join(" ".join(m.group(1).split()) for m in found if m is not None)


def _headerless_columns(lines: list[str]) -> tuple[int, list[str | None], str] | None:
    """Where a CSV or TSV file with no header row (or a header row of empty names) has its
    header line (-1 for none), its columns' fields guessed from its cells (the title's, the
    authors', an address's) and its delimiter; None when its rows do not read so."""
    import csv
    import io

    from papercli.importers.names import looks_like_name_list

    first = next((k for k, line in enumerate(lines[:HEADER_REACH]) if line.strip()), None)
    if first is None or lines[first].lstrip().startswith(_NOT_A_ROW_START):
        return None
    line = lines[first]
    delimiter = "\t" if "\t" in line else ","
    at = first if not line.strip().strip(delimiter).strip() else first - 1
    sample = "\n".join(lines[at + 1 : at + 1 + 4 * GUESS_ROWS])
    rows: list[list[str]] = []
    for row in _rows(csv.reader(io.StringIO(sample), delimiter=delimiter)):
        if rows and len(row) != len(rows[0]):
            break
        rows.append(row)
        if len(rows) >= GUESS_ROWS:
            break
    if len(rows) < DATA_ROWS or len(rows[0]) < 3:
        return None

    def share(column: int, test: Callable[[str], bool]) -> float:
        return sum(test(row[column].strip()) for row in rows) / len(rows)

    def names(cell: str) -> bool:
        cell = (_cmt_names(cell) or cell) if "#" in cell else cell
        return 2 <= len(cell.split()) <= 200 and looks_like_name_list(cell) >= GUESS_SHARE

    def title(cell: str) -> bool:
        return (
            3 <= len(cell.split()) <= 40
            and "@" not in cell
            and "://" not in cell
            and cell[-1:] not in ".!?"  # (a sentence: an abstract's, a note's)
            and not names(cell)
        )

    def distinct(column: int) -> float:
        return len({row[column].strip() for row in rows}) / len(rows)

    columns = range(len(rows[0]))
    worded = [k for k in columns if share(k, title) >= GUESS_SHARE]
    # a column of titles names each row's own paper; one of a few names over and over is
    # the section, the track, the session they are in
    titles = [k for k in worded if distinct(k) >= GUESS_SHARE]
    sections = [k for k in worded if distinct(k) <= SECTION_SHARE]
    people = [k for k in columns if k not in worded and share(k, names) >= GUESS_SHARE]
    links = [k for k in columns if share(k, lambda cell: cell.startswith("http")) >= GUESS_SHARE]
    if len(titles) != 1 or not (people or links):
        return None
    if at < first and not (title(rows[0][titles[0]]) and all(names(rows[0][k]) for k in people)):
        return None  # a header row of names the reader does not know: read as a table
    fields: list[str | None] = [None] * len(rows[0])
    fields[titles[0]] = "title"
    if len(sections) == 1:
        fields[sections[0]] = EXTRA_TOPICS
    if people:
        fields[people[0]] = "author"
    if links:
        fields[links[0]] = "url"
    return at, fields, delimiter


WIDE_TALKS = 3  # numbered talk columns, at least, of a programme with one row per session
# "Talk 1", "Paper 2", "Presentation #3": a programme's column of its sessions' n-th talks
_NUMBERED_TALK = lazy_re(r"(?:talk|paper|presentation|title)\s*#?\s*\d{1,2}", re.IGNORECASE)
_SESSION_COLUMN = lazy_re(
    r"(?:session\s*)?(?:themes?|topics?|titles?|names?)(?:\s*\(s\))?|session", re.I
)


def _wide_rows(
    lines: list[str], at: int, cells: list[str], numbered: list[int], delimiter: str
) -> tuple[list[dict[str, str]], int]:
    """The papers of a programme's rows under line AT (a header of CELLS, the talks in the
    columns NUMBERED), one for each talk cell, under its session's theme, and the index of the
    line after the last row read."""
    import csv
    import io

    themes = [k for k, cell in enumerate(cells) if _SESSION_COLUMN.fullmatch(cell.strip())]
    reader = csv.reader(io.StringIO("\n".join(lines[at + 1 :])), delimiter=delimiter)
    papers: list[dict[str, str]] = []
    end = at + 1
    for row in _rows(reader):
        if not "".join(row).strip():
            break
        theme = next((row[k].strip() for k in themes if k < len(row) and row[k].strip()), "")
        for k in numbered:
            title = _bibtex_value(_title_cell(row[k])) if k < len(row) else ""
            if len(title) >= 4:
                papers.append({"title": title} | ({EXTRA_TOPICS: theme} if theme else {}))
        end = at + 1 + reader.line_num
    return papers, end


def _delimited_rows(
    lines: list[str], at: int, names: list[str | None], delimiter: str, text: str
) -> tuple[list[dict[str, str]], int]:
    """The papers of the rows below line AT (a header naming their columns NAMES), each as
    its fields, and the index of the line after the last row read."""
    import csv
    import io

    from papercli.importers.venues import find_venue_year

    # ('"A; B", "Title",CVPR': a space after some commas, before a quoted cell)
    spaced = delimiter == "," and '", "' in text[:20_000]
    reader = csv.reader(
        io.StringIO("\n".join(lines[at + 1 :])), delimiter=delimiter, skipinitialspace=spaced
    )
    papers: list[dict[str, str]] = []
    end = at + 1
    for row in _rows(reader):
        if len(row) > len(names) and not "".join(row[len(names) :]).strip():
            row = row[: len(names)]  # "…,https://…,,,": a row's empty cells past the last
        if (
            "title" in names
            and max(names.index("title") + 1, len(names) - SHORT_ROW_CELLS, 3) <= len(row)
            and len(row) < len(names)
            and not row[0].lstrip().startswith("#")
        ):
            row = row + [""] * (len(names) - len(row))  # (its empty cells at the end left out)
        if len(row) != len(names):
            break
        fields: dict[str, str] = {}
        for name, value in zip(names, row, strict=True):
            if name is None or not value.strip() or value.strip().lower() in BLANK_VALUES:
                continue
            if name == "title" and "title" in fields and _ADDRESS.match(value.strip()):
                continue  # ("title,…,paper": a second title column of the paper's address)
            if name == _ROW_ID:
                if _BARE_ARXIV.fullmatch(value.strip()):
                    fields["eprint"] = value.strip()  # "id": "2303.08774v4", its arXiv number
                continue
            value = _bibtex_value(_title_cell(value) if name == "title" else value)
            if name == EXTRA_TOPICS and fields.get(name):
                value = f"{fields[name]};{value}"  # "theme,…,award": the paper stands in both
            fields[name] = value
        if any(name.startswith(_AUTHOR_PART_FIELD) for name in fields):
            _parted_authors(fields)
        if "title" not in fields:
            if len(row) >= SCHEDULE_COLUMNS:
                continue  # "…,plenary,…,Opening Remarks,,,": a programme's row of no paper
            break
        linked = _MARKDOWN_LINK.fullmatch(fields["title"].strip())
        if linked is not None:  # "[Title](https://…)": the title as a link to the paper
            fields["title"] = linked.group(1).strip()
            fields.setdefault("url", linked.group(2))
        if "author" in fields:
            cmt = _cmt_names(fields["author"]) if "#" in fields["author"] else None
            if cmt is not None:  # "Gunhee Kim*# Disney Research; Eric Xing# CMU": CMT's export
                fields["author"] = cmt
            elif "<" in fields["author"]:  # "A<author:sep>B": an export tool's own separator
                fields["author"] = _TOOL_SEPARATOR.sub(", ", fields["author"])
            elif "|" in fields["author"] and "," not in fields["author"]:
                fields["author"] = fields["author"].replace("|", ", ")  # "A|B|C": OpenReview's
            fields["author"] = _author_field(fields["author"]) or _one_person(fields["author"])
        group = _GROUP_ID.fullmatch(fields.get("booktitle", ""))
        if group is not None:  # "ICLR.cc/2024/Conference", "EMNLP/2026/Workshop/GroundLM"
            fields["booktitle"] = group.group(3) or group.group(1)
            fields.setdefault("year", group.group(2))
        topics = fields.pop(_TOPICS, "")
        if topics:
            fields.setdefault(EXTRA_TOPICS, topics)
        published = find_venue_year(fields.pop(_PUBLISHED, ""))[0]
        if published is not None:  # (not "March 2022": a date names no venue)
            fields.setdefault("booktitle", published)
        held, held_in = find_venue_year(fields.get("booktitle", ""))
        if held is not None and held_in is not None:  # "NeurIPS 2021": where, and when
            fields["booktitle"] = held
            fields.setdefault("year", str(held_in))
        end = at + 1 + reader.line_num
        if papers and papers[-1]["title"] == fields["title"] and "author" in fields:
            # "ICML,2017,Title,Max Jaderberg" / "ICML,2017,Title,Oriol Vinyals": a file
            # of one row per author, the paper's rows one after another
            earlier = papers[-1].get("author")
            papers[-1]["author"] = " and ".join(filter(None, (earlier, fields["author"])))
            continue
        papers.append(fields)
    return papers, end


# "[[paper]]", "    [[entry]]" (an array of tables indented under "[publication]")
_TOML_TABLES = lazy_re(r"^[ \t]*\[\[[\w.-]{1,60}\]\][ \t]*$", re.MULTILINE)
# 'title = "Title"', "year = 2021", 'tags = ["RL", "robots"]': a TOML table's key and value
# (or an array's first line, 'author = [')
_TOML_PAIR = lazy_re(
    r"""^([A-Za-z][\w-]{0,40})\s*=\s*("(?:[^"\\\n]|\\.){0,4000}"|'[^'\n]{0,4000}'|"""
    r"""\[[^\[\]\n]{0,4000}\]?|[\w.:+-]{1,40})\s*(?:#.*)?$"""
)
# "[vegayon2020aphylo]" / "entrytype = 'article'" / "title = '…'": a BibTeX entry as a table
_TOML_KEYED_TABLE = lazy_re(
    r"""^[ \t]*\[["']?[\w.:-]{1,80}["']?\][ \t]*\n(?:[ \t]*[\w-]{1,40}[ \t]*=.*\n){0,3}"""
    r"""[ \t]*title[ \t]*=""",
    re.MULTILINE,
)
_TOML_KEY_LINE = lazy_re(r"""^[ \t]*\[["']?[\w.:-]{1,80}["']?\][ \t]*$""")
_TOML_STRING = lazy_re(r""""((?:[^"\\\n]|\\.){0,4000})"|'([^'\n]{0,4000})'""")


def take_toml(text: str) -> tuple[str, list[str]]:
    """TEXT with the papers of a TOML data file blanked out (line count kept), and each as a
    BibTeX entry ("[[paper]]" / 'title = "Title"' / 'paper = "https://…"'), read as the YAML
    list it is written like, its comments over the tables as their topics (or a table per paper
    named by its cite key: "[vegayon2020aphylo]" / "title = '…'"); TEXT as it is when it holds
    fewer than DATA_ROWS such tables."""
    keyed = False  # "[vegayon2020aphylo]" / "title = '…'": a table per paper, its cite key
    if len(_TOML_TABLES.findall(text, 0, 20_000)) < DATA_ROWS:
        keyed = len(_TOML_KEYED_TABLE.findall(text, 0, 20_000)) >= DATA_ROWS
        if not keyed:
            return text, []
    lines = text.split("\n")
    tables: list[list[tuple[int, str, str]]] = []  # each table's pairs: line, key, value
    paths: list[tuple[int, str]] = []  # each table's line and name ("sections.papers")
    inside = False
    for i, line in enumerate(lines):
        if _TOML_TABLES.match(line) or (keyed and _TOML_KEY_LINE.match(line)):
            lines[i], inside = "", True
            tables.append([])
            paths.append((i, line.strip()[2:-2] if not keyed else ""))
            continue
        if line.lstrip().startswith("["):
            inside = False  # "[meta]": a table of no list
            continue
        pair = _TOML_PAIR.match(line.strip()) if inside else None
        if pair is None:
            continue
        value = pair.group(2)
        end = None
        if value[:1] == "[" and value.count("[") > value.count("]"):
            # 'author = [' / '    "Ada Moss",' / ']': an array over lines of its own
            # ('fields = [' / '  ["Authors", "A", "B"],' / ']': of arrays, each on its line)
            end = next(
                (
                    k
                    for k in range(i + 1, min(len(lines), i + 1 + MAX_LIST_NAMES))
                    if lines[k].strip().startswith("]") or ("[" not in lines[k] and "]" in lines[k])
                ),
                None,
            )
            if end is not None:
                value = " ".join(part.strip() for part in [value, *lines[i + 1 : end + 1]])
                lines[i + 1 : end + 1] = [""] * (end - i)
        labelled = _labelled_arrays(value) if value.startswith("[") and value.count("[") > 1 else []
        if labelled and end is not None and end - i >= len(labelled):
            # "fields = [" / '  ["Authors", "A", "B"],' / '  ["In", "*Venue (2026)*"],': each
            # array a field, its label first (written on the lines the array took)
            tables[-1].extend((i + n, key, said) for n, (key, said) in enumerate(labelled))
            continue
        tables[-1].append((i, pair.group(1), _toml_value(value)))
    _toml_nested(tables, paths, lines)
    for pairs in tables:
        pairs.sort()  # (a table's section, on its header's line, first)
        keys = {key.lower() for _, key, _ in pairs}
        for k, (i, key, value) in enumerate(pairs):
            if (
                "title" not in keys
                and key.lower() in ("paper", "name")
                and not _ADDRESS.match(value)
            ):
                key = "title"  # 'Paper = "Title"': the table's title under its own name
            lines[i] = f"{'  ' if k else '- '}{key}: {value}"
    data, entries = take_yaml("\n".join(lines))
    if not entries:
        return text, []
    # (the tables of no paper are data too: "[[paper]]" / 'arxiv = "2603.29895"' / "venue = …",
    # its title left to a script to fetch, never the page's prose)
    taken = data.split("\n")
    for i in (i for pairs in tables for i, _, _ in pairs):
        taken[i] = ""
    return "\n".join(taken), entries


def _toml_nested(
    tables: list[list[tuple[int, str, str]]], paths: list[tuple[int, str]], lines: list[str]
) -> None:
    """TABLES read with their nesting ("[[sections]]" / "[[sections.papers]]" /
    "[[sections.papers.links]]"): a parent of other tables with a name and no title is their
    section, its name their topic (no paper); a link table's address is its parent's (a
    "Talk" or "Slides" link's aside). LINES loses the tables taken into others."""
    parent_of: dict[int, int] = {}
    last: dict[str, int] = {}
    for k, (_, path) in enumerate(paths):
        if "." in path and path.rsplit(".", 1)[0] in last:
            parent_of[k] = last[path.rsplit(".", 1)[0]]
        last[path] = k
    if not parent_of:
        return
    parents = set(parent_of.values())
    for k, up in sorted(parent_of.items()):
        pairs, above = dict((key.lower(), value) for _, key, value in tables[k]), tables[up]
        named = {key.lower(): value for _, key, value in above}
        if "title" not in named and "name" in named and "title" in pairs:
            tables[k].append((paths[k][0], "topic", named["name"]))  # its section's name
        elif "title" not in pairs and "url" in pairs and _ADDRESS.match(pairs["url"]):
            label = pairs.get("label", pairs.get("name", ""))
            if not _NOT_PAPER_LINK.search(label.lower()) and "url" not in named:
                above.append((paths[k][0], "url", pairs["url"]))  # (on the link's own line)
            for i, _, _ in tables[k]:
                lines[i] = ""
            tables[k] = []
    for up in parents:
        keys = {key.lower() for _, key, _ in tables[up]}
        if (
            "title" not in keys
            and "name" in keys
            and any(
                "title" in {key.lower() for _, key, _ in tables[k]}
                for k, above in parent_of.items()
                if above == up
            )
        ):
            for i, _, _ in tables[up]:
                lines[i] = ""
            tables[up] = []  # a section, named over its papers


# the labels a TOML file's arrays of fields start with ('["Authors", "A", "B"]', '["In", "…"]')
_ARRAY_LABELS = {
    "authors": "author",
    "author": "author",
    "in": "booktitle",
    "venue": "booktitle",
    "published in": "booktitle",
    "journal": "journal",
    "year": "year",
    "doi": "doi",
}
_INNER_ARRAY = lazy_re(r"\[([^\[\]]{0,4000})\]")


def _labelled_arrays(value: str) -> list[tuple[str, str]]:
    """The fields of a TOML array of arrays, each labelled by its first string
    ('[["Authors", "A", "B"], ["In", "*Venue*"]]'), as key and value; [] when any label is
    none the reader knows."""
    fields = []
    for inner in _INNER_ARRAY.findall(value[1:]):
        strings = _toml_strings(inner)
        if len(strings) < 2:
            return []
        key = _ARRAY_LABELS.get(strings[0].strip().lower())
        if key is None:
            return []
        said = ", ".join(strings[1:]) if key == "author" else strings[1].strip("*_ ")
        fields.append((key, said))
    return fields


def _toml_strings(value: str) -> list[str]:
    """The strings a TOML VALUE holds, its escapes undone."""
    return [
        _unescaped(double) if double else single for double, single in _TOML_STRING.findall(value)
    ]


def _toml_value(value: str) -> str:
    """A TOML value as the YAML reader reads it: a string's text, an array's strings joined."""
    strings = _toml_strings(value)
    if value.startswith("["):
        return "; ".join(strings)
    return strings[0] if strings and value[:1] in "\"'" else value


# a site template's call per paper: Jekyll's '{% include paper.html title="…" authors="…" %}',
# Hugo's '{{< paper title="…" authors="…" >}}' (its quoted values may hold any character)
_CALL_BODY = r"""(?:"(?:[^"\\\n]|\\.){0,4000}"|'[^'\n]{0,4000}'|[^%{}<>"'])"""
_TEMPLATE_CALL = lazy_re(
    rf"\{{%-?\s*include\s+[\w./-]{{1,80}}\s+({_CALL_BODY}{{1,5000}}?)-?%\}}"
    rf"|\{{\{{<\s*[\w/-]{{1,40}}\s+({_CALL_BODY}{{1,5000}}?)>\}}\}}"
)
_ATTRIBUTE = lazy_re(
    r"""([A-Za-z][\w-]{0,30})\s*=\s*(?:"((?:[^"\\]|\\.){0,4000})"|'([^'\n]{0,4000})')"""
)
# '<small>(short)</small> Title', 'Title <b>*Best paper award*</b>': a program's marks on a
# title, and the markup around its words
_SMALL_MARK = lazy_re(r"<small>\s*[(\[][^()\[\]<>]{1,20}[)\]]\s*</small>", re.IGNORECASE)
_MARKUP = lazy_re(r"<[^<>\n]{1,200}>")
_ANCHOR = lazy_re(r"\s*<a\b[^<>\n]{0,2000}>([^<>\n]{0,100})</a>", re.IGNORECASE)
_MARK_AFTER = lazy_re(
    r"(?<!\s)\s*\*{1,2}[^*\n]{0,40}\b(?i:award|prize|best|mention|winner|nominee|finalist)"
    r"[^*\n]{0,40}\*{1,2}$"
)
# '{{< figure src="/p.jpg" title="Title — Poster" >}}', '{% include figure.html … %}': an
# image and its caption
_MEDIA_CALL = lazy_re(
    r"\{\{[<%]\s*(?:figure|img|image|gallery|video|youtube|vimeo|tweet|gist)\s[^\n]{0,2000}?[>%]\}\}"
    r"|\{%\s*include\s+(?:figure|image|img)[\w.-]*\s[^\n]{0,2000}?%\}"
)
TEMPLATE_CALLS = 2  # calls a page needs, at least, for them to be its papers
# "{{ paper('Title', 'A, B and C', openreview='https://…', abstract="…") }}": a Jinja macro
# for a paper, its title and its authors as the call's first two arguments
_MACRO_CALL = lazy_re(
    rf"\{{\{{-?\s*(?:paper|publication|pub)\(\s*({_CALL_BODY}{{1,5000}}?)\)\s*-?\}}\}}"
)
_POSITIONAL = lazy_re(r"""\s*(?:"((?:[^"\\\n]|\\.){0,2000})"|'([^'\n]{0,2000})')\s*(?:,|$)""")
_MACRO_LINKS = ("openreview", "url", "pdf", "arxiv", "paper", "link")


def macro_calls_as_markdown(text: str) -> str:
    """TEXT with each Jinja macro call for a paper written as the list item it renders ("- Title"
    / "  Authors: A, B" / "  [paper](url)"), on as many lines as the call took, so that the
    sections above it still hold it."""
    if "{{" not in text or "(" not in text:
        return text
    return _MACRO_CALL.sub(_macro_item, text)


def _macro_item(call: re.Match[str]) -> str:
    body = call.group(1)
    given: list[str] = []
    start = 0
    while len(given) < 2:
        found = _POSITIONAL.match(body, start)
        if found is None:
            break
        start = found.end()
        given.append(" ".join(html.unescape(found.group(1) or found.group(2) or "").split()))
    if not given or not given[0]:
        return call.group(0)
    lines = [f"- {given[0]}"]
    if len(given) > 1 and given[1]:
        lines.append(f"  Authors: {given[1]}")
    links = {name.lower(): double or single for name, double, single in _ATTRIBUTE.findall(body)}
    url = next((links[name] for name in _MACRO_LINKS if links.get(name, "").startswith("http")), "")
    if url:
        lines.append(f"  [paper]({url})")
    if links.get("code", "").startswith("http"):
        lines.append(f"  [code]({links['code']})")
    breaks = call.group(0).count("\n")
    return "\n".join(lines[: breaks + 1]) + "\n" * max(0, breaks + 1 - len(lines))


def take_template_calls(text: str) -> tuple[str, list[str]]:
    """TEXT with its site template's calls that each give a paper's title and another of its
    fields (authors, venue, year, link) as attributes blanked out (line count kept), and
    each call as a BibTeX entry; TEXT as it is when fewer than TEMPLATE_CALLS such calls."""
    if "{%" not in text and "{{<" not in text:
        return text, []
    text = _MEDIA_CALL.sub("", text)  # (a figure's title is its caption, no paper's)
    found: list[tuple[tuple[int, int], dict[str, str]]] = []
    for call in _TEMPLATE_CALL.finditer(text):
        fields: dict[str, str] = {}
        for name, double, single in _ATTRIBUTE.findall(call.group(1) or call.group(2)):
            field = _CALL_FIELDS.get(name.lower())
            # ('title="NeuroLogic A&#42;esque Decoding"': an HTML page's entity, read)
            value = _bibtex_value(html.unescape((double or single).replace('\\"', '"')))
            if field is not None and value and field not in fields:
                value = _MARKUP.sub(" ", _SMALL_MARK.sub(" ", value))
                fields[field] = _bibtex_value(_MARK_AFTER.sub("", _bibtex_value(value)))
        found.append((call.span(), fields))
    return _taken_entries(text, found, "call")


def _taken_entries(
    text: str, found: list[tuple[tuple[int, int], dict[str, str]]], prefix: str
) -> tuple[str, list[str]]:
    """TEXT with the FOUND spans that give a paper's title and another of its fields blanked
    out (line count kept), and each as a BibTeX entry; TEXT as it is when fewer than
    TEMPLATE_CALLS ('{{< figure title="The group on the summit" >}}' gives no paper)."""
    entries: list[str] = []
    spans: list[tuple[int, int]] = []
    for span, fields in found:
        if not fields.get("title") or len(fields.keys() - {EXTRA_TOPICS}) < 2:
            continue
        if "author" in fields:
            fields["author"] = _author_field(fields["author"])
        entries.append(_bibtex_entry(f"{prefix}{len(entries)}", fields))
        spans.append(span)
    if len(entries) < TEMPLATE_CALLS:
        return text, []
    return _blanked(text, spans), entries


# '<Paper title="T" authors={{ "Ana Ruiz": [], "Bo Chen": [] }} pdf="/p/1.pdf" />': a site's
# component for a paper, its fields as attributes (strings, or a list or map of names)
_JSX_VALUE = (
    r"""(?:"(?:[^"\\\n]|\\.){0,4000}"|'[^'\n]{0,4000}'|\{(?:[^{}]++|\{[^{}]*+\}){0,100}\})"""
)
_JSX_ELEMENT = lazy_re(
    rf"<([A-Z][\w.]{{0,40}})((?:\s+[A-Za-z][\w-]{{0,30}}\s*=\s*{_JSX_VALUE}){{1,30}})\s*/?>"
)
_JSX_ATTRIBUTE = lazy_re(rf"([A-Za-z][\w-]{{0,30}})\s*=\s*({_JSX_VALUE})")
_QUOTED_NAME = lazy_re(r'"((?:[^"\\\n]|\\.){1,200})"\s*(:?)')


def take_jsx_elements(text: str) -> tuple[str, list[str]]:
    """TEXT with a site's components that each give a paper's title and another of its fields
    blanked out (line count kept), and each as a BibTeX entry; TEXT as it is when fewer than
    TEMPLATE_CALLS such components."""
    if "={" not in text and '="' not in text:
        return text, []
    found: list[tuple[tuple[int, int], dict[str, str]]] = []
    for element in _JSX_ELEMENT.finditer(text):
        fields: dict[str, str] = {}
        for name, raw in _JSX_ATTRIBUTE.findall(element.group(2)):
            field = _CALL_FIELDS.get(name.lower())
            if field is None or field in fields:
                continue
            if raw.startswith("{"):  # {["A", "B"]} or {{ "A": [], "B": [] }}: names
                quoted = _QUOTED_NAME.findall(raw)
                keyed = [q for q, colon in quoted if colon]
                names = keyed or [q for q, _ in quoted]
                value = ", ".join(names) if field == "author" else ""
            else:
                value = html.unescape(raw[1:-1].replace('\\"', '"'))
            value = _bibtex_value(_MARKUP.sub(" ", value))
            if field == "url" and not value.startswith(("http://", "https://")):
                continue  # pdf="/papers/2022/1.pdf": the site's own path, no address without it
            if value:
                fields[field] = value
        found.append((element.span(), fields))
    return _taken_entries(text, found, "jsx")


def _bibtex_entry(key: str, fields: dict[str, str]) -> str:
    """A BibTeX entry of FIELDS (plain values, see _bibtex_value) under KEY; a venue tag that
    opens the title ('title: "(CVPR 2018) Title"') is the entry's venue and year."""
    tagged = _TITLE_VENUE_TAG.match(fields.get("title", ""))
    if tagged is not None:
        from papercli.importers.digest.fields import venue_year

        venue, year = venue_year(tagged.group(1))
        if venue is not None and year is not None:
            fields = {**fields, "title": tagged.group(2)}
            fields.setdefault("booktitle", venue)
            fields.setdefault("year", str(year))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields.items())
    return f"@misc{{{key},\n{body}\n}}"


_TITLE_VENUE_TAG = lazy_re(r"^\s*[(（]([^()（）]{2,30})[)）]\s*(\S.{3,})$")


def delimited_as_table(text: str) -> str:
    """TEXT, when it is a CSV file whose header names no title column ("date,description,
    link,category": a site's news), as a markdown table of its rows, so that each cell is read
    apart (and its line breaks, "</br>", part its lines); else TEXT."""
    import csv
    import io

    first = text.lstrip("\ufeff").split("\n", 1)[0].strip()
    if not _CSV_HEADER.fullmatch(first) or len(text) > _MAX_TABLE_CHARS:
        return text
    names = [name.strip() for name in first.split(",")]
    lines = text.split("\n")
    reader = csv.reader(io.StringIO("\n".join(lines[1:])))
    rows: list[tuple[int, list[str]]] = []
    for row in _rows(reader):
        if row and len(row) != len(names):
            return text  # (not a CSV file, or not this one's rows)
        if row:
            rows.append((reader.line_num, row))
    if len(rows) < DATA_ROWS:
        return text
    out = ["| " + " | ".join(names) + " |", "|" + "---|" * len(names)]
    at = 0  # the reader's line count so far: a row's cells may run over lines
    for line_num, row in rows:
        out += [""] * max(0, line_num - at - 1)
        cells = (" ".join(cell.split()).replace("|", "\\|") for cell in row)
        out.append("| " + " | ".join(cells) + " |")
        at = line_num
    return "\n".join(out) + "\n"


# "date,description,link,category": three to twelve column names, none of them a title's
_CSV_HEADER = lazy_re(r"[A-Za-z_][\w ]{0,30}(?:,[A-Za-z_][\w ]{0,30}){2,11}")
_MAX_TABLE_CHARS = 2_000_000


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """READER's rows up to the first it cannot read (a field past the csv module's limit)."""
    import csv

    try:
        yield from reader
    except csv.Error:
        return


def _bibtex_value(value: str) -> str:
    """VALUE as plain text inside a BibTeX field: no braces or backslashes (which BibTeX would
    read as groups and commands), its spaces collapsed."""
    return " ".join(value.replace("{", " ").replace("}", " ").replace("\\", " ").split())


def _author_field(value: str) -> str:
    """A data file's authors ("Silva, Andrew*; Chopra, Rohit", "A, B and C") as BibTeX's."""
    import html

    from papercli.importers.names import parse_names

    return " and ".join(parse_names(html.unescape(value).replace("*", "")))


_PERSON_WORDS = lazy_re(r"[^\W\d_][\w'’.\-]*(?: [^\W\d_][\w'’.\-]*){1,3}")


def _one_person(value: str) -> str:
    """An author column's one name as the file types it ("koray kavukcuoglu", which the name
    list's reader takes for words), or ""."""
    value = " ".join(value.split())
    return value if _PERSON_WORDS.fullmatch(value) else ""


# a JavaScript or TypeScript data file ("export const papers = [" / "  {" / '    title: "…",'):
# a field line, a string's quotes, an object or array opened or closed alone on a line
_JS_FIELD = lazy_re(r"^[ \t]*([A-Za-z_$][\w$]{0,40})\s*:\s*(.*?)\s*,?\s*$")
_JS_STRING = lazy_re(r"^([\"'`])((?:[^\\\n]|\\.)*?)\1(?:\s+as\s+const)?$")
_JS_STRINGS = lazy_re(r"^\[\s*((?:([\"'`])(?:[^\\\n]|\\.)*?\2\s*,?\s*)+)\]$")
_JS_STRING_ITEM = lazy_re(r"([\"'`])((?:[^\\\n]|\\.)*?)\1")
_JS_OPEN = lazy_re(r"^[ \t]*(?:[\w$.\s:<>\[\]|,]*=\s*)?([\[{])\s*$")  # ("Record<string, string>")
_JS_CLOSE = lazy_re(r"^[ \t]*[\]}][\])}]*\s*(?:as\s+const)?\s*[,;]?\s*$")
JS_FIELDS = 3  # string fields in objects, at least, for a page to be read as a data file
_JS_ESCAPE = lazy_re(r"\\(.)")


# 'x.push("1.\tNAMES. Title. Em: Venue, 2018.");': a script that builds a list of strings
_JS_PUSH = lazy_re(
    r"^[ \t]*[A-Za-z_$][\w$.]{0,60}\.push\(\s*"
    r"""(["'`])((?:[^\\\n]|\\.){0,4000}?)\1\s*\)\s*;?[ \t]*$""",
    re.MULTILINE,
)


_JS_SPACES = {"t": "\t", "n": " ", "r": ""}  # a string's escaped tab, line break, return


def js_pushed_strings(text: str) -> str:
    """TEXT with each line of a script that pushes a string onto a list ('x.push("…");')
    written as that string, when at least JS_FIELDS lines do; TEXT as it is otherwise."""
    if ".push(" not in text or len(_JS_PUSH.findall(text, 0, 200_000)) < JS_FIELDS:
        return text

    def pushed(match: re.Match[str]) -> str:
        value = match.group(2)
        if "\\" not in value:
            return value
        return _JS_ESCAPE.sub(lambda m: _JS_SPACES.get(m.group(1), m.group(1)), value)

    return _JS_PUSH.sub(pushed, text)


def js_objects_as_yaml(text: str) -> str:
    """TEXT, when it is a JavaScript or TypeScript file of objects ('{ title: "…", url: "…" }'),
    written as the YAML list it holds ("- title: …" / "  url: …"), each object that sits in an
    array an item; TEXT as it is otherwise."""
    if "{" not in text:
        return text
    lines = _one_line_objects_opened(_title_maps_as_lists(text.split("\n")))
    fields = 0
    for line in lines[:20_000]:
        found = _JS_FIELD.match(line) if len(line) < 4000 else None
        fields += found is not None and _JS_STRING.match(found.group(2)) is not None
    if fields < JS_FIELDS or sum(bool(_JS_OPEN.match(line)) for line in lines) < 2:
        return text
    out: list[str] = []
    # what each open bracket is: "list" (its objects are items) or an object, with the indent
    # its fields are written at, and whether its first field is still to take the item's dash
    opened: list[tuple[str, int]] = []
    dash = False
    waiting: str | None = None  # a field whose value is on the next line ("title:")
    skip = -1  # the last line of a list of strings already read as one field's value
    banner = ""  # the section a comment's banner names, over the objects below it
    for k, line in enumerate(lines):
        if k <= skip:
            out.append("")
            continue
        stripped = line.strip()
        indent = opened[-1][1] if opened else 0
        if waiting is not None:
            held = _JS_STRING.match(stripped.rstrip(",").strip())
            if held is not None:
                out.append(_yaml_field(waiting, held.group(2), indent, dash))
                dash, waiting = False, None
                continue
            waiting = None
        if not stripped or stripped.startswith("//"):
            if _banner(lines, k):  # "// ====" / "// Tier 0: Classics" / "// ====": a section
                banner = stripped.lstrip("/ ").strip()
            out.append("")
            continue
        opener = _JS_OPEN.match(line)
        if opener is not None and not _JS_FIELD.match(line):
            if opener.group(1) == "[":
                opened.append(("list", indent))
            else:  # an object: an item of the list it sits in
                dash = (bool(opened) and opened[-1][0] == "list") or not opened
                opened.append(("object", indent + 2 if opened else 2))
            out.append("")
            continue
        if _JS_CLOSE.match(line):
            if banner and opened and opened[-1][0] == "object" and len(opened) >= 2:
                out.append(_yaml_field("topic", banner, indent, False))
            if opened:
                opened.pop()
            out.append("")
            continue
        named = _JS_NAMED_LIST.match(line) if len(line) < 400 else None
        if named is not None and _strings_below(lines, k) is None:
            # "'Foundational Literature': [": a list of papers under its section's name
            out.append(_yaml_field("category", named.group(2) or named.group(3), indent, False))
            opened.append(("list", indent + 2))
            continue
        field = _JS_FIELD.match(line) if len(line) < 4000 else None
        if field is None or not opened:
            out.append(line)
            continue
        key, value = field.group(1), field.group(2)
        string = _JS_STRING.match(value)
        strings = _JS_STRINGS.match(value)
        if string is not None:
            out.append(_yaml_field(key, string.group(2), indent, dash))
        elif strings is not None:  # 'authors: ["A", "B"]'
            names = ", ".join(m.group(2) for m in _JS_STRING_ITEM.finditer(strings.group(1)))
            out.append(_yaml_field(key, names, indent, dash))
        elif value == "{" and opened[-1][0] == "object":
            # 'paper: {' / 'name: "…"', an item's fields in an object of their own: the item's
            opened.append(("object", indent))
            continue
        elif value == "[" and (listed := _strings_below(lines, k)) is not None:
            # 'authors: [' / '"A",' / '"B",' / '],': one field, its strings joined
            out.append(_yaml_field(key, ", ".join(listed[0]), indent, dash))
            skip = listed[1]
        elif value in ("{", "["):
            out.append(_yaml_field(key, "", indent, dash))
            opened.append(("list" if value == "[" else "object", indent + 2))
        elif not value:
            waiting = key
            continue
        else:  # a number, true, a name
            out.append(_yaml_field(key, value.strip("'\""), indent, dash))
        dash = False
    return "\n".join(out)


def _banner(lines: list[str], k: int) -> bool:
    """Whether line K is a comment between two comments of a rule ("// ====="): a banner
    naming the section below it."""
    if k == 0 or k + 1 >= len(lines) or _JS_RULE.match(lines[k].strip()):
        return False
    return bool(_JS_RULE.match(lines[k - 1].strip()) and _JS_RULE.match(lines[k + 1].strip()))


_JS_RULE = lazy_re(r"^//\s*[=\-*#]{5,}\s*$")


def _title_maps_as_lists(lines: list[str]) -> list[str]:
    """LINES with each object declared as a map of names to titles ("export const PAPERS:
    Record<string, string> = {" / "  resnet: 'Deep Residual Learning for …'," / "};") written
    as a list of objects of one title each: TITLE_MAP_ENTRIES entries or more, all strings of
    TITLE_MAP_WORDS words on average at least."""
    out = list(lines)
    k = 0
    while k < len(lines):
        opener = _JS_OPEN.match(lines[k])
        if opener is None or opener.group(1) != "{" or "=" not in lines[k]:
            k += 1
            continue
        values: list[tuple[int, str, str]] = []  # (line, the title's string, its name)
        end = k + 1
        while end < len(lines) and not _JS_CLOSE.match(lines[end]):
            stripped = lines[end].strip()
            if stripped and not stripped.startswith("//"):  # (blank lines, comments between)
                field = _JS_FIELD.match(lines[end])
                string = _JS_STRING.match(field.group(2)) if field is not None else None
                if field is None or string is None:
                    break
                values.append((end, string.group(0), field.group(1)))
            end += 1
        # (or the file ends inside it: a page cut short)
        closed = end == len(lines) or _JS_CLOSE.match(lines[end]) is not None
        words = sum(len(literal.split()) for _, literal, _ in values)
        if closed and len(values) >= TITLE_MAP_ENTRIES and words >= TITLE_MAP_WORDS * len(values):
            brace = lines[k].rindex("{")
            out[k] = lines[k][:brace] + "[" + lines[k][brace + 1 :]
            for at, literal, name in values:
                out[at] = f"  {{ title: {literal}, map_key: '{name}' }},"
            if end < len(lines):
                out[end] = lines[end].replace("}", "]", 1)
        k = end + 1 if closed else k + 1
    return out


TITLE_MAP_ENTRIES = 5
TITLE_MAP_WORDS = 3


def _one_line_objects_opened(lines: list[str]) -> list[str]:
    """LINES with each object written on one line ('{ id: "x", title: "…", year: 1950 },')
    opened up, a field to a line, when ONE_LINE_OBJECTS lines or more are such objects."""
    if sum(1 for line in lines[:20_000] if _ONE_LINE_OBJECT.match(line)) < ONE_LINE_OBJECTS:
        return lines
    out: list[str] = []
    for line in lines:
        whole = _ONE_LINE_OBJECT.match(line) if len(line) < 20_000 else None
        if whole is None:
            out.append(line)
            continue
        out.append(whole.group(1) + "{")
        out += [f"{whole.group(1)}  {field}," for field in top_level_parts(whole.group(2))]
        out.append(whole.group(1) + "},")
    return out


# '{ id: "turing", title: "…", authors: "Alan Turing", year: 1950 },': an object on one line
_ONE_LINE_OBJECT = lazy_re(r"^([ \t]*)\{\s*([A-Za-z_$][\w$]{0,40}\s*:.*?)\s*\}\s*,?\s*$")
ONE_LINE_OBJECTS = 3  # lines, at least, of a file written so


# "'Foundational Literature': [", '"Core papers": [': a list under a quoted name
# (or "Distribution: [", a capitalised key: a field's key is written in lower case)
_JS_NAMED_LIST = lazy_re(r"^[ \t]*(?:([\"'])([^\"'\n]{1,80})\1|([A-Z][\w$]{0,40}))\s*:\s*\[\s*$")
_JS_LIST_CLOSE = lazy_re(r"^\]\s*[,;]?$")
JS_LIST_LINES = 200  # lines of strings, at most, read as one field's list


def _strings_below(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The strings of the list opened on line START, one to a line, and the line that closes
    it; None when the list holds anything else (objects, numbers)."""
    found: list[str] = []
    for k in range(start + 1, min(len(lines), start + 1 + JS_LIST_LINES)):
        stripped = lines[k].strip()
        if _JS_LIST_CLOSE.match(stripped):
            return (found, k) if found else None
        string = _JS_STRING.match(stripped.rstrip(",").rstrip())
        if string is None:
            return None
        found.append(string.group(2))
    return None


def _yaml_field(key: str, value: str, indent: int, dash: bool) -> str:
    """A YAML line of KEY and VALUE (a JavaScript string's escapes read) at INDENT, an item's
    first ("- key: …", the dash in the indent) when DASH."""
    value = _JS_ESCAPE.sub(r"\1", value) if "\\" in value else value
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"' if value else ""
    lead = " " * (indent - 2) + "- " if dash else " " * indent
    return f"{lead}{key}: {quoted}".rstrip()
