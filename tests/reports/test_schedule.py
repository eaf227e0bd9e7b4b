"""공용공간 주간 예약표: a page per space, the week's bookings in their day, read back."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_app.cli import main
from incubator_app.domain.bookings import BookingStatus
from incubator_app.reports.document import write_pdf
from incubator_app.reports.schedule import TITLE, week_schedule
from incubator_app.services.booking_lists import week_bookings
from incubator_app.services.bookings import BookingInput, book, decide
from incubator_app.store.database import Database
from incubator_app.ui.actions import Act, PageId
from incubator_app.ui.desk import Desk
from incubator_app.ui.mainwindow import MainWindow
from tests.builders import make_lease, make_tenant
from tests.gui.conftest import settled
from tests.reports.test_reports import pages as pdf_pages

NOW = datetime.combine(date(2026, 3, 2), time(8))
TUESDAY = date(2026, 3, 3)
BOOKABLE = 6  # 다목적홀, 교육실 1·2, 회의실 A·B, 복합문화공간


def pages(path: Path) -> list[str]:
    """Each page's text, its runs of spaces and line breaks made one space."""
    return [" ".join(page.split()) for page in pdf_pages(path)]


def at(hour: int, day: date = TUESDAY) -> datetime:
    return datetime.combine(day, time(hour))


@pytest.fixture
def week(db: Database) -> None:
    """In the hall: a request, an approved one and a cancelled one; one in 회의실 A."""
    with db.session(write=True) as s:
        housed = make_tenant(s, name="빛고을랩")
        make_lease(s, housed, "301", date(2025, 4, 1), date(2026, 12, 31))
        tenant = housed.id
        hall = [
            book(s, BookingInput("103", at(10), at(12), tenant=tenant, purpose="IR 피칭"), NOW),
            book(s, BookingInput("103", at(14), at(16), organisation="광주 청년센터",
                                 contact="062-000-0000", purpose="채용 설명회", attendees=60), NOW),
            book(s, BookingInput("103", at(17), at(18), tenant=tenant, purpose="취소될 행사"), NOW),
        ]  # fmt: skip
        decide(s, hall[1].id, BookingStatus.APPROVED, NOW)
        decide(s, hall[2].id, BookingStatus.CANCELLED, NOW)
        book(s, BookingInput("204", at(9, date(2026, 3, 6)), at(10, date(2026, 3, 6)),
                             tenant=tenant, purpose="팀 회의"), NOW)  # fmt: skip


def test_each_space_has_its_page_with_the_bookings_that_hold_a_slot(
    app: QApplication, db: Database, week: None, tmp_path: Path
) -> None:
    with db.session() as s:
        shown = week_bookings(s, TUESDAY)
    path = tmp_path / "week.pdf"
    count = write_pdf(week_schedule(shown), path, TITLE, "출력 2026. 3. 2.", landscape=True)
    printed = pages(path)
    assert count == len(printed) == BOOKABLE
    hall = next(page for page in printed if "다목적홀 (103)" in page)
    assert "2026. 3. 2.(월) ~ 2026. 3. 8.(일)" in hall and "09:00~22:00" in hall
    assert "10:00~12:00" in hall and "빛고을랩" in hall and "IR 피칭" in hall and "신청" in hall
    assert "광주 청년센터" in hall and "60명" in hall and "승인" in hall
    assert "취소될 행사" not in hall and "2건" in hall
    assert "대체" in hall  # 3/2, the substitute holiday for 삼일절
    meeting = next(page for page in printed if "회의실 A (204)" in page)
    assert "팀 회의" in meeting and "IR 피칭" not in meeting
    assert all("광주 청년센터" not in page for page in printed if page is not hall)


def test_print_schedule_on_the_command_line(
    app: QApplication, db_path: Path, db: Database, week: None, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    out = tmp_path / "hall.pdf"
    args = ["--db", str(db_path), "print-schedule"]
    assert main([*args, str(out), "--week", "2026-03-05", "--space", "다목적홀"]) == 0
    (page,) = pages(out)
    assert "다목적홀 (103)" in page and "빛고을랩" in page
    assert "1쪽" in capsys.readouterr().out
    refused = tmp_path / "refused.pdf"
    assert main([*args, str(refused), "--space", "오픈 라운지"]) == 2
    assert "예약하는 공간이 아닙니다" in capsys.readouterr().err
    assert main([*args, str(refused), "--space", "없는 방"]) == 2
    assert main([*args, str(tmp_path / "week.txt")]) == 2
    assert main([*args, str(refused), "--week", "2026-02-30"]) == 2
    assert sorted(p.name for p in tmp_path.glob("*.pdf")) == ["hall.pdf"]  # nothing else written
    assert not list(tmp_path.glob("*.txt"))


def test_the_week_shown_prints_and_exports_from_the_window(
    qtbot: QtBot,
    desk: Desk,
    week: None,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(desk, settings)
    qtbot.addWidget(window)
    window.show()
    page = window.bookings
    window.show_page(PageId.BOOKINGS)
    settled(qtbot, window.bookings)
    page.space.setCurrentIndex(page.space.findData("204"))
    path = tmp_path / "주간.pdf"
    monkeypatch.setattr(window.printing, "ask_pdf", lambda suggested: path)
    page.print_requested.emit(Act.PDF_SCHEDULE)
    (printed,) = pages(path)
    assert "회의실 A (204)" in printed and "팀 회의" in printed
    workbook = tmp_path / "예약.xlsx"
    monkeypatch.setattr(window.excel, "ask_save", lambda suggested: workbook)
    page.space.setCurrentIndex(page.space.findData(""))
    window.excel.export_bookings(*page.listed())
    rows = list(load_workbook(workbook)["예약 현황"].iter_rows(values_only=True))
    assert rows[0] == ("일자", "시작", "종료", "공간", "예약자", "구분", "목적", "인원", "상태")
    assert [(r[3], r[6], r[8]) for r in rows[1:]] == [
        ("다목적홀", "IR 피칭", "신청"),
        ("다목적홀", "채용 설명회", "승인"),
        ("다목적홀", "취소될 행사", "취소"),
        ("회의실 A", "팀 회의", "신청"),
    ]
