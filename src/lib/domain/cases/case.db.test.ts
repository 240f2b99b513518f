import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeAgreement, makeCase, makeMember, makeTeam } from '../../../../tests/factories';
import { agreements, auditLog, memberships } from '$lib/server/db/schema';
import { listCaseAudit } from '$lib/domain/audit/audit.server';
import {
	addCaseAction,
	createCase,
	getCase,
	listCases,
	saveCaseSection,
	savePerspective,
	setActionAssignments,
	updateCaseMeta
} from './case.server';

const { db } = getTestDb();

function actionOf<T>(added: { ok: true; action: T } | { ok: false }): T {
	if (!added.ok) throw new Error('action not added');
	return added.action;
}

/** The case as its reader (a coordinator, unless the test says otherwise) sees it. */
async function readCase(scope: { partnershipId: string; caseId: string; userId: string }) {
	const found = await getCase(db, scope);
	if (!found || !found.ok) throw new Error(`case not readable: ${JSON.stringify(found)}`);
	return found;
}

async function setup() {
	const team = await makeTeam(db);
	const created = await createCase(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		input: { code: 'K-01', situation: 'Veel afwezig na de herfstvakantie.', partners: [team.membership.id] }
	});
	if (!created.ok) throw new Error('case not created');
	const [coordinatorMembership] = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, team.partnership.id), eq(memberships.userId, team.coordinator.id)));
	return {
		...team,
		coordinatorMembership: coordinatorMembership!,
		caseId: created.id,
		scope: { partnershipId: team.partnership.id, caseId: created.id },
		asCoordinator: { partnershipId: team.partnership.id, caseId: created.id, userId: team.coordinator.id }
	};
}

