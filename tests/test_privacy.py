"""The personal-data guard: what it finds, what it leaves alone, and redaction in exports."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workshop_app.safety.privacy import (
    CPR,
    EMAIL,
    PHONE,
    cpr_date,
    find_personal_data,
    mask,
    redact,
)

# A note as a hurried facilitator might type it (invented person and numbers).
PERSONAL_NOTE = (
    "Fatima vil gerne kontaktes om lektiecafeen: ring 23 45 67 89, "
    "cpr 010190-1234, mail fatima.h@example.dk"
)
HEARING_EMAIL = "integrationspolitik@kk.dk"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.text) for f in find_personal_data(text)]


# ---------------------------------------------------------------- finding
@pytest.mark.parametrize(
    "text, expected",
    [
        ("ring 12 34 56 78 i aften", [(PHONE, "12 34 56 78")]),
        ("ring +45 12345678", [(PHONE, "+45 12345678")]),
        ("ring +4512345678", [(PHONE, "+4512345678")]),
        ("ring 0045 23 45 67 89", [(PHONE, "0045 23 45 67 89")]),
        ("ring 2345 6789.", [(PHONE, "2345 6789")]),
        ("tlf. 23456789", [(PHONE, "23456789")]),
        ("tlf:23456789", [(PHONE, "23456789")]),
        ("nr\u00a023\u00a045\u00a067\u00a089", [(PHONE, "23\u00a045\u00a067\u00a089")]),
        ("cpr 120356-1234", [(CPR, "120356-1234")]),
        ("cpr 1203561234", [(CPR, "1203561234")]),
        ("cpr 120356\u20131234", [(CPR, "120356\u20131234")]),  # Word's en dash
        ("290200-4123", [(CPR, "290200-4123")]),  # 29 February 2000
        ("skriv til anna.hansen@example.dk.", [(EMAIL, "anna.hansen@example.dk")]),
        ("Søren.Ø@københavn.dk", [(EMAIL, "Søren.Ø@københavn.dk")]),
    ],
)
def test_finds(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mødet var 2026-04-08 kl. 17:00-19:30",
        "planen for 2023-2026 blev vedtaget 09-03-2022 og 09.03.2022",
        "i 2025 og 2026, i perioden 2025-2026 og i 2025 2026",
        "budgettet er 1.250.000 kr. eller 12500000 kr eller 2.500.000,00",
        "en stigning på 12345678 %",
        "320356-1234",  # no 32nd day
        "120356-12345",  # too many digits
        "290201-4123",  # no 29 February 2001
        "011399-1234",  # no 13th month
        "0,12345678 og 3.14159265",
        "sag nr. 123456789 og 1234567",  # nine and seven digits
        "ref #23456789 og id=23456789",
        "https://blivhoert.kk.dk/hoering/23456789 og www.kk.dk/side/12345678",
        "@borger på sociale medier, og en@ uden domæne",
        "tidsrum 08.30 - 16.00 og 2026.04.08",
    ],
)
def test_leaves_alone(text: str) -> None:
    assert find_personal_data(text) == []


def test_cpr_is_reported_once_as_cpr_not_also_as_phone() -> None:
    findings = find_personal_data("cpr 1203561234 og 120356-1234")
    assert [f.kind for f in findings] == [CPR, CPR]


def test_positions_point_at_the_match() -> None:
    for finding in find_personal_data(PERSONAL_NOTE):
        assert PERSONAL_NOTE[finding.start : finding.end] == finding.text
    assert {f.kind for f in find_personal_data(PERSONAL_NOTE)} == {CPR, PHONE, EMAIL}


def test_cpr_century_rule() -> None:
    assert cpr_date("010190-1234").year == 1990  # seventh digit 1: 1900s
    assert cpr_date("010110-4123").year == 2010  # 4 and yy <= 36: 2000s
    assert cpr_date("010160-4123").year == 1960  # 4 and yy > 36: 1900s
    assert cpr_date("010160-6123").year == 1860  # 5-8 and yy > 57: 1800s
    assert cpr_date("310490-1234") is None  # 31 April


def test_mask_hides_most_of_it() -> None:
    assert mask(CPR, "120356-1234") == "12****-****"
    assert mask(PHONE, "+45 23 45 67 89") == "+45 23 ** ** **"
    assert mask(EMAIL, "fatima.h@example.dk") == "f***@e***.dk"


def test_redact_replaces_and_keeps_the_contact_address() -> None:
    text = PERSONAL_NOTE + f" eller {HEARING_EMAIL.upper()}"
    out = redact(text, "da", keep=[HEARING_EMAIL])
    assert "23 45 67 89" not in out and "010190" not in out and "fatima.h@" not in out
    assert "[telefonnummer fjernet]" in out and "[cpr-nummer fjernet]" in out
    assert "[e-mailadresse fjernet]" in out
    assert HEARING_EMAIL.upper() in out
    assert "[phone number removed]" in redact(PERSONAL_NOTE, "en")
    assert redact("ingen persondata her, kun 2026-04-08") == "ingen persondata her, kun 2026-04-08"


_PIECES = st.sampled_from(
    [*"0123456789      +-\u2013.,@abkdæ:/", "45", "00", "kr", ".dk", "@x.dk", "120356", "-1234",
     "12 34", "https://kk.dk/"]
)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(_PIECES, max_size=40).map("".join))
def test_findings_are_ordered_exact_and_redaction_is_complete(text: str) -> None:
    findings = find_personal_data(text)
    for first, second in itertools.pairwise(findings):
        assert first.end <= second.start
    for finding in findings:
        assert finding.start < finding.end and text[finding.start : finding.end] == finding.text
    assert find_personal_data(redact(text)) == []


_FEW_DIGITS = st.sampled_from(
    [*"0123456789 +-.@æ", "\u0661\u0662\u0663\u0664", "+45 ", "0045", "1203", "56-1234",
     "12 34 56 78", "٢٣ ٤٥ ٦٧ ٨٩", "a@b.dk", "x@", "https://kk.dk/4711"]
)


@settings(max_examples=400, deadline=None)
@given(text=st.lists(_FEW_DIGITS, max_size=12).map("".join))
def test_the_quick_check_skips_only_texts_without_findings(text: str) -> None:
    """find_personal_data skips the search when a text has no "@" and fewer than eight digits
    (Arabic-Indic digits count, as in the patterns); the search must agree."""
    from workshop_app.safety.privacy import _search

    assert find_personal_data(text) == _search(text)


def test_the_quick_check_counts_the_digits_the_patterns_match() -> None:
    import re

    digit = re.compile(r"\d")
    for code in range(0x30000):  # every plane with decimal digits
        char = chr(code)
        assert char.isdecimal() is bool(digit.match(char)), hex(code)


def test_a_phone_number_of_eight_digits_and_nothing_else_is_still_found() -> None:
    assert [f.kind for f in find_personal_data("ring 23456789")] == [PHONE]
    assert [f.kind for f in find_personal_data("ring ٢٣٤٥٦٧٨٩")] == [PHONE]


def test_long_text_is_linear_enough() -> None:
    # A 5,000-character note of one "word" must not make the patterns backtrack for ages.
    text = ("a" * 4990 + "@") + "1" * 9
    assert find_personal_data(text) == []


# ---------------------------------------------------------------- the command
@pytest.fixture
def personal_db(db_path: Path, cli) -> Path:
    assert cli("event", "--db", db_path, "--hearing-email", HEARING_EMAIL,
               "--hearing-url", "https://blivhoert.kk.dk/hoering/4711").code == 0
    for text in (PERSONAL_NOTE, "Der mangler lektiehjælp i weekenden"):
        result = cli("note", "add", "--db", db_path, "--venue", "Tingbjerg",
                     "--theme", "Uddannelse", "--kind", "challenge", "--text", text)
        assert result.code == 0, result
    return db_path


def test_privacy_json_lists_the_three_kinds(personal_db: Path, cli) -> None:
    result = cli("privacy", "--db", personal_db, "--json")
    assert result.code == 0, result
    rows = json.loads(result.out)
    assert sorted(r["kind"] for r in rows) == ["cpr", "email", "phone"]
    note_id = json.loads(cli("note", "list", "--db", personal_db, "--json", "--search",
                             "lektiecafeen").out)[0]["id"]
    assert {r["note_id"] for r in rows} == {note_id}
    assert all(r["point_id"] is None for r in rows)
    # The list itself must not leak what it warns about.
    assert "23 45 67 89" not in result.out and "010190-1234" not in result.out
    assert "fatima.h@example.dk" not in result.out


def test_privacy_text_output(personal_db: Path, cli) -> None:
    result = cli("privacy", "--db", personal_db)
    assert result.code == 0
    lines = result.out.splitlines()
    assert len(lines) == 3 and {line.split()[0] for line in lines} == {"cpr", "phone", "email"}
    assert "3 findings" in result.err


def test_privacy_reports_summary_points(personal_db: Path, cli) -> None:
    from workshop_app.store import Store, new_id

    with Store.open(personal_db) as store:
        theme = store.theme_by_name("Uddannelse")
        store._insert("summary_points", {"id": new_id(), "theme_id": theme.id, "topic_id": None,
                                         "kind": "challenge", "text": "Kontakt: 87 65 43 21",
                                         "position": 1.0})
    rows = json.loads(cli("privacy", "--db", personal_db, "--json").out)
    points = [r for r in rows if r["point_id"]]
    assert [(r["kind"], r["masked"]) for r in points] == [("phone", "87 ** ** **")]


def test_privacy_none(db_path: Path, cli) -> None:
    cli("note", "add", "--db", db_path, "--venue", "Vesterbro", "--theme", "Sundhed",
        "--kind", "solution", "--text", "Flere sundhedsmæglere i 2026")
    result = cli("privacy", "--db", db_path, "--json")
    assert result.code == 0 and json.loads(result.out) == []
    assert "no personal data" in cli("privacy", "--db", db_path).out


def test_privacy_missing_file_is_a_clean_error(tmp_path: Path, cli) -> None:
    result = cli("privacy", "--db", tmp_path / "nope.sqlite")
    assert result.code == 1 and result.err.count("\n") == 1


# ---------------------------------------------------------------- exports
def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_pdf_export_redacts_but_keeps_the_hearing_address(personal_db: Path, tmp_path: Path,
                                                         cli) -> None:
    out = tmp_path / "opsamling.pdf"
    result = cli("export", "pdf", "--db", personal_db, "--out", out)
    assert result.code == 0, result
    text = _flat(_pdf_text(out))
    assert "23 45 67 89" not in text and "010190" not in text and "fatima.h" not in text
    assert "fjernet" in text
    assert HEARING_EMAIL in text
    assert "lektiecafeen" in text  # the rest of the note is still there


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_md_and_docx_exports_redact(personal_db: Path, tmp_path: Path, cli, fmt: str) -> None:
    out = tmp_path / f"opsamling.{fmt}"
    assert cli("export", fmt, "--db", personal_db, "--out", out).code == 0
    text = _flat(out.read_text("utf-8") if fmt == "md" else _docx_text(out))
    assert "23 45 67 89" not in text and "010190" not in text and "fatima.h" not in text
    assert HEARING_EMAIL in text


def test_keep_personal_data_warns_and_keeps(personal_db: Path, tmp_path: Path, cli) -> None:
    out = tmp_path / "intern.md"
    result = cli("export", "md", "--db", personal_db, "--out", out, "--keep-personal-data")
    assert result.code == 0
    assert "warning" in result.err and "personal-data" in result.err
    text = out.read_text("utf-8")
    assert "23 45 67 89" in text and "010190-1234" in text


def test_contact_address_in_next_steps_text_is_not_redacted(personal_db: Path, tmp_path: Path,
                                                           cli) -> None:
    from workshop_app.export.document import NEXT_STEPS_KEY
    from workshop_app.store import Store

    with Store.open(personal_db) as store:
        store.set_setting(NEXT_STEPS_KEY, f"Skriv til {HEARING_EMAIL} eller til en@example.dk")
    out = tmp_path / "o.md"
    assert cli("export", "md", "--db", personal_db, "--out", out).code == 0
    text = out.read_text("utf-8")
    assert f"Skriv til {HEARING_EMAIL}" in text
    assert "en@example.dk" not in text


def test_json_export_is_the_full_record(personal_db: Path, tmp_path: Path, cli) -> None:
    # The JSON export moves a consultation between laptops: it must keep everything.
    out = tmp_path / "all.json"
    result = cli("export", "json", "--db", personal_db, "--out", out)
    assert result.code == 0 and "warning" not in result.err
    notes = json.loads(out.read_text("utf-8"))["notes"]
    assert PERSONAL_NOTE in [n["text"] for n in notes]
