"""Conventions shared by real pages read for errors in stop 66, written afresh with made-up
titles and names."""

from __future__ import annotations

from typing import Any

from papercli.importers.digest import parse_digest


def _papers(text: str) -> list[dict[str, Any]]:
    return [p.to_dict() for p in parse_digest(text).papers]


def _by_title(text: str) -> dict[str, dict[str, Any]]:
    return {p["title"]: p for p in _papers(text)}


# a reading group's archive: each session named by its paper's quoted title, linked to the
# session's recording
_SESSIONS = """# Lantern Reading Group

Every Friday we discuss one paper. Previous sessions:

- [\\[June 11th 2021\\] "Quiet Replay for Online Continual Learning"](https://www.youtube.com/watch?v=aaaaaaaaaaa)
- [\\[June 4th 2021\\] "Recurrent Nets Forget Slowly: an Empirical Study"](https://www.youtube.com/watch?v=bbbbbbbbbbb)
- [\\[May 21st 2021\\] “Class-Incremental Learning with Bramble Classifiers”](https://www.youtube.com/watch?v=ccccccccccc)
- [\\[May 14th 2021\\] "Measuring Forgetting in Visual Question Answering"](https://youtu.be/ddddddddddd)
"""


def test_a_sessions_quoted_paper_title_linked_to_its_recording_is_a_paper() -> None:
    assert sorted(_by_title(_SESSIONS)) == [
        "Class-Incremental Learning with Bramble Classifiers",
        "Measuring Forgetting in Visual Question Answering",
        "Quiet Replay for Online Continual Learning",
        "Recurrent Nets Forget Slowly: an Empirical Study",
    ]


def test_a_lecture_linked_to_its_recording_is_still_no_paper() -> None:
    text = (
        "# Course videos\n\n"
        "- [Lecture 1: Introduction and Logistics](https://www.youtube.com/watch?v=eeeeeeeeeee)\n"
        "- [Lecture 2: Backpropagation by Hand](https://www.youtube.com/watch?v=fffffffffff)\n"
        "- [Paper Explanation](https://www.youtube.com/watch?v=ggggggggggg)\n"
    )
    assert _papers(text) == []
