"""Read paper digests: the plain-text or markdown reading lists people share.

A digest is a human document, not a record format: ICLR top-10 posts, daily arXiv picks,
weekly newsletters, in English or Chinese. The parser works in three passes:

1. each line is cleaned (markdown links, emphasis, list and quote markers) and classified:
   page chrome, a label line (``作者:``, ``Code:``), or a possible paper heading
   (``1. Title``, ``[1] Title``, ``[LG] Title``, ``## Title``, ``- **Title**``, a table row,
   ``Title: text``, a reference line ``Title. A. Author, B. Author. In ICML 2023.``, a
   ``Title:``/``论文标题:`` label line (arXiv listings, news articles), or a prose line whose
   markdown link text is a title and whose target is an arXiv/OpenReview/DOI page, as
   newsletters cite papers);
2. headings are resolved into topic sections or papers, each paper owning the lines up to
   the next heading, and the fields are read from those lines (a section named by a venue
   and year, ``## NeurIPS 2022``, gives them to its papers);
3. records for the same paper (a table of contents and its full entries) are merged.

Every regular expression is bounded or anchored so that any input runs in linear time.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlparse

from papercli.errors import ValidationError
from papercli.ids import (
    find_identifiers,
    landing_url,
    normalize_arxiv,
    normalize_doi,
    normalize_openreview,
)
from papercli.importers.base import ParseResult, Rejection
from papercli.importers.names import AFFILIATED, without_venue_after
from papercli.lazy_regex import lazy_re
from papercli.model import Paper

MAX_SUMMARY = 600
MAX_TITLE = 300
_MAX_LINE = 4000  # longer lines are prose: only their links are read
_LOOKAHEAD = 60

_CJK = lazy_re(r"[\u3400-\u9fff\uf900-\ufaff]")
_URL = lazy_re(
    r"(?:https?://|(?<![\w./@])(?:www\.)?(?:arxiv\.org|github\.com|gitlab\.com|openreview\.net"
    r"|doi\.org)/)[^\s<>\"'()\[\]{}\u3000-\u9fff\uff00-\uffef]{1,2000}",
    re.IGNORECASE,
)
_MD_IMAGE = lazy_re(r"!\[[^\[\]\n]{0,500}\]\([^()\s]{0,2000}\)")
_MD_LINK = lazy_re(r"\[([^\[\]\n]{0,500})\]\(\s*([^()\s]{1,2000})\s*\)")
_HTML_TAG = lazy_re(r"</?[A-Za-z][^<>\n]{0,200}>")
_ANGLE_URL = lazy_re(r"<(https?://[^<>\s]{1,2000})>")
_EMPHASIS = lazy_re(r"(?<![\w*])\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*(?![\w*])")
_QUOTE_MARKS = lazy_re(r"^(?:>\s?)+")
_RULE = lazy_re(r"(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,}")
_NOT_ALNUM = lazy_re(r"[\W_]+")
_NOT_LABEL_CHAR = lazy_re(r"[^\w;()]+|_+")
_ARXIV_TEXT = lazy_re(r"\barxiv\s*(?:id)?\s*[:：]?\s*(\d{4}\.\d{4,5})(?:v\d+)?\b", re.IGNORECASE)
_NEW_ARXIV = lazy_re(r"\d{4}\.\d{4,5}")
_MD_HEADING = lazy_re(r"^(#{1,6})(?:\s+|(?=[^\d\s#]))(.*)$")
_BULLET = lazy_re(r"^[-*+•·▪●◆■◇○►▶➤]\s+(.*)$")
_NUMBER = lazy_re(
    r"^(?:(?:paper|论文|文章|article|no\.?)\s*#?\s*\d{1,3}\s*[:.、)\-–—]?"
    r"|top\s*-?\s*\d{1,3}\s*[:.、)]"
    r"|第\s*\d{1,3}\s*篇\s*[:.、]?"
    r"|\(\d{1,3}\)|\[\d{1,3}\](?!\()|#\d{1,3}\b[.:)]?"
    r"|\d{1,3}\s*[、)]|\d{1,3}\.(?!\d)|\d{1,3}/(?:\d{1,3})?(?=\s))\s*",
    re.IGNORECASE,
)
_DECORATED = lazy_re(r"^[=~]{2,}\s*([^=~\s][^\n]{0,60}?)\s*[=~]{2,}$")
_FORWARDED = lazy_re(r"forwarded|original message|转发|原始邮件", re.IGNORECASE)
_ID_PART = lazy_re(r"(?:arxiv\s*:\s*)?(\d{4}\.\d{4,5})(?:v\d+)?", re.IGNORECASE)
_CATEGORY_PART = lazy_re(r"(?:cs|stat|eess|math|q-bio|q-fin|econ)\.([A-Za-z]{2})")
_PIPE = lazy_re(r"\s+\|\s+")
_LEAD_TAG = lazy_re(
    r"^(?:\*\*|__)\s*[\[(【]?\s*([A-Za-z][A-Za-z\- ]{1,15}?)\s*'?\s*(\d{4}|\d{2})?\s*[\])】]?"
    r"\s*(?:\*\*|__)\s*(\S.*)$"
)
_ET_AL_TAIL = lazy_re(
    r"^(.{8,250}?)\s*\(([A-Z\u00c0-\u024f][^()]{1,60}?\bet\.?\s*al\.?(?:,?\s*\d{4})?)\)\s*$"
)
_CN_ORDINAL = lazy_re(r"^[一二三四五六七八九十]{1,3}\s*[、.]\s*")
_CATEGORY = lazy_re(
    r"^\[\s*(?:(cs|stat|eess|math|q-bio|q-fin|econ|physics)\.)?([A-Za-z]{2,3})\s*\]\s*"
)
_BOLD = lazy_re(r"^(?:\*\*|__)([^*_\n]{1,400}?)(?:\*\*|__)\s*(.*)$")
_TABLE_SEP = lazy_re(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL = lazy_re(r"^([^:\n]{1,30}?)\s*:\s*(.*)$")
_BRACKETED = lazy_re(r"\([^()]{0,200}\)|\[[^\[\]]{0,200}\]|<[^<>]{0,200}>")
_LEAD_LABEL = lazy_re(
    r"^(tl;?\s?dr|abstract|summary|摘要|一句话总结)(?![A-Za-z])[\s\-–—]*(.*)$", re.IGNORECASE
)
_CONTINUES = lazy_re(r"(?:,|、|\band)\s*$")
_YEAR = lazy_re(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ARXIV_CATEGORIES = _words(
    "AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO MA MM MS NA "
    "NE NI OH OS PF PL RO SC SD SE SI SY AP CO ME ML OT TH AS IV SP RL NLP"
)
VENUES = (
    "ICLR",
    "NeurIPS",
    "NIPS",
    "ICML",
    "CVPR",
    "ICCV",
    "ECCV",
    "ACL",
    "EMNLP",
    "NAACL",
    "EACL",
    "AAAI",
    "IJCAI",
    "KDD",
    "SIGKDD",
    "WWW",
    "SIGIR",
    "COLING",
    "CoRL",
    "ICRA",
    "IROS",
    "AISTATS",
    "UAI",
    "COLT",
    "WACV",
    "BMVC",
    "MICCAI",
    "SIGGRAPH",
    "TPAMI",
    "JMLR",
    "TMLR",
    "ICASSP",
    "Interspeech",
    "WSDM",
    "CIKM",
    "MLSys",
    "CHI",
    "RSS",
    "3DV",
    "ACM MM",
    "LREC",
    "PNAS",
    "TACL",
)
_VENUE = lazy_re(
    r"(?<![A-Za-z])(" + "|".join(re.escape(v) for v in VENUES) + r")(?![A-Za-z])"
    r"(?:\s*'?\s*(\d{4}|\d{2})(?!\d))?",
    re.IGNORECASE,
)
_VENUE_NAMES = {v.lower(): v for v in VENUES}
_VENUE_TAG = lazy_re(
    r"\s*[\[(【]\s*(" + "|".join(re.escape(v) for v in VENUES) + r")\s*'?(\d{4}|\d{2})?"
    r"[^\[\]()【】]{0,30}[\])】]\s*",
    re.IGNORECASE,
)

# Label words, compared after dropping spaces, punctuation and case.
_LABELS: dict[str, str] = {}
for _kind, _names in {
    "authors": "作者 作者们 论文作者 作者信息 author authors author(s) by 作者列表",
    "affil": "机构 单位 作者单位 affiliation affiliations institution institutions 团队 组织",
    "title": "标题 中文标题 中文题目 中文名称 英文题目 英文名称 "
    "论文英文名 论文中文名 译名 中文名 论文标题 英文标题 原标题 题目 论文题目 论文名称 论文名 "
    "title "
    "papertitle chinesetitle englishtitle 原文标题 中文译名 翻译",
    "link": "文章链接 论文链接 论文地址 原文链接 原文地址 文章地址 链接 地址 论文 "
    "paper link links url "
    "arxiv 项目主页 主页 project projectpage homepage website openreview 论文下载 下载 "
    "paperlink 网址 来源 source 文章 article",
    "code": "代码 项目代码 代码链接 代码地址 开源代码 开源地址 code github repo "
    "repository sourcecode "
    "源码 开源 项目地址 项目链接 codes",
    "pdf": "pdf pdf链接 pdf地址 全文",
    "summary": "tl;dr tldr 一句话总结 总结 summary 简介 概要 概述 简述 一句话概括 核心思想 "
    "作者的tl;dr 速览 导读 内容 介绍 description 说明 关键见解 keyidea",
    "abstract": "abstract 摘要 论文摘要 原文摘要",
    "venue": "venue 会议 期刊 发表会议 发表期刊 会议名称 收录会议 录用会议 "
    "conference published 收录 发表 发表于 出处 journal",
    "feed": "feed",
    "topic": "category categories subjects subject 领域 方向 分类 topic topics area 研究方向 类别",
    "comment": "备注 note notes 注 comment comments journalref 录用 accepted",
    "skip": "要点 keypoints highlights 亮点 takeaways contributions 贡献 关键词 keywords tags 标签 "
    "评论 推荐理由 点评 方法 method results 结果 实验 "
    "motivation 动机 背景 background 创新点 limitations 局限 date 日期 时间 阅读 图",
}.items():
    for _word in _names.split():
        _LABELS[_word] = _kind

_CHROME_SECTION = lazy_re(
    r"^(?:related (?:articles?|posts?|reading|stories)|recommended(?: reading| posts?| for you"
    r"| from .{0,30})?|see all from .{0,30}"
    r"|you (?:may|might) also like|read more|more from .{0,30}|comments?|leave a (?:comment|reply)"
    r"|share this(?: post| article)?|subscribe.{0,30}|sponsored|references|bibliography"
    r"|contributing|how to contribute|contribution guidelines|license|star history"
    r"|推荐阅读|更多阅读|更多推荐|近期热文|相关阅读|相关文章|相关推荐|往期推荐|往期回顾|往期精彩|往期文章|精彩推荐|热门文章|热门推荐"
    r"|猜你喜欢|延伸阅读|打赏|打赏作者|赞赏|评论|评论区|正文完|参考文献|参考资料"
    r"|-*\s*end\s*-*|the end)$",
    re.IGNORECASE,
)
_CHROME_LINE = lazy_re(
    r"(?:打赏|赞赏|红包|余额|充值|扫码|二维码|qrcode|qr code|点赞|收藏|分享到|转发"
    r"|关注公众号|公众号"
    r"|版权|转载|阅读原文|\d+\s*次阅读|没有评论|暂无评论|©|all rights reserved|share on"
    r"|thanks for reading|follow us"
    r"|subscribe (?:to|for) (?:our|my|the)|sign up|log in|newsletter signup|unsubscribe|cookie)",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DATE_LINE = lazy_re(  # "Published on Mar 3", "Dec 1, 2023", "5 Apr 2023"
    r"^(?:(?:published|posted|submitted|updated|released)(?:\s+on)?\s+)?"
    r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?$",
    re.IGNORECASE,
)
# the words of a date ("Dec 8, 2024", "2012", "2024年3月"): what is left once they go is no
# date (one pass, no pattern that can split a run of digits two ways)
_DATE_WORDS = lazy_re(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
    r"|\d+(?:st|nd|rd|th)?|[\s,./\-年月日]+",
    re.IGNORECASE,
)
_MENU_ITEM = lazy_re(r"(?<![A-Za-z])[A-Z]{2,4}\s*[-–—]\s*[\u4e00-\u9fff]")
_AFFIL_WORDS = lazy_re(
    r"(?:universit|institut|laborator|\blab\b|\bresearch\b|\binc\b|\bltd\b|college|school|"
    r"department|\bdept\b|academy|corporation|\bcenter\b|\bcentre\b|google|microsoft|deepmind|"
    r"openai|\bmeta\b|nvidia|adobe|amazon|apple|tencent|alibaba|baidu|huawei|bytedance|"
    r"\b(?:berkeley|stanford|mellon|zurich|tsinghua|peking|harvard|princeton|oxford|caltech|"
    r"toronto|montreal|edinburgh|fudan|zhejiang|shanghai|beijing|tokyo|seoul|singapore|"
    r"epfl|kaist|ucla|uiuc|cmu|mit|eth|nyu|ucl|hkust)\b|"
    r"大学|研究院|实验室|学院|公司|研究所|中心|集团)",
    re.IGNORECASE,
)
_PARTICLES = _words(
    "van von de der den da di du del della le la dos das bin al el y ter ten zu st st. mac"
)
_GENERIC_LINK_TEXT = _words(
    "arxiv pdf paper code link github project website homepage openreview abs html demo "
    "video blog slides 论文 代码 链接 原文 项目 here this"
)
_GENERIC_SECTIONS = _words(
    "tableofcontents contents toc 目录 papers paperlist 论文 论文列表 今日论文 本周论文 overview "
    "introduction intro 简介 前言 导读 引言 highlights"
)
_ID_KINDS = ("arxiv", "openreview", "doi")
_MIRROR_HOSTS = (
    "huggingface.co",
    "paperswithcode.com",
    "semanticscholar.org",
    "alphaxiv.org",
    "connectedpapers.com",
    "scholar.google.com",
)
_BLOCK_OWNERS = frozenset({"num", "cat", "md", "bold", "list", "plain"})


@dataclass
class _Line:
    """One input line, cleaned of markdown, with the links it carries."""

    no: int
    raw: str
    text: str = ""
    urls: list[tuple[str, str]] = field(default_factory=list)  # (url, link text)
    indent: int = 0
    md_level: int = 0
    bullet: bool = False
    chrome: bool = False
    chrome_section: bool = False
    rule: bool = False
    long: bool = False

    @property
    def blank(self) -> bool:
        return not self.text and not self.urls


@dataclass
class _Cand:
    """A line that may open a paper or a topic section."""

    idx: int
    kind: str  # num, cat, md, bold, list, table, inline, plain, cnsec, section
    title: str
    rank: int
    numbered: bool = False
    num_style: str = ""
    num_value: int = 0
    topic: str | None = None
    rest: str = ""
    cells: dict[str, str] = field(default_factory=dict)
    cell_urls: list[tuple[str, str]] = field(default_factory=list)
    extra: list[tuple[str, str]] = field(default_factory=list)  # more (title, url) links
    alt: str = ""  # a translated title given with the title


@dataclass
class _Record:
    """The fields gathered for one paper before it becomes a Paper."""

    title: str
    line: int
    kind: str
    alt_titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    summary: str | None = None
    bare: bool = False  # a heading with no lines of its own, in a run of such headings
    listed: bool = False  # an item of a numbered list after a lead-in "...:" before any paper
    summary_rank: int = 9  # lower is better: 0 labelled tl;dr, 1 abstract, 2 inline, 3 prose
    abstract: str | None = None
    landing: list[tuple[int, str]] = field(default_factory=list)  # (priority, url)
    pdf_url: str | None = None
    code_url: str | None = None
    arxiv_id: str | None = None
    openreview_id: str | None = None
    doi: str | None = None
    section_venue: tuple[str, int] | None = None  # from a "## ICLR 2023" section heading

    def evidence(self) -> int:
        """How much beyond a bare title this record carries."""
        score = 3 * sum(bool(v) for v in (self.arxiv_id, self.openreview_id, self.doi))
        score += 2 * bool(self.authors) + bool(self.code_url) + bool(self.alt_titles)
        score += bool(self.landing) + bool(self.pdf_url) + (self.summary_rank <= 2)
        return score


# ---------------------------------------------------------------------------------------------
# Public entry point


def parse_digest(text: str, source: str | None = None) -> ParseResult:
    """Extract the papers of a plain-text or markdown digest; never raises on any str input."""
    result = ParseResult(format="digest")
    if not isinstance(text, str) or not text.strip():
        return result
    try:
        records, sections, doc_venue, doc_year = _extract(text)
    except (RecursionError, MemoryError):  # pragma: no cover - defensive, inputs are bounded
        return result
    section_keys = {_key(s) for s in sections}
    merged = _merge([r for r in records if _key(r.title) not in section_keys])
    strong = sum(1 for r in merged if r.authors or r.arxiv_id or r.openreview_id or r.doi)
    if strong >= 2:
        # a run of bare numbered phrases ("1. Efficient Training") in a digest whose papers
        # carry authors or identifiers is an outline or a list of themes, not papers
        merged = [
            r
            for r in merged
            if not (r.bare and r.evidence() == 0)
            and not (
                r.listed
                and not (r.authors or r.landing or r.code_url or r.pdf_url)
                and (_is_cjk(r.title) or not _title_case_ok(r.title.split(), False))
            )  # "How we picked:\n1. Entries are listed as ...": a list of steps, not papers
        ]
    # One Latin word with nothing to back it ("Adding", "bibtex") is a lead-in, not a paper.
    merged = [
        r
        for r in merged
        if len(r.title.split()) > 1
        or _cjk_count(r.title)
        or r.authors
        or r.arxiv_id
        or r.openreview_id
        or r.doi
    ]
    for record in merged:
        try:
            result.papers.append(_to_paper(record, doc_venue, doc_year, source))
        except ValidationError as exc:
            result.rejected.append(Rejection(where=f"line {record.line}", reason=str(exc)))
    return result


# ---------------------------------------------------------------------------------------------
# Pass 1: lines


def _prepare(text: str) -> list[_Line]:
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"[\u200b-\u200f\u2060\ufeff\ufffc]", "", text)
    text = re.sub(r"[\u00a0\u2000-\u200a\u3000\t]", " ", text)
    lines: list[_Line] = []
    in_fence = False
    for no, raw in enumerate(text.split("\n"), start=1):
        line = _Line(no=no, raw=raw)
        lines.append(line)
        stripped = raw.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line.indent = len(raw) - len(raw.lstrip(" "))
        if len(stripped) > _MAX_LINE:
            line.long = True
            line.urls = [(u, "") for u in _find_urls(stripped[:200_000])]
            line.text = stripped[:_MAX_LINE]
            continue
        body = _QUOTE_MARKS.sub("", stripped) if stripped.startswith(">") else stripped
        if body[:1] in ("-", "*", "_", "=") and _RULE.fullmatch(body):
            line.rule = True
            continue
        if body.startswith("#") and _HASHTAG.fullmatch(body):
            body = body.strip("#").strip()  # a WeChat/Weibo "#话题#" tag line, not a heading
        elif body.startswith("【"):
            body = _bracket_label(body)
        decorated = _DECORATED.match(body) if body[:1] in "=~" else None
        if decorated and not _FORWARDED.search(body):
            line.md_level = 2  # "=== cs.CL ===": a section heading of a plain-text email
            body = decorated.group(1)
        else:
            decorated = None
        heading = None if decorated else _MD_HEADING.match(body)
        if heading and heading.group(2).strip():
            line.md_level = len(heading.group(1))
            body = heading.group(2).strip().rstrip("#").strip()
        bullet = _BULLET.match(body)
        if bullet and not body.startswith("**"):
            line.bullet = True
            body = bullet.group(1).strip()
        line.raw = body  # markdown-significant form, used to spot bold and links
        line.text, line.urls = _clean_inline(body)
        _mark_chrome(line)
    return lines


_HASHTAG = lazy_re(r"#[^#\s][^#\n]{0,30}#")
_BRACKET_LABEL = lazy_re(r"^【([^【】\n]{1,12})】\s*(.*)$")


def _bracket_label(body: str) -> str:
    """``【论文标题】Title`` as ``论文标题: Title`` when the bracket holds a known label."""
    match = _BRACKET_LABEL.match(body)
    if match and _LABELS.get(_label_key(match.group(1))):
        return f"{match.group(1).strip()}: {match.group(2)}"
    return body


def _clean_inline(body: str) -> tuple[str, list[tuple[str, str]]]:
    urls: list[tuple[str, str]] = []

    def link(match: re.Match[str]) -> str:
        target = match.group(2)
        if re.match(r"(?:https?://|www\.)", target, re.IGNORECASE):
            urls.append((_tidy_url(target), match.group(1).strip()))
        return match.group(1)

    text = body
    if "](" in text:  # cheap early exits: most lines carry no markup at all
        text = _MD_LINK.sub(link, _MD_IMAGE.sub("", text))
    if "<" in text:
        text = _HTML_TAG.sub(" ", _ANGLE_URL.sub(r"\1", text))
    if "." in text:
        seen = {u for u, _ in urls}
        for url in _find_urls(text):
            if url not in seen:
                seen.add(url)
                urls.append((url, ""))
    if "*" in text or "_" in text or "`" in text:
        text = text.replace("**", "").replace("__", "").replace("`", "")
        text = _EMPHASIS.sub(r"\1", text)
    return " ".join(text.split()), urls


def _find_urls(text: str) -> list[str]:
    return [_tidy_url(m.group(0)) for m in _URL.finditer(text)]


def _tidy_url(url: str) -> str:
    url = url.rstrip(").,;:]>'\"!?*_`|")
    if not re.match(r"https?://", url, re.IGNORECASE):
        url = "https://" + url
    return url


def _mark_chrome(line: _Line) -> None:
    text = line.text
    if not text:
        return
    bare = text.strip(" #*:：-–—=|>[]【】()").strip()
    if len(bare) <= 40 and _CHROME_SECTION.match(bare):
        line.chrome = line.chrome_section = True
        return
    if len(text) <= 200 and _CHROME_LINE.search(text) and not _has_id_url(line):
        line.chrome = True
        return
    if len(_MENU_ITEM.findall(text)) >= 2:
        line.chrome = True
        return
    parts = [p for p in re.split(r"\s*\|\s*", text.strip("| ")) if p] if "|" in text else []
    if len(parts) >= 3 and not text.startswith("|") and all(len(p) <= 24 for p in parts):
        # "Paper | Tweet | Code" rows are a paper's links; "2401.01234 | Title | A" an entry
        line.chrome = not _has_id_url(line) and not any(_ID_PART.fullmatch(p) for p in parts)
    if re.fullmatch(r"[\d\s.,:/-]+", text) or (len(text) <= 60 and _DATE_LINE.match(text)):
        line.chrome = True


def _has_id_url(line: _Line) -> bool:
    return any(_is_id_url(u) for u, _ in line.urls)


def _is_id_url(url: str) -> bool:
    """An arXiv, OpenReview or DOI page, or an aggregator's page named by an arXiv id."""
    kind = _url_kind(url)
    if kind == "mirror":
        return "huggingface.co/papers/" in url.lower() and bool(_NEW_ARXIV.search(url))
    return kind in _ID_KINDS


