// What the worksheets left, where people look for it: the highlights (home, welcome pack) and the
// review item of a meeting, each kind, and never a record of another partnership.
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { isoDate, makeMeeting, makeMember, makeTeam } from '../../../../tests/factories';
import {
	makeContinuityRecord,
	makeCovenantRecord,
	makeGlossaryRecord,
	makePilotRecord,
	makeRecurringTaskRecord,
	makeWorksheetAgreement
} from '../../../../tests/worksheet-records';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import { todayInBelgium } from '$lib/dates';
import { getMeeting } from '$lib/domain/meetings/meeting.server';
import {
	getWelcomeWorksheets,
	hasDueHighlights,
	listWorksheetHighlights,
	listWorksheetReview,
	worksheetReviewCount
} from './highlights.server';

const { db, pool } = getTestDb();
const today = todayInBelgium();

/** A team with one of every worksheet record, some due, some not. */
async function world() {
	const t = await makeTeam(db);
	const partnershipId = t.partnership.id;
	const by = { partnershipId, userId: t.coordinator.id };
	const other = await makeMember(db, { partnershipId, invitedBy: t.coordinator.id });
	const due = await makePilotRecord(db, {
		...by,
		title: 'Samen huisbezoek',
		ownerId: t.member.id,
		lookBackOn: isoDate(-2)
	});
	const next = await makePilotRecord(db, { ...by, title: 'Gedeelde intake', lookBackOn: isoDate(10) });
	const later = await makePilotRecord(db, { ...by, title: 'Later', lookBackOn: isoDate(40) });
	await makePilotRecord(db, { ...by, title: 'Al bekeken', lookBackOn: isoDate(-5), lookedBackAt: new Date() });
	const review = await makeCovenantRecord(db, {
		...by,
		title: 'Convenant kinderarmoede',
		kind: 'covenant',
		reviewOn: isoDate(20)
	});
	const farReview = await makeCovenantRecord(db, { ...by, title: 'Actieplan later', reviewOn: isoDate(90) });
	await makeCovenantRecord(db, { ...by, title: 'Verlopen plan', validUntil: isoDate(-1) });
	const withA = await makeRecurringTaskRecord(db, {
		...by,
		title: 'Verslag van het overleg',
		letters: [
			{ membershipId: t.membership.id, letter: 'A' },
			{ membershipId: other.membership.id, letter: 'R' }
		]
	});
	const noA = await makeRecurringTaskRecord(db, {
		...by,
		title: 'Nieuwsbrief',
		letters: [{ membershipId: other.membership.id, letter: 'R' }]
	});
	const alone = await makeContinuityRecord(db, { ...by, contact: 'De school en het OCMW', holderId: t.member.id });
	await makeContinuityRecord(db, { ...by, contact: 'Het CAW', holderId: t.member.id, backupId: other.user.id });
	const term = await makeGlossaryRecord(db, {
		...by,
		term: 'CLB',
		plainWords: 'Het centrum dat leerlingen begeleidt.'
	});
	return { ...t, partnershipId, by, other, due, next, later, review, farReview, withA, noA, alone, term };
}

