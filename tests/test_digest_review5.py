"""Layouts of real pages read for errors in stop 25, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_surname_et_al_before_the_title_names_the_paper_and_its_section() -> None:
    text = (
        "Notes on papers I read.\n\n"
        "Search Methods\n\n"
        "  • Moss et al., Learning Cribbage using the Noisy Gradient Method\n\n"
        "Population Methods\n\n"
        "  • Quill et al., Stochastic Population Ranking for Sparse Rewards\n"
        "  • Rowe et al., Universal Reward Shaping Estimators\n"
        "  • Lund et al., Bridging the Gap Between Planning and Acting Agents\n"
    )
    got = [(p["title"], p["authors"], p["topics"]) for p in _papers(text)]
    assert got == [
        ("Learning Cribbage using the Noisy Gradient Method", ["Moss"], ["Search Methods"]),
        ("Stochastic Population Ranking for Sparse Rewards", ["Quill"], ["Population Methods"]),
        ("Universal Reward Shaping Estimators", ["Rowe"], ["Population Methods"]),
        ("Bridging the Gap Between Planning and Acting Agents", ["Lund"], ["Population Methods"]),
    ]
