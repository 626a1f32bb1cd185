"""One window per consultation file, across processes.

A window that opens a file claims it: a ``QLockFile`` keyed by the file's resolved path (in
an owner-only folder under the system's temporary folder, so that two copies of the app
with different data folders still meet), and a ``QLocalServer`` of the same key. Opening
the file in a second window (another ``workshop-app`` started on it, or File → Open in
another window) finds the lock held, asks the first window through its server to come
forward, and opens nothing: at start-up the second process says so on stderr and exits,
from File → Open it is one dialog.

A lock left by a window that was killed is stale (its process is gone) and taken over.
Command-line commands never claim: several scripts may still write to a file at once, and
to a file a window holds, and wait for each other as before.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from workshop_app.errors import UserError

if TYPE_CHECKING:  # QtNetwork loads when a server listens or a socket connects
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: What a second window sends to the first: come forward.
RAISE = b"raise\n"
CONNECT_MS = 1000
#: How long a second window keeps trying to reach the first: a window that has just taken
#: its lock starts answering after its first paint (a double-click that started the app
#: twice must still bring the first window forward, not show an error).
SERVER_WAIT_MS = 3000


class HeldElsewhere(UserError):
    """The file is open in another window of the app; ``brought_forward`` when it was asked
    to come forward (else it could not be reached)."""

    def __init__(self, message: str, *, brought_forward: bool) -> None:
        super().__init__(message)
        self.brought_forward = brought_forward


def _user() -> str:
    try:
        return "".join(c for c in getpass.getuser() if c.isalnum())[:32] or "user"
    except (OSError, KeyError, ImportError):  # no user name (a container without passwd)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def key_of(path: str | Path) -> str:
    """The claim's key: the file's absolute, resolved path, hashed (a short name for sockets)."""
    resolved = str(Path(path).expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def lock_folder() -> Path:
    """The owner-only folder of the window locks (created when missing)."""
    folder = Path(tempfile.gettempdir()) / f"workshop-app-{_user()}-windows"
    folder.mkdir(mode=0o700, exist_ok=True)
    try:
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError:
        pass
    return folder


def server_name(key: str) -> str:
    return f"workshop-app-{_user()}-{key}"


class FileClaim(QObject):
    """This window's hold on one consultation file; ``activationRequested`` when another
    window asked it to come forward."""

    activationRequested = Signal()

    def __init__(
        self, path: Path, lock: QLockFile | None = None, server: QLocalServer | None = None
    ) -> None:
        super().__init__()
        self.path = path
        self._lock = lock
        self._server = server
        if server is not None:
            server.setParent(self)
            server.newConnection.connect(self._connection)

    @classmethod
    def acquire(cls, path: str | Path, *, listen: bool = True) -> FileClaim:
        """Claim ``path`` for this window, or raise ``HeldElsewhere`` (after asking the window
        that holds it to come forward).

        ``listen=False`` takes only the lock; ``listen()`` starts the server later (the
        window does so after its first paint, so QtNetwork is not loaded before it: until
        then a second window is still refused, it only cannot bring this one forward)."""
        path = Path(path).expanduser()
        key = key_of(path)
        try:
            folder = lock_folder()
        except OSError:
            return cls(path)  # no temporary folder to lock in: the window opens unguarded
        lock = QLockFile(str(folder / f"{key}.lock"))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        if not lock.tryLock(0):
            if lock.error() != QLockFile.LockError.LockFailedError:
                return cls(path)  # no lock can be made here: the window opens unguarded
            raise _held(path, key, lock)
        claim = cls(path, lock)
        if listen:
            claim.listen()
        return claim

    def listen(self) -> None:
        """Answer other windows' requests to come forward (once; only while locked)."""
        if self._server is not None or self._lock is None:
            return
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(key_of(self.path))
        QLocalServer.removeServer(name)  # a socket left by a window that was killed
        server.listen(name)  # without a server the lock still refuses; only the raise is lost
        self._server = server
        server.setParent(self)
        server.newConnection.connect(self._connection)

    def release(self) -> None:
        """Give the file up (the window closed or opened another file)."""
        if self._server is not None:
            # Deleted here, on this thread, not whenever Python collects the claim: a
            # server (and its socket notifier) deleted from a worker thread crashes the
            # event loop.
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _connection(self) -> None:
        if self._server is None:  # released since the connection was queued
            return
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # A bound slot, not a lambda holding the socket and this claim: such a cycle
            # through Qt would keep both alive until after the application is gone.
            socket.readyRead.connect(self._ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _ready_read(self) -> None:
        from PySide6.QtNetwork import QLocalSocket

        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.activationRequested.emit()


def _held(path: Path, key: str, lock: QLockFile) -> HeldElsewhere:
    from PySide6.QtNetwork import QLocalSocket

    brought_forward = False
    deadline = time.monotonic() + SERVER_WAIT_MS / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(key))
        if socket.waitForConnected(CONNECT_MS):
            socket.write(RAISE)
            brought_forward = socket.waitForBytesWritten(CONNECT_MS)
            socket.flush()
            socket.disconnectFromServer()
            break
        if time.monotonic() >= deadline:
            break
        time.sleep(0.05)  # not listening yet (just started): try again
    if brought_forward:
        message = QCoreApplication.translate(
            "SingleWindow",
            "“{0}” is already open in another window of the app; that window was brought "
            "forward.",
        ).format(path.name)
    else:
        pid, _host, _app = lock.getLockInfo()
        message = QCoreApplication.translate(
            "SingleWindow",
            "“{0}” is already open in another window of the app (process {1}); close it "
            "there first.",
        ).format(path.name, pid)
    return HeldElsewhere(message, brought_forward=brought_forward)
