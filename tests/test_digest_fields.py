"""Stage 4 of the digest importer: the fields a record's neighbourhood gives its paper."""

from __future__ import annotations

import pytest

from papercli.importers.digest import parse_digest
from papercli.importers.digest.fields import (
    awarded_names,
    byline_names,
    cited_names,
    venue_label,
)
from papercli.model import Paper


def _by_title(text: str) -> dict[str, Paper]:
    return {p.title: p for p in parse_digest(text, "t.md").papers}


def test_a_table_row_gives_venue_and_year_from_its_own_columns() -> None:
    text = (
        "# Notes\n\n"
        "| Model | 会议 | 论文 | 年份 |\n"
        "| --- | --- | --- | --- |\n"
        "| SGX | ICLR | 《Sparse Gradient Exchange for Distributed Training》 | 2019 |\n"
        "| LTR | WSDM | 《Listwise Ranking with Shallow Trees at Scale》 | 2021 |\n"
        "| QVX | Acme Letters | 《Quiet Variance Reduction for Online Learners》 | 2016 |\n"
    )
    papers = _by_title(text)
    sparse = papers["Sparse Gradient Exchange for Distributed Training"]
    assert (sparse.venue, sparse.year) == ("ICLR", 2019)
    assert papers["Listwise Ranking with Shallow Trees at Scale"].venue == "WSDM"
    quiet = papers["Quiet Variance Reduction for Online Learners"]
    assert (quiet.venue, quiet.year) == ("Acme Letters", 2016)  # an unknown venue as written


def test_the_label_line_above_a_table_is_its_papers_topic() -> None:
    text = (
        "# Notes\n\n"
        "- Graph Methods\n\n"
        "| Model | Paper | Year |\n"
        "| --- | --- | --- |\n"
        "| GX | 《Message Passing over Sparse Interaction Graphs》 | 2020 |\n"
        "| GY | 《Spectral Filters for Heterogeneous Item Graphs》 | 2021 |\n\n"
        "- Sequence Methods\n\n"
        "| Model | Paper | Year |\n"
        "| --- | --- | --- |\n"
        "| SX | 《Recurrent Session Encoders for Next Item Prediction》 | 2018 |\n"
        "| SY | 《Self-Attentive Sequential Models of User Clicks》 | 2019 |\n"
    )
    papers = _by_title(text)
    assert papers["Message Passing over Sparse Interaction Graphs"].topics == ["Graph Methods"]
    assert papers["Self-Attentive Sequential Models of User Clicks"].topics == ["Sequence Methods"]


def test_a_bold_venue_line_gives_its_venue_to_the_list_below_it() -> None:
    text = (
        "### 2021\n\n"
        "**ICML**\n\n"
        "- Fast Kernel Sums for Streaming Data [[paper](https://arxiv.org/abs/2101.00001)]\n"
        "- Lipschitz Bounds for Deep Equilibrium Layers [[paper](https://arxiv.org/abs/2101.00002)]\n"
        "\n**AAAI**\n\n"
        "- Planning with Noisy Symbolic Abstractions [[paper](https://arxiv.org/abs/2101.00003)]\n"
    )
    papers = _by_title(text)
    fast = papers["Fast Kernel Sums for Streaming Data"]
    assert (fast.venue, fast.year, fast.arxiv_id) == ("ICML", 2021, "2101.00001")
    assert papers["Lipschitz Bounds for Deep Equilibrium Layers"].venue == "ICML"
    assert papers["Planning with Noisy Symbolic Abstractions"].venue == "AAAI"


def test_venue_label_is_a_line_of_only_a_venue() -> None:
    assert venue_label("**CVPR**") == ("CVPR", None)
    assert venue_label("NeurIPS 2020:") == ("NeurIPS", 2020)
    assert venue_label("CVPR papers on tracking") == (None, None)
    assert venue_label("arXiv") == (None, None)  # a preprint server heads no venue
    assert venue_label("") == (None, None)


def test_an_arxiv_id_in_a_relative_links_file_name_is_the_papers_id() -> None:
    text = (
        "| # | Title | Note |\n"
        "| --- | --- | --- |\n"
        "| 1 | [Tiny Routers for Mixture Models](./p/240312345v2-tiny-routers.html) | ok |\n"
        "| 2 | [Cheap Verifiers for Long Proofs](./p/2404.54321v1.html) | ok |\n"
        "| 3 | [Slow Readers Learn Faster](./p/notes-12345.html) | ok |\n"
    )
    papers = _by_title(text)
    tiny = papers["Tiny Routers for Mixture Models"]
    assert tiny.arxiv_id == "2403.12345"
    assert tiny.url == "https://arxiv.org/abs/2403.12345"  # never the page-relative link
    assert papers["Cheap Verifiers for Long Proofs"].arxiv_id == "2404.54321"
    slow = papers["Slow Readers Learn Faster"]
    assert slow.arxiv_id is None and slow.url is None


def test_an_author_first_citation_gives_its_authors_venue_and_year() -> None:
    text = (
        "## Classics\n\n"
        "* Ada B. Lovett, Carl Dunmore, and Eve F. Garnet. 1998. "
        "[Sparse Coding Models for Noisy Channel Translation](http://example.org/a1). "
        "*Journal of Odd Results*. "
        "([Cited](http://example.org/c): 12)\n"
        "* Hana Iwata. 2005. [Counting Trees in Linear Time](http://example.org/a2). "
        "In *Proceedings of NAACL 2005*.\n"
        "* Jon K. Lee, Mia Novak. 2011. "
        "[Beam Search Decoding for Neural Machine Translation](http://example.org/a3). "
        "In *Proceedings of the Fifth Workshop on Tidy Decoding*.\n"
        "* Olaf Pratt and Rui Sato. 2013. "
        "[Phrase Tables for Statistical Machine Translation](http://example.org/a4). "
        "In *Proceedings of ACL 2013*.\n"
    )
    papers = _by_title(text)
    sparse = papers["Sparse Coding Models for Noisy Channel Translation"]
    assert sparse.authors == ["Ada B. Lovett", "Carl Dunmore", "Eve F. Garnet"]
    assert (sparse.venue, sparse.year) == ("Journal of Odd Results", 1998)
    counting = papers["Counting Trees in Linear Time"]
    assert (counting.authors, counting.venue, counting.year) == (["Hana Iwata"], "NAACL", 2005)
    beam = papers["Beam Search Decoding for Neural Machine Translation"]
    assert beam.authors == ["Jon K. Lee", "Mia Novak"]
    assert beam.venue == "Fifth Workshop on Tidy Decoding"


def test_cited_names_only_read_a_name_list_before_the_title() -> None:
    assert cited_names("- Ann Ode, Bo Pike. 2020. ") == ["Ann Ode", "Bo Pike"]
    assert cited_names("Cy Quill. 2019. ") == ["Cy Quill"]  # one name, dated
    assert cited_names("**[ViTX]** ") == []  # a nickname tag
    assert cited_names("[CVPR 2023] ") == []
    assert cited_names("3. ") == []


