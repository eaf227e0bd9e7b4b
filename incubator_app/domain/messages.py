"""Every sentence the rules say to a person: (Korean, English) by code.

Korean is the source language. Placeholders name the offending value so the
person can act on the message without a traceback.
"""

from incubator_app.domain.backup_messages import BACKUP_MESSAGES
from incubator_app.domain.billing_messages import BILLING_MESSAGES
from incubator_app.domain.booking_messages import BOOKING_MESSAGES
from incubator_app.domain.heading_messages import HEADING_MESSAGES
from incubator_app.domain.help_messages import HELP_MESSAGES
from incubator_app.domain.history_messages import HISTORY_MESSAGES
from incubator_app.domain.system_messages import SYSTEM_MESSAGES

MESSAGES: dict[str, tuple[str, str]] = {
    **BACKUP_MESSAGES,
    **BILLING_MESSAGES,
    **BOOKING_MESSAGES,
    **HEADING_MESSAGES,
    **HELP_MESSAGES,
    **HISTORY_MESSAGES,
    **SYSTEM_MESSAGES,
    # identifiers
    "entity_type_unknown": (
        "구분 '{value}'을(를) 알 수 없습니다. 법인, 개인, 예비 중 하나를 입력하세요.",
        "Unknown type '{value}': use 법인 (corporation), 개인 (individual) or 예비 (pre-founder).",
    ),
    "brn_format": (
        "사업자등록번호 '{value}'은(는) 10자리 숫자여야 합니다 (예: 124-81-00998).",
        "Business registration number '{value}' must have 10 digits (e.g. 124-81-00998).",
    ),
    "brn_check_digit": (
        "사업자등록번호 {value}의 검증번호(마지막 자리)가 맞지 않습니다. 번호를 다시 확인하세요.",
        "Business registration number {value} fails its check digit (last digit); please recheck it.",
    ),
    "corporation_no_format": (
        "법인등록번호 '{value}'은(는) 13자리 숫자여야 합니다 (예: 130111-0006246).",
        "Corporation number '{value}' must have 13 digits (e.g. 130111-0006246).",
    ),
    "corporation_no_check_digit": (
        "법인등록번호 {value}의 검증번호(마지막 자리)가 맞지 않습니다.",
        "Corporation number {value} fails its check digit (last digit).",
    ),
    "leases_outside_window": (
        "주의: 바뀐 개업일로는 계약 {leases}이(가) 초기창업 기간({until}까지) 뒤에 시작합니다. 예외 사유를 확인하세요.",
        "Note: with the corrected start date, lease(s) {leases} begin after the early-stage window (until {until}); check the reason for the exception.",
    ),
    "brn_type_mismatch": (
        "주의: 사업자등록번호 {value}의 가운데 두 자리는 '{type}' 사업자의 번호가 아닙니다.",
        "Note: the middle digits of business registration number {value} do not fit type '{type}'.",
    ),
    # dates and periods
    "date_format": (
        "날짜 '{value}'을(를) 읽을 수 없습니다. YYYY-MM-DD 형식으로 입력하세요 (예: 2026-03-02).",
        "Cannot read the date '{value}': use YYYY-MM-DD (e.g. 2026-03-02).",
    ),
    "date_not_on_calendar": (
        "날짜 '{value}'은(는) 달력에 없는 날입니다.",
        "The date '{value}' does not exist on the calendar.",
    ),
    "date_range": (
        "날짜 '{value}'은(는) {first}년부터 {last}년 사이여야 합니다.",
        "The date '{value}' must lie between the years {first} and {last}.",
    ),
    "period_reversed": (
        "종료일 {end}이(가) 시작일 {start}보다 앞설 수 없습니다.",
        "The end date {end} cannot be before the start date {start}.",
    ),
    # tenants
    "text_too_long": (
        "{label}은(는) {limit}자 이내여야 합니다 (지금 {length}자).",
        "The {label} may be at most {limit} characters (it has {length}).",
    ),
    "text_invisible": (
        "{label}에 보이지 않는 문자나 제어 문자({char}, {position}번째 글자)가 있습니다. 그 글자를 지우고 다시 입력하세요.",
        "The {label} holds an invisible or control character ({char}, character {position}); remove it and try again.",
    ),
    "tenant_name_required": ("기업명을 입력하세요.", "Enter the company name."),
    "brn_required": (
        "'{type}' 기업은 사업자등록번호가 필요합니다.",
        "A company of type '{type}' needs a business registration number.",
    ),
    "started_required": (
        "'{type}' 기업은 개업일(사업개시일)이 필요합니다.",
        "A company of type '{type}' needs its business start date.",
    ),
    "pre_founder_has_brn": (
        "예비창업자는 사업자등록번호가 없어야 합니다 ('{value}'). 구분을 법인 또는 개인으로 하세요.",
        "A pre-founder has no business registration number ('{value}'); set the type to "
        "corporation or individual.",
    ),
    "pre_founder_has_start": (
        "예비창업자는 개업일이 없어야 합니다 ({value}). 구분을 법인 또는 개인으로 하세요.",
        "A pre-founder has no business start date ({value}); set the type to 법인 or 개인.",
    ),
    "corporation_no_not_corporation": (
        "법인등록번호는 법인만 입력할 수 있습니다 (구분: {type}).",
        "Only a corporation has a corporation number (type: {type}).",
    ),
    "started_in_future": (
        "개업일 {value}이(가) 오늘({today})보다 뒤입니다.",
        "The business start date {value} is after today ({today}).",
    ),
    "brn_duplicate": (
        "사업자등록번호 {value}은(는) 이미 '{name}'(으)로 등록되어 있습니다.",
        "Business registration number {value} is already registered to '{name}'.",
    ),
    "employees_range": (
        "고용인원 {value}은(는) 0~1,000,000 사이여야 합니다.",
        "Employees {value} must lie between 0 and 1,000,000.",
    ),
    "email_format": (
        "이메일 '{value}'의 형식이 올바르지 않습니다 (예: ceo@example.kr).",
        "The e-mail '{value}' is not valid (e.g. ceo@example.kr).",
    ),
    "phone_format": (
        "연락처 '{value}'에는 숫자, 하이픈, 괄호, +, 공백만 쓸 수 있습니다.",
        "The phone '{value}' may contain only digits, hyphens, brackets, + and spaces.",
    ),
    "tenant_choose": (
        "기업을 입력해 목록에서 고르거나, 사업자등록번호 10자리를 입력하세요.",
        "Type a company and pick it from the list, or type its 10-digit business registration number.",
    ),
    "tenant_pick": (
        "맞는 기업이 {count}개입니다. 목록에서 고르세요.",
        "{count} companies match: pick one from the list.",
    ),
    "tenant_unknown_typed": (
        "'{value}': 그런 기업이 없거나 이름이 같은 기업이 여럿입니다. 목록에서 고르거나 사업자등록번호를 입력하세요.",
        "'{value}': no such company, or several share the name. Pick it from the list or type its business registration number.",
    ),
    "tenant_not_found": (
        "입주기업 '{value}'을(를) 찾을 수 없습니다 (사업자등록번호 또는 ID).",
        "No tenant '{value}' (business registration number or ID).",
    ),
    # spaces
    "room_not_found": ("호실 '{value}'이(가) 없습니다.", "There is no room '{value}'."),
    "space_not_leasable": (
        "{room}({name})은(는) 임대하는 공간이 아닙니다. 보육실, 투자사실, 코워킹스페이스만 계약할 수 "
        "있습니다.",
        "{room} ({name}) is not leased: only startup rooms, investor rooms and the coworking "
        "space are.",
    ),
    "area_invalid": (
        "면적 '{value}'은(는) 0보다 크고 100,000 이하인 ㎡ 값(소수 둘째 자리까지)이어야 합니다.",
        "Area '{value}' must be a positive number of ㎡ up to 100,000, with at most two decimals.",
    ),
    "capacity_invalid": (
        "좌석·수용 인원 '{value}'은(는) 1~10,000 사이의 정수여야 합니다.",
        "Seats or capacity '{value}' must be a whole number from 1 to 10,000.",
    ),
    "capacity_below_use": (
        "{room}의 좌석을 {value}석으로 줄일 수 없습니다: {period} 중 {used}석이 계약되어 있습니다.",
        "Cannot reduce {room} to {value} seats: {used} seats are leased during {period}.",
    ),
    "floor_area_exceeded": (
        "{floor} 공간 면적 합계 {total}㎡가 층 바닥면적 {gross}㎡를 넘습니다.",
        "The spaces on floor {level} would total {total} ㎡, more than its {gross} ㎡.",
    ),
    "name_required": ("이름을 입력하세요.", "Enter a name."),
    "space_name_taken": (
        "이름 '{value}'은(는) 이미 {room}호실(또는 그 번호)이 쓰고 있습니다. 다른 이름을 쓰세요.",
        "The name '{value}' already picks out room {room}; choose another name.",
    ),
    "capacity_not_applicable": (
        "{room}은(는) 좌석·수용 인원을 두지 않는 공간입니다 (코워킹스페이스와 대관 공간만).",
        "{room} has no seats or capacity to set (only the coworking and bookable spaces do).",
    ),
    "nothing_to_change": (
        "{room}에 바꿀 내용이 없습니다 (--name, --area, --seats 중 하나 이상).",
        "Nothing to change for {room} (give --name, --area or --seats).",
    ),
    # leases
    "lease_not_found": ("계약 {value}이(가) 없습니다.", "There is no lease {value}."),
    "room_taken": (
        "{room}은(는) {period}에 '{tenant}'의 계약({other})과 기간이 겹칩니다.",
        "{room} is leased to '{tenant}' for {other}, which overlaps {period}.",
    ),
    "seats_positive": (
        "좌석 수 {value}은(는) 1 이상이어야 합니다.",
        "Seats {value} must be at least 1.",
    ),
    "seats_exceeded": (
        "코워킹 좌석이 부족합니다: {period} 중 최대 {used}석 사용 중, {value}석 추가 시 정원 {capacity}석을 "
        "넘습니다.",
        "Not enough coworking seats: up to {used} are taken during {period}; {value} more would "
        "exceed the {capacity} seats.",
    ),
    "seats_for_coworking_only": (
        "좌석 수는 코워킹스페이스 계약에만 지정합니다 ({room}).",
        "Seats apply only to coworking leases ({room}).",
    ),
    "money_negative": (
        "{label} {value}원은(는) 0 이상이어야 합니다.",
        "The {label} {value} won cannot be negative.",
    ),
    "money_too_large": (
        "{label} {value}원은(는) 너무 큽니다. 금액을 다시 확인하세요.",
        "The {label} {value} won is too large; please recheck the amount.",
    ),
    "money_format": (
        "{label} '{value}'을(를) 읽을 수 없습니다. 원 단위 정수로 입력하세요 (예: 1,200,000).",
        "Cannot read {label} '{value}': enter whole won (e.g. 1,200,000).",
    ),
    "admission_window_passed": (
        "개업일 {started} 기준 초기창업 기간({until}까지)이 지나 입주할 수 없습니다 (입주일 {move_in}). "
        "예외로 입주시키려면 사유를 입력하세요.",
        "Business started {started}: its early-stage window ended {until}, so it cannot move in "
        "on {move_in}. Give a reason to override.",
    ),
    "incubation_cap_exceeded": (
        "최대 보육 기간 {cap}일을 넘습니다: 이미 {held}일 입주, 이번 계약 {new}일 (남은 기간 {left}일). "
        "예외로 계약하려면 사유를 입력하세요.",
        "This exceeds the {cap}-day incubation cap: {held} days held, this lease {new} days "
        "({left} days left). Give a reason to override.",
    ),
    "move_out_outside": (
        "퇴실일 {on}이(가) 계약 기간 {period} 밖입니다.",
        "The move-out date {on} is outside the lease {period}.",
    ),
    "lease_continued": (
        "계약 {value}에는 이미 이어지는 갱신 계약 {renewal}이(가) 있습니다. 그 계약으로 처리하거나 먼저 취소하세요.",
        "Lease {value} is already continued by renewal {renewal}; act on that lease, or cancel it first.",
    ),
    "lease_started": (
        "계약 {value}은(는) {start}에 이미 시작되었습니다. 취소 대신 퇴실 처리하세요.",
        "Lease {value} began on {start}; record a move-out instead of cancelling it.",
    ),
    "lease_already_ended": (
        "계약 {value}은(는) 이미 {on}에 퇴실 처리되었습니다.",
        "Lease {value} already ended on {on}.",
    ),
    # settings
    "setting_unknown": (
        "'{key}'이라는 설정은 없습니다. 있는 설정: {keys}",
        "There is no setting '{key}'. The settings are: {keys}",
    ),
    "setting_value": (
        "'{label}'에 '{value}'은(는) 쓸 수 없습니다: {allowed}.",
        "'{value}' cannot be used for '{label}': {allowed}.",
    ),
    "setting_allowed_switch": ("예 또는 아니오 (true/false)", "yes or no (true/false)"),
    "setting_allowed_whole": ("{low}~{high} 사이의 정수", "a whole number from {low} to {high}"),
    "setting_allowed_number": ("{low}~{high} 사이의 수", "a number from {low} to {high}"),
    "setting_alert_order": (
        "알림 기간은 긴급({urgent}일) ≤ 주의({soon}일) ≤ 알림({window}일) 순이어야 합니다.",
        "Alert days must run urgent ({urgent}) ≤ soon ({soon}) ≤ window ({window}).",
    ),
    # demo data
    "demo_not_empty": (
        "데모 데이터는 입주기업이 없는 데이터베이스에만 만들 수 있습니다 (현재 {count}개 기업).",
        "Demo data goes only into a database without tenants (this one has {count}).",
    ),
    "demo_size": (
        "데모 기업 수 {value}은(는) 1~1,000,000 사이여야 합니다.",
        "The number of demo tenants {value} must be between 1 and 1,000,000.",
    ),
    # labels
    "total": ("합계", "Total"),
    "entity_corporation": ("법인", "corporation"),
    "entity_individual": ("개인", "individual"),
    "entity_pre_founder": ("예비", "pre-founder"),
    # kinds of space
    "kind_startup_room": ("보육실", "startup room"),
    "kind_investor_room": ("투자사실", "investor room"),
    "kind_coworking": ("코워킹", "coworking"),
    "kind_bookable": ("대관 공간", "bookable"),
    "kind_shared": ("공용 공간", "shared"),
    # stages (rule 8), as the roster's 업력구분 names them
    "rule_admission_window_passed": ("초기창업 기간", "early-stage window"),
    "rule_incubation_cap_exceeded": ("최대 보육 기간", "incubation cap"),
    "lease_ready": ("계약할 수 있습니다: {what}", "Can be signed: {what}"),
    "lease_ready_overridden": (
        "예외로 계약합니다 ({rules}): {what} — {reason}",
        "Signed as an exception ({rules}): {what} — {reason}",
    ),
    "renewal_ready": ("재계약할 수 있습니다: {what}", "Can be renewed: {what}"),
    "move_out_ready": ("퇴실 처리할 수 있습니다: {what}", "The move-out can be recorded: {what}"),
    "stage_pre_founder": ("예비창업", "pre-founder"),
    "stage_early": ("초기창업", "early-stage"),
    "stage_growth": ("도약기", "growth"),
    "stage_mature": ("창업 7년 초과", "beyond startup age"),
    # alerts (rule 17)
    "alert_lease_ending": ("계약 만료 예정", "lease ending"),
    "alert_aging_out": ("졸업 예정", "early-stage window ending"),
    "alert_aged_out": ("초기창업 기간 경과", "past the early-stage window"),
    "alert_cap_near": ("최대 보육 기간 소진 예정", "incubation cap used up by signed leases"),
    "alert_registration_overdue": ("사업자 등록 기한 경과", "business registration overdue"),
    # notices
    "demo_done": (
        "데모 데이터 생성: 입주기업 {tenants}개, 계약 {leases}건, 공용공간 예약 {bookings}건, 납부 {payments}건.",
        "Demo data created: {tenants} tenants, {leases} leases, {bookings} bookings, {payments} payments.",
    ),
    "lease_cancelled": ("계약 {value}({room}) 취소 완료.", "Lease {value} ({room}) withdrawn."),
    "export_not_xlsx": (
        "'{path}': Excel 파일 이름은 .xlsx로 끝나야 합니다.",
        "'{path}': the Excel file name must end in .xlsx.",
    ),
    "export_folder_missing": (
        "저장할 폴더 '{path}'이(가) 없습니다.",
        "The folder '{path}' does not exist.",
    ),
    "path_is_folder": (
        "'{path}'은(는) 폴더입니다. 파일 이름을 주세요.",
        "'{path}' is a folder; give the name of a file.",
    ),
    "folder_is_file": (
        "'{path}'은(는) 파일입니다. 그림을 둘 폴더를 주세요.",
        "'{path}' is a file; give a folder for the pictures.",
    ),
    "os_no_permission": ("쓰기 권한이 없습니다", "no permission to write there"),
    "os_read_only_drive": ("읽기 전용 드라이브입니다", "the drive is read-only"),
    "os_disk_full": ("디스크가 가득 찼습니다", "the disk is full"),
    "os_folder_by_that_name": ("같은 이름의 폴더가 있습니다", "a folder has that name"),
    "os_file_by_that_name": ("같은 이름의 파일이 있습니다", "a file has that name"),
    "os_no_file_there": ("그 폴더에는 파일을 만들 수 없습니다", "no file can be made there"),
    "os_file_in_path": ("경로 중간에 파일이 있습니다", "part of the path is a file"),
    "os_name_too_long": ("이름이 너무 깁니다", "the name is too long"),
    "os_in_use": ("다른 프로그램이 사용 중입니다", "another program is using it"),
    "folder_failed": (
        "폴더 '{path}'에 저장할 수 없습니다 ({reason}).",
        "Cannot save into the folder '{path}' ({reason}).",
    ),
    "export_failed": (
        "'{path}'에 저장할 수 없습니다 ({reason}). 파일이 다른 프로그램(Excel 등)에서 열려 있다면 닫고 다시 시도하세요.",
        "Cannot save '{path}' ({reason}). If the file is open in another program (Excel, a PDF viewer), close it and try again.",
    ),
    "printed": ("저장 완료: {path} ({pages}쪽)", "Saved: {path} ({pages} pages)"),
    "print_not_pdf": (
        "'{path}': PDF 파일 이름은 .pdf로 끝나야 합니다.",
        "'{path}': the PDF file name must end in .pdf.",
    ),
    "month_format": (
        "월 '{value}'을(를) 알 수 없습니다. YYYY-MM으로 입력하세요 (예: 2026-03).",
        "Unknown month '{value}': use YYYY-MM (e.g. 2026-03).",
    ),
    "import_problem": ("행 {row}, {column}: {reason}", "row {row}, {column}: {reason}"),
    "import_missing": (
        "가져올 파일 '{path}'이(가) 없습니다.",
        "There is no file '{path}' to import.",
    ),
    "import_not_xlsx": (
        "'{path}'은(는) Excel 통합 문서(.xlsx)가 아닙니다.",
        "'{path}' is not an Excel workbook (.xlsx).",
    ),
    "import_old_xls": (
        "'{path}'은(는) 예전 Excel 97-2003(.xls) 형식입니다. Excel에서 .xlsx로 저장한 뒤 가져오세요.",
        "'{path}' is an old Excel 97-2003 (.xls) file; save it as .xlsx in Excel first.",
    ),
    "import_encrypted": (
        "'{path}'은(는) 암호가 걸린 통합 문서입니다. Excel에서 암호를 해제한 뒤 가져오세요.",
        "'{path}' is password-protected; remove the password in Excel first.",
    ),
    "import_corrupt": (
        "'{path}'을(를) 읽을 수 없습니다: 파일이 손상되었거나 안전하지 않은 내용이 있습니다.",
        "Cannot read '{path}': the file is damaged or holds unsafe content.",
    ),
    "import_no_header": (
        "'{path}'은(는) 입주기업 명단이 아닙니다: 어느 시트에서도 처음 10행 안에 명단 머리글(기업명, 구분, 사업자등록번호 …)을 찾지 못했습니다.",
        "'{path}' is not a tenant roster: no sheet has the roster header (기업명, 구분, 사업자등록번호, …) in its first 10 rows.",
    ),
    "import_columns_missing": (
        "'{path}' {row}행의 머리글에 꼭 필요한 열이 없습니다: {columns}",
        "The header in row {row} of '{path}' lacks required columns: {columns}",
    ),
    "import_formula": (
        "수식({value})은 값으로 가져올 수 없습니다. 값으로 붙여 넣은 뒤 가져오세요.",
        "A formula ({value}) is not a value; paste it as a value first.",
    ),
    "import_empty": (
        "머리글 아래에 가져올 행이 없습니다.",
        "There are no rows below the header to import.",
    ),
    "import_required": ("{column}이(가) 비어 있습니다.", "{column} is empty."),
    "import_true_false": (
        "{column}에 참/거짓(TRUE/FALSE) 값은 쓸 수 없습니다.",
        "{column} cannot hold a TRUE/FALSE value.",
    ),
    "import_terms_without_room": (
        "호실이 비어 있는데 계약 내용({columns})이 적혀 있습니다. 호실을 적거나 그 칸을 비우세요.",
        "The room is empty but lease terms ({columns}) are given; give the room or clear them.",
    ),
    "import_done": (
        "가져오기 완료: {rows}행, 기업 {tenants_created}개 등록·{tenants_updated}개 수정, 계약 {leases_created}건 등록·{leases_updated}건 수정.",
        "Imported {rows} rows: {tenants_created} tenants added, {tenants_updated} updated; {leases_created} leases added, {leases_updated} updated.",
    ),
    "import_dry_run": (
        "점검 완료 (기록하지 않음): {rows}행, 기업 {tenants_created}개 등록·{tenants_updated}개 수정, 계약 {leases_created}건 등록·{leases_updated}건 수정 예정.",
        "Checked, nothing written: {rows} rows would add {tenants_created} tenants, update {tenants_updated}; add {leases_created} leases, update {leases_updated}.",
    ),
    "import_refused": (
        "가져오지 않았습니다: 문제 {count}건 (아무것도 기록하지 않음).",
        "Nothing imported: {count} problems (nothing was written).",
    ),
    "import_brn_two_names": (
        "사업자등록번호 {value}이(가) 행 {other_row}에서는 '{name}'(으)로 적혀 있습니다. 한 번호에 기업명은 하나입니다.",
        "Business registration number {value} is '{name}' in row {other_row}; one number has one company name.",
    ),
    "import_id_two_companies": (
        "기업 ID {value}이(가) 행 {other_row}에서는 '{name}'입니다. 한 ID에 기업은 하나입니다.",
        "Tenant ID {value} is '{name}' in row {other_row}; one ID is one company.",
    ),
    "import_rows_disagree": (
        "행 {other_row}에서는 같은 기업의 {columns}이(가) 다르게 적혀 있습니다. 한 기업의 행은 값이 같아야 합니다.",
        "Row {other_row} gives the same company another {columns}; one company's rows must agree.",
    ),
    "import_id_other_company": (
        "기업 ID {value}은(는) 이 데이터베이스에서 '{name}'인데 이 행에는 '{written}'(으)로 적혀 있습니다. 기업명·구분·사업자등록번호는 입주기업 수정에서 바꾸세요.",
        "Tenant ID {value} is '{name}' in this database but this row says '{written}'; change a company's name, type or number in its own dialog.",
    ),
    "import_ids_from_elsewhere": (
        "이름이 '{name}'인 예비창업자가 여럿입니다 (ID {ids}). 이 명단의 기업 ID는 다른 데이터베이스에서 적은 것이라 어느 기업인지 가릴 수 없습니다. 이 데이터베이스에서 내보낸 명단을 쓰세요.",
        "Several pre-founders are named '{name}' (IDs {ids}), and this roster's tenant IDs were written by another database, so they cannot tell which; use a roster exported from this database.",
    ),
    "import_ambiguous_tenant": (
        "이름이 '{name}'인 예비창업자가 여럿입니다 (ID {ids}). 기업 ID 열에 어느 기업인지 적어 주세요.",
        "Several pre-founders are named '{name}' (IDs {ids}); write which one in the 기업 ID column.",
    ),
    "exported": ("저장 완료: {path}", "Saved: {path}"),
    "exported_rows": ("저장 완료: {path} ({rows:,}행)", "Saved: {path} ({rows:,} rows)"),
    "setting_saved": ("설정 저장: {key} = {value}", "Setting saved: {key} = {value}"),
}
