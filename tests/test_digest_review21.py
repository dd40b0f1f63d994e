"""Layouts from real pages read for errors in stop 41, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest


def test_a_reading_list_of_titles_with_years_names_every_one() -> None:
    page = "\n".join(
        [
            "Course Readings",
            "",
            "We 3/4 Storage Layers Background: Tidal Buffers for Append-Only Stores (1979)",
            "Optional: Lattice Pages and the Cost of Eviction (1983)",
            "Optional: Quiet Indexes Revisited Twenty Years On (2003)",
            "A Short History of Shadow Paging (1988)",
            "Optional: Why Logs Grow and What to Do (1990) ",
            "The Design of Wren (1986)",
            "Optional: Woven Database Systems: The Future of Query Processing"
            " [alternative PDF] (1992)",
            "Scribe notes",
            "Th 3/6 Recovery Background: (no summary): The Undo Ledger: Promises and Limits (1981)",
        ]
    )
    got = {p["title"]: p.get("year") for p in _papers(page)}
    assert got == {
        "Tidal Buffers for Append-Only Stores": 1979,
        "Lattice Pages and the Cost of Eviction": 1983,
        "Quiet Indexes Revisited Twenty Years On": 2003,
        "A Short History of Shadow Paging": 1988,
        "Why Logs Grow and What to Do": 1990,
        "The Design of Wren": 1986,
        "Woven Database Systems: The Future of Query Processing": 1992,
        "The Undo Ledger: Promises and Limits": 1981,
    }


def test_dated_lines_the_model_does_not_title_make_no_reading_list() -> None:
    page = "\n".join(
        [
            "Our lab in brief",
            "We moved to the new building (2019)",
            "Two students joined the group (2021)",
            "Best demo at the open house (2022)",
            "Our first grant from the city (2016)",
            "The reading room opened to all (2018)",
            "A picnic by the river with friends (2023)",
        ]
    )
    assert _papers(page) == []


def test_a_plain_line_over_a_list_under_the_page_heading_is_its_entries_topic() -> None:
    page = "\n".join(
        [
            "# papers",
            "",
            "存储基础",
            "- Lattice Pages and the Cost of Eviction",
            "- Quiet Indexes Revisited Twenty Years On",
            "",
            "##Recovery",
            "",
            "- The Undo Ledger: Promises and Limits",
            "",
            "Notes:",
            "- Why Logs Grow and What to Do",
        ]
    )
    got = {p["title"]: p.get("topics") for p in _papers(page)}
    assert got["Lattice Pages and the Cost of Eviction"] == ["存储基础"]
    assert got["Quiet Indexes Revisited Twenty Years On"] == ["存储基础"]
    assert got["The Undo Ledger: Promises and Limits"] == ["Recovery"]
    assert "Notes:" not in got["Why Logs Grow and What to Do"]


def test_a_reposted_translation_names_its_paper_after_the_label_and_year() -> None:
    page = "\n".join(
        [
            "首页 > 其它",
            "",
            "论文翻译:2021_Woven Attention for Low-Latency Speech Denoising",
            "",
            "2022-03-01 10:00 120 查看",
            "",
            "论文地址:https://arxiv.example-mirror.com/abs/2104.01234",
            "",
            "摘要",
            "",
            "本文提出了一种用于实时语音降噪的编织注意力网络。",
        ]
    )
    page = page.replace("arxiv.example-mirror.com", "arxiv.mirror.example")
    (paper,) = _papers(page)
    assert paper["title"] == "Woven Attention for Low-Latency Speech Denoising"
    assert paper["year"] == 2021
    assert paper["arxiv_id"] == "2104.01234"
    assert paper["url"] == "https://arxiv.mirror.example/abs/2104.01234"


def test_japanese_title_labels_and_spaced_japanese_names() -> None:
    page = "\n".join(
        [
            "論文賞の選考について",
            "",
            "タイトル:Woven Parsing for Lattice Grammars",
            "著者:Hana Ito and Ken Mori",
            "発行号頁:Vol.9 No.2 pp.1-20",
            "",
            "タイトル:織物状依存木による文書要約",
            "著者:伊藤 花,森 健太郎,長谷川 一",
            "発行号頁:Vol.9 No.3 pp.21-40",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "Woven Parsing for Lattice Grammars": ["Hana Ito", "Ken Mori"],
        "織物状依存木による文書要約": ["伊藤 花", "森 健太郎", "長谷川 一"],
    }


def test_names_of_five_characters_read_when_written_family_then_given() -> None:
    from papercli.importers.names import read_name_list

    assert read_name_list("田村 晃裕,隅田 英一郎")[0] == ["田村 晃裕", "隅田 英一郎"]
    assert read_name_list("张三, 李四")[0] == ["张三", "李四"]


def test_apa_references_with_commas_about_the_journal_end_their_titles_there() -> None:
    page = "\n".join(
        [
            "References",
            "",
            "  1. Moss, G., Reed, R., and Lark, A. (2005), Weaving context into ranked lists"
            " with a lattice of looms, ACM Transactions on Woven Systems (TOWS), 23(1), 103-145."
            " https://doi.org/10.1145/1055709.1055799",
            "  2. Moss, G. and Lark, A. (2005), Toward the next loom of ranked lists : A survey"
            " of the threads, Woven Data Engineering, IEEE Transactions on, 17(6), 734-749."
            " https://doi.org/10.1109/TKDE.2005.999",
            "  3. Moss, G. and Reed, Y. (2012), Improving aggregate thread diversity using"
            " ranking-based looms, Woven Data Engineering, IEEE Transactions on, 24(5), 896-911."
            " https://doi.org/10.1109/TKDE.2011.999",
        ]
    )
    got = {p["title"]: p.get("venue") for p in _papers(page)}
    assert got == {
        "Weaving context into ranked lists with a lattice of looms": "TOWS",
        "Toward the next loom of ranked lists : A survey of the threads": (
            "Woven Data Engineering, IEEE Transactions on"
        ),
        "Improving aggregate thread diversity using ranking-based looms": (
            "Woven Data Engineering, IEEE Transactions on"
        ),
    }


def test_a_proceedings_page_drops_orcid_badges_and_artifact_badges() -> None:
    page = "\n".join(
        [
            "Proceedings of the ACM on Woven Languages, Volume 7",
            "",
            "Woven Types: Verifying Looms with Refinement Logic",
            "Ada MossORCID logo, Ben C. Reed ORCID logo, and Cy Lark ORCID logo",
            "(University of Nowhere, UK)",
            "Publisher's Version Published Artifact Artifacts Available Artifacts Reusable",
            "",
            "Step-Indexed Relations for Countable Weaving and Probabilistic Looms",
            "Dee Stone ORCID logo and Eve BrookORCID logo",
            "(Aarhus Weaving School, Denmark)",
            "Publisher's Version Info",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "Woven Types: Verifying Looms with Refinement Logic": [
            "Ada Moss",
            "Ben C. Reed",
            "Cy Lark",
        ],
        "Step-Indexed Relations for Countable Weaving and Probabilistic Looms": [
            "Dee Stone",
            "Eve Brook",
        ],
    }


def test_a_flattened_conference_program_names_each_rows_title_and_track() -> None:
    page = "\n".join(
        [
            "Mon 15 AprDisplayed time zone: Lisbon change",
            "09:00 15mAwards | ICPC 2024 AwardsICPC AwardsICPC Opening | ||",
            "10:30 30mCoffee break | Break ICSE Catering |",
            "14:00 10mTalk | WEFT: Weaving Method-level Comments into Generated CodeICPCICPC"
            " Full paper Research Track Ada Moss Loom University, Ben Reed Loom University"
            " Pre-print | ||",
            "14:10 10mTalk | Compositional Loom Recommendation for Library-Oriented Weaving"
            "ICPCICPC Full paper Research Track Cy Lark Weave Institute | ||",
            "14:20 60mTalk | Keynote 1: Weaving in the Era of Large LoomsICPCICPC Keynote"
            " ICPC Keynotes Dee Stone |",
        ]
    )
    got = {p["title"]: (p.get("venue"), p.get("year")) for p in _papers(page)}
    assert got == {
        "WEFT: Weaving Method-level Comments into Generated Code": ("ICPC", 2024),
        "Compositional Loom Recommendation for Library-Oriented Weaving": ("ICPC", 2024),
    }


def test_headings_of_english_titles_glossed_in_korean_over_their_notes() -> None:
    entries = [
        ("Loom: Coordination-Free Weaving Using In-Network Threads", "조정 없는 직조 기법"),
        ("Warp: Automated Whitebox Testing of Weaving Systems", "직조 시스템의 자동화 테스팅"),
        ("Weft: A Distributed Metadata-Private Loom", "메타데이터 비밀 직조기"),
        ("My Loom is Lighter (and Safer) than your Spindle", "내 직조기는 더 가볍고 안전하다"),
        ("Shuttle: Who Watches Your IT Weavers?", "누가 IT 직조공을 감시하는가?"),
    ]
    page = "# SOSP 노트\n\n" + "".join(
        f"### {title} \\({gloss}\\)\n\n#### 문제\n\n* 기존 시스템은 느리다\n\n"
        for title, gloss in entries
    )
    got = {p["title"]: p.get("alt_titles") for p in _papers(page)}
    assert got == {title: [gloss] for title, gloss in entries}


def test_a_blogs_translation_marks_are_no_part_of_its_titles() -> None:
    page = "\n".join(
        [
            "## 分布式论文译文",
            "",
            " - [Consensus on Distributed Loom Commit (译)](http://blog.example.org/1/)",
            "",
            " - [Weaving Made Live - An Engineering Perspective(译)](http://blog.example.org/2/)",
            "",
            " - [Why Do Looms Stop and What Can Be Done About It?(译 zz)](http://blog.example.org/3/)",
            "",
            " - [Threads Beyond Distributed Looms(译zz)](http://blog.example.org/4/)",
        ]
    )
    found = parse_digest(page, keep_uncertain=True).papers
    assert {p.title for p in found} == {
        "Consensus on Distributed Loom Commit",
        "Weaving Made Live - An Engineering Perspective",
        "Why Do Looms Stop and What Can Be Done About It?",
        "Threads Beyond Distributed Looms",
    }


def test_a_dash_glued_to_the_names_after_a_title_ends_it() -> None:
    page = "\n".join(
        [
            "## 经典论文",
            "",
            "Granularity of Threads and Degrees of Weaving in a Shared Loom --Ada Moss 1976",
            "",
            "Anatomy of a Weaving System -Ben C. Reed",
            "",
            "The Shuttle Concept: Virtues and Limitations --Ada Moss",
        ]
    )
    got = {p["title"]: (p.get("authors"), p.get("year")) for p in _papers(page)}
    assert got == {
        "Granularity of Threads and Degrees of Weaving in a Shared Loom": (["Ada Moss"], 1976),
        "Anatomy of a Weaving System": (["Ben C. Reed"], None),
        "The Shuttle Concept: Virtues and Limitations": (["Ada Moss"], None),
    }


def test_national_style_references_without_a_space_after_the_names() -> None:
    from papercli.importers.digest.references import read_reference

    found = read_reference(
        "MOSS A, REED B, LARK C, et al.LoomNet: A Nucleus for a Web of Open Threads[M]//The"
        " Woven Web.Berlin: Springer, 2007: 722-735."
    )
    assert found is not None
    assert (found.title, found.year) == ("LoomNet: A Nucleus for a Web of Open Threads", 2007)
    assert found.names.startswith("MOSS A, REED B, LARK C")


def test_bare_items_under_a_topic_item_are_titles_when_most_of_them_are() -> None:
    page = "\n".join(
        [
            "* Weaving and consensus",
            "    * Looms for the weaving of consensus",
            "    * Spindle: In Search of an Understandable Consensus Loom",
            "    * Linearizable Weaving: A Correctness Condition for Concurrent Looms",
            "    * Sequential weaving versus linearizability",
            "    * Strong and Efficient Consistency with Thread-Aware Durability",
            "    * Hermes: a Fast, Fault-Tolerant and Linearizable Replication Loom",
            "    * Warp-free synchronization",
            "    * Hazard Threads: Safe Resource Reclamation for Optimistic Weaving",
            "* Other notes",
            "    * see the course page",
        ]
    )
    got = {p["title"] for p in _papers(page)}
    assert "Warp-free synchronization" in got
    assert "Looms for the weaving of consensus" in got
    assert "see the course page" not in got
    assert len(got) == 8


def test_translation_marks_leave_every_title_found() -> None:
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels("Life beyond Woven Transactions:an Apostate’s Opinion(译zz)") == (
        "Life beyond Woven Transactions:an Apostate’s Opinion"
    )
    assert without_link_labels("Looms and Spindles (zz)") == "Looms and Spindles"


def test_restructuredtext_links_wrapped_over_an_items_lines_are_links() -> None:
    page = "\n".join(
        [
            "Week 2 - Woven Time",
            "~~~~~~~~~~~~~~~~~~~",
            "",
            "**Required reading for Tuesday, April 14**",
            "",
            "-  Ada Moss. `Looms, Clocks, and the Ordering of Threads in a",
            "   Distributed",
            "   Weave <https://example.org/looms-clocks.pdf>`__.",
            "   Commun.ACM, 21(7):558–565, July 1978",
            "-  Ben Reed. `Timestamps in Thread-Passing Looms that Preserve",
            "   the Partial",
            "   Weave <https://example.org/timestamps.pdf>`__.",
            "   Proceedings of the 11th Weaving Conference, 1988",
            "",
            "**Suggested papers**",
            "",
            "-  Cy Lark. `Fault-tolerant Shuttle Synchronization in Distributed",
            "   Looms <https://example.org/shuttle.pdf>`__.",
            "   Computer, 23(10):33–42, October 1990",
        ]
    )
    got = {p["title"]: p.get("url") for p in _papers(page)}
    assert got == {
        "Looms, Clocks, and the Ordering of Threads in a Distributed Weave": (
            "https://example.org/looms-clocks.pdf"
        ),
        "Timestamps in Thread-Passing Looms that Preserve the Partial Weave": (
            "https://example.org/timestamps.pdf"
        ),
        "Fault-tolerant Shuttle Synchronization in Distributed Looms": (
            "https://example.org/shuttle.pdf"
        ),
    }


def test_a_rank_or_venue_tag_in_brackets_before_a_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    for line in [
        "1. (CCF-A-2021) Deep Weaving based Loom Detection: Are We There Yet?",
        "(AAAI 2021) Woven Graph Networks for Spindle Detection",
    ]:
        how = {c.text: c.how for c in candidates(read_lines(line), 0)}
        # (a venue and its year read as the line's number: the whole line without them)
        assert how[line.split(") ", 1)[1]] & {"untagged", "whole"}, line
    how = {c.text: c.how for c in candidates(read_lines("(Smith et al.) Woven Graph Nets"), 0)}
    assert "untagged" not in how.get("Woven Graph Nets", set())  # no year, no rank: no tag


def test_bibtex_author_fields_written_as_prose_lists() -> None:
    from papercli.importers.bibtex import split_bibtex_authors

    assert split_bibtex_authors("Ada Moss, Ben Reed, &Cy Lark.") == [
        "Ada Moss",
        "Ben Reed",
        "Cy Lark",
    ]
    assert split_bibtex_authors("伊藤花子, 森健太郎, &長谷川一") == [
        "伊藤花子",
        "森健太郎",
        "長谷川一",
    ]
    assert split_bibtex_authors("Ada Moss, Ben Reed, Cy Lark, and Dee Stone.") == [
        "Ada Moss",
        "Ben Reed",
        "Cy Lark",
        "Dee Stone",
    ]
    assert split_bibtex_authors("Moss, A. and Reed, Ben") == ["A. Moss", "Ben Reed"]


def test_mla_first_author_written_surname_first_before_et_al() -> None:
    page = "\n".join(
        [
            "## Reading group awards",
            "",
            "* Best Loom: **“Entanglement Weaving with Near-Zero Cost.”** by Okonkwo, Sam, et al.",
            "* Best Thread: **“Synthesizing Efficient Loom Algorithms.”** by Vasquez, Yican,"
            " et al.",
            "* Best Spindle: **“Linearly Qualified Looms: Inference for Threads.”** by Kowalski,"
            " Cezar-Constantin, et al.",
        ]
    )
    got = {p["title"]: p.get("authors") for p in _papers(page)}
    assert got == {
        "Entanglement Weaving with Near-Zero Cost": ["Sam Okonkwo"],
        "Synthesizing Efficient Loom Algorithms": ["Yican Vasquez"],
        "Linearly Qualified Looms: Inference for Threads": ["Cezar-Constantin Kowalski"],
    }


def test_a_bold_award_name_repeated_as_the_label_of_a_quoted_title_is_no_paper() -> None:
    page = "\n".join(
        [
            "# Spring awards",
            "",
            "**Who Woulda Thunk It**",
            "",
            "For the result nobody saw coming.",
            "",
            "**Homework Required**",
            "",
            "For the paper that took the longest to read.",
            "",
            "## Winners",
            "",
            "* Who Woulda Thunk It: **“Entanglement Weaving with Near-Zero Cost.”** by Okonkwo,"
            " Sam, et al.",
            "* Homework Required: **“Linearly Qualified Looms: Inference for Threads.”** by"
            " Vasquez, Yican, et al.",
        ]
    )
    assert {p["title"] for p in _papers(page)} == {
        "Entanglement Weaving with Near-Zero Cost",
        "Linearly Qualified Looms: Inference for Threads",
    }


def test_a_line_break_inside_an_inline_list_item_wraps_its_title() -> None:
    from papercli.importers.digest.blocks import read_lines

    page = "\n".join(
        [
            "| 주차 | 논문 | 발표자 |",
            "|---|---|---|",
            "| 7주차 | <li>Multi-Modal Loom Recognition Using Thread Embeddings <br/>and Weave"
            " Features</li> <li>Improving Loom Understanding by Generative Pre-Weaving</li> |"
            " <li>김성윤</li> |",
        ]
    )
    texts = [" ".join(line.text.split()) for line in read_lines(page)]
    assert "Multi-Modal Loom Recognition Using Thread Embeddings and Weave Features" in texts
    assert "Improving Loom Understanding by Generative Pre-Weaving" in texts


def test_a_title_whose_point_runs_into_its_first_authors_name() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    line = (
        "Understanding the Weaving Power of Loom Networks in Learning Thread Topology.Nima"
        " Okonkwo, Albert-Laszlo Vasquez, Rose Kowalski. NeurIPS 2019."
    )
    cut = {c.text: c for c in candidates(read_lines(line), 0)}
    title = "Understanding the Weaving Power of Loom Networks in Learning Thread Topology"
    assert "before_names" in cut[title].how
    assert cut[title].rest.startswith("Nima Okonkwo, Albert-Laszlo Vasquez")


def test_a_doubted_title_is_named_when_its_record_holds_a_paper_identifier() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import follow_identified_doubts
    from papercli.importers.digest.scorer import score_lines

    page = "\n".join(
        [
            "- You Only Weave Once: Unified, Real-Time Loom Detection | [arXiv:1506.02640]"
            "(https://arxiv.org/abs/1506.02640)",
            "- You Only Weave Twice: A Loom Detection Without Identifier",
        ]
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    for row in scored:
        top = max(row, key=lambda c: c.score)
        top.score = 0.45  # doubted by the model, above the floor
    assert follow_identified_doubts(lines, scored, 0.5) == 1
    assert max(c.score for c in scored[0]) >= 0.5
    assert max(c.score for c in scored[1]) < 0.5


def test_surnames_alone_before_et_al_are_not_read_as_one_name_outside_mla() -> None:
    page = "\n".join(
        [
            "## Reading list",
            "",
            "* “Woven Query Optimization Revisited” by Moerkotte, Neumann, et al. revisits the"
            " classic plans.",
            "* “Loom Joins for Thread Stores” by Okonkwo, Vasquez, et al. measures the joins.",
        ]
    )
    for paper in _papers(page):
        assert len(paper["authors"]) != 1 or " " not in paper["authors"][0], paper


def test_a_title_that_is_also_the_label_of_a_quote_stays_when_it_links_its_paper() -> None:
    page = "\n".join(
        [
            "# Looms we like",
            "",
            "**[Deep Residual Weaving for Loom Recognition](https://example.org/resweave.pdf)**",
            "",
            "* Deep Residual Weaving for Loom Recognition: “the identity shortcut made deep looms"
            " trainable”",
        ]
    )
    titles = {p.title for p in parse_digest(page, keep_uncertain=True).papers}
    assert "Deep Residual Weaving for Loom Recognition" in titles


def test_bibtex_two_names_with_an_ampersand_and_a_suffix_with_its_point() -> None:
    from papercli.importers.bibtex import split_bibtex_authors

    assert split_bibtex_authors("Ada Moss, &Ben Reed.") == ["Ada Moss", "Ben Reed"]
    assert split_bibtex_authors("Knuth, Donald E. and Lamport, Leslie") == [
        "Donald E. Knuth",
        "Leslie Lamport",
    ]


def test_a_point_after_an_abbreviation_does_not_cut_a_title_from_names() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    texts = {c.text for c in candidates(read_lines("Notes from Mr.John Smith, Jane Doe"), 0)}
    assert "Notes from Mr" not in texts
