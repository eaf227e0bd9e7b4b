"""입주기업: every tenant, searched as you type, filtered by stage and floor."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from incubator_app.domain.eligibility import Stage
from incubator_app.domain.errors import CancelledError
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.identifiers import without_separators
from incubator_app.domain.labels import entity_name, floor_name, stage_name
from incubator_app.domain.text import search_text
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.tenants import TenantView, list_tenants
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page, open_dialog
from incubator_app.ui.table import (
    Column,
    RowsModel,
    count_label,
    search_box,
    show_date,
    table_view,
)
from incubator_app.ui.tenant_dialog import TenantDialog
from incubator_app.ui.work import Progress

NO_ROOM = -1  # the floor filter's "holding no room"
NO_FLOORS: frozenset[int] = frozenset()
PROGRESS_EVERY = 5_000


@dataclass(frozen=True)
class TenantRow:
    tenant: TenantView
    rooms: str  # rooms held on the 기준일
    floors: frozenset[int]


def search_key(tenant: TenantView) -> str:
    """What search-as-you-type looks in: name, representative, BRN digits."""
    brn = without_separators(tenant.brn or "")
    return f"{tenant.name}\n{tenant.representative or ''}\n{brn}".casefold()


def search_term(text: str) -> str:
    """A BRN typed with hyphens or spaces finds the digits; text compares as stored (NFC)."""
    term = search_text(text).casefold()
    digits = without_separators(term)
    return digits if digits.isdigit() else term


class TenantsPage(Page):
    shows = Change.TENANTS | Change.LEASES | Change.SPACES  # stage, rooms held

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "tenants")
        self.keys: list[str] = []
        self._last: tuple[str, object, object] = ("", None, None)  # the filter shown
        language = desk.language
        self.model: RowsModel[TenantRow] = RowsModel(
            [
                Column(heading(Heading.TENANT_NAME, language), lambda r: r.tenant.name),
                Column(
                    heading(Heading.ENTITY, language),
                    lambda r: entity_name(r.tenant.entity, desk.language),
                ),
                Column(heading(Heading.BRN, language), lambda r: r.tenant.brn or ""),
                Column(
                    heading(Heading.REPRESENTATIVE, language),
                    lambda r: r.tenant.representative or "",
                ),
                Column(
                    heading(Heading.STAGE, language),
                    lambda r: stage_name(r.tenant.stage, language),
                    key=lambda r: list(Stage).index(r.tenant.stage),
                ),
                Column(
                    heading(Heading.EARLY_STAGE_UNTIL, language),
                    lambda r: show_date(r.tenant.early_stage_until),
                    key=lambda r: r.tenant.early_stage_until,
                ),
                Column(heading(Heading.ROOM, language), lambda r: r.rooms),
                Column(heading(Heading.SECTOR, language), lambda r: r.tenant.sector or ""),
                Column(
                    heading(Heading.EMPLOYEES, language),
                    lambda r: "" if r.tenant.employees is None else f"{r.tenant.employees:,}",
                    key=lambda r: r.tenant.employees,
                    numeric=True,
                ),
            ]
        )
        self.search = search_box(self.tr("기업명, 대표자, 사업자등록번호로 찾기"))
        self.stage = QComboBox()
        self.stage.addItem(self.tr("모든 업력구분"), None)
        for stage in Stage:
            self.stage.addItem(stage_name(stage, language), stage.value)
        self.floor = QComboBox()
        self.count = count_label(self.tr("{0:,} / {1:,}개").format(999_999, 999_999))
        add = QPushButton(self.tr("입주기업 추가…"))
        add.setEnabled(self.writable())
        add.clicked.connect(lambda: self.edit(None))
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(self._open)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.stage, 1)
        bar.addWidget(self.floor, 1)
        bar.addWidget(self.count)
        bar.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        self.search.textChanged.connect(self.apply_filter)
        self.stage.currentIndexChanged.connect(self.apply_filter)
        self.floor.currentIndexChanged.connect(self.apply_filter)

    def load(self, progress: Progress) -> tuple[list[TenantRow], list[str]]:
        """Every tenant with the rooms it holds on the 기준일, and its search key."""
        day = self.desk.as_of
        tenants, leases = self.desk.read(lambda s: (list_tenants(s, day), list_leases(s, day)))
        held: dict[int, list[tuple[str, int]]] = defaultdict(list)
        for lease in leases:
            held[lease.tenant_id].append((lease.room, lease.floor))
        rows, keys = [], []
        for number, tenant in enumerate(tenants):
            if number % PROGRESS_EVERY == 0 and not progress(number, len(tenants)):
                raise CancelledError
            rooms = held.get(tenant.id)
            rows.append(
                TenantRow(
                    tenant,
                    ", ".join(room for room, _ in rooms) if rooms else "",
                    frozenset(floor for _, floor in rooms) if rooms else NO_FLOORS,
                )
            )
            keys.append(search_key(tenant))
        return rows, keys

    def show_loaded(self, loaded: tuple[list[TenantRow], list[str]]) -> None:
        rows, self.keys = loaded
        self._last = ("", None, None)
        self._floors(sorted({floor for row in rows for floor in row.floors}))
        self.model.set_rows(rows)
        self.apply_filter()
        if self.view.columnWidth(0) < 160:
            self.view.setColumnWidth(0, 220)

    def _floors(self, floors: list[int]) -> None:
        chosen = self.floor.currentData()
        self.floor.blockSignals(True)
        self.floor.clear()
        self.floor.addItem(self.tr("모든 층"), None)
        for level in floors:
            self.floor.addItem(floor_name(level, f"{level}층", self.desk.language), level)
        self.floor.addItem(self.tr("입주 호실 없음"), NO_ROOM)
        found = self.floor.findData(chosen)
        self.floor.setCurrentIndex(max(found, 0))
        self.floor.blockSignals(False)

    def apply_filter(self) -> None:
        """Search, stage and floor together, in one pass; typing one more letter only
        looks among the rows already shown."""
        term = search_term(self.search.text())
        stage = self.stage.currentData()
        floor = self.floor.currentData()
        rows, keys = self.model.rows, self.keys
        narrowing = (stage, floor) == self._last[1:] and term.startswith(self._last[0])
        self._last = (term, stage, floor)
        if not term and stage is None and floor is None:
            self.model.show(None)
        elif stage is None and floor is None:
            candidates = self.model.candidates(narrowing)
            self.model.show([i for i in candidates if term in keys[i]])
        else:
            self.model.show(
                [
                    i
                    for i in self.model.candidates(narrowing)
                    if term in keys[i]
                    and (stage is None or rows[i].tenant.stage == stage)
                    and (
                        floor is None
                        or floor in rows[i].floors
                        or (floor == NO_ROOM and not rows[i].floors)
                    )
                ]
            )
        self.count.setText(self.tr("{0:,} / {1:,}개").format(self.model.rowCount(), len(rows)))

    def _open(self, index: QModelIndex) -> None:
        self.edit(self.model.row_at(index).tenant.id)

    def edit(self, tenant_id: int | None) -> None:
        """The add (None) or edit dialog; the table refreshes through the desk's signal."""
        open_dialog(self, self.desk, lambda: TenantDialog(self.desk, tenant_id, self))
