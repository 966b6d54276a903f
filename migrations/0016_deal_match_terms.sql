-- The conflict check's distinctive-word lookup, index-only and bounded (decision 0012). The
-- trigram GIN lookup on customer_name_rare read every row sharing enough trigrams with the probe
-- and fetched each from the heap to recheck and rank it: thousands of rows for a short or common
-- word ("port", "andersson"), p99 22–30 ms at 1,000,000 + 1,000,000 rows. Now:
--  * deal_match_terms: one row per distinctive word of each active registration / open vendor
--    opportunity (and the words run together), keyed (workspace, word, whole sorted name). A
--    lookup reads the 8 rows at and after the probe's own sorted name and the 4 before it, in
--    one btree range: the names sharing the word that sort nearest the probe's, however many
--    there are.
--  * deal_name_vocab: each indexed word under itself and its one-letter deletions (words of 5+
--    letters), so a misspelt probe word reaches the indexed words within one edit by exact keys.
-- Both are kept by triggers, in the same transaction as the row they index.
CREATE TABLE "deal_match_terms" (
	"workspace_id" uuid NOT NULL,
	"term" text NOT NULL,
	"name_key" text NOT NULL,
	"ref_id" uuid NOT NULL,
	CONSTRAINT "deal_match_terms_workspace_id_term_name_key_ref_id_pk" PRIMARY KEY("workspace_id","term","name_key","ref_id")
);
--> statement-breakpoint
ALTER TABLE "deal_match_terms" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "deal_name_vocab" (
	"workspace_id" uuid NOT NULL,
	"key" text NOT NULL,
	"word" text NOT NULL,
	CONSTRAINT "deal_name_vocab_workspace_id_key_word_pk" PRIMARY KEY("workspace_id","key","word")
);
--> statement-breakpoint
ALTER TABLE "deal_name_vocab" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "deals_name_rare_trgm_idx";--> statement-breakpoint
DROP INDEX "vendor_opportunities_name_rare_trgm_idx";--> statement-breakpoint
CREATE POLICY "deal_match_terms_vendor_only" ON "deal_match_terms" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
CREATE POLICY "deal_name_vocab_vendor_only" ON "deal_name_vocab" AS PERMISSIVE FOR ALL TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null) WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
-- A word's lookup keys: itself, and for words of five letters or more each one-letter deletion.
CREATE FUNCTION deal_name_keys(w text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN length(w) < 5 THEN ARRAY[w]
    ELSE ARRAY[w] || ARRAY(SELECT DISTINCT left(w, i - 1) || substr(w, i + 1) FROM generate_series(1, length(w)) AS i) END
$$;--> statement-breakpoint
-- The terms a name is indexed under: its distinctive words (customer_name_rare) and, when there
-- are several, the words run together ("maple star" is found by "maplestar" and back). Sorted by
-- code point, as the TypeScript mirror the labelled-pair measurement uses (nameTerms).
CREATE FUNCTION deal_name_terms(rare text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY(SELECT DISTINCT x COLLATE "C" FROM unnest(string_to_array(rare, ' ')
    || CASE WHEN position(' ' IN rare) > 0 THEN ARRAY[replace(rare, ' ', '')] ELSE '{}'::text[] END) AS x
    WHERE x <> '' ORDER BY 1)
$$;--> statement-breakpoint
-- Moves one row's terms from its old indexed form to its new one (NULL rare = not indexed: not
-- active / not open). Vocabulary rows are added in one sorted order, so two transactions adding
-- the same new words cannot deadlock. Called only by the two trigger functions below, which run
-- as the owner with a fixed search_path (so no SECURITY DEFINER or SET of its own: a SET clause
-- costs a settings save and restore on every call); nobody else may execute it.
CREATE FUNCTION deal_match_terms_apply(p_ws uuid, p_id uuid, p_old_rare text, p_old_key text, p_new_rare text, p_new_key text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_terms text[];
  v_new_words text[];
BEGIN
  IF p_old_rare IS NOT DISTINCT FROM p_new_rare AND p_old_key IS NOT DISTINCT FROM p_new_key THEN
    RETURN;
  END IF;
  IF p_old_rare IS NOT NULL AND p_old_rare <> '' THEN
    v_terms := deal_name_terms(p_old_rare);
    DELETE FROM deal_match_terms
     WHERE workspace_id = p_ws AND term = ANY (v_terms) AND name_key = p_old_key AND ref_id = p_id;
  END IF;
  IF p_new_rare IS NOT NULL AND p_new_rare <> '' THEN
    v_terms := deal_name_terms(p_new_rare);
    INSERT INTO deal_match_terms (workspace_id, term, name_key, ref_id)
      SELECT p_ws, t, p_new_key, p_id FROM unnest(v_terms) AS t
      ON CONFLICT DO NOTHING;
    -- Only words the vocabulary does not hold yet get their keys written (most names reuse words).
    SELECT array_agg(t ORDER BY t) INTO v_new_words FROM unnest(v_terms) AS t
     WHERE NOT EXISTS (SELECT 1 FROM deal_name_vocab v WHERE v.workspace_id = p_ws AND v.key = t AND v.word = t);
    IF v_new_words IS NOT NULL THEN
      INSERT INTO deal_name_vocab (workspace_id, key, word)
        SELECT p_ws, k, t FROM unnest(v_new_words) AS t, unnest(deal_name_keys(t)) AS k
         ORDER BY t, k
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_match_terms_apply(uuid, uuid, text, text, text, text) FROM PUBLIC;--> statement-breakpoint
CREATE FUNCTION deals_match_terms_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  v_active text[] := ARRAY['submitted','under_review','returned','approved'];
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM deal_match_terms_apply(NEW.workspace_id, NEW.id, NULL, NULL,
      CASE WHEN NEW.state = ANY (v_active) THEN NEW.customer_name_rare END, NEW.customer_name_key);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM deal_match_terms_apply(NEW.workspace_id, NEW.id,
      CASE WHEN OLD.state = ANY (v_active) THEN OLD.customer_name_rare END, OLD.customer_name_key,
      CASE WHEN NEW.state = ANY (v_active) THEN NEW.customer_name_rare END, NEW.customer_name_key);
  ELSE
    PERFORM deal_match_terms_apply(OLD.workspace_id, OLD.id,
      CASE WHEN OLD.state = ANY (v_active) THEN OLD.customer_name_rare END, OLD.customer_name_key, NULL, NULL);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE FUNCTION vendor_opportunities_match_terms_sync() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM deal_match_terms_apply(NEW.workspace_id, NEW.id, NULL, NULL,
      CASE WHEN NEW.status = 'open' THEN NEW.customer_name_rare END, NEW.customer_name_key);
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM deal_match_terms_apply(NEW.workspace_id, NEW.id,
      CASE WHEN OLD.status = 'open' THEN OLD.customer_name_rare END, OLD.customer_name_key,
      CASE WHEN NEW.status = 'open' THEN NEW.customer_name_rare END, NEW.customer_name_key);
  ELSE
    PERFORM deal_match_terms_apply(OLD.workspace_id, OLD.id,
      CASE WHEN OLD.status = 'open' THEN OLD.customer_name_rare END, OLD.customer_name_key, NULL, NULL);
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER deals_match_terms AFTER INSERT OR DELETE OR UPDATE OF state, customer_name_rare, customer_name_key
  ON deals FOR EACH ROW EXECUTE FUNCTION deals_match_terms_sync();--> statement-breakpoint
CREATE TRIGGER vendor_opportunities_match_terms AFTER INSERT OR DELETE OR UPDATE OF status, customer_name_rare, customer_name_key
  ON vendor_opportunities FOR EACH ROW EXECUTE FUNCTION vendor_opportunities_match_terms_sync();--> statement-breakpoint
-- Indexes every active registration and open vendor opportunity in one pass: the migration's
-- backfill, and for bulk loads that ran with the triggers disabled (the deals bench).
CREATE FUNCTION deal_match_terms_rebuild() RETURNS void LANGUAGE sql AS $$
  INSERT INTO deal_match_terms (workspace_id, term, name_key, ref_id)
    SELECT workspace_id, t, customer_name_key, id FROM deals, unnest(deal_name_terms(customer_name_rare)) AS t
     WHERE state IN ('submitted','under_review','returned','approved')
    UNION ALL
    SELECT workspace_id, t, customer_name_key, id FROM vendor_opportunities, unnest(deal_name_terms(customer_name_rare)) AS t
     WHERE status = 'open'
    ON CONFLICT DO NOTHING;
  INSERT INTO deal_name_vocab (workspace_id, key, word)
    SELECT w.workspace_id, k, w.term FROM (SELECT DISTINCT workspace_id, term FROM deal_match_terms) AS w,
      unnest(deal_name_keys(w.term)) AS k
    ON CONFLICT DO NOTHING;
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_match_terms_rebuild() FROM PUBLIC;--> statement-breakpoint
SELECT deal_match_terms_rebuild();--> statement-breakpoint
DROP FUNCTION deal_submit_candidates(text, text[], uuid, text, text, text, text, integer, boolean);--> statement-breakpoint
DROP FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean);--> statement-breakpoint
DROP FUNCTION deal_frequent_name_words(integer, integer);--> statement-breakpoint
-- The candidates: same registrable domain, same name key (earliest submissions first, so "first
-- to register" is always among them), and for each term of the probe's distinctive words
-- (p_name_rare) and each indexed word within one edit of it (at most 4, the word itself first),
-- the names nearest the probe's sorted name among those indexed under that word. Returns the whole names' trigram
-- similarity for the score. Narrow SECURITY DEFINER: own workspace from app.workspace_id, never a
-- parameter; active registrations and open opportunities only; fixed columns.
CREATE FUNCTION deal_conflict_candidates(p_exclude uuid, p_name_norm text, p_name_key text, p_name_rare text, p_domain text, p_limit integer)
RETURNS TABLE (
  kind text, id uuid, partner_id uuid, customer_name text, name_norm text, domain text, country text,
  product_line_ids uuid[], expected_close_date date, submission_seq bigint, state text, trgm real
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
  v_ws uuid := nullif(current_setting('app.workspace_id', true), '')::uuid;
  v_words text[] := string_to_array(p_name_key, ' ');
  v_terms text[] := deal_name_terms(p_name_rare);
BEGIN
  RETURN QUERY
  WITH variants AS (
    SELECT t.term, v.word FROM unnest(v_terms) AS t(term)
    CROSS JOIN LATERAL (
      SELECT vv.word FROM deal_name_vocab vv
       WHERE vv.workspace_id = v_ws AND vv.key = ANY (deal_name_keys(t.term))
       GROUP BY vv.word ORDER BY (vv.word = t.term) DESC, similarity(vv.word, t.term) DESC, vv.word LIMIT 4) AS v
  ),
  near AS (
    -- Positioned where the probe's sorted name would be with the misspelt word corrected.
    SELECT n.ref_id FROM variants x
    -- (Sorted as customer_name_key is, by code point: the name normaliser sorts in JavaScript.)
    CROSS JOIN LATERAL (SELECT CASE WHEN x.word = x.term THEN p_name_key ELSE array_to_string(ARRAY(
      SELECT w FROM unnest(array_replace(v_words, x.term, x.word)) AS w ORDER BY w COLLATE "C"), ' ') END AS pos) AS p
    CROSS JOIN LATERAL (
      -- The probe's own key is left to the name-key branch (earliest first): a customer registered
      -- many times would otherwise fill these rows with its exact duplicates.
      (SELECT m.ref_id FROM deal_match_terms m
        WHERE m.workspace_id = v_ws AND m.term = x.word AND m.name_key >= p.pos
          AND (x.word <> x.term OR m.name_key <> p_name_key) ORDER BY m.name_key LIMIT 8)
      UNION ALL
      (SELECT m.ref_id FROM deal_match_terms m
        WHERE m.workspace_id = v_ws AND m.term = x.word AND m.name_key < p.pos ORDER BY m.name_key DESC LIMIT 4)) AS n
  ),
  ids AS (
    SELECT near.ref_id AS id FROM near
    UNION
    (SELECT d.id FROM deals d
      WHERE d.workspace_id = v_ws AND p_domain IS NOT NULL AND d.customer_domain = p_domain
        AND d.state IN ('submitted','under_review','returned','approved')
      ORDER BY d.submission_seq LIMIT p_limit)
    UNION
    (SELECT d.id FROM deals d
      WHERE d.workspace_id = v_ws AND d.customer_name_key = p_name_key AND p_name_key <> ''
        AND d.state IN ('submitted','under_review','returned','approved')
      ORDER BY d.submission_seq LIMIT p_limit)
    UNION
    (SELECT o.id FROM vendor_opportunities o
      WHERE o.workspace_id = v_ws AND p_domain IS NOT NULL AND o.customer_domain = p_domain AND o.status = 'open'
      LIMIT p_limit)
    UNION
    (SELECT o.id FROM vendor_opportunities o
      WHERE o.workspace_id = v_ws AND o.customer_name_key = p_name_key AND p_name_key <> '' AND o.status = 'open'
      LIMIT p_limit)
  )
  SELECT 'deal', d.id, d.partner_id, d.customer_name, d.customer_name_norm, d.customer_domain, d.customer_country,
         d.product_line_ids, d.expected_close_date, d.submission_seq, d.state, similarity(d.customer_name_norm, p_name_norm)
    FROM deals d WHERE d.workspace_id = v_ws AND d.id IN (SELECT ids.id FROM ids) AND d.id <> p_exclude
     AND d.state IN ('submitted','under_review','returned','approved')
  UNION ALL
  SELECT 'vendor_opportunity', o.id, NULL, o.customer_name, o.customer_name_norm, o.customer_domain, o.customer_country,
         o.product_line_ids, o.expected_close_date, NULL, o.status, similarity(o.customer_name_norm, p_name_norm)
    FROM vendor_opportunities o WHERE o.workspace_id = v_ws AND o.id IN (SELECT ids.id FROM ids) AND o.status = 'open';
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer) TO symbio_app;--> statement-breakpoint
-- A submission's lookup in one call, as in 0014: the customer's advisory locks (sorted: no
-- deadlock), the submission number, then the candidates. VOLATILE on purpose: its RETURN QUERY
-- takes a fresh snapshot after the locks are held (decision 0013).
CREATE FUNCTION deal_submit_candidates(p_lock_scope text, p_lock_keys text[], p_exclude uuid, p_name_norm text,
  p_name_key text, p_name_rare text, p_domain text, p_limit integer)
RETURNS TABLE (
  seq bigint, kind text, id uuid, partner_id uuid, customer_name text, name_norm text, domain text, country text,
  product_line_ids uuid[], expected_close_date date, submission_seq bigint, state text, trgm real
)
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(k)
     FROM (SELECT DISTINCT hashtextextended(p_lock_scope || ':' || x, 0) AS k FROM unnest(p_lock_keys) AS x ORDER BY 1) s;
  v_seq := nextval('deal_submission_seq');
  RETURN QUERY SELECT v_seq, c.* FROM (SELECT 1) AS one
    LEFT JOIN deal_conflict_candidates(p_exclude, p_name_norm, p_name_key, p_name_rare, p_domain, p_limit) AS c ON true;
END
$$;
