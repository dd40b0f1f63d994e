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


AWARD_PAGE = """# Awards

Outstanding Papers

Privacy Auditing with One (1) Training Run — Thomas Steinke, Milad Nasr, Matthew Jagielski (Google)

Scaling Data-Constrained Language Models — Niklas Muennighoff, Alexander M. Rush, Boaz Barak
"""


def test_title_dash_names_lines_are_papers_with_their_authors() -> None:
    got = {p.title: p.authors for p in parse_digest(AWARD_PAGE).papers}
    assert got == {
        "Privacy Auditing with One (1) Training Run": [
            "Thomas Steinke",
            "Milad Nasr",
            "Matthew Jagielski",
        ],
        "Scaling Data-Constrained Language Models": [
            "Niklas Muennighoff",
            "Alexander M. Rush",
            "Boaz Barak",
        ],
    }


def test_a_bulleted_title_dash_names_list_is_read_whole() -> None:
    page = (
        "# This week in ML\n\n- Attention Is All You Need — Ashish Vaswani, Noam Shazeer\n"
        "- Deep Residual Learning for Image Recognition — Kaiming He, Xiangyu Zhang\n"
        "- Denoising Diffusion Probabilistic Models — Jonathan Ho, Ajay Jain\n"
    )
    assert [p.title for p in parse_digest(page).papers] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Denoising Diffusion Probabilistic Models",
    ]


def test_link_labels_after_a_title_are_not_part_of_it() -> None:
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels("Visual Instruction Tuning [paper] [code]") == (
        "Visual Instruction Tuning"
    )
    assert without_link_labels("Deep Learning [论文] [代码]") == "Deep Learning"
    assert without_link_labels("Pix2Seq [v2]") == "Pix2Seq [v2]"  # not a link label
    page = (
        "## 2023\n\n"
        "- Visual Instruction Tuning [[paper]](https://arxiv.org/abs/2304.08485)"
        " [[code]](https://github.com/haotian-liu/LLaVA) - NeurIPS 2023\n"
        "- BLIP-2: Bootstrapping Language-Image Pre-training with Frozen Image Encoders and"
        " Large Language Models [[paper]](https://arxiv.org/abs/2301.12597) - ICML 2023\n"
    )
    titles = [p.title for p in parse_digest(page).papers]
    assert "Visual Instruction Tuning" in titles
    assert not any("[paper]" in t for t in titles)
