"""What the booking rules say to a person: (Korean, English) by code (see ``messages``)."""

BOOKING_MESSAGES: dict[str, tuple[str, str]] = {
    "booking_minutes": (
        "예약 시각은 분 단위까지만 씁니다 (초 없이).",
        "Booking times go to the minute (no seconds).",
    ),
    "booking_order": (
        "예약 시작 {start}이(가) 끝 {end}보다 앞서야 합니다.",
        "The booking's start {start} must come before its end {end}.",
    ),
    "booking_one_day": (
        "예약은 하루 안에서만 합니다: {start} ~ {end}.",
        "A booking stays within one day: {start} to {end}.",
    ),
    "booking_attendees": (
        "인원 {value}명: 1명 이상이어야 합니다.",
        "{value} attendees: at least 1.",
    ),
    "booking_capacity": (
        "인원 {value}명이 이 공간의 수용 인원 {capacity}명을 넘습니다.",
        "{value} attendees exceed the space's capacity of {capacity}.",
    ),
    "booking_tenants_only": (
        "이 공간은 입주기업만 예약할 수 있습니다. 예외로 예약하려면 사유를 입력하세요.",
        "Only tenants may book this space. Give a reason to book it anyway.",
    ),
    "booking_not_housed": (
        "이 공간은 입주 중인 기업만 예약할 수 있는데, 이 기업은 {day}에 입주 계약이 없습니다. 예외로 예약하려면 사유를 입력하세요.",
        "Only tenants in the building may book this space; this company holds no lease on {day}. Give a reason to book it anyway.",
    ),
    "booking_closed_day": (
        "{day}은(는) 쉬는 날입니다 ({why}). 예외로 예약하려면 사유를 입력하세요.",
        "{day} is a closed day ({why}). Give a reason to book it anyway.",
    ),
    "booking_hours": (
        "{slot}: 이용 시간 {opens}~{closes} 밖입니다. 예외로 예약하려면 사유를 입력하세요.",
        "{slot} is outside the opening hours {opens}-{closes}. Give a reason to book it anyway.",
    ),
    "booking_too_long": (
        "{minutes}분은 이 공간의 최대 예약 시간 {longest}분을 넘습니다. 예외로 예약하려면 사유를 입력하세요.",
        "{minutes} minutes exceed this space's longest booking of {longest} minutes. Give a reason to book it anyway.",
    ),
    "booking_past": (
        "{start}은(는) 지난 시각입니다 (지금 {now}). 예외로 예약하려면 사유를 입력하세요.",
        "{start} has already passed (now {now}). Give a reason to book it anyway.",
    ),
    "booking_window": (
        "{day}은(는) 예약 가능 기간({last}까지)을 넘습니다. 예외로 예약하려면 사유를 입력하세요.",
        "{day} is past the booking window (up to {last}). Give a reason to book it anyway.",
    ),
    "time_not_on_clock": (
        "'{value}': 그런 시각은 없습니다 (00:00~23:59, 끝은 24:00까지).",
        "'{value}': there is no such time (00:00 to 23:59; an end may be 24:00).",
    ),
    "booking_time_format": (
        "'{value}': 시각은 YYYY-MM-DDTHH:MM으로 씁니다 (예: 2026-03-04T14:30).",
        "'{value}': write times as YYYY-MM-DDTHH:MM (e.g. 2026-03-04T14:30).",
    ),
    "booking_weeks": (
        "매주 {value}회: 1회부터 {most}회까지 됩니다.",
        "{value} weeks: from 1 to {most}.",
    ),
    "booking_series_refused": (
        "매주 예약을 하지 않았습니다: {count}개 날짜가 안 됩니다 (아무것도 기록하지 않음).",
        "The weekly series was not booked; dates that cannot be booked: {count} (nothing was written).",
    ),
    "booking_series_skipped": (
        "{start}: 건너뜀 — {reason}",
        "{start}: skipped — {reason}",
    ),
    "booking_not_bookable": (
        "{room} {name}은(는) 예약하는 공간이 아닙니다.",
        "{room} {name} is not a space to book.",
    ),
    "booking_contact": (
        "외부 단체 '{organisation}'의 연락처(담당자와 전화번호)를 입력하세요.",
        "Give a contact (a person and a phone number) for '{organisation}'.",
    ),
    "booking_no_show_early": (
        "{slot} 예약은 아직 시작하지 않아 노쇼로 표시할 수 없습니다.",
        "The booking {slot} has not begun yet: it cannot be marked a no-show.",
    ),
    "booking_cancel_over": (
        "{slot} 예약은 이미 끝나 취소할 수 없습니다 (이용 기록으로 남습니다).",
        "The booking {slot} is over and cannot be cancelled (it stays in the record of use).",
    ),
    "booking_space_unknown": (
        "예약 공간 '{value}'이(가) 없습니다. 예약하는 공간: {spaces}.",
        "There is no bookable space '{value}'. Bookable spaces: {spaces}.",
    ),
    "booking_period": (
        "기간의 첫날 {first}이(가) 마지막 날 {last}보다 늦습니다.",
        "The first day {first} comes after the last day {last}.",
    ),
    "booking_series_blocked": (
        "{count}개 날짜가 안 되어 매주 예약을 할 수 없습니다. 그 날짜를 건너뛰거나 조건을 바꾸세요.",
        "Dates that cannot be booked: {count}, so the weekly series cannot be. Skip those dates or change the request.",
    ),
    "booking_series_date_refused": (
        "{start}: 안 됨 — {reason}",
        "{start}: cannot — {reason}",
    ),
    "booking_skip_without_weekly": (
        "--skip-conflicts는 --weekly N과 함께만 씁니다.",
        "--skip-conflicts goes with --weekly N only.",
    ),
    "booking_booker": (
        "예약자가 필요합니다: 입주기업, 또는 외부 단체 이름과 연락처.",
        "A booker is needed: a tenant, or an outside organisation with a contact.",
    ),
    "booking_two_bookers": (
        "예약자는 입주기업이나 외부 단체 중 하나입니다.",
        "The booker is either a tenant or an outside organisation, not both.",
    ),
    "booking_overlap": (
        "{room} {slot}: 예약 {other}번({other_slot}, {holder})과 겹칩니다.",
        "{room} {slot} overlaps booking {other} ({other_slot}, {holder}).",
    ),
    "booking_not_found": (
        "예약 {value}번이 없습니다.",
        "There is no booking {value}.",
    ),
    "booking_transition": (
        "'{current}' 상태의 예약은 '{wanted}'(으)로 바꿀 수 없습니다.",
        "A booking in state '{current}' cannot become '{wanted}'.",
    ),
    "booking_status_requested": ("신청", "requested"),
    "booking_status_approved": ("승인", "approved"),
    "booking_status_rejected": ("반려", "rejected"),
    "booking_status_cancelled": ("취소", "cancelled"),
    "booking_status_no_show": ("노쇼", "no-show"),
    "booking_series_ready": (
        "매주 {count}회 모두 예약할 수 있습니다.",
        "All {count} weeks can be booked.",
    ),
    "booking_series_partly": (
        "{booked}회 예약하고, 안 되는 {skipped}개 날짜는 건너뜁니다.",
        "Weeks to be booked: {booked}; dates skipped because they cannot be: {skipped}.",
    ),
    "booking_series_excused": ("예외 ({rules}): {reason}", "As an exception ({rules}): {reason}"),
    "booking_ready": ("예약할 수 있습니다: {what}", "Can be booked: {what}"),
    "booking_ready_overridden": (
        "예외로 예약합니다 ({rules}): {what} — {reason}",
        "Booked as an exception ({rules}): {what} — {reason}",
    ),
    "rule_booking_tenants_only": ("입주기업 전용", "tenants only"),
    "rule_booking_not_housed": ("입주 중인 기업 전용", "tenants in the building only"),
    "rule_booking_closed_day": ("쉬는 날", "closed day"),
    "rule_booking_hours": ("이용 시간", "opening hours"),
    "rule_booking_too_long": ("최대 예약 시간", "longest booking"),
    "rule_booking_past": ("지난 시각", "time passed"),
    "rule_booking_window": ("예약 가능 기간", "booking window"),
}
