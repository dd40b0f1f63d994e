"""Conventions shared by real pages read for errors in stop 92, written afresh with made-up
titles and names."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from tests.conftest import digest_all_found as _all_found
from tests.conftest import papercli_executable
from tests.test_digest_review78 import TITLES
from tests.test_digest_review88 import FIRST, SECOND

from papercli.errors import ImportFormatError, UsageError
from papercli.importers import decode_input


def test_a_korean_labs_sheet_is_read_by_its_column_names() -> None:
    page = "연도,학회명,Oral 등,논문 제목,링크,저자 목록\n"
    for k, title in enumerate(TITLES):
        link = f"https://arxiv.org/abs/2409.1{k}985" if k % 2 else ""
        page += f'202{k},CVPR,{"Oral" if k else ""},"{title}",{link},"{FIRST[k]}, {SECOND[k]}†"\n'
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["venue"] == "CVPR"
    assert found[TITLES[1]]["year"] == 2021
    assert found[TITLES[1]]["arxiv_id"] == "2409.11985"
    assert found[TITLES[2]]["authors"] == [FIRST[2], SECOND[2]]


def test_a_course_links_a_bracketed_citation_and_italicises_the_title_after_it() -> None:
    page = "## Week 1 (29/10): *Modeling Language*\n\n- Slides: [pdf](./slides/one.pdf)\n\n"
    page += "<details><summary>To go further</summary>\n\n"
    cites = ["(Moss, 2025)", "(Wren & Lark, 2019)", "(Tarn et al., 2021)", "(G. Reed, 2018)"]
    for k, (cite, title) in enumerate(zip(cites, TITLES, strict=True)):
        page += f"- [{cite}](https://doi.org/10.1145/350790{k}): *{title}*.\n"
    page += "\n</details>\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == ["Wren", "Lark"]
    assert found[TITLES[1]]["year"] == 2019
    assert found[TITLES[2]]["authors"] == ["Tarn"]
    assert found[TITLES[3]]["authors"] == ["G. Reed"]


def test_a_student_presentations_presenter_is_no_part_of_its_title() -> None:
    page = "| Date | Topics | Notes |\n|---|---|---|\n"
    page += "| Aug 22 | Introduction, course mechanics | [Slides](intro.pptx) |\n"
    for k, title in enumerate(TITLES):
        page += f"| Nov {k + 10} | Student presentation by {FIRST[k]}: {title} | |\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == []


def test_titles_over_a_labelled_field_of_names_and_year_are_papers() -> None:
    page = "확산 모델 읽기 순서를 정리해 드립니다.\n\n"
    for k, title in enumerate(TITLES):
        names = f"{FIRST[k]}, et al." if k % 2 else f"{FIRST[k]}, {SECOND[k]}"
        page += f"📜 {title} (Q{k}M)\n저자/연도: {names} (201{k})\n\n중요성: 시초. 아이디어.\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[1]]["authors"] == [FIRST[1]]
    assert found[TITLES[1]]["year"] == 2011


def test_indonesian_references_say_dkk_and_dan_for_et_al_and_and() -> None:
    page = "# Daftar Pustaka\n\n"
    venue = "Advances in Neural Information Processing Systems"
    page += f"* Moss, A., dkk. 2014. {TITLES[0]}. {venue}. 3.\n"
    page += (
        f"* Wren, B., dan Lark, D. 1943. {TITLES[1]}. *Bull. Math. Biophysics*, 5, hal. 115-133.\n"
    )
    page += f"* Tarn, E., dkk. 2012. {TITLES[2]}. Neural Information Processing Systems. 25.\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["authors"] == ["A. Moss"]
    assert found[TITLES[1]]["authors"] == ["B. Wren", "D. Lark"]


def test_a_links_hover_text_of_names_gives_the_papers_authors() -> None:
    page = "## Surveys\n\n"
    for k, title in enumerate(TITLES):
        hover = f"{FIRST[k]}, {SECOND[k]}" if k % 2 else FIRST[k]
        page += f'* [{title}](http://arxiv.org/abs/1404.782{k} "{hover}")'
        page += f" ([code](https://github.com/lab/repo{k}))\n" if k == 2 else "\n"
    page += '* [Quiet Orchard Toolkit](https://github.com/lab/toolkit "Read the docs")\n'
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0]]
    assert found[TITLES[1]]["authors"] == [FIRST[1], SECOND[1]]
    assert found[TITLES[2]]["code_url"] == "https://github.com/lab/repo2"


def test_headings_of_an_arxiv_id_then_a_title_are_papers_however_short_their_notes() -> None:
    page = "<!-- TOC -->\n\n<!-- /TOC -->\n\n"
    for k, title in enumerate(TITLES):
        notes = "- 通过提供大量的实验结果来填补这个空白。\n" if k < 2 else ""
        page += f"# 2103.0{k}350 {title}\n{notes}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[3]]["arxiv_id"] == "2103.03350"


def test_citations_in_one_bracket_keep_each_its_own_names_and_year() -> None:
    cites = [f"{FIRST[0].split()[1]} and {SECOND[0].split()[1]}, 2018", "Lark et al., 2020"]
    cites.append("Brook et al., 2021")
    parts = "; ".join(f'{cite} "{title}"' for cite, title in zip(cites, TITLES, strict=False))
    page = f"## Thoughts\n\n3) Good baseline - fine-tuning. There are methods ({parts})\n"
    found = _all_found(page, TITLES[:3])
    assert found[TITLES[0]]["authors"] == ["Moss", "Wren"]
    assert found[TITLES[0]]["year"] == 2018
    assert found[TITLES[1]]["authors"] == ["Lark"]
    assert found[TITLES[1]]["year"] == 2020
    assert found[TITLES[2]]["authors"] == ["Brook"]


def test_an_input_in_a_named_encoding_is_read_and_the_encoding_never_guessed() -> None:
    data = f'title,authors\n"Caf\u00e9 {TITLES[0]}",Ren\u00e9 Moss\n'.encode("cp1252")
    with pytest.raises(ImportFormatError, match=r"not UTF-8 text .*--encoding"):
        decode_input(data, "papers.csv")
    assert decode_input(data, "papers.csv", "cp1252").startswith('title,authors\n"Café')
    with pytest.raises(ImportFormatError, match="not valid utf-8 text"):
        decode_input(data, "papers.csv", "utf-8")
    assert decode_input(b"\xef\xbb\xbftitle\n", "a.csv", "UTF8") == "title\n"
    with pytest.raises(UsageError, match="unknown encoding 'nope'"):
        decode_input(data, "papers.csv", "nope")
    with pytest.raises(UsageError, match="no text encoding"):
        decode_input(data, "papers.csv", "rot13")


def test_the_import_command_takes_an_encoding_end_to_end(tmp_path: Path) -> None:
    page = tmp_path / "papers.csv"
    page.write_bytes(f'title,authors\n"{TITLES[0]} \u2019n",Ren\u00e9 Moss\n'.encode("mac-roman"))
    env = {**os.environ, "PAPERCLI_DB": str(tmp_path / "lib.json")}

    def papercli(*args: str) -> subprocess.CompletedProcess[str]:
        command = [*papercli_executable(), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    refused = papercli("import", str(page))
    assert refused.returncode == 1
    assert "papers.csv is not UTF-8 text" in refused.stderr
    assert "--encoding" in refused.stderr
    bad = papercli("import", str(page), "--encoding", "nope")
    assert bad.returncode == 2
    assert "unknown encoding 'nope'" in bad.stderr
    garbled = papercli("import", str(page), "--encoding", os.fsdecode(b"cp\xff"))
    assert garbled.returncode == 2
    assert "--encoding is not valid UTF-8" in garbled.stderr
    assert "Traceback" not in garbled.stderr
    assert json.loads(papercli("list", "--json").stdout) == []  # nothing stored
    done = papercli("import", str(page), "--encoding", "mac-roman")
    assert done.returncode == 0, done.stderr
    (paper,) = json.loads(papercli("list", "--json").stdout)
    assert paper["title"] == f"{TITLES[0]} \u2019n"
    assert paper["authors"] == ["René Moss"]


def test_a_restructuredtext_grid_tables_rows_are_read_cell_by_cell() -> None:
    venues = ["ICLR 2019", "NeurIPS 2020", "ICML 2024", "IJCAI 2024"]
    rule = "+------+--------------------------------+"
    page = f"Supported methods\n=================\n\n{rule}\n"
    page += "| Name | Paper title                    |\n"
    page += rule.replace("-", "=") + "\n"
    for k, (title, venue) in enumerate(zip(TITLES, venues, strict=True)):
        words = f"{title} ({venue})".split()
        half = len(words) // 2
        first, rest = " ".join(words[:half]), " ".join(words[half:])
        page += f"| M{k}   | {first:<30} |\n|      | {rest:<30} |\n{rule}\n"
    page += "| 1111 | 1111                           |\n" + rule + "\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["venue"] == "ICML"
    assert found[TITLES[2]]["year"] == 2024


def test_names_before_a_linked_title_and_the_venue_after_in_keep_their_places() -> None:
    journals = ["Cognitive Computation", "Pattern Letters", "Cognitive Computation", "Signals"]
    page = "## 2022\n\n"
    short = ["FOLD", "QG", "LEDGER", "TIDES"]
    initialled = [f"{name[0]}. {name.split()[1]}" for name in FIRST]  # "A. Moss"
    second = [f"{name[0]}. {name.split()[1]}" for name in SECOND]
    for k, (title, journal) in enumerate(zip(TITLES, journals, strict=True)):
        linked = title if ":" in title else f"{short[k]}: {title}"
        page += (
            f"{k + 1}. {initialled[k]} and {second[k]} [{linked}](https://link.example.org/article/{k})."
            f" In *{journal}*, Volume 14, January 2022. Pages 388-406. ([pdf](p{k}.pdf))\n"
        )
    titles = [t if ":" in t else f"{short[k]}: {t}" for k, t in enumerate(TITLES)]
    found = _all_found(page, titles)
    assert found[titles[0]]["authors"] == ["A. Moss", "B. Wren"]
    assert found[titles[2]]["authors"] == ["E. Tarn", "F. Brook"]
    assert found[titles[1]]["venue"] == "Pattern Letters"
    assert found[titles[3]]["venue"] == "Signals"


def test_org_headings_that_end_with_an_org_cite_key_are_papers() -> None:
    titles = [title.capitalize() for title in TITLES]  # (sentence case: the model doubts it)
    page = ""
    for k, title in enumerate(titles):
        state = "TODO " if k % 2 else ""
        key = "_".join(title.lower().replace(":", "").split()[:3])
        page += f"* {state}{title} [cite:@moss1{k}_{key}]\n\n*Key contribution*: maps.\n\n"
        page += "** Learning to Learn Things\n\nNotes on it.\n\n" if k == 0 else ""
    page += "* [[id:62a93e72-8b06][Temp Coding with Alpha Functions]]\n* STDP\n"
    _all_found(page, titles)


def test_a_two_letter_initial_keeps_its_point_in_a_citation() -> None:
    page = "## Publicaciones\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f"- Lucero, H. & {SECOND[k].split()[1]}, Ch. (202{k}). *{title}*. **AI & Society**.\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == ["H. Lucero", "Ch. Wren"]
    assert found[TITLES[3]]["authors"] == ["H. Lucero", "Ch. Fenn"]


def test_a_curated_yamls_first_author_and_project_repository_are_read() -> None:
    page = "metadata:\n  title: Papers for Learned Lidar Maps\n\npapers:\n  # Journal papers\n"
    for k, title in enumerate(TITLES):
        project = f"https://github.com/lab{k}/repo{k}" if k % 2 else f"https://lab{k}.example.org/"
        page += (
            f"  - id: paper-{k}\n    title: '{title}'\n    first_author: {FIRST[k]}\n"
            f"    year: 202{k}\n    venue: IEEE TCSVT\n    status: published\n"
            f"    paper_url: https://doi.org/10.1109/TCSVT.2025.357812{k}\n"
            f"    project_url: {project}\n    paradigm: [diffusion]\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0]]
    assert found[TITLES[1]]["code_url"] == "https://github.com/lab1/repo1"
    assert found[TITLES[2]]["code_url"] is None  # a project page is no repository


def test_a_script_appending_dicts_with_tuples_of_authors_gives_each_its_names() -> None:
    page = "pubs = []\n\n# 0: super excited recently\n\n"
    for k, title in enumerate(TITLES):
        names = ", ".join(f"'{name}'" for name in (FIRST[k], SECOND[k], "He He"))
        page += (
            f"pubs.append({{\n    'bib': 'moss202{k}paper',\n    'title': '{title}',\n"
            f"    'author': ({names}),\n    'year': '202{k}',\n    'venue': 'arxiv',\n"
            f"    'pdf': 'https://arxiv.org/abs/2506.1094{k}',\n}})\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0], "He He"]
    assert found[TITLES[3]]["arxiv_id"] == "2506.10943"


def test_a_surname_and_et_al_opening_a_cell_right_before_a_quoted_title_are_its_authors() -> None:
    page = ""
    surnames = ["Lunz", "Rebuffi", "Furlanello", "Molin"]
    for k, (surname, title) in enumerate(zip(surnames, TITLES, strict=True)):
        page += (
            f'<!-- === ENTRY START === -->\n<tr>\n<td class="date"> 2{k}/11/2018 </td>\n'
            f'<td class="name"> {FIRST[k]}\n</td>\n'
            f'<td>{surname} et al. "{title}", NIPS 201{k}</td>\n\n'
            f'<td><a href="https://rg.example.org/slides{k}.pdf">Slides PDF</a></td>\n'
            "<!-- === ENTRY END === -->\n\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == ["Lunz"]
    assert found[TITLES[3]]["authors"] == ["Molin"]


def test_bibtex2html_entries_with_a_particle_in_a_name_keep_their_authors() -> None:
    page = "<!-- This document was automatically generated with bibtex2html 1.98 -->\n\n<dl>\n\n"
    for k, title in enumerate(TITLES):
        names = f"H&nbsp;Ali, SN&nbsp;Tran, and AS&nbsp;d'Avila {SECOND[k].split()[1]}"
        page += (
            f'<dt>\n[<a name="key{k}">{k + 1}</a>]\n</dt>\n<dd>\n{names}.\n {title}.\n'
            f" <em>Neural Computing and Applications</em>, 29(6):13--19, Mar 2018.\n"
            f'[&nbsp;<a href="pubs_bib.html#key{k}">bib</a>&nbsp;| \n'
            f'<a href="http://dx.doi.org/10.1007/s00521-016-250{k}-7">DOI</a>&nbsp;]\n\n</dd>\n\n'
        )
    page += "</dl>\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == ["H Ali", "SN Tran", "AS d'Avila Wren"]
    assert found[TITLES[0]]["doi"] == "10.1007/s00521-016-2500-7"


def test_harvard_references_with_a_comma_after_the_year_are_read() -> None:
    page = "---\ntitle: Publika&shy;tionen\n---\n\n### 2016\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f"- Scherer, K. P.; Moss, A. & Furth, S. (201{k}), '{title}', "
            f"_Spektrum für Augenheilkunde_ **2** , 9{k} .\n\n"
        )
    page += "Eine vollständige Liste finden Sie bei BibSonomy.\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["authors"] == ["K. P. Scherer", "A. Moss", "S. Furth"]
    assert found[TITLES[1]]["year"] == 2011


def test_a_seminars_subjects_beside_their_presenters_are_papers() -> None:
    page = "# AI Seminar Season 17\n\n## Schedule\n* 최소한 발표 1주 전까지는 발표주제 update!\n\n"
    page += "| # | Date | Presenter | Subject |\n|:--:|:--:|:--:|:--:|\n"
    presenters = ["조환희", "정근욱", "임희주", "백형렬", "김수형"]
    subjects = [title.lower().capitalize() for title in TITLES] + ["Weight Standardization"]
    for k, (who, subject) in enumerate(zip(presenters, subjects, strict=False)):
        page += f"| 0{k + 1} | Jun 2{k} | {who} | {subject} |\n"
    found = _all_found(page, subjects[:4])
    assert found[subjects[0]]["authors"] == []


def test_a_conference_csv_with_each_authors_first_and_last_name_in_columns_of_their_own() -> None:
    header = ["Source", "Paper ID", "Title", "Abstract", "Keywords"]
    header += [f"Author {n} - {part}" for n in (1, 2, 3) for part in ("first", "last")]
    header.append('"ACM Author Emails, excluding contact email"')
    page = "\ufeff" + ",".join(header) + "\n"
    for k, title in enumerate(TITLES):
        first, second = FIRST[k].split(), SECOND[k].split()
        abstract = '"Charts go hand in hand with text.\nWe investigated ways, and more."'
        page += (
            f"Session {k % 2},10{k},{title},{abstract},charts; text,"
            f"{first[0]},{first[1]},{second[0]},{second[1]},,,a@x.org\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]
    assert found[TITLES[3]]["authors"] == [FIRST[3], SECOND[3]]


def test_a_reading_groups_paper_label_before_a_full_reference_names_the_paper() -> None:
    page = "Castle Reading Group, Cambridge\n\nEach session we discuss a paper.\n\n"
    page += "Upcoming sessions\n\n29th October 2025: Learning from feedback\n\n"
    page += "When: Wednesday 29th October 2025, 6 pm – 8 pm.\n\nWhere: The Castle Inn.\n\n"
    page += (
        f"Paper: A. B. Moss et al. {TITLES[0]}. In Advances in Neural Information Processing"
        " Systems 30, 2017.\n\nWe'll discuss it at length.\n\n"
    )
    page += "26th November 2025: If anyone builds it\n\nWhen: Wednesday 26th November 2025.\n\n"
    page += "Book: C. Quill and D. Lark. If Anyone Builds It: The Case Against It. Bodley, 2025.\n"
    found = _all_found(page, TITLES[:1])
    assert found[TITLES[0]]["authors"] == ["A. B. Moss"]
    assert found[TITLES[0]]["year"] == 2017


def test_titles_listed_after_the_papers_cue_are_each_a_paper() -> None:
    page = "SIGIR 2011 best papers\n\nThis year's best paper award was presented to "
    page += (
        f"{FIRST[0]} (North University) for their paper {TITLES[0]} in which they model maps.\n\n"
    )
    listed = ["Parameterized Weighting in Verbose Queries", "Enhanced Results for Orchard Search"]
    listed += ["Recommending Ephemeral Ledgers at Web Scale"]
    page += (
        f"There were honorable mentions for the papers: {', '.join(listed[:2])}, and {listed[2]}.\n"
    )
    found = _all_found(page, [TITLES[0], *listed])
    assert found[listed[2]]["venue"] == "SIGIR"
    assert found[listed[2]]["year"] == 2011


def test_a_numbered_reference_wrapped_inside_its_list_item_is_one_reference() -> None:
    page = "## 関連研究\n\n"
    for k, title in enumerate(TITLES):
        page += (
            f"- [{30 + k}] Moss, A., Wren, B., Quill, C.: {title}. In: Proceedings of the IEEE "
            "conference on computer\nvision and pattern recognition. pp. 8427–8436 (2018)\n"
        )
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["venue"] == "CVPR"
    assert found[TITLES[0]]["year"] == 2018


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("In: Asian Conference on Computer Vision. pp. 276–292 (2018)", "ACCV"),
        ("British Machine Vision Conference 2019", "BMVC"),
        ("IEEE/CVF Winter Conference on Applications of Computer Vision", "WACV"),
        ("IEEE International Conference on Robotics and Automation, 2021", "ICRA"),
        ("2019 IEEE/RSJ International Conference on Intelligent Robots and Systems", "IROS"),
        ("Proceedings of the 16th ACM Conference on Recommender Systems", "RecSys"),
        ("ACM International Conference on Web Search and Data Mining", "WSDM"),
    ],
)
def test_more_venues_long_names_give_their_short_names(written: str, short: str) -> None:
    from papercli.importers.venues import find_venue_year

    assert find_venue_year(written)[0] == short


def test_a_bracketed_citation_before_a_title_gives_its_authors_and_never_a_venue() -> None:
    page = "## Ссылки\n\n"
    cites = ["Lee et al., 2020", "Abdul et al., 2023", "Alharbi & Alotaibi, 2024", "Jiang, 2025"]
    venues = ["IEEE TNSRE 28(12):2647–2659.", "MDPI Bioengineering 10(6):649."]
    venues += ["Life 14(11):1501.", "arXiv:2501.17489."]
    for cite, title, venue in zip(cites, TITLES, venues, strict=True):
        page += f"- [{cite}] {title}. {venue}\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[2]]["authors"] == ["Alharbi", "Alotaibi"]
    assert found[TITLES[2]]["venue"] != "Alharbi & Alotaibi"
    assert found[TITLES[2]]["year"] == 2024
    assert found[TITLES[3]]["arxiv_id"] == "2501.17489"
    # (a month and year in brackets is a date, no citation: "[May 2026] Title")
    page = "### Agent skills\n\n"
    for k, title in enumerate(TITLES):
        page += f'#### [May 202{k}] "{title}" [[paper](https://arxiv.org/abs/2605.0735{k})]\n\n'
        page += f"- **Authors:** {FIRST[k]}, {SECOND[k]}\n\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[0]]["authors"] == [FIRST[0], SECOND[0]]


def test_how_often_a_paper_is_cited_is_no_part_of_its_title() -> None:
    page = "#### 추천하는 분야: Graph\n\n[대표 논문]\n"
    tails = ["약 3천번 인용", "(3247회 인용된 2017년 논문)", "(cited by 1,200)", "약 2만번 인용"]
    for k, (title, tail) in enumerate(zip(TITLES, tails, strict=True)):
        page += f"{k + 1}. {title} {tail} [link](https://arxiv.org/abs/1706.0221{k})\n"
    found = _all_found(page, TITLES)
    assert found[TITLES[1]]["arxiv_id"] == "1706.02211"
