"""Setting up a consultation from the command line, equal to the window's Setup page:
``theme``, ``meeting``, ``group`` and ``topic`` (list|add|rename|…), and the document's
own words with ``document show|set|reset``.

Every command refuses an unknown name, an ambiguous id prefix, a bad date or an empty
name with one line and exit 1, and then has changed nothing.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

from workshop_app.cli.core import open_store, shown, write_to_store
from workshop_app.curate import setup
from workshop_app.domain.model import Theme, Topic
from workshop_app.errors import UserError
from workshop_app.store import Store


def _read(args: argparse.Namespace) -> Store:
    """The existing consultation of ``--db``, opened with the command line's policy."""
    return open_store(args)


def _notes(count: int) -> str:
    return f"{count} note{'s' if count != 1 else ''}"


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------- themes
def _theme_dict(store: Store, theme) -> dict:
    return {
        "id": theme.id,
        "name": theme.name,
        "position": theme.position,
        "only_at": theme.venue,
        "venue": theme.venue,  # the same (the column's name)
        "notes": store.count_notes(theme_id=theme.id),
    }


def cmd_theme_list(args: argparse.Namespace) -> int:
    with _read(args) as store:
        themes = [_theme_dict(store, t) for t in store.themes()]
    if args.json:
        _print_json(themes)
        return 0
    for number, theme in enumerate(themes, start=1):
        where = f"  (only at {theme['only_at']})" if theme["only_at"] else ""
        print(shown(f"{number:>2}. {theme['name']}{where}  · {_notes(theme['notes'])}"))
    return 0


def cmd_theme_add(args: argparse.Namespace) -> int:
    def add(store: Store) -> tuple[Theme, str | None]:
        venue = setup.find_venue(store, args.only_at) if args.only_at else None
        return store.add_theme(args.name, venue), venue

    theme, venue = write_to_store(args, add)
    print(shown(f"added theme {theme.name}" + (f" (only at {venue})" if venue else "")))
    return 0


def _renamed(kind: str, old_name: str, new_name: str) -> int:
    print(shown(f"renamed {kind} {old_name} to {' '.join(new_name.split())}"))
    return 0


def _rename(args: argparse.Namespace, kind: str, find: Callable[[Store, str], Theme | Topic],
            rename: Callable[[Store, str, str], object]) -> int:
    """``KIND rename NAME NEW_NAME`` for a theme or a topic (found by *find*)."""
    with _read(args) as store:
        item = find(store, args.name)
        rename(store, item.id, args.new_name)
    return _renamed(kind, item.name, args.new_name)


def cmd_theme_rename(args: argparse.Namespace) -> int:
    return _rename(args, "theme", setup.find_theme, Store.rename_theme)


def cmd_theme_move(args: argparse.Namespace) -> int:
    with _read(args) as store:
        position = args.position if args.position is not None else args.to
        other = args.before or args.after
        if other is not None:
            position = setup.position_next_to(store, args.name, other, after=bool(args.after))
        if position is None:
            raise UserError("give the new position, e.g. `theme move NAME 1` or --before OTHER")
        themes = setup.move_theme(store, args.name, position)
    print(shown("themes: " + ", ".join(t.name for t in themes)))
    return 0


def cmd_theme_remove(args: argparse.Namespace) -> int:
    with _read(args) as store:
        count = setup.remove_theme(store, args.name, with_notes=args.with_notes)
    print(shown(f"removed theme {args.name.strip()}" + (f" and {count} notes" if count else "")))
    return 0


def cmd_theme_set(args: argparse.Namespace) -> int:
    if (args.only_at is None) == (not args.everywhere):
        raise UserError("give either --only-at VENUE or --everywhere")
    with _read(args) as store:
        theme = setup.set_only_at(store, args.name, None if args.everywhere else args.only_at)
    where = f"only at {theme.venue}" if theme.venue else "at every meeting"
    print(shown(f"{theme.name}: {where}"))
    return 0


# ---------------------------------------------------------------- meetings
def _meeting_dict(store: Store, meeting) -> dict:
    return {
        "id": meeting.id,
        "venue": meeting.venue,
        "date": meeting.date,
        "participants": meeting.participants,
        "preposition": meeting.preposition,
        "notes": store.count_notes(meeting_id=meeting.id),
    }


