"""Reading CSL-JSON, the citation data Zotero, Mendeley and pandoc exchange.

An item becomes a paper: title, authors (name objects or literals), venue (container-title,
a preprint server as publisher, or the event), year (issued), abstract, URL, DOI, keywords as
tags, note as notes, and the citation key (citation-key, else an id that looks like one).
papercli's own fields come back from ``custom.papercli``, which the CSL-JSON export writes.
"""

from __future__ import annotations

import re
from typing import Any

from papercli.errors import ImportFormatError, ValidationError
from papercli.importers.base import ParseResult, Rejection
from papercli.model import Paper

# Ids that tools generate rather than citation keys: Mendeley's "ITEM-3", UUIDs.
_GENERATED_ID = re.compile(
    r"ITEM-\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I
)
_ARXIV_DOI = re.compile(r"10\.48550/arxiv\.(.+)", re.IGNORECASE)
_LIST_WRAPPERS = ("items", "references", "data")


def looks_like_csl(data: Any) -> bool:
    """Whether parsed JSON DATA is CSL-JSON: items with a CSL ``type`` and CSL field names
    (papercli's own JSON has ``authors``, never ``type``)."""
    items = data if isinstance(data, list) else [data]
    sample = [item for item in items[:5] if isinstance(item, dict)]
    return bool(sample) and all(
        isinstance(item.get("type"), str)
        and "authors" not in item
        and any(k in item for k in ("author", "issued", "container-title", "DOI", "URL", "id"))
        for item in sample
    )


def citation_key_of(value: Any) -> str | None:
    """VALUE as a citation key when it can be one and is not a URL or a bare number (what
    Zotero writes as an item's id); otherwise None, and the library makes a key."""
    from papercli.model import check_key, is_whole_number

    if not isinstance(value, str):
        return None
    key = value.strip()
    if not key or "://" in key or is_whole_number(key) or _GENERATED_ID.fullmatch(key):
        return None
    try:
        check_key(key)
    except ValidationError:
        return None
    return key


def _name(person: Any) -> str | None:
    if isinstance(person, str):
        return person.strip() or None
    if not isinstance(person, dict):
        raise ValidationError("author must be a name object or a string")
    if isinstance(person.get("literal"), str):
        return person["literal"].strip() or None
    parts = [
        person.get(part)
        for part in ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")
    ]
    if not all(p is None or isinstance(p, str) for p in parts):
        raise ValidationError("author name parts must be strings")
    name = " ".join(p.strip() for p in parts if p and p.strip())
    return name or None


def _text(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    if value is None:
        return None
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        value = value[0]  # some tools write container-title as a list
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be a string")
    return value.strip() or None


def _year(issued: Any) -> int | None:
    from papercli.importers.records import year_of

    if isinstance(issued, dict):
        for name in ("raw", "literal"):
            if issued.get(name) is not None and "date-parts" not in issued:
                return year_of(issued[name])
    return year_of(issued)


def item_to_paper(item: Any, source: str | None) -> Paper:
    """One CSL-JSON item as a Paper; ValidationError when it cannot be one."""
    from papercli.citations import is_preprint_server
    from papercli.ids import find_identifiers, normalize_arxiv, normalize_doi

    if not isinstance(item, dict):
        raise ValidationError("an item must be an object")
    title = _text(item, "title")
    if not title:
        raise ValidationError("title is missing")
    custom = item.get("custom")
    ours = custom.get("papercli") if isinstance(custom, dict) else None
    fields: dict[str, Any] = dict(ours) if isinstance(ours, dict) else {}
    fields["title"] = title
    authors = item.get("author") or []
    if not isinstance(authors, list):
        raise ValidationError("author must be a list of names")
    fields["authors"] = [n for n in (_name(p) for p in authors) if n]
    publisher = _text(item, "publisher")
    fields["venue"] = (
        _text(item, "container-title")
        or (publisher if is_preprint_server(publisher) else None)
        or _text(item, "event-title")
        or _text(item, "event")
    )
    fields["year"] = _year(item.get("issued"))
    fields["abstract"] = _text(item, "abstract")
    fields["url"] = _text(item, "URL")
    doi = _text(item, "DOI")
    if doi:
        fields["doi"] = normalize_doi(doi)
        if fields["doi"] is None:
            raise ValidationError(f"DOI {doi[:60]!r} is not a DOI")
    if not isinstance(fields.get("tags"), list):
        keywords = item.get("keyword")
        if isinstance(keywords, list):
            fields["tags"] = [k for k in keywords if isinstance(k, str)]
        elif isinstance(keywords, str):
            fields["tags"] = [k.strip() for k in re.split(r"[,;]", keywords) if k.strip()]
    fields["notes"] = _text(item, "note") or ""
    if not fields.get("arxiv_id"):
        arxiv_doi = _ARXIV_DOI.match(fields.get("doi") or "")
        found = find_identifiers(
            " ".join(filter(None, (_text(item, "number"), fields["url"], fields["notes"])))
        )
        fields["arxiv_id"] = (
            normalize_arxiv(arxiv_doi.group(1)) if arxiv_doi else found.get("arxiv")
        )
    if not fields.get("openreview_id") and fields["url"] and "openreview" in fields["url"]:
        fields["openreview_id"] = find_identifiers(fields["url"]).get("openreview")
    fields["key"] = citation_key_of(item.get("citation-key")) or citation_key_of(item.get("id"))
    fields["source"] = source
    for name in ("id", "added_at"):
        fields.pop(name, None)
    return Paper.from_dict(fields)


def parse_csl_json(text: str, source: str | None) -> ParseResult:
    """Parse a CSL-JSON array (or one item, or {"items": [...]}); a bad item is rejected
    with its number and the others still import."""
    import orjson

    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ImportFormatError(f"{source or 'input'} is not valid CSL-JSON ({exc})") from None
    if isinstance(data, dict):
        wrapped = next((data[k] for k in _LIST_WRAPPERS if isinstance(data.get(k), list)), None)
        data = wrapped if wrapped is not None else [data]
    if not isinstance(data, list):
        raise ImportFormatError(
            f"{source or 'input'} is not CSL-JSON: expected a list of items, not a JSON value"
        )
    result = ParseResult(format="csl-json")
    for number, item in enumerate(data, 1):
        try:
            result.papers.append(item_to_paper(item, source))
        except ValidationError as exc:
            result.rejected.append(Rejection(f"record {number}", exc.message))
    return result