# ---------------------------------------------------------------------------------------------
# Small text predicates


def _cjk_count(text: str) -> int:
    return len(_CJK.findall(text[:1000]))


def _is_cjk(text: str) -> bool:
    cjk = _cjk_count(text)
    latin = len(re.findall(r"[A-Za-z]", text[:1000]))
    return cjk > 0 and cjk * 2 >= latin


def _label_key(text: str) -> str:
    return _NOT_LABEL_CHAR.sub("", text.lower()).replace("()", "")


@functools.lru_cache(maxsize=4096)
def _label(text: str) -> tuple[str, str] | None:
    """(kind, value) when TEXT is a ``Label: value`` line or a bare label such as ``摘要``."""
    if not text:
        return None
    match = _LABEL.match(text[:400])
    if match and not match.group(2).startswith("//"):
        key = _label_key(match.group(1))
        kind = _LABELS.get(key)
        if kind is None and len(key) <= 14:
            kind = _suffix_label(key)
        if kind:
            return kind, text[match.end(1) :].lstrip(" :").strip()
    if len(text) <= 24:
        key = _label_key(text)
        kind = _LABELS.get(key) or _suffix_label(key)
        if kind and kind != "link":
            return kind, ""
    by = re.match(r"^[Bb]y\s+(?=[A-Z\u4e00-\u9fff])", text)
    if by:
        return "authors", text[by.end() :]
    lead = _LEAD_LABEL.match(text)
    if lead and lead.group(2):
        return (
            "abstract" if lead.group(1).lower() in ("abstract", "摘要") else "summary",
            lead.group(2),
        )
    return None


