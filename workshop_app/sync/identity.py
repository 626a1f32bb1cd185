"""Which consultation a file belongs to, and what a merge would change about it.

**Identity.** A consultation made by this version of the app gets a random id when it is
created (the merged setting ``consultation.id``). It travels with every session file and
every merge, so a laptop set up from the coordinator's file, or merged with it once, carries
the same id. Two files are the same consultation when

1. they carry the same id (even if one of them renamed the title since), or else
2. they do not both have a title, or their titles are the same (ignoring case and
   spacing): laptops that each started a consultation on their own, or files made before
   consultations had ids.

Two files whose ids differ (or are missing) and whose titles differ are two consultations:
``merge`` refuses them unless told ``--other-consultation``. Of two ids that meet in a merge
the one made first (the earlier change stamp) is kept, so every order of merging ends with
the same id; files made before ids existed take the id of the first file with one merged
into them.

**Details.** Every consultation detail and document text a merge would change (title,
hearing URL, e-mail, period, summary and handout texts: the ``settings`` rows) is listed as
``hearing URL: OLD → NEW (from laptop X)``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workshop_app.domain.model import CONSULTATION_ID_KEY
from workshop_app.domain.validation import name_key
from workshop_app.errors import UserError
from workshop_app.sync.schema import SETTINGS, State, specs

TITLE_KEY = "consultation.title"

#: What the report calls each setting (others are shown by their key).
SETTING_LABELS: dict[str, str] = {
    CONSULTATION_ID_KEY: "consultation id",
    TITLE_KEY: "title",
    "consultation.hearing_url": "hearing URL",
    "consultation.hearing_email": "e-mail",
    "consultation.hearing_from": "hearing from",
    "consultation.hearing_to": "hearing to",
    "summary.title": "summary title",
    "summary.intro": "summary introduction",
    "summary.next_steps": "summary next steps",
    "summary.author": "summary author",
}


def setting_label(key: str) -> str:
    """The name the report gives a setting: ``hearing URL``, ``handout da heading``, or the
    key itself (never cut short)."""
    if key in SETTING_LABELS:
        return SETTING_LABELS[key]
    if key.startswith("handout."):
        return "handout " + key.removeprefix("handout.").replace(".", " ").replace("_", " ")
    return key


@dataclass(frozen=True)
class Identity:
    """What is known of a consultation's identity: its id(s) and title(s)."""

    ids: frozenset[str] = frozenset()
    titles: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    def same_as(self, other: Identity) -> bool:
        """Whether the two are one consultation (the rules in the module's docstring)."""
        if self.ids & other.ids:
            return True
        if self.titles and other.titles:
            return bool({name_key(t) for t in self.titles} & {name_key(t) for t in other.titles})
        return True

    def joined(self, other: Identity) -> Identity:
        titles = self.titles + tuple(t for t in other.titles if t not in self.titles)
        return Identity(self.ids | other.ids, titles)


def identity_of(state: State) -> Identity:
    """The identity of the consultation a file's rows describe."""
    settings = _live_settings(state)
    ident = settings.get(CONSULTATION_ID_KEY)
    title = settings.get(TITLE_KEY)
    return Identity(
        frozenset([ident]) if isinstance(ident, str) and ident else frozenset(),
        (title.strip(),) if isinstance(title, str) and title.strip() else (),
    )


def _live_settings(state: State) -> dict[str, Any]:
    spec = specs()[SETTINGS]
    value_at, deleted_at = spec.index["value"], spec.index["deleted"]
    values = {}
    for key, row in state.get(SETTINGS, {}).items():
        if row[deleted_at]:
            continue
        try:
            values[key] = json.loads(row[value_at])
        except (TypeError, ValueError):
            continue
    return values


@dataclass(frozen=True)
class OtherConsultation:
    """A file to merge that belongs to another consultation than the target."""

    path: str
    title: str  # the file's title
    target_title: str  # the title it was compared with

    @property
    def summary(self) -> str:
        return (
            f"{Path(self.path).name} is another consultation: “{self.title}”, "
            f"not “{self.target_title}”"
        )


