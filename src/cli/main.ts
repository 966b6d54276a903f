import { CommanderError } from 'commander';
import { ConfigError } from '../config.js';
import { buildCli, UsageError } from './program.js';

async function main() {
  const program = buildCli();
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(process.argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exit(err.exitCode === 0 ? 0 : 2);
    }
    if (err instanceof UsageError) {
      console.error(`symbio: ${err.message}`);
      process.exit(2);
    }
    if (err instanceof ConfigError) {
      console.error(`symbio: ${err.message}`);
      process.exit(2);
    }
    console.error(`symbio: ${(err as Error).message}`);
    process.exit(1);
  }
}

await main();
