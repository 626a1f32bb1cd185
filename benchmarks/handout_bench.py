"""QR handout sheets as a whole process: ``workshop-app handout`` on the demo consultation."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import median_of, print_table, run_cli

LONG_URL = (
    "https://blivhoert.kk.dk/hoering/integrationspolitik-2026-2029"
    "?utm_source=dialogmoede&utm_medium=folder&utm_campaign=noerrebro&sprog=da"
)


def measure(repeats: int = 5) -> list[tuple[str, str, str]]:
    """Median wall-clock time of the handout command (start-up included)."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        env = {**os.environ, "WORKSHOP_APP_HOME": str(tmp_path / "home")}
        db = tmp_path / "demo.sqlite"
        run_cli("demo", "--db", db, env=env)
        for label, per_page, lang in (("8-up handout", 8, "da"), ("1-up handout", 1, "en")):
            out = tmp_path / f"handout-{per_page}.pdf"
            args = ("handout", "--db", db, "--out", out, "--per-page", str(per_page),
                    "--lang", lang)
            median, _ = median_of(lambda args=args: run_cli(*args, env=env), repeats)
            rows.append((f"{label} (whole process)", f"{median:.2f} s",
                         f"{out.stat().st_size / 1024:.0f} kB"))
        run_cli("event", "--db", db, "--hearing-url", LONG_URL, env=env)
        out = tmp_path / "long.pdf"
        median, _ = median_of(
            lambda: run_cli("handout", "--db", db, "--out", out, "--per-page", "8", env=env),
            repeats,
        )
        rows.append((f"8-up handout, {len(LONG_URL)}-character URL (whole process)",
                     f"{median:.2f} s", f"{out.stat().st_size / 1024:.0f} kB"))
        for lang in ("ar", "ur", "da,ar"):
            out = tmp_path / f"h-{lang}.pdf"
            args = ("handout", "--db", db, "--out", out, "--per-page", "8", "--lang", lang)
            median, _ = median_of(lambda args=args: run_cli(*args, env=env), repeats)
            rows.append((f"8-up handout in {lang} (whole process)", f"{median:.2f} s",
                         f"{out.stat().st_size / 1024:.0f} kB"))
    return rows + measure_render(repeats)


def measure_render(repeats: int = 5) -> list[tuple[str, str, str]]:
    """Median time to lay out and draw one sheet in-process (the GUI preview's cost), per
    language, once the Typst compiler has its fonts loaded; and that first load."""
    import dataclasses
    import statistics
    import time

    from workshop_app.export.handout import (
        HandoutContent,
        default_texts,
        parse_languages,
        render_handout,
    )

    def content(langs: str) -> HandoutContent:
        first, second = parse_languages(langs)
        base = HandoutContent(lang=first, texts=default_texts(first),
                              url="https://blivhoert.kk.dk/", email="hoering@kk.dk",
                              hearing_from="2026-08-14", hearing_to="2026-09-19")
        if second:
            base = dataclasses.replace(base, second=dataclasses.replace(
                base, lang=second, texts=default_texts(second)))
        return base

    start = time.perf_counter()
    data = render_handout(content("da"), 4)
    rows = [("first sheet in a process (fonts loaded)", f"{time.perf_counter() - start:.2f} s",
             f"{len(data) / 1024:.0f} kB")]
    for langs in ("da", "en", "ar", "fa", "ur", "so", "tr", "da,ar"):
        for per_page in (1, 8):
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                data = render_handout(content(langs), per_page)
                times.append(time.perf_counter() - start)
            rows.append((f"render {langs}, {per_page} per page (in process)",
                         f"{statistics.median(times) * 1000:.0f} ms",
                         f"{len(data) / 1024:.0f} kB"))
    return rows


if __name__ == "__main__":
    print_table(measure(), headers=("measure", "median", "PDF size"))
