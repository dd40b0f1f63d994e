"""Derived features of a title candidate: its shape, its line's place, the page's repetition.

Only derived numbers and flags go into the model (word counts, casing, punctuation, markup
kind, CJK share, how often the line's shape repeats on the page...), never page text, so the
fitted weights hold nothing of the pages they were fitted on.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from papercli.importers.digest.blocks import CJK_LETTER, Line
from papercli.importers.digest.candidates import TITLE_LABEL, Candidate, strip_number
from papercli.lazy_regex import lazy_re

_CJK = CJK_LETTER  # (Korean and Japanese script too)
_LATIN_WORD = lazy_re(r"[A-Za-z][A-Za-z'’\-]*")
_YEAR = lazy_re(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
# a venue's two-digit year ("SIGCHI'14", "PNAS’07") dates a citation as a full year does
_VENUE_YEAR_TAG = lazy_re(r"[A-Za-z]{2,}\s?['’‘]\s?\d\d(?!\d)")
_ID_URL = lazy_re(
    r"arxiv\.org/(?:abs|pdf)|openreview\.net/(?:forum|pdf)|doi\.org/|aclanthology|"
    r"proceedings\.mlr\.press|openaccess\.thecvf|proceedings\.neurips|papers\.nips|"
    r"semanticscholar\.org/paper|huggingface\.co/papers|ieeexplore|dl\.acm\.org/doi",
    re.IGNORECASE,
)
_ID_TEXT = lazy_re(r"\barxiv\s*[:：]?\s*\d{4}\.\d{4,5}|\b\d{4}\.\d{4,5}(?:v\d)?\b", re.I)
_FUNCTION = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "in",
        "on",
        "with",
        "to",
        "via",
        "from",
        "by",
        "at",
        "as",
        "is",
        "are",
        "we",
        "our",
        "this",
        "that",
        "it",
        "its",
        "be",
        "was",
        "were",
        "has",
        "have",
        "can",
        "which",
        "using",
        "towards",
        "toward",
        "into",
        "over",
        "under",
    ]
)
_SENTENCE_WORDS = frozenset(
    [
        "we",
        "our",
        "us",
        "i",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "it",
        "its",
        "they",
        "their",
        "there",
        "here",
        "also",
        "very",
        "my",
        "me",
    ]
)
_GENERIC = frozenset(
    [
        "paper",
        "papers",
        "pdf",
        "code",
        "github",
        "arxiv",
        "project",
        "page",
        "link",
        "links",
        "demo",
        "slides",
        "video",
        "website",
        "homepage",
        "blog",
        "dataset",
        "data",
        "abstract",
        "bibtex",
        "bib",
        "html",
        "source",
        "star",
        "stars",
        "poster",
        "talk",
        "论文",
        "代码",
        "链接",
        "项目",
        "原文",
        "主页",
        "地址",
        "下载",
        "introduction",
        "conclusion",
        "summary",
        "overview",
        "contents",
        "references",
        "news",
    ]
)
# ("Łukasz", "Đỗ", "Šimon": capitals of Latin's extended letters too)
_NAME_TOKEN = lazy_re(
    r"^(?:[A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff](?:[^\W\d_]|['’\-])+\.?"
    r"|[A-Z]\.?(?:-?[A-Z]\.?)*)$"
)
_VENUE = lazy_re(
    r"\b(?:ICLR|NeurIPS|NIPS|ICML|CVPR|ICCV|ECCV|ACL|EMNLP|NAACL|AAAI|IJCAI|KDD|WWW|SIGIR|"
    r"COLING|AISTATS|UAI|WSDM|CIKM|RecSys|TPAMI|JMLR|TMLR|Interspeech|ICASSP)\b"
)
_LABEL_LINE = lazy_re(r"^[^:：]{1,25}[:：]")
_NAME_NOISE = lazy_re(r"\([^()]{0,80}\)|\[[^\[\]]{0,40}\]|[\d*†‡§¶✉∗^]+")
_ET_AL = lazy_re(r"\bet\.?\s*al\.?")
_PARTICLES = ("van", "de", "der", "von", "la", "di", "da", "del", "dos", "du", "le", "ten")
_ELIDED_PARTICLE = lazy_re(r"[dl]['’][A-Z]")  # "AS d'Avila Garcez", "l'Huillier"
_NAME_SEP = lazy_re(r",|;|\band\b|&|、")
_COLON_NEXT = lazy_re(r"[:：]\s*(\S)")
_CJK_SEP = lazy_re(r"[,，、;；\s]+")
_CJK_NAME = lazy_re(r"[\u4e00-\u9fff·]{2,4}")
_SENTENCE_IN = lazy_re(r"[.!?。！？]\s+\S")
_ET_AL_IN = lazy_re(r"et\.? al")
_EMOJI = lazy_re(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_REST_ET_AL = lazy_re(r"et\.? al|等")
_REST_SENTENCE = lazy_re(r"[.!?。！？]\s*\S")
_TITLE_HEADER = lazy_re(
    r"title|paper|name|标题|论文|题目|名称|標題|論文|題目|名稱"
)  # traditional too
_AUTHORS_LABEL = lazy_re(r"(?:authors?|作者)\s*[:：]", re.IGNORECASE)
_BINS = {
    "names": (0.3, 0.6, 0.9),
    "upper_share": (0.3, 0.6, 0.85),
    "log_words": (1.0, 1.6, 2.3, 3.0),
    "cjk_share": (0.1, 0.4, 0.7),
    "coverage": (0.3, 0.6, 0.9),
    "function_share": (0.2, 0.4),
    "rest_names": (0.5, 0.9),
}
_VENUE_NAME = lazy_re(
    r"^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:international|annual|ieee|acm|european|asian|north)?"
    r"\s*(?:conference|symposium|workshop|journal|proceedings|transactions)\b"
    r"|\b(?:conference|symposium|workshop) on\b",
    re.IGNORECASE,
)

# what a course page or a blog links to besides papers: chapters, lectures, slides, posts
_COURSE_WORDS = lazy_re(
    r"\b(?:chapters?|lectures?|slides|lecture notes|homework|assignments?|quiz|exams?|syllabus|"
    r"tutorials?|blog\s+posts?|videos?|podcast|walkthrough|cheat\s*sheet|colab|notebook)\b|"
    r"第[一二三四五六七八九十\d]+章|讲义|课件|作业|教程|视频|笔记",
    re.IGNORECASE,
)
_AWARD = lazy_re(r"award|best|honou?rable|prize|奖|outstanding|test of time|mention", re.I)
# _AWARD's words for an ASCII text in lower case (it holds one of them just when _AWARD matches)
_AWARD_WORDS = ("award", "best", "honorable", "honourable", "prize", "outstanding", "test of time",
                "mention")  # fmt: skip
# the words of which every match holds one, case aside: an ASCII text without them is not tried
_COURSE_WORDS_NEED = (
    "chapter", "lecture", "slides", "homework", "assignment", "quiz", "exam", "syllabus",
    "tutorial", "blog", "video", "podcast", "walkthrough", "cheat", "colab", "notebook",
)  # fmt: skip
_VENUE_NAME_NEEDS = (
    "conference",
    "symposium",
    "workshop",
    "journal",
    "proceedings",
    "transactions",
)


def may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether a text may hold one of WORDS (lower case), case aside: LOW is the text in lower
    case when it is ASCII, None otherwise (always may: other scripts fold case otherwise)."""
    return low is None or any(word in low for word in words)


