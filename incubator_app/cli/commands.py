"""Sub-commands: each opens the database, calls one service in one session, prints."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any, NoReturn, TypeVar

from sqlalchemy.orm import Session

from incubator_app.cli import render
from incubator_app.domain.building import pyeong
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.identifiers import parse_entity_type
from incubator_app.domain.money import format_won, parse_won
from incubator_app.domain.periods import parse_iso_date
from incubator_app.domain.policy import SETTINGS
from incubator_app.services import demo, eligibility, leases, occupancy, settings, spaces, tenants
from incubator_app.services.clock import seoul_today
from incubator_app.store.database import open_database

Handler = Callable[[argparse.Namespace, Language], int]
T = TypeVar("T")


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage mistake as one line and exit code 2."""

    def error(self, text: str) -> NoReturn:
        print(f"{self.prog}: {text}", file=sys.stderr)
        raise SystemExit(2)


def build_parser(language: Language) -> Parser:
    def t(korean: str, english: str) -> str:
        return english if language == "en" else korean

    parser = Parser(
        prog="incubator", description=t("빛고을 창업스테이션 입주기업 관리", "STA·G tenant desk")
    )
    parser.add_argument(
        "--db",
        help=t("데이터베이스 파일 경로 또는 SQLAlchemy URL", "database file or SQLAlchemy URL"),
    )
    parser.add_argument(
        "--lang", choices=("ko", "en"), help=t("메시지 언어", "language of messages")
    )
    parser.set_defaults(run=_start)
    commands = parser.add_subparsers(title=t("명령", "commands"), parser_class=Parser)

    def command(name: str, handler: Handler, korean: str, english: str) -> Parser:
        sub: Parser = commands.add_parser(
            name, help=t(korean, english), description=t(korean, english)
        )
        sub.set_defaults(run=handler)
        return sub

    def listing(
        name: str, handler: Handler, korean: str, english: str, as_of: bool = True
    ) -> Parser:
        sub = command(name, handler, korean, english)
        sub.add_argument("--json", action="store_true", help=t("JSON으로 출력", "print JSON"))
        if as_of:
            sub.add_argument(
                "--as-of", type=_date, help=t("기준일 (기본: 오늘)", "as-of date (default today)")
            )
        return sub

    sub = command(
        "demo",
        _demo,
        "예시 데이터 만들기 (빈 데이터베이스)",
        "fill an empty database with demo data",
    )
    sub.add_argument("--tenants", type=int, default=60, help=t("기업 수", "number of companies"))
    sub.add_argument("--seed", type=int, default=1, help=t("난수 시드", "random seed"))

    listing("rooms", _rooms, "호실·공간 목록", "rooms and spaces", as_of=False)
    sub = command(
        "edit-room", _edit_room, "호실 이름·면적·좌석 수정", "correct a room's name, area or seats"
    )
    sub.add_argument("--room", required=True, help=t("호실 번호 또는 이름", "room number or name"))
    sub.add_argument("--name")
    sub.add_argument("--area", help=t("면적 ㎡", "area in ㎡"))
    sub.add_argument("--seats", type=int, help=t("좌석·수용 인원", "seats or capacity"))

    sub = listing("tenants", _tenants, "입주기업 목록", "tenants")
    sub.add_argument(
        "--search", help=t("기업명·대표자·사업자등록번호", "name, representative or BRN")
    )
    sub = command("add-tenant", _add_tenant, "입주기업 등록", "register a tenant")
    _tenant_options(sub, t, required=True)
    sub = command("edit-tenant", _edit_tenant, "입주기업 정보 수정", "correct a tenant")
    sub.add_argument("--tenant", required=True, help=t("사업자등록번호 또는 ID", "BRN or ID"))
    _tenant_options(sub, t, required=False)

    sub = command("add-lease", _add_lease, "입주 계약 등록", "sign a lease")
    sub.add_argument("--tenant", required=True, help=t("사업자등록번호 또는 ID", "BRN or ID"))
    sub.add_argument("--room", required=True, help=t("호실 번호 또는 이름", "room number or name"))
    sub.add_argument("--start", required=True, type=_date, help=t("입주일", "move-in date"))
    sub.add_argument(
        "--end", type=_date, help=t("계약만료일 (기본: 1년)", "end date (default one year)")
    )
    sub.add_argument("--seats", type=int, help=t("코워킹 좌석 수", "coworking seats"))
    for name, korean in (("deposit", "보증금"), ("rent", "월임대료"), ("fee", "월관리비")):
        sub.add_argument(f"--{name}", default="0", help=t(f"{korean}(원)", f"{name} in won"))
    sub.add_argument("--override-reason", help=t("예외 입주 사유", "written reason to override"))
    sub = command(
        "renew-lease",
        _renew_lease,
        "계약 갱신 (만료 다음 날부터)",
        "renew a lease from the day after it ends",
    )
    sub.add_argument("--lease", required=True, type=int)
    sub.add_argument("--end", type=_date)
    sub.add_argument("--override-reason")
    sub = command("end-lease", _end_lease, "퇴실 처리", "end a lease on a move-out date")
    sub.add_argument("--lease", required=True, type=int)
    sub.add_argument("--on", required=True, type=_date, help=t("퇴실일", "move-out date"))
    listing(
        "leases",
        _leases,
        "계약 목록 (기준일 입주 중인 계약)",
        "leases (those covering --as-of when given)",
    )

    listing("occupancy", _occupancy, "층별 입주 현황", "occupancy per floor")
    listing("eligibility", _eligibility, "입주기업 업력·알림", "tenants' stage and alerts")
    listing("settings", _settings, "운영 기준 설정 목록", "rule settings", as_of=False)
    sub = command("set-setting", _set_setting, "운영 기준 설정 변경", "change a rule setting")
    sub.add_argument("key")
    sub.add_argument("value")
    return parser


