// Belgian dates, the one way: "today" in Brussels, calendar dates as YYYY-MM-DD strings, day
// arithmetic on those strings, and formatting in the reader's language. Client-safe.
import { getLocale } from '$lib/paraglide/runtime.js';

export const TIME_ZONE = 'Europe/Brussels';

/** The Intl locale of a language of the app: Belgian Dutch and French, British English. */
export function intlLocale(locale: string = getLocale()): string {
	return ({ nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' } as Record<string, string>)[locale] ?? 'nl-BE';
}

/** Today's date in Belgium (YYYY-MM-DD), whatever the server's own time zone. */
export function todayInBelgium(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
}

/** The range a date of this app falls in (a birth year, a deadline); anything outside is a typing error. */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';

/** A real calendar date, YYYY-MM-DD, in the sensible range: no 30 February, no year 0. */
export function isCalendarDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || value < DATE_MIN || value > DATE_MAX) return false;
	const [y, m, d] = value.split('-').map(Number) as [number, number, number];
	const at = new Date(Date.UTC(y, m - 1, d));
	return at.getUTCFullYear() === y && at.getUTCMonth() === m - 1 && at.getUTCDate() === d;
}

/** The date `days` after `date` (both YYYY-MM-DD; negative goes back). Calendar days, so DST plays no part. */
export function addDays(date: string, days: number): string {
	const at = new Date(`${date}T00:00:00Z`);
	at.setUTCDate(at.getUTCDate() + days);
	return at.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A formatter in the reader's language (options as for Intl.DateTimeFormat). */
export function dateFormat(options: Intl.DateTimeFormatOptions, locale?: string): Intl.DateTimeFormat {
	return new Intl.DateTimeFormat(intlLocale(locale), options);
}

/** A calendar date (YYYY-MM-DD) as the reader writes it, e.g. "5 dec. 2026". */
export function formatDay(date: string, style: 'medium' | 'long' | 'full' = 'medium', locale?: string): string {
	return dateFormat({ dateStyle: style, timeZone: 'UTC' }, locale).format(new Date(`${date}T00:00:00Z`));
}
