"""Wire contract of pmis.service business applications (业扩报装 and the other business types).

Owned by the applications server work; the client reads these shapes. Money and quantities are
decimal strings, dates ISO-8601, timestamps ISO-8601 UTC. Names come in the caller's language.

Workflow definitions are versioned data (resources/workflows/<type>.toml installed into
``workflow_definition``): stages (code, names, role, time limit in working days, required
fields and documents, allowed next stages), the fields captured at registration, the
documents, the whole-process limit and the effect applied on completion. An application pins
the definition version it was registered under.

application_types() -> [TypeInfo]: the business types with their current approved definition.
    TypeInfo = {"code", "name", "version", "needs_customer" (bool: the type acts on an existing
    customer), "total_days" (whole-process commitment, working days), "fields": [Field],
    "documents": [{"code", "name"}], "stages": [{"code", "name", "role", "days",
    "fields": [field names required to complete it], "documents": [codes required to complete
    it], "next": [stage codes]}]}.
    Field = {"name", "label", "kind" (text, decimal, integer, date, choice, customer_class,
    tariff_code, voltage), "required" (bool), "choices": [{"value", "label"}] | [],
    "max_length" | None}.
register_application(type_code, customer_id | None, fields: {name: str}, note) -> Application
    (write): at the caller's home office (a service hall registers for its office) or the
    customer's office; the first stage's work item opens with its deadline.
search_applications(criteria, page) -> {"rows": [ApplicationRow], "total"}: criteria =
    {"text" (application number, customer or applicant name, phone), "type_code", "status",
    "stage", "office_id", "mine" (bool: I act on its current stage)}; page = {"offset",
    "limit" ≤ 200}. ApplicationRow = {"id", "app_no", "type_code", "type_name", "status",
    "stage", "stage_name", "applicant", "customer_id", "account_no", "office_id",
    "opened_at", "due_at", "risk" (of the current stage's work item, as work.WorkItem)}.
get_application(application_id) -> Application = ApplicationRow + {"version", "fields",
    "note", "definition_version", "completed_at", "effective_on", "result" ({"customer_id",
    "account_no", ...} of the completed effect) | None, "events": [Event], "attachments":
    [Attachment], "items": [work.WorkItem], "actions": {"advance": [stage codes the caller
    may move to], "return": [earlier stage codes], "suspend", "resume", "terminate",
    "update" (change the fields: the current stage's role, while active): bool},
    "missing": {"fields": [names], "documents": [codes]} (what the current stage still
    needs)}. Event = {"at", "by" (name), "action" (register, advance, return, suspend, resume,
    terminate, complete, attach, update), "from_stage", "to_stage", "reason"}.
update_application(application_id, expected_version, fields, note) -> Application (write):
    fill or correct fields of an active application.
advance_application(application_id, expected_version, to_stage | None, fields, note) ->
    Application (write): completes the current stage (the caller holds its role; required
    fields and documents present) and moves on (None: the definition's first next stage);
    completing the last stage completes the application and applies its effect to the
    customer file with ``fields["effective_on"]`` (default: the business date).
return_application(application_id, expected_version, to_stage, reason) -> Application:
    back to an earlier stage of its path (write).
suspend_application / resume_application(application_id, expected_version, reason) ->
    Application: the clock pauses while the customer is awaited (write).
terminate_application(application_id, expected_version, reason) -> Application (write,
    application.terminate).
add_attachment(application_id, doc_type, filename, content_base64) -> Attachment (write):
    a scanned document (PDF, PNG, JPEG; ≤ ATTACHMENT_MAX_BYTES).
get_attachment(attachment_id) -> Attachment + {"content_base64"}.
Attachment = {"id", "doc_type", "doc_name", "filename", "mime", "size", "sha256",
    "stage", "uploaded_by", "uploaded_at"}.
list_workflows() -> [{"code", "name", "versions": [WorkflowVersion]}].
get_workflow(version_id) -> WorkflowVersion + {"body"} (the TOML text).
save_workflow_draft(code, body) -> WorkflowVersion (write, workflow.edit): a new draft
    version from TOML text, validated (refused with the reason when not valid).
approve_workflow(version_id) -> WorkflowVersion (write, workflow.edit): by a person other
    than its author; from then on new applications of the type use it.
WorkflowVersion = {"id", "code", "version", "status" (draft, approved, retired),
    "created_by", "created_at", "approved_by", "approved_at"}.

Added by the server work (all shapes above are kept; these are extra):
- TypeInfo: "definition_id" (id of the approved version); "total_days" and a stage's "days"
  are decimal strings ("0.5" allowed). Field kinds also "mobile" (11-digit mobile number),
  "ratio" (a transformer ratio "100/5") and "registers" (comma list of total, peak, flat,
  valley, reactive, demand; total required). "max_length" is set for text fields only.
- ApplicationRow: "phone", "address" (applicant's, or the customer's); "due_at" is None while
  the application is suspended (the whole-process clock keeps its remaining time and moves the
  deadline on resume); "risk" is None once no stage item is open.
- Application: "definition_id", "stage_role" (role that works the current stage), "path"
  (stage codes of the current path, first to current: "return" may go to any but the last),
  "actions"."complete" (bool: the current stage is the last one and the caller may complete it
  through advance_application with to_stage None; "advance" is [] then). Event: "changes"
  ({field: new value} of that step; {"doc_type", "filename"} for attach).
- Errors: Conflict when expected_version is stale (details {"version": current}); UserError with
  details {"fields": [...], "documents": [...]} when a stage still lacks something;
  {"field": name} for a bad field value.
- Status "suspended" keeps "advance"/"return"/"suspend" empty; update_application and
  add_attachment work on active and suspended applications.
"""

from __future__ import annotations

METHODS: tuple[tuple[str, bool], ...] = (
    ("application_types", False),
    ("register_application", True),
    ("search_applications", False),
    ("get_application", False),
    ("update_application", True),
    ("advance_application", True),
    ("return_application", True),
    ("suspend_application", True),
    ("resume_application", True),
    ("terminate_application", True),
    ("add_attachment", True),
    ("get_attachment", False),
    ("list_workflows", False),
    ("get_workflow", False),
    ("save_workflow_draft", True),
    ("approve_workflow", True),
)

TYPES = ("new_lv_residential", "new_lv_nonresidential", "new_hv_single", "new_hv_dual",
         "capacity_increase", "capacity_decrease", "name_transfer", "tariff_change",
         "suspension", "resumption", "meter_test", "disconnection", "reconnection")
STATUSES = ("active", "suspended", "completed", "terminated")
ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024
ATTACHMENT_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg",
                    "jpeg": "image/jpeg"}
