"""Conventions shared by real pages read for errors in stop 76, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

TITLES = [
    "Folding Cameras for Wide Scenes",
    "Pegging Boards for Language Models",
    "Shuffled Decks and the Limits of Memory",
    "Marsh Lights: Sparse Signals in Deep Water",
]


def test_a_csv_papers_address_column_makes_its_rows_papers() -> None:
    rows = "".join(
        f'{title.split(":")[0]},"a short blurb, with commas",'
        f"https://arxiv.org/abs/2310.1000{k},https://x.com/someone/status/{k},\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("Title,Description,PaperURL,TweetURL,Abstract\n" + rows)
    assert sorted(found) == sorted(title.split(":")[0] for title in TITLES)
    assert found["Marsh Lights"]["url"] == "https://arxiv.org/abs/2310.10003"


def test_a_csv_of_paper_prefixed_plural_columns_reads_them() -> None:
    rows = "".join(
        f'9/{k + 1}/21,Ada Moss,"Ben, Quill et al",{title},,https://arxiv.org/abs/2104.0000{k},'
        f"LIT,Winter 2021\n"
        for k, title in enumerate(TITLES)
    )
    header = (
        "Date,Presenters,PaperAuthors,PaperTitles,PaperConferences,PaperLinks,Category,Semester\n"
    )
    found = _by_title(header + rows)
    assert sorted(found) == sorted(TITLES)
    first = found[TITLES[0]]
    assert first["url"] == "https://arxiv.org/abs/2104.00000"
    assert first["topics"] == ["LIT", "Winter 2021"]  # (each topic column gives one)
    assert "Ada Moss" not in first["authors"]


def test_a_data_files_title_ending_in_names_alone_gives_them() -> None:
    rows = [
        ("Folding Cameras for Wide Scenes (Moss et al.)", 2024),
        ("Pegging Boards for Language Models (Quill & Vance)", 2025),
        ("Shuffled Decks and the Limits of Memory (Lark et al., Nature)", 2022),
        ("Learning to Pour (Word2Pour)", 2023),
    ]
    page = "title\tyear\trelevance\turl\n" + "".join(
        f"{title}\t{year}\thigh\thttps://arxiv.org/abs/2405.1486{k}\n"
        for k, (title, year) in enumerate(rows)
    )
    found = _by_title(page)
    assert found["Folding Cameras for Wide Scenes"]["authors"] == ["Moss"]
    assert found["Pegging Boards for Language Models"]["authors"] == ["Quill", "Vance"]
    assert found["Shuffled Decks and the Limits of Memory"]["venue"] == "Nature"
    assert "Learning to Pour (Word2Pour)" in found or "Learning to Pour" in found


def test_an_html_page_with_its_json_ld_on_one_line_keeps_its_papers() -> None:
    items = "".join(
        f'  <li><b><a href="https://arxiv.org/abs/2211.0000{k}">{title}</a></b> <br />'
        f"Ada Moss, Ben Quill </li>\n"
        for k, title in enumerate(TITLES)
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en-US">\n  <head>\n<title>Workshop at NeurIPS</title>\n'
        '<script type="application/ld+json">\n{"headline":"Workshop","url":"/","name":"Workshop",'
        '"description":"A workshop","@type":"WebSite"}</script>\n  </head>\n  <body>\n'
        f"<h2>Accepted Papers</h2>\n<ol>\n{items}</ol>\n"
        '<footer>Write to <a href="mailto:chair@example.org">the chair</a>.</footer>\n'
        "</body>\n</html>\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert all(not (p["url"] or "").startswith("mailto:") for p in found.values())


def test_a_mailto_link_is_never_a_papers_address() -> None:
    page = "".join(
        f"- **{title}** — Ada Moss, Ben Quill. [contact](mailto:ada@example.org)\n"
        for title in TITLES
    )
    found = _by_title(page)
    assert found and all(not (p["url"] or "").startswith("mailto:") for p in found.values())


def test_a_yaml_programs_marked_titles_and_its_no_paper_items() -> None:
    page = (
        "- Title: Breakfast\n  Time: 8:15AM - 8:20AM\n  Whole_line: true\n\n"
        "- Title: (<b>KeyNote Talk</b>) Deploying Models on Every Level\n  Time: 8:20AM\n"
        "  Presenter: Cora Vance\n  Is_paper: false\n  Authors: Cora Vance\n\n"
        + "".join(
            f"- Title: (<b>Spotlight {k}</b>) {title}\n  Time: 9:3{k}AM\n  Is_paper: true\n"
            f"  Authors: Ada Moss · Ben Quill\n"
            for k, title in enumerate(TITLES, start=1)
        )
        + "\n- Title: <b>Interactive Panel Discussion</b>\n  Time: 3:20PM\n"
        "  Presenter: <ul><li>Dan Ode</li></ul>\n  Is_paper: false\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Spotlight"]
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill"]


def test_a_kind_tag_with_its_number_leaves_the_title() -> None:
    from papercli.importers.digest.candidates import without_kind_tag

    assert without_kind_tag("(Spotlight 3) Folding Cameras for Wide Scenes") == TITLES[0]
    assert without_kind_tag("(Oral) Folding Cameras for Wide Scenes") == TITLES[0]
    assert without_kind_tag("(2021) Folding Cameras for Wide Scenes").startswith("(2021)")


def test_a_task_lists_items_linking_to_anchors_the_page_lacks_are_its_papers() -> None:
    page = "# my-reading\n\nPapers I read.\n\n- [ ] [Vision]()\n\n" + "".join(
        f"    - [x] [{title}](#{title.split()[0].lower()})\n\n" for title in TITLES
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_contents_list_of_anchors_to_its_sections_stays_no_paper() -> None:
    page = (
        "# Reading list\n\n- [Vision Models](#vision-models)\n"
        "- [Language Models](#language-models)\n\n"
        "## Vision Models\n\n"
        + "".join(f"- [{t}](https://arxiv.org/abs/2301.0000{k})\n" for k, t in enumerate(TITLES))
        + "\n## Language Models\n\n- [Tarn Lakes for Language](https://arxiv.org/abs/2301.00009)\n"
    )
    found = _by_title(page)
    assert "Vision Models" not in found and "Language Models" not in found


def test_a_linked_citation_of_names_a_year_and_a_point_gives_the_title() -> None:
    cells = [
        ("Moss, 2008", TITLES[0]),
        ("Quill, Vance, 1997", TITLES[1]),
        ("Lark et al., 2014", TITLES[2]),
    ]
    rows = "".join(
        f"<tr><td>0{k}.03</td><td>Topic {k}</td>"
        f'<td><a href="http://example.org/{k}.pdf">{names}. {title}</a></td></tr>\n'
        for k, (names, title) in enumerate(cells)
    )
    head = "<thead><tr><td>Date</td><td>Topic</td><td>Texts</td></tr></thead>"
    page = f"<table>\n{head}\n<tbody>\n{rows}</tbody>\n</table>\n"
    found = _by_title(page)
    assert sorted(found) == sorted(title for _, title in cells)


def test_a_proceedings_entry_with_authors_is_a_paper() -> None:
    page = (
        "".join(
            f"@proceedings{{\n\n  moss_{k},\n  \n  title={{{title}}},\n"
            f"  author={{Ada Moss and Ben Quill}},\n  year={{2024}},\n"
            "  publisher={MICAI2024}\n\n}\n\n"
            for k, title in enumerate(TITLES)
        )
        + "@proceedings{vol,\n  title={Proceedings of the Marsh Workshop},\n"
        "  editor={Cora Vance},\n}\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_names_each_followed_by_an_affiliation_acronym() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Ada Moss, POSTECH; Ben Quill, POSTECH; Cora Vance, KAIST") == [
        "Ada Moss",
        "Ben Quill",
        "Cora Vance",
    ]
    assert parse_names("Romero, Branden; and Adelson, Edward") == [
        "Branden Romero",
        "Edward Adelson",
    ]


def test_a_toml_files_tables_are_its_papers_under_their_comment_topics() -> None:
    def table(title: str, address: str, key: str = "title") -> str:
        return (
            f'[[paper]]\ndate = "2025.08"\n{key} = "{title}"\nvenue = "ICRA 2026"\n'
            f'paper = "{address}"\n\n'
        )

    page = (
        "# One [[paper]] per work.\n\n# ------------------------------ 🏓 table tennis\n\n"
        + table(TITLES[0], "https://arxiv.org/abs/2508.21043")
        + table(TITLES[1], "https://arxiv.org/abs/2509.21690")
        + table("Teaser: we put it on the hardware", "https://x.com/someone/status/1")
        + "# ------------------------------ 🎾 tennis\n\n"
        + table(TITLES[2], "https://arxiv.org/abs/2510.11111")
        + table(TITLES[3], "https://marsh.example.org/")
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["url"] == "https://arxiv.org/abs/2508.21043"
    assert found[TITLES[0]]["year"] == 2026
    assert found[TITLES[0]]["topics"] == ["🏓 table tennis"] or found[TITLES[0]]["topics"] == [
        "table tennis"
    ]
    named = page.replace('\ntitle = "', '\nPaper = "')
    assert sorted(_by_title(named)) == sorted(TITLES)


def test_a_json_papers_links_map_and_category_list() -> None:
    import json

    papers = [
        {
            "title": title,
            "authors": "Moss et al.",
            "venue": "ICML",
            "year": 2024,
            "categories": ["causal", "structured"],
            "links": {"paper": f"https://arxiv.org/abs/2401.1453{k}", "code": ""},
        }
        for k, title in enumerate(TITLES)
    ]
    found = _by_title(json.dumps({"papers": papers}, indent=2))
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "2401.14531"
    assert found[TITLES[1]]["topics"] == ["causal", "structured"]


def test_a_yaml_schedules_readings_key_is_no_topic() -> None:
    page = "".join(
        f"- date: 3/{k}\n  lecturer: Eric\n  title: Lecture {k}\n  readings:\n"
        f'    - Moss et al., <a href="https://arxiv.org/pdf/1706.0376{k}.pdf">{title}</a>.\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert found and all("readings:" not in p["topics"] for p in found.values())


def test_a_note_filed_by_its_title_is_that_title() -> None:
    from papercli.importers.digest.candidates import tidy

    assert tidy("Papers/Folding Cameras for Wide Scenes.md") == TITLES[0]
    assert tidy("Papers/VGGRPO.md") == "Papers/VGGRPO.md"


def test_a_reading_logs_colon_tags_after_each_title() -> None:
    tags = ["theory", "network architecture", "MRI", "code"]
    page = "## Papers\n\n" + "".join(
        f"{k}. [{title}](https://example.org/notes/{k}.md): {tag}\n"
        if k % 2
        else f"{k}. {title}: {tag}\n"
        for k, (title, tag) in enumerate(zip(TITLES, tags, strict=True), start=1)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_colon_subtitle_is_no_tag() -> None:
    page = "## Surveys\n\n" + "".join(
        f"- {title}: a survey\n"
        for title in ["Folding Cameras", "Pegging Boards Today", "Shuffled Decks of Memory"]
    )
    found = _by_title(page)
    assert "Folding Cameras" not in found


def test_a_title_label_heading_over_its_line() -> None:
    page = "".join(
        f"------------\n## 論文名\n{title}\n### 概要\n- この論文のまとめ\n### 議論はある？\n\n"
        for title in TITLES[:3]
    )
    assert sorted(_by_title(page)) == sorted(TITLES[:3])


def test_a_pages_one_heading_over_its_list_and_more_buttons_is_their_topic() -> None:
    page = (
        "# Marsh based Recommendation\n\n"
        + "".join(
            f"{k}. Ada Moss, Ben Quill. **{title}.** KDD 2018. [paper](https://arxiv.org/abs/1806.0197{k})\n"
            for k, title in enumerate(TITLES[:2], start=1)
        )
        + "\n<details>\n<summary> more </summary>\n\n"
        + "".join(
            f"{k}. Cora Vance. **{title}.** WWW 2019. [paper](https://arxiv.org/abs/1806.0198{k})\n"
            for k, title in enumerate(TITLES[2:], start=3)
        )
        + "\n</details>\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert all(p["topics"] == ["Marsh based Recommendation"] for p in found.values())


def test_an_apa_list_keeps_an_initialled_name_made_of_a_common_word() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Gan, C., Zheng, J., Zhu, Q., Cao, Y., & Zhu, Y.") == [
        "C. Gan",
        "J. Zheng",
        "Q. Zhu",
        "Y. Cao",
        "Y. Zhu",
    ]
    assert parse_names("He, Zhang, Ren, Sun") == ["He", "Zhang", "Ren", "Sun"]


def test_a_csv_in_another_language_and_with_semicolons() -> None:
    spanish = (
        "Título,Autores,Año,Enlace\n"
        "Aprendizaje de Cámaras Plegables,Ada Moss,2021,https://arxiv.org/abs/2101.00001\n"
        "Tableros de Clavijas para Modelos,Ben Quill,2022,https://arxiv.org/abs/2101.00002\n"
        "Barajas y Memoria Limitada,Cora Vance,2023,https://arxiv.org/abs/2101.00003\n"
    )
    found = _by_title(spanish)
    assert sorted(found) == [
        "Aprendizaje de Cámaras Plegables",
        "Barajas y Memoria Limitada",
        "Tableros de Clavijas para Modelos",
    ]
    assert found["Barajas y Memoria Limitada"]["authors"] == ["Cora Vance"]
    chinese = (
        "标题,作者,年份,链接\n"
        "折叠相机的广角场景,张三,2021,https://arxiv.org/abs/2101.00001\n"
        "语言模型的钉板,李四,2022,https://arxiv.org/abs/2101.00002\n"
        "洗牌与记忆的极限,王五,2023,https://arxiv.org/abs/2101.00003\n"
    )
    assert _by_title(chinese)["语言模型的钉板"]["year"] == 2022
    german = (
        "Titel;Autoren;Jahr;Link\n"
        "Faltbare Kameras für weite Szenen;Ada Moss;2021;https://arxiv.org/abs/2101.00001\n"
        "Steckbretter für Sprachmodelle;Ben Quill;2022;https://arxiv.org/abs/2101.00002\n"
        "Gemischte Karten und Gedächtnis;Cora Vance, Dan Ode;2023;https://arxiv.org/abs/2101.00003\n"
    )
    found = _by_title(german)
    assert found["Gemischte Karten und Gedächtnis"]["authors"] == ["Cora Vance", "Dan Ode"]


def test_a_data_files_bare_arxiv_identifier_is_the_papers() -> None:
    import json

    yaml = "".join(
        f"- title: {title}\n  authors: Ada Moss, Ben Quill\n  arxiv: 2101.0000{k}\n\n"
        for k, title in enumerate(TITLES)
    )
    csv = "title,authors,arxiv_id\n" + "".join(
        f"{title.split(':')[0]},Ada Moss,2101.0000{k}\n" for k, title in enumerate(TITLES)
    )
    data = json.dumps(
        [
            {"title": title, "authors": ["Ada Moss"], "arxiv_id": f"2101.0000{k}"}
            for k, title in enumerate(TITLES)
        ]
    )
    for page in (yaml, csv, data):
        found = _by_title(page)
        assert sorted(p["arxiv_id"] for p in found.values()) == [
            f"2101.0000{k}" for k in range(len(TITLES))
        ]


def test_a_yaml_authors_list_of_named_people() -> None:
    page = "".join(
        f"- title: {title}\n  authors:\n    - name: Ada Moss\n      affiliation: Marsh U\n"
        f"    - name: Ben Quill\n      affiliation: Fen Lab\n"
        f"  url: https://arxiv.org/abs/2101.0000{k}\n  year: 2021\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert all(p["authors"] == ["Ada Moss", "Ben Quill"] for p in found.values())
    assert all(p["year"] == 2021 for p in found.values())


def test_a_venue_with_its_year_glued_on_gives_both() -> None:
    from papercli.importers.digest import _venue_without_year
    from papercli.model import Paper

    def tidied(venue: str, year: int | None = None) -> tuple[str | None, int | None]:
        paper = Paper(title=TITLES[0], venue=venue, year=year)
        _venue_without_year(paper)
        return paper.venue, paper.year

    assert tidied("ACM CCS'20") == ("ACM CCS", 2020)
    assert tidied("TMI22", 2022) == ("TMI", 2022)
    assert tidied("Information Sciences'2021") == ("Information Sciences", 2021)
    assert tidied("ICLR 2021", 2021) == ("ICLR 2021", 2021)  # (a year apart: as written)
    assert tidied("TMI22", 2020) == ("TMI22", 2020)  # (another year than the paper's)
    assert tidied("L4DC") == ("L4DC", None)


def test_journals_named_in_two_words() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("Nature Medicine, 2023") == ("Nature Medicine", 2023)
    assert find_venue_year("Scientific Reports (2022)") == ("Scientific Reports", 2022)
    assert find_venue_year("Nature 2015") == ("Nature", 2015)
    assert find_venue_year("a nature medicine study") == (None, None)
    assert find_venue_year("ACM MM 2021") == ("ACM MM", 2021)


def test_an_html_blocks_authors_class_labels_its_names() -> None:
    papers = [
        ("Bandits With Heavy Tails", "Ada Moss, Ben Quill, Cora Vance"),
        ("Causal Marshes: An Overview", "Dan Ode"),
        ("Folding Cameras for Wide Scenes", "Eve Lark, Fay Moor"),
        ("Pegging Boards for Language Models", "Gil Pond"),
    ]
    items = "".join(
        f'<li class="paper">\n<p class="presentation">2019/03/0{k}, Cora Vance</p>\n'
        f'<p class="title">{title}</p>\n<p class="authors">{names}</p>\n'
        '<p class="publication"><span class="venue">Statistics Surveys</span> '
        '<span class="number">3</span>, <span class="year">2009</span></p>\n</li>\n'
        for k, (title, names) in enumerate(papers, start=1)
    )
    page = (
        "<!DOCTYPE html>\n<html><body>\n<h1>Reading Group Archive</h1>\n"
        f"<ul>\n{items}</ul>\n</body></html>\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(title for title, _ in papers)
    assert found["Causal Marshes: An Overview"]["authors"] == ["Dan Ode"]


def test_a_figures_caption_is_no_paper() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Figure 4: Architecture of the Marsh Network")
    assert never_title("Hình 4: Kiến trúc LeNet. Source: Illustrated: 10 CNN Architectures")
    assert never_title("图 3：模型结构")
    assert not never_title("Figure-Ground Segmentation with Deep Nets")
    assert not never_title("Tables Turned: Reading Tables with Language Models")


def test_a_blogs_paper_links_led_by_the_word_and_a_nickname() -> None:
    page = "# History of the Marsh Nets\n\n" + "".join(
        f"Some prose about {nick}.\n\n![{nick}](img/{k}.png)\n\n"
        f"Hình {k}: Kiến trúc {nick}. Source: Illustrated: 10 Marsh Architectures\n\n"
        f"[Paper - {nick} - {title}](https://arxiv.org/abs/1512.0338{k})\n\n"
        "Authors: Ada Moss, Ben Quill\n\n"
        for k, (nick, title) in enumerate(
            zip(["FenNet", "LakeNet-5", "PondNet", "TarnNet"], TITLES, strict=True), start=1
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_a_yaml_key_holding_papers_names_their_section() -> None:
    def entry(title: str, k: int) -> str:
        return (
            f"        -\n            authors: Ada Moss and Ben Quill\n"
            f"            title: '{title}'\n            link: https://arxiv.org/pdf/1904.0117{k}.pdf\n"
            "            venue: ACL 2019\n"
        )

    page = (
        "# Add date: YEAR-MONTH-DATE format\nsurvey:\n"
        + entry(TITLES[0], 0).replace("        ", "    ", 1)
        + "\nsuggested:\n    # Marsh Knowledge\n    ie_ka:\n"
        + "".join(entry(title, k) for k, title in enumerate(TITLES[1:], start=1))
        + "\npapers:\n"
        + "    -\n        title: Tarn Lakes for Language Models\n        authors: Cora Vance\n"
    )
    found = _by_title(page)
    assert found[TITLES[1]]["topics"] == ["ie_ka"]
    assert found["Tarn Lakes for Language Models"]["topics"] == []
