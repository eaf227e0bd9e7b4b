"""Two desks' windows on one database, side by side: what one saves, the other shows
within two seconds, keeping its selection; a save from a screen read before the other
desk's is refused with its name, keeps what was typed, and goes through the second time."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from incubator_app.domain.stamps import Kind
from incubator_app.services.stamps import read_stamp
from incubator_app.services.tenants import get_tenant, input_of, update_tenant
from incubator_app.store.database import Database, open_database
from incubator_app.ui.actions import PageId
from incubator_app.ui.desk import Desk
from incubator_app.ui.pages.tenants import TenantsPage
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import make_tenant
from tests.gui.conftest import AS_OF, settled, window

SEEN_WITHIN_MS = 2000


@pytest.fixture
def desks(app: object, db_path: Path) -> Iterator[tuple[Desk, Desk]]:
    kim = Desk(open_database(str(db_path), desk="김매니저"), AS_OF, "ko")
    lee = Desk(open_database(str(db_path), desk="이매니저"), AS_OF, "ko")
    yield kim, lee
    for desk in (kim, lee):
        desk.close()
        desk.db.dispose()


def test_a_tenant_changed_at_one_desk_appears_at_the_other_keeping_the_selection(
    qtbot: QtBot, desks: tuple[Desk, Desk], settings: QSettings
) -> None:
    kim, lee = desks
    with kim.db.session(write=True) as s:
        first, second = make_tenant(s, "가나전자"), make_tenant(s, "빛고을로봇")
    main = window(qtbot, kim, settings)
    main.show_page(PageId.TENANTS)
    page = main.page(PageId.TENANTS)
    assert isinstance(page, TenantsPage)
    settled(qtbot, page)
    page.view.selectRow(1)  # 빛고을로봇, sorted by name
    with lee.db.session(write=True) as s:  # the other desk renames the first company
        update_tenant(s, first.id, replace(input_of(first), name="하나전자"), AS_OF)

    def renamed() -> None:
        names = [page.model.rows[i].tenant.name for i in range(page.model.rowCount())]
        assert sorted(names) == ["빛고을로봇", "하나전자"]

    qtbot.waitUntil(renamed, timeout=SEEN_WITHIN_MS)
    settled(qtbot, page)
    (chosen,) = page.view.selectionModel().selectedRows()
    assert page.model.row_at(chosen).tenant.id == second.id  # still the one chosen
    assert main.signing.text() == "데스크: 김매니저"


def test_a_stale_save_is_refused_with_the_other_desks_name_and_typing_is_kept(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    kim, lee = desks
    with kim.db.session(write=True) as s:
        tenant = make_tenant(s, "빛고을로봇")
    dialog = TenantDialog(kim, tenant.id)
    qtbot.addWidget(dialog)
    assert dialog.signed is not None
    assert dialog.signed.signatures.text().startswith("등록 김매니저 · ")
    dialog.sector.setText("인공지능")  # kim types while lee saves a new phone number
    lee_dialog = TenantDialog(lee, tenant.id)
    qtbot.addWidget(lee_dialog)
    lee_dialog.phone.setText("062-123-4567")
    lee_dialog.save()
    assert lee_dialog.result() == lee_dialog.DialogCode.Accepted

    dialog.save()

    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.verdict.text().startswith("다른 데스크(이매니저)에서 ")
    assert dialog.signed.stored.text() == "지금 저장된 값 — 연락처: 062-123-4567"
    assert "수정 이매니저 · " in dialog.signed.signatures.text()
    assert dialog.sector.text() == "인공지능"  # what kim typed stays
    assert dialog.phone.text() == "062-123-4567"  # a field kim left takes lee's value
    with kim.db.session() as s:
        assert get_tenant(s, tenant.id, AS_OF).sector is None  # nothing of kim's written

    dialog.save()  # seen what lee changed, kim saves again

    assert dialog.result() == dialog.DialogCode.Accepted
    with kim.db.session() as s:
        stored = get_tenant(s, tenant.id, AS_OF)
        assert (stored.sector, stored.phone) == ("인공지능", "062-123-4567")
        assert read_stamp(s, Kind.TENANT, tenant.id).changed_by == "김매니저"


def test_a_desk_renamed_in_the_settings_signs_the_next_change(
    qtbot: QtBot,
    db: Database,
    desk: Desk,
    settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("INCUBATOR_DESK", raising=False)
    from incubator_app.desk_settings import desk_name
    from incubator_app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(desk, settings, "language")
    qtbot.addWidget(dialog)
    dialog.desk_name.setText("   ")
    dialog.save()
    assert dialog.problem.text().startswith("데스크 이름을 입력하세요")
    dialog.desk_name.setText(" 박매니저 ")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk_name() == "박매니저"  # kept for the next start, and the command line
    with db.session(write=True) as s:
        tenant = make_tenant(s)
    with db.session() as s:
        assert read_stamp(s, Kind.TENANT, tenant.id).created_by == "박매니저"


def test_a_stale_settings_save_keeps_the_typing_and_the_other_desks_values(
    qtbot: QtBot, desks: tuple[Desk, Desk], settings: QSettings
) -> None:
    from incubator_app.services.settings import load_policy
    from incubator_app.ui.settings_dialog import SettingsDialog

    kim, lee = desks
    dialog = SettingsDialog(kim, settings, "language")
    qtbot.addWidget(dialog)
    theirs = SettingsDialog(lee, settings, "language")
    qtbot.addWidget(theirs)
    theirs.fields["alert_window_days"].setText("120")
    theirs.fields["booking_window_days"].setText("20")
    theirs.save()
    dialog.fields["alert_window_days"].setText("100")

    dialog.save()

    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text().startswith("다른 데스크(이매니저)에서 ")
    assert dialog.fields["alert_window_days"].text() == "100"
    assert dialog.fields["booking_window_days"].text() == "20"
    assert "120" in dialog.stored.text() and "20" in dialog.stored.text()
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    with kim.db.session() as s:
        policy = load_policy(s)
    assert (policy.alert_window_days, policy.booking_window_days) == (100, 20)


def test_a_room_opened_from_an_older_row_is_refused_and_keeps_the_other_desks_name(
    qtbot: QtBot, desks: tuple[Desk, Desk]
) -> None:
    from incubator_app.services.spaces import get_space, update_space
    from incubator_app.ui.room_dialog import RoomDialog

    kim, lee = desks
    row = kim.read(lambda s: get_space(s, "301"))  # the 호실 page's row, read a while ago
    with lee.db.session(write=True) as s:
        update_space(s, "301", AS_OF, name="301호 (창가)")
    dialog = RoomDialog(kim, row)  # opened from the older row
    qtbot.addWidget(dialog)
    dialog.area.setText("40.50")

    dialog.save()

    assert dialog.problem.text().startswith("다른 데스크(이매니저)에서 ")
    assert dialog.signed is not None
    assert dialog.signed.stored.text() == "지금 저장된 값 — 이름: 301호 (창가)"
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = kim.read(lambda s: get_space(s, "301"))
    assert (stored.name, str(stored.area_m2)) == ("301호 (창가)", "40.50")
