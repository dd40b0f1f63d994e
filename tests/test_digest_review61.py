"""Conventions shared by real pages read for errors in stop 61, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import before_listed_names
from papercli.importers.digest.fields import venue_restated_apart

# a reference list pasted as text: each paper's address on its own line, then its title run
# straight into its authors, a blank line between papers
_GLUED_REFERENCES = """# References

https://arxiv.org/abs/2101.00011
Saliency Maps: Gradient Views of Convolutional Classifiers Tomasz R. Wolny, Mira Haddad, Oren Blum

https://arxiv.org/abs/2102.00022
Score Maps: Perturbation Views of Convolutional Classifiers Ada Lind, Bo Chen

https://ieeexplore.ieee.org/document/9000001/
Ablation Maps for Deep Networks Without Gradients Cyra Dalton; Eli Moreno; Fiona Hadley

https://arxiv.org/abs/2104.00044
Eigen Maps: Class Activation From Principal Directions Gus Tran, Hal Moreno
"""


def test_titles_run_into_their_authors_are_cut_before_the_names() -> None:
    papers = {p["title"]: p for p in _papers(_GLUED_REFERENCES)}
    assert set(papers) == {
        "Saliency Maps: Gradient Views of Convolutional Classifiers",
        "Score Maps: Perturbation Views of Convolutional Classifiers",
        "Ablation Maps for Deep Networks Without Gradients",
        "Eigen Maps: Class Activation From Principal Directions",
    }
    saliency = papers["Saliency Maps: Gradient Views of Convolutional Classifiers"]
    assert saliency["authors"] == ["Tomasz R. Wolny", "Mira Haddad", "Oren Blum"]
    ablation = papers["Ablation Maps for Deep Networks Without Gradients"]
    assert ablation["authors"] == ["Cyra Dalton", "Eli Moreno", "Fiona Hadley"]


def test_an_address_over_its_title_in_one_paragraph_is_that_paper_s() -> None:
    papers = {p["title"]: p for p in _papers(_GLUED_REFERENCES)}
    assert papers["Saliency Maps: Gradient Views of Convolutional Classifiers"]["arxiv_id"] == (
        "2101.00011"
    )
    assert papers["Score Maps: Perturbation Views of Convolutional Classifiers"]["arxiv_id"] == (
        "2102.00022"
    )
    ablation = papers["Ablation Maps for Deep Networks Without Gradients"]
    assert ablation["url"] == "https://ieeexplore.ieee.org/document/9000001/"
    assert ablation["arxiv_id"] is None
    eigen = papers["Eigen Maps: Class Activation From Principal Directions"]
    assert eigen["arxiv_id"] == "2104.00044"


def test_a_glued_title_s_cut_takes_names_only_up_to_a_common_word() -> None:
    assert before_listed_names(
        "Class Activation From Principal Components Mohammed Bany Muhammad, Ada Lind, Bo Chen"
    ) == (
        "Class Activation From Principal Components",
        "Mohammed Bany Muhammad, Ada Lind, Bo Chen",
    )


def test_labels_and_sentences_before_names_are_no_glued_titles() -> None:
    assert before_listed_names("General Chairs: Terry Blum, Gerd Moreno, Rami Zane") is None
    assert (
        before_listed_names(
            "The summit was held in July with talks from Jeff Dane, Lau Moro, Pai Bell"
        )
        is None
    )
    assert before_listed_names("Reduced, Reused and Recycled: The Life of a Dataset") is None
    assert (
        before_listed_names("Neighbourhood Filtering Networks Yugang. Jia, Xin Wang, Jo Kim")
        is None
    )


# a course schedule's table cell: a readings label, then an APA citation in a link
_CELL = (
    '<tr><td>{week}</td><td>Required Reading: <a href="https://arxiv.org/pdf/{id}.pdf">'
    "{citation} arXiv preprint arXiv:{id}.</a></td></tr>"
)
_LABELLED_CITATIONS = "\n".join(
    [
        "<table>",
        "<tr><th>Week</th><th>Content</th></tr>",
        _CELL.format(
            week=2,
            id="1803.00001",
            citation="Frankel, J., &amp; Carbo, M. (2018). The Winning Ticket Conjecture: "
            "Finding Small, Trainable Networks.",
        ),
        _CELL.format(
            week=3,
            id="2201.00002",
            citation="Kuchar, M., Klim, A., &amp; Simo, J. (2022). Plumbline: Finding "
            "Bottlenecks in Data Pipelines. Proceedings of Machine Learning and Systems, 4.",
        ),
        _CELL.format(
            week=4,
            id="1906.00003",
            citation="Strand, E., Ganesh, A., &amp; McCall, A. (2019). Energy and Policy "
            "Considerations for Deep Learning in NLP.",
        ),
        "</table>",
    ]
)


def test_a_readings_label_before_a_citation_leaves_its_title_and_names() -> None:
    papers = {p["title"]: p for p in _papers(_LABELLED_CITATIONS)}
    ticket = papers["The Winning Ticket Conjecture: Finding Small, Trainable Networks"]
    assert ticket["authors"] == ["J. Frankel", "M. Carbo"]
    assert ticket["arxiv_id"] == "1803.00001"
    plumb = papers["Plumbline: Finding Bottlenecks in Data Pipelines"]
    assert plumb["authors"] == ["M. Kuchar", "A. Klim", "J. Simo"]


# a workshop page's people, a line each: the same shape as a title run into its names, with
# no paper's link beside any of them
_PEOPLE = """# Workshop on Sparse Models

