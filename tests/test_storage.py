"""Unit tests of the library file itself: atomic writes, backups, the undo journal, the lock,
reading a missing or malformed file, and migrations."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from papercli import storage
from papercli.errors import LibraryError, LibraryLocked, PapercliError
from papercli.model import Paper
from papercli.storage import (
    BACKUP_COUNT,
    MIGRATIONS,
    SCHEMA_VERSION,
    UNDO_LEVELS,
    backup_dir,
    library_lock,
    list_backups,
    migrate,
    open_library,
    read_tables,
    restore_backup,
    schema_version,
    write_atomically,
    writing,
)


def add(path: Path, *titles: str) -> list[int]:
    """Add papers through the storage API (one change); their new ids."""
    with writing(path) as library:
        papers = library.insert([Paper(title=t) for t in titles])
        library.label = "add " + ", ".join(titles)
    return [p.id for p in papers]


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def titles(path: Path) -> list[str]:
    return [p.title for p in open_library(path).papers()]


# ---------------------------------------------------------------------------------------------
# Atomic writes


def test_atomic_write_replaces_the_file_and_leaves_no_temp_file(library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    write_atomically(library_path, b'{"a": 1}')
    write_atomically(library_path, b'{"a": 2}')
    assert library_path.read_bytes() == b'{"a": 2}'
    assert temp_files(library_path.parent) == []


def test_a_write_through_writing_leaves_only_file_lock_and_backups(library_path: Path) -> None:
    add(library_path, "First")
    add(library_path, "Second")
    names = sorted(p.name for p in library_path.parent.iterdir())
    assert names == ["library.json", "library.json.backups", "library.json.lock"]


def test_stale_temp_file_of_a_killed_writer_is_removed_by_the_next_write(
    library_path: Path,
) -> None:
    add(library_path, "First")
    stale = library_path.with_name(f".{library_path.name}.99999999.tmp")
    stale.write_bytes(b'{"half": ')
    add(library_path, "Second")
    assert not stale.exists()
    assert titles(library_path) == ["First", "Second"]


def test_failed_write_leaves_no_temp_file_and_keeps_the_old_file(library_path: Path) -> None:
    """A write that fails half-way (file size limit: EFBIG) changes nothing, in a subprocess."""
    add(library_path, "Kept")
    before = library_path.read_bytes()
    script = (
        "import resource, sys\n"
        "from pathlib import Path\n"
        "from papercli.storage import write_atomically\n"
        "from papercli.errors import LibraryError\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (64, 64))\n"
        "try:\n"
        "    write_atomically(Path(sys.argv[1]), b'x' * 100_000)\n"
        "except LibraryError as exc:\n"
        "    print(exc.message)\n"
        "    sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(library_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3, result
    assert "could not write library" in result.stdout
    assert "nothing was changed" in result.stdout
    assert library_path.read_bytes() == before
    assert temp_files(library_path.parent) == []


# ---------------------------------------------------------------------------------------------
# Backups


def test_each_write_keeps_the_previous_version_as_a_hard_linked_backup(
    library_path: Path,
) -> None:
    add(library_path, "First")
    previous_bytes = library_path.read_bytes()
    previous_inode = library_path.stat().st_ino
    add(library_path, "Second")
    newest = list_backups(library_path)[0]
    assert newest.path.read_bytes() == previous_bytes
    assert newest.path.stat().st_ino == previous_inode  # a hard link, not a copy
    assert newest.size == len(previous_bytes)


def test_backups_are_rotated_to_a_bounded_number(library_path: Path) -> None:
    for number in range(BACKUP_COUNT + 6):
        add(library_path, f"Paper number {number}")
    kept = list_backups(library_path)
    assert len(kept) == BACKUP_COUNT
    assert len(list(backup_dir(library_path).iterdir())) == BACKUP_COUNT
    # newest first: the newest backup is the library before the last add
    newest = json.loads(kept[0].path.read_bytes())
    assert len(newest["papers"]) == BACKUP_COUNT + 5
    oldest = json.loads(kept[-1].path.read_bytes())
    assert len(oldest["papers"]) == 6


def test_restore_backup_brings_back_the_old_version_and_keeps_the_current(
    library_path: Path,
) -> None:
    add(library_path, "First")
    add(library_path, "Second")
    current = library_path.read_bytes()
    count = restore_backup(library_path, list_backups(library_path)[0].path)
    assert count == 1
    assert titles(library_path) == ["First"]
    assert list_backups(library_path)[0].path.read_bytes() == current


def test_restore_backup_over_a_corrupt_library(library_path: Path) -> None:
    add(library_path, "First")
    add(library_path, "Second")
    library_path.write_bytes(b'{"meta": {"1": ')
    with pytest.raises(LibraryError):
        open_library(library_path)
    restore_backup(library_path, list_backups(library_path)[0].path)
    assert titles(library_path) == ["First"]
    # the corrupt file was kept too, in case it is the only copy of something
    assert list_backups(library_path)[0].path.read_bytes() == b'{"meta": {"1": '


def test_restoring_a_damaged_or_vanished_backup_is_refused_cleanly(library_path: Path) -> None:
    add(library_path, "First")
    add(library_path, "Second")
    current = library_path.read_bytes()
    backup = list_backups(library_path)[0].path
    backup.unlink()
    backup.write_bytes(b"{ damaged")
    with pytest.raises(LibraryError, match="unreadable or damaged") as info:
        restore_backup(library_path, backup)
    assert f"papercli --db {library_path} restore" in info.value.message
    backup.unlink()
    with pytest.raises(LibraryError, match="no longer exists"):
        restore_backup(library_path, backup)
    assert library_path.read_bytes() == current


def test_a_private_library_stays_private(library_path: Path) -> None:
    add(library_path, "First")
    library_path.chmod(0o600)
    add(library_path, "Second")
    assert library_path.stat().st_mode & 0o777 == 0o600


def test_a_symlinked_library_stays_a_symlink(tmp_path: Path, library_path: Path) -> None:
    """A library kept elsewhere (a synced folder, say) and linked in: writes go to the target,
    next to which the lock, the temp file and the backups live."""
    elsewhere = tmp_path / "synced" / "real-library.json"
    add(elsewhere, "First")
    library_path.parent.mkdir(parents=True)
    library_path.symlink_to(elsewhere)
    add(library_path, "Second")
    assert library_path.is_symlink()
    assert titles(elsewhere) == ["First", "Second"]
    assert list_backups(library_path) == list_backups(elsewhere)
    assert len(list_backups(elsewhere)) == 1
    assert sorted(p.name for p in library_path.parent.iterdir()) == ["library.json"]


# ---------------------------------------------------------------------------------------------
# The undo journal


def test_undo_journal_is_capped_at_undo_levels(library_path: Path) -> None:
    changes = UNDO_LEVELS + 7
    for number in range(changes):
        add(library_path, f"Paper number {number}")
    entries = open_library(library_path).undo_entries()
    assert len(entries) == UNDO_LEVELS
    assert entries[0]["label"] == "add Paper number 7"
    assert entries[-1]["label"] == f"add Paper number {changes - 1}"
    for _ in range(UNDO_LEVELS):
        with writing(library_path, journal=False) as library:
            library.undo()
    assert len(titles(library_path)) == 7
    with (
        pytest.raises(PapercliError, match="nothing to undo"),
        writing(library_path, journal=False) as library,
    ):
        library.undo()


def test_undo_reverts_insert_update_and_delete(library_path: Path) -> None:
    ids = add(library_path, "One", "Two")
    with writing(library_path) as library:
        paper = library.get(ids[0])
        assert paper is not None
        paper.tags = ["x"]
        library.update([paper])
        library.delete([ids[1]])
        library.label = "tag and remove"
    assert titles(library_path) == ["One"]
    with writing(library_path, journal=False) as library:
        assert library.undo() == "tag and remove"
    restored = open_library(library_path)
    assert [(p.id, p.title, p.tags) for p in restored.papers()] == [
        (ids[0], "One", []),
        (ids[1], "Two", []),
    ]


def test_a_failed_change_writes_nothing(library_path: Path) -> None:
    add(library_path, "Kept")
    before = library_path.read_bytes()
    with pytest.raises(RuntimeError), writing(library_path) as library:
        library.insert([Paper(title="Lost")])
        raise RuntimeError("boom")
    assert library_path.read_bytes() == before


def test_ids_are_never_reused_even_after_remove_and_undo(library_path: Path) -> None:
    assert add(library_path, "A", "B", "C") == [1, 2, 3]
    with writing(library_path) as library:
        library.delete([3])
    assert add(library_path, "D") == [4]
    with writing(library_path, journal=False) as library:
        library.undo()  # drops D again
    assert add(library_path, "E") == [5]


# ---------------------------------------------------------------------------------------------
# Missing files


def test_reading_a_missing_library_creates_nothing(library_path: Path) -> None:
    assert read_tables(library_path) is None
    library = open_library(library_path)
    assert library.papers() == []
    assert len(library) == 0
    assert list_backups(library_path) == []
    assert not library_path.parent.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--json"],
        ["list", "--format", "jsonl"],
        ["search", "anything", "--json"],
        ["tags", "--json"],
        ["next", "--json"],
        ["export"],
        ["restore", "--json"],
    ],
)
def test_reading_commands_on_a_missing_library_print_empty_and_create_nothing(
    cli: Callable[..., Any],
    library_path: Path,
    args: list[str],
) -> None:
    result = cli(*args)
    assert result.exit_code == 0, result
    assert result.stdout.strip() in ("[]", "")
    if "--json" in args or args == ["export"]:
        assert result.json() == []
    assert not library_path.parent.exists()


def test_stats_and_show_on_a_missing_library_create_nothing(
    cli: Callable[..., Any],
    library_path: Path,
) -> None:
    stats = cli("stats", "--json")
    assert stats.exit_code == 0, stats
    assert stats.json()["total"] == 0
    show = cli("show", "1")
    assert show.exit_code == 1
    assert "no paper with id 1" in show.stderr
    undo = cli("undo")
    assert undo.exit_code == 1
    assert "nothing to undo" in undo.stderr
    assert not library_path.parent.exists()


# ---------------------------------------------------------------------------------------------
# The lock


def test_lock_times_out_with_library_locked(library_path: Path) -> None:
    with (
        library_lock(library_path),
        pytest.raises(LibraryLocked, match="locked by another papercli process"),
        library_lock(library_path, timeout=0.2),
    ):
        pass
    with library_lock(library_path, timeout=0.2):  # released again
        pass


def test_lock_in_an_impossible_folder_is_a_library_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with (
        pytest.raises(LibraryError, match="cannot create lock file"),
        library_lock(blocker / "library.json", timeout=0.2),
    ):
        pass


# ---------------------------------------------------------------------------------------------
# Malformed files and migrations


def write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data))


GOOD_META = {"1": {"schema_version": 1, "next_id": 2}}


@pytest.mark.parametrize(
    "data, problem",
    [
        ([], "holds a JSON list"),
        ({"papers": 5}, "table 'papers' that is not an object"),
        ({"meta": GOOD_META, "papers": {"1": {"authors": []}}}, "paper 1 that has no title"),
        ({"meta": GOOD_META, "papers": {"1": {"title": "  "}}}, "paper 1 that has no title"),
        ({"meta": GOOD_META, "papers": {"x": {"title": "T"}}}, "malformed paper record 'x'"),
        ({"meta": GOOD_META, "papers": {"²": {"title": "T"}}}, "malformed paper record '²'"),
        ({"meta": GOOD_META, "papers": {"01": {"title": "T"}}}, "malformed paper record '01'"),
        ({"_default": {"²": {"title": "T"}}}, "malformed paper record '²'"),
        ({"meta": GOOD_META, "papers": {"1": 5}}, "paper 1 that is a JSON int"),
        ({"meta": GOOD_META, "papers": {"1": {"title": "T", "tags": 5}}}, "bad 'tags' value"),
        ({"meta": GOOD_META, "papers": {"1": {"title": "T", "year": "x"}}}, "bad 'year' value"),
        ({"meta": GOOD_META, "papers": {"1": {"title": "T", "status": "?"}}}, "bad 'status' value"),
        ({"meta": GOOD_META, "papers": {}, "undo": {"1": 5}}, "malformed undo journal entry"),
        ({"meta": {"1": {"schema_version": 1, "next_id": "x"}}}, "malformed meta record"),
        ({"meta": {"1": {"schema_version": -1}}}, "invalid schema version"),
        ({"meta": {"1": {"schema_version": "1"}}}, "invalid schema version"),
        ({"_default": {"1": {"foo": "bar"}}}, "paper 1 that has no title"),
        ({"_default": {"a": {"title": "T"}}}, "malformed paper record 'a'"),
        # A bad value in a record shaped like a good one before it (same keys, same value types).
        (
            {
                "meta": GOOD_META,
                "papers": {"1": {"title": "T", "tags": ["a"]}, "2": {"title": " ", "tags": ["b"]}},
            },
            "paper 2 that has no",
        ),
        (
            {
                "meta": GOOD_META,
                "papers": {"1": {"title": "T", "tags": ["a"]}, "2": {"title": "U", "tags": [5]}},
            },
            "paper 2 that has a bad",
        ),
        (
            {
                "meta": GOOD_META,
                "papers": {
                    "1": {"title": "T", "status": "read"},
                    "2": {"title": "U", "status": "?"},
                },
            },
            "paper 2 that has a bad",
        ),
        (
            {"meta": GOOD_META, "papers": {"1": {"title": "T"}, "02": {"title": "U"}}},
            "malformed paper record '02'",
        ),
    ],
)
def test_malformed_files_are_refused_with_a_way_back(
    library_path: Path,
    data: Any,
    problem: str,
) -> None:
    write_json(library_path, data)
    with pytest.raises(LibraryError) as info:
        read_tables(library_path)
    assert problem in info.value.message
    assert str(library_path) in info.value.message
    assert "restore" in info.value.message


def test_newer_schema_is_refused(library_path: Path) -> None:
    write_json(library_path, {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}})
    with pytest.raises(LibraryError, match="schema version") as info:
        read_tables(library_path)
    assert "upgrade papercli" in info.value.message.lower()
    assert "restore" in info.value.message


def test_unknown_fields_and_tables_are_kept(library_path: Path) -> None:
    """A file written by a newer papercli of the same schema keeps what it does not know."""
    write_json(
        library_path,
        {
            "meta": GOOD_META,
            "papers": {"1": {"title": "T", "future_field": {"x": 1}}},
            "undo": {},
            "extra_table": {"1": {"k": "v"}},
        },
    )
    add(library_path, "New")
    data = json.loads(library_path.read_text())
    assert data["papers"]["1"]["future_field"] == {"x": 1}
    assert data["extra_table"] == {"1": {"k": "v"}}


def test_migrations_are_named_and_cover_every_version() -> None:
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION + 1))
    assert MIGRATIONS[1][0] == "adopt_plain_tinydb"


def test_adopt_plain_tinydb_migration() -> None:
    plain = {"_default": {"1": {"title": "A"}, "4": {"title": "B"}}}
    assert schema_version(plain) == 0
    migrated = migrate(plain)
    assert schema_version(migrated) == SCHEMA_VERSION
    # Migration 2 (add_citation_keys) then gives each paper its stored citation key.
    assert migrated["papers"] == {
        "1": {"title": "A", "key": "anon"},
        "4": {"title": "B", "key": "anonb"},
    }
    assert migrated["meta"]["1"]["next_id"] == 5
    assert "_default" not in migrated


def test_a_plain_tinydb_file_opens_and_is_migrated_on_write(library_path: Path) -> None:
    from tinydb import TinyDB

    library_path.parent.mkdir(parents=True)
    with TinyDB(library_path) as db:
        db.insert({"title": "Old paper", "authors": ["Ada Lovelace"], "year": 1843})
        db.insert({"title": "Another old one"})
    library = open_library(library_path)
    assert [(p.id, p.title, p.year, p.tags) for p in library.papers()] == [
        (1, "Old paper", 1843, []),
        (2, "Another old one", None, []),
    ]
    assert add(library_path, "New paper") == [3]
    data = json.loads(library_path.read_text())
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert set(data["papers"]) == {"1", "2", "3"}
    assert "_default" not in data
    # the untouched plain file was kept as a backup
    backup = json.loads(list_backups(library_path)[0].path.read_text())
    assert set(backup) == {"_default"}


def test_paper_from_record_fills_missing_fields_with_defaults() -> None:
    paper = storage.paper_from_record("7", {"title": "T"})
    assert paper.to_dict() == {**Paper(title="T").to_dict(), "id": 7}


def test_unreadable_special_file_is_a_clean_error(tmp_path: Path) -> None:
    """A socket where the library should be: open() fails with ENXIO (works even as root)."""
    import socket

    path = tmp_path / "library.json"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(path))
        with pytest.raises(LibraryError, match="cannot be read") as info:
            read_tables(path)
        assert "restore" in info.value.message
    finally:
        sock.close()
    os.unlink(path)


# ---------------------------------------------------------------------------------------------
# The load cache


def _big_library(path: Path, count: int = 600) -> None:
    """A library large enough to be cached (over CACHE_MIN_BYTES)."""
    from papercli.storage import CACHE_MIN_BYTES, writing

    with writing(path) as library:
        library.insert([Paper(title=f"Paper number {i}", abstract="x" * 500) for i in range(count)])
    assert path.stat().st_size >= CACHE_MIN_BYTES


def test_cache_is_written_and_matches_the_json(tmp_path: Path) -> None:
    from papercli.storage import cache_path, read_tables

    path = tmp_path / "lib.json"
    _big_library(path)
    header_only = cache_path(path).read_bytes()  # a writer leaves the cache to the next reader
    assert header_only.startswith(b"papercli-cache ") and header_only.count(b"\n") == 1
    read_tables(path)
    assert len(cache_path(path).read_bytes()) > len(header_only)
    cached = read_tables(path)
    import json

    assert cached == json.loads(path.read_text(encoding="utf-8"))


def test_cache_is_ignored_once_the_file_changes(tmp_path: Path) -> None:
    import json

    from papercli.storage import cache_path, read_tables

    path = tmp_path / "lib.json"
    _big_library(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["papers"]["1"]["title"] = "Edited By Hand"
    path.write_text(json.dumps(data), encoding="utf-8")
    tables = read_tables(path)
    assert tables is not None
    assert tables["papers"]["1"]["title"] == "Edited By Hand"
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(LibraryError, match="not valid JSON"):
        read_tables(path)
    assert cache_path(path).exists()


def test_a_damaged_cache_is_ignored(tmp_path: Path) -> None:
    from papercli.storage import cache_path, read_tables

    path = tmp_path / "lib.json"
    _big_library(path)
    read_tables(path)
    cache = cache_path(path)
    header = cache.read_bytes().split(b"\n", 1)[0]
    cache.write_bytes(header + b"\n" + b"\x00garbage")
    tables = read_tables(path)
    assert tables is not None and len(tables["papers"]) == 600


def test_a_write_never_leaves_a_cache_of_the_old_file_in_use(tmp_path: Path) -> None:
    from papercli.storage import cache_path, open_library, read_tables, writing

    path = tmp_path / "lib.json"
    _big_library(path)
    read_tables(path)
    old_cache = cache_path(path).read_bytes()
    with writing(path) as library:
        library.insert([Paper(title="Added after the cache was written")])
    note = cache_path(path).read_bytes()  # the header alone: this file holds checked tables
    assert note.count(b"\n") == 1 and old_cache.startswith(note.split(b" ")[0])
    assert note != old_cache[: len(note)]  # it names the new file
    titles = [p.title for p in open_library(path).papers()]
    assert titles[-1] == "Added after the cache was written" and len(titles) == 601
    assert cache_path(path).read_bytes() != old_cache  # the reader wrote a fresh one
    assert read_tables(path) == json.loads(path.read_text(encoding="utf-8"))


def test_the_writers_note_is_for_that_file_only(tmp_path: Path) -> None:
    """A file changed after papercli wrote it is checked again, note or not."""
    from papercli.storage import cache_path, read_tables

    path = tmp_path / "lib.json"
    _big_library(path)
    assert cache_path(path).read_bytes().count(b"\n") == 1
    data = json.loads(path.read_text(encoding="utf-8"))
    data["papers"]["3"]["tags"] = [5]
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(LibraryError, match="paper 3 that has a bad 'tags' value"):
        read_tables(path)


def test_a_field_from_a_newer_papercli_survives_a_change(tmp_path: Path) -> None:
    from papercli.storage import open_library, writing

    path = tmp_path / "lib.json"
    with writing(path) as library:
        library.insert([Paper(title="Kept")])
    data = json.loads(path.read_text(encoding="utf-8"))
    data["papers"]["1"]["reading_minutes"] = 42
    path.write_text(json.dumps(data), encoding="utf-8")
    with writing(path) as library:
        paper = library.papers()[0]
        paper.tags = ["x"]
        library.update([paper])
    stored = json.loads(path.read_text(encoding="utf-8"))["papers"]["1"]
    assert stored["reading_minutes"] == 42
    assert stored["tags"] == ["x"]
    assert open_library(path).papers()[0].to_dict()["title"] == "Kept"
