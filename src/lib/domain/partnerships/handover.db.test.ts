import { and, eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import {
	makeAgreement,
	makeCase,
	makeInvitation,
	makeMeeting,
	makeMember,
	makeTeam
} from '../../../../tests/factories';
import { makeContinuityRecord, makePilotRecord, makeRecurringTaskRecord } from '../../../../tests/worksheet-records';
import {
	actionAssignments,
	agreementEvents,
	agreements,
	auditLog,
	casePartners,
	continuityItems,
	invitations,
	meetings,
	memberships,
	pilots,
	recordVersions,
	recurringTaskAssignments
} from '$lib/server/db/schema';
import { addCaseAction, setActionAssignments } from '$lib/domain/cases/case.server';
import { can } from '$lib/domain/permissions/permissions';
import { getHoldings, leaveWithHandover } from './handover.server';

/** A domain result that must have succeeded in this setup. */
function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(`setup refused: ${JSON.stringify(result)}`);
	return result as Extract<T, { ok: true }>;
}

const { db } = getTestDb();

async function membershipOf(partnershipId: string, userId: string) {
	const [row] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, userId)));
	return row!;
}

/** A team where `leaver` (a member) holds one of every kind, and `heir` is another member. */
async function world() {
	const t = await makeTeam(db);
	const partnershipId = t.partnership.id;
	const coordinator = await membershipOf(partnershipId, t.coordinator.id);
	const heir = await makeMember(db, { partnershipId, invitedBy: t.coordinator.id });
	const leaver = { user: t.member, membership: t.membership };
	const kase = await makeCase(db, {
		partnershipId,
		userId: t.coordinator.id,
		partners: [leaver.membership.id, coordinator.id]
	});
	const by = { partnershipId, userId: t.coordinator.id };
	const agreement = await makeAgreement(db, { ...by, origin: { caseId: kase.id }, ownerId: leaver.user.id });
	const { action } = ok(
		await addCaseAction(db, {
			partnershipId,
			caseId: kase.id,
			userId: t.coordinator.id,
			description: 'Huisbezoek plannen',
			feasibility: 3,
			impact: 2
		})
	);
	const rasci = await setActionAssignments(db, {
		partnershipId,
		caseId: kase.id,
		actionId: action.id,
		userId: t.coordinator.id,
		assignments: [
			{ membershipId: leaver.membership.id, letter: 'R' },
			{ membershipId: coordinator.id, letter: 'A' },
			{ membershipId: heir.membership.id, letter: 'I' }
		]
	});
	expect(rasci).toEqual({ ok: true });
	const meeting = await makeMeeting(db, { partnershipId, userId: leaver.user.id });
	await makeInvitation(db, { partnershipId, createdBy: leaver.user.id });
	// What the worksheets gave the leaver: a pilot, a contact they keep and one they back up, a task letter.
	const pilot = await makePilotRecord(db, { ...by, ownerId: leaver.user.id, title: 'Samen op huisbezoek' });
	const kept = await makeContinuityRecord(db, { ...by, contact: 'De school', holderId: leaver.user.id });
	const backedUp = await makeContinuityRecord(db, {
		...by,
		contact: 'Het OCMW',
		holderId: heir.user.id,
		backupId: leaver.user.id
	});
	const task = await makeRecurringTaskRecord(db, {
		...by,
		title: 'Verslag van het overleg',
		letters: [
			{ membershipId: leaver.membership.id, letter: 'A' },
			{ membershipId: coordinator.id, letter: 'R' }
		]
	});
	return {
		...t,
		partnershipId,
		coordinator,
		heir,
		leaver,
		kase,
		agreement,
		action,
		meeting,
		pilot,
		kept,
		backedUp,
		task
	};
}

