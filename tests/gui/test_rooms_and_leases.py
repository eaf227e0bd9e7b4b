"""Floor plan and leases as a manager uses them: real widgets on a real SQLite file."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from incubator_app.domain.identifiers import EntityType
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import renew_lease
from incubator_app.services.rooms import RoomState
from incubator_app.services.settings import change_setting
from incubator_app.services.spaces import list_spaces
from incubator_app.store.database import Database
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.lease_dialog import LeaseDialog, MoveOutDialog
from incubator_app.ui.pages.leases import ENDING, LeasesPage
from incubator_app.ui.pages.rooms import STATE_COLOURS, RoomsPage
from incubator_app.ui.room_dialog import RoomDialog
from tests.builders import counts, make_lease, make_tenant
from tests.gui.choosing import pick
from tests.gui.conftest import AS_OF, settled


def rooms_page(qtbot: QtBot, desk: Desk) -> RoomsPage:
    page = RoomsPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)
    page.show_floor(3)
    return page


def colour_of(page: RoomsPage, room: str) -> str:
    return page.plan.items_by_number[room].brush().color().name()


def test_floor_plan_colours_follow_the_leases(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        held = make_lease(s, make_tenant(s, name="입주기업"), "301", date(2025, 10, 1))
        make_lease(s, make_tenant(s, name="곧 만료"), "302", date(2025, 4, 1), date(2026, 4, 30))
        aged = make_tenant(s, name="졸업 지난 기업", started_on=date(2022, 1, 3))
        make_lease(s, aged, "303", date(2025, 6, 1), override_reason="심사위원회 승인")
    page = rooms_page(qtbot, desk)
    assert colour_of(page, "301") == STATE_COLOURS[RoomState.OCCUPIED].name()
    assert colour_of(page, "302") == STATE_COLOURS[RoomState.ENDING].name()
    assert colour_of(page, "303") == STATE_COLOURS[RoomState.PAST_WINDOW].name()
    assert colour_of(page, "304") == STATE_COLOURS[RoomState.VACANT].name()
    assert "입주기업" in page.plan.items_by_number["301"].toolTip()
    move_out = MoveOutDialog(desk, held, page)
    qtbot.addWidget(move_out)
    move_out.on.setDate(move_out.on.date().addDays(-1))
    move_out.save()
    assert colour_of(page, "301") == STATE_COLOURS[RoomState.VACANT].name()


def test_choosing_an_empty_room_starts_a_lease_for_it(qtbot: QtBot, desk: Desk) -> None:
    page = rooms_page(qtbot, desk)
    assert not page.lease.isEnabled()
    page.plan.items_by_number["305"].setSelected(True)
    assert page.lease.isEnabled() and "305" in page.details.text()
    with qtbot.waitSignal(page.new_lease) as started:
        page.lease.click()
    assert started.args == ["305"]


def test_a_room_too_large_for_its_floor_is_refused(qtbot: QtBot, db: Database, desk: Desk) -> None:
    with db.session() as s:
        room = next(x for x in list_spaces(s) if x.number == "301")
    dialog = RoomDialog(desk, room)
    qtbot.addWidget(dialog)
    dialog.area.setText("9000")
    dialog.save()
    assert "3층" in dialog.problem.text() and "1750.00㎡" in dialog.problem.text()
    with db.session() as s:
        assert next(x for x in list_spaces(s) if x.number == "301").area_m2 == room.area_m2
    dialog.name.setText("창업실 301")
    dialog.area.setText(str(room.area_m2))
    dialog.save()
    with db.session() as s:
        assert next(x for x in list_spaces(s) if x.number == "301").name == "창업실 301"


def test_a_company_past_its_window_is_refused_until_a_reason_is_given(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        old = make_tenant(s, name="오래된기업", started_on=date(2015, 1, 2))
    dialog = LeaseDialog(desk, "306")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tenant.setText(old.brn or "")
    dialog.rent.setText("150,000원")
    dialog.refresh()
    assert "2018-01-02" in dialog.verdict.text()
    assert dialog.reason.isVisible()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.save()
    assert counts(db) == (1, 0)
    dialog.reason.setText("지역 전략산업 특별 추천")
    dialog.refresh()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    dialog.save()
    with db.session() as s:
        (lease,) = list_leases(s)
    assert (lease.room, lease.rent, lease.override_reason) == (
        "306",
        150_000,
        "지역 전략산업 특별 추천",
    )


def test_a_room_already_taken_is_refused_with_who_holds_it(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="먼저 입주"), "307", date(2025, 4, 1))
        newcomer = make_tenant(s, name="새 기업")
    dialog = LeaseDialog(desk, "307")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tenant.setText(newcomer.brn or "")
    dialog.refresh()
    assert "먼저 입주" in dialog.verdict.text()
    assert not dialog.reason.isVisible()  # no reason overrides a taken room
    assert counts(db) == (2, 1)


def test_leases_page_filters_and_keeps_qt_rules(
    qtbot: QtBot, qtmodeltester: ModelTester, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="현재기업"), "308", date(2025, 10, 1))
        ending = AS_OF + timedelta(days=30)
        make_lease(s, make_tenant(s, name="만료임박"), "309", date(2025, 4, 1), ending)
        make_lease(s, make_tenant(s, name="떠난기업"), "310", date(2024, 1, 2), date(2025, 1, 1))
    page = LeasesPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)

    def names() -> list[str]:
        return sorted(x.tenant_name for x in page.model.visible())

    assert names() == ["만료임박", "현재기업"]
    qtmodeltester.check(page.model)
    page.which.setCurrentIndex(page.which.findData("ending"))
    assert names() == ["만료임박"]
    page.which.setCurrentIndex(page.which.findData("ended"))
    assert names() == ["떠난기업"]
    page.which.setCurrentIndex(page.which.findData("all"))
    page.search.setText("310")
    assert names() == ["떠난기업"]
    assert page.count.text() == "1건"


def test_the_lease_goes_to_the_tenant_chosen_even_with_the_same_name(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with desk.db.session(write=True) as s:
        first = make_tenant(s, name="홍길동", entity=EntityType.PRE_FOUNDER)
        second = make_tenant(s, name="홍길동", entity=EntityType.PRE_FOUNDER)
    dialog = LeaseDialog(desk, "코워킹스페이스")
    qtbot.addWidget(dialog)
    dialog.tenant.setText("홍길동")
    assert dialog.tenant.listed.stringList() == [
        f"홍길동 (예비) #{first.id}",
        f"홍길동 (예비) #{second.id}",
    ]
    dialog.refresh()  # one name, two companies: the list says which
    assert dialog.verdict.text() == "맞는 기업이 2개입니다. 목록에서 고르세요."
    pick(dialog.tenant, "홍길동", f"#{second.id}")
    dialog.refresh()
    assert "홍길동, 201" in dialog.verdict.text()
    dialog.save()
    with db.session() as s:
        (lease,) = list_leases(s)
    assert lease.tenant_id == second.id != first.id


def test_a_bare_number_is_not_taken_for_a_tenant(qtbot: QtBot, db: Database, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_tenant(s, name="첫 기업")
    dialog = LeaseDialog(desk, "311")
    qtbot.addWidget(dialog)
    dialog.tenant.setText("1")  # part of the BRN: offered in the list, not taken as ID 1
    dialog.refresh()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
    assert "목록에서 고르세요" in dialog.verdict.text()
    dialog.tenant.setText("99999999")  # in no name or BRN either, nor taken as an ID
    dialog.refresh()
    assert "'99999999'" in dialog.verdict.text()
    assert counts(db) == (1, 0)


def test_a_lease_already_over_has_no_move_out(qtbot: QtBot, desk: Desk) -> None:
    with desk.db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="떠난기업"), "312", date(2024, 1, 2), date(2025, 1, 1))
        make_lease(s, make_tenant(s, name="있는기업"), "313", date(2025, 10, 1))
    page = LeasesPage(desk)
    qtbot.addWidget(page)
    page.show()
    settled(qtbot, page)
    page.which.setCurrentIndex(page.which.findData("all"))
    rows = {x.tenant_name: i for i, x in enumerate(page.model.visible())}
    page.view.selectRow(rows["떠난기업"])
    assert page.renew.isEnabled() and not page.move_out.isEnabled()
    page.view.selectRow(rows["있는기업"])
    assert page.move_out.isEnabled()


def test_leases_ending_soon_are_counted_alike_on_every_page(qtbot: QtBot, desk: Desk) -> None:
    """A lease with a signed renewal is not "ending" on the 계약 page either (issue 12)."""
    with desk.db.session(write=True) as s:
        renewed = make_lease(s, make_tenant(s, name="재계약 기업"), "301", date(2025, 4, 1),
                             date(2026, 4, 30))  # fmt: skip
        renew_lease(s, renewed.id)
        make_lease(s, make_tenant(s, name="곧 만료"), "302", date(2025, 4, 1), date(2026, 4, 30))
        make_lease(s, make_tenant(s, name="먼 만료"), "303", date(2025, 4, 1), date(2027, 4, 30))
    page = LeasesPage(desk)
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData(ENDING))
    page.refresh()
    assert [row.tenant_name for row in page.model.visible()] == ["곧 만료"]
    plan = rooms_page(qtbot, desk)
    assert colour_of(plan, "301") == STATE_COLOURS[RoomState.OCCUPIED].name()
    assert colour_of(plan, "302") == STATE_COLOURS[RoomState.ENDING].name()
    assert page.which.currentText() == "90일 안에 만료"
    with desk.db.session(write=True) as s:  # the window is a setting, and the labels say it
        change_setting(s, "alert_soon_days", "30")
        change_setting(s, "alert_window_days", "45")
    page.refresh()
    plan.refresh()
    assert page.which.currentText() == "45일 안에 만료" and page.model.visible() == []
    assert plan.ending_label.text() == "45일 안에 계약 만료"
    assert colour_of(plan, "302") == STATE_COLOURS[RoomState.OCCUPIED].name()


def test_the_room_chosen_on_the_plan_stays_chosen_when_the_plan_reads_again(
    qtbot: QtBot, desk: Desk
) -> None:
    plan = rooms_page(qtbot, desk)
    plan.plan.items_by_number["305"].setSelected(True)
    assert plan.chosen_number() == "305" and plan.lease.isEnabled()
    with desk.db.session(write=True) as s:  # another desk signs it: the plan reads again
        make_lease(s, make_tenant(s, name="새 입주기업"), "305", AS_OF)
    desk.tell(Change.LEASES)
    settled(qtbot, plan)
    assert plan.chosen_number() == "305"
    assert colour_of(plan, "305") == STATE_COLOURS[RoomState.OCCUPIED].name()
    assert not plan.lease.isEnabled()  # taken now: no new lease offered for it
