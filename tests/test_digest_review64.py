"""Conventions shared by real pages read for errors in stop 64, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import chosen_title
from tests.conftest import digest_by_title as _by_title

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import candidates


def _table(*rows: list[str]) -> str:
    return "".join("| " + " | ".join(row) + " |\n" for row in rows)


# a seminar schedule: "Papers to present" spans three headerless columns, one paper each
_PRESENTED = _table(
    ["Date", "Topics (tentative)", "Papers to present", "", "", "Review"],
    ["-", "-", "-", "-", "-", "-"],
    ["", "", "Paper 1", "Paper 2", "Paper 3", ""],
    [
        "9/2",
        "Efficient training",
        "[Lantern: Tensor Paging for Sparse Trainers](https://dl.acm.org/doi/10.1145/3373376.3370001)",
        "[Early Sprouts: Finding Lottery Seeds Before Training](https://openreview.net/forum?id=AbCdEfGhIj)",
        "[Quickstep: Rapid Retraining of Linear Learners](https://example.org/quickstep.html)",
        "[form](https://forms.gle/AbCdEf123)",
    ],
    [
        "9/9",
        "Graph training",
        "[Bramble: A Library for Deep Learning on Graphs](https://arxiv.org/abs/1909.01111)",
        "[Sampler Saint: Subgraph Sampling for Inductive Graphs](https://arxiv.org/pdf/1907.02222.pdf)",
        "[Grove: A Platform for Graph Networks at Scale](http://example.org/grove.pdf)",
        "[form](https://forms.gle/XyZ987)",
    ],
)


def test_each_paper_of_a_row_under_a_spanning_papers_header_is_found_with_its_own_links() -> None:
    found = _by_title(_PRESENTED)
    assert len(found) == 6
    lantern = found["Lantern: Tensor Paging for Sparse Trainers"]
    sprouts = found["Early Sprouts: Finding Lottery Seeds Before Training"]
    quickstep = found["Quickstep: Rapid Retraining of Linear Learners"]
    assert lantern["doi"] == "10.1145/3373376.3370001" and lantern["openreview_id"] is None
    assert sprouts["openreview_id"] == "AbCdEfGhIj" and sprouts["doi"] is None
    assert quickstep["openreview_id"] is None and quickstep["doi"] is None
    grove = found["Grove: A Platform for Graph Networks at Scale"]
    assert grove["arxiv_id"] is None and grove["pdf_url"] == "http://example.org/grove.pdf"


_REVIEWED = _table(
    ["Date", "Paper", "Review"],
    ["-", "-", "-"],
    [
        "9/2",
        "[Lantern: Tensor Paging for Sparse Trainers](http://example.org/lantern.pdf)",
        "[form](https://forms.gle/AbCdEf123)",
    ],
    [
        "9/9",
        "[Grove: A Platform for Graph Networks at Scale](http://example.org/grove.pdf)",
        "[form](https://docs.google.com/forms/d/e/1FAIpQL/viewform)",
    ],
)


def test_a_review_form_beside_a_paper_is_never_its_address() -> None:
    found = _by_title(_REVIEWED)
    assert found["Lantern: Tensor Paging for Sparse Trainers"]["url"] == (
        "http://example.org/lantern.pdf"
    )
    assert found["Grove: A Platform for Graph Networks at Scale"]["url"] == (
        "http://example.org/grove.pdf"
    )


def test_a_topics_column_with_a_remark_in_brackets_names_each_rows_topic() -> None:
    found = _by_title(_PRESENTED)
    assert found["Quickstep: Rapid Retraining of Linear Learners"]["topics"] == [
        "Efficient training"
    ]
    assert found["Grove: A Platform for Graph Networks at Scale"]["topics"] == ["Graph training"]


# a schedule whose cells number their papers, one per <br/>: three in one cell is no list
# run onto a line, and the rows below stay rows
_NUMBERED_CELLS = _table(
    ["Week", "Topics", "Papers", "Notes"],
    ["-", "-", "-", "-"],
    [
        "5",
        "Poisoning",
        "1. Quiet Poison: Attacks on Byzantine-Robust Averaging <br/> "
        "2. (Optional) Trust Anchors: Robust Federated Learning via Bootstrapped Trust",
        "Speakers: A. Person",
    ],
    [
        "6",
        "Certified defenses",
        "1. Bagged Guarantees: Certified Robustness of Ensembles to Poisoning <br/> "
        "2. (Optional) Nearest Shields: Certified Robustness of Neighbour Votes <br/> "
        "3. (Optional) Certified Fences for Poisoned Training Sets",
        "Speakers: B. Person",
    ],
    [
        "6",
        "Backdoors",
        "1. Hidden Doors: Identifying Vulnerabilities in the Model Supply Chain <br/> "
        "2. (Optional) Trojan Lanterns: Trigger Attacks on Neural Networks",
        "Speakers: C. Person",
    ],
    ["7", "Privacy", "1. Member Echoes: Inference Attacks against Trained Classifiers", ""],
)


def test_three_numbered_papers_in_one_cell_leave_the_table_whole() -> None:
    found = _by_title(_NUMBERED_CELLS)
    assert "Certified Fences for Poisoned Training Sets" in found
    assert "Hidden Doors: Identifying Vulnerabilities in the Model Supply Chain" in found
    assert "Trojan Lanterns: Trigger Attacks on Neural Networks" in found
    member = found["Member Echoes: Inference Attacks against Trained Classifiers"]
    assert member["topics"] == ["Privacy"]
    assert len(found) == 8


def test_a_slot_code_and_a_session_tag_are_cut_from_the_title_between_them() -> None:
    # a conference write-up's award list: a program slot code, the title, its session's tag
    # in brackets, then the names
    line = (
        "3B-03: A Quiet Perspective on Imitating Sparse Experts (Imitation learning) "
        "Ada Quill Vent Hollow, Boris Lune, Cyra Vent"
    )
    cuts = {c.text: c for c in candidates(read_lines(line + "\n"), 0)}
    title = cuts["A Quiet Perspective on Imitating Sparse Experts"]
    assert "before_paren" in title.how
    assert not any(text.startswith("3B-03") for text in cuts)


def test_a_bracketed_tag_before_words_that_are_no_names_makes_no_cut() -> None:
    line = "Sparse Lattices Are Quiet (Mostly) Because Folded Encoders Sleep Early\n"
    cuts = {c.text for c in candidates(read_lines(line), 0)}
    assert "Sparse Lattices Are Quiet" not in cuts


# a blog's round-up: "Surname et al.: Title" over a paragraph restating the title with its
# authors in full
_ROUNDUP = (
    "A roundup of sparse papers at a summer conference\n\n"
    "Varga et al.: Learning Level Latent Lattices with Folded Encoders\n"
    "Learning Level Latent Lattices with Folded Encoders by Ilona Varga, Tomas Reed, and "
    "Patrick van der Mast discusses an interesting change to the loss, which keeps the latent "
    "space flat.\nIt is a fine paper.\n"
)


def test_a_surname_et_al_heading_gives_its_title_and_the_restated_byline_its_authors() -> None:
    paper = _by_title(_ROUNDUP)["Learning Level Latent Lattices with Folded Encoders"]
    assert paper["authors"] == ["Ilona Varga", "Tomas Reed", "Patrick van der Mast"]


# an award's winners copied from a web table as text: "Year Title Author(s)", a year left
# to the row above when two papers share it
_WINNERS = """Test of Time Awards