def test_a_table_rows_topic_column_is_a_topic_and_other_columns_are_no_authors() -> None:
    text = (
        "| # | Venue | 论文 | 方法族 | 要点 |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| 1 | ICML 2026 | [Routing Agents by Cost](http://arxiv.org/abs/2606.00001) | routing "
        "| 编排器, 验证器, 记忆模块 |\n"
        "| 2 | - | [Benchmarks for Tool Use Agents](http://arxiv.org/abs/2606.00002) | evaluation "
        "| 基准, 数据集, 指标 |\n"
    )
    papers = _by_title(text)
    routing = papers["Routing Agents by Cost"]
    assert (routing.venue, routing.year) == ("ICML", 2026)
    assert "routing" in routing.topics and routing.authors == []
    bench = papers["Benchmarks for Tool Use Agents"]
    assert "evaluation" in bench.topics and bench.authors == []
    assert bench.venue == "arXiv"  # "-" states no venue: the arXiv link does


def test_a_numbered_header_with_a_year_dates_the_title_below_it_only() -> None:
    text = (
        "Ten papers to start with\n\n"
        "1. Kernel Machines (1992)\n"
        "“Margin Bounds for Linear Separators”\n"
        "Boser, Guyon\n"
        "A classic of learning theory.\n"
        "2. Boosting (1997)\n"
        "“A Decision-Theoretic Generalization of On-Line Learning”\n"
        "Freund, Schapire\n"
        "Weak learners made strong.\n"
    )
    papers = _by_title(text)
    assert papers["Margin Bounds for Linear Separators"].year == 1992
    assert papers["A Decision-Theoretic Generalization of On-Line Learning"].year == 1997


def test_mla_citations_after_a_label_give_authors_in_order_and_their_own_year() -> None:
    text = (
        "Selected papers I read\n\n"
        "Classic Machine Learning\n\n"
        "  • Kernels Snow, Annika, and Boris Reed. "
        '"Practical kernel methods for sparse data." arXiv preprint arXiv:1206.1111 (2012).\n'
        "  • Walks Reed, Boris, and Cyril Tan. "
        '"Random walks for ranking graph nodes." '
        "Journal of machine learning research 9.11 (2008).\n"
        "  • Trees Tan, Cyril V., et al. "
        '"Shallow trees for fast boosting." Advances in neural information processing systems '
        "30 (2017): 1-9.\n"
    )
    papers = _by_title(text)
    kernels = papers["Practical kernel methods for sparse data"]
    assert kernels.authors == ["Annika Snow", "Boris Reed"]
    assert kernels.year == 2012  # not the next entry's 2008
    assert papers["Random walks for ranking graph nodes"].authors == ["Boris Reed", "Cyril Tan"]
    assert papers["Shallow trees for fast boosting"].authors == ["Cyril V. Tan"]
    assert cited_names("Rossi, Marco. ") == ["Marco Rossi"]
    assert cited_names("Van der Berg, Lotte, and Ines Roth. ") == [
        "Lotte Van der Berg",
        "Ines Roth",
    ]


def test_a_linked_venue_tag_before_the_title_is_the_venue_even_over_an_arxiv_link() -> None:
    text = (
        "### 2021\n\n"
        "- [[DATE](https://arxiv.org/abs/2101.00011)] Binary Adders for Edge Inference. [`bnn`]\n"
        "- [[MMM](https://example.org/x)] Ternary Weights on Small Chips.\n"
        "- [[paper](https://example.org/y)] Rounding Schemes for Low Precision Training.\n"
    )
    papers = _by_title(text)
    adders = papers["Binary Adders for Edge Inference"]
    assert (adders.venue, adders.year, adders.arxiv_id) == ("DATE", 2021, "2101.00011")
    assert papers["Ternary Weights on Small Chips"].venue == "MMM"  # unknown: as written
    assert papers["Rounding Schemes for Low Precision Training"].venue != "paper"


def test_a_one_paper_posts_labelled_header_above_the_title_gives_authors_and_venue() -> None:
    text = (
        "author:Ada Quill, Ben Rowe , Some University\n"
        "comment:Accepted for publication by ACM Computing Surveys\n"
        "paper:A Survey on Sparse Routing for Mixture-of-Experts Layers: Methods and Evaluation\n"
        "这是一篇关于稀疏路由的中文笔记,介绍了方法与评测。\n"
    )
    [paper] = parse_digest(text, "t.txt").papers
    assert paper.title.endswith("Mixture-of-Experts Layers: Methods and Evaluation")
    assert paper.authors == ["Ada Quill", "Ben Rowe"]
    assert paper.venue == "ACM Computing Surveys"


def test_a_bare_authors_chrome_line_is_no_author_label() -> None:
    assert byline_names("11/02/2020 ∙ by Ada Quill, et al. ∙ Some Institute 7") == ["Ada Quill"]
    assert byline_names("Ada Quill, Ben Rowe") == []  # no "by" part: not a byline
    text = (
        "Sparse Routing Tables for Mixture Layers\n\n"
        "11/02/2020 ∙ by Ada Quill, et al. ∙ Some Institute 7\n\n"
        "We study routing in mixture layers and show that sparse tables suffice.\n\n"
        "Authors\n\n"
        "page 3\n"
    )
    # the byline is what is tested: a one-paper page's title is uncertain to the title model
    [paper] = parse_digest(text, "t.txt", keep_uncertain=True).papers
    assert paper.authors == ["Ada Quill"]


def test_prose_naming_the_winners_before_for_their_paper_gives_the_authors() -> None:
    assert awarded_names(
        "The meeting took place in Oslo in 2023. The prize went to Ada Quill, Ben Rowe, "
        'and C. Dunn for their paper, "'
    ) == ["Ada Quill", "Ben Rowe", "C. Dunn"]
    assert awarded_names('Ada Quill and Ben T. Rowe for "') == ["Ada Quill", "Ben T. Rowe"]
    assert awarded_names('We thank everyone for their paper, "') == []
    assert awarded_names("Some prose without the phrase") == []


def test_a_chinese_line_right_under_an_english_title_is_its_translation() -> None:
    text = (
        "Sparse Routing for Mixture-of-Experts Layers: An Algebraic Approach to Load Balance\n"
        "混合专家层的稀疏路由:负载均衡的代数方法\n"
        "原文链接:https://arxiv.org/pdf/2301.00001\n\n"
        "摘要\n\n"
        "我们提出了一种新的路由方法。\n"
    )
    [paper] = parse_digest(text, "t.txt").papers
    assert paper.alt_titles == ["混合专家层的稀疏路由:负载均衡的代数方法"]
    assert paper.arxiv_id == "2301.00001"


def test_a_chinese_note_under_a_list_item_or_with_a_label_is_no_translation() -> None:
    text = (
        "# 笔记\n\n"
        "- Sparse Routing for Mixture-of-Experts Layers: An Algebraic Approach，张三，某大学\n"
        "  > 稀疏路由用于专家层\n"
        "- Dense Retrieval with Late Interaction over Compressed Token Vectors，李四，某学院\n"
        "  > 动机：压缩向量\n"
    )
    papers = parse_digest(text, "t.md").papers
    assert papers
    for paper in papers:
        assert paper.alt_titles == []


