"""Recognise and normalise paper identifiers (arXiv, DOI, OpenReview), bare or as URLs."""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import SplitResult, parse_qs, unquote, urlsplit

IdentifierKind = Literal["arxiv", "doi", "openreview"]

NEW_ARXIV = re.compile(r"(\d{4}\.\d{4,5})(?:v\d+)?")
OLD_ARXIV = re.compile(r"([a-z][a-z\-]*(?:\.[A-Za-z]{2})?/\d{7})(?:v\d+)?")
DOI = re.compile(r"(10\.\d{4,9}/\S+)")
OPENREVIEW_ID = re.compile(r"[A-Za-z0-9_\-]{6,20}")

ARXIV_HOSTS = ("arxiv.org", "www.arxiv.org", "export.arxiv.org")
DOI_HOSTS = ("doi.org", "dx.doi.org", "www.doi.org")
OPENREVIEW_HOSTS = ("openreview.net", "www.openreview.net")


def _split_url(text: str) -> SplitResult | None:
    """TEXT as URL parts (https:// assumed without a scheme), or None when it is not a URL."""
    try:
        return urlsplit(text if "://" in text else "https://" + text)
    except ValueError:  # e.g. "http://[x": an unclosed IPv6 bracket
        return None


ALPHAXIV_HOSTS = ("alphaxiv.org", "www.alphaxiv.org")
_ALPHAXIV_PATH = re.compile(r"/(?:abs|overview|pdf)/(\d{4}\.\d{4,5})(?:v\d+)?/?")
_FTP_PATH = re.compile(r"^/ftp/arxiv/papers/\d{4}/([^/]+?)(?:\.pdf)?$")


def normalize_arxiv(text: str) -> str | None:
    """The canonical arXiv id (no version, no prefix) in TEXT, an id or abs/pdf URL, else None."""
    text = text.strip()
    if "://" in text or text.startswith(ARXIV_HOSTS):
        url = _split_url(text)
        if url is None:
            return None
        if url.hostname not in ARXIV_HOSTS:
            # ("alphaxiv.org/abs/2505.24832": a reading site's page named by the arXiv id)
            held = _ALPHAXIV_PATH.fullmatch(url.path) if url.hostname in ALPHAXIV_HOSTS else None
            return held.group(1) if held is not None else None
        path = unquote(url.path)
        older = _FTP_PATH.match(path)  # "/ftp/arxiv/papers/1906/1906.04574.pdf"
        for prefix in ("/abs/", "/pdf/", "/html/", "/format/"):
            if path.startswith(prefix):
                text = path[len(prefix) :].removesuffix(".pdf").strip("/")
                break
        else:
            # ("arxiv.org/1602.02410": the id straight after the host, as some lists write it)
            found = older or NEW_ARXIV.fullmatch(path.strip("/").removesuffix(".pdf"))
            if found is None:
                return None
            text = found.group(1)
    text = re.sub(r"^arxiv:\s*", "", text, flags=re.IGNORECASE)
    for pattern in (NEW_ARXIV, OLD_ARXIV):
        match = pattern.fullmatch(text)
        if match:
            return match.group(1)
    return None


def normalize_doi(text: str) -> str | None:
    """The lower-cased DOI in TEXT, a bare DOI, ``doi:`` form or doi.org URL, else None."""
    text = text.strip()
    if "://" in text or text.startswith(DOI_HOSTS):
        url = _split_url(text)
        if url is None:
            return None
        if url.hostname not in DOI_HOSTS:
            return None
        text = unquote(url.path).lstrip("/")
    text = re.sub(r"^doi:\s*", "", text, flags=re.IGNORECASE)
    match = DOI.fullmatch(text)
    if match is None:
        return None
    doi = match.group(1).rstrip(".,;/").lower()
    if doi.startswith("10.1101/"):  # bioRxiv's "10.1101/2021.05.29.446289v1.full.pdf+html"
        doi = _PREPRINT_VERSION.sub("", doi)
    return doi


