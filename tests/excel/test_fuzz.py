"""A few hundred generated workbooks on every run: no crash, no partial write.

``benchmarks/fuzz_roster.py`` throws ten thousand and prints the figures.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incubator_app.store.database import Database
from tests.excel.roster_fuzz import bring_in, workbooks


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_a_generated_workbook_is_imported_whole_or_refused_whole(
    db: Database, data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = data.draw(workbooks(Path(scratch)))
        assert bring_in(db, path)  # accepted, refused, or the file's refusal: never a crash
