"""Where the digest importer wins and loses on real pages: which of its layout rules change any
page, and where the titles it misses are lost.

usage: python benchmarks/digest_evidence.py rules [RULE ...]
       python benchmarks/digest_evidence.py misses

Both read the pages of ``fit``, ``dev`` and ``corpus-read`` (see digest_eval.py); the held-out
split is never read. ``rules`` imports every page once as the importer is, then once more for
each ``follow_*`` rule ``parse_digest`` calls (or each RULE named), with that rule made to do
nothing, and prints per rule how many pages it changes (up, down or mixed on recall,
precision and fields) and how many pages pass (0.9 on all three, as digest-score decides) only
with it or only without it. ``misses`` sorts each key title that digest-score reports missing
by where it was lost: listed as uncertain (kept with --keep-uncertain), a candidate accepted
and then lost, a candidate span scored below acceptance after the layout rules (by score
band), a candidate on a line a rule cleared, inside a longer candidate span (cut wrongly), or
no candidate at all. Parsing is in-process, two pages at a time.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from multiprocessing import Pool
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import digest_eval  # noqa: E402

PASS = 0.9
CHUNK = 40  # pages per task
scorer = digest_eval.scorer_module


def pages() -> list[tuple[str, Path, Path]]:
    """(split, page, key) of every page that may be read for errors."""
    out = []
    for split in ("fit", "dev"):
        for page in sorted((digest_eval.REAL / split).glob("*.txt")):
            key = page.with_suffix(".json")
            if key.exists():
                out.append((split, page, key))
    out += [("read", page, key) for page, key in digest_eval.corpus_pages("read")]
    return out


def rules_called() -> list[str]:
    """The follow_* rules parse_digest calls, in the order it calls them."""
    source = (HERE.parent / "src/papercli/importers/digest/__init__.py").read_text()
    return list(dict.fromkeys(re.findall(r"^\s+(follow_\w+)\(", source, re.MULTILINE)))


@contextmanager
def _silenced(rule: str) -> Iterator[None]:
    """RULE does nothing while inside (parse_digest imports it each time it runs)."""
    from papercli.importers.digest import records

    kept = getattr(records, rule) if rule else None
    if rule:
        setattr(records, rule, lambda *args, **kwargs: None)
    try:
        yield
    finally:
        if rule:
            setattr(records, rule, kept)


def _score(job: tuple[str, list[tuple[str, str]]]) -> list[tuple[str, tuple[float, ...]]]:
    """The scores of some pages with one rule silenced ("": none)."""
    rule, chunk = job
    from papercli.importers.digest import parse_digest

    out: list[tuple[str, tuple[float, ...]]] = []
    with _silenced(rule):
        for page, key in chunk:
            result = parse_digest(Path(page).read_text(encoding="utf-8"))
            papers = [p.to_dict() for p in result.papers]
            want = json.loads(Path(key).read_text())
            recall, precision, fields, _ = scorer().score(want, papers)
            out.append((page, (recall, precision, fields)))
    return out


def _passes(scores: tuple[float, ...]) -> bool:
    """A pass as digest-score decides it (its exit code), on unrounded scores."""
    return min(scores) >= PASS


def rules(named: list[str]) -> None:
    """Each rule's effect: pages changed, helped, hurt, and pages passing because of it."""
    found = pages()
    called = rules_called()
    unknown = [rule for rule in named if rule not in called]
    if unknown:
        raise SystemExit(f"not a rule parse_digest calls: {', '.join(unknown)}")
    chosen = named or called
    paths = [(str(page), str(key)) for _, page, key in found]
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    with Pool(2) as pool:
        done = pool.map(_score, [(rule, chunk) for rule in ["", *chosen] for chunk in chunks])
    scored = [row for rows in done for row in rows]
    per_page = len(found)
    base = dict(scored[:per_page])
    print(f"{len(found)} pages ({Counter(s for s, _, _ in found)}), {len(chosen)} rules")
    print("pages whose scores the rule changes: up, down, mixed; pages passing: won, lost")
    print(f"{'rule':34s} changed  up down mixed  won lost")
    for n, rule in enumerate(chosen, 1):
        without = dict(scored[n * per_page : (n + 1) * per_page])
        changed = [p for p in base if base[p] != without[p]]
        up = sum(
            1 for p in changed if all(a >= b for a, b in zip(base[p], without[p], strict=True))
        )
        down = sum(
            1 for p in changed if all(a <= b for a, b in zip(base[p], without[p], strict=True))
        )
        won = sum(1 for p in base if _passes(base[p]) and not _passes(without[p]))
        lost = sum(1 for p in base if _passes(without[p]) and not _passes(base[p]))
        mixed = len(changed) - up - down
        print(f"{rule:34s} {len(changed):7d} {up:3d} {down:4d} {mixed:5d} {won:4d} {lost:4d}")


