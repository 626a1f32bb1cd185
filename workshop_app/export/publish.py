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
    return dataclasses.replace(doc, author=author) if author else doc


def removed_personal_data(doc: SummaryDocument) -> int:
    """How many pieces of personal data the redaction replaced in *doc* (0 when not redacted)."""
    from workshop_app.safety.privacy import PLACEHOLDERS

    if doc.options.redact is None:
        return 0
    marks = tuple(PLACEHOLDERS.get(doc.labels.language, PLACEHOLDERS["da"]).values())
    texts = [doc.title, doc.intro, doc.next_steps, *(p.text for p in doc.all_points())]
    texts += [s.title for s in (*doc.topics, *doc.themes, *doc.venue_themes)]
    return sum(text.count(mark) for text in texts for mark in marks)


def summary_texts(store: Store, options: SummaryOptions) -> dict[str, str]:
    """The editable texts as ``build_summary`` sets them: ``title``, ``author``, ``intro``,
    ``next_steps`` (stored text, else the automatic one; redacted like the rest).

    ``dataclasses.replace(doc, **summary_texts(store, doc.options))`` brings a built
    document up to date after only these texts changed, without collecting every note
    again (the export dialog does this while the coordinator types).
    """
    from workshop_app.export.document import (
        AUTHOR_KEY,
        DEFAULT_AUTHOR,
        INTRO_KEY,
        LABELS,
        NEXT_STEPS_KEY,
        TITLE_KEY,
        default_intro,
        default_next_steps,
    )

    labels = LABELS[options.language]
    clean = options.redact or (lambda text: text)
    consultation = store.consultation()
    intro = store.get_setting(INTRO_KEY) or default_intro(
        store, options.language, options.meeting_id
    )
    return {
        "title": clean(store.get_setting(TITLE_KEY) or consultation.title or labels.default_title),
        "author": store.get_setting(AUTHOR_KEY) or DEFAULT_AUTHOR,
        "intro": clean(intro),
        "next_steps": clean(
            store.get_setting(NEXT_STEPS_KEY) or default_next_steps(options.language)
        ),
    }
