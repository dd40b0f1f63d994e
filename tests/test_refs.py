"""REF resolution never names the wrong paper; search finds partial, typo'd and CJK queries;
the title duplicate check (add, import, edit --title) stays near-linear and right."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from papercli import core
from papercli.errors import AmbiguousReference, PaperNotFound
from papercli.importers.base import ParseResult
from papercli.matching import (
    DuplicateIndex,
    TitleIndex,
    join_numbers,
    search,
    title_key,
    tokens,
)
from papercli.model import Paper
from papercli.refs import resolve, resolve_all
from papercli.storage import open_library

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# The shape of the wrong resolution found on the conference lists: a short title sharing two
# of the REF's words (and scoring high on whole-string similarity) against a long title that
# holds all four. Made-up titles.
SHORT_DECOY = "A Feasible Level Barrier Point Scheme for Nonsmooth Sparse Constrained Games"
LONG_TARGET = (
    "On Barrier Schemes for Nonsmooth Trilevel Games and First-Order Stochastic Approximation "
    "under Heavy-Tailed Noise"
)
FILLER = [
    "Trilevel Programming with Learned Penalties",
    "Barrier Functions for Safe Control",
    "Stochastic Approximation under Markovian Noise",
    "Nonsmooth Analysis of Deep Networks",
    "Sparse Constrained Games with Few Players",
    "First-Order Methods for Saddle Points",
]


def library(*titles: str) -> list[Paper]:
    return [Paper(title=t, id=i) for i, t in enumerate(titles, 1)]


def test_a_long_title_holding_every_word_beats_a_short_one_holding_some() -> None:
    papers = library(SHORT_DECOY, *FILLER, LONG_TARGET)
    assert resolve(papers, "Barrier Schemes Nonsmooth Trilevel").title == LONG_TARGET
    assert search(papers, "Barrier Schemes Nonsmooth Trilevel")[0].paper.title == LONG_TARGET


def test_without_the_title_holding_every_word_the_ref_is_refused() -> None:
    papers = library(SHORT_DECOY, *FILLER)
    for ref in ("Barrier Schemes Nonsmooth Trilevel", "barier schemes nonsmoth trilevel games"):
        with pytest.raises((AmbiguousReference, PaperNotFound)):
            resolve(papers, ref)


@pytest.mark.parametrize(
    "ref",
    [
        "barrier schemes nonsmooth trilevel",  # first four content words
        "barier shcemes nonsmoth trilevel approximation",  # typos
        "schemes barrier trilevel nonsmooth games",  # order changed
        "on barrier schemes for nonsmooth trilevel games and first-order stochastic "
        "approximation under heavy-tailed noise",  # the whole title, lower case
    ],
)
def test_partial_and_typoed_refs_resolve(ref: str) -> None:
    papers = library(SHORT_DECOY, *FILLER, LONG_TARGET)
    assert resolve(papers, ref).title == LONG_TARGET


def test_a_typo_match_keeps_the_first_letter() -> None:
    # "unlearning" is two letters from "learning", and means the opposite.
    papers = library(
        "Hadamard Variational Inference for Bayesian Deep Learning", "Graph Unlearning at Scale"
    )
    with pytest.raises((AmbiguousReference, PaperNotFound)):
        resolve(papers, "variational bayesian unlearning")
    assert resolve(papers, "hadamard variatonal inferense bayesian").id == 1


def test_two_titles_holding_every_word_are_ambiguous() -> None:
    papers = library(
        "Denoising Diffusion Probabilistic Models",
        "Denoising Diffusion Implicit Models",
        "Denoising Diffusion GANs",
    )
    with pytest.raises(AmbiguousReference) as info:
        resolve(papers, "denoising diffusion")
    assert len(info.value.details) == 3
    # The whole of one title names it, though another title holds all its words.
    assert resolve(papers, "denoising diffusion gans").id == 3


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="needs ../shared/data")
def test_the_conference_lists_resolve_penalty_methods_right(library_path: Path) -> None:
    for name in ("neurips2020.json", "iclr2024.json"):
        parsed = core.parse_input((SHARED_DATA / name).read_bytes(), name, "json")
        core.import_papers(library_path, parsed, {}, [])
    papers = open_library(library_path).papers()
    resolved = resolve(papers, "Penalty Methods Nonconvex Bilevel")
    words = set(tokens(resolved.title))
    assert {"penalty", "methods", "nonconvex", "bilevel"} <= words


# -- CJK ----------------------------------------------------------------------------------------


def test_a_cjk_word_inside_an_unsegmented_title_resolves_and_ranks_first() -> None:
    papers = library(
        "思维链提示激发大语言模型的推理能力",
        "大语言模型的对齐方法综述",
        "Chain of Thought Distillation",
    )
    papers[2].alt_titles = ["思维蒸馏"]
    assert resolve(papers, "思维链").id == 1
    assert resolve(papers, "激发大语言模型").id == 1
    assert search(papers, "思维链")[0].paper.id == 1
    with pytest.raises(AmbiguousReference):
        resolve(papers, "大语言模型")  # in two titles


def test_a_cjk_word_in_one_alt_title_resolves() -> None:
    papers = library("Image Recognition with Sparse Experts", "Speech Recognition at Scale")
    papers[0].alt_titles = ["基于稀疏专家的图像识别"]
    papers[1].alt_titles = ["大规模语音识别"]
    assert resolve(papers, "图像识别").id == 1
    assert resolve(papers, "语音识别").id == 2
    assert search(papers, "图像识别")[0].paper.id == 1


def test_cjk_titles_are_indexed_as_bigrams() -> None:
    assert tokens("思维链") == ["思维", "维链"]
    assert tokens("GPT-4的推理") == ["gpt", "4", "的推", "推理"]
    assert tokens("图") == ["图"]


# -- unquoted title words -----------------------------------------------------------------------


def test_unquoted_title_words_are_named_with_the_quoted_command() -> None:
    papers = library(
        "Attention Is All You Need", "Attention Mechanisms in Vision", "Need for Speed"
    )
    with pytest.raises(AmbiguousReference) as info:
        resolve_all(papers, ["attention", "is", "all", "you", "need"], command="mark-read")
    assert "#1 Attention Is All You Need" in info.value.message
    assert info.value.details == ['papercli mark-read "attention is all you need"']


def test_words_that_name_no_paper_together_get_no_hint() -> None:
    papers = library("Attention Is All You Need", "Attention Mechanisms in Vision")
    with pytest.raises((AmbiguousReference, PaperNotFound)) as info:
        resolve_all(papers, ["attention", "quantum"], command="mark-read")
    assert not any("papercli mark-read" in line for line in info.value.details)


def test_mark_read_with_unquoted_words_changes_nothing(
    cli: Callable[..., Any], library_path: Path
) -> None:
    cli("add", "Attention Is All You Need")
    cli("add", "Attention Mechanisms in Vision")
    before = library_path.read_bytes()
    result = cli("mark-read", "2", "attention", "is", "all", "you", "need")
    assert result.exit_code == 1
    assert 'papercli mark-read 2 "attention is all you need"' in result.stderr
    assert library_path.read_bytes() == before
    assert cli("mark-read", "attention is all you need").exit_code == 0


# -- search ranking and the default --min-score ---------------------------------------------------


def test_title_matches_rank_above_author_tag_and_summary_matches() -> None:
    papers = [
        Paper(title="Graph Kernels for Molecules", id=1, summary="molecules as graph kernels"),
        Paper(title="Protein Folding", id=2, authors=["Ada Graph"], tags=["kernels"]),
        Paper(title="Graph Kernels", id=3),
    ]
    ranked = [s.paper.id for s in search(papers, "graph kernels")]
    assert ranked[:2] == [3, 1]
    assert ranked[2] == 2


def test_the_default_min_score_drops_a_title_holding_one_of_two_words() -> None:
    papers = library(
        "Segment Routing for Wide Area Networks", "Anything but Gradients", "Graph Learning"
    )
    assert search(papers, "segment anything") == []
    assert search(papers, "segment anything", min_score=0)


# -- duplicates ---------------------------------------------------------------------------------


def test_edit_title_refuses_another_papers_title(
    cli: Callable[..., Any], library_path: Path
) -> None:
    cli("add", "Poisoning and Backdooring Contrastive Learning")
    cli("add", "Bootstrapped Meta-Learning")
    before = library_path.read_bytes()
    result = cli("edit", "2", "--title", "Poisoning and Backdoring Contrastive Learning")
    assert result.exit_code == 1
    assert "another paper has that title: #1" in result.stderr
    assert library_path.read_bytes() == before
    # A new title of its own, the same title re-cased, or --allow-duplicate: all fine.
    assert cli("edit", "2", "--title", "Bootstrapped Meta-Learning Revisited").exit_code == 0
    assert (
        cli("edit", "1", "--title", "POISONING AND BACKDOORING CONTRASTIVE LEARNING").exit_code == 0
    )
    forced = cli(
        "edit",
        "2",
        "--title",
        "Poisoning and Backdooring Contrastive Learning",
        "--allow-duplicate",
    )
    assert forced.exit_code == 0


SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vas", "zel", "qua", "dor", "fin", "gra", "hup"]


def shared_prefix_titles(count: int, seed: int = 7) -> list[str]:
    """COUNT titles sharing a long prefix, each ending in four made-up words (far apart)."""
    rng = random.Random(seed)
    seen: set[str] = set()
    titles: list[str] = []
    while len(titles) < count:
        tail = " ".join("".join(rng.choice(SYLLABLES) for _ in range(4)) for _ in range(4))
        if tail not in seen:
            seen.add(tail)
            titles.append(f"Towards Robust and Efficient Learning of Sparse Representations {tail}")
    return titles


def test_duplicate_check_on_ten_thousand_shared_prefix_titles() -> None:
    titles = shared_prefix_titles(10_000)
    index = DuplicateIndex(expected=titles)
    for at, title in enumerate(titles):
        assert index.find(Paper(title=title)) is None, title
        index.add(Paper(title=title, id=at + 1))
    rng = random.Random(3)
    for at in rng.sample(range(len(titles)), 200):
        title = titles[at]
        cut = rng.randrange(len(title) - 20, len(title) - 1)  # a typo in the unique tail
        variant = title[:cut] + title[cut + 1 :]
        found = index.find(Paper(title=variant))
        assert found is not None and found.id == at + 1, variant


def test_import_of_shared_prefix_titles_skips_only_the_duplicates(library_path: Path) -> None:
    titles = shared_prefix_titles(3_000, seed=11)
    first = ParseResult([Paper(title=t) for t in titles[:2_000]], format="json")
    assert len(core.import_papers(library_path, first, {}, []).added) == 2_000
    again = [Paper(title=t.upper()) for t in titles[1_500:2_000]] + [
        Paper(title=t) for t in titles[2_000:]
    ]
    report = core.import_papers(library_path, ParseResult(again, format="json"), {}, [])
    assert len(report.added) == 1_000
    assert len(report.duplicates) == 500
    assert len(open_library(library_path).papers()) == 3_000


def test_import_rechecks_what_changed_while_it_was_matching(library_path: Path) -> None:
    core.add_paper(library_path, Paper(title="Equivariant Subgraph Aggregation Networks"))
    batch = [
        Paper(title="Poisoning and Backdooring Contrastive Learning"),
        Paper(title="Equivariant Subgraph Aggregation Networks (long version)"),
        Paper(title="Perceiver IO: A General Architecture for Structured Inputs"),
    ]

    def meanwhile(done: int, total: int) -> None:
        if done == total:  # after the matching, before the lock: another writer adds a paper
            core.add_paper(
                library_path, Paper(title="Poisoning and Backdoring Contrastive Learning")
            )

    report = core.import_papers(
        library_path, ParseResult(batch, format="json"), {}, [], progress=meanwhile
    )
    assert [p.title for p in report.added] == [batch[1].title, batch[2].title]
    assert [original.title for _, original in report.duplicates] == [
        "Poisoning and Backdoring Contrastive Learning"
    ]
    assert len(open_library(library_path).papers()) == 4


def test_import_adds_a_paper_whose_original_went_away_meanwhile(library_path: Path) -> None:
    core.add_paper(library_path, Paper(title="Equivariant Subgraph Aggregation Networks"))
    batch = [Paper(title="Equivariant Subgraph Aggregation Networks")]

    calls: list[int] = []

    def meanwhile(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 1:  # after the matching, before the lock: another writer removes it
            core.remove_papers(library_path, [1])

    report = core.import_papers(
        library_path, ParseResult(batch, format="json"), {}, [], progress=meanwhile
    )
    assert [p.title for p in report.added] == [batch[0].title]
    assert report.duplicates == []
    assert [p.title for p in open_library(library_path).papers()] == [batch[0].title]


# -- properties ---------------------------------------------------------------------------------

TITLE_TEXT = st.text(
    alphabet=st.sampled_from([*"abcdeilmnorst -:", "思", "维", "链", "模", "型", "É"]),
    min_size=1,
    max_size=30,
).filter(str.strip)


@settings(max_examples=150, deadline=None)
@given(st.lists(TITLE_TEXT, min_size=1, max_size=8), st.data())
def test_the_index_finds_exactly_the_titles_holding_a_word(
    titles: list[str], data: st.DataObject
) -> None:
    papers = library(*titles)
    index = TitleIndex(papers)
    lines = [tokens(p.title) for p in papers]
    words = sorted({w for line in lines for w in line} | {"zz"})
    word = data.draw(st.sampled_from(words))
    assert index.docs_with(word) == [i for i, line in enumerate(lines) if word in line]


@settings(max_examples=150, deadline=None)
@given(st.lists(TITLE_TEXT, min_size=1, max_size=8), st.data())
def test_a_whole_title_names_its_paper_or_nothing(titles: list[str], data: st.DataObject) -> None:
    papers = library(*titles)
    at = data.draw(st.integers(0, len(titles) - 1))
    title = papers[at].title
    try:
        found = resolve(papers, title)
    except (AmbiguousReference, PaperNotFound):
        return
    assert (
        found is papers[at]
        or tokens(found.title) == tokens(titles[at])
        or (title_key(found.title) == title_key(titles[at]))
    )


# -- numbers: a REF's number the title lacks makes it lose ----------------------------------------
# Made-up titles of the shapes QA found naming the wrong paper.

MODEL_4 = "Modelix-4 Is Too Clever To Be Trusted: Hidden Dialogue with Ciphers"
BIT_4 = "Extreme Low Precision 4-bit Training of Recurrent Sequence Networks"
PAINTER_3 = "Stable Painter 3 Technical Report"
NOTES_I = "Notes on Spectral Kernel Calibration Part I"
PATCH_16 = "A Patch Is Worth 16x16 Tokens: Vision Backbones for Scene Parsing"
PATCH_1_16 = "Channel Backbones: A Patch Is Worth 1 x 16 x 16 Tokens"
NUMBER_FILLER = [
    "Hidden Dialogue in Language Agents",
    "Low Precision Arithmetic for Recurrent Networks",
    "Painter Networks for Scene Completion",
    "Spectral Kernels for Graph Calibration",
    "Tokens as Patches for Vision Backbones",
]


@pytest.mark.parametrize(
    ("title", "ref"),
    [
        (MODEL_4, "Modelix-5 Is Too Clever To Be Trusted"),
        (MODEL_4, "Modelix-4o Is Too Clever To Be Trusted"),
        (MODEL_4, "modelix 4.5 too clever trusted"),
        (BIT_4, "Extreme Low Precision 8-bit Training of Recurrent Sequence Networks"),
        (PAINTER_3, "Stable Painter 3.5 technical report"),
        (PAINTER_3, "stable painter xl technical report"),
        (PAINTER_3, "stable painter 35 technical report"),
        (PAINTER_3, "stable painter 3 5 technical report"),
        (NOTES_I, "Notes on Spectral Kernel Calibration Part II"),
        (NOTES_I, "notes spectral kernel calibration part iii"),
        (PATCH_1_16, "a patch is worth 16 x 16 tokens"),
    ],
)
def test_a_number_the_title_lacks_makes_it_lose(title: str, ref: str) -> None:
    papers = library(*NUMBER_FILLER, title)
    with pytest.raises(AmbiguousReference) as info:
        resolve(papers, ref)
    assert any(title in line for line in info.value.details)  # listed, never chosen
    # The title's own number names it.
    assert resolve(papers, title.lower()).title == title


@pytest.mark.parametrize(
    ("titles", "ref", "expected"),
    [
        ((MODEL_4, MODEL_4.replace("4", "5")), "modelix-5 too clever trusted", 1),
        ((MODEL_4, MODEL_4.replace("4", "5")), "modelix 4 too clever trusted", 0),
        ((BIT_4, BIT_4.replace("4-bit", "8-bit")), "extreme low precision 8-bit training", 1),
        ((PAINTER_3, "Stable Painter 3.5 Technical Report"), "stable painter 3.5 report", 1),
        ((PAINTER_3, "Stable Painter 3.5 Technical Report"), "stable painter 3 report", 0),
        ((PAINTER_3, "Stable Painter XL Technical Report"), "stable painter xl report", 1),
        ((NOTES_I, NOTES_I + "I"), "spectral kernel calibration part ii", 1),
        ((NOTES_I, NOTES_I + "I"), "spectral kernel calibration part i", 0),
        ((PATCH_1_16, PATCH_16), "a patch is worth 16 x 16 tokens", 1),
        ((PATCH_1_16, PATCH_16), "patch worth 16×16 tokens", 1),
        ((PATCH_1_16, PATCH_16), "patch worth 16X16 tokens", 1),
        ((PATCH_1_16, PATCH_16), "patch worth 1x16x16 tokens", 0),
    ],
)
def test_the_title_holding_the_refs_number_wins(
    titles: tuple[str, str], ref: str, expected: int
) -> None:
    papers = library(*NUMBER_FILLER, *titles)
    assert resolve(papers, ref).title == titles[expected]


def test_a_number_is_never_a_typo_of_another() -> None:
    papers = library(*NUMBER_FILLER, "ResNet18 Features for Image Retrieval", "Volume XII Notes")
    index = TitleIndex(papers)
    assert "resnet18" not in index.expand("resnet50")
    assert "xii" not in index.expand("xiii")
    assert "xii" not in index.expand("xi")
    for ref in ("resnet50 features for image retrieval", "volume xiii notes", "volume xi notes"):
        with pytest.raises(AmbiguousReference):
            resolve(papers, ref)


def test_a_short_word_no_title_holds_makes_every_title_lose() -> None:
    papers = library(*NUMBER_FILLER, "Attention Is All You Need")
    with pytest.raises(AmbiguousReference):
        resolve(papers, "attention al you need")
    # It still ranks the paper first in search.
    assert search(papers, "atention is al you need")[0].paper.title == "Attention Is All You Need"


NUMBER_WORDS = ["orbital", "lattice", "sparse", "kernel", "tokens", "painter", "agents", "ciphers"]
NUMBER_TEXT = st.one_of(
    st.integers(0, 2030).map(str),
    st.tuples(st.integers(0, 20), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.integers(1, 64).map(lambda n: f"{n}-bit"),
    st.sampled_from(["I", "II", "III", "IV", "V", "XL", "4o", "16x16", "16 x 16"]),
)


def number_tokens(text: str) -> list[str]:
    return tokens(join_numbers(text))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(NUMBER_WORDS), min_size=1, max_size=5), NUMBER_TEXT),
        min_size=1,
        max_size=6,
    ),
    st.data(),
)
def test_changing_the_number_of_a_ref_never_names_the_original(
    made: list[tuple[list[str], str]], data: st.DataObject
) -> None:
    titles = []
    for words, number in made:
        at = data.draw(st.integers(0, len(words)))
        titles.append(" ".join([*words[:at], number, *words[at:]]))
    papers = library(*titles)
    chosen = data.draw(st.integers(0, len(made) - 1))
    words, number = made[chosen]
    other = data.draw(NUMBER_TEXT)
    ref = titles[chosen].replace(number, other, 1)
    # The REF must say something the title does not ("2 and 3" changed to "3 and 3" does not).
    assume(set(number_tokens(ref)) - set(number_tokens(titles[chosen])))
    try:
        found = resolve(papers, ref)
    except (AmbiguousReference, PaperNotFound):
        return
    assert found is not papers[chosen], (ref, titles[chosen])


@pytest.mark.skipif(not SHARED_DATA.exists(), reason="needs ../shared/data")
def test_conference_titles_with_a_number_changed_never_name_their_paper(
    library_path: Path,
) -> None:
    for name in ("neurips2020.json", "iclr2024.json"):
        parsed = core.parse_input((SHARED_DATA / name).read_bytes(), name, "json")
        core.import_papers(library_path, parsed, {}, [])
    papers = open_library(library_path).papers()
    rng = random.Random(5)
    with_numbers = [p for p in papers if re.search(r"\d", p.title)]
    tried = 0
    for paper in rng.sample(with_numbers, min(60, len(with_numbers))):
        number = rng.choice(re.findall(r"\d+", paper.title))
        changed = str(int(number) + rng.choice((1, 2, 10)))
        ref = re.sub(rf"(?<!\d){number}(?!\d)", changed, paper.title, count=1)
        if not set(number_tokens(ref)) - set(number_tokens(paper.title)):
            continue
        tried += 1
        try:
            found = resolve(papers, ref)
        except (AmbiguousReference, PaperNotFound):
            continue
        assert found.id != paper.id, ref
    assert tried >= 30
