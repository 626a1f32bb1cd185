"""The export service: every file ``workshop-app export`` and *File → Export summary…* write.

Qt-free, shared by the command line and the window:

- ``render_summary(doc, fmt, progress)``: a summary document as ``pdf``, ``docx`` or ``md``
  bytes (the one place that knows the renderers, so ``export.document`` needs none of them);
- ``plan_files(out, meetings, per_meeting=…, meeting_id=…)``: the files one export writes,
  one per meeting with ``per_meeting`` (``x.pdf`` -> ``x-nørrebro.pdf``, …);
- ``ExportJob``: documents prepared on the caller's thread (it reads the database), then
  ``run(progress)`` renders and writes each file atomically (``files.atomic_write``) off it,
  with progress and the warnings the user should see;
- ``export(store, request)``: all of it at once, for the command line;
- ``write_output(path, data)``: one file, atomically, owner-only, with one-line errors.

Progress is ``progress(done, total, name)``: ``done`` out of ``total`` steps over all files,
``name`` the file being made.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workshop_app import files
from workshop_app.domain.model import Meeting
from workshop_app.errors import UserError
from workshop_app.export import FORMATS, SUMMARY_FORMATS
from workshop_app.export.document import SummaryDocument, per_meeting_paths
from workshop_app.store import Store

Progress = Callable[[int, int, str], None]

KEEP_PERSONAL_DATA_WARNING = (
    "--keep-personal-data: CPR numbers, phone numbers and e-mail addresses in the notes are "
    "exported as typed; do not publish this file"
)


# ---------------------------------------------------------------- rendering
def render_summary(
    doc: SummaryDocument, fmt: str, progress: Callable[[int, int], None] | None = None
) -> bytes:
    """Render *doc* as ``pdf``, ``docx`` or ``md`` bytes; the one entry point for CLI and GUI.

    Safe to call from a worker thread: it touches no Qt and no database. *progress* gets
    (done, total) counts as the document is laid out, ending with done == total.
    """
    if fmt == "pdf":
        from workshop_app.export.pdf import render_pdf

        return render_pdf(doc, progress=progress)
    if fmt == "docx":
        from workshop_app.export.docx_export import render_docx

        return render_docx(doc, progress=progress)
    if fmt == "md":
        from workshop_app.export.markdown import render_markdown

        data = render_markdown(doc).encode("utf-8")
        if progress:
            progress(1, 1)
        return data
    raise ValueError(f"unknown summary format {fmt!r} (use {', '.join(SUMMARY_FORMATS)})")


# ---------------------------------------------------------------- output files
def check_output_path(path: Path) -> Path:
    """Refuse an output path that is a folder or lies in a missing folder; return its folder."""
    try:
        if path.is_dir():
            raise UserError(f"{path} is a folder; give a file name")
        if path.exists() and not path.is_file():  # a FIFO would block the check below
            raise UserError(f"{path} is not a regular file (a pipe, device or socket)")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise UserError(f"no such folder: {folder}")
    except OSError as exc:  # e.g. a name longer than the file system allows
        from workshop_app.store.database import describe_os_error

        raise UserError(describe_os_error(exc, path)) from None
    if _is_database(path):
        raise UserError(f"{path} is a database; choose another file name (nothing was written)")
    return folder


def _is_database(path: Path) -> bool:
    """An SQLite file, or the write-ahead log, shared memory or journal next to one: an
    export written over it would destroy a consultation (e.g. ``--out`` the same as ``--db``)."""
    from workshop_app.store.database import SQLITE_HEADER

    name = path.name
    for suffix in ("-wal", "-shm", "-journal"):
        if name.endswith(suffix) and path.with_name(name[: -len(suffix)]).is_file():
            path = path.with_name(name[: -len(suffix)])
            break
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def write_output(path: Path, data: bytes | str) -> None:
    """Write a file atomically (``files.atomic_write``), owner-only, with clear errors."""
    from workshop_app.store.database import describe_os_error

    path = Path(path)
    folder = check_output_path(path)
    try:
        files.atomic_write(path, data)
    except PermissionError as exc:
        if path.exists() and os.access(folder, os.W_OK):
            # Windows refuses to replace a file that Word or a PDF viewer has open.
            raise UserError(
                f"cannot replace {path}: it is read-only or open in another program "
                "(close it there and try again)"
            ) from None
        raise UserError(describe_os_error(exc, path)) from None
    except OSError as exc:
        raise UserError(describe_os_error(exc, path)) from None


# ---------------------------------------------------------------- planning
def plan_files(
    out: Path,
    meetings: Sequence[Meeting],
    *,
    per_meeting: bool = False,
    meeting_id: str | None = None,
) -> list[tuple[Path, str | None]]:
    """(file, meeting id or None for the whole consultation) for each file an export writes."""
    if not per_meeting:
        return [(Path(out), meeting_id)]
    if meeting_id is not None:
        raise UserError("give either --meeting VENUE or --per-meeting, not both")
    if not meetings:
        raise UserError("the consultation has no meetings yet")
    return [(path, meeting.id) for meeting, path in per_meeting_paths(Path(out), list(meetings))]


@dataclass
class ExportRequest:
    """What to export, as the command line's options say it."""

    format: str
    out: Path
    language: str = "da"
    provenance: bool = False
    #: one meeting: its id, or as a user names it ("Amager", "Amager 2026-04-15")
    meeting_id: str | None = None
    meeting: str | None = None
    per_meeting: bool = False
    keep_personal_data: bool = False
    author: str | None = None


