"""Looking papers up by title (Semantic Scholar, OpenAlex, Crossref, arXiv) and by arXiv id in
batches, and deciding whether a found record is the same paper.

Each service answers with candidates (Papers with id 0); ``judge`` accepts one only when the
normalised titles agree (>= 0.95, same numbers, no content word added or swapped) and year
and first author do not contradict. Base URLs come from environment variables (tests point
them at a local server).
"""

from __future__ import annotations

import html
import json
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from papercli.errors import FetchError, ValidationError
from papercli.ids import arxiv_of_doi, landing_url, normalize_arxiv, normalize_doi
from papercli.model import Paper
from papercli.net import Fetcher, HttpError, status_reason

S2_API_ENV = "PAPERCLI_S2_API"
S2_KEY_ENV = "PAPERCLI_S2_API_KEY"  # Semantic Scholar's x-api-key: a higher rate limit
EMAIL_ENV = "PAPERCLI_EMAIL"  # OpenAlex's and Crossref's "polite pool" (mailto=)
OPENALEX_API_ENV = "PAPERCLI_OPENALEX_API"
CROSSREF_API_ENV = "PAPERCLI_CROSSREF_API"
DEFAULT_S2_API = "https://api.semanticscholar.org/graph/v1"
DEFAULT_OPENALEX_API = "https://api.openalex.org"
DEFAULT_CROSSREF_API = "https://api.crossref.org"
ARXIV_BATCH = 100
TITLE_AGREEMENT = 0.95
S2_FIELDS = "title,authors,year,venue,publicationVenue,externalIds,abstract,openAccessPdf"

STOPWORDS = frozenset(
    {
        *("a", "an", "the", "of", "for", "and", "or", "in", "on", "at", "to", "with", "by"),
        *("from", "via", "as", "is", "are", "its", "into", "using", "towards", "toward"),
    }
)


@dataclass
class Candidate:
    """A record a service returned for a title, and how well its title agrees (0-1)."""

    paper: Paper
    service: str
    agreement: float
    problem: str | None = None  # why it was not accepted; None when it was


# --- judging ---------------------------------------------------------------------------------


def _fold(text: str) -> str:
    text = html.unescape(re.sub(r"<[^>]{0,200}>", " ", text))
    text = re.sub(r"\$[^$]{0,80}\$", " ", text)  # inline TeX: compare the words around it
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def title_agreement(a: str, b: str) -> float:
    """How alike two titles are once case, accents, punctuation and spacing are folded, 0-1."""
    from rapidfuzz import fuzz

    ka, kb = _fold(a).replace(" ", ""), _fold(b).replace(" ", "")
    if not ka or not kb:
        return 0.0
    return float(fuzz.ratio(ka, kb)) / 100


def _numbers(text: str) -> list[str]:
    return re.findall(r"\d+", _fold(text))


def _word_problem(a: str, b: str) -> str | None:
    """A content word one title has and the other lacks (a hyphen may join two words)."""
    fa, fb = _fold(a), _fold(b)
    ka, kb = fa.replace(" ", ""), fb.replace(" ", "")
    wa = {_stem(w) for w in fa.split() if w not in STOPWORDS}
    wb = {_stem(w) for w in fb.split() if w not in STOPWORDS}
    for word in sorted(wa - wb):
        if word not in kb:
            return f"the titles differ in {word!r}"
    for word in sorted(wb - wa):
        if word not in ka:
            return f"the titles differ in {word!r}"
    return None


def _name_words(name: str) -> set[str]:
    return {w for w in _fold(name).split() if len(w) > 1}


def judge(paper: Paper, found: Paper) -> str | None:
    """Why FOUND is not PAPER (None when it is): titles, numbers, year, first author."""
    agreement = title_agreement(paper.title, found.title)
    if agreement < TITLE_AGREEMENT:
        return f"the titles agree only {agreement:.1%}"
    if _numbers(paper.title) != _numbers(found.title):
        return "the titles have different numbers"
    problem = _word_problem(paper.title, found.title)
    if problem:
        return problem
    if paper.year and found.year and abs(paper.year - found.year) > 1:
        return f"the year differs ({paper.year} here, {found.year} there)"
    if paper.authors and found.authors:
        mine, theirs = _name_words(paper.authors[0]), _name_words(found.authors[0])
        if mine and theirs and not mine & theirs:
            return f"the first author differs ({paper.authors[0]} here, {found.authors[0]} there)"
    return None


