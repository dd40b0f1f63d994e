"""Layouts of real pages read for errors in stop 35, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def _titles(text: str) -> list[str]:
    return [p["title"] for p in _papers(text)]


def test_a_citation_label_linked_before_a_quoted_title_is_no_second_paper() -> None:
    page = (
        "# Reading circle\n\n"
        "Each group presents one of these articles about card games:\n"
        '- [Moss et al, Cribbage Review 2013](moss.pdf): "Pegging failure: why small hands '
        'undermine the reliability of scoring". 5 presenters.\n'
        '- [Rowe, Card Science 2022](rowe.pdf): "Logistic analysis of discard data: A primer". '
        "Until Figure 4 only.\n"
        '- [Lund & Crane, eCards 2019](lund.pdf): "Estimation for Better Inference in '
        'Cribbage". 4 presenters.\n'
        '- [Hollis et al, eGames 2020](hollis.pdf): "A flexible framework for simulating and '
        'fitting generalized pegging models". Until page 7 only.\n'
    )
    assert _titles(page) == [
        "Pegging failure: why small hands undermine the reliability of scoring",
        "Logistic analysis of discard data: A primer",
        "Estimation for Better Inference in Cribbage",
        "A flexible framework for simulating and fitting generalized pegging models",
    ]
