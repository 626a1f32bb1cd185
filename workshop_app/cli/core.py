"""Core commands: demo, event, note, import-csv, info, export."""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from workshop_app.cli import db_path
from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.errors import UserError
from workshop_app.export import FORMATS
from workshop_app.store import Store

T = TypeVar("T")

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def shown(text: str) -> str:
    """*text* for the terminal: control characters (other than newline and tab) as ``\\xNN``,
    so a note from a CSV or another laptop cannot send escape sequences to the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def open_store(args: argparse.Namespace, *, create: bool = False,
               readonly: bool = False) -> Store:
    """The store of ``--db`` with the command line's open policy (see ``cli.open_store``)."""
    from workshop_app import cli

    return cli.open_store(args, create=create, readonly=readonly)


def write_to_store(args: argparse.Namespace, write: Callable[[Store], T]) -> T:
    """Run ``write`` on the store of ``--db``, creating the file when it is missing.

    A new file is made whole, with ``write``'s changes inside, before it appears (see
    ``Store.create``): a refused command (a ``UserError``) leaves no new, empty consultation
    behind, and nothing is ever deleted that another process may have written. Should
    another process create the file first, ``write`` runs again on that file.
    """
    path = db_path(args).expanduser()
    if not os.path.lexists(path):
        done: list[T] = []
        if Store.create(path, fill=lambda store: done.append(write(store))):
            return done[0]
    with open_store(args, create=True) as store:
        return write(store)


# ---------------------------------------------------------------- demo
def cmd_demo(args: argparse.Namespace) -> int:
    from workshop_app.capture.demo import build_demo

    path = db_path(args)
    existed = path.exists()
    with open_store(args, create=True) as store:
        count = build_demo(store)
    print(f"demo consultation {'filled in' if existed else 'created'}: {path} ({count} notes)")
    return 0


# ---------------------------------------------------------------- event
def cmd_event(args: argparse.Namespace) -> int:
    result = write_to_store(args, lambda store: store.update_consultation(
        title=args.title,
        hearing_url=args.hearing_url,
        hearing_email=args.hearing_email,
        hearing_from=args.hearing_from,
        hearing_to=args.hearing_to,
    ))
    print(json.dumps(result.__dict__, ensure_ascii=False, indent=2))
    return 0


# ---------------------------------------------------------------- notes
def cmd_note_add(args: argparse.Namespace) -> int:
    from workshop_app.capture.notes import add_note_by_names

    note_id = write_to_store(args, lambda store: add_note_by_names(
        store,
        venue=args.venue,
        theme=args.theme,
        kind=args.kind,
        text=args.text,
        group=args.group,
        topic=args.topic,
        date=args.date,
    ))
    print(note_id)
    return 0


def note_dict(note) -> dict:
    return {
        "id": note.id,
        "text": note.text,
        "kind": note.kind,
        "venue": note.venue,
        "date": note.date,
        "theme": note.theme,
        "group": note.group,
        "topic": note.topic,
        "device": note.origin_device,
    }


