"""Where a paper appeared, as its line writes it after the title: a journal or a meeting that
the venue list does not know ("Title. A, B. Computer Speech & Language, 2009.", "Title[J].
IEEE Signal Processing Magazine, 2012", "(Medical Image Analysis, 2022)", "Title, A et al.,
RAM 2023", "Title. Pei, S., et al. Scientific reports'14")."""

from __future__ import annotations

import re

from papercli.importers.digest.blocks import YEAR
from papercli.importers.venues import two_digit_year
from papercli.lazy_regex import lazy_re

# "[PDF]", "[[code]]", "| [bibtex]", a bare address: links written after the entry
_LINKS = lazy_re(r"\|?\s*\[\[?[^\[\]]{2,30}\]?\]|https?://\S+|\s\|\s.*$")
# China's citation standard (GB/T 7714): "Title[J]. Journal, 2012", "Title[C]//Proceedings."
_TYPE_MARK = lazy_re(r"^\[\s*(?:J|C|A|M|D|R|N)(?:\s*/\s*OL)?\s*\]\s*(//|\.)\s*")
_MARK_END = lazy_re(r",\s*(?:19|20)\d\d\b|\.\s|,|[.:]\s*$|\s\d+\s*\(")
# "[C]//2013 IEEE conference on A, B and C. IEEE, 2013": a proceedings' name holds commas
_PROCEEDINGS_END = lazy_re(r"\.\s|[.:]\s*$|,\s*(?:19|20)\d\d\b")
_OPENING = lazy_re(r"^[\s\"“”'’.,:;)\]*_\-–—@]+")  # "[Title](…) @ NDSS 2017": where
_PAREN = lazy_re(r"^[(（]([^()（）]{2,80})[)）]")
# names before the venue: "A, B. Venue", "A et al., Venue"
_NAMES_END = lazy_re(r"\bet\.?\s*al\.?,?\s+|(?<=[.])\s+(?=[A-Z])|,\s+(?=[A-Z])")
_PLACE = lazy_re(
    r"^(?:in:?\s+)?(?:(?:the\s+)?proc(?:eedings|\.)?\s+(?:of\s+)?(?:the\s+)?)?"
    # (the name ends before a run of spaces, which one "\s*" reads: tried at each of its
    # spaces, or by two in a row, it made the match cubic in the run's length)
    r"(?P<name>[A-Z][^()\[\]|,:;]{0,80}?)(?<!\s)\s*"
    r"(?:(?:,\s+|(?<=\s))(?P<year>(?:19|20)\d\d)(?!\d)|['’](?P<short>\d\d)(?!\d)"
    r"|[(（](?P<bracketed>(?:19|20)\d\d)[)）]"  # "WADM(2021)", an acronym's only
    # (", 31/3: 419-429", " 24/1: 97-123", ", 28: 203-208": a volume, its issue, its pages)
    # (", 38, pp. 1-18": a volume, then its pages)
    r"|(?P<volume>,\s*(?:vol|no|pp)\.|(?:,\s+|(?<=\s))\d+\s*\(|,\s+\d{1,4},\s*pp?\.\s*\d"
    r"|(?:,\s+|(?<=\s))\d{1,4}\s*(?:/\s*\d{1,4}\s*)?:\s*\d)|(?:\.\s*)?$)"
)
# prose, a lab, a label: never a venue
_NOT_A_PLACE = lazy_re(
    r"\b(?:we|our|this|these|that|is|are|was|were|propose[sd]?|present[sa]?|paper|code|"
    r"university|institute|lab|labs|inc|research|google|deepmind|openai|meta|microsoft|"
    r"facebook|nvidia|amazon|apple|tsinghua|stanford|berkeley|mit|cmu|oral|spotlight|poster|"
    r"award|best|slides|video|blog|github|note|notes|pdf|html|link|arxiv|original|first|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|vol|volume|issue|pp)\b|"
    r"[·\u3400-\u9fff]",
    re.IGNORECASE,
)
_MEETING = lazy_re(r"\b(?:conference|symposium|workshop|journal|transactions)\b", re.I)
# "PR 2024: Title", "[NCA'21] Title": an acronym and its year before the title
_LEAD_TAG = lazy_re(
    r"(?:^|[\s\[(【])([A-Z][A-Za-z\-]{1,11})\s*['’]?\s*((?:19|20)\d\d|\d\d)\s*[\])】]?\s*[:：\-–—|]?\s*$"
)
_YEAR_LEAD_TAG = lazy_re(
    r"(?:^|[\s\[(【])((?:19|20)\d\d)\s*[-–]?\s*([A-Z][A-Za-z]{1,11})\s*[\])】]?\s*[:：\-–—|]?\s*$"
)
_ET_AL = lazy_re(r"\bet\.?\s*al\b")
# " | **[ISNN' 17]** |", "[CVPR Workshop' 18]": a venue tag, its year after an apostrophe
VENUE_TAG = lazy_re(
    r"^[\s|*_,]*[\[【]\s*([A-Za-z][\w\- ]{0,25}?)\s*['’]\s*((?:19|20)\d\d|\d\d)\s*[\]】]"
)
_ABBREVIATION = lazy_re(r"(?:^|\s)[A-Z][a-z]{0,6}$")


