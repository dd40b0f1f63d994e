"""Conventions shared by real pages read for errors in stop 64, written afresh with made-up
titles and names."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def _by_title(text: str) -> dict[str, dict[str, Any]]:
    return {p["title"]: p for p in _papers(text)}


def _table(*rows: list[str]) -> str:
    return "".join("| " + " | ".join(row) + " |\n" for row in rows)


# a seminar schedule: "Papers to present" spans three headerless columns, one paper each
_PRESENTED = _table(
    ["Date", "Topics (tentative)", "Papers to present", "", "", "Review"],
    ["-", "-", "-", "-", "-", "-"],
    ["", "", "Paper 1", "Paper 2", "Paper 3", ""],
    [
        "9/2",
        "Efficient training",
        "[Lantern: Tensor Paging for Sparse Trainers](https://dl.acm.org/doi/10.1145/3373376.3370001)",
        "[Early Sprouts: Finding Lottery Seeds Before Training](https://openreview.net/forum?id=AbCdEfGhIj)",
        "[Quickstep: Rapid Retraining of Linear Learners](https://example.org/quickstep.html)",
        "[form](https://forms.gle/AbCdEf123)",
    ],
    [
        "9/9",
        "Graph training",
        "[Bramble: A Library for Deep Learning on Graphs](https://arxiv.org/abs/1909.01111)",
        "[Sampler Saint: Subgraph Sampling for Inductive Graphs](https://arxiv.org/pdf/1907.02222.pdf)",
        "[Grove: A Platform for Graph Networks at Scale](http://example.org/grove.pdf)",
        "[form](https://forms.gle/XyZ987)",
    ],
)


def test_each_paper_of_a_row_under_a_spanning_papers_header_is_found_with_its_own_links() -> None:
    found = _by_title(_PRESENTED)
    assert len(found) == 6
    lantern = found["Lantern: Tensor Paging for Sparse Trainers"]
    sprouts = found["Early Sprouts: Finding Lottery Seeds Before Training"]
    quickstep = found["Quickstep: Rapid Retraining of Linear Learners"]
    assert lantern["doi"] == "10.1145/3373376.3370001" and lantern["openreview_id"] is None
    assert sprouts["openreview_id"] == "AbCdEfGhIj" and sprouts["doi"] is None
    assert quickstep["openreview_id"] is None and quickstep["doi"] is None
    grove = found["Grove: A Platform for Graph Networks at Scale"]
    assert grove["arxiv_id"] is None and grove["pdf_url"] == "http://example.org/grove.pdf"


_REVIEWED = _table(
    ["Date", "Paper", "Review"],
    ["-", "-", "-"],
    [
        "9/2",
        "[Lantern: Tensor Paging for Sparse Trainers](http://example.org/lantern.pdf)",
        "[form](https://forms.gle/AbCdEf123)",
    ],
    [
        "9/9",
        "[Grove: A Platform for Graph Networks at Scale](http://example.org/grove.pdf)",
        "[form](https://docs.google.com/forms/d/e/1FAIpQL/viewform)",
    ],
)


def test_a_review_form_beside_a_paper_is_never_its_address() -> None:
    found = _by_title(_REVIEWED)
    assert found["Lantern: Tensor Paging for Sparse Trainers"]["url"] == (
        "http://example.org/lantern.pdf"
    )
    assert found["Grove: A Platform for Graph Networks at Scale"]["url"] == (
        "http://example.org/grove.pdf"
    )


def test_a_topics_column_with_a_remark_in_brackets_names_each_rows_topic() -> None:
    found = _by_title(_PRESENTED)
    assert found["Quickstep: Rapid Retraining of Linear Learners"]["topics"] == [
        "Efficient training"
    ]
    assert found["Grove: A Platform for Graph Networks at Scale"]["topics"] == ["Graph training"]


# a schedule whose cells number their papers, one per <br/>: three in one cell is no list
# run onto a line, and the rows below stay rows
_NUMBERED_CELLS = _table(
    ["Week", "Topics", "Papers", "Notes"],
    ["-", "-", "-", "-"],
    [
        "5",
        "Poisoning",
        "1. Quiet Poison: Attacks on Byzantine-Robust Averaging <br/> "
        "2. (Optional) Trust Anchors: Robust Federated Learning via Bootstrapped Trust",
        "Speakers: A. Person",
    ],
    [
        "6",
        "Certified defenses",
        "1. Bagged Guarantees: Certified Robustness of Ensembles to Poisoning <br/> "
        "2. (Optional) Nearest Shields: Certified Robustness of Neighbour Votes <br/> "
        "3. (Optional) Certified Fences for Poisoned Training Sets",
        "Speakers: B. Person",
    ],
    [
        "6",
        "Backdoors",
        "1. Hidden Doors: Identifying Vulnerabilities in the Model Supply Chain <br/> "
        "2. (Optional) Trojan Lanterns: Trigger Attacks on Neural Networks",
        "Speakers: C. Person",
    ],
    ["7", "Privacy", "1. Member Echoes: Inference Attacks against Trained Classifiers", ""],
)


def test_three_numbered_papers_in_one_cell_leave_the_table_whole() -> None:
    found = _by_title(_NUMBERED_CELLS)
    assert "Certified Fences for Poisoned Training Sets" in found
    assert "Hidden Doors: Identifying Vulnerabilities in the Model Supply Chain" in found
    assert "Trojan Lanterns: Trigger Attacks on Neural Networks" in found
    member = found["Member Echoes: Inference Attacks against Trained Classifiers"]
    assert member["topics"] == ["Privacy"]
    assert len(found) == 8
