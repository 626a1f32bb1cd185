"""Where a seed-size ``workshop-app export pdf`` spends its time beyond the import floor.

Run: ``python benchmarks/export_phases.py [--repeats N] [--bytecode]``.

Each repeat is a fresh process (the costs that matter are one-off: imports, the first open,
Typst's first layout) that walks the steps ``cmd_export`` takes, on the seed-size consultation
of ``export_bench.py`` (the demo plus 47 generated notes), and times each one:

- floor: ``import typst, workshop_app.store`` (what ``export_bench.py`` calls the floor);
- parser: the command line's modules and the ``export`` parser;
- policy: the open policy (``safety.backup``), as ``cli.run`` builds it;
- open: ``Store.open(readonly=True)`` with that policy (the file checks and the on-open backup);
- document: ``summary_document`` (reading the notes) and ``missing_characters``;
- qr + data: the hearing QR code and ``summary_data`` (the JSON for the template);
- typst: the compiler (font scan) and the PDF/UA-1 compile;
- write: the owner-only atomic write;
- and, part of "open", the two replays of the migrations on an in-memory database that the
  file checks make (timed again after the run, caches cleared).

The median of each step is printed in milliseconds, with the sum of the steps. The floor
here is the imports only; ``export_bench.py``'s whole-process floor adds interpreter start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import generate_rows, print_table, run_cli, write_csv
from benchmarks.export_bench import SEED_EXTRA_NOTES

#: One fresh process: the steps of ``cmd_export`` for a PDF, timed.
PROBE = r"""
import json, sys, time
from pathlib import Path
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
import typst, workshop_app.store
mark("floor")
from workshop_app.cli import build_parser, command_of
db, out = Path(sys.argv[1]), Path(sys.argv[2])
argv = ["export", "pdf", "--db", str(db), "--out", str(out)]
build_parser(command_of(argv)).parse_args(argv)
mark("parser")
from workshop_app.safety.backup import open_policy
policy = open_policy()
mark("policy")
from workshop_app.store import Store
store = Store.open(db, readonly=True, policy=policy)
mark("open")
from workshop_app.export.fonts import missing_characters
from workshop_app.export.publish import summary_document
doc = summary_document(store)
missing_characters(doc)
mark("document")
from workshop_app.export.pdf_data import summary_data
data = summary_data(doc)
mark("qr + data")
from workshop_app.export.pdf import _typst_compiler, compile_summary
_typst_compiler()
pdf = compile_summary(data)
mark("typst")
from workshop_app.export.service import write_output
write_output(out, pdf)
mark("write")
store.close()
# Inside "open": the file checks compare the file with the expected layout of its version
# (store/database.py: expected_tables for check_schema, expected_schema for check_layout),
# read from the generated constant store/schema_layouts.py (migrations replayed only for a
# version the constant lacks).
from workshop_app.store import database
database.expected_tables.cache_clear()
database.expected_schema.cache_clear()
start = time.perf_counter()
database.expected_tables(database.LATEST_VERSION)
database.expected_schema(database.LATEST_VERSION)
replay = time.perf_counter() - start
marks.append(("  of open: expected layouts looked up", marks[-1][1] + replay))
print(json.dumps({name: t - marks[i][1] for i, (name, t) in enumerate(marks[1:])}))
"""


def measure(repeats: int, bytecode: bool = False) -> list[tuple[str, ...]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = {**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")}
        if bytecode:  # as an installed app runs: modules compiled once, then loaded from .pyc
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")
        db = tmp_path / "seed.sqlite"
        run_cli("demo", "--db", db, env=env)
        run_cli("import-csv", write_csv(generate_rows(SEED_EXTRA_NOTES, seed=5),
                                        tmp_path / "seed.csv"), "--db", db, env=env)
        runs = [
            json.loads(subprocess.run(
                [sys.executable, "-c", PROBE, str(db), str(tmp_path / "x.pdf")],
                check=True, capture_output=True, text=True, env=env,
            ).stdout)
            for _ in range(repeats)
        ]
    steps = list(runs[0])
    medians = {step: 1000 * statistics.median(run[step] for run in runs) for step in steps}
    rows = [(step, f"{ms:.1f} ms") for step, ms in medians.items()]
    beyond = sum(ms for step, ms in medians.items() if not step.startswith(("floor", " ")))
    rows.append(("beyond the floor (sum of the steps)", f"{beyond:.1f} ms"))
    return rows


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--bytecode", action="store_true",
                        help="keep compiled modules between runs, as an installed app does")
    ns = parser.parse_args()
    print_table(measure(ns.repeats, ns.bytecode),
                headers=("step (median of fresh processes)", "time"))
