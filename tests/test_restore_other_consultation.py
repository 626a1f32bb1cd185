"""Restoring a backup of another consultation asks first (CLI flag, GUI question); a merge
conflict on a setting names the whole setting."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app.safety import backup
from workshop_app.store import Store
from workshop_app.sync import export_session, merge_files
from workshop_app.ui.sync_dialogs.backups_dialog import BackupRole

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]

WAIT = 30000


def consultation(path: Path, title: str, note: str) -> Path:
    with Store.open(path, device="lapX") as store:
        store.update_consultation(title=title)
        meeting = store.add_meeting("Valby", "2026-05-02")
        store.add_note(meeting.id, store.themes()[0].id, "challenge", note)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cli_refuses_a_backup_of_another_consultation_without_the_flag(cli, tmp_path):
    ours = consultation(tmp_path / "ours.sqlite", "Dialogmøder 2026", "Flere bænke i parken")
    theirs = consultation(tmp_path / "theirs.sqlite", "Budget 2027", "Billigere svømmehal")
    saved = backup.snapshot(theirs, "manual")
    own = backup.snapshot(ours, "manual")
    before = digest(ours)
    result = cli("backup", "restore", saved, "--db", ours)
    assert result.code == 1 and len(result.err.strip().splitlines()) == 1
    assert "another consultation" in result.err
    assert "“Budget 2027”" in result.err and "“Dialogmøder 2026”" in result.err
    assert "--other-consultation" in result.err and "nothing was restored" in result.err
    assert digest(ours) == before
    assert [b.reason for b in backup.list_backups(ours)] == ["manual"]  # no before-restore
    # The consultation's own backup needs no flag; another's does, and then it is restored.
    assert cli("backup", "restore", own, "--db", ours).code == 0
    assert cli("backup", "restore", saved, "--db", ours, "--other-consultation").code == 0
    with Store.open(ours, create=False) as store:
        assert store.consultation().title == "Budget 2027"


def test_the_backups_dialog_asks_before_restoring_another_consultation(
    qtbot, window, tmp_path, monkeypatch
):
    theirs = consultation(tmp_path / "theirs.sqlite", "Budget 2027", "Billigere svømmehal")
    foreign = backup.snapshot(theirs, "manual")
    folder = backup.backup_dir(window.store.path)
    shutil.copy(foreign, folder / foreign.name)
    title = window.store.consultation().title
    asked: list[str] = []
    click = {"text": None}

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        wanted = [b for b in box.buttons() if b.text() == click["text"]]
        (wanted[0] if wanted else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    window.actions["backups"].trigger()
    dialog = window.sync.backups_dialog
    row = next(
        i for i in range(dialog.list.topLevelItemCount())
        if dialog.list.topLevelItem(i).data(0, BackupRole).path.name == foreign.name
    )
    dialog.list.setCurrentItem(dialog.list.topLevelItem(row))
    dialog.restore_button.click()  # Cancel: nothing happens
    assert "another consultation" in asked[-1] and "Budget 2027" in asked[-1] and title in asked[-1]
    window.workers.wait()
    assert window.store.consultation().title == title
    click["text"] = "Restore anyway"
    with qtbot.waitSignal(window.reopenRequested, timeout=WAIT):
        dialog.restore_button.click()
    assert window.store.consultation().title == "Budget 2027"


def test_a_conflict_on_a_setting_names_the_whole_setting(tmp_path):
    a = tmp_path / "a.sqlite"
    with Store.open(a, device="lapA") as store:
        store.update_consultation(title="Dialogmøder 2026")
    setup = tmp_path / "setup.wsession"
    with Store.open(a, device="lapA") as store:
        export_session(store, setup)
    b = tmp_path / "b.sqlite"
    merge_files(b, [setup], device="lapB")
    with Store.open(a, device="lapA") as store:
        store.update_consultation(hearing_url="https://blivhoert.kk.dk/a")
        export_session(store, tmp_path / "a.wsession")
    with Store.open(b, device="lapB") as store:
        store.update_consultation(hearing_url="https://blivhoert.kk.dk/b")
        export_session(store, tmp_path / "b.wsession")
    report = merge_files(tmp_path / "c.sqlite", [tmp_path / "a.wsession", tmp_path / "b.wsession"],
                         device="coord")
    lines = [c.summary for c in report.conflicts]
    assert len(lines) == 1 and lines[0].startswith("setting consultation.hearing_url: kept ")
