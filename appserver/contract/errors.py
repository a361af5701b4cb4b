"""The small error hierarchy that crosses the wire.

Each error carries a stable ``code`` (for programs), a ``message`` already translated into the
caller's language (for people) and ``details`` (plain data, e.g. the current record on a
conflict). Both tiers register these classes with Pyro5 so they arrive typed, not as
``SerializeError``.
"""

from __future__ import annotations

from typing import Any


class PmisError(Exception):
    """Base of every error the server deliberately sends to a client."""

    code = "error"

    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details or {}

    def to_dict(self) -> dict[str, Any]:
        return {"message": self.message, "details": self.details}


class UserError(PmisError):
    """Bad input or a business rule refused the request; nothing was changed."""

    code = "user_error"


class NeedsConfirmation(PmisError):
    """The request is allowed but has consequences the user must acknowledge first."""

    code = "needs_confirmation"


class PermissionDenied(PmisError):
    code = "permission_denied"


class NotFound(PmisError):
    code = "not_found"


class Conflict(PmisError):
    """Someone else changed the record (optimistic lock) or a request id was reused."""

    code = "conflict"


class SessionExpired(PmisError):
    code = "session_expired"


class InternalError(PmisError):
    """An unexpected failure; ``details['reference']`` points to the server log entry."""

    code = "internal"


ALL_ERRORS: tuple[type[PmisError], ...] = (
    UserError,
    NeedsConfirmation,
    PermissionDenied,
    NotFound,
    Conflict,
    SessionExpired,
    InternalError,
)


def error_from_dict(classname: str, data: dict[str, Any]) -> PmisError:
    """Rebuild an error from its serialized form (used by both Pyro5 registrations)."""
    short = classname.rsplit(".", 1)[-1]
    for cls in ALL_ERRORS:
        if cls.__name__ == short:
            attrs = data.get("attributes", data)
            return cls(str(attrs.get("message", "")), dict(attrs.get("details") or {}))
    return InternalError(str(data))
