"""How well ``import URL`` reads a page: each digest fixture in tests/data/digests is wrapped
in a page with navigation, ads, a sidebar, related posts, comments and a footer
(tests/pagemaker.py); the page's extracted text is parsed as a digest and compared with the
parse of the saved text (title, identifiers, links, authors, venue, year, topics).

    .venv/bin/python benchmarks/extraction.py

Prints, per extractor, fixtures read identically, papers found, and pages where chrome leaked.
trafilatura is measured too when it is importable (it is not a dependency).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.pagemaker import markdown_page  # noqa: E402

from papercli.importers import parse  # noqa: E402
from papercli.webpage import html_to_text  # noqa: E402

KEYS = (
    "title",
    "arxiv_id",
    "openreview_id",
    "doi",
    "url",
    "authors",
    "venue",
    "year",
    "topics",
    "code_url",
    "pdf_url",
)
CHROME = ("Navigation Paper", "Sidebar Paper", "Related Paper", "Comment Spam")
BASE = "https://blog.example/post"


def keys(text: str) -> list[tuple[str, ...]]:
    if not text.strip():
        return []
    return [tuple(str(getattr(p, k)) for k in KEYS) for p in parse(text, "digest", "x").papers]


def extractors() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {
        "stdlib (papercli.webpage)": lambda page: html_to_text(page, BASE)
    }
    try:
        import trafilatura
    except ImportError:
        return found

    def with_trafilatura(page: str) -> str:
        return (
            trafilatura.extract(
                page,
                output_format="markdown",
                include_links=True,
                include_formatting=True,
                url=BASE,
            )
            or ""
        )

    found[f"trafilatura {trafilatura.__version__}"] = with_trafilatura
    return found


def main() -> None:
    fixtures = sorted(
        p for p in (ROOT / "tests" / "data" / "digests").glob("*") if p.suffix != ".json"
    )
    print("| extractor | fixtures read identically | papers found | chrome leaked |")
    print("|---|---|---|---|")
    for name, extract in extractors().items():
        same = found = wanted = leaked = 0
        for fixture in fixtures:
            text = fixture.read_text("utf-8")
            expected = keys(text)
            out = extract(markdown_page(text))
            got = keys(out)
            same += got == expected
            found += len(set(got) & set(expected))
            wanted += len(expected)
            leaked += any(c in out for c in CHROME)
        print(f"| {name} | {same}/{len(fixtures)} | {found}/{wanted} | {leaked} |")


if __name__ == "__main__":
    main()
