"""대시보드: occupancy tiles, a chart per floor, and the alerts that need a manager."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from incubator_app.domain.alerts import AlertCode, Urgency, d_day
from incubator_app.domain.building import area_figure
from incubator_app.domain.eligibility import Stage
from incubator_app.domain.errors import DomainError, Language
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.labels import alert_name, floor_name, stage_name
from incubator_app.domain.money import won
from incubator_app.reports.occupancy import percent
from incubator_app.services.billing_balances import TenantArrears, arrears
from incubator_app.services.booking_lists import pending_bookings, utilisation
from incubator_app.services.eligibility import TenantStanding, standings_on
from incubator_app.services.occupancy import FloorOccupancy, Occupancy, occupancy_on, vacant_rooms
from incubator_app.ui.desk import Desk
from incubator_app.ui.form import Page
from incubator_app.ui.table import Column, RowsModel, show_date, table_view
from incubator_app.ui.theme import OCCUPIED, TILE_STYLE, URGENCY_COLOURS, VACANT, Tone, tone
from incubator_app.ui.work import Progress


@dataclass(frozen=True)
class AlertRow:
    tenant_id: int
    tenant: str
    what: str
    due: date
    days: int
    urgency: Urgency


class Tile(QFrame):
    """A figure with its caption and a line of detail."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.figure = QLabel()
        tone(self.figure, Tone.FIGURE)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.body = QVBoxLayout(self)
        for label in (self.caption, self.figure, self.detail):
            self.body.addWidget(label)

    def show_figure(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)


