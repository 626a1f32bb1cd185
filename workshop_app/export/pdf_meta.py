"""Who made a PDF, told truly: this app as the Creator, Typst as the Producer.

Typst writes its own name as the document's creator (``/Creator (Typst 0.15.1)`` and
``xmp:CreatorTool``) and no producer, and a template cannot change either. PDF's own
vocabulary says the creator is the application the document was made in (this app) and the
producer the one that turned it into PDF (Typst). ``stamp_creator`` rewrites the two
places after Typst, in the document information dictionary and the XMP metadata alike, so
that they agree (PDF/UA-1 points to XMP; readers show the dictionary).

The PDF is edited in place, not re-serialised: the information dictionary and the XMP stream
get their new entries, and the cross-reference offsets after them move by the bytes added.
This needs no PDF library at run time and costs well under a millisecond. If the file does
not look as Typst writes it (a cross-reference stream, compressed XMP, no creator), it is
returned unchanged: a true but Typst-named PDF is better than a broken one.
"""

from __future__ import annotations

import re

from workshop_app import __version__

#: The application name written into the documents this app makes (PDF, DOCX).
APPLICATION = "Workshop App"


def creator() -> str:
    """This app and its version, as the Creator of every document it writes."""
    return f"{APPLICATION} {__version__}"


def _pdf_text(value: str) -> bytes:
    """*value* as a PDF text string: UTF-16BE with its byte-order mark, in hex."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _xml_text(value: str) -> bytes:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8")


_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.S)
_XREF_SECTION = re.compile(rb"(\d+) (\d+)\r?\n")
_CREATOR = re.compile(rb"/Creator\s*\(([^()\\]*)\)")
_TOOL = re.compile(rb"<xmp:CreatorTool>([^<]*)</xmp:CreatorTool>")


def stamp_creator(pdf: bytes, application: str | None = None) -> bytes:
    """*pdf* (as Typst wrote it) with *application* (default: ``creator()``) as its Creator
    and the tool Typst named, e.g. ``Typst 0.15.1``, as its Producer, in both the
    information dictionary and the XMP metadata. Unchanged if the file is not laid out as
    expected."""
    application = application or creator()
    tail = _TRAILER.search(pdf, max(0, len(pdf) - 4096))
    if tail is None:
        return pdf
    trailer, startxref = tail.group(1), int(tail.group(2))
    info = re.search(rb"/Info (\d+) 0 R", trailer)
    root = re.search(rb"/Root (\d+) 0 R", trailer)
    if info is None or root is None or not pdf.startswith(b"xref", startxref):
        return pdf
    # The classic cross-reference table: subsections of 20-byte entries.
    offsets: dict[int, tuple[int, int]] = {}  # object number -> (offset, entry position)
    pos = startxref + len(b"xref")
    while pos < len(pdf) and pdf[pos:pos + 1] in b"\r\n":
        pos += 1
    while (section := _XREF_SECTION.match(pdf, pos)) is not None:
        first, count = int(section.group(1)), int(section.group(2))
        pos = section.end()
        for n in range(count):
            entry = pdf[pos:pos + 20]
            if entry[17:18] == b"n":
                offsets[first + n] = (int(entry[:10]), pos)
            pos += 20

    def body(number: int) -> tuple[int, int] | None:
        """Start and end of object *number*'s text (``N 0 obj`` … ``endobj``)."""
        if number not in offsets:
            return None
        start = offsets[number][0]
        end = pdf.find(b"endobj", start)
        return None if end < 0 else (start, end)

    info_at, root_at = body(int(info.group(1))), body(int(root.group(1)))
    if info_at is None or root_at is None:
        return pdf
    metadata = re.search(rb"/Metadata (\d+) 0 R", pdf[root_at[0]:root_at[1]])
    xmp_at = body(int(metadata.group(1))) if metadata else None
    if xmp_at is None:
        return pdf
    info_text = pdf[info_at[0]:info_at[1]]
    xmp_obj = pdf[xmp_at[0]:xmp_at[1]]
    creator_match = _CREATOR.search(info_text)
    head_end = xmp_obj.find(b"stream")
    length = re.search(rb"/Length (\d+)", xmp_obj[:head_end])
    if creator_match is None or length is None or b"/Filter" in xmp_obj[:head_end]:
        return pdf
    data_start = head_end + len(b"stream")
    data_start += 2 if xmp_obj[data_start:data_start + 2] == b"\r\n" else 1
    xmp = xmp_obj[data_start:data_start + int(length.group(1))]
    tool = _TOOL.search(xmp)
    if tool is None or b"/Producer" in info_text or b"pdf:Producer" in xmp:
        return pdf
    producer = creator_match.group(1).decode("latin-1")

    new_info = (info_text[:creator_match.start()] + b"/Creator" + _pdf_text(application)
                + b"/Producer" + _pdf_text(producer) + info_text[creator_match.end():])
    new_xmp = (xmp[:tool.start()] + b"<xmp:CreatorTool>" + _xml_text(application)
               + b"</xmp:CreatorTool><pdf:Producer>" + _xml_text(producer)
               + b"</pdf:Producer>" + xmp[tool.end():])
    if b'xmlns:pdf="' not in new_xmp:
        new_xmp = new_xmp.replace(
            b'<rdf:Description rdf:about=""',
            b'<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', 1)
    new_xmp_obj = (xmp_obj[:length.start()] + b"/Length " + str(len(new_xmp)).encode()
                   + xmp_obj[length.end():data_start] + new_xmp
                   + xmp_obj[data_start + len(xmp):])
    edits = sorted([(info_at, new_info), (xmp_at, new_xmp_obj)])
    if edits[0][0][1] > edits[1][0][0] or edits[1][0][1] > startxref:
        return pdf  # overlapping objects, or objects after the table: not Typst's layout

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (end - start)
                            for (start, end), new in edits if start < offset)

    out = bytearray()
    last = 0
    for (start, end), new in edits:
        out += pdf[last:start] + new
        last = end
    table = bytearray(pdf[last:tail.start()])
    for offset, entry_pos in offsets.values():
        at = entry_pos - last
        table[at:at + 10] = b"%010d" % moved(offset)
    out += table
    out += b"trailer\n<<" + trailer + b">>\nstartxref\n" + str(moved(startxref)).encode()
    out += b"\n%%EOF"
    return bytes(out)
