"""The one decorator around every exposed method (DESIGN.md, "The wire contract").

In this order it: resolves the session, checks the permission (office scope is checked by the
service through ``Call.require_office``), opens the unit of work, replays or records the
idempotency key of a write, writes the audit record, maps errors, and logs
``module.method by user in N ms``.
"""

from __future__ import annotations

import functools
import inspect
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import Pyro5.api
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from appserver.contract.api import LOCALES
from appserver.contract.errors import (
    InternalError,
    PermissionDenied,
    PmisError,
    SessionExpired,
    UserError,
)
from appserver.core import audit, idempotency
from appserver.core.audit import AuditEntry
from appserver.core.i18n import CALL_LOCALE, msg
from appserver.core.runtime import Runtime
from appserver.core.security import Principal, resolve_session
from appserver.core.validation import Validator

log = logging.getLogger("pmis.rpc")
F = TypeVar("F", bound=Callable[..., Any])
MAX_DB_RETRIES = 3


@dataclass(frozen=True)
class RpcSpec:
    permission: str | None
    write: bool
    idempotent: bool
    public: bool
    # A background call (the client's status-bar ping) must not keep an idle session alive.
    touch: bool = True
    # Positions (after ctx) of secret arguments: left out of the idempotency hash, which is
    # a plain SHA-256 and would otherwise let anyone who reads the table test guesses.
    secret_args: tuple[int, ...] = ()
    # Allowed while the user must still change an initial or reset password.
    before_password_change: bool = False


@dataclass
class Call:
    """Everything a service needs about the current call."""

    runtime: Runtime
    db: Session
    principal: Principal | None
    locale: str
    request_id: str | None
    client_host: str
    method: str
    now: datetime
    audit_entries: list[AuditEntry] = field(default_factory=list)
    # Work that must be kept although the call fails (failed-login counters, their audit).
    # It runs in a fresh transaction after the call's own was rolled back: never nest a
    # second transaction inside the first (SQLite would wait on itself).
    on_failure: list[Callable[[Session], None]] = field(default_factory=list)

    @property
    def v(self) -> Validator:
        return Validator(self.locale)

    @property
    def user(self) -> Principal:
        assert self.principal is not None, "public methods have no user"
        return self.principal

    def msg(self, key: str, /, **params: object) -> str:
        return msg(self.locale, key, **params)

    def require_office(self, office_id: int | None) -> None:
        """Refuse (and, through the decorator, audit) another office's record."""
        if not self.user.can_see_office(office_id):
            denied = PermissionDenied(self.msg("other_office"))
            # For the audit trail only: the caller is not told which office owns the record.
            denied.audit_details = {"office_id": office_id}  # type: ignore[attr-defined]
            raise denied

    def audit(self, entity_type: str | None, entity_id: int | None, **details: Any) -> None:
        p = self.principal
        self.audit_entries.append(AuditEntry(
            method=self.method, outcome="ok", username=p.username if p else "-",
            user_id=p.user_id if p else None, office_id=p.office_id if p else None,
            entity_type=entity_type, entity_id=entity_id, request_id=self.request_id,
            client_host=self.client_host, details=details))


def rpc(permission: str | None, *, write: bool, idempotent: bool = True,
        public: bool = False, touch: bool = True, secret_args: tuple[int, ...] = (),
        before_password_change: bool = False) -> Callable[[F], F]:
    """Expose ``fn(self, call, *args)`` as ``method(ctx, *args)`` with all the checks."""
    spec = RpcSpec(permission, write, idempotent and write, public, touch, secret_args,
                   before_password_change)

    def decorate(fn: F) -> F:
        signature = inspect.signature(fn)

        @functools.wraps(fn)
        def wrapper(api: Any, ctx: Any = None, *args: Any, **kwargs: Any) -> Any:
            name = f"{api.module}.{fn.__name__}"
            # A call with the wrong number of arguments (or any keyword argument: the wire
            # contract is positional) is bad input, not an internal error; it is refused
            # after the session and permission checks, like any other.
            fits = not kwargs and _fits(signature, args)
            target = functools.partial(fn, api) if fits else _malformed
            return _dispatch(api.runtime, name, spec, target, ctx, args)

        wrapper.rpc_spec = spec  # type: ignore[attr-defined]
        return Pyro5.api.expose(wrapper)  # type: ignore[no-any-return]

    return decorate


def _without_secrets(args: tuple[Any, ...], secret: tuple[int, ...]) -> tuple[Any, ...]:
    """Arguments as hashed for idempotency: secret positions and password fields masked."""
    def mask(i: int, a: Any) -> Any:
        if i in secret:
            return "<secret>"
        if isinstance(a, dict):
            return {k: "<secret>" if "password" in str(k) else v for k, v in a.items()}
        return a

    return tuple(mask(i, a) for i, a in enumerate(args))


def _fits(signature: inspect.Signature, args: tuple[Any, ...]) -> bool:
    try:
        signature.bind(None, None, *args)  # self, call, then the caller's arguments
    except TypeError:
        return False
    return True


def _malformed(call: Call, *_args: Any) -> Any:
    raise UserError(call.msg("bad_context"))


def _parse_ctx(ctx: Any) -> tuple[str, Any, Any]:
    if not isinstance(ctx, dict):
        raise UserError(msg("en", "bad_context"))
    locale = ctx.get("locale") if ctx.get("locale") in LOCALES else "zh_CN"
    return str(locale), ctx.get("token"), ctx.get("request_id")


def _client_host() -> str:
    addr = getattr(Pyro5.api.current_context, "client_sock_addr", None)
    return str(addr[0]) if isinstance(addr, tuple) and addr else "local"


