"""The things facilitators talk about: consultations, meetings, themes, groups, notes."""

from __future__ import annotations

from dataclasses import dataclass

CHALLENGE = "challenge"
SOLUTION = "solution"
KINDS = (CHALLENGE, SOLUTION)

#: The seven workshop themes a new consultation starts with, in this order.
DEFAULT_THEMES: tuple[str, ...] = (
    "Unge og uddannelse",
    "Beskæftigelse",
    "Ældre og sundhed",
    "Medborgerskab: At være en del af fællesskabet",
    "Børn i dagtilbud og folkeskole",
    "Fritidsliv og foreningsdeltagelse",
    "Byudvikling og tryghed",
)

#: Venues offered by default when a meeting is set up.
DEFAULT_VENUES: tuple[str, ...] = ("Nørrebro", "Amager", "Tingbjerg")

#: Danish prepositions before a venue: "på Nørrebro", "i Tingbjerg".
PREPOSITIONS: tuple[str, ...] = ("på", "i")

#: The preposition of the municipality's own venues; a venue typed in takes "i".
DEFAULT_PREPOSITIONS: dict[str, str] = {"nørrebro": "på", "amager": "på", "tingbjerg": "i"}

DEFAULT_HEARING_URL = "https://blivhoert.kk.dk/"

#: The setting holding a consultation's identity: a random id made when the consultation is
#: created, carried to every laptop that gets the consultation through a session file or a
#: merge (see ``sync.identity``).
CONSULTATION_ID_KEY = "consultation.id"


@dataclass(frozen=True)
class Consultation:
    """The consultation a database file holds: its title and hearing details."""

    title: str = ""
    hearing_url: str = ""
    hearing_email: str = ""
    hearing_from: str = ""  # ISO date or ""
    hearing_to: str = ""


@dataclass(frozen=True)
class Meeting:
    id: str
    venue: str
    date: str  # ISO date, may be ""
    participants: int | None = None
    origin_device: str = ""
    #: "på" or "i" as set for this meeting; None: the default for the venue
    preposition_set: str | None = None

    @property
    def label(self) -> str:
        return f"{self.venue} {self.date}".strip()

    @property
    def preposition(self) -> str:
        """The Danish preposition before the venue ("på Amager", "i Tingbjerg")."""
        return self.preposition_set or default_preposition(self.venue)


def default_preposition(venue: str) -> str:
    """"på" for the venues the municipality writes that way, else "i"."""
    return DEFAULT_PREPOSITIONS.get(" ".join(venue.split()).casefold(), "i")


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    position: float
    venue: str | None = None  # set for a venue-only theme, e.g. "Frikommunetiltag (Amager)"


@dataclass(frozen=True)
class Group:
    id: str
    meeting_id: str
    theme_id: str
    name: str
    position: float = 0.0


@dataclass(frozen=True)
class Topic:
    """A cross-cutting topic ("Tværgående forslag")."""

    id: str
    name: str
    position: float


@dataclass(frozen=True)
class Note:
    """One thing a group said, as the facilitator typed it.

    The name fields (venue, theme, …) are filled in when notes are listed, for display.
    """

    id: str
    meeting_id: str
    theme_id: str
    group_id: str | None
    kind: str
    text: str
    topic_id: str | None = None
    origin_device: str = ""
    created: str = ""  # change stamp at creation: a stable, cross-device order
    venue: str = ""
    date: str = ""
    theme: str = ""
    group: str = ""
    topic: str = ""
