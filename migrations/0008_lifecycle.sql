CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "partner_transitions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"reason" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "partner_transitions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "partner_transitions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "activated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "first_deal_registered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "first_deal_won_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "offboarded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "partner_transitions_partner_idx" ON "partner_transitions" USING btree ("workspace_id","partner_id","at","id");--> statement-breakpoint
CREATE POLICY "partner_transitions_tenant" ON "partner_transitions" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));