import type pg from 'pg';

/**
 * Counts a hit in a fixed window and returns the count so far. Lives in PostgreSQL so limits
 * hold across app nodes and restarts; old windows are pruned opportunistically.
 */
export async function hitCounter(
  pool: pg.Pool,
  key: string,
  windowSeconds: number,
  now: Date,
): Promise<{ count: number; resetAt: Date }> {
  const windowStartMs = Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000;
  const windowStart = new Date(windowStartMs);
  const { rows } = await pool.query<{ count: number }>(
    `insert into login_throttle (key, window_start, count) values ($1, $2, 1)
     on conflict (key, window_start) do update set count = login_throttle.count + 1
     returning count`,
    [key, windowStart],
  );
  if (Math.random() < 0.01) {
    await pool.query(`delete from login_throttle where window_start < $1`, [
      new Date(now.getTime() - 86_400_000),
    ]);
  }
  return { count: rows[0]!.count, resetAt: new Date(windowStartMs + windowSeconds * 1000) };
}
