"""Conventions shared by real pages read for errors in stop 70, written afresh with made-up
titles and names."""

from __future__ import annotations

import pytest
from tests.conftest import digest_by_title as _by_title

_SUBJECT_PAGE = (
    "{heading}\n\n"
    "- **Folding Cameras for Wide Scenes** [[arxiv](https://arxiv.org/abs/2004.12345)]\n"
    "- **Quiet Tokens Speak Louder in Sparse Decoders** [[arxiv](https://arxiv.org/abs/2310.12345)]\n"
    "- **Pegging Boards for Language Models** [[arxiv](https://arxiv.org/abs/2402.12345)]\n"
)


@pytest.mark.parametrize(
    ("heading", "topics"),
    [
        ("# Prompt Learning", ["Prompt Learning"]),  # what the page's papers share
        ("## IJCAI 2019", ["IJCAI 2019"]),
        ("# 注意力机制", ["注意力机制"]),
        ("# My reading list", []),  # the page's own title, naming a list
        ("# Awesome Card Games", []),
        ("# Papers I Read in 2024", []),
        ("# 推荐论文清单", []),
    ],
)
def test_a_pages_lone_heading_names_its_papers_subject_unless_it_names_a_list(
    heading: str, topics: list[str]
) -> None:
    papers = _by_title(_SUBJECT_PAGE.format(heading=heading))
    assert len(papers) == 3
    assert all(p["topics"] == topics for p in papers.values())


