"""``pdf``: download papers' PDFs into ``pdfs/`` beside the library and record ``pdf_path``.

Only http(s); the size is capped (``PAPERCLI_PDF_MAX_MB``, default 100); the answer must be
a PDF (``%PDF`` within its first 1 KB, and not a web page); the file is written to a temp
name, synced and renamed, so a failed download leaves nothing behind. The library is written
once at the end (one undo entry); Ctrl-C keeps the PDFs finished before it.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from papercli.errors import FetchError
from papercli.model import Paper

ARXIV_PDF_ENV = "PAPERCLI_ARXIV_PDF"
OPENREVIEW_PDF_ENV = "PAPERCLI_OPENREVIEW_PDF"
DEFAULT_ARXIV_PDF = "https://arxiv.org/pdf"
DEFAULT_OPENREVIEW_PDF = "https://openreview.net/pdf"
PDF_MAX_ENV = "PAPERCLI_PDF_MAX_MB"
DEFAULT_PDF_MAX_MB = 100
PDF_DEADLINE = 300.0
MAGIC_WINDOW = 1024
PDF_ACCEPT = "application/pdf, application/octet-stream;q=0.5"


@dataclass
class PdfResult:
    """What happened for one paper: the saved file, or why there is none."""

    paper: Paper
    path: str | None = None
    url: str | None = None
    problem: str | None = None
    already: bool = False


@dataclass
class PdfReport:
    results: list[PdfResult] = field(default_factory=list)
    interrupted: bool = False


def pdf_folder(db: Path) -> Path:
    """Where PDFs are kept: ``pdfs/`` beside the library file."""
    return Path(os.path.realpath(db)).parent / "pdfs"


def file_name(paper: Paper) -> str:
    """``<id>-<short-title>.pdf``: ASCII words of the title, at most 50 characters."""
    text = unicodedata.normalize("NFKD", paper.title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50].rstrip("-")
    return f"{paper.id}-{slug}.pdf" if slug else f"{paper.id}.pdf"


def pdf_urls(paper: Paper) -> list[str]:
    """Where the PDF may be had, best first: arXiv, OpenReview, then the paper's pdf_url."""
    urls = []
    if paper.arxiv_id:
        base = (os.environ.get(ARXIV_PDF_ENV) or DEFAULT_ARXIV_PDF).rstrip("/")
        urls.append(f"{base}/{paper.arxiv_id}")
    if paper.openreview_id:
        base = os.environ.get(OPENREVIEW_PDF_ENV) or DEFAULT_OPENREVIEW_PDF
        urls.append(f"{base}?id={paper.openreview_id}")
    pdf_url = paper.pdf_url or ""
    arxiv_or_openreview = ("arxiv.org/pdf/" in pdf_url and paper.arxiv_id) or (
        "openreview.net/pdf" in pdf_url and paper.openreview_id
    )
    if pdf_url.startswith(("http://", "https://")) and not arxiv_or_openreview:
        urls.append(pdf_url)
    return urls


def max_bytes() -> int:
    try:
        megabytes = float(os.environ.get(PDF_MAX_ENV, ""))
    except ValueError:
        megabytes = DEFAULT_PDF_MAX_MB
    if not 0 < megabytes < 1e6:
        megabytes = DEFAULT_PDF_MAX_MB
    return int(megabytes * 1024 * 1024)


def download_pdfs(db: Path, refs: list[str], force: bool = False) -> PdfReport:
    """Download the PDF of each paper REFS name (again with FORCE) and record ``pdf_path``."""
    from papercli.net import Fetcher, float_env
    from papercli.refs import resolve_all
    from papercli.storage import open_library

    papers = resolve_all(open_library(db).papers(), refs)
    report = PdfReport()
    folder = pdf_folder(db)
    deadline = float_env("PAPERCLI_PDF_DEADLINE", PDF_DEADLINE) or PDF_DEADLINE
    with Fetcher("the PDF server", deadline=deadline, max_bytes=max_bytes()) as fetcher:
        try:
            for paper in papers:
                result = PdfResult(paper)
                report.results.append(result)
                if paper.pdf_path and Path(paper.pdf_path).is_file() and not force:
                    result.path, result.already = paper.pdf_path, True
                    continue
                _download_one(fetcher, folder, result)
        except KeyboardInterrupt:
            report.interrupted = True
    saved = [r for r in report.results if r.path and not r.already]
    if saved:
        _record(db, saved)
    return report


def _download_one(fetcher: Any, folder: Path, result: PdfResult) -> None:
    urls = pdf_urls(result.paper)
    if not urls:
        result.problem = "no arXiv id, OpenReview id or pdf_url to download from"
        return
    problems = []
    for url in urls:
        try:
            result.path = str(save_pdf(fetcher, url, folder / file_name(result.paper)))
            result.url = url
            return
        except FetchError as exc:
            problems.append(exc.message)
    result.problem = problems[0] if len(problems) == 1 else "; ".join(problems)


def save_pdf(fetcher: Any, url: str, target: Path) -> Path:
    """Download URL to TARGET atomically; FetchError when it is not a PDF or too big."""
    from papercli.net import HttpError, status_reason

    what = f"the PDF at {url}"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FetchError(f"could not create {target.parent}: {exc.strerror or exc}") from None
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    head = bytearray()

    try:
        with open(tmp, "wb") as handle:

            def sink(chunk: bytes) -> None:
                if len(head) < MAGIC_WINDOW:
                    head.extend(chunk[: MAGIC_WINDOW - len(head)])
                    if len(head) >= MAGIC_WINDOW and b"%PDF-" not in head:
                        raise HttpError(f"could not fetch {what}: the answer is not a PDF")
                handle.write(chunk)

            response = fetcher.get(
                url, None, PDF_ACCEPT, what=what, service="the PDF server", sink=sink
            )
            if response.status != 200:
                if response.status in (404, 410):
                    raise HttpError(f"could not fetch {what}: there is no such file (HTTP 404)")
                raise HttpError(
                    f"could not fetch {what}: {status_reason('the server', response.status)}"
                )
            if "html" in response.content_type or b"%PDF-" not in head:
                raise HttpError(f"could not fetch {what}: the answer is not a PDF")
            length = response.headers.get("content-length")
            encoded = "content-encoding" in response.headers
            if length and length.isdigit() and not encoded and int(length) != handle.tell():
                raise HttpError(f"could not fetch {what}: the download was cut short")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise FetchError(f"could not save {target}: {exc.strerror or exc}") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return target


def _record(db: Path, saved: list[PdfResult]) -> None:
    """Record pdf_path on the papers as they are now (one write, one undo entry)."""
    from papercli.storage import writing

    with writing(db) as library:
        updated = []
        for result in saved:
            current = library.get(result.paper.id)
            if current is None or current.pdf_path == result.path:
                continue
            data = current.to_dict()
            data["pdf_path"] = result.path
            paper = Paper.from_dict(data)
            paper.id = current.id
            updated.append(paper)
        if updated:
            library.update(updated)
            library.label = "pdf " + ", ".join(f"#{p.id}" for p in updated)
