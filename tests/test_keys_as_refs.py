"""A citation key is a REF in every command, and an exact key wins over title words; keys that
are numbers are refused; ``alt_keys`` survive papercli's own export and import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result, no_traceback

Cli = Callable[..., Result]

UNREACHABLE = "http://127.0.0.1:9/closed"  # the discard port: nothing listens, refused at once
NETWORK_VARIABLES = (
    "PAPERCLI_ARXIV_API",
    "PAPERCLI_S2_API",
    "PAPERCLI_OPENALEX_API",
    "PAPERCLI_CROSSREF_API",
    "PAPERCLI_OPENREVIEW_API",
    "PAPERCLI_DOI_API",
    "PAPERCLI_ARXIV_PDF",
    "PAPERCLI_OPENREVIEW_PDF",
)


def add(cli: Cli, *args: str) -> dict[str, object]:
    result = cli("add", *args, "--no-fetch", "--json")
    assert result.exit_code == 0, result
    data: dict[str, object] = result.json()
    return data


def paper(cli: Cli, paper_id: int) -> dict[str, object]:
    result = cli("show", str(paper_id), "--json")
    assert result.exit_code == 0, result
    data: dict[str, object] = result.json()
    return data


@pytest.fixture
def two_papers(cli: Cli) -> None:
    """#1 Attention (key vaswani2017attention); #2 a paper whose title holds "diffusion" and
    "attention"."""
    first = add(
        cli,
        "Attention Is All You Need",
        "--author",
        "Ashish Vaswani",
        "--year",
        "2017",
        "--url",
        "https://arxiv.org/abs/1706.03762",
    )
    assert first["key"] == "vaswani2017attention"
    add(
        cli,
        "Denoising Diffusion Probabilistic Models with Attention",
        "--author",
        "Jonathan Ho",
        "--year",
        "2020",
    )


# ---------------------------------------------------------------------------------------------
# An exact key wins over title words, in every command


@pytest.mark.usefixtures("two_papers")
def test_a_key_that_is_a_title_word_names_its_paper_in_every_command(cli: Cli) -> None:
    assert cli("edit", "1", "--key", "diffusion").exit_code == 0
    assert cli("mark-read", "diffusion").exit_code == 0
    assert cli("tag", "diffusion", "k").exit_code == 0
    assert cli("note", "diffusion", "key, not title").exit_code == 0
    assert cli("edit", "diffusion", "--priority", "3").exit_code == 0
    first, second = paper(cli, 1), paper(cli, 2)
    assert (first["status"], first["tags"], first["priority"]) == ("read", ["k"], 3)
    assert str(first["notes"]).endswith("key, not title")
    assert (second["status"], second["tags"], second["priority"], second["notes"]) == (
        "unread",
        [],
        0,
        "",
    )
    assert cli("show", "diffusion", "--json").json()["id"] == 1
    assert cli("untag", "diffusion", "k").exit_code == 0
    assert paper(cli, 1)["tags"] == []
    # Title words that are not a key still find the paper by its title.
    assert cli("show", "denoising diffusion", "--json").json()["id"] == 2


@pytest.mark.usefixtures("two_papers")
def test_a_key_matches_whatever_its_case(cli: Cli) -> None:
    assert cli("mark-reading", "Vaswani2017Attention").exit_code == 0
    assert paper(cli, 1)["status"] == "reading"


@pytest.mark.usefixtures("two_papers")
@pytest.mark.parametrize(
    ("args", "check"),
    [
        (["tag", "vaswani2017attention", "seen"], lambda p: p["tags"] == ["seen"]),
        (["mark-read", "vaswani2017attention"], lambda p: p["status"] == "read"),
        (["mark-reading", "vaswani2017attention"], lambda p: p["status"] == "reading"),
        (["edit", "vaswani2017attention", "--priority", "2"], lambda p: p["priority"] == 2),
        (["note", "vaswani2017attention", "by key"], lambda p: "by key" in p["notes"]),
    ],
    ids=["tag", "mark-read", "mark-reading", "edit", "note"],
)
def test_every_changing_command_takes_a_key(
    cli: Cli, args: list[str], check: Callable[[dict[str, object]], bool]
) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result
    assert check(paper(cli, 1))
    assert paper(cli, 2)["status"] == "unread"


@pytest.mark.usefixtures("two_papers")
def test_untag_and_mark_unread_take_a_key(cli: Cli) -> None:
    cli("tag", "1", "seen")
    cli("mark-read", "1")
    assert cli("untag", "vaswani2017attention", "seen").exit_code == 0
    assert cli("mark-unread", "vaswani2017attention").exit_code == 0
    assert (paper(cli, 1)["tags"], paper(cli, 1)["status"]) == ([], "unread")


@pytest.mark.usefixtures("two_papers")
def test_reading_commands_take_a_key(cli: Cli) -> None:
    assert cli("show", "vaswani2017attention", "--json").json()["id"] == 1
    assert cli("open", "vaswani2017attention", "--print").stdout.strip() == (
        "https://arxiv.org/abs/1706.03762"
    )
    assert cli("cite", "vaswani2017attention").stdout.startswith("@misc{vaswani2017attention,")
    exported = cli("export", "vaswani2017attention", "--format", "json")
    assert [p["id"] for p in json.loads(exported.stdout)] == [1]


@pytest.mark.usefixtures("two_papers")
def test_remove_and_merge_take_a_key(cli: Cli) -> None:
    add(cli, "Attention Is All You Need (extended version)", "--key", "extended")
    merged = cli("merge", "vaswani2017attention", "extended", "--json")
    assert merged.exit_code == 0, merged
    assert (merged.json()["id"], merged.json()["alt_keys"]) == (1, ["extended"])
    # The merged paper's kept key is a REF too.
    assert cli("show", "extended", "--json").json()["id"] == 1
    removed = cli("remove", "extended", "--yes")
    assert removed.exit_code == 0, removed
    assert [p["id"] for p in cli("list", "--json").json()] == [2]


@pytest.mark.usefixtures("two_papers")
@pytest.mark.parametrize("command", ["refresh", "pdf"])
def test_network_commands_take_a_key(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    for name in NETWORK_VARIABLES:
        monkeypatch.setenv(name, UNREACHABLE)
    monkeypatch.setenv("PAPERCLI_HTTP_DEADLINE", "1")
    result = cli(command, "vaswani2017attention")
    no_traceback(result.stderr)
    assert "no paper matches" not in result.stderr
    # The one paper tried is #1 (the fetch fails: nothing listens there).
    assert "#1 Attention Is All You Need" in result.stdout + result.stderr
    assert "#2" not in result.stdout + result.stderr


# ---------------------------------------------------------------------------------------------
# Keys that are numbers


@pytest.mark.usefixtures("two_papers")
@pytest.mark.parametrize("number", ["5", "0042", "+5", "-5", "12345678901234567890"])
def test_a_number_key_is_a_usage_error(cli: Cli, number: str) -> None:
    edited = cli("edit", "2", "--key", number)
    assert edited.exit_code == 2, edited
    assert "is a number" in edited.stderr
    added = cli("add", "Another Paper", "--key", number, "--no-fetch")
    assert added.exit_code == 2, added
    assert paper(cli, 2)["key"] == "ho2020denoising"
    assert len(cli("list", "--json").json()) == 2


@pytest.mark.parametrize("number", ["5", "+5", "123456789012345"])
def test_import_remakes_a_number_key(cli: Cli, tmp_path: Path, number: str) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        f"@article{{{number}, title = {{Attention Is All You Need}}, "
        "author = {Vaswani, Ashish}, year = {2017}}\n",
        encoding="utf-8",
    )
    records = tmp_path / "refs.json"
    records.write_text(
        json.dumps(
            [
                {
                    "title": "Deep Residual Learning",
                    "authors": ["Kaiming He"],
                    "year": 2016,
                    "key": number,
                }
            ]
        ),
        encoding="utf-8",
    )
    assert cli("import", str(bib)).exit_code == 0
    assert cli("import", str(records)).exit_code == 0
    keys = [p["key"] for p in cli("list", "--json", "--sort", "id").json()]
    assert keys == ["vaswani2017attention", "he2016deep"]


# ---------------------------------------------------------------------------------------------
# alt_keys through papercli's own export and import


def merged_library(cli: Cli) -> None:
    """#2 "transformer" with alt key vaswani2017attention (from #1, merged into it)."""
    add(cli, "Attention Is All You Need", "--author", "Ashish Vaswani", "--year", "2017")
    add(cli, "Transformer: Attention Is All You Need", "--key", "transformer")
    merged = cli("merge", "2", "1", "--json")
    assert merged.exit_code == 0, merged
    assert (merged.json()["key"], merged.json()["alt_keys"]) == (
        "transformer",
        ["vaswani2017attention"],
    )


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_export_import_round_trip_keeps_alt_keys(cli: Cli, tmp_path: Path, fmt: str) -> None:
    merged_library(cli)
    exported = tmp_path / f"library.{fmt}"
    assert cli("export", "--format", fmt, "-o", str(exported)).exit_code == 0
    new = str(tmp_path / "new" / "library.json")
    imported = cli("--db", new, "import", str(exported))
    assert imported.exit_code == 0, imported
    (copy,) = cli("--db", new, "list", "--json").json()
    assert (copy["key"], copy["alt_keys"]) == ("transformer", ["vaswani2017attention"])
    cited = cli("--db", new, "cite", "vaswani2017attention")
    assert cited.exit_code == 0, cited
    assert cited.stdout.startswith("@misc{transformer,")
    # The alt key stays taken: a later paper with that usual key gets a suffix.
    later = cli(
        "--db",
        new,
        "add",
        "Attention Maps",
        "--author",
        "A. Vaswani",
        "--year",
        "2017",
        "--no-fetch",
        "--json",
    )
    assert later.json()["key"] == "vaswani2017attentiona"
    assert cli("--db", new, "show", "vaswani2017attention", "--json").json()["id"] == copy["id"]


