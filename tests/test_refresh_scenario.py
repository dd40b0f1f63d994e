"""End to end with the installed ``papercli``: import URL → refresh → pdf, Ctrl-C in refresh,
and the politeness of the HTTP layer."""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import papercli_executable, sigint_handled_by
from tests.fakeservices import MINIMAL_PDF, Running, fake, refresh_interrupted_while_matching

from papercli.net import Fetcher, retry_after

__all__ = ["fake"]

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_import_url_then_refresh_then_pdf(
    fake: Running, run_installed: Run, library_path: Path
) -> None:
    first, second = fake.services.catalog[20], fake.services.catalog[21]
    page = f"""<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav>
<article><h1>Two papers this week</h1><ol>
<li><strong>{first.title}</strong> — a neat idea.</li>
<li><a href="https://arxiv.org/abs/{second.arxiv_id}">{second.title}</a></li>
</ol></article><div id="comments"><p>Also read <a href="https://arxiv.org/abs/2399.99999">
Spam Paper From A Comment</a></p></div></body></html>"""
    fake.services.pages["/weekly.html"] = (200, page.encode(), "text/html; charset=utf-8")
    url = f"{fake.base}/weekly.html"

    imported = run_installed("import", url)
    assert imported.returncode == 0, imported.stderr
    listed = run_installed("list", "--json", "--sort", "id")
    papers = json.loads(listed.stdout)
    assert [p["title"] for p in papers] == [first.title, second.title]
    assert {p["source"] for p in papers} == {url}
    assert papers[1]["arxiv_id"] == second.arxiv_id

    refreshed = run_installed("refresh")
    assert refreshed.returncode == 0, refreshed.stderr
    assert "updated 2" in refreshed.stderr
    shown = json.loads(run_installed("show", "1", "--json").stdout)
    assert shown["arxiv_id"] == first.arxiv_id
    assert shown["authors"] == first.authors
    assert shown["abstract"] == first.abstract

    downloaded = run_installed("pdf", "1", "2")
    assert downloaded.returncode == 0, downloaded.stderr
    paths = downloaded.stdout.split()
    assert len(paths) == 2
    assert all(Path(p).read_bytes() == MINIMAL_PDF for p in paths)
    assert all(Path(p).parent == library_path.parent / "pdfs" for p in paths)
    for result in (imported, refreshed, downloaded):
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_in_refresh_keeps_what_was_finished(
    fake: Running, library_path: Path, tmp_path: Path
) -> None:
    done, stuck = fake.services.catalog[30], fake.services.catalog[31]
    code, _, stderr = refresh_interrupted_while_matching(
        fake, [done, stuck], stuck, tmp_path / "d.md"
    )
    assert code == 130, stderr
    assert "interrupted; the papers finished before it were kept" in stderr
    assert "Traceback" not in stderr
    listed = subprocess.run(
        [*papercli_executable(), "list", "--json", "--sort", "id"],
        capture_output=True,
        text=True,
        check=False,
    )
    papers = json.loads(listed.stdout)
    assert papers[0]["arxiv_id"] == done.arxiv_id
    assert papers[1]["arxiv_id"] is None


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child process")
def test_ctrl_c_reaches_refresh_when_the_suite_ignores_it(
    fake: Running, library_path: Path, tmp_path: Path
) -> None:
    """A suite started as a background job ignores SIGINT and its children inherit that; the
    refresh is still started the way a terminal starts it, so the Ctrl-C reaches it."""
    done, stuck = fake.services.catalog[30], fake.services.catalog[31]
    with sigint_handled_by(signal.SIG_IGN):
        code, _, stderr = refresh_interrupted_while_matching(
            fake, [done, stuck], stuck, tmp_path / "d.md"
        )
    assert code == 130, stderr
    assert "interrupted; the papers finished before it were kept" in stderr


def test_requests_to_one_host_are_spaced(fake: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    """arXiv asks for one request every 3 s; the spacing is configurable and per host."""
    monkeypatch.setenv("PAPERCLI_ARXIV_HOST", "127.0.0.1")
    monkeypatch.setenv("PAPERCLI_ARXIV_DELAY", "0.3")
    with Fetcher("arXiv") as fetcher:
        for _ in range(3):
            assert fetcher.get(f"{fake.base}/arxiv/api/query", {"id_list": "1"}).status == 200
    stamps = [t for p, t in fake.services.requests if p.startswith("/arxiv/")]
    assert len(stamps) == 3
    # Stamped on arrival: a first request's connection set-up may shorten the first gap a bit.
    assert all(b - a >= 0.2 for a, b in itertools.pairwise(stamps))


def test_retry_after_forms() -> None:
    assert retry_after("7", 0) == 7
    assert retry_after(None, 2) == 4
    assert retry_after("nonsense", 0) == 1
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 0) == 0  # in the past
    assert retry_after("nan", 1) == 2


def test_retry_after_too_long_gives_up(fake: Running, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_HTTP_MAX_WAIT", "1")
    with Fetcher("x") as fetcher:
        assert fetcher.get(f"{fake.base}/retry-later").status == 503
    assert len([p for p, _ in fake.services.requests if p == "/retry-later"]) == 1
