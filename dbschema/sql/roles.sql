-- The three PostgreSQL roles of PMIS (DESIGN.md, "Security").
--   pmis_owner : owns the schema; used only for migrations.
--   pmis_app   : the app servers; DML only, and on the audit log INSERT and SELECT only.
--   pmis_report: read-only, for reports and analytics.
-- Run as a superuser (pmis-db create-roles does it), then migrate as pmis_owner, then run
-- the grants part again (pmis-db grant) so new tables are covered.
-- :owner_pw, :app_pw, :report_pw are psql-style placeholders filled in by pmis-db.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pmis_owner') THEN
    CREATE ROLE pmis_owner LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pmis_app') THEN
    CREATE ROLE pmis_app LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pmis_report') THEN
    CREATE ROLE pmis_report LOGIN;
  END IF;
END
$$;
