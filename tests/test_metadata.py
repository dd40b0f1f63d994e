"""fetch_metadata against a real local HTTP server serving recorded-format responses.

No mocks of httpx and no network: every request goes to 127.0.0.1.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from tests.conftest import Result
from tests.fakeservices import trickle_headers

from papercli import __version__
from papercli.errors import FetchError
from papercli.metadata import describe_network_error, fetch_metadata

Cli = Callable[..., Result]

DATA = Path(__file__).parent / "data" / "metadata"
HINT = "(use --no-fetch to add it without metadata)"

ARXIV_FILES = {
    "2302.08811": "arxiv_entry.xml",
    "9999.99999": "arxiv_empty.xml",
    "1234.5678": "arxiv_error.xml",
    "2302.00001": "arxiv_entry.xml",  # answers with another paper
}
OPENREVIEW_FILES = {
    "Xy9AbC12dE": "openreview_api2.json",
    "rJv1Old0ne": "openreview_v1.json",
    "Missing0000": "openreview_empty.json",
}
DOI_FILES = {
    "10.1234/jir.2021.0042": "doi_csl.json",
    "10.5555/proc.2020.7": "crossref_works.json",
}
CSL = "application/vnd.citationstyles.csl+json"


class Handler(BaseHTTPRequestHandler):
    """Routes: /arxiv, /openreview/notes, /doi/<doi> (redirects to /csl/<doi>), /status/<code>,
    /garbage, /html, /slow, /huge, /no-title."""

    requests: list[dict[str, str]] = []  # noqa: RUF012  (shared log, reset by the fixture)

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        Handler.requests.append(
            {
                "path": self.path,
                "ua": self.headers.get("User-Agent", ""),
                "accept": self.headers.get("Accept", ""),
            }
        )
        parts = url.path.strip("/").split("/", 1)
        head, rest = parts[0], unquote(parts[1]) if len(parts) > 1 else ""
        if head == "arxiv":
            id_list = query.get("id_list", [""])[0]
            if id_list == "hep-th/9901001":  # an old-style id: same feed, other id and category
                body = (DATA / "arxiv_entry.xml").read_bytes()
                body = body.replace(b"2302.08811", b"hep-th/9901001").replace(b"cs.LG", b"hep-th")
                self._send(200, body, "application/atom+xml")
                return
            self._file(ARXIV_FILES.get(id_list), "application/atom+xml; charset=utf-8")
        elif head == "openreview" and rest == "notes":
            note_id = query.get("id", [""])[0]
            if note_id == "Gone404404":
                self._send(
                    404,
                    b'{"name":"NotFoundError","message":"The Note was not found"}',
                    "application/json",
                )
            else:
                self._file(OPENREVIEW_FILES.get(note_id), "application/json; charset=utf-8")
        elif head == "doi":
            # doi.org answers content negotiation with a redirect to the agency's service.
            if CSL not in self.headers.get("Accept", ""):
                self._send(200, b"<html><body>landing page</body></html>", "text/html")
                return
            self.send_response(302)
            self.send_header("Location", f"/csl/{parts[1] if len(parts) > 1 else ''}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif head == "csl":
            self._file(DOI_FILES.get(rest), CSL + "; charset=utf-8")
        elif head == "status":
            code = int(rest.split("/")[0])
            self._send(code, b"Rate exceeded." if code == 429 else b"oops", "text/plain")
        elif head == "garbage":
            self._send(200, b"<feed><entry>not closed", "application/atom+xml")
        elif head == "html":
            self._send(200, b"<!DOCTYPE html><html><body>doi</body></html>", "text/html")
        elif head == "notjson":
            self._send(200, b"{'notes': [", "application/json")
        elif head == "no-title":
            if "id_list" in query:
                body = (DATA / "arxiv_entry.xml").read_bytes()
                start, end = body.index(b"<title>Sparse"), body.index(b"Learning</title>")
                body = body[:start] + body[end + len(b"Learning</title>") :]
                self._send(200, body, "application/atom+xml")
            else:
                self._send(
                    200,
                    b'{"notes": [{"id": "x", "content": {"title": {"value": ""}}}]}',
                    "application/json",
                )
        elif head == "entity":
            body = (
                b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x "boom">]>'
                b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&x;</title>'
                b"</entry></feed>"
            )
            self._send(200, body, "application/atom+xml")
        elif head == "slow":
            time.sleep(1.5)
            self._send(200, b"late", "text/plain")
        elif head == "trickle":  # a status line and headers, one byte at a time, for ever
            trickle_headers(self, 500)
        elif head == "truncated":  # promises 5000 bytes, sends 100, hangs up
            self.send_response(200)
            self.send_header("Content-Type", "application/atom+xml")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(b"<feed>" + b"x" * 94)
            self.close_connection = True
        elif head == "pdate":  # an OpenReview note with a nonsense publication time
            stamp = query.get("id", ["0"])[0].replace("_", ".")
            note = {
                "notes": [
                    {
                        "id": "Xy9AbC12dE",
                        "forum": "Xy9AbC12dE",
                        "pdate": float(stamp) if "e" in stamp else int(stamp),
                        "content": {"title": {"value": "Learning Sparsely"}},
                    }
                ]
            }
            self._send(200, json.dumps(note).encode(), "application/json")
        elif head == "huge":
            self._send(200, b"x" * (6 * 1024 * 1024), "application/atom+xml")
        else:
            self._send(404, b"no route", "text/plain")

    def _file(self, name: str | None, content_type: str) -> None:
        if name is None:
            self._send(404, b"not found", "text/plain")
        else:
            self._send(200, (DATA / name).read_bytes(), content_type)

    def _send(self, code: int, body: bytes, content_type: str) -> None:
        try:
            self.send_response(code)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (the timeout test)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def http_base() -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 (an ephemeral port), shared by this module's tests."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx honours proxy variables: make sure 127.0.0.1 is reached directly."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture()
def server(http_base: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The local server's base URL, with the three base-URL variables pointing at it."""
    no_proxies(monkeypatch)
    Handler.requests = []
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{http_base}/arxiv/api/query")
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{http_base}/openreview")
    monkeypatch.setenv("PAPERCLI_DOI_API", f"{http_base}/doi")
    return http_base


