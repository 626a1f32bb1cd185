"""Recurring-proposal detection: Danish features, quality on a labelled set, determinism, CLI."""

from __future__ import annotations

import itertools
import json
import os
import random
import sys
from pathlib import Path

import pytest

from workshop_app.analysis import danish
from workshop_app.analysis.recurring import THRESHOLD, find_recurring, recurring_in_store
from workshop_app.capture.notes import add_note_by_names
from workshop_app.store import Store

sys.path.insert(0, str(Path(__file__).parent / "data"))
import recurring_quality as quality  # noqa: E402


def build_quality_db(path: Path) -> dict[str, str]:
    """The labelled set in a real consultation file; returns note id -> idea ("" for none)."""
    idea_of: dict[str, str] = {}
    with Store.open(path) as store:
        for idea, venue, theme, kind, text in quality.NOTES:
            note_id = add_note_by_names(
                store,
                venue=venue,
                theme=theme,
                kind=kind,
                text=text,
                group="Bord 1",
                date=quality.MEETINGS[venue],
            )
            idea_of[note_id] = idea
    return idea_of


def pair_scores(groups: list[dict], idea_of: dict[str, str]) -> tuple[float, int]:
    """(share of same-idea pairs in one group, number of wrong pairs in groups)."""
    by_idea: dict[str, list[str]] = {}
    for note_id, idea in idea_of.items():
        if idea:
            by_idea.setdefault(idea, []).append(note_id)
    truth = {frozenset(p) for ids in by_idea.values() for p in itertools.combinations(ids, 2)}
    found = {
        frozenset(p)
        for g in groups
        for p in itertools.combinations([n["id"] for n in g["notes"]], 2)
    }
    return len(truth & found) / len(truth), len(found - truth)


@pytest.fixture
def quality_db(db_path: Path) -> tuple[Path, dict[str, str]]:
    return db_path, build_quality_db(db_path)


# ------------------------------------------------------------------ Danish features
def test_normalise_keeps_danish_letters_and_drops_punctuation():
    assert danish.normalise("Æbler, ØL og Ålborg-kurser!! 2026 «gratis»") == (
        "æbler øl og ålborg kurser gratis"
    )


def test_tokens_drop_stop_words_and_stems_join_inflections():
    assert danish.tokens("De unge har brug for en mentor") == ["unge", "mentor"]
    assert danish.stem("mentorer") == danish.stem("mentor")
    assert danish.stem("boliger") == danish.stem("bolig")


def test_c_and_python_stemmers_agree():
    """PyStemmer (used when installed) must stem exactly like snowballstemmer's Python code."""
    from snowballstemmer.danish_stemmer import DanishStemmer

    python_stemmer = DanishStemmer()
    words = {w for row in quality.NOTES for w in danish.tokens(row[4])}
    assert len(words) > 300
    for word in sorted(words):
        assert danish.stem(word) == python_stemmer.stemWord(word), word


def test_compound_parts_use_words_seen_on_their_own():
    words = ("tolk", "lægen", "kontingent", "sprog", "undervisning")
    vocabulary = {w: danish.stem(w) for w in words}
    vocabulary |= {stem: stem for stem in list(vocabulary.values())}
    assert danish.stem("tolk") in danish.compound_parts(danish.stem("tolkebistand"), vocabulary)
    assert "kontingent" in danish.compound_parts(danish.stem("klubkontingent"), vocabulary)
    assert danish.compound_parts(danish.stem("sprogundervisning"), vocabulary) == (
        "sprog",
        danish.stem("undervisning"),
    )
    assert danish.stem("lægen") in danish.compound_parts("lægebesøg", vocabulary)
    # Nothing known inside: no parts; a stop word is never a part ("for" + "ældre").
    assert danish.compound_parts(danish.stem("forældre"), vocabulary) == ()


def test_ngrams_link_compounds_that_share_a_head():
    mentor = set(danish.word_grams(danish.stem("mentorordninger")))
    assert mentor & set(danish.word_grams(danish.stem("mentorer")))
    assert not mentor & set(danish.word_grams(danish.stem("kontingent")))
    sprog = set(danish.word_grams(danish.stem("sprogkurser")))
    assert "<spr" in sprog & set(danish.word_grams(danish.stem("sprogundervisning")))


# ------------------------------------------------------------------ quality
def test_quality_on_the_labelled_set(quality_db):
    path, idea_of = quality_db
    with Store.open(path) as store:
        groups = [g.to_dict() for g in recurring_in_store(store)]
    recall, wrong = pair_scores(groups, idea_of)
    assert recall >= 0.85, f"only {recall:.0%} of same-idea pairs grouped"
    assert wrong <= 3, f"{wrong} wrong pairs pulled into groups"
    # Each reported group spans at least two meetings and has a readable label.
    for g in groups:
        assert len({n["venue"] for n in g["notes"]}) >= 2
        assert g["label"] and g["label"][0].isupper()


