"""Citations: CSL-JSON items (what Zotero and Mendeley exchange) and plain-text references.

Names are split into family and given parts here once, for CSL-JSON, RIS and the text style.
Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from papercli.citekeys import keys_for
from papercli.model import Paper

# papercli's own fields that CSL-JSON and RIS have no place for: kept in CSL's ``custom``
# object and in RIS ``C8`` lines, so that a round trip loses nothing.
EXTRA_FIELDS = (
    "status",
    "priority",
    "topics",
    "summary",
    "alt_titles",
    "pdf_url",
    "code_url",
    "arxiv_id",
    "openreview_id",
    "read_at",
)
PREPRINT_SERVERS = frozenset({"arxiv", "biorxiv", "medrxiv", "ssrn", "chemrxiv", "psyarxiv"})
_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "ter", "ten"}
)
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# Words that make a name an organisation's (BibTeX's ``{Google Research}``), cited as written
# (a CSL ``literal``), never as "Research, G.". No person's name is made of these words.
_ORGANIZATION_WORDS = re.compile(
    r"\b(research|team|teams|labs?|laborator(?:y|ies)|group|institute|institut|university|"
    r"universit[yäé]t?|college|school|consortium|collaboration|project|foundation|inc|corp|"
    r"corporation|ltd|llc|gmbh|company|association|society|committee|council|initiative|"
    r"organi[sz]ation|cent(?:er|re)|department|academy|agency|authors|contributors|community|"
    r"alliance|workshop|programme|ministry|office|deepmind|openai|google|microsoft|nvidia|"
    r"meta|facebook|amazon|alibaba|tencent|baidu|huawei|bytedance|anthropic)\b",
    re.IGNORECASE,
)
_ORGANIZATION_MARKS = re.compile(r"\bAI\b|&")
_JOURNAL_WORDS = re.compile(
    r"\b(journal|transactions|letters|review|magazine|nature|science|proceedings of the ieee"
    r"|proceedings of the national academy)\b",
    re.IGNORECASE,
)
_JOURNALS = frozenset({"JMLR", "TMLR", "TPAMI", "TACL", "IJCV", "PNAS", "Nature", "Science"})


def is_journal(venue: str) -> bool:
    """Whether VENUE names a journal rather than a conference."""
    return venue in _JOURNALS or bool(_JOURNAL_WORDS.search(venue))


def is_preprint_server(venue: str | None) -> bool:
    """Whether VENUE is a preprint server such as arXiv."""
    return bool(venue) and venue.strip().lower() in PREPRINT_SERVERS  # type: ignore[union-attr]


# --------------------------------------------------------------------------------------------
# Names


def is_organization(name: str) -> bool:
    """Whether NAME is an organisation's ("Google Research", "The Mamba Authors", "Stability
    AI"), or written in BibTeX's protective braces ("{Hugging Face}"): one literal name."""
    name = name.strip()
    if name.startswith("{") and name.endswith("}"):
        return True
    return bool(_ORGANIZATION_WORDS.search(name) or _ORGANIZATION_MARKS.search(name))


# bare initials after a surname ("Y", "KF", "AE", "H K"), as the digest importer keeps them
_BARE_INITIALS = re.compile(r"[A-Z]{1,2}")
# two-letter family names that China's romanisation writes in capitals after the given name
# ("Pengyu LI", "Xin WU"): a surname, not initials
_CAPITAL_SURNAMES = frozenset(
    {"LI", "WU", "HE", "XU", "YU", "MA", "HU", "GU", "LU", "DU", "FU", "YE", "SU", "QI", "XI"}
    | {"YI", "MU", "NI", "BI", "JI", "SI", "OU", "AN", "AI"}
)


def _surname_then_initials(words: list[str]) -> bool:
    """Whether WORDS are one surname and then bare initials ("Lund", "AE"; "WANG", "H", "K")."""
    if not 2 <= len(words) <= 4 or words[-1].lower() in _SUFFIXES:
        return False
    surname = words[0].replace("-", "").replace("'", "").replace("’", "")
    if len(surname) < 2 or not surname.isalpha() or not words[0][0].isupper():
        return False
    tail = words[1:]
    if len(tail) == 1 and tail[0] in _CAPITAL_SURNAMES and not words[0].isupper():
        return False  # "Pengyu LI": a given name, then the surname in capitals
    return all(_BARE_INITIALS.fullmatch(w) for w in tail)


def split_name(name: str) -> tuple[str, str, str]:
    """(family, given, suffix) of a display name: "Aidan N. Gomez" -> ("Gomez", "Aidan N.",
    ""); "Vaswani, Ashish" -> ("Vaswani", "Ashish", ""); "Ludwig van Beethoven" ->
    ("van Beethoven", "Ludwig", ""). A one-word name (or CJK name) is all family, and so is
    an organisation's ("Google Research", see ``is_organization``)."""
    name = " ".join(name.split())
    if "," not in name and is_organization(name):
        return name.removeprefix("{").removesuffix("}") if name.startswith("{") else name, "", ""
    if "," in name:
        family, _, rest = name.partition(",")
        given, _, suffix = rest.partition(",")
        return family.strip(), given.strip(), suffix.strip()
    words = name.split()
    if _surname_then_initials(words):
        # "Bengio Y", "WANG H K", "Lee KF", "Müller J": the surname first, its initials after
        # (Vancouver, GB/T 7714), as the digest importer keeps them
        return words[0], " ".join(words[1:]), ""
    suffix = ""
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        suffix = words.pop()
    if len(words) < 2:
        return name if not suffix else words[0], "", suffix
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:]), " ".join(words[:start]), suffix


