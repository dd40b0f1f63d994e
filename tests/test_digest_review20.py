"""Layouts from real pages read for errors in stop 40, written afresh."""

from __future__ import annotations

import pytest
from tests.conftest import digest_papers as _papers

from papercli.importers.venues import find_venue_year


@pytest.mark.parametrize(
    ("text", "venue", "year"),
    [
        ("SMC 2016 참석후기", "SMC", 2016),
        ("国際会議 PACLING2015 参加報告", "PACLING", 2015),
        ("the best papers published in PODS.", "PODS", None),
        ("Presented at ACSAC 2019", "ACSAC", 2019),
        ("ACM CCS 2017", "CCS", 2017),
        ("FAST '15", "FAST", 2015),
        ("HotOS 2021 workshop", "HotOS", 2021),
        ("EuroS&P 2019", "EuroS&P", 2019),
        ("Robotics: Science and Systems 2011", "RSS", 2011),
    ],
)
def test_venues_of_systems_security_databases_and_smaller_meetings_are_known(
    text: str, venue: str, year: int | None
) -> None:
    assert find_venue_year(text) == (venue, year)


@pytest.mark.parametrize(
    "text",
    ["FAST: Fast Approximate Search Trees", "Pods in a cluster", "an SMC sampler", "the PACT"],
)
def test_acronyms_that_are_words_or_method_names_need_a_year(text: str) -> None:
    assert find_venue_year(text)[0] is None


def test_venue_labels_over_each_entry_after_a_prose_introduction_head_the_entries() -> None:
    intro = " ".join(["The Lasting Loom Awards honour papers that shaped the field."] * 6)
    page = f"Lasting Loom Awards\n\n{intro}\n\n"
    entries = [
        (
            "FAST '25",
            "Knotted Proofs for Interactive Weaving",
            "15th Conference on File and Storage Technologies, February 2015",
        ),
        (
            "NSDI '24",
            "How Tight Is a Loose Stitch in Practice",
            "9th Symposium on Networked Systems Design and Implementation, April 2012",
        ),
        (
            "FAST '24",
            "Sums of Threads for Undirected Looms",
            "10th Conference on File and Storage Technologies, February 2012",
        ),
        (
            "NSDI '23",
            "Weaving Networks Without Knots",
            "9th Symposium on Networked Systems Design and Implementation, April 2012",
        ),
    ]
    for label, title, published in entries:
        names = "Ann Shaw, Lee Moss, and Kay Dunn"
        page += (
            f"{label}\n\n{title}\n\n{names}\n\nPublished in the Proceedings of the {published}\n\n"
        )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Knotted Proofs for Interactive Weaving", "FAST", 2015),
        ("How Tight Is a Loose Stitch in Practice", "NSDI", 2012),
        ("Sums of Threads for Undirected Looms", "FAST", 2012),
        ("Weaving Networks Without Knots", "NSDI", 2012),
    ]


def test_titles_over_a_tilde_and_their_names_with_links_to_the_sites_own_notes() -> None:
    page = (
        "### Queue\n"
        "- The Knot Lock Service for Loosely-Coupled Looms ~ Mike Barrow\n"
        "- Stride Weaving: Deterministic Proportional-Share Thread Management ~ Wald and Weil\n\n"
        "### Reviews\n"
        "- [Tablecloth: A Distributed Storage System for Woven Data](/docs/tc.html)"
        " ~ Fay Chang et al.\n"
        "- [In Search of an Understandable Knotting Algorithm](/docs/knot.html)"
        " ~ Diego Ongar and John Oustern\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("The Knot Lock Service for Loosely-Coupled Looms", ["Mike Barrow"]),
        ("Stride Weaving: Deterministic Proportional-Share Thread Management", ["Wald", "Weil"]),
        ("Tablecloth: A Distributed Storage System for Woven Data", ["Fay Chang"]),
        ("In Search of an Understandable Knotting Algorithm", ["Diego Ongar", "John Oustern"]),
    ]


def test_a_quoted_name_followed_by_workshop_or_tutorial_is_no_paper() -> None:
    page = (
        "학회 후기\n\n"
        "특히, “Observing and Understanding Looms in Action” workshop에서 다양한 연구 주제를"
        " 접할 수 있었고, 그 중에서 “Sapiens: Foundation Models for Human Weaving”의 저자의"
        " 강연이 가장 기억에 남았다. 또한 “Project Aria” tutorial에서 많이 배웠다.\n"
    )
    assert [p["title"] for p in _papers(page)] == ["Sapiens: Foundation Models for Human Weaving"]