def cmd_note_list(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        notes = store.notes(search=args.search, kind=args.kind, venue=args.venue)
        if args.theme:
            theme = store.theme_by_name(args.theme)
            if theme is None:
                raise UserError(f"no such theme: {args.theme}")
            notes = [n for n in notes if n.theme_id == theme.id]
    if args.json:
        print(json.dumps([note_dict(n) for n in notes], ensure_ascii=False, indent=2))
    else:
        for n in notes:
            where = " / ".join(x for x in (n.venue, n.theme, n.group) if x)
            topic = f" [{n.topic}]" if n.topic else ""
            print(shown(f"{n.id}  {n.kind:<9}  {where}{topic}\n    {n.text}"))
    return 0


def _find_note(store: Store, note_id: str) -> str:
    return store.id_by_prefix("notes", note_id, "note")


def cmd_note_edit(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        note_id = _find_note(store, args.id)
        store.update_note(note_id, text=args.text, kind=args.kind)
    print(note_id)
    return 0


def cmd_note_move(args: argparse.Namespace) -> int:
    from workshop_app.capture.move import meeting_by_label, move_notes, theme_by_label

    if args.meeting is None and args.theme is None and args.group is None:
        raise UserError("say where to: --meeting, --theme or --group")
    with open_store(args, create=False) as store:
        note_ids = [_find_note(store, note_id) for note_id in args.ids]
        meeting = meeting_by_label(store, args.meeting) if args.meeting is not None else None
        theme = theme_by_label(store, args.theme) if args.theme is not None else None
        moves = move_notes(store, note_ids, meeting=meeting, theme=theme, group=args.group)
        for move in moves:
            note = store.note(move.note_id)
            where = " / ".join(x for x in (note.venue, note.date, note.theme, note.group) if x)
            verb = "moved" if move.moved else "already at"
            print(shown(f"{verb} {move.note_id}: {where}"))
    return 0


def cmd_note_delete(args: argparse.Namespace) -> int:
    with open_store(args, create=False) as store:
        note_id = _find_note(store, args.id)
        store.delete_note(note_id)
    print(f"deleted {note_id}")
    return 0


# ---------------------------------------------------------------- import
def cmd_import_csv(args: argparse.Namespace) -> int:
    from workshop_app.capture.csv_import import import_csv

    result = write_to_store(args, lambda store: import_csv(store, args.file))
    print(result.summary())
    return 0


# ---------------------------------------------------------------- info
def info_dict(store: Store) -> dict:
    consultation = store.consultation()
    counts = store.note_counts_by_kind()
    return {
        "path": str(store.path) if store.path else None,
        "title": consultation.title,
        "consultation_id": store.get_setting(CONSULTATION_ID_KEY),
        "hearing": {
            "url": consultation.hearing_url,
            "email": consultation.hearing_email,
            "from": consultation.hearing_from,
            "to": consultation.hearing_to,
        },
        "meetings": [
            {"venue": m.venue, "date": m.date, "participants": m.participants}
            for m in store.meetings()
        ],
        "themes": [t.name for t in store.themes()],
        "topics": [t.name for t in store.topics()],
        "groups": len(store.groups()),
        "notes": sum(counts.values()),
        "challenges": counts.get("challenge", 0),
        "solutions": counts.get("solution", 0),
    }


def cmd_info(args: argparse.Namespace) -> int:
    with open_store(args, readonly=True) as store:
        print(json.dumps(info_dict(store), ensure_ascii=False, indent=2))
    return 0


# ---------------------------------------------------------------- export
def cmd_export(args: argparse.Namespace) -> int:
    """``export FORMAT --out FILE``: through the export service the window uses too."""
    from workshop_app.cli import curation
    from workshop_app.export.document import SummaryDocument
    from workshop_app.export.service import ExportRequest, prepare

    if args.check:  # the review: nothing is written
        return curation.cmd_export_check(args)
    if args.format is None or args.out is None:
        raise UserError("give a format and --out FILE (or --check to review without writing)")
    request = ExportRequest(
        format=args.format,
        out=args.out,
        language=args.lang,
        provenance=args.provenance,
        meeting=args.meeting,
        per_meeting=args.per_meeting,
        keep_personal_data=args.keep_personal_data,
        author=args.author,
    )
    with open_store(args, readonly=True) as store:
        job = prepare(store, request)  # checks --out (not a folder, not a database)
        documents = [content for _path, content in job.items
                     if isinstance(content, SummaryDocument)]
        if args.format == "json":  # the tally of the summary, as every export prints it
            from workshop_app.export.document import build_summary

            documents = [build_summary(store)]
    for warning in job.warnings:
        print(f"workshop-app: warning: {warning}", file=sys.stderr)
    curation.report_documents(documents, [path.name for path in job.paths], final=args.final)
    for path, size in job.run().written:  # every name is checked before the first write
        print(f"wrote {path} ({size:,} bytes)")
    return 0


# ---------------------------------------------------------------- registration
def _kind_argument(value: str) -> str:
    """``--kind`` as ``note add`` takes it: English or Danish, any case."""
    from workshop_app.domain.validation import parse_kind

    try:
        return parse_kind(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _demo_parser(subparsers: argparse._SubParsersAction,
                 common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "demo", parents=[common], help="create a demo consultation (refuses a file with data)"
    )
    p.set_defaults(func=cmd_demo)


def _event_parser(subparsers: argparse._SubParsersAction,
                  common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("event", parents=[common], help="set the consultation's details")
    p.add_argument("--title")
    p.add_argument("--hearing-url", metavar="URL", help="http(s) address of the public hearing")
    p.add_argument("--hearing-email", metavar="ADDR", help="contact e-mail for input")
    p.add_argument("--hearing-from", metavar="YYYY-MM-DD", help="first day of the hearing")
    p.add_argument("--hearing-to", metavar="YYYY-MM-DD", help="last day of the hearing")
    p.set_defaults(func=cmd_event)


def _note_parser(subparsers: argparse._SubParsersAction,
                 common: argparse.ArgumentParser) -> None:
    note = subparsers.add_parser("note", help="add, list, edit, move or delete notes")
    note_sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = note_sub.add_parser("add", parents=[common], help="add one note; prints its id")
    p.add_argument("--venue", required=True)
    p.add_argument("--theme", required=True)
    p.add_argument("--group")
    p.add_argument("--kind", required=True, help="challenge|solution (udfordring|løsning)")
    p.add_argument("--text", required=True)
    p.add_argument("--topic", help="cross-cutting topic")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="meeting date")
    p.set_defaults(func=cmd_note_add)
    p = note_sub.add_parser("list", parents=[common], help="list notes")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--search", metavar="TEXT", help="only notes containing TEXT")
    p.add_argument("--theme")
    p.add_argument("--venue")
    p.add_argument("--kind", type=_kind_argument, metavar="KIND",
                   help="challenge|solution (udfordring|løsning)")
    p.set_defaults(func=cmd_note_list)
    p = note_sub.add_parser("edit", parents=[common], help="change a note's text")
    p.add_argument("id", help="note id (a unique prefix is enough)")
    p.add_argument("--text", required=True)
    p.add_argument("--kind", type=_kind_argument, metavar="KIND",
                   help="challenge|solution (udfordring|løsning)")
    p.set_defaults(func=cmd_note_edit)
    p = note_sub.add_parser(
        "move", parents=[common], help="move notes to another meeting, theme or group"
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="note ids (unique prefixes are enough)")
    p.add_argument("--meeting", metavar="VENUE [DATE]",
                   help='the meeting: a venue, or "VENUE YYYY-MM-DD" when it held several')
    p.add_argument("--theme", metavar="THEME", help="the theme (by name)")
    p.add_argument("--group", metavar="GROUP",
                   help="a group at that meeting and theme (\"\" for no group; default: the "
                        "group of the same name, created if missing)")
    p.set_defaults(func=cmd_note_move)
    p = note_sub.add_parser("delete", parents=[common], help="delete a note (a tombstone)")
    p.add_argument("id", help="note id (a unique prefix is enough)")
    p.set_defaults(func=cmd_note_delete)
    from workshop_app.cli.curation import register_note_actions

    register_note_actions(note_sub, common)


def _import_csv_parser(subparsers: argparse._SubParsersAction,
                       common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "import-csv", parents=[common], help="import notes from a CSV file (all or nothing)"
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_import_csv)


def _info_parser(subparsers: argparse._SubParsersAction,
                 common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser("info", parents=[common], help="print a JSON overview")
    p.set_defaults(func=cmd_info)


def _export_parser(subparsers: argparse._SubParsersAction,
                   common: argparse.ArgumentParser) -> None:
    p = subparsers.add_parser(
        "export", parents=[common], help="export the consultation or its summary"
    )
    p.add_argument("format", choices=sorted(FORMATS), metavar="FORMAT", nargs="?",
                   help="one of: " + ", ".join(sorted(FORMATS)))
    p.add_argument("--out", type=Path, metavar="FILE", help="the file to write")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="summary language")
    p.add_argument("--provenance", action="store_true",
                   help="show the venues after each summary point")
    p.add_argument("--meeting", metavar="VENUE",
                   help="one meeting's summary only (\"VENUE YYYY-MM-DD\" when the venue "
                        "held several meetings)")
    p.add_argument("--keep-personal-data", action="store_true",
                   help="do not leave out CPR numbers, phone numbers and e-mail addresses "
                        "(summaries leave them out by default)")
    p.add_argument("--per-meeting", action="store_true",
                   help="one summary file per meeting: --out x.pdf writes x-<venue>.pdf for each")
    p.add_argument("--author", metavar="TEXT",
                   help="author in the document and its metadata (default: the summary.author "
                        "setting, else the administration)")
    from workshop_app.cli.curation import add_export_options

    add_export_options(p)
    p.set_defaults(func=cmd_export)


#: Each command of this module and the function that adds its parser: a run builds only the
#: parser of the command it runs (``cli.build_parser``), ``--help`` builds them all.
PARSERS = {
    "demo": _demo_parser, "event": _event_parser, "note": _note_parser,
    "import-csv": _import_csv_parser, "info": _info_parser, "export": _export_parser,
}  # fmt: skip


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for add_parser in PARSERS.values():
        add_parser(subparsers, common)