def _suffix_label(key: str) -> str | None:
    for word in ("tl;dr", "tldr", "一句话总结", "摘要", "abstract", "summary"):
        if key.endswith(word) and len(key) - len(word) <= 6:
            return "abstract" if word in ("摘要", "abstract") else "summary"
    return None


def _cap_ratio(words: list[str]) -> float:
    content = [w for w in words if len(w.strip("\"'()[]:,?!")) >= 4]
    if not content:
        return 1.0
    caps = sum(1 for w in content if w.strip("\"'([")[:1].isupper() or w[:1].isdigit())
    return caps / len(content)


def _looks_like_title(title: str) -> bool:
    """Whether TITLE could be a paper title rather than prose, a URL, a label or chrome."""
    if not 3 <= len(title) <= MAX_TITLE or "://" in title or "www." in title.lower():
        return False
    if not (title[0].isalnum() or title[0] in "\"'“‘《「(" or _CJK.match(title)):
        return False
    if re.fullmatch(r"[\d\s\W]+", title) or _CHROME_LINE.search(title):
        return False
    if _CHROME_SECTION.match(title.strip(" :")) or _label(title):
        return False
    if _is_cjk(title):
        return _cjk_count(title) <= 60 and not re.search(r"[,。;!?…]|\.\.\.", title)
    words = title.split()
    if not 1 <= len(words) <= 35 or not re.search(r"[A-Za-z]{2}", title):
        return False
    if _cjk_count(title) > 0 and re.search(r"[,。;]", title):
        return False
    ends_like_prose = title.endswith((".", ",", ";")) and not title.endswith(("et al.", "etc."))
    if ends_like_prose and len(words) > 5:
        return False
    if len(re.findall(r"[a-z]\. [A-Z]", title)) >= 1 and len(words) > 12:
        return False
    if re.search(r"!\s+\S|(?<!\w)@\w", title):
        return False  # "That's the list! Follow @handle for more"
    return not re.match(r"(?:we|this paper|this work|in this|our|it|they|here)\b", title, re.I)


_LINK_WORD_TAIL = lazy_re(
    r"\s*[\[(【](?:pdf|code|paper|arxiv|link|project|video|slides|blog|github|new|hot)"
    r"[\])】]\s*$",
    re.IGNORECASE,
)


def _clean_title(title: str) -> str:
    title = title.replace("**", "").replace("__", "").replace("`", "")
    title = " ".join(title.split())
    while title and unicodedata.category(title[0]) in ("So", "Sk", "Sm", "Co", "Cn"):
        title = title[1:].lstrip()
    while title and unicodedata.category(title[-1]) in ("So", "Sk", "Co", "Cn"):
        title = title[:-1].rstrip()
    for _ in range(4):  # "Title [paper] [code]"
        shorter = _LINK_WORD_TAIL.sub("", title)
        if shorter == title:
            break
        title = shorter
    title = title.strip(" \t-–—•·:;,|#*>")
    for left, right in (("《", "》"), ("“", "”"), ('"', '"'), ("「", "」"), ("'", "'")):
        if title.startswith(left) and title.endswith(right) and len(title) > 2:
            title = title[1:-1].strip()
    if len(title.split()) >= 3:
        title = re.sub(r"\s*\([A-Z][A-Za-z0-9\-]{1,12}\)$", "", title)
    return title.strip(" \t-–—:;,|")


def _venue_in_title(title: str) -> tuple[str, str | None, int | None]:
    """TITLE without a ``(ICLR 2023 Oral)`` style tag, and the venue and year in that tag."""
    if not any(ch in title for ch in "[(【"):
        return title, None, None
    for match in _VENUE_TAG.finditer(title):
        if match.start() == 0 or match.end() == len(title):
            stripped = (title[: match.start()] + " " + title[match.end() :]).strip()
            if stripped:
                return stripped, _VENUE_NAMES[match.group(1).lower()], _year(match.group(2))
    return title, None, None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    value = int(text)
    if value < 100:
        value += 2000 if value < 80 else 1900
    return value


def _key(title: str) -> str:
    return _NOT_ALNUM.sub("", title.lower())


# ---------------------------------------------------------------------------------------------
# Authors


def _split_names(text: str) -> list[str]:
    text = _BRACKETED.sub(" ", text)
    text = re.sub(r"\S+@\S+", " ", text)
    text = re.sub(r"(?:\bet\.?\s*al\.?|等人?|\.\.\.|…)\s*$", "", text.strip())
    text = re.split(r"\s[|—–]\s|\s-\s|\s/\s", text, maxsplit=1)[0]
    text = AFFILIATED.sub("", text)  # "A, B and C from Google"
    parts = re.split(r"\s*(?:,|;|、|，|；|\band\b|&|\s{2,})\s*", text)
    names = []
    for part in parts:
        name = re.sub(r"[\d*†‡§¶#✉⋆∗^¹²³⁴⁵⁶⁷⁸⁹⁰]+", "", part)
        name = " ".join(name.split()).strip(" .,:;-")
        if name and name.lower() not in ("et al", "others"):
            names.append(name)
    return names


def _valid_name(name: str) -> bool:
    if re.fullmatch(r"[\u4e00-\u9fff·]{2,6}", name):
        return True
    if _AFFIL_WORDS.search(name) or len(name) > 60:
        return False
    tokens = name.split()
    if not 2 <= len(tokens) <= 6:
        return False
    letters = 0
    for pos, token in enumerate(tokens):
        if token.lower() in _PARTICLES and pos < len(tokens) - 1:
            continue
        if not token[0].isupper() or not all(ch.isalpha() or ch in ".-'’" for ch in token):
            return False
        letters = max(letters, sum(ch.isalpha() for ch in token))
    return letters >= 2


def _parse_authors(text: str, labelled: bool) -> list[str]:
    """The author names in TEXT; unlabelled text must be a clean list of two or more names."""
    if not text or len(text) > 3000:
        return []
    text = _BRACKETED.sub(" ", text)
    segments = re.split(r"\s+[·•|]\s+", text)
    if len(segments) > 1 and all(len(seg.split()) <= 3 for seg in segments[1:]):
        text = segments[0]
    if not labelled and (re.search(r"[。!?]|\.\s[a-z]", text) or ":" in text):
        return []
    names = _split_names(text)
    if names:  # "…, Jonas Mueller ICLR 2021": the venue set apart in italics on the page
        names[-1] = without_venue_after(names[-1])
    valid = [n for n in names if _valid_name(n)]
    if labelled:
        return valid
    if len(valid) >= 2 and len(valid) >= 0.8 * len(names):
        return valid
    if len(valid) == 1 and len(names) == 1 and re.search(r"(?:et\.?\s*al\.?|等人?)\s*$", text):
        return valid
    return []


# ---------------------------------------------------------------------------------------------
# Pass 2: candidates


