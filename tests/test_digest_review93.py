"""Conventions shared by real pages read for errors in stop 93, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND


def test_a_books_references_give_names_year_and_title_before_the_address() -> None:
    page = "# References\n\n"
    page += f"{FIRST[0]} et al., 2020, {TITLES[0]} : https://arxiv.org/abs/2010.11929  \n"
    page += f"{FIRST[1]} , Tom B. Wren , and {SECOND[1]} , 2021, {TITLES[1]} : "
    page += "https://arxiv.org/abs/2102.12092  \n"
    page += f"{FIRST[2]} , Rémi Louf , {SECOND[2]} , 2017, {TITLES[2]} , https://arxiv.org/abs/1706.03762\n"
    page += f"Gus B. Reed et al., 2020, {TITLES[3]} : https://arxiv.org/abs/2005.14165  \n"
    page += "CLIP: https://github.com/openai/CLIP  \n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "2102.12092"
    assert found[TITLES[1]]["year"] == 2021
    assert found[TITLES[2]]["authors"] == [FIRST[2], "Rémi Louf", SECOND[2]]


def test_turkish_references_say_et_al_and_and_in_turkish() -> None:
    page = "# Referanslar\n\n"
    for k, title in enumerate(TITLES):
        names = f"{FIRST[k]} ve diğerleri" if k % 2 else f"{FIRST[k]} , ve {SECOND[k]}"
        page += f"{names}, 202{k}, {title} : https://arxiv.org/abs/2203.1253{k}  \n"
    page += "Discord'da Topluluğumuza Katılın  \n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[1]]["authors"] == [FIRST[1]]
    assert found[TITLES[3]]["year"] == 2023


def test_a_turkish_translation_of_english_references_is_their_alt_title() -> None:
    page = "## Kaynak Listesi\n\n"
    page += f"* Moss et al. , 2022, {TITLES[0]} : https://arxiv.org/abs/2203.12533\n"
    page += f"* Quill et al. , 2022, {TITLES[1]}: https://arxiv.org/pdf/2204.02311.pdf\n\n"
    page += "## Çeviri\n\n"
    page += "Moss ve diğerleri, 2022, Seyrek Lidar için Katlama Haritaları: "
    page += "https://arxiv.org/abs/2203.12533  \n"
    page += "Quill ve diğerleri, 2022, Geniş Bahçelerde Sessiz Gradyanlar: "
    page += "https://arxiv.org/pdf/2204.02311.pdf  \n"
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[0]]["alt_titles"] == ["Seyrek Lidar için Katlama Haritaları"]


def test_a_one_paper_notes_heading_keeps_the_words_before_its_colon() -> None:
    title = "Tell the Model Twice: Folding Maps for Sparse Lidar Returns"
    page = f"# {title}\n\nPaper: https://www.aclweb.org/anthology/2020.emnlp-main.467.pdf\n\n"
    page += f"Conference: EMNLP 2020\n\nAuthors: {FIRST[0]}, {SECOND[0]}, {FIRST[1]}\n\n"
    page += "## What is this paper about?\n本篇提出的方法很有效。\n\n## Tech Detail\n細節。\n"
    found = _all_found(page, [title])
    assert found[title]["venue"] == "EMNLP"
    review = "# Paper Review: Folding Maps for Sparse Lidar Returns\n\n## Abstract\nIt folds.\n"
    assert sorted(digest_by_title(review)) == [TITLES[0]]


def test_a_series_lists_each_model_name_before_its_papers_title_in_brackets() -> None:
    page = "# 视觉注意力机制(中)\n\n本系列包括的所有文章如下：\n\n"
    names = ["FMNet", "QG", "**LG-Net", "ST"]
    for k, (name, title) in enumerate(zip(names, TITLES, strict=True)):
        close = "**" if name.startswith("**") else ""
        page += f"{k + 1}. {name}({title}){close}\n"
    page += "5. Wide-Net(Wide-and-Deep Nets)\n\n## 回顾\n\n我们首先还是来回顾一下。\n"
    _all_found(page, [*TITLES, "Wide-and-Deep Nets"])


def test_model_names_before_names_in_brackets_are_no_series_of_titles() -> None:
    page = "## Models\n\n"
    for k in range(4):
        page += f"- Net{k}(Ada Moss, Ben Wren, Cal Quill)\n"
    assert digest_by_title(page) == {}


def test_a_bookmark_dump_gives_each_paper_pages_tab_title() -> None:
    page = "### Reading\n"
    page += f"https://arxiv.org/abs/2002.09405 | [2002.09405] {TITLES[0]}\n"
    page += "https://sites.google.com/view/learning/home | Learning to simulate\n"
    page += "https://ieeexplore.ieee.org/abstract/document/8994196 | "
    page += f"{TITLES[1]} - IEEE Journals & Magazine\n"
    page += "https://link.springer.com/article/10.1007/s00500-019-03973-w | "
    page += f"{TITLES[2]} | SpringerLink\n"
    page += "https://github.com/someone/tool | someone/tool: A fast tool for things\n"
    page += f"https://paperswithcode.com/paper/slow-tides | - {TITLES[3]}\n"
    page += "http://openaccess.thecvf.com/content_WACV_2020/html/Moss_paper.html | "
    page += "WACV 2020 Open Access Repository\n"
    page += "http://www.example.edu/courses/turing.pdf | turing.pdf\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "2002.09405"


def test_finalists_with_a_bold_year_before_each_title_and_initialled_names() -> None:
    page = "#### Top Paper (1996-2019)\n\nThe top five finalists (ordered by date):\n\n"
    for k, title in enumerate(TITLES):
        page += f"* **{1996 + k}** {title}, A. Moss, B. Wren <https://dl.acm.org/doi/abs/10.1145/23746{k}.237526>\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == ["A. Moss", "B. Wren"]


def test_a_github_emoji_shortcode_before_a_linked_title_is_no_part_of_it() -> None:
    page = "## Information Retrieval\n\nThe included documents are\n\n"
    for k, title in enumerate(TITLES):
        page += f"* [:scroll:](paper{k}.pdf) [{title}](http://example.org/p{k}.pdf)"
        page += f" - {FIRST[k]} & {SECOND[k]}\n\n"
        page += "  A blurb about the paper that runs on for a while.\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == [FIRST[2], SECOND[2]]


def test_the_pages_a_chapter_spans_are_no_part_of_its_title() -> None:
    page = "## Контрастивные методы\n\n"
    page += f"Ada Moss. (1993) {TITLES[0]}. Computational Linguistics, 19(1):61–74.\n\n"
    page += f"K. Church, P. Hanks, and W. Gale, (1991) {TITLES[1]}, pages 115–164."
    page += "  Lawrence Erlbaum.\n\n"
    page += f"Rose, S., Engel, D., & Cowley, W. (2010). {TITLES[2]}. Text mining, 1, 1-20.\n\n"
    page += f"Mihalcea, R., & Tarau, P. (2004) {TITLES[3]}, pp. 404-411. [pdf](https://example.org/m.pdf)\n"
    _all_found(page, TITLES)


def test_an_acm_reference_in_a_link_keeps_its_venue_out_of_the_title() -> None:
    page = "## Papers\n\n"
    for k, title in enumerate(TITLES[:2]):
        page += f" - [{FIRST[k]}, Christopher D. Manning, and Andrew Y. Ng. 2012. {title}. In"
        page += " Proceedings of the 2012 Conference on Empirical Methods in Natural Language"
        page += f" Processing (EMNLP)](http://example.org/p{k}.pdf)\n"
    page += " - [Datasets and code](http://example.org/code.html) for (Moss et al. 2013)\n"
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[0]]["year"] == 2012


def test_a_data_files_paper_pages_are_paths_under_its_base_address() -> None:
    records = [
        {
            "title": title,
            "base_url": "https://openaccess.thecvf.com/content/WACV2024",
            "title_page": f"/html/Moss_Paper{k}_WACV_2024_paper.html",
            "github": None,
            "paper_thecvf": f"/papers/Moss_Paper{k}_WACV_2024_paper.pdf",
            "paper_arxiv_id": None,
            "paper_pdf": None,
            "youtube_id": "NltcIzjAe1A",
            "section": "Agriculture",
        }
        for k, title in enumerate(TITLES)
    ]
    found = _all_found(json.dumps(records, indent=2), TITLES)
    assert found[TITLES[1]]["venue"] == "WACV"
    assert found[TITLES[1]]["year"] == 2024
    assert found[TITLES[1]]["url"].endswith("/html/Moss_Paper1_WACV_2024_paper.html")


def test_a_typescript_list_of_one_line_objects_under_comment_banners() -> None:
    page = "export interface Paper {\n    id: string;\n    title: string;\n}\n\n"
    page += "export const papers: Paper[] = [\n"
    for k, title in enumerate(TITLES):
        if k % 2 == 0:
            page += (
                f"    // ==========\n    // Tier {k}: Classics (Hall of Fame)\n    // ==========\n"
            )
        page += f'    {{ id: "p{k}", title: "{title}", authors: "{FIRST[k]}, {SECOND[k]}", '
        page += f'venue: "Mind", year: 19{50 + k}, tags: ["a", "b, c"], '
        page += 'abstract: "It, says: {so}." },\n'
    page += "];\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1]]
    assert found[TITLES[1]]["year"] == 1951
    assert found[TITLES[1]]["topics"] == ["Tier 0: Classics (Hall of Fame)"]
    assert found[TITLES[2]]["topics"] == ["Tier 2: Classics (Hall of Fame)"]


def test_a_typescript_map_of_names_to_titles_lists_the_titles() -> None:
    page = "// ═════\n// READING LIST · papers keyed by node.\n// ═════\n\n"
    page += "export const PAPERS: Record<string, string> = {\n"
    for k, title in enumerate(TITLES):
        page += f"  net{k}: '{title}',\n"
    page += "  wide: 'Wide Nets for Narrow Tasks',\n"  # (a page cut inside the map: no close)
    found = _all_found(page, [*TITLES, "Wide Nets for Narrow Tasks"])
    assert found[TITLES[0]]["authors"] == []


def test_a_map_of_short_names_is_no_list_of_titles() -> None:
    page = "export const COLORS: Record<string, string> = {\n"
    page += "".join(f"  c{k}: '#ff00{k}0',\n" for k in range(6)) + "};\n"
    page += f"\n{TITLES[0]}\n"
    assert TITLES[1] not in digest_by_title(page)


def test_a_hard_wrapped_reference_is_not_cut_at_its_lines_end() -> None:
    page = "## References\n\n"
    page += f"Ada Moss and Ben Wren. 2016. {TITLES[0]}. In Proceedings of ACL.\n\n"
    page += "Cal Quill, Dot Lark, and\nEve Tarn. 2018. Deep communicating agents for\n"
    page += "abstractive summarization. In Proceedings of the\nNAACL Conference.\n\n"
    page += f"Gus Reed and Hal Fenn. 2019. {TITLES[1]}. In Proceedings of EMNLP.\n"
    assert "Deep communicating agents for" not in digest_by_title(page)


def test_societies_named_after_their_acronyms_are_no_papers() -> None:
    page = "### Korean Conferences\n\n"
    page += "- KCCV (Korean Conference on Computer Vision)\n"
    page += "- KIISE (Korea Information Science Society)\n"
    page += "- KRoC (Korea Robotics Conference)\n- KIPS (Korea Information Processing Society)\n"
    assert digest_by_title(page) == {}


def test_a_list_of_arxiv_papers_beside_a_sessions_papers_list_is_papers_too() -> None:
    page = "const content = {\n  zh: {\n    title: '每日速递',\n    papers: [\n"
    for k, title in enumerate(TITLES[:1]):
        page += f"      {{\n        num: {k + 1},\n        title: '{title}',\n"
        page += f"        href: 'https://arxiv.org/abs/2610.0277{k}',\n      }},\n"
    page += "    ],\n    worthReading: [\n"
    for k, title in enumerate(TITLES[1:]):
        page += f"      {{ num: {k + 1}, title: '{title}', tag: '视频 · 物理', "
        page += f"href: 'https://arxiv.org/abs/2610.0369{k}', description: '把单目动捕改写。' }},\n"
    page += "    ],\n  },\n}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["arxiv_id"] == "2610.03692"


def test_an_honours_label_names_each_papers_venue_and_year() -> None:
    records = [
        {"title": title, "label": f"CVPR 202{k} Best Paper", "url": "https://cvpr.example.org/a"}
        for k, title in enumerate(TITLES)
    ]
    found = _all_found(json.dumps(records, indent=2), TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("CVPR", 2021)


def test_a_digest_bots_sheet_gives_each_papers_source_address() -> None:
    page = "date_sent,slot,item_type,track,title,source_url,arxiv_or_doi,topic_tags\n"
    for k, title in enumerate(TITLES):
        page += f'2026-05-23,{k},paper,mean_audio,"{title}",https://arxiv.org/abs/2605.2271{k}v1,'
        page += f"2605.2271{k}v1,text-to-audio/music|evaluation\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2605.22712"
    assert found[TITLES[2]]["topics"] == ["mean_audio"]


def test_a_programs_time_slot_headings_keep_the_session_above_them() -> None:
    page = "## Tuesday, November 4\n\n### Best Short Papers\n\n### 11:15pm - 12:30pm (CET)\n\n"
    page += (
        f"**{TITLES[0]}**<br />\nby {FIRST[0]}\n\n**{TITLES[1]}**\nby {FIRST[1]} & {SECOND[1]}\n\n"
    )
    page += "### Best Papers\n\n### 2:00pm - 3:15pm (CET)\n\n"
    page += (
        f"**{TITLES[2]}**<br />\nby {FIRST[2]}\n\n**{TITLES[3]}**\nby {FIRST[3]} & {SECOND[3]}\n"
    )
    found = _all_found(page, TITLES)
    assert "Best Short Papers" in found[TITLES[1]]["topics"]
    assert "Best Papers" in found[TITLES[3]]["topics"]


def test_a_citation_field_of_venue_and_year_alone_names_where_it_appeared() -> None:
    page = "export const PAPERS: Paper[] = [\n"
    venues = ["Proceedings of the IEEE, 86(11), 2278-2234. (1998).", "Advances in Neural"]
    venues[1] += " Information Processing Systems, 30, 5998-6008. (2017)."
    for k, title in enumerate(TITLES):
        page += f"\t{{\n\t\tid: 'p{k}',\n\t\ttitle: '{title}.',\n"
        page += (
            f"\t\tauthors: '{FIRST[k]}, & {SECOND[k]}',\n\t\tcitation: '{venues[k % 2]}',\n\t}},\n"
        )
    page += "];\n"
    found = _all_found(page, TITLES)
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == (
        "Proceedings of the IEEE",
        1998,
    )
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("NeurIPS", 2017)


def test_ieee_vis_is_a_venue_by_either_name() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("accepted papers for VIS 2026") == ("VIS", 2026)
    assert find_venue_year("the IEEE VIS awards") == ("IEEE VIS", None)
    assert find_venue_year("a vis-à-vis talk, 2020") == (None, 2020)


def test_a_heading_of_days_is_no_time_slot() -> None:
    page = "### 2.16-2.18\n\n"
    for k, title in enumerate(TITLES):
        page += f"* [cs.DB] [**{title}**](https://arxiv.org/abs/2602.1548{k})\n"
        page += "  * [ANNS] 多属性范围过滤下的近似最近邻搜索。\n\n"
    found = _all_found(page, TITLES)
    assert "2.16-2.18" in found[TITLES[1]]["topics"]


def test_a_journals_subject_page_gives_each_title_over_its_one_name_items() -> None:
    page = "Machine learning\nLatest research and reviews.\n"
    for k, title in enumerate(TITLES):
        page += f"Research 0{k + 1} March 2023 | Open Access\n{title}\n"
        if k == 2:
            page += "Advances in many things have enabled the profiling of tissues while keeping"
            page += " their context. Here the authors present a method for it.\n"
        page += f"- {FIRST[k]}\n- , Zoe Vale\n- & {SECOND[k]}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == [FIRST[2], "Zoe Vale", SECOND[2]]


def test_a_seminar_tables_video_column_is_no_papers_link() -> None:
    page = "### Review\n- 1 hour in-depth review per paper\n\n"
    page += "| Date | Topic | Presenter | Video |\n|:---:|:---|:---:|:---:|\n"
    for k, title in enumerate(TITLES):
        page += (
            f"| 01.{10 + k} 2024 | {title} | 형준하 | [Video](https://youtu.be/Fn2PJzW11m{k}) |\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["url"] is None


def test_one_authors_name_and_a_colon_among_references_of_several_names() -> None:
    page = "<span>Workshop Proceedings</span>\n<ol>\n"
    for k, title in enumerate(TITLES[:3]):
        page += f"<li>{FIRST[k]}, {SECOND[k]}, Zoe Vale: {title}</li>\n"
    page += f"</ol>\n<span>Non-archived</span>\n<ol>\n<li>Song-Li Wu: {TITLES[3]}</li>\n</ol>\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["authors"] == ["Song-Li Wu"]
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0], "Zoe Vale"]


def test_a_venues_acronym_as_written_before_its_other_words_in_any_case() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("（USENIX security 2020）Title") == ("USENIX Security", 2020)
    assert find_venue_year("usenix security 2020") == (None, 2020)


def test_a_titles_tables_venue_prefixes_in_full_width_brackets() -> None:
    titles = [
        "FoldNet: A System for Scalable Privacy-Preserving Lidar Learning",
        "QuietGrad: A Low Latency Framework for Secure Orchard Inference",
        "TideKit: Lean and Fast Secure Two-Party Inference for Small Models",
    ]
    venues = ["CCS 2017", "S&P 2017", "USENIX security 2020"]
    page = "### Main\nThis section focuses on the main papers.\n\n"
    page += "| **Title** | **Key Words** |\n|---|---|\n"
    for k, title in enumerate(titles):
        page += f"| （{venues[k]}）{title} | {'fully homomorphic encryption' if k % 2 else ''} |\n"
    found = _all_found(page, titles)
    assert (found[titles[2]]["venue"], found[titles[2]]["year"]) == ("USENIX Security", 2020)


def test_a_workshops_contributed_talks_are_papers_and_its_invited_talks_are_not() -> None:
    page = "<h2>Schedule</h2>\n<table>\n"
    page += "<tr><td>9:00</td><td><b>Invited Talk #1</b> Zoe Vale: Why Ledgers Matter</td></tr>\n"
    for k, title in enumerate(TITLES[:3]):
        page += f"<tr><td>1{k}:00</td><td><b>Contributed Talk #{k + 1}</b> {FIRST[k]}, "
        page += f"{SECOND[k]}, Zoe Vale: {title}</td></tr>\n"
    page += "</table>\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1], "Zoe Vale"]


def test_award_names_before_a_dash_and_an_italic_title() -> None:
    page = "## Awards Gala Results\n\nPlease see below for the finalized votes.\n\n"
    awards = ["Through the Looking Glass", "The Librarian", "The Lemon", "The Catalyst"]
    for award, title in zip(awards, TITLES, strict=True):
        page += f"- {award} - _{title}_\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["topics"] == ["Awards Gala Results"]


def test_an_italic_journal_after_a_dash_is_no_title() -> None:
    page = "## Reading\n\n"
    for k, title in enumerate(TITLES[:3]):
        page += f'- "{title}" - {FIRST[k]} - _Nature Methods_\n'
    assert "Nature Methods" not in digest_by_title(page)


def test_a_sheets_linked_titles_and_address_columns_give_clean_titles() -> None:
    page = "authors,title,publication,volume,number,pages,year,publisher,arxiv,paper\n"
    for k, title in enumerate(TITLES):
        page += f'"{FIRST[k].split()[1]}, {FIRST[k].split()[0]}; Vale, Zoe", '
        page += f'"<a href=""Details.html?meeting={k}"">{title}</a>", arxiv, ,,,,2025,,'
        page += f"https://arxiv.org/abs/2503.1444{k}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], "Zoe Vale"]


def test_a_chinese_sentence_with_english_terms_in_a_notes_list_is_no_paper() -> None:
    title = "Tell the Model Twice: Folding Maps for Sparse Lidar Returns"
    page = f"# {title}\n\nPaper: https://www.aclweb.org/anthology/2020.emnlp-main.467.pdf\n\n"
    page += f"Authors: {FIRST[0]}, {SECOND[0]}\n\n## What is this paper about?\n本篇很有效。\n\n"
    page += "## Tech Detail\n有幾個目標必須確定：\n"
    page += "1. 修改後的question embedding應使Trained MRC model的回答從有答案變無答案\n"
    page += "1.  revised question應該跟原始問題很相近，這樣才能提升模型的robustness\n"
    assert sorted(digest_by_title(page)) == [title]
