"""Which tenant each roster line means, so that an unchanged export settles at nothing.

A line's key (its BRN, or a pre-founder's name) finds its tenant. The 기업 ID an
export wrote picks among tenants of one key only in the database that wrote it
(the roster carries that database's ``records_id``), and there a line whose key
is not its ID's tenant's is refused (a rename is made in the window, not by a
roster; a copy of the file may since have given the ID to another company).
Elsewhere an ID only tells apart, within the file, companies that share a key.
Where the key still fits several tenants, the line is refused rather than guessed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, insert, select
from sqlalchemy.orm import Session

from incubator_app.domain.errors import DomainError
from incubator_app.domain.history import created
from incubator_app.domain.identifiers import EntityType, without_separators
from incubator_app.domain.stamps import Kind
from incubator_app.domain.text import search_text
from incubator_app.services.roster_lines import COLUMN_OF, Problem, RosterLine
from incubator_app.services.tenants import TenantInput
from incubator_app.store.history import record
from incubator_app.store.models import Tenant

Key = tuple[str, str]


def key_of(data: TenantInput) -> Key:
    """How a line finds its tenant: by BRN digits, or a pre-founder by name (as stored)."""
    if data.entity is EntityType.PRE_FOUNDER:
        return ("name", search_text(data.name))
    return ("brn", without_separators(data.brn or ""))


def _key_of_stored(tenant: Tenant) -> Key:
    if tenant.entity is EntityType.PRE_FOUNDER:
        return ("name", tenant.name)
    return ("brn", tenant.brn or "")


def _matching(key: Key) -> Select[Any]:
    kind, value = key
    if kind == "name":
        return select(Tenant.id).where(
            Tenant.entity == EntityType.PRE_FOUNDER, Tenant.name == value
        )
    return select(Tenant.id).where(Tenant.brn == value)


def known_keys(session: Session, chunk: list[RosterLine]) -> set[Key]:
    """The keys of the chunk's lines that already name a tenant in the database."""
    keys = {key_of(line.tenant) for line in chunk if line.tenant is not None}
    brns = [value for kind, value in keys if kind == "brn"]
    names = [value for kind, value in keys if kind == "name"]
    holders = select(Tenant.brn).where(Tenant.brn.in_(brns))
    known = {("brn", brn) for brn in session.scalars(holders) if brn}
    pre_founders = select(Tenant.name).where(
        Tenant.entity == EntityType.PRE_FOUNDER, Tenant.name.in_(names)
    )
    return known | {("name", name) for name in session.scalars(pre_founders)}


