// Enum values → translated labels, shared by every page that shows them.
import { m } from '$lib/paraglide/messages.js';
import type { MemberFunction, OrganisationType } from '$lib/domain/partnerships/partnership.schema';
import type { Role } from '$lib/domain/permissions/permissions';
import type { RoleCardStatus } from '$lib/domain/role-cards/role-card';
import type { CaseStatus } from '$lib/domain/cases/case.schema';
import type { AgreementStatus } from '$lib/domain/agreements/agreement-status';
import type { AccountEventKind, Level, Sector } from '$lib/domain/partnerships/enums';
import { describeUserAgent } from '$lib/user-agent';

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
export function describeOrganisationType(p: {
	organisationType: OrganisationType;
	organisationTypeOther: string | null;
}) {
	return p.organisationType === 'other' && p.organisationTypeOther
		? p.organisationTypeOther
		: organisationTypeLabel(p.organisationType);
}

export const caseStatusLabel = (s: CaseStatus) =>
	({ open: m.case_status_open, in_follow_up: m.case_status_in_follow_up, closed: m.case_status_closed })[s]();

export const agreementStatusLabel = (s: AgreementStatus) =>
	({
		open: m.agreement_status_open,
		done: m.agreement_status_done,
		adjusted: m.agreement_status_adjusted,
		dropped: m.agreement_status_dropped
	})[s]();

/** Whether child and parents were heard; null when nobody filled it in. */
export const voiceLabel = (heard: string | null | undefined) =>
	heard === 'yes'
		? m.voice_yes()
		: heard === 'partly'
			? m.voice_partly()
			: heard === 'no'
				? m.voice_no()
				: m.voice_missing();

export const sectorLabel = (s: Sector) =>
	({
		education: m.org_sector_education,
		welfare: m.org_sector_welfare,
		local_government: m.org_sector_local_government,
		civil_society: m.org_sector_civil_society
	})[s]();

export const levelLabel = (l: Level) =>
	({ micro: m.org_level_micro, meso: m.org_level_meso, macro: m.org_level_macro })[l]();

/** One line on what the level means, for forms and legends. */
export const levelHelp = (l: Level) =>
	({ micro: m.org_level_micro_help, meso: m.org_level_meso_help, macro: m.org_level_macro_help })[l]();

/** An organisation of the directory: its type, with the free text when "other" was chosen. */
export function describeDirectoryType(o: { type: OrganisationType; typeOther: string | null }) {
	return o.type === 'other' && o.typeOther ? o.typeOther : organisationTypeLabel(o.type);
}

// Meetings (overleg)
type MeetingEnums = typeof import('$lib/domain/partnerships/enums');

export const meetingKindLabel = (k: MeetingEnums['MEETING_KINDS'][number]) =>
	({ structural: m.meeting_kind_structural, case: m.meeting_kind_case, informal: m.meeting_kind_informal })[k]();

/** One line on what each kind of meeting is for. */
export const meetingKindHelp = (k: MeetingEnums['MEETING_KINDS'][number]) =>
	({
		structural: m.meeting_kind_structural_help,
		case: m.meeting_kind_case_help,
		informal: m.meeting_kind_informal_help
	})[k]();

export const recurrenceLabel = (r: MeetingEnums['RECURRENCES'][number]) =>
	({
		none: m.meeting_recurrence_none,
		trimester: m.meeting_recurrence_trimester,
		semester: m.meeting_recurrence_semester
	})[r]();

export const attendanceLabel = (a: MeetingEnums['ATTENDANCE'][number]) =>
	({
		invited: m.meeting_attendance_invited,
		present: m.meeting_attendance_present,
		excused: m.meeting_attendance_excused,
		absent: m.meeting_attendance_absent
	})[a]();

/** A limit on failed logins (or password checks) was reached; free again after `minutes`. */
export const loginRateLimited = (minutes: number) => m.login_rate_limited({ minutes });

/** A limit on mails that anyone can ask for (reset, registration) was reached. */
export const mailRateLimited = (minutes: number) => m.mail_rate_limited({ minutes });

/** "Chrome op Windows", from the browser's own description (see $lib/user-agent). */
export function deviceLabel(userAgent: string): string {
	const { browser, system } = describeUserAgent(userAgent);
	if (browser && system) return m.device_browser_on({ browser, system });
	return browser ?? system ?? m.device_unknown();
}

export const accountEventLabel = (kind: AccountEventKind) =>
	({
		login: m.account_event_login,
		'login-failed': m.account_event_login_failed,
		'password-reset': m.account_event_password_reset,
		'password-changed': m.account_event_password_changed,
		'email-changed': m.account_event_email_changed,
		'email-confirmed': m.account_event_email_confirmed,
		'totp-enabled': m.account_event_totp_enabled,
		'totp-disabled': m.account_event_totp_disabled,
		'recovery-codes-renewed': m.account_event_recovery_codes_renewed,
		'recovery-code-used': m.account_event_recovery_code_used,
		'passkey-added': m.account_event_passkey_added,
		'passkey-removed': m.account_event_passkey_removed,
		'second-factor-failed': m.account_event_second_factor_failed,
		'session-ended': m.account_event_session_ended,
		'other-sessions-ended': m.account_event_other_sessions_ended
	})[kind]();
