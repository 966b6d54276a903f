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
 * What a write makes due at once: fan out new events, attempt due webhook deliveries, send due
 * mail. Each step is idempotent and leases its rows, so any number of nodes may run it at once.
 * This is all a nudge after a write runs: the time-based schedules below have nothing new to do
 * because of one write, and their due-queries scan (measured: two workers re-running them after
 * every registration took a whole core at 100,000 deals).
 */
export async function runOutboxWork(
  deps: Deps,
): Promise<{ events: number; deliveries: number; mail: number }> {
  let events = 0;
  for (let n = await dispatchOutbox(deps); n > 0; n = await dispatchOutbox(deps)) events += n;
  let deliveries = 0;
  for (let n = await deliverDueWebhooks(deps); n > 0; n = await deliverDueWebhooks(deps)) deliveries += n;
  // Deliveries can produce events of their own (an endpoint disabled): fan those out too.
  if (deliveries > 0) events += await dispatchOutbox(deps);
  const { sent, failed } = await sendDueMails(deps);
  return { events, deliveries, mail: sent + failed };
}

/**
 * One whole pass of background work (the minute's cron, start-up, retries): the time-based
 * schedules first, so what they write (events, mail) goes out in the same pass, then the outbox.
 * Tests call it directly with a controllable clock.
 */
export async function runBackgroundWork(
  deps: Deps,
): Promise<{ events: number; deliveries: number; mail: number }> {
  // The daily tier recompute writes events and warning mail: first, so they go out in this pass.
  await recomputeDueTiers(deps);
  await runDealSchedule(deps);
  // Scheduled onboarding reminders queue mail: before sending, so they leave in this pass.
  await sendDueOnboardingReminders(deps);
  await purgeUnverifiedApplications(deps);
  return runOutboxWork(deps);
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
 * graphile-worker on this node. The task `outbox_tick` (runOutboxWork) is queued right after any
 * transaction that wrote events (debounced); `work_tick` (runBackgroundWork: schedules + outbox)
 * runs at start-up, at the next retry time, and by a cron every minute, which also recovers
 * anything a crashed node left leased.
 */
export async function startJobRunner(deps: Deps, log: Log): Promise<JobRunner> {
  const taskList: TaskList = {
    outbox_tick: async () => {
      const done = await runOutboxWork(deps);
      if (done.events || done.deliveries || done.mail) log.info(done, 'background work');
    },
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
        .addJob('outbox_tick', {}, { jobKey: 'outbox_tick', jobKeyMode: 'replace', maxAttempts: 5 })
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
