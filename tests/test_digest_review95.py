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


def test_a_news_posts_meeting_links_in_capitals_head_the_papers_under_them() -> None:
    meetings = [
        (
            "INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, Vancouver. 2018",
            "https://iclr.cc/",
        ),
        ("AAAI CONFERENCE ON ARTIFICIAL INTELLIGENCE, New Orleans. 2018", "https://aaai.org/"),
    ]
    page = "---\ntitle: Seventeen Recent Papers\n---\n\n"
    for m, (meeting, url) in enumerate(meetings):
        page += f"[{meeting}]({url})\n\n"
        for k in (2 * m, 2 * m + 1):
            page += f"{FIRST[k]} and [{SECOND[k]}](https://example.org/~{k}).\n\n"
            page += f"[{TITLES[k]}](https://openreview.net/forum?id=SJi9WOeR{k}).\n\n"
    found = _all_found(page, TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("ICLR", 2018)
    assert found[TITLES[1]]["topics"] == [meetings[0][0]]
    assert found[TITLES[2]]["venue"] == "AAAI"


def test_venue_notes_under_each_title_stay_with_their_own_title() -> None:
    page = "## 多视角深度估计\n\n"
    notes = ["ECCV2018，在前作基础上添加了特征提取", "ICLR2019，思路和上一篇基本一致，同时发表"]
    for k, title in enumerate(TITLES[:2]):
        page += f"- {title} [code(tensorflow)](https://github.com/ada/n{k})"
        page += f"[paper](https://arxiv.org/abs/1804.0250{k})\n\n> {notes[k]}\n\n"
    found = _all_found(page, TITLES[:2])
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("ECCV", 2018)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("ICLR", 2019)


def test_venue_headers_over_each_title_still_head_the_title_below() -> None:
    page = "## 词向量\n\n"
    for k, title in enumerate(TITLES[:3]):
        page += f"ICLR201{k + 3}，扛鼎之作\n\n- [{title}](https://arxiv.org/abs/1301.378{k})\n\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["year"] == 2014


def test_a_labelled_title_with_its_link_words_left_in_brackets() -> None:
    page = "<table><tr><td>\n"
    for k, title in enumerate(TITLES):
        page += f"<b>Apr {k + 3}</b><br />\n<i>Presenter:</i> {FIRST[k]} <br />\n"
        page += f'<i>Paper:</i> {title} (<a href="https://arxiv.org/abs/1403.635{k}">link</a>)'
        page += f" <br />\n<i>Authors:</i> {SECOND[k]}, Ivy Stone <br />\n"
    page += "</td></tr></table>\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [SECOND[1], "Ivy Stone"]


def test_a_quoted_titles_report_kind_is_no_part_of_it() -> None:
    page = "## Referencias\n\n"
    page += f'- Greene, B. B. and G. M. Rubin (1971). "{TITLES[0]}. Technical report", Brown.\n'
    page += f'- Chi, E. and J. Hewitt (2020). "{TITLES[1]}" In *Proceedings of ACL*, 5564–5577.\n'
    _all_found(page, TITLES[:2])


def test_edited_volumes_and_series_books_in_a_bibliography_are_no_papers() -> None:
    page = "## Bibliografía\n\n"
    page += f'- Abney S.P. (1991) "{TITLES[0]}". In: Berwick R.C. (eds) Principle-Based '
    page += "Parsing. Springer, Dordrecht. https://doi.org/10.1007/978-94-011-3474-3_10\n"
    page += f"- Emily M. Bender (2013) *{TITLES[1]}*, Synthesis Lectures on Human Language "
    page += "Technologies DOI: <https://doi.org/10.1007/978-3-031-02150-3>\n"
    page += (
        f"- Karlsson, F., A. Voutilainen (eds.). 1995. _{TITLES[2]}_. Berlin: Mouton de Gruyter\n"
    )
    page += f'- Ethan A. Chi (2020) "{TITLES[3]}" In *Proceedings of ACL*, pages 5564–5577.\n'
    _all_found(page, [TITLES[0], TITLES[3]])


def test_a_sessions_chairs_and_template_tags_name_no_topic() -> None:
    page = '---\ntitle: "Session K1"\n---\n\n{% from "_macros.html" import paper %}\n\n'
    page += "# K1 - Learning with Noisy Labels\n##  Friday 9th July, 16:45 - 17:30\n"
    page += "### Chairs: Ada Moss, Ben Wren\n\n---\n\n[% .papers %]\n"
    for k, title in enumerate(TITLES):
        page += f"{{{{ paper('{title}',\n        '{FIRST[k]}, {SECOND[k]}',\n"
        page += f"        openreview='https://openreview.net/forum?id=0bpkIn63s{k}') }}}}\n"
    page += "[% / %]\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["topics"] == ["K1 - Learning with Noisy Labels"]


def test_names_written_surname_first_in_pairs_are_whole_again() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Yamamoto, Maria Sayu, Mellot, Apolline, Chevallier, Sylvain") == [
        "Maria Sayu Yamamoto",
        "Apolline Mellot",
        "Sylvain Chevallier",
    ]
    assert parse_names("Nonnenmacher, Marcel, and Greenberg, D.S.") == [
        "Marcel Nonnenmacher",
        "D.S. Greenberg",
    ]
    # (surnames alone, and a whole name among them, stay as they are)
    assert parse_names("Vaswani, Shazeer, Parmar, Uszkoreit") == [
        "Vaswani",
        "Shazeer",
        "Parmar",
        "Uszkoreit",
    ]
    assert parse_names("Yang, Dai, Carbonelle, V. Le")[-1] == "V. Le"


