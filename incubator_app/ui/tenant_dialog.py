"""Add or correct a tenant: each field checked as it is typed, the verdict, its leases."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from incubator_app.domain.eligibility import days_left, early_stage_until, stage_on
from incubator_app.domain.errors import DomainError, FieldsRefusedError, Notice
from incubator_app.domain.identifiers import EntityType
from incubator_app.domain.labels import entity_name, stage_name
from incubator_app.domain.periods import parse_typed_date, public_date
from incubator_app.domain.stamps import CHANGED_ELSEWHERE, Kind
from incubator_app.domain.verdict import Verdict
from incubator_app.services.clock import seoul_today
from incubator_app.services.lease_lists import LeaseView, list_leases
from incubator_app.services.tenants import (
    MAX_EMPLOYEES,
    TenantInput,
    TenantView,
    check_tenant,
    create_tenant,
    get_tenant,
    input_of,
    update_tenant,
)
from incubator_app.ui.checked_dialog import CheckedDialog
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import show_verdict
from incubator_app.ui.ledger import ledger_view
from incubator_app.ui.pages.leases import lease_columns
from incubator_app.ui.table import RowsModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

UNKNOWN = -1  # the employee count's field when nobody knows it
HISTORY_WIDTH = 680  # every column of a lease, without scrolling sideways


class TenantDialog(CheckedDialog):
    """Every field's problem is shown beside it as it is typed, from the services' one
    check; the stage on the 기준일 under the form. Nothing is written until Save."""

    change = Change.TENANTS
    pause_ms = 0  # a tenant's check reads one index: each keystroke is answered at once

    def __init__(self, desk: Desk, tenant_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, "", parent)
        self.tenant_id = tenant_id
        current: TenantView | None = None
        history: list[LeaseView] = []
        if tenant_id is not None:
            current, history = desk.read(
                lambda s: (
                    get_tenant(s, tenant_id, desk.as_of),
                    list_leases(s, tenant=tenant_id),
                )
            )
        self.setWindowTitle(self.tr("입주기업 수정") if current else self.tr("입주기업 추가"))
        if current is None:
            self.touched = set()  # a new form is not wrong before anything is typed
        self.name = QLineEdit()
        self.entity = QComboBox()
        for entity in EntityType:
            self.entity.addItem(entity_name(entity, desk.language), entity.value)
        self.brn = QLineEdit()
        self.brn.setPlaceholderText("000-00-00000")
        self.corporation = QLineEdit()
        self.started = QLineEdit()
        self.started.setPlaceholderText("2025-03-02")
        self.representative = QLineEdit()
        self.sector = QLineEdit()
        self.employees = QSpinBox()
        self.employees.setRange(UNKNOWN, MAX_EMPLOYEES)
        self.employees.setSpecialValueText(self.tr("모름"))  # not the same as 0 employees
        self.employees.setValue(UNKNOWN)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.new_industry = QCheckBox(self.tr("신산업 창업기업 (창업기업 10년)"))
        self.notes = QLineEdit()
        fields = (
            (self.tr("기업명"), "name", self.name),
            (self.tr("구분"), "type", self.entity),
            (self.tr("사업자등록번호"), "brn", self.brn),
            (self.tr("법인등록번호"), "corporation_no", self.corporation),
            (self.tr("개업일"), "started_on", self.started),
            (self.tr("대표자"), "representative", self.representative),
            (self.tr("업종"), "sector", self.sector),
            (self.tr("고용인원"), "employees", self.employees),
            (self.tr("연락처"), "phone", self.phone),
            (self.tr("이메일"), "email", self.email),
            (self.tr("비고"), "notes", self.notes),
        )
        for label, field, widget in fields:
            self.form.addRow(label, widget)
            self.problem_row(field, widget)
        self.form.addRow("", self.new_industry)
        self.fit_screen()
        if current is not None:
            self.add_below(QLabel(self.tr("계약 이력")))
            self.history: RowsModel[LeaseView] = RowsModel(lease_columns(desk.language))
            self.history.set_rows(history)
            table = QTableView()
            table.setModel(self.history)
            table.setMaximumHeight(140)
            table.setMinimumWidth(HISTORY_WIDTH)
            table.resizeColumnsToContents()
            self.add_below(table)
            self.loaded = input_of(current)  # what the form was filled from
            self._fill(self.loaded)
            as_of = desk.as_of
            self.sign(
                Kind.TENANT, current, lambda s: get_tenant(s, current.id, as_of), self._described
            )
            tabs = self.findChild(QTabWidget)
            if tabs is not None:  # the form's tabs: 정보, 이력, and the tenant's money
                tabs.addTab(ledger_view(desk, current.id), self.tr("수납 내역"))
        self.watch(*(widget for _label, _field, widget in fields), self.new_industry)
        self.refresh()

    def _fill(self, tenant: TenantInput) -> None:
        self.name.setText(tenant.name)
        self.entity.setCurrentIndex(self.entity.findData(tenant.entity.value))
        self.brn.setText(tenant.brn or "")
        self.corporation.setText(tenant.corporation_no or "")
        self.started.setText(tenant.started_on.isoformat() if tenant.started_on else "")
        self.representative.setText(tenant.representative or "")
        self.sector.setText(tenant.sector or "")
        self.employees.setValue(UNKNOWN if tenant.employees is None else tenant.employees)
        self.phone.setText(tenant.phone or "")
        self.email.setText(tenant.email or "")
        self.notes.setText(tenant.notes or "")
        self.new_industry.setChecked(tenant.new_industry)

    def lost(self, refusal: DomainError) -> None:
        """Another desk saved first: the fields not typed in take its values, the fields
        typed in keep what was typed (its value for those is listed above Save)."""
        super().lost(refusal)
        if refusal.code != CHANGED_ELSEWHERE or self.signed is None:
            return
        stored = input_of(self.signed.current)
        typed = self.data(self._started_on())
        kept = {
            f.name: getattr(typed, f.name)
            for f in fields(TenantInput)
            if _given(getattr(typed, f.name)) != _given(getattr(self.loaded, f.name))
        }
        self.loaded = stored
        self._fill(replace(stored, **kept))

    def _entity(self) -> EntityType:
        return EntityType(self.entity.currentData())

    def _business(self) -> bool:
        return self._entity() is not EntityType.PRE_FOUNDER

    def _started_on(self) -> date | None:
        text = self.started.text().strip()
        return parse_typed_date(text, "started_on") if text and self._business() else None

    def before_check(self) -> None:
        business = self._business()
        self.brn.setEnabled(business)
        self.started.setEnabled(business)
        self.corporation.setEnabled(self._entity() is EntityType.CORPORATION)

    def data(self, started_on: date | None) -> TenantInput:
        business = self._business()
        return TenantInput(
            name=self.name.text(),
            entity=self._entity(),
            brn=self.brn.text() if business else None,
            corporation_no=self.corporation.text() if self.corporation.isEnabled() else None,
            started_on=started_on,
            representative=self.representative.text(),
            sector=self.sector.text(),
            employees=None if self.employees.value() == UNKNOWN else self.employees.value(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.text(),
            new_industry=self.new_industry.isChecked(),
        )

    def check(self, session: Session) -> Verdict[Any]:
        """The services' check; a start date that is no date is this form's own problem."""
        try:
            started, unreadable = self._started_on(), None
        except DomainError as problem:
            started, unreadable = None, problem
        problems: tuple[DomainError, ...] = ()
        try:
            verdict = check_tenant(session, self.data(started), seoul_today(), self.tenant_id)
        except FieldsRefusedError as refused:
            problems = refused.problems
        if unreadable is not None:
            problems = (*(p for p in problems if p.field != "started_on"), unreadable)
        if problems:
            raise FieldsRefusedError(problems)
        return verdict

    def describe(self, verdict: Verdict[Any]) -> str:
        notices: tuple[Notice, ...] = verdict.preview
        return "\n".join([self._stage(), *(n.text(self.desk.language) for n in notices)])

    def after_check(self) -> None:
        """The stage stays in view while another field is being corrected (not while the
        start date typed, which it counts from, is refused)."""
        problems = self.refusal.problems if self.refusal is not None else ()
        if self.started.text().strip() and any(p.field == "started_on" for p in problems):
            return
        if self.refusal is not None and not self.verdict.text():
            show_verdict(self.verdict, self._stage(), None)

    def _stage(self) -> str:
        """The stage on the 기준일 and why: "초기창업 D-45, 2026. 3. 2.까지"."""
        language, day = self.desk.language, self.desk.as_of
        try:
            started = self._started_on()
        except DomainError:
            return ""
        if self._business() and started is None:  # the stage waits for the date
            return self.tr("개업일을 입력하면 업력을 판정합니다")
        stage = stage_on(started, day, self.new_industry.isChecked())
        label = stage_name(stage, language)
        if started is None:
            return label
        until, left = early_stage_until(started), days_left(started, day) or 0
        when = public_date(until) if language == "ko" else until.isoformat()
        if left >= 0:
            return self.tr("{0} D-{1}, {2}까지").format(label, left, when)
        return self.tr("{0}: 초기창업 기간 {1} 종료").format(label, when)

    def record(self, session: Session) -> object:
        data, today, tenant_id = self.data(self._started_on()), seoul_today(), self.tenant_id
        if tenant_id is None:
            return create_tenant(session, data, today)
        return update_tenant(session, tenant_id, data, today, seen=self.seen)

    def _described(self, tenant: TenantView) -> dict[str, str]:
        """The tenant by the form's labels (to say what another desk changed)."""
        language = self.desk.language
        shown = {
            self.tr("기업명"): tenant.name,
            self.tr("구분"): entity_name(tenant.entity, language),
            self.tr("사업자등록번호"): tenant.brn,
            self.tr("법인등록번호"): tenant.corporation_no,
            self.tr("개업일"): tenant.started_on.isoformat() if tenant.started_on else None,
            self.tr("대표자"): tenant.representative,
            self.tr("업종"): tenant.sector,
            self.tr("고용인원"): None if tenant.employees is None else str(tenant.employees),
            self.tr("연락처"): tenant.phone,
            self.tr("이메일"): tenant.email,
            self.tr("비고"): tenant.notes,
            self.tr("신산업 창업기업"): self.tr("예") if tenant.new_industry else self.tr("아니오"),
        }
        return {label: text or "—" for label, text in shown.items()}


def _given(value: object) -> object:
    """A field's value as the form compares it: an empty text is no value."""
    return None if value == "" else value
