import { describe, expect, it } from 'vitest';
import { consentRecordSchema, sharingAgreementSchema } from './sharing.schema';

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
	r.error?.issues.map((i) => String(i.path[0])) ?? [];
const A = '00000000-0000-4000-8000-000000000001';
const B = '00000000-0000-4000-8000-000000000002';

describe('sharing agreement form', () => {
	const valid = {
		title: 'Doorverwijzing',
		parties: [A, B],
		mayShare: 'De vraag',
		mayNotShare: 'Medische gegevens',
		legalFrame: 'discretieplicht',
		consent: 'parents',
		consentHow: 'Schriftelijk',
		channel: 'Overleg',
		feedbackToSchool: ''
	};

	it('accepts a complete agreement and drops a party chosen twice', () => {
		const r = sharingAgreementSchema.safeParse({ ...valid, parties: [A, B, A] });
		expect(r.success && r.data.parties).toEqual([A, B]);
	});

	it('needs two different organisations', () => {
		expect(paths(sharingAgreementSchema.safeParse({ ...valid, parties: [A, A] }))).toEqual(['parties']);
	});

	it('asks how consent is recorded when consent is needed, together with the other messages', () => {
		expect(paths(sharingAgreementSchema.safeParse({ ...valid, consentHow: '' }))).toEqual(['consentHow']);
		expect(paths(sharingAgreementSchema.safeParse({ ...valid, consent: 'none', consentHow: '' }))).toEqual([]);
		expect(
			paths(sharingAgreementSchema.safeParse({ ...valid, title: '', parties: [], consentHow: '' })).sort()
		).toEqual(['consentHow', 'parties', 'title']);
	});
});

describe('consent record form', () => {
	const valid = {
		sharingAgreementId: '',
		givenOn: '2026-01-10',
		givenBy: 'one_parent',
		consentForm: 'written',
		scopeWhat: 'De vraag',
		scopeTo: 'Het CLB',
		scopePurpose: 'Begeleiding',
		expiresOn: ''
	};

	it('turns empty choices into null', () => {
		const r = consentRecordSchema.safeParse(valid);
		expect(r.success && [r.data.sharingAgreementId, r.data.expiresOn]).toEqual([null, null]);
	});

	it('accepts an expiry on the day itself, not before it, and says so with other problems', () => {
		expect(consentRecordSchema.safeParse({ ...valid, expiresOn: '2026-01-10' }).success).toBe(true);
		expect(paths(consentRecordSchema.safeParse({ ...valid, expiresOn: '2026-01-09' }))).toEqual(['expiresOn']);
		expect(paths(consentRecordSchema.safeParse({ ...valid, givenBy: '', expiresOn: '2026-01-09' })).sort()).toEqual([
			'expiresOn',
			'givenBy'
		]);
		expect(paths(consentRecordSchema.safeParse({ ...valid, givenOn: 'gisteren' }))).toEqual(['givenOn']);
	});
});
