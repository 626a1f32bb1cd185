"""Every command of the window, declared once: id, text, shortcut, menu and help line.

The menus, the F1 list (``ui/help_dialog.py``) and the key table of the manual
(``python tools/key_table.py``) are all made from ``ACTIONS``; a test checks that no
two commands share a key. To add a command:

1. declare it here (``Action("my_id", QT_TRANSLATE_NOOP("Actions", "&My command…"),
   ("Ctrl+Shift+Y",), menu="file", help=QT_TRANSLATE_NOOP("Actions", "What it does"))``);
   its place in the table is its place in the menu (``group`` puts separators between
   groups);
2. connect it where the work lives: ``window.actions.bind("my_id", slot)``. A declared
   command that is never bound stays hidden, so a feature may ship in a later step.

Keys that a page binds itself (Enter in the note field, Ctrl+1 … Ctrl+9 chosen by the
capture page, the Summary workspace's keys) are declared with ``menu=None``: the F1 list
and the uniqueness test see them all the same.

Texts are English source strings in the "Actions" translation context; keys are
portable text ("Ctrl+Shift+M", shown the platform's way by ``QKeySequence``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

CONTEXT = "Actions"


@dataclass(frozen=True)
class Action:
    """One declared command."""

    id: str
    text: str  # English, with the & of its mnemonic (translated in the "Actions" context)
    keys: tuple[str, ...] = ()  # shortcuts, the first is shown in the menu
    menu: str | None = None  # a key of MENUS, or None: bound by a page, listed in F1 only
    help: str | None = None  # the F1 line; None: not listed (e.g. Theme 2 … 9)
    help_keys: str | None = None  # the F1 keys column when it is not just ``keys``
    group: int = 0  # menu items of different groups are separated by a line
    checkable: bool = False
    submenu: bool = False  # a submenu (Open recent, Language), filled by its owner

    def translated(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.text)


#: The menu bar, left to right.
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit")),
    ("capture", QT_TRANSLATE_NOOP("Actions", "&Capture")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View")),
    ("settings", QT_TRANSLATE_NOOP("Actions", "Settin&gs")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)


def _themes() -> tuple[Action, ...]:
    return tuple(
        Action(f"theme_{n}", QT_TRANSLATE_NOOP("Actions", "Theme {0}"), (f"Ctrl+{n}",),
               menu="capture", group=2,
               help=QT_TRANSLATE_NOOP("Actions", "Choose theme 1 to 9") if n == 1 else None,
               help_keys="Ctrl+1 … Ctrl+9" if n == 1 else None)
        for n in range(1, 10)
    )


ACTIONS: tuple[Action, ...] = (
    # ---------------------------------------------------------------- File
    Action("new_consultation", QT_TRANSLATE_NOOP("Actions", "&New consultation…"), ("Ctrl+N",),
           menu="file", help=QT_TRANSLATE_NOOP("Actions", "Start a new consultation file")),
    Action("open", QT_TRANSLATE_NOOP("Actions", "&Open…"), ("Ctrl+O",), menu="file",
           help=QT_TRANSLATE_NOOP("Actions", "Open a consultation file")),
    Action("open_recent", QT_TRANSLATE_NOOP("Actions", "Open &recent"), menu="file",
           submenu=True),
    Action("export_summary", QT_TRANSLATE_NOOP("Actions", "Export &summary…"),
           ("Ctrl+Shift+E",), menu="file", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Export the summary")),
    Action("handouts", QT_TRANSLATE_NOOP("Actions", "&Handouts…"), ("Ctrl+Shift+H",),
           menu="file", group=1, help=QT_TRANSLATE_NOOP("Actions", "Print QR handouts")),
    Action("export_session", QT_TRANSLATE_NOOP("Actions", "Export s&ession…"), menu="file",
           group=1),
    Action("merge", QT_TRANSLATE_NOOP("Actions", "&Merge sessions…"), ("Ctrl+Shift+M",),
           menu="file", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Merge sessions from other laptops")),
    Action("backups", QT_TRANSLATE_NOOP("Actions", "&Backups…"), menu="file", group=1),
    Action("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), ("Ctrl+Q",), menu="file", group=2,
           help=QT_TRANSLATE_NOOP("Actions", "Quit (notes are saved already)")),
    # ---------------------------------------------------------------- Edit
    Action("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), ("Ctrl+Z",), menu="edit",
           help=QT_TRANSLATE_NOOP("Actions", "Undo / redo"),
           help_keys="Ctrl+Z / Ctrl+Shift+Z"),
    Action("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"),
           menu="edit"),
    Action("edit_note", QT_TRANSLATE_NOOP("Actions", "&Edit note"), menu="edit", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Edit the note"),
           help_keys=QT_TRANSLATE_NOOP("Actions", "Enter or F2 (in the list)")),
    Action("delete_note", QT_TRANSLATE_NOOP("Actions", "&Delete note"), menu="edit", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Delete the selected notes"),
           help_keys=QT_TRANSLATE_NOOP("Actions", "Delete (in the list)")),
    Action("move_notes", QT_TRANSLATE_NOOP("Actions", "&Move notes to…"), ("Ctrl+Shift+G",),
           menu="edit", group=1,
           help=QT_TRANSLATE_NOOP(
               "Actions", "Move the selected notes to another group, theme or meeting")),
    Action("provenance", QT_TRANSLATE_NOOP("Actions", "Where is this note &from?"),
           ("Ctrl+I",), menu="edit", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Where is this note from?")),
    # ---------------------------------------------------------------- Capture
    Action("toggle_phase", QT_TRANSLATE_NOOP("Actions", "&Switch challenges/solutions"),
           ("Ctrl+T",), menu="capture",
           help=QT_TRANSLATE_NOOP("Actions", "Switch between challenges and solutions")),
    # the note field binds these itself
    Action("save_note", QT_TRANSLATE_NOOP("Actions", "Save the note"), ("Return",),
           help=QT_TRANSLATE_NOOP("Actions", "Save the note"), help_keys="Enter"),
    Action("new_line", QT_TRANSLATE_NOOP("Actions", "New line"), ("Shift+Return",),
           help=QT_TRANSLATE_NOOP("Actions", "New line in the note"), help_keys="Shift+Enter"),
    Action("choose_meeting", QT_TRANSLATE_NOOP("Actions", "Choose &meeting…"), ("Ctrl+M",),
           menu="capture", group=1, help=QT_TRANSLATE_NOOP("Actions", "Choose the meeting")),
    Action("previous_group", QT_TRANSLATE_NOOP("Actions", "&Previous group"), ("Ctrl+PgUp",),
           menu="capture", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Previous / next group"),
           help_keys="Ctrl+PgUp / Ctrl+PgDown"),
    Action("next_group", QT_TRANSLATE_NOOP("Actions", "&Next group"), ("Ctrl+PgDown",),
           menu="capture", group=1),
    Action("add_group", QT_TRANSLATE_NOOP("Actions", "&Add group…"), ("Ctrl+G",),
           menu="capture", group=1, help=QT_TRANSLATE_NOOP("Actions", "Add a group")),
    *_themes(),
    # the note list binds these itself
    Action("last_note", QT_TRANSLATE_NOOP("Actions", "Last note"), ("Up",),
           help=QT_TRANSLATE_NOOP("Actions", "Go to the last note in the list"),
           help_keys=QT_TRANSLATE_NOOP("Actions", "Up (in an empty note field)")),
    Action("back_to_field", QT_TRANSLATE_NOOP("Actions", "Back to the note field"), ("Esc",),
           help=QT_TRANSLATE_NOOP("Actions", "Back to the note field"),
           help_keys=QT_TRANSLATE_NOOP("Actions", "Esc (in the list)")),
    # ---------------------------------------------------------------- View
    Action("show_notes", QT_TRANSLATE_NOOP("Actions", "&Notes"), ("Ctrl+E",), menu="view",
           help=QT_TRANSLATE_NOOP("Actions", "Back to taking notes")),
    Action("show_search", QT_TRANSLATE_NOOP("Actions", "&Search"), ("Ctrl+F",), menu="view",
           help=QT_TRANSLATE_NOOP("Actions", "Search notes")),
    Action("show_setup", QT_TRANSLATE_NOOP("Actions", "Set&up"), ("Ctrl+,",), menu="view",
           help=QT_TRANSLATE_NOOP("Actions", "Set up meetings, themes and groups")),
    Action("show_summary", QT_TRANSLATE_NOOP("Actions", "Su&mmary"), ("Ctrl+R",), menu="view",
           help=QT_TRANSLATE_NOOP("Actions", "Summary workspace")),
    Action("projector", QT_TRANSLATE_NOOP("Actions", "&Projector view"), ("F11",),
           menu="view", group=1, checkable=True,
           help=QT_TRANSLATE_NOOP("Actions", "Projector view on or off")),
    Action("projector_larger", QT_TRANSLATE_NOOP("Actions", "Projector text lar&ger"),
           ("Ctrl+F11",), menu="view", group=1,
           help=QT_TRANSLATE_NOOP("Actions", "Projector text larger / smaller"),
           help_keys="Ctrl+F11 / Ctrl+Shift+F11"),
    Action("projector_smaller", QT_TRANSLATE_NOOP("Actions", "Projector text smalle&r"),
           ("Ctrl+Shift+F11",), menu="view", group=1),
    Action("timer_toggle", QT_TRANSLATE_NOOP("Actions", "Start/pause round &timer"), ("F9",),
           menu="view", group=2,
           help=QT_TRANSLATE_NOOP("Actions", "Start or pause / reset the round timer"),
           help_keys="F9 / Shift+F9"),
    Action("timer_reset", QT_TRANSLATE_NOOP("Actions", "R&eset round timer"), ("Shift+F9",),
           menu="view", group=2),
    # the Summary workspace binds these itself
    Action("summary_link", QT_TRANSLATE_NOOP("Actions", "Link to point"), ("Ctrl+L",),
           help=QT_TRANSLATE_NOOP(
               "Actions", "Summary: link the selected notes / draft a point from them"),
           help_keys="Ctrl+L / Ctrl+Shift+N"),
    Action("summary_draft", QT_TRANSLATE_NOOP("Actions", "New point from selection"),
           ("Ctrl+Shift+N",)),
    Action("summary_promote", QT_TRANSLATE_NOOP("Actions", "Promote to topic"),
           ("Ctrl+Shift+P",),
           help=QT_TRANSLATE_NOOP("Actions", "Summary: promote a recurring group to a topic")),
    # ---------------------------------------------------------------- Settings
    Action("round_length", QT_TRANSLATE_NOOP("Actions", "&Round length…"), menu="settings"),
    Action("language", QT_TRANSLATE_NOOP("Actions", "&Language"), menu="settings",
           submenu=True),
    # ---------------------------------------------------------------- Help
    Action("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1",),
           menu="help", help=QT_TRANSLATE_NOOP("Actions", "This list of keys")),
    Action("about", QT_TRANSLATE_NOOP("Actions", "&About"), menu="help"),
)

BY_ID: dict[str, Action] = {a.id: a for a in ACTIONS}


def spec(action_id: str) -> Action:
    """The declaration of ``action_id`` (KeyError for an undeclared id)."""
    return BY_ID[action_id]


#: The F1 list starts with taking notes; a page's own keys go with the menu declared above.
HELP_ORDER = ("capture", "edit", "view", "file", "settings", "help")


def make(action_id: str, parent: QObject) -> QAction:
    """A QAction worded and keyed as declared (for a page that owns its commands)."""
    a = spec(action_id)
    action = QAction(a.translated(), parent)
    action.setObjectName(a.id)
    action.setShortcuts([QKeySequence(k) for k in a.keys])
    action.setCheckable(a.checkable)
    return action


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for the F1 list and the manual, in the UI language."""
    rows = []
    menu = HELP_ORDER[0]
    placed = []
    for a in ACTIONS:
        menu = a.menu or menu
        placed.append((HELP_ORDER.index(menu), a))
    for _rank, a in sorted(placed, key=lambda item: item[0]):  # stable: table order within
        if a.help is None:
            continue
        if a.help_keys is not None:
            keys = QCoreApplication.translate(CONTEXT, a.help_keys)
        else:
            keys = " / ".join(
                QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in a.keys
            )
        rows.append((keys, QCoreApplication.translate(CONTEXT, a.help)))
    return rows


