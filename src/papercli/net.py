"""HTTP GET for every network feature: one overall deadline, politeness, retries, a disk cache.

- One deadline covers connect + headers + body: a server that trickles bytes cannot hold a
  command for ever (httpx's timeouts are per read, so the request runs in a worker thread
  and the caller waits for it at most DEADLINE seconds).
- One request at a time per host (callers are sequential), at least ``min_interval(host)``
  seconds apart: 3 s for arXiv (``PAPERCLI_ARXIV_DELAY``), ``PAPERCLI_HTTP_DELAY`` elsewhere.
- 429 and 503 are retried after Retry-After (seconds or an HTTP date) or an exponential
  backoff, each wait capped by ``PAPERCLI_HTTP_MAX_WAIT``.
- With a cache folder, 200 answers are kept on disk (``HttpCache``) so a re-run does not
  fetch them again.

httpx is imported inside the functions that use it: start-up time is a feature.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import queue
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from papercli import __version__
from papercli.errors import FetchError

if TYPE_CHECKING:
    import httpx

USER_AGENT = f"papercli/{__version__} (+https://github.com/papercli/papercli)"
MAX_BODY_BYTES = 5 * 1024 * 1024
DEFAULT_DEADLINE = 30.0
RETRY_STATUSES = (429, 503)
MAX_RETRIES = 3
ARXIV_HOSTS = ("export.arxiv.org", "arxiv.org")
CACHE_TTL_SECONDS = 7 * 24 * 3600
CACHE_MAX_ENTRY_BYTES = 2 * 1024 * 1024
CACHED_STATUSES = (200, 404)  # a found record, and "no such paper / no match"


@dataclass
class Response:
    """A finished GET: status, lower-cased headers, the body (possibly cut at the cap)."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str
    from_cache: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").lower()


