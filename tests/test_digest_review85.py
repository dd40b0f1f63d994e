"""Conventions shared by real pages read for errors in stop 85, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def test_a_cv_lists_latex_fragment_gives_titles_authors_and_venues() -> None:
    items = "".join(
        f"    \\item \\textit{{{title}}} \\\\\n"
        f"    \\textbf{{Ada Moss*}}, Ben Quill, Cara Wren \\\\\n"
        f"    \\hfill \\textit{{Annual Conference on Neural Information Processing Systems}} "
        f"(\\textbf{{NeurIPS}}), 2025, {{\\color{{red}}{{\\textbf{{Spotlight}}}}}}\n\n"
        for title in TITLES
    )
    page = (
        "{\\large\\bfseries\\sffamily\\hspace{3pt}Conference Papers}\n"
        f"\\begin{{enumerate}}\n{items}\\end{{enumerate}}\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    first = found[TITLES[0]]
    assert first["authors"] == ["Ada Moss", "Ben Quill", "Cara Wren"]
    assert first["venue"] == "NeurIPS"
    assert first["year"] == 2025


def test_a_cv_lists_quoted_titles_in_latex_take_their_sections_as_topics() -> None:
    sections = "".join(
        f"{{\\large\\bfseries\\sffamily\\hspace{{3pt}}{section}}}\n\\begin{{enumerate}}\n"
        + "".join(
            f"\\item \\textbf{{Ada Moss}}, Ben Quill. ``{title}.'' \\textit{{Pattern "
            f"Recognition Letters (PRL)}}, 2024.\n\n"
            for title in titles
        )
        + "\\end{enumerate}\n\n"
        for section, titles in (("Journal Articles", TITLES[:2]), ("Preprints", TITLES[2:]))
    )
    found = _by_title(sections)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Journal Articles"]
    assert found[TITLES[3]]["topics"] == ["Preprints"]


def test_an_api_response_of_a_paper_and_its_references_gives_every_paper_and_its_ids() -> None:
    cited = [
        {
            "citedPaper": {
                "paperId": f"a{k}",
                "externalIds": {"ArXiv": f"2501.0{k}123", "DOI": f"10.48550/arXiv.2501.0{k}123"},
                "url": f"https://www.example.org/paper/a{k}",
                "title": title,
                "venue": "International Conference on Machine Learning",
                "year": 2025,
            }
        }
        for k, title in enumerate(TITLES[1:], start=1)
    ]
    response = {
        "status_code": 200,
        "data": {
            "offset": 0,
            "citingPaperInfo": {
                "title": TITLES[0],
                "authors": [{"authorId": "1", "name": "Ada Moss"}, {"name": "Ben Quill"}],
            },
            "data": cited,
        },
    }
    found = _by_title(json.dumps(response, indent=2))
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill"]
    for k, title in enumerate(TITLES[1:], start=1):
        assert found[title]["arxiv_id"] == f"2501.0{k}123"
        assert found[title]["venue"] == "ICML"


def test_a_doi_address_with_brackets_in_it_is_kept_whole() -> None:
    page = "## References\n\n" + "".join(
        f"- Moss, A. (1990). {title}. Environmental Software, 5(2), 82–103. "
        f"https://doi.org/10.1016/0266-9838({90 + k})90005-Q\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["url"] == "https://doi.org/10.1016/0266-9838(91)90005-Q"
    assert found[TITLES[1]]["doi"].lower() == "10.1016/0266-9838(91)90005-q"


def test_a_posts_infovis_or_scivis_title_is_its_papers_venue() -> None:
    for meeting, venue in (("INFOVIS 2014", "InfoVis"), ("SCIVIS 2015", "SciVis")):
        listed = "".join(f"{k + 1}. 《{title}》\n" for k, title in enumerate(TITLES))
        notes = "".join(
            f"#### 《{title}》\n\n本文提出了一种新的可视化方法。\n\nUser Study：  \n"
            f"设计问题比较：\n\n1. 观察元素之间的相互关系\n2. 观察节点深度信息\n\n"
            for title in TITLES
        )
        page = f'---\ntitle: "{meeting}: Maps & Trees"\n---\n\n文章列表：\n\n{listed}\n{notes}'
        found = _by_title(page)
        assert sorted(found) == sorted(TITLES)
        assert {paper["venue"] for paper in found.values()} == {venue}


def test_a_one_paper_notes_heading_keeps_its_method_name_before_the_colon() -> None:
    page = (
        f"# DUSt3R: {TITLES[0]}\n\n---\nReference\n\n---\n\n## Metadata\n---\n"
        "url:\n- [paper](https://openaccess.example.org/Moss_2024_paper.html)\n---\n"
        "- **Authors**: Ada Moss, Ben Quill\n- **Venue**: CVPR 2024\n\n---\n\n"
        "## 요약 (Summary)\n- **Problem**: 기존 방법은 카메라 정보가 필요함.\n"
    )
    assert list(_by_title(page)) == [f"DUSt3R: {TITLES[0]}"]


def test_a_notes_headings_that_follow_its_papers_sections_are_no_titles() -> None:
    page = (
        f"# {TITLES[0]}\n\n## 논문\n\nhttps://arxiv.org/abs/2306.13649\n\n## 요약\n\n"
        "### 기존의 한계\n\n- 고정된 데이터로 학습해야 함.\n\n### 2. Preliminaries\n\n"
        "알파이자 오메가: Jensen-Shannon Divergence.\n\n"
        f"### 3. {TITLES[1]}\n\n#### 문제의 정의\n\n내용.\n\n#### 3.1 {TITLES[2]} (GKD)\n\n"
        f"내용.\n\n#### 3.2 {TITLES[3].upper()}\n\n내용.\n\n### 4. Experiments\n\n내용.\n"
    )
    found = _by_title(page)
    assert list(found) == [TITLES[0]]
    assert found[TITLES[0]]["arxiv_id"] == "2306.13649"


def test_a_byline_in_a_collapsible_summary_ends_before_its_italic_venue() -> None:
    page = "#### 2021\n\n" + "".join(
        f"* [{title}](https://arxiv.org/abs/2103.1{k}749) \n  <details>\n"
        f"  <summary> Ada Moss, Ben Quill, Cara Wren <em>ICLR</em> 2021 </summary>\n"
        f"    We identify errors in the test sets of ten datasets.   \n  </details>\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    for title in TITLES:
        assert found[title]["authors"] == ["Ada Moss", "Ben Quill", "Cara Wren"]


def test_a_numbered_topic_over_its_papers_citations_is_their_section() -> None:
    page = (
        "**Papers & Projects:**\n\n_Note:_ read the main text only.\n\n"
        "1. Expressiveness of Graph Networks\n"
        f"    - Moss et al., _{TITLES[0]}_, ICLR, 2023  \n"
        f"    - Quill et al., _{TITLES[1]}_, ICLR, 2023 \n"
        "2. Oversmoothing & Over-Squashing\n"
        f"    - Wren et al., _{TITLES[2]}_, LoG, 2022\n"
        f"    - Dale et al., _{TITLES[3]}_, LoG, 2022\n"
        "3. Learning from Graph Data with MLPs\n"
        f"    - Tian et al., _{MORE[0]}_, ICLR, 2023\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted([*TITLES, MORE[0]])
    # (the deepest section last, under the page's bold label of its list)
    assert found[TITLES[1]]["topics"][-1] == "Expressiveness of Graph Networks"
    assert found[TITLES[2]]["topics"][-1] == "Oversmoothing & Over-Squashing"


def test_a_news_digests_business_and_policy_stories_are_no_papers() -> None:
    stories = [
        "Harbor Robotics Raises $40 Million Series B for Warehouse Arms",
        "Regional Bank Surges After Record Quarterly Profit From Chat Tools",
        "Lawmakers Agree to Delay the Vote on the Model Licensing Bill",
        "Studio Workers Reach a Deal Over Synthetic Voices in Dubbing",
    ]
    page = (
        "### Top News\n\n#### [A startup's new phone assistant ships to testers]"
        "(https://news.example.com/a)\n\nSummary of the story.\n\n### Other News\n"
        "#### Business\n\n"
        + "".join(
            f"[{story}](https://news.example.com/b{k}) - A summary of the story.\n\n"
            for k, story in enumerate(stories[:2])
        )
        + "#### Research\n\n"
        + "".join(
            f"[{title}](https://arxiv.org/abs/2311.0{k}111) - What the paper finds.\n\n"
            for k, title in enumerate(TITLES)
        )
        + "#### Policy\n\n"
        + "".join(
            f"[{story}](https://news.example.com/p{k}) - A summary of the story.\n\n"
            for k, story in enumerate(stories[2:])
        )
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert "Research" in found[TITLES[0]]["topics"]


def test_a_data_files_papers_linked_to_their_talks_recordings_are_still_papers() -> None:
    papers = "".join(
        f"  - authors: Ada Moss, Ben Quill*, Cara Wren\n    id: {k + 4}\n    kind: poster\n"
        f"    title: '{title}'\n    url: {url}\n"
        for k, (title, url) in enumerate(
            zip(
                TITLES,
                ["https://youtu.be/dBcgEa3Fp", "", "https://www.youtube.com/watch?v=Nc", ""],
                strict=True,
            )
        )
    )
    page = f"- id: 1\n  title: session_title\n  papers:\n{papers}"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Wren"]


def test_rst_links_whose_targets_were_copied_as_a_browser_shows_them_are_titles() -> None:
    page = "".join(
        f"`{title} <2402.0{k}184.pdf (arxiv.org)>`_\n"
        f"    {title.lower()} is what this paper studies, and it finds that the boundary "
        f"between the convergent and the divergent zones of training is fractal in shape.\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2402.02184"


def test_a_seminar_items_related_papers_each_cited_after_its_link_are_all_read() -> None:
    page = (
        '- Sept. 24: [Ada Moss](https://example.org/ada), EleutherAI, "A talk on tokens."\n'
        "  - *Abstract:* Language models perform differently across languages.\n"
        f"  - *Related papers:* [{TITLES[0]}](https://aclanthology.org/2025.coling-main.441/) "
        f"(Moss & Quill, COLING 2025), [{TITLES[1]}](https://aclanthology.org/2024.sigul-1.1.pdf)"
        f" (Moss et al., SIGUL 2024), and [{TITLES[2]}](https://arxiv.org/pdf/2408.10441) "
        "(Wren et al., arxiv 2024).\n"
        "- Oct. 1: Paper discussion: "
        f"[{TITLES[3]}](https://arxiv.org/abs/2509.08825) (Dale et al., arxiv 2025).\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == "2408.10441"


def test_a_news_digests_top_story_linked_to_arxiv_is_a_paper() -> None:
    page = (
        "### Top News\n\n#### [A startup's phone assistant ships to its first testers]"
        "(https://news.example.com/a)\n\nSummary.\n\n"
        f"#### [{TITLES[0]}](https://arxiv.org/abs/2402.05929v1)\n\nSummary.\n\n"
        "### Other News\n#### Business\n\n[Harbor Robotics Raises $40 Million for Arms]"
        "(https://news.example.com/b) - Summary.\n\n#### Research\n\n"
        + "".join(
            f"[{title}](https://arxiv.org/abs/2402.0{k}111) - Summary.\n\n"
            for k, title in enumerate(TITLES[1:], start=1)
        )
        + "#### Policy\n\n[Lawmakers Delay the Vote on the Licensing Bill]"
        "(https://news.example.com/p) - Summary.\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "2402.05929"


def test_a_venues_long_name_alone_is_never_a_title() -> None:
    rows = "".join(
        f'<div class="row paper"><div class="content"><div class="title">{title}</div>'
        f'<div class="authors">Ada Moss, Ben Quill</div><div class="venue">'
        f"<strong>{venue}</strong> 2024</div>"
        f'<a href="https://arxiv.org/pdf/2312.0{k}663.pdf">Paper</a></div></div>\n'
        for k, (title, venue) in enumerate(
            zip(
                TITLES,
                [
                    "Computer Vision and Pattern Recognition",
                    "Transactions on Machine Learning Research",
                    "Neural Information Processing Systems",
                    "Computer Vision and Pattern Recognition",
                ],
                strict=True,
            )
        )
    )
    found = _by_title(f"<html><body><h2>Publications</h2>\n{rows}</body></html>")
    assert sorted(found) == sorted(TITLES)


def test_a_news_rows_announced_papers_parted_by_line_breaks_are_each_a_paper() -> None:
    page = (
        "date,description,link,category\n"
        "06/14/2024,Congratulations to Dr. Ada Moss for defending her dissertation! ,,LIT\n"
        f"02/20/2024,4 papers to appear at COLING 2024: </br> {TITLES[0]} </br> {TITLES[1]} "
        f"</br> {TITLES[2]} </br> {TITLES[3]},,LIT\n"
        "02/09/2024,Congratulations to Ben for passing his Prelims!,,LIT\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert {(paper["venue"], paper["year"]) for paper in found.values()} == {("COLING", 2024)}


def test_a_posts_own_bibtex_with_unbalanced_braces_ends_with_its_code_block() -> None:
    page = (
        "# A Visual Survey\n\nSome prose about augmentation.\n\n## Citation\n\n```\n"
        "@misc{moss2020survey,\n  title   = {A Visual Survey of Augmentation},\n"
        "  author  = {Ada Moss},\n  year    = 2020,\n"
        "  note    = {\\url{https://example.org/2020/05/survey}\n}\n```\n\n## References\n"
        + "".join(
            f'- Ben Quill, et al. ["{title}"](https://arxiv.org/abs/1904.1{k}848)\n'
            for k, title in enumerate(TITLES)
        )
    )
    found = _by_title(page)
    assert set(TITLES) <= set(found)
    assert found[TITLES[2]]["arxiv_id"] == "1904.12848"


def test_a_quoted_title_in_prose_takes_its_own_sentences_link_not_the_next_ones() -> None:
    page = (
        "## 1. Substitution\n\n"
        f"[Moss et al.](https://arxiv.org/abs/1509.01626) used this technique in their 2015 paper "
        f'"{TITLES[0]}". [Quill et al.](https://example.org/aaai16.pdf) used a similar strategy '
        "to generate more examples. This technique was also used by "
        "[Wren et al.](https://arxiv.org/abs/1901.11196) in their paper.\n"
    )
    found = _by_title(page)
    assert found[TITLES[0]]["arxiv_id"] == "1509.01626"
    assert found[TITLES[0]]["authors"] != ["Quill"]


def test_a_programmes_session_columns_give_each_paper_its_section() -> None:
    header = '"PaperID","PaperTitle","AuthorNames","CleanSessionName","SessionName","Order"\n'
    sessions = ["Perception and Navigation"] * 2 + ["VLA Models"] * 2
    rows = "".join(
        f'"{k + 1}","{title}","Ada Moss, Ben Quill","{session}","{1 + k // 2}. {session}",{k}\n'
        for k, (title, session) in enumerate(zip(TITLES, sessions, strict=True))
    )
    found = _by_title(header + rows)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["topics"] == ["Perception and Navigation"]
    assert found[TITLES[3]]["topics"] == ["VLA Models"]


def test_an_awards_name_over_its_paper_is_no_paper_and_names_its_section() -> None:
    awards = [
        "Best Paper Award (Research Papers)",
        "Honorable Mention (Research Papers)",
        "Distinguished Open Artifact Award",
    ]
    page = (
        "---\ntitle: Our Group Recognized with Six Awards at ECSA 2024\n---\n\n"
        "![Awards](/img/a.png)\n\n"
        + "".join(
            f"## {k + 1}. {award}\n\n**Awarded to:**\n\n- **Ada Moss**\n- **Ben Quill**\n"
            f"- **Cara Wren**\n\n**{'Artifact' if k == 2 else 'Paper'} Title:**  \n*{title}*  \n"
            f"[Read the paper here](https://example.org/papers/p{k}.pdf)\n\n\n"
            for k, (award, title) in enumerate(zip(awards, TITLES, strict=False))
        )
        + "## 4. Distinguished Reviewer Award\n\nAwarded to **Ada Moss** for her service.\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]]["topics"][0] == f"2. {awards[1]}"


def test_a_yaml_files_comment_banner_names_the_section_of_the_entries_below() -> None:
    rule = "# " + "─" * 50 + "\n"
    entries = "".join(
        f'- type: "domestic"\n  year: 2026\n  title: "{title}"\n'
        f'  authors: "**Ada Moss, Ben Quill**"\n'
        f'  venue: "Korean Conference on Vision"\n\n'
        for title in TITLES
    )
    page = f"{rule}# Domestic Publications\n{rule}\n{entries}"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["topics"] == ["Domestic Publications"]


def test_an_italic_title_right_under_a_headline_is_the_paper_not_the_headline() -> None:
    headlines = [
        "🔍 Simplificación Léxica en Español: Dos nuevos Corpus",
        "💟 Más Allá de las Emociones Básicas: Estados Afectivos",
        "🤖 Creatividad Artificial: Comparando LLMs con Escritores Humanos",
        "📚 Corpus Español para Traducción: Diversidad Dialectal",
    ]
    page = "# Nuestros artículos favoritos de EMNLP\n\n" + "".join(
        f"## {headline}\n\n*{title}*\n\nPaper: https://aclanthology.org/2024.emnlp-main.10{k}/\n\n"
        f"Este artículo investiga el rendimiento de varios modelos de lenguaje en tareas.\n\n"
        for k, (headline, title) in enumerate(zip(headlines, TITLES, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["topics"] == [headlines[2]]


def test_a_korean_achievements_tables_journal_author_and_date_columns_are_read() -> None:
    header = "| 번호 | 논문명 | 학술지명 | 주저자명 | 호 | 국명 | 게재일 | 등록번호(ISSN) |\n"
    rule = "| ---- | ---- | ---- | ---- | ---- | ---- | ---- | ---- |\n"
    rows = "".join(
        f"| {k + 1} | {title} | IEEE Access | 윤우한 | 9권 | 미국 | 2021-01-1{k} "
        "| ISSN 2169-3536 |\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(header + rule + rows)
    assert sorted(found) == sorted(TITLES)
    first = found[TITLES[0]]
    assert (first["venue"], first["year"], first["authors"]) == ("IEEE Access", 2021, ["윤우한"])


def test_links_to_the_readers_dated_notes_on_papers_name_those_papers() -> None:
    short = ["Regression Folding Network", "Ledger Planning: Overview, comparison, and beyond"]
    page = (
        "# 参考资料\n\n## 链接\n\n- [Planning Wiki](https://planning.wiki/): PDDL 的 WIKI。\n"
        "- [Robotic Exploration Lab](https://rexlab.example.org/)\n\n## 文章\n\n"
        f"- [{TITLES[0]}](https://arxiv.org/abs/1904.01234): TAMP 的 Survey\n"
        + "".join(
            f"- [{title}](./20{19 - k}%20{title.replace(' ', '%20').replace(':', '')}.md): "
            "一个用视觉直接做为 State 表示的 Task Plan 方法\n"
            for k, title in enumerate(short)
        )
        + f"- [{TITLES[1]}](https://example.org/p.pdf): CIO 文章\n"
    )
    found = _by_title(page)
    assert sorted(found) == sorted([TITLES[0], TITLES[1], *short])


def test_a_spaced_colon_after_each_linked_title_leads_the_readers_remark() -> None:
    remarks = [
        "Transformer",
        "non-neural word representation (1)",
        "NLI 를 이용해서 학습",
        "fine-tuning representation (3)",
    ]
    page = "- Before BERT\n" + "".join(
        f"    - [{title}{'.' if k % 2 == 0 else ''} : {remark}](https://arxiv.org/abs/1706.0{k}762)\n"
        for k, (title, remark) in enumerate(zip(TITLES, remarks, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["arxiv_id"] == "1706.00762"


def test_a_footnotes_bracketed_names_and_year_before_a_linked_title_are_its_authors() -> None:
    cites = ["Moss et al., 2024", "Quill and Wren, 2000", "Dale et al., 2023", "Wren, 2021"]
    page = "Some prose about clarifying questions.[^1]\n\n" + "".join(
        f"[^{k + 1}]: ({cite}) [{title}](https://arxiv.org/abs/2405.1{k}063), ACL 2024.\n\n"
        for k, (cite, title) in enumerate(zip(cites, TITLES, strict=True))
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["authors"] == ["Moss"]
    assert found[TITLES[1]]["authors"] == ["Quill", "Wren"]
