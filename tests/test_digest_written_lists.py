"""Lists that people write by hand in comments, award posts and course pages: a title and
its authors on one line, in the orders people write them."""

from __future__ import annotations

from papercli.importers.digest import parse_digest

BY_LINES = """2 classics that don't need much background are:

- A Calculus of Mobile Processes for Beginners by J. R. Whitfield

- The Next Seven Query Languages by P. Q. Landry

The most recent one I've read is:

- Compact encodings for tries in dynamically typed runtimes - Holt, Varga, Nilsen
"""


def test_title_by_names_lines_are_papers_with_their_authors() -> None:
    papers = parse_digest(BY_LINES).papers
    assert [(p.title, p.authors) for p in papers][:2] == [
        ("A Calculus of Mobile Processes for Beginners", ["J. R. Whitfield"]),
        ("The Next Seven Query Languages", ["P. Q. Landry"]),
    ]


AWARD_LINES = """The committee gave seven awards this year.

Best error analysis: Gated Recall for Sparse Retrieval, by Mira Olsen, Tom Berg and Ana Ruiz
Most reproducible: Shallow Parsers Revisited under Domain Shift, by Lee Park and Sam Gold
"""


def test_an_award_name_before_title_by_names_is_no_part_of_the_title() -> None:
    papers = parse_digest(AWARD_LINES).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Gated Recall for Sparse Retrieval", ["Mira Olsen", "Tom Berg", "Ana Ruiz"]),
        ("Shallow Parsers Revisited under Domain Shift", ["Lee Park", "Sam Gold"]),
    ]


NAMES_YEAR_FIRST = """## Further reading

* [Okafor et al. (2023) Sparse Probing of Attention Heads in Small Transformers](https://arxiv.org/abs/2301.01234)
* [Lindqvist & Duarte (2021) Tracing Factual Recall through Residual Streams](https://arxiv.org/abs/2102.05678)
* [Brandt et al. (2024) Steering Vectors for Safer Language Models](https://example.org/steer.pdf)
"""


def test_names_and_a_year_before_a_title_are_its_authors_and_year() -> None:
    papers = parse_digest(NAMES_YEAR_FIRST).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        ("Sparse Probing of Attention Heads in Small Transformers", ["Okafor"], 2023),
        ("Tracing Factual Recall through Residual Streams", ["Lindqvist", "Duarte"], 2021),
        ("Steering Vectors for Safer Language Models", ["Brandt"], 2024),
    ]
    assert papers[0].arxiv_id == "2301.01234"


AWARD_PROSE = "\n\n".join(
    [
        "# CIKM 2019 awards",
        "The CIKM 2019 Best Paper Award was presented to Ana Lima (Porto University) and Jon"
        " Berg for their paper Sparse lexical expansion for passage retrieval. The committee"
        " praised its rigour.",
        "Mei Tanaka received an Honourable Mention for her paper Modelling query abandonment"
        " with survival curves.",
        "The Best Student Paper Award went to Omar Haddad, Lena Vogel and Ruth Klein (ETH"
        " Zurich) for their paper Learning to rank under position bias in which they study"
        " click models at scale.",
    ]
)


def test_an_award_sentence_names_its_paper_and_its_authors() -> None:
    papers = parse_digest(AWARD_PROSE).papers
    assert [(p.title, p.authors, p.venue, p.year) for p in papers] == [
        (
            "Sparse lexical expansion for passage retrieval",
            ["Ana Lima", "Jon Berg"],
            "CIKM",
            2019,
        ),
        ("Modelling query abandonment with survival curves", ["Mei Tanaka"], "CIKM", 2019),
        (
            "Learning to rank under position bias",
            ["Omar Haddad", "Lena Vogel", "Ruth Klein"],
            "CIKM",
            2019,
        ),
    ]


