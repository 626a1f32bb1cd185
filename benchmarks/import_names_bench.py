"""CSV import with many new themes and groups: linear, not quadratic (issue 18, defect 11).

    python benchmarks/import_names_bench.py [--sizes 1000 4000 10000]

Prints the wall time of importing N rows that each name a new theme and a new group (the
worst case of the old per-name scans: 1,000 themes took 2.3 s, 4,000 took 34 s, 10,000 with
10,000 groups 269 s) and of 10,000 notes under a few themes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _csv(path: Path, rows: int, themes: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("venue,date,theme,group,kind,text,topic\n")
        fh.writelines(f"Valby,2026-04-10,Tema {i % themes},Bord {i % themes},challenge,"
                     f"Tekst nummer {i},\n" for i in range(rows))
    return path


def run(rows: int, themes: int) -> float:
    from workshop_app.capture.csv_import import import_csv
    from workshop_app.store import Store

    with tempfile.TemporaryDirectory() as folder:
        csv = _csv(Path(folder) / "in.csv", rows, themes)
        with Store.open(Path(folder) / "c.sqlite") as store:
            start = time.perf_counter()
            import_csv(store, csv)
            return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000, 10000])
    args = parser.parse_args()
    os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp())
    for size in args.sizes:
        print(f"{size:>6} rows, {size:>6} new themes and groups: {run(size, size):6.2f} s")
    print(f"{10000:>6} rows, {3:>6} themes:                     {run(10000, 3):6.2f} s")


if __name__ == "__main__":
    main()
