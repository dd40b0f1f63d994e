"""Conventions shared by real pages read for errors in stop 94, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND


def test_an_arxiv_exports_entry_id_column_is_the_papers_address() -> None:
    page = "ranking\ttitle\tprimary_category\tentry_id\tcitationCount\n"
    for k, title in enumerate(TITLES):
        page += f"{k + 1}\t{title}\tcs.CL\thttp://arxiv.org/abs/2303.0877{k}v{k + 1}\t{900 - k}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "2303.08771"
    assert found[TITLES[1]]["url"] == "http://arxiv.org/abs/2303.08771v2"


def test_a_trackers_relative_link_named_by_its_arxiv_number_gives_the_id() -> None:
    page = "| 论文 | 时间 | 评分 |\n|---|---|---:|\n"
    for k, title in enumerate(TITLES):
        page += f"| [{title}](../../papers/arxiv-2510.0993{k}/) | 2026-08-1{k} | 5{k} |\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2510.09932"
    assert found[TITLES[2]]["url"] == "https://arxiv.org/abs/2510.09932"  # (not the site's page)


def _newsletter(entries: list[tuple[str, str]]) -> str:
    """A translated newsletter's page: each entry a bold italic line over its text, with the
    kramdown spacer "\\\\" between them."""
    page = "# Araştırma ve Yayınlar 📙\n\n"
    for head, text in entries:
        page += f"\\\\\n***{head}***\n\n\\\\\n{text}\n\n"
    return page


def test_a_kramdown_spacer_line_parts_paragraphs_as_a_blank_line_does() -> None:
    from papercli.importers.digest.blocks import read_lines

    page = _newsletter([(TITLES[0], "Some text."), ("OpenAI’s Jukebox", "More text.")])
    heads = [
        line for line in read_lines(page) if line.text.strip() in (TITLES[0], "OpenAI’s Jukebox")
    ]
    assert [line.first for line in heads] == [True, True]
    assert not any(line.text.strip() == "\\\\" for line in read_lines(page))


def test_a_newsletters_spacer_lines_part_its_entries_so_no_link_crosses_to_another() -> None:
    page = _newsletter(
        [
            (TITLES[0], "Yazarlar bir [veri seti](https://github.com/ada/folding) yayımladı."),
            ("Bir SotA Sohbet Robotu", "[Meena](https://arxiv.org/abs/2001.09977) gibi bir model."),
            (TITLES[1], "Şu [bildiri](https://arxiv.org/abs/2004.15011) yeni bir görev önerir."),
            (TITLES[2], "Yeni bir [çalışma](https://arxiv.org/abs/2004.14546) sunuldu."),
        ]
    )
    found = digest_by_title(page)
    assert found[TITLES[1]]["arxiv_id"] == "2004.15011"
    assert found[TITLES[2]]["arxiv_id"] == "2004.14546"
    assert found.get(TITLES[0], {}).get("arxiv_id") is None  # (never Meena's)


def test_a_newsletters_entry_titled_tldr_is_no_field_label() -> None:
    title = f"TLDR: {TITLES[0]}"
    page = _newsletter(
        [
            (TITLES[1], "This [paper](https://arxiv.org/abs/2004.10001) studies it."),
            (title, "This [paper](https://arxiv.org/abs/2004.15011) proposes a dataset."),
            (TITLES[2], "New [work](https://arxiv.org/abs/2004.14546) explains it."),
            (TITLES[3], "The [paper](https://arxiv.org/abs/2004.14547) shows it."),
        ]
    )
    found = _all_found(page, [TITLES[1], title, TITLES[2], TITLES[3]])
    assert found[title]["arxiv_id"] == "2004.15011"


def test_a_newsletters_entries_that_link_no_paper_are_tools_and_posts() -> None:
    page = _newsletter(
        [
            (TITLES[0], "The [paper](https://arxiv.org/abs/2004.15011) proposes a dataset."),
            ("A Python Game Boy Emulator", "[PyBoy](https://github.com/x/pyboy) is a tool."),
            (TITLES[1], "The [article](https://www.aclweb.org/anthology/2020.acl-main.463) says."),
            ("Differential Calculus for Deep Learning", "A [notebook](https://colab.x/abc)."),
            (TITLES[2], "The [article](https://distill.pub/2020/growing-ca/) grows them."),
            ("Learning about Sparse Lidar", "A [video lecture](https://youtube.com/watch?v=1)."),
        ]
    )
    _all_found(page, TITLES[:3])


def test_a_dataset_titled_name_colon_subtitle_among_tools_is_a_paper_when_it_links_one() -> None:
    dataset = "MLSUM: The Multilingual Summarization Corpus"
    page = "# Research and Publications\n\n"
    page += f"***{TITLES[0]}***\n\nThe [paper](https://arxiv.org/abs/2004.15011) says.\n\n"
    page += f"***{TITLES[1]}***\n\nThe [paper](https://arxiv.org/abs/2004.15012) says.\n\n"
    page += "# Tools and Datasets ⚙️\n\n"
    page += "***NVIDIA’s Medical Imaging Framework***\n\nMONAI is a [framework](https://x.io).\n\n"
    page += f"***{dataset}***\n\nThe [corpus](https://arxiv.org/abs/2004.14900) spans five.\n\n"
    page += "***Jupyter Notebooks as PDF***\n\nA [plugin](https://github.com/x/nb) for it.\n\n"
    found = _all_found(page, [TITLES[0], TITLES[1], dataset])
    assert found[dataset]["arxiv_id"] == "2004.14900"


def test_a_translated_newsletters_tools_and_posts_sections_hold_no_papers() -> None:
    for tools, posts in (
        ("Outils et jeux de données ⚙️", "Articles et Blog ✍️"),
        ("Ferramentas e Bases de Dados ⚙️", "Artigos e Postagens ✍️"),
        ("Araçlar ve Veri Setleri ⚙️", "Makaleler ve Blog Gönderileri ✍️"),
    ):
        page = "# Publications 📙\n\n"
        for k, title in enumerate(TITLES[:2]):
            page += f"***{title}***\n\nLe [papier](https://arxiv.org/abs/2004.1501{k}).\n\n"
        page += f"# {tools}\n\n***Python Game Boy Emulator Tooling Kit***\n\n"
        page += "[PyBoy](https://github.com/x/pyboy) est un outil.\n\n"
        page += f"# {posts}\n\n***Benchmarking Triton Inference Servers for Transformers***\n\n"
        page += "Ce [billet](https://blog.x.ai/triton) compare.\n\n"
        _all_found(page, TITLES[:2])


def test_a_citations_journal_volume_and_pages_are_no_part_of_its_title() -> None:
    page = "**Distributional semantic models**\n\n"
    page += f" - [Moss, A. & B. Wren (1997) {TITLES[0]}, Psychological Review, 104/2: 211-240."
    page += "](http://x.edu/plato.pdf)\n"
    page += f" - Quill, C., Lark, D. & Tarn, E. (1995) {TITLES[1]}, Information Processing "
    page += "& Management, 31/3: 419-429.\n"
    page += f" - [Reed, G. (1998) {TITLES[2]}, Computational Linguistics 24/1: 97-123.]"
    page += "(http://x.org/J98-1004.pdf)\n"
    page += f" - [Fenn, H. (2007) {TITLES[3]}, Psychological Review, 114(2): 211-244.]"
    page += "(http://x.edu/g.pdf)\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["venue"] == "Psychological Review"
    assert found[TITLES[1]]["venue"] == "Information Processing & Management"
    assert found[TITLES[3]]["year"] == 2007


def test_a_citations_proceedings_after_its_title_is_no_part_of_it() -> None:
    page = "**Random Indexing**\n\n"
    page += f" - [Moss, A. (1992) {TITLES[0]}, in Proceedings of Supercomputing '92, IEEE "
    page += "Computer Society Press: 787-796.](http://x.edu/download.pdf)\n"
    page += f" - [Wren, B. (1998) {TITLES[1]}, Proceedings of ACL 1998:768-774.]"
    page += "(http://x.org/C98-2122.pdf)\n"
    page += f" - [Lark, D., Tarn, E. & F. Brook (2008) {TITLES[2]}, In Proceedings of the 30th "
    page += "Annual Meeting of the Cognitive Science Society.](http://x.se/perm.pdf)\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["year"] == 1998


def test_quoted_titles_with_their_arxiv_number_after_them_are_the_items_titles() -> None:
    names = ["Qwen2 Technical Report", "Qwen2.5 Technical Report", "Qwen3 Technical Report"]
    page = "**覆盖论文** (主线):\n"
    for k, title in enumerate(names):
        page += f'- **{title.split()[0]}**: "{title}", arXiv:2407.1067{k}, 2024.0{k + 1}\n'
    page += "- **Qwen3.5**: 无独立 arxiv (GitHub + HF blog), 2026.02.16\n"
    found = _all_found(page, names)
    assert found[names[1]]["arxiv_id"] == "2407.10671"


def _rows_after_quoted_rule(page: str) -> list[tuple[str, float]]:
    """Each line's best candidate of PAGE after follow_quoted_identified, every score first
    lowered to 0.1 (the model's doubt, whatever the fitted weights say)."""
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import follow_quoted_identified
    from papercli.importers.digest.scorer import score_lines

    lines = read_lines(page)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:
            cand.score = 0.1
    follow_quoted_identified(lines, scored, 0.5)
    return [
        (best.text, best.score)
        for best in (max(row, key=lambda c: c.score) for row in scored if row)
    ]


def test_the_quoted_identified_rule_names_each_quoted_title_over_its_line() -> None:
    page = "".join(
        f'- **M{k}**: "{title}", arXiv:2407.1067{k}, 2024.0{k + 1}\n'
        for k, title in enumerate(TITLES)
    )
    assert _rows_after_quoted_rule(page) == [(title, 0.5) for title in TITLES]


def test_the_quoted_identified_rule_wants_two_such_lines_at_least() -> None:
    page = f'- **M0**: "{TITLES[0]}", arXiv:2407.10670\n- **M1**: "{TITLES[1]}" (blog)\n'
    assert all(score == 0.1 for _text, score in _rows_after_quoted_rule(page))


def test_an_arxiv_number_last_among_a_titles_bracketed_facts_is_its_id() -> None:
    page = "## 相关推荐\n\n"
    for k, title in enumerate(TITLES):
        page += f"{k + 1}. {title} (2026, venue 暂缺, {k} cites, 2604.1355{k})\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2604.13552"


def test_an_award_before_a_data_files_title_gives_its_venue_and_year() -> None:
    page = "- week: 27\n  articles:\n"
    leads = ["Best paper ICML 2018 - ", "CVPR 2018 Best Student Paper Award - ", "", ""]
    for k, title in enumerate(TITLES):
        page += f'    - title: "{leads[k]}{title}"\n'
        page += f'      url: "https://arxiv.org/abs/1802.0042{k}"\n      type: "paper"\n\n'
    found = _all_found(page, TITLES)
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("ICML", 2018)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("CVPR", 2018)


def test_a_data_files_comment_block_over_its_list_of_records_is_blanked_out() -> None:
    from papercli.importers.digest.blocks import yaml_comments_blanked

    head = "# Spring 2016 -- 4 entries. Generated by merge.py;\n# safe to hand-edit.\n\n"
    records = "".join(
        f"- date: '2016-01-1{k}'\n  speakers:\n  - ada_moss\n  title: {title}\n  room: GHC-8102\n"
        for k, title in enumerate(TITLES)
    )
    assert yaml_comments_blanked(head + records) == "\n\n\n" + records
    listed = "# Papers\n\n" + "".join(f"- Title: {title}\n" for title in TITLES)
    assert yaml_comments_blanked(listed) == listed  # (a markdown list under its heading)


def test_a_data_files_comment_block_over_its_records_names_no_section() -> None:
    page = "# Spring 2016 -- 4 entries. Generated by scripts/migrate/merge.py;\n"
    page += "# safe to hand-edit afterwards (the migration is one-shot).\n\n"
    for k, title in enumerate(TITLES):
        page += f"- date: '2016-01-1{k}'\n  speakers:\n  - ada_moss\n  title: {title}\n"
        page += f"  paper_authors: {FIRST[k]}, {SECOND[k]}\n"
        page += "  external_url: http://www.x.edu/SMLRG/index.html\n  sources:\n  - blog\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]].get("topics", []) == []


def test_a_note_headed_by_its_papers_title_and_id_keeps_it_beside_the_papers_it_names() -> None:
    page = f"{TITLES[0]}\n===\n\n2017/10/27 {FIRST[0]}, {SECOND[0]} (Google Brain)\n\n"
    page += "https://arxiv.org/abs/1710.05941\n\n---\n\n## どんなもの？\n\n+ 新しい関数の紹介。\n\n"
    page += "## どうやって有効だと検証した？\n\n+ CIFAR で検証。\n\n## 次に読むべき論文は？\n\n"
    page += f"+ [{TITLES[1]}](https://arxiv.org/pdf/1707.07012.pdf)\n    + 検索技術\n"
    page += f"+ [{TITLES[2]}](https://arxiv.org/pdf/1611.05763.pdf)\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["arxiv_id"] == "1710.05941"


def test_a_one_heading_page_without_an_identifier_under_it_is_left_to_the_model() -> None:
    page = f"{TITLES[0]}\n===\n\n## どんなもの？\n\n+ 紹介。\n\n## 議論はある？\n\n+ ない。\n\n"
    page += "## 次に読むべき論文は？\n\n"
    page += f"+ [{TITLES[1]}](https://arxiv.org/pdf/1707.07012.pdf)\n"
    page += f"+ [{TITLES[2]}](https://arxiv.org/pdf/1611.05763.pdf)\n"
    assert TITLES[0] not in digest_by_title(page)


def test_a_tutorials_part_before_its_title_is_no_part_of_it() -> None:
    page = "| Week | Speaker | Title | Slides |\n|---|---|---|---|\n"
    for k, title in enumerate(TITLES):
        part = f"(Part {'I' * (k + 1)})" if k < 2 else ""
        slides = f"[Slides](https://x.io/{k}.pdf)"
        page += f"| {k + 1} | {FIRST[k]} | [ACL 2019] {part}{title} | {slides} |\n"
    _all_found(page, TITLES)


def test_a_yaml_sections_own_title_over_its_list_of_papers_is_their_topic_alone() -> None:
    page = ""
    for section, titles in (
        ("K-Asynchronous Methods", TITLES[:2]),
        ("Buffered Methods", TITLES[2:]),
    ):
        page += (
            f'{section.split()[0].lower()}:\n  title: "{section}"\n  split_by_year: true\n  list:\n'
        )
        for k, title in enumerate(titles):
            page += f'    - title: "{title}"\n      abbr: "T{k}"\n      year: 2021\n'
            page += "      conf: ICDCS\n      links:\n        PDF: https://x.org/doc/1\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["topics"] == ["Buffered Methods"]


def test_a_kramdown_definitions_heading_is_a_heading() -> None:
    page = "Past Sessions - 2026\n--------------------\n\n2026-03-09\n: ### Agent models\n"
    page += f"  * [{TITLES[0]}](https://arxiv.org/abs/2603.05735) (arXiv:2603.05735)\n"
    page += f"  * [{TITLES[1]}](https://arxiv.org/abs/2510.26887) (arXiv:2510.26887)\n"
    page += ": ### Low Rank Adaptations\n"
    page += f"  * [{TITLES[2]}](https://arxiv.org/abs/2106.09685) (arXiv:2106.09685)\n"
    page += (
        "  * [Hands-on Large Language Models](https://www.oreilly.com/library/view/hands-on/97)\n"
    )
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["topics"] == ["Agent models"]
    assert found[TITLES[2]]["topics"] == ["Low Rank Adaptations"]


def test_a_one_word_label_over_a_list_names_its_section() -> None:
    page = "Dialog:\n"
    page += f"- [{TITLES[0]}](https://aclanthology.org/2022.acl-long.579/) - a comment\n"
    page += f"- [{TITLES[1]}](https://aclanthology.org/2022.acl-long.110/)\n\n\n"
    page += "Evaluation:\n"
    page += f"- [{TITLES[2]}](https://aclanthology.org/2022.acl-long.445.pdf) - metrics\n"
    page += "Optional:\n"
    page += f"- [{TITLES[3]}](https://aclanthology.org/2022.acl-short.85/)\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["topics"] == ["Dialog"]
    assert found[TITLES[2]]["topics"] == ["Evaluation"]
    assert found[TITLES[3]]["topics"] == ["Evaluation"]  # (a reading's standing, no section)


def test_a_bold_labels_remark_in_brackets_does_not_count_against_its_length() -> None:
    page = "The award recognises papers from ten years before.\n\n"
    for k, year in enumerate((2023, 2022)):
        page += f"**NeurIPS {year} Test of Time Award (Papers from {year - 10})**\n\n"
        for title in TITLES[2 * k : 2 * k + 2]:
            page += f"* **Paper:** {title}\n    * **Authors:** {FIRST[k]}, {SECOND[k]}\n"
            page += "    * This paper introduced a method that many later works built on.\n\n"
        page += "These papers were recognised for their impact over the past decade.\n\n"
    found = _all_found(page, TITLES)
    award = "NeurIPS 2022 Test of Time Award (Papers from 2012)"
    assert [found[title]["topics"] for title in TITLES[2:]] == [[award], [award]]
    assert found[TITLES[3]]["year"] == 2022


def test_a_data_files_forum_address_is_the_papers_page_beside_its_pdf() -> None:
    page = "[\n" + ",\n".join(
        f'  {{"id": "JAQ9bm0Rp{k}", "title": "{title}", "authors": ["{FIRST[k]}"], '
        f'"tags": ["protein"], "venue": "ICML 2026 spotlight", '
        f'"pdf": "https://openreview.net/pdf/ccbe9db5da8956{k}.pdf", '
        f'"forum": "https://openreview.net/forum?id=JAQ9bm0Rp{k}"}}'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page + "\n]\n", TITLES)
    assert found[TITLES[1]]["url"] == "https://openreview.net/forum?id=JAQ9bm0Rp1"
    assert found[TITLES[1]]["topics"] == ["protein"]


def test_a_data_files_year_field_holding_a_venue_gives_both() -> None:
    page = "[\n" + ",\n".join(
        f'  {{"title": "{title}", "authors": ["J Ma", "P Cui"], "year": "KDD 201{k}", '
        f'"url": "Slug-{k}"}}'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page + "\n]\n", TITLES)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("KDD", 2012)


def test_a_readers_own_comments_field_is_no_title() -> None:
    page = "# Mihai's Summary of EMNLP/CoNLL 2018\n\n# BlackboxNLP Workshop\n\n"
    for k, title in enumerate(TITLES):
        page += f"### {title}\n\n**URL**: http://aclweb.org/anthology/W18-540{k}\n\n"
        page += "**Abstract**: We study the thing in depth.\n\n"
        page += "**Mihai's comments**: New dataset for QA in dialog. (Fan: read this)\n\n"
    found = _all_found(page, TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("BlackboxNLP", 2018)


def test_an_entrys_authors_field_names_no_section_of_the_entry_below() -> None:
    page = "Two papers stood out.\n\n"
    for k, title in enumerate(TITLES[:2]):
        page += f"* **Paper:** {title}\n    * **Authors:** {FIRST[k]}, {SECOND[k]}\n\n"
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[1]]["topics"] == []


def test_a_topic_named_as_its_papers_link_gives_the_title_once() -> None:
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels(f"{TITLES[0]} [{TITLES[0]}]") == TITLES[0]
    assert without_link_labels(f"{TITLES[1]} [{TITLES[0]}]") != TITLES[1]  # (two titles)
    page = "### Lecture: 6. Object Detection\n\n"
    page += f"- {TITLES[0]} [[{TITLES[0]}](https://arxiv.org/abs/1504.08083)]\n"
    page += f"- Proposing Regions [[{TITLES[1]}](https://arxiv.org/abs/1506.01497)]\n"
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[0]]["arxiv_id"] == "1504.08083"


