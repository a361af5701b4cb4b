"""All models, imported so that ``Base.metadata`` is complete for Alembic."""

from dbschema.models.admin import (
    AuditHead,
    AuditLog,
    IdempotencyRecord,
    LoginFailure,
    OrgUnit,
    Permission,
    Role,
    RolePermission,
    ServerLease,
    User,
    UserRole,
    UserSession,
)
from dbschema.models.applications import (
    Application,
    ApplicationAttachment,
    ApplicationCounter,
    ApplicationEvent,
    WorkflowDefinition,
)
from dbschema.models.billing import Bill, BillingRun, BillLine, TariffAssignment, TariffVersion
from dbschema.models.billing_run import BillingRunError
from dbschema.models.collection import (
    ArrearsNotice,
    BankBatch,
    BankBatchLine,
    BankResult,
    BankResultLine,
    PenaltyPosting,
    WithholdingAgreement,
)
from dbschema.models.collection_counter import (
    CashClose,
    CashCloseTender,
    ReceiptCounter,
    ReceiptPrint,
    ReversalRequest,
    TillDay,
)
from dbschema.models.complaints import Complaint, ComplaintEvent, Consultation
from dbschema.models.corrections import CorrectionRequest
from dbschema.models.customers import Customer, Meter, MeteringPoint, ServicePoint
from dbschema.models.faults import (
    FaultAreaClass,
    FaultEvent,
    FaultReport,
    RepairCrew,
    RepairTicket,
)
from dbschema.models.jobs import Job, Setting
from dbschema.models.metering import BookPoint, MeterReading, ReadingBook, ReadingPlan
from dbschema.models.payments import Allocation, LedgerEntry, Payment
from dbschema.models.supply_changes import MeterTest, SupplyChange
from dbschema.models.work import (
    CalendarDay,
    WorkDayClosed,
    WorkDayOpened,
    WorkItem,
    WorkNorm,
)

__all__ = [
    "Allocation",
    "Application",
    "ApplicationAttachment",
    "ApplicationCounter",
    "ApplicationEvent",
    "ArrearsNotice",
    "AuditHead",
    "AuditLog",
    "BankBatch",
    "BankBatchLine",
    "BankResult",
    "BankResultLine",
    "Bill",
    "BillLine",
    "BillingRun",
    "BillingRunError",
    "BookPoint",
    "CalendarDay",
    "CashClose",
    "CashCloseTender",
    "Complaint",
    "ComplaintEvent",
    "Consultation",
    "CorrectionRequest",
    "Customer",
    "FaultAreaClass",
    "FaultEvent",
    "FaultReport",
    "IdempotencyRecord",
    "Job",
    "LedgerEntry",
    "LoginFailure",
    "Meter",
    "MeterReading",
    "MeterTest",
    "MeteringPoint",
    "OrgUnit",
    "Payment",
    "PenaltyPosting",
    "Permission",
    "ReadingBook",
    "ReadingPlan",
    "ReceiptCounter",
    "ReceiptPrint",
    "RepairCrew",
    "RepairTicket",
    "ReversalRequest",
    "Role",
    "RolePermission",
    "ServerLease",
    "ServicePoint",
    "Setting",
    "SupplyChange",
    "TariffAssignment",
    "TariffVersion",
    "TillDay",
    "User",
    "UserRole",
    "UserSession",
    "WithholdingAgreement",
    "WorkDayClosed",
    "WorkDayOpened",
    "WorkItem",
    "WorkNorm",
    "WorkflowDefinition",
]
