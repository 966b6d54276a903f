import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Secrets the embedded setup needs and an operator should never have to invent: the embedded
 * cluster's password and the application secret (used to encrypt TOTP seeds). Generated once,
 * kept beside the data with mode 0600, so a restart finds the same ones.
 */
export type LocalSecrets = { pgPassword: string; appSecret: string };

export function loadLocalSecrets(dataDir: string): LocalSecrets {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  const secrets: LocalSecrets = {
    pgPassword: randomBytes(24).toString('base64url'),
    appSecret: randomBytes(32).toString('base64url'),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
