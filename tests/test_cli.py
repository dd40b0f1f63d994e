"""The commands as a user runs them: exit codes, JSON on stdout, messages on stderr."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

Cli = Callable[..., Result]


@pytest.fixture
def small_library(cli: Cli) -> None:
    """Four papers, as a user would add them."""
    for args in (
        [
            "Autoregressive Diffusion Models",
            "--venue",
            "ICLR",
            "--year",
            "2022",
            "--topic",
            "ML",
            "--tag",
            "diffusion",
            "--url",
            "https://openreview.net/forum?id=Lm8T39vLDTE",
        ],
        [
            "Poisoning and Backdooring Contrastive Learning",
            "--author",
            "Nicholas Carlini",
            "--author",
            "Andreas Terzis",
            "--venue",
            "ICLR",
            "--year",
            "2022",
            "--summary",
            "Poisoning 0.01% of an image-text dataset plants a backdoor.",
        ],
        [
            "Bootstrapped Meta-Learning",
            "--venue",
            "ICLR",
            "--year",
            "2022",
            "--topic",
            "RL",
            "--author",
            "Sebastian Flennerhag",
            "--priority",
            "2",
        ],
        [
            "Denoising Diffusion Probabilistic Models",
            "--venue",
            "NeurIPS",
            "--year",
            "2020",
            "--tag",
            "diffusion",
            "--topic",
            "CV",
        ],
    ):
        assert cli("add", *args).exit_code == 0
    assert cli("edit", "1", "--abstract", "x").exit_code == 0
    # An OpenReview id recorded for REF tests.
    assert cli("edit", "1", "--abstract", "An abstract.").exit_code == 0


def ids(result: Result) -> list[int]:
    return [p["id"] for p in result.json()]


def test_add_prints_message_and_json(cli: Cli) -> None:
    result = cli("add", "Perceiver IO", "--author", "Andrew Jaegle", "--year", "2022", "--json")
    assert result.exit_code == 0, result
    paper = result.json()
    assert paper["id"] == 1
    assert paper["title"] == "Perceiver IO"
    assert paper["authors"] == ["Andrew Jaegle"]
    assert paper["status"] == "unread"
    assert paper["added_at"].endswith("+00:00")
    assert paper["source"] == "manual"
    assert "Added #1" in result.stderr


def test_every_contract_key_is_present(cli: Cli) -> None:
    cli("add", "A Paper")
    paper = cli("list", "--json").json()[0]
    assert set(paper) >= {
        "id",
        "title",
        "alt_titles",
        "authors",
        "venue",
        "year",
        "topics",
        "summary",
        "abstract",
        "url",
        "pdf_url",
        "code_url",
        "arxiv_id",
        "openreview_id",
        "doi",
        "tags",
        "status",
        "priority",
        "added_at",
        "read_at",
        "notes",
        "source",
    }


def test_add_refuses_duplicate_naming_existing(cli: Cli) -> None:
    cli("add", "Attention Is All You Need")
    result = cli("add", "attention is all you need.")
    assert result.exit_code == 1
    assert "already in the library as #1" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(cli("list", "--json").json()) == 1
    assert cli("add", "attention is all you need.", "--allow-duplicate").exit_code == 0
    assert len(cli("list", "--json").json()) == 2


def test_add_identifier_without_fetch(cli: Cli) -> None:
    result = cli(
        "add",
        "https://arxiv.org/abs/2302.08811v2",
        "--no-fetch",
        "--json",
        "--title",
        "Some arXiv paper",
    )
    assert result.exit_code == 0, result
    paper = result.json()
    assert paper["arxiv_id"] == "2302.08811"
    assert paper["url"] == "https://arxiv.org/abs/2302.08811"
    dup = cli("add", "arXiv:2302.08811", "--no-fetch")
    assert dup.exit_code == 1
    assert "#1" in dup.stderr


def test_list_filters_and_sort(cli: Cli, small_library: None) -> None:
    assert ids(cli("list", "--json")) == [4, 3, 2, 1]
    assert ids(cli("list", "--json", "--venue", "iclr")) == [3, 2, 1]
    assert ids(cli("list", "--json", "--year", "2021..2022", "--tag", "diffusion")) == [1]
    assert ids(cli("list", "--json", "--year", "..2020")) == [4]
    assert ids(cli("list", "--json", "--topic", "rl")) == [3]
    assert ids(cli("list", "--json", "--author", "carlini")) == [2]
    assert ids(cli("list", "--json", "diffusion")) == [4, 1]
    assert ids(cli("list", "--json", "--sort", "title")) == [1, 3, 4, 2]
    assert ids(cli("list", "--json", "--sort", "id", "--reverse")) == [4, 3, 2, 1]
    assert ids(cli("list", "--json", "--limit", "2")) == [4, 3]
    cli("mark-read", "2")
    assert ids(cli("list", "--json", "--status", "read")) == [2]
    assert ids(cli("list", "--json", "--status", "unread", "--status", "reading")) == [4, 3, 1]


def test_list_empty_json_is_empty_array(cli: Cli, library_path: Path) -> None:
    result = cli("list", "--json")
    assert result.exit_code == 0
    assert result.json() == []
    assert not library_path.exists()


def test_list_formats(cli: Cli, small_library: None) -> None:
    lines = cli("list", "--format", "jsonl").stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == [4, 3, 2, 1]
    assert cli("list", "--format", "ids").stdout == "4\n3\n2\n1\n"
    rows = list(csv.DictReader(io.StringIO(cli("list", "--format", "csv").stdout)))
    assert rows[2]["title"] == "Poisoning and Backdooring Contrastive Learning"
    assert rows[2]["authors"] == "Nicholas Carlini; Andreas Terzis"
    table = cli("list").stdout
    assert "\x1b[" not in table
    assert "Bootstrapped Meta-Learning" in table
    assert "ICLR 2022" in table


def test_bad_usage_exits_2(cli: Cli) -> None:
    assert cli("list", "--format", "xml").exit_code == 2
    assert cli("list", "--status", "done").exit_code == 2
    assert cli("list", "--year", "twenty").exit_code == 2
    assert cli("list", "--bogus").exit_code == 2
    result = cli("list", "--sort", "colour")
    assert result.exit_code == 2
    assert "Error: cannot sort by 'colour'" in result.stderr


def test_search_ranks_fuzzy_with_score(cli: Cli, small_library: None) -> None:
    result = cli("search", "bootstraped meta learning", "--json")
    assert result.exit_code == 0
    hits = result.json()
    assert hits[0]["id"] == 3
    assert 0 <= hits[0]["score"] <= 100
    assert hits[0]["score"] >= 85
    assert cli("search", "carlini", "--json").json()[0]["id"] == 2
    assert cli("search", "zzzzqqq", "--json").json() == []


def test_search_cjk_query_finds_alt_title(cli: Cli) -> None:
    cli("add", "Autoregressive Diffusion Models")
    cli("add", "Perceiver IO")
    cli("edit", "1", "--title", "Autoregressive Diffusion Models")
    from papercli.core import edit_paper

    edit_paper(
        Path(__import__("os").environ["PAPERCLI_DB"]), "1", {"alt_titles": ["自回归扩散模型"]}
    )
    hits = cli("search", "扩散模型", "--json").json()
    assert [h["id"] for h in hits] == [1]
    assert cli("show", "自回归扩散", "--json").json()["id"] == 1


def test_show_by_every_kind_of_ref(cli: Cli) -> None:
    cli(
        "add",
        "Perceiver IO: A General Architecture for Structured Inputs & Outputs",
        "--url",
        "https://openreview.net/forum?id=fILj7WpI-g",
    )
    cli("add", "https://arxiv.org/abs/2107.14795", "--no-fetch", "--title", "Perceiver IO (arXiv)")
    cli("add", "doi:10.1000/XYZ123", "--no-fetch", "--title", "A DOI paper")
    from papercli.core import edit_paper

    edit_paper(Path(__import__("os").environ["PAPERCLI_DB"]), "1", {"openreview_id": "fILj7WpI-g"})
    assert cli("show", "1", "--json").json()["id"] == 1
    assert cli("show", "fILj7WpI-g", "--json").json()["id"] == 1
    assert cli("show", "https://openreview.net/pdf?id=fILj7WpI-g", "--json").json()["id"] == 1
    assert cli("show", "https://arxiv.org/pdf/2107.14795v3", "--json").json()["id"] == 2
    assert cli("show", "arXiv:2107.14795", "--json").json()["id"] == 2
    assert cli("show", "https://doi.org/10.1000/xyz123", "--json").json()["id"] == 3
    assert cli("show", "general architecture structured inputs", "--json").json()["id"] == 1
    assert cli("show", "Perciever IO general architecure", "--json").json()["id"] == 1


def test_ambiguous_ref_changes_nothing(cli: Cli, small_library: None, library_path: Path) -> None:
    before = library_path.read_bytes()
    result = cli("tag", "diffusion models", "mine")
    assert result.exit_code == 1
    assert "does not name one paper clearly" in result.stderr
    assert "Autoregressive Diffusion Models" in result.stderr
    assert "Denoising Diffusion Probabilistic Models" in result.stderr
    assert library_path.read_bytes() == before


def test_unknown_ref(cli: Cli, small_library: None) -> None:
    result = cli("mark-read", "42")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: no paper with id 42"
    result = cli("show", "quantum chromodynamics lattice")
    assert result.exit_code == 1
    assert "no paper matches" in result.stderr


def test_tag_untag_and_tags(cli: Cli, small_library: None) -> None:
    result = cli("tag", "bootstrapped meta", "meta", "rl", "--json")
    assert result.exit_code == 0
    assert result.json()["tags"] == ["meta", "rl"]
    assert cli("untag", "3", "rl", "--json").json()["tags"] == ["meta"]
    counts = cli("tags", "--json").json()
    assert counts == [{"tag": "diffusion", "count": 2}, {"tag": "meta", "count": 1}]


def test_status_changes_set_and_clear_read_at(cli: Cli, small_library: None) -> None:
    read = cli("mark-read", "1", "2", "--json").json()
    assert [p["status"] for p in read] == ["read", "read"]
    assert all(p["read_at"] for p in read)
    reading = cli("mark-reading", "1", "--json").json()[0]
    assert reading["status"] == "reading"
    assert reading["read_at"] is None
    assert cli("mark-unread", "2", "--json").json()[0]["read_at"] is None


def test_next_queue_order(cli: Cli, small_library: None) -> None:
    cli("mark-reading", "4")
    cli("mark-read", "2")
    assert ids(cli("next", "--json")) == [4, 3, 1]
    assert ids(cli("next", "1", "--json")) == [4]


def test_edit_changes_fields_and_validates(cli: Cli, small_library: None) -> None:
    paper = cli(
        "edit", "3", "--venue", "ICML", "--year", "2021", "--author", "A", "--author", "B", "--json"
    ).json()
    assert (paper["venue"], paper["year"], paper["authors"]) == ("ICML", 2021, ["A", "B"])
    bad = cli("edit", "3", "--year", "99999")
    assert bad.exit_code == 2
    assert "year 99999" in bad.stderr
    assert cli("edit", "3").exit_code == 2
    assert cli("edit", "3", "--title", "   ").exit_code == 2
    assert cli("add", "Another", "--status", "done").exit_code == 2


def test_note_appends_dated_text_and_uses_editor(
    cli: Cli, small_library: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAPERCLI_NOW", "2026-11-20T10:00:00+00:00")
    cli("note", "2", "first thought")
    monkeypatch.setenv("PAPERCLI_NOW", "2026-11-23T10:00:00+00:00")
    assert cli("note", "2", "second thought", "--json").json()["notes"] == (
        "[2026-11-20] first thought\n\n[2026-11-23] second thought"
    )
    editor = tmp_path / "editor.sh"
    editor.write_text('#!/bin/sh\nprintf "from the editor\\n" >> "$1"\n')
    editor.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(editor))
    monkeypatch.delenv("VISUAL", raising=False)
    notes = cli("note", "3", "--json").json()["notes"]
    assert notes == "[2026-11-23] from the editor"
    monkeypatch.delenv("EDITOR")
    # No $VISUAL or $EDITOR: like git, the first of editor, vi, nano on PATH.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fallback = bin_dir / "vi"
    fallback.write_text('#!/bin/sh\nprintf "from vi\\n" >> "$1"\n')
    fallback.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    assert cli("note", "4", "--json").json()["notes"] == "[2026-11-23] from vi"
    monkeypatch.setenv("PATH", str(tmp_path / "nothing-here"))
    result = cli("note", "3")
    assert result.exit_code == 1
    assert "EDITOR" in result.stderr


def test_remove_needs_yes_without_terminal(cli: Cli, small_library: None) -> None:
    result = cli("remove", "1")
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    assert len(cli("list", "--json").json()) == 4
    assert cli("remove", "1", "2", "--yes").exit_code == 0
    assert ids(cli("list", "--json")) == [4, 3]
    new = cli("add", "A new paper", "--json").json()
    assert new["id"] == 5


def test_open_uses_browser(
    cli: Cli, small_library: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = tmp_path / "seen.txt"
    browser = tmp_path / "browser.sh"
    browser.write_text(f'#!/bin/sh\necho "$1" > {seen}\n')
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    assert cli("open", "1").exit_code == 0
    assert seen.read_text().strip() == "https://openreview.net/forum?id=Lm8T39vLDTE"
    assert cli("open", "1", "--print").stdout.strip() == (
        "https://openreview.net/forum?id=Lm8T39vLDTE"
    )
    missing = cli("open", "3")
    assert missing.exit_code == 1
    assert "has no URL" in missing.stderr


def test_stats(cli: Cli, small_library: None) -> None:
    cli("mark-read", "1")
    data = cli("stats", "--json").json()
    assert data["total"] == 4
    assert data["by_status"] == {"unread": 3, "reading": 0, "read": 1}
    assert data["by_venue"] == {"ICLR": 3, "NeurIPS": 1}
    assert len(data["read_per_week"]) == 12
    assert list(data["read_per_week"].values())[-1] == 1
    table = cli("stats").stdout
    assert "█" in table
    assert "Read per week" in table


def test_undo_names_what_it_undid(cli: Cli, small_library: None) -> None:
    cli("tag", "1", "later")
    result = cli("undo")
    assert result.exit_code == 0
    assert "tag #1 later" in result.stderr
    assert cli("show", "1", "--json").json()["tags"] == ["diffusion"]


def test_version_and_help(cli: Cli) -> None:
    assert cli("--version").stdout.strip().startswith("papercli ")
    help_text = cli("--help").stdout
    for command in (
        "add",
        "list",
        "search",
        "show",
        "tag",
        "untag",
        "tags",
        "mark-read",
        "mark-reading",
        "mark-unread",
        "edit",
        "note",
        "remove",
        "open",
        "next",
        "stats",
        "import",
        "export",
        "undo",
        "restore",
    ):
        assert command in help_text


def test_db_option_overrides_environment(cli: Cli, tmp_path: Path, library_path: Path) -> None:
    other = tmp_path / "other.json"
    assert cli("--db", str(other), "add", "Elsewhere").exit_code == 0
    assert other.exists()
    assert not library_path.exists()
    assert cli("--db", str(other), "list", "--json").json()[0]["title"] == "Elsewhere"


def test_corrupt_library_is_reported_and_kept(cli: Cli, library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_text('{"papers": {"1": {"title": "x"')
    result = cli("add", "New")
    assert result.exit_code == 1
    assert str(library_path) in result.stderr
    assert "not valid JSON" in result.stderr
    assert "restore" in result.stderr
    assert library_path.read_text() == '{"papers": {"1": {"title": "x"'


def test_malformed_urls_are_not_tracebacks(cli: Cli, small_library: None) -> None:
    shown = cli("show", "http://[x")
    assert shown.exit_code == 1
    assert "Traceback" not in shown.stderr
    imported = cli("import", "-", "--format", "json", input='[{"title": "T", "url": "http://[x"}]')
    assert imported.exit_code == 0
    assert "added 1" in imported.stderr


def test_bad_lock_timeout_setting(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_LOCK_TIMEOUT", "soon")
    result = cli("add", "A paper")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Error: PAPERCLI_LOCK_TIMEOUT='soon' is not a number of seconds (e.g. 10)"
    )


def test_import_keeps_read_at_of_read_papers(cli: Cli) -> None:
    records = [
        {"title": "Read long ago", "status": "read", "read_at": "2020-01-02T03:04:05+00:00"},
        {"title": "Read, date unknown", "status": "read"},
        {"title": "Not read", "status": "unread", "read_at": "2020-01-02T03:04:05+00:00"},
    ]
    assert cli("import", "-", "--format", "json", input=json.dumps(records)).exit_code == 0
    papers = {p["title"]: p for p in cli("list", "--json").json()}
    assert papers["Read long ago"]["read_at"] == "2020-01-02T03:04:05+00:00"
    assert papers["Read, date unknown"]["read_at"] is not None
    assert papers["Not read"]["read_at"] is None


def test_restore_never_hands_out_an_id_twice(cli: Cli) -> None:
    for title in ("One", "Two", "Three"):
        cli("add", title)
    cli("remove", "3", "--yes")
    assert cli("restore", "3").exit_code == 0  # the library as it was with one paper
    assert cli("add", "Four", "--json").json()["id"] == 4


def test_edit_without_a_change_writes_nothing(
    cli: Cli, small_library: None, library_path: Path
) -> None:
    before = library_path.read_bytes()
    assert cli("edit", "3", "--venue", "ICLR").exit_code == 0
    assert library_path.read_bytes() == before


def test_several_query_words_and_filters_on_next_and_stats(cli: Cli, small_library: None) -> None:
    assert ids(cli("list", "diffusion", "models", "--json")) == [4, 1]
    assert cli("search", "bootstrapped", "meta", "--json").json()[0]["id"] == 3
    assert ids(cli("next", "--venue", "NeurIPS", "--json")) == [4]
    assert cli("stats", "--venue", "ICLR", "--json").json()["total"] == 3
    assert cli("stats", "--format", "csv").exit_code == 2


def test_add_prints_the_new_paper_on_stdout(cli: Cli) -> None:
    result = cli("add", "Perceiver IO", "--year", "2022")
    assert result.exit_code == 0
    assert "Perceiver IO" in result.stdout
    assert "2022" in result.stdout


@pytest.mark.parametrize("width", [40, 60, 80, 100, 140, 220])
def test_terminal_table_keeps_ids_and_fits(width: int) -> None:
    from rich.cells import cell_len
    from rich.console import Console

    from papercli import output
    from papercli.model import Paper

    papers = [
        Paper(
            id=10234,
            title="自回归扩散模型 An Image is Worth 16x16 Words " * 2,
            venue="ICLR",
            year=2022,
            topics=["Deep Learning->Generative Models"],
            summary="Long. " * 40,
        ),
        Paper(id=7, title="Short", status="reading"),
    ]
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=True, color_system=None)
    original = output._stdout_console
    output._stdout_console = lambda: console  # type: ignore[assignment]
    try:
        output._rich_table(papers, [91.0, 55.0])
    finally:
        output._stdout_console = original  # type: ignore[assignment]
    lines = [line for line in buffer.getvalue().splitlines() if line.strip()]
    assert lines[0].split()[:3] == ["ID", "Score", "Title"]
    assert "Status" in lines[0]
    assert any(line.lstrip().startswith("10234") for line in lines)
    assert all(cell_len(line) <= width for line in lines)


def test_titles_that_differ_by_a_number_are_different_papers(cli: Cli) -> None:
    assert cli("add", "Proximal Policy Optimization Algorithms").exit_code == 0
    assert cli("add", "Proximal Policy Optimization Algorithms II").exit_code == 0
    assert cli("add", "Language Models are Few-Shot Learners 3").exit_code == 0
    assert cli("add", "Language Models are Few-Shot Learners 4").exit_code == 0
    assert cli("add", "Proximal Policy Optimisation Algorithms").exit_code == 1


def test_empty_input_and_a_digest_without_papers_are_errors(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = cli("import", str(empty))
    assert result.exit_code == 1
    assert "empty.txt is empty" in result.stderr
    prose = tmp_path / "notes.txt"
    prose.write_text("Just a shopping list.\nMilk and bread.\n", encoding="utf-8")
    result = cli("import", str(prose))
    assert result.exit_code == 1
    assert "found no papers in notes.txt" in result.stderr
    assert cli("import", "-", "--format", "json", input="[]").exit_code == 0


def test_add_with_an_identifier_url_records_the_identifier(cli: Cli) -> None:
    paper = cli("add", "Some paper", "--url", "https://arxiv.org/abs/2101.00001v2", "--json").json()
    assert paper["arxiv_id"] == "2101.00001"
    assert cli("show", "2101.00001", "--json").json()["id"] == paper["id"]
    doi = cli("add", "Other paper", "--url", "https://doi.org/10.1145/ABC.123", "--json").json()
    assert doi["doi"] == "10.1145/abc.123"


def test_add_of_a_known_identifier_is_refused_before_any_fetch(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli("add", "1706.03762", "--no-fetch", "--title", "Attention Is All You Need")
    monkeypatch.setenv("PAPERCLI_ARXIV_API", "http://127.0.0.1:9/unreachable")
    result = cli("add", "https://arxiv.org/abs/1706.03762v7")
    assert result.exit_code == 1
    assert "already in the library as #1" in result.stderr
