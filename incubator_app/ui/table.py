"""Tables over frozen service rows: one model that filters and sorts in Python lists.

A QSortFilterProxyModel asks a Python model for each row's data, one call at a
time: at 100,000 tenants that was 0.22 s per keystroke to filter and 31 s to
sort a column (measured on this machine class). This model keeps the visible
order as a list of row numbers instead, so filtering is one pass over
precomputed search keys and sorting is ``list.sort``; the view sees a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView

from incubator_app.domain.money import format_won

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
# Roles as plain numbers: data() is asked for them thousands of times a second.
TEXT_ROLES = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.ToolTipRole.value})
ALIGNMENT_ROLE = Qt.ItemDataRole.TextAlignmentRole.value
FOREGROUND_ROLE = Qt.ItemDataRole.ForegroundRole.value
ANSWERED_ROLES = TEXT_ROLES | {ALIGNMENT_ROLE, FOREGROUND_ROLE}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def show_date(day: date | None) -> str:
    return "" if day is None else day.isoformat()


def show_money(amount: int | None) -> str:
    return "" if amount is None else format_won(amount).removesuffix("원")


@dataclass(frozen=True)
class Column(Generic[Row]):
    """A column: its header, the text shown, and what it sorts by (the text if None)."""

    title: str
    text: Callable[[Row], str]
    key: Callable[[Row], Any] | None = None
    numeric: bool = False  # right-aligned
    colour: Callable[[Row], QColor | None] | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows shown in ``order``: a filtered, sorted list of positions in ``rows``."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        parent: Any = None,
        identity: Callable[[Row], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.identity = identity or _record_id  # which row is "the same" after a reload
        self.rows: list[Row] = []
        self.order: list[int] = []  # what the view shows: positions in rows, sorted
        self._sorted_all: list[int] = []  # every row, in the sort order
        self._sorted: tuple[int, Qt.SortOrder] | None = None

    # -- what the page does -------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._sorted_all = self._arranged()
        self.order = self._sorted_all
        self.endResetModel()

    def candidates(self, narrowing: bool = False) -> list[int]:
        """Positions a filter picks from, in the sort order: those shown now when the
        filter only narrows (one more letter typed), else every row."""
        return self.order if narrowing else self._sorted_all

    def show(self, order: list[int] | None) -> None:
        """Show these positions (picked from ``candidates``, so still sorted); None: all."""
        self.beginResetModel()
        self.order = self._sorted_all if order is None else order
        self.endResetModel()

    def row_at(self, index: Index) -> Row:
        return self.rows[self.order[index.row()]]

    def visible(self) -> list[Row]:
        return [self.rows[i] for i in self.order]

    def shown_at(self, identities: Sequence[object]) -> list[int]:
        """Where the rows with these identities are shown now (those still shown)."""
        wanted = set(identities)
        if not wanted:
            return []
        rows, identity = self.rows, self.identity
        return [n for n, i in enumerate(self.order) if identity(rows[i]) in wanted]

    # -- Qt ------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ANSWERED_ROLES:  # most of what a view asks: answered at once
            return None
        number = index.row()
        if not 0 <= number < len(self.order):  # an invalid index has row -1
            return None
        column = self.columns[index.column()]
        row = self.rows[self.order[number]]
        if role in TEXT_ROLES:
            return column.text(row)
        if role == ALIGNMENT_ROLE and column.numeric:
            return RIGHT
        if role == FOREGROUND_ROLE and column.colour is not None:
            return column.colour(row)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.order):
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.beginResetModel()
        self._sorted = (column, order)
        every = len(self.order) == len(self._sorted_all)
        shown = set(self.order)
        self._sorted_all = self._arranged()
        self.order = self._sorted_all if every else [i for i in self._sorted_all if i in shown]
        self.endResetModel()

    def _arranged(self) -> list[int]:
        positions = range(len(self.rows))
        if self._sorted is None:
            return list(positions)
        number, order = self._sorted
        column = self.columns[number]
        key = column.key or column.text
        keys = [_sortable(key(row)) for row in self.rows]
        return sorted(
            positions, key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder
        )


def _record_id(row: Any) -> object:
    """A row's record: its ``id``, or its tenant's for rows built around one."""
    for found in (row, getattr(row, "tenant", None)):
        number = getattr(found, "id", None) or getattr(found, "tenant_id", None)
        if number is not None:
            return number
    return None


@dataclass(frozen=True)
class Place:
    """Where a person was in a table: the rows chosen and how far it was scrolled."""

    chosen: tuple[object, ...]
    scroll: int


def place_in(view: QTableView) -> Place | None:
    model = view.model()
    if not isinstance(model, RowsModel):
        return None
    selected = view.selectionModel().selectedRows()
    chosen = tuple(model.identity(model.row_at(index)) for index in selected)
    return Place(chosen, view.verticalScrollBar().value())


def return_to(view: QTableView, place: Place) -> None:
    """Choose the same rows again and scroll back, after the table was read again."""
    model = view.model()
    if not isinstance(model, RowsModel):
        return
    for row in model.shown_at(place.chosen):
        view.selectRow(row)
    view.verticalScrollBar().setValue(place.scroll)


def _sortable(value: Any) -> tuple[int, Any]:
    """Blanks after everything else, whatever the column's type."""
    return (1, 0) if value is None or value == "" else (0, value)


def money_column(title: str, amount: Callable[[Row], int]) -> Column[Row]:
    """Won, with thousands separators, right-aligned, sorted as a number."""
    return Column(title, lambda row: show_money(amount(row)), key=amount, numeric=True)


def table_view(model: RowsModel[Any]) -> QTableView:
    """A read-only table of whole rows, sorted by its first column, sortable by any."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().hide()  # row numbers: the header re-measures them on every filter
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    for column in range(model.columnCount()):  # every heading whole, in either language
        header.resizeSection(
            column, max(header.sectionSize(column), header.sectionSizeHint(column))
        )
    return view


def count_label(widest: str) -> QLabel:
    """Where a page says how many rows it shows: as wide as ``widest`` from the start, so
    a count changing as a person types never moves (and relays out) the bar around it."""
    label = QLabel()
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(widest) + 8)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return label


def search_box(placeholder: str) -> QLineEdit:
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    return box
