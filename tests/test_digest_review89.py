"""Conventions shared by real pages read for errors in stop 89, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_all_found as _all_found
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND


def test_a_pasted_bibliographys_books_are_no_papers_of_the_reading_list() -> None:
    books = ["Patterns of Garden Statistics", "A Field Guide to Meadow Inference"]
    page = "".join(
        f"@article{{moss{k},\n  title = {{{title}}},\n  author = {{{FIRST[k]} and {SECOND[k]}}},\n"
        f"  journal = {{Journal of Orchards}},\n  year = {{2021}}\n}}\n\n"
        for k, title in enumerate(TITLES[:3])
    ) + "".join(
        f"@book{{book{k},\n  title = {{{title}}},\n  author = {{{FIRST[3]}}},\n"
        f"  publisher = {{Meadow Press}},\n  year = {{2006}}\n}}\n\n"
        for k, title in enumerate(books)
    )
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]


def test_a_label_between_rules_outside_the_entries_is_their_section() -> None:
    page = (
        "-------------------- Papers --------------------\n"
        + "".join(
            f"@inproceedings{{moss{k},\n  title = {{{title}}},\n  author = {{{FIRST[k]}}},\n"
            f"  year = {{2022}}\n}}\n\n"
            for k, title in enumerate(TITLES[:2])
        )
        + "------MISC------\n"
        + "".join(
            f"@misc{{wren{k},\n  title = {{{title}}},\n  author = {{{SECOND[k]}}},\n"
            f"  year = {{2023}}\n}}\n\n"
            for k, title in enumerate(TITLES[2:4])
        )
    )
    found = _all_found(page, TITLES[:4])
    assert [found[t]["topics"] for t in TITLES[:4]] == [["Papers"]] * 2 + [["MISC"]] * 2


def test_a_csv_files_lead_authors_column_gives_the_authors() -> None:
    page = "#,Lead Authors,Title,Length,Slack Channel,,\n" + "".join(
        f'{k + 1},"{FIRST[k]} and {SECOND[k]}",{title},Long,,,\n'
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]


def test_a_hal_exports_typed_columns_give_title_authors_venue_and_year() -> None:
    header = "halId_s,uri_s,title_s,authFullName_s,producedDateY_i,journalTitle_s,conferenceTitle_s"
    page = (
        header
        + "\n"
        + "".join(
            f'hal-0{k}123,https://hal.example.org/hal-0{k}123v1,{title},"{FIRST[k]},{SECOND[k]}",'
            f"2024,Journal of Orchards,\n"
            for k, title in enumerate(TITLES[:4])
        )
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["venue"] == "Journal of Orchards"
        assert found[title]["year"] == 2024
        assert found[title]["url"] == f"https://hal.example.org/hal-0{k}123v1"


def test_a_hand_written_json_file_with_trailing_commas_is_still_read_as_data() -> None:
    page = (
        "[\n"
        + "".join(
            "  {\n"
            f'    "title": "{title}",\n'
            f'    "years": ["202{k}", "2019"],\n'
            f'    "authors": ["{FIRST[k]}*", "{SECOND[k]}"],\n'
            '    "venues": ["Journal of Orchards", "arXiv"],\n'
            f'    "url": "https://example.org/paper{k}.pdf",\n'
            "  },\n"
            for k, title in enumerate(TITLES[:4])
        )
        + "]\n"
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["venue"] == "Journal of Orchards"
        assert found[title]["year"] == 2020 + k


def test_a_reading_groups_sessions_give_their_links_papers_under_the_session() -> None:
    sessions = [
        {
            "title": "Memory in small brains",
            "presenter": "Ada Moss",
            "date": "2024-04-30",
            "links": [
                {"text": f"Paper 1: {TITLES[0]}", "url": "https://example.org/a"},
                {
                    "text": f"Bonus Paper: {TITLES[1]} (Quill, Tarn, & Reed, 2023)",
                    "url": "https://example.org/b",
                },
            ],
        },
        {
            "title": TITLES[2],
            "presenter": "Ben Wren",
            "date": "2025-07-01",
            "links": [{"text": "Lark & Brook (2025)", "url": "https://example.org/c"}],
        },
        {
            "title": TITLES[3],
            "presenter": "Dot Lark",
            "date": "2025-08-01",
            "links": [{"text": TITLES[3], "url": "https://example.org/d"}],
        },
    ]
    found = _all_found(json.dumps(sessions, indent=4), TITLES[:4])
    assert found[TITLES[0]]["topics"] == ["Memory in small brains"]
    assert found[TITLES[0]]["url"] == "https://example.org/a"
    assert found[TITLES[1]]["authors"] == ["Quill", "Tarn", "Reed"]
    assert found[TITLES[1]]["year"] == 2023
    assert found[TITLES[2]]["authors"] == ["Lark", "Brook"]
    assert found[TITLES[2]]["url"] == "https://example.org/c"
    assert found[TITLES[3]]["url"] == "https://example.org/d"


def test_a_sessions_links_to_its_own_slides_leave_the_session_as_it_was() -> None:
    sessions = [
        {
            "title": title,
            "authors": [FIRST[k]],
            "links": [{"text": "Slides", "url": f"https://example.org/s{k}"}],
        }
        for k, title in enumerate(TITLES[:3])
    ]
    found = _all_found(json.dumps(sessions), TITLES[:3])
    assert found[TITLES[0]]["authors"] == [FIRST[0]]


def test_a_yaml_items_title_and_venue_as_mappings_and_the_owner_as_a_flag() -> None:
    page = "papers:\n" + "".join(
        f"  - name: slug{k}\n"
        "    title:\n"
        f"      link: https://example.org/p{k}.pdf\n"
        f'      name: "{title}"\n'
        "    authors:\n"
        f"      - name: {FIRST[k]}\n"
        "        href: https://example.org/home\n"
        "      - me: true\n"
        f"      - name: {SECOND[k]}\n"
        "    conference:\n"
        "      name: Journal of Orchards\n"
        f"      year: 202{k}\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["url"] == f"https://example.org/p{k}.pdf"
        assert found[title]["venue"] == "Journal of Orchards"
        assert found[title]["year"] == 2020 + k


def test_an_indented_toml_array_of_tables_is_read_as_data() -> None:
    page = "[publication]\n" + "".join(
        "    [[entry]]\n"
        f'        title = "{title}"\n'
        f'        authors = ["{FIRST[k]}", "{SECOND[k]}"]\n'
        '        conference = "Journal of Orchards"\n'
        f"        year = 202{k}\n\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["venue"] == "Journal of Orchards"


def test_a_csl_json_file_cut_off_with_trailing_commas_gives_its_marked_authors() -> None:
    page = "[\n" + "".join(
        "    {\n"
        f'        "title": "{title}",\n'
        '        "container-title": "Journal of Orchards",\n'
        '        "author": [\n'
        + "".join(
            f'            {{"family": "{name.split()[1]}{mark}", "given": "{name.split()[0]}"}},\n'
            for name, mark in ((FIRST[k], "*"), (SECOND[k], "†"))
        )
        + "        ],\n"
        '        "issued": {"date-parts": [["2026"]]}\n'
        "    },\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["year"] == 2026


def test_a_csv_files_pdf_link_column_is_the_papers_address() -> None:
    page = "ID,Title,Decision,Authors,PDF Link,Supplementary Link\n" + "".join(
        f'{k},{title},Accept (Oral),"{FIRST[k]}, {SECOND[k]}",'
        f"https://openreview.net/attachment?id=Abc{k}Def12&name=pdf,"
        f"https://openreview.net/attachment?id=Abc{k}Def12&name=supplementary_material\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["openreview_id"] == f"Abc{k}Def12"
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]


def test_a_tables_title_with_a_nickname_after_a_dash_keeps_the_nickname_aside() -> None:
    nicknames = ["OrchardNet", "BirdCount-2", "RoboPrior / RLHF", "TSL"]
    titles = [*TITLES[:3], "Tidal Sensor Logs"]
    page = "## Papers\n\n| No. | Paper | Note |\n|---:|---|---|\n" + "".join(
        f"| 0{k + 1} | {title} — {nickname} | [notes](./papers/0{k + 1}.md) |\n"
        for k, (title, nickname) in enumerate(zip(titles, nicknames, strict=True))
    )
    found = _all_found(page, titles)
    assert found[titles[2]]["alt_titles"] == ["RoboPrior / RLHF"]


def test_a_data_files_arxiv_doi_gives_the_papers_arxiv_id() -> None:
    page = "papers:\n" + "".join(
        f'  - {{title: "{title}", year: "2025", url: "https://doi.org/10.48550/arXiv.2507.2336{k}"}}\n'
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["arxiv_id"] == f"2507.2336{k}"


def test_a_reading_groups_sessions_key_is_no_topic_and_an_affiliation_ends_the_authors() -> None:
    page = 'semester: "Spring 2019"\n\nsessions:\n' + "".join(
        f'  - date: "02/0{k + 1}/2019"\n'
        '    presenter: "Jon Pike"\n'
        f'    title: "{title}"\n'
        f'    authors: "{FIRST[k]}, {SECOND[k]}, and Ivy Stone, Meadow University of Science and '
        'Technology"\n'
        '    venue: "OSDI \'18"\n'
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k], "Ivy Stone"]
        assert "sessions" not in found[title].get("topics", [])


def test_a_researchers_list_names_coauthors_in_a_with_remark_after_the_title() -> None:
    page = "#+title: Papers\n\n* Preprints\n\n" + "".join(
        f"  {k + 1}. {title} (with /[[https://example.org/{k}][{FIRST[k]}]]/, /{SECOND[k]}/). "
        f"[[https://arxiv.org/abs/2310.1332{k}][arXiv]]\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["arxiv_id"] == f"2310.1332{k}"


def test_a_with_remark_that_names_no_one_stays_in_the_title() -> None:
    title = "Learning to Count Birds (with Sparse Microphones)"
    page = "".join(
        f"- {t}. arXiv:2310.1332{k}. [arXiv](https://arxiv.org/abs/2310.1332{k})\n"
        for k, t in enumerate([title, *TITLES[:2]])
    )
    _all_found(page, [title, *TITLES[:2]])


def test_a_hugo_widgets_toml_front_matter_with_dotted_tables_gives_no_sections() -> None:
    page = (
        '+++\nwidget = "blank"\n\n[design]\n  # Choose how many columns.\n  columns = "1"\n\n'
        '[design.background]\n  # Background color.\n  # color = "#DBEDE3"\n\n'
        '[advanced]\n # CSS class.\n css_class = ""\n+++\n\n'
        + "".join(
            f"* **{k + 1}/5:** [{title}](https://arxiv.org/abs/2004.1015{k})\n\n"
            for k, title in enumerate(TITLES[:4])
        )
    )
    found = _all_found(page, TITLES[:4])
    assert all(not found[t].get("topics") for t in TITLES[:4])


def test_a_links_title_wrapped_at_its_colon_before_commas_and_and_is_one_title() -> None:
    head, tail = "Counting Birds:", "On Sound, Space, and Memory in the Age of Sensors"
    page = (
        f"* **1/5:** [{TITLES[0]}](https://arxiv.org/abs/2004.10150)\n\n"
        f"* **3/5:** [{TITLES[1]}](https://arxiv.org/abs/2004.10151) and [{head}\n"
        f"{tail}](https://openreview.net/pdf?id=GKTvAcb12b)\n\n"
        f"* **4/5:** [{TITLES[3]}](https://arxiv.org/abs/2004.10153)\n\n"
    )
    found = _all_found(page, [TITLES[0], TITLES[1], f"{head} {tail}", TITLES[3]])
    assert found[f"{head} {tail}"]["openreview_id"] == "GKTvAcb12b"


def test_a_section_of_books_in_the_pages_own_language_gives_no_papers() -> None:
    books = ["Patterns of Garden Statistics", "A Field Guide to Meadow Inference"]
    for heading in ("## 1. Sách", "### Libri", "## Livres", "## Книги"):
        page = (
            f"{heading}\n\n"
            + "".join(f"1. **{book}** - {FIRST[k]}, 2016\n" for k, book in enumerate(books))
            + "\n## Papers\n\n"
            + "".join(f"1. **{title}** - {SECOND[k]}, 2019\n" for k, title in enumerate(TITLES[:3]))
        )
        _all_found(page, TITLES[:3])


def test_a_language_tag_is_no_topic_and_a_blog_post_link_below_marks_a_post() -> None:
    page = (
        "**Further readings**:\n\n"
        + "".join(
            f"- [en] {title}\n  [paper](https://arxiv.org/abs/2002.0570{k})\n\n"
            for k, title in enumerate(TITLES[:3])
        )
        + "- [en] Illustrated Garden Statistics Concept\n  [blog post](https://example.org/post)\n"
    )
    found = _all_found(page, TITLES[:3])
    assert all("en" not in found[t].get("topics", []) for t in TITLES[:3])


def test_a_workshops_own_page_dates_its_accepted_papers_by_its_day() -> None:
    head = (
        "# Garden Intelligence Workshop\n\nExamining orchards and models.\n\n"
        "December 14th, 2024\n\nVancouver Convention Center\n\n## Accepted Papers\n\n"
    )
    items = "".join(
        f"- [{title}](https://openreview.net/forum?id=Abc{k}Def12), {FIRST[k]} · {SECOND[k]}\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(head + items, TITLES[:4])
    assert [found[t].get("year") for t in TITLES[:4]] == [2024] * 4
    post = "# Notes from a long week\n\nDecember 14th, 2024\n\n## Papers I read\n\n" + items
    assert [p.get("year") for p in _all_found(post, TITLES[:4]).values()] == [None] * 4


def test_a_details_links_label_after_the_last_name_is_no_part_of_it() -> None:
    page = "# Papers we shared\n\n" + "".join(
        f"- 2022-10-1{k}: Today we share a paper:\n"
        f"  - {title}, by {FIRST[k]}, {SECOND[k]} [Details](2022-10-1{k}.md)\n"
        f"    - [download link](https://arxiv.org/pdf/2209.1308{k}.pdf)\n"
        for k, title in enumerate(TITLES[:3])
    )
    found = _all_found(page, TITLES[:3])
    for k, title in enumerate(TITLES[:3]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]


def test_a_title_heading_over_its_translation_linked_to_the_paper_is_the_title() -> None:
    glosses = [
        "稀疏激光雷达回波的折叠地图",
        "宽果园中的安静梯度",
        "账本游戏：漂移下的词元计数",
        "慢潮与小模型的记忆",
    ]
    page = "".join(
        f"# {title}\n[{gloss}](https://arxiv.org/abs/2404.0863{k})\n\n"
        f"我们研究了一种简单方法，第 {k} 个。\n\n"
        for k, (title, gloss) in enumerate(zip(TITLES[:4], glosses, strict=True))
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["arxiv_id"] == f"2404.0863{k}"
        assert found[title]["alt_titles"] == [glosses[k]]


def test_a_title_wrapped_just_before_its_paper_links_label_is_one_title() -> None:
    head, tail = "Ledger Games: Counting Tokens Under", "Drift"
    assert f"{head} {tail}" == TITLES[2]
    page = (
        "**Further readings**:\n\n"
        + "".join(
            f"- {title}\n  [paper](https://arxiv.org/abs/1706.0267{k})\n\n"
            for k, title in enumerate(TITLES[:2])
        )
        + f"- {head}\n  {tail} [paper](https://arxiv.org/abs/1706.02672)\n\n"
    )
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[2]]["arxiv_id"] == "1706.02672"
