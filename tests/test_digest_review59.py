"""Conventions shared by real pages read for errors in stop 59, written afresh with made-up
titles and names."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import candidates
from papercli.importers.digest.embedded import take_yaml

# a site's YAML data file: fields in key order, the title after a long folded abstract, the
# authors as a list, the entry's own BibTeX as a block, escapes in double quotes
_YAML_PAPERS = """papers:

- abstract: 'Open-ended search is a promising way
    to

    let robots face the unbounded world. We study

    how a population of skills can grow.'
  authors:
  - Lena Marsh
  - "Fran\\xE7ois Doret"
  bibtex: "@article{Marsh2022,\\n\\ttitle={Growing Skills from Full\\u2013State Traces},\\n\\
    \\tjournal={arXiv preprint arXiv:2211.00001v1},\\n\\tyear={2022} }"
  pdfurl: http://arxiv.org/pdf/2211.00001v1
  title: "Growing Skills from Full\\u2013State Traces"
  year: 2022

- abstract: 'A second abstract
over lines that lost their indent,

and a blank one.'
  authors:
  - Omar Reyes
  tags:
  - robotics
  pdfurl: http://arxiv.org/pdf/2310.00002v2
  title: "Quality\\u2013Diversity for Grasp Sampling"
  year: 2023

- title: "Minimal Criteria for Open Search."
  authors:
  - Jon Brandt
  - Kim Stanton
  year: 2017
  bibtex: |
          "@inproceedings{Brandt2017,
          author = {Brandt, Jon and Stanton, Kim},
          title = {Minimal Criteria for Open Search.},
          booktitle = {Evolutionary Computation Conference Companion},
          doi = {10.1145/3000000.3000001}
          }
          "
