"""Writing files the one safe way, and leaving no copies of citizens' words behind.

``atomic_write(path, data)`` and ``atomic_path(path)`` are the only way the app replaces a
file it writes (exports, session files, backups): a temporary file in the same folder,
owner-only (0600) from the moment it exists, written, fsynced, renamed over the target, and
the folder fsynced, so a crash leaves either the old file or the new one, never half of
one. A temporary file is named ``.tmp-<process id>-<random><suffix>``; when a write is
killed it stays behind, and the next write into that folder removes the stale ones of its
own (their process is gone, or they are a day old).

``private_temp_dir(prefix)`` is an owner-only folder (0700) in the system's temporary folder
for a working copy (a session file being checked before a merge), removed when done;
``sweep_private_temp_dirs()`` removes the ones a killed process left (called at every start).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".tmp-"
#: A temporary file or folder of ours this old is stale whatever its process id says (a
#: file from another computer, e.g. on a USB stick, whose process id means nothing here).
STALE_AFTER_S = 24 * 3600
#: Working folders named before they carried a process id: stale after an hour.
UNNAMED_STALE_AFTER_S = 3600
MERGE_PREFIX = "workshop-merge-"

_OURS = re.compile(r"^\.tmp-(\d{1,10})-[0-9a-f]{8}")
_DIR_OURS = re.compile(r"-(\d{1,10})-[A-Za-z0-9_]{4,}$")


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (best effort: not every system can open a folder)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def process_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (True when unsure)."""
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return True  # no cheap, safe check there: the age rule removes them
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process, or not allowed to ask: alive
        return True
    return True


def _age(path: Path) -> float:
    try:
        return time.time() - path.lstat().st_mtime
    except OSError:
        return 0.0


def sweep_stale_temps(folder: Path, suffix: str = "") -> list[Path]:
    """Remove our stale temporary files (``.tmp-<pid>-<random><suffix>``) in ``folder``:
    their process is gone, or they are older than a day. With a ``suffix`` (``.wsession``),
    also the ones older app versions named ``.tmp-<random><suffix>``, after an hour."""
    removed = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not name.startswith(TEMP_PREFIX) or not name.endswith(suffix):
            continue
        match = _OURS.match(name)
        if match:
            stale = not process_alive(int(match.group(1))) or _age(entry) > STALE_AFTER_S
        else:
            stale = bool(suffix) and _age(entry) > UNNAMED_STALE_AFTER_S
        if stale and entry.is_file() and not entry.is_symlink():
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed


def new_temp(folder: Path, suffix: str = "") -> Path:
    """An empty, owner-only temporary file in ``folder``, named for this process."""
    for _attempt in range(10):
        # os.urandom is what secrets.token_hex reads (secrets costs ~3 ms of imports)
        tmp = Path(folder) / f"{TEMP_PREFIX}{os.getpid()}-{os.urandom(4).hex()}{suffix}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(f"cannot make a temporary file in {folder}")


@contextlib.contextmanager
def atomic_path(target: str | Path, *, suffix: str = "") -> Iterator[Path]:
    """A temporary file to fill in; when the block ends without an error it replaces
    ``target`` (fsync of file and folder), otherwise it is removed and ``target`` is as it
    was. Stale temporary files of ours in that folder are removed first.

    Raises ``OSError`` from the file system (the caller words it for the user).
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    sweep_stale_temps(folder, suffix)
    tmp = new_temp(folder, suffix)
    try:
        yield tmp
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(folder)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def atomic_write(target: str | Path, data: bytes | str) -> None:
    """Write ``data`` (text as UTF-8) to ``target`` atomically, owner-only (see the module)."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(target, suffix=Path(target).suffix) as tmp, open(tmp, "wb") as fh:
        fh.write(payload)


# ---------------------------------------------------------------- working folders
def sweep_private_temp_dirs(prefix: str = MERGE_PREFIX) -> list[Path]:
    """Remove working folders ``<prefix><pid>-…`` a killed process left in the system's
    temporary folder (only this user's; older unnamed ones after an hour)."""
    removed = []
    root = Path(tempfile.gettempdir())
    try:
        entries = [e for e in root.iterdir() if e.name.startswith(prefix)]
    except OSError:
        return removed
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        try:
            info = entry.lstat()
        except OSError:
            continue
        if uid is not None and info.st_uid != uid:
            continue
        if not entry.is_dir() or entry.is_symlink():
            continue
        match = _DIR_OURS.search(entry.name)
        if match:
            stale = not process_alive(int(match.group(1))) or _age(entry) > STALE_AFTER_S
        else:
            stale = _age(entry) > UNNAMED_STALE_AFTER_S
        if stale:
            shutil.rmtree(entry, ignore_errors=True)
            if not entry.exists():
                removed.append(entry)
    return removed


@contextlib.contextmanager
def private_temp_dir(prefix: str = MERGE_PREFIX) -> Iterator[Path]:
    """An owner-only folder (0700) in the system's temporary folder, removed afterwards."""
    sweep_private_temp_dirs(prefix)
    folder = Path(tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def copy_private(source: Path, target: Path) -> None:
    """Copy a file into a new owner-only file (a copy of citizens' words is never 0644)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
        shutil.copyfileobj(src, out, 1024 * 1024)
