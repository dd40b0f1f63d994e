"""Conventions shared by real pages read for errors in stop 55 (stop 50's held-out pages,
read for the first time), written afresh with made-up titles and names."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_compact_reading_date_before_a_bracketed_year_is_no_part_of_the_title() -> None:
    # "- [ ] 20211017 [2021] Title": a reading history's day read (month and day may be 00),
    # then the paper's year and venue in brackets
    page = (
        "# Paper Reading History\n\n"
        "## 2021\n\n"
        "- [ ] 20211017 [2021] Folding Cameras for Wide Scenes\n"
        "- [x] 20210729 [2019 CVPR] Pegging Boards for Quiet Decoders\n"
        "- [ ] 20210713 [2016] Sparse Tokens Speak Louder in Long Documents\n\n"
        "## 2014-2017\n\n"
        "- [x] 20150000 [2012 NPAR] Counting Sheep with Shallow Kernels\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Quiet Decoders",
        "Sparse Tokens Speak Louder in Long Documents",
        "Counting Sheep with Shallow Kernels",
    ]
    assert [p["year"] for p in papers] == [2021, 2019, 2016, 2012]
    assert papers[1]["venue"] == "CVPR"


def test_a_title_before_its_address_in_angle_brackets_is_cut_before_it() -> None:
    # "Title <https://arxiv.org/abs/…>": markdown makes the address a link, written as itself
    page = (
        "### Task two\n\n"
        "1. References\n"
        "   1. https://pytorch.org/\n"
        "   2. Folding Cameras for Wide Scenes <https://arxiv.org/abs/1408.00001>\n"
        "   3. Pegging Boards for Quiet Decoders <https://arxiv.org/pdf/1509.00002v1.pdf>\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Quiet Decoders",
    ]
    assert [p["arxiv_id"] for p in papers] == ["1408.00001", "1509.00002"]


def test_names_then_a_colon_or_a_comma_before_the_title_are_its_authors() -> None:
    # "Authors: Title, VENUE YEAR." and "Authors, Title, VENUE, YEAR.": a reading list's
    # citations, names first
    page = (
        "## Parsing\n\n"
        "* Mara Quill and Tobias Renn: Folding Cameras for Wide Scenes, EMNLP 2004.\n\n"
        "* Ivo Bakst et al.: Pegging Boards for Quiet Decoders, ACL 2005.\n\n"
        "* Lena Moss, Karl Otten, and Pia Stroud: Sparse Tokens Speak Louder, NAACL 2003.\n\n"
        "## Control\n\n"
        " - Hugo Falk, Nadia Brenn, Counting Sheep with Shallow Kernels, NIPS, 1994.\n"
        " - Ruth Ellery, Orrin Voss, Tessa Wald, Quiet Gradients in Loud Rooms, ICML, 2012.\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Quiet Decoders",
        "Sparse Tokens Speak Louder",
        "Counting Sheep with Shallow Kernels",
        "Quiet Gradients in Loud Rooms",
    ]
    assert papers[0]["authors"] == ["Mara Quill", "Tobias Renn"]
    assert papers[3]["authors"] == ["Hugo Falk", "Nadia Brenn"]
    assert [p["venue"] for p in papers] == ["EMNLP", "ACL", "NAACL", "NIPS", "ICML"]


def test_a_nickname_before_a_colon_stays_in_the_title() -> None:
    # one name-like phrase before a colon is the paper's own name ("Marked Personas: …")
    page = (
        "## Best Papers\n\n"
        "Folded Lanterns: Measuring Light in Small Rooms\n"
        "Mara Quill, Tobias Renn\n\n"
        "Pegging Boards for Quiet Decoders\n"
        "Ivo Bakst, Lena Moss\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Folded Lanterns: Measuring Light in Small Rooms" in titles


def test_a_table_whose_delimiter_row_has_an_equals_sign_is_still_a_table() -> None:
    # "| -= | ---- |": a hand-typed delimiter row markdown would not read as one
    page = (
        "# Papers to read\n\n"
        "| No | Name |\n"
        "| -= | ------------------------------------- |\n"
        "| 1  | Folding Cameras for Wide Scenes |\n"
        "| 2  | Pegging Boards for Quiet Decoders |\n"
        "| 3  | Sparse Tokens Speak Louder in Long Documents |\n"
        "| 4  | Counting Sheep with Shallow Kernels |\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Quiet Decoders",
        "Sparse Tokens Speak Louder in Long Documents",
        "Counting Sheep with Shallow Kernels",
    ]


def test_a_line_of_names_glued_surname_to_given_name_is_its_papers_authors() -> None:
    # "**Weitao FengLei BaiWanli Ouyang**": a copied list lost the commas between its names
    page = (
        "*Issue 5 May 2024*\n\n"
        "**[Folding Cameras for Wide Scenes](https://example.org/a1)**  \n"
        "**Mara QuillTobias RennLin Wen**\n\n"
        "**[Pegging Boards for Quiet Decoders](https://example.org/a2)**  \n"
        "**Ivo BakstLena MossKwang-Ho Ostrow**\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["Mara Quill", "Tobias Renn", "Lin Wen"]),
        ("Pegging Boards for Quiet Decoders", ["Ivo Bakst", "Lena Moss", "Kwang-Ho Ostrow"]),
    ]
    assert all(not p.get("topics") for p in papers)  # the names in bold are no section


def test_glued_names_come_apart_and_a_surname_with_a_prefix_stays_whole() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Mara QuillTobias RennLin Wen") == ["Mara Quill", "Tobias Renn", "Lin Wen"]
    assert parse_names("Ryan McDonald") == ["Ryan McDonald"]
    assert parse_names("Yann LeCun") == ["Yann LeCun"]
    assert parse_names("Google DeepMind") == []


def test_a_nickname_item_over_its_nested_citation_gives_it_its_link_and_arxiv_id() -> None:
    # "* Deep Recursion [[Paper]](…)" over "  * A and B: Title, arXiv:1511.04491, 2015.": the
    # citation's own arXiv number ends its title
    page = (
        "#### Super-Resolution\n"
        "* Folding Nets [[Paper]](http://arxiv.org/abs/1511.04587)\n"
        "  * Mara Quill and Tobias Renn: Folding Cameras for Wide Scenes, arXiv:1511.04587, 2015.\n"
        "* Pegging Nets [[Paper]](http://arxiv.org/abs/1511.04491)\n"
        "  * Ivo Bakst and Lena Moss: Pegging Boards for Quiet Decoders, arXiv:1511.04491, 2015.\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["arxiv_id"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", "1511.04587"),
        ("Pegging Boards for Quiet Decoders", "1511.04491"),
    ]
    assert papers[0]["authors"] == ["Mara Quill", "Tobias Renn"]


def test_a_table_body_pasted_without_its_table_keeps_its_cells_apart() -> None:
    # "<tbody><tr><td>2018</td><td><a …>Title</a></td><td>A, Lab<div>B, Lab<br>C, Lab</div>"
    # on one line: the cells are a row's (year, title, authors), no header over them
    row = (
        '<tr><td rowspan="1"><b>{year}</b></td><td><a href="https://example.org/{n}">{title}'
        "</a></td><td>{first}, Quiet University<div>{second}, Loud Institute<br>"
        "{third}, Quiet University</div></td></tr>"
    )
    page = (
        "# Best papers of recent years\n\n<tbody>"
        + row.format(
            year=2018,
            n=1,
            title="Folding Cameras for Wide Scenes",
            first="Mara Quill",
            second="Tobias Renn",
            third="Lin Wen",
        )
        + row.format(
            year=2017,
            n=2,
            title="Pegging Boards for Quiet Decoders",
            first="Ivo Bakst",
            second="Lena Moss",
            third="Kai Ostrow",
        )
        + "</tbody>\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["year"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", 2018),
        ("Pegging Boards for Quiet Decoders", 2017),
    ]
    assert papers[0]["authors"] == ["Mara Quill", "Tobias Renn", "Lin Wen"]


def test_a_headless_body_converts_to_a_table_with_an_empty_header() -> None:
    from papercli.importers.digest.blocks import html_to_markdown

    converted = html_to_markdown(
        "<tbody><tr><td>2018</td><td>Folding Cameras</td></tr>"
        "<tr><td>2017</td><td>Pegging Boards</td></tr></tbody>"
    )
    assert converted.split("\n")[:4] == [
        "|  |  |",
        "| --- | --- |",
        "| 2018 | Folding Cameras |",
        "| 2017 | Pegging Boards |",
    ]


def test_a_reading_club_title_linked_to_a_shared_drive_file_is_kept() -> None:
    # "- __2019.11.15__ [Title](drive.google.com/file/d/…/view). ([notes](docs…))": the club's
    # copy of the paper's PDF vouches for it as an identifier would
    page = "# Reading club\n\n## Past papers\n\n" + "".join(
        f"- __2019.{month:02d}.{day:02d}__ [{title}]({link}). ([notes](https://docs.google.com/"
        f"document/d/n{k}/edit))\n\n"
        for k, (month, day, title, link) in enumerate(
            [
                (11, 29, "Folding Cameras for Wide Scenes", "https://arxiv.org/abs/1909.00001"),
                (
                    11,
                    15,
                    "Pegging Boards for Quiet Decoders",
                    "https://drive.google.com/file/d/1a/view",
                ),
                (10, 18, "Sparse Tokens Speak Louder", "https://drive.google.com/open?id=1b"),
                (10, 4, "Counting Sheep with Shallow Kernels", "https://arxiv.org/abs/1909.00002"),
            ]
        )
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Pegging Boards for Quiet Decoders" in titles
    assert "Sparse Tokens Speak Louder" in titles


def test_names_that_run_on_to_a_venue_are_no_lead_before_a_title() -> None:
    # "A, B, C. In Proceedings …": a line of names alone under its title; no name is a title
    from papercli.importers.digest.candidates import names_lead_of

    assert names_lead_of("Mara Quill, Ivo Bakst, Lena Moss. In Proceedings of EMNLP 2019.") is None
    # two name-like phrases and a comma, no "and": a title's ("Various Lengths, Constant Speed: …")
    assert names_lead_of("Folded Lanterns, Quiet Rooms: Measuring Light, ICML 2024.") is None
    assert names_lead_of("Mara Quill and Søren Bakst: Folding Cameras, NIPS, 1994.") == (
        "Mara Quill and Søren Bakst",
        "Folding Cameras, NIPS, 1994.",
    )
    # names before a comma are no lead: they made wrong papers on pages nobody had read
    assert names_lead_of("Mara Quill, Søren Bakst, Folding Cameras, NIPS, 1994.") is None


def test_a_journal_issue_heading_dates_its_papers() -> None:
    # "# Issue 1 · January 2024 42Paper": one journal issue's papers, all of that year
    page = (
        "# Issue 1 · January 2024 3Paper\n\n----\n\n"
        "[Folding Cameras for Wide Scenes](https://example.org/document/1/)  \n"
        "Mara Quill; Tobias Renn  \n\n"
        "[Pegging Boards for Quiet Decoders](https://example.org/document/2/)  \n"
        "Ivo Bakst; Lena Moss  \n\n"
        "[Sparse Tokens Speak Louder in Long Documents](https://example.org/document/3/)  \n"
        "Kai Ostrow; Lin Wen  \n"
    )
    papers = _papers(page)
    assert len(papers) == 3
    assert {p["year"] for p in papers} == {2024}


def test_a_notes_list_month_venue_or_arxiv_number_before_each_title_is_a_field() -> None:
    # "- [201801 Title](notes.md)", "- [2017ACL Title](…)", "- [1606.08415 Title](…)"
    page = (
        "# Reading notes\n\n## Losses\n\n"
        "- [201801 FoldNet: Folding Cameras for Wide Scene Reconstruction in the Wild](n/a.md)\n"
        "- [201708 Quiet Gradient Descent for Dense Object Detection in Loud Rooms](n/e.md)\n"
        "- [2017ACL Deep Pegging Networks for Quiet Text Categorization](n/b.md)\n"
        "- [2019ACL Is Word Counting Necessary for Deep Learning of Sheep Representations?]"
        "(n/f.md)\n\n"
        "## Models\n\n"
        "- [2002.12620 Sparse Tokens: Speaking Louder in Long Documents](n/c.md)\n"
        "- [1606.08415 Gaussian Lantern Linear Units for Small Rooms](n/g.md)\n"
        "- [2018 Large-Scale Hierarchical Sheep Counting with Recursively Regularized Kernels]"
        "(n/d.md)\n"
        "- [2014 Effective Use of Word Order for Text Categorization with Lanterns](n/h.md)\n"
    )
    got = {p["title"]: (p.get("year"), p.get("venue"), p.get("arxiv_id")) for p in _papers(page)}
    assert got["FoldNet: Folding Cameras for Wide Scene Reconstruction in the Wild"] == (
        2018,
        None,
        None,
    )
    assert got["Is Word Counting Necessary for Deep Learning of Sheep Representations?"] == (
        2019,
        "ACL",
        None,
    )
    assert got["Sparse Tokens: Speaking Louder in Long Documents"][2] == "2002.12620"
    assert got["Large-Scale Hierarchical Sheep Counting with Recursively Regularized Kernels"] == (
        2018,
        None,
        None,
    )
    assert not any(title[:1].isdigit() for title in got)  # (the model doubts one: 7 or 8)


def test_a_list_item_that_names_no_paper_is_the_topic_of_the_papers_nested_in_it() -> None:
    # "* 点云" / "  * [Title](…)", "- Monte Carlo:" / "  - A, B: Title, NIPS, 1994.": the list's
    # own label for the papers under it
    page = (
        "## Papers\n\n"
        "Methods\n"
        " - Monte Carlo:\n"
        "   - Mara Quill and Tobias Renn: Folding Cameras for Wide Scenes, NIPS, 1994. "
        "[[Paper]](https://example.org/a.pdf)\n"
        "   - Ivo Bakst and Lena Moss: Pegging Boards for Quiet Decoders, ICML, 1996. "
        "[[Paper]](https://example.org/b.pdf)\n"
        " - Temporal-Difference:\n"
        "   - Kai Ostrow and Lin Wen: Sparse Tokens Speak Louder in Long Documents, NIPS, 1998. "
        "[[Paper]](https://example.org/c.pdf)\n"
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got["Folding Cameras for Wide Scenes"][-1] == "Monte Carlo"
    assert got["Pegging Boards for Quiet Decoders"][-1] == "Monte Carlo"
    assert got["Sparse Tokens Speak Louder in Long Documents"][-1] == "Temporal-Difference"


def test_a_repository_link_is_the_code_over_an_organisations_page() -> None:
    # "[Code](github.com/huggingface) • [Code](github.com/org/repo)": the repository
    page = "".join(
        f"<details>\n<summary><b>{k}. {title}</b></summary>\n\n"
        f"**Links:** [arXiv](https://arxiv.org/abs/2608.1{k}880)\n\n"
        f"**Code:** [Code](https://github.com/huggingface) • "
        f"[Code](https://github.com/quill/{repo})\n\n</details>\n\n"
        for k, (title, repo) in enumerate(
            [
                ("Folding Cameras for Wide Scene Reconstruction", "folding"),
                ("Pegging Boards for Quiet Decoders in Loud Rooms", "pegging"),
                ("Sparse Tokens Speak Louder in Long Documents", "sparse"),
            ],
            start=1,
        )
    )
    codes = [p.get("code_url") for p in _papers(page)]
    assert codes == [
        "https://github.com/quill/folding",
        "https://github.com/quill/pegging",
        "https://github.com/quill/sparse",
    ]


def test_a_year_and_venue_before_each_title_are_its_venue_over_an_arxiv_link() -> None:
    # "* 2021-TIP - Title. [[Paper]](…)": a list's year and venue, joined by a hyphen
    page = (
        "## Papers & Code\n\n"
        "* 2021-TIP - Folding Cameras for Wide Scenes. [[Paper]](https://example.org/a.pdf)\n"
        "* 2021-PAKDD - Pegging Boards for Quiet Decoders: Does the Loss Matter? "
        "[[Paper]](https://example.org/b)\n"
        "* 2022-CVPR - Sparse Tokens Speak Louder in Long Documents. "
        "[[Paper]](https://arxiv.org/abs/2204.05494) [[Code]](https://github.com/quill/sparse)\n"
        "* 2022-ICLR - Counting Sheep with Shallow Kernels. "
        "[[Paper]](https://openreview.net/pdf?id=EhYjZy6e1gJ)\n"
        "* 2022-CVPR - Quiet Gradients for Loud Rooms in Noisy Labels. "
        "[[Paper]](https://arxiv.org/abs/2204.05495)\n"
        "* 2021-NIPS - Lanterns for Learning with Noisy Labels. "
        "[[Paper]](https://openreview.net/forum?id=QZpx42n0BWr)\n"
    )
    got = {p["title"]: (p.get("venue"), p.get("year"), p.get("alt_titles")) for p in _papers(page)}
    assert got["Lanterns for Learning with Noisy Labels"] == ("NIPS", 2021, [])
    assert got["Sparse Tokens Speak Louder in Long Documents"] == ("CVPR", 2022, [])
    assert got["Counting Sheep with Shallow Kernels"] == ("ICLR", 2022, [])


def test_a_year_then_venue_glued_by_a_hyphen_names_both() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("2022-CVPR") == ("CVPR", 2022)
    assert find_venue_year("2020-arXiv") == (None, 2020)
    assert find_venue_year("2019-2020") == (None, 2019)


def test_a_chinese_title_linked_under_its_english_one_is_its_translation() -> None:
    # "**[English Title](…)**" / "**[中文标题](translation's post)**" / authors: one paper
    entries = [
        ("Folding Cameras for Wide Scene Reconstruction", "面向广角场景重建的折叠相机", "a1"),
        ("Pegging Boards for Quiet Decoders in Loud Rooms", "嘈杂房间中安静解码器的钉板", "a2"),
        ("Sparse Tokens Speak Louder in Long Documents", "长文档中稀疏词元的更大声音", "a3"),
    ]
    page = "# 2024-Issue-11-November 3 Papers\n\n----\n\n" + "".join(
        f"**[{english}](https://example.org/document/{n}/)**  \n"
        f"**[{chinese}](https://mp.weixin.qq.com/s/{n})**  \n"
        "Mara Quill; Tobias Renn; Lin Wen  \n\n"
        for english, chinese, n in entries
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"]) for p in papers] == [
        (english, [chinese]) for english, chinese, _n in entries
    ]


def test_titles_linked_to_the_readers_own_notes_site_are_kept_from_a_few_links_on() -> None:
    # "| 26 | ✅ | 2024 | [Title](reader.github.io/posts/x/) |": five or more title links to the
    # reader's own notes, no link to a paper
    titles = [
        "FoldNet: Folding Cameras for Wide Scene Reconstruction",
        "Pegging Boards: Quiet Decoders for Loud Rooms",
        "Sparse Tokens Speak Louder in Long Documents",
        "Counting Sheep with Shallow Kernels at Scale",
        "Quiet Gradients: Descent in Noisy Label Regimes",
        "Lanterns: Generative Pretraining in Small Rooms",
    ]
    page = (
        "## Text2Image\n\n| ID | 状态 | 年份 | 论文标题 |\n| --- | --- | --- | --- |\n"
        + "".join(
            f"| {k} | ✅ | 2024 | [{title}](https://reader.github.io/posts/n{k}/) |\n"
            for k, title in enumerate(titles, start=1)
        )
    )
    assert [p["title"] for p in _papers(page)] == titles


def test_a_venue_or_maker_glued_to_its_year_after_a_title_is_no_part_of_it() -> None:
    # "* [Title arXiv2022 Google](notes.md)", "* [Title MicroSoft2023](notes.md)"
    page = (
        "# Control with language models\n\n"
        "* [Back to the index](../control.md)\n"
        "* [Folding Cameras: Language Model Programs for Wide Scenes arXiv2022 Google]"
        "(fold/notes.md)\n"
        "* [Pegging Boards for Quiet Decoders at Scale arXiv2022 Google](peg/notes.md)\n"
        "* [Sparse Tokens: Design Principles and Model Abilities MicroSoft2023](sparse/notes.md)\n"
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "Folding Cameras: Language Model Programs for Wide Scenes": 2022,
        "Pegging Boards for Quiet Decoders at Scale": 2022,
        "Sparse Tokens: Design Principles and Model Abilities": 2023,
    }


def test_a_conference_paper_number_and_arxiv_label_leave_the_pages_venue() -> None:
    # "- Title (#1443) [[arXiv]](…)" under "# EMNLP-IJCNLP 2019 Papers": the number is the
    # conference's, the arXiv link a link; the papers are the page's conference's
    page = "# EMNLP-IJCNLP 2019 Papers\n\n### Oral Session\n\n#### Machine Learning\n\n" + "".join(
        f"- {title} (#{n}) [[arXiv]](https://arxiv.org/abs/1908.0{n})\n"
        for title, n in [
            ("Folding Cameras for Wide Scene Reconstruction", 1443),
            ("Attention is Not Not Folding", 5260),
            ("Pegging Boards for Quiet Decoders", 1176),
            ("Sparse Tokens Speak Louder in Long Documents", 3289),
        ]
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got["Attention is Not Not Folding"] == ("EMNLP-IJCNLP", 2019)
    assert got["Pegging Boards for Quiet Decoders"] == ("EMNLP-IJCNLP", 2019)
    assert not any("#" in title for title in got)


def test_comments_in_a_posts_front_matter_name_no_section() -> None:
    # "#   Otherwise, set `projects = []`." in YAML front matter is a template's comment
    page = (
        "---\n# Documentation: https://example.org/docs/\n\n"
        'title: "Several papers by our lab accepted to EMNLP 2023"\n'
        "# Projects (optional).\n#   Otherwise, set `projects = []`.\nprojects: []\n---\n\n"
        "The papers presented at the conference are the following:\n\n"
        + "".join(
            f" - [{title}](https://example.org/publications?id={n})\n"
            for n, title in enumerate(
                [
                    "Folding Cameras for Wide Scene Reconstruction",
                    "Pegging Boards: Multitask Learning for Quiet Decoders",
                    "Sparse Tokens Speak Louder in Long Documents",
                ]
            )
        )
    )
    papers = _papers(page)
    assert len(papers) == 3
    assert all(not p.get("topics") for p in papers)


def test_a_bold_nickname_over_its_papers_citation_is_no_topic() -> None:
    # "- **FoldNet**" / "  - Title, CIKM 2020" / "  - [[Paper]](…)": the paper's name
    page = "## Implementations\n\n" + "".join(
        f"- **{nick}**\n  - {title}, {venue}\n  - [[Paper]](https://arxiv.org/abs/{arxiv})\n"
        for nick, title, venue, arxiv in [
            ("FoldNet", "Folding Cameras for Wide Scene Reconstruction", "CIKM 2020", "2005.07959"),
            (
                "PegBoard",
                "Pegging Boards for Quiet Decoders in Loud Rooms",
                "KDD 2019",
                "1902.01111",
            ),
            ("SparTok", "Sparse Tokens Speak Louder in Long Documents", "WSDM 2018", "1710.02971"),
        ]
    )
    papers = _papers(page)
    assert len(papers) == 3
    assert all(p.get("topics") == ["Implementations"] for p in papers)


def test_a_conference_session_or_workshop_page_is_no_paper() -> None:
    # "* [Probabilistic methods](icml.cc/virtual/2022/session/20046)": a day's sessions
    page = (
        "# ICML 2022 Attendance Plans\n\n## Tuesday\n\n"
        "* [Probabilistic Methods in Deep Models](https://icml.cc/virtual/2022/session/20046)\n"
        "* [Gaussian Processes and Kernel Learning](https://icml.cc/virtual/2022/session/20060)\n"
        "* [Workshop on Folding Cameras](https://icml.cc/virtual/2022/workshop/13450)\n"
        "* [Pegging Boards for Quiet Decoders](https://icml.cc/virtual/2022/poster/17337)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Probabilistic Methods in Deep Models" not in titles
    assert "Gaussian Processes and Kernel Learning" not in titles
    assert "Workshop on Folding Cameras" not in titles
