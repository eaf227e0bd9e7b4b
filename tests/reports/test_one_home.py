"""One rule, one label, in every medium: the window, Excel, paper and the command line
say the same "ending soon" and the same column headings."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from incubator_app.cli import main
from incubator_app.domain.headings import Heading, heading
from incubator_app.excel.occupancy import ENDING, write_occupancy
from incubator_app.excel.roster import HEADER_ROW, SHEET, write_roster
from incubator_app.reports.document import write_pdf
from incubator_app.reports.occupancy import TITLE, occupancy_summary
from incubator_app.reports.roster import roster_print
from incubator_app.services.eligibility import standings_on
from incubator_app.services.lease_lists import leases_ending
from incubator_app.services.leases import renew_lease
from incubator_app.services.occupancy import occupancy_on, occupancy_report
from incubator_app.services.roster import records_id, roster_on
from incubator_app.services.settings import change_setting
from incubator_app.services.tenants import tenant_count
from incubator_app.store.database import Database
from incubator_app.ui.desk import Desk
from incubator_app.ui.pages.tenants import TenantsPage
from tests.builders import make_lease, make_tenant
from tests.reports.test_reports import pages

DAY = date(2026, 3, 2)


def header_texts(page: TenantsPage) -> list[str]:
    model = page.model
    horizontal = Qt.Orientation.Horizontal
    return [model.headerData(n, horizontal) for n in range(model.columnCount())]


def test_a_renewed_lease_is_in_no_ending_list_and_the_window_is_said_as_set(
    app: QApplication,
    db: Database,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with db.session(write=True) as s:
        renewed = make_lease(s, make_tenant(s, name="재계약기업"), "301", date(2025, 4, 1),
                             DAY + timedelta(days=40))  # fmt: skip
        renew_lease(s, renewed.id)
        make_lease(s, make_tenant(s, name="곧만료기업"), "302", date(2025, 4, 1),
                   DAY + timedelta(days=40))  # fmt: skip
        change_setting(s, "alert_soon_days", "30")
        change_setting(s, "alert_window_days", "45")
    with db.session() as s:
        listed = [lease.tenant_name for lease in leases_ending(s, DAY)]
        alerted = [x.name for x in standings_on(s, DAY) if x.alerts]
        report = occupancy_report(s, DAY)
    assert listed == alerted == ["곧만료기업"]
    workbook_path = tmp_path / "현황.xlsx"
    write_occupancy(workbook_path, report)
    sheet = load_workbook(workbook_path)[ENDING]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "곧만료기업" in cells and "재계약기업" not in cells
    assert any("45일 안에 만료 예정" in c for c in cells)
    pdf = tmp_path / "현황.pdf"
    write_pdf(occupancy_summary(report), pdf, TITLE, "출력", landscape=False)
    printed = "\n".join(pages(pdf))
    assert "45일 안에 끝나는 계약 (1건)" in printed and "90일" not in printed
    assert main(["--db", str(db_path), "eligibility", "--as-of", DAY.isoformat(), "--json"]) == 0
    standing = json.loads(capsys.readouterr().out)
    assert [x["name"] for x in standing if x["alerts"]] == ["곧만료기업"]


def test_a_column_is_headed_alike_in_the_window_excel_paper_and_command_line(
    qtbot: QtBot, db: Database, db_path: Path, desk: Desk, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    with db.session(write=True) as s:
        make_lease(s, make_tenant(s, name="빛고을랩"), "301", date(2025, 4, 1))
    page = TenantsPage(desk)
    qtbot.addWidget(page)
    window = header_texts(page)
    with db.session() as s:
        entries = list(roster_on(s, DAY))
        path = tmp_path / "입주기업.xlsx"
        write_roster(path, entries, DAY, occupancy_on(s, DAY), tenant_count(s),
                     records=records_id(s))  # fmt: skip
    excel = [c.value for c in load_workbook(path)[SHEET][HEADER_ROW]]
    printed = roster_print(entries, DAY).toHtml()
    assert main(["--db", str(db_path), "tenants", "--as-of", DAY.isoformat()]) == 0
    command_line = capsys.readouterr().out.splitlines()[0]
    for shown in (Heading.STAGE, Heading.BRN, Heading.ENTITY, Heading.REPRESENTATIVE):
        korean = heading(shown)
        assert korean in window and korean in excel and korean in printed, korean
    for shown in (Heading.STAGE, Heading.BRN, Heading.TENANT_NAME):
        assert heading(shown) in command_line
    english = TenantsPage(Desk(db, DAY, "en"))
    qtbot.addWidget(english)
    assert heading(Heading.STAGE, "en") in header_texts(english)
    assert main(["--db", str(db_path), "--lang", "en", "tenants", "--as-of", DAY.isoformat()]) == 0
    assert heading(Heading.STAGE, "en") in capsys.readouterr().out.splitlines()[0]
