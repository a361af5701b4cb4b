"""Collection rules behind pmis.payments: validate, scope to the caller's offices, call the
arrears / notices / bank-file code, shape the wire answer (contract/collection.py)."""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from appserver.contract.codec import date_to_wire, datetime_to_wire, decimal_to_wire
from appserver.contract.errors import NotFound, UserError
from appserver.core.dates import business_date
from appserver.core.pdf import pdf_result
from appserver.core.rpc import Call
from appserver.payments import (
    arrears,
    bank_files,
    ledger,
    notice_pdf,
    notices,
    penalties,
    waiver,
)
from appserver.payments import bank_format as fmt
from appserver.payments.bank_reconcile import reconcile
from dbschema.models import ArrearsNotice, BankBatch, Customer, OrgUnit
from dbschema.models.collection import NOTICE_KINDS
from dbschema.models.customers import CUSTOMER_CLASSES

PAGE_MAX = 200
NOTICE_BATCH_MAX = 500


def _money(value: Decimal) -> str:
    return decimal_to_wire(value, 2)


def _when(value: Any) -> str | None:
    return datetime_to_wire(value) if value is not None else None


def arrears_row(r: arrears.Arrears) -> dict[str, Any]:
    return {"customer_id": r.customer_id, "account_no": r.account_no, "name": r.name,
            "customer_class": r.customer_class, "address": r.address,
            "office_name": r.office_name, "overdue": _money(r.overdue),
            "penalty": _money(r.penalty), "total": _money(r.total),
            "oldest_due_on": date_to_wire(r.oldest_due_on) if r.oldest_due_on else None,
            "days_overdue": r.days_overdue, "last_reminder_at": _when(r.last_reminder_at),
            "notice_at": _when(r.notice_at), "notice_deadline": _when(r.notice_deadline),
            "order_at": _when(r.order_at), "action": r.action,
            "action_deadline": _when(r.action_deadline), "last_notice_id": r.last_notice_id}


def _filters(call: Call, filters: Any) -> arrears.Filters:
    v = call.v
    f = v.mapping(filters or {}, "filters", ("min_days", "min_amount", "customer_class",
                                             "action"))
    cls = f.get("customer_class") or ""
    action = f.get("action") or ""
    return arrears.Filters(
        min_days=v.integer(f.get("min_days", 0), "min_days", 0, 100_000),
        min_amount=v.money(f.get("min_amount", "0.00"), "min_amount", Decimal("0.00")),
        customer_class=v.choice(cls, "customer_class", ("", *CUSTOMER_CLASSES)),
        action=v.choice(action, "action", ("", *arrears.ACTIONS)))


def _page(call: Call, page: Any) -> tuple[int, int]:
    p = call.v.mapping(page or {}, "page", ("offset", "limit"))
    return (call.v.integer(p.get("offset", 0), "offset", 0, 10_000_000),
            call.v.integer(p.get("limit", 50), "limit", 1, PAGE_MAX))


def arrears_list(call: Call, filters: Any, page: Any) -> dict[str, Any]:
    f = _filters(call, filters)
    offset, limit = _page(call, page)
    today = business_date(call.now)
    rows = arrears.arrears_list(call.db, call.user.visible_office_ids, today, call.now, f)
    counts = {a: 0 for a in arrears.ACTIONS}
    for r in rows:
        if r.action:
            counts[r.action] += 1
    return {"rows": [arrears_row(r) for r in rows[offset:offset + limit]],
            "total": len(rows), "has_more": offset + limit < len(rows),
            "sum_overdue": _money(sum((r.overdue for r in rows), Decimal(0))),
            "sum_penalty": _money(sum((r.penalty for r in rows), Decimal(0))),
            "counts": counts, "today": date_to_wire(today)}


def _customer(call: Call, customer_id: Any) -> Customer:
    cid = call.v.integer(customer_id, "customer_id", 1, 2**31)
    customer = call.db.get(Customer, cid)
    if customer is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    call.require_office(customer.office_id)
    return customer


def penalty_detail(call: Call, customer_id: Any) -> dict[str, Any]:
    customer = _customer(call, customer_id)
    today = business_date(call.now)
    rows = penalties.explain_customer(call.db, customer.id, today)
    return {"customer_id": customer.id, "account_no": customer.account_no,
            "on": date_to_wire(today),
            "debits": [{"entry_id": r.entry_id, "due_on": date_to_wire(r.due_on),
                        "amount": _money(r.amount), "overdue_days": r.overdue_days,
                        "due": _money(r.due), "posted": _money(r.posted), "rule": r.rule,
                        "explanation": r.explanation} for r in rows]}