class TenantIdentities:
    """The tenants of one import's lines: found, claimed by a 기업 ID, or new.

    ``trusted``: the roster was exported by this database, so its 기업 IDs are its
    tenants.
    """

    def __init__(self, session: Session, trusted: bool) -> None:
        self.session = session
        self.trusted = trusted
        self.by_file_id: dict[int, int] = {}  # the file's ID -> the tenant it stands for
        self.file_ids: dict[int, tuple[Key, int, str]] = {}  # ID -> key, row, name as read
        self.claimed: set[int] = set()  # tenants an ID of the file already stands for
        self.seen: set[Key] = set()
        self.taken: set[int] = set()  # IDs held in the database or given in this import
        self.held: set[int] = set()  # the file's IDs that a tenant of the database holds
        self.created_here: set[int] = set()
        self.values: dict[int, tuple[int, dict[str, object]]] = {}  # tenant -> first row's
        self.new: list[tuple[dict[str, object], RosterLine]] = []
        self.brn_names: dict[str, tuple[str, int]] = {}

    def clash(self, line: RosterLine) -> Problem | None:
        """One BRN with two names, or one ID for two companies, in the same file."""
        data = line.tenant
        assert data is not None
        if data.brn:
            name, row = self.brn_names.setdefault(data.brn, (data.name, line.row))
            if name != data.name:
                error = DomainError(
                    "import_brn_two_names", field="brn", value=data.brn, name=name, other_row=row
                )
                return Problem(line.row, "사업자등록번호", error)
        if line.tenant_id is not None:
            key, row, name = self.file_ids.setdefault(
                line.tenant_id, (key_of(data), line.row, data.name)
            )
            if key != key_of(data):
                error = DomainError(
                    "import_id_two_companies",
                    field="tenant_id",
                    value=line.tenant_id,
                    name=name,
                    other_row=row,
                )
                return Problem(line.row, "기업 ID", error)
        return None

    def look_up_ids(self, chunk: list[RosterLine]) -> None:
        """Which of the chunk's 기업 IDs a tenant of the database already holds."""
        wanted = {line.tenant_id for line in chunk if line.tenant_id is not None}
        if wanted:
            found = self.session.scalars(select(Tenant.id).where(Tenant.id.in_(wanted)))
            self.held.update(found)
            self.taken.update(self.held)

    def first_of_its_key(self, line: RosterLine, known: set[Key]) -> bool:
        """Whether the line is a company new to the database and first in the file."""
        assert line.tenant is not None
        key = key_of(line.tenant)
        first = key not in known and key not in self.seen and not self._names_a_tenant(line)
        self.seen.add(key)
        return first

    def _names_a_tenant(self, line: RosterLine) -> bool:
        return self.trusted and line.tenant_id is not None and line.tenant_id in self.held

    def number_for(self, line: RosterLine) -> int | None:
        """The 기업 ID a new tenant keeps (so that a roster moved to another database reads
        back the same), unless another tenant holds it."""
        if line.tenant_id is None or line.tenant_id in self.taken:
            return None
        self.taken.add(line.tenant_id)
        return line.tenant_id

    def add_new(self, line: RosterLine, values: dict[str, object]) -> None:
        number = self.number_for(line)
        self.new.append(({**values, "id": number} if number else values, line))

    def insert_new(self) -> None:
        """New tenants checked by the tenant rules, written in two statements: those that
        keep their number first, so that the next numbers are given after them."""
        kept = [(values, line) for values, line in self.new if "id" in values]
        others = [(values, line) for values, line in self.new if "id" not in values]
        for group in (kept, others):
            if not group:
                continue
            statement = insert(Tenant).returning(Tenant.id, sort_by_parameter_order=True)
            ids = self.session.scalars(statement, [values for values, _ in group]).all()
            drafts = []
            for tenant_id, (values, line) in zip(ids, group, strict=True):
                stored = {k: v for k, v in values.items() if k != "id"}
                self.created(line, tenant_id, stored)
                drafts.append(created(Kind.TENANT, tenant_id, stored))
            record(self.session, drafts)
        self.new.clear()

    def tenant_of(self, line: RosterLine) -> int | None:
        """The tenant the line means; None for a company new to the database."""
        data = line.tenant
        assert data is not None
        self.seen.add(key_of(data))
        if line.tenant_id is not None and line.tenant_id in self.by_file_id:
            return self.by_file_id[line.tenant_id]
        if self._names_a_tenant(line) and line.tenant_id not in self.claimed:
            assert line.tenant_id is not None
            holder = self.session.get_one(Tenant, line.tenant_id)
            if _key_of_stored(holder) != key_of(data):  # renamed, registered, or a copy's
                raise DomainError(
                    "import_id_other_company",
                    field="tenant_id",
                    value=line.tenant_id,
                    name=holder.name,
                    written=data.name,
                )
            return self._claim(line, line.tenant_id)
        found: list[int] = list(self.session.scalars(_matching(key_of(data)).order_by(Tenant.id)))
        elsewhere = line.tenant_id is not None and not self.trusted
        if line.tenant_id is not None:  # another ID of the file is another company
            rest = [tenant for tenant in found if tenant not in self.claimed]
            taken_before = [t for t in found if t in self.claimed and t not in self.created_here]
            # An ID this database never gave (typed by hand, or newer than a restored copy)
            # picks no tenant of its own: it may not win one because another row took the rest.
            guessed = self.trusted and line.tenant_id not in self.held and bool(taken_before)
            found = found if guessed and rest else rest
        if len(found) > 1:
            ids = ", ".join(str(tenant) for tenant in found)
            code = "import_ids_from_elsewhere" if elsewhere else "import_ambiguous_tenant"
            raise DomainError(code, field="tenant_id", name=data.name, ids=ids)
        return self._claim(line, found[0]) if found else None

    def created(self, line: RosterLine, tenant_id: int, values: dict[str, object]) -> None:
        self.taken.add(tenant_id)
        self.created_here.add(tenant_id)
        self._claim(line, tenant_id)
        self.values[tenant_id] = (line.row, values)

    def agree(self, line: RosterLine, tenant_id: int, values: dict[str, object]) -> None:
        """Refuse a line that gives its tenant other values than an earlier line did (the
        last would win, and the import would never settle)."""
        row, first = self.values.setdefault(tenant_id, (line.row, values))
        differ = [name for name in values if values[name] != first.get(name)]
        if differ:
            columns = ", ".join(COLUMN_OF.get(name, name) for name in differ)
            raise DomainError(
                "import_rows_disagree", field=differ[0], other_row=row, columns=columns
            )

    def _claim(self, line: RosterLine, tenant_id: int) -> int:
        if line.tenant_id is not None:
            self.by_file_id[line.tenant_id] = tenant_id
            self.claimed.add(tenant_id)
        return tenant_id
