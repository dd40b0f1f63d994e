"""Conventions shared by real pages read for errors in stop 83, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def test_org_bold_titles_wrapped_over_two_lines_are_the_titles() -> None:
    page = "#+TITLE: papers\n\n* Papers\n" + "".join(
        f"** {2021 - k}\n   *{title}* \\\\\n   With Ada Moss. Under review.\n"
        for k, title in enumerate(TITLES)
    )
    page += (
        "** 2016\n   *Borrowed Priors for Small Robot Hands and the Long\n   Tail of Grips* \\\\\n"
    )
    page += "   Second author, with Ben Quill. Glossa 4(1).\n"
    found = _by_title(page)
    assert sorted(found) == sorted(
        [*TITLES, "Borrowed Priors for Small Robot Hands and the Long Tail of Grips"]
    )
    assert found[TITLES[1]]["year"] == 2020


def test_a_schedules_oral_presentation_tag_is_no_part_of_the_title() -> None:
    page = '- Title: <b>Opening Remark</b>\n  Time: "09:00 - 09:15"\n\n' + "".join(
        f'- Title: (<b>Oral Presentation</b>) {title}\n  Time: "09:{15 + k}"\n'
        f"  Is_paper: true\n  Authors: Ada Moss, Ben Quill\n"
        f'  Link: "https://openreview.net/forum?id=aB{k}cD{k}eF"\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)


def test_a_json_records_normalized_title_takes_its_fields_from_the_object_below() -> None:
    records = [
        {
            "normalized_title": title.lower(),
            "updates": {
                "venue": "CVPR 2019",
                "doi": f"10.1109/CVPR.2019.0041{k}",
                "arxiv_id": f"1904.0359{k}",
                "code_url": f"https://github.com/ada/repo{k}",
            },
            "status": "verified",
        }
        for k, title in enumerate(TITLES)
    ]
    found = _by_title(json.dumps({"year": 2019, "records": records}, indent=2))
    assert sorted(found) == sorted(t.lower() for t in TITLES)
    first = found[TITLES[0].lower()]
    assert (first["venue"], first["year"], first["arxiv_id"]) == ("CVPR", 2019, "1904.03590")
    assert first["code_url"] == "https://github.com/ada/repo0"


def test_a_reading_logs_titles_linked_to_anchors_no_heading_has_are_papers() -> None:
    page = "# log and index\n\n## 2025.9\n\n### 2025.9.5-9.23\n\n阅读文献：\n\n" + "".join(
        f"{k + 1}. [**{title}**](###{title.split()[0]})\n" for k, title in enumerate(TITLES)
    )
    page += "\n### 2025.9.23\n\n**今日进展**\n\n- 继续阅读代码，查看训练过程\n"
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_table_of_contents_linking_to_its_headings_still_gives_no_papers() -> None:
    page = "## Contents\n\n" + "".join(
        f"- [{title}](#{title.lower().replace(' ', '-').replace(':', '')})\n" for title in TITLES
    )
    page += "".join(
        f"\n## {title}\n\nNotes on it. [paper](https://arxiv.org/abs/2501.0{k}123)\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "2501.00123"


def test_a_heading_wrapped_as_arxiv_wraps_titles_is_one_title() -> None:
    page = "# 2025-01-01 到 2025-03-31 论文推荐\n\n" + "".join(
        f"### {k + 1}. {title} for\n  Field Robots\n- 作者: Ada Moss, Ben Quill\n"
        f"- 链接: [arXiv](https://arxiv.org/abs/2501.1{k}372)\n\n"
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(f"{t} for Field Robots" for t in TITLES)


def test_names_written_surname_first_in_pairs_are_read_as_pairs() -> None:
    page = "".join(
        f"### {k + 1}. {title}\n- 作者: Moss, Ada, Quill, Ben, Vance, Cara\n"
        f"- 链接: [arXiv](https://arxiv.org/abs/2501.1{k}372)\n\n"
        for k, title in enumerate(TITLES)
    )
    page += f"### 9. {MORE[0]}\n- 作者: Orr, D., Lind, Eva Marie\n\n"
    found = _by_title(page)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Vance"]
    assert found[MORE[0]]["authors"] == ["D. Orr", "Eva Marie Lind"]


def test_four_surnames_alone_are_never_paired() -> None:
    page = "".join(
        f"- **{title}**, He, Zhang, Ren, Sun. [arXiv](https://arxiv.org/abs/2501.1{k}372)\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert all("Zhang He" not in p["authors"] for p in found.values())


def test_an_html_list_of_names_then_a_title_span_gives_both() -> None:
    page = "<h2>2018</h2>\n<ul>\n" + "".join(
        f"<li>Ada Moss, Ben Quill and Cara Vance. <br>\n"
        f'  <span class="title">{title}</span>.\n  <br>\n'
        f"  In <i>Proceedings of the 2018 Conference of the North American Chapter of the "
        f"Association for Computational Linguistics (NAACL)</i>, June 2018.\n  <br>\n"
        f'  <a href="https://aclanthology.org/N18-20{k}0.pdf">[pdf]</a>\n</li>\n<p>\n\n'
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page + "</ul>\n")
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Vance"]


def test_a_proceedings_volumes_author_spans_and_long_venue_name() -> None:
    page = "<html><body>\n<h2>Volume 143: Medical Imaging with Deep Learning, 7-9 July 2021</h2>\n"
    page += "".join(
        f'<div class="paper">\n  <p class="title">{title}</p>\n  <p class="details">\n'
        f'    <span class="authors">Ada Moss,&nbsp;Ben Quill</span>;\n'
        f'    <span class="info"><i>Proceedings of the Fourth Conference on Medical Imaging with '
        f"Deep Learning</i>, PMLR 143:{k}2-{k}9</span>\n  </p>\n"
        f'  <p class="links">[<a href="https://proceedings.mlr.press/v143/moss21{k}.html">abs</a>]'
        f"</p>\n</div>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page + "</body></html>\n")
    assert sorted(found) == sorted(TITLES)
    assert {tuple(p["authors"]) for p in found.values()} == {("Ada Moss", "Ben Quill")}
    assert {p["venue"] for p in found.values()} == {"MIDL"}


def test_a_news_digests_headlines_on_news_pages_are_no_papers() -> None:
    news = [
        (
            "Lab Launches A New Nonprofit For Careful Robots",
            "https://www.prnewswire.com/news-releases/lab-1.html",
        ),
        (
            "Firm turns to tidal power for its data centres",
            "https://www.example-standard.com/world-news/firm-2.html",
        ),
        (
            "Chip Maker Hires Team Behind Pocket Accelerators",
            "https://www.crn.com/news/ai/2025/chip-3",
        ),
    ]
    page = "#### Business\n\n" + "\n\n".join(f"[{h}]({u}) - What happened." for h, u in news)
    page += "\n\n#### Research\n\n" + "\n\n".join(
        f"[{title}](https://arxiv.org/abs/2506.1{k}910v1) - It introduces a method."
        for k, title in enumerate(TITLES)
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_speakers_bold_name_over_a_papers_link_is_no_title() -> None:
    page = "# Journal Club\n\n" + "".join(
        f"- **Avr {k + 2}, 2021:**<br />\n**{who}**<br />\nPrésentation de ses travaux.<br />\n"
        f"[https://arxiv.org/pdf/1706.0376{k}.pdf](https://arxiv.org/pdf/1706.0376{k}.pdf)"
        "<br />\n\n"
        for k, who in enumerate(["Arthur Moss", "Jean-Baptiste Quill", "Yaël Vance"])
    )
    found = _by_title(page)
    assert not set(found) & {"Arthur Moss", "Jean-Baptiste Quill", "Yaël Vance"}


def test_a_heading_with_no_space_after_its_hashes_is_a_heading() -> None:
    page = "## Summary of talks\n\n###1.Understand the black box\n\n" + "\n\n".join(
        f"[**{title}**](https://arxiv.org/pdf/1812.0895{k}.pdf)\n\nThis is a survey of it."
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["1.Understand the black box"]


def test_one_surname_and_its_year_before_a_title_are_its_author() -> None:
    page = "#### Theme 1 – Foundations\n" + "".join(
        f"- {who} ({year}): *{title}*\n"
        for who, year, title in zip(
            ["Moss", "Quill", "Vance", "Orr"], range(1936, 1940), TITLES, strict=True
        )
    )
    found = _by_title(page)
    assert found[TITLES[0]]["authors"] == ["Moss"]
    assert found[TITLES[3]]["year"] == 1939


def test_a_papers_own_arxiv_link_wins_over_its_hugging_face_page() -> None:
    papers = [
        {
            "title": title,
            "url": f"https://huggingface.co/papers/2510.2658{k}",
            "likes": 900 - k,
            "paper_link": f"https://arxiv.org/abs/2510.2658{k}",
            "code_link": f"https://github.com/ada/tool{k}",
        }
        for k, title in enumerate(TITLES)
    ]
    found = _by_title(json.dumps({"date": "2025-11-02", "papers": papers}, indent=2))
    first = found[TITLES[0]]
    assert (first["url"], first["arxiv_id"]) == ("https://arxiv.org/abs/2510.26580", "2510.26580")


def test_json_objects_cut_off_at_both_ends_keep_their_fields() -> None:
    objects = [
        {
            "title": f"{title}.",
            "authors": ["Ada Moss", "Ben Quill"],
            "year": 2019 + k,
            "proceedings": "CCS",
        }
        for k, title in enumerate(TITLES)
    ]
    page = ",\n".join(json.dumps(o, indent=4) for o in objects) + ",\n"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("CCS", 2021)


def test_a_json_list_of_labelled_links_gives_the_code_and_the_arxiv_id() -> None:
    papers = [
        {
            "title": title,
            "url": f"https://doi.org/10.52202/0857{k}3",
            "venue": "NeurIPS",
            "year": 2025,
            "links": [
                {"label": "Code", "url": f"https://github.com/ada/cubes{k}"},
                {"label": "arXiv", "url": f"https://arxiv.org/abs/2502.1326{k}"},
            ],
        }
        for k, title in enumerate(TITLES)
    ]
    found = _by_title(json.dumps({"papers": papers}, indent=2))
    first = found[TITLES[0]]
    assert (first["code_url"], first["arxiv_id"]) == ("https://github.com/ada/cubes0", "2502.13260")


def test_a_sheets_section_column_and_a_js_objects_category_are_topics() -> None:
    rows = "".join(
        f"{'Patent Screening' if k < 2 else 'Prior-Art Search'}\t{title}\tMoss et al.\t2025\t"
        f"arXiv:2501.1275{k}\thttps://arxiv.org/abs/2501.1275{k}\tno\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("section\ttitle\tauthors\tyear\tvenue\turl\tmas\n" + rows)
    assert found[TITLES[0]]["topics"] == ["Patent Screening"]
    assert found[TITLES[3]]["topics"] == ["Prior-Art Search"]
    objects = "".join(
        f'    {{\n        id: "conf-{k}",\n        category: "국제 학회",\n'
        f'        title: "{title}",\n        venue: "ICRA 2025",\n'
        f'        authors: "Ada Moss, Ben Quill",\n    }},\n'
        for k, title in enumerate(MORE[:3])
    )
    found = _by_title(f"export const publications = [\n{objects}];\n")
    assert {tuple(p["topics"]) for p in found.values()} == {("국제 학회",)}


def test_a_cards_byline_of_names_then_a_dot_and_its_link_gives_the_names() -> None:
    page = "<html><body>\n" + "".join(
        f'<article class="paper">\n  <h3>{title}</h3>\n'
        f'  <div class="byline">{"Ada Moss" if k % 2 else "Ada Moss, Ben Quill (浙大/清华)"} · '
        f'<a class="arxiv-link" '
        f'href="https://arxiv.org/abs/2604.1383{k}">arXiv:2604.1383{k}</a>'
        " · 2026-04-15 提交</div>\n"
        f"  <h4>核心思想</h4>\n  <p>本文提出一种新方法。</p>\n</article>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page + "</body></html>\n")
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill"]
    assert found[TITLES[1]]["authors"] == ["Ada Moss"]


def test_a_cards_quoted_takeaway_sentence_is_no_paper() -> None:
    page = "<html><body>\n<h2>Research Highlights</h2>\n" + "".join(
        f'  <div class="paper-card">\n    <div class="paper-card-header">\n'
        f"      <h3>{title}</h3>\n"
        f'      <div class="paper-card-meta">\n'
        f'        <span class="paper-authors">Anonymous</span>\n'
        f'        <a href="https://arxiv.org/abs/2503.1447{k}" class="paper-link">Paper Link</a>\n'
        f"      </div>\n    </div>\n"
        f'    <div class="paper-card-content">\n      <p>It presents a small system.</p>\n'
        f'      <ul class="paper-points">\n        <li>Filters samples to keep useful ones</li>\n'
        f"        <li>Achieves strong results on a hard benchmark</li>\n      </ul>\n"
        f'      <div class="paper-quote">\n'
        f"        <p>\"{title.split()[0]}'s sparse feedback scheme "
        f"mitigates drift by penalizing incoherent predictions across long sensor "
        f'sequences."</p>\n'
        f"      </div>\n    </div>\n  </div>\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page + "</body></html>\n")
    assert sorted(found) == sorted(TITLES)


JAPANESE = [
    "点群の疎表現を用いた実時間追跡の検討",
    "畳み込みネットワークによる話者認識の試み",
    "木構造を用いた複数画像の推定の性能比較",
]


def test_headings_shaped_as_the_titled_ones_records_are_titles_in_any_language() -> None:
    english = [
        (title, "Ada Moss, Ben Quill", "Eighth International Workshop on Relational AI")
        for title in MORE[:4]
    ]
    japanese = [
        (title, "宇山慧佑,井上真郷", "第19回情報論的学習理論ワークショップ") for title in JAPANESE
    ]
    page = "# 論文一覧\n\n" + "".join(
        f"## {title}\n{names}\n{venue},2016/11/1{k}\n"
        f"[LINK](http://lab.example.org/pub.php?id=83{k}1)\n\n"
        for k, (title, names, venue) in enumerate(english + japanese)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(MORE[:4] + JAPANESE)
    first = found[JAPANESE[0]]
    assert (first["venue"], first["year"]) == ("第19回情報論的学習理論ワークショップ", 2016)


def test_section_headings_over_lists_are_never_raised_as_titles() -> None:
    page = "".join(
        f"## {section}\n\n- [{title}](https://arxiv.org/abs/2501.0{k}123)\n- Notes on it\n\n"
        for k, (section, title) in enumerate(
            zip(["画像認識", "音声認識", "自然言語処理", "強化学習"], TITLES, strict=True)
        )
    )
    assert sorted(_by_title(page)) == sorted(TITLES)


def test_a_commented_field_inside_a_toml_record_ends_nothing() -> None:
    page = "".join(
        f"[[papers]]\ntitle = '{title}'\nauthors = 'Ada Moss*, Ben Quill'\n"
        f"venue = 'ACM MobiSys 2026'\n# year = 2026\n"
        f"notes = '<strong>Best Paper Award Runner-Up</strong>'\n"
        f"paper_url = 'https://dl.acm.org/doi/10.1145/3745756.380920{k}'\n"
        f"code_url = 'https://github.com/ada/tool{k}'\nfeatured = true\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    first = found[TITLES[0]]
    assert first["url"] == "https://dl.acm.org/doi/10.1145/3745756.3809200"
    assert first["code_url"] == "https://github.com/ada/tool0"


def test_a_bibtex_pdf_field_at_arxiv_gives_the_arxiv_id() -> None:
    page = "".join(
        f"@techreport{{moss2016k{k},\n  title = {{{title}}},\n"
        "  author = {A. Moss and B. Quill},\n"
        f"  year = {{2016}},\n  pdf = {{https://arxiv.org/abs/1609.0814{k}}},\n}}\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert found[TITLES[2]]["arxiv_id"] == "1609.08142"


def test_a_tables_acronym_section_rows_name_the_papers_below_past_a_blog_row() -> None:
    page = "| **Paper / Project** | **Goal** | **Location** |\n| --- | --- | --- |\n"
    page += "| **RL** | | |\n| [Rl-book](http://example.org/the-book.html) | Reproduce plots | |\n"
    page += "".join(
        f"| [{title}](https://arxiv.org/pdf/1810.1289{k}.pdf) | Implement method | |\n"
        for k, title in enumerate(TITLES[:2])
    )
    page += "| **CV** | | |\n| [CLIP](https://openai.example.org/blog/clip/) | Look at it | |\n"
    page += "".join(
        f"| [{title}](https://arxiv.org/pdf/2105.0523{k}.pdf) | Implement method | |\n"
        for k, title in enumerate(TITLES[2:])
    )
    found = _by_title(page)
    assert found[TITLES[0]]["topics"] == ["RL"]
    assert found[TITLES[3]]["topics"] == ["CV"]


def test_an_al_folio_entrys_html_field_is_the_papers_address() -> None:
    page = "".join(
        f"@article{{moss2025k{k},\n  abbr = {{MI}},\n  title = {{{title}}},\n"
        f"  author = {{Moss, Ada and Quill+, Ben}},\n  journal = {{IEEE Access}},\n"
        f"  year = {{2025}},\n  html = {{https://ieeexplore.ieee.org/document/1121892{k}}},\n"
        f"  code = {{https://github.com/ada/tool{k}}},\n}}\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert found[TITLES[1]]["url"] == "https://ieeexplore.ieee.org/document/11218921"
