"""``backup``, ``backups`` and ``restore`` (run on both databases), and what a manager's
computer may do to them: a backup or a restore killed at any moment, a disk that fills
up, a backup folder that cannot be written. Nothing is ever lost: a backup cut short is
never listed, the backups before it stay whole, and a database whose restore was cut
short opens as the old one or the restored one."""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from incubator_app.store.backup import describe, file_station, list_backups
from incubator_app.store.database import open_database
from incubator_app.store.migrations import SCHEMA
from tests.cli.conftest import Run
from tests.store.test_database import written_at

MAIN = Path(__file__).resolve().parents[2] / "main.py"
KILLS = 20  # the count of tries


def test_backup_backups_and_restore_on_the_command_line(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(tmp_path / "backups"))
    run("add-tenant", "--name", "빛고을랩", "--type", "예비")
    made = run.json("backup")
    assert set(made) >= {
        "path", "at", "size", "revision", "tenants", "leases", "bookings", "history_head",
    }  # fmt: skip
    assert (made["tenants"], made["revision"], len(made["history_head"])) == (1, SCHEMA, 64)
    run("add-tenant", "--name", "무등모빌리티", "--type", "예비")
    listed = run.json("backups", "--json")
    assert listed[0]["path"] == made["path"]  # newest first (a file's day backup after it)
    done = run.json("restore", made["path"])
    assert done["restored_from"] == made["path"]
    assert [t["name"] for t in run.json("tenants", "--json")] == ["빛고을랩"]
    assert run.json("backups", "--json")[0]["path"] == done["safety_backup"]
    assert "2건" in run("verify-history")  # the backup's one, and the restore's own
    restore_entry = run.json("history", "--json")[-1]
    assert (restore_entry["kind"], restore_entry["action"]) == ("station", "restore")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["restore", "nowhere.sqlite3"], "nowhere.sqlite3"),
        (["backup", "--to", "/no/such/folder/copy.sqlite3"], "/no/such/folder"),
    ],
)
def test_bad_backup_questions_exit_2_naming_the_file(run: Run, args: list[str], says: str) -> None:
    run(*args, code=2)
    assert says in run.err


