"""``import URL``: a page's main content read like its saved text, special pages, bad servers."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import Result
from tests.fakeservices import MINIMAL_PDF, Running, fake
from tests.pagemaker import commonmark_page, markdown_page

from papercli.importers import parse
from papercli.webpage import html_to_text, raw_github_url

__all__ = ["fake"]

Cli = Callable[..., Result]
DIGESTS = Path(__file__).parent / "data" / "digests"
MARKDOWN_DIGESTS = sorted(p.name for p in DIGESTS.glob("*.md"))
KEYS = (
    "title",
    "alt_titles",
    "authors",
    "venue",
    "year",
    "topics",
    "url",
    "pdf_url",
    "code_url",
    "arxiv_id",
    "openreview_id",
    "doi",
)


def essentials(papers: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: p[k] for k in KEYS} for p in papers]


@pytest.mark.parametrize("render", [markdown_page, commonmark_page])
@pytest.mark.parametrize("name", MARKDOWN_DIGESTS)
def test_page_content_reads_like_the_saved_digest(name: str, render: Callable[[str], str]) -> None:
    text = (DIGESTS / name).read_text("utf-8")
    from_file = parse(text, "digest", name)
    page_text = html_to_text(render(text), "https://blog.example/posts/1")
    from_page = parse(page_text, "digest", name)
    assert essentials([p.to_dict() for p in from_page.papers]) == essentials(
        [p.to_dict() for p in from_file.papers]
    )
    for chrome in (
        "Navigation Paper",
        "Sidebar Paper",
        "Related Paper",
        "Comment Spam",
        "Buy GPUs",
        "Privacy",
    ):
        assert chrome not in page_text or chrome in text


def test_import_url_equals_import_of_the_saved_text(
    fake: Running, cli: Cli, tmp_path: Path
) -> None:
    text = (DIGESTS / "awesome_diffusion.md").read_text("utf-8")
    fake.services.pages["/posts/diffusion.html"] = (
        200,
        markdown_page(text).encode(),
        "text/html; charset=utf-8",
    )
    url = f"{fake.base}/posts/diffusion.html"
    saved = tmp_path / "awesome_diffusion.md"
    saved.write_text(text, "utf-8")
    by_file = cli("import", str(saved), "--dry-run", "--json")
    by_url = cli("import", url, "--dry-run", "--json")
    assert by_url.exit_code == 0, by_url
    assert essentials(by_url.json()) == essentials(by_file.json())
    assert len(by_url.json()) >= 5

    result = cli("import", url)
    assert result.exit_code == 0, result
    stored = cli("list", "--json").json()
    assert {p["source"] for p in stored} == {url}


def test_github_file_page_is_read_raw(
    fake: Running, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (DIGESTS / "efficient_llm_paper_list.md").read_text("utf-8")
    fake.services.pages["/raw/someone/papers/main/README.md"] = (200, text.encode(), "text/plain")
    fake.services.pages["/raw/someone/papers/main/refs.bib"] = (
        200,
        b"@article{a1, title={Sparse Routing for Graphs}, author={Lovelace, Ada}, year={2021}}",
        "text/plain",
    )
    url = "https://github.com/someone/papers/blob/main/README.md"
    result = cli("import", url, "--dry-run", "--json")
    assert result.exit_code == 0, result
    assert essentials(result.json()) == essentials(
        [p.to_dict() for p in parse(text, "digest", "README.md").papers]
    )
    bib = cli(
        "import", "https://github.com/someone/papers/blob/main/refs.bib", "--json", "--dry-run"
    )
    assert bib.exit_code == 0, bib
    assert "as bibtex" in bib.stderr
    assert bib.json()[0]["authors"] == ["Ada Lovelace"]


def test_raw_github_url() -> None:
    assert raw_github_url("https://github.com/o/r/blob/v1/docs/a.md") == (
        "https://raw.githubusercontent.com/o/r/v1/docs/a.md",
        "a.md",
    )
    assert raw_github_url("https://github.com/o/r") == (
        "https://raw.githubusercontent.com/o/r/HEAD/README.md",
        "README.md",
    )
    assert raw_github_url("https://gitlab.com/o/r/blob/main/a.md") is None


ARXIV_LISTING = """<!DOCTYPE html><html><body>
<div id="header"><a href="/">arXiv</a></div>
<div id="content"><h1>Machine Learning</h1><h3>New submissions</h3><dl>
<dt><a name="item1">[1]</a> <a href="/abs/2302.00001" title="Abstract">arXiv:2302.00001</a>
 [<a href="/pdf/2302.00001">pdf</a>]</dt>
<dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span>
 Causal Exploration for Graphs</div>
<div class="list-authors"><a href="/a/lovelace_a_1">Ada Lovelace</a>,
 <a href="/a/x">Alan Turing</a></div>
<div class="list-subjects"><span class="primary-subject">Machine Learning (cs.LG)</span>
</div></div></dd>
<dt><a name="item2">[2]</a> <a href="/abs/2302.00002v2" title="Abstract">arXiv:2302.00002</a></dt>
<dd><div class="meta"><div class="list-title mathjax"><span class="descriptor">Title:</span>
 Frugal Routing with Sparse Memory</div>
