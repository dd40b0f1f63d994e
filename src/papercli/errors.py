"""Domain errors: each carries the one-line message a user sees after ``Error:``."""

from __future__ import annotations


class PapercliError(Exception):
    """Base class of every error that is the user's to fix, not a bug (exit 1)."""

    exit_code = 1

    def __init__(self, message: str, details: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []


class ValidationError(PapercliError):
    """A field value that a paper cannot have (empty title, year 12000, ...)."""


class UsageError(PapercliError):
    """A bad option value only found after parsing (exit 2, like Click's usage errors)."""

    exit_code = 2


class PaperNotFound(PapercliError):
    """A REF that matches no paper."""


class AmbiguousReference(PapercliError):
    """A fuzzy REF where no single paper clearly wins; details list the candidates."""


class DuplicatePaper(PapercliError):
    """An add refused because the paper is already in the library."""


class LibraryError(PapercliError):
    """The library file is unreadable, corrupt, of a newer schema, or could not be written."""


class LibraryLocked(LibraryError):
    """Another papercli process held the library lock for too long."""


class ImportFormatError(PapercliError):
    """An input file that cannot be read as the format asked for."""


class FetchError(PapercliError):
    """Metadata could not be fetched from arXiv, OpenReview or doi.org."""