describe('the worksheet highlights', () => {
	it('shows what is due, what comes next and what the partnership keeps', async () => {
		const w = await world();
		const h = await listWorksheetHighlights(db, { partnershipId: w.partnershipId, today });
		expect(h.pilots.due.map((p) => p.title)).toEqual(['Samen huisbezoek']);
		expect(h.pilots.due[0]).toMatchObject({ id: w.due.id, ownerName: w.member.name, lookBackOn: isoDate(-2) });
		expect(h.pilots.dueCount).toBe(1);
		expect(h.pilots.next).toMatchObject({ id: w.next.id, title: 'Gedeelde intake' });
		// Within 30 days only; an expired plan is not active.
		expect(h.covenants.underReview.map((c) => c.id)).toEqual([w.review.id]);
		expect(h.covenants.underReview[0]?.reviewDue).toBe(false);
		expect(h.covenants.active.map((c) => c.title).sort()).toEqual(['Actieplan later', 'Convenant kinderarmoede']);
		expect(h.tasks).toEqual({ count: 2, withoutA: [{ id: w.noA.id, title: 'Nieuwsbrief' }], withoutACount: 1 });
		expect(h.continuity.withoutBackup).toEqual([
			{ id: w.alone.id, contact: 'De school en het OCMW', holderName: w.member.name }
		]);
		expect(h.glossary).toEqual({
			count: 1,
			newest: [{ id: w.term.id, term: 'CLB', plainWords: 'Het centrum dat leerlingen begeleidt.' }]
		});
		expect(h.lastActivity).toMatchObject({ kind: 'glossary_term', action: 'created', savedByName: w.coordinator.name });
		expect(h.lastActivity?.savedAt).toBeInstanceOf(Date);
		expect(hasDueHighlights(h)).toBe(true);
	});

	it('counts a backup who left the partnership as no backup', async () => {
		const t = await makeTeam(db);
		const stranger = await makeTeam(db);
		await makeContinuityRecord(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			contact: 'De bib',
			backupId: stranger.member.id
		});
		const h = await listWorksheetHighlights(db, { partnershipId: t.partnership.id, today });
		expect(h.continuity.withoutBackupCount).toBe(1);
	});

	it('is empty, and asks nothing, for a partnership without worksheet records', async () => {
		const t = await makeTeam(db);
		const h = await listWorksheetHighlights(db, { partnershipId: t.partnership.id, today });
		expect(h).toEqual({
			pilots: { due: [], dueCount: 0, next: null },
			covenants: { underReview: [], active: [] },
			tasks: { count: 0, withoutA: [], withoutACount: 0 },
			continuity: { withoutBackup: [], withoutBackupCount: 0 },
			glossary: { count: 0, newest: [] },
			lastActivity: null
		});
		expect(hasDueHighlights(h)).toBe(false);
	});

	it('takes one statement', async () => {
		const w = await world();
		const sent: string[] = [];
		const counted = drizzle(pool, { schema, logger: { logQuery: (q) => void sent.push(q) } }) as unknown as Db;
		await listWorksheetHighlights(counted, { partnershipId: w.partnershipId, today });
		expect(sent).toHaveLength(1);
	});

	it("never shows another partnership's records", async () => {
		const a = await world();
		const b = await world();
		const h = await listWorksheetHighlights(db, { partnershipId: a.partnershipId, today });
		const ids = JSON.stringify(h);
		for (const id of [b.due.id, b.next.id, b.review.id, b.noA.id, b.alone.id, b.term.id]) expect(ids).not.toContain(id);
		expect(h.tasks.count).toBe(2);
		expect(h.glossary.count).toBe(1);
		const review = await listWorksheetReview(db, {
			partnershipId: a.partnershipId,
			meetingStartsAt: new Date(Date.now() + 60 * 86_400_000),
			previousMeetingStartsAt: null
		});
		const reviewed = JSON.stringify(review);
		for (const id of [b.due.id, b.next.id, b.review.id, b.term.id]) expect(reviewed).not.toContain(id);
	});
});