def test_a_bibtex_field_of_initialled_names_apart_by_a_comma_is_two_people() -> None:
    from papercli.importers.bibtex import split_bibtex_authors

    assert split_bibtex_authors("A Zomet, G Chechik") == ["A Zomet", "G Chechik"]
    assert split_bibtex_authors("R.C. Williamson, B van Rooyen") == [
        "R.C. Williamson",
        "B van Rooyen",
    ]
    assert split_bibtex_authors("Van der Berg, Jan Willem") == ["Jan Willem Van der Berg"]


def test_a_data_files_github_field_of_owner_and_name_is_the_code_address() -> None:
    import json

    records = [
        {
            "title": title,
            "base_url": "https://openaccess.thecvf.com/content/WACV2024",
            "title_page": f"/html/Moss_Paper_{k}_WACV_2024_paper.html",
            "github": f"ada/repo-{k}",
            "web_page": None,
            "paper_arxiv_id": f"2305.1021{k}",
        }
        for k, title in enumerate(TITLES)
    ]
    found = _all_found(json.dumps(records, indent=2), TITLES)
    assert found[TITLES[1]]["code_url"] == "https://github.com/ada/repo-1"


def test_one_surname_in_capitals_among_a_lists_names_is_kept() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("G BROMHAM, D Moffat, M Barthet, and G Fazekas") == [
        "G Bromham",
        "D Moffat",
        "M Barthet",
        "G Fazekas",
    ]
    assert parse_names("Ada Moss, UC BERKELEY") == ["Ada Moss"]


def test_a_venue_line_inside_a_headings_section_is_its_papers_own() -> None:
    page = "# Self-Supervised Learning\n\n"
    venues = ["ECCV 2016", "CVPR 2017", "ICLR 2018", "NIPS 2014"]
    for k, title in enumerate(EIGHT[:4]):
        page += f"## {title}\n\n- [Paper](https://arxiv.org/pdf/1603.0851{k}.pdf)\n\n"
        page += f'*{venues[k]}*\n\n<center><img src="/img/0{k}.png" alt="Examples"></center>\n\n'
        page += "이 논문에서는 **Examplar**를 **pretext task**로 한 모델을 소개한다.\n\n"
        page += "$$ L(X) = \\sum_{i} l(i, x_i) $$\n\n---\n\n"
    found = _all_found(page, EIGHT[:4])
    assert (found[EIGHT[0]]["venue"], found[EIGHT[0]]["year"]) == ("ECCV", 2016)
    assert (found[EIGHT[2]]["venue"], found[EIGHT[2]]["year"]) == ("ICLR", 2018)


def test_a_labs_honours_list_gives_the_papers_its_awards_name() -> None:
    page = "- year: 2026\n  title: Rackham Predoctoral Fellowship\n  recipient: Ada Moss\n\n"
    page += "- year: 2025\n  title: GitHub Secure Open Source Fund\n  recipient: Zeus\n\n"
    page += "- year: 2021\n  title: ACM SOSP ResilientFL Best Paper Award\n"
    page += f'  description: "{TITLES[0]}"\n'
    page += f"  recipient: {FIRST[0]}, {SECOND[0]}\n\n"
    page += "- year: 2024\n  title: IEEE MICRO Top Picks, Honorable Mention\n"
    page += f'  description: "{TITLES[1]}"\n'
    page += f"  recipient: {FIRST[1]}\n\n"
    page += "- year: 2023\n  title: Google Research Scholar Award\n  recipient: Cal Quill\n"
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[0]]["year"] == 2021
    assert found[TITLES[0]]["venue"] == "SOSP"
    assert found[TITLES[1]]["authors"] == [FIRST[1]]


def test_a_list_of_papers_with_an_award_among_them_keeps_them_all() -> None:
    page = "".join(
        f"- title: {title}\n  venue: ICML 2021\n  url: https://arxiv.org/abs/2101.0000{k}\n\n"
        for k, title in enumerate(TITLES)
    )
    page += "- title: Outstanding Paper Award\n  paper: https://arxiv.org/abs/2101.00009\n"
    found = digest_by_title(page)
    assert set(TITLES) <= set(found)


def test_japanese_names_with_kana_in_them_are_names() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("三ツ井 慧太郎，岡部 誠（静岡大）") == ["三ツ井 慧太郎", "岡部 誠"]
    assert parse_names("一ノ瀬 さくら，岡部 誠") == ["一ノ瀬 さくら", "岡部 誠"]
    assert parse_names("ツイッター ユーザー，岡部 誠") == []  # (kana words alone: no name)


def test_a_sheets_application_column_names_its_papers_topic() -> None:
    page = "Title,Conference,Type,Application,MLTech,OpenReviewLink\n"
    for k, title in enumerate(TITLES):
        field = ["Chemistry", "Physics"][k % 2]
        page += f"{title},ICLR_2020,Poster,{field},Neural_Network,"
        page += f"https://openreview.net/forum?id=H1lmyRNFv{k}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["topics"] == ["Chemistry"]
    assert found[TITLES[1]]["topics"] == ["Physics"]


def test_a_tables_publication_year_column_outranks_its_award_year() -> None:
    page = "## 1. Test of Time Award\n\n| Year | Title | Authors | PubYear |\n|---|---|---|---|\n"
    for k, title in enumerate(TITLES):
        page += (
            f"|2024| [{title}](https://dl.acm.org/doi/10.1145/260042{k}) | {FIRST[k]} | 201{k}|\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["year"] == 2012
