"""SQLite storage through sqlite-utils: schema, migrations and the consultation store."""

import sys

# sqlite-utils imports numpy and pandas whenever they are installed, only to adapt their value
# types, which this app never stores. That costs 100-250 ms of every start (CLI and window).
# Hide them while sqlite-utils is first imported; later imports of numpy work as usual.
_hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]
try:
    import sqlite_utils  # noqa: F401
finally:
    for _name in _hidden:
        if sys.modules.get(_name) is None:
            sys.modules.pop(_name, None)

from workshop_app.store.store import Store, new_id  # noqa: F401
