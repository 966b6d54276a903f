import type { Deps } from '../access/context.js';
import { appendAudit } from '../audit/index.js';
import { unsafeSystemTx } from '../db/system.js';
import { idToUuid, newId, uuidToId } from '../ids/index.js';
import { queueMail } from '../mail/index.js';
import { DISABLE_AFTER_FAILING_MS, nextDelaySeconds } from './retry.js';
import { postWebhook, type SendResult } from './send.js';
import { activeSecrets, signHeaders } from './signing.js';
import type { SealedSecret } from './tables.js';

type DueDelivery = {
  workspace_id: string;
  id: string;
  endpoint_id: string;
  event_id: string;
  payload: unknown;
  attempts: number;
  url: string;
  secrets: SealedSecret[];
  enabled: boolean;
};

// Longer than one attempt can take (10 s timeout), short enough that a crash delays little.
const LEASE_MS = 30_000;

/**
 * Attempts every delivery that is due (by `deps.clock`, so tests move time instead of waiting).
 * Deliveries are leased first: two nodes never send the same attempt, and a node that dies
 * mid-attempt leaves a lease that expires, after which the attempt is made again — with the
 * same `webhook-id`, which is how receivers drop the duplicate.
 */
export async function deliverDueWebhooks(deps: Deps, limit = 50): Promise<number> {
  const now = deps.clock.now();
  const { rows } = await deps.pools.system.query<DueDelivery>(
    `with due as (
       select workspace_id, id from webhook_deliveries
        where status = 'pending' and next_attempt_at <= $1 and (locked_until is null or locked_until < $1)
        order by next_attempt_at limit $3 for update skip locked)
     update webhook_deliveries d set locked_until = $2
       from due, webhook_endpoints w
      where d.workspace_id = due.workspace_id and d.id = due.id and w.workspace_id = d.workspace_id and w.id = d.endpoint_id
     returning d.workspace_id, d.id, d.endpoint_id, d.event_id, d.payload, d.attempts, w.url, w.secrets, w.enabled`,
    [now, new Date(now.getTime() + LEASE_MS), limit],
  );
  await Promise.all(rows.map((d) => attempt(deps, d)));
  return rows.length;
}

async function attempt(deps: Deps, d: DueDelivery): Promise<void> {
  const requestedAt = deps.clock.now();
  const body = JSON.stringify(d.payload);
  const msgId = uuidToId('event', d.event_id);
  let result: SendResult;
  let headers: Record<string, string> = {};
  if (!d.enabled) {
    result = { status: null, body: '', latencyMs: 0, error: 'endpoint is disabled' };
  } else {
    headers = signHeaders(
      deps.config.secret!,
      activeSecrets(d.secrets, requestedAt),
      msgId,
      requestedAt,
      body,
    );
    result = await postWebhook(d.url, body, headers, deps.config.webhookAllowPrivateTargets);
  }
  const ok = result.status !== null && result.status >= 200 && result.status < 300;
  const attempts = d.attempts + 1;
  const delay = ok ? null : nextDelaySeconds(attempts);
  const finishedAt = deps.clock.now();
  await unsafeSystemTx(deps.pools, async (client) => {
    await client.query(
      `insert into webhook_attempts (workspace_id, id, delivery_id, attempt_no, requested_at, request_headers, response_status, response_body, latency_ms, error)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        d.workspace_id,
        idToUuid(newId('webhookAttempt')),
        d.id,
        attempts,
        requestedAt,
        // The signature is useless without the secret, but it is not needed in the log either.
        JSON.stringify({
          ...headers,
          'webhook-signature': headers['webhook-signature'] ? '[v1 signatures]' : '',
        }),
        result.status,
        result.body,
        result.latencyMs,
        result.error,
      ],
    );
    const status = ok ? 'succeeded' : delay === null ? 'failed' : 'pending';
    await client.query(
      `update webhook_deliveries set status = $3, attempts = $4, locked_until = null, last_status_code = $5, last_error = $6,
         next_attempt_at = $7, delivered_at = $8 where workspace_id = $1 and id = $2`,
      [
        d.workspace_id,
        d.id,
        status,
        attempts,
        result.status,
        ok ? null : (result.error ?? `HTTP ${result.status}`),
        delay === null ? null : new Date(finishedAt.getTime() + delay * 1000),
        ok ? finishedAt : null,
      ],
    );
    if (ok) {
      await client.query(
        'update webhook_endpoints set failing_since = null, last_success_at = $3 where workspace_id = $1 and id = $2',
        [d.workspace_id, d.endpoint_id, finishedAt],
      );
      return;
    }
    const { rows } = await client.query<{ failing_since: Date; enabled: boolean }>(
      `update webhook_endpoints set failing_since = coalesce(failing_since, $3) where workspace_id = $1 and id = $2
       returning failing_since, enabled`,
      [d.workspace_id, d.endpoint_id, requestedAt],
    );
    const ep = rows[0];
    // Persistent failure: this delivery ran out of attempts and nothing has succeeded for a day.
    if (
      ep?.enabled &&
      status === 'failed' &&
      finishedAt.getTime() - ep.failing_since.getTime() >= DISABLE_AFTER_FAILING_MS
    ) {
      await disableEndpoint(deps, client, d, result.error ?? `HTTP ${result.status}`);
    }
  });
}

async function disableEndpoint(
  deps: Deps,
  client: import('pg').PoolClient,
  d: DueDelivery,
  reason: string,
): Promise<void> {
  const workspaceId = uuidToId('workspace', d.workspace_id);
  const endpointId = uuidToId('webhookEndpoint', d.endpoint_id);
  await client.query(
    `update webhook_endpoints set enabled = false, disabled_reason = $3, updated_at = $4, version = version + 1
      where workspace_id = $1 and id = $2`,
    [
      d.workspace_id,
      d.endpoint_id,
      `Disabled automatically after persistent failures: ${reason}`,
      deps.clock.now(),
    ],
  );
  await appendAudit(
    client,
    workspaceId,
    [
      {
        action: 'webhook_endpoint.disabled',
        objectType: 'webhook_endpoint',
        objectId: endpointId,
        after: { id: endpointId, url: d.url, reason },
      },
    ],
    {
      actorKind: 'system',
      actorId: 'system:webhooks',
      requestId: null,
      ip: null,
      occurredAt: deps.clock.now(),
    },
  );
  const { rows: owners } = await client.query<{ email: string; locale: string; ws_name: string }>(
    `select u.email, u.locale, w.name as ws_name from memberships m join users u on u.id = m.user_id
       join workspaces w on w.id = m.workspace_id where m.workspace_id = $1 and m.role = 'owner'`,
    [d.workspace_id],
  );
  const base = deps.config.publicUrl ?? `http://localhost:${deps.config.port}`;
  for (const o of owners) {
    await queueMail(client, deps, {
      workspaceId,
      to: o.email,
      template: 'webhook_disabled',
      locale: o.locale,
      data: {
        workspaceName: o.ws_name,
        url: d.url,
        reason,
        manageUrl: `${base}/admin/webhooks/${endpointId}`,
      },
    });
  }
}