def test_import_never_gives_a_taken_key_as_an_alt_key(cli: Cli, tmp_path: Path) -> None:
    merged_library(cli)
    exported = tmp_path / "library.json"
    assert cli("export", "-o", str(exported)).exit_code == 0
    new = str(tmp_path / "new" / "library.json")
    other = cli("--db", new, "add", "Something Else", "--key", "vaswani2017attention", "--no-fetch")
    assert other.exit_code == 0, other
    assert cli("--db", new, "import", str(exported)).exit_code == 0
    papers = cli("--db", new, "list", "--json", "--sort", "id").json()
    assert [(p["key"], p.get("alt_keys")) for p in papers] == [
        ("vaswani2017attention", None),
        ("transformer", None),
    ]
    assert cli("--db", new, "show", "vaswani2017attention", "--json").json()["id"] == 1


def test_alt_keys_that_cannot_be_keys_are_dropped_on_import(cli: Cli, tmp_path: Path) -> None:
    records = tmp_path / "refs.json"
    records.write_text(
        json.dumps(
            [
                {
                    "title": "A Paper",
                    "key": "mine",
                    "alt_keys": ["5", "two words", "MINE", "old", "old"],
                },
                {"title": "B Paper", "key": "old"},
            ]
        ),
        encoding="utf-8",
    )
    assert cli("import", str(records)).exit_code == 0
    papers = cli("list", "--json", "--sort", "id").json()
    assert [(p["key"], p.get("alt_keys")) for p in papers] == [
        ("mine", ["old"]),
        ("olda", None),
    ]
