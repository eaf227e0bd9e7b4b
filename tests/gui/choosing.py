"""Choosing a tenant as a person does: type part of it, pick a line of the pop-up list."""

from __future__ import annotations

from incubator_app.ui.tenant_field import TenantField


def pick(field: TenantField, typed: str, containing: str = "") -> str:
    """Type ``typed``, then choose the first listed line containing ``containing``."""
    field.setText(typed)
    line = next(line for line in field.listed.stringList() if containing in line)
    field.setText(line)
    return line
