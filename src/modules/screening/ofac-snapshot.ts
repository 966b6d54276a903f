import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/**
 * The real OFAC SDN list (January 2022, legacy layout) that tests, the benchmark and the demo
 * screen against. A gzip copy ships in `datasets/` (datasets/README.md), so a fresh clone needs
 * nothing beside it; OFAC_SDN_DIR points at another folder of plain or gzipped sdn/alt/add.csv.
 */
export function ofacDataDir(): string {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const dir = process.env.OFAC_SDN_DIR ?? join(root, 'datasets', 'ofac-sdn-2022-01');
  if (!existsSync(join(dir, 'sdn.csv')) && !existsSync(join(dir, 'sdn.csv.gz'))) {
    throw new Error(
      `OFAC SDN data not found in ${dir} (set OFAC_SDN_DIR to the folder with sdn.csv, alt.csv, add.csv)`,
    );
  }
  return dir;
}

export function readOfacFiles(): { sdn: string; alt: string; add: string } {
  const dir = ofacDataDir();
  const read = (f: string) => {
    const plain = join(dir, f);
    return existsSync(plain)
      ? readFileSync(plain, 'utf8')
      : gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
  };
  return { sdn: read('sdn.csv'), alt: read('alt.csv'), add: read('add.csv') };
}