def test_a_body_or_a_meeting_spelled_out_after_its_acronym_is_no_paper() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("IEEE: Institute of Electrical and Electronics Engineers")
    assert never_title("the Association for Computing Machinery")
    assert never_title("CFSE: IEEE International Workshop in Cyber Forensics")
    assert not never_title("Overview of the Third Workshop on Scholarly Document Processing")
    assert not never_title("Institutional Review of Looms: A Study")


def test_a_title_in_tex_quotes_is_quoted() -> None:
    page = (
        "Theory Reading Group\n\n"
        "Thursday, 3rd February 2022\n"
        "``The Primal-Dual Method for Weaving Augmented Looms'', Etta Bamas, Ola Svenson\n"
        "Presenter: Ray Song\n\n"
        "Thursday, 17th February 2022\n"
        "``Parallel Algorithms for Knot Counting'', Ann Shaw and Lee Moss\n"
        "Presenter: Kay Dunn\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("The Primal-Dual Method for Weaving Augmented Looms", ["Etta Bamas", "Ola Svenson"]),
        ("Parallel Algorithms for Knot Counting", ["Ann Shaw", "Lee Moss"]),
    ]


def test_one_reference_with_names_and_a_venue_with_its_year_is_a_paper() -> None:
    page = (
        "Reading group notes\n\nToday we read\n\n"
        "Toma Iwa, Take Yama, Nao Ueda. Probabilistic Latent Loom Visualization:"
        " Topic Model for Visualizing Weaves. KDD-08.\n\n"
        "which was fun.\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Probabilistic Latent Loom Visualization: Topic Model for Visualizing Weaves",
            ["Toma Iwa", "Take Yama", "Nao Ueda"],
            "KDD",
            2008,
        )
    ]


def test_one_reference_whose_journal_and_year_are_far_apart_is_a_paper() -> None:
    page = (
        "Influential Paper Award\n\n"
        "The committee selected one paper to be recognised with the award:\n\n"
        "Ruth Gale, Ivo A. Park, and Tom Reed. Alternating-time Temporal Logic of Weaving."
        " Journal of the Weaving Society, Vol. 49, No. 5, pp. 672-713, September 2002."
        " Preliminary version published in the proceedings of the 38th Annual Loom Symposium.\n\n"
        "Citation: This paper introduced the first framework for reasoning about looms.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        ("Alternating-time Temporal Logic of Weaving", ["Ruth Gale", "Ivo A. Park", "Tom Reed"])
    ]


def test_a_program_of_timed_talks_names_the_papers_after_their_surnames() -> None:
    page = (
        "Day 1 - Nov 2nd, Friday\n\n"
        "09:00 - 09:30    Opening\n\n"
        "11:00 - 12:20    Paper Session #1 - Chair: Brenna Argent\n\n"
        "  1. 11:00 - Bodenstein et al. Learned Partial Automation for Shared Control in Looms\n\n"
        "  2. 11:20 - Akgul et al. Novel Interaction Strategies for Learning from Weavers\n\n"
        "05:00 - 05:30    Discussion Session #1: Research problems and challenges for looms\n"
    )
    got = [p["title"] for p in _papers(page)]
    assert got == [
        "Learned Partial Automation for Shared Control in Looms",
        "Novel Interaction Strategies for Learning from Weavers",
    ]


def test_two_dated_titles_joined_by_and_are_two_papers_with_their_years() -> None:
    from papercli.importers.digest import _each_of_pair
    from papercli.importers.digest.blocks import read_lines
    from papercli.model import Paper

    text = (
        "Efficient Locking for Concurrent Operations on Knot Trees (1981)和The R*-loom: An"
        " Efficient and Robust Access Method for Points and Rectangles (1990): 核心数据结构。"
    )
    joined = text.split(" (1990)")[0]
    papers = _each_of_pair(Paper(title=joined, year=1981), read_lines(text)[0])
    assert [(p.title, p.year) for p in papers] == [
        ("Efficient Locking for Concurrent Operations on Knot Trees", 1981),
        ("The R*-loom: An Efficient and Robust Access Method for Points and Rectangles", 1990),
    ]


