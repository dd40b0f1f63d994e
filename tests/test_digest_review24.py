"""Layouts from real pages read for errors in stop 44, written afresh."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest
from papercli.importers.digest.candidates import without_link_labels


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_bare_link_labels_after_a_bracketed_one_are_not_part_of_the_title() -> None:
    page = "目录\n\n" + "".join(
        f"{n}. {title} [PDF] 摘要\n"
        for n, title in enumerate(
            [
                "Pegging Boards for Language Models",
                "Quiet Tokens Speak Louder in Sparse Decoders",
                "Folding Cameras for Wide Scenes",
            ],
            1,
        )
    )
    assert [p["title"] for p in _papers(page)] == [
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Folding Cameras for Wide Scenes",
    ]
    # a bare word alone is a title's own: only after a bracketed label is it a link's
    assert without_link_labels("Learning to Read the Abstract") == "Learning to Read the Abstract"
    assert without_link_labels("Notes on Code [PDF] Code") == "Notes on Code"


def test_a_docs_sites_section_heading_over_a_papers_heading_is_its_topic() -> None:
    page = (
        "核心论文\n"
        "Cribbage 基础\n"
        "Section titled “Cribbage 基础”Pegging Is All You Need\n"
        "Section titled “Pegging Is All You Need”作者: Moss et al. (Crib Lab, 2017)\n"
        "链接: https://arxiv.org/abs/1706.03762\n"
        "Crib Counter: Language Models Can Teach Themselves to Count\n"
        "Section titled “Crib Counter: Language Models Can Teach Themselves to Count”作者: "
        "Quill et al. (Peg Lab, 2023)\n"
        "链接: https://arxiv.org/abs/2302.04761\n"
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got == {
        "Pegging Is All You Need": ["Cribbage 基础"],
        "Crib Counter: Language Models Can Teach Themselves to Count": ["Cribbage 基础"],
    }