def surname_first(name: str) -> bool:
    """Whether NAME is written surname first with bare initials after it ("Bengio Y", "WANG H
    K"): RIS and CSL exports keep it whole, for they would otherwise write its parts apart and
    an import would join them given name first ("Y Bengio"), not as the page wrote it."""
    return "," not in name and _surname_then_initials(" ".join(name.split()).split())


def join_name(family: str, given: str = "", suffix: str = "") -> str:
    """A display name from its parts (the inverse of split_name for the names it makes)."""
    name = f"{given} {family}".strip() if given else family.strip()
    return f"{name} {suffix}".strip() if suffix else name


def _initials(given: str) -> str:
    """ "Aidan N." -> "A. N."; "Ming-Wei" -> "M.-W."; "KF" (glued initials) -> "K. F."."""
    parts = []
    for word in given.split():
        if 2 <= len(word) <= 3 and word.isupper() and word.isalpha():
            parts.append(" ".join(ch + "." for ch in word))  # "Lee KF": two initials
            continue
        pieces = [p for p in word.split("-") if p]
        parts.append("-".join(p[0] + "." for p in pieces))
    return " ".join(parts)


# --------------------------------------------------------------------------------------------
# Plain text (APA-like)


def _apa_author(name: str) -> str:
    family, given, suffix = split_name(name)
    text = f"{family}, {_initials(given)}" if given else family
    return f"{text}, {suffix}" if suffix else text


def _apa_authors(authors: Sequence[str]) -> str:
    names = [_apa_author(a) for a in authors]
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        return ", ".join(names[:19]) + ", . . . " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _end(text: str) -> str:
    """TEXT ending in a full stop (not doubled after an initial or a question mark)."""
    return text if text.endswith((".", "?", "!")) else text + "."


def text_citation(paper: Paper) -> str:
    """A plain reference in the APA manner: ``Vaswani, A., & Shazeer, N. (2017). Attention Is
    All You Need. NeurIPS. https://arxiv.org/abs/1706.03762``."""
    year = f"({paper.year})" if paper.year else "(n.d.)"
    parts = []
    if paper.authors:
        parts += [_end(_apa_authors(paper.authors)), _end(year), _end(paper.title)]
    else:
        parts += [_end(paper.title), _end(year)]
    if paper.venue:
        parts.append(_end(paper.venue))
    if paper.doi:
        parts.append(f"https://doi.org/{paper.doi}")
    elif paper.arxiv_id:
        parts.append(f"https://arxiv.org/abs/{paper.arxiv_id}")
    elif paper.url:
        parts.append(paper.url)
    return " ".join(parts)


def to_text(papers: Sequence[Paper]) -> str:
    """One plain reference per line."""
    return "".join(text_citation(p) + "\n" for p in papers)


# --------------------------------------------------------------------------------------------
# CSL-JSON


def csl_type(paper: Paper) -> str:
    """The CSL item type: a preprint is an ``article``, as Zotero writes it."""
    if not paper.venue or is_preprint_server(paper.venue):
        return "article"
    return "article-journal" if is_journal(paper.venue) else "paper-conference"


def csl_name(name: str) -> dict[str, str]:
    """A CSL name object: family and given parts, or a literal for a one-part name."""
    family, given, suffix = split_name(name)
    if not given or "," in name or surname_first(name):
        return {"literal": name}
    item = {"family": family, "given": given}
    if suffix:
        item["suffix"] = suffix
    return item


def csl_item(paper: Paper, key: str, own_fields: bool = True) -> dict[str, Any]:
    """PAPER as one CSL-JSON item under the id KEY."""
    item: dict[str, Any] = {"id": key, "type": csl_type(paper), "title": paper.title}
    if paper.authors:
        item["author"] = [csl_name(a) for a in paper.authors]
    if paper.venue and is_preprint_server(paper.venue):
        item["publisher"] = paper.venue
        if paper.arxiv_id and paper.venue.lower() == "arxiv":
            item["number"] = f"arXiv:{paper.arxiv_id}"
    elif paper.venue:
        item["container-title"] = paper.venue
    if paper.year is not None:
        item["issued"] = {"date-parts": [[paper.year]]}
    if paper.abstract:
        item["abstract"] = paper.abstract
    if paper.url:
        item["URL"] = paper.url
    if paper.doi:
        item["DOI"] = paper.doi
    if paper.tags:
        item["keyword"] = ", ".join(paper.tags)
    if paper.notes:
        item["note"] = paper.notes
    custom = {
        name: getattr(paper, name)
        for name in EXTRA_FIELDS
        if getattr(paper, name) not in (None, [], "", 0) or name == "status"
    }
    if any("," in t or ";" in t for t in paper.tags):
        custom["tags"] = list(paper.tags)  # the keyword string cannot hold these in a tag
    if own_fields:
        item["custom"] = {"papercli": custom}
    return item


def to_csl_json(papers: Sequence[Paper], own_fields: bool = True) -> str:
    """PAPERS as a CSL-JSON array, each under its citation key (papercli's own fields in
    ``custom.papercli`` unless OWN_FIELDS is False)."""
    import orjson

    keys = keys_for(papers)
    items = [csl_item(p, k, own_fields) for p, k in zip(papers, keys, strict=True)]
    return orjson.dumps(items, option=orjson.OPT_INDENT_2).decode() + "\n"
