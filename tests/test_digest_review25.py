"""Layouts from real pages read for errors in stop 45, written afresh."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest.records import award_intro


def test_a_line_introducing_an_awards_winners_is_their_topic() -> None:
    page = (
        "Announcing the Lantern Society's Test-of-Time Paper Award\n"
        "The award honours papers that still shape the field years on.\n"
        "The 2024 winners of the 2004 Test-of-Time Paper Award are:\n"
        "Ada Moss, Ben Reed.\n"
        "Folding Cameras for Wide Scenes.\n"
        "Proceedings of ACL 2004.\n"
        "Cleo Park.\n"
        "Quiet Tokens Speak Louder in Sparse Decoders.\n"
        "Proceedings of EMNLP 2004.\n"
        "The 2024 winners of the 2014 Test-of-Time Paper Award are:\n"
        "Dan Hale, Eve Stone.\n"
        "Pegging Boards for Language Models.\n"
        "Proceedings of ACL 2014.\n"
        "Fay Wu.\n"
        "Counting Sheep with Sparse Attention.\n"
        "Proceedings of NAACL 2014.\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["topics"]) for p in papers] == [
        ("Folding Cameras for Wide Scenes", ["2004 Test-of-Time Paper Award"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["2004 Test-of-Time Paper Award"]),
        ("Pegging Boards for Language Models", ["2014 Test-of-Time Paper Award"]),
        ("Counting Sheep with Sparse Attention", ["2014 Test-of-Time Paper Award"]),
    ]
    assert [p["year"] for p in papers] == [2004, 2004, 2014, 2014]


def test_award_intro_reads_only_lines_that_introduce_winners() -> None:
    assert award_intro("The winners of the Best Paper Award are:") == "Best Paper Award"
    assert award_intro("Recipients of the 2019 Ada Prize:") == "2019 Ada Prize"
    assert award_intro("The winners were announced at ACL 2023. Congratulations!") is None
    assert award_intro("The winners of the Best Paper Award are listed below.") is None
    assert award_intro("Winners of the hackathon:") is None


def test_an_award_label_before_a_quoted_title_is_its_topic() -> None:
    page = (
        "Lantern Awards 2031\n"
        "The committee chose three papers this year.\n"
        'Outstanding Paper Award 1: "Folding Cameras for Wide Scenes" (authors: Ada Moss,'
        " Ben Reed) shows how to fold a camera.\n"
        'Outstanding Paper Award 2: "Quiet Tokens Speak Louder in Sparse Decoders" (authors:'
        " Cleo Park) finds quiet tokens.\n"
        'Test‑of‑Time Award: "Pegging Boards for Language Models" by Dan Hale.\n'
    )
    assert [(p["title"], p["topics"]) for p in _papers(page)] == [
        ("Folding Cameras for Wide Scenes", ["Outstanding Paper Award"]),
        ("Quiet Tokens Speak Louder in Sparse Decoders", ["Outstanding Paper Award"]),
        ("Pegging Boards for Language Models", ["Test‑of‑Time Award"]),
    ]


def test_a_one_word_name_first_in_a_list_of_whole_names_is_a_mononym() -> None:
    from papercli.importers.names import read_name_list

    names, _ = read_name_list("Mausam, Ada Moss, Ben Reed, Cleo Park.")
    assert names == ["Mausam", "Ada Moss", "Ben Reed", "Cleo Park"]
    # MLA still inverts the first name when a given name (and its initials) follows alone
    assert read_name_list("Moss, Ada, Ben Reed, et al.")[0] == ["Ada Moss", "Ben Reed"]
    assert read_name_list("Moss, Ada M., Ben Reed, and Cleo Park")[0] == [
        "Ada M. Moss",
        "Ben Reed",
        "Cleo Park",
    ]
    # with MLA's "and" before the last name, the first name is inverted whatever its length
    assert read_name_list("Ba, Jimmy Lei, Jamie Ryan Kiros, and Geoffrey E. Hinton")[0] == [
        "Jimmy Lei Ba",
        "Jamie Ryan Kiros",
        "Geoffrey E. Hinton",
    ]


def test_a_link_item_below_its_title_item_is_that_papers_not_the_next() -> None:
    page = (
        "Seminar topics\n"
        "Topic 1: where it started\n"
        "The first session reads the founding papers.\n"
        "- “Folding Cameras for Wide Scenes” by Ada Moss et al.\n"
        "- https://arxiv.org/abs/1503.03585\n"
        "- “Quiet Tokens Speak Louder in Sparse Decoders” by Ben Reed and Cleo Park (2020)\n"
        "- https://arxiv.org/abs/2006.11239\n"
        "- “Pegging Boards for Language Models” by Dan Hale et al. (2021)\n"
        "- https://arxiv.org/abs/2011.13456\n"
    )
    assert [(p["title"], p.get("arxiv_id")) for p in _papers(page)] == [
        ("Folding Cameras for Wide Scenes", "1503.03585"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "2006.11239"),
        ("Pegging Boards for Language Models", "2011.13456"),
    ]


def test_an_arxiv_listings_id_line_above_its_title_stays_its_own() -> None:
    page = (
        "New submissions\n"
        "- arXiv:2101.00001\n"
        "- Folding Cameras for Wide Scenes\n"
        "- arXiv:2101.00002\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders\n"
        "- arXiv:2101.00003\n"
        "- Pegging Boards for Language Models\n"
    )
    got = [(p["title"], p.get("arxiv_id")) for p in _papers(page)]
    assert got == [
        ("Folding Cameras for Wide Scenes", "2101.00001"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "2101.00002"),
        ("Pegging Boards for Language Models", "2101.00003"),
    ]


def test_an_openreview_pdf_link_is_the_papers_pdf_and_its_forum_its_page() -> None:
    page = (
        "Quantisation papers\n"
        "- Folding Cameras for Wide Scenes [[paper]](https://openreview.net/pdf?id=Ab12Cd34Ef)\n"
        "- Quiet Tokens Speak Louder in Sparse Decoders"
        " [[paper]](https://openreview.net/pdf?id=Gh56Ij78Kl)\n"
    )
    got = [(p["url"], p.get("pdf_url"), p["openreview_id"]) for p in _papers(page)]
    assert got == [
        (
            "https://openreview.net/forum?id=Ab12Cd34Ef",
            "https://openreview.net/pdf?id=Ab12Cd34Ef",
            "Ab12Cd34Ef",
        ),
        (
            "https://openreview.net/forum?id=Gh56Ij78Kl",
            "https://openreview.net/pdf?id=Gh56Ij78Kl",
            "Gh56Ij78Kl",
        ),
    ]


def test_a_note_or_pdf_kept_in_a_repository_is_not_the_papers_code() -> None:
    notes = "https://github.com/ada/seg-notes/blob/master/notes/"
    page = (
        "| No. | Paper | Notes | Code |\n"
        "|---|---|---|---|\n"
        f"| 01 | [Folding Cameras for Wide Scenes](https://arxiv.org/abs/1809.02983) |"
        f" [01.md]({notes}01.md) | [Code](https://github.com/ben/folding) |\n"
        f"| 02 | [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/1809.00916)"
        f" | [02.md]({notes}02.md) | [Code](https://github.com/cleo/quiet) |\n"
        "| 03 | Pegging Boards for Language Models |"
        " [PDF](https://github.com/dan/pegging/blob/main/resources/paper.pdf) | |\n"
    )
    got = [(p.get("code_url"), p.get("pdf_url")) for p in _papers(page)]
    assert got == [
        ("https://github.com/ben/folding", None),
        ("https://github.com/cleo/quiet", None),
        (None, "https://github.com/dan/pegging/blob/main/resources/paper.pdf"),
    ]


def test_a_year_or_month_heading_is_its_papers_topic_and_no_ones_translation() -> None:
    items = "".join(
        f"- {t}\n"
        for t in (
            "Sparse Routing Tables for Mixture Layers",
            "Patterns of Drift in Online Media Streams",
            "Contrastive Pretraining for Dense Retrieval at Scale",
        )
    )
    for heading in ("2019年", "2018 DL Papers", "2018-03"):
        papers = _papers(f"# 读书笔记\n\n## {heading}\n\n{items}")
        assert [(p["topics"], p["alt_titles"]) for p in papers] == [([heading], [])] * 3


def test_a_notes_apps_page_links_and_task_boxes_are_read_as_plain_titles() -> None:
    page = (
        "# RLHF notes\n\n## Alignment\n\n"
        "- [x] [[Sparse Routing Tables for Mixture Layers]]\n"
        "- [ ] [[Patterns of Drift in Online Media Streams|drift]]\n"
        "- [x] [[Contrastive Pretraining for Dense Retrieval at Scale]]\n"
    )
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Alignment"]),
        ("Patterns of Drift in Online Media Streams", ["Alignment"]),
        ("Contrastive Pretraining for Dense Retrieval at Scale", ["Alignment"]),
    ]


def test_a_blog_platforms_redirect_gives_way_to_the_address_it_leads_to() -> None:
    from papercli.importers.digest.blocks import unwrapped_redirects

    zhihu = "https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2009.01325"
    page = (
        "## 论文\n\n"
        f"- Sparse Routing Tables for Mixture Layers, Arxiv 2020 [Paper]({zhihu})\n"
        "- Patterns of Drift in Online Media Streams, Arxiv 2021"
        " [Paper](https://link.zhihu.com/?target=https%3A//arxiv.org/abs/2112.00861)\n"
    )
    got = [(p["url"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("https://arxiv.org/abs/2009.01325", "2009.01325"),
        ("https://arxiv.org/abs/2112.00861", "2112.00861"),
    ]
    # a search engine's result link is kept as the author copied it
    google = "https://www.google.com/url?sa=t&url=https%3A%2F%2Farxiv.org%2Fabs%2F1409.0473"
    assert unwrapped_redirects(google) == google
    # a target that would not read back as one address stays wrapped
    odd = "https://link.zhihu.com/?target=https%3A//x.org/a%29b"
    assert unwrapped_redirects(odd) == odd


def test_rating_stars_after_a_title_and_a_remarked_section_name() -> None:
    page = (
        "Essential Readings\n"
        "A reading list ordered by priority.\n"
        "📌 Mandatory Readings (Must Read First)\n"
        "These papers come first:\n"
        "1. Sparse Routing Tables for Mixture Layers ⭐⭐⭐\n"
        "- Authors: Moss et al. (2017)\n"
        "2. Patterns of Drift in Online Media Streams ⭐⭐\n"
        "- Authors: Reed et al. (2020)\n"
        "🎯 Core Papers (Highly Recommended)\n"
        "Read these next:\n"
        "Contrastive Pretraining for Dense Retrieval at Scale ⭐\n"
        "- Authors: Park et al. (2022)\n"
    )
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["📌 Mandatory Readings (Must Read First)"]),
        ("Patterns of Drift in Online Media Streams", ["📌 Mandatory Readings (Must Read First)"]),
        (
            "Contrastive Pretraining for Dense Retrieval at Scale",
            ["🎯 Core Papers (Highly Recommended)"],
        ),
    ]
    from papercli.importers.digest.records import _remarked_label

    assert not _remarked_label("Ada Moss (Google Research)")


def test_a_page_of_title_by_names_lines_vouches_for_its_sentence_case_titles() -> None:
    page = (
        "A list of papers I like.\n"
        "Least Squares Quantization in PCM by Stuart P Lloyd (1982).\n"
        "Scale Mixtures of Gaussians and the Statistics of Natural Images by Wainwright and"
        " Simoncelli (1999).\n"
        "Annealed importance sampling by Radford Neal (2001).\n"
        "A computational approach to edge detection by John Canny (1986)\n"
        "On spectral clustering by Ng, Jordan and Weiss (2001).\n"
        "The NTK paper by Jacot, Gabriel and Hongler (2018).\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "On spectral clustering" in titles
    assert not any("NTK" in t for t in titles)


def test_a_title_then_its_first_authors_surname_et_al_is_cited() -> None:
    page = (
        "Week 3\nWelcome to Week 3! We read about routers this week.\nLectures\n"
        "Lecture 1: Routing [pdf].\nRequired reading:\n"
        "- Sections 7 through 9 of Neural Routers: A Tutorial, Moss.\n"
        "Lecture 2: Routers [pdf]\nRequired reading:\n"
        "- Routers are All You Need. Vaswami et al. (Sections 1-4)\n"
        "- Routers from Scratch. Blog entry by Ben Reed.\n"
        "Lecture 3: Retrieval [pdf].\nRequired reading:\n"
        "Contrastive Pretraining for Dense Retrieval at Scale. Park et al., NAACL 2019."
        " (Sections 1 and 3)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Routers are All You Need",
        "Contrastive Pretraining for Dense Retrieval at Scale",
    ]


def test_title_comma_name_comma_year_items_with_full_width_commas() -> None:
    page = (
        "### 3.论文\n"
        "* Sparse Routing Tables for Mixture Layers，Ada Moss，2017 | [【笔记】](./a.md)\n"
        "* Patterns of Drift in Online Media Streams，Ben Reed，2016\n"
        "* Context-Aware Retrieval Systems，Cleo Park，2013\n"
        "* Toward the Next Generation of Routing Systems: Applications and Challenges，"
        "Dan Hale，2013\n"
    )
    got = [(p["title"], p["authors"], p["year"]) for p in _papers(page)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Ada Moss"], 2017),
        ("Patterns of Drift in Online Media Streams", ["Ben Reed"], 2016),
        ("Context-Aware Retrieval Systems", ["Cleo Park"], 2013),
        (
            "Toward the Next Generation of Routing Systems: Applications and Challenges",
            ["Dan Hale"],
            2013,
        ),
    ]


def test_the_journal_computational_linguistics_is_a_venue_only_as_cited() -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year("Computational Linguistics, 24(1). 1998.") == (
        "Computational Linguistics",
        1998,
    )
    assert find_venue_year("*Computational Linguistics*.")[0] == "Computational Linguistics"
    assert find_venue_year("COLING: International Conference on Computational Linguistics")[0] in (
        "COLING",
        None,
    )
    assert (
        find_venue_year("Transactions of the Association for Computational Linguistics")[0]
        != "Computational Linguistics"
    )
    assert find_venue_year("a survey of computational linguistics methods")[0] is None


# ---------------------------------------------------------------------------------------------
# The review's findings, each mended


def test_reference_style_links_and_embeds_beside_notes_app_links() -> None:
    page = (
        "## Papers\n\n"
        "- Sparse Routing Tables for Mixture Layers [[paper]][p0]\n"
        "- Patterns of Drift in Online Media Streams [[paper]][p1]\n\n"
        "[p0]: https://arxiv.org/abs/1503.03585\n"
        "[p1]: https://arxiv.org/abs/2006.11239\n"
    )
    got = [(p["title"], p["arxiv_id"]) for p in _papers(page)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", "1503.03585"),
        ("Patterns of Drift in Online Media Streams", "2006.11239"),
    ]
    from papercli.importers.digest.blocks import read_lines

    texts = [ln.text for ln in read_lines("- [[Routing Tables#Method|here]] ![[fig.png]]\n")]
    assert texts == ["Routing Tables"]


def test_an_awards_winners_end_where_another_list_is_introduced() -> None:
    page = (
        "Lantern Awards 2031\n"
        "The winners of the Best Paper Award are:\n"
        "- Sparse Routing Tables for Mixture Layers\n"
        "- Patterns of Drift in Online Media Streams\n\n"
        "Beyond the awards, I also enjoyed these papers:\n"
        "- Contrastive Pretraining for Dense Retrieval at Scale\n"
    )
    got = [(p["title"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("Sparse Routing Tables for Mixture Layers", ["Best Paper Award"]),
        ("Patterns of Drift in Online Media Streams", ["Best Paper Award"]),
        ("Contrastive Pretraining for Dense Retrieval at Scale", []),
    ]
    assert award_intro("Winners of the Best Paper Award 2023:") == "Best Paper Award 2023"


def test_an_award_intro_is_never_a_title_itself() -> None:
    page = (
        "Lantern Society news\n"
        "The 2024 winners of the 2004 Test-of-Time Paper Award are:\n"
        "Ada Moss, Ben Reed.\n"
        "Folding Cameras for Wide Scenes.\n"
        "Proceedings of ACL 2004.\n"
    )
    assert all("winners" not in p["title"] for p in _papers(page))


def test_a_year_heading_under_two_subject_headings_keeps_them() -> None:
    page = (
        "# Papers\n\n## Vision\n\n### Detection\n\n#### 2019\n\n"
        "- Sparse Routing Tables for Mixture Layers\n"
        "- Patterns of Drift in Online Media Streams\n"
        "- Contrastive Pretraining for Dense Retrieval at Scale\n"
    )
    assert [p["topics"] for p in _papers(page)] == [["Vision", "Detection", "2019"]] * 3


def test_link_items_below_a_title_stay_with_it_code_link_included() -> None:
    page = (
        "Seminar topics\n"
        "The first session reads the founding papers.\n"
        "- “Folding Cameras for Wide Scenes” by Ada Moss et al.\n"
        "- https://arxiv.org/abs/1503.03585\n"
        "- https://github.com/ada/folding\n"
        "- “Quiet Tokens Speak Louder in Sparse Decoders” by Ben Reed and Cleo Park (2020)\n"
        "- https://arxiv.org/abs/2006.11239\n"
    )
    got = [(p["title"], p.get("arxiv_id"), p.get("code_url")) for p in _papers(page)]
    assert got == [
        ("Folding Cameras for Wide Scenes", "1503.03585", "https://github.com/ada/folding"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "2006.11239", None),
    ]


def test_redirects_unwrap_whatever_the_case_of_their_target() -> None:
    from papercli.importers.digest.blocks import unwrapped_redirects
    from papercli.importers.digest.fields import repository_document

    assert (
        unwrapped_redirects("https://link.zhihu.com/?target=Https%3A//arxiv.org/abs/1")
        == "Https://arxiv.org/abs/1"
    )
    assert repository_document("/ada/notes/blob/main/a.md") == "md"
    assert repository_document("/ada/notes/blob/main/x.d/readme") is None
    assert repository_document("/ada/notes/tree/main/a.md") is None


def test_a_data_files_lines_are_read_whatever_space_opens_them() -> None:
    from papercli.importers.digest.embedded import _DATA_LINE

    assert _DATA_LINE.match('   {"title": "Folding Cameras"')
    assert _DATA_LINE.match(', "title": "Folding Cameras"')
    assert _DATA_LINE.match('"title":"Folding Cameras"')
    assert _DATA_LINE.match(" " * 50 + "Outstanding Paper Award: x") is None


# the second read of the change, mended


def test_a_code_link_above_each_title_stays_with_it() -> None:
    page = (
        "Projects\n\n- https://github.com/ada/folding\n- Folding Cameras for Wide Scenes\n"
        "- https://github.com/ben/quiet\n- Quiet Tokens Speak Louder in Sparse Decoders\n"
        "- https://github.com/cleo/pegging\n- Pegging Boards for Language Models\n"
        "- https://github.com/awesome/more-lists\n"
    )
    got = [(p["title"], p.get("code_url")) for p in _papers(page)]
    assert got == [
        ("Folding Cameras for Wide Scenes", "https://github.com/ada/folding"),
        ("Quiet Tokens Speak Louder in Sparse Decoders", "https://github.com/ben/quiet"),
        ("Pegging Boards for Language Models", "https://github.com/cleo/pegging"),
    ]


def test_a_heading_or_a_course_named_computational_linguistics_is_no_venue() -> None:
    from papercli.importers.venues import find_venue_year

    page = (
        "# Computational Linguistics\n\n"
        "- Sparse Routing Tables for Mixture Layers (Moss et al., 2017)\n"
        "- Patterns of Drift in Online Media Streams (Reed et al., 2016)\n"
    )
    assert [p["venue"] for p in _papers(page)] == [None, None]
    assert find_venue_year("Introduction to Computational Linguistics (Fall 2023)")[0] is None
    assert find_venue_year("Association for\xa0Computational Linguistics.")[0] is None
    assert find_venue_year("Title. Computational Linguistics. (Citation: 5)")[0] == (
        "Computational Linguistics"
    )


def test_remarks_by_one_person_and_sentences_before_et_al_are_no_papers() -> None:
    by = (
        "Reading list\n\n"
        "Sparse Routing Tables for Mixture Layers by Ada Moss and Ben Reed (2017)\n"
        "Patterns of Drift in Online Media Streams by Cleo Park and Dan Hale (2016)\n"
        "Contrastive Pretraining for Dense Retrieval at Scale by Eve Stone and Fay Wu (2014)\n"
        "I also recommend the video walkthrough by Gil Lane (2020)\n"
        "- The blog post by Hal Ivy (2021)\n"
    )
    titles = [p["title"] for p in _papers(by)]
    assert not any("walkthrough" in t or "blog post" in t for t in titles)
    et_al = (
        "Week 1 readings\n\n"
        "- Sparse Routing Tables for Mixture Layers. Moss et al. (Sections 1-4)\n"
        "- Patterns of Drift in Online Media Streams. Reed et al. (Sections 1-3)\n"
        "- Read the introduction. Park et al. (Chapter 1)\n"
        "- Skim the appendix. Hale et al. (optional)\n"
    )
    titles = [p["title"] for p in _papers(et_al)]
    assert "Read the introduction" not in titles and "Skim the appendix" not in titles


def test_rating_stars_leave_every_paper_of_the_list() -> None:
    page = (
        "Must-read papers\n\n"
        "- Sparse Routing Tables for Mixture Layers ⭐⭐⭐⭐⭐\n"
        "- Patterns of Drift in Online Media Streams ⭐⭐⭐\n"
        "- Contrastive Pretraining for Dense Retrieval at Scale\n"
        "- Dropout Routing: A Simple Way to Prevent Mixture Layers from Collapsing ★★☆\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media Streams",
        "Contrastive Pretraining for Dense Retrieval at Scale",
        "Dropout Routing: A Simple Way to Prevent Mixture Layers from Collapsing",
    ]


def test_a_field_label_does_not_end_an_awards_winners() -> None:
    page = (
        "Announcing the Lantern Society's Test-of-Time Paper Award\n"
        "The award honours papers that still shape the field years on.\n"
        "The 2024 winners of the 2004 Test-of-Time Paper Award are:\n"
        "Ada Moss, Ben Reed.\nFolding Cameras for Wide Scenes.\nProceedings of ACL 2004.\n"
        "Citation:\n"
        "Cleo Park.\nQuiet Tokens Speak Louder in Sparse Decoders.\nProceedings of EMNLP 2004.\n"
        "Citation:\n"
        "Dan Hale, Eve Stone.\nPegging Boards for Language Models.\nProceedings of ACL 2004.\n"
    )
    assert [p["topics"] for p in _papers(page)] == [["2004 Test-of-Time Paper Award"]] * 3


def test_notes_app_embeds_and_links_keep_their_papers() -> None:
    from papercli.importers.digest.blocks import read_lines

    def texts(page: str) -> list[str]:
        return [ln.text for ln in read_lines(page)]

    assert texts("- ![[Batch Routing Accelerates Mixture Layers.pdf]]\n") == [
        "Batch Routing Accelerates Mixture Layers"
    ]
    listed = "# Notes\n\n- [[Sparse Routing Tables for Mixture Layers]]\n" + (
        "- [[Patterns of Drift in Online Media Streams]][1]\n"
        "- [[Contrastive Pretraining for Dense Retrieval at Scale]]\n"
    )
    assert [p["title"] for p in _papers(listed)] == [
        "Sparse Routing Tables for Mixture Layers",
        "Patterns of Drift in Online Media Streams",
        "Contrastive Pretraining for Dense Retrieval at Scale",
    ]
    assert texts("- [[C# Programming Yellow Book]]\n") == ["C# Programming Yellow Book"]
    assert texts("- [[pdf]](https://x.org/a.pdf)\n") == ["[pdf]"]


def test_a_venue_section_is_no_topic_of_a_paper_of_another_year() -> None:
    page = (
        "# Notes\n\n## Graph learning\n\n### KDD 2022\n\n"
        "- Folding Cameras for Wide Scenes\n"
        "- Pegging Boards for Language Models (KDD 2023)\n"
    )
    got = [(p["venue"], p["year"], p["topics"]) for p in _papers(page)]
    assert got == [
        ("KDD", 2022, ["Graph learning", "KDD 2022"]),
        ("KDD", 2023, ["Graph learning"]),
    ]
