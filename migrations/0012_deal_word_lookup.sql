-- The trigram lookup by word: when the probe's distinctive words include words that are frequent
-- in the workspace ("transporte" in a Latin-American customer base), the lookup uses only the
-- rare ones and word similarity (`<%`: the probe's words against any stretch of the stored name),
-- so the GIN index reads the posting lists of rare trigrams only. p_by_word = false keeps the
-- whole-string similarity of 0011.
DROP FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer);--> statement-breakpoint
CREATE FUNCTION deal_conflict_candidates(p_exclude uuid, p_name_norm text, p_name_key text, p_name_rare text, p_domain text, p_limit integer, p_by_word boolean)
RETURNS TABLE (
  kind text, id uuid, partner_id uuid, customer_name text, name_norm text, domain text, country text,
  product_line_ids uuid[], expected_close_date date, submission_seq bigint, state text, trgm real
)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public SET pg_trgm.similarity_threshold = 0.6 SET pg_trgm.word_similarity_threshold = 0.6 AS $$
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
    FROM vendor_opportunities o, ws WHERE o.workspace_id = ws.id AND o.id IN (SELECT opp_ids.id FROM opp_ids)
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_conflict_candidates(uuid, text, text, text, text, integer, boolean) TO symbio_app;
--> statement-breakpoint
-- Words frequent among the workspace's recent customer names (registrations and vendor
-- opportunities, the latest p_sample of each): the conflict check leaves them out of the trigram
-- lookup. Returns words only, never rows; same workspace rule as deal_conflict_candidates.
CREATE FUNCTION deal_frequent_name_words(p_sample integer, p_min_count integer) RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  WITH ws AS (SELECT nullif(current_setting('app.workspace_id', true), '')::uuid AS id),
  sample AS (
    (SELECT d.customer_name_rare AS n FROM deals d, ws
      WHERE d.workspace_id = ws.id AND d.customer_name_rare <> '' ORDER BY d.created_at DESC LIMIT p_sample)
    UNION ALL
    (SELECT o.customer_name_rare FROM vendor_opportunities o, ws
      WHERE o.workspace_id = ws.id AND o.customer_name_rare <> '' ORDER BY o.created_at DESC LIMIT p_sample)
  )
  SELECT w FROM sample, unnest(string_to_array(sample.n, ' ')) AS w GROUP BY w HAVING count(*) >= p_min_count
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_frequent_name_words(integer, integer) FROM PUBLIC;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION deal_frequent_name_words(integer, integer) TO symbio_app;
