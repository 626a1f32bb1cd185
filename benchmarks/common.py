"""Shared helpers for the benchmarks: realistic generated data, whole-process timing, tables."""

from __future__ import annotations

import csv
import io
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

from workshop_app.domain.model import DEFAULT_THEMES, DEFAULT_VENUES

SUBJECTS = (
    "unge", "ældre", "forældre", "nytilkomne", "kvinder", "piger", "familier", "foreninger",
    "skolen", "jobcentret", "lokaludvalget", "virksomheder", "klubberne", "naboer",
)  # fmt: skip
PROBLEMS = (
    "mangler praktikpladser", "har svært ved sproget", "får for lidt information",
    "mødes med lave forventninger", "kan ikke betale kontingentet", "føler sig utrygge om aftenen",
    "mangler steder at mødes", "forstår ikke kommunens breve", "bliver i lokalområdet",
    "oplever korte projekter, der lukker",
)  # fmt: skip
PROPOSALS = (
    "flere mentorer", "sprogkurser tæt på hjemmet", "faste voksne i klubberne",
    "anonyme ansøgninger", "tolk hos lægen", "bedre belysning", "længere projektperioder",
    "netværksgrupper for ledige", "information på flere sprog", "lektiehjælp i biblioteket",
)  # fmt: skip


def generate_rows(count: int, seed: int = 1, venues: tuple[str, ...] = DEFAULT_VENUES) -> list[dict]:
    """``count`` realistic note rows, spread over venues, themes and tables."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        kind = "challenge" if rng.random() < 0.5 else "solution"
        subject = rng.choice(SUBJECTS)
        if kind == "challenge":
            text = f"{subject.capitalize()} {rng.choice(PROBLEMS)} ({i})."
        else:
            text = f"Giv {subject} {rng.choice(PROPOSALS)}, fx i bydelen ({i})."
        venue = venues[i % len(venues)]
        rows.append({
            "venue": venue,
            "date": {"Nørrebro": "2026-04-08", "Amager": "2026-04-15"}.get(venue, "2026-04-22"),
            "theme": DEFAULT_THEMES[rng.randrange(len(DEFAULT_THEMES))],
            "group": f"Bord {rng.randrange(1, 9)}",
            "kind": kind,
            "text": text,
            "topic": "",
        })
    return rows


def write_csv(rows: list[dict], path: Path) -> Path:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def run_cli(*args: str | Path, env: dict | None = None) -> float:
    """Run ``workshop-app ARGS`` as a whole process; returns wall-clock seconds."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workshop_app", *map(str, args)], check=True,
                   capture_output=True, env=env)
    return time.perf_counter() - start


def median_of(fn, repeats: int) -> tuple[float, list[float]]:
    times = [fn() for _ in range(repeats)]
    return statistics.median(times), times


def print_table(rows: list[tuple[str, str, str]], headers=("measure", "result", "target")) -> None:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    print(line)
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in rows:
        print("| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |")
