"""Plain domain objects and pure rules. No Qt, no SQL."""

from workshop_app.domain.model import (  # noqa: F401
    CHALLENGE,
    DEFAULT_THEMES,
    DEFAULT_VENUES,
    KINDS,
    SOLUTION,
    Consultation,
    Group,
    Meeting,
    Note,
    Theme,
    Topic,
)
