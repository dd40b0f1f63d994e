"""Layouts of real pages read for errors in stop 31, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_a_title_run_into_chinese_prose_after_a_plain_comma_is_read() -> None:
    page = (
        "纸牌游戏论文评审前十名\n\n"
        "以下是前十名论文的部分信息:\n\n"
        "  • 第一名是这篇:Counting Cribbage Hands with Learned Lookup Tables,"
        "作者来自某某大学和另一所大学。\n\n"
        "  • 论文地址:https://example.org/cribbage\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Counting Cribbage Hands with Learned Lookup Tables"
    ]


def test_rows_of_title_first_author_and_affiliation_between_full_width_bars() -> None:
    rows = [
        ("CribBoard: An Evaluation Board of Multi-hand Cribbage Agents", "Ma Chang"),
        ("PegBench: Culturally-diverse Pegging Benchmark", "David Romero"),
        ("Nob Treebank: Large-scale Recordings of Naturalistic Play", "Christopher Wang"),
        ("MugginsCalc: Evaluating Models for Hand Counting", "Nikhil Khandekar"),
    ]
    page = '### 录用论文清单\n\n格式为"标题｜第一作者｜机构"。\n\n' + "\n".join(
        f"{n}. {title}｜{author}｜Westlake University; Tsinghua University"
        for n, (title, author) in enumerate(rows, start=1)
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [(title, [author]) for title, author in rows]


def test_a_line_of_names_between_bars_is_no_row_of_a_title() -> None:
    entries = [
        (
            "基于推理链的纸牌攻击方法",
            "Chain Based Attacks on Cribbage Pegging",
            ["Ada Moss (莫斯,)", "Ben Rowe (罗本)", "Cy Nob (诺西)", "Di Peg (佩迪)"],
        ),
        (
            "基于不完全手牌的自训练",
            "Self-Training With Incomplete Hands",
            ["Ed Crib (克艾)", "Flo Hand (汉福)", "Gus Pone (彭古)"],
        ),
        (
            "融合关联关系的弃牌识别方法",
            "A Multilingual Discard Recognition Method",
            ["Hal Box (博哈)", "Ivy Lot (洛艾)", "Jo Cut (卡乔)"],
        ),
    ]
    page = "\n\n\n".join(
        f"{chinese}({english})\n" + " | ".join(names) + "\n\n“摘要。”"
        for chinese, english, names in entries
    )
    got = {p["title"]: p["authors"] for p in _papers(page)}
    assert not any("(" in title for title in got)
    for _, english, names in entries:
        assert got.get(english) == [name.partition(" (")[0] for name in names]


_CONTENTS_PAGE = """Skip to main content

2023 | Book

Card Games

28th Cribbage Conference, CRIBC 2022, Reno, USA, September 16–18, 2022, Revised Selected Papers

Table of Contents

