"""Layouts from real pages read for errors in stop 39, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import Candidate, candidates, note_link, strip_number
from papercli.importers.digest.embedded import data_fields
from papercli.importers.digest.fields import _affiliation_groups, _code_tag_venue, names_a_thesis
from papercli.importers.digest.records import (
    _section_line,
    _without_note_name,
    keyword_items,
    never_title,
    numbered_sections,
    talk_sections,
)
from papercli.importers.venues import find_venue_year, same_venue


def test_names_over_a_title_over_pages_give_the_names_above_not_the_next_entrys() -> None:
    page = (
        "Lasting Papers\n\n"
        "1990 Awards\n"
        "Ruth Gale, Ivo Park, Tom J. Reed\n"
        "Knotted Proofs for Interactive Weaving.\n"
        "WEAVE 1990, pages 2-10.\n\n"
        "Ann Shaw and Lee Moss\n"
        "How tight is a loose stitch?\n"
        "WEAVE 1990, pages 16-25.\n\n"
        "2000 Award\n"
        "Kay Dunn\n"
        "Sums of Threads for Undirected Looms.\n"
        "WEAVE 2000, pages 173-182.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Knotted Proofs for Interactive Weaving", ["Ruth Gale", "Ivo Park", "Tom J. Reed"]),
        ("How tight is a loose stitch?", ["Ann Shaw", "Lee Moss"]),
        ("Sums of Threads for Undirected Looms", ["Kay Dunn"]),
    ]


def test_a_linked_heading_right_over_an_entrys_title_names_its_section() -> None:
    page = "# Loom Reading List\n\n## [31st WEAVE Symposium 2017](https://example.org/2017)\n\n"
    topics = ["Side-Thread Countermeasures", "Malware and Knot Analysis", "Hardware Looms"]
    titles = [
        "ThreadD: Finding Timing Channels in Production Looms.",
        "Maltie: Towards On-Device Non-Invasive Knot Analysis for ART.",
        "Loomcheck: Inferring Weaving Specifications for Embedded Looms.",
    ]
    for topic, title in zip(topics, titles, strict=True):
        page += (
            f"### [***{topic}***](https://github.com/someone/list/tree/master/{topic[:4]})\n\n"
            f"- [ ] **Ruth Gale**, Ivo Park, Tom Reed: </br>\n    **{title}**\n\n"
        )
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [
        (t.rstrip("."), ["31st WEAVE Symposium 2017", topic])
        for t, topic in zip(titles, topics, strict=True)
    ]


def test_a_short_name_in_lenticular_brackets_before_titles_is_another_title() -> None:
    page = (
        "## Loom Models\n"
        "- [【KnotSpeech3】KnotSpeech 3: Adaptive Weaving for Spontaneous Style]"
        "(https://arxiv.org/abs/2107.02530)\n"
        "- [【KnotSpeech2】KnotSpeech 2: Adaptive Weaving with Untwisted Data]"
        "(https://arxiv.org/abs/2104.09715)\n"
        "- [【FastLoom】FastLoom: Parallel Weaving with Pitch Prediction]"
        "(https://arxiv.org/abs/2006.06873)\n"
        "- [【Best Paper】Slow Looms Are Robust Looms](https://arxiv.org/abs/2006.06874)\n"
    )
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got[:3] == [
        ("KnotSpeech 3: Adaptive Weaving for Spontaneous Style", ["KnotSpeech3"]),
        ("KnotSpeech 2: Adaptive Weaving with Untwisted Data", ["KnotSpeech2"]),
        ("FastLoom: Parallel Weaving with Pitch Prediction", ["FastLoom"]),
    ]
    assert got[3][0].startswith("【Best Paper】")  # a remark, not a name: left to the title


def test_a_publishers_contents_parted_by_period_dashes_gives_one_title_each() -> None:
    page = (
        "The volume constitutes the refereed proceedings of the 12th Loom Conference, LOOM 2023."
        "\n\nFull Papers.- Self-Supervised Contrastive Knots for\n"
        "Fusion-based Reviewed-Thread Retrieval.- User Requirement Analysis for a\n"
        "Weaving Assistant.- Auditing Consumer- and\n"
        "Producer-Fairness in Graph Collaborative Looms.- Injecting the Stitch Score as Text"
        " Improves Loom Re-rankers.\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Self-Supervised Contrastive Knots for Fusion-based Reviewed-Thread Retrieval",
        "User Requirement Analysis for a Weaving Assistant",
        "Auditing Consumer- and Producer-Fairness in Graph Collaborative Looms",
        "Injecting the Stitch Score as Text Improves Loom Re-rankers",
    ]


def test_a_yaml_sessions_paper_named_by_its_short_name_takes_the_sessions_title() -> None:
    page = "semester: Summer\nsessions:\n"
    talks = [
        (
            "Knot-level control through deep weaving",
            "Knot Paper",
            "https://arxiv.org/abs/1709.10087",
        ),
        ("Learning Complex Dexterous Looms", "Loom Paper", "https://arxiv.org/abs/1805.00909"),
        (
            "Asynchronous Methods for Deep Weaving",
            "A3W Paper (2016)",
            "https://arxiv.org/abs/1602.01783",
        ),
    ]
    for session, short, url in talks:
        page += (
            f'  - date: "June 6th"\n    title: "{session}"\n    presenter: "Ann"\n'
            f'    resources:\n      - title: "Code"\n        url: "https://example.org/code"\n'
            f'    papers:\n      - title: "{short}"\n        url: "{url}"\n'
        )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [(session, url.rsplit("/", 1)[1]) for session, _, url in talks]


def test_names_with_a_papers_footnote_marks_are_no_title() -> None:
    assert never_title("Ruth Galeworth∗ Ivo Parkinson∗ Tom Reedman")
    assert never_title("Ada Quill† Ben Rowe‡ Cy Lund")
    assert not never_title("Knots∗ Are All You Need")
    assert not never_title("Neural Looms: A Generalist Weaving Planner")


def test_key_words_and_numbered_chinese_labels_under_a_papers_heading_are_no_papers() -> None:
    assert never_title("4. 打分") and never_title("(二) 简介") and never_title("打分")
    assert keyword_items(read_lines("**3. 核心关键词**\n\n- `Loom Agents` (`织机代理`)\n")) == {1}
    assert keyword_items(read_lines("Keywords:\n\n- Loom Agents\n- Knot Control\n")) == {1, 2}
    assert keyword_items(read_lines("Papers:\n\n- Loom Agents for Knots\n")) == set()


def test_citations_run_onto_one_line_are_cut_after_each_closing_year() -> None:
    page = (
        "Weaving Seminar Knots in the Loom Room, Ruth Gale, LOOMCONF CCR, 2007 "
        "Caching in the Sprite Loom System, Ivo Park, Tom Reed, ACM Transactions on Looms, 1988 "
        "Rethink the stitch, Ann Shaw, Lee Moss, TOLS, 2008 "
        "Cores that don't knot, Kay Dunn, Ben Rowe, KnotOS, 2021 "
        "Horcrux: Automatic\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert ("Caching in the Sprite Loom System", ["Ivo Park", "Tom Reed"], 1988) in got
    assert ("Rethink the stitch", ["Ann Shaw", "Lee Moss"], 2008) in got


def test_a_line_its_long_introduction_names_again_over_bare_titles_is_a_section() -> None:
    intro = (
        "The first subfield, Knot Networks and Looms, encompasses papers that delve into the "
        "fusion of weaving theory and deep learning architectures, exploring novel methods to "
        "enhance the representation of complex woven data and to improve knot reasoning."
    )
    titles = [
        "Looms Meet Directed Knots",
        "Fast Inference from Looms via Speculative Weaving",
        "Graph Inductive Biases in Looms without Message Passing",
        "Towards Understanding the Generalization of Knot Networks",
    ]
    lead = "This post lists the papers I liked at the conference, grouped by their subfield.\n"
    page = lead + f"Knot Networks and Looms\n{intro}\n" + "\n".join(titles)
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [(t, ["Knot Networks and Looms"]) for t in titles]


def test_a_venue_and_year_joined_by_a_comma_end_a_title() -> None:
    lines = read_lines("- Translating Knots in Looms. EMNLP,2017；\n")
    cuts = {c.text for c in candidates(lines, 0) if "before_venue" in c.how}
    assert "Translating Knots in Looms" in cuts


def test_a_long_note_in_lenticular_brackets_after_a_title_is_not_part_of_it() -> None:
    lines = read_lines(
        "Enhancing Explicit Knot Interactions via Thread Sharing for Parallel Looms"
        "【applied paper, For parallel loom interactive enhancement of explicit and implicit "
        "knots of the weave】\n"
    )
    cuts = {c.text for c in candidates(lines, 0)}
    assert "Enhancing Explicit Knot Interactions via Thread Sharing for Parallel Looms" in cuts


def test_a_data_files_citation_field_is_written_as_the_reference_alone() -> None:
    page = "".join(
        f'{{"citation":"A. Knot, \\"Loom {k},\\" in LOOM, 2018.", "readon":"6/2{k}/21"}},\n'
        for k in range(3)
    )
    assert data_fields(page).split("\n")[:2] == [
        'A. Knot, "Loom 0," in LOOM, 2018.',
        "readon: 6/20/21",
    ]


def test_the_first_papers_venue_is_not_the_pages() -> None:
    rows = [
        'A. Knot, B. Loom, and C. Weft, "Inductive Weaving on Large Looms," in NeurIPS, 2018.',
        'R. Hasp, D. Warp, and E. Heddle, "Liquid Time-constant Looms," in ICML, 2020.',
        "Gale, D. and Park, J. A Review on Deep Weaving for 3D Knots. <i>Remote Looms</i> 2019.",
    ]
    got = {p["title"]: p["venue"] for p in _papers("\n\n".join(rows) + "\n")}
    assert got["A Review on Deep Weaving for 3D Knots"] != "NeurIPS"


def test_a_data_files_dated_field_names_no_section() -> None:
    assert not _section_line(read_lines("readon: 6/25/21\n")[0])
    assert _section_line(read_lines("Graph Weaving\n")[0])


def test_a_doi_cited_mid_prose_in_a_papers_note_is_not_its_own() -> None:
    page = (
        "国際会議 LOOM 2020\n\n"
        "Knotty:OSの構造と状態管理の実験\n\n"
        "(Knotty: An Experiment in Loom Structure and Knot Management)\n"
        "学会ページ: https://www.usenix.org/conference/osdi20/presentation/knotty\n"
        "コード: https://github.com/knotty-os/Knotty\n\n"
        "近年のシステムソフトウェアでは (knot spill)https://doi.org/10.1145/3064176.3064205 という"
        "あるコンポーネント内に他のコンポーネントからの影響が"
        "永続的に残ってしまうという状況がしばしば起こっている。"
        "これにより、フォールトトレラントやライブアップデートなどで問題が発生する。"
        "例えば、system service で"
        " knot spill が発生すると、その system service が落ちたときに問題が起こる。\n"
    )
    got = [(p["title"], p["url"], p["doi"]) for p in _papers(page)]
    assert got == [
        (
            "Knotty: An Experiment in Loom Structure and Knot Management",
            "https://www.usenix.org/conference/osdi20/presentation/knotty",
            None,
        )
    ]


def test_a_numbered_chinese_title_over_its_english_one_is_its_other_title() -> None:
    page = (
        "2026 LOOM\n\n"
        "01. 面向长期织造调节的设计:一款用于织机的呼吸反馈游戏【Best Paper Award】\n\n\n"
        "Designing for Long-Term Weaving Regulation: A Breathing Game for Looms"
        "【Best Paper Award】\n\n\n"
        "作者:陈琦,杜佳琛,姚智皓\n"
    )
    got = [(p["title"], p["alt_titles"]) for p in _papers(page)]
    assert got == [
        (
            "Designing for Long-Term Weaving Regulation: A Breathing Game for Looms",
            ["面向长期织造调节的设计:一款用于织机的呼吸反馈游戏"],
        )
    ]


def test_a_dated_header_over_an_original_label_gives_the_titles_year() -> None:
    page = (
        "論文Abstract100本ノック\n\n"
        "41 Loom2Vec(2013)\n\nf:id:someone:20190928093218p:plain\n\n原文:\n\n"
        "Efficient Estimation of Knot Representations in Loom Space\n\n"
        "Abstract:\n\nWe propose two novel loom architectures for computing knots.\n\n"
        "42 KnotVe(2014)\n\n原文:\n\nKnotVe: Global Vectors for Knot Representation\n\n"
        "Abstract:\n\nRecent methods for learning vector space representations of knots.\n"
    )
    got = [(p["title"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Efficient Estimation of Knot Representations in Loom Space", 2013),
        ("KnotVe: Global Vectors for Knot Representation", 2014),
    ]


def test_a_note_opening_with_where_the_paper_appears_gives_its_venue() -> None:
    page = "".join(
        f"## [{k}] {title}\n\n**arXiv ID** 2607.2911{k} | **方向** 织机\n\n"
        f"**作者**：Ann Shaw, Lee Moss\n\n**论文** https://arxiv.org/abs/2607.2911{k}\n\n"
        f"### 摘要\n\n本文提出了一种新的织机方法。\n\n### 点评\n\n{note}\n\n"
        for k, (title, note) in enumerate(
            [
                (
                    "DoubleKnot: Structured Fusion for Audio-Visual Looms",
                    "ACM MM2026接收。设计新颖。",
                ),
                (
                    "Leveraging Beam Search Information for Loom Confidence",
                    "ICASSP 2026发表。表现突出。",
                ),
                ("Knotted Speech Models Are Few-Shot Weavers", "值得一读。"),
            ],
            start=1,
        )
    )
    got = [(p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("ACM MM", 2026), ("ICASSP", 2026), ("arXiv", 2026)]


def test_title_names_and_a_venue_year_line_vouch_for_a_sentence_case_title() -> None:
    page = (
        "The Loom Test of Time Award recognizes research that has had long-lasting influence.\n"
        "LOOM 2022\n"
        "Modeling the impact of short- and long-term behavior on knot personalization\n"
        "Paul Bennett, Ryen W. White, Wei Chu, Susan Dumais\n"
        "SIGIR 2012\n"
        "LOOM 2021\n"
        "Exploiting geographical influence for collaborative point-of-knot recommendation\n"
        "Mao Ye, Peifeng Yin, Wang Chien Lee, Dik Lun Lee\n"
        "SIGIR 2011\n"
        "LOOM 2020\n"
        "Learning to recommend with social thread ensemble.\n"
        "Hao Ma, Irwin King, Michael R. Lyu\n"
        "SIGIR 2009\n"
    )
    got = [(p["title"], p["authors"][0], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Modeling the impact of short- and long-term behavior on knot personalization",
            "Paul Bennett",
            2012,
        ),
        (
            "Exploiting geographical influence for collaborative point-of-knot recommendation",
            "Mao Ye",
            2011,
        ),
        ("Learning to recommend with social thread ensemble", "Hao Ma", 2009),
    ]


def test_names_ending_in_a_colon_are_the_authors_of_the_title_below() -> None:
    page = (
        "Recipients of the Best Paper Award:\n\n"
        "        Ann Shaw, Lee Moss, David P. Reed and Kay Dunn:\n"
        "        A Framework for Adversarially Robust Weaving Algorithms\n"
        "        Yufei Loom:\n"
        "        Knot Matching with Active Monotone Classification\n"
        "        Ruth Gale, Ivo Park, Tom Reed:\n"
        "        FAQ: Questions Asked Frequently about Looms\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got[:2] == [
        (
            "A Framework for Adversarially Robust Weaving Algorithms",
            ["Ann Shaw", "Lee Moss", "David P. Reed", "Kay Dunn"],
        ),
        ("Knot Matching with Active Monotone Classification", ["Yufei Loom"]),
    ]
    assert not any("Moss" in title or "Ivo Park" in title for title, _ in got)


def test_a_title_and_its_affiliated_authors_run_together_are_cut_apart() -> None:
    rows = [
        (
            "Diablo: A Benchmark Suite for Looms",
            "Vincent Gramoli (University of Sydney), Rachid Guerraoui (EPFL)",
        ),
        (
            "Safe and Practical Weaving in TrustZone",
            "Heejin Park (Apple // Purdue University), Felix Lin (UVA)",
        ),
        (
            "LogKnot: Fast and Cheap Loom Storage by Exploiting both Static and Runtime Patterns",
            "Junyu Wei (Tsinghua University), Guangyan Zhang (Tsinghua University)",
        ),
        (
            "Diagnosing Loom Concurrency Failures with AITIA",
            "Dae R. Jeong (KAIST), Minkyu Jung (KAIST)",
        ),
    ]
    lines = read_lines("".join(f"{t} {a}\n\n" for t, a in rows))
    for k, (title, _) in enumerate(rows):
        cuts = {c.text: c.how for c in candidates(lines, k)}
        assert "before_names" in cuts[title]
    cuts = {c.text: c.how for c in candidates(lines, 2)}
    assert "LogKnot: Fast and Cheap Loom Storage" not in cuts  # the title's own "by"


def test_an_acm_proceedings_contents_gives_sessions_and_one_name_per_bullet() -> None:
    page = (
        "LOOM '25: Proceedings of the 48th International ACM Conference on Weaving\n\n\n"
        "Full Citation in the ACM Digital Library\n\n\n"
        "SESSION: Conversational Looms and Intelligent Agents\n\n"
        "KNOTS: Multi-modal Semantic Graph Prompt Learning Framework for Conversational Looms\n\n"
        "  • Yibiao Wei\n  • Jie Zou\n  • Weikang Guo\n\n"
        "Conversational Looms aim to provide personalized weaves by interacting with users through "
        "conversations. Most existing studies focus on extracting user preferences.\n\n"
        "SESSION: Dense Weaving\n\n"
        "Sparse Threads Are Strong Looms for Retrieval of Knots\n\n"
        "  • Ann Shaw\n  • Lee Moss\n\n"
        "Dense weaving has become a standard approach for retrieval in large collections.\n"
    )
    got = [(p["title"], p["authors"], p["topics"]) for p in _papers(page)]
    assert got == [
        (
            "KNOTS: Multi-modal Semantic Graph Prompt Learning Framework for Conversational Looms",
            ["Yibiao Wei", "Jie Zou", "Weikang Guo"],
            ["Conversational Looms and Intelligent Agents"],
        ),
        (
            "Sparse Threads Are Strong Looms for Retrieval of Knots",
            ["Ann Shaw", "Lee Moss"],
            ["Dense Weaving"],
        ),
    ]


def test_a_keycap_emojis_number_is_no_part_of_a_title() -> None:
    assert strip_number("1️⃣ LLaMA: Open Looms")[0] == "LLaMA: Open Looms"
    assert strip_number("🔟 Knots at Scale")[0] == "Knots at Scale"


def test_a_publishers_page_title_names_a_paper_and_the_pages_year_its_year() -> None:
    venue = "Proceedings of the 30th ACM SIGKDD Conference on Knowledge Discovery and Data Mining"
    page = (
        "KDD24 织机 论文整理 自用\n\n目录\n\nResearch Track Papers (55 papers)\n\n"
        f"Harm Mitigation in Looms under User Preference Dynamics | {venue}\n\n"
        "We consider a loom that takes into account the interplay between knots and users.\n\n"
        f"Where Have You Been? A Study of Privacy Risk for Point-of-Knot Weaving | {venue}\n\n"
        "As location-based looms have grown in popularity, more knot data has been collected.\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Harm Mitigation in Looms under User Preference Dynamics", "SIGKDD", 2024),
        ("Where Have You Been? A Study of Privacy Risk for Point-of-Knot Weaving", "SIGKDD", 2024),
    ]
    assert same_venue("SIGKDD", "KDD") and not same_venue("KDD", "ICML")


def test_a_code_span_tag_gives_the_venue_and_a_bare_bracketed_title_is_the_title() -> None:
    page = (
        "## Attack\n### 2014\n"
        "1. `ICLR` [Intriguing properties of looms](./2014/Intriguing_properties_of_looms.md)\n"
        "2. `ARXIV` [Identifying and attacking the saddle point problem in\n"
        "  high-dimensional non-convex weaving]\n"
        "3. `TNNLS 2019` [Adversarial Knots: Attacks and Defenses](https://example.org/k)\n"
    )
    lines = read_lines(page)
    assert _code_tag_venue(lines[2]) == ("ICLR", None)
    assert _code_tag_venue(lines[5]) == ("TNNLS", 2019)
    cuts = {c.text: c.how for c in candidates(lines, 3)}
    wrapped = (
        "Identifying and attacking the saddle point problem in high-dimensional non-convex weaving"
    )
    assert "after_tag" in cuts[wrapped]


def test_a_link_to_a_readers_note_named_by_the_nickname_is_no_part_of_the_title() -> None:
    lines = read_lines(
        "* [LoomNet](detection/LoomNet.md) LoomNet: Aggregating Weak Threads for Accurate "
        "Knot Detection | **[ICCV' 15]** | [[arXiv:1506.07704](https://arxiv.org/abs/1506.07704)]\\n"
    )
    assert note_link(lines[0].spans[0]) and not note_link(lines[0].spans[-1])
    whole = Candidate("LoomNet LoomNet: Aggregating Weak Threads for Accurate Knot Detection", 0)
    whole.score = 0.98
    title = Candidate("LoomNet: Aggregating Weak Threads for Accurate Knot Detection", 0)
    title.score = 0.95
    assert _without_note_name(whole, [whole, title], lines[0]) is title
    assert find_venue_year("[PAMI' 16]") == ("PAMI", 2016)


def test_a_themes_list_is_no_papers_and_ends_where_the_papers_list_begins() -> None:
    page = (
        "Weekly Loom Research Update\n\n"
        "Key Themes:\n\n"
        "  1. Advances in knot models & chain-of-thread\n"
        "  2. Hardware & systems for scalable loom inference\n\n"
        "2) Top Papers (Ranked by novelty & impact)\n\n"
        "1) Improving Chain-of-Thread for Logical Weaving via AAI\n\n"
        "  • arXiv Link: https://arxiv.org/abs/2601.09805 (arXiv)\n"
        "  • Summary: Introduces AAI, a lightweight modification that boosts weaving.\n\n"
        "2) Can We Predict Before Executing Loom Agents?\n\n"
        "  • arXiv Link: https://arxiv.org/abs/2601.05930 (arXiv)\n"
        "  • Summary: Addresses the execution bottleneck in autonomous loom agents.\n"
    )
    lines = read_lines(page)
    assert [lines[i].text for i in sorted(keyword_items(lines))] == [
        "Advances in knot models & chain-of-thread",
        "Hardware & systems for scalable loom inference",
    ]
    assert not numbered_sections(lines) & {
        i for i, ln in enumerate(lines) if ln.text.startswith("Improving")
    }


def test_an_entrys_title_wrapped_onto_the_items_next_line_is_joined() -> None:
    lines = read_lines(
        "1. LoomNet Classification with Deep Convolutional\nNeural Looms\n\n"
        "- Uncovering social spammers: social honeypots + machine weaving\n"
        "Kyumin Lee, James Caverlee, Steve Webb\n"
    )
    texts = {c.text for c in candidates(lines, 0)}
    assert "LoomNet Classification with Deep Convolutional Neural Looms" in texts
    texts = {c.text for c in candidates(lines, 2)}
    assert not any("Kyumin" in text for text in texts)  # its authors, not the rest of it


def test_usenix_author_groups_wrapped_over_lines_give_names_without_affiliations() -> None:
    page = (
        "2008\nLOOMSEC '08\nBest Paper:\n"
        "Lest We Remember: Cold Boot Attacks on Loom Keys\n"
        "J. Alex Halderman, Princeton University; Seth D. Schoen,\n"
        "Electronic Frontier Foundation;\n"
        "Nadia Heninger and William Clarkson, Princeton University;\n"
        "Jacob Appelbaum; Edward W. Felten, Princeton University\n"
        "Best Student Paper:\n"
        "Decoupling Dynamic Loom Analysis from Execution in Virtual Weaves\n"
        "Jim Chow, Tal Garfinkel, and Peter M. Chen, VMware\n"
    )
    lines = read_lines(page)
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("J. Alex"))
    assert _affiliation_groups(lines, start) == [
        "J. Alex Halderman",
        "Seth D. Schoen",
        "Nadia Heninger",
        "William Clarkson",
        "Jacob Appelbaum",
        "Edward W. Felten",
    ]
    start = next(i for i, ln in enumerate(lines) if ln.text.startswith("Jim Chow"))
    assert _affiliation_groups(lines, start) == ["Jim Chow", "Tal Garfinkel", "Peter M. Chen"]
    plain = read_lines("Ada Quill, Hao Fei, Ben Rowe\n")  # no affiliation: another reader's
    assert _affiliation_groups(plain, 0) == []


def test_a_line_of_link_labels_is_never_a_title() -> None:
    assert never_title("Download: PDF | Code: GitHub")
    assert never_title("Paper / Code / Slides")
    assert not never_title("Code Llama: Open Foundation Models for Code")
    assert not never_title("Paper2Code")


def test_a_presentations_section_holds_talks_not_papers() -> None:
    lines = read_lines(
        "## Papers\n\n- [Knotty Looms](https://arxiv.org/abs/1804.00097)\n\n"
        "### Presentation\n\n- [Introduction to Adversarial Looms](http://example.org/looms)\n"
        "- [Security and Privacy of Weaving](http://example.org/slides/2018-rsa.pdf)\n"
    )
    talks = talk_sections(lines)
    assert {lines[i].text for i in talks} >= {
        "Introduction to Adversarial Looms",
        "Security and Privacy of Weaving",
    }
    assert not any(lines[i].text == "Knotty Looms" for i in talks)


def test_a_venue_and_year_in_brackets_after_a_title_is_no_affiliation() -> None:
    lines = read_lines("1. Counterfactual Learning to Rank Knots (SIGIR 2019)\n")
    assert not any("before_names" in c.how for c in candidates(lines, 0))


def test_review_a_keywords_list_ends_at_the_next_list_and_a_surname_in_ing_is_a_byline() -> None:
    lines = read_lines(
        "Keywords:\n- diffusion\n- multimodal\n2) Top Papers\n- Attention Is All You Need\n"
    )
    assert [lines[i].text for i in sorted(keyword_items(lines))] == ["diffusion", "multimodal"]
    lines = read_lines("Foundations of Statistical Knot Processing by Manning and Schütze\n")
    cuts = {c.text: c.how for c in candidates(lines, 0)}
    assert "before_by" in cuts["Foundations of Statistical Knot Processing"]


def test_review_a_yaml_category_never_titles_a_paper_named_by_its_short_name() -> None:
    page = "sessions:\n  - category: Reinforcement Looms\n    papers:\n" + "".join(
        f'      - title: "{name} Paper"\n        url: "https://arxiv.org/abs/1709.1008{k}"\n'
        for k, name in enumerate(["DQN", "A3C", "PPO"])
    )
    assert all(p["title"] != "Reinforcement Looms" for p in _papers(page))
    bare = "sessions:\n" + "".join(
        f'  - title: "Talk {k}"\n    papers:\n      - title: "Knot{k} Paper"\n' for k in range(3)
    )
    assert _papers(bare) == []  # a short name and nothing else is no entry of data


def test_a_quoted_title_the_sentence_calls_a_dissertation_is_no_paper() -> None:
    page = (
        "The Best Paper Awards for LOOMSOSP 2019 went to “Efficient and Scalable Knot-Safety "
        "Violation Detection” by Ann Shaw and Lee Moss, and to “Scaling Symbolic Evaluation for "
        "Automated Verification of Looms” by Kay Dunn.\n\n"
        "The Dennis Loom Doctoral Dissertation Award went to Ivo Park, now an Assistant Professor "
        "at the University of Weaving, for his work on “Unobservable communications over "
        "untrusted looms”, done under the guidance of Ruth Gale.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Unobservable communications over untrusted looms" not in titles
    assert names_a_thesis("… Dissertation Award went to A for “X”", "X")
    assert not names_a_thesis("The Best Paper Award went to “X”", "X")
