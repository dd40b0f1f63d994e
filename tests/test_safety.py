"""Data safety under attack and accident (issue 10, items 1-8, 15, 21): a deleted lock file,
``export -o`` onto the library or a special file, foreign TinyDB files, records with their own
``id``, a stale load cache, ids after restoring a damaged file, a clock stepping back, Ctrl-C
after the commit, special files as the library, and a blocked backups folder.

Every test here failed on 0.1.0. The ones running real concurrent processes are ``slow`` and
take a few seconds each; CI runs them (plain ``pytest``).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from conftest import (
    Result,
    interruptible,
    no_traceback,
    one_line_error,
    papercli_executable,
    sigint_handled_by,
    without_override_capabilities,
)

Cli = Callable[..., Result]
RunInstalled = Callable[..., subprocess.CompletedProcess[str]]


def stored(library_path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(library_path.read_bytes())
    return data


def big_library(library_path: Path, count: int = 300) -> None:
    """A library file large enough (over 256 KB) for the load cache to be used."""
    library_path.parent.mkdir(parents=True, exist_ok=True)
    papers = {
        str(i): {"title": f"Cached paper number {i:04d}", "abstract": "a" * 1000}
        for i in range(1, count + 1)
    }
    tables = {
        "meta": {"1": {"schema_version": 1, "next_id": count + 1}},
        "papers": papers,
        "undo": {},
    }
    library_path.write_bytes(json.dumps(tables).encode())


# ---------------------------------------------------------------------------------------------
# 1. The lock


SLOW_WRITER = """
import sys
from pathlib import Path
from papercli.model import Paper
from papercli.storage import writing

with writing(Path(sys.argv[1])) as library:
    print("locked", flush=True)
    sys.stdin.readline()
    library.insert([Paper(title="Added by the slow writer")])
    library.label = "slow add"
print("done", flush=True)
"""


@contextlib.contextmanager
def slow_writer(library_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A process holding the library's write lock; it writes once sent a line, then prints
    "done". Killed on leaving."""
    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(library_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "locked"
        yield writer
    finally:
        writer.kill()
        writer.wait(timeout=30)


def papercli_waiting_for_lock(*args: str) -> subprocess.Popen[str]:
    """The installed ``papercli ARGS`` started with a long lock timeout."""
    return interruptible(*args, env={**os.environ, "PAPERCLI_LOCK_TIMEOUT": "30"})


@pytest.mark.slow
def test_deleting_the_lock_file_while_a_writer_works_loses_no_update(
    library_path: Path,
    run_installed: RunInstalled,
) -> None:
    assert run_installed("add", "First paper").returncode == 0
    with slow_writer(library_path) as writer:
        assert writer.stdout is not None and writer.stdin is not None
        library_path.with_name(library_path.name + ".lock").unlink(missing_ok=True)
        tagger = papercli_waiting_for_lock("tag", "1", "important")
        with contextlib.suppress(subprocess.TimeoutExpired):
            tagger.wait(timeout=3)  # 0.1.0 went ahead at once; now it waits for the writer
        writer.stdin.write("go\n")
        writer.stdin.flush()
        assert writer.stdout.readline().strip() == "done"
        _out, err = tagger.communicate(timeout=30)
        assert tagger.returncode == 0, err
    papers = {p["title"]: p for p in json.loads(run_installed("list", "--json").stdout)}
    assert papers["First paper"]["tags"] == ["important"]
    assert "Added by the slow writer" in papers


# ---------------------------------------------------------------------------------------------
# 2. export -o


def derived_targets(library_path: Path) -> dict[str, Path]:
    folder = library_path.parent
    backups = folder / (library_path.name + ".backups")
    symlink = folder / "link-to-library.json"
    symlink.symlink_to(library_path)
    hardlink = folder / "hard-link.json"
    os.link(library_path, hardlink)
    return {
        "library": library_path,
        "symlink to the library": symlink,
        "hard link of the library": hardlink,
        "lock": folder / (library_path.name + ".lock"),
        "cache": folder / f".{library_path.name}.cache",
        "temp file": folder / f".{library_path.name}.123.tmp",
        "backup": sorted(backups.glob("*.json"))[0],
        "backups folder": backups,
    }


def test_export_never_overwrites_the_library_or_its_derived_files(
    cli: Cli,
    library_path: Path,
) -> None:
    assert cli("add", "Alpha paper", "--tag", "a").exit_code == 0
    assert cli("add", "Beta paper").exit_code == 0
    targets = derived_targets(library_path)
    before = {name: (p.read_bytes() if p.is_file() else None) for name, p in targets.items()}
    for name, target in targets.items():
        result = cli("export", "--tag", "a", "-o", str(target))
        assert result.exit_code == 1, (name, result)
        assert "Error:" in result.stderr and "library" in result.stderr, (name, result.stderr)
        now = target.read_bytes() if target.is_file() else None
        assert now == before[name], name
    assert len(cli("list", "--json").json()) == 2


def test_export_writes_through_a_symlink_and_keeps_it(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "Alpha paper").exit_code == 0
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert cli("export", "-o", str(link)).exit_code == 0
    assert link.is_symlink()
    assert json.loads(real.read_text())[0]["title"] == "Alpha paper"


def test_export_to_a_fifo_writes_into_it_and_leaves_it_a_fifo(
    cli: Cli,
    tmp_path: Path,
) -> None:
    assert cli("add", "Alpha paper").exit_code == 0
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = cli("export", "-o", str(fifo))
    reader.join(timeout=10)
    assert result.exit_code == 0, result
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0])[0]["title"] == "Alpha paper"


