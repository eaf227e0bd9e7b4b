"""Dates between Python and Qt's date fields, shown as 2026-03-02 everywhere."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from incubator_app.domain.periods import FIRST_YEAR, LAST_YEAR


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def date_edit(day: date) -> QDateEdit:
    """A date field with a calendar, in the ISO form the rosters use."""
    edit = QDateEdit(qdate(day))
    edit.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))  # what records hold
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit
