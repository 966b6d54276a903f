-- The request role. Every HTTP request and job runs as symbio_app: not superuser, not the
-- tables' owner and not BYPASSRLS, so row-level security applies to everything it runs.
-- The app connects with the migrator's credentials and switches with the `role` startup option
-- (docs/decisions/0002-request-role.md), so operators manage one set of credentials.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'symbio_app') THEN
    CREATE ROLE symbio_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  -- Another database on the same server created it at the same moment.
  NULL;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'symbio_app', 'MEMBER') THEN
    EXECUTE format('GRANT symbio_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO symbio_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO symbio_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO symbio_app;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
