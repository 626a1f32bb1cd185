"""Notes in every script show from the shipped fonts; right-to-left notes align right."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QTextLayout

from workshop_app.store import Store

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

# Written for these tests: what a table might say at a meeting about the neighbourhood.
SAMPLES = {
    "arabic": ("نريد ملعبا أكبر للأطفال", "Noto Naskh Arabic"),
    "farsi": ("می\u200cخواهیم پارک بزرگ\u200cتری داشته باشیم", "Noto Naskh Arabic"),
    "urdu": ("ہمیں شام کو بہتر بسیں چاہئیں", "Noto Nastaliq Urdu"),
    "tigrinya": ("ዝበለጸ መጓዓዝያ ንደሊ ኢና", "Noto Sans Ethiopic"),
    "chinese": ("我们需要更多的公园", "Droid Sans Fallback"),
    "japanese": ("もっと公園がほしいです", "Droid Sans Fallback"),
    "emoji": ("👍🌳🚲", "Noto Color Emoji"),
    "danish": ("Flere bænke ved søen", "Noto Sans"),
}
SHIPPED = {
    "Noto Sans",
    "Noto Naskh Arabic",
    "Noto Nastaliq Urdu",
    "Noto Sans Ethiopic",
    "Droid Sans Fallback",
    "Noto Color Emoji",
}


def glyph_families(text: str, font: QFont) -> list[tuple[str, bool]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(5000)
    layout.endLayout()
    return [(run.rawFont().familyName(), 0 in run.glyphIndexes()) for run in layout.glyphRuns()]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_script_is_drawn_from_a_shipped_font(qapp, name):
    from workshop_app.ui.fonts import note_font

    text, family = SAMPLES[name]
    runs = glyph_families(text, note_font(QFont(), text))
    assert runs
    assert all(not missing for _family, missing in runs), runs  # no empty boxes
    assert {f for f, _m in runs} <= SHIPPED, runs  # nothing from the laptop's own fonts
    assert family in {f for f, _m in runs}


def test_note_field_and_lists_use_the_shipped_fonts(qtbot, demo_db):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    store = Store.open(demo_db)
    window = MainWindow(store, Settings(), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.capture_page.note_field.font().families()[0] == "Noto Sans"
    text = SAMPLES["arabic"][0]
    window.capture_page.note_field.insertPlainText(text)
    runs = glyph_families(text, window.capture_page.note_field.font())
    assert "Noto Naskh Arabic" in {f for f, _m in runs}
    assert {f for f, _m in runs} <= SHIPPED and not any(m for _f, m in runs)
    window.close()
    store.close()


def ink_columns(image, rect: QRect, background: QColor) -> tuple[int, int]:
    """The leftmost and rightmost x with text ink inside ``rect`` of ``image``."""
    xs = []
    for y in range(rect.top(), rect.bottom(), 2):
        for x in range(rect.left(), rect.right()):
            colour = image.pixelColor(x, y)
            if abs(colour.lightness() - background.lightness()) > 60:
                xs.append(x)
    assert xs, "nothing drawn"
    return min(xs), max(xs)


def row_ink(view, row: int) -> tuple[int, int, QRect]:
    index = view.model().index(row, 0)
    rect = view.visualRect(index)
    image = view.viewport().grab().toImage()
    text_area = rect.adjusted(rect.width() // 5, 4, -24, -4)  # past the kind tag and badge
    background = image.pixelColor(text_area.left() + 1, rect.bottom() - 3)
    left, right = ink_columns(image, text_area, background)
    return left, right, text_area


def test_right_to_left_notes_are_aligned_right_in_list_search_and_projector(qtbot, db_path):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.settings import Settings

    store = Store.open(db_path)
    meeting = store.add_meeting("Nørrebro", "2026-04-08")
    theme = store.themes()[0]
    store.add_note(meeting.id, theme.id, "challenge", "Kort dansk note")
    store.add_note(meeting.id, theme.id, "challenge", SAMPLES["arabic"][0])
    window = MainWindow(store, Settings(), "en")
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    view = window.capture_page.note_list
    qtbot.wait(50)
    left_da, _right_da, area = row_ink(view, 0)
    left_ar, right_ar, _area = row_ink(view, 1)
    assert left_da - area.left() < 20  # Danish starts at the left
    assert area.right() - right_ar < 20  # Arabic ends at the right…
    assert left_ar - area.left() > area.width() // 3  # …and a short note stays there
    # the projector: the same
    window.toggle_projector()
    projector = window.projector
    projector.resize(1200, 700)
    qtbot.wait(50)
    pview = projector.columns["challenge"][2]
    left_ar, right_ar, area = row_ink(pview, 1)
    assert area.right() - right_ar < 30 and left_ar - area.left() > area.width() // 3
    window.toggle_projector()
    # search results: the text column aligns the Arabic note right
    search = window.search_page
    window.show_page(search)
    search.set_filters(text="")
    search.run_search()
    model = search.model
    rows = {
        model.data(model.index(r, 1), Qt.ItemDataRole.DisplayRole): r
        for r in range(model.rowCount())
    }
    arabic = model.index(rows[SAMPLES["arabic"][0]], 1)
    danish = model.index(rows["Kort dansk note"], 1)
    assert model.data(arabic, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.data(danish, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    assert model.data(arabic, Qt.ItemDataRole.FontRole).families()[0] == "Noto Sans"
    window.close()
    store.close()
