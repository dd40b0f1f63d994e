"""Citation keys (stored, unique, editable, stable) and the cite / show / export commands."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

from papercli.citations import split_name, text_citation
from papercli.model import Paper

Cli = Callable[..., Result]

VASWANI = [
    "Attention Is All You Need",
    "--author",
    "Ashish Vaswani",
    "--author",
    "Noam Shazeer",
    "--author",
    "Aidan N. Gomez",
    "--venue",
    "NeurIPS",
    "--year",
    "2017",
    "--url",
    "https://arxiv.org/abs/1706.03762",
    "--no-fetch",
]


def add(cli: Cli, *args: str) -> dict[str, object]:
    result = cli("add", *args, "--no-fetch", "--json")
    assert result.exit_code == 0, result
    data: dict[str, object] = result.json()
    return data


def bibtex_keys(text: str) -> list[str]:
    return re.findall(r"^@\w+\{([^,]+),", text, re.MULTILINE)


# ---------------------------------------------------------------------------------------------
# Keys


def test_add_gives_the_usual_key_with_suffixes_for_clashes(cli: Cli) -> None:
    first = add(cli, *VASWANI[:-1])
    second = add(cli, "Attention Everywhere", "--author", "A. Vaswani", "--year", "2017")
    third = add(cli, "Attention, Again", "--author", "B. Vaswani", "--year", "2017")
    assert [first["key"], second["key"], third["key"]] == [
        "vaswani2017attention",
        "vaswani2017attentiona",
        "vaswani2017attentionb",
    ]


def test_key_is_stable_when_the_title_changes(cli: Cli) -> None:
    add(cli, *VASWANI[:-1])
    cli("edit", "1", "--title", "Transformers Are All You Need", "--year", "2018")
    assert bibtex_keys(cli("export", "--format", "bibtex").stdout) == ["vaswani2017attention"]
    assert bibtex_keys(cli("cite", "1").stdout) == ["vaswani2017attention"]


def test_key_can_be_set_and_edited_but_stays_unique(cli: Cli) -> None:
    add(cli, "One Paper", "--key", "mine:one")
    add(cli, "Two Paper", "--author", "Jo Bloggs", "--year", "2020")
    taken = cli("add", "Three", "--key", "MINE:ONE", "--no-fetch")
    assert taken.exit_code == 1
    assert "already used by #1" in taken.stderr
    refused = cli("edit", "2", "--key", "mine:one")
    assert refused.exit_code == 1 and "already used by #1" in refused.stderr
    assert cli("edit", "2", "--key", "bloggs-two", "--json").json()["key"] == "bloggs-two"
    fresh = cli("edit", "2", "--key", "", "--json").json()
    assert fresh["key"] == "bloggs2020two"


@pytest.mark.parametrize("bad", ["two words", "a,b", "br{ace", "x" * 101, "per%cent"])
def test_bad_key_is_a_usage_error(cli: Cli, bad: str) -> None:
    result = cli("add", "A Title", "--key", bad, "--no-fetch")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: citation key")
    assert cli("list", "--json").json() == []


def test_import_keeps_free_keys_and_suffixes_taken_ones(cli: Cli, tmp_path: Path) -> None:
    add(cli, "Existing", "--key", "smith2020deep")
    bib = tmp_path / "in.bib"
    bib.write_text(
        "@article{smith2020deep, title={Deep Things}, author={Ann Smith}, year={2020}}\n"
        "@article{other, title={Other Things}, author={Bob Jones}, year={2021}}\n"
    )
    keys = [p["key"] for p in cli("import", str(bib), "--json").json()]
    assert keys == ["smith2020deepa", "other"]  # entry keys are kept, clashes get a suffix
    ris = tmp_path / "in.ris"
    ris.write_text("TY  - GEN\nID  - kept-key\nTI  - From RIS\nER  - \n")
    assert cli("import", str(ris), "--json").json()[0]["key"] == "kept-key"


def test_a_library_from_before_keys_gets_them_once_and_keeps_them(
    cli: Cli, library_path: Path
) -> None:
    library_path.parent.mkdir(parents=True)
    papers = {
        "1": {"title": "Attention Is All You Need", "authors": ["Ashish Vaswani"], "year": 2017},
        "3": {"title": "Attention Again", "authors": ["Ashish Vaswani"], "year": 2017},
        "4": {"title": "Untitled Thoughts"},
    }
    library_path.write_text(
        json.dumps({"meta": {"1": {"schema_version": 1, "next_id": 5}}, "papers": papers})
    )
    expected = ["vaswani2017attention", "vaswani2017attentiona", "anonuntitled"]
    first = bibtex_keys(cli("export", "--format", "bibtex").stdout)
    assert first == expected
    assert json.loads(library_path.read_text())["meta"]["1"]["schema_version"] == 1  # read only
    cli("tag", "4", "later")  # the first write stores the keys
    stored = json.loads(library_path.read_text())
    assert stored["meta"]["1"]["schema_version"] == 2
    assert [stored["papers"][i]["key"] for i in ("1", "3", "4")] == expected
    cli("add", "Attention Once More", "--author", "A Vaswani", "--year", "2017", "--no-fetch")
    assert bibtex_keys(cli("export", "--format", "bibtex").stdout) == [
        *expected,
        "vaswani2017attentionb",
    ]


# ---------------------------------------------------------------------------------------------
# cite, show --format, export REF...


def test_cite_formats(cli: Cli) -> None:
    add(cli, *VASWANI[:-1])
    add(cli, "Solo Work", "--author", "Plato")
    bibtex = cli("cite", "1").stdout
    assert bibtex.startswith("@inproceedings{vaswani2017attention,")
    assert "x-papercli" not in bibtex  # a reference-list entry, without papercli's own fields
    text = cli("cite", "vaswani2017attention", "2", "--format", "text").stdout.splitlines()
    assert text == [
        "Vaswani, A., Shazeer, N., & Gomez, A. N. (2017). Attention Is All You Need. NeurIPS. "
        "https://arxiv.org/abs/1706.03762",
        "Plato. (n.d.). Solo Work.",
    ]
    csl = json.loads(cli("cite", "attention all you need", "--format", "csl-json").stdout)
    assert csl[0]["id"] == "vaswani2017attention"
    assert csl[0]["author"][2] == {"family": "Gomez", "given": "Aidan N."}
    assert "custom" not in csl[0]
    assert cli("cite", "1", "--format", "ris").stdout.startswith("TY  - CONF\nID  - vaswani")


def test_cite_errors(cli: Cli) -> None:
    add(cli, *VASWANI[:-1])
    bad_format = cli("cite", "1", "--format", "mla")
    assert bad_format.exit_code == 2 and "unknown citation format" in bad_format.stderr
    missing = cli("cite", "1", "7")
    assert missing.exit_code == 1 and missing.stdout == ""
    assert "no paper with id 7" in missing.stderr


def test_show_format_bibtex_keeps_the_round_trip_fields(cli: Cli) -> None:
    add(cli, *VASWANI[:-1], "--tag", "nlp")
    shown = cli("show", "1", "--format", "bibtex")
    assert shown.exit_code == 0
    assert shown.stdout.startswith("@inproceedings{vaswani2017attention,")
    assert "keywords = {nlp}" in shown.stdout and "x-papercli-status = {unread}" in shown.stdout
    assert cli("show", "vaswani2017attention", "--json").json()["id"] == 1
    assert cli("show", "1", "--format", "csl-json").exit_code == 0


def test_export_refs_and_query_words(cli: Cli) -> None:
    add(cli, *VASWANI[:-1])
    add(
        cli,
        "BERT",
        "--author",
        "Jacob Devlin",
        "--year",
        "2019",
        "--url",
        "https://arxiv.org/abs/1810.04805",
    )
    add(cli, "Attention Everywhere", "--author", "A Vaswani", "--year", "2017")
    by_ids = cli("export", "3", "1", "--format", "ids")
    assert by_ids.exit_code == 2  # ids is not an export format
    by_refs = cli("export", "3", "#1", "--format", "bibtex").stdout
    assert bibtex_keys(by_refs) == ["vaswani2017attentiona", "vaswani2017attention"]
    by_identifier = cli("export", "1810.04805", "vaswani2017attention", "--format", "bibtex")
    assert bibtex_keys(by_identifier.stdout) == ["devlin2019bert", "vaswani2017attention"]
    by_words = json.loads(cli("export", "attention").stdout)
    assert [p["id"] for p in by_words] == [1, 3]
    by_ref_option = json.loads(cli("export", "--ref", "bert").stdout)
    assert [p["id"] for p in by_ref_option] == [2]
    filtered = json.loads(cli("export", "1", "2", "--year", "2019").stdout)
    assert [p["id"] for p in filtered] == [2]
    missing = cli("export", "1", "99")
    assert missing.exit_code == 1 and "no paper with id 99" in missing.stderr


# ---------------------------------------------------------------------------------------------
# The text style


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Aidan N. Gomez", ("Gomez", "Aidan N.", "")),
        ("Vaswani, Ashish", ("Vaswani", "Ashish", "")),
        ("Ludwig van Beethoven", ("van Beethoven", "Ludwig", "")),
        ("Martin Luther King Jr.", ("King", "Martin Luther", "Jr.")),
        ("张三", ("张三", "", "")),
    ],
)
def test_split_name(name: str, parts: tuple[str, str, str]) -> None:
    assert split_name(name) == parts


def test_text_citation_many_authors_and_doi() -> None:
    authors = [f"Given{i} Family{i}" for i in range(1, 23)]
    paper = Paper(
        title="Big Team Science?",
        authors=authors,
        year=2021,
        doi="10.1/X",
        venue="Nature",
        url="https://example.org",
    )
    text = text_citation(paper)
    assert text.startswith("Family1, G., Family2, G., ")
    assert "Family19, G., . . . Family22, G. (2021). Big Team Science? Nature." in text
    assert text.endswith("https://doi.org/10.1/x")
    assert "Ming-Wei" not in text_citation(Paper(title="T", authors=["Ming-Wei Chang"]))
    assert text_citation(Paper(title="T", authors=["Ming-Wei Chang"])).startswith("Chang, M.-W.")


def test_json_and_csv_imports_keep_keys_and_drop_impossible_ones(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_text(
        json.dumps(
            [
                {"title": "Kept", "key": "kept2020"},
                {"title": "Dropped", "key": "not a key", "year": 2020},
            ]
        )
    )
    papers = cli("import", str(path), "--json").json()
    assert [p["key"] for p in papers] == ["kept2020", "anon2020dropped"]
    csv_path = tmp_path / "in.csv"
    csv_path.write_text("title,key\nFrom CSV,kept2020\n")
    assert cli("import", str(csv_path), "--json").json()[0]["key"] == "kept2020a"


def test_a_paper_known_only_by_its_identifier_is_keyed_by_it(cli: Cli) -> None:
    assert add(cli, "2112.10752")["key"] == "arxiv2112.10752"
    assert add(cli, "https://doi.org/10.1145/3292500.3330701")["key"] == (
        "doi10.1145/3292500.3330701"
    )
    bibtex = cli("export", "--format", "bibtex").stdout
    assert bibtex_keys(bibtex) == ["arxiv2112.10752", "doi10.1145/3292500.3330701"]
    from papercli.importers.bibtex import parse_bibtex

    assert [p.key for p in parse_bibtex(bibtex, None).papers] == bibtex_keys(bibtex)
