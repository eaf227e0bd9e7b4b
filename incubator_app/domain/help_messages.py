"""The command line's help texts, in Korean and English, by command and option."""

from __future__ import annotations

HELP_MESSAGES: dict[str, tuple[str, str]] = {
    "help_add_lease": (
        "입주 계약 등록 (만든 기록을 JSON으로 출력)",
        "sign a lease (prints the record as JSON)",
    ),
    "help_add_lease_deposit": ("보증금, 원 (예: 1,200,000)", "deposit in won (e.g. 1,200,000)"),
    "help_add_lease_end": (
        "계약만료일 (기본: 1년 뒤 전날)",
        "end date (default: one year less a day)",
    ),
    "help_add_lease_fee": ("월관리비, 원 (예: 1,200,000)", "fee in won (e.g. 1,200,000)"),
    "help_add_lease_rent": ("월임대료, 원 (예: 1,200,000)", "rent in won (e.g. 1,200,000)"),
    "help_add_lease_room": (
        "호실 번호 또는 이름 (예: 301, 코워킹스페이스)",
        "room number or name (e.g. 301, 코워킹스페이스)",
    ),
    "help_add_lease_seats": ("코워킹 좌석 수 (기본 1)", "coworking seats (default 1)"),
    "help_add_lease_start": ("입주일", "move-in date"),
    "help_add_lease_tenant": ("사업자등록번호 또는 ID", "BRN or ID"),
    "help_add_tenant": (
        "입주기업 등록 (만든 기록을 JSON으로 출력)",
        "register a tenant (prints the record as JSON)",
    ),
    "help_as_of": ("기준일 (기본: 서울 기준 오늘)", "as-of date (default: today in Seoul)"),
    "help_book": (
        "공용공간 예약 신청 (만든 기록을 JSON으로 출력)",
        "request a shared space (prints the record as JSON)",
    ),
    "help_book_attendees": ("인원 (기본 1)", "attendees (default 1)"),
    "help_book_contact": ("외부 단체 연락처", "the organisation's contact"),
    "help_book_external": ("외부 단체 이름", "outside organisation"),
    "help_book_moment": ("시각 (서울)", "time (Seoul)"),
    "help_book_override_reason": (
        "이용 시간·휴일·길이·기간·입주기업 전용 규칙의 예외 사유",
        "written reason to lift the hours, closed-day, length, window and tenants-only rules",
    ),
    "help_book_purpose": ("목적", "purpose"),
    "help_book_skip_conflicts": (
        "안 되는 날짜는 건너뛰고 나머지를 예약 (건너뛴 날짜는 stderr에)",
        "skip the dates that cannot be booked (listed on stderr)",
    ),
    "help_book_space": ("공간 번호 또는 이름 (예: 다목적홀)", "space number or name"),
    "help_book_tenant": ("입주기업 사업자등록번호 또는 ID", "tenant BRN or ID"),
    "help_book_weekly": ("매주 같은 시간으로 N주", "the same slot for N weeks"),
    "help_bookings": (
        "예약 목록 (JSON): 시작일이 기간 안인 모든 예약",
        "bookings (JSON) starting on a day in the range, any status",
    ),
    "help_bookings_json": ("JSON으로 출력 (언제나 JSON)", "print JSON (always)"),
    "help_cancel_lease": ("아직 시작하지 않은 계약 취소", "withdraw a lease that has not begun"),
    "help_commands": ("명령", "commands"),
    "help_db": (
        "데이터베이스 파일 경로 또는 SQLAlchemy URL (기본: 사용자 데이터 폴더)",
        "database file or SQLAlchemy URL (default: per-user data folder)",
    ),
    "help_decide_booking": (
        "예약 승인·반려·취소·노쇼",
        "approve, reject, cancel or mark a no-show",
    ),
    "help_decide_booking_booking": ("예약 ID", "booking ID"),
    "help_decide_booking_status": ("새 상태", "new status"),
    "help_demo": (
        "예시 기업·계약 만들기 (입주기업이 없는 데이터베이스)",
        "fill a database without tenants with demo companies and leases",
    ),
    "help_demo_seed": (
        "난수 시드: 같은 시드는 같은 데이터",
        "random seed: the same seed gives the same data",
    ),
    "help_demo_tenants": ("기업 수 (기본 60)", "number of companies (default 60)"),
    "help_edit_room": ("호실 이름·면적·좌석 수정", "correct a room's name, area or seats"),
    "help_edit_room_area": (
        "전용면적 ㎡ (소수 둘째 자리까지)",
        "area in ㎡ (two decimals at most)",
    ),
    "help_edit_room_name": ("새 이름", "new name"),
    "help_edit_room_room": ("호실 번호 또는 이름", "room number or name"),
    "help_edit_room_seats": (
        "좌석 수(코워킹) 또는 수용 인원(대관 공간)",
        "seats (coworking) or capacity (bookable spaces)",
    ),
    "help_edit_tenant": (
        '입주기업 정보 수정 (준 항목만 바뀌고, 빈 값 ""은 지움)',
        'correct a tenant (only the options given change; "" clears one)',
    ),
    "help_edit_tenant_tenant": ("사업자등록번호 또는 ID", "BRN or ID"),
    "help_eligibility": (
        "입주 중인 기업의 업력과 알림",
        "stage and alerts of the tenants in the building",
    ),
    "help_end_lease": (
        "퇴실 처리 (이미 처리한 퇴실일의 정정도 가능)",
        "record a move-out (or correct one already recorded)",
    ),
    "help_end_lease_on": ("퇴실일 (이날까지 입주)", "move-out date (the last day held)"),
    "help_export_bookings": (
        "공용공간 예약 현황 Excel 내보내기 (시작일이 기간 안인 예약)",
        "export the bookings starting in a date range to Excel",
    ),
    "help_export_bookings_out": ("저장할 .xlsx 파일", ".xlsx file to write"),
    "help_export_occupancy": (
        "층별 입주 현황 Excel 내보내기",
        "export occupancy per floor to Excel",
    ),
    "help_export_occupancy_out": ("저장할 .xlsx 파일", ".xlsx file to write"),
    "help_export_roster": ("입주기업 현황 Excel 내보내기", "export the tenant roster to Excel"),
    "help_export_roster_all": (
        "입주 계약이 없는 기업까지 모두",
        "every tenant, with or without a lease",
    ),
    "help_export_roster_out": ("저장할 .xlsx 파일", ".xlsx file to write"),
    "help_from": ("첫날", "first day"),
    "help_import_roster": (
        "Excel 명단 가져오기: 모든 행이 맞을 때만 기록",
        "import a roster workbook: written only if every row is right",
    ),
    "help_import_roster_dry_run": ("점검만 하고 기록하지 않음", "check every row, write nothing"),
    "help_import_roster_file": ("가져올 .xlsx 파일", ".xlsx file to read"),
    "help_copy_database": (
        "이 데이터베이스의 모든 기록을 새 빈 데이터베이스로 복사 (ID 유지, 표마다 행 수와 "
        "체크섬을 비교); 결과를 JSON으로",
        "copy every record of this database into a new, empty one (ids kept, each table's "
        "rows and checksum compared); prints JSON",
    ),
    "help_copy_database_to": (
        "새 데이터베이스: 없는 파일 경로 또는 빈 서버 데이터베이스 주소 (postgresql://…)",
        "the new database: a file path that does not exist yet, or an empty server "
        "database's address (postgresql://…)",
    ),
    "help_backup": (
        "지금 백업하기 (검사한 뒤 백업 폴더에); 결과를 JSON으로",
        "back up now (checked, into the backup folder); prints JSON",
    ),
    "help_backup_to": (
        "백업을 쓸 새 파일 (없으면 백업 폴더에)",
        "a new file to write the backup to",
    ),
    "help_backups": ("백업 목록 (최신 순)", "the backups, newest first"),
    "help_restore": (
        "백업에서 복원 (먼저 지금 데이터베이스를 백업); 결과를 JSON으로",
        "restore a backup (the database as it is now is backed up first); prints JSON",
    ),
    "help_restore_path": ("복원할 백업 파일", "the backup file to restore"),
    "help_history": (
        "변경 이력 (오래된 것부터): 언제, 어느 데스크가, 무엇을, 바뀌기 전과 후",
        "the change history, oldest first: when, which desk, what, before and after",
    ),
    "help_history_tenant": (
        "이 입주기업의 이력만 (사업자등록번호 또는 ID)",
        "only this tenant's (BRN or ID)",
    ),
    "help_history_lease": (
        "이 계약의 이력만 (취소된 계약도)",
        "only this lease's (a withdrawn one too)",
    ),
    "help_history_booking": ("이 예약의 이력만", "only this booking's"),
    "help_history_room": (
        "이 호실·공간의 이력만 (번호)",
        "only this room's or space's (its number)",
    ),
    "help_verify_history": (
        "변경 이력이 기록된 그대로인지 확인 (고쳐진 기록이 있으면 그 번호를 알리고 종료 코드 2)",
        "check that the change history is as written (an entry altered, removed or inserted "
        "is named, exit 2)",
    ),
    "help_init": (
        "데이터베이스 만들기 (건물 정보를 넣음) 또는 예전 버전 올리기 (백업 후); 결과를 JSON으로",
        "create a database (with the building) or upgrade an older one (after a backup); prints JSON",
    ),
    "help_json": ("JSON으로 출력 (없으면 표)", "print JSON (else a table)"),
    "help_lang": (
        "메시지 언어 (기본: INCUBATOR_LANG 또는 ko)",
        "language (default: INCUBATOR_LANG or ko)",
    ),
    "help_lease_id": ("계약 ID (leases 명령에서 확인)", "lease ID (see the leases command)"),
    "help_lease_override_reason": (
        "규칙 9-11(초기창업 기간, 최대 보육 기간)의 예외 사유",
        "written reason to override rules 9-11 (early-stage window, incubation cap)",
    ),
    "help_leases": (
        "계약 목록 (--as-of를 주면 그날 입주 중인 계약만)",
        "leases (with --as-of, only those covering that day)",
    ),
    "help_leases_as_of": (
        "이날 입주 중인 계약만 (없으면 모든 계약)",
        "only leases covering this day (else all)",
    ),
    "help_occupancy": ("층별 입주 현황", "occupancy per floor"),
    "help_print_occupancy": (
        "입주 현황 보고를 PDF로 (A4 세로)",
        "the occupancy summary as a PDF (A4 portrait)",
    ),
    "help_print_roster": (
        "입주기업 현황을 PDF로 (A4 가로)",
        "the tenant roster as a PDF (A4 landscape)",
    ),
    "help_print_schedule": (
        "공용공간 주간 예약표를 PDF로 (A4 가로, 공간마다 한 쪽)",
        "a week's bookings as a PDF (A4 landscape, a page per space)",
    ),
    "help_print_schedule_out": ("저장할 .pdf 파일", ".pdf file to write"),
    "help_print_schedule_space": (
        "한 공간만 (호실 번호나 이름)",
        "one space only (number or name)",
    ),
    "help_print_schedule_week": (
        "그 주의 아무 날 (기본: 오늘)",
        "any day of the week (default: today)",
    ),
    "help_printing_out": ("저장할 .pdf 파일", ".pdf file to write"),
    "help_program": (
        "빛고을 창업스테이션 입주기업 관리. 명령 없이 실행하면 창을 엽니다.",
        "STA·G tenant desk. Without a command it opens the window.",
    ),
    "help_renew_lease": (
        "계약 갱신: 같은 호실·조건으로 만료 다음 날부터",
        "renew: the same room and terms from the day after the lease ends",
    ),
    "help_renew_lease_end": ("새 계약만료일 (기본: 1년)", "new end date (default: one year)"),
    "help_rooms": ("호실·공간 목록", "rooms and spaces"),
    "help_screenshots": (
        "창의 각 화면을 데모 데이터로 PNG 파일에 그리기 (화면 없이도)",
        "draw each page of the window with demo data to PNG files (no screen needed)",
    ),
    "help_screenshots_folder": ("PNG를 둘 폴더", "folder for the PNG files"),
    "help_set": ("운영 기준 변경", "change a rule setting"),
    "help_settings": ("운영 기준(설정) 목록", "rule settings"),
    "help_settings_value": (
        "새 값 (켜기/끄기는 true/false)",
        "new value (true/false for switches)",
    ),
    "help_space": ("공간 번호 또는 이름", "space number or name"),
    "help_tenant_options_brn": (
        "사업자등록번호 (예비창업자는 없음)",
        "business registration number (none for a pre-founder)",
    ),
    "help_tenant_options_corp_no": (
        "법인등록번호 (법인만)",
        "corporation number (corporations only)",
    ),
    "help_tenant_options_email": ("이메일", "e-mail"),
    "help_tenant_options_employees": ("고용인원", "employees"),
    "help_tenant_options_name": ("기업명", "company name"),
    "help_tenant_options_new_industry": (
        "신산업 창업기업 (창업기업 10년)",
        "신산업 startup (10 years as a startup)",
    ),
    "help_tenant_options_notes": ("비고", "notes"),
    "help_tenant_options_phone": ("연락처", "phone"),
    "help_tenant_options_representative": ("대표자", "representative"),
    "help_tenant_options_sector": ("업종", "sector"),
    "help_tenant_options_started": ("개업일(사업개시일)", "business start date"),
    "help_tenant_options_type": ("구분", "type: corporation, individual or pre-founder"),
    "help_tenant_type_words": ("법인|개인|예비", "corp|individual|pre"),
    "help_tenants": ("입주기업 목록", "tenants"),
    "help_tenants_search": (
        "기업명·대표자·사업자등록번호 일부",
        "part of a name, representative or BRN",
    ),
    "help_to": ("마지막 날", "last day"),
}
