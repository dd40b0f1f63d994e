"""Layouts from real pages read for errors in stop 38, written afresh."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_a_named_award_label_gives_the_title_before_its_authors() -> None:
    page = (
        "Ada Lovelace Best Paper Award: Knots Of Twine: Hypertext And Yarn, "
        "Tom Reed and Ann Shaw\n\n"
        "Prizes for Bold Ideas:\n\n"
        "  • First place: The Loom At Work: Hypertext, Weaving, and Looms, Tom Reed\n"
        "  • Second place: Spinning Wheels for Collective Sensemaking, Ruth Gale and Ivo Park\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Knots Of Twine: Hypertext And Yarn", ["Tom Reed", "Ann Shaw"]),
        ("The Loom At Work: Hypertext, Weaving, and Looms", ["Tom Reed"]),
        ("Spinning Wheels for Collective Sensemaking", ["Ruth Gale", "Ivo Park"]),
    ]
