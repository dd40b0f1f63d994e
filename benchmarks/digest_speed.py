"""How fast the digest importer reads a megabyte, by kind of input, and whether it stays linear.

usage: python benchmarks/digest_speed.py [--mb N] [--linear] [--floor] [KIND ...]

Each input is built at run time: ``real`` joins the pages of ../shared/digests/real (read from
there, never copied into the project; skipped when ../shared is absent), the others are
synthesised: a numbered list, one paragraph of prose, a markdown table, and hostile shapes
(one huge line, many tiny lines, deeply nested lists, brackets). Prints the in-process
CPU seconds per MB of ``parse_digest`` for each kind, the median of three runs. --linear also
times each input at half the size: the ratio (full / half) stays near 2 when time is linear.
--floor also times the markdown parser alone on the same input (the markdown-it-py parser the
blocks stage builds): no importer that reads markdown through it runs faster than that.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PAPERCLI_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT / "src"))

_WORDS = [
    "learning",
    "graph",
    "neural",
    "deep",
    "robust",
    "attention",
    "models",
    "via",
    "towards",
    "efficient",
    "sparse",
    "transformer",
    "diffusion",
    "language",
    "vision",
    "policy",
]


def _title(rnd: random.Random) -> str:
    return " ".join(rnd.choice(_WORDS).capitalize() for _ in range(rnd.randint(3, 9)))


def _fill(size: int, make: Callable[[random.Random, int], str], sep: str = "\n") -> str:
    """Pieces from MAKE joined by SEP until SIZE bytes."""
    rnd = random.Random(1)
    out: list[str] = []
    total = 0
    while total < size:
        piece = make(rnd, len(out))
        out.append(piece)
        total += len(piece.encode()) + len(sep)
    return sep.join(out)


def real(size: int) -> str | None:
    pages = sorted((SHARED / "digests" / "real").glob("*/*.txt"))
    if not pages:
        return None
    texts: list[str] = []
    total = 0
    while total < size:
        for page in pages:
            text = page.read_text(encoding="utf-8")
            texts.append(text)
            total += len(text.encode())
            if total >= size:
                break
    return "\n\n".join(texts)


def numbered(size: int) -> str:
    return _fill(size, lambda rnd, i: f"{i + 1}. {_title(rnd)}")


def prose(size: int) -> str:
    return _fill(size, lambda rnd, i: _title(rnd).lower() + " is what we study here.", " ")


def table(size: int) -> str:
    head = "| Title | Authors | Links |\n|---|---|---|\n"
    return head + _fill(
        size,
        lambda rnd, i: (
            f"| **{_title(rnd)}** | A. Bee, C. Dee and E. Eff | "
            f"[paper](https://arxiv.org/abs/2301.{i % 99999:05d}) "
            f"[code](https://github.com/x/y{i}) <br> ![](https://img.shields.io/badge/x) |"
        ),
    )


def records(size: int) -> str:
    return _fill(
        size,
        lambda rnd, i: (
            f"**{_title(rnd)}**\nA. Bee, C. Dee, E. Eff\n"
            f"[arXiv](https://arxiv.org/abs/2301.{i % 99999:05d}) · ICLR 2023\n"
        ),
    )


def one_line(size: int) -> str:
    return _fill(size, lambda rnd, i: _title(rnd) + " by A. Bee - ", "")


def tiny_lines(size: int) -> str:
    return _fill(size, lambda rnd, i: "ab"[i % 2])


def nested(size: int) -> str:
    return _fill(size, lambda rnd, i: "  " * (i % 40) + f"- {_title(rnd)}")


def brackets(size: int) -> str:
    return _fill(size, lambda rnd, i: "([" * 20 + _title(rnd) + "])" * 20)


def separators(size: int) -> str:
    """Long runs of separators before a citation: each regex must not retry the run."""
    return _fill(size, lambda rnd, i: ", " * 1900 + f"“{_title(rnd)}.” Nature, 2020.", "\n\n")


def cited(size: int) -> str:
    """A citation whose names run into a long run of separators before its title."""
    return _fill(
        size, lambda rnd, i: "A. Bee" + " ," * 1900 + f" {_title(rnd)}. In NeurIPS, 2020.", "\n\n"
    )


def glued(size: int) -> str:
    """A numbered list run onto one line, each year glued to the next entry's number."""
    return "1. " + _fill(size, lambda rnd, i: f"{_title(rnd)}. SIGIR 2020{i + 2}. ", "")