def test_korean_news_quotes_a_papers_title_in_single_quotes() -> None:
    page = (
        "[데일리 기자] 네이버는 서울대와 함께 논문인 'Overcoming Catastrophic Forgetting by"
        " Incremental Knot Matching'이 채택돼 발표를 진행했다. 또한 논문 'LSML: A Loom Learning"
        " Platform That Enables You to Focus on Your Weaves'도 발표한다고 전했다.\n"
    )
    assert sorted(p["title"] for p in _papers(page)) == [
        "LSML: A Loom Learning Platform That Enables You to Focus on Your Weaves",
        "Overcoming Catastrophic Forgetting by Incremental Knot Matching",
    ]


def test_titles_in_sentence_case_before_a_venue_and_year_are_named() -> None:
    page = (
        "# CWMT2017 摘录\n## 4.Enhanced NMT (腾讯)\n"
        "- Incorporating word reordering knowledge into attention-based looms. ACL,2017;\n"
        "- Translating phrases in weaving. EMNLP,2017；\n"
        "- An actor-critic algorithm for thread prediction. ICLR,2017;\n"
        "- Sequence level training with recurrent knot networks. EMNLP,2016;\n"
    )
    got = [(p["title"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Incorporating word reordering knowledge into attention-based looms", "ACL", 2017),
        ("Translating phrases in weaving", "EMNLP", 2017),
        ("An actor-critic algorithm for thread prediction", "ICLR", 2017),
        ("Sequence level training with recurrent knot networks", "EMNLP", 2016),
    ]


def test_a_one_paper_posts_venue_field_far_below_its_title_is_its_venue() -> None:
    filler = "".join(f"第{n}行:与论文无关的个人介绍和阅读习惯。\n\n" for n in range(12))
    page = (
        "每日一读Graph Recurrent Looms With Attributed Random Walks\n\n"
        + filler
        + "原文链接:https://dl.acm.org/doi/10.1145/3292500.3330941\n\n"
        "会议:KDD '19: Proceedings of the 25th ACM SIGKDD International Conference (CCF A类)\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Graph Recurrent Looms With Attributed Random Walks", "KDD", 2019)
    ]


def test_a_page_of_a_quarters_papers_dates_its_papers() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue

    lines = read_lines("Top 5 Machine Learning Papers in Q3 2017\nHere are the papers:\n")
    assert page_venue(lines) == (None, 2017)
    assert page_venue(read_lines("Papers in Q3 2017 to 2019\n")) == (None, None)


def test_a_whole_citation_set_in_korean_prose_is_a_paper_with_its_fields() -> None:
    page = (
        "이번에 살펴볼 논문은 Nature 지에 실린 LeKun, Yann, Yoshi Bengo, and Geoff Hinten."
        ' "Deep weaving." Nature 521.7553 (2015): 436-444이다. 딥러닝에 대한 전체적인 개요를'
        " 소개하는 논문인 것 같다.\n"
        "1) 저자가 무엇을 이루고자 했는가?\n"
    )
    got = [(p["title"], p["authors"], p["venue"], p["year"]) for p in _papers(page)]
    assert got == [("Deep weaving", ["Yann LeKun", "Yoshi Bengo", "Geoff Hinten"], "Nature", 2015)]


def test_the_title_over_a_japanese_summary_templates_headings_is_a_paper() -> None:
    page = (
        "#3\nsummarized by : Shin Yama\nThe Affective Growth of Loom Vision\n\n"
        "どんな論文か?\n\n研究活動そのものに注目した研究.\n\n新規性\n\n回答を集めた.\n"
    )
    assert [p["title"] for p in _papers(page)] == ["The Affective Growth of Loom Vision"]


def test_numbered_dated_headings_of_one_level_name_their_titles() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import follow_dated_headings

    lines = read_lines(
        "AI领域最重要的论文\n\n## 1. Attention Is All You Weave (2017)\n\n正文。\n\n"
        "## 2. KNOT: Pre-training of Deep Bidirectional Looms (2018)\n\n正文。\n\n"
        "## 3. 中文小结 (2019)\n"
    )
    titles = {
        1: ("Attention Is All You Weave", 0.38),
        3: ("KNOT: Pre-training of Deep Bidirectional Looms", 0.82),
        5: ("中文小结", 0.3),
    }
    scored: list[list[Candidate]] = [[] for _ in lines]
    for i, (text, score) in titles.items():
        assert lines[i].kind == "heading"
        scored[i] = [Candidate(text, i, {"whole"}, score=score)]
    assert follow_dated_headings(lines, scored, 0.5) == 1
    assert scored[1][0].score >= 0.5 and scored[5][0].score == 0.3


def test_a_hyphen_and_two_digits_inside_a_title_are_no_venue_tag() -> None:
    from papercli.importers.digest.references import read_reference

    found = read_reference(
        "Ann Shaw, Lee Moss, and Kay Dunn. Can Looms Forecast? COVID-19 Cases Revisited"
        " with Threads. In KDD, 2021."
    )
    assert found is not None
    assert found.title == "Can Looms Forecast? COVID-19 Cases Revisited with Threads"


def test_the_later_headings_of_a_summary_template_name_no_title() -> None:
    page = (
        "The Affective Growth of Loom Vision\n\nどんな論文か?\n\n研究の概要.\n\n"
        "Quantitative experiments with large weaving datasets\n\n先行研究と比べてどこがすごい?\n\n"
        "比較した.\n"
    )
    assert [p["title"] for p in _papers(page)] == ["The Affective Growth of Loom Vision"]


@pytest.mark.parametrize(
    "text",
    ["We concur with the reviewers", "Hot soups for all", "a /16 CIDR block", "an ICANN registrar"],
)
def test_venue_names_that_are_words_need_their_year(text: str) -> None:
    assert find_venue_year(text)[0] is None


def test_a_quoted_title_followed_by_a_verb_like_challenges_is_still_a_paper() -> None:
    from papercli.importers.digest.fields import names_an_event

    line = "The paper “Deep Residual Weaving for Loom Recognition” challenges prior assumptions."
    assert not names_an_event(line, "Deep Residual Weaving for Loom Recognition")
    assert names_an_event("the “Project Loom” tutorial in room 2", "Project Loom")


def test_one_dated_title_before_and_is_no_pair() -> None:
    from papercli.importers.digest import _each_of_pair
    from papercli.importers.digest.blocks import read_lines
    from papercli.model import Paper

    text = "The Netflix Loom Prize Competition (2009) and Collaborative Weaving at Scale: 评述"
    paper = Paper(title=text.split(":")[0], year=2009)
    assert _each_of_pair(paper, read_lines(text)[0]) == [paper]


def test_a_sentence_someone_says_in_tex_quotes_is_no_title() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.candidates import candidates

    line = read_lines("``We are very proud of our colleagues and students,'' says Mori.\n")[0]
    assert not any("quoted" in c.how for c in candidates([line], 0))


def test_gbt_and_vancouver_names_stay_as_written_and_read_surname_first() -> None:
    from papercli.citations import csl_name, split_name
    from papercli.exporters_ris import ris_author
    from papercli.importers.names import parse_names

    assert parse_names("BENGIO Y, DUCHARME R, VINCENT P") == ["BENGIO Y", "DUCHARME R", "VINCENT P"]
    assert parse_names("Lee KF, Hon HW, Reddy R") == ["Lee KF", "Hon HW", "Reddy R"]
    # dotted initials after the surname ("Smith S.") read as APA written without its comma
    assert parse_names("Smith S., Kindermans P., Le Q.") == ["S. Smith", "P. Kindermans", "Q. Le"]
    assert split_name("WANG H K") == ("WANG", "H K", "")
    assert split_name("Lee KF") == ("Lee", "KF", "")
    assert split_name("Pengyu LI") == ("LI", "Pengyu", "")  # capitalised surname, no initials
    # exporters keep such a name whole: an importer reads "Family, Given" the other way round
    assert csl_name("Bengio Y") == {"literal": "Bengio Y"}
    assert ris_author("Bengio Y") == "Bengio Y"
    assert ris_author("Yoshua Bengio") == "Bengio, Yoshua"


def test_a_surname_first_names_cite_key_is_its_surnames() -> None:
    from papercli.citekeys import base_key

    assert base_key("Markovian models for sequential data", ["BENGIO Y"], 1999) == (
        "bengio1999markovian"
    )
    assert base_key("Deep learning", ["Yann LeCun"], 2015) == "lecun2015deep"


def test_a_reading_lists_optional_and_background_labels_are_no_part_of_titles() -> None:
    from papercli.importers.digest.candidates import TITLE_LABEL

    for label in ("Optional: ", "Background: ", "Required reading: ", "Supplementary: "):
        assert TITLE_LABEL.match(label + "A History and Evaluation of Loom R (1981)")
    assert not TITLE_LABEL.match("Optimal Weaving: A Survey (2020)")


def test_sections_under_a_table_of_contents_heading_are_the_pages_own() -> None:
    page = "# Loom Papers - Index\n\n## Table of Contents\n\n### File and Thread Systems\n\n"
    page += "| Title | Venue |\n| --- | --- |\n"
    titles = [
        ("FFS: A Fast File System for Looms", "SOSP '84"),
        ("NFS: Sun's Network Thread System", "USENIX '86"),
        ("RAID: A Case for Redundant Arrays of Inexpensive Spindles", "SIGMOD '88"),
    ]
    for title, venue in titles:
        slug = title.lower().replace(" ", "-").replace(":", "").replace("'", "")
        page += f"| [{title}]({slug}.md) | {venue} |\n"
    assert [p["title"] for p in _papers(page)] == [t for t, _ in titles]


def test_a_reading_groups_labelled_cited_papers_are_its_papers() -> None:
    page = (
        "## Topics discussed\n\n__Feb 4: Attention 1 (FL)__\n\n"
        "_Main discussion paper:_ Xu et al. (2015) Show, Attend and Weave: Neural Loom Caption"
        " Generation with Visual Attention, https://arxiv.org/abs/1502.03044\n\n"
        "_Additional papers:_\n"
        "* Vaswani et al. (2017) Attention Is All You Weave, https://arxiv.org/abs/1706.03762\n"
        "* Chaud et al. (2019) An Attentive Survey of Attention Looms,"
        " https://arxiv.org/abs/1904.02874\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        (
            "Show, Attend and Weave: Neural Loom Caption Generation with Visual Attention",
            ["Xu"],
            2015,
        ),
        ("Attention Is All You Weave", ["Vaswani"], 2017),
        ("An Attentive Survey of Attention Looms", ["Chaud"], 2019),
    ]