TITLE_NAMES_YEAR = """Papers worth reading

a. Value methods

[1]Playing Board Games with Deep Value Networks, Okoro et al, 2013. Method: DVN.
[2]Recurrent Value Learning for Partially Observed Games, Bauer et al, 2015. Method: RVL.
[3]Duelling Heads for Value Estimation, Marsh et al, 2015. Method: Duel.
[4]Rainbow: Combining Improvements in Value Learning, Hessel et al., 2017. Method: Rainbow.
"""


def test_title_names_et_al_year_lines_name_their_titles() -> None:
    papers = parse_digest(TITLE_NAMES_YEAR).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        ("Playing Board Games with Deep Value Networks", ["Okoro"], 2013),
        ("Recurrent Value Learning for Partially Observed Games", ["Bauer"], 2015),
        ("Duelling Heads for Value Estimation", ["Marsh"], 2015),
        ("Rainbow: Combining Improvements in Value Learning", ["Hessel"], 2017),
    ]


BOLD_LABELS = """# 论文列表

#### 2101.00101v2.pdf
- **标题**: Graph Pooling by Learned Coarsening
- **作者**: Ana Rossi, et al.
- **发表**: ICLR 2021
- **重要性**: 图池化的开创性论文，后续工作的基础

#### 2003.04321v1.pdf
- **标题**: Self-Training for Sparse Labels
- **作者**: Hiro Ito, et al.
- **发表**: NeurIPS 2020
- **重要性**: 半监督学习的代表方法
"""


def test_bold_field_labels_are_no_papers() -> None:
    papers = parse_digest(BOLD_LABELS).papers
    assert [(p.title, p.venue, p.year) for p in papers] == [
        ("Graph Pooling by Learned Coarsening", "ICLR", 2021),
        ("Self-Training for Sparse Labels", "NeurIPS", 2020),
    ]


def test_an_award_sentence_gives_the_papers_own_year_and_venue() -> None:
    page = (
        "# ICLR 2025 recap\n\nTest of time\n\nThe 2025 ICLR test of time award winners were "
        "Nora Quist and Jin Bo, for their 2015 ICLR paper Momentum Methods for Noisy Gradients "
        "(arXiv). Both authors gave the talk.\n"
    )
    (paper,) = parse_digest(page).papers
    assert (paper.title, paper.authors, paper.venue, paper.year) == (
        "Momentum Methods for Noisy Gradients",
        ["Nora Quist", "Jin Bo"],
        "ICLR",
        2015,
    )


def test_a_prose_citation_before_a_quoted_title_gives_its_names_and_year() -> None:
    page = (
        "# A decade of deep RL\n\n"
        'The story begins with Okoro et al. (2013) "Playing Board Games with Deep Value '
        'Networks", later published in a journal as Okoro et al. (2015) "Human-level play '
        'through deep value learning". It changed the field.\n'
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("Playing Board Games with Deep Value Networks", ["Okoro"], 2013),
        ("Human-level play through deep value learning", ["Okoro"], 2015),
    ]


def test_a_title_case_title_before_a_cited_et_al_is_a_title() -> None:
    page = "\n".join(
        [
            "Attention Routing Is All You Want (Varga et al., 2017)",
            "The 2017 paper that replaced recurrence with parallel routing.",
            "Direct Preference Shaping (Rafai et al., 2023)",
            "Shows the reward model can be dropped from the loop.",
        ]
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("Attention Routing Is All You Want", ["Varga"], 2017),
        ("Direct Preference Shaping", ["Rafai"], 2023),
    ]