def test_export_to_a_device_writes_into_it(cli: Cli, tmp_path: Path) -> None:
    assert cli("add", "Alpha paper").exit_code == 0
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError:
        pytest.skip("cannot create a device node here")
    result = cli("export", "-o", str(device))
    assert result.exit_code == 0, result
    assert stat.S_ISCHR(os.lstat(device).st_mode)


def test_export_to_dash_writes_stdout(cli: Cli) -> None:
    assert cli("add", "Alpha paper").exit_code == 0
    result = cli("export", "-o", "-")
    assert result.exit_code == 0, result
    assert json.loads(result.stdout)[0]["title"] == "Alpha paper"


@pytest.mark.skipif(not os.path.exists("/dev/stdout"), reason="no /dev/stdout")
def test_export_to_dev_stdout_writes_into_the_pipe(run_installed: RunInstalled) -> None:
    assert run_installed("add", "Alpha paper").returncode == 0
    kind = os.lstat("/dev/stdout").st_mode
    result = run_installed("export", "-o", "/dev/stdout")
    assert result.returncode == 0, result
    assert json.loads(result.stdout)[0]["title"] == "Alpha paper"
    assert os.lstat("/dev/stdout").st_mode == kind


# ---------------------------------------------------------------------------------------------
# 3-4. Foreign TinyDB files, records with their own id, unknown keys


def test_another_applications_tinydb_file_is_refused_untouched(
    cli: Cli,
    library_path: Path,
) -> None:
    library_path.parent.mkdir(parents=True)
    foreign = {
        "users": {"1": {"name": "ada"}},
        "settings": {"1": {"theme": "dark"}},
        "_default": {"1": {"title": "Looks like a paper"}},
    }
    library_path.write_text(json.dumps(foreign))
    before = library_path.read_bytes()
    for args in (["add", "New paper"], ["list"], ["tag", "1", "x"]):
        result = cli(*args)
        assert result.exit_code == 1, (args, result)
        line = one_line_error(result.stderr)
        assert "users" in line and "settings" in line and "not a papercli library" in line
    assert library_path.read_bytes() == before


def test_records_with_their_own_id_key_never_overwrite_another_paper(
    cli: Cli,
    library_path: Path,
) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_text(
        json.dumps(
            {
                "_default": {
                    "1": {"id": 2, "title": "Alpha", "color": "red"},
                    "2": {"id": 1, "title": "Beta"},
                    "3": {"id": "abc", "title": "Gamma"},
                    "4": {"id": [1], "title": "Delta"},
                }
            }
        )
    )
    listed = cli("list", "--json")
    assert listed.exit_code == 0, listed
    assert {p["id"]: p["title"] for p in listed.json()} == {
        1: "Alpha",
        2: "Beta",
        3: "Gamma",
        4: "Delta",
    }
    assert cli("edit", "1", "--venue", "ICLR").exit_code == 0
    assert cli("tag", "1", "kept").exit_code == 0
    alpha, beta = cli("show", "1", "--json").json(), cli("show", "2", "--json").json()
    assert (alpha["title"], alpha["venue"], alpha["tags"]) == ("Alpha", "ICLR", ["kept"])
    assert (beta["title"], beta["venue"]) == ("Beta", None)
    record = stored(library_path)["papers"]["1"]
    assert record["color"] == "red"  # unknown keys are carried
    assert record["original_id"] == 2 and "id" not in record  # the record's own id is kept


