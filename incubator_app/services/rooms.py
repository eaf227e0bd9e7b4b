"""Every space on a date: who holds it, and the state a floor plan colours it by."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.domain.building import SpaceKind
from incubator_app.domain.eligibility import early_stage_until
from incubator_app.services.lease_lists import LeaseView, ending_soon, list_leases
from incubator_app.services.settings import load_policy
from incubator_app.services.spaces import SpaceView, list_spaces
from incubator_app.store.models import Tenant


class RoomState(StrEnum):
    """The floor plan's colours, the most pressing first."""

    PAST_WINDOW = "past_window"  # a tenant past its early-stage window holds it
    ENDING = "ending"  # a lease ends within the alert window, no renewal signed
    OCCUPIED = "occupied"
    VACANT = "vacant"
    NOT_LEASED = "not_leased"  # shared and bookable spaces


@dataclass(frozen=True)
class RoomOnDate:
    space: SpaceView
    leases: tuple[LeaseView, ...]  # covering the date (several seats in coworking)
    state: RoomState

    @property
    def seats_used(self) -> int:
        return sum(lease.seats or 0 for lease in self.leases)

    @property
    def open_for_lease(self) -> bool:
        """Whether a new lease may start here on the date: a vacant room, or a seat free."""
        if self.space.kind is SpaceKind.COWORKING:
            return self.seats_used < (self.space.capacity or 0)
        return self.space.kind.leasable and self.state is RoomState.VACANT


def rooms_on(session: Session, day: date) -> list[RoomOnDate]:
    """Each space by floor and number, with the leases covering ``day`` and its state."""
    policy = load_policy(session)
    held: dict[str, list[LeaseView]] = defaultdict(list)
    leases = list_leases(session, day)
    for lease in leases:
        held[lease.room].append(lease)
    holders = select(Tenant.id, Tenant.started_on).where(
        Tenant.id.in_({lease.tenant_id for lease in leases})
    )
    started = {tenant: on for tenant, on in session.execute(holders)}
    past = {
        tenant for tenant, on in started.items() if on is not None and early_stage_until(on) < day
    }

    def state(space: SpaceView, covering: list[LeaseView]) -> RoomState:
        if not space.kind.leasable:
            return RoomState.NOT_LEASED
        if not covering:
            return RoomState.VACANT
        if space.kind is SpaceKind.COWORKING:  # many holders: the seats tell, the alerts name them
            return RoomState.OCCUPIED
        if space.kind.incubates and any(lease.tenant_id in past for lease in covering):
            return RoomState.PAST_WINDOW
        if any(ending_soon(lease, policy, day) for lease in covering):
            return RoomState.ENDING
        return RoomState.OCCUPIED

    return [
        RoomOnDate(space, tuple(held[space.number]), state(space, held[space.number]))
        for space in list_spaces(session)
    ]
