"""What each input is called where a person reads it: one home for a field's label.

Refusals name the field by these labels, never by the code's own key.
"""

from __future__ import annotations

from collections.abc import Iterable

from incubator_app.domain.alerts import AlertCode
from incubator_app.domain.building import SpaceKind
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.errors import DomainError, Language, Localised, localised, message
from incubator_app.domain.identifiers import EntityType

FIELD_LABELS: dict[str, Localised] = {
    "bank_account": Localised("납부 계좌", "bank account"),
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
    "desk": Localised("데스크 이름", "desk name"),
    "paid_on": Localised("납부일", "payment date"),
    "received_on": Localised("보증금 받은 날", "day the deposit was received"),
    "settled_on": Localised("정산일", "settlement date"),
    "memo": Localised("메모", "memo"),
    "reason": Localised("사유", "reason"),
    "deduction": Localised("공제 금액", "deduction"),
}


def field_label(field: str) -> Localised:
    """The field's label (an unknown field is a bug: a message must never name a key)."""
    return FIELD_LABELS[field]


ENTITY_KEYS = {
    EntityType.CORPORATION: "entity_corporation",
    EntityType.INDIVIDUAL: "entity_individual",
    EntityType.PRE_FOUNDER: "entity_pre_founder",
}
STAGE_KEYS = {
    Stage.PRE_FOUNDER: "stage_pre_founder",
    Stage.EARLY: "stage_early",
    Stage.GROWTH: "stage_growth",
    Stage.MATURE: "stage_mature",
}
KIND_KEYS = {
    SpaceKind.STARTUP_ROOM: "kind_startup_room",
    SpaceKind.INVESTOR_ROOM: "kind_investor_room",
    SpaceKind.COWORKING: "kind_coworking",
    SpaceKind.BOOKABLE: "kind_bookable",
    SpaceKind.SHARED: "kind_shared",
}
ALERT_KEYS = {
    AlertCode.LEASE_ENDING: "alert_lease_ending",
    AlertCode.AGING_OUT: "alert_aging_out",
    AlertCode.AGED_OUT: "alert_aged_out",
    AlertCode.CAP_NEAR: "alert_cap_near",
    AlertCode.REGISTRATION_OVERDUE: "alert_registration_overdue",
    AlertCode.ARREARS: "alert_arrears",
}
# The rules a written reason lifts, by the code of their refusal, as a reason names them.
RULE_KEYS = {
    "admission_window_passed": "rule_admission_window_passed",
    "incubation_cap_exceeded": "rule_incubation_cap_exceeded",
    "booking_tenants_only": "rule_booking_tenants_only",
    "booking_not_housed": "rule_booking_not_housed",
    "booking_closed_day": "rule_booking_closed_day",
    "booking_hours": "rule_booking_hours",
    "booking_too_long": "rule_booking_too_long",
    "booking_past": "rule_booking_past",
    "booking_window": "rule_booking_window",
}


def entity_name(entity: EntityType, language: Language) -> str:
    """법인 / 개인 / 예비, or corporation / individual / pre-founder."""
    return message(ENTITY_KEYS[entity], language)


def entity_label(entity: EntityType) -> Localised:
    """The type as a message parameter, read in the reader's language."""
    return localised(ENTITY_KEYS[entity])


def stage_name(stage: Stage, language: Language = "ko") -> str:
    """예비창업 / 초기창업 / 도약기 / 창업 7년 초과."""
    return message(STAGE_KEYS[stage], language)


def kind_name(kind: SpaceKind, language: Language = "ko") -> str:
    """보육실, 코워킹, 대관 공간…"""
    return message(KIND_KEYS[kind], language)


def alert_name(code: AlertCode, language: Language = "ko") -> str:
    return message(ALERT_KEYS[code], language)


def rule_names(refusals: Iterable[DomainError], language: Language) -> str:
    """The rules ``refusals`` stand for, each named once: "쉬는 날, 이용 시간"."""
    names = dict.fromkeys(message(RULE_KEYS[refusal.code], language) for refusal in refusals)
    return ", ".join(names)


def floor_name(level: int, label: str, language: Language) -> str:
    """A floor as the building names it ("3층"), or "3F" in English."""
    return f"{level}F" if language == "en" else label


def charge_kind_name(adjustment: bool, language: Language = "ko") -> str:
    """청구 or 조정: a month's charge, or a later difference to it."""
    return message("charge_kind_adjustment" if adjustment else "charge_kind_charge", language)
