"""BibTeX entries pasted into a digest page are read whole by the BibTeX reader; a JSON or
JavaScript data file's records are read as fields."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from papercli.importers.digest import parse_digest
from papercli.importers.digest.embedded import data_fields, take_bibtex

ENTRIES = """@inproceedings{vaswani2017attention,
  title={Attention is all you need},
  author={Vaswani, Ashish and Shazeer, Noam and Parmar, Niki},
  booktitle={Advances in Neural Information Processing Systems},
  year={2017}
}
@article{he2016deep,
  title={Deep residual learning for {ImageNet} recognition},
  author={He, Kaiming and Zhang, Xiangyu},
  journal={CVPR},
  year={2016}
}"""


def test_entries_are_taken_out_and_line_numbers_kept() -> None:
    page = "# Cite these\n\n```\n" + ENTRIES + "\n```\nThanks for reading.\n"
    rest, entries = take_bibtex(page)
    assert [e.split("{", 1)[1].split(",", 1)[0] for e in entries] == [
        "vaswani2017attention",
        "he2016deep",
    ]
    assert entries[1].endswith("year={2016}\n}")  # nested braces stay inside the entry
    assert rest.count("\n") == page.count("\n")
    assert "title=" not in rest and rest.endswith("```\nThanks for reading.\n")


def test_an_unclosed_entry_is_left_in_the_text() -> None:
    page = "Notes\n@misc{broken,\n  title={Never closed\n"
    assert take_bibtex(page) == (page, [])


def test_an_at_sign_in_prose_is_not_an_entry() -> None:
    page = "Write to me @article{not at a line start} or see @misc below.\n"
    assert take_bibtex(page) == (page, [])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("@misc{}()\n ,=ab")), max_size=200))
def test_taking_entries_keeps_every_line(text: str) -> None:
    rest, entries = take_bibtex(text)
    assert rest.count("\n") == text.count("\n")
    assert all(entry.lstrip(" \t>").startswith("@") for entry in entries)


def test_a_page_with_bibtex_gives_the_entries_papers_with_the_page_links() -> None:
    page = (
        "# Reading list\n\n"
        "- [Attention is all you need](https://arxiv.org/abs/1706.03762)\n\n"
        "```bibtex\n" + ENTRIES + "\n```\n"
    )
    result = parse_digest(page, "list.md")
    got = {p.title: p for p in result.papers}
    assert set(got) == {
        "Attention is all you need",
        "Deep residual learning for ImageNet recognition",
    }
    attention = got["Attention is all you need"]
    assert attention.authors == ["Ashish Vaswani", "Noam Shazeer", "Niki Parmar"]
    assert (attention.venue, attention.year, attention.arxiv_id) == ("NeurIPS", 2017, "1706.03762")
    assert result.confidence_of(attention) == 1.0
    assert all(p.source == "list.md" for p in result.papers)


CITED = [
    r"A. Rossi, B. Chen, and C. Dube, \"Graph Pooling by Learned Coarsening,\""
    r" arXiv:2101.00101 [cs.LG], Jan. 2021.",
    r"D. Erikson, et al., \"Tiny Recurrent Memories for Long Sequences,\""
    r" arXiv:1905.01234v2 [cs.LG], May 2019.",
    r"F. Gallo, G. Ho, and H. Ito, \"Self-Training for Sparse Labels,\""
    r" arXiv:2003.04321 [stat.ML], Mar. 2020.",
]
DATA_FILE = (
    'papers = {"data":\n    [\n        // {"citation":"TEMPLATE", "readon":""},\n'
    + "".join(
        f'        {{"citation":"{cited}", "readon":"{k}/2/22"}},\n'
        for k, cited in enumerate(CITED, start=1)
    )
    + "    ]\n}\n"
)


def test_data_fields_write_each_pair_as_a_field_line_unescaped() -> None:
    lines = data_fields(DATA_FILE).split("\n")
    # (a citation's line is the reference alone, as a reference list writes it)
    assert 'D. Erikson, et al., "Tiny Recurrent Memories for Long Sequences,"' in lines[5]
    assert "readon: 2/2/22" in lines
    assert data_fields('Title\n\nA line with "quotes" and : colons\n') == (
        'Title\n\nA line with "quotes" and : colons\n'
    )


def test_a_data_file_of_citations_gives_their_papers() -> None:
    papers = parse_digest(DATA_FILE).papers
    assert [(p.title, p.arxiv_id) for p in papers] == [
        ("Graph Pooling by Learned Coarsening", "2101.00101"),
        ("Tiny Recurrent Memories for Long Sequences", "1905.01234"),
        ("Self-Training for Sparse Labels", "2003.04321"),
    ]
    assert papers[0].authors == ["A. Rossi", "B. Chen", "C. Dube"]
