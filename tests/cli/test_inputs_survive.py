"""What a new user broke in an hour, each as the class it belongs to (issue 11).

Every case runs the real command line on a real SQLite file and checks what a
manager would see: one ``오류:`` line that names the problem, exit code 2, and
nothing written.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import unicodedata
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from incubator_app.cli import main
from incubator_app.store.database import open_database
from incubator_app.ui.display import missing_libraries
from tests.builders import valid_brn
from tests.cli.conftest import Run
from tests.cli.test_cli import ROOT, add_corporation, snapshot

PRE_FOUNDER = ["add-tenant", "--type", "예비", "--name", "예비A"]


def roster_rows(path: Path) -> list[tuple[object, ...]]:
    return list(load_workbook(path)["입주기업"].iter_rows(min_row=5, values_only=True))


def test_two_pre_founders_of_one_name_survive_an_unchanged_reimport(
    run: Run, tmp_path: Path
) -> None:
    first = run.json(*PRE_FOUNDER, "--representative", "홍길동", "--sector", "AI")
    second = run.json(*PRE_FOUNDER, "--representative", "김철수", "--sector", "바이오")
    roster = tmp_path / "all.xlsx"
    run("export-roster", str(roster), "--all")
    for _ in range(2):  # a dry run, then the import, then again: it settles at nothing
        assert "기업 0개 등록·0개 수정" in run("import-roster", str(roster), "--dry-run")
        assert "기업 0개 등록·0개 수정" in run("import-roster", str(roster))
    tenants = {t["id"]: t for t in run.json("tenants", "--json")}
    assert (tenants[first["id"]]["representative"], tenants[first["id"]]["sector"]) == (
        "홍길동",
        "AI",
    )
    assert tenants[second["id"]]["representative"] == "김철수"


def test_a_row_that_could_be_either_of_two_tenants_is_refused_with_its_row(
    run: Run, tmp_path: Path
) -> None:
    run.json(*PRE_FOUNDER)
    run.json(*PRE_FOUNDER)
    roster = tmp_path / "all.xlsx"
    run("export-roster", str(roster), "--all")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    sheet.delete_cols(26)  # a hand-kept copy without the 기업 ID column
    book.save(roster)
    before = snapshot(run)
    assert main(["--db", str(run.db), "import-roster", str(roster)]) == 2
    err = run.capsys.readouterr().err.splitlines()
    assert err[0].startswith("오류: 가져오지 않았습니다")
    assert err[1].startswith("행 5, 기업 ID: 이름이 '예비A'인 예비창업자가 여럿입니다 (ID 1, 2)")
    assert snapshot(run) == before


def test_seats_and_the_reason_for_an_exception_come_back_from_the_roster(
    run: Run, tmp_path: Path
) -> None:
    old = add_corporation(run, started="2019-01-02")  # past the early-stage window
    lease = run.json(
        "add-lease", "--tenant", old["brn"], "--room", "코워킹스페이스", "--start", "2026-01-01",
        "--seats", "3", "--override-reason", "운영위원회 2025-12 의결",
    )  # fmt: skip
    roster = tmp_path / "roster.xlsx"
    run("export-roster", str(roster), "--as-of", "2026-01-01")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    header = [c.value for c in sheet[4]]
    assert sheet.cell(5, header.index("예외 사유") + 1).value == "운영위원회 2025-12 의결"
    sheet.cell(5, header.index("좌석") + 1).value = 2
    book.save(roster)
    assert "계약 0건 등록·1건 수정" in run("import-roster", str(roster))
    (changed,) = [x for x in run.json("leases", "--json") if x["id"] == lease["id"]]
    assert changed["seats"] == 2
    sheet.cell(5, header.index("좌석") + 1).value = 100  # more than the space holds
    book.save(roster)
    assert main(["--db", str(run.db), "import-roster", str(roster)]) == 2
    assert "좌석" in run.capsys.readouterr().err
    # into an empty database, the lease signed on an exception arrives with its reason
    other = tmp_path / "other.sqlite3"
    assert main(["--db", str(other), "init"]) == 0
    sheet.cell(5, header.index("좌석") + 1).value = 2
    book.save(roster)
    assert main(["--db", str(other), "import-roster", str(roster)]) == 0
    run.capsys.readouterr()
    again = tmp_path / "again.xlsx"
    assert main(["--db", str(other), "export-roster", str(again), "--as-of", "2026-01-01"]) == 0
    assert roster_rows(again) == roster_rows(roster)


@pytest.mark.parametrize(
    "name",
    ["bad\x01name", "탭\t이름", "줄\n바꿈", "폭\u200b없음", "방향\u202e바꿈", "\ufeff빛고을"],
)
def test_an_invisible_character_in_a_name_is_refused_and_nothing_written(
    run: Run, name: str
) -> None:
    before = snapshot(run)
    run("add-tenant", "--name", name, "--type", "예비", code=2)
    assert "기업명" in run.err and "U+" in run.err and "(name)" not in run.err
    assert snapshot(run) == before


def test_a_record_kept_from_before_the_cleaning_never_blocks_an_export(
    run: Run, tmp_path: Path
) -> None:
    tenant = run.json(*PRE_FOUNDER)
    old = open_database(run.db)
    with old.session(write=True) as s:  # written before names were cleaned
        s.execute(text("UPDATE tenant SET name = :name WHERE id = :id"),
                  {"name": "옛\x01기록", "id": tenant["id"]})  # fmt: skip
    old.dispose()
    roster = tmp_path / "roster.xlsx"
    run("export-roster", str(roster), "--all")
    assert [r[3] for r in roster_rows(roster)] == ["옛\ufffd기록"]


def test_a_name_pasted_in_decomposed_jamo_is_stored_and_found_composed(run: Run) -> None:
    composed = run.json("add-tenant", "--name", "빛고을랩스", "--type", "예비")
    decomposed = unicodedata.normalize("NFD", "빛고을랩스")  # as pasted from macOS
    assert decomposed != "빛고을랩스"
    found = run.json("tenants", "--json", "--search", decomposed)
    assert [t["id"] for t in found] == [composed["id"]]
    pasted = run.json("add-tenant", "--name", decomposed, "--type", "예비")
    assert pasted["name"] == "빛고을랩스"


def test_a_read_only_database_reads_and_refuses_a_write_in_words(
    run: Run, read_only_location: str
) -> None:
    """A read-only file, or a server login that may only read."""
    add_corporation(run)
    before = snapshot(run)
    assert main(["--db", read_only_location, "tenants", "--json"]) == 0
    assert main(["--db", read_only_location, "add-tenant", "--name", "X", "--type", "예비"]) == 2
    err = run.capsys.readouterr().err
    assert err.startswith("오류:") and "읽기 전용" in err and "readonly" not in err
    assert "permission denied" not in err
    assert snapshot(run) == before


def test_arguments_that_are_not_utf8_are_refused_with_their_cp949_reading(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    cp949 = "빛고을".encode("cp949").decode("utf-8", "surrogateescape")
    before = snapshot(run)
    run("add-tenant", "--name", cp949, "--type", "예비", code=2)
    assert "UTF-8" in run.err and "'빛고을'" in run.err and "인수 5" in run.err
    assert snapshot(run) == before
    monkeypatch.setenv("INCUBATOR_DB", cp949)  # a script's variable, likewise
    assert main(["rooms"]) == 2
    assert "환경변수 INCUBATOR_DB" in run.capsys.readouterr().err


def test_init_creates_upgrades_or_refuses_without_a_window(tmp_path: Path, run: Run) -> None:
    fresh = tmp_path / "new.sqlite3"
    assert main(["--db", str(fresh), "init"]) == 0
    made = json.loads(run.capsys.readouterr().out)
    assert made == {"location": str(fresh), "revision": made["revision"], "created": True}
    assert main(["--db", str(fresh), "init"]) == 0
    assert json.loads(run.capsys.readouterr().out)["created"] is False
    foreign = tmp_path / "notes.sqlite3"
    with closing(sqlite3.connect(foreign)) as raw, raw:
        raw.execute("CREATE TABLE notes (x)")
    before = foreign.read_bytes()
    assert main(["--db", str(foreign), "init"]) == 2
    assert foreign.read_bytes() == before
    assert main(["--db", str(tmp_path / "typo.sqlite3"), "rooms"]) == 2
    assert "init" in run.capsys.readouterr().err  # the refusal says how to make one


def test_a_zero_byte_database_is_left_as_it_is_by_a_command_that_does_not_create(
    tmp_path: Path, run: Run
) -> None:
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    roster = tmp_path / "roster.xlsx"
    run("export-roster", str(roster), "--all")
    assert main(["--db", str(empty), "import-roster", str(roster), "--dry-run"]) == 2
    assert "0바이트" in run.capsys.readouterr().err and empty.stat().st_size == 0


LEASE = ["add-lease", "--tenant", "1", "--room", "301", "--start", "2026-01-01"]
FEB_30 = ["--start", "2026-02-30T11:00", "--end", "2026-02-30T12:00"]
HALL = ["book", "--space", "다목적홀", "--external", "극단", "--contact", "010"]


@pytest.mark.parametrize(
    ("args", "said", "not_said"),
    [
        (["set", "brn_check_digit", "maybe"], "검증번호 확인", "brn_check_digit"),
        (["set", "alert_window_days", "10"], "알림(10일)", "alert_window_days"),
        (["set", "alert_window_days", "99999"], "0~3650", "alert_window_days"),
        ([*LEASE, "--rent", "x"], "월임대료", "(rent)"),
        (["add-tenant", "--name", "가" * 201, "--type", "예비"], "기업명", "(name)"),
        ([*HALL, *FEB_30], "달력에 없는", "YYYY"),
        (["tenants", "--as-of", "99999-01-01"], "'99999-01-01'", "YYYY"),
        (["renew-lease", "--lease", "abc"], "숫자", "올바른 값이 아닙니다"),
        ([*LEASE, "--rent", "9" * 23], "9" * 23, "999,999"),
    ],
)
def test_messages_a_person_can_act_on(run: Run, args: list[str], said: str, not_said: str) -> None:
    add_corporation(run)
    run(*args, code=2)
    assert said in run.err and not_said not in run.err


def test_a_midnight_end_is_read_as_the_window_shows_it(run: Run) -> None:
    run(*HALL, "--start", "2026-12-02T20:00", "--end", "2026-12-02T24:00", code=2)
    assert "24:00" in run.err and "이용 시간" in run.err  # read, then refused by a rule


def test_english_messages_name_the_type_in_english(run: Run) -> None:
    run("--lang", "en", "add-tenant", "--name", "X", "--type", "corp", code=2)
    assert "'corporation'" in run.err and "법인" not in run.err
    run("--lang", "en", "add-tenant", "--name", "X", "--type", "pre", "--brn", "124-81-00998",
        code=2)  # fmt: skip
    assert "corporation or individual" in run.err and "법인" not in run.err


def test_english_type_words_on_the_command_line(run: Run) -> None:
    for word, korean, middle in (("corp", "법인", "81"), ("individual", "개인", "01")):
        numbers = ["--brn", valid_brn(middle), "--started", "2025-01-02"]
        made = run.json("add-tenant", "--name", f"{word} co", "--type", word, *numbers)
        assert made["type"] == korean
    assert run.json("add-tenant", "--name", "pre co", "--type", "pre")["type"] == "예비"


@pytest.mark.parametrize(
    ("db", "said"),
    [
        ("sqlite:///relative.sqlite3", "상대 경로"),
        ("mysql://desk@server/stag", "'mysql'"),
        ("postgresql://desk:secret@nowhere.invalid/stag", "nowhere.invalid:5432/stag'에 연결할 수"),
        ("postgresql://desk:secret@127.0.0.1:1/stag", "127.0.0.1:1/stag'에 연결할 수"),
        ("postgresql://desk:secret@server", "데이터베이스 이름이 없습니다"),
        ("postgresql://desk:se/cret@server:notaport/stag", "포트는 숫자"),
    ],
)
def test_database_addresses_that_cannot_be_used_explain_themselves(
    run: Run, db: str, said: str
) -> None:
    assert main(["--db", db, "rooms"]) == 2
    err = run.capsys.readouterr().err
    assert err.startswith("오류:") and said in err and "secret" not in err


def test_a_folder_given_as_a_file_says_it_is_a_folder(run: Run, tmp_path: Path) -> None:
    run("--db", str(tmp_path), "rooms", code=2)
    assert "폴더입니다" in run.err
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    run("export-roster", str(folder), code=2)
    assert "폴더입니다" in run.err
    run("import-roster", str(folder), code=2)
    assert "폴더입니다" in run.err


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs a folder nobody may write (Linux)")
def test_exporting_into_a_folder_that_takes_no_file_says_why_in_one_line(run: Run) -> None:
    run("export-roster", "/sys/roster.xlsx", code=2)  # Run checks: one line, no traceback
    assert "쓰기 권한이 없습니다" in run.err and "Exception ignored" not in run.err


def test_screenshots_refuse_a_file_or_an_unwritable_folder(run: Run, tmp_path: Path) -> None:
    afile = tmp_path / "shots"
    afile.write_text("keep")
    run("screenshots", str(afile), code=2)
    assert "파일입니다" in run.err and afile.read_text() == "keep"
    if Path("/sys").is_dir():
        run("screenshots", "/sys/shots", code=2)
        assert "쓰기 권한이 없습니다" in run.err


def window_env(**changes: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    return {**env, **changes}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland displays")
@pytest.mark.parametrize(
    ("changes", "said"),
    [
        ({}, "디스플레이"),  # none at all, as over SSH
        ({"DISPLAY": ":97"}, "':97'에 연결할 수 없습니다"),  # a display nobody answers on
        ({"QT_QPA_PLATFORM": "bogus"}, "'bogus'"),
        ({"WAYLAND_DISPLAY": "wayland-9"}, "디스플레이"),  # not a Wayland session: X11 asked
        ({"QT_QPA_PLATFORM": "wayland", "XDG_RUNTIME_DIR": "/nonexistent"}, "Wayland"),
        ({"XDG_SESSION_TYPE": "wayland", "XDG_RUNTIME_DIR": "/nonexistent"}, "Wayland"),
        ({"QT_QPA_PLATFORM": "eglfs"}, "'eglfs'"),
    ],
)
def test_a_window_that_cannot_be_shown_is_said_and_exits_2(
    tmp_path: Path, changes: dict[str, str], said: str
) -> None:
    started = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(tmp_path / "x.sqlite3")],
        capture_output=True,
        env=window_env(HOME=str(tmp_path), **changes),
        timeout=60,
        check=False,
    )
    err = started.stderr.decode("utf-8")
    assert started.returncode == 2 and err.startswith("오류:") and said in err, err
    assert "xcb-cursor" not in err and not (tmp_path / "x.sqlite3").exists()  # not Qt's abort


def test_missing_x_libraries_are_named_by_their_package() -> None:
    assert missing_libraries({"libstag-not-there.so.9": "libstag9"}) == ["libstag9"]
    assert missing_libraries({}) == []


def test_screenshots_say_nothing_but_the_files_they_wrote(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "screenshots", str(tmp_path / "shots")],
        capture_output=True,
        env=window_env(HOME=str(tmp_path)),
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and done.stderr == b""
    assert len(done.stdout.decode("utf-8").splitlines()) == len(list(tmp_path.glob("shots/*.png")))


def other_station(tmp_path: Path, name: str) -> Path:
    """Another database, made as a new desk would make it (its own identity)."""
    path = tmp_path / f"{name}.sqlite3"
    assert main(["--db", str(path), "init"]) == 0
    return path


def test_ids_from_another_database_never_pick_its_tenants(run: Run, tmp_path: Path) -> None:
    run.json(*PRE_FOUNDER, "--representative", "김가")
    run.json(*PRE_FOUNDER, "--representative", "이나")
    roster = tmp_path / "x.xlsx"
    run("export-roster", str(roster), "--all")
    y = other_station(tmp_path, "y")
    for representative in ("최다", "정라"):  # Y's own two 예비A, IDs 1 and 2 there too
        assert main(["--db", str(y), *PRE_FOUNDER, "--representative", representative]) == 0
    run.capsys.readouterr()
    before = y.read_bytes()
    assert main(["--db", str(y), "import-roster", str(roster)]) == 2
    err = run.capsys.readouterr().err
    assert "다른 데이터베이스에서 적은 것" in err and y.read_bytes() == before  # not overwritten


def test_a_row_whose_company_is_not_its_ids_is_refused_naming_both(
    run: Run, tmp_path: Path
) -> None:
    run.json(*PRE_FOUNDER)
    roster = tmp_path / "x.xlsx"
    run("export-roster", str(roster), "--all")
    book = load_workbook(roster)
    book["입주기업"].cell(5, 4).value = "예비A랩"  # renamed in the sheet
    book.save(roster)
    before = snapshot(run)
    assert main(["--db", str(run.db), "import-roster", str(roster)]) == 2
    err = run.capsys.readouterr().err
    assert "'예비A'" in err and "'예비A랩'" in err and snapshot(run) == before


def test_an_id_this_database_never_gave_picks_no_tenant(run: Run, tmp_path: Path) -> None:
    run.json(*PRE_FOUNDER, "--representative", "김가")
    run.json(*PRE_FOUNDER, "--representative", "이나")
    roster = tmp_path / "x.xlsx"
    run("export-roster", str(roster), "--all")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    sheet.cell(6, 26).value = 99  # typed by hand over the second company's ID
    sheet.cell(6, 5).value = "홍길동"
    book.save(roster)
    before = snapshot(run)
    assert main(["--db", str(run.db), "import-roster", str(roster), "--dry-run"]) == 2
    err = run.capsys.readouterr().err  # not the second company by elimination: refused
    assert "여럿입니다 (ID 1, 2)" in err and snapshot(run) == before


def test_a_restored_copy_takes_the_companies_added_since(run: Run, tmp_path: Path) -> None:
    run.json(*PRE_FOUNDER, "--representative", "김가")
    copy = tmp_path / "copy.sqlite3"
    run.json("copy-database", "--to", str(copy))  # a backup: the same records, as they were
    run.json(*PRE_FOUNDER, "--representative", "이나")  # added since
    roster = tmp_path / "x.xlsx"
    run("export-roster", str(roster), "--all")
    assert main(["--db", str(copy), "import-roster", str(roster)]) == 0
    assert "기업 1개 등록·0개 수정" in run.capsys.readouterr().out
    assert main(["--db", str(copy), "import-roster", str(roster)]) == 0
    assert "기업 0개 등록·0개 수정" in run.capsys.readouterr().out


def test_correcting_a_moved_out_lease_keeps_its_move_out(run: Run, tmp_path: Path) -> None:
    tenant = add_corporation(run)
    lease = run.json("add-lease", "--tenant", tenant["brn"], "--room", "301",
                     "--start", "2026-01-01", "--rent", "200000")  # fmt: skip
    run.json("end-lease", "--lease", str(lease["id"]), "--on", "2026-06-30")
    roster = tmp_path / "r.xlsx"
    run("export-roster", str(roster), "--as-of", "2026-03-02")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    header = [c.value for c in sheet[4]]
    sheet.cell(5, header.index("월임대료(원)") + 1).value = 210_000
    book.save(roster)
    assert "계약 0건 등록·1건 수정" in run("import-roster", str(roster))
    (after,) = run.json("leases", "--json")
    assert (after["rent"], after["end"], after["terminated_on"]) == (
        210_000,
        lease["end"],
        "2026-06-30",
    )


def test_blank_money_keeps_the_lease_and_true_false_or_a_roomless_lease_is_refused(
    run: Run, tmp_path: Path
) -> None:
    tenant = add_corporation(run)
    run.json("add-lease", "--tenant", tenant["brn"], "--room", "301",
             "--start", "2026-01-01", "--rent", "200000")  # fmt: skip
    roster = tmp_path / "r.xlsx"
    run("export-roster", str(roster), "--as-of", "2026-03-02")
    book = load_workbook(roster)
    sheet = book["입주기업"]
    header = [c.value for c in sheet[4]]
    rent = header.index("월임대료(원)") + 1
    sheet.cell(5, rent).value = None  # left blank: the signed rent stands
    book.save(roster)
    assert "계약 0건 등록·0건 수정" in run("import-roster", str(roster))
    before = snapshot(run)
    for cell, value, said in (
        (rent, True, "참/거짓"),
        (header.index("호실") + 1, None, "호실이 비어 있는데"),
    ):
        sheet.cell(5, cell).value = value
        book.save(roster)
        assert main(["--db", str(run.db), "import-roster", str(roster)]) == 2
        assert said in run.capsys.readouterr().err and snapshot(run) == before
