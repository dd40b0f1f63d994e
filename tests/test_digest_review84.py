"""Conventions shared by real pages read for errors in stop 84, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def test_a_reading_logs_tags_after_each_title_are_no_part_of_it() -> None:
    tags = ["**#arxiv2019**", "`Retrieval` `FAIR`", "`PAMI` `Microsoft`", "**#cvpr2020**"]
    page = "".join(f"* {title} {tag}\n" for title, tag in zip(TITLES, tags, strict=True))
    page += "\t> a note on the last one, with its own words\n"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["year"] == 2019


def test_jekyll_scholars_built_list_gives_each_div_title_and_its_authors() -> None:
    entries = "".join(
        f'<li>\n<div class="row">\n\n  <div class="col abbr">\n'
        f'    <abbr class="badge">EMNLP</abbr>\n\n  </div>\n\n'
        f'  <div id="moss2025k{k}" class="col-sm-8">\n\n'
        f'    <div class="title">{title}</div>\n\n    <div class="author">\n\n\n'
        f"      Ada\n            Moss, Ben\n            Quill, and Cara\n            Wren\n"
        f'    </div>\n\n    <div class="periodical">\n      In Proceedings of the 2025 '
        f"Conference on Empirical Methods in Natural Language Processing, 2025\n    </div>\n\n"
        f'    <div class="links">\n      <a href="http://arxiv.org/abs/2501.0{k}123" '
        f'class="btn">arXiv</a>\n    </div>\n\n'
        f'    <div class="bibtex hidden">\n<pre>@inproceedings{{moss2025k{k},\n'
        f"  title = {{{title}}},\n}}</pre>\n    </div>\n  </div>\n</div>\n</li>\n"
        for k, title in enumerate(TITLES)
    )
    page = f'<h2 class="bibliography">2025</h2>\n<ol class="bibliography">{entries}</ol>\n'
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    first = found[TITLES[0]]
    assert first["authors"] == ["Ada Moss", "Ben Quill", "Cara Wren"]
    assert first["arxiv_id"] == "2501.00123"


def test_a_venue_line_in_findings_of_the_association_is_never_a_title() -> None:
    page = "".join(
        f"EMNLP Findings\n\n{title}\n\nAda Moss and Ben Quill\n\n"
        f"In Findings of the Association for Computational Linguistics: EMNLP 2024, 2024\n\n"
        f"[arXiv](https://arxiv.org/abs/2311.0{k}422)\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_bibtex2html_entries_with_anchored_keys_and_addresses_are_read() -> None:
    page = "<h1>pubs2014.bib</h1>" + "".join(
        f'<a name="Moss14k{k}"></a><pre>\n@inproceedings{{<a href="raw.html#Moss14k{k}">'
        f"Moss14k{k}</a>,\n  author = {{Moss, Ada and Quill, Ben}},\n  title = {{{title}}},\n"
        f"  booktitle = {{Proceedings of Small Workshops}},\n  year = 2014,\n"
        f'  url = {{<a href="http://example.org/p{k}.pdf">http://example.org/p{k}.pdf</a>}}\n'
        f"}}\n</pre>\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill"]
    assert found[TITLES[1]]["url"] == "http://example.org/p1.pdf"


def test_a_title_by_a_company_or_school_is_cut_before_its_maker() -> None:
    makers = ["OpenAI", "Google Research", "Microsoft and UCLA", "FAIR/Meta"]
    page = "# Review\n\n" + "".join(
        f"### {k + 1}. {title} by {maker} [arXiv](https://arxiv.org/abs/2103.0{k}020)\n"
        f"Trains on pairs crawled from the web.\n\n"
        for k, (title, maker) in enumerate(zip(TITLES, makers, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2103.02020"


def test_a_by_before_a_persons_name_or_a_word_stays_as_it_was() -> None:
    # "by Meta-Learning" is the title's own; a person's byline is no maker to cut here
    page = "".join(
        f"- [{title} by Meta-Learning](https://arxiv.org/abs/2103.0{k}020)\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(f"{title} by Meta-Learning" for title in TITLES)


def test_bibtex_entries_pasted_with_line_breaks_after_each_field_are_read() -> None:
    page = "# Publicaciones\n\n" + "".join(
        f"### Congreso {k}\n__Título:__ {title} <br />\n__Cita BibTeX:__ <br />\n"
        f"@inproceedings{{moss202{k},\n  title={{{title}}}, <br />\n"
        f"  author={{Moss, Ada and Quill, Ben}}, <br />\n  year={{202{k}}} <br />\n}} <br />\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["authors"] == ["Ada Moss", "Ben Quill"]
    assert found[TITLES[2]]["year"] == 2022


def test_a_csv_with_spaces_before_quoted_cells_and_empty_trailing_cells_is_read() -> None:
    header = "authors,title,publication,year,code,arxiv\n"
    rows = "".join(
        f'"Moss, Ada; Quill, Ben", "{title}",CVPR,2024,https://github.com/ada/r{k},'
        f"https://arxiv.org/abs/2401.0{k}123,,,\n"
        for k, title in enumerate(MORE)
    )
    found = _by_title(header + rows)
    assert sorted(found) == sorted(MORE)
    first = found[MORE[0]]
    assert first["code_url"] == "https://github.com/ada/r0"
    assert first["arxiv_id"] == "2401.00123"


def test_a_cmt_exports_authors_name_column_gives_the_authors() -> None:
    header = "CMT_Paper_ID,Paper_Title,Authors_Name (comma separated),Link_to_Video\n"
    rows = "".join(
        f'{k + 4},{title},"Ada Moss*, Ben Quill",https://youtu.be/x{k}\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(header + rows)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill"]


def test_full_names_and_a_bracketed_year_before_a_linked_title_are_its_authors() -> None:
    page = "".join(
        f"- Topic {k} [Section {k} of the book, _[Ada Moss, Ben Quill ({2001 + k}): {title}]"
        f"(https://example.org/p{k}.pdf)_]\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_lectures_field_headings_are_no_sections_of_its_papers() -> None:
    page = (
        "### Lecture: 7. Recurrent Networks\n#### Date: Mar 27\n"
        "#### Slides: https://example.org/slides/?07\n#### Questions: #lecture_7_questions\n"
        "#### Lecture assignment: tagger_we\n\n"
    ) + "".join(
        f"- Topic {k} [[{title}](https://arxiv.org/abs/1507.0{k}228)]\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Lecture: 7. Recurrent Networks"]


def test_a_resource_pages_courses_and_talks_are_no_papers_its_articles_are() -> None:
    page = "# general\n### tutorials & talks\n" + "".join(
        f'* Ada Moss. ["{title}."](https://example.org/talk{k}) CVPR, 2020.\n'
        for k, title in enumerate(TITLES[:2])
    )
    page += "\n### courses\n" + "".join(
        f'* Ben Quill. ["{title}."](https://example.edu/course{k}) Some University.\n'
        for k, title in enumerate(TITLES[2:])
    )
    page += "\n### articles\n" + "".join(
        f'* Cara Wren. ["{title}."](https://example.org/p{k}.pdf) Small Journal, 2020.\n'
        for k, title in enumerate(MORE[:3])
    )
    assert sorted(_by_title(page)) == sorted(MORE[:3])