def test_a_titles_head_of_single_words_listed_is_no_label() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    for head in ("Show, Attend and Tell", "Look, Listen and Learn"):
        line = f"* {head}: {TITLES[0]} (ICML 2015), Xu et al. [[paper]](https://x.org/1)"
        cands = candidates(read_lines(line), 0)
        assert not any("after_label" in c.how for c in cands)
    line = f"* Ada Moss, Ben Wren and Cal Quill: {TITLES[0]}, ICML 2015"
    assert any(c.text == TITLES[0] for c in candidates(read_lines(line), 0))


def test_front_matter_closed_on_its_first_headings_line_leaves_the_headings() -> None:
    from papercli.importers.digest.blocks import read_lines

    page = '---\nlayout: redirect\ntitle: "Last Week in AI #333"\n---### Top News\n\n'
    page += "#### [Startup raises money](https://techcrunch.com/2026/01/18/a/)\n\nText.\n"
    kinds = [(line.kind, line.text) for line in read_lines(page) if line.text]
    assert ("heading", "Top News") in kinds


def test_a_journals_volume_and_pages_are_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Mach Learn 8, 279–292")
    assert never_title("Neural Comput 9(8), 1735-1780")
    assert not never_title(TITLES[2])


def test_a_sheets_id_column_of_arxiv_numbers_gives_each_rows_id() -> None:
    page = "id\ttitle\tabstract\tintroduction\n"
    for k, title in enumerate(TITLES):
        page += f"2303.0877{k}v{k + 1}\t{title}\tWe report a thing.\tModels are large.\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["arxiv_id"] == "2303.08773"