@dataclass
class ExportResult:
    """The files written (path, bytes) and what the user should be told."""

    written: list[tuple[Path, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ExportJob:
    """Files to write: a summary document (rendered as ``fmt``) or ready bytes for each."""

    fmt: str
    items: list[tuple[Path, SummaryDocument | bytes]]
    warnings: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        return [path for path, _content in self.items]

    def run(self, progress: Progress | None = None, lock: Any = None) -> ExportResult:
        """Render and write every file (no database, no Qt: fine on a worker thread).

        Every name is checked before the first file is written; ``lock`` (a context manager)
        is held while rendering (the window's PDF preview shares the renderer).
        """
        for path in self.paths:
            check_output_path(path)
        result = ExportResult(warnings=list(self.warnings))
        count = len(self.items)
        for index, (path, content) in enumerate(self.items):
            step = functools.partial(_scaled, progress, index, count, path.name)
            if isinstance(content, bytes):
                data = content
                step(1, 1)
            else:
                with lock if lock is not None else contextlib.nullcontext():
                    data = render_summary(content, self.fmt, step)
            write_output(path, data)
            result.written.append((path, len(data)))
        return result


def _scaled(
    progress: Progress | None, index: int, count: int, name: str, done: int, total: int
) -> None:
    """Report one file's progress as a share of all *count* files."""
    if progress is not None:
        part = int(100 * done / total) if total else 100
        progress(index * 100 + part, count * 100, name)


def prepare(
    store: Store,
    request: ExportRequest,
    build: Callable[[str | None], SummaryDocument] | None = None,
) -> ExportJob:
    """Read what ``request`` exports from the store (the caller's thread). ``build(meeting_id)``
    makes a summary document (default: ``summary_document`` with the request's options)."""
    fmt = request.format
    if fmt not in FORMATS:
        raise UserError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    check_output_path(Path(request.out))  # per-meeting names are made from it: not a folder
    if fmt == "json":
        if request.per_meeting:
            raise UserError("--per-meeting is for the summary formats (pdf, docx, md), not json")
        if request.meeting_id or request.meeting:  # JSON is always the whole consultation
            raise UserError("--meeting is for the summary formats (pdf, docx, md), not json")
        from workshop_app.export.json_export import export_json

        return ExportJob(fmt, [(Path(request.out), export_json(store).encode("utf-8"))])
    if build is None:
        from workshop_app.export.publish import summary_document

        build = functools.partial(_build_summary, summary_document, store, request)
    if request.per_meeting and (request.meeting or request.meeting_id):
        raise UserError("give either --meeting VENUE or --per-meeting, not both")
    meeting_id = request.meeting_id
    if request.meeting:
        from workshop_app.capture.move import meeting_by_label

        meeting_id = meeting_by_label(store, request.meeting).id
    planned = plan_files(
        request.out,
        store.meetings() if request.per_meeting else [],
        per_meeting=request.per_meeting,
        meeting_id=meeting_id,
    )
    warnings = [KEEP_PERSONAL_DATA_WARNING] if request.keep_personal_data else []
    items: list[tuple[Path, SummaryDocument | bytes]] = [
        (path, build(meeting_id)) for path, meeting_id in planned
    ]
    if fmt == "pdf":  # a character no bundled font draws is never dropped in silence
        from workshop_app.export.fonts import missing_characters

        seen: set[str] = set()
        for _path, doc in items:
            for missing in missing_characters(doc):  # type: ignore[arg-type]
                line = missing.message().removeprefix("warning: ")
                if line not in seen:  # one line per note, also with --per-meeting
                    seen.add(line)
                    warnings.append(line)
    return ExportJob(fmt, items, warnings)


def _build_summary(
    summary_document: Callable[..., SummaryDocument],
    store: Store,
    request: ExportRequest,
    meeting_id: str | None,
) -> SummaryDocument:
    return summary_document(
        store,
        language=request.language,
        provenance=request.provenance,
        meeting_id=meeting_id,
        keep_personal_data=request.keep_personal_data,
        author=request.author,
    )


def export(store: Store, request: ExportRequest, progress: Progress | None = None) -> ExportResult:
    """Prepare and write an export in one go (the command line)."""
    return prepare(store, request).run(progress)
