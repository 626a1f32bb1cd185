"""Drafts: the half-typed text of the note field, kept on disk so nothing typed is lost.

A flat battery, a crash, ``kill -9``, Ctrl+Q or a language switch in the middle of a
sentence must not lose what the facilitator typed. The window records the note field's
text here within a second of typing and on every focus change; when the window starts
again, the text comes back in the field at the meeting, theme and group where it was
typed. A saved note clears its draft.

One file per consultation file, in the data folder::

    <data folder>/drafts/<sha256 of the consultation's resolved path, 24 hex>.json

    {"format": "workshop-app-drafts", "version": 1,
     "consultation": "/home/anna/opsamling.sqlite",
     "drafts": [{"meeting": "…", "theme": "…", "group": "", "note": "",
                 "text": "…", "updated": 1775630000.5}]}

``group`` is "" for notes without a group; ``note`` is the id of a note being edited in
place ("" for a new note). The file is owner-only (600) and written atomically (a
temporary file in the same folder, fsync, rename, fsync of the folder), so a kill leaves
either the old or the new file, never half of one. With no drafts left the file is
removed: no citizen's words stay behind. A damaged file is set aside (renamed
``….damaged-<time>.json``, still 600) and reported in one line; it never stops the window.

Nothing here imports Qt; ``workshop_app/ui/drafts.py`` wires the timers and focus.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import json
import os
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

FORMAT = "workshop-app-drafts"
VERSION = 1
#: A drafts file larger than this is not a drafts file (a few notes of 5,000 characters).
MAX_FILE_BYTES = 8 * 1024 * 1024


@dataclass(frozen=True)
class Place:
    """Where a note is typed: a meeting, a theme and a group ("" for no group)."""

    meeting: str
    theme: str
    group: str = ""


@dataclass(frozen=True)
class Draft:
    """Text typed at a place; ``note`` names the note edited in place ("" for a new note)."""

    meeting: str
    theme: str
    group: str
    text: str
    note: str = ""
    updated: float = 0.0

    @property
    def place(self) -> Place:
        return Place(self.meeting, self.theme, self.group)

    @property
    def key(self) -> str:
        return draft_key(self.place, self.note)


def draft_key(place: Place, note: str = "") -> str:
    return f"note:{note}" if note else f"{place.meeting}/{place.theme}/{place.group}"


def drafts_file(folder: Path, consultation: Path) -> Path:
    """The drafts file of a consultation file."""
    digest = hashlib.sha256(str(consultation.resolve()).encode("utf-8")).hexdigest()[:24]
    return folder / f"{digest}.json"


class DraftStore:
    """The drafts of one consultation file, in memory and on disk.

    ``path`` None keeps drafts in memory only (a consultation opened in memory).
    After ``load()``, ``problem`` holds one line when the file was damaged.
    """

    def __init__(self, path: Path | None, consultation: Path | None = None) -> None:
        self.path = path
        self.consultation = consultation
        self.drafts: dict[str, Draft] = {}
        self.problem = ""
        self.set_aside: Path | None = None  # where a damaged file was moved
        self._dirty = False

    @classmethod
    def for_consultation(cls, folder: Path, consultation: Path | None) -> DraftStore:
        if consultation is None:
            return cls(None)
        return cls(drafts_file(folder, consultation), consultation)

    # ------------------------------------------------------------------ reading
    def load(self) -> DraftStore:
        """Read the file (a missing file is no drafts; a damaged one is set aside)."""
        self.drafts, self.problem, self.set_aside = {}, "", None
        if self.path is None:
            return self
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES:
                raise ValueError("too large")
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            drafts = _parse(raw)
        except FileNotFoundError:
            return self
        except (OSError, UnicodeDecodeError, ValueError, TypeError, KeyError) as exc:
            self.problem = self._set_aside(exc)
            return self
        self.drafts = {d.key: d for d in drafts if d.text}
        return self

    def _set_aside(self, exc: BaseException) -> str:
        assert self.path is not None
        aside = self.path.with_name(f"{self.path.stem}.damaged-{int(time.time())}.json")
        try:
            os.replace(self.path, aside)
        except OSError:
            return f"the drafts file {self.path} cannot be read ({exc.__class__.__name__}); ignored"
        self.set_aside = aside
        return f"the drafts file was damaged and is ignored (kept as {aside})"

    def get(self, place: Place, note: str = "") -> Draft | None:
        return self.drafts.get(draft_key(place, note))

    def latest(self) -> Draft | None:
        """The draft typed last (where the window resumes after a crash)."""
        return max(self.drafts.values(), key=lambda d: d.updated, default=None)

    def edits(self) -> list[Draft]:
        return [d for d in self.drafts.values() if d.note]

    # ------------------------------------------------------------------ writing
    def put(self, place: Place, text: str, note: str = "") -> bool:
        """Record ``text`` typed at ``place`` (empty text removes the draft); True if changed."""
        key = draft_key(place, note)
        current = self.drafts.get(key)
        if not text.strip():
            if current is None:
                return False
            del self.drafts[key]
        else:
            if current is not None and current.text == text and current.place == place:
                return False
            self.drafts[key] = Draft(*_fields(place), text=text, note=note, updated=time.time())
        self._dirty = True
        return True

    def remove(self, place: Place, note: str = "") -> bool:
        return self.put(place, "", note)

    def save(self) -> None:
        """Write the drafts to disk if they changed (atomic, 600); raises OSError."""
        job = self.pending_write()
        if job is not None:
            try:
                write_drafts(*job)
            except BaseException:
                self._dirty = True  # not written: the next save tries again
                raise

    def pending_write(self) -> tuple[Path, str | None] | None:
        """What ``save`` would write, for a writer on another thread: the file and its new
        content (None: remove the file, no drafts are left); None when nothing changed.
        The store counts as saved from here on; ``mark_unsaved`` if the write fails."""
        if not self._dirty or self.path is None:
            self._dirty = False
            return None
        self._dirty = False
        if not self.drafts:
            return self.path, None
        payload = {
            "format": FORMAT,
            "version": VERSION,
            "consultation": str(self.consultation or ""),
            "drafts": [asdict(d) for d in self.drafts.values()],
        }
        return self.path, json.dumps(payload, ensure_ascii=False, indent=1)

    def mark_unsaved(self) -> None:
        """A write handed out by ``pending_write`` failed: the next save writes again."""
        self._dirty = True


def write_drafts(path: Path, text: str | None) -> None:
    """Replace the drafts file ``path`` with ``text`` (atomic, 600, durable), or remove it
    when ``text`` is None; raises OSError."""
    if text is None:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
            _fsync_dir(path.parent)
        return
    _write_private(path, text)


class DraftWriter:
    """Writes drafts files on a thread of its own, so that the fsyncs of a durable write
    never hold up the thread that types (the window's UI thread).

    ``submit`` hands over the newest content of a file and returns at once; a newer
    content of the same file replaces one not yet written (only the newest state matters:
    each write replaces the whole file). ``wait`` returns when everything submitted is on
    disk. ``on_error(path, exc)`` and ``on_written(path)`` are called on the writer's
    thread. A process that exits waits for the writes still pending (``atexit``).
    """

    def __init__(
        self,
        on_error: Callable[[Path, Exception], None] | None = None,
        on_written: Callable[[Path], None] | None = None,
    ) -> None:
        self._on_error = on_error
        self._on_written = on_written
        self._pending: dict[Path, str | None] = {}
        self._busy = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        _WRITERS.add(self)

    def submit(self, path: Path, text: str | None) -> None:
        with self._cond:
            self._pending[path] = text
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="drafts-writer", daemon=True
                )
                self._thread.start()
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every submitted write is done; False if ``timeout`` ran out."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._pending))
                path, text = next(iter(self._pending.items()))
                del self._pending[path]
                self._busy = True
            try:
                try:
                    write_drafts(path, text)
                except Exception as exc:  # noqa: BLE001 -- reported; the thread must live on
                    if self._on_error is not None:
                        self._on_error(path, exc)
                else:
                    if self._on_written is not None:
                        self._on_written(path)
            except Exception:  # noqa: BLE001, S110 -- a listener that is gone (a closed window)
                pass
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


_WRITERS: weakref.WeakSet[DraftWriter] = weakref.WeakSet()


@atexit.register
def _finish_pending_writes() -> None:
    for writer in list(_WRITERS):
        writer.wait(timeout=10)


def _fields(place: Place) -> tuple[str, str, str]:
    return place.meeting, place.theme, place.group


def _parse(raw: object) -> list[Draft]:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError("not a drafts file")
    if not isinstance(raw.get("version"), int) or raw["version"] > VERSION:
        raise ValueError("unknown drafts version")
    items = raw.get("drafts")
    if not isinstance(items, list):
        raise TypeError("no drafts list")
    drafts = []
    for item in items:
        if not isinstance(item, dict):
            raise TypeError("a draft is not an object")
        values = {k: item[k] for k in ("meeting", "theme", "group", "text")}
        values["note"] = item.get("note", "")
        if not all(isinstance(v, str) for v in values.values()):
            raise ValueError("a draft field is not text")
        updated = item.get("updated", 0.0)
        if not isinstance(updated, (int, float)):
            raise TypeError("a draft time is not a number")
        drafts.append(Draft(**values, updated=float(updated)))
    return drafts


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` atomically, owner-only, durable (file and folder
    fsynced); no temporary file is left behind on failure."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "fchmod"):  # a temporary file left by a killed run keeps its mode
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every system can open a folder (Windows)
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
