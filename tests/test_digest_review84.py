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


def test_an_embedded_tweet_restating_the_paper_above_gives_no_second_paper() -> None:
    page = "# Top papers\n\n" + "".join(
        f"## {title}\n\n- 著者: Ada Moss\n- 論文: https://arxiv.org/abs/2501.0{k}123\n\n"
        f'<blockquote class="twitter-tweet"><p lang="ja" dir="ltr">{title.split(":")[0]} in '
        f"short [Moss+, 2025]<br>要約です。</p>&mdash; someone (@someone) "
        f'<a href="https://twitter.com/someone/status/1{k}">May 1, 2025</a></blockquote>\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_a_published_column_dates_the_paper_never_the_study_date() -> None:
    page = "| Study Date<br>(Study Doc) | Paper | Published |\n|---|---|---|\n" + "".join(
        f"| 2025.03.{10 + k} [(Study Doc)](notes/{k}.md) | 🖼 [{title}]"
        f"(https://arxiv.org/pdf/2409.0{k}704) | {2019 + k}.09 |\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert [found[t]["year"] for t in TITLES] == [2019, 2020, 2021, 2022]


def test_an_arxiv_timestamp_is_a_date_never_a_venue() -> None:
    records = ",\n".join(
        f'  {{\n    "query_title": "{title}",\n    "query_venue": "CVPRW",\n'
        f'    "verified": {{\n      "title": "{title}",\n      "year": 2019,\n'
        f'      "published": "2019-06-1{k}T15:06:47Z",\n      "authors": ["Ada Moss"]\n    }}\n  }}'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(f"[\n{records}\n]\n")
    assert sorted(found) == sorted(TITLES)
    assert {found[t]["venue"] for t in TITLES} == {"CVPRW"}


def test_github_hash_shortcodes_after_a_title_are_tags() -> None:
    page = "### Retrieval #retrieval\n" + "".join(
        f"* {title} -- :hash:industry :hash:Adobe\n\n >looks like another paper\n\n"
        for title in MORE
    )
    assert sorted(_by_title(page)) == sorted(MORE)


def test_a_spanish_title_label_is_no_part_of_the_title() -> None:
    page = "# Publicaciones\n\n" + "".join(
        f"### Congreso {k}\n__Título:__ {title} <br />\n"
        f"__Enlace al paper:__ [Aquí](https://example.org/p{k}.pdf) <br />\n\n"
        for k, title in enumerate(MORE)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(MORE)


def test_a_figures_bold_caption_is_no_paper() -> None:
    page = "# Our papers at the conference\n\n" + "".join(
        f"## {title}\n\n#### Authors: Ada Moss, Ben Quill\n\n"
        f"[[Paper](https://arxiv.org/abs/2501.0{k}123)]\n\n"
        f"![overview](/img/{k}.png)\n"
        f'<div class="caption"><b>Overview of the three pillars studied in work {k}.</b>\n'
        f"</div>\n\nWe study the pillars.\n\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_names_after_a_titles_venue_sentence_are_its_authors() -> None:
    page = "".join(
        f"    {k + 1}. <u> {title}. CVPR 2022.</u> Moss, Ada, et al. U Cambridge. "
        f"[[PDF]](https://arxiv.org/pdf/2205.0{k}272.pdf)\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss"]


def test_the_readers_own_notes_in_a_reading_log_are_no_papers() -> None:
    page = "## NLP\n### Reading\n" + "".join(
        f"- [x] *{title}* (Mar 2018) [[arXiv](https://arxiv.org/abs/1711.0{k}085)] "
        f"[[code](https://github.com/a/b{k})] [[notes](https://github.com/a/n/blob/master/{k}.md)]\n"
        for k, title in enumerate(MORE)
    )
    page += "\n### Attention\n- [x] My Notes on Attention and Self-Attention in Vision "
    page += "[[notes](./notes/attention.md)]\n"
    page += "".join(
        f"- [x] *{title}* (Dec 2017, NIPS 2017, Google Brain) "
        f"[[arXiv](https://arxiv.org/abs/1706.0{k}762)] [[notes](./notes/t{k}.md)]\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(MORE + TITLES)


def test_hugo_academics_built_stream_items_give_titles_authors_and_links() -> None:
    items = "".join(
        f'  <div class="media stream-item" itemscope itemtype="http://schema.org/ScholarlyArticle">\n'
        f'  <div class="media-body">\n\n    <h3 class="article-title mb-0 mt-0" itemprop="name">\n'
        f'      <a href="/publication/p{k}/" itemprop="url">{title}</a>\n    </h3>\n\n\n'
        f'    <div class="article-style" itemprop="articleBody">\n'
        f"      How much weather influences the growth of orchard {k} is an active area of "
        f"research in modern farming and robotics …\n"
        f'    </div>\n\n    <div class="stream-meta article-metadata">\n\n      <div>\n'
        f'  <span><a href="/author/ada-moss/">Ada Moss</a></span>, <span>'
        f'<a href="/author/ben-quill/">Ben Quill</a></span>\n      </div>\n\n    </div>\n\n'
        f'    <div class="btn-links">\n  <a class="btn" href="https://arxiv.org/abs/2311.0{k}090" '
        f'target="_blank" rel="noopener">Preprint</a>\n    </div>\n\n  </div>\n  </div>\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(f"\n          \n{items}")
    assert sorted(found) == sorted(TITLES)
    first = found[TITLES[0]]
    assert first["authors"] == ["Ada Moss", "Ben Quill"]
    assert first["arxiv_id"] == "2311.00090"


def test_a_link_whose_text_ends_with_its_own_address_is_the_title() -> None:
    page = "# 技術や手法の肝は？\n\n" + "".join(
        f"### Nick{k}\n[{title} https://arxiv.org/abs/1802.0{k}957]"
        f"(https://arxiv.org/abs/1802.0{k}957)\n\n手法の説明。\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "1802.01957"


def test_site_labelled_reference_links_take_their_definitions_titles() -> None:
    page = "### Must-read\n" + "".join(
        f"* Paper {k} (arXiv): ([arXiv][{k + 1}])\n" for k in range(len(TITLES))
    )
    page += "* A library for search: ([GitHub][9])\n\n"
    page += "".join(
        f"[{k + 1}]: https://arxiv.org/abs/2005.1{k}165?utm_source=chatgpt.com "
        f'"[2005.1{k}165] {title} - arXiv.org"\n'
        for k, title in enumerate(TITLES)
    )
    page += '[9]: https://github.com/ada/search "GitHub - ada/search: A library for fast ..."\n'
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2005.12165"


def test_a_pages_own_heading_is_the_topic_of_papers_under_no_other() -> None:
    page = "# Reward Shaping\n\n" + "".join(
        f"- [{title}](https://arxiv.org/abs/2101.0{k}234), Ada Moss, ICML 2021\n"
        for k, title in enumerate(TITLES)
    )
    page += "\n## Notes\n\nRead the first two first; the others when there is time.\n"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Reward Shaping"]


def test_a_generic_list_name_over_the_page_is_still_no_topic() -> None:
    page = "# Papers\n\n" + "".join(
        f"- [{title}](https://arxiv.org/abs/2101.0{k}234), Ada Moss, ICML 2021\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == []


def test_an_organisations_quoted_name_in_japanese_prose_is_no_title() -> None:
    page = "# 今年の論文\n\n" + "".join(
        f"## {title}\n\n- 論文: https://arxiv.org/abs/2503.1{k}499\n\n"
        f"非営利の研究組織「Model Evaluation & Threat Research（METR）」による本論文は、"
        f"新しい指標を提案しました。\n\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)