describe('cases', () => {
	it('creates a case with its situation and partners, and refuses a duplicate code', async () => {
		const t = await setup();
		const found = await readCase(t.asCoordinator);
		expect(found.case.code).toBe('K-01');
		expect(found.sections.situation?.content.situation).toMatch(/afwezig/);
		// Who starts a case is one of its partners (ADR 0023).
		expect(found.partnerIds.sort()).toEqual([t.membership.id, t.coordinatorMembership.id].sort());
		const again = await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'K-01', situation: 'x', partners: [] }
		});
		expect(again).toEqual({ ok: false, reason: 'code-taken' });
		expect(
			(await listCases(db, { partnershipId: t.partnership.id, userId: t.coordinator.id })).cases.rows[0]
		).toMatchObject({
			code: 'K-01',
			readable: true,
			partnerCount: 2,
			openAgreements: 0,
			voiceHeard: null
		});
	});

	it('lists one page of 25 cases with their counts, filters by status and code, and sorts', async () => {
		const t = await setup();
		const scope = { partnershipId: t.partnership.id, userId: t.coordinator.id };
		for (let i = 2; i <= 27; i++) await makeCase(db, { ...scope, code: `K-${String(i).padStart(2, '0')}` });
		const odd = await makeCase(db, { ...scope, code: '50%_korting' });
		await makeAgreement(db, { ...scope, origin: { caseId: t.caseId }, ownerId: t.member.id });
		const done = await makeAgreement(db, { ...scope, origin: { caseId: t.caseId }, ownerId: t.member.id });
		await db.update(agreements).set({ status: 'done' }).where(eq(agreements.id, done.id));
		await updateCaseMeta(db, {
			...t.scope,
			userId: t.coordinator.id,
			version: 1,
			code: 'K-01',
			status: 'closed',
			partners: []
		});
		const other = await makeTeam(db);
		await makeCase(db, { partnershipId: other.partnership.id, userId: other.coordinator.id, code: 'K-02' });
		const none = { status: '', zoek: '', sorteer: '' } as const;

		const first = await listCases(db, { partnershipId: t.partnership.id, userId: t.coordinator.id, filter: none });
		expect(first.counts).toEqual({ total: 28, status: { open: 27, in_follow_up: 0, closed: 1 } });
		expect(first.cases).toMatchObject({ total: 28, page: 1, pages: 2 });
		expect(first.cases.rows).toHaveLength(25);
		// The working order puts open cases first: the closed K-01 is the very last row.
		const last = await listCases(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: none,
			page: 2
		});
		expect(last.cases.rows.map((c) => c.code).at(-1)).toBe('K-01');
		expect(last.cases.rows.at(-1)).toMatchObject({ status: 'closed', partnerCount: 0, openAgreements: 1 });

		const byCode = await listCases(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: { ...none, sorteer: 'code' }
		});
		expect(byCode.cases.rows.slice(0, 3).map((c) => c.code)).toEqual(['50%_korting', 'K-01', 'K-02']);
		const closed = await listCases(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: { ...none, status: 'closed' }
		});
		expect(closed.cases.rows.map((c) => c.code)).toEqual(['K-01']);
		expect(closed.counts.total).toBe(28);
		// The search takes % and _ literally.
		const literal = await listCases(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: { ...none, zoek: '0%_' }
		});
		expect(literal.cases.rows.map((c) => c.id)).toEqual([odd.id]);
		expect(
			(
				await listCases(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					filter: { ...none, zoek: 'k-2' }
				})
			).cases.total
		).toBe(8);
	});

	it('never returns a case through another partnership', async () => {
		const t = await setup();
		const other = await makeTeam(db);
		expect(
			await getCase(db, { partnershipId: other.partnership.id, caseId: t.caseId, userId: other.coordinator.id })
		).toBeNull();
		expect(
			await getCase(db, { partnershipId: other.partnership.id, caseId: t.caseId, userId: t.coordinator.id })
		).toBeNull();
	});

	it('gives the later of two editors of one section a conflict with the stored version', async () => {
		const t = await setup();
		const first = await saveCaseSection(db, {
			...t.scope,
			kind: 'strengths',
			content: { child: 'tekent graag', context: '' },
			version: 0,
			userId: t.coordinator.id
		});
		expect(first).toMatchObject({ ok: true, value: { version: 1 } });
		const second = await saveCaseSection(db, {
			...t.scope,
			kind: 'strengths',
			content: { child: 'sport graag', context: '' },
			version: 0,
			userId: t.member.id
		});
		expect(second).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { content: { child: 'tekent graag' }, version: 1 }
		});
		const stale = await saveCaseSection(db, {
			...t.scope,
			kind: 'situation',
			content: { situation: 'nieuw', differences: '' },
			version: 7,
			userId: t.member.id
		});
		expect(stale.ok).toBe(false);
		expect((await readCase(t.asCoordinator)).sections.situation?.content.situation).toMatch(/afwezig/);
	});

	it('keeps each partner’s perspective apart', async () => {
		const t = await setup();
		await savePerspective(db, {
			...t.scope,
			userId: t.coordinator.id,
			content: { observations: 'moe in de klas' },
			version: 0
		});
		await savePerspective(db, {
			...t.scope,
			userId: t.member.id,
			content: { observations: 'zorgen over huisvesting' },
			version: 0
		});
		const found = await readCase(t.asCoordinator);
		expect(found.perspectives.map((p) => p.perspective.content.observations).sort()).toEqual([
			'moe in de klas',
			'zorgen over huisvesting'
		]);
	});

	it('enforces the RASCI rule and only assigns members of this partnership', async () => {
		const t = await setup();
		const action = actionOf(
			await addCaseAction(db, {
				...t.scope,
				userId: t.coordinator.id,
				description: 'Huisbezoek plannen',
				feasibility: 3,
				impact: 2
			})
		);
		const [coordMembership] = await db
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.partnershipId, t.partnership.id), eq(memberships.userId, t.coordinator.id)));
		const bad = await setActionAssignments(db, {
			...t.scope,
			actionId: action.id,
			userId: t.coordinator.id,
			assignments: [{ membershipId: t.membership.id, letter: 'R' }]
		});
		expect(bad).toMatchObject({ ok: false, reason: 'invalid', message: expect.stringMatching(/precies één/) });
		const good = await setActionAssignments(db, {
			...t.scope,
			actionId: action.id,
			userId: t.coordinator.id,
			assignments: [
				{ membershipId: coordMembership!.id, letter: 'A' },
				{ membershipId: t.membership.id, letter: 'R' }
			]
		});
		expect(good).toEqual({ ok: true });
		const other = await makeTeam(db);
		const foreign = await setActionAssignments(db, {
			...t.scope,
			actionId: action.id,
			userId: t.coordinator.id,
			assignments: [
				{ membershipId: coordMembership!.id, letter: 'A' },
				{ membershipId: other.membership.id, letter: 'R' }
			]
		});
		expect(foreign).toEqual({ ok: false, reason: 'not-eligible' });
		expect((await readCase(t.asCoordinator)).actions[0]?.assignments).toHaveLength(2);
	});

	it('never makes an observer, or a member of another partnership, a case partner or a RASCI holder', async () => {
		const t = await setup();
		const { membership: observer } = await makeMember(db, {
			partnershipId: t.partnership.id,
			role: 'observer',
			invitedBy: t.coordinator.id
		});
		const other = await makeTeam(db);
		for (const partner of [observer.id, other.membership.id]) {
			const created = await createCase(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				input: { code: `K-${partner.slice(0, 4)}`, situation: 'x', partners: [t.membership.id, partner] }
			});
			expect(created).toEqual({ ok: false, reason: 'not-eligible' });
			const updated = await updateCaseMeta(db, {
				...t.scope,
				userId: t.coordinator.id,
				version: 1,
				code: 'K-01',
				status: 'open',
				partners: [partner]
			});
			expect(updated).toEqual({ ok: false, reason: 'not-eligible' });
		}
		const action = actionOf(
			await addCaseAction(db, {
				...t.scope,
				userId: t.coordinator.id,
				description: 'Huisbezoek plannen',
				feasibility: 3,
				impact: 2
			})
		);
		const assigned = await setActionAssignments(db, {
			...t.scope,
			actionId: action.id,
			userId: t.coordinator.id,
			assignments: [
				{ membershipId: observer.id, letter: 'A' },
				{ membershipId: t.membership.id, letter: 'R' }
			]
		});
		expect(assigned).toEqual({ ok: false, reason: 'not-eligible' });
		expect((await readCase(t.asCoordinator)).partnerIds.sort()).toEqual(
			[t.membership.id, t.coordinatorMembership.id].sort()
		);
		expect(
			(await listCases(db, { partnershipId: t.partnership.id, userId: t.coordinator.id })).cases.rows.map((c) => c.code)
		).toEqual(['K-01']);
	});

	it('refuses a stale status change', async () => {
		const t = await setup();
		const ok = await updateCaseMeta(db, {
			...t.scope,
			userId: t.coordinator.id,
			version: 1,
			code: 'K-01',
			status: 'in_follow_up',
			partners: [t.membership.id]
		});
		expect(ok).toEqual({ ok: true });
		const stale = await updateCaseMeta(db, {
			...t.scope,
			userId: t.member.id,
			version: 1,
			code: 'K-01',
			status: 'closed',
			partners: [t.membership.id]
		});
		expect(stale).toEqual({ ok: false, reason: 'conflict' });
	});
});

