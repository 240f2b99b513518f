import { TIME_ZONE } from '$lib/dates';
// Meetings are planned in Belgian local time (Europe/Brussels) and stored as instants. These pure
// helpers convert between the two, whatever the server's own time zone, also around daylight saving.

const parts = new Intl.DateTimeFormat('en-GB', {
	timeZone: TIME_ZONE,
	hourCycle: 'h23',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	second: '2-digit'
});

/** The wall-clock time in Brussels at an instant, as its fields. */
function wallClock(at: Date) {
	const p = Object.fromEntries(parts.formatToParts(at).map((x) => [x.type, x.value]));
	return { year: +p.year!, month: +p.month!, day: +p.day!, hour: +p.hour!, minute: +p.minute!, second: +p.second! };
}

/** Minutes Brussels is ahead of UTC at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
	const w = wallClock(at);
	const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
	return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** `date` (YYYY-MM-DD) at `time` (HH:MM) in Brussels, as an instant. */
export function brusselsToUtc(date: string, time: string): Date {
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	const naive = Date.UTC(y!, mo! - 1, d!, h!, mi!);
	// Two passes: the offset at the guessed instant, then at the corrected one (DST changes).
	let at = naive - offsetMinutes(new Date(naive)) * 60_000;
	at = naive - offsetMinutes(new Date(at)) * 60_000;
	return new Date(at);
}

/** An instant as Brussels date (YYYY-MM-DD) and time (HH:MM), e.g. to fill an edit form. */
export function utcToBrussels(at: Date): { date: string; time: string } {
	const w = wallClock(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/**
 * The default "repeat until": 30 June, the end of the current school year. From July on the
 * school year that is being prepared is meant: 30 June of next year.
 */
export function defaultRepeatUntil(today: string): string {
	const [y, m] = today.split('-').map(Number);
	return `${m! >= 7 ? y! + 1 : y!}-06-30`;
}

/** A time of day in the form HH:MM (24 hours). */
export function isTime(value: string): boolean {
	return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}
