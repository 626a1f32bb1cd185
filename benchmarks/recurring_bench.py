"""Benchmark: ``workshop-app recurring`` on 1,000 / 10,000 / 50,000 generated notes.

Run: ``python benchmarks/recurring_bench.py [--sizes 1000,10000,50000] [--runs 3]``

Two kinds of generated consultations (seeded: every run builds the same files),
24 meetings at 12 venues, the seven themes, eight tables per theme:

- **realistic**: each note is a generated Danish-looking sentence (not meaningful
  text) of noun compounds, verbs and adjectives drawn with Zipf-like frequencies
  (a few words everywhere, most words rare, as in real notes), and 1 in 6 notes
  restates one of 60 recurring ideas in varied words at several meetings;
- **dense** (stress test): every note is one of 70 subjects x 30 statements, so
  thousands of notes are near-copies of each other and every note has many
  similar notes: far more similar pairs than real notes give.

Each case is timed as a whole process, ``python -m workshop_app recurring --db
FILE --json``, start-up and reading the file included. Targets (issue 14): 10,000
notes in 2 s, 50,000 in 10 s and 300 MB. Wall time, the process's own CPU time and
its peak memory (maximum resident set) are shown: on a busy machine the CPU time
says more than the wall time. The outputs of the repeated runs are compared byte
for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app.domain.model import DEFAULT_THEMES
from workshop_app.store import Store

VENUES = (
    "Nørrebro", "Amager", "Tingbjerg", "Vesterbro", "Valby", "Bispebjerg",
    "Sydhavnen", "Østerbro", "Brønshøj", "Vanløse", "Christianshavn", "Indre By",
)  # fmt: skip

MEETINGS = [
    (venue, f"2026-{month:02d}-{8 + 7 * (i % 3):02d}")
    for month in (4, 5)
    for i, venue in enumerate(VENUES)
]

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


def generate_dense(n: int, seed: int = 7) -> list[tuple[str, str, str, str, str, str]]:
    """``n`` template notes as (venue, date, theme, group, kind, text): the stress case."""
    rng = random.Random(seed)
    notes = []
    for _ in range(n):
        venue, date = rng.choice(MEETINGS)
        theme = rng.choice(DEFAULT_THEMES)
        kind = rng.choice(("challenge", "solution"))
        subject = rng.choice(SUBJECTS[theme])
        statement = rng.choice(CHALLENGES if kind == "challenge" else SOLUTIONS)
        qualifier = rng.choice(QUALIFIERS)
        text = f"{subject[0].upper()}{subject[1:]} {statement}"
        text += (f", {qualifier}" if qualifier else "") + "."
        notes.append((venue, date, theme, f"Bord {rng.randint(1, 8)}", kind, text))
    return notes


# Word material for the realistic case: compounds of these nouns ("sprog" + "kursus"
# -> "sprogkursus") give tens of thousands of different words, as Danish does.
NOUNS = """
    sprog kursus bolig område job center skole klasse forældre møde barn have familie
    ung dom uddannelse praktik plads mentor ordning leder forening klub træner hal
    sundhed hus læge tolk ældre pleje hjem aktivitet kultur bibliotek café nabo gård
    sti lys park bus cykel vej tryghed politi kvinde mand pige dreng lærer pædagog
    vuggestue børnehave fritid sport fodbold svømme musik kunst værksted lektie hjælp
    råd vejledning samtale brev post borger service kommune netværk frivillig ildsjæl
    projekt penge støtte tilbud information tid aften weekend sommer ferie mad kost
    motion psykolog angst ensomhed besøg ven kontakt person medarbejder personale
    arbejde plads virksomhed butik lokale lejlighed husleje affald container lege
    plads bænk toilet trappe opgang elevator skilt kort app hjemmeside telefon skærm
""".split()
VERBS = """
    mangler ønsker savner får giver bruger åbner lukker skaber styrker samler hjælper
    tilbyder prioriterer kender forstår inddrager støtter finansierer bygger flytter
    organiserer oversætter besøger starter stopper udvider forbedrer opretter
""".split()
ADJECTIVES = """
    faste flere bedre billige gratis lokale nye lange korte gode trygge åbne varige
    fælles små store digitale personlige ekstra daglige ugentlige særlige mørke lyse
    stille travle svære lette klare enkle
