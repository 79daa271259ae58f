import { formatDate, t, type Locale } from '../../i18n';

/**
 * Reading frontmatter dates the way site generators do: YAML timestamps and ISO 8601
 * (`2025-11-05`, `2025-11-05T16:31:57.306Z`, `2025-11-05 16:31:57 +01:00`).
 */
export type DateCheck =
  | { ok: true; /** UTC milliseconds; local times without an offset are read as UTC. */ time: number; dateOnly: boolean; ymd: string }
  | { ok: false; reason: string; /** True when a browser would still read it, just not reliably everywhere. */ loose: boolean };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 2025": English as written here (stable for any year), other languages by Intl. */
function monthName(year: number, month: number, locale: Locale | undefined): string {
  if (!locale || locale === 'en') return `${MONTHS[month - 1]} ${year}`;
  const date = new Date(Date.UTC(2000, month - 1, 1));
  date.setUTCFullYear(year);
  return formatDate(locale, date, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** `locale` only words the reason. */
export function checkDate(input: string, locale?: Locale): DateCheck {
  const s = input.trim();
  const m = ISO.exec(s);
  if (!m) {
    const loose = Number.isFinite(Date.parse(s));
    return { ok: false, loose, reason: loose ? 'is not in the YYYY-MM-DD form that every site generator reads' : t(locale, 'dateNotADate') };
  }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12) return { ok: false, loose: false, reason: t(locale, 'dateNoMonth', { month }) };
  const maxDay = daysInMonth(year, month);
  if (day < 1 || day > maxDay) return { ok: false, loose: false, reason: t(locale, 'dateNoDay', { month: monthName(year, month, locale), days: maxDay }) };
  const [h, min, sec] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  if (h > 23 || min > 59 || sec > 59) return { ok: false, loose: false, reason: t(locale, 'dateNoTime') };
  const offset = parseOffset(m[8]);
  if (offset === undefined) return { ok: false, loose: false, reason: t(locale, 'dateNoOffset') };
  const ms = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  const time = Date.UTC(year, month - 1, day, h, min, sec, ms) - offset * 60_000;
  const ymd = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return { ok: true, time, dateOnly: m[4] === undefined, ymd };
}

/** Minutes east of UTC; undefined when out of range. */
function parseOffset(tz: string | undefined): number | undefined {
  if (!tz || tz === 'Z' || tz === 'z') return 0;
  const m = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(tz)!;
  const [hours, minutes] = [Number(m[2]), Number(m[3] ?? 0)];
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}
