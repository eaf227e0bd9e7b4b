"""What backups and restores say."""

from __future__ import annotations

BACKUP_MESSAGES: dict[str, tuple[str, str]] = {
    "backup_folder_failed": (
        "백업 폴더 {path}에 백업을 쓸 수 없습니다: {reason}. 데이터베이스는 그대로이고 일은 "
        "계속할 수 있습니다. 설정 ▸ 백업 폴더(또는 환경변수 INCUBATOR_BACKUPS)에서 쓸 수 있는 "
        "폴더를 고르세요.",
        "Backups cannot be written to the folder {path}: {reason}. The database is as it was "
        "and work can go on; choose a folder that can be written in Settings ▸ Backup folder "
        "(or the INCUBATOR_BACKUPS variable).",
    ),
    "db_upgrade_unbacked": (
        "{path}은(는) 예전 버전의 데이터베이스라 올리기 전에 백업해야 하는데, 백업하지 못해 "
        "그대로 두었습니다: {reason}",
        "{path} is from an older version and is backed up before it is upgraded; the backup "
        "failed, so it was left as it was: {reason}",
    ),
    "backup_failed": (
        "백업 {path}을(를) 쓰지 못했습니다: {reason}. 데이터베이스는 그대로입니다.",
        "The backup {path} could not be written: {reason}. The database is as it was.",
    ),
    "backup_missing": ("백업 파일 {path}이(가) 없습니다.", "There is no backup file {path}."),
    "backup_not_ours": (
        "{path}은(는) 이 프로그램의 데이터베이스나 백업이 아닙니다. 아무것도 바꾸지 않았습니다.",
        "{path} is not a database or backup of this program. Nothing was changed.",
    ),
    "backup_newer": (
        "{path}은(는) 더 새 버전의 프로그램이 만든 백업입니다 (스키마 {revision}). 프로그램을 "
        "업데이트한 뒤 복원하세요. 아무것도 바꾸지 않았습니다.",
        "{path} was made by a newer version of the program (schema {revision}); update the "
        "program, then restore it. Nothing was changed.",
    ),
    "backup_damaged": (
        "{path}은(는) 손상된 백업입니다 ({reason}). 다른 백업을 고르세요. 아무것도 바꾸지 "
        "않았습니다.",
        "{path} is a damaged backup ({reason}); choose another one. Nothing was changed.",
    ),
    "backup_history_broken": (
        "{path}에 백업했지만, 이 데이터베이스의 변경 이력이 고쳐져 있어 이 백업으로는 복원할 수 "
        "없습니다: {reason}",
        "Backed up to {path}, but this database's change history has been tampered with, so "
        "the backup cannot be restored: {reason}",
    ),
    "backup_target_exists": (
        "{path}이(가) 이미 있습니다. 백업은 있는 파일을 덮어쓰지 않습니다.",
        "{path} already exists; a backup never overwrites a file.",
    ),
    "backup_parent_is_file": (
        "'{path}'은(는) 폴더가 아니라 파일입니다. 있는 폴더 안의 새 파일 이름을 주세요.",
        "'{path}' is a file, not a folder; give a new file's name in a folder that exists.",
    ),
    "backup_is_the_database": (
        "{path}은(는) 지금 쓰는 데이터베이스 자체입니다. 백업 파일을 고르세요.",
        "{path} is the database in use itself; choose a backup file.",
    ),
    "restore_failed": (
        "{path}에 복원하지 못했습니다: {reason}. 데이터베이스는 복원하기 전 그대로입니다.",
        "Could not restore into {path}: {reason}. The database is as it was before.",
    ),
    "backup_done": (
        "백업했습니다: {path} (입주기업 {tenants:,}, 계약 {leases:,}, 예약 {bookings:,})",
        "Backed up to {path} ({tenants:,} tenants, {leases:,} leases, {bookings:,} bookings)",
    ),
    "restore_done": (
        "{path}에서 복원했습니다. 복원하기 전의 데이터베이스는 {safety}에 백업해 두었습니다.",
        "Restored from {path}. The database as it was before is backed up in {safety}.",
    ),
    "warning_prefix": ("주의", "note"),
    "sqlite_damaged": ("파일이 손상되었습니다", "the file is damaged"),
    "sqlite_damaged_where": ("파일이 손상되었습니다: {where}", "the file is damaged: {where}"),
    "backup_reason_daily": ("매일", "daily"),
    "backup_reason_import": ("가져오기 전", "before an import"),
    "backup_reason_upgrade": ("업그레이드 전", "before an upgrade"),
    "backup_reason_manual": ("직접", "by hand"),
    "backup_reason_safety": ("복원 전", "before a restore"),
}
