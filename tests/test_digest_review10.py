"""Layouts of real pages read for errors in stop 30, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_a_heading_over_a_labelled_title_names_a_topic_not_a_paper() -> None:
    entries = [
        ("Sequence-to-Hand Models", "Counting Cribbage Hands with Learned Tables"),
        ("Discard Ranking Networks", "CribRank: Ranking Discards Before the Cut"),
        ("Attention Mechanism", "Attention Over Cards for Cribbage Play"),
    ]
    blocks = [
        f"### {n}. **{heading}**\n\n- **Title**: {title}\n- **Authors**: Ada Moss, Di Nob\n"
        f"- **Year**: 2019\n- **Summary**: Introduced {heading.split()[0]}, a milestone.\n"
        f"- **Link**: [arXiv](https://arxiv.org/abs/1901.0000{n})\n"
        for n, (heading, title) in enumerate(entries, start=1)
    ]
    page = "# Card Game Reading Lists\n\n## Cribbage\n\n" + "\n".join(blocks)
    got = [(p["title"], p["authors"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        (title, ["Ada Moss", "Di Nob"], f"1901.0000{n}")
        for n, (_, title) in enumerate(entries, start=1)
    ]
