import { and, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { auditLog, organisations } from '$lib/server/db/schema';
import { createCase } from '$lib/domain/cases/case.server';
import {
	createSharingAgreement,
	getSharingAgreement,
	listPartnershipOrganisations,
	listSharingAgreements,
	updateSharingAgreement
} from './sharing.server';
import {
	addConsentRecord,
	countConsentWarningsByCase,
	getCaseConsent,
	getCaseConsentWarnings,
	linkCaseSharingAgreement,
	linkConsentRecord,
	unlinkCaseSharingAgreement,
	withdrawConsentRecord
} from './consent.server';
import type { ConsentRecordInput, SharingAgreementInput } from './sharing.schema';

const { db } = getTestDb();

async function org(partnershipId: string, name: string) {
	const [row] = await db
		.insert(organisations)
		.values({
			partnershipId,
			name: `${name} ${randomUUID().slice(0, 6)}`,
			type: 'school',
			sector: 'education',
			level: 'micro'
		})
		.returning();
	return row!;
}

async function setup() {
	const team = await makeTeam(db);
	const partnershipId = team.partnership.id;
	const [school, clb] = [await org(partnershipId, 'School'), await org(partnershipId, 'CLB')];
	const c = await createCase(db, {
		partnershipId,
		userId: team.coordinator.id,
		input: { code: 'T-1', situation: 'x', partners: [team.membership.id] }
	});
	if (!c.ok) throw new Error('no case');
	return { ...team, partnershipId, school: school!, clb: clb!, caseId: c.id };
}

const agreementInput = (parties: string[], over: Partial<SharingAgreementInput> = {}): SharingAgreementInput => ({
	title: 'Doorverwijzing naar het CLB',
	parties,
	mayShare: 'De vraag van het gezin.',
	mayNotShare: 'Medische gegevens.',
	legalFrame: 'discretieplicht',
	consent: 'parents',
	consentHow: 'Schriftelijk formulier.',
	channel: 'Beveiligde berichten.',
	feedbackToSchool: 'Aangemeld of niet.',
	...over
});

const consentInput = (over: Partial<ConsentRecordInput> = {}): ConsentRecordInput => ({
	sharingAgreementId: null,
	givenOn: '2026-01-10',
	givenBy: 'parents',
	consentForm: 'written',
	scopeWhat: 'De vraag van het gezin',
	scopeTo: 'Het CLB',
	scopePurpose: 'Begeleiding op school',
	expiresOn: null,
	...over
});

describe('sharing agreements', () => {
	it('creates, lists with parties and updates with a version check', async () => {
		const t = await setup();
		const created = await createSharingAgreement(db, {
			partnershipId: t.partnershipId,
			userId: t.coordinator.id,
			input: agreementInput([t.school.id, t.clb.id])
		});
		if (!created.ok) throw new Error('not created');
		const list = await listSharingAgreements(db, { partnershipId: t.partnershipId });
		expect(list).toHaveLength(1);
		expect(list[0]!.parties.map((p) => p.id).sort()).toEqual([t.school.id, t.clb.id].sort());
		expect(list[0]).toMatchObject({ title: 'Doorverwijzing naar het CLB', consent: 'parents', caseCount: 0 });

		const third = await org(t.partnershipId, 'CAW');
		const scope = { partnershipId: t.partnershipId, sharingId: created.id };
		expect(
			await updateSharingAgreement(db, {
				...scope,
				version: 1,
				input: agreementInput([t.school.id, third.id], { title: 'Nieuwe titel' })
			})
		).toEqual({ ok: true });
		const stale = await updateSharingAgreement(db, {
			...scope,
			version: 1,
			input: agreementInput([t.school.id, t.clb.id])
		});
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { title: 'Nieuwe titel', version: 2 } });
		if (stale.ok || stale.reason !== 'conflict') throw new Error('expected a conflict');
		expect(stale.current.parties.map((p) => p.id).sort()).toEqual([t.school.id, third.id].sort());
	});

	it('refuses organisations of another partnership as parties, and keeps partnerships apart', async () => {
		const t = await setup();
		const other = await setup();
		const refused = await createSharingAgreement(db, {
			partnershipId: t.partnershipId,
			userId: t.coordinator.id,
			input: agreementInput([t.school.id, other.clb.id])
		});
		expect(refused).toEqual({ ok: false, reason: 'unknown-organisation' });
		expect(await listSharingAgreements(db, { partnershipId: t.partnershipId })).toEqual([]);
		const theirs = await createSharingAgreement(db, {
			partnershipId: other.partnershipId,
			userId: other.coordinator.id,
			input: agreementInput([other.school.id, other.clb.id])
		});
		if (!theirs.ok) throw new Error('not created');
		expect(await getSharingAgreement(db, { partnershipId: t.partnershipId, sharingId: theirs.id })).toBeNull();
		expect(
			await updateSharingAgreement(db, {
				partnershipId: t.partnershipId,
				sharingId: theirs.id,
				version: 1,
				input: agreementInput([t.school.id, t.clb.id])
			})
		).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			(await listPartnershipOrganisations(db, { partnershipId: t.partnershipId })).map((o) => o.id).sort()
		).toEqual([t.school.id, t.clb.id].sort());
	});
});