ARXIV_DOI_PREFIX = "10.48550/arxiv."  # the DOI arXiv gives a preprint: "10.48550/arXiv.2507.23361"


def arxiv_of_doi(doi: str | None) -> str | None:
    """The arXiv id that arXiv's own DOI for a preprint names (any case), else None."""
    if not doi or not doi.lower().startswith(ARXIV_DOI_PREFIX):
        return None
    return normalize_arxiv(doi[len(ARXIV_DOI_PREFIX) :])


# a bioRxiv or medRxiv address's version and page after its DOI ("v1", "v2.full.pdf+html")
_PREPRINT_VERSION = re.compile(
    r"(?<=\d)v\d{1,2}(?:\.(?:full|abstract|supplementary)\S*)?$|\.full\S*$"
)


def normalize_openreview(text: str) -> str | None:
    """The OpenReview id in an openreview.net URL or ``openreview:ID``, else None.

    A bare id is not recognised here: it cannot be told from a one-word title.
    """
    text = text.strip()
    if text.lower().startswith("openreview:"):
        candidate = text.split(":", 1)[1].strip()
        return candidate if OPENREVIEW_ID.fullmatch(candidate) else None
    if "://" in text or text.startswith(OPENREVIEW_HOSTS):
        url = _split_url(text)
        if url is None:
            return None
        if url.hostname not in OPENREVIEW_HOSTS:
            return None
        ids = parse_qs(url.query).get("id")
        if ids and OPENREVIEW_ID.fullmatch(ids[0]):
            return ids[0]
    return None


def parse_identifier(text: str) -> tuple[IdentifierKind, str] | None:
    """Which identifier TEXT is, normalised: ("arxiv", "2302.08811"), ("doi", ...), or None."""
    arxiv = normalize_arxiv(text)
    if arxiv:
        return ("arxiv", arxiv)
    doi = normalize_doi(text)
    if doi:
        return ("doi", doi)
    openreview = normalize_openreview(text)
    if openreview:
        return ("openreview", openreview)
    return None


def looks_like_openreview_id(text: str) -> bool:
    """Whether TEXT has the shape of a bare OpenReview id (checked against the library only)."""
    return bool(OPENREVIEW_ID.fullmatch(text.strip()))


# a token ends at white space or full-width punctuation ("10.1145/3696443；arxiv:2502.04063")
_TOKEN_CHARS = r"[^\s\"；，。、（）【】「」『』《》“”：！？]+"
_ID_TOKEN = re.compile(
    rf"https?://{_TOKEN_CHARS}|arxiv:\s*{_TOKEN_CHARS}|10\.\d{{4,9}}/{_TOKEN_CHARS}", re.IGNORECASE
)


def find_identifiers(text: str) -> dict[IdentifierKind, str]:
    """Identifiers found in a URL or a free text (first of each kind)."""
    found: dict[IdentifierKind, str] = {}
    for token in _ID_TOKEN.findall(text):
        token = token.rstrip(").,;]>'\"")
        while token.endswith("}") and token.count("}") > token.count("{"):
            token = token[:-1].rstrip(").,;]>'\"")  # "doi={10.1109/JSEN.2020.2985328}"
        parsed = parse_identifier(token)
        if parsed and parsed[0] not in found:
            found[parsed[0]] = parsed[1]
    return found


LANDING_PAGES: dict[IdentifierKind, str] = {
    "arxiv": "https://arxiv.org/abs/{}",
    "openreview": "https://openreview.net/forum?id={}",
    "doi": "https://doi.org/{}",
}


def paper_field(kind: IdentifierKind) -> str:
    """The paper's field that holds an identifier of KIND ("arxiv_id", "doi", "openreview_id")."""
    return "doi" if kind == "doi" else f"{kind}_id"


def landing_url(kind: IdentifierKind, value: str) -> str:
    """The landing page of an arXiv id, OpenReview id or DOI."""
    return LANDING_PAGES[kind].format(value)
