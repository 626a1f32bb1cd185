"""Whole-process start of the command line against Python's own floor.

    python benchmarks/cli_bench.py [--runs 9] [--notes 10000]

``workshop-app --version`` and ``workshop-app info`` (on a 10,000-note file) each against
``python -c "import sqlite3"`` (an interpreter that starts and loads SQLite: what any
Python command line on this file pays), interleaved (floor, version, info, floor, …) so all
see the same machine load. Goals: ``--version`` <= 1.5x the floor, ``info`` <= 4x.
Child processes get compiled bytecode, as an installed app has.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def measure(runs: int = 9, notes: int = 10_000) -> tuple[list[tuple[str, str, str]], dict]:
    sys.path.insert(0, str(ROOT))
    from benchmarks.gui_bench import bench_env, build_database

    with tempfile.TemporaryDirectory(prefix="cli-bench-") as tmp_name:
        tmp = Path(tmp_name)
        env = bench_env(tmp, "offscreen")
        os.environ["WORKSHOP_APP_HOME"] = env["WORKSHOP_APP_HOME"]
        db = tmp / "bench.sqlite"
        build_database(db, notes)
        floor_cmd = [sys.executable, "-c", "import sqlite3"]
        app = [sys.executable, "-m", "workshop_app"]
        commands = {"floor": floor_cmd, "version": [*app, "--version"],
                    "info": [*app, "info", "--db", str(db)]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for argv in commands.values():  # warm the file cache and the bytecode
            timed(argv, env)
        for _ in range(runs):
            for name, argv in commands.items():
                times[name].append(timed(argv, env))
    floor = statistics.median(times["floor"])
    version, info = statistics.median(times["version"]), statistics.median(times["info"])
    raw = {"floor": floor, "version": version, "info": info,
           "version_ratio": version / floor, "info_ratio": info / floor, "times": times}
    rows = [
        (f"`workshop-app --version` (floor `python -c \"import sqlite3\"`: {floor * 1000:.0f} ms)",
         f"{version * 1000:.0f} ms = {version / floor:.2f}x", "<= 1.5x"),
        (f"`workshop-app info`, {notes:,} notes",
         f"{info * 1000:.0f} ms = {info / floor:.2f}x", "<= 4x"),
    ]
    return rows, raw


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--notes", type=int, default=10_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from benchmarks.common import print_table

    rows, raw = measure(args.runs, args.notes)
    print(f"CLI start (median of {args.runs} interleaved runs; load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print_table(rows)
    return 0 if raw["version_ratio"] <= 1.5 and raw["info_ratio"] <= 4 else 1


if __name__ == "__main__":
    sys.exit(main())
