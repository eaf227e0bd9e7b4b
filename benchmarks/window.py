"""The desktop window on a 100k-tenant station, against bare Qt doing the least, in one run.

First paint: from starting a Python process to the first paint of its window,
as a manager starting the program sees it: this program on the station's
database (imports, opening and checking the database, the dashboard's figures)
against a process showing a bare QMainWindow holding a QTableView. Target
<= 1.5x. Then search as you type on the 입주기업 page with every tenant loaded:
from a keystroke to the repainted table (target <= 50 ms), and peak memory.
The station is built first (100k demo tenants take a minute or two).

    QT_QPA_PLATFORM=offscreen python benchmarks/window.py [--tenants 100000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QWidget

TODAY = date(2026, 11, 24)
TYPED = ("주", "주식", "주식회", "주식회사", "주식회사 ", "주식회사 해", "1", "12", "124", "124-8")


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def until_painted(app: QApplication, make: Callable[[], QWidget]) -> tuple[float, QWidget]:
    """Seconds from building the window to its first paint."""
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    started = time.perf_counter()
    window = make()
    window.show()
    while not watcher.seen:
        app.processEvents()
    seconds = time.perf_counter() - started
    app.removeEventFilter(watcher)
    return seconds, window


def bare() -> QWidget:
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(0, 9, view))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    return window


def _started(which: str, db: str | None) -> tuple[float, float]:
    """Seconds from starting a process to its window's first paint, and to its figures."""
    command = [sys.executable, __file__, "--child", which, *(["--db", db] if db else [])]
    started = time.time()
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    painted, filled = (float(word) for word in done.stdout.split()[-2:])
    return painted - started, filled - started


def _child(which: str, db: str | None) -> None:
    """One start as ``python main.py`` makes it (or the bare window); prints the times of
    the first paint and of the dashboard's figures shown."""
    if which == "bare":
        app = QApplication(sys.argv[:1])
        shown = until_painted(app, bare)
        print(time.time(), time.time())
        return
    from incubator_app.ui.app import Desktop, application

    app = application("ko")
    settings = QSettings(str(Path(db or "").with_suffix(".ini")), QSettings.Format.IniFormat)
    desktop = Desktop("ko", settings)
    shown = until_painted(app, desktop.show)
    painted = time.time()
    assert desktop.open(db) and desktop.window is not None
    app.processEvents()
    print(painted, time.time())
    assert shown[1].isVisible()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--child", choices=("bare", "ours"), help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--tenants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="first-paint runs; the best counts")
    args = parser.parse_args()
    if args.child:
        _child(args.child, args.db)
        return
    # imported here: the bare start must not pay for them
    from incubator_app.services.demo import make_demo
    from incubator_app.store.database import open_database
    from incubator_app.ui.app import application
    from incubator_app.ui.desk import Desk
    from incubator_app.ui.mainwindow import MainWindow

    app = application("ko")
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(str(Path(tmp) / "big.sqlite3"))
        with db.session(write=True) as session:
            make_demo(session, args.tenants, seed=1, today=TODAY)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)

        def ours() -> QWidget:
            window = MainWindow(Desk(db, TODAY, "ko"), settings)
            window.resize(1280, 800)
            return window

        bare_times, our_times, filled_times = [], [], []
        for _ in range(args.runs):
            bare_times.append(_started("bare", None)[0])
            painted, filled = _started("ours", str(Path(tmp) / "big.sqlite3"))
            our_times.append(painted)
            filled_times.append(filled)
        ours_best, bare_best = min(our_times), min(bare_times)
        print(
            f"first paint from process start, {args.tenants:,} tenants: ours "
            f"{ours_best * 1000:.0f} ms, bare QMainWindow + QTableView {bare_best * 1000:.0f} ms "
            f"(best of {args.runs}): x{ours_best / bare_best:.2f} (target <= 1.5); "
            f"dashboard figures shown at {min(filled_times) * 1000:.0f} ms"
        )
        window = ours()
        window.show()
        assert isinstance(window, MainWindow)
        started = time.perf_counter()
        window.navigation.setCurrentRow(1)
        app.processEvents()
        loaded = time.perf_counter() - started
        page = window.tenants
        latencies = []
        for text in TYPED:
            started = time.perf_counter()
            page.search.setText(text)
            app.processEvents()  # the filtered table painted
            latencies.append(time.perf_counter() - started)
        print(
            f"입주기업 page, {len(page.model.rows):,} tenants loaded in {loaded:.2f} s; "
            f"search as you type: median {statistics.median(latencies) * 1000:.1f} ms, "
            f"worst {max(latencies) * 1000:.1f} ms per keystroke (target <= 50 ms)"
        )
        rss = _peak_rss_mib()
        if rss is not None:  # the whole process: Qt, SQLite and every row on the page
            print(f"peak memory of this process (max RSS): {rss:.0f} MiB")
        window.close()
        db.dispose()


def _peak_rss_mib() -> float | None:
    if sys.platform == "win32":
        return None
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