@dataclass
class Page:
    """What the features need to know about the whole page."""

    signatures: Counter[tuple[object, ...]]
    lines: int
    cells: int
    sigs: list[tuple[object, ...]] = field(default_factory=list)
    cache: dict[int, dict[str, float]] = field(default_factory=dict)
    sections: list[str] = field(default_factory=list)  # per line: "papers", "other" or ""
    text_facts: dict[int, tuple[bool, str, str, str]] = field(default_factory=dict)
    has_id: dict[int, bool] = field(default_factory=dict)


def signature(line: Line) -> tuple[object, ...]:
    """The line's shape: kind, depth, marker, numbering, leading markup, column."""
    lead = ""
    text = line.text.lstrip()
    offset = len(line.text) - len(text)
    for span in line.spans:
        if span.start <= offset + 3 and span.end - span.start >= 0.5 * len(text.strip()):
            lead = span.kind
            break
    numbered = strip_number(text)[1]
    if line.marker == "1." or (numbered and line.kind in ("line", "item")):
        # "1. Title" parsed as a list and "2.Title" left as a line are one shape
        return ("numbered", 0, "", True, lead, -1)
    if line.kind == "line" and not lead and SHAPES:
        return (line.kind, line.depth, _shape(text))
    return (line.kind, line.depth, line.marker, numbered, lead, line.cell)


SHAPES = False


