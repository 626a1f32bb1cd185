"""Fixtures of the attack suite (helpers in attack_helpers.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from attack_helpers import run_cli


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of a demo consultation written by the CLI (one self-contained file)."""
    db = tmp_path_factory.mktemp("template") / "demo.sqlite"
    assert run_cli("demo", "--db", db).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return db.read_bytes()


@pytest.fixture
def demo(tmp_path: Path, demo_template: bytes) -> Path:
    """A demo consultation of this test's own (mode 600, as the app writes it)."""
    db = tmp_path / "demo.sqlite"
    db.write_bytes(demo_template)
    db.chmod(0o600)
    return db
