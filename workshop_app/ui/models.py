"""Item models over lists of domain objects. No SQL here: pages hand in the rows."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QIdentityProxyModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel

from workshop_app.domain.model import CHALLENGE, Note, Theme
from workshop_app.safety.privacy import find_personal_data
from workshop_app.ui import fonts

NoteRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 3
CountRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


def personal_data_description(text: str) -> str:
    """'Contains personal data: phone number', or '' for a note without any.

    The same words are the "!" badge's tooltip and its description for screen readers
    (the badge itself is only painted).
    """
    kinds = _personal_kinds(text)  # most notes: find_personal_data's quick check says none
    if not kinds:
        return ""
    names = {
        "cpr": QCoreApplication.translate("Models", "CPR number"),
        "phone": QCoreApplication.translate("Models", "phone number"),
        "email": QCoreApplication.translate("Models", "e-mail address"),
    }
    return QCoreApplication.translate("Models", "Contains personal data: {0}").format(
        ", ".join(names.get(k, k) for k in kinds)
    )


@functools.lru_cache(maxsize=4096)
def _personal_kinds(text: str) -> tuple[str, ...]:
    """The kinds of personal data in a text (the search is the costly part of a row)."""
    return tuple(dict.fromkeys(f.kind for f in find_personal_data(text)))


def kind_label(kind: str) -> str:
    """'Challenge' / 'Solution', translated."""
    if kind == CHALLENGE:
        return QCoreApplication.translate("Models", "Challenge")
    return QCoreApplication.translate("Models", "Solution")


#: The drag format of notes: their ids, one a line.
NOTE_IDS_MIME = "application/x-workshop-app-note-ids"


#: Where a note list's rows come from: (meeting id, theme id, group id or None).
PlaceKey = tuple[str, str, "str | None"]


def place_key(note: Note) -> PlaceKey:
    """The list a note is shown in: its meeting, theme and group."""
    return (note.meeting_id, note.theme_id, note.group_id)


class _PlaceRows(QStandardItemModel):
    """One list's notes as items, oldest first: the source behind ``NoteListModel``.

    QStandardItemModel keeps the rows in C++, so views lay them out without calling
    back into Python for every row (that made adding a note cost more the longer the
    list). Items are only ever removed through ``removeRow(s)`` (PySide then drops
    their Python wrappers) and never cloned or kept elsewhere.
    """

    def __init__(self, parent: QObject, flags: Qt.ItemFlag, notes: list[Note]) -> None:
        super().__init__(parent)
        self.setColumnCount(1)
        self.flags_ = flags
        self.rows: list[Note] = list(notes)
        if self.rows:
            self.invisibleRootItem().appendRows([self.item_for(n) for n in self.rows])

    def item_for(self, note: Note) -> QStandardItem:
        item = QStandardItem(note.text)
        self.fill(item, note)
        item.setFlags(self.flags_)
        return item

    @staticmethod
    def fill(item: QStandardItem, note: Note) -> None:
        item.setData(note, NoteRole)
        item.setData(note.kind, KindRole)
        item.setData(note.id, IdRole)
        topic = f" ({note.topic})" if note.topic else ""
        item.setData(
            f"{kind_label(note.kind)}: {note.text}{topic}", Qt.ItemDataRole.AccessibleTextRole
        )
        item.setData(note.text if len(note.text) > 80 else None, Qt.ItemDataRole.ToolTipRole)
        item.setData(
            personal_data_description(note.text) or None, Qt.ItemDataRole.AccessibleDescriptionRole
        )
        item.setData(fonts.alignment(note.text), Qt.ItemDataRole.TextAlignmentRole)

    def row_of(self, note_id: str) -> int:
        for row in range(len(self.rows) - 1, -1, -1):  # the newest are asked for most
            if self.rows[row].id == note_id:
                return row
        return -1


class NoteListModel(QIdentityProxyModel):
    """The notes of one place (meeting, theme, group), oldest first.

    The rows live in a per-place source model (``_PlaceRows``) behind this proxy. With
    ``keep_places`` > 0 the sources of places shown before are kept (up to that many
    rows in all): showing such a place again (``show``) is a swap of the source, without
    reading the store or building rows, and the view, its selection model and whoever
    listens to this model stay the same. The page that shows places tells the model what
    changed elsewhere (``forget``, ``forget_note``, ``forget_all``).

    Editing a row's text does not write to the database itself: it emits
    ``editRequested(note, new_text)`` and the page pushes an undoable command.
    """

    editRequested = Signal(object, str)

    def __init__(self, parent: Any = None, *, editable: bool = True, keep_places: int = 0) -> None:
        super().__init__(parent)
        self._flags = (
            Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
            | Qt.ItemFlag.ItemIsDragEnabled  # notes are dragged onto a group or theme to move
            | (Qt.ItemFlag.ItemIsEditable if editable else Qt.ItemFlag.NoItemFlags)
        )
        self._keep_rows = keep_places
        # Kept places, least recently shown first (dicts keep insertion order).
        self._kept: dict[PlaceKey, _PlaceRows] = {}
        self._key: PlaceKey | None = None
        self._source = _PlaceRows(self, self._flags, [])
        self.setSourceModel(self._source)

    # -------------------------------------------------------------- which place
    @property
    def key(self) -> PlaceKey | None:
        """The place shown (None after ``set_rows``)."""
        return self._key

    def set_rows(self, notes: Iterable[Note]) -> None:
        """Show these notes (of no particular place)."""
        self._swap(None, _PlaceRows(self, self._flags, list(notes)))

    def show(self, key: PlaceKey, load: Callable[[], list[Note]]) -> None:
        """Show the place ``key``: its kept rows, or ``load()``'s (then kept)."""
        source = self._kept.pop(key, None)
        if source is None:
            source = _PlaceRows(self, self._flags, load())
        if self._keep_rows:
            self._kept[key] = source  # now the most recently shown
        self._swap(key, source)
        self._trim()

    def warm(self, key: PlaceKey, load: Callable[[], list[Note]]) -> bool:
        """Build and keep the place ``key`` without showing it; False if kept already
        (or nothing is kept)."""
        if not self._keep_rows or key in self._kept or key == self._key:
            return False
        self._kept[key] = _PlaceRows(self, self._flags, load())
        self._trim()
        return True

    def is_kept(self, key: PlaceKey) -> bool:
        return key in self._kept

    def kept_notes(self, key: PlaceKey) -> list[Note]:
        """The notes of a kept place (empty if it is not kept)."""
        source = self._kept.get(key)
        return list(source.rows) if source is not None else []

    def kept_rows(self) -> int:
        """Rows kept in all (for the bound and for tests)."""
        return sum(len(source.rows) for source in self._kept.values())

    def forget(self, key: PlaceKey) -> None:
        """A place's notes changed while it was not shown: read it again when shown."""
        if key != self._key:
            self._drop(self._kept.pop(key, None))

    def forget_note(self, note: Note) -> None:
        """``note`` changed (or was removed): forget every place not shown that holds it,
        and its own place (it may have just arrived there)."""
        for key, source in list(self._kept.items()):
            if key != self._key and (key == place_key(note) or source.row_of(note.id) >= 0):
                self._drop(self._kept.pop(key))

    def forget_all(self) -> None:
        """Many notes may have changed: keep nothing but the place shown (its rows are
        replaced by whoever shows it next)."""
        for key in [k for k in self._kept if k != self._key]:
            self._drop(self._kept.pop(key))
        if self._key is not None:
            self._kept.pop(self._key, None)  # the shown rows are read again when next shown
            self._key = None

    def _swap(self, key: PlaceKey | None, source: _PlaceRows) -> None:
        old, old_key = self._source, self._key
        self._key, self._source = key, source
        if source is not old:
            self.setSourceModel(source)
            if old_key is None or old_key not in self._kept:
                self._drop(old)

    def _trim(self) -> None:
        """Keep at most ``keep_places`` rows: forget the least recently shown places."""
        total = self.kept_rows()
        for key in list(self._kept):
            if total <= self._keep_rows:
                break
            if key == self._key:
                continue
            total -= len(self._kept[key].rows)
            self._drop(self._kept.pop(key))

    def _drop(self, source: _PlaceRows | None) -> None:
        if source is not None and source is not self._source:
            source.clear()  # PySide drops the items' wrappers with them
            source.deleteLater()

    # -------------------------------------------------------------- data access
    def notes(self) -> list[Note]:
        return list(self._source.rows)

    def note_at(self, row: int) -> Note:
        return self._source.rows[row]

    def row_of(self, note_id: str) -> int:
        return self._source.row_of(note_id)

    def add(self, note: Note) -> int:
        """Insert a note in creation order (at the end, normally); returns its row."""
        rows = self._source.rows
        row = len(rows)
        while row > 0 and (rows[row - 1].created, rows[row - 1].id) > (note.created, note.id):
            row -= 1
        rows.insert(row, note)
        self._source.insertRow(row, self._source.item_for(note))
        return row

    def replace(self, note: Note) -> None:
        row = self.row_of(note.id)
        if row >= 0:
            self._source.rows[row] = note
            item = self._source.item(row)
            item.setText(note.text)
            _PlaceRows.fill(item, note)

    def remove(self, note_id: str) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            del self._source.rows[row]
            self._source.removeRow(row)

    def mimeTypes(self) -> list[str]:
        return [NOTE_IDS_MIME]

    def mimeData(self, indexes: list[_Index]) -> QMimeData:
        """Dragged notes carry their ids, one a line (``ui.move_notes`` takes the drop)."""
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        ids = "\n".join(self._source.rows[r].id for r in rows)
        data.setData(NOTE_IDS_MIME, ids.encode("ascii"))
        return data

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place: ask for the change (the store answers through ``replace``)."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return super().setData(index, value, role)
        note = self._source.rows[index.row()]
        text = str(value).strip()
        if not text or text == note.text:
            return False
        self.editRequested.emit(note, text)
        return True


