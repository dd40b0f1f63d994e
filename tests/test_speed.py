"""The shortcuts of the write path give the answers of the long way (no timings here: speed is
measured by benchmarks/run.py)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.core import _duplicate_candidates, add_paper
from papercli.errors import DuplicatePaper
from papercli.matching import find_duplicate
from papercli.model import Paper
from papercli.storage import open_library, writing

BASE = "Robot Fleet Learning via Policy Merging"
WORDS = ["deep", "graph", "policy", "fleet", "merging", "learning", "robot", "kernels", "via"]


def _library(path: Path) -> None:
    """Many titles close to one another (more than the prefilter's limit), some identifiers."""
    papers = [Paper(title=f"{BASE} {suffix}") for suffix in ("", "II", "(v2)", "revisited")]
    papers += [Paper(title=f"{BASE} part {n}") for n in range(30)]
    papers += [
        Paper(title=f"Robot Fleet Learning with {w}", arxiv_id=f"2401.{n:05d}")
        for n, w in enumerate(WORDS)
    ]
    papers += [Paper(title="Attention Is All You Need", doi="10.5555/attention")]
    with writing(path) as library:
        library.insert(papers)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.sampled_from([*WORDS, "part", "1", "2", "II", "(v2)"]), max_size=6),
    base=st.booleans(),
    arxiv=st.sampled_from([None, "2401.00003", "2401.99999"]),
    doi=st.sampled_from([None, "10.5555/attention"]),
)
def test_add_checks_duplicates_on_the_candidates_as_on_the_whole_library(
    tmp_path_factory: object,
    words: list[str],
    base: bool,
    arxiv: str | None,
    doi: str | None,
) -> None:
    path = Path(tmp_path_factory.mktemp("lib")) / "lib.json"  # type: ignore[attr-defined]
    _library(path)
    title = " ".join([BASE] * base + words) or "x"
    paper = Paper(title=title, arxiv_id=arxiv, doi=doi)
    library = open_library(path)
    expected = find_duplicate(library.papers(), paper)
    fresh = open_library(path)  # no papers built yet: only the candidates are
    found = find_duplicate(_duplicate_candidates(fresh, paper), paper)
    assert (found.id if found else None) == (expected.id if expected else None)


def test_add_refuses_a_duplicate_and_keys_a_new_paper_without_building_the_library(
    tmp_path: Path,
) -> None:
    path = tmp_path / "lib.json"
    _library(path)
    try:
        add_paper(path, Paper(title="robot fleet learning via policy merging"))
    except DuplicatePaper as exc:
        assert "#1" in exc.message
    else:
        raise AssertionError("the duplicate was added")
    added = add_paper(path, Paper(title="A Different Paper", authors=["Ada Lovelace"], year=2024))
    assert added.key == "lovelace2024different"
    again = add_paper(
        path, Paper(title="A Different Paper, Again", authors=["Ada Lovelace"], year=2024)
    )
    assert again.key is not None and again.key != added.key
    stored = {p.id: p for p in open_library(path).papers()}
    assert stored[added.id].key == added.key and stored[again.id].key == again.key
