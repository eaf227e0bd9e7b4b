"""호실·층: each floor drawn as rooms along a corridor, coloured by state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
)
from shiboken6 import isValid

from incubator_app.domain.building import SpaceKind, show_area
from incubator_app.domain.errors import Language
from incubator_app.domain.identifiers import short_company_name
from incubator_app.domain.labels import floor_name, kind_name
from incubator_app.services.rooms import RoomOnDate, RoomState, rooms_on
from incubator_app.services.settings import load_policy
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import Page, open_dialog
from incubator_app.ui.room_dialog import RoomDialog
from incubator_app.ui.table import show_date
from incubator_app.ui.theme import (
    ENDING,
    INK,
    MUTED_INK,
    NOT_LEASED,
    OCCUPIED,
    PAST_WINDOW,
    VACANT_ROOM,
    WHITE,
)
from incubator_app.ui.work import Progress

STATE_COLOURS = {
    RoomState.PAST_WINDOW: PAST_WINDOW,
    RoomState.ENDING: ENDING,
    RoomState.OCCUPIED: OCCUPIED,
    RoomState.VACANT: VACANT_ROOM,
    RoomState.NOT_LEASED: NOT_LEASED,
}
DEPTH = 120.0  # a room's depth on the plan
CORRIDOR = 48.0
PIXELS_PER_M2 = 2.4
NARROWEST = 84.0
WIDEST = 260.0  # a hall or lounge drawn no wider, so every label stays readable


def room_details(room: RoomOnDate, language: Language) -> str:
    """What hovering a room tells: its number, name, kind, area, and who holds it until when."""
    space = room.space
    lines = [f"{space.number} {space.name}", kind_name(space.kind, language)]
    if space.area_m2 is not None:
        lines.append(show_area(space.area_m2))
    if space.kind is SpaceKind.COWORKING:
        lines.append(f"{room.seats_used} / {space.capacity or 0}")
    for lease in room.leases:
        lines.append(
            f"{lease.tenant_name}: {show_date(lease.start)} ~ {show_date(lease.effective_end)}"
        )
    return "\n".join(lines)


def floor_layout(rooms: list[RoomOnDate]) -> list[tuple[RoomOnDate, QRectF]]:
    """Where each room of a floor is drawn: half along each side of a corridor."""
    widths = [
        min(max(float(room.space.area_m2 or 0) * PIXELS_PER_M2, NARROWEST), WIDEST)
        for room in rooms
    ]
    half, running = len(rooms), 0.0
    for index, width in enumerate(widths):  # the sides about equally long
        running += width
        if running >= sum(widths) / 2:
            half = index + 1
            break
    placed = []
    for side, row in enumerate((range(half), range(half, len(rooms)))):
        x, top = 0.0, side * (DEPTH + CORRIDOR)
        for index in row:
            placed.append((rooms[index], QRectF(x, top, widths[index], DEPTH)))
            x += widths[index]
    return placed


def extent_of(floors: list[list[RoomOnDate]]) -> QRectF:
    """The smallest rectangle that holds the plan of any of ``floors``."""
    extent = QRectF(0, 0, NARROWEST, 2 * DEPTH + CORRIDOR)
    for rooms in floors:
        for _room, rect in floor_layout(rooms):
            extent = extent.united(rect)
    return extent


class RoomItem(QGraphicsRectItem):
    def __init__(self, room: RoomOnDate, rect: QRectF, language: Language) -> None:
        super().__init__(rect)
        self.room = room
        self.setBrush(QBrush(STATE_COLOURS[room.state]))
        self.setPen(QPen(MUTED_INK, 1.2))
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setToolTip(room_details(room, language))
        dark = room.state in (RoomState.OCCUPIED, RoomState.PAST_WINDOW)
        ink = WHITE if dark else INK
        number = QGraphicsSimpleTextItem(room.space.number, self)
        bold = QFont()
        bold.setBold(True)
        number.setFont(bold)
        number.setBrush(ink)
        number.setPos(rect.left() + 6, rect.top() + 6)
        space = room.space
        if space.kind is SpaceKind.COWORKING:
            holder = f"{space.name} {room.seats_used}/{space.capacity or 0}"
        else:
            holder = room.leases[0].tenant_name if room.leases else space.name
        label = QGraphicsSimpleTextItem(self)
        label.setBrush(ink)
        label.setText(fitted_name(holder, QFontMetricsF(label.font()), rect.width() - 12))
        label.setPos(rect.left() + 6, rect.top() + 30)


NAME_LINES = 3  # below the room number, inside a room's depth


def fitted_name(name: str, metrics: QFontMetricsF, width: float) -> str:
    """A name on at most three lines of ``width``: whole if it fits, else without its legal
    form ("주식회사 …" would leave companies indistinguishable), else cut with "…"."""
    for candidate in (name, short_company_name(name)):
        lines = _balanced(candidate, metrics, width)
        if len(lines) <= NAME_LINES:
            return "\n".join(lines)
    kept = _wrapped(short_company_name(name), metrics, width)[:NAME_LINES]
    kept[-1] = metrics.elidedText(kept[-1] + "…", Qt.TextElideMode.ElideRight, width)
    return "\n".join(kept)


def _balanced(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """As few lines as fit, of about equal length ("메타모빌리" / "티코리아", not
    "메타모빌리티코리" / "아")."""
    lines = _wrapped(text, metrics, width)
    if len(lines) < 2:
        return lines
    even = metrics.horizontalAdvance(text) / len(lines)
    for step in range(1, 6):  # the narrowest width that still takes no more lines
        tried = _wrapped(text, metrics, min(width, even * (1 + step / 10)))
        if len(tried) == len(lines):
            return tried
    return lines


def _wrapped(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Lines of ``text`` within ``width``, broken at a space where one fits, else anywhere
    (Korean names break between syllables)."""
    lines: list[str] = []
    line = ""
    for char in text:
        if line and metrics.horizontalAdvance(line + char) > width:
            head, space, tail = line.rpartition(" ")
            if space and head:
                lines.append(head)
                line = tail
            else:
                lines.append(line)
                line = ""
            if char == " ":
                continue
        line += char
    return [*lines, line] if line else lines


