"""SQLite storage: schema, migrations and the consultation store.

The store runs on a thin ``sqlite3`` connection (``store.connection``); sqlite-utils is
imported only where it is really used (the migrations, sync's in-memory databases), through
``store.connection.sqlite_utils_module``.
"""

from workshop_app.store.store import Store, new_id  # noqa: F401