Program Committee Chairs Ada Lind, Bo Chen, Cy Park

Local Arrangements Team Dan Ortiz, Eve Salo

Student Volunteer Leads Jo Kim, Kai Berg

Invited Keynote Speakers Lou Marin, Mira Koss
"""


def test_lines_of_people_without_a_paper_s_link_give_no_papers() -> None:
    titles = [p["title"] for p in _papers(_PEOPLE)]
    assert not any(
        word in t for t in titles for word in ("Committee", "Team", "Volunteer", "Keynote")
    )


# a homepage's news as a JavaScript array: each group's title, then its papers
_NEWS_DATA = """export const news = [
  {
    title: "2 papers accepted by AAAI 2026",
    papers: [
      "Sparse Cross-Modal Retrieval with Calibrated Prototypes",
      "Counterfactual Curricula for Robust Document Tampering Detection",
    ]
  },
  {
    title: "1 paper accepted by ICML 2025",
    papers: [
      "Orthogonal Adapters for Generalizable Forgery Detection",
    ]
  },
  {
    title: "2 papers accepted by CVPR 2025",
    papers: [
      "Video-Level Blending for Deepfake Detection at Scale",
      "Language-Guided Face Forgery Localization",
    ]
  },
];
"""


def test_a_data_file_s_group_titles_give_their_papers_venue_and_topic() -> None:
    papers = {p["title"]: p for p in _papers(_NEWS_DATA)}
    adapters = papers["Orthogonal Adapters for Generalizable Forgery Detection"]
    assert (adapters["venue"], adapters["year"]) == ("ICML", 2025)
    assert adapters["topics"] == ["1 paper accepted by ICML 2025"]
    blending = papers["Video-Level Blending for Deepfake Detection at Scale"]
    assert (blending["venue"], blending["year"]) == ("CVPR", 2025)
    sparse = papers["Sparse Cross-Modal Retrieval with Calibrated Prototypes"]
    assert (sparse["venue"], sparse["year"]) == ("AAAI", 2026)
    assert not any("[" in t for p in papers.values() for t in p["topics"])


def test_the_first_group_s_venue_is_not_the_page_s_when_others_name_theirs() -> None:
    lines = read_lines(_NEWS_DATA)
    start = next(i for i, line in enumerate(lines) if "Sparse" in line.text)
    assert venue_restated_apart(lines, start, "AAAI")
    assert not venue_restated_apart(lines, start, "NeurIPS")


# a journal's special section: the award-winning papers of one conference, each citation
# followed by the award it won
_AWARDED_CITATIONS = "\n\n".join(
    [
        "This special section holds extended versions of the award-winning papers from the "
        "2009 Conference on Vision and Learning (CVPR 2009):",
        "    Kai Hoe, Jan Sund, and Xiao Tan, \u201cSingle Image Fog Removal Using a Dark "
        "Prior,\u201d winner of the Best Paper Award (sponsored by a company).",
        "    Ana Levy, Yair Weisz, and Bill Freed, \u201cUnderstanding and Evaluating Blind "
        "Deblurring,\u201d winner of the Best Paper-Honorable Mention Award.",
    ]
)


def test_the_award_after_a_cited_title_is_not_its_venue() -> None:
    papers = {p["title"]: p for p in _papers(_AWARDED_CITATIONS)}
    fog = papers["Single Image Fog Removal Using a Dark Prior"]
    assert (fog["venue"], fog["year"]) == ("CVPR", 2009)
    assert fog["authors"] == ["Kai Hoe", "Jan Sund", "Xiao Tan"]
    blur = papers["Understanding and Evaluating Blind Deblurring"]
    assert (blur["venue"], blur["year"]) == ("CVPR", 2009)


# a survey's table of where to publish, beside its table of papers
_VENUE_TABLE = """## Key papers