def waive_penalty(call: Call, customer_id: Any, amount: Any, reason: Any) -> dict[str, Any]:
    v = call.v
    customer = _customer(call, customer_id)
    waived = v.money(amount, "amount")
    why = v.text(reason, "reason", 150)
    ledger.lock_customer(call.db, customer.id)
    try:
        entry = waiver.waive(call.db, customer, waived, why, call.user.user_id,
                             business_date(call.now), call.now)
    except waiver.TooMuch as too_much:
        raise UserError(call.msg("penalty_waiver_too_much",
                                 open=_money(too_much.open_penalty)),
                        {"field": "amount"}) from None
    call.audit("ledger_entry", entry.id, action="penalty_waived", customer_id=customer.id,
               amount=_money(waived), reason=why)
    left = sum((d.open_amount for d in waiver.open_penalty(call.db, customer.id)),
               Decimal("0.00"))
    return {"entry_id": entry.id, "customer_id": customer.id, "amount": _money(waived),
            "open_penalty": _money(left)}


def issue_notices(call: Call, kind: Any, customer_ids: Any) -> dict[str, Any]:
    v = call.v
    k = v.choice(kind, "notice_kind", NOTICE_KINDS)
    ids = v.id_list(customer_ids, "customer_ids", NOTICE_BATCH_MAX)
    found = dict(call.db.execute(select(Customer.id, Customer.office_id)
                                 .where(Customer.id.in_(ids))).all())
    if len(found) != len(set(ids)):
        raise NotFound(call.msg("not_found", what=call.msg("what_customer")))
    for office_id in set(found.values()):
        call.require_office(office_id)
    today = business_date(call.now)
    try:
        notice_ids = notices.issue(call.db, k, ids, call.user.visible_office_ids,
                                   call.user.user_id, call.user.office_id, today, call.now)
    except notices.StepNotDue as refused:
        names = [call.msg("collection_due_instead", account=r.account_no,
                          step=call.msg(f"collection_action_{r.action}")) if r.action
                 else call.msg("collection_due_nothing", account=r.account_no)
                 for r in refused.refused[:30]]
        raise UserError(call.msg("collection_step_not_due",
                                 step=call.msg(f"collection_step_{k}"),
                                 customers=", ".join(names)),
                        {"field": "customer_ids"}) from None
    issued = call.db.scalars(select(ArrearsNotice).where(ArrearsNotice.id.in_(notice_ids))
                             .order_by(ArrearsNotice.id)).all()
    for n in issued:
        call.audit("arrears_notice", n.id, action=k, customer_id=n.customer_id,
                   notice_no=n.notice_no, amount=str(n.amount),
                   deadline=_when(n.deadline))
    return {"kind": k, "batch_no": issued[0].batch_no, "notice_ids": notice_ids,
            "count": len(notice_ids),
            "notices": [{"id": n.id, "notice_no": n.notice_no, "customer_id": n.customer_id,
                         "amount": _money(n.amount), "deadline": _when(n.deadline)}
                        for n in issued]}