def test_who_made_it_and_when_after_a_dash_is_no_part_of_the_title() -> None:
    page = "\n".join(
        [
            "## Paper library",
            "",
            "  • Sparse Experts for Reasoning via Reinforcement Learning — DeepSea-AI (2025)",
            "",
            "    DeepSea trained a reasoning model with large-scale RL.",
            "",
            "  • Mixture of Small Experts — Alba Q. Jiang et al. (2024)",
            "",
            "    A sparse mixture of experts language model.",
        ]
    )
    got = [(p.title, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("Sparse Experts for Reasoning via Reinforcement Learning", 2025),
        ("Mixture of Small Experts", 2024),
    ]


def test_an_award_labelled_line_names_its_paper() -> None:
    page = "\n\n".join(
        [
            "ICLR 2026 Outstanding Papers: What They Found",
            "ICLR 2026 produced two outstanding papers and one honorable mention.",
            "The committee read many strong papers this year, and the review process was hard.",
            "Outstanding Paper 1: Models Get Lost In Long Chats",
            "Mira Chen and Omar Haddad at a lab wrote it.",
        ]
    )
    got = [(p.title, p.venue, p.year) for p in parse_digest(page).papers]
    assert got == [("Models Get Lost In Long Chats", "ICLR", 2026)]


def test_a_paragraph_linking_several_titles_to_paper_pages_names_each() -> None:
    page = "\n\n".join(
        [
            "# Our favourite papers from the conference",
            "Several papers tackle fine-tuning. [SpaRA: Sparse Robust Adaptation for Large "
            "Models](https://icml.cc/virtual/2024/poster/34527) trains low-rank and sparse parts "
            "together, while [Exploring the Benefit of Activation Sparsity in Training]"
            "(https://icml.cc/virtual/2024/poster/34528) switches between sparse and dense "
            "phases, and [Accelerating Transformer Training with Structured Sparsity]"
            "(https://icml.cc/virtual/2024/poster/34529) does it with 2:4 masks.",
        ]
    )
    got = [(p.title, p.venue, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("SpaRA: Sparse Robust Adaptation for Large Models", "ICML", 2024),
        ("Exploring the Benefit of Activation Sparsity in Training", "ICML", 2024),
        ("Accelerating Transformer Training with Structured Sparsity", "ICML", 2024),
    ]


def test_a_by_inside_an_emphasised_title_is_the_titles_own() -> None:
    rows = [
        ("2304.02008", "GlueStick: Robust Image Matching by Sticking Points and Lines Together"),
        (
            "2303.02885",
            "Improving Transformer-based Image Matching by Cascaded Capturing Spatially "
            "Informative Keypoints",
        ),
        ("2306.05410", "LU-NeRF: Scene and Pose Estimation by Synchronizing Local Unposed NeRFs"),
        ("2305.00001", "Sparse Keypoint Matching for Wide Baselines"),
    ]
    page = "## Image Matching\n\n|Publish Date|Title|Authors|PDF|\n|---|---|---|---|\n" + "".join(
        f"|**2023-04-05**|**{title}**|Chenjie Cao et.al.|[{arxiv}](http://arxiv.org/abs/{arxiv})|\n"
        for arxiv, title in rows
    )
    got = [(p.arxiv_id, p.title) for p in parse_digest(page).papers]
    assert got == rows


GLOSSED_ORALS = """# VISCON 2031 Oral

[3] Sparse Lattice Priors for Video Matting (用于视频抠图的稀疏格点先验) (**Oral**)<br>
[paper](https://arxiv.org/abs/3101.00011)<br><br>

[2] Counting Crowds with Density Tokens(基于密度令牌的人群计数) (**Oral**)<br>
[paper](https://arxiv.org/abs/3101.00012) | [code](https://github.com/example/density-tokens)<br><br>

[1] Learning to Relight Faces from Phone Videos (从手机视频中学习人脸重光照) (**Oral**)<br>
[paper](https://arxiv.org/abs/3101.00013)<br><br>
"""


def test_a_title_with_a_gloss_and_a_remark_in_parentheses_is_cut_before_both() -> None:
    papers = parse_digest(GLOSSED_ORALS).papers
    assert [(p.title, p.arxiv_id) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", "3101.00011"),
        ("Counting Crowds with Density Tokens", "3101.00012"),
        ("Learning to Relight Faces from Phone Videos", "3101.00013"),
    ]


WORKSHOP_SCHEDULE = """<h2>Schedule</h2>
<table>
<tr><td>9:00 AM</td><td>Invited Talk "Why Small Models Still Surprise Us"<br/>
<i>Ada Brook</i></td></tr>
<tr><td>9:40 AM</td><td>Spotlight Paper: Gradient Echoes in Recurrent State Space Models</td></tr>
<tr><td>9:50</td><td>Spotlight Paper: Counterfactual Replay for Offline Bandit Evaluation</td></tr>
<tr><td>10:00 AM</td><td>Invited Talk: "Scaling Laws for Tiny Robots"<br/>
<i>Lee Marsh</i></td></tr>
<tr><td>10:40 AM</td><td>Spotlight Paper: A Kernel View of Retrieval Heads (with Proofs)</td></tr>
</table>
"""


def test_a_programs_spotlight_papers_are_papers_and_its_invited_talks_are_not() -> None:
    papers = parse_digest(WORKSHOP_SCHEDULE).papers
    assert [p.title for p in papers] == [
        "Gradient Echoes in Recurrent State Space Models",
        "Counterfactual Replay for Offline Bandit Evaluation",
        "A Kernel View of Retrieval Heads (with Proofs)",
    ]


NEWS_DAILY = """# AI 日报 - 2031-02-02

### 1. 稀疏格点先验用于视频抠图
原文: Sparse Lattice Priors for Video Matting

- **来源**: arXiv AI
- **原文链接**: https://arxiv.org/abs/3102.00021

---

### 2. 某公司发布新的编程助手应用
原文: Example Corp launches a new desktop app for agentic coding

- **来源**: TechCrunch AI
- **原文链接**: https://techcrunch.com/3031/02/02/example-corp-launches-desktop-app/

---

### 3. 基于密度令牌的人群计数
原文: Counting Crowds with Density Tokens

- **来源**: arXiv Machine Learning
- **原文链接**: https://arxiv.org/abs/3102.00022
"""


def test_a_translated_heading_over_its_original_is_the_papers_other_title() -> None:
    papers = parse_digest(NEWS_DAILY).papers
    assert [(p.title, p.alt_titles, p.arxiv_id) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", ["稀疏格点先验用于视频抠图"], "3102.00021"),
        ("Counting Crowds with Density Tokens", ["基于密度令牌的人群计数"], "3102.00022"),
    ]


def test_a_news_sites_story_is_no_paper() -> None:
    titles = [p.title for p in parse_digest(NEWS_DAILY).papers]
    assert not any("Example Corp" in t or "编程助手" in t for t in titles)


ITALIC_BY_LINES = """### to read

 *Sparse Lattice Priors for Video Matting* by Ines Okafor et al. - 🔘

 *Counting Crowds with Density Tokens* by Lee Park - 🔘

 *Learning to Relight Faces from Phone Videos* by Mira Olsen et al. - 🔘
"""


def test_emphasised_titles_by_names_et_al_are_papers_with_their_authors() -> None:
    papers = parse_digest(ITALIC_BY_LINES).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", ["Ines Okafor"]),
        ("Counting Crowds with Density Tokens", ["Lee Park"]),
        ("Learning to Relight Faces from Phone Videos", ["Mira Olsen"]),
    ]


EMOJI_RUN = """Top papers of last week:
🗞️ Sparse Lattice Priors for Video Matting
🗞️ "Counting Crowds with Density Tokens"
🗞️ "Learning to Relight Faces from Phone Videos"
🗞️ Orion 3 Pro Capable of Winning Gold at IMO 2031
🗞️ KALE: A Semi-Empirical Theory of (Shallow) Learning
🗞️ "Beyond Binary Rewards: Training Agents to Reason About Their Uncertainty"
Our pick this week is the first one. It reads well.
"""


def test_a_run_of_lines_led_by_one_emoji_is_a_list_of_titles() -> None:
    titles = [p.title for p in parse_digest(EMOJI_RUN).papers]
    assert titles == [
        "Sparse Lattice Priors for Video Matting",
        "Counting Crowds with Density Tokens",
        "Learning to Relight Faces from Phone Videos",
        "Orion 3 Pro Capable of Winning Gold at IMO 2031",
        "KALE: A Semi-Empirical Theory of (Shallow) Learning",
        "Beyond Binary Rewards: Training Agents to Reason About Their Uncertainty",
    ]


LABELLED_CARDS = """5 篇杰出论文奖

论文：Sparse Lattice Priors for Video Matting

论文地址：https://openreview.net/forum?id=AbCdEf1234
机构：某某大学、某某研究院
作者：Ines Okafor、Lee Park

本文研究了视频抠图中的稀疏先验。

论文：Counting Crowds with Density Tokens

论文地址：https://openreview.net/forum?id=GhIjKl5678
机构：某某实验室
作者：Mira Olsen、Tom Berg

本文提出了密度令牌。
"""


def test_a_field_line_over_a_paper_is_no_topic() -> None:
    papers = parse_digest(LABELLED_CARDS).papers
    assert [p.title for p in papers] == [
        "Sparse Lattice Priors for Video Matting",
        "Counting Crowds with Density Tokens",
    ]
    assert not any(t.startswith(("机构", "作者")) for p in papers for t in p.topics)


FOLDER_INDEX = """## Papers

- [Sparse Lattice Priors for Video Matting](./Sparse%20Lattice/) - Code: 2 py | Paper: ✓
- [Counting Crowds with Density Tokens](./Counting%20Crowds/) - Code: 1 py | Paper: ✓
- [Relight_Faces_Phone](./Relight_Faces_Phone/) - Code: 1 py | Paper: ✗
"""


def test_a_folders_name_of_words_joined_by_underscores_is_no_title() -> None:
    titles = [p.title for p in parse_digest(FOLDER_INDEX, keep_uncertain=True).papers]
    assert "Sparse Lattice Priors for Video Matting" in titles
    assert not any("_" in t for t in titles)


DASHED_CITED_LINES = """Foundations

-
Sparse Lattice Priors for Video Matting — Okafor et al., 2031. (essential) The original paper.
-
Counting Crowds with Density Tokens — Park and Gold, Nature 2030. The first counting paper.
-
Learning to Relight Faces from Phone Videos — Berg et al., ICLR 2029. Relights faces.
"""


def test_title_dash_names_et_al_venue_year_and_a_note_name_the_title() -> None:
    papers = parse_digest(DASHED_CITED_LINES).papers
    assert [p.title for p in papers] == [
        "Sparse Lattice Priors for Video Matting",
        "Counting Crowds with Density Tokens",
        "Learning to Relight Faces from Phone Videos",
    ]


DATED_TITLES = """## Association Rule Learning

  • Sparse Lattice Mining at Scale (2000). Okafor, @IEEE.
  • Counting Frequent Crowds without Candidates (2001). Park, Gold, and Berg, @acm .
  • See also: A Calculus of Density Tokens (1996), Ruiz and Olsen, @Springer.
  • Relighting Faces from Phone Videos (2012), @NIPS.
"""


def test_title_year_in_brackets_then_names_lines_are_papers() -> None:
    papers = parse_digest(DATED_TITLES).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        ("Sparse Lattice Mining at Scale", ["Okafor"], 2000),
        ("Counting Frequent Crowds without Candidates", ["Park", "Gold", "Berg"], 2001),
        ("A Calculus of Density Tokens", ["Ruiz", "Olsen"], 1996),
        ("Relighting Faces from Phone Videos", [], 2012),
    ]