def test_the_outlet_after_a_byline_is_the_venue_but_an_institution_is_not() -> None:
    text = (
        "Notable papers this week\n\n"
        "Sparse Routing for Mixture-of-Experts Layers in Large Language Models\n"
        "by Ada Quill, Ben Rowe, Cleo Dunn et al. (Nature)\n"
        "The paper shows that sparse routing tables balance the load of expert layers.\n\n"
        "Dense Retrieval with Late Interaction over Compressed Token Vectors\n"
        "by Dora Eck, Finn Gale et al. (Some State University)\n"
        "The paper compresses token vectors for late-interaction retrieval.\n"
    )
    papers = _by_title(text)
    sparse = papers["Sparse Routing for Mixture-of-Experts Layers in Large Language Models"]
    assert sparse.venue == "Nature"
    assert sparse.authors == ["Ada Quill", "Ben Rowe", "Cleo Dunn"]
    dense = papers["Dense Retrieval with Late Interaction over Compressed Token Vectors"]
    assert dense.venue is None


def test_mla_citations_after_nicknames_give_authors_and_the_venue_as_written() -> None:
    assert cited_names('Kernel Trick Lee, Ann, Bo Chen, and Cy P. Diaz. "') == [
        "Ann Lee",
        "Bo Chen",
        "Cy P. Diaz",
    ]
    assert cited_names('k-NN Van der Berg, Lotte, and Max Hale. "') == [
        "Lotte Van der Berg",
        "Max Hale",
    ]
    text = (
        "Papers I have read.\n\n"
        "Classic\n\n"
        '- Boosting Lee, Ann, et al. "Gradient boosting with sparse leaf histograms." '
        "Advances in neural information processing systems 30 (2017): 10-20.\n"
        '- Kernel Trick Lee, Ann, Bo Chen, and Cy P. Diaz. "Practical kernel tricks for '
        'sparse data." Handbook of Sparse Learning. Some Press, City, 2012. 1-20.\n'
    )
    papers = _by_title(text)
    kernel = papers["Practical kernel tricks for sparse data"]
    assert kernel.authors == ["Ann Lee", "Bo Chen", "Cy P. Diaz"]
    # the first entry's venue is its own, not the page's
    assert (kernel.venue, kernel.year) == ("Handbook of Sparse Learning", 2012)
    assert papers["Gradient boosting with sparse leaf histograms"].venue == "NeurIPS"


def test_page_venue_is_read_from_the_intro_not_from_the_first_list_entries() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue

    listed = read_lines("Notes.\n\n- A. Lee. Some title. NeurIPS 2017.\n- B. Chen. Other. 2018.\n")
    assert page_venue(listed) == (None, None)
    intro = read_lines("My ICLR 2022 picks\n\n- Some title\n- Other title\n")
    assert page_venue(intro) == ("ICLR", 2022)


def test_two_surnames_and_et_al_stay_surnames_on_a_page_of_surname_lists() -> None:
    entry = (
        "1. Kernels (1999)\n"
        "“Sparse Kernel Machines for Streaming Classification Tasks”\n"
        "Lindqvist, Okafor, Brandt\n"
        "A short comment on the paper.\n\n"
        "2. Dropping (2014)\n"
        "“Dropping Units at Random to Regularise Deep Feed-Forward Networks”\n"
        "Halvorsen, Okafor, et al.\n"
        "Another comment.\n"
    )
    dropping = _by_title(entry)["Dropping Units at Random to Regularise Deep Feed-Forward Networks"]
    assert dropping.authors == ["Halvorsen", "Okafor"]
    alone = entry.replace("Lindqvist, Okafor, Brandt", "Ann Lindqvist and Bo Okafor")
    dropping = _by_title(alone)["Dropping Units at Random to Regularise Deep Feed-Forward Networks"]
    assert dropping.authors == ["Okafor Halvorsen"]  # "Surname, Given" (MLA) without the hint


def test_a_code_span_badge_before_the_title_is_the_venue_as_written() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import badge_venue

    title = "Dense Retrieval with Late Interaction over Compressed Tokens"
    [line] = read_lines(f"- `Sparse Example Letters (SEL)` {title}，王五\n")
    assert badge_venue(line, title) == "Sparse Example Letters"
    [line] = read_lines(f"- `Code` {title}，王五\n")
    assert badge_venue(line, title) is None
    [line] = read_lines(f"- {title} `Sparse Example Letters`\n")
    assert badge_venue(line, title) is None  # after the title: not a badge


def test_an_author_line_wrapped_after_a_comma_goes_on_on_the_next_line() -> None:
    text = (
        "### 1. Sparse Routing for Mixture-of-Experts Layers in Large Language Models\n"
        "**Authors**:  Ada Quill1, Ben Rowe, Cleo Dunn,\n"
        "Dora Eck, Finn Gale\n\n"
        "Some notes on the paper.\n"
    )
    [paper] = parse_digest(text, "t.md").papers
    assert paper.authors == ["Ada Quill", "Ben Rowe", "Cleo Dunn", "Dora Eck", "Finn Gale"]


def test_an_arxiv_pdf_link_on_a_mirror_host_gives_the_arxiv_id() -> None:
    text = (
        "| Title | Venue |\n| --- | --- |\n"
        "| [**Sparse Routing for Mixture-of-Experts Layers in Large Language Models**]"
        "(https://browse.arxiv.org/pdf/2309.00001.pdf) | arXiv |\n"
    )
    [paper] = parse_digest(text, "t.md").papers
    assert paper.arxiv_id == "2309.00001"


def test_links_labelled_code_are_code_and_a_title_linked_to_its_site_is_its_url() -> None:
    text = (
        "## Papers\n\n"
        "- [Sparse Routing for Mixture-of-Experts Layers in Large Language Models]"
        "(https://sparse-routing.example.org/), Quill et al., ICML 2023 | "
        "[github](https://sparse-routing.example.org/) | [bibtex](./cite/sr.txt)\n"
        "- [Dense Retrieval with Late Interaction over Compressed Token Codes]"
        "(https://dense.example.io/project/), Rowe et al., ICML 2023 | "
        "[github](https://github.com/rowe/dense-codes) | [bibtex](./cite/dr.txt)\n"
        "- [Fast Kernel Sums for Streaming Data on Small Devices]"
        "(https://github.com/dunn/kernel-sums), Dunn et al., ICML 2023 | "
        "[code](https://aka.example/KS)\n"
    )
    papers = _by_title(text)
    sparse = papers["Sparse Routing for Mixture-of-Experts Layers in Large Language Models"]
    assert sparse.code_url == "https://sparse-routing.example.org/"
    dense = papers["Dense Retrieval with Late Interaction over Compressed Token Codes"]
    assert dense.code_url == "https://github.com/rowe/dense-codes"  # "Codes" in a title
    assert dense.url == "https://dense.example.io/project/"
    kernel = papers["Fast Kernel Sums for Streaming Data on Small Devices"]
    assert kernel.url == "https://github.com/dunn/kernel-sums"
    assert kernel.code_url == "https://github.com/dunn/kernel-sums"  # the first code link


