"""Preparing the summary for publication: the choices the CLI and the GUI share.

Both ``workshop-app export pdf|docx|md`` and *File → Export summary…* build the
document through ``summary_document``, so a published summary leaves out personal
data (CPR numbers, phone numbers, e-mail addresses) the same way whichever way it
is made, and keeps the consultation's own contact address.
"""

from __future__ import annotations

from collections.abc import Callable

from workshop_app.export.document import SummaryDocument, SummaryOptions, build_summary
from workshop_app.store import Store


def personal_data_filter(
    store: Store, language: str = "da", *, keep_personal_data: bool = False
) -> Callable[[str], str] | None:
    """The ``SummaryOptions.redact`` for a published summary, or None to keep everything.

    Findings become placeholders in *language* ("[telefonnummer fjernet]"); the
    consultation's contact e-mail stays, since the public is asked to write to it.
    """
    if keep_personal_data:
        return None
    from workshop_app.safety.privacy import redactor

    return redactor(language, keep=[store.consultation().hearing_email])


def summary_document(
    store: Store,
    *,
    language: str = "da",
    provenance: bool = False,
    meeting_id: str | None = None,
    keep_personal_data: bool = False,
    author: str | None = None,
) -> SummaryDocument:
    """The summary as it is published: redacted unless *keep_personal_data*.

    *meeting_id* limits it to one meeting; *author* (spaces tidied) overrides the
    ``summary.author`` setting for this document only.
    """
    import dataclasses

    options = SummaryOptions(
        language=language,
        provenance=provenance,
        meeting_id=meeting_id,
        redact=personal_data_filter(store, language, keep_personal_data=keep_personal_data),
    )
    doc = build_summary(store, options)
    author = " ".join((author or "").split())
    if author and options.redact is not None:
        author = options.redact(author)  # --author is published too: the same redaction
    return dataclasses.replace(doc, author=author) if author else doc


def removed_personal_data(doc: SummaryDocument) -> int:
    """How many pieces of personal data the redaction replaced in *doc* (0 when not redacted)."""
    from workshop_app.safety.privacy import PLACEHOLDERS

    if doc.options.redact is None:
        return 0
    marks = tuple(PLACEHOLDERS.get(doc.labels.language, PLACEHOLDERS["da"]).values())
    return sum(text.count(mark) for text in published_texts(doc) for mark in marks)


def published_texts(doc: SummaryDocument) -> list[str]:
    """Every text of *doc* that a reader sees, metadata included."""
    labels = doc.labels
    sections = (*doc.topics, *doc.themes, *doc.venue_themes)
    texts = [doc.title, doc.subtitle(), doc.author, doc.intro, doc.next_steps, *doc.theme_names]
    texts += [labels.themes_lead, labels.next_steps, labels.cross_cutting,
              labels.cross_cutting_lead, labels.per_theme]
    texts += [p.text for p in doc.all_points()]
    texts += [v for p in doc.all_points() for v in p.venues]
    texts += [s.title for s in sections] + [doc.venue_marker(s) for s in sections]
    return texts


def summary_texts(store: Store, options: SummaryOptions) -> dict[str, object]:
    """The editable texts as ``build_summary`` sets them: ``title``, ``subtitle_text``,
    ``author``, ``intro``, ``next_steps`` and ``labels`` (stored text, else the automatic
    one; redacted like the rest).

    ``dataclasses.replace(doc, **summary_texts(store, doc.options))`` brings a built
    document up to date after only these texts changed, without collecting every note
    again (the export dialog does this while the coordinator types).
    """
    from workshop_app.export.document import document_texts

    return document_texts(store, options)