TITLE_OVER_NAMES = """A quick guide to our papers at the conference

Bandit problems

Bandit problems arise in reinforcement learning. Our researchers study them.

Delay-adapted policy optimization for adversarial decision processes with late feedback
Tal Ember, Avi Rosen, Dana Sotner

Incentivizing exploration with linear contexts and combinatorial actions
Mark Sellke, Ana Ruiz

Adaptive computation

Lookahead when it matters: adaptive non-causal transformers for streaming transduction
Grant Stone, Yi Xu, Brian Kingsley
"""


def test_sentence_case_titles_over_lists_of_full_names_are_papers() -> None:
    papers = parse_digest(TITLE_OVER_NAMES).papers
    assert [len(p.authors) for p in papers] == [3, 2, 3]
    assert [p.title[:40] for p in papers] == [
        "Delay-adapted policy optimization for ad",
        "Incentivizing exploration with linear co",
        "Lookahead when it matters: adaptive non-",
    ]


TITLE_NOTE_NAMES = """Reading roadmap

Week 1 - Vision

Sparse lattice priors for video matting

LatticeNet - a matting breakthrough

Okafor, Ines, et al. (2012)

Counting crowds with density tokens

CrowdTok, very dense

Park, Lee, et al. (2015)

Learning to relight faces from phone videos

Relight - faces at home

Berg and Gold (2016)
"""