| Paper | Authors | Venue |
|---|---|---|
| **Prompted Penetration Testing Agents** | Deng et al. | USENIX Security 2024 |
| **Firmware Taint Analysis at Scale** | Gibbs et al. | IEEE S&P 2024 |
| **Fuzzing Library Interfaces with LLMs** | Lyu et al. | NDSS 2025 |

## Where to publish

| Venue | Why |
|---|---|
| **IEEE S&P** | the first choice |
| **USENIX Security** | systems security |
| **NDSS** | network security |
"""


def test_a_venue_s_name_alone_is_no_paper() -> None:
    titles = {p["title"] for p in _papers(_VENUE_TABLE)}
    assert "Firmware Taint Analysis at Scale" in titles
    assert not titles & {"IEEE S&P", "USENIX Security", "NDSS"}


# a reading queue: checkbox items, each a paper's name and its arXiv number in brackets
_QUEUE = """# Reading queue

## Core

- [ ] Dynamic Model Routing and Cascading for Efficient Language Model Inference (2603.04445)
- [ ] Doing More with Less: Budget-Aware Selection of Large Language Models (2502.00409)
- [ ] Towards Efficient Multi-Model Serving with Learned Query Routers (2506.06579)
- [ ] Turn-Adaptive Token Budgets for Multi-Step Reasoning Agents (2604.05164)
- [ ] Scaling Laws for Compute Budgets in Retrieval-Augmented Generation (1234.5678)
"""


def test_an_arxiv_number_in_brackets_after_a_title_is_its_id() -> None:
    papers = {p["title"]: p for p in _papers(_QUEUE)}
    routing = papers["Dynamic Model Routing and Cascading for Efficient Language Model Inference"]
    assert routing["arxiv_id"] == "2603.04445"
    budget = papers["Doing More with Less: Budget-Aware Selection of Large Language Models"]
    assert budget["arxiv_id"] == "2502.00409"
    assert all(p["arxiv_id"] != "1234.5678" for p in papers.values())


# an association's news item: the awards of a congress no list of venues knows, the winners
# named in prose before each quoted title
_PROSE_AWARDS = " ".join(
    [
        "The association has announced the winners of the CareInfo 2023 Best Paper and",
        "Student Paper Awards. The chairs recognised the winners at the closing ceremony.",
        "\n\nBEST PAPER The CareInfo 2023 Best Paper Award was presented to Ada Lind, Bo Chen,",
        "and Cy Park for their paper \u201cExplaining Risk Models Built on Health",
        "Records\u201d. Second place recognition was presented to Dan Ortiz, Eve Salo and Ida",
        "Lunde for their paper \u201cPrimary Care Suggestions for The Patient Accessible Health",
        "Record\u201d, third place was presented to M Jo Kim, Kai Berg, Lou Marin, Sten Rains,",
        "Mona Arden, Maya G Block Nagy, Myla Gomez for their paper \u201cResilient Informatics",
        "for Public Health\u201d.",
    ]
)


def test_an_award_of_a_venue_no_list_knows_names_its_papers_venue() -> None:
    papers = {p["title"]: p for p in _papers(_PROSE_AWARDS)}
    primary = papers["Primary Care Suggestions for The Patient Accessible Health Record"]
    assert primary["authors"] == ["Dan Ortiz", "Eve Salo", "Ida Lunde"]
    assert (primary["venue"], primary["year"]) == ("CareInfo", 2023)
    assert not any("Kai Berg" in p["authors"] for p in papers.values() if p is not primary)


# an arXiv listing e-mail: each field's value wrapped onto indented lines
_LISTING_MAIL = """------------------------------------------------------------------------------
\\\\
arXiv:2601.00011
Date: Thu, 18 Dec 2025 05:03:49 GMT   (704kb)

