"""Layouts of real pages read for errors in stop 36, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest


def _titles(text: str) -> list[str]:
    return [p["title"] for p in _papers(text)]


def test_a_title_over_one_authors_name_is_a_pair_like_those_over_several() -> None:
    titles = [
        "Lookahead when it counts: sparse attention transformers for streaming speech recognition",
        "Delay-aware policy optimization and improved regret for adversarial bandits with delay",
        "Incentivizing exploration with linear contexts and combinatorial actions in markets",
        "Posterior sampling with diffusion generative priors for multi-task bandit learning",
    ]
    names = [
        "Ada Quill, Ben Rowe, Cy Lund",
        "Dora Moss, Eli Crane",
        "Fay Hollis",
        "Gus Pike, Hal Reed",
    ]
    page = "A quick guide to our lab's papers at ICML 2023\n\n"
    for n, (title, authors) in enumerate(zip(titles, names, strict=True)):
        if n in (0, 1):
            page += f"Topic {n}\n\nA paragraph on the topic.\n\n"
        page += f"{title}\n{authors}\n\n"
    papers = _papers(page)
    assert [p["title"] for p in papers] == titles
    assert papers[2]["authors"] == ["Fay Hollis"]


def test_an_html_table_is_read_as_a_table_its_rows_cells() -> None:
    rows = [
        ("06/08/23", "Ada Quill", "Pegging Strategies for Two-Handed Cribbage, EuroSys '23"),
        ("06/15/23", "Ben Rowe", "Learning to Discard with Sparse Rewards, OSDI '22"),
        ("06/22/23", "Cy Lund", "Skunk Detection in Crowded Card Rooms, NSDI 2021"),
    ]
    body = "".join(
        f'<tr><td>{date}</td><td>{who}</td><td><a href="https://example.org/{n}">{paper}'
        "</a></td></tr>\n"
        for n, (date, who, paper) in enumerate(rows)
    )
    page = (
        "<html><body><p>Weekly reading group of the card games lab, Wednesdays.</p>\n"
        "<table>\n<tr><th>Date</th><th>Presenter</th><th>Paper</th></tr>\n"
        f"{body}</table></body></html>"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Pegging Strategies for Two-Handed Cribbage", "EuroSys", 2023),
        ("Learning to Discard with Sparse Rewards", "OSDI", 2022),
        ("Skunk Detection in Crowded Card Rooms", "NSDI", 2021),
    ]
    assert [p["url"] for p in papers] == [f"https://example.org/{n}" for n in range(3)]


def test_html_cells_and_rows_left_open_end_where_the_next_begin() -> None:
    from papercli.importers.digest.blocks import read_lines

    page = (
        "<html><body><table>\n<tr><th>Week</th><th>Reading</th></tr>\n"
        "<tr><td>1<td>Pegging Strategies for Two-Handed Cribbage\n"
        "<tr><td>2<td>Learning to Discard with Sparse Rewards<br>Skunk Detection in Card Rooms\n"
        "</table></body></html>"
    )
    cells = [(ln.row, ln.cell, ln.text.strip()) for ln in read_lines(page) if ln.kind == "cell"]
    assert cells == [
        (1, 0, "1"),
        (1, 1, "Pegging Strategies for Two-Handed Cribbage"),
        (2, 0, "2"),
        (2, 1, "Learning to Discard with Sparse Rewards"),
        (2, 1, "Skunk Detection in Card Rooms"),
    ]


def test_a_title_cut_at_a_comma_never_ends_in_the_first_authors_name() -> None:
    entries = [
        "Optimal Peg Damage. Ada Quill, Ben Rowe, Cy Lund. NIPS 1989.",
        "Learning both Discards and Cuts for Cribbage. Dora Moss, Eli Crane. NeurIPS 2015.",
        "Pruning Hands for Efficient Counting. Fay Hollis, Gus Pike, Hal Reed. ICLR 2017.",
    ]
    page = "# Card games reading list\n\n" + "".join(f"- {e}\n" for e in entries)
    titles = _titles(page)
    assert "Optimal Peg Damage. Ada Quill" not in titles
    assert "Learning both Discards and Cuts for Cribbage" in titles


def test_award_tagged_titles_over_affiliated_names_and_a_description() -> None:
    entries = [
        (
            "Winner",
            "How Costly Is Cribbage? The Carbon Footprint of Card Rooms",
            "Ada Quill (Peg U)",
        ),
        (
            "Runner-up",
            "Pegging, Discarding, and Counting",
            "Ben Rowe (Crib Lab) and Cy Lund (Peg U)",
        ),
        (
            "Winner",
            "Unlocking the Power of Speech in Card Games for New Players",
            "Dora Moss (Deck U)",
        ),
    ]
    page = "The committee is excited to announce the winners:\n" + "".join(
        f"- [{tag}] {title}. {names}. Discusses how the game is played and scored.\n"
        for tag, title, names in entries
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [title for _, title, _ in entries]
    assert papers[1]["authors"] == ["Ben Rowe", "Cy Lund"]


def test_a_venue_after_an_at_sign_is_the_papers_over_the_entrys_date() -> None:
    entries = [
        ("2021-01-28", "Pegging Strategies for Two-Handed Cribbage", "USENIX Security 2019"),
        ("2021-01-27", "Learning to Discard with Sparse Rewards", "NDSS 2017"),
        ("2021-01-26", "Skunk Detection in Crowded Card Rooms", "ESEC/FSE 2020"),
    ]
    page = "# 2021 recommended papers\n\n" + "".join(
        f"- {date}: [{title}](./{n}.md) @ {venue}\n"
        for n, (date, title, venue) in enumerate(entries)
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Pegging Strategies for Two-Handed Cribbage", "USENIX Security", 2019),
        ("Learning to Discard with Sparse Rewards", "NDSS", 2017),
        ("Skunk Detection in Crowded Card Rooms", "ESEC/FSE", 2020),
    ]


def test_gbt_names_with_spaced_initials_or_one_capitalised_surname_stay_as_written() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("STROHMAN T, CROFT W B, JENSEN D") == ["STROHMAN T", "CROFT W B", "JENSEN D"]
    assert parse_names("SARACEVIC T") == ["SARACEVIC T"]
    # given names before capitalised surnames stay as written, alone or listed
    assert parse_names("Pengyu LI") == ["Pengyu LI"]
    assert parse_names("Pengyu LI, Xin WU") == ["Pengyu LI", "Xin WU"]


def test_paperweekly_bar_labelled_titles_are_titles() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    title = "CribZero: Mastering Cribbage by Self-Play with a General Card Game Algorithm"
    lines = read_lines(f"■ 论文 | {title}\n")
    labelled = [c for c in candidates(lines, 0) if "after_label" in c.how]
    assert [c.text for c in labelled] == [title]
    titles = [title, "PegNet Zero: Mastering the game of pegging without human knowledge"]
    page = "- 纸牌\n" + "".join(
        f"  - 纸牌游戏{n}\n  ■ 论文 | {title}\n  ■ 链接 | https://www.paperweekly.site/papers/{n}\n"
        for n, title in enumerate(titles, 1)
    )
    assert _titles(page) == titles


def test_an_identifier_in_a_reference_far_down_a_note_is_another_papers() -> None:
    page = (
        "# 论文笔记\n\n"
        "## Pegging Strategies for Two-Handed Cribbage with Sparse Rewards\n\n"
        "论文链接：https://arxiv.org/abs/2101.00001\n\n"
        "这篇论文研究纸牌游戏。\n\n作者提出了新的方法。\n\n实验结果很好。\n\n参考文献：\n\n"
        "Ada Quill, Ben Rowe. Emotional cribbage machine: hand generation with internal and "
        "external memory. arXiv preprint arXiv:1704.01074.\n\n"
        "## Learning to Discard under Partial Observation of the Crib\n\n"
        "这篇论文也研究纸牌游戏。\n\n作者提出了新的方法。\n\n实验结果很好。\n\n参考文献：\n\n"
        "Cy Lund. Cribbage at scale. arXiv preprint arXiv:1801.00002.\n"
    )
    result = parse_digest(page)
    assert [(p.title, p.arxiv_id) for p in result.papers] == [
        ("Pegging Strategies for Two-Handed Cribbage with Sparse Rewards", "2101.00001")
    ]
    # the second note's only identifier is its reference's: no voucher of its own
    assert [p.title for p in result.uncertain] == [
        "Learning to Discard under Partial Observation of the Crib"
    ]


def test_an_acceptance_comment_in_a_row_names_the_venue_over_arxiv() -> None:
    rows = [
        ("Pegging Strategies for Two-Handed Cribbage", "2412.00001", "Accepted by WACV 2025"),
        ("Learning to Discard with Sparse Rewards", "2412.00002", "Accepted by AAAI2025"),
        ("Skunk Detection in Crowded Card Rooms", "2412.00003", "10 pages, 4 figures"),
    ]
    page = (
        "## Card games\n\n|Date|Title|Authors|PDF|Code|Comments|\n|:---|:---|:-|:-|:-|:---|\n"
        + "".join(
            f"|**2024-12-18**|**{title}**|Ada Quill et.al|[paper](https://arxiv.org/abs/{ident})|-|"
            f"<details><summary>detail</summary>{note}</details>|\n"
            for title, ident, note in rows
        )
    )
    assert [(p["venue"], p["year"]) for p in _papers(page)] == [
        ("WACV", 2025),
        ("AAAI", 2025),
        ("arXiv", 2024),
    ]


def test_a_venue_line_under_a_card_heading_is_that_papers_and_no_other() -> None:
    cards = [
        (
            "Pegging Strategies for Two-Handed Cribbage with Sparse Rewards",
            "CVPR 2025",
            "2503.00001",
        ),
        ("Learning to Discard under Partial Observation of the Crib", "AAAI 2025", "2412.00002"),
        (
            "Skunk Detection in Crowded Card Rooms with Transformers",
            "Card Notes 2025",
            "2501.00003",
        ),
    ]
    page = (
        "<html><body><h2>组会论文</h2>\n"
        + "".join(
            f'<div class="paper-item"><a href="https://arxiv.org/abs/{ident}"><h3>{title}</h3>'
            f"<p>{venue}</p></a></div>\n"
            for title, venue, ident in cards
        )
        + "</body></html>"
    )
    # the third card's venue no list knows: as its card writes it (a journal's name and its
    # year on the line under the title, stop 70), never the first card's
    assert [(p["venue"], p["year"]) for p in _papers(page)] == [
        ("CVPR", 2025),
        ("AAAI", 2025),
        ("Card Notes", 2025),
    ]


def test_a_code_repository_named_by_owner_and_name_is_no_paper() -> None:
    cards = [
        ("Pegging Strategies for Two-Handed Cribbage", "https://arxiv.org/abs/2501.00001"),
        ("cribbage-lab/peg-agent", "https://github.com/cribbage-lab/peg-agent"),
        ("Learning to Discard with Sparse Rewards", "https://arxiv.org/abs/2501.00002"),
        ("deck-ai/discard-reasoner", "https://github.com/deck-ai/discard-reasoner"),
    ]
    page = "# 今日 AI 日报\n\n" + "".join(
        f"**{n}. [{name}]({url})**\n\n这是一条关于纸牌游戏的新闻。\n\n"
        for n, (name, url) in enumerate(cards, 1)
    )
    assert _titles(page) == [cards[0][0], cards[2][0]]


def test_a_newsletters_job_postings_are_no_papers() -> None:
    page = (
        "# The card games newsletter\n\n## Papers of the week\n\n"
        "1. [Pegging Strategies for Two-Handed Cribbage](https://arxiv.org/abs/2501.00001)\n"
        "2. [Learning to Discard with Sparse Rewards](https://arxiv.org/abs/2501.00002)\n\n"
        "## Jobs\n\n"
        "1. [Lead Cribbage Engineer @Pegboard](https://jobs.example.org/1)\n"
        "2. [Senior Engineer — Shuffling & Dealing @Deck Works](https://jobs.example.org/2)\n"
    )
    assert _titles(page) == [
        "Pegging Strategies for Two-Handed Cribbage",
        "Learning to Discard with Sparse Rewards",
    ]


def test_citation_marks_and_a_full_width_comma_venue_are_no_part_of_a_title() -> None:
    from papercli.importers.digest.candidates import tidy

    assert (
        tidy("Why Do Cribbage Agents Peg Early? [9, 30, 50]") == "Why Do Cribbage Agents Peg Early?"
    )
    assert tidy("Skunk Detection in Card Rooms [3-5]") == "Skunk Detection in Card Rooms"
    entries = [
        ("Chinese Cribbage Using Lattice Pegging", "ACL2018", "ACL", 2018),
        ("Pegging-Based Cribbage with Lexicon Rethinking", "IJCAI2019 paper", "IJCAI", 2019),
        ("A Lexicon-Based Graph Network for Cribbage Hands", "EMNLP2019 paper", "EMNLP", 2019),
    ]
    page = "## 纸牌论文\n\n" + "".join(
        f"- [{title}，{tag}](https://example.org/{n})\n"
        for n, (title, tag, _, _) in enumerate(entries)
    )
    assert [(p["title"], p["venue"], p["year"]) for p in _papers(page)] == [
        (title, venue, year) for title, _, venue, year in entries
    ]


def test_a_run_of_citation_marks_is_read_in_linear_time() -> None:
    from papercli.importers.digest.candidates import tidy

    # (measured: the end-anchored pattern before it took 13 s on these 60,000 characters)
    marks = "a" + "[1]" * 20_000 + "x"
    assert tidy(marks) == marks
    assert tidy("Title" + " [1]" * 5 + " [2, 3]") == "Title"


def test_a_book_linked_to_its_catalogue_page_is_no_paper() -> None:
    page = (
        "# My year of reading\n\nThe papers I read:\n\n"
        "* [Pegging Strategies for Two-Handed Cribbage](https://arxiv.org/abs/2501.00001) "
        "(arxiv, 2025-01)\n"
        "* [Learning to Discard with Sparse Rewards](https://arxiv.org/abs/2501.00002) "
        "(ICML 2025)\n\nThe books I read:\n\n"
        "* 25-12-31 | [The Cribbage Player's Daughter](https://www.goodreads.com/book/show/1.Crib)"
        " | _**Ada Quill**_ | Rating: 3.5\n"
        "* 25-12-06 | [The Pegboard Emigrants](https://www.goodreads.com/book/show/2-pegs)"
        " | _**Ben Rowe**_ | Rating: 4\n"
        "* 25-10-04 | [A Town of Card Players](https://book.douban.com/subject/3/)"
        " | _**Cy Lund**_ | Rating: 4.5\n"
    )
    assert _titles(page) == [
        "Pegging Strategies for Two-Handed Cribbage",
        "Learning to Discard with Sparse Rewards",
    ]
