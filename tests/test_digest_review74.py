"""Conventions shared by real pages read for errors in stop 74, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

from papercli.importers.names import parse_names
from papercli.importers.venues import find_venue_year


def test_links_labelled_before_a_byline_of_an_organisation_leave_the_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    line = (
        "- Pegging Boards for Language Models [[paper](http://www.roboticsproceedings.org/"
        "card17/p025.pdf), [video](https://youtu.be/abcdefgh)] by MIT."
    )
    cuts = {c.text for c in candidates(read_lines(line), 0)}
    assert "Pegging Boards for Language Models" in cuts


def test_a_video_beside_a_papers_pdf_is_not_its_link() -> None:
    page = (
        "## Papers\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2201.00001)\n"
        "- Pegging Boards for Language Models [[paper](http://www.roboticsproceedings.org/"
        "card17/p025.pdf)] [[video](https://youtu.be/abcdefgh)]\n"
        "- [Shuffled Decks and the Limits of Memory](https://arxiv.org/abs/2201.00003)\n"
    )
    board = _by_title(page)["Pegging Boards for Language Models"]
    assert board["pdf_url"] == "http://www.roboticsproceedings.org/card17/p025.pdf"
    assert "youtu" not in (board.get("url") or "")


def test_a_record_whose_only_link_is_a_video_is_still_no_paper() -> None:
    page = (
        "## Papers\n"
        "**Folding Cameras for Wide Scenes** \\\n"
        "*Ada Moss, Ben Quill* \\\n"
        "arXiv 2022. [[Paper](https://arxiv.org/abs/2201.00001)] \\\n"
        "\n"
        "**Pegging Boards for Language Models** \\\n"
        "*Cora Vance* \\\n"
        "arXiv 2022. [[Paper](https://arxiv.org/abs/2201.00002)] \\\n"
        "\n"
        "## Introductory Videos\n"
        "**Decks Explained for Everyone** \\\n"
        "*A Coffee Channel* \\\n"
        "[[Video](https://www.youtube.com/watch?v=abcdefgh)] \\\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
    ]


def test_a_schedule_that_files_papers_under_each_session_keeps_only_those() -> None:
    page = (
        'semester: "Fall 2024"\n'
        "sessions:\n"
        '  - date: "September 16th 2024"\n'
        '    title: "Refresher on Folding and Pegging"\n'
        '    presenter: "Dr. Moss"\n'
        "    papers:\n"
        '      - title: "Folding Cameras for Wide Scenes by Quill et al. 2020"\n'
        '        url: "https://arxiv.org/abs/2002.05368"\n'
        "    materials:\n"
        '      - title: "Bootcamp Lecture 4A"\n'
        '        url: "https://www.youtube.com/watch?v=abcdefgh"\n'
        "    background:\n"
        '      - title: "Dr. Moss\'s Lectures on Decks with Demos"\n'
        '        url: "https://moss.example.org/lectures/"\n'
        '  - date: "September 23rd 2024"\n'
        '    title: "Advanced Pegging Methods"\n'
        '    presenter: "Vance"\n'
        "    papers:\n"
        '      - title: "Pegging Boards for Language Models (Vance et al. 2022)"\n'
        '        url: "https://arxiv.org/abs/2203.02155"\n'
        '      - title: "Shuffled Decks and the Limits of Memory (Grey et al. 2020)"\n'
        '        url: "https://arxiv.org/abs/2009.01325"\n'
        '  - date: "September 30th 2024"\n'
        '    title: "Gradient Computation in Decks"\n'
        '    presenter: "Dr. Moss"\n'
    )
    papers = _by_title(page)
    assert {
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    } <= set(papers)
    # (a session without papers of its own still reads as one: "Gradient Computation in Decks")
    assert not {
        "Refresher on Folding and Pegging",
        "Advanced Pegging Methods",
        "Bootcamp Lecture 4A",
        "Dr. Moss's Lectures on Decks with Demos",
    } & set(papers)
    folding = papers["Folding Cameras for Wide Scenes"]
    assert folding["authors"] == ["Quill"]
    assert folding["year"] == 2020
    assert folding["arxiv_id"] == "2002.05368"


_TITLES = [
    "Learning Transferable Folding Policies with Diffusion Models",
    "Sparse Attention for Long-Context Pegging Agents",
    "Contrastive Pretraining of Deck Encoders for Card Retrieval",
    "Scaling Laws for Tangled Yarn Networks",
    "Robust Reward Models from Noisy Human Preferences",
    "Efficient Fine-Tuning of Vision Transformers for Cup Stacking",
]


def test_org_mode_links_and_headings_read_as_markdown() -> None:
    from papercli.importers.digest.blocks import org_to_markdown

    items = [
        f"- [ ] [[https://example.org/research/p{k}][{title}]] (Jan {k + 1}, 2025)\n"
        for k, title in enumerate(_TITLES)
    ]
    page = (
        "#+TITLE: Lab Reading List\n#+STARTUP: overview\n\n* 2025\n** Interpretability\n"
        + "".join(items[:3])
        + "** Alignment\n"
        + "".join(items[3:])
    )
    assert (
        "- [ ] [Sparse Attention for Long-Context Pegging Agents](https://example.org/research/p1)"
        in (org_to_markdown(page))
    )
    papers = _by_title(page)
    assert sorted(papers) == sorted(_TITLES)
    assert papers[_TITLES[0]]["url"] == "https://example.org/research/p0"
    assert "Alignment" in papers[_TITLES[4]]["topics"]


def test_an_org_queue_of_todo_headings_takes_its_citation_links_as_names_and_years() -> None:
    from papercli.importers.digest.blocks import org_to_markdown

    names = ["Moss et al.", "Quill & Vance", "Grey", "Hale et al.", "Iver", "Lorne et al."]
    assert org_to_markdown("* TODO A Title Here :nlp:\n* DONE B Title\n") == (
        "## A Title Here\n## B Title\n"
    )
    page = "".join(
        f"* TODO {title}\n[[cite:key{k}][{who} {2010 + k}: {' '.join(title.split()[:2])}]]\n"
        for k, (title, who) in enumerate(zip(_TITLES, names, strict=True))
    )
    papers = _by_title(page)
    assert sorted(papers) == sorted(_TITLES)
    assert papers[_TITLES[1]]["authors"] == ["Quill", "Vance"]
    assert papers[_TITLES[1]]["year"] == 2011


def test_markdown_bullets_are_no_org_headings() -> None:
    from papercli.importers.digest.blocks import org_to_markdown

    page = "* Folding Cameras for Wide Scenes\n* Pegging Boards for Language Models\n"
    assert org_to_markdown(page) == page


def test_ris_records_pasted_into_a_page_are_read_with_their_wrapped_titles() -> None:
    page = (
        "TY  - JOUR\n"
        "AU  - Moss, Ada\n"
        "AU  - Quill, Ben\n"
        "TI  - Folding Cameras for Wide Scenes: a study of many lenses and their\n"
        "      folds\n"
        "T2  - Card Journal\n"
        "PY  - 2021\n"
        "DO  - 10.1234/card.2021.001\n"
        "ER  - \n"
        "\n"
        "TY  - CONF\n"
        "AU  - Vance, Cora\n"
        "TI  - Pegging Boards for Language Models\n"
        "PY  - 2019\n"
        "UR  - https://example.org/peg\n"
        "ER  - \n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes: a study of many lenses and their folds",
        "Pegging Boards for Language Models",
    ]
    folding = papers["Folding Cameras for Wide Scenes: a study of many lenses and their folds"]
    assert folding["authors"] == ["Ada Moss", "Ben Quill"]
    assert folding["doi"] == "10.1234/card.2021.001"
    assert folding["year"] == 2021


def test_a_page_of_nicknamed_titles_cuts_two_word_names_and_two_word_titles_too() -> None:
    page = (
        "| 序号 | 论文标题 | 状态 |\n"
        "| --- | --- | --- |\n"
        "| 1 | [FCN - Folding Cameras for Wide Scenes](./Papers/1/) | 学习中 |\n"
        "| 2 | [PegNet - Pegging Boards for Language Models](./Papers/2/) | 待学习 |\n"
        "| 3 | [DeckNet - Shuffled Decks and the Limits of Memory](./Papers/3/) | 待学习 |\n"
        "| 4 | [Swin Lens - Hierarchical Folding Lenses](./Papers/4/) | 待学习 |\n"
        "| 5 | [SENet - Squeeze-and-Fold Networks](./Papers/5/) | 待学习 |\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Hierarchical Folding Lenses",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
        "Squeeze-and-Fold Networks",
    ]
    assert papers["Hierarchical Folding Lenses"]["alt_titles"] == ["Swin Lens"]


def test_a_pdf_file_name_after_a_title_is_no_part_of_it() -> None:
    page = (
        "# Related papers\n"
        "- [2012.06898] Folding Cameras for Wide Scenes\n"
        "- [1612.04010] Pegging Boards for Language Models\t1612.04010.pdf\t\n"
        "- [1703.04933] Shuffled Decks and the Limits of Memory\n"
        "- Approximate Folding with Gaussian Processes.pdf\n"
    )
    papers = _by_title(page)
    assert "Pegging Boards for Language Models" in papers
    assert not any(t.endswith("04010.pdf") for t in papers)


def test_a_venue_names_its_track_after_a_hyphen() -> None:
    assert find_venue_year("NAACL-HLT-DEMOS 2015: Accepted Submissions")[0] == "NAACL-HLT"
    assert find_venue_year("EMNLP-DEMOS 2016") == ("EMNLP", 2016)
    assert find_venue_year("ACL-SRW 2019") == ("ACL", 2019)
    assert find_venue_year("Awesome-Short 2019")[0] is None


def test_german_und_before_the_last_inverted_name() -> None:
    assert parse_names("Eger, S., Daxenberger, J., und Gurevych, I.") == [
        "S. Eger",
        "J. Daxenberger",
        "I. Gurevych",
    ]


def test_two_linked_titles_side_by_side_in_a_schedule_cell_are_two_papers() -> None:
    page = (
        "|Week|Date|Topic|Slides|\n"
        "|---|---|---|---|\n"
        "|2 |3/6 | [Folding Cameras for Wide Scenes and Narrow Ones]"
        "(https://openaccess.thecvf.com/a.pdf) | [1:pptx](https://www.dropbox.com/x) |\n"
        "|3 |3/13 | [Pegging Boards for Language Models](https://openaccess.thecvf.com/b.pdf) "
        "[Shuffled Decks and the Limits of Memory](https://arxiv.org/pdf/2602.02156) "
        "| [1:pptx](https://www.dropbox.com/y) |\n"
        "|4 |3/20 | [Dealing Cards to Robots in Real Time](https://ieeexplore.ieee.org/"
        "document/10965796/) [A Blog on Why Decks Matter](https://blog.example.org/decks) "
        "| [1:pptx](https://www.dropbox.com/z) |\n"
    )
    papers = _by_title(page)
    assert "Shuffled Decks and the Limits of Memory" in papers
    assert papers["Shuffled Decks and the Limits of Memory"]["arxiv_id"] == "2602.02156"
    assert "A Blog on Why Decks Matter" not in papers


def test_csl_json_gives_each_paper_its_container_and_issued_year() -> None:
    import json

    items = [
        {
            "author": [{"family": "Moss", "given": "Ada"}],
            "container-title": "Proceedings of the Card Conference",
            "id": f"moss{k}",
            "issued": {"date-parts": [[1998 + k]]},
            "title": title,
            "type": "paper-conference",
        }
        for k, title in enumerate(_TITLES[:4])
    ]
    papers = _by_title(json.dumps(items, indent=2))
    assert sorted(papers) == sorted(_TITLES[:4])
    first = papers[_TITLES[0]]
    assert first["year"] == 1998
    assert first["venue"] == "Proceedings of the Card Conference"
    assert first["authors"] == ["Ada Moss"]


def test_a_badgen_badge_alone_in_its_cell_names_the_venue() -> None:
    from papercli.importers.digest.blocks import badge_text

    assert badge_text("https://badgen.net/badge/color/ICLR/blue?label=") == "ICLR"
    assert badge_text("https://badgen.net/badge/venue/ACL%202020/green") == "venue ACL 2020"
    rows = "".join(
        f"| 2020/0{k + 1} | Nick{k} | [{title}](https://arxiv.org/abs/2001.0000{k}) | "
        f"![Static Badge](https://badgen.net/badge/color/{venue}/blue?label=) |\n"
        for k, (title, venue) in enumerate(
            zip(_TITLES[:3], ["ICLR", "ACL", "NeurIPS"], strict=True)
        )
    )
    page = "| Date | Name | Paper | Venue |\n| --- | --- | --- | --- |\n" + rows
    papers = _by_title(page)
    assert papers[_TITLES[1]]["venue"] == "ACL"


def test_a_comma_list_of_named_links_after_a_dated_title_is_no_part_of_it() -> None:
    page = "## Medical\n" + "".join(
        f"- `2024.0{k + 1}` {title}, [Some Lab](https://lab.example.org/{k}), "
        f"[arXiv](https://arxiv.org/abs/2402.1325{k}), [Hugging Face](https://hf.example.org/{k})\n"
        for k, title in enumerate(_TITLES[:4])
    )
    assert sorted(_by_title(page)) == sorted(_TITLES[:4])


def test_a_nickname_glued_to_the_title_in_parentheses_is_moved_aside() -> None:
    from papercli.importers.digest.candidates import without_nickname

    assert without_nickname("Towards Expert Folding with Large Language Models(Fold-PaLM 2)") == (
        "Towards Expert Folding with Large Language Models",
        "Fold-PaLM 2",
    )
    assert without_nickname("Improved Baselines with GPT-4V(ision)")[1] is None


def test_an_arxiv_id_beside_the_title_names_no_venue_over_the_pages_own() -> None:
    page = "# ACL2025 论文笔记 TODO\n\n" + "".join(
        f"- [x] [{title}](notes/p{k}.md) | arXiv: 250{k}.1317{k}\n"
        for k, title in enumerate(_TITLES[:4])
    )
    papers = _by_title(page)
    assert {p["venue"] for p in papers.values()} == {"ACL"}
    assert papers[_TITLES[0]]["arxiv_id"] == "2500.13170"


def test_japanese_hoka_is_et_al() -> None:
    assert parse_names("Ada Moss, Ben Quill ほか（コーネル大学）") == ["Ada Moss", "Ben Quill"]


def test_a_data_files_topics_list_gives_topics_and_a_book_tag_makes_no_paper() -> None:
    page = "".join(
        f"- year: {2020 + k}\n  title: {title}\n  url: https://arxiv.org/abs/2103.1567{k}\n"
        f"  topics:\n  - Bayesian Learning\n  - {'Book' if k == 3 else 'Diffusion'}\n\n"
        for k, title in enumerate(_TITLES[:4])
    )
    papers = _by_title(page)
    assert sorted(papers) == sorted(_TITLES[:3])
    assert papers[_TITLES[0]]["topics"] == ["Bayesian Learning", "Diffusion"]


def test_emoji_marks_after_a_bracketed_link_label_leave_the_title() -> None:
    page = "".join(
        f'<details><summary>{title} (2023) [<a href="https://arxiv.org/abs/2311.0101{k}">'
        f"Paper</a>] ⭐ 💸</summary>\n\nA quote from the abstract.\n\n</details>\n\n"
        for k, title in enumerate(_TITLES[:4])
    )
    assert sorted(_by_title(page)) == sorted(_TITLES[:4])


def test_yaml_list_items_written_as_flow_mappings_are_entries() -> None:
    page = (
        'legend:\n  - { grade: "A",  label: "Deep read" }\n  - { grade: "B",  label: "Skim" }\n\n'
        'categories:\n  - name: "Architectures"\n    subtopics:\n      - name: "Attention"\n'
        "        papers:\n"
        + "".join(
            f'          - {{ year: {2020 + k}, title: "{title}", note: "A note, with a comma.", '
            f'grade: "B", url: "https://arxiv.org/abs/2104.0986{k}" }}\n'
            for k, title in enumerate(_TITLES[:4])
        )
    )
    papers = _by_title(page)
    assert sorted(papers) == sorted(_TITLES[:4])
    assert papers[_TITLES[2]]["year"] == 2022
    assert papers[_TITLES[2]]["arxiv_id"] == "2104.09862"
    assert papers[_TITLES[2]]["topics"] == ["Attention"]


def test_a_paper_tagged_dataset_is_still_a_paper() -> None:
    page = "".join(
        f"- year: {2020 + k}\n  title: {title}\n  url: https://arxiv.org/abs/2103.1567{k}\n"
        f"  tags:\n  - {'dataset' if k == 1 else 'vision'}\n\n"
        for k, title in enumerate(_TITLES[:4])
    )
    assert sorted(_by_title(page)) == sorted(_TITLES[:4])


def test_a_roman_numbered_line_over_a_list_is_its_section() -> None:
    page = (
        "# Research\n\n"
        "I. Understanding and Reasoning\n"
        "How models read.\n"
        "I.1 Contextual Understanding: Long Inputs\n"
        + "".join(f"- {title} (ICLR 2025)\n" for title in _TITLES[:3])
        + "I.2 Reasoning\n"
        + "".join(f"- {title} (NeurIPS 2024)\n" for title in _TITLES[3:])
    )
    papers = _by_title(page)
    assert papers[_TITLES[0]]["topics"][-1] == "I.1 Contextual Understanding: Long Inputs"
    assert papers[_TITLES[4]]["topics"][-1] == "I.2 Reasoning"


def test_a_bibtex_note_naming_an_arxiv_preprint_number_gives_its_id() -> None:
    from papercli.importers.bibtex import parse_bibtex

    entry = (
        "@article{moss2022fold,\n  title={Folding Cameras for Wide Scenes},\n"
        "  author={Moss, Ada and Quill, Ben},\n  journal={Neural Information Processing Systems},\n"
        "  year={2022},\n  note={To appear; arXiv preprint 2206.09012.}\n}\n"
    )
    (paper,) = parse_bibtex(entry, None).papers
    assert paper.arxiv_id == "2206.09012"


def test_a_plain_label_with_a_colon_over_a_list_of_papers_is_its_section() -> None:
    page = (
        "#### 2016-11 (Card 2017)\n\nFolding and Pegging:\n\n"
        + "".join(
            f"- {title} [[OpenReview](http://openreview.net/forum?id=Bk{k}sCIcgl)]\n"
            for k, title in enumerate(_TITLES[:3])
        )
        + "\nCard Games:\n\n"
        + "".join(
            f"- {title} [[OpenReview](http://openreview.net/forum?id=Hy{k}25Mqel)]\n"
            for k, title in enumerate(_TITLES[3:])
        )
    )
    papers = _by_title(page)
    assert papers[_TITLES[0]]["topics"][-1] == "Folding and Pegging"
    assert papers[_TITLES[5]]["topics"][-1] == "Card Games"


def test_bracketed_link_labels_after_a_year_tag_leave_the_title_whatever_their_words() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    line = (
        "* How to Evaluate Folding Models for Cards `2024` [[arxiv](https://arxiv.org/pdf/"
        "2410.14872)] [[Leaderboard](https://board.example.org/peg)]"
    )
    cuts = {c.text: c.how for c in candidates(read_lines(line), 0)}
    # the cut before the links' labels, the year tag before them aside
    assert "before_bracket" in cuts["How to Evaluate Folding Models for Cards"]


def test_a_script_of_paper_objects_under_named_lists_gives_each_its_section() -> None:
    def objects(titles: list[str]) -> str:
        return "".join(
            f"    {{\n      title: '{title}',\n      authors: 'A. Moss & B. Quill',\n"
            f"      venue: 'Card Journal',\n      year: '2020',\n    }},\n"
            for title in titles
        )

    page = (
        "export const readings: Record<string, Reading[]> = {\n"
        "  'Foundational Literature': [\n" + objects(_TITLES[:3]) + "  ],\n\n"
        "  Distribution: [\n" + objects(_TITLES[3:]) + "  ],\n};\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == sorted(_TITLES)
    assert papers[_TITLES[0]]["topics"] == ["Foundational Literature"]
    assert papers[_TITLES[4]]["topics"] == ["Distribution"]
