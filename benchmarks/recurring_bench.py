"""Benchmark: ``workshop-app recurring`` on 1,000 / 3,000 / 10,000 generated notes.

Run: ``python benchmarks/recurring_bench.py [--sizes 1000,3000,10000] [--runs 3]``

The notes are generated from Danish sentence parts written for this benchmark
(seeded, so every run builds the same consultation): 7 themes, 24 meetings at 12
venues, 8 tables per theme. Each note is a subject, a statement and often a
qualifier, so everyday words recur everywhere (as in real notes) and thousands of
notes are near-duplicates of one another: a hard case for the similarity search.
Each size is timed as a whole process, ``python -m workshop_app recurring --db
FILE --json``, start-up included; the target is under 5 s for 10,000 notes. The
output of the repeated runs is compared byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app.domain.model import DEFAULT_THEMES  # noqa: E402
from workshop_app.store import Store  # noqa: E402

VENUES = (
    "Nørrebro", "Amager", "Tingbjerg", "Vesterbro", "Valby", "Bispebjerg",
    "Sydhavnen", "Østerbro", "Brønshøj", "Vanløse", "Christianshavn", "Indre By",
)  # fmt: skip

SUBJECTS = {
    "Unge og uddannelse": [
        "unge på erhvervsuddannelserne",
        "elever i udskolingen",
        "gymnasieelever",
        "unge uden job",
        "drenge i bydelen",
        "piger med ansvar derhjemme",
        "studerende",
        "unge nytilkomne",
        "lærlinge",
        "unge med ordblindhed",
    ],
    "Beskæftigelse": [
        "ledige akademikere",
        "langtidsledige",
        "jobcentrets sagsbehandlere",
        "virksomhederne i området",
        "kvinder uden uddannelse",
        "seniorer",
        "iværksættere",
        "praktikanter",
        "flygtninge med erfaring",
        "fleksjobbere",
    ],
    "Ældre og sundhed": [
        "ældre med demens",
        "hjemmeplejen",
        "pårørende",
        "praktiserende læger",
        "ensomme ældre",
        "plejehjemmene",
        "sundhedshuset",
        "ældre med minoritetsbaggrund",
        "psykiatrien",
        "diætister",
    ],
    "Medborgerskab: At være en del af fællesskabet": [
        "frivillige",
        "foreningerne",
        "lokaludvalget",
        "nye naboer",
        "beboerrådet",
        "borgerservice",
        "kirker og moskeer",
        "biblioteket",
        "kulturhuset",
        "ildsjæle",
    ],
    "Børn i dagtilbud og folkeskole": [
        "forældrene",
        "pædagogerne",
        "lærerne",
        "tosprogede børn",
        "skolebestyrelsen",
        "vuggestuerne",
        "fritidsklubben",
        "klasserne",
        "skolelederne",
        "sundhedsplejersken",
    ],
    "Fritidsliv og foreningsdeltagelse": [
        "sportsklubberne",
        "trænerne",
        "svømmehallen",
        "spejderne",
        "musikskolen",
        "idrætsforeningerne",
        "ungdomsklubben",
        "kunstgræsbanerne",
        "fodboldklubben",
        "dansefællesskaberne",
    ],
    "Byudvikling og tryghed": [
        "boligforeningen",
        "stierne",
        "legepladserne",
        "butikkerne i centret",
        "busforbindelserne",
        "gårdene",
        "parkeringspladserne",
        "cykelstierne",
        "byggepladserne",
        "grønne områder",
    ],
}

CHALLENGES = [
    "har for få ressourcer",
    "mangler viden om tilbuddene",
    "kender ikke hinanden",
    "føler sig overset af kommunen",
    "får ikke information på deres eget sprog",
    "har lange ventelister",
    "bliver mødt med fordomme",
    "er svære at komme i kontakt med",
    "lukker for tidligt om aftenen",
    "koster for meget",
    "er for langt væk",
    "skifter personale hele tiden",
    "bliver ikke inddraget i beslutningerne",
    "mangler lokaler",
    "har svært ved at finde frivillige",
    "oplever utryghed",
]
SOLUTIONS = [
    "bør have faste kontaktpersoner",
    "kan samarbejde mere med foreningerne",
    "skal have varig finansiering",
    "kan tilbyde åbent hus en gang om måneden",
    "bør oversætte materialet til flere sprog",
    "skal have længere åbningstider",
    "kan bruge lokale rollemodeller",
    "bør inddrage beboerne fra starten",
    "kan lave mentorordninger",
    "skal have mere personale",
    "kan holde informationsmøder i boligområdet",
    "bør tilbyde gratis kurser",
    "kan dele lokaler med skolerne",
    "skal have bedre belysning og flere voksne",
]
QUALIFIERS = [
    "",
    "",
    "",
    "især om vinteren",
    "fx med tolk",
    "i samarbejde med boligsociale medarbejdere",
    "så flere kan deltage",
    "og det gælder hele bydelen",
    "for både børn og voksne",
    "uden lang ventetid",
    "og det skal være gratis",
    "efter skoletid",
    "også i weekenden",
    "så familierne får tillid til systemet",
    "med fokus på sprog",
]


def generate(n: int, seed: int = 7) -> list[tuple[str, str, str, str, str, str]]:
    """``n`` notes as (venue, date, theme, group, kind, text), the same for the same seed."""
    rng = random.Random(seed)
    meetings = [
        (venue, f"2026-{4 + k}-{8 + 7 * (i % 3):02d}")
        for k in range(2)
        for i, venue in enumerate(VENUES)
    ]
    meetings = [(v, d[:5] + d[5:].zfill(5)) for v, d in meetings]
    notes = []
    for _ in range(n):
        venue, date = rng.choice(meetings)
        theme = rng.choice(DEFAULT_THEMES)
        kind = rng.choice(("challenge", "solution"))
        subject = rng.choice(SUBJECTS[theme])
        statement = rng.choice(CHALLENGES if kind == "challenge" else SOLUTIONS)
        qualifier = rng.choice(QUALIFIERS)
        text = (
            f"{subject[0].upper()}{subject[1:]} {statement}"
            + (f", {qualifier}" if qualifier else "")
            + "."
        )
        notes.append((venue, date, theme, f"Bord {rng.randint(1, 8)}", kind, text))
    return notes


def build_db(path: Path, n: int) -> None:
    """A consultation file with ``n`` generated notes (direct store writes, one commit)."""
    with Store.open(path) as store:
        themes = {t.name: t.id for t in store.themes()}
        meetings: dict[tuple[str, str], str] = {}
        groups: dict[tuple[str, str, str], str] = {}
        with store.transaction():
            for venue, date, theme, group, kind, text in generate(n):
                meeting = meetings.get((venue, date))
                if meeting is None:
                    meeting = meetings[venue, date] = store.add_meeting(venue, date).id
                key = (meeting, themes[theme], group)
                if key not in groups:
                    groups[key] = store.add_group(meeting, themes[theme], group).id
                store.add_note(meeting, themes[theme], kind, text, group_id=groups[key])


def time_recurring(path: Path) -> tuple[float, bytes]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", "recurring", "--db", str(path), "--json"],
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            path = Path(folder) / f"bench-{n}.sqlite"
            build_db(path, n)
            times, outputs = [], set()
            for _ in range(args.runs):
                seconds, out = time_recurring(path)
                times.append(seconds)
                outputs.add(hashlib.sha256(out).hexdigest())
            import json

            groups = json.loads(out)
            rows.append(
                (
                    n,
                    len(groups),
                    sum(len(g["notes"]) for g in groups),
                    min(times),
                    statistics.median(times),
                    len(outputs) == 1,
                )
            )
    print(
        f"{'notes':>7} | {'groups':>6} | {'grouped notes':>13} | {'best s':>7} | "
        f"{'median s':>8} | identical output"
    )
    print("-" * 72)
    for n, groups, grouped, best, median, same in rows:
        print(
            f"{n:>7,} | {groups:>6} | {grouped:>13,} | {best:>7.2f} | {median:>8.2f} | "
            f"{'yes' if same else 'NO'}"
        )
    print(f"\ntarget: under 5 s for 10,000 notes, whole process ({args.runs} runs each)")


if __name__ == "__main__":
    main()
