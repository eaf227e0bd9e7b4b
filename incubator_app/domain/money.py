"""Money in whole won (DOMAIN.md 18): read as typed, shown as 1,234,000원."""

from __future__ import annotations

import re

from incubator_app.domain.errors import DomainError, Localised
from incubator_app.domain.labels import field_label

MAX_WON = 10**13  # 10조 원: far above any lease, far below the 64-bit column
WON = re.compile(r"(\d{1,3}(,\d{3})+|\d+)", re.ASCII)  # commas only between groups of three


def parse_won(text: str | int, field: str = "amount") -> int:
    """Whole, non-negative won from ``1200000``, ``1,200,000`` or ``1,200,000원``."""
    label = field_label(field)
    if isinstance(text, int):
        value = text
    else:
        cleaned = text.strip().removesuffix("원").strip()
        if cleaned.startswith("-") and WON.fullmatch(cleaned[1:]):
            raise DomainError("money_negative", field=field, label=label, value=cleaned)
        if not WON.fullmatch(cleaned):
            raise DomainError("money_format", field=field, label=label, value=text)
        value = int(cleaned.replace(",", ""))
    if value < 0:
        raise DomainError("money_negative", field=field, label=label, value=value)
    if value > MAX_WON:
        shown = text.strip() if isinstance(text, str) else f"{value:,}"  # as typed
        raise DomainError("money_too_large", field=field, label=label, value=shown)
    return value


def format_won(amount: int) -> str:
    return f"{amount:,}원"


def won(amount: int) -> Localised:
    """An amount in a sentence: 1,234,000원, or KRW 1,234,000 in English."""
    return Localised(format_won(amount), f"KRW {amount:,}")
