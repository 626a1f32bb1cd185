"""Recurring-proposal detection: Danish words, concepts, quality on labelled sets, CLI."""

from __future__ import annotations

import json
import os
import random
import sys
from pathlib import Path

import pytest

from workshop_app.analysis import concepts, danish
from workshop_app.analysis.recurring import (
    THRESHOLD,
    explain_pair,
    find_recurring,
    recurring_in_store,
)
from workshop_app.capture.notes import add_note_by_names
from workshop_app.store import Store

sys.path.insert(0, str(Path(__file__).parent / "data"))
import recurring_quality as quality
import recurring_sets as sets


def build_set_db(path: Path, module=quality) -> dict[str, str]:
    """A labelled set in a real consultation file; returns note id -> idea ("" for none)."""
    idea_of: dict[str, str] = {}
    with Store.open(path) as store:
        for idea, venue, theme, kind, text in module.NOTES:
            note_id = add_note_by_names(
                store,
                venue=venue,
                theme=theme,
                kind=kind,
                text=text,
                group="Bord 1",
                date=module.MEETINGS[venue],
            )
            idea_of[note_id] = idea
    return idea_of


def pair_scores(groups: list[dict], idea_of: dict[str, str]) -> tuple[float, int]:
    """(share of same-idea pairs in one group, number of wrong pairs in groups)."""
    return sets.pair_scores([[n["id"] for n in g["notes"]] for g in groups], idea_of)


@pytest.fixture
def quality_db(db_path: Path) -> tuple[Path, dict[str, str]]:
    return db_path, build_set_db(db_path)


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


def test_lemmas_join_inflections_and_keep_suppletive_words():
    assert danish.lemma("kontingentet") == danish.lemma("kontingent") == "kontingent"
    assert danish.lemma("stierne") == danish.lemma("sti")
    assert danish.lemma("mentorordninger") == "mentorordning"
    # lemmy maps "ældre" to "gammel": another word, so the word itself is kept.
    assert danish.lemma("ældre") == "ældre"


# ------------------------------------------------------------------ concepts
def test_concept_file_format_and_matching():
    found = concepts.parse(
        "# a comment\n"
        "sprog: sprogkursus, danskkurs, lære dansk  # trailing comment\n"
        "pris: kontingent, ikke råd\n"
        "job: arbejde\n"
    )
    assert found.of_word("danskkurs") == ("sprog",)
    assert found.of_word("klubkontingent") == ("pris",)  # a compound's tail
    assert found.of_word("kontingentstøtte") == ("pris",)  # a compound's head
    assert found.of_word("arbejdsmarked") == ("job",)  # a linking "s"
    assert found.of_word("kontingen") == ()
    words = danish.words("Vi vil gerne lære dansk, men har ikke råd.")
    assert sorted(found.in_words(words)) == ["pris", "sprog"]
    with pytest.raises(ValueError, match="line 2"):
        concepts.parse("sprog: dansk\nno colon here\n")


def test_bundled_concepts_name_the_examples_of_the_issue():
    known = concepts.bundled()
    same = [
        ("danskkurser", "sprogkurser"),
        ("sprogundervisning", "danskundervisning"),
        ("mentorordninger", "rollemodeller"),
        ("kontingentet", "gebyr"),
    ]
    for a, b in same:
        names_a = set(known.of_word(danish.lemma(a)))
        names_b = set(known.of_word(danish.lemma(b)))
        assert names_a & names_b, (a, b)
    assert "mentor" in known.in_words(danish.words("en fast voksen at støtte sig til"))
    # Every concept has at least two ways of saying it, else it links nothing.
    members: dict[str, int] = {}
    for names in known.words.values():
        for name in names:
            members[name] = members.get(name, 0) + 1
    for _, name in known.phrases:
        members[name] = members.get(name, 0) + 1
    assert members and min(members.values()) >= 2
    assert concepts.context().of_word("boligområde") == ("context",)


# ------------------------------------------------------------------ quality
@pytest.mark.parametrize("name", sorted(sets.TUNING))
def test_quality_on_each_labelled_set(cli, db_path, name):
    """Pair recall >= 0.9 with at most 2 wrong pairs, through ``recurring --json``."""
    idea_of = build_set_db(db_path, sets.TUNING[name])
    result = cli("recurring", "--db", db_path, "--json")
    assert result.code == 0, result.err
    groups = json.loads(result.out)
    recall, wrong = pair_scores(groups, idea_of)
    assert recall >= 0.9, f"{name}: only {recall:.0%} of same-idea pairs grouped"
    assert wrong <= 2, f"{name}: {wrong} wrong pairs pulled into groups"
    for g in groups:
        assert len({n["venue"] for n in g["notes"]}) >= 2
        assert g["label"] and g["label"][0].isupper()


