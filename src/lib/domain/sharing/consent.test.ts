import { daysBetween } from '$lib/dates';
import { describe, expect, it } from 'vitest';
import { checkConsent, consentState, partiesFor, type ConsentFacts } from './consent';

const A = 'agreement-a';
const B = 'agreement-b';
const record = (over: Partial<ConsentFacts> = {}): ConsentFacts => ({
	sharingAgreementId: A,
	givenOn: '2026-01-10',
	givenBy: 'parents',
	expiresOn: null,
	withdrawnOn: null,
	...over
});

describe('consentState', () => {
	it('holds from the day it was given, not before', () => {
		expect(consentState(record(), '2026-01-09')).toBe('not_yet_valid');
		expect(consentState(record(), '2026-01-10')).toBe('valid');
	});

	it('counts the expiry date as the last valid day', () => {
		const r = record({ expiresOn: '2026-06-30' });
		expect(consentState(r, '2026-06-30')).toBe('expires_soon');
		expect(consentState(r, '2026-07-01')).toBe('expired');
	});

	it('says "expires soon" from 30 days before the end, not 31', () => {
		const r = record({ expiresOn: '2026-06-30' });
		expect(daysBetween('2026-05-31', '2026-06-30')).toBe(30);
		expect(consentState(r, '2026-05-31')).toBe('expires_soon');
		expect(consentState(r, '2026-05-30')).toBe('valid');
	});

	it('is withdrawn from the withdrawal date on, whatever else', () => {
		const r = record({ expiresOn: '2026-12-31', withdrawnOn: '2026-03-01' });
		expect(consentState(r, '2026-02-28')).toBe('valid');
		expect(consentState(r, '2026-03-01')).toBe('withdrawn');
		expect(consentState(record({ givenOn: '2026-05-01', withdrawnOn: '2026-04-01' }), '2026-04-15')).toBe('withdrawn');
	});

	it('counts days across a change of summer time', () => {
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
	});
});

describe('checkConsent', () => {
	const parents = { id: A, consent: 'parents' as const };
	const young = { id: A, consent: 'young_person' as const };
	const both = { id: A, consent: 'parents_and_young_person' as const };

	it('needs nothing when the agreement asks no consent', () => {
		expect(partiesFor('none')).toEqual([]);
		expect(checkConsent({ id: A, consent: 'none' }, [], '2026-02-01')).toEqual({
			ok: true,
			missing: [],
			expiringSoon: []
		});
	});

	it('accepts both parents, one parent or a guardian as parental consent', () => {
		for (const givenBy of ['parents', 'one_parent', 'guardian'] as const)
			expect(checkConsent(parents, [record({ givenBy })], '2026-02-01').ok).toBe(true);
		expect(checkConsent(parents, [record({ givenBy: 'young_person' })], '2026-02-01')).toMatchObject({
			ok: false,
			missing: [{ party: 'parents', reason: 'none' }]
		});
	});

	it('accepts only the young person for the young person', () => {
		expect(checkConsent(young, [record({ givenBy: 'guardian' })], '2026-02-01').ok).toBe(false);
		expect(checkConsent(young, [record({ givenBy: 'young_person' })], '2026-02-01').ok).toBe(true);
	});

	it('needs parents AND the young person when the agreement asks both', () => {
		expect(checkConsent(both, [record({ givenBy: 'one_parent' })], '2026-02-01').missing).toEqual([
			{ party: 'young_person', reason: 'none' }
		]);
		expect(checkConsent(both, [record({ givenBy: 'young_person' })], '2026-02-01').missing).toEqual([
			{ party: 'parents', reason: 'none' }
		]);
		expect(checkConsent(both, [], '2026-02-01').missing.map((m) => m.party)).toEqual(['parents', 'young_person']);
		expect(
			checkConsent(both, [record({ givenBy: 'one_parent' }), record({ givenBy: 'young_person' })], '2026-02-01').ok
		).toBe(true);
	});

	it('holds on the expiry date and says when it expired the day after', () => {
		const r = record({ expiresOn: '2026-06-30' });
		expect(checkConsent(parents, [r], '2026-06-30')).toEqual({
			ok: true,
			missing: [],
			expiringSoon: [{ party: 'parents', on: '2026-06-30' }]
		});
		expect(checkConsent(parents, [r], '2026-07-01')).toEqual({
			ok: false,
			missing: [{ party: 'parents', reason: 'expired', on: '2026-06-30' }],
			expiringSoon: []
		});
	});

	it('is missing from the withdrawal date on, and says so', () => {
		const r = record({ withdrawnOn: '2026-03-01' });
		expect(checkConsent(parents, [r], '2026-02-28').ok).toBe(true);
		expect(checkConsent(parents, [r], '2026-03-01').missing).toEqual([
			{ party: 'parents', reason: 'withdrawn', on: '2026-03-01' }
		]);
	});

	it('does not count consent that starts later, and says when it starts', () => {
		expect(checkConsent(parents, [record({ givenOn: '2026-03-01' })], '2026-02-01').missing).toEqual([
			{ party: 'parents', reason: 'not_yet_valid', on: '2026-03-01' }
		]);
	});

	it('ignores records of another sharing agreement and unlinked records', () => {
		expect(checkConsent(parents, [record({ sharingAgreementId: B })], '2026-02-01').ok).toBe(false);
		expect(checkConsent(parents, [record({ sharingAgreementId: null })], '2026-02-01').ok).toBe(false);
		expect(checkConsent({ id: B, consent: 'parents' }, [record({ sharingAgreementId: B })], '2026-02-01').ok).toBe(
			true
		);
	});

	it('is satisfied by one holding record among expired and withdrawn ones', () => {
		const records = [
			record({ expiresOn: '2026-01-31' }),
			record({ withdrawnOn: '2026-01-20' }),
			record({ givenOn: '2026-02-01', expiresOn: '2026-12-31' })
		];
		expect(checkConsent(parents, records, '2026-02-15')).toEqual({ ok: true, missing: [], expiringSoon: [] });
		// Without the newest record: the latest end is the reason given.
		expect(checkConsent(parents, records.slice(0, 2), '2026-02-15').missing).toEqual([
			{ party: 'parents', reason: 'expired', on: '2026-01-31' }
		]);
	});

	it('warns early only when every holding record of a party ends soon', () => {
		const soon = record({ expiresOn: '2026-02-20' });
		expect(checkConsent(parents, [soon], '2026-02-01').expiringSoon).toEqual([{ party: 'parents', on: '2026-02-20' }]);
		expect(checkConsent(parents, [soon, record()], '2026-02-01').expiringSoon).toEqual([]);
		expect(checkConsent(parents, [soon, record({ expiresOn: '2026-12-31' })], '2026-02-01').expiringSoon).toEqual([]);
	});
});
