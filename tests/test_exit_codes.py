"""Exit codes and messages for QA pass 2 items 6-10: bytes that are not UTF-8 in filters, an
import URL and untag's tags (exit 2); imports that read nothing (exit 1); --limit's range;
``undo --json``; singular counts."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import Result, no_traceback, one_line_error

NOT_UTF8 = b"\xff".decode("utf-8", "surrogateescape")  # what Python makes of the byte 0xFF

Cli = Callable[..., Result]


class Server:
    """A local HTTP server that answers every GET with 400 and records the paths asked."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        paths = self.paths

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                paths.append(self.path)
                self.send_response(400)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"


@pytest.fixture
def server() -> Iterator[Server]:
    running = Server()
    thread = threading.Thread(target=running.httpd.serve_forever, daemon=True)
    thread.start()
    yield running
    running.httpd.shutdown()
    running.httpd.server_close()


@pytest.fixture
def library(cli: Cli) -> Cli:
    for title, author, venue in [
        ("Attention Is All You Need", "Ashish Vaswani", "NeurIPS"),
        ("Denoising Diffusion Probabilistic Models", "Jonathan Ho", "NeurIPS"),
    ]:
        added = cli("add", title, "--author", author, "--venue", venue, "--tag", "t")
        assert added.exit_code == 0, added
    return cli


def usage_error(result: Result, what: str) -> None:
    assert result.exit_code == 2, result
    assert result.stdout == ""
    no_traceback(result.stderr)
    assert what in result.stderr


# 6. Filter values that are not UTF-8


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--author", NOT_UTF8],
        ["list", "--venue", NOT_UTF8],
        ["list", "--tag", NOT_UTF8],
        ["list", "--topic", NOT_UTF8],
        ["search", "attention", "--author", NOT_UTF8],
        ["search", "attention", "--venue", "Neur" + NOT_UTF8],
        ["export", "--author", NOT_UTF8],
        ["export", "--tag", NOT_UTF8, "--format", "bibtex"],
        ["stats", "--venue", NOT_UTF8],
        ["next", "--tag", NOT_UTF8],
    ],
)
def test_filter_value_not_utf8_is_a_usage_error(library: Cli, args: list[str]) -> None:
    usage_error(library(*args), "a filter value is not valid UTF-8 text")


def test_utf8_filter_values_still_filter(library: Cli) -> None:
    found = library("list", "--author", "Vaswani", "--json")
    assert found.exit_code == 0, found
    assert [p["title"] for p in found.json()] == ["Attention Is All You Need"]


# 7. An import URL that is not UTF-8: refused at once, no request sent


def test_import_url_not_utf8_sends_no_request(cli: Cli, server: Server) -> None:
    result = cli("import", f"{server.base}/files/a{NOT_UTF8}b.html")
    usage_error(result, "the URL is not valid UTF-8 text")
    assert server.paths == []


# 8. Imports that yield nothing


def test_import_every_record_rejected_exits_1(cli: Cli, tmp_path: Path) -> None:
    long_title = tmp_path / "long_title.json"
    long_title.write_text(json.dumps([{"title": "x" * 5000}]))
    result = cli("import", str(long_title))
    assert result.exit_code == 1, result
    assert "rejected 1" in result.stderr
    assert "Error: nothing imported: every record was rejected" in result.stderr
    assert cli("list", "--json").json() == []


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("bad.jsonl", '{"title": "' + "y" * 5000 + '"}\n42\n'),
        ("bad.ris", "TY  - JOUR\nAU  - Someone\nER  - \n"),
    ],
)
def test_import_every_record_rejected_other_formats(
    cli: Cli, tmp_path: Path, name: str, text: str
) -> None:
    path = tmp_path / name
    path.write_text(text)
    result = cli("import", str(path))
    assert result.exit_code == 1, result
    no_traceback(result.stderr)
    assert result.stderr.splitlines()[-1].startswith("Error: nothing imported")


