"""Conventions shared by real pages read for errors in stop 80, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import without_date_or_id_lead

NOTE_TITLE = "Learning Sparse Memory Routes for Visual Question Answering"


def test_a_note_under_its_title_heading_names_its_one_paper() -> None:
    page = (
        f"# {NOTE_TITLE}\n\n"
        "## 概要\n\n"
        "視覚的な質問応答のために、画像と言語を合わせて理解する手法を提案する。\n\n"
        "## 手法\n\n"
        "メモリーネットワークにキーと値の組を格納し、質問ごとに読み出す。\n\n"
        "## 実験\n\n"
        "既存手法より精度が上がった。\n"
    )
    found = _by_title(page)
    assert list(found) == [NOTE_TITLE]
    assert found[NOTE_TITLE]["authors"] == []  # never the "概要" heading below it


def test_a_paper_link_labelled_under_the_title_heading_names_its_one_paper() -> None:
    page = (
        f"# {NOTE_TITLE}\n\n"
        "论文地址: [http://www.aclweb.org/anthology/Q19-1099](http://www.aclweb.org/anthology/Q19-1099)\n\n"
        "## 要点\n\n"
        "虽然只是几年前的论文, 但是在这个论文层出不穷的年代, 感觉已经好古老了.\n"
    )
    found = _by_title(page)
    assert list(found) == [NOTE_TITLE]
    assert found[NOTE_TITLE]["url"] == "http://www.aclweb.org/anthology/Q19-1099"


def test_a_post_of_several_titled_sections_is_no_one_paper_note() -> None:
    page = (
        "# Notes From the Reading Week\n\n"
        "## Overview\n\nWe met four times and argued a lot.\n\n"
        "# What We Would Read Again\n\nMostly the long ones.\n"
    )
    assert _by_title(page) == {}


def test_a_reading_logs_dates_and_kind_tags_are_no_part_of_its_titles() -> None:
    page = (
        "This is a selected list of stuff I read and found interesting recently.\n\n"
        f"* [15.01.2024 - {TITLES[0]}](https://arxiv.org/abs/2401.11111) [Paper]\n"
        "* [25.12.2023 - Stop Resampling Your Data](https://example.org/p/stop) [Blogpost]\n"
        f"* [07.10.23 - {TITLES[1]}](https://arxiv.org/abs/2310.22222) [Paper]\n"
        "* [02.10.23 - A Cookbook of Prompts](https://github.com/someone/cookbook) [Repo]\n"
        f"* [25.09.23 - {TITLES[2]}](https://arxiv.org/abs/2309.33333) [Paper]\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]]["arxiv_id"] == "2310.22222"


def test_a_link_labelled_website_is_no_kind_tag() -> None:
    page = "".join(
        f'* "{title}", 2023-11, ICLR 24, [[paper]](https://arxiv.org/abs/2311.1111{k}) '
        f"[[website]](https://example.github.io/p{k}/)\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title("## Attacks\n\n" + page)) == sorted(TITLES)


def test_a_papers_file_name_gives_its_year_venue_and_title() -> None:
    venues = ["AAAI", "KDD", "CIKM", "TKDE"]
    years = [2023, 2024, 2022, 2021]
    page = "# Research-Paper-List\n\n" + "".join(
        f"[{k + 1}] {years[k]}_{venues[k]}_{title}. (NICK{k}, Rank CCF-A)\n\n"
        for k, title in enumerate(TITLES)
    )
    assert read_lines(page)[1].text.startswith(f"[1] AAAI 2023, {TITLES[0]}.")
    found = _by_title(page)
    assert found and set(found) <= set(TITLES)  # (the model is unsure of some: no voucher)
    for title, paper in found.items():
        k = TITLES.index(title)
        assert (paper["venue"], paper["year"]) == (venues[k], years[k])


def test_an_arxiv_id_and_a_translation_around_a_title_are_no_part_of_it() -> None:
    glosses = [
        "稀疏激光雷达回波的折叠地图",
        "宽果园中的安静梯度",
        "漂移下的令牌计数",
        "小模型的记忆",
    ]
    ids = ["2104.05694", "2104.04517", "2104.04515", "2104.04488"]
    page = "# 论文初读\n\n" + "".join(
        f"## **<font color=#e84118>{ids[k]} {title} {glosses[k]}</font>**\n"
        f"- https://arxiv.org/abs/{ids[k]}\n- 读后感: 方法简单, 实验充分.\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["alt_titles"] == [glosses[1]]
    assert found[TITLES[1]]["arxiv_id"] == ids[1]


def test_the_date_or_id_before_a_title_is_cut_only_when_a_title_follows() -> None:
    assert without_date_or_id_lead(f"07.10.23 - {TITLES[0]}") == TITLES[0]
    assert without_date_or_id_lead(f"2023-10-07: {TITLES[1]}") == TITLES[1]
    assert without_date_or_id_lead(f"2104.05694 {TITLES[2]}") == TITLES[2]
    assert without_date_or_id_lead("3.14 Ways to Bake a Pie") == "3.14 Ways to Bake a Pie"


def test_citations_under_a_projects_heading_are_papers() -> None:
    cited = "".join(
        f'*   {name} et al, {2014 + k}. "[{title}](https://www.nature.com/articles/s4159{k})." '
        f"_{journal}._\n"
        for k, (name, title, journal) in enumerate(
            zip(
                ["Moss", "Quill", "Reed"],
                TITLES[:3],
                ["Nature Scientific Reports", "JAMIA", "KDD"],
                strict=True,
            )
        )
    )
    page = (
        "Projects Using Hospital Records\n--------------\n\n### Clinical Projects\n\n"
        "Here are a few examples of potential clinical questions:\n\n"
        "*   Identify organ failure\n*   Effects of interventions\n\n"
        "Below are some examples of research papers that used the data:\n\n" + cited
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[0]]["authors"] == ["Moss"]  # not the journal in italics after it


def test_an_authors_owner_field_gives_the_names_and_cuts_no_record() -> None:
    entries = "".join(
        f"### {k + 1}. {title}\n\n- Source: arXiv\n- Date: 2026-06-0{k + 1}\n"
        f"- Authors/Owner: Ada Moss , Bo Quill , Cara Reed\n"
        f"- Link: https://arxiv.org/abs/2606.0{k}123\n- Summary: It does a thing well.\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("# Paper discovery weekly report\n\n## Papers in this window\n\n" + entries)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["authors"] == ["Ada Moss", "Bo Quill", "Cara Reed"]
    assert found[TITLES[2]]["arxiv_id"] == "2606.02123"


def test_a_data_files_publication_column_dates_its_papers_and_code_tags_go() -> None:
    rows = "".join(
        f"{title}{tag},NeurIPS 2021,B/Uni,,QAT,C,\n"
        for title, tag in zip(
            TITLES, ["", "[PyTorch]:star:5", ":fire:89[PyTorch]:star:81", ""], strict=True
        )
    )
    found = _by_title("Title,Publication,Bit,Quantizer,Finetune,Task,Special\n" + rows)
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("NeurIPS", 2021)


def test_a_first_authors_citation_with_a_plus_is_no_venue() -> None:
    sections = "".join(
        f"### {nick} \\[{name}+, {year}]\n\n"
        f"[**{nick}** [{name}+, {year}]](https://arxiv.org/abs/{year - 2000}04.1051{k}) "
        "sparsifies the attention matrix by adopting local attention.\n\n"
        for k, (nick, name, year) in enumerate(
            [("Sparse Lattice", "Moss", 2019), ("Routing Lattice", "Quill", 2020)]
        )
    )
    found = _by_title("## Efficiency\n\n" + sections)
    assert found["Sparse Lattice"]["authors"] == ["Moss"]
    assert found["Routing Lattice"]["venue"] != "Quill+"


def test_a_bibtex_files_comment_over_its_entries_is_their_topic() -> None:
    comments = {0: "% =============== Metric based\n", 2: "% Graph based\n"}
    entries = "".join(
        f"{comments.get(k, '')}@inproceedings{{moss20{k}x,\n  title={{{title}}},\n"
        "  author={Moss, Ada and Quill, Bo},\n"
        "  booktitle={Advances in neural information processing systems},\n  year={2019}\n}\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(entries)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["topics"] == ["Metric based"]
    assert found[TITLES[3]]["topics"] == ["Graph based"]


def test_a_course_schedules_materials_and_content_lists_hold_no_papers() -> None:
    weeks = "".join(
        f"### Week {k + 2} (Sept {8 + 7 * k})\n"
        f"- **Topics:** Visual Analytics for Model Week {k}\n"
        "- **Materials:**\n"
        f"  - [Slides on Interpretation Methods {k}](/course/slides/week{k}.html)\n"
        f"  - [Lab: Interactive Explanations in Practice {k}](/course/labs/week{k}.html)\n"
        "- **Recommended Readings:**\n"
        f"  - [{title}](/course/refs/paper{k}.pdf) (van den Elzen & van Wijk, 2011)\n"
        "- **Content:**\n"
        f"  - Linear Regression and Visual Analytics Systems {k}\n"
        f"  - Decision Rules and Global Surrogate Models {k}\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("## Upcoming Classes\n\n" + weeks)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["van den Elzen", "van Wijk"]


def test_an_exercise_linked_to_its_notebook_is_no_paper() -> None:
    topics = ["Regressão Linear", "Backpropagation", "Regressão Softmax", "Convolução"]
    page = "# IA025 - Redes Neurais\n\n" + "".join(
        f"### Aula {k + 1} - {10 + k}/03/2022\n* Assuntos\n  * Introdução à {topics[k]}\n"
        f"  * Notebooks de {topics[k]}\n"
        f"* [Exercício - {topics[k]} e Grid de custos](Exercicios/Aula{k + 1}-{k}.ipynb)\n"
        f"* Leitura/resumo\n  * Artigo: [{title}](https://arxiv.org/abs/21{k:02d}.0000{k})\n"
        f"    * [Artigo anotado](Artigos/a{k}.pdf)\n\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)  # not the exercises


def test_a_surname_with_its_particles_is_a_name() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("van den Elzen & van Wijk, 2011") == ["van den Elzen", "van Wijk"]
    assert parse_names("de Souza") == ["de Souza"]
    assert parse_names("de facto standards") == []
    assert parse_names("de Novo Design") == []


def test_dblp_citations_name_their_titles_and_authors() -> None:
    venues = ["NIPS 2017: 4424-4434", "CoRR abs/1909.12488 (2019)", "ICML 2019: 4615-4625"]
    entries = "".join(
        f"Ada Moss, Bo Quill, Cara Reed:  \n{title}. {venue}  \nhttp://example.org/p{k}\n"
        "> This paper fits the problem as multi-task learning and proves a bound.\n\n"
        for k, (title, venue) in enumerate(zip(TITLES, venues, strict=False))
    )
    found = _by_title("# Papers\n\n## Personalization\n\n" + entries)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[2]]["authors"] == ["Ada Moss", "Bo Quill", "Cara Reed"]
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("ICML", 2019)


def test_a_link_then_its_authors_is_the_title_never_cut_in_the_names() -> None:
    names = [
        "Kaushik Shivakumar, Vainavi Viswanath, Justin Kerr, and Ken Goldberg",
        "Dhruv Shah and Sergey Levine",
        "Weizhe Chen, Roni Khardon, and Lantao Liu",
        "Cheng Chi, Benjamin CM Burchfiel, Eric Cousineau, and Shuran Song",
    ]
    cards = "".join(
        f'<li><p><a href="../../program/papers/0{k}1/"><em>{title}</em></a>\n{who}</p></li>\n'
        for k, (title, who) in enumerate(zip(TITLES, names, strict=True))
    )
    page = (
        f'<h1 class="page-title">Awards</h1>\n<h3>Best Paper Finalists</h3>\n<ul>\n{cards}</ul>\n'
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Dhruv Shah", "Sergey Levine"]


def test_a_task_lists_label_items_are_topics_of_the_titles_nested_in_them() -> None:
    groups = {"Image Classification": TITLES[:3], "Object Detection": TITLES[1:4]}
    page = "# cv-papers-reading\nThe papers I read.\n\n" + "".join(
        f"- [ ] [{label}]()\n\n"
        + "".join(
            f"    - [x] [{title}{'' if g else ' Revisited'}](#{label[:3].lower()}{k})\n\n"
            for k, title in enumerate(titles)
        )
        for g, (label, titles) in enumerate(groups.items())
    )
    found = _by_title(page)
    assert "Image Classification" not in found and "Object Detection" not in found
    assert found[f"{TITLES[0]} Revisited"]["topics"] == ["Image Classification"]
    assert found[TITLES[3]]["topics"] == ["Object Detection"]


def test_a_published_in_arxiv_field_is_no_identifier_line_and_moves_no_link() -> None:
    fields = [
        ("2020.5", "arXiv", "2005.07496"),
        ("2020", "Expert Systems with Applications, 2020", "2002.00388"),
        ("2019", "arXiv", "1911.11111"),
        ("2021", "arXiv", "2101.22222"),
    ]
    page = "## 综述\n\n" + "".join(
        f"#### {title}\n* 作者：Ada Moss, et al.\n* 发表时间：{when}\n* 发表于：{venue}\n"
        f"* 概述：该文侧重于从图神经网络的角度讲述动态网络的研究方向。\n"
        f"* 链接：https://arxiv.org/abs/{arxiv}\n\n"
        for title, (when, venue, arxiv) in zip(TITLES, fields, strict=True)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    for title, (_when, _venue, arxiv) in zip(TITLES, fields, strict=True):
        assert found[title]["arxiv_id"] == arxiv  # never the entry above's
