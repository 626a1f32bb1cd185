"""The manual's table of keys, made from the declared actions (``workshop_app/ui/actions.py``).

    python tools/key_table.py                 # print the table (English)
    python tools/key_table.py --lang da       # in Danish
    python tools/key_table.py --check FILE    # exit 1 unless FILE holds the current table

The table sits between the lines ``<!-- keys:begin -->`` and ``<!-- keys:end -->`` of the
Markdown file, so ``--write FILE`` can replace it there after a change in the actions.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BEGIN, END = "<!-- keys:begin -->", "<!-- keys:end -->"


def table(language: str = "en") -> str:
    """The Markdown table of keys in ``language``."""
    from PySide6.QtCore import QCoreApplication

    from workshop_app.ui.actions import help_rows
    from workshop_app.ui.i18n import Translators

    app = QCoreApplication.instance() or QCoreApplication([])
    translators = Translators()
    translators.install(language)
    try:
        keys_title, what_title = ("Taster", "Hvad de gør") if language == "da" else (
            "Keys", "What they do")
        lines = [f"| {keys_title} | {what_title} |", "|---|---|"]
        for keys, text in help_rows():
            cells = [part.replace("|", "\\|") for part in (keys, text)]
            lines.append(f"| {cells[0]} | {cells[1]} |")
        return "\n".join(lines) + "\n"
    finally:
        translators.install("en")
        del app


def _section(text: str) -> str | None:
    if BEGIN not in text or END not in text:
        return None
    return text.split(BEGIN, 1)[1].split(END, 1)[0].strip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "da"), default="en")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", type=Path, metavar="FILE")
    group.add_argument("--write", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    current = table(args.lang)
    if args.check:
        found = _section(args.check.read_text(encoding="utf-8"))
        if found != current:
            print(f"{args.check}: the key table is out of date; run "
                  f"python tools/key_table.py --write {args.check}", file=sys.stderr)
            return 1
        return 0
    if args.write:
        text = args.write.read_text(encoding="utf-8")
        if _section(text) is None:
            print(f"{args.write}: no {BEGIN} … {END} lines to put the table between",
                  file=sys.stderr)
            return 1
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        args.write.write_text(f"{head}{BEGIN}\n{current}{END}{tail}", encoding="utf-8")
        return 0
    sys.stdout.write(current)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
