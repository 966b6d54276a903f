-- The outbox dispatcher's queue: dispatchOutbox reads undispatched events oldest first on every
-- pass; without this partial index each pass scanned the whole events table (found under the
-- deals bench: a sequential scan per nudge, growing with every event ever written).
CREATE INDEX "events_undispatched_idx" ON "events" USING btree ("occurred_at","id") WHERE dispatched_at is null;