def other_consultations(
    target: Identity, sources: Iterable[tuple[str, State]]
) -> list[OtherConsultation]:
    """The sources that are not the target's consultation.

    A target that knows nothing of its identity (a new file, an untitled old one) takes on
    the identity of the files as they come, so two files of different consultations merged
    into a new file are told apart too.
    """
    reference = target
    found = []
    for path, state in sources:
        theirs = identity_of(state)
        if reference.same_as(theirs):
            reference = reference.joined(theirs)
        else:
            found.append(OtherConsultation(path, theirs.title, reference.title))
    return found


@dataclass(frozen=True)
class DetailChange:
    """One consultation detail or document text a merge changes."""

    key: str
    label: str
    old: Any  # None when the setting was not set
    new: Any  # None when the merge removes it
    device: str  # the laptop that wrote the new value
    device_name: str

    @property
    def summary(self) -> str:
        who = f"laptop {self.device}" + (f" ({self.device_name})" if self.device_name else "")
        return f"{self.label}: {shown_value(self.old)} → {shown_value(self.new)} (from {who})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "old": self.old,
            "new": self.new,
            "device": self.device,
            "device_name": self.device_name,
        }


#: Long texts are shortened in the one-line summary (the JSON report holds them whole).
SHOWN_CHARS = 80


def shown_value(value: Any) -> str:
    """A setting's value on one line: ``(none)`` when unset, long texts shortened with "…"."""
    if value is None or value == "":
        return "(none)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def detail_changes(before: State, after: State, names: dict[str, str]) -> list[DetailChange]:
    """Every setting whose value differs between ``before`` and ``after``, in key order.

    ``names`` maps laptop ids to their host names (from the session manifests).
    """
    spec = specs()[SETTINGS]
    device_at = spec.index["device"]
    old_values, new_values = _live_settings(before), _live_settings(after)
    changes = []
    for key in sorted(set(old_values) | set(new_values)):
        old, new = old_values.get(key), new_values.get(key)
        if old == new or key not in after.get(SETTINGS, {}):
            continue
        if key == CONSULTATION_ID_KEY and old is None:
            continue  # a new (or older) file taking on the identity: nothing to tell
        device = str(after[SETTINGS][key][device_at])
        changes.append(
            DetailChange(key, setting_label(key), old, new, device, names.get(device, ""))
        )
    return changes


class OtherConsultationError(UserError):
    """A file (a backup to restore) belongs to another consultation; names both titles."""

    def __init__(self, message: str, theirs: str, ours: str) -> None:
        super().__init__(message)
        self.theirs, self.ours = theirs, ours


def identity_of_file(path: str | Path) -> Identity | None:
    """The identity of the consultation in a file, read-only; None when it cannot be read."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        spec = specs()[SETTINGS]
        rows = conn.execute(spec.select_sql()).fetchall()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return identity_of({SETTINGS: {row[0]: tuple(row) for row in rows}})


def check_same_consultation(
    source: str | Path, target: str | Path, what: str = "a backup", done: str = "restored"
) -> None:
    """Raise ``OtherConsultationError`` when ``source`` (e.g. a backup) is another consultation
    than ``target``: "NAME is WHAT of another consultation: “X”, not “Y” …". A file that
    cannot be read, or a target that does not exist yet, is not compared."""
    if not Path(target).is_file():
        return
    theirs, ours = identity_of_file(source), identity_of_file(target)
    if theirs is None or ours is None or ours.same_as(theirs):
        return
    raise OtherConsultationError(
        f"{Path(source).name} is {what} of another consultation: “{theirs.title}”, not "
        f"“{ours.title}” (nothing was {done}; add --other-consultation to do it anyway)",
        theirs.title,
        ours.title,
    )
