// The partnership home in a handful of round trips (issue 12), whatever the partnership holds, and
// what it counts. The request's own lookups are counted with it: the session (hooks.server.ts) and
// the membership (partnership-context.ts).
import { drizzle } from 'drizzle-orm/node-postgres';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import {
	answerScanRound,
	makeAgreement,
	makeCase,
	makeConsent,
	makeGoal,
	makeLearningEntry,
	makeMeeting,
	makeMember,
	makeNetworkLink,
	makeNetworkNode,
	makeOrganisation,
	makeRoleCard,
	makeScanRound,
	makeSession,
	makeSharingAgreement,
	makeSignal,
	makeTeam
} from '../../../../tests/factories';
import { makeContinuityRecord, makePilotRecord } from '../../../../tests/worksheet-records';
import * as schema from '$lib/server/db/schema';
import type { Db } from '$lib/server/db/client';
import { validateSession } from '$lib/domain/auth/session.server';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { linkCaseSharingAgreement } from '$lib/domain/sharing/consent.server';
import { closeScanRound } from '$lib/domain/scan/scan.server';
import { homeSummary } from './home.server';

const { db, pool } = getTestDb();

/** The most round trips a request for the home may make, its session and membership included. */
const MAX_ROUND_TRIPS = 5;

/** A db that counts the statements sent through it. */
function countingDb() {
	const sent: string[] = [];
	const counted = drizzle(pool, { schema, logger: { logQuery: (query) => void sent.push(query) } }) as unknown as Db;
	return { counted, sent };
}

/** The round trips of one request for the home of `partnershipId`, as `userId` with `token`. */
async function homeRequest(partnershipId: string, userId: string, token: string) {
	const { counted, sent } = countingDb();
	expect(await validateSession(counted, token)).not.toBeNull();
	expect(await getMembership(counted, { partnershipId, userId })).not.toBeNull();
	const home = await homeSummary(counted, { partnershipId, userId, canReadAgreements: true });
	return { home, roundTrips: sent.length };
}

/** A partnership with something in every part of the home. */
async function busyPartnership(cases: number) {
	const t = await makeTeam(db);
	const p = t.partnership.id;
	const by = { partnershipId: p, userId: t.coordinator.id };
	await makeRoleCard(db, { partnershipId: p, userId: t.member.id, answers: {} });
	await makeGoal(db, { ...by, familiesInvolved: 'partly', reviewDate: '2020-01-01' });
	const caseIds: string[] = [];
	for (let i = 0; i < cases; i++) caseIds.push((await makeCase(db, { ...by, code: `H-${i}` })).id);
	await makeAgreement(db, {
		...by,
		origin: { caseId: caseIds[0]! },
		what: 'Bellen',
		ownerId: t.member.id,
		dueDate: '2020-01-01'
	});
	await makeAgreement(db, {
		...by,
		origin: { caseId: caseIds[0]! },
		what: 'Later',
		ownerId: t.member.id,
		dueDate: '2099-01-01'
	});
	await makeMeeting(db, { ...by, title: 'Volgend overleg' });
	await makeLearningEntry(db, { ...by, kind: 'success' });
	const caw = await makeOrganisation(db, { partnershipId: p, name: 'CAW Thuis' });
	const school = await makeOrganisation(db, {
		partnershipId: p,
		name: 'School Zon',
		type: 'school',
		sector: 'education'
	});
	const sharing = await makeSharingAgreement(db, {
		...by,
		parties: [caw.id, school.id],
		consent: 'parents',
		consentHow: 'Op papier, bij het eerste gesprek.'
	});
	// One case has the parents' consent, the other none yet.
	await makeConsent(db, { ...by, caseId: caseIds[0]!, sharingAgreementId: sharing.id });
	if (caseIds[1]) await linkCaseSharingAgreement(db, { ...by, caseId: caseIds[1], sharingAgreementId: sharing.id });
	const a = await makeNetworkNode(db, { partnershipId: p, label: 'School' });
	const b = await makeNetworkNode(db, { partnershipId: p, label: 'CAW' });
	await makeNetworkLink(db, { partnershipId: p, fromNodeId: a.id, toNodeId: b.id });
	await makeSignal(db, { ...by, title: 'Te weinig plaatsen in de opvang' });
	await makePilotRecord(db, { ...by, title: 'Samen op huisbezoek', lookBackOn: '2020-01-01' });
	await makeContinuityRecord(db, { ...by, contact: 'De school' });
	return { ...t, caseIds };
}

