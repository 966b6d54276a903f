/**
 * Delay before each retry, after the first attempt (which is immediate): 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 10 h. Eight attempts spread over 27 h 35 min; then the delivery fails.
 */
export const RETRY_DELAYS_SECONDS = [5, 300, 1800, 7200, 18000, 36000, 36000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** Delay after `attempts` failed attempts, or null when there are no attempts left. */
export function nextDelaySeconds(attempts: number): number | null {
  return attempts >= MAX_ATTEMPTS ? null : (RETRY_DELAYS_SECONDS[attempts - 1] ?? null);
}

/** An endpoint whose deliveries have failed without any success for this long is disabled. */
export const DISABLE_AFTER_FAILING_MS = 24 * 3600 * 1000;