def test_quality_does_not_depend_on_note_ids_or_order():
    """The same notes with other ids, in another order, are grouped the same way."""

    class N:
        def __init__(self, note_id, row):
            idea, venue, theme, kind, text = row
            self.id, self.text, self.kind, self.theme, self.group = note_id, text, kind, theme, ""
            self.venue, self.meeting_id, self.date = venue, venue, quality.MEETINGS[venue]

    first = None
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        notes = [N(f"{rng.getrandbits(128):032x}", row) for row in quality.NOTES]
        idea_of = {n.id: row[0] for n, row in zip(notes, quality.NOTES, strict=True)}
        forward = [g.to_dict() for g in find_recurring(notes)]
        rng.shuffle(notes)
        assert [g.to_dict() for g in find_recurring(notes)] == forward
        recall, wrong = pair_scores(forward, idea_of)
        assert recall >= 0.85 and wrong <= 3
        # Other ids, same texts: the very same groups, labels and order.
        texts = [(g["label"], [n["text"] for n in g["notes"]]) for g in forward]
        assert first is None or texts == first
        first = texts


def test_labels_are_words_from_the_notes_not_stems(quality_db):
    path, _ = quality_db
    with Store.open(path) as store:
        groups = recurring_in_store(store)
        all_text = " ".join(danish.normalise(n.text) for n in store.notes()).split()
    assert groups
    for group in groups:
        for term in group.key_terms:
            assert term in all_text, f"{term!r} is not a word of the notes"
    labels = {g.label for g in groups}
    assert any("Kontingent" in label for label in labels)
    assert any("Tolk" in label for label in labels)


def test_min_meetings_filters_groups(quality_db):
    path, _ = quality_db
    with Store.open(path) as store:
        two = recurring_in_store(store, min_meetings=2)
        four = recurring_in_store(store, min_meetings=4)
    assert all(g.meetings >= 4 for g in four)
    assert 0 < len(four) < len(two)


def test_unrelated_notes_give_no_groups(store):
    for venue, text in (
        ("Nørrebro", "Flere træer i gårdene."),
        ("Amager", "Billigere kontingent i svømmeklubben."),
        ("Tingbjerg", "Jobcentret bør have åbent om lørdagen."),
    ):
        add_note_by_names(store, venue=venue, theme="Beskæftigelse", kind="solution", text=text)
    assert recurring_in_store(store) == []
    assert find_recurring([]) == []


def test_notes_at_one_meeting_are_not_recurring(store):
    for text in (
        "Flere mentorer til de unge.",
        "De unge har brug for en mentor.",
        "Mentorer for unge ledige.",
    ):
        add_note_by_names(store, venue="Amager", theme="Beskæftigelse", kind="solution", text=text)
    assert recurring_in_store(store, min_meetings=2) == []
    assert len(recurring_in_store(store, min_meetings=1)) == 1


# ------------------------------------------------------------------ CLI
def test_cli_json_shape(cli, quality_db):
    path, idea_of = quality_db
    result = cli("recurring", "--db", path, "--json")
    assert result.code == 0, result.err
    groups = json.loads(result.out)
    assert groups
    for g in groups:
        assert g["venues"] == sorted(g["venues"]) and len(g["venues"]) >= 2
        assert isinstance(g["label"], str) and g["label"]
        for note in g["notes"]:
            assert {"id", "text", "venue", "theme"} <= set(note)
            assert note["id"] in idea_of


def test_cli_output_is_byte_identical_across_processes(cli_process, quality_db):
    path, _ = quality_db
    outputs = set()
    for seed in ("0", "1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = cli_process("recurring", "--db", path, "--json", env=env)
        assert done.returncode == 0, done.stderr
        outputs.add(done.stdout)
        done = cli_process("recurring", "--db", path, env=env)
        outputs.add(done.stdout)
    assert len(outputs) == 2  # one JSON text, one listing, each identical every time


def test_cli_listing(cli, quality_db):
    path, _ = quality_db
    result = cli("recurring", "--db", path, "--min-meetings", "3")
    assert result.code == 0
    assert "recurring groups (the same idea at 3 or more meetings)" in result.out
    assert "1. " in result.out and "Tingbjerg" in result.out
    assert "--promote N" in result.out


def test_cli_empty_database(cli, db_path):
    Store.open(db_path).close()
    result = cli("recurring", "--db", db_path)
    assert result.code == 0 and "no recurring groups" in result.out
    assert cli("recurring", "--db", db_path, "--json").out.strip() == "[]"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--min-meetings", "0"), "--min-meetings must be at least 1"),
        (("--threshold", "0"), "--threshold must be above 0"),
        (("--threshold", "1.5"), "--threshold must be above 0"),
        (("--promote", "99"), "--promote 99"),
    ],
)
def test_cli_bad_input_is_one_line_and_changes_nothing(cli, quality_db, tmp_path, args, message):
    path, _ = quality_db
    before = path.read_bytes()
    result = cli("recurring", "--db", path, *args)
    assert result.code == 1
    assert message in result.err and result.err.count("\n") == 1
    assert path.read_bytes() == before


def test_cli_missing_database(cli, tmp_path):
    result = cli("recurring", "--db", tmp_path / "nope.sqlite")
    assert result.code == 1 and "no such file" in result.err
    assert not (tmp_path / "nope.sqlite").exists()


def test_threshold_option_is_documented_default(cli):
    result = cli("recurring", "--help")
    assert f"default {THRESHOLD}" in " ".join(result.out.split())