_VENUE_WORDS = lazy_re(
    r"\b(?:journal|conference|proceedings|proc|transactions|trans|symposium|workshop|letters|"
    r"review|magazine|press|handbook|annals|bulletin|society|association|acm|ieee|siam|"
    r"computing|quarterly|surveys?)\b|学报|期刊|会议|(?<!\d)(?:19|20)\d\d(?!\d)|\([A-Z][A-Za-z]{1,9}\)",
    re.IGNORECASE,
)


def venue_like(text: str) -> bool:
    """Whether TEXT, not a known venue, still reads as one written out ("Journal of ...",
    "Handbook of ...", "... (JEX)", a year): not a comment like *highly recommended*."""
    return bool(_VENUE_WORDS.search(text))


def written_venue(after: str) -> tuple[str | None, int | None]:
    """The venue and year written in AFTER, the text after a paper's title, when they are
    where a citation puts them; (None, None) otherwise."""
    tag = VENUE_TAG.match(after)
    if tag is not None and tag.group(1)[0].isupper() and _plausible(tag.group(1)):
        digits = tag.group(2)
        return tag.group(1), int(digits) if len(digits) == 4 else two_digit_year(int(digits))
    text = _LINKS.sub(" ", after[:300]).strip()
    mark = _TYPE_MARK.match(text)
    if mark is not None:
        return _marked(text[mark.end() :], mark.group(1) == "//")
    dotted = text.lstrip("*_").startswith((".", ","))
    text = _OPENING.sub("", text)
    paren = _PAREN.match(text)
    if paren is not None:
        return _place(paren.group(1).strip(), bare=False)  # "(GAN)": a nickname
    found = _place(text, bare=dotted)  # "Title CLIP": a nickname; "Title. JMLR.": a journal
    if found[0] is not None:
        return found
    for cut in _NAMES_END.finditer(text):  # "A. Moss, B. Quill. JCRIB.": past every name
        names = text[: cut.end()] if _ET_AL.match(cut.group(0)) else text[: cut.start()]
        if _names(names):
            found = _place(text[cut.end() :])
            if found[0] is not None:
                return found
    return None, None


def venue_before(before: str) -> tuple[str | None, int | None]:
    """The venue an entry names right before its title ("PR 2024: Title", "[NCA'21] Title")."""
    match = _LEAD_TAG.search(before[-40:])
    if match is None:
        dated = _YEAR_LEAD_TAG.search(before[-40:])  # "2021-TIP - Title", "[2022 CVPR] Title"
        if dated is not None and _acronym(dated.group(2)):
            return dated.group(2), int(dated.group(1))
        return None, None
    if not _acronym(match.group(1)) or _NOT_A_PLACE.search(match.group(1)):
        return None, None
    digits = match.group(2)
    return match.group(1), int(digits) if len(digits) == 4 else two_digit_year(int(digits))


def _marked(text: str, proceedings: bool) -> tuple[str | None, int | None]:
    end = (_PROCEEDINGS_END if proceedings else _MARK_END).search(text)
    name = (text[: end.start()] if end else text).strip(" .,")
    year = YEAR.search(text, end.start()) if end else None
    if not _plausible(re.sub(r"^(?:19|20)\d\d\s+", "", name), marked=True):
        return None, None
    return name, int(year.group(1)) if year else None


def _place(text: str, bare: bool = True) -> tuple[str | None, int | None]:
    """The venue TEXT opens with; BARE allows an acronym with no year ("A, B. JMLR.")."""
    match = _PLACE.match(text)
    if match is None:
        return None, None
    name = match.group("name").strip(" .")
    if not _plausible(name):
        return None, None
    paged = "p" in (match.group("volume") or "")  # (", 38, pp. 1-18": a journal's volume)
    if " " in name and _names(name) and not venue_like(name) and not paged:
        return None, None
    if " " not in name and not (_acronym(name) or match.group("volume")):
        return None, None  # "(Smith, 2019)", "McIlraith": a surname; "Computer, vol. 42": a journal
    if match.group("year"):
        return name, int(match.group("year"))
    if match.group("bracketed"):  # "Deep Learning (2016)" is a book, "WADM(2021)" a meeting
        return (name, int(match.group("bracketed"))) if " " not in name else (None, None)
    if match.group("short"):
        return name, two_digit_year(int(match.group("short")))
    if not (match.group("volume") or venue_like(name) or (bare and " " not in name)):
        return None, None
    later = YEAR.search(text, match.end())  # "Computer, vol. 42, …, Aug. 2009."
    return name, int(later.group(1)) if later else None


def _acronym(word: str) -> bool:
    capitals = sum(ch.isupper() for ch in word)
    return capitals >= 2 and capitals >= sum(ch.islower() for ch in word)  # "CoRL", not "LeCun"


def _plausible(name: str, marked: bool = False) -> bool:
    """Whether NAME may be where a paper appeared; MARKED when a citation's type mark ("[J]")
    says so already, and "Application Research of Computers" or "计算机学报" is one."""
    if not 1 <= len(name.split()) <= 12 or not name[:1].isalpha():
        return False
    # "Int. J. Comput. Linguistics Chin. Lang. Process": abbreviated words, not two sentences
    if any(not _ABBREVIATION.search(part) for part in name.split(". ")[:-1]):
        return False
    return marked or _NOT_A_PLACE.search(name) is None or _MEETING.search(name) is not None


def _names(text: str) -> bool:
    from papercli.importers.digest.references import names_only

    text = text.strip(" ,")
    return bool(text) and (names_only(text) or _ET_AL.search(text) is not None)
