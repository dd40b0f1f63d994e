"""What a new user trips on (issue 9, items 5-17): tables, colours, ellipses, global options,
help, completion, batch options of import, bad values, the note editor, and dates."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result, papercli_executable

Cli = Callable[..., Result]
Installed = Callable[..., "subprocess.CompletedProcess[str]"]

LONG_TITLE = (
    "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale, "
    "Revisited with Many More Words in the Title"
)


@pytest.fixture
def library(cli: Cli) -> None:
    """Three papers, one with a long title and a long summary."""
    for args in (
        [LONG_TITLE, "--venue", "ICLR", "--year", "2021", "--topic", "CV", "--tag", "vit"],
        [
            "Attention Is All You Need",
            "--venue",
            "NeurIPS",
            "--year",
            "2017",
            "--summary",
            "Self-attention alone, without recurrence or convolution, is enough for strong "
            "and fast sequence-to-sequence models.",
            "--tag",
            "transformers",
            "--tag",
            "nlp",
        ],
        ["Deep Residual Learning for Image Recognition", "--year", "2015"],
    ):
        assert cli("add", *args).exit_code == 0


def _terminal_table(papers: list[object], width: int, colour: bool = False) -> str:
    from rich.console import Console

    from papercli import output

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width,
        force_terminal=True,
        color_system="standard" if colour else None,
    )
    original = output._stdout_console
    output._stdout_console = lambda: console  # type: ignore[assignment]
    try:
        output._rich_table(papers, None)  # type: ignore[arg-type]
    finally:
        output._stdout_console = original  # type: ignore[assignment]
    return buffer.getvalue()


# --- 5: tables ---------------------------------------------------------------------------------


def test_a_piped_table_keeps_titles_whole(cli: Cli, library: None) -> None:
    table = cli("list").stdout
    assert LONG_TITLE in table
    assert [line for line in table.splitlines() if "Recognition at Scale" in line]
    assert "\x1b[" not in table
    # The summary is cut to a readable width at a word end, with an ellipsis.
    summary_line = next(line for line in table.splitlines() if "Attention Is All" in line)
    assert summary_line.endswith("…")
    assert "strong and fast sequence-to-sequence models." not in summary_line


@pytest.mark.parametrize("columns", [60, 100, 140, 200])
def test_a_piped_table_fits_columns_when_set(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    title = "Deep Residual Learning for Image Recognition"
    cli("add", title, "--venue", "CVPR", "--year", "2016", "--topic", "Vision")
    cli("edit", "1", "--summary", "Identity shortcuts let networks go deep. " * 4)
    monkeypatch.setenv("COLUMNS", str(columns))
    lines = cli("list").stdout.splitlines()
    assert title in lines[1]
    assert all(len(line) <= columns for line in lines)
    assert lines[0].split()[:2] == ["ID", "Title"]
    if columns >= 140:
        assert "Summary" in lines[0] and "Venue" in lines[0]
    if columns <= 60:
        assert "Summary" not in lines[0]


def test_on_a_terminal_the_title_keeps_priority_over_the_summary() -> None:
    from papercli.model import Paper

    title = "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    papers = [
        Paper(
            id=4,
            title=title,
            venue="arXiv",
            year=2018,
            topics=["Language"],
            summary="Masked language models pre-train deep bidirectional representations. " * 2,
        )
    ]
    wide = _terminal_table(papers, 160)
    assert title in wide  # whole, with the summary beside it
    assert "Summary" in wide and "Masked" in wide
    narrow = _terminal_table(papers, 130)
    assert title in narrow  # the summary gives way, not the title
    assert "Summary" not in narrow


# --- 6: colours and show -----------------------------------------------------------------------


def test_each_status_has_its_own_colour(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NO_COLOR")
    from papercli.model import STATUSES, Paper
    from papercli.output import STATUS_STYLES

    assert sorted(STATUS_STYLES) == sorted(STATUSES)
    assert len(set(STATUS_STYLES.values())) == len(STATUSES)
    codes = {"yellow": "\x1b[33m", "blue": "\x1b[34m", "green": "\x1b[32m"}
    papers = [Paper(id=i, title=f"The {s} one", status=s) for i, s in enumerate(STATUSES, 1)]
    lines = _terminal_table(papers, 80, colour=True).splitlines()
    for status in STATUSES:
        line = next(line for line in lines if f"The {status} one" in line)
        assert codes[STATUS_STYLES[status]] + status in line


def test_show_indents_the_continued_lines_of_notes(cli: Cli, library: None) -> None:
    cli("note", "2", "First line of a note\nits second line")
    cli("note", "2", "Another note")
    lines = cli("show", "2").stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("notes"))
    first = lines[at]
    assert first.index("[") == 16
    assert lines[at + 1] == " " * 16 + "its second line"
    assert lines[at + 2] == ""
    assert lines[at + 3].startswith(" " * 16 + "[")
    assert lines[at + 4].lstrip().startswith("source")


# --- 7: ellipses at word ends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("Deep Residual Learning for Image Recognition", 30, "Deep Residual Learning for…"),
        ("Deep Residual Learning", 40, "Deep Residual Learning"),
        ("Supercalifragilisticexpialidocious words", 12, "Supercalifr…"),
        ("自回归扩散模型自回归扩散模型", 9, "自回归扩…"),
        ("Learning: a survey of things", 12, "Learning…"),
    ],
)
def test_fit_cuts_at_a_word_end_with_an_ellipsis(text: str, width: int, expected: str) -> None:
    from rich.cells import cell_len

    from papercli.output import fit

    assert fit(text, width) == expected
    assert cell_len(fit(text, width)) <= width


def test_stats_and_the_import_report_cut_at_word_ends(cli: Cli, tmp_path: Path) -> None:
    topic = "Generative models and the many ways to sample from them quickly"
    cli("add", "A paper", "--topic", topic)
    stats = cli("stats").stdout
    label = next(line for line in stats.splitlines() if "Generative" in line)
    cut = label.split("…")[0]
    assert "…" in label and topic.startswith(cut.strip())
    assert topic[len(cut.strip())] == " "  # cut where a word ends
    records = [{"title": LONG_TITLE}, {"title": LONG_TITLE}]
    source = tmp_path / "twice.json"
    source.write_text(json.dumps(records), encoding="utf-8")
    report = cli("import", str(source)).stderr
    duplicate = next(line for line in report.splitlines() if "duplicate:" in line)
    shown = duplicate.split("duplicate: ")[1].split("…")[0]
    assert "…" in duplicate and LONG_TITLE.startswith(shown)
    assert LONG_TITLE[len(shown)] == " "


# --- 10: global options on both sides ----------------------------------------------------------


def test_db_is_accepted_after_the_command(cli: Cli, tmp_path: Path, library_path: Path) -> None:
    other = tmp_path / "other.json"
    assert cli("add", "Elsewhere", "--db", str(other)).exit_code == 0
    assert cli("list", f"--db={other}", "--json").json()[0]["title"] == "Elsewhere"
    assert cli("list", "--json").json() == []
    assert not library_path.exists()
    # After "--" it is a word, not an option.
    assert cli("list", "--db", str(other), "--json", "--", "--db").json() == []


def test_global_option_order_helper() -> None:
    from papercli.cli import global_options_first

    assert global_options_first(["list", "--db", "x", "-n", "2"]) == [
        "--db",
        "x",
        "list",
        "-n",
        "2",
    ]
    assert global_options_first(["--db", "x", "list"]) == ["--db", "x", "list"]
    assert global_options_first(["show", "1", "--db=y"]) == ["--db=y", "show", "1"]
    assert global_options_first(["note", "1", "--", "--db", "x"]) == [
        "note",
        "1",
        "--",
        "--db",
        "x",
    ]


def test_db_after_the_command_in_the_installed_program(
    run_installed: Installed, tmp_path: Path
) -> None:
    other = tmp_path / "installed.json"
    assert run_installed("add", "Far away", "--db", str(other)).returncode == 0
    listed = run_installed("ls", "--json", "--db", str(other))
    assert listed.returncode == 0
    assert json.loads(listed.stdout)[0]["title"] == "Far away"


# --- 11: help ----------------------------------------------------------------------------------


def _commands(cli: Cli) -> list[str]:
    text = cli("--help").stdout
    section = text.split("Commands:")[1]
    return [m.group(1) for m in re.finditer(r"^  ([a-z-]+)", section, re.MULTILINE)]


def test_help_names_metavars_and_keeps_summaries_whole(cli: Cli) -> None:
    top = cli("--help").stdout
    assert "--db PATH" in top
    assert "-V, --version" in top
    assert "..." not in top.split("Commands:")[1].replace("COMMAND [ARGS]...", "")
    names = _commands(cli)
    assert {"list", "search", "show", "tag", "untag", "import", "export", "undo", "redo"} <= set(
        names
    )
    for name in names:
        text = cli(name, "--help").stdout
        assert not re.search(r"<[a-z ]+>", text), (name, text)
        assert "{" not in text.split("\n")[0], (name, text)
        assert "[query]" not in text
    assert "REF" in cli("show", "--help").stdout.split("\n")[0]
    assert "--limit N" in cli("list", "--help").stdout
    assert "[WORDS...]" in cli("list", "--help").stdout
    assert "TAG..." in cli("tag", "--help").stdout


def test_version_short_option(cli: Cli, run_installed: Installed) -> None:
    assert cli("-V").stdout.startswith("papercli ")
    assert run_installed("-V").stdout.startswith("papercli ")


def test_ls_and_rm_aliases_and_a_suggestion_on_a_typo(cli: Cli, library: None) -> None:
    assert [p["id"] for p in cli("ls", "--json").json()] == [3, 2, 1]
    assert cli("rm", "3", "--yes").exit_code == 0
    assert [p["id"] for p in cli("ls", "--json").json()] == [2, 1]
    typo = cli("lsit")
    assert typo.exit_code == 2
    assert "Did you mean 'list'" in typo.stderr


# --- 12: completion ----------------------------------------------------------------------------


def _complete(line: str, env: dict[str, str] | None = None) -> list[str]:
    words = line.split(" ")
    result = subprocess.run(
        papercli_executable(),
        env={
            **os.environ,
            **(env or {}),
            "_PAPERCLI_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - 1),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "papercli export --format ",
            ["json", "jsonl", "csv", "bibtex", "markdown", "csl-json", "ris"],
        ),
        ("papercli export --format b", ["bibtex"]),
        (
            "papercli import x.md --format ",
            ["auto", "digest", "bibtex", "json", "jsonl", "csv", "csl-json", "ris"],
        ),
        ("papercli list --sort pr", ["priority"]),
        ("papercli list --format j", ["json", "jsonl"]),
        ("papercli stats --by ", ["week", "month"]),
        ("papercli list --status r", ["reading", "read"]),
    ],
)
def test_completion_offers_fixed_choices(line: str, expected: list[str]) -> None:
    assert _complete(line) == expected


def test_completion_of_topics_and_of_a_papers_own_tags(cli: Cli, library: None) -> None:
    assert _complete("papercli list --topic ") == ["CV"]
    assert sorted(_complete("papercli tag 1 ")) == ["nlp", "transformers", "vit"]
    assert sorted(_complete("papercli untag 2 ")) == ["nlp", "transformers"]
    assert _complete("papercli untag 2 t") == ["transformers"]
    assert _complete("papercli untag 1 ") == ["vit"]


# --- 13, 14: import --------------------------------------------------------------------------


def _digest(tmp_path: Path) -> Path:
    records = [
        {"title": "Attention Is All You Need", "year": 2017},
        {"title": "Deep Residual Learning for Image Recognition", "year": 2015},
        {"title": "Denoising Diffusion Probabilistic Models", "year": 2020},
    ]
    path = tmp_path / "batch.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "option", ["--title", "--author", "--summary", "--abstract", "--url", "--note"]
)
def test_import_refuses_options_that_make_no_sense_for_a_batch(
    cli: Cli, tmp_path: Path, option: str
) -> None:
    result = cli("import", str(_digest(tmp_path)), option, "x")
    assert result.exit_code == 2
    assert "No such option" in result.stderr
    assert cli("list", "--json").json() == []


def test_import_applies_batch_options(cli: Cli, tmp_path: Path) -> None:
    result = cli(
        "import",
        str(_digest(tmp_path)),
        "--tag",
        "w48",
        "--topic",
        "Classics",
        "--status",
        "reading",
        "--venue",
        "Digest",
        "--year",
        "2026",
        "--priority",
        "3",
    )
    assert result.exit_code == 0, result
    papers = cli("list", "--json").json()
    assert len(papers) == 3
    for paper in papers:
        assert paper["tags"] == ["w48"] and paper["topics"] == ["Classics"]
        assert (paper["status"], paper["venue"], paper["year"], paper["priority"]) == (
            "reading",
            "Digest",
            2026,
            3,
        )


def test_reimport_gives_duplicates_the_batch_tags_in_one_undo_step(
    cli: Cli, tmp_path: Path, library: None
) -> None:
    before = {p["id"]: p["tags"] for p in cli("list", "--json").json()}
    result = cli("import", str(_digest(tmp_path)), "--tag", "week-48", "--tag", "nlp")
    assert result.exit_code == 0
    assert "added 1, duplicates 2" in result.stderr
    assert "(already #2; tagged week-48)" in result.stderr  # #2 had nlp already
    assert "(already #3; tagged week-48, nlp)" in result.stderr
    assert "2 papers already there got the batch's tags" in result.stderr
    after = {p["id"]: p["tags"] for p in cli("list", "--json").json()}
    assert after[2] == ["transformers", "nlp", "week-48"]
    assert after[3] == ["week-48", "nlp"]
    assert after[1] == before[1]
    assert after[4] == ["week-48", "nlp"]
    # Importing again changes nothing and says nothing about tags.
    again = cli("import", str(_digest(tmp_path)), "--tag", "week-48")
    assert "already there got" not in again.stderr
    assert "tagged" not in again.stderr
    cli("undo")  # the second import changed nothing, so this reverts the first one
    assert {p["id"]: p["tags"] for p in cli("list", "--json").json()} == before


def test_a_dry_run_reimport_changes_no_tags(cli: Cli, tmp_path: Path, library: None) -> None:
    before = cli("list", "--json").json()
    result = cli("import", str(_digest(tmp_path)), "--tag", "w", "--dry-run")
    assert "would get the batch's tags" in result.stderr
    assert cli("list", "--json").json() == before


# --- 15: bad values ----------------------------------------------------------------------------


def test_empty_tags_and_empty_searches_are_usage_errors(cli: Cli, library: None) -> None:
    before = cli("list", "--json").json()
    for args in (
        ["tag", "1", ""],
        ["tag", "1", "ok", "  "],
        ["untag", "1", ""],
        ["add", "Another", "--tag", ""],
        ["search", ""],
        ["search", " ", " "],
    ):
        result = cli(*args)
        assert result.exit_code == 2, (args, result)
    assert cli("list", "--json").json() == before


def test_untag_of_a_tag_the_paper_lacks(cli: Cli, library: None) -> None:
    result = cli("untag", "2", "nonexistent")
    assert result.exit_code == 1
    assert "Error: #2 had no tag 'nonexistent'; nothing was changed" in result.stderr
    assert cli("show", "2", "--json").json()["tags"] == ["transformers", "nlp"]
    mixed = cli("untag", "2", "nlp", "nonexistent")
    assert mixed.exit_code == 1
    assert "tags: transformers" in mixed.stderr
    assert "#2 had no tag 'nonexistent'" in mixed.stderr
    assert cli("show", "2", "--json").json()["tags"] == ["transformers"]


@pytest.mark.parametrize("ref", ["-1", "0", "-12", "+0"])
def test_an_impossible_id_is_a_usage_error_not_a_fuzzy_match(
    cli: Cli, library: None, ref: str
) -> None:
    cli("add", "Minus -1 considered harmful")
    cli("mark-read", "1")
    before = cli("list", "--json").json()
    for command in ("mark-unread", "show", "tag"):
        args = [command, "--", ref] + (["x"] if command == "tag" else [])
        result = cli(*args)
        assert result.exit_code == 2, (args, result)
        assert "is not a paper id" in result.stderr
    assert cli("list", "--json").json() == before


def test_declining_remove_is_a_plain_message(library_path: Path, cli: Cli) -> None:
    cli("add", "Keep me")
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [*papercli_executable(), "remove", "1"],
            stdin=follower,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PAPERCLI_DB": str(library_path)},
        )
        os.write(leader, b"n\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert process.returncode == 1
    assert b"Nothing was removed." in err
    assert b"Error" not in err
    assert out == b""
    assert len(cli("list", "--json").json()) == 1


# --- 17: dates ---------------------------------------------------------------------------------


NOW = "2026-11-23T09:00:00+00:00"


def test_mark_read_with_a_date(cli: Cli, library: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_NOW", NOW)
    marked = cli("mark-read", "1", "--date", "2026-11-02", "--json").json()
    assert marked[0]["read_at"] == "2026-11-02T00:00:00+00:00"
    assert cli("mark-read", "2", "--date", "3d", "--json").json()[0]["read_at"] == (
        "2026-11-20T09:00:00+00:00"
    )
    changed = cli("mark-read", "1", "--date", "2026-11-05T21:30:00+01:00", "--json").json()
    assert changed[0]["read_at"] == "2026-11-05T20:30:00+00:00"
    assert cli("mark-read", "3", "--date", "2026-12-01").exit_code == 2
    assert cli("mark-read", "3", "--date", "last tuesday").exit_code == 2
    assert cli("show", "3", "--json").json()["status"] == "unread"


def test_added_since_and_read_since(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_NOW", "2026-10-01T12:00:00+00:00")
    cli("add", "Old paper")
    monkeypatch.setenv("PAPERCLI_NOW", "2026-11-20T12:00:00+00:00")
    cli("add", "New paper")
    cli("mark-read", "1", "--date", "2026-10-15")
    cli("mark-read", "2")
    monkeypatch.setenv("PAPERCLI_NOW", NOW)

    def ids(*args: str) -> list[int]:
        result = cli(*args, "--format", "ids")
        assert result.exit_code == 0, result
        return [int(line) for line in result.stdout.split()]

    assert ids("list", "--added-since", "7d") == [2]
    assert ids("list", "--added-since", "2026-10-01") == [2, 1]
    assert ids("list", "--added-since", "2w") == [2]
    assert ids("list", "--read-since", "4w") == [2]
    assert ids("list", "--read-since", "8w") == [2, 1]
    assert ids("search", "paper", "--read-since", "2026-11-01") == [2]
    assert cli("stats", "--read-since", "4w", "--json").json()["total"] == 1
    exported = cli("export", "--added-since", "7d", "--format", "jsonl").stdout
    assert [json.loads(line)["id"] for line in exported.splitlines()] == [2]
    cli("mark-unread", "2")
    assert ids("next", "--added-since", "7d") == [2]
    assert cli("list", "--read-since", "soon").exit_code == 2


def test_stats_by_month_uses_read_at(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAPERCLI_NOW", NOW)
    for title, when in (("One", "2026-09-10"), ("Two", "2026-11-02"), ("Three", "2026-11-20")):
        cli("add", title)
        cli("mark-read", title, "--date", when)
    cli("add", "Unread one")
    data = cli("stats", "--json").json()
    months = data["read_per_month"]
    assert len(months) == 12
    assert list(months)[-1] == "2026-11"
    assert next(iter(months)) == "2025-12"
    assert months["2026-11"] == 2 and months["2026-09"] == 1 and months["2026-10"] == 0
    table = cli("stats", "--by", "month").stdout
    assert "Read per month" in table and "Read per week" not in table
    assert cli("stats", "--by", "year").exit_code == 2