def test_labelled_summary_and_abstract_lines_fill_the_record() -> None:
    from papercli.importers.digest import parse_digest

    text = (
        "## 1. Sparse Mixtures for Tiny Devices\n\n"
        "**TL;DR:** Route each token to one tiny expert,\nand keep the rest asleep.\n\n"
        "Abstract: We study routing on microcontrollers.\n\n"
        "## 2. Dense Retrieval at Scale\n\n一句话总结：检索变快了。\n"
    )
    # the model doubts these made-up titles and the page gives no author, venue or year:
    # they are kept with --keep-uncertain, whose records read their fields the same way
    papers = {p.title: p for p in parse_digest(text, keep_uncertain=True).papers}
    tiny = papers["Sparse Mixtures for Tiny Devices"]
    assert tiny.summary == "Route each token to one tiny expert, and keep the rest asleep."
    assert tiny.abstract == "We study routing on microcontrollers."
    assert papers["Dense Retrieval at Scale"].summary == "检索变快了。"


def test_a_summary_goes_on_over_a_colon_inside_its_sentence_and_stops_at_the_next_label() -> None:
    text = (
        "## 1. Sparse Mixtures for Tiny Devices\n\n"
        "TL;DR: Route each token\nto one expert: the rest sleep.\n"
        "Code: https://github.com/acme/tiny-moe\n\n"
        "## 2. Dense Retrieval at Scale\n\nTL;DR: faster search.\n"
    )
    papers = {p.title: p for p in parse_digest(text, keep_uncertain=True).papers}
    paper = papers["Sparse Mixtures for Tiny Devices"]
    assert paper.summary == "Route each token to one expert: the rest sleep."
    assert paper.code_url == "https://github.com/acme/tiny-moe"


_ONE_PAPER_POST = (
    "# 论文解读：稀疏专家\n\n"
    "本文介绍一篇新论文：[Sparse Mixtures of Tiny Experts for Microcontrollers](https://example.org/post)。\n\n"
    "## 方法\n\n作者把每个 token 路由到一个专家。\n\n"
    "## 相关链接\n\n"
    "- GitHub: https://github.com/acme/tiny-moe\n"
    "- 论文链接：https://arxiv.org/abs/2305.02463\n"
)


def test_a_one_paper_post_gives_its_paper_the_links_it_labels_anywhere() -> None:
    (paper,) = parse_digest(_ONE_PAPER_POST).papers
    assert paper.title == "Sparse Mixtures of Tiny Experts for Microcontrollers"
    assert paper.code_url == "https://github.com/acme/tiny-moe"
    assert paper.arxiv_id == "2305.02463"


def test_a_table_row_label_names_the_link_in_the_next_cell() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import labelled_links

    text = (
        "| 属性 | 值 |\n|---|---|\n| 发布方 | Acme |\n"
        "| GitHub | https://github.com/acme/tiny-moe |\n"
        "| 主页 | https://acme.example/tiny |\n"
    )
    found = labelled_links(read_lines(text))
    assert found.code_url == "https://github.com/acme/tiny-moe"
    assert found.arxiv_id is None and found.landing == []  # a home page is no paper link


def test_links_labelled_elsewhere_stay_off_a_page_of_several_papers() -> None:
    text = (
        "## 1. Sparse Mixtures for Tiny Devices\n\nA. Smith, B. Jones\n\n"
        "## 2. Dense Retrieval at Planet Scale\n\nC. Lee, D. Kim\n\n"
        "## Links\n\n- GitHub: https://github.com/acme/unrelated\n"
    )
    papers = parse_digest(text).papers
    assert len(papers) == 2
    assert all(p.code_url is None for p in papers)


def test_a_table_cell_of_title_and_translation_in_one_link_gives_both() -> None:
    text = (
        "| 年代 | 論文名 | 研究者 |\n| :--: | :-- | :-- |\n"
        "| 2016 | [Deep Residual Learning for Image Recognition<br />圖像識別中的深度殘差學習]"
        "(https://www.semanticscholar.org/paper/29c808b3) | 何凱明 (Kaiming He), Microsoft<br />"
        "張翔宇(Xiangyu Zhang), Microsoft |\n"
        "| 2017 | [Densely Connected Convolutional Networks<br />密集連接的卷積網絡]"
        "(https://www.semanticscholar.org/paper/5694e462) | 劉壯 (Zhuang Liu), 清華大學<br />"
        "Laurens van der Maaten, Facebook AI Research |\n"
    )
    papers = _by_title(text)
    resnet = papers["Deep Residual Learning for Image Recognition"]
    assert resnet.url == "https://www.semanticscholar.org/paper/29c808b3"
    assert resnet.alt_titles == ["圖像識別中的深度殘差學習"]
    assert resnet.authors == ["Kaiming He", "Xiangyu Zhang"]
    dense = papers["Densely Connected Convolutional Networks"]
    assert dense.authors == ["Zhuang Liu", "Laurens van der Maaten"]
    assert dense.year == 2017


def test_a_parent_item_of_a_bare_year_or_venue_dates_its_nested_papers() -> None:
    text = (
        "### NLP\n\n- Papers by year\n  - 2014:\n"
        "    - **GRU**: Learning Phrase Representations using RNN Encoder-Decoder [[note](n.md)]\n"
        "    - **GRNN**: Empirical Evaluation of Gated Recurrent Neural Networks [[note](m.md)]\n"
        "  - CVPR 2016\n"
        "    - **ResNet**: Deep Residual Learning for Image Recognition [[note](r.md)]\n"
        "    - **SSD**: Single Shot MultiBox Detector for Fast Objects [[note](s.md)]\n"
    )
    papers = parse_digest(text, keep_uncertain=True).papers
    # (whether the bold nickname stays in the title is the title model's call)
    got = {p.title.split(": ")[-1]: (p.venue, p.year) for p in papers}
    assert got["Learning Phrase Representations using RNN Encoder-Decoder"] == (None, 2014)
    assert got["Deep Residual Learning for Image Recognition"] == ("CVPR", 2016)


def test_front_matter_gives_only_its_title_line() -> None:
    from papercli.importers.digest.blocks import read_lines

    text = (
        "---\ntitle: 'Our ICML 2024 roundup: sparsity and sampling'\nauthors:\n- lukehg\n"
        "date: 2024-08-07\n---\n\nBody text.\n"
    )
    lines = read_lines(text)
    assert [ln.text for ln in lines] == [
        "title: Our ICML 2024 roundup: sparsity and sampling",
        "Body text.",
    ]
    assert lines[-1].number == 7  # the page's own line numbers are kept
    from papercli.importers.digest.fields import page_venue

    assert page_venue(lines) == ("ICML", 2024)
    ruled = read_lines("---\n\nA rule, then text\n\n---\n")
    assert [ln.text for ln in ruled] == ["A rule, then text"]


def test_a_chinese_topic_tag_after_a_title_is_no_author() -> None:
    text = (
        "**40. Total Understanding: Joint Layout and Mesh Reconstruction**（三维）\n"
        "论文链接：https://arxiv.org/abs/2002.12212\n"
        "作者：Yinyu Nie, Xiaoguang Han, Shihui Guo\n\n"
        "**39. Meta-Transfer Learning for Zero-Shot Super-Resolution**（零样本）\n"
        "论文链接：https://arxiv.org/abs/2002.12213\n"
        "作者：Jae Woong Soh, Sunwoo Cho, Nam Ik Cho\n"
    )
    papers = _by_title(text)
    assert papers["Total Understanding: Joint Layout and Mesh Reconstruction"].authors == [
        "Yinyu Nie",
        "Xiaoguang Han",
        "Shihui Guo",
    ]


