import { z } from 'zod';

/**
 * Configuration comes only from the environment, is validated once at start, and every bad
 * value is reported on its own line so an operator can fix them all in one go.
 */
const intFrom = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

const boolFrom = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFrom(0, 65535).default(3000),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as https://partners.example.com' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SYMBIO_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SYMBIO_DATA_KEY: z
    .string()
    .regex(
      /^[A-Za-z0-9+/_-]{43}=?(,[A-Za-z0-9+/_-]{43}=?)*$/,
      'must be 32 bytes in base64 (comma-separated: the first encrypts, all decrypt)',
    )
    .optional(),
  COOKIE_SECURE: boolFrom.default(true),
  SESSION_TTL_HOURS: intFrom(1, 24 * 365).default(24 * 14),
  BODY_LIMIT_BYTES: intFrom(1024, 100 * 1024 * 1024).default(1024 * 1024),
  DB_POOL_MAX: intFrom(1, 500).default(10),
  EMBEDDED_PG_PORT: intFrom(0, 65535).default(0),
  LOGIN_MAX_FAILURES: intFrom(1, 1000).default(5),
  LOGIN_LOCKOUT_MINUTES: intFrom(1, 24 * 60).default(15),
  LOGIN_IP_LIMIT_PER_MINUTE: intFrom(1, 100000).default(30),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Symbio <no-reply@symbio.localhost>'),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: boolFrom.default(false),
  JOBS: boolFrom.default(true),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[\d.:/, a-fA-F]+)$/,
      'must be true, false, a hop count, or addresses/CIDRs of your proxies',
    )
    .default('false'),
});

export type Config = {
  databaseUrl: string | undefined;
  dataDir: string;
  host: string;
  port: number;
  publicUrl: string | undefined;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  secret: string | undefined;
  /**
   * Keys for onboarding data at rest (bank and tax details), 32 bytes base64 each; the first
   * encrypts, every one decrypts (rotation). Unset: one key derived from the app secret.
   */
  dataKeys: string[];
  cookieSecure: boolean;
  sessionTtlHours: number;
  bodyLimitBytes: number;
  dbPoolMax: number;
  embeddedPgPort: number;
  loginMaxFailures: number;
  loginLockoutMinutes: number;
  loginIpLimitPerMinute: number;
  /** Unset: mail is stored and shown in the dev mailbox instead of sent. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Operators may allow webhooks to private/loopback addresses (tests, on-premise receivers). */
  webhookAllowPrivateTargets: boolean;
  /** Run the background job runner on this node (default true). */
  jobs: boolean;
  /**
   * Which X-Forwarded-For hops to believe for the client IP (rate limits, audit). Off by default:
   * trusting it without a proxy would let any client pick its own IP and dodge the limits.
   */
  trustProxy: boolean | number | string;
};

export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(`invalid configuration:\n${lines.join('\n')}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset: `PORT= symbio serve` should mean "default", not "bad value".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = cleaned[name];
      const shown = ['SYMBIO_SECRET', 'SYMBIO_DATA_KEY', 'DATABASE_URL', 'SMTP_URL'].includes(name)
        ? '(hidden)'
        : JSON.stringify(got);
      return `${name}: ${issue.message} (got ${shown})`;
    });
    throw new ConfigError(lines);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    secret: e.SYMBIO_SECRET,
    dataKeys: e.SYMBIO_DATA_KEY ? e.SYMBIO_DATA_KEY.split(',') : [],
    cookieSecure: e.COOKIE_SECURE,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    dbPoolMax: e.DB_POOL_MAX,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginLockoutMinutes: e.LOGIN_LOCKOUT_MINUTES,
    loginIpLimitPerMinute: e.LOGIN_IP_LIMIT_PER_MINUTE,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    webhookAllowPrivateTargets: e.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    jobs: e.JOBS,
    trustProxy:
      e.TRUST_PROXY === 'true'
        ? true
        : e.TRUST_PROXY === 'false'
          ? false
          : /^\d+$/.test(e.TRUST_PROXY)
            ? Number(e.TRUST_PROXY)
            : e.TRUST_PROXY,
  };
}
