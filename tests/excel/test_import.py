"""Rosters people bring: every rule checked, all rows or none, hostile files refused."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from incubator_app.domain.errors import CancelledError, DomainError
from incubator_app.excel.roster import HEADER_ROW, write_roster
from incubator_app.excel.roster_reader import open_roster
from incubator_app.services.demo import make_demo
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.occupancy import occupancy_on
from incubator_app.services.roster import records_id, roster_on, roster_size
from incubator_app.services.roster_import import (
    DryRunDone,
    ImportRefusedError,
    ImportReport,
    import_roster,
)
from incubator_app.services.tenants import list_tenants
from incubator_app.store.database import Database, open_database
from tests.builders import counts, make_lease, make_tenant

TODAY = date(2026, 3, 2)
HEADERS = [
    "기업명",
    "구분",
    "사업자등록번호",
    "개업일",
    "호실",
    "입주일",
    "계약만료일",
    "월임대료(원)",
]


def sheet(path: Path, rows: list[list[Any]], headers: list[str] = HEADERS, above: int = 0) -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    for _ in range(above):
        ws.append(["빛고을 창업스테이션 명단"])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    for line in ws.iter_rows():
        for typed in line:
            if isinstance(typed.value, str) and typed.value.startswith("="):
                typed.data_type = "s"  # typed as text, as Excel does after a leading apostrophe
    book.save(path)
    return path


def run_import(db: Database, path: Path, dry_run: bool = False) -> ImportReport:
    roster = open_roster(path)
    try:
        with db.session(write=True) as s:
            return import_roster(s, roster.lines(), TODAY, records=roster.records, dry_run=dry_run)
    finally:
        roster.close()


def refused(db: Database, path: Path) -> list[str]:
    before = counts(db)
    with pytest.raises(ImportRefusedError) as caught:
        run_import(db, path)
    assert counts(db) == before
    return [p.text() for p in caught.value.report.problems]


def test_what_people_type_is_accepted(db: Database, tmp_path: Path) -> None:
    path = sheet(
        tmp_path / "명단.xlsx",
        [
            [
                "주식회사 빛고을랩스",
                "법인",
                "1248100998",
                "2024.2.29",
                "301",
                date(2025, 4, 1),
                "2026. 3. 31.",
                "200,000원",
            ],
            ["=예비팀", "예비", None, None, "코워킹스페이스", "2025-04-01", None, 50000],
            ["무등모빌리티", "개인", "220-81-62517", "2023. 6. 1.", None, None, None, None],
        ],
        headers=[*HEADERS, "알 수 없는 열"],
        above=3,
    )
    report = run_import(db, path)
    assert (report.rows, report.tenants_created, report.leases_created) == (3, 3, 2)
    with db.session() as s:
        names = {t.name: t for t in list_tenants(s, TODAY)}
        leases = {x.room: x for x in list_leases(s)}
    assert names["주식회사 빛고을랩스"].brn == "124-81-00998"
    assert names["주식회사 빛고을랩스"].started_on == date(2024, 2, 29)
    assert "=예비팀" in names  # text that merely starts with = is a name like any other
    assert (leases["301"].end, leases["301"].rent) == (date(2026, 3, 31), 200_000)
    assert leases["201"].end == date(2026, 3, 31)  # the default one-year term


def test_every_problem_is_listed_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    with db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="기존기업"), "302", date(2025, 4, 1))
    path = sheet(
        tmp_path / "bad.xlsx",
        [
            ["좋은기업", "법인", "120-81-47521", "2025-01-02", "303", "2025-04-01", None, None],
            ["검증번호", "법인", "124-81-00997", "2025-01-02", None, None, None, None],
            [None, "법인", "106-81-11522", "2025-01-02", None, None, None, None],
            ["날짜", "개인", "220-81-62517", "2025-02-30", None, None, None, None],
            ["겹침", "예비", None, None, "302", "2025-06-01", None, None],
            ["없는호실", "예비", None, None, "999", "2025-06-01", None, None],
            ["오래된기업", "법인", "220-81-62517", "2015-01-02", "304", "2025-04-01", None, None],
            ["돈", "예비", None, None, "305", "2025-04-01", None, "12만"],
            ["입주일 없음", "예비", None, None, "306", None, None, None],
        ],
    )
    problems = refused(db, path)
    assert len(problems) == 8
    assert problems[0].startswith("행 3, 사업자등록번호: ") and "124-81-00997" in problems[0]
    assert problems[1].startswith("행 4, 기업명: ")
    assert problems[2].startswith("행 5, 개업일: ") and "2025-02-30" in problems[2]
    assert problems[3].startswith("행 6, 호실: ") and "기존기업" in problems[3]
    assert problems[4].startswith("행 7, 호실: ") and "999" in problems[4]
    assert problems[5].startswith("행 8, 입주일: ") and "2018-01-02" in problems[5]
    assert problems[6].startswith("행 9, 월임대료(원): ") and "12만" in problems[6]
    assert problems[7].startswith("행 10, 입주일: ")


def test_clashes_inside_one_file(db: Database, tmp_path: Path) -> None:
    path = sheet(
        tmp_path / "clash.xlsx",
        [
            ["가온", "법인", "120-81-47521", "2025-01-02", "307", "2025-04-01", "2026-03-31", None],
            ["나래", "법인", "106-81-11522", "2025-01-02", "307", "2026-01-01", None, None],
            ["가온 주식회사", "법인", "1208147521", "2025-01-02", None, None, None, None],
        ],
    )
    problems = refused(db, path)
    assert problems[0].startswith("행 3, 호실: ") and "가온" in problems[0]
    assert problems[1].startswith("행 4, 사업자등록번호: ") and "행 2" in problems[1]


def test_a_tenant_on_several_rows_is_one_tenant(db: Database, tmp_path: Path) -> None:
    with db.session(write=True) as s:
        make_tenant(s, name="기존기업", brn="106-81-11522", representative="김대표")
    path = sheet(
        tmp_path / "rows.xlsx",
        [
            ["가온", "법인", "120-81-47521", "2025-01-02", None, None, None, "박대표"],
            ["가온", "법인", "1208147521", "2025-01-02", "309", "2025-04-01", None, "박대표"],
            ["꿈터", "예비", None, None, None, None, None, "이대표"],
            ["  꿈터 ", "예비", None, None, "코워킹스페이스", "2025-04-01", None, "이대표"],
            ["기존기업", "법인", "106-81-11522", "2025-01-02", None, None, None, "정대표"],
        ],
        headers=[*HEADERS[:-1], "대표자"],
    )
    report = run_import(db, path)
    assert (report.tenants_created, report.tenants_updated, report.leases_created) == (2, 1, 2)
    with db.session() as s:
        people = {t.name: t.representative for t in list_tenants(s, TODAY)}
        holders = {x.room: x.tenant_name for x in list_leases(s)}
    assert people == {"가온": "박대표", "꿈터": "이대표", "기존기업": "정대표"}
    assert holders == {"309": "가온", "201": "꿈터"}
    again = run_import(db, path)  # the same file again changes nothing
    assert (again.tenants_created, again.tenants_updated, again.leases_created) == (0, 0, 0)
    assert counts(db) == (3, 2)


def test_rows_of_one_company_that_disagree_are_refused_naming_both(
    db: Database, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "rows.xlsx",
        [
            ["꿈터", "예비", None, None, None, None, None, "이대표"],
            ["꿈터", "예비", None, None, "코워킹스페이스", "2025-04-01", None, "최대표"],
        ],
        headers=[*HEADERS[:-1], "대표자"],
    )
    assert refused(db, path) == [  # the last would win, and the import would never settle
        "행 3, 대표자: 행 2에서는 같은 기업의 대표자이(가) 다르게 적혀 있습니다. "
        "한 기업의 행은 값이 같아야 합니다."
    ]


def test_a_new_tenant_without_a_room_is_checked_like_any_other(
    db: Database, tmp_path: Path
) -> None:
    path = sheet(
        tmp_path / "future.xlsx",
        [
            ["미래기업", "법인", "120-81-47521", "2027-01-02", None, None, None, None],
            ["예비에 번호", "예비", "106-81-11522", None, None, None, None, None],
        ],
    )
    problems = refused(db, path)
    assert problems[0].startswith("행 2, 개업일: ") and "2027-01-02" in problems[0]
    assert problems[1].startswith("행 3, 사업자등록번호: ")
    assert len(problems) == 2


def test_a_formula_is_not_a_value(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "formula.xlsx"
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.append(HEADERS)
    ws.append(["수식기업", "법인", "120-81-47521", "=TODAY()", None, None, None, None])
    book.save(path)
    (problem,) = refused(db, path)
    assert problem.startswith("행 2, 개업일: ") and "=TODAY()" in problem


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = sheet(
        tmp_path / "dry.xlsx",
        [["가온", "법인", "120-81-47521", "2025-01-02", "308", "2025-04-01", None, None]],
    )
    with pytest.raises(DryRunDone) as done:
        run_import(db, path, dry_run=True)
    assert (done.value.report.tenants_created, done.value.report.leases_created) == (1, 1)
    assert counts(db) == (0, 0)


def test_export_import_export_gives_the_same_cells(
    db: Database, tmp_path: Path, template_db: Path
) -> None:
    with db.session(write=True) as s:
        make_demo(s, 150, seed=9, today=TODAY)
    first = tmp_path / "first.xlsx"
    with db.session() as s:
        total = roster_size(s, TODAY, True)
        entries, occupied = roster_on(s, TODAY, True), occupancy_on(s, TODAY)
        write_roster(first, entries, TODAY, occupied, total, records=records_id(s))
    empty_path = tmp_path / "empty.sqlite3"
    shutil.copy(template_db, empty_path)
    empty = open_database(str(empty_path))
    try:
        report = run_import(empty, first)
        assert report.tenants_created == 150
        again = run_import(empty, first)
        assert (
            again.tenants_created,
            again.tenants_updated,
            again.leases_created,
            again.leases_updated,
        ) == (0, 0, 0, 0)
        second = tmp_path / "second.xlsx"
        with empty.session() as s:
            write_roster(
                second,
                roster_on(s, TODAY, True),
                TODAY,
                occupancy_on(s, TODAY),
                roster_size(s, TODAY, True),
                records=records_id(s),
            )
    finally:
        empty.dispose()

    def cells(path: Path) -> list[tuple[Any, ...]]:
        return list(load_workbook(path)["입주기업"].iter_rows(min_row=HEADER_ROW, values_only=True))

    assert cells(second) == cells(first)


def ole_file(path: Path, encrypted: bool) -> Path:
    body = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    if encrypted:
        body += "EncryptionInfo".encode("utf-16-le")
    path.write_bytes(body + b"\x00" * 512)
    return path


def bomb(path: Path) -> Path:
    sheet(path, [["가온", "법인", "120-81-47521", "2025-01-02", None, None, None, None]])
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    patched = path.with_suffix(".bomb.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, laughs if item.filename == "xl/worksheets/sheet1.xml" else data)
    return patched


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.with_name("없음.xlsx"), "import_missing"),
        (lambda p: (p.write_text("이름,구분\n가온,법인\n"), p)[1], "import_not_xlsx"),
        (lambda p: ole_file(p, encrypted=False), "import_old_xls"),
        (lambda p: ole_file(p, encrypted=True), "import_encrypted"),
        (lambda p: (p.write_bytes(b"PK\x03\x04" + b"\x00" * 100), p)[1], "import_corrupt"),
        (bomb, "import_corrupt"),
        (lambda p: sheet(p, [], headers=[]), "import_no_header"),
        (lambda p: sheet(p, []), "import_empty"),
        (
            lambda p: sheet(p, [["가온", "120-81-47521"]], headers=["기업명", "사업자등록번호"]),
            "import_columns_missing",
        ),
    ],
)
def test_files_that_are_refused_whole(db: Database, tmp_path: Path, make: Any, code: str) -> None:
    path = make(tmp_path / "roster.xlsx")
    with pytest.raises(DomainError) as caught:
        roster = open_roster(path)
        try:
            run_import(db, roster.path)
        finally:
            roster.close()
    assert caught.value.code == code
    assert counts(db) == (0, 0)


def test_a_hundred_thousand_rows_are_read_not_choked_on(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    book = Workbook(write_only=True)
    ws = book.create_sheet()
    ws.append(HEADERS)
    for n in range(100_001):
        ws.append([f"기업 {n}", "회사", None, None, None, None, None, None])
    book.save(path)
    roster = open_roster(path)
    try:
        with pytest.raises(ImportRefusedError) as caught, db.session(write=True) as s:
            import_roster(s, roster.lines(), TODAY)
    finally:
        roster.close()
    assert len(caught.value.report.problems) == 100_001
    assert caught.value.report.problems[-1].text().startswith("행 100002, 구분: ")


def test_a_stopped_import_writes_nothing(db: Database, tmp_path: Path) -> None:
    rows = [[f"기업 {n}", "예비", None, None, None, None, None, None] for n in range(1_000)]
    roster = open_roster(sheet(tmp_path / "many.xlsx", rows))
    seen: list[int] = []

    def stop_at_600(done: int, total: int) -> bool:
        seen.append(done)
        return done < 600

    try:
        with pytest.raises(CancelledError), db.session(write=True) as s:
            import_roster(s, roster.lines(), TODAY, progress=stop_at_600, total=roster.total)
    finally:
        roster.close()
    assert seen[-1] == 600 and roster.total == 1_000
    assert counts(db) == (0, 0)


def test_each_problem_of_a_row_is_listed(db: Database, tmp_path: Path) -> None:
    path = sheet(
        tmp_path / "row.xlsx",
        [["가온", "법인", "124-81-00997", "2025.2.30", "999", "2025-04-01", None, "abc"]],
    )
    problems = refused(db, path)
    assert [p.split(":")[0] for p in problems] == [
        "행 2, 사업자등록번호",
        "행 2, 개업일",
        "행 2, 호실",
        "행 2, 월임대료(원)",
    ]
    assert "달력에 없는 날" in problems[1]
