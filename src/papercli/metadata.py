"""Fetch a paper's metadata from arXiv, OpenReview or doi.org.

httpx is imported inside the functions that use it: ``papercli --help`` must stay fast.
Every failure becomes a one-line :class:`~papercli.errors.FetchError`.
"""

from __future__ import annotations

import html
import json
import os
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

from papercli.errors import FetchError, ValidationError
from papercli.ids import (
    ARXIV_DOI_PREFIX,
    OPENREVIEW_ID,
    arxiv_of_doi,
    landing_url,
    normalize_arxiv,
    normalize_doi,
    normalize_openreview,
)
from papercli.model import MAX_YEAR, MIN_YEAR, Paper, clean_text, is_whole_number
from papercli.net import describe_network_error

__all__ = ["describe_network_error", "fetch_metadata"]

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from papercli.net import Fetcher

MetadataKind = Literal["arxiv", "openreview", "doi"]

HINT = "(use --no-fetch to add it without metadata)"
MAX_BODY_BYTES = 5 * 1024 * 1024

ARXIV_API_ENV = "PAPERCLI_ARXIV_API"
OPENREVIEW_API_ENV = "PAPERCLI_OPENREVIEW_API"
DOI_API_ENV = "PAPERCLI_DOI_API"
DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query"
DEFAULT_OPENREVIEW_API = "https://api2.openreview.net"
DEFAULT_DOI_API = "https://doi.org"

ATOM = "{http://www.w3.org/2005/Atom}"
ARXIV = "{http://arxiv.org/schemas/atom}"

SERVICE_NAMES: dict[str, str] = {"arxiv": "arXiv", "openreview": "OpenReview", "doi": "doi.org"}
LABELS: dict[str, str] = {"arxiv": "arXiv", "openreview": "OpenReview", "doi": "DOI"}
ARXIV_ACCEPT = "application/atom+xml, application/xml;q=0.9"
CSL_ACCEPT = "application/vnd.citationstyles.csl+json, application/json;q=0.5"

# "Submitted to ICLR 2023", "ICLR 2022 Conference Withdrawn Submission", ...: not a venue.
NOT_ACCEPTED = re.compile(r"submitted to|withdrawn|desk.?reject|rejected|under review", re.I)
VENUE_YEAR = re.compile(r"^(.*?)\s*\b((?:19|20)\d{2})\b")


def fetch_metadata(
    kind: MetadataKind,
    identifier: str,
    *,
    timeout: float | None = None,
    fetcher: Fetcher | None = None,
) -> Paper:
    """Fetch the metadata of one paper; ``kind`` says which service knows IDENTIFIER.

    Returns a Paper with id 0. Raises FetchError (one line, ending with a --no-fetch hint)
    on any failure: network, HTTP status, malformed response, unknown paper. TIMEOUT is one
    deadline for the whole request; a FETCHER (shared by ``refresh``) brings its own, with
    retries, spacing and a cache. TIMEOUT defaults to ``PAPERCLI_HTTP_DEADLINE`` or 10 s.
    """
    if timeout is None:
        from papercli.net import float_env

        timeout = float_env("PAPERCLI_HTTP_DEADLINE", 10.0) or 10.0
    if kind == "arxiv":
        arxiv_id = normalize_arxiv(identifier)
        if arxiv_id is None:
            raise _error(f"{identifier!r} is not an arXiv id")
        return _fetch_arxiv(arxiv_id, timeout, fetcher)
    if kind == "openreview":
        text = identifier.strip()
        forum_id = normalize_openreview(text) or (text if OPENREVIEW_ID.fullmatch(text) else None)
        if forum_id is None:
            raise _error(f"{identifier!r} is not an OpenReview id")
        return _fetch_openreview(forum_id, timeout, fetcher)
    if kind == "doi":
        doi = normalize_doi(identifier)
        if doi is None:
            raise _error(f"{identifier!r} is not a DOI")
        return _fetch_doi(doi, timeout, fetcher)
    raise _error(f"cannot fetch metadata for identifiers of kind {kind!r}")


# --- arXiv -----------------------------------------------------------------------------------


def _fetch_arxiv(arxiv_id: str, timeout: float, fetcher: Fetcher | None) -> Paper:
    base = os.environ.get(ARXIV_API_ENV) or DEFAULT_ARXIV_API
    body, _ = _get(
        "arxiv",
        arxiv_id,
        base,
        timeout,
        params={"id_list": arxiv_id, "max_results": "1"},
        accept=ARXIV_ACCEPT,
        fetcher=fetcher,
    )
    return _parse_arxiv(arxiv_id, body)