class HttpError(FetchError):
    """A GET that failed; ``status`` is the HTTP status when there was one."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


def float_env(name: str, default: float) -> float:
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if 0 <= value < 1e6 else default


def deadline_seconds() -> float:
    """The overall time one request may take (``PAPERCLI_HTTP_DEADLINE``, default 30 s)."""
    return float_env("PAPERCLI_HTTP_DEADLINE", DEFAULT_DEADLINE) or DEFAULT_DEADLINE


# Unauthenticated Semantic Scholar allows about one request a second.
HOST_INTERVALS = {"api.semanticscholar.org": 1.0}


def min_interval(host: str) -> float:
    """Seconds between two requests to HOST: arXiv asks for one every 3 s."""
    if host in ARXIV_HOSTS or os.environ.get("PAPERCLI_ARXIV_HOST") == host:
        return float_env("PAPERCLI_ARXIV_DELAY", 3.0)
    return float_env("PAPERCLI_HTTP_DELAY", HOST_INTERVALS.get(host, 0.0))


def max_wait() -> float:
    """The longest a Retry-After or backoff is honoured before giving up."""
    return float_env("PAPERCLI_HTTP_MAX_WAIT", 60.0)


def retry_after(value: str | None, attempt: int) -> float:
    """Seconds to wait before retry ATTEMPT (0-based): Retry-After, else 1, 2, 4 s."""
    backoff = float(2**attempt)
    if not value:
        return backoff
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return backoff
        seconds = when.timestamp() - time.time()
    if seconds != seconds:  # NaN
        return backoff
    return max(0.0, seconds)


class HttpCache:
    """GET answers kept as files in FOLDER, keyed by a hash of the URL and Accept header."""

    def __init__(self, folder: Path, ttl: float = CACHE_TTL_SECONDS) -> None:
        self.folder = folder
        self.ttl = ttl

    def _path(self, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
        return self.folder / digest[:2] / f"{digest[2:]}.json"

    def get(self, key: str) -> Response | None:
        path = self._path(key)
        try:
            if time.time() - path.stat().st_mtime > self.ttl:
                return None
            data = json.loads(path.read_text("utf-8"))
            body = bytes.fromhex(data["body"])
            status = int(data.get("status", 200))
            return Response(status, dict(data["headers"]), body, data["url"], from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def prune(self) -> None:
        """Delete the answers older than the TTL (the cache never grows without bound)."""
        now = time.time()
        try:
            files = list(self.folder.glob("*/*.json"))
        except OSError:
            return
        for path in files:
            with contextlib.suppress(OSError):
                if now - path.stat().st_mtime > self.ttl:
                    path.unlink()

    def put(self, key: str, response: Response) -> None:
        if response.status not in CACHED_STATUSES or len(response.body) > CACHE_MAX_ENTRY_BYTES:
            return
        path = self._path(key)
        record = {
            "status": response.status,
            "url": response.url,
            "headers": {"content-type": response.headers.get("content-type", "")},
            "body": response.body.hex(),
        }
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)  # titles are queries
            path.parent.mkdir(mode=0o700, exist_ok=True)
            tmp.write_text(json.dumps(record), "utf-8")
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):  # a cache that cannot be written is no cache
                tmp.unlink()


@dataclass(frozen=True)
class _Request:
    """One GET as the worker thread makes it: WHAT and SERVICE word its errors; SINK, when
    set, takes the body in chunks; EXTRA headers go with this request only."""

    url: str
    accept: str
    what: str
    service: str
    sink: Any
    extra: Mapping[str, str] | None


@dataclass
class Fetcher:
    """Polite sequential GETs; share one per command so per-host spacing holds (measured
    from the end of one request to the start of the next)."""

    service: str = "the server"
    cache: HttpCache | None = None
    deadline: float = field(default_factory=deadline_seconds)
    max_bytes: int = MAX_BODY_BYTES
    retries: int = MAX_RETRIES
    _last: dict[str, float] = field(default_factory=dict)
    _client: Any = None

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(OSError):
                self._client.close()
            self._client = None

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(
        self,
        url: str,
        params: Mapping[str, str] | None = None,
        accept: str = "*/*",
        *,
        what: str = "",
        service: str | None = None,
        use_cache: bool = True,
        sink: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Response:
        """GET URL (with PARAMS); raises HttpError with a one-line reason when no answer came.

        Statuses are returned, not raised (after the 429/503 retries), so callers can word
        them: 404 is "no such paper". Only a 200 body is read. SINK, when given, receives
        the body in chunks instead of the response keeping it (for PDFs). HEADERS go with
        this request only (an API key must not reach other hosts).
        """
        service = service or self.service
        full = url + ("?" + urlencode(dict(params)) if params else "")
        what = what or full
        parts = urlsplit(full)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise HttpError(f"could not fetch {what}: only http(s) addresses can be fetched")
        key = f"{accept}\n{full}"
        if self.cache is not None and use_cache and sink is None:
            cached = self.cache.get(key)
            if cached is not None:
                return cached
        host = parts.hostname
        for attempt in range(self.retries + 1):
            self._wait_turn(host)
            try:
                response = self._get_once(_Request(full, accept, what, service, sink, headers))
            finally:  # spacing counts from the end of a request: the server sees arrivals
                self._last[host] = time.monotonic()
            if response.status not in RETRY_STATUSES or attempt == self.retries:
                break
            wait = retry_after(response.headers.get("retry-after"), attempt)
            if wait > max_wait():
                break
            time.sleep(wait)
        if self.cache is not None and use_cache and sink is None:
            self.cache.put(key, response)
        return response

    def _wait_turn(self, host: str) -> None:
        gap = min_interval(host)
        last = self._last.get(host)
        if last is not None and gap > 0:
            pause = last + gap - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def _get_once(self, request: _Request) -> Response:
        """One request in a worker thread, waited for at most ``deadline`` seconds."""
        answers: queue.Queue[Response | BaseException] = queue.Queue(maxsize=1)
        cancelled = threading.Event()
        worker = threading.Thread(
            target=self._worker,
            args=(request, answers, cancelled),
            daemon=True,
        )
        worker.start()
        try:
            answer = answers.get(timeout=self.deadline)
        except queue.Empty:
            cancelled.set()
            self._abandon_client()
            raise HttpError(
                f"could not fetch {request.what}: {self._too_slow(request.service)}"
            ) from None
        except KeyboardInterrupt:
            cancelled.set()
            self._abandon_client()
            raise
        if isinstance(answer, BaseException):
            raise answer
        return answer

    def _too_slow(self, service: str) -> str:
        return f"{service} did not answer within {self.deadline:g} s"

    def _abandon_client(self) -> None:
        """Leave a stuck worker its client (it dies with the process); use a fresh one."""
        self._client = None

    def _make_client(self) -> httpx.Client:
        import httpx

        per_read = min(self.deadline, 30.0)
        return httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(per_read),
            follow_redirects=True,
            max_redirects=10,
        )

    def _worker(
        self,
        request: _Request,
        answers: queue.Queue[Response | BaseException],
        cancelled: threading.Event,
    ) -> None:
        import httpx

        what, service, sink = request.what, request.service, request.sink
        if self._client is None:
            self._client = self._make_client()
        client = self._client
        answer: Response | BaseException
        try:
            sent = {**(request.extra or {}), "Accept": request.accept}
            with client.stream("GET", request.url, headers=sent) as response:
                headers = {k.lower(): v for k, v in response.headers.items()}
                status = response.status_code
                chunks: list[bytes] = []
                size = 0
                if status == 200:
                    for chunk in response.iter_bytes():
                        if cancelled.is_set():
                            return
                        size += len(chunk)
                        if size > self.max_bytes:
                            limit = self.max_bytes / (1024 * 1024)
                            raise HttpError(
                                f"could not fetch {what}: {service} sent more than {limit:.3g} MB"
                            )
                        if sink is not None:
                            sink(chunk)
                        else:
                            chunks.append(chunk)
                answer = Response(status, headers, b"".join(chunks), str(response.url))
        except HttpError as exc:
            answer = exc
        except httpx.TimeoutException:
            answer = HttpError(f"could not fetch {what}: {self._too_slow(service)}")
        except httpx.TooManyRedirects:
            answer = HttpError(f"could not fetch {what}: {service} redirected too many times")
        except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as exc:
            answer = HttpError(f"could not fetch {what}: {describe_network_error(exc)}")
        except OSError as exc:  # the sink's disk write
            answer = HttpError(f"could not save {what}: {exc.strerror or exc}")
        except ValueError:  # the sink's file was closed: the caller gave up on this request
            return
        with contextlib.suppress(queue.Full):
            answers.put_nowait(answer)


def status_reason(service: str, code: int) -> str:
    """Why a non-200 status means no answer, worded for users."""
    if code == 429:
        return f"{service} is rate-limiting requests (HTTP 429); try later"
    if code in (401, 403):
        return f"{service} refused access (HTTP {code}); is it public?"
    if code >= 500:
        return f"{service} had a server error (HTTP {code})"
    return f"{service} answered HTTP {code}"


def describe_network_error(exc: BaseException) -> str:
    """A short, human reason for a connection-level failure."""
    text = str(exc).lower()
    if "refused" in text:
        return "connection refused"
    if any(
        s in text
        for s in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo",
            "name resolution",
            "no address associated",
            "non-existent domain",
        )
    ):
        return "could not resolve the host name (are you offline?)"
    if "unreachable" in text:
        return "network is unreachable (are you offline?)"
    if "ssl" in text or "certificate" in text:
        return "TLS/SSL error"
    if "incomplete" in text or "peer closed" in text or "remoteprotocolerror" in text:
        return "the server closed the connection before the answer was complete"
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    detail = first_line[:120] if first_line else type(exc).__name__
    return f"network error: {detail}"


def cache_folder(db: Path) -> Path:
    """The HTTP cache beside the library at DB."""
    real = Path(os.path.realpath(db))
    return real.with_name(real.name + ".http-cache")
