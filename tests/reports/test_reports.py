"""Printed documents as PDFs, read back as text the way a reader extracts it."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from incubator_app.cli import main
from incubator_app.reports.document import page_layout, paint, write_pdf
from incubator_app.reports.occupancy import TITLE, occupancy_summary
from incubator_app.reports.roster import roster_print
from incubator_app.services.demo import make_demo
from incubator_app.services.history import history_head
from incubator_app.services.occupancy import occupancy_on, occupancy_report
from incubator_app.services.roster import roster_on
from incubator_app.services.spaces import list_spaces
from incubator_app.store.database import Database, open_database
from incubator_app.ui.actions import Printout
from incubator_app.ui.desk import Desk
from incubator_app.ui.mainwindow import MainWindow
from tests.builders import make_lease, make_tenant

DAY = date(2026, 3, 2)


def pages(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def occupancy_pdf(db: Database, path: Path, day: date = DAY) -> list[str]:
    with db.session() as s:
        report = occupancy_report(s, day)
    write_pdf(occupancy_summary(report), path, TITLE, "출력 2026. 3. 3.", landscape=False)
    return pages(path)


def test_the_occupancy_summary_says_the_screens_numbers(
    app: QApplication, db: Database, tmp_path: Path
) -> None:
    with db.session(write=True) as s:
        make_demo(s, 120, seed=5, today=DAY)
    with db.session() as s:
        total = occupancy_on(s, DAY).total
    text = "\n".join(occupancy_pdf(db, tmp_path / "입주현황.pdf"))
    assert "빛고을 창업스테이션 입주 현황" in text
    assert "2026. 3. 2. 기준" in text and "출력 2026. 3. 3." in text
    assert f"{total.startup_occupied} / {total.startup_rooms}실 ({total.room_rate}%)" in text
    assert f"{total.coworking_used} / {total.coworking_seats}석" in text
    assert f"{total.leasable_area_m2:,.2f}㎡" in text and "평" in text
    assert "\x01" not in text  # spaces come back as spaces
    assert "공용공간 이용률 (2026년 3월)" in text and "다목적홀" in text
    assert re.search(r"^1 / \d+$", text, re.MULTILINE)


def test_an_empty_building_prints_its_rooms_all_vacant(
    app: QApplication, db: Database, tmp_path: Path
) -> None:
    text = "\n".join(occupancy_pdf(db, tmp_path / "empty.pdf"))
    assert "0 / 41실 (0.0%)" in text
    assert "공실 (46실)" in text and "90일 안에 끝나는 계약 (0건)" in text and "없음" in text


def test_a_full_building_has_no_vacant_rooms(
    app: QApplication, db: Database, tmp_path: Path
) -> None:
    with db.session(write=True) as s:
        for space in list_spaces(s):
            if space.kind.value in ("startup_room", "investor_room"):
                tenant = make_tenant(s, started_on=date(2025, 1, 2))
                make_lease(s, tenant, space.number, date(2025, 4, 1), date(2026, 12, 31))
    text = "\n".join(occupancy_pdf(db, tmp_path / "full.pdf"))
    assert "41 / 41실 (100.0%)" in text and "공실 (0실)" in text


def test_long_lists_go_on_with_their_header_on_the_next_page(
    app: QApplication, db: Database, tmp_path: Path
) -> None:
    with db.session(write=True) as s:  # 80 companies whose window ends within 90 days
        rooms = [("201", 1)] * 40 + [(str(n), None) for n in [*range(301, 315), *range(401, 415)]]
        for number, (room, seats) in enumerate(rooms):
            tenant = make_tenant(s, name=f"졸업예정기업 {number:02d}", started_on=date(2023, 4, 1))
            make_lease(s, tenant, room, date(2025, 4, 1), seats=seats, override_reason="시험")
    printed = occupancy_pdf(db, tmp_path / "long.pdf")
    holding = [page for page in printed if "졸업예정기업" in page]
    assert len(holding) >= 2  # the list runs over a page break ...
    assert all("기업명\n호실\n" in page for page in holding)  # ... with its header again
    assert any(page.startswith("기업명\n호실\n") for page in holding[1:])  # as a page's top
    assert all(f"졸업예정기업 {n:02d}" in "".join(printed) for n in range(len(rooms)))
    assert f"{len(printed)} / {len(printed)}" in printed[-1]


def test_the_roster_print_lists_every_lease_of_the_excel_roster(
    app: QApplication, db: Database, tmp_path: Path
) -> None:
    with db.session(write=True) as s:
        make_demo(s, 300, seed=7, today=DAY)
    with db.session() as s:
        entries = list(roster_on(s, DAY))
    path = tmp_path / "명단.pdf"
    count = write_pdf(roster_print(entries, DAY), path, "명단", "출력", landscape=True)
    printed = pages(path)
    assert count == len(printed) >= 2
    assert all("사업자등록번호" in page for page in printed)  # the header on every page
    text = "\n".join(printed)
    assert all(entry.tenant.name in text for entry in entries)
    assert f"합계: 계약 {len(entries):,}건" in text
    assert PdfReader(path).pages[0].mediabox.width > PdfReader(path).pages[0].mediabox.height


def test_print_commands_write_pdfs_and_refuse_other_names(
    app: QApplication, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    db = open_database(str(db_path))
    with db.session(write=True) as s:
        make_tenant(s)
    with db.session() as s:
        head = history_head(s)
    db.dispose()
    assert main(["--db", str(db_path), "print-occupancy", str(out), "--as-of", "2026-03-02"]) == 0
    assert "입주 현황" in pages(out)[0] and "저장 완료" in capsys.readouterr().out
    # the history as it stood, in the footer of every page (a reader may split the hash)
    footers = [page.replace("\n", "") for page in pages(out)]
    assert all(f"변경 이력 #1 {head.hash[:16]}" in footer for footer in footers)
    assert main(["--db", str(db_path), "print-roster", str(tmp_path / "r.txt")]) == 2
    assert ".pdf" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["backups", "report.pdf", "stag.sqlite3"]


def test_pdf_from_the_window(
    qtbot: QtBot, desk: Desk, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    path = tmp_path / "창에서.pdf"
    monkeypatch.setattr(window.printing, "ask_pdf", lambda suggested: path)
    assert window.printing.save_pdf(Printout.ROSTER) == path
    assert "입주기업 현황" in pages(path)[0]
    assert "1쪽" in window.statusBar().currentMessage()


def test_the_printer_gets_the_same_pages_as_the_pdf(
    qtbot: QtBot, desk: Desk, settings: QSettings, tmp_path: Path
) -> None:
    """What 인쇄 and 인쇄 미리보기 paint, on a high-resolution printer (here printing to a file)."""
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    document, title, landscape = window.printing.document(Printout.OCCUPANCY)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    printer.setPageLayout(page_layout(landscape))
    count = paint(document, printer, "출력 2026. 3. 3.")
    printed = pages(tmp_path / "printer.pdf")
    assert count == len(printed) and title in printed[0] and "0 / 41실 (0.0%)" in printed[0]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    menus = {a.text() for a in file_menu.actions()}
    assert {"인쇄 미리보기", "인쇄", "PDF로 저장"} <= menus
