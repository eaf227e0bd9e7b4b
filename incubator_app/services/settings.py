"""The station's rule parameters as stored: read into a Policy, changed one at a time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.policy import Policy
from incubator_app.store.models import Setting

POLICY = "incubator.policy"


def load_policy(session: Session) -> Policy:
    """Defaults overridden by what the managers set; read once per session (one action)."""
    cached = session.info.get(POLICY)
    if isinstance(cached, Policy):
        return cached
    policy = Policy()
    for row in session.scalars(select(Setting)):
        policy = policy.with_text(row.key, row.value)
    session.info[POLICY] = policy
    return policy


def change_setting(session: Session, key: str, text: str) -> Policy:
    """Validate ``key = text`` against the whole policy, then store it."""
    policy = load_policy(session).with_text(key, text)
    session.merge(Setting(key=key, value=policy.as_text()[key]))
    session.info[POLICY] = policy
    return policy
