"""merge REF REF: one paper from two, one undo step, the second id retired; import names the
merge command for likely duplicates."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from tests.conftest import Result

from papercli.merging import merge_pair
from papercli.model import Paper

Cli = Callable[..., Result]


def add(cli: Cli, *args: str) -> dict[str, object]:
    result = cli("add", *args, "--no-fetch", "--allow-duplicate", "--json")
    assert result.exit_code == 0, result
    data: dict[str, object] = result.json()
    return data


def test_merge_unites_lists_and_keeps_the_fuller_values(cli: Cli) -> None:
    add(cli, "2112.10752", "--tag", "diffusion", "--topic", "CV", "--note", "from the digest")
    add(
        cli,
        "High-Resolution Image Synthesis with Latent Diffusion Models",
        "--author",
        "Robin Rombach",
        "--author",
        "Andreas Blattmann",
        "--venue",
        "CVPR",
        "--year",
        "2022",
        "--tag",
        "to-read",
        "--tag",
        "diffusion",
        "--topic",
        "Generative",
        "--abstract",
        "By decomposing the image formation process ...",
        "--priority",
        "2",
        "--note",
        "Section 3 is the core.",
        "--url",
        "https://example.org/ldm",
    )
    cli("mark-reading", "2")
    result = cli("merge", "1", "2", "--json")
    assert result.exit_code == 0, result
    merged = result.json()
    assert merged["id"] == 1
    assert merged["title"] == "High-Resolution Image Synthesis with Latent Diffusion Models"
    assert merged["arxiv_id"] == "2112.10752"
    assert merged["url"] == "https://arxiv.org/abs/2112.10752"  # the first's, not empty
    assert merged["authors"] == ["Robin Rombach", "Andreas Blattmann"]
    assert (merged["venue"], merged["year"]) == ("CVPR", 2022)
    assert merged["tags"] == ["diffusion", "to-read"]
    assert merged["topics"] == ["CV", "Generative"]
    assert merged["status"] == "reading"
    assert merged["priority"] == 2
    assert merged["notes"] == "from the digest\n\nSection 3 is the core."
    assert merged["key"] == "rombach2022high"  # the placeholder's key gives way
    assert merged["alt_titles"] == []  # a placeholder title is not kept as an alt title
    assert "Merged into #1" in result.stderr
    assert [p["id"] for p in cli("list", "--json").json()] == [1]


def test_merge_status_added_at_and_read_at() -> None:
    older = Paper(
        id=1,
        title="A Study of Things",
        status="unread",
        added_at="2024-05-01T10:00:00+02:00",
        key="a",
    )
    newer = Paper(
        id=2,
        title="A Study of Things, Revisited",
        status="read",
        added_at="2024-05-01T09:30:00+00:00",
        read_at="2024-06-01T00:00:00+00:00",
        alt_titles=["Eine Studie"],
        key="b",
    )
    merged = merge_pair(older, newer)
    assert merged.id == 1 and merged.key == "a"
    assert merged.status == "read" and merged.read_at == "2024-06-01T00:00:00+00:00"
    assert merged.added_at == "2024-05-01T10:00:00+02:00"  # 08:00 UTC, the earlier moment
    assert merged.title == "A Study of Things"
    assert merged.alt_titles == ["Eine Studie", "A Study of Things, Revisited"]
    preprint = Paper(title="T", venue="arXiv", year=2016, abstract="short")
    published = Paper(title="T", venue="ICLR", year=2017, abstract="a longer abstract")
    both = merge_pair(preprint, published)
    assert (both.venue, both.year, both.abstract) == ("ICLR", 2017, "a longer abstract")


def test_merge_is_one_undo_step_and_the_id_is_retired(cli: Cli) -> None:
    add(cli, "First Paper On Things", "--tag", "a")
    add(cli, "First Paper On Things (extended)", "--tag", "b")
    before = cli("list", "--sort", "id", "--json").json()
    assert cli("merge", "1", "2").exit_code == 0
    undone = cli("undo")
    assert undone.exit_code == 0 and "merge #2 into #1" in undone.stderr
    assert cli("list", "--sort", "id", "--json").json() == before
    cli("merge", "first paper on things extended", "1")
    assert [p["id"] for p in cli("list", "--json").json()] == [2]
    assert add(cli, "Another One")["id"] == 3  # id 1 is never given out again


def test_merge_refuses_different_identifiers_unless_forced(cli: Cli) -> None:
    add(cli, "2301.00001", "--title", "Same Title Here")
    add(cli, "2301.00002", "--title", "Same Title Here")
    refused = cli("merge", "1", "2")
    assert refused.exit_code == 1
    assert "different papers" in refused.stderr and "--force" in refused.stderr
    assert len(cli("list", "--json").json()) == 2
    forced = cli("merge", "1", "2", "--force", "--json")
    assert forced.exit_code == 0 and forced.json()["arxiv_id"] == "2301.00001"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("1", "1"), 1, "nothing to merge"),
        (("1", "9"), 1, "no paper with id 9"),
        (("1",), 2, "Missing argument"),
    ],
)
def test_merge_errors_change_nothing(
    cli: Cli, library_path: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    add(cli, "Only Paper")
    before = library_path.read_bytes()
    result = cli("merge", *args)
    assert result.exit_code == code
    assert message in result.stderr
    assert library_path.read_bytes() == before


def test_import_names_the_merge_command_for_likely_duplicates(cli: Cli, tmp_path: Path) -> None:
    add(
        cli, "Scaling Laws for Neural Language Models", "--author", "Jared Kaplan", "--year", "2020"
    )
    bib = tmp_path / "new.bib"
    bib.write_text(
        "@misc{k, title={Scaling Laws for Neural Language Model Training},"
        " author={Kaplan, Jared and McCandlish, Sam}, year={2020}}\n"
        "@misc{o, title={Unrelated Work on Graphs}, author={Kaplan, Jared}, year={2020}}\n"
    )
    result = cli("import", str(bib))
    assert result.exit_code == 0, result
    lines = [line.strip() for line in result.stderr.splitlines() if "likely duplicate" in line]
    assert len(lines) == 1
    assert "looks like #1" in lines[0] and lines[0].endswith("papercli merge 1 2")
    dry = cli("import", str(bib), "--dry-run")
    assert "likely duplicate" not in dry.stderr  # now both are exact duplicates


def test_scenario_with_the_installed_entry_point(
    run_installed: Callable[..., subprocess.CompletedProcess[str]], tmp_path: Path
) -> None:
    env = {"PAPERCLI_DB": str(tmp_path / "scenario.json")}
    ris = tmp_path / "in.ris"
    ris.write_text(
        "TY  - CONF\nTI  - Denoising Diffusion Probabilistic Models\nAU  - Ho, Jonathan\n"
        "PY  - 2020\nT2  - NeurIPS\nER  - \n\n"
        "TY  - GEN\nTI  - Denoising Diffusion Probabilistic Models for Images\nAU  - Ho, J.\n"
        "PY  - 2020\n"
        "UR  - https://arxiv.org/abs/2006.11239\nER  - \n"
    )
    imported = run_installed("import", str(ris), env=env)
    assert imported.returncode == 0, imported.stderr
    assert "papercli merge 1 2" in imported.stderr
    merged = run_installed("merge", "1", "2", "--json", env=env)
    assert merged.returncode == 0, merged.stderr
    assert json.loads(merged.stdout)["arxiv_id"] == "2006.11239"
    cited = run_installed("cite", "ho2020denoising", "--format", "text", env=env)
    assert cited.stdout.strip() == (
        "Ho, J. (2020). Denoising Diffusion Probabilistic Models. NeurIPS. "
        "https://arxiv.org/abs/2006.11239"
    )
    exported = run_installed("export", "1", "--format", "csl-json", env=env)
    assert json.loads(exported.stdout)[0]["id"] == "ho2020denoising"
    assert "Traceback" not in merged.stderr + cited.stderr + exported.stderr
