"""What the desk says of the computer around the rules: database files, the command
line's arguments, the screen the window needs. (Korean, English) by code."""

SYSTEM_MESSAGES: dict[str, tuple[str, str]] = {
    # database
    "db_not_database": (
        "'{path}'은(는) 이 프로그램의 데이터베이스가 아닙니다. 아무것도 바꾸지 않았습니다.",
        "'{path}' is not a database of this program. Nothing in it was changed.",
    ),
    "db_locked": (
        "데이터베이스 '{path}'을(를) 다른 데스크나 프로그램이 사용 중입니다. 잠시 후 다시 "
        "시도하세요. 아무것도 기록하지 않았습니다.",
        "The database '{path}' is busy with another desk or program. Try again shortly. "
        "Nothing was written.",
    ),
    "db_newer": (
        "데이터베이스 '{path}'은(는) 더 새 버전의 프로그램에서 만든 것입니다 (스키마 {revision}). "
        "프로그램을 업데이트하세요. 아무것도 바꾸지 않았습니다.",
        "The database '{path}' was made by a newer version of this program (schema {revision}). "
        "Please update the program. Nothing in it was changed.",
    ),
    "db_missing": (
        "데이터베이스 파일 '{path}'이(가) 없습니다. 경로를 확인하거나, 새로 만들려면 "
        "'incubator --db 경로 init'을 먼저 실행하세요.",
        "There is no database file '{path}'. Check the path, or create it first with "
        "'incubator --db PATH init'.",
    ),
    "db_empty_file": (
        "데이터베이스 파일 '{path}'이(가) 비어 있습니다 (0바이트). 새 데이터베이스로 쓰려면 "
        "'incubator --db 경로 init'을 먼저 실행하세요. 파일은 그대로 두었습니다.",
        "The database file '{path}' is empty (0 bytes). To use it as a new database, run "
        "'incubator --db PATH init' first. The file was left as it was.",
    ),
    "db_read_only": (
        "데이터베이스 '{path}'은(는) 읽기 전용이라 바꿀 수 없습니다. 파일의 읽기 전용 속성과 "
        "쓰기 권한을 확인하세요. 아무것도 기록하지 않았습니다.",
        "The database '{path}' is read-only, so nothing can be changed. Check the file's "
        "read-only attribute and write permission. Nothing was written.",
    ),
    "db_read_only_opened": (
        "데이터베이스 '{path}'은(는) 읽기 전용입니다: 볼 수는 있지만 저장은 거절됩니다.",
        "The database '{path}' is read-only: you can look, but saving will be refused.",
    ),
    "db_folder_read_only": (
        "데이터베이스 '{path}'이(가) 있는 폴더에 쓸 수 없어 열 수 없습니다 (읽기 전용 폴더나 "
        "드라이브). 쓸 수 있는 폴더로 복사한 뒤 여세요.",
        "Cannot open the database '{path}': its folder cannot be written to (a read-only "
        "folder or drive). Copy it to a writable folder first.",
    ),
    "db_full": (
        "디스크가 가득 차 데이터베이스 '{path}'에 쓸 수 없습니다. 공간을 비운 뒤 다시 하세요. "
        "아무것도 기록하지 않았습니다.",
        "The disk is full, so the database '{path}' cannot be written. Free some space and "
        "try again. Nothing was written.",
    ),
    "db_cannot_open": (
        "데이터베이스 파일 '{path}'을(를) 열거나 쓸 수 없습니다. 권한과 드라이브를 확인하세요.",
        "Cannot open or write the database file '{path}'. Check the permissions and the drive.",
    ),
    "db_in_memory": (
        "'{url}'은(는) 메모리 데이터베이스라 프로그램이 끝나면 사라집니다. 파일 경로를 주세요.",
        "'{url}' is an in-memory database, gone when the program ends; give a file path.",
    ),
    "db_parent_is_file": (
        "'{path}'은(는) 폴더가 아니라 파일입니다. 데이터베이스 파일의 경로를 확인하세요.",
        "'{path}' is a file, not a folder; check the database file's path.",
    ),
    "db_is_folder": (
        "'{path}'은(는) 폴더입니다. 데이터베이스 파일의 경로를 주세요 (예: {path}/stag.sqlite3).",
        "'{path}' is a folder. Give the path of a database file (e.g. {path}/stag.sqlite3).",
    ),
    "db_relative_url": (
        "'{url}'은(는) 상대 경로 URL입니다. 파일 경로를 그대로 쓰거나 (예: --db stag.sqlite3), "
        "절대 경로 URL을 쓰세요 (예: sqlite:////home/…/stag.sqlite3, sqlite:///C:/…/stag.sqlite3).",
        "'{url}' is a relative URL. Give the file path itself (e.g. --db stag.sqlite3) or an "
        "absolute URL (e.g. sqlite:////home/…/stag.sqlite3, sqlite:///C:/…/stag.sqlite3).",
    ),
    "db_kind_unknown": (
        "데이터베이스 종류 '{kind}'은(는) 쓸 수 없습니다. 파일 경로나 sqlite:/// URL, "
        "또는 PostgreSQL 서버 주소(postgresql://사용자@서버:5432/데이터베이스)를 쓰세요.",
        "Database kind '{kind}' is not supported: give a file path, a sqlite:/// URL or a "
        "PostgreSQL server's address (postgresql://user@host:5432/database).",
    ),
    "db_server_no_database": (
        "'{url}'에 데이터베이스 이름이 없습니다 (예: postgresql://사용자@서버:5432/stag).",
        "'{url}' names no database (e.g. postgresql://user@host:5432/stag).",
    ),
    "db_server_missing": (
        "서버가 '{path}'의 데이터베이스를 열어 주지 않습니다 (서버: {reason}). 없다면 서버 "
        "관리자에게 빈 데이터베이스를 만들어 달라고 한 뒤 (CREATE DATABASE), "
        "'incubator --db 주소 init'을 실행하세요.",
        "The server does not open the database of '{path}' (server: {reason}). If it does "
        "not exist, ask the administrator to create an empty one (CREATE DATABASE), then "
        "run 'incubator --db ADDRESS init'.",
    ),
    "db_url_malformed": (
        "'{url}'은(는) 데이터베이스 주소로 읽을 수 없습니다 ({reason}). 예: "
        "postgresql://사용자@서버:5432/stag (포트는 숫자).",
        "'{url}' cannot be read as a database address ({reason}). E.g. "
        "postgresql://user@host:5432/stag (the port is a number).",
    ),
    "db_server_empty": (
        "서버의 데이터베이스 '{path}'이(가) 비어 있습니다. 스테이션 데이터베이스로 쓰려면 "
        "'incubator --db 주소 init'을 먼저 실행하세요. 아무것도 기록하지 않았습니다.",
        "The server database '{path}' is empty. To use it for the station, run "
        "'incubator --db ADDRESS init' first. Nothing was written.",
    ),
    "db_login_refused": (
        "서버가 '{path}' 로그인을 거절했습니다: 사용자 이름과 비밀번호를 확인하세요 "
        "(서버: {reason}).",
        "The server refused the login for '{path}': check the user name and password "
        "(server: {reason}).",
    ),
    "db_password_needed": (
        "서버가 '{path}'의 비밀번호를 묻습니다: 창의 파일 ▸ 데이터베이스 연결…에서 입력해 "
        "보관하거나, PostgreSQL의 비밀번호 파일(pgpass)이나 PGPASSWORD에 두세요.",
        "The server asks for the password of '{path}': type and keep it in the window's "
        "File ▸ Connect to database…, or put it in PostgreSQL's password file (pgpass) or "
        "PGPASSWORD.",
    ),
    "db_server_read_only": (
        "서버의 데이터베이스 '{path}'에 쓸 권한이 없습니다 (읽기 전용 사용자이거나 대기 "
        "서버). 아무것도 기록하지 않았습니다.",
        "The server database '{path}' cannot be written with this login (a read-only user "
        "or a standby server). Nothing was written.",
    ),
    "password_not_kept": (
        "이 컴퓨터에 비밀번호를 안전하게 보관할 곳이 없어 저장하지 않았습니다. "
        "다음에 다시 입력하거나, PostgreSQL의 비밀번호 파일(pgpass)을 쓰세요.",
        "This computer has no safe place for passwords, so it was not kept. "
        "Type it again next time, or use PostgreSQL's password file (pgpass).",
    ),
    "db_empty": (
        "데이터베이스 경로가 비어 있습니다 ({source}).",
        "The database path is empty ({source}).",
    ),
    "db_folder_missing": (
        "데이터베이스를 만들 폴더 '{path}'이(가) 없습니다.",
        "The folder '{path}' for the database does not exist.",
    ),
    "db_unreachable": (
        "데이터베이스 '{path}'에 연결할 수 없습니다: {reason}",
        "Cannot open the database '{path}': {reason}",
    ),
    # the command line
    "argument_number": ("인수 {position}", "Argument {position}"),
    "variable_name": ("환경변수 {name}", "The variable {name}"),
    "whole_number_needed": (
        "'{value}': 숫자(0 이상의 정수)가 필요합니다 (예: 12).",
        "'{value}': a whole number is needed (e.g. 12).",
    ),
    "argument_not_utf8": (
        "{position}({value})이(가) UTF-8이 아닙니다 (CP949로 읽으면 '{guess}'). 터미널이나 "
        "스크립트를 UTF-8로 바꾸세요 (Windows: chcp 65001). 아무것도 하지 않았습니다.",
        "{position} ({value}) is not UTF-8 (read as CP949: '{guess}'). Switch the "
        "terminal or script to UTF-8 (Windows: chcp 65001). Nothing was done.",
    ),
    # the window
    "display_none": (
        "화면(디스플레이)이 없어 창을 열 수 없습니다 (예: SSH로 접속). 화면이 있는 곳에서 실행하거나, "
        "명령줄 명령을 쓰세요 (incubator --help).",
        "There is no display to open the window on (e.g. over SSH). Run it where there is a "
        "screen, or use the command line (incubator --help).",
    ),
    "display_unreachable": (
        "화면 '{display}'에 연결할 수 없습니다 (DISPLAY 값을 확인하세요). 명령줄 명령은 화면 없이 됩니다 "
        "(incubator --help).",
        "Cannot reach the display '{display}' (check DISPLAY). The command line needs no "
        "screen (incubator --help).",
    ),
    "display_wayland_unreachable": (
        "Wayland 화면 '{socket}'에 연결할 수 없습니다 (WAYLAND_DISPLAY, XDG_RUNTIME_DIR 값을 "
        "확인하세요). 명령줄 명령은 화면 없이 됩니다 (incubator --help).",
        "Cannot reach the Wayland display '{socket}' (check WAYLAND_DISPLAY and "
        "XDG_RUNTIME_DIR). The command line needs no screen (incubator --help).",
    ),
    "display_platform_unsupported": (
        "이 데스크는 '{name}' 화면 방식을 쓰지 않습니다. QT_QPA_PLATFORM을 xcb나 wayland로 하거나 "
        "비우세요.",
        "This desk does not draw on '{name}'; set QT_QPA_PLATFORM to xcb or wayland, or unset it.",
    ),
    "display_platform_unknown": (
        "QT_QPA_PLATFORM '{name}'은(는) 없는 화면 방식입니다. 쓸 수 있는 것: {known}.",
        "QT_QPA_PLATFORM '{name}' is not a platform Qt has here; it has: {known}.",
    ),
    "display_libraries_missing": (
        "창에 필요한 시스템 라이브러리가 없습니다. Debian/Ubuntu에서는 "
        "'sudo apt-get install {packages}'로 설치하세요.",
        "System libraries the window needs are missing. On Debian/Ubuntu install them with "
        "'sudo apt-get install {packages}'.",
    ),
    # several desks
    "changed_elsewhere": (
        "다른 데스크({by})에서 {at}에 먼저 바꿨습니다. 지금 저장된 값을 확인하고, 입력한 "
        "내용으로 바꾸려면 다시 저장하세요.",
        "Another desk ({by}) changed this first, at {at}. Check what is stored now; to put "
        "what you typed in its place, save again.",
    ),
    "copy_target_not_empty": (
        "'{path}'은(는) 비어 있지 않습니다. 복사는 새 빈 데이터베이스로만 합니다 (없는 파일, "
        "또는 표가 하나도 없는 서버 데이터베이스). 아무것도 바꾸지 않았습니다.",
        "'{path}' is not empty. A copy goes only into a new, empty database (a file that does "
        "not exist yet, or a server database without any table). Nothing was changed.",
    ),
    "copy_target_is_source": (
        "'{path}'은(는) 지금 열린 데이터베이스입니다. 다른 곳으로 복사하세요.",
        "'{path}' is the database being copied. Copy it somewhere else.",
    ),
    "copy_differs": (
        "복사본의 '{table}' 표가 원본과 다릅니다 (원본 {rows}행, 복사본 {copied}행). "
        "복사본에는 아무것도 남기지 않았습니다.",
        "The copy's table '{table}' differs from the original ({rows} rows, copied {copied}). "
        "Nothing was kept in the copy.",
    ),
    "desk_unnamed": ("이름 없는 데스크", "an unnamed desk"),
    "moment_unknown": ("알 수 없는 시각", "an unknown time"),
    "stamp_created": ("등록 {by} · {at}", "added by {by} · {at}"),
    "stamp_changed": ("수정 {by} · {at}", "changed by {by} · {at}"),
    "desk_name_empty": (
        "데스크 이름을 입력하세요. 이 데스크에서 한 변경이 이 이름으로 기록됩니다.",
        "Type a desk name: the changes made at this desk are recorded under it.",
    ),
    "error_prefix": ("오류", "error"),  # the first word of every refusal on the command line
    "progress_rows": ("행", "rows"),
}