def _where_lost(job: tuple[str, str]) -> list[str]:
    """Where each key title the import of a page misses was lost."""
    page, key = job
    from papercli.importers.digest import parse_digest
    from papercli.importers.digest import scorer as title_scorer

    model_spans: list[tuple[str, float]] = []  # as the title model scored them
    final: list[list[Any]] = []  # the same rows after the layout rules raised, cut or cleared
    score_lines: Callable[..., Any] = title_scorer.score_lines

    def spy(lines: Any) -> Any:
        scored = score_lines(lines)
        model_spans.extend((c.text, c.score) for row in scored for c in row)
        final.append(scored)
        return scored

    title_scorer.score_lines = spy
    try:
        result = parse_digest(Path(page).read_text(encoding="utf-8"))
    finally:
        title_scorer.score_lines = score_lines
    accept = float(title_scorer.load_model()["accept"])
    same, norm = scorer().same_title, scorer().norm
    papers = [p.to_dict() for p in result.papers]
    *_, misses = scorer().score(json.loads(Path(key).read_text()), papers)
    final_spans = [(c.text, c.score) for rows in final for row in rows for c in row]
    uncertain = [p.title for p in result.uncertain]
    lost = []
    for miss in misses:
        if not miss.startswith("missing paper: "):
            continue
        title = miss.removeprefix("missing paper: ")
        scores = [s for text, s in final_spans if same(title, text)]
        if any(same(title, t) for t in uncertain):
            lost.append("uncertain (kept with --keep-uncertain)")
        elif scores and max(scores) >= accept:
            lost.append("accepted, then lost (record cut, merge, filter)")
        elif scores:
            band = min(int(max(scores) * 10), 9)
            lost.append(f"a candidate scored {band / 10:.1f}-{(band + 1) / 10:.1f}")
        elif any(same(title, text) for text, _ in model_spans):
            lost.append("a candidate whose line a rule cleared")
        elif any(norm(title) in norm(text) for text, _ in model_spans + final_spans):
            lost.append("inside a longer candidate")
        else:
            lost.append("no candidate")
    return lost


def misses() -> None:
    """Where each missed key title was lost, counted over all pages."""
    found = pages()
    with Pool(2) as pool:
        lost = pool.map(_where_lost, [(str(page), str(key)) for _, page, key in found])
    counts = Counter(reason for page in lost for reason in page)
    total = sum(counts.values())
    print(f"{total} key titles missed on {sum(1 for p in lost if p)} of {len(found)} pages")
    for reason, count in sorted(counts.items()):
        print(f"  {reason:42s} {count:5d}  {count / max(total, 1):.0%}")


def main(argv: list[str]) -> int:
    if not digest_eval.REAL.is_dir() or not digest_eval.SCORER.exists():
        print("needs ../shared/digests/real and ../shared/tools/digest-score", file=sys.stderr)
        return 2
    if argv[:1] == ["rules"]:
        rules(argv[1:])
    elif argv == ["misses"]:
        misses()
    else:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
