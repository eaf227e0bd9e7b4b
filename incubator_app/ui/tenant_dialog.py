"""Add or correct a tenant: each field checked as it is typed, the verdict, its leases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from incubator_app.domain.eligibility import days_left, early_stage_until, stage_on
from incubator_app.domain.errors import DomainError, message
from incubator_app.domain.identifiers import (
    EntityType,
    normalize_brn,
    normalize_corporation_number,
)
from incubator_app.domain.labels import entity_label, entity_name
from incubator_app.domain.periods import parse_typed_date, public_date
from incubator_app.domain.text import clean_text
from incubator_app.services.clock import seoul_today
from incubator_app.services.leases import LeaseView, list_leases
from incubator_app.services.settings import load_policy
from incubator_app.services.tenants import (
    MAX_EMPLOYEES,
    NAME_LENGTH,
    TenantInput,
    TenantView,
    create_tenant,
    get_tenant,
    update_tenant,
)
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import FormDialog, problem_label
from incubator_app.ui.pages.leases import lease_columns
from incubator_app.ui.table import RowsModel

UNKNOWN = -1  # the employee count's field when nobody knows it
HISTORY_WIDTH = 680  # every column of a lease, without scrolling sideways


class TenantDialog(FormDialog):
    """Saving is refused with the rule's own message next to its field; nothing is written."""

    def __init__(self, desk: Desk, tenant_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, "", parent)
        self.tenant_id = tenant_id
        language = desk.language
        current: TenantView | None = None
        history: list[LeaseView] = []
        if tenant_id is not None:
            current, history = desk.read(
                lambda s: (
                    get_tenant(s, tenant_id, desk.as_of),
                    list_leases(s, tenant=tenant_id),
                )
            )
        self.check_digit = desk.read(lambda s: load_policy(s).brn_check_digit)
        self.setWindowTitle(self.tr("입주기업 수정") if current else self.tr("입주기업 추가"))
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
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.errors: dict[str, QLabel] = {}
        form = self.form
        for label, field, widget in (
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
        ):
            form.addRow(label, widget)
            error = problem_label(lines=1)  # always there, empty while the field is fine
            form.addRow("", error)
            self.errors[field] = error
        form.addRow("", self.new_industry)
        form.addRow(self.tr("판정"), self.verdict)
        if current is not None:
            self.add_below(QLabel(self.tr("계약 이력")))
            self.history: RowsModel[LeaseView] = RowsModel(lease_columns())
            self.history.set_rows(history)
            table = QTableView()
            table.setModel(self.history)
            table.setMaximumHeight(140)
            table.setMinimumWidth(HISTORY_WIDTH)
            table.resizeColumnsToContents()
            self.add_below(table)
        self._language = language
        if current is not None:
            self._fill(current)
        for widget in (self.name, self.brn, self.corporation, self.started):
            widget.textChanged.connect(self.check)
        self.entity.currentIndexChanged.connect(self.check)
        self.new_industry.toggled.connect(self.check)
        self.check()

    def _fill(self, tenant: TenantView) -> None:
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

    # -- checking as the person types ---------------------------------------
    def _field(self, field: str, check: Callable[[], object]) -> bool:
        try:
            check()
        except DomainError as error:
            self.errors[field].setText(error.text(self._language))
            return False
        self.errors[field].setText("")
        return True

    def _entity(self) -> EntityType:
        return EntityType(self.entity.currentData())

    def _started_on(self) -> date | None:
        text = self.started.text().strip()
        return parse_typed_date(text, "started_on") if text else None

    def check(self) -> bool:
        """Check what can be told field by field; show the verdict. True when it may be saved."""
        entity = self._entity()
        business = entity is not EntityType.PRE_FOUNDER
        for widget in (self.brn, self.corporation, self.started):
            widget.setEnabled(business)
        self.corporation.setEnabled(entity is EntityType.CORPORATION)
        ok = self._field("name", self._name)
        if business:
            ok &= self._field("brn", self._brn)
            ok &= self._field("started_on", self._start_required)
        else:
            self.errors["brn"].setText("")
            self.errors["started_on"].setText("")
        if self.corporation.isEnabled() and self.corporation.text().strip():
            ok &= self._field(
                "corporation_no", lambda: normalize_corporation_number(self.corporation.text())
            )
        else:
            self.errors["corporation_no"].setText("")
        self._show_verdict(business)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _name(self) -> None:
        if clean_text("name", self.name.text(), NAME_LENGTH, label="tenant_name") is None:
            raise DomainError("tenant_name_required", field="name")

    def _brn(self) -> None:
        if not self.brn.text().strip():
            raise DomainError("brn_required", field="brn", type=entity_label(self._entity()))
        normalize_brn(self.brn.text(), check_digit=self.check_digit)

    def _start_required(self) -> None:
        if self._started_on() is None:
            raise DomainError(
                "started_required", field="started_on", type=entity_label(self._entity())
            )

    def _show_verdict(self, business: bool) -> None:
        """The stage on the 기준일 and why: "초기창업 D-45, 2026. 3. 2.까지"."""
        language, day = self._language, self.desk.as_of
        try:
            started = self._started_on() if business else None
        except DomainError:
            self.verdict.setText("")
            return
        if business and started is None:  # not a pre-founder: the stage waits for the date
            self.verdict.setText(self.tr("개업일을 입력하면 업력을 판정합니다"))
            return
        stage = stage_on(started, day, self.new_industry.isChecked())
        label = message(f"stage_{stage.value}", language)
        if started is None:
            self.verdict.setText(label)
            return
        until, left = early_stage_until(started), days_left(started, day) or 0
        when = public_date(until)
        if left >= 0:
            self.verdict.setText(self.tr("{0} D-{1}, {2}까지").format(label, left, when))
        else:
            self.verdict.setText(self.tr("{0}: 초기창업 기간 {1} 종료").format(label, when))

    # -- saving ----------------------------------------------------------------
    def data(self) -> TenantInput:
        business = self._entity() is not EntityType.PRE_FOUNDER
        return TenantInput(
            name=self.name.text(),
            entity=self._entity(),
            brn=self.brn.text() if business else None,
            corporation_no=self.corporation.text() if self.corporation.isEnabled() else None,
            started_on=self._started_on() if business else None,
            representative=self.representative.text(),
            sector=self.sector.text(),
            employees=None if self.employees.value() == UNKNOWN else self.employees.value(),
            phone=self.phone.text(),
            email=self.email.text(),
            notes=self.notes.text(),
            new_industry=self.new_industry.isChecked(),
        )

    def save(self) -> None:
        if not self.check():
            return
        data, today, tenant_id = self.data(), seoul_today(), self.tenant_id
        try:
            self.desk.write(
                Change.TENANTS,
                lambda s: (
                    create_tenant(s, data, today)
                    if tenant_id is None
                    else update_tenant(s, tenant_id, data, today)
                ),
            )
        except DomainError as error:
            field = error.field if error.field in self.errors else "name"
            self.errors[field].setText(error.text(self._language))
            return
        self.accept()