describe('consent per case', () => {
	async function linked(consent: SharingAgreementInput['consent'] = 'parents') {
		const t = await setup();
		const a = await createSharingAgreement(db, {
			partnershipId: t.partnershipId,
			userId: t.coordinator.id,
			input: agreementInput([t.school.id, t.clb.id], { consent })
		});
		if (!a.ok) throw new Error('not created');
		const scope = { partnershipId: t.partnershipId, caseId: t.caseId };
		expect(await linkCaseSharingAgreement(db, { ...scope, sharingAgreementId: a.id, userId: t.member.id })).toEqual({
			ok: true
		});
		return { ...t, scope, agreementId: a.id };
	}

	it('warns while consent is missing, expired or withdrawn, and not while it holds', async () => {
		const t = await linked('parents');
		const today = '2026-03-15';
		expect(await getCaseConsentWarnings(db, { ...t.scope, today })).toEqual([
			{
				sharingAgreementId: t.agreementId,
				title: 'Doorverwijzing naar het CLB',
				consent: 'parents',
				missing: [{ party: 'parents', reason: 'none' }]
			}
		]);
		expect((await countConsentWarningsByCase(db, { partnershipId: t.partnershipId, today })).get(t.caseId)).toBe(1);

		await addConsentRecord(db, {
			...t.scope,
			userId: t.member.id,
			input: consentInput({ sharingAgreementId: t.agreementId, givenOn: '2025-09-01', expiresOn: '2026-03-14' })
		});
		expect((await getCaseConsentWarnings(db, { ...t.scope, today }))[0]?.missing).toEqual([
			{ party: 'parents', reason: 'expired', on: '2026-03-14' }
		]);

		const valid = await addConsentRecord(db, {
			...t.scope,
			userId: t.member.id,
			input: consentInput({
				sharingAgreementId: t.agreementId,
				givenBy: 'guardian',
				givenOn: '2026-03-01',
				expiresOn: '2026-12-31'
			})
		});
		if (!valid.ok) throw new Error('not added');
		expect(await getCaseConsentWarnings(db, { ...t.scope, today })).toEqual([]);
		expect((await countConsentWarningsByCase(db, { partnershipId: t.partnershipId, today })).has(t.caseId)).toBe(false);

		const withdraw = {
			...t.scope,
			userId: t.member.id,
			input: { recordId: valid.id, withdrawnOn: '2026-03-15', withdrawnNote: 'Ouders trokken in' }
		};
		expect(await withdrawConsentRecord(db, { ...withdraw, version: 1 })).toEqual({ ok: true });
		expect(await withdrawConsentRecord(db, { ...withdraw, version: 1 })).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		expect(await withdrawConsentRecord(db, { ...withdraw, version: 2 })).toEqual({
			ok: false,
			reason: 'already-withdrawn'
		});
		expect((await getCaseConsentWarnings(db, { ...t.scope, today }))[0]?.missing).toEqual([
			{ party: 'parents', reason: 'withdrawn', on: '2026-03-15' }
		]);
		// The day before the withdrawal, the consent still held.
		expect(await getCaseConsentWarnings(db, { ...t.scope, today: '2026-03-14' })).toEqual([]);

		const page = await getCaseConsent(db, { ...t.scope, userId: t.member.id, today });
		if (!page?.ok) throw new Error('consent not readable');
		expect(page?.records.map((r) => r.state)).toEqual(['withdrawn', 'expired']);
		expect(page?.records[0]?.sharingAgreementTitle).toBe('Doorverwijzing naar het CLB');
		expect(page?.available).toEqual([]);
	});

	it('does not count an unlinked record until it is linked, and needs both parties for "both"', async () => {
		const t = await linked('parents_and_young_person');
		const today = '2026-03-15';
		const loose = await addConsentRecord(db, {
			...t.scope,
			userId: t.member.id,
			input: consentInput({ givenBy: 'one_parent' })
		});
		if (!loose.ok) throw new Error('not added');
		expect((await getCaseConsentWarnings(db, { ...t.scope, today }))[0]?.missing.map((m) => m.party)).toEqual([
			'parents',
			'young_person'
		]);
		expect(
			await linkConsentRecord(db, {
				...t.scope,
				recordId: loose.id,
				sharingAgreementId: t.agreementId,
				userId: t.member.id
			})
		).toEqual({ ok: true });
		expect(
			await linkConsentRecord(db, {
				...t.scope,
				recordId: loose.id,
				sharingAgreementId: t.agreementId,
				userId: t.member.id
			})
		).toEqual({ ok: false, reason: 'already-linked' });
		expect((await getCaseConsentWarnings(db, { ...t.scope, today }))[0]?.missing).toEqual([
			{ party: 'young_person', reason: 'none' }
		]);
		await addConsentRecord(db, {
			...t.scope,
			userId: t.member.id,
			input: consentInput({ sharingAgreementId: t.agreementId, givenBy: 'young_person' })
		});
		expect(await getCaseConsentWarnings(db, { ...t.scope, today })).toEqual([]);
	});

	it('never warns for an agreement without consent, nor after unlinking', async () => {
		const t = await linked('none');
		expect(await getCaseConsentWarnings(db, { ...t.scope, today: '2026-03-15' })).toEqual([]);
		const u = await linked('parents');
		expect(await getCaseConsentWarnings(db, u.scope)).toHaveLength(1);
		expect(
			await unlinkCaseSharingAgreement(db, { ...u.scope, sharingAgreementId: u.agreementId, userId: u.member.id })
		).toEqual({ ok: true });
		expect(await getCaseConsentWarnings(db, u.scope)).toEqual([]);
		const consent = await getCaseConsent(db, { ...u.scope, userId: u.member.id });
		expect(consent?.ok && consent.available.map((a) => a.id)).toEqual([u.agreementId]);
	});

	it('refuses a record for an agreement that does not apply to the case', async () => {
		const t = await setup();
		const a = await createSharingAgreement(db, {
			partnershipId: t.partnershipId,
			userId: t.coordinator.id,
			input: agreementInput([t.school.id, t.clb.id])
		});
		if (!a.ok) throw new Error('not created');
		const r = await addConsentRecord(db, {
			partnershipId: t.partnershipId,
			caseId: t.caseId,
			userId: t.member.id,
			input: consentInput({ sharingAgreementId: a.id })
		});
		expect(r).toEqual({ ok: false, reason: 'agreement-not-linked' });
	});

	it('never shows or changes consent of another partnership’s case', async () => {
		const t = await linked('parents');
		const other = await linked('parents');
		const theirs = await addConsentRecord(db, {
			...other.scope,
			userId: other.member.id,
			input: consentInput({ sharingAgreementId: other.agreementId })
		});
		if (!theirs.ok) throw new Error('not added');
		// T's partnership with the other case id: nothing is found, nothing is written.
		const crossed = { partnershipId: t.partnershipId, caseId: other.caseId };
		expect(await getCaseConsent(db, { ...crossed, userId: t.coordinator.id })).toBeNull();
		expect(await getCaseConsentWarnings(db, crossed)).toEqual([]);
		expect(await addConsentRecord(db, { ...crossed, userId: t.member.id, input: consentInput() })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await linkCaseSharingAgreement(db, { ...crossed, sharingAgreementId: t.agreementId, userId: t.member.id })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await linkCaseSharingAgreement(db, { ...t.scope, sharingAgreementId: other.agreementId, userId: t.member.id })
		).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await withdrawConsentRecord(db, {
				...t.scope,
				userId: t.member.id,
				version: 1,
				input: { recordId: theirs.id, withdrawnOn: '2026-03-01', withdrawnNote: '' }
			})
		).toEqual({ ok: false, reason: 'not-found' });
		const mine = await getCaseConsent(db, { ...t.scope, userId: t.member.id });
		expect(mine?.ok && mine.records).toEqual([]);
		expect((await countConsentWarningsByCase(db, { partnershipId: t.partnershipId })).has(other.caseId)).toBe(false);
		expect(await getCaseConsentWarnings(db, other.scope)).toEqual([]);
	});

	it('writes reads and changes to the case’s audit log', async () => {
		const t = await linked('parents');
		await addConsentRecord(db, {
			...t.scope,
			userId: t.member.id,
			input: consentInput({ sharingAgreementId: t.agreementId }),
			savedAnyway: true
		});
		const rows = await db
			.select({ action: auditLog.action, target: auditLog.target })
			.from(auditLog)
			.where(
				and(
					eq(auditLog.partnershipId, t.partnershipId),
					eq(auditLog.caseId, t.caseId),
					eq(auditLog.userId, t.member.id)
				)
			);
		expect(rows).toEqual(
			expect.arrayContaining([
				{ action: 'update', target: 'sharing-agreement' },
				{ action: 'save-anyway', target: 'consent' }
			])
		);
	});
});
