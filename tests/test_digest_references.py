"""Author-first reference lines (natbib, ACM, APA, Vancouver, GB/T 7714) read into their parts,
and a page of them read into papers with their authors, venue and year."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.digest import parse_digest
from papercli.importers.digest.references import read_reference


@pytest.mark.parametrize(
    ("line", "names", "title", "year"),
    [
        (  # natbib (plainnat): names, title, "In venue, year"
            "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning"
            " for image recognition. In CVPR, 2016.",
            "Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun",
            "Deep residual learning for image recognition",
            2016,
        ),
        (  # ACM: the year between the names and the title
            "Ashish Vaswani, Noam Shazeer, Niki Parmar. 2017. Attention is all you need. In"
            " Advances in Neural Information Processing Systems.",
            "Ashish Vaswani, Noam Shazeer, Niki Parmar",
            "Attention is all you need",
            2017,
        ),
        (  # APA: inverted names with initials, the year in brackets
            "Devlin, J., Chang, M. W., Lee, K., & Toutanova, K. (2019). BERT: Pre-training of"
            " deep bidirectional transformers for language understanding. In NAACL.",
            "Devlin, J., Chang, M. W., Lee, K., & Toutanova, K.",
            "BERT: Pre-training of deep bidirectional transformers for language understanding",
            2019,
        ),
        (  # Vancouver: initials without points
            "Vaswani A, Shazeer N, Parmar N. Attention is all you need. Adv Neural Inf Process"
            " Syst. 2017;30.",
            "Vaswani A, Shazeer N, Parmar N",
            "Attention is all you need",
            2017,
        ),
        (  # initials with points inside the names, a lower-case tail
            "Diederik P. Kingma and Jimmy Ba. Adam: A method for stochastic optimization."
            " arXiv preprint arXiv:1412.6980, 2014.",
            "Diederik P. Kingma and Jimmy Ba",
            "Adam: A method for stochastic optimization",
            2014,
        ),
        (  # GB/T 7714: the type mark ends the title
            "Deng J, Dong W, Socher R, et al. Imagenet: A large-scale hierarchical image"
            " database[C]//2009 IEEE conference on computer vision and pattern recognition.",
            "Deng J, Dong W, Socher R, et al",
            "Imagenet: A large-scale hierarchical image database",
            2009,
        ),
        (
            "Ba J L, Kiros J R, Hinton G E. Layer normalization[ J ]. arXiv preprint"
            " arXiv:1607.06450, 2016.",
            "Ba J L, Kiros J R, Hinton G E",
            "Layer normalization",
            2016,
        ),
        (  # one author with a year
            "Leo Breiman. Random forests. Machine Learning, 45(1):5-32, 2001.",
            "Leo Breiman",
            "Random forests",
            2001,
        ),
        (  # APA with a full date
            "Hinton, G. (2022, December 1). The forward-forward algorithm: Some preliminary"
            " investigations. arXiv preprint.",
            "Hinton, G.",
            "The forward-forward algorithm: Some preliminary investigations",
            2022,
        ),
        (  # Harvard: the title in single quotes after the year
            "He, K., Zhang, X., Ren, S. and Sun, J. (2016) 'Deep residual learning for image"
            " recognition', Proceedings of the IEEE CVPR, pp. 770-778.",
            "He, K., Zhang, X., Ren, S. and Sun, J.",
            "Deep residual learning for image recognition",
            2016,
        ),
        (  # dblp: the names end at a colon
            "Jonathan Ho, Ajay Jain, Pieter Abbeel: Denoising Diffusion Probabilistic Models."
            " NeurIPS 2020",
            "Jonathan Ho, Ajay Jain, Pieter Abbeel",
            "Denoising Diffusion Probabilistic Models",
            2020,
        ),
        (  # Springer LNCS: inverted names, a colon, "In: venue (year)"
            "Gilmer, J., Schoenholz, S.S., Riley, P.F., Vinyals, O., Dahl, G.E.: Neural message"
            " passing for quantum chemistry. In: ICML, pp. 1263–1272 (2017)",
            "Gilmer, J., Schoenholz, S.S., Riley, P.F., Vinyals, O., Dahl, G.E.",
            "Neural message passing for quantum chemistry",
            2017,
        ),
        (  # IEEE: the title in double quotes, a comma inside them
            'J. Ho, A. Jain, and P. Abbeel, "Denoising diffusion probabilistic models," in'
            " Proc. NeurIPS, 2020, pp. 6840-6851.",
            "J. Ho, A. Jain, and P. Abbeel",
            "Denoising diffusion probabilistic models",
            2020,
        ),
        (  # MLA: inverted first name, et al., the title's point inside the quotes
            'Radford, Alec, et al. "Learning transferable visual models." ICML. PMLR, 2021.',
            "Radford, Alec, et al",
            "Learning transferable visual models",
            2021,
        ),
        (  # IEEE with a Chinese title and full-width punctuation
            "M.-C. Yue, S. X. Wu, “面向无线通信的鲁棒波束赋形设计”, *IEEE Signal"
            " Processing Letters*, vol. 23, 2016年7月.",
            "M.-C. Yue, S. X. Wu",
            "面向无线通信的鲁棒波束赋形设计",
            2016,
        ),
        (  # title first: "Title, Names, Venue Year", as reading lists write them
            "Attention Is All You Need, Vaswani et al., NeurIPS 2017",
            "Vaswani et al",
            "Attention Is All You Need",
            2017,
        ),
        (
            "Deep Residual Learning. Kaiming He, Xiangyu Zhang. In CVPR 2016.",
            "Kaiming He, Xiangyu Zhang",
            "Deep Residual Learning",
            2016,
        ),
        (
            "Deep contextualized word representations. Peters et al. NAACL 2018.",
            "Peters et al",
            "Deep contextualized word representations",
            2018,
        ),
    ],
)
def test_reference_styles_read_into_their_parts(
    line: str, names: str, title: str, year: int
) -> None:
    found = read_reference(line)
    assert found is not None
    assert (found.names, found.title, found.year) == (names, title, year)


@pytest.mark.parametrize(
    "line",
    [
        "Geoffrey Hinton. He is a professor. In 2018 he won the Turing Award.",  # prose
        'He said "this is a great result" in 2017.',  # a quote in prose
        'Our paper "Deep Nets for Graphs" was accepted at ICML 2020.',
        "We met many friends at NeurIPS 2017",  # a venue and a year, no names before them
        "Graph Networks, Message Passing, ICML 2017",  # title words, not names
        "Kaiming He and Jian Sun. Deep residual learning for image recognition",  # no tail
        "Introduction. We study deep learning. In this paper we show results.",
        # "Name: Phrase" is a title, not one author and a title
        "Pixel Recurrent: Neural networks for images. ICML 2016.",
        # a translation beside the title
        "Wang X, Li Y. 深度学习综述 Deep learning survey[J]. 计算机学报, 2020.",
    ],
)
def test_other_lines_are_not_references(line: str) -> None:
    assert read_reference(line) is None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('Ab. ,&(1920)[J]/"et al')), max_size=120))
def test_a_reference_title_is_part_of_its_line(text: str) -> None:
    found = read_reference(text)
    if found is not None:
        assert found.title in text
        assert found.names in text or found.names.rstrip(".") in text


PAGE = "\n".join(
    [
        "# Reading list",
        "",
        "- Ashish Vaswani, Noam Shazeer, Niki Parmar. 2017. Attention is all you need. In"
        " Advances in Neural Information Processing Systems.",
        "- Kaiming He, Xiangyu Zhang, Shaoqing Ren, and Jian Sun. Deep residual learning for"
        " image recognition. In CVPR, 2016.",
        "- Perozzi, B., Al-Rfou, R., & Skiena, S. (2014). DeepWalk: Online learning of social"
        " representations. In Proceedings of KDD.",
        "- Kingma et al. Auto-encoding variational bayes. ICLR 2014.",
    ]
)


def test_a_page_of_references_gives_its_papers_with_authors_venue_and_year() -> None:
    result = parse_digest(PAGE)
    got = {p.title: (p.authors, p.venue, p.year) for p in result.papers}
    assert got == {
        "Attention is all you need": (
            ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"],
            "NeurIPS",
            2017,
        ),
        "Deep residual learning for image recognition": (
            ["Kaiming He", "Xiangyu Zhang", "Shaoqing Ren", "Jian Sun"],
            "CVPR",
            2016,
        ),
        "DeepWalk: Online learning of social representations": (
            ["B. Perozzi", "R. Al-Rfou", "S. Skiena"],
            "KDD",
            2014,
        ),
        "Auto-encoding variational bayes": (["Kingma"], "ICLR", 2014),
    }


IEEE_PAGE = "\n".join(
    [
        "# 发表文章",
        "",
        "## 期刊论文",
        "",
        'X. Li, Y. Zhao and T. Chen, "一种面向联邦学习的安全聚合方法", *Neurocomputing*, 2024.',
        "",
        'S. Wu, Q. Sun and L. Zhou, "分布式优化中的鲁棒共识算法研究", *IEEE Transactions on'
        " Signal Processing*, vol. 66, no. 16, pp. 4193-4206, 2018年4月.",
        "",
        'H. Ding, Z. Gu and S. Wu, "用于语音检测的注意力残差网络", *Biomedical Signal Processing'
        " and Control*, Volume 70, 2021年9月. (通讯作者)",
    ]
)


def test_a_page_of_quoted_references_gives_its_papers() -> None:
    # the quoted titles alone, written in Chinese, are not titles enough for the model
    result = parse_digest(IEEE_PAGE)
    got = {p.title: (p.authors, p.year) for p in result.papers}
    assert got == {
        "一种面向联邦学习的安全聚合方法": (["X. Li", "Y. Zhao", "T. Chen"], 2024),
        "分布式优化中的鲁棒共识算法研究": (["S. Wu", "Q. Sun", "L. Zhou"], 2018),
        "用于语音检测的注意力残差网络": (["H. Ding", "Z. Gu", "S. Wu"], 2021),
    }


def test_a_page_of_title_first_references_gives_its_papers() -> None:
    page = "\n".join(
        [
            "### 2017",
            "- Attention Is All You Need, Vaswani et al., NeurIPS 2017",
            "- Convolutional Sequence to Sequence Learning, Gehring et al., ICML 2017",
            "### 2018",
            "- Deep contextualized word representations, Peters et al., NAACL 2018",
        ]
    )
    got = {p.title: (p.authors, p.venue, p.year) for p in parse_digest(page).papers}
    assert got == {
        "Attention Is All You Need": (["Vaswani"], "NeurIPS", 2017),
        "Convolutional Sequence to Sequence Learning": (["Gehring"], "ICML", 2017),
        "Deep contextualized word representations": (["Peters"], "NAACL", 2018),
    }


def test_one_reference_alone_is_left_to_the_model() -> None:
    # a single author-first line in prose is not a reference list
    one = "Notes\n\nGeoffrey Hinton and Yann LeCun. Deep learning for all. In 2015 they wrote it."
    assert [p.title for p in parse_digest(one).papers] == []


def test_a_surname_that_is_a_word_keeps_its_initials() -> None:
    from papercli.importers.names import parse_names

    # ... and Vancouver names ("Surname Initials") stay as the page writes them
    assert parse_names("He K, Zhang X, Ren S, et al") == ["He K", "Zhang X", "Ren S"]
    assert parse_names("Long J, Shelhamer E, Darrell T") == ["Long J", "Shelhamer E", "Darrell T"]


def test_an_award_name_run_into_its_names_is_no_part_of_them() -> None:
    line = (
        "Outstanding Paper Award on Applications of RL A. Moreau, T. Sen, and P. Stone: "
        "A Vision-based Agent for Racing Simulators. Link to paper."
    )
    found = read_reference(line)
    assert found is not None
    assert (found.names, found.title) == (
        "A. Moreau, T. Sen, and P. Stone",
        "A Vision-based Agent for Racing Simulators",
    )
    page = "\n\n".join(
        [
            "Announcing the RLC 2024 Outstanding Paper Awards",
            line,
            "This paper shows an agent that races well.",
            "Outstanding Paper Award on Empirical Methods K. Javed and R. S. Sutton: "
            "FastTD: A Quick Algorithm for Temporal Difference Learning. Link to paper.",
        ]
    )
    got = [(p.title, p.authors, p.venue, p.year) for p in parse_digest(page).papers]
    assert got == [
        (
            "A Vision-based Agent for Racing Simulators",
            ["A. Moreau", "T. Sen", "P. Stone"],
            "RLC",
            2024,
        ),
        (
            "FastTD: A Quick Algorithm for Temporal Difference Learning",
            ["K. Javed", "R. S. Sutton"],
            "RLC",
            2024,
        ),
    ]


def test_title_names_and_journal_lines_cite_a_paper_each() -> None:
    page = "\n".join(
        [
            "The 2016 Prominent Paper Award is awarded to the following two papers:",
            "Reasoning about defaults in layered preference graphs",
            "Maria Okafor",
            "181 (3–4), March 2012, Pages 210–244",
            "The committee praised its depth.",
            "Practical planning techniques for relational decision processes",
            "Lena Brandt and Tomas Keller",
            "Artificial Intelligence 180 (5–6), April 2012, Pages 748–788",
        ]
    )
    got = [(p.title, p.authors, p.year) for p in parse_digest(page).papers]
    assert got == [
        ("Reasoning about defaults in layered preference graphs", ["Maria Okafor"], 2012),
        (
            "Practical planning techniques for relational decision processes",
            ["Lena Brandt", "Tomas Keller"],
            2012,
        ),
    ]


def test_names_each_a_comma_part_then_the_title_is_a_reference() -> None:
    line = (
        "[1/14] Ana Ruiz, Tom Berg, Li Wen, Graph Routing Transformer. WWW 2020. "
        "https://arxiv.org/abs/2003.01332 (**Guest Lecture**)"
    )
    found = read_reference(line)
    assert found is not None
    assert (found.names, found.title, found.year) == (
        "Ana Ruiz, Tom Berg, Li Wen",
        "Graph Routing Transformer",
        2020,
    )
    commas = read_reference(
        "Peter W. Holt, Rex Ying, Learning to Simulate Fluids, Objects and Cloth, ICML 2020."
    )
    assert commas is not None and commas.title == "Learning to Simulate Fluids, Objects and Cloth"
    run_on = read_reference("Ana Ruiz, Tom Berg, C. Title Words. CVPR 2016.")
    assert run_on is None or run_on.title != "C. Title Words"


def test_one_whole_reference_on_a_page_of_notes_is_its_paper() -> None:
    text = (
        "1.1 Survey\n"
        "[1] Okafor, Ines, Lee Park, and Mira Olsen. “Sparse lattices.” Nature 621.7553 (2031):"
        " 436-444. [pdf] (A survey) :star::star::star:\n"
        "这篇综述介绍了稀疏格点的历史。\n"
        "作者认为它很重要。\n"
    )
    papers = parse_digest(text).papers
    assert [(p.title, p.authors, p.year) for p in papers] == [
        ("Sparse lattices", ["Ines Okafor", "Lee Park", "Mira Olsen"], 2031)
    ]


def test_surname_et_al_title_paper_link_lines_are_references() -> None:
    text = (
        "## 2031\n\n"
        "- Okafor et al. Sparse Lattice Priors for Video Matting."
        " [Paper link](https://arxiv.org/abs/3101.00011).\n"
        "    - Example code: [PyTorch](../examples/lattice)\n"
        "- Park and Gold. Counting Crowds with Density Tokens."
        " [Paper link](https://example.org/crowds).\n"
        "    - Example code: [PyTorch](../examples/crowds)\n"
        "- Berg et al. Learning to Relight Faces from Phone Videos."
        " [Paper link](https://example.org/relight.html).\n"
    )
    papers = parse_digest(text).papers
    assert [(p.title, p.authors) for p in papers] == [
        ("Sparse Lattice Priors for Video Matting", ["Okafor"]),
        ("Counting Crowds with Density Tokens", ["Park", "Gold"]),
        ("Learning to Relight Faces from Phone Videos", ["Berg"]),
    ]