describe('the partnership home', () => {
	it('takes the same few round trips for a small and a busy partnership', async () => {
		const small = await busyPartnership(2);
		const busy = await busyPartnership(12);
		for (let i = 0; i < 5; i++)
			await makeMember(db, { partnershipId: busy.partnership.id, invitedBy: busy.coordinator.id });
		const one = await homeRequest(
			small.partnership.id,
			small.coordinator.id,
			(await makeSession(db, small.coordinator)).token
		);
		const other = await homeRequest(
			busy.partnership.id,
			busy.coordinator.id,
			(await makeSession(db, busy.coordinator)).token
		);
		expect(one.roundTrips).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
		expect(other.roundTrips).toBe(one.roundTrips);
		expect(other.home.members).toHaveLength(7);
		expect(other.home.compass.cases.open).toBe(12);
	});

	it('counts each part of the home for this partnership only', async () => {
		const t = await busyPartnership(2);
		// Another partnership's records change nothing here.
		await busyPartnership(3);
		const home = await homeSummary(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			canReadAgreements: true
		});
		expect(home.compass.goal).toMatchObject({ reviewDue: true, familiesInvolved: 'partly' });
		expect(home.compass.cases).toEqual({ open: 2, inFollowUp: 0, closed: 0 });
		expect(home.compass.agreements).toMatchObject({ active: 2, overdue: 1 });
		expect(home.compass.agreements.dueFirst.map((a) => [a.what, a.overdue])).toEqual([
			['Bellen', true],
			['Later', false]
		]);
		expect(home.compass.voiceMissing).toEqual({ goal: true, cases: 2, agreements: 2, meetings: 0 });
		expect(home.organisationLevel).toMatchObject({
			organisations: 2,
			mapNodes: 2,
			learning: { successes: 1, bottlenecks: 0 },
			casesMissingConsent: 1,
			nextMeeting: { title: 'Volgend overleg' }
		});
		expect(home.organisationLevel.nextMeeting?.startsAt).toBeInstanceOf(Date);
		expect(home.signals).toMatchObject({ total: 1, status: { collected: 1, passed_on: 0 }, oldestWaiting: null });
		expect(home.members.map((mb) => [mb.role, mb.cardStatus])).toEqual(
			expect.arrayContaining([
				['coordinator', 'empty'],
				['member', 'saved']
			])
		);
		expect(home.scan).toBeNull();
		expect(home.openRound).toBeNull();
		expect(home.worksheets.pilots.due.map((p) => p.title)).toEqual(['Samen op huisbezoek']);
		expect(home.worksheets.continuity.withoutBackupCount).toBe(1);
	});

	it('shows agreement texts only to who may read agreements', async () => {
		const t = await busyPartnership(1);
		const home = await homeSummary(db, {
			partnershipId: t.partnership.id,
			userId: t.member.id,
			canReadAgreements: false
		});
		expect(home.compass.agreements).toMatchObject({ active: 2, overdue: 1, dueFirst: [] });
	});

	it('offers the open round to who has not answered it, and shows the latest results', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const others = [t.member];
		for (let i = 0; i < 2; i++) others.push((await makeMember(db, { ...scope, invitedBy: t.coordinator.id })).user);
		const closed = await makeScanRound(db, { ...scope, userId: t.coordinator.id, title: 'Voorjaar' });
		for (const u of others) await answerScanRound(db, { ...scope, userId: u.id, roundId: closed.id });
		await closeScanRound(db, { ...scope, roundId: closed.id });
		const open = await makeScanRound(db, { ...scope, userId: t.coordinator.id, title: 'Najaar' });
		await answerScanRound(db, { ...scope, userId: t.member.id, roundId: open.id });

		const coordinator = await homeSummary(db, { ...scope, userId: t.coordinator.id, canReadAgreements: true });
		expect(coordinator.scan).toMatchObject({ roundId: closed.id, title: 'Voorjaar', respondents: 3, previous: null });
		expect(coordinator.openRound).toMatchObject({ id: open.id, answered: false });
		const member = await homeSummary(db, { ...scope, userId: t.member.id, canReadAgreements: true });
		expect(member.openRound).toMatchObject({ id: open.id, answered: true });
	});
});