Title: RARE-DX: Can Language Models Rank Differential Diagnoses in Real-World
  Clinic Settings?
Authors: Ada Lind, Bo Chen, Cy Park, Dan Ortiz, Eve Salo,
  Ida Lunde and Jo Kim
Categories: cs.AI cs.CL
Comments: 5 pages
\\\\
  Rare diseases are hard to diagnose. We build a benchmark from clinical notes and
measure how language models rank the right diagnosis.
\\\\ ( https://arxiv.org/abs/2601.00011 ,  704kb)
------------------------------------------------------------------------------
\\\\
arXiv:2601.00022
Date: Fri, 9 Jan 2026 10:00:00 GMT   (120kb)

Title: STYLE: Learning Design Knowledge from Data for Stylistic Design
  Improvement
Authors: Kai Berg, Lou Marin, Mira Koss, Oren Blum, Stefano
  Petrangelo
Categories: cs.AI
\\\\
  We learn design principles from data and use them to improve layouts.
\\\\ ( https://arxiv.org/abs/2601.00022 ,  120kb)
------------------------------------------------------------------------------
"""


def test_an_arxiv_listing_s_wrapped_titles_and_names_are_read_whole() -> None:
    papers = {p["title"]: p for p in _papers(_LISTING_MAIL)}
    rare = papers[
        "RARE-DX: Can Language Models Rank Differential Diagnoses in Real-World Clinic Settings?"
    ]
    assert rare["arxiv_id"] == "2601.00011"
    assert rare["authors"][-2:] == ["Ida Lunde", "Jo Kim"]
    style = papers["STYLE: Learning Design Knowledge from Data for Stylistic Design Improvement"]
    assert style["arxiv_id"] == "2601.00022"
    assert style["authors"] == [
        "Kai Berg",
        "Lou Marin",
        "Mira Koss",
        "Oren Blum",
        "Stefano Petrangelo",
    ]


# a reading list's table: the papers column writes each title with its authors' surnames in
# full-width brackets; some titles are short
_TITLES_COLUMN = """## 论文清单（6 篇）

| # | 论文 | 年份/出处 |
|---|------|-----------|
| 1 | Residual Reinforcement Learning for Robot Arm Control（Johan et al.） | ICRA 2019 |
| 2 | Residual Policy Learning（Silva, Allen, Tanner, Kael） | arXiv 2018 |
| 3 | Residual Force Control（Yuen, Kita） | NeurIPS 2020 |
| 4 | Continuous Versatile Jumping Using Learned Action Residuals（Yang et al.） | L4DC 2022 |
| 5 | Multi-Modal Legged Locomotion with Automated Residual Learning（Yu, Rosen） | IROS 2022 |
| 6 | Residual Policy Learning for Shared Robot Autonomy（Schaff, Walters） | ICRA 2020 |
"""


def test_a_titles_column_s_cut_names_its_short_titles_too() -> None:
    titles = {p["title"] for p in _papers(_TITLES_COLUMN)}
    assert {"Residual Policy Learning", "Residual Force Control"} <= titles
    assert "Residual Policy Learning for Shared Robot Autonomy" in titles
    assert not any("（" in t for t in titles)


# a fellowship's syllabus: each reading a title, its citation in brackets, then what to read
_SYLLABUS = """Week 2: Overview of risks from advanced AI systems

  1. A survey of catastrophic risks from learned systems (Hendry et al., 2023). Read pgs. 2, 6.
  2. Harms from increasingly autonomous algorithmic agents (Chan et al., 2023). Read pgs. 2-6.
  3. Model evaluations for extreme capabilities (Shevlin et al., 2023). Read the summary. 8 min.

Week 3: Governance

  1. Frontier model regulation: managing emerging risks (Anders et al., 2023). Read §1-2. 15 min.
"""


def test_a_syllabus_s_cited_readings_are_cut_before_their_citation() -> None:
    papers = {p["title"]: p for p in _papers(_SYLLABUS)}
    survey = papers["A survey of catastrophic risks from learned systems"]
    assert survey["year"] == 2023
    assert "Harms from increasingly autonomous algorithmic agents" in papers
    assert "Frontier model regulation: managing emerging risks" in papers
    assert not any("Read" in t for t in papers)