def test_each_group_of_the_seed_like_set_is_one_idea(db_path, cli):
    """Modelled on the real opsamling: every cross-cutting idea found, nothing mixed."""
    idea_of = build_set_db(db_path, sets.TUNING["seedlike"])
    groups = json.loads(cli("recurring", "--db", db_path, "--json").out)
    ideas = [{idea_of[n["id"]] for n in g["notes"]} for g in groups]
    assert all(len(found) == 1 and "" not in found for found in ideas), ideas
    assert {"projekter", "samarbejde", "mentor", "sprog"} <= set().union(*ideas)


def test_held_out_set_does_not_regress():
    """Never tuned on (figures in docs/coordinator.md, Recurring proposals): a regression floor."""
    notes, idea_of = sets.notes_of(sets.HELD_OUT["holdout"])
    groups = [[n.id for n in g.notes] for g in find_recurring(notes)]
    recall, wrong = sets.pair_scores(groups, idea_of)
    assert recall >= 0.5 and wrong <= 2, (recall, wrong)


def test_one_shared_word_does_not_chain_two_ideas():
    """A note that shares a word with each of two ideas must not glue them together."""
    rows = [
        ("A", "Nørrebro", "Mere belysning på stierne i de udsatte boligområder."),
        ("A", "Amager", "Sæt flere gadelamper op på stierne, så det er trygt om aftenen."),
        ("A", "Tingbjerg", "Stierne er mørke om aftenen, lamperne virker ikke."),
        ("B", "Nørrebro", "Iværksættere i de udsatte boligområder mangler billige lokaler."),
        ("B", "Amager", "Billige lokaler til iværksættere, der vil starte en virksomhed."),
        ("B", "Tingbjerg", "Støt iværksættere med lokaler og rådgivning."),
        ("", "Vesterbro", "Iværksættere skal have lys på stierne ved deres lokaler."),
    ]
    notes = [
        sets.SetNote(f"n{k}", text, "solution", venue, venue, "2026-01-01", "Byudvikling")
        for k, (_, venue, text) in enumerate(rows)
    ]
    groups = [{n.id for n in g.notes} for g in find_recurring(notes)]
    assert {"n0", "n1", "n2"} in [g - {"n6"} for g in groups]
    assert {"n3", "n4", "n5"} in [g - {"n6"} for g in groups]
    assert not any(g & {"n0", "n1", "n2"} and g & {"n3", "n4", "n5"} for g in groups)


def test_quality_does_not_depend_on_note_ids_or_order():
    """The same notes with other ids, in another order, are grouped the same way."""

    class N:
        def __init__(self, note_id, row):
            _, venue, theme, kind, text = row
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
        assert recall >= 0.9 and wrong <= 2
        # Other ids, same texts: the very same groups, labels and order.
        texts = [(g["label"], [n["text"] for n in g["notes"]]) for g in forward]
        assert first is None or texts == first
        first = texts


def test_labels_are_the_key_phrase_of_the_most_central_note(quality_db):
    path, _ = quality_db
    with Store.open(path) as store:
        groups = recurring_in_store(store)
        all_text = " ".join(danish.normalise(n.text) for n in store.notes()).split()
    assert groups
    for group in groups:
        for term in group.key_terms:
            assert term in all_text, f"{term!r} is not a word of the notes"
        # The label is a stretch of the representative note's own words.
        central = next(n for n in group.notes if n.id == group.representative)
        words = group.label.split()
        assert 2 <= len(words) <= 12, group.label
        assert danish.normalise(group.label) in danish.normalise(central.text), group.label
    labels = " | ".join(g.label for g in groups)
    assert "kontingent" in labels.casefold() and "tolk" in labels.casefold(), labels


