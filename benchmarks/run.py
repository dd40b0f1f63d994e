#!/usr/bin/env python3
"""papercli performance benchmarks: whole-process wall time of the venv entry point.

Builds 1k / 10k / 100k libraries from the real paper lists in ../shared/data (never copied into
the repository) by running ``papercli import`` on generated JSON files, and measures papercli
against floors taken side by side in the same run (the targets are ratios to them):

- 1k: every data command against the floor of a process that imports typer and orjson and
  parses the library file (``FLOOR_1K_TARGET``);
- 10k: list, search (a narrow and a broad typo query) and add against buku on the same records;
- 100k: ``list --format json`` against the floor of parsing the library file with orjson, and
  the peak memory of list, search and add against that floor's peak.

It writes ``benchmarks/RESULTS.md``.

Public tools only: hyperfine is not required; the harness runs each command through a small
helper process (``os.posix_spawnp`` + ``os.wait4``), which reads its wall time with
``time.perf_counter`` and its CPU time and peak memory from the command's own rusage
(``ru_maxrss``).  Every row gets warm-up runs first, then
N timed runs; the figure is the median.  Comparisons with buku and the orjson floor are measured
in pairs A B A B and reported as a ratio of medians.

Usage::

    .venv/bin/python benchmarks/run.py                 # everything (100k build takes minutes)
    .venv/bin/python benchmarks/run.py --quick         # 1k and 10k, 3 runs
    .venv/bin/python benchmarks/run.py --sizes 1k,10k --runs 15
    .venv/bin/python benchmarks/run.py --no-buku       # skip the buku comparison

Work files (generated inputs, libraries, buku's venv and DB) go to benchmarks/work/ (gitignored).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import platform
import random
import shutil
import signal
import statistics
import subprocess
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DATA = REPO.parent / "shared" / "data"
WORK = HERE / "work"
VENV = REPO / ".venv"
PAPERCLI = VENV / "bin" / "papercli"
VENV_PYTHON = VENV / "bin" / "python"
BUKU_VENV = WORK / "buku-venv"
BUKU = BUKU_VENV / "bin" / "buku"
RESULTS = HERE / "RESULTS.md"
NOTES_MARKER = "<!-- notes: kept by run.py -->"

SOURCES = ("iclr2024.json", "neurips2020.json")
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
GENERATOR_VERSION = 6  # bump when the generated records change, to rebuild cached libraries

# A real title ("Robot Fleet Learning via Policy Merging", ICLR 2024) with a typo, and the
# same words spelled right for buku, which has no fuzzy matching.
SEARCH_QUERY = "fleet polcy merging"
BUKU_SEARCH_WORDS = ["fleet", "policy", "merging"]
# A broad query with typos: many titles hold some of its words (buku gets its key word).
BROAD_QUERY = "difusion modles for image synthesis"
BUKU_BROAD_WORDS = ["diffusion"]

# Absolute targets (seconds, median wall time) where no floor applies; the other rows are
# ratios to floors measured side by side (below). Absolute medians are shown without a target.
TARGETS: dict[str, dict[str, float]] = {
    "--version": {"1k": 0.060},
    "import of N records": {"10k": 3.0},
}
# 1k: each data command / a process importing typer and orjson and parsing the library file.
FLOOR_1K_TARGET = 1.3
FLOOR_1K_CODE = "import sys, typer, orjson; orjson.loads(open(sys.argv[1], 'rb').read())"
# 10k: papercli / buku.
BUKU_RATIO_TARGETS = {"list": 0.7, "search": 0.7, "search (broad)": 0.7, "add": 1.2}
# 10k, for information: add / a process that imports typer and orjson, parses the library
# file, serialises it and writes it to a temp file with fsync (the floor of any change to one
# JSON file), against a copy of the library.
WRITE_FLOOR_CODE = (
    "import os, sys, typer, orjson; t = orjson.loads(open(sys.argv[1], 'rb').read()); "
    "f = open(sys.argv[1] + '.floor.tmp', 'wb'); f.write(orjson.dumps(t)); f.flush(); "
    "os.fsync(f.fileno()); f.close(); os.replace(sys.argv[1] + '.floor.tmp', sys.argv[1])"
)
# 100k: list --format json / parsing the file with orjson; peak memory / that floor's peak.
FLOOR_CODE = "import orjson,sys; orjson.loads(open(sys.argv[1],'rb').read())"
FLOOR_RATIO_TARGET = 2.0
PEAK_MEMORY_RATIO_TARGET = 1.3


# ---------------------------------------------------------------------------------------------
# Running and timing commands


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    cpu_seconds: float = 0.0  # user + system time of the child: steadier than wall on a busy host


@dataclass
class Measurement:
    name: str
    runs: list[Run] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.max_rss_mb for r in self.runs)

    @property
    def cpu_median(self) -> float:
        return statistics.median(r.cpu_seconds for r in self.runs)

    @property
    def spread(self) -> str:
        times = sorted(r.seconds for r in self.runs)
        return f"{fmt_s(times[0])}–{fmt_s(times[-1])}"


# Each command is started by a small helper process, which times it and reads its rusage: a
# child forked straight from this (large) process would count this process's memory in its
# ru_maxrss (Linux records the forked image's high-water mark at exec).
SPAWNER = r"""
import os, sys, time
start = time.perf_counter()
pid = os.posix_spawnp(sys.argv[1], sys.argv[1:], os.environ)
_pid, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - start
sys.stderr.write(f"\n@@run {elapsed!r} {usage.ru_utime + usage.ru_stime!r} {usage.ru_maxrss}\n")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_once(
    cmd: Sequence[str | Path],
    env: dict[str, str] | None = None,
    stdin: bytes | None = None,
    check: bool = True,
) -> Run:
    """Run CMD once with output to /dev/null; its wall time, peak RSS and CPU time."""
    full_env = {**os.environ, **(env or {})}
    # Time what a user's install runs: compiled bytecode cached, as pip and Python leave it.
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    proc = subprocess.run(
        [sys.executable, "-S", "-c", SPAWNER, *(str(c) for c in cmd)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=full_env,
    )
    err, _, report = proc.stderr.rpartition(b"\n@@run ")
    if check and proc.returncode != 0:
        raise RuntimeError(
            f"command failed ({proc.returncode}): {' '.join(map(str, cmd))}\n"
            f"{err.decode(errors='replace')[-2000:]}"
        )
    elapsed, cpu, max_rss_kib = report.split()
    # Linux: ru_maxrss is in KiB
    return Run(float(elapsed), int(max_rss_kib) / 1024.0, float(cpu))


def measure(
    name: str,
    make_cmd: Callable[[], Sequence[str | Path]],
    runs: int,
    warmup: int,
    env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
) -> Measurement:
    """WARMUP untimed runs, then RUNS timed runs of the command MAKE_CMD returns."""
    m = Measurement(name)
    for _ in range(warmup):
        if before:
            before()
        run_once(make_cmd(), env)
    for _ in range(runs):
        if before:
            before()
        m.runs.append(run_once(make_cmd(), env))
    return m


def measure_pairs(
    a: tuple[str, Callable[[], Sequence[str | Path]], dict[str, str] | None],
    b: tuple[str, Callable[[], Sequence[str | Path]], dict[str, str] | None],
    runs: int,
    warmup: int,
) -> tuple[Measurement, Measurement]:
    """A and B alternately (A B A B ...), so both see the same machine noise."""
    ma, mb = Measurement(a[0]), Measurement(b[0])
    for _ in range(warmup):
        run_once(a[1](), a[2])
        run_once(b[1](), b[2])
    for _ in range(runs):
        ma.runs.append(run_once(a[1](), a[2]))
        mb.runs.append(run_once(b[1](), b[2]))
    return ma, mb


def measure_rounds(
    entries: Sequence[tuple[str, Callable[[], Sequence[str | Path]], dict[str, str] | None]],
    runs: int,
    warmup: int,
) -> list[Measurement]:
    """Every entry once per round (A B C ... A B C ...), so all see the same machine noise."""
    out = [Measurement(name) for name, _, _ in entries]
    for round_ in range(warmup + runs):
        for m, (_name, make_cmd, env) in zip(out, entries, strict=True):
            run = run_once(make_cmd(), env)
            if round_ >= warmup:
                m.runs.append(run)
    return out


def fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1.0 else f"{seconds:.2f} s"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------
# Test data: N records built from the real paper lists


def load_base_records() -> list[dict]:
    """The real records, with exact and case/punctuation-only duplicate titles dropped."""
    seen: set[str] = set()
    urls: set[str] = set()
    blocks: dict[str, list[str]] = {}
    base = []
    for name in SOURCES:
        for rec in json.loads((DATA / name).read_bytes()):
            title = (rec.get("title") or "").strip()
            key = "".join(ch for ch in title.casefold() if ch.isalnum())
            url = url_of(rec)
            if not title or key in seen or url in urls or _near_duplicate(key, blocks):
                continue
            seen.add(key)
            urls.add(url)
            for block in ("<" + key[:8], ">" + key[-8:]):
                blocks.setdefault(block, []).append(key)
            base.append(rec)
    return base


def _near_duplicate(key: str, blocks: dict[str, list[str]]) -> bool:
    """KEY within a few characters of a title key already kept (like papercli's check)."""
    for block in ("<" + key[:8], ">" + key[-8:]):
        for other in blocks.get(block, ()):
            if difflib.SequenceMatcher(None, key, other).ratio() >= 0.9:
                return True
    return False


def generate_records(base: list[dict], n: int) -> list[dict]:
    """N records: the real ones, then copies with changed titles (and URLs) until N.

    Copy k of a paper keeps its title and adds a parenthesised tail of words borrowed from
    other real titles (at least 60% of the title's length) plus the copy number, e.g. "Robot
    Fleet Learning via Policy Merging (Deep Graph Kernels for Molecular Design, 7)".  A bare
    "(copy 7)" suffix would not do: papercli's duplicate check treats titles within a few
    characters of each other as the same paper.
    """
    nb = len(base)
    out = []
    for i in range(n):
        copy, j = divmod(i, nb)
        rec = dict(base[j])
        if copy:
            tail = _tail(base, j, copy, min_chars=max(40, len(rec["title"]) * 3 // 5))
            rec["title"] = f"{rec['title']} ({tail}, {copy})"
            if rec.get("paper_url"):
                rec["paper_url"] = f"{rec['paper_url']}#copy-{copy}"
            rec["id"] = f"{rec.get('id')}-{copy}"
        out.append(rec)
    return out


def _tail(base: list[dict], j: int, copy: int, min_chars: int) -> str:
    """Words from other real titles, at least MIN_CHARS long."""
    rng = random.Random(j * 1_000_003 + copy)  # deterministic: same records every time
    words: list[str] = []
    while len(" ".join(words)) < min_chars:
        donor = base[rng.randrange(len(base))]["title"].split()
        start = rng.randrange(max(1, len(donor) - 2))
        words += donor[start : start + 3]
    return " ".join(words)


def url_of(rec: dict) -> str:
    return rec.get("paper_url") or f"https://openreview.net/forum?id={rec.get('id')}"


def write_input(size: str, n: int, base: list[dict]) -> Path:
    path = WORK / f"input-{size}.json"
    if not path.exists() or _stamp(path) != _wanted_stamp(n):
        log(f"generating {n} records -> {path.relative_to(REPO)}")
        path.write_text(json.dumps(generate_records(base, n)), encoding="utf-8")
        _write_stamp(path, n)
    return path


def _wanted_stamp(n: int) -> str:
    src = hashlib.sha256(b"".join((DATA / s).read_bytes()[:4096] for s in SOURCES)).hexdigest()
    return f"v{GENERATOR_VERSION} n={n} src={src[:16]}"


def _stamp(path: Path) -> str | None:
    stamp = path.with_name(path.name + ".stamp")
    return stamp.read_text() if stamp.exists() else None


def _write_stamp(path: Path, n: int) -> None:
    path.with_name(path.name + ".stamp").write_text(_wanted_stamp(n))


def remove_library(lib: Path) -> None:
    for p in (lib, lib.with_name(lib.name + ".lock"), lib.with_name(f".{lib.name}.cache")):
        p.unlink(missing_ok=True)
    shutil.rmtree(lib.with_name(lib.name + ".backups"), ignore_errors=True)


def count_papers(lib: Path) -> int:
    return len(json.loads(lib.read_bytes()).get("papers", {}))


def build_library(size: str, n: int, base: list[dict], rebuild: bool) -> tuple[Path, Run | None]:
    """The library of N papers, made by ``papercli import``; the import's Run when it ran."""
    src = write_input(size, n, base)
    lib = WORK / f"lib-{size}.json"
    record = lib.with_name(lib.name + ".build")
    if lib.exists() and not rebuild and _stamp(lib) == _wanted_stamp(n):
        cached = json.loads(record.read_text()) if record.exists() else None
        return lib, Run(cached["seconds"], cached["max_rss_mb"]) if cached else None
    log(f"building {size} library with papercli import (may take a while) ...")
    remove_library(lib)
    run = run_once([PAPERCLI, "--db", lib, "import", src, "--format", "json"])
    count = count_papers(lib)
    log(f"  {size}: {count} papers imported in {fmt_s(run.seconds)}, peak {run.max_rss_mb:.0f} MB")
    if count != n:
        log(f"  warning: {n - count} generated records were skipped as duplicates")
    _write_stamp(lib, n)
    record.write_text(json.dumps({"seconds": run.seconds, "max_rss_mb": run.max_rss_mb}))
    return lib, run


def copy_library(lib: Path, name: str) -> Path:
    dst = WORK / name
    remove_library(dst)
    shutil.copyfile(lib, dst)
    return dst


# ---------------------------------------------------------------------------------------------
# buku


def ensure_buku() -> bool:
    if BUKU.exists():
        return True
    log("installing buku into benchmarks/work/buku-venv ...")
    try:
        subprocess.run([sys.executable, "-m", "venv", BUKU_VENV], check=True)
        subprocess.run([BUKU_VENV / "bin" / "pip", "install", "-q", "buku"], check=True)
    except (subprocess.CalledProcessError, OSError) as exc:
        log(f"  could not install buku ({exc}); skipping the comparison")
        return False
    return BUKU.exists()


BUKU_BUILD = r"""
import json, sys, buku
records = json.load(open(sys.argv[1], encoding="utf-8"))
db = buku.BukuDb(dbfile=sys.argv[2])
for rec in records:
    topic = rec.get("topic") or ""
    tags = "," + ",".join(t.strip() for t in topic.replace("->", ",").split(",") if t.strip()) + ","
    db.add_rec(rec["url"], title_in=rec["title"], tags_in=tags if tags != ",," else None,
               desc=rec.get("abstract") or "", immutable=True, delay_commit=True, fetch=False)
db.conn.commit()
print(db.cur.execute("SELECT COUNT(*) FROM bookmarks").fetchone()[0])
"""


def build_buku_db(size: str, n: int, base: list[dict], rebuild: bool) -> Path | None:
    """A buku DB (bookmarks.db in its own folder) with the same N records; its folder."""
    folder = WORK / f"buku-{size}"
    db = folder / "bookmarks.db"
    if db.exists() and not rebuild and _stamp(db) == _wanted_stamp(n):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    records = [{**r, "url": url_of(r)} for r in generate_records(base, n)]
    src = WORK / f"buku-input-{size}.json"
    src.write_text(json.dumps(records), encoding="utf-8")
    log(f"building buku DB with {n} records ...")
    out = subprocess.run(
        [BUKU_VENV / "bin" / "python", "-c", BUKU_BUILD, src, db],
        capture_output=True,
        text=True,
        env={**os.environ, "BUKU_DEFAULT_DBDIR": str(folder)},
    )
    if out.returncode != 0:
        log(f"  buku DB build failed: {out.stderr[-1500:]}")
        return None
    log(f"  buku DB: {out.stdout.strip()} bookmarks")
    _write_stamp(db, n)
    return folder


# ---------------------------------------------------------------------------------------------
# The benchmark


@dataclass
class Row:
    label: str
    size: str
    figure: str
    target: str
    ok: bool | None
    note: str = ""


def add_title() -> str:
    # Random hex: every added title is far from every other (the duplicate check is fuzzy).
    return f"Benchmark paper {uuid.uuid4().hex} on reading lists"


def machine_info() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    py = subprocess.run(
        [VENV_PYTHON, "-c", "import sys; print(sys.version.split()[0])"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    try:
        load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    rev = subprocess.run(
        ["git", "-C", REPO, "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", REPO, "status", "--porcelain", "--", "src"], capture_output=True, text=True
    ).stdout.strip()
    return {
        "rev": f"{rev}{' + uncommitted changes in src/' if dirty else ''}",
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": str(os.cpu_count()),
        "cpu": cpu,
        "python": py,
        "os": f"{platform.system()} {platform.release()}",
        "load": load,
    }


def judge(label: str, size: str, m: Measurement) -> Row:
    target = TARGETS.get(label, {}).get(size)
    ok = None if target is None else m.median <= target
    return Row(
        label,
        size,
        fmt_s(m.median),
        "—" if target is None else f"≤ {fmt_s(target)}",
        ok,
        f"{len(m.runs)} runs, {m.spread}, CPU {fmt_s(m.cpu_median)}, peak {m.peak_mb:.0f} MB",
    )


def ratio_row(
    label: str, size: str, a: Measurement, b: Measurement, target: float, b_name: str
) -> Row:
    """A / B as a ratio of median wall times, judged against TARGET; CPU ratio in the notes."""
    ratio = a.median / b.median
    cpu = a.cpu_median / b.cpu_median if b.cpu_median else float("nan")
    return Row(
        label,
        size,
        f"{ratio:.2f}",
        f"≤ {target}",
        ratio <= target,
        f"papercli {fmt_s(a.median)} / {b_name} {fmt_s(b.median)}; CPU ratio {cpu:.2f}",
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1k,10k,100k", help="comma-separated: 1k,10k,100k")
    ap.add_argument(
        "--runs",
        type=int,
        default=None,
        help="timed runs per row (default 10; 5 at 100k; 3 for import)",
    )
    ap.add_argument("--warmup", type=int, default=2, help="untimed runs before each row")
    ap.add_argument("--quick", action="store_true", help="1k and 10k only, 3 runs, 1 warm-up")
    ap.add_argument("--no-buku", action="store_true", help="skip the buku comparison")
    ap.add_argument("--rebuild", action="store_true", help="rebuild cached libraries")
    ap.add_argument("--no-write", action="store_true", help="do not write RESULTS.md")
    args = ap.parse_args(argv)

    if args.quick:
        args.sizes = "1k,10k" if args.sizes == "1k,10k,100k" else args.sizes
        args.runs = args.runs or 3
        args.warmup = 1
    sizes = [s.strip() for s in args.sizes.split(",") if s.strip()]
    for s in sizes:
        if s not in SIZES:
            ap.error(f"unknown size {s!r}; choose from {', '.join(SIZES)}")
    sizes.sort(key=SIZES.__getitem__)

    if not PAPERCLI.exists():
        log(f"{PAPERCLI} not found: create the venv and `pip install -e .` first")
        return 2
    if not all((DATA / s).exists() for s in SOURCES):
        log(f"skipping: the paper lists are not in {DATA} (expected {', '.join(SOURCES)})")
        return 0
    WORK.mkdir(parents=True, exist_ok=True)

    def runs_for(size: str) -> int:
        return args.runs or (5 if size == "100k" else 10)

    info = machine_info()
    log(f"machine: {info}")
    base = load_base_records()
    log(f"{len(base)} distinct real records in {', '.join(SOURCES)}")

    rows: list[Row] = []
    comparisons: list[str] = []
    peak_by_size: dict[str, float] = {}
    builds: dict[str, Run] = {}

    # --version (no library)
    m = measure("--version", lambda: [PAPERCLI, "--version"], runs_for("1k"), args.warmup)
    rows.append(judge("--version", "1k", m))
    log(f"--version: {fmt_s(m.median)}")

    libs: dict[str, Path] = {}
    for size in sizes:
        n = SIZES[size]
        lib, build = build_library(size, n, base, args.rebuild)
        libs[size] = lib
        if build:
            builds[size] = build
        count = count_papers(lib)
        runs = runs_for(size)
        peak = 0.0

        def list_cmd(lib: Path = lib) -> list[str | Path]:
            return [PAPERCLI, "--db", lib, "list", "--format", "json"]

        def search_cmd(lib: Path = lib) -> list[str | Path]:
            return [
                PAPERCLI,
                "--db",
                lib,
                "search",
                SEARCH_QUERY,
                "--limit",
                "20",
                "--format",
                "json",
            ]

        def broad_cmd(lib: Path = lib) -> list[str | Path]:
            return [
                PAPERCLI,
                "--db",
                lib,
                "search",
                BROAD_QUERY,
                "--limit",
                "20",
                "--format",
                "json",
            ]

        # add: against a copy of the library that grows by one paper a run
        add_lib = copy_library(lib, f"lib-{size}-add.json")

        def add_cmd(add_lib: Path = add_lib) -> list[str | Path]:
            return [PAPERCLI, "--db", add_lib, "add", add_title(), "--no-fetch"]

        absolute = [
            ("list --format json", list_cmd),
            ("search (fuzzy, top 20)", search_cmd),
            ("search (broad typo query)", broad_cmd),
            ("add", add_cmd),
        ]
        measured: dict[str, Measurement] = {}
        for label, make in absolute:
            m = measure(f"{label} {size}", make, runs, args.warmup)
            measured[label] = m
            rows.append(judge(label, size, m))
            peak = max(peak, m.peak_mb)
            log(f"{label} {size}: {fmt_s(m.median)} (CPU {fmt_s(m.cpu_median)})")
        peak_by_size[size] = peak

        # 1k: every data command against the typer + orjson + parse floor, in rounds
        if size == "1k":
            tag_lib = copy_library(lib, f"lib-{size}-tag.json")
            data_commands: list[tuple[str, Callable[[], Sequence[str | Path]]]] = [
                ("list --format json", list_cmd),
                ("search (narrow)", search_cmd),
                ("search (broad typo query)", broad_cmd),
                ("show", lambda lib=lib: [PAPERCLI, "--db", lib, "show", "17", "--json"]),
                ("next", lambda lib=lib: [PAPERCLI, "--db", lib, "next", "--json"]),
                ("tags", lambda lib=lib: [PAPERCLI, "--db", lib, "tags", "--json"]),
                ("stats", lambda lib=lib: [PAPERCLI, "--db", lib, "stats", "--json"]),
                (
                    "export --format json",
                    lambda lib=lib: [PAPERCLI, "--db", lib, "export", "--format", "json"],
                ),
                ("add", add_cmd),
                (
                    "tag",
                    lambda tag_lib=tag_lib: [
                        PAPERCLI,
                        "--db",
                        tag_lib,
                        "tag",
                        "17",
                        f"t{uuid.uuid4().hex[:12]}",
                    ],
                ),
            ]
            floor_entry = (
                "typer+orjson+parse floor",
                lambda lib=lib: [VENV_PYTHON, "-c", FLOOR_1K_CODE, lib],
                None,
            )
            results = measure_rounds(
                [floor_entry, *((name, make, None) for name, make in data_commands)],
                runs,
                args.warmup,
            )
            floor_m, command_ms = results[0], results[1:]
            for (name, _), m in zip(data_commands, command_ms, strict=True):
                rows.append(
                    ratio_row(
                        f"{name} / typer+orjson+parse floor",
                        size,
                        m,
                        floor_m,
                        FLOOR_1K_TARGET,
                        "floor",
                    )
                )
                log(f"{name} / 1k floor: {m.median / floor_m.median:.2f}")
            comparisons.append(
                f'- 1k floor: `python -c "{FLOOR_1K_CODE}" lib-1k.json` '
                f"(median {fmt_s(floor_m.median)}, CPU {fmt_s(floor_m.cpu_median)}), run in "
                "rounds with every data command: floor, list, search, ..., floor, list, ..."
            )

        # 10k: add against the floor of rewriting one JSON file (information, no target)
        if size == "10k":
            floor_lib = copy_library(lib, f"lib-{size}-write-floor.json")
            ma, mb = measure_pairs(
                ("papercli add", add_cmd, None),
                (
                    "write floor",
                    lambda floor_lib=floor_lib: [VENV_PYTHON, "-c", WRITE_FLOOR_CODE, floor_lib],
                    None,
                ),
                runs,
                args.warmup,
            )
            row = ratio_row(
                "add / typer+orjson+parse+write+fsync floor", size, ma, mb, float("inf"), "floor"
            )
            row.target, row.ok = "—", None
            rows.append(row)
            comparisons.append(
                f'- 10k write floor: `python -c "{WRITE_FLOOR_CODE}" copy-of-lib-10k.json`, '
                "in pairs with `papercli add` (the least any change to one JSON file costs)"
            )
            log(f"add / write floor at 10k: {ma.median / mb.median:.2f}")

        # import of N records into a fresh library (the table's row is 10k)
        if size == "10k":
            src = WORK / f"input-{size}.json"
            imp_lib = WORK / f"import-{size}.json"
            m_imp = measure(
                f"import {size}",
                lambda src=src, imp_lib=imp_lib: [
                    PAPERCLI,
                    "--db",
                    imp_lib,
                    "import",
                    src,
                    "--format",
                    "json",
                ],
                args.runs or 3,
                0,
                before=lambda imp_lib=imp_lib: remove_library(imp_lib),
            )
            imported = count_papers(imp_lib)
            row = judge("import of N records", size, m_imp)
            row.note += f", {imported} papers added"
            rows.append(row)
            log(f"import {size}: {fmt_s(m_imp.median)}")
            remove_library(imp_lib)

        # buku side by side at 10k
        if size == "10k" and not args.no_buku and ensure_buku():
            folder = build_buku_db(size, n, base, args.rebuild)
            if folder is not None:
                benv = {"BUKU_DEFAULT_DBDIR": str(folder)}
                buku_add_folder = WORK / f"buku-{size}-add"
                shutil.rmtree(buku_add_folder, ignore_errors=True)
                shutil.copytree(folder, buku_add_folder)
                badd_env = {"BUKU_DEFAULT_DBDIR": str(buku_add_folder)}
                pairs = [
                    (
                        "list",
                        list_cmd,
                        (lambda: [BUKU, "--nostdin", "--np", "-p"]),
                        benv,
                        "`papercli list --format json` vs `buku --nostdin --np -p`",
                    ),
                    (
                        "search",
                        search_cmd,
                        (lambda: [BUKU, "--nostdin", "--np", "-s", *BUKU_SEARCH_WORDS]),
                        benv,
                        f'`papercli search "{SEARCH_QUERY}" --limit 20 --format json` vs '
                        f"`buku --nostdin --np -s {' '.join(BUKU_SEARCH_WORDS)}`",
                    ),
                    (
                        "search (broad)",
                        broad_cmd,
                        (lambda: [BUKU, "--nostdin", "--np", "-s", *BUKU_BROAD_WORDS]),
                        benv,
                        f'`papercli search "{BROAD_QUERY}" --limit 20 --format json` vs '
                        f"`buku --nostdin --np -s {' '.join(BUKU_BROAD_WORDS)}`",
                    ),
                    (
                        "add",
                        add_cmd,
                        (
                            lambda: [
                                BUKU,
                                "--nostdin",
                                "--np",
                                "--offline",
                                "--tacit",
                                "-a",
                                f"https://example.org/bench/{uuid.uuid4().hex}",
                                "--title",
                                add_title(),
                            ]
                        ),
                        badd_env,
                        "`papercli add TITLE --no-fetch` vs "
                        "`buku --nostdin --np --offline --tacit -a URL --title TITLE`",
                    ),
                ]
                for what, pa, pb, env_b, desc in pairs:
                    ma, mb = measure_pairs(
                        (f"papercli {what}", pa, None),
                        (f"buku {what}", pb, env_b),
                        runs,
                        args.warmup,
                    )
                    rows.append(
                        ratio_row(f"{what} / buku", size, ma, mb, BUKU_RATIO_TARGETS[what], "buku")
                    )
                    comparisons.append(f"- {what}: {desc}")
                    log(
                        f"{what} vs buku: {fmt_s(ma.median)} / {fmt_s(mb.median)} = "
                        f"{ma.median / mb.median:.2f}"
                    )

        # the orjson floor at 100k
        if size == "100k":
            ma, mb = measure_pairs(
                ("papercli list", list_cmd, None),
                ("orjson floor", lambda lib=lib: [VENV_PYTHON, "-c", FLOOR_CODE, lib], None),
                runs,
                args.warmup,
            )
            rows.append(
                ratio_row(
                    "list --format json / orjson-parse floor",
                    size,
                    ma,
                    mb,
                    FLOOR_RATIO_TARGET,
                    "floor",
                )
            )
            log(f"list / floor at 100k: {ma.median / mb.median:.2f}")
            floor_peak = mb.peak_mb
            for label, m in measured.items():
                if label == "search (broad typo query)":
                    continue
                rows.append(
                    Row(
                        f"peak memory of {label} / floor's peak",
                        size,
                        f"{m.peak_mb / floor_peak:.2f}",
                        f"≤ {PEAK_MEMORY_RATIO_TARGET}",
                        m.peak_mb / floor_peak <= PEAK_MEMORY_RATIO_TARGET,
                        f"{m.peak_mb:.0f} MB / floor {floor_peak:.0f} MB (max ru_maxrss)",
                    )
                )
            comparisons.append(
                f'- 100k floor: `python -c "{FLOOR_CODE}" lib-100k.json` '
                "in pairs with the list (its peak memory is the memory floor)"
            )
        log(f"{size}: library of {count} papers, {lib.stat().st_size / 1e6:.1f} MB")

    for size, built in builds.items():
        rows.append(
            Row(
                "import (library build, 1 run)",
                size,
                fmt_s(built.seconds),
                "—",
                None,
                f"peak {built.max_rss_mb:.0f} MB (from when the library was built)",
            )
        )

    text = render(rows, info, comparisons, libs, args)
    print(text)
    if not args.no_write:
        # Hand-written notes below NOTES_MARKER in RESULTS.md survive a re-run.
        old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
        if NOTES_MARKER in old:
            text += "\n" + old[old.index(NOTES_MARKER) :]
        RESULTS.write_text(text, encoding="utf-8")
        log(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


def render(
    rows: list[Row],
    info: dict[str, str],
    comparisons: list[str],
    libs: dict[str, Path],
    args: argparse.Namespace,
) -> str:
    mark = {True: "pass", False: "**FAIL**", None: "—"}
    lines = [
        "# papercli benchmark results",
        "",
        f"- date: {info['date']}",
        f"- machine: {info['nproc']} CPUs, {info['cpu']}, {info['os']}, "
        f"load average at start {info['load']}",
        f"- python (venv): {info['python']}; papercli at {info['rev']}",
        f"- harness: `benchmarks/run.py` (Python; each command started by a helper with "
        f"posix_spawn, wall time from perf_counter, CPU and peak memory from its wait4 rusage), "
        f"median of the timed runs after warm-up; sizes {args.sizes}",
        "- libraries: "
        + ", ".join(
            f"{s} = {count_papers(p)} papers / {p.stat().st_size / 1e6:.1f} MB"
            for s, p in libs.items()
        ),
        "",
        "| row | size | median | target | result | notes |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r.label} | {r.size} | {r.figure} | {r.target} | {mark[r.ok]} | {r.note} |"
        )
    if comparisons:
        lines += [
            "",
            "Floors and buku, measured side by side (pairs A B A B, or rounds; ratio of "
            "median wall times; CPU = user + system time of the child):",
            "",
            *comparisons,
        ]
    lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(main())
