CREATE TABLE "programs" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"application_open" boolean DEFAULT true NOT NULL,
	"partner_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"vetting" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"tier_window_days" integer DEFAULT 365 NOT NULL,
	"demotion_grace_days" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "programs_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "programs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "program_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "programs_workspace_slug_key" ON "programs" USING btree ("workspace_id","slug");--> statement-breakpoint
CREATE INDEX "programs_workspace_created_idx" ON "programs" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE POLICY "programs_tenant" ON "programs" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);