"""Layouts of real pages read for errors in stop 26, written afresh as small cases."""

from __future__ import annotations

import pytest
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.tails import written_venue


@pytest.mark.parametrize(
    ("after", "venue", "year"),
    [
        (
            "[J]. Journal of Cribbage Studies, 2012, 29(6): 82-97.",
            "Journal of Cribbage Studies",
            2012,
        ),
        (
            "[C]//2013 Meeting on cards, pegs and boards. Press, 2013: 1-9.",
            "2013 Meeting on cards, pegs and boards",
            2013,
        ),
        (". Moss, S.A. CRIBCON’14", "CRIBCON", 2014),
        (". Quill, S., et al. Pegging letters’15.", "Pegging letters", 2015),
        (" (Tabletop Image Analysis, 2022)", "Tabletop Image Analysis", 2022),
        (", Ada Rowe et al., RAM 2023 | [bibtex](x.txt)", "RAM", 2023),
        (". Lund and Moss. Cardspeech 1997.", None, None),  # one word, no capitals: a name?
        (". Boards, vol. 42, no. 8, pp. 30-37, Aug. 2009.", "Boards", 2009),
        (". Annals of Pegging, 29 (5): 1189-1232, 2001", "Annals of Pegging", 2001),
        (
            ".** Int. J. Comput. Cribbage Lang. Process. 2013",
            "Int. J. Comput. Cribbage Lang. Process",
            2013,
        ),
        (". A. Moss, B. Quill. JCRIB.", "JCRIB", None),
        (". Moss et al. IEEE Pegging Magazine.", "IEEE Pegging Magazine", None),
        (". CRBM(2021) PDF", "CRBM", 2021),
        (
            "[J]. Application Research of Cribbage, 2021, 38(8): 2268-2277.",
            "Application Research of Cribbage",
            2021,
        ),
        ("[J]. 计算机学报, 2019, 42(1): 1-10.", "计算机学报", 2019),
    ],
)
def test_the_venue_written_after_a_title_is_read_as_written(
    after: str, venue: str | None, year: int | None
) -> None:
    assert written_venue(after) == (venue, year)


@pytest.mark.parametrize(
    "after",
    [
        " (Google, 2019)",  # a lab
        " (Moss, 2019)",  # a cited surname
        " (Moss and Quill, 2019)",
        ". Moss 2019",
        ", Ada Rowe, 2020",  # a name
        " (GAN)",  # a nickname
        " (Oral)",
        ". We propose a new model of pegging in 2019.",  # a summary
        " [[PDF]](x.pdf)",
        ". Deep Pegging (2016)",  # a book and its year
        ". Moss (2019)",
        " CLIP",  # a nickname after the title
        ", Jun. 7 2023.",  # a date
        ": The original 1989 paper on pegging.",
        " (DeepMind出品，MLLM先驱。)",
        ". Gu & Dao · 2023",
    ],
)
def test_names_labs_and_prose_after_a_title_are_no_venue(after: str) -> None:
    assert written_venue(after) == (None, None)


def test_a_reading_list_gives_each_paper_the_journal_written_after_it() -> None:
    text = (
        "# Further reading\n\n"
        "1. Moss A, Quill B. Pegging Strategies for Two Player Cribbage[J]. "
        "Journal of Cribbage Studies, 2012, 29(6): 82-97.\n"
        "2. Rowe C, Lund D. Counting Fifteens with Recurrent Networks[J]. "
        "Tabletop Computing Letters, 2015, 3(2): 1-9.\n"
    )
    got = [(p["title"], p.get("venue"), p.get("year")) for p in _papers(text)]
    assert got == [
        ("Pegging Strategies for Two Player Cribbage", "Journal of Cribbage Studies", 2012),
        ("Counting Fifteens with Recurrent Networks", "Tabletop Computing Letters", 2015),
    ]


def test_a_surname_with_two_capitals_is_no_venue() -> None:
    assert written_venue(". Ada Rowe, Sheila A. McIlraith") == (None, None)
    assert written_venue(". Ada Rowe, Bo LeCun 1998") == (None, None)
    assert written_venue(". Ada Rowe, Bo Quill. CoRL 2021") == ("CoRL", 2021)


