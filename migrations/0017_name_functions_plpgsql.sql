-- The word-index helpers of 0016 as PL/pgSQL. As SQL functions their bodies (which hold a
-- sub-select, so PostgreSQL cannot inline them) were parsed and planned again on every call:
-- each registration calls them from the lookup and the index trigger, and under load that was
-- about 8 % of PostgreSQL's time (bench/RESULTS.md). PL/pgSQL prepares each statement once per
-- connection. Same results, byte for byte (match-terms.test.ts checks them against the
-- TypeScript mirror on every labelled name).
CREATE OR REPLACE FUNCTION deal_name_keys(w text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  IF length(w) < 5 THEN
    RETURN ARRAY[w];
  END IF;
  RETURN ARRAY[w] || ARRAY(SELECT DISTINCT left(w, i - 1) || substr(w, i + 1) FROM generate_series(1, length(w)) AS i);
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION deal_name_terms(rare text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
  RETURN ARRAY(SELECT DISTINCT x COLLATE "C" FROM unnest(string_to_array(rare, ' ')
    || CASE WHEN position(' ' IN rare) > 0 THEN ARRAY[replace(rare, ' ', '')] ELSE '{}'::text[] END) AS x
    WHERE x <> '' ORDER BY 1);
END
$$;
