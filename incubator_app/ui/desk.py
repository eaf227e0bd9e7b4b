"""The open database, the 기준일 every page uses, and the one "what changed" signal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from incubator_app.domain.errors import Language
from incubator_app.services.clock import seoul_now

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from incubator_app.store.database import Database

Result = TypeVar("Result")


class Change(StrEnum):
    """What an action changed; pages showing it refresh themselves."""

    TENANTS = "tenants"
    LEASES = "leases"
    SPACES = "spaces"
    BOOKINGS = "bookings"
    EVERYTHING = "everything"  # another database, or another 기준일


class Desk(QObject):
    """One per window. Pages read and write through it, one session per action.

    Signals:
        changed(str): a ``Change`` value, after a write or a new 기준일.
    """

    changed = Signal(str)

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

    def read(self, work: Callable[[Session], Result]) -> Result:
        with self.db.session() as session:
            return work(session)

    def write(self, change: Change, work: Callable[[Session], Result]) -> Result:
        """Run ``work`` in one write transaction; on success tell every page."""
        with self.db.session(write=True) as session:
            result = work(session)
        self.changed.emit(change.value)
        return result

    def set_as_of(self, day: date) -> None:
        if day != self.as_of:
            self.as_of = day
            self.changed.emit(Change.EVERYTHING.value)