Year Title Author(s)
1980 Probable Lattices of Indexing and Seeking A. B. Robson, C. D. van Rijn & E. F. Porter
1982 The Unified Folded Model for Retrieval G. H. Maron & I. J. Cooke
1985 The Cluster Lantern Revisited K. L. Voss
Sparse Retrieval using a Folded Decomposition of Latent Structure M. N. Furn & O. P. Dumas
1987 Automatic Phrase Lanterns for Document Seeking Q. Fagin
"""


def test_a_winners_table_copied_as_text_splits_each_row_into_year_title_and_names() -> None:
    found = _by_title(_WINNERS)
    assert set(found) == {
        "Probable Lattices of Indexing and Seeking",
        "The Unified Folded Model for Retrieval",
        "The Cluster Lantern Revisited",
        "Sparse Retrieval using a Folded Decomposition of Latent Structure",
        "Automatic Phrase Lanterns for Document Seeking",
    }
    shared = found["Sparse Retrieval using a Folded Decomposition of Latent Structure"]
    assert shared["year"] == 1985
    assert shared["authors"] == ["M. N. Furn", "O. P. Dumas"]
    assert found["The Cluster Lantern Revisited"]["authors"] == ["K. L. Voss"]


# an awesome list's numbered lines of fields parted by bars: nickname, venue, title, links
_BARRED = "\n".join(
    f"{n}. **[{nick}]** | **{venue}** | {title} | [`[pdf]`](https://arxiv.org/abs/{ident}) | "
    f"[`[code]`](https://github.com/example/{nick.lower()})"
    for n, (nick, venue, title, ident) in enumerate(
        [
            ("LSeg", "ICLR'22", "Language-driven Sparse Lattice Segmentation", "2201.03546"),
            (
                "OpenSeg",
                "ECCV'22",
                "Scaling Folded Segmentation with Image-level Labels",
                "2112.12143",
            ),
            ("XDec", "CVPR'23", "Generalized Decoding for Pixel, Image, and Lantern", "2212.11270"),
            (
                "SAN",
                "CVPR'23(Highlight)",
                "Side Lantern Network for Quiet Segmentation",
                "2302.12242",
            ),
            (
                "SegQ",
                "ICML'23",
                "Patch Lanterns with Learnable Centers for Segmentation",
                "2211.14813",
            ),
        ],
        start=1,
    )
)


def test_a_title_is_one_field_of_a_barred_line_never_two() -> None:
    found = _by_title(_BARRED + "\n")
    assert "Generalized Decoding for Pixel, Image, and Lantern" in found
    assert "Side Lantern Network for Quiet Segmentation" in found
    assert not any("|" in title for title in found)
    assert found["Scaling Folded Segmentation with Image-level Labels"]["venue"] == "ECCV"


def test_what_cited_authors_did_is_no_title() -> None:
    line = (
        "[**Varga et al. (2020)**](https://openreview.net/forum?id=r1xMH1BtvB) propose a more "
        "sample-efficient pretraining task called replaced token detection.\n"
    )
    did = "propose a more sample-efficient pretraining task called replaced token detection"
    assert chosen_title(line, did) != did
    assert chosen_title(line, "Varga et al.") != "Varga et al."


def test_two_surnames_cited_with_their_year_are_no_title() -> None:
    line = (
        "[**Lample and Charton (2019)**](https://arxiv.org/abs/1912.01412) propose a model "
        "trained on math problems and matching solutions.\n"
    )
    assert chosen_title(line, "Lample and Charton") != "Lample and Charton"


def test_a_quotation_in_lower_case_is_no_title() -> None:
    line = (
        "The authors claim that this “*framework provides a consistent training objective for "
        "pre-training and fine-tuning*”, and more.\n"
    )
    quoted = "framework provides a consistent training objective for pre-training and fine-tuning"
    assert chosen_title(line, quoted) != quoted


# an award page's winners: their names, "for their paper", then the title, each in a <p>
_FOR_THEIR_PAPER = """## Best Paper Track 1