def test_unknown_keys_survive_tag_and_edit(cli: Cli, library_path: Path) -> None:
    library_path.parent.mkdir(parents=True)
    library_path.write_text(
        json.dumps(
            {
                "meta": {"1": {"schema_version": 1, "next_id": 2}},
                "papers": {"1": {"title": "Paper with extras", "rating": 5, "x-color": "blue"}},
                "undo": {},
            }
        )
    )
    assert cli("tag", "1", "t").exit_code == 0
    assert cli("edit", "1", "--year", "2020").exit_code == 0
    record = stored(library_path)["papers"]["1"]
    assert (record["rating"], record["x-color"], record["tags"]) == (5, "blue", ["t"])


# ---------------------------------------------------------------------------------------------
# 5. The load cache


def test_a_same_size_edit_with_the_mtime_reset_is_never_served_from_the_cache(
    run_installed: RunInstalled,
    library_path: Path,
) -> None:
    big_library(library_path)
    assert run_installed("list", "--json").returncode == 0  # writes the cache
    assert library_path.with_name(f".{library_path.name}.cache").exists()
    status = library_path.stat()
    data = library_path.read_bytes()
    edited = data.replace(b"Cached paper number 0001", b"Edited paper number 0001")
    assert len(edited) == len(data)
    with open(library_path, "r+b") as handle:  # in place: same inode, same size
        handle.write(edited)
    os.utime(library_path, ns=(status.st_atime_ns, status.st_mtime_ns))
    shown = run_installed("show", "1", "--json")
    assert shown.returncode == 0, shown
    assert json.loads(shown.stdout)["title"] == "Edited paper number 0001"
    assert run_installed("tag", "2", "x").returncode == 0  # a write must not bring back old data
    assert stored(library_path)["papers"]["1"]["title"] == "Edited paper number 0001"


# ---------------------------------------------------------------------------------------------
# 6-7. Ids after restoring a damaged file; backups and a clock stepping back


