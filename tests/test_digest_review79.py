"""Conventions shared by real pages read for errors in stop 79, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import chosen_title
from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES

from papercli.importers.digest.blocks import read_lines

IDS = ["2505.11111", "2512.22222", "2602.33333", "2206.44444"]


def test_a_card_whose_link_wraps_its_kind_label_gives_the_link_to_its_title() -> None:
    cards = "".join(
        f'<a class="resource-link" href="https://arxiv.org/abs/{IDS[k]}" target="_blank">'
        f'<div><div class="category paper">Paper · {label}</div> '
        f'<div class="label">{title}</div> <div class="host">Moss, Quill</div></div></a>'
        for k, (title, label) in enumerate(
            zip(TITLES[:3], ["2025", "ICLR 2026", "2022"], strict=True)
        )
    )
    page = f"<html><body><h2>Papers &amp; related work</h2><div>{cards}</div></body></html>"
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    for k, title in enumerate(TITLES[:3]):
        assert found[title]["arxiv_id"] == IDS[k]  # never the next card's
    assert (found[TITLES[1]]["venue"], found[TITLES[1]]["year"]) == ("ICLR", 2026)


def test_a_title_named_by_its_short_name_before_its_marks_takes_that_link() -> None:
    page = (
        "# Tide Newsletter #4\n\n## Research\n\n"
        "***SNAP?! Folding Maps for Sparse Lidar Returns***\n\n"
        "Earlier work ([Q5](https://arxiv.org/abs/1910.10683)) folds every map into one frame "
        "and treats each return alike, which loses the sparse ones far from the sensor.\n\n"
        "New follow-up work called [SNAP](https://arxiv.org/abs/2004.14546) keeps the far "
        "returns apart and folds them late, which helps the detector on the long range.\n"
    )
    found = _by_title(page)
    assert found["SNAP?! Folding Maps for Sparse Lidar Returns"]["arxiv_id"] == "2004.14546"


def test_an_id_field_before_a_labelled_title_is_no_part_of_it() -> None:
    items = "".join(
        f"* **paper_id: {IDS[k]}v1, title: {title}:** This paper proposes a new way to do it.\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("## Interesting Papers: 2024-05-28\n\n" + items)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[0]]["arxiv_id"] == IDS[0]


def test_an_html_list_indented_under_a_paragraph_is_read_as_a_list() -> None:
    items = "".join(
        f"        <li>Ada Moss, Ben Quill. {title}. "
        f'<a target="_blank" href="https://arxiv.org/pdf/{IDS[k]}">[Paper]</a></li>\n'
        for k, title in enumerate(TITLES[:3])
    )
    page = (
        '---\ntitle: "Eccv26"\n---\n\n'
        'Three papers accepted at <a href="https://eccv.example.org">ECCV 2026!</a>\n'
        f"    <ul>\n{items}    </ul>\n"
    )
    lines = read_lines(page)
    entries = [line for line in lines if TITLES[0] in line.text or TITLES[2] in line.text]
    assert [line.kind for line in entries] == ["item", "item"]
    # (the link's own brackets are no part of its label: "[Paper]" reads as "Paper")
    assert entries[1].text.endswith(f"{TITLES[2]}. Paper")
    assert entries[1].urls == [f"https://arxiv.org/pdf/{IDS[2]}"]


def test_references_hard_wrapped_at_a_fixed_width_are_read_whole() -> None:
    page = (
        "## All publications\n\n"
        "Ada Moss, Ben Quill, Cara Lind, and Dev P.A.\n"
        "Rowe. Folding maps for sparse lidar returns in the estimation of small\n"
        "orchards with drones. *Journal of Field and Orchard Robotics*, 162:108034,\n"
        "jan 2022. URL: <https://doi.org/10.1016%2Fj.jfor.2021.108034>,\n"
        "[doi:10.1016/j.jfor.2021.108034](https://doi.org/10.1016/j.jfor.2021.108034).\n\n"
        "Eli Varga, Ada Moss, and Ben Quill. Quiet gradients in wide orchards and\n"
        "the tides of their memory. *Mathematics of Orchard Computation*, pages 1,\n"
        "jun 2021. URL: <https://doi.org/10.1090%2Fmoc%2F3659>,\n"
        "[doi:10.1090/moc/3659](https://doi.org/10.1090/moc/3659).\n\n"
        "Fay Oduya, Gil Brandt, Ada Moss, and Hana Ito. Slow tides for misspecified\n"
        "models of ledgers and of drift. *Proceedings of the Orchard Academy of\n"
        "Sciences*, 118(2):e2015006118, dec 2020. URL:\n"
        "<https://doi.org/10.1073%2Fpoas.2015006118>,\n"
        "[doi:10.1073/poas.2015006118](https://doi.org/10.1073/poas.2015006118).\n"
    )
    found = _by_title(page)
    first = "Folding maps for sparse lidar returns in the estimation of small orchards with drones"
    assert sorted(found) == sorted(
        [
            first,
            "Quiet gradients in wide orchards and the tides of their memory",
            "Slow tides for misspecified models of ledgers and of drift",
        ]
    )
    assert found[first]["authors"] == ["Ada Moss", "Ben Quill", "Cara Lind", "Dev P.A. Rowe"]
    assert found[first]["year"] == 2022


def test_a_group_of_papers_with_its_count_is_no_paper() -> None:
    # ("今年的会议将论文划分成了以下几类：" over "* Database Engines(45篇)", …): the model may
    # rate such a group's name a title, as it rates a bare list's
    for line, name in [
        ("* Orchard Engines(45篇)", "Orchard Engines"),
        ("- Lidar Architectures (12 papers)", "Lidar Architectures"),
    ]:
        assert chosen_title(line, name) is None
    assert chosen_title("* Orchard Engines (2019)", "Orchard Engines") == "Orchard Engines"


def test_a_year_and_a_surname_before_each_title_are_its_year_and_author() -> None:
    items = "".join(
        f"* [{2019 - k}: {name}: {title}](https://arxiv.org/abs/{IDS[k]})\n"
        for k, (name, title) in enumerate(
            zip(["Moss", "Quill", "Lind", "Rowe"], TITLES, strict=True)
        )
    )
    found = _by_title("## paper\n" + items)
    assert sorted(found) == sorted(TITLES)
    third = found[TITLES[2]]
    assert (third["authors"], third["year"]) == (["Lind"], 2017)


def test_a_full_name_after_by_inside_a_link_is_the_author() -> None:
    items = "".join(
        f"- [{title} by {name}](https://example.org/papers/{k}.pdf)\n    - Motivation:\n"
        "        - Sparse returns\n"
        for k, (title, name) in enumerate(zip(TITLES, ["Chong Wang", "Yin Zheng"] * 2, strict=True))
    )
    found = _by_title("## Orchard Systems\n" + items)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["authors"] == ["Yin Zheng"]


def test_headings_each_over_a_citation_key_are_titles() -> None:
    notes = [
        "Standard layer: $y = H(x)$ where H is a transformation.",
        "The paper sketches out a proof of the vanishing gradient.",
        "Most of the work is done in the first layer.",
        "Passing the input along is useful.",
    ]
    keys = ["moss2015folding", "quill2016quiet", "lind2018ledger", "rowe2017slow"]
    page = "".join(
        f"# {title}\n\n[@{key}]\n\n{note}\n\n"
        for title, key, note in zip(TITLES, keys, notes, strict=True)
    )
    found = _by_title(page + "# References\n")
    assert sorted(found) == sorted(TITLES)


def test_an_underlined_title_on_an_old_award_page_is_its_paper() -> None:
    awards = "".join(
        f'<span class="sectionheader">CVPR13 {award} (sponsored by Orchard Inc)</span>\n'
        "<br><br>\n"
        f'&nbsp;&nbsp;&nbsp;<u>{title}</u> (<a href="https://example.org/{k}.pdf">online '
        "access</a>)\n<br/>\n"
        "&nbsp;&nbsp;&nbsp;<i>Ada Moss, Ben Quill, and Cara Lind</i>\n<br/><br/><br/>\n\n"
        for k, (award, title) in enumerate(
            zip(
                ["Best Paper", "Best Paper Runner-Up", "Best Student Paper"],
                TITLES[:3],
                strict=True,
            )
        )
    )
    page = (
        '<?php\n    include("frags/header.php");\n?>\n\n<table>\n<tr><td colspan="3">'
        '<span class="pageheader">CVPR 2013 Awards</span><br><br>\n</td></tr>\n'
        f'<tr><td colspan="3">\n\n{awards}</td></tr>\n</table>\n'
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Lind"]


def test_a_papers_abstract_and_pdf_lines_stay_with_it() -> None:
    entries = "".join(
        f"### {k + 1}. {title}\n\n摘要：提出了一种新方法。\n\n相关性：95/100\n\n链接：\n"
        f"- arXiv: http://arxiv.org/abs/{IDS[k]}v1\n- PDF: https://arxiv.org/pdf/{IDS[k]}v1.pdf\n"
        + ("- Code: https://github.com/example/tide\n" if k % 2 else "")
        + "\n---\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("# Research Brief - 2026-06-11\n\n## 重点关注清单\n\n" + entries)
    assert sorted(found) == sorted(TITLES)
    for k, title in enumerate(TITLES):
        assert found[title]["arxiv_id"] == IDS[k]


def test_the_authors_a_note_cites_as_proposing_it_link_its_paper() -> None:
    page = (
        "## Research\n\n### **Ledger Games: Counting Tokens Under Drift**\n\n"
        "To address some of the limits of earlier counters, [**Moss et al. (2020)**]"
        "(https://arxiv.org/abs/2001.04451) propose a counter that drifts with the ledger, "
        "to allow longer ledgers and a smaller footprint.\n\n"
        "Memory is saved with [*reversible ledgers*](https://arxiv.org/abs/1707.04585) that "
        "let each entry be counted again on demand, which avoids storing all of them.\n\n"
        "### **Quiet Gradients in Wide Orchards**\n\n"
        "[**Quill et al. (2021)**](https://arxiv.org/abs/2101.00001) present gradients that "
        "stay quiet across a wide orchard of models.\n"
    )
    found = _by_title(page)
    assert found["Ledger Games: Counting Tokens Under Drift"]["arxiv_id"] == "2001.04451"


def test_a_venue_glued_after_the_last_name_is_no_part_of_it() -> None:
    from papercli.importers.names import parse_names

    assert parse_names("Ada Moss, Ben Quill, Cara Lind ICLR 2019") == [
        "Ada Moss",
        "Ben Quill",
        "Cara Lind",
    ]
    assert parse_names("Nico Kerr, Gabriel Peyré NeurIPS") == ["Nico Kerr", "Gabriel Peyré"]
    assert parse_names("Ada Moss, Ben Quill, Cara Lind") == ["Ada Moss", "Ben Quill", "Cara Lind"]


def test_a_session_export_gives_its_papers_their_arxiv_ids_and_session() -> None:
    import json

    records = [
        {
            "title": title,
            "ieee_id": str(10447081 + k),
            "github": None,
            "paper_arxiv_id": IDS[k] if k % 2 == 0 else None,
            "paper_pdf": None,
            "youtube_id": None,
            "section": "Robust Orchard Learning",
        }
        for k, title in enumerate(TITLES)
    ]
    found = _by_title(json.dumps(records, indent=2))
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[2]]["arxiv_id"] == IDS[2]
    assert found[TITLES[0]]["topics"] == ["Robust Orchard Learning"]


def test_an_entry_without_an_id_never_takes_the_next_entrys() -> None:
    page = "".join(
        f'- title: "{title}"\n' + (f'  arxiv: "{IDS[k]}"\n' if k != 1 else "")
        for k, title in enumerate(TITLES[:3])
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES[:3])
    assert found[TITLES[1]].get("arxiv_id") is None
    assert found[TITLES[2]]["arxiv_id"] == IDS[2]


def test_a_publication_tagged_with_its_arxiv_link_takes_it() -> None:
    page = "".join(
        f'- title: "{title}"\n  authors:\n    - Ada Moss\n    - Ben Quill\n  year: 2024\n'
        f"  tags:\n    - tag: arXiv\n      link: https://arxiv.org/pdf/{IDS[k]}\n"
        "    - tag: Code\n      link: https://github.com/example/tide\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert sorted(found) == sorted(TITLES)
    assert found[TITLES[1]]["arxiv_id"] == IDS[1]
    assert found[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill"]


def test_an_arxiv_address_with_the_id_right_after_the_host_names_it() -> None:
    from papercli.ids import normalize_arxiv

    assert normalize_arxiv("http://arxiv.org/1602.02410") == "1602.02410"
    assert normalize_arxiv("https://arxiv.org/1508.04025v2.pdf") == "1508.04025"
    assert normalize_arxiv("https://arxiv.org/list/cs.CL") is None
    page = "".join(
        f"- {title} (2016), A. Moss et al. `[pdf] <http://arxiv.org/{IDS[k]}>`__\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("Papers\n------\n\n" + page)
    assert found[TITLES[1]]["arxiv_id"] == IDS[1]


def test_an_export_s_own_author_separator_parts_the_names() -> None:
    header = "id;link;pub_date;title;abstract;authors;pdf_link;category\n"
    rows = "".join(
        f'{IDS[k]}v1;http://arxiv.org/abs/{IDS[k]}v1;2024-04-05;{title};"We study it.\n'
        f'More on it.";Ada Moss<author:sep>Ben Quill<author:sep>Cara Lind;'
        f"http://arxiv.org/pdf/{IDS[k]}v1;cs.CV\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(header + rows)
    assert found[TITLES[3]]["authors"] == ["Ada Moss", "Ben Quill", "Cara Lind"]


def test_an_accepted_to_field_names_the_venue_over_the_preprint() -> None:
    page = "".join(
        f"### {title}\n\n- Authors: Ada Moss, Ben Quill\n- Link: https://arxiv.org/abs/{IDS[k]}\n"
        f"- Released in: November 2020\n- Accepted to: CVPR 2021\n\nIn the last few years.\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title("Here are the papers I selected.\n\n" + page)
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("CVPR", 2021)


def test_a_dois_own_form_survives_its_address() -> None:
    from papercli.ids import normalize_doi

    assert normalize_doi("https://doi.org/10.11834/jrs.20222156/") == "10.11834/jrs.20222156"
    assert normalize_doi("https://doi.org/10.1101/2021.05.29.446289v1.full.pdf+html") == (
        "10.1101/2021.05.29.446289"
    )
    assert normalize_doi("https://doi.org/10.1038/nature14539") == "10.1038/nature14539"
    page = (
        '<ul><li>Ada Moss. <a href="https://doi.org/10.1016/0893-6080(89)90020-8">Folding '
        "feedforward maps are universal approximators</a>. Neural Networks, 1989.</li>"
        '<li>Ben Quill. <a href="https://academic.oup.com/jamia/advance-article/doi/10.1093/'
        'jamia/ocy068/5035024">Quiet gradients in wide orchards of health records</a>. JAMIA, '
        "2018.</li></ul>"
    )
    found = _by_title(page)
    assert found["Folding feedforward maps are universal approximators"]["doi"] == (
        "10.1016/0893-6080(89)90020-8"
    )
    assert found["Quiet gradients in wide orchards of health records"]["doi"] == (
        "10.1093/jamia/ocy068"
    )


def test_a_link_right_after_a_doi_link_is_no_part_of_the_doi() -> None:
    lines = read_lines(
        "DOI: [10.1109/CANDARW64572.2024.00025](https://ieeexplore.ieee.org/document/1)"
        '<a class="pub-row-target" href="/a.pdf">open</a>'
    )
    assert lines[0].text == "DOI: 10.1109/CANDARW64572.2024.00025 open"
