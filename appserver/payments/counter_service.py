"""Rules of the counter: the account a clerk sees, taking a payment, printing its receipt.

The clerk's screen shows the balance it was opened with; a payment carries it back
(``balance_seen``) and is refused if the account changed meanwhile — two clerks paying the
same bill at the same moment (through either app server) settle it once, and the second is
told to look again instead of turning the customer's money silently into prepaid credit.
Money beyond the debts knowingly taken stays as prepaid credit for the next bill.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from appserver.contract.codec import (
    date_to_wire,
    datetime_to_wire,
    decimal_to_wire,
    period_to_wire,
)
from appserver.contract.errors import Conflict, NotFound, UserError
from appserver.contract.payments import COUNTER_TENDERS
from appserver.core.dates import business_date
from appserver.core.rpc import Call
from appserver.payments import counter_repository as repo
from appserver.payments import ledger, penalty_view, posting, receipt_pdf
from dbschema.models import Customer, Payment, ReceiptPrint

ZERO = Decimal("0.00")
MAX_PAYMENT = Decimal("9999999.99")
PAYMENT_KEYS = ("customer_id", "amount", "tender_type", "tendered", "reference",
                "balance_seen")


def money(value: Decimal) -> str:
    return decimal_to_wire(value, 2)


def customer_in_scope(call: Call, customer_id: Any) -> tuple[Customer, str]:
    cid = call.v.integer(customer_id, "customer_id", 1, 2**31)
    found = repo.customer_with_office(call.db, cid)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    call.require_office(found[0].office_id)
    return found


def payment_in_scope(call: Call, payment_id: Any, lock: bool = False) -> Payment:
    pid = call.v.integer(payment_id, "payment_id", 1, 2**62)
    payment = repo.payment(call.db, pid, lock)
    if payment is None:
        raise NotFound(call.msg("not_found", what=call.msg("pay_what_payment")))
    office = posting.customer_office(call.db, payment.customer_id)
    call.require_office(office)
    return payment


# -- the account --------------------------------------------------------------------------

def account(call: Call, customer_id: Any) -> dict[str, Any]:
    customer, office = customer_in_scope(call, customer_id)
    today = business_date(call.now)
    open_items = ledger.open_items(call.db, customer.id)
    balance = ledger.open_balance(open_items)
    items = sorted((i for i in open_items if i.sign > 0),
                   key=lambda i: (i.day, i.entry_id))  # oldest first, as money settles
    penalty = (penalty_view.due_today(call.db, customer, call.now)
               if ledger.has_overdue_bill(open_items, today) else {})
    debts = [_debt_row(i, today, penalty.get(i.entry_id, ZERO)) for i in items]
    owes, prepaid = max(balance, ZERO), max(-balance, ZERO)
    penalty_total = sum(penalty.values(), ZERO)
    till = repo.till(call.db, call.user.user_id, today)
    return {
        "customer": {"id": customer.id, "account_no": customer.account_no,
                     "name": customer.name, "address": customer.address,
                     "customer_class": customer.customer_class, "office_name": office,
                     "status": customer.status, "phone_mobile": customer.phone_mobile},
        "balance": money(balance), "owes": money(owes), "prepaid": money(prepaid),
        "penalty_today": money(penalty_total),
        "total_due": money(max(balance + penalty_total, ZERO)),
        "debts": debts,
        "payments": [payment_row(r) for r in repo.recent_payments(call.db, customer.id)],
        "till_closed": till is not None and till.closed_at is not None,
    }


def _debt_row(item: ledger.OpenItem, today: date, penalty: Decimal) -> dict[str, Any]:
    overdue = (today - item.day).days if item.day < today else 0
    return {"entry_id": item.entry_id, "entry_type": item.entry_type,
            "period": period_to_wire(item.period) if item.period else None,
            "due_on": date_to_wire(item.day), "amount": money(item.amount),
            "open_amount": money(item.open_amount), "overdue_days": overdue,
            "penalty_today": money(penalty)}


def payment_row(r: Any) -> dict[str, Any]:
    p: Payment = r[0]
    state = {"approved": "reversed", "pending": "reversal_pending"}.get(r.reversal, "posted")
    return {"payment_id": p.id, "receipt_no": p.receipt_no,
            "business_date": date_to_wire(p.business_date),
            "received_at": datetime_to_wire(p.received_at), "amount": money(p.amount),
            "tender_type": p.tender_type, "channel": p.channel, "clerk": r.clerk or "",
            "customer_id": p.customer_id, "customer_name": r.customer_name,
            "account_no": r.account_no, "state": state}


# -- taking money -------------------------------------------------------------------------

def _payment_input(call: Call, payment: Any) -> tuple[int, dict[str, Any]]:
    v = call.v
    data = v.mapping(payment, "payment", PAYMENT_KEYS)
    cid = v.integer(data.get("customer_id"), "customer_id", 1, 2**31)
    amount = v.money(data.get("amount"), "amount", Decimal("0.01"), MAX_PAYMENT)
    tender = v.choice(data.get("tender_type"), "tender_type", COUNTER_TENDERS)
    tendered = None
    if data.get("tendered") not in (None, ""):
        if tender != "cash":
            raise v.fail("tendered", "pay_tendered_cash_only")
        tendered = v.money(data["tendered"], "tendered", Decimal("0.01"), MAX_PAYMENT * 10)
        if tendered < amount:
            raise UserError(call.msg("pay_tendered_short", tendered=money(tendered),
                                     amount=money(amount)), {"field": "tendered"})
    reference = v.text(data.get("reference"), "reference", 60, required=False)
    seen = None
    if data.get("balance_seen") is not None:
        seen = v.decimal(data["balance_seen"], "balance_seen", -Decimal("9999999999.99"),
                         Decimal("9999999999.99"))
    return cid, {"amount": amount, "tender": tender, "tendered": tendered,
                 "reference": reference, "seen": seen}


def post_payment(call: Call, payment: Any) -> dict[str, Any]:
    cid, data = _payment_input(call, payment)
    customer = ledger.lock_customer(call.db, cid)
    if customer is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    call.require_office(customer.office_id)
    clerk = call.user
    try:
        posted = posting.post_payment_detailed(call.db, posting.PaymentInput(
            customer_id=customer.id, amount=data["amount"], tender_type=data["tender"],
            channel="counter", clerk_id=clerk.user_id, office_id=clerk.office_id,
            request_id=call.request_id, tendered=data["tendered"],
            reference=data["reference"]), call.now, expected_balance=data["seen"],
            locked=customer)
    except posting.BalanceChanged as changed:
        raise Conflict(call.msg("pay_balance_changed", balance=money(changed.balance)),
                       {"balance": money(changed.balance)}) from None
    except posting.TillClosed:
        day = date_to_wire(business_date(call.now))
        raise UserError(call.msg("pay_till_closed", day=day)) from None
    p, balance = posted.payment, posted.balance_after
    amounts = {(a.debit_entry_id): a.amount for a in posted.allocations
               if a.credit_entry_id == posted.entry.id}
    call.audit("payment", p.id, customer_id=customer.id, receipt_no=p.receipt_no,
               amount=money(p.amount), tender_type=p.tender_type)
    return {"payment_id": p.id, "receipt_no": p.receipt_no, "customer_id": customer.id,
            "amount": money(p.amount),
            "tendered": money(p.tendered) if p.tendered is not None else None,
            "change": money(p.change_given) if p.change_given is not None else None,
            "tender_type": p.tender_type, "business_date": date_to_wire(p.business_date),
            "received_at": datetime_to_wire(p.received_at),
            "settled": [settled_row((i.entry_id, i.entry_type, i.period, amounts[i.entry_id]))
                        for i in posted.settled],
            "balance_after": money(balance), "owes": money(max(balance, ZERO)),
            "prepaid": money(max(-balance, ZERO))}


def settled_row(s: tuple[int, str, int | None, Decimal]) -> dict[str, Any]:
    entry_id, entry_type, period, amount = s
    return {"entry_id": entry_id, "entry_type": entry_type,
            "period": period_to_wire(period) if period else None, "amount": money(amount)}


# -- receipts -----------------------------------------------------------------------------

def print_receipt(call: Call, payment_id: Any) -> dict[str, Any]:
    """Log a print: the first is the original; every later one is a copy."""
    payment = payment_in_scope(call, payment_id, lock=True)
    number = repo.next_print_no(call.db, payment.id)
    call.db.add(ReceiptPrint(payment_id=payment.id, print_no=number, is_copy=number > 1,
                             printed_by=call.user.user_id, printed_at=call.now))
    call.db.flush()
    call.audit("payment", payment.id, receipt_no=payment.receipt_no, print_no=number)
    return {"payment_id": payment.id, "print_no": number, "is_copy": number > 1}


def print_pdf(call: Call, payment_id: Any, print_no: Any) -> dict[str, str]:
    """The PDF of a logged print (only logged prints exist on paper)."""
    payment = payment_in_scope(call, payment_id)
    number = call.v.integer(print_no, "print_no", 1, 10_000)
    if not repo.print_logged(call.db, payment.id, number):
        raise NotFound(call.msg("not_found", what=call.msg("pay_what_print")))
    return receipt_pdf.render(call.db, payment, copy=number > 1)