def _dispatch(rt: Runtime, name: str, spec: RpcSpec, fn: Callable[..., Any], ctx: Any,
              args: tuple[Any, ...]) -> Any:
    started = time.perf_counter()
    locale, token, request_id = _parse_ctx(ctx)
    language = CALL_LOCALE.set(locale)
    who = "-"
    try:
        for attempt in range(1, MAX_DB_RETRIES + 1):
            try:
                result, who = _once(rt, name, spec, fn, locale, token, request_id, args)
                return result
            except OperationalError as exc:
                if attempt == MAX_DB_RETRIES or not _is_retryable(exc):
                    raise
                log.warning("%s: retrying after database conflict (%s)", name, attempt)
        raise AssertionError("unreachable")
    except PmisError:
        raise
    except OperationalError as exc:
        ref = _reference()
        log.error("%s [%s]: database unavailable: %s", name, ref, exc)
        raise InternalError(msg(locale, "database_unavailable", reference=ref),
                            {"reference": ref}) from None
    except Exception:
        ref = _reference()
        log.exception("%s [%s]: internal error", name, ref)
        raise InternalError(msg(locale, "internal_error", reference=ref),
                            {"reference": ref}) from None
    finally:
        CALL_LOCALE.reset(language)
        log.info("%s by %s in %.1f ms", name, who, (time.perf_counter() - started) * 1000)


def _once(rt: Runtime, name: str, spec: RpcSpec, fn: Callable[..., Any], locale: str,
          token: Any, request_id: Any, args: tuple[Any, ...]) -> tuple[Any, str]:
    host = _client_host()
    db = rt.db.session()
    principal: Principal | None = None
    digest = ""
    try:
        now = rt.clock.now()
        if not spec.public:
            principal = resolve_session(db, token, now, rt.session_idle, touch=spec.touch)
            if principal is None:
                db.commit()  # keep the session marked as ended
                raise SessionExpired(msg(locale, "session_expired"))
            if principal.must_change_password and not spec.before_password_change:
                raise PermissionDenied(msg(locale, "password_change_required"),
                                       {"reason": "password_change_required"})
            if spec.permission not in principal.permissions:
                raise PermissionDenied(msg(locale, "permission_denied",
                                           permission=spec.permission),
                                       {"permission": spec.permission})
        if spec.idempotent:
            if not idempotency.is_valid_request_id(request_id):
                raise UserError(msg(locale, "request_id_required"))
            try:
                digest = idempotency.args_hash(name, _without_secrets(args, spec.secret_args))
            except (TypeError, ValueError):  # e.g. a dict with keys of mixed types
                raise UserError(msg(locale, "bad_context")) from None
            replayed = _replay(db, request_id, principal, digest, locale)
            if replayed is not _NOTHING:
                db.rollback()
                return replayed, principal.username if principal else "-"
        call = Call(rt, db, principal, locale, request_id if spec.write else None, host, name, now)
        try:
            result = fn(call, *args)
        except PmisError:
            if call.on_failure:
                db.rollback()
                with rt.db.unit_of_work() as keep:
                    for action in call.on_failure:
                        action(keep)
            raise
        if spec.write:
            if spec.idempotent and principal is not None:
                idempotency.record(db, request_id, principal.user_id, name, digest, result, now)
            if not call.audit_entries:
                call.audit(None, None)
            audit.append(db, call.audit_entries, now)
        db.commit()
        return result, principal.username if principal else "-"
    except IntegrityError:
        db.rollback()
        if spec.idempotent:  # a concurrent twin with the same request id committed first
            replayed = _replay(db, request_id, principal, digest, locale)
            if replayed is not _NOTHING:
                return replayed, principal.username if principal else "-"
        raise
    except (PermissionDenied, SessionExpired) as exc:
        db.rollback()
        _audit_denied(rt, name, principal, host, request_id, exc)
        raise
    except PmisError:
        db.rollback()
        if spec.idempotent and digest:  # the same request may have finished elsewhere
            replayed = _replay(db, request_id, principal, digest, locale)
            if replayed is not _NOTHING:
                return replayed, principal.username if principal else "-"
        raise
    except BaseException:
        db.rollback()
        raise
    finally:
        db.close()


_NOTHING = object()


def _replay(db: Session, request_id: str, principal: Principal | None, digest: str,
            locale: str) -> Any:
    rec = idempotency.lookup(db, request_id)
    if rec is None:
        return _NOTHING
    if rec.args_hash != digest or (principal and rec.user_id != principal.user_id):
        raise UserError(msg(locale, "request_id_reused"), {"request_id": request_id})
    return idempotency.replay(rec)


def _audit_denied(rt: Runtime, name: str, principal: Principal | None, host: str,
                  request_id: Any, exc: PmisError) -> None:
    entry = AuditEntry(
        method=name, outcome="denied", username=principal.username if principal else "-",
        user_id=principal.user_id if principal else None,
        office_id=principal.office_id if principal else None,
        # Only a well-formed id is stored: anything else (a NUL byte, say) could make the
        # audit insert fail and so hide the refusal.
        request_id=request_id if idempotency.is_valid_request_id(request_id) else None,
        client_host=host,
        details={"reason": exc.code, **exc.details, **getattr(exc, "audit_details", {})})
    try:
        with rt.db.unit_of_work() as db:
            audit.append(db, [entry], rt.clock.now())
    except Exception:  # the refusal stands even if it cannot be recorded
        log.exception("%s: could not audit a denied call", name)


def _is_retryable(exc: OperationalError) -> bool:
    code = getattr(exc.orig, "pgcode", None)
    return code in ("40001", "40P01") or "database is locked" in str(exc)


def _reference() -> str:
    return uuid.uuid4().hex[:10]