def test_an_acronym_and_year_before_the_title_is_its_venue() -> None:
    from papercli.importers.digest.tails import venue_before

    assert venue_before("3. CRIB 2016: ") == ("CRIB", 2016)
    assert venue_before("- [PgCRL'21] ") == ("PgCRL", 2021)
    assert venue_before("- Top 2016: ") == (None, None)  # one capital: a word
    assert venue_before("Read in 2016: ") == (None, None)
    text = (
        "1. CRIB 2019: Pegging Strategies for Two Player Cribbage [[Paper]](https://x.org/1.pdf)\n"
        "2. PGC 2021: Counting Fifteens with Recurrent Networks [[Paper]](https://x.org/2.pdf)\n"
    )
    got = [(p["title"], p.get("venue"), p.get("year")) for p in _papers(text)]
    assert got == [
        ("Pegging Strategies for Two Player Cribbage", "CRIB", 2019),
        ("Counting Fifteens with Recurrent Networks", "PGC", 2021),
    ]


def test_a_research_conference_is_a_venue_though_labs_do_research() -> None:
    assert written_venue(". Cribbage Research Conference 2018 paper") == (
        "Cribbage Research Conference",
        2018,
    )
    assert written_venue(" (Pegging Research, 2018)") == (None, None)


def test_names_opening_the_sentence_under_a_title_are_its_authors() -> None:
    from papercli.importers.digest.fields import sentence_names

    assert sentence_names("Ada Moss, Bo Quill, and colleagues ask a simple question") == [
        "Ada Moss",
        "Bo Quill",
    ]
    assert sentence_names("Ada Moss and Bo Quill at Acme Research produced the paper") == [
        "Ada Moss",
        "Bo Quill",
    ]
    assert sentence_names("Ada Moss and colleagues ask a question") == []  # one name
    assert sentence_names("Deep Learning and Computer Vision explored the game") == []
    text = (
        "# Weekly reads\n\n"
        "## 2. Pegging strategies differentially impact memory in card players\n\n"
        "Beatriz Moss, Madelyn Quill, and colleagues ask a deceptively simple question: "
        "how do players count?\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        (
            "Pegging strategies differentially impact memory in card players",
            ["Beatriz Moss", "Madelyn Quill"],
        )
    ]


def test_two_full_names_are_no_title_and_the_authors_of_the_title_above() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Matthew Moss and Joyce Quill")
    assert not never_title("MobileNetV2: Inverted Residuals and Linear Bottlenecks")
    assert not never_title("Minds, Brains, and Programs")
    assert not never_title("Symmetric Linear Arc Monadic Datalog and Gadget Reductions")
    text = (
        "The best paper awards were decided by a committee of the program.\n\n"
        "Best long paper\n"
        "Beyond Pegging: A Study of Implicit Counting for Nominal Cribbage Hands\n"
        "Matthew Moss and Joyce Quill\n"
        "Presented: Wednesday July 14, 2010 17:50-18:15, Venue A, Aula\n\n"
        "Best short paper\n"
        "Clustering for Unsupervised Tagging of Cribbage Hands\n"
        "Michael Rowe, Yariv Lund, Mark Moss, Elie Quill\n"
        "Presented: Tuesday July 13, 2010 12:15-12:25, Venue A, Hall X\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got[0] == (
        "Beyond Pegging: A Study of Implicit Counting for Nominal Cribbage Hands",
        ["Matthew Moss", "Joyce Quill"],
    )
    assert all("Moss and" not in title for title, _ in got)


