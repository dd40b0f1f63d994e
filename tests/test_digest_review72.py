"""Conventions shared by real pages read for errors in stop 72, written afresh with made-up
titles and names."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.conftest import digest_by_title as _by_title
from tests.conftest import papercli_executable


def test_footnote_definitions_with_word_labels_are_references() -> None:
    page = (
        "How do cards learn? Some notes.\n\n"
        "[^CARD]: Ada Moss, Ben Quill, Cora Vance. Folding Cameras for Wide Scenes. "
        "International Conference on Learning Representations (ICLR), 2022.\n\n"
        "[^PEG]: Dan Eske and Eve Lorne. Pegging Boards for Language Models. arXiv preprint, "
        "2021.\n\n"
        "[^7]: Finn Grey, Gus Hale. Shuffled Decks and the Limits of Memory. Neural Information "
        "Processing Systems (NeurIPS), 2020.\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    card = papers["Folding Cameras for Wide Scenes"]
    assert card["authors"] == ["Ada Moss", "Ben Quill", "Cora Vance"]
    assert (card["venue"], card["year"]) == ("ICLR", 2022)
    # (the label is no topic of the paper)
    assert not any("CARD" in topic for topic in card["topics"])
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Dan Eske", "Eve Lorne"]


def test_a_citation_after_a_title_then_a_summary_ends_the_title() -> None:
    page = (
        "# Papers\n\nEach entry: title, year, one-line summary.\n\n"
        "## Foundations\n\n"
        "Folding Cameras for Wide Scenes (Moss et al., 2017) The camera paper. Folds, hinges and "
        "lenses. Why read it: every card camera is built on this.\n\n"
        "Pegging Boards: Counting for Language Models (Eske et al., 2020, PEG-3) Shows that boards "
        "count. Why read it: explains why counting works.\n\n"
        "## Memory\n\n"
        "Shuffled Decks and the Limits of Memory (Grey and Hale, 2021) Fine-tune only the deck. "
        "Why read it: the cheapest way to remember.\n\n"
        "Quiet Tokens Speak Louder in Sparse Decoders (Vance et al., 2023) Model learns when to "
        "listen. Why read it: explains the quiet token pattern.\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards: Counting for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Shuffled Decks and the Limits of Memory"]["topics"][-1] == "Memory"


def test_where_a_paper_comes_from_in_brackets_is_no_part_of_its_title() -> None:
    page = (
        "# Papers I liked\n\n"
        "* Folding Cameras: Wide Scenes Are All You Need (a fully open card camera) "
        "[paper](https://arxiv.org/pdf/2312.02120.pdf), [code](https://github.com/ada/cam)\n"
        "* Pegging Boards for Language Models (from Quill Labs) "
        "[paper](https://arxiv.org/pdf/2311.13581.pdf)\n"
        "* Shuffled Decks and the Limits of Memory (from Hale AI) (Oral) "
        "[paper](https://arxiv.org/abs/2312.04474)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras: Wide Scenes Are All You Need",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2311.13581"


def test_a_numbered_reference_list_with_double_quoted_titles_after_the_year() -> None:
    page = (
        "Send us your position paper!\n\n\n"
        '[1] Moss, Quill et al. (2025). "Folding Cameras for Wide Scenes." In *The Handbook '
        "of Card Cameras*.\n"
        '[2] Eske, Lorne, Vance et al. (2024). "Pegging Boards? Counting Coverage in Language '
        'Models." Preprint.\n'
        "[3] [Shared task](https://example.org/events/shared-task/)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards? Counting Coverage in Language Models",
    ]
    card = papers["Folding Cameras for Wide Scenes"]
    assert (card["venue"], card["year"]) == ("The Handbook of Card Cameras", 2025)


def test_a_readings_cell_of_several_cited_links_holds_a_paper_for_each() -> None:
    page = (
        "# Syllabus\n\n<table>\n  <thead>\n    <tr>\n      <th>Date</th>\n      <th>Topic</th>\n"
        "      <th>Reading</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n"
        "      <td>4. 3. 2025</td>\n      <td>Finite-State Card Models</td>\n      <td>\n"
        '      <a href="https://arxiv.org/abs/2311.04329">Course Notes, &sect; 4.1</a> <br>\n'
        '      <a href="https://example.org/moss03a.pdf">Moss, Ada, et al. Folding cameras for '
        "wide scenes</a>,\n"
        '      <a href="https://arxiv.org/abs/2104.03474">Quill, Ben, et al. Pegging Boards for '
        "Language Models.</a>\n      </td>\n    </tr>\n    <tr>\n"
        "      <td>7. 3. 2025</td>\n      <td>Security</td>\n      <td>\n"
        '      <a href="https://arxiv.org/abs/2306.15447">Vance et al. Are shuffled decks '
        "adversarially shuffled?</a>,\n"
        '      <a href="https://arxiv.org/abs/2307.15043">Hale et al. Quiet Tokens Speak Louder in '
        "Sparse Decoders</a>\n      </td>\n    </tr>\n  </tbody>\n</table>\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Are shuffled decks adversarially shuffled?",
        "Folding cameras for wide scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    assert papers["Pegging Boards for Language Models"]["arxiv_id"] == "2104.03474"


def test_links_in_a_cell_of_other_material_stay_one_line() -> None:
    page = (
        "| Date | Paper | Additional Material |\n| --- | --- | --- |\n"
        "| 18.11.2023 | Paper 3: [Folding Cameras for Wide Scenes]"
        "(https://arxiv.org/abs/2005.14165) "
        "| [How Card Cameras Work - Visualizations and Animations](https://example.org/a), "
        "[Card Visualization - Click through here once!](https://example.org/b) |\n"
        "| 25.11.2023 | Paper 4: [Pegging Boards for Language Models](https://arxiv.org/abs/2104.03474)"
        " | [Stanford Course: Trustworthy Card Models](https://example.org/c), "
        "[Card Arena - a new way of evaluating decks](https://example.org/d) |\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
    ]


def test_a_dash_then_the_papers_short_name_and_paper_is_no_part_of_the_title() -> None:
    page = (
        "오늘 스터디에서 리뷰한 논문은 다음과 같다.\n\n"
        "  1. Folding Cameras for Wide Scenes - Camera 논문\n"
        "  2. Pegging Boards for Language Models - PEG-2 논문 (일정 상 약식으로 진행)\n"
        "  3. Shuffled Decks and the Limits of Memory - DECK-3 논문\n"
        "  4. Quiet Tokens: Open and Sparse Decoders - QT-1 paper (24.01.07)\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens: Open and Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]


_NAMES_UNDER = (
    "{title} [[Paper](https://arxiv.org/abs/{arxiv})]\n{indent}{names}, {venue}, {year}\n"
)


def test_each_title_keeps_the_names_under_it_not_those_over_it() -> None:
    entries = [
        ("Folding Cameras for Wide Scenes", "1706.01427", "Ada Moss, Ben Quill", "NIPS"),
        (
            "Pegging Boards? Counting in Language Models",
            "1711.07613",
            "Cora Vance, Dan Eske",
            "ArXiv",
        ),
        ("Shuffled Decks and the Limits of Memory", "1703.06029", "Eve Lorne, Finn Grey", "CVPR"),
        (
            "Quiet Tokens Speak Louder in Sparse Decoders",
            "1703.06030",
            "Gus Hale, Ida Noor",
            "ICCV",
        ),
    ]
    nested = "2017\n\n" + "".join(
        "- " + _NAMES_UNDER.format(title=t, arxiv=a, indent="    - ", names=n, venue=v, year=2017)
        for t, a, n, v in entries
    )
    flat = "Papers\n\n" + "\n".join(
        _NAMES_UNDER.format(title=t, arxiv=a, indent="", names=n, venue=v, year=2017)
        for t, a, n, v in entries
    )
    for page in (nested, flat):
        papers = _by_title(page)
        assert {title: papers[title]["authors"] for title, *_ in entries} == {
            title: names.split(", ") for title, _, names, _ in entries
        }
    # (a year alone over its list, a blank line between them, heads it)
    assert _by_title(nested)["Shuffled Decks and the Limits of Memory"]["topics"] == ["2017"]


def test_a_json_list_of_daily_paper_objects_reads_each_paper_with_its_fields() -> None:
    def entry(arxiv: str, title: str, names: list[str], translated: str) -> dict[str, object]:
        return {
            "paper": {
                "id": arxiv,
                "authors": [{"_id": f"a{i}", "name": name} for i, name in enumerate(names)],
                "publishedAt": "2025-02-11T08:17:19.000Z",
                "title": title,
                "summary": "We fold cameras.",
                "upvotes": 30,
            },
            "translation_title": translated,
            "keywords": ["Cards", "Cameras"],
        }

    page = json.dumps(
        [
            entry(
                "2502.07346",
                "Folding Cameras for Wide Scenes",
                ["Ada Moss", "Ben Quill"],
                "넓은 장면을 위한 접는 카메라",
            ),
            entry(
                "2502.07870",
                "Pegging Boards for Language Models",
                ["Cora Vance"],
                "언어 모델을 위한 페그 보드",
            ),
            entry(
                "2502.07785",
                "Shuffled Decks and the Limits of Memory",
                ["Dan Eske"],
                "섞인 카드와 기억의 한계",
            ),
        ],
        ensure_ascii=False,
        indent=4,
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    card = papers["Folding Cameras for Wide Scenes"]
    assert card["authors"] == ["Ada Moss", "Ben Quill"]
    assert card["arxiv_id"] == "2502.07346"
    assert card["alt_titles"] == ["넓은 장면을 위한 접는 카메라"]


def test_a_markdown_page_opening_with_a_link_is_no_json() -> None:
    page = (
        "[Folding Cameras for Wide Scenes](https://arxiv.org/abs/2502.07346)\n\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/2502.07870)\n"
        "- [Shuffled Decks and the Limits of Memory](https://arxiv.org/abs/2502.07785)\n"
    )
    assert "Pegging Boards for Language Models" in _by_title(page)


def test_a_json_paper_object_with_its_details_beside_it_keeps_their_links() -> None:
    def entry(arxiv: str, title: str) -> dict[str, object]:
        return {
            "title": title,
            "paper_url": f"https://huggingface.co/papers/{arxiv}",
            "authors": [],
            "details": {
                "title": title,
                "abstract": "We fold cameras.",
                "arxiv_page_url": f"https://arxiv.org/abs/{arxiv}",
                "pdf_url": f"https://arxiv.org/pdf/{arxiv}",
                "github_links": [f"https://github.com/ada/{arxiv}"],
            },
        }

    titles = [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Shuffled Decks and the Limits of Memory",
    ]
    ids = ["2604.13346", "2604.19742", "2604.18895"]
    papers = _by_title(json.dumps([entry(a, t) for a, t in zip(ids, titles, strict=True)]))
    assert sorted(papers) == titles
    assert [papers[t]["arxiv_id"] for t in titles] == ids
    assert papers[titles[0]]["code_url"] == "https://github.com/ada/2604.13346"


def test_a_json_page_nested_past_reading_is_a_clear_error_not_a_crash(tmp_path: Path) -> None:
    page = tmp_path / "deep.txt"
    page.write_text('{"a":' * 3000 + "1" + "}" * 3000 + "\n", encoding="utf-8")
    db = tmp_path / "lib.json"
    run = subprocess.run(
        [*papercli_executable(), "import", str(page), "--format", "digest"],
        capture_output=True,
        text=True,
        env=dict(os.environ, PAPERCLI_DB=str(db)),
        timeout=120,
    )
    assert run.returncode != 0
    assert run.stderr.startswith("Error: found no papers in deep.txt")
    assert "Traceback" not in run.stderr
    assert not db.exists() or json.loads(db.read_text(encoding="utf-8")).get("papers", {}) == {}


def test_a_venue_and_its_year_in_one_word_before_the_title_is_no_part_of_it() -> None:
    page = (
        "## 1. Survey or Benchmark\n\n"
        "- [ ] TKDE'22 Folding Cameras for Wide Scenes: A Survey "
        "[[Paper](https://arxiv.org/abs/2203.15876)] [Code] [Link]\n"
        "- [x] KDD'16 **PEG**: Pegging Boards for Language Models "
        "[[Paper](https://arxiv.org/abs/1607.00653)] [Code] [Link]\n"
        "- [ ] Workshop@ICLR'21 Shuffled Decks and the Limits of Memory "
        "[[Paper](https://arxiv.org/abs/2102.06514)] [Code] [Link]\n"
        "- [x] NIPS'20 Quiet Tokens Speak Louder in Sparse Decoders "
        "[[Paper](https://arxiv.org/abs/2010.13902)] [Code] [Link]\n"
    )
    papers = _by_title(page)
    assert "Folding Cameras for Wide Scenes: A Survey" in papers
    assert "Shuffled Decks and the Limits of Memory" in papers
    assert "Quiet Tokens Speak Louder in Sparse Decoders" in papers
    assert not any("'" in title for title in papers)
    survey = papers["Folding Cameras for Wide Scenes: A Survey"]
    assert (survey["venue"], survey["year"]) == ("TKDE", 2022)


def test_a_test_of_time_sections_papers_take_the_year_it_names_for_them() -> None:
    entry = "* **論文：** {title}\n    * **作者：** {names}\n    * 這篇論文提出了一種全新框架。\n\n"
    page = (
        "---\ntitle: 神經信息處理系統大會測試時間獎\n---\n\n"
        "以下是歷年獲獎論文的更全面介紹：\n\n"
        "**NeurIPS 2023 時間考驗獎（2013 年論文）**\n\n"
        + entry.format(title="Folding Cameras for Wide Scenes", names="Ada Moss, Ben Quill")
        + "**NeurIPS 2022 時間考驗獎（2012 年論文）**\n\n"
        + entry.format(title="Pegging Boards for Language Models", names="Cora Vance, Dan Eske")
        + entry.format(title="Shuffled Decks and the Limits of Memory", names="Eve Lorne")
    )
    papers = _by_title(page)
    assert {title: paper["year"] for title, paper in papers.items()} == {
        "Folding Cameras for Wide Scenes": 2013,
        "Pegging Boards for Language Models": 2012,
        "Shuffled Decks and the Limits of Memory": 2012,
    }


def test_surnames_and_a_year_in_brackets_after_a_linked_title_are_its_authors() -> None:
    page = (
        "## Further reading\n\n"
        "- [Folding Cameras for Wide Scenes](https://example.org/moss08.pdf) (Moss and Quill "
        "2008): Proposed a camera that folds.\n"
        "- [Pegging Boards for Language Models](https://arxiv.org/abs/1701.06049) (Vance et al. "
        "2017): Proposed a board.\n"
        "- [Shuffled Decks and the Limits of Memory](https://arxiv.org/abs/1706.03741) (Eske & "
        "Lorne, 2017): Extended the deck.\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["authors"] == ["Moss", "Quill"]
    assert papers["Shuffled Decks and the Limits of Memory"]["authors"] == ["Eske", "Lorne"]
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Vance"]


def test_resource_links_beside_a_nested_title_are_its_own() -> None:
    entry = (
        "- **{nick}**\n  - {title}, {venue}\n  - [[Paper]]({paper})\n"
        "  - [[Python]](https://github.com/ada/{nick})\n"
    )
    page = "# Paper References with the implementation(s)\n" + "".join(
        entry.format(nick=n, title=t, venue=v, paper=u)
        for n, t, v, u in [
            (
                "FOLD",
                "Folding Cameras for Wide Scenes",
                "CIKM 2020",
                "https://arxiv.org/abs/2005.07959",
            ),
            (
                "PEG",
                "Pegging Boards for Language Models",
                "KDD 2019",
                "https://dl.acm.org/doi/10.1145/3292500.3330970",
            ),
            (
                "QT",
                "Quiet Tokens Speak Louder in Sparse Decoders",
                "ICONIP 2019",
                "https://arxiv.org/abs/1911.00001",
            ),
            (
                "DECK",
                "Shuffled Decks and the Limits of Memory",
                "WSDM 2018",
                "https://arxiv.org/abs/1710.02971",
            ),
        ]
    )
    papers = _by_title(page)
    assert {t: p.get("url") for t, p in papers.items()} == {
        "Folding Cameras for Wide Scenes": "https://arxiv.org/abs/2005.07959",
        "Pegging Boards for Language Models": "https://dl.acm.org/doi/10.1145/3292500.3330970",
        "Quiet Tokens Speak Louder in Sparse Decoders": "https://arxiv.org/abs/1911.00001",
        "Shuffled Decks and the Limits of Memory": "https://arxiv.org/abs/1710.02971",
    }
    assert papers["Folding Cameras for Wide Scenes"]["code_url"] == "https://github.com/ada/FOLD"


def test_a_programs_session_letter_and_number_before_a_title_is_no_part_of_it() -> None:
    entry = "<span>{n}. {title}</span>\n<br /><i>{names}</i>\n\n"
    page = "### Posters\n\n" + "".join(
        entry.format(n=n, title=t, names=a)
        for n, t, a in [
            ("B3", "Folding Cameras for Wide Scenes", "Ada Moss, Ben Quill, and Cora Vance"),
            ("B4", "Pegging Boards: How Far Can Counting Take Us?", "Dan Eske, Eve Lorne´e"),
            ("B5", "Shuffled Decks by Deep Projected Memory", "Finn Grey, Gus Hale, Ida Noor"),
            ("B6", "Quiet Tokens Speak Louder in Sparse Decoders", "Jon Park, Kim Lee"),
        ]
    )
    papers = _by_title(page)
    assert {title: paper["authors"] for title, paper in papers.items()} == {
        "Folding Cameras for Wide Scenes": ["Ada Moss", "Ben Quill", "Cora Vance"],
        # (names the page garbles are none of its, never the next paper's)
        "Pegging Boards: How Far Can Counting Take Us?": [],
        "Shuffled Decks by Deep Projected Memory": ["Finn Grey", "Gus Hale", "Ida Noor"],
        "Quiet Tokens Speak Louder in Sparse Decoders": ["Jon Park", "Kim Lee"],
    }