def _heading(line: _Line, lines: list[_Line], idx: int) -> _Cand | None:
    """A paper or section heading on LINE, from its markup alone (no look-ahead)."""
    if line.long or line.chrome or not line.text:
        return None
    raw, text = line.raw, line.text
    label = _label(text)
    if label and label[0] != "authors":
        return None
    if label:  # "By ..." never opens a paper
        return None
    pipe = _pipe_row(line, idx)
    if pipe is not None:
        return pipe
    rank = line.md_level if line.md_level else 10
    number = _NUMBER.match(text)
    numbered = bool(number)
    topic: str | None = None
    kind = "md" if line.md_level else ""
    num_style, num_value = "", 0
    if number:
        num_style = re.sub(r"\d+", "N", "".join(number.group(0).lower().split()))
        num_value = int(re.findall(r"\d+", number.group(0))[0])
        text = text[number.end() :]
        raw = _NUMBER.sub("", raw, count=1)
        kind = kind or "num"
    elif line.md_level and _CN_ORDINAL.match(text):
        text = _CN_ORDINAL.sub("", text, count=1)  # "## 一、DreamBooth"
        raw = _CN_ORDINAL.sub("", raw, count=1)
    elif not line.md_level and not line.bullet and _CN_ORDINAL.match(text):
        title = _clean_title(_CN_ORDINAL.sub("", text))
        if title and len(title) <= 40 and not re.search(r"[,。;]", title):
            return _Cand(idx, "cnsec", title, 1)
        return None
    category = _CATEGORY.match(text)
    if category and category.group(2).upper() in ARXIV_CATEGORIES:
        topic = category.group(2).upper()
        text = text[category.end() :]
        raw = _CATEGORY.sub("", raw, count=1)
        kind = kind or "cat"
    rest = ""
    cells: dict[str, str] = {}
    citation = None if raw.startswith(("**", "__", "[")) else _citation(text)
    if citation is not None:
        # "Title. Author One, Author Two. In ICML 2023." -- a reference-list entry
        title, authors, cite_venue = citation
        return _Cand(
            idx,
            kind if kind in ("num", "cat") else "cite",
            title,
            rank,
            numbered=numbered,
            topic=topic,
            cells={"venue": cite_venue, "authors": authors},
            num_style=num_style,
            num_value=num_value,
        )
    tag = _LEAD_TAG.match(raw) if raw.startswith(("**", "__")) else None
    if tag and not (
        tag.group(1).lower() in _VENUE_NAMES
        or tag.group(1).lower() == "arxiv"
        or (
            tag.group(2)
            and re.fullmatch(r"[A-Z][A-Za-z]{1,9}", tag.group(1))
            and sum(ch.isupper() for ch in tag.group(1)) >= 2
        )  # "[SOSP'23]", "[EuroSys'24]"
    ):
        tag = None
    if tag:  # "- **[ICLR'24]** Title [[paper](...)]": a bold venue tag before the title
        raw = tag.group(3)
        text = _clean_inline(raw)[0]
    bold = _BOLD.match(raw)
    link_first = re.match(r"^\[([^\[\]\n]{2,400})\]\(([^()\s]{1,2000})\)\s*(.*)$", raw)
    if bold and not bold.group(1).rstrip().endswith(":"):
        title = _clean_inline(bold.group(1))[0]
        if title.endswith(".") and not title.endswith(("et al.", "etc.")):
            title = title[:-1]  # "**Title.** Authors." style
        rest = _clean_inline(bold.group(2))[0]
        if not kind and rest[:1].islower() and not _has_id_url(line):
            return None  # "**Search** is fuzzy and ranked": emphasis inside a sentence
        if not kind:
            kind = "list" if line.bullet else ("bold" if not rest else "list")
            rank = 7 if kind == "bold" else 10
    elif (
        link_first
        and link_first.group(1).strip().lower() not in _GENERIC_LINK_TEXT
        and (kind or line.bullet or _url_kind(link_first.group(2)) in _ID_KINDS)
    ):
        # a bare line opening with a link is a paper only when the link is the paper's page
        title = _clean_inline(link_first.group(1))[0]
        rest = _clean_inline(link_first.group(3))[0]
        kind = kind or "list"
    elif kind:
        title = text
    elif line.bullet:
        # a plain list item is a paper only with an identifier on the same line, or when it
        # names the authors as a citation does: "Title (Schick et al.)"
        if not _has_id_url(line) and not _ARXIV_TEXT.search(text):
            etal = _ET_AL_TAIL.match(text)
            if etal is None or not _title_case_ok(etal.group(1).split(), False):
                return None
            title, rest = etal.group(1), etal.group(2)
            cells = {"cited": etal.group(2)}
        else:
            title, rest = _split_rest(_drop_link_words(text, line))
        kind = "list"
    else:
        return _linked_title(line, idx)
    if kind in ("num", "cat", "md") and not bold and not link_first:
        title, tail = _split_rest(title)
        rest = rest or tail
    title, venue, year = _venue_in_title(_clean_title(title))
    title = _clean_title(title)
    title, alt = _bilingual(title)
    if not title or not _looks_like_title(title) or not _BRACKETED.sub("", title).strip(" ,;"):
        return None  # nothing but brackets: "[3] arXiv:2305.06500 (cross-list from cs.CV)"
    if tag and not venue:
        name = tag.group(1)
        venue = None if name.lower() == "arxiv" else _VENUE_NAMES.get(name.lower(), name)
        year = _year(tag.group(2))
    if venue:
        cells["venue"] = f"{venue} {year or ''}".strip()
    elif year:
        cells["year"] = str(year)
    rest = _URL.sub("", rest).strip(" :：—–-|,;")
    return _Cand(
        idx,
        kind,
        title,
        rank,
        numbered=numbered,
        topic=topic,
        rest=rest,
        cells=cells,
        num_style=num_style,
        num_value=num_value,
        alt=alt,
    )


def _pipe_row(line: _Line, idx: int) -> _Cand | None:
    """``2401.01234 | Title | A. Author, B. Author`` (or with a ``cs.CL`` cell): one paper
    per line, its cells split by bars, named by a bare arXiv id cell."""
    text = line.text
    if line.long or " | " not in text or len(text) > 2000:
        return None
    parts = [p.strip() for p in _PIPE.split(text.strip(" |"), maxsplit=8)]
    if not 3 <= len(parts) <= 8:
        return None
    ident, title, authors, topic = "", "", "", ""
    for part in parts:
        found = _ID_PART.fullmatch(part)
        if found and not ident:
            ident = found.group(1)
        elif _CATEGORY_PART.fullmatch(part) and not topic:
            topic = part.split(".", 1)[1].upper()
        elif not title:
            cleaned = _clean_title(part)
            if not _looks_like_title(cleaned) or _parse_authors(part, labelled=False):
                return None
            title = cleaned
        elif not authors and _parse_authors(part, labelled=True):
            authors = part
    if not ident or not title:
        return None
    cells = {"arxiv": ident}
    if authors:
        cells["authors"] = authors
    return _Cand(idx, "pipe", title, 10, topic=topic or None, cells=cells)


_PAREN_TAIL = lazy_re(r"^(.{2,300}?)\s*\(([^()]{4,300})\)$")


def _bilingual(title: str) -> tuple[str, str]:
    """(title, alt) for ``中文标题 (English Title)`` or ``English Title (中文标题)``: the
    English title is the paper's, the other its translation."""
    match = _PAREN_TAIL.match(title) if title.endswith(")") else None
    if match is None:
        return title, ""
    outer, inner = match.group(1).strip(), match.group(2).strip()
    if _CJK.search(outer) and not _CJK.search(inner):
        english, other = inner, outer
    elif _CJK.search(inner) and not _CJK.search(outer) and _is_cjk(inner):
        english, other = outer, inner
    else:
        return title, ""
    if len(english.split()) < 2 or not _looks_like_title(english):
        return title, ""
    return english, other


_CITE_SPLIT = lazy_re(r"(?<=[^\s.]{2})[.?!]\s+(?=[A-Z\u00c0-\u024f])")
_CITE_VENUE_LEAD = lazy_re(
    r"(?:[.,]\s*|\s)(?:(?:in|at|to|appears?|appearing|accepted|published|proceedings|proc\.?"
    r"|of|the|conference|annual|international)\s+){0,6}$",
    re.IGNORECASE,
)


def _citation(text: str) -> tuple[str, str, str] | None:
    """(title, authors, venue) of a reference-style line ``Title. A. Author, B. Author. In
    ICML 2023.``: a venue with its year after the authors, a title before them."""
    if len(text) > 1000 or len(text) < 20:
        return None
    venue = None
    for match in _VENUE.finditer(text[:1000]):
        if match.group(2) and len(match.group(2)) == 4:
            venue = match
            break
    if venue is None:
        return None
    tail = _URL.sub("", text[venue.end() :])
    if len(tail) > 160 or re.search(r"\b[a-z]+\s+[a-z]+\s+[a-z]+\b", tail):
        return None  # a reference entry ends soon after its venue; prose goes on
    head = text[: venue.start()]
    lead = _CITE_VENUE_LEAD.search(head, max(0, len(head) - 100))  # bounded: linear time
    if lead:
        head = head[: lead.start()]
    if not head.endswith((".", "?", "!")):
        head += "."
    splits = list(_CITE_SPLIT.finditer(head))
    for k, split in enumerate(splits[:8]):
        title = head[: split.start() + (1 if head[split.start()] in "?!" else 0)].strip()
        end = splits[k + 1].start() if k + 1 < len(splits) else len(head)
        if len(head) - end > 120:
            continue
        byline = head[split.end() : end].rstrip(". ")
        if len(title.split()) < 2 or not _looks_like_title(title):
            continue
        names = _split_names(byline)
        if (
            names
            and all(_valid_name(n) for n in names)
            and (len(names) >= 2 or len(title.split()) >= 3)
        ):
            return title, byline, f"{_VENUE_NAMES[venue.group(1).lower()]} {venue.group(2)}"
    return None


def _titled_links(line: _Line) -> list[tuple[str, str]]:
    """(title, url) for each markdown link on LINE whose text is a paper title and whose
    target is an arXiv, OpenReview or DOI page: ``[PaLM-E: An Embodied ... (arXiv)](url)``."""
    found: list[tuple[str, str]] = []
    for url, link_text in line.urls:
        if not link_text or _url_kind(url) not in ("arxiv", "openreview", "doi"):
            continue
        title = _clean_title(link_text)
        words = title.split()
        if len(words) < 2 or title.lower() in _GENERIC_LINK_TEXT:
            continue
        if not (title[0].isupper() or title[0].isdigit()):
            continue
        if _cap_ratio(words) < 0.4 and (len(words) < 4 or words[0].lower() in _PROSE_OPENERS):
            continue
        if _looks_like_title(title) and not _CJK.search(title):
            found.append((title, url))
    return found


def _linked_title(line: _Line, idx: int) -> _Cand | None:
    """A prose line that names a paper through a titled link (newsletters, blog posts)."""
    if not line.urls or line.md_level or line.bullet:
        return None
    found = _titled_links(line)
    if not found:
        return _lead_title(line, idx)
    title, url = found[0]
    return _Cand(idx, "link", title, 10, cell_urls=[(url, "link")], extra=found[1:])


def _drop_link_words(text: str, line: _Line) -> str:
    """TEXT without the trailing link words (``[arxiv](...)``, ``[pdf](...)``) it ends with."""
    for _ in range(4):
        for _url, link_text in line.urls:
            word = link_text.strip()
            if word and word.lower() in _GENERIC_LINK_TEXT and text.endswith(word):
                text = text[: -len(word)].rstrip(" |/,;·")
                break
        else:
            break
    return text


_LEAD_TITLE = lazy_re(r"^(.{8,250}?)\s*[\[(]\s*(https?://[^\s\[\]()]{1,300})\s*[\])]\s*(.*)$")


def _lead_title(line: _Line, idx: int) -> _Cand | None:
    """A comment or forum line that opens with a title and its bracketed paper link:
    ``Grokking: Generalization Beyond Overfitting [https://arxiv.org/abs/2201.02177] is fun``."""
    match = _LEAD_TITLE.match(line.text[:600])
    if match is None or _url_kind(match.group(2)) not in _ID_KINDS:
        return None
    title = _clean_title(match.group(1))
    words = title.split()
    if len(words) < 3 or _CJK.search(title) or re.search(r"[a-z][.!?]\s", title):
        return None
    if words[0].lower() in _PROSE_OPENERS or not _title_case_ok(words, False):
        return None
    if not _looks_like_title(title):
        return None
    return _Cand(idx, "lead", title, 10, rest=match.group(3))


def _split_rest(text: str) -> tuple[str, str]:
    """Split ``Title — description`` or ``Title (arXiv 2301.00001)``: (title, rest)."""
    text = _URL.sub("", text).strip()
    text = re.sub(r"\s*(?:\[\s*\]|\(\s*\)|<\s*>)", "", text)  # brackets that held a URL
    text = re.sub(
        r"\s*[(\[]?\s*arxiv\s*[:：]?\s*\d{4}\.\d{4,5}(?:v\d+)?\s*[)\]]?", "", text, flags=re.I
    )
    match = re.search(r"\s[—–|]\s|\s-\s(?=\S)", text)
    if match and text.count("(", 0, match.start()) > text.count(")", 0, match.start()):
        match = None  # "Title (July 17 – July 23)": a dash inside brackets splits nothing
    if match and len(text[: match.start()].split()) >= 2:
        return text[: match.start()].strip(), text[match.end() :].strip()
    return text.strip(), ""


