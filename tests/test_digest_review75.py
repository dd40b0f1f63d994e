"""Conventions shared by real pages read for errors in stop 75, written afresh with made-up
titles and names."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.conftest import Result
from tests.conftest import digest_by_title as _by_title


def test_a_bold_name_and_bold_makers_before_a_title_and_its_dotted_tags_leave_it() -> None:
    page = "## Embodied Models\n\n### 2026\n\n" + "".join(
        f"- **{nick}** **[{lab}]** {title} · {tags} [[paper](https://arxiv.org/abs/2601.0000{k})]"
        " [[project](-)]\n"
        for k, (nick, lab, title, tags) in enumerate(
            [
                ("LOOM", "Quill Lab", "LOOM: Weaving Skills for Tabletop Robots", "Skill / Agent"),
                ("Fen", "North U / Quill Lab", "Fen: A Marsh Model of Grasping", "Grasping"),
                ("Pike", "South AI", "Learning to Pour from Shaky Videos", "Video / Pouring"),
                ("Tarn", "Tarn Team", "Tarn 2: Open Lake Models for Physical AI", "Lake Model"),
            ],
            start=1,
        )
    )
    assert sorted(_by_title(page)) == [
        "Fen: A Marsh Model of Grasping",
        "LOOM: Weaving Skills for Tabletop Robots",
        "Learning to Pour from Shaky Videos",
        "Tarn 2: Open Lake Models for Physical AI",
    ]


def test_a_dot_between_names_is_no_title_and_its_tags() -> None:
    from papercli.importers.digest.candidates import tidy

    assert tidy("Ada Moss · Ben Quill") == "Ada Moss · Ben Quill"
    assert tidy("Cora Vance · Dan Ode · Eve Lark") == "Cora Vance · Dan Ode · Eve Lark"


def test_a_lists_bibtex_citation_of_itself_is_no_paper() -> None:
    page = (
        "## Papers\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2201.00001)\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2201.00002)\n"
        "- [Shuffled Decks and the Limits of Memory](https://arxiv.org/abs/2201.00003)\n\n"
        "## Citation\n\n```bibtex\n@misc{moss2026awesome,\n"
        "  title        = {awesome-folding-must-read},\n  author       = {Ada Moss},\n"
        "  year         = {2026},\n"
        "  howpublished = {\\url{https://github.com/adamoss/awesome-folding-must-read}}\n}\n```\n"
    )
    assert "awesome-folding-must-read" not in _by_title(page)


def test_a_one_column_table_of_title_rows_over_name_rows_gives_the_names() -> None:
    titles = [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
        "A Marsh Model of Grasping in Clutter",
    ]
    names = ["Ada Moss and Ben Quill", "Cora Vance, Dan Ode and Eve Lark", "Finn Rowe", "Gil Tamm"]
    rows = "".join(
        f"<tr>\n<td>{t}</td>\n</tr>\n<tr>\n<td><em>{n}</em></td>\n</tr>\n<tr>\n<td>&nbsp;</td>\n</tr>\n"
        for t, n in zip(titles, names, strict=True)
    )
    papers = _by_title(f'## Accepted Papers\n\n<table class="papers">\n{rows}</table>\n')
    assert sorted(papers) == sorted(titles)
    assert papers["Pegging Boards for Language Models"]["authors"] == [
        "Cora Vance",
        "Dan Ode",
        "Eve Lark",
    ]
    assert papers["Folding Cameras for Wide Scenes"]["authors"] == ["Ada Moss", "Ben Quill"]


def test_indented_table_rows_cut_from_inside_their_table_read_as_its_rows() -> None:
    rows = "".join(
        f"   \t  <tr>\n   \t    <td>{k}</td>\n   \t    <td>{k} Dec 2018</td>\n   \t    <td> \n"
        f'\t\t{title}\n   \t  \t<a href="https://arxiv.org/abs/1805.1160{k}">[paper]</a>\n'
        f"   \t\t<td> {who}</td>\n   \t  </tr>\n"
        for k, (title, who) in enumerate(
            [
                ("Folding Cameras for Wide Scenes", "Ada Moss"),
                ("Pegging Boards for Language Models", "Ben Quill"),
                ("Shuffled Decks and the Limits of Memory", "Cora Vance"),
                ("A Marsh Model of Grasping in Clutter", "Dan Ode"),
            ],
            start=1,
        )
    )
    papers = _by_title(rows)
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "1805.11602"
    assert len(papers) == 4


def test_a_list_of_theses_by_person_takes_each_name_as_the_author() -> None:
    page = (
        "## people\n\n### Young\n"
        "* Ada Moss: Folding cameras for wide scenes, 2016\n"
        "* Ben Quill: Pegging boards for language models, 2015\n"
        "* [Cora S. Vance](http://cora.example.org/): Shuffled Decks, 2015\n"
        "* Dan Ode, 2013\n"
        "* Eve Lark: A marsh model of grasping in clutter, 2012\n"
        "* [Finn Rowe](http://finn.example.org/), 1971\n"
        "* Gil Tamm\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "A marsh model of grasping in clutter",
        "Folding cameras for wide scenes",
        "Pegging boards for language models",
        "Shuffled Decks",
    ]
    assert papers["Shuffled Decks"]["authors"] == ["Cora S. Vance"]
    assert not papers["Shuffled Decks"].get("url")  # her homepage, not the paper's
    assert papers["Pegging boards for language models"]["authors"] == ["Ben Quill"]
    assert papers["A marsh model of grasping in clutter"]["year"] == 2012
    assert not papers["A marsh model of grasping in clutter"].get("url")  # Finn's homepage


def test_a_readings_citation_before_its_title_in_a_schedule_gives_names_year_venue() -> None:
    page = (
        "schedule:\n"
        "- date: '2026-01-27'\n  topic: Async Bootcamp\n  readings:\n"
        "  - title: 'Bootcamp checkpoint: Moss (1989) — Folding cameras for wide\n"
        "      scenes (Nature)'\n    notes: Due Sun 2/2\n"
        "  - title: 'Optional: Quill & Vance (2019) — Pegging Boards for Language Models'\n"
        "    url: https://example.org/pegging\n"
        "- date: '2026-02-03'\n  topic: 'Lecture: Decks'\n  readings:\n"
        "  - title: Ode et al. (2018) — Shuffled Decks and the Limits of Memory (Annual\n"
        "      Review of Vision Science)\n    notes: Reading response due\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding cameras for wide scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    pegging = papers["Pegging Boards for Language Models"]
    assert (pegging["authors"], pegging["year"]) == (["Quill", "Vance"], 2019)
    decks = papers["Shuffled Decks and the Limits of Memory"]
    assert (decks["authors"], decks["venue"]) == (["Ode"], "Annual Review of Vision Science")
    assert papers["Folding cameras for wide scenes"]["venue"] == "Nature"


def test_an_identifier_line_above_a_headings_field_lines_is_that_headings() -> None:
    cards = "".join(
        f'<article>\n<p>commit <a href="https://arxiv.org/abs/{aid}">arXiv:{aid}</a></p>\n'
        f"<p>Author: {who} et al.</p>\n<p>Date:   Tue Jan 22 13:22:34 2019 +0000</p>\n"
        f"<h2>\n{title}\n</h2>\n<p>+{gain}</p>\n</article>\n\n"
        for aid, who, title, gain in [
            ("1901.07291", "Moss", "Cross-camera Folding Model Pretraining", "Lens Modeling (FLM)"),
            ("1901.08746", "Quill", "PegBERT: a pre-trained model for pegging boards", "Pegs"),
            ("1901.11504", "Vance", "Multi-Task Networks for Shuffled Deck Understanding", "Decks"),
            ("1903.10676", "Ode", "MarshBERT: A Pretrained Language Model for Marsh Text", "Marsh"),
            ("1906.08237", "Lark", "Sparse Lanterns: Efficient Attention for Long Text", "Lamp"),
        ]
    )
    page = f"---\ntitle: A Commit History\n---\n\nThis post is a fun experiment.\n\n{cards}"
    papers = _by_title(page)
    decks = papers["Multi-Task Networks for Shuffled Deck Understanding"]
    assert (decks["arxiv_id"], decks["authors"]) == ("1901.11504", ["Vance"])
    assert papers["Cross-camera Folding Model Pretraining"]["arxiv_id"] == "1901.07291"
    assert papers["Sparse Lanterns: Efficient Attention for Long Text"]["authors"] == ["Lark"]


def test_jabref_groups_readstatus_and_priority() -> None:
    from papercli.importers.bibtex import parse_bibtex

    text = (
        "@InProceedings{moss2017,\n  author = {Moss, Ada},\n  title = {Folding Cameras},\n"
        "  year = {2017},\n  groups = {Distributional RL, Cameras},\n  priority = {prio1},\n"
        "  readstatus = {skimmed},\n}\n"
        "@Article{quill2021,\n  author = {Quill, Ben},\n  title = {Pegging Boards},\n"
        "  year = {2021},\n  readstatus = {read},\n  priority = {prio3},\n}\n"
    )
    folding, pegging = parse_bibtex(text, None).papers
    assert folding.topics == ["Distributional RL", "Cameras"]
    assert (folding.status, folding.priority) == ("reading", 3)
    assert (pegging.status, pegging.priority) == ("read", 1)


def test_a_pages_jabref_reading_state_is_its_writers_not_the_readers() -> None:
    page = "% Encoding: UTF-8\n\n" + "".join(
        f"@Article{{k{k},\n  author = {{Moss, Ada}},\n  title = {{{t}}},\n  year = {{2017}},\n"
        "  groups = {Cameras},\n  readstatus = {read},\n  priority = {prio1},\n}\n\n"
        for k, t in enumerate(["Folding Cameras for Wide Scenes", "Pegging Boards for Models"])
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["status"] == "unread"
    assert papers["Folding Cameras for Wide Scenes"]["priority"] == 0
    assert papers["Pegging Boards for Models"]["topics"] == ["Cameras"]


def test_a_collapsible_sections_more_button_names_no_topic() -> None:
    items = [
        ("Ada Moss, Ben Quill.", "Folding Cameras for Wide Scenes", "KDD 2018", "1806.01973"),
        ("Cora Vance.", "Pegging Boards for Language Models", "NIPS 2017", "1704.06803"),
        ("Dan Ode, Eve Lark.", "Shuffled Decks and the Limits of Memory", "2017", "1706.02263"),
        ("Finn Rowe.", "A Marsh Model of Grasping in Clutter", "IJCAI 2019", "1905.13129"),
        ("Gil Tamm.", "Learning to Pour from Shaky Videos", "IJCAI 2019", "1906.01829"),
        (
            "Hana Pike.",
            "Sparse Lanterns: Efficient Attention for Long Text",
            "AAAI 2020",
            "1912.11730",
        ),
    ]
    lines = [
        f"{k}. {who}  **{title}.** {venue}. [paper](https://arxiv.org/abs/{aid})"
        for k, (who, title, venue, aid) in enumerate(items, start=1)
    ]
    page = (
        "# Graph Recommendation\n\n## Papers\n\n"
        + "\n".join(lines[:3])
        + "\n\n<details>\n<summary> more </summary>\n\n"
        + "\n".join(lines[3:])
        + "\n\n</details>\n"
    )
    papers = _by_title(page)
    assert papers["Learning to Pour from Shaky Videos"]["topics"] == ["Papers"]
    assert papers["Folding Cameras for Wide Scenes"]["topics"] == ["Papers"]


def test_a_contents_page_copied_from_a_pdf_joins_each_entry_and_drops_its_leaders() -> None:
    leaders = " ." * 30
    page = (
        "Advances in Widget Learning 28\n\nVolume 1 of 4\n\nISBN: 978-1-5108-2502-4\n"
        "Folding Cameras for Wide Scenes and Their Calibration in\n"
        f"the Wild, Ada Moss, Quill University, Ben Quill, Marsh{leaders} 1\n"
        "Pegging Boards for Language Models: The Importance of\n"
        f"Being Pegged, Cora Vance, Dan Ode, and Eve Lark,{leaders} 10\n"
        f"Shuffled Decks and Memory, Finn Rowe, Tamm Institute{leaders} 19\n"
        "Learning to Pour from Shaky Videos, Gil Tamm, Hana\n"
        f"Pike, Lark University{leaders} 28\n"
    )
    papers = _by_title(page)
    assert not [title for title in papers if ". . ." in title]
    assert "Folding Cameras for Wide Scenes and Their Calibration in the Wild" in papers
    pegging = papers["Pegging Boards for Language Models: The Importance of Being Pegged"]
    assert pegging["authors"] == ["Cora Vance", "Dan Ode", "Eve Lark"]


def test_a_classification_schemes_coded_subject_areas_are_no_papers() -> None:
    areas = "".join(
        f"- [{code}] {name}\n"
        for code, name in [
            ("SPE-RECO", "Acoustic Modeling for Automatic Speech Recognition"),
            ("SPE-ROBU", "Robust Speech Recognition"),
            ("HLT-LANG", "Language Modeling"),
        ]
    )
    papers = "".join(
        f"{k}. **{title}**. Ada Moss, Ben Quill. ICASSP, 2019. [PDF](https://arxiv.org/pdf/{aid}.pdf)\n"
        for k, (title, aid) in enumerate(
            [
                ("Folding cameras for wide scenes in speech", "1409.0473"),
                ("Pegging boards for language models", "1508.01211"),
                ("Shuffled decks and the limits of memory", "1211.3711"),
            ],
            start=1,
        )
    )
    page = f"## Speech Recognition\n\nIt includes a mix of EDICS topics:\n{areas}\n{papers}"
    assert sorted(_by_title(page)) == [
        "Folding cameras for wide scenes in speech",
        "Pegging boards for language models",
        "Shuffled decks and the limits of memory",
    ]


def test_a_pair_of_surnames_joined_by_y_before_a_year_is_two_names() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Hochreiter y Schmidhuber, 1997") == ["Hochreiter", "Schmidhuber"]
    assert parse_names("Blaise Agüera y Arcas") == ["Blaise Agüera y Arcas"]


def test_a_courses_own_slides_section_in_spanish_holds_no_papers() -> None:
    page = (
        "## Presentaciones usadas en el curso\n\n"
        "- [Redes recurrentes y LSTM](https://example.org/rnn.pdf)\n"
        "- [El mecanismo de atención y traductores](https://example.org/att.pdf)\n"
        "- [Transfer learning y modelos preentrenados](https://example.org/tl.pdf)\n\n"
        "## Artículos seminales\n\n"
        "- [Attention Is All You Need (Vaswani et al, 2017)](https://arxiv.org/abs/1706.03762)\n"
        "- [Folding Cameras for Wide Scenes (Moss et al, 2019)](https://arxiv.org/abs/1901.00001)\n"
        "- [Pegging Boards for Language Models (Quill y Vance, 2020)](https://arxiv.org/abs/2001.00002)\n"
        "- [Shuffled Decks and the Limits of Memory (Vance, 2021)](https://arxiv.org/abs/2101.00003)\n\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Attention Is All You Need",
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Quill", "Vance"]


def test_a_surveys_recap_of_nicknames_and_their_categories_gives_no_papers() -> None:
    from papercli.importers.digest.records import never_title

    papers = "".join(
        f"- [**{title}**](https://arxiv.org/abs/{aid}) — {who} et al., 2024\n"
        for title, aid, who in [
            ("dLoRA: Dynamically Orchestrating Requests and Adapters", "2401.00001", "Wu"),
            ("S-LoRA: Serving Thousands of Concurrent LoRA Adapters", "2311.03285", "Sheng"),
            ("Toppings: CPU-Assisted Serving of LoRA Adapters", "2401.00003", "Li"),
            ("VaLoRA: Adaptive Serving of Vision Adapters", "2401.00004", "Mi"),
        ]
    )
    recap = (
        "- **dLoRA** — Cluster-level Scheduling; Instance-level Scheduling\n"
        "- **S-LoRA** — Inference-Operator Optimization; Memory Management; Parallel Inference\n"
        "- **Toppings** — Cluster-level Scheduling; I/O Optimization\n"
    )
    page = f"## 1. Serving\n\n{papers}\n## Papers in several categories\n\n{recap}"
    assert len(_by_title(page)) == 4
    assert never_title("dLoRA; Toppings; LoRAServe")
    title = "Catastrophic Forgetting; Catastrophic Interference; Stability; Plasticity; Rehearsal"
    assert not never_title(title)


def test_a_csvs_category_and_published_columns_give_topic_and_venue_never_a_date() -> None:
    page = (
        "number,category,title,authors,year,published,url\n"
        '1,architectures,Folding Cameras for Wide Scenes,"Ada Moss, Ben Quill",2017,'
        "June 2017 (NeurIPS 2017),https://arxiv.org/abs/1706.03762\n"
        '2,image-generation,Pegging Boards for Language Models,"Cora Vance",2014,'
        "June 2014 (ICML 2014),https://arxiv.org/abs/1406.2661\n"
        '3,language-models,Shuffled Decks and the Limits of Memory,"Dan Ode, Eve Lark",2022,'
        "March 2022,https://arxiv.org/abs/2203.02155\n"
    )
    papers = _by_title(page)
    folding = papers["Folding Cameras for Wide Scenes"]
    assert (folding["venue"], folding["topics"]) == ("NeurIPS", ["architectures"])
    decks = papers["Shuffled Decks and the Limits of Memory"]
    # (its date says no venue: the preprint its link names is the only one)
    assert (decks.get("venue"), decks["year"]) == ("arXiv", 2022)


def test_a_cited_lead_with_a_dash_before_the_title_and_a_barred_label_after_it() -> None:
    items = "".join(
        f"<li>{who} ({year}) – {title} | <a href='https://arxiv.org/abs/{aid}'>paper</a></li>\n"
        for who, year, title, aid in [
            ("Moss et al.", 2020, "Folding Cameras for Wide Scenes", "2004.12265"),
            ("Quill et al.", 2021, "Pegging Boards for Language Models", "2106.02997"),
            ("Vance et al.", 2023, "Shuffled Decks and the Limits of Memory", "2304.05969"),
            ("Ode et al.", 2023, "A Marsh Model of Grasping in Clutter", "2304.14997"),
        ]
    )
    papers = _by_title(f"<h3>Session 1: Circuits</h3>\n<ul>\n{items}</ul>\n")
    assert sorted(papers) == [
        "A Marsh Model of Grasping in Clutter",
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2106.02997"


def test_a_csvs_topics_column_gives_topics_where_no_category_column_does() -> None:
    page = (
        "id,title,authors,year,venue,topics,doi\n"
        "e1,Folding Cameras for Wide Scenes,Ada Moss; Ben Quill,2026,Drones,Traditional UAV VLN,"
        "https://doi.org/10.3390/drones1\n"
        "e2,Pegging Boards for Language Models,Cora Vance,2026,Scientific Reports,"
        "Datasets & Simulators,https://doi.org/10.1038/s2\n"
        "e3,Shuffled Decks and the Limits of Memory,Dan Ode,2026,arXiv,Traditional UAV VLN,\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["topics"] == ["Traditional UAV VLN"]
    assert papers["Pegging Boards for Language Models"]["topics"] == ["Datasets & Simulators"]


def test_a_papers_short_name_before_its_whole_reference_is_the_same_paper() -> None:
    page = (
        "### Papers I read\n\n"
        "- **Moss and Quill (2005), Low-Cost Folding of Wide Cameras.** An early attack.\n"
        "- **Vance et al. (2018), Pegboard.** A deep network that pegs boards.\n"
        "- **Ode et al. (2022), Shuffled Decks.** A methodology paper on decks.\n\n"
        "### References\n\n"
        "- Moss and Quill. Low-Cost Folding of Wide Cameras. IEEE S&P, 2005.\n"
        "- Vance, Lark, Rowe. Pegboard: Strong Board Pegging Attacks Using Deep Nets. CCS, 2018.\n"
        "- Ode, Tamm. Shuffled Decks: Methodologies for Data-Driven Deck Study. PoPETs, 2022.\n"
    )
    papers = _by_title(page)
    assert "Pegboard" not in papers and "Shuffled Decks" not in papers
    assert "Pegboard: Strong Board Pegging Attacks Using Deep Nets" in papers
    assert "Shuffled Decks: Methodologies for Data-Driven Deck Study" in papers


def test_a_short_name_of_another_year_is_another_paper() -> None:
    from papercli.importers.digest import DigestResult, _join_short_names
    from papercli.model import Paper

    result = DigestResult()
    result.papers = [
        Paper(title="Pegboard", year=2016),
        Paper(title="Pegboard: Strong Board Pegging Attacks Using Deep Learning", year=2018),
    ]
    _join_short_names(result)
    assert [p.title for p in result.papers] == [
        "Pegboard",
        "Pegboard: Strong Board Pegging Attacks Using Deep Learning",
    ]


def test_a_note_files_name_with_its_venue_glued_by_an_underscore() -> None:
    page = "# PaperDaily\n" + "".join(
        f"- 2018.12.{k} [{title}_{venue}](./Net/{k}/README.md)\n"
        for k, (title, venue) in enumerate(
            [
                ("Bag of Tricks for Image Classification with Convolutional Networks", "CVPR2018"),
                ("Learning Residual Images for Face Attribute Manipulation", "CVPR2017"),
                ("Stacked Hourglass Networks for Human Pose Estimation", "CVPR2016"),
                ("Look at Boundary: A Boundary-Aware Face Alignment Algorithm", "CVPR2018"),
            ],
            start=3,
        )
    )
    papers = _by_title(page)
    hourglass = papers["Stacked Hourglass Networks for Human Pose Estimation"]
    assert (hourglass["venue"], hourglass["year"]) == ("CVPR", 2016)


def test_a_newsletters_articles_and_blog_posts_section_holds_no_papers() -> None:
    page = (
        "# Research and Publications 📙\n\n"
        "***Folding Cameras for Wide Scenes***\n\n"
        "A [paper](https://arxiv.org/abs/2001.00001) that folds cameras to see wide scenes.\n\n"
        "***Pegging Boards for Language Models***\n\n"
        "Another [paper](https://arxiv.org/abs/2001.00002) on pegging boards.\n\n"
        "# Articles and Blog posts ✍️\n\n"
        "***A small journey in the valley of text pre-processing for German***\n\n"
        "A [post](https://medium.com/some-post) on cleaning German text.\n\n"
        "***Custom classifier on top of BERT-like language model***\n\n"
        "A [tutorial](https://example.org/tutorial) on classifiers.\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
    ]


def test_labs_and_places_in_parentheses_are_no_authors_and_a_footnote_mark_no_title() -> None:
    page = (
        "Статьи на сегодня:\n\n"
        "  1. Folding Cameras for Wide Scenes (UC Berkeley, Google Research, UC Irvine, 2020) [3]\n"
        "  2. Pegging Boards for Language Models (Princeton, Oregon, Google, Flatiron, 2020) [4]\n"
        "  3. Shuffled Decks and the Limits of Memory (Imperial College London, 2019) [5]\n"
        "  4. A Marsh Model of Grasping in Clutter (MIT, Google, 2020) [6]\n"
    )
    papers = _by_title(page)
    assert "Pegging Boards for Language Models" in papers
    assert all(not paper["authors"] for paper in papers.values())


def test_a_lab_beside_named_authors_in_parentheses_leaves_the_authors() -> None:
    from papercli.importers.names import affiliations_list

    assert not affiliations_list("Bai et al., Anthropic, 2022")
    assert affiliations_list("UC Berkeley, Google Research, UC San Diego, 2020")


def test_an_untitled_entry_heading_ends_the_entry_above_it() -> None:
    page = (
        "# Ethics in AI\n\n"
        "***Folding Cameras for Wide Scenes***\n\n"
        "DeepMind released a [paper](https://arxiv.org/abs/2001.00001) on folding cameras.\n\n"
        "***On Auditing AI Systems***\n\n"
        "VentureBeat reports on a framework, in a [paper](https://dl.acm.org/doi/10.1145/1.2).\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["url"] == "https://arxiv.org/abs/2001.00001"


def test_a_news_items_date_is_never_its_papers_venue() -> None:
    page = "".join(
        f"- <b>[{date}]</b> <b>Accepted paper:</b> [_{title}_](/publication/{k}/), work led by"
        f" [Ada Moss](https://ada.example.org/), has been published in [{venue}](https://x.org/).\n"
        for k, (date, title, venue) in enumerate(
            [
                ("Mar 6, 2025", "Automated Segmentation of Scanned Fossils", "Fossil Record"),
                (
                    "Jul 3, 2024",
                    "Evaluating Regression Methods for Electrolyte Prediction",
                    "Nature",
                ),
                ("Jan 12, 2024", "Folding Cameras for Wide Scenes in the Wild", "TMLR"),
            ]
        )
    )
    papers = _by_title(page)
    assert papers and all(
        not (paper.get("venue") or "").startswith(("Mar", "Jul", "Jan"))
        for paper in papers.values()
    )


def test_a_yaml_archive_with_nested_links_and_comment_labels_reads_each_entry() -> None:
    entries = [
        ("Folding Cameras for Wide Scenes", "Ada Moss", "CVPR", 1997, "10.1109/CVPR.1997.1"),
        ("Pegging Boards for Language Models", "Ben Quill", "AAAI", 2000, "10.1000/aaai.2"),
        ("Shuffled Decks and the Limits of Memory", "Cora Vance", "ICML", 2001, "10.1000/icml.3"),
        ("A Marsh Model of Grasping in Clutter", "Dan Ode", "ICML", 2001, "10.1000/icml.4"),
    ]
    page = (
        "%YAML 1.2\n---\n\n# Archive of the group's talks\n\npresentations:\n\n  # Spring 2002\n\n"
    )
    for k, (title, who, venue, year, doi) in enumerate(entries):
        page += (
            f"  - when: 2002-02-{k + 10}\n    who: Eve Lark\n    title: {title}\n"
            f"    authors: {who}\n    venue: {venue}\n    year: {year}\n    links:\n"
            f"      venue:\n        meta: https://doi.org/{doi}\n      author:\n"
            f"        pdf: https://example.org/{k}.pdf\n\n"
        )
    papers = _by_title(page)
    assert len(papers) == 4
    pegging = papers["Pegging Boards for Language Models"]
    assert (pegging["year"], pegging["doi"], pegging["topics"]) == (
        2000,
        "10.1000/aaai.2",
        ["Spring 2002"],
    )
    assert papers["A Marsh Model of Grasping in Clutter"]["url"] == "https://example.org/3.pdf"


def test_a_spanish_key_concepts_line_is_no_title() -> None:
    from papercli.importers.digest.records import FIELD_LABEL

    assert FIELD_LABEL.match("Conceptos clave: Multi-head attention, positional encoding")
    assert FIELD_LABEL.match("Key concepts: attention")


def test_a_year_and_month_lead_and_the_links_odd_labels_leave_the_title() -> None:
    page = "## recommender system\n" + "".join(
        f"* _{date}_ {title} \\[[{label}](https://example.org/{k}.pdf)\\]"
        f" \\[[note](https://github.com/someone/papernote/blob/master/{k}.md)\\]\n"
        for k, (date, title, label) in enumerate(
            [
                ("2018.07", "Deep Content-User Embedding Model for Music Recommendation", "arxiv"),
                ("2017.08", "Deep & Cross Network for Ad Click Predictions", "arxiv"),
                ("2016.10", "Noise-Contrastive Estimation for Answer Selection", "semanticscholar"),
                ("2016.09", "Deep Neural Networks for YouTube Recommendations", "research"),
                ("1998.08", "Implicit Feedback for Recommender Systems", "aaai"),
            ]
        )
    )
    papers = _by_title(page)
    assert "Noise-Contrastive Estimation for Answer Selection" in papers
    assert "Deep Neural Networks for YouTube Recommendations" in papers
    assert not [title for title in papers if title[:1].isdigit() or title.endswith("]")]


def test_a_french_bibliography_with_guillemets_and_names_a_line_above() -> None:
    page = (
        "Moss, Ada, Ben Quill, et Cora Vance. 2012. \n"
        "« Folding Cameras for Wide Scenes in the Wild ». In \n"
        "Advances in Neural Information Processing Systems. Vol. 25. \n"
        "https://example.org/folding.pdf.\n"
        "Ode, D., E. Lark, et F. Rowe. 1998. \n"
        "« Pegging boards applied to language recognition ». \n"
        "Proceedings of the IEEE 86 (11): 2278‑2324. \n"
        "https://doi.org/10.1109/5.726791.\n"
        "Tamm, Gil. 2023. \n"
        "Understanding Shuffled Decks. The MIT Press. \n"
        "Pike, Hana, et Ivo Fenn. 2015. « A Marsh Model of Grasping in Clutter ». In ICLR.\n"
    )
    papers = _by_title(page)
    pegging = papers["Pegging boards applied to language recognition"]
    assert (pegging["authors"], pegging["year"]) == (["D. Ode", "E. Lark", "F. Rowe"], 1998)
    assert papers["Folding Cameras for Wide Scenes in the Wild"]["authors"] == [
        "Ada Moss",
        "Ben Quill",
        "Cora Vance",
    ]


def test_french_et_between_names_but_never_et_al() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Dupont et Martin") == ["Dupont", "Martin"]
    assert parse_names("Ada Moss et al. 2020") == ["Ada Moss"]


def test_importing_a_jabref_library_keeps_its_reading_state(
    cli: Callable[..., Result], tmp_path: Path
) -> None:
    import json

    library = tmp_path / "library.bib"
    library.write_text(
        "@Article{moss2017,\n  author = {Moss, Ada},\n  title = {Folding Cameras},\n"
        "  year = {2017},\n  groups = {Cameras},\n  readstatus = {read},\n"
        "  priority = {prio1},\n}\n",
        encoding="utf-8",
    )
    assert cli("import", str(library)).exit_code == 0
    listed = cli("list", "--json")
    assert listed.exit_code == 0
    (paper,) = json.loads(listed.stdout)
    assert (paper["status"], paper["priority"], paper["topics"]) == ("read", 3, ["Cameras"])


def test_a_yaml_published_date_gives_the_year_and_never_a_venue() -> None:
    entries = [
        ("Folding Cameras for Wide Scenes", "2021-03-05"),
        ("Pegging Boards for Language Models", "NeurIPS 2020"),
        ("Shuffled Decks and the Limits of Memory", "March 2022"),
    ]
    page = "papers:\n" + "".join(
        f"  - title: {title}\n    authors: Ada Moss\n    published: {when}\n"
        f"    url: https://arxiv.org/abs/2101.0000{k}\n"
        for k, (title, when) in enumerate(entries)
    )
    papers = _by_title(page)
    folding = papers["Folding Cameras for Wide Scenes"]
    # (a date is never a venue: the preprint its arXiv link names is its only one)
    assert (folding.get("venue"), folding["year"]) == ("arXiv", 2021)
    assert papers["Pegging Boards for Language Models"]["venue"] == "NeurIPS"
    assert papers["Shuffled Decks and the Limits of Memory"].get("venue") == "arXiv"
