import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import {
	createAgreement,
	getAgreement,
	listAgreements,
	listMeetingAgreements,
	updateAgreement
} from '$lib/domain/agreements/agreement.server';
import { createCase } from '$lib/domain/cases/case.server';
import { calendarForToken, createCalendarFeed } from '$lib/domain/calendar/calendar.server';
import { auditLog } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import type { MeetingInput } from './meeting.schema';
import {
	addAgendaItem,
	createMeeting,
	decideAgendaItem,
	getMeeting,
	listMeetings,
	listReviewAgreements,
	listUpcomingMeetings,
	moveAgendaItem,
	saveMinutes,
	setAttendance,
	setMeetingCancelled,
	updateMeeting
} from './meeting.server';

const { db } = getTestDb();

const input = (over: Partial<MeetingInput> = {}): MeetingInput => ({
	kind: 'structural',
	title: 'Structureel overleg',
	date: '2026-09-15',
	startTime: '14:00',
	endTime: '15:30',
	place: 'Vergaderzaal',
	onlineUrl: '',
	purpose: 'Samen vooruitkijken',
	guests: '',
	caseId: null,
	attendees: [],
	agenda: ['Nieuws', 'Signalen'],
	recurrence: 'none',
	repeatUntil: null,
	...over
});

async function plan(partnershipId: string, userId: string, over: Partial<MeetingInput> = {}) {
	const r = await createMeeting(db, { partnershipId, userId, input: input(over) });
	if (!r.ok) throw new Error(r.reason);
	return r.id;
}

const agreementInput = (ownerId: string, what = 'Schoolkosten op een rij zetten') => ({
	what,
	ownerId,
	dueDate: '2026-10-01',
	feedbackDate: null,
	feedbackNote: ''
});

