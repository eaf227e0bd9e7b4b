"""One week of shared-space bookings drawn as a timetable: a column per day, the spaces
side by side within it, blocks coloured by status, closed days and hours shaded."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from incubator_app.domain import palette
from incubator_app.domain.bookings import BLOCKING, BookingStatus, closed_day, ends_at
from incubator_app.domain.errors import Language
from incubator_app.domain.periods import weekday
from incubator_app.services.booking_lists import BookableSpace, BookingView
from incubator_app.ui.booking_dialog import slot_text, status_text
from incubator_app.ui.theme import (
    BEYOND,
    CLOSED,
    HATCH,
    INK,
    LINE,
    MUTED_INK,
    PAST,
    REFUSED_INK,
    RULE,
    TODAY,
    WHITE,
)

STATUS_COLOURS = {  # the statuses that hold a slot (those drawn)
    BookingStatus[status]: QColor(colour) for status, colour in palette.BOOKING_FILL.items()
}
NOW_LINE = REFUSED_INK
GUTTER = 52  # the hour labels
DAY_HEAD = 40  # the date and a holiday's name
SPACE_HEAD = 20  # each space's number, when several are shown
HOUR = 52  # pixels per hour
NARROWEST_TEXT = 44  # a block narrower shows its text sideways
SIDEWAYS_LEAST = 12  # ... and narrower still, its colour only
SNAP_MINUTES = 30  # where a click on an empty slot starts the booking
DAYS = 7


@dataclass(frozen=True)
class Week:
    """What the grid shows: the Monday, the spaces side by side, their bookings, now, and
    the last day the booking window reaches."""

    monday: date
    spaces: list[BookableSpace]
    bookings: list[BookingView]
    now: datetime
    last_day: date


class WeekGrid(QWidget):
    """Signals:
    slot_clicked(str, object): an empty open slot (space number, its start ``datetime``).
    booking_clicked(object): a booking's block (its ``BookingView``).
    """

    slot_clicked = Signal(str, object)
    booking_clicked = Signal(object)

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language
        self.week = Week(date.min, [], [], datetime.min, date.min)  # noqa: DTZ901 (nothing yet)
        self.first_hour, self.last_hour = 9, 18
        self.blocks: list[tuple[QRectF, BookingView]] = []
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_week(self, week: Week) -> None:
        self.week = week
        opens = [s.policy.opens.hour for s in week.spaces] or [9]
        closes = [math.ceil(_hours(s.policy.closes)) for s in week.spaces] or [18]
        lanes = {s.number for s in week.spaces}
        shown = [b for b in week.bookings if b.status in BLOCKING and b.space_number in lanes]
        # a booking made outside the hours by exception is still drawn
        opens += [b.start.hour for b in shown]
        closes += [math.ceil(_hours(b.end.time())) or 24 for b in shown]
        self.first_hour, self.last_hour = min(opens), max(closes)
        self.setFixedHeight(self._top() + HOUR * (self.last_hour - self.first_hour) + 1)
        self._lay_out()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, self.height())

    # geometry -------------------------------------------------------------
    def _top(self) -> int:
        return DAY_HEAD + (SPACE_HEAD if len(self.week.spaces) > 1 else 0)

    def _day_width(self) -> float:
        return (self.width() - GUTTER) / DAYS

    def _lane(self, day: int, space: int) -> tuple[float, float]:
        """Left edge and width of one space's lane on one day."""
        lanes = max(len(self.week.spaces), 1)
        width = self._day_width() / lanes
        return GUTTER + day * self._day_width() + space * width, width

    def _y(self, moment: time) -> float:
        return self._top() + (_hours(moment) - self.first_hour) * HOUR

    def _block_rect(self, booking: BookingView) -> QRectF | None:
        numbers = [s.number for s in self.week.spaces]
        day = (booking.start.date() - self.week.monday).days
        if booking.space_number not in numbers or not 0 <= day < DAYS:
            return None
        left, width = self._lane(day, numbers.index(booking.space_number))
        top = self._y(booking.start.time())
        bottom = self._y(booking.end.time()) if booking.end.time() != time() else self._y_end()
        return QRectF(left + 1, top + 1, width - 2, bottom - top - 2)

    def _y_end(self) -> float:
        return self._top() + HOUR * (self.last_hour - self.first_hour)

    def _lay_out(self) -> None:
        self.blocks = []
        for booking in self.week.bookings:
            if booking.status in BLOCKING:
                rect = self._block_rect(booking)
                if rect is not None:
                    self.blocks.append((rect, booking))

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        self._lay_out()

    def slot_at(self, point: QPointF) -> tuple[str, datetime] | None:
        """The space and the start (snapped to the half hour) under ``point``."""
        if point.x() < GUTTER or point.y() < self._top() or not self.week.spaces:
            return None
        day = int((point.x() - GUTTER) // self._day_width())
        lane = int((point.x() - GUTTER - day * self._day_width()) // self._lane(0, 0)[1])
        minutes = int((point.y() - self._top()) / HOUR * 60) + self.first_hour * 60
        minutes -= minutes % SNAP_MINUTES
        if not (0 <= day < DAYS and 0 <= lane < len(self.week.spaces)) or minutes >= 24 * 60:
            return None
        moment = datetime.combine(self.week.monday + timedelta(days=day), time()) + timedelta(
            minutes=minutes
        )
        return self.week.spaces[lane].number, moment

    def point_of(self, space: str, moment: datetime) -> QPoint:
        """Where a slot is drawn (a little inside it): what a click there would book."""
        numbers = [s.number for s in self.week.spaces]
        left, width = self._lane((moment.date() - self.week.monday).days, numbers.index(space))
        return QPoint(int(left + width / 2), int(self._y(moment.time()) + 4))

    def booking_at(self, point: QPointF) -> BookingView | None:
        for rect, booking in self.blocks:
            if rect.contains(point):
                return booking
        return None

    # drawing --------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), WHITE)
        if not self.week.spaces:
            painter.end()
            return
        self._paint_days(painter)
        self._paint_hours(painter)
        for rect, booking in self.blocks:
            self._paint_block(painter, rect, booking)
        self._paint_past(painter)
        self._paint_now(painter)
        painter.end()

    def _paint_days(self, painter: QPainter) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        top, bottom = self._top(), self._y_end()
        for day_number in range(DAYS):
            day = self.week.monday + timedelta(days=day_number)
            closed = closed_day(day, self.language)
            left = GUTTER + day_number * self._day_width()
            if day == self.week.now.date():
                painter.fillRect(QRectF(left, 0, self._day_width(), top), TODAY)
            for lane, space in enumerate(self.week.spaces):
                self._paint_lane(painter, day_number, lane, space, closed)
            painter.setPen(REFUSED_INK if closed else INK)
            painter.setFont(bold)
            head = QRectF(left, 2, self._day_width(), 20)
            painter.drawText(head, Qt.AlignmentFlag.AlignCenter, _day_label(day, self.language))
            if closed and day.weekday() < 5:
                painter.setFont(small)
                name = QFontMetrics(small).elidedText(
                    closed, Qt.TextElideMode.ElideRight, int(self._day_width()) - 4
                )
                painter.drawText(
                    QRectF(left, 20, self._day_width(), 18), Qt.AlignmentFlag.AlignCenter, name
                )
            painter.setPen(QPen(RULE, 1))
            painter.drawLine(QPointF(left, 0), QPointF(left, bottom))
        painter.setFont(small)
        painter.setPen(MUTED_INK)
        if len(self.week.spaces) > 1:
            for day_number in range(DAYS):
                for lane, space in enumerate(self.week.spaces):
                    left, width = self._lane(day_number, lane)
                    painter.drawText(
                        QRectF(left, DAY_HEAD, width, SPACE_HEAD),
                        Qt.AlignmentFlag.AlignCenter,
                        space.number,
                    )

    def _paint_lane(
        self,
        painter: QPainter,
        day_number: int,
        lane: int,
        space: BookableSpace,
        closed: str | None,
    ) -> None:
        """A space's day: shaded where it is closed, lined at each hour."""
        left, width = self._lane(day_number, lane)
        top, bottom = self._top(), self._y_end()
        if closed and not space.policy.open_on_closed_days:
            painter.fillRect(QRectF(left, top, width, bottom - top), CLOSED)
            painter.fillRect(
                QRectF(left, top, width, bottom - top),
                QBrush(HATCH, Qt.BrushStyle.BDiagPattern),
            )
            return
        opens, closes = self._y(space.policy.opens), self._y(space.policy.closes)
        painter.fillRect(QRectF(left, top, width, opens - top), CLOSED)
        painter.fillRect(QRectF(left, closes, width, bottom - closes), CLOSED)
        if lane:
            painter.setPen(QPen(LINE, 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(left, top), QPointF(left, bottom))

    def _paint_hours(self, painter: QPainter) -> None:
        painter.setFont(self.font())
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self._top() + (hour - self.first_hour) * HOUR
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if hour < self.last_hour:
                painter.setPen(QPen(LINE, 1, Qt.PenStyle.DotLine))
                half = y + HOUR / 2
                painter.drawLine(QPointF(GUTTER, half), QPointF(self.width(), half))
            painter.setPen(MUTED_INK)
            painter.drawText(
                QRectF(0, y - 9, GUTTER - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{hour:02d}:00",
            )

    def _paint_block(self, painter: QPainter, rect: QRectF, booking: BookingView) -> None:
        colour = STATUS_COLOURS[booking.status]
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        if rect.width() < NARROWEST_TEXT:  # a narrow lane: the text runs up the block
            self._paint_sideways(painter, rect, booking)
            return
        painter.setPen(_ink(booking))
        metrics = QFontMetrics(self.font())
        inner = rect.adjusted(3, 2, -3, -2)
        lines = [f"{booking.start:%H:%M}~{ends_at(booking.start, booking.end)}", booking.booker]
        if booking.purpose:
            lines.append(booking.purpose)
        y = inner.top()
        painter.save()
        painter.setClipRect(inner)
        for line in lines:
            if y + metrics.height() > inner.bottom() + 2:
                break
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QPointF(inner.left(), y + metrics.ascent()), shown)
            y += metrics.height()
        painter.restore()

    def _paint_sideways(self, painter: QPainter, rect: QRectF, booking: BookingView) -> None:
        """The booker and purpose along a narrow block, read with the head tilted left."""
        if rect.width() < SIDEWAYS_LEAST:
            return
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        metrics = QFontMetrics(small)
        text = " · ".join(part for part in (booking.booker, booking.purpose) if part)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.height()) - 6)
        painter.save()
        painter.setFont(small)
        painter.setPen(_ink(booking))
        middle = rect.left() + (rect.width() + metrics.ascent()) / 2 - 1
        painter.translate(middle, rect.bottom() - 3)
        painter.rotate(-90)
        painter.drawText(QPointF(0, 0), shown)
        painter.restore()

    def _paint_past(self, painter: QPainter) -> None:
        """Veiled: what is over (days gone, today's hours before now) and the days beyond
        the booking window."""
        top, bottom = self._top(), self._y_end()
        now = self.week.now
        for day_number in range(DAYS):
            day = self.week.monday + timedelta(days=day_number)
            left = GUTTER + day_number * self._day_width()
            if day > self.week.last_day:
                painter.fillRect(QRectF(left, top, self._day_width(), bottom - top), BEYOND)
            if day > now.date():
                continue
            until = bottom if day < now.date() else min(max(self._y(now.time()), top), bottom)
            painter.fillRect(QRectF(left, top, self._day_width(), until - top), PAST)

    def _paint_now(self, painter: QPainter) -> None:
        now = self.week.now
        day = (now.date() - self.week.monday).days
        if not 0 <= day < DAYS or not self.first_hour <= _hours(now.time()) <= self.last_hour:
            return
        left = GUTTER + day * self._day_width()
        y = self._y(now.time())
        painter.setPen(QPen(NOW_LINE, 2))
        painter.drawLine(QPointF(left, y), QPointF(left + self._day_width(), y))

    # the mouse ------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() is not Qt.MouseButton.LeftButton:
            return
        point = event.position()
        booking = self.booking_at(point)
        if booking is not None:
            self.booking_clicked.emit(booking)
            return
        slot = self.slot_at(point)
        if slot is not None:
            self.slot_clicked.emit(*slot)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tip(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tip(self, point: QPointF) -> str:
        booking = self.booking_at(point)
        if booking is not None:
            lines = [
                f"#{booking.id} {booking.space} {slot_text(booking)}",
                booking.booker,
                booking.purpose or "",
                f"{booking.attendees} · {status_text(booking.status, self.language)}",
            ]
            return "\n".join(line for line in lines if line)
        slot = self.slot_at(point)
        if slot is None:
            return ""
        names = {s.number: s.name for s in self.week.spaces}
        beyond = self.tr(" (예약 가능 기간 밖)") if slot[1].date() > self.week.last_day else ""
        return f"{names[slot[0]]} {slot[1]:%m-%d %H:%M}{beyond}"


def _ink(booking: BookingView) -> QColor:
    """Text that reads on the block's colour."""
    return INK if booking.status is BookingStatus.REQUESTED else WHITE


def _hours(moment: time) -> float:
    return moment.hour + moment.minute / 60


def _day_label(day: date, language: Language) -> str:
    return f"{day.month}/{day.day} ({weekday(day, language)})"
