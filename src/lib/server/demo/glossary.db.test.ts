import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makeTeam, makeUser } from '../../../../tests/factories';
import { listTerms } from '$lib/domain/glossary/glossary.server';
import { listRecordContributors } from '$lib/domain/worksheets/record-history.server';
import type { DemoContext } from './context';
import { seedDemoGlossary } from './glossary';

const { db } = getTestDb();

describe('demo glossary', () => {
	it('makes six terms with meanings from two sectors, written by several partners', async () => {
		const t = await makeTeam(db);
		const extra = [];
		for (const name of ['Leerkracht', 'CLB-medewerker', 'CAW-medewerker'])
			extra.push(
				await makeMember(db, {
					partnershipId: t.partnership.id,
					user: await makeUser(db, { name }),
					invitedBy: t.coordinator.id
				})
			);
		const ctx: DemoContext = {
			partnershipId: t.partnership.id,
			members: [
				{ userId: t.coordinator.id, membershipId: '', name: 'Coördinator', role: 'coordinator', organisationName: '' },
				...extra.map((e) => ({
					userId: e.user.id,
					membershipId: e.membership.id,
					name: e.user.name,
					role: 'member' as const,
					organisationName: ''
				}))
			]
		};
		await db.transaction((tx) => seedDemoGlossary(tx, ctx));
		const list = await listTerms(db, { partnershipId: t.partnership.id, filter: { q: '', sector: '' } });
		expect(list.total).toBe(6);
		for (const row of list.rows) {
			expect(row.plainWords).not.toBe('');
			expect(row.meanings.map((mn) => mn.sector)).toEqual(['education', 'welfare']);
		}
		const contributors = await listRecordContributors(db, {
			partnershipId: t.partnership.id,
			ref: { glossaryTermId: list.rows[0]!.id }
		});
		expect(contributors.length).toBeGreaterThanOrEqual(2);
	});
});
