"""History (issue 9, item 18): ``undo --list``, ``redo``, and ``restore`` naming the change
each backup was taken before."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import Result

from papercli import core
from papercli.errors import PapercliError
from papercli.model import Paper
from papercli.query import Filters

Cli = Callable[..., Result]


def snapshot(db: Path) -> list[dict[str, Any]]:
    return [p.to_dict() for p in core.list_papers(db, Filters(), sort="id")]


def _random_change(db: Path, rng: random.Random, number: int) -> None:
    papers = core.list_papers(db, Filters(), sort="id")
    choice = rng.choice(
        ["add", "add", "tag", "mark", "note", "remove", "edit"] if papers else ["add"]
    )
    if choice == "add":
        core.add_paper(db, Paper(title=f"Paper number {number} on topic {rng.random():.6f}"))
        return
    paper = rng.choice(papers)
    if choice == "tag":
        core.tag_paper(db, str(paper.id), add=[f"t{rng.randint(1, 3)}"], remove=[])
    elif choice == "mark":
        core.set_status(db, [str(paper.id)], rng.choice(["read", "reading", "unread"]))
    elif choice == "note":
        core.add_note(db, str(paper.id), f"note {number}")
    elif choice == "edit":
        core.edit_paper(db, str(paper.id), {"priority": rng.randint(0, 5)})
    else:
        core.remove_papers(db, [paper.id])


@pytest.mark.parametrize("seed", range(6))
def test_undo_and_redo_walk_back_and_forth_through_the_states(
    library_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    states = [snapshot(library_path)]
    for number in range(12):
        _random_change(library_path, rng, number)
        if snapshot(library_path) != states[-1]:
            states.append(snapshot(library_path))
    back = rng.randint(1, len(states) - 1)
    for step in range(1, back + 1):
        core.undo_last(library_path)
        assert snapshot(library_path) == states[-1 - step]
    forward = rng.randint(1, back)
    for step in range(forward):
        core.redo_last(library_path)
        assert snapshot(library_path) == states[-back + step]
    # A new change ends what could be redone, and is itself undone as usual.
    position = snapshot(library_path)
    core.add_paper(library_path, Paper(title="A brand new change"))
    with pytest.raises(PapercliError, match="nothing to redo"):
        core.redo_last(library_path)
    core.undo_last(library_path)
    assert snapshot(library_path) == position


def test_redo_and_undo_list_from_the_command_line(cli: Cli) -> None:
    assert cli("redo").exit_code == 1
    cli("add", "First paper")
    cli("add", "Second paper")
    cli("tag", "2", "later")
    listing = cli("undo", "--list", "--json").json()
    assert [c["label"] for c in listing["undo"]] == [
        "tag #2 later",
        "add #2 Second paper",
        "add #1 First paper",
    ]
    assert [c["number"] for c in listing["undo"]] == [1, 2, 3]
    assert listing["redo"] == []
    assert "Undid: tag #2 later" in cli("undo").stderr
    assert "Undid: add #2 Second paper" in cli("undo").stderr
    assert [p["title"] for p in cli("list", "--json").json()] == ["First paper"]
    table = cli("undo", "--list")
    assert table.stdout.splitlines()[0].endswith("add #1 First paper")
    assert "'papercli redo' re-applies: add #2 Second paper" in table.stderr
    redone = cli("redo")
    assert redone.exit_code == 0 and "Redid: add #2 Second paper" in redone.stderr
    assert cli("show", "2", "--json").json()["tags"] == []
    assert "Redid: tag #2 later" in cli("redo").stderr
    assert cli("show", "2", "--json").json()["tags"] == ["later"]
    nothing = cli("redo")
    assert nothing.exit_code == 1 and "nothing to redo" in nothing.stderr
    assert cli("undo", "--list", "--format", "jsonl").stdout.count("\n") == 3


def test_a_new_change_clears_redo(cli: Cli) -> None:
    cli("add", "One")
    cli("tag", "1", "a")
    cli("undo")
    cli("tag", "1", "b")
    result = cli("redo")
    assert result.exit_code == 1
    assert cli("show", "1", "--json").json()["tags"] == ["b"]
    assert cli("undo", "--list", "--json").json()["redo"] == []


def test_undo_and_redo_of_an_import_keep_the_ids(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "batch.json"
    source.write_text(json.dumps([{"title": "Alpha paper"}, {"title": "Beta paper"}]), "utf-8")
    cli("import", str(source))
    before = cli("list", "--json").json()
    cli("undo")
    assert cli("list", "--json").json() == []
    cli("redo")
    assert cli("list", "--json").json() == before
    assert cli("add", "Gamma paper", "--json").json()["id"] == 3


def test_restore_lists_the_change_each_backup_comes_before(cli: Cli) -> None:
    cli("add", "Kept paper")
    cli("tag", "1", "x")
    cli("remove", "1", "--yes")
    cli("undo")
    cli("redo")

    def befores() -> list[str | None]:
        listing = cli("restore", "--json")
        assert listing.exit_code == 0
        return [b["before_change"] for b in listing.json()]

    assert befores()[:4] == ["redo of remove #1", "undo of remove #1", "remove #1", "tag #1 x"]
    table = cli("restore").stdout.splitlines()
    assert table[0].endswith("(before: redo of remove #1)")
    assert table[2].endswith("(before: remove #1)")
    # Restoring the backup taken before the tag takes the tag (and what followed) back.
    number = befores().index("tag #1 x") + 1
    assert cli("restore", str(number)).exit_code == 0
    assert cli("show", "1", "--json").json()["tags"] == []
    assert befores()[0] == "a restore"


def test_a_malformed_redo_journal_is_reported(cli: Cli, library_path: Path) -> None:
    cli("add", "One")
    cli("undo")
    data = json.loads(library_path.read_text(encoding="utf-8"))
    assert data["redo"]
    data["redo"] = {"1": {"label": 5}}
    library_path.write_text(json.dumps(data), encoding="utf-8")
    result = cli("list")
    assert result.exit_code == 1
    assert "malformed undo journal entry" in result.stderr
