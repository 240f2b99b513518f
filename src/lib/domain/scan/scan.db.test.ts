import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam, makeUser } from '../../../../tests/factories';
import { memberships, organisations, scanParticipations, scanResponses, scanRounds } from '$lib/server/db/schema';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import type { BlockSlug } from '$lib/content/types';
import { createAgreement, listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import type { ScanAnswer } from './scan.schema';
import {
	scanOverview,
	closeScanRound,
	getScanResults,
	getScanRound,
	listScanRounds,
	listScanRoundsClosingSoon,
	openScanRound,
	submitScanResponse
} from './scan.server';

const { db } = getTestDb();
const DAY = 86_400_000;

/** A full answer sheet: every statement of a block gets the given value (default 3). */
function answer(
	perBlock: Partial<Record<BlockSlug, number | null>> = {},
	comments: ScanAnswer['comments'] = {}
): ScanAnswer {
	const ratings: Record<string, number | null> = {};
	for (const s of SCAN_STATEMENTS) ratings[s.id] = s.block in perBlock ? perBlock[s.block]! : 3;
	return { ratings, comments };
}

const inTwoWeeks = () => new Date(Date.now() + 14 * DAY).toISOString().slice(0, 10);

/** A team with `extra` more partners (role member), all in the given organisation type. */
async function team(extra = 2, type: 'clb' | 'caw' | 'school' = 'clb') {
	const t = await makeTeam(db);
	const more = [];
	for (let i = 0; i < extra; i++) {
		const user = await makeUser(db, { name: `Partner ${i + 2}` });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: user.id,
			role: 'member',
			organisationName: `Dienst ${i}`,
			organisationType: type,
			function: 'welzijnswerker'
		});
		more.push(user);
	}
	return { ...t, people: [t.coordinator, t.member, ...more] };
}

async function openRound(t: { partnership: { id: string }; coordinator: { id: string } }, title = 'Scan voorjaar') {
	const result = await openScanRound(db, {
		partnershipId: t.partnership.id,
		userId: t.coordinator.id,
		input: { title, closesOn: inTwoWeeks() }
	});
	if (!result.ok) throw new Error('round not opened');
	return result.id;
}

