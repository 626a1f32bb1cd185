"""Shared fixtures: headless Qt, a temporary app home, a temporary database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Headless Qt everywhere (CI has no display). Set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and device id: no test touches the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKSHOP_APP_HOME", str(home))
    monkeypatch.setenv("WORKSHOP_APP_DEVICE", "testdevice")
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "consultation.sqlite"


@pytest.fixture
def store(db_path: Path):
    from workshop_app.store import Store

    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def demo_db(db_path: Path) -> Path:
    from workshop_app.capture.demo import build_demo
    from workshop_app.store import Store

    with Store.open(db_path) as s:
        build_demo(s)
    return db_path


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    """Run the CLI in-process: ``cli("info", "--db", path)`` -> CliResult."""
    from workshop_app.cli import run

    def invoke(*argv: str | Path) -> CliResult:
        try:
            code = run([str(a) for a in argv])
        except SystemExit as exc:  # argparse usage errors and --version
            code = exc.code if isinstance(exc.code, int) else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return invoke


@pytest.fixture
def cli_process():
    """Run the CLI as a separate process (for kill tests, startup and real exit codes)."""

    def invoke(*argv: str | Path, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "workshop_app", *map(str, argv)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=kwargs.pop("check", False),  # callers look at the exit code themselves
            **kwargs,
        )

    return invoke


@pytest.fixture
def ui_store(demo_db: Path):
    """The demo consultation, opened for a window."""
    from workshop_app.store import Store

    store = Store.open(demo_db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with Python's cycle collector kept on the UI thread as the
    real app keeps it (``ui.gc_guard``): a window's objects collected on a worker thread
    crashed the next test's event loop."""
    from workshop_app.ui import gc_guard

    gc_guard.install(qapp)
    return qapp


@pytest.fixture(scope="session")
def styled_app(qapp):
    """The test QApplication dressed as the real one: Fusion, the palette, the style sheet."""
    from workshop_app.ui.app import create_application

    return create_application()


@pytest.fixture
def app_controller(qapp):
    """``with app_controller() as controller:`` the window's controller, made as ``run_gui``
    makes it; on leaving, its window is closed, its backups finished, its store closed and
    its file given up (what a test asserts after the block sees all of that done)."""
    from contextlib import contextmanager

    from workshop_app.ui.app import AppController
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.settings import Settings

    @contextmanager
    def make():
        controller = AppController(Settings(), Translators())
        try:
            yield controller
        finally:
            if controller.window is not None:
                controller.window.close()
            controller.finish_backups()
            if controller.store is not None:
                controller.store.close()
            controller.release_claim()

    return make


@pytest.fixture
def window(qtbot, ui_store, styled_app):
    """The main window in English at 1366x768 on the demo consultation, shown."""
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    w = MainWindow(ui_store, Settings(), "en")
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.workers.wait()
    w.sync.periodic_backups.wait()
    w.close()


@pytest.fixture
def danish(qapp):
    """The app's Danish translations (ours and Qt's) installed for one test, then English."""
    from PySide6.QtCore import QLocale

    from workshop_app.ui.i18n import Translators

    locale = QLocale()
    translators = Translators()
    assert translators.install("da")
    yield translators
    translators.install("en")
    QLocale.setDefault(locale)
