"""계약: leases on the 기준일, ending soon, ended or all; new, renew, move out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)
from sqlalchemy.orm import Session

from incubator_app.domain.building import SpaceKind, area_figure
from incubator_app.domain.errors import Language
from incubator_app.domain.headings import Heading, heading
from incubator_app.services.lease_lists import LeaseView, leases_ended, leases_ending, list_leases
from incubator_app.services.settings import load_policy
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page, open_dialog
from incubator_app.ui.lease_dialog import LeaseDialog, MoveOutDialog, RenewDialog
from incubator_app.ui.money_dialogs import DepositDialog
from incubator_app.ui.table import (
    Column,
    RowsModel,
    count_label,
    money_column,
    search_box,
    show_date,
    table_view,
)
from incubator_app.ui.work import Progress

CURRENT, ENDING, ENDED, ALL = "current", "ending", "ended", "all"
FIT_COLUMNS_UP_TO = 2_000  # measuring every row's text costs more beyond that


def _room_area(lease: LeaseView) -> str:
    """A room's area; a coworking seat holds none of its own."""
    coworking = lease.kind is SpaceKind.COWORKING
    return "" if coworking or lease.area_m2 is None else area_figure(lease.area_m2)


def lease_columns(language: Language) -> list[Column[LeaseView]]:
    """The columns every table of leases shows (the 계약 page, a tenant's history)."""

    return [
        Column(heading(Heading.ROOM, language), lambda x: x.room),
        Column(heading(Heading.TENANT_NAME, language), lambda x: x.tenant_name),
        Column(
            heading(Heading.START, language),
            lambda x: show_date(x.start),
            key=lambda x: x.start,
        ),
        Column(
            heading(Heading.EFFECTIVE_END, language),
            lambda x: show_date(x.effective_end),
            key=lambda x: x.effective_end,
        ),
        Column(
            heading(Heading.SEATS, language),
            lambda x: str(x.seats or ""),
            key=lambda x: x.seats,
        ),
        Column(
            heading(Heading.AREA, language),
            _room_area,
            key=lambda x: x.area_m2,
            numeric=True,
        ),
        money_column(heading(Heading.DEPOSIT, language), lambda x: x.deposit),
        money_column(heading(Heading.RENT, language), lambda x: x.rent),
        money_column(heading(Heading.FEE, language), lambda x: x.fee),
        Column(heading(Heading.OVERRIDE_REASON, language), lambda x: x.override_reason or ""),
    ]


class LeasesPage(Page):
    shows = Change.TENANTS | Change.LEASES | Change.SPACES | Change.SETTINGS

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "leases")
        self.model: RowsModel[LeaseView] = RowsModel(lease_columns(desk.language))
        self.which = QComboBox()
        self.showing = CURRENT
        for text, value in (
            (self.tr("기준일 현재 계약"), CURRENT),
            ("", ENDING),  # the alert window's days, as set: see ``refresh``
            (self.tr("종료된 계약"), ENDED),
            (self.tr("모든 계약"), ALL),
        ):
            self.which.addItem(text, value)
        self.search = search_box(self.tr("기업명 또는 호실로 찾기"))
        self.count = count_label(self.tr("{0:,}건").format(999_999))
        self.new = QPushButton(self.tr("새 계약…"))
        self.renew = QPushButton(self.tr("재계약…"))
        self.move_out = QPushButton(self.tr("퇴실 처리…"))
        self.deposit = QPushButton(self.tr("보증금…"))
        self.new.setEnabled(self.writable())
        self.view = table_view(self.model)
        bar = QHBoxLayout()
        bar.addWidget(self.which)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        for button in (self.new, self.renew, self.move_out, self.deposit):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.search.textChanged.connect(self.apply_filter)
        self.new.clicked.connect(lambda: self.start_lease(None))
        self.renew.clicked.connect(lambda: self._on_chosen(RenewDialog))
        self.move_out.clicked.connect(lambda: self._on_chosen(MoveOutDialog))
        self.deposit.clicked.connect(self._deposit)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.model.modelReset.connect(self._buttons)

    def refresh(self) -> None:
        self.showing = self.which.currentData()  # read here: ``load`` runs off the GUI thread
        window = self.desk.read(lambda s: load_policy(s).alert_window_days)
        ending = self.tr("{0}일 안에 만료").format(window)
        self.which.setItemText(self.which.findData(ENDING), ending)
        super().refresh()

    def load(self, _progress: Progress) -> list[LeaseView]:
        day, which = self.desk.as_of, self.showing

        def leases(session: Session) -> list[LeaseView]:
            if which == ENDING:
                return leases_ending(session, day)
            if which == CURRENT:
                return list_leases(session, day)
            return list_leases(session) if which == ALL else leases_ended(session, day)

        return self.desk.read(leases)

    def show_loaded(self, loaded: list[LeaseView]) -> None:
        self.model.set_rows(loaded)
        self.apply_filter()
        if self.model.rowCount() <= FIT_COLUMNS_UP_TO:
            self.view.resizeColumnsToContents()

    def apply_filter(self) -> None:
        term = self.search.text().strip().casefold()
        rows = self.model.rows
        self.model.show(
            None
            if not term
            else [
                i
                for i in self.model.candidates()
                if term in rows[i].tenant_name.casefold() or term in rows[i].room.casefold()
            ]
        )
        self.count.setText(self.tr("{0:,}건").format(self.model.rowCount()))

    def chosen(self) -> LeaseView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0]) if rows else None

    def _buttons(self) -> None:
        lease = self.chosen()
        self.renew.setEnabled(lease is not None and lease.renewable and self.writable())
        # a lease already over on the 기준일 has no move-out to record
        self.move_out.setEnabled(
            lease is not None and lease.effective_end >= self.desk.as_of and self.writable()
        )
        self.deposit.setEnabled(lease is not None)

    def _deposit(self) -> None:
        lease = self.chosen()
        if lease is not None:
            open_dialog(self, self.desk, lambda: DepositDialog(self.desk, lease.id, self))

    def _on_chosen(self, dialog: type[RenewDialog] | type[MoveOutDialog]) -> None:
        lease = self.chosen()
        if lease is not None:
            open_dialog(self, self.desk, lambda: dialog(self.desk, lease, self))

    def start_lease(self, room: str | None) -> None:
        open_dialog(self, self.desk, lambda: LeaseDialog(self.desk, room, self))
