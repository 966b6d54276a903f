import { Command, InvalidArgumentError } from 'commander';
import { registerApiKeyCommands } from './commands/apikey.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerScreeningCommands } from './commands/screening.js';
import { registerSeedCommand } from './commands/seed.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUserCommands } from './commands/user.js';

/**
 * `symbio` — every command prints --help, and a bad argument exits non-zero with one line
 * saying what is wrong.
 */
export function buildCli(): Command {
  const program = new Command('symbio')
    .description('Symbio — open-source partner ecosystem management')
    .version('0.1.0')
    // One line per error: commander's own second line (a "Did you mean …?") is folded in, and the
    // help hint rides on the same line (showHelpAfterError would print it as a line of its own).
    .configureOutput({
      outputError: (str, write) => write(`${str.trim().split('\n').join(' ')} (run with --help for usage)\n`),
    })
    .exitOverride();
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerSeedCommand(program);
  registerUserCommands(program);
  registerApiKeyCommands(program);
  registerAuditCommands(program);
  registerScreeningCommands(program);
  return program;
}

export function positiveInt(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new InvalidArgumentError('must be a positive whole number');
  return Number(value);
}

/** A bad argument found by a command itself: one line on stderr and exit status 2, like commander's own. */
export class UsageError extends Error {}
