"""Conventions shared by real pages read for errors in stop 62, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

from papercli.importers.digest.blocks import read_lines
from papercli.importers.digest.candidates import (
    _LINK_GAP,
    _LINK_LABEL,
    Candidate,
    _link_run,
    before_comma_names,
    strip_number,
    tidy,
)
from papercli.importers.digest.embedded import js_objects_as_yaml
from papercli.importers.digest.fields import _space_parted_names
from papercli.importers.digest.records import (
    follow_comma_named_titles,
    follow_split_citations,
    never_title,
)
from papercli.importers.digest.scorer import score_lines
from papercli.importers.names import parse_names

# a Chinese journal's reference list run onto one table cell, no space after each "[n]"
_GLUED_REFERENCES = (
    "参考文献\n"
    "| [1]ZHOU Q,WANG L,LI H,et al.Knowledge graph embedding techniques[J].Journal of "
    "Software,2018,29(5):100-120. [2]SMITH J A.LexNet:a lexical network for English words[J]."
    "Communications of the Acm,1996,39(2):11-19. [3]BROWN K,GREEN P,et al.Graphbase:a shared "
    "graph store for structured knowledge[C]//Proceedings of the 2009 ACM SIGMOD International "
    "Conference on Management of Data.2009:100-110. [4]MILLER T,LEE C.Atlas:a core of factual "
    "knowledge[C]//Proceedings of the World Wide Web.2008:10-20.\n"
)


def test_references_glued_to_their_numbers_are_each_a_paper_with_its_own_venue() -> None:
    papers = _by_title(_GLUED_REFERENCES)
    assert set(papers) == {
        "Knowledge graph embedding techniques",
        "LexNet:a lexical network for English words",
        "Graphbase:a shared graph store for structured knowledge",
        "Atlas:a core of factual knowledge",
    }
    first = papers["Knowledge graph embedding techniques"]
    # (the third reference's SIGMOD 2009 was once the first one's venue)
    assert (first["venue"], first["year"]) == ("Journal of Software", 2018)
    assert first["authors"] == ["ZHOU Q", "WANG L", "LI H"]
    assert papers["Graphbase:a shared graph store for structured knowledge"]["year"] == 2009


def test_a_year_and_writer_right_before_a_quoted_title_are_its_own() -> None:
    text = (
        "少样本学习是哪篇论文提出的\n"
        "少样本学习的想法最早可以追溯到 Moreau 等人在 2009 年的一篇论文。然而，真正将其系统化的"
        "关键工作是由 Halvorsen 等人在 2015 年发表的《Memory Networks for Learning from Few "
        "Examples》[^2]，以及由 Okafor 等人在同年提出的《Prototype Matching for One Shot "
        "Recognition》[^3]。\n"
    )
    papers = _by_title(text)
    memory = papers["Memory Networks for Learning from Few Examples"]
    assert (memory["authors"], memory["year"]) == (["Halvorsen"], 2015)  # not 2009
    prototype = papers["Prototype Matching for One Shot Recognition"]
    assert (prototype["authors"], prototype["year"]) == (["Okafor"], 2015)  # "同年"


def test_a_title_then_a_semicolon_then_its_first_author() -> None:
    text = (
        "1. Gated attention for aligning source and target words;K. Moreau\n"
        "2. Recurrent encoders for sentence translation;P. Halvorsen\n"
        "3. Convolutional decoders for fast translation;T. Okafor\n"
        "4. Syntax trees in neural translation;A. Lindqvist\n"
    )
    papers = _by_title(text)
    assert set(papers) == {
        "Gated attention for aligning source and target words",
        "Recurrent encoders for sentence translation",
        "Convolutional decoders for fast translation",
        "Syntax trees in neural translation",
    }
    assert papers["Syntax trees in neural translation"]["authors"] == ["A. Lindqvist"]


_MYST_SCHEDULE = """# Schedule

``````{list-table} Schedule
:header-rows: 1
:widths: 10 20 40

