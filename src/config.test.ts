import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('has sensible defaults with an empty environment', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      cookieSecure: true,
    });
  });

  it('reports every bad value on its own line, naming the variable, hiding secrets', () => {
    try {
      loadConfig({
        PORT: 'abc',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        COOKIE_SECURE: 'maybe',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const lines = (err as ConfigError).lines;
      expect(lines).toHaveLength(4);
      expect(lines.find((l) => l.startsWith('PORT:'))).toContain('"abc"');
      expect(lines.find((l) => l.startsWith('LOG_LEVEL:'))).toBeDefined();
      expect(lines.find((l) => l.startsWith('COOKIE_SECURE:'))).toContain('true or false');
      const db = lines.find((l) => l.startsWith('DATABASE_URL:'))!;
      expect(db).toContain('(hidden)');
      expect(db).not.toContain('hunter2');
    }
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('never throws anything but ConfigError, whatever the environment holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('PORT', 'HOST', 'LOG_LEVEL', 'DB_POOL_MAX', 'PUBLIC_URL', 'SESSION_TTL_HOURS'),
          fc.string(),
        ),
        (env) => {
          try {
            loadConfig(env);
          } catch (err) {
            expect(err).toBeInstanceOf(ConfigError);
          }
        },
      ),
    );
  });
});