def cmd_meeting_list(args: argparse.Namespace) -> int:
    with _read(args) as store:
        meetings = [_meeting_dict(store, m) for m in store.meetings()]
    if args.json:
        _print_json(meetings)
        return 0
    if not meetings:
        print("no meetings")
    for m in meetings:
        people = f", {m['participants']} participants" if m["participants"] is not None else ""
        print(
            shown(
                f"{m['id'][:8]}  {m['preposition']} {m['venue']}  {m['date'] or 'no date'}"
                f"{people}  · {_notes(m['notes'])}"
            )
        )
    return 0


def cmd_meeting_add(args: argparse.Namespace) -> int:
    venue = args.venue if args.venue is not None else args.venue_name
    if venue is None:
        raise UserError("give the venue: meeting add --venue VENUE")
    meeting = write_to_store(
        args,
        lambda store: store.add_meeting(venue, args.date or "", args.participants,
                                        args.preposition),
    )
    print(meeting.id)
    return 0


def cmd_meeting_edit(args: argparse.Namespace) -> int:
    if all(x is None for x in (args.venue, args.date, args.participants, args.preposition)):
        raise UserError("nothing to change: give --venue, --date, --participants or --preposition")
    with _read(args) as store:
        meeting = setup.edit_meeting(
            store,
            args.meeting,
            venue=args.venue,
            date=args.date,
            participants="keep" if args.participants is None else args.participants,
            preposition=args.preposition,
        )
    print(meeting.id)
    return 0


def cmd_meeting_remove(args: argparse.Namespace) -> int:
    with _read(args) as store:
        count = setup.remove_meeting(store, args.meeting, with_notes=args.with_notes)
    print(
        shown(
            f"removed the meeting {args.meeting.strip()}" + (f" and {count} notes" if count else "")
        )
    )
    return 0


def _participants(value: str) -> int | str:
    """``--participants N``; "" clears it."""
    if value.strip() == "":
        return ""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    return number


# ---------------------------------------------------------------- groups
def cmd_group_list(args: argparse.Namespace) -> int:
    with _read(args) as store:
        meeting_id = setup.find_meeting(store, args.meeting).id if args.meeting else None
        theme_id = setup.find_theme(store, args.theme).id if args.theme else None
        meetings = {m.id: m for m in store.meetings()}
        themes = {t.id: t.name for t in store.themes()}
        groups = [
            {
                "id": g.id,
                "name": g.name,
                "meeting": meetings[g.meeting_id].label if g.meeting_id in meetings else "",
                "theme": themes.get(g.theme_id, ""),
                "notes": store.count_notes(group_id=g.id),
            }
            for g in store.groups(meeting_id, theme_id)
        ]
    if args.json:
        _print_json(groups)
        return 0
    if not groups:
        print("no groups")
    for g in groups:
        print(shown(f"{g['name']}  ({g['meeting']} / {g['theme']})  · {_notes(g['notes'])}"))
    return 0


def cmd_group_add(args: argparse.Namespace) -> int:
    with _read(args) as store:
        meeting = setup.find_meeting(store, args.meeting)
        theme = setup.find_theme(store, args.theme)
        group = store.add_group(meeting.id, theme.id, args.name)
    print(group.id)
    return 0


def cmd_group_rename(args: argparse.Namespace) -> int:
    with _read(args) as store:
        group = setup.find_group(store, args.name, meeting=args.meeting, theme=args.theme)
        new = store.find_group(group.meeting_id, group.theme_id, args.new_name)
        if new is not None and new.id != group.id:
            raise UserError(f"a group named {args.new_name.strip()!r} already exists here")
        store.rename_group(group.id, args.new_name)
    return _renamed("group", group.name, args.new_name)


def cmd_group_remove(args: argparse.Namespace) -> int:
    with _read(args) as store:
        count = setup.remove_group(
            store, args.name, meeting=args.meeting, theme=args.theme, with_notes=args.with_notes
        )
    print(shown(f"removed group {args.name.strip()}" + (f" and {count} notes" if count else "")))
    return 0


