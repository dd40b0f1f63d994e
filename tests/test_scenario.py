"""A user's session against the installed entry point, as separate processes."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

Run = Callable[..., subprocess.CompletedProcess[str]]


def test_reading_session(run_installed: Run, library_path: Path) -> None:
    for title, venue in (
        ("Autoregressive Diffusion Models", "ICLR"),
        ("Equivariant Subgraph Aggregation Networks", "ICLR"),
        ("Denoising Diffusion Probabilistic Models", "NeurIPS"),
    ):
        added = run_installed("add", title, "--venue", venue, "--year", "2022", "--json")
        assert added.returncode == 0, added.stderr
        assert json.loads(added.stdout)["title"] == title

    listed = run_installed("list", "--venue", "ICLR", "--json")
    assert [p["title"] for p in json.loads(listed.stdout)] == [
        "Equivariant Subgraph Aggregation Networks",
        "Autoregressive Diffusion Models",
    ]

    # A script marks every ICLR paper as reading by piping ids.
    ids = run_installed("list", "--venue", "ICLR", "--format", "ids").stdout.split()
    assert run_installed("mark-reading", *ids).returncode == 0
    assert {p["status"] for p in json.loads(run_installed("list", "--json").stdout)} == {
        "reading",
        "unread",
    }

    typo = run_installed("tag", "equivariant subgraf agregation", "gnn")
    assert typo.returncode == 0, typo.stderr
    ambiguous = run_installed("mark-read", "diffusion models")
    assert ambiguous.returncode == 1
    assert "Traceback" not in ambiguous.stderr
    assert ambiguous.stdout == ""

    table = run_installed("list")
    assert table.returncode == 0
    assert "\x1b[" not in table.stdout
    assert table.stdout.splitlines()[0].split()[:3] == ["ID", "Title", "Venue"]

    undo = run_installed("undo")
    assert undo.returncode == 0
    assert "tag #2 gnn" in undo.stderr
    assert json.loads(run_installed("show", "2", "--json").stdout)["tags"] == []


def test_usage_errors_exit_2_without_traceback(run_installed: Run) -> None:
    for args in (["list", "--format", "yaml"], ["frobnicate"], ["list", "--limit", "-3"]):
        result = run_installed(*args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr


def test_version_does_not_import_heavy_modules() -> None:
    code = (
        "import sys; from papercli.cli import app; "
        "sys.argv=['papercli','--version']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
        "print('heavy=' + ','.join(m for m in ('rich','rapidfuzz','tinydb','httpx','bibtexparser',"
        "'pydantic') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "heavy="


def test_example_script_marks_iclr_diffusion_papers_reading(
    run_installed: Run, library_path: Path
) -> None:
    import os
    import shutil

    import pytest

    if shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    for title, venue, tag in (
        ("Autoregressive Diffusion Models", "ICLR", "diffusion"),
        ("Bootstrapped Meta-Learning", "ICLR", "meta"),
        ("Denoising Diffusion Probabilistic Models", "NeurIPS", "diffusion"),
    ):
        assert (
            run_installed("add", title, "--venue", venue, "--year", "2022", "--tag", tag).returncode
            == 0
        )
    script = Path(__file__).resolve().parents[1] / "examples" / "mark-iclr-diffusion-reading.sh"
    bin_dir = str(Path(sys.executable).parent)
    result = subprocess.run(
        ["bash", str(script)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")},
    )
    assert result.returncode == 0, result.stderr
    statuses = {p["title"]: p["status"] for p in json.loads(run_installed("list", "--json").stdout)}
    assert statuses == {
        "Autoregressive Diffusion Models": "reading",
        "Bootstrapped Meta-Learning": "unread",
        "Denoising Diffusion Probabilistic Models": "unread",
    }