<div class="awardee">
<p><strong>Ada Quill, Boris Lune, and Cyra Vent</strong></p>
<p>for their paper</p>
<p><strong>The Lantern Formula: One Lemma to Fold Them All</strong>.</p>
</div>

## Best Presentation

<div class="awardee">
<p><strong>Dora Helm</strong></p>
<p>for his presentation of the paper</p>
<p><strong>Boundary Lanterns in a Circular Orbit</strong>.</p>
</div>
"""


def test_winners_over_for_their_paper_are_the_titles_authors_never_a_title() -> None:
    found = _by_title(_FOR_THEIR_PAPER)
    assert set(found) == {
        "The Lantern Formula: One Lemma to Fold Them All",
        "Boundary Lanterns in a Circular Orbit",
    }
    lantern = found["The Lantern Formula: One Lemma to Fold Them All"]
    assert lantern["authors"] == ["Ada Quill", "Boris Lune", "Cyra Vent"]
    assert found["Boundary Lanterns in a Circular Orbit"]["authors"] == ["Dora Helm"]


def test_a_title_by_a_named_group_loses_the_group() -> None:
    line = "Differentiable Lantern Module (DLM) for Folded Graph Networks by group of Ada Quill\n"
    assert (
        chosen_title(line, line.strip())
        == "Differentiable Lantern Module (DLM) for Folded Graph Networks"
    )


def test_an_institutes_name_alone_is_no_title() -> None:
    line = "Network Lantern Institute at Northfold University\n"
    assert chosen_title(line, line.strip()) is None


# a course's schedule copied from its web page: each session's topic and day, its slides'
# name under "Slides:", then its readings
_SESSIONS = """Schedule

