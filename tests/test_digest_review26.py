"""Layouts from real pages read for errors in stop 46, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.records import (
    follow_items_over_pdfs,
    follow_names_title_venue_lines,
)
from papercli.importers.digest.scorer import score_lines


def test_an_affiliation_after_a_title_is_not_part_of_it() -> None:
    page = (
        "### Early exits\n\n"
        "|Date|Title|Paper|Code|\n"
        "|:---:|:---:|:---:|:---:|\n"
        "|2020.04|[Folder] Folding Cameras for Wide Scenes(@lantern.edu)|"
        "[[pdf]](https://arxiv.org/pdf/2004.12345.pdf)|⚠️|\n"
        "|2023.10|🔥[**QT**] Quiet Tokens Speak Louder in Sparse Decoders(@Lantern Lab etc) | "
        "[[pdf]](https://arxiv.org/pdf/2310.12345v2.pdf)|⚠️|\n"
        "|2024.02|[PB] Pegging Boards for Language Models (@Moss&Reed) | "
        "[[pdf]](https://arxiv.org/pdf/2402.12345)|⚠️|\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["arxiv_id"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", "2004.12345"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "2310.12345"),
        ("Pegging Boards for Language Models", "2402.12345"),
    ]


def test_a_books_chapter_in_a_reading_list_is_no_paper() -> None:
    page = (
        "Lecture 5: Model and Loss\n"
        "Further Reads:\n"
        "- ML Components: Chapter 1 - Sections 1.2.1 to 1.2.4 of [BB]\n"
        "- ML Basics: Chapter 5 of [GYC]\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2004.12345)\n"
        "- [Quiet Tokens, Chapter 3 of a Longer Story](https://arxiv.org/abs/2310.12345)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes",
        "Quiet Tokens, Chapter 3 of a Longer Story",
    ]


def test_a_schedule_rows_slides_are_no_pdf_of_the_names_above_them() -> None:
    # how a schedule table's rows read: the scribes' names, then the next row's date, teacher
    # and topic with its slides
    page = "".join(
        f"Sep {day} (Mon)   Ada   Topic {day} [slides](lectures/lec0{day}.pdf)\n\n"
        "- Cleo Park\n- Dan Hale\n- Eve Stone\n\n"
        for day in range(1, 6)
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    for line, row in zip(lines, scored, strict=True):
        for cand in row:
            if line.kind == "item":
                cand.score = 0.06  # what the model gave the names of a real schedule
    assert follow_items_over_pdfs(lines, scored, 0.5) == 0
    assert all(c.score < 0.5 for row in scored for c in row)


def test_a_schedule_rows_topic_names_the_readings_under_it() -> None:
    page = (
        "### Schedule\n\n"
        "Sep 9 (Mon)   Ada   Pretraining 1 [slides]\n\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2004.12345) (FC)\n"
        "- [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2310.12345)\n\n"
        "9/11   Ben   Scaling laws [slides]\n\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2402.12345)\n\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"][-1:]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["Pretraining 1"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["Pretraining 1"]),
        ("Pegging Boards for Language Models", ["Scaling laws"]),
    ]


def test_a_hugging_face_papers_link_is_the_papers_url_unless_arxiv_is_linked() -> None:
    page = (
        "# Daily papers\n\n"
        "1. [Folding Cameras for Wide Scenes](https://huggingface.co/papers/2606.13681)\n"
        "2. [Quiet Tokens Speak Louder in Sparse Decoders](https://huggingface.co/papers/2606.13679)"
        " [arXiv](https://arxiv.org/abs/2606.13679)\n"
    )
    papers = _papers(page)
    assert [(p["arxiv_id"], p["url"]) for p in papers] == [
        ("2606.13681", "https://huggingface.co/papers/2606.13681"),
        ("2606.13679", "https://arxiv.org/abs/2606.13679"),
    ]


def test_a_topic_label_over_a_sessions_readings_names_their_section() -> None:
    page = (
        "Supplemental Reading\n\n"
        "Topic: N-Gram Language Models\n\n"
        "Presentation/Response Date: 2/22\n\n"
        "  • Ada Moss, Ben Reed (2009), Folding Cameras for Wide Scenes\n"
        "  • Cleo Park (2012), Quiet Tokens Speak Louder in Sparse Decoders\n\n"
        "    Topic: Part of Speech Tagging with Hidden Markov Models\n\n"
        "    Presentation/Response Date: 2/29\n\n"
        "  • Dan Hale (2000), Pegging Boards for Language Models\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["N-Gram Language Models"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["N-Gram Language Models"]),
        (
            "Pegging Boards for Language Models",
            ["Part of Speech Tagging with Hidden Markov Models"],
        ),
    ]


def test_a_generic_paper_list_label_gives_way_to_the_stage_above_it() -> None:
    page = (
        "AI 论文学习\n"
        "七阶段学习路径\n"
        "阶段一:基础概念(Foundation)\n"
        "阶段目标: 建立深度学习基础认知。\n"
        "建议时长: 2 周\n"
        "论文清单\n"
        "-\n"
        "Folding Cameras for Wide Scenes (FCW, 2013)\n"
        "- 核心要点:提出一种折叠相机。\n"
        "-\n"
        "Quiet Tokens Speak Louder in Sparse Decoders (QT, 2014)\n"
        "- 核心要点:安静的词元。\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["阶段一:基础概念(Foundation)"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["阶段一:基础概念(Foundation)"]),
    ]


def test_a_lists_name_with_its_year_on_a_line_of_its_own_is_a_section() -> None:
    page = (
        "2031 in review: the papers that defined my year\n\n"
        "Best Vision Papers of 2031\n\n"
        "This list is not ordered.\n\n"
        "1) Folding Cameras for Wide Scenes\n\n"
        "A camera that folds.\n\n"
        "2) Quiet Tokens Speak Louder in Sparse Decoders\n\n"
        "Tokens that whisper.\n\n"
        "3) Pegging Boards for Language Models\n\n"
        "Boards with pegs.\n\n"
        "4) Counting Sheep with Sparse Attention\n\n"
        "Sheep, counted.\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["Best Vision Papers of 2031"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["Best Vision Papers of 2031"]),
        ("Pegging Boards for Language Models", ["Best Vision Papers of 2031"]),
        ("Counting Sheep with Sparse Attention", ["Best Vision Papers of 2031"]),
    ]


def test_a_weeks_label_over_its_speakers_names_their_papers_section() -> None:
    page = (
        "# Reading group\n\n"
        "Week 1<br/>\n"
        "Speaker A.<br/>\n"
        "Title: Folding Cameras for Wide Scenes<br/>\n"
        "Paper: https://arxiv.org/abs/2004.12345<br/>\n"
        "Date: Oct 10<br/>\n"
        "Speaker B.<br/>\n"
        "Title: Quiet Tokens Speak Louder in Sparse Decoders<br/>\n"
        "Paper: https://arxiv.org/abs/2310.12345<br/>\n\n"
        "Week 2<br/>\n"
        "Speaker A.<br/>\n"
        "Title: Pegging Boards for Language Models<br/>\n"
        "Paper: https://arxiv.org/abs/2402.12345<br/>\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["Week 1"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["Week 1"]),
        ("Pegging Boards for Language Models", ["Week 2"]),
    ]


def test_several_titles_cued_in_one_chinese_sentence_are_each_a_paper() -> None:
    page = (
        "# LANTERN 2031 论文评审结果出炉：一文概览论文 TOP 3\n\n"
        "今年的 LANTERN 2031 大会共收到 900 篇论文。\n\n"
        "现在评分最高的论文是灯塔大学 Ada Moss 等人的 Folding Cameras for Wide Scenes with Paper"
        " Hinges。另有一篇值得注意的论文，星光实验室 Ben Reed 等人的 Quiet Tokens Speak Louder in"
        " Sparse Decoders。此外，我们比较关注的第二篇论文：Pegging boards for language models"
        " 并没有太高的评分。\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folding Cameras for Wide Scenes with Paper Hinges",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Pegging boards for language models",
    ]


def test_one_line_citations_names_title_venue_each_give_their_title_and_year() -> None:
    page = (
        "Announcement of the 2031 Lantern Test-of-Time Awards\n\n"
        "The 2031 winners of the 2006 Test-of-Time Award are:\n\n"
        "Ada Moss, Ben Reed, Cleo Park. Folding Cameras: A Framework for Wide Scenes."
        " Computational Linguistics, 32(2), June\n\n"
        "Dan Hale. Quiet tokens speak louder in sparse decoders. 44th Annual Meeting of the"
        " Association for Computational Linguistics\n\n"
        "The 2031 winners of the 2021 Test-of-Time Award are:\n\n"
        "Eve Stone, Fay Woods. Pegging Boards: A General Method for Language Models."
        " Computational Linguistics, 47(4), December\n\n"
        "The winners were announced at ACL 2031. Congratulations!\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"], p["year"]) for p in papers] == [
        (
            "Folding Cameras: A Framework for Wide Scenes",
            ["Ada Moss", "Ben Reed", "Cleo Park"],
            2006,
        ),
        ("Quiet tokens speak louder in sparse decoders", ["Dan Hale"], 2006),
        ("Pegging Boards: A General Method for Language Models", ["Eve Stone", "Fay Woods"], 2021),
    ]


def test_a_titles_question_before_its_subtitle_is_no_citations_names() -> None:
    page = (
        "Ada Moss, Ben Reed. Folding Cameras: A Framework for Wide Scenes. ACL 2020\n\n"
        "Cleo Park. Quiet tokens speak louder in sparse decoders. EMNLP 2021\n\n"
        "10. [**Can't Count Sheep in Long Documents? You Need Some Pegs.**]"
        "(https://arxiv.org/abs/2403.05004) _Dan Hale, Eve Stone, Fay Woods._ Arxiv 2024.\n"
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    for row in scored:
        for cand in row:  # what the model gave them on a long list of such rows
            if "bold" in cand.how or "colon_span" in cand.how:
                cand.score = 0.9
    follow_names_title_venue_lines(lines, scored, 0.5)
    tops = [max(row, key=lambda c: c.score).text for row in scored if row]
    assert tops[0] == "Folding Cameras: A Framework for Wide Scenes"
    assert tops[1] == "Quiet tokens speak louder in sparse decoders"
    assert tops[2] == "Can't Count Sheep in Long Documents? You Need Some Pegs"


def test_a_fields_tables_keys_may_open_with_an_emoji() -> None:
    page = "## 论文列表\n\n" + "".join(
        f"> ### {n}. {title}\n>\n> | 属性 | 内容 |\n> |:---:|:---|\n"
        f"> | 📅 发布日期 | 2026-08-18 |\n> | 👤 作者 | {name} |\n>\n"
        f"> 🔗 [阅读论文](http://arxiv.org/abs/2608.1791{n}v1)\n\n---\n\n"
        for n, (title, name) in enumerate(
            [
                ("Folding Cameras for Wide Scenes", "Ada M. Moss"),
                ("Quiet Tokens Speak Louder in Sparse Decoders", "Ben Reed"),
                ("Pegging Boards for Language Models", "Cleo Park"),
            ],
            start=1,
        )
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["Ada M. Moss"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["Ben Reed"]),
        ("Pegging Boards for Language Models", ["Cleo Park"]),
    ]


def test_headings_each_over_one_papers_page_are_its_titles() -> None:
    sections = [
        ("Folding Cameras for Wide Scenes", "2309.03409"),
        ("FoldNet: Improving Propagation and Transformer for Camera Inpainting", "2309.03852"),
        ("XGen-9B Technical Report", "2309.03450"),
        ("Pegging Boards: A Case Study into a Slow Learning System", "2309.03315"),
    ]
    page = "# 【2031-09-10】每日论文速览\n\n" + "".join(
        f"## {title}\n\n1. **介绍本文的主要工作**\n\n    本文提出了一种方法。\n\n"
        "### 2. 亮点\n\n本文的亮点很多。\n\n"
        "4. **从实用性、创新性和推荐度进行打分**\n\n    - 实用性：5分\n\n"
        f"[到论文主页查看详情](https://huggingface.co/papers/{number})\n"
        for title, number in sections
    )
    papers = _papers(page)
    assert [(p["title"], p["arxiv_id"]) for p in papers] == sections


def test_a_pages_own_title_over_its_subtitle_is_no_pair_of_title_and_blurb() -> None:
    page = (
        "LANTERN 2031 — Best Paper Awards\n"
        "Snapshot of the four best papers awarded at LANTERN 2031, spanning vision and theory.\n"
        "Theme Legend\n"
        "Gated Folding for Large Camera Models: Non-linearity, Sparsity, and Hinge-Free\n"
        "Simple head-specific sigmoid gating that stabilizes folding and reduces the hinge.\n"
        "Compares dozens of gated-folding variants and finds a consistently strong design.\n"
        "1000 Layer Networks for Self-Supervised RL: Scaling Depth Can Enable New Goal-Reaching"
        " Capabilities\n"
        "Demonstrates that very deep self-supervised agents can reach goals without rewards.\n"
        "Challenges the assumption that such agents are incompatible with very deep nets.\n"
        "Why Diffusion Models Don't Memorize: The Role of Implicit Dynamical Regularization in"
        " Training\n"
        "Explains how training dynamics create a window where diffusion models generalize well.\n"
        "Identifies two characteristic timescales and shows that the window grows with data.\n"
        "Quiet tokens in sparse decoders and the sound of silence\n"
        "Shows that quiet tokens speak louder than loud ones in many sparse decoders today.\n"
        "Finds that the effect holds across every model size tried in the experiments.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert (
        "Gated Folding for Large Camera Models: Non-linearity, Sparsity, and Hinge-Free" in titles
    )
    assert "LANTERN 2031 — Best Paper Awards" not in titles


def test_a_posts_running_paper_labels_name_each_title_whatever_its_markup() -> None:
    page = (
        "## 2031年的最后一个月，这里有5种你必须要知道的最新折叠技术\n\n"
        "**论文 1：Folding from Scratch (2031)**\n\n这篇论文提出了一种方法。\n\n"
        "论文链接：https://arxiv.org/pdf/3108.04351.pdf\n\n"
        "## **论文 2：Adversarial Neural Folding (2031)**\n\n对抗神经折叠结合了对抗训练。\n\n"
        "论文链接：https://arxiv.org/pdf/3108.04352.pdf\n\n"
        "**论文 3：Rethinking the Value of Camera Folding (ICLR 2031)**\n\n重新思考。\n\n"
        "论文链接：https://arxiv.org/pdf/3108.04353.pdf\n\n"
        "**论文 4：Camera Folding via Transformable Hinge Search (NeurIPS 2031)**\n\n搜索。\n\n"
        "论文链接：https://arxiv.org/pdf/3108.04354.pdf\n\n"
        "**论文 5：Structured Folding of Large Camera Models (2031)**\n\n结构化。\n\n"
        "论文链接：https://arxiv.org/pdf/3108.04355.pdf\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Folding from Scratch",
        "Adversarial Neural Folding",
        "Rethinking the Value of Camera Folding",
        "Camera Folding via Transformable Hinge Search",
        "Structured Folding of Large Camera Models",
    ]


def test_a_quoted_title_an_award_sentence_honours_is_a_paper() -> None:
    page = (
        "Lantern Institute papers win awards at LANTERN 2031\n\n"
        "Three papers by Lantern researchers won awards at this year's meeting.\n\n"
        "A paper by Ada Moss, “Folding Cameras: A Framework for Wide Scenes,” won the Best"
        " Paper Award.\n\n"
        "Additionally, a paper co-authored by Professor Ben Reed and students Cleo Park, Dan"
        " Hale, “When Do Quiet Tokens Speak? A Data-driven, Multilingual Exploration,” was"
        " honored with the conference’s Resource Award.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "When Do Quiet Tokens Speak? A Data-driven, Multilingual Exploration" in titles


# negative cases from a review of this stop's rules, each wrong on an earlier draft


def test_a_title_that_merely_says_chapter_is_kept() -> None:
    page = (
        "- Predicting Chapter 11 Filings from Earnings Call Transcripts. Ada Moss, Ben Reed."
        " ACL 2020.\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders. Cleo Park. EMNLP 2021.\n"
        "- Pegging Boards for Language Models. Dan Hale. NAACL 2019.\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Predicting Chapter 11 Filings from Earnings Call Transcripts" in titles


def test_an_awards_own_year_is_not_its_papers_year() -> None:
    page = (
        "## ICML 2024 Test of Time Award\n\n"
        "- Folding Cameras for Wide Scenes. Ada Moss, Ben Reed.\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders. Cleo Park.\n"
    )
    assert all(p["year"] != 2024 for p in _papers(page))


def test_a_section_named_speaker_something_is_a_section() -> None:
    page = (
        "Speech Synthesis\n\n"
        "- Folding Cameras for Wide Scenes, Ada Moss, 2019\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders, Ben Reed, 2020\n\n"
        "Speaker Verification\n\n"
        "- Pegging Boards for Language Models, Cleo Park, 2021\n"
        "- Counting Sheep with Sparse Attention, Dan Hale, 2022\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics.get("Pegging Boards for Language Models") == ["Speaker Verification"]


def test_a_generic_list_name_after_another_list_names_its_own_list() -> None:
    page = (
        "Core lectures\n\n"
        "- Folding Cameras for Wide Scenes, Ada Moss, 2019\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders, Ben Reed, 2020\n\n"
        "Readings\n\n"
        "- Pegging Boards for Language Models, Cleo Park, 2021\n"
        "- Counting Sheep with Sparse Attention, Dan Hale, 2022\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics.get("Pegging Boards for Language Models") == ["Readings"]


def test_a_schedule_rows_presenter_or_room_is_not_its_topic() -> None:
    page = (
        "### Schedule\n\n"
        "Sep 9 (Mon)   Pretraining 1   Ada Moss\n\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2004.12345)\n"
        "- [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2310.12345)\n\n"
        "Sep 11 (Wed)   Scaling laws   Room 204\n\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2402.12345)\n"
    )
    topics = [p["topics"][-1:] for p in _papers(page)]
    assert topics == [["Pretraining 1"], ["Pretraining 1"], ["Scaling laws"]]


def test_a_method_after_deng_ren_de_in_prose_is_no_paper() -> None:
    page = (
        "论文：Folding Cameras for Wide Scenes with Paper Hinges\n\n"
        "该方法基于 Moss 等人的 Sparse Gating Network 架构，并在 Reed 等人的 Multi Head"
        " Attention 基础上做了改进。\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Sparse Gating Network" not in titles


def test_papers_after_a_last_identified_heading_keep_their_own_links() -> None:
    page = "".join(
        f"## {title}\n\nNotes on it.\n\n[details](https://huggingface.co/papers/{number})\n\n"
        for title, number in [
            ("Folding Cameras for Wide Scenes with Paper Hinges", "2309.03409"),
            ("FoldNet: Improving Propagation and Transformer for Camera Inpainting", "2309.03852"),
            ("Quiet Tokens Speak Louder in Sparse Decoders", "2309.03450"),
        ]
    )
    page += (
        "**Also worth reading this week:**\n\n"
        "- [Counting Sheep with Sparse Attention](https://example.org/sheep.pdf)\n"
        "- [Hashing Heads for Long Context Transformers](https://example.org/heads.pdf)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Counting Sheep with Sparse Attention" in titles
    assert "Hashing Heads for Long Context Transformers" in titles


def test_a_project_page_does_not_outrank_a_hugging_face_papers_link() -> None:
    page = (
        "1. [Folding Cameras for Wide Scenes](https://huggingface.co/papers/2606.13681"
        "?utm_source=digest)\n"
        "2. Quiet Tokens Speak Louder in Sparse Decoders [project](https://quiet.example.io)"
        " [HF](https://huggingface.co/papers/2606.13679)\n"
    )
    assert [p["url"] for p in _papers(page)] == [
        "https://huggingface.co/papers/2606.13681",
        "https://huggingface.co/papers/2606.13679",
    ]


def test_a_one_line_citation_is_not_cut_at_its_titles_inner_point() -> None:
    page = (
        "Ada Moss, Ben Reed, Cleo Park. Folding Cameras: A Framework for Wide Scenes."
        " Computational Linguistics, 32(2), June\n\n"
        "Dan Hale. Quiet tokens. Speaking louder in sparse decoders. 44th Annual Meeting of the"
        " Association for Computational Linguistics, 2006\n\n"
        "Eve Stone. Pegging boards for language models. Computational Linguistics, 33(1), March\n"
    )
    assert "Quiet tokens" not in [p["title"] for p in _papers(page)]


def test_a_notes_item_with_an_english_gloss_is_no_section() -> None:
    page = (
        "阶段一:基础概念(Foundation)\n"
        "论文清单\n"
        "-\n"
        "Folding Cameras for Wide Scenes (FCW, 2013)\n"
        "- 核心要点:提出一种折叠相机(Folding Camera)\n"
        "-\n"
        "Quiet Tokens Speak Louder in Sparse Decoders (QT, 2014)\n"
        "- 核心要点:安静的词元(Quiet Token)\n"
        "-\n"
        "Pegging Boards for Language Models (PB, 2015)\n"
    )
    for paper in _papers(page):
        assert not any(t.startswith("核心要点") for t in paper["topics"])


def test_a_weeks_label_with_a_range_is_still_a_section() -> None:
    page = (
        "Weeks 1-2: 2D\n\n"
        "- Folding Cameras for Wide Scenes, Ada Moss, 2019\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders, Ben Reed, 2020\n\n"
        "Weeks 3-4: 3D\n\n"
        "- Pegging Boards for Language Models, Cleo Park, 2021\n"
        "- Counting Sheep with Sparse Attention, Dan Hale, 2022\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics.get("Pegging Boards for Language Models") == ["Weeks 3-4: 3D"]


def test_an_items_pdf_below_a_blank_line_is_still_its_own() -> None:
    page = "Systems reading list\n\n" + "".join(
        f"{n}. {name}:\n\nhttps://example.org/{slug}-sosp.pdf\n\n"
        for n, (name, slug) in enumerate(
            [
                ("Kestrel file system", "kestrel"),
                ("The Marlin lock service", "marlin"),
                ("Osprey distributed log", "osprey"),
                ("Heron stream processing", "heron"),
            ],
            start=1,
        )
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    for line, row in zip(lines, scored, strict=True):
        for cand in row:
            if line.kind == "item":
                cand.score = 0.06
    assert follow_items_over_pdfs(lines, scored, 0.5) == 4


def test_a_topic_heading_over_its_titled_links_is_no_papers_title() -> None:
    page = (
        "## Folding Cameras for Wide Scenes with Paper Hinges\n\n"
        "Notes.\n\n[arXiv](https://arxiv.org/abs/2309.03409)\n\n"
        "## Sparse Decoding in Large Language Models\n\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders [arXiv](https://arxiv.org/abs/2309.03852)\n"
        "- Pegging Boards for Language Models [code](https://github.com/ada/pegs)\n\n"
        "## Efficient Attention for Long Documents\n\n"
        "- Counting Sheep with Sparse Attention [arXiv](https://arxiv.org/abs/2309.03450)\n"
        "- Hashing Heads for Long Contexts [code](https://github.com/ada/heads)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Pegging Boards for Language Models" in titles
    assert "Hashing Heads for Long Contexts" in titles
    assert "Sparse Decoding in Large Language Models" not in titles


def test_an_award_category_without_the_word_paper_is_its_papers_topic() -> None:
    page = (
        "There are several categories of award at LANTERN 2031.\n\n"
        "- Best error analysis: Folding Cameras for Wide Scenes, by Ada Moss and Ben Reed.\n"
        "- Best position paper: Quiet Tokens Speak Louder in Sparse Decoders, by Cleo Park.\n"
        "- Best resource paper: Pegging Boards for Language Models, by Dan Hale.\n"
        "- Best survey paper: A Survey of Counting Sheep, by Eve Stone and Fay Woods.\n"
        "- Most reproducible: Hashing Heads for Long Contexts, by Gil Lane.\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Folding Cameras for Wide Scenes"] == ["Best error analysis"]
    assert topics["Hashing Heads for Long Contexts"] == ["Most reproducible"]


def test_a_best_practice_label_on_a_page_without_awards_is_no_topic() -> None:
    page = (
        "- Best practices: Folding Cameras for Wide Scenes, by Ada Moss and Ben Reed.\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders, by Cleo Park.\n"
    )
    assert all(p["topics"] == [] for p in _papers(page))


def test_an_awards_section_with_its_track_names_the_papers_under_it() -> None:
    page = (
        "Best Paper Awards at LANTERN 2031\n\n"
        "Congratulations to the recipients of the best paper awards at LANTERN 2031!\n\n"
        "Best Paper\n\n"
        "Folding Cameras: Behavioral Testing of Wide Scenes with CheckFold\n"
        "Ada Moss, Ben Reed and Cleo Park\n\n"
        "Honorable Mention Papers – Main Conference\n\n"
        "Don’t Stop Folding: Adapt Camera Models to Domains and Tasks\n"
        "Dan Hale, Eve Stone and Fay Woods\n\n"
        "Tangled up in Tokens: Reevaluating the Evaluation of Sparse Decoders\n"
        "Gil Lane and Hal Moon\n\n"
        "Best Theme Paper\n\n"
        "Climbing towards Boards: On Pegs, Holes, and Understanding\n"
        "Ivy North and Jon Oak\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Tangled up in Tokens: Reevaluating the Evaluation of Sparse Decoders"] == [
        "Honorable Mention Papers – Main Conference"
    ]
    assert topics["Climbing towards Boards: On Pegs, Holes, and Understanding"] == [
        "Best Theme Paper"
    ]


def test_an_italic_label_under_a_heading_names_its_list() -> None:
    page = (
        "# Reading notes\n\n"
        "## Vision\n\n"
        "_Basic Models_\n\n"
        "- Folding Cameras for Wide Scenes | [pdf](pdf/folding-cameras.pdf)\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders | [pdf](pdf/quiet-tokens.pdf)\n\n"
        "_Near-duplicate Detection_\n\n"
        "alias: shingles, sketches\n\n"
        "- Pegging Boards for Language Models | [pdf](pdf/pegging-boards.pdf)\n"
        "- Counting Sheep with Sparse Attention | [pdf](pdf/counting-sheep.pdf)\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Quiet Tokens Speak Louder in Sparse Decoders"] == ["Vision", "Basic Models"]
    assert topics["Counting Sheep with Sparse Attention"] == ["Vision", "Near-duplicate Detection"]


# negative cases from a second review, each wrong on the rules before it


def test_a_title_that_opens_with_best_keeps_its_words_out_of_the_topics() -> None:
    page = (
        "- Best long paper: Sparse Lanterns for Dense Rooms, by Ada Moss and Ben Reed.\n"
        "- Best short paper: Quiet Keys in Loud Locks, by Cleo Park.\n"
        "- Best resource paper: A Corpus of Folded Maps, by Dan Hale.\n\n"
        "Other papers presented include:\n\n"
        "- Best Arm Identification: Tighter Bounds for Noisy Bandits, by Eve Stone.\n"
        "- Most Likely Explanations: Decoding Causal Graphs Faster, by Fay Woods.\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Best Arm Identification: Tighter Bounds for Noisy Bandits"] == []


def test_a_paper_titled_like_an_award_section_over_its_authors_is_a_paper() -> None:
    page = (
        "Reading list for the seminar\n\n"
        "Peer Review\n\n"
        "Citation Cascades in Small Fields\nAda Moss and Ben Reed\n\n"
        "Best Paper Awards - A Citation Study\nCleo Park and Dan Hale\n\n"
        "Counting Reviewers with Sparse Ballots\nEve Stone\n\n"
        "Folding Peer Review into Open Forums\nFay Woods and Gil Lane\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Counting Reviewers with Sparse Ballots"] == ["Peer Review"]


def test_an_italic_author_line_is_no_label() -> None:
    page = (
        "# Reading notes\n\n## Vision\n\n"
        "**Folding Cameras for Wide Scenes**\n\n*Ada Moss, Ben Reed*\n\n"
        "**Quiet Tokens Speak Louder in Sparse Decoders**\n\n*Cleo Park*\n\n"
        "**Pegging Boards for Language Models**\n\n_Highly recommended_\n\n"
        "**Counting Sheep with Sparse Attention**\n\n*Dan Hale and Eve Stone*\n"
    )
    for paper in _papers(page):
        assert paper["topics"] == ["Vision"]


def test_a_course_plans_paper_slots_are_no_papers() -> None:
    page = (
        "# Seminar plan\n\n"
        "Paper 1: Folding Cameras for Wide Scenes (2019)\n\n"
        "Paper 2: Quiet Tokens Speak Louder in Sparse Decoders (2020)\n\n"
        "Paper 3: Pegging Boards for Language Models (2021)\n\n"
        "Paper 4: Your choice, discuss with the instructor\n\n"
        "Paper 5: Reflection Essay\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Reflection Essay" not in titles
    assert "Your choice, discuss with the instructor" not in titles


def test_a_quoted_team_that_won_a_prize_is_no_paper() -> None:
    page = (
        "# Lab news\n\n"
        'Ada Moss presented "Folding Cameras for Wide Scenes" at CVPR 2031'
        " (https://arxiv.org/abs/3103.01234).\n\n"
        'Our robot team "Pegging Boards United" received the Spirit of the Games Prize at the'
        " regional league.\n"
    )
    assert "Pegging Boards United" not in [p["title"] for p in _papers(page)]


def test_a_page_that_opens_with_a_title_over_its_blurb_keeps_that_paper() -> None:
    page = "".join(
        f"{title}\n{blurb}\n"
        for title, blurb in [
            (
                "Gradient Fences for Sparse Tables",
                "We show that fencing gradients stabilizes training on very sparse tables.",
            ),
            ("Sparse Lantern Networks", "A lightweight recurrent model for lanterns in rooms."),
            (
                "Quiet Tokens Speak Louder in Sparse Decoders",
                "We find that quiet tokens carry more signal than loud ones in decoders.",
            ),
            (
                "Pegging Boards for Language Models",
                "A board of pegs that language models can use to count their own steps.",
            ),
            (
                "Folding Cameras for Wide Scenes",
                "A camera that folds out to take in a wider scene than it could before.",
            ),
        ]
    )
    # since stop 52 the title chooser doubts it (a title over its blurb, first on the page):
    # it is listed as uncertain, and --keep-uncertain keeps it with the others
    result = parse_digest(page)
    assert "Gradient Fences for Sparse Tables" in [p.title for p in result.uncertain]
    kept = [p.title for p in parse_digest(page, keep_uncertain=True).papers]
    assert "Gradient Fences for Sparse Tables" in kept


def test_a_session_field_below_a_paper_is_not_the_next_papers_topic() -> None:
    page = (
        "# Workshop program\n\n## Accepted papers\n\n"
        "**Folding Cameras for Wide Scenes**\n\nAda Moss, Ben Reed\n\nSession 3 - Posters\n\n"
        "**Quiet Tokens Speak Louder in Sparse Decoders**\n\nCleo Park\n\nSession 1 - Orals\n\n"
        "**Pegging Boards for Language Models**\n\nDan Hale, Eve Stone\n\nSession 2 - Posters\n\n"
        "**Counting Sheep with Sparse Attention**\n\nFay Woods\n"
    )
    for paper in _papers(page):
        assert paper["topics"] == ["Accepted papers"]
