"""The open database, the 기준일 every page uses, and the one "what changed" signal."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from datetime import date, datetime
from enum import Flag, auto
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from incubator_app.domain.errors import Language
from incubator_app.domain.stamps import Kind
from incubator_app.services.clock import seoul_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.store.changes import Watch
    from incubator_app.store.database import Database

Result = TypeVar("Result")
LOOK_MS = 1000  # how often a window asks what other desks changed (told within 2 s)


class Change(Flag):
    """What an action changed; only the pages showing it read again."""

    TENANTS = auto()
    LEASES = auto()
    SPACES = auto()
    BOOKINGS = auto()
    SETTINGS = auto()  # the station's rules: alert windows, booking window…
    MONEY = auto()  # charges, payments, deposits and their settlements
    AS_OF = auto()  # another 기준일
    EVERYTHING = TENANTS | LEASES | SPACES | BOOKINGS | SETTINGS | MONEY | AS_OF


KINDS = {  # what another desk changed, as the pages know it
    Kind.TENANT: Change.TENANTS,
    Kind.LEASE: Change.LEASES,
    Kind.SPACE: Change.SPACES,
    Kind.BOOKING: Change.BOOKINGS,
    Kind.SETTING: Change.SETTINGS,
    Kind.CHARGE: Change.MONEY,
    Kind.PAYMENT: Change.MONEY,
    Kind.DEPOSIT: Change.MONEY,
    Kind.SETTLEMENT: Change.MONEY,
}


class Desk(QObject):
    """One per window. Pages read and write through it, one session per action.

    Signals:
        changed(Change): after a write or a new 기준일; held while a dialog is open
            (``told_after``), so the dialog closes before the pages read again.
        noticed(frozenset): the kinds of record another desk changed (sent from the
            watch's thread; told to the pages as ``changed``).
    """

    changed = Signal(object)
    noticed = Signal(object)  # kinds another desk changed, from the watch's thread

    def __init__(
        self,
        db: Database,
        as_of: date,
        language: Language,
        demo: bool = False,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.db = db
        self.as_of = as_of
        self.language: Language = language
        self.demo = demo
        self.read_only = read_only  # the file takes no write: said when the window opens
        self.now: Callable[[], datetime] = seoul_now  # Seoul's wall clock, to the minute
        self._held: Change | None = None  # changes kept until a dialog has closed
        self._watch: Watch | None = None  # used on ``_looker``'s thread only
        self._looker: ThreadPoolExecutor | None = None
        self._asking: Future[frozenset[Kind]] | None = None
        self._looking = QTimer(self)
        self._looking.setInterval(LOOK_MS)
        self._looking.timeout.connect(self.look)
        self.noticed.connect(self._told_by_others)

    def watch_others(self) -> None:
        """Tell the pages, within two seconds, what other desks change (until ``close``).

        The database is asked on a thread of its own: a server that does not answer
        never holds up the window."""
        if self._looker is not None:
            return
        self._looker = ThreadPoolExecutor(1, thread_name_prefix="watch")
        self._looker.submit(self._open_watch)
        self._looking.start()

    def _open_watch(self) -> None:
        self._watch = self.db.watch()

    def look(self) -> None:
        """Ask the database what other desks committed (once the last answer is in)."""
        if self._looker is None or (self._asking is not None and not self._asking.done()):
            return
        self._asking = self._looker.submit(self._ask)
        self._asking.add_done_callback(self._answered)

    def _ask(self) -> frozenset[Kind]:
        return self._watch.changed() if self._watch is not None else frozenset()

    def _answered(self, asked: Future[frozenset[Kind]]) -> None:
        """On the watch's thread: hand the answer to the window's (a queued signal)."""
        if asked.exception() is None and asked.result():
            with suppress(RuntimeError):  # the window closed meanwhile
                self.noticed.emit(asked.result())

    def _told_by_others(self, kinds: frozenset[Kind]) -> None:
        change = Change(0)
        for kind in kinds:
            change |= KINDS[kind]
        if change:
            self.tell(change)

    def close(self) -> None:
        """Stop watching: the window is closing, or another database takes its place."""
        self._looking.stop()
        if self._looker is not None:
            self._looker.submit(self._close_watch)
            self._looker.shutdown(wait=False)
            self._looker = None

    def _close_watch(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None

    def read(self, work: Callable[[Session], Result]) -> Result:
        with self.db.session() as session:
            return work(session)

    def write(self, change: Change, work: Callable[[Session], Result]) -> Result:
        """Run ``work`` in one write transaction; on success tell every page."""
        with self.db.session(write=True) as session:
            result = work(session)
        self.tell(change)
        return result

    def tell(self, change: Change) -> None:
        """Tell the pages what changed (at once, or when ``told_after``'s block ends)."""
        if self._held is not None:
            self._held |= change
        else:
            self.changed.emit(change)

    @contextmanager
    def told_after(self) -> Iterator[None]:
        """Changes written inside are told once the block ends: a dialog closes first,
        then the pages read again, never while its Save is still running."""
        outer, self._held = self._held, Change(0)
        try:
            yield
        finally:
            held, self._held = self._held, outer
            if held:
                self.tell(held)

    def set_as_of(self, day: date) -> None:
        if day != self.as_of:
            self.as_of = day
            self.tell(Change.AS_OF)
