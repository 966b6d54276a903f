-- Tables the request role must never touch: they are read before any tenant is known
-- (login, session and API-key resolution) by the system pool, which runs as the migrator.
REVOKE ALL ON TABLE sessions, login_throttle, password_resets FROM symbio_app;
--> statement-breakpoint
-- The audit log is append-only for the application.
REVOKE UPDATE, DELETE ON TABLE audit_events FROM symbio_app;
--> statement-breakpoint
-- Users are created by the system pool (sign-up through an invitation); the request role may
-- read users of its workspace and update only itself (see the users policies).
REVOKE INSERT, DELETE ON TABLE users FROM symbio_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = '42501';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update_delete
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