""".split()


def _zipf_choice(rng: random.Random, words: list[str]) -> str:
    """A word drawn with probability ~ 1 / (rank + 3): a few words are everywhere."""
    return rng.choices(words, weights=[1.0 / (rank + 3) for rank in range(len(words))])[0]


def _compound(rng: random.Random) -> str:
    first = _zipf_choice(rng, NOUNS)
    if rng.random() < 0.5:
        return first
    second = _zipf_choice(rng, NOUNS)
    return first + second if second != first else first


def _sentence(rng: random.Random) -> str:
    words = [_zipf_choice(rng, ADJECTIVES), _compound(rng), _zipf_choice(rng, VERBS)]
    words += ["flere", _compound(rng)]
    for _ in range(rng.randint(0, 3)):
        words += [rng.choice(("i", "for", "med", "til", "og")), _compound(rng)]
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def generate_realistic(n: int, seed: int = 7) -> list[tuple[str, str, str, str, str, str]]:
    """``n`` varied notes as (venue, date, theme, group, kind, text), 1 in 6 recurring."""
    rng = random.Random(seed)
    ideas = [(_compound(rng), _compound(rng), _zipf_choice(rng, VERBS)) for _ in range(60)]
    notes = []
    for _ in range(n):
        venue, date = rng.choice(MEETINGS)
        theme = rng.choice(DEFAULT_THEMES)
        kind = rng.choice(("challenge", "solution"))
        if rng.random() < 1 / 6:
            # A recurring idea in other words: its key words, inflected or not,
            # in another order, among words of the note's own.
            subject, thing, verb = rng.choice(ideas)
            parts = [subject + rng.choice(("", "er", "en", "erne")), verb, thing]
            rng.shuffle(parts)
            text = _sentence(rng)[:-1] + " " + " ".join(parts) + "."
        else:
            text = _sentence(rng)
        notes.append((venue, date, theme, f"Bord {rng.randint(1, 8)}", kind, text))
    return notes


GENERATORS = {"realistic": generate_realistic, "dense": generate_dense}


def build_db(path: Path, notes: list[tuple[str, str, str, str, str, str]]) -> None:
    """A consultation file with these notes (direct store writes, one commit)."""
    with Store.open(path) as store:
        themes = {t.name: t.id for t in store.themes()}
        meetings: dict[tuple[str, str], str] = {}
        groups: dict[tuple[str, str, str], str] = {}
        with store.transaction():
            for venue, date, theme, group, kind, text in notes:
                meeting = meetings.get((venue, date))
                if meeting is None:
                    meeting = meetings[venue, date] = store.add_meeting(venue, date).id
                key = (meeting, themes[theme], group)
                if key not in groups:
                    groups[key] = store.add_group(meeting, themes[theme], group).id
                store.add_note(meeting, themes[theme], kind, text, group_id=groups[key])


def time_recurring(path: Path) -> tuple[float, float, float, bytes]:
    """(wall seconds, CPU seconds and peak memory in MB of the child process, its output)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "workshop_app", "recurring", "--db", str(path), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    assert child.stdout is not None
    out = child.stdout.read()
    # wait4: this child's own resource use (RUSAGE_CHILDREN would mix all children).
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    if child.returncode != 0:
        raise RuntimeError(f"recurring exited with {child.returncode}")
    peak_mb = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return wall, usage.ru_utime + usage.ru_stime, peak_mb, out


#: (notes, seconds, MB or None): the targets of issue 14.
TARGETS = {10_000: (2.0, None), 50_000: (10.0, 300.0)}


def measure(
    sizes: list[int], kinds: list[str], runs: int, log=print
) -> list[tuple[str, int, int, int, float, float, float, float, bool]]:
    """Rows of (kind, notes, groups, grouped notes, best s, median s, cpu s, peak MB, same)."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for kind in kinds:
            for n in sizes:
                path = Path(folder) / f"{kind}-{n}.sqlite"
                build_db(path, GENERATORS[kind](n))
                times, cpus, peaks, outputs = [], [], [], set()
                for _ in range(runs):
                    seconds, cpu, peak, out = time_recurring(path)
                    times.append(seconds)
                    cpus.append(cpu)
                    peaks.append(peak)
                    outputs.add(hashlib.sha256(out).hexdigest())
                groups = json.loads(out)
                grouped = sum(len(g["notes"]) for g in groups)
                rows.append((kind, n, len(groups), grouped, min(times),
                             statistics.median(times), min(cpus), max(peaks),
                             len(outputs) == 1))  # fmt: skip
                log(f"  {kind} {n}: {min(times):.2f} s, {max(peaks):.0f} MB")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--kinds", default="realistic,dense")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = measure(sizes, args.kinds.split(","), args.runs,
                   log=lambda line: print(line, file=sys.stderr))  # fmt: skip
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{'case':<10} | {'notes':>7} | {'groups':>6} | {'grouped':>7} | {'best s':>6} | "
        f"{'median s':>8} | {'cpu s':>5} | {'peak MB':>7} | same output | target"
    )
    print("-" * 100)
    for kind, n, groups, grouped, best, median, cpu, peak, same in rows:
        target = ""
        if n in TARGETS:
            seconds, megabytes = TARGETS[n]
            met = median <= seconds and (megabytes is None or peak <= megabytes)
            target = f"<= {seconds:g} s" + (f", <= {megabytes:g} MB" if megabytes else "")
            target += " met" if met else " MISSED"
        print(
            f"{kind:<10} | {n:>7,} | {groups:>6} | {grouped:>7,} | {best:>6.2f} | "
            f"{median:>8.2f} | {cpu:>5.2f} | {peak:>7.0f} | {'yes' if same else 'NO':<11} | "
            f"{target}"
        )
    print(
        f"\n{args.runs} runs each; s = wall clock, cpu s = the process's own CPU time, "
        f"peak MB = its maximum resident set; load average {load:.1f} on {os.cpu_count()} cores"
    )


if __name__ == "__main__":
    main()
