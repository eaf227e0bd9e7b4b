"""The command line as a scheduled job or a manager would use it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from incubator_app.cli import main
from incubator_app.store import database
from tests.builders import held_by_another_program
from tests.cli.conftest import Run

ROOT = Path(__file__).resolve().parents[2]


def snapshot(run: Run) -> list[Any]:
    """Everything a manager could see, to show that a refusal wrote nothing."""
    return [run.json(listing, "--json") for listing in ("rooms", "tenants", "leases", "settings")]


def add_corporation(
    run: Run,
    name: str = "주식회사 빛고을랩스",
    brn: str = "124-81-00998",
    started: str = "2024-02-29",
) -> dict[str, Any]:
    result: dict[str, Any] = run.json(
        "add-tenant",
        "--name",
        name,
        "--type",
        "법인",
        "--brn",
        brn,
        "--started",
        started,
        "--representative",
        "김민준",
        "--sector",
        "AI",
    )
    return result


def test_rooms(run: Run) -> None:
    rooms = run.json("rooms", "--json")
    by_number = {r["number"]: r for r in rooms}
    assert sum(r["kind"] == "startup_room" for r in rooms) == 41
    assert by_number["301"].keys() >= {"number", "name", "floor", "kind", "area_m2", "seats"}
    assert (by_number["301"]["floor"], by_number["301"]["seats"]) == (3, None)
    assert (by_number["201"]["kind"], by_number["201"]["seats"]) == ("coworking", 40)
    assert "보육실 301" in run("rooms")  # a readable table without --json


def test_add_tenant_prints_the_record(run: Run) -> None:
    created = add_corporation(run)
    assert created["id"] == 1
    assert {
        k: created[k] for k in ("name", "brn", "type", "started_on", "stage", "early_stage_until")
    } == {
        "name": "주식회사 빛고을랩스",
        "brn": "124-81-00998",
        "type": "법인",
        "started_on": "2024-02-29",
        "stage": "early",
        "early_stage_until": "2027-02-28",
    }
    pre = run.json("add-tenant", "--name", "예비팀 누리", "--type", "예비")
    assert (pre["brn"], pre["stage"], pre["early_stage_until"]) == (None, "pre_founder", None)


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--brn", "124-81-00997"], "124-81-00997"),
        (["--brn", "12481"], "12481"),
        (["--started", "2024-02-30"], "2024-02-30"),
        (["--type", "회사"], "회사"),
        (["--email", "no-at-sign"], "no-at-sign"),
    ],
)
def test_bad_tenant_input_exits_2_naming_it_and_writes_nothing(
    run: Run, args: list[str], named: str
) -> None:
    base = {"--name": "가온", "--type": "법인", "--brn": "220-81-62517", "--started": "2025-01-02"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    run("add-tenant", *[x for pair in base.items() for x in pair], code=2)
    assert named in run.err
    assert run.json("tenants", "--json") == []


def test_messages_in_english_when_chosen(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    run(
        "--lang",
        "en",
        "add-tenant",
        "--name",
        "X",
        "--type",
        "법인",
        "--brn",
        "124-81-00997",
        "--started",
        "2024-01-01",
        code=2,
    )
    assert run.err.startswith("error: Business registration number 124-81-00997")
    monkeypatch.setenv("INCUBATOR_LANG", "en")
    run("end-lease", "--lease", "7", "--on", "2026-01-01", code=2)
    assert "There is no lease 7" in run.err


def test_leases_from_signing_to_move_out(run: Run) -> None:
    tenant = add_corporation(run)
    lease = run.json(
        "add-lease",
        "--tenant",
        "1248100998",
        "--room",
        "301",
        "--start",
        "2025-04-01",
        "--deposit",
        "2,000,000",
        "--rent",
        "200000원",
        "--fee",
        "60000",
    )
    assert {
        k: lease[k]
        for k in (
            "tenant_id",
            "room",
            "start",
            "end",
            "seats",
            "deposit",
            "rent",
            "fee",
            "terminated_on",
        )
    } == {
        "tenant_id": tenant["id"],
        "room": "301",
        "start": "2025-04-01",
        "end": "2026-03-31",
        "seats": None,
        "deposit": 2_000_000,
        "rent": 200_000,
        "fee": 60_000,
        "terminated_on": None,
    }
    renewed = run.json("renew-lease", "--lease", str(lease["id"]))
    assert (renewed["start"], renewed["renewal_of"]) == ("2026-04-01", lease["id"])
    ended = run.json("end-lease", "--lease", str(renewed["id"]), "--on", "2026-09-30")
    assert (ended["end"], ended["terminated_on"]) == ("2027-03-31", "2026-09-30")
    assert [x["id"] for x in run.json("leases", "--json", "--as-of", "2026-09-30")] == [
        renewed["id"]
    ]
    assert run.json("leases", "--json", "--as-of", "2026-10-01") == []
    assert len(run.json("leases", "--json")) == 2


def test_lease_refusals(run: Run) -> None:
    add_corporation(run)
    add_corporation(run, "무등모빌리티", "220-81-62517", "2021-03-02")
    run.json("add-lease", "--tenant", "1", "--room", "302", "--start", "2025-04-01")
    run("add-lease", "--tenant", "2", "--room", "302", "--start", "2025-06-01", code=2)
    assert "302" in run.err and "주식회사 빛고을랩스" in run.err
    run("add-lease", "--tenant", "2", "--room", "303", "--start", "2024-05-01", code=2)
    assert "2024-03-02" in run.err
    for rent in ("-5", "12만"):
        run(
            "add-lease",
            "--tenant",
            "2",
            "--room",
            "303",
            "--start",
            "2024-05-01",
            "--rent",
            rent,
            code=2,
        )
        assert rent in run.err
    lease = run.json(
        "add-lease",
        "--tenant",
        "220-81-62517",
        "--room",
        "303",
        "--start",
        "2024-05-01",
        "--override-reason",
        "심사위원회 승인",
    )
    assert lease["override_reason"] == "심사위원회 승인"
    assert len(run.json("leases", "--json")) == 2


def test_occupancy_and_eligibility(run: Run) -> None:
    add_corporation(run, started="2023-04-01")
    run.json(
        "add-lease",
        "--tenant",
        "1",
        "--room",
        "코워킹스페이스",
        "--seats",
        "3",
        "--start",
        "2025-04-01",
        "--end",
        "2026-03-31",
    )
    run.json(
        "add-lease",
        "--tenant",
        "1",
        "--room",
        "401",
        "--start",
        "2025-04-01",
        "--end",
        "2026-03-31",
    )
    occupancy = run.json("occupancy", "--json", "--as-of", "2026-03-02")
    assert occupancy["as_of"] == "2026-03-02"
    floor4 = next(f for f in occupancy["floors"] if f["floor"] == 4)
    assert (floor4["startup_rooms"], floor4["startup_occupied"]) == (14, 1)
    assert floor4["occupied_area_m2"] > 0
    assert set(floor4) >= {
        "floor",
        "startup_rooms",
        "startup_occupied",
        "investor_rooms",
        "investor_occupied",
        "leasable_area_m2",
        "occupied_area_m2",
        "coworking_seats",
        "coworking_used",
    }
    assert (occupancy["total"]["coworking_used"], occupancy["total"]["startup_occupied"]) == (3, 1)
    (standing,) = run.json("eligibility", "--json", "--as-of", "2026-03-02")
    assert {
        k: standing[k]
        for k in ("tenant_id", "name", "brn", "stage", "early_stage_until", "days_left", "alerts")
    } == {
        "tenant_id": 1,
        "name": "주식회사 빛고을랩스",
        "brn": "124-81-00998",
        "stage": "early",
        "early_stage_until": "2026-04-01",
        "days_left": 30,
        "alerts": ["lease_ending", "aging_out"],
    }
    assert "졸업 예정" in run("eligibility", "--as-of", "2026-03-02")


def test_bad_dates_and_commands_exit_2(run: Run) -> None:
    run("occupancy", "--as-of", "2026-13-01", code=2)
    assert "2026-13-01" in run.err
    run("no-such-command", code=2)
    run("add-lease", "--tenant", "1", code=2)


def test_settings_are_listed_and_changed(run: Run) -> None:
    keys = {s["key"]: s for s in run.json("settings", "--json")}
    assert keys["incubation_cap_years"]["value"] == "3.0"
    run("set-setting", "alert_window_days", "60")
    assert {s["key"]: s["value"] for s in run.json("settings", "--json")}[
        "alert_window_days"
    ] == "60"
    run("set-setting", "alert_window_days", "zero", code=2)
    assert {s["key"]: s["value"] for s in run.json("settings", "--json")}[
        "alert_window_days"
    ] == "60"


def test_corrections(run: Run) -> None:
    add_corporation(run)
    edited = run.json(
        "edit-tenant", "--tenant", "124-81-00998", "--employees", "12", "--phone", "062-123-4567"
    )
    assert (edited["employees"], edited["phone"], edited["name"]) == (
        12,
        "062-123-4567",
        "주식회사 빛고을랩스",
    )
    room = run.json("edit-room", "--room", "301", "--area", "45.50")
    assert room["area_m2"] == 45.5
    run("edit-room", "--room", "301", "--area", "5000", code=2)
    assert "3층" in run.err


def test_demo(run: Run) -> None:
    out = run("demo", "--tenants", "80", "--seed", "5")
    assert "80" in out
    assert len(run.json("tenants", "--json")) == 80
    run("demo", "--tenants", "10", code=2)


def test_a_file_that_is_not_a_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"not a database")
    assert main(["--db", str(path), "tenants", "--json"]) == 2
    assert "roster.xlsx" in capsys.readouterr().err
    assert path.read_bytes() == b"not a database"


def test_the_real_entry_point(tmp_path: Path) -> None:
    """``python main.py`` in its own process: JSON on stdout in UTF-8, errors without traceback."""
    db = str(tmp_path / "proc.sqlite3")

    def start(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", db, *args],
            capture_output=True,
            timeout=120,
            check=False,
        )

    missing = start("rooms", "--json")  # a named file that is not there: a typo, not a new station
    assert missing.returncode == 2 and "proc.sqlite3" in missing.stderr.decode("utf-8")
    assert start("demo", "--tenants", "5").returncode == 0  # demo data may make a new file
    done = start("rooms", "--json")
    assert done.returncode == 0
    assert json.loads(done.stdout.decode("utf-8"))[0]["name"] == "오픈 라운지"
    failed = start(
        "add-tenant", "--name", "X", "--type", "법인", "--brn", "1", "--started", "2025-01-01"
    )
    assert failed.returncode == 2
    assert b"Traceback" not in failed.stderr and "사업자등록번호" in failed.stderr.decode("utf-8")


LEASE = ["add-lease", "--tenant", "1", "--room", "301", "--start", "2026-01-01"]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        ([*LEASE, "--rent", "9" * 23], "9" * 23),
        ([*LEASE, "--rent=--5"], "--5"),
        ([*LEASE, "--fee", "1,00,0"], "1,00,0"),
        (["add-lease", "--tenant", "9" * 23, "--room", "301", "--start", "2026-01-01"], "9" * 23),
        (["add-lease", "--tenant", "1", "--room", "301", "--start", "9999-06-01"], "9999-06-01"),
        (["add-lease", "--tenant", "1", "--room", "301", "--start", "20260101"], "20260101"),
        (["renew-lease", "--lease", "9" * 23], "9" * 23),
        (["end-lease", "--lease", "9" * 23, "--on", "2026-01-01"], "9" * 23),
        (["edit-tenant", "--tenant", "1", "--employees", "9" * 23], "9" * 23),
        (["edit-room", "--room", "201", "--seats", "9" * 23], "9" * 23),
        (["edit-room", "--room", "301", "--area", "1e3"], "1e3"),
        (["edit-room", "--room", "301", "--area", "1e30"], "1e30"),
        (["edit-room", "--room", "301", "--seats", "5"], "301"),
        (["edit-room", "--room", "302", "--name", "보육실 303"], "303"),
        (["edit-room", "--room", "302"], "302"),
        (["edit-room", "--room", "301", "--area", "45,5"], "45,5"),
        (["edit-tenant", "--tenant", "²", "--name", "Z"], "²"),
        ([*LEASE, "--rent", "١٢٣"], "١٢٣"),
        (["add-tenant", "--name", "가" * 201, "--type", "예비"], "200"),
        (["demo", "--tenants", "10"], "1"),
    ],
)
def test_out_of_range_input_is_refused_without_a_traceback(
    run: Run, args: list[str], named: str
) -> None:
    add_corporation(run)
    before = snapshot(run)
    run(*args, code=2)
    assert named in run.err
    assert snapshot(run) == before


def test_usage_mistakes_in_the_persons_language(run: Run) -> None:
    run("add-lease", "--room", "402", "--start", "2026-01-01", code=2)
    assert run.err.startswith("오류: ") and "다음 항목이 필요합니다: --tenant" in run.err
    run("--lang", "en", "add-lease", "--room", "402", "--start", "2026-01-01", code=2)
    assert run.err.startswith("error: ") and "required: --tenant" in run.err
    run("--lang", "en", "occupancy", "--as-of", "2026-02-30", code=2)
    assert "The date '2026-02-30' does not exist on the calendar" in run.err
    run("end-lease", "--lease", "abc", "--on", "2026-01-01", code=2)
    assert "'abc'" in run.err


def test_options_after_the_command(run: Run) -> None:
    assert run.json("rooms", "--json", "--lang", "en")[0]["number"] == "101"
    run("edit-room", "--room", "301", "--area", "5000", "--lang", "en", code=2)
    assert run.err.startswith("error: The spaces on floor 3")


def test_a_warning_does_not_refuse(run: Run) -> None:
    created = run.json(
        "add-tenant",
        "--name",
        "개인 사업자",
        "--type",
        "개인",
        "--brn",
        "124-81-00998",
        "--started",
        "2025-01-02",
    )
    assert created["warnings"] and "124-81-00998" in run.err


def test_cancel_a_lease_that_has_not_begun(run: Run) -> None:
    add_corporation(run)
    future = run.json("add-lease", "--tenant", "1", "--room", "514", "--start", "2099-01-01")
    out = run("cancel-lease", "--lease", str(future["id"]))
    assert str(future["id"]) in out
    assert run.json("leases", "--json") == []
    past = run.json("add-lease", "--tenant", "1", "--room", "301", "--start", "2025-04-01")
    run("cancel-lease", "--lease", str(past["id"]), code=2)
    assert len(run.json("leases", "--json")) == 1


def test_search_text_is_taken_literally(run: Run) -> None:
    add_corporation(run)
    assert run.json("tenants", "--json", "--search", "%") == []
    assert len(run.json("tenants", "--json", "--search", "빛고을")) == 1


def test_locked_and_newer_databases_exit_2_and_stay_as_they_were(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 50)
    with held_by_another_program(db_path):
        assert main(["--db", str(db_path), "add-tenant", "--name", "가", "--type", "예비"]) == 2
        assert "사용 중" in capsys.readouterr().err
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("select count(*) from tenant").fetchone() == (0,)
        raw.execute("update alembic_version set version_num = '0099_later'")
        raw.commit()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "tenants"]) == 2
    assert "0099_later" in capsys.readouterr().err
    assert db_path.read_bytes() == before


def test_a_lease_is_renewed_once(run: Run) -> None:
    pre = run.json("add-tenant", "--name", "예비팀", "--type", "예비")
    first = run.json(
        "add-lease",
        "--tenant",
        str(pre["id"]),
        "--room",
        "201",
        "--start",
        "2025-07-01",
        "--end",
        "2026-06-30",
    )
    run.json("renew-lease", "--lease", str(first["id"]))
    run("renew-lease", "--lease", str(first["id"]), code=2)
    assert len(run.json("leases", "--json")) == 2


def test_a_move_out_on_the_end_date_still_allows_renewal(run: Run) -> None:
    add_corporation(run)
    first = run.json("add-lease", "--tenant", "1", "--room", "301", "--start", "2025-04-01")
    run.json("end-lease", "--lease", str(first["id"]), "--on", "2026-03-31")
    assert run.json("renew-lease", "--lease", str(first["id"]))["start"] == "2026-04-01"


def test_a_withdrawn_lease_number_is_never_reused(run: Run) -> None:
    add_corporation(run)
    run.json("add-lease", "--tenant", "1", "--room", "301", "--start", "2025-04-01")
    future = run.json("add-lease", "--tenant", "1", "--room", "514", "--start", "2099-01-01")
    run("cancel-lease", "--lease", str(future["id"]))
    again = run.json("add-lease", "--tenant", "1", "--room", "515", "--start", "2099-01-01")
    assert again["id"] > future["id"]


def test_correcting_a_tenant_to_a_pre_founder_clears_its_numbers(run: Run) -> None:
    add_corporation(run)
    run.json("edit-tenant", "--tenant", "1", "--employees", "12")
    pre = run.json(
        "edit-tenant",
        "--tenant",
        "1",
        "--type",
        "예비",
        "--brn",
        "",
        "--started",
        "",
        "--employees",
        "",
    )
    assert (pre["type"], pre["brn"], pre["started_on"], pre["employees"]) == (
        "예비",
        None,
        None,
        None,
    )


def test_a_refused_demo_leaves_no_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--tenants", "0"]) == 2
    assert not path.exists()


def test_output_cut_short_by_the_reader_is_not_an_error(tmp_path: Path) -> None:
    db = str(tmp_path / "pipe.sqlite3")
    command = [sys.executable, str(ROOT / "main.py"), "--db", db]
    subprocess.run(
        [*command, "demo", "--tenants", "400"], check=True, capture_output=True, timeout=120
    )
    errors = tmp_path / "stderr.txt"
    with (
        errors.open("wb") as stderr,
        subprocess.Popen(
            [*command, "tenants", "--json"], stdout=subprocess.PIPE, stderr=stderr
        ) as reader,
    ):
        assert reader.stdout is not None
        reader.stdout.readline()
        reader.stdout.close()  # like `| head -1`
        assert reader.wait(timeout=120) == 0
    assert errors.read_bytes() == b""


def test_excel_exports(run: Run, tmp_path: Path) -> None:
    add_corporation(run)
    run.json("add-lease", "--tenant", "1", "--room", "301", "--start", "2025-04-01")
    roster = tmp_path / "입주기업 현황.xlsx"
    assert str(roster) in run("export-roster", str(roster), "--as-of", "2025-05-01")
    sheet = load_workbook(roster)["입주기업"]
    assert [c.value for c in sheet[5]][3] == "주식회사 빛고을랩스"
    occupancy = tmp_path / "층별 현황.xlsx"
    run("export-occupancy", str(occupancy), "--as-of", "2025-05-01")
    floors = load_workbook(occupancy)["층별 현황"]
    total = next(r for r in floors.iter_rows(values_only=True) if r[0] == "합계")
    assert total[:3] == ("합계", 41, 1)
    run("export-roster", str(tmp_path / "roster.csv"), code=2)
    assert "roster.csv" in run.err
    run("export-occupancy", str(tmp_path / "없는 폴더" / "o.xlsx"), code=2)
    assert "없는 폴더" in run.err


def test_import_roster_all_or_nothing(
    run: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_corporation(run)
    run.json("add-lease", "--tenant", "1", "--room", "301", "--start", "2025-04-01")
    roster = tmp_path / "roster.xlsx"
    run("export-roster", str(roster), "--as-of", "2025-05-01", "--all")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    sheet.append(
        [
            None,
            None,
            "302",
            "무등모빌리티",
            None,
            "220-81-62517",
            None,
            "법인",
            "2015-01-02",
            None,
            None,
            None,
            "2025-04-01",
        ]
    )
    sheet.append([None, None, None, "검증", None, "124-81-00997", None, "법인", "2025-01-02"])
    book.save(roster)
    assert main(["--db", str(run.db), "import-roster", str(roster)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("오류: ") and "아무것도 기록하지 않음" in err[0]  # what was refused
    assert err[1].startswith("행 6, 입주일: ") and err[2].startswith("행 7, 사업자등록번호: ")
    assert len(run.json("tenants", "--json")) == 1
    fine = tmp_path / "fine.xlsx"
    run("export-roster", str(fine), "--as-of", "2025-05-01", "--all")
    assert "0개 등록" in run("import-roster", str(fine), "--dry-run")
    assert "계약 0건 등록·0건 수정" in run("import-roster", str(fine))
    run("import-roster", str(tmp_path / "none.xlsx"), code=2)
    assert "none.xlsx" in run.err


def test_a_desk_name_the_records_cannot_keep_is_refused_and_a_saved_one_signs(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from incubator_app.desk_settings import desk_file
    from incubator_app.domain.stamps import Kind
    from incubator_app.services.stamps import read_stamp
    from incubator_app.store.database import open_database

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("INCUBATOR_DESK", "  ")
    run("add-tenant", "--name", "빈 이름 데스크", "--type", "pre", code=2)
    assert "데스크 이름을 입력하세요" in run.err
    monkeypatch.delenv("INCUBATOR_DESK")
    desk_file().parent.mkdir(parents=True)
    desk_file().write_text("\ufeff박매니저\r\n", encoding="utf-8")  # as an older Notepad saves
    added = run.json("add-tenant", "--name", "새 기업", "--type", "pre")
    db = open_database(run.db)
    with db.session() as s:
        assert read_stamp(s, Kind.TENANT, added["id"]).created_by == "박매니저"
    db.dispose()