def _char_class(ch: str) -> str:
    if "\u3400" <= ch <= "\u9fff":
        return "C"
    if ch.isalpha():
        return "U" if ch.isupper() else "l"
    return "D" if ch.isdigit() else "P"


def _shape(text: str) -> str:
    """A plain line's coarse shape: its first character's class, what follows its first
    colon, and its length ("U:C<" = a capitalised start, a colon then Chinese, short)."""
    text = text.strip()
    if not text:
        return ""
    colon = _COLON_NEXT.search(text[:200])
    after = _char_class(colon.group(1)) if colon else "-"
    size = "<" if len(text) < 100 else ("=" if len(text) < 300 else ">")
    return _char_class(text[0]) + ":" + after + size


def page_context(lines: list[Line]) -> Page:
    """The page-level numbers: how often each line shape occurs, what each section holds."""
    each = [signature(line) for line in lines]
    page = Page(Counter(each), len(lines), sum(1 for line in lines if line.kind == "cell"), each)
    page.sections = section_kinds(lines)
    return page


_NOT_PAPERS_SECTION = lazy_re(
    r"\b(?:related\s+(?:posts?|articles?|reading)|see\s+also|tutorials?|blogs?|videos?|talks?|"
    r"implementations?|tools?|librar(?:y|ies)|packages?|software|frameworks?|datasets?|"
    r"courses?|books?|podcasts?|newsletters?|communit(?:y|ies)|contribut|licen[cs]e|"
    r"acknowledg|comments?|share|footer|about|contact|sponsor|jobs?|events?|takeaways?|"
    r"conclusions?|summary|final\s+thoughts)\b|"
    r"教程|博客|视频|工具|代码库|数据集|课程|书籍|相关(?:文章|阅读)|推荐阅读|往期",
    re.IGNORECASE,
)
_PAPERS_SECTION = lazy_re(
    r"papers?|publications?|readings?|preprints?|award|accepted|论文|文章|精选|速递", re.IGNORECASE
)


def section_kinds(lines: list[Line]) -> list[str]:
    """Per line, what its nearest heading announces: "papers", "other" (tools, posts,
    videos...) or "" (nothing said)."""
    out: list[str] = []
    current = ""
    for line in lines:
        if line.kind == "heading":
            text = line.text
            if _NOT_PAPERS_SECTION.search(text) and not _PAPERS_SECTION.search(text):
                current = "other"
            elif _PAPERS_SECTION.search(text):
                current = "papers"
            else:
                current = ""
            out.append("")
            continue
        out.append(current)
    return out


@functools.lru_cache(maxsize=16384)
def looks_like_names(text: str) -> float:
    """Share of comma/and-separated parts of TEXT shaped like person names (0 when not a list)."""
    from papercli.importers.names import plain_connectives

    text = plain_connectives(_NAME_NOISE.sub(" ", text))  # ("A, B., dkk.": Indonesian)
    if "et" in text:
        text = _ET_AL.sub("", text)
    if _CJK.search(text):
        parts = [p.strip() for p in _CJK_SEP.split(text) if p.strip()]
        good = sum(1 for p in parts if _CJK_NAME.fullmatch(p))
        return good / len(parts) if len(parts) >= 2 else 0.0
    parts = [p.strip(" .") for p in _NAME_SEP.split(text) if p.strip(" .")]
    if not parts:
        return 0.0
    good = 0
    for part in parts:
        tokens = part.split()
        if 1 <= len(tokens) <= 5 and all(
            _NAME_TOKEN.match(t) or t.lower() in _PARTICLES or _ELIDED_PARTICLE.match(t)
            for t in tokens
        ):
            good += 1
    return good / len(parts)


def _share_upper(words: list[str], lowered: list[str]) -> float:
    long = [w for w, low in zip(words, lowered, strict=True) if len(w) > 3 and low not in _FUNCTION]
    if not long:
        return 0.0
    return sum(1 for w in long if w[0].isupper()) / len(long)


def features(cand: Candidate, lines: list[Line], page: Page) -> dict[str, float]:
    """The feature dict of CAND (names are stable; values are numbers)."""
    f: dict[str, float] = dict(line_features(lines, cand.line, page))
    f.update(candidate_features(cand, lines, page))
    return f


_HOW_KEYS: dict[str, str] = {}
_BIN_KEYS = [(name, [(f"{name}>{edge}", edge) for edge in edges]) for name, edges in _BINS.items()]


