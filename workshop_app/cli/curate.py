"""Curating the summary from the command line: ``recurring`` and ``point …``.

The same services as the GUI's Summary workspace (``workshop_app.curate``,
``workshop_app.analysis.recurring``).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from workshop_app.cli import open_store
from workshop_app.cli.core import shown
from workshop_app.errors import UserError
from workshop_app.store import Store


def _open(args: argparse.Namespace, *, readonly: bool = False) -> Store:
    return open_store(args, readonly=readonly)


def _note_ids(store: Store, values: list[str]) -> list[str]:
    """Full note ids from ids or unique prefixes; commas and spaces both separate."""
    from workshop_app.cli.core import _find_note

    ids: list[str] = []
    for value in values:
        ids += [_find_note(store, part) for part in value.replace(",", " ").split()]
    return ids


def _meetings_text(count: int, venues: tuple[str, ...] | list[str]) -> str:
    return f"{count} meeting{'s' if count != 1 else ''}: {', '.join(venues)}"


# ---------------------------------------------------------------- recurring
def cmd_recurring(args: argparse.Namespace) -> int:
    from workshop_app.analysis.recurring import recurring_in_store

    if args.min_meetings < 1:
        raise UserError("--min-meetings must be at least 1")
    if not 0.0 < args.threshold <= 1.0:
        raise UserError("--threshold must be above 0 and at most 1")
    if args.explain and args.promote:
        raise UserError("--explain and --promote cannot be used together")
    if args.explain:
        return _explain(args)
    with _open(args, readonly=not args.promote) as store:
        groups = recurring_in_store(store, min_meetings=args.min_meetings, threshold=args.threshold)
        promote = args.promote or []
        for number in promote:
            if not 1 <= number <= len(groups):
                raise UserError(
                    f"--promote {number}: there {'is' if len(groups) == 1 else 'are'} "
                    f"{len(groups)} recurring group{'' if len(groups) == 1 else 's'}"
                )
        promoted = []
        if promote:
            from workshop_app.curate import promote_group

            with store.transaction():
                for number in dict.fromkeys(promote):
                    promoted.append((number, *promote_group(store, groups[number - 1])))
    if promoted and args.json:
        print(json.dumps([
            {"group": number, "topic_id": topic.id, "topic": topic.name, "point_id": point.id,
             "notes": list(point.note_ids)}
            for number, topic, point in promoted
        ], ensure_ascii=False, indent=2))
        return 0
    if promoted:
        for number, topic, point in promoted:
            print(
                f"group {number} -> topic {topic.name!r}: point {point.id} "
                f"linked to {len(point.note_ids)} notes"
            )
        return 0
    if args.json:
        # One group per line: readable, and thousands of groups print fast (an
        # indented dump uses the slow pure-Python encoder).
        lines = [json.dumps(g.to_dict(), ensure_ascii=False) for g in groups]
        print("[\n" + ",\n".join(lines) + "\n]" if lines else "[]")
        return 0
    if not groups:
        print(f"no recurring groups: nothing was noted at {args.min_meetings} or more meetings")
        return 0
    print(
        f"{len(groups)} recurring group{'s' if len(groups) != 1 else ''} "
        f"(the same idea at {args.min_meetings} or more meetings)"
    )
    for number, group in enumerate(groups, start=1):
        print()
        print(shown(
            f"{number}. {group.label}  ({len(group.notes)} notes, "
            f"{_meetings_text(group.meetings, group.venues)})"
        ))
        for note in group.notes:
            where = " / ".join(x for x in (note.venue, note.theme, note.group) if x)
            print(shown(f"   - {note.text}"))
            print(shown(f"     {where} · {note.kind} · {note.id[:8]}"))
    print()
    print("Promote one to a cross-cutting topic with: workshop-app recurring --promote N")
    return 0


# ---------------------------------------------------------------- points
def _section_args(store: Store, args: argparse.Namespace, *, create_topic: bool):
    """(theme_id, topic_id) from --theme / --topic names."""
    if args.theme:
        theme = store.theme_by_name(args.theme)
        if theme is None:
            raise UserError(f"no such theme: {args.theme}")
        return theme.id, None
    topic = store.topic_by_name(args.topic)
    if topic is None:
        if not create_topic:
            raise UserError(f"no such cross-cutting topic: {args.topic}")
        return None, None
    return None, topic.id


def cmd_point_add(args: argparse.Namespace) -> int:
    from workshop_app.curate import points as service

    text = service.check_point_text(args.text)
    kind = service.parse_point_kind(args.kind)
    with _open(args) as store:
        theme_id, topic_id = _section_args(store, args, create_topic=True)
        note_ids = _note_ids(store, args.notes or [])
        with store.transaction():
            if args.topic and topic_id is None:  # a new cross-cutting topic, as `note add` does
                topic_id = store.add_topic(args.topic).id
            point = service.add_point(
                store, text, theme_id=theme_id, topic_id=topic_id, kind=kind, note_ids=note_ids
            )
    print(point.id)
    return 0


def _point_dict(store: Store, point) -> dict:
    from workshop_app.curate import evidence

    data = point.to_dict()
    data["section_kind"] = "topic" if point.topic_id else "theme"
    data["evidence"] = evidence(store, point.id).to_dict()
    return data


def cmd_point_list(args: argparse.Namespace) -> int:
    from workshop_app.curate import evidence, list_points

    with _open(args, readonly=True) as store:
        theme_id = topic_id = None
        if args.theme or args.topic:
            theme_id, topic_id = _section_args(store, args, create_topic=False)
        points = list_points(store, theme_id=theme_id, topic_id=topic_id)
        if args.json:
            print(json.dumps([_point_dict(store, p) for p in points], ensure_ascii=False, indent=2))
            return 0
        if not points:
            print("no summary points")
            return 0
        live = {("topic", t.id) for t in store.topics()} | {("theme", t.id) for t in store.themes()}
        section = None
        for point in points:
            key = point.section_key
            if key != section:
                section = key
                gone = "" if key in live else "  (deleted; left out of the summary)"
                print(shown(f"{'topic' if point.topic_id else 'theme'}: {point.section}{gone}"))
            ev = evidence(store, point.id)
            kind = f"[{point.kind}] " if point.kind else ""
            kind = ("[draft] " if point.draft else "") + kind
            print(shown(f"  {point.id[:8]}  {kind}{point.text}"))
            if ev.notes:
                print(
                    f"            {ev.notes} note{'s' if ev.notes != 1 else ''}, "
                    f"{ev.meetings} of {ev.total_meetings} meetings ({', '.join(ev.venues)})"
                )
            else:
                print("            no linked notes")
    return 0


def cmd_point_edit(args: argparse.Namespace) -> int:
    from workshop_app.curate import KEEP, edit_point, find_point_id

    if args.text is None and args.kind is None:
        raise UserError("nothing to change: give --text and/or --kind")
    with _open(args) as store:
        point_id = find_point_id(store, args.id)
        edit_point(store, point_id, text=args.text, kind=KEEP if args.kind is None else args.kind)
    print(point_id)
    return 0


def _link_command(args: argparse.Namespace, change: Callable[[Store, str, list[str]], int],
                  done: str) -> int:
    """``point link|unlink POINT NOTES``: *change* links or unlinks, *done* words the count."""
    from workshop_app.curate import find_point_id

    with _open(args) as store:
        point_id = find_point_id(store, args.point)
        count = change(store, point_id, _note_ids(store, args.notes))
    print(done.format(n=count, s="s" if count != 1 else "", point=point_id))
    return 0


def cmd_point_link(args: argparse.Namespace) -> int:
    from workshop_app.curate import link_notes

    return _link_command(args, link_notes, "linked {n} note{s} to {point}")


def cmd_point_unlink(args: argparse.Namespace) -> int:
    from workshop_app.curate import unlink_notes

    return _link_command(args, unlink_notes, "unlinked {n} note{s} from {point}")


def cmd_point_delete(args: argparse.Namespace) -> int:
    from workshop_app.curate import delete_point, find_point_id

    with _open(args) as store:
        point_id = find_point_id(store, args.id)
        delete_point(store, point_id)
    print(f"deleted {point_id}")
    return 0


def cmd_point_reorder(args: argparse.Namespace) -> int:
    from workshop_app.curate import find_point_id, reorder_points

    with _open(args) as store:
        ids = [find_point_id(store, value) for value in args.ids]
        reorder_points(store, ids)
    print("reordered " + ", ".join(i[:8] for i in ids))
    return 0


def _explain(args: argparse.Namespace) -> int:
    """``recurring --explain A B``: why two notes were or were not grouped."""
    from workshop_app.analysis.recurring import explain_pair

    with _open(args, readonly=True) as store:
        first, second = _note_ids(store, args.explain)
        if first == second:
            raise UserError("--explain needs two different notes")
        notes = store.notes()
    by_id = {n.id: n for n in notes}
    result = explain_pair(
        notes, first, second, min_meetings=args.min_meetings, threshold=args.threshold
    )
    if args.json:
        data = result.to_dict()
        data["texts"] = [by_id[first].text, by_id[second].text]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    verdict = "grouped" if result.reported else "not grouped"
    print(
        f"{first[:8]} and {second[:8]}: {verdict} (score {result.score:.2f}, "
        f"threshold {result.threshold})"
    )
    for letter, note_id in (("A", first), ("B", second)):
        note = by_id[note_id]
        where = " / ".join(x for x in (note.venue, note.theme, note.group) if x)
        print(shown(f"  {letter}: {note.text}"))
        print(shown(f"     {where} · {note.kind} · {note_id[:8]}"))
    parts = " + ".join(f"{name} {value:.2f}" for name, value in result.parts.items())
    print(f"score {result.score:.2f} = {parts}")
    if result.shared:
        print("shared (what each adds to the score):")
        for feature in result.shared:
            print(shown(f"  {feature.kind:<8} {feature.name:<24} +{feature.contribution:.2f}"))
    else:
        print("shared: nothing (no word, compound part or concept in common)")
    if result.boilerplate:
        print(shown("ignored as boilerplate: " + ", ".join(result.boilerplate)))
    print(f"why: {result.reason}")
    return 0


# ---------------------------------------------------------------- registration
def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from workshop_app.analysis.recurring import THRESHOLD

    p = subparsers.add_parser(
        "recurring",
        parents=[common],
        help="find proposals and challenges that recur at several meetings",
        description=(
            "Groups of notes that express the same proposal or challenge at N or more "
            "meetings, across groups and themes (Danish lemmas, compound parts and a "
            "curated concept list, TF-IDF cosine, average-linkage grouping)."
        ),
    )
    p.add_argument("--json", action="store_true", help="print a JSON list of groups")
    p.add_argument(
        "--min-meetings",
        type=int,
        default=2,
        metavar="N",
        help="report groups whose notes come from at least N meetings (default 2)",
    )
    p.add_argument(
        "--threshold",
        type=float,
        default=THRESHOLD,
        metavar="X",
        help=f"similarity from which notes, and groups on average, count as the same "
        f"idea (default {THRESHOLD})",
    )
    p.add_argument(
        "--promote",
        type=int,
        action="append",
        metavar="N",
        help="turn group N of the listing into a cross-cutting topic with a drafted "
        "summary point linked to its notes (repeatable)",
    )
    p.add_argument(
        "--explain",
        nargs=2,
        metavar=("A", "B"),
        help="show why notes A and B (ids or unique prefixes) were or were not grouped: "
        "the score, its parts, the shared words, compound parts and concepts",
    )
    p.set_defaults(func=cmd_recurring)

    point = subparsers.add_parser("point", help="add, list, link, edit or delete summary points")
    sub = point.add_subparsers(dest="point_command", metavar="ACTION", required=True)

    p = sub.add_parser("add", parents=[common], help="add a summary point; prints its id")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--theme", metavar="T", help="the theme the point summarises")
    where.add_argument("--topic", metavar="T", help="the cross-cutting topic (created if missing)")
    p.add_argument("--text", required=True)
    p.add_argument("--kind", help="challenge|solution|none (udfordring|løsning)")
    p.add_argument(
        "--notes",
        action="append",
        metavar="ID,ID…",
        help="notes the point condenses (ids or unique prefixes)",
    )
    p.set_defaults(func=cmd_point_add)

    p = sub.add_parser("list", parents=[common], help="list summary points with their evidence")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--theme", metavar="T")
    where.add_argument("--topic", metavar="T")
    p.set_defaults(func=cmd_point_list)

    p = sub.add_parser("edit", parents=[common], help="change a point's text or kind")
    p.add_argument("id", help="point id (a unique prefix is enough)")
    p.add_argument("--text")
    p.add_argument("--kind", help="challenge|solution|none")
    p.set_defaults(func=cmd_point_edit)

    p = sub.add_parser("link", parents=[common], help="link notes to a point")
    p.add_argument("point", help="point id (a unique prefix is enough)")
    p.add_argument("notes", nargs="+", metavar="NOTE", help="note ids or unique prefixes")
    p.set_defaults(func=cmd_point_link)

    p = sub.add_parser("unlink", parents=[common], help="remove links between a point and notes")
    p.add_argument("point", help="point id (a unique prefix is enough)")
    p.add_argument("notes", nargs="+", metavar="NOTE", help="note ids or unique prefixes")
    p.set_defaults(func=cmd_point_unlink)

    p = sub.add_parser("delete", parents=[common], help="delete a point and its links")
    p.add_argument("id", help="point id (a unique prefix is enough)")
    p.set_defaults(func=cmd_point_delete)

    p = sub.add_parser(
        "reorder", parents=[common], help="put the points of one theme or topic in this order"
    )
    p.add_argument("ids", nargs="+", metavar="ID", help="point ids (unique prefixes) in order")
    p.set_defaults(func=cmd_point_reorder)

    from workshop_app.cli.curation import register_point_actions

    register_point_actions(sub, common)