_PROSE_OPENERS = _words(
    "a an the this that these those we our i my it its they their he she you here there in "
    "at for to as if when while note see read check update thanks closing also so but and or"
)


def _inline(line: _Line, relaxed: bool = False) -> _Cand | None:
    """``Title: description`` or ``English Title 中文描述`` on one line.

    RELAXED (the digest already has such lines) also takes sentence-case English titles.
    """
    text = line.text
    if line.long or line.chrome or len(text) < 12 or line.md_level:
        return None
    if _label(text):
        return None
    head = text[:800]
    cjk = _CJK.search(head)
    title, desc = "", ""
    if cjk and cjk.start() > 0:
        left = text[: cjk.start()]
        colon = left.rfind(":")
        if colon > 0:
            title, desc = left[:colon], text[colon + 1 :]
        else:
            words = left.split()
            if len(words) < 4 or _cap_ratio(words) < 0.6 or len(left.strip()) < 20:
                return None
            title, desc = left, text[cjk.start() :]
        if _cjk_count(desc) < 12 or not re.search(r"[,。;]", desc):
            return None
    elif not cjk:
        for match in reversed(list(re.finditer(r":\s", head))):
            left, right = text[: match.start()], text[match.end() :]
            if _sentence_like(right):
                title, desc = left, right
                break
        if not title or not _title_case_ok(title.split(), relaxed):
            return None
    else:
        return None
    title = _clean_title(title)
    words = title.split()
    if not 2 <= len(words) <= 30 or _CJK.search(title) or not _looks_like_title(title):
        return None
    if re.search(r"[a-z]\. [A-Z]", title):
        return None
    return _Cand(line_index(line), "inline", title, 10, rest=desc.strip(" :"))


def _title_case_ok(words: list[str], relaxed: bool) -> bool:
    """Whether the capitalisation of WORDS fits a title: short ones fully capitalised, longer
    ones mostly, or -- when RELAXED -- in sentence case without opening like prose."""
    ratio = _cap_ratio(words)
    if len(words) <= 3:
        return ratio == 1.0
    if ratio >= 0.5:
        return True
    return (
        relaxed
        and len(words) <= 16
        and words[0][:1].isupper()
        and words[0].lower() not in _PROSE_OPENERS
    )


def line_index(line: _Line) -> int:
    return line.no - 1


def _sentence_like(text: str) -> bool:
    words = text.split()
    return len(words) >= 6 and (
        text.rstrip().endswith((".", "!", "。")) or bool(re.search(r"[a-z]\. [A-Z]", text))
    )


def _plain_section(line: _Line) -> str | None:
    text = line.text
    if line.long or line.chrome or not text or line.bullet or line.urls or len(text) > 60:
        return None
    if re.search(r"[.。,;!?:]", text) or _label(text):
        return None
    title = _clean_title(text)
    if not title or not (title[0].isalpha() or _CJK.match(title)):
        return None
    if _is_cjk(title):
        return title if _cjk_count(title) <= 20 else None
    return title if 1 <= len(title.split()) <= 8 else None


def _plain_paper(lines: list[_Line], idx: int) -> _Cand | None:
    """An unmarked English title line followed directly by authors or an identifier link."""
    line = lines[idx]
    text = line.text
    if line.long or line.chrome or not text or line.urls or _CJK.search(text):
        return None
    if idx > 0 and not lines[idx - 1].blank:
        return None
    title = _clean_title(text)
    words = title.split()
    if not 3 <= len(words) <= 30 or not _looks_like_title(title) or title.endswith("."):
        return None
    if sum(1 for w in words if re.search(r"[A-Za-z]{2}", w)) < 2:
        return None  # "Slide 9 / 24", "Episode 12 - 3"
    if _label(text) or _inline(line):
        return None
    nxt = _next_nonblank(lines, idx + 1, 2)
    for j in nxt:
        other = lines[j]
        label = _label(other.text)
        if label and label[0] in ("authors", "link", "code"):
            return _Cand(idx, "plain", title, 10)
        if _parse_authors(other.text, labelled=False) or _has_id_url(other):
            return _Cand(idx, "plain", title, 10)
        if other.text and not other.chrome:
            break
    return None


def _next_nonblank(lines: list[_Line], start: int, count: int) -> list[int]:
    found: list[int] = []
    for j in range(start, min(len(lines), start + 40)):
        if not lines[j].blank:
            found.append(j)
            if len(found) >= count:
                break
    return found


# ---------------------------------------------------------------------------------------------
# Tables


_TABLE_COLUMNS = (
    ("title", ("title", "paper", "论文", "标题", "题目", "name", "名称")),
    ("authors", ("author", "作者")),
    ("code", ("code", "github", "代码", "repo")),
    ("link", ("link", "url", "arxiv", "pdf", "链接", "地址", "openreview")),
    ("venue", ("venue", "conference", "会议", "期刊", "journal")),
    ("year", ("year", "年")),
    ("topic", ("topic", "category", "field", "area", "领域", "方向", "分类", "tag")),
    ("summary", ("summary", "tl;dr", "tldr", "description", "简介", "总结", "notes", "摘要")),
)


def _cells(text: str) -> list[str]:
    return [c.strip() for c in text.strip().strip("|").split("|")]


def _tables(lines: list[_Line]) -> tuple[list[_Cand], set[int]]:
    cands: list[_Cand] = []
    used: set[int] = set()
    i = 0
    while i < len(lines) - 1:
        raw = lines[i].raw.strip()
        is_row = raw.startswith("|") or raw.count("|") >= 2
        if (
            lines[i].long
            or lines[i + 1].long
            or not is_row
            or not _TABLE_SEP.match(lines[i + 1].raw.strip())
        ):
            i += 1
            continue
        header = [_label_key(c) for c in _cells(raw)[:40]]
        columns: dict[int, str] = {}
        for col, name in enumerate(header):
            for kind, words in _TABLE_COLUMNS:
                if kind not in columns.values() and any(w in name for w in words):
                    columns[col] = kind
                    break
        used.update((i, i + 1))
        j = i + 2
        while j < len(lines) and "|" in lines[j].raw and not lines[j].long:
            used.add(j)
            cells = _cells(lines[j].raw)[:40]
            cand = _table_row(j, cells, columns)
            if cand:
                cands.append(cand)
            j += 1
        i = j
    return cands, used


def _table_row(idx: int, cells: list[str], columns: dict[int, str]) -> _Cand | None:
    values: dict[str, str] = {}
    urls: list[tuple[str, str]] = []
    title = ""
    for col, cell in enumerate(cells):
        text, cell_urls = _clean_inline(cell)
        kind = columns.get(col)
        hint = "code" if kind == "code" else "link"
        urls.extend((u, hint) for u, _ in cell_urls)
        if kind == "title":
            title = text
        elif kind:
            values[kind] = text
    if not title:  # no title column: the first cell that reads like a title
        known = set(columns.values())
        if not known & {"authors", "venue", "link", "code"} and not any(
            _is_id_url(url) for url, _hint in urls
        ):
            return None  # a table of something else: commands, exit codes, a schedule
        for cell in cells:
            text = _clean_inline(cell)[0]
            if not re.fullmatch(r"[\d\s.#]*", text) and _looks_like_title(_clean_title(text)):
                title = text
                break
    title, venue, year = _venue_in_title(_clean_title(title))
    title = _clean_title(title)
    if not title or not _looks_like_title(title):
        return None
    if venue:
        values.setdefault("venue", f"{venue} {year or ''}".strip())
    return _Cand(idx, "table", title, 10, cells=values, cell_urls=urls)


# ---------------------------------------------------------------------------------------------
# Pass 2: structure


