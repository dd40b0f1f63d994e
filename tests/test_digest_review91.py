"""Conventions shared by real pages read for errors in stop 91, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title as digest_papers_by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND


def test_a_newsletters_yaml_items_typed_as_blogs_or_notes_are_no_papers() -> None:
    kinds = ["Paper", "Blog + Paper", "Paper", "Paper"]
    page = 'intro_text:\n    "Hello all, a good week."\n\narticles:\n'
    page += (
        ' - title: "Some Notes from a Conference"\n   recommended: True\n   type: Notes\n'
        "   category: General\n   url:\n   description:\n"
        '    "Eighty pages of notes on the conference,\n    worth a read."\n\n'
    )
    page += (
        ' - title: "Cropping Photos with Saliency"\n   type: Blog + Video\n   category: Vision\n'
        '   description:\n    "A post and a talk."\n\n'
    )
    for kind, title in zip(kinds, TITLES, strict=True):
        page += (
            f' - title: "{title}"\n   recommended: False\n   type: {kind}\n'
            f"   category: Deep Learning\n   description:\n"
            f'    "Another paper that explores maps.\n    Worth a look?"\n\n'
        )
    page += 'outro_text:\n    "Have a nice Friday and a great weekend ;-)"\n'
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["topics"] == ["Deep Learning"]


def test_a_bold_span_of_names_then_a_title_gives_each_its_place() -> None:
    page = "# Test of Time Award\n\n## Award 2024\n\n"
    for k, title in enumerate(TITLES):
        names = FIRST[k] if k % 2 else f"{FIRST[k]} and {SECOND[k]}"
        page += (
            f"**{names}. {title}** (in [CONCUR 200{k}](https://doi.org/10.1007/978-3-540-2864{k}_2))"
            f'\n\nThe paper "{title}" changed the field for good.\n\n'
            f"[Interview with {FIRST[k]}](https://blog.example.org/interview-{k})\n\n"
        )
    page += "[Interview with the authors](https://blog.example.org/authors)\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[1]]["authors"] == [FIRST[1]]
    assert found[TITLES[1]]["venue"] == "CONCUR"
    assert found[TITLES[1]]["doi"] == "10.1007/978-3-540-28641_2"


def test_a_full_name_label_under_a_methods_heading_is_the_title() -> None:
    page = "# 蒸馏方法整理\n\n"
    for k, title in enumerate(TITLES):
        short = "".join(word[0] for word in title.split()[:3]).upper()
        # the heading repeats the title's words: the labelled line is still the title
        heading = f"{short}: {title.split(':')[0]}" if k % 2 else f"{short}: Maps"
        page += (
            f"## {k + 1}. {heading}\n\n全称：{title}\n\n"
            f"链接：[https://arxiv.org/pdf/2101.0{k}123.pdf](https://arxiv.org/pdf/2101.0{k}123.pdf)\n\n"
            f"发表：ICLR2{k}\n\n这篇工作提出了一种新的方法。\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "2101.01123"


def test_a_repository_written_without_its_scheme_after_code_is_the_code() -> None:
    page = "# 후속 연구 정리\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f"### {k + 1}\ufe0f\u20e3 {title}\n"
            f"**[요약 노트](./note{k}.md)** · [arXiv:2602.1{k}125](https://arxiv.org/abs/2602.1{k}125)\n"
            f"{FIRST[k]}, {SECOND[k]}\n(North University / Lake Lab) · 2026.02.2{k}\n"
            f"Code: `github.com/lab{k}/tool-{k}`\n\n- **역할**: 이론\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["code_url"] == "https://github.com/lab2/tool-2"


def test_a_scraped_bibliographys_back_links_and_lost_spaces_are_read_through() -> None:
    page = "## References 参考文献\n"
    for k, title in enumerate(TITLES):
        surname = FIRST[k].split()[1]
        page += (
            f"- {surname} etal.(201{k})↑{FIRST[k]}, {SECOND[k]}, and Ivy Stone. 201{k}.{title}. "
            f"InProceedings of the 4{k}th International Conference on Machine Learning(ICML '1{k})."
            f" PMLR, 10–20.https://doi.org/10.1145/32099{k}8.3209986\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["authors"] == [FIRST[3], SECOND[3], "Ivy Stone"]
    assert found[TITLES[3]]["year"] == 2013


def test_a_japanese_summarys_authors_are_the_papers_and_its_bold_phrases_no_titles() -> None:
    page = "# エージェント論文ニュースレター\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f'#### [May 2026] "{title}" [[paper](https://arxiv.org/abs/2605.0{k}358)]\n\n'
            f"- **概要**: 著者 {FIRST[k]}, {SECOND[k]} 他による研究。**手順を直接編集する**"
            f"仕組みを提案する。\n- **差分・新規性**: **長期運用の腐敗を検出**する。\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]


def test_a_csvs_award_column_is_the_topic_and_a_conference_page_the_venue() -> None:
    page = "award,title,authors,url\n" + "".join(
        f"Outstanding Paper Award,{title},{FIRST[k]}; {SECOND[k]},"
        f"https://icml.cc/virtual/2026/oral/7108{k}\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["topics"] == ["Outstanding Paper Award"]
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("ICML", 2026)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]


def test_a_yaml_track_naming_proceedings_is_the_venue() -> None:
    page = "".join(
        f"- abstract: A study of maps.\n  authors:\n  - {FIRST[k]}\n  - {SECOND[k]}\n"
        f"  category: Workshop\n  id: MapDoc_{k}\n  title: {title}\n"
        f"  track: Proceedings of the Third MapDoc Workshop on Folded\n    Maps\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["venue"] == "Proceedings of the Third MapDoc Workshop on Folded Maps"


def test_org_headings_over_drawers_with_citation_keys_are_papers() -> None:
    page = "#+TITLE: Reading notes\n\n* Statistics[fn::Links are local.]\n\n"
    for k, title in enumerate(TITLES):
        key = f"{SECOND[k].split()[1].lower()}-201{k}-{title.split()[0].lower()}"
        page += (
            f"** {title} ([[/home/me/papers/{key}.pdf][{key}]])\n:PROPERTIES:\n"
            f":Custom_ID: {key}\n:END:\n#+LATEX: \\marginnote{{\\fullcite{{{key}}}}}\n"
            f"The authors show how the maps fold. See also [[/home/me/papers/x.pdf][x-2019]].\n\n"
        )
    page += "** Loose thoughts\n:PROPERTIES:\n:ID: 9f1c\n:END:\nNothing here yet.\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["year"] == 2011


def test_dblp_citations_keep_names_with_middle_initials_and_name_like_titles() -> None:
    titles = [*TITLES[:3], "Differentially Private Dropout"]
    page = "* ## 1. Privacy\n\n" + "".join(
        f"    * [{FIRST[k]}, Adam D. Smith, {SECOND[k]}:  {title}. FOCS 201{k}: 464-473]"
        f"(https://arxiv.org/abs/1405.0{k}085)\n        > A note on the paper.\n\n"
        for k, title in enumerate(titles)
    )
    found = _all_found(page, titles)
    assert found[titles[1]]["authors"] == [FIRST[1], "Adam D. Smith", SECOND[1]]
    assert found[titles[3]]["venue"] == "FOCS"


def test_an_identifier_line_over_its_title_is_that_papers_and_no_title() -> None:
    page = "* Preprints\n"
    for k, title in enumerate(TITLES):
        doi = f" [[https://doi.org/10.1016/j.optcom.2020.12669{k}][(Optics Letters)]]" if k else ""
        page += (
            f"***** [[https://arxiv.org/abs/2101.0{k}792][arXiv:2101.0{k}792]]{doi}\\\\\n"
            f"*{title}*\\\\\n{FIRST[k]}, {SECOND[k]}\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "2101.00792"
    assert found[TITLES[2]]["arxiv_id"] == "2101.02792"
    assert found[TITLES[2]]["doi"] == "10.1016/j.optcom.2020.126692"


def test_a_lineups_gloss_and_its_english_title_with_one_arxiv_id_are_one_paper() -> None:
    glosses = ["地図を折りたたむ新手法", "果樹園の静かな勾配を測る", "漂流下でトークンを数える"]
    page = "# 今週の論文\n\n## ラインナップ\n\n" + "".join(
        f"- [{gloss}](https://arxiv.org/abs/2607.2{k}617)\n" for k, gloss in enumerate(glosses)
    )
    page += "\n## 参考ソース\n\n" + "".join(
        f"- {title}. [arXiv:2607.2{k}617](https://arxiv.org/abs/2607.2{k}617)\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["alt_titles"] == [glosses[0]]
    assert found[TITLES[0]]["arxiv_id"] == "2607.20617"


def test_apa_references_in_press_or_under_review_are_read_like_dated_ones() -> None:
    page = "# Publicaciones\n\n"
    states = ["en prensa, diciembre 2025", "en revisión", "in press"]
    for k, (state, title) in enumerate(zip(states, TITLES, strict=False)):
        surname, given = FIRST[k].split()[1], FIRST[k][0]
        page += f"- {surname}, {given}. ({state}). *{title}*. — **Journal of Maps {k}**.\n\n"
    page += "*(Se irán sumando nuevos artículos.)*\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[1]]["authors"] == ["C. Quill"]


def test_a_toml_files_sections_name_their_papers_and_link_tables_give_addresses() -> None:
    page = ""
    for section, titles in (("Testing", TITLES[:2]), ("Blog Posts", ["Notes After a Year"])):
        page += f'[[sections]]\nname = "{section}"\n\n'
        for k, title in enumerate(titles):
            page += (
                f'[[sections.papers]]\ntitle = "{title}"\nauthors = "{FIRST[k]}, {SECOND[k]}"\n'
                f'venue = "ICFP 202{k}"\n[[sections.papers.links]]\nlabel = "PDF"\n'
                f'url = "https://lab.example.org/papers/p{k}.pdf"\n'
                f'[[sections.papers.links]]\nlabel = "Talk"\nurl = "https://video.example.org/{k}"\n\n'
            )
    page += '[[sections]]\nname = "More"\n\n' + "".join(
        f'[[sections.papers]]\ntitle = "{title}"\nvenue = "OOPSLA 2025"\n\n' for title in TITLES[2:]
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["topics"] == ["Testing"]
    assert found[TITLES[1]]["url"] == "https://lab.example.org/papers/p1.pdf"
    assert found[TITLES[3]]["topics"] == ["More"]


def test_a_meetings_name_in_italics_under_a_title_is_no_paper() -> None:
    page = "# Conférences\n\n"
    meetings = [
        "Genetic and Evolutionary Computation Conference (GECCO)",
        "European Signal Processing Conference (EUSIPCO)",
    ]
    for k, title in enumerate(TITLES):
        page += (
            f"* {FIRST[k].split()[1]}, {SECOND[k].split()[1]}, Stone.\n**{title}**,\n"
            f"*{meetings[k % 2]}*, 10-14 juillet 202{k}. \\\n[[PDF]](https://dl.example.org/p{k}.pdf)\n\n"
        )
    _all_found(page, TITLES)


def test_a_toml_items_arrays_of_labelled_fields_and_linked_titles_are_read() -> None:
    page = '# Items render in file order.\nid = "papers"\nheading = "Papers."\n\n' + "".join(
        f'[[items]]\nindex = "[{30 - k}]"\ntitle = "[{title}](https://doi.org/qv8{k})"\n'
        f'fields = [\n  ["Authors", "{FIRST[k]}", "{SECOND[k]}"],\n'
        f'  ["In", "*Proceedings of the {k + 30}th Symposium on Maps (2026)*"],\n]\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1]]
    assert found[TITLES[1]]["venue"] == "Proceedings of the 31th Symposium on Maps"
    assert found[TITLES[1]]["year"] == 2026
    assert found[TITLES[1]]["url"] == "https://doi.org/qv81"


def test_a_conference_tools_headerless_csv_with_affiliated_authors_is_read() -> None:
    page = "".join(
        f"{61 + k},{title},{FIRST[k]}*# North University; {SECOND[k]}# Lake Lab,"
        f"a{k}@north.example.org; b{k}@lake.example.org\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == [FIRST[2], SECOND[2]]


def test_a_schedules_week_column_names_each_rows_topic() -> None:
    page = "## Agenda\n\n| Semana | Paper | Slides |\n|:--|:--|:--:|\n" + "".join(
        f"| {12 + k // 2} | {title} | [slides](s{k}.pdf) |\n" for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["topics"] == ["Agenda", "Semana 12"]
    assert found[TITLES[3]]["topics"] == ["Agenda", "Semana 13"]


def test_a_french_themes_column_names_each_rows_topic() -> None:
    page = "| Date | Thématique | Article |\n|:---:|:---|:---|\n" + "".join(
        f"| {k + 1} mars 2023 | Sols et cartes {k} | {FIRST[k].split()[1]}, {FIRST[k][0]}. (2022). "
        f"{title}. *Nature Maps*, 1{k}, 1-9. |\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["topics"] == ["Sols et cartes 2"]


def test_a_data_files_section_field_and_tags_list_are_its_topics() -> None:
    yaml_page = "".join(
        f'- slug: p{k}\n  title: "{title}"\n  authors: "{FIRST[k].split()[1]} et al."\n'
        f'  year: 202{k}\n  section: "Start Here"\n  url: "https://arxiv.org/abs/2210.0{k}629"\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(yaml_page, TITLES)
    assert found[TITLES[1]]["topics"] == ["Start Here"]
    json_page = (
        "[\n"
        + ",\n".join(
            f'  {{\n    "title": "{title}",\n    "authors": "{FIRST[k]}, {SECOND[k]}",\n'
            f'    "year": "2025",\n    "link": "https://arxiv.org/abs/2502.1{k}538",\n'
            f'    "tags": [\n      "Approximate Inference"\n    ]\n  }}'
            for k, title in enumerate(TITLES)
        )
        + "\n]\n"
    )
    found = _all_found(json_page, TITLES)
    assert found[TITLES[2]]["topics"] == ["Approximate Inference"]


def test_a_data_files_presentation_type_and_subcategory_are_topics() -> None:
    csv_page = "paper_number,presentation_type,title,authors\n" + "".join(
        f'{k + 3},Poster,{title},"{FIRST[k]}, {SECOND[k]}"\n' for k, title in enumerate(TITLES)
    )
    found = _all_found(csv_page, TITLES)
    assert found[TITLES[0]]["topics"] == ["Poster"]
    yaml_page = "papers:\n" + "".join(
        f'  - {{title: "{title}", year: "2023", component: "Agent Harness", '
        f'subcategory: "Module-Level Self-Improvement", url: "https://doi.org/10.48550/arXiv.2507.2336{k}"}}\n'
        for k, title in enumerate(TITLES)
    )
    found = _all_found(yaml_page, TITLES)
    assert found[TITLES[3]]["topics"] == ["Module-Level Self-Improvement"]


def test_surnames_after_a_title_take_the_given_names_of_the_citation_below() -> None:
    page = "# Reading Group (2017)\n\n" + "".join(
        f"__{k + 1}. {title}__ - {FIRST[k].split()[1]} and {SECOND[k].split()[1]}.\n"
        f"  * North University.\n\n"
        f"> {FIRST[k].split()[1]}, {FIRST[k].split()[0]} H., and {SECOND[k].split()[0]} P. "
        f"{SECOND[k].split()[1]}. arXiv preprint "
        f"[arXiv:1510.0{k}356](https://arxiv.org/abs/1510.0{k}356) (21-Oct-15).\n\n"
        for k, title in enumerate(TITLES)
    )
    found = digest_papers_by_title(page)
    first, second = FIRST[1].split(), SECOND[1].split()
    assert found[TITLES[1]]["authors"] == [
        f"{first[0]} H. {first[1]}",
        f"{second[0]} P. {second[1]}",
    ]


def test_an_apa_citations_names_come_before_its_date_not_from_its_venue() -> None:
    page = "# Publicaciones\n\n" + "".join(
        f"- {FIRST[k].split()[1]} Lucero, {FIRST[k][0]}. & {SECOND[k].split()[1]}, Ch. "
        f"(2025). *{title}*. **AI & Society**, Open Forum.  \n"
        f"  🔗 [Léelo completo aquí](https://rdcu.be/eAu{k})   \n\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    authors = found[TITLES[0]]["authors"]
    assert len(authors) == 2
    assert authors[0] == "A. Moss Lucero"
    assert authors[1].endswith("Wren")


def test_a_middle_initials_point_stays_where_the_citation_writes_it() -> None:
    page = "## References\n\n" + "".join(
        f'* [{FIRST[k].split()[1]}, {FIRST[k].split()[0]} V. "{title}." '
        f"arXiv preprint arXiv:1508.0{k}788 (2015).](https://arxiv.org/pdf/1508.0{k}788)\n"
        for k, title in enumerate(TITLES)
    )
    found = _all_found(page, TITLES)
    first = FIRST[2].split()
    assert found[TITLES[2]]["authors"] == [f"{first[0]} V. {first[1]}"]