def test_a_cut_json_reports_venue_and_its_results_fields_are_their_papers() -> None:
    page = '{\n  "conference": "ICLR",\n  "year": 2021,\n'
    page += '  "source_repo_url": "https://github.com/x/ICLR2025-Papers-with-Code/tree/main",\n'
    page += '  "results": [\n'
    for k, title in enumerate(TITLES):
        page += f'    {{\n      "title": "{title}",\n'
        page += (
            f'      "paper_url": "https://openreview.net/attachment?id=sCZbhBvqQa{k}&name=pdf",\n'
        )
        page += f'      "code_links": [\n        "https://github.com/x/repo{k}"\n      ],\n'
        page += '      "section": "ICLR2021 Accept Paper With Code"\n    },\n'
    found = _all_found(page, TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("ICLR", 2021)
    assert found[TITLES[1]]["topics"] == ["ICLR2021 Accept Paper With Code"]
    assert found[TITLES[1]]["code_url"] == "https://github.com/x/repo1"


def test_a_sheets_rows_with_their_empty_last_cells_left_out_are_read() -> None:
    page = "ordinal\tfile_stub\tauthors\tyear\ttitle\tdoi\tstage\traw\n"
    for k, title in enumerate(TITLES):
        tail = "\tAlignment\tMoss (2023)" if k % 2 else ""  # (no empty cells after the DOI)
        page += f'{k + 1}\t00{k}_Moss_2023\t"{FIRST[k]}"\t2023\t"{title}"\t10.1000/x{k}{tail}\n'
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["doi"] == "10.1000/x2"
    assert found[TITLES[2]]["authors"] == [FIRST[2]]


def test_a_citations_journal_cut_at_its_volume_is_no_part_of_the_title() -> None:
    page = "## Daftar Pustaka\n\n"
    page += f"* Elman, J.L., 1990. {TITLES[0]}, *Cognitive Science*, Vol. 14, pp. 179-211, 1990.\n"
    page += f"* Moss, A., dkk. 2015. {TITLES[1]}, *Neural Computation*, Vol. 9, pp. 1-20, 2015.\n"
    page += f"* Wren, B., 2017. {TITLES[2]}, *Machine Learning*, Vol. 8, pp. 279-292, 2017.\n"
    page += "* Chollet, F., dkk., 2015. Keras. Tersedia di: https://github.com/fchollet/keras.\n"
    _all_found(page, TITLES[:3])


def test_a_script_assigning_one_json_object_of_entries_gives_each_its_own_fields() -> None:
    page = "\ufeffconst generatedBibEntries = {\n"
    page += ",\n".join(
        f'    "moss202{k}folding": {{\n'
        f'        "author": "{FIRST[k].split()[1]}, {FIRST[k].split()[0]} and '
        f'{SECOND[k].split()[1]}, {SECOND[k].split()[0]}",\n'
        f'        "journal": "Journal {k}",\n'
        f'        "title": "{title}",\n'
        f'        "type": "article",\n        "year": "202{k}"\n    }}'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page + "\n};\n", TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1]]
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("Journal 1", 2021)


