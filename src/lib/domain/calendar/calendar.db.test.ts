import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { createCase } from '$lib/domain/cases/case.server';
import { createAgreement } from '$lib/domain/agreements/agreement.server';
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
		expect(ics).toContain('Schoolkosten bespreken (casus ICS-1)');
		expect(ics).not.toContain('Niet van mij');
		const [feed] = await listCalendarFeeds(db, t.member.id);
		expect(await revokeCalendarFeed(db, { userId: t.coordinator.id, feedId: feed!.id })).toBe(false);
		expect(await revokeCalendarFeed(db, { userId: t.member.id, feedId: feed!.id })).toBe(true);
		expect(await calendarForToken(db, token, 'https://brugwerk.example')).toBeNull();
		expect(await calendarForToken(db, 'unknown', 'https://brugwerk.example')).toBeNull();
	});
});
