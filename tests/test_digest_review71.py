"""Conventions shared by real pages read for errors in stop 71, written afresh with made-up
titles and names."""

from __future__ import annotations

from tests.conftest import digest_by_title as _by_title

from papercli.importers.digest.blocks import read_lines

_SESSION_ROWS = """
\t<tr>
\t\t<th rowspan="2">{session}</th>
\t\t<td markdown="span">{first}</td>
\t\t<td markdown="span">Session {n}: May 3 at 10:30am-11:30am</td>
\t</tr>

\t<tr>
\t\t<td markdown="span">{second}</td>
\t\t<td markdown="span">Session {n}: May 3 at 10:30am-11:30am</td>
\t</tr>
"""


def test_an_html_table_broken_by_blank_lines_reads_whole_with_its_session_column() -> None:
    page = (
        "<h1>Oral Sessions Schedule</h1>\n\n<details>\n  <summary>Day 1 Oral Sessions</summary>\n"
        "\t<table>\n\t<thead>\n\t<tr>\n"
        '\t\t<td markdown="span"><b>Session Title</b></td>\n'
        '\t\t<td markdown="span"><b>Title</b></td>\n'
        '\t\t<td markdown="span"><b>Session</b></td>\n'
        "\t</tr>\n\t</thead>\n\n\t<tbody>\n"
        + _SESSION_ROWS.format(
            session="Card Theory",
            first="Folding Cameras for Wide Scenes",
            second="Quiet Tokens Speak Louder in Sparse Decoders",
            n=1,
        )
        + _SESSION_ROWS.format(
            session="Sampling Boards",
            first="Pegging Boards for Language Models",
            second="Shuffled Decks and the Limits of Memory",
            n=2,
        )
        + "\n\t</tbody>\n\t</table>\n</details>\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]
    # (under the day's summary, the session its column names)
    assert papers["Quiet Tokens Speak Louder in Sparse Decoders"]["topics"][-1] == "Card Theory"
    assert papers["Shuffled Decks and the Limits of Memory"]["topics"][-1] == "Sampling Boards"


def test_an_html_bibliographys_first_row_is_an_entry_not_a_header() -> None:
    entry = (
        '<tr valign="top">\n<td align="right">[<a name="k{n}">{n}</a>]</td>\n'
        "<td>A.&nbsp;Moss and B.&nbsp;Quill, &ldquo;{title},&rdquo; in <em>Proc. Interspeech</em>,"
        ' 2019.\n[&nbsp;<a href="https://arxiv.org/abs/1901.0000{n}">pdf</a>&nbsp;]\n</td>\n</tr>\n\n'
    )
    titles = ["Folding Cameras for Wide Scenes", "Pegging Boards for Language Models"]
    page = (
        "## Speech\n\n<table>\n\n"
        + "".join(entry.format(n=n, title=t) for n, t in enumerate(titles, 1))
        + "</table>\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == titles
    assert papers[titles[0]]["arxiv_id"] == "1901.00001"


def test_a_notes_table_under_a_contents_heading_lists_papers() -> None:
    titles = [
        "FoldCam: Folding Cameras for Wide Scenes",
        "PegBoard: Pegging Boards for Language Models",
        "QuietTok: Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    page = (
        "# Reading Notes\n\n## Table of Contents\n\n"
        "| 📖 Reading Note | 📅 Date | 🏷️ Keywords | 🔗 Link |\n|:---:|:---:|:---:|:---:|\n"
    ) + "".join(
        f"| {title} | 2024-05-2{n} | Cameras, Optics | [Read more](./Notes/n{n}.md) |\n"
        for n, title in enumerate(titles)
    )
    assert sorted(_by_title(page)) == titles


def test_a_contents_list_linking_into_the_page_stays_no_papers() -> None:
    page = (
        "## Table of Contents\n\n"
        "| Section | Link |\n|---|---|\n"
        "| Folding Cameras | [go](#folding-cameras) |\n"
        "| Quiet Tokens | [go](#quiet-tokens) |\n\n"
        "## Folding Cameras\n\n- [Folding Cameras for Wide Scenes](https://arxiv.org/abs/2004.12345)\n\n"
        "## Quiet Tokens\n\n"
        "- [Quiet Tokens Speak Louder in Sparse Decoders](https://arxiv.org/abs/2310.12345)\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras for Wide Scenes",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]


def test_a_links_text_ending_in_its_citation_is_the_title_after_a_nickname() -> None:
    page = (
        "## Transformers\n\n"
        "- [ ] **Flash Cameras** — [Folding Cameras for Wide Scenes: Fast and Exact"
        " (Moss et al., 2022)](https://arxiv.org/abs/2205.12345)\n"
        "- [ ] **Quiet Decoder** — [Quiet Tokens Speak Louder in Sparse Decoders"
        " (Quill and Jin, 2019)](https://arxiv.org/abs/1901.12345)\n"
        "- [x] **Pegging** — [Pegging Boards for Language Models (Ode et al., 2021)]"
        "(https://arxiv.org/abs/2104.12345) *(background)*\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes: Fast and Exact",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    assert papers["Folding Cameras for Wide Scenes: Fast and Exact"]["year"] == 2022
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Ode"]


def test_a_hugo_pages_toml_front_matter_is_no_text_and_its_intro_names_the_venue() -> None:
    page = (
        '+++\nfragment = "content"\n#disabled = true\ndate = "2022-11-12"\nweight = 100\n'
        'title = "Accepted Papers" #subtitle = ""\n\n[params]\nshow = true\n+++\n\n'
        "There were 3 papers accepted out of 58 submissions. For more details about the\n"
        "papers that were accepted at CardML 2024, check our [call](/cfp).\n\n"
        "#### Papers\n\n"
        "* *Folding Cameras for Wide Scenes* by Ann Moss (Card University), Bo Quill (Deck Lab)\n"
        "* *Quiet Tokens Speak Louder in Sparse Decoders* by Cy Jin (Card University)\n"
        "* *Pegging Boards for Language Models* by Di Ode (Deck Lab), Ed Fay (Card University)\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    assert {(p.get("venue"), p.get("year")) for p in papers.values()} == {("CardML", 2024)}
    assert all("Accepted Papers" not in p["title"] for p in papers.values())


def test_a_venue_line_ending_each_entry_is_its_own_not_the_next_entrys_section() -> None:
    page = (
        "[Card Games]\n\n"
        "1. Folding Cameras for Wide Scenes in High-dimensional Batch Settings\n"
        "https://link.example.org/article/10.1007/s11633-015-0893-y\nCGJ 2015\n\n"
        "2. Quiet Tokens Speak Louder in Sparse Decoders for Machine Learning\n"
        "https://arxiv.org/pdf/2401.07482\narxiv 2024\n\n"
        "3. Pegging Boards for Language Models on Very High Dimensional Datasets\n"
        "https://icml.cc/Conferences/2025/papers/227.pdf\nICML 2025\n\n"
        "4. Shuffled Decks and the Limits of Memory in Reinforcement Learning\n"
        "https://www.example.com/science/article/pii/S0898122113004495\nSci Rep 2013\n"
    )
    papers = _by_title(page)
    assert len(papers) == 4
    folding = papers["Folding Cameras for Wide Scenes in High-dimensional Batch Settings"]
    assert folding["venue"] == "CGJ"
    quiet = papers["Quiet Tokens Speak Louder in Sparse Decoders for Machine Learning"]
    assert quiet.get("topics", []) == []  # never the entry above's "CGJ 2015"
    shuffled = papers["Shuffled Decks and the Limits of Memory in Reinforcement Learning"]
    assert shuffled.get("venue") != "ICML"  # the entry above's venue line heads nothing
    assert shuffled.get("topics", []) == []


def test_a_csv_exports_proceedings_column_is_the_venue() -> None:
    page = (
        "title,authors,year,proceedings,type\n"
        "Folding Cameras for Wide Scenes.,\"['Ann Moss', 'Bo Quill']\",2021,ndss,attack\n"
        "Quiet Tokens Speak Louder in Sparse Decoders.,\"['Cy Jin']\",2022,uss,defense\n"
        "Pegging Boards for Language Models.,\"['Di Ode', 'Ed Fay']\",2023,ndss,attack\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["venue"] == "ndss"
    assert papers["Quiet Tokens Speak Louder in Sparse Decoders"]["venue"] == "uss"
    assert papers["Pegging Boards for Language Models"]["year"] == 2023


def test_italic_names_glued_to_the_title_are_its_authors() -> None:
    page = (
        "## Outstanding Papers\n\n"
        "- [ ]  Folding Cameras for Wide Scenes*Ann Moss, Bo Quill and Cy Jin*\n"
        "- [ ]  Quiet Tokens Speak Louder in Sparse Decoders*Di Ode, Ed Fay and Flo Gale*\n"
        "- [ ]  Pegging Boards for Language Models*Gus Hale and Ivy Ito*\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    assert papers["Pegging Boards for Language Models"]["authors"] == ["Gus Hale", "Ivy Ito"]
    # (the line reads with a space between the title and the names: no cut runs them together)
    line = read_lines("- Backpack Models*John Hewitt and Percy Liang*\n")[0]
    assert line.text == "Backpack Models John Hewitt and Percy Liang"
    assert read_lines("- Super*glue* models\n")[0].text == "Superglue models"


def test_a_venue_tag_in_code_after_the_title_is_its_venue_not_its_words() -> None:
    page = (
        "## Surveys\n\n"
        "* Folding cameras for wide scenes. `Nature Communications 22` [[Paper](https://doi.org/10.1038/x1)]\n"
        "* Quiet Tokens Speak Louder in Sparse Decoders. `IEEE Micro 18` "
        "[[Paper](https://doi.org/10.1109/x2)]\n"
        "* Pegging boards for driving. `arXiv 17` [[Paper](https://arxiv.org/abs/1711.01458)]\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding cameras for wide scenes",
        "Pegging boards for driving",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    folding = papers["Folding cameras for wide scenes"]
    assert (folding["venue"], folding["year"]) == ("Nature Communications", 2022)
    quiet = papers["Quiet Tokens Speak Louder in Sparse Decoders"]
    assert (quiet["venue"], quiet["year"]) == ("IEEE Micro", 2018)


def test_a_yaml_lists_venue_tag_opens_the_title_and_its_blog_entries_are_no_papers() -> None:
    page = (
        "intro_text:\n\narticles:\n"
        '    - title: "(CVPR 2018)  Folding Cameras for Wide Scenes"\n'
        '      url: "https://example.org/folding"\n      type: paper\n'
        '    - title: "(NIPS 2018) Quiet Tokens Speak Louder in Sparse Decoders"\n'
        '      url: "https://arxiv.org/abs/1810.12345"\n      type: paper\n'
        '    - title: "Why You Should Care About Pegging Boards"\n'
        '      url: "https://medium.com/some-post"\n      type: medium\n'
        '    - title: "Card Games Examples"\n'
        '      url: "https://github.com/cards/examples"\n      type: github\n'
        '    - title: "Shuffled Decks and the Limits of Memory"\n'
        '      url: "https://arxiv.org/abs/1901.12345"\n      type: paper\n'
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]
    folding = papers["Folding Cameras for Wide Scenes"]
    assert (folding["venue"], folding["year"]) == ("CVPR", 2018)


def test_a_reference_link_to_the_conferences_own_site_dates_the_pages_papers() -> None:
    page = (
        "# Reference\n\n- [CVPR accepted papers](https://cvpr2023.thecvf.com/Conferences/2023/"
        "AcceptedPapers)\n\n## Award Candidates\n\n"
        "- [ ] Folding Cameras for Wide Scenes\n"
        "- [x] Quiet Tokens Speak Louder in Sparse Decoders\n"
        "- [ ] Pegging Boards for Language Models\n"
    )
    papers = _by_title(page)
    assert len(papers) == 3
    assert {(p["venue"], p["year"]) for p in papers.values()} == {("CVPR", 2023)}


def test_a_reference_link_to_a_repository_names_no_venue() -> None:
    page = (
        "# Reference\n\n- [my notes](https://github.com/someone/iclr2023-notes)\n\n"
        "## Award Candidates\n\n"
        "- [ ] Folding Cameras for Wide Scenes\n"
        "- [x] Quiet Tokens Speak Louder in Sparse Decoders\n"
        "- [ ] Pegging Boards for Language Models\n"
    )
    papers = _by_title(page)
    assert len(papers) == 3
    assert {p["venue"] for p in papers.values()} == {None}


_PICKS_ENTRY = (
    "**{title}**\n**@{picker} 推荐**\n\\#{tag}\n"
    "本文提出了一种新的方法，并且在多个数据集上实验得到了 state of the art 的结果。\n\n"
    "论文链接\nhttps://www.paperweekly.site/papers/{number}\n\n\n"
)


def test_a_weekly_picks_hashtag_is_the_papers_topic_and_its_labelled_link_its_own() -> None:
    page = "# 本周值得读\n\n原文：https://blog.example.org/weekly/72\n\n" + "".join(
        _PICKS_ENTRY.format(title=title, picker=picker, tag=tag, number=number)
        for title, picker, tag, number in [
            ("Folding Cameras for Wide Scenes", "moss", "Computer Vision", 1916),
            ("Quiet Tokens Speak Louder in Sparse Decoders", "quill", "Machine Translation", 1919),
            ("Pegging Boards for Language Models", "jin", "Language Models", 1923),
        ]
    )
    papers = _by_title(page)
    assert len(papers) == 3
    quiet = papers["Quiet Tokens Speak Louder in Sparse Decoders"]
    assert "Machine Translation" in quiet["topics"]
    assert quiet["url"] == "https://www.paperweekly.site/papers/1919"
    assert papers["Pegging Boards for Language Models"]["url"].endswith("/1923")


def test_a_translation_labelled_fanyi_under_the_title_is_its_other_title_even_as_a_sentence() -> (
    None
):
    page = "# 2024年09月\n\n2024年09月30日\n\n" + "".join(
        f"- [{title}](2024年09月30日/{n}.md)\n\n    - [翻译: {gloss}](2024年09月30日/{n}.md)\n\n"
        for n, (title, gloss) in enumerate(
            [
                ("Folding Cameras for Wide Scenes", "我们提出折叠相机，用于拍摄更宽的场景。"),
                ("Quiet Tokens Speak Louder in Sparse Decoders", "稀疏解码器中的安静词元"),
                (
                    "Pegging Boards for Language Models",
                    "语言模型的钉板：一种新的评估方法，效果很好。",
                ),
            ]
        )
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["alt_titles"] == [
        "我们提出折叠相机，用于拍摄更宽的场景。"
    ]
    assert papers["Pegging Boards for Language Models"]["alt_titles"] == [
        "语言模型的钉板：一种新的评估方法，效果很好。"
    ]


def test_a_citations_short_name_after_its_italic_proceedings_is_the_venue() -> None:
    page = (
        "## 2018\n\n"
        "* Ann Moss, Bo Quill, and Cy Jin. Folding Cameras for Wide Scenes. In *Proceedings of "
        "the 33rd IEEE/ACM International Conference on Automated Card Engineering* (ACE), "
        "Montpellier, France, Sep 2018.\n"
        "* Di Ode and Ed Fay. Quiet Tokens Speak Louder in Sparse Decoders. In *Proceedings of "
        "the 26th IEEE International Conference on Deck Comprehension* (ICDC 2018), pp. 244-254, "
        "May 2018.\n"
        "* Gus Hale, Ivy Ito, and Jo Kay. Pegging Boards for Language Models. In *Proceedings of "
        "the International Conference on Software Quality, Reliability and Security*, Jul 2018.\n"
    )
    papers = _by_title(page)
    assert papers["Folding Cameras for Wide Scenes"]["venue"] == "ACE"
    quiet = papers["Quiet Tokens Speak Louder in Sparse Decoders"]
    assert (quiet["venue"], quiet["year"]) == ("ICDC", 2018)
    assert papers["Pegging Boards for Language Models"]["venue"] != "ACE"


def test_a_note_in_brackets_after_the_title_is_no_part_of_it() -> None:
    page = (
        "## Detection\n\n"
        "* [Folding Cameras: Wide, Fast, Sharp (aka FoldCam)](https://arxiv.org/abs/1612.08242)\n"
        "* [Quiet Tokens Speak Louder in Sparse Decoders (thanks, someone)](https://arxiv.org/abs/1506.02025)\n"
        "* [Pegging Boards for Language Models (???)](https://arxiv.org/abs/1905.12345)\n"
        "* [Shuffled Decks and the Limits of Memory (only Section 2.1)](https://arxiv.org/abs/2405.04434)\n"
    )
    assert sorted(_by_title(page)) == [
        "Folding Cameras: Wide, Fast, Sharp",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
        "Shuffled Decks and the Limits of Memory",
    ]


def test_bare_labels_of_lost_links_after_a_title_are_no_part_of_it() -> None:
    page = "## Notes\n\n" + "".join(
        f"- **{name}**: {title} ([paper](https://arxiv.org/abs/2402.0786{n})) "
        f"([notes](https://drive.example.com/file/d/{n}/view){extra}) [5 / 5]\n"
        for n, (name, title, extra) in enumerate(
            [
                ("FoldCam", "Folding Cameras for Wide Scenes in the Dark", " (incomplete)"),
                ("QuietTok", "Quiet Tokens Speak Louder in Sparse Decoders", ""),
                (
                    "Pegs",
                    "Pegging Boards for Visually-Conditioned Language Models",
                    " (incomplete)",
                ),
            ]
        )
    )
    titles = sorted(_by_title(page))
    assert len(titles) == 3
    assert not any(t.endswith(")") for t in titles)
    # (a title's own last word stays: "The Missing Link", "(Transformer)")
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels("Neural Turing Machines link") == "Neural Turing Machines"
    assert without_link_labels("The Missing Link") == "The Missing Link"
    assert without_link_labels("Attention Is All You Need (Transformer)").endswith("(Transformer)")


def test_a_venue_and_year_before_a_bar_in_a_heading_is_no_part_of_the_title() -> None:
    page = "# 遥感生成\n\n" + "".join(
        f"### {tag} | {title}\n\n> 论文链接：https://arxiv.org/abs/2006.1123{n}\n"
        f"> 作者单位：加州大学伯克利分校\n\n"
        for n, (tag, title) in enumerate(
            [
                ("NeurIPS 20", "Folding Cameras for Wide Scenes"),
                ("ICLR 21", "Quiet Tokens Speak Louder in Sparse Decoders"),
                ("TPAMI 26", "Pegging Boards for Language Models"),
            ]
        )
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding Cameras for Wide Scenes",
        "Pegging Boards for Language Models",
        "Quiet Tokens Speak Louder in Sparse Decoders",
    ]
    quiet = papers["Quiet Tokens Speak Louder in Sparse Decoders"]
    assert (quiet["venue"], quiet["year"]) == ("ICLR", 2021)


def test_a_count_and_its_emoji_in_brackets_are_no_part_of_the_title() -> None:
    line = "- [[ICLR](https://openreview.net/pdf?id=S1_pAu9xl)] [637:fire:] Trained Boards.\n"
    assert read_lines(line)[0].text == "[ICLR] [637] Trained Boards."
    assert read_lines("- Title [5:star:] and a time 10:30:45 here\n")[0].text == (
        "Title [5] and a time 10:30:45 here"
    )


def test_a_journals_long_bracketed_tag_before_the_title_is_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import after_bracket_tags

    assert (
        after_bracket_tags(
            "[IEEE J. Emerg. Sel. Topics Circuits Syst.] Hyperdrive: A Multi-Chip Engine"
        )
        == "Hyperdrive: A Multi-Chip Engine"
    )
    assert (
        after_bracket_tags(
            "[CCF Transactions on High Performance Computing] An Efficient Segmented Quantization"
        )
        == "An Efficient Segmented Quantization"
    )


def test_a_repositorys_star_and_fork_buttons_name_no_authors() -> None:
    from papercli.importers.digest.blocks import html_to_markdown

    html = (
        '<td><b>Folding Cameras for Wide Scenes</b><br><a class="github-button" '
        'href="https://github.com/cards/folding" data-icon="octicon-star" '
        'aria-label="Star cards/folding on GitHub">Star</a> <a class="github-button" '
        'href="https://github.com/cards/folding/fork">Fork</a></td>'
    )
    text = html_to_markdown(html)
    assert "Folding Cameras for Wide Scenes" in text
    assert "Star" not in text and "Fork" not in text


def test_a_latex_bibliographys_entries_are_papers_under_their_sections() -> None:
    page = (
        "\\documentclass{article}\n\\begin{document}\n"
        "\\section{Card Positioning \\& Systems}\n\n\\begin{thebibliography}{99}\n\n"
        "\\bibitem{moss2007folding}\nA.~Moss, B.~Quill, C.~Jin.\n"
        "\\newblock Folding cameras for wide indoor scenes.\n"
        "\\newblock In {\\em IEEE Transactions on Card Systems}, pp. 1067--1080, 2007.\n\n"
        "\\bibitem{ode2009quiet}\nD.~Ode, E.~Fay.\n"
        "\\newblock Quiet tokens speak louder in sparse decoders.\n"
        "\\newblock In {\\em Journal of Decks}, pp. 249--255, 2009.\n\n"
        "\\end{thebibliography}\n\n\\section{Board Indices}\n\n\\begin{thebibliography}{99}\n"
        "\\bibitem{hale2013pegging}\nG.~Hale, I.~Ito.\n"
        "\\newblock Pegging boards for language models.\n"
        "\\newblock In {\\em MDM}, pp. 33--38, 2013.\n\\end{thebibliography}\n\\end{document}\n"
    )
    papers = _by_title(page)
    assert sorted(papers) == [
        "Folding cameras for wide indoor scenes",
        "Pegging boards for language models",
        "Quiet tokens speak louder in sparse decoders",
    ]
    folding = papers["Folding cameras for wide indoor scenes"]
    assert folding["authors"] == ["A. Moss", "B. Quill", "C. Jin"]
    assert folding["year"] == 2007
    assert papers["Pegging boards for language models"]["topics"] == ["Board Indices"]


def test_an_arxiv_id_and_its_count_after_a_title_are_no_part_of_it() -> None:
    from papercli.importers.digest.candidates import without_link_labels

    assert without_link_labels("Folding Cameras: Wide Scenes arxiv:2210.08863 📈 205") == (
        "Folding Cameras: Wide Scenes"
    )
    assert without_link_labels("QuietTokens — arXiv:2607.07433") == "QuietTokens"
    # (a title that speaks of arXiv keeps its words)
    assert without_link_labels("A Study of arXiv: 2101.00001 Papers") == (
        "A Study of arXiv: 2101.00001 Papers"
    )