# --- services --------------------------------------------------------------------------------


def _base(env: str, default: str) -> str:
    return (os.environ.get(env) or default).rstrip("/")


def _json(
    fetcher: Fetcher,
    url: str,
    params: dict[str, str],
    service: str,
    what: str,
    headers: dict[str, str] | None = None,
) -> Any:
    response = fetcher.get(
        url, params, "application/json", what=what, service=service, headers=headers
    )
    if response.status == 404:
        return None
    if response.status != 200:
        raise HttpError(f"could not fetch {what}: {status_reason(service, response.status)}")
    try:
        return json.loads(response.body)
    except (ValueError, RecursionError):
        raise HttpError(f"could not fetch {what}: {service} sent malformed JSON") from None


def _mailto() -> dict[str, str]:
    email = os.environ.get(EMAIL_ENV, "").strip()
    return {"mailto": email} if "@" in email else {}


def _paper(**fields: Any) -> Paper | None:
    try:
        return Paper(**fields)
    except ValidationError:
        return None


def _text(value: Any) -> str | None:
    from papercli.model import clean_text

    return (clean_text(value) or None) if isinstance(value, str) else None


def _items(value: Any) -> list[Any]:
    """VALUE when a service sent the list it documents, else nothing to read."""
    return value if isinstance(value, list) else []


def _int_year(value: Any) -> int | None:
    from papercli.model import MAX_YEAR, MIN_YEAR

    if isinstance(value, int) and not isinstance(value, bool) and MIN_YEAR <= value <= MAX_YEAR:
        return value
    return None


def _identified(
    title: str,
    authors: list[str],
    year: int | None,
    venue: str | None,
    abstract: str | None,
    arxiv_id: str | None,
    doi: str | None,
    pdf_url: str | None,
    source: str,
) -> Paper | None:
    url = landing_url("arxiv", arxiv_id) if arxiv_id else landing_url("doi", doi) if doi else None
    if arxiv_id and not pdf_url:
        pdf_url = f"https://arxiv.org/pdf/{arxiv_id}"
    return _paper(
        title=title,
        authors=authors,
        year=year,
        venue=venue,
        abstract=abstract,
        arxiv_id=arxiv_id,
        doi=doi,
        url=url,
        pdf_url=pdf_url,
        source=source,
    )


def semantic_scholar(fetcher: Fetcher, title: str) -> list[Paper]:
    """Semantic Scholar's best title match (``/paper/search/match``); none on its 404."""
    base = _base(S2_API_ENV, DEFAULT_S2_API)
    data = _json(
        fetcher,
        base + "/paper/search/match",
        {"query": title, "fields": S2_FIELDS},
        "Semantic Scholar",
        f"Semantic Scholar's match for {title[:60]!r}",
        {"x-api-key": key} if (key := os.environ.get(S2_KEY_ENV, "").strip()) else None,
    )
    return s2_papers(data)


def s2_papers(data: Any) -> list[Paper]:
    """The papers of a Semantic Scholar ``{"data": [...]}`` answer (malformed rows skipped)."""
    rows = data.get("data") if isinstance(data, dict) else None
    papers = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict) or not _text(row.get("title")):
            continue
        external = row.get("externalIds")
        ids: dict[str, Any] = external if isinstance(external, dict) else {}
        venue_obj = row.get("publicationVenue")
        venue = _text(row.get("venue")) or (
            _text(venue_obj.get("name")) if isinstance(venue_obj, dict) else None
        )
        pdf = row.get("openAccessPdf")
        authors = [
            name
            for a in _items(row.get("authors"))
            if isinstance(a, dict) and (name := _text(a.get("name")))
        ]
        paper = _identified(
            title=str(row["title"]),
            authors=authors,
            year=_int_year(row.get("year")),
            venue=venue,
            abstract=_text(row.get("abstract")),
            arxiv_id=normalize_arxiv(str(ids.get("ArXiv") or "")),
            doi=normalize_doi(str(ids.get("DOI") or "")),
            pdf_url=_http(pdf.get("url")) if isinstance(pdf, dict) else None,
            source="semanticscholar",
        )
        if paper:
            papers.append(paper)
    return papers


