"""Scanned documents of an application: PDF, PNG or JPEG, recognised by their first bytes
(a renamed executable is refused whatever its name says), at most ATTACHMENT_MAX_BYTES."""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from appserver.contract.applications import ATTACHMENT_MAX_BYTES
from appserver.contract.errors import NotFound
from appserver.core.rpc import Call
from appserver.service import applications_repository as repo
from appserver.service import applications_service as svc
from appserver.service import applications_wire as wire
from appserver.service import workflow_engine as engine
from appserver.service import workflow_store as store
from dbschema.models import ApplicationAttachment

FILENAME_MAX = 120
# The signatures of the accepted formats: (leading bytes, mime type).
MAGIC = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"),
         (b"\xff\xd8\xff", "image/jpeg"))
# base64 is 4/3 of the content; refuse longer text before decoding it.
_B64_MAX = (ATTACHMENT_MAX_BYTES + 2) // 3 * 4 + 4


def sniff(content: bytes) -> str | None:
    """The mime type the content really has, or None when it is none we accept."""
    return next((mime for magic, mime in MAGIC if content.startswith(magic)), None)


def add(call: Call, application_id: Any, doc_type: Any, filename: Any,
        content_base64: Any) -> dict[str, Any]:
    v = call.v
    app = svc.load(call, application_id, lock=True)
    d = store.definition(call.db, app.definition_id)
    try:
        engine.check_open(app.status)
    except engine.Refusal as exc:
        raise svc.refused(call, app, exc) from None
    codes = [doc.code for doc in d.documents]
    code = v.text(doc_type, "doc_type", 32)
    if code not in codes:
        raise v.fail("doc_type", "app_unknown_document", allowed=", ".join(codes))
    name = v.text(filename, "filename", FILENAME_MAX)
    content = _decode(call, content_base64)
    mime = sniff(content)
    if mime is None:
        raise v.fail("content_base64", "app_attachment_type")
    row = ApplicationAttachment(application_id=app.id, doc_type=code, filename=name,
                                mime=mime, size=len(content),
                                sha256=hashlib.sha256(content).hexdigest(), content=content,
                                stage=app.stage, uploaded_by=call.user.user_id,
                                uploaded_at=call.now)
    call.db.add(row)
    call.db.flush()
    # Adding a document changes what the stage still needs: the version moves on.
    app.version += 1
    svc.event(call, app, "attach", from_stage=app.stage,
              changes={"doc_type": code, "filename": name})
    call.audit("application", app.id, app_no=app.app_no, attachment_id=row.id,
               doc_type=code, size=len(content), sha256=row.sha256)
    call.db.flush()
    meta = next(r for r in repo.attachments(call.db, app.id) if r.id == row.id)
    return wire.attachment(meta, d, call.locale == "zh_CN")


def _decode(call: Call, value: Any) -> bytes:
    if not isinstance(value, str) or len(value) > _B64_MAX:
        raise call.v.fail("content_base64", "app_attachment_size", limit=ATTACHMENT_MAX_BYTES)
    try:
        content = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise call.v.fail("content_base64", "app_bad_base64") from None
    if not 0 < len(content) <= ATTACHMENT_MAX_BYTES:
        raise call.v.fail("content_base64", "app_attachment_size", limit=ATTACHMENT_MAX_BYTES)
    return content


def get(call: Call, attachment_id: Any) -> dict[str, Any]:
    aid = call.v.integer(attachment_id, "attachment_id", 1, 2**31 - 1)
    found = repo.attachment(call.db, aid)
    if found is None:
        raise NotFound(call.msg("not_found", what=call.msg("what_attachment")))
    meta, content, application_id, office = found
    call.require_office(office)
    app = svc.load(call, application_id, lock=False)
    d = store.definition(call.db, app.definition_id)
    out = wire.attachment(meta, d, call.locale == "zh_CN")
    out["content_base64"] = base64.b64encode(content).decode("ascii")
    return out

