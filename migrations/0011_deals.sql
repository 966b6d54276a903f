CREATE SEQUENCE "public"."deal_submission_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "product_lines" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"code" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "product_lines_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "product_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "products" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"product_line_id" uuid NOT NULL,
	"name" text NOT NULL,
	"sku" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"list_prices" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "products_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "products" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "account_plans" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"account_name" text NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"goals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"stakeholders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "account_plans_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "account_plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"deal_id" uuid,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"recorded_by" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "touchpoints_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "touchpoints" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_activities" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"partner_id" uuid,
	"visibility" text NOT NULL,
	"kind" text NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_name" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"mentions" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_activities_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deal_activities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_conflicts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"candidate_kind" text NOT NULL,
	"candidate_deal_id" uuid,
	"candidate_opportunity_id" uuid,
	"candidate_partner_id" uuid,
	"score" double precision NOT NULL,
	"level" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_conflicts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deal_conflicts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_extensions" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"requested_days" integer NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"decision_reason" text,
	CONSTRAINT "deal_extensions_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deal_extensions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_files" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"partner_id" uuid,
	"visibility" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_files_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deal_files" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_participants" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"deal_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"role" text NOT NULL,
	"share_bps" integer DEFAULT 0 NOT NULL,
	"added_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_participants_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deal_participants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deals" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"program_id" uuid,
	"state" text DEFAULT 'draft' NOT NULL,
	"stage" text DEFAULT 'prospecting' NOT NULL,
	"title" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_name_norm" text NOT NULL,
	"customer_name_key" text NOT NULL,
	"customer_name_rare" text DEFAULT '' NOT NULL,
	"customer_website" text,
	"customer_domain" text,
	"customer_country" text,
	"customer_address" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"contact" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text NOT NULL,
	"expected_close_date" date,
	"notes" text DEFAULT '' NOT NULL,
	"next_steps" text DEFAULT '' NOT NULL,
	"line_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"product_line_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"registered_by" text NOT NULL,
	"on_behalf" boolean DEFAULT false NOT NULL,
	"submitted_at" timestamp with time zone,
	"submission_seq" bigint,
	"content_sha256" text,
	"submitted_content" jsonb,
	"conflict_level" text DEFAULT 'none' NOT NULL,
	"conflict_status" text DEFAULT 'none' NOT NULL,
	"conflict_score" double precision,
	"conflict_with_deal_id" uuid,
	"conflict_with_opportunity_id" uuid,
	"review_due_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"escalation_level" integer DEFAULT 0 NOT NULL,
	"assignee_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_reason" text,
	"approved_at" timestamp with time zone,
	"protection_ends_at" timestamp with time zone,
	"expiry_warnings_sent" integer[] DEFAULT '{}'::int[] NOT NULL,
	"extension_count" integer DEFAULT 0 NOT NULL,
	"vendor_opportunity_id" uuid,
	"merged_into_deal_id" uuid,
	"closed_at" timestamp with time zone,
	"close_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "deals_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "deals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "accounts" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"external_ref" text,
	"name" text NOT NULL,
	"name_norm" text NOT NULL,
	"website" text,
	"domain" text,
	"country" text,
	"industry" text,
	"owner_name" text,
	"strategic" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "accounts_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "vendor_opportunities" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"account_id" uuid,
	"external_ref" text,
	"name" text NOT NULL,
	"customer_name" text NOT NULL,
	"customer_name_norm" text NOT NULL,
	"customer_name_key" text NOT NULL,
	"customer_name_rare" text DEFAULT '' NOT NULL,
	"customer_website" text,
	"customer_domain" text,
	"customer_country" text,
	"amount_minor" bigint DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"stage" text DEFAULT 'prospecting' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"expected_close_date" date,
	"product_line_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"owner_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "vendor_opportunities_workspace_id_id_pk" PRIMARY KEY("workspace_id","id")
);
--> statement-breakpoint
ALTER TABLE "vendor_opportunities" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "programs" ADD COLUMN "deal_rules" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "product_lines_code_key" ON "product_lines" USING btree ("workspace_id","code");--> statement-breakpoint
CREATE INDEX "product_lines_created_idx" ON "product_lines" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_sku_key" ON "products" USING btree ("workspace_id","sku");--> statement-breakpoint
CREATE INDEX "products_line_idx" ON "products" USING btree ("workspace_id","product_line_id");--> statement-breakpoint
CREATE INDEX "products_created_idx" ON "products" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "account_plans_partner_idx" ON "account_plans" USING btree ("workspace_id","partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "account_plans_account_idx" ON "account_plans" USING btree ("workspace_id","account_id");--> statement-breakpoint
CREATE INDEX "touchpoints_deal_idx" ON "touchpoints" USING btree ("workspace_id","deal_id","occurred_at");--> statement-breakpoint
CREATE INDEX "touchpoints_partner_idx" ON "touchpoints" USING btree ("workspace_id","partner_id","occurred_at","id");--> statement-breakpoint
CREATE INDEX "deal_activities_deal_idx" ON "deal_activities" USING btree ("workspace_id","deal_id","created_at","id");--> statement-breakpoint
CREATE INDEX "deal_conflicts_deal_idx" ON "deal_conflicts" USING btree ("workspace_id","deal_id");--> statement-breakpoint
CREATE INDEX "deal_conflicts_candidate_idx" ON "deal_conflicts" USING btree ("workspace_id","candidate_deal_id");--> statement-breakpoint
CREATE INDEX "deal_extensions_deal_idx" ON "deal_extensions" USING btree ("workspace_id","deal_id","requested_at");--> statement-breakpoint
CREATE INDEX "deal_extensions_pending_idx" ON "deal_extensions" USING btree ("workspace_id","requested_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "deal_files_deal_idx" ON "deal_files" USING btree ("workspace_id","deal_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_participants_deal_partner_role_key" ON "deal_participants" USING btree ("workspace_id","deal_id","partner_id","role");--> statement-breakpoint
CREATE INDEX "deal_participants_partner_idx" ON "deal_participants" USING btree ("workspace_id","partner_id","deal_id");--> statement-breakpoint
CREATE INDEX "deals_partner_created_idx" ON "deals" USING btree ("workspace_id","partner_id","created_at","id");--> statement-breakpoint
CREATE INDEX "deals_created_idx" ON "deals" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "deals_state_created_idx" ON "deals" USING btree ("workspace_id","state","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "deals_submission_seq_key" ON "deals" USING btree ("workspace_id","submission_seq");--> statement-breakpoint
CREATE INDEX "deals_domain_idx" ON "deals" USING btree ("workspace_id","customer_domain") WHERE customer_domain is not null and state in ('submitted','under_review','returned','approved');--> statement-breakpoint
CREATE INDEX "deals_name_key_idx" ON "deals" USING btree ("workspace_id","customer_name_key") WHERE state in ('submitted','under_review','returned','approved');--> statement-breakpoint
CREATE INDEX "deals_name_rare_trgm_idx" ON "deals" USING gin (customer_name_rare gin_trgm_ops) WHERE customer_name_rare <> '' and state in ('submitted','under_review','returned','approved');--> statement-breakpoint
CREATE INDEX "deals_review_due_idx" ON "deals" USING btree ("review_due_at") WHERE state in ('submitted','under_review');--> statement-breakpoint
CREATE INDEX "deals_protection_idx" ON "deals" USING btree ("protection_ends_at") WHERE state = 'approved';--> statement-breakpoint
CREATE INDEX "deals_reminder_due_idx" ON "deals" USING btree ("submitted_at") WHERE state in ('submitted','under_review') and reminded_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_external_ref_key" ON "accounts" USING btree ("workspace_id","external_ref");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "accounts_domain_idx" ON "accounts" USING btree ("workspace_id","domain");--> statement-breakpoint
CREATE INDEX "accounts_name_trgm_idx" ON "accounts" USING gin (name_norm gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "vendor_opportunities_external_ref_key" ON "vendor_opportunities" USING btree ("workspace_id","external_ref");--> statement-breakpoint
CREATE INDEX "vendor_opportunities_created_idx" ON "vendor_opportunities" USING btree ("workspace_id","created_at","id");--> statement-breakpoint
CREATE INDEX "vendor_opportunities_domain_idx" ON "vendor_opportunities" USING btree ("workspace_id","customer_domain") WHERE status = 'open' and customer_domain is not null;--> statement-breakpoint
CREATE INDEX "vendor_opportunities_name_key_idx" ON "vendor_opportunities" USING btree ("workspace_id","customer_name_key") WHERE status = 'open';--> statement-breakpoint
CREATE INDEX "vendor_opportunities_name_rare_trgm_idx" ON "vendor_opportunities" USING gin (customer_name_rare gin_trgm_ops) WHERE customer_name_rare <> '' and status = 'open';--> statement-breakpoint
CREATE POLICY "product_lines_tenant" ON "product_lines" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "products_tenant" ON "products" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "account_plans_tenant" ON "account_plans" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "touchpoints_tenant" ON "touchpoints" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "deal_activities_tenant" ON "deal_activities" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else (visibility = 'side' and partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) or (visibility = 'participants' and exists (select 1 from deal_participants dp where dp.workspace_id = deal_activities.workspace_id and dp.deal_id = deal_activities.deal_id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid)) end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else (visibility = 'side' and partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) or (visibility = 'participants' and exists (select 1 from deal_participants dp where dp.workspace_id = deal_activities.workspace_id and dp.deal_id = deal_activities.deal_id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid)) end));--> statement-breakpoint
CREATE POLICY "deal_conflicts_vendor" ON "deal_conflicts" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
CREATE POLICY "deal_conflicts_partner_insert" ON "deal_conflicts" AS PERMISSIVE FOR INSERT TO "symbio_app" WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "deal_extensions_tenant" ON "deal_extensions" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "deal_files_tenant" ON "deal_files" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else (visibility = 'side' and partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) or (visibility = 'participants' and exists (select 1 from deal_participants dp where dp.workspace_id = deal_files.workspace_id and dp.deal_id = deal_files.deal_id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid)) end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else (visibility = 'side' and partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) or (visibility = 'participants' and exists (select 1 from deal_participants dp where dp.workspace_id = deal_files.workspace_id and dp.deal_id = deal_files.deal_id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid)) end));--> statement-breakpoint
CREATE POLICY "deal_participants_tenant" ON "deal_participants" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid end));--> statement-breakpoint
CREATE POLICY "deals_tenant" ON "deals" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid or exists (select 1 from deal_participants dp where dp.workspace_id = deals.workspace_id and dp.deal_id = deals.id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) end)) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and (case when nullif(current_setting('app.partner_id', true), '') is null then true else partner_id = nullif(current_setting('app.partner_id', true), '')::uuid or exists (select 1 from deal_participants dp where dp.workspace_id = deals.workspace_id and dp.deal_id = deals.id and dp.partner_id = nullif(current_setting('app.partner_id', true), '')::uuid) end));--> statement-breakpoint
CREATE POLICY "accounts_vendor_only" ON "accounts" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
CREATE POLICY "vendor_opportunities_vendor_only" ON "vendor_opportunities" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
-- Conflict candidates for a registration being submitted. Conflict detection must compare with
-- every partner's registrations and the vendor's pipeline, which the submitting partner's own
-- transaction cannot read (row-level security). This narrow SECURITY DEFINER function returns the
-- few candidate rows the matcher scores — only in the transaction's own workspace
-- (app.workspace_id, never a parameter) and only active registrations / open opportunities. The
-- service stores the evidence in vendor-only rows; the partner learns only that a conflict exists.
-- Three index lookups: same registrable domain, same normalised name key, and trigram-similar
-- distinctive words (customer_name_rare: the name without generic words, whose trigrams would
-- match a large part of the list; see decisions/0012). The score uses the whole names' similarity.
CREATE FUNCTION deal_conflict_candidates(p_exclude uuid, p_name_norm text, p_name_key text, p_name_rare text, p_domain text, p_limit integer)
RETURNS TABLE (
  kind text, id uuid, partner_id uuid, customer_name text, name_norm text, domain text, country text,
  product_line_ids uuid[], expected_close_date date, submission_seq bigint, state text, trgm real
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET pg_trgm.similarity_threshold = 0.6 AS $$
  WITH ws AS (SELECT nullif(current_setting('app.workspace_id', true), '')::uuid AS id),
  deal_ids AS (
    (SELECT d.id FROM deals d, ws
      WHERE d.workspace_id = ws.id AND p_domain IS NOT NULL AND d.customer_domain = p_domain
        AND d.state IN ('submitted','under_review','returned','approved') AND d.id <> p_exclude
      ORDER BY d.submission_seq LIMIT p_limit)
    UNION
    (SELECT d.id FROM deals d, ws
      WHERE d.workspace_id = ws.id AND d.customer_name_key = p_name_key AND p_name_key <> ''
        AND d.state IN ('submitted','under_review','returned','approved') AND d.id <> p_exclude
      ORDER BY d.submission_seq LIMIT p_limit)
    UNION
    (SELECT d.id FROM deals d, ws
      WHERE d.workspace_id = ws.id AND p_name_rare <> '' AND d.customer_name_rare <> ''
        AND d.customer_name_rare % p_name_rare
        AND d.state IN ('submitted','under_review','returned','approved') AND d.id <> p_exclude
      ORDER BY similarity(d.customer_name_rare, p_name_rare) DESC, d.submission_seq LIMIT p_limit)
  ),
  opp_ids AS (
    (SELECT o.id FROM vendor_opportunities o, ws
      WHERE o.workspace_id = ws.id AND p_domain IS NOT NULL AND o.customer_domain = p_domain AND o.status = 'open'
      LIMIT p_limit)
    UNION
    (SELECT o.id FROM vendor_opportunities o, ws
      WHERE o.workspace_id = ws.id AND o.customer_name_key = p_name_key AND p_name_key <> '' AND o.status = 'open'
      LIMIT p_limit)
    UNION
    (SELECT o.id FROM vendor_opportunities o, ws
      WHERE o.workspace_id = ws.id AND p_name_rare <> '' AND o.customer_name_rare <> ''
        AND o.customer_name_rare % p_name_rare AND o.status = 'open'
      ORDER BY similarity(o.customer_name_rare, p_name_rare) DESC LIMIT p_limit)
  )
  SELECT 'deal', d.id, d.partner_id, d.customer_name, d.customer_name_norm, d.customer_domain, d.customer_country,
         d.product_line_ids, d.expected_close_date, d.submission_seq, d.state, similarity(d.customer_name_norm, p_name_norm)
    FROM deals d, ws WHERE d.workspace_id = ws.id AND d.id IN (SELECT deal_ids.id FROM deal_ids)
  UNION ALL
  SELECT 'vendor_opportunity', o.id, NULL, o.customer_name, o.customer_name_norm, o.customer_domain, o.customer_country,
         o.product_line_ids, o.expected_close_date, NULL, o.status, similarity(o.customer_name_norm, p_name_norm)
    FROM vendor_opportunities o, ws WHERE o.workspace_id = ws.id AND o.id IN (SELECT opp_ids.id FROM opp_ids)
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer) TO symbio_app;