describe('leaving with handover', () => {
	it('lists every kind a member holds', async () => {
		const w = await world();
		const found = await getHoldings(db, { partnershipId: w.partnershipId, membershipId: w.leaver.membership.id });
		expect(found?.counts).toEqual({
			agreements: 1,
			cases: 1,
			rasci: 1,
			meetings: 1,
			pilots: 1,
			continuity: 2,
			tasks: 1
		});
		expect(found?.holdings.continuity.map((c) => [c.contact, c.as])).toEqual([
			['De school', 'holder'],
			['Het OCMW', 'backup']
		]);
		expect(found?.holdings.tasks).toEqual([{ taskId: w.task.id, title: 'Verslag van het overleg', letter: 'A' }]);
		expect(found?.holdings.invitations).toHaveLength(1);
		expect(found?.lastCoordinator).toBe(false);
	});

	it('refuses while something would be left without a holder', async () => {
		const w = await world();
		const result = await leaveWithHandover(db, {
			partnershipId: w.partnershipId,
			membershipId: w.leaver.membership.id,
			actorId: w.coordinator.userId,
			successors: { all: null, agreements: w.heir.membership.id }
		});
		expect(result).toEqual({
			ok: false,
			reason: 'missing-successor',
			gaps: ['cases', 'rasci', 'meetings', 'pilots', 'continuity', 'tasks']
		});
		expect(
			await getHoldings(db, { partnershipId: w.partnershipId, membershipId: w.leaver.membership.id })
		).not.toBeNull();
	});

	it('moves every kind to the successor, records it, and removes the member', async () => {
		const w = await world();
		const result = await leaveWithHandover(db, {
			partnershipId: w.partnershipId,
			membershipId: w.leaver.membership.id,
			actorId: w.coordinator.userId,
			successors: { all: w.heir.membership.id }
		});
		expect(result).toEqual({ ok: true });
		const [agreement] = await db.select().from(agreements).where(eq(agreements.id, w.agreement.id));
		expect(agreement?.ownerId).toBe(w.heir.user.id);
		const events = await db.select().from(agreementEvents).where(eq(agreementEvents.agreementId, w.agreement.id));
		expect(events.map((e) => e.changes)).toContainEqual({ ownerId: [w.leaver.user.id, w.heir.user.id] });
		const partners = await db.select().from(casePartners).where(eq(casePartners.caseId, w.kase.id));
		expect(partners.map((p) => p.membershipId).sort()).toEqual([w.coordinator.id, w.heir.membership.id].sort());
		// The heir held I on the action; the leaver's R is stronger, so the heir now holds R.
		const letters = await db.select().from(actionAssignments).where(eq(actionAssignments.actionId, w.action.id));
		expect(Object.fromEntries(letters.map((l) => [l.membershipId, l.letter]))).toEqual({
			[w.coordinator.id]: 'A',
			[w.heir.membership.id]: 'R'
		});
		const [meeting] = await db.select().from(meetings).where(eq(meetings.id, w.meeting.id));
		expect(meeting?.createdBy).toBe(w.heir.user.id);
		const open = await db
			.select()
			.from(invitations)
			.where(and(eq(invitations.createdBy, w.leaver.user.id), eq(invitations.partnershipId, w.partnershipId)));
		expect(open.every((i) => i.revokedAt !== null)).toBe(true);
		const audit = await db
			.select({ target: auditLog.target })
			.from(auditLog)
			.where(and(eq(auditLog.partnershipId, w.partnershipId), inArray(auditLog.userId, [w.coordinator.userId])));
		expect(audit.map((a) => a.target)).toEqual(
			expect.arrayContaining([
				'handover:agreement',
				'handover:case-partner',
				'handover:rasci',
				'handover:meeting',
				'handover:invitations',
				'handover:pilot',
				'handover:continuity',
				'handover:task-rasci',
				'membership:left'
			])
		);
		// The worksheet records: the heir owns the pilot, keeps the school's contact, and holds the
		// OCMW's contact without a backup (nobody backs themselves up); the task keeps its A.
		const [pilot] = await db.select().from(pilots).where(eq(pilots.id, w.pilot.id));
		expect(pilot).toMatchObject({ ownerId: w.heir.user.id, version: 2 });
		const contacts = await db
			.select()
			.from(continuityItems)
			.where(inArray(continuityItems.id, [w.kept.id, w.backedUp.id]));
		expect(Object.fromEntries(contacts.map((c) => [c.contact, [c.holderId, c.backupId]]))).toEqual({
			'De school': [w.heir.user.id, null],
			'Het OCMW': [w.heir.user.id, null]
		});
		const taskLetters = await db
			.select()
			.from(recurringTaskAssignments)
			.where(eq(recurringTaskAssignments.taskId, w.task.id));
		expect(Object.fromEntries(taskLetters.map((l) => [l.membershipId, l.letter]))).toEqual({
			[w.coordinator.id]: 'R',
			[w.heir.membership.id]: 'A'
		});
		// Each moved record has its history row.
		const history = await db
			.select({
				pilotId: recordVersions.pilotId,
				action: recordVersions.action,
				version: recordVersions.version,
				content: recordVersions.content
			})
			.from(recordVersions)
			.where(and(eq(recordVersions.partnershipId, w.partnershipId), eq(recordVersions.action, 'handed_over')));
		expect(history).toHaveLength(4);
		expect(history.find((h) => h.pilotId === w.pilot.id)).toMatchObject({
			version: 2,
			content: { title: 'Samen op huisbezoek', owner: w.heir.user.name }
		});
		expect(await getHoldings(db, { partnershipId: w.partnershipId, membershipId: w.leaver.membership.id })).toBeNull();
	});

	it("refuses another partnership's member, an observer or the leaver as successor", async () => {
		const w = await world();
		const other = await makeTeam(db);
		const observer = await makeMember(db, {
			partnershipId: w.partnershipId,
			role: 'observer',
			invitedBy: w.coordinator.userId
		});
		const leave = (successors: { all: string | null; agreements?: string }) =>
			leaveWithHandover(db, {
				partnershipId: w.partnershipId,
				membershipId: w.leaver.membership.id,
				actorId: w.coordinator.userId,
				successors
			});
		expect(await leave({ all: other.membership.id })).toMatchObject({ ok: false, reason: 'bad-successor' });
		expect(await leave({ all: w.leaver.membership.id })).toMatchObject({ ok: false, reason: 'bad-successor' });
		expect(await leave({ all: w.heir.membership.id, agreements: observer.membership.id })).toEqual({
			ok: false,
			reason: 'bad-successor',
			kind: 'agreements'
		});
		const [agreement] = await db.select().from(agreements).where(eq(agreements.id, w.agreement.id));
		expect(agreement?.ownerId).toBe(w.leaver.user.id);
	});

	it('keeps the stronger letter on a recurring task, and refuses a successor who may not hold the worksheet kinds', async () => {
		const w = await world();
		const observer = await makeMember(db, {
			partnershipId: w.partnershipId,
			role: 'observer',
			invitedBy: w.coordinator.userId
		});
		const leave = (successors: { all: string | null; pilots?: string; continuity?: string; tasks?: string }) =>
			leaveWithHandover(db, {
				partnershipId: w.partnershipId,
				membershipId: w.leaver.membership.id,
				actorId: w.coordinator.userId,
				successors
			});
		for (const kind of ['pilots', 'continuity', 'tasks'] as const)
			expect(await leave({ all: w.heir.membership.id, [kind]: observer.membership.id })).toEqual({
				ok: false,
				reason: 'bad-successor',
				kind
			});
		const [pilot] = await db.select().from(pilots).where(eq(pilots.id, w.pilot.id));
		expect(pilot?.ownerId).toBe(w.leaver.user.id);
		// The coordinator holds R on the task, the leaver A: R is the stronger letter and stays
		// (as for a case action's RASCI); the pilot and contacts go to the heir.
		expect(await leave({ all: w.heir.membership.id, tasks: w.coordinator.id, continuity: w.coordinator.id })).toEqual({
			ok: true
		});
		const taskLetters = await db
			.select()
			.from(recurringTaskAssignments)
			.where(eq(recurringTaskAssignments.taskId, w.task.id));
		expect(taskLetters.map((l) => [l.membershipId, l.letter])).toEqual([[w.coordinator.id, 'R']]);
		const [backedUp] = await db.select().from(continuityItems).where(eq(continuityItems.id, w.backedUp.id));
		expect([backedUp?.holderId, backedUp?.backupId]).toEqual([w.heir.user.id, w.coordinator.userId]);
	});

	it('lets the last coordinator leave only by naming a successor, who becomes coordinator', async () => {
		const t = await makeTeam(db);
		const coordinator = await membershipOf(t.partnership.id, t.coordinator.id);
		const leave = (all: string | null) =>
			leaveWithHandover(db, {
				partnershipId: t.partnership.id,
				membershipId: coordinator.id,
				actorId: t.coordinator.id,
				successors: { all }
			});
		expect(await leave(null)).toEqual({ ok: false, reason: 'missing-successor', gaps: ['next-coordinator'] });
		expect(await leave(t.membership.id)).toEqual({ ok: true });
		const heir = await membershipOf(t.partnership.id, t.member.id);
		expect(can(heir.role, 'member:manage')).toBe(true);
		const rows = await db.select().from(memberships).where(eq(memberships.partnershipId, t.partnership.id));
		expect(rows).toHaveLength(1);
	});
});
