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


def speed_up_feature_scan() -> bool:
    """Make PySide6's per-module ``__feature__`` scan read the file instead of calling
    ``inspect.getsource``; True if installed.

    Once PySide6 is imported, every module imported after it is checked once for whether it
    uses PySide6 (``shibokensupport.feature._mod_uses_pyside``: "PySide6" in its source),
    through ``inspect.getsource`` and the line cache: ~0.4 ms a module, ~25 ms of the
    window's start (63 modules; issue 17). The same test on the file's bytes gives the same
    answer for every source file (the name is ASCII), at a fraction of the cost; anything
    that is not a plain ``.py`` file still goes through PySide6's own function.
    """
    import PySide6  # noqa: F401 -- loads shiboken's support modules, the scan among them

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_workshop_fast", False):
        return False

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    uses_pyside._workshop_fast = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]  # (tests compare them)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
