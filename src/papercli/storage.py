"""The library file: the only module that knows TinyDB, the file, the lock, backups and schema.

The file is a TinyDB JSON document with three tables::

    {"meta":   {"1": {"schema_version": 1, "next_id": 42}},
     "papers": {"7": {...paper fields, no id...}, ...},
     "undo":   {"1": {"label": ..., "at": ..., "added": [ids], "before": [papers]}, ...}}

Every change runs under an exclusive lock (an flock on the library file itself; on
``<library>.lock`` only before the first file exists), re-reads the file, applies the change
through TinyDB tables kept in memory (new papers go straight into the papers table, where
TinyDB's insert would copy the whole table), and replaces the file atomically: a temp file in
the same folder, flushed and fsynced, hard-linked backup of the old file, then ``os.replace``.
Readers take no lock: a rename is atomic, so they see the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import re
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from papercli.errors import LibraryError, LibraryLocked, PapercliError
from papercli.model import LIST_FIELDS, STATUSES, TEXT_FIELDS, Paper, now_iso

if TYPE_CHECKING:
    from tinydb import TinyDB

SCHEMA_VERSION = 2
UNDO_LEVELS = 50
BACKUP_COUNT = 10
BACKUP_MAX_BYTES = 512 * 1024 * 1024
DEFAULT_LOCK_TIMEOUT = 10.0

RawTables = dict[str, dict[str, Any]]


def default_library_path() -> Path:
    """``$PAPERCLI_DB`` or ``<user data dir>/papercli/library.json``."""
    env = os.environ.get("PAPERCLI_DB")
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("papercli", appauthor=False)) / "library.json"


def real_path(path: Path) -> Path:
    """PATH with symlinks resolved: the file that is written, locked and backed up.

    Writing through a symlinked library must replace the file it points to (on that file's
    own file system), not swap the link for a regular file.
    """
    return Path(os.path.realpath(path))


def backup_dir(path: Path) -> Path:
    """Where the previous versions of the library at PATH are kept."""
    real = real_path(path)
    return real.with_name(real.name + ".backups")


# ---------------------------------------------------------------------------------------------
# Migrations: each takes the raw tables of the version before it and returns them upgraded.


def _adopt_plain_tinydb(tables: RawTables) -> RawTables:
    """0 -> 1: a plain TinyDB file (papers in ``_default``, no meta) becomes a library.

    Only a file holding nothing but ``_default`` gets here (``foreign_tables``). The TinyDB
    document id becomes the paper id; a document's own ``id`` key, when it says something
    else, is kept as ``original_id``.
    """
    papers = dict(tables.get("papers", {}))  # a papercli file that lost its schema version
    for doc_id, doc in tables.get("_default", {}).items():
        if isinstance(doc, dict) and "id" in doc:
            doc = dict(doc)
            own = doc.pop("id")
            if own != doc_id and own != (int(doc_id) if _is_doc_id(doc_id) else None):
                doc.setdefault("original_id", own)
        papers.setdefault(doc_id, doc)
    # Malformed ids are reported by _check_records after the migration, not crashed on here.
    next_id = max((int(k) for k in papers if _is_doc_id(k)), default=0) + 1
    return {
        "meta": {"1": {"schema_version": 1, "next_id": next_id}},
        "papers": papers,
        "undo": tables.get("undo", {}),
    }


def _add_citation_keys(tables: RawTables) -> RawTables:
    """1 -> 2: each paper gets its citation key (``vaswani2017attention``, unique), stored."""
    from papercli.citekeys import key_records

    if isinstance(tables.get("papers"), dict):
        key_records(tables["papers"])
    return tables


def foreign_tables(tables: RawTables) -> list[str]:
    """The tables that make a file without papercli's meta another application's file.

    A plain TinyDB file is adopted only when ``_default`` is all it holds: anything else
    would be dropped by the adoption, so the file is left alone.
    """
    if schema_version(tables) > 0 or "meta" in tables:
        return []
    return sorted(name for name in tables if name != "_default")


MIGRATIONS: dict[int, tuple[str, Callable[[RawTables], RawTables]]] = {
    1: ("adopt_plain_tinydb", _adopt_plain_tinydb),
    2: ("add_citation_keys", _add_citation_keys),
}


def migrate(tables: RawTables) -> RawTables:
    """Run every named migration from the file's schema version up to SCHEMA_VERSION."""
    version = schema_version(tables)
    while version < SCHEMA_VERSION:
        _name, step = MIGRATIONS[version + 1]
        tables = step(tables)
        version += 1
        tables["meta"]["1"]["schema_version"] = version
    return tables


def schema_version(tables: RawTables) -> int:
    """The schema version a file's tables declare (0 for a file without papercli's meta)."""
    meta = tables.get("meta", {}).get("1")
    if not isinstance(meta, dict):
        return 0
    version = meta.get("schema_version")
    return version if isinstance(version, int) and not isinstance(version, bool) else 0


# ---------------------------------------------------------------------------------------------
# Reading


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the garbage collector while tens of thousands of small objects are built: it
    would rescan them again and again and double the load time. (The CLI turns it off for
    the whole command; this keeps loading quick when storage is used as a library.)"""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _unreadable(path: Path, exc: OSError) -> LibraryError:
    """The error for a library file that could not be opened."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return LibraryError(
            f"library {path} cannot be read: Permission denied; it was left as it is. Check "
            f"that you may read and write it and enter its folder {path.parent}"
        )
    return _corrupt(path, f"cannot be read: {exc.strerror or exc}")


