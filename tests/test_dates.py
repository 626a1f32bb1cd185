"""Dates typed the ways people type them (domain/dates.py, no Qt)."""

from __future__ import annotations

import pytest

from workshop_app.domain.dates import danish_date, iso_from_typed
from workshop_app.errors import UserError


@pytest.mark.parametrize(
    "typed",
    [
        "2026-04-15",
        "15-04-2026",
        "15.4.2026",
        "15.04.2026",
        "15/4/2026",
        "15/4 2026",
        "15. april 2026",
        "15 apr 26",
        " 15.4.2026 ",
        "2026/4/15",
        "15. APRIL 2026",
    ],
)
def test_every_usual_way_of_typing_a_date(typed):
    assert iso_from_typed(typed) == "2026-04-15"


@pytest.mark.parametrize(
    "typed", ["31.2.2026", "15.13.2026", "15.4", "i går", "2026-04", "15.4.20266"]
)
def test_a_wrong_date_is_one_line_never_today(typed):
    with pytest.raises(UserError) as caught:
        iso_from_typed(typed, "meeting date")
    assert "meeting date" in str(caught.value) and "\n" not in str(caught.value)


def test_empty_is_no_date_and_danish_display():
    assert iso_from_typed("   ") == ""
    assert danish_date("2026-04-05") == "05.04.2026"
    assert danish_date("") == "" and danish_date("not a date") == "not a date"