Frontmatter
A Position-Aware Attention Network for Pegging Play
Abstract
Pegging is vital. We propose a network attending to card positions. It beats others.
Ada Moss, Ben Rowe, Cy Nob
ID-Agnostic Discard Pre-training for Sequential Play
Abstract
Discarding to the crib is hard. We pre-train a model on behaviour. It works well on many hands.
Di Peg, Ed Crib
"""


def test_a_proceedings_subtitle_names_the_venue_of_its_papers() -> None:
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(_CONTENTS_PAGE)]
    assert got == [
        ("A Position-Aware Attention Network for Pegging Play", "CRIBC", 2022),
        ("ID-Agnostic Discard Pre-training for Sequential Play", "CRIBC", 2022),
    ]


def test_the_names_under_an_abstract_on_a_contents_page_are_the_authors() -> None:
    got = [p["authors"] for p in _papers(_CONTENTS_PAGE)]
    assert got == [["Ada Moss", "Ben Rowe", "Cy Nob"], ["Di Peg", "Ed Crib"]]


def test_a_year_right_after_a_title_then_a_remark_ends_the_title() -> None:
    page = (
        "Papers every card player should read\n\n"
        "None of the papers that came to my mind were on this list.\n\n"
        "- Discard Ranking and Random Trees: Distributed Pegging Protocols for Relieving Hot "
        "Spots on the Crib Board 1997, important read for anyone working in cribbage.\n\n"
        "The rest of the thread is about other things.\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Discard Ranking and Random Trees: Distributed Pegging Protocols for Relieving Hot "
            "Spots on the Crib Board",
            1997,
        )
    ]


_ITALIC_NAMED = [
    ("Trajectory-Balance Pegging for Cribbage Agents", "Ada Moss, Ben Rowe, et al."),
    ("Likelihood-Free Discard Optimization", "Cy Nob, Di Peg"),
    ("Block Scaling for Crib Models Through Aware Play", "Ed Crib, Flo Hand, Gus Pone"),
    ("Relative Score Policy Optimization for Pegging", "Hal Box, Ivy Lot"),
    ("Ultra-Fast Cribbage Counting via Reinforcement Learning", "Jo Cut, Kay Nob"),
]
_ITALIC_NAMED_PAGE = "## 纸牌强化学习\n\n" + "\n".join(
    f"- [0{n}/2026] **[{title}](https://arxiv.org/abs/2603.1255{n})** — "
    f"熵引导选择关键步并分配优势，降低方差与成本。*{names}*, arXiv 2026."
    for n, (title, names) in enumerate(_ITALIC_NAMED, start=1)
)


def test_a_reference_read_across_a_marked_title_and_its_summary_never_replaces_it() -> None:
    got = [p["title"] for p in _papers(_ITALIC_NAMED_PAGE)]
    assert got == [title for title, _ in _ITALIC_NAMED]


def test_italic_names_after_a_chinese_summary_are_the_authors() -> None:
    got = [p["authors"] for p in _papers(_ITALIC_NAMED_PAGE)]
    assert got == [names.removesuffix(", et al.").split(", ") for _, names in _ITALIC_NAMED]


def test_the_security_and_privacy_symposium_is_a_venue() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("### S&P 2017") == ("S&P", 2017)
    assert find_venue_year("IEEE S&P 2020") == ("S&P", 2020)
    assert find_venue_year("2017 IEEE Symposium on Security and Privacy") == ("S&P", 2017)
    assert find_venue_year("AT&T Labs 2017") == (None, 2017)


def test_a_line_of_names_with_affiliations_between_semicolons_is_no_title() -> None:
    entries = [
        (
            "Long Short-Term Temporal Meta-learning in Cribbage",
            "Ada Moss (Peg Lab, Crib Inc)*; Ben Rowe (Crib Inc); Cy Nob (Crib Inc)",
        ),
        (
            "Estimating Causal Effects of Multi-Aspect Discards",
            "Di Peg (Reno State)*; Ed Crib (City University of Reno); Flo Hand (Reno State)",
        ),
        (
            "A Cooperative Multi-Agent Framework for Pegging",
            "Gus Pone (Nob University)*; Hal Box (Crib Group); Ivy Lot (Crib Group)",
        ),
        (
            "It Is Different When Cards Are Older: Debiasing Counts",
            "Jo Cut (Reno University); Kay Nob (Peg University)*; Lou de Box (Reno & Crib Inc)",
        ),
    ]
    page = "\n\n".join(f"{title}\n\n{names}" for title, names in entries)
    got = [(p["title"], len(p["authors"])) for p in _papers(page)]
    assert got == [(title, 3) for title, _ in entries]


def test_a_student_who_received_an_award_for_her_paper_titled_so_is_its_author() -> None:
    page = (
        "Second-year Ph.D. student Ada Moss received Best paper award at CHI 2023 for her "
        'paper titled "Breaking Out of the Crib: A Large-scale Analysis of Pegging Citations" '
        "in a collaboration with two other universities.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Breaking Out of the Crib: A Large-scale Analysis of Pegging Citations", ["Ada Moss"])
    ]


def test_two_titles_joined_by_an_ampersand_and_linked_by_number_are_two_papers() -> None:
    page = (
        "# 2024年秋季学期\n\n## 2024.12.17\n\n"
        "- 赵某：Decorate the Crib: Visual Pegging Prompts for Continual Play & Hand "
        "Condensation with Gradient Matching [[paper1](./papers/a.pdf)] [[paper2](./papers/b.pdf)]"
        " [[slide](./slides/c.pdf)]\n\n## 2024.12.10\n\n"
        "- 钱某：Counting Cribbage Hands with Learned Tables [[paper](./papers/d.pdf)]\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "Decorate the Crib: Visual Pegging Prompts for Continual Play",
        "Hand Condensation with Gradient Matching",
        "Counting Cribbage Hands with Learned Tables",
    ]


def test_an_ampersand_inside_one_linked_title_keeps_it_whole() -> None:
    page = (
        "- [Pegging & Discarding: Two Phases of Cribbage Play](https://arxiv.org/abs/2401.00001)\n"
        "- [Counting Cribbage Hands with Learned Tables](https://arxiv.org/abs/2401.00002)\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "Pegging & Discarding: Two Phases of Cribbage Play",
        "Counting Cribbage Hands with Learned Tables",
    ]


def test_an_entry_under_the_last_entrys_field_items_reads_its_own_fields() -> None:
    entries = [
        ("Rectified Pegging Units Improve Cribbage Machines", "ICML 2010", "1003.00001"),
        ("Expressiveness of Rectifier Cribbage Networks", "ICML 2016", "1511.05678"),
        ("Deep Sparse Rectifier Pegging Networks", "AISTATS 2011", "1103.00002"),
    ]
    page = "## ReLU\n\n" + "\n".join(
        f"**{title}**\n\n- intro: {venue}\n- arxiv: [https://arxiv.org/abs/{aid}]"
        f"(https://arxiv.org/abs/{aid})\n"
        for title, venue, aid in entries
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [(title, venue.split()[0], int(venue.split()[1])) for title, venue, _ in entries]


def test_a_form_or_a_notebook_linked_from_a_schedule_is_no_paper() -> None:
    page = (
        "## Week 1\n\n"
        "1. [Counting Cribbage Hands with Learned Tables](https://arxiv.org/abs/2401.00001)\n"
        "1. [Discard Ranking Before the Cut](https://arxiv.org/abs/2401.00002)\n"
        "1. [Submission Form](https://forms.gle/Y1vH3PWyrFaR1EEn6)\n"
        "1. [Normalizing Pegging Flows Notebook](https://colab.research.google.com/drive/14yV)\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "Counting Cribbage Hands with Learned Tables",
        "Discard Ranking Before the Cut",
    ]


def test_a_title_in_book_title_marks_beside_a_confident_one_is_a_paper_too() -> None:
    page = (
        "# ICML 2024投稿技巧\n\n"
        "今年的录用率为27.5%,比去年略低。审稿人更看重方法的新颖性和实验的充分性。\n\n"
        "| 领域 | 占比 | 说明 |\n|---|---|---|\n| 强化学习 | 23% | 包括离线强化学习 |\n"
        "| 其他 | 17% | 图神经网络、生物医学应用 |\n"
        "值得注意的是,跨领域研究的录用率比单一领域研究高出13%。例如ICML23杰出论文《A Watermark "
        "for Large Cribbage Models》就融合了密码学与纸牌,而《Learning-Rate-Free Learning》结合了"
        "优化理论与随机分析。\n"
        "审稿人最反感的三个问题:\n- 在Introduction部分过度夸大贡献\n- 实验不充分\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == ["A Watermark for Large Cribbage Models", "Learning-Rate-Free Learning"]


def test_a_listings_machine_translation_after_the_title_is_its_alt_title() -> None:
    page = (
        "首页 > 最新文献\n\nCribbage Journal最新文献\n\n英文 中文\n"
        "Mining top-k high pegging hands using novel threshold raising strategies "
        "利用新颖的阈值提升策略挖掘高分手牌\n"
        "IF 3.6 Pub Date : 2024-02-08 DOI: 10.1145/3645115\nAda Moss, Ben Rowe\n\n"
        "High pegging hands mining is an emerging area. We propose a miner.\n"
    )
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got == [
        (
            "Mining top-k high pegging hands using novel threshold raising strategies",
            ["利用新颖的阈值提升策略挖掘高分手牌"],
        )
    ]


def test_chinese_prose_after_a_title_is_no_translation() -> None:
    from papercli.importers.digest.fields import _TRANSLATION_AFTER

    assert _TRANSLATION_AFTER.fullmatch("利用新颖的阈值提升策略挖掘高分手牌")
    assert not _TRANSLATION_AFTER.fullmatch("来自加州大学伯克利分校和俄勒冈州立大学")
    assert not _TRANSLATION_AFTER.fullmatch("获得了大会最佳论文奖")


def test_a_paperweekly_entry_of_bar_labelled_items_keeps_its_link_and_code() -> None:
    entries = [
        ("Effective Approaches to Attention-based Cribbage Pegging", 806, "ada/peg"),
        ("Neural Cribbage by Jointly Learning to Align and Discard", 434, "ben/crib"),
    ]
    page = "## 纸牌注意力综述\n\n" + "\n\n".join(
        f"纸牌模型的介绍。\n\n■ 论文 | {title}\n\n■ 链接 | https://www.paperweekly.site/papers/"
        f"{n}\n\n■ 源码 | https://github.com/{repo}\n\n文章提出了两种改进版本。"
        for title, n, repo in entries
    )
    got = [(p["title"], p["url"], p["code_url"]) for p in _papers(page)]
    assert got == [
        (title, f"https://www.paperweekly.site/papers/{n}", f"https://github.com/{repo}")
        for title, n, repo in entries
    ]