TITLE_NAMES_NOTE = """Papers every student should read

Sparse Lattice Priors for Video Matting

Ines Okafor (2012)

📌 High-level insights on matting.

Counting Crowds with Density Tokens

Park, Gold, Berg (2015)

📌 Why tokens count.

Learning to Relight Faces from Phone Videos

Berg et al. (2016)

📌 Faces at home.
"""


def test_an_entry_ending_in_names_and_a_year_is_titled_by_its_first_line() -> None:
    titles = [p.title for p in parse_digest(TITLE_NOTE_NAMES).papers]
    assert titles == [
        "Sparse lattice priors for video matting",
        "Counting crowds with density tokens",
        "Learning to relight faces from phone videos",
    ]
    titles = [p.title for p in parse_digest(TITLE_NAMES_NOTE).papers]
    assert titles == [
        "Sparse Lattice Priors for Video Matting",
        "Counting Crowds with Density Tokens",
        "Learning to Relight Faces from Phone Videos",
    ]


def test_a_reading_roadmaps_name_is_no_paper() -> None:
    text = (
        "编者按：原文名为《Deep Learning Papers Reading Roadmap》，我们编译如下。\n\n"
        "1. 调研\n\n"
        "他们的代表作《A Fast Learning Algorithm for Sparse Lattices》值得一读。\n\n"
        "[1] https://example.org/lattices.pdf\n"
    )
    titles = [p.title for p in parse_digest(text, keep_uncertain=True).papers]
    assert "Deep Learning Papers Reading Roadmap" not in titles