def test_ids_are_not_reused_after_restoring_over_a_truncated_file(
    cli: Cli,
    library_path: Path,
) -> None:
    for n in range(1, 6):
        assert cli("add", f"Paper number {n}").exit_code == 0
    data = library_path.read_bytes()
    library_path.write_bytes(data[: len(data) // 2])
    assert cli("restore", "4").exit_code == 0
    added = cli("add", "Paper after the restore", "--json")
    assert added.exit_code == 0, added
    assert added.json()["id"] == 6


def test_ids_in_the_undo_journal_are_never_given_out_again(
    cli: Cli,
    library_path: Path,
) -> None:
    for n in range(1, 4):
        assert cli("add", f"Paper number {n}").exit_code == 0
    tables = stored(library_path)
    tables["meta"]["1"]["next_id"] = 1  # a hand-edited or old file
    del tables["papers"]["3"]
    library_path.write_text(json.dumps(tables))
    added = cli("add", "Another paper", "--json")
    assert added.json()["id"] == 4  # #3 is in the undo journal: undo could bring it back


def test_a_clock_stepping_back_never_makes_the_newest_backup_look_oldest(
    cli: Cli,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import papercli.storage

    for n in range(1, 4):
        assert cli("add", f"Paper number {n}").exit_code == 0

    class PastClock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> Any:
            return datetime(2001, 1, 1, tzinfo=UTC)

    monkeypatch.setattr(papercli.storage, "datetime", PastClock)
    for n in range(4, 16):
        assert cli("add", f"Paper number {n}").exit_code == 0
    listing = cli("restore", "--json").json()
    assert len(listing) == 10
    assert cli("restore", "1").exit_code == 0
    assert len(cli("list", "--json").json()) == 14  # the version before the last add


# ---------------------------------------------------------------------------------------------
# 8. Ctrl-C


def test_ctrl_c_after_the_commit_says_the_change_was_saved(
    cli: Cli,
    library_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import papercli.storage

    assert cli("add", "Paper to tag").exit_code == 0

    def interrupted(folder: Path) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(papercli.storage, "_fsync_dir", interrupted)
    with sigint_handled_by(signal.default_int_handler):
        result = cli("tag", "1", "saved")
        # a second Ctrl-C is ignored while the message prints, then handled as before
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert result.exit_code == 130
    assert "nothing was changed" not in result.stderr
    assert "saved" in result.stderr and "tag #1" in result.stderr
    assert stored(library_path)["papers"]["1"]["tags"] == ["saved"]


@pytest.mark.slow
def test_ctrl_c_while_waiting_for_the_lock_prints_no_traceback(
    run_installed: RunInstalled,
    library_path: Path,
) -> None:
    assert run_installed("add", "Existing paper").returncode == 0
    with slow_writer(library_path):
        waiting = papercli_waiting_for_lock("tag", "1", "x")
        time.sleep(1.5)
        waiting.send_signal(signal.SIGINT)
        _out, err = waiting.communicate(timeout=30)
    assert waiting.returncode == 130
    no_traceback(err)
    assert "nothing was changed" in err
    assert stored(library_path)["papers"]["1"].get("tags") is None


# ---------------------------------------------------------------------------------------------
# 15. Special files as the library


@pytest.mark.parametrize("args", [["list"], ["add", "New paper"], ["undo"]])
def test_a_fifo_as_the_library_is_refused_without_blocking(
    run_installed: RunInstalled,
    library_path: Path,
    args: list[str],
) -> None:
    library_path.parent.mkdir(parents=True)
    os.mkfifo(library_path)
    result = run_installed(*args, timeout=20)
    assert result.returncode == 1, result
    line = one_line_error(result.stderr)
    assert "not a regular file" in line and str(library_path) in line
    assert stat.S_ISFIFO(os.lstat(library_path).st_mode)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_as_the_library_is_refused(
    run_installed: RunInstalled,
    device: str,
) -> None:
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    for args in (["list"], ["add", "New paper"]):
        result = run_installed("--db", device, *args, timeout=20)
        assert result.returncode == 1, result
        assert "not a regular file" in one_line_error(result.stderr)
    assert stat.S_ISCHR(os.stat(device).st_mode)


# ---------------------------------------------------------------------------------------------
# 21. A blocked backups folder


def test_a_file_in_place_of_the_backups_folder_is_named_with_the_fix(
    run_installed: RunInstalled,
    library_path: Path,
) -> None:
    assert run_installed("add", "First paper").returncode == 0
    backups = library_path.with_name(library_path.name + ".backups")
    backups.rmdir() if backups.is_dir() else None
    backups.write_text("in the way")
    before = library_path.read_bytes()
    result = run_installed("add", "Second paper")
    assert result.returncode == 1
    line = one_line_error(result.stderr)
    assert str(backups) in line and "backups folder" in line and "move" in line
    assert library_path.read_bytes() == before


def test_an_unwritable_backups_folder_is_named_with_the_fix(
    run_installed: RunInstalled,
    library_path: Path,
) -> None:
    """Root writes into every folder: as root, the command runs without the capabilities
    that override file permissions (setpriv drops them from the bounding set)."""
    prefix = without_override_capabilities()
    assert run_installed("add", "First paper").returncode == 0
    assert run_installed("add", "Second paper").returncode == 0
    backups = library_path.with_name(library_path.name + ".backups")
    backups.chmod(0o500)
    try:
        before = library_path.read_bytes()
        result = subprocess.run(
            [*prefix, *papercli_executable(), "add", "Third paper"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 1, result
        line = one_line_error(result.stderr)
        assert str(backups) in line and "Permission denied" in line and "writ" in line
        assert library_path.read_bytes() == before
    finally:
        backups.chmod(0o755)


def test_the_first_library_file_never_replaces_one_created_meanwhile(tmp_path: Path) -> None:
    """Before the first write the lock file is what is locked; if it was deleted and another
    process created the library meanwhile, the hard link that creates the file fails."""
    from papercli.errors import LibraryError
    from papercli.model import Paper
    from papercli.storage import writing

    path = tmp_path / "library.json"
    with pytest.raises(LibraryError, match="created by another process"), writing(path) as library:
        library.insert([Paper(title="Mine")])
        path.write_text('{"_default": {"1": {"title": "Theirs"}}}')
    assert json.loads(path.read_text())["_default"]["1"]["title"] == "Theirs"
    assert not list(tmp_path.glob(".*.tmp"))