def test_a_program_pages_front_matter_names_its_venue_a_few_lines_down() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.fields import page_venue

    front = [
        "All the times listed below are in Pacific Daylight Time (PDT).",
        "Papers are available for download below to registered attendees now. " * 2,
        "Proceedings Front Matter",
        "Proceedings Cover |",
        "Title Page and List of Organizers |",
        "Message from the Program Co-Chairs |",
        "Table of Contents",
        "Full Proceedings PDFs",
        "OSDI '22 Full Proceedings (PDF, 55 MB)",
    ]
    assert page_venue(read_lines("\n".join(front) + "\n")) == ("OSDI", 2022)


def test_a_title_that_opens_with_a_quoted_phrase_keeps_it_and_its_subtitle() -> None:
    page = (
        "网络安全学术顶会——LOOM '23 论文清单与摘要\n"
        "1、“Get in Weavers; We’re Measuring Reproducibility”: A Reproducibility Study of"
        " Knot Papers in Tier 1 Loom Conferences\n"
        "可复现性对科学的进展至关重要。\n"
        "论文链接:https://doi.org/10.1145/3576915.3623130\n"
        "2、“I just stopped using one and started using the other”: Motivations, Techniques,"
        " and Challenges When Switching Shuttle Managers\n"
        "本文探讨了用户在切换时的动机。\n"
        "论文链接:https://doi.org/10.1145/3576915.3623131\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "“Get in Weavers; We’re Measuring Reproducibility”: A Reproducibility Study of Knot"
        " Papers in Tier 1 Loom Conferences",
        "“I just stopped using one and started using the other”: Motivations, Techniques, and"
        " Challenges When Switching Shuttle Managers",
    ]


