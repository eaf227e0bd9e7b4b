"""The window built from declarations: actions in menus once, pages told only what they
show, a reload that keeps the person's place, Save closing before pages read again."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from incubator_app.services.demo import make_demo
from incubator_app.store.database import Database, open_database
from incubator_app.ui.actions import ACTIONS, MENUS, Act, Menu, Need, PageId
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.mainwindow import MainWindow
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import make_tenant
from tests.gui.conftest import AS_OF, settled, window


def station_of_60(qtbot: QtBot, db: Database, desk: Desk, settings: QSettings) -> MainWindow:
    """The window on 60 demo tenants, just switched to the 입주기업 page."""
    with db.session(write=True) as s:
        make_demo(s, 60, seed=4, today=AS_OF)
    main = window(qtbot, desk, settings)
    main.show_page(PageId.TENANTS)
    return main


def listed(items: tuple[Act | Menu | None, ...]) -> list[Act]:
    acts: list[Act] = []
    for item in items:
        if isinstance(item, Menu):
            acts += listed(item.items)
        elif item is not None:
            acts.append(item)
    return acts


def test_every_action_is_in_a_menu_once_with_its_own_shortcut(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    in_menus = [act for menu in MENUS for act in listed(menu.items)]
    assert Counter(in_menus) == Counter(list(ACTIONS))  # each declared action, once
    main = window(qtbot, desk, settings)
    shortcuts = [a.shortcut().toString() for a in main.acts.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)) and "Ctrl+2" in shortcuts
    file_menu = main.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    print_menu = next(a.menu() for a in file_menu.actions() if a.text() == "인쇄")
    assert isinstance(print_menu, QMenu)
    assert [a.text() for a in print_menu.actions()] == [
        "입주 현황 보고…",
        "입주기업 현황…",
        "공용공간 주간 예약표…",
    ]
    main.acts[Act.SHOW_LEASES].trigger()
    assert main.stack.currentWidget() is main.leases
    main.trigger(Act.SHOW_BOOKINGS)
    assert main.navigation.currentItem().text() == "공용공간 예약"


def test_a_database_that_takes_no_writes_offers_no_writing_actions(
    qtbot: QtBot, db_path: Path, app: object, settings: QSettings
) -> None:
    database = open_database(f"sqlite:///file:{db_path.as_posix()}?mode=ro&uri=true")
    try:
        desk = Desk(database, AS_OF, "ko", read_only=database.read_only())
        main = window(qtbot, desk, settings)
        for act, declared in ACTIONS.items():
            assert main.acts[act].isEnabled() == (declared.needs is not Need.WRITE), act
        assert not main.acts[Act.NEW_LEASE].isEnabled() and main.acts[Act.SETTINGS].isEnabled()
    finally:
        database.dispose()


def test_pages_read_again_only_for_what_they_show(
    qtbot: QtBot, desk: Desk, settings: QSettings
) -> None:
    main = window(qtbot, desk, settings)
    for which in PageId:  # every page made (each is made when first shown)
        main.page(which)
    main.show_page(PageId.TENANTS)  # a page in view reads again at once: look at the others
    settled(qtbot, main.tenants)
    for page in main.pages.values():
        page.stale = False  # as after reading
    desk.tell(Change.BOOKINGS)
    stale = {page for page, shown in main.pages.items() if shown.stale}
    assert stale == {PageId.DASHBOARD, PageId.BOOKINGS, PageId.HISTORY}  # each change is an entry
    desk.tell(Change.SETTINGS)  # the alert window: the plan, the leases, the bookings' window
    stale = {page for page, shown in main.pages.items() if shown.stale}
    assert stale == set(PageId) - {PageId.TENANTS}


def test_the_page_in_view_reads_again_for_its_own_changes_only(
    qtbot: QtBot, db: Database, desk: Desk, settings: QSettings
) -> None:
    main = window(qtbot, desk, settings)
    main.show_page(PageId.TENANTS)
    page = main.tenants
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    with db.session(write=True) as s:  # another desk registers a company
        make_tenant(s, name="다른 데스크 기업")
    desk.tell(Change.BOOKINGS)  # not what the page shows: it stays as it was
    settled(qtbot, page)
    assert page.model.rowCount() == 0
    desk.tell(Change.TENANTS)
    settled(qtbot, page)
    assert [row.tenant.name for row in page.model.visible()] == ["다른 데스크 기업"]


def test_a_reload_keeps_the_tenant_chosen_and_the_scroll(
    qtbot: QtBot, db: Database, desk: Desk, settings: QSettings
) -> None:
    main = station_of_60(qtbot, db, desk, settings)
    page = main.tenants
    settled(qtbot, page)
    page.view.scrollToBottom()
    page.view.selectRow(50)
    chosen = page.model.row_at(page.view.selectionModel().selectedRows()[0]).tenant
    scroll = page.view.verticalScrollBar().value()
    assert scroll > 0
    desk.tell(Change.TENANTS)  # another change to the tenants: the page reads again
    (row,) = page.view.selectionModel().selectedRows()
    assert page.model.row_at(row).tenant.id == chosen.id
    assert page.view.verticalScrollBar().value() == scroll


def test_save_closes_the_dialog_before_the_pages_read_again(
    qtbot: QtBot,
    desk: Desk,
    settings: QSettings,
    on_dialog: Callable[[Callable[[QDialog], None]], None],
) -> None:
    main = window(qtbot, desk, settings)
    main.show_page(PageId.TENANTS)
    open_when_told: list[bool] = []
    desk.changed.connect(lambda _change: open_when_told.append(dialog_open()))

    def dialog_open() -> bool:
        return any(
            isinstance(w, TenantDialog) and w.isVisible() for w in main.findChildren(QDialog)
        )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, TenantDialog)
        dialog.entity.setCurrentIndex(dialog.entity.findData("예비"))
        dialog.name.setText("예비창업팀 빛")
        dialog.save()

    settled(qtbot, main.tenants)
    on_dialog(fill)
    main.trigger(Act.ADD_TENANT)
    assert open_when_told == [False]  # told once, after it closed
    assert [row.tenant.name for row in main.tenants.model.visible()] == ["예비창업팀 빛"]


def test_a_long_page_shows_at_once_and_reads_after_its_first_paint(
    qtbot: QtBot, db: Database, desk: Desk, settings: QSettings
) -> None:
    main = station_of_60(qtbot, db, desk, settings)
    page = main.tenants
    assert page.isVisible() and main.stack.currentWidget() is page
    assert not page.settled() and page.model.rowCount() == 0  # shown, not yet read
    settled(qtbot, page)
    assert page.model.rowCount() == 60


def test_a_database_that_takes_no_writes_offers_no_writing_buttons_either(
    qtbot: QtBot, db_path: Path, app: object, settings: QSettings
) -> None:
    database = open_database(f"sqlite:///file:{db_path.as_posix()}?mode=ro&uri=true")
    try:
        main = window(qtbot, Desk(database, AS_OF, "ko", read_only=True), settings)
        for which in (PageId.TENANTS, PageId.LEASES, PageId.BOOKINGS):
            main.show_page(which)
            settled(qtbot, main.page(which))
        assert not main.leases.new.isEnabled() and not main.bookings.new.isEnabled()
        adding = [b for b in main.tenants.findChildren(QPushButton) if "추가" in b.text()]
        assert adding and not any(button.isEnabled() for button in adding)
    finally:
        database.dispose()
