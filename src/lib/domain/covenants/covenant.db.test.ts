import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { auditLog, covenantCommitments } from '$lib/server/db/schema';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import {
	addCommitment,
	createCovenant,
	deleteCovenant,
	getCovenant,
	listCovenants,
	removeCommitment,
	updateCommitment,
	updateCovenant
} from './covenant.server';
import { commitmentSchema, covenantFilterSchema, covenantSchema, type CovenantInput } from './covenant.schema';

const { db } = getTestDb();

const plan: CovenantInput = {
	kind: 'action_plan',
	title: 'Samen tegen schoolkosten',
	purpose: 'Geen kind blijft thuis van een uitstap omdat het geld ontbreekt.',
	signedOn: null,
	validUntil: '2027-06-30',
	reviewOn: '2027-01-15'
};
const all = covenantFilterSchema.parse({});

async function team() {
	const t = await makeTeam(db);
	return { ...t, scope: { partnershipId: t.partnership.id } };
}

describe('covenant schema', () => {
	it('asks a title, valid dates, and no review or end before the signing day', () => {
		const bad = covenantSchema.safeParse({
			kind: 'convenant',
			title: ' ',
			purpose: '',
			signedOn: '2027-02-01',
			validUntil: '2027-01-01',
			reviewOn: '2027-02-30'
		});
		expect(bad.success).toBe(false);
		const fields = bad.error!.issues.map((i) => i.path[0]);
		expect(fields).toEqual(expect.arrayContaining(['kind', 'title', 'reviewOn']));
		const early = covenantSchema.safeParse({ ...plan, signedOn: '2027-02-01', validUntil: '2027-01-01', reviewOn: '' });
		expect(early.error?.issues.map((i) => i.path[0])).toEqual(['validUntil']);
		const ok = covenantSchema.parse({ ...plan, signedOn: '', validUntil: '', reviewOn: '2027-01-15' });
		expect(ok).toMatchObject({ signedOn: null, validUntil: null, reviewOn: '2027-01-15' });
	});

	it('asks a level, a party and what a commitment holds', () => {
		const bad = commitmentSchema.safeParse({ level: 'wijk', party: '', what: '', until: 'morgen' });
		expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(['level', 'party', 'until', 'what']);
		expect(commitmentSchema.safeParse({ level: 'meso', party: 'x'.repeat(201), what: 'a', until: '' }).success).toBe(
			false
		);
	});
});

