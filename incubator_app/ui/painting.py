"""Work that waits for a widget's first paint: nothing is read while the screen shows an
unpainted (black) window or page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_WAIT_MS = 1000  # a window that is never painted (minimised) still goes on


class _FirstPaint(QObject):
    """Runs ``work`` once, when the event loop is free after the widget's first paint."""

    def __init__(self, widget: QWidget, work: Callable[[], None]) -> None:
        super().__init__(widget)
        self.work: Callable[[], None] | None = work
        widget.installEventFilter(self)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)  # a window started minimised

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self.work = self.work, None
        self.deleteLater()  # one per wait: gone once it has run
        if work is not None:
            work()


def after_first_paint(widget: QWidget, work: Callable[[], None]) -> None:
    """Start ``work`` only once ``widget`` has been painted: a large station read at start
    must never leave an unpainted (black) window on the screen meanwhile."""
    _FirstPaint(widget, work)
