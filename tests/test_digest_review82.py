"""Conventions shared by real pages read for errors in stop 82, written afresh with made-up
titles and names."""

from __future__ import annotations

import json

from tests.conftest import digest_by_title as _by_title
from tests.test_digest_review78 import TITLES
from tests.test_digest_review81 import MORE


def _paper_objects(titles: list[str], **fields: object) -> list[dict[str, object]]:
    return [
        {"title": title, "link": f"https://arxiv.org/abs/2501.0{k}123", **fields}
        for k, title in enumerate(titles)
    ]


def test_a_json_week_objects_title_is_its_papers_topic() -> None:
    weeks = [
        {
            "date": "2026-06-28",
            "title": "Weekly picks: 2026-06-28",
            "papers": _paper_objects(TITLES),
        },
        {
            "date": "2026-07-05",
            "title": "Weekly picks: 2026-07-05",
            "papers": _paper_objects(MORE[:3]),
        },
    ]
    found = _by_title(json.dumps({"title": "Weekly picks", "weeks": weeks}, indent=2))
    assert sorted(found) == sorted(TITLES + MORE[:3])
    assert found[TITLES[0]]["topics"] == ["Weekly picks: 2026-06-28"]
    assert found[MORE[2]]["topics"] == ["Weekly picks: 2026-07-05"]


def test_a_year_led_venue_field_gives_the_venue_and_its_year() -> None:
    papers = _paper_objects(TITLES)
    for paper, said in zip(
        papers, ["2025 / arXiv", "2026 / AAAI 2026", "2024 / ICLR", "2025 / arXiv"], strict=True
    ):
        paper["yearVenue"] = said
    found = _by_title(json.dumps(papers, indent=2))
    assert [(p["venue"], p["year"]) for p in found.values()] == [
        ("arXiv", 2025),
        ("AAAI", 2026),
        ("ICLR", 2024),
        ("arXiv", 2025),
    ]


