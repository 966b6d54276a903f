import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type Command, Option } from 'commander';
import type { CreateScreeningListInput } from '../../modules/screening/schemas.js';
import { createScreeningList } from '../../modules/screening/service.js';
import { withTenantTx } from '../../platform/access/context.js';
import { AppError } from '../../platform/errors/index.js';
import { idToUuid } from '../../platform/ids/index.js';
import { UsageError } from '../program.js';
import { idOption, withPlatform } from './shared.js';

/** Reads the files of the chosen layout: a CSL file, or a folder (or sdn.csv) of OFAC's three. */
function readUpload(
  format: 'csl' | 'ofac',
  path: string,
  name: string,
  source: string,
): CreateScreeningListInput {
  if (!existsSync(path)) throw new UsageError(`no such file or folder: ${path}`);
  if (format === 'csl') {
    if (statSync(path).isDirectory())
      throw new UsageError(`--format csl needs the CSV file, not a folder: ${path}`);
    return { format: 'csl', name, source, csv: readFileSync(path, 'utf8') };
  }
  const dir = statSync(path).isDirectory() ? path : join(path, '..');
  // Plain or gzipped (the snapshot in datasets/ ships as .csv.gz).
  const read = (f: string) => {
    const p = join(dir, f);
    if (existsSync(p)) return readFileSync(p, 'utf8');
    return existsSync(`${p}.gz`) ? gunzipSync(readFileSync(`${p}.gz`)).toString('utf8') : undefined;
  };
  const sdn = read('sdn.csv');
  if (sdn === undefined)
    throw new UsageError(`--format ofac needs sdn.csv (with alt.csv and add.csv; plain or .gz) in ${dir}`);
  return { format: 'ofac_legacy', name, source, sdn, alt: read('alt.csv'), add: read('add.csv') };
}

export function registerScreeningCommands(program: Command) {
  const screening = program.command('screening').description('Denied-party screening lists');
  screening
    .command('import')
    .description(
      'Load a denied-party list into a workspace: the Consolidated Screening List CSV (--format csl <file>) or OFAC’s legacy SDN files (--format ofac <folder with sdn.csv, alt.csv, add.csv>)',
    )
    .requiredOption('--workspace <id>', 'workspace (wks_…)', idOption('workspace', '--workspace'))
    .addOption(new Option('--format <format>', 'file layout').choices(['ofac', 'csl']).makeOptionMandatory())
    .option('--name <name>', 'the list’s name (default: from the format and file name)')
    .option('--source <text>', 'where the data came from (shown with the list)', '')
    .argument('<path>', 'the CSV file (csl) or the folder holding sdn.csv, alt.csv, add.csv (ofac)')
    .action(
      async (
        path: string,
        opts: { workspace: string; format: 'ofac' | 'csl'; name?: string; source: string },
      ) => {
        const name =
          opts.name ??
          (opts.format === 'ofac' ? 'OFAC SDN' : `Consolidated Screening List (${basename(path)})`);
        const upload = readUpload(opts.format, path, name, opts.source);
        await withPlatform(async ({ deps }) => {
          const ws = await deps.pools.system.query('select 1 from workspaces where id = $1', [
            idToUuid(opts.workspace),
          ]);
          if (!ws.rowCount) throw new UsageError(`no workspace ${opts.workspace}`);
          try {
            const result = await withTenantTx(
              deps,
              { kind: 'system', workspaceId: opts.workspace, job: 'cli' },
              (ctx) => createScreeningList(ctx, upload),
            );
            console.log(
              `screening list ${result.list.id} “${result.list.name}”: ${result.imported} entries imported, ${result.skipped} rows skipped`,
            );
            for (const e of result.errors) console.log(`  ${e.file} line ${e.line}: ${e.message}`);
            if (result.skipped > result.errors.length)
              console.log(`  … and ${result.skipped - result.errors.length} more`);
          } catch (err) {
            // A file with nothing readable is the user's input, not a crash: one line, exit 2.
            if (err instanceof AppError && err.code === 'validation_failed')
              throw new UsageError(err.message);
            throw err;
          }
        });
      },
    );
}