def test_a_bold_translation_over_a_title_is_its_alt_title() -> None:
    text = (
        "# NeurIPS picks\n\n"
        "**通过自适应生成很少的图像**  \nFew-shot Image Generation via Self-Adaptation  \n"
        "Yijun Li (Adobe Research) · Richard Zhang (Adobe)\n\n"
        "**离散高斯差分隐私**  \nThe Discrete Gaussian for Differential Privacy  \n"
        "Clément Canonne (IBM) · Gautam Kamath (Waterloo)\n"
    )
    papers = parse_digest(text, keep_uncertain=True).papers
    alts = {p.title: p.alt_titles for p in papers}
    assert alts.get("The Discrete Gaussian for Differential Privacy") == ["离散高斯差分隐私"]


def test_a_versioned_arxiv_id_after_a_title_is_its_id() -> None:
    text = (
        "# Papers\n\n- Sparse Mixtures of Tiny Experts for Devices (2312.04028v3)\n"
        "- Dense Retrieval at Planet Scale with Graphs (2401.00017v1)\n"
        "- Price list 2023.10 of the year 1999.12345 (not an id)\n"
    )
    ids = {p.title: p.arxiv_id for p in parse_digest(text, keep_uncertain=True).papers}
    assert ids.get("Sparse Mixtures of Tiny Experts for Devices") == "2312.04028"
    assert not {"1999.12345", "2023.10"} & set(ids.values())  # no version: no id
    assert ids.get("Dense Retrieval at Planet Scale with Graphs") == "2401.00017"


def test_a_quoted_translation_before_an_original_title_is_its_alt_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates
    from papercli.importers.digest.fields import alt_titles
    from papercli.importers.digest.records import Record

    lines = read_lines("2017年春，科技论文《你所需要的是注意力》(Attention Is All You Need)问世。")
    title = next(c for c in candidates(lines, 0) if c.text == "Attention Is All You Need")
    assert "quoted_gloss" in title.how
    record = Record(title=title, start=0, end=1)
    assert alt_titles(record, lines) == ["你所需要的是注意力"]


def test_a_chinese_acceptance_notice_names_the_venue_and_its_year() -> None:
    from papercli.importers.digest.fields import accepted_venue

    assert accepted_venue("论文“X”已被CCF-A类会议The 40th AAAI Conference (AAAI 26)录用！") == (
        "AAAI",
        2026,
    )
    assert accepted_venue("已被IEEE Geoscience and Remote Sensing Letters期刊录用") == (
        "IEEE Geoscience and Remote Sensing Letters",
        None,
    )
    assert accepted_venue("已被中科院一区TOP期刊Pattern Recognition录用") == (
        "Pattern Recognition",
        None,
    )
    assert accepted_venue("已被 2026年中国多媒体大会（ChinaMM26）录用") == ("ChinaMM", 2026)
    assert accepted_venue("这个方法被大家接受") == (None, None)
    text = (
        '* **2025-11-08** 我们的论文"RemoteReasoner: Towards Unifying Geospatial Reasoning"'
        "已被CCF-A类会议The 40th Annual AAAI Conference on AI (AAAI 26)录用。\n"
        '* **2025-07-19** 我们的论文"Multi-stage Bayesian Prototype Refinement for Few-shot'
        ' Classification"已被Pattern Analysis and Applications期刊录用。\n'
    )
    papers = {p.title: (p.venue, p.year) for p in parse_digest(text, keep_uncertain=True).papers}
    assert papers.get("RemoteReasoner: Towards Unifying Geospatial Reasoning") == ("AAAI", 2026)


def test_a_table_of_one_papers_fields_names_it_and_gives_its_fields() -> None:
    text = (
        "## 论文一：GeoPixel\n\n### 论文信息\n\n| 项目 | 内容 |\n|---|---|\n"
        "| **标题** | GeoPixel: Pixel Grounding Large Multimodal Model in Remote Sensing |\n"
        "| **会议** | ICML 2025（International Conference on Machine Learning） |\n"
        "| **作者** | Akashah Shabbir, Mohammed Zumri, Salman Khan |\n"
        "| **GitHub** | https://github.com/mbzuai-oryx/GeoPixel |\n"
        "| **arXiv** | https://arxiv.org/abs/2501.01855 |\n\n"
        "### 研究问题\n\n遥感图像具有独特的挑战。\n"
    )
    (paper,) = parse_digest(text).papers
    assert paper.title == "GeoPixel: Pixel Grounding Large Multimodal Model in Remote Sensing"
    assert paper.authors == ["Akashah Shabbir", "Mohammed Zumri", "Salman Khan"]
    assert (paper.venue, paper.year) == ("ICML", 2025)
    assert paper.arxiv_id == "2501.01855"
    assert paper.code_url == "https://github.com/mbzuai-oryx/GeoPixel"


def test_a_translation_in_parentheses_is_no_author() -> None:
    text = (
        "# 本周论文推荐\n\n- 注意力就是你所需要的（Attention Is All You Need）\n"
        "- 用于图像识别的深度残差学习（Deep Residual Learning for Image Recognition）\n"
        "- Denoising Diffusion Probabilistic Models（去噪扩散概率模型）\n"
    )
    papers = parse_digest(text).papers
    assert papers and all(p.authors == [] for p in papers)
    alts = {p.title: p.alt_titles for p in papers}
    assert alts.get("Attention Is All You Need") == ["注意力就是你所需要的"]


def test_authors_under_a_bold_title_in_its_own_table_cell_are_read() -> None:
    text = (
        "| Paper | Venue | Link |\n|---|---|---|\n"
        "| **Attention Is All You Need**<br>Ashish Vaswani, Noam Shazeer | NeurIPS 2017 |"
        " [link](https://arxiv.org/abs/1706.03762) |\n"
        "| **Deep Residual Learning for Image Recognition**<br>Kaiming He, Xiangyu Zhang |"
        " CVPR 2016 | [link](https://arxiv.org/abs/1512.03385) |\n"
    )
    authors = {p.title: p.authors for p in parse_digest(text).papers}
    assert authors["Attention Is All You Need"] == ["Ashish Vaswani", "Noam Shazeer"]
    resnet = authors["Deep Residual Learning for Image Recognition"]
    assert resnet == ["Kaiming He", "Xiangyu Zhang"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # names after " by " in prose, up to where the sentence goes on
            "Highlights of the conference\n\n"
            "The first winner, “Attention Is All You Need” by Ashish Vaswani, Noam Shazeer, and "
            "Niki Parmar, changed how sequence models are built.\n\n"
            "The runner-up was “Deep Residual Learning for Image Recognition” by Kaiming He and "
            "Xiangyu Zhang. It made very deep networks trainable.\n",
            {
                "Attention Is All You Need": ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
                "Deep Residual Learning for Image Recognition": ["Kaiming He", "Xiangyu Zhang"],
            },
        ),
        (  # an award label before an author-first citation is no name
            "Test-of-Time Award Winner: Ada Quill, Ben Rowe, and Cy Dunn.  “Sparse Routing "
            "Tables for Mixture Layers”, WSDM 2011.\n\nThe committee praised its impact.\n\n"
            "Test-of-Time Award Runner-up: Dee Moss and Eli Park.  “Patterns of Drift in Online "
            "Media”, WSDM 2011.\n",
            {
                "Sparse Routing Tables for Mixture Layers": ["Ada Quill", "Ben Rowe", "Cy Dunn"],
                "Patterns of Drift in Online Media": ["Dee Moss", "Eli Park"],
            },
        ),
    ],
)
def test_authors_named_around_a_title_in_prose(text: str, want: dict[str, list[str]]) -> None:
    got = {p.title: p.authors for p in parse_digest(text, keep_uncertain=True).papers}
    assert {title: got.get(title) for title in want} == want


