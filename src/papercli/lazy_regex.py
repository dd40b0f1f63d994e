"""Regular expressions compiled when first used, not when their module is imported.

The digest importer's modules hold about 900 patterns, and a page uses about half of them;
compiling them all took most of a short import's time (wide CJK character classes compile
slowly). A :class:`LazyPattern` keeps its source and flags and compiles on its first method
call; from then on its methods are the compiled pattern's own, at the same cost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class LazyPattern:
    """A regular expression of ``str`` compiled at its first use (``re.compile``'s result)."""

    __slots__ = ("pattern", "flags", *_METHODS)

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    sub: Callable[..., str]
    subn: Callable[..., tuple[str, int]]
    split: Callable[..., list[Any]]
    findall: Callable[..., list[Any]]
    finditer: Callable[..., Iterator[re.Match[str]]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str) -> Any:
        # reached only while a method's slot is empty: before the first use
        if name not in _METHODS:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in _METHODS:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def __copy__(self) -> LazyPattern:
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> LazyPattern:
        return self

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


Regex = re.Pattern[str] | LazyPattern


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    """PATTERN with FLAGS, to be compiled at its first use (errors show then, so tests use each
    module's patterns: ``tests/test_lazy_regex.py`` compiles them all)."""
    return LazyPattern(pattern, flags)
