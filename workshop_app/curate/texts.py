"""The document's words are the coordinator's: ``document show`` / ``document set KEY TEXT``.

The keys and where each text appears are declared once, in
``workshop_app.export.document.DOCUMENT_TEXTS``. Texts are settings, merged key by
key between laptops (last change wins); a reset is a tombstone, so it merges too.
"""

from __future__ import annotations

from dataclasses import dataclass

from workshop_app.errors import UserError
from workshop_app.export.document import (
    DOCUMENT_TEXT_ALIASES,
    DOCUMENT_TEXTS,
    SummaryOptions,
    default_subtitle,
    document_texts,
)
from workshop_app.store import Store


@dataclass(frozen=True)
class DocumentTextValue:
    key: str
    text: str  # as the document prints it (stored text, else the default)
    stored: bool  # False: the default made from the data
    description: str

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "text": self.text,
            "default": not self.stored,
            "description": self.description,
        }


def _known(key: str) -> str:
    key = key.strip().lower().replace("-", "_")
    key = DOCUMENT_TEXT_ALIASES.get(key, key)
    if key not in DOCUMENT_TEXTS:
        raise UserError(f"unknown document text {key!r}: use one of {', '.join(DOCUMENT_TEXTS)}")
    return key


def show(store: Store, language: str = "da") -> list[DocumentTextValue]:
    """Every text as the document in *language* prints it, in the document's order."""
    options = SummaryOptions(language=language)
    texts = document_texts(store, options)
    labels = texts["labels"]
    stored = store.curation.settings("summary.")
    result = []
    for key, spec in DOCUMENT_TEXTS.items():
        if spec.label:
            value = getattr(labels, spec.label)
        elif key == "subtitle":
            value = texts["subtitle_text"] or default_subtitle(store.meetings(), labels)
        else:
            value = texts[key]
        result.append(
            DocumentTextValue(key, str(value), bool(stored.get(spec.setting)), spec.description)
        )
    return result


def set_text(store: Store, key: str, text: str) -> str:
    """Store the coordinator's text for *key*; returns the key."""
    key = _known(key)
    spec = DOCUMENT_TEXTS[key]
    text = (text or "").strip()
    if not text:
        raise UserError(f"the {key} text is empty (use `document reset {key}` for the default)")
    if len(text) > spec.limit:
        raise UserError(f"the {key} text is {len(text):,} characters; the limit is {spec.limit:,}")
    if spec.limit <= 500 and "\n" in text:
        raise UserError(f"the {key} text is one line")
    store.set_setting(spec.setting, text)
    return key


def reset_text(store: Store, key: str) -> bool:
    """Go back to the default text for *key*; True when a text was stored."""
    return store.curation.delete_setting(DOCUMENT_TEXTS[_known(key)].setting)
