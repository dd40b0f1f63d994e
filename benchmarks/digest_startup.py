"""How long a short digest import takes as a whole command, and where its fixed cost goes.

usage: python benchmarks/digest_startup.py [--runs N] [--src DIR]

Most pages people paste are small (the median page of ../shared/digests/real is about 3 KB),
so a command's fixed cost, not its per-megabyte rate, is what they wait for. For a few small
real pages (read in place from ../shared, never copied; a synthetic page when it is absent)
this prints the median wall time of ``papercli import PAGE --format digest --dry-run --json``
in a fresh process, beside ``papercli --version`` (the CLI's own start, the floor of any
command), and in a fresh interpreter the split of one import: loading the digest package,
the first parse of a one-line page (the patterns a page needs are compiled on first use),
then the page itself. --src runs another copy of the package (a checkout's ``src``) by
PYTHONPATH, to compare two commits with the same interpreter and dependencies.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from run import measure  # noqa: E402  (the whole-process timing of benchmarks/run.py)

SHARED = Path(os.environ.get("PAPERCLI_SHARED", ROOT.parent / "shared"))
PYTHON = ROOT / ".venv" / "bin" / "python"
_SYNTHETIC = "# Weekly picks\n\n" + "".join(
    f"{n}. **Robust Sparse Attention Models, Part {n}** — A. Author, B. Author. "
    f"[arXiv](https://arxiv.org/abs/2401.{10000 + n})\n"
    for n in range(1, 16)
)
_SPLIT = """
import json, sys, time
start = time.perf_counter()
from papercli.importers.digest import parse_digest
loaded = time.perf_counter()
parse_digest("- Attention Is All You Need\\n", "one-line.md")
first = time.perf_counter()
parse_digest(open(sys.argv[1], encoding="utf-8").read(), "page")
done = time.perf_counter()
print(json.dumps([loaded - start, first - loaded, done - first]))
"""


def small_pages(tmp: str) -> list[Path]:
    """Up to five real pages of 2–20 KB, spread over the sizes; else one synthetic page."""
    real = sorted(
        (p for p in SHARED.glob("digests/real/*/*.txt") if 2_000 <= p.stat().st_size <= 20_000),
        key=lambda p: (p.stat().st_size, p.name),
    )
    if real:
        step = max(1, len(real) // 5)
        return real[::step][:5]
    page = Path(tmp) / "synthetic.md"
    page.write_text(_SYNTHETIC, encoding="utf-8")
    return [page]


def main(argv: list[str]) -> int:
    runs = int(argv[argv.index("--runs") + 1]) if "--runs" in argv else 7
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode cached
    if "--src" in argv:
        env["PYTHONPATH"] = str(Path(argv[argv.index("--src") + 1]).resolve())
    cli = [str(PYTHON), "-m", "papercli"]
    with tempfile.TemporaryDirectory() as tmp:
        env["PAPERCLI_DB"] = os.path.join(tmp, "library.json")
        floor = measure("--version", lambda: [*cli, "--version"], runs, 1, env).median
        print(f"papercli --version: {floor:.3f} s (median of {runs})")
        print("page                                       KB   import (s)   load  first  page")
        for page in small_pages(tmp):
            command = [*cli, "import", str(page), "--format", "digest", "--dry-run", "--json"]
            whole = measure(page.name, lambda command=command: command, runs, 1, env).median
            splits = [
                json.loads(
                    subprocess.run(
                        [str(PYTHON), "-c", _SPLIT, str(page)],
                        env=env,
                        capture_output=True,
                        text=True,
                        check=True,
                    ).stdout
                )
                for _ in range(runs)
            ]
            load, first, rest = (statistics.median(s[i] for s in splits) for i in range(3))
            size = page.stat().st_size / 1000
            print(
                f"{page.name[:40]:40s} {size:5.1f}   {whole:8.3f}   "
                f"{load:6.3f} {first:6.3f} {rest:5.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
