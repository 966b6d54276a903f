import type { Command } from 'commander';
import { committedMigrationCount } from '../../platform/db/migrate.js';
import { withPlatform } from './shared.js';

export function registerMigrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Apply pending database migrations (safe to run from several nodes at once)')
    .action(async () => {
      await withPlatform(async () => {
        console.log(`migrations up to date (${committedMigrationCount()} applied)`);
      });
    });
}
