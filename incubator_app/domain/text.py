"""Text a person or a file gives: cleaned once, at the services' boundary.

Every free text the services store passes through ``clean_text``: Unicode NFC
(a name pasted from macOS arrives as decomposed jamo and would otherwise be a
second, visually identical company), surrounding spaces trimmed, control and
invisible format characters refused by field, and the column's length checked.
What is stored can therefore go into any writer (Excel, PDF, JSON, CSV).
"""

from __future__ import annotations

import unicodedata

from incubator_app.domain.errors import DomainError
from incubator_app.domain.labels import field_label

# Control (Cc), invisible format (Cf: zero-width space, direction overrides, BOM),
# lone surrogates (Cs: bytes that were not UTF-8), private use (Co), unassigned (Cn),
# and the line and paragraph separators (Zl, Zp).
REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
NEWLINE = "\n"


def clean_text(
    field: str, text: str | None, limit: int, *, multiline: bool = False, label: str = ""
) -> str | None:
    """``text`` as stored: NFC, trimmed, None when blank; refuses characters no reader
    can see (a new line only where ``multiline``) and text longer than ``limit``.

    ``field`` is where a form shows the refusal; ``label`` (a ``FIELD_LABELS`` key,
    default the field) is how the message names it.
    """
    if text is None:
        return None
    cleaned = unicodedata.normalize("NFC", text.replace("\r\n", NEWLINE)).strip()
    if not cleaned:
        return None
    for position, char in enumerate(cleaned, start=1):
        if multiline and char == NEWLINE:
            continue
        if unicodedata.category(char) in REFUSED_CATEGORIES:
            raise DomainError(
                "text_invisible",
                field=field,
                label=field_label(label or field),
                char=f"U+{ord(char):04X}",
                position=position,
            )
    if len(cleaned) > limit:  # the column's length, which PostgreSQL enforces
        raise DomainError(
            "text_too_long",
            field=field,
            label=field_label(label or field),
            limit=limit,
            length=len(cleaned),
        )
    return cleaned


def search_text(text: str | None) -> str:
    """What a search compares: NFC, without invisible characters, trimmed."""
    if not text:
        return ""
    normal = unicodedata.normalize("NFC", text)
    return "".join(c for c in normal if unicodedata.category(c) not in REFUSED_CATEGORIES).strip()