describe('meetings', () => {
	it('plans a meeting in Brussels time with its agenda and attendees, scoped by partnership', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		// Only members of this partnership can attend: another's member, or another's case, is refused.
		expect(
			await createMeeting(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				input: input({ attendees: [t.membership.id, other.membership.id] })
			})
		).toEqual({
			ok: false,
			reason: 'attendee-not-member'
		});
		const otherCase = await createCase(db, {
			partnershipId: other.partnership.id,
			userId: other.coordinator.id,
			input: { code: 'B-9', situation: 'x', partners: [] }
		});
		if (!otherCase.ok) throw new Error('case not created');
		// Also when the meeting is not about a case: an id that is sent must be one of this partnership.
		expect(
			await createMeeting(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				input: input({ caseId: otherCase.id })
			})
		).toEqual({ ok: false, reason: 'case-not-found' });
		const id = await plan(t.partnership.id, t.coordinator.id, { attendees: [t.membership.id] });
		const found = await getMeeting(db, { partnershipId: t.partnership.id, meetingId: id });
		expect(found?.meeting.startsAt.toISOString()).toBe('2026-09-15T12:00:00.000Z');
		expect(found?.items.map((i) => [i.title, i.status])).toEqual([
			['Nieuws', 'accepted'],
			['Signalen', 'accepted']
		]);
		expect(found?.attendees.map((a) => a.membershipId)).toEqual([t.membership.id]);
		expect(found?.series).toBeNull();
		// Another partnership sees nothing.
		expect(await getMeeting(db, { partnershipId: other.partnership.id, meetingId: id })).toBeNull();
		expect(
			(await listMeetings(db, { partnershipId: other.partnership.id })).meetings.rows.map((m) => m.id)
		).not.toContain(id);
		expect(
			await saveMinutes(db, { partnershipId: other.partnership.id, meetingId: id, version: 1, minutes: 'x' })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await addAgendaItem(db, {
				partnershipId: other.partnership.id,
				meetingId: id,
				userId: other.coordinator.id,
				input: { title: 'Indringer', note: '' },
				status: 'accepted'
			})
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await decideAgendaItem(db, {
				partnershipId: other.partnership.id,
				meetingId: id,
				itemId: found!.items[0]!.id,
				decision: 'declined'
			})
		).toBe(false);
		// A case of another partnership cannot be linked.
		const foreignCase = await createCase(db, {
			partnershipId: other.partnership.id,
			userId: other.coordinator.id,
			input: { code: 'X-1', situation: 'x', partners: [] }
		});
		if (!foreignCase.ok) throw new Error('no case');
		expect(
			await createMeeting(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				input: input({ kind: 'case', caseId: foreignCase.id })
			})
		).toEqual({
			ok: false,
			reason: 'case-not-found'
		});
	});

	it('creates a series per trimester as separate meetings, skipping the summer', async () => {
		const t = await makeTeam(db);
		const r = await createMeeting(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: input({ date: '2026-04-14', recurrence: 'trimester', repeatUntil: '2027-06-30' })
		});
		if (!r.ok) throw new Error(r.reason);
		const { meetings: list, counts } = await listMeetings(db, {
			partnershipId: t.partnership.id,
			now: new Date('2026-01-01T00:00:00Z')
		});
		const upcoming = list.rows;
		expect(counts).toMatchObject({ upcoming: 4, past: 0, kind: { structural: 4, case: 0, informal: 0 } });
		// 14 April, (14 July skipped), 14 October, 14 January, 14 April 2027.
		expect(upcoming.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual([
			'2026-04-14',
			'2026-10-14',
			'2027-01-14',
			'2027-04-14'
		]);
		expect(new Set(upcoming.map((m) => m.seriesId)).size).toBe(1);
		expect(upcoming.every((m) => m.agendaItems === 2)).toBe(true);
		// Later in the year, the past ones come latest first.
		const later = await listMeetings(db, {
			partnershipId: t.partnership.id,
			filter: { wanneer: 'voorbij', soort: '' },
			now: new Date('2026-11-01T00:00:00Z')
		});
		expect(later.meetings.rows.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual(['2026-10-14', '2026-04-14']);
		expect(later.counts).toMatchObject({ upcoming: 2, past: 2 });
		const found = await getMeeting(db, { partnershipId: t.partnership.id, meetingId: r.id });
		expect(found?.series).toEqual({ recurrence: 'trimester', repeatUntil: '2027-06-30' });
		// Cancelled meetings are not "upcoming" for the home page; they stay in the list.
		const second = upcoming[1]!;
		expect(
			await setMeetingCancelled(db, {
				partnershipId: t.partnership.id,
				meetingId: second.id,
				version: 1,
				cancelled: true
			})
		).toEqual({ ok: true });
		const next = await listUpcomingMeetings(db, {
			partnershipId: t.partnership.id,
			limit: 2,
			now: new Date('2026-05-01T00:00:00Z')
		});
		expect(next.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual(['2027-01-14', '2027-04-14']);
	});

	it('shows open agreements of earlier meetings only as the review item of a later meeting', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const first = await plan(t.partnership.id, t.coordinator.id, { date: '2026-09-15' });
		const second = await plan(t.partnership.id, t.coordinator.id, { date: '2026-12-15' });
		const third = await plan(t.partnership.id, t.coordinator.id, { date: '2027-03-15' });
		const make = async (meetingId: string, what: string) => {
			const r = await createAgreement(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				meetingId,
				input: agreementInput(t.member.id, what),
				voice: null
			});
			if (!r.ok) throw new Error(r.reason);
			return r.id;
		};
		const open = await make(first, 'Open afspraak uit het eerste overleg');
		const done = await make(first, 'Afgewerkte afspraak');
		const adjusted = await make(first, 'Bijgestuurde afspraak');
		const dropped = await make(first, 'Geschrapte afspraak');
		const later = await make(second, 'Afspraak uit het tweede overleg');
		const base = { partnershipId: t.partnership.id, userId: t.coordinator.id, voice: null };
		await updateAgreement(db, {
			...base,
			agreementId: done,
			version: 1,
			input: { ...agreementInput(t.member.id, 'Afgewerkte afspraak'), status: 'done', note: '' }
		});
		await updateAgreement(db, {
			...base,
			agreementId: adjusted,
			version: 1,
			input: { ...agreementInput(t.member.id, 'Bijgestuurde afspraak'), status: 'adjusted', note: '' }
		});
		await updateAgreement(db, {
			...base,
			agreementId: dropped,
			version: 1,
			input: { ...agreementInput(t.member.id, 'Geschrapte afspraak'), status: 'dropped', note: '' }
		});
		// An open agreement of another partnership's earlier meeting never shows.
		const foreign = await plan(other.partnership.id, other.coordinator.id, { date: '2026-01-15' });
		await createAgreement(db, {
			partnershipId: other.partnership.id,
			userId: other.coordinator.id,
			meetingId: foreign,
			input: agreementInput(other.member.id, 'Van elders'),
			voice: null
		});
		// Nor does a case agreement.
		const c = await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'R-1', situation: 'x', partners: [] }
		});
		if (!c.ok) throw new Error('no case');
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: c.id,
			input: agreementInput(t.member.id, 'Casusafspraak'),
			voice: null
		});

		const reviewOf = async (meetingId: string) => {
			const m = await getMeeting(db, { partnershipId: t.partnership.id, meetingId });
			return listReviewAgreements(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				before: m!.meeting.startsAt,
				today: '2026-11-01'
			});
		};
		expect(await reviewOf(first)).toEqual([]);
		const review = await reviewOf(second);
		expect(review.map((a) => a.id).sort()).toEqual([open, adjusted].sort());
		expect(review[0]).toMatchObject({ ownerName: 'Partner', meetingId: first, overdue: true });
		expect((await reviewOf(third)).map((a) => a.id).sort()).toEqual([open, adjusted, later].sort());
	});

	it('records agreements made in a meeting, with the meeting as origin and no case audit', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const meetingId = await plan(t.partnership.id, t.coordinator.id, { title: 'Overleg met de school' });
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			meetingId,
			input: agreementInput(t.member.id),
			voice: { heard: 'no', how: '', notYetHeard: 'De ouders' }
		});
		if (!r.ok) throw new Error(r.reason);
		const listed = await listMeetingAgreements(db, {
			partnershipId: t.partnership.id,
			meetingId,
			userId: t.coordinator.id
		});
		expect(listed).toHaveLength(1);
		expect(listed[0]).toMatchObject({
			origin: 'meeting',
			meetingId,
			meetingTitle: 'Overleg met de school',
			caseId: null,
			caseCode: null,
			voiceHeard: 'no'
		});
		const found = await getAgreement(db, {
			partnershipId: t.partnership.id,
			agreementId: r.id,
			userId: t.coordinator.id
		});
		if (!found?.ok) throw new Error('agreement not visible');
		expect(found?.meetingTitle).toBe('Overleg met de school');
		expect(
			(
				await listAgreements(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					filter: { status: 'all', owner: '', origin: 'meeting', sorteer: '' }
				})
			).agreements.rows
		).toHaveLength(1);
		expect(
			(
				await listAgreements(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					filter: { status: 'all', owner: '', origin: 'case', sorteer: '' }
				})
			).agreements.rows
		).toHaveLength(0);
		expect(await db.select().from(auditLog).where(eq(auditLog.partnershipId, t.partnership.id))).toHaveLength(0);
		// Not in another partnership's meeting.
		expect(
			await createAgreement(db, {
				partnershipId: other.partnership.id,
				userId: other.coordinator.id,
				meetingId,
				input: agreementInput(other.member.id),
				voice: null
			})
		).toEqual({
			ok: false,
			reason: 'origin-not-found'
		});
	});

	it('refuses a stale edit of the minutes or the meeting, and keeps attendance of who stays', async () => {
		const t = await makeTeam(db);
		const meetingId = await plan(t.partnership.id, t.coordinator.id, { attendees: [t.membership.id] });
		const scope = { partnershipId: t.partnership.id, meetingId };
		expect(await saveMinutes(db, { ...scope, version: 1, minutes: 'Eerste versie' })).toEqual({ ok: true });
		const stale = await saveMinutes(db, { ...scope, version: 1, minutes: 'Tegelijk geschreven' });
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { minutes: 'Eerste versie', version: 2 } });
		expect(
			await setAttendance(db, { ...scope, rows: [{ membershipId: t.membership.id, attendance: 'present' }] })
		).toBe(1);
		const edit = { ...input({ title: 'Nieuwe titel', date: '2026-09-16' }), attendees: [t.membership.id] };
		expect(await updateMeeting(db, { ...scope, version: 1, input: edit })).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		expect(await updateMeeting(db, { ...scope, version: 2, input: edit })).toEqual({ ok: true });
		const found = await getMeeting(db, scope);
		expect(found?.meeting).toMatchObject({ title: 'Nieuwe titel', minutes: 'Eerste versie', version: 3 });
		expect(found?.attendees).toMatchObject([{ membershipId: t.membership.id, attendance: 'present' }]);
		expect(await setMeetingCancelled(db, { ...scope, version: 2, cancelled: true })).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
	});

	it('takes proposals, lets the organiser accept, decline and reorder them', async () => {
		const t = await makeTeam(db);
		const meetingId = await plan(t.partnership.id, t.coordinator.id, { agenda: ['Een', 'Twee'] });
		const scope = { partnershipId: t.partnership.id, meetingId };
		expect(
			await addAgendaItem(db, {
				...scope,
				userId: t.member.id,
				input: { title: 'Voorstel', note: 'Waarom' },
				status: 'proposed'
			})
		).toEqual({ ok: true });
		expect(
			await addAgendaItem(db, {
				...scope,
				userId: t.member.id,
				input: { title: 'Ander voorstel', note: '' },
				status: 'proposed'
			})
		).toEqual({ ok: true });
		let items = (await getMeeting(db, scope))!.items;
		const proposal = items.find((i) => i.title === 'Voorstel')!;
		expect(proposal).toMatchObject({ status: 'proposed', proposerName: 'Partner' });
		expect(await decideAgendaItem(db, { ...scope, itemId: proposal.id, decision: 'accepted' })).toBe(true);
		expect(
			await decideAgendaItem(db, {
				...scope,
				itemId: items.find((i) => i.title === 'Ander voorstel')!.id,
				decision: 'declined'
			})
		).toBe(true);
		expect(await moveAgendaItem(db, { ...scope, itemId: proposal.id, direction: 'up' })).toBe(true);
		expect(
			await moveAgendaItem(db, { ...scope, itemId: items.find((i) => i.title === 'Een')!.id, direction: 'up' })
		).toBe(true); // already first
		items = (await getMeeting(db, scope))!.items;
		expect(items.filter((i) => i.status === 'accepted').map((i) => i.title)).toEqual(['Een', 'Voorstel', 'Twee']);
		expect(items.filter((i) => i.status === 'declined').map((i) => i.title)).toEqual(['Ander voorstel']);
		// A cancelled meeting takes no new items.
		expect(await setMeetingCancelled(db, { ...scope, version: 1, cancelled: true })).toEqual({ ok: true });
		expect(
			await addAgendaItem(db, {
				...scope,
				userId: t.member.id,
				input: { title: 'Te laat', note: '' },
				status: 'proposed'
			})
		).toEqual({ ok: false, reason: 'cancelled' });
	});

	it('puts the meetings I attend in my calendar feed', async () => {
		const t = await makeTeam(db);
		const soon = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
		await plan(t.partnership.id, t.coordinator.id, {
			title: 'Overleg waar ik bij ben',
			date: soon,
			attendees: [t.membership.id]
		});
		await plan(t.partnership.id, t.coordinator.id, { title: 'Overleg zonder mij', date: soon, attendees: [] });
		const ics = (await calendarForToken(
			db,
			await createCalendarFeed(db, t.member.id),
			'https://brugwerk.example'
		))!.replace(/\r\n[ \t]/g, '');
		expect(ics).toContain('SUMMARY:Overleg waar ik bij ben');
		expect(ics).not.toContain('Overleg zonder mij');
		expect(ics).toContain('STATUS:CONFIRMED');
	});
});