def test_a_scripts_objects_filed_under_keys_keep_their_own_fields_whatever_their_order() -> None:
    page = "const entries = {\n"
    page += ",\n".join(
        f"    moss202{k}folding: {{\n"
        f'        author: "{FIRST[k]} and {SECOND[k]}",\n'
        f'        journal: "Journal {k}",\n'
        f'        title: "{title}",\n'
        f'        year: "202{k}"\n    }}'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page + "\n};\n", TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]  # (never the next one's)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("Journal 2", 2022)


def test_an_entrys_names_and_venue_line_never_go_to_the_entry_below() -> None:
    page = "<h4>Loss Formulation</h4>\n<ul>\n"
    for k, title in enumerate(TITLES):
        surname = FIRST[k].split()[1]
        badge = (
            f'<br />\n<a href="https://github.com/x/r{k}"><img src="https://img.shields.io/'
            'badge/github.svg" alt="GitHub" /></a>'
            if k % 2
            else ""
        )
        page += f'  <li><a href="https://arxiv.org/abs/2209.1498{k}">{title}</a>,<br />\n'
        page += f"{surname} et al., {['ICLR', 'CVPR', 'NeurIPS', 'ICML'][k]} 2023{badge}</li>\n"
    found = _all_found(page + "</ul>\n", TITLES)
    for k, title in enumerate(TITLES):
        assert found[title]["authors"] == [FIRST[k].split()[1]]
        assert found[title]["venue"] == ["ICLR", "CVPR", "NeurIPS", "ICML"][k]


