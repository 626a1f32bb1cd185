"""The window's own preferences (language, recent files, timer minutes), declared once.

Kept in an INI file in the app's data folder, so ``WORKSHOP_APP_HOME`` keeps tests
and portable installs away from the user's real preferences. The consultation's
own data never lives here: that is in the database.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from workshop_app import paths

LANGUAGES = ("da", "en")
MAX_RECENT = 8

# Every setting with its default.
DEFAULTS: dict[str, object] = {
    "language": "",  # "" until the first start has chosen one from the system locale
    "recent_files": [],
    "timer_minutes": 20,
    "window_geometry": None,
    "projector_percent": 100,  # projector text size, 60-250 % (ui/projector.py)
}


class Settings:
    """Typed access to the preferences file."""

    def __init__(self, path: Path | None = None) -> None:
        path = path or paths.data_dir() / "settings.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, key: str) -> object:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        return default if value is None else value

    def set(self, key: str, value: object) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if self._qs.contains(key) and self._qs.value(key) == value:
            return  # unchanged: no write (a sync rewrites the file, ~3 ms at start-up)
        self._qs.setValue(key, value)
        self._qs.sync()

    # ------------------------------------------------------------------ typed helpers
    @property
    def language(self) -> str:
        value = str(self.get("language") or "")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value)

    @property
    def timer_minutes(self) -> int:
        try:
            return max(1, min(180, int(self.get("timer_minutes"))))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return int(DEFAULTS["timer_minutes"])  # type: ignore[arg-type]

    @timer_minutes.setter
    def timer_minutes(self, value: int) -> None:
        self.set("timer_minutes", int(value))

    def recent_files(self) -> list[str]:
        value = self.get("recent_files")
        if isinstance(value, str):  # QSettings returns a lone string for a one-item list
            value = [value]
        return [str(v) for v in (value or []) if v][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        name = str(Path(path).resolve())
        known = self.recent_files()
        items = ([name] + [p for p in known if p != name])[:MAX_RECENT]
        if items != known:  # the same file opened again: nothing to write
            self.set("recent_files", items)

    def remove_recent_file(self, path: str) -> None:
        self.set("recent_files", [p for p in self.recent_files() if p != path])
