"""Conventions shared by real pages read for errors in stop 96, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_all_found as _all_found
from tests.conftest import digest_by_title
from tests.test_digest_review95 import EIGHT

from papercli.ids import normalize_arxiv

FOUR = EIGHT[:4]
NAMES = [("Quill", "Ada"), ("Marsh", "Bo"), ("Tern", "Cara"), ("Vale", "Dev")]


def test_a_numbered_link_label_before_a_citation_is_no_author() -> None:
    lines = [
        f'- [DOI {k + 1}][ref{k}] {last}, {first}, and Eli Stone. 2021. "{title}." In '
        f"Proceedings of the Sixth Workshop on Tides, 1–9."
        for k, ((last, first), title) in enumerate(zip(NAMES, FOUR, strict=True))
    ]
    refs = [f"[ref{k}]: https://doi.org/10.1000/tide.{k}" for k in range(4)]
    found = _all_found("## References\n\n" + "\n".join(lines) + "\n\n" + "\n".join(refs), FOUR)
    assert found[FOUR[0]]["authors"] == ["Ada Quill", "Eli Stone"]
    assert found[FOUR[3]]["authors"] == ["Dev Vale", "Eli Stone"]


def test_a_template_row_titled_title_n_is_no_paper() -> None:
    rows = [f'Poster,{k + 1},"{title}","Ada Quill, Bo Marsh"' for k, title in enumerate(EIGHT)]
    rows += [f'Poster,{k},title {k},"author 1, author 2"' for k in range(9, 14)]
    page = "session,number,title,authors\n" + "\n".join(rows) + "\n"
    _all_found(page, EIGHT)


def test_a_front_matter_menu_and_speakers_are_no_papers() -> None:
    menu = "".join(
        f'  - title: "{name}"\n    url: /2024#{name.lower()}\n'
        for name in ("Schedule", "Organizers", "Accepted Papers")
    )
    speakers = "".join(
        f'  - title: "{first} {last}"\n    excerpt: |\n      **Tide Lab, Lisbon**\n'
        for last, first in NAMES[:2]
    )
    rows = "".join(
        f"| {k} | {title} | [arxiv](https://arxiv.org/abs/2402.1{k:04d}) |\n"
        for k, title in enumerate(EIGHT)
    )
    page = (
        f'---\ntitle: "Workshop on Tides"\nnavigation:\n{menu}keynote:\n{speakers}---\n\n'
        f"# Accepted Papers\n\n| ID | Title | Link |\n|---|---|---|\n{rows}"
    )
    found = _all_found(page, EIGHT)
    assert found[EIGHT[0]]["topics"] == ["Accepted Papers"]


def test_headings_under_a_long_front_matter_stay_headings() -> None:
    from papercli.importers.digest.blocks import read_lines

    bios = "".join(
        f'  - title: "{first} {last}"\n    bio: "{first} studies tides. {"Words " * 200}"\n'
        for last, first in NAMES
    )
    items = "".join(
        f"- [{title}](https://arxiv.org/abs/2401.1{k:04d})\n" for k, title in enumerate(EIGHT)
    )
    page = f"---\ntitle: Tides\nspeakers:\n{bios}---\n\n# Sparse Models\n\n{items}"
    headings = [line.text for line in read_lines(page) if line.kind == "heading"]
    assert headings == ["Sparse Models"]


def test_a_yaml_document_of_several_parts_loses_its_comments() -> None:
    from papercli.importers.digest.blocks import read_lines

    # (a site generator's blocks, 5,000 characters of them)
    fields = "".join(f"block{k}:\n  title: {title}\n" for k, title in enumerate(FOUR * 40))
    page = f"---\n# Leave the title empty\n{fields}---\n# Another part\n{fields}"
    assert not [line for line in read_lines(page) if line.kind == "heading"]


def test_a_schedule_slot_named_paper_talk_keeps_the_title_whole() -> None:
    rows = "".join(
        f"| **{9 + k}:00 AM** | **Paper talk - {title}** |\n" for k, title in enumerate(EIGHT)
    )
    found = digest_by_title(f"# Schedule\n\n| Time | Agenda |\n|---|---|\n{rows}")
    assert sorted(found) == sorted(EIGHT)


def test_a_liquid_include_tag_is_no_topic() -> None:
    items = "".join(
        f"- [{title}](https://arxiv.org/abs/2401.1{k:04d})\n" for k, title in enumerate(EIGHT)
    )
    page = '# Keynotes\n\n{% include feature_row id="keynote" type="left" %}\n\n' + items
    found = _all_found(page, EIGHT)
    assert all(paper["topics"] == ["Keynotes"] for paper in found.values())


def test_an_alphaxiv_address_names_its_arxiv_paper() -> None:
    assert normalize_arxiv("https://www.alphaxiv.org/abs/2505.24832") == "2505.24832"
    assert normalize_arxiv("https://alphaxiv.org/overview/2505.24832v2") == "2505.24832"
    assert normalize_arxiv("https://www.alphaxiv.org/explore") is None


def test_a_sheet_files_each_paper_under_its_theme_and_its_award() -> None:
    rows = "".join(
        f'"Tides, waves",{k + 1},{title},{"Outstanding Paper" if k == 0 else ""},'
        f"https://www.alphaxiv.org/abs/2505.2{k:04d}\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found("theme,rank,title,award,alphaxiv_url\n" + rows, FOUR)
    assert found[FOUR[0]]["topics"] == ["Tides, waves", "Outstanding Paper"]
    assert found[FOUR[1]]["topics"] == ["Tides, waves"]
    assert found[FOUR[2]]["arxiv_id"] == "2505.20002"


def test_a_plural_column_name_reads_as_its_singular() -> None:
    rows = "".join(
        f"{title},Ada Quill,https://drive.example.org/file/{k}/view,TRUE\n"
        for k, title in enumerate(FOUR)
    )
    found = _all_found("title,authors,pdf_links,show_pdf\n" + rows, FOUR)
    assert found[FOUR[1]]["url"] == "https://drive.example.org/file/1/view"


def test_a_dated_entry_of_a_paper_kind_takes_its_year() -> None:
    entries = "".join(
        f"- date: 202{k}-03-0{k + 1}\n  type: {kind}\n  authors: Quill, A.\n  title: '{title}'\n\n"
        for k, (title, kind) in enumerate(
            zip(FOUR, ["journal", "preprint", "talk", "journal"], strict=True)
        )
    )
    found = digest_by_title(entries)
    assert found[FOUR[0]]["year"] == 2020
    assert found[FOUR[1]]["year"] == 2021
    assert FOUR[2] not in found  # a talk


def test_a_feeds_publication_date_is_no_venue() -> None:
    items = [
        {
            "source": "arXiv",
            "title": title,
            "authors": "Ada Quill",
            "published": "Thu, 09 Apr 2026 00:00:00 -0400",
            "url": f"https://arxiv.org/abs/2604.0{k:04d}",
        }
        for k, title in enumerate(FOUR)
    ]
    found = _all_found(json.dumps({"papers": items}, indent=2), FOUR)
    assert all(paper["venue"] == "arXiv" for paper in found.values())
    assert all(paper["year"] == 2026 for paper in found.values())


def test_a_page_wrapped_in_one_markdown_fence_is_read_as_its_markdown() -> None:
    items = "".join(
        f"[{title}](https://arxiv.org/abs/2507.2{k:04d}). A model of tides that works well.\n\n"
        for k, title in enumerate(EIGHT)
    )
    page = f"```markdown\n---\ntitle: Weekly\n---\n\n### Research\n\n{items}```\n"
    found = _all_found(page, EIGHT)
    assert found[EIGHT[2]]["arxiv_id"] == "2507.20002"


def test_a_page_with_its_own_code_blocks_is_not_unfenced() -> None:
    page = "```python\nprint(1)\n```\n\n" + "".join(
        f"- [{title}](https://arxiv.org/abs/2507.2{k:04d})\n" for k, title in enumerate(EIGHT)
    )
    _all_found(page, EIGHT)


def test_a_label_shared_by_the_pages_titles_is_no_part_of_them() -> None:
    for label in ("Reading {k}: ", "TODO: ", "論文{k}: "):
        page = "".join(f"- {label.format(k=k + 1)}{title}\n" for k, title in enumerate(EIGHT))
        _all_found(page, EIGHT)


def test_a_label_that_says_what_the_items_are_stays() -> None:
    page = "".join(f"- Book: {title}\n" for title in EIGHT)
    assert not set(digest_by_title(page)) & set(EIGHT)


def test_a_link_labelled_open_review_after_a_title_is_no_venue() -> None:
    items = "".join(
        f"- **{title}** - [Open Review](https://openreview.net/forum?id=ab{k}cdefgh)\n"
        for k, title in enumerate(EIGHT)
    )
    found = _all_found("# Accepted Papers 2025\n\n" + items, EIGHT)
    assert all(paper["venue"] is None for paper in found.values())
    assert found[EIGHT[0]]["openreview_id"] == "ab0cdefgh"


def test_a_venue_loses_the_markup_quotes_and_lead_word_written_around_it() -> None:
    from papercli.importers.digest import _tidy_venue
    from papercli.model import Paper

    def tidied(venue: str) -> str | None:
        paper = Paper(title=EIGHT[0], venue=venue)
        _tidy_venue(paper)
        return paper.venue

    assert tidied("<i>Rev. Tides</i> <b>90</b> (2018) 025002") == "Rev. Tides 90 (2018) 025002"
    assert tidied("'AltTides 2013'") == "AltTides 2013"
    assert tidied("en Frontiers in Tides") == "Frontiers in Tides"
    assert tidied("In Proceedings of Tides") == "In Proceedings of Tides"
    assert tidied("NeurIPS") == "NeurIPS"
    assert tidied("J.ACM") == "J.ACM"


def test_what_is_no_venue_at_all_leaves_none() -> None:
    from papercli.importers.digest import _tidy_venue
    from papercli.model import Paper

    for venue in ("2026-07-15T20:40:46Z", "n.d", "vol", "tides.example.org/blog", "the"):
        paper = Paper(title=EIGHT[0], venue=venue)
        _tidy_venue(paper)
        assert paper.venue is None, venue
    for venue in ("Available online here", "Disponible en: https://x.org", "Tersedia di : link"):
        paper = Paper(title=EIGHT[0], venue=venue)
        _tidy_venue(paper)
        assert paper.venue is None, venue


def test_an_author_loses_the_words_written_after_the_name_and_what_is_no_person() -> None:
    from papercli.importers.digest import _tidy_authors
    from papercli.model import Paper

    paper = Paper(title=EIGHT[0], authors=["Ada Quill Journal", "Bo Marsh Paper Link", "Page"])
    _tidy_authors(paper)
    assert paper.authors == ["Ada Quill", "Bo Marsh", "Page"]
    paper = Paper(title=EIGHT[0], authors=["Cara Tern", "In Proceedings", "GitHub Repository"])
    _tidy_authors(paper)
    assert paper.authors == ["Cara Tern"]
    paper = Paper(title=EIGHT[0], authors=["Tuesday October", "et al."])
    _tidy_authors(paper)
    assert paper.authors == []


def test_a_template_tag_or_an_address_over_papers_is_no_topic() -> None:
    for tag in ("{% include tides.html %}", "{{ page.title }}", "https://github.com/ada/tides"):
        items = "".join(
            f"- [{title}](https://arxiv.org/abs/2401.1{k:04d})\n" for k, title in enumerate(EIGHT)
        )
        found = _all_found(f"# Tides\n\n## Sparse\n\n### {tag}\n\n{items}", EIGHT)
        assert all(tag not in paper["topics"] for paper in found.values()), tag


def test_a_topic_loses_its_html_markup() -> None:
    items = "".join(
        f'    {{\n      award: "{k + 1}<sup>st</sup> Tide Prize",\n      title: "{title}",\n'
        f'      author: "Ada Quill",\n    }},\n'
        for k, title in enumerate(FOUR)
    )
    found = _all_found("const awards = {\n  list: [\n" + items + "  ],\n};\n", FOUR)
    assert found[FOUR[0]]["topics"] == ["1st Tide Prize"]


def test_a_site_tab_over_papers_is_named_by_its_label() -> None:
    items = "".join(
        f"- [{title}](https://arxiv.org/abs/2401.1{k:04d})\n" for k, title in enumerate(EIGHT)
    )
    found = _all_found(f'## News\n\n{{{{< tab "Jul" >}}}}\n\n{items}', EIGHT)
    assert found[EIGHT[0]]["topics"][-1] == "Jul"


def test_images_whose_reference_the_page_never_defines_are_dropped() -> None:
    from papercli.importers.digest.blocks import without_unresolved_images

    page = (
        f"1. [{EIGHT[0]}](https://arxiv.org/abs/2401.10000)  \n   ![image][Paper] ![image][NLP]\n"
    )
    assert without_unresolved_images(page) == (
        f"1. [{EIGHT[0]}](https://arxiv.org/abs/2401.10000)  \n\n"
    )


def test_an_image_whose_reference_is_defined_stays() -> None:
    from papercli.importers.digest.blocks import without_unresolved_images

    page = "![logo][tide] and ![gone][nowhere]\n\n[tide]: https://example.org/tide.png\n"
    assert without_unresolved_images(page) == (
        "![logo][tide] and\n\n[tide]: https://example.org/tide.png\n"
    )


def test_a_file_path_is_no_paper() -> None:
    from papercli.importers.digest import _never_a_paper
    from papercli.model import Paper

    assert _never_a_paper(Paper(title="D:\\paper_reading\\tides\\15"))
    assert not _never_a_paper(Paper(title=EIGHT[0]))


def test_a_title_loses_the_marks_and_latex_style_around_its_words() -> None:
    from papercli.importers.digest import DigestResult, _tidy_title
    from papercli.model import Paper

    for written, tidied in (
        (f"⭐{EIGHT[0]}", EIGHT[0]),
        (f"✨ {EIGHT[1]}", EIGHT[1]),
        (f"`{EIGHT[2]}", EIGHT[2]),
        ("\\textit{TideNet}: Deep Networks for Tides", "TideNet: Deep Networks for Tides"),
        (f"`{EIGHT[3]}` code", f"`{EIGHT[3]}` code"),
        (f"{EIGHT[4]} [paper", EIGHT[4]),
        (f"201706 {EIGHT[5]}", EIGHT[5]),
        ("2017 Was a Year of Tides", "2017 Was a Year of Tides"),
    ):
        paper = Paper(title=written)
        _tidy_title(paper, DigestResult(format="digest"))
        assert paper.title == tidied


def test_a_blog_post_or_a_courses_notes_is_no_paper() -> None:
    posts = [
        "https://jalammar.github.io/illustrated-tides/",
        "https://medium.com/@ada/tides-explained-1234",
        "https://towardsdatascience.com/tides-in-ten-minutes-5678",
        "https://cs231n.github.io/tides/",
        "https://www.coursera.org/learn/tides",
        "https://stackoverflow.com/questions/1234/tides",
    ]
    items = [f"- [{title}](https://arxiv.org/abs/2401.1{k:04d})" for k, title in enumerate(EIGHT)]
    items += [f"- [The Illustrated Tide Model Number {k}]({url})" for k, url in enumerate(posts)]
    _all_found("## Readings\n\n" + "\n".join(items) + "\n", EIGHT)


def test_a_post_that_names_its_paper_by_identifier_is_kept() -> None:
    page = (
        "- [Sparse Attention Networks for Lidar Point Clouds](https://medium.com/@ada/sparse) "
        "(arXiv:2401.10001)\n"
    )
    found = digest_by_title(page)
    assert found["Sparse Attention Networks for Lidar Point Clouds"]["arxiv_id"] == "2401.10001"


def test_a_line_of_authors_alone_is_no_paper() -> None:
    from papercli.importers.digest import _never_a_paper
    from papercli.model import Paper

    for line in ("Ada Quill (Tide University) et al.", "Quill, A., vd", "Marsh, B. et al."):
        assert _never_a_paper(Paper(title=line)), line
    assert not _never_a_paper(Paper(title="Tides (and Waves) for Everyone"))


def test_a_japanese_name_loses_its_affiliation_in_full_width_brackets() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("樋口 啓太，佐野 正太郎（Tide Networks），五十嵐 健夫（東大）") == [
        "樋口 啓太",
        "佐野 正太郎",
        "五十嵐 健夫",
    ]
