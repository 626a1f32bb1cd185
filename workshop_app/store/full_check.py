"""The full integrity check of a file opened on SQLite's quick check, and the gate that holds
every write until it passes.

The window opens its file with the quick check (every page and record well formed) and the
cheap checks (kind, version, tables, no triggers); the full check (indexes against their
tables, foreign keys: ~130 ms on 50,000 notes) runs after its first paint, on a thread of its
own with its own read-only connection (``Store.start_full_check``). Until it has passed,
every write of the store waits for it (``Store.wait_full_check``); a file that fails it is
refused at the first write with the message an open would have given, and nothing is
written. Reads go on meanwhile.

A pending or failed check is registered by file, so that every ``Store`` of that file in this
process (the window's pool threads open their own) is held by the same verdict; an open that
checks the file fully again replaces it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from workshop_app.errors import DamagedFileError

#: The verdict is not in yet / the file passed / the file failed.
PENDING, PASSED, FAILED = "pending", "passed", "failed"


class FullCheck:
    """SQLite's integrity and foreign-key checks of one file, run once, on a thread."""

    def __init__(self, path: Path, explain: Callable[[str], str] | None = None) -> None:
        self.path = path
        #: Makes a refusal's message (adds the newest good backup, as an open's refusal has).
        self._explain = explain
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._done = threading.Event()
        self._refusal: str | None = None

    @property
    def state(self) -> str:
        if not self._done.is_set():
            return PENDING
        return FAILED if self._refusal is not None else PASSED

    def start(self) -> None:
        """Start the check on its own thread (once; later calls do nothing)."""
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="full-check", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """Block until the verdict (starting the check if nobody has); raise
        ``DamagedFileError`` with the refusal when the file failed it."""
        if not self._done.is_set():
            self.start()
            self._done.wait()
        if self._refusal is not None:
            raise DamagedFileError(self._refusal)

    def _run(self) -> None:
        from workshop_app.store import database

        try:
            refusal = _check(self.path)
            if refusal is not None and self._explain is not None:
                refusal = self._explain(refusal)
        except Exception as exc:  # noqa: BLE001 -- unchecked is refused: nothing is written
            refusal = f"{self.path.name} could not be checked ({database.one_line(exc)})"
        self._refusal = refusal
        self._done.set()
        if refusal is None:
            drop(self)


def _check(path: Path) -> str | None:
    from workshop_app.store import database

    # Counted as open meanwhile: an open of the same file then does not read its header
    # through a plain file handle, whose closing would drop this connection's locks.
    database.hold_open(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.DatabaseError as exc:
        database.release(path)
        return str(database.as_store_error(exc, path))
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        return database.integrity_refusal(conn, path)
    finally:
        conn.close()
        database.release(path)


# ---------------------------------------------------------------- by file, in this process
_pending: dict[str, FullCheck] = {}
_pending_lock = threading.Lock()


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def register(check: FullCheck) -> None:
    """Hold every store of ``check.path`` in this process by ``check`` until it passes."""
    with _pending_lock:
        _pending[_key(check.path)] = check


def forget(path: Path) -> None:
    """The file was checked fully again (a new open): an older verdict no longer holds."""
    with _pending_lock:
        _pending.pop(_key(path), None)


def drop(check: FullCheck) -> None:
    """Stop holding stores by ``check`` (it passed, or the open that made it failed)."""
    with _pending_lock:
        key = _key(check.path)
        if _pending.get(key) is check:
            del _pending[key]


def held_by(path: Path) -> FullCheck | None:
    """The pending or failed check holding writes to ``path``, if any."""
    if not _pending:
        return None
    with _pending_lock:
        return _pending.get(_key(path))
