"""Merging laptops: ``session export``, ``session info`` and ``merge``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from workshop_app.cli import db_path, open_store


def cmd_session_export(args: argparse.Namespace) -> int:
    from workshop_app.sync.session import export_session

    with open_store(args, readonly=True) as store:
        manifest = export_session(store, args.out)
    print(
        f"wrote {args.out}: {manifest.notes} notes from laptop {manifest.device} "
        f"({manifest.checksum[:19]}…)"
    )
    return 0


def cmd_session_info(args: argparse.Namespace) -> int:
    from workshop_app.sync.incoming import load_snapshot
    from workshop_app.sync.schema import counts

    snapshot = load_snapshot(args.file)
    info = {
        "file": str(args.file),
        "kind": snapshot.kind,
        "verified": True,
        "manifest": snapshot.manifest.to_dict() if snapshot.manifest else None,
        "counts": counts(snapshot.state),
    }
    print(json.dumps(info, ensure_ascii=False, indent=2))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from workshop_app.sync.merge import merge_files

    report = merge_files(
        db_path(args), args.files, dry_run=args.dry_run,
        other_consultation=args.other_consultation, policy=args.open_policy,
    )
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        from workshop_app.cli.core import shown

        print(shown("\n".join(report.lines())))
    return 0


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    session = subparsers.add_parser("session", help="write or check session files (.wsession)")
    session_sub = session.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    p = session_sub.add_parser(
        "export", parents=[common], help="write this laptop's consultation as a session file"
    )
    p.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="FILE",
        help="the session file to write, e.g. laptop1.wsession",
    )
    p.set_defaults(func=cmd_session_export)
    p = session_sub.add_parser(
        "info", help="check a session file or consultation and print its manifest as JSON"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_session_info)

    p = subparsers.add_parser(
        "merge",
        parents=[common],
        help="merge session files and consultation databases into --db (created if missing)",
    )
    p.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="session files (.wsession) or consultation databases",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="print what would change, per venue, and write nothing",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument(
        "--other-consultation",
        action="store_true",
        help="merge files of another consultation too (refused without it: another "
        "consultation id and another title)",
    )
    p.set_defaults(func=cmd_merge)
