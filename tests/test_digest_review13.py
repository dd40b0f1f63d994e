"""Layouts of real pages read for errors in stop 33, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_a_seminars_surnames_then_a_colon_then_the_title_name_each_paper() -> None:
    page = (
        "Card Games -- Selected Classic Papers\n\n"
        "Topics\n\n"
        "In every meeting we will study a classic paper.\n\n"
        "  1. Moss, Rowe: Crib: a method for counting hands\n"
        "  2. Peg, Muggins, Nob: Pegging strategies with learned lookup tables\n"
        "  3. Box, Skunk, Rowe, Moss: Scoring fifteens in linear time\n"
        "  4. Tally, Crane, Hollis, others: Improving card play by self-play\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Crib: a method for counting hands", ["Moss", "Rowe"]),
        ("Pegging strategies with learned lookup tables", ["Peg", "Muggins", "Nob"]),
        ("Scoring fifteens in linear time", ["Box", "Skunk", "Rowe", "Moss"]),
        ("Improving card play by self-play", ["Tally", "Crane", "Hollis"]),
    ]


def test_others_closing_a_list_of_names_is_no_name() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Tally, Crane, Hollis, others") == ["Tally", "Crane", "Hollis"]
    assert parse_names("Ann Lee, Bo Chen, and others") == ["Ann Lee", "Bo Chen"]