class FloorPlan(QGraphicsView):
    """Signals:
    room_opened(object): a room was double-clicked (its ``RoomOnDate``).
    """

    room_opened = Signal(object)

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.items_by_number: dict[str, RoomItem] = {}

    def show_rooms(self, rooms: list[RoomOnDate], extent: QRectF) -> None:
        """Rooms in number order, half along each side of a corridor, on a scene of
        ``extent`` (the largest floor's), so that every floor is drawn at one scale."""
        scene = self.scene()
        chosen = {i.room.space.number for i in scene.selectedItems() if isinstance(i, RoomItem)}
        scene.clear()
        self.items_by_number = {}
        for room, rect in floor_layout(rooms):
            item = RoomItem(room, rect, self.language)
            scene.addItem(item)
            self.items_by_number[room.space.number] = item
            item.setSelected(room.space.number in chosen)  # a reload keeps the room chosen
        scene.setSceneRect(extent.adjusted(-10, -10, 10, 10))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        item = self.itemAt(event.position().toPoint())
        while item is not None and not isinstance(item, RoomItem):
            item = item.parentItem()
        if isinstance(item, RoomItem):
            self.room_opened.emit(item.room)
        super().mouseDoubleClickEvent(event)


class RoomsPage(Page):
    """Signals:
    new_lease(str): start a new lease for this room number.
    """

    shows = Change.TENANTS | Change.LEASES | Change.SPACES | Change.SETTINGS

    new_lease = Signal(str)

    def __init__(self, desk: Desk) -> None:
        super().__init__(desk, "rooms")
        self.rooms: list[RoomOnDate] = []
        self.floors = QTabBar()
        self.plan = FloorPlan(desk.language)
        self.details = QLabel(self.tr("호실을 누르면 자세한 내용이 보입니다."))
        self.details.setWordWrap(True)
        self.details.setMinimumWidth(240)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.edit = QPushButton(self.tr("호실 수정…"))
        self.lease = QPushButton(self.tr("이 호실로 새 계약…"))
        self.edit.setEnabled(False)
        self.lease.setEnabled(False)
        side = QVBoxLayout()
        side.addWidget(self.details, 1)
        side.addWidget(self.edit)
        side.addWidget(self.lease)
        legend = QHBoxLayout()
        for state, text in (
            (RoomState.VACANT, self.tr("공실")),
            (RoomState.OCCUPIED, self.tr("입주")),
            (RoomState.ENDING, ""),  # the alert window's days, as set: see ``show_loaded``
            (RoomState.PAST_WINDOW, self.tr("초기창업 기간 지난 기업")),
            (RoomState.NOT_LEASED, self.tr("공용·대관 공간")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(16, 16)
            swatch.setStyleSheet(
                f"background: {STATE_COLOURS[state].name()}; border: 1px solid {MUTED_INK.name()};"
            )
            legend.addWidget(swatch)
            label = QLabel(text)
            if state is RoomState.ENDING:
                self.ending_label = label
            legend.addWidget(label)
            legend.addSpacing(12)
        legend.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.plan, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(self.floors)
        layout.addLayout(body, 1)
        layout.addLayout(legend)
        self.floors.currentChanged.connect(lambda _i: self._draw())
        self.plan.scene().selectionChanged.connect(self._chosen)
        self.plan.room_opened.connect(self._opened)
        self.edit.clicked.connect(self._edit)
        self.lease.clicked.connect(lambda: self.new_lease.emit(self.chosen_number()))

    quick = True  # bounded by the building: a few milliseconds on the GUI thread

    def load(self, _progress: Progress) -> Any:
        day = self.desk.as_of
        return self.desk.read(lambda s: (rooms_on(s, day), load_policy(s).alert_window_days))

    def show_loaded(self, loaded: Any) -> None:
        self.rooms, window = loaded
        self.ending_label.setText(self.tr("{0}일 안에 계약 만료").format(window))
        levels = sorted({room.space.floor for room in self.rooms})
        language = self.desk.language
        labels = {
            room.space.floor: floor_name(room.space.floor, room.space.floor_label, language)
            for room in self.rooms
        }
        current = self.floors.tabData(self.floors.currentIndex())
        self.floors.blockSignals(True)
        while self.floors.count():
            self.floors.removeTab(0)
        for level in levels:
            self.floors.setTabData(self.floors.addTab(labels[level]), level)
        rented = [r.space.floor for r in self.rooms if r.space.kind is SpaceKind.STARTUP_ROOM]
        first = levels.index(min(rented)) if rented else 0
        chosen = levels.index(current) if current in levels else first
        self.floors.setCurrentIndex(chosen)
        self.floors.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        level = self.floors.tabData(self.floors.currentIndex())
        floors: dict[int, list[RoomOnDate]] = {}
        for room in self.rooms:
            floors.setdefault(room.space.floor, []).append(room)
        self.plan.show_rooms(floors.get(level, []), extent_of(list(floors.values())))
        self.plan.fitInView(self.plan.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._chosen()

    def show_floor(self, level: int) -> None:
        for index in range(self.floors.count()):
            if self.floors.tabData(index) == level:
                self.floors.setCurrentIndex(index)

    def chosen(self) -> RoomOnDate | None:
        items = [item for item in self.plan.scene().selectedItems() if isinstance(item, RoomItem)]
        return items[0].room if items else None

    def chosen_number(self) -> str:
        room = self.chosen()
        return room.space.number if room else ""

    def _chosen(self) -> None:
        if not isValid(self.plan):  # the scene empties itself while the window closes
            return
        room = self.chosen()
        self.edit.setEnabled(room is not None and self.writable())
        self.lease.setEnabled(room is not None and room.open_for_lease and self.writable())
        self.details.setText(
            room_details(room, self.desk.language)
            if room is not None
            else self.tr("호실을 누르면 자세한 내용이 보입니다.")
        )

    def _opened(self, room: RoomOnDate) -> None:
        if room.open_for_lease:
            self.new_lease.emit(room.space.number)

    def _edit(self) -> None:
        room = self.chosen()
        if room is not None:
            open_dialog(self, self.desk, lambda: RoomDialog(self.desk, room.space, self))
