import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone, useKnownMe } from '../auth/session';

export type Formatters = ReturnType<typeof makeFormatters>;

/** Dates, numbers, money and names via Intl, in the UI language and the user's time zone. */
export function makeFormatters(locale: string, timeZone: string) {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const number = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  return {
    locale,
    timeZone,
    dateTime: (iso: string) => dateTime.format(new Date(iso)),
    date: (iso: string) => date.format(new Date(iso)),
    number: (n: number) => number.format(n),
    /** Money is integer minor units plus an ISO 4217 code (ARCHITECTURE: never floats). */
    money: (amountMinor: number, currency: string) => {
      const f = new Intl.NumberFormat(locale, { style: 'currency', currency });
      const digits = f.resolvedOptions().maximumFractionDigits ?? 2;
      return f.format(amountMinor / 10 ** digits);
    },
    country: (code: string | null | undefined) => (code ? (regions.of(code) ?? code) : ''),
    /** "3 days ago" / "in 2 hours", for recent events. */
    relative: (iso: string, now = Date.now()) => {
      const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
      const units: [Intl.RelativeTimeFormatUnit, number][] = [
        ['year', 31_536_000],
        ['month', 2_592_000],
        ['day', 86_400],
        ['hour', 3_600],
        ['minute', 60],
      ];
      for (const [unit, size] of units) {
        if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
      }
      return relative.format(seconds, 'second');
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const me = useKnownMe();
  const timeZone = me?.user?.timeZone ?? browserTimeZone();
  return useMemo(() => makeFormatters(i18n.language, timeZone), [i18n.language, timeZone]);
}

/**
 * The UTC instant of a wall-clock date (YYYY-MM-DD, midnight) in a time zone, as ISO 8601 —
 * for date filters that mean "that day where the user is".
 */
export function zonedMidnightToIso(day: string, timeZone: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d);
  let instant = wall;
  // Two rounds settle the offset also on days when daylight saving time changes.
  for (let i = 0; i < 2; i++) instant = wall - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}
