"""The rule-checked dialogs: checks that only read, the reason field naming the rules it
lifts, Save only when nothing refuses, and the race another desk wins."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from incubator_app.domain.errors import DomainError
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import LeaseInput, check_renewal, create_lease
from incubator_app.store.database import Database
from incubator_app.ui.checked_dialog import CheckedDialog
from incubator_app.ui.dates import qdate
from incubator_app.ui.desk import Desk
from incubator_app.ui.lease_dialog import LeaseDialog, RenewDialog
from incubator_app.ui.pages.leases import LeasesPage
from incubator_app.ui.tenant_dialog import TenantDialog
from tests.builders import counts, make_lease, make_tenant, write_lock_held
from tests.gui.choosing import pick


def saveable(dialog: CheckedDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_the_lease_dialog_answers_while_another_desk_holds_the_write_lock(
    qtbot: QtBot, db: Database, db_path: Path, desk: Desk
) -> None:
    with db.session(write=True) as s:
        make_tenant(s, name="빛고을랩")
    dialog = LeaseDialog(desk, "302")
    qtbot.addWidget(dialog)
    dialog.show()
    with write_lock_held(str(db_path)):  # as long as it takes: a check never waits for it
        pick(dialog.tenant, "빛고을")
        dialog.rent.setText("200,000")
        qtbot.waitUntil(lambda: dialog.verdict.text().startswith("계약할 수 있습니다"))
        assert "빛고을랩, 302" in dialog.verdict.text() and saveable(dialog)
    dialog.save()
    with db.session() as s:
        (lease,) = list_leases(s)
    assert (lease.room, lease.rent) == ("302", 200_000)


def test_the_reason_field_names_the_rules_it_lifts_for_a_lease(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with db.session(write=True) as s:
        make_tenant(s, name="오래된기업", started_on=date(2019, 3, 2))
    dialog = LeaseDialog(desk, "302")
    qtbot.addWidget(dialog)
    dialog.show()
    pick(dialog.tenant, "오래된")
    dialog.refresh()
    assert dialog.reason.isVisible() and not saveable(dialog)
    assert dialog.reason.placeholderText() == "사유를 적으면 풀리는 규칙: 초기창업 기간"
    assert "초기창업 기간" in dialog.verdict.text()
    dialog.reason.setText("심사위원회 승인")
    dialog.refresh()
    assert dialog.verdict.text().startswith("예외로 계약합니다 (초기창업 기간)")
    assert "심사위원회 승인" in dialog.verdict.text() and saveable(dialog)
    dialog.save()
    with db.session() as s:
        (lease,) = list_leases(s)
    assert lease.override_reason == "심사위원회 승인"


def test_a_race_another_desk_won_is_explained_and_nothing_is_written(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with db.session(write=True) as s:
        mine = make_tenant(s, name="빛고을랩")
        theirs = make_tenant(s, name="다른데스크기업")
    dialog = LeaseDialog(desk, "302")
    qtbot.addWidget(dialog)
    pick(dialog.tenant, "빛고을")
    dialog.refresh()
    assert saveable(dialog)
    with db.session(write=True) as s:  # the other desk signs the room meanwhile
        create_lease(s, LeaseInput(theirs.id, "302", desk.as_of))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "다른데스크기업" in dialog.verdict.text() and not saveable(dialog)
    with db.session() as s:
        assert [lease.tenant_id for lease in list_leases(s)] == [theirs.id] != [mine.id]


def test_a_renewal_is_checked_before_save_and_a_renewed_lease_offers_none(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    with db.session(write=True) as s:
        tenant = make_tenant(s, name="연장기업")
        lease = make_lease(s, tenant, "301", date(2025, 4, 1), date(2026, 3, 31))
        make_lease(s, make_tenant(s, name="다음기업"), "301", date(2026, 6, 1))
    dialog = RenewDialog(desk, lease)
    qtbot.addWidget(dialog)
    assert not saveable(dialog) and "다음기업" in dialog.verdict.text()  # before any Save
    dialog.default_term.setChecked(False)
    dialog.end.setDate(qdate(date(2026, 5, 31)))
    dialog.refresh()
    assert dialog.verdict.text().startswith("재계약할 수 있습니다") and saveable(dialog)
    dialog.save()
    page = LeasesPage(desk)
    qtbot.addWidget(page)
    page.which.setCurrentIndex(page.which.findData("all"))
    page.refresh()
    rows = {(x.tenant_name, x.start): i for i, x in enumerate(page.model.visible())}
    page.view.selectRow(rows[("연장기업", date(2026, 4, 1))])
    assert page.renew.isEnabled()  # the renewal itself may be renewed in its turn
    page.view.selectRow(rows[("연장기업", date(2025, 4, 1))])
    assert not page.renew.isEnabled()  # renewed: its renewal is renewed, not it
    with pytest.raises(DomainError) as caught, db.session() as s:
        check_renewal(s, lease.id)  # the service agrees: renew its renewal instead
    assert caught.value.code == "lease_continued"


def test_the_tenant_form_names_every_field_s_problem_as_typed(
    qtbot: QtBot, db: Database, desk: Desk
) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("빛고을랩")
    dialog.brn.setText("124-81-00998")
    dialog.started.setText("2099-01-02")
    dialog.phone.setText("전화 없음")
    dialog.email.setText("me@")
    problems = {field: label.text() for field, label in dialog.field_problems.items()}
    assert "2099-01-02" in problems["started_on"]
    assert "전화 없음" in problems["phone"] and "me@" in problems["email"]
    assert not problems["name"] and not problems["brn"] and not saveable(dialog)
    dialog.started.setText("2025-01-02")
    dialog.phone.setText("062-000-0000")
    dialog.email.setText("me@example.kr")
    assert saveable(dialog) and not any(p.text() for p in dialog.field_problems.values())
    assert counts(db) == (0, 0)


def test_unticking_the_default_term_lets_the_end_be_typed_and_ticking_restores_it(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = LeaseDialog(desk, "302")
    qtbot.addWidget(dialog)
    default = dialog.end.date()
    assert dialog.default_term.isChecked() and not dialog.end.isEnabled()
    dialog.default_term.setChecked(False)
    assert dialog.end.isEnabled()
    dialog.end.setDate(qdate(date(2026, 12, 31)))
    assert dialog.data().end == date(2026, 12, 31)
    dialog.default_term.setChecked(True)
    assert not dialog.end.isEnabled() and dialog.end.date() == default
    assert dialog.data().end is None  # the default term


def test_a_new_tenant_form_hints_before_it_refuses(qtbot: QtBot, desk: Desk) -> None:
    dialog = TenantDialog(desk, None)
    qtbot.addWidget(dialog)
    hints = {field: label for field, label in dialog.field_problems.items() if label.text()}
    assert set(hints) == {"name", "brn", "started_on"} and not saveable(dialog)
    assert all(label.objectName() == "waiting" for label in hints.values())  # not yet wrong
    dialog.brn.setText("124-81-0099")  # typed in, and wrong: now a refusal
    assert dialog.field_problems["brn"].objectName() == "fieldError"
    assert dialog.field_problems["name"].objectName() == "waiting"
