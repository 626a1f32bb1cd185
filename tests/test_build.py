"""The PyInstaller build: builds on Linux and runs the bundled executable (slow: `pytest -m slow`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the build check runs on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("pyinstaller") is None:
        pytest.skip("pyinstaller is not installed (pip install '.[build]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        ["pyinstaller", "build.spec", "--noconfirm", "--distpath", str(work / "dist"),
         "--workpath", str(work / "build")],
        cwd=ROOT, check=True, capture_output=True, timeout=1800,
    )
    exe = work / "dist" / "workshop-app" / "workshop-app"
    assert exe.exists()
    return exe


def run(exe: Path, *args: str | Path, home: Path) -> subprocess.CompletedProcess:
    # Run from a folder outside the checkout so resources can only come from the bundle.
    env = {**os.environ, "WORKSHOP_APP_HOME": str(home)}
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True,
                          cwd=home, env=env, timeout=300, check=False)


def test_bundle_runs_the_cli_and_finds_its_resources(bundle: Path, tmp_path: Path):
    from workshop_app import __version__

    home = tmp_path
    assert __version__ in run(bundle, "--version", home=home).stdout
    db = tmp_path / "demo.sqlite"
    assert run(bundle, "demo", "--db", db, home=home).returncode == 0
    pdf = tmp_path / "opsamling.pdf"
    result = run(bundle, "export", "pdf", "--db", db, "--out", pdf, home=home)
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    handout = tmp_path / "handout.pdf"
    result = run(bundle, "handout", "--db", db, "--out", handout, "--per-page", "8", home=home)
    assert result.returncode == 0, result.stderr
    if shutil.which("pdffonts"):
        for path in (pdf, handout):
            fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                                   check=True).stdout.splitlines()[2:]
            assert fonts and all(" yes " in line for line in fonts), fonts
            assert any("NotoSans" in line for line in fonts)  # the bundled TTF, not a fallback
    assert (bundle.parent / "_internal" / "resources" / "fonts").is_dir()
    assert (bundle.parent / "_internal" / "resources" / "typst" / "summary.typ").is_file()


def test_bundle_typesets_every_script_as_tagged_pdf(bundle: Path, tmp_path: Path):
    """The Typst engine, its template and every bundled font travel in the bundle."""
    import pikepdf

    home = tmp_path
    db = tmp_path / "scripts.sqlite"
    for text in ("نحتاج إلى مكان للشباب", "ንቆልዑ ዝኸውን ቦታ", "我们需要更多的公园",
                 "도서관이 더 필요합니다", "Flere cykelstier 🚲", "Tifinagh ⵣ"):
        result = run(bundle, "note", "add", "--db", db, "--venue", "Amager", "--theme", "Bolig",
                     "--kind", "solution", "--text", text, home=home)
        assert result.returncode == 0, result.stderr
    pdf = tmp_path / "scripts.pdf"
    result = run(bundle, "export", "pdf", "--db", db, "--out", pdf, home=home)
    assert result.returncode == 0, result.stderr
    assert "U+2D63" in result.stderr  # the coverage warning works in the bundle too
    with pikepdf.open(pdf) as doc:
        assert "/StructTreeRoot" in doc.Root and doc.Root.Lang == "da"
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               check=True).stdout
        for name in ("NotoNaskhArabic", "NotoSansEthiopic", "DroidSansFallback", "Nanum"):
            assert name in fonts, fonts
    recurring = run(bundle, "recurring", "--db", db, "--json", home=home)
    assert recurring.returncode == 0, recurring.stderr
    assert recurring.stdout.lstrip().startswith("[")
