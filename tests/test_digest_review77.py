"""Conventions shared by real pages read for errors in stop 77, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

TITLES = [
    "Tilting Lenses for Narrow Rooms",
    "Stacking Crates for Speech Models",
    "Scattered Beads and the Limits of Attention",
    "Harbor Bells: Faint Echoes in Shallow Water",
]


def test_an_arxiv_id_before_its_title_is_no_part_of_it() -> None:
    page = "**Picks of the day:**\n\n" + "".join(
        f"* **Paper_id: 2406.1052{k}v1: {title}**\n    * This paper shows a thing.\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2406.10522"


def test_a_bold_term_and_its_definition_is_no_paper() -> None:
    terms = [
        "**Financial applications:** Analyzing ledgers, writing reports, and advising. (paper_id: "
        "2406.11903v1)",
        "**Drug safety:** Reading adverse event data and writing queries. (paper_id: 2406.10690v2)",
        "**3D reconstruction:** Creating solid models from photographs. (paper_id: 2406.10543v1)",
        "**Planning:** Generating plans for robots and other systems. (paper_id: 2406.10479v1)",
    ]
    picks = "".join(f"* **arXiv:2406.1045{k}: {title}**\n" for k, title in enumerate(TITLES))
    found = _by_title(
        "**Trends:**\n\n" + "".join(f"* {t}\n" for t in terms) + "\n**Picks:**\n\n" + picks
    )
    assert sorted(found) == sorted(TITLES)


def test_a_jemdoc_page_of_picture_blocks_gives_its_papers() -> None:
    blocks = "".join(
        "~~~\n{}{img_left}{photos/pic.png}{alt text}{400}{180}\n"
        f"*[https://arxiv.org/abs/2405.1954{k} {title}]* "
        "[https://github.com/someone/repo \\[Code\\]] \\n\n"
        "    Ada Moss, Ben Quill \\n\n"
        f"    /ICML 202{k}/ \\n\\n\n"
        "    tl;dr: We show a thing. \\n\\n\n"
        "~~~\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(
        "# jemdoc: menu{MENU}{pub.html}, nofooter\n==Selected Publications\n" + blocks
    )
    assert sorted(found) == sorted(TITLES)
    third = found[TITLES[2]]
    assert third["url"] == "https://arxiv.org/abs/2405.19542"
    assert third["authors"] == ["Ada Moss", "Ben Quill"]
    assert (third["venue"], third["year"]) == ("ICML", 2022)


def test_rst_citations_give_their_papers_and_their_keys_no_venue() -> None:
    entries = [
        ("Moss1991", "Ada Moss"),
        ("Quill1995", "B. Quill"),
        ("Vance1989", "C. D. Vance"),
        ("Lark1963", "E. Lark, F. Hale"),
    ]
    page = "Bibliography\n============\n\n" + "".join(
        f".. [{key}] {title} ({key[-4:]}),\n   {names}, *Journal of Examples 6, pages 1-9*\n"
        for (key, names), title in zip(entries, TITLES, strict=True)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    second = found[TITLES[1]]
    assert second["year"] == 1995
    assert second["authors"] == ["B. Quill"]
    assert second["venue"] != "Quill"


def test_a_presenter_dash_venue_tag_then_title_gives_the_title() -> None:
    page = "Programme:\n\n" + "".join(
        f"14h{k}0~14h{k}5:\n{name} - [ICML] {title}\nhttps://arxiv.org/abs/1801.0000{k}\n"
        f"Slide: https://slides.example.org/deck{k}\n\n"
        for k, (name, title) in enumerate(
            zip(["Ada Moss", "Ben Quill", "Cara Vance", "Dan Lark"], TITLES, strict=True)
        )
    )
    found = _by_title(page)
    assert not any("[ICML]" in title for title in found)
    assert not any(title.startswith(("Ada Moss", "Ben Quill")) for title in found)


def test_a_reference_ending_in_its_papers_address_is_read() -> None:
    page = "## References\n" + "".join(
        f"[{k + 1}] Ada Moss, Ben Quill, Cara Vance. {title}. https://arxiv.org/abs/2101.0000{k}<br>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Vance"]


def test_a_reference_of_full_names_then_a_glued_year_is_read() -> None:
    page = "## References\n" + "".join(
        f"[{k + 1}] Ada Moss, Łukasz Quill, Cara N. Vance(201{k}). {title}. Journal of Examples "
        f"{k + 3}.<br>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Łukasz Quill", "Cara N. Vance"]
    assert found[TITLES[1]]["year"] == 2011


def test_a_label_link_before_the_title_is_no_part_of_it() -> None:
    page = "## Readings\n\n" + "".join(
        f"- [Paper](https://arxiv.org/abs/2511.1604{k}) {title}\n" for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[3]]["url"] == "https://arxiv.org/abs/2511.16043"
    dashed = "## Week 4\n\n" + "".join(
        f"- [Required Reading](https://arxiv.org/abs/2511.1604{k}) - {title}\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(dashed)) == sorted(TITLES)


def test_a_row_of_resource_links_only_is_no_paper() -> None:
    page = "<ul>\n" + "".join(
        f"<li><p><strong>{title}</strong> - Ada Moss, Ben Quill <br>\n"
        f'<a href="https://openreview.net/forum?id=XHIY3cQ8Te{k}">OpenReview</a> '
        f'<a href="https://openreview.net/pdf?id=XHIY3cQ8Te{k}">PDF</a> '
        f'<a href="https://www.youtube.com/watch?v=abc{k}">Video</a>\n'
        "Room for poster presentation: Bellevue</p></li>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page + "</ul>\n")
    assert sorted(found) == sorted(TITLES)


def test_a_sessions_presentations_are_its_papers_and_its_title_their_topic() -> None:
    def session(title: str, day: int, talks: list[str]) -> str:
        text = f"-\n    date: 2019-02-0{day}\n    title: {title}\n    slides: s/{day}.pptx\n"
        if talks:
            text += "    presentations:\n" + "".join(
                f"        -\n            title: {talk}\n            presenter: Ada Moss\n"
                f"            link: p/{day}{k}.pptx\n"
                for k, talk in enumerate(talks)
            )
        return text + "    comments:\n"

    page = (
        session("Knowledge Representation and Reasoning", 1, [])
        + session("", 2, TITLES[:2])
        + session("Introduction to Structured Prediction", 3, TITLES[2:])
    )
    found = _by_title(page)
    assert "Introduction to Structured Prediction" not in found
    assert found[TITLES[3]]["topics"] == ["Introduction to Structured Prediction"]
    assert found[TITLES[0]]["topics"] == []


def test_a_bold_name_then_a_sentence_about_it_is_never_one_title() -> None:
    names = ["Depth-Mixer", "Marsh-Lights", "Folding Cameras for Wide Scenes"]
    page = "**Research Papers**\n\n" + "".join(
        f"* **{name}:** Proposes a way to do a thing, with care. "
        f"[Paper](https://arxiv.org/abs/2404.0225{k})\n"
        for k, name in enumerate(names)
    )
    found = _by_title(page)
    assert not any("Proposes" in title for title in found)
    assert "Folding Cameras for Wide Scenes" in found


def test_a_programs_is_paper_true_items_are_its_papers() -> None:
    def slot(title: str, kind: str, time: str, is_paper: bool) -> str:
        mark = f"<b>({kind})</b> " if kind else ""
        return (
            f"- Title: {mark}{title} "
            '<a href="https://github.com/someone/2024/blob/main/slides/s.pdf">Slides</a>\n'
            f"  Time: {time}\n  Presenter: Ada Moss\n"
            f"  Is_paper: {str(is_paper).lower()}\n  Whole_line: false\n  #\n"
        )

    page = (
        slot("Welcome and Introduction", "", "09.00 - 09.15", False)
        + slot("From Pixels to Preservation", "First Keynote", "09.15 - 10.05", False)
        + "".join(
            slot(title, "Oral" if k % 2 else "Poster", f"1{k}.00 - 1{k}.25", True)
            for k, title in enumerate(TITLES)
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["topics"] == ["Oral"]


def test_a_front_matters_accepted_papers_line_names_their_unknown_venue() -> None:
    page = (
        '---\ntitle: Accepted Papers\nlayout: single\nexcerpt: "KLAX 2025 accepted papers"\n---\n'
        "## Archival\n\n"
        + "".join(
            f"- [{title}](https://openreview.net/forum?id=abcdef{k}) - Ada Moss, Ben Quill\n"
            for k, title in enumerate(TITLES)
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[0]]["venue"], found[TITLES[0]]["year"]) == ("KLAX", 2025)


def test_a_year_title_and_first_authors_surname_gives_the_title_alone() -> None:
    page = "### Complex domain\n" + "".join(
        f"  * 201{k}, {title}, {name}. [[Paper]](https://arxiv.org/abs/1704.0850{k})\n"
        for k, (title, name) in enumerate(zip(TITLES, ["Fu", "Yin", "Choi", "Hu"], strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["year"] == 2011


def test_a_venue_and_date_before_a_comma_opens_the_entry() -> None:
    leads = ["arXiv 2023.11", "ICRA 2024 submission", "CoRL 2023 oral", "RSS 2023"]
    page = "# Robotic Locomotion\n" + "".join(
        f"- {lead}, {title}, [Website](https://site{k}.example.org/) / "
        f"[arXiv](https://arxiv.org/abs/2309.1434{k})\n"
        for k, (lead, title) in enumerate(zip(leads, TITLES, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_bold_names_parted_by_dashes_are_the_authors_not_the_title() -> None:
    rows = [
        ("Folding Cameras for Wide Scenes", "Ada Moss - Ben Quill"),
        ("Pegging Boards for Language Models", "Cara Vance - Dan Lark - Eve Hale"),
        ("Shuffled Decks and the Limits of Memory", "Fay Stone - Gus Birch, Hal Pike"),
        ("Marsh Lights: Sparse Signals in Deep Water", "Ida Rowe - Jon Tate"),
    ]
    page = "#### Scheduled to be read\n" + "".join(
        f"- [ ] **{title}** - **{names}**\n" for title, names in rows
    )
    found = _by_title(page)
    assert sorted(found) == sorted(title for title, _ in rows)
    assert found[rows[2][0]]["authors"] == ["Fay Stone", "Gus Birch", "Hal Pike"]


def test_the_same_list_again_in_another_language_gives_alternative_titles() -> None:
    rows = [
        ("Folding Cameras for Wide Scenes", "Geniş Sahneler için Katlanan Kameralar", "Ada Moss"),
        ("Pegging Boards for Language Models", "Dil Modelleri için Çivi Tahtaları", "Ben Quill"),
        (
            "Shuffled Decks and the Limits of Memory",
            "Karışık Desteler ve Belleğin Sınırları",
            "Cara Vance",
        ),
    ]

    def section(k: int) -> str:
        return "".join(
            f"- [x] **[{row[k]}](https://papers.example.org/p{n}.pdf)** - **{row[2]} - Dan Lark**\n"
            for n, row in enumerate(rows)
        )

    page = "# EN\n#### Finished\n" + section(0) + "\n# TR\n#### Bitirildi\n" + section(1)
    found = _by_title(page)
    assert sorted(found) == sorted(row[0] for row in rows)
    assert found[rows[1][0]]["alt_titles"] == [rows[1][1]]


def test_a_read_logs_label_link_date_and_pass_count_leave_the_title() -> None:
    page = "### May 2024\n" + "".join(
        f"* 2024/May/{k + 1}\n"
        f"    - [paper](http://arxiv.org/abs/2405.0798{k}) 2024.05, {title} (1st)\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "2405.07980"


def test_a_title_first_reference_with_only_a_date_after_its_names_is_read() -> None:
    titles = [
        "Pre-training to read in context",
        "Folding cameras for wide scenes",
        "Pegging boards for language models",
    ]
    page = "Pre-training\n" + "".join(
        f"  {k + 1}. {title}. Ada Moss, Ben Quill, Cara Vance. [pdf], [project], 202{k}.7,\n"
        "    - a note on it\n"
        for k, title in enumerate(titles)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(titles)
    assert found[titles[0]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Vance"]


def test_a_links_text_of_a_title_then_semicolon_names_gives_both() -> None:
    titles = ["Batch Folding", "Layer Mixing", "Token Pruning", "Weight Pegging"]
    names = ["Moss, Quill", "Vance, Lark", "Hale, Stone", "Pike, Rowe"]
    page = (
        "# Week 6\n* Lecture: [slides](https://github.com/a/b/lec6.pdf)\n## Literature\n"
        + "".join(
            f"- [{title}; {name}.](https://arxiv.org/abs/1502.0316{k})\n"
            for k, (title, name) in enumerate(zip(titles, names, strict=True))
        )
    )
    found = _by_title(page)
    assert "Batch Folding" in found
    assert not any(";" in title for title in found)


def test_a_schedules_csv_of_linked_and_plain_titles_gives_every_paper() -> None:
    rows = [
        f"[{TITLES[0]}](https://arxiv.org/abs/2206.02369),2022/9/14,2:00-3:00pm,Ada Moss,",
        f"{TITLES[1]},2022/9/21,2:00-3:00pm,Ben Quill,",
        f"{TITLES[2]},2022/9/29,3:30-4:30pm,Cara Vance,",
        f"[{TITLES[3]}](https://aclanthology.org/2022.acl-long.40/),2022/10/19,2:00-3:00pm,,",
    ]
    found = _by_title("Title, Date, Time, Presentor, Resource\n" + "\n".join(rows) + "\n")
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["url"] == "https://arxiv.org/abs/2206.02369"
    assert found[TITLES[1]]["authors"] == []


def test_a_read_logs_no_date_and_dashed_pass_count_leave_the_title() -> None:
    page = "### June 2024\n" + "".join(
        f"* 2024/June/{k + 1}\n"
        f"    - [paper](https://site{k}.example.org/p.pdf) N.d., {title} - 2nd\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_names_then_a_sentence_case_title_in_a_list_is_a_reference() -> None:
    rows = [
        ("Ada Moss, Ben Quill", "Efficiently folding cameras on manifolds"),
        ("Cara Vance, Dan Lark, Eve Hale", "Learning dynamic pegging proofs"),
        ("Fay Stone, Gus Birch", "Shuffled decks and the limits of memory"),
    ]
    page = "## Unclassified\n" + "".join(f"- {names}. {title}\n" for names, title in rows)
    found = _by_title(page)
    assert sorted(found) == sorted(title for _, title in rows)
    assert found["Learning dynamic pegging proofs"]["authors"] == [
        "Cara Vance",
        "Dan Lark",
        "Eve Hale",
    ]


def test_a_weekly_lists_titles_each_followed_by_several_tags() -> None:
    page = "## Papers\n" + "".join(
        f"{k + 1}. {title}: MRI, review{', kspace' if k % 2 else ''} (x)\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_a_lists_kind_field_keeps_blog_posts_and_courses_out() -> None:
    rows = [
        f"**{TITLES[0]}** - Ada Moss, Ben Quill - 2017 - 論文",
        "**Understanding Folded Networks** - Cara Vance - 2015 - ブログ記事",
        f"**{TITLES[1]}** - Dan Lark - 2019 - 論文",
        "**CS999: Pegging for Visual Recognition** - Eve Hale - 2017 - スタンフォード大学コース",
        f"**{TITLES[2]}** - Fay Stone - 2020 - paper",
        "**The Annotated Pegboard** - Gus Birch - 2018 - blog post",
    ]
    page = "## リスト\n" + "".join(f"{k + 1}. {row}\n" for k, row in enumerate(rows))
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])


def test_a_yaml_groups_display_name_is_its_papers_topic() -> None:
    groups = {"cancer": ("Cancer", TITLES[:2]), "gut": ("Gut Biology", TITLES[2:])}
    page = "".join(
        f"{key}:\n  display: {shown}\n  papers:\n"
        + "".join(
            f"    - title: {title}\n      url: https://doi.org/10.1000/x{k}\n      tags:\n"
            f"        - {key}\n"
            for k, title in enumerate(titles)
        )
        for key, (shown, titles) in groups.items()
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[3]]["topics"] == ["Gut Biology"]


def test_a_harvard_reference_of_one_surname_and_its_year_is_read() -> None:
    from papercli.importers.digest.references import read_reference

    found = read_reference("Moss (1982). Folding networks and physical systems of memory")
    assert found is not None
    assert (found.names, found.title, found.year) == (
        "Moss",
        "Folding networks and physical systems of memory",
        1982,
    )
    assert read_reference("Quill et al. (1994). Pegging long-term boards is hard") is None


def test_a_subtitle_after_latexs_double_dash_stays_in_the_title() -> None:
    titles = [
        "Text to Folding -- An Overview",
        "Towards Audio Pegging -- An Overview",
        "Shuffled Decks and the Limits of Memory",
        "Marsh Lights: Sparse Signals in Deep Water",
    ]
    page = "| ID | Date | Title | Link | Lab |\n|---|---|---|---|---|\n" + "".join(
        f"| S1985110{k} | 1985.11.0{k} | {title} | [DOI:63](https://doi.org/10.1121/1.202295{k})"
        " | [USA] 贝尔实验室 |\n"
        for k, title in enumerate(titles)
    )
    assert sorted(_by_title(page)) == sorted(titles)