def test_import_dry_run_json_every_record_rejected(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "long.json"
    path.write_text(json.dumps([{"title": "x" * 5000}]))
    result = cli("import", str(path), "--dry-run", "--json")
    assert result.exit_code == 1, result
    assert result.json() == []


def test_partial_import_still_succeeds(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps([{"title": "x" * 5000}, {"title": "A Fine Paper"}]))
    result = cli("import", str(path))
    assert result.exit_code == 0, result
    assert "added 1, duplicates 0, rejected 1" in result.stderr
    # Again: one duplicate and one rejection is not a failure either.
    again = cli("import", str(path))
    assert again.exit_code == 0, again
    assert "added 0, duplicates 1, rejected 1" in again.stderr


def test_empty_json_list_is_still_an_empty_import(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_text("[]")
    for fmt in ("auto", "json", "csl-json"):
        result = cli("import", str(path), "--format", fmt)
        assert result.exit_code == 0, (fmt, result)


@pytest.mark.parametrize("text", ["42\n", "hello world\n", "% only a comment\n"])
def test_bibtex_format_on_a_file_with_no_entry_exits_1(cli: Cli, tmp_path: Path, text: str) -> None:
    path = tmp_path / "num.json"
    path.write_text(text)
    result = cli("import", str(path), "--format", "bibtex")
    assert result.exit_code == 1, result
    assert one_line_error(result.stderr) == "Error: found no BibTeX record in num.json"


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
def test_other_formats_on_a_number_exit_1(cli: Cli, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "num.json"
    path.write_text("42\n")
    result = cli("import", str(path), "--format", fmt)
    assert result.exit_code == 1, result
    no_traceback(result.stderr)


# 9. untag's tags and list's --limit


def test_untag_not_utf8_is_a_usage_error_like_tag(library: Cli) -> None:
    usage_error(library("tag", "1", NOT_UTF8), "a tag is not valid UTF-8 text")
    usage_error(library("untag", "1", NOT_UTF8), "a tag is not valid UTF-8 text")
    assert library("show", "1", "--json").json()["tags"] == ["t"]


@pytest.mark.parametrize("command", [["list"], ["search", "attention"]])
def test_limit_beyond_the_max_is_a_usage_error(library: Cli, command: list[str]) -> None:
    result = library(*command, "--limit", "99999999999999999999")
    assert result.exit_code == 2, result
    assert "--limit" in result.stderr
    within = library(*command, "--limit", "1000000000", "--json")
    assert within.exit_code == 0, within
    assert len(within.json()) >= 1


# 10. undo --json and singular counts


def test_undo_json_prints_the_change_undone(library: Cli) -> None:
    result = library("undo", "--json")
    assert result.exit_code == 0, result
    undone = result.json()
    assert set(undone) == {"undone"}
    assert "Denoising Diffusion Probabilistic Models" in undone["undone"]
    assert [p["id"] for p in library("list", "--json").json()] == [1]
    assert library("redo").exit_code == 0
    line = library("undo", "--format", "jsonl")
    assert json.loads(line.stdout) == undone
    table = library("undo")
    assert table.stdout == ""
    assert table.stderr.startswith("Undid: add #1 Attention Is All You Need")


def test_undo_json_with_nothing_to_undo_exits_1(cli: Cli) -> None:
    result = cli("undo", "--json")
    assert result.exit_code == 1, result
    assert result.stdout == ""
    assert one_line_error(result.stderr).startswith("Error: nothing to undo")


def test_export_of_one_paper_is_singular(library: Cli, tmp_path: Path) -> None:
    out = tmp_path / "one.json"
    result = library("export", "1", "-o", str(out))
    assert result.exit_code == 0, result
    assert f"Wrote 1 paper to {out}" in result.stderr
    both = library("export", "-o", str(out))
    assert f"Wrote 2 papers to {out}" in both.stderr


@pytest.mark.parametrize(
    ("ids", "what"),
    [(["1706.03762"], "1 arXiv record:"), (["1706.03762", "2006.11239"], "2 arXiv records:")],
)
def test_arxiv_batch_failure_counts_records(
    server: Server, monkeypatch: pytest.MonkeyPatch, ids: list[str], what: str
) -> None:
    from papercli.errors import PapercliError
    from papercli.lookup import arxiv_batch
    from papercli.metadata import ARXIV_API_ENV
    from papercli.net import Fetcher

    monkeypatch.setenv(ARXIV_API_ENV, f"{server.base}/api/query")
    with Fetcher("arXiv") as fetcher, pytest.raises(PapercliError) as failure:
        arxiv_batch(fetcher, ids)
    assert f"could not fetch {what}" in failure.value.message
    assert len(server.paths) == 1


def test_export_takes_its_format_from_the_output_file_extension(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "Attention Is All You Need", "--no-fetch").exit_code == 0
    for name, check in (
        ("x.jsonl", lambda text: json.loads(text.splitlines()[0])["id"] == 1),
        ("x.bib", lambda text: text.startswith("@")),
        ("x.csv", lambda text: text.startswith("id,")),
        ("x.json", lambda text: json.loads(text)[0]["id"] == 1),
    ):
        out = tmp_path / name
        result = cli("export", "-o", str(out))
        assert result.exit_code == 0, result
        assert check(out.read_text(encoding="utf-8")), name
    explicit = tmp_path / "y.jsonl"
    assert cli("export", "-o", str(explicit), "--format", "json").exit_code == 0
    assert json.loads(explicit.read_text(encoding="utf-8"))[0]["id"] == 1