def test_lines_of_one_author_and_their_university_are_the_authors() -> None:
    text = (
        "Best Papers, awarded by the committee\n\n"
        "A Role for Pegging in Mobile Interaction: Initial Design Using a Handheld Board\n"
        "Joseph Moss, University of British Cribbage, Canada\n"
        "Jérôme Quill, McGill University, Canada\n"
        "Shannon Rowe, Pegging Research Lab, Canada\n"
        "This paper describes pegging technologies that can be formed into tiny boards.\n\n"
        "Embedded Phenomena: Supporting Cribbage Learning with Classroom-sized Boards\n"
        "Tom Lund, University of Illinois at Chicago, USA\n"
        "This paper describes a classroom game.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got[0][1] == ["Joseph Moss", "Jérôme Quill", "Shannon Rowe"]
    assert got[1][1] == []  # one such line may be the post's own writer


def test_surnames_in_parentheses_after_a_quoted_title_are_its_authors() -> None:
    def authors(text: str) -> list[list[str]]:
        return [p["authors"] for p in _papers(text)]

    lead = "Blind spots.\n\n“Pegging Strategies for Two Player Cribbage Games” "
    assert authors(lead + "(Moss, Quill, Rowe) was presented at NIPS 2012.\n") == [
        ["Moss", "Quill", "Rowe"]
    ]
    assert authors(lead + "(Moss and Quill) was presented at NIPS 2012.\n") == [["Moss", "Quill"]]
    assert authors(lead + "(Oral, Spotlight) was presented at NIPS 2012.\n") == [[]]


def test_fields_set_apart_by_wide_gaps_cut_a_title_candidate() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    lines = read_lines("Pegging Strategies for Cribbage  Rupert Moss  1974  2,352 citations\n")
    found = {c.text: c for c in candidates(lines, 0)}
    assert "Pegging Strategies for Cribbage" in found
    assert found["Pegging Strategies for Cribbage"].rest.startswith("Rupert Moss")
    lines = read_lines("Pegging Strategies for Cribbage Rupert Moss 1974\n")
    assert "Pegging Strategies for Cribbage" not in {c.text for c in candidates(lines, 0)}


def test_a_field_line_under_the_title_names_its_venue() -> None:
    text = (
        "# Daily picks\n\n"
        "### [1] [Pegging Strategies for Two Player Cribbage](https://arxiv.org/abs/2506.20800)\n\n"
        "**Authors:** Ada Moss, Bo Quill\n\n"
        "**Comment:** Accepted Poster at WiSec 2025\n\n"
        "### [2] [Counting Fifteens with Recurrent Networks](https://arxiv.org/abs/2506.20801)\n\n"
        "**Authors:** Cy Rowe, Di Lund\n\n"
    )
    got = [(p["title"], p.get("venue"), p.get("year")) for p in _papers(text)]
    assert got == [
        ("Pegging Strategies for Two Player Cribbage", "WiSec", 2025),
        ("Counting Fifteens with Recurrent Networks", "arXiv", 2025),
    ]
    text = (
        "# 每日论文速递\n\n"
        "## 1. Learning to Discard in Cribbage\n\n"
        "**基本信息**\n"
        "- 作者: Ed Moss, Fay Quill\n"
        "- 发布: 2025-06-26\n"
        "- 会议/期刊: NeurIPS 2025 (CCF-A)\n"
        "- arXiv: [2506.21215](https://arxiv.org/abs/2506.21215)\n\n"
        "## 2. Pegging Games and Their Equilibria\n\n"
        "**基本信息**\n"
        "- 作者: Gil Rowe, Hal Lund\n"
        "- 发布: 2024-02-01\n"
        "- arXiv: [2402.00001](https://arxiv.org/abs/2402.00001)\n"
    )
    got = [(p["title"], p.get("venue"), p.get("year")) for p in _papers(text)]
    assert got[0] == ("Learning to Discard in Cribbage", "NeurIPS", 2025)


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        ("ICWSM-18 Technical Program", "ICWSM", 2018),
        ("Title. OSDI 2016.", "OSDI", 2016),
        ("Accepted at SDM 2019", "SDM", 2019),
        ("Shinoda and Watanabe. Eurospeech 1997.", "Eurospeech", 1997),
        ("[Title](https://arxiv.org/abs/1803.02324) acl 2018", "ACL", 2018),
    ],
)
def test_more_meetings_are_known_venues(text: str, venue: str, year: int) -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year(text) == (venue, year)
    assert find_venue_year("an acl tear in the knee") == (None, None)  # a word, no year


def test_a_dated_heading_over_a_labelled_title_gives_its_year() -> None:
    text = (
        "# Milestones\n\n"
        "## The card era (2017-2019)\n\n"
        "### Pegging Is All You Need (2017) ⭐\n"
        '- **论文**: "Pegging Is All You Need"\n'
        "- **作者**: Moss et al. (Acme)\n\n"
        "### Counting (2018)\n"
        '- **论文**: "Counting Fifteens with Recurrent Networks"\n'
        "- **作者**: Quill et al. (Acme)\n"
    )
    got = [(p["title"], p.get("year")) for p in _papers(text)]
    assert got == [
        ("Pegging Is All You Need", 2017),
        ("Counting Fifteens with Recurrent Networks", 2018),
    ]


