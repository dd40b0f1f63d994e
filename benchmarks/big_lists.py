"""How many arXiv ids of the large reading lists come out with the right title.

usage: python benchmarks/big_lists.py [--cli] [NAME...]

Reads ../shared/digests/big/NNN-name.md, or those of the directory PAPERCLI_BIG names (public
GitHub reading lists of 1,000+ arXiv rows, copied there with their source in SOURCES.md; keys
NNN-name.ids.json made by an independent row reader) and scores each import with the
score_ids.py beside them. In-process by
default (CPU seconds of the parse); --cli runs `papercli import --dry-run --json` instead.
The lists are read in place; nothing of them is copied into the project.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PAPERCLI_SHARED", ROOT.parent / "shared"))
BIG = Path(os.environ.get("PAPERCLI_BIG", SHARED / "digests" / "big"))
sys.path.insert(0, str(ROOT / "src"))


def papers_of(page: Path, cli: bool, tmp: str) -> tuple[list[dict[str, object]], float]:
    """The papers an import of PAGE gives, and the CPU (in-process) or wall (CLI) seconds."""
    if cli:
        start = time.perf_counter()
        run = subprocess.run(
            [
                str(ROOT / ".venv" / "bin" / "papercli"),
                "import",
                str(page),
                "--format",
                "digest",
                "--dry-run",
                "--json",
            ],
            capture_output=True,
            text=True,
            env=dict(os.environ, PAPERCLI_DB=os.path.join(tmp, "lib.json")),
        )
        if run.returncode != 0:
            raise SystemExit(f"papercli import {page.name} failed: {run.stderr.strip()}")
        got = json.loads(run.stdout) if run.stdout.strip() else []
        return got, time.perf_counter() - start
    from papercli.importers.digest import parse_digest

    start = time.process_time()
    result = parse_digest(page.read_text(encoding="utf-8"), page.name)
    return [p.to_dict() for p in result.papers], time.process_time() - start


def main(argv: list[str]) -> int:
    pages = sorted(BIG.glob("[0-9]*.md")) if BIG.is_dir() else []
    if not pages:
        print(f"no lists at {BIG}: nothing to measure")
        return 0
    names = [a for a in argv if not a.startswith("-")]
    with tempfile.TemporaryDirectory() as tmp:
        for page in pages:
            if names and not any(n in page.name for n in names):
                continue
            got, seconds = papers_of(page, "--cli" in argv, tmp)
            out = Path(tmp) / "out.json"
            out.write_text(json.dumps(got), encoding="utf-8")
            key = page.with_name(page.stem + ".ids.json")
            report = subprocess.run(
                [sys.executable, str(BIG / "score_ids.py"), str(key), str(out)],
                capture_output=True,
                text=True,
            ).stdout
            parts = [ln for part in report.splitlines() for ln in part.split(" | ")]
            share = next(
                (ln.split()[-1] for ln in parts if "share right" in ln),
                next((ln.split()[-1] for ln in parts if "matching title" in ln), "?"),
            )
            size = page.stat().st_size / 1e6
            print(
                f"{page.stem:40s} {size:5.2f} MB {len(got):5d} papers  right {share}  "
                f"{seconds:5.1f} s ({seconds / size:.1f} s/MB)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
