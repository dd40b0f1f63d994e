"""Layouts of real pages read for errors in stop 34, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from tests.conftest import digest_papers as _papers


def _fields(text: str) -> list[tuple[Any, ...]]:
    return [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(text)]


def test_a_dated_header_naming_the_authors_heads_the_title_below_it() -> None:
    page = (
        "The Cribbage Influential Paper Award recognizes the paper from the CRIB proceedings "
        "15 years earlier that has had the most impact on the field.\n"
        "Previous winners\n"
        "2020 (For ISCA 2005): Ada Moss, Ben T. Rowe, Cy Lund\n"
        "Pegging in Multi-Core Games: Understanding Mechanisms and Scaling.\n"
        "2019 (For ISCA 2004): Dee Crane, Eli Hollis\n"
        "Crib Coherence and Consistency.\n"
        "2018 (For ISCA 2003): Fay Nob, Gil Tally and Hal Muggins\n"
        "Skunk-aware microarchitecture for card tables.\n"
    )
    assert _fields(page) == [
        (
            "Pegging in Multi-Core Games: Understanding Mechanisms and Scaling",
            ["Ada Moss", "Ben T. Rowe", "Cy Lund"],
            "ISCA",
            2005,
        ),
        ("Crib Coherence and Consistency", ["Dee Crane", "Eli Hollis"], "ISCA", 2004),
        (
            "Skunk-aware microarchitecture for card tables",
            ["Fay Nob", "Gil Tally", "Hal Muggins"],
            "ISCA",
            2003,
        ),
    ]


def test_an_award_years_names_over_a_title_led_by_the_papers_year() -> None:
    page = (
        "Most Influential PLDI Paper Award\n\n"
        "Presented annually to the author(s) of a paper presented at the PLDI held 10 years "
        "prior to the award year.\n\n"
        "2014: Ada M. Moss\n\n"
        "(for 2004) Scalable Lock-Free Card Shuffling\n\n"
        "Moss's PLDI'04 paper is considered a landmark in shuffling for multithreaded games.\n\n"
        "2013: Ben Rowe, Cy Lund, and Dee E. Crane\n\n"
        "(for 2003) The crib language: A holistic approach to networked card tables\n\n"
        "This is the first publication to describe the design of the crib language.\n"
    )
    assert _fields(page) == [
        ("Scalable Lock-Free Card Shuffling", ["Ada M. Moss"], "PLDI", 2004),
        (
            "The crib language: A holistic approach to networked card tables",
            ["Ben Rowe", "Cy Lund", "Dee E. Crane"],
            "PLDI",
            2003,
        ),
    ]


def test_a_run_of_bare_title_lines_titles_its_sentence_case_lines_too() -> None:
    page = "".join(
        line + "\n"
        for line in [
            "Card Games Hall of Fame series",
            "The Structure of the Cribbage Multiprogramming System",
            "The Working Set Model for Card Tables",
            "Hints for Card Game Design",
            "Safe Deck Extensions Without Run-Time Checking",
            "an exercise in distributed shuffling",
            "Implementing Remote Pegging Calls",
            "End-To-End Arguments in Card Game Design",
            "Implementing Fault-Tolerant Dealers Using the State Machine Approach: A Tutorial",
            "Scale and performance in a distributed deck",
            "The Multics Virtual Deck: Concepts and Design",
            "Leases: An Efficient Fault-Tolerant Mechanism for Distributed Deck Consistency",
            "Experience with dealers and monitors in Mesa",
            "VAXdecks: A Closely-Coupled Distributed Card Table",
            "Using Encryption for Authentication in Large Networks of Card Players",
            "Crash Recovery in a Distributed Crib Storage System",
            "Why Do Card Tables Stop and What Can Be Done About It?",
            "On optimistic methods for concurrency in card play",
            "Distributed Snapshots: Determining Global States of a Card Table",
        ]
    )
    titles = [p["title"] for p in _papers(page)]
    for sentence_case in (
        "an exercise in distributed shuffling",
        "Experience with dealers and monitors in Mesa",
        "On optimistic methods for concurrency in card play",
    ):
        assert sentence_case in titles
    assert "Card Games Hall of Fame series" not in titles  # the run's heading
    assert len(titles) == 17


def test_tags_in_square_brackets_before_most_titles_are_no_part_of_them() -> None:
    page = (
        "# [Milestone of Paper Reproduction for May 2026]\n"
        "+ [ ] [AI] [Survey] Comparing Dealers, Bots, and Humans On Cribbage Tasks,"
        "https://arxiv.org/abs/2311.09247\n"
        "+ [ ] [Games] Generative Dealers: Interactive Simulacra of Card Players, "
        "https://arxiv.org/abs/2304.03442\n"
        "+ [ ] [CV][Card recognition (CR)] Deck-Flamingo: a Multimodal Few-shot Card Reader, "
        "https://arxiv.org/abs/2307.15189\n"
        "+ [ ] [IJCAI 2024] Pegging Agents Is All You Need, https://arxiv.org/abs/2402.05120\n"
    )
    got = [(p["title"], p["venue"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("Comparing Dealers, Bots, and Humans On Cribbage Tasks", "arXiv", "2311.09247"),
        ("Generative Dealers: Interactive Simulacra of Card Players", "arXiv", "2304.03442"),
        ("Deck-Flamingo: a Multimodal Few-shot Card Reader", "arXiv", "2307.15189"),
        ("Pegging Agents Is All You Need", "IJCAI", "2402.05120"),
    ]


def test_two_numbered_entries_run_onto_one_line_keep_their_own_links() -> None:
    text = (
        "1. Shuffling Is All You Need (2017) – Moss et al. Link: https://arxiv.org/abs/1706.03762 "
        "You know most card systems used to depend on dealers. Then this paper was released "
        "that completely changed how a card player used to train. "
        "2. Deep Residual Pegging for Crib Recognition (Crib) (2015) – Rowe et al. Link: "
        "https://arxiv.org/abs/1512.03385 There was a time when players used to think that "
        "making decks deeper would improve accuracy."
    )
    page = "5 Card Papers Every Player Should Read\n" + text + "\n"
    got = {p["title"]: p["arxiv_id"] for p in _papers(page)}
    assert got.get("Deep Residual Pegging for Crib Recognition") == "1512.03385"
    assert "1706.03762" not in [v for k, v in got.items() if "Shuffling" not in k]


def test_a_line_holding_one_numbered_entry_and_a_later_number_is_one_line() -> None:
    from papercli.importers.digest.blocks import read_lines

    prose = "We had two goals in mind. 1. Keep it short and 2. Keep it right, for the readers."
    assert [line.text for line in read_lines(prose * 3)] == [(prose * 3).strip()]


def test_names_with_only_the_first_inverted_to_its_initials() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Moss, F. J., J. Rowe, C. Lund, J.-M. Crane, and A. Nob") == [
        "F. J. Moss",
        "J. Rowe",
        "C. Lund",
        "J.-M. Crane",
        "A. Nob",
    ]
    assert parse_names("Moss, F. J., J. Rowe, and A. Nob") == ["F. J. Moss", "J. Rowe", "A. Nob"]
    assert parse_names("Moss, J., Rowe, K.") == ["J. Moss", "K. Rowe"]  # APA, every one inverted


def test_a_quoted_title_after_the_paper_runs_to_its_closing_quote() -> None:
    page = (
        "The 2016 CRIB Conference was held in Reno during September 5–9, 2016. We received a "
        "record number of submissions.\n"
        "The paper “Adding Shuffle Provenance Support to Card Tables” by Moss, Rowe, Lund, "
        "and Crane facilitates the debugging of games played on such tables.\n"
        "The paper “Efficient Generation of Deal Plans Containing Cut, Peg, and Crib” by Nob, "
        "Tally, and Hollis revisits an old idea of pushing the cut below the deal.\n"
    )
    assert [(p["title"], p["authors"]) for p in _papers(page)] == [
        ("Adding Shuffle Provenance Support to Card Tables", ["Moss", "Rowe", "Lund", "Crane"]),
        (
            "Efficient Generation of Deal Plans Containing Cut, Peg, and Crib",
            ["Nob", "Tally", "Hollis"],
        ),
    ]


def test_titles_before_initialled_names_with_et_al_and_a_year_in_a_leading_tag() -> None:
    page = (
        "## 命令体识别\n\n"
        "|papter list|20%|40%|60%|80%|100%|\n"
        "|---|---|---|---|---|---|\n"
        "|[2016 moss] Neural Architectures for Named Card Recognition, G. Lample et al. "
        "[[pdf]](http://example.org/N16-1030.pdf)|\n"
        "|[2015 moss] Teaching dealers to read and comprehend, K. Hermann et al. "
        "[[pdf]](http://example.org/5945-teaching.pdf)|\n"
        "|[2015 moss] Conditional random decks as recurrent card networks, S. Zheng and "
        "S. Jayasumana. [[pdf]](http://example.org/Zheng_Conditional.pdf)|\n"
    )
    assert [(p["title"], p["authors"], p["year"]) for p in _papers(page)] == [
        ("Neural Architectures for Named Card Recognition", ["G. Lample"], 2016),
        ("Teaching dealers to read and comprehend", ["K. Hermann"], 2015),
        (
            "Conditional random decks as recurrent card networks",
            ["S. Zheng", "S. Jayasumana"],
            2015,
        ),
    ]


def test_a_venue_and_year_glued_to_a_titles_last_word_are_its_venue_and_year() -> None:
    page = (
        "## paper_read_note\n论文阅读笔记。\n\n### 一. cv\n#### 1.crib structure recognition\n"
        "(1). ***An End-to-End Multi-Task Learning Model for Card-based Crib Recognition"
        "(VISIGRAPP2023)*** [笔记地址](cv/crib/1/README.md)\n\n"
        "(2). ***Pegging Transformers for Deck Structure Recognition Need Early Cuts"
        "(NeurIPS 2023)*** [笔记地址](cv/crib/2/README.md)\n\n"
        "(3). ***Rethinking Card-based Crib Recognition Using Weakly Supervised Methods"
        "(ICPRAM 2023)*** [笔记地址](cv/crib/3/README.md)\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got[1:] == [  # (and "笔记地址", the notes' link label, is no one's name)
        (
            "Pegging Transformers for Deck Structure Recognition Need Early Cuts",
            [],
            "NeurIPS",
            2023,
        ),
        (
            "Rethinking Card-based Crib Recognition Using Weakly Supervised Methods",
            [],
            "ICPRAM",
            2023,
        ),
    ]


def test_dated_names_below_each_title_stay_with_the_title_above_them() -> None:
    page = (
        "Previous winners\n"
        "Pegging in Multi-Core Games: Understanding Mechanisms and Scaling.\n"
        "2020: Ada Moss, Ben T. Rowe, Cy Lund\n"
        "Crib Coherence and Consistency in Card Tables.\n"
        "2019: Dee Crane, Eli Hollis\n"
        "Skunk-aware microarchitecture for card tables.\n"
        "2018: Fay Nob, Gil Tally and Hal Muggins\n"
    )
    for paper in _papers(page):  # never the names of the entry above
        assert not set(paper["authors"]) & {"Ada Moss", "Dee Crane"} or paper["title"].startswith(
            ("Pegging", "Crib")
        )
        if paper["title"].startswith("Crib"):
            assert "Ada Moss" not in paper["authors"]
        if paper["title"].startswith("Skunk"):
            assert "Dee Crane" not in paper["authors"]


def test_references_that_say_where_they_were_printed_by_volume_and_pages() -> None:
    from papercli.importers.digest.references import read_reference

    apa = read_reference("Moss, L. (2001). Random decks. Card Learning, 45(1), 5-32.")
    assert apa is not None and (apa.title, apa.names, apa.year) == (
        "Random decks",
        "Moss, L.",
        2001,
    )
    ecology = read_reference(
        "Moss, S., M. K. Rowe, G. Lund, and P. Crane. 2003. Crib genetics: combining card "
        "ecology and deck genetics. Trends in Cards & Decks 18:189–197."
    )
    assert ecology is not None and ecology.title == (
        "Crib genetics: combining card ecology and deck genetics"
    )
    assert read_reference("Moss, K. The weather was nice. We went 3 (4) times.") is None
    page = (
        "What we're reading: card genetics\n\n"
        "Rowe, K. 2013. The evolution of crib genetics. Cards. doi: 10.1111/evo.12278.\n\n"
        "Evolutionary crib genetics is the study of how shuffles affect decks.\n\n"
        "Lund, F. J., J. Derory, and A. Kremer. 2013. Imprints of natural selection along "
        "shuffle gradients in peg-related genes of Quercus cribbage. Decks 195:495–512.\n"
    )
    assert [(p["title"], p["year"]) for p in _papers(page)] == [
        ("The evolution of crib genetics", 2013),
        (
            "Imprints of natural selection along shuffle gradients in peg-related genes of "
            "Quercus cribbage",
            2013,
        ),
    ]


def test_science_and_elsevier_style_references() -> None:
    from papercli.importers.digest.references import read_reference

    for text, title, year in [
        (
            "Y. Moss, Y. Rowe, G. Lund, Deep pegging. Nature 521, 436–444 (2015).",
            "Deep pegging",
            2015,
        ),
        (
            "L. Crane, Time, Decks, and the Ordering of Deals in a Distributed Crib. "
            "Commun. ACM 21, 558–565 (1978).",
            "Time, Decks, and the Ordering of Deals in a Distributed Crib",
            1978,
        ),
        (
            "A. Moss, N. Rowe, N. Lund, Shuffling is all you need, Adv. Card Inf. Process. Syst. "
            "30 (2017) 5998–6008.",
            "Shuffling is all you need",
            2017,
        ),
    ]:
        found = read_reference(text)
        assert found is not None and (found.title, found.year) == (title, year)
    assert (
        read_reference("J. Moss, The weather is nice today and we went out. It was 3 (4) days.")
        is None
    )