def _parse_arxiv(arxiv_id: str, body: bytes) -> Paper:
    what = f"arXiv {arxiv_id}"
    entries = _arxiv_entries(what, body)
    if not entries:
        raise _error(f"arXiv has no paper {arxiv_id}")
    paper = _arxiv_entry_paper(what, entries[0])
    if paper is None:
        raise _error(f"arXiv has no paper {arxiv_id}")
    if paper.arxiv_id and paper.arxiv_id != arxiv_id:
        raise _fetch_failed(what, f"arXiv answered with another paper ({paper.arxiv_id})")
    if paper.arxiv_id is None:
        paper.arxiv_id = arxiv_id
        paper.url = landing_url("arxiv", arxiv_id)
        paper.pdf_url = f"https://arxiv.org/pdf/{arxiv_id}"
    return paper


def parse_arxiv_feed(what: str, body: bytes) -> list[Paper]:
    """Every paper of an arXiv Atom feed (an ``id_list`` batch or a search); FetchError when
    the feed is malformed or reports an error. Entries without a usable title are skipped."""
    papers = []
    for entry in _arxiv_entries(what, body):
        try:
            paper = _arxiv_entry_paper(what, entry)
        except FetchError as exc:
            if "reported an error" in exc.message:
                raise
            continue
        if paper is not None and paper.arxiv_id:
            papers.append(paper)
    return papers


def _arxiv_entries(what: str, body: bytes) -> list[Element]:
    from xml.etree import ElementTree as ET  # only when needed: start-up time

    if b"<!DOCTYPE" in body or b"<!ENTITY" in body:
        raise _fetch_failed(what, "arXiv sent an XML document with a DOCTYPE; refusing to parse it")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise _fetch_failed(what, f"arXiv sent malformed XML ({exc})") from None
    if root.tag != f"{ATOM}feed":
        raise _fetch_failed(what, "arXiv's answer is not an Atom feed")
    return root.findall(f"{ATOM}entry")


def _arxiv_entry_paper(what: str, entry: Element) -> Paper | None:
    """The paper of one Atom entry; None for an entry with no title (an unknown id)."""
    title = _xml_text(entry, f"{ATOM}title")
    entry_id = _xml_text(entry, f"{ATOM}id") or ""
    if title == "Error" or "/api/errors" in entry_id:
        reason = _xml_text(entry, f"{ATOM}summary") or "unknown error"
        raise _fetch_failed(what, f"arXiv reported an error: {reason}")
    if not title:
        return None
    arxiv_id = normalize_arxiv(entry_id)

    authors = [
        name
        for author in entry.findall(f"{ATOM}author")
        if (name := _xml_text(author, f"{ATOM}name"))
    ]
    primary = entry.find(f"{ARXIV}primary_category")
    category = primary.get("term", "") if primary is not None else ""
    if not category:
        first = entry.find(f"{ATOM}category")
        category = first.get("term", "") if first is not None else ""
    topics = [category.removeprefix("cs.")] if category else []
    published = _xml_text(entry, f"{ATOM}published") or ""
    doi = normalize_doi(_xml_text(entry, f"{ARXIV}doi") or "")
    return _make_paper(
        what,
        title=title,
        authors=authors,
        venue="arXiv",
        year=_year(published[:4]),
        topics=topics,
        abstract=_clean_abstract(_xml_text(entry, f"{ATOM}summary")),
        url=landing_url("arxiv", arxiv_id) if arxiv_id else None,
        pdf_url=f"https://arxiv.org/pdf/{arxiv_id}" if arxiv_id else None,
        arxiv_id=arxiv_id,
        doi=doi,
        source="arxiv",
    )


def _xml_text(element: Element, tag: str) -> str | None:
    """The white-space-collapsed text of the first TAG child, or None when absent or empty."""
    child = element.find(tag)
    if child is None:
        return None
    return " ".join("".join(child.itertext()).split()) or None


# --- OpenReview ------------------------------------------------------------------------------


def _fetch_openreview(forum_id: str, timeout: float, fetcher: Fetcher | None) -> Paper:
    base = os.environ.get(OPENREVIEW_API_ENV) or DEFAULT_OPENREVIEW_API
    body, _ = _get(
        "openreview",
        forum_id,
        base.rstrip("/") + "/notes",
        timeout,
        params={"id": forum_id},
        accept="application/json",
        fetcher=fetcher,
    )
    return _parse_openreview(forum_id, body)


