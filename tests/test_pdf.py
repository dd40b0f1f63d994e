"""``pdf REF...``: downloads into pdfs/ beside the library, checked, capped, atomic."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result
from tests.fakeservices import MINIMAL_PDF, Running, fake

from papercli.model import Paper
from papercli.pdfs import file_name

__all__ = ["fake"]

Cli = Callable[..., Result]


def library(path: Path, papers: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    records = {str(i): p for i, p in enumerate(papers, 1)}
    path.write_text(
        json.dumps(
            {
                "papers": records,
                "meta": {"1": {"schema": 1, "next_id": len(papers) + 1}},
                "undo": {},
            }
        )
    )


def shown(cli: Cli, ref: str = "1") -> dict[str, object]:
    result = cli("show", ref, "--json")
    assert result.exit_code == 0, result
    return result.json()  # type: ignore[no-any-return]


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(".*")) if folder.exists() else []


def test_arxiv_pdf_is_saved_and_recorded(fake: Running, cli: Cli, library_path: Path) -> None:
    record = fake.services.catalog[0]
    library(library_path, [{"title": record.title, "arxiv_id": record.arxiv_id}])
    result = cli("pdf", "1")
    assert result.exit_code == 0, result
    saved = library_path.parent / "pdfs" / file_name(Paper(id=1, title=record.title))
    assert result.stdout.strip() == str(saved)
    assert saved.read_bytes() == MINIMAL_PDF
    assert shown(cli)["pdf_path"] == str(saved)
    assert cli("open", "1", "--pdf", "--print").stdout.strip() == saved.resolve().as_uri()

    asked = len(fake.services.requests)
    again = cli("pdf", "1")
    assert again.exit_code == 0, again
    assert "already has" in again.stderr
    assert len(fake.services.requests) == asked

    assert cli("undo").exit_code == 0
    assert shown(cli)["pdf_path"] is None


def test_openreview_and_pdf_url(fake: Running, cli: Cli, library_path: Path) -> None:
    fake.services.pages["/files/paper.pdf"] = (200, MINIMAL_PDF, "application/octet-stream")
    library(
        library_path,
        [
            {"title": "Sparse Routing for Graphs", "openreview_id": "AbCdEf12345"},
            {"title": "Dense Routing for Maps", "pdf_url": f"{fake.base}/files/paper.pdf"},
        ],
    )
    result = cli("pdf", "1", "2", "--json")
    assert result.exit_code == 0, result
    rows = result.json()
    assert [r["url"] for r in rows] == [
        f"{fake.base}/openreviewpdf?id=AbCdEf12345",
        f"{fake.base}/files/paper.pdf",
    ]
    assert all(Path(str(r["pdf_path"])).read_bytes() == MINIMAL_PDF for r in rows)
    assert "pdf #1, #2" in cli("undo").stderr


@pytest.mark.parametrize(
    ("page", "env", "expected"),
    [
        ((200, b"<!DOCTYPE html><html>sign in</html>" * 50, "text/html"), {}, "not a PDF"),
        ((200, b"x" * 3000, "application/pdf"), {}, "not a PDF"),
        (
            (200, MINIMAL_PDF * 400, "application/pdf"),
            {"PAPERCLI_PDF_MAX_MB": "0.01"},
            "more than 0.01 MB",
        ),
        ((404, b"gone", "text/plain"), {}, "no such file"),
        (None, {"PAPERCLI_PDF_DEADLINE": "1"}, "did not answer within 1 s"),  # /slow
    ],
)
def test_bad_downloads_leave_nothing(
    fake: Running,
    cli: Cli,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    page: tuple[int, bytes, str] | None,
    env: dict[str, str],
    expected: str,
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = "/files/bad.pdf" if page else "/slow"
    if page:
        fake.services.pages[path] = page
    library(library_path, [{"title": "Sparse Routing for Graphs", "pdf_url": fake.base + path}])
    before = library_path.read_bytes()
    result = cli("pdf", "1")
    assert result.exit_code == 1, result
    assert expected in result.stderr
    assert "Traceback" not in result.stderr
    assert library_path.read_bytes() == before
    folder = library_path.parent / "pdfs"
    assert not folder.exists() or list(folder.iterdir()) == []


@pytest.mark.parametrize("route", ["/truncated", "/trickle", "/always429"])
def test_hostile_servers(
    fake: Running, cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch, route: str
) -> None:
    monkeypatch.setenv("PAPERCLI_PDF_DEADLINE", "1")
    library(library_path, [{"title": "Sparse Routing for Graphs", "pdf_url": fake.base + route}])
    before = library_path.read_bytes()
    result = cli("pdf", "1")
    assert result.exit_code == 1, result
    assert result.stderr.count("\n") <= 3
    assert "Traceback" not in result.stderr
    assert library_path.read_bytes() == before
    assert leftovers(library_path.parent / "pdfs") == []


def test_only_http_links(cli: Cli, library_path: Path) -> None:
    library(library_path, [{"title": "Sparse Routing for Graphs", "pdf_url": "file:///etc/passwd"}])
    result = cli("pdf", "1")
    assert result.exit_code == 1
    assert "no arXiv id, OpenReview id or pdf_url" in result.stderr


def test_file_name() -> None:
    assert file_name(Paper(id=12, title="Attention Is All You Need!")) == (
        "12-attention-is-all-you-need.pdf"
    )
    assert file_name(Paper(id=3, title="注意力")) == "3.pdf"
    assert len(file_name(Paper(id=3, title="word " * 40))) <= 60
