"""Layouts of real pages read for errors in stop 30, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_heading_over_a_labelled_title_names_a_topic_not_a_paper() -> None:
    entries = [
        ("Sequence-to-Hand Models", "Counting Cribbage Hands with Learned Tables"),
        ("Discard Ranking Networks", "CribRank: Ranking Discards Before the Cut"),
        ("Attention Mechanism", "Attention Over Cards for Cribbage Play"),
    ]
    blocks = [
        f"### {n}. **{heading}**\n\n- **Title**: {title}\n- **Authors**: Ada Moss, Di Nob\n"
        f"- **Year**: 2019\n- **Summary**: Introduced {heading.split()[0]}, a milestone.\n"
        f"- **Link**: [arXiv](https://arxiv.org/abs/1901.0000{n})\n"
        for n, (heading, title) in enumerate(entries, start=1)
    ]
    page = "# Card Game Reading Lists\n\n## Cribbage\n\n" + "\n".join(blocks)
    got = [(p["title"], p["authors"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        (title, ["Ada Moss", "Di Nob"], f"1901.0000{n}")
        for n, (_, title) in enumerate(entries, start=1)
    ]


def test_a_link_citing_title_then_surnames_and_year_gives_the_title_and_its_authors() -> None:
    entries = [
        ("Counting cribbage hands with learned tables", "Moss, Peg and Crib", 1986),
        ("Discard ranking before the cut", "Nob and Pone", 1987),
        ("Opponent models for the pegging phase", "Crib, Moss and Hand", 1985),
        ("Endgame play in two player cribbage", "Peg et al.", 2003),
    ]
    page = "\n\n".join(
        f"[{title}. {names} ({year})](http://cards.example/p{n}.pdf)"
        for n, (title, names, year) in enumerate(entries)
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Counting cribbage hands with learned tables", ["Moss", "Peg", "Crib"], 1986),
        ("Discard ranking before the cut", ["Nob", "Pone"], 1987),
        ("Opponent models for the pegging phase", ["Crib", "Moss", "Hand"], 1985),
        ("Endgame play in two player cribbage", ["Peg"], 2003),
    ]


def test_a_cut_before_names_never_leaves_a_title_ending_in_of() -> None:
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import _without_authors

    line = "The Design and Implementation of Datagram TLS Ada Moss, Ben Peg"
    whole = Candidate(line, 0, {"whole"}, score=0.5)
    cut = Candidate(line[:32], 0, {"before_names"}, rest=line[33:], score=0.4)
    assert cut.text == "The Design and Implementation of"
    assert _without_authors(whole, [whole, cut]) is whole


def test_the_date_after_a_title_is_its_year_not_part_of_it() -> None:
    entries = [
        ("Counting Cribbage Hands with Learned Tables, 18 June 2021", "2106.09876"),
        ("Discard Ranking for Two Player Cribbage: A Survey, Feb 27, 2019", "1902.00111"),
        ("Opponent Models for the Pegging Phase of Cribbage, 3 Mar 2020", "2003.01234"),
    ]
    page = "## Cribbage papers\n\n" + "\n\n".join(
        f"[***{title}***](https://arxiv.org/abs/{arxiv_id})\n\nA short note on the method."
        for title, arxiv_id in entries
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Counting Cribbage Hands with Learned Tables", 2021),
        ("Discard Ranking for Two Player Cribbage: A Survey", 2019),
        ("Opponent Models for the Pegging Phase of Cribbage", 2020),
    ]


def test_a_docs_page_copied_with_permalink_signs_gives_each_paper_its_section() -> None:
    page = "\n".join(
        [
            "Key Papers in Cribbage¶",
            "A reading list of papers on cribbage, by topic.",
            "Counting¶",
            "-",
            "Counting Cribbage Hands with Learned Tables — Moss et al., ICML 2019. (essential) "
            "The first counting model.",
            "-",
            "Fifteen Two: Exact Hand Scores in Linear Time — Peg et al., 2020. A faster count.",
            "Pegging¶",
            "-",
            "Opponent Models for the Pegging Phase of Cribbage — Crib et al., NeurIPS 2021. "
            "Models of the other player.",
            "-",
            "Go or No Go: Pegging Decisions Under Partial Information — Nob et al., 2022. "
            "When to say go.",
        ]
    )
    got = [(p["title"], p["authors"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("Counting Cribbage Hands with Learned Tables", ["Moss"], ["Counting"]),
        ("Fifteen Two: Exact Hand Scores in Linear Time", ["Peg"], ["Counting"]),
        ("Opponent Models for the Pegging Phase of Cribbage", ["Crib"], ["Pegging"]),
        ("Go or No Go: Pegging Decisions Under Partial Information", ["Nob"], ["Pegging"]),
    ]


def test_a_title_of_words_ending_like_prioritized_or_experience_is_no_name() -> None:
    from papercli.importers.names import looks_like_name_list

    assert looks_like_name_list("Prioritized Experience Replay, Schaul et al") == 0.0
    assert looks_like_name_list("Randomized Audience Sampling") < 0.5
    assert looks_like_name_list("Lawrence Page, Clarence Ellis") == 1.0
    page = "\n".join(
        [
            "[1]Counting Cribbage Hands with Learned Tables, Moss et al, 2013. Algorithm: CHT.",
            "[2]Opponent Models for the Pegging Phase, Peg and Crib, 2015. Algorithm: OMP.",
            "[3]Randomized Discard Experience, Nob et al, 2015. Algorithm: Randomized Discard "
            "Experience (RDE).",
            "[4]Fifteen Two: Exact Hand Scores in Linear Time, Hand et al, 2017. Algorithm: F2.",
        ]
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert ("Randomized Discard Experience", ["Nob"]) in got
    assert not [title for title, _ in got if title.startswith("Algorithm")]


def test_a_lettered_section_line_names_the_topic_of_the_entries_under_it() -> None:
    page = "\n\n".join(
        [
            "Key Papers in Cribbage",
            "a. Hand Counting",
            "[1]Counting Cribbage Hands with Learned Tables, Moss et al, 2013. Algorithm: CHT.\n"
            "[2]Fifteen Two: Exact Hand Scores in Linear Time, Hand et al, 2017. Algorithm: F2.",
            "b. Pegging Play",
            "[3]Opponent Models for the Pegging Phase, Peg and Crib, 2015. Algorithm: OMP.\n"
            "[4]Pegging Decisions Under Partial Information, Nob et al, 2016. "
            "Algorithm: GNG.",
        ]
    )
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("Counting Cribbage Hands with Learned Tables", ["Hand Counting"]),
        ("Fifteen Two: Exact Hand Scores in Linear Time", ["Hand Counting"]),
        ("Opponent Models for the Pegging Phase", ["Pegging Play"]),
        ("Pegging Decisions Under Partial Information", ["Pegging Play"]),
    ]


def test_a_list_titled_nearly_throughout_titles_its_plainer_lines_too() -> None:
    titles = [
        "Counting Cribbage Hands with Learned Tables",
        "Opponent Models for the Pegging Phase of Cribbage",
        "Fifteen Two: Exact Hand Scores in Linear Time",
        "CribNet: Ranking Discards Before the Cut",
        "Learning When to Say Go in Two Player Cribbage",
        "Muggins: Catching Missed Points with Vision Models",
        "Recurrent Peg Generators",
        "Infinite Crib Transformers",
        "Deep Learning on Card Groups for Hand Recognition",
        "Nobs and Heels: Rare Points in Cribbage Play",
        "Skunk Lines: Measuring Margins of Victory in Cribbage",
        "Board Games with Card Play: A Survey of Counting Games",
        "Street Cribbage: Variants and Their Strategies",
        "The Crib as a Second Hand: Value Estimates",
        "Pegging endgames with transformers",
    ]
    presenters = ["민국", "승욱", "우현", "지예"]
    page = "# 2021 September\n## Full List of papers - updated weekly\n" + "\n".join(
        f"* {title} ([{presenters[n % 4]}](./summary/s_{n:02d}.md))"
        for n, title in enumerate(titles)
    )
    assert [p["title"] for p in _papers(page)] == titles


def test_a_title_in_low_opening_quotes_is_read() -> None:
    page = "\n\n".join(
        [
            "The Cribbage Test of Time Award for Ada Moss and her team",
            "A major award was presented to Ada Moss and her team at the CardConf meeting. "
            "The paper, titled „Counting Cribbage Hands with Learned Tables and Exact Search,“ "
            "which appeared back in 2013, has been cited many times.",
            "SOURCE: a press release",
        ]
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [("Counting Cribbage Hands with Learned Tables and Exact Search", 2013)]


def test_a_chinese_section_name_under_a_paper_is_not_its_author() -> None:
    page = "\n\n".join(
        [
            "某大学某教授:纸牌游戏计数模型综述",
            "近日,某大学的老师等人发布了综述 Counting Models for Cribbage: A Survey ,"
            "从背景、分类到应用对计数模型做了详细的介绍。",
            "论文标题: Counting Models for Cribbage: A Survey",
            "论文链接: https://arxiv.org/abs/2003.08271",
            "背景",
            "2.1 计数模型",
        ]
    )
    (paper,) = _papers(page)
    assert paper["title"] == "Counting Models for Cribbage: A Survey"
    assert paper["arxiv_id"] == "2003.08271"
    assert paper["authors"] == []


def test_an_italic_journal_before_its_volume_and_pages_is_the_venue() -> None:
    page = "\n\n".join(
        [
            "## References",
            "Moss, A. B. Counting cribbage hands with learned tables. _Card Games Quarterly_ "
            "20, 121–136 (1975). https://doi.org/10.1007/BF00342633",
            "Peg, C. Opponent models for the pegging phase. _Biol. Cardplay_ 36, 193–202 (1980). "
            "https://doi.org/10.1007/BF00344251",
            "Crib, D. & Nob, E. Discard ranking before the cut. _J. Games_ 9(11):2579-2605 (2008).",
        ]
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Counting cribbage hands with learned tables", "Card Games Quarterly", 1975),
        ("Opponent models for the pegging phase", "Biol. Cardplay", 1980),
        ("Discard ranking before the cut", "J. Games", 2008),
    ]


def test_a_title_whose_first_words_join_its_colon_span_keeps_them() -> None:
    page = "\n".join(
        [
            "[1]Counting Cribbage Hands with Learned Tables, Moss et al, 2013. Algorithm: CHT.",
            "[2]Opponent Models for the Pegging Phase, Peg and Crib, 2015. Algorithm: OMP.",
            "[3]Go or No Go: Pegging Decisions Under Partial Information, Nob et al, 2016. "
            "Algorithm: GNG.",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles[2] == "Go or No Go: Pegging Decisions Under Partial Information"


def test_a_workshop_named_before_its_main_venue_and_ieee_vr_are_venues() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("# DLP-KDD 2020") == ("KDD", 2020)
    assert find_venue_year("3. IEEE VR 2019, [Title](url)") == ("IEEE VR", 2019)
    assert find_venue_year("ISMAR 2021") == ("ISMAR", 2021)
    assert find_venue_year("GPT-ACL") == (None, None)  # no year: a name, not a workshop
    assert find_venue_year("ECML-PKDD 2019") == ("ECML-PKDD", 2019)


def test_an_accepted_papers_export_keeps_names_typed_in_one_case() -> None:
    from papercli.importers.names import parse_names

    line = (
        "Ada Moss (University of Cribbage)*; ben peg (cardgroup); Cy Crib (Peg Lab); "
        "NOB DANA (City University)"
    )
    assert parse_names(line) == ["Ada Moss", "ben peg", "Cy Crib", "NOB DANA"]
    assert parse_names("the paper (2019); see also (2020)") == []


def test_the_accepted_papers_pattern_is_linear_on_hostile_input() -> None:
    from papercli.importers.names import parse_names

    # ambiguous spaces once made the whole-line pattern try every split (2^n)
    assert parse_names("ab (b); " * 400 + "x") == []
    assert parse_names("Ada Moss (U); " * 400 + "x") == ["Ada Moss"] * 400


def test_headings_of_a_title_then_its_authors_name_each_paper() -> None:
    entries = [
        ("An adaptive approach for discard selection in cribbage", "Ada Moss, Ben Peg and Cy Crib"),
        ("Learning over card data using counting features", "Di Nob, Ed Pone and Flo Hand"),
        ("A unified neural network approach to pegging relevance", "Gus Cut, Hal Box and Ivy Run"),
        ("Click prediction with the user memory of the crib", "Jo Skunk and Kai Heel"),
    ]
    page = "# CardConf Workshop 2020\n\n### List\n\n" + "\n\n".join(
        f"### {n}、{title}. {names}\n- 重点词：纸牌\n[LINK:] https://cards.example/a{n}.pdf"
        for n, (title, names) in enumerate(entries, start=1)
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [(title, names.replace(" and ", ", ").split(", ")) for title, names in entries]


def test_an_html_card_whose_link_wraps_its_heading_puts_the_link_on_the_heading() -> None:
    from papercli.importers.digest.blocks import html_to_markdown

    card = (
        '<div class="paper-item"><a href="https://arxiv.org/abs/2503.03437" target="_blank">'
        "<h3>CribNet: Ranking Discards Before the Cut</h3><p>CardConf 2025</p>"
        "<p>报告人：张三</p></a></div>"
    )
    lines = [line for line in html_to_markdown(card).split("\n") if line]
    assert lines == [
        "### [CribNet: Ranking Discards Before the Cut](https://arxiv.org/abs/2503.03437)",
        "CardConf 2025",
        "报告人：张三",
    ]
    inline = html_to_markdown('<p>See <a href="https://x.example/p">the paper</a>.</p>')
    assert "[the paper](https://x.example/p)" in inline
