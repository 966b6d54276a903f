CREATE TABLE "applications" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"partner_id" uuid,
	"user_id" uuid,
	"status" text DEFAULT 'pending_verification' NOT NULL,
	"facts" jsonb NOT NULL,
	"company_name" text NOT NULL,
	"country" char(2) NOT NULL,
	"email" text NOT NULL,
	"contact_name" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"password_hash" text,
	"verification_token_hash" text,
	"verification_expires_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"decision" text,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"applicant_reason" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"ip" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "applications_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "custom_field_definitions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"key" text NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"options" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_editable" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "custom_field_definitions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "custom_field_definitions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "directory_settings" (
	"workspace_id" uuid PRIMARY KEY NOT NULL,
	"partner_editable_fields" text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "saved_views" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "saved_views_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "saved_views" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreement_versions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"agreement_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"sha256" text NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" text NOT NULL,
	CONSTRAINT "agreement_versions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "agreement_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agreements" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agreements_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "agreements" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "bank_accounts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"holder_name" text NOT NULL,
	"country" text NOT NULL,
	"sealed" text NOT NULL,
	"key_id" text NOT NULL,
	"masked" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "bank_accounts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "bank_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "checklists" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid,
	"template_id" uuid,
	"name" text NOT NULL,
	"reminder_days" integer[] NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "checklists_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "checklists" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "documents" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"task_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "documents_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_reminders" (
	"workspace_id" uuid NOT NULL,
	"checklist_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"due_day" integer NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"recipients" integer NOT NULL,
	CONSTRAINT "onboarding_reminders_workspace_id_checklist_id_due_day_pk" PRIMARY KEY("workspace_id","checklist_id","due_day")
);
--> statement-breakpoint
ALTER TABLE "onboarding_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_tasks" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"checklist_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"agreement_id" uuid,
	"config" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'todo' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"status_changed_by" text,
	"status_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "onboarding_tasks_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "onboarding_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_templates" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"partner_type" text,
	"name" text NOT NULL,
	"tasks" jsonb NOT NULL,
	"reminder_days" integer[] DEFAULT '{3,7,14}'::int[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "onboarding_templates_workspace_id_id_pk" PRIMARY KEY("workspace_id","id"),
	CONSTRAINT "onboarding_templates_program_type_key" UNIQUE NULLS NOT DISTINCT("workspace_id","program_id","partner_type")
);
--> statement-breakpoint
ALTER TABLE "onboarding_templates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "signatures" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"task_id" uuid,
	"agreement_id" uuid NOT NULL,
	"agreement_version_id" uuid NOT NULL,
	"sha256" text NOT NULL,
	"signer_name" text NOT NULL,
	"signer_email" text NOT NULL,
	"user_id" uuid NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text,
	"certificate" "bytea" NOT NULL,
	"certificate_sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signatures_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "signatures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tax_details" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"form" text NOT NULL,
	"country" text NOT NULL,
	"scheme" text NOT NULL,
	"fields" jsonb NOT NULL,
	"tax_id_sealed" text NOT NULL,
	"tax_id_masked" text NOT NULL,
	"key_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tax_details_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "tax_details" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_contacts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"title" text,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "partner_contacts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "partner_contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "screening_entries" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"list_id" uuid NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"alt_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"source_list" text NOT NULL,
	"programs" text[] DEFAULT '{}'::text[] NOT NULL,
	"entity_type" text NOT NULL,
	"remarks" text,
	"norm_names" text[] NOT NULL,
	"search_text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "screening_entries_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "screening_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "screening_lists" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"format" text NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"entry_count" integer DEFAULT 0 NOT NULL,
	"imported_at" timestamp with time zone NOT NULL,
	"imported_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "screening_lists_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "screening_lists" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_metric_events" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"value" numeric NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source" text DEFAULT 'api' NOT NULL,
	"external_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partner_metric_events_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "partner_metric_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "partner_tiers" (
	"workspace_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"tier_id" uuid,
	"since" timestamp with time zone NOT NULL,
	"evaluated_at" timestamp with time zone NOT NULL,
	"explanation" text NOT NULL,
	"details" jsonb NOT NULL,
	"fingerprint" text NOT NULL,
	"pending_demotion" boolean DEFAULT false NOT NULL,
	"pending_tier_id" uuid,
	"pending_due_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "partner_tiers_workspace_id_partner_id_pk" PRIMARY KEY("workspace_id","partner_id")
);
--> statement-breakpoint
ALTER TABLE "partner_tiers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tier_decisions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"from_tier_id" uuid,
	"to_tier_id" uuid,
	"from_tier_name" text,
	"to_tier_name" text,
	"explanation" text NOT NULL,
	"details" jsonb NOT NULL,
	"due_at" timestamp with time zone,
	"actor_id" text NOT NULL,
	"decided_at" timestamp with time zone NOT NULL,
	CONSTRAINT "tier_decisions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "tier_decisions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tier_recompute_state" (
	"workspace_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"last_run_at" timestamp with time zone,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"last_error" text,
	CONSTRAINT "tier_recompute_state_workspace_id_program_id_pk" PRIMARY KEY("workspace_id","program_id")
);
--> statement-breakpoint
ALTER TABLE "tier_recompute_state" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tiers" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"rank" integer NOT NULL,
	"name" text NOT NULL,
	"criteria" jsonb,
	"discount_pct" double precision DEFAULT 0 NOT NULL,
	"rebate_pct" double precision DEFAULT 0 NOT NULL,
	"mdf_eligible" boolean DEFAULT false NOT NULL,
	"lead_priority" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tiers_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "tiers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "legal_name" text;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "country_sort" text GENERATED ALWAYS AS (coalesce(country::text, '')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "domains" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "operating_countries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "regions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "industries" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "competencies" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "languages" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "owner_user_id" uuid;--> statement-breakpoint