def test_explain_pair_names_the_shared_concept_and_the_verdict():
    notes, _ = sets.notes_of(sets.TUNING["synonyms"])
    by_text = {n.text: n.id for n in notes}
    first = by_text["Flere mentorordninger for unge under uddannelse."]
    second = by_text["De unge mangler en fast voksen at støtte sig til."]
    together = explain_pair(notes, first, second)
    assert together.reported and together.score >= THRESHOLD
    assert together.shared[0].kind == "concept" and together.shared[0].name == "mentor"
    assert sum(together.parts.values()) == pytest.approx(together.score)
    assert together.reason.startswith("grouped")
    other = by_text["Klatrevæg i idrætshallen."]
    apart = explain_pair(notes, first, other)
    assert not apart.together and apart.score < THRESHOLD
    assert apart.reason.startswith("not grouped")
    with pytest.raises(ValueError):
        explain_pair(notes, first, "nope")


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


def test_cli_json_keeps_the_group_contract(cli, quality_db):
    path, _ = quality_db
    groups = json.loads(cli("recurring", "--db", path, "--json").out)
    assert groups
    for g in groups:
        assert set(g) == {
            "label", "key_terms", "venues", "meetings", "themes", "kind",
            "representative", "cohesion", "notes",
        }  # fmt: skip
        assert g["representative"] in {n["id"] for n in g["notes"]}
        assert 0.0 < g["cohesion"] <= 1.0


def _ids_by_text(path: Path) -> dict[str, str]:
    with Store.open(path) as store:
        return {n.text: n.id for n in store.notes()}


def test_cli_explain_prints_score_parts_and_shared_concepts(cli, db_path):
    build_set_db(db_path, sets.TUNING["synonyms"])
    ids = _ids_by_text(db_path)
    first = ids["Danskkurser om aftenen for folk, der arbejder."]
    second = ids["Sprogkurser på tidspunkter, der passer med arbejdstiden."]
    before = db_path.read_bytes()
    result = cli("recurring", "--db", db_path, "--explain", first[:8], second[:8])
    assert result.code == 0, result.err
    out = result.out
    assert out.startswith(f"{first[:8]} and {second[:8]}: grouped (score ")
    assert f"threshold {THRESHOLD}" in out
    assert "score " in out and "concepts" in out and "words" in out
    assert "concept  sprog" in out
    assert "A: Danskkurser om aftenen" in out and "B: Sprogkurser" in out
    assert "why: grouped" in out
    assert db_path.read_bytes() == before  # explaining changes nothing

    data = json.loads(cli("recurring", "--db", db_path, "--explain", first, second, "--json").out)
    assert data["notes"] == [first, second] and data["reported"] is True
    assert {"score", "parts", "threshold", "shared", "boilerplate", "reason", "texts"} <= set(data)
    assert any(f["kind"] == "concept" and f["name"] == "sprog" for f in data["shared"])
    assert data["score"] == pytest.approx(sum(data["parts"].values()), abs=1e-3)


def test_cli_explain_says_why_not(cli, db_path):
    build_set_db(db_path, sets.TUNING["lookalikes"])
    ids = _ids_by_text(db_path)
    lights = ids["Mere belysning i de udsatte boligområder."]
    business = ids["Støt iværksættere i de udsatte boligområder med billige lokaler."]
    result = cli("recurring", "--db", db_path, "--explain", lights, business)
    assert result.code == 0, result.err
    assert ": not grouped (score " in result.out.splitlines()[0]
    assert "why: not grouped" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--explain", "zzzzzzzz", "yyyyyyyy"), "zzzzzzzz"),
        (("--explain", "SAME", "SAME"), "--explain needs two different notes"),
        (("--explain", "SAME", "SAME", "--promote", "1"), "cannot be used together"),
    ],
)
def test_cli_explain_bad_input_is_one_line(cli, quality_db, args, message):
    path, idea_of = quality_db
    some = next(iter(idea_of))
    args = tuple(some if a == "SAME" else a for a in args)
    before = path.read_bytes()
    result = cli("recurring", "--db", path, *args)
    assert result.code == 1
    assert message in result.err and result.err.count("\n") == 1
    assert path.read_bytes() == before


def test_lemmas_survive_unloading_the_rules():
    """After an analysis lemmy's rules are freed; a new word loads them again."""
    assert danish.lemma("kontingentet") == "kontingent"
    danish.unload_lemmatizer()
    assert danish.lemma("kontingentet") == "kontingent"  # cached
    assert danish.lemma("bibliotekerne") == "bibliotek"  # not cached: rules loaded again
