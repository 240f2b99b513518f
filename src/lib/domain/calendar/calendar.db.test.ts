import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { createCase } from '$lib/domain/cases/case.server';
import { createAgreement } from '$lib/domain/agreements/agreement.server';
import { calendarFeedReads } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { calendarForToken, createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from './calendar.server';

const { db } = getTestDb();

describe('calendar feed', () => {
	it('lists the due date and feedback moment of my running agreements, until the link is revoked', async () => {
		const t = await makeTeam(db);
		const c = await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'ICS-1', situation: 'x', partners: [] }
		});
		if (!c.ok) throw new Error('no case');
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: c.id,
			input: {
				what: 'Schoolkosten bespreken',
				ownerId: t.member.id,
				dueDate: '2026-03-02',
				feedbackDate: '2026-03-09',
				feedbackNote: 'Op het overleg'
			},
			voice: null
		});
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: c.id,
			input: {
				what: 'Niet van mij',
				ownerId: t.coordinator.id,
				dueDate: '2026-03-03',
				feedbackDate: null,
				feedbackNote: ''
			},
			voice: null
		});
		const token = await createCalendarFeed(db, t.member.id);
		const ics = await calendarForToken(db, token, 'https://brugwerk.example');
		expect(ics).toContain('BEGIN:VCALENDAR');
		expect(ics).toContain('DTSTART;VALUE=DATE:20260302');
		expect(ics).toContain('DTSTART;VALUE=DATE:20260309');
		// A case agreement: a neutral title and the link only, never its text, code or feedback note.
		const unfolded = ics!.replace(/\r?\n[ \t]/g, '');
		expect(unfolded).toContain('SUMMARY:Afspraak bij een casus');
		expect(unfolded).toContain('SUMMARY:Terugkoppeling bij een casus');
		expect(unfolded).toMatch(/URL:https:\/\/brugwerk\.example\/s\/[0-9a-f-]+\/afspraken\//);
		expect(unfolded).not.toContain('Schoolkosten');
		expect(unfolded).not.toContain('ICS-1');
		expect(unfolded).not.toContain('Op het overleg');
		expect(ics).not.toContain('Niet van mij');
		const [feed] = await listCalendarFeeds(db, t.member.id);
		expect(await revokeCalendarFeed(db, { userId: t.coordinator.id, feedId: feed!.id })).toBe(false);
		expect(await revokeCalendarFeed(db, { userId: t.member.id, feedId: feed!.id })).toBe(true);
		expect(await calendarForToken(db, token, 'https://brugwerk.example')).toBeNull();
		expect(await calendarForToken(db, 'unknown', 'https://brugwerk.example')).toBeNull();
	});

	it('logs every read for that feed only, and shows it to the owner; an unknown or revoked token logs nothing', async () => {
		const t = await makeTeam(db);
		const first = await createCalendarFeed(db, t.member.id);
		await createCalendarFeed(db, t.member.id);
		const ua =
			'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1';
		expect(await calendarForToken(db, first, 'https://b.example', { ip: '203.0.113.7', userAgent: ua })).not.toBeNull();
		expect(await calendarForToken(db, first, 'https://b.example', { ip: '203.0.113.8', userAgent: ua })).not.toBeNull();
		const feeds = await listCalendarFeeds(db, t.member.id);
		const read = feeds.find((f) => f.readCount > 0)!;
		const unread = feeds.find((f) => f.id !== read.id)!;
		expect(read.readCount).toBe(2);
		expect(read.lastReadAt).toBeInstanceOf(Date);
		expect(read.recentReads.map((r) => r.ip)).toEqual(['203.0.113.8', '203.0.113.7']);
		expect(read.recentReads[0]!.userAgent).toBe(ua);
		expect(unread.readCount).toBe(0);
		expect(unread.lastReadAt).toBeNull();
		expect(unread.recentReads).toEqual([]);

		await revokeCalendarFeed(db, { userId: t.member.id, feedId: read.id });
		expect(await calendarForToken(db, first, 'https://b.example', { ip: '1.1.1.1', userAgent: ua })).toBeNull();
		expect(await calendarForToken(db, 'unknown', 'https://b.example', { ip: '1.1.1.1', userAgent: ua })).toBeNull();
		const rows = await db.select().from(calendarFeedReads).where(eq(calendarFeedReads.feedId, read.id));
		expect(rows).toHaveLength(2);
	});
});
