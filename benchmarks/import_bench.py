"""Import 10,000 notes from CSV into a new consultation, as a whole process."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import generate_rows, median_of, print_table, run_cli, write_csv


def measure(repeats: int = 3, count: int = 10_000) -> list[tuple[str, str, str]]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = {**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")}
        csv_path = write_csv(generate_rows(count), tmp_path / "notes.csv")
        counter = iter(range(1000))

        def once() -> float:
            return run_cli("import-csv", csv_path, "--db", tmp_path / f"db{next(counter)}.sqlite",
                           env=env)

        median, _ = median_of(once, repeats)
    return [(f"import of {count:,} notes (whole process)", f"{median:.2f} s", "—")]


if __name__ == "__main__":
    print_table(measure())
