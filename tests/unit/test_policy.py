from __future__ import annotations

import pytest

from incubator_app.domain.errors import DomainError
from incubator_app.domain.policy import SETTINGS, Policy


def test_every_field_is_a_described_setting() -> None:
    assert set(Policy().as_text()) == set(SETTINGS)


def test_values_read_back_from_their_text() -> None:
    policy = Policy().with_text("incubation_cap_years", "2").with_text("brn_check_digit", "false")
    assert policy.incubation_cap_days == 731  # ceil(2 x 365.25)
    assert policy.brn_check_digit is False
    again = Policy()
    for key, text in policy.as_text().items():
        again = again.with_text(key, text)
    assert again == policy


@pytest.mark.parametrize(
    ("key", "text", "code"),
    [
        ("no_such_thing", "1", "setting_unknown"),
        ("alert_window_days", "ninety", "setting_value"),
        ("alert_window_days", "3651", "setting_value"),
        ("alert_window_days", "-1", "setting_value"),
        ("booking_window_days", "3651", "setting_value"),
        ("incubation_cap_years", "0.4", "setting_value"),
        ("incubation_cap_years", "21", "setting_value"),
        ("registration_months", "0", "setting_value"),
        ("registration_months", "121", "setting_value"),
        ("registration_months", "12.5", "setting_value"),
        ("brn_check_digit", "maybe", "setting_value"),
        ("alert_urgent_days", "70", "setting_alert_order"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(key: str, text: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        Policy().with_text(key, text)
    assert caught.value.code == code
    korean, english = caught.value.text(), caught.value.text("en")
    if code == "setting_value":  # named by its label with what it takes, never by its key
        spec = SETTINGS[key]
        assert spec.ko in korean and spec.en in english and text in korean
        assert key not in korean and key not in english
        assert f"{spec.low:g}~{spec.high:g}" in korean or "true/false" in korean
    elif code == "setting_alert_order":
        assert "긴급(70일)" in korean and "urgent (70)" in english
    else:
        assert "alert_window_days" in korean  # the settings there are, to choose from
