"""Known, user-facing errors.

A ``UserError`` carries one clear line for the person at the keyboard. The CLI
prints it and exits 1; the GUI shows it in a dialog. Anything else is a bug.
"""


class UserError(Exception):
    """Bad input or a refused operation, explained in one line."""


class StoreError(UserError):
    """The consultation database cannot be opened or written."""


class DamagedFileError(StoreError):
    """A file is not a usable consultation or session file."""


class NewerVersionError(StoreError):
    """A file was written by a newer version of the app."""
