import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { isoDate, makeAgreement, makeMember, makeTeam } from '../../../../tests/factories';
import { createCase } from '$lib/domain/cases/case.server';
import type { Role } from '$lib/domain/permissions/permissions';
import {
	createAgreement,
	getAgreement,
	listAgreements,
	listAgreementsOwnedBy,
	updateAgreement
} from './agreement.server';

const { db } = getTestDb();

async function setup(role: Role = 'member') {
	const team = await makeTeam(db, role);
	const c = await createCase(db, {
		partnershipId: team.partnership.id,
		userId: team.coordinator.id,
		input: { code: 'A-1', situation: 'x', partners: [] }
	});
	if (!c.ok) throw new Error('no case');
	return { ...team, caseId: c.id };
}

const base = {
	what: 'Gesprek met de ouders plannen',
	dueDate: '2026-01-15',
	feedbackDate: '2026-01-20',
	feedbackNote: 'Op het volgende overleg'
};

describe('agreements', () => {
	it('creates, lists with filters, marks overdue, and keeps a history of changes', async () => {
		const t = await setup();
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { ...base, ownerId: t.member.id },
			voice: null
		});
		if (!r.ok) throw new Error('not created');
		const all = (
			await listAgreements(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				filter: { status: 'active', owner: '', origin: 'all', sorteer: '' }
			})
		).agreements.rows;
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({ caseCode: 'A-1', ownerName: 'Partner', overdue: true });
		expect(
			(
				await listAgreements(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					filter: { status: 'done', owner: '', origin: 'all', sorteer: '' }
				})
			).agreements.rows
		).toHaveLength(0);
		expect(
			(
				await listAgreements(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					filter: { status: 'all', owner: t.coordinator.id, origin: 'all', sorteer: '' }
				})
			).agreements.rows
		).toHaveLength(0);

		const done = await updateAgreement(db, {
			partnershipId: t.partnership.id,
			agreementId: r.id,
			userId: t.member.id,
			version: 1,
			input: { ...base, ownerId: t.member.id, status: 'done', note: 'Gesprek was fijn' },
			voice: { heard: 'yes', how: 'thuis', notYetHeard: '' }
		});
		expect(done).toEqual({ ok: true });
		const found = await getAgreement(db, {
			partnershipId: t.partnership.id,
			agreementId: r.id,
			userId: t.coordinator.id
		});
		if (!found?.ok) throw new Error('agreement not visible');
		expect(found?.agreement.status).toBe('done');
		expect(found?.history[0]).toMatchObject({ note: 'Gesprek was fijn', changes: { status: ['open', 'done'] } });
		expect(found?.history).toHaveLength(2);
	});

	it('shows one page of 25, counts the overdue ones over every page, and sorts', async () => {
		const t = await setup();
		const scope = { partnershipId: t.partnership.id, userId: t.coordinator.id };
		// 12 overdue, 18 due later; the last one made is also the last one due.
		for (let i = 0; i < 30; i++)
			await makeAgreement(db, {
				...scope,
				origin: { caseId: t.caseId },
				what: `Afspraak ${String(i).padStart(2, '0')}`,
				ownerId: t.member.id,
				dueDate: isoDate(i < 12 ? -20 + i : i)
			});
		const filter = { status: 'active', owner: '', origin: 'all', sorteer: '' } as const;
		const first = await listAgreements(db, { partnershipId: t.partnership.id, userId: t.coordinator.id, filter });
		expect(first.agreements).toMatchObject({ total: 30, page: 1, pages: 2 });
		expect(first.agreements.rows).toHaveLength(25);
		expect(first.agreements.rows[0]).toMatchObject({ what: 'Afspraak 00', overdue: true });
		expect(first.overdue).toBe(12);
		const second = await listAgreements(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter,
			page: 2
		});
		expect(second.agreements.rows.map((a) => a.what)).toEqual(
			['25', '26', '27', '28', '29'].map((n) => `Afspraak ${n}`)
		);
		expect(second.overdue).toBe(12);
		const late = await listAgreements(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: { ...filter, status: 'overdue' }
		});
		expect(late.agreements.total).toBe(12);
		expect(late.agreements.rows.every((a) => a.overdue)).toBe(true);
		const changed = await listAgreements(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			filter: { ...filter, sorteer: 'gewijzigd' }
		});
		expect(changed.agreements.rows[0]?.what).toBe('Afspraak 29');
		// Another partnership sees none of them.
		const other = await makeTeam(db);
		expect(
			(await listAgreements(db, { partnershipId: other.partnership.id, userId: other.coordinator.id, filter }))
				.agreements.total
		).toBe(0);
	});

	it('refuses a stale edit and an impossible status jump', async () => {
		const t = await setup();
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { ...base, ownerId: t.member.id },
			voice: null
		});
		if (!r.ok) throw new Error('not created');
		const args = { partnershipId: t.partnership.id, agreementId: r.id, userId: t.member.id, voice: null };
		expect(
			await updateAgreement(db, {
				...args,
				version: 1,
				input: { ...base, ownerId: t.member.id, status: 'dropped', note: '' }
			})
		).toEqual({ ok: true });
		expect(
			await updateAgreement(db, {
				...args,
				version: 1,
				input: { ...base, ownerId: t.member.id, status: 'open', note: '' }
			})
		).toMatchObject({ ok: false, reason: 'conflict' });
		expect(
			await updateAgreement(db, {
				...args,
				version: 2,
				input: { ...base, ownerId: t.member.id, status: 'done', note: '' }
			})
		).toEqual({
			ok: false,
			reason: 'bad-transition',
			from: 'dropped'
		});
	});

	it('only lets coordinators and members own agreements, and feeds the owner’s calendar', async () => {
		const t = await setup('observer');
		const observerOwned = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { ...base, ownerId: t.member.id },
			voice: null
		});
		expect(observerOwned).toEqual({ ok: false, reason: 'owner-not-member' });
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { ...base, ownerId: t.coordinator.id },
			voice: null
		});
		const mine = await listAgreementsOwnedBy(db, t.coordinator.id);
		expect(mine.map((a) => a.what)).toEqual([base.what]);
		expect(mine[0]?.caseCode).toBe('A-1');
	});

	it('never hands an agreement to an observer or to a member of another partnership, and keeps the owner', async () => {
		const t = await setup();
		const { user: observer } = await makeMember(db, {
			partnershipId: t.partnership.id,
			role: 'observer',
			invitedBy: t.coordinator.id
		});
		const other = await setup();
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: t.caseId,
			input: { ...base, ownerId: t.member.id },
			voice: null
		});
		if (!r.ok) throw new Error('not created');
		for (const ownerId of [observer.id, other.member.id]) {
			expect(
				await createAgreement(db, {
					partnershipId: t.partnership.id,
					userId: t.coordinator.id,
					caseId: t.caseId,
					input: { ...base, ownerId },
					voice: null
				})
			).toEqual({ ok: false, reason: 'owner-not-member' });
			expect(
				await updateAgreement(db, {
					partnershipId: t.partnership.id,
					agreementId: r.id,
					userId: t.coordinator.id,
					version: 1,
					input: { ...base, ownerId, status: 'open', note: '' },
					voice: null
				})
			).toEqual({ ok: false, reason: 'owner-not-member' });
		}
		const found = await getAgreement(db, {
			partnershipId: t.partnership.id,
			agreementId: r.id,
			userId: t.coordinator.id
		});
		if (!found?.ok) throw new Error('agreement not visible');
		expect(found?.agreement).toMatchObject({ ownerId: t.member.id, version: 1 });
	});

	it('cannot attach an agreement to another partnership’s case', async () => {
		const t = await setup();
		const other = await setup();
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: other.caseId,
			input: { ...base, ownerId: t.member.id },
			voice: null
		});
		expect(r).toEqual({ ok: false, reason: 'origin-not-found' });
	});
});
