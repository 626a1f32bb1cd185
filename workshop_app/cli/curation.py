"""The coordinator's commands: exclusions, drafts, the review, and the export's tally.

- ``note exclude ID… --reason TEXT`` / ``note include ID…``;
- ``point approve ID…``;
- ``export … --check`` (the review; nothing written) and ``export … --final`` (refuses
  drafts); every summary export prints its tally on stderr.

The setup commands (``theme``, ``meeting``, ``group``, ``topic``, ``document``) are in
``workshop_app.cli.setup``.
"""

from __future__ import annotations

import argparse
import json
import sys

from workshop_app.cli.core import open_store, shown
from workshop_app.errors import UserError
from workshop_app.store import Store


def _open(args: argparse.Namespace) -> Store:
    """The existing consultation of ``--db``, opened with the command line's policy."""
    return open_store(args)


def _note_ids(store: Store, values: list[str]) -> list[str]:
    """Full note ids from ids or unique prefixes; commas and spaces both separate."""
    ids: list[str] = []
    for value in values:
        ids += [
            store.id_by_prefix("notes", part, "note") for part in value.replace(",", " ").split()
        ]
    if not ids:
        raise UserError("name at least one note")
    return ids


# ---------------------------------------------------------------- note exclude / include
def cmd_note_exclude(args: argparse.Namespace) -> int:
    from workshop_app.curate.exclusions import check_reason, exclude_notes

    reason = check_reason(args.reason)
    with _open(args) as store:
        ids = _note_ids(store, args.ids)
        exclude_notes(store, ids, reason)
    for note_id in ids:
        print(f"left out {note_id}")
    return 0


def cmd_note_include(args: argparse.Namespace) -> int:
    from workshop_app.curate.exclusions import include_notes

    with _open(args) as store:
        ids = _note_ids(store, args.ids)
        excluded = set(store.curation.exclusions())
        include_notes(store, ids)
    for note_id in ids:
        was = "" if note_id in excluded else " (it was not left out)"
        print(f"included {note_id}{was}")
    return 0


def register_note_actions(note_sub: argparse._SubParsersAction, common) -> None:
    """``note exclude`` and ``note include`` (called where the ``note`` command is made)."""
    p = note_sub.add_parser(
        "exclude",
        parents=[common],
        help="leave notes out of the summary on purpose (reversible with note include)",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="note ids (unique prefixes are enough)")
    p.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help="why the note is left out (shown by export --check and export json)",
    )
    p.set_defaults(func=cmd_note_exclude)
    p = note_sub.add_parser(
        "include", parents=[common], help="bring notes left out of the summary back"
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="note ids (unique prefixes are enough)")
    p.set_defaults(func=cmd_note_include)


# ---------------------------------------------------------------- point approve
def cmd_point_approve(args: argparse.Namespace) -> int:
    from workshop_app.curate import approve_point, find_point_id

    with _open(args) as store:
        ids = [find_point_id(store, value) for value in args.ids]
        with store.transaction():
            changed = [approve_point(store, point_id) for point_id in ids]
    for point_id, was_draft in zip(ids, changed, strict=True):
        print(f"approved {point_id}" + ("" if was_draft else " (it was not a draft)"))
    return 0


def register_point_actions(point_sub: argparse._SubParsersAction, common) -> None:
    p = point_sub.add_parser(
        "approve",
        parents=[common],
        help="approve drafted points (promoted groups) as they are",
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="point ids (unique prefixes are enough)")
    p.set_defaults(func=cmd_point_approve)


# ---------------------------------------------------------------- export --check / --final
def add_export_options(p: argparse.ArgumentParser) -> None:
    """``--check`` and ``--final`` of ``export``."""
    p.add_argument(
        "--check",
        action="store_true",
        help="review the summary and list every problem (drafts, notes no point "
        "condenses, notes left out, personal data, empty sections, themes "
        "from one venue); writes nothing; exit 1 when there is a problem",
    )
    p.add_argument(
        "--json", action="store_true", help="with --check: print the tally and the problems as JSON"
    )
    p.add_argument(
        "--final",
        action="store_true",
        help="the version to publish: refuse (exit 1) while any point is a draft",
    )


def cmd_export_check(args: argparse.Namespace) -> int:
    """``export --check``: print the review; exit 0 when clean, 1 when not."""
    from workshop_app.curate.review import review
    from workshop_app.export.document import SummaryOptions, build_summary

    with _open(args) as store:
        doc = build_summary(store, SummaryOptions(language=getattr(args, "lang", None) or "da"))
        problems = review(store, doc)
    if getattr(args, "json", False):
        print(
            json.dumps(
                {"tally": doc.tally.to_dict(), "problems": [p.to_dict() for p in problems]},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for problem in problems:
            print(shown(f"{problem.kind}: {problem.message}"))
        print(doc.tally.line(), file=sys.stderr)
        print(
            "no problems: ready to publish"
            if not problems
            else f"{len(problems)} problem{'s' if len(problems) != 1 else ''} to look at "
            "(nothing was written)",
            file=sys.stderr,
        )
    return 1 if problems else 0


def report_documents(docs: list, names: list[str], *, final: bool) -> None:
    """Before a summary export writes: refuse drafts for ``--final``; print each file's tally
    and how many points are drafts on stderr."""
    drafts = max((doc.drafts for doc in docs), default=0)
    if final and drafts:
        raise UserError(
            f"the summary has {drafts} draft point{'s' if drafts != 1 else ''}: approve "
            f"{'them' if drafts != 1 else 'it'} (point approve ID) or edit "
            f"{'them' if drafts != 1 else 'it'} first; nothing was written"
        )
    for doc, name in zip(docs, names, strict=True):
        prefix = f"{name}: " if len(docs) > 1 else ""
        print(prefix + doc.tally.line(), file=sys.stderr)
        if doc.drafts:
            print(
                f"workshop-app: warning: {prefix}{doc.drafts} point"
                f"{'s are drafts' if doc.drafts != 1 else ' is a draft'} nobody approved "
                "(marked as drafts in the file; export --final refuses drafts)",
                file=sys.stderr,
            )