* - Date
  - Topic
  - Reading
* - 2024-01-30
  - Foundations
  - [Falsifiable Claims in Machine Learning Research](https://arxiv.org/abs/1901.00001), \
[Values Embedded in Benchmark Design](https://arxiv.org/abs/1902.00002) and \
[Prediction Versus Explanation in Social Data](https://www.nature.com/articles/s41586-020-00001-0)
* - 2024-02-01
  - Missing data
  - [Imputation Strategies for Sparse Clinical Tables](https://jmlr.org/papers/v9/doe08a.html) \
and [Causal Graphs for Incomplete Observations](https://papers.nips.cc/paper/4001)
* - 2024-02-06
  - Trust
  - [Formal Models of Trust in Automated Advice](https://dl.acm.org/doi/10.1145/3400000.3400001) \
and [robustness of chat models under attack](https://openreview.net/pdf?id=AbCdEfGh12)
``````
"""


def test_a_myst_list_table_is_read_as_the_table_it_shows() -> None:
    lines = read_lines(_MYST_SCHEDULE)
    cells = [line for line in lines if line.kind == "cell"]
    assert {line.header for line in cells} == {"Date", "Topic", "Reading"}
    assert not any(":widths:" in line.text or "list-table" in line.text for line in lines)
    papers = _by_title(_MYST_SCHEDULE)
    assert set(papers) == {
        "Falsifiable Claims in Machine Learning Research",
        "Values Embedded in Benchmark Design",
        "Prediction Versus Explanation in Social Data",
        "Imputation Strategies for Sparse Clinical Tables",
        "Causal Graphs for Incomplete Observations",
        "Formal Models of Trust in Automated Advice",
    }
    assert papers["Prediction Versus Explanation in Social Data"]["topics"] == ["Foundations"]
    assert papers["Causal Graphs for Incomplete Observations"]["topics"] == ["Missing data"]


def test_a_schedule_day_is_no_year_of_a_paper_with_an_arxiv_number() -> None:
    values = _by_title(_MYST_SCHEDULE)["Values Embedded in Benchmark Design"]
    assert (values["arxiv_id"], values["year"]) == ("1902.00002", 2019)  # not 2024, the class


def test_another_works_link_on_a_titles_line_is_never_its_url() -> None:
    trust = _by_title(_MYST_SCHEDULE)["Formal Models of Trust in Automated Advice"]
    assert trust["url"] == "https://dl.acm.org/doi/10.1145/3400000.3400001"
    assert trust["openreview_id"] is None  # the phrase-linked work beside it is another's


def test_linked_titles_joined_by_and_are_each_a_paper_without_identifiers() -> None:
    text = (
        "# Readings\n\n"
        "- Week 2: [Imputation Strategies for Sparse Clinical Tables]"
        "(https://jmlr.org/papers/v9/doe08a.html) and [Causal Graphs for Incomplete "
        "Observations](https://papers.nips.cc/paper/4001)\n"
    )
    papers = _by_title(text)
    assert papers["Imputation Strategies for Sparse Clinical Tables"]["url"] == (
        "https://jmlr.org/papers/v9/doe08a.html"
    )
    assert papers["Causal Graphs for Incomplete Observations"]["url"] == (
        "https://papers.nips.cc/paper/4001"
    )


_SCRIPTED_LIST = """// Required readings

export const requiredPapers = [
  // Week 2: Mediated talk
  {
    title: "Machine-Mediated Conversation: A Research Agenda",
    url: "https://example.org/jcmc/article/1",
    weekNumber: "2",
    weekTopic: "Mediated talk",
    identifierType: "title" as const
  },
  {
    title: "Readers Misjudge Machine-Written Messages",
    url: "https://example.org/pnas/2",
    weekNumber: "2",
    weekTopic: "Mediated talk",
  },
  {
    title:
      'Lindqvist, A., Okafor, T., & Moreau, K. Agents that role play: a field study of personas.',
    url: "https://example.org/nature/3",
    weekTopic: "Role play",
  },
];
"""


def test_a_javascript_file_of_objects_reads_as_the_yaml_list_it_holds() -> None:
    yaml = js_objects_as_yaml(_SCRIPTED_LIST)
    assert '- title: "Machine-Mediated Conversation: A Research Agenda"' in yaml
    assert '  weekTopic: "Mediated talk"' in yaml
    assert "export const" not in yaml and "as const" not in yaml
    plain = "Some notes: {not data}\ntitle: a line\n"
    assert js_objects_as_yaml(plain) is plain  # no file of objects: left as it is


def test_a_javascript_file_of_papers_gives_titles_links_topics_and_cited_names() -> None:
    papers = _by_title(_SCRIPTED_LIST)
    assert set(papers) == {
        "Machine-Mediated Conversation: A Research Agenda",
        "Readers Misjudge Machine-Written Messages",
        "Agents that role play: a field study of personas",
    }
    first = papers["Machine-Mediated Conversation: A Research Agenda"]
    assert (first["url"], first["topics"]) == (
        "https://example.org/jcmc/article/1",
        ["Mediated talk"],
    )
    personas = papers["Agents that role play: a field study of personas"]
    assert personas["authors"] == ["A. Lindqvist", "T. Okafor", "K. Moreau"]
    assert personas["topics"] == ["Role play"]


def test_a_reading_logs_date_after_a_title_is_its_year() -> None:
    text = (
        "A few denoising papers and what I took from them:\n"
        "Nonequilibrium Sampling for Unsupervised Image Models 2014\n"
        " Kai Moreau, Tess Okafor\n"
        " The first derivation, slow but principled.\n"
        "Denoising Chains for Image Synthesis June 2019\n"
        " Pia Halvorsen, Ana Lindqvist\n"
        " Realistic samples with a simple loss.\n"
    )
    papers = _by_title(text)
    assert papers["Nonequilibrium Sampling for Unsupervised Image Models"]["year"] == 2014
    assert papers["Denoising Chains for Image Synthesis"]["year"] == 2019


def test_a_journals_name_and_year_are_not_cut_as_a_reading_date() -> None:
    text = (
        "# Surveys\n\n"
        "1. **Hallucination in Text Generation: A Survey** `ACM Computing Surveys 2023`\n"
        "2. **Grounding Failures in Large Models** `arXiv 2023`\n"
        "3. **Faithfulness in Summarization Systems** `arXiv 2022`\n"
    )
    assert "Hallucination in Text Generation: A Survey" in _by_title(text)


def test_a_citations_title_ends_where_its_comma_parted_names_begin() -> None:
    # (the end-to-end guard of the rule above: the longer cut wins, the other line is kept)
    text = (
        "Retrieve-Critique: Learning to Retrieve, Rank, and Revise through Self-Review, Akira "
        "Moreau, Sandra Okafor, Connor Halvorsen, Vita Lindqvist, 2023arXiv preprint "
        "arXiv:2310.00001 - 介绍了检索与自我批评结合的框架。\n"
        "Training Models to Follow Instructions with Human Preferences, Lena Park, Jeff Wu, Ana "
        "Silva, Dana Reyes, 2022Advances in Neural Information Processing Systems - "
        "介绍了人类反馈。\n"
    )
    papers = _by_title(text)
    title = "Retrieve-Critique: Learning to Retrieve, Rank, and Revise through Self-Review"
    assert papers[title]["authors"] == [
        "Akira Moreau",
        "Sandra Okafor",
        "Connor Halvorsen",
        "Vita Lindqvist",
    ]


def test_a_comma_cut_inside_a_title_gives_way_to_the_cut_before_its_names() -> None:
    line = (
        "Retrieve-Critique: Learning to Retrieve, Rank, and Revise through Self-Review, Akira "
        "Moreau, Sandra Okafor, Connor Halvorsen"
    )
    title = "Retrieve-Critique: Learning to Retrieve, Rank, and Revise through Self-Review"
    short = Candidate("Retrieve-Critique: Learning to Retrieve", 0, {"before_comma"}, "", 0.5)
    names = "Akira Moreau, Sandra Okafor, Connor Halvorsen"
    whole = Candidate(title, 0, {"before_comma"}, names, 0.08)
    assert line == f"{whole.text}, {whole.rest}"
    assert follow_comma_named_titles([[short, whole]]) == 1
    assert whole.score > short.score
    other = Candidate("Learning Sparse Codes, Fast", 0, {"before_comma"}, "and Well", 0.1)
    assert (
        follow_comma_named_titles(
            [[Candidate("Learning Sparse Codes", 0, {"before_comma"}, "", 0.5), other]]
        )
        == 0
    )


def test_the_comma_names_cut_leaves_a_name_glued_to_the_title() -> None:
    glued = "Models Understand, Too Xiao Liu, Yanan Zheng, Zhengxiao Du, Ming Ding"
    assert before_comma_names(glued) is None
    assert before_comma_names("Short, Ada Lind, Bo Chen, Cy Dee, Di Eve") is None  # first comma
    cut = before_comma_names("Learning to Rank, Revise, and Retry, Ada Lind, Bo Chen, Cy Dee")
    assert cut == ("Learning to Rank, Revise, and Retry", "Ada Lind, Bo Chen, Cy Dee")


def test_label_links_before_a_reviewers_credit_are_no_part_of_the_title() -> None:
    line = read_lines(
        "- 2017, A Categorical View of Value Learning [`PAPER`](https://arxiv.org/abs/1707.00001)"
        " [`NOTE`](https://github.com/group/reviews/blob/master/cat.md) - review by "
        "[Kim](https://github.com/kim)\n"
    )[0]
    start = _link_run(line, _LINK_GAP, _LINK_LABEL)  # the run starts at "PAPER", not later
    assert start is not None
    assert line.text[:start].rstrip() == "2017, A Categorical View of Value Learning"


def test_a_possessive_is_no_part_of_a_name() -> None:
    assert parse_names("Tomas Halvorsen's paper.") == ["Tomas Halvorsen"]
    text = (
        "# Model-based control notes\n\n"
        "### Learned Latent Dynamics for Predictive Control\n\n"
        "Tomas Halvorsen's paper.\n\n"
        "### Recurrent Value Learning Under Partial Observability\n\n"
        "Greta Lindqvist's work\n"
    )
    papers = _by_title(text)
    assert papers["Learned Latent Dynamics for Predictive Control"]["authors"] == [
        "Tomas Halvorsen"
    ]


def test_short_phrases_parted_by_spaced_slashes_are_topics_not_titles() -> None:
    assert never_title("Deep Delta / Residual Geometry / Grokking")
    assert never_title("Speculative Decoding / Draft Models")
    assert never_title("Segmentation/Action Recognition/Pose Estimation/Video")
    assert not never_title("Bridging Language and Sequential / Session-Based Recommendation Models")
    assert not never_title("Input/Output Attention for Speech/Music Tagging")


def test_an_author_cell_of_space_parted_names_is_split_only_where_sure() -> None:
    assert _space_parted_names("Weronika Lindqvist Kristof Balogh") == [
        "Weronika Lindqvist",
        "Kristof Balogh",
    ]
    assert _space_parted_names("Ali Salem Jeffrey M. Dudek Cheng Li") == [
        "Ali Salem",
        "Jeffrey M. Dudek",
        "Cheng Li",
    ]
    assert _space_parted_names("Dario Di Palma Felice Merra") is None  # a particle
    assert _space_parted_names("Felice Antonio Merra Vito Anelli") is None  # odd: a three-word name
    text = (
        "# Best Short Paper Award\n\n"
        "| Year | Authors | Title |\n"
        "| --- | --- | --- |\n"
        "| 2025 | Weronika Lindqvist Kristof Balogh | Grounded Nugget Generation of Answers |\n"
        "| 2024 | Ali Salem Hamid Zaman | Judging Retrieval Quality in Augmented Generation |\n"
        "| 2023 | Dario Di Palma Felice Antonio Merra | Do Language Models Memorize Ratings? |\n"
    )
    papers = _by_title(text)
    assert papers["Judging Retrieval Quality in Augmented Generation"]["authors"] == [
        "Ali Salem",
        "Hamid Zaman",
    ]


def test_a_data_files_links_and_string_lists_keep_to_their_entry() -> None:
    text = """export default [
  {
    title: "Sparse Probes for Model Internals",
    authors: [
      "Ada Lind",
      "Bo Chen",
    ],
    paper: "https://arxiv.org/abs/2401.00001",
    code: "https://github.com/lind/sparse-probes",
    venue: "ICLR 2024",
  },
  {
    title: "Steering Vectors at Scale",
    authors: ["Cy Dee", "Di Eve"],
    paper: "https://arxiv.org/abs/2402.00002",
    venue: "ICML 2024",
  },
  {
    title: "Auditing Reward Models",
    authors: ["Fay Gray"],
    paper: "https://openreview.net/forum?id=AbCdEf123",
    venue: "NeurIPS 2023",
  },
];
"""
    papers = _by_title(text)
    probes = papers["Sparse Probes for Model Internals"]
    assert probes["authors"] == ["Ada Lind", "Bo Chen"]  # a list after its key's line
    assert probes["arxiv_id"] == "2401.00001"
    assert probes["code_url"] == "https://github.com/lind/sparse-probes"
    assert (probes["venue"], probes["year"]) == ("ICLR", 2024)
    assert papers["Auditing Reward Models"]["openreview_id"] == "AbCdEf123"


def test_a_books_chapter_or_a_courses_lecture_after_its_name_is_no_paper() -> None:
    text = (
        "# Session 3: Embeddings\n\n"
        "- [Counting and Predicting Word Contexts](https://aclanthology.org/P14-0001/)\n"
        "- [Language Processing - Chapter 6: Vector Semantics](https://example.org/slp/6.pdf)\n"
        "- [Deep Nets and Learning | Chapter 2: How backpropagation works](https://example.org/nn)\n"
        "- [Large Language Models | Lecture 1: Introduction](https://example.org/llm/1)\n"
        "- [Distributed Representations of Phrases](https://arxiv.org/abs/1310.00001)\n"
    )
    assert set(_by_title(text)) == {
        "Counting and Predicting Word Contexts",
        "Distributed Representations of Phrases",
    }


def test_an_emojis_joiner_is_no_part_of_a_label_before_names() -> None:
    text = (
        "# Accepted papers\n\n"
        "### Dynamic Gaussian Splats for Moving Scenes\n"
        "- **\U0001f9d1\u200d\U0001f52c 作者**：Jon Luit, Georg Kop, Bas Leib\n"
        "- **\U0001f517 链接**：[[中英摘要](https://example.org/a)] [[arXiv:2308.00001]"
        "(https://arxiv.org/abs/2308.00001)]\n\n"
        "### Relightable Splats from Phone Captures\n"
        "- **\U0001f9d1\u200d\U0001f52c 作者**：Abe Saro, Kul Bar\n"
        "- **\U0001f517 链接**：[[arXiv:2309.00002](https://arxiv.org/abs/2309.00002)]\n"
    )
    titles = set(_by_title(text))
    assert not any("作者" in title for title in titles)
    # what is left of "🧑‍🔬" once a cut takes its first half: junk, never a title's start or end
    assert strip_number("\u200d\U0001f52c 作者：Jon Luit")[0] == "作者：Jon Luit"
    assert tidy("Relightable Splats \u200d\U0001f52c") == "Relightable Splats"


_BARE_DASH_YAML = """# Add date: YEAR-MONTH-DATE format
suggested:
    # Information extraction
    ie:
        -
            authors: Mia Banks et al.
            title: Open Extraction of Relations from the Web
            link: https://example.org/papers/ijcai07.pdf
            venue: IJCAI 2007
            date:
            presenters:
        -
            authors: Fabian Sucher et al.
            title: 'ATLAS: A Core of Semantic Knowledge'
            link: https://example.org/papers/www07.pdf
            venue: WWW 2007
            date:
            presenters:
        -
            authors: Nat Chambers and Dan Jurek
            title: Unsupervised Learning of Narrative Chains
            link: https://aclanthology.org/P09-0001
            venue: ACL 2009
            year: 2008
            date:
            presenters:
"""


def test_yaml_items_opened_by_a_bare_dash_keep_their_own_authors() -> None:
    papers = _by_title(_BARE_DASH_YAML)
    # (read as lines, each "authors:" line above its title went to the paper before)
    extraction = papers["Open Extraction of Relations from the Web"]
    assert extraction["authors"] == ["Mia Banks"]
    assert (extraction["venue"], extraction["year"]) == ("IJCAI", 2007)
    assert papers["ATLAS: A Core of Semantic Knowledge"]["authors"] == ["Fabian Sucher"]
    chains = papers["Unsupervised Learning of Narrative Chains"]
    assert chains["authors"] == ["Nat Chambers", "Dan Jurek"]
    assert chains["year"] == 2008  # its own "year:" over its venue's


def test_the_names_that_end_one_list_item_are_never_the_next_items() -> None:
    # each item's names wrap onto the next line, after its dash or with it, as a PDF pasted as
    # text does: the names under one item sit right over the next item's title
    text = (
        "Foundations\n\n"
        '21. "Sparse Coding of Natural Images with Learned Dictionaries" –\n'
        "Olsen & Field (1996)\n"
        '22. "Residual Paths for Very Deep Networks"\n'
        "– Hale et al. (2016)\n"
        '23. "Scaling Convolutional Networks by Depth, Width and Resolution" –\n'
        "Tan & Lee (2019)\n"
        '24. "An Image is Worth a Thousand Patches: Transformers for Vision"\n'
        "– Dosov et al. (2020)\n"
        '25. "Segment Everything in Images and Videos" –\n'
        "Kiril & Mintun (2023)\n"
        '26. "Shifted Window Transformers for Dense Prediction"\n'
        "– Liu et al. (2021)\n"
    )
    lines = read_lines(text)
    scored = score_lines(lines)
    follow_split_citations(lines, scored, 0.5)
    rests = {c.text: c.rest for row in scored for c in row if "whole" in c.how}
    # (the three-line citation rule once gave each such title the names over it)
    assert rests["Residual Paths for Very Deep Networks"] == ""
    assert rests["An Image is Worth a Thousand Patches: Transformers for Vision"] == ""


def test_a_gbt_references_access_date_and_typeset_slashes_are_read_for_what_they_are() -> None:
    text = (
        "参考文献:\n"
        "[1] LAKE A, BROWN K, et al. Sequence labelling with recurrent networks[C]∥Proceedings "
        "of the 23rd International Conference on Machine Learning. New York: ACM, 2006: 1-8.\n"
        "[2] DEVON J, CHANG M, et al. Deep bidirectional pre-training for language "
        "understanding[EB/OL]. (2019-05-24)[2023-03-10].https:∥arxiv.org/abs/1810.04805.\n"
        "[3] GALE M, KNILL K, et al. Keyword spotting for low-resource languages[C]∥The 4th "
        "Workshop on Spoken Language Technologies. St. Petersburg: RFBR, 2014: 16-23.\n"
    )
    papers = _by_title(text)
    bidirectional = papers["Deep bidirectional pre-training for language understanding"]
    assert bidirectional["year"] == 2019  # not 2023, the day the writer read it
    assert bidirectional["arxiv_id"] == "1810.04805"  # "https:∥" is "https://"
