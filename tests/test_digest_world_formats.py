"""Digest pages in the shapes that tools and feeds produce (an arXiv listing, a scholar alert,
a research feed, an emoji-labelled post): each paper whole, with its own identifier."""

from __future__ import annotations

from papercli.importers.digest import parse_digest
from papercli.importers.names import parse_names
from papercli.importers.venues import find_venue_year

ARXIV_LISTING = """Computation and Language (cs.CL)

[1] arXiv:2301.00001 [pdf, other]
Title: Sparse Mixture of Experts for Long Context Modeling
Alice Smith, Bob Jones, Carol White
Subjects: Computation and Language (cs.CL)

[2] arXiv:2301.00002 [pdf, ps, other]
Title: Retrieval Augmented Decoding with Confidence Gates
Dan Brown, Eve Black
Subjects: Computation and Language (cs.CL); Machine Learning (cs.LG)

[3] arXiv:2301.00003 [pdf]
Title: Calibrated Uncertainty for Question Answering Systems
Frank Green
Subjects: Computation and Language (cs.CL)
"""


def test_an_arxiv_listing_gives_each_paper_the_id_above_it() -> None:
    papers = parse_digest(ARXIV_LISTING).papers
    assert [(p.title, p.arxiv_id) for p in papers] == [
        ("Sparse Mixture of Experts for Long Context Modeling", "2301.00001"),
        ("Retrieval Augmented Decoding with Confidence Gates", "2301.00002"),
        ("Calibrated Uncertainty for Question Answering Systems", "2301.00003"),
    ]
    assert papers[1].authors == ["Dan Brown", "Eve Black"]


EMOJI_POST = """🔥 This week in AI papers 🔥

📄 Mamba: Linear-time sequence modeling with selective state spaces
👥 Albert Gu, Tri Dao
🔗 https://arxiv.org/abs/2312.00752

📄 Retentive network: A successor to transformer for large language models
👥 Yutao Sun, Li Dong, Shaohan Huang
🔗 https://arxiv.org/abs/2307.08621

📄 RWKV: Reinventing RNNs for the transformer era
👥 Bo Peng, Eric Alcaide
🔗 https://arxiv.org/abs/2305.13048
"""


def test_title_and_author_lines_with_an_identifier_each_are_papers() -> None:
    papers = parse_digest(EMOJI_POST).papers
    assert [(p.title.split(":")[0], p.authors[0], p.arxiv_id) for p in papers] == [
        ("Mamba", "Albert Gu", "2312.00752"),
        ("Retentive network", "Yutao Sun", "2307.08621"),
        ("RWKV", "Bo Peng", "2305.13048"),
    ]


SCHOLAR_ALERT = """Scholar Alert: new results for "diffusion models"

[PDF] Scalable Diffusion Models with Transformers
W Peebles, S Xie - arXiv preprint arXiv:2212.09748, 2022
We explore a new class of diffusion models based on the transformer architecture.

[HTML] High-Resolution Image Synthesis with Latent Diffusion Models
R Rombach, A Blattmann, D Lorenz, P Esser… - Proceedings of the IEEE …, 2022
By decomposing the image formation process, diffusion models (DMs) achieve great results…
"""


def test_a_scholar_alert_gives_names_before_the_dash_and_no_acronym_venue() -> None:
    papers = {p.title: p for p in parse_digest(SCHOLAR_ALERT).papers}
    scalable = papers["Scalable Diffusion Models with Transformers"]
    assert scalable.authors == ["W Peebles", "S Xie"]
    assert (scalable.arxiv_id, scalable.year) == ("2212.09748", 2022)
    latent = papers["High-Resolution Image Synthesis with Latent Diffusion Models"]
    assert latent.authors == ["R Rombach", "A Blattmann", "D Lorenz", "P Esser"]
    assert latent.venue != "DMs"


def test_a_feed_cut_name_list_keeps_the_names_it_shows() -> None:
    assert parse_names("Timo Schick, Jane Dwivedi-Yu, Roberto Dessì, and 6 more") == [
        "Timo Schick",
        "Jane Dwivedi-Yu",
        "Roberto Dessì",
    ]
    assert parse_names("A Smith, B Jones + 3 others") == ["A Smith", "B Jones"]
    assert parse_names("Alice Smith and Bob Moreau") == ["Alice Smith", "Bob Moreau"]


def test_a_venue_acronym_is_not_read_across_a_sentence() -> None:
    prose = "Proceedings of the IEEE, 2022. Diffusion models (DMs) achieve results"
    assert find_venue_year(prose)[0] != "DMs"
    named = "Proceedings of the 2022 Conference on Empirical Methods in NLP (EMNLP), pp. 1-9"
    assert find_venue_year(named) == ("EMNLP", 2022)


def test_a_one_paper_post_is_named_by_its_labelled_heading() -> None:
    review = (
        "# Paper review: Attention Is All You Need\n\n"
        "In this post I review the paper by Vaswani et al. (2017), which introduced the"
        " Transformer.\n\nLink: https://arxiv.org/abs/1706.03762\n"
    )
    papers = parse_digest(review).papers
    assert [(p.title, p.arxiv_id) for p in papers] == [("Attention Is All You Need", "1706.03762")]
    notes = "# [论文笔记] Deep Residual Learning for Image Recognition\n\n本文发表于 CVPR 2016。\n"
    assert [p.title for p in parse_digest(notes).papers] == [
        "Deep Residual Learning for Image Recognition"
    ]


def test_a_heading_without_a_label_names_no_paper() -> None:
    post = "# Thoughts on scaling laws\n\nSome prose about scaling and compute budgets.\n"
    assert parse_digest(post).papers == []