def test_a_preprint_link_under_a_conference_page_keeps_the_conference() -> None:
    text = (
        "The CRIBCON Outstanding Paper awards are given to papers from the current conference. "
        "There were two winners of the outstanding paper award. The accolades went to:\n\n"
        "On Learning Sets of Symmetric Pegs\n\n"
        "Ada Moss, Bo Quill, Cy Rowe\n\n"
        "Learning from unordered sets is a fundamental setup.\n\n"
        "Read the full paper on arXiv.\n\n"
        "Counting Fifteens with Recurrent Networks\n\n"
        "Di Lund, Ed Moss\n\n"
        "A method for counting.\n\n"
        "Read the full paper on arXiv.\n"
    )
    text = text.replace("CRIBCON", "ICML")  # a venue the list knows
    got = [(p["title"], p.get("venue")) for p in _papers(text)]
    assert got == [
        ("On Learning Sets of Symmetric Pegs", "ICML"),
        ("Counting Fifteens with Recurrent Networks", "ICML"),
    ]


def test_an_authors_label_reads_names_a_space_apart_or_in_lower_case() -> None:
    from papercli.importers.digest.fields import labelled_names

    assert labelled_names("张博航 盖景初 杜逸恒 贺笛") == ["张博航", "盖景初", "杜逸恒", "贺笛"]
    assert labelled_names("ada moss, bo quill,cy rowe") == ["ada moss", "bo quill", "cy rowe"]
    assert labelled_names("Ada Moss, Bo Quill") == ["Ada Moss", "Bo Quill"]
    assert labelled_names("deep learning for cards and games") == []
    assert labelled_names("深度学习的卡牌游戏研究") == []
    text = (
        "# 论文速递\n\n"
        "论文标题：Pegging Strategies for Two Player Cribbage\n"
        "论文作者：ada moss, bo quill,cy rowe\n"
        "论文地址：https://arxiv.org/abs/2401.00001\n"
    )
    assert [p["authors"] for p in _papers(text)] == [["ada moss", "bo quill", "cy rowe"]]


def test_a_surname_and_et_al_after_the_title_is_its_first_author() -> None:
    text = (
        "# Key papers\n\n"
        "Value-Based\n\n"
        "- Double Pegging with Deep Cribbage Networks — van Moss et al., AAAI 2016. Fixes it.\n"
        "- Dueling Counting Architectures for Card Games — Quill et al., ICML 2016. Splits it.\n"
        "- Prioritized Discard Replay — Rowe et al., ICLR 2016. Samples it.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        ("Double Pegging with Deep Cribbage Networks", ["van Moss"]),
        ("Dueling Counting Architectures for Card Games", ["Quill"]),
        ("Prioritized Discard Replay", ["Rowe"]),
    ]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Efficient Estimation of Card Representations (Word2Vec)",
            ("Efficient Estimation of Card Representations", "Word2Vec"),
        ),
        (
            "Outrageously Large Pegging Networks (Sparsely-Gated MoE)",
            ("Outrageously Large Pegging Networks", "Sparsely-Gated MoE"),
        ),
        ("Gaussian Error Linear Units (GELUs)", ("Gaussian Error Linear Units (GELUs)", None)),
        ("Long Short-Term Memory (LSTM)", ("Long Short-Term Memory (LSTM)", None)),
        (
            "Homogeneity of Card Games (and Beyond)",
            ("Homogeneity of Card Games (and Beyond)", None),
        ),
        (
            "Pegging Contributions and Impact (2005-2025)",
            ("Pegging Contributions and Impact (2005-2025)", None),
        ),
        ("An Early Evaluation of GPT-4V(ision)", ("An Early Evaluation of GPT-4V(ision)", None)),
        ("Smoothing and Mapping (riSAM)", ("Smoothing and Mapping (riSAM)", None)),
        (
            "Pegging in Plains Zebra (Equus quagga)",
            ("Pegging in Plains Zebra (Equus quagga)", None),
        ),
        (
            "Know What You Cannot Count (Extended Version)",
            ("Know What You Cannot Count (Extended Version)", None),
        ),
        (
            "Visual Inertial Odometry with Pegging Features (BIT-VIO)",
            ("Visual Inertial Odometry with Pegging Features (BIT-VIO)", None),
        ),
        (
            "Pegging quantization with a toolkit (aimet)",
            ("Pegging quantization with a toolkit (aimet)", None),
        ),
        (
            "Counting Fifteens with Recurrent Networks (Oral)",
            ("Counting Fifteens with Recurrent Networks (Oral)", None),
        ),
    ],
)
def test_a_nickname_after_a_title_is_not_part_of_it(
    title: str, expected: tuple[str, str | None]
) -> None:
    from papercli.importers.digest.candidates import without_nickname

    assert without_nickname(title) == expected


