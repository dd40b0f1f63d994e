"""Stage 4, record → fields: authors, identifiers and links, venue and year, topics.

Everything is read from the record's own lines (identifiers never cross a record boundary),
then from its section headings, then from the page's own title and introduction.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlparse

from papercli.ids import (
    arxiv_of_doi,
    find_identifiers,
    landing_url,
    normalize_arxiv,
    normalize_doi,
    normalize_openreview,
)
from papercli.importers.digest.blocks import (
    CJK_CHAR,
    CJK_LETTER,
    CJK_SCRIPT,
    PAPER_TAGS,
    POST_TAGS,
    Line,
    block_start,
    bold_only,
    linked_whole,
    schedule_label,
)
from papercli.importers.digest.candidates import (
    AND_YEAR,
    AUTHOR_WORDS,
    AWARD_NAME,
    CODE_VENUE,
    FIELD_LINE,
    GLOSS_LABEL,
    JOURNAL_TAIL,
    LISTED_FIELD,
    PAPER_CALLED,
    TITLE_LABEL,
    link_label,
    row_key,
    row_value,
    strip_number,
    without_tail_tags,
)
from papercli.importers.digest.records import (
    FOR_THEIR_PAPER,
    SCHEDULE_FIELD,
    Record,
    names_colon,
    names_header,
    names_in_paragraph,
)
from papercli.importers.digest.tails import venue_before, venue_like, written_venue
from papercli.importers.names import (
    affiliations_list,
    common_word,
    country,
    looks_like_name_list,
    parse_names,
    read_name_list,
    surname_first_pairs,
    without_roles,
)
from papercli.importers.venues import PREPRINTS, find_venue_year, same_venue, two_digit_year
from papercli.lazy_regex import Regex, lazy_re

_YEAR = lazy_re(r"(?<![\d.])(19[2-9]\d|20[0-4]\d)(?![\d.])")
_LEAD_DATE = lazy_re(r"^\W{0,3}(?:19|20)\d\d-\d\d-\d\d(?!\d)")
_AUTHORS_LABEL = lazy_re(
    r"^\s*-?[【\[]?(?:paper\s+|论文|文章|(?:first|last|lead|corresponding)\s+|第一|通讯)?"
    rf"(?:authors?(?:/owners?)?|作者|著者|저자|by|{AUTHOR_WORDS})\b{AND_YEAR}[】\]]?"
    # "Author(Institute): A(Google)": the label says affiliations follow the names
    r"(?:\s*[(（](?i:institutes?|institutions?|affiliations?|organi[sz]ations?|单位|机构)[)）])?"
    r"\s*[:：]?\s*(\S.*)$",
    re.IGNORECASE,
)
# "Hanshu Yan LinkedIn | Website": the labels of the author's profile links after the name
_PROFILE_LINKS = lazy_re(
    r"(?<!\s)(?:(?:\s*\|\s*|\s+)?\b(?:linkedin|website|homepage|twitter|github|google\s+scholar|"
    r"scholar))+\s*$",
    re.IGNORECASE,
)
# "论文一作为 Zekun Shi", "論文一作田柯宇被……": a news story names the paper's first author
# "学生林之秋以第一作者身份提交", "本科生郑润锴作为第一作者", "第一作者为张三": the same, as
# Chinese university news says it (a role word before the name is no part of it)
_FIRST_AUTHOR_SAID = lazy_re(
    r"(?:(?:论文|論文)一作|第一作者)(?:为|為|是)?\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2}(?![A-Za-z])|"
    r"[\u4e00-\u9fff]{2,3}(?=[被是在，,。、(（\s]))"
    r"|(?:学生|本科生|博士生|硕士生|研究生|同学|博士|老师)?([\u4e00-\u9fff]{2,3}?)(?:以|作为|為|为)第一作者"
)
# "由 Jeff Dean、David Patterson 等顶级学者撰写", "由何恺明等人提出": who wrote it, in Chinese prose
_WRITTEN_BY = lazy_re(
    r"由\s*([^，。；,;：:（）()\s][^，。；,;：:（）()]{1,60}?)\s*"
    r"(?:等[^，。；,;\d]{0,8}?)?(?:撰写|提出|发表|完成|合著|共同)"
)

# "概要: 著者 Yingli Zhou, Wang Shu 他(…)による…": a Japanese summary that opens with the names
_AUTHORS_IN_SUMMARY = lazy_re(
    r"著者\s*[:：]?\s*([A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}"
    r"(?:\s*,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){1,3}){0,20})\s*(?:他|ら|など|et\s+al)"
)
# the authors' label among fields a copy ran together, up to the next Chinese label
_GLUED_AUTHORS = lazy_re(
    r"作者(?:团队|名单|列表)?\s*[:：]\s*(.{2,400}?)\s*(?=[\u4e00-\u9fff]{2,6}\s*[:：(（]|$)"
)
# " Key Contribution: ", " Significance: ": the next field's label on the authors' line
_NEXT_LABEL = lazy_re(
    r"(?<!\s)\s+(?=(?:key\s+)?(?:contributions?|significance|summary|abstract|venue|year|links?|code|"
    r"paper|notes?|tl;?dr|impact|takeaways?|results?|affiliations?|institutions?|published|"
    r"conference|read|why it matters)\s*[:：])",
    re.IGNORECASE,
)
CODE_HOSTS = ("github.com", "gitlab.com", "gitee.com", "bitbucket.org")
_IMAGE = lazy_re(r"\.(?:png|jpe?g|gif|svg|webp)(?:\?|$)|shields\.io|badge", re.IGNORECASE)
# "arXiv: 2305.02463", "[2403.01744] Title" (an arXiv page's title as a tab shows it), and a
# bare id with its version
_ARXIV_TEXT = lazy_re(
    r"\barxiv\s*(?:id)?\s*[:：]?\s*[\"']?(\d{4}\.\d{4,5})(?:v\d+)?\b"  # ('arxiv: "2401.00001"')
    r"|\[(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v\d+)?\]\s*[A-Z]"
    r"|(?<![\w.])(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})v\d{1,2}\b"  # "Title (2312.04028v3)"
    # "Title (2603.04445)": a reading queue's arXiv number in brackets after its title (five
    # digits after the point, as arXiv numbers have had since 2015)
    r"|(?<=\S\s)[(（](\d{2}(?:0[1-9]|1[0-2])\.\d{5})[)）]"
    # "Title (2026, venue, 0 cites, 2604.13552)": the last of the bracketed facts after it
    r"|(?<=,\s)(\d{2}(?:0[1-9]|1[0-2])\.\d{5})(?:v\d{1,2})?[)）]"
    # "- [1606.08415 Title](notes.md)": a notes list's arXiv number before each title
    r"|(?:^|\n)[\s\-*+\[]{0,4}(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})\s+(?-i:[A-Z])"
    # "arXiv: arxiv.org/abs/2505.06120": an address written without its scheme, labelled (a
    # bare one may be the next entry's: "GPT2 : …pdf" / "GPT3 : arxiv.org/abs/…")
    r"|\barxiv\s*[:：]\s*(?:www\.)?arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?\b"
    # "CoRR, abs/1409.0473, 2014", "ArXiv, abs/1607.06450": DBLP's and Semantic Scholar's
    # citation of an arXiv paper
    r"|\b(?:CoRR|arXiv)\W{0,3},?\s*(?:vol\.\s*)?abs/(\d{4}\.\d{4,5})(?:v\d+)?\b",
    re.IGNORECASE,
)
_LANDING_HOSTS = (
    "aclanthology.org",
    "aclweb.org",
    "proceedings.mlr.press",
    "openaccess.thecvf.com",
    "proceedings.neurips.cc",
    "papers.nips.cc",
    "semanticscholar.org",
    "dl.acm.org",
    "ieeexplore.ieee.org",
    "link.springer.com",
    "ojs.aaai.org",
    "ijcai.org",
    "roboticsproceedings.org",
    # journals' publishers: an article's own page
    "sciencedirect.com",
    "onlinelibrary.wiley.com",
    "tandfonline.com",
    "mdpi.com",
    "frontiersin.org",
    "journals.plos.org",
    "academic.oup.com",
)


# "[NLP] Title", "1. 【综述】Title": a tag before the title (never a task list's box "[x]")
_TOPIC_TAG = lazy_re(
    r"^(?:\d{1,4}\s*[.、)]\s*)?[\[【](?![ xX][\]】])([^\[\]【】\d][^\[\]【】]{0,19})[\]】]"
)


# what a list's tag says an item is ("[論文] Title": a paper, "[blog] Title": a post)
KIND_TAGS = {**dict.fromkeys(PAPER_TAGS, "paper"), **dict.fromkeys(POST_TAGS, "post")}

# "[Title](…) [Blogpost]", "[Title](…) [Paper]": a reading log's kind of each entry, last
_TRAILING_KIND_TAG = lazy_re(r"\s\[([A-Za-z][A-Za-z ]{1,14})\]\s*$")
TRAILING_KINDS = {
    **KIND_TAGS,
    **dict.fromkeys(("blogpost", "blog post", "post", "website", "repo", "tweet"), "post"),
}


@dataclass
class Fields:
    """What a record says about its paper besides the title."""

    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    topics: list[str] = field(default_factory=list)
    tagged: bool = False  # its topics are stated above its title ("topic: …" in a data record)
    kind: str = ""  # what its tag says it is ("[blog] Title" → "post", "[論文] Title" → "paper")
    url: str | None = None
    pdf_url: str | None = None
    code_url: str | None = None
    arxiv_id: str | None = None
    openreview_id: str | None = None
    doi: str | None = None
    summary: str | None = None
    abstract: str | None = None
    landing: list[tuple[int, str]] = field(default_factory=list)


_AWARDED_AT = lazy_re(r"\bawarded\s+(?:at|in|by)\s*:?\s+[^()\n;|]{2,60}", re.IGNORECASE)
_SUBMITTED_TO = lazy_re(
    r"\b(?:submitted|under\s+review)\s+(?:to|at|for)\s+[^()\n;,|]{2,60}", re.IGNORECASE
)
_PUBLISHED_AT = lazy_re(
    r"\b(?:published|presented|appeared|appearing)\s+(?:at|in)\s+([^()\n;]{2,60})", re.IGNORECASE
)


# "… ICML 2008. Test-of-time award at ICML 2018": where, and when, the paper won later
_LATER_AWARD = lazy_re(
    r"\b(?:award|prize|mention)\s+(?:at|in|from)\s+[^()\n;|]{0,60}?((?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
LATER_AWARD_YEARS = 5  # a test-of-time award, an honour years later: not where it appeared
# a year as a word, "ICML 2008." too, not part of a number ("arXiv:2003.04297")
_YEAR_WORD = lazy_re(r"(?<![\d.])((?:19|20)\d\d)(?!\d|\.\d)")


def _without_later_award(text: str) -> str:
    """TEXT without an award won LATER_AWARD_YEARS or more after the year it states before it
    ("EMNLP 2008. Honorable mention at NAACL 2018"); an award in the paper's own year or the
    next ("arXiv 2015. Best Paper Award at CVPR 2016"), or with no year before it, says where
    the paper appeared and is kept."""
    award = _LATER_AWARD.search(text)
    if award is None:
        return text
    before = [int(y) for y in _YEAR_WORD.findall(text, 0, award.start())]
    if not before or int(award.group(1)) - before[-1] < LATER_AWARD_YEARS:
        return text  # "arXiv 2015. Best Paper Award at CVPR 2016": the award says where
    return text[: award.start()] + " " + text[award.end() :]


def venue_year(text: str) -> tuple[str | None, int | None]:
    """The venue named in TEXT and its year (see :func:`papercli.importers.venues`)."""
    return find_venue_year(text)


_VENUE_YEAR = lazy_re(r"([A-Za-z][A-Za-z\-]{1,15})\s*(?:'\s*)?((?:19|20)\d\d)(?!\d)")


# "### WASPAA 2023 Paper List", "## ISWC 2021": a section of one venue's papers that no list
# of venues knows; a heading of papers, or the venue and year alone
_UNKNOWN_VENUE = lazy_re(r"(?<![\w-])([A-Z][A-Z]{2,9})\s*'?((?:19|20)\d\d)(?![\d.\-/])")
_PAPERS_HEADING = lazy_re(r"\bpapers?\b|\baccepted\b|\bproceedings\b|论文", re.IGNORECASE)
_NOT_VENUES = frozenset({"THE", "TOP", "NEW", "BEST", "AND", "FOR", "PAPER", "PAPERS", "LIST"})


_NAMED_VENUE = lazy_re(
    r"^([A-Z][A-Za-z-]{2,15}(?:\d[A-Za-z][A-Za-z-]{0,14})?)\s*'?((?:19|20)\d\d)$"
)


def _named_venue_year(text: str) -> tuple[str | None, int | None]:
    """A venue no list knows and its year, written as a name with two capitals at least and
    a year ("MedInfo 2023", "ISMIR 2019"), else (None, None)."""
    match = _NAMED_VENUE.match(text.strip())
    if match is None or sum(ch.isupper() for ch in match.group(1)) < 2:
        return None, None
    if match.group(1).upper() in _NOT_VENUES:
        return None, None
    return match.group(1), int(match.group(2))


def _unknown_venue(section: str) -> tuple[str | None, int | None]:
    """The venue of a section heading that names one no list knows, and its year."""
    match = _UNKNOWN_VENUE.search(section)
    if match is None or match.group(1) in _NOT_VENUES:
        return None, None
    alone = len(section.split()) <= 2
    if not alone and _PAPERS_HEADING.search(section) is None:
        return None, None
    return match.group(1), int(match.group(2))


# 'Mnih et al. (2013) "Title"', "Ho & Salimans (2022) “Title”": a prose citation's names and
# year right before the quoted title
# (or the year after a comma: '(Howard and Ruder, 2018 "Title"; Dodge et al., 2020 "Title")')
_CITED_RIGHT_BEFORE = lazy_re(
    r"([A-Z][\w'’\-]+(?:\s(?:&|and)\s[A-Z][\w'’\-]+)?(?:\s+et\s+al\.?)?)"
    r"(?:\s*\(((?:19|20)\d\d)[a-z]?\)[,:]?|,\s+((?:19|20)\d\d)[a-z]?)\s*[\"“'‘]\s*$"
)


def cited_right_before(text: str, title: str) -> tuple[list[str], int | None]:
    """The names and year of a prose citation right before quoted TITLE in TEXT ('Mnih et
    al. (2013) "Title"'), or nothing."""
    at = text.find(title)
    cited = _CITED_RIGHT_BEFORE.search(text[max(0, at - 200) : at]) if at > 0 else None
    if cited is None:
        etal = _ETAL_RIGHT_BEFORE.search(text, max(0, at - 120), at) if at > 0 else None
        return (parse_names(etal.group(1)), None) if etal is not None else ([], None)
    return parse_names(cited.group(1)), int(cited.group(2) or cited.group(3))


# 'Lunz et al. "Title", NIPS 2018': the first author's surname and "et al." right before,
# opening the line or a cell (not "Q. Xiao et al.", whose initial the other readers keep)
_ETAL_RIGHT_BEFORE = lazy_re(
    r"(?:^|[(;\[]\s?|\s{2,})([A-Z][\w'’\-]+(?:\s(?:&|and)\s[A-Z][\w'’\-]+)?\s+et\.?\s?al\.?)"
    r"[,:]?\s*[\"“]\s*$"
)


# "icml.cc/virtual/2024/poster/34527": a conference's own page of one of its papers
_CONFERENCE_SITE = r"(icml|iclr|neurips|nips)\.cc/virtual/"
_CONFERENCE_PAGE = lazy_re(r"\b" + _CONFERENCE_SITE + r"((?:19|20)\d\d)/", re.I)
# (and USENIX's: "usenix.org/conference/osdi20/presentation/boos")
_CONFERENCE_PAPER = lazy_re(
    _CONFERENCE_SITE + r"\d{4}/(?:poster|oral|spotlight)/\d+"
    r"|\busenix\.org/conference/[\w-]+/presentation/[\w-]+",
    re.I,
)
_CONFERENCE_NAMES = {"icml": "ICML", "iclr": "ICLR", "neurips": "NeurIPS", "nips": "NeurIPS"}


def conference_paper(url: str) -> bool:
    """Whether URL is a conference's own page of one paper (".../virtual/2024/poster/34527")."""
    return _CONFERENCE_PAPER.search(url) is not None


def proceedings_page(url: str) -> bool:
    """Whether URL is a page or PDF of one paper in a publisher's or a conference's
    proceedings ("aclweb.org/anthology/W17-4419.pdf", "openaccess.thecvf.com/…_paper.pdf")."""
    if not url.startswith("http"):
        return False
    parsed = urlparse(url)
    return (parsed.hostname or "").lower().endswith(_LANDING_HOSTS) and len(
        parsed.path.strip("/")
    ) > 4


def conference_page(url: str) -> tuple[str | None, int | None]:
    """The conference and year whose own site URL is a page of ("icml.cc/virtual/2024/…")."""
    found = _CONFERENCE_PAGE.search(url)
    if found is None:
        return None, None
    return _CONFERENCE_NAMES[found.group(1).lower()], int(found.group(2))


def proceedings_venue(url: str) -> tuple[str | None, int | None]:
    """The conference and year whose proceedings URL is a paper of
    ("openaccess.thecvf.com/content/CVPR2021/papers/…", "proceedings.neurips.cc/paper/2019/…",
    "aclanthology.org/2021.acl-long.512"), or None for each."""
    found = _PROCEEDINGS_PAPER.search(url)
    if found is None:
        return None, None
    name = next(v for v in found.groupdict().values() if v is not None and not v.isdigit())
    year = next(int(v) for v in found.groupdict().values() if v is not None and v.isdigit())
    venue = _PROCEEDINGS_NAMES.get(name.lower())
    return (venue, year) if venue is not None else (None, None)


# a paper's address in a conference's proceedings, which names the conference and its year
# (never its workshops': "content/CVPR2021W/", "content_cvpr_2018_workshops/")
_PROCEEDINGS_PAPER = lazy_re(
    r"openaccess\.thecvf\.com/content/(?P<cvf>CVPR|ICCV|WACV|ACCV)(?P<cvf_year>(?:19|20)\d\d)/"
    r"|openaccess\.thecvf\.com/content_(?P<old_cvf>cvpr|iccv|eccv)_(?P<old_year>(?:19|20)\d\d)/"
    r"|(?:proceedings\.neurips\.cc|papers\.nips\.cc)/(?P<nips>paper)(?:_files)?/(?:paper/)?"
    r"(?P<nips_year>(?:19|20)\d\d)/"
    r"|aclanthology\.org/(?P<acl_year>(?:19|20)\d\d)\.(?P<acl>acl|emnlp|naacl|eacl|coling)-"
    r"(?:long|short|main)\.\d",
    re.IGNORECASE,
)
_PROCEEDINGS_NAMES = {
    "cvpr": "CVPR", "iccv": "ICCV", "wacv": "WACV", "accv": "ACCV", "eccv": "ECCV",
    "paper": "NeurIPS", "acl": "ACL", "emnlp": "EMNLP", "naacl": "NAACL", "eacl": "EACL",
    "coling": "COLING",
}  # fmt: skip


def _awarded_venue_year(text: str, title: str) -> tuple[str | None, int | None]:
    """The venue and year an award sentence gives its paper right before its title ("for
    their 2015 ICLR paper Title"), or None for each it does not give."""
    from papercli.importers.digest.candidates import AWARDED_CUE

    cue = re.search(AWARDED_CUE + r"[\"“]?" + re.escape(title), text)
    if cue is None:
        return None, None
    venue, year = venue_year(cue.group(0)[: -len(title)])
    named = _CUE_VENUE.search(cue.group(0)) if venue is None else None
    if named is not None:  # "for their FoSSaCS 1998 paper": a venue no list knows
        venue, year = named.group(2), year or int(named.group(1) or named.group(3) or 0) or None
    return venue, year


# "their FoSSaCS 1998 paper", "their 2015 SODA paper": an acronym's capitals
_CUE_VENUE = lazy_re(
    r"\b(?:his|her|their|its|the)\s+(?:((?:19|20)\d\d)\s+)?([A-Z][a-z]*[A-Z][\w\-]*)\s+"
    r"(?:((?:19|20)\d\d)\s+)?(?:paper|work|article)\b"
)


# ("网页地址：https://…/deep-noise-suppression-challenge-icassp-2022/": a challenge's page, not
# what the page's papers are)
_WEB_ADDRESS = lazy_re(r"https?://\S+")


INTRO_LINES = 12  # a program page's front matter ("… / OSDI '22 Full Proceedings (PDF)")
SHORT_INTRO_LINE = 80  # characters


def _intro(lines: list[Line], reach: int) -> Iterator[Line]:
    """The lines of the page's introduction, up to its list's first item or cell: any of the
    first REACH lines, then short ones down to INTRO_LINES ("OSDI '22 Full Proceedings (PDF)",
    a program page's front matter)."""
    for k, line in enumerate(lines[:INTRO_LINES]):
        if line.kind in ("cell", "item"):
            return  # the list has begun: its entries' venues are their own
        if k < reach or len(line.text) <= SHORT_INTRO_LINE:
            yield line


# ", NeurIPS Workshop and EMBC": another venue named after the one a page's papers are of
_ANOTHER_VENUE = lazy_re(r"\s*(?:,|\band\b|&|/|\+)\s*([A-Z][A-Za-z-]{1,15})")


def _venues_go_on(text: str, match: re.Match[str]) -> bool:
    """Whether TEXT names another venue right after MATCH's ("accepted to AAAI, EMBC")."""
    more = _ANOTHER_VENUE.match(text, match.end())
    if more is None:
        return False
    other = venue_year(more.group(1))[0] or (more.group(1) if more.group(1).isupper() else None)
    return other not in (None, venue_year(match.group(1))[0])


_CAPITALS_NAME = lazy_re(r"[A-Z]{2,8}")
_ACCEPTED_PAPERS = lazy_re(r"\baccepted\s+([A-Z][\w\-]{1,15})\s+papers\b", re.IGNORECASE)


def page_venue(lines: list[Line]) -> tuple[str | None, int | None]:
    """The venue and year a page announces in its title or first lines ('ICLR 2022 picks')."""
    for line in _intro(lines, 4):
        # "ACL 2024 Accepted TACL Papers": the journal's papers presented at the conference
        accepted = _ACCEPTED_PAPERS.search(line.text[:200])
        venue = venue_year(accepted.group(1))[0] if accepted is not None else None
        if accepted is not None and venue is None and _CAPITALS_NAME.fullmatch(accepted.group(1)):
            venue = accepted.group(1)  # "Accepted CL Papers": a journal no list need know
        if venue is not None and venue not in PREPRINTS:
            stated = (_YEAR_WORD.search(other.text[:200]) for other in _intro(lines, 4))
            year = next((int(found.group(1)) for found in stated if found is not None), None)
            return venue, year
    for line in _intro(lines, 8):  # a venue with its year: "ICLR2021" over "ICLR … 2013"
        for match in _VENUE_YEAR.finditer(_WEB_ADDRESS.sub(" ", line.text[:400])):
            venue, year = venue_year(match.group(0))
            if venue and year:
                return venue, year
    for line in _intro(lines, 6):
        text = _WEB_ADDRESS.sub(" ", line.text[:200])
        venue, year = venue_year(text)
        if venue and year:
            return venue, year
    # an award page's opening: "papers published in JAIR", "The ICML Outstanding Paper awards";
    # a news item's "at this year's Association for Computational Linguistics (ACL) annual
    # meeting", dated "Friday, July 14, 2023": that venue, in the year of the item's date
    for pattern in (_VENUE_OF_PAPERS, _AWARD_OF, _THIS_YEARS, _ACCEPTED_LIST, _TITLED_PAPERS):
        for text in _intro_paragraphs(lines[:8]):
            for match in pattern.finditer(text[:600]):
                venue, year = venue_year(match.group(1))
                if venue is None and pattern is not _THIS_YEARS:
                    # "MedInfo 2023 Best Paper", "papers that were accepted at SaTML 2024"
                    venue, year = _named_venue_year(match.group(1))
                if venue and pattern is _VENUE_OF_PAPERS and _venues_go_on(text, match):
                    continue  # "papers accepted to AAAI, NeurIPS Workshop and EMBC": each its own
                if venue and venue not in PREPRINTS:
                    dated = pattern is _THIS_YEARS and year is None
                    return venue, _page_date_year(lines) if dated else year
    # a proceedings volume's subtitle ("28th China Conference, CCIR 2022, Chongqing, China,
    # …"): its acronym, which no list of venues need know
    for line in lines[:8]:
        if line.kind in ("cell", "item"):
            break
        volume = _PROCEEDINGS_SUBTITLE.search(line.text[:300])
        if volume is not None:
            return volume.group(1), int(volume.group(2))
    venue, year = _source_site_venue(lines)
    if venue is not None:
        return venue, year
    held = _event_date_year(lines)
    if held is not None:
        return None, held
    # a page titled by one venue alone ("# CVPR Oral", "ICLR 精选"): that venue, no year
    first = lines[0] if lines else None
    if first is not None and first.kind == "heading" and len(first.text) <= 80:
        words = re.findall(r"[A-Za-z][A-Za-z-]*", first.text)  # "CVPR2021" → "CVPR"
        named = {venue_year(w)[0] for w in words if sum(c.isupper() for c in w) >= 2}
        named.discard(None)
        if len(named) == 1 and not named & set(PREPRINTS):
            return named.pop(), None
        years = _YEAR.findall(first.text)
        if len(named - set(PREPRINTS)) >= 2 and len(set(years)) == 1:
            return None, int(years[0])  # "# A paper blitz of 2023 ACL + EMNLP papers": the year
    # a page titled by when its papers came out ("Top ML papers released in 2022", "The best
    # papers of 2019"): a short line above the list, one year in it
    for k, line in enumerate(lines[:8]):
        if line.kind in ("cell", "item"):
            break
        text = line.text.strip()
        if len(text) > 120 or len(_YEAR.findall(text)) != 1:
            continue
        issue = _JOURNAL_ISSUE.search(text)
        if issue is not None:  # "Issue 1 · January 2024": a journal issue's papers, that year's
            return None, int(issue.group(1))
        said = _PAPERS_OF_YEAR.search(text)
        # below the first line, a title line only ("… Released in 2022" under a date line),
        # never prose that goes on after the year ("the papers of 2019, which …")
        if said and (not k or line.kind == "heading" or not text[said.end() :].strip(" .!)）")):
            return None, int(said.group(1) or said.group(2) or said.group(3))
    return None, None


def _intro_paragraphs(lines: list[Line]) -> list[str]:
    """The texts of LINES up to the first cell or item, a paragraph's lines as one text ("…
    papers that were accepted" / "at SaTML 2024, check our …")."""
    texts: list[str] = []
    block = None
    for line in lines:
        if line.kind in ("cell", "item"):
            break
        if line.kind == "line" and line.block == block and texts:
            texts[-1] = f"{texts[-1]} {line.text.strip()}"
        else:
            texts.append(line.text)
        block = line.block if line.kind == "line" else None
    return texts


def _source_site_venue(lines: list[Line]) -> tuple[str | None, int | None]:
    """The venue and year of the conference's own site that a "# Reference" section atop the
    page links to as its source ("- [EMNLP best papers](https://2023.emnlp.org/program/…)")."""
    for i, line in enumerate(lines[:SOURCE_REACH]):
        if line.kind != "heading" or _SOURCE_HEADING.fullmatch(line.text.strip()) is None:
            continue
        for below in lines[i + 1 : i + 1 + SOURCE_REACH]:
            if below.kind == "heading":
                break
            for url in below.urls:
                parsed = urlparse(url)
                host = (parsed.hostname or "").lower()
                words = re.sub(r"[^A-Za-z0-9]+", " ", f"{host} {parsed.path}")
                venue, year = venue_year(words)
                if venue is not None and year is not None and venue.lower() in host:
                    return venue, year
    return None, None


SOURCE_REACH = 6  # lines, at most, from the page's top to its source heading, and under it
_SOURCE_HEADING = lazy_re(
    r"\W*(?:references?|sources?|links?|参考(?:链接|资料)?|来源|출처|参考文献|出典)\W*",
    re.IGNORECASE,
)


# what is left of a line with its venue's name and its numbers taken out: its template
_NAMES_AND_NUMBERS = lazy_re(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\d+")


def venue_restated_apart(lines: list[Line], start: int, venue: str) -> bool:
    """Whether a line of the page's introduction (before line START) that names VENUE has a
    line of the same template below START naming another venue ("2 papers accepted by AAAI
    2026" over its papers, then "1 paper accepted by ACMMM 2025" over others): the intro's
    venue is then its own group's, not the page's."""
    templates = {
        _NAMES_AND_NUMBERS.sub("", line.text).strip()
        for line in lines[:start]
        if len(line.text) <= 200 and venue_year(line.text)[0] == venue
    }
    templates.discard("")
    if not templates:
        return False
    for line in lines[start:]:
        if len(line.text) > 200 or _NAMES_AND_NUMBERS.sub("", line.text).strip() not in templates:
            continue
        other = venue_year(line.text)[0]
        if other is not None and other != venue:
            return True
    return False


_JOURNAL_ISSUE = lazy_re(
    r"^\W*(?:vol(?:ume)?\.?\s*\d{1,3}\W{1,3})?(?:issue|no\.)\s*\d{1,3}\W{1,3}"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_AGED_YEAR = lazy_re(r"\b((?:19|20)\d\d)\s+test[\s\-‐‑]+of[\s\-‐‑]+time\b", re.IGNORECASE)
# "(2013 年論文)", "（论文来自 2013 年）", "(2013 papers)", "(papers from 2013)": the year of the
# papers an award of a later year went to
_PAPERS_YEAR = lazy_re(
    r"[(（]\s*(?:(?:papers?\s+from|论文来自|論文來自)\s*)?((?:19|20)\d\d)\s*年?\s*"
    r"(?:papers?|论文|論文)?\s*[)）]"
)
_TEST_OF_TIME = lazy_re(
    r"test[\s\-‐‑]+of[\s\-‐‑]+time|[时時][间間](?:检验|檢驗|考验|考驗)", re.IGNORECASE
)
_VENUE_OF_PAPERS = lazy_re(
    r"(?i:\bpapers?\s+(?:(?:that\s+(?:were|are|have\s+been)\s+)?"
    r"(?:published|presented|accepted|appearing)\s+(?:in|at|to)|from|at)"
    r"\s+(?:the\s+)?)"
    # (a digit inside the name: "RAG4Reports 2026", "L4DC")
    r"([A-Z][A-Za-z-]{1,15}(?:\d[A-Za-z][A-Za-z-]{0,14})?(?:\s*'?(?:19|20)\d\d)?)\b"
)
# "ALTA 2025 accepted papers", "SIGDIAL 2015 Accepted Papers": the meeting's list of them
_ACCEPTED_LIST = lazy_re(
    r"\b([A-Z][A-Za-z-]{1,15}\s*'?(?:19|20)\d\d)\s+(?i:(?:main\s+conference\s+)?accepted\s+papers)\b"
)
# 'title: "BEA 2025 Papers"', "# SaTML 2024 Papers": a page titled by a venue's papers
_TITLED_PAPERS = lazy_re(
    r"^(?:title:\s*)?[\"']?([A-Z][A-Za-z-]{1,15}\s*'?(?:19|20)\d\d)\s+(?i:(?:accepted\s+)?papers)"
    r"[\"']?\s*$"
)
_AWARD_OF = lazy_re(
    r"\b([A-Z][A-Za-z-]{1,15}(?:\s*'?(?:19|20)\d\d)?)\s+"
    r"(?i:(?:(?:outstanding|best|distinguished|test[\s\-‐‑]of[\s\-‐‑]time)\s+(?:\w+\s+)?papers?"
    # "MedInfo 2023 Best Paper and Student Paper Awards": two awards named at once
    r"(?:\s+and\s+(?:\w+\s+){0,2}papers?)?"
    r"|test[\s\-‐‑]of[\s\-‐‑]time|papers?)\s+(?:awards?|prizes?))"  # ("WASPAA 2023 paper awards")
)
_PROCEEDINGS_SUBTITLE = lazy_re(
    r"\b(?:Conference|Workshop|Symposium),\s+([A-Z][A-Za-z]{0,8}[A-Z])\s+((?:19|20)\d\d),"
)
_THIS_YEARS = lazy_re(r"(?i:\bthis\s+year['’]s\s+)([^,.;:!?]{2,120})")
_PAPERS_OF_YEAR = lazy_re(
    r"\bpapers?\b(?![,，])[^.!?\n]{0,40}?\b(?:(?:published|released|that\s+appeared)\s+in|of|from"
    # "Top 5 Machine Learning Papers in Q3 2017", "papers in H1 2024": a quarter's papers
    r"|in\s+(?:Q[1-4]|H[12]))\s+"
    r"((?:19|20)\d\d)\b(?!\s*(?:[-–]|to\b|through\b|vs\b|and\b|onwards?\b))"
    # "Top AI Papers of the Week (March 1–8, 2026)", "Top Papers of last week (ending 28 July
    # 2025)": a roundup of that week's new papers
    r"|\bpapers\s+of\s+the\s+(?:week|month)\s*[(（:,\-–—]\s*[A-Za-z]{3,9}\.?\s[\d\s–\-,]{1,12}?"
    r"((?:19|20)\d\d)\b"
    r"|\b(?:top|new|latest|trending)\b[^.!?\n]{0,30}\bpapers\s+of\s+(?:last|this)\s+week\s*"
    r"[(（]\s*ending\s+\d{1,2}\s+[A-Za-z]{3,9}\.?\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


@dataclass
class _Page:
    """What a page says around its records, read once per page: the cells of each table row,
    each table's caption (the short label line right above it) and the venue label in force
    at each line (a paragraph that is only a venue, "**CVPR**", over the list below it)."""

    rows: dict[int, list[int]] = field(default_factory=dict)
    caption: dict[int, str] = field(default_factory=dict)  # table row → caption
    label: list[tuple[str | None, int | None]] = field(default_factory=list)
    label_lines: set[int] = field(default_factory=set)
    surnames_only: bool | None = None  # the page lists authors by surname only
    award_labels: int = 0  # lines opening with an award's label ("Best resource paper: …")
    # the page puts "ECCV2018，…" headers under its items' titles, not over them
    headers_below: bool = False


class _LastPage(threading.local):
    """The last page read, per thread (two threads parsing two pages never share one)."""

    entry: tuple[list[Line], _Page] | None = None


_LAST_PAGE = _LastPage()


def _page(lines: list[Line]) -> _Page:
    """What the page's lines say for every record (table rows, captions, venue labels), read
    once per page: the last page read is kept until :func:`forget_page`."""
    last = _LAST_PAGE.entry
    if last is not None and last[0] is lines:
        return last[1]
    page = _Page()
    caption = ""
    label: tuple[str | None, int | None] = (None, None)
    previous: Line | None = None
    for i, line in enumerate(lines):
        if line.kind == "cell":
            if previous is None or previous.kind != "cell":
                caption = _caption(previous)
            page.rows.setdefault(line.row, []).append(i)
            if caption:
                page.caption[line.row] = caption
        elif line.kind == "heading":
            label = (None, None)
        elif (
            line.kind == "line"
            and (line.first or (len(line.text.split()) <= 4 and heads_its_block(lines, i)))
            and not line.urls
            and not (line.depth and not line.first)  # "- Title" / "  ICLR 2024": the item's own
        ):
            # (a paragraph's own short line too: "2008" / "USENIX Security '08" / "Best Paper:";
            # not one that ends its paragraph, "Title" / "https://…" / "ICML 2025": its entry's)
            found = venue_label(line.text)
            if found[0]:
                label = found
                page.label_lines.add(i)
            elif _acronym_label(line.text):
                label = (None, None)  # "USENIX '08": another venue's papers, one no list knows
        page.label.append(label)
        previous = line
    header = next((i for i, line in enumerate(lines) if _venue_header(line)), 0)
    page.headers_below = header > 0 and lines[header - 1].kind == "item"
    page.award_labels = sum(
        1 for line in lines if len(line.text) <= 600 and _AWARD_TOPIC.match(line.text.lstrip())
    )
    if _trailing_labels(lines, sorted(page.label_lines)):
        page.label_lines = set()
        page.label = [(None, None)] * len(lines)
    _LAST_PAGE.entry = (lines, page)
    return page


def _listed_names(text: str) -> bool:
    """Whether TEXT lists people, before any venue after a dash or in brackets ("Lee,
    Hyun-Suk --AISTATS 2022", "A, B and C (2019)")."""
    from papercli.importers.digest.features import looks_like_names

    head = _BEFORE_VENUE_MARK.split(text.strip(), 1)[0]
    listed = any(mark in head for mark in (",", ";", " and "))
    return listed and looks_like_names(head[:400]) >= NAMES_SHARE


NAMES_SHARE = 0.8  # of a line's words that read as names, at least, for it to list people
_BEFORE_VENUE_MARK = lazy_re(r"\s+[-–—]{1,2}\s*|\s*[(（\[]")


def heads_its_block(lines: list[Line], index: int) -> bool:
    """Whether line INDEX has a line of its own paragraph below it."""
    return index + 1 < len(lines) and lines[index + 1].block == lines[index].block


_BARE_YEAR = lazy_re(r"^\W*((?:19|20)\d\d)\s*(?:年)?\W*$")
_ACRONYM_LABEL = lazy_re(r"^\s*([A-Z][A-Za-z]{1,15})\s*(?:['’](\d\d)|((?:19|20)\d\d))\s*$")


def _acronym_label(text: str) -> bool:
    """Whether TEXT is an acronym and a year alone ("USENIX '08", "LEET 2008"; not "Winter
    2021": an acronym has two capitals): a label of some venue's papers."""
    match = _ACRONYM_LABEL.match(text)
    return match is not None and sum(ch.isupper() for ch in match.group(1)) >= 2


# "论文……已被中科院一区TOP期刊Pattern Recognition录用": a lab's news of an accepted paper
_ACCEPTED_BY = lazy_re(
    r"(?:已被|被|入选|中稿)\s*([^，。！!；;]{2,160}?)\s*(?:正式)?(?:录用|接收|接受)"
)
# "ACM MM2026接收。", "ICASSP 2026发表。": a note on the paper that opens with where it appears
_VENUE_ACCEPTED_LEAD = lazy_re(
    r"^\W{0,3}([A-Za-z][A-Za-z&\- ]{1,30}?\s*'?(?:19|20)\d\d)\s*年?\s*已?(?:接收|录用|收录|发表)"
)
# "本文", "这篇论文": the post's own paper, as it names it
_THIS_PAPER = r"(?:本文|该文|此文|该论文|这篇(?:论文|文章))"
# "论文已发表在NeurIPS 2022", "本文发表于 ICML 2021": where the post's own paper appeared
_OWN_PAPER_PUBLISHED = lazy_re(
    rf"(?:论文|{_THIS_PAPER})\s*(?:已经?)?(?:发表|收录)(?:在|于)\s*"
    r"([A-Za-z][A-Za-z&\- ]{1,30}?\s*'?(?:19|20)\d\d)"
)
# "本文已被 CVPR 2021 会议接收": the record's own paper was accepted, not a work it cites
_THIS_PAPER_ACCEPTED = lazy_re(rf"{_THIS_PAPER}\s*(?:已经?)?被")
# rankings, indexes and listings are no venue ("CCF-A", "SCI", "Hugging Face Daily Papers")
_NOT_A_VENUE = lazy_re(
    r"^(?:CCF(?:-?[ABC])?|SCI|SSCI|EI|TOP|CSCD|CORE|Oral|Spotlight|Poster)$|papers|daily|"
    r"scholar|leaderboard|hugging\s*face|github|arxiv|opencompass|index",
    re.IGNORECASE,
)
_VENUE_DESCRIPTOR = lazy_re(r"^.*?(?:期刊|会议|顶会|顶刊|类会议|类期刊|学报)\s*")
_SHORT_NAME = lazy_re(r"[（(]\s*([A-Za-z][A-Za-z\- ]{1,15}?)\s*'?(\d{2}|\d{4})?\s*[)）]")
_DESCRIPTOR_AFTER = lazy_re(r"\s*(?:期刊|会议|顶会|顶刊)$")


_SENTENCE_END = lazy_re(r"[。！!？?；;]")


# "… Doctoral Dissertation Award went to A … for his work on “Title”", "PhD thesis: Title",
# "博士论文《Title》": a thesis, which the page names as one; no paper
_THESIS = lazy_re(r"\b(?:dissertations?|thesis|theses)\b|博士论文|学位论文|毕业论文", re.I)


def names_a_thesis(text: str, title: str) -> bool:
    """Whether the sentence of TEXT that holds TITLE says it is a thesis."""
    return _THESIS.search(_sentence_of(text, title)) is not None


# '“Observing and Understanding Hands in Action” workshop에서', '“Project Aria” tutorial', 'the
# “Title” keynote': the quoted name of a meeting or a talk, said right after its closing quote
_EVENT_AFTER_QUOTE = lazy_re(
    # (no plural that is also a verb: '“Title” challenges prior assumptions', '… talks about')
    r"^\W{0,3}\s*(?:workshops?|tutorials?|keynotes?|talk|panel|sessions?|seminars?|lecture|"
    r"symposium|course|challenge|competitions?|hackathons?)(?![A-Za-z])"
    r"|^\W{0,3}\s*(?:워크숍|워크샵|튜토리얼|세션|강연|세미나|ワークショップ|チュートリアル|セッション|"
    r"講演|セミナー|研讨会|讲座|工作坊|教程|专题|分论坛|论坛|报告会)",
    re.IGNORECASE,
)
_CLOSING_QUOTE = lazy_re(r"[”\"」』’']")


# an invited talk, a keynote, named right before its quoted title (a contributed talk may be a
# paper's)
_EVENT_BEFORE_QUOTE = lazy_re(
    r"\b(?:invited|keynote|plenary)\s+(?:talk|lecture|address)\s*[:：]?\s*[\"“'‘]\s*$"
    r"|\bkeynote\s*[:：]\s*[\"“'‘]\s*$"
    # 'the seminar "Intensive Course on …"', 'der Fachgruppe „Intelligente Systeme …“': what
    # the quote names is a course, a group or a meeting
    r"|\b(?:seminar|course|class|(?:research\s+)?group|lab|(?:fach|arbeits)gruppe|konferenz"
    r"|conference|symposium|workshop)\s*[\"“'‘„«]\s*$",
    re.IGNORECASE,
)


def names_an_event(text: str, title: str) -> bool:
    """Whether the quoted TITLE in TEXT is followed by what it names: a workshop, a tutorial,
    a talk ('“Project Aria” tutorial'), not a paper."""
    at = text.find(title)
    if at < 0:
        return False
    if _EVENT_BEFORE_QUOTE.search(text, max(0, at - 40), at) is not None:
        return True  # 'Invited Talk "Towards Understanding the Modern Alchemy"'
    after = text[at + len(title) : at + len(title) + 40]
    closing = _CLOSING_QUOTE.match(after.lstrip(" .,"))
    if closing is None:
        return False
    return _EVENT_AFTER_QUOTE.match(after.lstrip(" .,")[closing.end() :]) is not None


def _sentence_of(text: str, title: str) -> str:
    """The sentence of TEXT that holds TITLE (all of TEXT when TITLE is not in it)."""
    at = text.find(title)
    if at < 0:
        return text
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, at)]
    end = _SENTENCE_END.search(text, at + len(title))
    return text[starts[-1] if starts else 0 : end.end() if end else len(text)]


def _cell_announced(lines: list[Line], start: int) -> tuple[str | None, int | None]:
    """The venue and year a line above START in its table cell, or in its source line parted
    by line breaks, announces for the papers listed under it ("4 papers to appear at COLING
    2024:", "2 papers accepted to Findings of ACL, 2022:")."""
    cell = lines[start]
    for i in range(start - 1, max(-1, start - CELL_LINES), -1):
        line = lines[i]
        if line.kind != cell.kind or line.kind not in ("cell", "line"):
            break
        if (line.row, line.cell) != (cell.row, cell.cell) or line.number != cell.number:
            break
        announced = _PAPERS_TO_APPEAR.search(line.text[:300])
        if announced is not None:
            venue, year = venue_year(announced.group(1))
            return (venue, year) if venue not in PREPRINTS else (None, None)
    return None, None


CELL_LINES = 30  # lines of one cell, at most, looked through above a title
_PAPERS_TO_APPEAR = lazy_re(
    r"\bpapers?\b[^:：\n]{0,60}?\b(?:to\s+appear|accepted|appearing|published)\s+"
    r"(?:at|in|to|by)\s+([^:：\n]{2,80})[:：]\s*$",
    re.IGNORECASE,
)


def accepted_venue(text: str) -> tuple[str | None, int | None]:
    """The venue of a Chinese acceptance notice ("已被 CVPR 2026 录用", "已被……期刊Pattern
    Recognition录用", "已被2026年中国多媒体大会（ChinaMM26）录用") and its year if stated."""
    match = _ACCEPTED_BY.search(text[:2000])
    if match is None:
        return None, None
    inner = _DESCRIPTOR_AFTER.sub("", match.group(1))
    venue, year = venue_year(inner)
    short = _SHORT_NAME.search(inner)
    if short and not _NOT_A_VENUE.search(short.group(1).strip()):
        digits = short.group(2)
        if digits and not year:
            year = int(digits) if len(digits) == 4 else 2000 + int(digits)
        venue = venue or short.group(1).strip()
    if venue and venue not in PREPRINTS:
        return venue, year
    named = _VENUE_DESCRIPTOR.sub("", inner).strip()
    if re.fullmatch(r"[A-Za-z][A-Za-z&/\- ]{2,80}", named) and not _NOT_A_VENUE.search(named):
        return named, None
    return None, None


def _links_before_title(line: Line, title: str) -> set[str]:
    """The addresses of links before TITLE in a line of prose that links TITLE after it ("…
    AlphaGeometry 2 ([paper](…)), while also discussing _Title_ ([PDF](…))"): other works'."""
    if line.kind != "line" or len(line.spans) < 2:
        return set()
    at = line.text.find(title)
    if at <= 0:
        return set()
    links = [s for s in line.spans if s.kind == "link" and s.url]
    # (its sentence's links: '[Zhang et al.](…) used it in their paper "Title". [Wei et
    # al.](…) did too' links the title before it, and another work after)
    stop = line.text.find(". ", at + len(title))
    stop = len(line.text) if stop < 0 else stop
    after = {s.url for s in links if at + len(title) <= s.start < stop}
    if not after:
        return set()
    return {s.url for s in links if s.end <= at} - after


def _person_links(line: Line, title: str) -> set[str]:
    """The address of a link on a person's full name right before TITLE ("[Philip S. Thomas](
    http://psthomas.com/): Safe Reinforcement Learning, 2015"): the author's homepage, never
    the paper's page."""
    from papercli.importers.digest.features import link_features

    at = line.text.find(title)
    found = set()
    for span in line.spans:
        if (
            span.kind != "link"
            or not span.url
            or span.end > at
            or line.text[span.end : at].strip(" :,")
        ):
            continue  # (only right before the title: "[Unofficial Code](…)" after it is its code)
        text = line.text[span.start : span.end].strip()
        if (
            _PERSON_NAME.fullmatch(text)
            and looks_like_name_list(text) >= 1.0
            and "link_paper" not in link_features(span.url)
        ):
            found.add(span.url)
    return found


_PERSON_NAME = lazy_re(r"[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’\-]+)){1,3}")


_LINKED_WORK = lazy_re(
    r"\b(?:code|github|pdf|arxiv|paper|project|page|video|slides?|blog|demo|implementation|"
    r"website|data(?:set)?|poster|talk)\b",
    re.IGNORECASE,
)


def _other_titled_links(line: Line, title: str) -> set[str]:
    """The addresses of the other works a line links by their titles beside linked TITLE ("[A]
    (dl.acm.org/…) and [trustworthiness of GPT models](openreview.net/…)"): never A's."""
    links = [s for s in line.spans if s.kind == "link" and s.url]
    if len(links) < 2:
        return set()
    at = line.text.find(title)
    own = next((s for s in links if s.start <= at and at + len(title) <= s.end), None)
    if at < 0 or own is None:
        return set()
    return {
        span.url
        for span in links
        if span.url != own.url
        and len((text := line.text[span.start : span.end]).split()) >= 3
        and not _LINKED_WORK.search(text)
    }


def _keyed_rows(lines: list[Line], record: Record) -> list[Line]:
    """The rows after a keyed title row of one paper's fields table ("| arXiv | URL |"), up to
    the table's end or the next title row."""
    out: list[Line] = []
    for k in range(record.end, min(record.end + 16, len(lines))):
        line = lines[k]
        if line.kind != "cell" or row_key(lines, k) == "title":
            break
        out.append(line)
    return out


# "1. iTransformer (NeurIPS 2023)": an entry's header, the method's name and where it appeared
_NICKNAME_HEADER = lazy_re(
    r"^\W{0,3}(?:\d{1,3}\s*[.、)]\s*)?([A-Za-z][\w\-+.]{1,30})\s*[(（]([^()（）]{3,30})[)）]\W{0,3}$"
)


def _nickname_header(lines: list[Line], start: int, title: str) -> tuple[str | None, int | None]:
    """The venue and year of the header a few lines over the title at START that names the
    method the title starts with ("1. iTransformer (NeurIPS 2023)" over "论文链接: [id]
    iTransformer: Inverted Transformers …")."""
    for line in reversed(lines[max(0, start - 8) : start]):
        header = _NICKNAME_HEADER.match(line.text.strip())
        if header is not None:
            name = header.group(1).lower()
            if title.lower().startswith(name) and not title[len(name) : len(name) + 1].isalnum():
                return venue_year(header.group(2))
            return None, None
    return None, None


def _parent_label(lines: list[Line], start: int) -> tuple[str | None, int | None]:
    """The venue and year of the list item that holds item START ("- 2014:" over its
    papers, "- CVPR 2019" over its own): read only when that item is nothing but a label."""
    depth = lines[start].depth
    for line in reversed(lines[max(0, start - 300) : start]):
        if line.kind == "heading":
            break
        if line.kind == "item" and line.depth < depth:
            text = line.text.strip()
            announced = _ITEM_ANNOUNCED.search(text[:300])
            if announced is not None:  # "**24/02/22:** 6 papers accepted to NAACL 2022"
                venue, year = venue_year(announced.group(1))
                if venue and venue not in PREPRINTS:
                    return venue, year
            if len(text) > 80:
                return None, None  # a label is short (and the patterns stay cheap)
            bare = _BARE_YEAR.match(text)
            if bare:
                return None, int(bare.group(1))
            venue, year = venue_label(text)
            if venue is None:  # "会议 / 年份 / 信号类型：ICML / 2025 / accepted": a venue field
                field = _VENUE_FIELD.match(text)
                venue, year = venue_year(field.group(1)) if field else (None, None)
            return (venue, year) if venue else (None, None)
    return None, None


_VENUE_FIELD = lazy_re(
    r"^[^:：]{0,20}(?:会议|期刊|venue|conference)[^:：]{0,20}[:：]\s*(\S.*)$", re.I
)
# "6 papers accepted to NAACL 2022", "Rycolab papers at ACL 2023:", "5 papers (3 long, 2
# short) accepted to NAACL 2021; 1 paper …": a news item announcing the papers it lists
_ITEM_ANNOUNCED = lazy_re(
    r"\bpapers?\b[^:：;\n]{0,60}?\b(?:(?:to\s+appear|accepted|appearing|published|presented)"
    r"\s+)?(?:at|in|to|by)\s+([^:：;\n]{2,60}?)\s*(?:[:：;]|$)",
    re.IGNORECASE,
)


def _before_unopened_paren(text: str) -> str:
    """TEXT up to a closing bracket it never opened ("A(甲), B)被……录用": the names end there)."""
    depth = 0
    for at, ch in enumerate(text):
        if ch in "(（":
            depth += 1
        elif ch in ")）":
            if depth == 0:
                return text[:at]
            depth -= 1
    return text


def _list_lead(lines: list[Line], start: int) -> str:
    """The sentence that introduces the list holding item START, when it ends in a colon
    ("Three papers received Honourable Mention, all from SIGIR 2002:"), else ""."""
    for line in reversed(lines[max(0, start - 100) : start]):
        if line.kind == "item" and line.depth >= 1:
            continue
        text = line.text.strip()
        return text if line.kind == "line" and len(text) <= 200 and text[-1:] in ":：" else ""
    return ""


def _trailing_labels(lines: list[Line], labels: list[int]) -> bool:
    """Whether the venue-only lines of a page follow their papers ("Title / CVPR 2016 / Title /
    NeurIPS 2017") instead of heading them: the first comes after a paper-like line of its
    section, and they come one per entry, a few lines apart."""
    if len(labels) < 2 or any(b - a > 4 for a, b in itertools.pairwise(labels)):
        return False
    # a list's items of the shape just above the last label, below it too: the labels head
    # the items (paragraphs of the labels' own shape tell nothing: a footer is one)
    last = labels[-1]
    entry = _shape_of(lines[last - 1]) if last else None
    if entry is not None and entry != _shape_of(lines[last]):
        for line in lines[last + 1 :]:
            if line.kind == "heading":
                break
            if _shape_of(line) == entry:
                return False
    for line in reversed(lines[: labels[0]]):
        if line.kind == "heading":
            return False
        if line.text.strip():
            # (the page's introduction, a paragraph of prose, is no paper the label follows)
            return len(line.text.split()) <= _PROSE_WORDS
    return False


_PROSE_WORDS = 40  # a line of more words than this is prose, no entry of a list


def _shape_of(line: Line) -> tuple[str, int, str]:
    return (line.kind, line.depth, line.marker)


def forget_page() -> None:
    """Let go of the last page read (its lines may be megabytes)."""
    _LAST_PAGE.entry = None


_LABEL_MARKUP = lazy_re(r"[*_`#>\[\]【】:：\s]+")
# "二、AAAI 2019", "(三) NAACL 2019", "2. ACL 2019": a section's number before its venue
_SECTION_NUMBER = lazy_re(
    r"^(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.．]\s*|^[(（][一二三四五六七八九十\d]{1,3}[)）]\s*"
)


def label_at(lines: list[Line], index: int) -> tuple[str | None, int | None]:
    """The venue label in force at line INDEX ("FOCS 2012" alone on a line over its list)."""
    labels = _page(lines).label
    return labels[index] if 0 <= index < len(labels) else (None, None)


def venue_label(text: str) -> tuple[str | None, int | None]:
    """The venue (and year) of a line that names only a venue ("**CVPR**", "ICLR 2022:"),
    which heads the papers listed under it; (None, None) for any other line."""
    if len(text) > 80:
        return None, None
    bare = _SECTION_NUMBER.sub("", _LABEL_MARKUP.sub(" ", text).strip(), count=1)
    if not bare or len(bare) > 40:
        return None, None
    venue, year = venue_year(bare)
    if not venue or venue == "arXiv":
        return None, None
    left = re.sub(re.escape(venue), " ", bare, count=1, flags=re.IGNORECASE)
    left = re.sub(r"'?\d{2,4}|[\W_]+", " ", left).strip()
    return (venue, year) if not left else (None, None)


_CAPTION_END = lazy_re(r"[.!?。！？,，;；]$")


def _caption(line: Line | None) -> str:
    """LINE's text when it reads as the label of the table below it ("General
    Recommendation"), else ""."""
    if line is None or line.kind not in ("line", "item") or line.urls:
        return ""
    text = line.text.strip(" *_:：")
    if not 2 <= len(text) <= 60 or _CAPTION_END.search(text) or _YEAR.search(text):
        return ""
    return text if len(text.split()) <= 8 else ""


_VENUE_HEADER = lazy_re(
    r"venue|conference|\bconf(?:\b|er)|journal|publication|published|\bpub\b|appear|proceedings|booktitle|"
    r"会议|期刊|出处|发表|来源|收录"
    # (Japanese, Korean; not "発表者", who presents)
    r"|会議|ジャーナル|学会|掲載|학회|저널|학술지|게재",
    re.IGNORECASE,
)
# "发表单位" (the publishing institution), "Affiliation": where the authors work, not a venue
_PLACE_HEADER = lazy_re(r"单位|机构|affiliation|institution|organi[sz]ation", re.IGNORECASE)
_SHORT_YEAR_END = lazy_re(r"\s*['’](\d{2})$")
# "2025ACM Multimedia-CCF-A": a venue cell's year glued before it and its rank after it
_CELL_YEAR_LEAD = lazy_re(r"^((?:19|20)\d\d)\s*(?=[A-Za-z]{2})")
_CELL_RANK_END = lazy_re(r"\s*[-–(（]?\s*CCF[-\s]?[ABC]类?\s*[)）]?$")
# "ICSAI2021", "测绘学报2025": a venue we do not know, its year run into it
_GLUED_YEAR_END = lazy_re(r"(?<=[A-Za-z]{2}|[\u3400-\u9fff]{2})\s?((?:19|20)\d\d)$")
_RELEASE_HEADER = lazy_re(r"release|arxiv|submi|preprint|首次|发布", re.IGNORECASE)
_YEAR_HEADER = lazy_re(
    r"year|date|published|年份|年|时间|日期|연도|년도|게재일|발행일|出版|発行", re.IGNORECASE
)
_PUBLISHED_YEAR_HEADER = lazy_re(r"pub(?:lication|lished)?[\s_-]*year|year[\s_-]*published", re.I)
# "Study Date", "Date read", "Added": when the reader took it up, not when it came out
_READ_DATE_HEADER = lazy_re(r"stud(?:y|ied)|\bread\b|reading|added|학습|스터디|阅读|学习", re.I)
# a year or date column's "2019", "2019.02", "2019-02-14" (not an arXiv id's "1906.02142")
_CELL_YEAR = lazy_re(r"(?<![\d.])(19[2-9]\d|20[0-4]\d)(?!\d|\.\d{3})")


def _without_link_labels(text: str, line: Line) -> str:
    """TEXT without the words of LINE's links labelled only "arXiv", "PDF" ("[[arXiv]](…)"
    is a link, not a venue the line names; a plain "[arXiv]" is)."""
    for span in line.spans:
        label = line.text[span.start : span.end]
        if span.kind == "link" and link_label(label):
            text = text.replace(label, " ")
    # "| arXiv: 2411.02355": the paper's identifier, no venue the line names
    return _ARXIV_ID_MENTION.sub(" ", text) if "rxiv" in text.lower() else text


# (a field of its own, after a bar: "Title. arXiv:2307.08691, 2023." cites it as a preprint)
_ARXIV_ID_MENTION = lazy_re(
    r"[|｜]\s*arxiv\s*(?:id)?\s*[:：]\s*\d{4}\.\d{4,5}(?:v\d+)?\s*(?=[|｜]|$)", re.IGNORECASE
)
_ONLY_YEAR = lazy_re(r"\W{0,2}((?:19|20)\d\d)\W{0,2}")  # a headless column's year alone
_DATE_HEADER = lazy_re(r"^\W*(?:date|time|日期|时间)\W*$", re.IGNORECASE)
# "From", "Where", "Source": a column that may name where each paper came out
_FROM_HEADER = lazy_re(r"^\W*(?:from|where|source|origin)\W*$", re.IGNORECASE)
_TOPIC_HEADER = lazy_re(
    r"^\W*(?:topics?|(?:award\s+)?categor(?:y|ies)|awards?|field|area|domain|themes?|subjects?|lectures?|types?|"
    r"(?:session|track)\s+(?:title|name)|tracks?|"
    r"genres?|方法族|方向|领域|类别|类型|分类|主题|目录|栏目|板块|ジャンル|分野|カテゴリー?|テーマ|분야|주제|"
    r"th[ée]matiques?|th[èe]mes?|temas?|thema|themen|argomenti|argomento|konu|chủ\s+đề)"
    r"(?:\s*[(（][^()（）]{1,30}[)）])?\W*$",  # ("Topics (tentative)")
    re.IGNORECASE,
)
# "-", "无" (none), "N/A": a cell left empty in words
NO_VALUE = lazy_re(r"^\s*(?:[\-–—/_.?]*|无|無|暂无|n/?a|none|tbd)\s*$", re.IGNORECASE)
_TOPIC_NAMED = lazy_re(r"^\W*(?:topics?|主题)(?:\s*[(（][^()（）]{1,30}[)）])?\W*$", re.IGNORECASE)


def _row_venue_year(cells: list[Line], title: str = "") -> tuple[str | None, int | None]:
    """The venue and year a table row states in its own columns ("会议" | "Year"); never from
    the cell that holds the paper's TITLE ("Publication" can head the titles' column)."""
    venue: str | None = None
    year: int | None = None
    released = False  # the year is a release date's, a preprint's
    published = False  # the year is a publication year column's
    for cell in _aligned_cells(cells, title):
        text = cell.text.strip()
        if NO_VALUE.match(text) or (title and title in text):
            continue
        if not cell.header:
            only_year = _ONLY_YEAR.fullmatch(text) if year is None else None
            year = int(only_year.group(1)) if only_year else year  # "| 2018 | Title | … |"
            continue
        if (
            venue is None
            and _VENUE_HEADER.search(cell.header)
            and not _PLACE_HEADER.search(cell.header)
            and len(text) <= 80
        ):
            found, with_year = venue_year(text)
            written = text.strip(" *_") if re.search(r"[^\W\d_]", text) else None
            led = _CELL_YEAR_LEAD.match(written) if written and not found else None
            if written and led is not None:
                written = _CELL_RANK_END.sub("", written[led.end() :]).strip(" -–*_")
                with_year = with_year or int(led[1])
            short = _SHORT_YEAR_END.search(written) if written and not found else None
            glued = _GLUED_YEAR_END.search(written) if written and not found else None
            if written and short is not None:  # "SocInfo'16": a venue we do not know
                written = written[: short.start()]
                with_year = with_year or two_digit_year(int(short[1]))
            elif written and glued is not None:  # "ICSAI2021"
                written = written[: glued.start()]
                with_year = with_year or int(glued[1])
            venue = found or (written if written and len(written.split()) <= 8 else None)
            # (where it appeared dates it, not a "Release Date (arXiv first)" column)
            year = with_year if with_year and released else year or with_year
        elif (
            (year is None or (_PUBLISHED_YEAR_HEADER.search(cell.header) and not published))
            and _YEAR_HEADER.search(cell.header)
            and not _DATE_HEADER.match(cell.header)
            and not _READ_DATE_HEADER.search(cell.header)
        ):
            match = _CELL_YEAR.search(text)
            year = int(match.group(1)) if match else year
            released = _RELEASE_HEADER.search(cell.header) is not None
            # ("| Year | Title | … | PubYear |": an award's year, then the paper's own)
            published = match is not None and _PUBLISHED_YEAR_HEADER.search(cell.header) is not None
        elif venue is None and _FROM_HEADER.match(cell.header) and len(text) <= 80:
            found, with_year = venue_year(text)  # "| CVPR 2020 |" under "From": a known venue
            if found is not None and with_year is not None:
                venue, year = found, year or with_year
        elif venue is None and _DATE_HEADER.match(cell.header) and len(text) <= 80:
            # "| Arxiv 23.12.01 (COLM 2024) |" under "Date": when it appeared, then where
            found, with_year = venue_year(text)
            if found is not None and found not in PREPRINTS and with_year is not None:
                venue, year = found, year or with_year
    return venue, year


ALIGNED_TITLE_WORDS = 2  # words, at least, on each line of a cell that lists titles


def _aligned_cells(cells: list[Line], title: str) -> list[Line]:
    """CELLS, where the TITLE's cell lists several papers one to a line ("1.Title<br>2.Title")
    and another cell as many values ("ICLR,2018<br>CVPR,2017"), with only that cell's value on
    the title's own line."""
    columns: dict[int, list[Line]] = {}
    for cell in cells:
        columns.setdefault(cell.cell, []).append(cell)
    own = next((col for col in columns.values() if any(title and title in c.text for c in col)), [])
    if len(own) < 2 or any(len(c.text.split()) < ALIGNED_TITLE_WORDS for c in own):
        return cells  # ("Title<br>[code](…)": one title and its links, no list of titles)
    exact = [k for k, c in enumerate(own) if strip_number(c.text.strip())[0].strip() == title]
    at = exact[0] if exact else next(k for k, c in enumerate(own) if title in c.text)
    return [
        cell
        for col in columns.values()
        for k, cell in enumerate(col)
        if col is own or len(col) != len(own) or k == at
    ]


_DAY_DATE = lazy_re(r"(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d")


def _row_date_year(cells: list[Line], day: bool = True) -> int | None:
    """The year of a table row's "Date" column: when it was read or posted, so only a last
    resort for the paper's year (and none, unless DAY, when the date names its day)."""
    for cell in cells:
        if _DATE_HEADER.match(cell.header) and (day or not _DAY_DATE.search(cell.text)):
            match = _CELL_YEAR.search(cell.text)
            if match:
                return int(match.group(1))
    return None


_BRACKET_TAG = lazy_re(r"\s*(?:[-*+•]\s*)?\[([^\[\]]{2,60})\]")


def _link_tag_venue(line: Line, title: str) -> tuple[str | None, int | None]:
    """The venue of a linked tag before the title ("[[CVPR](url)] Title", read as
    "[CVPR] Title"): its link names where the paper appeared."""
    where = line.text.find(title)
    match = _BRACKET_TAG.match(line.text)
    if where < 0 or match is None or match.end() > where:
        return None, None
    linked = any(
        sp.kind == "link" and sp.start == match.start(1) and sp.end == match.end(1)
        for sp in line.spans
    )
    if not linked:
        return None, None
    return venue_year(f"[[{match.group(1).strip()}](#)]")


# "img.shields.io/badge/NeurIPS_'24-dc3545", "…/badge/CVPR-2023-blue": a static badge's text,
# its label and message (dashes doubled, spaces as underscores), then its colour
_SHIELDS_BADGE = lazy_re(r"img\.shields\.io/badge/([^/?#\s]{2,80})", re.IGNORECASE)
_BADGE_PART = lazy_re(r"(?<!-)-(?!-)")
_BADGE_LABEL = lazy_re(r"^(?:conference|journal|venue|published|publish|accepted)\s+", re.I)
_BADGE_VENUE = lazy_re(r"^([A-Za-z][A-Za-z&\- ]{1,40}?)\s*(?:'(\d\d)|((?:19|20)\d\d))$")


def _shields_venue(line: Line) -> tuple[str | None, int | None]:
    """The venue and year of a badge image on the line whose text is a name and a year
    ("NeurIPS '24", "CVPR 2023"), as awesome lists mark where each paper appeared."""
    from urllib.parse import unquote

    for url in line.urls:
        badge = _SHIELDS_BADGE.search(url)
        if badge is None:
            continue
        parts = _BADGE_PART.split(unquote(badge.group(1)))
        words = [p.replace("--", "-").replace("__", "\0").replace("_", " ") for p in parts[:-1]]
        text = " ".join(w.replace("\0", "_") for w in words).strip()
        text = _BADGE_LABEL.sub("", text)  # "Conference-ICML'25": the badge's label, then it
        named = _BADGE_VENUE.match(text)
        if named is None or named.group(1).lower().strip() in _BADGE_WORDS:
            continue
        year = int("20" + named.group(2)) if named.group(2) else int(named.group(3))
        known = venue_year(text)
        return known[0] or named.group(1).strip(), known[1] or year
    return None, None


def _code_tag_venue(line: Line) -> tuple[str | None, int | None]:
    """The venue of a code span opening the line ("`ICLR` [Title](…)", "`TNNLS 2019` …"): a
    list's tag of where each paper appeared."""
    code = line.opening_span("code")
    return venue_year(line.text[code.start : code.end]) if code is not None else (None, None)


def _code_venue_after(line: Line, title: str) -> tuple[str | None, int | None]:
    """The venue and year of a code span right after TITLE ("Title. `IEEE Micro 18`"), as
    written; a two-digit year is this century's up to 40."""
    end = line.text.find(title)
    if end < 0:
        return None, None
    end += len(title)
    for span in line.spans:
        if span.kind != "code" or span.start < end:
            continue
        if line.text[end : span.start].strip(" .,;:-–—"):
            break
        tag = CODE_VENUE.fullmatch(line.text[span.start : span.end].strip())
        if tag is None:
            break
        year = int(tag.group(2))
        return tag.group(1), year if year >= 100 else year + (2000 if year <= 40 else 1900)
    return None, None


def _row_topic(cells: list[Line], lines: list[Line], rows: dict[int, list[int]]) -> str:
    """The topic a table row states in a column of its own ("Category", "领域"), or, when its
    cell there is empty, the one a row above states: a category written once over the rows
    it groups (a merged cell)."""
    # a column named for topics before one named for lectures or subjects
    ordered = sorted(cells, key=lambda cell: _TOPIC_NAMED.match(cell.header) is None)
    topic = next(filter(None, map(_cell_topic, ordered)), "")
    if topic or not cells or any(_TOPIC_HEADER.match(cell.header) for cell in cells):
        return topic
    week = next((cell for cell in cells if _WEEK_HEADER.match(cell.header)), None)
    if week is not None and _WEEK_NUMBER.match(week.text):
        # "| Semana | Paper |" / "| 12 | Title |": the week it is read in
        return f"{week.header.strip(' *_')} {week.text.strip()}"
    headers = {cell.header for cell in cells}
    for row in range(cells[0].row - 1, max(-1, cells[0].row - MERGED_ROWS), -1):
        above = [lines[i] for i in rows.get(row, [])]
        if not above or headers.isdisjoint(cell.header for cell in above):
            return ""  # another table's row, or none
        topic = next(filter(None, map(_cell_topic, above)), "")
        if topic:
            return topic
    return ""


def _cell_topic(cell: Line) -> str:
    """CELL's text when its column is a topic column and it says one ("Value-based"), else ""
    (a lecture's number or date, "2", "Lecture 2 (Mon, Sep 25)", or a sentence, names none)."""
    text = cell.text.strip()
    if not _TOPIC_HEADER.match(cell.header) or NO_VALUE.match(text) or _NUMBERED_SLOT.match(text):
        return ""
    if len(text) <= TOPIC_CHARS and len(text.split()) <= TOPIC_WORDS:
        return text
    return ""


# "Week", "Semana": a schedule's column of week numbers
_WEEK_HEADER = lazy_re(r"^\W*(?:week|semana|semaine|woche|settimana|hafta|tuần)\W*$", re.IGNORECASE)
_WEEK_NUMBER = lazy_re(r"^\s*\d{1,2}\s*$")
TOPIC_CHARS = 80  # a topic cell's length, at most ("Context, memory, and learning/self-…")
TOPIC_WORDS = 10  # and its words: longer, a sentence about the week
# "1", "Week 3", "Lecture 2 (Mon, Sep 25)": a slot of the schedule, no subject
_NUMBERED_SLOT = lazy_re(
    r"^\W*(?:(?:lecture|week|class|session|lec|wk)\.?\s*)?\d{1,3}\b(?:\s*[(（][^()（）]*[)）])?\W*$",
    re.IGNORECASE,
)


MERGED_ROWS = 30  # rows, at most, that one category's cell groups


# "3. Random Forests (2001)", "### Title (2017) ⭐": an emoji or two may follow the year
# "3. Random Forests (2001)", "1. Backpropagation (Rumelhart et al., 1986)": a header's year,
# or its citation of the paper below
_HEADER_CITED = r"(?P<cited>[A-Z][\w'’\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'’\-]+)?)\s*,\s*"
_DATED_HEADER = lazy_re(
    rf"^[^\n]{{1,60}}?[(（]\s*(?:{_HEADER_CITED})?(?:19|20)\d\d\s*[)）][^\w(（]{{0,6}}$"
)
_NUMBERED = lazy_re(r"^\s*\d{1,3}\s*[.)、]\s*")
_ET_AL_TAIL = lazy_re(r"\s+et\s+al\.?$")


def _headed_next(line: Line, headed: bool) -> bool:
    """Whether LINE heads the entry below it: a numbered header with a year, or, on a page
    that puts them over its titles (HEADED), a dated header naming the authors ("2013: David
    Gay, Philip Levis, …")."""
    return _dated_header(line) or (headed and names_header(line.text) is not None)


_SPACED_NUMBER = lazy_re(r"^\s*\d{1,3}\s+(?=[A-Z])")  # "41 Word2Vec(2013)"


def _dated_header(line: Line) -> bool:
    """Whether LINE is a numbered entry header or a heading with a year ("3. Random Forests
    (2001)", "### Attention Is All You Need (2017) ⭐"), which a listicle puts right above the
    paper's own title line."""
    return _dated_header_match(line) is not None


def _dated_header_match(line: Line) -> re.Match[str] | None:
    """The match of _DATED_HEADER on LINE when it is such a header (its "cited" group the
    paper's surnames, when it cites them), else None."""
    text = line.text
    numbered = (line.marker[:1].isdigit() and line.first) or line.kind == "heading"
    if not numbered:
        bare = _SPACED_NUMBER.sub("", _NUMBERED.sub("", text, count=1), count=1)
        numbered, text = bare != text, bare
    return _DATED_HEADER.match(text) if numbered and len(text) <= 80 else None


_VENUE_LEAD = lazy_re(r"^\W{0,3}([A-Za-z][A-Za-z\-]{1,12}\s*'?(?:19|20)\d\d)\s*[,，]\s*(.*)$")


_NICKNAME_VENUE = lazy_re(
    r"^[\w\-.（）() ]{2,30}[，,]\s*((?:[A-Za-z][\w\-]{1,15})\s*'?(?:19|20)\d\d)"
)


_FIELD_ITEM = lazy_re(r"^\s*[A-Za-z][A-Za-z ]{1,15}\s*[:：]\s*\S")


def _venue_header(line: Line) -> bool:
    """Whether LINE is a venue and year, a comma and a short note ("ICLR2013,Word2Vec 词向量
    扛鼎之作"): a header that a list puts right above its paper's title line (a title after
    the comma is no note: "CVPR 2016, Deep Residual Learning for Image Recognition")."""
    from papercli.importers.digest.records import opens_with_et_al

    if opens_with_et_al(line.text):
        return False  # "Poole et al., ICLR 2023": the entry above's first author and venue
    named = _NICKNAME_VENUE.match(line.text) if len(line.text) <= 120 else None
    if named is not None and venue_year(named.group(1))[0] is not None:
        return True  # "- ResNet，CVPR 2016最佳论文": a nickname, then the venue and year
    match = _VENUE_LEAD.match(line.text) if len(line.text) <= 120 else None
    if match is None or venue_year(match.group(1))[0] is None:
        return False
    note = match.group(2)
    return bool(CJK_CHAR.search(note)) or len(note.split()) <= 3


_SUMMARY_LABEL = lazy_re(
    r"^\W{0,3}(tl;?\s?dr|summary|一句话总结|总结|简介|abstract|摘要)\s*[:：]\s*(\S.*)$",
    re.IGNORECASE,
)
_SUMMARY_ALONE = lazy_re(
    r"^\W{0,3}(?:作者的\s*|the\s+authors'?\s+)?(tl;?\s?dr|summary|一句话总结|abstract|摘要)\s*[:：]?\W{0,3}$",
    re.IGNORECASE,
)
_MAX_SUMMARY = 2000


_LANGUAGE_TAG = lazy_re(r"(?i:en|eng|english|ru|rus|zh|cn|ja|jp|ko|kr|de|fr|es|pt|it|vi)|中文|英文")


def _link_labels_kind(labels: list[str]) -> str:
    """What a line's link LABELS say it names: "paper" when one is "[Paper]", "post" when all
    are a post's ("[Blog post]", "[Read more]", "[Visit Udio]"), else ""."""
    said = [label.strip(" []").lower() for label in labels]
    if any(_PAPER_LINK_LABEL.fullmatch(label) for label in said):
        return "paper"
    if said and all(_POST_LINK_LABEL.fullmatch(label) for label in said):
        return "post"
    return ""


_PAPER_LINK_LABEL = lazy_re(r"(?:paper|pdf|arxiv|论文|論文|논문)(?:\W.{0,20})?")
_POST_LINK_LABEL = lazy_re(
    r"blog\s+post|article|read\s+more|read\s+the\s+\w+|"
    r"(?:visit|explore|learn\s+more|see|watch|try)\b.{0,40}"
)


def _summary_kind(label: str) -> str:
    return "abstract" if label.lower() in ("abstract", "摘要") else "summary"


def summary_lines(body: list[Line]) -> tuple[str | None, str | None]:
    """The record's labelled summary ("TL;DR: ...", "一句话总结：...") and abstract ("Abstract:
    ...", "摘要：..."), each with the lines its paragraph goes on with."""
    found: dict[str, str] = {}
    for k, line in enumerate(body[1:], start=1):
        match = _SUMMARY_LABEL.match(line.text.strip())
        alone = _SUMMARY_ALONE.match(line.text.strip())
        if alone and k + 1 < len(body) and not FIELD_LINE.match(body[k + 1].text.strip()):
            # "作者的 TL;DR" on its own line, the summary in the paragraph below it
            kind = _summary_kind(alone.group(1))
            nxt = body[k + 1]
            parts = [ln.text.strip() for ln in body[k + 1 :] if ln.block == nxt.block]
            found.setdefault(kind, " ".join(p for p in parts if p)[:_MAX_SUMMARY])
            continue
        if match is None:
            continue
        kind = _summary_kind(match.group(1))
        if kind in found:
            continue
        parts = [match.group(2).strip()]
        for more in body[k + 1 :]:
            if more.first or more.block != line.block or FIELD_LINE.match(more.text.strip()):
                break
            parts.append(more.text.strip())
        found[kind] = " ".join(p for p in parts if p)[:_MAX_SUMMARY]
    return found.get("summary"), found.get("abstract")


def _first_said(pattern: Regex, lines: list[Line]) -> re.Match[str] | None:
    """PATTERN's first match in LINES, in order."""
    return next((m for line in lines for m in [pattern.search(line.text)] if m), None)


_AT_VENUE = lazy_re(r"^[\s)\]]*@\s*[A-Za-z]")  # "Title @ NDSS 2017": where it appeared
# "… conversation generation with internal and external memory. arXiv preprint arXiv:1704.01074."
_CITATION_TAIL = lazy_re(r"\b(?:arxiv\s+preprint|preprint\s+arxiv|proceedings\s+of)\b", re.I)
_OWN_LINES = 4  # a note's lines this close under its title are about the titled paper


PROSE_LINE = 150  # characters: a record's note line this long is prose
PROSE_BEFORE = 15  # characters of the sentence before a link, at least, for it to sit mid-prose
PROSE_AFTER = 30  # and after it


def _cited_mid_prose(text: str, url: str) -> bool:
    """Whether URL sits in the middle of a long prose line of a record's note ("… the
    (state spill)https://doi.org/… problem, which …"): a work the note cites, not the
    record's own (a link ending the sentence, or a label's, "link :https://…", may be its
    own)."""
    if len(text) < PROSE_LINE:
        return False
    where = text.find(url)
    if where < PROSE_BEFORE or len(text) - (where + len(url)) < PROSE_AFTER:
        return False
    return _LABEL_COLON_END.search(text, 0, where) is None


_LABEL_COLON_END = lazy_re(r"[:：]\s*$")
# "(Devlin et al. 2019)", "Vaswani et al., 2017": a link labelled as a citation of a work
_CITATION_LABEL = lazy_re(
    r"[(\[]?\s*[A-Z][\w'’\-]+(?:\s+(?:et\.?\s*al\.?|(?:and|&)\s+[A-Z][\w'’\-]+))?,?\s*"
    r"[(\[]?(?:19|20)\d\d[a-z]?[)\]]?\s*[)\]]?"
)


def _citation_links(line: Line, before: int) -> set[str]:
    """The addresses prose LINE links, first, by a label that is a citation ("[(Devlin et al.
    2019)](…)"), in a link ending by character BEFORE (the title's, on its own line): works the
    note cites, not the record's own ("Title [(Vaswani et al., 2017)](…)" is the title's)."""
    if len(line.text) < PROSE_LINE:
        return set()
    first: dict[str, str] = {}  # each address's label where it is linked first
    for span in line.spans:
        if span.kind == "link" and span.end <= before:
            label = line.text[span.start : span.end].strip()
            if _CITED_DOING.match(line.text, span.end):
                label = ""  # "[Kitaev et al. (2020)](…) propose …": the authors of the note's paper
            first.setdefault(span.url, label)
    return {url for url, label in first.items() if _CITATION_LABEL.fullmatch(label)}


# what cited authors do, right after the citation: the subject of the note's sentence
_CITED_DOING = lazy_re(
    r"\s*(?:also\s+|recently\s+)?(?:propose[sd]?|present(?:s|ed)?|introduce[sd]?|"
    r"develop(?:s|ed)?|release[sd]?|describe[sd]?)\b"
)


def _citing_lines(body: list[Line], title: str) -> set[int]:
    """The lines far down a record's note that are references to other papers (their
    identifiers those papers', not the record's): a citation's words, not the record's title."""
    lowered = title.lower()
    return {
        id(line)
        for line in body[_OWN_LINES:]
        if _CITATION_TAIL.search(line.text[:2000]) is not None and lowered not in line.text.lower()
    }


# one word of two capitals or more, as a meeting's short name is written ("WAFR", "iSpaRo")
_ACRONYM = lazy_re(r"(?=\S*[A-Z]\S*[A-Z])[A-Za-z\d][\w\-]{1,15}")
_NOTE_LINES = 12  # a record's lines, at most, read for its comments and notes


def _accepted_said(texts: list[str]) -> tuple[str | None, int | None]:
    """The known venue and year the first of TEXTS that says the paper was accepted there
    names ("Accepted by WACV 2025"); a preprint server is no such venue."""
    for text in texts:
        said = _ACCEPTED_AT.search(text[:2000])  # "Accepted by WACV 2025", an arXiv comment
        if said is not None:
            venue, year = venue_year(text[said.start(1) : said.end()])  # the venue and its year
            if venue is not None and venue not in PREPRINTS:
                return venue, year
            if said.group(2) and _ACRONYM.fullmatch(said.group(1)):
                return said.group(1), int(said.group(2))  # "Accepted to WAFR 2024": as written
    return None, None


# an arXiv listing's comment field, as digests copy it ("备注：Accepted by ICASSP 2022",
# "Comments: 5 pages, IWAENC 2022", "Journal-ref：ICASSP 2022 - 2022 IEEE International …")
_COMMENT_FIELD = lazy_re(
    r"^\W{0,3}(?:备注|注释|comments?|journal[-\s]?ref)\s*[:：]\s*(\S.*)$", re.I
)
_PAGE_COUNTS = lazy_re(r"^(?:\s*\d+\s+(?:pages?|figures?|tables?)\b\s*[,;]?\s*)*", re.I)
_PUBLISHED_IN = lazy_re(r"^(?:published|will\s+appear|appears?|to\s+appear)\s+(?:in|at)\s+", re.I)
_NOT_YET = lazy_re(r"\b(?:submitted|submission|under\s+review|review)\b|投稿", re.I)


def _comments(body: list[Line]) -> list[str]:
    """The values of the record's comment fields."""
    found = (_COMMENT_FIELD.match(line.text.strip()) for line in body)
    return [match.group(1) for match in found if match is not None]


def _comment_venue(comments: list[str]) -> tuple[str | None, int | None]:
    """The known venue and year a comment is made of ("IEEE/RSJ IROS 2022", "12 pages,
    Published in Mobisys 2022"), none where the paper was only submitted."""
    for comment in comments:
        if _NOT_YET.search(comment):
            continue
        rest = _PAGE_COUNTS.sub("", comment, count=1)  # "11 pages, 8 figures, accepted by …"
        words = _PUBLISHED_IN.sub("", rest, count=1)
        said = words.split(" - ")[0]  # "ICASSP 2022 - 2022 IEEE International Conference …"
        venue, year = venue_year(said[:60])
        if (
            venue is not None
            and year is not None
            and venue not in PREPRINTS
            and len(said.split()) <= 5
        ):
            return venue, year
    return None, None


_ENTRY_CHARS = 80  # a cell's line longer than this, with a link, is an entry, not a field


def read_fields(record: Record, lines: list[Line], doc: tuple[str | None, int | None]) -> Fields:
    """The fields of RECORD."""
    out = Fields()
    title_line = lines[record.start]
    page = _page(lines)
    # "Title" / "NeurIPS 2022" / "https://arxiv.org/abs/…": a venue right under a title line is
    # its own, not a label over the papers below, when more of the record follows it
    # (under a heading the record's own, whatever follows: the next heading resets labels)
    own_label = title_line.kind == "heading" or (
        title_line.kind == "line" and record.end > record.start + 2
    )
    first_label = record.start + (2 if own_label else 1)
    end = next((i for i in range(first_label, record.end) if i in page.label_lines), None)
    if title_line.kind == "heading" and not any(
        lines[i].kind == "heading" for i in range(record.start + 1, record.end)
    ):
        end = None  # "## Title" / "- [Paper](…)" / "*ECCV 2016*": its section's label is its own
    if "labelled_cell" in record.title.how:
        end = None  # the table's venue row is this paper's field, not a label over others
    end = end or record.end
    # "2. Nickname (1995)" heads the next entry: nothing from it on is this record's
    names_headed = "headed" in record.title.how  # a dated names header over the title
    end = next(
        (i for i in range(record.start + 1, end) if _headed_next(lines[i], names_headed)), end
    )
    # "ICLR2013,Word2Vec" heads the title below it: right above the next record, or further
    # down (a title the model missed); the line right under the title is its own venue unless
    # the page puts such headers above its titles
    over = (  # headers sit above
        record.start > 0 and not page.headers_below and _venue_header(lines[record.start - 1])
    )
    first = record.start + (1 if over else 2)
    headed = next((i for i in range(first, end) if _venue_header(lines[i])), None)
    if headed is not None:
        end = headed
    elif (
        end - 1 > record.start
        and end == record.end
        and not page.headers_below
        and _venue_header(lines[end - 1])
    ):
        end -= 1
    if title_line.kind == "item" and title_line.depth > 1:
        # "  - [Title](…) (Moss & Quill, 2011)" / "- **Content:**" / "  - Topic A": a nested
        # title's own lines end where its list does
        end = next(
            (
                i
                for i in range(record.start + 1, end)
                if lines[i].kind == "item" and lines[i].depth < title_line.depth
            ),
            end,
        )
    while end - 1 > record.start and names_colon(lines[end - 1]):
        end -= 1  # "A, B and C:" over the next title: the next paper's authors
    body = lines[record.start : end]  # a venue label heads the next papers
    out.summary, out.abstract = summary_lines(body)
    row = [ln for ln in body if ln.kind == "cell"]
    in_row = page.rows.get(title_line.row, []) if title_line.kind == "cell" else []
    cells = [lines[i] for i in in_row]
    # identifiers and links: the title line first, then the record's other lines
    keyed_rows = _keyed_rows(lines, record) if "labelled_cell" in record.title.how else []
    next_line = lines[record.start + 1] if record.start + 1 < end else None
    # "|2022|CVPR|[Torch](github…)|[Title](…)|": the row's cells before its title are its own
    # (a long line with a link of its own, or another record's title in the titles' columns,
    # is another paper's entry in a row that holds several)
    before = [
        lines[i]
        for i in in_row
        if i < record.start
        and i not in record.lead
        and not (i in record.row_titles and _same_column_group(lines[i], title_line))
        and not (lines[i].urls and len(lines[i].text) > _ENTRY_CHARS)
    ]
    citing = _citing_lines(body, record.title.text)
    named = _title_named_arxiv(body, record.title.text)
    if named:  # "… the <a>Transformer</a> … the paper: <a href=arXiv>Title</a>": that one
        _add_url(out, named, hint="link")
    above: Line | None = None  # "论文链接" alone on its line, its address on the next line
    earlier = (
        _links_before_title(title_line, record.title.text)
        | _other_titled_links(title_line, record.title.text)
        | _citation_links(title_line, title_line.text.find(record.title.text))
        | _person_links(title_line, record.title.text)
    )
    for line in [lines[i] for i in record.lead] + body + keyed_rows + before:
        text = line.text
        # "One of those models called BERT [(Devlin et al. 2019)](…)": another work's link
        citations = _citation_links(line, len(line.text)) if line is not title_line else set()
        label_line = (
            above.text
            if above is not None and above.kind == "line" and 0 < line.number - above.number <= 2
            else ""
        )
        above = line
        for url in line.urls:
            if line is not title_line and _cited_mid_prose(line.text, url):
                text = text.replace(url, " ")
                continue  # "… (state spill)https://doi.org/10.1145/… というある…": another work's
            if line is title_line and url in earlier:
                text = text.replace(url, " ")
                continue  # "… X 2 ([paper](…)), while also discussing _Title_ ([PDF](…))"
            if url in citations:
                continue
            hint = _hint(line, url)
            if not hint and line is title_line and url in line.text:
                hint = "link"  # "Title https://…": the address written after the title
            elif not hint and line is next_line and line.text.strip() == url:
                hint = "link"  # "Title" then "https://…" alone on the next line
            elif not hint and label_line and line.text.strip() == url:
                hint = _label_hint(f"{label_line} {url}", url)  # "论文链接" / "http://…"
            if not hint:
                hint = _label_hint(line.text, url)  # "■ 链接 | https://…", "源码: https://…"
            _add_url(out, url.strip(), hint=hint)
        if id(line) not in citing:
            _add_text_ids(out, text)
    out.arxiv_id = out.arxiv_id or arxiv_of_doi(out.doi)
    best = min(out.landing, key=lambda p: p[0]) if out.landing else None
    if best is not None and best[0] < _ASIDE_RANK:
        out.url = best[1]
    elif best is not None and out.pdf_url is None and not _media_cell_only(row, best[1]):
        out.url = best[1]  # ("| Title | A | [Video](youtu.be/…) |": a talk on it, not it)
    elif best is None:
        out.url = _title_link(title_line, record.title.text)
    out.authors = _authors(record, body, cells or row) or _lead_authors(lines, record)
    if record.start and not record.title.rest.strip(" .,;:"):
        out.authors = names_colon(lines[record.start - 1]) or out.authors  # "A and B:" / "Title"
    if record.start and "names_above" in record.title.how:  # "A, B." / "Title." / "Venue"
        out.authors = parse_names(lines[record.start - 1].text) or out.authors
    dated_names, dated_year = _dated_names_above(lines, record.start)
    if dated_names:  # "2016 Alexey Borisov" / "Ilya Markov" / "Title": the names are above
        out.authors = dated_names
    above = lines[record.start - 1] if record.start else None
    names_over = names_header(above.text) if above is not None and names_headed else None
    if names_over is not None:  # "2014: Maged M. Michael" / "(for 2004) Title"
        out.authors = names_over[0]
    # (a bold title under an item's opening line of names: "- A, B. [Link]" / "**Title.**")
    marked = bool(record.title.how & {"link", "quoted"}) or (
        bool(record.lead) and "bold" in record.title.how
    )
    cited_above, cited_year = (
        _cited_names_above(lines, record.start)
        if "quoted" in record.title.how and not title_line.first and title_line.kind == "line"
        else ([], None)
    )
    if cited_above:  # "Vaswani, A., …, & Polosukhin, I. (2017)" / '"Attention Is All You Need"'
        out.authors = cited_above
    if (
        not out.authors
        and (marked or ("whole" in record.title.how and _under_cited_names(lines, record.start)))
        and not title_line.first
        and title_line.kind == "line"
    ):  # ("<li>A, B and C. <br>" / "Title." / "In Venue": a whole line under the names)
        out.authors = _names_above_in_block(lines, record.start)
    if not out.authors and ("labelled_cell" in record.title.how or title_line.kind == "heading"):
        # "| 作者 | A, B |" in the title's table, or in a table of its fields under its heading
        own_table = "labelled_cell" in record.title.how  # else the heading's record holds it
        keyed = row_value(lines, record.start + 1, "authors", None if own_table else end)
        out.authors = parse_names(keyed) if keyed else []
    if not out.authors:  # "论文一作为 Zekun Shi": prose that names the first author only
        said = _first_said(_FIRST_AUTHOR_SAID, body[:4])
        out.authors = [said.group(1) or said.group(2)] if said else []
    if not out.authors:  # "由 Jeff Dean、David Patterson 等顶级学者撰写"
        written = _first_said(_WRITTEN_BY, body[:4])
        out.authors = parse_names(written.group(1)) if written else []
    if not out.authors:  # "**概要**: 著者 Yingli Zhou, Wang Shu 他による…"
        summary = _first_said(_AUTHORS_IN_SUMMARY, body[:4])
        out.authors = parse_names(summary.group(1)) if summary else []
    if not out.authors and title_line.kind in ("item", "line"):  # "Turing (1950): *Title*"
        at = title_line.text.find(record.title.text)
        surname_lead = _ONE_SURNAME_DATED.fullmatch(title_line.text[:at]) if at > 0 else None
        out.authors = (
            [surname_lead.group(1)] if surname_lead and _a_surname(surname_lead.group(1)) else []
        )
    if len(out.authors) == 1:
        out.authors = _surnames_not_inverted(out.authors, body[:4], lines, page)
    if (
        not out.authors
        and record.start >= 2
        and FOR_THEIR_PAPER.match(lines[record.start - 1].text)
    ):  # "A, B and C" / "for their paper" / "Title"
        out.authors = parse_names(lines[record.start - 2].text)
    if len(out.authors) == 1 and " " not in out.authors[0]:
        # "Chen et al.: Title" over "Title by Nutan Chen, …, and Patrick van der Smagt …"
        out.authors = _restated_names(body[1:8], record.title.text, out.authors[0]) or out.authors
    if out.authors and all(" " not in name for name in out.authors):
        # "__Title__ - Adachi and Henderson." over "> Adachi, Steven H., and Maxwell P.
        # Henderson. arXiv preprint …": the citation below gives the same people whole
        out.authors = _cited_in_full(body[1:8], out.authors) or out.authors
    # "1. Backprop (Rumelhart et al., 1986)" over the title: the header cites its paper
    cites = _dated_header_match(above) if above is not None else None
    if cites is not None and cites.group("cited"):
        surnames = re.split(r"\s+(?:and|&)\s+", _ET_AL_TAIL.sub("", cites.group("cited")))
        if not any(name.endswith(surnames[0]) for name in out.authors):
            out.authors = surnames  # (not a name the header's nickname was read as)
    header = _header_labels(lines, record.start)
    if not out.authors and "author" in header:
        out.authors = parse_names(header["author"])
    # venue and year: the record, then its sections, then the page
    below = body[1:4]
    opener = lines[record.start - 1] if record.start else None
    if (
        title_line.kind == "line"
        and opener is not None
        and opener.kind == "item"
        and opener.first
        and not _FIELD_ITEM.match(opener.text)  # "- paper: https://…": the last entry's field
        and not _listed_names(opener.text)  # "- A, B --ICML 2022": the entry above's byline
    ):
        # "- ResNet，CVPR 2016" / "Title" / "- DenseNet，CVPR 2017": an entry opened by an item
        opens = next((k for k, ln in enumerate(below) if ln.kind == "item" and ln.first), None)
        below = below[:opens]  # and the next item opens the next entry
    rest = record.title.rest + " " + " ".join(ln.text for ln in below if len(ln.text) < 400)
    if names_in_paragraph(lines, record.title):
        rest = lines[record.start - 1].text[:400] + " " + rest  # "Zhang et al. (ICLR, 2018)"
    own = title_line.text.replace(record.title.text, " ")
    read_on = _LEAD_DATE.match(own)
    if read_on and _YEAR.search(own, read_on.end()):  # "2018-04-01  Bahdanau et al., (2014), …"
        own = own[read_on.end() :]  # the day it was read: the year after it is the paper's
    venue, year = _row_venue_year(cells, record.title.text)
    if venue is None and names_over is not None:  # "2020 (For ISCA 2005): A, B" over the title
        venue, year = venue_year(names_over[1])
    if venue is None:
        venue, tagged = _link_tag_venue(title_line, record.title.text)
        year = year or tagged
    if venue is None and title_line.urls:
        venue, tagged = _shields_venue(title_line)
        year = year or tagged
    if venue is None:
        venue, tagged = _code_tag_venue(title_line)
        year = year or tagged
    if venue is None:
        venue, tagged = _code_venue_after(title_line, record.title.text)
        year = year or tagged
    badged = lines[record.start - 1] if record.start else None
    if venue is None and badged is not None and badged.block == title_line.block and badged.urls:
        # "[![Publish](…/badge/Conference-ICML'25-blue)]()<br>[Title](…)": the cell's badge
        venue, tagged = _shields_venue(badged)
        year = year or tagged
    if venue is None:
        venue, cited = cited_venue(title_line, record.title.text)
        year = year or cited
    byline = lines[record.start + 1] if record.start + 1 < record.end else None
    first_author = _SURNAME_ET_AL.match(byline.text.strip()) if venue is None and byline else None
    if byline is not None and first_author is not None:  # "B. Zhao et al. *IEEE Access.*"
        venue, cited = cited_venue(byline, first_author.group(0).lstrip(" (（"), names=True)
        year = year or cited
    # a year on the title's own line first: one on the lines below may be the next entry's;
    # where it says the paper was published first of all ("SC19: A and B, “Title” (published
    # at SC08)": the award's year is not the paper's)
    own = _AWARDED_AT.sub(" ", own)  # "(awarded at SIGIR 2015)": when it won, not appeared
    own = _without_later_award(own)
    own = _SUBMITTED_TO.sub(" ", own)  # "(arXiv 2020, submitted to ICASSP 2021)": not yet
    awarded_at = _AWARDED_AT.search(rest)  # "(Awarded at: VIS 2022)" below: when it won
    rest = _SUBMITTED_TO.sub(" ", _AWARDED_AT.sub(" ", rest))
    published = _PUBLISHED_AT.search(own)
    own_venue, own_year = venue_year(published.group(1)) if published else (None, None)
    if own_venue is None:
        own_venue, own_year = venue_year(own)
    if own_venue is None and "after_year" in record.title.how:
        own_venue, own_year = venue_year(record.title.rest)  # "2017-arXiv-Title": its lead
    stated_venue, stated_year = venue_year(own + " " + rest)
    if own_venue is not None and (
        own_venue not in PREPRINTS or (own_year and stated_year and stated_year < own_year)
    ):
        stated_venue = own_venue  # ("2017-arXiv-Title" / "… at NIPS2016 …": not its venue)
    elif venue is None:  # "1. iTransformer (NeurIPS 2023)" a few lines over its title
        venue, named_year = _nickname_header(lines, record.start, record.title.text)
        year = year or named_year
    # (a row's day, "2024-01-30", is when it was read: an arXiv number says better when the
    # paper came out; a month, "2023.03", is when it came out)
    row_year = _row_date_year(cells, day=not out.arxiv_id)
    if (
        venue in PREPRINTS
        and stated_venue is not None
        and stated_venue not in PREPRINTS
        and title_line.kind != "cell"  # (a row's cells name its other papers' venues too)
    ):
        # "[ArXiv](…)" / "ICLR 2024" under the title: where it appeared, beyond its preprint
        venue, year = stated_venue, stated_year or year
    venue, year = venue or stated_venue, year or own_year or stated_year or row_year
    if "awarded" in record.title.how:  # "… for their 2015 ICLR paper Title": its own
        cue_venue, cue_year = _awarded_venue_year(title_line.text, record.title.text)
        venue, year = cue_venue or venue, cue_year or year
    if venue is None:
        venue = (
            _citation_venue(record, title_line)
            or _journal_before_volume(title_line, record.title.text)
            or _written_after_quote(record, title_line)
            or _italic_after_in(title_line, record.title.text)
            or _byline_outlet(body[1:4])
            or badge_venue(title_line, record.title.text)
            or _journal_volume_line(body[1:4])
        )
    if venue is None:
        where = title_line.text.find(record.title.text)
        if where >= 0:
            venue, written_year = venue_before(title_line.text[:where])
            tail = JOURNAL_TAIL.search(record.title.text, max(0, len(record.title.text) - 90))
            if venue is None and tail is not None:  # "Title, Psychological Review, 114(2): 2…"
                venue, written_year = written_venue(record.title.text[tail.start() :])
            if venue is None:
                after = title_line.text[where + len(record.title.text) :]
                venue, written_year = written_venue(after)
                if venue is not None and _AT_VENUE.match(after):
                    year = written_year or year  # "2021-01-28: [Title](…) @ NDSS 2017"
            year = year or written_year
    if venue is None and "venue" in header:
        venue, labelled = venue_year(header["venue"])
        meeting = _NAMED_MEETING.search(header["venue"]) if venue is None else None
        if meeting is not None:  # "Venue: 21st … Manipulation (IEEE SCAM 2021)": its short name
            venue, labelled = meeting.group(1), int(meeting.group(2))
        year = year or labelled
    if venue is None:
        venue, labelled = _labelled_below(body)
        year = labelled or year  # "Publisher: ICLR 2026" under "Date: November 11, 2025"
    if venue is None:
        venue = page.label[record.start][0]
        year = year or page.label[record.start][1]
    if above is not None and venue is None and _venue_header(above):
        venue, headed = venue_year(above.text)  # "ICLR2013,Word2Vec 词向量" / "《Title》"
        year = year or headed
    dated_line = above
    if above is not None and _ORIGINAL_LABEL.match(above.text):
        # "41 Word2Vec(2013)" / (a figure's line) / "原文:" / "Title"
        dated_line = next(
            (
                lines[k]
                for k in range(record.start - 2, max(-1, record.start - 4), -1)
                if _dated_header(lines[k])
            ),
            None,
        )
    if year is None and dated_line is not None and _dated_header(dated_line):
        dated = _YEAR.findall(dated_line.text)  # the header's year may be outside 1950-2049
        year = int(dated[-1]) if dated else None
    if "quoted" in record.title.how:  # 'Mnih et al. (2015) "Title"': the year it cites
        year = cited_right_before(title_line.text, record.title.text)[1] or year
    if year is None:
        found = _YEAR.search(record.title.rest) or _YEAR.search(own)
        if found:
            year = int(found.group(1))
    if (venue is None or year is None) and title_line.kind == "item" and title_line.depth > 1:
        parent_venue, parent_year = _parent_label(lines, record.start)
        venue, year = venue or parent_venue, year or parent_year
    if (venue is None or year is None) and not title_line.first:
        head = _block_head(lines, record.start)  # "• ICCV2015" / "  - Title" read as one item
        if head is not None and len(head.split()) <= 4:
            head_venue, head_year = venue_year(head)
            venue, year = venue or head_venue, year or head_year
    if venue is None and title_line.kind == "item" and title_line.depth == 1:
        venue, led = venue_year(_list_lead(lines, record.start))  # "…, all from SIGIR 2002:"
        year = year or led
    # a test-of-time award goes to a paper of years before the year its page or section names
    aged = _TEST_OF_TIME.search(" ".join([title_line.text, *record.sections])) is not None
    won = [int(y) for y in _YEAR.findall(awarded_at.group(0))] if awarded_at else []
    dated_sections = [y for x in record.sections if (y := _section_year(x)) is not None]
    if aged and won and dated_sections and all(y < won[0] for y in dated_sections):
        aged = False  # "## 2012" / "Test-of-Time Award" / … / "(Awarded at: VIS 2022)"
    dated_section = False  # the year is a month heading's ("#### 2018-03"), no venue's
    for section in reversed(record.sections):
        if venue and year:
            break
        sv, sy = venue_year(section)
        if sv is None and venue is None:
            sv, sy = _unknown_venue(section)
        if venue is None and sv:
            venue, year = sv, year or (None if aged else sy)
            if year is None and not aged and doc[0] and doc[1]:
                year = doc[1]  # "## BlackboxNLP Workshop" on "Summary of EMNLP/CoNLL 2018"
        elif year is None and sv is None and not aged:
            year = _section_year(section)
            dated_section = year is not None and _READING_DATE.search(section) is not None
    later = [doc[1]] if doc[1] is not None else []  # the page's year, or its title's
    later += [int(y) for y in _YEAR_WORD.findall(lines[0].text if lines else "")]
    aged_year = next(
        (
            int(m.group(1))
            for x in reversed(record.sections)
            if (m := _AGED_YEAR.search(x))
            # (a later year, the award's, on the page or before it: not the award's own year)
            and (
                any(y > int(m.group(1)) for y in later)
                or any(int(y) > int(m.group(1)) for y in _YEAR_WORD.findall(x, 0, m.start()))
            )
        ),
        None,
    )  # ("ICML 2024 Test of Time Award": the award's year alone, not its papers')
    if aged and aged_year is None:
        # "NeurIPS 2023 時間考驗獎（2013 年論文）", "(papers from 2013)": the papers' own year
        aged_year = next(
            (int(m.group(1)) for x in reversed(record.sections) if (m := _PAPERS_YEAR.search(x))),
            None,
        )
    if aged_year is not None and own_year is None:
        year = aged_year  # "The 2020 winners of the 1995 Test-of-Time Award": papers of 1995
    if venue in PREPRINTS:  # "[arXiv]" on a line under "## ICLR 2024": where it was published
        venue, year = _published_over_preprint(
            record, title_line, page.label[record.start], venue, year
        )
    if venue == "OpenReview" and doc[0] and doc[0] not in PREPRINTS:
        venue, year = doc[0], doc[1] or year  # reviews of the page's conference, not a venue
    elif (
        venue in PREPRINTS
        and doc[0]
        and doc[0] not in PREPRINTS
        and (own_venue is None or venue_year(_without_link_labels(own, title_line))[0] is None)
    ):
        # an arXiv link, "Title (#1443) [[arXiv]](…)", under "ICML Outstanding Papers"
        venue, year = doc[0], doc[1] or year
    notice = _sentence_of(title_line.text, record.title.text)
    accepted, accepted_year = accepted_venue(notice)
    if accepted is not None and venue in (None, accepted):
        # the notice's venue and its year, not the news item's date
        venue, year = accepted, accepted_year or year
        if year is None and _THIS_YEAR.search(notice):
            year = _page_date_year(lines)  # "今年……被ACL录用" in a post dated "2013年8月3日"
    if venue is None:
        # "4 papers to appear at COLING 2024: <br> Title <br> Title": the opening line of the
        # cell or the source line that the titles' line breaks part
        announced, announced_year = _cell_announced(lines, record.start)
        if announced is not None:
            venue, year = announced, announced_year or year
    if venue is None or venue in PREPRINTS:  # "推荐：本文已被 CVPR 2021 会议接收。" below it
        notice_below = next(
            (ln.text for ln in body[1:12] if _THIS_PAPER_ACCEPTED.search(ln.text)), ""
        )
        accepted, accepted_year = accepted_venue(notice_below) if notice_below else (None, None)
        if accepted is not None:
            venue, year = accepted, accepted_year or year
    if venue is None or venue in PREPRINTS:  # "ACM MM2026接收。…", "ICASSP 2026发表。…" below it
        for line in body[1:40]:  # (a daily's comment closes the record, far below)
            opening = _VENUE_ACCEPTED_LEAD.match(line.text[:80])
            led_venue, led_year = venue_year(opening.group(1)) if opening else (None, None)
            if led_venue is not None and led_venue not in PREPRINTS:
                venue, year = led_venue, led_year or year
                break
    if venue is None or venue in PREPRINTS:  # "| Title | … | Accepted by WACV 2025 |"
        own_text = title_line.text.replace(record.title.text, " ")
        comments = _comments(body[1:_NOTE_LINES])
        # (or a note in the record's own lines: "- 说明：Accepted to 3DV 2024")
        notes = [ln.text for ln in body[1:_NOTE_LINES]]
        there = _accepted_said([own_text, *(cell.text for cell in cells), *comments, *notes])
        if there[0] is None:
            there = _comment_venue(comments)
        if there[0] is not None:
            venue, year = there[0], there[1] or year
    if (venue is None or venue in PREPRINTS) and title_line.kind == "heading":
        # "## Title" / names / "医用画像研究会,2017/01/18": the venue and its day on a line
        dated_venue = next(
            (m for ln in body[1:4] if (m := _DATED_VENUE_LINE.fullmatch(ln.text.strip()))),
            None,
        )
        if dated_venue is not None and not read_name_list(dated_venue.group(1))[0]:
            venue, year = dated_venue.group(1).strip(), int(dated_venue.group(2))
    if venue is None and "labelled_cell" in record.title.how:
        keyed = row_value(lines, record.start + 1, "venue")  # "| 会议 | ICML 2025 |"
        if keyed:
            venue, keyed_year = venue_year(keyed)
            year = year or keyed_year
    if venue is None and doc[0] and "cited" not in record.title.how:
        venue, year = doc[0], year or (None if aged else doc[1])
    if year is None and venue is not None and doc[0] and same_venue(venue, doc[0]) and not aged:
        year = doc[1]  # "This year's SIGIR best paper" on a page titled "SIGIR 2011 best papers"
    if venue is None and out.url:  # "icml.cc/virtual/2024/poster/34527"
        venue, hosted = conference_page(out.url)
        year = year or hosted
    if venue is None and out.arxiv_id:
        venue = "arXiv"
        match = re.match(r"(\d{2})\d{2}\.", out.arxiv_id)
        year = year or (2000 + int(match.group(1)) if match else None)
    preprint = re.match(r"(\d{2})\d{2}\.", out.arxiv_id or "")
    if dated_section and preprint and venue in (None, *PREPRINTS):
        year = 2000 + int(preprint.group(1))  # a reading log's month read it; the id says when
    if venue is not None and venue not in PREPRINTS and link_label(venue):
        venue = None  # "Title - [Open Review](…)": a link's label, no venue
    out.venue, out.year = venue, cited_year or dated_year or year
    sections = list(record.sections)
    caption = page.caption.get(title_line.row, "") if title_line.kind == "cell" else ""
    # (none where the title's own cell is in the topics' column: "Student presentation by A:
    # Title" under "Topics", the rows above it other sessions)
    holding = [cell for cell in cells if record.title.text in cell.text]
    topic = "" if any(_TOPIC_HEADER.match(c.header) for c in holding) else None
    for name in (caption, _row_topic(cells, lines, page.rows) if topic is None else topic):
        if name and name not in sections:
            sections.append(name)
    # a section a paper sits under names its topic, a year's or a month's ("2018 DL Papers",
    # "2018-03") too, besides dating it, and a venue's ("KDD 2022") where the paper appeared
    # there (not where its own venue says otherwise, nor a preprint server's feed)
    topics = [
        s for s in sections if _topic_section(s, out.venue, out.year) and not SESSION_FIELD.match(s)
    ]
    # the two nearest sections that name a subject, then the nearest that dates its papers:
    # "#### 2019" under "## Vision" / "### Detection" keeps all three
    subjects = [s for s in topics if _section_year(s) is None]
    dated = [s for s in topics if _section_year(s) is not None][-1:]
    kept = subjects[-2:] + dated if len(subjects) >= 2 and dated else topics[-2:]
    out.topics = [s for s in topics if s in kept]  # outermost first, as the page nests them
    if record.sections and lines and lines[0].kind == "heading" and lines[0].depth == 1:
        out.topics = [t for t in out.topics if t != lines[0].text.strip()] or out.topics
    tag = _TOPIC_TAG.match(title_line.text.strip())
    kind = KIND_TAGS.get(tag.group(1).strip().lower(), "") if tag else ""
    trailing = _TRAILING_KIND_TAG.search(title_line.text) if not kind else None
    if (
        trailing is not None
        and title_line.text.find(record.title.text) < trailing.start()
        and not any(sp.start <= trailing.start(1) < sp.end for sp in title_line.spans)
    ):  # "[Title](…) [Blogpost]" (not a link's label: "[[Website]](…)")
        kind = TRAILING_KINDS.get(trailing.group(1).lower(), "")
    if kind:
        out.kind = kind  # "[論文] Title" beside "[blog] Title": a kind, no topic
    elif (
        tag
        and venue_year(tag.group(1))[0] is None
        and not tag.group(1).strip().isdigit()
        and not _LANGUAGE_TAG.fullmatch(tag.group(1).strip())  # "[en] Title": in what language
    ):
        out.topics.insert(0, tag.group(1).strip())
    labels = title_line.span_texts("link")
    link_line = lines[record.start + 1] if record.start + 1 < record.end else None
    if (
        not labels
        and link_line is not None
        and link_line.kind == "line"
        and link_line.text.strip()
        in (
            " ".join(f"[{label}]" for label in link_line.span_texts("link")),
            " ".join(link_line.span_texts("link")),
        )
    ):
        labels = link_line.span_texts("link")  # "Title" / "  [blog post](…)": its own line of links
    out.kind = out.kind or _link_labels_kind(labels)
    award = _AWARD_TOPIC.match(title_line.text.lstrip()) if not out.topics else None
    if award is None and not out.topics and page.award_labels >= AWARD_LABELS:
        # "- Best error analysis: Title" among "- Best resource paper: Title": a category's
        award = _CATEGORY_LABEL.match(title_line.text.lstrip())
        if award is not None and record.title.text.startswith(award.group(1)):
            award = None  # "Best Arm Identification: Tighter Bounds …": the title's own words
    if award is not None:  # "Outstanding Paper Award 1: “Title”": the award is its topic
        out.topics.append(_AWARD_NUMBER.sub("", award.group(1)))
    # "Abstract | Tags: Full Paper | Links:", a data record's "topic: …" above: its own topics
    lead = [lines[i] for i in record.lead]
    # (a record of labelled fields, "标题：…" / "作者：…" / … / "方向：…", holds them further down)
    fielded = TITLE_LABEL.match(title_line.text.strip()) is not None
    tag_lines = lead + body[1 : FIELDED_REACH if fielded else TAGGED_REACH]
    if record.start >= 2 and lines[record.start - 2].kind == "heading":
        tag_lines = [lines[record.start - 1], *tag_lines]  # "### 01" / "分类：ACL Main" / "题目：…"
    for line in tag_lines:
        if title_line.kind == "item" and line.kind == "line" and line.depth == 0:
            break  # "Research area: Segmentation" after a list: the next section's label
        hashtags = _HASHTAG_LINE.fullmatch(line.text.strip())
        if hashtags is not None:  # "#Spiking Neural Network" under the title and its picker
            tags = [t.strip() for t in hashtags.group(0).split("#") if t.strip()]
            out.topics += [t for t in tags if t not in out.topics]
            break
        tags_field = _TAGS_FIELD.search(line.text[:400])
        if tags_field is not None:
            tags = [
                t.strip(" .\"'")  # ('topic: "Robust Learning"', a data record's quoted value)
                for part in re.split(r"[,;，、；]", tags_field.group(1))
                for t in (part.split() if _CATEGORY_CODES.fullmatch(part.strip()) else [part])
                if t.strip(" .")
            ]
            out.topics += [t for t in tags[:3] if t not in out.topics and len(t) <= 40]
            out.tagged = any(line is above for above in lead)
            break
    if out.authors and body:
        # "Trunk, Gerard V. "Title"": a middle initial's point, lost where a cut took it for a
        # sentence's end, as the line writes it
        out.authors = [_initials_as_written(name, body[0].text) for name in out.authors]
    return out


def _initials_as_written(name: str, text: str) -> str:
    """NAME with a point after each middle initial that TEXT writes with one ("Gerard V
    Trunk" for "Trunk, Gerard V."; "Ada Moss" unchanged), and after a first two-letter one
    ("Ch Martens" for "Martens, Ch.")."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if len(words[k]) == 1 and words[k].isupper():
            written = f"{words[k - 1]} {words[k]}."
            if written in text:
                words[k] += "."
    if len(words) >= 2 and words[0] in _TWO_LETTER_INITIALS:
        # "Martens, Ch. (2025)": a two-letter initial, its point read as the names' end
        inverted = f"{words[-1]}, {' '.join(words[:-1])}."
        if inverted in text:
            words[0] += "."
    return " ".join(words)


_TWO_LETTER_INITIALS = frozenset({"Ch", "Kh", "Zh", "Sh", "Th", "Ph"})


# "Tags: Late Breaking Work | Links:", "Keywords: robustness, vision", "Subjects: …",
# "arXiv所属领域：Cryptography and Security", "分类：NLP": a record's own topics
_TAGS_FIELD = lazy_re(
    r"(?:^|\|)\W{0,3}(?:tags?|topics?|keywords?|categor(?:y|ies)|subjects?|research\s+areas?|"
    r"(?:arxiv\s*|[A-Z]{2,8})?(?:所属)?(?:领域|分类|类别|方向|主题)|标签|关键词)\W{0,3}[:：]\s*([^|\n]{2,120})",
    re.IGNORECASE,
)
# "#Spiking Neural Network", "#NLP #Summarization": a line of the record's hashtags alone
_HASHTAG_LINE = lazy_re(r"(?:#[^\W\d_][^#\n]{0,40}?\s*){1,3}")
TAGGED_REACH = 5  # lines of a record, its title's included, that may hold its tags
FIELDED_REACH = 10  # ... when its title is a labelled field itself
_CATEGORY_CODES = lazy_re(r"[a-z\-]+\.[A-Za-z\-]+(?:\s+[a-z\-]+\.[A-Za-z\-]+)+")  # "cs.CL cs.AI"


_SURNAME = r"[A-Z][\w'’-]+"
_SURNAME_LIST = lazy_re(
    rf"^\s*{_SURNAME}(?:\s*,\s*{_SURNAME}){{2,}}(?:\s*,?\s*(?:and|&)\s*{_SURNAME})?\s*\.?\s*$"
)
# '“Title.” by': MLA closes the title's quotes after its point
_MLA_QUOTE_BY = lazy_re(r"[.,][\"”]\**\s*by\s")
_SURNAME_GIVEN_ET_AL = lazy_re(r"\bby\s+[\w'’\-]+,\s*[\w'’\-]+,?\s+et\.?\s*al\b")
# "Shazeer, 2019"; "Child+, 2019": the first author and "+" for the others, as Japanese
# writers cite
_SURNAME_COMMA_YEAR = lazy_re(rf"^({_SURNAME})\+?,\s*(?:19|20)\d\d[a-z]?$")
_SURNAME_YEAR = lazy_re(rf"^({_SURNAME})(?:,\s*|\s+)(?:19|20)\d\d[a-z]?$")  # "Rudin 2019"
_NICK_SURNAME_YEAR = lazy_re(
    rf"^[^()]{{1,40}}\(\s*((?:(?:de|van|von|der|le|la|di|da)\s+)?{_SURNAME}(?:\s{_SURNAME})?)"
    r"(?:\s+et\.?\s*al\.?)?,?\s+(?:19|20)\d\d[a-z]?\s*[,)]"
)
_SURNAMES_THEN_REMARK = lazy_re(
    rf"^({_SURNAME}(?:\s*,\s*{_SURNAME})*,?\s+(?:and|&)\s+{_SURNAME})(?=\s+\S|\s*$)"
)
_ONE_SURNAME = lazy_re(rf"^({_SURNAME})(?:\s+et\.?\s*al\.?)?\s*\((?:19|20)\d\d[a-z]?\)$")


# "Outstanding Paper Award 1: Title", "🏆 Honorable Mention : Title": an award's label
_AWARD_TOPIC = lazy_re(r"^[^\w\s]{0,3}\s*(" + AWARD_NAME + r")\s*[:：]", re.IGNORECASE)
_AWARD_NUMBER = lazy_re(r"\s+#?\d{1,2}$")
# "Best error analysis:", "Most reproducible:": an award's category named without "paper"
_CATEGORY_LABEL = lazy_re(r"^[^\w\s]{0,3}\s*((?:Best|Most)\s+[\w\-]+(?:\s+[\w\-]+){0,3})\s*[:：]")
AWARD_LABELS = 3  # lines a page opens with an award's label, at least, to read its categories
_THIS_YEAR = lazy_re(r"今年|本年度|this\s+year", re.IGNORECASE)
_DATE_YEAR = lazy_re(
    r"((?:19|20)\d\d)\s*(?:年|[-/.]\d{1,2}[-/.]\d{1,2})"
    r"|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2},?\s+)"
    r"((?:19|20)\d\d)\b"
)


def _event_date_year(lines: list[Line]) -> int | None:
    """The year of a workshop's or a conference's own page, the date it is held on alone on a
    line below its name ("# NeuroAI: … Workshop" / "Examining …" / "December 14th, 2024"): the
    year of the papers it accepted; None for any other page (a post's date is not its papers'
    year)."""
    for k, line in enumerate(lines[:EVENT_LINES]):
        dated = _EVENT_DATE.fullmatch(line.text.strip())
        if dated is not None:
            named = any(a.kind == "heading" and _EVENT_NAME.search(a.text) for a in lines[:k])
            return int(dated.group(1)) if named else None
    return None


EVENT_LINES = 8  # the page's first lines, where an event's own page names it and its date
_EVENT_NAME = lazy_re(r"\b(?:workshop|conference|symposium|summit|colloquium)\b", re.IGNORECASE)


def _page_date_year(lines: list[Line]) -> int | None:
    """The year of the first date in the page's first lines ("2013年8月3日", "2023-05-01")."""
    for line in lines[:3]:
        found = _DATE_YEAR.search(line.text)
        if found:
            return int(found.group(1) or found.group(2))
    return None


# "2018-03", "2023.05": a month of a year, as a reading log's headings date its entries
_MONTH_OF_YEAR = lazy_re(r"(?<!\d)(?:19|20)\d\d\s?[-./]\s?(?:0?[1-9]|1[0-2])(?!\d)")
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# that, or a day ("February 12, 2024", "12 Feb 2024"): a reading log's date, not its paper's
_READING_DATE = lazy_re(
    rf"{_MONTH_OF_YEAR.pattern}|\b{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_WORD},?\s+(?:19|20)\d\d\b"
)
# "December 14th, 2024", "14 December 2024", "July 10-11, 2025": a day (or days) of a year
_EVENT_DATE = lazy_re(
    rf"(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+{_MONTH_WORD}),?\s+((?:19|20)\d\d)"
)


# "title: Course Schedule" (a page's front matter), "- date: Feb 3": a data file's key and value
_DATA_KEY = lazy_re(
    r"^\W{0,2}(?:title|date|time|id|layout|permalink|slug|type|location|room|link|url|cite):\s"
)


# what a collapsible section's button says: "more", "Show more", "Click to expand", "展开"
_EXPANDER = lazy_re(
    r"(?:(?:show|see|view|read|click(?:\s+here)?(?:\s+to)?)\s+)?(?:more|all|expand|details?|"
    r"the\s+rest)(?:\s+(?:papers|items|entries))?(?:\s*(?:\.\.\.|…))?|"
    r"(?:点击)?(?:展开|更多|查看更多|显示更多)(?:内容|论文)?",
    re.IGNORECASE,
)


def expander(text: str) -> bool:
    """Whether TEXT is what a collapsible section's button says ("more", "展开")."""
    return _EXPANDER.fullmatch(text.strip()) is not None


def _topic_section(section: str, venue: str | None, year: int | None) -> bool:
    """Whether SECTION names a topic of a paper of VENUE and YEAR: any section but a venue's,
    and a venue's that is the paper's (its year too) and no preprint server's."""
    if _DATA_KEY.match(section):
        return False  # "title: Course Schedule", "date: Feb 3": a data file's field, no section
    if expander(section):
        return False  # "<details><summary> more </summary>": a button's word, no section
    from papercli.importers.digest.records import book_chapter

    if book_chapter(section):
        return False  # "Ch.13 The Structure of the Web [NCM]": a reading, not the papers' topic
    named, dated = venue_year(section)
    if named is None:
        return True
    return named == venue and named not in PREPRINTS and (dated is None or dated == year)


def _section_year(section: str) -> int | None:
    """The year a short section name gives its papers ("2019", "2019年论文", "Year 2019",
    "【2019】", "2019 Q3"): one year in a name of a few words; None for a span ("2019-2021")."""
    text = section.strip()
    if schedule_label(text):
        return None  # "Week 1‑1 (09/08/2025): …": when the group read it, not when it appeared
    if re.match(r"^\s*(\d{4})\b", text) and not _YEAR.match(text):
        return None  # "1024 papers": a count, not a year
    years = _YEAR.findall(text)
    if len(text) > 40 or len(years) != 1 or len(text.split()) > 5:
        return None
    return int(years[0])


def _published_over_preprint(
    record: Record,
    line: Line,
    label: tuple[str | None, int | None],
    venue: str | None,
    year: int | None,
) -> tuple[str | None, int | None]:
    """The venue that a heading over the paper or its label line is, and no more than that (a
    list under "## ICLR 2024" links each paper to arXiv), with its year, when the paper's lines
    name only a preprint server, and not in so many words ("arXiv:2307.08691, 2023" cites it
    as a preprint)."""
    if _ARXIV_CITED.search(line.text):
        return venue, year
    for name in reversed(record.sections):
        named, named_year = venue_year(name)
        if (
            named
            and named not in PREPRINTS
            and _VENUE_LABEL_REST.fullmatch(_LABEL_FILLER.sub(" ", name))
        ):
            return named, named_year or year
    named, named_year = label
    if named and named not in PREPRINTS and "cited" not in record.title.how:
        return named, named_year or year
    return venue, year


# "Chairs: A, B", "Moderator: A": who runs a session, no topic; "[% .papers %]": a template's
# tag (or a Liquid one, "{% include feature_row %}"); "Friday 9th July, 16:45 - 17:30": when
# the session meets
SESSION_FIELD = lazy_re(
    r"^\W{0,3}(?:(?:session\s+)?chairs?|moderators?|hosts?|organi[sz]ers?)\s*[:：]"
    r"|^\[%.{0,80}%\]$|^\{%.{0,120}%\}$"
    r"|^\W{0,3}(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^:\n]{0,40}\b\d{1,2}[:.]\d\d\b",
    re.IGNORECASE,
)
_ARXIV_CITED = lazy_re(r"\barxiv\s*(?:preprint\s*)?(?:arxiv)?\s*:\s*\d{4}\.\d{4,5}", re.IGNORECASE)
# what is left of a heading that is a venue label once the venue, year and filler words go:
# "ICLR 2024", "CVPR 2023 Papers", "NeurIPS 2022 (Oral)"
_LABEL_FILLER = lazy_re(
    r"[A-Za-z][A-Za-z\-]*'?\d{2,4}|\b(?:19|20)\d\d\b|\b(?:papers?|orals?|posters?|spotlights?|"
    r"accepted|main|track|conference|outstanding|best|awards?|honou?rable|mentions?|selected|"
    r"论文)\b|[\W_]+",
    re.IGNORECASE,
)
_VENUE_LABEL_REST = lazy_re(r"\s*(?:\S+\s*)?")


def _block_head(lines: list[Line], start: int) -> str | None:
    """The first line of the block (item, paragraph) whose later line START is."""
    head = block_start(lines, start, 5)
    return lines[head].text.strip() if head is not None else None


# "2016 Alexey Borisov": the year column and the first name of an entry written over its title
_YEAR_THEN_NAME = lazy_re(r"^((?:19|20)\d\d)\s+(\S.{2,60})$")
DATED_NAMES_ABOVE = 20  # lines, at most, from an entry's year to its title


def _dated_names_above(lines: list[Line], start: int) -> tuple[list[str], int | None]:
    """The names written one per line over the title at START, from a line that opens with
    the entry's year ("2016 Alexey Borisov" / "Ilya Markov" / "Title"), and that year."""
    names: list[str] = []
    for line in reversed(lines[max(0, start - DATED_NAMES_ABOVE) : start]):
        text = line.text.strip()
        if line.kind not in ("line", "item") or not 3 <= len(text) <= 70:
            return [], None  # a name, or a year and a name, is short
        dated = _YEAR_THEN_NAME.match(text)
        one = parse_names(dated.group(2) if dated else text)
        if len(one) != 1 or len(one[0].split()) > 4 or any(ch.isdigit() for ch in one[0]):
            return [], None
        names.insert(0, one[0])
        if dated:
            return names, int(dated.group(1))
    return [], None


_LINK_LABEL_END = lazy_re(r"(?<!\s)\s+(?:link|pdf|paper|doi|url)$", re.IGNORECASE)


def _cited_names_above(lines: list[Line], start: int) -> tuple[list[str], int | None]:
    """The names and year of a citation's line right over its quoted title, in the title's
    paragraph ("Devlin, J., Chang, M. W., & Toutanova, K. (2018)" / '"BERT: …"'): the title's
    own, though the line under the title's paragraph may hold the next entry's."""
    head = start - 1
    if head < 0 or lines[head].block != lines[start].block:
        return [], None  # ("Names. 1998." / "« Title »." inside a bibliography's one paragraph)
    dated = _CITED_NAMES_YEAR.match(lines[head].text.strip())
    if dated is None or "," not in dated.group(1):
        return [], None  # (a citation's names have commas: "5. Adam Optimizer (2014)" has none)
    written = dated.group(1).strip()
    names, share = read_name_list(written[:-1] if dated.group(3) else written)  # ("Haffner.")
    year = int(dated.group(2) or dated.group(3))
    return (names, year) if names and share >= 0.95 else ([], None)


# ("Lecun, Y., L. Bottou, Y. Bengio, et P. Haffner. 1998.": the year after a full stop, as the
# Chicago style writes it)
_CITED_NAMES_YEAR = lazy_re(
    r"^([^()\d]{3,600}?)(?:\(((?:19|20)\d\d)[a-z]?\)|(?<=\.) ((?:19|20)\d\d))\.?$"
)


def _under_cited_names(lines: list[Line], start: int) -> bool:
    """Whether line START goes on a list item whose first line ends as a citation's names do
    ("<li>A, B and C. <br>")."""
    head = block_start(lines, start, 4)
    return (
        head is not None
        and lines[head].kind == "item"
        and lines[head].text.rstrip().endswith((".", ","))
    )


def _names_above_in_block(lines: list[Line], start: int) -> list[str]:
    """The names that open the item or paragraph a title sits in on a later line ("[1] A.
    Vaswani, N. Shazeer," / "Ł. Kaiser." / '["Attention is all you need"](...)')."""
    from papercli.importers.digest.candidates import strip_number

    head = block_start(lines, start, 4)
    if head is None:
        return []
    text = strip_number(" ".join(line.text.strip() for line in lines[head:start]))[0]
    text = _LINK_LABEL_END.sub("", text)  # "A, B and C. [Link](…)": the link's label
    names, share = read_name_list(text)
    return names if share >= 0.85 else []


# '"Title" (authors: A, B, C) proposes ...', "**Title** (Dao et al., 2022) — 精读": the names
# in parentheses after a title
_VENUE_TAG = r"[A-Za-z][A-Za-z\-]{1,15}\s*'?\s*(?:\d{2}|(?:19|20)\d\d)"  # "KDD'08", "WWW 2017"
_PAREN_AUTHORS = lazy_re(
    r"^\W{0,3}[(（]\s*(?:(?:authors?|by|作者)\s*[:：]?\s*([^()（）]{2,400})|"
    r"([^()（）]{2,200}?(?:\bet\.?\s*al\.?|,\s*(?:19|20)\d\d[a-z]?)"
    # "(Y Hu et al., ICDM'08)", "(A Mnih, RR Salakhutdinov, NIPS'07)": names, then the venue
    rf"|[^()（）]{{2,200}}?(?=\s*,\s*{_VENUE_TAG}\s*[)）])))(?:\s*,\s*{_VENUE_TAG})?\s*[)）]",
    re.IGNORECASE,
)


def _a_surname(word: str) -> bool:
    """Whether WORD may be a surname: not a venue ("Nature"), not a nickname ("ResNet", "DDPM")."""
    rest = _SURNAME_PREFIX.sub("", word)  # "McMahan", "MacKay", "O'Neil": a capital inside
    return (
        venue_year(f"{word} 2000")[0] is None  # "Nature" is a venue when a year follows it
        and not country(word)  # "(China, 2020)": where the work was done
        and not word.isupper()
        and not any(c.isupper() for c in rest[1:])
    )


# "Turing (1950): ", "Gold (1967). ": one surname and its year before a title
_ONE_SURNAME_DATED = lazy_re(
    r"\W{0,3}([A-Z][a-z'’-]{1,30})\s\((?:19|20)\d\d[a-z]?\)\s?[:.,]?\s*[*_“\"]?"
)
# "情報処理学会 第205回研究会,2017/01/19", "ICPR 2016, 2016-12-07": a venue, then its day
_DATED_VENUE_LINE = lazy_re(
    r"([^\s,，].{1,150}?)\s*[,，]\s*((?:19|20)\d\d)[/.-]\d{1,2}[/.-]\d{1,2}"
)
_SURNAME_PREFIX = lazy_re(r"^(?:Mc|Mac|O['’]|D['’])(?=[A-Z][a-z])")


_SURNAME_ET_AL = lazy_re(  # ("B. Zhao et al. *IEEE Access.*", "Zhao BX et al. · *Nature*")
    rf"^[(（]?\s*((?:[A-Z]\.\s?){{0,3}}(?:(?:van|von|de|der|da|di|le|la)\s+)*{_SURNAME}"
    r"(?:\s[A-Z]{1,3})?)\s+et\.?\s*al\b"
)
_SURNAME_SEPARATOR = r"\s*(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)"


def _et_al_lead(text: str) -> list[str]:
    """The first author "Surname et al." names at the start of TEXT, or none."""
    lead = _SURNAME_ET_AL.match(text)
    if lead is None:
        return []
    surname = re.sub(r"\s[A-Z]{1,3}$", "", lead.group(1)).split()[-1]  # "Zhao BX": "Zhao"
    return [lead.group(1)] if _a_surname(surname) else []


_PARENS_SURNAMES = rf"{_SURNAME}(?:{_SURNAME_SEPARATOR}{_SURNAME}){{1,5}}"  # "Knox and Stone"
_PARENS_YEAR = r"\s*,?\s*(?:19|20)\d\d[a-z]?"  # " 2008", ", 2017a"
# "(Krizhevsky, Sutskever, Hinton)", "(Knox and Stone 2008)": surnames alone, a year perhaps
_SURNAMES_IN_PARENS = lazy_re(rf"^[(（]\s*({_PARENS_SURNAMES})(?:{_PARENS_YEAR})?\s*[)）]")
# "(Knox and Stone 2008)", "(Eske & Lorne, 2017)" at a title's end or right after it
_DATED_SURNAMES = lazy_re(rf"[(（]\s*({_PARENS_SURNAMES}){_PARENS_YEAR}\s*[)）]\s*(?:$|(?=[:：]))")


def _bracketed_surnames(found: re.Match[str] | None) -> list[str]:
    """The surnames a match of _SURNAMES_IN_PARENS or _DATED_SURNAMES holds, or none when one
    of them is no surname ("(Oral, Spotlight)")."""
    if found is None:
        return []
    names = re.split(_SURNAME_SEPARATOR, found.group(1))
    if all(_a_surname(name) and name.lower() not in _BADGE_WORDS for name in names):
        return names
    return []


_ENCLOSED_NAMES = lazy_re(
    r"^[(（]\s*([^()（）\d]{3,200}?(?:,|、|\band\b|&)[^()（）\d]{3,200}?)\s*[)）]"
)
_TWO_ET_AL = lazy_re(rf"^\s*({_SURNAME})\s*,\s*({_SURNAME})\s*,?\s*et\.?\s*al\.?\s*$")


def _surnames_not_inverted(
    authors: list[str], body: list[Line], lines: list[Line], page: _Page
) -> list[str]:
    """AUTHORS as two surnames when a body line is "Srivastava, Hinton, et al." on a page
    that names authors by surname only ("Rumelhart, Hinton, Williams"), not one inverted."""
    for line in body:
        match = _TWO_ET_AL.match(line.text)
        if match is None or authors != [f"{match.group(2)} {match.group(1)}"]:
            continue
        if page.surnames_only is None:
            page.surnames_only = any(
                len(ln.text) < 120 and _SURNAME_LIST.match(ln.text) for ln in lines[:5000]
            )
        if page.surnames_only:
            return [match.group(1), match.group(2)]
    return authors


_HEADER_LABEL = lazy_re(
    r"^\W{0,3}(?:(?P<author>authors?|作者)|(?P<venue>comments?|venue|published\s+in|journal|"
    r"publisher|publication|"
    r"conf|conference|(?:会议|期刊)(?:\s*/\s*(?:会议|期刊))?|发表(?:于|刊物|期刊|会议)?|刊物|来源|出处))"
    r"\s*[:：]\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)


def _header_labels(lines: list[Line], start: int) -> dict[str, str]:
    """The labelled lines ("author: ...", "comment: Accepted at ...") that open the block of
    the title line at START, right above it: a one-paper post's header names its paper last."""
    found: dict[str, str] = {}
    i = start
    while i > 0 and not lines[i].first and start - i < 6:
        i -= 1
        match = _HEADER_LABEL.match(lines[i].text.strip())
        if match is None and _OTHER_FIELD.match(lines[i].text) and lines[i].kind == "line":
            continue  # "Recipients: A, B" / "Venue: ICSA 2023" / "Awarded for the Paper: …"
        if match is None or lines[i].kind != lines[start].kind:
            return {}
        kind = "author" if match.group("author") else "venue"
        found.setdefault(kind, match.group("value"))
    return found


# "(IEEE SCAM 2021)", "(ICT4S 2018)": a meeting's short name and year after its full name
_NAMED_MEETING = lazy_re(
    r"[(（]\s*(?:IEEE\s+|ACM\s+)?([A-Z][A-Za-z0-9\-]{1,15})\s*['’]?((?:19|20)\d\d)\s*[)）]"
)
_OTHER_FIELD = lazy_re(r"^\W{0,3}[^\W\d_][\w ]{1,25}[:：]\s*\S")  # another field of the header


# "Accepted Poster at WiSec 2025", "accepted to the Findings of ACL": the meeting named after
_ACCEPTED_AT = lazy_re(
    # ("detailAccepted by": a label's text run into it)
    # ("- Accepted to: CVPR 2021": a field of its own)
    r"(?:\b|(?<=[a-z])(?=A))(?i:accepted|to\s+appear)\b.{0,40}?\b(?i:at|to|by|in|for)"
    r"(?:\s*[:：]\s*|\s+)(?:the\s+)?"
    r"([A-Z\d][\w\-]{1,20}(?:\s+[A-Z][\w\-]{1,20}){0,3})\s*['’]?\s*((?:19|20)\d\d)?"
)


def _labelled_below(body: list[Line]) -> tuple[str | None, int | None]:
    """The venue a field line under the title names ("Venue: ICML 2024", "Comments: Accepted
    Poster at WiSec 2025", "会议/期刊: NeurIPS 2025 (CCF-A)")."""
    return labelled_venue(body[1:8])


LABELLED_REACH = 80  # lines: a venue field further down a page is about something else


# "Remote Sens, 2021", "IET Image Processing 2021": a journal's name as written, then its year
_FIELD_VENUE_YEAR = lazy_re(r"^([A-Z][A-Za-z&.\- ]{1,80}?)[,.]?\s+((?:19|20)\d\d)\.?$")
# "December 2019", "Under Review 2023", "Spring 2020": when or how, never where
_NO_JOURNAL = lazy_re(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|autumn|winter|"
    r"under|submitted|preprint|online|tbd|"
    r"medium|in\b|to\b|accepted|forthcoming|arxiv)",
    re.IGNORECASE,
)


def published_venue(lines: list[Line]) -> tuple[str | None, int | None]:
    """The venue and year a one-paper post says its paper appeared at, anywhere on the page
    ("基于该项工作整理的论文已发表在NeurIPS 2022"), or None for each."""
    for line in lines:
        said = _OWN_PAPER_PUBLISHED.search(line.text[:3000])
        venue, year = venue_year(said.group(1)) if said else (None, None)
        if venue is not None and venue not in PREPRINTS:
            return venue, year
    return None, None


def labelled_venue(lines: list[Line]) -> tuple[str | None, int | None]:
    """The venue the first venue field line of LINES names ("会议:KDD '19: Proceedings of …"):
    a one-paper post may give it far below the title."""
    for line in lines[:LABELLED_REACH]:
        match = _HEADER_LABEL.match(line.text.strip())
        if match is None or not match.group("venue"):
            continue
        value = match.group("value")
        if _NOT_YET.search(value):
            continue  # "Comments: Submitted to ACL 2025": not where it appeared
        if _only_linked(line, value):
            continue  # "venue: [toc] [meta] [pdf]": the links of its pages, no name
        venue, year = venue_year(value)
        written = _FIELD_VENUE_YEAR.match(value) if venue is None else None
        if (
            written is not None
            and not match.group("venue").lower().startswith("comment")
            and _NO_JOURNAL.match(written.group(1)) is None
        ):  # "发表刊物: Remote Sens, 2021": a name and a year, the journal as written
            return written.group(1).strip(), int(written.group(2))
        if venue is None and _JOURNAL_LABEL.fullmatch(match.group("venue")):
            named = _journal_as_written(value)
            if named is not None:  # "期刊：西南大学学报(自然科学版)": one no list knows
                return named[0], named[1] or year
        if venue is None:
            accepted = _ACCEPTED_AT.search(value)
            if accepted is None or _NOT_A_VENUE.search(accepted.group(1)):
                continue
            venue = accepted.group(1)
            year = int(accepted.group(2)) if accepted.group(2) else year
        return venue, year
    return None, None


def _only_linked(line: Line, value: str) -> bool:
    """Whether VALUE, a field of LINE, holds nothing but the texts of LINE's links."""
    rest = value
    for span in line.spans:
        if span.kind == "link":
            rest = rest.replace(line.text[span.start : span.end], " ", 1)
    return not any(ch.isalpha() for ch in rest)


# a field's label that names a journal or a meeting, not a remark ("Comments:")
_JOURNAL_LABEL = lazy_re(
    r"journal|conference|venue|期刊|会议|刊物|发表(?:于|刊物|期刊|会议)?", re.I
)


def _journal_as_written(value: str) -> tuple[str, int | None] | None:
    """VALUE as a journal's or a meeting's name written out and the year glued to it, or None
    when it reads as something else (a sentence, a status, a link, a date)."""
    value = value.strip(" .;,，。")
    if not 2 <= len(value) <= 60 or _NO_JOURNAL.match(value) or _SENTENCE_END.search(value):
        return None
    if re.search(r"https?://|www\.|@", value) or not re.search(r"[^\W\d_]", value):
        return None
    glued = _GLUED_YEAR_END.search(value)  # "中国计算机学会 CCCF2020"
    if glued is not None:
        return value[: glued.start()].strip(), int(glued.group(1))
    return value, None


def _title_link(line: Line, title: str) -> str | None:
    """The web address the title itself links to, when no landing page was found: a title
    linked to its repository or project site names the paper by that address."""
    where = line.text.find(title)
    if where < 0:
        return None
    for span in line.spans:
        if span.kind == "link" and span.start <= where and where + len(title) <= span.end:
            url = span.url.strip()
            if re.match(r"https?://", url, re.IGNORECASE) and not _IMAGE.search(url):
                return url
    return None


_ASIDE_RANK = 9  # a video's or slides' link, last of a record's links to its paper
# link labels of what goes with a paper but is not it
_ASIDE_LABEL = lazy_re(
    r"(?:video|talk|slides?|poster|demo|blog(?: post)?|视频|讲解)", re.IGNORECASE
)


def _media_cell_only(row: list[Line], url: str) -> bool:
    """Whether URL is linked in ROW only from a cell of its own under a recording's or slides'
    header ("| Video |")."""
    cells = [line for line in row if line.kind == "cell" and url in line.urls]
    return bool(cells) and all(_MEDIA_HEADER.fullmatch(c.header.strip(" *_")) for c in cells)


_MEDIA_HEADER = lazy_re(
    r"videos?|recordings?|slides?|talks?|youtube|영상|발표\s*영상|動画|视频|录像", re.IGNORECASE
)


def _hint(line: Line, url: str) -> str:
    """What the line's link texts for URL call it: "code", "pdf", "aside" (a video, slides),
    "link", or ""; a label wins over a title linked to the same address ("[Title](site) |
    [github](site)")."""
    found = ""
    for span in line.spans:
        if span.kind == "link" and span.url == url:
            text = line.text[span.start : span.end].lower()
            if len(text) > 30:
                found = found or "link"  # a title as link text ("... Latent Codes ...")
            elif "code" in text or "github" in text or "代码" in text:
                return "code"
            elif "pdf" in text:
                found = "pdf"
            elif _ASIDE_LABEL.fullmatch(text.strip(" []()")):
                found = found or "aside"  # "[video](youtu.be/…)": a talk on the paper, not it
            else:
                found = found or "link"
    return found


# What stands between an author-first citation's names and its title: the year, quotes.
# (each alternative starts only where its run of separators starts: linear on ", , , ...")
_CITED_YEAR = lazy_re(
    r"(?<![\s.,(])[\s.,(]*(?:19|20)\d\d[a-z]?\)?[\s.,:]*$|(?<![\s\"“”'‘’.,:])[\s\"“”'‘’.,:]+$"
)
_LIST_MARK = lazy_re(r"^\s*(?:[-*+•\u2580-\u25ff]\s*)?(?:\[?\d{1,4}[.)\]])?\s*")


_INITIALLED_ONE = lazy_re(r"(?:[A-Z]\.[\s-]?){1,3}[A-Z][a-z][\w'’\-]+")


# "Klein & Manning: “Title”", "Och “Title”", "McDonald et al. “Title”": who wrote the quoted
# title, by surname alone, right before it
_SURNAMES_BEFORE_QUOTE = lazy_re(
    rf"\W{{0,3}}({_SURNAME}(?:(?:\s?,\s?(?:and\s|&\s?)?|\s{{1,2}}(?:and|&)\s{{1,2}}|\s?&\s?){_SURNAME}){{0,3}})"
    r"(?:,?\s+et\.?\s?al\.?)?"
)
# a method's name and a dash before the names of a quoted title's authors
_NICKNAME_DASH = lazy_re(r"\W{0,3}[\w.+\-]+(?:\s[\w.+\-]+)?\s+[—–-]\s+(?=[A-Z])")
SURNAMES_BEFORE = 120  # characters, at most, of text before a quoted title read as its names


def _surnames_before_quote(before: str, record: Record) -> list[str]:
    """The surnames right before a quoted title, the whole of the text before it; one surname
    before a colon is a label ("Background: “Title”"), not an author."""
    if "quoted" not in record.title.how or len(before) > SURNAMES_BEFORE:
        return []
    bare = before.strip().rstrip('“"').rstrip()
    opened = max(bare.rfind("("), bare.rfind("（"))
    if opened >= 0 and ")" not in bare[opened:] and "）" not in bare[opened:]:
        # "string kernels (Lodhi, et al. “Title.” JMLR 2002)": a topic, then the citation
        bare = bare[opened + 1 :].rstrip(".").rstrip()
    nicknamed = _NICKNAME_DASH.match(bare)
    if nicknamed is not None:
        bare = bare[nicknamed.end() :]  # "Paraformer — Gao et al., “Title”": the nickname out
    labelled = bare.endswith((":", "："))
    found = _SURNAMES_BEFORE_QUOTE.fullmatch(bare.rstrip(":：,，").rstrip())
    if found is None:
        return []
    names = re.split(_SURNAME_SEPARATOR, found.group(1))
    if labelled and len(names) == 1 and "et" not in bare[found.end(1) :]:
        return []
    if all(_a_surname(name) and not common_word(name) for name in names):
        return names
    return []


# "(Zhang et al., 2024) ", "[^8]: (Paek and Horvitz, 2000) ": names and a year in brackets
# before a title, a footnote's mark perhaps before them
_PARENS_CITED = lazy_re(
    r"^\s*(?:\[\^[\w-]{1,30}\]:\s*)?\(([^()\n]{2,200}?),?\s*((?:19|20)\d\d)[a-z]?\)\s*$"
)


def cited_names(before: str) -> list[str]:
    """The authors of an author-first citation, read from the text BEFORE its title
    ("A. Smith, B. Jones, and C. Lee. 2002. Title. In *Venue*."); [] when that text is
    anything else (a venue tag, a nickname, a number)."""
    bare = _LIST_MARK.sub("", before)
    if SCHEDULE_FIELD.match(bare):
        return []  # "Presenters: A, B. “Title”": who presents it, not who wrote it
    bracketed = _PARENS_CITED.match(bare) if bare.rstrip().endswith(")") else None
    if bracketed is not None:  # "[^7]: (Zhang et al., 2024) [Title](…)": a footnote's cite
        bare = f"{bracketed.group(1)}, {bracketed.group(2)} "
    # (twice: 'Kenneth Benoit. 2020. “': the quote's opening, then the year before it)
    text = _CITED_YEAR.sub("", _CITED_YEAR.sub("", bare).rstrip()).strip()
    if _LAST_INITIALS.search(text) and bare[len(text) :].startswith("."):
        text += "."  # "Skiena, S. (2014).": the last initial keeps its period
    dated = bool(re.search(r"(?:19|20)\d\d", bare[len(text) :]))
    if not text or len(text) > 600:
        return []
    if (
        not dated
        and not re.search(r"[,，、]|\band\b|&|\bet al", text)
        and not _INITIALLED_ONE.fullmatch(text.strip(" ,."))
    ):
        return []  # a lone name before a title is as often a nickname or a tag: not one dated
    # (but "K. Thompson, “Title,”": initials before a surname make a person)
    names, share = read_name_list(text)
    if share < 0.8:
        return _after_nickname(text)
    return _inverted_first(text, names)


def _after_nickname(text: str) -> list[str]:
    """The names of an MLA citation that a nickname of a few words opens ("Bayesian
    Optimization Smith, Ann, and Bo Li"): read once the nickname is dropped, and only when
    what is left starts "Surname, Given," (the first author inverted)."""
    words = text.split(" ", 4)
    for drop in range(1, min(4, len(words))):
        rest = " ".join(words[drop:])
        names, share = read_name_list(rest)
        if share >= 0.8 and len(names) >= 2:
            ordered = _inverted_first(rest, names)
            if ordered != names:
                return ordered
    return []


_GIVEN = lazy_re(r"[A-Z][a-z\-]{2,}(?:\s+[A-Z]{1,2}\.)*")
_PARTICLE = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "le", "la", "dos", "al"}
)


def _inverted_first(text: str, names: list[str]) -> list[str]:
    """NAMES with an MLA first author ("Surname, Given, B. Other, et al.") put in order, and
    a label written before it dropped ("LightGBM Ke, Guolin, et al." → "Guolin Ke")."""
    if len(names) < 2 or not _GIVEN.fullmatch(names[1]):
        return names
    if not text.startswith(f"{names[0]}, {names[1]}"):
        return names
    if len(names) > 2 and len(names[2].split()) < 2:
        return names  # "Smith, Jones, Brown": surnames only
    words = names[0].split()
    keep = 1
    while keep < len(words) and words[-keep - 1].lower() in _PARTICLE:
        keep += 1
    return [f"{names[1]} {' '.join(words[-keep:])}", *names[2:]]


_PROCEEDINGS = lazy_re(r"^(?:in\s+)?(?:(?:the\s+)?proceedings\s+of\s+(?:the\s+)?)?", re.I)
_VENUE_END = lazy_re(r"\.\s|[,;(\[]|\s(?:vol\.|no\.|pp\.)|\s\d")
_EDITORS = lazy_re(r"^[^.,;]{2,120}?,\s*eds?\.\s*", re.I)


# "20, 121–136", "9(11):2579-2605": a journal's volume and pages after its name
_VOLUME_PAGES = lazy_re(r"[\s,]*\d{1,4}(?:\s*\(\d{1,4}\))?\s*[,:]\s*\d{1,6}\s*[–-]\s*\d{1,6}\b")


def cited_venue(line: Line, title: str, names: bool = False) -> tuple[str | None, int | None]:
    """The venue of a citation that sets it in italics right after the title ("Title. In
    *Proceedings of NAACL 2003*.", "Title. *Computational Linguistics*."): a known venue by
    its short name, another as written; right after authors (NAMES: "Zhao BX et al. ·
    *Nature Medicine* · 2026-07-01") any capitalised name is the outlet."""
    where = line.text.find(title)
    if where < 0:
        return None, None
    end = where + len(title)
    italic = next((sp for sp in line.spans if sp.kind == "italic" and sp.start >= end), None)
    if italic is None or not re.fullmatch(
        r"[\s\"“”'’.,:)\]·•|]*(?:in\s+)?", line.text[end : italic.start], re.I
    ):
        return None, None
    text = line.text[italic.start : italic.end].strip()
    if not 2 <= len(text) <= 200:
        return None, None
    short = _SHORT_NAME_AFTER.match(line.text, italic.end)
    if short is not None and sum(ch.isupper() for ch in short.group(1)) >= 2:
        # "In *Proceedings of the … Conference on Automated Software Engineering* (ASE)"
        return short.group(1), int(short.group(2)) if short.group(2) else venue_year(text)[1]
    venue, year = venue_year(text)
    if venue:
        return _PROCEEDINGS.sub("", venue) or venue, year
    paged = _VOLUME_PAGES.match(line.text, italic.end) is not None
    if paged and re.match(r"[^\W\d_]", text) and len(text.split()) <= 12:
        return text.strip(" .,:;"), None  # "_Biol. Cybernetics_ 20, 121–136": a journal
    name = _PROCEEDINGS.sub("", text)
    cut = _VENUE_END.search(name)
    name = (name[: cut.start()] if cut else name).strip(" .,:;")
    if not re.match(r"[^\W\d_]", name) or len(name.split()) > 12:
        return None, None
    if not venue_like(text) and not (names and name[0].isupper() and len(name.split()) <= 8):
        return None, None
    return name, venue_year(text)[1]


_SHORT_NAME_AFTER = lazy_re(
    r"\s*[(（]([A-Z][A-Za-z]{1,11}(?:[-/][A-Za-z]{1,8})?)(?:\s*['’]?((?:19|20)\d\d))?[)）]"
)
_BADGE_WORDS = frozenset(
    re.split(
        r"\s+",
        "paper papers pdf code project page website github link blog video slides demo dataset "
        "data bibtex new hot survey oral spotlight poster best award talk news note notes",
    )
)


def badge_venue(line: Line, title: str) -> str | None:
    """The venue of a code-span badge that opens an entry before its title ("`Journal of
    Examples (JEX)` Title", as publication lists on homepages write them), as written."""
    where = line.text.find(title)
    badge = next((sp for sp in line.spans if sp.kind == "code"), None)
    if where <= 0 or badge is None or badge.end > where or line.text[: badge.start].strip():
        return None
    text = line.text[badge.start : badge.end].strip()
    name = re.sub(r"\s*\([^()]*\)\s*$", "", _YEAR.sub(" ", text)).strip(" -_,:;'")
    words = name.split()
    if not 1 <= len(words) <= 6 or not re.match(r"[^\W\d_]", name):
        return None
    if {w.lower() for w in words} & _BADGE_WORDS:
        return None
    if not (venue_year(text)[0] or venue_like(text)):
        return None  # a topic tag (`Vision`, `NLP`), not where the paper appeared
    return name


# ", Knowledge and Data Engineering, IEEE Transactions on, 17(6), 734-749": right after a
# title, a journal's name and its volume and issue
_JOURNAL_THEN_VOLUME = lazy_re(
    r"\s*,\s*([A-Z][^()\d\n]{2,120}?(?:\s*\([A-Z]{2,10}\))?)\s*,\s*\d{1,4}\s*\(\d{1,4}\)"
)


# "Artificial Intelligence 173 (5–6), April 2009, Pages 748–788": a journal's name, its
# volume and issue, then its year, on a line of its own under the title and names
_JOURNAL_ISSUE_LINE = lazy_re(
    r"^([A-Z][A-Za-z&:\- ]{2,80}?)\s+\d{1,4}\s*\(\d{1,4}(?:\s*[–-]\s*\d{1,4})?\)\s*[,:]"
    r"[^\n]{0,40}?(?<!\d)(?:19|20)\d\d(?!\d)"
)


def _journal_volume_line(below: list[Line]) -> str | None:
    """The journal a line under the title names before its volume and issue, as written
    ("Artificial Intelligence 240:36-64 (2016)", "Neural Computation 2011. [[Paper](…)]"), or
    the venue a line's one link names with its year ("[VIS 2024](…)")."""
    from papercli.importers.digest.candidates import title_case

    for line in below:
        text = line.text.strip()
        found = _JOURNAL_ISSUE_LINE.match(text) or _JOURNAL_PAGES_LINE.match(text)
        if found is not None and title_case(found.group(1)):
            return found.group(1).strip()
        dated = _JOURNAL_YEAR_LINE.match(text)
        if dated is not None and _worded_name(dated.group(1)):
            return dated.group(1).strip()
        # (or alone, no link: "IJAC 2015" under the title and its address)
        linked = _VENUE_LINK_LINE.fullmatch(text) if len(line.urls) <= 1 else None
        if linked is not None and sum(ch.isupper() for ch in linked.group(1)) >= 2:
            return linked.group(1)  # an acronym's ("VIS", "NeurIPS"), not "[Slides 2024](…)"
    return None


# "Artificial Intelligence 240:36-64 (2016)", "Nature 521, 436–444 (2015)": volume and pages
_JOURNAL_PAGES_LINE = lazy_re(
    r"^([A-Z][A-Za-z&\- ]{2,80}?)\s+\d{1,4}\s*[:,]\s*\d{1,6}(?:\s*[–-]\s*\d{1,6})?\s*"
    r"[(（]?(?:19|20)\d\d[)）]?\W{0,3}$"
)
# "Neural Computation 2011. [[Paper](…)] \\": a journal's name and year, then links only
_JOURNAL_YEAR_LINE = lazy_re(
    r"^([A-Z][A-Za-z&\- ]{2,60}?)\s+(?:19|20)\d\d\s*[.,]?\s*(?:\[.*\])?\W{0,3}$"
)
# "[VIS 2024](…)" alone on a line under the title and its authors
_VENUE_LINK_LINE = lazy_re(r"\[?([A-Z][A-Za-z]{1,12})\s(?:19|20)\d\d\]?(?:\(\S*\))?\W{0,2}")


def _worded_name(text: str) -> bool:
    """Whether TEXT names a journal in words ("Neural Computation", "Nature"), not people or
    a sentence: its words capitalised, half of them or more common English words."""
    from papercli.importers.names import common_word

    words = text.split()
    if not words or len(words) > 8:
        return False
    if any(not w[:1].isupper() and w not in _TITLE_CONNECTORS for w in words):
        return False  # "What are your favorite research papers of 2019?": a sentence
    return 2 * sum(map(common_word, words)) >= len(words)


_TITLE_CONNECTORS = frozenset({"of", "and", "the", "for", "in", "on", "&", "de", "and/or"})


def _italic_after_in(line: Line, title: str) -> str | None:
    """The journal a citation sets in italics after "In" right behind its title ("[Title](…).
    In *Cognitive Computation*, Volume 14"), as written."""
    where = line.text.find(title)
    if where < 0:
        return None
    end = where + len(title)
    for span in line.spans:
        if span.kind != "italic" or span.start < end:
            continue
        if not _IN_AFTER_TITLE.fullmatch(line.text, end, span.start):
            return None  # (the first italics after the title, or none)
        name = line.text[span.start : span.end].strip(" .,")
        # ("In *A. Moss and B. Wren, eds.*": the editors of a book it is in, no venue)
        if 1 <= len(name.split()) <= 12 and name[:1].isupper() and not _EDITED.search(name):
            return name
        return None
    return None


_EDITED = lazy_re(r",|\band\b|\bet\s+al\b|\beds?\.")
_IN_AFTER_TITLE = lazy_re(r"[\s.,)\]]{0,4}(?:In|in)\s{1,3}")


def _journal_before_volume(line: Line, title: str) -> str | None:
    """The journal of an APA reference that sets commas about it ("Title, Journal Name,
    23(1), 103-145"), as written, when it is in title case."""
    from papercli.importers.digest.candidates import title_case

    where = line.text.find(title)
    found = _JOURNAL_THEN_VOLUME.match(line.text, where + len(title)) if where >= 0 else None
    if found is None:
        return None
    name = found.group(1).strip()
    if len(name.split()) > 12 or not title_case(name.replace(",", " ")):
        return None
    if any(len(part.split()) >= 3 for part in re.split(r"\.\s", name)[:-1]):
        return None  # "… Sub Totals.. Data Min. Knowl.": a title's end before the journal
    return name


def _citation_venue(record: Record, line: Line) -> str | None:
    """The venue of an author-first citation written after its quoted title, as written
    ('A. Smith. "Title." Handbook of Examples. Publisher, 2012.' → "Handbook of Examples")."""
    if "quoted" not in record.title.how:
        return None
    where = line.text.find(record.title.text)
    if where <= 0:
        return None
    # (a citation set in CJK prose: "… 실린 LeCun, Yann, … Hinton. "Deep learning." Nature …이다")
    if not cited_names(CJK_SCRIPT.split(line.text[:where])[-1]):
        return None
    after = line.text[where + len(record.title.text) :]  # (a bracketed title's rest is before)
    after = CJK_SCRIPT.split(after, 1)[0]
    after = _WEB_ADDRESS.sub(" ", after)  # '"Title." https://aclanthology.org/…': no venue
    # '“Title.” In Robert Franzese and Luigi Curini, eds. SAGE Handbook of …': the editors go
    name = _EDITORS.sub("", _PROCEEDINGS.sub("", after.strip(" \"“”'‘’.,]")), count=1)
    cut = _VENUE_END.search(name)
    name = (name[: cut.start()] if cut else name).strip(" .,:;")
    if not re.match(r"[^\W\d_]", name) or not 1 <= len(name.split()) <= 12:
        return None
    if _AWARD_WORDS.search(name):
        return None  # '“Title,” winner of the Best Paper Award': what it won, not where
    return name


_AWARD_WORDS = lazy_re(
    r"\b(?:winner|awards?|awarded|prizes?|honou?rable\s+mention|runner[\s-]up)\b", re.I
)
_VENUE_AFTER_QUOTE = lazy_re(r"^[\"”]?\s*,\s*([A-Z][\w&.\- ]{1,40}?)\s*,\s*(?:19|20)\d\d\b")


def _written_after_quote(record: Record, line: Line) -> str | None:
    """The venue written between a quoted title and its year ('"Title", ACMMM, 2021'), one
    we may not know."""
    if "quoted" not in record.title.how:
        return None
    where = line.text.find(record.title.text)
    if where < 0:
        return None
    match = _VENUE_AFTER_QUOTE.match(line.text[where + len(record.title.text) :])
    if match is None:
        return None
    name = match.group(1).strip()
    # an acronym-like name ("ACMMM", "IEEE TPAMI"), not names, a lab or a date
    words = name.split()
    if len(words) > 3 or not all(sum(ch.isupper() for ch in word) >= 2 for word in words):
        return None
    return name


def _url_path(url: str) -> str:
    """URL's path, or "" when it does not parse ("https://github：.com/x", "http://[x")."""
    try:
        return urlparse(url).path
    except ValueError:
        return ""


# "CVPR 2022. ", "arXiv 2022/4/30. ": where and when, a sentence of its own before the names
_VENUE_SENTENCE = lazy_re(r"^([^.\n]{2,60}?(?:19|20)\d\d(?:[/.-]\d{1,2}){0,2})\.\s+(?=[A-Z])")
_YEAR_THEN_NAMES = lazy_re(r"^(?:19|20)\d\d\s*年?\s*[,，;；]\s*(.+?)\s*(?:等人?)?$")


def _nickname_like(text: str) -> bool:
    """Whether TEXT is a method's short name ("Dueling DQN", "GPT-2"), not people: a few words,
    some but not all of them in capitals."""
    words = text.split()
    caps = [w for w in words if re.fullmatch(r"[A-Z][A-Z0-9\-]+", w.strip(",."))]
    return (0 < len(words) <= 3 and 0 < len(caps) < len(words)) or (len(words) == 1 and bool(caps))


RESTATED_WORDS = 4  # a title's opening words, found again in a citation below it
_AUTHOR_HEADER = lazy_re(r"author|作者|著者|저자|研究者|researchers", re.IGNORECASE)
_CELL_BAR = lazy_re(r"\s*\\?[|｜]\s*")
_AUTHOR_HEAD = lazy_re(r"[A-Z][a-z'’-]{1,20}(?:\s[A-Z][a-z'’-]{1,20}){0,2}")


_SOURCE_DASH = lazy_re(r"\s[-–]\s")  # a scholar search's "Names - Venue, Year - site"
_CJK_TAG = lazy_re(r"[(（][\u3400-\u9fff\s/、]{1,12}[)）]")


# the next quoted title in a line of prose: its own names follow it, not this title's
_NEXT_QUOTE = lazy_re(r"[“《「]|(?<!\w)\"(?=[A-Z])")
# '“Title,” written by A, B and C, of …': the names a quoted title is said to be written by
_QUOTE_WRITTEN_BY = lazy_re(r"^\W{0,3}(?:(?:co-?)?authored\s+|written\s+)?by\s", re.IGNORECASE)


def names_after_quote(rest: str) -> list[str]:
    """The names a quoted title is "by", "written by" or "authored by" in prose ('“Title,”
    written by A, B and C, of …'), read no further than the next quoted title."""
    rest = _NEXT_QUOTE.split(rest, 1)[0]
    if not _QUOTE_WRITTEN_BY.match(rest):
        return []
    return _names_after_by(rest) or parse_names(rest)


SPACED_NAMES_WORDS = 4  # words of one "name", at least, for an author cell to be split
SPACED_NAMES_MAX = 3  # names in such a cell, at most, paired up
_NAME_MARKS = lazy_re(r"[,;&、，；|]|\band\b")  # what parts names when a cell parts them
_GIVEN_OR_SURNAME = lazy_re(r"[A-Z\u00c0-\u024f][\w'’\-]*[a-z\u00df-\u024f][\w'’\-]*")
_INITIAL_WORD = lazy_re(r"[A-Z]\.?")


def _space_parted_names(text: str) -> list[str] | None:
    """An author cell's names parted by spaces only ("Weronika Łajewska Krisztian Balog",
    "Weize Kong Jeffrey M. Dudek Cheng Li"), each a given name, initials, a surname; None
    when its words do not pair so."""
    words = text.split()
    plain = [w for w in words if not _INITIAL_WORD.fullmatch(w)]
    # (an odd count, a particle, or many names: some name has three words, and where it
    # ends cannot be told, "Dario Di Palma Felice Antonio Merra")
    if (
        len(plain) % 2
        or len(plain) > 2 * SPACED_NAMES_MAX
        or any(w.lower() in _PARTICLE for w in plain)
    ):
        return None
    names: list[str] = []
    k = 0
    while k < len(words):
        if not _GIVEN_OR_SURNAME.fullmatch(words[k]):
            return None
        name = [words[k]]
        k += 1
        while k < len(words) and _INITIAL_WORD.fullmatch(words[k]):
            name.append(words[k])
            k += 1
        if k >= len(words) or not _GIVEN_OR_SURNAME.fullmatch(words[k]):
            return None
        names.append(" ".join([*name, words[k]]))
        k += 1
    return names if len(names) >= 2 else None


# "[Karen Simonyan, Andrew Zisserman]" right after a title: its authors in square brackets
_BRACKETED_NAMES = lazy_re(r"^\[([^\[\]]{3,400})\]")
# "[Child+, 2019]", "[Roy et al., 2020]": a first author's citation in square brackets
# ("Hahn, 2019": the surname and the year alone)
_FIRST_AUTHOR_CITED = rf"({_SURNAME})(\+|\s+et\s+al\.?)?,\s*((?:19|20)\d\d)[a-z]?"
_BRACKETED_CITATION = lazy_re(rf"^\[{_FIRST_AUTHOR_CITED}\]")
_CITED_FIRST_AUTHOR = lazy_re(_FIRST_AUTHOR_CITED)


def cited_first_author(text: str) -> tuple[str, int] | None:
    """The first author and the year of TEXT when it is a citation of them and the others
    ("Choromanski+, 2020", "Roy et al., 2020"), else None."""
    cited = _CITED_FIRST_AUTHOR.fullmatch(text.strip())
    return (cited.group(1), int(cited.group(3))) if cited and cited.group(2) else None


def _in_prose(line: Line, record: Record) -> bool:
    """Whether RECORD's quoted title sits in a sentence of LINE, PROSE_WORDS words or more of
    it before the title ('[Zhang et al.](…) used this technique in their 2015 paper "Title"')."""
    at = line.text.find(record.title.text)
    return at > 0 and len(line.text[:at].split()) >= PROSE_WORDS


PROSE_WORDS = 8


def _cited_names_before(text: str, title: str) -> tuple[str, list[str]]:
    """The text a citation TEXT gives before its date and TITLE ("Correa Lucero, H. &
    Martens, Ch. (2025). Title"), and its names when it reads as names only (else [])."""
    at = text.find(title)
    dated = _DATE_BEFORE_TITLE.search(text, 0, at) if at > 0 else None
    if dated is None:
        return "", []
    head = text[: dated.start()].strip(" -*•>")
    if not head or looks_like_name_list(head) < CITED_NAMES_SHARE:
        return head, []
    return head, parse_names(head)


CITED_NAMES_SHARE = 0.9  # of a citation's words before its date that read as names, at least
# " (2025). *", " (en prensa, diciembre 2025). ": the date between a citation's names and title
_DATE_BEFORE_TITLE = lazy_re(r"\s\([^()]{2,40}\)[.,]?\s+\W{0,2}$")


def _authors(record: Record, body: list[Line], row: list[Line]) -> list[str]:
    read = _authors_read(record, body, row)
    if "cited" not in record.title.how or not body:
        return read
    # "Moss, A. & Wren, B. (2025). *Title*. **AI & Society**": a citation's names are those
    # before its date, not its venue's words after the title
    head, named = _cited_names_before(body[0].text, record.title.text)
    if named and not (read and all(name.split()[-1].strip(".") in head for name in read)):
        return named
    return read


def _authors_read(record: Record, body: list[Line], row: list[Line]) -> list[str]:
    rest = record.title.rest
    if "quoted" in record.title.how and body:
        cited = _names_before_quote(body[0].text, record.title.text)
        if cited:
            return cited  # 'Ahn H, Jung I, Kim S*. "Title". BMC Bioinformatics, 2019.'
    if "quoted" in record.title.how and rest[:2] == ". " and body and _in_prose(body[0], record):
        rest = ""  # '… in their paper "Title". Mueller et al. used …': the next sentence's
    if "quoted" in record.title.how:
        rest = _NEXT_QUOTE.split(rest, 1)[0]  # "“A,” by X … and “B,” by Y": X wrote A
        if _FOR_PAPER.search(rest):
            rest = ""  # "“A”. Second place went to X for their paper “B”": X wrote B
    rest = rest.strip(" ,.;:-–—~|")
    if _CJK_TAG.fullmatch(rest):
        rest = ""  # "Title（三维）": a topic tag, not a two-character name
    bilingual = record.title.how & {"before_paren", "paren_inner", "after_paren", "after_dash"}
    if bilingual and _CJK_ONLY.fullmatch(rest.strip(" ()（）")):
        rest = ""  # "Title（中文译名）": the translation, not a name
    if re.match(r"In\s+[A-Z]", rest):
        rest = ""  # "... . In Advances in Neural ...": where it appeared, not who wrote it
    if "before_paren" in record.title.how and _nickname_like(rest):
        rest = ""  # "Title (Dueling DQN)": the method's name, not its authors
    if SCHEDULE_FIELD.match(rest):
        rest = ""  # "Presenters: A, B.": who presents it, not who wrote it
    dated = _YEAR_THEN_NAMES.match(rest)
    if dated is not None:
        rest = dated.group(1)  # "(2022 年, Long Ouyang 等)": the year, then the names
    placed = _VENUE_SENTENCE.match(rest) if "before_venue" in record.title.how else None
    if placed is not None and find_venue_year(placed.group(1))[0] is not None:
        rest = rest[placed.end() :]  # "Title. CVPR 2022. Liu, Fangyu, et al. U Cambridge."
    glued = _GLUED_AUTHORS.search(rest) if "作者" in rest else None
    if glued is not None:  # "Title 作者单位:MSRA作者团队:Kaiming He, …引用量:49301"
        names = parse_names(_before_unopened_paren(glued.group(1)))
        if names:
            return names
    by = _names_after_by(rest) if _BY_NAMES.match(rest) else []
    if (
        len(by) == 2
        and _SURNAME_GIVEN_ET_AL.search(rest)
        and body
        and _MLA_QUOTE_BY.search(body[0].text[:2000])
    ):
        return [f"{by[1]} {by[0]}"]  # '“Title.” by Westrick, Sam, et al.': MLA's first author
    if by and all(len(name.split()) == 1 for name in by):
        return by  # '“Title” by Eich, Fender, and Moerkotte revisits …': surnames alone
    surnames = _SURNAMES_THEN_REMARK.match(rest) if "before_by" in record.title.how else None
    if surnames is not None:  # "Title by Korattikara, Chen and Welling Oh … I do need": a
        # list of surnames alone ends at its last surname; the writer's remark runs on
        names = re.split(_SURNAME_SEPARATOR, surnames.group(1))
        if all(_a_surname(name) and not common_word(name) for name in names):
            return names
    after = ""
    if "before_bracket" in record.title.how and body:
        at = body[0].text.find(record.title.text)
        after = body[0].text[at + len(record.title.text) :].lstrip() if at >= 0 else ""
    bracketed = _BRACKETED_NAMES.match(after)
    if bracketed is not None:  # "Title [Karen Simonyan, Andrew Zisserman] [[arXiv]][ref]"
        from papercli.importers.digest.references import names_only

        if names_only(bracketed.group(1)):
            return parse_names(bracketed.group(1))
    first_cited = _BRACKETED_CITATION.match(after)
    if first_cited is not None and find_venue_year(first_cited.group(1))[0] is None:
        return [first_cited.group(1)]  # "Sparse Transformer [Child+, 2019] sparsifies …"
    if rest and "before_paren" in record.title.how and affiliations_list(rest):
        return []  # "Title (UC Berkeley, Google Research, UC San Diego, 2020)": the labs
    if "quoted" in record.title.how and body:
        # '(Howard and Ruder, 2018 "Title"; Dodge et al., 2020 "Title")': each citation's
        # names lead its title; those after it are the next one's
        names = cited_right_before(body[0].text, record.title.text)[0]
        if names:
            return names
    if rest and not _VENUE_CLAUSE.match(rest):  # (". In *Cognitive Computation*, Volume 14")
        labelled = _PAREN_AUTHORS.match(rest)  # '"Title" (authors: A, B, C) proposes ...'
        names = parse_names((labelled.group(1) or labelled.group(2)) if labelled else rest)
        if len(names) == 1 and find_venue_year(names[0])[0] is not None:
            names = []  # '"Title." Nature Scientific Reports.': the journal, no one's name
        if names:
            return names
        names = _names_then_venue(rest)
        if names:
            return names
        single = _ONE_SURNAME.match(rest) if "before_names" in record.title.how else None
        if labelled is not None and labelled.group(2):  # "Title (Shazeer, 2019)"
            single = _SURNAME_COMMA_YEAR.match(labelled.group(2).strip())
        elif "before_paren" in record.title.how:  # the same, the brackets already cut away
            single = _SURNAME_COMMA_YEAR.match(rest)
        elif "after_dash" in record.title.how:  # "NNLM (Bengio 2003, UMontréal) - Title"
            single = _NICK_SURNAME_YEAR.match(rest)
        elif "after_cited_lead" in record.title.how:  # "Weller, 2019, Title", "Rudin 2019: Title"
            single = _SURNAME_YEAR.match(rest)
        if single and _a_surname(single.group(1)):  # "Title. Hoare (1962)"
            return [single.group(1)]
        if "dated" in record.title.how and _a_surname(rest):  # "Title (1986), Quinlan, @acm"
            return [rest]
    if rest:
        names = _names_after_by(rest)  # '"Title" by A, B, and C, delves into ...'
        if names:
            return names
    lead = _et_al_lead(rest)
    if lead:
        return lead  # "Title — van Hasselt et al., AAAI 2016", "(Vaswani et al.)"
    # ('"Title" (Krizhevsky, Sutskever, Hinton)', "**[Title](…)**（Chen, Kalai, Xi） — …")
    marked = record.title.how & {"quoted", "link", "bold"}
    # '"Title" (Krizhevsky, Sutskever, Hinton) was presented at …' (not "(Oral, Spotlight)")
    names = _bracketed_surnames(_SURNAMES_IN_PARENS.match(rest) if marked else None)
    if names:
        return names
    enclosed = _ENCLOSED_NAMES.match(rest) if marked else None
    if enclosed is not None:  # "[Title](…)（Abhishek Kumar, Carsten Maple）が公開": full names
        from papercli.importers.digest.references import names_only

        if names_only(enclosed.group(1)):
            return parse_names(enclosed.group(1))
    line = body[0]
    where = line.text.find(record.title.text)
    names = _italic_names_after(line, where + len(record.title.text)) if where >= 0 else []
    if names:  # "**[Title](link)** — 中文简介。*A, B, et al.*, arXiv 2026."
        return names
    tail = line.text[where + len(record.title.text) :].lstrip() if where >= 0 else ""
    # "[Title](…) (Knox and Stone 2008): Proposed …": the title cut at its colon, the
    # citation after it still on it or right after it
    names = _bracketed_surnames(
        _DATED_SURNAMES.match(tail) or _DATED_SURNAMES.search(record.title.text)
    )
    if names:
        return names
    if where > 0:
        before = line.text[:where]
        unlabelled = _LEAD_LABEL.sub("", before)  # "Award Winner: A, B, and C. “Title”"
        # ("Required Reading: Frankle, J., & Carbin, M. (2018). Title": a readings label)
        unlabelled = TITLE_LABEL.sub("", unlabelled, count=1).lstrip()
        # "[Trajectory Balance paper](url) A, B, C, “Title”": the link leading the item names
        # the paper, the citation after it begins with its names
        linked = [sp.end for sp in line.spans if sp.kind == "link" and sp.start <= 2]
        unlinked = before[linked[0] :] if linked and linked[0] < where else before
        # ("[DOI 1][ref] Fischer, Jonas, and …": a numbered label, no name, leads the item)
        label_led = unlinked != before and _LABEL_LINK.search(before[: linked[0]]) is not None
        names = (
            (cited_names(unlinked) if label_led else [])
            or cited_names(before)
            or (cited_names(unlinked) if unlinked != before else [])
            or _surnames_before_quote(before, record)
            or awarded_names(before)
            or (cited_names(unlabelled) if unlabelled != before else [])
            or _affiliated_before(before)
        )
        if names:
            return names
        names = cited_right_before(line.text, record.title.text)[0]
        if names:  # '... begins with Mnih et al. (2013) "Title"'
            return names
    column = [line for line in row if _AUTHOR_HEADER.search(line.header)]
    if column:  # one name per line of a cell ("Name, Affiliation<br>Name, ...") or a list
        names = [n for line in column for n in parse_names(line.text)]
        spaced = len(column) == 1 and not _NAME_MARKS.search(column[0].text)
        if spaced and len(column[0].text.split()) >= SPACED_NAMES_WORDS and len(names) <= 1:
            paired = _space_parted_names(column[0].text)
            # (a "name" of five words or more is several, not told apart: none is sure)
            names = paired or [n for n in names if len(n.split()) < SPACED_NAMES_WORDS + 1]
        if names:
            return list(dict.fromkeys(names))
        # "| Koren｜Yahoo Research |", "| Yuchin Juan｜Criteo Research |": the name, a bar, where
        # the author works; under the column's name a lone surname is a name too
        parts = [_CELL_BAR.split(line.text.strip(), 1) for line in column]
        if len(parts) == 1 and len(parts[0]) == 2 and _AUTHOR_HEAD.fullmatch(parts[0][0]):
            return [parts[0][0]]
    for k, line in enumerate(body[1:8], start=1):  # a labelled line ("作者:", "Authors:")
        label = _AUTHORS_LABEL.match(line.text.strip())
        if label and not label.group(1).strip(" :："):
            # "著者:" alone: its names are the next line, and no line after them is any
            below_label = body[k + 1].text.strip() if k + 1 < len(body) else ""
            return labelled_names(below_label) or _names_before_affiliations(below_label)
        if label:
            value = _NEXT_LABEL.split(label.group(1), 1)[0]  # "A and B Key Contribution: …"
            value = _PROFILE_LINKS.sub("", value)
            wrapped = body[k + 1] if k + 1 < len(body) else None
            # (or runs on over one line to the record's next field: "…, Stefano" /
            # "  Petrangeli" / "Categories: cs.AI", an arXiv listing's wrapped names)
            field_next = (
                k + 2 < len(body)
                and body[k + 2].block == line.block
                and not body[k + 1].spans
                and LISTED_FIELD.match(body[k + 2].text.strip()) is not None
            )
            if (
                wrapped is not None
                and not wrapped.first
                and (re.search(r"(?:,|，|\band)\s*$", value) or field_next)
                and not FIELD_LINE.match(wrapped.text.strip())
            ):
                value = f"{value.rstrip()} {wrapped.text.strip()}"  # the list goes on below
            names = labelled_names(value)
            if names:
                return names
    below = list(enumerate(body[1:4], start=1))
    if len(body) > 3 and _ABSTRACT_HEAD.fullmatch(body[1].text.strip()):
        below = [(3, body[3])]  # a publisher's contents: "Abstract", its paragraph, the names
    opening = re.findall(r"\w+", record.title.text)[:RESTATED_WORDS]
    restated = (
        re.compile(r"\W+".join(map(re.escape, opening)), re.IGNORECASE)
        if len(opening) == RESTATED_WORDS
        else None
    )
    for k, line in below:
        text = line.text.strip()
        if line.kind == "cell" and line.header.strip() and line.block != body[0].block:
            continue  # a table names its author column: another column is something else
        again = restated.search(text, 0, 2000) if restated is not None else None
        if again is not None and again.start() > 3:
            # "2014 Title" / "Malinowski M, Fritz M. Title[C]//…": its citation below it
            names = parse_names(text[: again.start()].rstrip(" .:,;"))
            if names:
                return names
        if _ANY_LABEL.match(text) or _CJK_ONLY.fullmatch(text) or _CJK_SECTION.match(text):
            continue  # "标题:...", "Code: ...": another field; bare Chinese: a translation
        if _READ_LINK.fullmatch(text):
            continue  # "[Read Paper](…)": a card's link, no one's name
        names = (
            _names_between_pipes(text)
            or _affiliated_lines(body, k)
            or _affiliation_groups(body, k)
            or _names_then_affiliations(text)
        )
        if names:
            return names
        if looks_like_name_list(text) >= 0.6:
            names = parse_names(_name_run(body, k))
            if names:
                return names
        names = (
            _people_with_roles(text) or _italic_names_opening(line) or _names_before_italic(line)
        )
        if names:
            return names
        lead = _et_al_lead(text) if k == 1 else []
        if lead:
            return lead  # '"Title"' / "Sutskever et al. NeurIPS. 2014."
        head = _SOURCE_DASH.split(text, 1)[0]  # "W Peebles, S Xie - arXiv preprint ..., 2022"
        if head != text and looks_like_name_list(head) >= 0.8:
            names = parse_names(head)
            if names:
                return names
        lab, dash, named = text.rpartition(" - ")  # "Baidu - Xu Tang, Daniel K. Du, …": the
        if dash and len(lab.split()) <= LAB_WORDS and looks_like_name_list(named) >= 0.8:
            names = parse_names(named)  # lab, then its people (two at least: one name after
            if len(names) >= 2:  # a dash is as often a title's writer)
                return names
        names = byline_names(text) or (sentence_names(text) if k == 1 else [])
        if names:
            return names
        if _PROSE.search(text):
            break  # a paragraph about the paper: a names line below it heads what comes next
    return []


LAB_WORDS = 8  # words, at most, of the lab named before its people ("Baidu - A, B")
_READ_LINK = lazy_re(
    r"(?:read|view|see|download|open)\s+(?:the\s+)?(?:paper|pdf|more|article|full\s+text)\W*",
    re.IGNORECASE,
)


def _italic_names_opening(line: Line) -> list[str]:
    """The whole names of an italic span that opens LINE ("*Udo Hahn and Michel Oleynik.*
    Yearbook of Medical Informatics 2020.": a venue the names' reader does not know after
    them)."""
    opening = line.opening_span("italic")
    if opening is None:
        return []
    names = _italic_names_after(line, opening.start)
    span = re.sub(r"\b(?:and|et\s+al)\b", "", line.text[opening.start : opening.end])
    letters = sum(ch.isalpha() for ch in span)
    if sum(ch.isalpha() for name in names for ch in name) < 0.9 * letters:
        return []  # the reader stopped early ("…, Soda Marem Lo, …": a venue's name in a name)
    return names if all(len(name.split()) >= 2 for name in names) else []


# "C. G. Broyden, *Math. Comput pages 21-368*": the names, then the venue in italics that ends
# the line (its pages or a point may follow)
_AFTER_ITALIC_VENUE = lazy_re(r"[\s,.;:]*(?:p{1,2}\.?\s*\d[\d\s\-–]*)?[.,;]?\s*$")


def _names_before_italic(line: Line) -> list[str]:
    """The names before the italic span that ends LINE, when names are all there is before it."""
    from papercli.importers.digest.references import names_only

    last = next((span for span in reversed(line.spans) if span.kind == "italic"), None)
    if last is None or _AFTER_ITALIC_VENUE.fullmatch(line.text, last.end) is None:
        return []
    head = line.text[: last.start].strip().rstrip(",;").strip()
    return parse_names(head) if head and names_only(head) else []


def _italic_names_after(line: Line, end: int) -> list[str]:
    """The names of the first italic span after END on LINE that holds names only."""
    from papercli.importers.digest.references import names_only

    for span in line.spans:
        if span.kind == "italic" and span.start >= end:
            text = line.text[span.start : span.end]
            if _IN_BEFORE.search(line.text, max(0, span.start - 6), span.start):
                continue  # "In *Cognitive Computation*": where it appeared
            if names_only(text) and find_venue_year(text)[0] is None:
                return parse_names(text)  # (not "_Nature Scientific Reports._": the journal)
    return []


_IN_BEFORE = lazy_re(r"\b(?:[Ii]n|[Ee]n|[Ii]n:)\s*$")
# ". In Venue, …", "In: Proceedings …": the clause of where a paper appeared, after its title
_VENUE_CLAUSE = lazy_re(r"^[\s.,]*(?:In|in:|In:)\s+(?=[*_A-Z])")


_ABSTRACT_HEAD = lazy_re(r"(?i:abstract)\s*[:：]?|摘\s*要\s*[:：]?")


# two sentences at least, a long line: prose, where no unlabelled author line follows
_PROSE = lazy_re(r"^(?=.{120})[^.!?]{20,}[.!?]\s+[A-Z\u4e00-\u9fff].*[.!?。]$")


# "Ada Lovelace", "J. H. Martin", "Ana de Souza": one person's name of two to four words
_FULL_NAME = r"(?:[A-Z][\w'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]+|[A-Z]\.|de|van|von|der)){1,3}"
# "A, B, and colleagues ask ...", "A, B and C at Acme produced the paper": names opening a
# sentence, then a team's words or a verb
_SENTENCE_NAMES = lazy_re(
    rf"^({_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*(?:,?\s+(?:and|&)\s+{_FULL_NAME})?)"
    r",?\s+(?=and\s+(?:colleagues|co-?authors|team)\b|et\s+al\b|(?:at|from)\s+[A-Z]"
    r"|(?:ask|asked|propose|proposed|show|showed|present|presented|introduce|introduced|"
    r"produced|study|studied|find|found|describe|described|demonstrate|demonstrated|argue|"
    r"argued|develop|developed|built|wrote|explore|explored)\b)"
)


# "This paper by Jonathan Frankle and Michael Carbin outlines …": the names a sentence about the
# paper opens with, up to the verb after them
_PAPER_BY_NAMES = lazy_re(
    r"^(?:This|The|In\s+this|In\s+the)\s+(?:paper|work|study|article)\s+(?:written\s+)?by\s+"
    rf"({_FULL_NAME}(?:\s*,\s*{_FULL_NAME})*(?:,?\s+(?:and|&)\s+{_FULL_NAME})?)"
    r",?\s+(?=[a-z])"
)


# "- Prithvi Bisht, University of Illinois at Chicago – “Title”": a name and where they work
_NAME_AFFILIATION_DASH = lazy_re(
    rf"^\W{{0,3}}({_FULL_NAME})\s*,\s*([^,;:\n]{{3,100}}?)\s*[–—-]{{1,2}}\s*[\"“]?\s*$"
)


def _affiliated_before(before: str) -> list[str]:
    """The one author named before a quoted title with their institution ("Name,
    University of X – “Title”")."""
    match = _NAME_AFFILIATION_DASH.match(before)
    if match is None or INSTITUTION.search(match.group(2)) is None:
        return []
    return parse_names(match.group(1))


def sentence_names(text: str) -> list[str]:
    """The names that open a sentence about a paper ("A, B, and colleagues ask ...", "A, B, C
    and D at Acme produced the paper"), two at least, or that say whose it is ("This paper
    by A and B outlines ...")."""
    match = _SENTENCE_NAMES.match(text.strip()) or _PAPER_BY_NAMES.match(text.strip())
    if match is None:
        return []
    names, share = read_name_list(match.group(1))
    if len(names) < 2 or share < 0.85:
        return []  # one name opens as many sentences about a post's writer as about authors
    return names


# where a reference's list of names may end: "…, Tessem, A. & Trattner, C. ACM RecSys 2023"
_NAMES_END = lazy_re(r"(?<=\.)\s+(?=[A-Z\d])")


def _names_then_venue(rest: str) -> list[str]:
    """The names that open REST when a venue follows them after a full stop ("Jannach, D. &
    Trattner, C. ACM RecSys 2023 LBR, 2023."): the longest such head of at least two names."""
    from papercli.importers.digest.features import looks_like_names

    for end in reversed([m.start() for m in _NAMES_END.finditer(rest[:400])]):
        head = rest[:end]
        if looks_like_names(head) >= 0.9:
            names = parse_names(head)
            if len(names) >= 2:
                return names
    return []


# "塩沢 健(同志社大学) 林 容央(同志社大学)": each name right before its affiliation in brackets
_NAME_BEFORE_AFFILIATION = lazy_re(
    r"([^\s()（）,，、][^()（）,，、]{0,20}?)\s*[(（][^()（）]{2,80}[)）]"
)


# "Yuying Zhu, Guoxin Wang, Borje F. Karlsson. Nankai University, Microsoft Research Asia(√)":
# the names, a point, then where they work
_NAMES_THEN_AFFILIATIONS = lazy_re(
    r"^(.{3,400}?[a-z])\.\s+(?=[^.]{0,200}?(?i:\buniversit|\binstitut|\bresearch\b"
    r"|\blab(?:s|orator(?:y|ies))?\b|\bcollege\b|\bacademy\b|\bschool\b|\binc\b"
    r"|\bcorporation\b|大学|研究院))"
)


def _names_then_affiliations(text: str) -> list[str]:
    """The names of a line that lists them, then after a point the places they work at."""
    found = _NAMES_THEN_AFFILIATIONS.match(text[:2000])
    if found is None or looks_like_name_list(found.group(1)) < NAMES_THEN_PLACES:
        return []
    return parse_names(found.group(1))


NAMES_THEN_PLACES = 0.8  # how surely the part before the places must read as names


def _names_before_affiliations(text: str) -> list[str]:
    """The names of a line of "Name(Affiliation) Name(Affiliation)", two of them at least, the
    brackets being all there is besides the names."""
    pairs = _NAME_BEFORE_AFFILIATION.findall(text[:2000])
    rest = _NAME_BEFORE_AFFILIATION.sub("", text[:2000]).strip(" ,，、")
    names = [" ".join(name.split()) for name in pairs]
    if len(names) < 2 or rest or any(len(name) > 20 or not name for name in names):
        return []
    return names


def _names_between_pipes(text: str) -> list[str]:
    """The names of a line of fields set apart by bars ("**高价值** | *A, B, C*"): its one
    field that lists several names, when no other field reads as a Latin name (a row of one
    name per field, "A (甲) | B (乙)", is read name by name elsewhere)."""
    parts = [part.strip() for part in text.split("|")]
    if not 2 <= len(parts) <= 6:
        return []
    read = [(part, *read_name_list(part)) for part in parts]  # each field read once
    lists = [(names, share) for _part, names, share in read if len(names) >= 2]
    latin = [
        part
        for part, names, share in read
        if len(names) < 2 and re.search(r"[A-Za-z]", part) and share >= 0.5
    ]
    if len(lists) != 1 or latin or lists[0][1] < 0.8:
        return []
    return lists[0][0]


_PERSON = lazy_re(r"^[A-Z][\w'’\-]+(?:\s(?:[A-Z]\.\s?)*[A-Z][\w'’\-]+){1,2}$")


def _people_with_roles(text: str) -> list[str]:
    """The names of a line of people, each with a role or a place after a comma, the people
    apart by semicolons ("Nikita Kitaev, PhD student; Thomas Lu, undergraduate, UC Berkeley");
    [] for any other line."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 2 or len(text) > 1000:
        return []
    names = [p.split(",")[0].strip() for p in parts if p]
    if len(names) < 2 or not all(_PERSON.match(n) for n in names):
        return []  # (one "Electronic Frontier Foundation;" line wrapped from a list is none)
    return names


_LIST_GOES_ON = lazy_re(r"(?:[,;，；、]|\band)$")
MAX_NAME_LINES = 40


# "Joseph Luk, University of British Columbia, Canada": a name, then where its author works
_NAME_AT = lazy_re(
    rf"^({_FULL_NAME})\s*[,，]\s*"
    r"[^,，]{0,80}?\b(?i:university|universit[éäà]t?|institute|college|school|laborator(?:y|ies)|lab|"
    r"research|inc|corporation|academy|centre|center|hospital|google|microsoft|meta|deepmind|"
    r"openai|ibm|nvidia|amazon|adobe|apple)\b"
)


AFFILIATION_GROUP_LINES = 8  # lines, at most, an author list of affiliation groups wraps over


def _affiliation_groups(body: list[Line], index: int) -> list[str]:
    """The names of an author list written as groups a semicolon apart, each names and then
    their affiliation, wrapped over lines anywhere ("J. Alex Halderman, Princeton University;
    Seth D. Schoen," / "Electronic Frontier Foundation;" / "Jim Chow, Tal Garfinkel, and Peter
    M. Chen, VMware"): USENIX's way. A group's names are its parts up to the first that is no
    person's name."""
    parts = []
    for line in body[index : index + AFFILIATION_GROUP_LINES]:
        text = line.text.strip()
        if len(text) > 400:
            break
        parts.append(text)
        if not text.endswith((",", ";")):
            break
    joined = " ".join(parts)
    if any(mark in joined for mark in "([（"):
        return []  # "A, B [Stanford University]": affiliations in brackets, read elsewhere
    names: list[str] = []
    affiliated = 0  # groups that end in an affiliation
    loose = ";" in joined  # groups a semicolon apart: a name the list does not know will do
    for group in joined.split(";"):
        people: list[str] = []
        pieces = [p.strip() for p in group.split(",") if p.strip()]
        for piece in pieces:
            persons = [q.strip() for q in re.split(r"^and\s+|\s+and\s+", piece) if q.strip()]
            if not persons or not all(_person(q, loose) for q in persons):
                if not _AFFILIATION_WORD.search(piece):
                    return []  # a name the list does not know, not an affiliation: not this
                affiliated += bool(people)
                break
            people.extend(persons)
        names.extend(people)
    return names if len(names) >= 2 and affiliated else []


def _person(text: str, loose: bool) -> bool:
    """Whether TEXT is one person's name: one the name list knows, or (LOOSE) two or three
    capitalised words ("Jian Zhang", "Peter M. Chen") that name no affiliation."""
    from papercli.importers.names import one_full_name

    words = text.split()
    shaped = loose and 2 <= len(words) <= 3 and all(w[:1].isupper() for w in words)
    return one_full_name(text) or (shaped and not _AFFILIATION_WORD.search(text))


# the words of a university's, a lab's or a company's name
_AFFILIATION_WORD = lazy_re(
    r"\b(?:Universit|Institut|College|School|Inc\b|Corp|Labs?\b|Laborator|Research|Systems|"
    r"Foundation|Cent(?:er|re)|Technolog|Academy|Hospital|International|Ltd\b|GmbH|Google|"
    r"Microsoft|IBM|VMware|Intel|"
    r"Facebook|Meta\b|Amazon|Apple|NVIDIA|Nvidia|Baidu|Alibaba|Tencent|ETH\b|MIT\b|EPFL|CMU\b)"
)


def _affiliated_lines(body: list[Line], index: int) -> list[str]:
    """The names of a run of lines from INDEX that each give one author and where they work
    ("Joseph Luk, University of British Columbia, Canada" / "Jérôme Pasquero, McGill …")."""
    names = []
    for line in body[index : index + MAX_NAME_LINES]:
        match = _NAME_AT.match(line.text.strip())
        if match is None or len(line.text) > 200:
            break
        names.extend(parse_names(match.group(1))[:1])
    return names if len(names) >= 2 else []  # one such line may be the post's writer


# "作者：张博航 盖景初 杜逸恒": Chinese names a space apart; "daojun liang, haixia zhang": names
# in lower case. Read so only after an authors label.
_CJK_NAMES_SPACED = lazy_re(r"[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})+")
_LOWER_CASE_NAME = lazy_re(r"[a-z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+){1,2}")


_COLON_LABEL = lazy_re(r"^\s*\S{1,20}?\s*[:：]")


def _lead_authors(lines: list[Line], record: Record) -> list[str]:
    """The names of an authors label among the record's lines above its title ("commit
    arXiv:1901.07291" / "Author: Lample et al." / "## Title")."""
    for i in record.lead:
        label = _AUTHORS_LABEL.match(lines[i].text.strip())
        if label is not None and label.group(1).strip() and _COLON_LABEL.search(lines[i].text):
            return labelled_names(label.group(1))
    return []


def labelled_names(value: str) -> list[str]:
    """The names an authors label gives ("Authors: A, B", "作者：张博航 盖景初"), as written."""
    if "," in value and " and " not in value:
        paired = surname_first_pairs(value.strip(" ."))
        if paired:  # "作者: Moell, Birger, Boye, Johan": a feed's names, each surname first
            return paired
    names = parse_names(value)
    if names:
        return names
    value = value.strip(" .;。；")
    if _CJK_NAMES_SPACED.fullmatch(value):
        return value.split()
    parts = [part for part in re.split(r"\s*[,，、]\s*", value) if part]
    if parts and all(_LOWER_CASE_NAME.fullmatch(part) for part in parts):
        return parts
    return []


def _name_run(body: list[Line], index: int) -> str:
    """The names on line INDEX of BODY and on the lines after it while the list goes on
    ("A. Author;" / "B. Author;" / "C. Author": one name a line, as copied from a paper's
    page; "• A. Author" / "• B. Author": a list of them)."""
    from papercli.importers.names import one_full_name

    text = body[index].text.strip()
    start = body[index]

    def one_a_line(goes_on: Callable[[Line], bool]) -> list[str]:
        """TEXT and the whole names on the lines after it, one a line, while GOES_ON."""
        names = [text]
        for line in body[index + 1 : index + MAX_NAME_LINES]:
            if not goes_on(line) or not one_full_name(line.text.strip()):
                break
            names.append(line.text.strip())
        return names

    if start.kind == "item" and one_full_name(text):  # "• Yibiao Wei" / "• Jie Zou": a list
        return ", ".join(one_a_line(lambda ln: (ln.kind, ln.depth) == (start.kind, start.depth)))
    if start.kind == "line" and one_full_name(text):
        # "Aaron Voelker\" / "Ivana Kajić\": one name a line of one paragraph, broken where
        # each name ends
        names = one_a_line(lambda ln: ln.kind == "line" and not ln.first)
        if len(names) > 1:
            return ", ".join(names)
    for line in body[index + 1 : index + MAX_NAME_LINES]:
        more = line.text.strip()
        if line.first or not _LIST_GOES_ON.search(text) or looks_like_name_list(more) < 0.6:
            break
        text = f"{text} {more}"
    return text


# "Best Paper Award:", "Test-of-Time Winner:" before an author-first citation; never a role
# ("Presented by:", "Discussion leads:"): those names are no authors
_LEAD_LABEL = lazy_re(
    r"^\W{0,3}[^:：,，]{0,30}\b(?:award|winner|mention|runner[- ]up|prize|best|outstanding|"
    r"test[- ‐‑]of[- ‐‑]time|honou?rable)\b[^:：,，]{0,30}[:：]\s+",
    re.IGNORECASE,
)
# "Skiena, S" (the last author inverted, initials alone): its period is the initial's
_LAST_INITIALS = lazy_re(r"(?:^|,\s*|&\s*)(?:[A-Z]\.\s*)*[A-Z]$")
# ("Title (led by Ada Moss)"; "by and Robert French.": a page that lost a name before "and")
_BY_NAMES = lazy_re(
    r"^[”\"’']?\s*,?\s*(?:(?:co-?)?authored\s+|written\s+|led\s+)?by\s+(?:and\s+(?=[A-Z]))?(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_ONE_NAME = lazy_re(
    r"^(?:and\s+|&\s*)?[^\W\d_][\w'’\-]*\.?(?:\s+(?:[^\W\d_][\w'’\-]*\.?|van|von|de|der|da|di|le|la)){1,3}$"
)


_AFFILIATION_PAREN = lazy_re(r"\s*\([^()]{2,80}\)")


def _names_after_by(rest: str) -> list[str]:
    """The names after ' by ' that follow a title in prose, up to the first part that is no
    name ("by A, B, and C, delves into ..." → A, B, C)."""
    match = _BY_NAMES.match(rest)
    if match is None:
        return []
    kept: list[str] = []
    said = _AFFILIATION_PAREN.sub("", match.group(1)[:600])  # "A (University of Chicago), B"
    names = re.split(r"(?<=[a-z]{2})\.\s", said[:400])[0]  # the sentence ends
    surnames = 0  # parts that are one capitalised word ("by Eich, Fender, and Moerkotte")
    for part in re.split(r",\s*|\s+and\s+(?=[^\W\d_])", names):
        part = part.strip().rstrip(".")
        if not part:
            continue
        if surnames == len(kept):  # surnames alone so far (or nothing yet)
            last = _LAST_SURNAME.match(part) if kept else None
            if last is not None:
                kept.append(last.group(1))  # "and Moerkotte revisits an old idea": the last
                surnames += 1
                break
            if _SURNAME_PART.match(part):
                kept.append(part)
                surnames += 1
                continue
        if surnames:
            break  # surnames, then something else: the list of surnames is over
        words = [w for w in part.split() if w != "and" and not re.fullmatch(r"[A-Z]\.", w)]
        if (
            not _ONE_NAME.match(part)
            or (part.split()[0].islower() and part.split()[0] != "and")
            or len(words) > 3
        ):
            break  # "Yelong Shen Introduces Adapters": the sentence goes on
        kept.append(part)
    if surnames == 1:
        return []  # "by Google": one word alone is no list of surnames
    return parse_names(", ".join(kept)) if kept else []


_SURNAME_PART = lazy_re(r"^(?:and\s+|&\s*)?([A-Z][a-z][\w'’\-]*)$")
_LAST_SURNAME = lazy_re(r"^(?:and|&)\s+([A-Z][a-z][\w'’\-]*)\s+[a-z]")


_BYLINE_OUTLET = lazy_re(r"^by\s+([^()]{3,400}?)\s*\(([^()]{2,60})\)\s*$", re.IGNORECASE)
# a word that names where people work ("University", "Lab", "Research", "研究院")
INSTITUTION = lazy_re(
    r"\b(?:universit|institut|college|school|academy|laborator|lab\b|labs\b|research\b|inc\b|"
    r"corp|company|centre|center)|大学|学院|研究院|研究所|实验室",
    re.IGNORECASE,
)


def _byline_outlet(lines: list[Line]) -> str | None:
    """The outlet a round-up's byline names after the authors ("by A, B et al. (Nature)"):
    the paper's venue, unless it is the authors' institution ("(Some University)")."""
    for line in lines:
        match = _BYLINE_OUTLET.match(line.text.strip())
        if match is None or INSTITUTION.search(match.group(2)):
            continue
        names, share = read_name_list(match.group(1))
        outlet = match.group(2).strip()
        if names and share >= 0.8 and re.match(r"[^\W\d_]", outlet) and len(outlet.split()) <= 6:
            return venue_year(outlet)[0] or outlet
    return None


_BYLINE_SEPARATOR = lazy_re(r"\s+[∙·•|]\s+")
_BY = lazy_re(r"^by\s+(\S.*)$", re.IGNORECASE)


def byline_names(text: str) -> list[str]:
    """The authors of a byline whose parts a publisher's page separates with dots or bars
    ("09/18/2019 ∙ by A. Writer, et al. ∙ Some University 18"): the part that starts "by"."""
    if len(text) > 400:
        return []
    for part in _BYLINE_SEPARATOR.split(text.strip()):
        match = _BY.match(part.strip())
        if match:
            names, share = read_name_list(match.group(1))
            if names and share >= 0.8:
                return names
    return []


# "... went to A, B, and C for their paper, "Title"": the names right before "for their paper"
_FOR_PAPER = lazy_re(
    rf"\s+for\s+(?:(?:their|his|her|the)\s+{PAPER_CALLED}\b(?:\s+(?:titled|entitled|called))?)?"
    r"[\s,:]*[\"“'‘«]?\s*$",
    re.IGNORECASE,
)
# ("I am happy that A and B won it for their paper …": the names after "that")
_NAMES_START = lazy_re(
    r".*(?:\b(?:to|by|were|was|that)\b|[:：]|(?<=\w\w)[.!?](?=\s))\s*", re.IGNORECASE
)
_NAMES_WON = lazy_re(
    r"^(.{2,300}?)\s+(?:received|receives|won|wins|took home|earned|(?:was|were) awarded|"
    r"(?:has|have) been (?:given|awarded|granted))\b"
)
_AFFILIATIONS = lazy_re(r"\s*[(（][^()（）]{2,80}[)）]")


def awarded_names(before: str) -> list[str]:
    """The authors prose names before "for their paper" and the title ("The award went to
    A, B, and C for their paper, "Title"", "A and B for "Title""); [] for anything else."""
    if len(before) > 2000:
        return []
    end = _FOR_PAPER.search(before)
    if end is None:
        return []
    head = _AFFILIATIONS.sub("", before[: end.start()])  # "A (MIT) and B, C (Google)"
    start = _NAMES_START.match(head)
    head = head[start.end() :] if start else head
    won = _NAMES_WON.match(head)  # "A and B received an Honourable Mention"
    # "Ph.D. student A and faculty members B and C": their roles are no names
    names, share = read_name_list(without_roles(won.group(1) if won else head))
    return names if names and share >= 0.8 else []


_ANY_LABEL = lazy_re(r"^[^:：]{1,14}[:：]")
# "背景", "2.1 方法": a post's section name on a line of its own, never a person
_CJK_SECTION = lazy_re(
    r"^[\d.、\s]{0,6}(?:研究)?(?:背景|摘要|引言|简介|介绍|前言|概述|导读|动机|方法|实验|结论|总结|"
    r"贡献|讨论|结果|相关工作|模型|框架|思路|附录|参考文献|概要|要点|要約|まとめ|手法|개요|요약)\W{0,3}$"
)
_CJK_ONLY = lazy_re(r"[\u3400-\u9fff，。、：:（）()\s]{4,}")
_ALT_LABEL = lazy_re(
    r"^\s*(?:中文标题|中文题目|中文名称?|译名|中文译名|中文直译|标题|题目|论文标题|论文题目|(?:中文)?翻[译譯]|"
    r"chinese title|translation|title\s*[(（](?:zh|cn|chinese|中文)[)）])\s*[:：]\s*(.{2,200})$",
    re.IGNORECASE,
)


def alt_titles(
    record: Record,
    body: list[Line],
    above: Line | None = None,
    keyed: str | None = None,
    sole: bool = False,
) -> list[str]:
    """Other-language titles of the record: a 中文标题/译名 line, the Chinese half of
    ``English (中文)`` / ``中文 (English)``, a translation right under the title, or a bold
    one right over it (``**中文标题**`` / ``English Title``) when none is under it; a Chinese
    heading right over an "原文: Title" line is the only one; KEYED first, the value of a
    "| 论文中文名字 | 中文标题 |" row in the title's table of fields. A heading right over
    the title, on the line right over it, is its translation when the record is SOLE under it
    ("## 中文标题。" / "English Title" / names, then the next heading)."""
    original = _gloss_above(record, body[0], above)
    if original is not None:
        return [original]
    found: list[str] = []
    title = record.title.text
    if keyed and keyed.strip() != title:
        found.append(keyed.strip())
    for line in body[1:6]:
        match = _ALT_LABEL.match(line.text.strip())
        if match and match.group(1).strip() != title:
            found.append(match.group(1).strip())
    below = _translation_below(record, body)
    if below is None and above is not None and bold_only(above):
        below = _translation_below(record, [body[0], above])
    elif below is None and above is not None and above.kind == "line":
        # a plain line: "论文标题" / "中文标题" / "English Title" (no prose: "我们发现……")
        over = _translation_below(record, [body[0], above])
        below = over if over is not None and not _PROSE_MARK.search(over) else None
    elif (
        below is None
        and above is not None
        and above.kind == "heading"
        and sole
        and body[0].kind == "line"  # (not "## 人脸对齐" over "### 2、[Title](…)": a section's)
        and body[0].number == above.number + 1  # (a section's name stands apart from it)
    ):
        stated = above.text.strip()  # (its full stop, a machine translation's, is no prose)
        heading = replace(above, text=stated.rstrip("。"), kind=body[0].kind, depth=body[0].depth)
        below = stated if _translation_below(record, [body[0], heading]) else None
    if below is None and above is not None and above.kind == "item" and above.marker[:1].isdigit():
        # "01. 中文标题【Best Paper】" right over "English Title【Best Paper】", a line of its own
        untagged = replace(above, text=without_tail_tags(above.text), kind="line", depth=0)
        if (body[0].kind, body[0].depth) == ("line", 0):
            below = _translation_below(record, [body[0], untagged])
    if below and below != title and below not in found:
        found.append(below)
    if "quoted_gloss" in record.title.how and len(body[0].text) <= 4000:
        # "《你所需要的是注意力》(Attention Is All You Need)": the quoted translation
        gloss = re.search(
            r"[《“「]([^》”」\n]{2,80})[》”」]\s*[(（]\s*" + GLOSS_LABEL + re.escape(title),
            body[0].text,
        )
        if gloss and CJK_CHAR.search(gloss.group(1)) and gloss.group(1) not in found:
            found.append(gloss.group(1).strip())
    rest = record.title.rest.strip(" ()（）")
    bilingual = bool(record.title.how & {"before_paren", "paren_inner", "after_paren"})
    if (
        rest
        and bilingual
        and len(rest) <= ALT_TITLE_MAX
        and not _SENTENCES.search(rest)  # "(ALAD) 를 제안합니다. ALAD는 …": prose after it
        and (
            _CJK_ONLY.fullmatch(rest)
            # (Korean and Japanese too: "Title (내 가상 머신은 …)", its words apart by spaces)
            or len(CJK_LETTER.findall(rest)) >= 0.5 * len(rest.replace(" ", "")) > 2
        )
    ):
        found.append(rest)
    elif "before_cjk" in record.title.how and _TRANSLATION_AFTER.fullmatch(rest):
        found.append(rest)  # "English title 中文标题": a listing's machine translation
    return found


ALT_TITLE_MAX = 200  # characters: a longer text after a title is prose, no translation of it
_SENTENCES = lazy_re(r"[.。!?！？]\s+\S")


# a translation run after its title: Chinese first, no sentence's punctuation, not too long,
# not prose about the paper ("来自加州大学", "获得了最佳论文奖", "一文提出")
_TRANSLATION_AFTER = lazy_re(
    r"(?!来自|作者|由|被|获|提出|是|在|的|于|将|中|一文|这篇|该|论文|文章)"
    r"[\u3400-\u9fff][^，。！？；：,!?;:()（）]{3,60}"
)
# "原文: Title", "英文标题：Title": a line that gives the original of the translation above it
_ORIGINAL_LABEL = lazy_re(
    r"^\W{0,3}(?:原文(?:标题|題目|题目)?|英文标题|英文题目|英文名称|original(?:\s+title)?)\s*[:：]",
    re.IGNORECASE,
)
# "中文标题", "ChemAgent：中文标题", "O1复制之旅": a translation, the method's name kept
_CJK_TITLE = lazy_re(r"(?:[A-Za-z0-9][\w\-.+]{0,30}\s*[:：]?\s*)?[\u3400-\u9fff][^A-Za-z]{3,}")


def _gloss_above(record: Record, line: Line, above: Line | None) -> str | None:
    """The Chinese title right over RECORD's title when its LINE gives the original ("### 1.
    中文标题" / "原文: Title"): the translation of its title, and its only other title."""
    from papercli.importers.digest.candidates import strip_number, tidy

    if above is None or not _ORIGINAL_LABEL.match(line.text):
        return None
    gloss = tidy(strip_number(above.text.strip())[0])
    return gloss if _CJK_TITLE.fullmatch(gloss) and record.title.text.isascii() else None


_NOT_A_TITLE = lazy_re(r"[。，；！]|[:：]\s*$|https?:|www\.")
_CJK_LABEL = lazy_re(r"^[\u3400-\u9fff]{1,4}[:：]")  # "动机：", "方法:": a note's label
_FIELD_WORD = lazy_re(
    r"^\W{0,3}(?:摘要|作者|原文|链接|代码|机构|单位|关键词|来源|论文|引言|简介|导读)"
)


_PROSE_MARK = lazy_re(r"[,，…]|我们|本文|\d")


def _translation_below(record: Record, body: list[Line]) -> str | None:
    """The line right under a Latin-script title (or the one given in its place) when it is
    that title's translation: mostly Chinese, Japanese or Korean script, no longer than the
    title, no sentence or field label."""
    title = record.title.text
    if len(body) < 2 or CJK_CHAR.search(title):
        return None
    if not set(body[1].urls) <= set(body[0].urls) and not linked_whole(body[1]):
        # a line with a link of its own ("[Title<br>译名](url)" is one link), unless the line
        # is that link ("**[中文标题](a translation's post)**" under "**[Title](…)**")
        return None
    heading_gloss = body[0].kind == "heading" and body[1].kind == "line" and linked_whole(body[1])
    if (body[1].kind, body[1].depth) != (body[0].kind, body[0].depth) and not heading_gloss:
        return None  # a note under a list item or in a quote below it (not "# Title" over
        # "[中文标题](https://arxiv.org/abs/…)": its translation, linked to the paper)
    text = body[1].text.strip()
    # ("TransformerFAM: 反馈注意力即工作记忆": the title's own name kept before its colon)
    head, colon, _ = title.partition(":")
    translated = text[len(head) + 1 :] if colon and text.startswith(head) else text
    cjk = len(CJK_LETTER.findall(translated))  # (Korean and Japanese titles are translations too)
    if cjk < max(4, 0.5 * len(translated.replace(" ", ""))) or not 0.15 * len(title) <= len(text):
        return None
    # ("动态排版：让文字动起来" under "# Dynamic Typography: Bringing …": its colon, no label's)
    labelled = _CJK_LABEL.match(text) is not None and not (heading_gloss and colon)
    if len(text) > len(title) * (1.5 if heading_gloss else 1) or labelled:
        return None  # (a linked one may keep the title's English words: "LM2: 大内存模型 (…)")
    if _NOT_A_TITLE.search(text) or _FIELD_WORD.match(text) or _ALT_LABEL.match(text):
        return None
    return text


# What a one-paper post writes before its links: "GitHub: URL", "代码链接：URL", "| 论文 | URL |"
# (the label must be all that stands before the link: "前作论文：URL" is another paper's)
_CODE_LABEL = lazy_re(
    r"(?:github|gitlab|code|source code|repo(?:sitory)?|代码(?:链接|地址)?|源码|开源(?:代码|地址)|"
    r"项目(?:代码|地址))",
    re.IGNORECASE,
)
_PAPER_LABEL = lazy_re(
    r"(?:paper|arxiv|pdf|论文(?:链接|地址)?|原文(?:链接|地址)?|文章链接)", re.IGNORECASE
)


_ADDRESS_LABEL = lazy_re(r"(?:link|url|链接|地址|网址|论文链接|论文地址|原文链接)", re.IGNORECASE)


def _label_hint(text: str, url: str) -> str:
    """What a bare address's line calls it when a label alone stands before it ("■ 链接 |
    URL", "源码: URL"): "code", "link", or ""."""
    at = text.find(url)
    if at <= 0:
        return ""
    label = text[:at].strip(" \t-*•■▪●:：|")
    if _CODE_LABEL.fullmatch(label):
        return "code"
    return "link" if _ADDRESS_LABEL.fullmatch(label) else ""


def labelled_links(lines: list[Line]) -> Fields:
    """The code and paper links a page labels as such anywhere ("GitHub: URL", a table row
    ``| 论文 | URL |``): on a page of one paper they are that paper's, wherever they stand."""
    out = Fields()
    for i, line in enumerate(lines):
        for url in line.urls:
            at = line.text.find(url)
            before = line.text[max(0, at - 30) : at] if at >= 0 else ""
            if not before.strip() and line.kind == "cell" and i and lines[i - 1].row == line.row:
                before = lines[i - 1].text  # the row's label cell
            before = before.strip(" *_`[]()|-•:：")
            hint = _hint(line, url)
            repository = len([p for p in _url_path(url).split("/") if p]) >= 2
            if hint == "code" or _CODE_LABEL.fullmatch(before):
                if out.code_url is None and repository:
                    _add_url(out, url.strip(), "code")
            elif _PAPER_LABEL.fullmatch(before) or hint == "pdf":
                _add_url(out, url.strip(), hint)
    return out


_PRESENTERS_LABEL = lazy_re(
    r"(?:presenters?|speakers?|presented\s+by|hosts?|moderators?|chairs?|discussants?|readers?)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)
# a citation's names before its quoted title, closed by a point: 'A, B, C*. "Title"'
_POINT_THEN_QUOTE = lazy_re(r"\.\s*[\"“]$")
_NAMES_STOP = '"“”:;{}'  # what a run of names never holds: it starts after the last of them
NAMES_REACH = 600  # characters before a quoted title that may hold its names


_LABEL_LINK = lazy_re(r"\d|^\W*(?:pdf|doi|paper|link|arxiv)\W*$", re.IGNORECASE)


def _names_before_quote(text: str, title: str) -> list[str]:
    """The names a citation TEXT gives before its quoted TITLE, two of them at least, all
    read as names ('Shin SJ, Ahn H, Kwon HB*. "Title". Genes & Genomics'), else []."""
    at = text.find(title)
    window = text[max(0, at - NAMES_REACH) : at] if at > 0 else ""
    closed = _POINT_THEN_QUOTE.search(window)
    if closed is None or text[at + len(title) : at + len(title) + 1] in (".", ","):
        return []  # ('Lundberg, Scott M. "Title." Venue': MLA's, its first name inverted)
    head = window[: closed.start()]
    start = max(head.rfind(mark) for mark in _NAMES_STOP) + 1
    written = head[start:].strip().lstrip("'‘")  # ("name: 'Ahn H, …": a data field's quote)
    if not written[:1].isupper() or _PRESENTERS_LABEL.search(head[:start]):
        return []  # ("Presenters: A, B. “Title”": who presents it)
    if read_name_list(written)[1] < 0.95:
        return []
    names = parse_names(written)
    # (every name of two words at least: "Porter, Martin" is one name, inverted, as MLA has it)
    return names if len(names) >= 2 and all(" " in name for name in names) else []


def _same_column_group(cell: Line, title_cell: Line) -> bool:
    """Whether CELL stands in TITLE_CELL's column or in one under no header of its own ("Papers
    to present" over "Paper 1 | Paper 2 | Paper 3"): another paper's place, not a field."""
    return cell.header == title_cell.header or not (
        cell.header.strip() and title_cell.header.strip()
    )


_NAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "da", "di", "del", "la", "le", "and"}
)


def _cited_in_full(below: list[Line], surnames: list[str]) -> list[str]:
    """The names of a citation in the lines BELOW that opens with the same people as
    SURNAMES, in order, with their given names too ("Adachi, Steven H., and Maxwell P.
    Henderson. …" for "Adachi", "Henderson"); else []."""
    for line in below:
        lead = _CITATION_NAMES.match(line.text.strip(" >*-•"))
        names = parse_names(lead.group(1)) if lead is not None else []
        if len(names) == len(surnames) and all(
            name.split()[-1] == surname for name, surname in zip(names, surnames, strict=True)
        ):
            return names
    return []


# "Adachi, Steven H., and Maxwell P. Henderson. arXiv …": a citation's names, to their point
_CITATION_NAMES = lazy_re(r"^(.{5,300}?[^\W\d_]{2})\.\s")


def _restated_names(below: list[Line], title: str, surname: str) -> list[str]:
    """The names of a byline restating TITLE below it ("Title by A, B, and C discusses …",
    the names wrapped one to a line too), when its first name is SURNAME's; else []."""
    text = " ".join(line.text.strip() for line in below)[:2000]
    if not text.startswith(title):
        return []
    by = re.match(r"\s+by\s+", text[len(title) :])
    if by is None:
        return []
    words: list[str] = []
    for word in text[len(title) + by.end() :].split():
        bare = word.strip(",;")
        if not bare or not (bare[0].isupper() or bare in _NAME_PARTICLES):
            break
        words.append(word)
        if word.endswith((".", ";")) and len(bare) > 2:
            break
    names = parse_names(" ".join(words).rstrip(",;"))
    return names if len(names) >= 2 and names[0].split()[-1] == surname else []


def _code_account(url: str) -> bool:
    """Whether URL is a code host's page of an account or an organisation, no repository."""
    try:
        parsed = urlparse(url)
    except ValueError:
        return False
    host = (parsed.hostname or "").lower()
    return host.endswith(CODE_HOSTS) and len([p for p in parsed.path.split("/") if p]) < 2


def _title_named_arxiv(body: list[Line], title: str) -> str:
    """The arXiv link among BODY's lines whose text is TITLE itself or its name before its
    colon ("[**OpenVLA**](…)" for "OpenVLA: An Open-Source …"), or ""."""
    wanted = {_WORDS_ONLY.sub(" ", title).strip().lower()}
    # ("WT5?! Training …": a name before its "?!" as well)
    name = _NAME_MARK.split(title, 1)[0] if _NAME_MARK.search(title) else ""
    if 0 < len(name.split()) <= NAME_BEFORE_COLON:
        wanted.add(_WORDS_ONLY.sub(" ", name).strip().lower())
    for line in body:
        for span in line.spans:
            if span.kind == "link" and "arxiv.org/" in span.url:
                text = _WORDS_ONLY.sub(" ", line.text[span.start : span.end]).strip().lower()
                if text in wanted:
                    return span.url
    # "Grid RCNN: https://arxiv.org/abs/…" / "Grid RCNN Plus: https://arxiv.org/abs/…" under
    # "Grid R-CNN Plus: Faster and Better": the line its name labels
    squashed = {w.replace(" ", "") for w in wanted}
    for line in body:
        labelled = _LABELLED_ARXIV.match(line.text.strip()) if "arxiv.org/" in line.text else None
        if labelled is not None and _WORDS_ONLY.sub("", labelled[1]).lower() in squashed:
            return labelled[2]
    return ""


# "Grid RCNN Plus: https://arxiv.org/abs/1906.05688": a paper's name, then its arXiv address
_LABELLED_ARXIV = lazy_re(r"^([^:：\s][^:：]{1,60}?)\s*[:：]\s*(https?://arxiv\.org/\S{5,80})$")
NAME_BEFORE_COLON = 3  # words of a title's short name ("OpenVLA: …"), at most
_NAME_MARK = lazy_re(r":|[?!]+\s")  # what ends a title's short name


_WORDS_ONLY = lazy_re(r"[\W_]+")


# An arXiv id with its version in a link's file name, with or without its dot
# ("papers/250912345v1-some-title.html", "2509.12345v2.md"): a summary site's page of the paper.
_ARXIV_FILE = lazy_re(r"(?:^|/)(\d{2}(?:0[1-9]|1[0-2]))\.?(\d{5})v\d{1,2}(?=[-_.]|$)")
# "../paper/2602.22897/index.html": a site's page of one paper, in a folder named by its id
# or "../paper/2609.10715.html": a page of its own named by the id ("../papers/arxiv-2510.09932/")
_ARXIV_FOLDER = lazy_re(
    r"(?:^|/)(?:arxiv[-_])?(\d{2}(?:0[1-9]|1[0-2]))\.(\d{5})(?:v\d{1,2})?(?:/|\.(?:html?|md|pdf)$)",
    re.IGNORECASE,
)


_ARXIV_PATH = lazy_re(r"^/(?:abs|pdf|vc/arxiv/papers/\d{4})/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/?$")


# a proxy's or an archive's address that holds another address in its path
_PROXIED = lazy_re(r".*/(https?:/{1,2}[^/\s]\S*)$", re.IGNORECASE)  # the last one inside


# a publisher's address that holds the DOI it serves ("dl.acm.org/doi/fullHtml/10.1145/…",
# "link.springer.com/content/pdf/10.1007/BF00992696.pdf", "biorxiv.org/content/10.1101/…v1",
# "journals.plos.org/plosone/article?id=10.1371/…"), and what follows the DOI there
_PATH_DOI = lazy_re(r"(?:^|/|[?&]id=)(10\.\d{4,9}/[^?#&\s]+)")
_AFTER_DOI = lazy_re(
    r"(?:/(?:full|abstract|pdf|epdf|html|fulltext|meta))+$|(?:\.full)?(?:\.pdf|\.html?)$"
)
# "direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00511/113490/Causal-Inference-…": a journal
# host's article page, the DOI then the host's own number and the title's slug (or
# "academic.oup.com/jamia/advance-article/doi/10.1093/jamia/ocy068/5035024")
_HOSTED_ARTICLE_DOI = lazy_re(
    r"/(?:advance-)?article(?:-abstract|-pdf)?/doi/(10\.\d{4,9}/[^\s?#]{1,120}?)/\d+(?:/|$)"
)
# "nature.com/articles/s41586-021-03505-3", "nature.com/articles/nature14539": Nature's DOIs
_NATURE_ARTICLE = lazy_re(r"^/articles/((?:s\d{5}-\d{3}-\d{5}-\w|nature\d{4,6}|ncomms\d{4,6}))$")


def _doi_in_address(host: str, path: str, query: str) -> str | None:
    """The DOI a publisher's address holds in its path or its "id=" parameter, else None."""
    if host.endswith("nature.com"):
        article = _NATURE_ARTICLE.match(path)
        if article is not None:
            return normalize_doi(f"10.1038/{article.group(1)}")
    hosted = _HOSTED_ARTICLE_DOI.search(path)
    if hosted is not None:
        return normalize_doi(hosted.group(1))
    found = _PATH_DOI.search(path) or _PATH_DOI.search("?" + query)
    if found is None:
        return None
    # (normalize_doi drops a bioRxiv or medRxiv address's "v1" after the DOI)
    return normalize_doi(_AFTER_DOI.sub("", found.group(1)))


def doi_in_url(url: str) -> str | None:
    """The DOI a publisher's address URL holds ("dl.acm.org/doi/abs/10.1145/…"), else None."""
    from urllib.parse import unquote, urlsplit

    try:
        parsed = urlsplit(url)
    except ValueError:
        return None
    if parsed.scheme not in ("http", "https"):
        return None
    return _doi_in_address((parsed.hostname or "").lower(), unquote(parsed.path), parsed.query)


_FORM_HOSTS = ("forms.gle", "typeform.com", "forms.office.com", "jotform.com", "surveymonkey.com")


_NO_PAGE_SCHEME = lazy_re(r"(?:mailto|tel|javascript|data):", re.IGNORECASE)


def _add_url(out: Fields, url: str, hint: str) -> None:
    if not url or url.startswith("#") or _IMAGE.search(url) or _NO_PAGE_SCHEME.match(url):
        return  # ("mailto:chair@…" under the list: whom to write to, no paper's page)
    if not re.match(r"[a-z][a-z0-9+.-]*:|www\.", url, re.IGNORECASE):
        path = url.split("?")[0].split("#")[0]
        named = _ARXIV_FILE.search(path) or _ARXIV_FOLDER.search(path)
        if named and not out.arxiv_id:
            out.arxiv_id = f"{named.group(1)}.{named.group(2)}"
            out.landing.append((3, landing_url("arxiv", out.arxiv_id)))
        return  # a link relative to the page is no address a reader can open
    try:
        parsed = urlparse(url if "://" in url else "https://" + url)
        host = (parsed.hostname or "").lower()
    except ValueError:
        return
    inner = _PROXIED.search(url, url.find("://") + 3)
    if inner is not None:  # "sci-hub.ren/https://dl.acm.org/doi/abs/10.1145/…", an archive's
        # copy: the identifiers of the address it serves are the paper's
        served = Fields()
        _add_url(served, re.sub(r"^(https?:)/*", r"\1//", inner.group(1)), hint)
        out.doi = out.doi or served.doi
        out.arxiv_id = out.arxiv_id or served.arxiv_id
        out.openreview_id = out.openreview_id or served.openreview_id
    path = parsed.path.lower()
    if host.endswith(_FORM_HOSTS) or (host == "docs.google.com" and path.startswith("/forms")):
        return  # a sign-up or review form beside the paper, never its address
    if host.endswith("arxiv.org"):
        arxiv = normalize_arxiv(url)
        if arxiv is None:  # a mirror host of arXiv's own ("browse.arxiv.org/pdf/ID.pdf")
            found = _ARXIV_PATH.match(parsed.path)
            arxiv = found.group(1) if found else None
        if arxiv:
            out.arxiv_id = out.arxiv_id or arxiv
            if "/pdf/" in path or path.endswith(".pdf"):
                out.pdf_url = out.pdf_url or url
            if arxiv == out.arxiv_id:
                out.landing.append((3, landing_url("arxiv", arxiv)))
        return
    mirrored = _ARXIV_PATH.match(parsed.path) if host.startswith("arxiv.") else None
    if mirrored is not None:  # "arxiv.fenshishang.com/abs/2005.07551": a mirror of arXiv's
        out.arxiv_id = out.arxiv_id or mirrored.group(1)
        out.landing.append((3, url))
        return
    if host.endswith("openreview.net"):
        ident = normalize_openreview(url)
        if ident:
            out.openreview_id = out.openreview_id or ident
            if path.startswith("/pdf"):
                out.pdf_url = out.pdf_url or url
            out.landing.append(
                (0, url if not path.startswith("/pdf") else landing_url("openreview", ident))
            )
        return
    if host.endswith("doi.org"):
        doi = normalize_doi(url)
        if doi:
            out.doi = out.doi or doi
            out.landing.append((1, url))
        return
    served_doi = _doi_in_address(host, unquote(parsed.path), parsed.query)
    if served_doi is not None:  # "dl.acm.org/doi/pdf/10.1145/3460231.3474236": the DOI it serves
        out.doi = out.doi or served_doi
    document = repository_document(path) if host.endswith(CODE_HOSTS) else None
    if document is not None and hint != "code":
        if document == "pdf":
            out.pdf_url = out.pdf_url or url
        return
    if (host.endswith(CODE_HOSTS) and not host.endswith("github.io")) or hint == "code":
        # a link the page labels "code" is the code wherever it points (an org, a project
        # site); an unlabelled one on a code host only when it names a repository
        repository = host.endswith(CODE_HOSTS) and len([p for p in path.split("/") if p]) >= 2
        # ("[Code](github.com/huggingface) • [Code](github.com/org/repo)": the repository)
        replaces = out.code_url is None or (repository and _code_account(out.code_url))
        if replaces and (hint == "code" or repository):
            out.code_url = url
        return
    if "huggingface.co" in host and "/papers/" in path:
        found = re.search(r"(\d{4}\.\d{4,5})", path)
        if found and not out.arxiv_id:
            out.arxiv_id = found.group(1)
        if found and found.group(1) == out.arxiv_id:
            # the page's own link (an arXiv link before it), without its tracking query
            out.landing.append((4, f"https://huggingface.co/papers/{found.group(1)}"))
        return
    if conference_paper(url):  # "usenix.org/conference/osdi20/presentation/boos"
        out.landing.append((2, url))
        return
    if hint == "aside":
        # "[slides](…/talk.pdf)", "[video](youtu.be/…)": beside the paper, not it; the
        # record's link only when it has no other (a video's own item is no paper)
        out.landing.append((_ASIDE_RANK, url))
        return
    if hint == "pdf" or path.endswith(".pdf"):
        out.pdf_url = out.pdf_url or url
        if host.endswith(_LANDING_HOSTS):
            out.landing.append((2, url))
        return
    if host.endswith(_LANDING_HOSTS):
        out.landing.append((2, url))
        return
    if hint == "link":
        out.landing.append((5, url))


_DOCUMENT_KINDS = frozenset({"pdf", "md", "markdown", "txt", "rst"})


def repository_document(path: str) -> str | None:
    """The kind ("pdf", "md", …) of a document a code host's PATH serves, else None:
    ".../blob/master/notes/02-DANet.md" is a note on the paper and ".../resources/paper.pdf"
    the paper itself, kept in a repository; neither is its code."""
    if "/blob/" not in path and "/raw/" not in path:
        return None
    kind = path.rpartition(".")[2].lower()
    return kind if kind in _DOCUMENT_KINDS and "/" not in kind else None


def _add_text_ids(out: Fields, text: str) -> None:
    if len(text) > 20_000:
        text = text[:20_000]
    for kind, value in find_identifiers(text).items():
        if kind == "arxiv" and not out.arxiv_id:
            out.arxiv_id = value
            out.landing.append((3, landing_url("arxiv", value)))
        elif kind == "doi" and not out.doi:
            out.doi = value
            out.landing.append((1, landing_url("doi", value)))
        elif kind == "openreview" and not out.openreview_id:
            out.openreview_id = value
    match = _ARXIV_TEXT.search(text)
    if match and not out.arxiv_id:
        out.arxiv_id = next(group for group in match.groups() if group)
        out.landing.append((3, landing_url("arxiv", out.arxiv_id)))
