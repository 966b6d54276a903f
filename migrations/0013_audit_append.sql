-- The audit append in one statement. The chain hash is sha256(prev_hash || '\n' || canonical
-- JSON of the entry); the caller canonicalises each entry (RFC 8785) and sends it split around
-- its `seq` (keys sort `..., "requestId", "seq", "workspaceId"`), so the database fills in the
-- number it takes under the head lock and hashes exactly the bytes the verifier re-computes.
-- One round trip instead of five holds the per-workspace head lock for one statement and the
-- COMMIT, not for five trips through a busy application process (bench/RESULTS.md, deals).
-- SECURITY INVOKER: the rows are written under the caller's row-level security, as before.
CREATE FUNCTION audit_append(p_ws uuid, p_entries jsonb, p_events jsonb) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  v_seq bigint;
  v_hash text;
  v_first bigint;
  v_prev text[] := '{}';
  v_hashes text[] := '{}';
  e jsonb;
BEGIN
  PERFORM set_config('app.workspace_id', p_ws::text, true);
  INSERT INTO audit_heads (workspace_id, seq, hash) VALUES (p_ws, 0, repeat('0', 64))
    ON CONFLICT (workspace_id) DO NOTHING;
  SELECT h.seq, h.hash INTO v_seq, v_hash FROM audit_heads h WHERE h.workspace_id = p_ws FOR UPDATE;
  v_first := v_seq + 1;
  FOR e IN SELECT x FROM jsonb_array_elements(p_entries) AS x LOOP
    v_seq := v_seq + 1;
    v_prev := v_prev || v_hash;
    v_hash := encode(sha256(convert_to(
      v_hash || E'\n' || (e ->> 'head') || v_seq::text || (e ->> 'tail'), 'UTF8')), 'hex');
    v_hashes := v_hashes || v_hash;
  END LOOP;
  INSERT INTO audit_events (workspace_id, seq, id, occurred_at, actor_kind, actor_id, action, object_type,
      object_id, partner_id, before, after, request_id, ip, prev_hash, hash)
    SELECT p_ws, v_first + x.n - 1, (x.e ->> 'id')::uuid, (x.e ->> 'occurredAt')::timestamptz,
           x.e ->> 'actorKind', x.e ->> 'actorId', x.e ->> 'action', x.e ->> 'objectType', x.e ->> 'objectId',
           (x.e ->> 'partnerId')::uuid, nullif(x.e -> 'before', 'null'::jsonb), nullif(x.e -> 'after', 'null'::jsonb),
           x.e ->> 'requestId', x.e ->> 'ip', v_prev[x.n], v_hashes[x.n]
      FROM jsonb_array_elements(p_entries) WITH ORDINALITY AS x(e, n);
  UPDATE audit_heads SET seq = v_seq, hash = v_hash WHERE workspace_id = p_ws;
  INSERT INTO events (workspace_id, id, type, occurred_at, actor_kind, actor_id, object_type, object_id,
      partner_id, data, request_id)
    SELECT p_ws, (v ->> 'id')::uuid, v ->> 'type', (v ->> 'occurredAt')::timestamptz, v ->> 'actorKind',
           v ->> 'actorId', v ->> 'objectType', v ->> 'objectId', (v ->> 'partnerId')::uuid, v -> 'data',
           v ->> 'requestId'
      FROM jsonb_array_elements(p_events) AS v;
  RETURN v_seq;
END
$$;