def _line_text_facts(lines: list[Line], index: int, page: Page) -> tuple[bool, str, str, str]:
    """What the candidate features read of their line's text (computed once per line): whether
    it ends with a colon, its title label's kind, its stripped text and that text unnumbered."""
    facts = page.text_facts.get(index)
    if facts is None:
        text = lines[index].text
        full = text.strip()
        label = TITLE_LABEL.match(full)
        kind = "" if label is None else ("cjk" if _CJK.search(label.group(0)) else "latin")
        ends_colon = text.rstrip().endswith((":", "："))
        facts = page.text_facts[index] = (ends_colon, kind, full, strip_number(full)[0].strip())
    return facts


def candidate_features(cand: Candidate, lines: list[Line], page: Page) -> dict[str, float]:
    """The features of CAND that are its own (after its line's, in :func:`features`)."""
    text = cand.text
    ends_colon, kind, full, whole = _line_text_facts(lines, cand.line, page)
    f: dict[str, float] = {}
    for h in cand.how:
        key = _HOW_KEYS.get(h)
        if key is None:
            key = _HOW_KEYS[h] = f"how_{h}"
        f[key] = 1.0
    f["n_how"] = len(cand.how)
    words = _LATIN_WORD.findall(text)
    n_words = len(words)
    ascii_only = text.isascii()  # then no CJK, no emoji
    cjk = 0 if ascii_only else len(_CJK.findall(text))
    size = len(text)
    f["log_words"] = math.log1p(n_words)
    f["words_1"] = float(n_words <= 1 and cjk < 4)
    f["words_2_3"] = float(2 <= n_words <= 3)
    f["words_4_20"] = float(4 <= n_words <= 20)
    f["words_gt25"] = float(n_words > 25)
    f["log_chars"] = math.log1p(size)
    f["cjk_share"] = cjk / max(size, 1)
    f["cjk_any"] = float(cjk > 0)
    f["cjk_only"] = float(cjk > 0 and n_words < 2)
    lowered = [w.lower() for w in words]
    f["upper_share"] = _share_upper(words, lowered)
    f["first_upper"] = float(bool(text) and text[0].isupper())
    f["all_caps"] = float(n_words >= 2 and all(w.isupper() for w in words))
    f["function_share"] = len([w for w in lowered if w in _FUNCTION]) / max(n_words, 1)
    f["sentence_words"] = len([w for w in lowered if w in _SENTENCE_WORDS]) / max(n_words, 1)
    f["generic"] = float(
        text.lower().strip(" .:[]()") in _GENERIC
        or (n_words <= 3 and all(w in _GENERIC for w in lowered) and n_words > 0)
    )
    f["has_colon"] = float(":" in text or "：" in text)
    f["colon_early"] = float(0 < text.find(":") < 25)
    f["ends_period"] = float(text.endswith("."))
    f["ends_question"] = float(text.endswith("?"))
    f["ends_colon"] = float(ends_colon)
    f["has_comma"] = min(text.count(",") + text.count("，"), 5) / 5
    f["has_digits"] = sum(map(str.isdigit, text)) / max(size, 1)
    f["has_year"] = float(("19" in text or "20" in text) and bool(_YEAR.search(text)))
    low = text.lower() if ascii_only else None  # (ASCII: a word is looked for case aside)
    f["has_url"] = float("http" in text or "www." in text)
    f["has_paren"] = float("(" in text or "（" in text)
    f["has_bracket"] = float("[" in text or "【" in text)
    f["bracketed"] = float(text[:1] in "[【(（" and text[-1:] in "]】)）")
    f["sentence_punct"] = float(bool(_SENTENCE_IN.search(text)))
    f["names"] = looks_like_names(text)
    f["et_al"] = float("et al" in text or "et. al" in text)  # (_ET_AL_IN's matches)
    f["venue"] = float(bool(_VENUE.search(text)))
    f["award"] = float(
        any(word in low for word in _AWARD_WORDS) if low is not None else bool(_AWARD.search(text))
    )
    f["course_words"] = float(
        may_hold(low, _COURSE_WORDS_NEED) and bool(_COURSE_WORDS.search(text))
    )
    f["venue_name"] = float(may_hold(low, _VENUE_NAME_NEEDS) and bool(_VENUE_NAME.search(text)))
    if kind:
        f[f"title_label_{kind}_cut"] = float("after_label" in cand.how)
        f[f"title_label_{kind}_kept"] = float("after_label" not in cand.how)
    f["emoji"] = float(not ascii_only and bool(_EMOJI.search(text)))
    f["coverage"] = size / max(len(full), 1)
    f["is_whole"] = float(whole == text)
    rest = cand.rest
    if rest:
        f["rest_names"] = looks_like_names(rest)
        # (_REST_ET_AL's matches, looked for as they are)
        f["rest_et_al"] = float("et al" in rest or "et. al" in rest or "等" in rest)
        f["rest_year"] = float(
            (("19" in rest or "20" in rest) and bool(_YEAR.search(rest)))
            or (("'" in rest or "’" in rest or "‘" in rest) and bool(_VENUE_YEAR_TAG.search(rest)))
        )
        f["rest_empty"] = 0.0
        f["rest_cjk"] = len(_CJK.findall(rest)) / len(rest)
        f["rest_log_chars"] = math.log1p(len(rest))
    else:
        f["rest_names"] = 0.0
        f["rest_et_al"] = 0.0
        f["rest_year"] = 0.0
        f["rest_empty"] = 1.0
        f["rest_cjk"] = 0.0
        f["rest_log_chars"] = 0.0
    for name, keys in _BIN_KEYS:
        value = f[name]
        for key, edge in keys:
            f[key] = float(value > edge)
    f["rest_sentence"] = float(bool(rest) and bool(_REST_SENTENCE.search(rest)))
    if cand.url:
        f.update(link_features(cand.url))
    return f