Course Overview & Basics (August 26)

Pretraining - Lanterns and Methods (September 9)

Slides:

Lanterns / Pretraining / Finetuning

Reading Material

  • Quiet Attention is all you need (2017) [link]

  • Folded Encoders for Deep Bidirectional Lanterns [link]

Efficiency - Training (LoRA) and Inference (September 16)

Slides:

Efficiency

Reading Material

  • Low-Rank Lanterns of Large Language Models [link]

  • Quantized Lanterns for Efficient Finetuning [link]
"""


def test_a_sessions_topic_and_day_name_its_readings_never_its_slides_name() -> None:
    found = _by_title(_SESSIONS)
    assert found["Quiet Attention is all you need"]["topics"] == [
        "Pretraining - Lanterns and Methods (September 9)"
    ]
    assert found["Quantized Lanterns for Efficient Finetuning"]["topics"] == [
        "Efficiency - Training (LoRA) and Inference (September 16)"
    ]


# a lab site's publications file: each paper's "link:" holds its address, where it appeared
# and its code
_LINKED_YAML = """- title: 'Quiet Pots: Configuring Lanterns over Geometric Constraints'
  image: pots.png
  description:
  authors: Ada Quill, Boris Lune
  link:
    url: https://example.org/icpr/4161
    display: International Conference on Pattern Recognition (ICPR) 2020
  highlight: 0

- title: 'SAUL: Symmetry-Aware Lanterns for Point Cloud Completion'
  image: saul.png
  authors: Cyra Vent, Ada Quill
  link:
    url: https://openaccess.thecvf.com/content/ACCV2020/papers/Vent_SAUL_ACCV_2020_paper.pdf
    display: Asian Conference on Computer Vision (ACCV) 2020
    code : https://github.com/example/saul
  highlight: 0

- title: Novel Lantern Synthesis with Skip Connections
  authors: Dora Helm, Ada Quill
  link:
    url:
    display: IEEE International Conference on Image Processing (ICIP) 2020
  slides:
    url: https://example.org/slides.pdf
  highlight: 0
"""


def test_a_yaml_entrys_link_field_gives_its_address_venue_and_code() -> None:
    found = _by_title(_LINKED_YAML)
    pots = found["Quiet Pots: Configuring Lanterns over Geometric Constraints"]
    assert pots["url"] == "https://example.org/icpr/4161"
    assert pots["venue"] and "ICPR" in pots["venue"] and pots["year"] == 2020
    saul = found["SAUL: Symmetry-Aware Lanterns for Point Cloud Completion"]
    assert saul["code_url"] == "https://github.com/example/saul"
    novel = found["Novel Lantern Synthesis with Skip Connections"]
    assert novel["url"] is None and novel["pdf_url"] is None
    assert novel["venue"] and "ICIP" in novel["venue"]


# a lab's publications, each a citation in Vancouver's style with a quoted title: surnames and
# initials, a point, the title in quotes, a point, the journal
_VANCOUVER = (
    "- {name: 'Quill A (First), Lune B, Vent C*. \"Lantern: a method for folded time-series "
    "data\". BMC Lanterns [SCIE journal, IF:2.5], 2019 Dec 2.', url: 'https://doi.org/10.1186/"
    "s12859-019-0001-2'}\n"
    "- {name: 'Helm D, Quill A, Kwon HB*. \"Novel drought-responsive lantern transcripts from "
    "Oryza\". Genes & Lanterns [SCIE journal], 2016 Oct 23.', url: 'https://doi.org/10.1007/"
    "s13258-016-0002-x'}\n"
    '- Porter, Martin. "Snowfold: A language for stemming lanterns." (2001).\n'
)


def test_names_before_a_quoted_title_are_its_authors_never_the_journal_after_it() -> None:
    found = _by_title(_VANCOUVER)
    lantern = found["Lantern: a method for folded time-series data"]
    assert lantern["authors"] == ["Quill A", "Lune B", "Vent C"]
    drought = found["Novel drought-responsive lantern transcripts from Oryza"]
    assert drought["authors"] == ["Helm D", "Quill A", "Kwon HB"]


# a lab's awards page: each award's recipients, venue and paper as labelled lines
_AWARDS = """---
layout: page
title: Awards
---

