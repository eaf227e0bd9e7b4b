"""The station's rule parameters as stored: read into a Policy, changed one at a time."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.policy import Policy
from incubator_app.domain.stamps import Stamp, check_unchanged
from incubator_app.services.stamps import check_seen
from incubator_app.store.models import Setting

POLICY = "incubator.policy"


def load_policy(session: Session) -> Policy:
    """Defaults overridden by what the managers set; read once per session (one action)."""
    cached = session.info.get(POLICY)
    if isinstance(cached, Policy):
        return cached
    policy = Policy()
    for key, value in session.execute(select(Setting.key, Setting.value)):
        policy = policy.with_text(key, value)
    session.info[POLICY] = policy
    return policy


def setting_versions(session: Session) -> dict[str, int]:
    """Each stored setting's version (a key still at its default is version 0)."""
    return {key: version for key, version in session.execute(select(Setting.key, Setting.version))}


def change_setting(session: Session, key: str, text: str, *, seen: int | None = None) -> Policy:
    """Validate ``key = text`` against the whole policy, then store it; ``seen``: the
    setting's version the form showed (``setting_versions``)."""
    policy = load_policy(session).with_text(key, text)
    stored = session.get(Setting, key)
    if stored is None:
        check_unchanged(Stamp(0), seen)
        session.add(Setting(key=key, value=policy.as_text()[key]))
    else:
        check_seen(stored, seen)
        stored.value = policy.as_text()[key]
    session.flush()
    session.info[POLICY] = policy
    return policy
