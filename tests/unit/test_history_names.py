"""Every field of every record the history keeps has a name a person reads, in both
languages: a column added to a table without one would break the 이력 tab and page."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from incubator_app.domain.history import STAMP_FIELDS
from incubator_app.domain.history_text import field_name, kind_title
from incubator_app.domain.stamps import TABLES, Kind
from incubator_app.services.stamps import MODELS
from incubator_app.store.models import Setting


@pytest.mark.parametrize("kind", TABLES)
def test_every_field_of_every_kept_record_has_a_name(kind: Kind) -> None:
    model = MODELS.get(kind, Setting)
    mapper = inspect(model)
    keys = {c.key for c in mapper.primary_key}  # the record's ID: its title, not a field
    columns = [c.key for c in mapper.columns if c.key not in STAMP_FIELDS | keys]
    for language in ("ko", "en"):
        assert kind_title(kind, language)
        for key in columns:
            named = field_name(kind, key, language)
            assert named and not named.startswith("history_field"), (kind, key)
