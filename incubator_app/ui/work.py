"""Long work (Excel in and out, large reloads) off the GUI thread, behind a progress
dialog that can stop it.

The work gets a progress callback; answering False stops it between rows
(``CancelledError``), and the transaction it runs in rolls back. The caller
waits in a local event loop, so the window keeps painting, and receives the
result, or the exception, in the GUI thread. Python's cyclic garbage collector
is paused meanwhile: a collection started in the worker would destroy Qt objects
of the GUI thread from the wrong thread, which crashes.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Result = TypeVar("Result")
Progress = Callable[[int, int], bool]
SHOW_AFTER_MS = 300


class _Job(QObject, Generic[Result]):
    progressed = Signal(int, int)
    finished = Signal()

    def __init__(self, work: Callable[[Progress], Result]) -> None:
        super().__init__()
        self.work = work
        self.stop = threading.Event()
        self.result: Result | None = None
        self.error: BaseException | None = None

    def progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.stop.is_set()

    def run(self) -> None:
        try:
            self.result = self.work(self.progress)
        except BaseException as error:  # handed to the GUI thread, raised there
            self.error = error
        self.finished.emit()


class _Bar(QObject):
    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, done, 1))
        self.dialog.setValue(done)


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[Progress], Result]
) -> Result:
    """Run ``work`` in a worker thread behind a cancellable progress dialog."""
    job: _Job[Result] = _Job(work)
    thread = QThread()
    job.moveToThread(thread)
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "취소"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)  # starts the clock: the dialog shows if the work outlasts it
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.canceled.connect(job.stop.set)

    bar = _Bar(dialog)  # lives in the GUI thread: the worker's signals queue to it
    job.progressed.connect(bar.show)
    loop = QEventLoop()
    job.finished.connect(loop.quit)
    thread.started.connect(job.run)
    collecting = gc.isenabled()
    gc.disable()  # a collection in the worker could destroy widgets off the GUI thread
    try:
        thread.start()
        loop.exec()
        thread.quit()
        thread.wait()
    finally:
        if collecting:
            gc.enable()
    if shiboken6.isValid(dialog):  # gone with its window if that closed meanwhile
        dialog.close()
        dialog.deleteLater()
    if job.error is not None:
        raise job.error
    return job.result  # type: ignore[return-value]
