import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeAgreement, makeCase, makeTeam } from '../../../../tests/factories';
import { listCaseAudit } from '$lib/domain/audit/audit.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { addCaseAction, saveCaseSection, setActionAssignments, setActionChosen } from './case.server';
import { printCase } from './case-print.server';

const { db } = getTestDb();

describe('the print view of a case', () => {
	it('names the partners and RASCI holders, lists the agreements, and logs the print as a read', async () => {
		const t = await makeTeam(db);
		const by = { partnershipId: t.partnership.id, userId: t.coordinator.id };
		const created = await makeCase(db, { ...by, code: 'P-01', partners: [t.membership.id] });
		const scope = { partnershipId: t.partnership.id, caseId: created.id };
		await saveCaseSection(db, {
			...scope,
			kind: 'voice',
			content: { heard: 'partly', how: 'Een gesprek thuis.', notYetHeard: '' },
			version: 0,
			userId: t.coordinator.id
		});
		const added = await addCaseAction(db, {
			...scope,
			userId: t.coordinator.id,
			description: 'Huisbezoek samen',
			feasibility: 3,
			impact: 2
		});
		if (!added.ok) throw new Error(added.reason);
		const action = added.action;
		await setActionChosen(db, { ...scope, actionId: action.id, chosen: true, userId: t.coordinator.id });
		const coordinatorMembership = (await listMembers(db, t.partnership.id)).find(
			(mb) => mb.userId === t.coordinator.id
		)!.membershipId;
		expect(
			await setActionAssignments(db, {
				...scope,
				actionId: action.id,
				assignments: [
					{ membershipId: coordinatorMembership, letter: 'A' },
					{ membershipId: t.membership.id, letter: 'R' }
				],
				userId: t.coordinator.id
			})
		).toEqual({ ok: true });
		await makeAgreement(db, {
			...by,
			origin: { caseId: created.id },
			what: 'School belt de ouders',
			ownerId: t.member.id
		});

		const printed = await printCase(db, { ...scope, userId: t.coordinator.id });
		if (!printed?.ok) throw new Error('the coordinator reads every case');
		expect(printed.case.code).toBe('P-01');
		// The creator is always a partner of the case (ADR 0023), next to the one ticked.
		expect(printed.partners.map((p) => p.name).sort()).toEqual([t.coordinator.name, t.member.name].sort());
		expect(printed.sections.voice?.content.heard).toBe('partly');
		expect(printed.agreements.map((a) => [a.what, a.ownerName])).toEqual([['School belt de ouders', t.member.name]]);
		expect(printed.consent).toEqual([]);
		expect(printed.actions[0]?.assignments).toEqual(
			expect.arrayContaining([
				{ letter: 'A', name: t.coordinator.name },
				{ letter: 'R', name: t.member.name }
			])
		);

		const { entries, counts } = await listCaseAudit(db, scope);
		expect(entries.rows[0]).toMatchObject({ action: 'print', target: 'case', userName: t.coordinator.name });
		// A print is a read: it is counted with the reads, not with the changes.
		const reads = await listCaseAudit(db, { ...scope, filter: { soort: 'read' } });
		expect(reads.entries.rows.map((e) => e.action)).toEqual(['print']);
		expect(counts.read).toBe(1);
		expect(counts.change).toBe(counts.total - 1);
	});

	it('is null for a case of another partnership, and logs nothing there', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const theirs = await makeCase(db, { partnershipId: other.partnership.id, userId: other.coordinator.id });
		expect(
			await printCase(db, { partnershipId: t.partnership.id, caseId: theirs.id, userId: t.coordinator.id })
		).toBeNull();
		const log = await listCaseAudit(db, { partnershipId: other.partnership.id, caseId: theirs.id });
		expect(log.entries.rows.map((e) => e.action)).toEqual(['create']);
	});
});