def _http(value: Any) -> str | None:
    text = _text(value)
    return text if text and text.startswith(("http://", "https://")) else None


def _inverted_abstract(index: Any) -> str | None:
    """OpenAlex keeps abstracts as {word: [positions]}; put the words back in order."""
    if not isinstance(index, dict):
        return None
    placed: dict[int, str] = {}
    for word, positions in index.items():
        if isinstance(word, str) and isinstance(positions, list):
            for at in positions:
                if isinstance(at, int) and 0 <= at < 100_000:
                    placed[at] = word
    return " ".join(placed[i] for i in sorted(placed)) or None


def openalex(fetcher: Fetcher, title: str) -> list[Paper]:
    """OpenAlex works whose title matches (``/works?filter=title.search:``), best first."""
    base = _base(OPENALEX_API_ENV, DEFAULT_OPENALEX_API)
    query = re.sub(r"[,:|]", " ", title)  # separators of OpenAlex's filter syntax
    data = _json(
        fetcher,
        base + "/works",
        {"filter": f"title.search:{query}", "per-page": "5", **_mailto()},
        "OpenAlex",
        f"OpenAlex's works titled {title[:60]!r}",
    )
    return openalex_papers(data)


def openalex_papers(data: Any) -> list[Paper]:
    """The papers of an OpenAlex ``{"results": [...]}`` answer (malformed works skipped)."""
    rows = data.get("results") if isinstance(data, dict) else None
    papers = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict):
            continue
        name = _text(row.get("title")) or _text(row.get("display_name"))
        if not name:
            continue
        arxiv_id = None
        venue = None
        pdf_url = None
        listed = row.get("locations")
        locations: list[Any] = listed if isinstance(listed, list) else []
        primary = row.get("primary_location")
        for place in [primary, *locations]:
            if not isinstance(place, dict):
                continue
            landing = _text(place.get("landing_page_url")) or ""
            arxiv_id = arxiv_id or (normalize_arxiv(landing) if "arxiv.org" in landing else None)
            pdf_url = pdf_url or _http(place.get("pdf_url"))
            src = place.get("source")
            if venue is None and place is primary and isinstance(src, dict):
                venue = _text(src.get("display_name"))
        if venue and venue.lower().startswith("arxiv"):
            venue = "arXiv"
        doi = normalize_doi(str(row.get("doi") or ""))
        arxiv_id = arxiv_id or arxiv_of_doi(doi)
        authors = []
        for item in _items(row.get("authorships")):
            author = item.get("author") if isinstance(item, dict) else None
            if isinstance(author, dict) and (who := _text(author.get("display_name"))):
                authors.append(who)
        paper = _identified(
            title=name,
            authors=authors,
            year=_int_year(row.get("publication_year")),
            venue=venue,
            abstract=_inverted_abstract(row.get("abstract_inverted_index")),
            arxiv_id=arxiv_id,
            doi=doi,
            pdf_url=pdf_url,
            source="openalex",
        )
        if paper:
            papers.append(paper)
    return papers


def crossref(fetcher: Fetcher, title: str) -> list[Paper]:
    """Crossref works for a bibliographic query (``/works?query.bibliographic=``)."""
    base = _base(CROSSREF_API_ENV, DEFAULT_CROSSREF_API)
    data = _json(
        fetcher,
        base + "/works",
        {"query.bibliographic": title, "rows": "5", **_mailto()},
        "Crossref",
        f"Crossref's works titled {title[:60]!r}",
    )
    return crossref_papers(data)


def crossref_papers(data: Any) -> list[Paper]:
    """The papers of a Crossref ``{"message": {"items": [...]}}`` answer (items with no DOI
    or title skipped)."""
    from papercli.metadata import csl_paper

    message = data.get("message") if isinstance(data, dict) else None
    items = message.get("items") if isinstance(message, dict) else None
    papers = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        doi = normalize_doi(str(item.get("DOI") or ""))
        if not doi:
            continue
        try:
            paper = csl_paper("a Crossref work", item, doi, "Crossref")
        except FetchError:
            continue
        paper.source = "crossref"
        papers.append(paper)
    return papers


