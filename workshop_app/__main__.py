"""Entry point: ``workshop-app`` and ``python -m workshop_app``.

This is the one place that chooses between the command line (``workshop_app.cli``) and the
window (``workshop_app.ui``); neither imports the other. Without a command the window opens
(Qt loads only then); with one, the command runs. Working copies a killed process left in
the temporary folder are swept first (``files.sweep_private_temp_dirs``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def start_window(args: argparse.Namespace) -> int:
    """Open the window on ``--db`` (Qt is imported here, and only here)."""
    from workshop_app.ui.app import run_gui

    return run_gui(args.db, language=args.lang)


def run(argv: Sequence[str] | None = None) -> int:
    from workshop_app import cli, files

    files.sweep_private_temp_dirs()
    return cli.run(argv, start_window=start_window)


def main() -> None:
    """Process entry point of ``workshop-app``."""
    sys.exit(run())


if __name__ == "__main__":
    main()
