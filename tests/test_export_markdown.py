"""The Markdown summary keeps every character of every note: rendered by a CommonMark
renderer (with GitHub's tables and strikethrough), each bullet shows exactly the note as
typed; control characters are written as visible symbols and can be turned back."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from workshop_app.export.controls import restore_controls, visible_controls
from workshop_app.export.markdown import escape
from workshop_app.store import Store

#: Notes written for this test: Markdown syntax in every position, control characters,
#: bidi controls and the scripts citizens write.
NOTES = [
    "1. nummer",
    "2) anden ting",
    "2026. Året hvor det skete",
    "- ikke en liste",
    "+ plus foran",
    "# ikke en overskrift",
    "#hashtag og #123",
    "> ikke et citat",
    "*ikke fed* og **heller ikke** og 3 * 4",
    "_ikke kursiv_ men snake_case_navn",
    "`kode` og ~~gennemstreget~~ og ~en~",
    "[et link](https://example.org) og ![billede](x.png) og [ref]",
    "3 < 5 & 7 > 2 <b>ikke fed</b> &amp; &#65; &copy",
    "C:\\Brugere\\x og \\* stjerne og en skråstreg til sidst \\",
    "første linje\nanden linje\n---",
    "overskrift?\n===",
    "a | b\n--|--\nc | d",
    "ESC\x1b]0;titel\x07BEL, NUL\x00, lodret\x0btab og DEL\x7f og C1\x85tegn",
    "\u202eomvendt\u202c, \u2066isoleret\u2069, \u200evenstre\u200f og \ufffd",
    "شارك برأيك في السياسة الجديدة",
    "می‌خواهم نظرم را بگویم",
    "اپنی رائے دیں",
    "Belediye görüşünüzü bekliyor; Dowladda hoose waa inay dhageysato",
    "ትግርኛ ጽሑፍ ኣብዚ",
    "中文 日本語 한국어",
    "emoji 🧕🏽 og 👨‍👩‍👧",
    "https://example.org/a_b_c?x=1&y=2",
]


@pytest.fixture
def markdown(db_path: Path, tmp_path: Path, cli) -> str:
    from workshop_app.capture.notes import add_note_by_names

    with Store.open(db_path) as store:
        for text in NOTES:
            add_note_by_names(store, venue="Nørrebro", theme="Sprog og skrift",
                              kind="challenge", text=text)
    out = tmp_path / "o.md"
    result = cli("export", "md", "--db", db_path, "--out", out)
    assert result.code == 0, result.err
    return out.read_text(encoding="utf-8")


def rendered_items(markdown: str) -> list[str]:
    """The text of every list item as a CommonMark + GFM renderer shows it."""
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    items = re.findall(r"<li>(.*?)</li>", page, flags=re.DOTALL)
    texts = []
    for item in items:
        item = re.sub(r"<br />\n?", "\n", item)
        if re.search(r"<(?!/?p>)[a-z/]", item):  # any element but <p>: syntax took effect
            texts.append("<markup>" + item)
            continue
        texts.append(html.unescape(re.sub(r"</?p>", "", item)).strip("\n"))
    return texts


def test_every_note_renders_exactly_as_typed(markdown: str) -> None:
    items = rendered_items(markdown)
    for note in NOTES:
        assert visible_controls(note) in items, note
        assert restore_controls(visible_controls(note)) == note


def test_no_raw_control_characters_reach_the_file(markdown: str) -> None:
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", markdown)
    assert "ESC␛]0;titel␇BEL, NUL␀, lodret␋tab og DEL␡ og C1⟨U+0085⟩tegn" in markdown
    # Bidi controls, isolates and direction marks are written as typed.
    assert "\u202eomvendt\u202c, \u2066isoleret\u2069, \u200evenstre\u200f og \ufffd" in markdown


def test_escaping_is_minimal(markdown: str) -> None:
    lines = markdown.splitlines()
    assert "- 1\\. nummer" in lines  # no stray backslash before the digit
    assert "- \\# ikke en overskrift" in lines
    assert "- #hashtag og #123" in lines
    assert "- 3 < 5 & 7 > 2 \\<b>ikke fed\\</b> \\&amp; \\&#65; &copy" in lines
    assert "- https://example.org/a_b_c?x=1&y=2" in lines
    assert "- شارك برأيك في السياسة الجديدة" in lines


@pytest.mark.parametrize("text", NOTES + ["Vi er nr. #", "Titel ##  ", "#"])
def test_headings_render_as_typed(text: str) -> None:
    from markdown_it import MarkdownIt

    if "\n" in text:
        return  # a title is one line
    page = MarkdownIt("commonmark").render("## " + escape(text, heading=True))
    inner = re.fullmatch(r"<h2>(.*)</h2>\n", page, flags=re.DOTALL)
    assert inner, page
    assert html.unescape(inner.group(1)) == visible_controls(text).strip()


def test_controls_round_trip() -> None:
    every = "".join(chr(c) for c in range(0xA0)) + "\ud800"
    shown = visible_controls(every)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown)
    assert restore_controls(shown) == every.replace("\r\n", "\n")
    assert visible_controls("a\r\nb\rc\td") == "a\nb␍c\td"
