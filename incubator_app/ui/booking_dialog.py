"""A booking request, checked against every rule as it is filled in; and a booking's decision.

With 매주 반복 every date of the series is checked (reading only) and each date's
verdict is listed before anything is saved. A refusal a manager's written reason
may lift brings up the reason field, naming the rules it lifts.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app.domain.bookings import (
    BookingStatus,
    Slot,
    next_statuses,
    status_name,
)
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.headings import Heading, heading
from incubator_app.domain.labels import rule_names
from incubator_app.domain.periods import weekday
from incubator_app.domain.stamps import CHANGED_ELSEWHERE, Kind
from incubator_app.domain.verdict import Verdict
from incubator_app.services.booking_lists import BookableSpace, BookingView, get_booking
from incubator_app.services.bookings import (
    MAX_WEEKS,
    BookingInput,
    BookingPreview,
    SeriesDate,
    SeriesRefusedError,
    book,
    book_weekly,
    check_booking,
    check_series,
    decide,
)
from incubator_app.ui.checked_dialog import CheckedDialog
from incubator_app.ui.dates import date_edit, day_of
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import problem_label
from incubator_app.ui.record_history import with_history
from incubator_app.ui.signed import Signed
from incubator_app.ui.table import Column, RowsModel, table_view
from incubator_app.ui.tenant_field import TenantField
from incubator_app.ui.theme import REFUSED_INK

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DAY = timedelta(days=1)
MOST_ATTENDEES = 10_000  # beyond any room: the capacity rule says why


def status_text(status: BookingStatus, language: Language) -> str:
    return status_name(status).text(language)


def slot_text(booking: BookingView) -> str:
    return str(Slot(booking.start, booking.end))


def _when(moment: datetime, language: Language) -> str:
    return f"{moment:%Y-%m-%d} ({weekday(moment, language)}) {moment:%H:%M}"


def _end(day: date, moment: time) -> datetime:
    """An end at 00:00 closes the day (24:00): a booking never ends before it starts."""
    return datetime.combine(day + DAY if moment == time() else day, moment)


def _minute(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


def _first_free(now: datetime) -> datetime:
    """Where a new booking starts when no slot was clicked: the next half hour from now."""
    later = now + timedelta(minutes=30 - now.minute % 30)
    return later.replace(second=0, microsecond=0)


class BookingDialog(CheckedDialog):
    """새 예약: a space, a day and times, a tenant or an outside organisation."""

    change = Change.BOOKINGS

    def __init__(
        self,
        desk: Desk,
        spaces: list[BookableSpace],
        space: str | None = None,
        start: datetime | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(desk, QCoreApplication.translate("BookingDialog", "새 예약"), parent)
        start = start or _first_free(desk.now())
        self.space = QComboBox()
        for shown in spaces:
            capacity = self.tr("{0}명").format(shown.policy.capacity)
            self.space.addItem(f"{shown.number} {shown.name} ({capacity})", shown.number)
        if space is not None:
            self.space.setCurrentIndex(max(self.space.findData(space), 0))
        self.day = date_edit(start.date())
        self.starts = QTimeEdit(QTime(start.hour, start.minute))
        later = min(start + timedelta(hours=1), datetime.combine(start.date(), time()) + DAY)
        self.ends = QTimeEdit(QTime(later.hour, later.minute))  # 00:00 ending a day: 24:00
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(QLabel("~"))
        times.addWidget(self.ends)
        times.addStretch(1)
        self.by_tenant = QRadioButton(self.tr("입주기업"))
        self.by_outsider = QRadioButton(self.tr("외부 단체"))
        self.by_tenant.setChecked(True)
        who = QHBoxLayout()
        who.addWidget(self.by_tenant)
        who.addWidget(self.by_outsider)
        who.addStretch(1)
        self.tenant = TenantField(desk)
        self.organisation = QLineEdit()
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("담당자 이름과 전화번호"))
        self.purpose = QLineEdit()
        self.attendees = QSpinBox()
        self.attendees.setRange(1, MOST_ATTENDEES)
        self.weekly = QCheckBox(self.tr("매주 반복"))
        self.weeks = QSpinBox()
        self.weeks.setRange(2, MAX_WEEKS)
        self.weeks.setValue(2)
        self.weeks.setSuffix(self.tr("회"))
        self.skip = QCheckBox(self.tr("안 되는 날짜는 건너뛰기"))
        repeat = QHBoxLayout()
        for widget in (self.weekly, self.weeks, self.skip):
            repeat.addWidget(widget)
        repeat.addStretch(1)
        form = self.form
        form.addRow(self.tr("공간"), self.space)
        form.addRow(self.tr("날짜"), self.day)
        form.addRow(self.tr("시간"), times)
        form.addRow(self.tr("예약자"), who)
        form.addRow(self.tr("기업"), self.tenant)
        form.addRow(self.tr("단체명"), self.organisation)
        form.addRow(self.tr("연락처"), self.contact)
        form.addRow(self.tr("목적"), self.purpose)
        form.addRow(self.tr("인원"), self.attendees)
        form.addRow(self.tr("반복"), repeat)
        self.add_reason_row()
        self.dates: list[SeriesDate] = []
        self.preview: RowsModel[SeriesDate] = RowsModel(
            [
                Column(
                    heading(Heading.WHEN, desk.language), lambda d: _when(d.start, desk.language)
                ),
                Column(
                    heading(Heading.RESULT, desk.language),
                    self._series_verdict,
                    colour=lambda d: REFUSED_INK if d.refusal else None,
                ),
            ]
        )
        self.preview_view = table_view(self.preview)
        self.preview_view.setMinimumHeight(160)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.add_below(self.preview_view)
        self.watch(self.tenant, self.organisation, self.contact, self.purpose, self.day,
                   self.starts, self.ends, self.attendees, self.weeks, self.by_tenant,
                   self.weekly, self.skip, self.space)  # fmt: skip
        self.resize(760, 0)
        self.refresh()

    def data(self) -> BookingInput:
        day = day_of(self.day)
        by_tenant = self.by_tenant.isChecked()
        return BookingInput(
            space=str(self.space.currentData() or ""),
            start=datetime.combine(day, _minute(self.starts)),
            end=_end(day, _minute(self.ends)),
            tenant=self.tenant.key() if by_tenant else None,
            organisation=None if by_tenant else self.organisation.text(),
            contact=None if by_tenant else self.contact.text(),
            purpose=self.purpose.text(),
            attendees=self.attendees.value(),
            override_reason=self.reason.text(),
        )

    def _series_verdict(self, series_date: SeriesDate) -> str:
        if series_date.refusal is None:
            return self.tr("예약 가능")
        return self.tr("안 됨: {0}").format(series_date.refusal.text(self.desk.language))

    def before_check(self) -> None:
        by_tenant = self.by_tenant.isChecked()
        self.tenant.setEnabled(by_tenant)
        for line in (self.organisation, self.contact):
            line.setEnabled(not by_tenant)
        weekly = self.weekly.isChecked()
        self.weeks.setEnabled(weekly)
        self.skip.setEnabled(weekly)
        self.dates = []

    def waiting(self, refusal: DomainError) -> bool:
        return self.tenant.waits(refusal)

    def check(self, session: Session) -> Verdict[Any]:
        data, now = self.data(), self.desk.now()
        if self.by_tenant.isChecked() and not data.tenant:
            raise self.tenant.refusal()
        if not self.weekly.isChecked():
            return check_booking(session, data, now)
        weeks, skip = self.weeks.value(), self.skip.isChecked()
        try:
            series = check_series(session, data, weeks, now, skip_conflicts=skip)
        except SeriesRefusedError as refused:
            self.dates = refused.dates
            raise series_refusal(refused) from None
        self.dates = series.preview
        return series

    def lifts(self, verdict: Verdict[Any] | None) -> tuple[DomainError, ...]:
        if self.weekly.isChecked():
            return tuple(rule for d in self.dates for rule in d.excusable)
        return super().lifts(verdict)

    def describe(self, verdict: Verdict[Any]) -> str:
        language = self.desk.language
        if self.weekly.isChecked():
            booked = sum(d.refusal is None for d in self.dates)
            skipped = len(self.dates) - booked
            said = (
                message("booking_series_partly", language, booked=booked, skipped=skipped)
                if skipped
                else message("booking_series_ready", language, count=booked)
            )
            if verdict.excused:
                rules = rule_names(verdict.excused, language)
                said += "\n" + message(
                    "booking_series_excused", language, rules=rules, reason=verdict.reason
                )
            return said
        made: BookingPreview = verdict.preview
        what = f"{made.space} {made.slot}, {made.booker}"
        if verdict.excused:
            rules = rule_names(verdict.excused, language)
            return message(
                "booking_ready_overridden", language, what=what, reason=verdict.reason, rules=rules
            )
        return message("booking_ready", language, what=what)

    def after_check(self) -> None:
        weekly = self.weekly.isChecked()
        self.preview.set_rows(self.dates if weekly else [])
        self.preview_view.setVisible(weekly)
        self.preview_view.resizeColumnToContents(0)
        self.preview_view.resizeRowsToContents()  # a refusal may take two lines

    def record(self, session: Session) -> object:
        data, now = self.data(), self.desk.now()
        if not self.weekly.isChecked():
            return book(session, data, now)
        weeks, skip = self.weeks.value(), self.skip.isChecked()
        try:
            return book_weekly(session, data, weeks, now, skip_conflicts=skip)
        except SeriesRefusedError as refused:  # another desk booked one of the dates
            raise series_refusal(refused) from None


def series_refusal(refused: SeriesRefusedError) -> DomainError:
    return DomainError("booking_series_blocked", field="start", count=refused.refused)


class DecisionDialog(QDialog):
    """One booking in full, with a button for each status it may move to."""

    def __init__(self, desk: Desk, booking: BookingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.booking = booking
        language = desk.language
        self.setWindowTitle(self.tr("예약 {0}번").format(booking.id))
        form = QFormLayout()
        kind = self.tr("외부") if booking.external else self.tr("입주")
        for label, value in (
            (self.tr("공간"), f"{booking.space_number} {booking.space}"),
            (self.tr("일시"), slot_text(booking)),
            (self.tr("예약자"), f"{booking.booker} ({kind})"),
            (self.tr("연락처"), booking.contact or ""),
            (self.tr("목적"), booking.purpose or ""),
            (self.tr("인원"), self.tr("{0}명").format(booking.attendees)),
            (self.tr("상태"), status_text(booking.status, language)),
            (self.tr("예외 사유"), booking.override_reason or ""),
        ):
            if value:
                shown = QLabel(value)
                shown.setWordWrap(True)
                form.addRow(label, shown)
        self.problem = problem_label()
        actions = QHBoxLayout()
        allowed = next_statuses(booking.status, Slot(booking.start, booking.end), desk.now())
        self.choices: dict[BookingStatus, QPushButton] = {}
        for status, text in (
            (BookingStatus.APPROVED, self.tr("승인")),
            (BookingStatus.REJECTED, self.tr("반려")),
            (BookingStatus.CANCELLED, self.tr("예약 취소")),
            (BookingStatus.NO_SHOW, self.tr("노쇼 처리")),
        ):
            if status in allowed:
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, s=status: self.decide(s))
                actions.addWidget(button)
                self.choices[status] = button
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        actions.addWidget(close)
        self.signed = Signed(
            desk,
            Kind.BOOKING,
            booking,
            lambda s: get_booking(s, booking.id),
            lambda view: {self.tr("상태"): status_text(view.status, language)},
        )
        layout = QVBoxLayout(self)
        details = QWidget()
        details.setLayout(form)
        layout.addWidget(with_history(details, self.signed.history), 1)
        if not self.choices:
            layout.addWidget(QLabel(self.tr("이 예약은 더 바꿀 수 없습니다.")))
        layout.addWidget(self.signed.signatures)
        layout.addWidget(self.signed.stored)
        layout.addWidget(self.problem)
        layout.addLayout(actions)

    def decide(self, status: BookingStatus) -> None:
        """Record the decision; the final ones (반려, 취소, 노쇼) are confirmed first."""
        language = self.desk.language
        if status is not BookingStatus.APPROVED:
            asked = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("이 예약을 '{0}'(으)로 바꿀까요? 되돌릴 수 없습니다.").format(
                    status_text(status, language)
                ),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        booking_id, now, seen = self.booking.id, self.desk.now(), self.signed.seen
        try:
            self.desk.write(
                Change.BOOKINGS, lambda s: decide(s, booking_id, status, now, seen=seen)
            )
        except DomainError as error:  # decided meanwhile at another desk
            if error.code == CHANGED_ELSEWHERE:
                self.signed.lost()
            self.problem.setText(error.text(language))
            return
        self.accept()