def notice_pdf_of(call: Call, notice_ids: Any) -> dict[str, str]:
    ids = call.v.id_list(notice_ids, "notice_ids", NOTICE_BATCH_MAX)
    rows = call.db.execute(
        select(ArrearsNotice, Customer, OrgUnit.name)
        .join(Customer, Customer.id == ArrearsNotice.customer_id)
        .join(OrgUnit, OrgUnit.id == ArrearsNotice.office_id)
        .where(ArrearsNotice.id.in_(ids)).order_by(ArrearsNotice.id)).all()
    if len(rows) != len(set(ids)):
        raise NotFound(call.msg("not_found", what=call.msg("what_notice")))
    for n, _c, _o in rows:
        call.require_office(n.office_id)
    today = business_date(call.now)
    facts = [notice_pdf.NoticeFacts(
        n.kind, n.notice_no, office, c.account_no, c.name, c.address, c.customer_class,
        n.amount, n.penalty, n.oldest_due_on, n.issued_at, n.deadline,
        int(notices.notice_period(call.db, c.customer_class, today).total_seconds() // 3600))
        for n, c, office in rows]
    name = rows[0][0].notice_no if len(rows) == 1 else f"{rows[0][0].batch_no}-{len(rows)}"
    return pdf_result(f"notice-{name}.pdf", notice_pdf.build(facts))


# -- bank withholding ---------------------------------------------------------------------

def _bank(call: Call, bank_code: Any) -> str:
    code = call.v.text(bank_code, "bank_code", 8)
    if code not in bank_files.BANKS:
        raise UserError(call.msg("bank_unknown", bank=code), {"field": "bank_code"})
    return code


def banks(call: Call) -> list[dict[str, Any]]:
    counts = bank_files.agreement_counts(call.db, call.user.visible_office_ids)
    return [{"code": code, "name": name, "agreements": counts.get(code, 0)}
            for code, name in bank_files.BANKS.items()]


def agreements(call: Call, bank_code: Any, page: Any) -> dict[str, Any]:
    code = _bank(call, bank_code)
    offset, limit = _page(call, page)
    rows, total = bank_files.agreements(call.db, code, call.user.visible_office_ids,
                                        offset, limit)
    return {"rows": rows, "total": total, "has_more": offset + limit < total}


def _batch_dto(b: BankBatch) -> dict[str, Any]:
    return {"id": b.id, "batch_no": b.batch_no, "bank_code": b.bank_code,
            "bank_name": bank_files.BANKS.get(b.bank_code, b.bank_code),
            "business_date": date_to_wire(b.business_date),
            "created_at": datetime_to_wire(b.created_at), "line_count": b.line_count,
            "total": _money(b.total)}


def batches(call: Call, page: Any) -> dict[str, Any]:
    offset, limit = _page(call, page)
    rows, total = bank_files.batches(call.db, call.user.visible_office_ids, offset, limit)
    out = []
    for b in rows:
        dto = _batch_dto(b)
        dto.update(reconcile(call.db, b)["summary"])
        out.append(dto)
    return {"rows": out, "total": total, "has_more": offset + limit < total}


def bank_export(call: Call, bank_code: Any) -> dict[str, Any]:
    code = _bank(call, bank_code)
    try:
        batch, data = bank_files.export(call.db, code, call.user.visible_office_ids,
                                        call.user.office_id, call.user.user_id,
                                        business_date(call.now), call.now)
    except bank_files.NothingDue:
        raise UserError(call.msg("bank_nothing_due", bank=bank_files.BANKS[code]),
                        {"field": "bank_code"}) from None
    call.audit("bank_batch", batch.id, action="export", batch_no=batch.batch_no,
               bank_code=code, lines=batch.line_count, total=str(batch.total))
    return {"batch": _batch_dto(batch), "filename": f"{batch.batch_no}.txt",
            "content_base64": base64.b64encode(data).decode("ascii")}


def _batch(call: Call, batch_id: Any) -> BankBatch:
    bid = call.v.integer(batch_id, "batch_id", 1, 2**31)
    batch = call.db.get(BankBatch, bid)
    if batch is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_bank_batch")))
    call.require_office(batch.office_id)
    return batch


def bank_file(call: Call, batch_id: Any) -> dict[str, Any]:
    batch = _batch(call, batch_id)
    data = bank_files.request_file(call.db, batch)
    return {"filename": f"{batch.batch_no}.txt",
            "content_base64": base64.b64encode(data).decode("ascii")}


def bank_reconciliation(call: Call, batch_id: Any) -> dict[str, Any]:
    batch = _batch(call, batch_id)
    return {"batch": _batch_dto(batch), **reconcile(call.db, batch)}


def _refused(call: Call, problems: list[tuple[int, str, dict[str, object]]]) -> UserError:
    lines = []
    for line, key, params in problems[:bank_files.MAX_PROBLEMS_SHOWN]:
        problem = call.msg(key, **params)
        lines.append(call.msg("bank_file_line", line=line, problem=problem) if line
                     else call.msg("bank_file_whole", problem=problem))
    return UserError(call.msg("bank_file_refused", count=len(problems),
                              problems="\n".join(lines)),
                     {"field": "content", "lines": [p[0] for p in problems]})


def bank_import(call: Call, content_base64: Any) -> dict[str, Any]:
    text = call.v.text(content_base64, "content",
                       bank_files.MAX_FILE_BYTES * 4 // 3 + 4)
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise UserError(call.msg("bank_file_not_base64"), {"field": "content"}) from None
    parsed = fmt.parse_result(data)
    batch = call.db.scalars(select(BankBatch).where(BankBatch.batch_no == parsed.batch_no)
                            ).first() if parsed.batch_no else None
    if batch is None:
        unknown: list[tuple[int, str, dict[str, object]]] = [
            (1, "bank_file_unknown_batch", {"batch": parsed.batch_no[:24]})
        ] if parsed.batch_no else []
        raise _refused(call, unknown + parsed.problems)
    call.require_office(batch.office_id)
    try:
        done = bank_files.import_result(call.db, batch, parsed, call.user.user_id, call.now)
    except bank_files.FileRefused as refused:
        raise _refused(call, refused.problems) from None
    call.audit("bank_batch", batch.id, action="import_result", result_id=done.result_id,
               new_lines=done.new_lines, repeated_lines=done.repeated_lines,
               posted_count=done.posted_count, posted_total=str(done.posted_total))
    return {"batch": _batch_dto(batch), "result_id": done.result_id,
            "new_lines": done.new_lines, "repeated_lines": done.repeated_lines,
            "posted_now_count": done.posted_count,
            "posted_now_total": _money(done.posted_total), **reconcile(call.db, batch)}
