"""What a tenant's registration must hold for its type (DOMAIN.md 1-5)."""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass(frozen=True)
class Registration:
    """Normalised identifiers; ``notices`` are warnings that do not refuse."""

    brn: str | None
    corporation_no: str | None
    notices: tuple[Notice, ...]


def check_registration(
    entity: EntityType,
    brn: str | None,
    started_on: date | None,
    corporation_no: str | None,
    today: date,
    check_digit: bool = True,
) -> Registration:
    """A pre-founder has no BRN and no start date (rule 5); a business has both.

    The BRN's middle digits that do not fit the type are a warning (rule 2); a
    corporation number belongs to a corporation only (rule 3).
    """
    notices: list[Notice] = []
    digits = None
    if entity is EntityType.PRE_FOUNDER:
        if brn:
            raise DomainError("pre_founder_has_brn", field="brn", value=brn)
        if started_on:
            raise DomainError(
                "pre_founder_has_start", field="started_on", value=started_on.isoformat()
            )
    else:
        if not brn:
            raise DomainError("brn_required", field="brn", type=entity_label(entity))
        digits = normalize_brn(brn, check_digit=check_digit)
        if started_on is None:
            raise DomainError("started_required", field="started_on", type=entity_label(entity))
        if not brn_suits(digits, entity):
            notices.append(
                Notice("brn_type_mismatch", value=format_brn(digits), type=entity_label(entity))
            )
    if started_on and started_on > today:
        raise DomainError(
            "started_in_future",
            field="started_on",
            value=started_on.isoformat(),
            today=today.isoformat(),
        )
    if corporation_no and entity is not EntityType.CORPORATION:
        raise DomainError(
            "corporation_no_not_corporation", field="corporation_no", type=entity_label(entity)
        )
    corporation = normalize_corporation_number(corporation_no) if corporation_no else None
    return Registration(digits, corporation, tuple(notices))