## ❖ Distinguished Reviewer Award
**Recipient:** _Ada Quill_<br>
**Venue:** 20th IEEE International Conference on Software Lanterns (ICSA 2023)<br><br>

## ❖ Most Influential Paper Award
**Recipient:** _Boris Lune, Cyra Vent and Dora Helm_<br>
**Venue:** 20th IEEE International Conference on Software Lanterns (ICSA 2023)<br>
**Awarded for the Paper:** _"DEECO: An Ensemble-Based Lantern System"_<br><br>

## ❖ Distinguished Paper Award
**Recipients:** Emil Stave, Ada Quill<br>
**Venue:** 21st IEEE Working Conference on Source Lantern Analysis (IEEE SCAM 2021)<br>
**Awarded for the Paper:** _"How does Migrating to Kotlin Change Android Lanterns?"_<br><br>

## ❖ Runner-up Best Paper Award
**Recipients:** Ada Quill, Boris Lune<br>
**Venue:** 5th International Conference on ICT for Sustainability (ICT4S 2018)<br>
**Awarded for the Paper:** _"Empirical Evaluation of the Energy Impact of Lanterns"_<br><br>
"""


def test_each_awarded_paper_takes_the_venue_its_own_header_names() -> None:
    found = _by_title(_AWARDS)
    kotlin = found["How does Migrating to Kotlin Change Android Lanterns?"]
    assert (kotlin["venue"], kotlin["year"]) == ("SCAM", 2021)
    energy = found["Empirical Evaluation of the Energy Impact of Lanterns"]
    assert (energy["venue"], energy["year"]) == ("ICT4S", 2018)
    assert found["DEECO: An Ensemble-Based Lantern System"]["year"] == 2023


_MONTHS = (
    "# Recent Notes\n2019 Sep\n"
    "- Sim-to-Lantern Reinforcement Learning for Folded Objects, CoRL 2018 "
    "[[paper](http://proceedings.mlr.press/v87/a18a/a18a.pdf)]\n"
    "- Lantern Transfer with Neural-Augmented Robot Simulation, CoRL 2018 "
    "[[paper](http://proceedings.mlr.press/v87/b18a/b18a.pdf)]\n\n2019 Aug\n"
    "- Sparse Lanterns for Interactive Segmentation, CVPR 2019 "
    "[[paper](http://openaccess.thecvf.com/content_CVPR_2019/papers/c.pdf)]\n"
    "- Robust Physical Lanterns for Visual Classification, CVPR 2018 "
    "[[paper](http://openaccess.thecvf.com/content_cvpr_2018/papers/d.pdf)]\n"
)


def test_a_reading_logs_month_line_names_the_section_of_the_notes_under_it() -> None:
    found = _by_title(_MONTHS)
    lantern = found["Lantern Transfer with Neural-Augmented Robot Simulation"]
    assert lantern["topics"] == ["2019 Sep"]
    assert found["Sparse Lanterns for Interactive Segmentation"]["topics"] == ["2019 Aug"]


# a course's notes: numbered sessions, each with its topics' bullets and its references
_SESSION_NOTES = """# course-notes

## Schedule
### 1. Introduction to Multimodal Lanterns & Tasks
- Definition of multimodal learning
- Computer vision tasks:
    - Image classification
    - Object detection

#### References
- K. Hale et al., *Masked Lantern Networks for Instance Folding*, ICCV 2017
- J.-Y. Zhou et al., *Image-to-Image Lanterns with Conditional Folds*, CVPR 2017

