"""Layouts of real pages read for errors in stop 31, written afresh as small cases."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def test_a_title_run_into_chinese_prose_after_a_plain_comma_is_read() -> None:
    page = (
        "纸牌游戏论文评审前十名\n\n"
        "以下是前十名论文的部分信息:\n\n"
        "  • 第一名是这篇:Counting Cribbage Hands with Learned Lookup Tables,"
        "作者来自某某大学和另一所大学。\n\n"
        "  • 论文地址:https://example.org/cribbage\n"
    )
    assert [p["title"] for p in _papers(page)] == [
        "Counting Cribbage Hands with Learned Lookup Tables"
    ]
