"""Conventions shared by real pages read for errors in stop 56 (stop 51's held-out pages,
read for the first time), written afresh with made-up titles and names."""

from __future__ import annotations

from tests.conftest import digest_papers as _papers

from papercli.importers.digest import parse_digest
from papercli.importers.digest.blocks import html_to_markdown, read_lines
from papercli.importers.digest.records import never_title

_POSTERS = [
    ("Folded Lattices for Sparse Recovery", "Ana Ruiz, Bo Chen, Carl Mayer"),
    ("Quiet Gradients: Training Shallow Nets Without Noise", "Dana Holt, Eli Park"),
    ("Robust Sketches by Smoothed Unrolling", "Fay Lin, Gus Moreau, Hal Ortiz"),
    ("Spectral Pruning of Wide Convolutional Layers", "Ida Novak, Jon Kruger"),
]


def test_an_html_page_whose_head_is_never_closed_keeps_its_body() -> None:
    # a minified page: "<head>…<body>" with no "</head>" (HTML lets it out); the head's text
    # is no page's, the body's is
    html = (
        "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Posters | A Workshop</title>"
        "<body><nav><a href='/'>Home</a></nav><h2>Accepted Papers</h2><dl>"
        + "".join(f"<dt>{title}<dd>{names}" for title, names in _POSTERS)
        + "</dl></body></html>"
    )
    text = html_to_markdown(html)
    assert "Folded Lattices for Sparse Recovery" in text
    assert "Posters | A Workshop" not in text  # the head's title stays out
    papers = _papers(html)
    assert [p["title"] for p in papers] == [title for title, _names in _POSTERS]


def test_a_titles_by_is_its_own_when_its_authors_are_on_the_line_under_it() -> None:
    # "Title by Smoothed Unrolling" / "A, B, C": the names line is the byline, so "by …"
    # in the title line is part of the title
    posters = [
        ("TT-NF: Tensor Train Neural Fields", "Ana Ruiz, Bo Chen, Carl Mayer"),
        ("SLIM: Towards Stable PET Reconstruction by Smoothed Unrolling", "Fay Lin, Gus Moreau"),
        ("DRIP: Towards Robust Tomography Reconstruction by Damped Iterations", "Ida Novak, Jo Li"),
        ("Robust Calibration with Multi-domain Temperature Scaling", "Kai Berg, Lu Wang"),
    ]
    page = "## Posters\n\n" + "\n\n".join(f"{t}\n\n{n}" for t, n in posters) + "\n"
    papers = _papers(page)
    assert [p["title"] for p in papers] == [title for title, _names in posters]
    assert papers[1]["authors"] == ["Fay Lin", "Gus Moreau"]
    assert papers[2]["authors"] == ["Ida Novak", "Jo Li"]


def test_a_byline_in_the_title_line_is_still_cut_when_no_names_line_follows() -> None:
    page = (
        "## Reading\n\n"
        "- Folded Lattices for Sparse Recovery by Ana Ruiz and Bo Chen\n"
        "- Quiet Gradients for Shallow Nets by Dana Holt and Eli Park\n"
        "- Spectral Pruning of Wide Layers by Ida Novak and Jon Kruger\n"
    )
    papers = _papers(page)
    assert papers[0]["title"] == "Folded Lattices for Sparse Recovery"
    assert papers[0]["authors"] == ["Ana Ruiz", "Bo Chen"]


def test_a_counted_workshop_is_never_a_title_but_a_paper_about_one_may_be() -> None:
    # "Third Workshop on …" heads a workshop's page; "Overview of the Third Workshop on …"
    # is a paper's title
    assert never_title("Third Workshop on Sparse Structure in Deep Networks")
    assert never_title("The 2nd International Workshop on Quiet Gradients")
    assert not never_title("Overview of the Third Workshop on Scholarly Document Processing")
    assert not never_title("Third Time Lucky: Workshop Notes on Folded Lattices")


