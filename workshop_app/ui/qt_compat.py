"""A guard against a reference-counting fault in the installed PySide6 on Python < 3.12.

PySide6 6.12 (shiboken 6.12) on Python 3.11 returns ``None``, ``True`` and ``False``
from C++ calls without taking a reference: every call of a void method (``setText``,
``setPen``…) and every signal ``emit`` drops one reference to these singletons. Python
3.12+ treats them as immortal, so nothing happens there; on 3.11 the count reaches zero
after a few thousand calls and the interpreter aborts ("deallocating None"). The window
would crash minutes into a meeting.

The guard gives the three singletons an effectively endless reference count, which is
what Python 3.12 does anyway. It runs once, when ``workshop_app.ui`` is imported.
Remove it once the app requires Python >= 3.12 or a PySide6 without the fault.
"""

from __future__ import annotations

import ctypes
import sys

_EXTRA_REFERENCES = 1 << 40  # ~10^12 calls: far beyond any session
_applied = False


def protect_singletons() -> bool:
    """Raise the reference counts of None/True/False (CPython < 3.12 only); True if done."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object header.
        ctypes.c_ssize_t.from_address(id(obj)).value += _EXTRA_REFERENCES
    _applied = True
    return True