describe("a meeting's review item from the worksheets", () => {
	it('lists pilots to look back, covenants to review, new terms and open worksheet agreements by the meeting', async () => {
		const w = await world();
		const agreement = await makeWorksheetAgreement(db, { ...w.by, what: 'Woordenlijst delen met de ouders' });
		const meeting = await makeMeeting(db, { ...w.by, date: isoDate(14) });
		const found = (await getMeeting(db, { partnershipId: w.partnershipId, meetingId: meeting.id }))!;
		const review = await listWorksheetReview(db, {
			partnershipId: w.partnershipId,
			meetingStartsAt: found.meeting.startsAt
		});
		// By the meeting in 14 days: the overdue pilot and the one in 10 days, not the one in 40.
		expect(review.pilots.map((p) => p.id)).toEqual([w.due.id, w.next.id]);
		// The review in 20 days is after the meeting.
		expect(review.covenants).toEqual([]);
		// No earlier meeting: every term before this meeting is new.
		expect(review.since).toBeNull();
		expect(review.terms.map((t) => t.term)).toEqual(['CLB']);
		expect(review.agreements).toEqual([
			expect.objectContaining({ id: agreement.id, what: 'Woordenlijst delen met de ouders', method: 'communicatie' })
		]);
		expect(worksheetReviewCount(review)).toBe(4);
	});

	it('names only the terms added since the previous meeting, and the covenants due by its day', async () => {
		const w = await world();
		const earlier = await makeMeeting(db, { ...w.by, date: isoDate(-3) });
		const meeting = await makeMeeting(db, { ...w.by, date: isoDate(25) });
		const prev = (await getMeeting(db, { partnershipId: w.partnershipId, meetingId: earlier.id }))!;
		const found = (await getMeeting(db, { partnershipId: w.partnershipId, meetingId: meeting.id }))!;
		// An old term, from before the previous meeting.
		await makeGlossaryRecord(db, { ...w.by, term: 'OCMW', createdAt: new Date(Date.now() - 10 * 86_400_000) });
		const review = await listWorksheetReview(db, {
			partnershipId: w.partnershipId,
			meetingStartsAt: found.meeting.startsAt
		});
		expect(review.since?.getTime()).toBe(prev.meeting.startsAt.getTime());
		expect(review.terms.map((t) => t.term)).toEqual(['CLB']);
		expect(review.covenants.map((c) => c.id)).toEqual([w.review.id]);
		// The earlier meeting saw the old term as new, and none of the later ones.
		const before = await listWorksheetReview(db, {
			partnershipId: w.partnershipId,
			meetingStartsAt: prev.meeting.startsAt
		});
		expect(before.terms.map((t) => t.term)).toEqual(['OCMW']);
		expect(before.pilots.map((p) => p.id)).toEqual([]);
	});

	it('is empty when nothing from the worksheets is due', async () => {
		const t = await makeTeam(db);
		const review = await listWorksheetReview(db, {
			partnershipId: t.partnership.id,
			meetingStartsAt: new Date(),
			previousMeetingStartsAt: null
		});
		expect(worksheetReviewCount(review)).toBe(0);
	});
});

describe('the welcome pack: how we work together', () => {
	it('shows the active plan with its commitments per level, the tasks with their A, the contacts and the glossary', async () => {
		const w = await world();
		const plan = await makeCovenantRecord(db, {
			...w.by,
			title: 'Actieplan warme overdracht',
			purpose: 'Geen gezin valt tussen twee stoelen.',
			signedOn: isoDate(-30),
			commitments: [
				{ level: 'macro', party: 'Het OCMW', what: 'Trekt het overleg met de gemeente.' },
				{ level: 'micro', party: 'De scholen', what: 'Bellen binnen twee dagen terug.', until: isoDate(200) }
			]
		});
		const b = await world();
		const welcome = await getWelcomeWorksheets(db, { partnershipId: w.partnershipId, today });
		expect(welcome.plans[0]).toMatchObject({
			id: plan.id,
			title: 'Actieplan warme overdracht',
			signedOn: isoDate(-30)
		});
		expect(welcome.plans[0]?.commitments.map((c) => [c.level, c.party])).toEqual([
			['micro', 'De scholen'],
			['macro', 'Het OCMW']
		]);
		expect(welcome.plans.map((p) => p.title)).not.toContain('Verlopen plan');
		expect(welcome.tasks.total).toBe(2);
		expect(welcome.tasks.rows.find((t) => t.id === w.withA.id)).toMatchObject({
			accountable: w.member.name,
			responsible: [w.other.user.name]
		});
		expect(welcome.tasks.rows.find((t) => t.id === w.noA.id)?.accountable).toBeNull();
		expect(welcome.contacts.rows.map((c) => [c.contact, c.holderName, c.backupName])).toEqual([
			['De school en het OCMW', w.member.name, null],
			['Het CAW', w.member.name, w.other.user.name]
		]);
		expect(welcome.glossary).toEqual({
			rows: [{ id: w.term.id, term: 'CLB', plainWords: 'Het centrum dat leerlingen begeleidt.' }],
			total: 1
		});
		const ids = JSON.stringify(welcome);
		for (const id of [b.review.id, b.noA.id, b.alone.id, b.term.id]) expect(ids).not.toContain(id);
	});
});