@pytest.fixture(scope="module")
def big(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station of 3,000 tenants: its backup takes long enough to be cut short."""
    path = tmp_path_factory.mktemp("big") / "stag.sqlite3"
    _incubator("demo", "--tenants", "3000", db=path)
    with closing(sqlite3.connect(path)) as raw:  # long notes: a file of some megabytes
        raw.execute("update tenant set notes = hex(randomblob(900))")
        raw.commit()
    shutil.rmtree(path.parent / "backups", ignore_errors=True)
    return path


@pytest.fixture
def station(big: Path, tmp_path: Path) -> Path:
    path = tmp_path / "stag.sqlite3"
    shutil.copyfile(big, path)
    return path


def _incubator(*args: str, db: Path, **options: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[no-any-return]
        [sys.executable, str(MAIN), "--db", str(db), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        **options,  # type: ignore[call-overload]
    )


def _killed(args: list[str], db: Path, after_s: float) -> None:
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(after_s)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _whole(path: Path) -> int:
    """A database file that opens and passes SQLite's integrity check: its tenants."""
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("pragma integrity_check").fetchone() == ("ok",)
        return int(raw.execute("select count(*) from tenant").fetchone()[0])


def _listed(db: Path) -> list[Path]:
    return [b.path for b in list_backups(db.parent / "backups", db.stem, file_station(db))]


def _asked_for(db: Path) -> Path:
    """The one backup asked for (the day's first opening took another)."""
    (asked,) = [path for path in _listed(db) if ".manual." in path.name]
    return asked


def _killed_copying(db: Path, after_s: float) -> None:
    """``backup`` killed ``after_s`` after its unfinished file appeared."""
    folder = db.parent / "backups"
    process = subprocess.Popen(
        [sys.executable, str(MAIN), "--db", str(db), "backup"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    while process.poll() is None:
        if any(path.name.endswith(".partial") for path in folder.iterdir()):
            time.sleep(after_s)
            break
        time.sleep(0.0005)
    process.send_signal(signal.SIGKILL)
    process.wait()


def _copying(db: Path) -> tuple[float, float]:
    """When, after its start, a backup's unfinished file is there (a run watched)."""
    folder, seen = db.parent / "backups", []
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, str(MAIN), "--db", str(db), "backup"])
    while process.poll() is None:
        if any(path.name.endswith(".partial") for path in folder.iterdir()):
            seen.append(time.monotonic() - started)
        time.sleep(0.001)
    assert seen, "the copy was never seen"
    return seen[0], seen[-1]


def _took(args: list[str], db: Path) -> float:
    started = time.monotonic()
    assert _incubator(*args, db=db).returncode == 0
    return time.monotonic() - started


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_backup_killed_at_any_moment_is_never_listed(station: Path) -> None:
    _took(["backup"], station)  # the first backup (and the day's, at the first opening)
    first = _asked_for(station)
    before = first.read_bytes()
    started, ended = _copying(station)
    rng = random.Random(14)
    cut_short = 0
    for _ in range(KILLS):  # killed once its file is begun, at a moment of the copy
        _killed_copying(station, rng.uniform(0, 1.2 * (ended - started)))
        folder = station.parent / "backups"
        cut_short += sum(1 for path in folder.iterdir() if path.name.endswith(".partial"))
        for left in folder.glob("*.partial*"):
            left.unlink()  # counted: the next kill's is told apart
        listed = _listed(station)
        for path in listed:  # every one listed is whole
            assert describe(path, checked=True).tenants == 3000
        assert first in listed and first.read_bytes() == before
    assert cut_short >= KILLS // 2  # kills did land in the middle of copies
    assert _whole(station) == 3000


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_restore_killed_at_any_moment_leaves_the_old_or_the_restored_database(
    station: Path,
) -> None:
    assert _incubator("backup", db=station).returncode == 0
    backup = _asked_for(station)
    rng = random.Random(15)
    whole = 0.0
    for n in range(KILLS // 2):
        assert _incubator("add-tenant", "--name", f"새기업 {n}", "--type", "예비", db=station)
        now = _whole(station)
        if not whole:
            whole = _took(["restore", str(backup)], station)
            assert _whole(station) == 3000
            continue
        _killed(["restore", str(backup)], station, rng.uniform(0.5 * whole, 1.05 * whole))
        assert _whole(station) in (now, 3000)
        db = open_database(str(station))  # and it opens, as the program opens it
        db.dispose()


@pytest.mark.skipif(sys.platform == "win32", reason="resource limits")
def test_a_full_disk_stops_the_backup_and_loses_nothing(station: Path) -> None:
    assert _incubator("backup", db=station).returncode == 0
    first, kept = _asked_for(station), _listed(station)
    size = station.stat().st_size

    import resource  # POSIX's

    def small_disk() -> None:  # files may not grow past half the database
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size // 2, size // 2))

    done = _incubator("backup", db=station, preexec_fn=small_disk)
    assert done.returncode == 2, done.stderr
    assert "백업" in done.stderr and "Traceback" not in done.stderr
    assert _listed(station) == kept and describe(first, checked=True).tenants == 3000
    assert _whole(station) == 3000


def test_a_backup_folder_that_cannot_be_written_is_told_once_and_the_command_works(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, backend: str
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("INCUBATOR_BACKUPS", str(blocked / "backups"))
    run("add-tenant", "--name", "빛고을랩", "--type", "예비")  # a file's first opening tries
    if backend == "sqlite":
        assert run.err.count(str(blocked)) == 1 and run.err.startswith("주의:")
    run("backup", code=2)
    assert str(blocked) in run.err


@pytest.fixture
def older(tmp_path: Path) -> Iterator[Path]:
    """A backup a program of an older schema wrote (0008: before the history)."""
    path = tmp_path / "older.sqlite3"
    with written_at(path, "0008") as connection:
        connection.execute(
            text(
                "insert into tenant (name, entity, new_industry) "
                "values ('옛기업', 'PRE_FOUNDER', 0)"
            )
        )
    yield path


def test_an_older_backup_is_upgraded_after_restoring(run: Run, older: Path) -> None:
    done = run.json("restore", str(older))
    assert done["restored_from"] == str(older)
    assert [t["name"] for t in run.json("tenants", "--json")] == ["옛기업"]
    run("add-tenant", "--name", "새기업", "--type", "예비")
    assert "2건" in run("verify-history")  # the history begins with the restore


@pytest.mark.sqlite_file
def test_a_backup_restores_on_a_new_computer_into_a_new_file(
    run: Run, tmp_path: Path, backend: str
) -> None:
    run("add-tenant", "--name", "빛고을랩", "--type", "예비")
    made = run.json("backup")
    fresh = tmp_path / "새 컴퓨터" / "stag.sqlite3"
    fresh.parent.mkdir()
    again = Run(str(fresh), run.capsys)
    done = again.json("restore", made["path"])
    assert done["restored_from"] == made["path"]
    assert [t["name"] for t in again.json("tenants", "--json")] == ["빛고을랩"]
    assert "2건" in again("verify-history")


@pytest.mark.sqlite_file
def test_a_backup_asked_for_of_a_rewritten_history_is_kept_and_the_reason_told(
    run: Run, db_path: Path, backend: str
) -> None:
    run("add-tenant", "--name", "빛고을랩", "--type", "예비")
    with closing(sqlite3.connect(db_path)) as raw:
        raw.execute("drop trigger history_kept_update")
        raw.execute("update history set by = '누군가' where id = 1")
        raw.commit()
    run("backup", code=2)
    assert "#1" in run.err and "복원할 수 없습니다" in run.err
    (kept,) = [b for b in run.json("backups", "--json") if b["reason"] == "manual"]
    assert kept["tenants"] == 1  # the records are not lost