def _tenant_options(sub: Parser, t: Callable[[str, str], str], required: bool) -> None:
    sub.add_argument("--name", required=required, help=t("기업명", "company name"))
    sub.add_argument("--type", required=required, help="법인|개인|예비")
    sub.add_argument("--brn", help=t("사업자등록번호", "business registration number"))
    sub.add_argument("--corp-no", help=t("법인등록번호", "corporation number"))
    sub.add_argument("--started", type=_date, help=t("개업일", "business start date"))
    sub.add_argument("--representative", help=t("대표자", "representative"))
    sub.add_argument("--sector", help=t("업종", "sector"))
    sub.add_argument("--employees", type=int, help=t("고용인원", "employees"))
    sub.add_argument("--phone", help=t("연락처", "phone"))
    sub.add_argument("--email", help=t("이메일", "e-mail"))
    sub.add_argument("--notes", help=t("비고", "notes"))
    sub.add_argument(
        "--new-industry",
        action=argparse.BooleanOptionalAction,
        help=t("신산업 창업기업", "신산업 (10-year) startup"),
    )


def _date(text: str) -> date:
    try:
        return parse_iso_date(text)
    except DomainError as error:
        raise argparse.ArgumentTypeError(error.text()) from None


def _call(args: argparse.Namespace, action: Callable[[Session], T], *, write: bool = False) -> T:
    """One database, one session, one service call."""
    db = open_database(args.db)
    try:
        with db.session(write=write) as session:
            return action(session)
    finally:
        db.dispose()


def _as_of(args: argparse.Namespace) -> date:
    return args.as_of or seoul_today()


def _emit(args: argparse.Namespace, data: object, text: Callable[[], str]) -> int:
    print(render.dumps(data) if getattr(args, "json", True) else text())
    return 0


def _start(args: argparse.Namespace, language: Language) -> int:
    db = open_database(args.db)
    db.dispose()
    print(message("app_ready", language, path=db.location))
    return 0