AWARD_TITLE_PERIOD_NAMES = """Best Paper Awards

Best Student Paper Award:
Lower bounding lattice normalization. Ines Okafor, Lee Park (University of Somewhere)

Best Paper Award:
Intent-aware crowd similarity. Mira Olsen (Institute of Things, CAS), Tom Berg (Lab Two)
"""


def test_title_period_names_with_affiliations_under_award_labels_are_papers() -> None:
    papers = parse_digest(AWARD_TITLE_PERIOD_NAMES).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Lower bounding lattice normalization", ["Ines Okafor", "Lee Park"]),
        ("Intent-aware crowd similarity", ["Mira Olsen", "Tom Berg"]),
    ]


GLUED_TRANSLATIONS = """## Paper

&emsp;1. [稀疏格点先验用于视频抠图Sparse Lattice Priors for Video Matting](https://arxiv.org/abs/3101.00011)

&emsp;2. [基于密度令牌的人群计数Counting Crowds with Density Tokens](https://arxiv.org/abs/3101.00012)

&emsp;3. [从手机视频中学习人脸重光照Learning to Relight Faces from Phone Videos](https://arxiv.org/abs/3101.00013)
"""


def test_a_translation_glued_before_an_english_title_is_cut_off() -> None:
    papers = parse_digest(GLUED_TRANSLATIONS).papers
    assert [p.title for p in papers] == [
        "Sparse Lattice Priors for Video Matting",
        "Counting Crowds with Density Tokens",
        "Learning to Relight Faces from Phone Videos",
    ]