def test_numbered_notes_under_linked_paper_headings_are_no_papers() -> None:
    # "#### [Title](arXiv)" / "ICLR 2020" / "1. Show that …": each heading is its paper, the
    # numbered lines under it its notes, a link in a note may cite another paper
    entries = [
        ("Certified Walls Against Sticker Attacks", "2003.01001", "ICLR 2020"),
        ("Masked Votes Defend Small Receptive Fields", "2005.01002", "USENIX Security 2021"),
        ("Cropped Patches Vote for Robust Labels", "2009.01003", "arXiv 2009"),
        ("Token Dropping for Smoothed Vision Transformers", "2110.01004", "CVPR 2022"),
    ]
    notes = [
        "1. Show that two earlier defenses break against an adaptive attacker",
        "2. Very expensive; only works for small models",
        "3. Masks applied at every location and checked for agreement",
    ]
    page = "### Certified Defenses\n\n" + "\n".join(
        f"#### [{title}](https://arxiv.org/abs/{arxiv})\n\n{venue}\n\n"
        + "\n".join(notes)
        + "\n4. **Certified defense.** ViT + [Cropped Votes](https://arxiv.org/abs/2009.01003)\n"
        for title, arxiv, venue in entries
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [title for title, _arxiv, _venue in entries]
    assert [p["arxiv_id"] for p in papers] == [arxiv for _title, arxiv, _venue in entries]


def test_a_line_of_titled_links_is_one_paper_for_each_link() -> None:
    # '["Title A"](…)，["Title B"](…)，["Title C"](…).': a lab's news line, each link its
    # own paper's; no link's address goes to another title
    page = (
        "NeurIPS | Three papers have been accepted by NeurIPS 2025, congrats!\n"
        '["Folded Lattices for Sparse Recovery"](https://neurips.cc/virtual/2025/poster/101)，'
        '["Quiet Gradients for Shallow Convolutional Nets"](https://arxiv.org/abs/2408.01234)，'
        '["Spectral Pruning of Wide Convolutional Layers"](https://neurips.cc/virtual/2025/poster/103).\n'
    )
    papers = {p["title"]: p for p in _papers(page)}
    assert set(papers) == {
        "Folded Lattices for Sparse Recovery",
        "Quiet Gradients for Shallow Convolutional Nets",
        "Spectral Pruning of Wide Convolutional Layers",
    }
    assert papers["Folded Lattices for Sparse Recovery"]["url"].endswith("/poster/101")
    assert papers["Quiet Gradients for Shallow Convolutional Nets"]["arxiv_id"] == "2408.01234"
    assert papers["Spectral Pruning of Wide Convolutional Layers"]["url"].endswith("/poster/103")


def test_a_line_of_linked_names_stays_one_line() -> None:
    line = "[Ana Ruiz](https://a.example/ana), [Bo Chen](https://a.example/bo), [Carl Mayer](https://a.example/carl)\n"
    lines = [ln for ln in read_lines(line) if ln.text.strip()]
    assert len(lines) == 1
    assert len(lines[0].urls) == 3


def test_a_paper_link_label_after_a_remark_in_parentheses_leaves_the_title() -> None:
    # "1. Title (a long remark) [paper link][ref]": a reference-style link labelled "paper link"
    page = (
        "Here is what I am reading.\n\n"
        "1. Folded Lattices: Provable Sparse Recovery Without Heuristics (reading it in "
        "installments, it is long) [paper link][folded]\n\n"
        "[folded]: https://arxiv.org/pdf/2511.01234\n"
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Folded Lattices: Provable Sparse Recovery Without Heuristics"
    ]
    assert papers[0]["arxiv_id"] == "2511.01234"


_ENTRIES = [
    ("Folded Lattices for Sparse Recovery", ["Ana Ruiz", "Bo Chen", "Carl Mayer"], "AbCd1"),
    ("Quiet Gradients for Shallow Networks", ["Dana Holt", "Eli Park"], "AbCd2"),
    ("Spectral Pruning of Wide Convolutional Layers", ["Ida Novak", "Jon Kruger"], "AbCd3"),
    ("Sticky Tokens in Long Document Encoders", ["Kai Berg", "Lu Wang", "Mo Diaz"], "AbCd4"),
]


def test_authors_on_the_line_over_each_title_are_that_papers() -> None:
    # a lab's news post: "A, B, C" / "**Title**" / "[paper](…)" for each paper; the names
    # over a title are its, not the paper's above
    page = "**4 papers with our authors will appear at ICLR 2020.**\n\n" + "\n\n".join(
        f"{', '.join(names)}\n\n**{title}**\n\n[paper](https://openreview.net/forum?id={key})"
        for title, names, key in _ENTRIES
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"]) for p in papers] == [
        (title, names) for title, names, _key in _ENTRIES
    ]


_GLOSSES = [
    "稀疏恢复中的折叠格方法",
    "浅层网络的安静梯度研究",
    "宽卷积层的谱剪枝方法",
    "长文档编码器中的粘性词元",
]


def test_authors_on_the_line_under_each_title_stay_that_papers() -> None:
    # "**[Title](…)**" / "[译名](…)" / "A, B, C": the names close each entry
    page = "*Issue 5 May 2024*\n\n" + "\n\n".join(
        f"**[{title}](https://link.springer.com/article/10.1007/{key})**  \n"
        f"[{gloss}](https://github.com/x/y/blob/main/{n}.md)  \n**{', '.join(names)}**"
        for n, ((title, names, key), gloss) in enumerate(zip(_ENTRIES, _GLOSSES, strict=True))
    )
    papers = _papers(page)
    assert [(p["title"], p["authors"]) for p in papers] == [
        (title, names) for title, names, _key in _ENTRIES
    ]


def test_a_citations_italic_title_after_its_names_sentence_is_the_title() -> None:
    # "* C Reed and Z Ghahramani.  _Title._  [[arXiv](…)]": names with bare initials, then
    # the title in italics; the names are no part of it
    page = "Our papers at ICML 2013:\n\n" + "".join(
        f"*   {names}.  _{title}._  [[arXiv](http://arxiv.org/abs/1304.{n:04d})]<br>\n"
        for n, (names, title) in enumerate(
            [
                ("D Ruiz, JR Lloyd, and Z Chen", "Folded Lattices for Sparse Recovery"),
                ("C Reed and Z Holt", "Scaling the Quiet Buffet Process via Submodular Cuts"),
                ("AG Wilson and RP Adams", "Covariance Kernels for Pattern Discovery"),
            ]
        )
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Scaling the Quiet Buffet Process via Submodular Cuts" in titles
    assert "Covariance Kernels for Pattern Discovery" in titles
    assert not any(t.startswith(("C Reed", "AG Wilson")) for t in titles)


def test_link_labels_between_a_title_and_its_remark_end_the_title() -> None:
    # "- [2024/05] **Title** [[paper](…)][[code](…)] *remark*": the remark after the links'
    # labels is no part of the title, nor is a bold title cut at its own comma
    page = "## Music Generation\n\n" + "".join(
        f"- [2024/0{n}] **{title}** [[paper](https://arxiv.org/abs/2409.0058{n})]"
        f"[[code](https://github.com/a/b{n})][[melodio](https://m.example/)] *{remark}*\n"
        for n, (title, remark) in enumerate(
            [
                ("Folding Flows that Play Music", "KunLun"),
                ("Quiet Tokens: Cascaded Matching for Text Guided Music", "a benchmark for songs"),
                (
                    "Sound-Pilot: Leveraging Language Models for Audio via Task Splitting, "
                    "Modularization, and Program Generation",
                    "Similar to MaskGCT",
                ),
                ("Simple and Controllable Drum Generation", "Prompt Control"),
            ],
            start=1,
        )
    )
    titles = [p["title"] for p in _papers(page)]
    listed = {
        "Folding Flows that Play Music",
        "Quiet Tokens: Cascaded Matching for Text Guided Music",
        "Sound-Pilot: Leveraging Language Models for Audio via Task Splitting, "
        "Modularization, and Program Generation",
        "Simple and Controllable Drum Generation",
    }
    assert set(titles) <= listed  # (the model doubts some of these made-up titles)
    assert "Quiet Tokens: Cascaded Matching for Text Guided Music" in titles


def test_a_title_and_its_link_labels_alone_stay_a_title() -> None:
    assert not never_title("Folding Flows that Play Music [paper][code]")
    assert not never_title("Folding Flows that Play Music [paper] | [code]")
    assert not never_title("Folding Flows that Play Music [PDF] 摘要")
    assert never_title("Folding Flows that Play Music [paper][code] KunLun")


def test_a_comma_cut_inside_a_bold_title_gives_way_to_the_bold_title() -> None:
    from papercli.importers.digest.candidates import Candidate
    from papercli.importers.digest.records import _whole_marked_span

    full = "Sound-Pilot: Language Models for Audio via Task Splitting, and Program Generation"
    cut = Candidate(full.split(",")[0], 0, {"before_comma"}, score=0.5)
    bold = Candidate(full, 0, {"bold"}, score=0.4)
    chosen = _whole_marked_span(cut, [cut, bold])
    assert chosen is bold
    assert chosen.score == 0.5
    # a link around a citation holds its names and year: the cut stays
    cited = Candidate("A Framework for Cloning, Bain and Sommut, 1999.", 0, {"link"}, score=0.3)
    short = Candidate("A Framework for Cloning", 0, {"before_comma"}, score=0.6)
    assert _whole_marked_span(short, [short, cited]) is short


def test_folder_names_that_label_a_notes_index_are_no_part_of_titles() -> None:
    # "- ddpm : Title": a notes repository's folder name, a spaced colon, then the paper
    page = (
        "## Papers\n"
        "- generation\n"
        "    - ddpm : Folded Diffusion Probabilistic Models\n"
        "    - palette : Palette: Image-to-Image Folding Models\n"
        "    - improved-ddpm : Improved Folded Diffusion Probabilistic Models\n"
        "    - flow-matching: Quiet Flow Matching for Generative Modeling\n"
        "    - inpaint-survey : Deep Learning-based Image and Video Folding: A Survey\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert titles
    assert not any(
        t.startswith(("ddpm", "palette :", "improved-", "flow-", "inpaint")) for t in titles
    )
    assert "Palette: Image-to-Image Folding Models" in titles


def test_a_lower_case_nickname_before_a_colon_stays_in_a_title_elsewhere() -> None:
    page = (
        "## Graph embeddings\n"
        "- node2vec: Scalable Feature Learning for Folded Networks\n"
        "- struc2vec: Learning Node Representations from Quiet Structural Identity\n"
    )
    titles = [p["title"] for p in _papers(page)]
    assert "node2vec: Scalable Feature Learning for Folded Networks" in titles


def test_a_quoted_title_between_a_nickname_and_a_venue_is_the_title() -> None:
    # '* RTS: "Title" ECCV. [[Paper]](…)': the nickname and the venue are no part of it
    page = "## 2022\n" + "".join(
        f'* {nick}: "{title}" {venue}. [[Paper]](https://arxiv.org/abs/2203.1119{n})  \n'
        f"  一段中文的阅读笔记。\n"
        for n, (nick, title, venue) in enumerate(
            [
                ("RTS", "Robust Visual Folding by Segmentation", "ECCV"),
                ("ToMP", "Transforming Quiet Prediction for Tracking", "CVPR"),
                ("STARK", "Learning Spatio-Temporal Folders for Visual Tracking", "ICCV"),
            ]
        )
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [
        "Robust Visual Folding by Segmentation",
        "Transforming Quiet Prediction for Tracking",
        "Learning Spatio-Temporal Folders for Visual Tracking",
    ]
    assert [p["venue"] for p in papers] == ["ECCV", "CVPR", "ICCV"]


def test_a_short_name_linked_after_each_title_is_no_part_of_it() -> None:
    # "**Title [Deep Q-learning](…)**" / "* a note": the link's text is the paper's short name
    entries = [
        ("Human-level control through folded reinforcement learning", "Deep Q-folding"),
        ("Deep Reinforcement Learning with Quiet Q-learning", "Quiet Q-learning"),
        ("Dueling Network Architectures for Folded Reinforcement Learning", "Dueling Q"),
        ("Conservative Q-Learning for Offline Folded Learning", "CQL"),
    ]
    page = "## Classical RL algorithms\n\n" + "".join(
        f"**{title} [{name}](https://arxiv.org/pdf/1509.0646{n})**\n"
        f"* a one-line note on the method, its trick and its cost\n\n"
        for n, (title, name) in enumerate(entries)
    )
    papers = _papers(page)
    assert [p["title"] for p in papers] == [title for title, _name in entries]


def test_a_line_ending_in_a_link_at_its_very_start_or_in_marks_reads_without_error() -> None:
    for page in (
        "[Deep Q](https://a.example/q)\n",
        "**[Deep Q](https://a.example/q)**\n",
        "Folded Lattices for Sparse Recovery in Networks [Deep Q](https://a.example/q)  **\n",
        "Talk on Folded Lattices and Sparse Recovery -- [Ada Lovelace](https://a.example/ada)\n",
    ):
        result = parse_digest(page)
        assert all(p.title for p in result.papers)


def test_schedule_entries_are_never_titles() -> None:
    assert never_title("NO MEETING (National Day Holiday)")
    assert never_title("GUEST LECTURE by Ada Lovelace, Lead Designer")
    assert never_title("Reading Group Year-End Lunch Party")
    assert not never_title("Meeting Points of Folded Lattices and Sparse Recovery")
    # a reading group's day alone, a conference's events by their kind
    assert never_title("October 16")
    assert never_title("Sept. 21st, 2022")
    assert never_title("Tutorial : Machine Learning and Statistics for Folded Climates")
    assert never_title("Social : BigScience")
    assert never_title("Track on Deep Learning, Algorithms")
    assert not never_title("Tracking on Folded Manifolds")
    assert not never_title("Tutorial on Diffusion Models for Imaging and Vision")
    assert not never_title("May the Force Be with Folded Lattices")


def test_a_linked_title_then_a_remark_then_its_year_is_the_linked_title() -> None:
    # "- [Title](…) - This paper introduces …. (2013)": a reading list's remark after the
    # title; a blog post among the readings is no paper
    page = (
        "# Fundamentals - Neural Folding, Transformers, etc.\n"
        "- [On the difficulty of training folded recurrent networks](https://proceedings.mlr"
        ".press/v28/pascanu13.pdf) - This paper introduces the folding gradient problem. (2013)\n"
        "- A super easy-to-read [blog post](https://medium.com/a/b) for understanding folds."
        " (2023)\n"
        "- [Neural folding by jointly learning to align and translate](https://arxiv.org/pdf/"
        "1409.0473) - Introduces the folding mechanism. (2015)\n"
        "- [Folding Is All You Need](https://arxiv.org/pdf/1706.03762) - The famous paper! (2017)\n"
        "- [BERT: Pre-training of Deep Bidirectional Folders for Language Understanding]"
        "(https://arxiv.org/pdf/1810.04805) (2019)\n"
        "- [Roformer: Enhanced folder with rotary position embedding](https://arxiv.org/pdf/"
        "2104.09864) - An excellent paper on positional folding. (2021)\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["year"]) for p in papers] == [
        ("On the difficulty of training folded recurrent networks", 2013),
        ("Neural folding by jointly learning to align and translate", 2015),
        ("Folding Is All You Need", 2017),
        ("BERT: Pre-training of Deep Bidirectional Folders for Language Understanding", 2019),
        ("Roformer: Enhanced folder with rotary position embedding", 2021),
    ]
    assert never_title("A super easy-to-read blog post for understanding LSTMs")
    assert not never_title("Predicting the Popularity of Blog Posts")


def test_a_schedules_data_records_that_are_no_readings_give_no_papers() -> None:
    # a reading group's schedule as YAML: "- title: NO MEETING (…)" is a date, no reading
    page = (
        "schedule:\n"
        "  - title: Folded Lattices for Sparse Recovery\n"
        "    date: 2017-01-10\n"
        "    url: https://arxiv.org/abs/1704.00248\n"
        "  - title: NO MEETING (Conference Deadlines)\n"
        "    date: 2017-01-17\n"
        "  - title: Quiet Gradients for Shallow Networks\n"
        "    date: 2017-01-24\n"
        "    url: https://arxiv.org/abs/1704.00249\n"
        "  - title: Spectral Pruning of Wide Layers\n"
        "    date: 2017-01-31\n"
        "    url: https://arxiv.org/abs/1704.00250\n"
        "  - title: Reading Group Year-End Lunch Party\n"
        "    date: 2017-02-07\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Folded Lattices for Sparse Recovery",
        "Quiet Gradients for Shallow Networks",
        "Spectral Pruning of Wide Layers",
    ]


def test_a_year_then_venue_lead_before_a_dash_is_the_papers_venue() -> None:
    # "* 2021-NeurIPS - Title. [[Paper]](…) [[Demo]](…) [[Blog Post]](…)"
    page = (
        "* 2021-NeurIPS - Pervasive Label Errors in Folded Test Sets Destabilize Benchmarks. "
        "[[Paper]](https://arxiv.org/abs/2103.14749) [[Demo]](https://x.example/) "
        "[[Blog Post]](https://y.example/)\n"
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        ("Pervasive Label Errors in Folded Test Sets Destabilize Benchmarks", "NeurIPS", 2021)
    ]


def test_a_venue_then_a_short_name_before_each_title_are_no_part_of_it() -> None:
    # "1. 2017 - PNAS - EWC - Title [[paper]](…) [[code]](…) [[code reference]](…)"
    entries = [
        (2017, "PNAS", "EWC", "Overcoming catastrophic folding in neural networks"),
        (2017, "ICML", "SI", "Continual Learning Through Synaptic Folding"),
        (2018, "ICLR", "VCL", "Variational Continual Folding"),
        (2017, "NIPS", "GEM", "Gradient episodic memory for continual folding"),
    ]
    page = "### Regularization-based\n\n" + "".join(
        f"{n}. {year} - {venue} - {nick} - {title} [[paper]](https://arxiv.org/abs/1612.0079{n})"
        f" [[code]](https://github.com/a/b/tree/master/{nick}) [[code_reference]](https://c.d/{n})\n"
        for n, (year, venue, nick, title) in enumerate(entries, start=1)
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        (title, venue, year) for year, venue, _nick, title in entries
    ]
    assert [p["alt_titles"] for p in papers] == [[nick] for _y, _v, nick, _t in entries]


def test_a_heading_right_over_a_linked_title_heading_is_its_section() -> None:
    # an award page: "<h3>Applications of RL</h3><h4><a href=openreview>Title</a></h4>"
    awards = [
        ("Applications of Reinforcement Learning", "Folded Crop Simulators for Annual Planning"),
        ("Emerging Topics in Reinforcement Learning", "Towards Quiet Reward Design in Folded RL"),
        ("Theory of Reinforcement Learning", "Deep Folded Learning with Eligibility Traces"),
    ]
    html = (
        "<html><body><h1>Announcing the Outstanding Paper Awards</h1>"
        + "".join(
            f"<div><h3>{award}</h3><div><h4><a href='https://openreview.net/forum?id=x0{n}'>"
            f"{title}</a></h4><p><strong>Authors:</strong> Ada Ruiz, Bo Chen</p></div></div>"
            for n, (award, title) in enumerate(awards)
        )
        + "</body></html>"
    )
    papers = _papers(html)
    assert [p["title"] for p in papers] == [title for _award, title in awards]
    assert [p["topics"][-1] for p in papers] == [award for award, _title in awards]


def test_a_table_of_papers_under_a_frameworks_heading_is_no_software_list() -> None:
    # "#### General Frameworks for Multiple Tasks" over a table whose column is "Paper"
    rows = [
        (2006, "ECCV", "Practical Global Folding for Multiview Geometry"),
        (2009, "ICCV", "Optimal Correspondences from Pairwise Folds"),
        (2011, "CVPR", "Deterministically Maximizing Feasible Subsystems for Robust Folding"),
    ]
    page = (
        "#### General Frameworks for Multiple Tasks\n\n"
        "| Year | Venue | Paper | Links |\n|:----:|:------|:------|:------|\n"
        + "".join(
            f"| {year} | {venue} | {title} | [[Paper](https://uni.example/~a/p{n}.pdf)] |\n"
            for n, (year, venue, title) in enumerate(rows)
        )
    )
    papers = _papers(page)
    assert [(p["title"], p["venue"], p["year"]) for p in papers] == [
        (title, venue, year) for year, venue, title in rows
    ]


def test_a_list_under_a_tools_heading_is_still_no_papers() -> None:
    page = (
        "## Tools\n\n"
        "- [Folded Lattice Toolkit for Sparse Recovery Experiments](https://github.com/a/b)\n"
        "- [Quiet Gradient Library for Shallow Network Training](https://github.com/c/d)\n"
    )
    assert _papers(page) == []


def test_a_colon_inside_a_linked_title_starts_no_description() -> None:
    # '* <[Title: its subtitle](…)> by A and B, 2011.' among "Title: a sentence about it."
    # items: the link holds the whole title
    page = "## Exploration\n\n" + "".join(
        f"* <[{title}](https://arxiv.org/pdf/1801.0129{n})> by {names}, 201{n}.\n"
        for n, (title, names) in enumerate(
            [
                (
                    "Value-difference based Folding: adaptive control between greedy and soft",
                    "Michel Tokic and Ada Palm",
                ),
                (
                    "Soft folder-critic: Off-policy maximum entropy folding with a random actor",
                    "Haarnoja, Tuomas and Zhou, Aurick",
                ),
                (
                    "CLEANing the folds: counterfactual actions to remove exploratory noise",
                    "Bo Parker and Cy Taylor",
                ),
                (
                    "Curiosity-driven Folding by Self-supervised Prediction",
                    "Di Pathak and Ed Agrawal",
                ),
            ]
        )
    )
    titles = [p["title"] for p in _papers(page)]
    assert "Value-difference based Folding: adaptive control between greedy and soft" in titles
    assert not any(t.startswith("<") or t.endswith(("Folding", "folds")) for t in titles)


def test_items_opening_with_an_italic_title_vouch_for_a_doubted_one() -> None:
    from papercli.importers.digest.records import follow_marked_leads
    from papercli.importers.digest.scorer import load_model, score_lines

    titles = [
        "Folded Lattices at Scale with ML.NET",
        "Making Quiet Pipelines Differentiable: A Neural Translation Approach",
        "Coded Elastic Folding",
        "A Neural Framework for Learning DAG to DAG Folding",
    ]
    page = (
        "My team has four papers accepted:\n\n"
        + "".join(
            f"  * *{title}.* Ada Ruiz, Bo Chen, Cy Lund. [Systems for ML Workshop][sys].\n"
            for title in titles
        )
        + "\n[sys]: http://learningsys.org/\n"
    )
    lines = read_lines(page)
    scored = score_lines(lines)
    accept = float(load_model()["accept"])
    leads = {
        i: next(c for c in row if "italic" in c.how)
        for i, row in enumerate(scored)
        if any("italic" in c.how for c in row)
    }
    assert len(leads) == 4
    for i, lead in leads.items():  # three sure, the first one doubted
        lead.score = 0.3 if lead.text == titles[0] else max(lead.score, accept + 0.1)
        for other in scored[i]:
            if other is not lead:
                other.score = min(other.score, 0.1)
    assert follow_marked_leads(lines, scored, accept) == 1
    assert all(lead.score >= accept for lead in leads.values())