def _demo(args: argparse.Namespace, language: Language) -> int:
    made = _call(
        args, lambda s: demo.make_demo(s, args.tenants, args.seed, seoul_today()), write=True
    )
    print(message("demo_done", language, tenants=made.tenants, leases=made.leases))
    return 0


def _stage(stage: Stage, language: Language) -> str:
    return message(f"stage_{stage.value}", language)


def _area(area_m2: Decimal | None) -> str:
    """㎡, with 평 beside it (never alone)."""
    return "" if area_m2 is None else f"{area_m2} ({pyeong(area_m2)}평)"


def _headers(language: Language, korean: str, english: str) -> list[str]:
    return (english if language == "en" else korean).split("|")


def _rooms(args: argparse.Namespace, language: Language) -> int:
    found = _call(args, spaces.list_spaces)
    headers = _headers(
        language, "호실|이름|층|종류|면적(㎡)|좌석·인원", "room|name|floor|kind|area m2|capacity"
    )
    rows = [
        (
            s.number,
            s.name,
            s.floor_label,
            message(f"kind_{s.kind.value}", language),
            _area(s.area_m2),
            s.capacity,
        )
        for s in found
    ]
    return _emit(args, [render.room_json(s) for s in found], lambda: render.table(headers, rows))


def _edit_room(args: argparse.Namespace, language: Language) -> int:
    changed = _call(
        args,
        lambda s: spaces.update_space(
            s, args.room, seoul_today(), name=args.name, area_m2=args.area, capacity=args.seats
        ),
        write=True,
    )
    print(render.dumps(render.room_json(changed)))
    return 0


def _tenants(args: argparse.Namespace, language: Language) -> int:
    found = _call(args, lambda s: tenants.list_tenants(s, _as_of(args), args.search))
    headers = _headers(
        language,
        "ID|기업명|구분|사업자등록번호|개업일|업력|초기창업 만료일",
        "ID|name|type|BRN|started|stage|early-stage until",
    )
    rows = [
        (
            t.id,
            t.name,
            t.entity.value,
            t.brn,
            t.started_on,
            _stage(t.stage, language),
            t.early_stage_until,
        )
        for t in found
    ]
    return _emit(
        args, [render.tenant_json(t, language) for t in found], lambda: render.table(headers, rows)
    )


def _typed_tenant(args: argparse.Namespace) -> dict[str, Any]:
    """The tenant fields given on the command line (an empty string clears a field)."""
    typed = {
        "name": args.name,
        "entity": parse_entity_type(args.type) if args.type is not None else None,
        "brn": args.brn,
        "corporation_no": args.corp_no,
        "started_on": args.started,
        "representative": args.representative,
        "sector": args.sector,
        "employees": args.employees,
        "phone": args.phone,
        "email": args.email,
        "notes": args.notes,
        "new_industry": args.new_industry,
    }
    return {key: value for key, value in typed.items() if value is not None}


def _add_tenant(args: argparse.Namespace, language: Language) -> int:
    data = tenants.TenantInput(**_typed_tenant(args))
    created = _call(args, lambda s: tenants.create_tenant(s, data, seoul_today()), write=True)
    return _print_tenant(created, language)


def _edit_tenant(args: argparse.Namespace, language: Language) -> int:
    def edit(session: Session) -> tenants.TenantView:
        current = tenants.get_tenant(session, args.tenant, seoul_today())
        data = replace(tenants.input_of(current), **_typed_tenant(args))
        return tenants.update_tenant(session, current.id, data, seoul_today())

    return _print_tenant(_call(args, edit, write=True), language)


def _print_tenant(tenant: tenants.TenantView, language: Language) -> int:
    for notice in tenant.notices:
        print(notice.text(language), file=sys.stderr)
    print(render.dumps(render.tenant_json(tenant, language)))
    return 0


