"""Every sub-command of the command line with its options (help in the person's language)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from incubator_app.cli import booking_commands, commands, excel_commands, print_commands
from incubator_app.cli.grammar import ARGPARSE_KO, Grammar, Parser
from incubator_app.domain.bookings import BookingStatus
from incubator_app.domain.errors import Language
from incubator_app.domain.policy import SETTINGS

__all__ = ["build_parser"]


def build_parser(language: Language) -> Parser:
    """Every sub-command with its options; help and usage errors in ``language``."""
    argparse._ = (lambda s: s) if language == "en" else (lambda s: ARGPARSE_KO.get(s, s))  # type: ignore[attr-defined]
    Parser.language = language
    grammar = Grammar(language)
    _building(grammar)
    _tenants(grammar)
    _leases(grammar)
    _reports(grammar)
    _excel(grammar)
    _printing(grammar)
    _bookings(grammar)
    return grammar.parser


def _building(g: Grammar) -> None:
    g.command(
        "init",
        commands.init,
        "데이터베이스 만들기 (건물 정보를 넣음) 또는 예전 버전 올리기 (백업 후); 결과를 JSON으로",
        "create a database (with the building) or upgrade an older one (after a backup); "
        "prints JSON",
    )
    sub = g.command(
        "demo",
        commands.demo_data,
        "예시 기업·계약 만들기 (입주기업이 없는 데이터베이스)",
        "fill a database without tenants with demo companies and leases",
    )
    g.option(
        sub,
        "--tenants",
        "기업 수 (기본 60)",
        "number of companies (default 60)",
        type=g.whole,
        default=60,
    )
    g.option(
        sub,
        "--seed",
        "난수 시드: 같은 시드는 같은 데이터",
        "random seed: the same seed gives the same data",
        type=g.whole,
        default=1,
    )
    sub = g.command(
        "screenshots",
        commands.screenshots,
        "창의 각 화면을 데모 데이터로 PNG 파일에 그리기 (화면 없이도)",
        "draw each page of the window with demo data to PNG files (no screen needed)",
    )
    g.option(sub, "folder", "PNG를 둘 폴더", "folder for the PNG files", type=Path)
    g.listing("rooms", commands.rooms, "호실·공간 목록", "rooms and spaces", None)
    sub = g.command(
        "edit-room",
        commands.edit_room,
        "호실 이름·면적·좌석 수정",
        "correct a room's name, area or seats",
    )
    g.option(sub, "--room", "호실 번호 또는 이름", "room number or name", required=True)
    g.option(sub, "--name", "새 이름", "new name")
    g.option(sub, "--area", "전용면적 ㎡ (소수 둘째 자리까지)", "area in ㎡ (two decimals at most)")
    g.option(
        sub,
        "--seats",
        "좌석 수(코워킹) 또는 수용 인원(대관 공간)",
        "seats (coworking) or capacity (bookable spaces)",
        type=g.whole,
    )


def _tenants(g: Grammar) -> None:
    sub = g.listing("tenants", commands.list_tenants, "입주기업 목록", "tenants", g.today)
    g.option(
        sub,
        "--search",
        "기업명·대표자·사업자등록번호 일부",
        "part of a name, representative or BRN",
    )
    sub = g.command(
        "add-tenant",
        commands.add_tenant,
        "입주기업 등록 (만든 기록을 JSON으로 출력)",
        "register a tenant (prints the record as JSON)",
    )
    _tenant_options(g, sub, required=True)
    sub = g.command(
        "edit-tenant",
        commands.edit_tenant,
        '입주기업 정보 수정 (준 항목만 바뀌고, 빈 값 ""은 지움)',
        'correct a tenant (only the options given change; "" clears one)',
    )
    g.option(sub, "--tenant", "사업자등록번호 또는 ID", "BRN or ID", required=True)
    _tenant_options(g, sub, required=False)


def _tenant_options(g: Grammar, sub: Parser, required: bool) -> None:
    g.option(sub, "--name", "기업명", "company name", required=required)
    g.option(
        sub,
        "--type",
        "구분",
        "type: corporation, individual or pre-founder",
        required=required,
        metavar=g.t("법인|개인|예비", "corp|individual|pre"),
    )
    g.option(
        sub,
        "--brn",
        "사업자등록번호 (예비창업자는 없음)",
        "business registration number (none for a pre-founder)",
    )
    g.option(sub, "--corp-no", "법인등록번호 (법인만)", "corporation number (corporations only)")
    g.option(
        sub,
        "--started",
        "개업일(사업개시일)",
        "business start date",
        type=g.day_or_clear,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--representative", "대표자", "representative")
    g.option(sub, "--sector", "업종", "sector")
    g.option(sub, "--employees", "고용인원", "employees", type=_count_or_clear(g))
    g.option(sub, "--phone", "연락처", "phone")
    g.option(sub, "--email", "이메일", "e-mail")
    g.option(sub, "--notes", "비고", "notes")
    g.option(
        sub,
        "--new-industry",
        "신산업 창업기업 (창업기업 10년)",
        "신산업 startup (10 years as a startup)",
        action=argparse.BooleanOptionalAction,
    )


def _count_or_clear(g: Grammar) -> Callable[[str], int | str]:
    """As ``Grammar.whole``; an empty value clears the field when correcting a record."""
    return lambda text: "" if not text.strip() else g.whole(text)


def _leases(g: Grammar) -> None:
    lease_id = ("계약 ID (leases 명령에서 확인)", "lease ID (see the leases command)")
    reason = (
        "규칙 9-11(초기창업 기간, 최대 보육 기간)의 예외 사유",
        "written reason to override rules 9-11 (early-stage window, incubation cap)",
    )
    sub = g.command(
        "add-lease",
        commands.add_lease,
        "입주 계약 등록 (만든 기록을 JSON으로 출력)",
        "sign a lease (prints the record as JSON)",
    )
    g.option(sub, "--tenant", "사업자등록번호 또는 ID", "BRN or ID", required=True)
    g.option(
        sub,
        "--room",
        "호실 번호 또는 이름 (예: 301, 코워킹스페이스)",
        "room number or name (e.g. 301, 코워킹스페이스)",
        required=True,
    )
    g.option(
        sub, "--start", "입주일", "move-in date", required=True, type=g.day, metavar="YYYY-MM-DD"
    )
    g.option(
        sub,
        "--end",
        "계약만료일 (기본: 1년 뒤 전날)",
        "end date (default: one year less a day)",
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--seats", "코워킹 좌석 수 (기본 1)", "coworking seats (default 1)", type=g.whole)
    for name, korean in (("deposit", "보증금"), ("rent", "월임대료"), ("fee", "월관리비")):
        g.option(
            sub,
            f"--{name}",
            f"{korean}, 원 (예: 1,200,000)",
            f"{name} in won (e.g. 1,200,000)",
            default="0",
            metavar="WON",
        )
    g.option(sub, "--override-reason", *reason)
    sub = g.command(
        "renew-lease",
        commands.renew_lease,
        "계약 갱신: 같은 호실·조건으로 만료 다음 날부터",
        "renew: the same room and terms from the day after the lease ends",
    )
    g.option(sub, "--lease", *lease_id, required=True, type=g.whole)
    g.option(
        sub,
        "--end",
        "새 계약만료일 (기본: 1년)",
        "new end date (default: one year)",
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    g.option(sub, "--override-reason", *reason)
    sub = g.command(
        "end-lease",
        commands.end_lease,
        "퇴실 처리 (이미 처리한 퇴실일의 정정도 가능)",
        "record a move-out (or correct one already recorded)",
    )
    g.option(sub, "--lease", *lease_id, required=True, type=g.whole)
    g.option(
        sub,
        "--on",
        "퇴실일 (이날까지 입주)",
        "move-out date (the last day held)",
        required=True,
        type=g.day,
        metavar="YYYY-MM-DD",
    )
    sub = g.command(
        "cancel-lease",
        commands.cancel_lease,
        "아직 시작하지 않은 계약 취소",
        "withdraw a lease that has not begun",
    )
    g.option(sub, "--lease", *lease_id, required=True, type=g.whole)
    g.listing(
        "leases",
        commands.list_leases,
        "계약 목록 (--as-of를 주면 그날 입주 중인 계약만)",
        "leases (with --as-of, only those covering that day)",
        g.t("이날 입주 중인 계약만 (없으면 모든 계약)", "only leases covering this day (else all)"),
    )


def _reports(g: Grammar) -> None:
    g.listing("occupancy", commands.occupancy_now, "층별 입주 현황", "occupancy per floor", g.today)
    g.listing(
        "eligibility",
        commands.standings,
        "입주 중인 기업의 업력과 알림",
        "stage and alerts of the tenants in the building",
        g.today,
    )
    g.listing("settings", commands.list_settings, "운영 기준(설정) 목록", "rule settings", None)
    for name in ("set", "set-setting"):
        sub = g.command(name, commands.set_setting, "운영 기준 변경", "change a rule setting")
        sub.add_argument("key", choices=list(SETTINGS), metavar="KEY", help=", ".join(SETTINGS))
        g.option(
            sub,
            "value",
            "새 값 (켜기/끄기는 true/false)",
            "new value (true/false for switches)",
            metavar="VALUE",
        )


def _bookings(g: Grammar) -> None:
    sub = g.command(
        "book",
        booking_commands.book,
        "공용공간 예약 신청 (만든 기록을 JSON으로 출력)",
        "request a shared space (prints the record as JSON)",
    )
    g.option(
        sub, "--space", "공간 번호 또는 이름 (예: 다목적홀)", "space number or name", required=True
    )
    for name in ("--start", "--end"):
        g.option(
            sub, name, "시각 (서울)", "time (Seoul)", required=True, type=g.minute,
            metavar="YYYY-MM-DDTHH:MM",
        )  # fmt: skip
    g.option(sub, "--tenant", "입주기업 사업자등록번호 또는 ID", "tenant BRN or ID")
    g.option(sub, "--external", "외부 단체 이름", "outside organisation")
    g.option(sub, "--contact", "외부 단체 연락처", "the organisation's contact")
    g.option(sub, "--purpose", "목적", "purpose")
    g.option(sub, "--attendees", "인원 (기본 1)", "attendees (default 1)", type=g.whole, default=1)
    g.option(sub, "--weekly", "매주 같은 시간으로 N주", "the same slot for N weeks", type=g.whole)
    g.option(
        sub,
        "--skip-conflicts",
        "안 되는 날짜는 건너뛰고 나머지를 예약 (건너뛴 날짜는 stderr에)",
        "skip the dates that cannot be booked (listed on stderr)",
        action="store_true",
    )
    g.option(
        sub,
        "--override-reason",
        "이용 시간·휴일·길이·기간·입주기업 전용 규칙의 예외 사유",
        "written reason to lift the hours, closed-day, length, window and tenants-only rules",
    )
    sub = g.command(
        "bookings",
        booking_commands.list_bookings,
        "예약 목록 (JSON): 시작일이 기간 안인 모든 예약",
        "bookings (JSON) starting on a day in the range, any status",
    )
    g.option(
        sub, "--json", "JSON으로 출력 (언제나 JSON)", "print JSON (always)", action="store_true"
    )
    g.bookings_range(sub)
    sub = g.command(
        "decide-booking",
        booking_commands.decide_booking,
        "예약 승인·반려·취소·노쇼",
        "approve, reject, cancel or mark a no-show",
    )
    g.option(sub, "--booking", "예약 ID", "booking ID", required=True, type=g.whole)
    g.option(
        sub, "--status", "새 상태", "new status", required=True,
        choices=[*(s.value for s in BookingStatus if s is not BookingStatus.REQUESTED),
                 *booking_commands.STATUS_WORDS],
    )  # fmt: skip


def _printing(g: Grammar) -> None:
    for name, handler, korean, english in (
        (
            "print-occupancy",
            print_commands.print_occupancy,
            "입주 현황 보고를 PDF로 (A4 세로)",
            "the occupancy summary as a PDF (A4 portrait)",
        ),
        (
            "print-roster",
            print_commands.print_roster,
            "입주기업 현황을 PDF로 (A4 가로)",
            "the tenant roster as a PDF (A4 landscape)",
        ),
    ):
        sub = g.command(name, handler, korean, english)
        g.option(sub, "out", "저장할 .pdf 파일", ".pdf file to write", type=Path, metavar="OUT.pdf")
        g.option(sub, "--as-of", g.today, g.today, type=g.day, metavar="YYYY-MM-DD")
    sub = g.command(
        "print-schedule",
        print_commands.print_schedule,
        "공용공간 주간 예약표를 PDF로 (A4 가로, 공간마다 한 쪽)",
        "a week's bookings as a PDF (A4 landscape, a page per space)",
    )
    g.option(sub, "out", "저장할 .pdf 파일", ".pdf file to write", type=Path, metavar="OUT.pdf")
    g.option(
        sub, "--week", "그 주의 아무 날 (기본: 오늘)", "any day of the week (default: today)",
        type=g.day, metavar="YYYY-MM-DD",
    )  # fmt: skip
    g.option(sub, "--space", "한 공간만 (호실 번호나 이름)", "one space only (number or name)")


def _excel(g: Grammar) -> None:
    sub = g.command(
        "export-roster",
        excel_commands.export_roster,
        "입주기업 현황 Excel 내보내기",
        "export the tenant roster to Excel",
    )
    g.option(sub, "out", "저장할 .xlsx 파일", ".xlsx file to write", type=Path, metavar="OUT.xlsx")
    g.option(sub, "--as-of", g.today, g.today, type=g.day, metavar="YYYY-MM-DD")
    g.option(
        sub,
        "--all",
        "입주 계약이 없는 기업까지 모두",
        "every tenant, with or without a lease",
        action="store_true",
    )
    sub = g.command(
        "export-occupancy",
        excel_commands.export_occupancy,
        "층별 입주 현황 Excel 내보내기",
        "export occupancy per floor to Excel",
    )
    g.option(sub, "out", "저장할 .xlsx 파일", ".xlsx file to write", type=Path, metavar="OUT.xlsx")
    g.option(sub, "--as-of", g.today, g.today, type=g.day, metavar="YYYY-MM-DD")
    sub = g.command(
        "export-bookings",
        excel_commands.export_bookings,
        "공용공간 예약 현황 Excel 내보내기 (시작일이 기간 안인 예약)",
        "export the bookings starting in a date range to Excel",
    )
    g.option(sub, "out", "저장할 .xlsx 파일", ".xlsx file to write", type=Path, metavar="OUT.xlsx")
    g.bookings_range(sub)
    sub = g.command(
        "import-roster",
        excel_commands.import_roster,
        "Excel 명단 가져오기: 모든 행이 맞을 때만 기록",
        "import a roster workbook: written only if every row is right",
    )
    g.option(sub, "file", "가져올 .xlsx 파일", ".xlsx file to read", type=Path, metavar="IN.xlsx")
    g.option(
        sub,
        "--dry-run",
        "점검만 하고 기록하지 않음",
        "check every row, write nothing",
        action="store_true",
    )
