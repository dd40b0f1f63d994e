"""Source code's argument lists as text: the characters outside quoted strings, and the
parts between top-level commas ('id: "x", tags: ["a", "b"]', "'key', title('…'), arxiv(2017)")."""

from __future__ import annotations

from collections.abc import Iterator


def code_chars(text: str, start: int = 0, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """(index, character) of TEXT's characters from START (to LIMIT) outside quoted strings
    ('…', "…", `…`, a backslash escaping the character after it)."""
    end = len(text) if limit is None else min(len(text), limit)
    quote, k = "", start
    while k < end:
        ch = text[k]
        if quote:
            if ch == "\\":
                k += 1
            elif ch == quote:
                quote = ""
        elif ch in "'\"`":
            quote = ch
        else:
            yield k, ch
        k += 1


def top_level_parts(text: str) -> list[str]:
    """TEXT cut at its commas outside strings and brackets, each part stripped, empty ones
    left out."""
    parts: list[str] = []
    depth = begin = 0
    for k, ch in code_chars(text):
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[begin:k].strip())
            begin = k + 1
    parts.append(text[begin:].strip())
    return [part for part in parts if part]
