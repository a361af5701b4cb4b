"""The customer file: customers, their service points, metering points and meters on site."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from dbschema.base import Base, CreatedAtMixin, Quantity, UtcDateTime

CUSTOMER_CLASSES = ("residential", "commercial", "large_industry", "agriculture")
CUSTOMER_STATUSES = ("active", "suspended", "closed")
VOLTAGE_LEVELS = ("220V", "380V", "10kV", "35kV", "110kV")
ID_DOC_TYPES = ("id_card", "business_license", "passport", "other")
METERING_MODES = ("hv_hv", "hv_lv", "lv_lv")  # 高供高计, 高供低计, 低供低计
SEARCH_COVER = ("office_id", "account_no", "id")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


def _pattern_index(name: str, column: str, covering: bool = False) -> Index:
    # A covering index lets a search that always matches few rows (repository: "specific")
    # read id, account and office from the index alone, without visiting the table.
    return Index(name, column, postgresql_ops={column: "text_pattern_ops"},
                 postgresql_include=list(SEARCH_COVER) if covering else [])


def _trigram_index(name: str, column: str) -> Index:
    index = Index(name, column, postgresql_using="gin", postgresql_ops={column: "gin_trgm_ops"})
    return index.ddl_if(dialect="postgresql")


class Customer(Base, CreatedAtMixin):
    __tablename__ = "customer"
    __table_args__ = (
        CheckConstraint(_in("customer_class", CUSTOMER_CLASSES), "class"),
        CheckConstraint(_in("status", CUSTOMER_STATUSES), "status"),
        CheckConstraint(_in("voltage_level", VOLTAGE_LEVELS), "voltage"),
        CheckConstraint(_in("id_doc_type", ID_DOC_TYPES), "id_doc_type"),
        CheckConstraint("version >= 1", "version_positive"),
        Index("ix_customer_office_status", "office_id", "status"),
        # Search (see appserver/customers/repository.py): prefix patterns need
        # text_pattern_ops under C.UTF-8; substrings (Chinese too) need trigrams.
        _pattern_index("ix_customer_account_pattern", "account_no"),
        _pattern_index("ix_customer_name_pattern", "name", covering=True),
        _pattern_index("ix_customer_mobile_rev_pattern", "phone_mobile_rev", covering=True),
        _pattern_index("ix_customer_landline_rev_pattern", "phone_landline_rev", covering=True),
        _trigram_index("ix_customer_address_trgm", "address"),
        _trigram_index("ix_customer_name_trgm", "name"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_no: Mapped[str] = mapped_column(String(10), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    customer_class: Mapped[str] = mapped_column(String(20), nullable=False)
    industry: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    voltage_level: Mapped[str] = mapped_column(String(8), nullable=False)
    id_doc_type: Mapped[str] = mapped_column(String(20), nullable=False)
    id_doc_no: Mapped[str] = mapped_column(String(40), nullable=False)
    phone_mobile: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone_landline: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    # Reversed digits of the phones, so "ends with 1234" is an indexed prefix search.
    phone_mobile_rev: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    phone_landline_rev: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    contact_person: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    address: Mapped[str] = mapped_column(String(200), nullable=False)
    mail_address: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    office_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="active")
    opened_on: Mapped[date] = mapped_column(Date, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class ServicePoint(Base):
    """Where supply is delivered (用电地址): one customer may have several."""

    __tablename__ = "service_point"
    __table_args__ = (CheckConstraint("capacity_kva >= 0", "capacity_non_negative"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), nullable=False,
                                             index=True)
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    address: Mapped[str] = mapped_column(String(200), nullable=False)
    supply_voltage: Mapped[str] = mapped_column(String(8), nullable=False)
    capacity_kva: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    transformer_area: Mapped[str] = mapped_column(String(40), nullable=False, default="")
    status: Mapped[str] = mapped_column(String(12), nullable=False, default="active")


class MeteringPoint(Base):
    """计量点: multiplier = CT ratio × PT ratio, kept consistent by a CHECK."""

    __tablename__ = "metering_point"
    __table_args__ = (
        CheckConstraint(_in("metering_mode", METERING_MODES), "mode"),
        CheckConstraint("ct_primary > 0 AND ct_secondary > 0 AND pt_primary > 0 "
                        "AND pt_secondary > 0", "ratios_positive"),
        CheckConstraint("multiplier * ct_secondary * pt_secondary = ct_primary * pt_primary",
                        "multiplier_matches_ratios"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    service_point_id: Mapped[int] = mapped_column(ForeignKey("service_point.id"),
                                                  nullable=False, index=True)
    code: Mapped[str] = mapped_column(String(16), nullable=False, unique=True)
    metering_mode: Mapped[str] = mapped_column(String(8), nullable=False)
    ct_primary: Mapped[int] = mapped_column(Integer, nullable=False)
    ct_secondary: Mapped[int] = mapped_column(Integer, nullable=False)
    pt_primary: Mapped[int] = mapped_column(Integer, nullable=False)
    pt_secondary: Mapped[int] = mapped_column(Integer, nullable=False)
    multiplier: Mapped[Decimal] = mapped_column(Quantity(), nullable=False)
    purpose: Mapped[str] = mapped_column(String(20), nullable=False, default="billing")


class Meter(Base):
    """A meter installed on a metering point; removal closes it, history stays."""

    __tablename__ = "meter"
    __table_args__ = (
        CheckConstraint("digits BETWEEN 4 AND 9", "digits_range"),
        _pattern_index("ix_meter_serial_pattern", "serial"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"),
                                                   nullable=False, index=True)
    serial: Mapped[str] = mapped_column(String(24), nullable=False, unique=True)
    meter_type: Mapped[str] = mapped_column(String(40), nullable=False)
    digits: Mapped[int] = mapped_column(Integer, nullable=False)
    registers: Mapped[str] = mapped_column(String(80), nullable=False)  # "total,peak,valley"
    installed_on: Mapped[date] = mapped_column(Date, nullable=False)
    removed_on: Mapped[date | None] = mapped_column(Date)
