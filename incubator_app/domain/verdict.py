"""What the rules say of a change before it is made (check, then do)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from incubator_app.domain.errors import DomainError

Preview = TypeVar("Preview")


@dataclass(frozen=True)
class Verdict(Generic[Preview]):
    """A change that passes every rule that cannot be lifted: what it would write, and the
    rules it breaks that a written reason lifts.

    A rule nothing lifts is not a verdict: the check raises its ``DomainError``.
    """

    preview: Preview
    excusable: tuple[DomainError, ...] = ()
    reason: str | None = None  # the written reason, cleaned

    @property
    def refusal(self) -> DomainError | None:
        """The first rule broken while no reason is written; ``None`` when it may be made."""
        return self.excusable[0] if self.excusable and not self.reason else None

    @property
    def excused(self) -> tuple[DomainError, ...]:
        """The rules the written reason lifts (none without a reason)."""
        return self.excusable if self.reason else ()

    def allowed(self) -> Preview:
        """The preview, once the writer knows no rule stands in the way; else the refusal."""
        if self.refusal is not None:
            raise self.refusal
        return self.preview


def broken(*checks: Callable[[], object]) -> tuple[DomainError, ...]:
    """The refusals of those ``checks`` that refuse: every rule a reason would lift, named."""
    refusals = []
    for check in checks:
        try:
            check()
        except DomainError as refusal:
            refusals.append(refusal)
    return tuple(refusals)