class ThemeListModel(QAbstractListModel):
    """Themes in display order with a shortcut number and a note count."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._themes: list[Theme] = []
        self._counts: dict[str, int] = {}

    def set_themes(self, themes: Iterable[Theme], counts: dict[str, int]) -> None:
        self.beginResetModel()
        self._themes = list(themes)
        self._counts = dict(counts)
        self.endResetModel()

    def themes(self) -> list[Theme]:
        return list(self._themes)

    def theme_at(self, row: int) -> Theme:
        return self._themes[row]

    def row_of(self, theme_id: str) -> int:
        return next((i for i, t in enumerate(self._themes) if t.id == theme_id), -1)

    def count(self, theme_id: str) -> int:
        return self._counts.get(theme_id, 0)

    def add_to_count(self, theme_id: str, delta: int, *, notify: bool = True) -> None:
        """Change one theme's count; ``notify=False`` leaves the repaint to ``refresh_counts``."""
        self._counts[theme_id] = max(0, self._counts.get(theme_id, 0) + delta)
        row = self.row_of(theme_id)
        if row >= 0 and notify:
            index = self.index(row)
            self.dataChanged.emit(index, index)

    def refresh_counts(self) -> None:
        """Tell the view that counts changed (once for a burst of changes)."""
        if self._themes:
            self.dataChanged.emit(self.index(0), self.index(len(self._themes) - 1), [CountRole])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._themes)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        theme = self._themes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return theme.name
        if role == CountRole:
            return self._counts.get(theme.id, 0)
        if role == IdRole:
            return theme.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            number = index.row() + 1
            count = self._counts.get(theme.id, 0)
            return QCoreApplication.translate("Models", "{0}. {1}, {2} notes").format(
                number, theme.name, count
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = theme.name
            if index.row() < 9:
                tip += f"  (Ctrl+{index.row() + 1})"
            if theme.venue:
                tip += "\n" + QCoreApplication.translate("Models", "Only at {0}").format(
                    theme.venue
                )
            return tip
        return None


class SearchResultsModel(QAbstractTableModel):
    """Search results: kind, text, theme, venue, group, topic."""

    COLUMNS = ("kind", "text", "theme", "venue", "group", "topic")
    #: Rows read at a time: a search can match 50,000 notes, and reading them all costs
    #: ~0.7 s; the view asks for more (``fetchMore``) as it scrolls towards the end.
    PAGE = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Note] = []
        self._fetch: Callable[[int, int], list[Note]] | None = None
        self._total = 0

    def set_rows(self, notes: Iterable[Note]) -> None:
        self.beginResetModel()
        self._rows = list(notes)
        self._fetch, self._total = None, len(self._rows)
        self.endResetModel()

    def set_query(self, fetch: Callable[[int, int], list[Note]], total: int) -> None:
        """Show ``total`` rows, read a page at a time by ``fetch(offset, limit)``."""
        self.beginResetModel()
        self._fetch, self._total = fetch, total
        self._rows = fetch(0, self.PAGE) if total else []
        self.endResetModel()

    def total(self) -> int:
        """All matching rows, read or not yet."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        more = self._fetch(len(self._rows), self.PAGE)
        if not more:  # fewer than counted (deleted meanwhile): stop asking
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def note_at(self, row: int) -> Note:
        return self._rows[row]

    def notes(self) -> list[Note]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "kind": QCoreApplication.translate("Models", "Kind"),
            "text": QCoreApplication.translate("Models", "Note"),
            "theme": QCoreApplication.translate("Models", "Theme"),
            "venue": QCoreApplication.translate("Models", "Meeting"),
            "group": QCoreApplication.translate("Models", "Group"),
            "topic": QCoreApplication.translate("Models", "Cross-cutting topic"),
        }
        return names[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        note = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "kind":
                return kind_label(note.kind)
            if column == "text":
                return (
                    " ".join(note.text.split())
                    if role == Qt.ItemDataRole.DisplayRole
                    else note.text
                )
            if column == "venue":
                return f"{note.venue} {note.date}".strip()
            return getattr(note, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return note.text
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and column == "text":
            return personal_data_description(note.text) or None
        if column == "text" and role == Qt.ItemDataRole.TextAlignmentRole:
            return fonts.alignment(note.text) | Qt.AlignmentFlag.AlignVCenter
        if column == "text" and role == Qt.ItemDataRole.FontRole:
            return fonts.note_font(QGuiApplication.font(), note.text)
        if role == Qt.ItemDataRole.ForegroundRole and column == "kind":
            from workshop_app.ui.theme import kind_colour

            return kind_colour(note.kind).darker(115)
        if role == KindRole:
            return note.kind
        if role == NoteRole:
            return note
        return None
