"""Found in review (stop 15): each defect of the first version of a change, as a test."""

from __future__ import annotations

from papercli.ids import find_identifiers
from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import candidates
from papercli.importers.digest.fields import accepted_venue, labelled_links


def test_a_one_paper_post_takes_no_link_labelled_as_another_papers_or_a_profile() -> None:
    text = (
        "# 论文解读：稀疏专家\n\n"
        "本文介绍一篇新论文：[Sparse Mixtures of Tiny Experts for Microcontrollers]"
        "(https://example.org/post)。\n\n"
        "## 参考\n\n- 前作论文：https://arxiv.org/abs/2101.03961\n"
        "- Switch Transformer 代码：https://github.com/google-research/t5x\n"
        "- 关于我：GitHub: https://github.com/alice\n"
    )
    found = labelled_links(read_lines(text))
    assert found.arxiv_id is None and found.code_url is None
    assert labelled_links(read_lines("- GitHub: https://github.com/alice\n")).code_url is None


def test_words_before_a_quoted_title_are_no_writer_and_cited_papers_get_no_venue() -> None:
    text = (
        "本文对比了经典的“Attention Is All You Need”、谷歌的“Reformer: The Efficient "
        "Transformer”以及最新的“Mamba: Linear-Time Sequence Modeling with Selective State "
        "Spaces”。\n"
    )
    papers = parse_digest(text, keep_uncertain=True).papers
    assert all(p.authors == [] for p in papers)
    english = (
        "Our paper “Sparse Mixtures of Tiny Experts for Microcontrollers” was accepted at ICML "
        "2024; it extends “Switch Transformers: Scaling to Trillion Parameter Models” and "
        "“Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer”.\n"
    )
    venues = {p.title: p.venue for p in parse_digest(english, keep_uncertain=True).papers}
    assert venues.get("Switch Transformers: Scaling to Trillion Parameter Models") is None


def test_a_nickname_or_a_journal_before_a_year_is_no_author() -> None:
    for text in (
        "# Classics\n\n- **Attention Is All You Need** Transformer (2017)\n"
        "- **Deep Residual Learning for Image Recognition** ResNet (2016)\n",
        "# Classics\n\n- Mastering the Game of Go without Human Knowledge. Nature (2017).\n"
        "- Human-level Control through Deep Reinforcement Learning. Nature (2015).\n",
    ):
        for paper in parse_digest(text, keep_uncertain=True).papers:
            assert not {"Transformer", "ResNet", "Nature"} & set(paper.authors)


def test_a_national_style_citation_is_not_cut_at_an_authors_second_initial() -> None:
    line = (
        "[3] Sutskever I., Vinyals O., Le Q. V. Sequence to sequence learning with neural "
        "networks[C]//NIPS. 2014."
    )
    cited = [c.text for c in candidates(read_lines(line), 0) if "cited" in c.how]
    assert cited == ["Sequence to sequence learning with neural networks"]
    article = "Hu W, Chen J, Qu Y. A Self-training Approach for Coreference [J]. WWW, 2011."
    cited = [c.text for c in candidates(read_lines(article), 0) if "cited" in c.how]
    assert cited == ["A Self-training Approach for Coreference"]


def test_a_cited_paper_does_not_take_the_pages_venue() -> None:
    text = (
        "# 参考文献\n\n"
        "1. LeCun Y, Bottou L, Bengio Y. Gradient-based learning applied to document "
        "recognition[J]. Proceedings of the IEEE, 1998, 86(11).\n"
        "1. Hochreiter S, Schmidhuber J. Long short-term memory[J]. Neural Computation, 1997.\n"
        "1. Hinton G E, Salakhutdinov R R. Reducing the dimensionality of data with neural "
        "networks[J]. Science, 2006.\n"
    )
    papers = {p.title: p for p in parse_digest(text).papers}
    assert papers["Long short-term memory"].venue != "Proceedings of the IEEE"


def test_rankings_indexes_and_listings_are_no_venue() -> None:
    assert accepted_venue("我们的论文“X”已被人工智能领域顶级会议（CCF-A）录用") == (None, None)
    assert accepted_venue("已被中科院一区期刊（SCI）录用")[0] is None
    assert accepted_venue("被 Hugging Face Daily Papers 收录") == (None, None)


def test_a_wrapped_span_joins_only_a_title_wrapped_once() -> None:
    many = (
        "<b>Must-read this week:\nAttention Is All You Need\nDeep Residual Learning for Image "
        "Recognition\n\nMore below.</b>"
    )
    assert "Attention Is All You Need" in [line.text for line in read_lines(many)]
    card = (
        "- [Attention Is All You Need\n  Ashish Vaswani, Noam Shazeer, Niki Parmar](https://x.org)"
    )
    assert [line.text for line in read_lines(card)] == [
        "Attention Is All You Need",
        "Ashish Vaswani, Noam Shazeer, Niki Parmar",
    ]


def test_entries_between_rules_are_no_front_matter() -> None:
    text = (
        "---\ntitle: Attention Is All You Need\nauthors: Ashish Vaswani\nvenue: NeurIPS 2017\n"
        "---\ntitle: BERT: Pre-training of Deep Transformers\nvenue: NAACL 2019\n---\n"
    )
    venues = {p.title: (p.venue, p.year) for p in parse_digest(text).papers}
    assert venues["Attention Is All You Need"] == ("NeurIPS", 2017)
    capital = read_lines("---\nTitle: Our ICML 2024 roundup\ndate: 2024\n---\n\nBody.\n")
    assert capital[0].text == "title: Our ICML 2024 roundup"


def test_an_identifier_ends_at_any_full_width_punctuation() -> None:
    assert find_identifiers("DOI：10.1145/3696443.3708952（ACM）") == {
        "doi": "10.1145/3696443.3708952"
    }
    assert find_identifiers("https://doi.org/10.1000/abc（中文版）") == {"doi": "10.1000/abc"}
    assert find_identifiers("见 https://arxiv.org/abs/2101.00001：代码") == {"arxiv": "2101.00001"}