def test_a_page_that_says_when_its_papers_came_out_gives_them_that_year() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue

    assert page_venue(read_lines("# Top research papers released in 2021\n\nIntro.\n")) == (
        None,
        2021,
    )
    assert page_venue(read_lines("# The best papers of 2019\n")) == (None, 2019)
    assert page_venue(read_lines("# Papers to read in 2023\n")) == (None, None)
    assert page_venue(read_lines("# Papers from 2019-2021\n")) == (None, None)
    # a web page's title line under its posting date
    dated = "Friday, May 3, 2024\n\nTen Vision Papers Released in 2022\n\nOur picks follow.\n"
    assert page_venue(read_lines(dated)) == (None, 2022)
    prose = "Friday, May 3, 2024\n\nWe liked the papers of 2022, most of them.\n"
    assert page_venue(read_lines(prose)) == (None, None)
    text = (
        "# The ML papers that mattered most, published in 2021\n\n"
        "Our picks:\n\n"
        "1. **Learning Transferable Visual Models From Natural Language Supervision**\n"
        "2. **Zero-Shot Text-to-Image Generation**\n"
        "3. **Training data-efficient image transformers & distillation through attention** "
        "https://arxiv.org/abs/2012.12877\n"
    )
    got = {p.title: (p.venue, p.year) for p in parse_digest(text, keep_uncertain=True).papers}
    assert got["Zero-Shot Text-to-Image Generation"] == (None, 2021)
    # an arXiv id dates its paper itself
    assert got["Training data-efficient image transformers & distillation through attention"] == (
        "arXiv",
        2020,
    )


def test_the_last_initial_of_an_apa_author_list_keeps_its_period() -> None:
    from papercli.importers.digest.fields import cited_names

    assert cited_names("- Quill, A., Rowe, B., & Dunn, C. (2014). ") == [
        "A. Quill",
        "B. Rowe",
        "C. Dunn",
    ]
    dotted = cited_names("A. Quill, B. Rowe, and C. Dunn. 2002. ")
    assert dotted == ["A. Quill", "B. Rowe", "C. Dunn"]


@pytest.mark.parametrize(
    ("line", "authors", "venue_year"),
    [
        ("(Y Koren, KDD'08) [[SVD++](code/svd)]", ["Y Koren"], ("KDD", 2008)),
        ("(A Mnih, RR Salakhutdinov, NIPS'07)", ["A Mnih", "RR Salakhutdinov"], ("NIPS", 2007)),
        ("(Y Hu et al., ICDM'08) (TBU)", ["Y Hu"], ("ICDM", 2008)),
        ("(Oral, ICLR'24)", [], ("ICLR", 2024)),  # a remark and the venue: no names
    ],
)
def test_names_and_a_venue_tag_in_parentheses_after_a_linked_title(
    line: str, authors: list[str], venue_year: tuple[str, int]
) -> None:
    titles = ["Sparse Routing Tables for Mixture Layers", "Drift in Online Media"]
    page = "".join(
        f"- [{title}](https://dl.acm.org/doi/10.1/{n}) {line}\n" for n, title in enumerate(titles)
    )
    papers = parse_digest(page, keep_uncertain=True).papers
    assert [(p.authors, (p.venue, p.year)) for p in papers] == [(authors, venue_year)] * 2


_THREE = [
    "Sparse Routing Tables for Mixture Layers",
    "Patterns of Drift in Online Media Streams",
    "Contrastive Pretraining for Dense Retrieval at Scale",
]


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (  # venue labels over lists, after an intro line: each heads the items below it
            "# Reading list\n\nNotes I keep.\n\n**ICLR 2023**\n\n"
            + "".join(
                f"- [{t}](https://arxiv.org/abs/2103.0123{i})\n" for i, t in enumerate(_THREE[:2])
            )
            + f"\n**NeurIPS 2022**\n\n- [{_THREE[2]}](https://arxiv.org/abs/2103.01239)\n",
            [("ICLR", 2023), ("ICLR", 2023), ("NeurIPS", 2022)],
        ),
        (  # labels that follow their papers, then a footer
            "# Reading list\n\n"
            + "".join(
                f"{t}\n\n{v}\n\n"
                for t, v in zip(_THREE, ["CVPR 2016", "NeurIPS 2017", "ICML 2019"], strict=True)
            )
            + "Thanks for reading!\n",
            [("CVPR", 2016), ("NeurIPS", 2017), ("ICML", 2019)],
        ),
    ],
)
def test_venue_labels_head_or_follow_their_papers(page: str, want: list[tuple[str, int]]) -> None:
    got = {p.title: (p.venue, p.year) for p in parse_digest(page).papers}
    assert [got.get(t) for t in _THREE] == want


@pytest.mark.parametrize("header", ["Pub.", "Venue", "Conf.", "Published In", "收录"])
def test_a_venue_column_left_of_the_titles(header: str) -> None:
    rows = "".join(
        f"| CVPR'22 | {t} | [[paper]](https://arxiv.org/abs/2103.0123{i}) |\n"
        for i, t in enumerate(_THREE)
    )
    page = f"# List\n\n| {header} | Title | Links |\n|---|---|---|\n{rows}"
    assert [(p.venue, p.year) for p in parse_digest(page).papers] == [("CVPR", 2022)] * 3


@pytest.mark.parametrize(
    ("heading", "year"),
    [
        ("## 2019", 2019),
        ("## 2019年", 2019),
        ("### 2019年论文", 2019),
        ("## Year 2019", 2019),
        ("## 【2019】", 2019),
        ("## Published in 2019", 2019),
        ("## 2019-2021", None),  # a span names no one year
        ("## 1024 papers", None),  # a count
    ],
)
def test_a_section_named_by_its_year_dates_its_papers(heading: str, year: int | None) -> None:
    page = f"# My list\n\n{heading}\n\n" + "".join(f"- {t}\n" for t in _THREE)
    papers = parse_digest(page).papers
    # a year's section dates its papers and, like any section, names their topic (stop 45:
    # the keys of real pages file a reading log's papers under its year and month headings)
    assert [(p.year, p.topics) for p in papers] == [(year, [heading.lstrip("#").strip()])] * 3