def test_a_quotation_someone_said_is_no_title() -> None:
    text = (
        "Lab news: awards at the conference\n\n"
        "Our student Mira Holt and professor Jon Park won the Best Student Paper Award. Their "
        "paper “Sparse Routing Tables for Mixture Layers” shows how to route tokens cheaply.\n\n"
        '"I am incredibly proud of what our colleagues achieved this year," says Park. '
        '"These awards show the quality of our research," he added.\n'
    )
    titles = [p.title for p in parse_digest(text).papers]
    assert titles == ["Sparse Routing Tables for Mixture Layers"]


def test_names_between_two_closing_quotes_are_no_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    line = (
        "Sparse Routing Tables for Mixture Layers” by Professor Jon Park and his PhD student "
        "Mira Holt” won the outstanding paper award of the conference."
    )
    lines = read_lines(line + "\n")
    texts = [c.text for c in candidates(lines, 0)]
    assert "Sparse Routing Tables for Mixture Layers" in texts
    assert not [t for t in texts if t.startswith("by ")]


def test_links_to_docs_courses_and_posts_point_away_from_papers() -> None:
    text = (
        "## 推荐资源\n"
        "\n"
        "### 论文\n"
        "\n"
        "- **[Attention Is All You Need]"
        "(https://arxiv.org/abs/1706.03762)**：Transformer 的开山之作。\n"
        "- **[Deep Residual Learning for Image Recognition]"
        "(https://arxiv.org/abs/1512.03385)**：残差网络。\n"
        "- **[Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165)**：GPT-3。\n"
        "\n"
        "### 教程\n"
        "\n"
        "- **[Prompt Engineering Guide for Developers]"
        "(https://platform.example.com/docs/guides/prompt-engineering)**：官方的提示词教程，含金量极高。\n"
        "- **[Natural Language Processing with Transformers Course]"
        "(https://huggingface.co/learn/nlp-course)**：免费的 NLP 课程。\n"
        "- **[Building Systems with Large Language Models]"
        "(https://www.example.ai/short-courses/building-systems/)**：免费短课。\n"
        "- **[How I Read a Research Paper in One Hour]"
        "(https://someone.example.org/posts/how-i-read)**：一篇博客。\n"
    )
    titles = [p.title for p in parse_digest(text).papers]
    assert titles[:3] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Language Models are Few-Shot Learners",
    ]
    assert "Prompt Engineering Guide for Developers" not in titles  # a site's docs
    assert "How I Read a Research Paper in One Hour" not in titles  # a post


def test_a_whole_line_that_runs_into_a_field_label_gives_the_title_before_it() -> None:
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import _before_its_fields

    whole = Candidate("Sparse Routing Tables title : 稀疏路由表", 0, {"whole"}, score=0.9)
    cut = Candidate("Sparse Routing Tables", 0, {"before_field"}, score=0.7)
    assert _before_its_fields(whole, [whole, cut]) is cut
    alone = Candidate("Sparse Routing Tables for Mixture Layers", 0, {"whole"}, score=0.9)
    assert _before_its_fields(alone, [alone]) is alone  # no field label on the line


def test_a_short_chinese_heading_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("局限性")
    assert never_title("总结")
    assert not never_title("深度对比学习综述")


def test_a_plain_section_line_right_under_an_entry_heads_the_next_entry() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import Record, _plain_sections

    lines = read_lines(
        "Weekly picks\n\n=== cs.CL\n\nMixtral of Experts\nSelf-Rewarding Language Models\n"
        "=== cs.CV\nVMamba: Visual State Space Model\n"
    )
    starts = [i for i, ln in enumerate(lines) if "===" not in ln.text and i]
    records = [Record(Candidate(lines[i].text, i, {"whole"}), i, i + 1) for i in starts]
    _plain_sections(lines, records)
    assert [r.sections for r in records] == [["cs.CL"], ["cs.CL"], ["cs.CV"]]


