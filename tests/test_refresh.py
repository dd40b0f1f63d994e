"""``refresh`` against a local server shaped like arXiv, Semantic Scholar, OpenAlex and Crossref.

The done-when numbers of issue 8: a 200-paper title-only library gets arXiv id, authors,
year, venue and abstract for at least 95% of its papers, and 50 near-miss titles (made-up
titles one word or number away from a catalogue paper) are never matched.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Result
from tests.fakeservices import Running, fake, near_miss, variant

from papercli.lookup import (
    crossref_papers,
    judge,
    openalex_papers,
    s2_papers,
    title_agreement,
)
from papercli.model import Paper

__all__ = ["fake"]

Cli = Callable[..., Result]


def write_library(
    path: Path, titles: list[str], extra: dict[int, dict[str, object]] | None = None
) -> None:
    """A library file holding one paper per title (ids 1..n)."""
    papers = {
        str(i): {"title": t, "added_at": "2024-01-01T00:00:00+00:00", **(extra or {}).get(i, {})}
        for i, t in enumerate(titles, 1)
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {"papers": papers, "meta": {"1": {"schema": 1, "next_id": len(titles) + 1}}, "undo": {}}
        )
    )


def papers(cli: Cli) -> list[dict[str, object]]:
    result = cli("list", "--json", "--sort", "id")
    assert result.exit_code == 0, result
    return result.json()  # type: ignore[no-any-return]


def test_title_only_library_is_filled_and_near_misses_never_match(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    rng = random.Random(3)
    catalog = fake.services.catalog
    known = catalog[:200]
    others = catalog[200:]
    all_titles = {r.title.lower() for r in catalog}
    misses = []
    for record in others:
        title = near_miss(record.title, rng)
        if title.lower() not in all_titles:
            misses.append(title)
    misses = misses[:50]
    assert len(misses) == 50
    write_library(library_path, [variant(r.title, rng) for r in known] + misses)

    result = cli("refresh", "--json")
    assert result.exit_code == 0, result
    rows = {row["id"]: row for row in result.json()}
    assert len(rows) == 250

    library = papers(cli)
    complete = 0
    for paper, record in zip(library[:200], known, strict=True):
        if paper["arxiv_id"] is not None:
            assert paper["arxiv_id"] == record.arxiv_id  # never a wrong match
        if all(paper[f] for f in ("arxiv_id", "authors", "year", "venue", "abstract")):
            complete += 1
            assert paper["authors"] == record.authors
            assert paper["year"] == record.year
    print(f"refresh filled {complete}/200 title-only papers")
    assert complete / 200 >= 0.95, complete

    wrong = [p for p in library[200:] if p["arxiv_id"] or p["authors"] or p["abstract"]]
    assert wrong == []
    for paper in library[200:]:
        row = rows[paper["id"]]
        assert row["outcome"] == "unmatched"
        assert row["candidate"]  # the best candidate is named

    undo = cli("undo")
    assert undo.exit_code == 0, undo
    assert all(not p["authors"] for p in papers(cli))  # one undo entry for the whole run


def test_rerun_uses_the_cache(fake: Running, cli: Cli, library_path: Path) -> None:
    record = fake.services.catalog[0]
    write_library(library_path, [record.title])
    assert cli("refresh", "--dry-run").exit_code == 0
    asked = len(fake.services.requests)
    assert asked >= 1
    result = cli("refresh")
    assert result.exit_code == 0, result
    assert len(fake.services.requests) == asked  # nothing fetched twice
    assert papers(cli)[0]["arxiv_id"] == record.arxiv_id


def test_dry_run_prints_each_field_and_writes_nothing(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    record = fake.services.catalog[1]
    write_library(library_path, [record.title], {1: {"year": record.year}})
    before = library_path.read_bytes()
    result = cli("refresh", "--dry-run")
    assert result.exit_code == 0, result
    assert f"arxiv_id: — → {record.arxiv_id}" in result.stdout
    assert "authors: — → " + "; ".join(record.authors) in result.stdout
    assert "year:" not in result.stdout  # already set, not changed
    assert "would update 1" in result.stderr
    assert library_path.read_bytes() == before


def test_user_fields_kept_unless_overwrite(fake: Running, cli: Cli, library_path: Path) -> None:
    record = next(r for r in fake.services.catalog if r.venue)
    write_library(library_path, [record.title], {1: {"venue": "My Workshop"}})
    assert cli("refresh", "1").exit_code == 0
    assert papers(cli)[0]["venue"] == "My Workshop"
    assert papers(cli)[0]["arxiv_id"] == record.arxiv_id
    result = cli("refresh", "1", "--overwrite")
    assert result.exit_code == 0, result
    assert papers(cli)[0]["venue"] == "arXiv" or papers(cli)[0]["venue"] == record.venue


def test_arxiv_ids_are_fetched_in_batches_of_100(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    records = fake.services.catalog[:150]
    write_library(
        library_path,
        [f"arXiv {r.arxiv_id}" for r in records],
        {i: {"arxiv_id": r.arxiv_id} for i, r in enumerate(records, 1)},
    )
    result = cli("refresh")
    assert result.exit_code == 0, result
    batches = [p for p, _ in fake.services.requests if "id_list=" in p]
    assert len(batches) == 2
    library = papers(cli)
    assert [p["title"] for p in library] == [r.title for r in records]  # placeholders replaced
    assert all(p["abstract"] for p in library)


def test_429_with_retry_after_is_waited_for(fake: Running, cli: Cli, library_path: Path) -> None:
    record = fake.services.catalog[2]
    write_library(library_path, [record.title])
    fake.services.retry_once.add("/s2/paper/search/match")
    result = cli("refresh")
    assert result.exit_code == 0, result
    s2 = [t for p, t in fake.services.requests if p.startswith("/s2/")]
    assert len(s2) == 2
    assert papers(cli)[0]["arxiv_id"] == record.arxiv_id


@pytest.mark.parametrize(
    "route",
    ["/always429", "/retry-later", "/slow", "/trickle", "/garbage", "/truncated", "/nothing-here"],
)
def test_misbehaving_services_give_one_line_and_write_nothing(
    fake: Running, cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    monkeypatch.setenv("PAPERCLI_HTTP_DEADLINE", "1")
    for var in (
        "PAPERCLI_S2_API",
        "PAPERCLI_OPENALEX_API",
        "PAPERCLI_CROSSREF_API",
        "PAPERCLI_ARXIV_API",
    ):
        monkeypatch.setenv(var, fake.base + route)
    write_library(library_path, [fake.services.catalog[3].title])
    before = library_path.read_bytes()
    result = cli("refresh")
    assert "Traceback" not in result.stderr
    if "unmatched 0, failed 1" in result.stderr:  # every fetch failed: like 'refresh REF'
        assert result.exit_code == 1, result
    else:
        assert "unmatched 1" in result.stderr, result
        assert result.exit_code == 0, result
    assert library_path.read_bytes() == before


def test_refresh_names_the_merge_command_for_a_duplicate(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    record = fake.services.catalog[4]
    write_library(
        library_path,
        [f"arXiv {record.arxiv_id}", record.title],
        {1: {"arxiv_id": record.arxiv_id}},
    )
    result = cli("refresh", "2")
    assert result.exit_code == 0, result
    assert "looks like a duplicate of #1" in result.stderr
    assert "papercli merge 1 2" in result.stderr


def test_import_and_add_with_refresh(fake: Running, cli: Cli, tmp_path: Path) -> None:
    record, other = fake.services.catalog[5], fake.services.catalog[6]
    digest = tmp_path / "digest.md"
    digest.write_text(f"# Papers\n\n1. {record.title}\n2. {other.title}\n")
    result = cli("import", str(digest), "--refresh")
    assert result.exit_code == 0, result
    assert [p["arxiv_id"] for p in papers(cli)] == [record.arxiv_id, other.arxiv_id]
    third = fake.services.catalog[7]
    result = cli("add", third.title, "--refresh", "--json")
    assert result.exit_code == 0, result
    assert result.json()["arxiv_id"] == third.arxiv_id


@pytest.mark.parametrize(
    ("mine", "theirs", "same"),
    [
        ("Sparse Routing for Graphs", "Sparse routing for graphs.", True),
        ("Pre-Training Sparse Routers", "Pretraining Sparse Routers", True),
        ("Sparse Router for Graphs", "Sparse Routers for Graphs", True),
        ("Sparse Routing for Graphs 2", "Sparse Routing for Graphs 3", False),
        ("Sparse Routing for Graphs", "Sparse Routing for Big Graphs", False),
        ("Robust Sparse Routing for Graphs", "Sparse Routing for Graphs", False),
        ("Sparse Routing for Proteins", "Sparse Routing for Graphs", False),
    ],
)
def test_judge_titles(mine: str, theirs: str, same: bool) -> None:
    assert (judge(Paper(title=mine), Paper(title=theirs)) is None) is same


def test_judge_year_and_first_author() -> None:
    mine = Paper(title="Sparse Routing for Graphs", year=2020, authors=["Ada Lovelace"])
    assert judge(mine, Paper(title=mine.title, year=2021, authors=["A. Lovelace"])) is None
    assert "year" in str(judge(mine, Paper(title=mine.title, year=2023)))
    assert "first author" in str(judge(mine, Paper(title=mine.title, authors=["Alan Turing"])))
    assert title_agreement("", "x") == 0.0


def test_rerun_of_unmatched_titles_fetches_nothing(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    write_library(library_path, ["Completely Unknown Zebra Painting Methods"])
    first = cli("refresh")
    assert first.exit_code == 0, first
    assert "unmatched 1" in first.stderr
    asked = len(fake.services.requests)
    second = cli("refresh")
    assert second.exit_code == 0, second
    assert len(fake.services.requests) == asked


def test_refresh_by_ref_that_matches_nothing_exits_1(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    write_library(library_path, ["Completely Unknown Zebra Painting Methods"])
    result = cli("refresh", "1")
    assert result.exit_code == 1, result
    assert "unmatched #1" in result.stderr


def test_one_refused_id_does_not_sink_its_batch(
    fake: Running, cli: Cli, library_path: Path
) -> None:
    records = fake.services.catalog[40:44]
    fake.services.refused_ids.add(records[2].arxiv_id)
    write_library(
        library_path,
        [f"arXiv {r.arxiv_id}" for r in records],
        {i: {"arxiv_id": r.arxiv_id} for i, r in enumerate(records, 1)},
    )
    result = cli("refresh", "--json")
    assert result.exit_code == 0, result
    statuses = [row["outcome"] for row in result.json()]
    assert statuses == ["updated", "updated", "failed", "updated"]
    assert "incorrect id format" in result.json()[2]["problem"]


def test_an_unreachable_service_is_given_up_on(
    fake: Running, cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    monkeypatch.setenv("PAPERCLI_S2_API", f"http://127.0.0.1:{closed}/s2")
    write_library(library_path, [r.title for r in fake.services.catalog[50:60]])
    result = cli("refresh", "--json")
    assert result.exit_code == 0, result
    assert [row["outcome"] for row in result.json()] == ["updated"] * 10  # OpenAlex found them
    assert sum(p.startswith("/openalex/") for p, _ in fake.services.requests) == 10

    from papercli.lookup import GIVE_UP_AFTER, find_by_title
    from papercli.net import Fetcher

    strikes: dict[str, int] = {}
    with Fetcher() as fetcher:
        for number in range(GIVE_UP_AFTER + 1):
            _, _, failures = find_by_title(fetcher, Paper(title=f"Zebra Methods {number}"), strikes)
    assert failures[0] == "Semantic Scholar was not asked: it failed 3 times in a row"


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "data",
                    "results",
                    "message",
                    "items",
                    "title",
                    "authors",
                    "year",
                    "externalIds",
                    "ArXiv",
                    "DOI",
                    "venue",
                    "name",
                    "abstract",
                    "authorships",
                    "author",
                    "display_name",
                    "locations",
                    "landing_page_url",
                    "publication_year",
                    "issued",
                    "date-parts",
                    "abstract_inverted_index",
                    "primary_location",
                    "source",
                    "openAccessPdf",
                    "url",
                    "publicationVenue",
                    "doi",
                    "given",
                    "family",
                ]
            ),
            inner,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_service_answers_of_any_shape_give_papers_or_nothing(data: object) -> None:
    for parse in (s2_papers, openalex_papers, crossref_papers):
        for paper in parse(data):
            assert paper.title
        for paper in parse({"data": [data], "results": [data], "message": {"items": [data]}}):
            assert paper.title


@pytest.mark.parametrize(
    "route", ["/always429", "/slow", "/trickle", "/garbage", "/truncated", "/nothing-here"]
)
def test_misbehaving_identifier_services(
    fake: Running, cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    monkeypatch.setenv("PAPERCLI_HTTP_DEADLINE", "1")
    for var in ("PAPERCLI_ARXIV_API", "PAPERCLI_OPENREVIEW_API", "PAPERCLI_DOI_API"):
        monkeypatch.setenv(var, fake.base + route)
    write_library(
        library_path,
        ["arXiv 2302.00001", "Sparse Routing for Graphs", "Dense Routing for Maps"],
        {
            1: {"arxiv_id": "2302.00001"},
            2: {"openreview_id": "AbCdEf12345"},
            3: {"doi": "10.5555/fake.1"},
        },
    )
    before = library_path.read_bytes()
    result = cli("refresh", "--json")
    assert "Traceback" not in result.stderr
    rows = result.json()
    every_fetch_failed = all(r["outcome"] == "failed" for r in rows)
    assert result.exit_code == (1 if every_fetch_failed else 0), result
    assert [r["outcome"] for r in rows] != ["updated"] * 3
    assert all(r["problem"] and "\n" not in r["problem"] for r in rows)
    assert library_path.read_bytes() == before


def test_cache_entries_expire_and_are_pruned(tmp_path: Path) -> None:
    import os

    from papercli.net import HttpCache, Response

    cache = HttpCache(tmp_path / "cache", ttl=60)
    cache.put("k", Response(200, {"content-type": "application/json"}, b"{}", "http://x/"))
    cache.put("gone", Response(500, {}, b"", "http://x/"))  # errors are not kept
    hit = cache.get("k")
    assert hit is not None and hit.body == b"{}" and hit.from_cache
    assert cache.get("gone") is None
    (entry,) = (tmp_path / "cache").glob("*/*.json")
    os.utime(entry, (0, 0))
    assert cache.get("k") is None
    cache.prune()
    assert list((tmp_path / "cache").glob("*/*.json")) == []


def test_api_key_goes_to_semantic_scholar_only(
    fake: Running, cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERCLI_S2_API_KEY", "s3cret")
    monkeypatch.setenv("PAPERCLI_EMAIL", "reader@example.org")
    write_library(library_path, ["Completely Unknown Zebra Painting Methods"])
    assert cli("refresh").exit_code == 0
    keys = {path.split("?")[0]: key for path, key in fake.services.api_keys}
    assert keys.pop("/s2/paper/search/match") == "s3cret"
    assert set(keys) == {"/openalex/works", "/crossref/works", "/arxiv/api/query"}
    assert set(keys.values()) == {None}
    polite = [p for p, _ in fake.services.requests if p.startswith(("/openalex", "/crossref"))]
    assert len(polite) == 2
    assert all("mailto=reader%40example.org" in p for p in polite)
