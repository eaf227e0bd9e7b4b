"""Sub-commands: each opens the database, calls one service in one session, prints."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from incubator_app.cli import render
from incubator_app.domain.building import area_figure, show_area
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.headings import Heading, headings
from incubator_app.domain.identifiers import parse_entity_type
from incubator_app.domain.labels import alert_name, entity_name, floor_name, kind_name, stage_name
from incubator_app.domain.money import format_won
from incubator_app.domain.policy import SETTINGS
from incubator_app.services import (
    demo,
    eligibility,
    lease_lists,
    leases,
    occupancy,
    settings,
    spaces,
    tenants,
)
from incubator_app.services.clock import seoul_today
from incubator_app.store.database import Database, open_database, resolve
from incubator_app.store.migrations import SCHEMA

Handler = Callable[[argparse.Namespace, Language], int]
T = TypeVar("T")


def call(
    args: argparse.Namespace,
    action: Callable[[Session], T],
    *,
    write: bool = False,
    create: bool = False,
) -> T:
    """One database, one session, one service call."""
    db = opened(args, create=create)
    try:
        with db.session(write=write) as session:
            return action(session)
    finally:
        db.dispose()


def opened(args: argparse.Namespace, *, create: bool = False, tell: bool = True) -> Database:
    """The database ``--db`` names; what went wrong on the way without stopping the work
    (a backup folder that cannot be written) said on stderr, unless the command is to
    say it itself (``tell=False``)."""
    db = open_database(_db(args), create=create)
    language: Language = "en" if getattr(args, "language", "ko") == "en" else "ko"
    for warning in db.warnings if tell else ():
        print(f"{message('warning_prefix', language)}: {warning.text(language)}", file=sys.stderr)
    return db


def _db(args: argparse.Namespace) -> str | None:
    """``--db``, given before or after the command."""
    return getattr(args, "db", None)


def _emit(args: argparse.Namespace, data: object, text: Callable[[], str]) -> int:
    print(render.dumps(data) if getattr(args, "json", True) else text())
    return 0


def _record(data: object) -> int:
    print(render.dumps(data))
    return 0


def as_of(args: argparse.Namespace) -> date:
    return args.as_of or seoul_today()


def _label(language: Language, code: str) -> str:
    return message(code, language)


def _floor(language: Language, level: int | None, label: str) -> str:
    if level is None:
        return _label(language, "total")
    return floor_name(level, label, language)


def _area(area_m2: Decimal | None) -> str:
    """㎡, with 평 beside it (never alone)."""
    return "" if area_m2 is None else show_area(area_m2)


def _won(language: Language, amount: int) -> str:
    return f"{amount:,}" if language == "en" else format_won(amount)


def start(args: argparse.Namespace, language: Language) -> int:
    """No command: the desktop window (the one place the command line starts Qt)."""
    from incubator_app.cli import LANGUAGE_VARIABLE
    from incubator_app.ui.display import open_window

    chosen = args.lang or os.environ.get(LANGUAGE_VARIABLE)  # else the window's own setting
    return open_window(_db(args), language if chosen else None)


def screenshots(args: argparse.Namespace, language: Language) -> int:
    """PNG files of each page; without a display, Qt's offscreen platform draws them."""
    from incubator_app.ui.display import QT_LIBRARIES, check_libraries

    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    check_libraries(QT_LIBRARIES)
    from incubator_app.ui.app import screenshots as draw

    for path in draw(args.folder, language):
        print(path)
    return 0


def init(args: argparse.Namespace, language: Language) -> int:
    """A database ready for the desk, without a window: ``{location, revision, created}``."""
    db = open_database(_db(args), create=True)
    db.dispose()
    return _record({"location": db.location, "revision": SCHEMA, "created": db.created})


