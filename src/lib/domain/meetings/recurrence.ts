// The dates of a recurring meeting (per trimester or per semester). Pure: no clock, no database.

import type { Recurrence } from '$lib/domain/partnerships/enums';

/** A series never grows beyond this many meetings, whatever "repeat until" says. */
export const MAX_OCCURRENCES = 12;

const STEP_MONTHS: Record<Exclude<Recurrence, 'none'>, number> = { trimester: 3, semester: 6 };

function parse(date: string) {
	const [y, m, d] = date.split('-').map(Number);
	return { y: y!, m: m!, d: d! };
}

function format(at: Date): string {
	return at.toISOString().slice(0, 10);
}

/** `months` after `date`; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: string, months: number): string {
	const { y, m, d } = parse(date);
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return format(target);
}

/** A Saturday or Sunday moves to the Monday after. */
export function weekdayOrNextMonday(date: string): string {
	const { y, m, d } = parse(date);
	const at = new Date(Date.UTC(y, m - 1, d));
	const day = at.getUTCDay();
	if (day === 6) at.setUTCDate(at.getUTCDate() + 2);
	if (day === 0) at.setUTCDate(at.getUTCDate() + 1);
	return format(at);
}

/** July and August are the school holidays: no structural meetings then. */
export function inSummerHolidays(date: string): boolean {
	const { m } = parse(date);
	return m === 7 || m === 8;
}

/**
 * Every date of a series, the first one included and kept as chosen. The next ones fall 3
 * (trimester) or 6 (semester) months after the first date; one on a Saturday or Sunday moves to
 * the Monday; one in July or August is left out. `until` is inclusive. At most MAX_OCCURRENCES.
 */
export function meetingOccurrences({
	first,
	recurrence,
	until,
	max = MAX_OCCURRENCES
}: {
	first: string;
	recurrence: Recurrence;
	until: string;
	max?: number;
}): string[] {
	if (recurrence === 'none') return [first];
	const step = STEP_MONTHS[recurrence];
	const dates = [first];
	for (let k = 1; dates.length < max; k++) {
		const nominal = addMonths(first, k * step);
		if (nominal > until) break;
		const date = weekdayOrNextMonday(nominal);
		if (date > until) break;
		if (inSummerHolidays(date)) continue;
		dates.push(date);
	}
	return dates;
}
