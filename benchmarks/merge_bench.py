"""Merging laptops as a whole process: 10 session files of 1,000 notes each.

Run: ``python benchmarks/merge_bench.py [--repeats N] [--laptops 10] [--notes 1000]``.

Ten laptops at the three venues (several facilitators per meeting, so their themes,
meetings and groups are unified), each with 1,000 generated notes, are exported as
session files; then ``python -m workshop_app merge F1 … F10 --db NEW`` is timed as a
whole process (interpreter start-up, validation of every file, the merge, the commit).
Target: under 1 s. Also timed: the same merge as a dry run, merging the same ten files
again into the merged database (nothing to write), and one more file into it.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import generate_rows, print_table, write_csv
from workshop_app.capture.csv_import import import_csv
from workshop_app.domain.model import DEFAULT_VENUES
from workshop_app.store import Store
from workshop_app.sync import export_session

TARGET_SECONDS = 1.0


def build_sessions(folder: Path, laptops: int, notes: int) -> list[Path]:
    """One session file per laptop; laptop i records at venue i mod 3."""
    files = []
    for i in range(laptops):
        venue = DEFAULT_VENUES[i % len(DEFAULT_VENUES)]
        rows = generate_rows(notes, seed=100 + i, venues=(venue,))
        for row in rows:  # notes differ between laptops at the same meeting
            row["text"] = row["text"].replace(")", f", laptop {i})")
        csv = write_csv(rows, folder / f"laptop{i}.csv")
        db = folder / f"laptop{i}.sqlite"
        with Store.open(db, device=f"laptop{i}") as store:
            import_csv(store, csv)
            session = folder / f"laptop{i}.wsession"
            export_session(store, session)
        files.append(session)
    return files


def timed(args: list[str | Path], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds, stdout) of one whole ``workshop-app`` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "workshop_app", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"workshop-app {' '.join(map(str, args))} failed: {done.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--notes", type=int, default=1000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {
            **os.environ,
            "WORKSHOP_APP_HOME": str(folder / "home"),
            "WORKSHOP_APP_DEVICE": "coordinator",
        }
        start = time.perf_counter()
        files = build_sessions(folder, args.laptops, args.notes)
        build = time.perf_counter() - start
        size = sum(f.stat().st_size for f in files)

        startup = [timed(["--version"], env) for _ in range(args.repeats)]
        merges, dry_runs, again, one_more = [], [], [], []
        output = ""
        for n in range(args.repeats):
            target = folder / f"merged{n}.sqlite"
            dry_runs.append(timed(["merge", *files, "--db", target, "--dry-run"], env))
            wall, cpu, output = timed(["merge", *files, "--db", target], env)
            merges.append((wall, cpu, output))
            again.append(timed(["merge", *files, "--db", target], env))
            one_more.append(timed(["merge", files[0], "--db", target], env))

        def med(samples: list[tuple[float, float, str]], i: int = 0) -> float:
            return statistics.median(s[i] for s in samples)

        total_notes = args.laptops * args.notes
        print(
            f"{args.laptops} session files x {args.notes:,} notes ({size / 1e6:.1f} MB; built "
            f"in {build:.1f} s); median of {args.repeats} whole-process runs"
        )
        print()
        print_table(
            [
                ("interpreter + CLI start-up (--version)", f"{med(startup):.3f} s", ""),
                (
                    f"merge {args.laptops} files into a new database ({total_notes:,} notes)",
                    (
                        f"{med(merges):.3f} s (CPU {med(merges, 1):.3f} s, best "
                        f"{min(m[0] for m in merges):.3f} s)"
                    ),
                    f"< {TARGET_SECONDS:.0f} s",
                ),
                ("the same as --dry-run", f"{med(dry_runs):.3f} s", ""),
                (
                    f"merge the same {args.laptops} files again (nothing new)",
                    f"{med(again):.3f} s",
                    "",
                ),
                ("merge one file into the merged database", f"{med(one_more):.3f} s", ""),
            ],
            headers=("measure", "median", "target"),
        )
        print()
        print("\n".join(output.splitlines()[-8:]))
        verdict = "meets" if med(merges) < TARGET_SECONDS else "MISSES"
        print(f"\n{verdict} the target: {med(merges):.3f} s < {TARGET_SECONDS:.1f} s")


if __name__ == "__main__":
    main()
