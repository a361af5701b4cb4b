"""Queries of business applications (no rules here: see applications_service / _flow)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from dbschema.models import (
    Application,
    ApplicationAttachment,
    ApplicationCounter,
    ApplicationEvent,
    Customer,
    OrgUnit,
    User,
    WorkItem,
)
from dbschema.models.work import OPEN_STATUSES


def next_app_no(db: Session, office_id: int, day: date) -> str:
    """The office's next number of the day, e.g. DH2611290001 (an upsert, so concurrent
    registrations wait on the counter row and never share a number)."""
    dialect = postgresql if db.get_bind().dialect.name == "postgresql" else sqlite
    stmt = dialect.insert(ApplicationCounter).values(office_id=office_id, day=day, last_no=1)
    stmt = stmt.on_conflict_do_update(
        index_elements=["office_id", "day"],
        set_={"last_no": ApplicationCounter.last_no + 1}).returning(ApplicationCounter.last_no)
    number = db.execute(stmt).scalar_one()
    code = db.scalar(select(OrgUnit.code).where(OrgUnit.id == office_id)) or "X"
    return f"{code[:10]}{day:%y%m%d}{number:04d}"


def locked(db: Session, application_id: int) -> Application | None:
    """The application, its row locked until the end of the call (one writer at a time)."""
    return db.scalars(select(Application).where(Application.id == application_id)
                      .with_for_update().execution_options(populate_existing=True)).first()


def account_no(db: Session, customer_id: int | None) -> str | None:
    if customer_id is None:
        return None
    return db.scalar(select(Customer.account_no).where(Customer.id == customer_id))


def events(db: Session, application_id: int) -> Sequence[Any]:
    return db.execute(
        select(ApplicationEvent, User.full_name)
        .outerjoin(User, User.id == ApplicationEvent.by_user_id)
        .where(ApplicationEvent.application_id == application_id)
        .order_by(ApplicationEvent.id)).all()


_ATTACHMENT_META = (ApplicationAttachment.id, ApplicationAttachment.doc_type,
                    ApplicationAttachment.filename, ApplicationAttachment.mime,
                    ApplicationAttachment.size, ApplicationAttachment.sha256,
                    ApplicationAttachment.stage, ApplicationAttachment.uploaded_at,
                    User.full_name.label("uploaded_by"))


def attachments(db: Session, application_id: int) -> Sequence[Any]:
    """Attachments without their content (the list of an application)."""
    return db.execute(select(*_ATTACHMENT_META)
                      .outerjoin(User, User.id == ApplicationAttachment.uploaded_by)
                      .where(ApplicationAttachment.application_id == application_id)
                      .order_by(ApplicationAttachment.id)).all()


def document_codes(db: Session, application_id: int) -> set[str]:
    return set(db.scalars(select(ApplicationAttachment.doc_type).where(
        ApplicationAttachment.application_id == application_id)))


def attachment(db: Session, attachment_id: int) -> tuple[Any, bytes, int, int] | None:
    """(meta row, content, its application, the application's office)."""
    row = db.execute(select(*_ATTACHMENT_META, ApplicationAttachment.content,
                            Application.id.label("application_id"), Application.office_id)
                     .join(Application, Application.id == ApplicationAttachment.application_id)
                     .outerjoin(User, User.id == ApplicationAttachment.uploaded_by)
                     .where(ApplicationAttachment.id == attachment_id)).first()
    if row is None:
        return None
    return row, bytes(row.content), int(row.application_id), int(row.office_id)


# -- search -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Criteria:
    office_ids: frozenset[int]
    text: str = ""
    type_code: str | None = None
    status: str | None = None
    stage: str | None = None
    mine_roles: tuple[str, ...] | None = None  # "mine": open items of these roles …
    mine_user: int | None = None  # … or assigned to this user


def _search(c: Criteria) -> Select[Any]:
    q = (select(Application.id)
         .outerjoin(Customer, Customer.id == Application.customer_id)
         .where(Application.office_id.in_(c.office_ids)))
    if c.text:
        # A number is typed from its start (the office code and date); names in part.
        q = q.where(or_(Application.app_no.startswith(c.text.upper(), autoescape=True),
                        Application.applicant.contains(c.text, autoescape=True),
                        Application.phone == c.text, Customer.account_no == c.text,
                        Customer.name.contains(c.text, autoescape=True)))
    if c.type_code:
        q = q.where(Application.type_code == c.type_code)
    if c.status:
        q = q.where(Application.status == c.status)
    if c.stage:
        q = q.where(Application.stage == c.stage)
    if c.mine_roles is not None:
        q = q.where(exists().where(
            WorkItem.source == "application", WorkItem.source_id == Application.id,
            WorkItem.status.in_(OPEN_STATUSES),
            or_(WorkItem.assigned_role.in_(c.mine_roles),
                WorkItem.assigned_user_id == c.mine_user)))
    return q


def search(db: Session, c: Criteria, offset: int, limit: int) -> tuple[list[int], int]:
    q = _search(c)
    total = db.scalar(select(func.count()).select_from(q.subquery())) or 0
    ids = list(db.scalars(q.order_by(Application.opened_at.desc(), Application.id.desc())
                          .offset(offset).limit(limit)))
    return ids, total


def rows(db: Session, ids: Iterable[int]) -> list[tuple[Application, str | None]]:
    wanted = list(ids)
    found = {a.id: (a, acc) for a, acc in db.execute(
        select(Application, Customer.account_no)
        .outerjoin(Customer, Customer.id == Application.customer_id)
        .where(Application.id.in_(wanted)))}
    return [found[i] for i in wanted if i in found]


def open_items(db: Session, ids: Iterable[int]) -> dict[int, WorkItem]:
    """application id -> its open stage work item."""
    return {item.source_id: item for item in db.scalars(
        select(WorkItem).where(WorkItem.source == "application",
                               WorkItem.source_id.in_(list(ids)),
                               WorkItem.status.in_(OPEN_STATUSES)))}
