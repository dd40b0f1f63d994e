"""Conventions shared by real pages read for errors in stop 60, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import _notes_hosts
from papercli.importers.digest.blocks import read_lines, schedule_label, without_day_date
from papercli.importers.digest.candidates import Candidate, strip_number
from papercli.importers.digest.records import Record
from papercli.importers.names import parse_names

# a conference's day programme pasted as text: a session, its chair, time slots and
# "Title by Names" lines
_PROGRAMME = """Tuesday PROGRAMME

Session 2A -  Ranking Models - Hall 3
Chair - Mira Koss

10:30am - 10:45am
Sparse Listwise Ranking with Calibrated Margins by Ada Lind, Bo Chen and Cy Park

10:45am - 11:00am
Query Drift under Long Sessions by Dan Ortiz, Eve Salo and Ida Lunde

11:00am - 11:15am
Dense Retrieval for Rare Entities by Jo Kim, Kai Berg and Lou Marin
Session 2B -  Click Models - Hall 4
Chair: Finn Hale, Nordic University

10:30am - 10:45am
Position Bias Without Randomisation Experiments by Gus Tran and Hal Moreno
"""


def test_a_programme_s_sessions_are_topics_and_its_chairs_are_not() -> None:
    papers = {p["title"]: p for p in _papers(_PROGRAMME)}
    ranking = papers["Sparse Listwise Ranking with Calibrated Margins"]
    assert ranking["authors"] == ["Ada Lind", "Bo Chen", "Cy Park"]
    assert ranking["topics"][-1].startswith("Session 2A - Ranking Models")
    assert papers["Query Drift under Long Sessions"]["topics"] == ranking["topics"]
    click = papers["Position Bias Without Randomisation Experiments"]
    assert click["topics"][-1].startswith("Session 2B - Click Models")
    assert not any("Chair" in t for p in papers.values() for t in p["topics"])


# a course schedule copied from its table: the day and date, then "Lecture #N:" over the
# lecture's bullet points and its readings
_COURSE = """Date Lecture Readings Logistics
Thu 09/05/24 Lecture #1:
  • Course introduction
  • Logistics
[ slides ]
Main readings:
  • Sparse Attention Patterns for Long Documents (2019) [link]

Tue 09/10/24 Lecture #2:
  • Word vectors
[ slides ]
Main readings:
  • Subword Vocabularies for Rare Morphology (2016) [link]
  • Counting Co-occurrences at Web Scale (2014) [link]
"""


def test_a_dated_lecture_row_names_its_readings_section() -> None:
    papers = {p["title"]: p for p in _papers(_COURSE)}
    assert papers["Sparse Attention Patterns for Long Documents"]["topics"] == ["Lecture #1:"]
    assert papers["Subword Vocabularies for Rare Morphology"]["topics"] == ["Lecture #2:"]
    assert papers["Counting Co-occurrences at Web Scale"]["year"] == 2014


def test_a_session_label_may_follow_its_day_and_date() -> None:
    assert schedule_label("Thu 08/31/23 Lecture #1:")
    assert schedule_label("Lecture #12: Retrieval")
    assert schedule_label("9/14 Week 3")
    assert not schedule_label("Thu 08/31/23 Lunch with the lab")
    assert without_day_date("Tues 01/16/24 Lecture #1:") == "Lecture #1:"
    assert without_day_date("Lecture 4: Diffusion") == "Lecture 4: Diffusion"


# a lab's post of accepted papers: a numbered heading per paper, its category field above the
# title's field
_NUMBERED_HEADINGS = """# 本组论文被录用

### 01

**ACL分类**：ACL Main

**题目**：Weighted Exploration for Code Translation Across Languages

**作者**：Li Wei, Zhang Hua

### 02

**ACL分类**：Findings of ACL

**题目**：Self-Reading Patterns of Reasoning Traces in Small Models