# ---------------------------------------------------------------- topics
def cmd_topic_list(args: argparse.Namespace) -> int:
    with _read(args) as store:
        topics = [
            {
                "id": t.id,
                "name": t.name,
                "position": t.position,
                "notes": sum(1 for n in store.notes() if n.topic_id == t.id),
                "points": len(store.curation.points(topic_id=t.id)),
            }
            for t in store.topics()
        ]
    if args.json:
        _print_json(topics)
        return 0
    if not topics:
        print("no cross-cutting topics")
    for number, t in enumerate(topics, start=1):
        print(
            shown(
                f"{number:>2}. {t['name']}  · {_notes(t['notes'])}, {t['points']} point{'s' if t['points'] != 1 else ''}"
            )
        )
    return 0


def cmd_topic_add(args: argparse.Namespace) -> int:
    topic = write_to_store(args, lambda store: store.add_topic(args.name))
    print(topic.id)
    return 0


def cmd_topic_rename(args: argparse.Namespace) -> int:
    return _rename(args, "topic", setup.find_topic, Store.rename_topic)


def cmd_topic_reorder(args: argparse.Namespace) -> int:
    with _read(args) as store:
        topics = setup.reorder_topics(store, args.names)
    print(shown("topics: " + ", ".join(t.name for t in topics)))
    return 0


def cmd_topic_remove(args: argparse.Namespace) -> int:
    with _read(args) as store:
        setup.remove_topic(store, args.name)
    print(shown(f"removed topic {args.name.strip()} (its notes stay under their themes)"))
    return 0


# ---------------------------------------------------------------- document texts
def cmd_document_show(args: argparse.Namespace) -> int:
    from workshop_app.curate import texts

    with _read(args) as store:
        values = texts.show(store, args.lang)
    if args.json:
        _print_json([value.to_dict() for value in values])
        return 0
    for value in values:
        mark = " (default)" if not value.stored else ""
        print(shown(f"{value.key}{mark}: {value.description}"))
        for line in value.text.splitlines() or [""]:
            print(shown(f"    {line}"))
    return 0


def cmd_document_set(args: argparse.Namespace) -> int:
    from workshop_app.curate import texts

    with _read(args) as store:
        key = texts.set_text(store, args.key, args.text)
    print(f"set {key}")
    return 0


def cmd_document_reset(args: argparse.Namespace) -> int:
    from workshop_app.curate import texts

    with _read(args) as store:
        texts.reset_text(store, args.key)
    print(f"{args.key.strip()}: back to the default text")
    return 0


