import { and, desc, eq, isNull } from 'drizzle-orm';
import { createEvents, type EventAttributes } from 'ics';
import type { Db } from '$lib/server/db/client';
import { calendarFeeds } from '$lib/server/db/schema';
import { newToken, sha256 } from '$lib/server/crypto';
import { listAgreementsOwnedBy } from '$lib/domain/agreements/agreement.server';
import { meetingEvent } from '$lib/domain/meetings/meeting-ics';
import { listMeetingsAttendedBy } from '$lib/domain/meetings/meeting.server';

/** A new secret feed URL token; earlier feeds keep working until revoked. Only the hash is stored. */
export async function createCalendarFeed(db: Db, userId: string): Promise<string> {
	const token = newToken();
	await db.insert(calendarFeeds).values({ userId, tokenHash: sha256(token) });
	return token;
}

export async function listCalendarFeeds(db: Db, userId: string) {
	return db
		.select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
		.from(calendarFeeds)
		.where(eq(calendarFeeds.userId, userId))
		.orderBy(desc(calendarFeeds.createdAt));
}

export async function revokeCalendarFeed(
	db: Db,
	{ userId, feedId }: { userId: string; feedId: string }
): Promise<boolean> {
	const rows = await db
		.update(calendarFeeds)
		.set({ revokedAt: new Date() })
		.where(and(eq(calendarFeeds.userId, userId), eq(calendarFeeds.id, feedId), isNull(calendarFeeds.revokedAt)))
		.returning({ id: calendarFeeds.id });
	return rows.length > 0;
}

/** The owner of a live feed, or null for an unknown or revoked token. */
export async function getFeedOwner(db: Db, token: string): Promise<string | null> {
	const [feed] = await db
		.select({ userId: calendarFeeds.userId })
		.from(calendarFeeds)
		.where(and(eq(calendarFeeds.tokenHash, sha256(token)), isNull(calendarFeeds.revokedAt)));
	return feed?.userId ?? null;
}

const day = (iso: string): [number, number, number] => {
	const [y, m, d] = iso.split('-').map(Number);
	return [y!, m!, d!];
};
const nextDay = (iso: string) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));

/** All-day events for the due date and the feedback moment of each running agreement (and any `extra` events, e.g. meetings). */
export function agreementsToIcs(
	items: {
		id: string;
		partnershipId: string;
		what: string;
		dueDate: string | null;
		feedbackDate: string | null;
		feedbackNote: string;
		caseCode: string | null;
		meetingTitle?: string | null;
		updatedAt: Date;
	}[],
	origin: string,
	extra: EventAttributes[] = []
): string {
	const events: EventAttributes[] = [];
	for (const a of items) {
		const context = a.caseCode ? ` (casus ${a.caseCode})` : a.meetingTitle ? ` (overleg ${a.meetingTitle})` : '';
		const url = `${origin}/s/${a.partnershipId}/afspraken/${a.id}`;
		if (a.dueDate)
			events.push({
				uid: `${a.id}-due@brugwerk`,
				start: day(a.dueDate),
				end: nextDay(a.dueDate),
				title: `Afspraak: ${a.what}${context}`,
				description: `Tegen vandaag afgesproken in Brugwerk.${a.feedbackNote ? `\nTerugkoppeling: ${a.feedbackNote}` : ''}`,
				url,
				lastModified: toArray(a.updatedAt)
			});
		if (a.feedbackDate)
			events.push({
				uid: `${a.id}-feedback@brugwerk`,
				start: day(a.feedbackDate),
				end: nextDay(a.feedbackDate),
				title: `Terugkoppeling: ${a.what}${context}`,
				description: a.feedbackNote || 'Koppel terug aan je partners.',
				url,
				lastModified: toArray(a.updatedAt)
			});
	}
	events.push(...extra);
	const { error, value } = createEvents(events, {
		productId: 'brugwerk/agreements',
		calName: 'Brugwerk: mijn afspraken en overleggen'
	});
	if (error || !value) throw error ?? new Error('ics failed');
	return value;
}

function toArray(d: Date): [number, number, number, number, number] {
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

export async function calendarForToken(db: Db, token: string, origin: string): Promise<string | null> {
	const userId = await getFeedOwner(db, token);
	if (!userId) return null;
	// The meetings I am invited to, from three months ago on (a cancelled one shows as cancelled).
	const since = new Date(Date.now() - 92 * 86_400_000);
	const [owned, attended] = await Promise.all([
		listAgreementsOwnedBy(db, userId),
		listMeetingsAttendedBy(db, { userId, since })
	]);
	return agreementsToIcs(
		owned,
		origin,
		attended.map((m) => meetingEvent(m, origin))
	);
}
