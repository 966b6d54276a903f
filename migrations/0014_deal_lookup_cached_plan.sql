-- The conflict lookup planned once per connection. As a LANGUAGE sql function with SECURITY
-- DEFINER and SET clauses, deal_conflict_candidates was planned on every call, and planning was
-- most of the call; as PL/pgSQL with a forced generic plan (every branch is an index lookup,
-- whatever the values) the plan is cached. Same body as 0012.
-- The trigram indexes are searched on every submit: without fastupdate's pending list, which a
-- search reads in full (it held every row inserted since the last vacuum: under a registration
-- load the lookup slowed with each insert).
-- (Tried and measured before this: exact "match keys" — each distinctive word and its one-letter
-- deletions in a GIN array index. Fast at 100,000 rows and better recall on the labelled pairs,
-- but at 1,000,000 + 1,000,000 a word shared by thousands of names fans out to thousands of heap
-- rows: p50 74 ms / p99 121 ms against 10 / 38 ms for the trigrams; bench/RESULTS.md.)
ALTER INDEX "deals_name_rare_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "vendor_opportunities_name_rare_trgm_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('deals_name_rare_trgm_idx'::regclass), gin_clean_pending_list('vendor_opportunities_name_rare_trgm_idx'::regclass);--> statement-breakpoint
DROP FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean);--> statement-breakpoint
CREATE FUNCTION deal_conflict_candidates(p_exclude uuid, p_name_norm text, p_name_key text, p_name_rare text, p_domain text, p_limit integer, p_by_word boolean)
RETURNS TABLE (
  kind text, id uuid, partner_id uuid, customer_name text, name_norm text, domain text, country text,
  product_line_ids uuid[], expected_close_date date, submission_seq bigint, state text, trgm real
)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public SET pg_trgm.similarity_threshold = 0.6 SET pg_trgm.word_similarity_threshold = 0.6 SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
BEGIN
  RETURN QUERY
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
        AND NOT p_by_word AND d.customer_name_rare % p_name_rare
        AND d.state IN ('submitted','under_review','returned','approved') AND d.id <> p_exclude
      ORDER BY similarity(d.customer_name_rare, p_name_rare) DESC, d.submission_seq LIMIT p_limit)
    UNION
    (SELECT d.id FROM deals d, ws
      WHERE d.workspace_id = ws.id AND p_name_rare <> '' AND d.customer_name_rare <> ''
        AND p_by_word AND p_name_rare <% d.customer_name_rare
        AND d.state IN ('submitted','under_review','returned','approved') AND d.id <> p_exclude
      ORDER BY word_similarity(p_name_rare, d.customer_name_rare) DESC, d.submission_seq LIMIT p_limit)
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
        AND NOT p_by_word AND o.customer_name_rare % p_name_rare
        AND o.status = 'open'
      ORDER BY similarity(o.customer_name_rare, p_name_rare) DESC LIMIT p_limit)
    UNION
    (SELECT o.id FROM vendor_opportunities o, ws
      WHERE o.workspace_id = ws.id AND p_name_rare <> '' AND o.customer_name_rare <> ''
        AND p_by_word AND p_name_rare <% o.customer_name_rare
        AND o.status = 'open'
      ORDER BY word_similarity(p_name_rare, o.customer_name_rare) DESC LIMIT p_limit)
  )
  SELECT 'deal', d.id, d.partner_id, d.customer_name, d.customer_name_norm, d.customer_domain, d.customer_country,
         d.product_line_ids, d.expected_close_date, d.submission_seq, d.state, similarity(d.customer_name_norm, p_name_norm)
    FROM deals d, ws WHERE d.workspace_id = ws.id AND d.id IN (SELECT deal_ids.id FROM deal_ids)
  UNION ALL
  SELECT 'vendor_opportunity', o.id, NULL, o.customer_name, o.customer_name_norm, o.customer_domain, o.customer_country,
         o.product_line_ids, o.expected_close_date, NULL, o.status, similarity(o.customer_name_norm, p_name_norm)
    FROM vendor_opportunities o, ws WHERE o.workspace_id = ws.id AND o.id IN (SELECT opp_ids.id FROM opp_ids);
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean) TO symbio_app;--> statement-breakpoint
-- A submission's lookup in one call: the customer's advisory locks (sorted: no deadlock), then
-- the submission number, then the candidates. VOLATILE on purpose: in READ COMMITTED its RETURN
-- QUERY takes a fresh snapshot after the locks are held, so it sees a concurrent registration
-- of the same customer that committed while this one waited (in one plain statement the
-- snapshot would predate the wait). At least one row: the number, with the candidate columns
-- NULL when there is none.
CREATE FUNCTION deal_submit_candidates(p_lock_scope text, p_lock_keys text[], p_exclude uuid, p_name_norm text,
  p_name_key text, p_name_rare text, p_domain text, p_limit integer, p_by_word boolean)
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
    LEFT JOIN deal_conflict_candidates(p_exclude, p_name_norm, p_name_key, p_name_rare, p_domain, p_limit, p_by_word) AS c ON true;
END
$$;