**作者**：Chen Jing, Wang Lei
"""


def test_a_numbered_heading_is_no_topic_and_the_category_above_the_title_is() -> None:
    papers = {p["title"]: p for p in _papers(_NUMBERED_HEADINGS)}
    first = papers["Weighted Exploration for Code Translation Across Languages"]
    second = papers["Self-Reading Patterns of Reasoning Traces in Small Models"]
    assert first["topics"] == ["ACL Main"]
    assert second["topics"] == ["Findings of ACL"]
    assert first["authors"] == ["Li Wei", "Zhang Hua"]


def test_a_reading_log_s_count_and_star_rating_are_no_part_of_the_title() -> None:
    assert strip_number("001_SSSSS_ Denoising Score Paths") == ("Denoising Score Paths", True)
    assert strip_number("017_SSS_Semantic Layout Synthesis") == ("Semantic Layout Synthesis", True)
    assert strip_number("2021_Survey of Speech Synthesis")[0] == "Survey of Speech Synthesis"
    assert strip_number("snake_case_name")[0] == "snake_case_name"


# a blog's tag page: each post's heading numbers it in a series, its teaser runs the paper's
# fields together on one line
_SERIES = (
    "paper reading\n\n"
    "Paper Summary #3 - Masked Pretraining of Tabular Encoders\n\n"
    "Paper: Masked Pretraining of Tabular Encoders Link: https://arxiv.org/pdf/2101.00003.pdf "
    "Authors: Ana Ruiz, Ben Holt, Cai Wen Code: https://github.com/example/tabmask What? The "
    "paper proposes a masked objective for tables.\n\n"
    "Paper Summary #2 - Sparse Routing for Speech Models\n\n"
    "Paper: Sparse Routing for Speech Models Link: https://arxiv.org/pdf/2102.00004.pdf "
    "Authors: Dora Fenn, Eli Strand Code: https://github.com/example/sroute What? A router "
    "for speech.\n"
)


def test_a_numbered_series_heading_and_run_on_fields() -> None:
    papers = _papers(_SERIES)
    assert [p["title"] for p in papers] == [
        "Masked Pretraining of Tabular Encoders",
        "Sparse Routing for Speech Models",
    ]
    assert papers[0]["authors"] == ["Ana Ruiz", "Ben Holt", "Cai Wen"]
    assert papers[1]["authors"] == ["Dora Fenn", "Eli Strand"]
    assert papers[0]["arxiv_id"] == "2101.00003"
    assert papers[1]["code_url"] == "https://github.com/example/sroute"


def test_a_field_label_after_the_names_is_no_name() -> None:
    assert parse_names("Ana Ruiz, Ben Holt Code: https://github.com/x/y") == [
        "Ana Ruiz",
        "Ben Holt",
    ]
    assert parse_names("Ana Ruiz, Ben Holt: a note") == ["Ana Ruiz", "Ben Holt"]


# an awesome list marks each paper's venue with a badge image, linked to the paper
_BADGE = "https://img.shields.io/badge"
_ABS = "https://arxiv.org/abs/2410.00005"
_STARS = "[![GitHub](https://img.shields.io/github/stars/ex/cdd)](https://github.com/ex/cdd)"
_BADGES = f"""# Forgery papers

