"""Lazily compiled patterns: the same answers as re.compile's, and every module's pattern
compiles (a lazy pattern's error would otherwise show only on the page that first uses it)."""

from __future__ import annotations

import copy
import importlib
import pkgutil
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import papercli
from papercli.lazy_regex import LazyPattern, lazy_re

PATTERNS = [
    (r"(\d{4})\.(\d{4,5})", 0),
    (r"\bet\s+al\b\.?", re.IGNORECASE),
    (r"[\u3400-\u9fff]+", 0),
    (r"^(?P<head>\w+):\s*(.*)$", re.MULTILINE),
    (r"\s*[,;]\s*", 0),
]
TEXTS = st.text(alphabet="ab 12.,;:et alET AL\n中文论文0123456789", max_size=60)


@pytest.mark.parametrize(("source", "flags"), PATTERNS)
@given(text=TEXTS, pos=st.integers(0, 10))
def test_lazy_pattern_answers_as_compiled(source: str, flags: int, text: str, pos: int) -> None:
    lazy, real = lazy_re(source, flags), re.compile(source, flags)

    def same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
        return (a is None and b is None) or (
            a is not None and b is not None and (a.span(), a.groups()) == (b.span(), b.groups())
        )

    assert same(lazy.search(text, pos), real.search(text, pos))
    assert same(lazy.match(text), real.match(text))
    assert same(lazy.fullmatch(text), real.fullmatch(text))
    assert lazy.sub("<\\g<0>>", text) == real.sub("<\\g<0>>", text)
    assert lazy.subn("", text, count=1) == real.subn("", text, count=1)
    assert lazy.split(text) == real.split(text)
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]


def test_lazy_pattern_compiles_once_and_keeps_its_source() -> None:
    lazy = lazy_re(r"a+", re.IGNORECASE)
    assert (lazy.pattern, lazy.flags) == ("a+", re.IGNORECASE)
    assert lazy.search("xAAy") is not None
    # from now on its methods are the compiled pattern's own, kept in its slots
    assert lazy.search is lazy.search
    assert isinstance(getattr(lazy.finditer, "__self__", None), re.Pattern)
    assert copy.copy(lazy) is lazy and copy.deepcopy({"p": lazy})["p"] is lazy
    with pytest.raises(AttributeError):
        _ = lazy.no_such_method


def test_a_bad_pattern_fails_at_its_first_use() -> None:
    lazy = lazy_re(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("text")


def _lazy_patterns(value: Any, seen: set[int]) -> list[LazyPattern]:
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, LazyPattern):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple | set | frozenset):
        return [p for item in value for p in _lazy_patterns(item, seen)]
    return []


def test_every_module_pattern_compiles() -> None:
    found: list[tuple[str, LazyPattern]] = []
    for info in pkgutil.walk_packages(papercli.__path__, "papercli."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI
        module = importlib.import_module(info.name)
        seen: set[int] = set()
        for value in vars(module).values():
            found += [(info.name, p) for p in _lazy_patterns(value, seen)]
    assert len(found) > 500  # the digest importer's modules hold most of them
    for name, lazy in found:
        try:
            re.compile(lazy.pattern, lazy.flags)
        except re.error as error:  # pragma: no cover - the message names the culprit
            pytest.fail(f"{name}: {lazy.pattern!r} does not compile: {error}")
