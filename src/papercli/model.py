"""The Paper type: the contract's fields, validation, and dict conversion. No I/O."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from typing import Any

from papercli.errors import ValidationError

STATUSES = ("unread", "reading", "read")
MIN_YEAR, MAX_YEAR = 1000, 2999
MAX_TITLE_CHARS = 2_000
MAX_PRIORITY = 1_000_000_000  # far beyond any use; keeps every file's ints within 64 bits

LIST_FIELDS = ("alt_titles", "authors", "topics", "tags")
TEXT_FIELDS = (
    "venue",
    "summary",
    "abstract",
    "url",
    "pdf_url",
    "code_url",
    "arxiv_id",
    "openreview_id",
    "doi",
    "source",
    "added_at",
    "read_at",
    "key",
    "pdf_path",
)
MAX_KEY_CHARS = 100
# A citation key must survive BibTeX, biblatex, RIS and CSL-JSON: one word without the
# characters BibTeX gives a meaning to, nor (for a new key) a control character.
_KEY_PATTERN = re.compile(r"[^\s\"#%'(),={}\\~]+")
_CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def now() -> datetime:
    """The current time (UTC), or the fixed time in $PAPERCLI_NOW.

    PAPERCLI_NOW (ISO 8601, e.g. 2026-11-23T09:00:00+00:00) is for tests and for the README's
    tour, which must give the same output on every run.
    """
    import os

    fixed = os.environ.get("PAPERCLI_NOW")
    if fixed:
        try:
            moment = datetime.fromisoformat(fixed)
        except ValueError:
            raise ValidationError(f"PAPERCLI_NOW={fixed!r} is not an ISO 8601 time") from None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.now(UTC)


def now_iso() -> str:
    """The current time as ISO 8601 with timezone, to the second."""
    return now().astimezone(UTC).replace(microsecond=0).isoformat()


@dataclass
class Paper:
    """One paper in the reading list. ``id`` is 0 until the library assigns one.

    The fields are declared in the contract's key order, so ``__dict__`` is already the JSON
    object's shape and ``to_dict`` is a plain copy (it runs once per paper listed).
    """

    id: int = 0
    title: str = ""
    alt_titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    venue: str | None = None
    year: int | None = None
    topics: list[str] = field(default_factory=list)
    summary: str | None = None
    abstract: str | None = None
    url: str | None = None
    pdf_url: str | None = None
    code_url: str | None = None
    arxiv_id: str | None = None
    openreview_id: str | None = None
    doi: str | None = None
    tags: list[str] = field(default_factory=list)
    status: str = "unread"
    priority: int = 0
    added_at: str | None = None
    read_at: str | None = None
    notes: str = ""
    source: str | None = None
    key: str | None = None
    pdf_path: str | None = None

    def __post_init__(self) -> None:
        self.validate()

    def validate(self) -> None:
        """Raise ValidationError when a field holds a value a paper cannot have."""
        self.title = clean_text(self.title)
        if not self.title:
            raise ValidationError("a paper needs a non-empty title")
        if len(self.title) > MAX_TITLE_CHARS:
            raise ValidationError(
                f"title is {len(self.title)} characters long; the limit is {MAX_TITLE_CHARS}"
            )
        if self.year is not None and not MIN_YEAR <= self.year <= MAX_YEAR:
            raise ValidationError(f"year {self.year} is not between {MIN_YEAR} and {MAX_YEAR}")
        if not -MAX_PRIORITY <= self.priority <= MAX_PRIORITY:
            raise ValidationError(
                f"priority {self.priority} is out of range (-{MAX_PRIORITY:,} to {MAX_PRIORITY:,})"
            )
        if self.status not in STATUSES:
            raise ValidationError(f"status {self.status!r} is not one of {', '.join(STATUSES)}")
        for name in LIST_FIELDS:
            setattr(self, name, unique([clean_text(v) for v in getattr(self, name)]))
        if self.doi:
            self.doi = self.doi.lower()
        if self.key is not None:
            check_key(self.key, stored=True)

    def json_view(self) -> Mapping[str, Any]:
        """The contract's JSON object without a copy, for serialising: never modify it."""
        return self.__dict__

    def to_dict(self) -> dict[str, Any]:
        """The contract's JSON object: every key present, in the contract's order."""
        data = dict(self.__dict__)
        for name in LIST_FIELDS:
            data[name] = list(data[name])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Paper:
        """Build a Paper from a contract dict; unknown keys are ignored, types are checked."""
        if not isinstance(data, dict):
            raise ValidationError(f"a paper must be an object, not {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        for f in fields(cls):
            if f.name not in data or data[f.name] is None:
                continue
            value = data[f.name]
            if f.name in LIST_FIELDS:
                if isinstance(value, str):
                    value = [value]
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValidationError(f"{f.name} must be a list of strings")
            elif f.name in ("id", "priority", "year"):
                value = _as_int(f.name, value)
            elif f.name in ("title", "status", "notes", *TEXT_FIELDS):
                if not isinstance(value, str):
                    raise ValidationError(f"{f.name} must be a string")
                if f.name in TEXT_FIELDS:
                    value = value.strip() or None
                    if value is None:
                        continue
            kwargs[f.name] = value
        if "title" not in kwargs:
            raise ValidationError("a paper needs a non-empty title")
        return cls(**kwargs)

    def landing_page(self) -> str | None:
        """The url, else the landing page of the paper's arXiv, OpenReview or DOI id."""
        from papercli.ids import landing_url

        if self.url:
            return self.url
        for kind, value in self.identifiers():
            return landing_url(kind, value)  # type: ignore[arg-type]
        return None

    def identifiers(self) -> list[tuple[str, str]]:
        """The (kind, value) identifiers that make two records the same paper."""
        pairs = [("arxiv", self.arxiv_id), ("openreview", self.openreview_id), ("doi", self.doi)]
        return [(kind, value) for kind, value in pairs if value]


# The contract's keys, in the order every JSON object has them (Paper declares them so).
PAPER_FIELDS = tuple(f.name for f in fields(Paper))


def check_key(key: str, stored: bool = False) -> None:
    """Raise ValidationError unless KEY can be a citation key (one word, no BibTeX specials,
    no control characters). A STORED key (a paper's own, perhaps from a library that took
    control characters) is not refused for those, so that its paper can still be changed:
    output keeps them off terminals, and ``edit REF --key ""`` replaces it. A new key that is
    a number (``5``) is refused: a REF that is a number is an id."""
    if (
        len(key) > MAX_KEY_CHARS
        or not _KEY_PATTERN.fullmatch(key)
        or (not stored and _CONTROL_CHARACTER.search(key))
    ):
        raise ValidationError(
            f"citation key {key[:40]!r} must be one word of at most {MAX_KEY_CHARS} characters, "
            "without spaces, control characters or any of \" # % ' ( ) , = { } \\ ~"
        )
    if not stored and _NUMBER_KEY.fullmatch(key):
        raise ValidationError(
            f"citation key {key[:40]!r} is a number, which every command reads as a paper id; "
            "a key needs a letter (e.g. vaswani2017attention)"
        )


# A key every REF-taking command would read as an id (``check_refs`` reads signed numbers too).
_NUMBER_KEY = re.compile(r"[-+]?[0-9]+")


_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,12}")


def is_whole_number(text: str) -> bool:
    """Whether TEXT is an ASCII whole number ``int`` accepts (``isdigit`` also accepts '²')."""
    return _WHOLE_NUMBER.fullmatch(text) is not None


def _as_int(name: str, value: Any) -> int:
    if isinstance(value, bool):
        raise ValidationError(f"{name} must be a whole number")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and is_whole_number(value.strip()):
        return int(value.strip())
    raise ValidationError(f"{name} must be a whole number, not {value!r}")


def clean_text(text: str) -> str:
    """Collapse white space and drop control characters from a one-line field."""
    if text.isprintable():
        return " ".join(text.split())
    # Control and format characters go, except the zero-width (non-)joiner: they hold emoji
    # sequences and Persian words together.
    return " ".join(
        "".join(ch if ch.isprintable() or ch in _JOINERS else " " for ch in text).split()
    )


_JOINERS = frozenset("\u200c\u200d")


def unique(values: list[str]) -> list[str]:
    """Non-empty values in order, each once."""
    seen: set[str] = set()
    out = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            out.append(value)
    return out
