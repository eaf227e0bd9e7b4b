"""book, bookings and decide-booking as the command line contract states them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from incubator_app.cli import main
from incubator_app.domain.bookings import closed_day
from incubator_app.services.clock import seoul_today
from tests.cli.conftest import Run
from tests.cli.test_cli import add_corporation


def next_weekday(weeks: int = 1) -> str:
    """A working day from tomorrow on whose next ``weeks - 1`` same weekdays are working
    days too (all within the booking window), counted from Seoul's today."""
    day = seoul_today() + timedelta(days=1)
    while any(closed_day(day + timedelta(weeks=w)) for w in range(weeks)):
        day += timedelta(days=1)
    return day.isoformat()


def housed_corporation(run: Run) -> dict[str, Any]:
    """A company holding room 301 from today on (meeting rooms are for tenants in the building)."""
    tenant = add_corporation(run)
    run.json("add-lease", "--tenant", tenant["brn"], "--room", "301",
             "--start", seoul_today().isoformat())  # fmt: skip
    return tenant


def test_book_list_and_decide(run: Run) -> None:
    day = next_weekday()
    tenant = housed_corporation(run)
    made = run.json(
        "book", "--space", "회의실 A", "--start", f"{day}T10:00", "--end", f"{day}T11:30",
        "--tenant", tenant["brn"], "--purpose", "투자 상담", "--attendees", "4",
    )  # fmt: skip
    assert made == {
        "id": made["id"], "space": "회의실 A", "start": f"{day}T10:00", "end": f"{day}T11:30",
        "tenant_id": tenant["id"], "external": None, "purpose": "투자 상담", "attendees": 4,
        "status": "신청",
    }  # fmt: skip
    outside = run.json(
        "book", "--space", "다목적홀", "--start", f"{day}T18:00", "--end", f"{day}T21:00",
        "--external", "광주 청년센터", "--contact", "062-000-0000", "--attendees", "80",
    )  # fmt: skip
    assert outside["external"] == "광주 청년센터" and outside["tenant_id"] is None
    listed = run.json("bookings", "--json", "--from", day, "--to", day)
    assert [b["id"] for b in listed] == [made["id"], outside["id"]]
    assert run.json("bookings", "--json", "--from", day, "--to", day, "--space", "다목적홀") == [
        outside
    ]
    approved = run.json("decide-booking", "--booking", str(made["id"]), "--status", "승인")
    assert approved["status"] == "승인"


def test_refusals_name_the_rule_or_the_other_booking(run: Run) -> None:
    day = next_weekday()
    first = run.json(
        "book", "--space", "교육실 1", "--start", f"{day}T13:00", "--end", f"{day}T15:00",
        "--external", "단체", "--contact", "010",
    )  # fmt: skip
    run("book", "--space", "교육실 1", "--start", f"{day}T14:59", "--end", f"{day}T16:00",
        "--external", "단체", "--contact", "010", code=2)  # fmt: skip
    assert f"예약 {first['id']}번" in run.err and "13:00~15:00" in run.err
    run(
        "book",
        "--space",
        "교육실 1",
        "--start",
        f"{day}T15:00",
        "--end",
        f"{day}T16:00",
        "--external",
        "단체",
        "--contact",
        "010",
    )  # fmt: skip  back to back is fine
    run("book", "--space", "회의실 B", "--start", f"{day}T10:00", "--end", f"{day}T11:00",
        "--external", "단체", "--contact", "010", code=2)  # fmt: skip
    assert "입주기업만" in run.err
    run("book", "--space", "다목적홀", "--start", f"{day}T12:00", "--end", f"{day}T11:00",
        "--external", "단체", "--contact", "010", code=2)  # fmt: skip
    run("book", "--space", "다목적홀", "--start", f"{day}T12:00", "--end", "내일",
        "--external", "단체", "--contact", "010", code=2)  # fmt: skip
    assert "YYYY-MM-DDTHH:MM" in run.err
    run("decide-booking", "--booking", str(first["id"]), "--status", "노쇼", code=2)
    assert "신청" in run.err and "노쇼" in run.err
    run("decide-booking", "--booking", "999", "--status", "승인", code=2)
    assert (
        run.json("decide-booking", "--booking", str(first["id"]), "--status", "approved")["status"]
        == "승인"
    )  # the English word too
    run("decide-booking", "--booking", str(first["id"]), "--status", "노쇼", code=2)
    assert "아직 시작하지 않아" in run.err  # a no-show only once it has begun
    run("bookings", "--json", "--from", day, "--to", "2000-01-01", code=2)
    assert "마지막 날" in run.err
    run("bookings", "--json", "--from", day, "--to", day, "--space", "301", code=2)
    assert "예약하는 공간이 아닙니다" in run.err
    assert len(run.json("bookings", "--json", "--from", day, "--to", day)) == 2