def copy_database(args: argparse.Namespace, language: Language) -> int:
    """Every record into a new, empty database: ``{from, to, tables: [{name, rows,
    checksum}], same}`` (a difference is refused, and nothing kept)."""
    from incubator_app.store.copying import copy_database as copy

    source = resolve(_db(args))
    if source.path is not None and not source.path.exists():  # no station to copy: none made
        raise DomainError("db_missing", path=source.shown)
    db = open_database(_db(args), create=False)
    try:
        copied = copy(db, args.to)
    finally:
        db.dispose()
    return _record(
        {
            "from": copied.source,
            "to": copied.target,
            "tables": [asdict(table) for table in copied.tables],
            "same": True,
        }
    )


def demo_data(args: argparse.Namespace, language: Language) -> int:
    demo.check_demo_size(args.tenants)  # before a new database file is made for it
    made = call(
        args,
        lambda s: demo.make_demo(s, args.tenants, args.seed, seoul_today()),
        write=True,
        create=True,
    )
    print(message("demo_done", language, **asdict(made)))
    return 0


def rooms(args: argparse.Namespace, language: Language) -> int:
    found = call(args, spaces.list_spaces)
    headers = headings(
        (
            Heading.ROOM,
            Heading.ROOM_NAME,
            Heading.FLOOR,
            Heading.KIND,
            Heading.AREA,
            Heading.CAPACITY,
        ),
        language,
    )
    rows = [
        (
            s.number,
            s.name,
            _floor(language, s.floor, s.floor_label),
            kind_name(s.kind, language),
            _area(s.area_m2),
            s.capacity,
        )
        for s in found
    ]
    return _emit(args, [render.room_json(s) for s in found], lambda: render.table(headers, rows))


def edit_room(args: argparse.Namespace, language: Language) -> int:
    changed = call(
        args,
        lambda s: spaces.update_space(
            s, args.room, seoul_today(), name=args.name, area_m2=args.area, capacity=args.seats
        ),
        write=True,
    )
    return _record(render.room_json(changed))


def list_tenants(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: tenants.list_tenants(s, as_of(args), args.search))
    headers = headings(
        (Heading.ID, Heading.TENANT_NAME, Heading.ENTITY, Heading.BRN, Heading.STARTED_ON,
         Heading.STAGE, Heading.EARLY_STAGE_UNTIL),
        language,
    )  # fmt: skip
    rows = [
        (
            t.id,
            t.name,
            entity_name(t.entity, language),
            t.brn,
            t.started_on,
            stage_name(t.stage, language),
            t.early_stage_until,
        )
        for t in found
    ]
    return _emit(
        args, [render.tenant_json(t, language) for t in found], lambda: render.table(headers, rows)
    )


def _typed_tenant(args: argparse.Namespace) -> dict[str, Any]:
    """The tenant fields given on the command line; an empty value clears a field."""
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
    return {
        key: (None if value == "" else value) for key, value in typed.items() if value is not None
    }


def add_tenant(args: argparse.Namespace, language: Language) -> int:
    data = tenants.TenantInput(**_typed_tenant(args))
    created = call(args, lambda s: tenants.create_tenant(s, data, seoul_today()), write=True)
    return _print_tenant(created, language)


def edit_tenant(args: argparse.Namespace, language: Language) -> int:
    def edit(session: Session) -> tenants.TenantView:
        current = tenants.get_tenant(session, args.tenant, seoul_today())
        data = replace(tenants.input_of(current), **_typed_tenant(args))
        return tenants.update_tenant(session, current.id, data, seoul_today())

    return _print_tenant(call(args, edit, write=True), language)


def _print_tenant(tenant: tenants.TenantView, language: Language) -> int:
    """The record on stdout; warnings that did not refuse it on stderr."""
    for notice in tenant.notices:
        print(notice.text(language), file=sys.stderr)
    return _record(render.tenant_json(tenant, language))


def add_lease(args: argparse.Namespace, language: Language) -> int:
    data = leases.LeaseInput(
        tenant=args.tenant,
        room=args.room,
        start=args.start,
        end=args.end,
        seats=args.seats,
        deposit=args.deposit,
        rent=args.rent,
        fee=args.fee,
        override_reason=args.override_reason,
    )
    return _record(
        render.lease_json(call(args, lambda s: leases.create_lease(s, data), write=True))
    )


