"""The terminal table gives the title its room first (QA1 item 14, issue 9 item 5).

Rendered through output.py's real code path (``_rich_table``) on a Rich console of a fixed
width that is a terminal, the titles' cells are measured on the screen text.
"""

from __future__ import annotations

import io

import pytest
from rich.cells import cell_len
from rich.console import Console

from papercli import output
from papercli.model import Paper

# The example digest's papers: long titles, venues, topics and summaries, as in the QA report.
TITLES = [
    "Deep Residual Learning for Image Recognition",
    "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    "Attention Is All You Need",
    "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    "Learning Transferable Visual Models From Natural Language Supervision",
    "LoRA: Low-Rank Adaptation of Large Language Models",
    "Denoising Diffusion Probabilistic Models",
    "Proximal Policy Optimization Algorithms",
]
TOPICS = [
    "Vision",
    "Vision",
    "Language",
    "Language",
    "Quick picks",
    "From the arXiv feed",
    "From the arXiv feed, LG",
    "LG",
]


def _papers() -> list[Paper]:
    return [
        Paper(
            id=i,
            title=title,
            venue="arXiv",
            year=2015 + i,
            topics=[t.strip() for t in TOPICS[i - 1].split(",")],
            status=("unread", "reading", "read")[i % 3],
            summary="A summary long enough to be cut on any terminal. " * 2,
        )
        for i, title in enumerate(TITLES, 1)
    ]


def _render(papers: list[Paper], width: int, scores: list[float] | None = None) -> list[str]:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, force_terminal=True, color_system=None)
    original = output._stdout_console
    output._stdout_console = lambda: console  # type: ignore[assignment]
    try:
        output._rich_table(papers, scores)
    finally:
        output._stdout_console = original  # type: ignore[assignment]
    return [line for line in buffer.getvalue().splitlines() if line.strip()]


def _title_width(header: str) -> int:
    """The title column's width in cells, from the header line (ASCII, so cells = chars)."""
    start = header.index("Title")
    following = min(header.index(h) for h in ("Venue", "Topic", "Status", "Summary") if h in header)
    return following - start - 3  # a column's right padding, the separator, the left padding


def _title_cell(lines: list[str], title: str) -> str:
    """The text shown in TITLE's cell: from where the title starts to the column gap."""
    head = title[:12]
    line = next(line for line in lines if head in line)
    return line[line.index(head) :].split("  ")[0].rstrip()


@pytest.mark.parametrize("width", [80, 90, 100, 120, 160, 220])
def test_titles_get_their_room_before_venue_topic_and_summary(width: int) -> None:
    lines = _render(_papers(), width)
    header = lines[0]
    assert all(cell_len(line) <= width for line in lines)
    title_width = _title_width(header)
    # Up to its full width, and no narrower than 60 cells while anything else could give way.
    assert title_width >= min(max(cell_len(t) for t in TITLES), output.TITLE_MIN_WIDTH)
    for title in TITLES:
        shown = _title_cell(lines, title)
        assert shown == title or (shown.endswith("…") and cell_len(shown) <= title_width)
        if cell_len(title) <= title_width:
            assert shown == title
    if title_width < output.TITLE_MIN_WIDTH:  # only when nothing optional is left to give way
        assert header.split() == ["ID", "Title", "Status"]
    if "Summary" in header:
        # The summary is the first to go: it is shown only beside whole titles.
        assert all(_title_cell(lines, t) == t for t in TITLES)
        assert "Topic" in header and "Venue" in header
    if "Topic" in header:
        assert "Venue" in header


def test_at_80_columns_the_title_is_not_cut_to_make_room_for_topic_and_venue() -> None:
    lines = _render(_papers(), 80)
    assert lines[0].split() == ["ID", "Title", "Status"]
    assert _title_width(lines[0]) >= 60  # the QA report saw 22, with Topic at 23, Venue 12
    for title in TITLES:
        if len(title) <= 60:
            assert _title_cell(lines, title) == title


def test_the_optional_columns_share_what_the_titles_leave() -> None:
    lines = _render(_papers(), 160)
    header = lines[0]
    assert header.split()[:3] == ["ID", "Title", "Venue"]
    assert "Topic" in header and "Summary" in header
    assert all(_title_cell(lines, t) == t for t in TITLES)


@pytest.mark.parametrize("width", [30, 40, 60])
def test_id_score_and_status_are_never_dropped(width: int) -> None:
    papers = _papers()
    lines = _render(papers, width, scores=[float(90 - i) for i in range(len(papers))])
    header = lines[0].split()
    assert header[:2] == ["ID", "Score"] and header[-1] == "Status" and len(header) == 4
    for paper in papers:
        row = next(line for line in lines if line.split()[0] == str(paper.id))
        assert row.split()[1] == str(90 - paper.id + 1)
        assert row.split()[-1] == paper.status
    assert all(cell_len(line) <= width for line in lines)


def test_a_cjk_title_is_measured_in_cells() -> None:
    # 36 characters, 72 cells
    title = "基于自回归扩散模型的图像生成与编辑方法研究：从理论到实践的系统综述与展望"
    papers = [*_papers()[:2], Paper(id=9, title=title, venue="arXiv", year=2024, topics=["LG"])]
    lines = _render(papers, 100)
    assert _title_width(lines[0]) >= output.TITLE_MIN_WIDTH
    assert _title_cell(lines, title).endswith("…")
    assert all(cell_len(line) <= 100 for line in lines)
