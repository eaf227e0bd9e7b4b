"""What each input is called where a person reads it: one home for a field's label.

Refusals name the field by these labels, never by the code's own key.
"""

from __future__ import annotations

from incubator_app.domain.errors import Language, Localised, localised, message
from incubator_app.domain.identifiers import EntityType

FIELD_LABELS: dict[str, Localised] = {
    "name": Localised("이름", "name"),
    "tenant_name": Localised("기업명", "company name"),
    "representative": Localised("대표자", "representative"),
    "sector": Localised("업종", "sector"),
    "brn": Localised("사업자등록번호", "business registration number"),
    "corporation_no": Localised("법인등록번호", "corporation number"),
    "phone": Localised("연락처", "phone"),
    "email": Localised("이메일", "e-mail"),
    "notes": Localised("비고", "notes"),
    "override_reason": Localised("예외 사유", "reason for the exception"),
    "organisation": Localised("단체명", "organisation"),
    "contact": Localised("연락처", "contact"),
    "purpose": Localised("목적", "purpose"),
    "deposit": Localised("보증금", "deposit"),
    "rent": Localised("월임대료", "monthly rent"),
    "fee": Localised("월관리비", "monthly fee"),
    "amount": Localised("금액", "amount"),
    "search": Localised("검색어", "search text"),
    "room": Localised("호실", "room"),
    "tenant": Localised("입주기업", "tenant"),
}


def field_label(field: str) -> Localised:
    """The field's label (an unknown field is a bug: a message must never name a key)."""
    return FIELD_LABELS[field]


def entity_name(entity: EntityType, language: Language) -> str:
    """법인 / 개인 / 예비, or corporation / individual / pre-founder."""
    return message(f"entity_{entity.name.lower()}", language)


def entity_label(entity: EntityType) -> Localised:
    """The type as a message parameter, read in the reader's language."""
    return localised(f"entity_{entity.name.lower()}")


def floor_name(level: int, label: str, language: Language) -> str:
    """A floor as the building names it ("3층"), or "3F" in English."""
    return f"{level}F" if language == "en" else label