def _extract(text: str) -> tuple[list[_Record], list[str], str | None, int | None]:
    lines = _prepare(text)
    table_cands, table_lines = _tables(lines)
    table_at = {c.idx: c for c in table_cands}
    title_idx = _title_line(lines, table_lines)
    raw_cands: dict[int, _Cand] = {}
    for i, line in enumerate(lines):
        if i in table_lines or i == title_idx:
            continue
        cand = _heading(line, lines, i)
        if cand:
            raw_cands[i] = cand
    # 'Title: description' lines: once two read as titles, sentence-case titles count too
    relaxed_inline = (
        sum(
            1
            for i, ln in enumerate(lines)
            if i not in raw_cands and ln.text and not ln.chrome and _inline(ln) is not None
        )
        >= 2
    )
    structured = sum(1 for c in raw_cands.values() if c.kind in ("num", "cat", "list", "table"))
    if structured >= 2 or table_cands:
        # titled links in prose are citations when the digest lists its papers explicitly
        raw_cands = {i: c for i, c in raw_cands.items() if c.kind != "link"}

    records: list[_Record] = []
    sections: list[str] = []
    topic_stack: list[tuple[int, str, tuple[str, int] | None]] = []  # (rank, topic, venue)
    open_paper: _Cand | None = None
    open_record: _Record | None = None
    open_lines: list[int] = []
    open_fields = False
    last_number: tuple[str, int] | None = None
    inner_last: dict[str, int] = {}  # numbering of the list inside the open paper
    list_context = False
    chrome_mode = False
    first_paper_line: int | None = None
    consumed: set[int] = set()
    lead_in = False  # the last text line, before any paper, ended with ":" ("How we picked:")

    last_bare: tuple[str, int] | None = None

    def close() -> None:
        nonlocal open_paper, open_record, open_lines, last_bare
        if open_paper is not None and open_record is not None:
            _read_block(
                open_record, open_paper, lines[open_paper.idx], [lines[j] for j in open_lines]
            )
            rec = open_record
            keep = (
                rec.evidence() > 0
                or open_paper.kind in ("num", "cat", "inline", "table")
                or bool(open_paper.num_style)  # "### 1. Title": numbered, so a paper entry
                or "cited" in open_paper.cells  # "- Title (Schick et al.)"
            )
            rec.bare = (
                open_paper.kind in ("num", "md", "bold", "list")
                and not open_paper.topic
                and not open_paper.rest
                and all(lines[j].blank or lines[j].chrome for j in open_lines)
            )
            if (
                not rec.bare
                and last_bare is not None
                and open_paper.num_style == last_bare[0]
                and open_paper.num_value == last_bare[1] + 1
                and rec.evidence() == 0
            ):
                rec.bare = True  # the last item of an outline ("5. Language supervision")
            last_bare = (open_paper.num_style, open_paper.num_value) if rec.bare else None
            if chrome_mode and not (rec.arxiv_id or rec.openreview_id or rec.doi):
                keep = False
            if keep:
                records.append(open_record)
                for title, url in open_paper.extra:
                    extra = _Record(title=title, line=open_paper.idx + 1, kind="link")
                    _add_url(extra, url, "link")
                    records.append(extra)
        open_paper, open_record, open_lines = None, None, []

    def open_new(cand: _Cand) -> None:
        nonlocal open_paper, open_record, open_lines, first_paper_line, open_fields
        close()
        open_paper = cand
        open_record = _Record(title=cand.title, line=cand.idx + 1, kind=cand.kind)
        open_record.listed = lead_in and cand.kind == "num"
        if cand.alt:
            open_record.alt_titles.append(cand.alt)
        if cand.topic:
            open_record.topics.append(cand.topic)
        if topic_stack:
            open_record.topics.append(topic_stack[-1][1])
        for _rank, _topic, venue_year in reversed(topic_stack):
            if venue_year is not None:  # a "## NeurIPS 2022" section: the venue of its papers
                open_record.section_venue = venue_year
                break
        open_lines = []
        open_fields = False
        if first_paper_line is None:
            first_paper_line = cand.idx

    def push_section(rank: int, title: str) -> None:
        close()
        while topic_stack and topic_stack[-1][0] >= rank:
            topic_stack.pop()
        venue = _VENUE.search(title)
        venue_year = None
        if venue and venue.group(2) and len(venue.group(2)) == 4:
            venue_year = (_VENUE_NAMES[venue.group(1).lower()], int(venue.group(2)))
        rest = _NOT_ALNUM.sub("", title[: venue.start()] + title[venue.end() :]) if venue else ""
        if (
            _label_key(title) in _GENERIC_SECTIONS
            or (venue_year and len(rest) <= 12)
            or re.fullmatch(r"(?:19|20)\d\d", title.strip())  # "## 2024" in a list by year
        ):
            topic_stack.append((rank, "", venue_year))  # still a boundary, but no topic
        else:
            topic_stack.append((rank, title, venue_year))
            sections.append(title)

    for i, line in enumerate(lines):
        if i == title_idx:
            continue
        if i in table_lines:
            if i in table_at:
                if open_paper and open_paper.kind != "table":
                    close()
                open_new(table_at[i])
                close()
            continue
        if line.chrome_section:
            close()
            chrome_mode = True
            continue
        if line.md_level and chrome_mode and not line.chrome:
            chrome_mode = False
        if i in consumed:
            continue
        cand = raw_cands.get(i)
        if line.rule:
            close()
            list_context = False
            continue
        continues = bool(
            cand
            and last_number
            and cand.num_style == last_number[0]
            and cand.num_value == last_number[1] + 1
        )
        sibling = bool(
            cand
            and open_paper is not None
            and cand.kind == "list" == open_paper.kind
            and line.indent == lines[open_paper.idx].indent
        )  # the next item of the list of papers, not a list inside the open paper
        if (
            cand
            and list_context
            and cand.kind in ("num", "list")
            and not line.md_level
            and not sibling
        ):
            inner = inner_last.get(cand.num_style)
            if not continues or (inner is not None and cand.num_value == inner + 1):
                if cand.num_style:
                    inner_last[cand.num_style] = cand.num_value
                cand = None
        if cand and open_paper is not None and cand.kind in ("num", "list") and not line.md_level:
            head = lines[open_paper.idx]
            if line.indent >= head.indent + 2:
                cand = None
        if cand is not None:
            decision = _decide(cand, lines, raw_cands, open_paper)
            if decision == "section":
                push_section(cand.rank, cand.title)
                list_context = False
                continue
            if decision == "paper":
                inner_last.clear()
                if cand.num_style:
                    last_number = (cand.num_style, cand.num_value)
                open_new(cand)
                list_context = False
                continue
            # "body": fall through and keep the line in the open block
        elif not line.blank and not line.chrome:
            titled = _titled_label(lines, i, open_record, open_fields, chrome_mode)
            if titled is not None:
                cand, before, after = titled
                open_lines = [j for j in open_lines if j not in before]
                open_new(cand)
                open_lines.extend(before)  # "arXiv:2305.12345 [pdf]" just above the title
                consumed.update(after)  # the title's wrapped continuation lines
                list_context = False
                continue
            inline = None
            if open_paper is None or open_paper.kind in ("inline", "table"):
                inline = _inline(line, relaxed_inline)
            elif open_record is not None and not open_lines:
                inline = None
            if inline is not None and (
                open_paper is None or _key(inline.title) != _key(open_paper.title)
            ):
                open_new(inline)
                list_context = False
                continue
            section = _plain_section(line)
            if section and _plain_section_ok(lines, i, raw_cands, open_paper):
                push_section(9, section)
                continue
            if open_paper is None or not open_lines or open_fields:
                plain = _plain_paper(lines, i)
                if plain is not None and (
                    open_paper is None
                    or (i - open_paper.idx > 1 and _prev_is_not_heading(lines, i, open_paper))
                ):
                    open_new(plain)
                    continue
        if open_paper is not None:
            open_lines.append(i)
            open_fields = open_fields or _line_has_fields(line)
        if not line.blank:
            lead_in = open_paper is None and line.text.endswith(":") and len(line.text) <= 80
            label = _label(line.text)
            intro = line.text.endswith(":") and len(line.text) <= 80 and open_paper is not None
            if (label and not label[1]) or intro:
                list_context = True
            elif not (line.bullet or _NUMBER.match(line.text)):
                list_context = False
    close()
    doc_venue, doc_year = _doc_venue(lines, first_paper_line)
    return records, sections, doc_venue, doc_year


_ID_LINE = lazy_re(
    r"^(?:\[\d{1,5}\]\s*)?arxiv\s*:\s*(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?"
    r"(?:\s*[(\[][^()\[\]]{0,60}[)\]])*\s*$",
    re.IGNORECASE,
)


def _titled_label(
    lines: list[_Line], idx: int, open_record: _Record | None, open_fields: bool, chrome: bool
) -> tuple[_Cand, list[int], list[int]] | None:
    """A ``Title: ...`` / ``论文标题：...`` line that opens a paper of its own: (candidate, the
    identifier lines just above it, its wrapped continuation lines).

    It opens a paper when no paper is open, or when the open paper already has its fields
    and its title is in the same script (a translated title under a heading stays an alt).
    """
    line = lines[idx]
    label = _label(line.text)
    if label is not None and label[0] == "link" and _PAPER_LABEL.match(line.text):
        return _paper_label(lines, idx, label[1], open_record, open_fields, chrome)
    if label is None or label[0] != "title" or not label[1] or line.long or chrome:
        return None
    value = label[1]
    after: list[int] = []
    for j in range(idx + 1, min(len(lines), idx + 4)):
        nxt = lines[j]
        if nxt.blank or nxt.indent <= line.indent or _label(nxt.text) or nxt.urls:
            break
        value += " " + nxt.text
        after.append(j)
    title = _clean_title(value)
    if not _looks_like_title(title) or (_is_cjk(title) and open_record is not None):
        return None
    if open_record is not None and not (
        open_fields and _is_cjk(open_record.title) == _is_cjk(title)
    ):
        return None
    before: list[int] = []
    seen = 0
    for j in range(idx - 1, max(-1, idx - 8), -1):
        prev = lines[j]
        if prev.rule:
            break
        if prev.blank or prev.chrome:
            continue
        seen += 1
        if _ID_LINE.match(prev.text):
            before.append(j)
            break
        prev_label = _label(prev.text)
        if prev_label and prev_label[0] in ("feed", "topic") and not lines[j + 1].blank:
            before.append(j)  # "Feed: cs.LG ...\nTitle: ...": the header block of this item
            continue
        if seen >= 3 or not prev_label:
            break
    return _Cand(idx, "titled", title, 10), before, after


_PAPER_LABEL = lazy_re(r"^(?:paper|论文|article|reading)\s*:\s*(?!https?:|www\.)", re.I)
_PAPER_PARTS = lazy_re(r"\s+[—–|]\s+")


def _paper_label(
    lines: list[_Line],
    idx: int,
    value: str,
    open_record: _Record | None,
    open_fields: bool,
    chrome: bool,
) -> tuple[_Cand, list[int], list[int]] | None:
    """``Paper: Title — A. Author, B. Author — arXiv:2002.05709 (ICML 2020)`` (slide notes,
    talk listings): a paper named by a ``Paper:`` label, its byline and id in dash parts."""
    line = lines[idx]
    if chrome or line.long or not value:
        return None
    if (
        open_record is not None
        and not open_fields
        and open_record.kind != "titled"
        and all(ln.blank for ln in lines[open_record.line : idx])
    ):
        return None  # "## 1. SimCLR\nPaper: ...": the heading's own paper
    parts = _PAPER_PARTS.split(value[:1000], maxsplit=4)
    title, venue, year = _venue_in_title(_clean_title(parts[0]))
    title = _clean_title(title)
    if len(title.split()) < 2 or _CJK.search(title) or not _looks_like_title(title):
        return None
    cells: dict[str, str] = {}
    rest: list[str] = []
    for part in parts[1:]:
        if (
            "authors" not in cells
            and _parse_authors(part, labelled=True)
            and not _ARXIV_TEXT.search(part)
        ):
            cells["authors"] = part
        else:
            rest.append(part)
    if venue:
        cells["venue"] = f"{venue} {year or ''}".strip()
    if len(parts) > 1 and not cells.get("authors") and not any(_ARXIV_TEXT.search(p) for p in rest):
        return None  # "Paper: Title — a remark" is not enough to name a paper
    return _Cand(idx, "titled", title, 10, cells=cells, rest=" ".join(rest)), [], []


def _title_line(lines: list[_Line], table_lines: set[int]) -> int | None:
    """The index of the document's own title line, which is never a paper or a topic."""
    for i, line in enumerate(lines):
        if line.blank or line.chrome:
            continue
        if i in table_lines or line.bullet or line.md_level > 1 or line.long:
            return None
        if _NUMBER.match(line.text) or _CATEGORY.match(line.text) or _has_id_url(line):
            return None
        if _pipe_row(line, i) is not None:
            return None
        if not line.md_level and _plain_paper(lines, i) is not None:
            return None
        return i
    return None


def _prev_is_not_heading(lines: list[_Line], i: int, open_paper: _Cand) -> bool:
    for j in range(i - 1, open_paper.idx - 1, -1):
        if not lines[j].blank:
            return j != open_paper.idx
    return False


def _line_has_fields(line: _Line) -> bool:
    if _has_id_url(line):
        return True
    label = _label(line.text)
    return bool(label and label[0] in ("authors", "link", "code", "summary", "abstract"))


def _decide(
    cand: _Cand, lines: list[_Line], cands: dict[int, _Cand], open_paper: _Cand | None
) -> str:
    """Whether a heading is a 'paper', a topic 'section', or 'body' text of the open paper."""
    if (
        cand.kind in ("num", "cat", "list", "table", "cite", "pipe")
        and not lines[cand.idx].md_level
    ):
        return "paper"
    if cand.kind == "cnsec":
        return "section"
    if cand.kind == "lead":
        return "paper"
    if cand.kind == "link":
        return "paper" if open_paper is None or open_paper.kind in ("link", "inline") else "body"
    nxt, evidence, between = _look_ahead(cand.idx, lines, cands)
    if evidence:
        return "paper"
    deeper = nxt is not None and nxt.rank > cand.rank
    if cand.kind == "md":
        if open_paper is not None and open_paper.kind == "md" and cand.rank > open_paper.rank:
            return "section" if deeper and not cand.numbered else "body"
        if deeper and not cand.numbered:
            return "section"
        return "paper"
    # bold-line headings
    if deeper and (open_paper is None or between <= 1):
        return "section"
    return "body" if open_paper is not None else "paper"


