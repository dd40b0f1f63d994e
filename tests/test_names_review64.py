"""Names read in stop 64's pages: link labels in Korean and Japanese are no names."""

from __future__ import annotations

import pytest

from papercli.importers.names import parse_names


@pytest.mark.parametrize("label", ["논문 링크", "HF 페이지", "코드", "論文リンク", "원문 링크"])
def test_a_links_label_in_korean_or_japanese_is_no_name(label: str) -> None:
    assert parse_names(label) == []


def test_korean_names_stay_names() -> None:
    assert parse_names("김민수, 이지은") == ["김민수", "이지은"]