def _parse_openreview(forum_id: str, body: bytes) -> Paper:
    what = f"OpenReview {forum_id}"
    data = _load_json(what, "OpenReview", body)
    notes = data.get("notes") if isinstance(data, dict) else None
    if not isinstance(notes, list):
        raise _fetch_failed(what, "OpenReview's answer has no list of notes")
    if not notes:
        raise _error(f"OpenReview has no paper {forum_id}")
    note = notes[0]
    if not isinstance(note, dict) or not isinstance(note.get("content"), dict):
        raise _fetch_failed(what, "OpenReview's note has no content")
    content: dict[str, Any] = note["content"]
    title = _str(_or_value(content, "title"))
    if not title:
        raise _fetch_failed(what, "OpenReview's note has no title")

    venue_text = _str(_or_value(content, "venue"))
    venue, year = _split_venue(venue_text)
    if venue_text is None:
        venue, year = _venue_from_venueid(_str(_or_value(content, "venueid")))
    if year is None:
        for key in ("pdate", "odate", "cdate", "tcdate"):
            stamp = note.get(key)
            year = _year_of_stamp(stamp)
            if year is not None:
                break

    forum = note.get("forum") if isinstance(note.get("forum"), str) else None
    page_id = forum or forum_id
    pdf = _str(_or_value(content, "pdf"))
    pdf_url = None
    if pdf and pdf.startswith("/"):
        pdf_url = "https://openreview.net" + pdf
    elif pdf and pdf.startswith(("http://", "https://")):
        pdf_url = pdf
    return _make_paper(
        what,
        title=title,
        authors=_str_list(_or_value(content, "authors")),
        venue=venue,
        year=year,
        topics=[],
        abstract=_clean_abstract(_str(_or_value(content, "abstract"))),
        url=landing_url("openreview", page_id),
        pdf_url=pdf_url,
        openreview_id=page_id,
        source="openreview",
    )


def _year_of_stamp(stamp: Any) -> int | None:
    """The year of an OpenReview time stamp (ms since 1970); None for nonsense like 1e300."""
    if not isinstance(stamp, int | float) or isinstance(stamp, bool) or not 0 < stamp < 1e15:
        return None
    try:
        return _year(datetime.fromtimestamp(stamp / 1000, UTC).year)
    except (OverflowError, ValueError, OSError):
        return None


def _or_value(content: Mapping[str, Any], key: str) -> Any:
    """A content field: api2 wraps each in ``{"value": ...}``, api v1 stores it plain."""
    value = content.get(key)
    if isinstance(value, dict):
        return value.get("value")
    return value


def _split_venue(text: str | None) -> tuple[str | None, int | None]:
    """("ICLR", 2022) from "ICLR 2022 Poster"; (None, 2023) from "Submitted to ICLR 2023"."""
    if not text:
        return None, None
    match = VENUE_YEAR.match(text)
    year = _year(match.group(2)) if match else None
    if NOT_ACCEPTED.search(text):
        return None, year
    name = match.group(1).strip(" ,-") if match else text.strip()
    return name or None, year


def _venue_from_venueid(venueid: str | None) -> tuple[str | None, int | None]:
    """("ICLR", 2022) from "ICLR.cc/2022/Conference"; nothing for a submission's venueid."""
    if not venueid:
        return None, None
    parts = venueid.split("/")
    year = next((_year(p) for p in parts if re.fullmatch(r"(?:19|20)\d{2}", p)), None)
    if NOT_ACCEPTED.search(venueid) or "submission" in venueid.lower():
        return None, year
    name = parts[0].split(".")[0]
    return name or None, year


# --- doi.org ---------------------------------------------------------------------------------


def _fetch_doi(doi: str, timeout: float, fetcher: Fetcher | None) -> Paper:
    base = os.environ.get(DOI_API_ENV) or DEFAULT_DOI_API
    url = base.rstrip("/") + "/" + quote(doi, safe="/:;()._-")
    body, content_type = _get(
        "doi", doi, url, timeout, params=None, accept=CSL_ACCEPT, fetcher=fetcher
    )
    if "html" in content_type:
        raise _fetch_failed(f"DOI {doi}", "doi.org sent a web page instead of citation metadata")
    return _parse_doi(doi, body)


def _parse_doi(doi: str, body: bytes) -> Paper:
    what = f"DOI {doi}"
    data = _load_json(what, "doi.org", body)
    # Crossref's /works/DOI wraps the record in {"status": "ok", "message": {...}}.
    if isinstance(data, dict) and isinstance(data.get("message"), dict):
        data = data["message"]
    if not isinstance(data, dict):
        raise _fetch_failed(what, "doi.org's answer is not a citation record")
    return csl_paper(what, data, doi, "doi.org")