_LINK_CODE = lazy_re(r"github\.com|gitlab\.com|colab\.research|paperswithcode\.com/", re.I)
_LINK_MEDIA = lazy_re(
    r"youtube\.com|youtu\.be|bilibili\.com|vimeo\.com|twitter\.com|//x\.com|medium\.com|"
    r"substack\.com|reddit\.com|towardsdatascience|wikipedia\.org|/blog|blog\.|wordpress|"
    r"coursera|udacity|slideshare|docs\.google|huggingface\.co/spaces|"
    r"/docs/|/learn/|/(?:short-)?courses?/|/posts?/|"
    r"huggingface\.co/(?!papers/)[\w.-]+/[\w.-]+/?$",  # a model's or a dataset's page
    re.IGNORECASE,
)

_NOTES_FILE = lazy_re(r"github\.com/[^/]+/[^/]+/blob/[^#]+\.(?:md|markdown|ipynb)$", re.I)
# the repository's own documents: how to contribute, its licence, its changes
_REPO_DOC = lazy_re(
    r"/(?:contributing|how[-_]?to[^/]*|readme|license|code[-_]of[-_]conduct|changelog)\.md$", re.I
)
_SLIDES_FILE = lazy_re(r"/(?:lecture|lec|slides?)(?:[-_ ]?\d|[-_])[^/]*\.(?:pdf|pptx?|key)$", re.I)
# a news site's story or a forum's thread: a report on a paper at most, never the paper (a
# record that also names an identifier or a PDF is a paper all the same)
NEWS_SITE = lazy_re(
    r"//(?:[\w-]+\.)*(?:techcrunch\.com|wired\.com|arstechnica\.com|technologyreview\.com|"
    r"theverge\.com|venturebeat\.com|reuters\.com|bloomberg\.com|cnbc\.com|nytimes\.com|"
    r"theguardian\.com|bbc\.co\.uk|bbc\.com|forbes\.com|businessinsider\.com|engadget\.com|"
    r"zdnet\.com|theinformation\.com|axios\.com|36kr\.com|news\.ycombinator\.com|"
    r"reddit\.com|twitter\.com|x\.com|prnewswire\.com|businesswire\.com|cnn\.com|"
    r"washingtonpost\.com|wsj\.com|ft\.com|fortune\.com|apnews\.com|cnet\.com|gizmodo\.com|"
    r"scientificamerican\.com|deadline\.com|semafor\.com|theatlantic\.com|npr\.org|crn\.com|"
    r"business-standard\.com|indiatoday\.in)/",
    re.IGNORECASE,
)


def paper_page(url: str) -> bool:
    """Whether URL is a paper's own page or PDF (an identifier's, a proceedings'), not any page
    a paper may be at."""
    return "link_paper" in link_features(url)


