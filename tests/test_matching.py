"""Fuzzy matching: REF resolution never picks a paper that does not clearly win."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.errors import AmbiguousReference, PaperNotFound
from papercli.matching import DuplicateIndex, normalize, search, title_key
from papercli.model import Paper
from papercli.refs import resolve

TITLES = [
    "Autoregressive Diffusion Models",
    "Denoising Diffusion Probabilistic Models",
    "Poisoning and Backdooring Contrastive Learning",
    "Bootstrapped Meta-Learning",
    "Equivariant Subgraph Aggregation Networks",
    "Perceiver IO: A General Architecture for Structured Inputs & Outputs",
    "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
]


@pytest.fixture
def papers() -> list[Paper]:
    papers = [Paper(title=t, id=i) for i, t in enumerate(TITLES, 1)]
    papers[0].alt_titles = ["自回归扩散模型"]
    return papers


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        ("autoregresive difusion", 1),
        ("denoising diffusion", 2),
        ("poisoning backdooring", 3),
        ("Bootstraped meta learning", 4),
        ("equivariant subgraph", 5),
        ("perceiver io", 6),
        ("image worth 16x16 words transformers", 7),
        ("自回归扩散模型", 1),
        ("自回归扩散", 1),
    ],
)
def test_fuzzy_refs_resolve(papers: list[Paper], ref: str, expected: int) -> None:
    assert resolve(papers, ref).id == expected


@pytest.mark.parametrize("ref", ["diffusion models", "learning", "models", "networks models"])
def test_unclear_refs_are_ambiguous(papers: list[Paper], ref: str) -> None:
    with pytest.raises(AmbiguousReference) as info:
        resolve(papers, ref)
    assert len(info.value.details) >= 2


def test_a_title_missing_a_word_of_the_ref_never_wins(papers: list[Paper]) -> None:
    # "vision" and "patches" are in no title: the REF may mean a paper not in the library.
    with pytest.raises((AmbiguousReference, PaperNotFound)):
        resolve(papers, "vision transformer image patches 16x16")


def test_unrelated_ref_is_not_found(papers: list[Paper]) -> None:
    with pytest.raises(PaperNotFound):
        resolve(papers, "quantum chromodynamics on the lattice")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_resolve_only_returns_or_raises_domain_errors(text: str) -> None:
    papers = [Paper(title=t, id=i) for i, t in enumerate(TITLES, 1)]
    try:
        paper = resolve(papers, text)
    except (PaperNotFound, AmbiguousReference):
        return
    assert paper in papers


@given(st.sampled_from(TITLES), st.sampled_from(["upper", "lower", "punct", "space"]))
def test_near_identical_titles_are_duplicates(title: str, change: str) -> None:
    variant = {
        "upper": title.upper(),
        "lower": title.lower(),
        "punct": title.replace(":", " -") + ".",
        "space": "  " + title.replace(" ", "  "),
    }[change]
    index = DuplicateIndex([Paper(title=title, id=1)])
    found = index.find(Paper(title=variant))
    assert found is not None and found.id == 1


def test_duplicate_by_identifier_and_one_typo() -> None:
    index = DuplicateIndex(
        [Paper(title="Poisoning and Backdooring Contrastive Learning", id=1, arxiv_id="2106.09667")]
    )
    assert index.find(Paper(title="Something else", arxiv_id="2106.09667")) is not None
    assert index.find(Paper(title="Poisoning and Backdoring Contrastive Learning")) is not None
    assert index.find(Paper(title="Deep Learning I")) is None
    short = DuplicateIndex([Paper(title="Deep Learning I", id=1)])
    assert short.find(Paper(title="Deep Learning II")) is None


def test_search_ranks_title_above_summary_mention() -> None:
    papers = [
        Paper(title="Contrastive Learning of Visual Representations", id=1),
        Paper(title="Something Else", id=2, summary="uses contrastive learning of features"),
    ]
    ranked = search(papers, "contrastive learning")
    assert [r.paper.id for r in ranked] == [1, 2]
    assert ranked[0].score > ranked[1].score


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert " " not in title_key(text)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(TITLES), st.sampled_from(["upper", "punct", "typo", "other"]))
def test_find_duplicate_agrees_with_the_index(title: str, change: str) -> None:
    from papercli.matching import find_duplicate

    papers = [Paper(title=t, id=i) for i, t in enumerate(TITLES, 1)]
    variant = {
        "upper": title.upper(),
        "punct": "  " + title.replace(" ", " - ") + "!",
        "typo": title[:5] + title[6:],
        "other": "An Entirely Different Paper About Graph Kernels",
    }[change]
    probe = Paper(title=variant)
    assert find_duplicate(papers, probe) == DuplicateIndex(papers).find(probe)
