"""Where things live: the user's data folder, bundled resources, this device's id.

One override for tests and portable installs: ``WORKSHOP_APP_HOME`` points the
data folder somewhere else. Nothing here touches the disk at import time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "workshop-app"
APP_AUTHOR = "kk-bif"


def resource_path(*parts: str) -> Path:
    """Path of a bundled file under ``resources/``.

    Works in a PyInstaller bundle (``sys._MEIPASS/resources``), in a checkout or editable
    install (the top-level ``resources/``), and in an installed wheel, where ``resources/`` is
    shipped as the package ``workshop_app._resources`` (see setup.py).
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle, "resources", *parts)
    here = Path(__file__).resolve().parent
    checkout = here.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "resources").is_dir():
        base = checkout / "resources"
    else:
        base = here / "_resources"
    return base.joinpath(*parts)


def data_dir() -> Path:
    """The user's data folder (created on demand, owner-only)."""
    override = os.environ.get("WORKSHOP_APP_HOME")
    if override:
        path = Path(override)
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:  # a file in the way, a read-only or full disk
        from workshop_app.errors import UserError

        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
        raise UserError(f"cannot use the data folder {path}: {reason}") from None
    return path


def default_db_path() -> Path:
    """The database used when no ``--db`` is given."""
    return data_dir() / "consultation.sqlite"


def device_id() -> str:
    """A stable random id for this installation, used to stamp every change it writes."""
    override = os.environ.get("WORKSHOP_APP_DEVICE")
    if override:
        return _checked_device(override, "WORKSHOP_APP_DEVICE")
    path = data_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return _checked_device(value, str(path))
    except FileNotFoundError:
        pass
    except (OSError, UnicodeDecodeError) as exc:
        from workshop_app.errors import UserError

        raise UserError(f"cannot read this laptop's id from {path}: {exc}") from None
    import uuid  # here, not at the top: every command (even --version) imports this module

    value = uuid.uuid4().hex[:12]
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process started at the same moment and wrote it
        return path.read_text(encoding="ascii").strip() or value
    except OSError as exc:
        from workshop_app.errors import UserError

        raise UserError(f"cannot save this laptop's id in {path}: {exc.strerror}") from None
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value + "\n")
    return value


def _checked_device(value: str, source: str) -> str:
    """A device id every stamp and session file can carry: 1-64 characters, no '-' or spaces."""
    if len(value) > 64 or any(ch == "-" or ch.isspace() for ch in value):
        from workshop_app.errors import UserError

        raise UserError(
            f"bad laptop id {value!r} in {source}: up to 64 characters without '-' or spaces"
        )
    return value
