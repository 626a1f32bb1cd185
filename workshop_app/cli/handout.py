"""``workshop-app handout``: printable A4 sheets of QR handouts for the public hearing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workshop_app.cli.core import open_store
from workshop_app.export.service import check_output_path, write_output


def cmd_handout(args: argparse.Namespace) -> int:
    """Render the handout sheet; optionally save edited texts first (all checked before)."""
    from workshop_app.export.handout import (
        HandoutTexts,
        fit_notices,
        get_texts,
        handout_content,
        parse_languages,
        render_handout,
        set_texts,
    )

    first, _ = parse_languages(args.lang)
    check_output_path(Path(args.out))
    edits = {name: getattr(args, name) for name in ("heading", "invitation", "sender")
             if getattr(args, name) is not None}
    # Only edited texts are saved: a plain sheet only reads the file (a write-protected
    # medium, a coordinator's copy) and never converts it.
    with open_store(args, create=False, readonly=not edits) as store:
        texts = get_texts(store, first)
        if edits:
            texts = HandoutTexts(**{**texts.__dict__, **edits})
        content = handout_content(store, args.lang, texts=texts,
                                  keep_personal_data=args.keep_personal_data)
        pdf = render_handout(content, args.per_page)  # every check runs before anything is saved
        notices = [*content.notices, *fit_notices(content, args.per_page)]
        write_output(args.out, pdf)  # the texts are saved only once the sheet is written
        if edits:
            set_texts(store, first, content.texts)
    for notice in notices:
        print(f"workshop-app: note: {notice}", file=sys.stderr)
    per = "handout" if args.per_page == 1 else "handouts"
    print(f"wrote {args.out} (A4, {args.per_page} {per} per page, {content.lang_code}): "
          f"{content.url}")
    return 0


def _per_page(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number not in (1, 2, 4, 8):
        raise argparse.ArgumentTypeError(f"{value!r} is not one of 1, 2, 4, 8")
    return number


def _languages(value: str) -> str:
    from workshop_app.errors import UserError
    from workshop_app.export.handout import parse_languages

    try:
        first, second = parse_languages(value)
    except UserError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return first if second is None else f"{first},{second}"


def register(subparsers: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the ``handout`` command."""
    p = subparsers.add_parser(
        "handout", parents=[common],
        help="print A4 sheets of QR handouts pointing to the public hearing",
        description=(
            "Write an A4 PDF of identical handouts: heading, invitation, hearing period, contact "
            "e-mail, the hearing URL in full and a QR code for it. 2, 4 and 8 per page have cut "
            "marks. --heading/--invitation/--sender change the texts for --lang and save them in "
            "the consultation. Languages: Danish, English, Arabic, Farsi, Urdu, Somali, "
            "Turkish; --lang da,ar prints two on every handout. Personal data in the texts is "
            "left out unless --keep-personal-data."
        ),
    )
    p.add_argument("--out", required=True, metavar="FILE", help="PDF file to write")
    p.add_argument("--per-page", type=_per_page, default=4, metavar="1|2|4|8",
                   help="handouts per A4 sheet (default 4)")
    p.add_argument("--lang", type=_languages, default="da", metavar="LANG[,LANG]",
                   help="language of the handouts: da, en, ar (Arabic), fa (Farsi), ur (Urdu), "
                        "so (Somali) or tr (Turkish); two separated by a comma (da,ar) print "
                        "both on every handout, the first leading (default da)")
    p.add_argument("--heading", metavar="TEXT",
                   help="new heading (saved for the first --lang)")
    p.add_argument("--invitation", metavar="TEXT",
                   help="new invitation text (saved for the first --lang)")
    p.add_argument("--sender", metavar="TEXT",
                   help="new sender line, e.g. the administration (saved for the first --lang)")
    p.add_argument("--keep-personal-data", action="store_true",
                   help="print CPR numbers, phone numbers and e-mail addresses found in the "
                        "handout texts (by default they are left out, with a note)")
    p.set_defaults(func=cmd_handout)