def _look_ahead(
    idx: int, lines: list[_Line], cands: dict[int, _Cand]
) -> tuple[_Cand | None, bool, int]:
    """The next heading after IDX, whether a paper's fields come first, and lines in between."""
    between = 0
    for j in range(idx + 1, min(len(lines), idx + 1 + _LOOKAHEAD)):
        line = lines[j]
        if j in cands:
            return cands[j], False, between
        if line.blank or line.chrome:
            continue
        if line.chrome_section:
            return None, False, between
        if _has_id_url(line) or any(_url_kind(u) == "code" for u, _ in line.urls):
            return None, True, between
        label = _label(line.text)
        if label and label[0] in ("authors", "code", "title") and label[1]:
            return None, True, between
        if between < 3 and _parse_authors(line.text, labelled=False):
            return None, True, between
        inline = _inline(line)
        if inline is not None:
            return inline, False, between
        between += 1
    return None, False, between


def _plain_section_ok(
    lines: list[_Line], i: int, cands: dict[int, _Cand], open_paper: _Cand | None
) -> bool:
    following = _next_nonblank(lines, i + 1, 1)
    if following and following[0] in cands:
        nxt = cands[following[0]]
        return nxt.rank == 10 and nxt.kind != "md"
    if open_paper is not None and open_paper.kind in _BLOCK_OWNERS:
        return False
    prose = 0
    for j in range(i + 1, min(len(lines), i + 1 + _LOOKAHEAD)):
        line = lines[j]
        if line.blank:
            continue
        if j in cands or line.urls or line.chrome or _label(line.text):
            return False
        if _inline(line) is not None:
            return True
        prose += 1
        if prose > 3:
            return False
    return False


# ---------------------------------------------------------------------------------------------
# Pass 2: fields of one paper


def _url_kind(url: str) -> str:
    try:
        host = (urlparse(url).hostname or "").lower()
    except ValueError:
        return ""
    if host.endswith("arxiv.org"):
        return "arxiv"
    if host.endswith("openreview.net"):
        return "openreview"
    if host.endswith("doi.org"):
        return "doi"
    if host.endswith(("github.com", "gitlab.com", "gitee.com", "bitbucket.org")):
        return "code"
    if host.endswith(_MIRROR_HOSTS):
        return "mirror"
    return ""


def _add_url(record: _Record, url: str, hint: str) -> None:
    kind = _url_kind(url)
    try:
        path = urlparse(url).path.lower() if "://" in url else ""
    except ValueError:  # "https://arxiv.org]/abs/...": no address
        return
    if kind == "arxiv":
        arxiv = normalize_arxiv(url)
        if arxiv:
            record.arxiv_id = record.arxiv_id or arxiv
            if "/pdf/" in path:
                record.pdf_url = record.pdf_url or url
            if arxiv == record.arxiv_id:
                record.landing.append((3, landing_url("arxiv", arxiv)))
        return
    if kind == "openreview":
        ident = normalize_openreview(url)
        if ident:
            record.openreview_id = record.openreview_id or ident
            if path.startswith("/pdf"):
                record.pdf_url = record.pdf_url or url
                record.landing.append((0, landing_url("openreview", ident)))
            else:
                record.landing.append((0, url))
        return
    if kind == "doi":
        doi = normalize_doi(url)
        if doi:
            record.doi = record.doi or doi
            record.landing.append((1, url))
        return
    if kind == "code" or hint == "code":
        from papercli.importers.digest.fields import repository_document

        if re.search(r"\.(?:png|jpe?g|gif|svg|webp)$", path):
            return
        document = repository_document(path) if hint != "code" else None
        if document is not None:
            if document == "pdf":
                record.pdf_url = record.pdf_url or url
            return
        record.code_url = record.code_url or url
        return
    if hint == "pdf" or path.endswith(".pdf"):
        record.pdf_url = record.pdf_url or url
        return
    if kind == "mirror":
        # an aggregator's page about the paper (Hugging Face papers, Papers with Code): its
        # arXiv id when the address carries one, and a landing page only when nothing better
        found = _NEW_ARXIV.fullmatch(path.rstrip("/").rsplit("/", 1)[-1])
        if found and "huggingface.co" in url.lower() and not record.arxiv_id:
            record.arxiv_id = found.group(0)
            record.landing.append((3, landing_url("arxiv", found.group(0))))
        elif hint == "link":
            record.landing.append((4, url))
        return
    if hint == "link" and not re.search(r"\.(?:png|jpe?g|gif|svg|webp)$", path):
        record.landing.append((2, url))


def _add_text_ids(record: _Record, text: str, hint: str) -> None:
    for kind, value in find_identifiers(text[:20_000]).items():
        if kind == "arxiv" and not record.arxiv_id:
            record.arxiv_id = value
            record.landing.append((3, landing_url("arxiv", value)))
        elif kind == "doi" and not record.doi:
            record.doi = value
            record.landing.append((1, landing_url("doi", value)))
        elif kind == "openreview" and not record.openreview_id:
            record.openreview_id = value
    match = _ARXIV_TEXT.search(text[:20_000])
    if match is None and hint == "link":
        match = re.search(r"(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])", text[:200])
    if match and not record.arxiv_id:
        record.arxiv_id = match.group(1)
        record.landing.append((3, landing_url("arxiv", match.group(1))))


def _set_summary(record: _Record, text: str, rank: int) -> None:
    text = " ".join(text.split())
    # A labelled summary (TL;DR, 一句话总结: ranks 0 and 1) may be as short as "S4."; prose
    # picked up as a summary must say more than a fragment.
    if len(text) < (2 if rank <= 1 else 8) or rank >= record.summary_rank:
        return
    record.summary = _trim(text, MAX_SUMMARY)
    record.summary_rank = rank