def fetch_error(kind: str, identifier: str, timeout: float = 5.0) -> str:
    with pytest.raises(FetchError) as info:
        fetch_metadata(kind, identifier, timeout=timeout)  # type: ignore[arg-type]
    message = info.value.message
    assert "\n" not in message
    assert message.endswith(HINT)
    return message


# --- arXiv -----------------------------------------------------------------------------------


def test_arxiv_entry_parsed(server: str) -> None:
    paper = fetch_metadata("arxiv", "https://arxiv.org/abs/2302.08811v2")
    assert paper.to_dict() == {
        "id": 0,
        "title": "Sparse Gradient Routing for Continual Learning",
        "alt_titles": [],
        "authors": ["Ada Lovelace", "Grace Hopper"],
        "venue": "arXiv",
        "year": 2023,
        "topics": ["LG"],
        "summary": None,
        "abstract": "We study how gradients can be routed through a sparse subset of parameters so "
        "that new tasks & old tasks interfere less. Experiments on three benchmarks "
        "show reduced forgetting.",
        "url": "https://arxiv.org/abs/2302.08811",
        "pdf_url": "https://arxiv.org/pdf/2302.08811",
        "code_url": None,
        "arxiv_id": "2302.08811",
        "openreview_id": None,
        "doi": "10.1234/sgr.2023.42",
        "tags": [],
        "status": "unread",
        "priority": 0,
        "added_at": None,
        "read_at": None,
        "notes": "",
        "source": "arxiv",
        "key": None,
        "pdf_path": None,
    }


def test_arxiv_request_shape(server: str) -> None:
    fetch_metadata("arxiv", "2302.08811")
    (request,) = Handler.requests
    assert request["path"].startswith("/arxiv/api/query?")
    assert "id_list=2302.08811" in request["path"]
    assert request["ua"] == f"papercli/{__version__} (+https://github.com/papercli/papercli)"
    assert "atom" in request["accept"]


