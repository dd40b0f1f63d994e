"""Venue and year from free text: a record's line, a section heading, a page's title or intro.

``find_venue_year(text)`` returns ``(venue, year)``, either may be None. Venues are matched as
whole words only ("ACL" is not found in "ORACLE", "CHI" not in "Chi Wang") and given in the
spelling the answer keys use, which follows the page: "NeurIPS" for neurips/NeurIPS/NEURIPS, but
"NIPS" stays "NIPS"; "arXiv" for arxiv/Arxiv. A workshop, "Findings" or track keeps its main
venue's name ("Findings of ACL" → "ACL"). Long names map to the short one ("Advances in Neural
Information Processing Systems" → "NeurIPS"). Years: 1950-2030, four digits or "'24" after a
venue ("ICLR'24", "[CVPR 2023]", "NeurIPS 2020 (Oral)", "Published in TMLR, 2022",
"ICLR 2022 论文"); a year that sits in a link, an arXiv id or a longer number is not a year.

Pure: no I/O; linear in the length of the text (inputs are capped).
Measured on the real digest corpus by ``benchmarks/names_eval.py`` (numbers in
benchmarks/README.md).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["canonical_venue", "find_venue", "find_venue_year", "find_year"]

MIN_YEAR, MAX_YEAR = 1950, 2030
_MAX_CHARS = 20_000


def _split(text: str) -> list[str]:
    return text.split()


# Short names matched in any case (they are not English words): lower-case alias → display.
_ANY_CASE = {
    name.lower(): name
    for name in _split(
        "NeurIPS NIPS ICLR ICML CVPR CVPRW ICCV ICCVW ECCV ECCVW WACV BMVC ACCV 3DV EMNLP NAACL "
        "EACL AACL TACL COLING ACL AAAI IJCAI SIGIR SIGKDD KDD TMLR JMLR TPAMI IJCV TKDE TOIS "
        "TNNLS TCSVT TIP TMM TOG AISTATS COLT CoRL ICRA IROS RA-L ICASSP Interspeech WSDM CIKM "
        "RecSys MLSys COLM MICCAI MIDL SIGGRAPH UIST UbiComp CSCW ECIR ICDE ICDM SIGMOD VLDB "
        "IJCNN ISMIR ICCAD HPCA ISCA ASPLOS MobiCom INFOCOM AAMAS ECAI UAI SIGDIAL LREC WMT "
        "CoNLL ICLR-W NeurIPSW PNAS arXiv CoRR bioRxiv medRxiv OpenReview"
    )
}
# Short names that are also words or surnames: matched only as written here.
_EXACT_CASE = ("CHI", "WWW", "MICRO", "DAC", "ACM MM", "ACM-MM", "SIGGRAPH Asia")
# Matched only with a year right after them ("Nature 2015").
_WITH_YEAR = ("Nature", "Science")
_DISPLAY = {
    "acm-mm": "ACM MM",
    "acm mm": "ACM MM",
    "corr": "CoRR",
    "iclr-w": "ICLR",
}
# Long names → short name.
_LONG_NAMES: tuple[tuple[str, str], ...] = (
    ("NeurIPS", r"neural information processing systems"),
    ("ICLR", r"international conference on learning representations"),
    ("ICML", r"international conference on machine learning"),
    ("CVPR", r"(?:conference on )?computer vision and pattern recognition"),
    ("ICCV", r"international conference on computer vision"),
    ("ECCV", r"european conference on computer vision"),
    ("EMNLP", r"empirical methods in natural language processing"),
    ("NAACL", r"north american chapter of the association for computational linguistics"),
    ("ACL", r"annual meeting of the association for computational linguistics"),
    ("AAAI", r"aaai conference on artificial intelligence"),
    ("IJCAI", r"international joint conference on artificial intelligence"),
    ("KDD", r"knowledge discovery (?:and|&) data mining"),
    ("SIGIR", r"research and development in information retrieval"),
    ("TMLR", r"transactions on machine learning research"),
    ("JMLR", r"journal of machine learning research"),
    ("TPAMI", r"transactions on pattern analysis and machine intelligence"),
    ("IJCV", r"international journal of computer vision"),
    ("WWW", r"the web conference|world wide web conference"),
    ("CHI", r"human factors in computing systems"),
    ("AISTATS", r"artificial intelligence and statistics"),
    ("UAI", r"uncertainty in artificial intelligence"),
    ("CoRL", r"conference on robot learning"),
)
_PREPRINTS = frozenset({"arXiv", "CoRR", "bioRxiv", "medRxiv", "OpenReview"})

_NOISE = re.compile(
    r"(?:https?://|www\.)\S+|\S+@\S+"
    r"|(?<![\w.])\d{4}\.\d{4,5}(?:v\d+)?"  # arXiv ids ("arXiv:" itself stays: a venue)
    r"|\b10\.\d{4,9}/\S+"  # DOIs
    r"|\]\([^)]{0,1000}\)",  # the target of a markdown link
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![A-Za-z0-9.\-/])(19[5-9]\d|20[0-2]\d|2030)(?![0-9]|\.\d)")
_TAGGED_YEAR = re.compile(
    r"(?<![A-Za-z0-9])(?:preprint|workshop|findings)\s?['’‘](\d{2})(?!\d)", re.IGNORECASE
)
_AFTER_VENUE_YEAR = re.compile(
    r"\s?(?:'|’|‘)\s?(\d{2})(?!\d)|[\s,\-_]{0,3}(\d{4})(?![0-9]|\.\d)|(\d{2})(?![\d\w])"
)


# --------------------------------------------------------------------------------------------
# Public functions


def find_venue_year(text: str) -> tuple[str | None, int | None]:
    """The venue and year TEXT states, e.g. "[CVPR 2023] Title" → ("CVPR", 2023).

    A published venue wins over a preprint server; a year written right after the venue wins
    over a year elsewhere in TEXT.
    """
    text = _NOISE.sub(" ", (text or "")[:_MAX_CHARS])
    best: tuple[str, int | None, int] | None = None
    for match in _venue_pattern().finditer(text):
        venue = _accept(match)
        if venue is None:
            continue
        year = _year_after(text, match.end())
        if venue in _WITH_YEAR and year is None:
            continue
        if best is None or (best[0] in _PREPRINTS and venue not in _PREPRINTS):
            best = (venue, year, match.start())
            if venue not in _PREPRINTS and year is not None:
                break
    if best is None:
        return None, find_year(text)
    venue, year, position = best
    if year is None:
        year = _nearest_year(text, position)
    return venue, year


def find_venue(text: str) -> str | None:
    """The venue TEXT states, or None."""
    return find_venue_year(text)[0]


def find_year(text: str) -> int | None:
    """The first plausible year (1950-2030) in TEXT that is not part of a link, id or number."""
    text = _NOISE.sub(" ", (text or "")[:_MAX_CHARS])
    match = _YEAR.search(text)
    if match:
        return int(match.group(1))
    tagged = _TAGGED_YEAR.search(text)
    return 2000 + int(tagged.group(1)) if tagged and int(tagged.group(1)) <= 30 else None


@cache
def canonical_venue(name: str) -> str | None:
    """NAME as the short venue spelling used here ("neurips" → "NeurIPS"), or None if unknown."""
    venue, _ = find_venue_year(name)
    return venue


# --------------------------------------------------------------------------------------------
# Matching


@cache
def _venue_pattern() -> re.Pattern[str]:
    short = sorted([*_ANY_CASE.values(), *_EXACT_CASE, *_WITH_YEAR], key=len, reverse=True)
    alternatives = [
        *(f"(?P<long{i}>{pattern})" for i, (_, pattern) in enumerate(_LONG_NAMES)),
        "(?P<short>" + "|".join(re.escape(s).replace(r"\ ", r"[\s\-]?") for s in short) + ")",
    ]
    return re.compile(
        r"(?<![A-Za-z0-9])(?:" + "|".join(alternatives) + r")(?![A-Za-z])", re.IGNORECASE
    )


def _accept(match: re.Match[str]) -> str | None:
    """The display name for MATCH, or None when its case says it is a word, not a venue."""
    written = match.group(0)
    if match.group("short") is None:
        for i, (short, _) in enumerate(_LONG_NAMES):
            if match.group(f"long{i}"):
                return short
        return None
    lowered = re.sub(r"[\s\-]+", " ", written.lower())
    for name in _EXACT_CASE:
        if lowered == re.sub(r"[\s\-]+", " ", name.lower()):
            normal = re.sub(r"[\s\-]+", " ", written)
            if normal in (name.replace("-", " "), name.upper().replace("-", " ")):
                return _DISPLAY.get(name.lower(), name)
            return None
    for name in _WITH_YEAR:
        if lowered == name.lower():
            return name if written in (name, name.upper()) else None
    display = _ANY_CASE.get(written.lower())
    if display is None:
        return None
    if written not in (display, display.upper(), display.lower(), written.capitalize()):
        return None  # odd mixed case ("cVpR"): not a venue name
    if display == "CoRR" and written != "CoRR":
        return None  # "corr" is also an abbreviation of correlation
    if display == "ACL" and written not in ("ACL",):
        return None
    return _DISPLAY.get(display.lower(), display)


def _year_after(text: str, end: int) -> int | None:
    match = _AFTER_VENUE_YEAR.match(text, end)
    if not match:
        return None
    two = match.group(1) or match.group(3)
    if two is not None:
        value = int(two)
        value += 2000 if value <= MAX_YEAR - 2000 else 1900
    else:
        value = int(match.group(2))
    return value if MIN_YEAR <= value <= MAX_YEAR else None


def _nearest_year(text: str, position: int) -> int | None:
    best: tuple[int, int] | None = None
    for match in _YEAR.finditer(text):
        distance = abs(match.start() - position)
        if best is None or distance < best[0]:
            best = (distance, int(match.group(1)))
    return best[1] if best else None
