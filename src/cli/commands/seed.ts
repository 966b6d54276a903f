import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEMO_PASSWORD, demoStaff } from '../../seed/demo-data.js';
import { seedDemoDeals } from '../../seed/demo-deals.js';
import { seedDemoProgram } from '../../seed/demo-program.js';
import { seedDemo } from '../../seed/seed.js';
import { positiveInt } from '../program.js';
import { withPlatform } from './shared.js';

export function registerSeedCommand(program: Command) {
  program
    .command('seed')
    .description(
      'Load the deterministic demo program (one workspace, staff in every role, ~200 partners in 48 countries)',
    )
    .option(
      '--scale <partners>',
      'grow the demo to this many partner organisations (e.g. 100000)',
      positiveInt,
    )
    .option(
      '--users-per-partner <n>',
      'partner users per organisation (default 3; 10 with --scale)',
      positiveInt,
    )
    .action(async (opts: { scale?: number; usersPerPartner?: number }) => {
      const partners = opts.scale ?? 200;
      const usersPerPartner = opts.usersPerPartner ?? (opts.scale ? 10 : 3);
      await withPlatform(async ({ deps }) => {
        const bar = new SingleBar({
          format: 'seeding |{bar}| {percentage}% | {value}/{total} partners | {eta_formatted} left',
          hideCursor: true,
          noTTYOutput: true,
          notTTYSchedule: 5000,
        });
        bar.start(partners, 0);
        const result = await seedDemo(deps.pools, {
          partners,
          usersPerPartner,
          onProgress: (done) => bar.update(done),
        });
        bar.stop();
        // The program, its tiers, agreement and denied-party list; new partners join it with metrics.
        await seedDemoProgram(deps, result.workspaceId, result.partnersAfter);
        // The catalogue, vendor pipeline and registrations in every state (made once).
        await seedDemoDeals(deps, result.workspaceId);
        console.log(
          `${result.created ? 'created' : 'updated'} demo workspace ${result.workspaceId}: ${result.partnersAfter} partners (${result.partnersAfter - result.partnersBefore} new)`,
        );
        console.log(`demo logins (password ${DEMO_PASSWORD}): ${demoStaff.map((s) => s.email).join(', ')}`);
      });
    });
}