@pytest.mark.parametrize(
    ("intro", "expected"),
    [
        ("The ICML Outstanding Paper awards went to two papers this year.", ("ICML", None)),
        ("The CVPR 2023 Best Paper Award goes to the following work.", ("CVPR", 2023)),
        (
            "A prize for an outstanding paper published in JAIR in the last five years.",
            ("JAIR", None),
        ),
        ("Papers presented at NeurIPS get a poster.", ("NeurIPS", None)),
        ("We give a best paper award every year.", (None, None)),  # no venue named
        ("Our favourite papers published in arXiv this week.", (None, None)),  # a preprint server
    ],
)
def test_an_award_page_names_its_venue_in_its_opening(
    intro: str, expected: tuple[str | None, int | None]
) -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue

    assert (
        page_venue(read_lines(intro + "\n\nSome Title of a Paper\nA. Author, B. Author\n"))
        == expected
    )


def test_an_award_page_gives_its_venue_to_its_papers() -> None:
    page = (
        "The ICML Outstanding Paper awards are given to strong papers of the conference.\n"
        "There were two winners:\n\n"
        "On Learning Sets of Symmetric Things\n"
        "Ada Maron, Or Lit, Gal Chek\n"
        "We study sets of symmetric things and show that they can be learned well.\n\n"
        "Tuning-free Proximal Algorithms for Imaging\n"
        "Kai Wei, Ann Avi, Ying Fu\n"
        "We tune no parameters and still solve inverse imaging problems.\n"
    )
    papers = parse_digest(page).papers
    assert [(p.title, p.venue) for p in papers] == [
        ("On Learning Sets of Symmetric Things", "ICML"),
        ("Tuning-free Proximal Algorithms for Imaging", "ICML"),
    ]


def test_an_address_alone_under_a_title_is_its_url() -> None:
    entries = [
        (
            "Scaling up online speech recognition using ConvNets",
            "https://research.example.com/p/asr/",
        ),
        (
            "Towards Unsupervised Speech Processing",
            "https://groups.example.edu/sls/2012/glass.html",
        ),
        (
            "Unsupervised Speech Recognition via Segmental Empirical Output Distribution Matching",
            "https://lab.example.org/papers/segmental-matching",
        ),
    ]
    page = "# Unsupervised speech recognition\n\nPapers I read on the topic.\n\n" + "\n\n".join(
        f"{n}. {title}\n{url}" for n, (title, url) in enumerate(entries, start=1)
    )
    assert [(p.title, p.url) for p in parse_digest(page).papers] == entries


def test_a_test_of_time_paper_takes_no_year_from_the_award_page() -> None:
    page = "\n\n".join(
        [
            "# NeurIPS 2023 Awards",
            "The Outstanding Paper Award goes to *Are Emergent Abilities of Large Language Models"
            " a Mirage?* by Rylan Schaeffer, Brando Miranda, and Sanmi Koyejo.",
            "The Test of Time Award goes to *Distributed Representations of Words and Phrases and"
            " their Compositionality* by Tomas Mikolov, Ilya Sutskever, and Kai Chen.",
        ]
    )
    got = {p.title: (p.venue, p.year) for p in parse_digest(page).papers}
    assert got == {
        "Are Emergent Abilities of Large Language Models a Mirage?": ("NeurIPS", 2023),
        "Distributed Representations of Words and Phrases and their Compositionality": (
            "NeurIPS",
            None,
        ),
    }


def test_one_author_a_line_is_read_as_one_list() -> None:
    page = "\n\n".join(
        [
            "[Sparse Coding for Event Cameras](https://example.org/doc/1/)  \n"
            "Mara J. Holt;  \nIvo Petrov;  \nLi Wen;  \nSara K. Moss",
            "[Diffractive Optics Trained in Situ](https://example.org/doc/2/)  \n"
            "Tom Reyes;  \nAnna B. Kaur",
        ]
    )
    got = [(p.title, p.authors) for p in parse_digest(page).papers]
    assert got == [
        (
            "Sparse Coding for Event Cameras",
            ["Mara J. Holt", "Ivo Petrov", "Li Wen", "Sara K. Moss"],
        ),
        ("Diffractive Optics Trained in Situ", ["Tom Reyes", "Anna B. Kaur"]),
    ]


def test_a_section_of_a_venue_no_list_knows_gives_its_papers_that_venue() -> None:
    page = "\n".join(
        [
            "# Audio reading group (NeurIPS 2022 special)",
            "",
            "### 2022.12.01 NeurIPS 2022 Paper List",
            "- [Implicit Acoustic Fields for Small Rooms](https://openreview.net/forum?id=abc123)",
            "",
            "### 2023.11.02 WASPAA 2023 Paper List",
            "- [Warping Filters Learned End to End](https://arxiv.org/abs/2309.01234)",
            "",
            "### 2023.12.07 Survey corner 2023",
            "- [Neural Vocoders in Practice](https://arxiv.org/abs/2311.04321)",
        ]
    )
    got = [(p.title, p.venue, p.year) for p in parse_digest(page).papers]
    assert got[:2] == [
        ("Implicit Acoustic Fields for Small Rooms", "NeurIPS", 2022),
        ("Warping Filters Learned End to End", "WASPAA", 2023),
    ]
    assert got[2][1] != "Survey"


def test_a_year_then_names_in_brackets_gives_both() -> None:
    page = (
        "# 十篇必读论文\n\n"
        "1. Training Small Models to Follow Sketches with Feedback (2022 年,Lina Ortiz 等)\n\n"
        "2. Sparse Mixtures for Long Context Routing (2021 年，Omar Haddad, Ruth Klein)\n"
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("Training Small Models to Follow Sketches with Feedback", ["Lina Ortiz"], 2022),
        ("Sparse Mixtures for Long Context Routing", ["Omar Haddad", "Ruth Klein"], 2021),
    ]


def test_an_item_naming_venue_and_year_above_a_bare_title_gives_both() -> None:
    page = "\n\n".join(
        [
            "## 图像分类专题",
            "- ResiNet，CVPR 2016最佳论文",
            "Deep Residual Stages for Image Recognition",
            "https://www.bilibili.com/video/BV1vb4y1k7BV",
            "- DenseStack，CVPR 2017最佳论文",
            "Densely Stacked Convolutional Networks",
            "https://www.bilibili.com/video/BV1Ab4y1k7CD",
        ]
    )
    got = {p.title: (p.venue, p.year) for p in parse_digest(page, keep_uncertain=True).papers}
    assert got["Deep Residual Stages for Image Recognition"] == ("CVPR", 2016)
    assert got["Densely Stacked Convolutional Networks"] == ("CVPR", 2017)


def test_an_authors_line_ends_where_the_next_field_label_begins() -> None:
    page = "\n\n".join(
        [
            "# Top 5 papers of the quarter",
            "1. Understanding Model Predictions through Influence Scores",
            "Authors: Koh & Liang Key Contribution: Developed a way to trace predictions.",
            "2. Architecture Search with Policy Gradients",
            "Authors: Zoph and Le Significance: Searched network designs automatically.",
        ]
    )
    got = [(p.title, p.authors) for p in parse_digest(page).papers]
    assert got == [
        ("Understanding Model Predictions through Influence Scores", ["Koh", "Liang"]),
        ("Architecture Search with Policy Gradients", ["Zoph", "Le"]),
    ]


