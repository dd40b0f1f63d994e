"""Conventions shared by real pages read for errors in stop 57 (stop 52's held-out pages,
read for the first time), written afresh with made-up titles and names."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.embedded import take_yaml
from papercli.importers.digest.records import never_title
from papercli.importers.names import parse_names


def test_nature_style_references_that_end_at_a_link_are_read() -> None:
    # a reference manager's Nature style: "Last, I. & Last, I. Title. at <URL>" for a web item
    page = (
        "1. Ruiz, A. B., Chen, B. & Mayer, C. Folded Lattices for Sparse Recovery. "
        "at <http://example.org/folded.pdf>\n"
        "2. Holt, D. et al. Quiet Gradients in Shallow Networks. at <https://example.org/q.pdf>\n"
        "3. Lin, F. & Moreau, G. Spectral Pruning of Wide Convolutional Layers. "
        "J. Mach. Learn. Res. 9, 2579–2605 (2008).\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded Lattices for Sparse Recovery",
        "Quiet Gradients in Shallow Networks",
        "Spectral Pruning of Wide Convolutional Layers",
    ]
    assert papers[0]["authors"] == ["A. B. Ruiz", "B. Chen", "C. Mayer"]
    assert papers[0]["pdf_url"] == "http://example.org/folded.pdf"


def test_the_last_inverted_initial_gets_back_the_point_the_sentence_took() -> None:
    # "…, & Yan, Q. Title": the reference's point after "Q" ends the names, not the initial
    assert parse_names("Ruiz, A., Chen, B. & Mayer, C") == ["A. Ruiz", "B. Chen", "C. Mayer"]
    assert parse_names("Ruiz A, Chen B") == ["Ruiz A", "Chen B"]  # Vancouver: as written


def test_speaker_dash_italic_title_rows_take_the_italic_part() -> None:
    # a workshop's schedule: "Speaker — *Title*" rows; the names are no part of the title
    rows = [
        ("09:10", "Ana Ruiz", "Folded Lattices: A Benchmark for Sparse Recovery"),
        ("09:30", "Bo Chen et al.", "Quiet Gradients in Shallow Networks"),
        ("09:50", "Dana Holt & Eli Park", "Spectral Pruning of Wide Convolutional Layers"),
    ]
    page = "## Schedule\n\n| Time | Session |\n|---|---|\n" + "".join(
        f"| {time} | {names} — *{title}* |\n" for time, names, title in rows
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [title for _time, _names, title in rows]
    assert papers[0]["authors"] == ["Ana Ruiz"]


def test_one_speaker_dash_italic_row_alone_is_left_to_the_model() -> None:
    from papercli.importers.digest.blocks import read_lines
    from papercli.importers.digest.records import follow_names_dash_marked
    from papercli.importers.digest.scorer import score_lines

    lines = read_lines("## Talks\n\n- Ana Ruiz — *Folded Lattices for Sparse Recovery*\n")
    scored = score_lines(lines)
    assert follow_names_dash_marked(lines, scored, 0.5) == 0  # two rows at least make a layout


def test_a_heading_per_paper_cut_at_its_dash_by_the_rules_is_still_kept() -> None:
    # "## Title - Subtitle" headings, each with a review link and code under it: the rules
    # propose the part before the dash, the model the whole heading; the whole one is kept
    titles = [
        "An Atlas is Worth Many Maps - Lattices for Sparse Recovery at Scale",
        "Quiet Gradients in Shallow Networks",
        "Spectral Pruning of Wide Convolutional Layers",
        "Folded Attention for Long Document Retrieval",
    ]
    page = "# Model Study\n" + "".join(
        f"## {title}\nPaper Review: [Notes](https://notes.example.org/{k})<br/>\n"
        f"PyTorch Code: [M{k}](https://github.com/someone/study/tree/main/M{k})\n"
        for k, title in enumerate(titles)
    )
    assert [p["title"] for p in _papers(page)] == titles


def test_yaml_values_that_run_on_over_deeper_lines_are_joined() -> None:
    page = (
        "- title: 'Folded Lattices Are What You Need: A Fast Backbone for Sparse\n"
        "    Recovery on the Edge'\n"
        "  authors: Ana Ruiz, Bo Chen, Carl Mayer, Dana Holt, Eli Park, Fay\n"
        "    Lin\n"
        "  decision: Accept (Poster)\n"
        "- title: Quiet Gradients in Shallow Networks\n"
        "  authors: Gus Moreau, Hal Ortiz\n"
        "- title: Spectral Pruning of Wide Convolutional Layers Trained\n"
        "    on Structured Tasks\n"
        "  authors: Ida Novak\n"
    )
    text, entries = take_yaml(page)
    assert len(entries) == 3
    assert text.count("\n") == page.count("\n")  # the line count is kept
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded Lattices Are What You Need: A Fast Backbone for Sparse Recovery on the Edge",
        "Quiet Gradients in Shallow Networks",
        "Spectral Pruning of Wide Convolutional Layers Trained on Structured Tasks",
    ]
    assert papers[0]["authors"][-1] == "Fay Lin"


def test_a_venue_tag_before_a_glossed_title_is_no_part_of_it() -> None:
    page = (
        "## 入门必读\n\n"
        "- [2021-IEEE Network] Folded Lattices in Smart Cities: Recent Advances, "
        "Requirements, and Challenges.（智慧城市中的折叠格：进展与挑战）\n"
        "- [2019-TPAMI] Jointly Learning Deep Features, Deformable Parts and Occlusion for "
        "Pedestrian Detection（联合学习深度特征的行人检测）\n"
        "- [2022-CVPR] Quiet Gradients in Shallow Networks: A Survey（浅层网络中的安静梯度综述）\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Folded Lattices in Smart Cities: Recent Advances, Requirements, and Challenges",
        "Jointly Learning Deep Features, Deformable Parts and Occlusion for Pedestrian Detection",
        "Quiet Gradients in Shallow Networks: A Survey",
    ]


def test_a_table_column_of_institutions_is_no_venue_and_a_type_column_is_a_topic() -> None:
    page = (
        "| 序号 | 类型 | 论文名称 | 作者 | 发表单位 | 期刊/会议 |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| 1 | 点云融合 | Folded Lattices for Sparse Recovery | Ana Ruiz, Bo Chen | "
        "Example Research Asia | 无 |\n"
        "| 2 | Transformer架构 | Quiet Gradients in Shallow Networks | Carl Mayer, Dana Holt | "
        "某某大学 | CVPR2024 |\n"
        "| 3 | 点云融合 | Spectral Pruning of Wide Convolutional Layers | Eli Park, Fay Lin | "
        "Example University | ICCV2023 |\n"
    )
    papers = _papers(page)
    assert [p["venue"] for p in papers] == [None, "CVPR", "ICCV"]
    assert [p["topics"] for p in papers] == [["点云融合"], ["Transformer架构"], ["点云融合"]]


def test_guest_lectures_and_book_sections_are_never_titles() -> None:
    assert never_title("Guest Lecture")
    assert never_title("Introduction to Language Processing, chapter 3.1 - 3.3 & chapter 14.5")
    assert never_title("Introduction to Language Processing, chapter 6.1-6.4")
    assert not never_title("Lectures on Folded Lattices for Sparse Recovery")


def test_a_data_record_whose_venue_is_a_blog_is_a_post() -> None:
    entries = "".join(
        f"- title: {title}\n  author: {author}\n  year: 2021\n  venue: {venue}\n\n"
        for title, author, venue in [
            ("Folded Lattices for Sparse Recovery", "Ana Ruiz", "ICML"),
            ("Quiet Gradients in Shallow Networks", "Bo Chen", "NeurIPS"),
            ("Spectral Pruning of Wide Convolutional Layers", "Carl Mayer", "ICLR"),
            ("Fast weights, then and now: like today's attention", "Dana Holt", "AI Blog, Dana"),
        ]
    )
    titles = [p["title"] for p in _papers(entries)]
    assert "Spectral Pruning of Wide Convolutional Layers" in titles
    assert not any(t.startswith("Fast weights") for t in titles)


def test_bold_labels_over_lists_of_linked_titles_are_no_papers() -> None:
    page = (
        "## Papers\n\n"
        "**Graph-based generators - molecular conformation**\n\n"
        "- [ICLR 2022] Ruiz, Ana, et al. [Folded Lattices for Molecular Conformation Generation]"
        "(https://openreview.net/forum?id=abc123)\n"
        "- [NeurIPS 2022] Chen, Bo, et al. [Torsional Gradients for Conformer Generation]"
        "(https://arxiv.org/abs/2206.01729)\n\n"
        "**Sequence-based generators - SMILES strings**\n\n"
        "- [ICML 2021] Mayer, Carl, et al. [Quiet Gradients for String Generation of Molecules]"
        "(https://arxiv.org/abs/2101.00001)\n"
        "- [JCIM 2020] Holt, Dana, et al. [Spectral Pruning of Molecular Language Models]"
        "(https://doi.org/10.1021/acs.jcim.0c00001)\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles == [
        "Folded Lattices for Molecular Conformation Generation",
        "Torsional Gradients for Conformer Generation",
        "Quiet Gradients for String Generation of Molecules",
        "Spectral Pruning of Molecular Language Models",
    ]


def test_a_link_label_wrapped_over_breaks_is_one_title_unless_translated() -> None:
    from papercli.importers.digest.blocks import read_lines

    head = "| Date | Paper |\n|---|---|\n"
    wrapped = read_lines(
        head + "| 8.24 | [FOLDED LATTICES:<br>SPARSE RECOVERY<br>AT SCALE](https://x.org/1) |\n"
    )
    assert [line.text for line in wrapped if "FOLDED" in line.text] == [
        "FOLDED LATTICES: SPARSE RECOVERY AT SCALE"
    ]
    translated = read_lines(
        head + "| 2020 | [Folded Lattices at Scale<br />大规模折叠格](https://x.org/2) |\n"
    )
    assert [line.text for line in translated if line.row > 0 and line.cell == 1] == [
        "Folded Lattices at Scale",
        "大规模折叠格",
    ]


def test_societies_talk_sessions_and_course_goals_are_no_papers() -> None:
    assert never_title("Association for the Advancement of Artificial Intelligence")
    assert never_title("Association for Computational Linguistics")
    assert not never_title("Association Rules for Mining Large Databases: A Study")
    assert never_title("机器学习算法的预测价值；深度强化学习在机械臂操纵任务中的应用")
    page = (
        "# Summer Reading Group\n\n## Goals.\n"
        "  1. build a strong background required for research in efficiency\n"
        "  2. Get acquainted with promising approaches for efficient models\n\n"
        "## Readings\n"
        "1. [Folded Lattices for Sparse Recovery](https://arxiv.org/abs/2101.00001)\n"
        "2. [Quiet Gradients in Shallow Networks](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Folded Lattices for Sparse Recovery",
        "Quiet Gradients in Shallow Networks",
    ]


def test_a_zero_width_space_before_a_link_hides_no_identifier() -> None:
    page = (
        "## Emergence\n\n"
        "* Folded Lattices for Sparse Recovery. [paper](\u200bhttps://arxiv.org/pdf/2307.15936.pdf)\n"
        "* Quiet Gradients in Shallow Networks. [paper](https://arxiv.org/abs/2101.00002)\n"
        "* Spectral Pruning of Wide Convolutional Layers. [paper](https://arxiv.org/abs/2101.00003)\n"
    )
    papers = _papers(page)
    assert papers[0]["arxiv_id"] == "2307.15936"


def test_highlights_of_names_then_title_then_what_the_paper_does() -> None:
    # a conference blog's highlights: "A et al.  Title. The authors …" (no venue after it)
    page = (
        "ECIR 2015 highlights:\n\n"
        "  • Ana Ruiz et al.  A Corpus of Realistic Known-Item Topics for Web Search. The authors "
        "present a collection of topics sampled from questions.\n"
        "  • Bo Chen et al.  Designing States and Rewards for Session Search. The authors model "
        "search sessions with a decision process.\n"
        "  • Carl Mayer et al.  Exploring Composite Retrieval from the Users' Perspective. (Best "
        "Paper) The authors study bundles of results.\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "A Corpus of Realistic Known-Item Topics for Web Search",
        "Designing States and Rewards for Session Search",
        "Exploring Composite Retrieval from the Users' Perspective",
    ]
    assert papers[0]["authors"] == ["Ana Ruiz"]


def test_a_sentence_after_names_is_no_title_unless_in_title_case() -> None:
    from papercli.importers.digest.references import read_reference

    assert read_reference("Ana Ruiz et al. Showed that gradients vanish. They argue so.") is None


def test_rst_auto_numbered_items_with_line_blocks_are_a_list_of_papers() -> None:
    page = (
        "==============================\nPapers for Sparse Recovery\n"
        "==============================\n\n"
        "#. [FL] FL: Folded Lattices for Sparse Recovery\n"
        "    | [ `arXiv <https://arxiv.org/abs/1905.02716>`_ ] "
        "[ `Project Page <https://example.org/fl>`_ ]\n"
        "    | *Ana Ruiz, Bo Chen, Carl Mayer*\n"
        "    | IEEE Transactions on Image Processing (TIP), 2019\n\n"
        "#. [QG] Quiet Gradients in Shallow Networks\n"
        "    | [ `arXiv <https://arxiv.org/abs/1806.05764>`_ ] "
        "[ `Poster <https://example.org/p>`_ ]\n"
        "    | *Dana Holt, Eli Park*\n"
        "    | arXiv preprint arXiv:1806.05764, 2018\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "FL: Folded Lattices for Sparse Recovery",
        "Quiet Gradients in Shallow Networks",
    ]
    assert papers[0]["authors"] == ["Ana Ruiz", "Bo Chen", "Carl Mayer"]
    assert [p["arxiv_id"] for p in papers] == ["1905.02716", "1806.05764"]


def test_full_names_then_title_then_where_as_awesome_lists_write_them() -> None:
    page = (
        "## Surveys\n\n"
        "* Ana Ruiz, J. Bo Chen, Carl Mayer, Folded Lattices in Robotics, A Survey (IJRR 2013) "
        "[Paper]\n"
        "* Dana Holt, Eli Park, Quiet Gradients for Least Squares Policy Iteration, NIPS, 2001. "
        "[Paper] [Code]\n"
        "* Fay Lin, Gus Moreau, Spectral Pruning of Wide Layers, arXiv:1511.04587, 2015. "
        "[[Paper]](http://arxiv.org/abs/1511.04587)\n"
        "* S. S. Keerthi and B. Ravindran, A Tutorial Survey of Folded Lattices (Sadhana 1994) "
        "[Paper]\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded Lattices in Robotics, A Survey",
        "Quiet Gradients for Least Squares Policy Iteration",
        "Spectral Pruning of Wide Layers",
        "A Tutorial Survey of Folded Lattices",
    ]
    assert papers[0]["authors"] == ["Ana Ruiz", "J. Bo Chen", "Carl Mayer"]
    assert papers[1]["year"] == 2001


def test_a_name_after_an_initial_is_no_start_of_a_title() -> None:
    from papercli.importers.digest.references import read_reference

    found = read_reference(
        "Ana Ruiz, Bo Chen, Simon S. Du, Ken-ichi Kawa, Dana Holt, What Can Folded Lattices "
        "Reason About? ICLR 2020. https://arxiv.org/pdf/1905.13211.pdf"
    )
    assert found is not None
    assert found.title == "What Can Folded Lattices Reason About?"
    # dblp's "Names: Title" is left to the dblp reader, never read with a name in the title
    quoc = read_reference("Oriol Vinyals, Quoc Le: A Neural Conversation Model, 2015.")
    assert quoc is None or not quoc.title.startswith("Quoc Le")


def test_a_table_copied_with_its_cells_run_together_is_read_by_its_seams() -> None:
    page = (
        "Diffusion Models\n\nOrigins\n\n"
        "YearPaperTopicNote\n"
        "2015Folded Lattices for Sparse RecoveryEarly latticesA first view of lattices.\n"
        "2020Quiet Gradients in Shallow Networks (code)QGNFaster training.\n"
        "2021ImageNet Pruning of Wide Convolutional LayersPruningStays accurate.\n\n"
        "年份标题作者机构贡献摘要\n"
        "1998Gradient Lattices Applied to Document RecognitionYann LeCun et al.Bell Labs提出。\n"
        "1986Learning Lattices by Propagating ErrorsDavid Rumelhart, Ronald WilliamsUCSD阐述。\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded Lattices for Sparse Recovery",
        "Quiet Gradients in Shallow Networks",
        "ImageNet Pruning of Wide Convolutional Layers",
        "Gradient Lattices Applied to Document Recognition",
        "Learning Lattices by Propagating Errors",
    ]
    assert [p["year"] for p in papers] == [2015, 2020, 2021, 1998, 1986]
    assert papers[3]["authors"] == ["Yann LeCun"]
    assert papers[4]["authors"] == ["David Rumelhart", "Ronald Williams"]


def test_full_names_then_the_year_then_the_title() -> None:
    page = (
        "**Reading**\n\n"
        "1. Ana Ruiz, Bo Chen, Carl Mayer, 2017, Improve Folded Lattices with Causal Learning "
        "[[link]](http://example.org/a.pdf)\n"
        "2. Dana Holt, Eli Park, 2020, Quiet Gradients for Multiple Treatments with Cost "
        "[[link]](https://arxiv.org/pdf/1908.05372.pdf)\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Improve Folded Lattices with Causal Learning",
        "Quiet Gradients for Multiple Treatments with Cost",
    ]
    assert papers[1]["authors"] == ["Dana Holt", "Eli Park"]
    assert papers[1]["year"] == 2020


_YAML_LINE = st.one_of(
    st.sampled_from(["- title: ", "  authors: ", "  venue: ", "    ", "  ", "- ", ""]).flatmap(
        lambda lead: st.text(alphabet="ab 'ABC:|>\"", max_size=30).map(lambda rest: lead + rest)
    ),
    st.text(max_size=20),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_YAML_LINE, max_size=40))
def test_joining_yaml_values_keeps_the_line_count_and_every_word(lines: list[str]) -> None:
    from papercli.importers.digest.embedded import _joined_scalars

    joined = _joined_scalars(lines)
    assert len(joined) == len(lines)
    assert " ".join(joined).split() == " ".join(lines).split()


_GLUED_LINE = st.one_of(
    st.sampled_from(["YearPaperTopicNote", "年份标题作者机构贡献摘要", "", "2015"]),
    st.tuples(
        st.sampled_from(["1998", "2020", "19", "x"]),
        st.text(alphabet="aB C.)论(x", max_size=40),
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_GLUED_LINE, max_size=20))
def test_reading_glued_tables_never_raises_and_keeps_other_lines(lines: list[str]) -> None:
    from papercli.importers.digest.blocks import _glued_tables

    text = "\n".join(lines)
    out = _glued_tables(text)
    if "YearPaper" not in text and "年份标题" not in text:
        assert out == text
    parse_digest(text)


def test_a_publishers_address_gives_the_doi_it_serves() -> None:
    from urllib.parse import urlparse

    from papercli.importers.digest.fields import _doi_in_address

    def doi(url: str) -> str | None:
        parsed = urlparse(url)
        return _doi_in_address(parsed.hostname or "", parsed.path, parsed.query)

    assert (
        doi("https://dl.acm.org/doi/fullHtml/10.1145/3366424.3386195") == "10.1145/3366424.3386195"
    )
    assert (
        doi("https://link.springer.com/content/pdf/10.1007/BF00992696.pdf") == "10.1007/bf00992696"
    )
    assert doi("https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0204596") == (
        "10.1371/journal.pone.0204596"
    )
    assert doi("https://www.biorxiv.org/content/10.1101/2024.10.16.618609v1") == (
        "10.1101/2024.10.16.618609"
    )
    assert doi("https://www.frontiersin.org/articles/10.3389/frobt.2019.00092/full") == (
        "10.3389/frobt.2019.00092"
    )
    assert doi("https://www.nature.com/articles/s41586-021-03505-3") == "10.1038/s41586-021-03505-3"
    assert doi("https://example.org/notes/10.5/x") is None
    assert doi("https://github.com/someone/repo") is None


def test_a_title_written_twice_by_its_own_link_is_kept_once() -> None:
    title = "Folded Lattices from Program Search with Sparse Models"
    page = (
        "## Reasoning\n\n"
        f"- [x] {title} [{title} | Nature](https://www.nature.com/articles/s41586-023-06924-6)\n"
        "- [x] Quiet Gradients in Shallow Networks [pdf](https://arxiv.org/abs/2101.00002)\n"
        "- [x] Spectral Pruning of Wide Layers [pdf](https://arxiv.org/abs/2101.00003)\n"
    )
    papers = _papers(page)
    assert papers[0]["title"] == title
    assert papers[0]["doi"] == "10.1038/s41586-023-06924-6"