<div class="list-authors"><a href="/a/h">Grace Hopper</a></div></div></dd>
</dl></div></body></html>"""


def test_arxiv_listing_page(fake: Running, cli: Cli) -> None:
    fake.services.pages["/list/cs.LG/new"] = (200, ARXIV_LISTING.encode(), "text/html")
    result = cli("import", f"{fake.base}/list/cs.LG/new", "--dry-run", "--json")
    assert result.exit_code == 0, result
    papers = result.json()
    assert [(p["title"], p["arxiv_id"]) for p in papers] == [
        ("Causal Exploration for Graphs", "2302.00001"),
        ("Frugal Routing with Sparse Memory", "2302.00002"),
    ]


def test_arxiv_abstract_and_hugging_face_paper_pages(fake: Running, cli: Cli) -> None:
    abstract_page = """<html><head>
<meta name="citation_title" content="Causal Exploration for Graphs">
<meta name="citation_author" content="Lovelace, Ada">
<meta name="citation_arxiv_id" content="2302.00001"></head>
<body><div class="extra-services">Download PDF</div><h1>Causal Exploration for Graphs</h1>
<blockquote>Abstract: We explore.</blockquote></body></html>"""
    fake.services.pages["/abs/2302.00001"] = (200, abstract_page.encode(), "text/html")
    hf_page = """<html><body><nav>Models Datasets Spaces</nav><main><h1>Frugal Routing with
Sparse Memory</h1><p>Published on Feb 1</p><section class="comments">Nice!</section>
</main></body></html>"""
    fake.services.pages["/papers/2302.00002"] = (200, hf_page.encode(), "text/html")
    first = cli("import", f"{fake.base}/abs/2302.00001", "--dry-run", "--json")
    assert first.exit_code == 0, first
    assert [(p["title"], p["arxiv_id"]) for p in first.json()] == [
        ("Causal Exploration for Graphs", "2302.00001")
    ]
    second = cli("import", f"{fake.base}/papers/2302.00002", "--dry-run", "--json")
    assert second.exit_code == 0, second
    assert [(p["title"], p["arxiv_id"]) for p in second.json()] == [
        ("Frugal Routing with Sparse Memory", "2302.00002")
    ]


def test_hugging_face_links_point_at_arxiv() -> None:
    page = (
        '<main><ol><li><a href="https://huggingface.co/papers/2302.00003">Tiny Sparse '
        "Routers for Maps</a></li></ol></main>"
    )
    assert "[Tiny Sparse Routers for Maps](https://arxiv.org/abs/2302.00003)" in html_to_text(
        page, "https://huggingface.co/papers"
    )


@pytest.mark.parametrize(
    ("path", "page", "expected"),
    [
        ("/missing", None, "there is no such page (HTTP 404)"),
        ("/paper.pdf", (200, MINIMAL_PDF, "application/pdf"), "is a PDF"),
        ("/trickle", None, "did not answer within 1 s"),
        ("/slow", None, "did not answer within 1 s"),
        ("/always429", None, "rate-limiting"),
        (
            "/empty",
            (200, b"<html><body><nav>menu</nav></body></html>", "text/html"),
            "no text to import",
        ),
        (
            "/chrome-only",
            (200, b"<main><p>Nothing to see here.</p></main>", "text/html"),
            "found no papers",
        ),
        ("/binary", (200, b"\x00\x01\x02" * 100, "application/octet-stream"), "binary"),
    ],
)
def test_bad_pages_give_one_line_and_write_nothing(
    fake: Running,
    cli: Cli,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    page: tuple[int, bytes, str] | None,
    expected: str,
) -> None:
    monkeypatch.setenv("PAPERCLI_HTTP_DEADLINE", "1")
    if page:
        fake.services.pages[path] = page
    result = cli("import", fake.base + path)
    assert result.exit_code == 1, result
    assert result.stderr.startswith("Error: ")
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert not library_path.exists()


def test_main_content_is_chosen() -> None:
    page = """<html><body><div id="top-menu"><a href="/a">A</a></div>
<div class="post-content"><h2>This week</h2><ul><li><a href="/p/1">Paper One Title Here</a></li>
</ul></div><div class="share-buttons">Tweet this</div>
<div class="comments-area"><p>first!</p></div></body></html>"""
    text = html_to_text(page, "https://blog.example/x/")
    assert text == "## This week\n\n- [Paper One Title Here](https://blog.example/p/1)\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>/=\"' abcdiv&;#lupah1")), max_size=300))
def test_any_markup_gives_text(markup: str) -> None:
    assert isinstance(html_to_text(markup, "https://x.example/"), str)


def test_import_url_with_json_does_not_mix_refresh_output(fake: Running, cli: Cli) -> None:
    record = fake.services.catalog[9]
    other = fake.services.catalog[10]
    page = f"<main><ol><li>{record.title}</li><li>{other.title}</li></ol></main>"
    fake.services.pages["/two.html"] = (200, page.encode(), "text/html")
    result = cli("import", f"{fake.base}/two.html", "--json", "--refresh")
    assert result.exit_code == 0, result
    assert len(json.loads(result.stdout)) == 2
    assert "refresh: updated 2" in result.stderr


def test_deeply_nested_markup_is_read() -> None:
    page = (
        "<div>" * 5000
        + '<a href="https://arxiv.org/abs/2302.00001">Deep Paper</a>'
        + ("</div>" * 5000)
    )
    assert "[Deep Paper](https://arxiv.org/abs/2302.00001)" in html_to_text(page, "https://x/")
