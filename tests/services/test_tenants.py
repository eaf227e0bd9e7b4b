from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.orm import Session

from incubator_app.domain.eligibility import Stage
from incubator_app.domain.errors import DomainError
from incubator_app.domain.identifiers import EntityType
from incubator_app.services.settings import change_setting
from incubator_app.services.tenants import (
    TenantInput,
    create_tenant,
    get_tenant,
    input_of,
    list_tenants,
    update_tenant,
)
from incubator_app.store.database import Database
from tests.builders import TODAY, make_lease, make_tenant, refusal


def refused(db: Database, data: TenantInput) -> DomainError:
    """The refusal, after checking that nothing reached the database."""
    return refusal(db, lambda s: create_tenant(s, data, TODAY))


def corporation(**changes: object) -> TenantInput:
    values: dict[str, object] = {
        "name": "주식회사 빛고을랩스",
        "entity": EntityType.CORPORATION,
        "brn": "124-81-00998",
        "started_on": date(2024, 2, 29),
    }
    values.update(changes)
    return TenantInput(**values)  # type: ignore[arg-type]


def test_a_corporation_is_registered_with_its_stage(session: Session) -> None:
    created = create_tenant(
        session, corporation(corporation_no="130111-0006246", representative=" 김민준 "), TODAY
    )
    again = get_tenant(session, "1248100998", TODAY)
    assert again == created
    assert created.brn == "124-81-00998"
    assert created.corporation_no == "1301110006246"
    assert created.representative == "김민준"
    assert created.stage is Stage.EARLY
    assert created.early_stage_until == date(2027, 2, 28)
    assert created.notices == ()


def test_a_pre_founder_needs_neither_brn_nor_start(session: Session) -> None:
    pre = create_tenant(
        session, TenantInput(name="예비팀 누리", entity=EntityType.PRE_FOUNDER), TODAY
    )
    assert (pre.brn, pre.started_on, pre.stage, pre.early_stage_until) == (
        None,
        None,
        Stage.PRE_FOUNDER,
        None,
    )


@pytest.mark.parametrize(
    ("changes", "code", "named"),
    [
        ({"name": "  "}, "tenant_name_required", None),
        ({"brn": None}, "brn_required", ("법인", "corporation")),
        ({"brn": "124-81-00997"}, "brn_check_digit", "124-81-00997"),
        ({"brn": "124-81-0099"}, "brn_format", "124-81-0099"),
        ({"started_on": None}, "started_required", ("법인", "corporation")),
        ({"started_on": date(2026, 3, 3)}, "started_in_future", "2026-03-03"),
        ({"entity": EntityType.PRE_FOUNDER}, "pre_founder_has_brn", "124-81-00998"),
        ({"entity": EntityType.PRE_FOUNDER, "brn": None}, "pre_founder_has_start", "2024-02-29"),
        (
            {"entity": EntityType.INDIVIDUAL, "corporation_no": "130111-0006246"},
            "corporation_no_not_corporation",
            ("개인", "individual"),  # the type in the reader's language
        ),
        ({"corporation_no": "130111-0006247"}, "corporation_no_check_digit", "130111-0006247"),
        ({"employees": -1}, "employees_range", "-1"),
        ({"employees": 10**20}, "employees_range", "100000000000000000000"),
        ({"email": "ceo@빛고을"}, "email_format", "ceo@빛고을"),
        ({"phone": "062-123-45x6"}, "phone_format", "062-123-45x6"),
    ],
)
def test_bad_input_is_refused_naming_the_value_and_nothing_is_written(
    db: Database, changes: dict[str, object], code: str, named: str | tuple[str, str] | None
) -> None:
    error = refused(db, corporation(**changes))
    assert error.code == code
    if named:
        korean, english = named if isinstance(named, tuple) else (named, named)
        assert korean in error.text("ko") and english in error.text("en")


def test_a_brn_belongs_to_one_tenant(db: Database) -> None:
    with db.session(write=True) as s:
        create_tenant(s, corporation(), TODAY)
    error = refused(db, corporation(name="다른 회사", brn="1248100998"))
    assert error.code == "brn_duplicate"
    assert "주식회사 빛고을랩스" in error.text()


def test_brn_of_another_type_is_a_warning_not_a_refusal(session: Session) -> None:
    created = create_tenant(session, corporation(entity=EntityType.INDIVIDUAL), TODAY)
    assert [n.code for n in created.notices] == ["brn_type_mismatch"]
    assert "124-81-00998" in created.notices[0].text()


def test_the_check_digit_rule_is_a_setting(session: Session) -> None:
    change_setting(session, "brn_check_digit", "false")
    assert create_tenant(session, corporation(brn="124-81-00997"), TODAY).brn == "124-81-00997"


def test_search_by_name_representative_or_brn(session: Session) -> None:
    a = make_tenant(session, name="무등모빌리티", representative="박서준")
    b = make_tenant(session, name="한빛에너지", representative="이하윤")
    assert a.brn is not None

    def names(text: str) -> list[str]:
        return [t.name for t in list_tenants(session, TODAY, text)]

    assert names("모빌리티") == ["무등모빌리티"]
    assert names("이하윤") == ["한빛에너지"]
    assert names(a.brn) == ["무등모빌리티"]
    assert names(a.brn.replace("-", "")) == ["무등모빌리티"]
    assert names("없는회사") == []
    assert {t.id for t in list_tenants(session, TODAY)} >= {a.id, b.id}


def test_correcting_a_tenant(session: Session) -> None:
    first = make_tenant(session, name="누리데이터")
    other = make_tenant(session, name="가온AI")
    renamed = update_tenant(
        session,
        first.id,
        TenantInput(**{**input_of(first).__dict__, "name": "누리데이터랩스"}),
        TODAY,
    )
    assert renamed.name == "누리데이터랩스" and renamed.brn == first.brn
    assert other.brn is not None
    with pytest.raises(DomainError) as caught:
        update_tenant(
            session, first.id, TenantInput(**{**input_of(first).__dict__, "brn": other.brn}), TODAY
        )
    assert caught.value.code == "brn_duplicate"


def test_stage_follows_the_as_of_date(session: Session) -> None:
    t = make_tenant(session, started_on=date(2023, 3, 2))
    assert get_tenant(session, t.id, date(2026, 3, 2)).stage is Stage.EARLY
    assert get_tenant(session, t.id, date(2026, 3, 3)).stage is Stage.GROWTH


def test_unknown_tenant_is_named(session: Session) -> None:
    with pytest.raises(DomainError) as caught:
        get_tenant(session, "220-81-62517", TODAY)
    assert "220-81-62517" in caught.value.text()
    with pytest.raises(DomainError):
        get_tenant(session, "999999", TODAY)


def test_a_corrected_start_date_warns_about_leases_now_outside_the_window(session: Session) -> None:
    t = make_tenant(session, started_on=date(2025, 1, 2))
    lease = make_lease(session, t, "310", date(2026, 1, 1))
    older = TenantInput(**{**input_of(t).__dict__, "started_on": date(2020, 1, 2)})
    corrected = update_tenant(session, t.id, older, TODAY)
    assert corrected.started_on == date(2020, 1, 2)
    assert [n.code for n in corrected.notices] == ["leases_outside_window"]
    assert (
        str(lease.id) in corrected.notices[0].text() and "2023-01-02" in corrected.notices[0].text()
    )
