"""Conventions shared by real pages read for errors in stop 75, written afresh with made-up
titles and names."""

from __future__ import annotations

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
