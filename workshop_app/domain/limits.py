"""Every size limit of the app, in one place.

The editor, the command line, the CSV import and the merge all import these, so what one
path accepts another never refuses (a merge used to accept 20,000-character summary points
that the editor then could not save).
"""

from __future__ import annotations

#: Longest note. A group's statement fits easily; a pasted document does not.
MAX_NOTE_CHARS = 5_000
#: Longest summary point: the same as a note (a point condenses notes).
MAX_POINT_CHARS = MAX_NOTE_CHARS
#: Venue, theme, group and topic names, and setting keys.
MAX_NAME_CHARS = 200
#: The consultation's title.
MAX_TITLE_CHARS = 200
#: The hearing's web address.
MAX_URL_CHARS = 2_000
#: An e-mail address (RFC 5321's path limit).
MAX_EMAIL_CHARS = 254
#: Participants of one meeting.
MAX_PARTICIPANTS = 100_000
#: A setting's value in a session file (document texts are long, but not this long).
MAX_SETTING_CHARS = 1_000_000

#: The texts printed on a QR handout (heading, invitation, sender).
HANDOUT_TEXT_CHARS = {"heading": 120, "invitation": 600, "sender": 80}

#: A CSV import: bytes and rows per file.
MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_CSV_ROWS = 100_000

#: A session file or consultation database given to ``merge``.
MAX_SESSION_BYTES = 2 * 1024 * 1024 * 1024