def library_exists(path: Path) -> bool:
    """Whether there is a library file at PATH (a LibraryError when that cannot be known)."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as exc:
        raise _unreadable(path, exc) from None
    return True


def _corrupt(path: Path, problem: str) -> LibraryError:
    try:
        has_backups = backup_dir(path).is_dir() and any(backup_dir(path).glob("*.json"))
    except OSError:  # a folder that cannot be entered: say what is wrong with the file
        has_backups = False
    if has_backups:
        way_back = f"Run 'papercli --db {path} restore' to list backups and restore one"
    else:
        way_back = (
            f"It has no backups ('papercli --db {path} restore' lists none): move it aside "
            "to start a new library there"
        )
    return LibraryError(f"library {path} {problem}; it was left as it is. {way_back}")


# ---------------------------------------------------------------------------------------------
# The load cache: the checked, migrated tables of the library file, in marshal form, beside it.
# It is used only while its header names the library file exactly as it is on disk (size,
# mtime and ctime in ns, inode, device) and this Python and schema; anything else and it is
# ignored and rewritten. The ctime is what makes it safe: any write to the file, in place or
# not, and any utime() call set it to the current time, and no user can set it back. It saves
# the JSON parse and the record checks: about half of a 100k-paper load.

CACHE_FORMAT = 2
# On a file system with whole-second timestamps an edit in the same second as the cached
# version would keep the ctime: such a file is cached only once its ctime is this old.
COARSE_CTIME_SETTLE_NS = 2_000_000_000


def cache_path(path: Path) -> Path:
    """Where the load cache of the library at PATH lives."""
    real = real_path(path)
    return real.with_name(f".{real.name}.cache")


def _cache_header(status: os.stat_result) -> bytes:
    import sys

    python = ".".join(map(str, sys.version_info[:2]))
    fields = (
        CACHE_FORMAT,
        python,
        SCHEMA_VERSION,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
        status.st_ino,
        status.st_dev,
    )
    return ("papercli-cache " + " ".join(map(str, fields)) + "\n").encode()


# What _read_cache returns for a cache that holds only its header: a writer's note that it
# wrote this very file from checked tables, so a reader may skip the record checks.
CHECKED_ONLY: RawTables = {}


def _read_cache(path: Path, status: os.stat_result) -> RawTables | None:
    header = _cache_header(status)
    try:
        with open(cache_path(path), "rb") as handle:
            if handle.read(len(header)) != header:
                return None
            if os.fstat(handle.fileno()).st_size == len(header):
                return CHECKED_ONLY
            import marshal
            import mmap

            # Mapped, not read: no copy of the whole file into a buffer (a fifth of a load).
            # A cache file is only ever replaced (renamed over), never cut short in place,
            # so the mapping stays whole.
            with (
                mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped,
                memoryview(mapped) as whole,
                whole[len(header) :] as payload,
            ):
                tables = marshal.loads(payload)
    except (OSError, ValueError, EOFError, TypeError, BufferError):
        return None
    return tables if isinstance(tables, dict) else None


def write_cache(path: Path, tables: RawTables | None, status: os.stat_result | None = None) -> None:
    """Keep TABLES as the load cache of the library file (best effort); with TABLES None,
    only the header: the note that the file was written from checked tables.

    STATUS is the stat of the file TABLES were read from. A reader must pass it: the file may
    have been replaced since it was read, and the cache must name the file it came from.
    (Only without it is the file's stat at the time of writing used.) Writers leave the cache
    to the next reader: a stale one is never used, as its header names the old file.
    """
    import marshal

    target = cache_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        status = status or os.stat(real_path(path))
        coarse = status.st_ctime_ns % 1_000_000_000 == 0
        if coarse and time.time_ns() - status.st_ctime_ns < COARSE_CTIME_SETTLE_NS:
            return
        payload = b"" if tables is None else marshal.dumps(tables)
        with _create_private(tmp, status.st_mode) as handle:
            handle.write(_cache_header(status))
            handle.write(payload)
        os.replace(tmp, target)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()


def derived_mode(library_mode: int) -> int:
    """The permission bits for a file holding the library's data: the library's own, never
    wider than the umask allows (a private library gives private copies)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return stat.S_IMODE(library_mode) & 0o666 & ~umask


def _create_private(path: Path, library_mode: int) -> Any:
    """A new file at PATH (it must not exist) opened for binary writing, created with
    ``derived_mode`` from the start, so that its data is never readable by more people."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, derived_mode(library_mode))
    return os.fdopen(fd, "wb")


def read_tables(path: Path, cache: bool = True, refresh: bool = True) -> RawTables | None:
    """The raw, migrated tables of the library at PATH; None when there is no file yet.

    With CACHE, a valid load cache is used, and (with REFRESH) a missing or stale one written.
    A writer passes REFRESH=False: the file it reads is about to be replaced, so a cache of it
    would be stale before anyone reads it.
    """
    try:
        # O_NONBLOCK: a FIFO at the path must not hang the command (it is refused below).
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        if stat.S_ISDIR(status.st_mode):
            raise _corrupt(path, "is a directory, not a library file")
        raise not_a_regular_file(path, status)
    with open(fd, "rb") as handle:
        with collector_paused():
            cached = _read_cache(path, status) if cache else None
        checked = cached is CHECKED_ONLY
        if cached is not None and not checked:
            return cached
        try:
            data = handle.read()
        except OSError as exc:
            raise _corrupt(path, f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise _corrupt(path, "is empty (0 bytes of JSON)")
    import orjson

    try:
        with collector_paused():
            tables = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise _corrupt(path, f"is not valid JSON ({exc})") from None
    finally:
        del data
    _check_shape(path, tables)
    foreign = foreign_tables(tables)
    if foreign:
        raise LibraryError(
            f"{path} is not a papercli library: it holds the tables "
            f"{', '.join(map(repr, foreign))} of another application, so it was left as it "
            "is; give papercli a library file of its own with --db or PAPERCLI_DB"
        )
    version = schema_version(tables)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"library {path} has schema version {version}, but this papercli knows only "
            f"versions up to {SCHEMA_VERSION}; it was left as it is. Upgrade papercli to use "
            f"it, or run 'papercli --db {path} restore' to list backups and restore one"
        )
    result: RawTables = migrate(tables)
    if not (checked and version == SCHEMA_VERSION):
        _check_records(path, result)
    if cache and refresh and status.st_size >= CACHE_MIN_BYTES:
        write_cache(path, result, status)
    return result


# Below this a JSON parse is as quick as reading a cache: don't litter small libraries.
CACHE_MIN_BYTES = 256 * 1024

_FILE_KINDS = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def not_a_regular_file(path: Path, status: os.stat_result) -> LibraryError:
    """The error for a library path that names a FIFO, a device or a socket."""
    kind = _FILE_KINDS.get(stat.S_IFMT(status.st_mode), "a special file")
    return LibraryError(
        f"library {path} is {kind}, not a regular file; it was left as it is. Point --db or "
        "PAPERCLI_DB at a library file (or at a path where one can be created)"
    )


def _check_shape(path: Path, tables: Any) -> None:
    """Before migrating: a JSON object of tables, and a sane schema version if one is declared."""
    if not isinstance(tables, dict):
        raise _corrupt(path, f"holds a JSON {type(tables).__name__}, not a papercli library")
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise _corrupt(path, f"has a table {name!r} that is not an object")
    meta = tables.get("meta", {}).get("1")
    if isinstance(meta, dict) and "schema_version" in meta:
        version = meta["schema_version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            raise _corrupt(path, f"declares an invalid schema version {version!r}")


def _is_doc_id(key: str) -> bool:
    """Whether KEY is a TinyDB document id as TinyDB writes it: ASCII digits, no leading 0.

    (``str.isdigit`` alone would let through '²', which ``int`` refuses, and '01' next to '1'.)
    """
    return key.isascii() and key.isdigit() and key == str(int(key))


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _is_optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


# How each stored field must look, so that a loaded record never breaks a command later.
# Keys not listed here (written by a newer papercli, say) are carried along unchecked.
_FIELD_CHECKS: dict[str, Callable[[Any], bool]] = {
    **{name: _is_str_list for name in LIST_FIELDS},
    **{name: _is_optional_str for name in TEXT_FIELDS},
    "year": lambda v: v is None or _is_int(v),
    "priority": _is_int,
    "status": lambda v: v in STATUSES,
    "notes": lambda v: isinstance(v, str),
}


# The JSON types each stored field may have: a cheap first test run on every record of every
# load; a record that fails it gets the exact check of _FIELD_CHECKS to name the problem.
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    **{name: (list,) for name in LIST_FIELDS},
    **{name: (str, type(None)) for name in TEXT_FIELDS},
    "title": (str,),
    "year": (int, type(None)),
    "priority": (int,),
    "status": (str,),
    "notes": (str,),
}


def _record_problem(doc: Any) -> str | None:
    """What is wrong with a stored paper record, or None."""
    if type(doc) is not dict:
        return f"is a JSON {type(doc).__name__}, not an object"
    title = doc.get("title")
    if type(title) is not str or not title.strip():
        return "has no title"
    types = _FIELD_TYPES
    looks_right = doc.get("status", "unread") in STATUSES and all(
        type(value) in types.get(key, (type(value),)) for key, value in doc.items()
    )
    if looks_right:
        try:
            for name in LIST_FIELDS:
                "".join(doc.get(name, ()))  # raises TypeError on a non-str item, in C
            return None
        except TypeError:
            pass
    for key, value in doc.items():
        check = _FIELD_CHECKS.get(key)
        if check is not None and not check(value):
            return f"has a bad {key!r} value {str(value)[:40]!r}"
    return None


def _check_records(path: Path, tables: RawTables) -> None:
    """After migrating: every paper, the meta record and the undo journal are well formed."""
    meta = tables["meta"].get("1")
    if not isinstance(meta, dict) or not _is_int(meta.get("next_id", 1)):
        raise _corrupt(path, "has a malformed meta record")
    # Records with the keys and value types of a record already checked need only the checks
    # of values (title, status, list items): most records share a few shapes.
    good_shapes: set[tuple[Any, ...]] = set()
    statuses = STATUSES
    for doc_id, doc in tables.get("papers", {}).items():
        if not (doc_id.isascii() and doc_id.isdigit() and (doc_id[0] != "0" or doc_id == "0")):
            raise _corrupt(path, f"has a malformed paper record {doc_id!r}")
        if type(doc) is dict:
            shape = (*doc, *map(type, doc.values()))
            if shape in good_shapes:
                try:
                    if doc["title"].strip() and doc.get("status", "unread") in statuses:
                        for name in LIST_FIELDS:
                            "".join(doc.get(name, ()))  # raises TypeError on a non-str item
                        continue
                except TypeError:
                    pass
        problem = _record_problem(doc)
        if problem:
            raise _corrupt(path, f"has paper {doc_id} that {problem}")
        if type(doc) is dict:
            good_shapes.add((*doc, *map(type, doc.values())))
    for entry_id, entry in _journal_entries(tables):
        if not (
            _is_doc_id(entry_id)
            and isinstance(entry, dict)
            and isinstance(entry.get("label"), str)
            and isinstance(entry.get("added"), list)
            and all(_is_int(i) for i in entry["added"])
            and isinstance(entry.get("before"), list)
            and all(
                isinstance(p, dict) and _is_int(p.get("id")) and _record_problem(p) is None
                for p in entry["before"]
            )
        ):
            raise _corrupt(path, f"has a malformed undo journal entry {entry_id!r}")


def _journal_entries(tables: RawTables) -> list[tuple[str, Any]]:
    """The entries of the undo journal and of the redo journal (``redo``: changes undone)."""
    return [*tables.get("undo", {}).items(), *tables.get("redo", {}).items()]


def paper_from_record(doc_id: str, doc: dict[str, Any]) -> Paper:
    """A Paper from a stored record; the file was checked on load, so no re-validation."""
    paper = Paper.__new__(Paper)
    values = _RECORD_TEMPLATE.copy()  # the contract's key order, as Paper declares
    values.update(doc)
    values["id"] = int(doc_id)  # the document id, whatever an "id" key in the record says
    # A list of its own for each paper, never one shared default (unrolled: 100k papers).
    if values["alt_titles"] is None:
        values["alt_titles"] = []
    if values["authors"] is None:
        values["authors"] = []
    if values["topics"] is None:
        values["topics"] = []
    if values["tags"] is None:
        values["tags"] = []
    paper.__dict__ = values
    return paper


_DEFAULTS: dict[str, Any] = {k: v for k, v in Paper(title="x").to_dict().items() if k != "id"}
# Every key of a paper at its default, in order; the list fields None until filled.
_RECORD_TEMPLATE: dict[str, Any] = {
    "id": 0,
    **_DEFAULTS,
    **dict.fromkeys(LIST_FIELDS),
}
assert set(LIST_FIELDS) == {"alt_titles", "authors", "topics", "tags"}
_KEEP = object()  # the default of a key a newer papercli wrote: never equal, so it is kept


def paper_to_record(paper: Paper) -> dict[str, Any]:
    """The stored form of a paper: its contract dict without the id (the TinyDB doc id) and
    without fields at their defaults (None, [], "", ...), which keeps the file small and
    quick to parse; ``paper_from_record`` puts the defaults back."""
    return {
        key: value
        for key, value in paper.to_dict().items()
        if key == "title" or (key != "id" and value != _DEFAULTS.get(key, _KEEP))
    }


# ---------------------------------------------------------------------------------------------
# The lock


def lock_timeout() -> float:
    """Seconds to wait for the lock: $PAPERCLI_LOCK_TIMEOUT, else DEFAULT_LOCK_TIMEOUT."""
    import math

    text = os.environ.get("PAPERCLI_LOCK_TIMEOUT", "").strip()
    if not text:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not math.isfinite(value) or value < 0:
        raise LibraryError(f"PAPERCLI_LOCK_TIMEOUT={text!r} is not a number of seconds (e.g. 10)")
    return value


def lock_file_path(path: Path) -> Path:
    """The lock file of the library at PATH: locked only while no library file exists."""
    real = real_path(path)
    return real.with_name(real.name + ".lock")


@contextlib.contextmanager
def library_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on the library at PATH, or raise LibraryLocked after TIMEOUT s.

    The lock is an flock on the library file itself, which no one can swap: a writer
    replaces the file only while holding the lock on it, and whoever waited for the lock
    then finds another file at the path and locks that one instead. Only while there is no
    library yet is ``<library>.lock`` locked; the first library file is then created with a
    hard link, which fails rather than replace a file another process created meanwhile. So
    deleting the lock file at any time loses nothing.
    """
    import fcntl

    if timeout is None:
        timeout = lock_timeout()
    real = real_path(path)
    deadline = time.monotonic() + timeout
    delay = 0.005
    while True:
        fd, locked = _open_lock_target(path, real)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise LibraryLocked(
                            f"library {path} is locked by another papercli process "
                            f"(waited {timeout:g} s); try again, or set PAPERCLI_LOCK_TIMEOUT"
                        ) from None
                    time.sleep(delay)
                    delay = min(delay * 2, 0.1)
            if _still_current(fd, real, locked):
                yield
                return
        finally:
            os.close(fd)  # closing the descriptor releases the flock


def _open_lock_target(path: Path, real: Path) -> tuple[int, Path]:
    """A descriptor of what to lock, and its path: the library file, or the lock file when
    there is no library yet. A special file at either path is refused before any wait."""
    try:
        fd = _open_for_lock(real)
        target = real
    except (FileNotFoundError, NotADirectoryError):
        target = lock_file_path(path)
        try:
            real.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_RDWR | os.O_CREAT | os.O_NONBLOCK, 0o644)
        except OSError as exc:
            raise LibraryError(f"cannot create lock file {target}: {exc.strerror or exc}") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        os.close(fd)
        if stat.S_ISDIR(status.st_mode) and target == real:
            raise _corrupt(path, "is a directory, not a library file")
        if target == real:
            raise not_a_regular_file(path, status)
        raise LibraryError(f"lock file {target} is not a regular file; move it aside")
    return fd, target


