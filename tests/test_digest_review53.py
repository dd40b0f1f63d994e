"""Conventions shared by several real pages read for errors in stop 53, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_wrapped_comment_under_a_paper_names_no_section() -> None:
    # a two-line remark under an entry, its second line in lower case: the remark goes on, and
    # the papers below stay in the section named above them
    page = (
        "A few papers on folding cameras, in the order I would read them.\n\n"
        "Recommended Reading Order\n\n"
        "1. Folding Cameras for Wide Scenes (Moss et al., 2017)\n"
        "> The original folding paper. Covers hinges,\n"
        "> lenses and the wide-scene decoder\n"
        "2. Quiet Tokens Speak Louder in Sparse Decoders (Lee et al., 2018)\n"
        "> Great intuition builder for understanding\n"
        "> tokens and boards before diving into code\n"
        "3. Pegging Boards for Language Models (Yu et al., 2019)\n"
        "> A second board paper\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Pegging Boards for Language Models",
    ]
    assert [p["topics"] for p in papers] == [["Recommended Reading Order"]] * 3


def test_a_field_under_the_fields_of_the_paper_above_names_no_section() -> None:
    # "Further reading: A, B" closes the fields of the paper above ("Authors:", "Takeaway:"):
    # it is no section heading of the paper after it
    page = (
        "Foundational papers\n\n"
        "Folding Cameras for Wide Scenes (2017)\n"
        "Authors: Moss et al.\n"
        "Takeaway: Shows how hinges and lenses give wide scenes.\n"
        "Further reading: Hinge blog, Illustrated lenses\n\n"
        "Quiet Tokens Speak Louder in Sparse Decoders (2018)\n"
        "Authors: Lee et al.\n"
        "Takeaway: Demonstrates that quiet tokens carry the signal.\n"
        "Further reading: Token overview, Visual guide\n\n"
        "Pegging Boards for Language Models (2019)\n"
        "Authors: Yu et al.\n"
        "Takeaway: Pegging boards help.\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Pegging Boards for Language Models",
    ]
    assert all("Further" not in " ".join(p["topics"]) for p in papers)
    assert [p["authors"] for p in papers] == [["Moss"], ["Lee"], ["Yu"]]


def test_a_paper_named_again_with_its_venue_takes_it_over_the_preprint() -> None:
    # named first by its arXiv link alone, then again as "…, ICML 2018": where it appeared
    page = (
        "## Imitation\n\n"
        "* [Hierarchical Imitation and Reinforcement Learning](https://arxiv.org/abs/1803.00590)"
        " by Ada Moss, Ben Lee, 2018.\n"
        "* [Associate Latent Cribbage](https://example.org/crib.pdf) by Cy Yin, 2017.\n"
        "* [Quiet Tokens Speak Louder](https://arxiv.org/abs/1803.00591) by Di Ro, 2019.\n\n"
        "## Hierarchical methods\n\n"
        "* [Hierarchical Imitation and Reinforcement Learning](https://arxiv.org/abs/1803.00590),"
        " by Ada Moss, Ben Lee, ICML 2018.\n"
    )
    got = {p["title"]: (p["venue"], p["year"]) for p in _papers(page)}
    assert got["Hierarchical Imitation and Reinforcement Learning"] == ("ICML", 2018)
    assert got["Quiet Tokens Speak Louder"] == ("arXiv", 2019)


def test_surnames_after_a_nickname_and_a_dash_are_the_quoted_titles_authors() -> None:
    page = (
        '1. **Parafolder** — Gao et al., "Parafolder: Fast Folding Cameras for Wide Scenes",'
        " Interspeech 2022\n"
        '2. **QTQ** — Lin and Moss, "QTQ: Quiet-Token-aware Weight Quantization", MLSys 2024\n'
        '3. **Peg** — Radford et al., "Robust Pegging via Large-Scale Weak Boards", ICML 2023\n'
    )
    got = [(p["title"], p["authors"], p["venue"]) for p in _papers(page)]
    assert got == [
        ("Parafolder: Fast Folding Cameras for Wide Scenes", ["Gao"], "Interspeech"),
        ("QTQ: Quiet-Token-aware Weight Quantization", ["Lin", "Moss"], "MLSys"),
        ("Robust Pegging via Large-Scale Weak Boards", ["Radford"], "ICML"),
    ]


def test_names_in_an_italic_line_before_an_unknown_venue_are_the_authors() -> None:
    page = (
        "1. **[Folding Cameras in the Age of Deep Learning](https://example.org/PMC7442512/).**\n"
        "   _Udo Hahn and Michel Oleynik._ Yearbook of Folding Informatics 2020.\n\n"
        "2. **[Named Entity Recognition for Quiet Tokens](https://arxiv.org/abs/2001.00001).**\n"
        "   _Ada Moss, Ben Lee and Cy Yin._ arXiv 2020.\n\n"
        "3. **[Pegging Boards in Sparse Decoders](https://arxiv.org/abs/2001.00002).**\n"
        "   _Di Ro and Ed Fu._ ACL 2020.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got[0] == ("Folding Cameras in the Age of Deep Learning", ["Udo Hahn", "Michel Oleynik"])
    assert got[1][1] == ["Ada Moss", "Ben Lee", "Cy Yin"]


def test_a_sentence_saying_whose_paper_it_is_gives_its_authors() -> None:
    page = (
        "Five papers every data scientist should read\n\n"
        "1. Folding Cameras: Finding Sparse, Trainable Wide Scenes\n"
        "This paper by Jonathan Frankle and Michael Carbin outlines how to fold cameras.\n\n"
        "2. Releasing the Grip of Quiet Tokens\n"
        "This paper by Ada Moss and Ben Lee shows how quiet tokens speak.\n\n"
        "3. Pegging Boards for Sparse Decoders\n"
        "The paper by Cy Yin, Di Ro and Ed Fu explains pegging.\n"
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert got["Releasing the Grip of Quiet Tokens"] == ["Ada Moss", "Ben Lee"]
    assert got["Pegging Boards for Sparse Decoders"] == ["Cy Yin", "Di Ro", "Ed Fu"]


def test_a_pages_template_calls_take_the_venue_the_page_announces() -> None:
    # a site's include boxes give each paper's title and authors; the page's own title says
    # which conference's awards they are, and an HTML entity in a title is read
    page = (
        "---\n"
        'title: "Announcing the NAACL 2022 Best Paper Awards!"\n'
        "---\n\n"
        "We recognize the following papers with best paper awards.\n\n"
        + "".join(
            "{% include best-paper-box\n"
            f'title="{title}"\n'
            f'authors="{authors}"\n'
            'category="Best new task"\n'
            "%}\n"
            for title, authors in (
                ("Automatic Correction of Folding Cameras", "Ada Moss, Ben Lee"),
                ("QTQ: Mixing Quiet Tokens with Fourier Boards", "Cy Yin"),
                ("NeuroPeg A&#42;esque Decoding with Pegging Boards", "Di Ro, Ed Fu"),
            )
        )
    )
    papers = _papers(page)
    assert [p["topics"] for p in papers] == [["Best new task"]] * 3  # each box's category
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in papers]
    assert got == [
        ("Automatic Correction of Folding Cameras", ["Ada Moss", "Ben Lee"], "NAACL", 2022),
        ("QTQ: Mixing Quiet Tokens with Fourier Boards", ["Cy Yin"], "NAACL", 2022),
        ("NeuroPeg A*esque Decoding with Pegging Boards", ["Di Ro", "Ed Fu"], "NAACL", 2022),
    ]