def link_features(url: str) -> dict[str, float]:
    """Where a candidate's own link goes: a paper's page, code, a video or post, elsewhere."""
    if _SLIDES_FILE.search(url.split("?")[0]):
        return {"link_media": 1.0}  # "…/Lecture7-Parallelism.pdf": a lecture's slides
    if _ID_URL.search(url) or url.lower().split("?")[0].endswith(".pdf"):
        return {"link_paper": 1.0}
    if _NOTES_FILE.search(url.split("?")[0]) and not _REPO_DOC.search(url):
        return {"link_other": 1.0}  # "github.com/…/blob/master/notes/Title.md": a note on it
    if _LINK_CODE.search(url):
        return {"link_code": 1.0}
    if _LINK_MEDIA.search(url):
        return {"link_media": 1.0}
    if url.startswith("#"):
        return {"link_anchor": 1.0}
    return {"link_other": 1.0}


def line_features(lines: list[Line], index: int, page: Page) -> dict[str, float]:
    """The features of line INDEX shared by all its candidates (computed once per line)."""
    cached = page.cache.get(index)
    if cached is not None:
        return cached
    line = lines[index]
    full = line.text.strip()
    f: dict[str, float] = {}
    f[f"kind_{line.kind}"] = 1.0
    f["heading_level"] = line.depth if line.kind == "heading" else 0.0
    f["heading_top"] = float(line.kind == "heading" and line.depth <= 1)
    f["depth"] = min(line.depth, 3) if line.kind in ("item", "line") else 0.0
    f["ordered"] = float(line.marker == "1.")
    f["first_line"] = float(line.first)
    f["cell0"] = float(line.cell == 0)
    f["cell1"] = float(line.cell == 1)
    f["cell_later"] = float(line.cell >= 2)
    header = line.header.lower()
    f["header_title"] = float(bool(_TITLE_HEADER.search(header)))
    f["header_other"] = float(bool(header) and not f["header_title"])
    f["line_id_url"] = float(any(_ID_URL.search(u) for u in line.urls))
    f["line_any_url"] = float(bool(line.urls))
    f["line_anchor_only"] = float(bool(line.urls) and all(u.startswith("#") for u in line.urls))
    f["line_code_url"] = float(any("github.com" in u for u in line.urls))
    f["line_id_text"] = float(bool(_ID_TEXT.search(line.text)))
    f["line_long"] = float(len(full) > 300)
    f["line_names"] = looks_like_names(full[:400])
    f["line_names_high"] = float(f["line_names"] > 0.8)
    f["line_label"] = float(bool(_LABEL_LINE.match(full)))
    f["page_pos"] = index / max(page.lines, 1)
    count = page.signatures[page.sigs[index]]
    f["sig_log_count"] = math.log1p(count)
    f["sig_single"] = float(count == 1)
    f["sig_share"] = count / max(page.lines, 1)
    # neighbours (same record, usually): author lines, id lines, award labels
    nxt = lines[index + 1] if index + 1 < len(lines) else None
    prev = lines[index - 1] if index > 0 else None
    if nxt is not None:
        nt = nxt.text.strip()
        f["next_names"] = looks_like_names(nt)
        f["next_authors_label"] = float(bool(_AUTHORS_LABEL.match(nt)))
        f["next_id"] = float(_has_id(page, index + 1, nxt, nt))
        f["next_same_sig"] = float(page.sigs[index + 1] == page.sigs[index])
        f["next_deeper"] = float(nxt.depth > line.depth and nxt.kind in ("item", "line"))
        f["next_quoted"] = float(nt[:1] in ('"', "“"))
        f["next_long"] = float(len(nt) > 200)
    if prev is not None:
        pt = prev.text.strip()
        f["prev_award"] = float(len(pt) < 60 and bool(_AWARD.search(pt)))
        f["prev_id"] = float(_has_id(page, index - 1, prev, pt))
        f["prev_heading"] = float(prev.kind == "heading")
        f["prev_same_sig"] = float(page.sigs[index - 1] == page.sigs[index])
        f["prev_short"] = float(len(pt) < 30)
    kind = page.sections[index] if index < len(page.sections) else ""
    if kind:
        f[f"section_{kind}"] = 1.0
    page.cache[index] = f
    return f


def names_paper_id(line: Line) -> bool:
    """Whether LINE links to or names a paper identifier (arXiv, DOI, OpenReview, ...)."""
    return any(_ID_URL.search(u) for u in line.urls) or bool(_ID_TEXT.search(line.text))


def _has_id(page: Page, index: int, line: Line, stripped: str) -> bool:
    """Whether line INDEX links to or names a paper identifier (read for both its neighbours)."""
    found = page.has_id.get(index)
    if found is None:
        found = page.has_id[index] = any(_ID_URL.search(u) for u in line.urls) or bool(
            _ID_TEXT.search(stripped)
        )
    return found
