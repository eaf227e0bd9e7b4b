"""What the change history says: its checks, actions, kinds and field names."""

from __future__ import annotations

HISTORY_MESSAGES: dict[str, tuple[str, str]] = {
    "history_removed": (
        "변경 이력이 고쳐졌습니다: 기록 #{entry}이(가) 빠졌습니다.",
        "The change history has been tampered with: entry #{entry} is missing.",
    ),
    "history_altered": (
        "변경 이력이 고쳐졌습니다: 기록 #{entry}의 내용이 기록된 뒤에 바뀌었습니다.",
        "The change history has been tampered with: entry #{entry} was changed after it was written.",
    ),
    "history_inserted": (
        "변경 이력이 고쳐졌습니다: 기록 #{entry}이(가) 앞 기록 #{before}과(와) 이어지지 않습니다 "
        "(#{before}을(를) 고쳐 다시 계산했거나 #{entry}을(를) 나중에 끼워 넣은 것).",
        "The change history has been tampered with: entry #{entry} does not follow entry "
        "#{before} (#{before} was rewritten, or #{entry} was inserted later).",
    ),
    "history_disagrees": (
        "변경 이력이 고쳐졌습니다: 기록 #{entry}이(가) 백업 {path}에 남은 것과 다르거나 "
        "없습니다 (이력을 통째로 다시 쓴 것).",
        "The change history has been tampered with: entry #{entry} is not what the backup "
        "{path} holds, or is gone (the history was rewritten wholesale).",
    ),
    "history_unguarded": (
        "변경 이력을 지키는 트리거가 없거나 꺼져 있습니다: {triggers}. 이력을 고칠 수 있는 "
        "상태이니 관리자에게 알리세요.",
        "The triggers that guard the change history are missing or off: {triggers}. The "
        "history can be rewritten; tell the administrator.",
    ),
    "history_verified": (
        "변경 이력 {count:,}건이 모두 처음 기록된 그대로입니다. 최신 기록 {head}",
        "All {count:,} history entries are as they were written. Newest entry {head}",
    ),
    "history_period_reversed": (
        "기간의 시작일({since})이 끝일({until})보다 늦습니다.",
        "The period starts ({since}) after it ends ({until}).",
    ),
    "history_footer": ("변경 이력 {head}", "Change history {head}"),
    "history_none": ("없음", "none"),
    "history_yes": ("예", "yes"),
    "history_no": ("아니오", "no"),
    "history_action_create": ("등록", "created"),
    "history_action_update": ("수정", "changed"),
    "history_action_delete": ("삭제", "removed"),
    "history_action_move_out": ("퇴실", "moved out"),
    "history_action_cancel": ("계약 취소", "withdrawn"),
    "history_action_renew": ("재계약", "renewed"),
    "history_action_renewal_withdrawn": ("재계약 취소", "renewal withdrawn"),
    "history_action_restore": ("백업에서 복원", "restored from a backup"),
    "history_kind_tenant": ("입주기업", "Tenant"),
    "history_kind_lease": ("계약", "Lease"),
    "history_kind_space": ("호실·공간", "Space"),
    "history_kind_booking": ("예약", "Booking"),
    "history_kind_setting": ("설정", "Setting"),
    "history_kind_station": ("스테이션 전체", "The whole station"),
    "history_field_renewal": ("재계약", "Renewal"),
    "history_field_renewal_of_id": ("이전 계약", "Renews"),
    "history_field_opens": ("여는 시각", "Opens"),
    "history_field_closes": ("닫는 시각", "Closes"),
    "history_field_longest_minutes": ("최장 이용(분)", "Longest use (min)"),
    "history_field_open_on_closed_days": ("쉬는 날 예약", "Bookable on closed days"),
    "history_field_tenants_only": ("입주기업만 예약", "Tenants only"),
    "history_field_buffer_minutes": ("정리 시간(분)", "Buffer (min)"),
    "history_field_example": ("예시 값", "Example value"),
    "history_field_requested_at": ("신청 일시", "Requested"),
    "history_field_decided_at": ("결정 일시", "Decided"),
    "history_field_organisation": ("단체명", "Organisation"),
    "history_field_history": ("변경 이력", "History"),
    "history_field_hash": ("최신 해시", "Newest hash"),
    "history_field_restored_from": ("복원한 백업", "Restored from"),
    "history_field_safety_backup": ("복원 전 백업", "Kept before in"),
    "heading_desk": ("데스크", "Desk"),
    "heading_action": ("작업", "Action"),
    "heading_record": ("기록", "Record"),
    "heading_change": ("바뀐 내용", "Change"),
    "heading_source": ("파일", "File"),
    "heading_entry": ("번호", "No."),
    "heading_tenants": ("입주기업", "Tenants"),
    "heading_leases": ("계약", "Leases"),
    "heading_bookings": ("예약", "Bookings"),
    "heading_history": ("변경 이력", "History"),
}
