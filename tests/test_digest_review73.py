"""Conventions shared by real pages read for errors in stop 73, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title

from papercli.importers.digest.blocks import read_lines
from papercli.importers.names import parse_names


def test_a_semicolon_list_of_inverted_names_keeps_the_name_after_its_and() -> None:
    assert parse_names("Moss, Ada; Quill, Ben; and Vance, Cora") == [
        "Ada Moss",
        "Ben Quill",
        "Cora Vance",
    ]
    assert parse_names("Moss, A.; and Vance, C.") == ["A. Moss", "C. Vance"]


def test_a_table_captioned_in_its_header_row_reads_its_bold_row_as_column_names() -> None:
    page = (
        "| **CARD 2021 Awarded Papers** | |\n"
        "| :---: | --- |\n"
        "| **Award Category** | **Title and Authors of Winning Paper** |\n"
        "| Best Paper Award | Folding Cameras for Wide Scenes Authors: Moss, Ada; Quill, Ben; "
        "and Vance, Cora |\n"
        "| Best Student Paper Award | Pegging Boards for Language Models Authors: Eske, Dan; "
        "and Lorne, Eve |\n"
        "| Best Paper Award on Deck Robotics Sponsored by Shuffle | Shuffled Decks and the "
        "Limits of Memory Authors: Grey, Finn; Hale, Gus; and Iver, Hal |\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    pegging = papers["Pegging Boards for Language Models"]
    assert pegging["authors"] == ["Dan Eske", "Eve Lorne"]
    assert pegging["topics"] == ["Best Student Paper Award"]
    assert papers["Shuffled Decks and the Limits of Memory"]["authors"][-1] == "Hal Iver"


def test_a_directory_column_names_each_rows_topic() -> None:
    page = (
        "| 名称 | 目录 |\n| ---- | ---- |\n"
        "|《Folding Cameras for Wide Scenes》 |视觉模型 |\n"
        "|《Pegging Boards for Language Models》 |文本大模型 |\n"
        "|《Shuffled Decks and the Limits of Memory》 |文本大模型 |\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["topics"] == ["视觉模型"]
    assert papers["Shuffled Decks and the Limits of Memory"]["topics"] == ["文本大模型"]


def test_a_series_nickname_numbered_in_brackets_is_no_part_of_the_title() -> None:
    rows = "".join(
        f"  <tr><td>{n}</td><td>{nick} {title}({year})</td>"
        f'<td><a href="https://arxiv.org/abs/{arxiv}">paper</a></td></tr>\n'
        for n, (nick, title, year, arxiv) in enumerate(
            [
                ("foldNet[1]", "Folding Cameras for Wide Scenes", 2015, "1512.00001"),
                ("foldNet[2]", "Hinged Lenses in Folding Cameras", 2016, "1603.00002"),
                (
                    "Card Deck Memory[1]",
                    "Shuffled Decks and the Limits of Memory",
                    2017,
                    "1709.00003",
                ),
            ],
            1,
        )
    )
    page = f"<table>\n  <tr><th>Num</th><th>Title</th><th>Paper</th></tr>\n{rows}</table>\n"
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Hinged Lenses in Folding Cameras",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Hinged Lenses in Folding Cameras"]["arxiv_id"] == "1603.00002"


def test_a_heading_over_each_title_is_its_translation_not_its_section() -> None:
    page = (
        "# 论文速递\n\n"
        "## 折叠相机用于广阔场景\n"
        "Folding Cameras for Wide Scenes\n"
        "Ada Moss, Ben Quill\n\n"
        "## 你的语言模型有多“会数”？\n"
        "Pegging Boards for Language Models: How Well Do They Count?\n"
        "Dan Eske, Eve Lorne\n\n"
        "## 洗牌的牌组与记忆的极限。\n"
        "Shuffled Decks and the Limits of Memory\n"
        "Finn Grey, Gus Hale\n\n"
        "## 安静的词元在稀疏解码器中更响亮\n"
        "Quiet Tokens Speak Louder in Sparse Decoders\n"
        "Hal Iver, Ian Jolt\n\n"
        "## 折叠纸牌的几何学习方法。\n"
        "Learning the Geometry of Folded Cards\n"
        "Jon Kell, Kim Lowe\n"
    )
    papers = _by_title(page)
    shuffled = papers["Shuffled Decks and the Limits of Memory"]
    assert shuffled["alt_titles"] == ["洗牌的牌组与记忆的极限。"]
    assert shuffled["topics"] == []
    assert shuffled["authors"] == ["Finn Grey", "Gus Hale"]
    pegging = papers["Pegging Boards for Language Models: How Well Do They Count?"]
    assert pegging["alt_titles"] == ["你的语言模型有多“会数”？"]


def test_a_section_heading_over_several_titles_stays_their_topic() -> None:
    page = (
        "## 强化学习方法与应用研究\n"
        "Folding Cameras for Wide Scenes\n"
        "Ada Moss, Ben Quill\n\n"
        "Pegging Boards for Language Models\n"
        "Dan Eske, Eve Lorne\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["alt_titles"] == []
    assert papers["Folding Cameras for Wide Scenes"]["topics"] == ["强化学习方法与应用研究"]


def test_numbered_lines_in_a_cell_of_a_table_without_outer_bars_stay_in_their_row() -> None:
    page = (
        "## Agenda\n"
        "Week | Date | Speaker | Topic | Paper | Slides\n"
        "---- | ---- | ---- | ---- | ---- | ----\n"
        "1 | 10.20 | Ada | Foundations: Cameras, Boards | 1. [Folding Cameras for Wide Scenes]"
        "(https://arxiv.org/abs/1706.00001) (FoldCam) <br> 2. [Pegging Boards for Language "
        "Models](https://arxiv.org/abs/1810.00002) (Peg) <br> 3. [Learning the Geometry of Folded "
        "Cards](https://arxiv.org/abs/1907.00005) | [Slides](https://example.org/1.pptx)\n"
        "2 | 10.27 | Ben | Memory | 1. [Shuffled Decks and the Limits of Memory]"
        "(https://arxiv.org/abs/1910.00003) <br> 2. [Quiet Tokens Speak Louder in Sparse "
        "Decoders](https://arxiv.org/abs/2005.00004) | [Slides](https://example.org/2.pptx)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Learning the Geometry of Folded Cards",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]
    # (the topic of its row, under the heading over the table)
    assert papers["Pegging Boards for Language Models"]["topics"][-1] == (
        "Foundations: Cameras, Boards"
    )
    assert papers["Quiet Tokens Speak Louder in Sparse Decoders"]["topics"][-1] == "Memory"


def test_json_lines_of_paper_objects_keep_their_authors() -> None:
    objects = [
        {
            "id": "2507.00001",
            "title": "Folding Cameras for Wide Scenes",
            "authors": ["Ada Moss", "Ben Quill"],
            "abstract": "We fold cameras.",
        },
        {
            "id": "2507.00002",
            "title": "Pegging Boards for Language Models",
            "authors": ["Dan Eske", "Eve Lorne", "Finn Grey"],
            "abstract": "Boards count.",
        },
        {
            "id": "2507.00003",
            "title": "Shuffled Decks and the Limits of Memory",
            "authors": ["Gus Hale"],
            "abstract": "Decks forget.",
        },
    ]
    page = "\n".join(json.dumps(o) for o in objects) + "\n"
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["authors"] == ["Ada Moss", "Ben Quill"]
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2507.00002"
    assert papers["Pegging Boards for Language Models"]["authors"][-1] == "Finn Grey"


def test_a_csv_of_one_row_per_author_gives_each_paper_all_its_authors() -> None:
    page = (
        "Conference,Year,Title,Author,Affiliation\n"
        "CARD,2017,Folding Cameras for Wide Scenes,Ada Moss,Fold Lab\n"
        "CARD,2017,Folding Cameras for Wide Scenes,ben quill,Fold Lab\n"
        "CARD,2017,Pegging Boards for Language Models,Dan Eske,Peg Inc\n"
        "CARD,2017,Shuffled Decks and the Limits of Memory,Finn Grey,Deck U\n"
        "CARD,2017,Shuffled Decks and the Limits of Memory,Gus Hale,Deck U\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Folding Cameras for Wide Scenes"]["authors"] == ["Ada Moss", "ben quill"]
    assert papers["Shuffled Decks and the Limits of Memory"]["authors"] == ["Finn Grey", "Gus Hale"]


def test_a_chinese_journal_glued_to_its_year_in_a_venue_column() -> None:
    page = (
        "| Year | Title | Publication | Description |\n| :--- | :--- | :--- | :--- |\n"
        "|2025|折叠相机的广阔场景方法：演变与趋势|[测绘学报2025](https://example.org/a)|"
        "本文系统综述了折叠相机在广阔场景中的研究进展。|\n"
        "|2023|洗牌牌组的记忆极限研究进展|[遥感学报2023](https://example.org/b)|"
        "本文梳理了洗牌牌组记忆的研究。|\n"
        "| 2024 | Pegging Boards for Language Models | [GRSM2024](https://example.org/c) | "
        "Reviews boards. |\n"
        "| 2022 | Shuffled Decks and the Limits of Memory | [RS2022](https://example.org/d) | "
        "Reviews decks. |\n"
    )
    papers = _by_title(page)
    first = papers["折叠相机的广阔场景方法：演变与趋势"]
    assert (first["venue"], first["year"]) == ("测绘学报", 2025)
    assert papers["洗牌牌组的记忆极限研究进展"]["venue"] == "遥感学报"


def test_entries_written_title_comma_year_then_link_labels_are_titled_alike() -> None:
    surveys = [
        ("Folding cameras for wide scenes: an overview", "2020"),
        ("Pegging Boards for Language Models, Dan Eske", "2019"),
        ("Shuffled decks and the limits of memory", "2017"),
        ("A review on quiet token techniques", "2015"),
    ]
    methods = [
        "Learning the Geometry of Folded Cards",
        "Counting Boards with Sparse Decoders",
        "Wide Scenes for Narrow Cameras",
        "PEG: Phoneme-Aware Pegging for Monaural Boards",
        "Deck Memory Using Self-Adaptation and Multi-Head Attention",
        "Hinged Lenses Based on Deep Denoising Autoencoders",
    ]
    page = (
        "#### Survey\n"
        + "".join(
            f"* {t}, {y} [[paper]](https://example.org/{n}.pdf)\n"
            for n, (t, y) in enumerate(surveys)
        )
        + "#### Methods\n"
        + "".join(
            f"* {t}, ICASSP 2020 [[paper]](https://arxiv.org/pdf/2002.0000{n}.pdf)\n"
            for n, t in enumerate(methods)
        )
    )
    papers = _by_title(page)
    assert "Shuffled decks and the limits of memory" in papers
    assert "A review on quiet token techniques" in papers
    assert papers["Shuffled decks and the limits of memory"]["year"] == 2017
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Dan Eske"]


def test_a_short_name_restated_with_the_same_arxiv_id_is_no_second_paper() -> None:
    page = (
        "## Papers\n\n"
        "| arXiv | Title |\n| --- | --- |\n"
        "| [2510.00001](https://arxiv.org/abs/2510.00001) | Folding Cameras for Wide Scenes |\n"
        "| [2510.00002](https://arxiv.org/abs/2510.00002) | Pegging Boards for Language Models |\n"
        "| [2510.00003](https://arxiv.org/abs/2510.00003) | Shuffled Decks and the Limits of "
        "Memory |\n\n"
        "## Summary\n\n"
        "| Paper | Gain |\n| --- | --- |\n"
        "| [2510.00001] FOLD-CAM (Acme) | Revenue **+3.50%** |\n"
        "| [2510.00003] DeckMem-V2 (Acme) | Latency **-49%** |\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]


def test_a_page_announcing_its_papers_accepted_at_a_venue_gives_its_citations_that_venue() -> None:
    page = (
        '---\ntitle: "3 Papers Accepted at CARD 2025!"\n---\n\n'
        "3 papers accepted at the 9th Conference on Cards (CARD 2025)!\n\n"
        "<ul>\n"
        "<li>Moss, A., Quill, B., & Vance, C. (2025). <i>Folding Cameras for Wide "
        "Scenes</i>.</li>\n"
        "<li>Eske, D., & Lorne, E. (2025). <i>Pegging Boards for Language Models</i>.</li>\n"
        "<li>Grey, F., Hale, G., & Iver, H. (2025). <i>Shuffled Decks and the Limits of "
        "Memory</i>.</li>\n"
        "</ul>\n"
    )
    papers = _by_title(page)
    assert len(papers) == 3
    assert all((p["venue"], p["year"]) == ("CARD", 2025) for p in papers.values())


def test_author_labels_in_other_languages_name_the_authors() -> None:
    page = "# Papers fundamentales\n\n" + "".join(
        f"### {title}\n- **{label}:** {names}\n- **Año:** 2017\n- **Publicación:** "
        f"[arXiv:1706.0000{n}](https://arxiv.org/abs/1706.0000{n})\n\n---\n\n"
        for n, (title, label, names) in enumerate(
            [
                ("Folding Cameras for Wide Scenes", "Autores", "Ada Moss, Ben Quill, et al."),
                ("Pegging Boards for Language Models", "Auteurs", "Dan Eske, Eve Lorne"),
                ("Shuffled Decks and the Limits of Memory", "Autoren", "Finn Grey, Gus Hale"),
            ],
            1,
        )
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["authors"] == ["Ada Moss", "Ben Quill"]
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Dan Eske", "Eve Lorne"]
    assert papers["Shuffled Decks and the Limits of Memory"]["authors"] == ["Finn Grey", "Gus Hale"]


def test_accepted_journal_papers_at_a_conference_are_the_journals() -> None:
    page = (
        '---\ntitle: "Accepted TACL Papers"\nexcerpt: "ACL 2024 Accepted TACL Papers"\n---\n'
        "* **Folding Cameras for Wide Scenes**<br>*Ada Moss et. al.*\n"
        "* **Pegging Boards for Language Models**<br>*Dan Eske et. al.*\n"
        "* **Shuffled Decks and the Limits of Memory**<br>*Finn Grey et. al.*\n"
    )
    papers = _by_title(page)
    assert len(papers) == 3
    assert all((p["venue"], p["year"]) == ("TACL", 2024) for p in papers.values())


def test_links_set_side_by_side_in_html_are_apart() -> None:
    pills = "".join(
        f'<a href="#p{n}" class="pill">{title}</a>'
        for n, title in enumerate(["Folding Cameras for Wide Scenes", "Quiet Tokens Speak Louder"])
    )
    rows = "".join(
        f'<div class="row"><a href="https://arxiv.org/abs/2306.0000{n}" class="title">{title}</a>'
        f'<p>A summary of the paper.</p><div class="related"><span>Related</span> {pills}</div>'
        "</div>"
        for n, title in enumerate(
            [
                "Pegging Boards for Language Models",
                "Shuffled Decks and the Limits of Memory",
                "Learning the Geometry of Folded Cards",
            ]
        )
    )
    page = f"<!doctype html><html><body><main>{rows}</main></body></html>"
    titles = set(_by_title(page))
    assert "Pegging Boards for Language Models" in titles
    assert not any("ScenesQuiet" in title for title in titles)


def test_a_title_opening_with_a_word_like_an_author_label_is_no_field() -> None:
    from papercli.importers.digest.records import FIELD_LABEL

    assert FIELD_LABEL.match("Autores: Ada Moss, Ben Quill")
    assert not FIELD_LABEL.match("AutoRAS: Learning Robust Agentic Systems")


def test_headings_year_venue_title_keep_each_ones_own_venue() -> None:
    page = "# Graph\n\n" + "".join(
        f"## [{year} - {venue} - {title}](https://dl.acm.org/doi/abs/10.1145/{n})\n\nNotes.\n\n"
        for n, (year, venue, title) in enumerate(
            [
                (2014, "SIGKDD", "Folding cameras: online learning of wide scenes"),
                (2019, "SIGKDD", "Pegging boards: attention networks for language models"),
                (2020, "SIGIR", "Shuffled decks: simplifying memory for recommendation"),
            ]
        )
    )
    papers = _by_title(page)
    shuffled = papers["Shuffled decks: simplifying memory for recommendation"]
    assert (shuffled["venue"], shuffled["year"]) == ("SIGIR", 2020)
    assert "SIGIR" not in shuffled["alt_titles"]


def test_a_bold_acronym_label_with_a_colon_over_its_papers_is_their_topic() -> None:
    page = (
        "## By area\n"
        "1. **Vision**:\n"
        '   - "Folding Cameras for Wide Scenes" (FoldCam)\n'
        '   - "Hinged Lenses in Folding Cameras" (HingeNet)\n\n'
        "2. **NLP**:\n"
        '   - "Pegging Boards: Pre-training of Deep Bidirectional Boards"\n'
        '   - "Shuffled Decks: Language Models are Few-Shot Dealers"\n'
    )
    papers = _by_title(page)
    assert (
        papers["Pegging Boards: Pre-training of Deep Bidirectional Boards"]["topics"][-1] == "NLP"
    )


def test_a_labelled_address_item_under_a_title_item_is_its_link() -> None:
    page = "".join(
        f"#### {nick}\n\n- {title}\n\n- 论文地址：https://arxiv.org/abs/{arxiv}\n\n"
        f"- 论文代码：https://github.com/fold/{nick}\n\n说明文字，见 (Moss et al., 2015)。\n\n"
        for nick, title, arxiv in [
            ("FoldNet", "Folding Cameras for Wide Scenes", "1910.03151"),
            ("PegNet", "Pegging Boards for Language Models", "2102.00240"),
            ("DeckNet", "Shuffled Decks and the Limits of Memory", "2103.02907"),
        ]
    )
    papers = _by_title(page)
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2102.00240"
    folding = papers["Folding Cameras for Wide Scenes"]
    assert folding["url"] == "https://arxiv.org/abs/1910.03151"
    assert folding["code_url"] == "https://github.com/fold/FoldNet"
    assert folding["year"] == 2019  # (not the year cited in the prose after its addresses)


def test_an_item_said_to_be_a_blog_or_a_repository_is_no_paper() -> None:
    papers = "".join(
        f"  * **{title}** ({n} abr 2025 – Fold Lab)  \n"
        f"  [arXiv](https://arxiv.org/abs/2504.0{n}000)  \n"
        "  **Descripción**: Un artículo.\n\n"
        for n, title in enumerate(
            ["Folding Cameras for Wide Scenes", "Pegging Boards for Language Models"], 1
        )
    )
    resources = "".join(
        f"  * ***{title}*** (11 dic 2023 – Deck Blog)  \n    {kind}  \n"
        f"    [Deck Blog](https://example.org/{n})  \n"
        "    **Descripción**: Entrada del blog que explica los mazos.\n\n"
        for n, (title, kind) in enumerate(
            [
                ("How Shuffled Decks Drive Smarter, More Powerful Memory", "Blog"),
                ("Automating Board Pegging with Deep Decks and Inference Time Scaling", "Blog"),
                ("Awesome Folding Cameras", "Repositorio de artículos"),
            ]
        )
    )
    page = f"## Sesiones\n\n{papers}  ***Recursos:***\n\n{resources}"
    titles = set(_by_title(page))
    assert "Pegging Boards for Language Models" in titles
    assert not titles & {
        "How Shuffled Decks Drive Smarter, More Powerful Memory",
        "Automating Board Pegging with Deep Decks and Inference Time Scaling",
    }


def test_a_bold_title_holding_a_colon_is_not_cut_to_the_span_after_it() -> None:
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import _whole_marked_span

    whole = (
        "Advances and Challenges in Folding Cameras: From Pinhole Intelligence to Wide, "
        "Collaborative, and Safe Scenes"
    )
    after_colon = Candidate("Folding Cameras: From Pinhole Intelligence to Wide", 0, {"colon_span"})
    after_colon.score = 0.67
    bold = Candidate(whole, 0, {"bold"})
    bold.score = 0.4
    assert _whole_marked_span(after_colon, [after_colon, bold]).text == whole
    plain = Candidate(whole + " (2025)", 0, {"whole"})
    plain.score = 0.4
    assert _whole_marked_span(after_colon, [after_colon, plain]) is after_colon


def test_and_in_other_languages_parts_two_names() -> None:
    assert parse_names("Hochberg y Schmidt") == ["Hochberg", "Schmidt"]
    assert parse_names("Hans Maier und Eva Ott") == ["Hans Maier", "Eva Ott"]
    assert parse_names("Zhang Y, Li X") == ["Zhang Y", "Li X"]  # (an initial, no "and")


def test_a_bold_model_name_over_its_authors_is_no_title() -> None:
    page = "## Seminal Papers\n" + "".join(
        f"- **{nick}:** {names}.<br />\n"
        f'  "{title}." **{venue}**.\n'
        f"  [[paper](https://arxiv.org/abs/{arxiv})]\n"
        f"  [[code](https://github.com/fold/{nick.lower()})]\n"
        f"  [2023.0{n}]\n\n"
        for n, (nick, names, title, venue, arxiv) in enumerate(
            [
                (
                    "FOLD",
                    "Ada Moss, Ben Quill, Cora Vance",
                    "Folding Cameras for Wide Scenes",
                    "ICCV (2023)",
                    "2304.02643",
                ),
                (
                    "PEG 2",
                    "Dan Eske∗,†, Eve Lorne∗, Finn Grey",
                    "Pegging Boards for Language Models",
                    "ICLR (2025)",
                    "2408.00714",
                ),
                (
                    "DECK",
                    "Gus Hale, Hal Iver",
                    "Shuffled Decks and the Limits of Memory",
                    "CVPR (2024)",
                    "2312.00863",
                ),
            ],
            1,
        )
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]


def test_notes_after_a_makers_remark_and_a_quotation_are_no_part_of_the_title() -> None:
    from papercli.importers.digest.candidates import strip_remark

    assert (
        strip_remark(
            "Folding Cameras for Wide Scenes (from Meta) (use text instructions to fold cameras)"
        )
        == "Folding Cameras for Wide Scenes"
    )
    assert (
        strip_remark(
            "Pegging Boards: Sparse Training with Pegs (“The paper to read today” - Ada Moss)"
        )
        == "Pegging Boards: Sparse Training with Pegs"
    )
    # (a title's own parentheses stay)
    assert strip_remark("Embeddings from Language Models (ELMo)") == (
        "Embeddings from Language Models (ELMo)"
    )


def test_an_accepted_papers_export_of_numbers_over_titles_run_into_names() -> None:
    rows = [
        ("32", "Caching Schemes for Folding Camera Search", "Ada Moss, Ben Quill, Cora Vance"),
        ("34", "Multiagent Commitment Alignment", "Dan Eske, Eve Lorne"),
        ("41", "Comparing Trust Mechanisms for Pegging Boards", "Finn Grey, Gus Hale"),
        ("47", "Shuffled Decks and the Limits of Memory", "Hal Iver, Ian Jolt, Jon Kell"),
        ("52", "Quiet Tokens Speak Louder in Sparse Decoders", "Kim Lowe, Lea Moor"),
        ("60", "Learning the Geometry of Folded Cards", "Max Nye, Ned Orr"),
    ]
    page = "ACCEPTED FULL PAPERS\nPaperID\nTitle\nAuthors\n" + "".join(
        f"{number}\n{title} {names}\n" for number, title, names in rows
    )
    papers = _by_title(page)
    assert papers["Multiagent Commitment Alignment"]["authors"] == ["Dan Eske", "Eve Lorne"]
    assert papers["Shuffled Decks and the Limits of Memory"]["authors"][-1] == "Jon Kell"


def test_a_cards_read_paper_link_is_no_author() -> None:
    page = "## 1994-2010\n\n" + "".join(
        f"June {year}\n\n### {title}\n\nThis pioneering work advanced {topic}.\n\n"
        "[Read Paper](#)\n\n"
        for year, title, topic in [
            (1994, "Density Estimation by Folding Cameras", "folding"),
            (1995, "Pegging Boards for Unconditional Generation of Sequences", "pegging"),
            (1996, "Shuffled Decks and the Limits of Memory", "shuffling"),
        ]
    )
    papers = _by_title(page)
    assert papers
    assert all(not paper["authors"] for paper in papers.values())


def test_an_export_of_titles_glued_to_starred_affiliated_authors() -> None:
    people = [
        "Ada Moss (Fold University)*; Ben Quill (Fold Lab); Cora Vance (Fold University)",
        "Dan Eske (Peg Inc)*; Eve Lorne (Peg University); Finn Grey (Peg Inc); Gus Hale (Peg)",
        "Hal Iver (Deck Lab)*; Ian Jolt (Deck U); Jon Kell (Deck Lab)",
        "Kim Lowe (Token U)*; Lea Moor (Quiet Inc); Max Nye (Token U); Ned Orr (Quiet Inc)",
    ]
    titles = [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    page = "".join(f"{title}{names}\n" for title, names in zip(titles, people, strict=True))
    # each row its own line: the stars are no emphasis that would join two rows
    lines = [ln.text for ln in read_lines(page)]
    assert [line[: len(title)] for line, title in zip(lines, titles, strict=True)] == titles
    from papercli.importers.digest.candidates import _GLUED_AFFILIATED

    glued = _GLUED_AFFILIATED.search(lines[2])
    assert glued is not None and lines[2][: glued.start(1)] == titles[2]
    # (an italic title ending in parentheses keeps its emphasis: no export's star)
    assert [ln.text for ln in read_lines("*A Title of Things (1991)*\n*Other Title (1990)*\n")] == [
        "A Title of Things (1991)",
        "Other Title (1990)",
    ]
