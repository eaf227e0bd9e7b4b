"""A booking request, tried against every rule as it is filled in; and a booking's decision.

With 매주 반복 the whole series is tried in a transaction that is rolled back, and
each date's verdict is listed before anything is saved. A refusal a manager's
written reason may lift brings up the reason field.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtGui import QColor
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
    POLICY_RULES,
    BookingStatus,
    Slot,
    next_statuses,
    status_name,
)
from incubator_app.domain.errors import DomainError, Language, message
from incubator_app.domain.periods import weekday
from incubator_app.services.bookings import (
    MAX_WEEKS,
    BookableSpace,
    BookingInput,
    BookingView,
    SeriesDate,
    SeriesRefusedError,
    book_excusing,
    book_weekly,
    decide,
)
from incubator_app.services.tenants import list_tenants
from incubator_app.ui.dates import date_edit, day_of
from incubator_app.ui.desk import Change, Desk
from incubator_app.ui.form import (
    VERDICT_LINES,
    FormDialog,
    check_as_typed,
    problem_label,
    reserve_lines,
    show_verdict,
)
from incubator_app.ui.table import Column, RowsModel, table_view
from incubator_app.ui.tenant_field import TenantField

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DAY = timedelta(days=1)
MOST_ATTENDEES = 10_000  # beyond any room: the capacity rule says why
REFUSED_INK = QColor("#c0392b")


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


class Attempt(NamedTuple):
    """A booking or series tried: each date's outcome, and the rules a reason excused."""

    dates: list[SeriesDate]
    excused: list[DomainError]


def _first_free(now: datetime) -> datetime:
    """Where a new booking starts when no slot was clicked: the next half hour from now."""
    later = now + timedelta(minutes=30 - now.minute % 30)
    return later.replace(second=0, microsecond=0)


class BookingDialog(FormDialog):
    """새 예약: a space, a day and times, a tenant or an outside organisation."""

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
        tenants = desk.read(lambda s: list_tenants(s, desk.as_of))
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
        self.tenant = TenantField(tenants)
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
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("규정의 예외로 예약하는 사유"))
        self.reason_label = QLabel(self.tr("예외 사유"))
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
        form.addRow(self.reason_label, self.reason)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        reserve_lines(self.verdict, VERDICT_LINES)
        self.add_below(self.verdict)
        self.preview: RowsModel[SeriesDate] = RowsModel(
            [
                Column(self.tr("일시"), lambda d: _when(d.start, desk.language)),
                Column(
                    self.tr("결과"),
                    self._series_verdict,
                    colour=lambda d: REFUSED_INK if d.refusal else None,
                ),
            ]
        )
        self.preview_view = table_view(self.preview)
        self.preview_view.setMinimumHeight(160)
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.add_below(self.preview_view)
        self.timer = check_as_typed(
            self,
            self.check,
            (self.tenant, self.organisation, self.contact, self.purpose, self.reason, self.day,
             self.starts, self.ends, self.attendees, self.weeks, self.by_tenant, self.weekly,
             self.skip, self.space),
        )  # fmt: skip
        self.refusal: DomainError | None = None
        self.resize(760, 0)
        self.check()

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
            override_reason=self.reason.text().strip() or None,
        )

    def _series_verdict(self, series_date: SeriesDate) -> str:
        if series_date.refusal is None:
            return self.tr("예약 가능")
        return self.tr("안 됨: {0}").format(series_date.refusal.text(self.desk.language))

    def _attempt(self, data: BookingInput, keep: bool) -> Attempt:
        """Book (``keep``) or only try: every date of the series, or the one booking with
        the rules its reason excuses."""
        weekly, weeks, skip, now = (
            self.weekly.isChecked(),
            self.weeks.value(),
            self.skip.isChecked(),
            self.desk.now(),
        )

        def work(session: Session) -> Attempt:
            if weekly:
                return Attempt(book_weekly(session, data, weeks, now, skip_conflicts=skip), [])
            made, excused = book_excusing(session, data, now)
            return Attempt([SeriesDate(made.start, made, None)], excused)

        if keep:
            return self.desk.write(Change.BOOKINGS, work)
        return self.desk.try_out(work)

    def check(self) -> bool:
        """Try the booking (or series) in a rolled-back transaction; show what the rules say."""
        self.timer.stop()
        by_tenant = self.by_tenant.isChecked()
        self.tenant.setEnabled(by_tenant)
        for line in (self.organisation, self.contact):
            line.setEnabled(not by_tenant)
        weekly = self.weekly.isChecked()
        self.weeks.setEnabled(weekly)
        self.skip.setEnabled(weekly)
        data = self.data()
        tried = Attempt([], [])
        try:
            if by_tenant and not data.tenant:
                raise self.tenant.refusal()
            tried = self._attempt(data, keep=False)
        except DomainError as error:
            self.refusal = error
        except SeriesRefusedError as refused:
            tried = Attempt(refused.dates, [])
            count = sum(d.refusal is not None for d in refused.dates)
            self.refusal = DomainError("booking_series_blocked", field="start", count=count)
        else:
            self.refusal = None
        self._show(data, tried, weekly)
        return self.refusal is None

    def _show(self, data: BookingInput, tried: Attempt, weekly: bool) -> None:
        language = self.desk.language
        dates = tried.dates
        refusals = [d.refusal for d in dates if d.refusal is not None]
        if self.refusal is not None and self.refusal.code != "booking_series_blocked":
            refusals.append(self.refusal)
        overridable = any(r.code in POLICY_RULES for r in refusals)
        reason = data.override_reason
        self.reason.setVisible(overridable or bool(reason))
        self.reason_label.setVisible(overridable or bool(reason))
        self.preview.set_rows(dates if weekly else [])
        self.preview_view.setVisible(weekly)
        self.preview_view.resizeColumnToContents(0)
        self.preview_view.resizeRowsToContents()  # a refusal may take two lines
        if self.refusal is not None:
            text = self.refusal.text(language)
        elif weekly:
            booked = sum(d.booking is not None for d in dates)
            skipped = len(dates) - booked
            text = (
                message("booking_series_partly", language, booked=booked, skipped=skipped)
                if skipped
                else message("booking_series_ready", language, count=booked)
            )
        else:
            made = dates[0].booking
            assert made is not None
            what = f"{made.space} {slot_text(made)}, {made.booker}"
            rules = ", ".join(message(f"rule_{r.code}", language) for r in tried.excused)
            text = (
                message("booking_ready_overridden", language, what=what, reason=reason, rules=rules)
                if tried.excused
                else message("booking_ready", language, what=what)
            )
        waiting = self.refusal is not None and self.refusal.code == "tenant_choose"
        show_verdict(self.verdict, text, None if waiting else self.refusal is None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.refusal is None)

    def save(self) -> None:
        if not self.check():
            return
        try:
            self._attempt(self.data(), keep=True)
        except DomainError:  # another desk booked first: show why, as a check would
            self.check()
            return
        except SeriesRefusedError:
            self.check()
            return
        self.accept()


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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if not self.choices:
            layout.addWidget(QLabel(self.tr("이 예약은 더 바꿀 수 없습니다.")))
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
        booking_id, now = self.booking.id, self.desk.now()
        try:
            self.desk.write(Change.BOOKINGS, lambda s: decide(s, booking_id, status, now))
        except DomainError as error:  # decided meanwhile at another desk
            self.problem.setText(error.text(language))
            return
        self.accept()
