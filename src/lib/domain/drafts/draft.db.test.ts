import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeAgreement, makeCase, makeDraft, makeMeeting, makeTeam } from '../../../../tests/factories';
import { cases, formDrafts } from '$lib/server/db/schema';
import { updateCaseMeta } from '$lib/domain/cases/case.server';
import { purgeClosedCases } from '$lib/domain/cases/retention.server';
import { DRAFT_MAX_CHARS, draftKey } from './draft.schema';
import { discardDraft, getDraft, saveDraft } from './draft.server';

const { db } = getTestDb();
const DAY = 86_400_000;

describe('form drafts', () => {
	it('saves, replaces, reads and discards my draft of one form', async () => {
		const t = await makeTeam(db);
		const c = await makeCase(db, { partnershipId: t.partnership.id, userId: t.coordinator.id });
		const formKey = draftKey.perspective(c.id);
		const mine = { partnershipId: t.partnership.id, userId: t.member.id, formKey };
		expect(await getDraft(db, mine)).toBeNull();
		await makeDraft(db, { ...mine, values: { view: 'Eerste zin' }, version: 0 });
		const again = await makeDraft(db, { ...mine, values: { view: 'Eerste zin. Tweede zin.' }, version: 2 });
		const draft = await getDraft(db, mine);
		expect(draft).toMatchObject({ values: { view: 'Eerste zin. Tweede zin.' }, version: 2 });
		expect(draft!.savedAt.getTime()).toBe(again.savedAt.getTime());
		// One row per person and form, naming its case.
		const rows = await db.select().from(formDrafts).where(eq(formDrafts.partnershipId, t.partnership.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]!.caseId).toBe(c.id);
		await discardDraft(db, mine);
		expect(await getDraft(db, mine)).toBeNull();
	});

	it('is private: another member of the partnership reads nothing and discards nothing of mine', async () => {
		const t = await makeTeam(db);
		const formKey = draftKey.newSignal();
		const p = t.partnership.id;
		await makeDraft(db, {
			partnershipId: p,
			userId: t.member.id,
			formKey,
			values: { title: 'Van het lid' },
			version: null
		});
		expect(await getDraft(db, { partnershipId: p, userId: t.coordinator.id, formKey })).toBeNull();
		await makeDraft(db, {
			partnershipId: p,
			userId: t.coordinator.id,
			formKey,
			values: { title: 'Van de coördinator' }
		});
		await discardDraft(db, { partnershipId: p, userId: t.coordinator.id, formKey });
		expect((await getDraft(db, { partnershipId: p, userId: t.member.id, formKey }))?.values).toEqual({
			title: 'Van het lid'
		});
	});

	it('is scoped to the partnership: a record of another partnership is not found, and drafts do not cross', async () => {
		const a = await makeTeam(db);
		const b = await makeTeam(db);
		const theirCase = await makeCase(db, { partnershipId: b.partnership.id, userId: b.coordinator.id });
		const theirAgreement = await makeAgreement(db, {
			partnershipId: b.partnership.id,
			userId: b.coordinator.id,
			origin: { caseId: theirCase.id },
			ownerId: b.coordinator.id
		});
		const theirMeeting = await makeMeeting(db, { partnershipId: b.partnership.id, userId: b.coordinator.id });
		for (const formKey of [
			draftKey.caseSection(theirCase.id, 'voice'),
			draftKey.agreement(theirAgreement.id),
			draftKey.meeting(theirMeeting.id),
			draftKey.meetingAgreement(theirMeeting.id)
		])
			expect(
				await saveDraft(db, {
					partnershipId: a.partnership.id,
					userId: a.coordinator.id,
					formKey,
					values: { x: 'y' },
					version: 0
				})
			).toEqual({ ok: false, reason: 'not-found' });
		expect(await db.select().from(formDrafts).where(eq(formDrafts.partnershipId, a.partnership.id))).toEqual([]);

		// The same person in two partnerships: the goal draft of one is not the other's.
		const both = { userId: a.coordinator.id, formKey: draftKey.goal() };
		await makeDraft(db, { ...both, partnershipId: a.partnership.id, values: { why: 'Voor A' } });
		expect(await getDraft(db, { ...both, partnershipId: b.partnership.id })).toBeNull();
	});

	it('names the case of an agreement and of a meeting, and refuses an oversized draft with a reason', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id, userId: t.coordinator.id };
		const c = await makeCase(db, scope);
		const agreement = await makeAgreement(db, { ...scope, origin: { caseId: c.id }, ownerId: t.coordinator.id });
		const meeting = await makeMeeting(db, { ...scope, kind: 'case', caseId: c.id });
		await makeDraft(db, { ...scope, formKey: draftKey.agreement(agreement.id), values: { what: 'Nieuw' } });
		await makeDraft(db, { ...scope, formKey: draftKey.meeting(meeting.id), values: { title: 'Nieuw' } });
		await makeDraft(db, { ...scope, formKey: draftKey.newMeeting(), values: { title: 'Over de casus', caseId: c.id } });
		await makeDraft(db, { ...scope, formKey: draftKey.newSignal(), values: { title: 'Geen casus' } });
		const rows = await db.select().from(formDrafts).where(eq(formDrafts.partnershipId, t.partnership.id));
		expect(Object.fromEntries(rows.map((r) => [r.formKey, r.caseId]))).toEqual({
			[draftKey.agreement(agreement.id)]: c.id,
			[draftKey.meeting(meeting.id)]: c.id,
			[draftKey.newMeeting()]: c.id,
			[draftKey.newSignal()]: null
		});

		const big = await saveDraft(db, {
			...scope,
			formKey: draftKey.goal(),
			values: { why: 'x'.repeat(DRAFT_MAX_CHARS) },
			version: 0
		});
		expect(big).toEqual({ ok: false, reason: 'too-large' });
		expect(await getDraft(db, { ...scope, formKey: draftKey.goal() })).toBeNull();
	});

	it('goes with the content when a closed case is purged, and keeps the drafts of other cases', async () => {
		const now = new Date();
		const t = await makeTeam(db);
		const p = t.partnership.id;
		const scope = { partnershipId: p, userId: t.coordinator.id };
		const old = await makeCase(db, { ...scope, code: `OUD-${Date.now()}` });
		const other = await makeCase(db, scope);
		const agreement = await makeAgreement(db, { ...scope, origin: { caseId: old.id }, ownerId: t.coordinator.id });
		await makeDraft(db, { ...scope, formKey: draftKey.caseSection(old.id, 'family'), values: { family: 'Geheim' } });
		await makeDraft(db, { partnershipId: p, userId: t.member.id, formKey: draftKey.perspective(old.id), values: {} });
		await makeDraft(db, { ...scope, formKey: draftKey.agreement(agreement.id), values: { what: 'Geheim' } });
		await makeDraft(db, { ...scope, formKey: draftKey.perspective(other.id), values: { view: 'Blijft' } });
		await makeDraft(db, { ...scope, formKey: draftKey.goal(), values: { why: 'Blijft' } });

		const [row] = await db.select({ version: cases.version, code: cases.code }).from(cases).where(eq(cases.id, old.id));
		expect(
			await updateCaseMeta(db, {
				...scope,
				caseId: old.id,
				version: row!.version,
				code: row!.code,
				status: 'closed',
				partners: []
			})
		).toEqual({ ok: true });
		// Closed long ago, and the coordinators were told more than the notice period ago.
		await db
			.update(cases)
			.set({ closedAt: new Date(now.getTime() - 900 * DAY), purgeNoticeAt: new Date(now.getTime() - 60 * DAY) })
			.where(eq(cases.id, old.id));

		expect(await purgeClosedCases(db, { now })).toBeGreaterThanOrEqual(1);
		const left = await db.select().from(formDrafts).where(eq(formDrafts.partnershipId, p));
		expect(left.map((r) => r.formKey).sort()).toEqual([draftKey.goal(), draftKey.perspective(other.id)].sort());
		// And nothing is written about the purged case any more.
		expect(
			await saveDraft(db, {
				...scope,
				formKey: draftKey.caseSection(old.id, 'family'),
				values: { family: 'x' },
				version: 0
			})
		).toEqual({ ok: false, reason: 'not-found' });
	});
});