def arxiv_title_search(fetcher: Fetcher, title: str) -> list[Paper]:
    """arXiv's search API on the title words (``search_query=ti:...``)."""
    from papercli.metadata import ARXIV_ACCEPT, ARXIV_API_ENV, DEFAULT_ARXIV_API, parse_arxiv_feed

    words = [w for w in _fold(title).split() if w not in STOPWORDS][:12]
    if not words:
        return []
    what = f"arXiv's search for {title[:60]!r}"
    response = fetcher.get(
        os.environ.get(ARXIV_API_ENV) or DEFAULT_ARXIV_API,
        {"search_query": " AND ".join(f"ti:{w}" for w in words), "max_results": "5"},
        ARXIV_ACCEPT,
        what=what,
        service="arXiv",
    )
    if response.status != 200:
        raise HttpError(f"could not fetch {what}: {status_reason('arXiv', response.status)}")
    return parse_arxiv_feed(what, response.body)


def arxiv_batch(fetcher: Fetcher, arxiv_ids: list[str]) -> dict[str, Paper]:
    """The arXiv records of ARXIV_IDS (at most ARXIV_BATCH), by id; unknown ids are absent."""
    from papercli.metadata import ARXIV_ACCEPT, ARXIV_API_ENV, DEFAULT_ARXIV_API, parse_arxiv_feed

    what = f"{len(arxiv_ids)} arXiv record{'' if len(arxiv_ids) == 1 else 's'}"
    response = fetcher.get(
        os.environ.get(ARXIV_API_ENV) or DEFAULT_ARXIV_API,
        {"id_list": ",".join(arxiv_ids), "max_results": str(len(arxiv_ids))},
        ARXIV_ACCEPT,
        what=what,
        service="arXiv",
    )
    if response.status != 200:
        raise HttpError(f"could not fetch {what}: {status_reason('arXiv', response.status)}")
    return {p.arxiv_id: p for p in parse_arxiv_feed(what, response.body) if p.arxiv_id}


TitleService = Callable[[Fetcher, str], list[Paper]]
TITLE_SERVICES: tuple[tuple[str, TitleService], ...] = (
    ("Semantic Scholar", semantic_scholar),
    ("OpenAlex", openalex),
    ("Crossref", crossref),
    ("arXiv", arxiv_title_search),
)


GIVE_UP_AFTER = 3  # consecutive failures of one service before a run stops asking it


def find_by_title(
    fetcher: Fetcher, paper: Paper, strikes: dict[str, int] | None = None
) -> tuple[Candidate | None, Candidate | None, list[str]]:
    """Ask each title service in turn until one returns an acceptable record.

    STRIKES (kept by the caller across papers) counts each service's consecutive failures; a
    service that failed GIVE_UP_AFTER times in a row (offline, blocked) is not asked again.
    Returns (accepted, best rejected candidate, service failures).
    """
    strikes = {} if strikes is None else strikes
    best: Candidate | None = None
    failures: list[str] = []
    for name, service in TITLE_SERVICES:
        if strikes.get(name, 0) >= GIVE_UP_AFTER:
            failures.append(f"{name} was not asked: it failed {GIVE_UP_AFTER} times in a row")
            continue
        try:
            found = service(fetcher, paper.title)
        except FetchError as exc:
            strikes[name] = strikes.get(name, 0) + 1
            failures.append(exc.message)
            continue
        strikes[name] = 0
        for record in found:
            problem = judge(paper, record)
            agreement = title_agreement(paper.title, record.title)
            candidate = Candidate(record, name, agreement, problem)
            if problem is None:
                return candidate, best, failures
            if best is None or agreement > best.agreement:
                best = candidate
    return None, best, failures


def arxiv_records(
    fetcher: Fetcher, arxiv_ids: list[str]
) -> tuple[dict[str, Paper], dict[str, str]]:
    """The arXiv records of ARXIV_IDS (at most ARXIV_BATCH) and, by id, why one could not be
    had. arXiv answers a whole batch with one error entry when an id in it is malformed: the
    batch is then split in halves until the culprit is alone."""
    try:
        return arxiv_batch(fetcher, arxiv_ids), {}
    except FetchError as exc:
        if len(arxiv_ids) == 1 or "reported an error" not in exc.message:
            return {}, dict.fromkeys(arxiv_ids, exc.message)
    middle = len(arxiv_ids) // 2
    found, problems = arxiv_records(fetcher, arxiv_ids[:middle])
    more, more_problems = arxiv_records(fetcher, arxiv_ids[middle:])
    return {**found, **more}, {**problems, **more_problems}