def _open_for_lock(path: Path) -> int:
    """PATH opened to be flocked: for writing where allowed (NFS grants an exclusive lock only
    on such a descriptor), else for reading. It is opened for reading first, without
    blocking: a FIFO or a device is never opened for writing (the caller refuses them)."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    status = os.fstat(fd)
    if not stat.S_ISREG(status.st_mode):
        return fd
    try:
        writable = os.open(path, os.O_RDWR | os.O_NONBLOCK | os.O_NOCTTY)
    except OSError:
        return fd
    again = os.fstat(writable)
    if (again.st_ino, again.st_dev) == (status.st_ino, status.st_dev):
        os.close(fd)
        return writable
    os.close(writable)
    return fd


def _still_current(fd: int, real: Path, locked: Path) -> bool:
    """Whether the file locked through FD is still what a writer must lock: the library file
    now at REAL, or (when LOCKED is the lock file) the lock file while no library exists."""
    held = os.fstat(fd)
    try:
        now = os.stat(locked)
    except FileNotFoundError:
        return False
    if (now.st_ino, now.st_dev) != (held.st_ino, held.st_dev):
        return False
    return locked == real or not os.path.lexists(real)


# ---------------------------------------------------------------------------------------------
# Writing


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _remove_stale_temp_files(path: Path) -> None:
    """Delete temp files left behind by a writer that was killed before its rename.

    Only the holder of the lock writes a library temp file (``.NAME.PID.tmp``), so under the
    lock every one is stale. A cache temp file (``.NAME.cache.PID.tmp``) may belong to a
    reader still writing it; removing it costs that reader only its best-effort cache write.
    """
    import glob

    for stale in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            stale.unlink()


# The label of a change whose new file was renamed into place by this process: a Ctrl-C
# after that point must not say that nothing was changed.
committed_change: str | None = None


def write_atomically(
    path: Path, data: bytes, label: str = "", new: bool | None = None
) -> os.stat_result:
    """Replace PATH by DATA: temp file in the same folder, fsync, backup of the old, rename.

    Call it holding the library lock. A symlinked PATH stays a symlink (its target is
    replaced), and the file keeps its permission bits (a private library stays private).
    A library that does not exist yet (NEW: it did not when it was read; None: it does
    not now) is created with a hard link, which never replaces a file another process
    created meanwhile. Returns the stat of the new file.
    """
    global committed_change
    import signal

    target = real_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove_stale_temp_files(target)
    try:
        try:
            old = None if new else os.stat(target)
        except FileNotFoundError:
            old = None
        mode = old.st_mode if old is not None else 0o666
        with _create_private(tmp, mode) as handle:
            if old is not None:
                os.fchmod(handle.fileno(), stat.S_IMODE(old.st_mode))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            if old is not None:
                _keep_backup(target)
            # The commit: a Ctrl-C is held back until it is recorded as done.
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                if old is not None:
                    os.replace(tmp, target)
                else:
                    _create_exclusively(tmp, target, path)
                committed_change = label or "the change"
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
            written = os.fstat(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise LibraryError(
            f"could not write library {path}: {reason}; nothing was changed"
        ) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(target.parent)
    return written


def _create_exclusively(tmp: Path, target: Path, path: Path) -> None:
    """Give the new file TMP the name TARGET unless a file appeared there meanwhile."""
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise LibraryError(
            f"library {path} was created by another process while this command ran; "
            "nothing was changed: run the command again"
        ) from None
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EXDEV):
            raise
        os.replace(tmp, target)  # a file system without hard links
        return
    os.unlink(tmp)


_BACKUP_NAME = re.compile(r"-(\d{8})-\d{8}T\d+\.json$")


def _backup_order(backup: Path) -> tuple[int, str]:
    """Sort key of a backup: its sequence number (0.1.0's names, without one, come first)."""
    match = _BACKUP_NAME.search(backup.name)
    return (int(match.group(1)) if match else -1, backup.name)


def _backups_newest_first(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.json"), key=_backup_order, reverse=True)


def _keep_backup(path: Path) -> None:
    """Keep the current file as a backup (a hard link where possible), then rotate.

    Backups are numbered in sequence: the clock (in the name for people) may step back.
    """
    folder = backup_dir(path)
    try:
        folder.mkdir(exist_ok=True)
        kept = _backups_newest_first(folder)
        sequence = max((_backup_order(kept[0])[0] + 1 if kept else 1), 1)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        target = folder / f"{path.stem}-{sequence:08d}-{stamp}.json"
        try:
            os.link(path, target)
        except OSError as exc:
            if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
                raise
            import shutil

            shutil.copy2(path, target)
    except OSError as exc:
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        if os.path.lexists(folder) and not folder.is_dir():
            fix = f"move the file {folder} aside: papercli keeps its backups folder there"
        else:
            fix = f"make {folder} a folder you can write to, or move it aside"
        raise LibraryError(
            f"could not keep a backup in the backups folder {folder}: {reason}; nothing was "
            f"changed. To fix it, {fix}"
        ) from None
    _rotate_backups(folder)


def _rotate_backups(folder: Path) -> None:
    total = 0
    for index, backup in enumerate(_backups_newest_first(folder)):
        with contextlib.suppress(OSError):
            total += backup.stat().st_size
            if index >= 1 and (index >= BACKUP_COUNT or total > BACKUP_MAX_BYTES):
                backup.unlink()


@dataclass
class Backup:
    """One kept previous version of the library."""

    path: Path
    taken_at: str
    size: int


def list_backups(path: Path) -> list[Backup]:
    """The backups of the library at PATH, newest first."""
    folder = backup_dir(path)
    try:
        if not folder.is_dir():
            return []
        newest_first = _backups_newest_first(folder)
    except OSError as exc:
        raise LibraryError(
            f"cannot read the backups folder {folder}: {exc.strerror or exc}"
        ) from None
    backups = []
    for file in newest_first:
        try:
            stat = file.stat()
        except FileNotFoundError:  # rotated away by a writer meanwhile
            continue
        taken = datetime.fromtimestamp(stat.st_mtime, UTC).replace(microsecond=0).isoformat()
        backups.append(Backup(file, taken, stat.st_size))
    return backups


def restore_backup(path: Path, backup: Path) -> int:
    """Make BACKUP the library at PATH (the current file is kept as a backup first).

    Returns the number of papers in the restored library.
    """
    with library_lock(path):  # under the lock no other process rotates the backup away
        try:
            tables = read_tables(backup, cache=False)
        except FileNotFoundError:
            raise LibraryError(f"backup {backup} no longer exists") from None
        except (OSError, LibraryError):
            raise LibraryError(
                f"backup {backup} is unreadable or damaged, so it was not restored; run "
                f"'papercli --db {path} restore' to list the other backups"
            ) from None
        if tables is None:
            raise LibraryError(f"backup {backup} no longer exists")
        # Ids are never given out twice: the restored file may predate papers added since,
        # and the current file may be too damaged to read (its start usually is not).
        meta = tables["meta"]["1"]
        meta["next_id"] = max(
            int(meta.get("next_id", 1)),
            _current_next_id(path),
            *(_peek_next_id(kept.path) for kept in list_backups(path)),
        )
        import orjson

        # write_atomically keeps the current file, even a corrupt one, as a backup first.
        write_atomically(path, orjson.dumps(tables), f"restore of {backup.name}")
    return len(tables.get("papers", {}))


def _current_next_id(path: Path) -> int:
    """The next id the library at PATH would give out (1 when it is missing; what its first
    bytes say when it is damaged)."""
    try:
        tables = read_tables(path, cache=False)
    except LibraryError:
        return _peek_next_id(path)
    if tables is None:
        return 1
    return Library(path, tables).next_id()


# papercli writes the meta table first, so a file's next_id is in its first bytes, even when
# the rest of the file is cut off or damaged.
_NEXT_ID_AT_START = re.compile(
    rb'^\s*\{\s*"meta"\s*:\s*\{\s*"1"\s*:\s*\{[^{}]*?"next_id"\s*:\s*(\d{1,15})'
)


def _peek_next_id(path: Path) -> int:
    """The next_id recorded at the start of the file at PATH (1 when none can be found)."""
    try:
        with open(path, "rb") as handle:
            start = handle.read(4096)
    except OSError:
        return 1
    match = _NEXT_ID_AT_START.match(start)
    return int(match.group(1)) if match else 1


def is_library_file(library: Path, target: Path) -> bool:
    """Whether TARGET is the library at LIBRARY or a file papercli derives from it: its lock,
    its load cache, a temp file of either, its backups folder, its ``pdfs/`` folder, its
    ``LIBRARY.http-cache/`` folder or anything in those, or another name (a symlink, a hard
    link) of one of them."""
    import fnmatch

    from papercli.net import cache_folder
    from papercli.pdfs import pdf_folder

    real_library = real_path(library)
    real_target = real_path(target)
    folder = backup_dir(library)
    managed = (folder, real_path(pdf_folder(library)), real_path(cache_folder(library)))
    if real_target in (real_library, lock_file_path(library), cache_path(library), *managed):
        return True
    if any(managed_folder in real_target.parents for managed_folder in managed):
        return True
    if real_target.parent == real_library.parent and fnmatch.fnmatchcase(
        real_target.name, f".{real_library.name}.*.tmp"
    ):
        return True
    try:
        target_id = (os.stat(real_target).st_ino, os.stat(real_target).st_dev)
    except OSError:
        return False
    candidates = [real_library, cache_path(library)]
    for managed_folder in managed[:2]:
        with contextlib.suppress(OSError):
            candidates += list(managed_folder.iterdir())
    for candidate in candidates:
        with contextlib.suppress(OSError):
            status = os.stat(candidate)
            if (status.st_ino, status.st_dev) == target_id:
                return True
    return False


def library_mode(library: Path) -> int:
    """The permission bits of the library file (0o666 when there is none yet)."""
    try:
        return stat.S_IMODE(os.stat(real_path(library)).st_mode)
    except OSError:
        return 0o666


# ---------------------------------------------------------------------------------------------
# The library


class Library:
    """The papers of one library file, read once per command; writable inside ``writing``."""

    def __init__(self, path: Path, tables: RawTables | None, writable: bool = False) -> None:
        self.path = path
        self.writable = writable
        self._tables: RawTables = tables if tables is not None else migrate({})
        self._new_file = tables is None  # created on commit, never over a file made meanwhile
        self._papers: dict[int, Paper] | None = None
        self._db: TinyDB | None = None
        self.changed = False
        self.label = ""
        self._added: list[int] = []
        self._before: dict[int, dict[str, Any] | None] = {}

    # -- reading -------------------------------------------------------------------------------

    def papers(self) -> list[Paper]:
        """Every paper, in id order."""
        return list(self._paper_map().values())

    def get(self, paper_id: int) -> Paper | None:
        """The paper with PAPER_ID, or None."""
        return self._paper_map().get(paper_id)

    def __len__(self) -> int:
        return len(self._tables.get("papers", {}))

    def records(self) -> dict[str, dict[str, Any]]:
        """The stored paper records by document id, in file order, without building papers
        (fields at their defaults are absent): read them, never modify them."""
        papers: dict[str, dict[str, Any]] = self._tables.get("papers", {})
        return papers

    def papers_by_ids(self, doc_ids: list[str]) -> list[Paper]:
        """The papers with the document ids DOC_IDS (as ``records`` names them), in that
        order; only those are built."""
        if self._papers is not None:
            return [self._papers[int(doc_id)] for doc_id in doc_ids]
        records = self.records()
        return [paper_from_record(doc_id, records[doc_id]) for doc_id in doc_ids]

    def _paper_map(self) -> dict[int, Paper]:
        if self._papers is None:
            with collector_paused():
                self._papers = {
                    int(doc_id): paper_from_record(doc_id, doc)
                    for doc_id, doc in self._tables.get("papers", {}).items()
                }
        return self._papers

    def undo_entries(self) -> list[dict[str, Any]]:
        """The undo journal, oldest first."""
        undo = self._tables.get("undo", {})
        return [undo[k] for k in sorted(undo, key=int)]

    # -- writing (through TinyDB tables over the in-memory data) ---------------------------------

    def _table(self, name: str) -> Any:
        if not self.writable:
            raise RuntimeError("library opened read-only")
        if self._db is None:
            from tinydb import TinyDB

            self._db = TinyDB(storage=_MemoryTablesStorage, tables=self._tables)
        return self._db.table(name, cache_size=0)

    def next_id(self) -> int:
        """The id the next paper gets: above every id this file has seen, whether in its
        meta record, its papers or its undo journal (an undo may bring a paper back)."""
        journal = [
            max([*entry["added"], *(p["id"] for p in entry["before"])], default=0)
            for entry in self._tables.get("undo", {}).values()
        ]
        return max(
            int(self._meta().get("next_id", 1)),
            max(map(int, self._tables.get("papers", {})), default=0) + 1,
            max(journal, default=0) + 1,
        )

    def _meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = self._tables["meta"]["1"]
        return meta

    def _remember(self, paper_id: int) -> None:
        if paper_id not in self._before and paper_id not in self._added:
            old = self._tables.get("papers", {}).get(str(paper_id))
            self._before[paper_id] = None if old is None else {**old, "id": paper_id}

    def insert(self, papers: list[Paper]) -> list[Paper]:
        """Give each paper a new id and added_at (unless set) and store them."""
        next_id = self.next_id()
        records: dict[str, dict[str, Any]] = {}
        for paper in papers:
            paper.id = next_id
            next_id += 1
            paper.added_at = paper.added_at or now_iso()
            records[str(paper.id)] = paper_to_record(paper)
        # New documents go straight into the papers table, as TinyDB's insert would put them
        # (ids above every id the file has seen): its insert copies the whole table twice.
        table = self._tables.setdefault("papers", {})
        for paper in papers:
            if str(paper.id) in table:
                raise ValueError(f"document with ID {paper.id} already exists")
            if self._papers is not None:  # else built from the records when first asked for
                self._papers[paper.id] = paper
            self._added.append(paper.id)
        table.update(records)
        self._table("meta").update({"next_id": next_id}, doc_ids=[1])
        self.changed = True
        return papers

    def update(self, papers: list[Paper]) -> None:
        """Store changed papers (matched by id)."""
        from tinydb.table import Document

        for paper in papers:
            paper.validate()
            self._remember(paper.id)
            self._paper_map()[paper.id] = paper
        table = self._table("papers")
        table.remove(doc_ids=[p.id for p in papers])
        table.insert_multiple(Document(paper_to_record(p), doc_id=p.id) for p in papers)
        self.changed = True

    def delete(self, paper_ids: list[int]) -> None:
        """Remove papers; their ids are never given out again."""
        for paper_id in paper_ids:
            self._remember(paper_id)
            self._paper_map().pop(paper_id, None)
        self._table("papers").remove(doc_ids=paper_ids)
        self.changed = True

    def undo(self) -> str:
        """Revert the newest journalled change; returns its label. ``redo`` re-applies it."""
        if not self._tables.get("undo"):
            raise PapercliError("nothing to undo: the library has no recorded changes")
        return self._move_change("undo", "redo")

    def redo(self) -> str:
        """Re-apply the change the last ``undo`` reverted; returns its label."""
        if not self._tables.get("redo"):
            raise PapercliError("nothing to redo: no change was undone since the last change")
        label = self._move_change("redo", "undo")
        self.label = f"redo of {label}"  # what a Ctrl-C reports: 'papercli undo' reverts it
        return label

    def redo_entries(self) -> list[dict[str, Any]]:
        """The undone changes ``redo`` can re-apply, oldest first (the last one undone last)."""
        redo = self._tables.get("redo", {})
        return [redo[k] for k in sorted(redo, key=int)]

    def _move_change(self, source: str, target: str) -> str:
        """Apply the newest entry of journal SOURCE and push its inverse onto TARGET."""
        entries = self._tables[source]
        newest = max(entries, key=int)
        entry = entries[newest]
        touched = [*entry["added"], *(p["id"] for p in entry["before"])]
        current = self._tables.get("papers", {})
        inverse = {
            "label": entry["label"],
            "at": entry["at"],
            "added": [i for i in dict.fromkeys(touched) if str(i) not in current],
            "before": [
                {**current[str(i)], "id": i} for i in dict.fromkeys(touched) if str(i) in current
            ],
        }
        label = self._apply_entry(entry)
        self._table(source).remove(doc_ids=[int(newest)])
        self._table(target).insert(inverse)
        return label

    def _apply_entry(self, entry: dict[str, Any]) -> str:
        """Remove the papers ENTRY added and put back the ones it holds as before."""
        from tinydb.table import Document

        papers = self._table("papers")
        papers.remove(doc_ids=[i for i in entry["added"] if str(i) in self._tables["papers"]])
        before = [dict(p) for p in entry["before"]]
        ids = [p.pop("id") for p in before]
        papers.remove(doc_ids=[i for i in ids if str(i) in self._tables["papers"]])
        papers.insert_multiple(Document(p, doc_id=i) for i, p in zip(ids, before, strict=True))
        self._papers = None
        self.changed = True
        label: str = entry["label"]
        self.label = f"undo of {label}"
        return label

    def _journal(self) -> None:
        before = [p for p in self._before.values() if p is not None]
        added = self._added + [i for i, p in self._before.items() if p is None]
        if not before and not added:
            return
        if self._tables.get("redo"):  # a new change ends what could be redone
            self._table("redo").truncate()
        undo = self._table("undo")
        undo.insert(
            {"label": self.label or "change", "at": now_iso(), "added": added, "before": before}
        )
        ids = sorted(int(k) for k in self._tables["undo"])
        if len(ids) > UNDO_LEVELS:
            undo.remove(doc_ids=ids[: len(ids) - UNDO_LEVELS])

    def serialize(self) -> bytes:
        """The file's bytes for the current tables."""
        import orjson

        tables = {name: self._tables.get(name, {}) for name in ("meta", "papers", "undo")}
        tables.update({k: v for k, v in self._tables.items() if k not in tables})
        return orjson.dumps(tables)

    def commit(self, journal: bool = True) -> None:
        """Write the changes, if any, atomically (called by ``writing`` on success)."""
        if not self.changed:
            return
        if journal:
            self._journal()
        # The load cache is left to the next reader, which writes it only if it is needed:
        # a marshal dump and a second copy of the data would double the work of every write.
        # Only its header is written: the note that this file holds checked tables.
        written = write_atomically(self.path, self.serialize(), self.label, new=self._new_file)
        if written.st_size >= CACHE_MIN_BYTES:
            write_cache(self.path, None, written)


class _MemoryTablesStorage:
    """A TinyDB storage over tables already in memory; ``Library.commit`` does the file I/O."""

    def __init__(self, tables: RawTables) -> None:
        self.tables = tables

    def read(self) -> RawTables:
        return self.tables

    def write(self, data: RawTables) -> None:
        if data is not self.tables:
            self.tables.clear()
            self.tables.update(data)

    def close(self) -> None:
        pass


def open_library(path: Path) -> Library:
    """The library at PATH for reading; a missing file reads as an empty library."""
    return Library(path, read_tables(path))


@contextlib.contextmanager
def writing(path: Path, journal: bool = True) -> Iterator[Library]:
    """Lock the library, read it fresh, yield it for changes, and write it once at the end.

    Nothing is written when the block raises.
    """
    with library_lock(path):
        library = Library(path, read_tables(path, refresh=False), writable=True)
        yield library
        library.commit(journal=journal)
