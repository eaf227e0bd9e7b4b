"""The command line run in-process on the test's own database file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from incubator_app.cli import main


class Run:
    def __init__(self, db: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.db, self.capsys = db, capsys

    def __call__(self, *args: str, code: int = 0) -> str:
        """Run a command; assert its exit code; return stdout (stderr kept in ``self.err``)."""
        exit_code = main(["--db", self.db, *args])
        out, self.err = self.capsys.readouterr()
        assert exit_code == code, (out, self.err)
        if code == 2:
            assert len(self.err.strip().splitlines()) == 1 and "Traceback" not in self.err
        return out

    def json(self, *args: str) -> Any:
        return json.loads(self(*args))


@pytest.fixture
def run(db_location: str, capsys: pytest.CaptureFixture[str]) -> Run:
    return Run(db_location, capsys)
