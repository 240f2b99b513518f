// The state of the partnership: the home's counts and short lists plus the next meetings, in a
// handful of round trips, and never the text of an agreement made in a case.
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import {
	answerScanRound,
	makeAgreement,
	makeCase,
	makeGoal,
	makeMeeting,
	makeMember,
	makeScanRound,
	makeSignal,
	makeTeam
} from '../../../../tests/factories';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import { closeScanRound } from '$lib/domain/scan/scan.server';
import { partnershipState, shorten } from './state.server';

const { db, pool } = getTestDb();

async function world() {
	const t = await makeTeam(db);
	const p = t.partnership.id;
	const by = { partnershipId: p, userId: t.coordinator.id };
	const k = await makeCase(db, { ...by, code: 'S-01' });
	await makeCase(db, { ...by, code: 'S-02' });
	await makeAgreement(db, {
		...by,
		origin: { caseId: k.id },
		what: 'Bellen met de mama',
		ownerId: t.member.id,
		dueDate: '2020-01-01'
	});
	const goal = await makeGoal(db, by);
	await makeAgreement(db, {
		...by,
		origin: { goalId: goal.id },
		what: 'Folder maken',
		ownerId: t.member.id,
		dueDate: '2099-01-01'
	});
	for (let i = 0; i < 4; i++) await makeMeeting(db, { ...by, title: `Overleg ${i}` });
	await makeSignal(db, { ...by, title: 'Te weinig opvang' });
	const others = [t.member];
	for (let i = 0; i < 2; i++)
		others.push((await makeMember(db, { partnershipId: p, invitedBy: t.coordinator.id })).user);
	const round = await makeScanRound(db, { ...by, title: 'Voorjaar' });
	for (const u of others) await answerScanRound(db, { partnershipId: p, userId: u.id, roundId: round.id });
	await closeScanRound(db, { partnershipId: p, roundId: round.id });
	return t;
}

describe('the state of the partnership', () => {
	it('shows counts, the weakest blocks and the next meetings, and no text of a case agreement', async () => {
		const t = await world();
		await world(); // another partnership's records change nothing here
		const sent: string[] = [];
		const counted = drizzle(pool, { schema, logger: { logQuery: (q) => void sent.push(q) } }) as unknown as Db;
		const state = await partnershipState(counted, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			canReadAgreements: true
		});
		expect(sent.length).toBeLessThanOrEqual(3);
		expect(state.goal?.text).toMatch(/eerste gesprek/);
		expect(state.members).toBe(4);
		expect(state.cases).toEqual({ open: 2, inFollowUp: 0, closed: 0 });
		expect(state.agreements).toMatchObject({ active: 2, overdue: 1 });
		expect(state.agreements.dueFirst.map((a) => [a.what, a.overdue])).toEqual([
			[null, true],
			['Folder maken', false]
		]);
		expect(JSON.stringify(state)).not.toContain('Bellen met de mama');
		expect(state.meetings.map((mt) => mt.title)).toHaveLength(3);
		expect(state.scan?.title).toBe('Voorjaar');
		expect(state.scan?.weakest).toHaveLength(2);
		expect(state.signals).toMatchObject({ collected: 1, discussed: 0, passed_on: 0, answered: 0 });
	});

	it('lists no agreement for who may not read agreements', async () => {
		const t = await world();
		const state = await partnershipState(db, {
			partnershipId: t.partnership.id,
			userId: t.member.id,
			canReadAgreements: false
		});
		expect(state.agreements).toMatchObject({ active: 2, overdue: 1, dueFirst: [] });
	});

	it('cuts long text at a word', () => {
		expect(shorten('kort', 10)).toBe('kort');
		expect(shorten('een  heel\nlange zin met veel woorden', 16)).toBe('een heel lange…');
	});
});
