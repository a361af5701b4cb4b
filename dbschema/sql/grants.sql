-- Grants after each migration. The audit log is append-only for the application: it may
-- INSERT and SELECT, never UPDATE, DELETE or TRUNCATE (and neither may the report role).
GRANT USAGE ON SCHEMA public TO pmis_app, pmis_report;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO pmis_app;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM pmis_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO pmis_app;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO pmis_report;
REVOKE SELECT ON user_session, idempotency_record FROM pmis_report;
