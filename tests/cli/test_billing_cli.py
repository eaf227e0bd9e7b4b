"""charge, charges, pay, cancel-payment, arrears, deposit, settle-deposit, export-charges
and print-invoices as the command line contract states them, on both databases."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from tests.cli.conftest import Run
from tests.cli.test_cli import add_corporation


def section_lease(run: Run) -> tuple[dict[str, Any], dict[str, Any]]:
    """DOMAIN.md rule 26's lease, March and April issued."""
    tenant = add_corporation(run)
    lease = run.json("add-lease", "--tenant", tenant["brn"], "--room", "301",
                     "--start", "2026-03-16", "--end", "2027-03-15", "--rent", "300,000",
                     "--fee", "50000", "--deposit", "1,000,000")  # fmt: skip
    assert run.json("charge", "--month", "2026-03") == {
        "month": "2026-03", "issued": 1, "adjusted": 0, "total": 198_693, "dry_run": False,
    }  # fmt: skip
    run.json("charge", "--month", "2026-04")
    return tenant, lease


def test_issue_pay_and_arrears_as_the_section_says(run: Run) -> None:
    tenant, lease = section_lease(run)
    assert run.json("charge", "--month", "2026-03")["issued"] == 0  # twice: nothing added
    paid = run.json("pay", "--tenant", tenant["brn"], "--amount", "200,000원",
                    "--on", "2026-03-20", "--memo", "3월분")  # fmt: skip
    march, april = (run.json("charges", "--json", "--month", m)[0] for m in ("2026-03", "2026-04"))
    assert paid == {
        "id": paid["id"], "tenant_id": tenant["id"], "amount": 200_000, "on": "2026-03-20",
        "method": "transfer",
        "applied": [{"charge_id": march["id"], "amount": 198_693},
                    {"charge_id": april["id"], "amount": 1_307}],
        "credit": 0,
    }  # fmt: skip
    assert march == {
        "id": march["id"], "tenant_id": tenant["id"], "lease_id": lease["id"], "room": "301",
        "month": "2026-03", "kind": "charge", "rent": 154_830, "fee": 25_800, "supply": 180_630,
        "vat": 18_063, "total": 198_693, "due": "2026-03-31", "paid": 198_693, "balance": 0,
    }  # fmt: skip
    on_may_1 = run.json("arrears", "--json", "--as-of", "2026-05-01")
    assert on_may_1 == [{"tenant_id": tenant["id"], "name": tenant["name"], "balance": 383_693,
                         "oldest_due": "2026-04-30", "days_overdue": 1}]  # fmt: skip
    assert run.json("arrears", "--json", "--as-of", "2026-04-30") == []
    before = run.json("charges", "--json", "--month", "2026-03", "--as-of", "2026-03-19")
    assert (before[0]["paid"], before[0]["balance"]) == (0, 198_693)
    mine = run.json("charges", "--json", "--month", "2026-04", "--tenant", str(tenant["id"]))
    assert [c["id"] for c in mine] == [april["id"]]
    eligibility = run.json("eligibility", "--json", "--as-of", "2026-05-01")
    assert eligibility[0]["alerts"] == ["arrears"]
    assert eligibility[0]["alert_details"][0] == {
        "code": "arrears", "days": -1, "due": "2026-04-30", "urgency": "urgent",
    }  # fmt: skip
    table = run("arrears", "--as-of", "2026-05-01")
    assert "383,693원" in table and "미납액" in table


def test_a_move_out_then_re_issue_and_the_settlement(
    run: Run, tmp_path: Path, qapp: QApplication
) -> None:
    tenant, lease = section_lease(run)
    run("pay", "--tenant", str(tenant["id"]), "--amount", "200000", "--on", "2026-03-20")
    run("deposit", "--lease", str(lease["id"]), "--amount", "1000000", "--on", "2026-03-16")
    run("end-lease", "--lease", str(lease["id"]), "--on", "2026-04-10")
    assert run.json("charge", "--month", "2026-04", "--dry-run") == {
        "month": "2026-04", "issued": 0, "adjusted": 1, "total": -256_674, "dry_run": True,
    }  # fmt: skip
    assert run.json("charge", "--month", "2026-04")["adjusted"] == 1
    assert run.json("charge", "--month", "2026-04")["adjusted"] == 0
    listed = run.json("charges", "--json", "--month", "2026-04")
    assert [c["kind"] for c in listed] == ["charge", "adjustment"]
    amounts = [c[key] for c in listed for key in ("rent", "fee", "supply", "vat", "total",
                                                   "paid", "balance")]  # fmt: skip
    assert all(type(amount) is int for amount in amounts), amounts  # whole won, never 1.0
    settled = run.json("settle-deposit", "--lease", str(lease["id"]), "--deduct", "50,000",
                       "--reason", "원상복구", "--on", "2026-04-10")  # fmt: skip
    assert all(type(settled[k]) is int for k in ("received", "arrears", "deductions", "refund"))
    assert settled == {
        "lease_id": lease["id"], "settled_on": "2026-04-10", "received": 1_000_000,
        "arrears": 127_019, "deductions": 50_000,
        "deducted": [{"amount": 50_000, "reason": "원상복구"}], "refund": 822_981, "shortfall": 0,
    }  # fmt: skip
    out = tmp_path / "정산서.pdf"
    run("print-settlement", str(out), "--lease", str(lease["id"]))
    text = PdfReader(out).pages[0].extract_text()
    assert "보증금 정산서" in text and "822,981원" in text and "원상복구" in text


