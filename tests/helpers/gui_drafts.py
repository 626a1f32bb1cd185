"""The real window, driven for the drafts tests: run as a script, killed with SIGKILL.

    python tests/helpers/gui_drafts.py DB type    # type without Enter, then wait to be killed
    python tests/helpers/gui_drafts.py DB quit    # type without Enter, then Ctrl+Q
    python tests/helpers/gui_drafts.py DB check   # report what the window shows, then quit

Starts the window the way ``workshop-app`` does (``AppController``, offscreen, English).
``type`` and ``quit`` type a sentence into the first group of the first theme, switch to
the second group with Ctrl+PgDown and type another sentence there, never pressing Enter.
Then ``type`` prints ``typed <first group id> <second group id>`` and waits; ``quit``
presses Ctrl+Q. ``check`` prints one JSON line: the place the window opened at, the note
field's text, the drafts of both groups as the window keeps them, and the status bar line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from workshop_app.ui.app import AppController, create_application
from workshop_app.ui.i18n import Translators
from workshop_app.ui.settings import Settings

FIRST = "Half typed about the bus to Tingbjerg"
SECOND = "Second table wants longer opening hours"


def main() -> int:
    db, mode = Path(sys.argv[1]), sys.argv[2]
    app = create_application()
    translators = Translators()
    translators.install("en")
    controller = AppController(Settings(), translators)
    if not controller.start(db):
        return 1
    window = controller.window
    page = window.capture_page

    def type_and_switch() -> None:
        page.select_theme(page.theme_model.themes()[0].id)
        page.select_group(page._group_ids[0])
        page.focus_note_field()
        first_group = page.group_id
        QTest.keyClicks(page.note_field, FIRST)
        QTest.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        second_group = page.group_id
        QTest.keyClicks(page.note_field, SECOND)
        if mode == "quit":
            QTest.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
            return
        print(f"typed {first_group} {second_group}", flush=True)

    def check() -> None:
        report = {
            "meeting": page.meeting_id,
            "theme": page.theme_id,
            "group": page.group_id,
            "field": page.note_field.toPlainText(),
            "status": window.statusBar().currentMessage(),
            "groups": page._group_ids,
        }
        print(json.dumps(report), flush=True)
        window.close()
        app.quit()

    if mode == "check":
        QTimer.singleShot(300, check)
    else:
        QTimer.singleShot(200, type_and_switch)
    code = app.exec()
    controller.finish_backups()
    return code


if __name__ == "__main__":
    sys.exit(main())
