"""Money in whole won (DOMAIN.md 18): read as typed, shown as 1,234,000원."""

from __future__ import annotations

from incubator_app.domain.errors import DomainError

LABELS = {"deposit": "보증금(deposit)", "rent": "월임대료(rent)", "fee": "월관리비(fee)"}


def parse_won(text: str | int, field: str = "amount") -> int:
    """Whole, non-negative won from ``1200000``, ``1,200,000`` or ``1,200,000원``."""
    if isinstance(text, int):
        value = text
    else:
        cleaned = text.replace(",", "").replace("원", "").replace(" ", "").strip()
        if not (cleaned.isascii() and cleaned.lstrip("-").isdigit()):
            raise DomainError("money_format", field=field, value=text)
        value = int(cleaned)
    if value < 0:
        raise DomainError(
            "money_negative", field=field, label=LABELS.get(field, field), value=value
        )
    return value


def format_won(amount: int) -> str:
    return f"{amount:,}원"