describe('covenants', () => {
	it('creates a plan with a first version in its history', async () => {
		const t = await team();
		const { id } = await createCovenant(db, { ...t.scope, userId: t.member.id, input: plan });
		const found = await getCovenant(db, { ...t.scope, covenantId: id });
		expect(found?.covenant).toMatchObject({ ...plan, version: 1, createdBy: t.member.id, commitments: [] });
		const versions = await listRecordVersions(db, { ...t.scope, ref: { covenantId: id } });
		expect(versions).toHaveLength(1);
		expect(versions[0]).toMatchObject({ version: 1, action: 'created' });
		expect(versions[0]!.content).toMatchObject({ title: plan.title, commitments: [] });
	});

	it('updates with a version; a stale save is a conflict that returns what is stored', async () => {
		const t = await team();
		const { id } = await createCovenant(db, { ...t.scope, userId: t.member.id, input: plan });
		const first = await updateCovenant(db, {
			...t.scope,
			covenantId: id,
			userId: t.coordinator.id,
			version: 1,
			input: { ...plan, kind: 'covenant', signedOn: '2026-12-01' }
		});
		expect(first).toEqual({ ok: true, version: 2 });
		const stale = await updateCovenant(db, {
			...t.scope,
			covenantId: id,
			userId: t.member.id,
			version: 1,
			input: { ...plan, title: 'Andere titel' }
		});
		expect(stale.ok).toBe(false);
		if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
		expect(stale.current).toMatchObject({ kind: 'covenant', title: plan.title, version: 2, commitments: [] });
		const versions = await listRecordVersions(db, { ...t.scope, ref: { covenantId: id } });
		expect(versions.map((v) => [v.version, v.action])).toEqual([
			[2, 'updated'],
			[1, 'created']
		]);
		expect(await listRecordContributors(db, { ...t.scope, ref: { covenantId: id } })).toHaveLength(2);
	});

	it('adds, changes and removes commitments: each bumps the version and saves the whole plan in the history', async () => {
		const t = await team();
		const scope = { ...t.scope, userId: t.member.id };
		const { id } = await createCovenant(db, { ...scope, input: plan });
		const covenant = { ...scope, covenantId: id };
		expect(
			await addCommitment(db, {
				...covenant,
				version: 1,
				input: { level: 'meso', party: 'CLB', what: 'Een vast aanspreekpunt per school.', until: '2027-06-30' }
			})
		).toEqual({ ok: true, version: 2 });
		expect(
			await addCommitment(db, {
				...covenant,
				version: 2,
				input: { level: 'micro', party: 'Brugfiguur', what: 'Elke maand een spreekuur.', until: null }
			})
		).toEqual({ ok: true, version: 3 });
		// A commitment added on an old version is a conflict, and nothing is added.
		const stale = await addCommitment(db, {
			...covenant,
			version: 2,
			input: { level: 'macro', party: 'Gemeente', what: 'Betaalt de tolk.', until: null }
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { version: 3 } });
		let found = await getCovenant(db, { ...t.scope, covenantId: id });
		expect(found!.covenant.commitments.map((c) => c.party)).toEqual(['Brugfiguur', 'CLB']);
		const clb = found!.covenant.commitments.find((c) => c.party === 'CLB')!;
		expect(
			await updateCommitment(db, {
				...covenant,
				commitmentId: clb.id,
				version: 3,
				input: { level: 'meso', party: 'CLB Brugge', what: 'Een vast aanspreekpunt per school.', until: null }
			})
		).toEqual({ ok: true, version: 4 });
		const versions = await listRecordVersions(db, { ...t.scope, ref: { covenantId: id } });
		expect(versions[0]).toMatchObject({ version: 4, action: 'updated' });
		expect(versions[0]!.content.commitments).toEqual([
			'Micro · Brugfiguur · Elke maand een spreekuur.',
			'Meso · CLB Brugge · Een vast aanspreekpunt per school.'
		]);
		expect(versions[1]!.content.commitments).toEqual([
			'Micro · Brugfiguur · Elke maand een spreekuur.',
			'Meso · CLB · Een vast aanspreekpunt per school. · 2027-06-30'
		]);
		expect(await removeCommitment(db, { ...covenant, commitmentId: clb.id, version: 3 })).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		expect(await removeCommitment(db, { ...covenant, commitmentId: clb.id, version: 4 })).toEqual({
			ok: true,
			version: 5
		});
		expect(await removeCommitment(db, { ...covenant, commitmentId: clb.id, version: 5 })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		found = await getCovenant(db, { ...t.scope, covenantId: id });
		expect(found!.covenant).toMatchObject({ version: 5 });
		expect(found!.covenant.commitments.map((c) => c.party)).toEqual(['Brugfiguur']);
		expect((await listRecordVersions(db, { ...t.scope, ref: { covenantId: id } })).length).toBe(5);
	});

	it('lists a page with filters on kind and review, sorted, with counts', async () => {
		const t = await team();
		const scope = { ...t.scope, userId: t.member.id };
		const today = '2027-01-20';
		await createCovenant(db, { ...scope, input: { ...plan, title: 'B due', reviewOn: '2027-01-15' } });
		await createCovenant(db, { ...scope, input: { ...plan, title: 'A later', reviewOn: '2027-03-01' } });
		await createCovenant(db, { ...scope, input: { ...plan, kind: 'covenant', title: 'C none', reviewOn: null } });
		const list = await listCovenants(db, { ...t.scope, filter: all, today });
		expect(list.covenants.total).toBe(3);
		expect(list.counts).toEqual({ total: 3, kind: { covenant: 1, action_plan: 2 }, due: 1 });
		const due = await listCovenants(db, { ...t.scope, filter: { ...all, herbekijken: '1' }, today });
		expect(due.covenants.rows.map((r) => r.title)).toEqual(['B due']);
		const byTitle = await listCovenants(db, { ...t.scope, filter: { ...all, sortering: 'titel' }, today });
		expect(byTitle.covenants.rows.map((r) => r.title)).toEqual(['A later', 'B due', 'C none']);
		const byReview = await listCovenants(db, { ...t.scope, filter: { ...all, sortering: 'herbekijken' }, today });
		expect(byReview.covenants.rows.map((r) => r.title)).toEqual(['B due', 'A later', 'C none']);
		const plans = await listCovenants(db, { ...t.scope, filter: { ...all, soort: 'covenant' }, today });
		expect(plans.covenants.rows.map((r) => [r.title, r.commitments])).toEqual([['C none', 0]]);
	});

	it('lets the maker or a coordinator delete a plan, not another member', async () => {
		const t = await team();
		const { id } = await createCovenant(db, { ...t.scope, userId: t.coordinator.id, input: plan });
		expect(await deleteCovenant(db, { ...t.scope, covenantId: id, userId: t.member.id, role: 'member' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(
			await deleteCovenant(db, { ...t.scope, covenantId: id, userId: t.coordinator.id, role: 'coordinator' })
		).toEqual({ ok: true });
		expect(await getCovenant(db, { ...t.scope, covenantId: id })).toBeNull();
	});

	it('keeps a trace of a save despite the personal-data warning', async () => {
		const t = await team();
		const { id } = await createCovenant(db, { ...t.scope, userId: t.member.id, input: plan, savedAnyway: true });
		const rows = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.partnershipId, t.partnership.id), eq(auditLog.target, 'covenant')));
		expect(rows.map((r) => r.detail)).toEqual([{ covenantId: id }]);
	});
});

describe('tenant isolation', () => {
	it('hides partnership B’s plan from A and refuses every change from A', async () => {
		const a = await team();
		const b = await team();
		const { id } = await createCovenant(db, { ...b.scope, userId: b.member.id, input: plan });
		await addCommitment(db, {
			...b.scope,
			covenantId: id,
			userId: b.member.id,
			version: 1,
			input: { level: 'micro', party: 'School', what: 'Belt de ouders.', until: null }
		});
		const [theirs] = await db.select().from(covenantCommitments).where(eq(covenantCommitments.covenantId, id));
		const fromA = { ...a.scope, covenantId: id, userId: a.member.id };
		expect(await getCovenant(db, { ...a.scope, covenantId: id })).toBeNull();
		expect((await listCovenants(db, { ...a.scope, filter: all })).covenants.total).toBe(0);
		expect(await updateCovenant(db, { ...fromA, version: 2, input: plan })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const input = { level: 'macro', party: 'Provincie', what: 'Iets.', until: null } as const;
		expect(await addCommitment(db, { ...fromA, version: 2, input })).toEqual({ ok: false, reason: 'not-found' });
		expect(await updateCommitment(db, { ...fromA, commitmentId: theirs!.id, version: 2, input })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await removeCommitment(db, { ...fromA, commitmentId: theirs!.id, version: 2 })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteCovenant(db, { ...fromA, role: 'coordinator' })).toEqual({ ok: false, reason: 'not-found' });
		// A's own plan with B's commitment id: still not found.
		const own = await createCovenant(db, { ...a.scope, userId: a.member.id, input: plan });
		expect(
			await updateCommitment(db, { ...fromA, covenantId: own.id, commitmentId: theirs!.id, version: 1, input })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await listRecordVersions(db, { ...a.scope, ref: { covenantId: id } })).toEqual([]);
		// B is untouched.
		const stillB = await getCovenant(db, { ...b.scope, covenantId: id });
		expect(stillB!.covenant).toMatchObject({ version: 2, title: plan.title });
		expect(stillB!.covenant.commitments.map((c) => c.party)).toEqual(['School']);
	});
});
