"""Conventions shared by real pages read for errors in stop 95, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND

# made-up titles in a paper's usual words, as the notes pages' headings are
EIGHT = [
    "Sparse Attention Networks for Lidar Point Clouds",
    "Contrastive Pretraining of Small Language Models",
    "Robust Policy Optimization with Learned Rewards",
    "Meta-Learning Gradient Descent for Few-Shot Tasks",
    "Graph Neural Networks for Orchard Mapping",
    "Efficient Transformers via Token Pruning",
    "Diffusion Models for Tide Forecasting",
    "Variational Inference in Deep Reinforcement Learning",
]
COLONS = [
    "TideNet: Deep Convolutional Networks for Ocean Forecasting",
    "LanternGAN: Generative Adversarial Networks for Sparse Scenes",
]


def _notes(heads: list[str]) -> str:
    """A notes page: each head a heading over a paragraph of notes in Chinese."""
    return "".join(f"### {head}\n\n这篇论文提出了一种新的方法，效果很好。\n\n" for head in heads)


def test_a_notes_headings_year_venue_and_title_glued_by_dashes() -> None:
    venues = ["NIPS", "ICML-workshop", "arXiv", "AAAI"] * 2
    heads = [f"201{5 + k % 2}-{venues[k]}-{title}" for k, title in enumerate(EIGHT)]
    found = _all_found(_notes(heads), EIGHT)
    assert (found[EIGHT[0]]["venue"], found[EIGHT[0]]["year"]) == ("NIPS", 2015)
    assert (found[EIGHT[1]]["venue"], found[EIGHT[1]]["year"]) == ("ICML", 2016)
    assert (found[EIGHT[2]]["venue"], found[EIGHT[2]]["year"]) == ("arXiv", 2015)


def test_a_notes_headings_short_titles_follow_their_dated_siblings() -> None:
    heads = [f"2016-ICLR-{title}" for title in EIGHT] + ["2017-ICML-Tide Maps"]
    found = _all_found(_notes(heads), [*EIGHT, "Tide Maps"])
    assert (found["Tide Maps"]["venue"], found["Tide Maps"]["year"]) == ("ICML", 2017)


def test_a_lead_preprint_venue_outranks_an_earlier_meeting_named_in_the_notes() -> None:
    page = _notes([f"2017-arXiv-{title}" for title in EIGHT])
    page += "看了NIPS2016的Tutorials以后写的。\n"
    found = _all_found(page, EIGHT)
    assert found[EIGHT[7]]["venue"] == "arXiv"


def test_a_words_joined_by_a_dash_after_a_year_are_no_venue() -> None:
    found = digest_by_title(_notes([f"2019-Self-{title}" for title in EIGHT]))
    assert found
    assert all(paper["venue"] is None for paper in found.values())


def test_browser_tab_titles_lose_the_librarys_and_the_journals_names() -> None:
    page = "| # | 论文标题 (Title) | 状态 |\n| :-: | :-- | :-: |\n"
    tabs = [
        f"ISCA Archive - {TITLES[0]}",
        f"{TITLES[1]} | npj Digital Medicine",
        f"{TITLES[2]} | Nature Communications",
        f"{TITLES[3]} | Scientific Reports",
    ]
    for k, tab in enumerate(tabs):
        link = tab.replace("|", "\\|")
        page += f"| {k + 1} | [{link}](https://doi.org/10.1000/x{k}) | ✅ 已读 |\n"
    _all_found(page, TITLES)


def test_a_venue_cell_with_its_year_before_and_its_ccf_rank_after() -> None:
    page = "| # | 论文标题 (Title) | 发表期刊/会议-评级 |\n| :-: | :-- | :-: |\n"
    for k, title in enumerate(TITLES):
        page += f"| {k + 1} | [{title}](https://arxiv.org/abs/2511.0454{k}) "
        page += "| 2025**ACM Multimedia**-**CCF-A** |\n"
    found = _all_found(page, TITLES)
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("ACM Multimedia", 2025)


def test_a_json_data_file_with_every_line_commented_out_keeps_all_its_authors() -> None:
    body = "[\n" + "".join(
        "{\n"
        f'"id": "{k + 1}",\n'
        f'"title": "{title}",\n'
        f'"authors": "{FIRST[k]}, {SECOND[k]}, Ivy Stone",\n'
        '"has_supp": true,\n'
        "},\n"
        for k, title in enumerate(TITLES)
    )
    page = "".join(f"# {line}\n" for line in (body + "]").split("\n"))
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0], "Ivy Stone"]


def test_commented_headings_that_are_no_json_stay_headings() -> None:
    page = "".join(f"# {title}\n\n作者考虑了这一系列技巧，并分析了其影响。\n\n" for title in EIGHT)
    assert sorted(digest_by_title(page)) == sorted(EIGHT)


def test_a_programmes_sessions_give_one_paper_for_each_talk_column() -> None:
    page = "Date,Day of week,Track,Session theme(s),Talk 1,Talk 2,Talk 3,,\n"
    page += f'Aug 6,Wed,1,"RL from feedback, Imitation",{TITLES[0]},{TITLES[1]},,,\n'
    page += f"Aug 6,Wed,2,Theory,{TITLES[2]},{TITLES[3]},RL$^3$: Meta Learning inside RL,,\n"
    found = _all_found(page, [*TITLES, "RL$^3$: Meta Learning inside RL"])
    assert found[TITLES[1]]["topics"] == ["RL from feedback, Imitation"]
    assert found[TITLES[3]]["topics"] == ["Theory"]  # (not the track's number)


def test_a_spanish_article_label_names_the_title() -> None:
    page = "# Premio Test of Time\n\n"
    for k, title in enumerate(TITLES[:3]):
        page += f"*   **Artículo:** {title}\n    *   **Autores:** {FIRST[k]}, {SECOND[k]}\n"
        page += "    *   Este artículo introdujo un marco novedoso.\n\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]


def test_a_run_of_bare_title_headings_names_its_few_short_ones() -> None:
    titles = [*EIGHT, *COLONS, "Deep Covering Options", "Ranking Policy Gradient"]
    page = "ICLR 2020 强化学习论文笔记。\n\n" + "".join(
        f"# {title}\n\n作者考虑了这一系列容易被忽略的技巧，并分析了其影响。\n\n"
        "![](https://example.org/figure.png)\n\n"
        for title in titles
    )
    _all_found(page, titles)


def test_a_heading_run_leaves_its_pages_section_names_out() -> None:
    titles = [*EIGHT, *COLONS]
    page = "".join(f"# {title}\n\n作者考虑了这一系列技巧，并分析了其影响。\n\n" for title in titles)
    page += "# References\n\n作者考虑了这一系列技巧。\n\n# Contributors\n\nAda, Bo.\n"
    assert sorted(digest_by_title(page)) == sorted(titles)


def test_a_headings_year_and_month_after_its_title_are_no_part_of_it() -> None:
    page = "# LLM Works\n\n"
    for k, title in enumerate(TITLES):
        page += f"### {title}, 2022.0{k + 1}\n\n> `Paper`: https://arxiv.org/pdf/2207.0527{k}.pdf\n"
        page += ">\n> `Github`: \n\n---\n\n"
    _all_found(page, TITLES)


def test_addresses_a_pdfs_text_broke_at_a_space_are_whole_again() -> None:
    page = "Suggested reading is below:\n\n"
    page += f"• A. Moss, et al. (2013). {TITLES[0]}. In Proceedings of the 7th Workshop, "
    page += "pages 178–186. https://aclanthology. org/W13-2322.pdf\n"
    page += f"• C. Quill and D. Lark. (2005). {TITLES[1]}. Research on Language, 3(2):281–332. "
    page += "https://doi.org/10.1007/ s11168-006-6327-9\n"
    page += f"• E. Tarn and F. Brook. (2009). {TITLES[2]}. Journal of Semantics, 26(4), 393-449. "
    page += "https://homepages.example.ac.uk/alex/ papers/gesture_formal.pdf\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["pdf_url"] == "https://aclanthology.org/W13-2322.pdf"
    assert found[TITLES[1]]["doi"] == "10.1007/s11168-006-6327-9"
    assert found[TITLES[2]]["pdf_url"] == (
        "https://homepages.example.ac.uk/alex/papers/gesture_formal.pdf"
    )


def test_a_sentence_ending_in_an_address_then_a_new_sentence_is_left_as_written() -> None:
    page = f"- {TITLES[0]} https://example.org/notes/ Read it twice.\n"
    page += f"- {TITLES[1]} https://arxiv.org/abs/2101.00001 See also https://example.com. Org.\n"
    found = digest_by_title(page)
    assert all("Read" not in (paper.get("url") or "") for paper in found.values())


def test_a_nickname_that_is_its_papers_whole_title_follows_its_siblings_template() -> None:
    page = "## 两阶段目标检测\n\n1. 两阶段检测的总体流程\n\n"
    for k, title in enumerate(EIGHT[:5]):
        nickname = ["SAN", "CoPre", "RoPO", "Meta-GD", "Orchard GNN"][k]
        page += f"   * **[{nickname}]** {title} **[CVPR' 1{k}]**\n\n"
    page += "   * **[Fast R-CNN]** Fast R-CNN **[ICCV' 15]**\n\n"
    found = _all_found(page, [*EIGHT[:5], "Fast R-CNN"])
    assert found["Fast R-CNN"]["venue"] == "ICCV"
