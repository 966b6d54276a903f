-- The outbox's queue of undispatched events as a narrow table of its own. Marking the events
-- row (`dispatched_at`, under a partial index) could not be a HOT update: each event cost a new
-- version of the whole row with its jsonb and every index entry again, about 0.1 ms per event
-- under the registration load (pg_stat_statements, bench/RESULTS.md). A queue row is written with
-- the event and deleted when it is dispatched.
CREATE TABLE "event_queue" (
	"workspace_id" uuid NOT NULL,
	"id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "event_queue" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "event_queue_order_idx" ON "event_queue" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE POLICY "event_queue_vendor_read" ON "event_queue" AS PERMISSIVE FOR SELECT TO "symbio_app" USING (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid and nullif(current_setting('app.partner_id', true), '') is null);--> statement-breakpoint
CREATE POLICY "event_queue_insert" ON "event_queue" AS PERMISSIVE FOR INSERT TO "symbio_app" WITH CHECK (workspace_id = nullif(current_setting('app.workspace_id', true), '')::uuid);--> statement-breakpoint
-- Events not dispatched when this runs stay queued.
INSERT INTO "event_queue" (workspace_id, id, occurred_at)
  SELECT workspace_id, id, occurred_at FROM "events" WHERE dispatched_at IS NULL;--> statement-breakpoint
DROP INDEX "events_undispatched_idx";--> statement-breakpoint
ALTER TABLE "events" DROP COLUMN "dispatched_at";--> statement-breakpoint
-- audit_append (0013) queues each event it writes, and writes the events before it locks the
-- chain's head. Unchanged otherwise.
CREATE OR REPLACE FUNCTION audit_append(p_ws uuid, p_entries jsonb, p_events jsonb) RETURNS bigint
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
  -- The events first: they need no number, so they are written before the head row is locked
  -- (the lock is held until the commit is flushed; whatever runs under it serialises the
  -- workspace's writes).
  INSERT INTO events (workspace_id, id, type, occurred_at, actor_kind, actor_id, object_type, object_id,
      partner_id, data, request_id)
    SELECT p_ws, (v ->> 'id')::uuid, v ->> 'type', (v ->> 'occurredAt')::timestamptz, v ->> 'actorKind',
           v ->> 'actorId', v ->> 'objectType', v ->> 'objectId', (v ->> 'partnerId')::uuid, v -> 'data',
           v ->> 'requestId'
      FROM jsonb_array_elements(p_events) AS v;
  INSERT INTO event_queue (workspace_id, id, occurred_at)
    SELECT p_ws, (v ->> 'id')::uuid, (v ->> 'occurredAt')::timestamptz FROM jsonb_array_elements(p_events) AS v;
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
  RETURN v_seq;
END
$$;