"""


def test_a_yaml_data_file_gives_each_entry_its_own_fields() -> None:
    papers = {p["title"]: p for p in _papers(_YAML_PAPERS)}
    assert set(papers) == {
        "Growing Skills from Full–State Traces",
        "Quality–Diversity for Grasp Sampling",
        "Minimal Criteria for Open Search",
    }
    first = papers["Growing Skills from Full–State Traces"]
    assert first["authors"] == ["Lena Marsh", "François Doret"]
    assert (first["arxiv_id"], first["year"]) == ("2211.00001", 2022)
    second = papers["Quality–Diversity for Grasp Sampling"]
    assert (second["authors"], second["arxiv_id"]) == (["Omar Reyes"], "2310.00002")
    third = papers["Minimal Criteria for Open Search"]
    assert third["authors"] == ["Jon Brandt", "Kim Stanton"]
    assert third["venue"] == "Evolutionary Computation Conference Companion"
    assert third["doi"] == "10.1145/3000000.3000001"


def test_a_block_value_leaves_no_line_of_the_page_behind() -> None:
    text, entries = take_yaml(_YAML_PAPERS)
    assert len(entries) == 3
    assert "title = {" not in text and "booktitle" not in text
    assert len(text.split("\n")) == len(_YAML_PAPERS.split("\n"))  # the line count is kept


@given(
    st.lists(st.sampled_from(["- a: '", "  b:", "  - x", "", "  c: |", "   @x{", "'"]), max_size=40)
)
def test_yaml_folding_keeps_the_line_count_on_any_input(parts: list[str]) -> None:
    text = "\n".join(parts)
    folded, _ = take_yaml(text)
    assert folded == text or len(folded.split("\n")) == len(text.split("\n"))


def test_kramdown_attributes_after_a_link_are_no_part_of_its_title() -> None:
    page = (
        "# Papers\n\n"
        "1. [Quiet Gradients in Shallow Networks](https://example.org/notes/quiet.html)"
        '{:target="_blank"}\n'
        "2. [Spectral Pruning of Wide Convolutional Layers](https://example.org/notes/spectral.html)"
        '{:target="_blank"}\n'
        "3. [Folded Lattices beyond Flat Data](https://example.org/notes/folded.html)"
        "{: .paper }\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Quiet Gradients in Shallow Networks",
        "Spectral Pruning of Wide Convolutional Layers",
        "Folded Lattices beyond Flat Data",
    ]


def test_a_table_of_one_papers_fields_reads_its_header_row_as_the_title() -> None:
    page = (
        "<table>\n"
        "<tr><th>论文英文名字</th><th>Robust Rates for Federated Defences</th></tr>\n"
        "<tr><th>论文中文名字</th><th>联邦学习中的鲁棒学习率</th></tr>\n"
        "<tr><td>作者</td><td>Mira Olsen, Tariq Haddad</td></tr>\n"
        "<tr><td>来源</td><td>35th AAAI 2021: Virtual Event</td></tr>\n"
        "<tr><td>创新点</td><td>按符号调整学习率。</td></tr>\n"
        "</table>\n"
    )
    (paper,) = _papers(page)
    assert paper["title"] == "Robust Rates for Federated Defences"
    assert paper["alt_titles"] == ["联邦学习中的鲁棒学习率"]
    assert paper["authors"] == ["Mira Olsen", "Tariq Haddad"]
    assert (paper["venue"], paper["year"]) == ("AAAI", 2021)
    chinese = (
        "<table>\n<tr><th>论文题目</th><th>以鲁棒的学习率防御联邦学习中的后门攻击</th></tr>\n"
        "<tr><td>作者</td><td>张三, 李四</td></tr>\n<tr><td>来源</td><td>AAAI 2021</td></tr>\n"
        "</table>\n"
    )
    (paper,) = _papers(chinese)
    assert (paper["title"], paper["authors"]) == (
        "以鲁棒的学习率防御联邦学习中的后门攻击",
        ["张三", "李四"],
    )


def test_a_header_of_column_names_stays_one() -> None:
    from papercli.importers.digest.blocks import read_lines

    lines = read_lines("| Title | Code |\n|---|---|\n| Quiet Gradients in Shallow Nets | x |\n")
    cells = [line for line in lines if line.kind == "cell"]
    assert [c.text for c in cells] == ["Quiet Gradients in Shallow Nets", "x"]
    assert cells[0].header == "Title"


def test_a_list_under_a_line_that_announces_papers_is_a_list_of_titles() -> None:
    page = (
        "I went through this year's awards and summarise them below.\n\n"
        "The 3 best papers are:\n\n"
        "- Understanding shallow nets requires rethinking depth\n"
        "- Making symbolic programs generalize through recursion\n"
        "- Semi-supervised transfer for learning from private data\n\n"
        "Statisticians like to say that such models are black boxes. Not any more.\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Understanding shallow nets requires rethinking depth",
        "Making symbolic programs generalize through recursion",
        "Semi-supervised transfer for learning from private data",
    ]


def test_a_list_of_sentences_under_such_a_line_is_no_list_of_titles() -> None:
    page = (
        "What I took from the papers:\n\n"
        "- Depth helps. But only so far in our view.\n"
        "- Data matters more than the model. We saw it twice.\n"
    )
    assert _papers(page) == []


def test_award_labels_under_each_paper_name_that_paper_and_not_the_next() -> None:
    page = (
        "Outstanding Paper Awards\n\n"
        "Finding Answers with Behaviour Traces\n"
        "Mila Ageva, Quentin Guo, Dana Lagos\n"
        "Best Paper\n"
        "Competitive Filtering of User Choices\n"
        "Shu Yang, Boris Long, Alex Smolin\n"
        "Best Student Paper\n"
        "Concept Weights in Verbose Queries\n"
        "Mike Bender, Don Metz\n"
        "Honorable Mention\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Finding Answers with Behaviour Traces"][-1] == "Best Paper"
    assert topics["Competitive Filtering of User Choices"][-1] == "Best Student Paper"
    assert topics["Concept Weights in Verbose Queries"][-1] == "Honorable Mention"


def test_surnames_in_a_citation_after_a_topic_are_the_authors() -> None:
    page = (
        "## Topics\n\n"
        "Pick one topic; each comes with a paper to start from.\n\n"
        ' - margin methods (Bennet and  Camden. "Margin machines: hype or hope?." KDD 2000)\n'
        ' - one-class methods (Khan and Madsen. "A survey of trends in one class learning."'
        " Knowledge Engineering Review 2014)\n"
        ' - string kernels (Lodge, et al. "Text sorting with string kernels." JMLR 2002)\n'
        ' - distances (Scholz. "The kernel trick for distances." NIPS 2001)\n'
        ' - graph cuts (Gartner, et al. "The cost of learning directed cuts." ECML 2007)\n'
    )
    authors = {p["title"]: p["authors"] for p in _papers(page)}
    assert authors["Margin machines: hype or hope?"] == ["Bennet", "Camden"]
    assert authors["Text sorting with string kernels"] == ["Lodge"]


def test_a_section_of_books_gives_no_papers() -> None:
    page = (
        "## General resources (freely available books)\n\n"
        "- Foundations of machine learning. Mehmet Mohr, Afsa Rosta, and Amit Talwar"
        " [(pdf)](https://example.org/mlbook/)\n"
        "- Mining of massive datasets. Jure Lesko, Anand Raja, and Jeff Ullam"
        " [(pdf)](https://example.org/mmds/book.pdf)\n\n"
        "## Papers\n\n"
        "- Quiet Gradients in Shallow Networks. Dana Holt, Omar Reyes"
        " [(pdf)](https://arxiv.org/abs/1901.00001)\n"
    )
    assert [p["title"] for p in _papers(page)] == ["Quiet Gradients in Shallow Networks"]


def test_a_genre_column_in_japanese_is_the_topic() -> None:
    page = (
        "|回|ジャンル|link|title|\n"
        "|:---|:---|:---|:---|\n"
        "|1|強化学習|https://arxiv.org/abs/1803.04675|Grouped Prediction for Content Caching|\n"
        "||量子化|https://arxiv.org/abs/1511.00363|Binary Weights during Propagations|\n"
        "||正規化|https://arxiv.org/abs/1705.08741|Train Longer and Generalize Better|\n"
    )
    topics = {p["title"]: p["topics"] for p in _papers(page)}
    assert topics["Grouped Prediction for Content Caching"] == ["強化学習"]
    assert topics["Binary Weights during Propagations"] == ["量子化"]


def test_a_cut_at_a_colon_never_runs_from_a_label_into_a_link() -> None:
    line = (
        "* **PaLMo**: [PaLMo: A Language Model That Can Speak and Listen]"
        "(https://arxiv.org/abs/2306.12925) (2023-06, Google) [[Demo](https://example.org/p/)]\n"
    )
    lines = read_lines(line)
    cuts = {cand.text for cand in candidates(lines, 0)}
    assert "PaLMo: A Language Model That Can Speak and Listen" in cuts
    assert "PaLMo: PaLMo" not in cuts  # the label, then the link's text up to its own colon
    assert "PaLMo" in cuts  # (the label alone is still a cut)


def test_rating_stars_between_a_title_and_its_authors_are_dropped() -> None:
    page = (
        "## Scaling\n\n"
        "- **Scaling Rules for Tiny Language Models** ⭐⭐ — Kaplin et al. (2020):"
        " [arXiv](https://arxiv.org/abs/2001.08361)\n"
        "- **Open Foundation Models at Small Scale** ⭐⭐ — Touvenel et al., Meta (2023):"
        " [arXiv](https://arxiv.org/abs/2302.13971)\n"
        "- **Harmless Assistants from Feedback** ⭐ — Baird et al. (2022):"
        " [arXiv](https://arxiv.org/abs/2212.08073)\n"
    )
    papers = _papers(page)
    assert [(p["authors"], p["year"]) for p in papers] == [
        (["Kaplin"], 2020),
        (["Touvenel"], 2023),
        (["Baird"], 2022),
    ]
    assert papers[0]["title"] == "Scaling Rules for Tiny Language Models"


def test_a_date_column_that_names_where_the_paper_appeared_gives_its_venue() -> None:
    page = (
        "## Sequence models\n"
        "| Date | Paper | Link |\n"
        "| :--- | :--- | :--- |\n"
        "| Arxiv 23.12.01 (COLM 2024) | Linear-Time Sequence Models with Selective States"
        " | [Link](https://arxiv.org/pdf/2312.00752) |\n"
        "| Arxiv 24.05.31 (ICML 2024) | State Space Duality for Structured Transformers"
        " | [Link](https://arxiv.org/pdf/2405.21060) |\n"
        "| Arxiv 24.04.24 | A Survey of State Space Models"
        " | [Link](https://arxiv.org/pdf/2404.16112) |\n"
    )
    papers = _papers(page)
    assert [(p["venue"], p["year"]) for p in papers[:2]] == [("COLM", 2024), ("ICML", 2024)]
    assert papers[0]["arxiv_id"] == "2312.00752"
    assert papers[2]["venue"] in (None, "arXiv")  # a date alone names no venue


def test_a_model_released_with_the_paper_title_by_names_gives_that_title() -> None:
    page = (
        "## Pretrained models\n\n"
        "- **BERTA (Lab A)** released with the paper BERTA: Deep Bidirectional Encoders for"
        " Reading by Jan Devlo, Ming Chang, Ken Lee and Kris Touton.\n"
        "- **GPX (Lab B)** released with the paper Improving Language Reading by Generative"
        " Pre-Training by Alec Radley, Karl Narasim, Tim Salman and Ilya Sutsk.\n"
        "- **GPX-2 (Lab B)** released with the paper Language Models are Unsupervised Multitask"
        " Readers by Alec Radley*, Jeff Wu*, Rewon Childs, David Luang and Ilya Sutsk**.\n"
        "- **XLNot (Lab C)** released with the paper XLNot: Generalized Autoregressive Pretraining"
        " for Reading by Zhi Yang*, Zihan Dai*, Yim Yang, Jaime Carbon, Quoc V. Lee.\n"
        "- **XLMo (Lab D)** released together with the paper Cross-lingual Language Model"
        " Pretraining by Guillaume Lampe and Alexis Conneu.\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "BERTA: Deep Bidirectional Encoders for Reading",
        "Improving Language Reading by Generative Pre-Training",
        "Language Models are Unsupervised Multitask Readers",
        "XLNot: Generalized Autoregressive Pretraining for Reading",
        "Cross-lingual Language Model Pretraining",
    ]


def test_a_labelled_title_wrapped_onto_the_next_line_is_read_whole() -> None:
    page = (
        "# 每日论文\n\n"
        "### 1. 化学推理：自更新库提升推理能力\n\n"
        "**原文标题：** ChemMate: Self-updating Libraries in Language Models Improve\n"
        "  Chemical Reasoning\n\n"
        "**摘要：**\n化学推理通常涉及复杂的过程。\n\n"
        "### 2. O1复制之旅：医学推理中的扩展\n\n"
        "**原文标题：** O1 Replication Journey -- Part 3: Inference-time Scaling for Medicine\n\n"
        "**摘要：**\n我们研究推理时间扩展。\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "ChemMate: Self-updating Libraries in Language Models Improve Chemical Reasoning",
        "O1 Replication Journey -- Part 3: Inference-time Scaling for Medicine",
    ]
    assert papers[0]["alt_titles"] == ["化学推理：自更新库提升推理能力"]
    assert papers[1]["alt_titles"] == ["O1复制之旅：医学推理中的扩展"]


def test_a_posts_review_mark_is_no_part_of_its_papers_title() -> None:
    from papercli.importers.digest.blocks import front_matter_title

    post = (
        '---\ntitle: "Quiet Gradients in Shallow Networks review"\ntoc: true\n---\n\n## 들어가며\n'
    )
    assert front_matter_title(post).startswith("title: Quiet Gradients in Shallow Networks\n")
    tagged = "---\ntitle: '[Paper Review] Quiet Gradients in Shallow Networks'\n---\n"
    assert front_matter_title(tagged).startswith("title: Quiet Gradients in Shallow Networks\n")
    kept = "---\ntitle: A Review of Quiet Gradients\n---\n"  # a survey's own word
    assert front_matter_title(kept).startswith("title: A Review of Quiet Gradients\n")


def test_a_yaml_entrys_plain_citation_gives_its_authors_and_venue() -> None:
    page = (
        "- year: 2021\n"
        "  title: Quiet Gradients in Shallow Networks\n"
        "  citation: Dana Holt and Omar Reyes. 2011. Quiet Gradients in Shallow Networks."
        " In <i>Proceedings of the 42nd ACM Technical Symposium on Computer Science"
        " Education</i> (SIGCSE '11). ACM, 11-15.\n"
        "  doi: 10.1145/1953163.1953170\n"
        "- year: 2020\n"
        "  title: Folded Lattices beyond Flat Data\n"
        "  citation: Kim Lee, Jon Brandt, and Ana Ruiz. 2010. Folded Lattices beyond Flat Data."
        " In <i>Proceedings of the 41st ACM Technical Symposium on Computer Science"
        " Education</i> (SIGCSE '10). ACM, 20-24.\n"
        "  doi: 10.1145/1734263.1734270\n"
        "- year: 2019\n"
        "  title: Spectral Pruning of Wide Layers\n"
        "  citation: Ray Ortiz. 2009. Spectral Pruning of Wide Layers. In <i>Proceedings of"
        " the 40th ACM Technical Symposium on Computer Science Education</i> (SIGCSE '09).\n"
        "  doi: 10.1145/1508865.1508870\n"
    )
    papers = {p["title"]: p for p in _papers(page)}
    first = papers["Quiet Gradients in Shallow Networks"]
    assert first["authors"] == ["Dana Holt", "Omar Reyes"]
    assert first["doi"] == "10.1145/1953163.1953170"
    assert first["venue"]
    assert papers["Folded Lattices beyond Flat Data"]["authors"] == [
        "Kim Lee",
        "Jon Brandt",
        "Ana Ruiz",
    ]


def test_names_and_a_year_before_a_colon_in_a_link_are_no_part_of_the_title() -> None:
    page = (
        "## Michaelmas term\n\n"
        "* [_Rubin and Berant 2021_: **Bottom-up Semantic Parsing in Parallel**][smbop]"
        " presented by Kyle Dufresne\n"
        "* [_Lundgren and Lee 2017_: **A Unified Approach to Explaining Models**][shap]"
        ' (usually referred to as "SHAP") presented by Fern Almansa\n'
        "* [_Komeli, Shuster, and Weston 2021_: **Internet-Augmented Dialogue Generation**]"
        "[dialogue] presented by Kyle Dufresne\n\n"
        "[smbop]: https://arxiv.org/abs/2010.12412\n"
        "[shap]: https://arxiv.org/abs/1705.07874\n"
        "[dialogue]: https://arxiv.org/abs/2107.07566\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Bottom-up Semantic Parsing in Parallel",
        "A Unified Approach to Explaining Models",
        "Internet-Augmented Dialogue Generation",
    ]


def test_a_venue_and_year_before_a_colon_are_no_authors() -> None:
    from papercli.importers.digest.candidates import _YEAR_COLON_LEAD

    assert _YEAR_COLON_LEAD.match("Rubin and Berant 2021: Semantic Parsing in Parallel")
    assert _YEAR_COLON_LEAD.match("CVPR 2023: Computer Vision Research Sets a Record") is None
    assert _YEAR_COLON_LEAD.match("Spring 2023: Reading List for the Seminar") is None


def test_a_reading_of_the_day_label_is_no_part_of_the_title() -> None:
    page = (
        "### Tuesday, October 7\n\n"
        "- Reading of the day: _A Programmable Framework for Constrained Decoding_"
        " ([paper](https://arxiv.org/abs/2509.00360)).\n\n"
        "### Thursday, October 9\n\n"
        "- Reading of the Day: _Reviving Proof Sketches in the Era of Reasoning Models_"
        " ([paper](https://arxiv.org/abs/2506.11487))\n\n"
        "### Tuesday, October 14\n\n"
        "- Reading of the day: _Synthesizing Small Languages for Few-shot Learning_"
        " ([PDF](https://arxiv.org/abs/2508.00001)).\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "A Programmable Framework for Constrained Decoding",
        "Reviving Proof Sketches in the Era of Reasoning Models",
        "Synthesizing Small Languages for Few-shot Learning",
    ]


def test_a_link_before_a_title_in_prose_belongs_to_another_work() -> None:
    from papercli.importers.digest.fields import _links_before_title

    (line,) = read_lines(
        "Theo leads on TriGeo ([blog](https://example.org/trigeo/),"
        " [paper](https://www.nature.com/articles/s41586-023-06747-5)) and TriGeo 2"
        " ([paper](https://arxiv.org/pdf/2502.03544)), while also discussing _Fine-tuning"
        " Language Models via Symbolic Feedback_ ([PDF](https://arxiv.org/pdf/2405.16661)).\n"
    )
    title = "Fine-tuning Language Models via Symbolic Feedback"
    assert _links_before_title(line, title) == {
        "https://example.org/trigeo/",
        "https://www.nature.com/articles/s41586-023-06747-5",
        "https://arxiv.org/pdf/2502.03544",
    }
    (item,) = read_lines(f"- [{title}](https://arxiv.org/abs/2405.16661) [code](https://x.org)\n")
    assert _links_before_title(item, title) == set()  # the title's own link leads


def test_a_meetings_edition_number_is_no_year() -> None:
    from papercli.importers.venues import find_venue_year

    cited = (
        " IEEE Symposium on Low-Power Chips and Systems (CoolBits 26)."
        " DOI: https://doi.org/10.1109/COOL57690.2023.10122117. Apr 2023."
    )
    assert find_venue_year(cited) == ("CoolBits", 2023)
    assert find_venue_year("[CVPR'19] Quiet Gradients (arXiv 2018)") == ("CVPR", 2019)


def test_a_table_that_links_the_readers_notes_keeps_its_papers_beside_one_that_does_not() -> None:
    notes = "https://github.com/reader/paper-review/tree/main/NLP"
    rows = [
        ("A Neural Probabilistic Word Model (NNLM)", "JMLR", 2003),
        ("Finding Structure in Time (TextRNN)", "CogSci", 1990),
        ("LONG SHORT-TERM MEMORY (TextLSTM)", "Neural Computation", 1997),
        ("Sequence to Sequence with Neural Networks (Seq2Seq)", "NIPS", 2014),
        ("Attention is all you need (Transformer)", "NIPS", 2017),
        ("Convolutional Networks for Sentence Classification (TextCNN)", "EMNLP", 2014),
    ]
    page = "## NLP - Paper List\n\n|Title|Journal/Conference|Year|Progress|\n|---|---|---|---|\n"
    page += "".join(
        f"|[{title}]({notes}/{k})|{venue}|{year}|Clear!|\n"
        for k, (title, venue, year) in enumerate(rows)
    )
    page += "\n## LLM - Paper List\n\n|Title|Journal/Conference|Year|Progress|\n|---|---|---|---|\n"
    page += "".join(
        f"|[{title}](https://arxiv.org/abs/{2301 + k}.0000{k})|arXiv|2023|TBU|\n"
        for k, title in enumerate(
            [
                "Language Models for Dialog Applications at Scale",
                "Open and Efficient Foundation Language Models",
                "A Survey of Hallucination in Foundation Models",
                "Evaluating Object Hallucination in Vision-Language Models",
                "Zero-Resource Hallucination Detection for Language Models",
                "A Hallucination Evaluation Benchmark for Language Models",
            ]
        )
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Finding Structure in Time" in titles
    assert "LONG SHORT-TERM MEMORY" in titles
    assert len(titles) == 12
    # the notes' site is found in the first table alone, not across the page
    from papercli.importers.digest import _notes_hosts
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import Record

    lines = read_lines(page)
    records = [
        Record(Candidate(line.text, k), k, k + 1)
        for k, line in enumerate(lines)
        if line.kind == "cell" and line.cell == 0
    ]
    # (6 of the page's 12 links, each a folder of one repository)
    assert "github.com/reader/paper-review" in _notes_hosts(records, lines)


def test_an_italic_title_between_surnames_and_a_year_is_a_cited_paper() -> None:
    page = (
        "## 延伸阅读\n\n"
        "| 主题 | 文献 | 说明 |\n|------|------|------|\n"
        "| 改进版 | Nicholls & Dhar, *Improved Denoising Models for Sparse Images*, ICML 2021,"
        " arXiv:2102.09672 | 我在复现中直接使用了它 |\n"
        "| 视角 | Sung et al., *Score-Based Modeling through Stochastic Equations*, ICLR 2021,"
        " arXiv:2011.13456 | 统一框架 |\n"
        "| 求解器 | Lu, Zhou and Bao, *Fast Solvers for Probability Flow Equations*, NeurIPS 2022"
        " | 高阶积分 |\n"
    )
    papers = {p["title"]: p for p in _papers(page)}
    assert set(papers) == {
        "Improved Denoising Models for Sparse Images",
        "Score-Based Modeling through Stochastic Equations",
        "Fast Solvers for Probability Flow Equations",
    }
    assert papers["Improved Denoising Models for Sparse Images"]["arxiv_id"] == "2102.09672"


def test_an_arxiv_address_written_without_its_scheme_gives_the_id() -> None:
    page = (
        "# Trending papers\n\n"
        "1. Quiet Gradients Get Lost in Shallow Networks\n\n"
        "Authors: Dana Holt, Omar Reyes (Lab A) arXiv: arxiv.org/abs/2505.06120 Sources: blog\n\n"
        "2. Folded Lattices beyond Flat Data\n\n"
        "Authors: Kim Lee, Jon Brandt (Lab B) arXiv: www.arxiv.org/pdf/2504.01234v2 Sources: blog\n"
    )
    assert [(p["title"], p["arxiv_id"]) for p in _papers(page)] == [
        ("Quiet Gradients Get Lost in Shallow Networks", "2505.06120"),
        ("Folded Lattices beyond Flat Data", "2504.01234"),
    ]
