"""Conventions shared by real pages read for errors in stop 81, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES

from papercli.importers.digest.blocks import org_to_markdown

MORE = [
    "Tidal Attention for Long Sensor Logs",
    "Counting Birds With Sparse Microphones",
    "Borrowed Priors for Small Robot Hands",
    "Lattice Walks Over Noisy Street Graphs",
    "Frugal Decoders for Handwritten Ledgers",
    "Pocket Simulators for Soft Grippers",
]


def test_a_byline_over_each_title_gives_its_own_venue_never_the_next_papers() -> None:
    page = "### Implementation-oriented projects\n\n" + "\n\n".join(
        f"{who} ({venue}, {year})  \n*{title}*  \n[PDF](https://example.org/p{k}.pdf)"
        for k, (who, venue, year, title) in enumerate(
            [
                ("Moss & Quill", "arXiv", 2017, TITLES[0]),
                ("Vance et al.", "ICLR", 2018, TITLES[1]),
                ("Orr et al.", "ICML", 2019, TITLES[2]),
                ("Lindqvist et al.", "CVPR", 2019, TITLES[3]),
            ]
        )
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert [(p["venue"], p["year"]) for p in found.values()] == [
        ("arXiv", 2017),
        ("ICLR", 2018),
        ("ICML", 2019),
        ("CVPR", 2019),
    ]
    assert found[TITLES[1]]["authors"] == ["Vance"]


def test_a_first_author_et_al_over_a_title_is_its_byline() -> None:
    page = "### Selection of research papers\n\n" + "\n\n".join(
        f"{who}  \n**{title}**  \n[arXiv](https://arxiv.org/abs/2209.0{k}836)  \n*ICLR '2{k}*"
        for k, (who, title) in enumerate(
            [
                ("S.K. Moss, J. Quill and S. Vance", TITLES[0]),
                ("Orr et al.", TITLES[1]),
                ("J. Lindqvist, E.A. Weiss and S. Gaunt", TITLES[2]),
            ]
        )
    )
    found = _by_title(page)
    assert list(found) == TITLES[:3]
    assert found[TITLES[1]]["authors"] == ["Orr"]  # never the next paper's names


def test_a_course_sections_papers_heading_lists_papers() -> None:
    page = (
        "## Grading\n\nWork through one paper and present it.\n\n"
        "### Selection of research papers\n\n"
        + "\n\n".join(
            f"A. Moss and B. Quill  \n**{title}**  \n[arXiv](https://arxiv.org/abs/2010.1{k}929)"
            for k, title in enumerate(TITLES[:3])
        )
        + "\n"
    )
    assert list(_by_title(page)) == TITLES[:3]


def test_a_notes_app_link_shows_its_title_not_its_files_name() -> None:
    page = "## 覆盖论文\n\n" + "".join(
        f"- [[references/{title.replace(':', ' -')}|{title}]]\n" for title in TITLES
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_books_contents_of_note_files_lists_its_papers() -> None:
    page = "# Table of contents\n\n* [前言](README.md)\n* [MM-LLM](mm-llm/README.md)\n" + "".join(
        f"  * [{title}](mm-llm/{title.lower().replace(' ', '-').replace(':', '')}.md)\n"
        for title in MORE[:5]
    )
    assert sorted(_by_title(page)) == sorted(MORE[:5])


def test_an_org_outline_with_no_settings_is_read_as_org() -> None:
    page = (
        "* ICRA 2017\n** Jacky\n"
        f"*** {MORE[0]}\n**** contributions\n     - a new sensor\n"
        f"*** {MORE[1]}\n** Ziyang\n*** {MORE[2]}\n"
    )
    assert f"#### {MORE[0]}" in org_to_markdown(page).split("\n")


def test_asciidoc_nested_list_items_are_no_org_headings() -> None:
    page = f"== Papers Read\n* Systems\n** {MORE[0]}\n** {MORE[1]}\n** {MORE[2]}\n"
    assert org_to_markdown(page) == page


def test_a_papers_cell_of_title_then_two_spaces_then_its_description() -> None:
    rows = "".join(
        f"| {k + 1}) {title}  This paper introduces a method that works well on many tasks and "
        f"scales to long inputs without losing accuracy. <br>● It is fast. | "
        f"[Paper](https://arxiv.org/abs/2506.1{k}298), [Tweet](https://x.com/u/status/{k}) |\n"
        for k, title in enumerate(MORE[:4])
    )
    page = "## Top ML Papers of the Week\n| **Paper**  | **Links** |\n| --- | --- |\n" + rows
    found = _by_title(page)
    assert list(found) == MORE[:4]
    assert found[MORE[2]]["arxiv_id"] == "2506.12298"


def test_a_programmes_presenter_dash_bracketed_venue_then_title() -> None:
    page = (
        "Chương trình dự kiến:\n\n---\n\n"
        "Văn Phú Huy - [NAACL 2019] TBD\n\n\n"
        f"Anh Le - [ICLR 2019] {MORE[0]}\nhttps://arxiv.org/abs/1806.11146\n\n\n"
        f"Phan Hữu Thọ - [NeurIPS 2018] {MORE[1]}\n"
        "http://papers.nips.cc/paper/7462-some-paper\n"
    )
    found = _by_title(page)
    assert list(found) == MORE[:2]
    assert (found[MORE[0]]["venue"], found[MORE[0]]["year"]) == ("ICLR", 2019)


def test_items_led_by_their_year_are_titled_however_short() -> None:
    page = "### Rendering\n\n" + "".join(
        f"{k + 1}. {year} {title}\n"
        for k, (year, title) in enumerate(
            [
                (1996, "Light Fields"),
                (2017, "cryoSCOPE: Fast Unsupervised Map Building for Tiny Samples"),
                *((2020 + k, title) for k, title in enumerate(MORE[:5])),
            ]
        )
    )
    found = _by_title(page)
    assert "Light Fields" in found
    assert "cryoSCOPE: Fast Unsupervised Map Building for Tiny Samples" in found
    assert found["Light Fields"]["year"] == 1996


def test_a_references_links_back_to_the_post_are_no_part_of_its_title() -> None:
    page = "## 参考\n\n" + "".join(
        f"{k + 1}. ^[a](https://zhuanlan.zhihu.com/p/7786#ref_{k + 1}_0)"
        f"[b](https://zhuanlan.zhihu.com/p/7786#ref_{k + 1}_1){title}"
        f" https://arxiv.org/pdf/1908.0{k}676.pdf\n"
        for k, title in enumerate(MORE[:4])
    )
    found = _by_title(page)
    assert sorted(found) == sorted(MORE[:4])
    assert found[MORE[1]]["arxiv_id"] == "1908.01676"


def test_a_notes_key_points_list_holds_no_papers() -> None:
    page = "".join(
        f"### {k + 1}. {title}\n**arXiv:** 2409.0{k}914\n**Venue:** CoRL 2024\n"
        "**Key Points:**\n- **Hierarchical attention for two arms**\n- Multi-arm decoder\n\n"
        for k, title in enumerate(MORE[:3])
    )
    assert sorted(_by_title(page)) == sorted(MORE[:3])


def test_a_headline_under_top_news_is_no_paper_unless_it_links_one() -> None:
    page = (
        "### Top News\n\n"
        "#### [Chat Assistants Arrive on Every Phone This Spring](https://news.example.com/a)\n\n"
        "A long story about assistants.\n\n"
        f"#### [{MORE[0]}](https://arxiv.org/abs/2402.05929)\n\nA new model for agents.\n"
    )
    assert list(_by_title(page)) == [MORE[0]]


def test_a_review_exports_forum_column_and_piped_authors() -> None:
    page = "number,forum,title,abstract,authors,decision\n" + "".join(
        f'{k + 1},https://openreview.net/forum?id=abcDEF{k}xyz1,{title},"An abstract.\n'
        f'On two lines.",Ada Moss|Ben Quill|Cara Vance,Accept (Poster)\n'
        for k, title in enumerate(MORE[:3])
    )
    found = _by_title(page)
    assert list(found) == MORE[:3]
    assert found[MORE[1]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Vance"]
    assert found[MORE[1]]["openreview_id"] == "abcDEF1xyz1"


def test_a_key_points_list_ends_where_the_pages_numbered_list_goes_on() -> None:
    page = "".join(
        f"{k + 1}. “{title}” by Ada Moss et al.\nThis paper, published in 2019, set a trend.\n"
        "Key Points:\n- It uses two networks.\n- It trains them against each other.\n"
        for k, title in enumerate(MORE[:3])
    )
    assert sorted(_by_title(page)) == sorted(MORE[:3])


def test_a_tables_group_rows_filled_with_null_name_their_papers_topic() -> None:
    rows = "".join(
        f"| {group}  | NULL |NULL |NULL |\n"
        + "".join(f"| 《{title}》  | ACL2020 |笔记 |done |\n" for title in titles)
        for group, titles in (("综述", MORE[:2]), ("CRF相关", MORE[2:5]))
    )
    page = "|名称  |  来源   | 说明  |状态   |\n|  ----  | ----  |----  | ----  |\n" + rows
    found = _by_title(page)
    assert found[MORE[2]]["topics"] == found[MORE[3]]["topics"] == ["CRF相关"]


def test_a_chinese_paper_sheets_columns_and_its_none_cells() -> None:
    page = (
        "发表时间,会议（没中或者是报告的话填None）,方法名称,论文名字,论文链接,论文仓库\n"
        + "".join(
            f"2023.0{k + 1},{venue},M{k},{title},https://arxiv.org/pdf/2305.1742{k},"
            f"https://github.com/someone/m{k}\n"
            for k, (venue, title) in enumerate(
                zip(("AAAI 2024", "None", "CVPR 2024"), MORE[:3], strict=True)
            )
        )
    )
    found = _by_title(page)
    assert list(found) == MORE[:3]
    assert (found[MORE[0]]["venue"], found[MORE[0]]["year"]) == ("AAAI", 2024)
    assert found[MORE[1]]["venue"] == "arXiv"  # "None": no venue but its preprint's
    assert found[MORE[2]]["arxiv_id"] == "2305.17422"
    assert found[MORE[2]]["code_url"] == "https://github.com/someone/m2"


def test_a_names_initial_before_the_colon_is_no_part_of_the_title() -> None:
    page = "".join(
        f"* Ada Moss, Ben Quill, Jason J. Jung: {title}. Journal of Informetrics 02/2021; "
        f"15({k}): 10112{k}.\n"
        for k, title in enumerate(MORE[:3])
    )
    found = _by_title(page)
    assert list(found) == MORE[:3]
    assert found[MORE[0]]["authors"] == ["Ada Moss", "Ben Quill", "Jason J. Jung"]


def test_an_untitled_entrys_address_never_goes_to_the_title_below() -> None:
    boxed = "BoxFaces: A CPU Real-time Face Detector with High Accuracy"
    page = (
        "PyraFace: A Context-assisted Single Shot Face Detector\n\n"
        "https://arxiv.org/abs/1706.02863\n\n"
        "HeadNet: Single Stage Headless Face Detector\n\n"
        "- intro: ICCV 2017. University of Somewhere\n"
        "- arxiv: https://arxiv.org/abs/1708.03979\n\n"
        "Dockerbox: an easy way to run a face detector in a container\n\n"
        "https://arxiv.org/abs/1708.04370\n\n"
        f"### {boxed}\n\n- intro: IJCB 2017\n- arxiv: https://arxiv.org/abs/1708.05234\n"
    )
    found = _by_title(page)
    assert found[boxed]["arxiv_id"] == "1708.05234"  # never the bare entry's over it


def test_a_venue_line_inside_an_item_is_that_items_own() -> None:
    page = "## 相关论文\n\n" + "".join(
        f"- **M{k}Former**: {title}\n"
        f"  Ada Moss, Ben Quill, Daniel Povey\n"
        f"  [ArXiv](https://arxiv.org/abs/2310.1123{k}) 2023.10.17v1\n"
        f"  {venue}\n"
        f"  [开源代码](https://github.com/someone/r{k})\n\n"
        for k, (title, venue) in enumerate(
            zip(
                MORE[:4],
                ("ICLR 2024", "ICASSP 2024", "Interspeech 2023", "ICASSP 2023"),
                strict=True,
            )
        )
    )
    found = _by_title(page)
    assert [(p["venue"], p["year"]) for p in found.values()] == [
        ("ICLR", 2024),
        ("ICASSP", 2024),
        ("Interspeech", 2023),
        ("ICASSP", 2023),
    ]


def test_the_arxiv_line_its_name_labels_is_the_papers() -> None:
    page = (
        "## 6.Grid R-CNN Plus: Faster and Better\n\n"
        "Grid RCNN: https://arxiv.org/abs/1811.12030\n\n"
        "Grid RCNN Plus: https://arxiv.org/abs/1906.05688\n\n"
        "原版Grid RCNN收录在CVPR 2019。\n\n"
        f"## 7.{MORE[0]}\n\nhttps://arxiv.org/pdf/1903.12206.pdf\n"
    )
    found = _by_title(page)
    assert found["Grid R-CNN Plus: Faster and Better"]["arxiv_id"] == "1906.05688"


def test_certification_labels_and_rules_between_entries() -> None:
    page = "".join(
        f"{label} Certification: {title}\n\nAda Moss, Ben Quill\n\n"
        f"https://openreview.net/forum?id=Abc{k}defGh\n\n---\n\n\n"
        for k, (label, title) in enumerate(
            zip(("Survey", "J2C", "Featured"), MORE[:3], strict=True)
        )
    )
    found = _by_title(page)
    assert list(found) == MORE[:3]
    assert [p["openreview_id"] for p in found.values()] == [f"Abc{k}defGh" for k in range(3)]


def test_titles_run_straight_into_their_authors_are_cut_before_the_names() -> None:
    names = [
        "Bastian Kuth, Max Oberberger, Carsten Faber",
        "Laurent Belcour, Anis Benyoub",
        "Sven Widmer, Dawid Pająk, Andre Schulz",
        "Carsten Benthin, Sven Woop",
    ]
    page = "Wolfgang Award (Best Paper)\n\n" + "".join(
        f"  {k + 1}. {title} {who}\n    📷₁ 📷₂ 📷₃\n\n"
        for k, (title, who) in enumerate(zip(MORE[:4], names, strict=True))
    )
    found = _by_title(page)
    assert list(found) == MORE[:4]
    assert found[MORE[1]]["authors"] == ["Laurent Belcour", "Anis Benyoub"]
    assert all("📷₁ 📷₂ 📷₃" not in p["topics"] for p in found.values())


def test_a_programmes_bracketed_venue_needs_no_year_and_its_address_may_follow() -> None:
    page = (
        "14h05~14h35:\n"
        f"Đỗ Minh Hải - [ICML] {MORE[0]}\nhttp://proceedings.mlr.press/v80/trinh18a/trinh18a.pdf\n"
        "14h35~15h05:\n"
        f"Nguyễn Tuấn Dương - [ICML] {MORE[1]} https://arxiv.org/abs/1711.00464\n"
        "Slide: https://example.org/talk\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(MORE[:2])
    assert found[MORE[1]]["arxiv_id"] == "1711.00464"


def test_a_byline_item_under_the_title_above_opens_no_entry() -> None:
    page = "## Reinforcement learning\n\n" + "".join(
        f"{title} [[paper](https://arxiv.org/abs/2201.0{k}051)]\n  - {who} --{venue}\n\n"
        for k, (title, who, venue) in enumerate(
            [
                (MORE[0], "Ada Moss, Ben Quill, Cara Vance", "ICML 2022"),
                (MORE[1], "Lee, Hyun-Suk", "AISTATS 2022"),
                (MORE[2], "Müller, Robert ; Pacchiano, Aldo", "ICLR 2021"),
            ]
        )
    )
    found = _by_title(page)
    assert [(p["venue"], p["year"]) for p in found.values()] == [
        ("ICML", 2022),
        ("AISTATS", 2022),
        ("ICLR", 2021),
    ]


def test_a_venue_field_of_link_labels_names_no_venue() -> None:
    page = "".join(
        f'<li class="paper">\n<p class="title">{title}</p>\n<p class="authors">Ada Moss</p>\n'
        f'<p class="links">venue: <a href="https://example.org/toc{k}">toc</a> '
        f'<a href="https://doi.org/10.3150/14-BEJ6{k}5">meta</a></p>\n</li>\n'
        for k, title in enumerate(MORE[:3])
    )
    found = _by_title("<ul>\n" + page + "</ul>\n")
    assert sorted(found) == sorted(MORE[:3])
    assert all(p["venue"] is None or "toc" not in p["venue"] for p in found.values())


def test_a_data_tables_rows_of_strings_cut_off_mid_file_are_a_table() -> None:
    rows = "".join(
        "    [\n"
        f'      "1{k}/08/2017", \n'
        '      "Ada Moss, Ben Quill", \n'
        f'      "<a href=\\"https://arxiv.org/abs/1708.0514{k}\\">{title}</a>", \n'
        f'      "{venue}", \n'
        '      "RL"\n'
        "    ], \n"
        for k, (title, venue) in enumerate(
            zip(MORE[:4], ("arXiv", "ICML 2017", "arXiv", "NIPS 2016"), strict=True)
        )
    )
    page = '{\n  "data": [\n' + rows + '    [\n      "16/07/2017", \n      "Cut Off'
    found = _by_title(page)
    assert list(found) == MORE[:4]
    assert [p["venue"] for p in found.values()] == ["arXiv", "ICML", "arXiv", "NIPS"]
    assert found[MORE[1]]["arxiv_id"] == "1708.05141"
