"""Conventions shared by real pages read for errors in stop 87, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def test_a_course_references_initialled_names_then_a_title_before_a_papers_address() -> None:
    page = (
        "# References\n\n## Introduction\n"
        f"- Q. Moss. {TITLES[0]}. https://arxiv.org/abs/2501.01234\n"
        "- R. Quill. Amount of Tea Drunk Daily (2024). https://example.com/blog/tea-per-day\n\n"
        "## Gradient descent and its variants\n"
        f"- A. Wren, B. C. Moss. {MORE[1]} for (Noisy) Meadows. https://arxiv.org/abs/2502.04321\n"
    )
    found = _by_title(page)
    counted = f"{MORE[1]} for (Noisy) Meadows"
    assert sorted(found) == sorted([TITLES[0], counted])
    assert found[TITLES[0]]["authors"] == ["Q. Moss"]
    assert found[counted]["authors"] == ["A. Wren", "B. C. Moss"]
    assert found[counted]["arxiv_id"] == "2502.04321"


def test_a_book_whose_publisher_stands_alone_before_its_year_is_no_paper() -> None:
    page = (
        "# References\n\n## General references\n"
        "- Q. Moss, Wide Orchards and Their Keepers, Determination Press, 2015.\n"
        "- A. Wren, R. Quill, and C. Moss, Deep Ledgers, MIT Press, 2016.\n"
        "- T. Moss and J. Wren, Elements of Tide Theory, Wiley, 1991.\n\n"
        "## Perceptron\n"
        f"- F. Quill, {TITLES[3]}, Cornell Lantern Laboratory, 1957.\n"
    )
    assert list(_by_title(page)) == [TITLES[3]]


def test_a_journal_clubs_literature_column_of_unlinked_titles_gives_its_papers() -> None:
    titles = [
        "Mental tides are slow until age sixty in a million readers",
        "Flexible and frugal inference for models of choosing",
        "Wise or mad orchards? The hidden gradients of small models",
        "Slow mechanisms of loss in ledgers: a drift decomposition",
    ]
    page = (
        "# Online journal club\n\n## 日程安排\n\n"
        "| 期号 | 文献 | 报告人 | 日期 |\n| :--: | :--: | :--: | -- |\n"
        + "".join(f"| {k} | {t} | 王小明 | 2022.8.{k} |\n" for k, t in enumerate(titles, 1))
        + "|  |  |  |  |\n"
    )
    assert sorted(_by_title(page)) == sorted(titles)


def test_a_persons_name_heading_under_the_page_title_is_its_writer_not_a_topic() -> None:
    page = "# Readings for Small Robots\n### Ada Moss\n\n" + "".join(
        f"- [{title}](https://arxiv.org/abs/2501.0{k}111)\n" for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert all("Ada Moss" not in paper.get("topics", []) for paper in found.values())


def _newsletter_article(title: str, arxiv: str, byline: str) -> str:
    return (
        '<div class="article"><h5 class="article-title"><img src="x.png">'
        f'<b><a href="https://arxiv.org/abs/{arxiv}">{title}</a></b></h5>\n'
        f'<h6 class="w3-text"><span class="badge">Recommended</span> {byline}</h6>\n'
        "<p>A short remark on why it is worth a read.</p></div><hr>\n"
    )


def test_a_newsletters_small_heading_of_a_lab_and_its_people_is_a_byline() -> None:
    page = (
        "<html><title>ML newsletter</title><body>"
        '<h2 class="category-title">Everything Else</h2>\n'
        + _newsletter_article(TITLES[0], "1803.07737", "Baidu - Ada Moss, Ben K. Quill, Cara Wren")
        + _newsletter_article(
            TITLES[1], "1803.07728", "Universite Paris-Est, Ecole des Ponts - Dan Roe, Eve Lark"
        )
        + "</body></html>\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:2])
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben K. Quill", "Cara Wren"]
    assert found[TITLES[1]]["authors"] == ["Dan Roe", "Eve Lark"]


def test_a_daily_arxiv_bots_translated_headings_with_their_links_are_titles() -> None:
    translated = [
        "FoldMap: 稀疏激光雷达回波的折叠地图",
        "QuietGrad：宽果园中的安静梯度",
        "通过慢潮汐理解小模型的记忆",
    ]
    page = "# 20251216\n\n" + "".join(
        f"## {k}. `cs.AI` - {title} [PDF](https://arxiv.org/pdf/2512.1{k}323), "
        f"[HTML](https://arxiv.org/abs/2512.1{k}323)\n### Authors\nAda Moss,Ben Quill\n"
        "### Background\n传统的方法局限于特定的研究目标，导致现有的基准未能全面覆盖。\n"
        for k, title in enumerate(translated, 1)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(translated)
    assert found[translated[2]]["arxiv_id"] == "2512.13323"


def test_a_links_text_copied_from_a_browser_tab_loses_the_librarys_name() -> None:
    page = (
        "## Abstractive summarization\n\n例\n"
        f"- [{TITLES[0]} - ACL Anthology](https://aclanthology.org/D19-1387/)\n"
        f"- [{TITLES[1]} | OpenReview](https://openreview.net/forum?id=abcDEF123)\n"
        f"- [{TITLES[2]} - arXiv.org](https://arxiv.org/abs/2101.01234)\n"
    )
    assert sorted(_by_title(page)) == sorted(TITLES[:3])


def test_a_markdown_heading_mark_in_an_html_cards_text_cuts_no_record() -> None:
    cards = "".join(
        '<div class="paper-card"><div class="paper-card-meta"><span>2602.2119'
        f'{k}</span></div>\n<div class="paper-card-title"><a href="../paper/{k}.html">'
        f"論數據工程{k}</a></div>\n"
        f'<div class="paper-card-title-en">{title}</div>\n'
        '<div class="paper-card-abstract"># 論文摘要翻譯\n\n'
        "儘管大型語言模型的能力最近取得快速進展。</div>\n"
        f'<div class="paper-card-links"><a href="https://arxiv.org/abs/2602.2119{k}">arXiv</a>'
        "</div></div>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(f"<html><body><h1>2026-02-25</h1>\n{cards}</body></html>\n")
    assert sorted(found) == sorted(TITLES)
    assert [found[t]["arxiv_id"] for t in TITLES] == [f"2602.2119{k}" for k in range(4)]


def test_a_yaml_lists_links_map_gives_its_papers_address_and_code() -> None:
    page = "# Structured metadata for a reading list.\n\n" + "".join(
        f'- title: "{title}"\n  year: 2026\n  authors: "Moss et al."\n  category: "Benchmark"\n'
        f'  links:\n    paper: "https://arxiv.org/pdf/2605.1092{k}"\n'
        f'    code: "{"https://github.com/moss/bench" if k else ""}"\n'
        f'    project: "https://bench{k}.github.io/"\n  note: "Evaluates memory."\n\n'
        for k, title in enumerate(TITLES[:3])
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]]["arxiv_id"] == "2605.10921"
    assert found[TITLES[1]]["code_url"] == "https://github.com/moss/bench"
    assert "code_url" not in found[TITLES[0]] or not found[TITLES[0]]["code_url"]


def test_a_citation_tools_generated_yaml_gives_doi_venue_and_year() -> None:
    page = (
        "# DO NOT EDIT, GENERATED AUTOMATICALLY\n\n"
        f"- id: doi:10.1109/TPAMI.2020.2980827\n  title: '{TITLES[0]}'\n  authors:\n"
        "  - Ada Moss\n  - Ben Quill\n  publisher: IEEE Transactions on Pattern Analysis and"
        " Machine Intelligence\n  date: '2021-10-01'\n  link: https://doi.org/gmv667\n"
        f"- id: 10.1038/s41592-019-0582-9\n  title: '{TITLES[1]}'\n  authors:\n  - Cara Wren\n"
        "  publisher: Nature Methods\n  date: '2019-09-30'\n  link: https://doi.org/gf85p9\n"
        "- id: url:https://proceedings.mlr.press/v80/moss18a.html\n"
        f"  title: {TITLES[3]}\n  authors:\n  - Eve Lark\n"
        "  publisher: Proceedings of the 35th International Conference on Machine Learning\n"
        "  date: '2018-07-03'\n  link: https://proceedings.mlr.press/v80/moss18a.html\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted([*TITLES[:2], TITLES[3]])
    assert found[TITLES[0]]["doi"].lower() == "10.1109/tpami.2020.2980827"
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("TPAMI", 2021)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("Nature Methods", 2019)
