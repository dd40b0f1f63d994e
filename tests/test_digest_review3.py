"""Regression tests for what a read-only review of this stop's digest change found: each
input is a small digest a user might paste, and each assertion is what the reader must keep."""

from __future__ import annotations

from papercli.importers.digest import parse_digest
from papercli.importers.venues import find_venue_year


def _papers(text: str) -> dict[str, tuple[list[str], str | None, int | None, str | None]]:
    return {p.title: (p.authors, p.venue, p.year, p.arxiv_id) for p in parse_digest(text).papers}


def test_a_venue_line_under_its_title_does_not_end_the_record() -> None:
    text = (
        "Deep Residual Learning for Image Recognition\nCVPR 2016, Oral\n"
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\nhttps://arxiv.org/abs/1512.03385\n"
    )
    assert _papers(text) == {
        "Deep Residual Learning for Image Recognition": (
            ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
            "CVPR",
            2016,
            "1512.03385",
        )
    }


def test_a_nickname_before_the_colon_stays_in_the_title() -> None:
    text = "- LLaMA: Open and Efficient Foundation Language Models (Touvron et al., 2023)\n"
    assert _papers(text) == {
        "LLaMA: Open and Efficient Foundation Language Models": (["Touvron"], None, 2023, None)
    }


def test_a_title_in_a_paragraph_keeps_the_field_list_under_it() -> None:
    text = (
        "**Paper 1**\nDeep Residual Learning for Image Recognition\n"
        "- Authors: Kaiming He, Xiangyu Zhang, Jian Sun\n- Link: https://arxiv.org/abs/1512.03385\n"
    )
    found = _papers(text)["Deep Residual Learning for Image Recognition"]
    assert found[0] == ["Kaiming He", "Xiangyu Zhang", "Jian Sun"]
    assert found[3] == "1512.03385"


def test_a_journal_volume_is_no_year() -> None:
    assert find_venue_year("Science 24, 2004")[1] == 2004
    assert find_venue_year("IEEE TPAMI 22, 888–905 (2000)")[1] == 2000


def test_cited_papers_nested_under_a_linked_item_are_papers() -> None:
    text = (
        "- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)\n"
        "    - Attention Is All You Need (Vaswani et al., 2017)\n"
        "    - Language Models are Few-Shot Learners (Brown et al., 2020)\n"
    )
    found = _papers(text)
    assert set(found) == {
        "A Survey of Large Language Models",
        "Attention Is All You Need",
        "Language Models are Few-Shot Learners",
    }
    assert found["A Survey of Large Language Models"][2] == 2023


def test_a_venue_prefix_does_not_leak_into_the_next_item() -> None:
    text = (
        "- CVPR 2016: Deep Residual Learning for Image Recognition\n- Attention Is All You Need\n"
    )
    assert _papers(text)["Attention Is All You Need"][1:3] == (None, None)


def test_a_tutorial_paper_under_a_tutorials_heading_is_kept() -> None:
    text = (
        "## Tutorials\n- [A Tutorial on Spectral Clustering](https://arxiv.org/abs/0711.0189) - "
        "Ulrike von Luxburg, 2007\n"
    )
    assert "A Tutorial on Spectral Clustering" in _papers(text)


def test_highlights_above_a_list_of_papers_keep_the_papers() -> None:
    text = (
        "Highlights:\n1. QLoRA: Efficient Finetuning of Quantized LLMs\n"
        "2. Direct Preference Optimization: Your Language Model is Secretly a Reward Model\n"
    )
    assert len(_papers(text)) == 2


def test_names_before_a_bracketed_title_are_no_venue() -> None:
    text = (
        "Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. [Deep Residual Learning for Image "
        "Recognition]\n\nAshish Vaswani, Noam Shazeer, Niki Parmar. [Attention Is All You Need]\n"
    )
    found = _papers(text)
    assert found["Attention Is All You Need"][:2] == (
        ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
        None,
    )


def test_remark_words_match_whole_words_only() -> None:
    text = (
        "1. Posterior Sampling for Reinforcement Learning (Posterior Sampling)\n"
        "2. Oracle Inequalities for Model Selection (Oracle Bounds)\n"
        "3. Neural Oracle Search on N-best Hypotheses (Oracle)\n"
    )
    assert any(title.startswith("Posterior Sampling") for title in _papers(text))


def test_a_title_starting_with_top_is_no_listicle_headline() -> None:
    text = (
        "- Top Papers Ranking with Graph Neural Networks\n- Attention Is All You Need\n"
        "- Deep Residual Learning for Image Recognition\n"
    )
    assert "Top Papers Ranking with Graph Neural Networks" in _papers(text)


def test_a_project_page_label_names_no_paper() -> None:
    text = (
        "YOLOv3(《Yolov3: An incremental improvement》)是Joseph Redmon关于YOLO系列的"
        "最后一篇论文。\n\n"
        "学习资料:\n\n论文原文:YOLOv3.pdf (pjreddie.com)\n\n"
        "项目主页:YOLO: Real-Time Object Detection (pjreddie.com)\n"
    )
    assert "YOLO: Real-Time Object Detection" not in _papers(text)


def test_links_to_their_own_text_keep_every_title() -> None:
    titles = [
        "Attention Is All You Need",
        "ZeroQ: A Zero Shot Quantization Framework",
        "Deep Residual Learning for Image Recognition",
        "Language Models are Few-Shot Learners",
        "Mastering the Game of Go without Human Knowledge",
    ]
    text = "".join(f"- [{t}]({t})\n" for t in titles)
    assert list(_papers(text)) == titles