def test_an_acm_exports_chapter_field_is_the_papers_title_and_its_title_the_books() -> None:
    from papercli.importers.bibtex import parse_bibtex

    bib = (
        "@incollection{Neal:1999,\n author = {Neal, Radford M. and Hinton, Geoffrey E.},\n"
        f" chapter = {{{TITLES[0]}}},\n title = {{Learning in Graphical Models}},\n"
        " year = {1999},\n publisher = {MIT Press},\n}\n\n"
        "@incollection{Moss:2001,\n author = {Moss, Ada},\n chapter = {4},\n"
        f" title = {{{TITLES[1]}}},\n booktitle = {{Handbook of Things}},\n year = {{2001}},\n}}\n"
    )
    papers = parse_bibtex(bib, None).papers
    assert [(p.title, p.venue) for p in papers] == [
        (TITLES[0], "Learning in Graphical Models"),
        (TITLES[1], "Handbook of Things"),
    ]


def test_french_quotes_around_a_cited_title_are_no_part_of_it() -> None:
    titles = ["Layer Folding", "Quiet Gradients", "Orchard Normalization"]  # (two words)
    page = "## Références\n\n"
    for k, title in enumerate(titles):
        page += f"{FIRST[k]}, {SECOND[k]}, and Gus B. Reed. 201{k}. « {title} ». In . "
        page += f"<http://arxiv.org/abs/1607.0645{k}>.\n\n"
    found = _all_found(page, titles)
    assert found[titles[1]]["arxiv_id"] == "1607.06451"


