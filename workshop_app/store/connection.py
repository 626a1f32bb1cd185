"""The store's connection: plain ``sqlite3`` with sqlite-utils' transaction rules.

Opening a file (the window's start, ``workshop-app info``, ``export``) needs only
``execute``, a savepoint and a rollback, so the store runs on this thin class and does not
import sqlite-utils, whose import (with dateutil, pluggy and click) costs ~50 ms of every
start. sqlite-utils stays the library of the places that really use it — the migrations,
sync's in-memory databases, tests — and is imported there, lazily, through
:func:`sqlite_utils_module` (``Connection.utils`` gives one on the same connection).

``execute`` and ``atomic`` behave as sqlite-utils 4's ``Database.execute`` and ``atomic``:
a write outside a transaction is committed at once (a note is durable when ``add_note``
returns), a failed statement leaves no implicit transaction open, and nested blocks are
savepoints.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils

#: Statements that control transactions themselves: ``execute`` never commits after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})


_sqlite_utils: Any = None
_import_lock = threading.Lock()


def sqlite_utils_module():
    """Import sqlite-utils (once) without numpy and pandas.

    sqlite-utils imports numpy and pandas whenever they are installed, only to adapt their
    value types, which this app never stores: 100-250 ms. They are hidden while sqlite-utils
    is first imported; later imports of numpy work as usual. Every module of the app imports
    sqlite-utils through here.
    """
    global _sqlite_utils
    if _sqlite_utils is not None:
        return _sqlite_utils
    # One thread imports; the others wait for the whole module (sys.modules holds a half
    # imported one meanwhile: several threads create files at once).
    with _import_lock:
        if _sqlite_utils is None:
            hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
            for name in hidden:
                sys.modules[name] = None  # type: ignore[assignment]
            try:
                import sqlite_utils
            finally:
                for name in hidden:
                    if sys.modules.get(name) is None:
                        sys.modules.pop(name, None)
            _sqlite_utils = sqlite_utils
    return _sqlite_utils


def _first_keyword(sql: str) -> str:
    """The first keyword of a statement, upper case (after blanks, ``;`` and comments)."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def folded_instr(text: bytes | None, needle: str) -> bool:
    """SQL ``folded_instr(CAST(text AS BLOB), needle)``: whether ``needle`` (lower case)
    occurs in ``text`` in lower case, for every script (SQLite's ``lower`` folds only A-Z).
    The text comes as bytes so that a damaged cell (not UTF-8) is searched, not an error."""
    if text is None:
        return False
    return needle in text.decode("utf-8", "replace").lower()


def _name_key(value: str | None) -> str | None:
    """SQL ``name_key(venue)``: the key names are compared by everywhere else
    (``domain.validation.name_key``: NFC, blanks collapsed, case folded in every script)."""
    from workshop_app.domain.validation import name_key

    return None if value is None else name_key(value)


class Connection:
    """One SQLite connection of the store (``store.db``); ``conn`` is the ``sqlite3`` one."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: sqlite_utils.Database | None = None
        conn.create_function("folded_instr", 2, folded_instr, deterministic=True)
        conn.create_function("name_key", 1, _name_key, deterministic=True)

    def execute(self, sql: str, parameters: Sequence[Any] | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql) if parameters is None else conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.execute("ROLLBACK")  # the failed write's implicit transaction
            raise
        if (not was_in_transaction and conn.in_transaction and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Connection]:
        """A transaction (or, inside one, a savepoint): all of the block or none of it."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"store_{os.urandom(8).hex()}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may have ended the whole transaction
                    conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def rollback(self) -> None:
        """Roll back the open transaction, if any."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

    @property
    def utils(self) -> sqlite_utils.Database:
        """sqlite-utils on this same connection (imported on first use): for the migrations
        and anyone who needs more than ``execute``."""
        if self._utils is None:
            self._utils = sqlite_utils_module().Database(self.conn, execute_plugins=False)
        return self._utils