def csl_paper(what: str, data: dict[str, Any], doi: str, service: str) -> Paper:
    """The paper of one CSL-JSON or Crossref work record (DOI as asked or as it says)."""
    title = _first_str(data.get("title"))
    if not title:
        raise _fetch_failed(what, f"{service}'s record has no title")

    authors = []
    for person in data.get("author") or []:
        if not isinstance(person, dict):
            continue
        literal = _str(person.get("literal")) or _str(person.get("name"))
        given, family = _str(person.get("given")), _str(person.get("family"))
        name = literal or " ".join(p for p in (given, family) if p)
        if name:
            authors.append(name)

    year = None
    for key in ("issued", "published", "published-print", "published-online", "created"):
        year = _csl_year(data.get(key))
        if year is not None:
            break

    venue = (
        _first_str(data.get("container-title-short"))
        or _first_str(data.get("short-container-title"))
        or _first_str(data.get("container-title"))
    )
    arxiv_id = arxiv_of_doi(doi)
    if doi.startswith(ARXIV_DOI_PREFIX):
        venue = venue or "arXiv"

    pdf_url = None
    links = data.get("link")
    for link in links if isinstance(links, list) else []:
        if isinstance(link, dict) and link.get("content-type") == "application/pdf":
            pdf_url = _str(link.get("URL"))
            if pdf_url:
                break
    return _make_paper(
        what,
        title=title,
        authors=authors,
        venue=venue,
        year=year,
        topics=[],
        abstract=_clean_abstract(_str(data.get("abstract"))),
        url=landing_url("doi", doi),
        pdf_url=pdf_url,
        arxiv_id=arxiv_id,
        doi=doi,
        source="doi",
    )


def _csl_year(date: Any) -> int | None:
    """The year of a CSL date: ``{"date-parts": [[2020, 5, 1]]}`` (parts may be strings)."""
    if not isinstance(date, dict):
        return None
    parts = date.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        return _year(parts[0][0])
    return None


# --- HTTP ------------------------------------------------------------------------------------


def _get(
    kind: str,
    identifier: str,
    url: str,
    timeout: float,
    *,
    params: dict[str, str] | None,
    accept: str,
    fetcher: Fetcher | None = None,
) -> tuple[bytes, str]:
    """GET URL following redirects; the body (at most MAX_BODY_BYTES) and its content type.

    One deadline (TIMEOUT, or the FETCHER's) covers connect, headers and body.
    """
    from papercli.net import Fetcher, HttpError

    what = f"{LABELS[kind]} {identifier}"
    service = SERVICE_NAMES[kind]
    if fetcher is None:
        fetcher = Fetcher(service, deadline=max(timeout, 0.001), retries=0)
        own = True
    else:
        own = False
    try:
        response = fetcher.get(url, params, accept, what=what, service=service)
    except HttpError as exc:
        raise _error(exc.message) from None
    finally:
        if own:
            fetcher.close()
    if response.status != 200:
        raise _status_error(kind, identifier, response.status)
    return response.body, response.content_type


def _status_error(kind: str, identifier: str, code: int) -> FetchError:
    from papercli.net import status_reason

    service = SERVICE_NAMES[kind]
    what = f"{LABELS[kind]} {identifier}"
    if code in (404, 410):
        if kind == "doi":
            return _error(f"doi.org has no record of DOI {identifier}")
        return _error(f"{service} has no paper {identifier}")
    return _fetch_failed(what, status_reason(service, code))


# --- helpers ---------------------------------------------------------------------------------


def _error(message: str) -> FetchError:
    return FetchError(f"{message} {HINT}")


def _fetch_failed(what: str, reason: str) -> FetchError:
    return _error(f"could not fetch {what}: {reason}")


def _load_json(what: str, service: str, body: bytes) -> Any:
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise _fetch_failed(what, f"{service} sent malformed JSON") from None


def _make_paper(what: str, **fields: Any) -> Paper:
    try:
        return Paper(**fields)
    except ValidationError as exc:
        raise _fetch_failed(what, f"unusable metadata: {exc.message}") from None


def _str(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_text(value) or None
    return None


def _first_str(value: Any) -> str | None:
    """A string, or the first non-empty string of a list (CSL and Crossref use both)."""
    if isinstance(value, list):
        return next((s for v in value if (s := _str(v))), None)
    return _str(value)


def _str_list(value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [s for v in value if (s := _str(v))]


def _year(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and is_whole_number(value.strip()):
        value = int(value.strip())
    if isinstance(value, int) and MIN_YEAR <= value <= MAX_YEAR:
        return value
    return None


def _clean_abstract(text: str | None) -> str | None:
    """Abstract text with JATS/HTML tags and entities removed and white space collapsed."""
    if not text:
        return None
    text = re.sub(r"<jats:title>.*?</jats:title>", " ", text, flags=re.S | re.I)
    text = html.unescape(re.sub(r"<[^>]{0,200}>", " ", text))
    return " ".join(text.split()) or None