def test_a_bibtex_entry_commented_out_field_by_field_is_no_text_of_the_page() -> None:
    from papercli.importers.digest.embedded import take_bibtex

    page = "".join(
        f"@inproceedings{{moss202{k},\n  title = {{{title}}},\n  author = {{{FIRST[k]}}},\n"
        f"  booktitle = {{ICML}},\n  year = {{202{k}}}\n}}\n\n"
        for k, title in enumerate(TITLES[:3])
    )
    page += "%@article{old,\n%  title = {An Old Draft},\n"
    page += "%  bibsource = {dblp computer science bibliography, https://dblp.org}\n%}\n"
    rest, entries = take_bibtex(page)
    assert len(entries) == 3
    assert not rest.strip()
    _all_found(page, TITLES[:3])


def test_an_org_links_shown_text_wrapped_onto_the_next_line_is_one_title() -> None:
    page = "#+TITLE: Publications\n\n* 2014\n\n"
    for k, title in enumerate(TITLES):
        head, tail = title.rsplit(" ", 1)
        page += f"- [[https://x.org/p{k}.pdf][{head}\n  {tail}]].\\\\\n"
        page += f"  {FIRST[k]}, and {SECOND[k]}.\\\\\n"
        page += "  IEEE Internet Computing, 2014.\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1]]


