"""Layouts and thresholds from real pages read for errors in stop 37, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import (
    CORROBORATE_LIST,
    DigestResult,
    _set_aside_uncorroborated,
    parse_digest,
)
from papercli.model import Paper


def test_a_year_after_a_dash_ending_a_list_title_is_its_year() -> None:
    page = (
        "# Papers I read\n\n"
        "- [ ] [Pegging Strategies for Two-Handed Cribbage - 2016]()\n"
        "- [ ] [Learning to Discard with Sparse Rewards and Delayed Counting- 2017]()\n"
        "- [ ] [Skunk Detection in Crowded Card Rooms with Convolutional Networks - 2018]()\n"
        "- [ ] [SemEval-2020 Task 9: Scoring Cribbage Hands with Transformers]()\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Pegging Strategies for Two-Handed Cribbage", 2016),
        ("Learning to Discard with Sparse Rewards and Delayed Counting", 2017),
        ("Skunk Detection in Crowded Card Rooms with Convolutional Networks", 2018),
        ("SemEval-2020 Task 9: Scoring Cribbage Hands with Transformers", None),
    ]


def _result(scores: list[float]) -> DigestResult:
    result = DigestResult()
    vouched = Paper(title="A Paper With Its Authors Named", authors=["Ada Quill"])
    result.papers.append(vouched)
    result.confidence[id(vouched)] = 0.9
    for n, score in enumerate(scores):
        paper = Paper(title=f"An Unvouched Title Number {n}")
        result.papers.append(paper)
        result.confidence[id(paper)] = score
    return result


def test_a_list_keeps_a_title_a_short_page_would_set_aside() -> None:
    listed = _result([0.72] * (CORROBORATE_LIST - 1))
    _set_aside_uncorroborated(listed, set())
    assert len(listed.papers) == CORROBORATE_LIST and not listed.uncertain
    short = _result([0.72, 0.9])
    _set_aside_uncorroborated(short, set())
    assert [p.title for p in short.uncertain] == ["An Unvouched Title Number 0"]
    assert len(short.papers) == 2
    doubted = _result([0.6] * (CORROBORATE_LIST - 1))
    _set_aside_uncorroborated(doubted, set())
    assert len(doubted.papers) == 1 and len(doubted.uncertain) == CORROBORATE_LIST - 1


def test_national_references_with_full_english_names_glued_to_the_title() -> None:
    page = (
        "参考文献\n"
        "[2]Ada Quill,Ben Rowe.A Pegging Strategy for Two-Handed Cribbage Based on Rewards"
        "[C].China Card Games Conference,2015.\n"
        "[3]Cy Lund,Dora Moss,Eli Crane,and Fay Hollis.A Formal Ontology of Card Rooms and "
        "Its Application in Skunk Detection[J].Journal of Card Science,2004,19(3):290-301.\n"
        "[4]Gus Pike,V.Hal Reed,Ivy Stone.Counting Engineering,Principles and Methods[J]."
        "Data and Card Engineering,1998,25(1-2):161-197.\n"
    )
    got = [(p["title"], p["authors"][0]) for p in _papers(page)]
    assert got == [
        ("A Pegging Strategy for Two-Handed Cribbage Based on Rewards", "Ada Quill"),
        ("A Formal Ontology of Card Rooms and Its Application in Skunk Detection", "Cy Lund"),
        ("Counting Engineering,Principles and Methods", "Gus Pike"),
    ]


def test_a_national_reference_to_an_online_database_is_a_paper() -> None:
    page = "".join(
        f"{n}{names}.{title}[DB/OL].[2008-10-12].http://example.org/{n}.pdf.\n"
        for n, (names, title) in enumerate(
            [
                ("Quill A,Rowe B,Lund C,et al", "Evaluation of pegging algorithms for card rooms"),
                ("Moss D J,Crane E", "Empirical analysis of predictive algorithms for cribbage"),
                ("Hollis F,Pike G", "Jumpstarting skunk detection with dead hands"),
            ],
            start=1,
        )
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Evaluation of pegging algorithms for card rooms", ["Quill A", "Rowe B", "Lund C"]),
        ("Empirical analysis of predictive algorithms for cribbage", ["Moss D J", "Crane E"]),
        ("Jumpstarting skunk detection with dead hands", ["Hollis F", "Pike G"]),
    ]


def test_a_contents_section_whose_lines_link_out_of_the_page_is_the_list() -> None:
    titles = [
        "Pegging Strategies for Two-Handed Cribbage with Deep Networks",
        "Learning to Discard with Sparse Rewards in Card Games",
        "Skunk Detection in Crowded Card Rooms for Click-Through Prediction",
    ]
    nicknames = ["PSTC", "LDSR", "SDCR"]
    items = "".join(
        f"* [[{nick}] {title} (Card Lab 2017)](https://example.org/papers/{nick}.pdf) <br />\n"
        for nick, title in zip(nicknames, titles, strict=True)
    )
    page = (
        "# 推荐系统论文\n\n阅读过的论文列表。\n\n## 目录\n\n"
        f"### Deep Learning Recommender System\n{items}\n"
    )
    assert [p["title"] for p in _papers(page)] == titles
    anchors = "".join(f"* [{title}](#paper-{n})\n" for n, title in enumerate(titles))
    listed = "".join(f"## {title}\n\nA note on it.\n\n" for title in titles)
    contents = f"# Notes\n\n## Contents\n\n{anchors}\n{listed}"
    assert [p.title for p in parse_digest(contents, keep_uncertain=True).papers] == titles


def _linked(text: str, arxiv: str) -> str:
    return f"- {text} [https://arxiv.org/abs/{arxiv}](https://arxiv.org/abs/{arxiv})\n"


def test_a_short_name_glued_to_its_papers_title_in_brackets_gives_the_title() -> None:
    page = "# 文献链接\n\n## 图像分类(Classification)\n" + "".join(
        _linked(text, arxiv)
        for text, arxiv in [
            ("PegNet(Pegging Strategies for Two-Handed Cribbage)", "1311.2901"),
            ("SkunkNet, Skunkv1(Going deeper with skunk detection)", "1409.4842"),
            ("CribViT V2(Separable Self-attention for Card Room Transformers)", "2206.02680"),
            ("DiscardFormer(Learning to Discard with Sparse Rewards )", "1707.07012"),
        ]
    )
    got = [(p["title"], p["alt_titles"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("Pegging Strategies for Two-Handed Cribbage", ["PegNet"], "1311.2901"),
        ("Going deeper with skunk detection", ["SkunkNet, Skunkv1"], "1409.4842"),
        ("Separable Self-attention for Card Room Transformers", ["CribViT V2"], "2206.02680"),
        ("Learning to Discard with Sparse Rewards", ["DiscardFormer"], "1707.07012"),
    ]


def test_a_short_names_identifier_line_never_moves_to_the_titled_line_below() -> None:
    page = "# 文献链接\n\n## 图像分类(Classification)\n" + "".join(
        _linked(text, arxiv)
        for text, arxiv in [
            ("PegNet(Pegging Strategies for Two-Handed Cribbage)", "1311.2901"),
            ("VGG", "1409.1556"),
            ("SkunkNet(Going deeper with skunk detection in card rooms)", "1409.4842"),
            ("ResNet", "1512.03385"),
            ("FPN(Feature Pyramid Networks for Cribbage Boards)", "1612.03144"),
        ]
    )
    got = {p["title"]: p["arxiv_id"] for p in _papers(page)}
    assert got["Going deeper with skunk detection in card rooms"] == "1409.4842"
    assert got["Feature Pyramid Networks for Cribbage Boards"] == "1612.03144"


def test_an_arxiv_link_whose_text_is_the_title_is_the_papers_over_ones_cited_before() -> None:
    item = (
        '<div class="article"><h5><b><a href="http://blog.example.org/{n}/">{title}</a></b></h5>'
        "<h6>{who} - Card Blog</h6><p>Card games changed after the "
        "<a href=https://arxiv.org/abs/1706.0{n}762>Transformer</a> came out. The post opens "
        "the paper: <a href=https://arxiv.org/abs/1805.1{n}369>{title}</a>.</p></div>\n"
    )
    titles = [
        "When Pegging Models Don't Need to be Recurrent",
        "Skunk Detection in Crowded Card Rooms",
        "Learning to Discard with Sparse Rewards",
    ]
    page = "<html><body><h1>Weekly card newsletter</h1>\n" + "".join(
        item.format(n=n, title=title, who=who)
        for n, (title, who) in enumerate(
            zip(titles, ["Ada Quill", "Ben Rowe", "Cy Lund"], strict=True)
        )
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [(title, f"1805.1{n}369") for n, title in enumerate(titles)]


def test_a_venue_and_its_track_after_the_titles_last_comma() -> None:
    entries = [
        ("A Comprehensive Study of Pegging for Large Card Models", "Ada Quill, Ben Rowe"),
        (
            "Pegging Large Card Models: Problems, Methods, and Opportunities, "
            "EMNLP 2023 Main Conference Paper",
            "Cy Lund, Dora Moss, Eli Crane",
        ),
        ("Skunk Detection for Large Card Models: A Survey", "Fay Hollis, Gus Pike"),
        ("Learning to Discard with Sparse Rewards, NAACL 2022 Long Paper", "Hal Reed"),
    ]
    page = "# Surveys\n\n" + "".join(
        f"**{title}** <br />\n{names}. [[paper](https://arxiv.org/abs/2305.1317{n})]\n\n"
        for n, (title, names) in enumerate(entries)
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got[1] == (
        "Pegging Large Card Models: Problems, Methods, and Opportunities",
        "EMNLP",
        2023,
    )
    assert got[3] == ("Learning to Discard with Sparse Rewards", "NAACL", 2022)


def _speech_log(intro: str, comments: list[str]) -> str:
    entries = "".join(
        f"### 2022-7-{n + 1}\npaper title：{title}\n标题：一种语音增强方法\n"
        f"链接：https://arxiv.org/abs/2207.1{n}934\n作者：Ada Quill,Ben Rowe\n备注：{comment}\n\n"
        for n, (title, comment) in enumerate(
            zip(
                [
                    "Pegging Speech Enhancement with Block-Online Cribbage Beamforming",
                    "Skunk Detection for Real-Time Speech Enhancement with Parallel RNNs",
                    "Learning to Discard Noise with Binaural Card Earbuds",
                    "Direction-Aware Counting of Crib Hands in Noisy Card Rooms",
                ],
                comments,
                strict=True,
            )
        )
    )
    return f"# Single Channel Speech Enhancement\n{intro}\n\n## Speech Denoise\n\n{entries}"


def test_a_venue_in_a_web_address_of_the_intro_is_not_the_pages() -> None:
    page = _speech_log(
        "## DNS比赛\n网页地址：https://www.example.com/research/noise-challenge-icassp-2022/",
        ["5 pages", "5 pages, 4 figures", "12 pages", "8 pages"],
    )
    assert {p["venue"] for p in _papers(page)} == {"arXiv"}


def test_a_known_venue_in_an_arxiv_comment_field_is_the_papers() -> None:
    page = _speech_log(
        "记录关于单通道语音增强的论文。",
        [
            "IEEE/RSJ IROS 2022",
            "12 pages, Published in Mobisys 2022",
            "5 pages, submitted to Interspeech 2022",
            "Will appear in IEEE-ASRU 2021",
        ],
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("IROS", 2022), ("MobiSys", 2022), ("arXiv", 2022), ("ASRU", 2021)]


def test_a_numbered_venue_line_heads_the_papers_below_it_like_a_heading() -> None:
    def entry(n: int, title: str, names: str) -> str:
        return f"{n}. **{title}** *{names}*\n\n   https://example.org/{n}.pdf\n\n"

    page = (
        "#### 一、ACL 2019\n\n"
        + entry(1, "Pegging Strategies for Two-Handed Cribbage", "Ada Quill, Ben Rowe")
        + entry(2, "Joint Type Inference on Card Hands via Graph Networks", "Cy Lund, Dora Moss")
        + "\n\n二、AAAI 2019\n\n"
        + entry(1, "Hybrid Attention-based Networks for Noisy Skunk Detection", "Eli Crane")
        + entry(2, "A Hierarchical Framework for Discarding with Rewards", "Fay Hollis, Gus Pike")
    )
    got = [(p["title"][:20], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Pegging Strategies f", "ACL", 2019),
        ("Joint Type Inference", "ACL", 2019),
        ("Hybrid Attention-bas", "AAAI", 2019),
        ("A Hierarchical Frame", "AAAI", 2019),
    ]


def test_author_date_citations_with_quoted_titles() -> None:
    page = (
        "# Week 1: Card games as data\n\n"
        "Ada Quill. 2020. “Cards as Data: An Overview.” In Ben Rowe and Cy Lund, eds. "
        "SAGE Handbook of Research Methods in Card Science. [here](https://example.org/a.pdf)\n\n"
        'Dora Moss and Eli Crane. 2020. "Climbing towards Cribbage: On Meaning and Form." '
        "https://aclanthology.org/2020.acl-main.463.pdf\n\n"
        'Fay Hollis, Gus Pike, and Hal Reed. 2019. "Bias in Card Embeddings." '
        "https://dl.acm.org/doi/pdf/10.1145/3351095.3372843\n"
    )
    got = [(p["title"], p["authors"], p["venue"]) for p in _papers(page)]
    assert got[0] == (
        "Cards as Data: An Overview",
        ["Ada Quill"],
        "SAGE Handbook of Research Methods in Card Science",
    )
    # not the addresses' words after them; the ACL Anthology's paper id names its proceedings
    # (stop 69)
    assert [venue for *_, venue in got[1:]] == ["ACL", None]
    assert [authors for _, authors, _ in got[1:]] == [
        ["Dora Moss", "Eli Crane"],
        ["Fay Hollis", "Gus Pike", "Hal Reed"],
    ]


def test_a_linked_title_with_a_colon_is_not_names_before_a_title() -> None:
    rows = [
        (
            "Pegging Made Simple: Managing Crib Hands in Multi-Tenant Card Rooms",
            "Ada Quill, Ben Rowe",
        ),
        (
            "Move Fast and Meet Deadlines: Fine-grained Real-time Cribbage with Cameo",
            "Cy Lund, Dora Moss",
        ),
        ("Henge: Intent-driven Multi-Tenant Skunk Detection", "Eli Crane, Fay Hollis"),
        ("Count Fast and Peg Late: Scheduling Crib Hands at Scale", "Gus Pike, Hal Reed"),
    ]
    page = "# Caching reading list\n\n" + "".join(
        f"{n}. [{title}](https://example.org/{n}.pdf). {names}. USENIX 2021.\n"
        for n, (title, names) in enumerate(rows, start=1)
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [(title, names.split(", ")) for title, names in rows]


def test_a_venue_and_year_before_a_dash_lead_a_newsletters_title() -> None:
    item = (
        '<div class="article"><h5><b><a href="{url}">{text}</a></b></h5>'
        "<h6>Card Lab - Card Blog</h6><p>A short note on why this paper matters.</p></div>\n"
    )
    entries = [
        ("https://github.com/example/pegging", "ECCV 2018 - The Devil of Pegging is in the Noise"),
        (
            "https://arxiv.org/abs/1807.09289",
            "ICML 2018 Workshop - Reliable Uncertainty Estimates for Crib Hands",
        ),
        ("https://blog.example.org/skunk", "Skunk Detection in Crowded Card Rooms - 2019 Edition"),
    ]
    page = "<html><body><h1>Weekly card newsletter</h1>\n" + "".join(
        item.format(url=url, text=text) for url, text in entries
    )
    kept = parse_digest(page, keep_uncertain=True).papers
    got = [(p.title, p.venue, p.year) for p in kept]
    assert got[:2] == [
        ("The Devil of Pegging is in the Noise", "ECCV", 2018),
        ("Reliable Uncertainty Estimates for Crib Hands", "ICML", 2018),
    ]


def test_a_korean_news_items_quoted_translation_and_its_english_title() -> None:
    page = (
        "석사과정생으로서 CVPR 제1저자 발표 이례적 성과\n▲김하나 전기컴퓨터공학과 석사과정 학생\n"
        "본교 연구실 김하나 학생이 세계 최고 권위 컴퓨터 비전 학술대회인 CVPR 2025(Computer Vision "
        "and Pattern Recognition)에서 제1저자로 논문을 발표했다. 김하나 학생이 발표한 ‘둘이 "
        "하나보다 낫다: 카드 게임을 위한 앙상블 기법’(Two Hands are Better than One: Ensemble "
        "Pegging for Compact Card Models) 제목의 논문은 효율적인 기법을 제안했다.\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Two Hands are Better than One: Ensemble Pegging for Compact Card Models", "CVPR", 2025)
    ]


def test_korean_and_japanese_prose_calling_a_quoted_english_title_a_paper() -> None:
    page = (
        "인공지능학과 학생들이 ECCV에서 논문을 발표한다.\n"
        "이하나 학생은 ‘Ensemble Pegging Guided Sub-network Search for Crib Pruning’라는 논문을 "
        "발표한다. 카드 게임의 성능을 효과적으로 개선하는 방법이다.\n"
        "김두리 학생의 논문 제목은 ‘Skunk-aware Multi-view Contrastive Learning for Card "
        "Recognition’이다. 새롭게 제안한 방법은 카드의 핵심 영역에 주목한다.\n"
        "佐藤は「Counting Crib Hands with Dialogue Videos from Card Rooms」という論文を"
        "発表しました。\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Ensemble Pegging Guided Sub-network Search for Crib Pruning",
        "Skunk-aware Multi-view Contrastive Learning for Card Recognition",
        "Counting Crib Hands with Dialogue Videos from Card Rooms",
    ]
