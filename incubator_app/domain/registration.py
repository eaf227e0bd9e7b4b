"""What a tenant's registration must hold for its type (DOMAIN.md 1-5), field by field."""

from __future__ import annotations

from datetime import date

from incubator_app.domain.errors import DomainError, Notice
from incubator_app.domain.identifiers import (
    EntityType,
    brn_suits,
    format_brn,
    normalize_brn,
    normalize_corporation_number,
)
from incubator_app.domain.labels import entity_label


def registered_brn(entity: EntityType, brn: str | None, check_digit: bool = True) -> str | None:
    """Rules 1 and 5: a business's BRN as digits; a pre-founder has none."""
    if entity is EntityType.PRE_FOUNDER:
        if brn:
            raise DomainError("pre_founder_has_brn", field="brn", value=brn)
        return None
    if not brn:
        raise DomainError("brn_required", field="brn", type=entity_label(entity))
    return normalize_brn(brn, check_digit=check_digit)


def check_started(entity: EntityType, started_on: date | None, today: date) -> None:
    """Rule 5: a business has a start date, not after today; a pre-founder has none."""
    if entity is EntityType.PRE_FOUNDER and started_on:
        raise DomainError("pre_founder_has_start", field="started_on", value=started_on.isoformat())
    if entity is not EntityType.PRE_FOUNDER and started_on is None:
        raise DomainError("started_required", field="started_on", type=entity_label(entity))
    if started_on and started_on > today:
        raise DomainError(
            "started_in_future",
            field="started_on",
            value=started_on.isoformat(),
            today=today.isoformat(),
        )


def registered_corporation(entity: EntityType, corporation_no: str | None) -> str | None:
    """Rule 3: a corporation number, as digits, belongs to a corporation only."""
    if not corporation_no:
        return None
    if entity is not EntityType.CORPORATION:
        raise DomainError(
            "corporation_no_not_corporation", field="corporation_no", type=entity_label(entity)
        )
    return normalize_corporation_number(corporation_no)


def brn_notices(entity: EntityType, digits: str | None) -> tuple[Notice, ...]:
    """Rule 2: middle digits that do not fit the type are a warning, not a refusal."""
    if digits is None or brn_suits(digits, entity):
        return ()
    return (Notice("brn_type_mismatch", value=format_brn(digits), type=entity_label(entity)),)
