"""A local HTTP server (127.0.0.1) answering like arXiv, Semantic Scholar, OpenAlex, Crossref,
OpenReview, doi.org, GitHub, Hugging Face and a PDF host, over a made-up catalogue.

The catalogue is generated (seeded) from invented words: no real paper's text. Responses have
the shapes the services document: arXiv's Atom feed, Semantic Scholar's /paper/search/match
JSON, OpenAlex's /works list with an inverted-index abstract, Crossref's
{"status","message":{"items"}}. Misbehaviour is asked for by path or by a title carrying a
marker word, and every request is logged so tests can count them.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape

import pytest
from rapidfuzz import fuzz, process
from tests.conftest import interruptible, papercli_executable


def _words(text: str) -> list[str]:
    return text.split()


ADJECTIVES = _words(
    "Sparse Robust Scalable Efficient Adaptive Hierarchical Contrastive Causal Latent Implicit "
    "Generative Federated Stochastic Bayesian Recurrent Equivariant Modular Lossless Neural "
    "Symbolic Differentiable Decentralized Multimodal Unsupervised Curious Frugal Quantized"
)
NOUNS = _words(
    "Routing Attention Diffusion Distillation Pruning Retrieval Planning Alignment Tokenization "
    "Segmentation Calibration Compression Exploration Reasoning Inversion Transport Memory "
    "Grounding Augmentation Sampling Forecasting Matching Denoising Navigation Summarization"
)
DOMAINS = _words(
    "Graphs Proteins Robots Videos Molecules Programs Dialogues Tables Meshes Audio Climate "
    "Galaxies Markets Maps Sketches Lattices Circuits Songs Orchards Glaciers"
)
TEMPLATES = (
    "{a} {n} for {d}",
    "{a} {n} with {a2} {n2}",
    "Towards {a} {n} in {d}",
    "{n} Meets {n2}: {a} Models of {d}",
    "On the {a} {n} of {d}",
    "{a}-{n2} {n} for {d} at Scale",
    "Learning {a} {n} from {d}",
    "{a} {n} via {a2} {n2} for {d}",
)
GIVEN = _words("Ada Grace Alan Emmy Kurt Sofia Niels Lise Paul Marie Carl Hedy Rosalind Srini")
FAMILY = _words(
    "Lovelace Hopper Turing Noether Godel Kovalevskaya Bohr Meitner Dirac Curie Gauss Lamarr "
    "Franklin Varadhan Okafor Tanaka Moreau Lindqvist Haddad Petrova"
)
VENUES = ("ICLR", "NeurIPS", "ICML", "CVPR", "ACL", "")
SWAPS = _words("Fast Deep Open Private Tiny Lazy Greedy Noisy Shallow Dense")


@dataclass
class Record:
    """One made-up paper as the services know it."""

    arxiv_id: str
    title: str
    authors: list[str]
    year: int
    venue: str
    abstract: str
    doi: str
    s2_has_abstract: bool = True
    openreview_id: str | None = None


def _title(rng: random.Random) -> str:
    words = {
        "a": rng.choice(ADJECTIVES),
        "a2": rng.choice(ADJECTIVES),
        "n": rng.choice(NOUNS),
        "n2": rng.choice(NOUNS),
        "d": rng.choice(DOMAINS),
    }
    title = rng.choice(TEMPLATES).format(**words)
    if rng.random() < 0.25:
        title += f" {rng.choice(['2', '3', 'II', 'XL', '++'])}".replace(" ++", "++")
    return title


def make_catalog(size: int = 300, seed: int = 8) -> list[Record]:
    """SIZE made-up papers with distinct titles."""
    rng = random.Random(seed)
    seen: set[str] = set()
    records = []
    while len(records) < size:
        title = _title(rng)
        if title.lower() in seen:
            continue
        seen.add(title.lower())
        number = len(records) + 1
        authors = list(
            dict.fromkeys(
                f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(rng.randint(1, 4))
            )
        )
        words = [rng.choice(NOUNS + DOMAINS).lower() for _ in range(30)]
        records.append(
            Record(
                arxiv_id=f"23{rng.randint(1, 12):02d}.{number:05d}",
                title=title,
                authors=authors,
                year=rng.choice([2021, 2022, 2023, 2024]),
                venue=rng.choice(VENUES),
                abstract="We study " + " ".join(words) + ".",
                doi=f"10.5555/fake.{number}",
                s2_has_abstract=rng.random() < 0.5,
            )
        )
    return records


def variant(title: str, rng: random.Random) -> str:
    """The same title as a digest might write it: case, punctuation, hyphens, spacing."""
    choice = rng.randrange(6)
    if choice == 0:
        return title.lower()
    if choice == 1:
        return title + "."
    if choice == 2:
        return title.replace("-", " ") if "-" in title else title.upper()
    if choice == 3:
        return "  ".join(title.split())
    if choice == 4:
        return f"“{title}”"
    return title.replace(":", " -")


def near_miss(title: str, rng: random.Random) -> str:
    """Another paper's title, close to TITLE: a word swapped, added or dropped, a number
    changed."""
    words = title.split()
    choice = rng.randrange(4)
    if choice == 0:  # swap a capitalised content word
        spots = [i for i, w in enumerate(words) if w[:1].isupper() and len(w) > 3]
        i = rng.choice(spots)
        words[i] = rng.choice([s for s in SWAPS if s != words[i]])
    elif choice == 1:  # add a word
        words.insert(rng.randrange(len(words) + 1), rng.choice(SWAPS))
    elif choice == 2 and len(words) > 4:  # drop a content word
        spots = [i for i, w in enumerate(words) if w[:1].isupper() and len(w) > 3]
        del words[rng.choice(spots)]
    else:  # a number, or a version, changed or added
        if words[-1] in ("2", "3"):
            words[-1] = "4"
        else:
            words.append("2")
    return " ".join(words)


# --- responses -------------------------------------------------------------------------------


def atom_feed(records: list[Record], query: str) -> bytes:
    entries = []
    for r in records:
        authors = "".join(f"<author><name>{escape(a)}</name></author>" for a in r.authors)
        entries.append(
            f"""<entry>
