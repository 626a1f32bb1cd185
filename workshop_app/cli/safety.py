"""Safety commands: ``backup list|create|restore`` and ``privacy``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workshop_app.cli import db_path
from workshop_app.errors import UserError


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


# ---------------------------------------------------------------- backup
def cmd_backup_list(args: argparse.Namespace) -> int:
    from workshop_app.safety import backup

    path = db_path(args)
    backups = backup.list_backups(path)
    rows = [
        {
            "path": str(b.path),
            "time": b.created.isoformat().replace("+00:00", "Z"),
            "local_time": b.local_time,
            "reason": b.reason,
            "size": b.size,
            "notes": backup.note_count(b),
        }
        for b in backups
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"no backups of {path} (they are kept in {backup.backup_dir(path, create=False)})")
        return 0
    print(f"backups of {path}, newest first:")
    for row in rows:
        notes = "unreadable" if row["notes"] is None else f"{row['notes']} notes"
        print(
            f"{row['local_time']}  {row['reason']:<20} {_size(row['size']):>9}  "
            f"{notes:>11}  {row['path']}"
        )
    return 0


def cmd_backup_create(args: argparse.Namespace) -> int:
    from workshop_app.safety import backup

    print(backup.snapshot(db_path(args), "manual"))
    return 0


def _resolve_backup_file(name: Path, database: Path) -> Path:
    """A path as given, or a file name inside the consultation's backup folder."""
    from workshop_app.safety import backup

    if name.exists():
        return name
    inside = backup.backup_dir(database, create=False) / name.name
    if name.parent == Path(".") and inside.exists():
        return inside
    raise UserError(f"no such backup file: {name}")


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from workshop_app.safety import backup

    path = db_path(args)
    source = _resolve_backup_file(args.file, path)
    result = backup.restore_backup(source, path)
    print(f"restored {path} from {result.restored_from}")
    if result.previous is not None:
        what = "a copy of the damaged file" if result.previous_damaged else "the state before"
        print(f"{what} is kept in {result.previous}")
    return 0


# ---------------------------------------------------------------- privacy
def privacy_findings(store) -> list[dict]:
    """Personal data in the live notes and summary points, as plain dicts (masked text)."""
    from workshop_app.safety.privacy import find_personal_data

    rows: list[dict] = []
    for note in store.notes():
        for finding in find_personal_data(note.text):
            rows.append(
                {
                    "kind": finding.kind,
                    "note_id": note.id,
                    "point_id": None,
                    "masked": finding.masked,
                    "start": finding.start,
                    "end": finding.end,
                }
            )
    for point_id, text, links in store.point_texts():
        for finding in find_personal_data(text):
            rows.append(
                {
                    "kind": finding.kind,
                    "note_id": links[0] if len(links) == 1 else None,
                    "point_id": point_id,
                    "masked": finding.masked,
                    "start": finding.start,
                    "end": finding.end,
                }
            )
    return rows


def cmd_privacy(args: argparse.Namespace) -> int:
    from workshop_app.cli import open_store

    with open_store(args, readonly=True) as store:
        rows = privacy_findings(store)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no personal data found (CPR numbers, phone numbers, e-mail addresses)")
        return 0
    for row in rows:
        where = f"note {row['note_id']}" if row["point_id"] is None else f"point {row['point_id']}"
        print(f"{row['kind']:<6} {where}  {row['masked']}")
    places = {(r["note_id"], r["point_id"]) for r in rows}
    print(
        f"{len(rows)} finding{'s' if len(rows) != 1 else ''} in {len(places)} "
        f"note{'s' if len(places) != 1 else ''} or summary points; exports leave them out "
        "unless given --keep-personal-data",
        file=sys.stderr,
    )
    return 0


# ---------------------------------------------------------------- registration
def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``backup`` and ``privacy``."""
    backup_parser = subparsers.add_parser(
        "backup", help="list, create or restore automatic backups of a consultation"
    )
    sub = backup_parser.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", parents=[common], help="list the backups, newest first")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_backup_list)
    p = sub.add_parser("create", parents=[common], help="take a backup now; prints its path")
    p.set_defaults(func=cmd_backup_create)
    p = sub.add_parser(
        "restore",
        parents=[common],
        help="restore a backup (the current state is backed up first)",
    )
    p.add_argument("file", type=Path, metavar="FILE", help="backup file (path or file name)")
    p.set_defaults(func=cmd_backup_restore)

    p = subparsers.add_parser(
        "privacy",
        parents=[common],
        help="list personal data (CPR numbers, phone numbers, e-mail addresses) in notes",
    )
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.set_defaults(func=cmd_privacy)
