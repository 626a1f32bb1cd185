"""SQLite storage through sqlite-utils: schema, migrations and the consultation store."""

from workshop_app.store.store import Store, new_id  # noqa: F401
