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

from workshop_app import __version__

#: The application name written into the documents this app makes (PDF, DOCX).
APPLICATION = "Workshop App"


def creator() -> str:
    """This app and its version, as the Creator of every document it writes."""
    return f"{APPLICATION} {__version__}"


def _pdf_text(value: str) -> bytes:
    """*value* as a PDF text string: a literal when it is plain ASCII (no codec to load),
    else UTF-16BE with its byte-order mark, in hex."""
    if value.isascii() and value.isprintable() and not set(value) & set("()\\"):
        return b"(" + value.encode("ascii") + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _xml_text(value: str) -> bytes:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").encode("utf-8")


def _number(text: bytes, key: bytes) -> int | None:
    """The integer after ``/Key `` in *text*, or None."""
    at = text.find(key + b" ")
    if at < 0:
        return None
    digits = text[at + len(key) + 1:at + len(key) + 21]
    end = 0
    while end < len(digits) and digits[end:end + 1].isdigit():
        end += 1
    return int(digits[:end]) if end else None


def _reference(text: bytes, key: bytes) -> int | None:
    """The object number of ``/Key N 0 R`` in *text*, or None."""
    at = text.find(key + b" ")
    if at < 0:
        return None
    parts = text[at + len(key) + 1:at + len(key) + 40].split(None, 2)
    if len(parts) < 2 or not parts[0].isdigit() or not parts[1].startswith(b"0"):
        return None
    return int(parts[0])


def stamp_creator(pdf: bytes, application: str | None = None) -> bytes:
    """*pdf* (as Typst wrote it) with *application* (default: ``creator()``) as its Creator
    and the tool Typst named, e.g. ``Typst 0.15.1``, as its Producer, in both the
    information dictionary and the XMP metadata. Unchanged if the file is not laid out as
    expected."""
    application = application or creator()
    # The trailer and the classic cross-reference table it points to (Typst writes one
    # table, no cross-reference stream, and no incremental updates).
    tail_at = pdf.rfind(b"trailer", max(0, len(pdf) - 4096))
    xref_word = pdf.rfind(b"startxref", max(0, tail_at))
    if tail_at < 0 or xref_word < 0 or not pdf.rstrip().endswith(b"%%EOF"):
        return pdf
    trailer = pdf[tail_at:xref_word]
    start_text = pdf[xref_word + len(b"startxref"):].split()[0]
    if not start_text.isdigit():
        return pdf
    startxref = int(start_text)
    info_number, root_number = _reference(trailer, b"/Info"), _reference(trailer, b"/Root")
    if info_number is None or root_number is None or b"/Prev" in trailer \
            or not pdf.startswith(b"xref", startxref):
        return pdf
    # One subsection "0 N" of 20-byte entries, as Typst writes it (anything else: unchanged).
    head_end = pdf.find(b"\n", startxref + len(b"xref\n"))
    header = pdf[startxref + len(b"xref"):head_end].split()
    if len(header) != 2 or header[0] != b"0" or not header[1].isdigit():
        return pdf
    table_at, count = head_end + 1, int(header[1])
    fields = pdf[table_at:table_at + 20 * count].split()
    if len(fields) != 3 * count or pdf[table_at + 20 * count:tail_at].strip():
        return pdf
    in_use = fields[2::3]
    offset_texts = fields[0::3]  # ten digits each, so they compare as bytes

    def offset_of(number: int) -> int | None:
        if not 0 <= number < count or in_use[number] != b"n":
            return None
        return int(offset_texts[number])

    def body(number: int | None) -> tuple[int, int] | None:
        """Start and end of object *number*'s text (``N 0 obj`` … ``endobj``)."""
        start = None if number is None else offset_of(number)
        if start is None:
            return None
        if not pdf.startswith(b"%d 0 obj" % number, start):
            return None
        end = pdf.find(b"endobj", start)
        return None if end < 0 else (start, end)

    info_at, root_at = body(info_number), body(root_number)
    if info_at is None or root_at is None:
        return pdf
    xmp_at = body(_reference(pdf[root_at[0]:root_at[1]], b"/Metadata"))
    if xmp_at is None:
        return pdf
    info_text = pdf[info_at[0]:info_at[1]]
    xmp_obj = pdf[xmp_at[0]:xmp_at[1]]
    head_end = xmp_obj.find(b"stream")
    creator_at = info_text.find(b"/Creator(")
    creator_end = info_text.find(b")", creator_at)
    length_number = _number(xmp_obj[:head_end], b"/Length")
    if creator_at < 0 or length_number is None or b"/Filter" in xmp_obj[:head_end] \
            or b"/Producer" in info_text:
        return pdf
    producer = info_text[creator_at + len(b"/Creator("):creator_end]
    if b"\\" in producer or b"(" in producer:
        return pdf
    data_start = head_end + len(b"stream")
    data_start += 2 if xmp_obj[data_start:data_start + 2] == b"\r\n" else 1
    xmp = xmp_obj[data_start:data_start + length_number]
    tool_open, tool_close = b"<xmp:CreatorTool>", b"</xmp:CreatorTool>"
    tool_at = xmp.find(tool_open)
    tool_end = xmp.find(tool_close, tool_at)
    if tool_at < 0 or tool_end < 0 or b"pdf:Producer" in xmp:
        return pdf
    producer_text = producer.decode("latin-1")

    new_info = (info_text[:creator_at] + b"/Creator" + _pdf_text(application)
                + b"/Producer" + _pdf_text(producer_text) + info_text[creator_end + 1:])
    new_xmp = (xmp[:tool_at] + tool_open + _xml_text(application) + tool_close
               + b"<pdf:Producer>" + _xml_text(producer_text) + b"</pdf:Producer>"
               + xmp[tool_end + len(tool_close):])
    if b'xmlns:pdf="' not in new_xmp:
        new_xmp = new_xmp.replace(
            b'<rdf:Description rdf:about=""',
            b'<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', 1)
    length_at = xmp_obj.find(b"/Length ")
    length_end = length_at + len(b"/Length ") + len(str(length_number))
    new_xmp_obj = (xmp_obj[:length_at] + b"/Length " + str(len(new_xmp)).encode()
                   + xmp_obj[length_end:data_start] + new_xmp
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
    # Only the objects after the first edit move (with Typst, the last few of the file).
    table = bytearray(pdf[last:xref_word])
    first_edit = b"%010d" % edits[0][0][0]
    for number in [n for n, text in enumerate(offset_texts) if text > first_edit]:
        if in_use[number] == b"n":
            at = table_at + 20 * number - last
            table[at:at + 10] = b"%010d" % moved(int(offset_texts[number]))
    out += table + b"startxref\n" + str(moved(startxref)).encode() + b"\n%%EOF\n"
    return bytes(out)
