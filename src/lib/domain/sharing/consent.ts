// Consent per case: the state of one record on a date, and whether the consent a sharing agreement
// asks for is there. Pure functions (no I/O): the case page, the consent page, the case list and
// the tests all ask the same questions here. Dates are YYYY-MM-DD strings in Belgian time.

import { daysBetween } from '$lib/dates';
import type { ConsentGiver, ConsentRequirement } from '$lib/domain/partnerships/enums';

/** Who counts as "the parents" for consent: both parents, one of them, or a legal guardian. */
export const PARENTAL_GIVERS: readonly ConsentGiver[] = ['parents', 'one_parent', 'guardian'];

/** The two parties a sharing agreement can ask consent from. */
export type ConsentParty = 'parents' | 'young_person';

/** A record shows "expires soon" when its last valid day is at most this many days away. */
export const EXPIRES_SOON_DAYS = 30;

export type ConsentState = 'valid' | 'expires_soon' | 'expired' | 'withdrawn' | 'not_yet_valid';

export interface ConsentFacts {
	sharingAgreementId: string | null;
	givenOn: string;
	givenBy: ConsentGiver;
	/** Last day the consent holds (inclusive); null: no end date. */
	expiresOn: string | null;
	/** From this day on the consent no longer holds; null: not withdrawn. */
	withdrawnOn: string | null;
}

/**
 * The state of one record on `date`. Withdrawal wins over everything (from the withdrawal day on),
 * then a start in the future, then the expiry date, which is the last valid day.
 */
export function consentState(
	record: Pick<ConsentFacts, 'givenOn' | 'expiresOn' | 'withdrawnOn'>,
	date: string
): ConsentState {
	if (record.withdrawnOn !== null && record.withdrawnOn <= date) return 'withdrawn';
	if (record.givenOn > date) return 'not_yet_valid';
	if (record.expiresOn !== null && record.expiresOn < date) return 'expired';
	if (record.expiresOn !== null && daysBetween(date, record.expiresOn) <= EXPIRES_SOON_DAYS) return 'expires_soon';
	return 'valid';
}

export function holds(state: ConsentState): boolean {
	return state === 'valid' || state === 'expires_soon';
}

/** The parties whose consent a requirement asks for. */
export function partiesFor(requirement: ConsentRequirement): ConsentParty[] {
	switch (requirement) {
		case 'none':
			return [];
		case 'parents':
			return ['parents'];
		case 'young_person':
			return ['young_person'];
		case 'parents_and_young_person':
			return ['parents', 'young_person'];
	}
}

export function partyOf(giver: ConsentGiver): ConsentParty {
	return PARENTAL_GIVERS.includes(giver) ? 'parents' : 'young_person';
}

/** Why a party's consent is missing: never given, or the latest relevant record expired/was withdrawn on a date. */
export type MissingConsent =
	| { party: ConsentParty; reason: 'none' }
	| { party: ConsentParty; reason: 'expired'; on: string }
	| { party: ConsentParty; reason: 'withdrawn'; on: string }
	| { party: ConsentParty; reason: 'not_yet_valid'; on: string };

/** A sharing agreement of a case that asks consent which does not hold today. */
export interface ConsentWarning {
	sharingAgreementId: string;
	title: string;
	consent: ConsentRequirement;
	missing: MissingConsent[];
}

export interface ConsentCheck {
	/** Every party the agreement asks consent from has a record that holds on the date. */
	ok: boolean;
	missing: MissingConsent[];
	/** Holding records that end within EXPIRES_SOON_DAYS, by party (the earliest end date). */
	expiringSoon: { party: ConsentParty; on: string }[];
}

/**
 * Does valid consent exist for one sharing agreement of a case on `date`?
 *
 * Only records linked to THIS sharing agreement count. A record linked to another agreement is
 * consent for something else. An unlinked record does not count either: its scope is free text
 * ("what, to whom, for what purpose") that software cannot match to an agreement reliably, so a
 * person confirms the match by linking the record (the consent page offers that for unlinked
 * records). Too strict costs one click; too lenient would let information flow without consent.
 *
 * 'parents' is satisfied by a record of the parents, one parent or a guardian; 'young_person' by
 * the young person's own record; 'parents_and_young_person' needs both.
 */
export function checkConsent(
	agreement: { id: string; consent: ConsentRequirement },
	records: readonly ConsentFacts[],
	date: string
): ConsentCheck {
	const linked = records.filter((r) => r.sharingAgreementId === agreement.id);
	const missing: MissingConsent[] = [];
	const expiringSoon: ConsentCheck['expiringSoon'] = [];
	for (const party of partiesFor(agreement.consent)) {
		const own = linked.filter((r) => partyOf(r.givenBy) === party);
		const holding = own.filter((r) => holds(consentState(r, date)));
		if (holding.length) {
			// No end date on any holding record: nothing expires soon.
			if (holding.every((r) => r.expiresOn !== null)) {
				const last = holding
					.map((r) => r.expiresOn!)
					.sort()
					.at(-1)!;
				if (daysBetween(date, last) <= EXPIRES_SOON_DAYS) expiringSoon.push({ party, on: last });
			}
			continue;
		}
		missing.push(whyMissing(party, own, date));
	}
	return { ok: missing.length === 0, missing, expiringSoon };
}

/** The most telling reason: the most recent end (expiry or withdrawal), else a record still to start. */
function whyMissing(party: ConsentParty, own: readonly ConsentFacts[], date: string): MissingConsent {
	let latest: MissingConsent | null = null;
	let latestDay = '';
	for (const r of own) {
		const state = consentState(r, date);
		if (state === 'withdrawn' && r.withdrawnOn! >= latestDay) {
			latest = { party, reason: 'withdrawn', on: r.withdrawnOn! };
			latestDay = r.withdrawnOn!;
		} else if (state === 'expired' && r.expiresOn! >= latestDay) {
			latest = { party, reason: 'expired', on: r.expiresOn! };
			latestDay = r.expiresOn!;
		}
	}
	if (latest) return latest;
	const upcoming = own
		.filter((r) => consentState(r, date) === 'not_yet_valid')
		.map((r) => r.givenOn)
		.sort()[0];
	if (upcoming) return { party, reason: 'not_yet_valid', on: upcoming };
	return { party, reason: 'none' };
}