ALTER TABLE "partners" ADD COLUMN "custom_fields" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "screening_entries" ADD CONSTRAINT "screening_entries_list_fk" FOREIGN KEY ("workspace_id","list_id") REFERENCES "public"."screening_lists"("workspace_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_verification_token_key" ON "applications" USING btree ("verification_token_hash");--> statement-breakpoint
CREATE INDEX "applications_workspace_created_idx" ON "applications" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_workspace_status_idx" ON "applications" USING btree ("workspace_id","status","created_at","id");--> statement-breakpoint
CREATE INDEX "applications_workspace_company_idx" ON "applications" USING btree ("workspace_id","company_name","id");--> statement-breakpoint
CREATE INDEX "applications_workspace_partner_idx" ON "applications" USING btree ("workspace_id","partner_id");--> statement-breakpoint
CREATE INDEX "applications_unverified_expiry_idx" ON "applications" USING btree ("verification_expires_at") WHERE status = 'pending_verification';--> statement-breakpoint
CREATE UNIQUE INDEX "custom_field_definitions_key" ON "custom_field_definitions" USING btree ("workspace_id","key");--> statement-breakpoint
CREATE INDEX "saved_views_user_idx" ON "saved_views" USING btree ("workspace_id","user_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "agreement_versions_number_key" ON "agreement_versions" USING btree ("workspace_id","agreement_id","version_number");--> statement-breakpoint
CREATE INDEX "agreements_program_idx" ON "agreements" USING btree ("workspace_id","program_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "bank_accounts_partner_key" ON "bank_accounts" USING btree ("workspace_id","partner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "checklists_open_partner_key" ON "checklists" USING btree ("workspace_id","partner_id") WHERE completed_at is null;--> statement-breakpoint
CREATE INDEX "checklists_partner_idx" ON "checklists" USING btree ("workspace_id","partner_id","started_at");--> statement-breakpoint
CREATE INDEX "checklists_open_idx" ON "checklists" USING btree ("started_at") WHERE completed_at is null;--> statement-breakpoint
CREATE INDEX "documents_task_idx" ON "documents" USING btree ("workspace_id","task_id","uploaded_at");--> statement-breakpoint
CREATE INDEX "onboarding_tasks_checklist_idx" ON "onboarding_tasks" USING btree ("workspace_id","checklist_id","position");--> statement-breakpoint
CREATE INDEX "onboarding_tasks_partner_idx" ON "onboarding_tasks" USING btree ("workspace_id","partner_id");--> statement-breakpoint
CREATE INDEX "signatures_partner_idx" ON "signatures" USING btree ("workspace_id","partner_id","signed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "tax_details_partner_key" ON "tax_details" USING btree ("workspace_id","partner_id");--> statement-breakpoint
CREATE INDEX "partner_contacts_partner_idx" ON "partner_contacts" USING btree ("workspace_id","partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "screening_entries_list_name_idx" ON "screening_entries" USING btree ("workspace_id","list_id","name","id");--> statement-breakpoint
CREATE INDEX "screening_entries_search_trgm_idx" ON "screening_entries" USING gin (search_text gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "screening_lists_workspace_created_idx" ON "screening_lists" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "partner_metric_events_agg_idx" ON "partner_metric_events" USING btree ("workspace_id","partner_id","metric","occurred_at","value");--> statement-breakpoint
CREATE UNIQUE INDEX "partner_metric_events_external_key" ON "partner_metric_events" USING btree ("workspace_id","partner_id","metric","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE INDEX "tier_decisions_partner_idx" ON "tier_decisions" USING btree ("workspace_id","partner_id","decided_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tiers_program_rank_key" ON "tiers" USING btree ("workspace_id","program_id","rank");--> statement-breakpoint
CREATE INDEX "partners_workspace_updated_idx" ON "partners" USING btree ("workspace_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "partners_workspace_status_idx" ON "partners" USING btree ("workspace_id","status","id");--> statement-breakpoint
CREATE INDEX "partners_workspace_country_idx" ON "partners" USING btree ("workspace_id","country_sort","id");--> statement-breakpoint
CREATE INDEX "partners_domains_idx" ON "partners" USING gin ("domains");--> statement-breakpoint
CREATE INDEX "partners_tags_idx" ON "partners" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "partners_name_trgm_idx" ON "partners" USING gin (name gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_legal_name_trgm_idx" ON "partners" USING gin (legal_name gin_trgm_ops);--> statement-breakpoint
CREATE POLICY "applications_tenant" ON "applications" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "custom_field_definitions_tenant" ON "custom_field_definitions" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "directory_settings_tenant" ON "directory_settings" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "saved_views_tenant" ON "saved_views" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "agreement_versions_tenant" ON "agreement_versions" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "agreements_tenant" ON "agreements" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "bank_accounts_tenant" ON "bank_accounts" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "checklists_tenant" ON "checklists" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "documents_tenant" ON "documents" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "onboarding_reminders_tenant" ON "onboarding_reminders" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "onboarding_tasks_tenant" ON "onboarding_tasks" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "onboarding_templates_tenant" ON "onboarding_templates" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "signatures_tenant" ON "signatures" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "tax_details_tenant" ON "tax_details" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "partner_contacts_tenant" ON "partner_contacts" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "screening_entries_tenant" ON "screening_entries" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "screening_lists_tenant" ON "screening_lists" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "partner_metric_events_tenant" ON "partner_metric_events" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "partner_tiers_tenant" ON "partner_tiers" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "tier_decisions_tenant" ON "tier_decisions" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "tier_recompute_state_tenant" ON "tier_recompute_state" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "tiers_tenant" ON "tiers" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- Offboarding revokes the partner's sessions inside the transition's transaction. The request
-- role has no access to sessions at all (0002_guards), so this narrow SECURITY DEFINER function
-- does exactly that one update: only for vendor actors (no app.partner_id), only sessions in the
-- transaction's own workspace (app.workspace_id, never a parameter), only users who are members
-- of the given partner there.
CREATE FUNCTION revoke_partner_sessions(p_partner uuid, p_at timestamptz) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  WITH revoked AS (
    UPDATE sessions s SET revoked_at = p_at
     WHERE s.revoked_at IS NULL
       AND nullif(current_setting('app.partner_id', true), '') IS NULL
       AND s.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
       AND s.user_id IN (SELECT m.user_id FROM memberships m
                          WHERE m.workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid
                            AND m.partner_id = p_partner)
    RETURNING 1)
  SELECT count(*)::int FROM revoked;
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION revoke_partner_sessions(uuid, timestamptz) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION revoke_partner_sessions(uuid, timestamptz) TO symbio_app;