<id>http://arxiv.org/abs/{r.arxiv_id}v1</id>
<updated>{r.year}-03-01T00:00:00Z</updated>
<published>{r.year}-02-01T00:00:00Z</published>
<title>{escape(r.title)}</title>
<summary>{escape(r.abstract)}</summary>
{authors}
<link href="http://arxiv.org/abs/{r.arxiv_id}v1" rel="alternate" type="text/html"/>
<link title="pdf" href="http://arxiv.org/pdf/{r.arxiv_id}v1" rel="related" type="application/pdf"/>
<arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.LG"/>
<category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
</entry>"""
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom" '
        'xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" '
        'xmlns:arxiv="http://arxiv.org/schemas/atom">'
        f"<title>arXiv Query: {escape(query)}</title>"
        f"<opensearch:totalResults>{len(records)}</opensearch:totalResults>"
        + "".join(entries)
        + "</feed>"
    ).encode()


def s2_row(r: Record, score: float) -> dict[str, Any]:
    return {
        "paperId": f"{abs(hash(r.arxiv_id)):040x}"[:40],
        "externalIds": {"ArXiv": r.arxiv_id, "DOI": r.doi, "CorpusId": 1000 + len(r.title)},
        "title": r.title,
        "abstract": r.abstract if r.s2_has_abstract else None,
        "venue": r.venue,
        "publicationVenue": {"name": r.venue} if r.venue else None,
        "year": r.year,
        "authors": [{"authorId": str(i), "name": a} for i, a in enumerate(r.authors)],
        "openAccessPdf": None,
        "matchScore": score,
    }


def openalex_work(r: Record) -> dict[str, Any]:
    inverted: dict[str, list[int]] = {}
    for i, word in enumerate(r.abstract.split()):
        inverted.setdefault(word, []).append(i)
    source = {"display_name": r.venue or "arXiv (Cornell University)", "type": "conference"}
    return {
        "id": f"https://openalex.org/W{len(r.title)}{r.arxiv_id.replace('.', '')}",
        "doi": f"https://doi.org/{r.doi}",
        "title": r.title,
        "display_name": r.title,
        "publication_year": r.year,
        "authorships": [
            {"author_position": "first" if i == 0 else "middle", "author": {"display_name": a}}
            for i, a in enumerate(r.authors)
        ],
        "primary_location": {"source": source, "landing_page_url": f"https://doi.org/{r.doi}"},
        "locations": [{"landing_page_url": f"https://arxiv.org/abs/{r.arxiv_id}", "source": None}],
        "abstract_inverted_index": inverted,
    }


def crossref_item(r: Record) -> dict[str, Any]:
    given_family = [a.split(" ", 1) for a in r.authors]
    return {
        "DOI": r.doi,
        "type": "proceedings-article",
        "title": [r.title],
        "author": [{"given": g, "family": f, "sequence": "additional"} for g, f in given_family],
        "container-title": [r.venue] if r.venue else [],
        "issued": {"date-parts": [[r.year, 5]]},
        "score": 42.0,
    }


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


@dataclass
class Services:
    """The catalogue, extra pages, and a log of requests (path, time)."""

    catalog: list[Record] = field(default_factory=make_catalog)
    pages: dict[str, tuple[int, bytes, str]] = field(default_factory=dict)
    requests: list[tuple[str, float]] = field(default_factory=list)
    retry_once: set[str] = field(default_factory=set)  # paths answered 429 once
    slow_titles: set[str] = field(default_factory=set)  # Semantic Scholar stalls on these
    refused_ids: set[str] = field(default_factory=set)  # arXiv answers a batch with an error
    api_keys: list[tuple[str, str | None]] = field(default_factory=list)  # (path, x-api-key)

    def __post_init__(self) -> None:
        self.by_id = {r.arxiv_id: r for r in self.catalog}
        self.by_doi = {r.doi: r for r in self.catalog}
        self.titles = [r.title.lower() for r in self.catalog]

    def closest(self, title: str, limit: int = 1, cutoff: float = 70) -> list[tuple[Record, float]]:
        found = process.extract(
            title.lower().strip("“”."),
            self.titles,
            scorer=fuzz.ratio,
            limit=limit,
            score_cutoff=cutoff,
        )
        return [(self.catalog[i], score) for _, score, i in found]


def trickle_headers(handler: BaseHTTPRequestHandler, pad: int) -> None:
    """Send a status line and headers (PAD bytes of one) one byte at a time, never ending
    them; then hang up."""
    try:
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Pad: " + b"a" * pad:
            handler.wfile.write(bytes([byte]))
            handler.wfile.flush()
            time.sleep(0.05)
    except (BrokenPipeError, ConnectionResetError):
        pass
    handler.close_connection = True


def _handler(services: Services) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once: no 40 ms stalls

        def do_GET(self) -> None:  # one route table for all services
            url = urlparse(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            services.requests.append((self.path, time.monotonic()))
            services.api_keys.append((self.path, self.headers.get("x-api-key")))
            path = url.path
            if path in services.retry_once:
                services.retry_once.discard(path)
                self._send(
                    429,
                    b'{"message": "Too Many Requests"}',
                    "application/json",
                    {"Retry-After": "1"},
                )
                return
            if path in services.pages:
                code, body, ctype = services.pages[path]
                self._send(code, body, ctype)
            elif path == "/arxiv/api/query":
                self._arxiv(query)
            elif path == "/s2/paper/search/match":
                self._s2(query)
            elif path == "/openalex/works":
                title = query.get("filter", "").removeprefix("title.search:")
                rows = [openalex_work(r) for r, _ in services.closest(title, 3)]
                self._json({"meta": {"count": len(rows)}, "results": rows})
            elif path == "/crossref/works":
                rows = [
                    crossref_item(r)
                    for r, _ in services.closest(query.get("query.bibliographic", ""), 3)
                ]
                self._json(
                    {
                        "status": "ok",
                        "message-type": "work-list",
                        "message": {"total-results": len(rows), "items": rows},
                    }
                )
            elif path.startswith("/arxivpdf/"):
                if path.removeprefix("/arxivpdf/") in services.by_id:
                    self._send(200, MINIMAL_PDF, "application/pdf")
                else:
                    self._send(404, b"not found", "text/plain")
            elif path == "/openreviewpdf":
                if query.get("id"):
                    self._send(200, MINIMAL_PDF, "application/pdf")
                else:
                    self._send(400, b"id required", "text/plain")
            elif path == "/slow":
                time.sleep(3)
                self._send(200, b"late", "text/plain")
            elif path == "/trickle":
                trickle_headers(self, 400)
            elif path == "/truncated":
                self.send_response(200)
                self.send_header("Content-Type", "application/pdf")
                self.send_header("Content-Length", "5000")
                self.end_headers()
                self.wfile.write(MINIMAL_PDF[:100])
                self.wfile.flush()
                self.close_connection = True
            elif path == "/always429":
                self._send(429, b"slow down", "text/plain", {"Retry-After": "0"})
            elif path == "/retry-later":
                self._send(503, b"busy", "text/plain", {"Retry-After": "3600"})
            elif path == "/garbage":
                self._send(200, b"\x00\x01{not json <feed", "application/json")
            else:
                self._send(404, b"no route", "text/plain")

        def _arxiv(self, query: dict[str, str]) -> None:
            if "id_list" in query:
                ids = [i.strip() for i in query["id_list"].split(",") if i.strip()]
                if len(ids) > 100:
                    self._send(400, b"too many ids", "text/plain")
                    return
                if services.refused_ids & set(ids):
                    bad = sorted(services.refused_ids & set(ids))[0]
                    error = (
                        '<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
                        "<id>http://arxiv.org/api/errors#incorrect_id_format_for_"
                        f"{bad}</id><title>Error</title><summary>incorrect id format for "
                        f"{bad}</summary></entry></feed>"
                    )
                    self._send(200, error.encode(), "application/atom+xml")
                    return
                found = [services.by_id[i] for i in ids if i in services.by_id]
                self._send(200, atom_feed(found, query["id_list"]), "application/atom+xml")
                return
            words = [
                w.removeprefix("ti:").lower() for w in query.get("search_query", "").split(" AND ")
            ]
            found = [r for r in services.catalog if all(w in r.title.lower() for w in words)]
            self._send(
                200, atom_feed(found[:5], query.get("search_query", "")), "application/atom+xml"
            )

        def _s2(self, query: dict[str, str]) -> None:
            if "fields" not in query:
                self._send(400, b'{"error": "fields required"}', "application/json")
                return
            if query.get("query", "").lower() in services.slow_titles:
                time.sleep(20)
            best = services.closest(query.get("query", ""), 1)
            if not best:
                self._send(404, b'{"error": "Title match not found"}', "application/json")
                return
            record, score = best[0]
            self._json({"data": [s2_row(record, score)]})

        def _json(self, data: Any) -> None:
            self._send(200, json.dumps(data).encode(), "application/json; charset=utf-8")

        def _send(
            self, code: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
        ) -> None:
            try:
                self.send_response(code)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


class QuietServer(ThreadingHTTPServer):
    """A threaded server that does not print a client's hang-up (it would land in the
    captured stderr of the command under test)."""

    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@dataclass
class Running:
    base: str
    services: Services


def env_for(base: str) -> dict[str, str]:
    """Every base URL papercli reads, pointed at the local server; no waiting between calls."""
    return {
        "PAPERCLI_ARXIV_API": f"{base}/arxiv/api/query",
        "PAPERCLI_S2_API": f"{base}/s2",
        "PAPERCLI_OPENALEX_API": f"{base}/openalex",
        "PAPERCLI_CROSSREF_API": f"{base}/crossref",
        "PAPERCLI_OPENREVIEW_API": f"{base}/openreview",
        "PAPERCLI_DOI_API": f"{base}/doi",
        "PAPERCLI_ARXIV_PDF": f"{base}/arxivpdf",
        "PAPERCLI_OPENREVIEW_PDF": f"{base}/openreviewpdf",
        "PAPERCLI_GITHUB_RAW": f"{base}/raw",
        "PAPERCLI_ARXIV_DELAY": "0",
        "PAPERCLI_HTTP_DELAY": "0",
        "PAPERCLI_HTTP_MAX_WAIT": "5",
        "NO_PROXY": "127.0.0.1,localhost",
    }


PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[Running]:
    """A fresh fake-services server for one test, with papercli's base URLs pointing at it."""
    services = Services()
    httpd = QuietServer(("127.0.0.1", 0), _handler(services))
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    for var in PROXY_VARS:
        monkeypatch.delenv(var, raising=False)
    for key, value in env_for(base).items():
        monkeypatch.setenv(key, value)
    try:
        yield Running(base, services)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def refresh_interrupted_while_matching(
    fake: Running, records: list[Record], stuck: Record, digest: Path, *refresh_args: str
) -> tuple[int, str, str]:
    """Import RECORDS from a digest written at DIGEST, run the installed ``papercli refresh
    REFRESH_ARGS`` and send it Ctrl-C while it waits on the (slow) title match of STUCK.

    Returns the exit code, stdout and stderr of the refresh.
    """
    fake.services.slow_titles.add(stuck.title.lower())
    digest.write_text("".join(f"{n}. {r.title}\n" for n, r in enumerate(records, 1)))
    env = dict(os.environ)
    assert (
        subprocess.run(
            [*papercli_executable(), "import", str(digest)],
            env=env,
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    child = interruptible("refresh", *refresh_args, env=env)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(
        "search/match" in p and "query=" in p and stuck.title.split()[0] in p
        for p, _ in fake.services.requests
    ):
        time.sleep(0.05)
    time.sleep(0.2)
    child.send_signal(signal.SIGINT)
    stdout, stderr = child.communicate(timeout=30)
    return child.returncode, stdout, stderr
