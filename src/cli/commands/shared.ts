import { InvalidArgumentError } from 'commander';
import { loadConfig } from '../../config.js';
import { openPlatform, type Platform } from '../../platform/bootstrap.js';
import { type IdKind, isId } from '../../platform/ids/index.js';

const quiet = {
  info: () => {},
  warn: (o: unknown) => console.error(o),
  error: (o: unknown) => console.error(o),
};

/** Opens the same database the server uses (embedded or DATABASE_URL), runs, and closes it. */
export async function withPlatform<T>(
  fn: (platform: Platform) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const platform = await openPlatform(loadConfig(), quiet as never, options);
  try {
    return await fn(platform);
  } finally {
    await platform.close();
  }
}

export function idOption(kind: IdKind, name: string) {
  return (value: string) => {
    if (!isId(kind, value))
      throw new InvalidArgumentError(
        `${name} must be a ${kind} id such as ${kind === 'workspace' ? 'wks' : kind === 'partner' ? 'ptr' : kind}_…`,
      );
    return value;
  };
}
