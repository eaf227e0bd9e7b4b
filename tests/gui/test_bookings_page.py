"""공용공간 예약 as a manager uses it: click a slot to book, a block to decide, the list.

The desk's clock stands at 2026-03-02 08:00 (Seoul), the Monday that is the
substitute holiday for 삼일절; the window then reaches 2026-03-17.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_app.domain.bookings import BookingStatus, week_of
from incubator_app.services.booking_lists import BookingView, bookable_spaces, list_bookings
from incubator_app.services.bookings import BookingInput, book, decide
from incubator_app.services.spaces import update_space
from incubator_app.store.database import Database, open_database
from incubator_app.ui.booking_dialog import BookingDialog, DecisionDialog
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.pages.bookings import BookingsPage
from incubator_app.ui.theme import CLOSED
from incubator_app.ui.week_grid import STATUS_COLOURS, Week, WeekGrid
from tests.builders import make_lease, make_tenant
from tests.gui.choosing import pick
from tests.gui.conftest import AS_OF, settled

NOW = datetime.combine(date(2026, 3, 2), time(8))
HOLIDAY = date(2026, 3, 2)  # 삼일절 대체 휴일
TUESDAY = date(2026, 3, 3)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


@pytest.fixture
def clocked(desk: Desk) -> Desk:
    desk.now = lambda: NOW
    return desk


@pytest.fixture
def page(qtbot: QtBot, clocked: Desk) -> BookingsPage:
    shown = BookingsPage(clocked)
    qtbot.addWidget(shown)
    shown.resize(1400, 900)
    shown.show()
    settled(qtbot, shown)
    return shown


@pytest.fixture
def tenant_id(db: Database) -> int:
    """A company in room 301 (meeting rooms are for the companies in the building)."""
    with db.session(write=True) as s:
        tenant = make_tenant(s, name="빛고을랩")
        make_lease(s, tenant, "301", date(2025, 4, 1), date(2026, 12, 31))
        return tenant.id


def booked(db: Database) -> list[BookingView]:
    with db.session() as s:
        return list_bookings(s, AS_OF, AS_OF.replace(day=31))


def request(db: Database, tenant: int, start: datetime, end: datetime, space: str = "103") -> int:
    with db.session(write=True) as s:
        made = book(s, BookingInput(space, start, end, tenant=tenant, purpose="IR 연습"), NOW)
    return made.id


def click(qtbot: QtBot, page: BookingsPage, space: str, moment: datetime) -> None:
    """A click where the week draws ``space`` at ``moment``."""
    qtbot.mouseClick(page.grid, Qt.MouseButton.LeftButton, pos=page.grid.point_of(space, moment))


def texts(model: QAbstractItemModel) -> list[tuple[str, ...]]:
    """What a table shows, row by row."""
    return [
        tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def in_red(label: QWidget) -> bool:
    """Whether a label is drawn in the refusal colour."""
    image = label.grab().toImage()
    return any(
        QColor(image.pixel(x, y)).name() == "#c0392b"
        for x in range(image.width())
        for y in range(image.height())
    )


def pixel(widget: QWidget, point: QPoint) -> str:
    return QColor(widget.grab().toImage().pixel(point)).name()


def test_the_week_shows_the_holiday_closed_hours_and_bookings_by_status(
    page: BookingsPage, db: Database, tenant_id: int
) -> None:
    first = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 12))
    request(db, tenant_id, at(TUESDAY, 13), at(TUESDAY, 14))
    with db.session(write=True) as s:
        decide(s, first, BookingStatus.APPROVED, NOW)
    page.refresh()
    assert page.period.text() == "2026-03-02 ~ 2026-03-08"
    blocks = {b.id: b for _rect, b in page.grid.blocks}
    assert blocks[first].status is BookingStatus.APPROVED and len(blocks) == 2
    grid = page.grid
    approved = grid.point_of("103", at(TUESDAY, 11))
    requested = grid.point_of("103", at(TUESDAY, 13, 30))
    assert pixel(grid, approved) == STATUS_COLOURS[BookingStatus.APPROVED].name()
    assert pixel(grid, requested) == STATUS_COLOURS[BookingStatus.REQUESTED].name()
    # 교육실 1 (202) closes at 18:00, the hall (103) at 22:00
    assert pixel(grid, grid.point_of("202", at(TUESDAY, 19))) == CLOSED.name()
    assert pixel(grid, grid.point_of("103", at(TUESDAY, 19))) == "#ffffff"
    assert pixel(grid, grid.point_of("202", at(TUESDAY, 9, 30))) == "#ffffff"
    saturday = pixel(grid, grid.point_of("202", at(date(2026, 3, 7), 10)))
    assert saturday in {CLOSED.name(), "#cfd5de"}  # shaded (the hatch or its ground)
    assert "빛고을랩" in grid._tip(grid.point_of("103", at(TUESDAY, 10, 30)).toPointF())
    page.desk.now = lambda: at(TUESDAY, 12)
    page.refresh()
    assert pixel(grid, grid.point_of("202", at(TUESDAY, 11))) not in {"#ffffff", CLOSED.name()}
    assert pixel(grid, grid.point_of("202", at(TUESDAY, 13))) == "#ffffff"  # not yet over
    page.following.click()
    page.following.click()  # the window from 3/3 reaches 3/18
    assert pixel(grid, grid.point_of("202", at(date(2026, 3, 18), 10))) == "#ffffff"
    beyond = grid.point_of("202", at(date(2026, 3, 19), 10))
    assert pixel(grid, beyond) != "#ffffff"
    assert "예약 가능 기간 밖" in grid._tip(beyond.toPointF())


def test_clicking_an_empty_slot_books_it_as_a_request(
    qtbot: QtBot, page: BookingsPage, db: Database, tenant_id: int, on_dialog: Callable[..., None]
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, BookingDialog)
        assert dialog.space.currentData() == "204"
        assert dialog.starts.time().toString("HH:mm") == "14:30"
        assert dialog.ends.time().toString("HH:mm") == "15:30"
        pick(dialog.tenant, "빛고을")
        dialog.purpose.setText("투자 상담")
        dialog.attendees.setValue(4)
        dialog.refresh()
        assert dialog.verdict.text().startswith("예약할 수 있습니다")
        dialog.save()

    on_dialog(fill)
    click(qtbot, page, "204", at(TUESDAY, 14, 40))  # snapped to the half hour
    (made,) = booked(db)
    assert (made.space_number, made.start, made.end) == (
        "204",
        at(TUESDAY, 14, 30),
        at(TUESDAY, 15, 30),
    )
    assert (made.tenant_id, made.status, made.purpose) == (
        tenant_id,
        BookingStatus.REQUESTED,
        "투자 상담",
    )
    assert [b.id for _r, b in page.grid.blocks] == [made.id]  # drawn at once


def test_clicking_a_block_approves_then_marks_a_no_show(
    qtbot: QtBot,
    page: BookingsPage,
    db: Database,
    tenant_id: int,
    on_dialog: Callable[..., None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 12))
    page.refresh()

    def approve(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        assert set(dialog.choices) == {
            BookingStatus.APPROVED, BookingStatus.REJECTED, BookingStatus.CANCELLED
        }  # fmt: skip
        dialog.choices[BookingStatus.APPROVED].click()

    on_dialog(approve)
    click(qtbot, page, "103", at(TUESDAY, 10, 30))
    assert booked(db)[0].status is BookingStatus.APPROVED
    page.desk.now = lambda: at(TUESDAY, 10, 20)  # it has begun: a no-show may be marked
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))

    def no_show(dialog: QDialog) -> None:
        assert isinstance(dialog, DecisionDialog)
        assert set(dialog.choices) == {BookingStatus.CANCELLED, BookingStatus.NO_SHOW}
        dialog.choices[BookingStatus.NO_SHOW].click()  # answered No: nothing changes
        assert booked(db)[0].status is BookingStatus.APPROVED and dialog.isVisible()
        dialog.choices[BookingStatus.NO_SHOW].click()

    on_dialog(no_show)
    click(qtbot, page, "103", at(TUESDAY, 11, 30))
    (after,) = booked(db)
    assert (after.id, after.status) == (made, BookingStatus.NO_SHOW)
    assert [b.status for _r, b in page.grid.blocks] == [BookingStatus.NO_SHOW]


def test_a_decision_taken_meanwhile_elsewhere_is_explained(
    qtbot: QtBot, clocked: Desk, db: Database, db_path: Path, tenant_id: int
) -> None:
    made = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 12))
    (view,) = booked(db)
    dialog = DecisionDialog(clocked, view)
    qtbot.addWidget(dialog)
    other = open_database(str(db_path), desk="이매니저")
    with other.session(write=True) as s:  # another desk rejects it first
        decide(s, made, BookingStatus.REJECTED, NOW)
    other.dispose()
    dialog.choices[BookingStatus.APPROVED].click()
    assert dialog.problem.text().startswith("다른 데스크(이매니저)에서 ")
    assert dialog.signed.stored.text() == "지금 저장된 값 — 상태: 반려"
    assert "수정 이매니저 · " in dialog.signed.signatures.text()
    dialog.choices[BookingStatus.APPROVED].click()  # read again: the rule speaks now
    assert "'반려' 상태의 예약은 '승인'" in dialog.problem.text()
    assert booked(db)[0].status is BookingStatus.REJECTED


def new_dialog(qtbot: QtBot, desk: Desk, space: str, start: datetime) -> BookingDialog:
    from incubator_app.services.booking_lists import bookable_spaces

    dialog = BookingDialog(desk, desk.read(bookable_spaces), space, start)
    qtbot.addWidget(dialog)
    return dialog


def save_button_enabled(dialog: BookingDialog) -> bool:
    return dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()


def test_a_substitute_holiday_is_refused_until_a_reason_is_given(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int
) -> None:
    dialog = new_dialog(qtbot, clocked, "103", at(HOLIDAY, 10))
    pick(dialog.tenant, "빛고을")
    dialog.refresh()
    assert "쉬는 날" in dialog.verdict.text() and "대체" in dialog.verdict.text()
    assert not save_button_enabled(dialog) and dialog.reason.isVisibleTo(dialog)
    dialog.reason.setText("센터장 승인 행사")
    dialog.refresh()
    assert dialog.verdict.text().startswith("예외로 예약합니다")
    dialog.save()
    (made,) = booked(db)
    assert (made.override_reason, made.status) == ("센터장 승인 행사", BookingStatus.REQUESTED)


def test_refusals_name_the_overlap_the_capacity_and_the_tenants_only_rule(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int
) -> None:
    first = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 12))
    dialog = new_dialog(qtbot, clocked, "103", at(TUESDAY, 11))
    pick(dialog.tenant, "빛고을")
    dialog.refresh()
    assert f"예약 {first}번" in dialog.verdict.text() and not save_button_enabled(dialog)
    assert not dialog.reason.isVisibleTo(dialog)  # a reason never lifts an overlap
    dialog.starts.setTime(dialog.starts.time().addSecs(3600))  # back to back at 12:00
    dialog.ends.setTime(dialog.ends.time().addSecs(3600))
    dialog.refresh()
    assert save_button_enabled(dialog)
    dialog.attendees.setValue(121)
    dialog.refresh()
    assert "수용 인원 120명" in dialog.verdict.text()
    meeting = new_dialog(qtbot, clocked, "204", at(TUESDAY, 10))
    meeting.by_outsider.setChecked(True)
    meeting.organisation.setText("광주 청년센터")
    meeting.contact.setText("062-000-0000")
    meeting.refresh()
    assert "입주기업만" in meeting.verdict.text() and not meeting.tenant.isEnabled()
    meeting.contact.setText("")
    meeting.refresh()
    assert not save_button_enabled(meeting)
    assert len(booked(db)) == 1  # nothing written by trying


def test_the_series_dialog_previews_every_date_and_books_what_it_says(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int
) -> None:
    dialog = new_dialog(qtbot, clocked, "202", at(TUESDAY, 10))
    pick(dialog.tenant, "빛고을")
    dialog.weekly.setChecked(True)
    dialog.weeks.setValue(4)  # 3/3, 3/10, 3/17 (the window's last day) and 3/24
    dialog.refresh()
    verdicts = [row[1] for row in texts(dialog.preview)]
    assert verdicts[:3] == ["예약 가능"] * 3
    assert verdicts[3].startswith("안 됨:") and "2026-03-17까지" in verdicts[3]
    assert "3개" not in dialog.verdict.text() and "1개 날짜" in dialog.verdict.text()
    assert not save_button_enabled(dialog) and dialog.reason.isVisibleTo(dialog)
    assert booked(db) == []
    dialog.skip.setChecked(True)
    dialog.refresh()
    assert "3회 예약하고" in dialog.verdict.text() and save_button_enabled(dialog)
    dialog.save()
    assert [b.start.day for b in booked(db)] == [3, 10, 17]


def test_the_list_filters_by_status_and_text_and_opens_a_booking(
    page: BookingsPage,
    db: Database,
    tenant_id: int,
    qtmodeltester: ModelTester,
    on_dialog: Callable[..., None],
) -> None:
    first = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 11))
    request(db, tenant_id, at(TUESDAY, 11), at(TUESDAY, 12))
    with db.session(write=True) as s:
        decide(s, first, BookingStatus.CANCELLED, NOW)
        outsider = BookingInput(
            "103", at(TUESDAY, 15), at(TUESDAY, 17), organisation="광주 청년센터",
            contact="062-000-0000", purpose="네트워킹", attendees=40,
        )  # fmt: skip
        book(s, outsider, NOW)
    page.refresh()
    page.tabs.setCurrentIndex(1)
    qtmodeltester.check(page.model)
    assert page.count.text() == "3건"
    assert len(page.grid.blocks) == 2  # the cancelled one frees its slot
    page.status.setCurrentIndex(page.status.findData(BookingStatus.CANCELLED.value))
    assert [r.id for r in page.model.visible()] == [first]
    page.status.setCurrentIndex(0)
    page.search.setText("청년")
    rows = texts(page.model)
    assert page.count.text() == "1건"
    assert rows[0][1] == "2026-03-03 (화)"
    assert rows[0][4:] == ("다목적홀", "광주 청년센터", "외부", "네트워킹", "40", "신청")
    page.search.setText(str(first))  # a refusal names a booking by its number
    assert [r.id for r in page.model.visible()] == [first]
    page.search.setText("청년")
    opened: list[int] = []
    on_dialog(lambda dialog: opened.append(dialog.booking.id))
    page.view.selectRow(0)
    assert page.decide_button.isEnabled()
    page.decide_button.click()
    assert opened == [page.model.visible()[0].id]


def test_the_week_follows_the_arrows_and_the_as_of_day(page: BookingsPage, clocked: Desk) -> None:
    page.following.click()
    assert page.period.text() == "2026-03-09 ~ 2026-03-15"
    assert page.listed()[:2] == (date(2026, 3, 9), date(2026, 4, 5))
    page.this_week.click()  # the clock's week
    assert page.period.text() == "2026-03-02 ~ 2026-03-08"
    clocked.set_as_of(date(2026, 5, 6))
    assert page.period.text() == "2026-05-04 ~ 2026-05-10"


def test_the_dialog_waits_for_a_company_then_says_yes_in_its_own_style(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int
) -> None:
    dialog = new_dialog(qtbot, clocked, "204", at(TUESDAY, 10))
    assert dialog.verdict.objectName() == "waiting" and "목록에서" in dialog.verdict.text()
    assert not save_button_enabled(dialog)
    dialog.tenant.setText("빛고을")  # part of a name: the list offers it, nothing is wrong yet
    dialog.refresh()
    assert dialog.verdict.objectName() == "waiting" and not in_red(dialog.verdict)
    assert dialog.verdict.text() == "맞는 기업이 1개입니다. 목록에서 고르세요."
    dialog.tenant.setText("빛고을랩")  # the whole name, which only one company has
    dialog.refresh()
    assert dialog.verdict.objectName() == "verdict" and save_button_enabled(dialog)
    assert not in_red(dialog.verdict)  # restyled: the refusal's colour does not stay
    dialog.tenant.setText("없는기업")  # a name no company has: refused, in red
    dialog.refresh()
    assert in_red(dialog.verdict) and "'없는기업'" in dialog.verdict.text()


def test_a_former_tenant_may_not_take_a_meeting_room(
    qtbot: QtBot, clocked: Desk, db: Database
) -> None:
    with db.session(write=True) as s:
        gone = make_tenant(s, name="떠난랩")
        make_lease(s, gone, "302", date(2025, 4, 1), date(2026, 2, 28))
    dialog = new_dialog(qtbot, clocked, "204", at(TUESDAY, 10))
    dialog.tenant.setText("떠난랩")
    dialog.refresh()
    assert "입주 계약이 없습니다" in dialog.verdict.text() and dialog.reason.isVisibleTo(dialog)
    dialog.reason.setText("졸업기업 멘토링")
    dialog.refresh()
    assert "(입주 중인 기업 전용)" in dialog.verdict.text()


def test_a_booking_over_may_only_be_marked_a_no_show(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int
) -> None:
    made = request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 12))
    with db.session(write=True) as s:
        decide(s, made, BookingStatus.APPROVED, NOW)
    clocked.now = lambda: at(TUESDAY, 12)
    (view,) = booked(db)
    dialog = DecisionDialog(clocked, view)
    qtbot.addWidget(dialog)
    assert set(dialog.choices) == {BookingStatus.NO_SHOW}


def test_one_space_chosen_shows_its_own_hours_and_a_new_booking_starts_soon(
    page: BookingsPage, db: Database, tenant_id: int, on_dialog: Callable[..., None]
) -> None:
    request(db, tenant_id, at(TUESDAY, 19), at(TUESDAY, 21))  # the hall, in the evening
    page.refresh()
    assert (page.grid.first_hour, page.grid.last_hour) == (9, 22)
    page.space.setCurrentIndex(page.space.findData("204"))
    assert (page.grid.first_hour, page.grid.last_hour) == (9, 18)
    assert page.lane_names.isHidden()

    def opened(dialog: QDialog) -> None:
        assert isinstance(dialog, BookingDialog)
        assert dialog.space.currentData() == "204"
        assert (dialog.day.date().day(), dialog.starts.time().toString("HH:mm")) == (2, "08:30")

    on_dialog(opened)
    page.new.click()


def test_an_evening_booking_to_midnight_reads_24_00(
    qtbot: QtBot, page: BookingsPage, clocked: Desk, db: Database, tenant_id: int
) -> None:
    dialog = new_dialog(qtbot, clocked, "103", at(TUESDAY, 20))
    dialog.tenant.setText("빛고을랩")
    dialog.ends.setTime(dialog.ends.time().fromString("00:00", "HH:mm"))  # the day's end
    dialog.reason.setText("야간 행사")  # the hall closes at 22:00
    dialog.refresh()
    assert "20:00~24:00" in dialog.verdict.text()
    dialog.save()
    request(db, tenant_id, at(TUESDAY, 18), at(TUESDAY, 19))
    page.refresh()
    page.tabs.setCurrentIndex(1)
    page.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # by end
    assert [row[3] for row in texts(page.model)] == ["19:00", "24:00"]
    assert page.grid.last_hour == 24
    (_rect, late), _ = sorted(page.grid.blocks, key=lambda x: -x[1].start.hour)
    assert late.end == datetime.combine(date(2026, 3, 4), time())  # stored as the next 00:00


def test_clicks_off_the_slots_book_nothing(qtbot: QtBot, clocked: Desk) -> None:
    grid = WeekGrid("ko")  # on its own: a click that did book would open no dialog here
    qtbot.addWidget(grid)
    grid.resize(1200, 800)
    grid.show_week(Week(week_of(AS_OF), clocked.read(bookable_spaces), [], NOW, AS_OF))
    for point in (QPoint(10, 300), QPoint(200, 10), QPoint(grid.width() - 2, 30)):
        with (
            qtbot.assertNotEmitted(grid.slot_clicked),
            qtbot.assertNotEmitted(grid.booking_clicked),
        ):
            qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=point)
    with qtbot.waitSignal(grid.slot_clicked) as clicked:
        qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=QPoint(grid.width() - 2, 61))
    assert clicked.args == ["206", at(date(2026, 3, 8), 9)]  # Sunday's last lane, 09:00


def test_the_requests_opened_from_the_dashboard_are_those_it_counts(
    qtbot: QtBot, clocked: Desk, db: Database, tenant_id: int, settings: QSettings
) -> None:
    request(db, tenant_id, at(TUESDAY, 10), at(TUESDAY, 11))  # before the 기준일
    later = request(db, tenant_id, at(date(2026, 3, 5), 10), at(date(2026, 3, 5), 11))
    clocked.set_as_of(date(2026, 3, 4))  # a Wednesday
    window = MainWindow(clocked, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.dashboard.requests.figure.text() == "1"
    window.bookings.show_requests()
    assert [b.id for b in window.bookings.model.visible()] == [later]


def test_a_renamed_space_is_offered_by_its_new_name(page: BookingsPage, clocked: Desk) -> None:
    assert page.space.findText("103 다목적홀") > 0
    clocked.write(Change.SPACES, lambda s: update_space(s, "103", AS_OF, name="빛고을홀"))
    assert page.space.findText("103 다목적홀") == -1 and page.space.findText("103 빛고을홀") > 0
    assert page.space.count() == 7  # 모든 공간 and the six, not twice
