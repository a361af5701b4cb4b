"""Batch jobs (billing runs, imports, penalty accrual) and named, versioned settings."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, UtcDateTime
from dbschema.models.common import one_of

JOB_STATUSES = ("queued", "running", "done", "failed")


class Job(Base):
    """A unit of batch work, run only by the lease holder (appserver/core/jobs.py).

    A job whose runner died (no heartbeat within the lease time) is picked up again by the
    next lease holder; handlers are written to be restartable."""

    __tablename__ = "job"
    __table_args__ = (
        CheckConstraint(one_of("status", JOB_STATUSES), "status"),
        CheckConstraint("progress_done >= 0 AND progress_total >= 0", "progress_non_negative"),
        Index("ix_job_status_id", "status", "id"),
        # At most one job per kind and dedupe key (e.g. one penalty accrual per day)
        Index("uq_job_kind_key", "kind", "dedupe_key", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)
    dedupe_key: Mapped[str] = mapped_column(String(80), nullable=False)
    params: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="queued")
    office_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    runner: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    progress_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    progress_total: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    message: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    result: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON


class Setting(Base):
    """A named business convention with effective-dated versions (penalty year boundary,
    allocation order, power factor base …). The version effective on a date applies."""

    __tablename__ = "setting"
    __table_args__ = (Index("uq_setting_key_from", "key", "effective_from", unique=True),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60), nullable=False)
    effective_from: Mapped[date] = mapped_column(Date, nullable=False)
    value: Mapped[str] = mapped_column(String(200), nullable=False)
    note: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
