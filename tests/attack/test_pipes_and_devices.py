"""FIFOs, devices and folders given where a file is expected (defect 4 of issue 18)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from attack_helpers import one_clean_line, run_cli
from test_foreign_files import DB_COMMANDS, argv

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")

#: Commands that read a file named on the command line, with ``{file}`` for it.
INPUT_COMMANDS: dict[str, list[str]] = {
    "import-csv": ["import-csv", "{file}", "--db", "{db}"],
    "merge": ["merge", "{file}", "--db", "{db}"],
    "session info": ["session", "info", "{file}"],
    "backup restore": ["backup", "restore", "{file}", "--db", "{db}"],
    "export --out": ["export", "json", "--db", "{db}", "--out", "{file}"],
    "handout --out": ["handout", "--db", "{db}", "--out", "{file}"],
    "session export --out": ["session", "export", "--db", "{db}", "--out", "{file}"],
}


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("name", sorted(DB_COMMANDS))
def test_fifo_as_db_is_refused_without_hanging(name, fifo, tmp_path, cli) -> None:
    """Promise: a FIFO given as ``--db`` is refused at once with one line, by every command
    (never a hang: reading a FIFO blocks until someone writes)."""
    inputs = {"csv": fifo, "session": fifo}
    result = cli(*argv(name, fifo, inputs, tmp_path / "out"))
    assert result.code == 1 and result.err.count("\n") == 1, (name, result)
    assert "not a regular file" in result.err


@pytest.mark.parametrize("name", sorted(INPUT_COMMANDS))
@pytest.mark.parametrize("kind", ["fifo", "char device"])
def test_fifo_or_device_as_input_is_refused(name, kind, fifo, demo, cli) -> None:
    """Promise: a FIFO or a character device given as an input or output file is refused at
    once with one line, and the consultation is unchanged."""
    target = fifo if kind == "fifo" else Path("/dev/zero")
    before = demo.read_bytes()
    args = [a.format(file=target, db=demo) for a in INPUT_COMMANDS[name]]
    result = cli(*args)
    assert result.code == 1 and result.err.count("\n") == 1, (name, result)
    assert "not a regular file" in result.err
    assert demo.read_bytes() == before


def test_fifo_as_db_through_a_process(fifo) -> None:
    """Promise: the installed command, as a process of its own, does not hang on a FIFO (the
    timeout would fail the test) and says why in one line."""
    result = run_cli("info", "--db", fifo, timeout=30)
    one_clean_line(result)


def test_fifo_in_the_library_is_refused(fifo) -> None:
    """Promise: the store and the CSV import (used by the window) refuse a FIFO themselves."""
    from workshop_app.capture.csv_import import import_csv
    from workshop_app.errors import UserError
    from workshop_app.store import Store

    with pytest.raises(UserError, match="not a regular file"):
        Store.open(fifo)
    with Store.open(fifo.parent / "c.sqlite") as store, \
            pytest.raises(UserError, match="not a regular file"):
        import_csv(store, fifo)


def test_folder_as_db_is_refused(tmp_path, cli) -> None:
    """Promise: a folder given as ``--db`` is refused with one line by reading and writing
    commands alike."""
    for args in (["info"], ["note", "add", "--venue", "V", "--theme", "T", "--kind",
                            "challenge", "--text", "x"]):
        result = cli(*args, "--db", tmp_path)
        assert result.code == 1 and "is a folder" in result.err, result