def test_author_and_date_items_beside_a_title_item_are_its_fields() -> None:
    entries = [
        ("Maxi Networks for Sparse Pooling", "1302.4389", "Ian J. Good, David Warde, Mehdi Mir"),
        ("Network Inside Network Layers", "1312.4400", "Min Lin, Qiang Chen, Shui Yan"),
        ("Playing Board Games with Deep Value Learning", "1312.5602", "Vlad Mnih, Kora Kav"),
        ("Auto-Encoding Variational Sketches", "1312.6114", "Dirk P Kingma, Max Well"),
    ]
    page = "## Implemented papers\n\n" + "\n\n".join(
        f"##### [{title}]\n- {title} [[arXiv]](https://arxiv.org/abs/{arxiv})\n- *{names}*\n"
        f"- `2013-12-{k + 10}`"
        for k, (title, arxiv, names) in enumerate(entries)
    )
    got = {p.title: p.authors for p in parse_digest(page).papers}
    assert got["Maxi Networks for Sparse Pooling"] == ["Ian J. Good", "David Warde", "Mehdi Mir"]
    assert got["Auto-Encoding Variational Sketches"] == ["Dirk P Kingma", "Max Well"]


def test_a_methods_short_name_in_brackets_is_no_author() -> None:
    page = "\n".join(
        [
            "# Value-based deep RL",
            "",
            "- [Duelling Heads for Value Estimation in Games (Dueling DQN)](https://arxiv.org/abs/1511.06581)",
            "- [Prioritised Replay for Sparse Rewards (PER)](https://arxiv.org/abs/1511.05952)",
            "- [Noisy Exploration Layers for Agents (NoisyNet)](https://arxiv.org/abs/1706.10295)",
        ]
    )
    got = {p.title: p.authors for p in parse_digest(page, keep_uncertain=True).papers}
    assert got["Duelling Heads for Value Estimation in Games"] == []
    assert got["Prioritised Replay for Sparse Rewards"] == []


def test_people_with_roles_apart_by_semicolons_are_the_authors() -> None:
    page = "\n\n".join(
        [
            "# Best Paper Award for 2022",
            "Learned Incremental Representations for Parsing",
            "Nika Kitaeva, PhD student; Tom Lu, undergraduate student, UC Berkeley; Dan Klein, "
            "Professor, UC Berkeley",
            "The authors designed a representation for parsing that is speculation free.",
            "Requirements of Low-Resource Speech Synthesis for Language Revitalization",
            "Aidan Pine, postdoctoral researcher, NRC; Dan Wells, PhD student, Edinburgh",
            "The authors built speech synthesis for three indigenous languages.",
        ]
    )
    got = {p.title: p.authors for p in parse_digest(page, keep_uncertain=True).papers}
    assert got["Learned Incremental Representations for Parsing"] == [
        "Nika Kitaeva",
        "Tom Lu",
        "Dan Klein",
    ]


PIPED_BYLINES = """### [1] [Sparse Lattice Priors for Video Matting](https://neurips.cc/virtual/2031/oral/1)
**高价值** | *Ines Okafor, Lee Park, Mira Olsen*

**💡 大白话**: 就像给视频抠图加了一张网。

### [2] [Counting Crowds with Density Tokens](https://neurips.cc/virtual/2031/oral/2)
**中价值** | *Tom Berg, Ana Ruiz*

**💡 大白话**: 就像数人头时先估密度。
"""


def test_the_one_field_of_names_between_bars_gives_the_authors() -> None:
    papers = parse_digest(PIPED_BYLINES).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", ["Ines Okafor", "Lee Park", "Mira Olsen"]),
        ("Counting Crowds with Density Tokens", ["Tom Berg", "Ana Ruiz"]),
    ]


BLOCK_MARKED_CITATIONS = (
    '█[1] Okafor, Ines, Lee Park, and Mira Olsen. "Sparse lattice priors." Nature 621.7 '
    "(2031): 1-9. [pdf] ★★★★★\n\n"
    '█[2] Berg, Tom, and Ana Ruiz. "Counting crowds with density tokens." Neural computation '
    "43.2 (2031): 10-20. [pdf] ★★★\n"
)


def test_a_citation_led_by_a_block_mark_gives_its_authors() -> None:
    papers = parse_digest(BLOCK_MARKED_CITATIONS).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Sparse lattice priors", ["Ines Okafor", "Lee Park", "Mira Olsen"]),
        ("Counting crowds with density tokens", ["Tom Berg", "Ana Ruiz"]),
    ]


def test_a_paper_from_the_1940s_keeps_its_year() -> None:
    text = (
        "The one that started it all\n\n"
        '"A Calculus of Switching Relays in Telephone Exchanges" (1943) by Ada Brook and Lee Marsh'
        "\n\nThis paper is where it began.\n"
    )
    [paper] = parse_digest(text, "t.txt").papers
    assert (paper.title, paper.year) == (
        "A Calculus of Switching Relays in Telephone Exchanges",
        1943,
    )


def test_the_venue_of_one_entry_is_not_the_pages() -> None:
    text = (
        "Foundations\n\n-\n"
        "Sparse Lattice Priors for Video Matting — Okafor et al., 2019. (essential) The first.\n"
        "-\n"
        "Counting Crowds with Density Tokens — Park et al., Nature 2020. (essential) The Nature"
        " paper.\n"
        "-\n"
        "Learning to Relight Faces from Phone Videos — Berg et al., 2021. (essential) Faces.\n"
    )
    papers = parse_digest(text, "t.txt").papers
    assert [(p.title, p.venue, p.year) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", None, 2019),
        ("Counting Crowds with Density Tokens", "Nature", 2020),
        ("Learning to Relight Faces from Phone Videos", None, 2021),
    ]


def test_reference_names_then_a_venue_after_a_full_stop_are_its_authors() -> None:
    text = (
        "We are proud to announce that our researchers will present four papers at the "
        "conference. These are the papers which will be presented.\n\n"
        "1. Evaluating the Effects of Sparse Routing Tables in Mixture Layers: A Field Study. "
        "Quill, A., Varga, B., Nilsen, C. & Holt, D. ACM RecSys 2023 LBR, 2023.\n"
        "2. Patterns of Drift in Online Media Streams and How Readers Respond to Them. "
        "Chen, I. & Park, J. BehavRec workshop at ACM RecSys 2023, 2023.\n"
        "3. Understanding How Compact Encodings Influence Selective Exposure in News Feeds. "
        "Stone, K., Ward, L. & Holt, D. IntRS workshop at ACM RecSys 2023, 2023.\n"
        "4. Using Visual and Linguistic Framing to Support Sustainable Decisions Online. "
        "Ivers, M., Lund, N., Park, J. & Chen, I. ACM RecSys 2023, 2023.\n"
    )
    got = {p.title[:12]: p.authors for p in parse_digest(text).papers}
    assert got["Evaluating t"] == ["A. Quill", "B. Varga", "C. Nilsen", "D. Holt"]
    assert got["Patterns of "] == ["I. Chen", "J. Park"]
    assert got["Understandin"] == ["K. Stone", "L. Ward", "D. Holt"]
