"""Which automatic backups are kept, and how a backup's file is named."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from incubator_app.domain.backups import BackupName, Reason, kept, read_name


def test_the_keeping_rule_keeps_7_days_4_weeks_12_months() -> None:
    start = datetime.combine(date(2026, 12, 1), time(9))
    taken = [start - timedelta(days=n) for n in range(400)]  # a backup a day for 400 days
    taken += [start - timedelta(hours=3)]  # and a second one today
    keep = {taken[i] for i in kept(taken)}
    days = {at.date() for at in keep}
    assert sorted(days)[-7:] == [(start - timedelta(days=n)).date() for n in range(6, -1, -1)]
    assert start in keep and start - timedelta(hours=3) not in keep  # the day's newest
    weeks = {at.isocalendar()[:2] for at in keep}
    months = {(at.year, at.month) for at in keep}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(keep) <= 7 + 4 + 12


def test_a_backup_s_name_reads_back_and_a_half_written_one_does_not() -> None:
    at = datetime.combine(date(2026, 12, 1), time(9, 30, 5))
    name = BackupName("stag", "1a2b3c4d", at, Reason.IMPORT)
    assert name.file_name() == "stag.1a2b3c4d.20261201-093005.import.sqlite3"
    assert read_name(name.file_name(2)) == name
    assert read_name(name.file_name() + ".partial") is None
    assert read_name("stag.sqlite3") is None
    assert read_name("stag.1a2b3c4d.20261399-093005.import.sqlite3") is None  # no such day