def test_a_data_files_commented_template_is_no_heading_over_its_records() -> None:
    template = (
        "# The following are required\n#\n# - title: Title of the paper\n"
        "#   authors: ada moss, ben quill\n#   conf: SIGMOD 2016\n#   url: url to the paper\n#\n"
        "# Main tags are\n#\n#   ai (agent intelligence)\n\n"
    )
    page = template + "".join(
        f'- title: "{title}"\n  authors: Ada Moss, Ben Quill\n  conf: arXiv 2026\n'
        f"  url: https://arxiv.org/abs/2607.1{k}557\n  tags:\n    - ai\n    - sys\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert {(p["venue"], p["year"]) for p in found.values()} == {("arXiv", 2026)}
    assert not any(p["topics"] for p in found.values())


def test_a_json_file_cut_off_mid_object_gives_its_whole_objects() -> None:
    places = [
        "University of Illinois at Urbana Champaign",
        "Università di Pisa",
        "Queen Mary University of London",
        "Microsoft Bay Area Research Center",
    ]
    papers = [
        {"title": title, "authors": ["J. Moss", "B. Quill"], "affiliations": places[k % 4 :]}
        for k, title in enumerate(TITLES + MORE)
    ]
    text = json.dumps(papers, indent=4)
    cut = text[: text.index(MORE[-1]) + 8]  # inside the last title
    found = _by_title(cut)
    assert sorted(found) == sorted(TITLES + MORE[:-1])  # no affiliation for a title
    assert found[TITLES[0]]["authors"] == ["J. Moss", "B. Quill"]


def test_json_objects_named_by_name_beside_their_venue_and_link_are_papers() -> None:
    papers = [
        {
            "venue": f"OSDI 202{k}",
            "name": title,
            "affiliation": "Some Lab",
            "link": f"https://dl.acm.org/doi/abs/10.1145/3485447.351198{k}",
            "source": f"https://github.com/moss/tool{k}",
        }
        for k, title in enumerate(TITLES)
    ]
    text = json.dumps({"title": "Distributed Training Systems", "paper": papers}, indent=4)
    found = _by_title(text[: text.rindex("]")])  # cut after the last paper
    assert list(found) == TITLES
    first = found[TITLES[0]]
    assert first["topics"] == ["Distributed Training Systems"]
    assert first["venue"].startswith("OSDI")
    assert first["doi"] == "10.1145/3485447.3511980"
    assert first["code_url"] == "https://github.com/moss/tool0"


def test_a_reading_groups_term_break_is_no_paper() -> None:
    sessions = [
        f'  - date: "March {k + 1}th 2025"\n    title: "{title}"\n    presenter: "Lain"\n'
        f'    type: "presentation"\n    slides: "https://example.org/s{k}.pdf"\n'
        for k, title in enumerate(TITLES)
    ]
    sessions.insert(2, '  - date: "March 21st 2025"\n    title: "Spring Break - No Meeting"\n')
    page = 'semester: "Spring 2025"\nsessions:\n' + "".join(sessions)
    assert list(_by_title(page)) == TITLES


def test_an_award_sentence_names_the_venue_before_its_year_and_paper() -> None:
    page = (
        "# Award Winners\n\n"
        f"The 2024 Test of Time Award went to Ada Moss and Ben D. Quill for their FoSSaCS 1998 "
        f"paper {TITLES[3]}.\n\nThe paper introduced a calculus that many later works built on.\n"
    )
    found = _by_title(page)
    assert list(found) == [TITLES[3]]
    paper = found[TITLES[3]]
    assert (paper["venue"], paper["year"]) == ("FoSSaCS", 1998)
    assert paper["authors"] == ["Ada Moss", "Ben D. Quill"]


def test_an_award_sentence_after_that_names_its_winners() -> None:
    page = (
        "Some papers are more influential than people thought when they first got in. And I am "
        "happy that Ada Moss (my chair) and Ben Quill (a student when the paper was written) won "
        f"it for their paper {TITLES[1]}.\n\nBut two things are not quite right.\n"
    )
    assert _by_title(page)[TITLES[1]]["authors"] == ["Ada Moss", "Ben Quill"]


def test_a_summary_line_right_over_a_list_keeps_each_item_apart() -> None:
    items = [
        f"- {TITLES[0]} ([[https://openreview.net/pdf?id=S1eZYeHFDS][pdf]])",
        f"- {TITLES[1]} ([[https://arxiv.org/abs/1909.08329v1][pdf]])",
        f"- {TITLES[2]} ([[https://arxiv.org/abs/1909.11646][pdf]])",
        f"- {TITLES[3]} ([[https://arxiv.org/abs/1909.11308][pdf]])",
    ]
    page = (
        "#+OPTIONS: H:2 num:nil toc:nil\n* Newsletter\n** 2019-Q3\n"
        "<details><summary>W39</summary>\n" + "\n".join(items) + "\n</details>\n"
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert [p["arxiv_id"] for p in found.values()][1:] == ["1909.08329", "1909.11646", "1909.11308"]
    assert found[TITLES[0]]["openreview_id"] == "S1eZYeHFDS"


def test_an_item_whose_one_link_is_labelled_web_or_a_reading_time_is_an_article() -> None:
    items = [
        f"- {TITLES[0]} ([[https://arxiv.org/abs/1909.08329][pdf]])",
        "- Why Voice Assistants Struggle to Explain Themselves ([[https://onezero.example.com/why][web]])",
        f"- {TITLES[1]} ([[https://arxiv.org/abs/1909.11646][pdf]])",
        "- Tempered Ranking Losses for Training Retrieval Models with Noisy Clicks "
        "([[https://ai.googleblog.com/2019/08/tempered-ranking-losses.html][web]])",
        "- Five Pitfalls When Writing Your Data Resume ([[https://dsw.example.org/pitfalls][6-7min]])",
        f"- {TITLES[2]} ([[https://openreview.net/pdf?id=S1eZYeHFDS][pdf]])",
    ]
    page = "#+OPTIONS: H:2 num:nil\n* Newsletter\n** W39\n" + "\n".join(items) + "\n"
    assert list(_by_title(page)) == TITLES[:3]


def test_a_long_run_of_references_vouches_for_its_short_titles() -> None:
    refs = [
        "R.M. Moss and Y. Quill. Lessons from the tidal ledger challenge. ACM SIGKDD "
        "Explorations Newsletter, 9(2):75–79, 2007.",
        "A. Vance, J. Orr, and L. Weiss. Large scale visual recognition of sparse orchards. "
        "www.orchard-net.org/challenges, 2010.",
        "L. Brandt. Random lattices. Machine learning, 45(1):5–32, 2001.",
        "D.C. Moss, U. Meier, J. Masci, and J. Quill. High-performance neural networks for "
        "visual ledger classification. Arxiv preprint arXiv:1102.0183, 2011.",
        "J. Deng, W. Dong, R. Socher, and L. Weiss. Orchard: A large-scale hierarchical image "
        "database. In CVPR, 2009.",
        "L. Weiss, R. Fergus, and P. Orr. Learning generative visual models from few training "
        "ledgers. Computer Vision and Image Understanding, 106(1):59–70, 2007.",
        "G.E. Moss, N. Vance, and R.R. Quill. Improving neural networks by preventing "
        "co-adaptation of tidal detectors. arXiv preprint arXiv:1207.0580, 2012.",
        "A. Quill. Learning multiple layers of features from tiny orchards. Master’s thesis, "
        "University of Toronto, 2009.",
    ]
    page = (
        "### 7 讨论\n\n我们的研究结果表明，大型深度卷积神经网络在一个非常具有挑战性的数据集上"
        "取得了破纪录的结果。\n\n参考文献\n\n"
        + "\n\n".join(f"[{k + 1}] {r}" for k, r in enumerate(refs))
        + "\n"
    )
    found = _by_title(page)
    assert len(found) == len(refs)
    assert found["Random lattices"]["authors"] == ["L. Brandt"]


def test_a_nickname_before_a_chinese_comma_is_no_authors_name() -> None:
    rows = [
        f"| **{title}**（{nick}，{who} et al.） | arXiv 2306.1{k}644 | 站 {k + 1} | 说明 |"
        for k, (title, nick, who) in enumerate(
            [
                (TITLES[0], "Phi-1", "Gunasekar"),
                (TITLES[1], "Chinchilla", "Hoffmann"),
                (TITLES[2], "BenBench", "Xu"),
            ]
        )
    ]
    page = (
        "## 背景文献\n\n| 论文 | 出处 | 站 | 作用 |\n|---|---|---|---|\n" + "\n".join(rows) + "\n"
    )
    found = _by_title(page)
    assert [p["authors"] for p in found.values()] == [["Gunasekar"], ["Hoffmann"], ["Xu"]]


def test_a_colon_inside_a_linked_title_is_the_titles_own_not_a_readings_label() -> None:
    titles = [*TITLES, "No Training Required: Exploring Random Encoders for Ledger Tagging", *MORE]
    page = "# Counterintuitive articles\n\nPapers with surprising results.\n\n" + "\n".join(
        f"* [{title} (2019)](https://arxiv.org/abs/1901.1{k}444)\n"
        for k, title in enumerate(titles)
    )
    assert list(_by_title(page)) == titles


def test_a_reading_logs_entry_marked_as_a_blog_post_is_no_paper() -> None:
    read = [*TITLES, "Superintelligence From First Principles (blog post)"]
    entries = [
        {"title": title, "date_read": "2025-05-0{k}", "link": f"https://arxiv.org/abs/2505.0{k}335"}
        for k, title in enumerate(read)
    ]
    entries[-1]["link"] = "https://blog.example.org/superintelligence"
    assert list(_by_title(json.dumps(entries, indent=2))) == TITLES


def test_a_papers_link_label_is_no_part_of_the_title() -> None:
    page = "## 구재원\n" + "".join(
        f"{k + 1}. {title.upper()} [papers](https://arxiv.org/pdf/2003.1{k}555.pdf)\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert list(found) == [title.upper() for title in TITLES]
    assert found[TITLES[0].upper()]["arxiv_id"] == "2003.10555"


def test_a_short_name_before_a_semicolon_is_the_papers_nickname() -> None:
    page = "## 류정현\n" + "".join(
        f"{k + 1}. {nick}; {title} (https://arxiv.org/abs/1409.{k}215)\n"
        for k, (nick, title) in enumerate(
            zip(["seq2seq", "Long Short Term Memory(LSTM)", "VAE", "GAN"], TITLES, strict=True)
        )
    )
    page += "5. Deep Residual Orchards; Moss et al., 2016 (https://arxiv.org/abs/1512.03385)\n"
    page += (
        "6. Too Large; Data Reduction for Ledger Pre-Training (https://arxiv.org/abs/2305.20087)\n"
    )
    found = _by_title(page)
    assert list(found)[:4] == TITLES
    assert "Too Large; Data Reduction for Ledger Pre-Training" in found  # a title's own words
    assert found[TITLES[1]]["alt_titles"] == ["Long Short Term Memory(LSTM)"]
    assert "Moss et al., 2016" not in found  # a title before its names keeps its own words


def test_a_bibtex_entrys_arxiv_field_gives_its_arxiv_id() -> None:
    page = "".join(
        f"@article{{moss202{k},\n\tabbr = {{M{k}}},\n\tarxiv = {{2305.1{k}486}},\n"
        f"\tauthor = {{Ada Moss and Ben Quill}},\n\thowpublished = {{arxiv}},\n"
        f"\ttitle = {{{title}}},\n\tyear = {{2023}}}}\n\n"
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert [p["arxiv_id"] for p in found.values()] == [f"2305.1{k}486" for k in range(4)]


def test_a_dblp_corr_citation_gives_its_arxiv_id() -> None:
    page = "## 参考文献\n\n" + "\n\n".join(
        f"[{k + 1}] Ada Moss, Ben Quill, and Cy Vance. {title}. CoRR, abs/1409.0{k}73, 2014."
        for k, title in enumerate(TITLES)
    )
    found = _by_title(page)
    assert [p["arxiv_id"] for p in found.values()] == [f"1409.0{k}73" for k in range(4)]


def test_a_bibliographys_dashes_stand_for_the_names_above() -> None:
    page = (
        "## References\n\n"
        f"Moss, Ada Jane, and Ben Quill. 2010. “{TITLES[0]}.” In *PVLDB*. Some Lab.\n\n"
        f"———. 2011. “{TITLES[1]}.” In *28th IEEE International Conference on Data Engineering "
        "(ICDE)*. Some Lab.\n\n"
        f"Vance, Cy Ruth, and Dana Orr. 2012. “{TITLES[2]}.” *IEEE Transactions on Knowledge and "
        "Data Engineering*.\n\n"
        f"———. 2013. “{TITLES[3]}.” In *SIGMOD*. Some Lab.\n"
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert found[TITLES[1]]["authors"] == ["Ada Jane Moss", "Ben Quill"]
    assert found[TITLES[3]]["authors"] == ["Cy Ruth Vance", "Dana Orr"]


def test_a_json_objects_lists_of_papers_are_named_by_their_keys() -> None:
    data = {
        "Robustness": _paper_objects(TITLES[:2]),
        "Efficiency": _paper_objects(TITLES[2:]),
        "papers": _paper_objects(MORE[:2]),
    }
    found = _by_title(json.dumps(data, indent=2))
    assert [p["topics"] for p in found.values()] == [
        ["Robustness"],
        ["Robustness"],
        ["Efficiency"],
        ["Efficiency"],
        [],
        [],
    ]


def test_a_list_of_named_links_below_gives_each_nicknamed_paper_its_address() -> None:
    nicks = ["LedgerQuant", "LedgerQuant-V2", "LedgerQuant-FP", "LedgerQuant-HERO"]
    page = (
        "# 大模型量化技术原理-LedgerQuant系列\n\n本文主要针对 LedgerQuant 系列进行讲述。\n\n"
        + "".join(f"- **{nick}**: {title}\n" for nick, title in zip(nicks, TITLES, strict=True))
        + "\n"
        + "".join(f"## {nick}\n\n正文。\n\n" for nick in nicks)
        + "参考文档：\n\n- https://github.com/microsoft/DeepSpeed\n"
        + "".join(
            f"- {nick}: https://arxiv.org/pdf/2206.0{k}861.pdf\n" for k, nick in enumerate(nicks)
        )
    )
    found = _by_title(page)
    assert [p["arxiv_id"] for p in found.values()] == [f"2206.0{k}861" for k in range(4)]


def test_a_sign_up_lists_dated_picks_name_their_papers_after_the_dash() -> None:
    who = ["한지수 4/8", "이유정 4/15", "구재원 4/22", "백서인 4/29"]
    page = "- 논문 정하신 분은 여기에 써주세요!\n\n" + "".join(
        f"    - {name} 발표 - {title} [link](https://arxiv.org/pdf/1703.0{k}870.pdf)\n"
        for k, (name, title) in enumerate(zip(who, TITLES, strict=True))
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert found[TITLES[0]]["arxiv_id"] == "1703.00870"


def test_a_meetups_talks_table_gives_no_papers_but_its_venue_tagged_reads() -> None:
    talks = ["Gradient Descent Optimization Algorithms", "Word Embedding", "HMM at a glance"]
    page = (
        "## Machine Learning Meetup\n|Meetup No| Speaker | Title | Slide |\n|:-:|---|---|---|\n"
        + "".join(
            f"|[#{k}](m{k}.md)| Ada Moss | {talk} | [slide](https://slides.example.org/{k}) |\n"
            for k, talk in enumerate(talks)
        )
        + "| [#9](m9.md) | Ben Quill | Building an AI startup | |\n"
        + "\n## Paper Reading Festival\n|No| Speaker | Title | Slide|\n|:-:|---|---|---|\n"
        + "".join(
            f"| {k + 1} | Cy Vance | [ICML] {title} | [slide](https://slides.example.org/p{k}) |\n"
            for k, title in enumerate(TITLES)
        )
    )
    assert list(_by_title(page)) == TITLES


def test_items_linked_only_as_posts_beside_items_linked_as_papers_are_no_papers() -> None:
    news = [
        ("Ledger Index Report", "[Read the report](https://aiindex.example.org/report)"),
        ("Weather Office Embraces Orchards", "[Blog post](https://wmo.example.int/orchards)"),
        ("Tidal Robot", "[Read more](https://robots.example.com/tidal)"),
    ]
    page = (
        "## April AI Highlights\n\n**Applied AI**\n\n"
        + "".join(f"* **{name}:** Some news about it. {link}\n" for name, link in news)
        + "\n**Research Papers**\n\n"
        + "".join(
            f"* **{title}:** Proposes a method. [Paper](https://arxiv.org/abs/2404.0{k}258)\n"
            for k, title in enumerate(TITLES)
        )
    )
    assert list(_by_title(page)) == TITLES


def test_a_pasted_tables_run_together_cells_are_read_as_its_columns() -> None:
    rows = "".join(
        f"{title}Ada Moss, Ben Quill20{10 + k}PDFSome focusProposes a thing that works.\n"
        for k, title in enumerate(TITLES)
    )
    page = (
        "Recommender Systems: Key Papers\n\nA curated collection of papers.\n\n"
        "Foundational Papers\n\nTitleAuthorsYearLinkFocusKey Contribution\n" + rows
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert [(p["authors"], p["year"]) for p in found.values()][1] == (
        ["Ada Moss", "Ben Quill"],
        2011,
    )


def test_poster_notes_headed_by_venue_and_surname_name_their_papers() -> None:
    titles = [t.lower() for t in TITLES]
    page = '+++\ntitle = "ICLR2025 Saturday Posters"\n+++\n\n' + "".join(
        f"## ICLR2025 {who}: {title} {{#iclr2025-{who.lower()}}}\n\nNotes on the poster.\n\n"
        for who, title in zip(["Liu", "Yu", "Thrush", "Aycock"], titles, strict=True)
    )
    found = _by_title(page)
    assert list(found) == titles
    assert found[titles[1]]["authors"] == ["Yu"]
    assert (found[titles[1]]["venue"], found[titles[1]]["year"]) == ("ICLR", 2025)


def test_a_short_name_then_its_full_title_and_venue_in_brackets_gives_the_full_title() -> None:
    venues = ["ICLR 2021", "ICML 2021", "ECCV 2020 Best Paper", "CVPR 2022"]
    page = "## 📖 已精读论文\n\n| 归档 | 论文 | 一句话总结 |\n|---|---|---|\n" + "".join(
        f"| 2026/08 | [N{k}](./2026/08/n{k}/README.md)（{title}, {venue}） | 一句话总结 |\n"
        for k, (title, venue) in enumerate(zip(TITLES, venues, strict=True))
    )
    found = _by_title(page)
    assert list(found) == TITLES
    assert (found[TITLES[2]]["venue"], found[TITLES[2]]["year"]) == ("ECCV", 2020)
