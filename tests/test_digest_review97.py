"""Conventions shared by real pages read for errors in stop 97, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title
from tests.test_digest_review95 import EIGHT

FOUR = EIGHT[:4]
NAMES = [("Quill", "Ada"), ("Marsh", "Bo"), ("Tern", "Cara"), ("Vale", "Dev")]


def _resources_page(papers_heading: str) -> str:
    rows = "".join(
        f"| [{title}](https://arxiv.org/abs/2301.0{k}123) | 202{k} | Tema |\n"
        for k, title in enumerate(FOUR)
    )
    return (
        "# 📚 Recursos - Semana 7: Visión\n\n"
        "## 📖 eBooks Gratuitos\n\n"
        "- **[Orchard Vision: A Practical Guide](https://example.org/book)** - Ada Quill\n\n"
        "## 🎥 Videos Recomendados\n\n"
        "- [Tide Forecasting Explained in Ten Minutes](https://example.org/watch?v=1)\n\n"
        f"## {papers_heading}\n\n| Paper | Año | Tema |\n|---|---|---|\n{rows}\n"
        "## 🔗 Tutoriales y Guías\n\n"
        "- [Getting Started with Lidar Point Clouds](https://example.org/tutorial)\n"
    )


def test_a_pages_resources_sections_beside_its_papers_hold_no_papers() -> None:
    _all_found(_resources_page("📄 Papers Fundamentales"), FOUR)


def test_resources_under_the_pages_own_papers_title_keep_their_citations() -> None:
    cited = "".join(
        f'- {first[0]}. {last} et al., "{title}," in Proc. of the Tide Conference, 2019.\n\n'
        for (last, first), title in zip(NAMES, EIGHT[4:], strict=True)
    )
    listed = "".join(
        f'{k + 1}. {first[0]}. {last}, "{title}," Tide Journal, vol. 3, 2020.\n'
        for k, ((last, first), title) in enumerate(zip(NAMES, FOUR, strict=True))
    )
    page = f"# Paper List - Spring\n\n## Tides\n\n{listed}\n## Additional Resources\n\n{cited}"
    _all_found(page, EIGHT)


def test_a_links_label_of_a_name_and_who_wrote_it_gives_both() -> None:
    page = (
        "## Papers\n\n| Paper | Año |\n|---|---|\n"
        "| [Token Pruning (Quill & Marsh)](https://arxiv.org/abs/2301.01234) | 2023 |\n"
        "| [Orchard Mapping (Tern et al.)](https://arxiv.org/abs/2302.01234) | 2023 |\n"
        "| [Tide Forecasting (Vale et al., 2021)](https://arxiv.org/abs/2303.01234) | 2021 |\n"
    )
    found = digest_by_title(page)
    assert found["Token Pruning"]["authors"] == ["Quill", "Marsh"]
    assert found["Orchard Mapping"]["authors"] == ["Tern"]
    assert found["Tide Forecasting"]["authors"] == ["Vale"]


def test_a_sheets_article_column_holds_its_titles() -> None:
    rows = "".join(
        f"{k + 1},{title},R1,Partial success,201{k},AQ\n" for k, title in enumerate(EIGHT)
    )
    page = "ID,Article,R1/R2,Overall outcome,Year,Researcher\n" + rows
    found = _all_found(page, EIGHT)
    assert found[EIGHT[2]]["year"] == 2012


def test_two_titles_in_one_cell_with_a_link_each_are_two_papers() -> None:
    page = (
        "| Topic | Papers | Paper URL |\n|---|---|---|\n"
        f"| Tides | {EIGHT[0]} / {EIGHT[1]} | [Pdf](https://arxiv.org/abs/2301.00001) + "
        "[Pdf](https://arxiv.org/abs/2301.00002) |\n"
        f"| Tides | {EIGHT[2]} + {EIGHT[3]} | [Pdf](https://arxiv.org/abs/2301.00003) + "
        "[PDF](https://arxiv.org/abs/2301.00004) |\n"
        f"| Tides | {EIGHT[4]}, 2019 | [PDF](https://arxiv.org/abs/2301.00005) |\n"
    )
    found = _all_found(page, EIGHT[:5])
    assert [found[t]["arxiv_id"] for t in EIGHT[:4]] == [f"2301.0000{k}" for k in range(1, 5)]
    assert found[EIGHT[4]]["year"] == 2019


def test_a_json_records_id_led_by_an_arxiv_id_names_its_paper() -> None:
    records = [
        {"id": f"2310.1456{k}_Tide{k}-CVPR24", "title": title, "venue": "CVPR", "year": "2024"}
        for k, title in enumerate(FOUR)
    ]
    found = _all_found(json.dumps(records, ensure_ascii=False), FOUR)
    assert found[FOUR[1]]["arxiv_id"] == "2310.14561"


def test_a_short_name_then_its_gloss_in_chinese_is_title_and_other_title() -> None:
    glossed = [
        ("2311.16922_TDN-CVPR24", "TDN 潮汐对比解码"),
        ("2311.16923_OGAN", "OrchardGAN 果园生成"),
    ]
    records = [
        {"id": key, "title": title, "venue": "CVPR", "year": "2024"}
        for key, title in [*glossed, ("2311.16924_LPC-CVPR24", "LPC 技术报告")]
    ]
    found = digest_by_title(json.dumps(records, ensure_ascii=False))
    assert found["TDN"]["alt_titles"] == ["潮汐对比解码"]
    assert found["OrchardGAN"]["alt_titles"] == ["果园生成"]
    assert "LPC 技术报告" in found  # (what the item is, a report: no gloss of the name)


def test_names_and_year_then_a_colon_lead_a_plain_citation() -> None:
    lines = [
        f"{k + 1}. {first[0]}. A. {last}, E. B. Stone (201{k}): {title}. Revista de Mareas, "
        f"3{k}, pp. 1-18."
        for k, ((last, first), title) in enumerate(zip(NAMES, FOUR, strict=True))
    ]
    found = _all_found("## Bibliografia:\n\n" + "\n".join(lines) + "\n", FOUR)
    assert found[FOUR[0]]["authors"] == ["A. A. Quill", "E. B. Stone"]
    assert found[FOUR[0]]["venue"] == "Revista de Mareas"
    assert found[FOUR[2]]["year"] == 2012


def _aclpub_record(k: int, title: str) -> str:
    (last, first), (last2, first2) = NAMES[k], NAMES[(k + 1) % 4]
    abstract = "\n".join(
        f"    line {n} of a long abstract about tides and orchards" for n in range(20)
    )
    return (
        f"- abstract: We study tides.\n{abstract}\n"
        "  attributes:\n    paper_type: N/A\n    presentation_type: poster\n"
        f"  authors:\n  - emails: {first.lower()}@example.org\n    first_name: {first}\n"
        f"    institution: Tide Lab\n    last_name: {last}\n    name: {first} {last}\n"
        f"  - first_name: {first2}\n    last_name: {last2}\n"
        f"  file: {k}.pdf\n  id: {k}\n  openreview_id: Ab{k}cDeFgHi\n"
        f"  title: {title} and\n    Beyond\n"
    )


def test_a_proceedings_tools_papers_file_gives_names_and_openreview_ids() -> None:
    page = "".join(_aclpub_record(k, title) for k, title in enumerate(FOUR))
    titles = [f"{title} and Beyond" for title in FOUR]
    found = _all_found(page, titles)
    assert found[titles[0]]["authors"] == ["Ada Quill", "Bo Marsh"]
    assert found[titles[3]]["openreview_id"] == "Ab3cDeFgHi"


def test_toml_tables_named_by_their_cite_keys_are_papers() -> None:
    tables = "".join(
        f"[{last.lower()}201{k}]\nentrytype = 'article'\ntitle = '{title}'\n"
        f"author = '{last}, {first}; Stone, Eli B.; others'\nyear = '201{k}'\n"
        "journal = 'Tide Letters'\n\n"
        for k, ((last, first), title) in enumerate(zip(NAMES, FOUR, strict=True))
    )
    found = _all_found(tables, FOUR)
    assert found[FOUR[1]]["authors"] == ["Bo Marsh", "Eli B. Stone"]
    assert found[FOUR[1]]["venue"] == "Tide Letters"


def test_toml_tables_of_an_identifier_alone_give_no_paper_of_their_fields() -> None:
    titled = "".join(
        f'[[paper]]\narxiv = "2401.0{k}111"\ntitle = "{title}"\n'
        f'authors = ["Ada Quill", "Bo Marsh"]\n\n'
        for k, title in enumerate(FOUR)
    )
    bare = "".join(
        f'[[paper]]\narxiv = "2402.0{k}222"\nvenue = "ICML 2026"\n'
        f'equal_contribution = ["Cara Tern", "Dev Vale"]\n\n'
        for k in range(3)
    )
    _all_found(titled + bare, FOUR)


def test_a_wholly_italic_item_of_a_name_and_its_linked_title_gives_the_title() -> None:
    names = ["Tide Nets", "Small Pretraining", "Learned Rewards", "Few Shot Descent"]
    page = "".join(
        f"- {name} [[{title}](https://arxiv.org/abs/2301.0{k}999)]\n"
        for k, (name, title) in enumerate(zip(names, FOUR, strict=True))
    ) + "".join(
        f"- _{name} [[{title}](https://arxiv.org/abs/2302.0{k}999)]_\n"
        for k, (name, title) in enumerate(
            zip(["Orchard Mapping Networks", "Token Pruned Transformers"], EIGHT[4:6], strict=True)
        )
    )
    _all_found("#### Lecture 3\n\n" + page, EIGHT[:6])


def test_a_folder_of_one_repository_is_told_from_the_code_host() -> None:
    from papercli.importers.digest import _site

    assert _site("https://github.com/ada/paper-reading/tree/master/notes/Raft") == (
        "github.com/ada/paper-reading"
    )
    assert _site("https://github.com/ada/tidenet") == "github.com"


def test_a_yaml_items_own_holders_of_addresses_and_identifiers_are_read() -> None:
    items = "".join(
        f"- id: a{k}\n  title: '{title}'\n  year: 2026\n  authors:\n  - Ada Quill\n"
        f"  - Bo Marsh\n  abstract: ''\n  urls:\n    paper: https://doi.org/10.1000/tide.{k}\n"
        f"    pdf: ''\n  source:\n    doi: 10.1000/tide.{k}\n    arxiv_id: ''\n"
        "  discovery:\n    found_by:\n    - source: openalex\n      keyword: tides\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found(items, FOUR)
    assert found[FOUR[2]]["doi"] == "10.1000/tide.2"
    assert found[FOUR[2]]["url"] == "https://doi.org/10.1000/tide.2"
    assert found[FOUR[2]]["authors"] == ["Ada Quill", "Bo Marsh"]


def test_a_japanese_middle_dot_bullet_starts_a_list_item() -> None:
    from papercli.importers.digest.blocks import read_lines

    lines = read_lines(
        "▼ 今日の論文\n・潮汐予測の拡散モデル — Ada Quill et al.\n・果園地図のグラフ学習\n"
    )
    items = [line for line in lines if line.kind == "item"]
    assert [line.text for line in items] == [
        "潮汐予測の拡散モデル — Ada Quill et al.",
        "果園地図のグラフ学習",
    ]


def test_a_volume_and_pages_after_a_journals_name_mark_it_a_venue() -> None:
    from papercli.importers.digest.tails import written_venue

    assert written_venue(". Pure and Applied Tides, 17, pp. 1-9.") == (
        "Pure and Applied Tides",
        None,
    )


def test_a_trailing_others_ends_a_semicolon_list_of_names() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Quill, Ada; Marsh, Bo; others") == ["Ada Quill", "Bo Marsh"]


def test_a_yaml_lists_ruled_comments_name_sections_and_its_arxiv_links_the_papers() -> None:
    sections = ["Tide Models & Orchards", "Pruning & Few Shots"]
    items = "".join(
        (f"  # ===== {sections[k // 2]} =====\n" if k % 2 == 0 else "")
        + f'  - id: p{k}\n    title: "{title}"\n    year: 2020\n    authors: ["Quill", "Marsh"]\n'
        f'    links:\n      arxiv: "https://arxiv.org/abs/2006.1123{k}"\n'
        f'      pdf: "https://arxiv.org/pdf/2006.1123{k}.pdf"\n'
        f'    scholar:\n      query: "{title}"\n    tags: ["tides"]\n\n'
        for k, title in enumerate(FOUR)
    )
    found = _all_found("# data/papers.yaml\n\npapers:\n" + items, FOUR)
    assert found[FOUR[0]]["topics"] == ["Tide Models & Orchards"]
    assert found[FOUR[3]]["topics"] == ["Pruning & Few Shots"]
    assert found[FOUR[3]]["url"] == "https://arxiv.org/abs/2006.11233"


def test_a_page_titled_by_a_venues_papers_gives_them_that_venue() -> None:
    items = "".join(
        f"- [{title}](https://aclanthology.org/2025.tide-1.{k}/) (Ada Quill, Bo Marsh)\n"
        for k, title in enumerate(FOUR)
    )
    front = '---\ntitle: "TIDE 2025 Papers"\ntoc: true\n---\n\n'
    page = f"{front}The accepted papers.\n\n## Main Track\n\n{items}"
    found = _all_found(page, FOUR)
    assert (found[FOUR[2]]["venue"], found[FOUR[2]]["year"]) == ("TIDE", 2025)


def test_a_data_files_opening_comments_keep_the_first_sections_ruled_label() -> None:
    sections = ["Benchmarks & Evaluation", "D1: Input Filtering & Pre-processing"]
    items = "".join(
        (f"# --- {sections[k // 2]} ---\n\n" if k % 2 == 0 else "")
        + f'- id: p{k}\n  title: "{title}"\n  year: 2024\n  venue: "arXiv"\n'
        f'  arxiv: "2406.1335{k}"\n  tags: ["tides"]\n\n'
        for k, title in enumerate(FOUR)
    )
    page = "# tide paper database\n# Schema: see CONTRIBUTING.md\n# Validate: run it\n\n" + items
    found = _all_found(page, FOUR)
    assert [found[t]["topics"] for t in FOUR] == [[s] for s in sections for _ in range(2)]


def test_a_file_name_a_preprint_mark_and_an_issue_title_are_no_part_of_a_paper() -> None:
    page = (
        '---\nlayout: post\ntitle: "Tide Weekly 32: New Results on Orchards and Tides"\n---\n\n'
        "## Papers\n\n"
        f"- [{FOUR[0]} (arXiv Preprint)](https://arxiv.org/abs/1802.01561): an old one\n"
        f"- [{FOUR[1]} (Preprint)](https://arxiv.org/abs/1712.01275): another\n"
        f"- [{FOUR[2]}.pdf](https://example.org/files/tides.pdf)\n"
        f"- [{FOUR[3]}](https://arxiv.org/abs/1712.01276)\n"
    )
    _all_found(page, FOUR)


def test_a_cards_open_doi_button_links_the_paper_above_it() -> None:
    cards = "".join(
        f'<article class="pub-card">\n  <p class="pub-title">\n    Ada Quill, Bo Marsh, et al. '
        f"<em>{title}</em>. Tide Letters.\n  </p>\n"
        f'  <div class="btn-row"><a class="btn-doi" href="https://doi.org/10.1000/tide.{k}">'
        "Open DOI</a></div>\n</article>\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found(f"<h2>Recent Publications</h2>\n<div>\n{cards}</div>\n", FOUR)
    assert found[FOUR[1]]["doi"] == "10.1000/tide.1"


def test_a_labelled_title_cut_mid_phrase_goes_on_over_the_next_line() -> None:
    wrapped = [
        ("Sparse Attention Networks for Lidar Point Clouds of", "Orchards and Tides"),
        (
            "Contrastive Pretraining of Small Language Models",
            "across Languages with Real-time Tides",
        ),
        ("Robust Policy Optimization through Thinking,", "Practice, and Feedback"),
        (
            "Meta-Learning Gradient Descent for Few-Shot Tasks",
            "Adjustment for Compact Dynamic Orchard Maps",
        ),
    ]
    page = "".join(
        f"### {k}. 潮汐论文\n\n**原文标题：** {head}\n  {tail}\n\n**摘要：** 本文研究潮汐。\n\n"
        f"**论文链接：** [arXiv](https://arxiv.org/abs/2501.0{k}123)\n\n"
        for k, (head, tail) in enumerate(wrapped)
    )
    _all_found(page, [f"{head} {tail}" for head, tail in wrapped])


def test_an_accent_a_pdf_copy_set_apart_from_its_letter_is_joined_to_it() -> None:
    lines = "".join(
        f"{k + 1}. Sepp Quill and Ju \u0308rgen Marsh. {title}. Tide Comput., 9(8):17–80, 1997\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found("## Bibliografia\n\n" + lines, FOUR)
    assert found[FOUR[0]]["authors"] == ["Sepp Quill", "J\u00fcrgen Marsh"]


def test_a_programs_breaks_are_no_papers() -> None:
    from papercli.importers.digest.records import _SCHEDULE_ITEM

    for slot in ("Morning Break and Poster Session 1", "Breakfast Time: 07:30AM - 07:50AM"):
        assert _SCHEDULE_ITEM.search(slot) is not None
    assert _SCHEDULE_ITEM.search("Breaking the Tide Barrier with Orchard Maps") is None


def test_a_venue_loses_the_date_pages_and_place_a_citation_wrote_after_it() -> None:
    from papercli.importers.digest import _tidy_venue
    from papercli.model import Paper

    written = {
        "Inverse Tides, September 2024.": "Inverse Tides",
        "Transactions on Tides (TT) , December 2024.": "Transactions on Tides (TT)",
        "Orchard Programming (OP) , to appear, pp. 1-38, 2025.": "Orchard Programming (OP)",
        "Proc. of Tide Conf. (TC) , Urbana, IL, May 25 - 27, 2024.": "Proc. of Tide Conf. (TC)",
        "Medical Tide Analysis. 2024": "Medical Tide Analysis",
        "In: Acta Tidica": "Acta Tidica",
        "NeurIPS 2019": "NeurIPS 2019",
    }
    for venue, tidied in written.items():
        paper = Paper(title=FOUR[0], venue=venue)
        _tidy_venue(paper)
        assert paper.venue == tidied
    named = Paper(title=FOUR[0], authors=["J. R. Rico-Juan", "L. Mico"], venue="Rico-Juan")
    _tidy_venue(named)
    assert named.venue is None


def test_a_pdfs_ligatures_read_as_their_letters() -> None:
    ligature = "\ufb01"  # "ﬁ", one character
    lines = "".join(
        f"- A. Quill. {title.replace('fi', ligature)} for Scienti{ligature}c Tides. Journal of "
        "Tides, 2020.\n"
        for title in FOUR
    )
    found = digest_by_title("## References\n\n" + lines)
    assert f"{FOUR[0]} for Scientific Tides" in found


def test_a_model_name_leading_each_paper_is_its_other_title_not_its_topic() -> None:
    names = ["FCN", "SegNet", "DeconvNet", "ENet"]
    page = "### 一、语义分割\n\n" + "".join(
        f"{k + 1}. **[{name}]** {title} **[CVPR' 15]**\n\n"
        for k, (name, title) in enumerate(zip(names, FOUR, strict=True))
    )
    found = _all_found(page, FOUR)
    assert found[FOUR[1]]["topics"] == ["一、语义分割"]
    assert found[FOUR[1]]["alt_titles"] == ["SegNet"]


def test_a_citations_label_is_no_topic() -> None:
    entries = "".join(
        f".. [{last}199{k}] {title},\n    A. {last}, B. Stone,\n    Tide Letters, 199{k}.\n\n"
        for k, ((last, _), title) in enumerate(zip(NAMES, FOUR, strict=True))
    )
    found = digest_by_title("Bibliographie\n=============\n\n" + entries)
    assert all("199" not in topic for paper in found.values() for topic in paper["topics"])


def test_a_field_label_left_empty_is_no_section() -> None:
    page = "## 📝 论文详情\n\n" + "".join(
        f"### {k + 1}. 潮汐\n\n**原文标题：** {title}\n\n**摘要：**\n本文研究潮汐。\n\n"
        "**论文链接：** []()\n\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found(page, FOUR)
    assert all("论文链接" not in paper["topics"] for paper in found.values())


def test_a_reference_managers_banner_is_no_section() -> None:
    entries = "".join(
        f"@article{{t{k},\n  title = {{{title}}},\n  author = {{Quill, Ada}},\n"
        "  year = {2020}\n}\n\n"
        for k, title in enumerate(FOUR)
    )
    banner = "%% This BibTeX bibliography file was created using BibDesk.\n\n"
    banner += "%% Saved with string encoding Unicode (UTF-8) \n\n"
    found = _all_found(banner + entries, FOUR)
    assert found[FOUR[0]]["topics"] == []


def test_a_venue_read_into_the_last_name_is_taken_out_of_it() -> None:
    from papercli.importers.digest import _tidy_venue
    from papercli.model import Paper

    paper = Paper(title=FOUR[0], authors=["Ada Quill", "Bo Marsh JMLR"], venue="JMLR")
    _tidy_venue(paper)
    assert (paper.venue, paper.authors) == ("JMLR", ["Ada Quill", "Bo Marsh"])


def test_a_one_paper_post_is_linked_by_the_link_labelled_with_its_title() -> None:
    title = "Detecting Tide Selection Defects"
    page = (
        f"---\ntitle: '\"{title}\" を読んだ'\ndate: 2019-01-04\n---\n"
        "去年に Twitter で [Ada さんが紹介していた](https://twitter.com/ada/status/1065050626223)\n\n"
        f"Quill et al. の [{title}](https://ai.google/research/pubs/pub46317) を読んだ。\n"
    )
    found = _all_found(page, [title])
    assert found[title]["url"] == "https://ai.google/research/pubs/pub46317"


def test_a_yaml_items_mapping_of_numbered_keys_is_no_end_of_it() -> None:
    items = "".join(
        f"  - title: {title}\n    authors:\n      - Ada Quill (1)\n      - Bo Marsh (1)\n"
        "    affiliations:\n       1: Center for Tides, Orchard University\n"
        f"    link: https://arxiv.org/abs/2309.0898{k}\n    date: 2023-09-16\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found("# This file stores papers\n\npapers:\n" + items, FOUR)
    assert found[FOUR[3]]["arxiv_id"] == "2309.08983"


def test_a_data_files_preprint_names_arxiv_its_venue() -> None:
    records = [
        {"id": f"2602.1054{k}v1", "title": title, "authors": "Ada Quill, Bo Marsh"}
        for k, title in enumerate(FOUR)
    ]
    found = _all_found(json.dumps({"papers": records}), FOUR)
    assert (found[FOUR[1]]["venue"], found[FOUR[1]]["arxiv_id"]) == ("arXiv", "2602.10541")


def test_a_cards_venue_over_the_first_title_is_no_venue_of_the_page() -> None:
    from papercli.importers.digest import _each_over_its_venue
    from papercli.importers.digest.blocks import read_lines

    venues = ["ACM Computing Surveys", "OpenSym"]
    lines = read_lines(
        "".join(
            f"2019 • {venue}\n\n{title}\n\nA Quill, B Marsh\n\n"
            for venue, title in zip(venues, FOUR, strict=False)
        )
    )
    starts = [k for k, line in enumerate(lines) if line.text in FOUR]
    assert _each_over_its_venue(lines, starts, venues[0])
    assert not _each_over_its_venue(
        read_lines("# ACM Computing Surveys 2019\n\n- A\n- B\n"), [1, 2], venues[0]
    )


def test_a_longer_meetings_name_is_not_the_shorter_ones() -> None:
    from papercli.importers.venues import find_venue_year

    icmla = "2018 17th IEEE International Conference on Machine Learning and Applications (ICMLA)"
    assert find_venue_year(icmla) == ("ICMLA", 2018)
    assert find_venue_year("International Conference on Machine Learning, 2019") == ("ICML", 2019)
    # ("Systems 30": NeurIPS's thirtieth volume, not the year 2030)
    assert find_venue_year("Advances in Neural Information Processing Systems 30") == (
        "NeurIPS",
        None,
    )


def test_a_surname_cut_from_its_initials_goes_back_to_the_names() -> None:
    lines = "".join(
        f"Ada Quill, Bo Marsh, Michael W. {last}, {title}, arXiv:2109.0105{k}, 2021. "
        f"https://doi.org/10.48550/arXiv.2109.0105{k}\n"
        for k, ((last, _), title) in enumerate(zip(NAMES, FOUR, strict=True))
    )
    found = _all_found("## Bibliografía\n" + lines, FOUR)
    assert found[FOUR[0]]["authors"] == ["Ada Quill", "Bo Marsh", "Michael W. Quill"]
    assert found[FOUR[3]]["arxiv_id"] == "2109.01053"


def test_the_month_a_list_dates_its_entries_by_is_no_venue() -> None:
    page = "## Memory Attacks\n\n" + "".join(
        f'#### [Mar 202{k}] "{title}" [[paper](https://arxiv.org/abs/250{k}.03704)]\n\n'
        "説明の文章がここにあります。\n\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found(page, FOUR)
    assert (found[FOUR[1]]["venue"], found[FOUR[1]]["year"]) == ("arXiv", 2021)
