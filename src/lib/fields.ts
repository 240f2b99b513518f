// The one place for the pieces a form field is built from: text, calendar dates, ids and versions.
// The *.schema.ts files build on these, so bad input gets a message next to the field instead of
// reaching PostgreSQL (which refuses a NUL byte, an impossible date or an integer out of range).
// Client-safe. Messages are functions, resolved when the value is checked: in that request's language.
import { z } from 'zod';
import { isCalendarDate } from '$lib/dates';
import { isId } from '$lib/ids';
import { m } from '$lib/paraglide/messages.js';

/** A message resolved when the value is checked, so in the language of that request. */
export type Message = () => string;

// C0 control characters and DEL, apart from tab and line feed.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * What every submitted text goes through first (`parseForm`): line breaks become `\n`, and control
 * characters that no one can type (NUL, escape codes from a paste) are dropped. PostgreSQL refuses
 * a NUL byte in text, so this is what keeps such a post from ending in an error.
 */
export function cleanText(value: string): string {
	return value.replace(/\r\n?/g, '\n').replace(CONTROL, '');
}

/** A single-line text (a title, a code): a line break or tab in it is refused, not silently joined. */
export function line(max: number, tooLong: Message = () => m.err_field_max({ max })) {
	return z
		.string()
		.trim()
		.refine((v) => !/[\n\t]/.test(v), { error: () => m.err_field_one_line() })
		.max(max, { error: tooLong });
}

/** A required calendar date (YYYY-MM-DD, a real day between 1900 and 2100). */
export function date(message: Message) {
	return z.string({ error: message }).trim().refine(isCalendarDate, { error: message });
}

/** An optional calendar date: empty is null. */
export function optionalDate(message: Message) {
	return z
		.string({ error: message })
		.trim()
		.refine((v) => v === '' || isCalendarDate(v), { error: message })
		.transform((v) => (v === '' ? null : v));
}

/** The id of a record. */
export function id(message: Message = () => m.err_field_invalid()) {
	return z.string({ error: message }).refine(isId, { error: message });
}

/** PostgreSQL's integer: a version never gets near it, a crafted one must not reach it. */
const INT_MAX = 2_147_483_647;

/**
 * The version a form sends back (optimistic locking): a whole number from 0 (nothing saved yet)
 * up to PostgreSQL's integer. `abc`, `1.5`, `-1` or `99999999999` are refused.
 */
export const version = z
	.string({ error: () => m.err_version_invalid() })
	.trim()
	.regex(/^\d{1,10}$/, { error: () => m.err_version_invalid() })
	.transform(Number)
	.refine((n) => n <= INT_MAX, { error: () => m.err_version_invalid() });

/**
 * The version field of a form, read with the piece above. A missing or crafted one becomes -1, which
 * matches no stored version: the save is then a conflict that shows what is stored, never an error.
 */
export function readVersion(form: FormData): number {
	const parsed = version.safeParse(form.get('version') ?? '');
	return parsed.success ? parsed.data : -1;
}
