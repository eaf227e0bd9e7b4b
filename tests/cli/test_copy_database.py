"""Moving a station (run from each kind of database to the other): every record and id
arrives, each table is proved equal, and a target that is not new and empty is refused
untouched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from incubator_app.cli import main
from incubator_app.domain.stamps import Kind
from incubator_app.services.demo import make_demo
from incubator_app.services.lease_lists import list_leases
from incubator_app.services.leases import LeaseInput, cancel_lease, create_lease
from incubator_app.services.stamps import read_stamp
from incubator_app.services.tenants import list_tenants
from incubator_app.store.database import open_database
from tests.builders import make_tenant
from tests.cli.conftest import Run
from tests.postgresql_server import PASSWORD, Server

TODAY = date(2026, 3, 2)


@pytest.fixture
def other_kind(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database of the other kind: a server's for a file, a file for a server."""
    if backend == "postgresql":
        yield str(tmp_path / "복사본" / "stag.sqlite3")
        return
    server: Server = request.getfixturevalue("server")
    name = server.create()
    yield server.database_url(name)
    server.drop(name)


def test_a_station_moves_to_the_other_kind_of_database_whole(
    run: Run, db_location: str, other_kind: str, tmp_path: Path
) -> None:
    (tmp_path / "복사본").mkdir()
    source = open_database(db_location, desk="김매니저")
    with source.session(write=True) as s:
        make_demo(s, 40, seed=3, today=TODAY)
        tenant = make_tenant(s, "빛고을로봇 (주)", notes="첫 줄\n둘째 줄")
        withdrawn = create_lease(s, LeaseInput(tenant.id, "301", date(2027, 1, 4)))
        cancel_lease(s, withdrawn.id, TODAY)  # its id is never given again
    with source.session() as s:
        tenants, leases = list_tenants(s, TODAY), list_leases(s)
        stamp = read_stamp(s, Kind.TENANT, tenant.id)
    source.dispose()

    copied = run.json("copy-database", "--to", other_kind)

    assert copied["same"] is True
    tables = {table["name"]: table["rows"] for table in copied["tables"]}
    assert tables["tenant"] == len(tenants) and tables["lease"] == len(leases)
    assert {"building", "floor", "space", "setting", "booking"} <= set(tables)
    copy = open_database(other_kind, create=False, desk="이매니저")
    try:
        with copy.session() as s:
            assert list_tenants(s, TODAY) == tenants  # ids, names, stages: the same
            assert list_leases(s) == leases
            assert read_stamp(s, Kind.TENANT, tenant.id) == stamp  # who and when, too
        with copy.session(write=True) as s:
            again = create_lease(s, LeaseInput(tenant.id, "301", date(2027, 1, 4)))
        assert again.id > withdrawn.id
    finally:
        copy.dispose()
    assert run.json("tenants", "--json")  # the original is as it was, and still opens


def test_a_target_that_is_not_new_and_empty_is_refused_untouched(
    run: Run, db_location: str, tmp_path: Path
) -> None:
    used = tmp_path / "used.sqlite3"
    open_database(str(used)).dispose()
    before = used.read_bytes()
    run("copy-database", "--to", str(used), code=2)
    assert "비어 있지 않습니다" in run.err and used.read_bytes() == before
    text = tmp_path / "메모.txt"
    text.write_text("회의록", encoding="utf-8")
    run("copy-database", "--to", str(text), code=2)
    assert text.read_text(encoding="utf-8") == "회의록"
    run("copy-database", "--to", db_location, code=2)
    assert "지금 열린 데이터베이스" in run.err
    run("copy-database", "--to", str(tmp_path / "없는 폴더" / "new.sqlite3"), code=2)
    assert "저장할 폴더" in run.err and "없습니다" in run.err
    assert not (tmp_path / "없는 폴더").exists()
    run("copy-database", "--to", str(tmp_path), code=2)
    assert "폴더입니다" in run.err


def test_without_a_station_to_copy_nothing_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("INCUBATOR_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # a new person's computer
    assert main(["copy-database", "--to", str(tmp_path / "copy.sqlite3")]) == 2
    assert "stag.sqlite3'이(가) 없습니다" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite3").exists()
    assert not list((tmp_path / "data").rglob("*.sqlite3"))


@pytest.mark.sqlite_file
def test_a_server_that_refuses_the_login_is_named_and_told(
    run: Run, request: pytest.FixtureRequest
) -> None:
    server: Server = request.getfixturevalue("server")
    name = server.create()
    try:
        wrong = server.database_url(name).replace(PASSWORD, "not-the-password")
        run("copy-database", "--to", wrong, code=2)
        assert f"/{name}" in run.err and "not-the-password" not in run.err
        assert "로그인을 거절했습니다" in run.err
        assert run.db not in run.err  # the target is named, not the station copied
    finally:
        server.drop(name)


def test_a_database_of_the_other_kind_already_made_is_refused_untouched(
    run: Run, other_kind: str, tmp_path: Path
) -> None:
    (tmp_path / "복사본").mkdir()
    made = open_database(other_kind)
    with made.session(write=True) as s:
        make_tenant(s, "먼저 있던 기업")
    run("copy-database", "--to", other_kind, code=2)
    assert "비어 있지 않습니다" in run.err
    with made.session() as s:
        assert [t.name for t in list_tenants(s, TODAY)] == ["먼저 있던 기업"]
    made.dispose()
