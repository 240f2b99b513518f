import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeMember, makeTeam, makeUser } from '../../../../tests/factories';
import { continuityItems } from '$lib/server/db/schema';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import {
	createContinuityItem,
	deleteContinuityItem,
	getContinuityItem,
	listContinuityItems,
	updateContinuityItem
} from './continuity.server';
import { continuityItemSchema, type ContinuityFilter, type ContinuityItemInput } from './continuity.schema';

const { db } = getTestDb();

const all: ContinuityFilter = { zonder: '', van: '' };

async function world() {
	const t = await makeTeam(db);
	const observer = await makeMember(db, {
		partnershipId: t.partnership.id,
		role: 'observer',
		user: await makeUser(db, { name: 'Waarnemer' }),
		invitedBy: t.coordinator.id
	});
	return { ...t, partnershipId: t.partnership.id, observer: observer.user };
}

function item(
	holderId: string,
	backupId: string | null,
	contact = 'De zorgcoördinator van de basisschool'
): ContinuityItemInput {
	return { contact, holderId, backupId, handoverNote: 'De map staat op de gedeelde schijf.' };
}

describe('continuity plan', () => {
	it('the schema asks for a contact and a holder, and a backup other than the holder', () => {
		const holder = crypto.randomUUID();
		expect(continuityItemSchema.safeParse({ contact: '', holderId: holder }).success).toBe(false);
		expect(continuityItemSchema.safeParse({ contact: 'Het CLB', holderId: '' }).success).toBe(false);
		const same = continuityItemSchema.safeParse({ contact: 'Het CLB', holderId: holder, backupId: holder });
		expect(same.success).toBe(false);
		expect(same.error?.issues[0]?.path).toEqual(['backupId']);
		const none = continuityItemSchema.parse({ contact: 'Het CLB', holderId: holder, backupId: '' });
		expect(none.backupId).toBeNull();
		expect(continuityItemSchema.safeParse({ contact: 'x'.repeat(301), holderId: holder }).success).toBe(false);
		expect(
			continuityItemSchema.safeParse({ contact: 'Het CLB', holderId: holder, handoverNote: 'x'.repeat(2001) }).success
		).toBe(false);
	});

	it('creates an item with names in its first version, readable in this partnership only', async () => {
		const w = await world();
		const created = await createContinuityItem(db, {
			partnershipId: w.partnershipId,
			userId: w.member.id,
			input: item(w.member.id, w.coordinator.id)
		});
		expect(created.ok).toBe(true);
		const id = created.ok ? created.id : '';
		const found = await getContinuityItem(db, { partnershipId: w.partnershipId, itemId: id });
		expect(found).toMatchObject({ holderName: 'Partner', backupName: 'Coördinator', version: 1 });
		const [version] = await listRecordVersions(db, { partnershipId: w.partnershipId, ref: { continuityItemId: id } });
		expect(version).toMatchObject({ version: 1, action: 'created' });
		expect(version!.content).toEqual({
			contact: 'De zorgcoördinator van de basisschool',
			holder: 'Partner',
			backup: 'Coördinator',
			handoverNote: 'De map staat op de gedeelde schijf.'
		});
		const other = await makeTeam(db);
		expect(await getContinuityItem(db, { partnershipId: other.partnership.id, itemId: id })).toBeNull();
	});

	it('refuses an observer, a stranger or another partnership’s member as holder or backup, and backup = holder', async () => {
		const w = await world();
		const other = await makeTeam(db);
		const stranger = await makeUser(db, { name: 'Vreemde' });
		const scope = { partnershipId: w.partnershipId, userId: w.coordinator.id };
		for (const input of [
			item(w.observer.id, null),
			item(w.member.id, w.observer.id),
			item(other.member.id, null),
			item(w.member.id, other.coordinator.id),
			item(stranger.id, null),
			item(w.member.id, w.member.id)
		])
			expect(await createContinuityItem(db, { ...scope, input })).toEqual({ ok: false, reason: 'not-eligible' });
		expect(await db.select().from(continuityItems).where(eq(continuityItems.partnershipId, w.partnershipId))).toEqual(
			[]
		);

		const created = await createContinuityItem(db, { ...scope, input: item(w.member.id, null) });
		const id = created.ok ? created.id : '';
		expect(
			await updateContinuityItem(db, { ...scope, itemId: id, version: 1, input: item(w.member.id, w.observer.id) })
		).toEqual({ ok: false, reason: 'not-eligible' });
		expect(
			await updateContinuityItem(db, { ...scope, itemId: id, version: 1, input: item(w.member.id, w.member.id) })
		).toEqual({ ok: false, reason: 'not-eligible' });
		expect((await getContinuityItem(db, { partnershipId: w.partnershipId, itemId: id }))?.version).toBe(1);
	});

	it('names a backup with a version; a stale save is a conflict; history and contributors follow', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const created = await createContinuityItem(db, {
			...scope,
			userId: w.coordinator.id,
			input: item(w.coordinator.id, null)
		});
		const id = created.ok ? created.id : '';
		const named = await updateContinuityItem(db, {
			...scope,
			itemId: id,
			userId: w.member.id,
			version: 1,
			input: item(w.coordinator.id, w.member.id)
		});
		expect(named).toEqual({ ok: true });
		const stale = await updateContinuityItem(db, {
			...scope,
			itemId: id,
			userId: w.coordinator.id,
			version: 1,
			input: item(w.coordinator.id, null, 'Iets anders')
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2, backupId: w.member.id } });
		const versions = await listRecordVersions(db, { ...scope, ref: { continuityItemId: id } });
		expect(versions.map((v) => [v.version, v.action, v.content.backup])).toEqual([
			[2, 'updated', 'Partner'],
			[1, 'created', '']
		]);
		expect(await listRecordContributors(db, { ...scope, ref: { continuityItemId: id } })).toEqual([
			'Coördinator',
			'Partner'
		]);
		// Another partnership cannot change it.
		const other = await makeTeam(db);
		expect(
			await updateContinuityItem(db, {
				partnershipId: other.partnership.id,
				itemId: id,
				userId: other.coordinator.id,
				version: 2,
				input: item(other.coordinator.id, null)
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await updateContinuityItem(db, {
				partnershipId: other.partnership.id,
				itemId: id,
				userId: other.coordinator.id,
				version: 2,
				input: item(w.coordinator.id, null)
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect((await getContinuityItem(db, { ...scope, itemId: id }))?.version).toBe(2);
	});

	it('lists the plan with the filters "no backup yet" and "mine", and counts', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId, userId: w.coordinator.id };
		await createContinuityItem(db, { ...scope, input: item(w.coordinator.id, w.member.id, 'B: het CAW') });
		await createContinuityItem(db, { ...scope, input: item(w.coordinator.id, null, 'A: het OCMW') });
		await createContinuityItem(db, { ...scope, input: item(w.member.id, null, 'C: de oudergroep') });
		const plan = await listContinuityItems(db, { ...scope, filter: all });
		expect(plan.items.rows.map((i) => i.contact)).toEqual(['A: het OCMW', 'B: het CAW', 'C: de oudergroep']);
		expect(plan.counts).toEqual({ total: 3, noBackup: 2, mine: 2 });
		const noBackup = await listContinuityItems(db, { ...scope, filter: { zonder: 'backup', van: '' } });
		expect(noBackup.items.rows.map((i) => i.contact)).toEqual(['A: het OCMW', 'C: de oudergroep']);
		const membersOwn = await listContinuityItems(db, {
			...scope,
			userId: w.member.id,
			filter: { zonder: '', van: 'mij' }
		});
		expect(membersOwn.items.rows.map((i) => i.contact)).toEqual(['B: het CAW', 'C: de oudergroep']);
		const both = await listContinuityItems(db, {
			...scope,
			userId: w.member.id,
			filter: { zonder: 'backup', van: 'mij' }
		});
		expect(both.items.rows.map((i) => i.contact)).toEqual(['C: de oudergroep']);
		const other = await makeTeam(db);
		const theirs = await listContinuityItems(db, {
			partnershipId: other.partnership.id,
			userId: other.coordinator.id,
			filter: all
		});
		expect(theirs.items.total).toBe(0);
		expect(theirs.counts.total).toBe(0);
	});

	it('lets the maker or a coordinator delete an item; nobody else, and not from another partnership', async () => {
		const w = await world();
		const scope = { partnershipId: w.partnershipId };
		const created = await createContinuityItem(db, { ...scope, userId: w.member.id, input: item(w.member.id, null) });
		const id = created.ok ? created.id : '';
		const colleague = await makeMember(db, { partnershipId: w.partnershipId, invitedBy: w.coordinator.id });
		expect(await deleteContinuityItem(db, { ...scope, itemId: id, userId: colleague.user.id, role: 'member' })).toEqual(
			{
				ok: false,
				reason: 'forbidden'
			}
		);
		const other = await makeTeam(db);
		expect(
			await deleteContinuityItem(db, {
				partnershipId: other.partnership.id,
				itemId: id,
				userId: other.coordinator.id,
				role: 'coordinator'
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await deleteContinuityItem(db, { ...scope, itemId: id, userId: w.coordinator.id, role: 'coordinator' })
		).toEqual({
			ok: true
		});
		expect(await getContinuityItem(db, { ...scope, itemId: id })).toBeNull();
	});
});
