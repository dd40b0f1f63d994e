"""The digest importer gives the same papers whatever the interpreter's hash seed.

A tie broken by a set's iteration order once made one real page give 25 or 26 papers
depending on PYTHONHASHSEED. Each seed runs in its own interpreter, as a user's does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SHARED

FIXTURES = Path(__file__).parent / "data" / "digests"
REAL = SHARED / "digests" / "real"

IMPORT_EACH = """
import json, sys
from pathlib import Path
from papercli.importers import parse
out = {}
for name in sys.argv[1:]:
    page = Path(name)
    papers = parse(page.read_text(encoding="utf-8"), "digest", page.name).papers
    out[page.name] = [paper.to_dict() for paper in papers]
print(json.dumps(out, sort_keys=True, ensure_ascii=False))
"""

SEEDS = ("0", "1", "4242")


def imports_under_each_seed(pages: list[Path]) -> list[dict[str, list[dict[str, object]]]]:
    """One import of PAGES per seed, the interpreters running side by side."""
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", IMPORT_EACH, *map(str, pages)],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in SEEDS
    ]
    results = []
    for run in runs:
        stdout, _ = run.communicate(timeout=600)
        assert run.returncode == 0
        results.append(json.loads(stdout))
    return results


def assert_same_under_every_seed(pages: list[Path]) -> None:
    first, *others = imports_under_each_seed(pages)
    assert sorted(first) == sorted(page.name for page in pages)
    assert sum(len(papers) for papers in first.values()) > len(pages)
    for seed, other in zip(SEEDS[1:], others, strict=True):
        changed = [name for name in first if first[name] != other[name]]
        assert not changed, f"PYTHONHASHSEED={seed} changes {changed}"


def test_the_test_digests_import_alike_under_every_hash_seed() -> None:
    assert_same_under_every_seed(sorted(FIXTURES.glob("*.txt")))


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/digests/real not available")
def test_the_real_pages_import_alike_under_every_hash_seed() -> None:
    assert_same_under_every_seed(sorted(REAL.glob("*/*.txt")))
