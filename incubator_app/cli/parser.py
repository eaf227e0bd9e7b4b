"""The command line's grammar, with help and usage errors in the person's language."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

from incubator_app.cli import commands
from incubator_app.domain.errors import DomainError, Language
from incubator_app.domain.periods import parse_iso_date
from incubator_app.domain.policy import SETTINGS

# argparse's own sentences (Python's gettext ids), for Korean help and errors.
ARGPARSE_KO = {
    "usage: ": "사용법: ",
    "options": "옵션",
    "positional arguments": "인수",
    "show this help message and exit": "이 도움말을 보여 주고 끝냅니다",
    "the following arguments are required: %s": "다음 항목이 필요합니다: %s",
    "unrecognized arguments: %s": "알 수 없는 인수: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "%(value)r은(는) 쓸 수 없습니다 (가능: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "%(value)r은(는) 올바른 %(type)s 값이 아닙니다",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "expected one argument": "값이 하나 필요합니다",
    "ambiguous option: %(option)s could match %(matches)s": (
        "%(option)s은(는) 여러 옵션과 맞습니다: %(matches)s"
    ),
    "not allowed with argument %s": "%s와(과) 함께 쓸 수 없습니다",
}


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line, ``오류:``/``error:``, exit code 2."""

    language: Language = "ko"

    def error(self, text: str) -> NoReturn:
        prefix = "error" if self.language == "en" else "오류"
        print(f"{prefix}: {self.prog}: {text}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(language: Language) -> Parser:
    """Every sub-command with its options; help in ``language``."""
    argparse._ = (lambda s: s) if language == "en" else (lambda s: ARGPARSE_KO.get(s, s))  # type: ignore[attr-defined]
    Parser.language = language

    def t(korean: str, english: str) -> str:
        return english if language == "en" else korean

    def day(text: str) -> date:
        try:
            return parse_iso_date(text)
        except DomainError as error:
            raise argparse.ArgumentTypeError(error.text(language)) from None

    common = Parser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument(
        "--db",
        help=t(
            "데이터베이스 파일 경로 또는 SQLAlchemy URL (기본: 사용자 데이터 폴더)",
            "database file or SQLAlchemy URL (default: per-user data folder)",
        ),
    )
    common.add_argument(
        "--lang",
        choices=("ko", "en"),
        help=t(
            "메시지 언어 (기본: INCUBATOR_LANG 또는 ko)", "language (default: INCUBATOR_LANG or ko)"
        ),
    )
    parser = Parser(
        prog="incubator",
        description=t(
            "빛고을 창업스테이션 입주기업 관리. 명령 없이 실행하면 데이터베이스를 준비합니다.",
            "STA·G tenant desk. Without a command it prepares the database.",
        ),
        parents=[common],
    )
    # No default for --db here: the action is shared with every sub-command (parents).
    parser.set_defaults(run=commands.start)
    subcommands = parser.add_subparsers(
        title=t("명령", "commands"), metavar="COMMAND", parser_class=Parser
    )

    def command(name: str, handler: commands.Handler, korean: str, english: str) -> Parser:
        sub: Parser = subcommands.add_parser(
            name, help=t(korean, english), description=t(korean, english), parents=[common]
        )
        sub.set_defaults(run=handler)
        return sub

    def listing(
        name: str, handler: commands.Handler, korean: str, english: str, as_of: str | None
    ) -> Parser:
        sub = command(name, handler, korean, english)
        sub.add_argument(
            "--json",
            action="store_true",
            help=t("JSON으로 출력 (없으면 표)", "print JSON (else a table)"),
        )
        if as_of:
            sub.add_argument("--as-of", type=day, metavar="YYYY-MM-DD", help=as_of)
        return sub

    today = t("기준일 (기본: 서울 기준 오늘)", "as-of date (default: today in Seoul)")
    lease_id = t("계약 ID (leases 명령에서 확인)", "lease ID (see the leases command)")
    reason = t(
        "규칙 9-11(초기창업 기간, 최대 보육 기간)의 예외 사유",
        "written reason to override rules 9-11 (early-stage window, incubation cap)",
    )

    sub = command(
        "demo",
        commands.demo_data,
        "예시 기업·계약 만들기 (입주기업이 없는 데이터베이스)",
        "fill a database without tenants with demo companies and leases",
    )
    sub.add_argument(
        "--tenants",
        type=int,
        default=60,
        help=t("기업 수 (기본 60)", "number of companies (default 60)"),
    )
    sub.add_argument(
        "--seed",
        type=int,
        default=1,
        help=t(
            "난수 시드: 같은 시드는 같은 데이터", "random seed: the same seed gives the same data"
        ),
    )

    listing("rooms", commands.rooms, "호실·공간 목록", "rooms and spaces", None)
    sub = command(
        "edit-room",
        commands.edit_room,
        "호실 이름·면적·좌석 수정",
        "correct a room's name, area or seats",
    )
    sub.add_argument("--room", required=True, help=t("호실 번호 또는 이름", "room number or name"))
    sub.add_argument("--name", help=t("새 이름", "new name"))
    sub.add_argument(
        "--area", help=t("전용면적 ㎡ (소수 둘째 자리까지)", "area in ㎡ (two decimals at most)")
    )
    sub.add_argument(
        "--seats",
        type=int,
        help=t(
            "좌석 수(코워킹) 또는 수용 인원(대관 공간)",
            "seats (coworking) or capacity (bookable spaces)",
        ),
    )

    sub = listing("tenants", commands.list_tenants, "입주기업 목록", "tenants", today)
    sub.add_argument(
        "--search",
        help=t("기업명·대표자·사업자등록번호 일부", "part of a name, representative or BRN"),
    )
    sub = command(
        "add-tenant",
        commands.add_tenant,
        "입주기업 등록 (만든 기록을 JSON으로 출력)",
        "register a tenant (prints the record as JSON)",
    )
    _tenant_options(sub, t, day, required=True)
    sub = command(
        "edit-tenant",
        commands.edit_tenant,
        "입주기업 정보 수정 (준 항목만 바뀜)",
        "correct a tenant (only the options given change)",
    )
    sub.add_argument("--tenant", required=True, help=t("사업자등록번호 또는 ID", "BRN or ID"))
    _tenant_options(sub, t, day, required=False)

    sub = command(
        "add-lease",
        commands.add_lease,
        "입주 계약 등록 (만든 기록을 JSON으로 출력)",
        "sign a lease (prints the record as JSON)",
    )
    sub.add_argument("--tenant", required=True, help=t("사업자등록번호 또는 ID", "BRN or ID"))
    sub.add_argument(
        "--room",
        required=True,
        help=t(
            "호실 번호 또는 이름 (예: 301, 코워킹스페이스)",
            "room number or name (e.g. 301, 코워킹스페이스)",
        ),
    )
    sub.add_argument(
        "--start", required=True, type=day, metavar="YYYY-MM-DD", help=t("입주일", "move-in date")
    )
    sub.add_argument(
        "--end",
        type=day,
        metavar="YYYY-MM-DD",
        help=t("계약만료일 (기본: 1년 뒤 전날)", "end date (default: one year less a day)"),
    )
    sub.add_argument(
        "--seats", type=int, help=t("코워킹 좌석 수 (기본 1)", "coworking seats (default 1)")
    )
    for name, korean in (("deposit", "보증금"), ("rent", "월임대료"), ("fee", "월관리비")):
        sub.add_argument(
            f"--{name}",
            default="0",
            metavar="WON",
            help=t(f"{korean}, 원 (예: 1,200,000)", f"{name} in won (e.g. 1,200,000)"),
        )
    sub.add_argument("--override-reason", help=reason)
    sub = command(
        "renew-lease",
        commands.renew_lease,
        "계약 갱신: 같은 호실·조건으로 만료 다음 날부터",
        "renew: the same room and terms from the day after the lease ends",
    )
    sub.add_argument("--lease", required=True, type=int, help=lease_id)
    sub.add_argument(
        "--end",
        type=day,
        metavar="YYYY-MM-DD",
        help=t("새 계약만료일 (기본: 1년)", "new end date (default: one year)"),
    )
    sub.add_argument("--override-reason", help=reason)
    sub = command(
        "end-lease",
        commands.end_lease,
        "퇴실 처리 (이미 처리한 퇴실일의 정정도 가능)",
        "record a move-out (or correct one already recorded)",
    )
    sub.add_argument("--lease", required=True, type=int, help=lease_id)
    sub.add_argument(
        "--on",
        required=True,
        type=day,
        metavar="YYYY-MM-DD",
        help=t("퇴실일 (이날까지 입주)", "move-out date (the last day held)"),
    )
    sub = command(
        "cancel-lease",
        commands.cancel_lease,
        "아직 시작하지 않은 계약 취소",
        "withdraw a lease that has not begun",
    )
    sub.add_argument("--lease", required=True, type=int, help=lease_id)
    listing(
        "leases",
        commands.list_leases,
        "계약 목록 (--as-of를 주면 그날 입주 중인 계약만)",
        "leases (with --as-of, only those covering that day)",
        t("이날 입주 중인 계약만 (없으면 모든 계약)", "only leases covering this day (else all)"),
    )

    listing("occupancy", commands.occupancy_now, "층별 입주 현황", "occupancy per floor", today)
    listing(
        "eligibility",
        commands.standings,
        "입주 중인 기업의 업력과 알림",
        "stage and alerts of the tenants in the building",
        today,
    )
    listing("settings", commands.list_settings, "운영 기준(설정) 목록", "rule settings", None)
    sub = command("set-setting", commands.set_setting, "운영 기준 변경", "change a rule setting")
    sub.add_argument("key", choices=list(SETTINGS), metavar="KEY", help=", ".join(SETTINGS))
    sub.add_argument(
        "value",
        metavar="VALUE",
        help=t("새 값 (예/아니오는 true/false)", "new value (true/false for switches)"),
    )
    return parser


def _tenant_options(
    sub: Parser, t: Callable[[str, str], str], day: Callable[[str], date], required: bool
) -> None:
    sub.add_argument("--name", required=required, help=t("기업명", "company name"))
    sub.add_argument(
        "--type",
        required=required,
        metavar="법인|개인|예비",
        help=t("구분", "type: corporation, individual or pre-founder"),
    )
    sub.add_argument(
        "--brn",
        help=t(
            "사업자등록번호 (예비창업자는 없음)",
            "business registration number (none for a pre-founder)",
        ),
    )
    sub.add_argument(
        "--corp-no", help=t("법인등록번호 (법인만)", "corporation number (corporations only)")
    )
    sub.add_argument(
        "--started",
        type=day,
        metavar="YYYY-MM-DD",
        help=t("개업일(사업개시일)", "business start date"),
    )
    sub.add_argument("--representative", help=t("대표자", "representative"))
    sub.add_argument("--sector", help=t("업종", "sector"))
    sub.add_argument("--employees", type=int, help=t("고용인원", "employees"))
    sub.add_argument("--phone", help=t("연락처", "phone"))
    sub.add_argument("--email", help=t("이메일", "e-mail"))
    sub.add_argument("--notes", help=t("비고", "notes"))
    sub.add_argument(
        "--new-industry",
        action=argparse.BooleanOptionalAction,
        help=t("신산업 창업기업 (창업기업 10년)", "신산업 startup (10 years as a startup)"),
    )
