"""Conventions shared by real pages read for errors in stop 78, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import candidates
from papercli.importers.digest.references import read_reference

TITLES = [
    "Folding Maps for Sparse Lidar Returns",
    "Quiet Gradients in Wide Orchards",
    "Ledger Games: Counting Tokens Under Drift",
    "Slow Tides and the Memory of Small Models",
]


FIRSTS = ["Ada", "Bo", "Cara", "Dev"]


def test_papers_written_as_keyed_mappings_keep_their_own_authors() -> None:
    page = "".join(
        f"paper_{k + 1}:\n"
        f'  authors: "{FIRSTS[k]} Moss (Univ of Somewhere)*; Ben Quill (Lab Inc)"\n'
        f'  title: "{title}"\n'
        f'  pdf: "{"available" if k % 2 else ""}"\n'
        '  poster: ""\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["authors"] == ["Cara Moss", "Ben Quill"]
    assert found[TITLES[1]].get("url") is None  # "pdf: available" says there is one, not where


def test_an_openreview_export_names_the_workshop_and_the_forum() -> None:
    rows = "".join(
        f'{k:03d},"{title}",Ada Moss; Ben Quill,EMNLP/2026/Workshop/TideLM,Track 1,{k + 2},'
        f"Accept,https://openreview.net/forum?id=Ab{k}Cd{k}EfGh,all_papers/{k:03d}/paper.pdf\n"
        for k, title in enumerate(TITLES)
    )
    header = "number,title,authors,source_venue,track,submission,decision,openreview_url,pdf_path\n"
    found = _by_title(header + rows)
    assert sorted(found) == sorted(TITLES)
    second = found[TITLES[1]]
    assert (second["venue"], second["year"]) == ("TideLM", 2026)
    assert second["url"] == "https://openreview.net/forum?id=Ab1Cd1EfGh"
    assert second["authors"] == ["Ada Moss", "Ben Quill"]


def test_a_data_file_headed_by_its_workshop_gives_that_venue() -> None:
    entries = "".join(
        f"- id: {k + 1}\n  title: '{title}'\n  authors:\n  - name: Ada Moss\n"
        "  - name: Ben Quill\n  track: research paper\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(
        "# Papers accepted to Tide4Maps 2026.\n# Generated from the proceedings.\n" + entries
    )
    assert sorted(found) == sorted(TITLES)
    assert {(p["venue"], p["year"]) for p in found.values()} == {("Tide4Maps", 2026)}


def test_a_blog_columns_name_before_each_post_is_no_part_of_its_title() -> None:
    page = "".join(
        f"Paper Reading | {title}\n\nWhy this matters for small models, and what it shows.\n\n"
        for title in TITLES[:3]
    )
    assert sorted(_by_title(page)) == sorted(TITLES[:3])


def test_a_year_that_opens_a_remark_cuts_no_title() -> None:
    lines = read_lines("+ (2019 Ocean Letters)Slow Tides and the Memory of Small Models\n")
    texts = [c.text for c in candidates(lines, 0)]
    assert "Slow Tides and the Memory of Small Models" in texts
    assert not any(t.startswith("Ocean Letters)") for t in texts)


def test_a_label_line_over_a_list_is_its_papers_topic() -> None:
    page = (
        "Notes on papers\n\n"
        "Concepts et Architectures de Base :\n\n"
        + "".join(f"* **{t}** : Un article fondateur sur le sujet.\n" for t in TITLES[:2])
        + "\nModèles Récents et Applications :\n\n"
        + "".join(f"* **{t}** : Un modèle récent.\n" for t in TITLES[2:])
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Concepts et Architectures de Base"]
    assert found[TITLES[3]]["topics"] == ["Modèles Récents et Applications"]


def test_a_run_of_bare_link_labels_after_a_bar_is_no_part_of_the_title() -> None:
    page = "## **Methods**\n\n" + "".join(
        f"- <span class='x'> <a href='' target=\"_blank\">{title}</a>｜ "
        f"<a href='https://example.org/p{k}.pdf'>PDF</a>｜<a href=\"\">Github</a>｜[PPT][]</span>\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_reference_with_its_year_in_brackets_at_the_end() -> None:
    read = read_reference("Moss et al. Quiet Gradients in Wide Orchards (2018).")
    assert read is not None
    assert (read.title, read.year) == ("Quiet Gradients in Wide Orchards", 2018)
    pair = read_reference("Moss and Quill. Folding Maps for Sparse Lidar Returns. (2016).")
    assert pair is not None
    assert (pair.title, pair.names) == ("Folding Maps for Sparse Lidar Returns", "Moss and Quill")


def test_a_presenter_before_each_reference_is_no_author() -> None:
    page = "### Symmetries\n\n01/22/2024 Monday.\n" + "".join(
        f"- [X] Cara Dune{k} -- Moss et al. {title}. ({2016 + k}).\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Moss"]
    assert found[TITLES[1]]["year"] == 2017


def test_wiki_headings_of_a_reading_log_are_its_references() -> None:
    page = '= Reading <span class="tag" tag-name="read">read</span> =\n\n' + "".join(
        f"== TOREAD Moss, A., &amp; Quill, B. ({2010 + k}): {title} "
        '<span class="tag" tag-name="ml">ml</span> ==\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["authors"] == ["A. Moss", "B. Quill"]
    assert found[TITLES[2]]["year"] == 2012


def test_a_diarys_day_of_the_month_is_no_part_of_the_title() -> None:
    page = "### May 2025\n\n" + "".join(
        f"* {k + 21}{'st' if k == 0 else 'nd' if k == 1 else 'rd' if k == 2 else 'th'}: "
        f"[{title}](notes/Note{k}.md): shows a thing about small models.\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_programs_slots_named_alone_are_no_papers() -> None:
    slots = "".join(
        f"    - title: {slot}\n      from: 11:00am\n      to: 11:10am\n      authors:\n"
        f"        - name: Ada Moss (Univ of Somewhere)\n          title: {role}\n"
        f"      description: The chairs welcome all attendees and open the event.\n\n"
        for slot, role in (("Opening", "Chairs"), ("Keynote", "Speaker"), ("Closing", "Chairs"))
    )
    talks = "".join(
        f'    - title: "{title}"\n      link: ../assets/papers/paper{k}.pdf\n'
        f"      from: 12:00pm\n      authors:\n        - name: Ada Moss (Univ)\n"
        for k, title in enumerate(TITLES)
    )
    page = f'---\n- day: September 16th\n  theme: "Workshop"\n  events:\n{slots}{talks}'
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_names_then_a_dashed_venue_under_a_title_are_no_next_papers_authors() -> None:
    titles = [*TITLES, "Paper Boats on a Frozen Canal", "Counting Swallows with Weak Labels"]
    people = [
        "Ada Moss, Ben Quill, Cara Dune, Dev Patel, Eve Stone  --ICML 2022",
        "Lee, Hyun-Suk --AISTATS 2022",
        "Müller, Robert ; Pacchiano, Aldo --AISTATS 2022",
        "Fay Wray, Gus Grant, Hal Hart, Ike Ivers, Jo Jones --ICLR 2022",
        "Kay Gao, Oz Sen --NeurIPS 2020",
        "Lu Gutierrez, Mo Leonetti --NeurIPS 2020",
    ]
    page = "## Reinforcement learning\n\n" + "".join(
        f"{title} [[paper](https://arxiv.org/abs/2107.0397{k})]\n  - {names}\n\n"
        for k, (title, names) in enumerate(zip(titles, people, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(titles)
    assert "Cara Dune" not in found[titles[1]]["authors"]  # never the paper above's names
    assert "Gus Grant" not in found[titles[4]]["authors"]


def test_a_linked_translation_under_a_heading_is_its_other_title() -> None:
    glosses = ["折叠地图", "果园里的安静梯度", "账本游戏：漂移下的计数", "慢潮与小模型的记忆"]
    page = "".join(
        f"# {title}\n[{gloss}](https://arxiv.org/abs/2404.1699{k})\n\n"
        "视觉-语言预训练显著提升了各种图像-语言应用的性能。本文探索了一种简单的方法。\n\n"
        for k, (title, gloss) in enumerate(zip(TITLES, glosses, strict=True))
    )
    found = _by_title(page)
    assert set(found) <= set(TITLES)
    assert found[TITLES[1]]["alt_titles"] == ["果园里的安静梯度"]
    assert found[TITLES[1]]["arxiv_id"] == "2404.16991"


def test_a_reading_roadmaps_names_year_and_dash_lead_its_title() -> None:
    page = "Appendix A — Reading Roadmap\n\nChapter 1 — Basics\n\n" + "".join(
        f"  • Moss et al., {2017 + k} — {title}. https://arxiv.org/abs/1706.0376{k}. "
        "Start here. The notation is everywhere downstream. ~1 hr.\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert set(found) <= set(TITLES)
    assert len(found) >= 3
    assert all(not t.startswith("Moss") for t in found)


def test_a_json_venue_that_is_an_arxiv_identifier_is_the_papers_id() -> None:
    items = ",\n".join(
        f'    {{"title": "{title}", "year": 2024, "venue": "arXiv:2401.0266{k}", '
        '"keywords": ["ocean", "weather"]}'
        for k, title in enumerate(TITLES)
    )
    found = _by_title('{\n  "total": 4,\n  "papers": [\n' + items + "\n  ]\n}\n")
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[3]]["arxiv_id"] == "2401.02663"


def test_a_bracketed_venue_tag_before_a_title_is_its_venue() -> None:
    tags = ["TMLR", "CVPR", "arxiv", "AAAI"]
    page = "### 2024\n" + "".join(
        f"* ({tag}) {title}. [[PDF](https://arxiv.org/pdf/2403.1838{k})]"
        f"[[CODE](https://github.com/someone/repo{k})]\n"
        for k, (tag, title) in enumerate(zip(tags, TITLES, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("CVPR", 2024)
    assert found[TITLES[2]]["venue"] == "arXiv"


def test_a_japanese_tables_conference_column_gives_the_venue() -> None:
    venues = ["NIPS(NeurIPS) 2017", "NAACL 2019", "-", "ICLR 2021"]
    rows = "".join(
        f"| Model{k} | 2019.0{k + 1}.12 | {venue} | "
        f"[{title}](https://arxiv.org/abs/1706.0376{k}) |\n"
        for k, (venue, title) in enumerate(zip(venues, TITLES, strict=True))
    )
    page = "## 各モデルの原論文\n\n| モデル名 | 初出時期 | 会議/ジャーナル | 論文 |\n"
    page += "|:---|:---|:---|:--|\n"
    found = _by_title(page + rows)
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("NAACL", 2019)
    assert (found[TITLES[3]]["venue"], found[TITLES[3]]["year"]) == ("ICLR", 2021)


def test_titles_after_a_reading_labels_link_are_papers() -> None:
    weeks = "".join(
        f"- week: {k + 3}\n  sections:\n    - title: Lecturing Topics\n      contents:\n"
        "        - Building Vocabulary with Stopwords and Stemming\n"
        "        - Preprocessing - Tokenization and Lemmatization\n"
        "        - <b>Application</b> - Sentiment Analysis\n"
        f'        - <a href="https://arxiv.org/abs/2511.1604{k}">Required Keynote Paper</a> - '
        f"{title}\n"
        "    - title: Submissions\n      contents:\n"
        f'        - <a href="https://colab.example.org/d{k}">Laboratory - Naive Bayes</a>\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title("---\nlayout: syllabus\n---\n" + weeks)
    assert set(TITLES) <= set(found)
    assert found[TITLES[0]]["arxiv_id"] == "2511.16040"


LATEX_PREAMBLE = (
    "\\documentclass[12pt]{article}\n\\usepackage{hyperref}       % hyperlinks\n"
    "\\newcommand{\\note}[1]{\\textit{#1}}\n\n\\begin{document}\n\n"
)


def test_a_latex_documents_description_lists_give_their_papers() -> None:
    venues = ["NIPS 2017", "ICRA 2019"]
    body = "".join(
        f" {{\\LARGE\\noindent\\textbf{{{venue}}}}}\n\\begin{{description}}\n"
        + "".join(
            f"  \\item[$\\bullet$ Nick{k}] {title} \\cite{{moss201{k}key}}, fig.\\ref{{f{k}}}\n"
            for k, title in enumerate(TITLES[2 * n : 2 * n + 2])
        )
        + "\n\\end{description}\n\n"
        for n, venue in enumerate(venues)
    )
    found = _by_title(LATEX_PREAMBLE + body + "\\end{document}\n")
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[3]]["venue"], found[TITLES[3]]["year"]) == ("ICRA", 2019)


def test_a_latex_items_title_wrapped_onto_its_next_line_is_read_whole() -> None:
    halves = [title.split(" ", 3) for title in TITLES]
    body = "\\section{Readings}\n\\begin{itemize}\n" + "".join(
        f"  \\item {' '.join(words[:3])}\n    {words[3]} \\cite{{key{k}}}\n"
        for k, words in enumerate(halves)
    )
    found = _by_title(LATEX_PREAMBLE + body + "\\end{itemize}\n\\end{document}\n")
    assert set(found) <= set(TITLES)
    assert len(found) >= 3


def test_a_latex_citation_in_a_box_keeps_its_authors() -> None:
    # (a guard: its line break, two backslashes, once ran the names into the label above)
    body = "".join(
        f"\\subsubsection{{\\textbf{{AAMAS-2021}} : {title}}}\n%status: 1\n\\begin{{itemize}}\n"
        f"\\item \\textbf{{keywords:}} marl, showcase\n\\end{{itemize}}\n\n\\fbox{{%\n"
        f"\\parbox{{\\textwidth}}{{%\n        "
        f"\\textbf{{CITATION: \\texttt{{key{k}}} \\cite{{key{k}}}}}:\\\\\n"
        f"            Ada Moss, Ben Quill, and Cara Dune.  ``{title}'', \\emph{{}}. In "
        "\\emph{Proceedings of the 20th Conference on Agents (AAMAS)}. London, 2021.\n    }%\n}\n\n"
        "\\textbf{Description:} \n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(
        LATEX_PREAMBLE + "\\subsection{Published 2021}\n" + body + "\\end{document}\n"
    )
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Dune"]


def test_an_org_ref_reading_logs_headings_give_their_papers() -> None:
    keys = ["moss2017folding", "quill2017quiet", "dune2016ledger", "patel2016slow"]
    page = (
        "#+TITLE: Reading log\n\n* Tag keywords\n- robotics\n  - soft_robot\n\n* papers\n"
        + "".join(
            f"** TODO [[papers:{title}][{key}]]: {title} :review:robotics:\n"
            "   SCHEDULED: <2017-02-11 Sat>\n\n"
            for key, title in zip(keys, TITLES, strict=True)
        )
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_course_sites_lecture_schedule_gives_readings_under_their_topics() -> None:
    topics = ["Statistical Foundations", "Building Blocks of Models"]
    lectures = "".join(
        f"- date: 3/{6 + n}\n  lecturer: Eric\n  title: >\n"
        f"    <strong>{topic}</strong> <br />\n    - Insight into models <br />\n"
        '  slides: "https://drive.example.org/open?id=17G"\n  notes:\n  readings:\n'
        + "".join(
            f'    - Moss and Quill, <a href="https://arxiv.org/abs/1706.0376{2 * n + k}" '
            f'target="_blank">{title}</a>.\n'
            for k, title in enumerate(TITLES[2 * n : 2 * n + 2])
        )
        + '  logistics: >\n    <span class="deadline">HW2 due (Mon, 3/11)</span>\n\n'
        for n, topic in enumerate(topics)
    )
    found = _by_title('- title: "Module 3: Deep Learning &amp; Models"\n\n' + lectures)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Statistical Foundations"]
    assert found[TITLES[3]]["topics"] == ["Building Blocks of Models"]


def test_a_programs_other_slots_are_never_titles_whatever_guards_the_patterns() -> None:
    # (a guard: the never-title check tries its schedule pattern only when a text holds one of
    # the words it needs; each slot below must stay caught when that pattern grows)
    from papercli.importers.digest.records import never_title

    slots = [
        "Opening", "Keynote", "Closing", "Welcome", "Registration", "Lunch Break",
        "Coffee Break", "Q&A with the authors", "Poster Session", "Panel Discussion",
        "Opening Remarks", "Invited Talks", "Dinner", "Farewell", "Guest Lecture",
        "NO MEETING (Conference Deadlines)", "October 16",
        "Tutorial : Machine Learning for Climate",
    ]  # fmt: skip
    assert [slot for slot in slots if not never_title(slot)] == []
    assert not never_title("Folding Maps for Sparse Lidar Returns")