def test_an_org_line_break_right_after_a_title_is_no_part_of_it() -> None:
    page = "#+TITLE: Publications\n\n* 2014\n\n"
    for k, title in enumerate(TITLES):
        page += f"- [[./files/p{k}.pdf][{title}]].\\\\\n  {FIRST[k]}, and {SECOND[k]}.\\\\\n"
        page += "  IEEE Internet Computing, 2014.\n\n"
    _all_found(page, TITLES)


def test_a_bibliographys_names_in_capitals_are_names() -> None:
    from papercli.importers.names import read_name_list

    assert read_name_list("JDK ARMITAGE and A MCPHERSON") == (
        ["JDK Armitage", "A Mcpherson"],
        1.0,
    )
    assert read_name_list("ICML PAPERS")[0] == []
    page = "".join(
        f"[{k + 1}]\n{name}. {title}. In Proceedings of NIME, 2018.\n\n"
        for k, (name, title) in enumerate(
            zip(
                ["JDK ARMITAGE and A MCPHERSON", "H BEAR and E BENETOS", "S Alharbi and M Purver"],
                TITLES,
                strict=False,
            )
        )
    )
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["authors"] == ["H Bear", "E Benetos"]


def test_a_lists_first_entry_above_the_first_paper_is_no_page_title() -> None:
    page = "[1]\nProceedings of the 19th international society for music information retrieval\n"
    page += "  conference, ismir 2018, paris, france, 2018. In E Gómez, editors, ISMIR, 2018.\n\n"
    for k, title in enumerate(TITLES):
        page += f"[{k + 2}]\n{FIRST[k]} and {SECOND[k]}. {title}. pages 15--34, Apr 2018.\n\n"
    found = digest_by_title(page)
    assert all(found[title]["venue"] is None for title in TITLES if title in found)
    assert len(found) >= 3