def renew_lease(args: argparse.Namespace, language: Language) -> int:
    renewed = call(
        args,
        lambda s: leases.renew_lease(s, args.lease, args.end, args.override_reason),
        write=True,
    )
    return _record(render.lease_json(renewed))


def end_lease(args: argparse.Namespace, language: Language) -> int:
    ended = call(args, lambda s: leases.terminate_lease(s, args.lease, args.on), write=True)
    return _record(render.lease_json(ended))


def cancel_lease(args: argparse.Namespace, language: Language) -> int:
    cancelled = call(args, lambda s: leases.cancel_lease(s, args.lease, seoul_today()), write=True)
    print(message("lease_cancelled", language, value=cancelled.id, room=cancelled.room))
    return 0


def list_leases(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: lease_lists.list_leases(s, args.as_of))
    headers = headings(
        (Heading.ID, Heading.ROOM, Heading.TENANT_NAME, Heading.START, Heading.END,
         Heading.MOVED_OUT, Heading.SEATS, Heading.DEPOSIT, Heading.RENT, Heading.FEE),
        language,
    )  # fmt: skip
    rows = [
        (
            x.id,
            x.room,
            x.tenant_name,
            x.start,
            x.end,
            x.terminated_on,
            x.seats,
            _won(language, x.deposit),
            _won(language, x.rent),
            _won(language, x.fee),
        )
        for x in found
    ]
    return _emit(args, [render.lease_json(x) for x in found], lambda: render.table(headers, rows))


def occupancy_now(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: occupancy.occupancy_on(s, as_of(args)))
    headers = headings(
        (Heading.FLOOR, Heading.STARTUP_ROOMS, Heading.STARTUP_OCCUPIED, Heading.INVESTOR_ROOMS,
         Heading.INVESTOR_OCCUPIED, Heading.LEASABLE_AREA, Heading.OCCUPIED_AREA,
         Heading.COWORKING_SEATS, Heading.SEATS_USED),
        language,
    )  # fmt: skip
    rows = [
        (
            _floor(language, f.floor, f.label),
            f.startup_rooms,
            f.startup_occupied,
            f.investor_rooms,
            f.investor_occupied,
            area_figure(f.leasable_area_m2),
            area_figure(f.occupied_area_m2),
            f.coworking_seats,
            f.coworking_used,
        )
        for f in (*found.floors, found.total)
    ]
    return _emit(args, render.occupancy_json(found), lambda: render.table(headers, rows))


def standings(args: argparse.Namespace, language: Language) -> int:
    found = call(args, lambda s: eligibility.standings_on(s, as_of(args)))
    headers = headings(
        (Heading.ID, Heading.TENANT_NAME, Heading.STAGE, Heading.EARLY_STAGE_UNTIL,
         Heading.DAYS_LEFT, Heading.ALERTS),
        language,
    )  # fmt: skip
    rows = [
        (
            x.tenant_id,
            x.name,
            stage_name(x.stage, language),
            x.early_stage_until,
            x.days_left,
            ", ".join(alert_name(a.code, language) for a in x.alerts),
        )
        for x in found
    ]
    return _emit(
        args, [render.standing_json(x) for x in found], lambda: render.table(headers, rows)
    )


def list_settings(args: argparse.Namespace, language: Language) -> int:
    values = call(args, settings.load_policy).as_text()
    data = [
        {
            "key": key,
            "value": values[key],
            "basis": spec.basis,
            "label": spec.en if language == "en" else spec.ko,
        }
        for key, spec in SETTINGS.items()
    ]
    headers = headings((Heading.SETTING, Heading.VALUE, Heading.BASIS, Heading.MEANING), language)
    rows = [(d["key"], d["value"], d["basis"], d["label"]) for d in data]
    return _emit(args, data, lambda: render.table(headers, rows))


def set_setting(args: argparse.Namespace, language: Language) -> int:
    policy = call(args, lambda s: settings.change_setting(s, args.key, args.value), write=True)
    print(message("setting_saved", language, key=args.key, value=policy.as_text()[args.key]))
    return 0
