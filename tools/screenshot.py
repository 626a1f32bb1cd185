"""Make the README's screenshot of the capture window: ``docs/screenshot-capture.png``.

    python tools/screenshot.py                   # writes docs/screenshot-capture.png
    python tools/screenshot.py --out shot.png --size 1366x768

It works in a temporary folder (``WORKSHOP_APP_HOME`` points there, so the user's own data
folder, settings and drafts are never touched): ``workshop-app demo`` makes the demo
consultation, ``workshop-app note add`` adds a few notes of our own (in Danish, Arabic and Somali),
then the real window opens in Danish on the offscreen platform, goes to that group, switches
to the solutions phase, puts a half-typed note in the field, and saves ``QWidget.grab()``.
The temporary folder is removed afterwards. Run it again after a change to the capture page.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

VENUE, THEME, GROUP = "Nørrebro", "Beskæftigelse", "Bord 3"

# Our own sentences (not taken from the seeds). The Arabic one reads: "The job centre should
# offer an interpreter at the first meeting, so that families understand the plan"; the Somali
# one: "Language courses held at the workplace".
EXTRA_NOTES = [
    ("challenge", "Mange oplever, at praktikforløb ender uden et rigtigt job bagefter."),
    ("challenge", "ينبغي أن يوفّر مركز العمل مترجمًا في الاجتماع الأول حتى تفهم العائلات الخطة."),
    ("solution", "Faste kontaktpersoner i jobcentret, så man ikke skal forklare sig forfra hver gang."),
    ("challenge", "Sagsbehandlerne skifter ofte, og så skal man starte forfra med sin plan."),
    ("solution", "Virksomheder i bydelen kan tilbyde sprogpraktik med en mentor fra arbejdspladsen."),
    ("solution", "Koorsooyin luqadda oo lagu qabto goobta shaqada."),
    ("solution", "Sommerjob for unge i de lokale butikker, formidlet af klubben."),
]
HALF_TYPED = "Jobmesse på biblioteket, hvor lokale virksomheder"


def cli(home: Path, *args: str) -> str:
    """Run ``python -m workshop_app ARGS`` with this checkout first on the path."""
    env = dict(os.environ, WORKSHOP_APP_HOME=str(home),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "workshop_app", *args], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"workshop-app {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def make_consultation(home: Path) -> tuple[Path, str]:
    """The demo consultation plus our notes; returns its path and the id of the last note."""
    db = home / "demo.sqlite"
    cli(home, "demo", "--db", str(db))
    last = ""
    for kind, text in EXTRA_NOTES:
        last = cli(home, "note", "add", "--db", str(db), "--venue", VENUE, "--theme", THEME,
                   "--group", GROUP, "--kind", kind, "--text", text)
    return db, last.split()[-1]


def grab(db: Path, note_id: str, out: Path, size: tuple[int, int]) -> None:
    """Open the real window in Danish on ``db`` at ``note_id``'s group and save a PNG."""
    # An offscreen screen of the window's size (the default one is 800x800).
    screen = db.parent / "screen.json"
    screen.write_text(json.dumps({"screens": [{
        "name": "shot", "x": 0, "y": 0, "width": size[0], "height": size[1],
        "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QTextCursor

    from workshop_app.store import Store
    from workshop_app.ui.app import create_application
    from workshop_app.ui.i18n import Translators
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    app = create_application()
    Translators().install("da")
    store = Store.open(db)
    try:
        window = MainWindow(store, Settings(), "da")
        window.resize(*size)
        window.show()
        page = window.capture_page
        window.show_page(page)
        page.show_note(note_id)
        page.set_phase("solution")
        page.note_field.setPlainText(HALF_TYPED)
        page.note_field.moveCursor(QTextCursor.MoveOperation.End)
        page.focus_note_field()
        for _ in range(20):  # let layouts, fonts and the status bar settle
            QCoreApplication.processEvents()
        image = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"could not write {out}")
        page.note_field.clear()  # no draft of ours is left behind for a later run
        window.workers.wait()
        window.sync.periodic_backups.wait()
        window.close()
    finally:
        store.close()
    del app


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot-capture.png")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)
    width, height = (int(part) for part in args.size.lower().split("x"))
    home = Path(tempfile.mkdtemp(prefix="workshop-screenshot-"))
    try:
        os.environ["WORKSHOP_APP_HOME"] = str(home)
        db, note_id = make_consultation(home)
        grab(db, note_id, args.out.resolve(), (width, height))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