* [ ] Cosine Depth for Forgery Maps [![paper]({_BADGE}/NeurIPS_'24-dc3545)]({_ABS}) {_STARS}
* [ ] Edge Affinity for Manipulation Localization [![Static Badge]({_BADGE}/MM_%2725-dc3545)](https://dl.acm.org/doi/10.1145/3664647.3680001)
* [ ] Multi-exit Transformers for Forgery Localization [![Static Badge]({_BADGE}/PR_'25-ffc107)](https://www.sciencedirect.com/science/article/pii/S0031320325000001)
* [ ] Ranked Venues Legend [![Static Badge]({_BADGE}/CCF_A-dc3545)](https://example.org/ranks/legend)
"""


def test_a_badge_s_text_gives_the_venue_and_a_publisher_s_page_the_link() -> None:
    papers = {p["title"]: p for p in _papers(_BADGES)}
    depth = papers["Cosine Depth for Forgery Maps"]
    assert (depth["venue"], depth["year"], depth["arxiv_id"]) == ("NeurIPS", 2024, "2410.00005")
    edge = papers["Edge Affinity for Manipulation Localization"]
    assert (edge["venue"], edge["year"]) == ("MM", 2025)
    exits = papers["Multi-exit Transformers for Forgery Localization"]
    assert (exits["venue"], exits["year"]) == ("PR", 2025)
    assert exits["url"] == "https://www.sciencedirect.com/science/article/pii/S0031320325000001"
    legend = papers.get("Ranked Venues Legend")
    assert legend is None or legend["venue"] is None  # "CCF A": a rank, no venue


# an accepted-papers page: a title line, then its authors' line with affiliations, one name
# alone for a paper of one author, and a bracket its export left empty
_ACCEPTED = """Accepted Papers

Friendly Generators for Conditional Text

Noriko Kawada (NTT Labs)*

A Click Model for Multi-block Mobile Pages

Lin Fu (Fudan U); Jian Lin (Fudan U)*; Rui Zhang (; Yong Yu (Fudan U)

Towards Universal Cross-Domain Recommendation Models

Jia Cao (Institute of Engineering); Shao Li (Ant Group)*
"""


def test_one_author_with_an_affiliation_is_no_title_and_an_empty_bracket_ends_a_name() -> None:
    papers = {p["title"]: p for p in _papers(_ACCEPTED)}
    assert "Noriko Kawada" not in papers
    assert papers["Friendly Generators for Conditional Text"]["authors"] == ["Noriko Kawada"]
    click = papers["A Click Model for Multi-block Mobile Pages"]
    assert click["authors"] == ["Lin Fu", "Jian Lin", "Rui Zhang", "Yong Yu"]


# a reading list: a section with a remark of numbers, a numbered header citing the paper by
# nickname, surname and year, then its quoted title and a paragraph
_HEADERS = """Deep Learning Reading List
These papers shaped the field. Read them in order within each section.
Foundations (Papers 1--3)
1. Backprop (Rumelhart et al., 1986)
"Learning Internal Representations by Error Propagation Revisited"
The paper that made hidden layers trainable, with gradients through every layer.
2. Universal Approximators (Hornik, 1991)
"Approximation Capacity of Feedforward Networks Revisited"
One hidden layer is enough to approximate continuous functions on compact sets.
3. Dropout (Srivastava & Hinton, 2014)
"Dropping Units to Prevent Co-adaptation in Neural Networks"
Randomly dropping units at training time reduces overfitting.
"""


def test_a_numbered_header_s_citation_gives_the_authors_and_year_below_it() -> None:
    papers = {p["title"]: p for p in _papers(_HEADERS)}
    backprop = papers["Learning Internal Representations by Error Propagation Revisited"]
    assert (backprop["authors"], backprop["year"]) == (["Rumelhart"], 1986)
    assert backprop["topics"] == ["Foundations (Papers 1--3)"]
    hornik = papers["Approximation Capacity of Feedforward Networks Revisited"]
    assert (hornik["authors"], hornik["year"]) == (["Hornik"], 1991)
    dropout = papers["Dropping Units to Prevent Co-adaptation in Neural Networks"]
    assert dropout["authors"] == ["Srivastava", "Hinton"]


def test_the_site_most_list_titles_link_to_is_the_reader_s_notes_unless_a_code_host() -> None:
    notes = [f"* [Title number {k}](https://blog.example.cn/u/article/{k})" for k in range(6)]
    repos = [f"* [Repo number {k}](https://github.com/u/r{k})" for k in range(6)]
    other = ["* [A paper elsewhere](https://example.org/paper.html)"]
    for items, hosts in ((notes + other, {"blog.example.cn"}), (repos + other, set())):
        lines = read_lines("## Log\n" + "\n".join(items) + "\n")
        records = [
            Record(Candidate(ln.text, i, {"link"}, url=ln.spans[0].url), i, i + 1)
            for i, ln in enumerate(lines)
            if ln.kind == "item"
        ]
        assert _notes_hosts(records, lines) == hosts


# a list of "[YEAR] Title(remark)" lines, each remark in the reader's own words, glued on
_REMARKED = """Diffusion papers to read, in order.
[2015] Deep Unsupervised Learning with Nonequilibrium Dynamics
[2019] Generative Modeling by Estimating Gradients of Densities(score-based modeling)
[2020] Denoising diffusion probabilistic samplers(DDPM)
[2021] Denoising diffusion implicit samplers(DDIM)
[2021] Diffusion Samplers Beat GANs on Image Synthesis(guidance)
[2022] Latent Diffusion for High-Resolution Synthesis(LDM 정리)
[2023] Consistency Samplers(Sampling 속도 보완)
[2021] Learning Transferable Visual Models From Natural Language Supervision(CLIP)
[2020] Exploring the Limits of Transfer Learning with a Unified Text-to-Text Model(T5)
[2022] GLIDE: Towards Photorealistic Image Generation with Text-Guided Diffusion(GLIDE)
[2022] Tackling the Generative Learning Trilemma with Denoising Diffusion GANs(GAN+Diffusion)
"""


def test_remarks_glued_after_titles_share_one_template() -> None:
    titles = [p["title"] for p in _papers(_REMARKED)]
    assert "Generative Modeling by Estimating Gradients of Densities" in titles
    assert "Denoising diffusion implicit samplers" in titles
    assert "Latent Diffusion for High-Resolution Synthesis" in titles
    assert not any("(" in t for t in titles)


def test_a_week_s_dated_label_with_a_comma_names_its_papers_section() -> None:
    page = (
        "I keep track of the papers I read, week by week.\n\n"
        "Week 10, (06/27/2019):\n"
        "- [Prototype Nets for Few-shot Tasks](notes/proto.md) [[arxiv](https://arxiv.org/abs/1703.00001)]\n"
        "- [Few-shot Detection by Feature Reweights](notes/fsd.md) [[arxiv](https://arxiv.org/abs/1812.00002)]\n\n"
        "Week 9, (07/30/2018):\n"
        "- [Meta-Learning with Memory Modules](notes/mem.md) [[arxiv](https://arxiv.org/abs/1605.00003)]\n"
    )
    papers = {p["title"]: p for p in _papers(page)}
    assert papers["Prototype Nets for Few-shot Tasks"]["topics"] == ["Week 10, (06/27/2019):"]
    assert papers["Meta-Learning with Memory Modules"]["topics"] == ["Week 9, (07/30/2018):"]


# a lab's news post: each paper's names on the line over its title, the last entry's title
# one the model doubts, the first name with a stray point
_NAMES_OVER = """[INTERNATIONAL CONFERENCE ON LEARNING REPRESENTATIONS, Vancouver. 2018](https://iclr.cc/)

Ana Lind and Rik E. Toren.

Gradient Estimators for Implicit Samplers.

Alexander. G. de G. Matt, Jiri Horn, Marek Rowe, Rik E. Toren and Zeb Ghahar.

Gaussian Process Behaviour in Wide Deep Networks.

Dan Janz, Jon van der West, Bo Paige, M. Kusner and Jose M. Hernan.

Learning a Generative Model for Validity in Discrete Structures.

Cuong V. Ngo, Ana Lind, Thang D. Bui, Rik E. Toren.

Variational Continual Learning Revisited.

N. Grgic, E. Redmond, K. P. Gummadi and Adrian Weller.

Human perceptions of fairness in algorithmic decision making: a case study of risk prediction.
"""


def test_names_over_titles_stay_with_their_titles_and_a_stray_point_keeps_a_name() -> None:
    papers = {p["title"]: p for p in _papers(_NAMES_OVER)}
    gaussian = papers["Gaussian Process Behaviour in Wide Deep Networks"]
    assert gaussian["authors"][0] == "Alexander. G. de G. Matt"
    assert gaussian["authors"][-1] == "Zeb Ghahar"
    assert papers["Gradient Estimators for Implicit Samplers"]["authors"] == [
        "Ana Lind",
        "Rik E. Toren",
    ]
    assert parse_names("Int. J. Comput. Vis.") == []
