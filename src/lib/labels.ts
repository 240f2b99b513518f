// Enum values → translated labels, shared by every page that shows them.
import { m } from '$lib/paraglide/messages.js';
import type { MemberFunction, OrganisationType } from '$lib/domain/partnerships/partnership.schema';
import type { Role } from '$lib/domain/permissions/permissions';
import type { RoleCardStatus } from '$lib/domain/role-cards/role-card';
import type { CaseStatus } from '$lib/domain/cases/case.schema';
import type { AgreementStatus } from '$lib/domain/agreements/agreement-status';

export const roleLabel = (r: Role) =>
	({ coordinator: m.role_coordinator, member: m.role_member, observer: m.role_observer })[r]();

export const roleHelp = (r: Role) =>
	({ coordinator: m.role_coordinator_help, member: m.role_member_help, observer: m.role_observer_help })[r]();

export const organisationTypeLabel = (t: OrganisationType) =>
	({
		school: m.org_school,
		clb: m.org_clb,
		ocmw: m.org_ocmw,
		caw: m.org_caw,
		huis_van_het_kind: m.org_huis_van_het_kind,
		lokaal_bestuur: m.org_lokaal_bestuur,
		jeugdhulp: m.org_jeugdhulp,
		buitenschoolse_opvang: m.org_buitenschoolse_opvang,
		integratiedienst: m.org_integratiedienst,
		vrijwilligersorganisatie: m.org_vrijwilligersorganisatie,
		other: m.org_other
	})[t]();

export const functionLabel = (f: MemberFunction) =>
	({
		directie: m.fn_directie,
		zorgcoordinator: m.fn_zorgcoordinator,
		leerkracht: m.fn_leerkracht,
		clb_medewerker: m.fn_clb_medewerker,
		brugfiguur: m.fn_brugfiguur,
		welzijnswerker: m.fn_welzijnswerker,
		opbouwwerker: m.fn_opbouwwerker,
		beleidsmedewerker: m.fn_beleidsmedewerker,
		other: m.fn_other
	})[f]();

export const roleCardStatusLabel = (s: RoleCardStatus) =>
	({ saved: m.status_saved, draft: m.status_draft, empty: m.status_empty })[s]();

/** A member's organisation/function, with the free text when "other" was chosen. */
export function describeFunction(p: { function: MemberFunction; functionOther: string | null }) {
	return p.function === 'other' && p.functionOther ? p.functionOther : functionLabel(p.function);
}
export function describeOrganisationType(p: { organisationType: OrganisationType; organisationTypeOther: string | null }) {
	return p.organisationType === 'other' && p.organisationTypeOther ? p.organisationTypeOther : organisationTypeLabel(p.organisationType);
}

export const caseStatusLabel = (s: CaseStatus) =>
	({ open: m.case_status_open, in_follow_up: m.case_status_in_follow_up, closed: m.case_status_closed })[s]();

export const agreementStatusLabel = (s: AgreementStatus) =>
	({ open: m.agreement_status_open, done: m.agreement_status_done, adjusted: m.agreement_status_adjusted, dropped: m.agreement_status_dropped })[s]();

/** Whether child and parents were heard; null when nobody filled it in. */
export const voiceLabel = (heard: string | null | undefined) =>
	heard === 'yes' ? m.voice_yes() : heard === 'partly' ? m.voice_partly() : heard === 'no' ? m.voice_no() : m.voice_missing();
