"""The benchmark suite: one table of medians against the app's targets.

    python benchmarks/run.py [--repeats 5] [--quick]

Every figure is the median of several runs. Whole-process figures start a fresh
``python -m workshop_app …`` each time, start-up included. Child processes get compiled
bytecode (PYTHONPYCACHEPREFIX in a temporary folder), as an installed app has.
Nothing here runs in the test suite: tests check behaviour, this measures speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.common import print_table

Row = tuple[str, str, str, str]


def verdict(ok: bool | None) -> str:
    return "" if ok is None else ("met" if ok else "MISSED")


def gui(repeats: int) -> list[Row]:
    from benchmarks import gui_bench

    _rows, raw = gui_bench.measure(notes=10_000, runs=repeats, adds=200, big=50_000)
    empty = statistics.median(raw["empty"])
    full, full_big = statistics.median(raw["full"]), statistics.median(raw["full_big"])
    loaded, pct = raw["loaded"], gui_bench.percentile
    searches = ", ".join(f"{q}: {ms:.0f}" for q, ms in raw["search_medians"].items())
    return [
        ("time until the window appears, 10,000 notes",
         f"{full * 1000:.0f} ms = {raw['ratio']:.2f}x empty window ({empty * 1000:.0f} ms)",
         "<= 2x (moonshot 1.5x)", verdict(raw["ratio"] <= 2)),
        ("time until the window appears, 50,000 notes",
         f"{full_big * 1000:.0f} ms = {raw['ratio_big']:.2f}x empty window",
         "<= 2.3x", verdict(raw["ratio_big"] <= 2.3)),
        ("UI-thread latency of adding a note, 10,000 notes, both cores busy, p50 / p99",
         f"{pct(loaded['add'], 50):.1f} / {raw['add_p99']:.1f} ms", "p99 <= 16 ms",
         verdict(raw["add_p99"] <= 16)),
        ("switching theme (Ctrl+N), both cores busy, p50 / p99",
         f"{pct(loaded['theme'], 50):.1f} / {raw['theme_p99']:.1f} ms", "p99 <= 16 ms",
         verdict(raw["theme_p99"] <= 16)),
        ("peak memory, GUI on 50,000 notes (open, search, scroll, add)",
         f"{raw['peak_mb']:.0f} MB", "<= 300 MB", verdict(raw["peak_mb"] <= 300)),
        ("search results shown, 50,000 notes, slowest query",
         f"{raw['search_ms']:.0f} ms ({searches})", "<= 100 ms",
         verdict(raw["search_ms"] <= 100)),
    ]


def cli(repeats: int) -> list[Row]:
    from benchmarks import cli_bench

    rows, raw = cli_bench.measure(runs=max(repeats, 7))
    return [
        (rows[0][0], f"{raw['version'] * 1000:.0f} ms = {raw['version_ratio']:.2f}x",
         "<= 1.5x", verdict(raw["version_ratio"] <= 1.5)),
        (rows[1][0] + " (whole process)", f"{raw['info'] * 1000:.0f} ms = {raw['info_ratio']:.2f}x",
         "<= 4x the floor", verdict(raw["info_ratio"] <= 4)),
    ]


def import_csv(repeats: int) -> list[Row]:
    from benchmarks import import_bench

    (row,) = import_bench.measure(repeats=repeats)
    return [("import of 10,000 notes (CSV, whole process)", row[1], "—", "")]


def merge(repeats: int) -> list[Row]:
    from benchmarks import merge_bench

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = {**os.environ, "WORKSHOP_APP_HOME": str(folder / "home"),
               "WORKSHOP_APP_DEVICE": "coordinator"}
        files = merge_bench.build_sessions(folder, 10, 1000)
        times = [merge_bench.timed(["merge", *files, "--db", folder / f"m{i}.sqlite"], env)[0]
                 for i in range(repeats)]
    median = statistics.median(times)
    return [("merge of 10 x 1,000 notes (whole process)", f"{median:.2f} s", "<= 1 s",
             verdict(median <= 1.0))]


def export(repeats: int) -> list[Row]:
    from benchmarks import export_bench

    rows = export_bench.measure(repeats=repeats, use_soffice=True)
    result: list[Row] = []
    seed_pdf = next(r for r in rows if r[0].startswith("export pdf, seed-size"))
    big_pdf = next(r for r in rows if r[0].startswith("export pdf, 10,000"))
    floor = next(r for r in rows if r[0].startswith("import floor"))
    seed_s = float(seed_pdf[3].split()[0])
    big_s = float(big_pdf[3].split()[0])
    floor_s = float(floor[3].split()[0])
    lo = next((r for r in rows if r[0].startswith("soffice") and "seed-size" in r[0]), None)
    lo_text, lo_ok = "LibreOffice not installed", None
    if lo is not None:
        lo_s = float(lo[3].split()[0])
        lo_text = f"LibreOffice {lo_s:.2f} s = {lo_s / seed_s:.1f}x slower"
        lo_ok = lo_s / seed_s >= 5
    result.append((f"seed-size PDF ({seed_pdf[1]} points, {seed_pdf[2]} pages, whole process)",
                   (f"{seed_s:.2f} s = {seed_s / floor_s:.2f}x the import floor "
                    f"({floor_s:.2f} s); {lo_text}"),
                   "<= 1.3x import floor, >= 5x faster than LibreOffice",
                   verdict(seed_s <= 1.3 * floor_s and lo_ok is not False)))
    result.append((f"10,000-note PDF ({big_pdf[2]} pages, whole process)", f"{big_s:.2f} s",
                   "<= 2 s", verdict(big_s <= 2)))
    return result


def handout(repeats: int) -> list[Row]:
    from benchmarks import handout_bench

    rows = handout_bench.measure(repeats=repeats)
    eight = next(r for r in rows if r[0].startswith("8-up"))
    return [("8-up handout (whole process)", eight[1], "—", "")]


def recurring(repeats: int) -> list[Row]:
    from benchmarks import recurring_bench

    rows = recurring_bench.measure([10_000, 50_000], ["realistic"], repeats, log=lambda _: None)
    result: list[Row] = []
    for _kind, n, _groups, _grouped, _best, median, _cpu, peak, _same in rows:
        seconds, megabytes = recurring_bench.TARGETS[n]
        ok = median <= seconds and (megabytes is None or peak <= megabytes)
        target = f"<= {seconds:g} s" + (f", <= {megabytes:g} MB" if megabytes else "")
        result.append((f"`recurring` on {n:,} notes (whole process)",
                       f"{median:.2f} s, {peak:.0f} MB", target, verdict(ok)))  # fmt: skip
    return result


SUITE = {"gui": gui, "cli": cli, "import": import_csv, "merge": merge, "export": export,
         "handout": handout, "recurring": recurring}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--only", default=",".join(SUITE), help="comma-separated: " + ", ".join(SUITE))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pyc-") as pyc:
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = pyc
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        rows: list[Row] = []
        for name in args.only.split(","):
            print(f"running {name} …", file=sys.stderr, flush=True)
            rows += SUITE[name](args.repeats)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Medians of {args.repeats} runs; load average {load:.1f} on {os.cpu_count()} CPUs")
    print_table(rows, headers=("measure", "median", "target", ""))
    return 0 if all(r[3] != "MISSED" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