def test_only_an_acronym_between_a_quoted_title_and_its_year_is_a_venue() -> None:
    text = (
        "Key references:\n"
        '1. "Attention Is All You Need", Vaswani et al., 2017.\n'
        '2. "Deep Residual Learning for Image Recognition", Google Brain, 2016.\n'
        '3. "DPT: Deformable Patch-based Transformer for Visual Recognition", ACMMM, 2021.\n'
    )
    venues = {title: found[1] for title, found in _papers(text).items()}
    assert venues.get("Attention Is All You Need") is None
    assert venues.get("Deep Residual Learning for Image Recognition") is None
    assert venues.get("DPT: Deformable Patch-based Transformer for Visual Recognition") == "ACMMM"


def test_titles_that_look_like_names_or_places_stay_titles() -> None:
    from papercli.importers.digest.records import never_title

    for title in (
        "Minds, Brains, and Programs",
        "Laplace, Gauss and Bayes",
        "College of Experts: Mixture Models",
        "University of Oxford Robotcar Dataset",
        "School of Reward Hacks: Hacking Harmless Tasks Generalizes to Misaligned Behavior",
        "Predicting Accepted Papers at ICLR with Language Models",
    ):
        assert not never_title(title), title
    text = (
        "1. Minds, Brains, and Programs — John Searle, 1980\n"
        "2. Computing Machinery and Intelligence — Alan Turing, 1950\n"
    )
    assert "Minds, Brains, and Programs" in _papers(text)


def test_a_preprint_cited_as_such_keeps_arxiv_as_its_venue() -> None:
    text = (
        "# Survey of efficient transformers (NeurIPS 2023 tutorial notes)\n\n## References\n\n"
        "1. Tri Dao. FlashAttention-2: Faster Attention with Better Parallelism and Work "
        "Partitioning. arXiv:2307.08691, 2023.\n"
        "2. Albert Gu, Tri Dao. Mamba: Linear-Time Sequence Modeling with Selective State Spaces. "
        "arXiv:2312.00752, 2023.\n"
    )
    assert {found[1] for found in _papers(text).values()} == {"arXiv"}
    rejected = (
        "## Rejected from NeurIPS 2023, now on arXiv\n\n"
        "- [Vision Transformers Need Registers](https://arxiv.org/abs/2309.16588) [arXiv]\n"
        "- [Think Before You Speak](https://arxiv.org/abs/2310.02226) [arXiv]\n"
    )
    assert {found[1] for found in _papers(rejected).values()} == {"arXiv"}


def test_links_that_do_not_parse_raise_nothing() -> None:
    for text in (
        "Attention Is All You Need\nCode: https://github：.com/x/y\n",
        "the paper 'Random forests for classification' by Leo Breiman\n项目主页: http://x：\n",
        "- [ZeroQ: A Zero Shot Quantization Framework](https://arxiv.org]/abs/2386.96370)\n",
    ):
        # no exception, and the paper read (kept when the title model is unsure of it)
        assert parse_digest(text, keep_uncertain=True).papers


def test_talks_books_and_schedules_are_no_cited_papers() -> None:
    podcasts = (
        "This week's podcast episodes:\n"
        '- "Scaling, Emergence and Reasoning" by Jason Wei\n'
        '- "The Future of Robot Learning" by Chelsea Finn\n'
        '- "Why Language Models Hallucinate" by Adam Kalai\n'
    )
    assert _papers(podcasts) == {}
    lectures = (
        "Lecture 1: Introduction to Deep Learning    Andrej Karpathy    2016\n"
        "Lecture 2: Image Classification Pipeline    Justin Johnson    2016\n"
        "Lecture 3: Loss Functions and Optimization    Fei-Fei Li    2016\n"
    )
    assert _papers(lectures) == {}


def test_titles_over_field_items_keep_their_fields() -> None:
    text = (
        "Some intro paragraph about transformers.\nAttention Is All You Need\n"
        "- Authors: Ashish Vaswani, Noam Shazeer\n- Link: https://arxiv.org/abs/1706.03762\n"
        "- Notes: the original transformer\nDeep Residual Learning for Image Recognition\n"
        "- Authors: Kaiming He, Xiangyu Zhang\n- Link: https://arxiv.org/abs/1512.03385\n"
    )
    found = _papers(text)
    assert found["Deep Residual Learning for Image Recognition"][3] == "1512.03385"
    assert found["Attention Is All You Need"][0] == ["Ashish Vaswani", "Noam Shazeer"]


def test_a_venue_header_over_a_missed_title_is_not_this_title_s() -> None:
    text = (
        "ICLR2013,Word2Vec 词向量扛鼎之作\nEfficient Estimation of Word Representations in Vector "
        "Space\nNeurIPS2017,Transformer 开山之作\nAttention Is All You Need\n"
    )
    found = _papers(text)
    assert found["Efficient Estimation of Word Representations in Vector Space"][1:3] == (
        "ICLR",
        2013,
    )


def test_english_link_labels_head_titles_unless_a_link_follows() -> None:
    text = (
        "- Video: A Survey of Video Understanding with Deep Learning\n"
        "- Slides: Generating Presentation Slides from Academic Papers\n"
        "- GitHub: A Large-Scale Study of Developer Activity\n"
    )
    assert len(_papers(text)) == 3
