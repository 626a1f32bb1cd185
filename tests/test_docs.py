"""The README is a README, and the documentation has no dead links (issue 19)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))

FENCE = re.compile(r"^(```|~~~).*?^\1[^\n]*$", re.MULTILINE | re.DOTALL)
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1", re.DOTALL)
LINK = re.compile(r"!?\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE)


def prose(text: str) -> str:
    """``text`` without fenced code blocks and code spans (links there are not links)."""
    return CODE_SPAN.sub("", FENCE.sub("", text))


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", heading)  # a link keeps its text
    text = text.replace("`", "").strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    found: set[str] = set()
    for heading in HEADING.findall(FENCE.sub("", path.read_text(encoding="utf-8"))):
        base = slug(heading)
        name, n = base, 0
        while name in found:
            n += 1
            name = f"{base}-{n}"
        found.add(name)
    return found


def links(path: Path) -> list[str]:
    return LINK.findall(prose(path.read_text(encoding="utf-8")))


def test_the_readme_is_at_most_200_lines():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 200, f"README.md has {len(lines)} lines; move the detail into docs/"


def test_the_readme_has_the_two_commands():
    text = README.read_text(encoding="utf-8")
    assert "pip install . && workshop-app" in text
    assert 'pip install ".[test]" && pytest' in text


def test_the_readme_and_every_doc_start_by_saying_who_they_are_for():
    for path in DOCS:
        head = path.read_text(encoding="utf-8").split("\n\n", 2)[1]
        assert head.startswith("For "), f"{path.name} should say who it is for: {head[:60]!r}"


@pytest.mark.parametrize("path", [README, *DOCS], ids=lambda p: p.name)
def test_every_relative_link_points_to_a_file_and_its_anchor(path: Path):
    dead = []
    for target in links(path):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            dead.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            dead.append(f"{target}: no heading with that anchor in {linked.name}")
    assert dead == [], f"{path.name}: " + "; ".join(dead)


def test_the_readme_links_every_doc():
    linked = {(README.parent / t.partition("#")[0]).resolve() for t in links(README)}
    assert set(DOCS) - linked == set(), "a doc the README does not link"


def test_the_link_checker_finds_a_dead_link_and_a_missing_anchor(tmp_path: Path):
    (tmp_path / "a.md").write_text("# A\n\n## Some heading (with words)\n", encoding="utf-8")
    page = tmp_path / "b.md"
    page.write_text("See [a](a.md#some-heading-with-words), [gone](gone.md), [x](a.md#nope), "
                    "`[code](gone2.md)`\n\n```\n[fenced](gone3.md)\n```\n", encoding="utf-8")
    assert links(page) == ["a.md#some-heading-with-words", "gone.md", "a.md#nope"]
    assert "some-heading-with-words" in anchors(tmp_path / "a.md")
    assert "nope" not in anchors(tmp_path / "a.md")


def tour_commands() -> list[list[str]]:
    """The command lines of the README's tour, without the comments."""
    import shlex

    text = README.read_text(encoding="utf-8").split("## A ten-line tour", 1)[1]
    block = text.split("```bash\n", 1)[1].split("```", 1)[0]
    return [shlex.split(line, comments=True) for line in block.splitlines() if line.strip()]


def test_every_command_of_the_tour_parses_with_the_real_cli():
    """The tour names commands and options the CLI has (running them is the CLI tests' job)."""
    from workshop_app.cli import build_parser

    commands = tour_commands()
    assert 8 <= len(commands) <= 12
    for argv in commands:
        assert argv[0] == "workshop-app"
        build_parser().parse_args(argv[1:])  # a usage error exits 2 and fails the test