# ---------------------------------------------------------------- registration
def _sub(subparsers, name: str, help_text: str) -> argparse._SubParsersAction:
    parser = subparsers.add_parser(name, help=help_text)
    return parser.add_subparsers(dest=f"{name}_command", metavar="ACTION", required=True)


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    from workshop_app.export.document import DOCUMENT_TEXTS

    json_help = "print a JSON list"

    sub = _sub(subparsers, "theme", "list, add, rename, move or remove workshop themes")
    p = sub.add_parser("list", parents=[common], help="list the themes in their order")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_theme_list)
    p = sub.add_parser("add", parents=[common], help="add a theme at the end")
    p.add_argument("name")
    p.add_argument("--only-at", metavar="VENUE", help="a theme held only at this venue")
    p.set_defaults(func=cmd_theme_add)
    p = sub.add_parser("rename", parents=[common], help="rename a theme")
    p.add_argument("name")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.set_defaults(func=cmd_theme_rename)
    p = sub.add_parser("move", parents=[common], help="put a theme at another place in the order")
    p.add_argument("name")
    p.add_argument("position", nargs="?", type=int, metavar="POSITION", help="1 = first")
    p.add_argument("--to", type=int, metavar="POSITION", help="the same as POSITION")
    p.add_argument("--before", metavar="THEME", help="put it just before this theme")
    p.add_argument("--after", metavar="THEME", help="put it just after this theme")
    p.set_defaults(func=cmd_theme_move)
    p = sub.add_parser("remove", parents=[common], help="delete a theme (refused if it has notes)")
    p.add_argument("name")
    p.add_argument("--with-notes", action="store_true", help="delete its notes too")
    p.set_defaults(func=cmd_theme_remove)
    p = sub.add_parser(
        "set", parents=[common], help="mark a theme as held only at one venue, or at every meeting"
    )
    p.add_argument("name")
    where = p.add_mutually_exclusive_group()
    where.add_argument(
        "--only-at",
        metavar="VENUE",
        help="only at this venue: left out of other meetings' files and of the "
        "list of workshop themes; its own section in the combined document",
    )
    where.add_argument("--everywhere", action="store_true", help="a theme of every meeting")
    p.set_defaults(func=cmd_theme_set)

    sub = _sub(subparsers, "meeting", "list, add, edit or remove meetings")
    p = sub.add_parser("list", parents=[common], help="list the meetings")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_meeting_list)

    def meeting_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--venue", metavar="VENUE")
        p.add_argument("--date", metavar="YYYY-MM-DD")
        p.add_argument("--participants", type=_participants, metavar="N")
        p.add_argument(
            "--preposition",
            metavar="på|i",
            help='Danish preposition before the venue: "på Amager", "i Tingbjerg"',
        )

    p = sub.add_parser("add", parents=[common], help="add a meeting; prints its id")
    p.add_argument("venue_name", nargs="?", metavar="VENUE", help="the same as --venue")
    meeting_options(p)
    p.set_defaults(func=cmd_meeting_add)
    p = sub.add_parser("edit", parents=[common], help="change a meeting")
    p.add_argument("meeting", metavar="MEETING", help='venue, "VENUE YYYY-MM-DD", or an id prefix')
    meeting_options(p)
    p.set_defaults(func=cmd_meeting_edit)
    p = sub.add_parser(
        "remove", parents=[common], help="delete a meeting (refused if it has notes)"
    )
    p.add_argument("meeting", metavar="MEETING")
    p.add_argument("--with-notes", action="store_true", help="delete its notes too")
    p.set_defaults(func=cmd_meeting_remove)

    sub = _sub(subparsers, "group", "list, add, rename or remove groups (tables)")
    p = sub.add_parser("list", parents=[common], help="list the groups")
    p.add_argument("--meeting", "--venue", dest="meeting", metavar="MEETING")
    p.add_argument("--theme", metavar="THEME")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_group_list)
    for action, func, text in (
        ("add", cmd_group_add, "add a group to a meeting's theme; prints its id"),
        ("rename", cmd_group_rename, "rename a group"),
        ("remove", cmd_group_remove, "delete a group (refused if it has notes)"),
    ):
        p = sub.add_parser(action, parents=[common], help=text)
        p.add_argument("name")
        if action == "rename":
            p.add_argument("new_name", metavar="NEW_NAME")
        p.add_argument("--meeting", "--venue", dest="meeting", metavar="MEETING",
                       required=action == "add",
                       help='venue, "VENUE YYYY-MM-DD" or an id prefix (--venue is the same)')
        p.add_argument("--theme", metavar="THEME", required=action == "add")
        if action == "remove":
            p.add_argument("--with-notes", action="store_true", help="delete its notes too")
        p.set_defaults(func=func)

    sub = _sub(subparsers, "topic", "list, add, rename, reorder or remove cross-cutting topics")
    p = sub.add_parser("list", parents=[common], help="list the topics in their order")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_topic_list)
    p = sub.add_parser("add", parents=[common], help="add a topic; prints its id")
    p.add_argument("name")
    p.set_defaults(func=cmd_topic_add)
    p = sub.add_parser("rename", parents=[common], help="rename a topic")
    p.add_argument("name")
    p.add_argument("new_name", metavar="NEW_NAME")
    p.set_defaults(func=cmd_topic_rename)
    p = sub.add_parser(
        "reorder", parents=[common], help="put the topics in this order (the document's order)"
    )
    p.add_argument("names", nargs="+", metavar="NAME")
    p.set_defaults(func=cmd_topic_reorder)
    p = sub.add_parser(
        "remove", parents=[common], help="delete a topic (its notes stay under their themes)"
    )
    p.add_argument("name")
    p.set_defaults(func=cmd_topic_remove)

    sub = _sub(subparsers, "document", "show or set the summary's own texts")
    keys = ", ".join(DOCUMENT_TEXTS)
    p = sub.add_parser("show", parents=[common], help="print every text of the summary")
    p.add_argument("--lang", choices=("da", "en"), default="da", help="the defaults' language")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_document_show)
    p = sub.add_parser("set", parents=[common], help=f"set one text ({keys})")
    p.add_argument("key", metavar="KEY", help=keys)
    p.add_argument("text", metavar="TEXT")
    p.set_defaults(func=cmd_document_set)
    p = sub.add_parser("reset", parents=[common], help="go back to the default text")
    p.add_argument("key", metavar="KEY", help=keys)
    p.set_defaults(func=cmd_document_reset)