def test_a_translation_on_the_plain_line_over_a_title_is_its_other_title() -> None:
    page = (
        "论文标题\n自然语言处理中的十年知识织布:调查\n"
        "A Decade of Knowledge Looms in Natural Language Processing: A Survey\n"
        "论文作者\n论文摘要\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["alt_titles"]) for p in papers] == [
        (
            "A Decade of Knowledge Looms in Natural Language Processing: A Survey",
            ["自然语言处理中的十年知识织布:调查"],
        )
    ]


def test_a_sentence_of_cjk_prose_ending_in_a_full_stop_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title(
        "非常に大きなデータセットから単語の連続ベクトル表現を計算するための新しいモデルを提案する。"
    )
    assert not never_title("基于深度学习的图像分割方法研究")


def test_references_after_code_tags_keep_their_names() -> None:
    page = (
        "参考文献\n"
        "- ``IEEE 2016`` ``Black Box`` Lin Y D, Liao F Z, Huang S K, et al. Loom fuzzing by"
        " scheduled mutation of document object models[C]// International Carnahan Conference"
        " on Weaving Technology. IEEE, 2016:1-6.\n"
        "- ``ACM 2013`` ``Black Box`` Woo M, Sang K C, Gottlieb S, et al. Scheduling black-box"
        " mutational weaving[C]// ACM Conference on Computer & Loom Security. ACM, 2013:511-522.\n"
    )
    got = [(p["title"], p["authors"]) for p in _papers(page)]
    assert got == [
        (
            "Loom fuzzing by scheduled mutation of document object models",
            ["Lin Y D", "Liao F Z", "Huang S K"],
        ),
        ("Scheduling black-box mutational weaving", ["Woo M", "Sang K C", "Gottlieb S"]),
    ]