def test_a_pages_title_over_sections_stays_no_topic() -> None:
    page = (
        "# Prompt Learning\n\n## Soft prompts\n\n"
        "- **Folding Cameras for Wide Scenes** [[arxiv](https://arxiv.org/abs/2004.12345)]\n"
        "- **Quiet Tokens Speak Louder in Sparse Decoders** [[arxiv](https://arxiv.org/abs/2310.12345)]\n\n"
        "## Hard prompts\n\n"
        "- **Pegging Boards for Language Models** [[arxiv](https://arxiv.org/abs/2402.12345)]\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["topics"] == ["Soft prompts"]
    assert papers["Pegging Boards for Language Models"]["topics"] == ["Hard prompts"]


def test_an_italic_outlet_between_dots_after_the_first_author_is_the_venue() -> None:
    page = (
        "#### Recently added\n\n"
        "- **[Pegging Boards for Clinical Notes](https://doi.org/10.1038/s41591-026-00001-2)**"
        "<br/>Moss AB et al. · *Card Games Medicine* · 2026-08-07\n"
        "- **[Quiet Tokens in Hospital Records](https://doi.org/10.1016/j.cards.2026.101013)**"
        "<br/>Jin K et al. · *The Lancet Card Health* · 2026-07-27\n"
        "- **[Folding Cameras for Wards](https://doi.org/10.1126/science.adz4351)**"
        "<br/>Quill R et al. · *Science* · 2026-07-09\n"
    )
    papers = _by_title(page)
    got = {t: (p.get("venue"), p.get("authors"), p.get("year")) for t, p in papers.items()}
    assert got == {
        "Pegging Boards for Clinical Notes": ("Card Games Medicine", ["Moss AB"], 2026),
        "Quiet Tokens in Hospital Records": ("The Lancet Card Health", ["Jin K"], 2026),
        "Folding Cameras for Wards": ("Science", ["Quill R"], 2026),
    }


def test_a_links_text_of_names_et_al_and_a_colon_gives_the_title_after_them() -> None:
    page = (
        "### Lecture: 10. Card games\n\n"
        "- Counting [[Ada Moss et al.: Pegging Boards for Language Models]"
        "(https://arxiv.org/abs/1502.05477)]\n"
        "- _Hands [[Rémi Quill et al.:Quiet Tokens Speak Louder in Sparse Decoders]"
        "(https://arxiv.org/abs/1606.02647)]]_\n"
        "- Starters [[Vale, C., et al.: Folding Cameras for Wide Scenes]"
        "(https://openreview.net/forum?id=r1lyTjAqYX)]\n"
    )
    papers = _by_title(page)
    got = {t: p.get("authors") for t, p in papers.items()}
    assert got == {
        "Pegging Boards for Language Models": ["Ada Moss"],
        "Quiet Tokens Speak Louder in Sparse Decoders": ["Rémi Quill"],
        "Folding Cameras for Wide Scenes": ["C. Vale"],
    }
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "1502.05477"


def test_a_hosts_name_in_brackets_after_a_links_title_is_no_part_of_it() -> None:
    page = (
        "**1. Pegging — 카드 게임 모델**\n- 요약: 카드 게임.\n\n"
        "→ 원문: [Pegging Boards for Language Models (Hugging Face Papers)]"
        "(https://huggingface.co/papers/2608.25518)\n\n"
        "**2. Quiet — 조용한 토큰**\n- 요약: 토큰.\n\n"
        "→ 원문: [Quiet Tokens Speak Louder in Sparse Decoders (Hugging Face Papers)]"
        "(https://huggingface.co/papers/2608.27345)\n"
    )
    assert sorted(_by_title(page)) == [
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]


def test_an_award_label_line_right_over_a_paper_is_its_section() -> None:
    page = (
        "Best Paper Awards\n\n"
        "Best Student Paper Award:\n"
        "Pegging boards for language models. Ada Moss, Bea Quill (Some University)\n\n"
        "New Horizons Award:\n"
        "Quiet tokens speak louder in sparse decoders. Cy Vale (Other University)\n\n"
        "Theory Track Paper Award:\n"
        "Folding cameras for wide scenes. Di Rowe (Third University)\n"
    )
    topics = {t: p["topics"] for t, p in _by_title(page).items()}
    assert topics["Pegging boards for language models"] == ["Best Student Paper Award"]
    assert topics["Quiet tokens speak louder in sparse decoders"] == ["New Horizons Award"]
    assert topics["Folding cameras for wide scenes"] == ["Theory Track Paper Award"]


def test_a_titles_own_by_before_title_cased_words_is_no_byline() -> None:
    page = (
        "- Quiet Decoders: Removing Outliers by Helping Attention Heads Do Nothing "
        "[[paper](https://arxiv.org/abs/2306.12929)]\n"
        "- DynaCard: Dynamic Card Detection by Incrementally Maximizing Modularity "
        "[[paper](https://arxiv.org/abs/1709.08350)]\n"
        "- Pegging Boards for Language Models by Jing Li and Ming Zhou "
        "[[paper](https://arxiv.org/abs/2101.00001)]\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "DynaCard: Dynamic Card Detection by Incrementally Maximizing Modularity",
        "Pegging Boards for Language Models",
        "Quiet Decoders: Removing Outliers by Helping Attention Heads Do Nothing",
    ]
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Jing Li", "Ming Zhou"]


def test_a_review_links_label_after_a_title_is_no_part_of_it() -> None:
    page = (
        "Summaries of papers on card games.\n\n2018\n\n"
        "- Pegging Boards [[Paper](https://arxiv.org/abs/1803.10122)] "
        "[[Review](https://github.com/someone/papers/blob/master/reviews/pegging.md)]\n"
        "    - Ada Moss, Bea Quill, ArXiv, 2018\n\n2017\n\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders "
        "[[Paper](https://arxiv.org/abs/1703.09831)] "
        "[[Review](https://github.com/someone/papers/blob/master/reviews/quiet.md)]\n"
        "    - Cy Vale, Di Rowe, ArXiv, 2017\n"
        "- Folding Cameras for Wide Scenes [[Paper](https://arxiv.org/abs/1706.01427)] "
        "[[Review](https://github.com/someone/papers/blob/master/reviews/folding.md)]\n"
        "    - Eve Lark, NIPS, 2017\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]


def test_an_award_after_a_dash_at_a_titles_end_is_no_part_of_it() -> None:
    page = (
        "- [Pegging Boards for Language Models - ICML'16 Best Paper Award](notes/pegging.md) "
        "[[arXiv](http://arxiv.org/abs/1511.06581)]\n"
        "- [Quiet Tokens Speak Louder in Sparse Decoders](notes/quiet.md) "
        "[[arXiv](http://arxiv.org/abs/1510.00149)]\n"
        "- [Folding Cameras for Wide Scenes - Best Paper](notes/folding.md) "
        "[[arXiv](http://arxiv.org/abs/1510.00150)]\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]


def test_a_venue_line_under_the_authors_names_the_papers_venue() -> None:
    page = (
        "**Pegging Boards for Language Models** \\\n*Ada Moss* \\\n"
        "Neural Cribbage 2011. [[Paper](http://example.org/pegging.pdf)] \\\n7 Jul 2011\n\n"
        "Quiet tokens speak louder in sparse decoders\nBea Quill, Cy Vale\n"
        "Artificial Intelligence 240:36-64 (2016)\n\n"
        "**Folding Cameras for Wide Scenes**  \nDi Rowe and Eve Lark  \n"
        "[VIS 2024](https://ieeexplore.ieee.org/document/10681108)\n\n"
        "What are your favorite research papers of 2019?\n"
    )
    venues = {t: p.get("venue") for t, p in _by_title(page).items()}
    assert venues == {
        "Pegging Boards for Language Models": "Neural Cribbage",
        "Quiet tokens speak louder in sparse decoders": "Artificial Intelligence",
        "Folding Cameras for Wide Scenes": "VIS",
    }


def test_lab_news_names_its_awarded_members_without_their_roles() -> None:
    from papercli.importers.digest.fields import awarded_names

    assert awarded_names(
        "* C4DM PhD student Ada Moss has been given the Best Student Paper Award for the paper "
        'titled "'
    ) == ["Ada Moss"]
    assert awarded_names(
        "SMC MSc student Bea Quill, C4DM & AIM PhD student Cy Vale, and C4DM academics Di Rowe "
        'and Eve Lark have been given the Best Paper Award for the paper titled "'
    ) == ["Bea Quill", "Cy Vale", "Di Rowe", "Eve Lark"]


def test_a_pages_title_naming_a_venues_paper_awards_dates_its_papers() -> None:
    page = (
        "title: CARDSPA 2023 paper awards for our lab\n\n-------------------\n\n"
        "The 2023 Workshop on Card Games has just taken place, and these awards went to us:\n\n"
        "* PhD student Ada Moss has been given the Best Student Paper Award for the paper titled "
        '"[Pegging Boards for Language Models](https://example.org/document/10248118)"\n\n'
        "* Bea Quill and Cy Vale have been given the Best Paper Award for the paper titled "
        '"[Quiet Tokens Speak Louder in Sparse Decoders](https://example.org/document/10248119)"\n'
    )
    got = {t: (p.get("venue"), p.get("year"), p.get("authors")) for t, p in _by_title(page).items()}
    assert got == {
        "Pegging Boards for Language Models": ("CARDSPA", 2023, ["Ada Moss"]),
        "Quiet Tokens Speak Louder in Sparse Decoders": ("CARDSPA", 2023, ["Bea Quill", "Cy Vale"]),
    }


def test_superscript_marks_after_authors_names_are_no_text() -> None:
    from papercli.importers.digest.blocks import read_lines

    lines = read_lines(
        "**Pegging Boards for Language Models** \\\n"
        "*Ada Moss<sup>1</sup>, Bea Quill<sup>1,2</sup>, Cy Vale* \\\n"
        "arXiv 2022. [[Paper](https://arxiv.org/abs/2208.07791)] \\\n\n"
        "Counting E = mc<sup>2</sup> at 10<sup>6</sup> Tokens\n"
    )
    texts = [line.text.strip() for line in lines]
    assert "Ada Moss, Bea Quill, Cy Vale" in texts
    assert "Counting E = mc 2 at 10 6 Tokens" in texts  # a formula's powers stay