#### Related Resources
- [Dive Into Lanterns Chapter 11: Attention Mechanisms](https://example.org/d2l/chapter11)

### 2. Evolution of Generative Lanterns
- Timeline of generative models

#### References
- A. Varga et al., *Attention Is All a Lantern Needs*, NeurIPS 2017
- J. Holm et al., *Denoising Diffusion Lantern Models*, NeurIPS 2020
"""


def test_numbered_sessions_over_their_references_are_sections_not_papers() -> None:
    found = _by_title(_SESSION_NOTES)
    assert "Introduction to Multimodal Lanterns & Tasks" not in found
    assert not any("Chapter 11" in title for title in found)
    folds = found["Image-to-Image Lanterns with Conditional Folds"]
    assert folds["authors"] == ["J.-Y. Zhou"]
    assert folds["topics"][0] == "1. Introduction to Multimodal Lanterns & Tasks"
    assert "Masked Lantern Networks for Instance Folding" in found


# a reading group's paper cards: each field labelled on its own line, the journal one no
# list knows, the direction last
_CARDS = """# 论文入库基本信息

标题：航空灯笼事件知识图谱补全方法

作者：王红; 卢林燕; 王童

机构：中国民航大学

期刊：西南灯笼学报(自然科学版)

发表时间：2020

方向：知识图谱补全--领域应用


标题：互联网灯笼信息检测进展与展望
作者：郭斌、丁亚三
机构：西北工业大学
期刊：中国计算机学会 CCCF2020
发表时间：2020
引用：郭斌, 丁亚三. 互联网灯笼信息检测进展与展望.
方向：虚假消息检测
"""


def test_a_labelled_journal_no_list_knows_is_the_venue_and_the_direction_the_topic() -> None:
    found = _by_title(_CARDS)
    first = found["航空灯笼事件知识图谱补全方法"]
    assert first["venue"] == "西南灯笼学报(自然科学版)"
    assert first["topics"][0] == "知识图谱补全--领域应用"
    second = found["互联网灯笼信息检测进展与展望"]
    assert (second["venue"], second["year"]) == ("中国计算机学会 CCCF", 2020)
    assert second["topics"] == ["虚假消息检测"]


_ITEM_PARAGRAPHS = """## Applications Taxonomy
### AI4S
  - Drug Discovery

    [Retrieval-based controllable lantern generation](https://arxiv.org/abs/2208.11126)

    [Prompt-based 3d lantern diffusion models for structure-based design](https://arxiv.org/abs/2301.10001)

  - Medical Applications

    [Genelantern: Augmenting large language models with domain tools](https://arxiv.org/abs/2304.09667)
"""


def test_a_paper_in_a_paragraph_of_a_list_item_takes_the_items_label_as_its_topic() -> None:
    found = _by_title(_ITEM_PARAGRAPHS)
    assert (
        found["Retrieval-based controllable lantern generation"]["topics"][-1] == "Drug Discovery"
    )
    gene = found["Genelantern: Augmenting large language models with domain tools"]
    assert gene["topics"][-1] == "Medical Applications"


_ONE_PAPER_BYLINE = """New self-paced courses: learn on your schedule. Enroll free

Generative lanterns

Denoising Lantern Probabilistic Models

Holm, Jain & Abbot · NeurIPS 2020

Paper PDF

Reading map

These notes are written in plain language for this specific paper, so you can grasp the ideas.
"""

_ONE_PAPER_RESTATED = (
    "Denoising Lantern Probabilistic Models (2020)\n"
    "Denoising Lantern Probabilistic Models generate high-quality images by learning to reverse "
    "a gradual noising process. The forward process is a fixed Markov chain that corrupts the "
    "data.\n"
)


def test_a_one_paper_page_names_its_paper_over_a_byline_with_its_venue() -> None:
    paper = _by_title(_ONE_PAPER_BYLINE)["Denoising Lantern Probabilistic Models"]
    assert (paper["venue"], paper["year"]) == ("NeurIPS", 2020)


def test_a_one_paper_page_names_its_paper_restated_by_the_paragraph_under_it() -> None:
    paper = _by_title(_ONE_PAPER_RESTATED)["Denoising Lantern Probabilistic Models"]
    assert paper["year"] == 2020


def test_a_systems_name_ending_in_laboratory_stays_a_title() -> None:
    # a paper's short name ("Agent Laboratory") is no institute: no place follows it
    line = "Agent Lantern Laboratory\n"
    assert chosen_title(line, "Agent Lantern Laboratory") == "Agent Lantern Laboratory"


def test_a_yaml_entrys_links_list_of_resources_lends_it_no_address() -> None:
    page = (
        "- title: 'Quiet Lanterns for Sparse Retrieval Models'\n"
        "  authors: Ada Quill, Boris Lune\n"
        "  links:\n"
        "    - url: https://example.org/slides/lanterns.pdf\n"
        "      name: slides\n"
        "- title: 'Folded Lanterns for Dense Retrieval Models'\n"
        "  authors: Cyra Vent\n"
        "  link:\n"
        "    url: https://example.org/papers/folded.html\n"
    )
    found = _by_title(page)
    assert found["Quiet Lanterns for Sparse Retrieval Models"]["url"] is None
    folded = found["Folded Lanterns for Dense Retrieval Models"]
    assert folded["url"] == "https://example.org/papers/folded.html"