def open_quotes(size: int) -> str:
    """Lines that each open a quotation the next line closes: one paragraph of wrapped quotes."""
    return _fill(size, lambda rnd, i: f'{_title(rnd)} of the "{_title(rnd)}')


def bibtex_heads(size: int) -> str:
    """BibTeX entry heads that never close, each one line: every head would scan far ahead."""
    return _fill(size, lambda rnd, i: f"@article{{key{i},")


def space_runs(size: int) -> str:
    """Lines whose words a long run of spaces (or tabs) parts: each pattern that reads spaces
    must enter a run once, not at each of its spaces."""
    return _fill(
        size, lambda rnd, i: _title(rnd) + (" " if i % 2 else "\t") * 3000 + ": x 2019.3", "\n"
    )


def leading_spaces(size: int) -> str:
    """Lines that open with a long run of spaces: a pattern anchored at a line's start must
    read the run once (stop 45: a data-file test read it twice over, quadratic)."""
    return _fill(size, lambda rnd, i: " " * 20_000 + _title(rnd))


def data_rows(size: int) -> str:
    """A CSV file and a YAML list, the data files the importer reads as such."""
    half = size // 2
    rows = _fill(half, lambda rnd, i: f'{i},"{_title(rnd)}","A. Bee, C. Dee",2020')
    entries = _fill(half, lambda rnd, i: f"- title: {_title(rnd)}\n  authors: A. Bee\n  year: 2020")
    return "id,title,authors,year\n" + rows + "\n\n" + entries


def html(size: int) -> str:
    body = _fill(
        size,
        lambda rnd, i: (
            f"<li><a href='https://arxiv.org/abs/2301.{i % 99999:05d}'>"
            f"<b>{_title(rnd)}</b></a> - A. Bee, C. Dee</li>"
        ),
    )
    return f"<!doctype html><html><body><ul>{body}</ul></body></html>"


def html_cards(size: int) -> str:
    """Links that wrap a card of blocks and never close: each close would join all inside."""
    body = _fill(
        size, lambda rnd, i: f"<a href='https://x.example/{i}'><h3>{_title(rnd)}</h3><p>x</p>"
    )
    return f"<!doctype html><html><body>{body}</body></html>"


KINDS: dict[str, Callable[[int], str | None]] = {
    "real": real,
    "numbered": numbered,
    "records": records,
    "table": table,
    "prose": prose,
    "html": html,
    "one-line": one_line,
    "tiny-lines": tiny_lines,
    "nested": nested,
    "brackets": brackets,
    "separators": separators,
    "cited": cited,
    "glued": glued,
    "open-quotes": open_quotes,
    "bibtex-heads": bibtex_heads,
    "html-cards": html_cards,
    "space-runs": space_runs,
    "leading-spaces": leading_spaces,
    "data-rows": data_rows,
}


def seconds(text: str, runs: int = 3) -> float:
    """The median CPU time of parse_digest on TEXT over RUNS runs (CPU time: this machine is
    shared, and other work on it stretches wall time)."""
    from papercli.importers.digest import parse_digest

    times = []
    for _ in range(runs):
        start = time.process_time()
        parse_digest(text, "bench")
        times.append(time.process_time() - start)
    return statistics.median(times)


def parser_seconds(text: str, runs: int = 3) -> float:
    """The median CPU time of the blocks stage's markdown parser alone on TEXT."""
    from papercli.importers.digest.blocks import markdown_parser

    parser = markdown_parser()
    times = []
    for _ in range(runs):
        start = time.process_time()
        parser.parse(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    from papercli.importers.digest import parse_digest

    size = int(float(argv[argv.index("--mb") + 1]) * 1_000_000) if "--mb" in argv else 1_000_000
    linear = "--linear" in argv
    chosen = [a for a in argv if a in KINDS] or list(KINDS)
    parse_digest("1. Warm Up The Parser\n", "bench")
    for kind in chosen:
        text = KINDS[kind](size)
        if text is None:
            print(f"{kind:11} skipped (no ../shared/digests/real)")
            continue
        megabytes = len(text.encode()) / 1e6
        took = seconds(text)
        line = f"{kind:11} {megabytes:5.2f} MB  {took / megabytes:6.2f} s/MB"
        if linear:
            half = KINDS[kind](size // 2) or ""
            ratio = took / max(seconds(half), 1e-6)
            line += f"  full/half {ratio:4.2f}"
        if "--floor" in argv:
            line += f"  markdown parser alone {parser_seconds(text) / megabytes:5.2f} s/MB"
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
