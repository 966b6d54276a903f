-- deal_match_terms_apply (0016) found the words its vocabulary does not hold yet with one query
-- over unnest(v_terms). PostgreSQL's plan cache kept a custom plan for it (a parameter array's
-- length is known only when planning with the value), so every registration planned it again,
-- with its NOT EXISTS: 0.18 ms of planning for 0.05 ms of execution (pg_stat_statements under
-- the registration load, bench/RESULTS.md). One probe per word in a loop has a scalar
-- parameter and runs on a cached generic plan. Same words, same order; unchanged otherwise.
-- deal_name_keys (0017) likewise: its sub-select was planned again on about a third of its calls
-- (0.06 ms each); a loop of plain expressions needs no plan. The same keys (in another order,
-- which no caller depends on: they are probed with = ANY or unnested into rows).
CREATE OR REPLACE FUNCTION deal_match_terms_apply(p_ws uuid, p_id uuid, p_old_rare text, p_old_key text, p_new_rare text, p_new_key text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  v_terms text[];
  v_new_words text[] := '{}';
  t text;
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
      SELECT p_ws, x, p_new_key, p_id FROM unnest(v_terms) AS x
      ON CONFLICT DO NOTHING;
    -- Only words the vocabulary does not hold yet get their keys written (most names reuse words).
    -- deal_name_terms returns its terms sorted and distinct, so v_new_words is too.
    FOREACH t IN ARRAY v_terms LOOP
      IF NOT EXISTS (SELECT 1 FROM deal_name_vocab v WHERE v.workspace_id = p_ws AND v.key = t AND v.word = t) THEN
        v_new_words := v_new_words || t;
      END IF;
    END LOOP;
    IF cardinality(v_new_words) > 0 THEN
      INSERT INTO deal_name_vocab (workspace_id, key, word)
        SELECT p_ws, k, w FROM unnest(v_new_words) AS w, unnest(deal_name_keys(w)) AS k
         ORDER BY w, k
        ON CONFLICT DO NOTHING;
    END IF;
  END IF;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION deal_match_terms_apply(uuid, uuid, text, text, text, text) FROM PUBLIC;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION deal_name_keys(w text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  v text[] := ARRAY[w];
  k text;
BEGIN
  IF length(w) < 5 THEN
    RETURN v;
  END IF;
  FOR i IN 1..length(w) LOOP
    k := left(w, i - 1) || substr(w, i + 1);
    IF NOT k = ANY (v) THEN
      v := v || k;
    END IF;
  END LOOP;
  RETURN v;
END
$$;