describe('scan rounds', () => {
	it('opens one round at a time with every statement copied, and lists it with status and my participation', async () => {
		const t = await team(0);
		const scope = { partnershipId: t.partnership.id };
		const id = await openRound(t);
		const [row] = await db.select().from(scanRounds).where(eq(scanRounds.id, id));
		expect(row!.statementIds).toEqual(SCAN_STATEMENTS.map((s) => s.id));
		expect(
			await openScanRound(db, {
				...scope,
				userId: t.coordinator.id,
				input: { title: 'Nog een', closesOn: inTwoWeeks() }
			})
		).toEqual({
			ok: false,
			reason: 'already-open',
			openRoundId: id
		});
		await submitScanResponse(db, { ...scope, roundId: id, userId: t.member.id, answer: answer() });
		const forMember = await listScanRounds(db, { ...scope, userId: t.member.id });
		expect(forMember).toMatchObject([{ id, status: 'open', respondents: 1, answered: true }]);
		expect((await listScanRounds(db, { ...scope, userId: t.coordinator.id }))[0]!.answered).toBe(false);
		// Closed early: a new round may open.
		expect(await closeScanRound(db, { ...scope, roundId: id })).toEqual({ ok: true });
		expect(await closeScanRound(db, { ...scope, roundId: id })).toEqual({ ok: false, reason: 'already-closed' });
		expect((await listScanRounds(db, { ...scope, userId: t.member.id }))[0]!.status).toBe('closed');
		expect(
			(
				await openScanRound(db, {
					...scope,
					userId: t.coordinator.id,
					input: { title: 'Najaar', closesOn: inTwoWeeks() }
				})
			).ok
		).toBe(true);
	});

	it('refuses a second answer by the same person and any answer once the round is closed', async () => {
		const t = await team(0);
		const scope = { partnershipId: t.partnership.id };
		const roundId = await openRound(t);
		expect(await submitScanResponse(db, { ...scope, roundId, userId: t.member.id, answer: answer() })).toEqual({
			ok: true
		});
		expect(
			await submitScanResponse(db, { ...scope, roundId, userId: t.member.id, answer: answer({ relatie: 1 }) })
		).toEqual({ ok: false, reason: 'already-answered' });
		// Two tabs at once: still one answer.
		const both = await Promise.all([
			submitScanResponse(db, { ...scope, roundId, userId: t.coordinator.id, answer: answer() }),
			submitScanResponse(db, { ...scope, roundId, userId: t.coordinator.id, answer: answer() })
		]);
		expect(both.filter((r) => r.ok)).toHaveLength(1);
		const count = async () => (await db.select().from(scanResponses).where(eq(scanResponses.roundId, roundId))).length;
		expect(await count()).toBe(2);

		await closeScanRound(db, { ...scope, roundId });
		const late = await makeUser(db, { name: 'Laatkomer' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: late.id,
			role: 'member',
			organisationName: 'X',
			organisationType: 'caw',
			function: 'welzijnswerker'
		});
		expect(await submitScanResponse(db, { ...scope, roundId, userId: late.id, answer: answer() })).toEqual({
			ok: false,
			reason: 'closed'
		});
		// A round past its closing date is closed too, without anyone closing it.
		const later = await openRound(t, 'Later');
		expect(
			await submitScanResponse(db, {
				...scope,
				roundId: later,
				userId: late.id,
				answer: answer(),
				now: new Date(Date.now() + 30 * DAY)
			})
		).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await count()).toBe(2);
	});

	it('refuses observers, incomplete sheets and another partnership’s round', async () => {
		const t = await team(0);
		const other = await team(0);
		const roundId = await openRound(t);
		const observer = await makeUser(db, { name: 'Waarnemer' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: observer.id,
			role: 'observer',
			organisationName: 'Stad',
			organisationType: 'lokaal_bestuur',
			function: 'beleidsmedewerker'
		});
		const scope = { partnershipId: t.partnership.id, roundId };
		expect(await submitScanResponse(db, { ...scope, userId: observer.id, answer: answer() })).toEqual({
			ok: false,
			reason: 'not-member'
		});
		const incomplete = answer();
		delete incomplete.ratings[SCAN_STATEMENTS[0]!.id];
		expect(await submitScanResponse(db, { ...scope, userId: t.member.id, answer: incomplete })).toEqual({
			ok: false,
			reason: 'incomplete'
		});
		expect(await submitScanResponse(db, { ...scope, userId: t.member.id, answer: answer({ relatie: 7 }) })).toEqual({
			ok: false,
			reason: 'incomplete'
		});

		// The other partnership's coordinator: not found anywhere.
		const theirs = { partnershipId: other.partnership.id, roundId };
		expect(await getScanRound(db, { ...theirs, userId: other.coordinator.id })).toBeNull();
		expect(await getScanResults(db, { ...theirs, userId: other.coordinator.id })).toBeNull();
		expect(await submitScanResponse(db, { ...theirs, userId: other.coordinator.id, answer: answer() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await closeScanRound(db, theirs)).toEqual({ ok: false, reason: 'not-found' });
		expect(await listScanRounds(db, { partnershipId: other.partnership.id, userId: other.coordinator.id })).toEqual([]);
		expect(await db.select().from(scanParticipations).where(eq(scanParticipations.roundId, roundId))).toEqual([]);
	});
});

describe('anonymity in the database', () => {
	it('scan_responses has no column for a user or a time, and no link to users; participations hold no time', async () => {
		const columns = await db.execute<{ table_name: string; column_name: string; data_type: string }>(sql`
			select table_name, column_name, data_type from information_schema.columns
			where table_schema = 'public' and table_name in ('scan_responses', 'scan_participations') order by table_name, ordinal_position`);
		const responses = columns.rows.filter((c) => c.table_name === 'scan_responses');
		expect(responses.map((c) => c.column_name)).toEqual([
			'id',
			'partnership_id',
			'round_id',
			'sector',
			'organisation_id',
			'ratings',
			'comments'
		]);
		for (const c of columns.rows) expect(c.data_type).not.toMatch(/time|date|interval/);
		expect(responses.filter((c) => /user|author|created|updated|by$|_at$|time|date/.test(c.column_name))).toEqual([]);
		expect(columns.rows.filter((c) => c.table_name === 'scan_participations').map((c) => c.column_name)).toEqual([
			'round_id',
			'user_id'
		]);
		const links = await db.execute<{ table: string; refers: string }>(sql`
			select tc.table_name as table, ccu.table_name as refers
			from information_schema.table_constraints tc
			join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
			where tc.constraint_type = 'FOREIGN KEY' and tc.table_name = 'scan_responses'`);
		// A set: the tenant key to scan_rounds (ADR 0011) names that table once per column.
		expect([...new Set(links.rows.map((l) => l.refers))].sort()).toEqual(['partnerships', 'scan_rounds']);
		// No default either that would stamp a time or a user on a response.
		const defaults = await db.execute<{ column_default: string | null }>(sql`
			select column_default from information_schema.columns where table_name = 'scan_responses' and column_default is not null`);
		for (const d of defaults.rows) expect(d.column_default).not.toMatch(/now|current_|clock|timestamp|user/i);
	});

	it('every answer rewrites the round’s sheets, so none carries the transaction or the position of its author', async () => {
		const t = await team(2);
		const scope = { partnershipId: t.partnership.id };
		const roundId = await openRound(t);
		for (const p of t.people.slice(0, 3))
			await submitScanResponse(db, { ...scope, roundId, userId: p.id, answer: answer() });
		const rows = await db.execute<{ xmin: string }>(
			sql`select xmin::text as xmin from scan_responses where round_id = ${roundId}`
		);
		expect(rows.rows).toHaveLength(3);
		expect(new Set(rows.rows.map((r) => r.xmin)).size).toBe(1);
	});

	it('takes answers of several people at the same moment', async () => {
		const t = await team(3);
		const scope = { partnershipId: t.partnership.id };
		const roundId = await openRound(t);
		const results = await Promise.all(
			t.people.map((p) => submitScanResponse(db, { ...scope, roundId, userId: p.id, answer: answer() }))
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(await db.select().from(scanResponses).where(eq(scanResponses.roundId, roundId))).toHaveLength(5);
		expect(await db.select().from(scanParticipations).where(eq(scanParticipations.roundId, roundId))).toHaveLength(5);
	});
});

describe('which group an answer keeps', () => {
	it('keeps a sector only when at least three members who may answer share it, and an organisation likewise', async () => {
		const t = await makeTeam(db); // coordinator: school, member: CLB → both education
		const scope = { partnershipId: t.partnership.id };
		const [clb] = await db
			.insert(organisations)
			.values({ partnershipId: t.partnership.id, name: 'CLB Test', type: 'clb', sector: 'education', level: 'meso' })
			.returning();
		await db.update(memberships).set({ organisationId: clb!.id }).where(eq(memberships.userId, t.member.id));
		// An observer of education does not count: observers never answer.
		const observer = await makeUser(db, { name: 'Waarnemer' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: observer.id,
			role: 'observer',
			organisationName: 'School',
			organisationType: 'school',
			function: 'directie',
			organisationId: clb!.id
		});
		const welfare = await makeUser(db, { name: 'CAW' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: welfare.id,
			role: 'member',
			organisationName: 'CAW',
			organisationType: 'caw',
			function: 'welzijnswerker'
		});

		const first = await openRound(t);
		await submitScanResponse(db, { ...scope, roundId: first, userId: t.member.id, answer: answer() });
		const [kept] = await db.select().from(scanResponses).where(eq(scanResponses.roundId, first));
		expect(kept).toMatchObject({ sector: null, organisationId: null });
		await closeScanRound(db, { ...scope, roundId: first });

		// A third education member who may answer (linked to the CLB too) joins.
		const third = await makeUser(db, { name: 'Derde' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: third.id,
			role: 'member',
			organisationName: 'CLB Test',
			organisationType: 'clb',
			function: 'clb_medewerker',
			organisationId: clb!.id
		});
		const second = await openRound(t, 'Tweede');
		await submitScanResponse(db, { ...scope, roundId: second, userId: t.member.id, answer: answer() });
		await submitScanResponse(db, { ...scope, roundId: second, userId: welfare.id, answer: answer() });
		const rows = await db.select().from(scanResponses).where(eq(scanResponses.roundId, second));
		expect(rows.map((r) => r.sector).sort()).toEqual(['education', null]);
		// Only two members who may answer are linked to the CLB: no organisation kept.
		expect(rows.every((r) => r.organisationId === null)).toBe(true);

		// Closing wipes a sector that fewer than three answers share: with the list of who answered,
		// it would point to one person.
		await closeScanRound(db, { ...scope, roundId: second });
		const sealed = await db.select().from(scanResponses).where(eq(scanResponses.roundId, second));
		expect(sealed.every((r) => r.sector === null)).toBe(true);
	});
});

describe('results', () => {
	it('shows nothing at all with two answers, the figures with three once the round is closed', async () => {
		const t = await team(2);
		const scope = { partnershipId: t.partnership.id };
		const roundId = await openRound(t);
		const [a, b, c] = t.people;
		await submitScanResponse(db, {
			...scope,
			roundId,
			userId: a!.id,
			answer: answer({ relatie: 5 }, { relatie: 'We kennen elkaar goed.' })
		});
		await submitScanResponse(db, { ...scope, roundId, userId: b!.id, answer: answer({ relatie: 1 }) });
		const two = await getScanResults(db, { ...scope, roundId, userId: a!.id });
		expect(two).toMatchObject({ visible: false, respondents: 2, needed: 1 });
		expect(JSON.stringify(two)).not.toContain('elkaar goed');
		// Closed with two: still nothing.
		const closedTwo = await getScanResults(db, {
			...scope,
			roundId,
			userId: a!.id,
			now: new Date(Date.now() + 30 * DAY)
		});
		expect(closedTwo).toMatchObject({ visible: false, respondents: 2 });

		await submitScanResponse(db, {
			...scope,
			roundId,
			userId: c!.id,
			answer: answer({ relatie: 3, communicatie: null })
		});
		// Open with three: hidden until the round closes (no comparing before and after an answer).
		expect(await getScanResults(db, { ...scope, roundId, userId: a!.id })).toMatchObject({
			visible: false,
			respondents: 3,
			needed: 0
		});
		await closeScanRound(db, { ...scope, roundId });
		const three = await getScanResults(db, { ...scope, roundId, userId: a!.id });
		if (!three?.visible) throw new Error('results should be visible');
		expect(three.respondents).toBe(3);
		expect(three.blocks.find((x) => x.block === 'relatie')).toMatchObject({ mean: 3, min: 1, max: 5 });
		expect(three.blocks.find((x) => x.block === 'communicatie')).toMatchObject({ mean: 3, rated: 2, unknown: 5 });
		expect(three.comments.relatie).toEqual(['We kennen elkaar goed.']);
		expect(three.bySector).toEqual({ visible: false });
		expect(three.trend).toHaveLength(1);
		expect(three.previous).toBeNull();
		expect(three.weakest).toHaveLength(2);
		expect(three.weakest[0]).toMatchObject({
			reflectionUrl: expect.stringMatching(/^\/bouwstenen\/[a-z-]+#questions-title$/)
		});

		// An insight becomes an agreement of this round.
		const made = await createAgreement(db, {
			...scope,
			userId: a!.id,
			input: {
				what: 'Elke maand een koffiemoment.',
				ownerId: a!.id,
				dueDate: null,
				feedbackDate: null,
				feedbackNote: ''
			},
			voice: null,
			scanRoundId: roundId
		});
		expect(made.ok).toBe(true);
		expect(
			(await listAgreementsFrom(db, { ...scope, userId: a!.id, scanRoundId: roundId })).map((x) => x.what)
		).toEqual(['Elke maand een koffiemoment.']);
	});

	it('breaks down by sector only where every sector has three answers, names the largest gap, and shows the trend', async () => {
		const t = await makeTeam(db); // coordinator (school) + member (CLB): education
		const scope = { partnershipId: t.partnership.id };
		const education = [t.coordinator, t.member];
		const welfare = [];
		for (let i = 0; i < 3; i++) {
			const user = await makeUser(db, { name: `Welzijn ${i}` });
			await db.insert(memberships).values({
				partnershipId: t.partnership.id,
				userId: user.id,
				role: 'member',
				organisationName: `CAW ${i}`,
				organisationType: 'caw',
				function: 'welzijnswerker'
			});
			welfare.push(user);
		}
		const teacher = await makeUser(db, { name: 'Leerkracht' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: teacher.id,
			role: 'member',
			organisationName: 'School 2',
			organisationType: 'school',
			function: 'leerkracht'
		});
		education.push(teacher);

		// Round 1: two education answers and one welfare answer: no breakdown.
		const first = await openRound(t, 'Eerste');
		for (const u of [education[0]!, education[1]!, welfare[0]!])
			await submitScanResponse(db, { ...scope, roundId: first, userId: u.id, answer: answer({ communicatie: 2 }) });
		await closeScanRound(db, { ...scope, roundId: first });
		const one = await getScanResults(db, { ...scope, roundId: first, userId: t.coordinator.id });
		if (!one?.visible) throw new Error('visible');
		expect(one.bySector).toEqual({ visible: false });
		expect(one.gaps).toBeNull();

		// Round 2: three of education, three of welfare.
		const second = await openRound(t, 'Tweede');
		for (const u of education)
			await submitScanResponse(db, {
				...scope,
				roundId: second,
				userId: u.id,
				answer: answer({ communicatie: 4, relatie: 4 })
			});
		for (const u of welfare)
			await submitScanResponse(db, {
				...scope,
				roundId: second,
				userId: u.id,
				answer: answer({ communicatie: 2, relatie: 3 })
			});
		await closeScanRound(db, { ...scope, roundId: second });
		const two = await getScanResults(db, { ...scope, roundId: second, userId: t.coordinator.id });
		if (!two?.visible) throw new Error('visible');
		expect(two.bySector.visible).toBe(true);
		expect(two.gaps?.largest).toMatchObject({
			block: 'communicatie',
			high: { sector: 'education', mean: 4 },
			low: { sector: 'welfare', mean: 2 },
			difference: 2
		});
		expect(two.gaps?.perBlock.find((g) => g.block === 'relatie')?.difference).toBe(1);
		// No organisation is shared by three members: no breakdown by organisation.
		expect(two.byOrganisation).toEqual({ visible: false });
		// The trend: round 1, then round 2; round 1 is the dashed "previous".
		expect(two.trend.map((x) => x.title)).toEqual(['Eerste', 'Tweede']);
		expect(two.trend.map((x) => x.means.communicatie)).toEqual([2, 3]);
		expect(two.previous?.roundId).toBe(first);

		// The home page summary: the latest round with results and the one before.
		const { latest: summary } = await scanOverview(db, { ...scope, userId: t.coordinator.id });
		expect(summary).toMatchObject({
			roundId: second,
			title: 'Tweede',
			respondents: 6,
			means: { communicatie: 3 },
			previous: { roundId: first }
		});
		// An open third round with answers changes nothing on the home page.
		const third = await openRound(t, 'Derde');
		for (const u of welfare) await submitScanResponse(db, { ...scope, roundId: third, userId: u.id, answer: answer() });
		expect((await scanOverview(db, { ...scope, userId: t.coordinator.id })).latest?.roundId).toBe(second);
	});

	it('has no summary for a partnership without a round with results', async () => {
		const t = await team(0);
		expect((await scanOverview(db, { partnershipId: t.partnership.id, userId: t.coordinator.id })).latest).toBeNull();
	});
});

describe('rounds closing soon', () => {
	it('lists open rounds closing within the period, with the members (not observers) who have not answered', async () => {
		const t = await team(1);
		const observer = await makeUser(db, { name: 'Waarnemer' });
		await db.insert(memberships).values({
			partnershipId: t.partnership.id,
			userId: observer.id,
			role: 'observer',
			organisationName: 'Stad',
			organisationType: 'lokaal_bestuur',
			function: 'beleidsmedewerker'
		});
		const roundId = await openRound(t);
		await submitScanResponse(db, { partnershipId: t.partnership.id, roundId, userId: t.member.id, answer: answer() });
		const soon = (within: number, now?: Date) =>
			listScanRoundsClosingSoon(db, { within, now }).then((list) => list.find((r) => r.roundId === roundId));
		expect(await soon(3 * DAY)).toBeUndefined();
		const found = await soon(16 * DAY);
		expect(found).toMatchObject({ partnershipId: t.partnership.id, title: 'Scan voorjaar', lastDay: inTwoWeeks() });
		expect(found!.pendingUserIds.sort()).toEqual([t.coordinator.id, t.people[2]!.id].sort());
		// Closed rounds are no longer listed.
		await db
			.update(scanRounds)
			.set({ closedAt: new Date() })
			.where(and(eq(scanRounds.id, roundId)));
		expect(await soon(16 * DAY)).toBeUndefined();
	});
});