def test_cancel_a_payment_with_a_reason(run: Run) -> None:
    tenant, _lease = section_lease(run)
    paid = run.json("pay", "--tenant", tenant["brn"], "--amount", "583693", "--on", "2026-04-01")
    assert run.json("arrears", "--json", "--as-of", "2026-05-01") == []
    said = run("cancel-payment", "--payment", str(paid["id"]), "--reason", "이중 입력")
    assert "583,693원" in said and "이중 입력" in said
    assert run.json("arrears", "--json", "--as-of", "2026-05-01")[0]["balance"] == 583_693
    run("cancel-payment", "--payment", str(paid["id"]), "--reason", "또", code=2)
    assert "이미 취소" in run.err
    listed = run.json("payments", "--json", "--from", "2026-04-01", "--to", "2026-04-30")
    assert [(p["id"], p["amount"], p["cancel_reason"]) for p in listed] == [
        (paid["id"], 583_693, "이중 입력")
    ]
    run("print-receipt", "영수증.pdf", "--payment", str(paid["id"]), code=2)
    assert "취소" in run.err


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("charge", "--month", "2026-13"), "2026-13"),
        (("charge", "--month", "26-03"), "26-03"),
        (("charges", "--json", "--month", "2026-3"), "2026-3"),
        (("pay", "--tenant", "1", "--amount", "0", "--on", "2026-03-20"), "0원보다"),
        (("pay", "--tenant", "1", "--amount", "-5000", "--on", "2026-03-20"), "-5000"),
        (("pay", "--tenant", "1", "--amount", "1e5", "--on", "2026-03-20"), "1e5"),
        (("pay", "--tenant", "1", "--amount", "100", "--on", "2099-01-01"), "2099"),
        (("pay", "--tenant", "1", "--amount", "100", "--on", "2026-02-30"), "2026-02-30"),
        (("pay", "--tenant", "1", "--amount", "100", "--on", "2026-03-20", "--method", "수표"),
         "수표"),
        (("pay", "--tenant", "999", "--amount", "100", "--on", "2026-03-20"), "999"),
        (("cancel-payment", "--payment", "77", "--reason", "x"), "77"),
        (("deposit", "--lease", "1", "--amount", "0", "--on", "2026-03-16"), "0원보다"),
        (("settle-deposit", "--lease", "1", "--deduct", "100"), "짝"),
        (("settle-deposit", "--lease", "1", "--on", "2026-04-01"), "2027-03-15"),
        (("export-charges", "out.csv", "--month", "2026-03"), "out.csv"),
        (("print-invoices", "out.txt", "--month", "2026-03"), "out.txt"),
        (("print-invoices", "없음.pdf", "--month", "2025-01"), "2025-01"),
        (("deposit", "--lease", "1", "--amount", "1,000,001", "--on", "2026-03-16"), "1,000,000"),
        (("deposit", "--lease", "1", "--amount", "-100", "--on", "2026-03-16"), "0원보다"),
        (("--lang", "en", "pay", "--tenant", "1", "--amount", "1", "--on", "2026-03-20",
          "--method", "cheque"), "transfer, card"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_one_line_and_nothing_written(
    run: Run, args: tuple[str, ...], named: str
) -> None:
    section_lease(run)
    before = run("history", "--json")
    run(*args, code=2)
    assert named in run.err
    assert run("history", "--json") == before
    assert run.json("charges", "--json", "--month", "2026-03")[0]["paid"] == 0


def test_a_payment_with_nothing_charged_is_credit(run: Run) -> None:
    tenant = add_corporation(run)
    paid = run.json("pay", "--tenant", tenant["brn"], "--amount", "50000", "--on", "2026-03-20",
                    "--method", "현금")  # fmt: skip
    assert (paid["applied"], paid["credit"], paid["method"]) == ([], 50_000, "cash")


def test_export_charges_and_print_invoices(run: Run, tmp_path: Path, qapp: QApplication) -> None:
    """(``qapp``: the one application of the test run, which the documents draw with.)"""
    tenant, _lease = section_lease(run)
    run("set", "bank_account", "광주은행 123-456-789012")
    run("pay", "--tenant", tenant["brn"], "--amount", "200000", "--on", "2026-03-20")
    book = tmp_path / "청구.xlsx"
    run("export-charges", str(book), "--month", "2026-04", "--as-of", "2026-05-01")
    workbook = load_workbook(book)
    assert workbook.sheetnames == ["청구 내역", "미납 현황"]
    charges = list(workbook["청구 내역"].iter_rows(min_row=4, values_only=True))
    assert charges[0][1:9] == ("주식회사 빛고을랩스", "301", "청구", 300_000, 50_000, 350_000,
                               35_000, 385_000)  # fmt: skip
    assert (charges[0][10], charges[0][11]) == (1_307, 383_693)
    assert charges[-1][1] == "합계" and charges[-1][8] == 385_000
    owing = list(workbook["미납 현황"].iter_rows(min_row=4, values_only=True))
    assert owing[0][:3] == (tenant["id"], "주식회사 빛고을랩스", 383_693)
    assert owing[0][3:] == (datetime.combine(date(2026, 4, 30), time()), 1)
    pdf = tmp_path / "고지서.pdf"
    run("print-invoices", str(pdf), "--month", "2026-04", "--as-of", "2026-05-01")
    (page,) = PdfReader(pdf).pages
    text = page.extract_text()
    march = tmp_path / "3월.pdf"
    run("print-invoices", str(march), "--month", "2026-03", "--as-of", "2026-03-19")
    assert "2026. 3. 16. ~ 2026. 3. 31." in PdfReader(march).pages[0].extract_text()
    for expected in ("고지서", "2026-04-0001", "124-81-00998", "385,000", "383,693원",
                     "1,307", "2026. 4. 30.", "광주은행 123-456-789012"):  # fmt: skip
        assert expected in text, expected
