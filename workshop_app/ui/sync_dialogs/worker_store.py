"""A second connection to the window's consultation, for work on a pool thread.

SQLite connections belong to the thread that opened them, so a merge, a session
export or a periodic backup running off the UI thread needs its own. The file is
already open and checked in the window, so this skips ``Store.open``'s checks and
its after-open hooks (which would take an "open" backup every time).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workshop_app.store import Store, database


@contextmanager
def worker_store(path: Path, device: str) -> Iterator[Store]:
    """Open ``path`` for the calling thread as ``device``; closed when the block ends."""
    db = database.connect(Path(path))
    try:
        store = Store(db, Path(path), device)
    except BaseException:
        db.close()
        raise
    try:
        yield store
    finally:
        store.close()
