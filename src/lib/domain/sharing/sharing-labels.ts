// Labels of the information-sharing and consent enum values (messages), shared by their pages.
import { m } from '$lib/paraglide/messages.js';
import type { ConsentForm, ConsentGiver, ConsentRequirement, LegalFrame } from '$lib/domain/partnerships/enums';
import type { ConsentParty, ConsentState, MissingConsent } from './consent';

export const legalFrameLabel = (f: LegalFrame) =>
	({
		beroepsgeheim: m.sharing_frame_beroepsgeheim,
		gedeeld_beroepsgeheim: m.sharing_frame_gedeeld_beroepsgeheim,
		discretieplicht: m.sharing_frame_discretieplicht,
		ambtsgeheim: m.sharing_frame_ambtsgeheim,
		casusoverleg_458ter: m.sharing_frame_casusoverleg_458ter
	})[f]();

export const consentRequirementLabel = (c: ConsentRequirement) =>
	({
		none: m.sharing_consent_none,
		parents: m.sharing_consent_parents,
		young_person: m.sharing_consent_young_person,
		parents_and_young_person: m.sharing_consent_parents_and_young_person
	})[c]();

export const consentGiverLabel = (g: ConsentGiver) =>
	({
		parents: m.consent_giver_parents,
		one_parent: m.consent_giver_one_parent,
		guardian: m.consent_giver_guardian,
		young_person: m.consent_giver_young_person
	})[g]();

export const consentFormLabel = (f: ConsentForm) =>
	({ written: m.consent_form_written, verbal: m.consent_form_verbal, digital: m.consent_form_digital })[f]();

export const consentStateLabel = (s: ConsentState) =>
	({
		valid: m.consent_state_valid,
		expires_soon: m.consent_state_expires_soon,
		expired: m.consent_state_expired,
		withdrawn: m.consent_state_withdrawn,
		not_yet_valid: m.consent_state_not_yet_valid
	})[s]();

export const consentPartyLabel = (p: ConsentParty) =>
	({ parents: m.consent_party_parents, young_person: m.consent_party_young_person })[p]();

/** One sentence on why a party's consent is missing; `date` formats a YYYY-MM-DD day. */
export function missingConsentText(missing: MissingConsent, date: (day: string) => string): string {
	const party = consentPartyLabel(missing.party);
	switch (missing.reason) {
		case 'none':
			return m.consent_missing_none({ party });
		case 'expired':
			return m.consent_missing_expired({ party, date: date(missing.on) });
		case 'withdrawn':
			return m.consent_missing_withdrawn({ party, date: date(missing.on) });
		case 'not_yet_valid':
			return m.consent_missing_not_yet_valid({ party, date: date(missing.on) });
	}
}
