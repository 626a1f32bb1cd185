"""Entry point: ``workshop-app`` and ``python -m workshop_app``.

This is the one place that chooses between the command line (``workshop_app.cli``) and the
window (``workshop_app.ui``); neither imports the other. Without a command the window opens
(Qt loads only then); with one, the command runs. Working copies a killed process left in
the temporary folder are swept first (``files.sweep_private_temp_dirs``).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence


def start_window(args: argparse.Namespace) -> int:
    """Open the window on ``--db`` (Qt is imported here, and only here)."""
    # No cycle collection while the window's modules load and the window is built: the
    # imports make tens of thousands of long-lived objects (classes, functions, Qt's enum
    # types), and the automatic collector walked them ~50 times before the first paint
    # (~5 ms). From the application's creation on, ui.gc_guard collects on the UI thread
    # when a generation passes its threshold, as Python would have (issue 17).
    gc.disable()
    try:
        from workshop_app.cli import db_path
        from workshop_app.store import database

        # The file's integrity check runs while the window's modules load.
        database.start_precheck(db_path(args))
        from workshop_app.ui.app import run_gui

        return run_gui(args.db, language=args.lang)
    finally:
        gc.enable()


def run(argv: Sequence[str] | None = None) -> int:
    from workshop_app import cli, files

    files.sweep_private_temp_dirs()
    return cli.run(argv, start_window=start_window)


def main() -> None:
    """Process entry point of ``workshop-app``."""
    sys.exit(run())


if __name__ == "__main__":
    main()
