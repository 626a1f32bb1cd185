"""Refusals added by later work (dates, files, curation, other consultations) reach the
Danish window in Danish: each message is made by the real core function, as a user meets it."""

from __future__ import annotations

import pytest

from workshop_app.curate import setup, texts
from workshop_app.curate.exclusions import check_reason
from workshop_app.domain import dates
from workshop_app.errors import UserError
from workshop_app.store import Store, database
from workshop_app.ui import i18n

ENGLISH = ("the ", " is ", "cannot", "give --", "--with-notes", "--other-consultation",
           "document reset", " has ", "--reason")


def _message(call) -> str:
    with pytest.raises(UserError) as caught:
        call()
    return str(caught.value)


def _danish(message: str) -> str:
    text = i18n.translate_error(message)
    assert text != message, message
    assert not any(word in text for word in ENGLISH), text
    return text


def test_dates_and_reasons_are_danish(danish):
    assert _danish(_message(lambda: dates.parse_typed_date("31.02.2026"))) == (
        "Datoen '31.02.2026' findes ikke.")
    assert "ukendt måned: 'brumaire'" in _danish(
        _message(lambda: dates.parse_typed_date("3. brumaire 2026")))
    assert "15.04.2026, 15-04-2026 eller 2026-04-15" in _danish(
        _message(lambda: dates.parse_typed_date("i morgen")))
    assert _danish(_message(lambda: check_reason("  "))) == (
        "Skriv en begrundelse for at udelade noten.")


def test_removing_what_holds_notes_is_refused_in_danish(danish, tmp_path):
    with Store.open(tmp_path / "c.sqlite") as store:
        meeting = store.add_meeting("Tingbjerg Bibliotek", "2026-04-15")
        theme = store.add_theme("Trafik")
        store.add_note(meeting.id, theme.id, "challenge", "Bilerne kører for stærkt på Ruten")
        one = _message(lambda: setup.remove_theme(store, "Trafik"))
        assert _danish(one) == (
            "Temaet Trafik har noter (1): flyt dem først, eller slet dem sammen med temaet.")
        store.add_note(meeting.id, theme.id, "solution", "Vejbump ved skolen — مطبات السرعة")
        assert "noter (2)" in _danish(_message(lambda: setup.remove_theme(store, "Trafik")))
        meeting_text = _danish(_message(lambda: setup.remove_meeting(store, "Tingbjerg Bibliotek")))
        assert meeting_text.startswith("Mødet på Tingbjerg Bibliotek"), meeting_text
        assert meeting_text.endswith("har noter (2): slet dem sammen med mødet, eller flyt dem først.")
        count = len(store.themes())
        assert _danish(_message(lambda: setup.move_theme(store, "Trafik", count + 1))) == (
            f"Placeringen skal være mellem 1 og {count}.")
        empty = _message(lambda: texts.set_text(store, "title", "  "))
        assert _danish(empty) == ("Teksten til dokumentets titel er tom: vælg “Brug den "
                                  "automatiske tekst” for at gå tilbage til standardteksten.")
        long_intro = _message(lambda: texts.set_text(store, "intro", "ord " * 2000))
        assert _danish(long_intro) == "Teksten til indledningen er 7.999 tegn lang; grænsen er 5.000 tegn."


def test_a_csv_over_the_limit_is_refused_in_danish(danish, tmp_path):
    big = tmp_path / "noter.csv"
    big.write_bytes(b"x" * 3 * 2**20)
    with pytest.raises(UserError) as caught:
        database.read_input_file(big, "CSV file", 2**20)
    text = _danish(str(caught.value))
    assert text == "Filen fylder 3,1 MB; grænsen er 1 MB (CSV-fil)."
    folder = tmp_path / "mappe"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        database.check_regular_file(folder, "backup file")
    assert _danish(str(caught.value)) == f"{folder} er en mappe, ikke en backupfil."


def test_a_backup_of_another_consultation_is_refused_in_danish(danish, tmp_path):
    from workshop_app.sync.identity import OtherConsultationError, check_same_consultation

    for name, title in (("a.sqlite", "Lokalplan for Tingbjerg"), ("b.sqlite", "Ny cykelsti")):
        with Store.open(tmp_path / name) as store:
            store.update_consultation(title=title)
    with pytest.raises(OtherConsultationError) as caught:
        check_same_consultation(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    assert _danish(str(caught.value)) == (
        "a.sqlite er en backup af et andet dialogforløb: “Lokalplan for Tingbjerg”, ikke “Ny "
        "cykelsti”. Intet blev gendannet; hvis den virkelig hører til her, så bekræft, at den "
        "skal bruges alligevel.")
