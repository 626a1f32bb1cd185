"""Update the UI translations: extract strings, optionally fill some in, compile.

    python tools/update_translations.py                 # after changing UI strings
    python tools/update_translations.py --fill da.json  # merge translations from JSON

1. ``pyside6-lupdate`` scans ``workshop_app/ui`` and updates
   ``resources/translations/workshop_app_da.ts`` (existing translations are kept,
   removed strings are dropped, new ones are marked unfinished).
2. ``--fill FILE`` sets unfinished messages from a JSON object
   ``{"Context": {"English source": "Dansk tekst"}}``; for a ``%n`` (plural) string
   give a list ``["1 note", "%n noter"]``. Translators may equally use Qt Linguist on
   the .ts file.
3. ``pyside6-lrelease`` compiles the .ts into the .qm the app loads.

It prints how many strings are still untranslated and exits 1 if any are.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "workshop_app" / "ui"
TS = ROOT / "resources" / "translations" / "workshop_app_da.ts"
QM = TS.with_suffix(".qm")


def extract() -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    subprocess.run(
        ["pyside6-lupdate", *files, "-ts", str(TS.relative_to(ROOT)), "-no-obsolete"],
        cwd=ROOT,
        check=True,
    )


def fill(mapping: dict[str, dict[str, str | list[str]]]) -> int:
    """Fill unfinished messages from ``mapping``; returns how many were filled."""
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        table = mapping.get(name, {})
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            value = table.get(source)
            if value is None:
                continue
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            del translation.attrib["type"]
            filled += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    _restore_doctype()
    return filled


def _restore_doctype() -> None:
    text = TS.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        TS.write_text(text, encoding="utf-8")


def unfinished() -> list[tuple[str, str]]:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                missing.append((context.findtext("name") or "", message.findtext("source") or ""))
    return missing


def compile_qm() -> None:
    subprocess.run(
        ["pyside6-lrelease", str(TS.relative_to(ROOT)), "-qm", str(QM.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fill", type=Path, help="JSON file with translations to merge in")
    args = parser.parse_args()
    extract()
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))} strings")
    compile_qm()
    missing = unfinished()
    for context, source in missing:
        print(f"untranslated: [{context}] {source}", file=sys.stderr)
    print(f"{TS.name}: {len(missing)} untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