def _trim(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    stop = max(cut.rfind(". "), cut.rfind("。"), cut.rfind("! "), cut.rfind("? "))
    if stop >= limit // 2:
        return cut[: stop + 1].strip()
    return cut.rstrip() + "…"


def _set_title(record: _Record, value: str, labelled: bool = False) -> None:
    value = _clean_title(value)
    if not value or not _looks_like_title(value):
        return
    if _key(value) == _key(record.title):
        return
    nickname = (
        labelled
        and not _CJK.search(value)
        and not _CJK.search(record.title)
        and len(record.title.split()) <= 3
        and len(value.split()) > len(record.title.split())
    )  # "## 二、UniAD" over "论文名称: Planning-oriented Autonomous Driving"
    if nickname or (_is_cjk(record.title) and not _is_cjk(value)):
        record.alt_titles.insert(0, record.title)
        record.title = value
    else:
        record.alt_titles.append(value)


def _read_block(record: _Record, cand: _Cand, heading: _Line, block: list[_Line]) -> None:
    """Fill RECORD from its heading and the lines it owns."""
    if cand.kind == "table":
        _read_table(record, cand)
        return
    venue_cell = cand.cells.get("venue", "")
    if venue_cell and _VENUE.search(venue_cell):
        _read_label(record, "venue", venue_cell, heading)
    elif venue_cell:  # a tag naming a venue outside the known list: "[SOSP'23]"
        found = _YEAR.search(venue_cell)
        record.venue = _YEAR.sub("", venue_cell).strip() or None
        record.year = int(found.group(1)) if found else record.year
    if cand.cells.get("authors"):
        record.authors = _parse_authors(cand.cells["authors"], labelled=True)
    if cand.cells.get("arxiv"):
        _add_text_ids(record, "arXiv:" + cand.cells["arxiv"], "")
    if cand.cells.get("year") and record.year is None:
        record.year = _year(cand.cells["year"])
    if cand.kind == "link":
        others = {u for _t, u in cand.extra}
        for url, _text in cand.cell_urls:
            _add_url(record, url, "link")
        for url, _text in heading.urls:
            if url not in others and _url_kind(url) == "code":
                _add_url(record, url, "code")
    for url, _text in heading.urls if cand.kind != "link" else ():
        _add_url(record, url, "link")
    _add_text_ids(record, heading.text, "")
    if cand.rest:
        _read_rest(record, cand.rest)
    pending: str | None = None
    collected: list[str] = []
    prose_seen = False
    nonblank = 0
    prose: list[str] = []

    def flush() -> None:
        nonlocal pending, collected
        if pending and collected:
            joined = " ".join(collected)
            if pending == "summary":
                _set_summary(record, joined, 0)
            elif pending == "abstract":
                record.abstract = record.abstract or _trim(joined, 5000)
                _set_summary(record, joined, 1)
            elif pending == "authors+":
                record.authors = record.authors or _parse_authors(joined, labelled=True)
        pending, collected = None, []

    skip: set[int] = set()
    for pos, line in enumerate(block):
        text = line.text
        if pos in skip:
            continue
        if line.blank:
            if collected:
                flush()
            if prose:
                _set_summary(record, " ".join(prose), 3)
                prose = []
            continue
        if line.chrome:
            continue
        nonblank += 1
        label = _label(text)
        if label is not None:
            flush()
            kind, value = label
            if kind in ("summary", "abstract") and value:
                _read_label(record, kind, "", line)
                pending, collected, prose_seen = kind, [value], True
                continue
            if kind == "authors" and _CONTINUES.search(value):
                pending, collected = "authors+", [value]
                continue
            _read_label(record, kind, value, line)
            if (
                not value
                and not line.urls
                and kind in ("summary", "abstract", "authors", "title", "link", "code", "pdf")
            ):
                pending = kind
            continue
        for url, link_text in line.urls:
            hint = "link" if link_text.lower() in _GENERIC_LINK_TEXT else ""
            if link_text.lower() in ("code", "github", "代码"):
                hint = "code"
            _add_url(record, url, hint if pending is None else _hint(pending, hint))
        _add_text_ids(record, text, pending or "")
        if pending == "authors+":
            collected.append(text)
            if not _CONTINUES.search(text):
                flush()
            continue
        if pending in ("authors", "title", "link", "code", "pdf"):
            if pending == "authors":
                record.authors = record.authors or _parse_authors(text, labelled=True)
            elif pending == "title":
                _set_title(record, text)
            pending = None
            continue
        if pending in ("summary", "abstract"):
            if not line.urls or len(text) > 60:
                collected.append(text)
                prose_seen = True
            continue
        if line.urls and len(_URL.sub("", text).strip()) < 10:
            continue
        if re.fullmatch(r"[\[(【].{1,400}[\])】]", text):
            continue  # a bracketed affiliation line
        if len(text) <= 100 and _PUBLISHED_IN.match(text):
            venue = _VENUE.search(text)
            year = _YEAR.search(text)
            if venue and record.venue is None:
                record.venue = _VENUE_NAMES[venue.group(1).lower()]
                record.year = int(year.group(1)) if year else record.year
            continue
        if not prose_seen and nonblank <= 4 and not record.authors:
            names = _parse_authors(text, labelled=False) or _affiliated_authors(
                text, _next_text(block, pos)
            )
            following = block[pos + 1] if pos + 1 < len(block) else None
            if (
                _CONTINUES.search(text)
                and following is not None
                and following.text
                and not _label(following.text)
            ):
                # a byline wrapped over two lines: "A, B, C,\n   D, et al. (Lab)"
                joined = _parse_authors(text + " " + following.text, labelled=False)
                if len(joined) > len(names):
                    names = joined
                    skip.add(pos + 1)
            if names:
                record.authors = names
                continue
        if not prose_seen and nonblank <= 5:
            if _CJK.search(text) and len(text) <= 80 and not re.search(r"[,。;!?]", text):
                if not record.alt_titles or _is_cjk(record.title):
                    _set_title(record, text)
                continue
            if (
                _is_cjk(record.title)
                and not _CJK.search(text)
                and 2 <= len(text.split()) <= 30
                and _looks_like_title(text)
            ):
                _set_title(record, text)
                continue
        if len(text) >= 20 and not line.bullet:
            prose_seen = True
            prose.append(text)
    flush()
    if prose:
        _set_summary(record, " ".join(prose), 3)


_PUBLISHED_IN = lazy_re(
    r"^(?:published|accepted|appears?|appearing|to appear|presented)\s+(?:in|at|to|by|as)\s",
    re.IGNORECASE,
)
_AFFIL_TAIL = lazy_re(r"\s*[\[【]([^\[\]【】]{2,300})[\]】]\s*$")


def _next_text(block: list[_Line], pos: int) -> str:
    for line in block[pos + 1 : pos + 4]:
        if line.text and not line.chrome:
            return line.text
    return ""


def _affiliated_authors(text: str, following: str) -> list[str]:
    """Authors on a line that carries (or is followed by) a bracketed affiliation.

    ``G Hinton [Google Brain]`` names one author; the bracket is what marks the line as a
    byline, so a single name is accepted here though not on a bare line.
    """
    tail = _AFFIL_TAIL.search(text)
    if tail:
        head = text[: tail.start()]
    elif re.fullmatch(r"[\[【].{2,300}[\]】]", following):
        head = text
    elif (
        following
        and _URL.fullmatch(following.strip())
        and _url_kind(following.strip()) in ("arxiv", "openreview", "doi")
    ):
        head = text  # "Title / A Name / https://arxiv.org/abs/..."
    else:
        return []
    if re.search(r"[:。!?]", head):
        return []
    names = _split_names(head)
    valid = [n for n in names if _valid_name(n)]
    return valid if valid and len(valid) == len(names) else []


def _hint(pending: str, hint: str) -> str:
    return {"link": "link", "code": "code", "pdf": "pdf"}.get(pending, hint)


def _read_rest(record: _Record, rest: str) -> None:
    """The text after a title on its own line: authors, ids or a description."""
    _add_text_ids(record, rest, "")
    label = _label(rest)
    if label and label[0] == "authors":
        record.authors = record.authors or _parse_authors(label[1], labelled=True)
        return
    venue = _VENUE.search(rest[:1000])
    if venue and venue.group(2) and len(venue.group(2)) == 4:
        # "Authors, *NeurIPS 2020*." -- a venue with its year is a field, not part of a name
        if record.venue is None:
            record.venue = _VENUE_NAMES[venue.group(1).lower()]
            record.year = _year(venue.group(2))
        rest = (rest[: venue.start()] + rest[venue.end() :]).strip()
        rest = re.sub(r"[\s,;.*_()\[\]]+$", "", _BRACKETED.sub(" ", rest)).strip()
    names = _parse_authors(rest, labelled=False)
    if names:
        record.authors = record.authors or names
        return
    if len(rest) <= 60 and re.search(r"\bet\.?\s*al\b", rest):
        return  # "Schick et al.": a citation of the authors, not a description
    _set_summary(record, rest, 2)


def _read_label(record: _Record, kind: str, value: str, line: _Line) -> None:
    for url, _text in line.urls:
        _add_url(record, url, kind if kind in ("link", "code", "pdf") else "")
    _add_text_ids(record, value, kind)
    if not value:
        return
    if kind == "authors":
        if not record.authors:
            record.authors = _parse_authors(value, labelled=True)
    elif kind == "title":
        _set_title(record, value, labelled=True)
    elif kind == "summary":
        _set_summary(record, value, 0)
    elif kind == "abstract":
        record.abstract = record.abstract or _trim(" ".join(value.split()), 5000)
        _set_summary(record, value, 1)
    elif kind == "venue":
        match = _VENUE.search(value)
        if match:
            record.venue = _VENUE_NAMES[match.group(1).lower()]
            record.year = _year(match.group(2)) or record.year
        elif value and len(value) <= 80 and not line.urls:
            year = _YEAR.search(value)
            record.year = int(year.group(1)) if year else record.year
            if _DATE_WORDS.sub("", value).strip():  # "Published: 2012" is when, not where
                record.venue = value
    elif kind == "comment":
        # arXiv comments: "ACL 2023 camera ready", "Accepted to ICLR 2023"; not "submitted to"
        match = _VENUE.search(value[:300])
        if (
            match
            and match.group(2)
            and len(match.group(2)) == 4
            and record.venue is None
            and not re.search(r"submi|review|workshop|preprint", value[:300], re.IGNORECASE)
        ):
            record.venue = _VENUE_NAMES[match.group(1).lower()]
            record.year = int(match.group(2))
    elif kind == "feed":
        # "Feed: cs.LG updates on arXiv.org" (an RSS reader's item header): its category only
        record.topics.extend(re.findall(r"\b(?:cs|stat|eess)\.([A-Z]{2})\b", value[:200]))
    elif kind == "topic":
        codes = re.findall(r"\b(?:cs|stat|eess)\.([A-Z]{2})\b", value)
        if codes:
            record.topics.extend(codes)
        else:
            record.topics.extend(
                t.strip() for t in re.split(r"[,;、/|]", value)[:8] if 0 < len(t.strip()) <= 40
            )


def _read_table(record: _Record, cand: _Cand) -> None:
    for url, hint in cand.cell_urls:
        _add_url(record, url, hint)
    cells = cand.cells
    for kind in ("link", "code"):
        if kind in cells:
            _add_text_ids(record, cells[kind], "link")
    if cells.get("authors"):
        record.authors = _parse_authors(cells["authors"], labelled=True)
    from papercli.importers.digest.fields import NO_VALUE

    if cells.get("venue") and not NO_VALUE.match(cells["venue"]):  # "无", "N/A": none given
        match = _VENUE.search(cells["venue"])
        if match:
            record.venue = _VENUE_NAMES[match.group(1).lower()]
            record.year = _year(match.group(2))
        else:
            record.venue = cells["venue"][:80]
    year = _YEAR.search(cells.get("year", "")) or _YEAR.search(cells.get("venue", ""))
    if year:
        record.year = int(year.group(1))
    if cells.get("topic"):
        record.topics.extend(t.strip() for t in re.split(r"[,;、/]", cells["topic"]) if t.strip())
    if cells.get("summary"):
        _set_summary(record, cells["summary"], 0)


# ---------------------------------------------------------------------------------------------
# Pass 3: document venue, merging, papers


def _doc_venue(lines: list[_Line], first_paper: int | None) -> tuple[str | None, int | None]:
    """The venue and year a digest announces in its title line, e.g. 'ICLR 2022 — top 10'."""
    end = first_paper if first_paper is not None else min(len(lines), 30)
    head = [ln for ln in lines[:end] if ln.text and not ln.chrome]
    titles = [ln for ln in head[:1]] + [ln for ln in head if ln.md_level == 1][:1]
    titles += [  # "Best of NeurIPS 2023: ..." under a site name and a menu
        ln
        for ln in head[1:8]
        if len(ln.text) <= 120
        and not ln.text.endswith(".")
        and not re.search(r"[a-z]\.\s", ln.text)
        and _venue_with_year(ln.text[:60])
    ][:1]
    for line in titles:
        match = _VENUE.search(line.text[:300])
        if not match:
            continue
        venue = _VENUE_NAMES[match.group(1).lower()]
        year = _year(match.group(2)) if match.group(2) and len(match.group(2)) == 4 else None
        if year is None:
            pattern = re.compile(re.escape(match.group(1)) + r"\s*'?(\d{4})(?!\d)", re.IGNORECASE)
            for other in head:
                found = pattern.search(other.text)
                if found:
                    year = int(found.group(1))
                    break
        return venue, year
    return None, None


def _venue_with_year(text: str) -> bool:
    return any(m.group(2) and len(m.group(2)) == 4 for m in _VENUE.finditer(text))


def _merge(records: list[_Record]) -> list[_Record]:
    """One record per paper: records sharing a title or an identifier are merged."""
    groups: list[list[_Record]] = []
    index: dict[str, int] = {}
    for record in records:
        keys = ["t:" + _key(record.title)] + [
            f"{k}:{v}"
            for k, v in (("a", record.arxiv_id), ("o", record.openreview_id), ("d", record.doi))
            if v
        ]
        keys += ["t:" + _key(a) for a in record.alt_titles if len(_key(a)) >= 6]
        found = next((index[k] for k in keys if k in index), None)
        if found is None:
            found = len(groups)
            groups.append([])
        groups[found].append(record)
        for k in keys:
            index.setdefault(k, found)
    merged: list[_Record] = []
    for group in groups:
        ranked = sorted(group, key=lambda r: -r.evidence())
        base = _Record(
            title=ranked[0].title,
            line=group[0].line,
            kind=ranked[0].kind,
            bare=all(r.bare for r in group),
            listed=all(r.listed for r in group),
        )
        for rec in ranked:
            for name in (
                "section_venue",
                "venue",
                "year",
                "abstract",
                "pdf_url",
                "code_url",
                "arxiv_id",
                "openreview_id",
                "doi",
            ):
                if getattr(base, name) is None and getattr(rec, name) is not None:
                    setattr(base, name, getattr(rec, name))
            if rec.summary and rec.summary_rank < base.summary_rank:
                base.summary, base.summary_rank = rec.summary, rec.summary_rank
            base.authors = base.authors or rec.authors
            base.landing.extend(rec.landing)
            base.topics.extend(rec.topics)
            base.alt_titles.extend(a for a in rec.alt_titles if _key(a) != _key(base.title))
            if _key(rec.title) != _key(base.title):
                base.alt_titles.append(rec.title)
        merged.append(base)
    return merged


def _to_paper(
    record: _Record, doc_venue: str | None, doc_year: int | None, source: str | None
) -> Paper:
    venue, year = record.venue, record.year
    if venue is None and record.section_venue:
        venue, year = record.section_venue[0], year or record.section_venue[1]
    elif venue is None and doc_venue:
        venue, year = doc_venue, year or doc_year
    elif venue is None and record.arxiv_id:
        venue = "arXiv"
    if year is None and venue == doc_venue:
        year = doc_year
    if year is None and record.arxiv_id and venue == "arXiv":
        year = _arxiv_year(record.arxiv_id)
    url = min(record.landing, key=lambda p: p[0])[1] if record.landing else None
    alt = [a for a in record.alt_titles if _key(a) and _key(a) != _key(record.title)]
    return Paper(
        title=record.title,
        alt_titles=alt,
        authors=record.authors,
        venue=venue,
        year=year,
        topics=[t for t in record.topics if t],
        summary=record.summary,
        abstract=record.abstract,
        url=url,
        pdf_url=record.pdf_url,
        code_url=record.code_url,
        arxiv_id=record.arxiv_id,
        openreview_id=record.openreview_id,
        doi=record.doi,
        source=source,
    )


def _arxiv_year(arxiv_id: str) -> int | None:
    match = re.match(r"(\d{2})\d{2}\.", arxiv_id) or re.search(r"/(\d{2})\d{5}$", arxiv_id)
    return _year(match.group(1)) if match else None