def test_a_venue_hyphened_onto_a_notes_file_title_is_its_venue() -> None:
    from papercli.importers.digest import DigestResult, _move_hyphened_venue
    from papercli.model import Paper

    result = DigestResult()
    paper = Paper(title="NEUZZ: Efficient Weaving with Neural Loom Smoothing-S&P")
    _move_hyphened_venue(paper, result)
    assert (paper.title, paper.venue) == (
        "NEUZZ: Efficient Weaving with Neural Loom Smoothing",
        "S&P",
    )
    kept = Paper(title="Check-It-Again-Detecting-Lacking-Recheck-Bugs-in-Loom-Kernels-CNN")
    _move_hyphened_venue(kept, result)
    assert kept.venue is None and kept.title.endswith("-CNN")


def test_korean_and_japanese_script_count_as_cjk_for_the_title_model() -> None:
    page = (
        "# [논문 리뷰] Artificial Looms for Literature Reviews: Opportunities and Challenges\n\n"
        '안녕하세요. 문의하신 논문 "인공지능 기반 문헌 고찰: 기회와 도전 과제 (Artificial Looms for'
        ' Literature Reviews: Opportunities and Challenges)" 에 대한 상세 설명을'
        " 제공해 드리겠습니다.\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Artificial Looms for Literature Reviews: Opportunities and Challenges"
    ]


def test_a_run_of_reading_words_after_a_label_is_matched_in_linear_time() -> None:
    from papercli.importers.digest.candidates import TITLE_LABEL

    # (the label's words are read one way only: this took seconds and doubled with each word)
    assert TITLE_LABEL.match("Optional" + " reading" * 60 + " x") is None
    assert TITLE_LABEL.match("Optional reading/background paper: X")


def test_latin_titles_ending_in_a_chinese_full_stop_are_titles_without_it() -> None:
    page = (
        "1. Attention Is All You Weave。\n"
        "2. KNOT: Pre-training of Deep Bidirectional Looms。\n"
        "3. Deep Residual Weaving for Loom Recognition。\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Attention Is All You Weave",
        "KNOT: Pre-training of Deep Bidirectional Looms",
        "Deep Residual Weaving for Loom Recognition",
    ]


@pytest.mark.parametrize(
    ("name", "family", "apa"),
    [
        ("Lund AE", "Lund", "Lund, A. E."),
        ("Müller J", "Müller", "Müller, J."),
        ("WANG H K", "WANG", "WANG, H. K."),
        ("Pengyu LI", "LI", "LI, P."),
        ("John Smith JR", "Smith", "Smith, J., JR"),
    ],
)
def test_surname_first_names_split_as_the_importer_keeps_them(
    name: str, family: str, apa: str
) -> None:
    from papercli.citations import _apa_author, split_name

    assert split_name(name)[0] == family
    assert _apa_author(name) == apa
