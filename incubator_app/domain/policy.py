"""The station's adjustable rule parameters (the P and A values of DOMAIN.md).

Legal rules (L) are constants in code; every practice or assumption is a
setting a manager may change, stored as text and parsed here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from incubator_app.domain.billing import ROUNDING_UNITS
from incubator_app.domain.errors import DomainError, Localised, localised
from incubator_app.domain.text import clean_text

SWITCH = {
    **dict.fromkeys(("true", "1", "yes", "on", "예"), True),
    **dict.fromkeys(("false", "0", "no", "off", "아니오"), False),
}


@dataclass(frozen=True)
class Setting:
    """How one parameter is named, bounded and explained."""

    key: str
    basis: str  # "P" practice, "A" assumption
    low: float
    high: float
    ko: str
    en: str
    steps: tuple[int, ...] = ()  # the only values a whole-number setting takes, if few

    @property
    def label(self) -> Localised:
        return Localised(self.ko, self.en)

    def allowed(self, current: object) -> Localised:
        """What the setting takes, in words (the window shows it beside the field too)."""
        if isinstance(current, bool):
            code, bounds = "setting_allowed_switch", {}
        elif isinstance(current, str):
            code, bounds = "setting_allowed_text", {"high": _number(self.high)}
        elif self.steps:
            code, bounds = "setting_allowed_steps", {"steps": ", ".join(map(str, self.steps))}
        else:
            code = "setting_allowed_whole" if isinstance(current, int) else "setting_allowed_number"
            bounds = {"low": _number(self.low), "high": _number(self.high)}
        return localised(code, **bounds)

    def refusal(self, text: str, current: object) -> DomainError:
        return DomainError(
            "setting_value",
            field=self.key,
            label=self.label,
            value=text,
            allowed=self.allowed(current),
        )


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass(frozen=True)
class Policy:
    """Every adjustable value of sections 2-4, with the defaults of DOMAIN.md."""

    brn_check_digit: bool = True
    incubation_cap_years: float = 3.0
    registration_months: int = 12
    default_lease_years: int = 1
    alert_window_days: int = 90
    alert_soon_days: int = 60
    alert_urgent_days: int = 30
    booking_window_days: int = 15
    charge_rounding_won: int = 10
    vat_percent: int = 10
    due_day: int = 0
    bank_account: str = ""

    @property
    def incubation_cap_days(self) -> int:
        """Rule 11: ``ceil(cap_years x 365.25)``; 1,096 for three years."""
        return math.ceil(self.incubation_cap_years * 365.25)

    def ends_soon(self, end: date, day: date) -> bool:
        """Rule 17's window: ``end`` is on ``day`` or within the alert window after it."""
        return 0 <= (end - day).days <= self.alert_window_days

    def cap_days_left(self, signed_days: int) -> int:
        """Days of the cap not yet taken by signed leases (negative past an override)."""
        return self.incubation_cap_days - signed_days

    def with_text(self, key: str, text: str) -> Policy:
        """A copy with ``key`` set from its text form, refused when out of bounds."""
        spec = SETTINGS.get(key)
        if spec is None:
            raise DomainError("setting_unknown", field="key", key=key, keys=", ".join(SETTINGS))
        current = getattr(self, key)
        value: Any
        try:
            if isinstance(current, bool):
                value = SWITCH[text.strip().lower()]
            elif isinstance(current, str):
                value = clean_text(key, text, int(spec.high), label=key) or ""
            elif isinstance(current, int):
                value = int(text)
            else:
                value = float(text)
                if not math.isfinite(value):
                    raise ValueError(text)
        except (KeyError, ValueError):
            raise spec.refusal(text, current) from None
        if isinstance(value, bool | str):
            pass
        elif not spec.low <= value <= spec.high or (spec.steps and value not in spec.steps):
            raise spec.refusal(text, current)
        updated = replace(self, **{key: value})
        if not updated.alert_urgent_days <= updated.alert_soon_days <= updated.alert_window_days:
            raise DomainError(
                "setting_alert_order",
                field=key,
                urgent=updated.alert_urgent_days,
                soon=updated.alert_soon_days,
                window=updated.alert_window_days,
            )
        return updated

    def as_text(self) -> dict[str, str]:
        """Each value in the text form ``with_text`` reads back."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            out[f.name] = str(value).lower() if isinstance(value, bool) else str(value)
        return out


SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting(
            "brn_check_digit",
            "P",
            0,
            1,
            "사업자등록번호 검증번호 확인",
            "Check the BRN check digit",
        ),
        Setting(
            "incubation_cap_years", "P", 0.5, 20, "최대 보육 기간(년)", "Incubation cap (years)"
        ),
        Setting(
            "registration_months",
            "A",
            1,
            120,
            "예비창업자 사업자 등록 기한(개월)",
            "Pre-founder registration period (months)",
        ),
        Setting(
            "default_lease_years", "P", 1, 5, "기본 계약 기간(년)", "Default lease term (years)"
        ),
        Setting("alert_window_days", "P", 0, 3650, "알림 기간(일)", "Alert window (days)"),
        Setting("alert_soon_days", "P", 0, 3650, "주의 알림(일)", "Soon (days)"),
        Setting("alert_urgent_days", "P", 0, 3650, "긴급 알림(일)", "Urgent (days)"),
        Setting(
            "booking_window_days",
            "P",
            0,
            3650,
            "공용공간 예약 가능 기간(오늘부터 일)",
            "Booking window (days from today)",
        ),
        Setting(
            "charge_rounding_won",
            "P",
            1,
            100,
            "일할 계산 절사 단위(원)",
            "Prorated amounts rounded down to (won)",
            steps=ROUNDING_UNITS,
        ),
        Setting("vat_percent", "P", 0, 100, "부가가치세율(%, 0은 면세)", "VAT (%, 0 for none)"),
        Setting(
            "due_day",
            "P",
            0,
            28,
            "납부 기한(0은 당월 말일, 1~28은 다음 달 그날)",
            "Due day (0: last day of the month; 1-28: that day of the next)",
        ),
        Setting("bank_account", "P", 0, 200, "납부 계좌(고지서)", "Bank account (on invoices)"),
    )
}
