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


def test_a_conference_spelled_out_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Attending the 61st Annual Meeting of the Society for Parsing Studies")
    assert never_title("In the proceedings of the European Conference on Cribbage Playing")
    assert never_title("Notes from the Symposium on Sparse Agents")
    assert not never_title("Workshop on Learning: A Survey of Methods")
    assert not never_title("A Conference Call Model for Multi-Party Dialogue")


def test_a_blog_of_picks_from_a_venue_with_first_author_lines() -> None:
    text = (
        "Last week I joined ICLR online. Here are the **best papers from the ICLR**.\n\n"
        "# Best papers\n\n"
        "## 1. Sparse Routing Tables for Mixture Layers\n\n"
        "A study of routing in mixture layers.\n\n"
        "**First author: Ada Quill\nLinkedIn | Website**\n\n"
        "## 2. Patterns of Drift in Online Media\n\n"
        "Drift measured over ten years of posts.\n\n"
        "**First author: Dee Moss\nLinkedIn | Website**\n"
    )
    got = [(p["title"], p["authors"], p["venue"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Ada Quill"], "ICLR"),
        ("Patterns of Drift in Online Media", ["Dee Moss"], "ICLR"),
    ]
