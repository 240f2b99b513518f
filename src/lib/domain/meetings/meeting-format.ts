// Dates and times of meetings for the UI: always in Belgian time, in the reader's language.
import { TIME_ZONE, dateFormat } from '$lib/dates';

/** "dinsdag 17 november 2026" */
export function formatMeetingDate(at: Date | string): string {
	return dateFormat({ dateStyle: 'full', timeZone: TIME_ZONE }).format(new Date(at));
}

/** "14:00 – 15:30" */
export function formatMeetingTimes(start: Date | string, end: Date | string): string {
	const time = dateFormat({ timeStyle: 'short', timeZone: TIME_ZONE });
	return `${time.format(new Date(start))} – ${time.format(new Date(end))}`;
}

/** "dinsdag 17 november 2026, 14:00 – 15:30" */
export function formatMeetingWhen(start: Date | string, end: Date | string): string {
	return `${formatMeetingDate(start)}, ${formatMeetingTimes(start, end)}`;
}

/** A calendar date (YYYY-MM-DD), e.g. a due date: "17 nov 2026". */
export function formatDay(date: string): string {
	return dateFormat({ dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A moment, e.g. when the minutes were saved: "17 nov 2026, 15:42". */
export function formatMoment(at: Date | string): string {
	return dateFormat({ dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(new Date(at));
}
