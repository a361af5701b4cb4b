-- Grants after each migration. The audit log is append-only for the application: it may
-- INSERT and SELECT, never UPDATE, DELETE or TRUNCATE (and neither may the report role).
GRANT USAGE ON SCHEMA public TO pmis_app, pmis_report;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pmis_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM pmis_app;
-- Receivables are a ledger: posted entries and allocations are never changed, only added to.
REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entry, allocation FROM pmis_app;
-- Only migrations (the owner) move the schema version.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM pmis_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO pmis_app;
-- Reports read business data; never credentials, sessions, login attempts or replies.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pmis_report;
REVOKE SELECT ON user_session, idempotency_record, login_failure, app_user FROM pmis_report;
GRANT SELECT (id, username, full_name, office_id, locked, created_at) ON app_user TO pmis_report;
