import { Logger, type Runner, run, type TaskList } from 'graphile-worker';
import { purgeUnverifiedApplications } from '../../modules/applications/purge.js';
import { runDealSchedule } from '../../modules/deals/schedule.js';
import { sendDueOnboardingReminders } from '../../modules/onboarding/reminders.js';
import { recomputeDueTiers } from '../../modules/tiers/schedule.js';
import type { Deps } from '../access/context.js';
import { dispatchOutbox } from '../events/dispatch.js';
import { sendDueMails } from '../mail/index.js';
import { deliverDueWebhooks } from '../webhooks/deliver.js';

type Log = {
  info: (o: object, m?: string) => void;
  warn: (o: object, m?: string) => void;
  error: (o: object, m?: string) => void;
};

/**
 * One pass of background work: fan out new events, attempt due webhook deliveries, send due
 * mail. Each step is idempotent and leases its rows, so any number of nodes may run it at once.
 * Tests call it directly with a controllable clock.
 */
export async function runBackgroundWork(
  deps: Deps,
): Promise<{ events: number; deliveries: number; mail: number }> {
  // The daily tier recompute writes events and warning mail: first, so they go out in this pass.
  await recomputeDueTiers(deps);
  await runDealSchedule(deps);
  let events = 0;
  for (let n = await dispatchOutbox(deps); n > 0; n = await dispatchOutbox(deps)) events += n;
  let deliveries = 0;
  for (let n = await deliverDueWebhooks(deps); n > 0; n = await deliverDueWebhooks(deps)) deliveries += n;
  // Deliveries can produce events of their own (an endpoint disabled): fan those out too.
  if (deliveries > 0) events += await dispatchOutbox(deps);
  // Scheduled onboarding reminders queue mail: before sending, so they leave in this pass.
  await sendDueOnboardingReminders(deps);
  await purgeUnverifiedApplications(deps);
  const { sent, failed } = await sendDueMails(deps);
  return { events, deliveries, mail: sent + failed };
}

/** The earliest moment something becomes due again (a retry), to schedule the next pass. */
async function nextDueAt(deps: Deps): Promise<Date | null> {
  const { rows } = await deps.pools.system.query<{ at: Date | null }>(
    // A leased row is due again only when its lease runs out (a crashed node's lease included).
    `select least(
       (select min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) from webhook_deliveries where status = 'pending'),
       (select min(greatest(next_attempt_at, coalesce(locked_until, next_attempt_at))) from mails where status = 'queued')) as at`,
  );
  return rows[0]?.at ?? null;
}

export type JobRunner = { nudge: () => void; stop: () => Promise<void> };

/**
 * graphile-worker on this node: the task `work_tick` runs `runBackgroundWork`. It is queued
 * right after any transaction that wrote events (debounced), at the next retry time, and by a
 * cron every minute, which also recovers anything a crashed node left leased.
 */
export async function startJobRunner(deps: Deps, log: Log): Promise<JobRunner> {
  const taskList: TaskList = {
    work_tick: async () => {
      const done = await runBackgroundWork(deps);
      if (done.events || done.deliveries || done.mail) log.info(done, 'background work');
      const next = await nextDueAt(deps);
      if (next) {
        await runner.addJob(
          'work_tick',
          {},
          { jobKey: 'work_tick_next', jobKeyMode: 'replace', runAt: next, maxAttempts: 5 },
        );
      }
    },
  };
  const runner: Runner = await run({
    pgPool: deps.pools.system,
    taskList,
    crontab: '* * * * * work_tick ?max=3',
    concurrency: 2,
    noHandleSignals: true,
    pollInterval: 2000,
    // graphile-worker's own chatter goes to our log, warnings and errors only.
    logger: new Logger(() => (level, message, meta) => {
      if (level === 'error') log.error({ ...meta }, `jobs: ${message}`);
      else if (level === 'warning') log.warn({ ...meta }, `jobs: ${message}`);
    }),
  });
  let timer: NodeJS.Timeout | null = null;
  const nudge = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      runner
        .addJob('work_tick', {}, { jobKey: 'work_tick', jobKeyMode: 'replace', maxAttempts: 5 })
        .catch((err: Error) => log.warn({ err }, 'could not queue background work'));
    }, 50);
  };
  await runner.addJob('work_tick', {}, { jobKey: 'work_tick', jobKeyMode: 'replace', maxAttempts: 5 });
  return {
    nudge,
    stop: async () => {
      if (timer) clearTimeout(timer);
      await runner.stop();
    },
  };
}
