"""Conventions shared by real pages read for errors in stop 72, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title


def test_footnote_definitions_with_word_labels_are_references() -> None:
    page = (
        "How do cards learn? Some notes.\n\n"
        "[^CARD]: Ada Moss, Ben Quill, Cora Vance. Folding Cameras for Wide Scenes. "
        "International Conference on Learning Representations (ICLR), 2022.\n\n"
        "[^PEG]: Dan Eske and Eve Lorne. Pegging Boards for Language Models. arXiv preprint, "
        "2021.\n\n"
        "[^7]: Finn Grey, Gus Hale. Shuffled Decks and the Limits of Memory. Neural Information "
        "Processing Systems (NeurIPS), 2020.\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    card = papers["Folding Cameras for Wide Scenes"]
    assert card["authors"] == ["Ada Moss", "Ben Quill", "Cora Vance"]
    assert (card["venue"], card["year"]) == ("ICLR", 2022)
    # (the label is no topic of the paper)
    assert not any("CARD" in topic for topic in card["topics"])
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Dan Eske", "Eve Lorne"]


def test_a_citation_after_a_title_then_a_summary_ends_the_title() -> None:
    page = (
        "# Papers\n\nEach entry: title, year, one-line summary.\n\n"
        "## Foundations\n\n"
        "Folding Cameras for Wide Scenes (Moss et al., 2017) The camera paper. Folds, hinges and "
        "lenses. Why read it: every card camera is built on this.\n\n"
        "Pegging Boards: Counting for Language Models (Eske et al., 2020, PEG-3) Shows that boards "
        "count. Why read it: explains why counting works.\n\n"
        "## Memory\n\n"
        "Shuffled Decks and the Limits of Memory (Grey and Hale, 2021) Fine-tune only the deck. "
        "Why read it: the cheapest way to remember.\n\n"
        "Quiet Tokens Speak Louder in Sparse Decoders (Vance et al., 2023) Model learns when to "
        "listen. Why read it: explains the quiet token pattern.\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards: Counting for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Shuffled Decks and the Limits of Memory"]["topics"][-1] == "Memory"


def test_where_a_paper_comes_from_in_brackets_is_no_part_of_its_title() -> None:
    page = (
        "# Papers I liked\n\n"
        "* Folding Cameras: Wide Scenes Are All You Need (a fully open card camera) "
        "[paper](https://arxiv.org/pdf/2312.02120.pdf), [code](https://github.com/ada/cam)\n"
        "* Pegging Boards for Language Models (from Quill Labs) "
        "[paper](https://arxiv.org/pdf/2311.13581.pdf)\n"
        "* Shuffled Decks and the Limits of Memory (from Hale AI) (Oral) "
        "[paper](https://arxiv.org/abs/2312.04474)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras: Wide Scenes Are All You Need",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2311.13581"


def test_a_numbered_reference_list_with_double_quoted_titles_after_the_year() -> None:
    page = (
        "Send us your position paper!\n\n\n"
        '[1] Moss, Quill et al. (2025). "Folding Cameras for Wide Scenes." In *The Handbook '
        "of Card Cameras*.\n"
        '[2] Eske, Lorne, Vance et al. (2024). "Pegging Boards? Counting Coverage in Language '
        'Models." Preprint.\n'
        "[3] [Shared task](https://example.org/events/shared-task/)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards? Counting Coverage in Language Models",
    ]
    card = papers["Folding Cameras for Wide Scenes"]
    assert (card["venue"], card["year"]) == ("The Handbook of Card Cameras", 2025)
