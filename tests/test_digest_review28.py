"""Conventions shared by real pages read for errors in stop 48, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.candidates import Candidate


def _raised(scored: list[list[Candidate]]) -> list[list[Candidate]]:
    """SCORED with every candidate at 0.9 or more, as a sibling rule may have raised them."""
    for row in scored:
        for cand in row:
            cand.score = max(cand.score, 0.9)
    return scored


def test_a_link_labelled_as_a_short_read_about_the_paper_is_no_title() -> None:
    # on a real page the siblings' template raised every "Short read:" link to a title
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import follow_other_reads
    from papercli.importers.digest.scorer import score_lines

    lines = read_lines(
        "* Short read: [FoldCam: An AI Generating Pictures from Text!](https://blog.example/p1/)\n"
        "* Paper: [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2301.02111)\n"
        "* Video: [QuietTok: Long Contexts With Fewer Tokens](https://blog.example/p2/)\n"
    )
    scored = _raised(score_lines(lines))
    assert follow_other_reads(lines, scored, 0.2) == 2
    assert all(c.score < 0.2 for c in scored[0] if "FoldCam" in c.text)
    assert all(c.score < 0.2 for c in scored[2] if "QuietTok" in c.text)
    assert max(c.score for c in scored[1]) >= 0.9


def test_a_labelled_link_to_the_paper_itself_stays_a_paper() -> None:
    # the label says "article", but the link is the paper's own arXiv page
    page = (
        "- Article: [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2301.02111)\n"
        "- Article: [Quiet Tokens for Long Contexts](https://arxiv.org/abs/2302.03011)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == ["Folding Cameras for Wide Scenes", "Quiet Tokens for Long Contexts"]


def test_a_talk_on_a_reading_groups_schedule_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("Talk: Michael Chang (MIT)")
    assert never_title("Guest lecture - Ada Quill")
    assert never_title("Invited talk: Ben Rowe")
    assert not never_title("Talking Heads: Learning Faces from Speech")


def test_a_yaml_schedules_date_field_is_no_topic() -> None:
    papers = ["Folding Cameras for Wide Scenes", "Quiet Tokens for Long Contexts"]
    papers += ["Soft Robots That Learn to Walk", "Sparse Maps for Fast Routing"]
    page = "- term: Spring 2017\n  meetings:\n"
    for i, title in enumerate(papers):
        page += f'    - date: Feb {i + 1}\n      paper: {title}\n      cite: "#cite_{i}"\n'
    found = _papers(page)
    assert [p["title"] for p in found] == papers
    assert [p["topics"] for p in found] == [[], [], [], []]


def test_the_fullest_front_matter_title_gives_the_page_its_venue() -> None:
    # the page's own title says nothing of the venue; its SEO title does
    page = (
        "---\n"
        "templateKey: default-page\n"
        "title: Accepted papers\n"
        "seo:\n"
        "  browserTitle: Accepted papers | EMNLP 2021\n"
        "---\n"
        "## Long papers\n\n"
        "- **Folding Cameras for Wide Scenes**  \n  Ada Quill and Ben Rowe\n"
        "- **Quiet Tokens for Long Contexts**  \n  Cy Lund and Di Park\n"
        "- **Soft Robots That Learn to Walk**  \n  Ed Moss and Flo Nye\n"
    )
    papers = _papers(page)
    assert [(p["venue"], p["year"]) for p in papers] == [("EMNLP", 2021)] * 3


def test_a_data_files_key_and_value_is_no_topic() -> None:
    page = (
        "---\n"
        "id: lectures\n"
        "title: Course Schedule\n"
        "---\n\n"
        "- [Folding Cameras for Wide Scenes, Quill et al., 2015](https://arxiv.org/abs/1501.01234)\n"
        "- [Quiet Tokens for Long Contexts, Rowe et al., 2017](https://arxiv.org/abs/1702.01234)\n"
        "- [Soft Robots That Learn to Walk, Lund et al., 2016](https://arxiv.org/abs/1603.01234)\n"
    )
    papers = _papers(page)
    assert len(papers) == 3
    assert all(not any(t.startswith("title:") for t in p["topics"]) for p in papers)


_STUDY_TABLE = (
    "## Reviewed Papers\n"
    "| idx | Date | Presenter | Paper | Resources |\n"
    "| :--: | :--: | :--: | :--: | :--: |\n"
    "| 0 | 2026-03-18 | Ada | Introduction & Overview | [YouTube](https://youtu.be/x0) |\n"
    "| 1 | 2026-03-25 | Ben | [FoldNet](https://arxiv.org/abs/1811.04551) (ICML 2019) |"
    " [YouTube](https://youtu.be/x1) |\n"
    "| 2 | 2026-04-01 | Cy | [QuietV2](https://arxiv.org/abs/1912.01603) (ICLR 2020) |"
    " [YouTube](https://youtu.be/x2) |\n"
    "| 3 | 2026-04-08 | Di | [Walker](https://arxiv.org/abs/2010.02193) (ICLR 2021) |"
    " [YouTube](https://youtu.be/x3) |\n"
)


def test_a_papers_column_of_short_names_linked_to_arxiv_gives_their_titles() -> None:
    papers = _papers(_STUDY_TABLE)
    assert [(p["title"], p["arxiv_id"], p["venue"], p["year"]) for p in papers] == [
        ("FoldNet", "1811.04551", "ICML", 2019),
        ("QuietV2", "1912.01603", "ICLR", 2020),
        ("Walker", "2010.02193", "ICLR", 2021),
    ]


def test_a_paper_columns_pdf_links_beside_a_title_column_are_no_titles() -> None:
    page = (
        "|Date|Title|Paper|Code|\n"
        "|:---:|:---:|:---:|:---:|\n"
        "|2020.04|Folding Cameras for Wide Scenes|[[pdf]](https://arxiv.org/pdf/2004.12993.pdf)|⚠️|\n"
        "|2020.05|Quiet Tokens for Long Contexts|[[pdf]](https://arxiv.org/pdf/2005.12993.pdf)|⚠️|\n"
        "|2020.06|Soft Robots That Learn to Walk|[[pdf]](https://arxiv.org/pdf/2006.12993.pdf)|⚠️|\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "[pdf]" not in titles and "pdf" not in titles


def test_a_short_name_in_a_summary_table_is_the_paper_named_above() -> None:
    page = (
        "## Thinking step by step\n\n"
        "> [Chain-of-Thought Prompting](https://arxiv.org/abs/2201.11903) (2022) — examples\n\n"
        "> [Tree of Thoughts](https://arxiv.org/abs/2305.10601) (2023) — search\n\n"
        "## Summary\n\n"
        "| Paper | What it does |\n|---|---|\n"
        "| [Chain-of-Thought](https://arxiv.org/abs/2201.11903) (2022) | examples |\n"
        "| [Tree of Thoughts](https://arxiv.org/abs/2305.10601) (2023) | search |\n"
        "| [Self-Consistency](https://arxiv.org/abs/2203.11171) (2022) | votes |\n"
    )
    papers = _papers(page)
    by_id = [p["arxiv_id"] for p in papers]
    assert sorted(by_id) == ["2201.11903", "2203.11171", "2305.10601"]
    assert "Chain-of-Thought Prompting" in [p["title"] for p in papers]


def test_a_models_short_name_and_a_dash_before_each_title_is_no_part_of_it() -> None:
    page = (
        "# Inbox\n\n"
        "- deepwalk\n"
        "- SGC - Simplifying Graph Convolutional Networks\n"
        "- A Comprehensive Survey on Graph Neural Networks\n"
        "- GCNII: Simple and Deep Graph Convolutional Networks\n"
        "- benchmark - datasets\n"
        "- GraphSage - Inductive Representation Learning on Large Graphs\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Inductive Representation Learning on Large Graphs" in titles
    assert "Simplifying Graph Convolutional Networks" in titles
    assert not [t for t in titles if t.startswith(("SGC", "GraphSage"))]


def test_a_short_name_a_dash_and_a_citation_keep_their_cited_title() -> None:
    page = (
        '1. **Paraformer** — Gao et al., "Paraformer: Fast and Accurate Parallel Transformer",'
        " Interspeech 2022\n"
        '2. **SenseVoice** — FunAudioLLM, "SenseVoice: Multilingual Voice Understanding Model",'
        " 2024\n"
        '3. **OnDevice** — Argmax, "On-device Real-time ASR with Billion-Scale Transformers",'
        " arXiv 2507.10860\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "SenseVoice: Multilingual Voice Understanding Model" in titles
    assert not [t for t in titles if t.startswith(("FunAudioLLM", "Argmax"))]


def test_no_digest_module_binds_one_top_level_name_twice() -> None:
    # a second "_NAMES_HEADER = …" at a module's end silently replaces the first for every
    # function above it: twice in stop 48 a new rule broke old ones that way
    import ast
    from collections import Counter
    from pathlib import Path

    import papercli.importers.digest as digest

    for module in sorted(Path(digest.__file__).parent.glob("*.py")):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        names = Counter(
            target.id
            for node in tree.body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        )
        names.update(
            node.name for node in tree.body if isinstance(node, ast.FunctionDef | ast.ClassDef)
        )
        twice = sorted(name for name, count in names.items() if count > 1)
        assert twice == [], f"{module.name}: {twice}"


def test_a_talk_named_by_a_papers_title_is_that_paper() -> None:
    from papercli.importers.digest.records import never_title

    assert not never_title("Talk: Attention Is All You Need")
    assert not never_title("Guest lecture - Neural Ordinary Differential Equations")


def test_an_article_label_before_a_publishers_page_keeps_the_paper() -> None:
    page = (
        "- Article: [Folding Cameras for Wide Scenes](https://www.nature.com/articles/nature00001)\n"
        "- Article: [Quiet Tokens for Long Contexts](https://www.nature.com/articles/nature00002)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert len(titles) == 2 and titles[1].endswith("Quiet Tokens for Long Contexts")


def test_a_title_nested_under_another_front_matter_key_is_not_the_pages() -> None:
    page = (
        "---\n"
        "title: ICML 2020 Papers\n"
        "author:\n"
        "  title: Senior Research Scientist at a Lab in London\n"
        "---\n\n"
        "- **Folding Cameras for Wide Scenes**  \n  Ada Quill and Ben Rowe\n"
        "- **Quiet Tokens for Long Contexts**  \n  Cy Lund and Di Park\n"
    )
    assert [(p["venue"], p["year"]) for p in _papers(page)] == [("ICML", 2020)] * 2


def test_a_lowercase_heading_with_a_colon_is_still_a_topic() -> None:
    page = (
        "### nlp: machine translation\n"
        "1. Folding Cameras for Wide Scenes. Quill et al. ICLR 2015.\n"
        "2. Quiet Tokens for Long Contexts. Lund et al. NeurIPS 2014.\n"
    )
    assert [p["topics"] for p in _papers(page)] == [["nlp: machine translation"]] * 2


def test_a_papers_column_of_venues_linked_to_arxiv_names_no_titles() -> None:
    page = (
        "| Method | Paper |\n|---|---|\n"
        "| FoldNet | [ICLR 2023](https://arxiv.org/abs/2209.14988) |\n"
        "| QuietV2 | [CVPR 2023](https://arxiv.org/abs/2211.10440) |\n"
        "| Walker | [ICCV 2023](https://arxiv.org/abs/2303.11328) |\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not [t for t in titles if t.endswith("2023")]


def test_a_short_names_dash_title_dash_venue_keeps_its_venue() -> None:
    page = (
        "- SGC - Simplifying Graph Convolutional Networks - ICML 2019\n"
        "- GCNII - Simple and Deep Graph Convolutional Networks - ICML 2020\n"
    )
    papers = _papers(page)
    assert [(p["venue"], p["year"]) for p in papers] == [("ICML", 2019), ("ICML", 2020)]


def test_a_roundup_of_last_weeks_papers_dates_them_in_its_year() -> None:
    page = (
        "Top Papers of last week (ending 28 July 2025):\n\n"
        "- Folding Cameras for Wide Scenes\n"
        "- Quiet Tokens for Long Contexts\n"
        "- Soft Robots That Learn to Walk\n"
    )
    papers = _papers(page)
    assert [p["year"] for p in papers] == [2025] * 3


def test_a_paper_named_again_in_full_by_its_arxiv_link_is_one_paper_with_its_full_title() -> None:
    page = (
        "## Intro\n\n"
        "We start with [Quiet Arena](https://arxiv.org/abs/2011.04006), a benchmark.\n\n"
        "## Papers\n\n"
        "- [Quiet Arena: A Benchmark for Efficient Transformers](https://arxiv.org/abs/2011.04006)\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2004.12345)\n"
    )
    papers = _papers(page)
    ids = [p["arxiv_id"] for p in papers]
    assert ids.count("2011.04006") == 1
    assert "Quiet Arena: A Benchmark for Efficient Transformers" in [p["title"] for p in papers]


def test_a_paper_named_twice_keeps_its_better_title() -> None:
    from papercli.importers.digest import _fuller_title, _restated

    full = "Quiet Arena: A Benchmark for Efficient Transformers"
    assert _restated("Quiet Arena", full) and _fuller_title("Quiet Arena", full) == full
    tagged = "Folding Cameras for Wide Scenes [Aug 2023] Repo"
    assert _restated(tagged, "Folding Cameras for Wide Scenes")
    assert _fuller_title(tagged, "Folding Cameras for Wide Scenes") == (
        "Folding Cameras for Wide Scenes"
    )
    # a short name said again keeps the paper's title; two different titles stay two papers
    assert _fuller_title("Chain-of-Thought Prompting", "Chain-of-Thought") == (
        "Chain-of-Thought Prompting"
    )
    assert not _restated("Folding Cameras for Wide Scenes", "Quiet Tokens for Long Contexts")
    assert _restated("Folding Cameras for Wide Scenes", "Fold")  # its short name
    assert not _restated("Folding Cameras for Wide Scenes", "Wide")  # inside, too short to tell


def test_a_byline_is_never_a_title() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("by Yichen Wang")
    assert never_title("by Chelsea Finn et al.")
    assert never_title("By Ada Quill and Ben Rowe, 2018.")
    assert not never_title("By Design: Learning Shapes from Sketches")


def test_a_reading_groups_month_of_classic_papers_gives_them_no_year() -> None:
    page = (
        "# Classic papers of the month (1 March 2024)\n\n"
        "- Folding Cameras for Wide Scenes\n"
        "- Quiet Tokens for Long Contexts\n"
        "- Soft Robots That Learn to Walk\n"
    )
    assert [p["year"] for p in _papers(page)] == [None] * 3


def test_a_talk_named_by_a_models_name_is_that_paper() -> None:
    from papercli.importers.digest.records import never_title

    assert not never_title("Talk: Mask R-CNN")
    assert not never_title("Talk: GPT-4 (OpenAI)")
    assert never_title("Talk: Kai-Wei Chang (MSR)")


def test_a_read_more_or_podcast_label_keeps_the_paper_it_names() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import follow_other_reads
    from papercli.importers.digest.scorer import score_lines

    lines = read_lines(
        "- Read more: [Folding Cameras for Wide Scenes](https://www.ecva.net/papers/a.php)\n"
        "- Video: [Quiet Tokens for Long Contexts](https://www.biorxiv.org/content/10.1101/1)\n"
        "- Podcast: Soft Robots That Learn to Walk, Lund et al. 2020"
        " [listen](https://podcasts.example/ep1)\n"
    )
    scored = _raised(score_lines(lines))
    assert follow_other_reads(lines, scored, 0.2) == 1  # the podcast's link only
    assert all(max(c.score for c in row) >= 0.9 for row in scored)
    assert max(c.score for c in scored[2] if "Soft Robots" in c.text) >= 0.9


def test_a_papers_column_of_citations_or_model_sizes_names_no_titles() -> None:
    page = (
        "| Week | Paper | Presenter |\n|---|---|---|\n"
        "| 1 | [Quill et al. 2017](https://arxiv.org/abs/1706.03762) | Ada |\n"
        "| 2 | [Rowe et al. 2019](https://arxiv.org/abs/1810.04805) | Ben |\n"
        "| 3 | [Lund et al. 2020](https://arxiv.org/abs/2005.14165) | Cy |\n\n"
        "| Model | Params |\n|---|---|\n"
        "| [Fold-7B](https://arxiv.org/abs/2302.13971) | 7B |\n"
        "| [Fold-13B](https://arxiv.org/abs/2302.13971) | 13B |\n"
        "| [Fold-65B](https://arxiv.org/abs/2302.13971) | 65B |\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert not [t for t in titles if "et al" in t or t.startswith("Fold-")]


def test_a_title_under_another_front_matter_key_does_not_extend_the_pages() -> None:
    page = (
        "---\n"
        'title: "Best Paper Awards"\n'
        "previous:\n"
        '  title: "Best Paper Awards at ACL 2019"\n'
        "---\n\n"
        "- **Folding Cameras for Wide Scenes**  \n  Ada Quill and Ben Rowe\n"
        "- **Quiet Tokens for Long Contexts**  \n  Cy Lund and Di Park\n"
    )
    assert [(p["venue"], p["year"]) for p in _papers(page)] == [(None, None)] * 2


def test_a_heading_named_like_a_schedule_key_is_still_a_topic() -> None:
    page = (
        "## week: Graph learning\n\n"
        "- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/1710.10903)\n"
        "- [Quiet Tokens for Long Contexts](https://arxiv.org/abs/1706.02216)\n"
    )
    assert [p["topics"] for p in _papers(page)] == [["week: Graph learning"]] * 2


def test_a_schedules_lecture_column_names_the_topic_of_its_readings() -> None:
    page = (
        "| Week | Lecture | Readings |\n|---|---|---|\n"
        "| 1 | Deep Q Learning |"
        " [Folding Cameras for Wide Scenes](https://arxiv.org/abs/1312.5602) |\n"
        "| 2 | Context, memory, and learning/self-improvement in agents |"
        " [Quiet Tokens for Long Contexts](https://arxiv.org/abs/2303.11366) |\n"
        "| 3 | Policy gradients |"
        " [Soft Robots That Learn to Walk](https://arxiv.org/abs/1707.06347) |\n"
    )
    assert [p["topics"] for p in _papers(page)] == [
        ["Deep Q Learning"],
        ["Context, memory, and learning/self-improvement in agents"],
        ["Policy gradients"],
    ]


def test_links_that_cite_their_papers_as_title_surname_year_give_the_titles() -> None:
    page = (
        "## Week 3: Policy gradients\n\n"
        "1. [Folding Cameras for Wide Scenes, Quill, 1992.](https://example.org/a.pdf)\n"
        "2. [A Natural Quiet Token, Rowe, 2002](https://papers.example.cc/b.pdf)\n"
        "3. [Soft Robots That Learn to Walk, Lund, 2011.](https://example.org/c.pdf)\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["year"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", 1992),
        ("A Natural Quiet Token", 2002),
        ("Soft Robots That Learn to Walk", 2011),
    ]


def test_a_link_naming_its_venue_after_a_comma_is_no_citation_of_authors() -> None:
    from papercli.importers.digest.records import _LINK_CITATION

    found = _LINK_CITATION.match("Folding Cameras for Wide Scenes, NeurIPS 2017")
    assert found is not None  # the pattern alone takes "NeurIPS" for a surname …
    from papercli.importers.digest.fields import venue_year

    assert venue_year(found.group(2))[0] is not None  # … and the rule asks the venues first


def test_two_papers_a_page_links_to_one_arxiv_id_stay_two() -> None:
    from papercli.importers.digest import _restated

    assert not _restated(
        "Attention Is All You Need In Speech Separation", "Attention Is All You Need"
    )
    assert not _restated("Generative Adversarial Nets", "Conditional Generative Adversarial Nets")
    assert not _restated(
        "Vision Transformer",
        "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
    )
    assert not _restated(
        "Deep Residual Learning for Image Recognition",
        "Deep Residual Learning for Image Recognition: A Survey",
    )


def test_a_short_name_first_keeps_its_place_and_the_longer_title_stays_searchable() -> None:
    page = (
        "## One-stage detectors\n\n"
        "- [FoldNet9000](https://arxiv.org/abs/1612.08242) - Quill and Rowe, CVPR 2017\n"
        "- [FoldNet9000: Better, Faster, Stronger](https://arxiv.org/abs/1612.08242)"
        " - Quill and Rowe, CVPR 2017\n"
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870) - He et al., ICCV 2017\n"
        "- [Mask R-CNN for Object Detection on Keras](https://arxiv.org/abs/1703.06870)"
        " - Lund, 2017\n"
    )
    papers = {p["title"]: p for p in _papers(page)}
    assert "Mask R-CNN" in papers
    assert papers["Mask R-CNN"]["alt_titles"] == ["Mask R-CNN for Object Detection on Keras"]


def test_a_schedules_lecture_numbers_are_no_topics_and_a_topic_column_comes_first() -> None:
    page = (
        "| Lecture | Topic | Readings |\n|---|---|---|\n"
        "| 1 | Imitation | [Folding Cameras for Wide Scenes](https://arxiv.org/abs/1312.5602) |\n"
        "| Lecture 2 (Mon, Sep 25) | Multi-task learning |"
        " [Quiet Tokens for Long Contexts](https://arxiv.org/abs/2303.11366) |\n"
        "| 3 | | [Soft Robots That Learn to Walk](https://arxiv.org/abs/1707.06347) |\n"
    )
    topics = [p["topics"] for p in _papers(page)]
    assert topics[:2] == [["Imitation"], ["Multi-task learning"]]
    assert "3" not in topics[2]


def test_a_lectures_slides_cited_like_a_paper_name_no_author() -> None:
    page = (
        "- [Policy Gradients, Slides, 2019](https://example.edu/slides/lec-5.pdf)\n"
        "- [Folding Cameras for Wide Scenes, Quill, 1992.](https://example.org/a.pdf)\n"
        "- [A Natural Quiet Token, Rowe, 2002](https://papers.example.cc/b.pdf)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Policy Gradients" not in titles


def test_a_title_opening_like_a_sentence_over_its_authors_on_a_page_of_pairs() -> None:
    page = (
        "Outstanding Papers\n\n"
        "Folding Cameras for Wide Scenes\nAda Quill and Ben Rowe\n\n"
        "A Simple Theoretical Model of Quiet Tokens\nCy Lund\n\n"
        "Soft Robots That Learn to Walk on Ice\nDi Park, Ed Moss and Flo Nye\n\n"
        "We need to talk about standard splits\nGus Hale and Ivy Long\n\n"
        "Zero-shot Routing using Sparse Map Embeddings\nJo King, Kim Lee and Lu Ma\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "We need to talk about standard splits" in titles
    assert len(titles) == 5


def test_a_description_is_still_no_title_off_a_page_of_pairs() -> None:
    from papercli.importers.digest.records import never_title

    assert never_title("We propose a new method for folding cameras")
