"""Regression tests for QA report items 5, 6, 9, 16, 17 (network, merge keys, completion)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result
from tests.fakeservices import Running, fake
from tests.pagemaker import commonmark_page

__all__ = ["fake"]

Cli = Callable[..., Result]
ROOT = Path(__file__).resolve().parents[1]
DIGESTS = ROOT / "tests" / "data" / "digests"
MARKDOWN = [*sorted(DIGESTS.glob("*.md")), ROOT / "examples" / "weekly-digest.md"]
KEYS = ("title", "alt_titles", "authors", "venue", "year", "topics", "url", "pdf_url",
        "code_url", "arxiv_id", "openreview_id", "doi", "summary")


def essentials(papers: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: p.get(k) for k in KEYS} for p in papers]


# --- 5: a CommonMark-rendered page imports like its saved Markdown ---------------------------


@pytest.mark.parametrize("saved", MARKDOWN, ids=lambda p: p.name)
def test_import_url_of_a_commonmark_page_equals_import_of_the_saved_file(
    fake: Running, cli: Cli, saved: Path
) -> None:
    text = saved.read_text("utf-8")
    fake.services.pages["/digest.html"] = (
        200, commonmark_page(text).encode(), "text/html; charset=utf-8"
    )
    by_file = cli("import", str(saved), "--dry-run", "--json")
    by_url = cli("import", f"{fake.base}/digest.html", "--dry-run", "--json")
    assert by_file.exit_code == 0, by_file
    assert by_url.exit_code == 0, by_url
    assert essentials(by_url.json()) == essentials(by_file.json())


# --- 6: merge keeps a meaningful citation key, and the retired key still resolves ------------


def _keys(cli: Cli) -> dict[int, str]:
    return {p["id"]: p["key"] for p in cli("list", "--json").json()}


def test_merge_keeps_the_real_key_over_a_placeholder_one_and_the_retired_key_resolves(
    cli: Cli,
) -> None:
    assert cli("add", "1706.03762", "--no-fetch").exit_code == 0
    assert cli("edit", "1", "--title", "Attention Is All You Need").exit_code == 0
    added = cli("add", "Attention Is All You Need", "--author", "Ashish Vaswani", "--year",
                "2017", "--no-fetch", "--allow-duplicate")
    assert added.exit_code == 0, added
    assert _keys(cli) == {1: "arxiv1706.03762", 2: "vaswani2017attention"}

    merged = cli("merge", "1", "2")
    assert merged.exit_code == 0, merged
    paper = cli("show", "1", "--json").json()
    assert paper["key"] == "vaswani2017attention"
    assert paper["alt_keys"] == ["arxiv1706.03762"]
    for key in ("vaswani2017attention", "arxiv1706.03762"):
        cited = cli("cite", key)
        assert cited.exit_code == 0, cited
        assert cited.stdout.startswith("@misc{vaswani2017attention,")
        assert cli("show", key, "--json").json()["id"] == 1
    refused = cli("add", "Another", "--key", "arxiv1706.03762", "--no-fetch")
    assert refused.exit_code == 1
    assert "already used by #1" in refused.stderr

    assert cli("undo").exit_code == 0
    assert _keys(cli) == {1: "arxiv1706.03762", 2: "vaswani2017attention"}


def test_merge_of_two_real_keys_keeps_the_first_and_the_second_still_cites(cli: Cli) -> None:
    for title in ("Attention Is All You Need", "Attention is all you need."):
        result = cli("add", title, "--author", "Ashish Vaswani", "--year", "2017",
                     "--no-fetch", "--allow-duplicate")
        assert result.exit_code == 0, result
    first, second = _keys(cli)[1], _keys(cli)[2]
    assert first != second
    assert cli("merge", "1", "2").exit_code == 0
    assert _keys(cli) == {1: first}
    exported = cli("export", second, "--format", "bibtex")
    assert exported.exit_code == 0, exported
    assert f"{{{first}," in exported.stdout
    fresh = cli("add", "Attention Everywhere", "--author", "Ashish Vaswani", "--year", "2017",
                "--no-fetch")
    assert fresh.exit_code == 0, fresh
    assert _keys(cli)[3] not in (first, second)
