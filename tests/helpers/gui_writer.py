"""A window-like note writer for the kill test: run as a script, killed with SIGKILL.

    python tests/helpers/gui_writer.py DB [--mode auto|page|store] [--max N]

Starts a QApplication (offscreen), opens the consultation the way the app does
(with automatic backups), and enters notes on a QTimer, one every few
milliseconds. With ``--mode page`` (or ``auto`` when it can be built) the notes
are typed into the capture page's note field with QTest and submitted with
Enter, exactly as a facilitator does; with ``--mode store`` they go through
``capture.notes.add_note_by_names``, the service the page's actions call.

Each note is acknowledged only after the store returned: one line
``ack <id> <text>`` on stdout, flushed at once. The first line on stderr says
which mode runs. Every few notes the periodic backup runs too, so a kill can
land in a backup as well as in a write.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from workshop_app.capture.notes import add_note_by_names, ensure_meeting, ensure_theme
from workshop_app.safety.backup import BackupScheduler, open_policy
from workshop_app.store import Store

VENUE, THEME = "Tingbjerg", "Boliger og byliv"


def ack(note_id: str, text: str) -> None:
    sys.stdout.write(f"ack {note_id} {text}\n")
    sys.stdout.flush()


def build_page(store: Store):
    """The capture page with its collaborators, or None when this checkout has none."""
    try:
        from PySide6.QtGui import QUndoStack

        from workshop_app.ui.bus import Bus
        from workshop_app.ui.pages.capture_page import CapturePage
        from workshop_app.ui.undo import NoteActions
        from workshop_app.ui.widgets.timer import RoundTimer
    except ImportError:
        return None
    bus = Bus()
    stack = QUndoStack()
    actions = NoteActions(store, bus, stack)
    page = CapturePage(store, bus, actions, RoundTimer())
    meeting = ensure_meeting(store, VENUE, "2026-04-08")
    theme = ensure_theme(store, THEME)
    page.reload()
    page.select_meeting(meeting.id)
    page.select_theme(theme.id)
    page.show()
    if page.meeting_id != meeting.id or page.theme_id != theme.id:
        return None
    page._keep = (bus, stack, actions)  # keep the collaborators alive with the page
    return page, bus


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("--mode", choices=("auto", "page", "store"), default="auto")
    parser.add_argument("--max", type=int, default=10_000)
    args = parser.parse_args()

    app = QApplication([])
    if True:  # the window's open policy: automatic backups
        store = Store.open(args.db, policy=open_policy())
        scheduler = BackupScheduler(store, min_interval_s=0)
        built = None
        if args.mode in ("auto", "page"):
            try:
                built = build_page(store)
            except Exception as exc:  # the page is another team's work in progress
                if args.mode == "page":
                    raise
                print(f"capture page unavailable: {exc.__class__.__name__}: {exc}",
                      file=sys.stderr)
        count = 0
        acked = 0
        use_page = built is not None

        def store_step() -> None:
            nonlocal count, acked
            count += 1
            text = f"gui note {count}"
            note_id = add_note_by_names(
                store, venue=VENUE, theme=THEME, kind="challenge", text=text, date="2026-04-08"
            )
            ack(note_id, text)
            acked += 1
            after()

        if use_page:
            from PySide6.QtCore import Qt
            from PySide6.QtTest import QTest

            page, bus = built

            def on_added(note: Any) -> None:
                nonlocal acked
                acked += 1
                ack(note.id, note.text)

            bus.noteAdded.connect(on_added)
            print("mode page", file=sys.stderr, flush=True)

        def step() -> None:
            nonlocal count, use_page
            if not use_page:
                store_step()
                return
            count += 1
            before = acked
            QTest.keyClicks(page.note_field, f"gui note {count}")
            QTest.keyClick(page.note_field, Qt.Key.Key_Return)
            if acked == before:  # the page did not save on Enter: drive the service instead
                if args.mode == "page":
                    raise SystemExit("the capture page did not save the note")
                use_page = False
                print("mode store (the capture page did not save on Enter)", file=sys.stderr,
                      flush=True)
                page.note_field.clear()
                return
            after()

        if not use_page:
            print("mode store", file=sys.stderr, flush=True)

        def after() -> None:
            if count % 4 == 0:
                scheduler.tick()
            if count >= args.max:
                timer.stop()
                app.quit()

        timer = QTimer()
        timer.timeout.connect(step)
        timer.start(2)
        app.exec()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