def test_a_weekly_series_on_the_command_line(run: Run) -> None:
    day = next_weekday(weeks=2)
    later = (date.fromisoformat(day) + timedelta(weeks=1)).isoformat()
    blocker = run.json(
        "book", "--space", "복합문화공간", "--start", f"{later}T14:00", "--end", f"{later}T15:00",
        "--external", "단체", "--contact", "010",
    )  # fmt: skip
    series = [
        "book", "--space", "복합문화공간", "--start", f"{day}T14:00", "--end", f"{day}T16:00",
        "--external", "극단", "--contact", "010", "--weekly", "2",
    ]  # fmt: skip
    assert main(["--db", str(run.db), *series]) == 2
    out, err = run.capsys.readouterr()
    assert out == "" and f"{later} 14:00: 안 됨" in err and f"예약 {blocker['id']}번" in err
    assert "건너뜀" not in err  # nothing was skipped: nothing was written
    assert len(run.json("bookings", "--json", "--from", day, "--to", later)) == 1
    booked = run.json(*series, "--skip-conflicts")
    assert [b["start"] for b in booked] == [f"{day}T14:00"]
    assert f"{later} 14:00: 건너뜀" in run.err
    run(*series[:-2], "--skip-conflicts", code=2)  # skipping belongs to a series
    assert run.err.startswith("오류: --skip-conflicts") and "--weekly" in run.err


def test_export_bookings_to_excel(run: Run, tmp_path: Path) -> None:
    day = next_weekday()
    tenant = housed_corporation(run)
    run("book", "--space", "회의실 A", "--start", f"{day}T09:00", "--end", f"{day}T10:30",
        "--tenant", tenant["brn"], "--purpose", "IR 연습", "--attendees", "3")  # fmt: skip
    run("book", "--space", "다목적홀", "--start", f"{day}T19:00", "--end", f"{day}T22:00",
        "--external", "광주 청년센터", "--contact", "062", "--attendees", "100")  # fmt: skip
    out = tmp_path / "예약.xlsx"
    assert "2행" in run("export-bookings", str(out), "--from", day, "--to", day)
    sheet = load_workbook(out)["예약 현황"]
    assert [c.value for c in sheet[1]] == [
        "일자", "시작", "종료", "공간", "예약자", "구분", "목적", "인원", "상태",
    ]  # fmt: skip
    first, second = ([c.value for c in row] for row in sheet.iter_rows(min_row=2))
    assert first[0] == datetime.combine(date.fromisoformat(day), time())
    assert (first[1], first[2]) == (time(9), time(10, 30))
    assert first[3:] == ["회의실 A", "주식회사 빛고을랩스", "입주", "IR 연습", 3, "신청"]
    assert second[3:6] == ["다목적홀", "광주 청년센터", "외부"]
    assert sheet["A2"].number_format == "yyyy-mm-dd" and sheet["B2"].number_format == "hh:mm"
    run("export-bookings", str(tmp_path / "예약.csv"), "--from", day, "--to", day, code=2)