def test_a_link_label_under_a_title_is_no_section() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import _section_line

    assert not _section_line(read_lines("paper\n")[0])
    assert _section_line(read_lines("Graph Neural Networks\n")[0])


def test_a_long_list_whose_titles_share_a_mark_however_cut_names_its_doubted_lines() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import follow_template

    rows = [
        f'* **N{k}**: "Title Number {k} for Vision", ECCV, 2022 (*Lab*). '
        f"[[Paper](https://arxiv.org/abs/2111.{k:05d})]"
        for k in range(12)
    ]
    lines = read_lines("\n".join(rows) + "\n")
    assert len({(ln.kind, ln.marker) for ln in lines}) == 1
    scored = []
    for i, line in enumerate(lines):
        title = f"Title Number {i} for Vision"
        how = {"quoted", "before_comma"} if i % 2 else {"quoted", "colon_span"}
        score = 0.45 if i == 11 else 0.9  # the last one is doubted
        scored.append([Candidate(title, i, how, score=score), Candidate(line.text, i, {"whole"})])
    assert follow_template(lines, scored, 0.5) == 1
    assert scored[11][0].score == 0.5


def test_a_notes_field_in_a_cell_is_no_paper() -> None:
    rows = [
        ("Sparse Routing Tables for Mixture Layers", "The best named paper award!!"),
        ("Patterns of Drift in Online Media Streams", "At last, interest in tabular data !!!"),
        ("Contrastive Pretraining for Dense Retrieval at Scale", "Surprising Results On Retrieval"),
    ]
    text = "# My NeurIPS picks\n\n| Paper | Slides |\n|---|---|\n" + "".join(
        f"| {title} <br> [NeurIPS link - Short Video & Abstract]"
        f"(https://neurips.cc/virtual/2023/poster/7151{k}) <br> _**Notes:{note}**_ | "
        f"[Slides](https://x.io/{k}) |\n"
        for k, (title, note) in enumerate(rows)
    )
    assert [p.title for p in parse_digest(text).papers] == [title for title, _ in rows]


def test_a_link_to_a_models_page_on_a_model_hub_is_no_papers_link() -> None:
    from papercli.importers.digest.features import link_features

    text = (
        "# My speech reading\n\n## Speech Recognizers\n\n"
        "- [Robust Speech Recognition via Large-Scale Weak Supervision]"
        "(https://arxiv.org/abs/2212.04356) by Radford et al. (2022)\n"
        "- [Conformer: Convolution-augmented Transformer for Speech Recognition]"
        "(https://arxiv.org/abs/2005.08100) by Gulati et al. (2020)\n"
        "- [wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations]"
        "(https://arxiv.org/abs/2006.11477) by Baevski et al. (2020)\n"
        "- [CrisperWhisper](https://huggingface.co/nyrahealth/CrisperWhisper)\n"
        "- [Distil Whisper Large](https://huggingface.co/distil-whisper/distil-large-v3)\n"
    )
    titles = [p.title for p in parse_digest(text).papers]
    assert len(titles) == 3 and "Distil Whisper Large" not in titles
    assert link_features("https://huggingface.co/papers/2212.04356") != {"link_media": 1.0}


def test_a_line_announcing_a_lectures_readings_keeps_its_papers() -> None:
    text = (
        "Lecture 3 readings:\n- Attention Is All You Need for Sequence Transduction\n"
        "- Deep Residual Learning for Image Recognition\n- Language Models are Few-Shot Learners\n"
    )
    assert len(parse_digest(text).papers) == 3
    talks = (
        "This week's podcast episodes:\n"
        '- "The Future of Robot Learning" by Chelsea Finn\n'
        '- "Why Language Models Hallucinate" by Adam Kalai\n'
    )
    assert parse_digest(talks).papers == []
