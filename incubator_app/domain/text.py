"""Text a person or a file gives: cleaned once, at the services' boundary.

Every free text the services store passes through ``clean_text``: Unicode NFC
(a name pasted from macOS arrives as decomposed jamo and would otherwise be a
second, visually identical company), every space character the ordinary space (a
no-break space pasted from the web likewise), surrounding spaces trimmed, control
and invisible format characters refused by field, and the column's length checked.
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
    cleaned = _normal(text).strip()
    if not cleaned:
        return None
    for position, char in enumerate("" if cleaned.isprintable() else cleaned, start=1):
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


MOST_DIGITS = 18  # a whole number any column holds (a 64-bit integer has 19 digits)


def parse_whole(text: str, field: str) -> int:
    """A whole number as typed (an ID, a count, seats): digits only, named when it is not."""
    cleaned = text.strip()
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > MOST_DIGITS:
        raise DomainError("whole_number_needed", field=field, value=text)
    return int(cleaned)


def search_text(text: str | None) -> str:
    """What a search compares: as stored, without the characters storing refuses."""
    if not text:
        return ""
    kept = (c for c in _normal(text) if unicodedata.category(c) not in REFUSED_CATEGORIES)
    return "".join(kept).strip()


def tidy_stored(text: str, *, multiline: bool = False) -> str:
    """A record kept from before the cleaning, as the cleaning would have stored it: tabs
    and line breaks (where the text has no lines) become spaces, other invisible
    characters go. Used once, by the migration that tidies older databases."""
    kept = []
    for char in _normal(text):
        if char == NEWLINE and multiline:
            kept.append(char)
        elif char in "\t\n\r\v\f":
            kept.append(" ")
        elif unicodedata.category(char) not in REFUSED_CATEGORIES:
            kept.append(char)
    return "".join(kept).strip()


def _normal(text: str) -> str:
    """NFC, one kind of line break, and every space character (a no-break space pasted
    from the web, an ideographic space) the ordinary space."""
    lines = text.replace("\r\n", NEWLINE)
    if lines.isascii():  # already composed, and its only space is the ordinary one
        return lines
    composed = unicodedata.normalize("NFC", lines)
    if composed.isprintable():  # (no space but the ordinary one, nothing invisible)
        return composed
    return "".join(" " if unicodedata.category(c) == "Zs" else c for c in composed)
