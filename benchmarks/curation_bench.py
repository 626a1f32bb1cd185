"""Benchmark: the curated summary and its review at 1,000 and 10,000 notes.

Run: ``python benchmarks/curation_bench.py [--sizes 1000,10000] [--runs 3]``

Each consultation is generated (seeded), imported, then given one summary point per
50 notes (each linked to five notes) and one excluded note per 30. Measured:

- in process: ``build_summary`` (the document with its tally) and ``review`` (the
  ``export --check`` list, including the personal-data scan of every published text);
- whole process, start-up included: ``workshop-app export --check`` and
  ``workshop-app export md``.

Nothing here runs in the test suite: tests check behaviour, this measures speed.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import generate_rows, print_table, write_csv


def _build(folder: Path, count: int) -> Path:
    from workshop_app import curate
    from workshop_app.capture.csv_import import import_csv
    from workshop_app.curate.exclusions import exclude_notes
    from workshop_app.store import Store

    db = folder / f"c{count}.sqlite"
    with Store.open(db) as store:
        import_csv(store, write_csv(generate_rows(count), folder / f"n{count}.csv"))
        rng = random.Random(7)
        notes = store.notes()
        ids = [n.id for n in notes]
        with store.transaction():
            for k in range(count // 50):
                theme = notes[rng.randrange(len(notes))].theme_id
                curate.add_point(store, f"Punkt {k} om det, der gik igen", theme_id=theme,
                                 note_ids=rng.sample(ids, 5))
            exclude_notes(store, ids[:: 30], "Dublet")
    return db


def _whole(*args: str | Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "workshop_app", *map(str, args)],
                   capture_output=True, check=False)
    return time.perf_counter() - start


def measure(sizes: list[int], runs: int) -> list[tuple[str, str, str]]:
    from workshop_app.curate.review import review
    from workshop_app.export.document import SummaryOptions, build_summary
    from workshop_app.store import Store

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for count in sizes:
            db = _build(folder, count)
            with Store.open(db) as store:
                for name, fn in (
                    ("build_summary", lambda s=store: build_summary(s, SummaryOptions())),
                    ("review", lambda s=store: review(s)),
                ):
                    times = []
                    for _ in range(runs):
                        start = time.perf_counter()
                        fn()
                        times.append(time.perf_counter() - start)
                    rows.append((f"{name}, {count:,} notes", f"{statistics.median(times):.2f} s",
                                 "in process"))
            for label, args in (
                ("export --check", ("export", "--check", "--db", db)),
                ("export md", ("export", "md", "--out", folder / "s.md", "--db", db)),
            ):
                times = [_whole(*args) for _ in range(runs)]
                rows.append((f"{label}, {count:,} notes", f"{statistics.median(times):.2f} s",
                             "whole process"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_table(measure([int(s) for s in args.sizes.split(",")], args.runs),
                headers=("measure", "median", "how"))


if __name__ == "__main__":
    main()
