// A meeting as a calendar event (RFC 5545, via the `ics` library): one .ics file per meeting, and the
// meetings a user attends in their personal feed. Times are written in UTC ("…Z"), which every
// calendar shows in its own time zone; the UID stays the same for a meeting, so a calendar app
// updates the event (or removes it when it is cancelled) instead of adding a second one.
import { createEvents, type EventAttributes } from 'ics';

export interface IcsMeeting {
	id: string;
	partnershipId: string;
	title: string;
	startsAt: Date;
	endsAt: Date;
	place: string;
	onlineUrl: string;
	purpose: string;
	cancelled: boolean;
	version: number;
	updatedAt: Date;
	/** Titles of the accepted agenda items, in order. */
	agenda: string[];
}

/** The first item of every agenda, computed when the meeting page is read. */
export const REVIEW_ITEM_TITLE = 'Opvolging van open afspraken';

export function meetingUid(meetingId: string): string {
	return `meeting-${meetingId}@brugwerk`;
}

function description(m: IcsMeeting, pageUrl: string): string {
	const lines: string[] = [];
	if (m.purpose) lines.push(`Doel: ${m.purpose}`, '');
	lines.push('Agenda:', ...[REVIEW_ITEM_TITLE, ...m.agenda].map((item, i) => `${i + 1}. ${item}`), '');
	if (m.onlineUrl) lines.push(`Online: ${m.onlineUrl}`);
	lines.push(`In Brugwerk: ${pageUrl}`);
	return lines.join('\n');
}

export function meetingEvent(m: IcsMeeting, origin: string): EventAttributes {
	const pageUrl = `${origin}/s/${m.partnershipId}/overleg/${m.id}`;
	const event: EventAttributes & { timestamp: number } = {
		uid: meetingUid(m.id),
		// Stamped with the last change, so the same meeting always gives the same file.
		timestamp: m.updatedAt.getTime(),
		lastModified: m.updatedAt.getTime(),
		sequence: m.version - 1,
		start: m.startsAt.getTime(),
		startInputType: 'utc',
		startOutputType: 'utc',
		end: m.endsAt.getTime(),
		endInputType: 'utc',
		endOutputType: 'utc',
		title: m.title,
		description: description(m, pageUrl),
		location: m.place || m.onlineUrl || undefined,
		url: pageUrl,
		status: m.cancelled ? 'CANCELLED' : 'CONFIRMED',
		busyStatus: m.cancelled ? 'FREE' : 'BUSY'
	};
	return event;
}

/** One meeting as a complete .ics file (METHOD:PUBLISH). */
export function meetingToIcs(m: IcsMeeting, origin: string): string {
	const { error, value } = createEvents([meetingEvent(m, origin)], {
		productId: 'brugwerk/meetings',
		method: 'PUBLISH'
	});
	if (error || !value) throw error ?? new Error('ics failed');
	return value;
}