describe('audit log', () => {
	it('records changes and cannot be edited or deleted', async () => {
		const t = await setup();
		await saveCaseSection(db, {
			...t.scope,
			kind: 'voice',
			content: { heard: 'partly', how: '', notYetHeard: 'het kind' },
			version: 0,
			userId: t.member.id,
			savedAnyway: true
		});
		const entries = (await listCaseAudit(db, t.scope)).entries.rows;
		expect(entries.map((e) => `${e.action}:${e.target}`)).toEqual(
			expect.arrayContaining(['create:case', 'save-anyway:voice'])
		);
		await expect(db.update(auditLog).set({ action: 'x' }).where(eq(auditLog.caseId, t.caseId))).rejects.toMatchObject({
			cause: { message: expect.stringMatching(/append-only/) }
		});
		await expect(db.delete(auditLog).where(eq(auditLog.caseId, t.caseId))).rejects.toMatchObject({
			cause: { message: expect.stringMatching(/append-only/) }
		});
		expect((await listCaseAudit(db, t.scope)).entries.rows).toHaveLength(entries.length);
		const log = await listCaseAudit(db, { ...t.scope, filter: { soort: 'save-anyway' } });
		expect(log.entries.rows.map((e) => e.target)).toEqual(['voice']);
		expect(log.counts).toMatchObject({ total: entries.length, 'save-anyway': 1, change: entries.length });
		// Only a deliberate maintenance transaction may purge.
		await db.transaction(async (tx) => {
			await tx.execute(sql`set local brugwerk.audit_maintenance = 'on'`);
			await tx.delete(auditLog).where(eq(auditLog.caseId, t.caseId));
		});
		expect((await listCaseAudit(db, t.scope)).entries.total).toBe(0);
	});
});

describe('case work summary', () => {
	it('counts cases, overdue agreements and where the voice of child and parents is missing', async () => {
		const { homeSummary } = await import('$lib/domain/compass/home.server');
		const { createAgreement } = await import('$lib/domain/agreements/agreement.server');
		const t = await setup();
		await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'K-02', situation: 'x', partners: [] }
		});
		await saveCaseSection(db, {
			...t.scope,
			kind: 'voice',
			content: { heard: 'yes', how: 'gesprek', notYetHeard: '' },
			version: 0,
			userId: t.member.id
		});
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { what: 'Bellen', ownerId: t.member.id, dueDate: '2020-01-01', feedbackDate: null, feedbackNote: '' },
			voice: null
		});
		const { compass } = await homeSummary(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			canReadAgreements: true
		});
		expect(compass.cases).toEqual({ open: 2, inFollowUp: 0, closed: 0 });
		expect(compass.agreements).toMatchObject({ active: 1, overdue: 1 });
		expect(compass.agreements.dueFirst).toMatchObject([{ what: 'Bellen', dueDate: '2020-01-01', overdue: true }]);
		expect(compass.voiceMissing).toMatchObject({ cases: 1, agreements: 1 });
	});
});