def test_a_paper_keeps_the_nickname_after_its_title_as_another_name() -> None:
    text = (
        "| Paper | Year |\n|---|---|\n"
        "| Outrageously Large Pegging Networks (Sparsely-Gated MoE) | 2017 |\n"
        "| Counting Fifteens with Recurrent Networks (CountNet) | 2018 |\n"
        "| Deep Residual Learning for Cribbage Recognition (ResNet) | 2016 |\n"
    )
    papers = _papers(text)
    assert [p["title"] for p in papers] == [
        "Outrageously Large Pegging Networks",
        "Counting Fifteens with Recurrent Networks",
        "Deep Residual Learning for Cribbage Recognition",
    ]
    assert "Sparsely-Gated MoE" in papers[0]["alt_titles"]


def test_a_nickname_after_a_bar_in_a_title_cell_is_not_part_of_it() -> None:
    from papercli.importers.digest.candidates import without_nickname

    assert without_nickname("Self-Attentive Sequential Pegging | SASP") == (
        "Self-Attentive Sequential Pegging",
        "SASP",
    )
    assert without_nickname("Deep Networks for Cribbage Boards |CribDNN") == (
        "Deep Networks for Cribbage Boards",
        "CribDNN",
    )
    assert without_nickname("Pegging for Cribbage | a survey") == (
        "Pegging for Cribbage | a survey",
        None,
    )


@pytest.mark.parametrize(
    ("sentence", "author"),
    [
        ("学生林之秋以第一作者身份提交的“Visual Pegging”论文荣获最佳论文。", "林之秋"),
        ("本科生郑润锴作为第一作者，与同学共同完成“Visual Pegging”一文。", "郑润锴"),
        ("学生王五作为第一作者完成了“Visual Pegging”一文。", "王五"),
        ("“Visual Pegging”一文的第一作者为张三，已被录用。", "张三"),
    ],
)
def test_chinese_news_names_the_first_author(sentence: str, author: str) -> None:
    from papercli.importers.digest.fields import _FIRST_AUTHOR_SAID

    found = _FIRST_AUTHOR_SAID.search(sentence)
    assert found is not None and (found.group(1) or found.group(2)) == author


def test_chinese_prose_says_who_wrote_the_paper() -> None:
    text = (
        "# 附录：必读论文\n\n"
        "1. **Shaping Pegging's Impact on Billions of Players (2024)**\n"
        "   - 由 Ada Moss、Bo Quill 等顶级学者撰写，提出了五大原则。[arXiv](https://arxiv.org/abs/2412.00001)\n"
        "2. **Counting Fifteens with Recurrent Networks (2023)**\n"
        "   - 该方法由何恺明等人提出。[arXiv](https://arxiv.org/abs/2301.00002)\n"
        "3. **Discard Strategies for Cribbage (2022)**\n"
        "   - 由谷歌大脑团队提出。[arXiv](https://arxiv.org/abs/2201.00003)\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        ("Shaping Pegging's Impact on Billions of Players", ["Ada Moss", "Bo Quill"]),
        ("Counting Fifteens with Recurrent Networks", ["何恺明"]),
        ("Discard Strategies for Cribbage", []),  # a team is no author
    ]


def test_a_date_column_of_year_and_month_gives_the_year() -> None:
    text = (
        "| Date | Nickname | Paper |\n|---|---|---|\n"
        "| `2024.03` | Peg | [The Pegger Model Family: Opus, Sonnet, Haiku](https://x.org/a) |\n"
        "| `2023.12` | Cnt | [Counting Fifteens with Recurrent Networks](https://x.org/b) |\n"
    )
    got = [(p["title"], p.get("year")) for p in _papers(text)]
    assert got == [
        ("The Pegger Model Family: Opus, Sonnet, Haiku", 2024),
        ("Counting Fifteens with Recurrent Networks", 2023),
    ]


@pytest.mark.parametrize(
    ("after", "venue", "year"),
    [
        (" | **[CRIB' 17]** | [`[pdf]`](https://arxiv.org/pdf/1701.01546.pdf)", "CRIB", 2017),
        (" | [PEGMM' 18] | [`[link]`](https://dl.acm.org/doi/10.1145/1)", "PEGMM", 2018),
        (" | **[IEEE CPL' 20]**", "IEEE CPL", 2020),
    ],
)
def test_a_venue_tag_after_a_title_gives_its_venue_and_year(
    after: str, venue: str, year: int
) -> None:
    assert written_venue(after) == (venue, year)
