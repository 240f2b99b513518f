// The secret calendar feed. Like the reminder mails (docs/decisions/0008-reminders.md), it never
// carries what was written in a case: an agreement of a case shows only a neutral title and the
// link, and a meeting about a case shows neither its purpose nor its agenda. Every read is logged
// per feed so the owner can see which devices use the link (docs/decisions/0022).
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { createEvents, type EventAttributes } from 'ics';
import type { Db } from '$lib/server/db/client';
import { calendarFeedReads, calendarFeeds, users } from '$lib/server/db/schema';
import { m } from '$lib/paraglide/messages.js';
import { mailLocale, type MailLocale } from '$lib/mail-layout';
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

const RECENT_READS = 5;

/** My feeds, newest first, each with how often and from which devices it was read. */
export async function listCalendarFeeds(db: Db, userId: string) {
	const feeds = await db
		.select({
			id: calendarFeeds.id,
			createdAt: calendarFeeds.createdAt,
			revokedAt: calendarFeeds.revokedAt,
			readCount: sql<number>`(select count(*)::int from ${calendarFeedReads} r where r.feed_id = "calendar_feeds"."id")`,
			lastReadAt:
				sql<Date | null>`(select max(r.at) from ${calendarFeedReads} r where r.feed_id = "calendar_feeds"."id")`.mapWith(
					(v: string | Date | null) => (v === null ? null : new Date(v))
				)
		})
		.from(calendarFeeds)
		.where(eq(calendarFeeds.userId, userId))
		.orderBy(desc(calendarFeeds.createdAt));
	const ids = feeds.filter((f) => f.readCount > 0).map((f) => f.id);
	const reads = ids.length
		? await db
				.select({
					feedId: calendarFeedReads.feedId,
					at: calendarFeedReads.at,
					ip: calendarFeedReads.ip,
					userAgent: calendarFeedReads.userAgent,
					rank: sql<number>`row_number() over (partition by ${calendarFeedReads.feedId} order by ${calendarFeedReads.at} desc)`
				})
				.from(calendarFeedReads)
				.where(inArray(calendarFeedReads.feedId, ids))
				.orderBy(desc(calendarFeedReads.at))
		: [];
	return feeds.map((f) => ({
		...f,
		recentReads: reads
			.filter((r) => r.feedId === f.id)
			.slice(0, RECENT_READS)
			.map(({ at, ip, userAgent }) => ({ at, ip, userAgent }))
	}));
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

/** The live feed for a token (with its owner's language), or null for an unknown or revoked token. */
export async function getFeed(db: Db, token: string) {
	const [feed] = await db
		.select({ id: calendarFeeds.id, userId: calendarFeeds.userId, locale: users.locale })
		.from(calendarFeeds)
		.innerJoin(users, eq(users.id, calendarFeeds.userId))
		.where(and(eq(calendarFeeds.tokenHash, sha256(token)), isNull(calendarFeeds.revokedAt)));
	return feed ?? null;
}

/** The owner of a live feed, or null for an unknown or revoked token. */
export async function getFeedOwner(db: Db, token: string): Promise<string | null> {
	return (await getFeed(db, token))?.userId ?? null;
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
		meetingCaseId?: string | null;
		meetingKind?: string | null;
		updatedAt: Date;
	}[],
	origin: string,
	extra: EventAttributes[] = [],
	locale: MailLocale = 'nl'
): string {
	const o = { locale };
	const events: EventAttributes[] = [];
	for (const a of items) {
		const url = `${origin}/s/${a.partnershipId}/afspraken/${a.id}`;
		// An agreement of a case: a neutral title and the link only, as in the reminder mails.
		// (also one made in a meeting about a case, as in reminders.server.ts).
		const inCase = a.caseCode !== null || !!a.meetingCaseId || a.meetingKind === 'case';
		const withMeeting = (title: string) =>
			a.meetingTitle ? m.cont_ics_meeting_context({ title, meeting: a.meetingTitle }, o) : title;
		if (a.dueDate)
			events.push({
				uid: `${a.id}-due@brugwerk`,
				start: day(a.dueDate),
				end: nextDay(a.dueDate),
				title: inCase ? m.cont_ics_case_due({}, o) : withMeeting(m.cont_ics_due({ what: a.what }, o)),
				description: inCase
					? m.cont_ics_case_description({}, o)
					: [
							m.cont_ics_due_description({}, o),
							...(a.feedbackNote ? [m.cont_ics_feedback_note({ note: a.feedbackNote }, o)] : [])
						].join('\n'),
				url,
				lastModified: toArray(a.updatedAt)
			});
		if (a.feedbackDate)
			events.push({
				uid: `${a.id}-feedback@brugwerk`,
				start: day(a.feedbackDate),
				end: nextDay(a.feedbackDate),
				title: inCase ? m.cont_ics_case_feedback({}, o) : withMeeting(m.cont_ics_feedback({ what: a.what }, o)),
				description: inCase
					? m.cont_ics_case_description({}, o)
					: a.feedbackNote || m.cont_ics_feedback_description({}, o),
				url,
				lastModified: toArray(a.updatedAt)
			});
	}
	events.push(...extra);
	const { error, value } = createEvents(events, {
		productId: 'brugwerk/agreements',
		calName: m.cont_ics_calname({}, o)
	});
	if (error || !value) throw error ?? new Error('ics failed');
	return value;
}

function toArray(d: Date): [number, number, number, number, number] {
	return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/** The feed for a live token, with the read logged for that feed; null (nothing logged) otherwise. */
export async function calendarForToken(
	db: Db,
	token: string,
	origin: string,
	client: { ip: string; userAgent: string } = { ip: '', userAgent: '' }
): Promise<string | null> {
	const feed = await getFeed(db, token);
	if (!feed) return null;
	const userId = feed.userId;
	await db
		.insert(calendarFeedReads)
		.values({ feedId: feed.id, ip: client.ip, userAgent: client.userAgent.slice(0, 500) });
	// The meetings I am invited to, from three months ago on (a cancelled one shows as cancelled).
	const since = new Date(Date.now() - 92 * 86_400_000);
	const [owned, attended] = await Promise.all([
		listAgreementsOwnedBy(db, userId),
		listMeetingsAttendedBy(db, { userId, since })
	]);
	return agreementsToIcs(
		owned,
		origin,
		// A meeting about a case keeps its title, time, place and link; never its purpose or agenda.
		attended.map((meeting) =>
			meetingEvent(
				meeting.caseId || meeting.kind === 'case' ? { ...meeting, purpose: '', agenda: [] } : meeting,
				origin
			)
		),
		mailLocale(feed.locale)
	);
}
