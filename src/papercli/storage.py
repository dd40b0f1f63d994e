"""The library file: the only module that knows TinyDB, the file, the lock, backups and schema.

The file is a TinyDB JSON document with three tables::

    {"meta":   {"1": {"schema_version": 1, "next_id": 42}},
     "papers": {"7": {...paper fields, no id...}, ...},
     "undo":   {"1": {"label": ..., "at": ..., "added": [ids], "before": [papers]}, ...}}

Every change runs under an exclusive lock (``<library>.lock``), re-reads the file, applies the
change through TinyDB tables kept in memory, and replaces the file atomically: a temp file in
the same folder, flushed and fsynced, hard-linked backup of the old file, then ``os.replace``.
Readers take no lock: a rename is atomic, so they see the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
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
    """0 -> 1: a plain TinyDB file (papers in ``_default``, no meta) becomes a library."""
    papers = dict(tables.get("papers", {}))
    for doc_id, doc in tables.get("_default", {}).items():
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


def _corrupt(path: Path, problem: str) -> LibraryError:
    if backup_dir(path).is_dir() and any(backup_dir(path).glob("*.json")):
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
# mtime in ns, inode, device) and this Python and schema; anything else and it is ignored and
# rewritten. It saves the JSON parse and the record checks: about half of a 100k-paper load.

CACHE_FORMAT = 1


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
        status.st_ino,
        status.st_dev,
    )
    return ("papercli-cache " + " ".join(map(str, fields)) + "\n").encode()


def _read_cache(path: Path, status: os.stat_result) -> RawTables | None:
    import marshal

    header = _cache_header(status)
    try:
        with open(cache_path(path), "rb") as handle:
            if handle.read(len(header)) != header:
                return None
            tables = marshal.loads(handle.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return tables if isinstance(tables, dict) else None


def write_cache(path: Path, tables: RawTables, status: os.stat_result | None = None) -> None:
    """Keep TABLES as the load cache of the library file (best effort).

    STATUS is the stat of the file TABLES were read from. A reader must pass it: the file may
    have been replaced since it was read, and the cache must name the file it came from. A
    writer, holding the lock, may leave it out: the file is the one it just wrote.
    """
    import marshal

    target = cache_path(path)
    tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    try:
        payload = marshal.dumps(tables)
        status = status or os.stat(real_path(path))
        with open(tmp, "wb") as handle:
            handle.write(_cache_header(status))
            handle.write(payload)
        os.replace(tmp, target)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            tmp.unlink()


def read_tables(path: Path, cache: bool = True) -> RawTables | None:
    """The raw, migrated tables of the library at PATH; None when there is no file yet.

    With CACHE, a valid load cache is used, and a missing or stale one written.
    """
    try:
        with open(path, "rb") as handle:
            status = os.fstat(handle.fileno())
            with collector_paused():
                usable = cache and stat.S_ISREG(status.st_mode)
                cached = _read_cache(path, status) if usable else None
            if cached is not None:
                return cached
            data = handle.read()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise _corrupt(path, "is a directory, not a library file") from None
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
    version = schema_version(tables)
    if version > SCHEMA_VERSION:
        raise LibraryError(
            f"library {path} has schema version {version}, but this papercli knows only "
            f"versions up to {SCHEMA_VERSION}; it was left as it is. Upgrade papercli to use "
            f"it, or run 'papercli --db {path} restore' to list backups and restore one"
        )
    result: RawTables = migrate(tables)
    _check_records(path, result)
    if cache and status.st_size >= CACHE_MIN_BYTES:
        write_cache(path, result, status)
    return result


# Below this a JSON parse is as quick as reading a cache: don't litter small libraries.
CACHE_MIN_BYTES = 256 * 1024


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
    for doc_id, doc in tables.get("papers", {}).items():
        if not _is_doc_id(doc_id):
            raise _corrupt(path, f"has a malformed paper record {doc_id!r}")
        problem = _record_problem(doc)
        if problem:
            raise _corrupt(path, f"has paper {doc_id} that {problem}")
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
    values = {"id": int(doc_id), **_DEFAULTS}  # the contract's key order, as Paper declares
    for name in LIST_FIELDS:  # a list of its own for each paper, never one shared default
        values[name] = []
    values.update(doc)
    paper.__dict__ = values
    return paper


_DEFAULTS: dict[str, Any] = {k: v for k, v in Paper(title="x").to_dict().items() if k != "id"}
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


@contextlib.contextmanager
def library_lock(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on the library at PATH, or raise LibraryLocked after TIMEOUT s."""
    import fcntl

    if timeout is None:
        timeout = lock_timeout()
    real = real_path(path)
    lock_path = real.with_name(real.name + ".lock")
    try:
        real.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LibraryError(f"cannot create lock file {lock_path}: {exc.strerror or exc}") from None
    deadline = time.monotonic() + timeout
    delay = 0.005
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
        yield
    finally:
        os.close(fd)  # closing the descriptor releases the flock


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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace PATH by DATA: temp file in the same folder, fsync, backup of the old, rename.

    Call it holding the library lock. A symlinked PATH stays a symlink (its target is
    replaced), and the file keeps its permission bits (a private library stays private).
    """
    target = real_path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    _remove_stale_temp_files(target)
    try:
        existed = target.exists()
        mode = stat.S_IMODE(target.stat().st_mode) if existed else None
        with open(tmp, "wb") as handle:
            if mode is not None:
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if existed:
            _keep_backup(target)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        reason = os.strerror(exc.errno) if exc.errno else str(exc)
        raise LibraryError(
            f"could not write library {path}: {reason}; nothing was changed"
        ) from None
    _fsync_dir(target.parent)


def _keep_backup(path: Path) -> None:
    """Keep the current file as a backup (a hard link where possible), then rotate."""
    folder = backup_dir(path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = folder / f"{path.stem}-{stamp}.json"
    try:
        os.link(path, target)
    except OSError as exc:
        if exc.errno not in (errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP):
            raise
        import shutil

        shutil.copy2(path, target)
    _rotate_backups(folder)


def _rotate_backups(folder: Path) -> None:
    backups = sorted(folder.glob("*.json"), reverse=True)
    total = 0
    for index, backup in enumerate(backups):
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
    if not folder.is_dir():
        return []
    backups = []
    for file in sorted(folder.glob("*.json"), reverse=True):
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
        # Ids are never given out twice: the restored file may predate papers added since.
        meta = tables["meta"]["1"]
        meta["next_id"] = max(int(meta.get("next_id", 1)), _current_next_id(path))
        import orjson

        # write_atomically keeps the current file, even a corrupt one, as a backup first.
        write_atomically(path, orjson.dumps(tables))
        write_cache(path, tables)
    return len(tables.get("papers", {}))


def _current_next_id(path: Path) -> int:
    """The next id the library at PATH would give out (1 when it is missing or unreadable)."""
    try:
        tables = read_tables(path, cache=False)
    except LibraryError:
        return 1
    if tables is None:
        return 1
    papers = tables.get("papers", {})
    return max(int(tables["meta"]["1"].get("next_id", 1)), max(map(int, papers), default=0) + 1)


# ---------------------------------------------------------------------------------------------
# The library


class Library:
    """The papers of one library file, read once per command; writable inside ``writing``."""

    def __init__(self, path: Path, tables: RawTables | None, writable: bool = False) -> None:
        self.path = path
        self.writable = writable
        self._tables: RawTables = tables if tables is not None else migrate({})
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

    def _meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = self._tables["meta"]["1"]
        return meta

    def _remember(self, paper_id: int) -> None:
        if paper_id not in self._before and paper_id not in self._added:
            old = self._tables.get("papers", {}).get(str(paper_id))
            self._before[paper_id] = None if old is None else {**old, "id": paper_id}

    def insert(self, papers: list[Paper]) -> list[Paper]:
        """Give each paper a new id and added_at (unless set) and store them."""
        from tinydb.table import Document

        meta = self._meta()
        next_id = max(int(meta.get("next_id", 1)), max(self._paper_map(), default=0) + 1)
        documents = []
        for paper in papers:
            paper.id = next_id
            next_id += 1
            paper.added_at = paper.added_at or now_iso()
            documents.append(Document(paper_to_record(paper), doc_id=paper.id))
            self._paper_map()[paper.id] = paper
            self._added.append(paper.id)
        self._table("papers").insert_multiple(documents)
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
        return self._move_change("redo", "undo")

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
        data = self.serialize()
        write_atomically(self.path, data)
        if len(data) >= CACHE_MIN_BYTES:
            write_cache(self.path, self._tables)


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
        library = Library(path, read_tables(path), writable=True)
        yield library
        library.commit(journal=journal)