class FloorChart(QWidget):
    """보육실 per floor: occupied and vacant as one bar each, labelled."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language: Language = language
        self.floors: tuple[FloorOccupancy, ...] = ()
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_floors(self, floors: tuple[FloorOccupancy, ...]) -> None:
        self.floors = tuple(f for f in floors if f.startup_rooms or f.coworking_seats)
        self.setFixedHeight(max(len(self.floors), 1) * 44)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.floors:
            return
        metrics = painter.fontMetrics()
        names = [floor_name(f.floor or 0, f.label, self.language) for f in self.floors]
        label_width = max(metrics.horizontalAdvance(name) for name in names) + 12
        figure_width = metrics.horizontalAdvance("00/00 (100.0%)") + 12
        row = self.height() / len(self.floors)
        bar_height = min(row * 0.6, 28)
        width = max(self.width() - label_width - figure_width, 10)
        for i, floor in enumerate(self.floors):
            top = i * row + (row - bar_height) / 2
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(0, i * row, label_width - 6, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                names[i],
            )
            total, used = (
                (floor.startup_rooms, floor.startup_occupied)
                if floor.startup_rooms
                else (floor.coworking_seats, floor.coworking_used)
            )
            filled = width * used / total if total else 0
            painter.fillRect(QRectF(label_width, top, width, bar_height), VACANT)
            painter.fillRect(QRectF(label_width, top, filled, bar_height), OCCUPIED)
            rate = f"{used * 100 / total:.1f}%" if total else "—"
            painter.drawText(
                QRectF(label_width + width + 6, i * row, figure_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{used}/{total} ({rate})",
            )


class DashboardPage(Page):
    """Signals:
    open_tenant(int): a tenant of the alert list was double-clicked.
    open_requests(): the requests waiting for a decision were asked for.
    """

    open_tenant = Signal(int)
    open_requests = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "dashboard")
        self.rooms = Tile(self.tr("보육실 입주율"))
        self.area = Tile(self.tr("면적 입주율"))
        self.stages = Tile(self.tr("단계별 입주기업"))
        self.vacant = Tile(self.tr("공실"))
        self.seats = Tile(self.tr("코워킹 좌석"))
        self.requests = Tile(self.tr("공용공간 예약 신청"))
        self.arrears = Tile(self.tr("미납"))
        to_requests = QPushButton(self.tr("신청 처리하기…"))
        to_requests.clicked.connect(self.open_requests.emit)
        self.requests.body.addWidget(to_requests)
        tiles = QGridLayout()
        shown = (self.rooms, self.area, self.stages, self.vacant, self.seats, self.requests)
        for column, tile in enumerate((*shown, self.arrears)):
            tiles.addWidget(tile, 0, column)
        self.chart = FloorChart(desk.language)
        self.alerts: RowsModel[AlertRow] = RowsModel(
            identity=lambda a: (a.tenant_id, a.what),  # a tenant may have several alerts
            columns=[
                Column(heading(Heading.TENANT_NAME, desk.language), lambda a: a.tenant),
                Column(heading(Heading.ALERTS, desk.language), lambda a: a.what),
                Column(
                    heading(Heading.DUE, desk.language),
                    lambda a: show_date(a.due),
                    key=lambda a: a.due,
                ),
                Column(
                    heading(Heading.D_DAY, desk.language),
                    lambda a: d_day(a.days),
                    key=lambda a: a.days,
                    numeric=True,
                    colour=lambda a: URGENCY_COLOURS[a.urgency],
                ),
            ],
        )
        self.alert_view = table_view(self.alerts)
        self.alert_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # most urgent first
        self.alert_view.doubleClicked.connect(self._open)
        chart_box = QVBoxLayout()
        chart_box.addWidget(QLabel(self.tr("층별 입주 현황 (보육실, 코워킹은 좌석)")))
        chart_box.addWidget(self.chart)
        self.use_title = QLabel()
        self.use = QLabel()
        self.use.setWordWrap(True)
        chart_box.addWidget(self.use_title)
        chart_box.addWidget(self.use)
        chart_box.addStretch(1)
        alert_box = QVBoxLayout()
        alert_box.addWidget(QLabel(self.tr("알림 (급한 순)")))
        alert_box.addWidget(self.alert_view)
        lower = QHBoxLayout()
        lower.addLayout(chart_box, 2)
        lower.addLayout(alert_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(tiles)
        layout.addLayout(lower, 1)

    quick = True  # bounded by the building: a few milliseconds on the GUI thread
    counting = False  # the month's shared-space use follows the figures

    def load(self, _progress: Progress) -> Any:
        day = self.desk.as_of
        return self.desk.read(
            lambda s: (
                occupancy_on(s, day),
                standings_on(s, day),
                vacant_rooms(s, day),
                pending_bookings(s, day),
                arrears(s, day),
            )
        )

    def show_loaded(self, loaded: Any) -> None:
        occupancy, standings, vacant, pending, owing = loaded
        self._show_arrears(owing)
        day = self.desk.as_of
        self.use_title.setText(self.tr("공용공간 이용률 ({0}년 {1}월)").format(day.year, day.month))
        self.use.setText(self.tr("계산 중…"))
        self.counting = True
        QTimer.singleShot(0, self, self._show_use)  # after the figures above are painted
        now, passed = self.desk.now(), self.tr(" (지난 시각)")
        self.requests.show_figure(
            str(len(pending)),
            "\n".join(
                f"{b.start:%m/%d %H:%M} {b.space} · {b.booker}{passed if b.start < now else ''}"
                for b in pending[:3]
            )
            + ("\n…" if len(pending) > 3 else ""),
        )
        self._show_occupancy(occupancy)
        language = self.desk.language
        stages = Counter(standing.stage for standing in standings)
        self.stages.show_figure(
            str(len(standings)),
            " · ".join(f"{stage_name(s, language)} {stages[s]}" for s in Stage),
        )
        startup = [room for room in vacant if room.kind.incubates and room.area_m2 is not None]
        self.vacant.show_figure(
            str(len(vacant)),
            ", ".join(room.number for room in startup[:12]) + (" …" if len(startup) > 12 else ""),
        )
        rows = [
            AlertRow(s.tenant_id, s.name, alert_name(a.code, language), a.due, a.days, a.urgency)
            for s in standings
            for a in s.alerts
        ]
        rows += self._moved_out_owing(standings, owing)
        self.alerts.set_rows(sorted(rows, key=lambda row: (row.days, row.tenant)))
        self.alert_view.resizeColumnsToContents()

    def _moved_out_owing(
        self, standings: list[TenantStanding], owing: list[TenantArrears]
    ) -> list[AlertRow]:
        """Tenants no longer in the building who still owe: their 미납 alert too."""
        present = {s.tenant_id for s in standings}
        what = alert_name(AlertCode.ARREARS, self.desk.language)
        return [
            AlertRow(a.tenant_id, a.name, what, a.oldest_due, -a.days_overdue, Urgency.URGENT)
            for a in owing
            if a.tenant_id not in present
        ]

    def _show_arrears(self, owing: list[TenantArrears]) -> None:
        """Tenants owing past a due date: how many, how much, and the oldest."""
        if not owing:
            self.arrears.show_figure("0", self.tr("미납 없음"))
            return
        oldest = max(owing, key=lambda a: a.days_overdue)
        total = won(sum(a.balance for a in owing)).text(self.desk.language)
        self.arrears.show_figure(
            str(len(owing)),
            self.tr("합계 {0}\n가장 오래된 미납: {1} {2}").format(
                total, oldest.name, d_day(-oldest.days_overdue)
            ),
        )

    def _show_occupancy(self, occupancy: Occupancy) -> None:
        total = occupancy.total
        self.rooms.show_figure(
            percent(total.room_rate),
            self.tr("{0} / {1}실").format(total.startup_occupied, total.startup_rooms),
        )
        occupied, leasable = (
            area_figure(total.occupied_area_m2),
            area_figure(total.leasable_area_m2),
        )
        self.area.show_figure(percent(total.area_rate), f"{occupied} / {leasable}\u00a0㎡")
        self.seats.show_figure(
            f"{total.coworking_used} / {total.coworking_seats}",
            self.tr("사용 좌석 / 전체 좌석"),
        )
        self.chart.show_floors(occupancy.floors)

    def _show_use(self) -> None:
        """The shared spaces' use in the month: it counts each day's opening hours against
        the holiday calendar, which is read on first use, so it follows the figures."""
        day = self.desk.as_of
        self.counting = False
        try:
            use = self.desk.read(lambda s: utilisation(s, day.year, day.month))
        except DomainError as error:
            self.use.setText(error.text(self.desk.language))
            return
        self.use.setText("\n".join(f"{u.space}: {percent(u.rate)}" for u in use))

    def settled(self) -> bool:
        return super().settled() and not self.counting

    def _open(self, index: QModelIndex) -> None:
        self.open_tenant.emit(self.alerts.row_at(index).tenant_id)
