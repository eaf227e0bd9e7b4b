"""A PostgreSQL server's database: made, refused and logged into exactly as a file is."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import psycopg
import pytest
from sqlalchemy.engine import make_url

from incubator_app.cli import main
from incubator_app.store.passwords import forget_password, save_password
from incubator_app.store.server import shown
from tests.builders import Kept
from tests.postgresql_server import PASSWORD, Server


@pytest.fixture
def empty(server: Server) -> Iterator[str]:
    """An empty database on the server, as its administrator makes one."""
    name = server.create()
    yield server.database_url(name)
    server.drop(name)


def tables(url: str) -> list[str]:
    with psycopg.connect(make_url(url).render_as_string(hide_password=False)) as raw:
        found = raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
        ).fetchall()
    return [str(name) for (name,) in found]


def without_password(url: str) -> str:
    return shown(make_url(url))


def test_init_makes_the_station_on_an_empty_server_database(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", empty, "init"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["created"] is True and made["location"] == without_password(empty)
    assert PASSWORD not in made["location"]
    assert main(["--db", empty, "init"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] is False
    assert main(["--db", empty, "rooms", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) > 40  # the building's rooms


def test_a_command_on_an_empty_server_database_says_init_first_and_writes_nothing(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", empty, "rooms"]) == 2
    err = capsys.readouterr().err
    assert "init" in err and "비어 있습니다" in err and PASSWORD not in err
    assert tables(empty) == []


def test_another_programs_tables_and_a_newer_schema_are_left_untouched(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(empty) as raw:
        raw.execute("CREATE TABLE notes (x text)")
    assert main(["--db", empty, "init"]) == 2
    assert "데이터베이스가 아닙니다" in capsys.readouterr().err
    assert tables(empty) == ["notes"]
    with psycopg.connect(empty) as raw:
        raw.execute("DROP TABLE notes")
    assert main(["--db", empty, "init"]) == 0
    with psycopg.connect(empty) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    capsys.readouterr()
    assert main(["--db", empty, "rooms"]) == 2
    assert "9999" in capsys.readouterr().err
    with psycopg.connect(empty) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)


def test_a_refused_login_and_a_missing_database_are_named_without_the_password(
    server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = make_url(server.database_url("postgres")).set(password="not-the-password")
    assert main(["--db", wrong.render_as_string(hide_password=False), "rooms"]) == 2
    err = capsys.readouterr().err
    assert "로그인을 거절" in err and "not-the-password" not in err
    missing = server.database_url("stag_nowhere")
    assert main(["--db", missing, "rooms"]) == 2
    err = capsys.readouterr().err
    assert "stag_nowhere" in err and "CREATE DATABASE" in err and PASSWORD not in err


def test_a_password_comes_from_the_keyring_or_pgpass_never_from_our_files(
    empty: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    address = without_password(empty)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))  # no password file
    monkeypatch.delenv("PGPASSWORD", raising=False)
    store = Kept()
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        assert main(["--db", address, "init"]) == 2  # no password anywhere: refused
        assert "비밀번호를 묻습니다" in capsys.readouterr().err
        save_password(address, PASSWORD)
        assert main(["--db", address, "init"]) == 0  # the kept one is used
        assert json.loads(capsys.readouterr().out)["location"] == address
        forget_password(address)
        assert store.kept == {}
    finally:
        keyring.set_keyring(previous)
    url = make_url(empty)
    line = f"{url.host}:{url.port}:{url.database}:{url.username}:{PASSWORD}\n"
    (tmp_path / "pgpass").write_text(line, encoding="utf-8")
    (tmp_path / "pgpass").chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    assert main(["--db", address, "rooms"]) == 0  # PostgreSQL's own password file
