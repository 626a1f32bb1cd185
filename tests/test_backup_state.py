"""A backup is taken after a merge even when every incoming change is older than local ones."""

from __future__ import annotations

from workshop_app.safety import backup
from workshop_app.store import Store


def test_state_changes_when_older_rows_arrive_or_change(tmp_path):
    older = Store.open(tmp_path / "old.sqlite", device="laptopa")
    meeting = older.add_meeting("Amager", "2026-04-15")
    theme = older.themes()[0]
    note_id = older.add_note(meeting.id, theme.id, "challenge", "Skrevet først")
    with Store.open(tmp_path / "new.sqlite", device="laptopb") as newer:
        newer.add_meeting("Nørrebro", "2026-04-08")  # the newest stamp lives here
        before = backup.store_state(newer)
        row = older.db.execute("SELECT * FROM notes WHERE id = ?", [note_id]).fetchone()
        cols = [d[0] for d in older.db.execute("SELECT * FROM notes").description]
        meeting_row = older.db.execute("SELECT * FROM meetings").fetchone()
        mcols = [d[0] for d in older.db.execute("SELECT * FROM meetings").description]
        theme_row = older.db.execute("SELECT * FROM themes WHERE id = ?", [theme.id]).fetchone()
        tcols = [d[0] for d in older.db.execute("SELECT * FROM themes").description]
        with newer.transaction():
            for table, c, r in (("meetings", mcols, meeting_row), ("themes", tcols, theme_row),
                                ("notes", cols, row)):
                newer.db.execute(
                    f"INSERT OR IGNORE INTO {table} ({', '.join(c)}) "
                    f"VALUES ({', '.join('?' for _ in c)})", list(r))
        after_insert = backup.store_state(newer)
        assert after_insert != before
        # an update that keeps every count and the newest stamp, with a later, still-older stamp
        bumped = row[cols.index("hlc")]
        wall, counter, dev = bumped.split("-", 2)
        newer.db.execute("UPDATE notes SET hlc = ? WHERE id = ?",
                         [f"{wall}-{int(counter) + 1:06d}-{dev}", note_id])
        assert backup.store_state(newer) != after_insert
    older.close()
