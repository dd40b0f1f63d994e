"""Layouts of real pages read for errors in stop 36, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def _titles(text: str) -> list[str]:
    return [p["title"] for p in _papers(text)]


def test_a_title_over_one_authors_name_is_a_pair_like_those_over_several() -> None:
    titles = [
        "Lookahead when it counts: sparse attention transformers for streaming speech recognition",
        "Delay-aware policy optimization and improved regret for adversarial bandits with delay",
        "Incentivizing exploration with linear contexts and combinatorial actions in markets",
        "Posterior sampling with diffusion generative priors for multi-task bandit learning",
    ]
    names = [
        "Ada Quill, Ben Rowe, Cy Lund",
        "Dora Moss, Eli Crane",
        "Fay Hollis",
        "Gus Pike, Hal Reed",
    ]
    page = "A quick guide to our lab's papers at ICML 2023\n\n"
    for n, (title, authors) in enumerate(zip(titles, names, strict=True)):
        if n in (0, 1):
            page += f"Topic {n}\n\nA paragraph on the topic.\n\n"
        page += f"{title}\n{authors}\n\n"
    papers = _papers(page)
    assert [p["title"] for p in papers] == titles
    assert papers[2]["authors"] == ["Fay Hollis"]