def test_an_items_own_bracketed_address_never_goes_to_the_nicknamed_item_below() -> None:
    page = "Makalelere buradan ulaşabilirsiniz:\n\n"
    for k, title in enumerate(TITLES):
        page += f"* Net{k} - {title}\n  \n  [https://arxiv.org/pdf/1409.484{k}]\n  \n"
    found = _all_found(page, TITLES)
    assert [found[title]["arxiv_id"] for title in TITLES] == [f"1409.484{k}" for k in range(4)]


def test_a_titles_own_link_below_it_outranks_the_link_above_it() -> None:
    page = "# 論文一覧\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f"## {title}\n{FIRST[k]}, {SECOND[k]}\n第19回ワークショップ (IBIS2016),2016/11/1{k}\n"
        )
        page += f"[LINK](http://wpo02.example.jp/AAA04.php?id=83{k}0)\n\n"
        if k == 1:  # (an entry the reader takes for no paper, its link right over the next)
            page += "## アンサンブル学習を用いたMR画像再構成\n笠原勇布,井上真郷\n"
            page += (
                "医用画像研究会,2016/11/16\n[LINK](http://wpo02.example.jp/AAA04.php?id=8383)\n\n"
            )
    found = digest_by_title(page)
    assert [found[t]["url"] for t in TITLES] == [
        f"http://wpo02.example.jp/AAA04.php?id=83{k}0" for k in range(4)
    ]


def test_a_course_bibliographys_sections_of_books_and_courses_hold_no_papers() -> None:
    page = "### Testi di Machine Learning liberi\n\n"
    page += "* D. Barber. [Bayesian Reasoning and Machine Learning](http://web4.example.uk/brml)\n"
    page += "* D. MacKay. [Information Theory, Inference, and Learning Algorithms]"
    page += "(http://www.inference.example.uk/itprnn/book.html)\n\n"
    page += "### Articoli e report di interesse\n\n"
    for k, title in enumerate(TITLES[:2]):
        page += f"* {FIRST[k]}. [{title}](https://arxiv.org/abs/1609.0474{k})\n"
    page += "\n## 3. Các Khóa Học Trực Tuyến\n\n"
    page += '1. **"Coursera: Machine Learning by Andrew Ng"**\n   - Link: https://coursera.org/ml\n'
    page += (
        '2. **"Fast.ai: Practical Deep Learning for Coders"**\n   - Link: https://course.fast.ai\n'
    )
    page += "\n## 4. Online Courses\n\n"
    page += "1. [Stanford CS229: Machine Learning Lectures](https://see.example.edu/cs229)\n"
    page += "2. [Deep Learning Specialization by Andrew Ng](https://example.org/dl)\n"
    _all_found(page, TITLES[:2])


def test_a_bibtex_misc_entry_of_a_web_page_is_no_paper() -> None:
    page = "".join(
        f"@inproceedings{{moss202{k},\n  title = {{{title}}},\n  author = {{{FIRST[k]}}},\n"
        f"  booktitle = {{ICML}},\n  year = {{202{k}}}\n}}\n\n"
        for k, title in enumerate(TITLES[:3])
    )
    page += "@misc{Whatisth38:online,\nauthor = {},\n"
    page += "title = {What is the intuition behind conditional probability? - Cross Validated},\n"
    page += "howpublished = {\\url{https://stats.stackexchange.com/questions/326253/what}},\n"
    page += "note = {(Accessed on 10/08/2022)}\n}\n\n"
    page += f"@misc{{web2,\ntitle = {{{TITLES[3]}}},\n"
    page += "howpublished = {\\url{https://arxiv.org/abs/2101.00001}},\n"
    page += "note = {(Accessed on 10/08/2022)}\n}\n"
    _all_found(page, TITLES)  # (an arXiv page kept as a web page is the paper's)
