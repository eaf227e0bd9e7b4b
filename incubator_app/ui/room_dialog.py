"""Correct a room: its name, area (the floor's areas must still fit) and seats."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.stamps import Kind
from incubator_app.services.clock import seoul_today
from incubator_app.services.spaces import SpaceView, get_space, update_space
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import FormDialog

MOST_SEATS = 10_000


class RoomDialog(FormDialog):
    def __init__(self, desk: Desk, space: SpaceView, parent: QWidget | None = None) -> None:
        super().__init__(
            desk,
            QCoreApplication.translate("RoomDialog", "호실 수정: {0}").format(space.number),
            parent,
        )
        self.space = space
        self.name = QLineEdit(space.name)
        self.area = QLineEdit("" if space.area_m2 is None else f"{space.area_m2}")
        self.area.setEnabled(space.area_m2 is not None)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MOST_SEATS)
        self.capacity.setValue(space.capacity or 1)
        self.capacity.setEnabled(space.kind in (SpaceKind.COWORKING, SpaceKind.BOOKABLE))
        self.form.addRow(self.tr("이름"), self.name)
        self.form.addRow(self.tr("전용면적(㎡)"), self.area)
        self.form.addRow(self.tr("좌석·수용 인원"), self.capacity)
        self.sign(Kind.SPACE, space, lambda s: get_space(s, space.number), self._described)

    def _described(self, space: SpaceView) -> dict[str, str]:
        return {
            self.tr("이름"): space.name,
            self.tr("전용면적(㎡)"): "—" if space.area_m2 is None else f"{space.area_m2}",
            self.tr("좌석·수용 인원"): "—" if space.capacity is None else str(space.capacity),
        }

    def save(self) -> None:
        space = self.space
        name = self.name.text() if self.name.text() != space.name else None
        area = self.area.text().strip() or None
        area = None if area == (f"{space.area_m2}" if space.area_m2 is not None else None) else area
        capacity = self.capacity.value() if self.capacity.isEnabled() else None
        capacity = None if capacity == space.capacity else capacity
        if name is None and area is None and capacity is None:
            self.accept()
            return
        self.write(
            Change.SPACES,
            lambda s: update_space(
                s,
                space.number,
                seoul_today(),
                name=name,
                area_m2=area,
                capacity=capacity,
                seen=self.seen,
            ),
        )