def _add_lease(args: argparse.Namespace, language: Language) -> int:
    data = leases.LeaseInput(
        tenant=args.tenant,
        room=args.room,
        start=args.start,
        end=args.end,
        seats=args.seats,
        deposit=parse_won(args.deposit, "deposit"),
        rent=parse_won(args.rent, "rent"),
        fee=parse_won(args.fee, "fee"),
        override_reason=args.override_reason,
    )
    created = _call(args, lambda s: leases.create_lease(s, data), write=True)
    print(render.dumps(render.lease_json(created)))
    return 0


def _renew_lease(args: argparse.Namespace, language: Language) -> int:
    renewed = _call(
        args,
        lambda s: leases.renew_lease(s, args.lease, args.end, args.override_reason),
        write=True,
    )
    print(render.dumps(render.lease_json(renewed)))
    return 0


def _end_lease(args: argparse.Namespace, language: Language) -> int:
    ended = _call(args, lambda s: leases.terminate_lease(s, args.lease, args.on), write=True)
    print(render.dumps(render.lease_json(ended)))
    return 0


def _leases(args: argparse.Namespace, language: Language) -> int:
    found = _call(args, lambda s: leases.list_leases(s, args.as_of))
    headers = _headers(
        language,
        "ID|호실|기업명|입주일|계약만료일|퇴실일|좌석|보증금|월임대료|월관리비",
        "ID|room|tenant|start|end|moved out|seats|deposit|rent|fee",
    )
    rows = [
        (
            x.id,
            x.room,
            x.tenant_name,
            x.start,
            x.end,
            x.terminated_on,
            x.seats,
            format_won(x.deposit),
            format_won(x.rent),
            format_won(x.fee),
        )
        for x in found
    ]
    return _emit(args, [render.lease_json(x) for x in found], lambda: render.table(headers, rows))


def _occupancy(args: argparse.Namespace, language: Language) -> int:
    found = _call(args, lambda s: occupancy.occupancy_on(s, _as_of(args)))
    headers = _headers(
        language,
        "층|보육실|입주|투자사실|입주|면적(㎡)|입주 면적(㎡)|코워킹 좌석|사용",
        "floor|startup rooms|occupied|investor rooms|occupied|area m2|occupied m2|seats|used",
    )
    rows = [
        (
            f.label,
            f.startup_rooms,
            f.startup_occupied,
            f.investor_rooms,
            f.investor_occupied,
            f.leasable_area_m2,
            f.occupied_area_m2,
            f.coworking_seats,
            f.coworking_used,
        )
        for f in (*found.floors, found.total)
    ]
    return _emit(args, render.occupancy_json(found), lambda: render.table(headers, rows))


def _eligibility(args: argparse.Namespace, language: Language) -> int:
    found = _call(args, lambda s: eligibility.standings_on(s, _as_of(args)))
    headers = _headers(
        language,
        "ID|기업명|업력|초기창업 만료일|남은 일수|알림",
        "ID|name|stage|early-stage until|days left|alerts",
    )
    rows = [
        (
            x.tenant_id,
            x.name,
            _stage(x.stage, language),
            x.early_stage_until,
            x.days_left,
            ", ".join(message(f"alert_{a.code.value}", language) for a in x.alerts),
        )
        for x in found
    ]
    return _emit(
        args, [render.standing_json(x) for x in found], lambda: render.table(headers, rows)
    )


def _settings(args: argparse.Namespace, language: Language) -> int:
    policy = _call(args, settings.load_policy)
    values = policy.as_text()
    data = [
        {
            "key": key,
            "value": values[key],
            "basis": spec.basis,
            "label": spec.en if language == "en" else spec.ko,
        }
        for key, spec in SETTINGS.items()
    ]
    headers = _headers(language, "설정|값|근거|설명", "key|value|basis|meaning")
    rows = [(d["key"], d["value"], d["basis"], d["label"]) for d in data]
    return _emit(args, data, lambda: render.table(headers, rows))


def _set_setting(args: argparse.Namespace, language: Language) -> int:
    policy = _call(args, lambda s: settings.change_setting(s, args.key, args.value), write=True)
    print(message("setting_saved", language, key=args.key, value=policy.as_text()[args.key]))
    return 0
