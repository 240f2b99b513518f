import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { covenantFilterSchema } from '$lib/domain/covenants/covenant.schema';
import { getCovenant, listCovenants } from '$lib/domain/covenants/covenant.server';
import { listRecordContributors } from '$lib/domain/worksheets/record-history.server';
import { seedDemoCovenants } from './covenants';

const { db } = getTestDb();
const all = covenantFilterSchema.parse({});

async function team() {
	const t = await makeTeam(db);
	return { ...t, scope: { partnershipId: t.partnership.id } };
}

describe('demo data', () => {
	it('makes one action plan with four commitments over the three levels, to review in the coming month', async () => {
		const t = await team();
		const member = (userId: string, role: 'coordinator' | 'member') => ({
			userId,
			membershipId: '',
			name: '',
			role,
			organisationName: ''
		});
		const now = new Date('2026-12-07T10:00:00Z');
		await db.transaction((tx) =>
			seedDemoCovenants(
				tx,
				{ ...t.scope, members: [member(t.coordinator.id, 'coordinator'), member(t.member.id, 'member')] },
				now
			)
		);
		const list = await listCovenants(db, { ...t.scope, filter: all, today: '2026-12-07' });
		expect(list.covenants.rows).toHaveLength(1);
		const found = await getCovenant(db, { ...t.scope, covenantId: list.covenants.rows[0]!.id });
		expect(found!.covenant).toMatchObject({ kind: 'action_plan', version: 5, reviewOn: '2026-12-25' });
		expect(new Set(found!.covenant.commitments.map((c) => c.level))).toEqual(new Set(['micro', 'meso', 'macro']));
		expect(found!.covenant.commitments).toHaveLength(4);
		const ref = { covenantId: found!.covenant.id };
		expect(await listRecordContributors(db, { ...t.scope, ref })).toHaveLength(2);
	});
});