class WindowActions(QObject):
    """The window's menus and its QAction per declared command (``actions["merge"]``)."""

    def __init__(self, window: QWidget, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self._actions: dict[str, QAction] = {}
        self._submenus: dict[str, QMenu] = {}
        for menu_id, title in MENUS:
            self.menus[menu_id] = bar.addMenu(QCoreApplication.translate(CONTEXT, title))
        last_group: dict[str, int] = {}
        for a in ACTIONS:
            if a.menu is None:
                continue
            menu = self.menus[a.menu]
            if a.menu in last_group and last_group[a.menu] != a.group:
                menu.addSeparator()
            last_group[a.menu] = a.group
            if a.submenu:
                self._submenus[a.id] = menu.addMenu(a.translated())
                continue
            action = make(a.id, self.window)
            action.setVisible(False)  # until bound: a declared command without its feature
            menu.addAction(action)
            self.window.addAction(action)  # the shortcut works while the menu bar is hidden
            self._actions[a.id] = action

    def __getitem__(self, action_id: str) -> QAction:
        return self._actions[action_id]

    def __iter__(self) -> Iterator[QAction]:
        return iter(self._actions.values())

    def submenu(self, action_id: str) -> QMenu:
        """A declared submenu (``open_recent``, ``language``) for its owner to fill."""
        return self._submenus[action_id]

    def bind(self, action_id: str, slot: Callable[..., object]) -> QAction:
        """Connect a declared menu command to ``slot`` and show it."""
        action = self._actions[action_id]
        action.triggered.connect(slot)
        action.setVisible(True)
        return action

    def adopt(self, action_id: str, action: QAction, *, keep_text: bool = False) -> QAction:
        """Put an action made elsewhere (the undo stack's, a page's) in its declared place.

        Text and keys come from the declaration (``keep_text`` for an action that words
        itself, like Undo "Add note"); the placeholder made for it is replaced.
        """
        a = spec(action_id)
        placeholder = self._actions[action_id]
        if not keep_text:
            action.setText(a.translated())
        action.setShortcuts([QKeySequence(k) for k in a.keys])
        action.setObjectName(a.id)
        menu = self.menus[a.menu] if a.menu else None
        if menu is not None:
            menu.insertAction(placeholder, action)
            menu.removeAction(placeholder)
        self.window.removeAction(placeholder)
        self.window.addAction(action)
        placeholder.deleteLater()
        self._actions[action_id] = action
        return action