def test_arxiv_env_read_at_call_time(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/status/500")
    assert "HTTP 500" in fetch_error("arxiv", "2302.08811")
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/arxiv/api/query")
    assert fetch_metadata("arxiv", "2302.08811").arxiv_id == "2302.08811"


def test_arxiv_old_style_id(server: str) -> None:
    paper = fetch_metadata("arxiv", "arXiv:hep-th/9901001v1")
    assert paper.arxiv_id == "hep-th/9901001"
    assert paper.url == "https://arxiv.org/abs/hep-th/9901001"
    assert paper.pdf_url == "https://arxiv.org/pdf/hep-th/9901001"
    assert paper.topics == ["hep-th"]


def test_arxiv_answer_for_another_paper(server: str) -> None:
    assert fetch_error("arxiv", "2302.00001") == (
        f"could not fetch arXiv 2302.00001: arXiv answered with another paper (2302.08811) {HINT}"
    )


def test_arxiv_no_entry(server: str) -> None:
    assert fetch_error("arxiv", "9999.99999") == f"arXiv has no paper 9999.99999 {HINT}"


def test_arxiv_error_entry(server: str) -> None:
    assert fetch_error("arxiv", "1234.5678") == (
        "could not fetch arXiv 1234.5678: arXiv reported an error: "
        f"incorrect id format for 1234.5678 {HINT}"
    )


def test_arxiv_entry_without_title(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/no-title")
    assert fetch_error("arxiv", "2302.08811") == f"arXiv has no paper 2302.08811 {HINT}"


def test_arxiv_malformed_xml(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/garbage")
    message = fetch_error("arxiv", "2302.08811")
    assert message.startswith("could not fetch arXiv 2302.08811: arXiv sent malformed XML (")


def test_arxiv_json_is_not_xml(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/notjson")
    message = fetch_error("arxiv", "2302.08811")
    assert message.startswith("could not fetch arXiv 2302.08811: arXiv sent malformed XML")


def test_arxiv_refuses_entities(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/entity")
    assert fetch_error("arxiv", "2302.08811") == (
        "could not fetch arXiv 2302.08811: arXiv sent an XML document with a DOCTYPE; "
        f"refusing to parse it {HINT}"
    )


def test_arxiv_not_an_id() -> None:
    assert fetch_error("arxiv", "attention is all you need") == (
        f"'attention is all you need' is not an arXiv id {HINT}"
    )


# --- HTTP failures ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (404, None),
        (429, "arXiv is rate-limiting requests (HTTP 429); try later"),
        (500, "arXiv had a server error (HTTP 500)"),
        (503, "arXiv had a server error (HTTP 503)"),
        (403, "arXiv refused access (HTTP 403); is it public?"),
        (418, "arXiv answered HTTP 418"),
    ],
)
def test_arxiv_http_status(
    server: str, monkeypatch: pytest.MonkeyPatch, code: int, reason: str | None
) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/status/{code}")
    expected = (
        "arXiv has no paper 2302.08811"
        if reason is None
        else f"could not fetch arXiv 2302.08811: {reason}"
    )
    assert fetch_error("arxiv", "2302.08811") == f"{expected} {HINT}"


def test_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/slow")
    assert fetch_error("arxiv", "2302.08811", timeout=0.2) == (
        f"could not fetch arXiv 2302.08811: arXiv did not answer within 0.2 s {HINT}"
    )


def test_huge_response_is_capped(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/huge")
    assert fetch_error("arxiv", "2302.08811") == (
        f"could not fetch arXiv 2302.08811: arXiv sent more than 5 MB {HINT}"
    )


def test_trickling_headers_hit_one_overall_deadline(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 10 #14: each byte arrives well within the read timeout; the whole answer never
    does. One deadline covers connect + headers + body."""
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/trickle")
    assert fetch_error("arxiv", "2302.08811", timeout=0.5) == (
        f"could not fetch arXiv 2302.08811: arXiv did not answer within 0.5 s {HINT}"
    )


def test_truncated_body(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/truncated")
    assert fetch_error("arxiv", "2302.08811") == (
        "could not fetch arXiv 2302.08811: the server closed the connection before the answer "
        f"was complete {HINT}"
    )


@pytest.mark.parametrize("stamp", ["1e300", "99999999999999999", "-5", "1e15"])
def test_openreview_nonsense_pdate_is_no_year(
    server: str, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    """Issue 10 #17: a pdate of 1e300 or 99999999999999999 crashed with a traceback."""
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{server}/pdate")
    monkeypatch.setattr("papercli.metadata.OPENREVIEW_ID", re.compile(r".+"))
    paper = fetch_metadata("openreview", stamp.replace(".", "_"))
    assert paper.title == "Learning Sparsely"
    assert paper.year is None


def test_add_with_nonsense_pdate_prints_no_traceback(
    server: str, monkeypatch: pytest.MonkeyPatch, cli: Cli
) -> None:
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{server}/pdate")
    result = cli("add", "https://openreview.net/forum?id=99999999999999999", "--json")
    assert result.exit_code == 0, result
    assert result.json()["year"] is None
    assert "Traceback" not in result.stderr


def closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("kind", "identifier", "what", "var"),
    [
        ("arxiv", "2302.08811", "arXiv 2302.08811", "PAPERCLI_ARXIV_API"),
        ("openreview", "Xy9AbC12dE", "OpenReview Xy9AbC12dE", "PAPERCLI_OPENREVIEW_API"),
        ("doi", "10.1234/JIR.2021.0042", "DOI 10.1234/jir.2021.0042", "PAPERCLI_DOI_API"),
    ],
)
def test_connection_refused(
    monkeypatch: pytest.MonkeyPatch, kind: str, identifier: str, what: str, var: str
) -> None:
    no_proxies(monkeypatch)
    monkeypatch.setenv(var, f"http://127.0.0.1:{closed_port()}/api")
    assert fetch_error(kind, identifier) == (f"could not fetch {what}: connection refused {HINT}")


def test_bad_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_ARXIV_API", "ftp://127.0.0.1/api")
    message = fetch_error("arxiv", "2302.08811")
    assert message == (
        f"could not fetch arXiv 2302.08811: only http(s) addresses can be fetched {HINT}"
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "[Errno -2] Name or service not known",
            "could not resolve the host name (are you offline?)",
        ),
        (
            "[Errno 8] nodename nor servname provided, or not known",
            "could not resolve the host name (are you offline?)",
        ),
        ("[Errno 111] Connection refused", "connection refused"),
        ("[Errno 101] Network is unreachable", "network is unreachable (are you offline?)"),
        ("", "network error: OSError"),
    ],
)
def test_describe_network_error(text: str, reason: str) -> None:
    assert describe_network_error(OSError(text) if text else OSError()) == reason


# --- OpenReview ------------------------------------------------------------------------------


def test_openreview_api2(server: str) -> None:
    paper = fetch_metadata("openreview", "https://openreview.net/forum?id=Xy9AbC12dE")
    data = paper.to_dict()
    assert data["title"] == "Learning to Route Gradients Sparsely"
    assert data["authors"] == ["Ada Lovelace", "Grace Hopper", "Alan Turing"]
    assert data["venue"] == "ICLR"
    assert data["year"] == 2022
    assert data["topics"] == []
    assert data["summary"] is None
    assert data["abstract"] == (
        "We route gradients through a sparse subnetwork. This reduces forgetting."
    )
    assert data["url"] == "https://openreview.net/forum?id=Xy9AbC12dE"
    assert data["pdf_url"] == (
        "https://openreview.net/pdf/0a1b2c3d4e5f60718293a4b5c6d7e8f901234567.pdf"
    )
    assert data["openreview_id"] == "Xy9AbC12dE"
    assert data["arxiv_id"] is None and data["doi"] is None
    assert data["source"] == "openreview"
    (request,) = Handler.requests
    assert request["path"] == "/openreview/notes?id=Xy9AbC12dE"


def test_openreview_v1_shape(server: str) -> None:
    paper = fetch_metadata("openreview", "openreview:rJv1Old0ne")
    assert paper.title == "An Older Paper Stored by API v1"
    assert paper.authors == ["Grace Hopper"]
    assert paper.abstract == "Plain string fields, as API v1 returns them."
    assert paper.venue is None
    assert paper.year == 2018  # from cdate: no venue field
    assert paper.pdf_url == (
        "https://openreview.net/pdf/1f2e3d4c5b6a79887766554433221100ffeeddcc.pdf"
    )
    assert paper.url == "https://openreview.net/forum?id=rJv1Old0ne"


def test_openreview_bare_id(server: str) -> None:
    assert fetch_metadata("openreview", " Xy9AbC12dE ").openreview_id == "Xy9AbC12dE"


def test_openreview_no_notes(server: str) -> None:
    assert fetch_error("openreview", "Missing0000") == f"OpenReview has no paper Missing0000 {HINT}"


def test_openreview_404(server: str) -> None:
    assert fetch_error("openreview", "Gone404404") == f"OpenReview has no paper Gone404404 {HINT}"


def test_openreview_malformed_json(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{server}/garbage")
    assert fetch_error("openreview", "Xy9AbC12dE") == (
        f"could not fetch OpenReview Xy9AbC12dE: OpenReview sent malformed JSON {HINT}"
    )


def test_openreview_missing_title(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{server}/no-title")
    assert fetch_error("openreview", "Xy9AbC12dE") == (
        f"could not fetch OpenReview Xy9AbC12dE: OpenReview's note has no title {HINT}"
    )


def test_openreview_server_error(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_OPENREVIEW_API", f"{server}/status/502")
    assert fetch_error("openreview", "Xy9AbC12dE") == (
        f"could not fetch OpenReview Xy9AbC12dE: OpenReview had a server error (HTTP 502) {HINT}"
    )


@pytest.mark.parametrize(
    ("venue", "expected"),
    [
        ("ICLR 2022 Poster", ("ICLR", 2022)),
        ("NeurIPS 2023 Datasets and Benchmarks Poster", ("NeurIPS", 2023)),
        ("Submitted to ICLR 2023", (None, 2023)),
        ("ICLR 2024 Conference Withdrawn Submission", (None, 2024)),
        (
            "Transactions on Machine Learning Research",
            ("Transactions on Machine Learning Research", None),
        ),
        (None, (None, None)),
    ],
)
def test_openreview_venue_split(venue: str | None, expected: tuple[str | None, int | None]) -> None:
    from papercli.metadata import _split_venue

    assert _split_venue(venue) == expected


# --- DOI -------------------------------------------------------------------------------------


def test_doi_csl(server: str) -> None:
    paper = fetch_metadata("doi", "https://doi.org/10.1234/JIR.2021.0042")
    data = paper.to_dict()
    assert data["title"] == "Sparse Gradient Routing in Practice"
    assert data["authors"] == ["Ada Lovelace", "Grace Hopper", "The Routing Consortium"]
    assert data["venue"] == "J. Imag. Res."
    assert data["year"] == 2021
    assert data["abstract"] == "Gradient routing reduces forgetting & interference."
    assert data["url"] == "https://doi.org/10.1234/jir.2021.0042"
    assert data["pdf_url"] == "https://example.org/articles/jir.2021.0042.pdf"
    assert data["doi"] == "10.1234/jir.2021.0042"
    assert data["arxiv_id"] is None and data["openreview_id"] is None
    assert data["topics"] == [] and data["summary"] is None
    assert data["source"] == "doi"
    first, second = Handler.requests  # doi.org redirects; the redirect is followed
    assert first["path"] == "/doi/10.1234/jir.2021.0042"
    assert second["path"] == "/csl/10.1234/jir.2021.0042"
    assert CSL in first["accept"] and CSL in second["accept"]
    assert second["ua"].startswith("papercli/")


def test_doi_crossref_works_shape(server: str) -> None:
    paper = fetch_metadata("doi", "doi:10.5555/proc.2020.7")
    assert paper.title == "Routing Gradients at Scale"
    assert paper.authors == ["Alan Turing"]
    assert paper.venue == "Proceedings of the Example Conference on Learning"
    assert paper.year == 2020
    assert paper.pdf_url is None


def test_doi_not_found(server: str) -> None:
    assert fetch_error("doi", "10.9999/nothing") == (
        f"doi.org has no record of DOI 10.9999/nothing {HINT}"
    )


def test_doi_html_answer(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_DOI_API", f"{server}/html")
    assert fetch_error("doi", "10.1234/jir.2021.0042") == (
        "could not fetch DOI 10.1234/jir.2021.0042: doi.org sent a web page instead of "
        f"citation metadata {HINT}"
    )


def test_doi_malformed_json(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_DOI_API", f"{server}/notjson")
    assert fetch_error("doi", "10.1234/jir.2021.0042") == (
        f"could not fetch DOI 10.1234/jir.2021.0042: doi.org sent malformed JSON {HINT}"
    )


def test_doi_rate_limited(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_DOI_API", f"{server}/status/429")
    assert fetch_error("doi", "10.1234/jir.2021.0042") == (
        "could not fetch DOI 10.1234/jir.2021.0042: doi.org is rate-limiting requests "
        f"(HTTP 429); try later {HINT}"
    )


# --- start-up cost ---------------------------------------------------------------------------


def test_import_does_not_load_httpx() -> None:
    code = "import sys, papercli.metadata; print('httpx' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the add command, end to end ---------------------------------------------------------------


def test_add_by_arxiv_url_fetches_and_stores(server: str, cli: Cli, library_path: Path) -> None:
    result = cli("add", "https://arxiv.org/abs/2302.08811v2", "--tag", "sparse", "--json")
    assert result.exit_code == 0, result
    paper = result.json()
    assert paper["arxiv_id"] == "2302.08811"
    assert paper["title"].startswith("Sparse")
    assert paper["venue"] == "arXiv"
    assert paper["tags"] == ["sparse"]
    assert paper["source"] == "arxiv"
    again = cli("add", "arXiv:2302.08811")
    assert again.exit_code == 1
    assert "already in the library as #1" in again.stderr


def test_add_by_doi_and_openreview(server: str, cli: Cli) -> None:
    doi = cli("add", "https://doi.org/10.1234/JIR.2021.0042", "--json")
    assert doi.exit_code == 0, doi
    assert doi.json()["doi"] == "10.1234/jir.2021.0042"
    note = cli("add", "https://openreview.net/forum?id=Xy9AbC12dE", "--json")
    assert note.exit_code == 0, note
    assert note.json()["openreview_id"] == "Xy9AbC12dE"


def test_add_offline_fails_cleanly_and_writes_nothing(
    cli: Cli, library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    no_proxies(monkeypatch)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed_port = sock.getsockname()[1]
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"http://127.0.0.1:{closed_port}/api/query")
    result = cli("add", "2302.08811")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"Error: could not fetch arXiv 2302.08811: connection refused {HINT}"
    )
    assert not library_path.exists()
    offline = cli("add", "2302.08811", "--no-fetch", "--json")
    assert offline.exit_code == 0
    assert offline.json()["arxiv_id"] == "2302.08811"


def test_add_from_a_trickling_server_ends(
    server: str, monkeypatch: pytest.MonkeyPatch, cli: Cli, library_path: Path
) -> None:
    """Issue 10 #14 through the command line: one byte at a time never hangs ``add``."""
    monkeypatch.setenv("PAPERCLI_ARXIV_API", f"{server}/trickle")
    monkeypatch.setenv("PAPERCLI_HTTP_DEADLINE", "0.5")
    result = cli("add", "https://arxiv.org/abs/2302.08811")
    assert result.exit_code == 1, result
    assert result.stderr == (
        f"Error: could not fetch arXiv 2302.08811: arXiv did not answer within 0.5 s {HINT}\n"
    )
    assert not library_path.exists()
