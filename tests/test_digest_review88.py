"""Conventions shared by real pages read for errors in stop 88, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES

FIRST = ["Ada Moss", "Cal Quill", "Eve Tarn", "Gus Reed"]
SECOND = ["Ben Wren", "Dot Lark", "Fay Brook", "Hal Fenn"]


def test_a_programs_dump_keyed_by_id_with_quoted_keys_gives_each_its_own_authors() -> None:
    page = "'papers':\n" + "".join(
        f"  '{100 + k}':\n"
        f"    'abstract': '<p>We study things; it''s {k} of them.</p>'\n"
        f"    'authors': '{FIRST[k]} and {SECOND[k]}'\n"
        f"    'title': '{title}'\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]


def test_a_yaml_items_authors_as_author_items_and_its_keywords_list_keep_it_whole() -> None:
    page = "papers:\n" + "".join(
        f"  - id: {k}\n"
        f'    title: "{title}"\n'
        "    authors:\n"
        f'      - author: "{FIRST[k]} (Meadow University)"\n'
        f'      - author: "{SECOND[k]} (Tide Lab)"\n'
        "    keywords:\n"
        '      - word: "orchards"\n'
        f'    code: "https://github.com/moss/tool{k}"\n'
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k]]
        assert found[title]["code_url"] == f"https://github.com/moss/tool{k}"


def test_a_csv_files_repository_column_is_its_code_and_its_track_its_topic() -> None:
    page = "paper_title,paper_link,track,year,repo_link\n" + "".join(
        f'"{title}",https://arxiv.org/abs/2501.0{k}111,System Demonstrations,2020,'
        f"https://github.com/moss/tool{k}\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["code_url"] == f"https://github.com/moss/tool{k}"
        assert found[title]["topics"] == ["System Demonstrations"]


def test_a_toml_tables_arrays_over_lines_of_their_own_keep_its_venue_and_year() -> None:
    page = "".join(
        "[[conference]]\n"
        f'title = "{title}"\n'
        f"date = {2020 + k}\n"
        'author = [\n    "Ada Moss",\n    "Ben Wren",\n]\n'
        'venue = "Meadow Sciences Society"\n'
        'links = [\n    { name = "Poster", url = "/posters/p.pdf" }\n]\n\n'
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == ["Ada Moss", "Ben Wren"]
        assert found[title]["venue"] == "Meadow Sciences Society"
        assert found[title]["year"] == 2020 + k


def test_a_data_files_authors_between_bare_bars_are_each_an_author() -> None:
    page = "".join(
        f"-   UID: moss2024{k}\n"
        f'    title: "{title}"\n'
        f"    authors: {FIRST[k]}|{SECOND[k]}|Christian Schroeder de Witt\n"
        "    abstract: We study orchards.\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k], "Christian Schroeder de Witt"]


def test_a_tab_separated_lists_official_code_column_is_its_code() -> None:
    page = "Year\tAbbr.\tTitle\tArxiv\tOfficial_Code\tStars\r\n" + "".join(
        f"2015\tG{k}\t{title}\thttps://arxiv.org/abs/1506.0{k}751\thttps://github.com/moss/g{k}\t5\r\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["code_url"] == f"https://github.com/moss/g{k}"


def test_a_journal_clubs_meeting_day_is_when_it_was_read_and_the_arxiv_id_when_it_came_out() -> (
    None
):
    page = "# Journal Club Meetings\n\n## 2024\n\n" + "".join(
        f"#### February {10 + k}, 2024\n"
        f"- **Presenter**: {FIRST[k]}\n"
        f"- **Paper**: [{title}](https://arxiv.org/abs/190{k}.05373)\n\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    assert [found[title]["year"] for title in TITLES[:4]] == [2019] * 4


def test_a_brazilian_cvs_references_with_surnames_in_capitals_give_titles_and_names() -> None:
    page = "## Papers published by the group:\n\n" + "".join(
        f"{FIRST[k].split()[1].upper()}, {FIRST[k].split()[0].upper()} M. DE ; "
        f"{SECOND[k].split()[1].upper()}, {SECOND[k].split()[0].upper()} . {title}. "
        f"In: Escola Regional de Prados, {2020 + k}, Brasil. Anais da XIX Escola Regional de "
        f"Prados (ERP {2020 + k}), {2020 + k}. p. 81.\n\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        first = FIRST[k].split()
        assert found[title]["authors"] == [f"{first[0]} M. de {first[1]}", SECOND[k]]
        assert found[title]["year"] == 2020 + k


def test_a_spanish_tables_articulo_column_gives_its_papers_and_a_talks_part_is_no_author() -> None:
    titles = [
        "Mental tides are slow until age sixty in a million readers",
        "Flexible and frugal inference for models of choosing",
        "Wise or mad orchards and the hidden gradients of small models",
        "Slow mechanisms of loss in ledgers and a drift decomposition",
    ]
    page = "| Fecha | Expositor | Artículo | DOI |\n| :-: | :-: | :-: | :-: |\n" + "".join(
        f"| Julio {k} | {FIRST[k]} | {t} (Parte I) | <https://doi.org/10.1101/2023.0{k}.07> |\n"
        for k, t in enumerate(titles)
    )
    found = _all_found(page, titles)
    for k, title in enumerate(titles):
        assert found[title]["authors"] == []
        assert found[title]["doi"] == f"10.1101/2023.0{k}.07"


def test_a_labs_news_of_its_paper_names_the_title_set_off_by_commas() -> None:
    page = (
        "".join(
            f"- date: Dec {10 + k}, 2025\n"
            f'  headline: "Our paper, {title}, has been accepted to NDSS 26!"\n'
            f"  id: {k}\n\n"
            for k, title in enumerate(TITLES[:3])
        )
        + '- date: Nov 2, 2025\n  headline: "Ada Moss joined our lab, welcome!"\n  id: 9\n'
    )
    assert sorted(_by_title(page)) == sorted(TITLES[:3])


def test_a_reference_whose_last_initial_runs_into_the_names_period_is_read() -> None:
    page = "Cite\n----\n\n" + "".join(
        f"{k + 1}. Moss, A., Wren, B. C., & Quill, J. H.. {title}. ICLR 2019. "
        f"`arxiv:1807.0{k}981 <https://arxiv.org/abs/1807.0{k}981>`__\n\n"
        for k, title in enumerate(TITLES[:2])
    )
    found = _all_found(page, TITLES[:2])
    assert found[TITLES[0]]["authors"] == ["A. Moss", "B. C. Wren", "J. H. Quill"]


def test_a_czech_repositorys_semicolon_export_gives_titles_names_venue_year_and_doi() -> None:
    page = "systemove_cislo;druh_dokumentu;autori;nazev;zdroj_dok;rok_vydani;doi\n" + "".join(
        f'055{k};J;"Moss, A. - Wren, Ben - Quill, Cal Tarn";"{title}";"Bulletin of Meadows";'
        f"{2020 + k};10.1007/s1153{k}\n"
        for k, title in enumerate(TITLES[:4])
    )
    found = _all_found(page, TITLES[:4])
    for k, title in enumerate(TITLES[:4]):
        assert found[title]["authors"] == ["A. Moss", "Ben Wren", "Cal Tarn Quill"]
        assert found[title]["venue"] == "Bulletin of Meadows"
        assert found[title]["year"] == 2020 + k
        assert found[title]["doi"] == f"10.1007/s1153{k}"


def test_a_links_text_of_whole_names_then_a_colon_gives_the_title_after_it() -> None:
    page = "".join(
        f"- Topic {k} [Section 12.{k} of DLB, [{FIRST[k]}, {SECOND[k]}, Quoc V. Le: **{title}**]"
        f"(https://arxiv.org/abs/1409.0{k}473)]\n"
        for k, title in enumerate(TITLES[:3])
    )
    found = _all_found(page, TITLES[:3])
    for k, title in enumerate(TITLES[:3]):
        assert found[title]["authors"] == [FIRST[k], SECOND[k], "Quoc V. Le"]


def test_a_linked_title_whose_head_reads_as_two_phrases_before_a_colon_stays_whole() -> None:
    title = "Individual Gain, Collective Loss: Orchards under Shared Gradients"
    page = f"- [{title}](https://arxiv.org/abs/2401.01234)\n- [{TITLES[0]}](https://arxiv.org/abs/2401.04321)\n"
    assert sorted(_by_title(page)) == sorted([title, TITLES[0]])


def test_a_challenges_day_label_before_a_title_is_no_part_of_it() -> None:
    page = "# 29-Day Paper Challenge\n\n## Week 1\n\n" + "".join(
        f"### **Gün {k + 1}: {title}: A Survey**\n"
        f"- **arXiv ID:** `2402.0{k}196`\n- **Link:** https://arxiv.org/abs/2402.0{k}196\n\n---\n\n"
        for k, title in enumerate(TITLES[:3])
    )
    assert sorted(_by_title(page)) == sorted(f"{title}: A Survey" for title in TITLES[:3])


def test_a_venue_and_year_after_a_dash_glued_to_them_are_the_papers() -> None:
    page = (
        "### Transfer\n"
        + "".join(
            f"- {title} -{venue}\n"
            for title, venue in zip(TITLES[:3], ["AAAI 2019", "ACL2018", "CIKM 2017"], strict=True)
        )
        + f"- [{TITLES[3]} -EMNLP 2017]({TITLES[3].replace(' ', '')}.md)\n"
    )
    found = _all_found(page, TITLES[:4])
    assert [(found[t]["venue"], found[t]["year"]) for t in TITLES[:4]] == [
        ("AAAI", 2019),
        ("ACL", 2018),
        ("CIKM", 2017),
        ("EMNLP", 2017),
    ]


def test_a_short_run_of_bare_titles_beside_linked_ones_is_a_list_of_titles() -> None:
    page = (
        "#### 评价对象抽取\n- 抽取评论文本中的评价对象，\n"
        "    - NER: extracting all meadow terms (e.g., “clover”) from a review corpus\n\n"
        "### NER\n"
        "- [A Survey on Recent Advances in Orchard Recognition from Deep Ledgers COLING2018]"
        "(Survey.md)\n"
        "- [Survey on Deep Ledgers for Named Meadow Recognition](Survey2.md)\n"
        "- Bidirectional Tide-CRF Models for Sequence Tagging\n"
        "- End-to-end Sequence Labeling via Bi-directional Tide-CNNs-CRF\n"
        "- Fast and Accurate Meadow Recognition with Iterated Dilated Convolutions\n"
        "- Named meadow recognition with bidirectional Tide-CNNS\n"
        "- Chinese NER Using Lattice Tides -ACL 2018\n\n"
        "### Meadow Term Extraction\n"
        "- [Double Ledgers and CNN based Sequence Labeling for Meadow-Extraction -ACL2018]"
        "(Double.md)\n"
        "- Meadow Term Extraction with History Attention and Selective Transformation"
        " -IJCAI 2018\n"
        "- A Unified Model for Orchard Target Extraction and Target Sentiment Prediction"
        " -AAAI 2019\n"
    )
    found = _by_title(page)
    assert {
        "Named meadow recognition with bidirectional Tide-CNNS",
        "Chinese NER Using Lattice Tides",
        "Meadow Term Extraction with History Attention and Selective Transformation",
    } <= set(found)
    assert (
        found["Chinese NER Using Lattice Tides"]["venue"],
        found["Chinese NER Using Lattice Tides"]["year"],
    ) == ("ACL", 2018)
