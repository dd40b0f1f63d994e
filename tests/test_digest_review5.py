"""Layouts of real pages read for errors in stop 25, written afresh as small cases."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers


def test_surname_et_al_before_the_title_names_the_paper_and_its_section() -> None:
    text = (
        "Notes on papers I read.\n\n"
        "Search Methods\n\n"
        "  • Moss et al., Learning Cribbage using the Noisy Gradient Method\n\n"
        "Population Methods\n\n"
        "  • Quill et al., Stochastic Population Ranking for Sparse Rewards\n"
        "  • Rowe et al., Universal Reward Shaping Estimators\n"
        "  • Lund et al., Bridging the Gap Between Planning and Acting Agents\n"
    )
    got = [(p["title"], p["authors"], p["topics"]) for p in _papers(text)]
    assert got == [
        ("Learning Cribbage using the Noisy Gradient Method", ["Moss"], ["Search Methods"]),
        ("Stochastic Population Ranking for Sparse Rewards", ["Quill"], ["Population Methods"]),
        ("Universal Reward Shaping Estimators", ["Rowe"], ["Population Methods"]),
        ("Bridging the Gap Between Planning and Acting Agents", ["Lund"], ["Population Methods"]),
    ]


def test_a_conference_spelled_out_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Attending the 61st Annual Meeting of the Society for Parsing Studies")
    assert never_title("In the proceedings of the European Conference on Cribbage Playing")
    assert never_title("Notes from the Symposium on Sparse Agents")
    assert not never_title("Workshop on Learning: A Survey of Methods")
    assert not never_title("A Conference Call Model for Multi-Party Dialogue")


def test_a_blog_of_picks_from_a_venue_with_first_author_lines() -> None:
    text = (
        "Last week I joined ICLR online. Here are the **best papers from the ICLR**.\n\n"
        "# Best papers\n\n"
        "## 1. Sparse Routing Tables for Mixture Layers\n\n"
        "A study of routing in mixture layers.\n\n"
        "**First author: Ada Quill\nLinkedIn | Website**\n\n"
        "## 2. Patterns of Drift in Online Media\n\n"
        "Drift measured over ten years of posts.\n\n"
        "**First author: Dee Moss\nLinkedIn | Website**\n"
    )
    got = [(p["title"], p["authors"], p["venue"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Ada Quill"], "ICLR"),
        ("Patterns of Drift in Online Media", ["Dee Moss"], "ICLR"),
    ]


def test_a_subjects_field_is_no_title_and_keeps_the_records_links() -> None:
    text = (
        "## Keyword: routing\n"
        "### Sparse Routing Tables for Mixture Layers\n"
        " - **Authors:** A. Quill, B. Rowe, C. Dunn\n"
        " - **Subjects:** Computer Vision and Pattern Recognition (cs.CV)\n"
        " - **Arxiv link:** https://arxiv.org/abs/2206.01290\n"
        " - **Abstract**\n"
        " We route tokens through sparse tables.\n"
        "### Patterns of Drift in Online Media\n"
        " - **Authors:** D. Moss, E. Park\n"
        " - **Subjects:** Machine Learning (cs.LG)\n"
        " - **Arxiv link:** https://arxiv.org/abs/2206.01634\n"
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", "2206.01290"),
        ("Patterns of Drift in Online Media", "2206.01634"),
    ]


def test_names_then_where_the_last_works_are_all_names() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Ada Quill, Ben Rowe, and Cy Dunn from Stanford University") == [
        "Ada Quill",
        "Ben Rowe",
        "Cy Dunn",
    ]
    assert parse_names("Dee Moss and Eli Park at Google") == ["Dee Moss", "Eli Park"]


def test_award_papers_under_a_conference_intro_take_its_venue_and_all_their_names() -> None:
    text = (
        "The NeurIPS 2023 conference showcased a range of advances in AI.\n\n"
        "Outstanding Papers Awards\n\n"
        "Are Sparse Routers of Large Language Models a Mirage?\n\n"
        "By Ada Quill, Ben Rowe, and Cy Dunn from Stanford University\n\n"
        "The paper challenges the notion of sparse routers in large models.\n\n"
        "Privacy Auditing with One (1) Drift Run\n\n"
        "By Dee Moss, Eli Park, and Fay Lund from Google\n\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(text)]
    assert got == [
        (
            "Are Sparse Routers of Large Language Models a Mirage?",
            ["Ada Quill", "Ben Rowe", "Cy Dunn"],
            "NeurIPS",
            2023,
        ),
        (
            "Privacy Auditing with One (1) Drift Run",
            ["Dee Moss", "Eli Park", "Fay Lund"],
            "NeurIPS",
            2023,
        ),
    ]


def test_a_libraries_section_lists_software_not_papers() -> None:
    text = (
        "## Trending Papers of 2021\n\n"
        "1. Sparse Routing Tables for Mixture Layers — Quill et al — https://example.org/p/1\n"
        "1. Patterns of Drift in Online Media — Moss et al — https://example.org/p/2\n\n"
        "## Trending Libaries of 2021\n\n"
        "1. Torch Image Models — Ross Wight — https://github.com/example/image-models\n"
        "2. Detection Toolbox — Open Lab — https://github.com/example/detection\n"
        "3. Sequence Kit — Meta AI — https://github.com/example/seqkit\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media",
    ]


def test_a_chinese_story_names_the_first_author_in_prose() -> None:
    text = (
        "两篇论文获得最佳论文奖。\n\n"
        "一是《Sparse Routing Tables for Mixture Layers》，论文一作为 Ada Quill，"
        "这篇论文提出了稀疏路由。\n\n"
        "另一篇是《Patterns of Drift in Online Media》，論文一作田柯宇被大家熟知。\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Ada Quill"]),
        ("Patterns of Drift in Online Media", ["田柯宇"]),
    ]


def test_nickname_surname_year_then_title_under_numbered_eras() -> None:
    text = (
        "A selection of papers for getting started.\n"
        "1. Early days\n"
        "- SRT (Quill 2003, Some Lab) - Sparse Routing Tables for Mixture Layers\n"
        "- CribNet (Rowe 2014, Other University) - CribNet: Learning to Play Cribbage\n"
        "2. Later days\n"
        "- PopRank (Lund 2018, South College) - PopRank: Population Ranking for Sparse Rewards\n"
        "- Gap (Park 2019, Some Lab) - Bridging: The Gap Between Planning and Acting\n"
        "- Tables (Quill 2019, Some Lab) - Tables: Routing Mixtures of Experts at Scale\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Quill"], 2003),
        ("CribNet: Learning to Play Cribbage", ["Rowe"], 2014),
        ("PopRank: Population Ranking for Sparse Rewards", ["Lund"], 2018),
        ("Bridging: The Gap Between Planning and Acting", ["Park"], 2019),
        ("Tables: Routing Mixtures of Experts at Scale", ["Quill"], 2019),
    ]


def test_restructuredtext_links_and_headings_are_read() -> None:
    from papercli.importers.digest.blocks import rst_to_markdown

    assert rst_to_markdown("See `Sparse Tables <https://example.org/a.pdf>`_, A et al.") == (
        "See [Sparse Tables](https://example.org/a.pdf), A et al."
    )
    assert rst_to_markdown("Week 1: Intro\n~~~~~~~~~~~~~\n") == "### Week 1: Intro\n"
    assert rst_to_markdown("Example:\n~~~\ncode\n~~~\n") == "Example:\n~~~\ncode\n~~~\n"
    text = (
        "Reading List\n"
        "------------\n\n"
        "Week 1: Routing\n"
        "~~~~~~~~~~~~~~~\n\n"
        "- Read `Sparse Routing Tables for Mixture Layers <https://arxiv.org/abs/2301.00001>`_, "
        "Ada Quill, Ben Rowe. NeurIPS 2022.\n\n"
        "Week 2: Drift\n"
        "~~~~~~~~~~~~~\n\n"
        "- Read `Patterns of Drift in Online Media <https://arxiv.org/abs/2301.00002>`_, "
        "Dee Moss, Eli Park. ICML 2023.\n"
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", "2301.00001"),
        ("Patterns of Drift in Online Media", "2301.00002"),
    ]


def test_a_reference_line_does_not_take_the_prose_before_a_linked_title() -> None:
    text = (
        "* Compression of networks. E.g., [Deep Tables: Compressing Mixture Layers with "
        "Pruning, Trained Routing and Huffman Coding](https://arxiv.org/pdf/1510.00149.pdf), "
        "Ada Quill et al, ICLR 2016.\n"
        "* Distributed training. E.g., [Large Scale Distributed Routing Networks]"
        "(https://example.org/dean.pdf), Ben Rowe et al, NIPS 2012.\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "Deep Tables: Compressing Mixture Layers with Pruning, Trained Routing and Huffman Coding",
        "Large Scale Distributed Routing Networks",
    ]


def test_a_lectures_slides_are_no_paper() -> None:
    from papercli.importers.digest.features import link_features

    assert link_features(
        "https://github.com/a/b/raw/master/resources/Lecture7-Parallelism.pdf"
    ) == {"link_media": 1.0}
    assert link_features("https://example.org/slides_week3.pdf") == {"link_media": 1.0}
    assert link_features("https://example.org/papers/lecun98.pdf") == {"link_paper": 1.0}


def test_plain_title_lines_over_a_sentence_about_each() -> None:
    text = (
        "Recommender Systems\n"
        "SRT: Sparse Routing Tables for Efficient Mixture-of-Experts Layers\n"
        "The definitive paper establishing routing tables as the dominant mixture paradigm.\n"
        "DriftNet: Learning Patterns of Temporal Drift in Online Media Recommendation\n"
        "Foundational paper for drift in clicks and views; introduces weighted drift scores.\n"
        "Factorization Machines for Population Ranking\n"
        "General ranking loss combining population flexibility with sparse rewards in time.\n"
        "Bridging the Gap Between Planning and Acting\n"
        "Combines planning and acting models; integrates user biases for blending approaches.\n"
        "Probabilistic Cribbage Factorization\n"
        "Introduced a probabilistic treatment of cribbage that scales linearly with the hands.\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "SRT: Sparse Routing Tables for Efficient Mixture-of-Experts Layers",
        "DriftNet: Learning Patterns of Temporal Drift in Online Media Recommendation",
        "Factorization Machines for Population Ranking",
        "Bridging the Gap Between Planning and Acting",
        "Probabilistic Cribbage Factorization",
    ]


def test_a_year_and_month_date_is_a_year_but_an_arxiv_id_is_not() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("Teaching Machines to Route (**2015.06**)")[1] == 2015
    assert find_venue_year("Sparse Tables (2019.1)")[1] == 2019
    assert find_venue_year("Sparse Tables arXiv 2012.06123")[1] is None


def test_a_quote_ends_an_identifier() -> None:
    from papercli.ids import find_identifiers

    found = find_identifiers('"doi":"10.1016/j.route.2024.103105","DOIUrl":"x"')
    assert found == {"doi": "10.1016/j.route.2024.103105"}


def test_one_json_record_on_one_line_is_read_as_its_fields() -> None:
    text = (
        '{"title":"Progressive Routing Fusion for Efficient Mixture Layers",'
        '"authors":"Ada Quill , Ben Rowe , Cy Dunn","doi":"10.1016/j.route.2024.103105",'
        '"abstract":"<div><p>We route tokens.</p></div>"}\n'
    )
    got = [(p["title"], p["authors"], p["doi"]) for p in _papers(text)]
    assert got == [
        (
            "Progressive Routing Fusion for Efficient Mixture Layers",
            ["Ada Quill", "Ben Rowe", "Cy Dunn"],
            "10.1016/j.route.2024.103105",
        )
    ]


def test_title_then_a_lower_case_arxiv_and_year_then_a_chinese_link_label() -> None:
    text = (
        "### 综述\n\n"
        "+ A Comprehensive Survey on Sparse Routing Networks. arxiv 2019. "
        "[论文地址](https://arxiv.org/pdf/1901.00596.pdf)\n"
        "  + 作者将路由网络分为四类\n\n"
        "+ Routing Networks: A Review of Methods and Applications. arxiv 2018. "
        "[论文地址](https://arxiv.org/pdf/1812.08434.pdf)\n\n"
        "+ Deep Learning on Routes: A Survey. arxiv 2018. "
        "[论文地址](https://arxiv.org/pdf/1812.04202.pdf)\n"
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(text)]
    assert got == [
        ("A Comprehensive Survey on Sparse Routing Networks", "1901.00596"),
        ("Routing Networks: A Review of Methods and Applications", "1812.08434"),
        ("Deep Learning on Routes: A Survey", "1812.04202"),
    ]
    from papercli.importers.digest.candidates import link_label

    assert link_label("论文地址") and link_label("代码链接") and not link_label("论文地址大全")


def test_links_written_with_a_site_template_are_links() -> None:
    text = (
        "## Long Papers\n\n"
        "- [Deep Routing Tables: An Analysis]({{ site.baseurl}}/data/ACS-21_paper_9.pdf).\n"
        "<br>Ada Quill and Ben Rowe.\n\n"
        "- [Patterns of Drift in Online Media]({{site.baseurl }}/data/ACS-21_paper_13.pdf).\n"
        "<br>Dee Moss, Eli Park and Fay Lund.\n\n"
        "- [Population Ranking for Sparse Rewards]({{ site.baseurl }}/data/ACS-21_paper_2.pdf).\n"
        "<br>Cy Dunn.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        ("Deep Routing Tables: An Analysis", ["Ada Quill", "Ben Rowe"]),
        ("Patterns of Drift in Online Media", ["Dee Moss", "Eli Park", "Fay Lund"]),
        ("Population Ranking for Sparse Rewards", ["Cy Dunn"]),
    ]


def test_a_labelled_title_loses_its_glued_venue_and_its_translation() -> None:
    text = (
        "### 2021-8-20\n"
        "paper:CRS: Continuous Routing Separation with Conformers in Meetings  ICASSP2021  \n"
        "github：https://github.com/example/routing  \n"
        "paper link: https://arxiv.org/abs/2008.05773  \n\n"
        "### 2021-4-23\n"
        "paper title: Interpreting intermediate routing layers of mixtures trained on raw speech "
        "解释在原始语音上训练的路由层  \n"
        "paper link: https://arxiv.org/pdf/2104.09489.pdf  \n\n"
        "### 2021-3-02\n"
        "paper: Patterns of Drift in Online Media Streams  \n"
        "paper link: https://arxiv.org/abs/2103.00001  \n"
    )
    got = {p["title"]: (p["arxiv_id"], p["alt_titles"]) for p in _papers(text)}
    assert got["CRS: Continuous Routing Separation with Conformers in Meetings"][0] == "2008.05773"
    assert got["Interpreting intermediate routing layers of mixtures trained on raw speech"] == (
        "2104.09489",
        ["解释在原始语音上训练的路由层"],
    )


def test_a_one_column_table_with_section_rows_and_years_before_titles() -> None:
    text = (
        "# Audio\n"
        "| Papers |\n"
        "|:---|\n"
        "| Routing Separation |\n"
        "| [2017 Supervised Routing Separation Based on Deep Tables](https://example.org/a.pdf) |\n"
        "| [2018 Wave Tables: A Multi-Scale Network for Source Routing](https://example.org/b) |\n"
        "| Drift Enhancement |\n"
        "| [1998 Drift Enhancement Based on Audible Noise Suppression](https://example.org/c) |\n"
    )
    got = [(p["title"], p["year"], p["topics"]) for p in _papers(text)]
    assert got == [
        ("Supervised Routing Separation Based on Deep Tables", 2017, ["Routing Separation"]),
        ("Wave Tables: A Multi-Scale Network for Source Routing", 2018, ["Routing Separation"]),
        ("Drift Enhancement Based on Audible Noise Suppression", 1998, ["Drift Enhancement"]),
    ]


def test_a_link_to_a_note_in_a_repository_is_not_a_link_to_code() -> None:
    from papercli.importers.digest.features import link_features

    note = "https://github.com/ada/Paper_Notes/blob/master/deep_learning/Skill_Rating.md"
    assert link_features(note) == {"link_other": 1.0}
    assert link_features("https://github.com/ada/awesome/blob/main/how-to-PR.md") == {
        "link_code": 1.0
    }
    assert link_features("https://github.com/ada/awesome/blob/main/CONTRIBUTING.md") == {
        "link_code": 1.0
    }
    assert link_features("https://github.com/ada/routing") == {"link_code": 1.0}


def test_the_digits_of_an_arxiv_reference_are_no_year() -> None:
    from papercli.importers.venues import find_venue_year

    cited = "A. Quill, et al., Liquid Routing Tables, arXiv:2006:04439v4 [cs.LG], Dec. 2020."
    assert find_venue_year(cited) == ("arXiv", 2020)


def test_a_reading_date_column_gives_way_to_the_venues_own_year() -> None:
    text = (
        "|#|Title|Tag|Date|\n"
        "|:-:|:-:|:-:|:-:|\n"
        "|3|[Sparse Routing Tables for Mixture Layers](https://example.org/issues/3)|"
        "`召回` `EMNLP2023`|2024-01-02T15:49:40Z|\n"
        "|2|[Patterns of Drift in Online Media Retrieval](https://example.org/issues/2)|"
        "`召回` `CIKM2022`|2024-01-01T13:36:27Z|\n"
        "|1|[Population Ranking for Sparse Rewards](https://example.org/issues/1)|"
        "`召回`|2024-01-01T13:30:00Z|\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", "EMNLP", 2023),
        ("Patterns of Drift in Online Media Retrieval", "CIKM", 2022),
        ("Population Ranking for Sparse Rewards", None, 2024),
    ]


def test_a_chinese_news_headline_about_papers_is_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("CSSC实验室2篇论文被IJCAI 2025录用")
    assert never_title("我院三篇论文被ACL 2024接收")
    assert never_title("团队荣获CVPR 2024最佳论文奖")
    assert not never_title("基于篇章结构的论文摘要生成")


def test_fields_separated_by_a_spaced_dot_are_no_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Tracks • Main + Datasets & Benchmarks")
    assert never_title("Sparse Routing Tables for Mixture Layers Quill & Rowe · 2023")
    assert not never_title("Sparse Routing Tables for Mixture Layers")
    assert not never_title("让·雅克的论文笔记")


def test_a_card_line_of_title_names_and_year_after_a_dot() -> None:
    text = (
        "Reading\n"
        "A curated list of papers worth reading, grouped by topic.\n"
        "Alternative architectures\n"
        "- Sparse Routing: Linear-Time Mixture Modeling with Selective Tables Quill & Rowe · 2023\n"
        "The selective routing model that made a sparse architecture competitive.\n"
        "Long context\n"
        "- Lost in the Tables: How Routers Use Long Mixtures Moss et al. (TACL 2024) · 2023\n"
        "Routers use tables best at the start and end, and worst in the middle.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(text)]
    assert got == [
        ("Sparse Routing: Linear-Time Mixture Modeling with Selective Tables", ["Quill", "Rowe"]),
        ("Lost in the Tables: How Routers Use Long Mixtures", ["Moss"]),
    ]


def test_entries_whose_notes_are_filed_under_talks_are_talks() -> None:
    text = (
        "## Paper notes\n\n"
        "#### 2017-12\n\n"
        "* Sparse Routing Tables for Mixture Layers [[notes](papers/sparse-routing.md)] "
        "[[link](https://arxiv.org/abs/2301.00001)]\n"
        "* Learning State Representations for Routing Agents [[notes](talks/states.md)]\n"
        "* Patterns of Drift in Online Media [[notes](papers/drift.md)] "
        "[[link](https://arxiv.org/abs/2301.00002)]\n"
        "* Probabilistic Programming with Sparse Routing Tables [[notes](talks/pyro.md)]\n"
    )
    assert [p["title"] for p in _papers(text)] == [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media",
    ]


def test_a_bold_label_under_a_heading_is_the_section_of_the_list_below_it() -> None:
    text = (
        "### 30 Particularly Interesting Papers\n"
        "I selected a list of papers that I found interesting:\n\n"
        "**Uncertainty Estimation:**\n\n"
        "- [_Weight Uncertainty in Routing Tables_](https://arxiv.org/abs/1505.05424) (ICML 2015)\n"
        "- [_Cyclical Gradient MCMC for Sparse Mixtures_](https://arxiv.org/abs/1902.03932) "
        "(ICLR 2020)\n\n"
        "**Online Media:**\n\n"
        "- [_Patterns of Drift in Online Media Streams_](https://arxiv.org/abs/2106.14806) "
        "(NeurIPS 2021)\n"
    )
    got = [(p["title"], p["topics"][-1:]) for p in _papers(text)]
    assert got == [
        ("Weight Uncertainty in Routing Tables", ["Uncertainty Estimation"]),
        ("Cyclical Gradient MCMC for Sparse Mixtures", ["Uncertainty Estimation"]),
        ("Patterns of Drift in Online Media Streams", ["Online Media"]),
    ]
