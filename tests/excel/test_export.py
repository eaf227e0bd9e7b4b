"""Exported workbooks opened back with openpyxl, as a manager's Excel would read them."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.headings import FLOOR_HEADINGS, headings
from incubator_app.domain.identifiers import EntityType
from incubator_app.excel.cells import CancelledError
from incubator_app.excel.occupancy import write_occupancy
from incubator_app.excel.roster import HEADER_ROW, HEADERS, write_roster
from incubator_app.services.occupancy import occupancy_on, occupancy_report
from incubator_app.services.roster import records_id, roster_on, roster_size
from tests.builders import make_lease, make_tenant

DAY = date(2026, 3, 2)


def export(session: Session, path: Path, everyone: bool = False) -> int:
    return write_roster(
        path,
        roster_on(session, DAY, everyone),
        DAY,
        occupancy_on(session, DAY),
        roster_size(session, DAY, everyone),
        records=records_id(session),
    )


@pytest.fixture
def station(session: Session) -> Session:
    a = make_tenant(
        session,
        name='=HYPERLINK("http://x")',
        started_on=date(2024, 2, 29),
        representative="@대표",
        phone="+82 10 1234 5678",
        employees=12,
        notes="-메모",
    )
    b = make_tenant(
        session, name="한빛로보틱스", entity=EntityType.INDIVIDUAL, started_on=date(2020, 5, 1)
    )
    c = make_tenant(session, name="예비팀 누리", entity=EntityType.PRE_FOUNDER)
    make_tenant(session, name="신청기업")
    make_lease(session, a, "402", date(2026, 1, 1), deposit=2_000_000, rent=200_000, fee=60_000)
    make_lease(session, b, "301", date(2025, 4, 1), override_reason="심사 승인")
    make_lease(session, c, "201", date(2026, 1, 1), seats=3)
    return session


def test_roster_cells_are_typed_formatted_and_safe(station: Session, tmp_path: Path) -> None:
    path = tmp_path / "입주기업 현황.xlsx"
    assert export(station, path) == 3
    sheet = load_workbook(path)["입주기업"]
    assert sheet["A1"].value == "빛고을 창업스테이션 입주기업 현황"
    assert sheet["A2"].value == "기준일 2026. 3. 2."
    contract = [
        "연번",
        "층",
        "호실",
        "기업명",
        "대표자",
        "사업자등록번호",
        "법인등록번호",
        "구분",
        "개업일",
        "업력구분",
        "초기창업 만료일",
        "업종",
        "입주일",
        "계약만료일",
        "전용면적(㎡)",
        "보증금(원)",
        "월임대료(원)",
        "월관리비(원)",
        "고용인원",
        "연락처",
        "이메일",
        "비고",
    ]
    assert [c.value for c in sheet[HEADER_ROW]] == [
        *contract,
        "신산업",
        "좌석",
        "예외 사유",
        "기업 ID",
    ]
    assert all(c.font.b for c in sheet[HEADER_ROW])
    rows = [[c for c in row] for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    assert [(r[1].value, r[2].value) for r in rows] == [
        ("2층", "201"),
        ("3층", "301"),
        ("4층", "402"),
    ]
    first: dict[str, Any] = dict(zip(HEADERS, rows[2], strict=True))
    assert first["기업명"].value == '=HYPERLINK("http://x")' and first["기업명"].data_type == "s"
    assert first["대표자"].value == "@대표" and first["대표자"].data_type == "s"
    assert first["연락처"].value == "+82 10 1234 5678" and first["연락처"].data_type == "s"
    assert first["비고"].value == "-메모" and first["비고"].data_type == "s"
    assert (
        first["개업일"].value.date() == date(2024, 2, 29)
        and first["개업일"].number_format == "yyyy-mm-dd"
    )
    assert first["초기창업 만료일"].value.date() == date(2027, 2, 28)
    assert (first["입주일"].value.date(), first["계약만료일"].value.date()) == (
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert (first["보증금(원)"].value, first["보증금(원)"].number_format) == (2_000_000, "#,##0")
    # a right-aligned number beside left-aligned text would read as one ("1" "2층" → "12층")
    for short in ("연번", "개업일", "초기창업 만료일", "고용인원"):  # (좌석: empty here)
        assert first[short].alignment.horizontal == "center", short
    assert first["기업명"].alignment.horizontal is None
    assert first["전용면적(㎡)"].number_format == "#,##0.00" and isinstance(
        first["전용면적(㎡)"].value, float
    )
    assert (first["구분"].value, first["업력구분"].value, first["사업자등록번호"].value[3]) == (
        "법인",
        "초기창업",
        "-",
    )
    coworking: dict[str, Any] = {h: c.value for h, c in zip(HEADERS, rows[0], strict=True)}
    assert (coworking["구분"], coworking["업력구분"], coworking["전용면적(㎡)"]) == (
        "예비",
        "예비창업",
        None,
    )


def test_roster_prints_as_a_finished_document(station: Session, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    export(station, path)
    sheet = load_workbook(path)["입주기업"]
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.auto_filter.ref == f"A{HEADER_ROW}:Z{HEADER_ROW + 3}"
    assert sheet.print_area == f"'입주기업'!$A$1:$V${HEADER_ROW + 3}"  # the contract's columns
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape",
        9,
        2,  # two pages wide: legible type, not 24 columns squeezed to 3.5 pt
        0,
    )
    assert sheet.sheet_properties.pageSetUpPr and sheet.sheet_properties.pageSetUpPr.fitToPage
    footer = sheet.oddFooter.center.text if sheet.oddFooter else ""
    assert footer and "&P" in footer and "&N" in footer
    assert sheet.column_dimensions["D"].width >= 25  # company names


def test_everyone_and_the_summary(station: Session, tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    assert export(station, path, everyone=True) == 4
    book = load_workbook(path)
    names = [r[3] for r in book["입주기업"].iter_rows(min_row=HEADER_ROW + 1, values_only=True)]
    assert names[-1] == "신청기업"
    summary = {r[0]: r[1:] for r in book["요약"].iter_rows(min_row=4, values_only=True)}
    assert summary["구분: 법인"][0] == 2 and summary["구분: 예비"][0] == 1
    assert summary["업력구분: 도약기"][0] == 1
    assert summary["입주 보육실"] == (2, 41)
    assert summary["코워킹 사용 좌석"] == (3, 40)


def test_occupancy_workbook_says_what_the_command_line_says(
    station: Session, tmp_path: Path
) -> None:
    path = tmp_path / "occupancy.xlsx"
    figures = occupancy_on(station, DAY)
    write_occupancy(path, occupancy_report(station, DAY))
    book = load_workbook(path)
    floors = book["층별 현황"]
    assert [c.value for c in floors[4]] == list(headings(FLOOR_HEADINGS))
    rows = {r[0]: r for r in floors.iter_rows(min_row=5, values_only=True)}
    total = rows["합계"]
    assert (total[1], total[2], total[3]) == (41, 2, 39)
    assert total[7] == float(figures.total.leasable_area_m2) and total[8] == float(
        figures.total.occupied_area_m2
    )
    assert rows["3층"][4] == pytest.approx(100 / 14, abs=0.05)
    assert (total[10], total[11]) == (40, 3)
    vacant = [r[1] for r in book["공실"].iter_rows(min_row=5, values_only=True)]
    assert len(vacant) == 39 + 5 and "301" not in vacant and "514" in vacant
    ending = list(book["만료 예정"].iter_rows(min_row=5, values_only=True))
    assert ending[0][:3] == ("계약 만료", "한빛로보틱스", "301") and (
        ending[0][4],
        book["만료 예정"]["E5"].number_format,
    ) == (29, '"D-"0;"D+"0;"D-day"')


def test_a_stopped_export_leaves_the_old_file_as_it_was(station: Session, tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"last month's roster")
    many = [*roster_on(station, DAY)] * 400
    with pytest.raises(CancelledError):
        write_roster(
            path,
            iter(many),
            DAY,
            occupancy_on(station, DAY),
            len(many),
            lambda done, total: done < 500,
            records=records_id(station),
        )
    assert path.read_bytes() == b"last month's roster"
    assert sorted(p.name for p in tmp_path.glob("*.xlsx")) == ["roster.xlsx"]


@pytest.mark.parametrize(
    ("name", "code"),
    [("roster.xls", "export_not_xlsx"), ("없는폴더/roster.xlsx", "export_folder_missing")],
)
def test_where_an_export_cannot_go(station: Session, tmp_path: Path, name: str, code: str) -> None:
    with pytest.raises(DomainError) as caught:
        export(station, tmp_path / name)
    assert caught.value.code == code


def test_an_export_is_an_ordinary_file_others_may_open(station: Session, tmp_path: Path) -> None:
    path = tmp_path / "shared.xlsx"
    export(station, path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
