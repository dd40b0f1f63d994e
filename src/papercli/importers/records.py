"""Import papers from record formats: JSON, JSON Lines and CSV.

Our own export format (the contract's paper object) is read as is; other tools' field names
are mapped onto it (``conference`` → venue, ``paper_url`` → url, ``keywords`` → topics, ...).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from papercli.errors import ImportFormatError, ValidationError
from papercli.ids import (
    looks_like_openreview_id,
    normalize_arxiv,
    normalize_doi,
    normalize_openreview,
)
from papercli.importers.base import ParseResult, Rejection
from papercli.model import (
    MAX_TITLE_CHARS,
    MAX_YEAR,
    MIN_YEAR,
    PAPER_FIELDS,
    TEXT_FIELDS,
    Paper,
    is_whole_number,
)

# --------------------------------------------------------------------------------------------
# Venue names


_VENUES: tuple[tuple[str, str], ...] = (
    # (short name, regex over the lower-cased venue); the first match wins, so the more
    # specific names (NAACL, TACL, ...) come before the ones they contain (ACL).
    ("NeurIPS", r"\bneural information processing systems\b|\bneurips\b|\bnips\b"),
    ("ICLR", r"\binternational conference on learning representations\b|\biclr\b"),
    ("ICML", r"\binternational conference on machine learning\b|\bicml\b"),
    ("TPAMI", r"\bpattern analysis and machine intelligence\b|\btpami\b"),
    ("IJCV", r"\binternational journal of computer vision\b|\bijcv\b"),
    ("CVPR", r"\bcomputer vision and pattern recognition\b|\bcvpr\b"),
    ("ICCV", r"\binternational conference on computer vision\b|\biccv\b"),
    ("ECCV", r"\beuropean conference on computer vision\b|\beccv\b"),
    ("WACV", r"\bwinter conference on applications of computer vision\b|\bwacv\b"),
    ("BMVC", r"\bbritish machine vision conference\b|\bbmvc\b"),
    ("TACL", r"\btransactions of the association for computational linguistics\b|\btacl\b"),
    (
        "NAACL",
        r"\bnorth american chapter of the association for computational linguistics\b"
        r"|\bnaacl\b",
    ),
    ("EACL", r"\beuropean chapter of the association for computational linguistics\b|\beacl\b"),
    (
        "AACL",
        r"\basia-pacific chapter of the association for computational linguistics\b"
        r"|\baacl\b",
    ),
    ("EMNLP", r"\bempirical methods in natural language processing\b|\bemnlp\b"),
    ("ACL", r"\bannual meeting of the association for computational linguistics\b|\bacl\b"),
    ("COLING", r"\binternational conference on computational linguistics\b|\bcoling\b"),
    ("AAAI", r"\baaai conference on artificial intelligence\b|\baaai\b"),
    ("IJCAI", r"\binternational joint conference on artificial intelligence\b|\bijcai\b"),
    ("AISTATS", r"\bartificial intelligence and statistics\b|\baistats\b"),
    ("UAI", r"\buncertainty in artificial intelligence\b|\buai\b"),
    ("COLT", r"\bconference on (computational )?learning theory\b|\bcolt\b"),
    ("CoRL", r"\bconference on robot learning\b|\bcorl\b"),
    ("ICRA", r"\binternational conference on robotics and automation\b|\bicra\b"),
    ("IROS", r"\bintelligent robots and systems\b|\biros\b"),
    ("KDD", r"\bknowledge discovery (and|&) data mining\b|\bkdd\b"),
    ("SIGIR", r"\bresearch and development in information retrieval\b|\bsigir\b"),
    ("WWW", r"\bthe web conference\b|\bworld wide web conference\b"),
    ("CHI", r"\bhuman factors in computing systems\b"),
    ("ICASSP", r"\bacoustics,? speech,? and signal processing\b|\bicassp\b"),
    ("Interspeech", r"\binterspeech\b"),
    ("MICCAI", r"\bmedical image computing and computer.assisted intervention\b|\bmiccai\b"),
    ("JMLR", r"\bjournal of machine learning research\b|\bjmlr\b"),
    ("TMLR", r"\btransactions on machine learning research\b|\btmlr\b"),
    ("arXiv", r"^arxiv\b|^corr$|^arxiv preprint\b|^corr abs/"),
)
_NOT_THE_MAIN_VENUE = re.compile(r"\bworkshops?\b|\bfindings\b|\bcompanion\b|\bdemo", re.I)


@cache
def _venue_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(short, re.compile(pattern)) for short, pattern in _VENUES]


@cache
def normalize_venue(name: str) -> str | None:
    """The short name of a well-known venue ("NeurIPS", "ICLR", ...), else NAME tidied.

    Workshops and "Findings" volumes keep their full name: they are not the main venue.
    """
    tidy = " ".join(name.split()).strip(" ,;")
    if not tidy:
        return None
    if _NOT_THE_MAIN_VENUE.search(tidy):
        return tidy
    lowered = tidy.lower()
    for short, pattern in _venue_patterns():
        if pattern.search(lowered):
            return short
    return tidy


# --------------------------------------------------------------------------------------------
# Field values


_CANONICAL: dict[str, str] = {
    # contract keys; pdf_path is this machine's state (a file ``pdf`` downloaded), never
    # taken from an input file, nor read as a URL
    **{key: key for key in PAPER_FIELDS if key not in ("id", "pdf_path")},
    # other tools' names
    "name": "title",
    "paper_title": "title",
    "alt_title": "alt_titles",
    "alternative_titles": "alt_titles",
    "translated_title": "alt_titles",
    "author": "authors",
    "author_names": "authors",
    "creators": "authors",
    "conference": "venue",
    "booktitle": "venue",
    "journal": "venue",
    "venue_name": "venue",
    "publication": "venue",
    "container_title": "venue",
    "container-title": "venue",
    "date": "date",
    "published": "date",
    "publication_date": "date",
    "issued": "date",
    "topic": "topics",
    "keywords": "topics",
    "categories": "topics",
    "category": "topics",
    "subjects": "topics",
    "primary_area": "topics",
    "area": "topics",
    "tldr": "summary",
    "tl;dr": "summary",
    "paper_url": "url",
    "link": "url",
    "landing_url": "url",
    "landing_page": "url",
    "html_url": "url",
    "abs_url": "url",
    "forum": "openreview_id",
    "pdf": "pdf_url",
    "pdf_link": "pdf_url",
    "pdfurl": "pdf_url",
    "code": "code_url",
    "github": "code_url",
    "code_link": "code_url",
    "repo": "code_url",
    "repository": "code_url",
    "github_url": "code_url",
    "arxiv": "arxiv_id",
    "arxivid": "arxiv_id",
    "eprint": "arxiv_id",
    "openreview": "openreview_id",
    "openreviewid": "openreview_id",
    "forum_id": "openreview_id",
    "tag": "tags",
    "labels": "tags",
    "label": "tags",
    "note": "notes",
    "comment": "notes",
    "comments": "notes",
    "state": "status",
    "read_status": "status",
}
_STATUS_ALIASES = {
    "unread": "unread",
    "to read": "unread",
    "to-read": "unread",
    "toread": "unread",
    "todo": "unread",
    "new": "unread",
    "queued": "unread",
    "want to read": "unread",
    "reading": "reading",
    "in progress": "reading",
    "in-progress": "reading",
    "currently reading": "reading",
    "started": "reading",
    "read": "read",
    "done": "read",
    "finished": "read",
    "completed": "read",
}
_YEAR = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")
# Identifiers are read apart (normalised, or found in URLs).
_TEXT_FIELDS = tuple(f for f in TEXT_FIELDS if f not in ("arxiv_id", "openreview_id", "doi"))
_URL_FIELDS = ("url", "pdf_url")


def split_list(value: str, separators: str = ";,") -> list[str]:
    """Split a joined list ("a; b" or "a, b"), using the first separator that occurs."""
    for sep in separators:
        if sep in value:
            return [part.strip() for part in value.split(sep) if part.strip()]
    value = value.strip()
    return [value] if value else []


_NEEDS_NAME_PARSER = re.compile(
    r",\s*and\s|&|、|，|；|\bet\.?\s*al\b|\\|\{|<sup|[*†‡§¹²³]|[^\W\d_]\d", re.IGNORECASE
)


def split_authors(value: str) -> list[str]:
    """Author strings "A and B", "A; B", "A, B" (and "Last, First and ...") as display names."""
    value = value.strip()
    if not value:
        return []
    if _NEEDS_NAME_PARSER.search(value):
        # ", and", "&", "et al.", CJK lists, LaTeX, marks: the name-list parser reads these;
        # it is used only when it keeps all of the field's text (a field is not lost).
        from papercli.importers.names import read_name_list

        names, coverage = read_name_list(value)
        if coverage >= 0.9:
            return names
    if re.search(r"\s+and\s+", value, re.I):  # BibTeX style: each name may be "Last, First"
        parts = re.split(r"\s+and\s+", value, flags=re.I)
        return [flip_name(p) for p in parts if p.strip() and p.strip() != "others"]
    if ";" not in value:
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if len(parts) == 2 and all(len(part.split()) == 1 for part in parts):
            return [flip_name(value)]  # "Vaswani, Ashish": one author, last name first
        return parts
    names = [part.strip() for part in value.split(";") if part.strip()]
    if all("," in name for name in names):  # "Last, First" throughout (Zotero, BibTeX)
        return [flip_name(name) for name in names]
    return names


_CJK_NAME = re.compile(r"^[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f·・]+$")


def flip_name(name: str) -> str:
    """ "Last, First" → "First Last"; "Last, Jr, First" → "First Last Jr"; others as they are.

    A CJK name keeps its own order, family name first and no space: "张, 三" → "张三".
    """
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 2 and _CJK_NAME.match(parts[0]) and _CJK_NAME.match(parts[1]):
        return parts[0] + parts[1]
    if len(parts) == 2 and parts[0] and parts[1]:
        return f"{parts[1]} {parts[0]}"
    if len(parts) == 3 and parts[0] and parts[2]:
        return " ".join(p for p in (parts[2], parts[0], parts[1]) if p)
    return name.strip()


def year_of(value: Any) -> int | None:
    """A year from an int, a float, a string ("2020", "2020-05-01", "May 2020"), else None.

    Raises ValidationError for a value that is present but holds no year.
    """
    if value is None or isinstance(value, bool):
        if isinstance(value, bool):
            raise ValidationError(f"year {value!r} is not a year")
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if is_whole_number(text):
            return int(text)
        match = _YEAR.search(text)
        if match:
            return int(match.group(1))
    if isinstance(value, dict):  # CSL-JSON {"date-parts": [[2020, 5]]}
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            return year_of(parts[0][0])
    raise ValidationError(f"year {str(value)[:40]!r} is not a year")


def _strings(value: Any, field: str, splitter: Callable[[str], list[str]]) -> list[str]:
    """A list field from a list of strings (or names objects) or a joined string."""
    if isinstance(value, str):
        return splitter(value)
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            if isinstance(item, str):
                out.append(item)
            elif isinstance(item, dict):
                name = _name_of(item)
                if name:
                    out.append(name)
            elif isinstance(item, int | float) and not isinstance(item, bool):
                out.append(str(item))
            elif item is not None:
                raise ValidationError(f"{field} must be a list of strings")
        return out
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [str(value)]
    raise ValidationError(f"{field} must be a list of strings")


def _name_of(item: dict[str, Any]) -> str | None:
    """A display name from {"name": ...} or CSL {"given": ..., "family": ...}."""
    for key in ("name", "full_name", "fullname", "display_name", "literal"):
        if isinstance(item.get(key), str):
            return str(item[key])
    given, family = item.get("given"), item.get("family")
    if isinstance(given, str) or isinstance(family, str):
        return " ".join(p for p in (given, family) if isinstance(p, str) and p)
    return None


def _text(value: Any, field: str) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ValidationError(f"{field} must be a string")


def _topic_splitter(value: str) -> list[str]:
    return split_list(value, ";")


def record_to_paper(record: Any, source: str | None) -> Paper:
    """Turn one record (a dict with our or another tool's field names) into a Paper.

    Raises ValidationError when the record is not an object or a value cannot be used.
    """
    if not isinstance(record, dict):
        raise ValidationError(f"expected an object, not {_json_type(record)}")
    kw: dict[str, Any] = {}
    date: Any = None
    for raw_key, value in record.items():
        if value is None or value == "" or value == []:
            continue
        key = _CANONICAL.get(raw_key) or _CANONICAL.get(
            str(raw_key).strip().lower().replace(" ", "_")
        )
        if key is None or key in kw:
            continue
        if isinstance(value, dict) and "value" in value:  # OpenReview API v2: {"value": ...}
            value = value["value"]
            if value is None:
                continue
        if key == "title":
            if not isinstance(value, str):
                raise ValidationError("title must be a string")
            if len(value) > 10 * MAX_TITLE_CHARS:  # don't spend time cleaning a huge value
                raise ValidationError(
                    f"title is {len(value)} characters long; the limit is {MAX_TITLE_CHARS}"
                )
            kw["title"] = value
        elif key == "authors":
            kw["authors"] = _strings(value, "authors", split_authors)
        elif key in ("topics", "alt_titles"):
            kw[key] = _strings(value, key, _topic_splitter)
        elif key == "tags":
            kw["tags"] = _strings(value, "tags", split_list)
        elif key == "year":
            kw["year"] = year_of(value)
        elif key == "date":
            date = value
        elif key == "priority":
            kw["priority"] = _priority(value)
        elif key == "status":
            kw["status"] = _status(value)
        elif key == "notes":
            kw["notes"] = value if isinstance(value, str) else _text(value, "notes") or ""
        elif key == "arxiv_id":
            kw["arxiv_id"] = _identifier(value, "arxiv_id", normalize_arxiv)
        elif key == "doi":
            kw["doi"] = _identifier(value, "doi", normalize_doi)
        elif key == "openreview_id":
            kw["openreview_id"] = _identifier(value, "openreview_id", _openreview)
        elif key == "key":  # a citation key that cannot be one is dropped: the library makes one
            from papercli.importers.csl import citation_key_of

            kw["key"] = citation_key_of(value)
        elif key in _TEXT_FIELDS:
            kw[key] = _text(value, key)
    if "title" not in kw:
        raise ValidationError("title is missing")
    if kw.get("year") is None and date is not None:
        kw["year"] = year_of(date)
    venue = kw.get("venue")
    if venue:
        kw["venue"] = normalize_venue(venue)
    _identifiers_from_urls(kw)
    if source is not None and not kw.get("source"):
        kw["source"] = source
    year = kw.get("year")
    if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(f"year {year} is not between {MIN_YEAR} and {MAX_YEAR}")
    paper = Paper(**{k: v for k, v in kw.items() if v is not None})
    _keep_alt_keys(paper, record)
    return paper


def _keep_alt_keys(paper: Paper, record: dict[str, Any]) -> None:
    """The ``alt_keys`` of papercli's own export (keys of papers merged into this one) kept
    on PAPER; a value that cannot be a key is dropped. The import keeps only the free ones."""
    from papercli.citekeys import ALT_KEYS
    from papercli.importers.csl import citation_key_of

    value = record.get(ALT_KEYS)
    if not isinstance(value, list):
        return
    seen = {paper.key.casefold()} if paper.key else set()
    kept: list[str] = []
    for item in value:
        key = citation_key_of(item)
        if key and key.casefold() not in seen:
            seen.add(key.casefold())
            kept.append(key)
    if kept:
        setattr(paper, ALT_KEYS, kept)


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return "null" if value is None else type(value).__name__


def _priority(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and is_whole_number(value.strip()):
        return int(value.strip())
    raise ValidationError(f"priority must be a whole number, not {str(value)[:40]!r}")


def _status(value: Any) -> str:
    if isinstance(value, bool):  # e.g. {"read": true}-style exports
        return "read" if value else "unread"
    if isinstance(value, str):
        status = _STATUS_ALIASES.get(value.strip().lower())
        if status:
            return status
    raise ValidationError(f"status {str(value)[:40]!r} is not one of unread, reading, read")


def _openreview(text: str) -> str | None:
    return normalize_openreview(text) or (text.strip() if looks_like_openreview_id(text) else None)


def _identifier(value: Any, field: str, normalize: Callable[[str], str | None]) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string")
    normal = normalize(value)
    if normal is None:
        raise ValidationError(f"{field} {value[:60]!r} is not a valid identifier")
    return normal


def _identifiers_from_urls(kw: dict[str, Any]) -> None:
    """Fill arxiv_id / openreview_id / doi from the url fields, with cheap pre-checks."""
    for field in _URL_FIELDS:
        url = kw.get(field)
        if not url:
            continue
        lowered = url.lower()
        if "arxiv" in lowered and not kw.get("arxiv_id"):
            kw["arxiv_id"] = normalize_arxiv(url)
        if "openreview" in lowered and not kw.get("openreview_id"):
            kw["openreview_id"] = normalize_openreview(url)
        if "doi" in lowered and not kw.get("doi"):
            kw["doi"] = normalize_doi(url)


def _collect(records: Iterable[tuple[str, Any]], source: str | None, fmt: str) -> ParseResult:
    result = ParseResult(format=fmt)
    for where, record in records:
        try:
            result.papers.append(record_to_paper(record, source))
        except ValidationError as exc:
            result.rejected.append(Rejection(where, exc.message))
    return result


# --------------------------------------------------------------------------------------------
# Formats


_LIST_KEYS = (
    "papers",
    "items",
    "records",
    "entries",
    "data",
    "results",
    "references",
    "library",
    "list",
)


def _json_error(exc: ValueError, what: str) -> ImportFormatError:
    line, col = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    reason = str(getattr(exc, "msg", exc)).split(": line ")[0]
    where = f" at line {line}, column {col}" if line is not None else ""
    return ImportFormatError(f"{what} is not valid JSON{where}: {reason}")


def parse_json(text: str, source: str | None) -> ParseResult:
    """Papers from a JSON list of objects, an object holding one such list, or one paper object.

    Raises ImportFormatError for malformed JSON (with line and column) or another shape.
    """
    import orjson

    what = source or "input"
    if not text.strip():
        return ParseResult(format="json")
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise _json_error(exc, what) from None
    records = _find_records(data, what)
    return _collect(((f"record {i}", r) for i, r in enumerate(records, 1)), source, "json")


def _find_records(data: Any, what: str) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        if "title" in data:
            return [data]
        lists = [v for v in data.values() if isinstance(v, list)]
        for key in _LIST_KEYS:
            for k, v in data.items():
                if isinstance(k, str) and k.lower() == key and isinstance(v, list):
                    return v
        if len(lists) == 1:
            return lists[0]
        raise ImportFormatError(
            f"{what}: the JSON object holds no list of papers (expected a list of objects, "
            'an object like {"papers": [...]}, or one paper object with a "title")'
        )
    raise ImportFormatError(
        f"{what}: expected a JSON list of paper objects, not {_json_type(data)}"
    )


def parse_jsonl(text: str, source: str | None) -> ParseResult:
    """Papers from JSON Lines: one object per line; blank lines are skipped.

    A line that is not valid JSON is rejected; when no line at all is valid JSON the input
    is not JSON Lines and ImportFormatError is raised.
    """
    import orjson

    what = source or "input"
    records: list[tuple[str, Any]] = []
    bad: list[Rejection] = []
    first_error: ImportFormatError | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            records.append((f"line {number}", orjson.loads(line)))
        except orjson.JSONDecodeError as exc:
            error = _json_error(exc, f"{what} line {number}")
            first_error = first_error or error
            col = getattr(exc, "colno", None)
            reason = str(getattr(exc, "msg", exc)).split(": line ")[0]
            bad.append(Rejection(f"line {number}", f"not valid JSON (column {col}): {reason}"))
    if first_error is not None and not records:
        raise first_error
    result = _collect(records, source, "jsonl")
    if bad:
        result.rejected = sorted([*result.rejected, *bad], key=_line_number)
    return result


def _line_number(rejection: Rejection) -> int:
    try:
        return int(rejection.where.split()[-1])
    except ValueError:
        return 0


def parse_csv(text: str, source: str | None) -> ParseResult:
    """Papers from CSV with a header row (our columns or other tools'); list cells use "; "."""
    import csv
    import io

    from papercli.exporters import csv_unescape

    what = source or "input"
    if not text.strip():
        return ParseResult(format="csv")
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, 2**31 - 1))
    records: list[tuple[str, Any]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""))
        header: list[str] | None = None
        own = False
        for row in reader:
            if header is None:
                if not any(cell.strip() for cell in row):
                    continue
                header = [cell.strip().lstrip("\ufeff") for cell in row]
                # our own export (every column of a paper): its author cells read back as
                # written, split on ";" alone, never through the name parser
                own = set(PAPER_FIELDS) <= set(header)
                if not any(_CANONICAL.get(h.lower().replace(" ", "_")) == "title" for h in header):
                    raise ImportFormatError(f"{what}: the CSV header has no title column")
                continue
            if not any(cell.strip() for cell in row):
                continue
            # A cell our CSV export made safe for spreadsheets ("'=...") reads back as it was.
            cells = zip(header, row, strict=False)
            record = {key: csv_unescape(cell) for key, cell in cells if key}
            records.append((f"line {reader.line_num}", _csv_record(record, own)))
    except csv.Error as exc:
        raise ImportFormatError(f"{what} is not valid CSV: {exc}") from None
    finally:
        csv.field_size_limit(limit)
    return _collect(records, source, "csv")


_CSV_LIST_FIELDS = {"authors", "topics", "tags", "alt_titles"}


def _csv_record(record: dict[str, str], own: bool = False) -> dict[str, Any]:
    """CSV cells are strings: our list columns are joined by "; " (split on ";" only)."""
    out: dict[str, Any] = {}
    for key, cell in record.items():
        canonical = _CANONICAL.get(key) or _CANONICAL.get(key.strip().lower().replace(" ", "_"))
        trusted = own and canonical == "authors"  # our own author cells, as written
        if canonical in _CSV_LIST_FIELDS and (";" in cell or trusted):
            if canonical == "authors" and not trusted:
                out[key] = split_authors(cell)
            else:
                out[key] = [part.strip() for part in cell.split(";") if part.strip()]
        else:
            out[key] = cell
    return out
