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
