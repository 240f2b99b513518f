// Every vocabulary of the app, once: the database enums (src/lib/server/db/schema), the zod schemas
// and the labels all take their values from here.
// (No imports: drizzle-kit loads this file without the $lib alias.)

export const ORGANISATION_TYPES = [
	'school',
	'clb',
	'ocmw',
	'caw',
	'huis_van_het_kind',
	'lokaal_bestuur',
	'jeugdhulp',
	'buitenschoolse_opvang',
	'integratiedienst',
	'vrijwilligersorganisatie',
	'other'
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const MEMBER_FUNCTIONS = [
	'directie',
	'zorgcoordinator',
	'leerkracht',
	'clb_medewerker',
	'brugfiguur',
	'welzijnswerker',
	'opbouwwerker',
	'beleidsmedewerker',
	'other'
] as const;
export type MemberFunction = (typeof MEMBER_FUNCTIONS)[number];

// Organisation level (step 3 of "relatie"): the lists behind the database enums and the forms.

export const SECTORS = ['education', 'welfare', 'local_government', 'civil_society'] as const;
export type Sector = (typeof SECTORS)[number];

/** Micro: around the child and family; meso: the local network; macro: policy. */
export const LEVELS = ['micro', 'meso', 'macro'] as const;
export type Level = (typeof LEVELS)[number];

export const NETWORK_NODE_KINDS = ['organisation', 'person', 'missing'] as const;
export type NetworkNodeKind = (typeof NETWORK_NODE_KINDS)[number];

export const LINK_TYPES = ['information', 'referral', 'consultation', 'funding', 'informal'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** 'missing' is a link that should exist but does not: a gap to work on. */
export const LINK_STRENGTHS = ['strong', 'weak', 'missing'] as const;
export type LinkStrength = (typeof LINK_STRENGTHS)[number];

export const MEETING_KINDS = ['structural', 'case', 'informal'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const RECURRENCES = ['none', 'trimester', 'semester'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const AGENDA_ITEM_STATUSES = ['proposed', 'accepted', 'declined'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export const ATTENDANCE = ['invited', 'present', 'excused', 'absent'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export const LEARNING_KINDS = ['success', 'bottleneck'] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

/** The legal frame an information-sharing agreement rests on. */
export const LEGAL_FRAMES = [
	'beroepsgeheim',
	'gedeeld_beroepsgeheim',
	'discretieplicht',
	'ambtsgeheim',
	'casusoverleg_458ter'
] as const;
export type LegalFrame = (typeof LEGAL_FRAMES)[number];

/** Whose consent a sharing agreement needs. The young person consents from 12 years on. */
export const CONSENT_REQUIREMENTS = ['none', 'parents', 'young_person', 'parents_and_young_person'] as const;
export type ConsentRequirement = (typeof CONSENT_REQUIREMENTS)[number];

/** Who gave consent (never a name). */
export const CONSENT_GIVERS = ['parents', 'one_parent', 'guardian', 'young_person'] as const;
export type ConsentGiver = (typeof CONSENT_GIVERS)[number];

export const CONSENT_FORMS = ['written', 'verbal', 'digital'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

// Evaluate and steer (issue 5): signals to policy.

/** The level a signal has to reach: the local network's steering (meso) or policy (macro). */
export const SIGNAL_LEVELS = ['meso', 'macro'] as const;
export type SignalLevel = (typeof SIGNAL_LEVELS)[number];

export const SIGNAL_ADDRESSEES = [
	'lokaal_bestuur',
	'lop',
	'scholengemeenschap',
	'huis_van_het_kind',
	'vlaamse_overheid',
	'other'
] as const;
export type SignalAddressee = (typeof SIGNAL_ADDRESSEES)[number];

/** In this order: a signal is collected, discussed in the partnership, passed on, answered. */
export const SIGNAL_STATUSES = ['collected', 'discussed', 'passed_on', 'answered'] as const;
export type SignalStatus = (typeof SIGNAL_STATUSES)[number];

/** Themes for the policy overview (counts per theme). */
export const SIGNAL_THEMES = [
	'housing',
	'school_costs',
	'income',
	'wellbeing',
	'language',
	'mobility',
	'childcare_leisure',
	'digital',
	'health',
	'access_to_help',
	'other'
] as const;
export type SignalTheme = (typeof SIGNAL_THEMES)[number];

/** Where a signal was seen: only a count and a link are kept, never the content. */
export const SIGNAL_SOURCE_KINDS = ['case', 'learning', 'reflection'] as const;
export type SignalSourceKind = (typeof SIGNAL_SOURCE_KINDS)[number];

export const REFLECTION_STATUSES = ['open', 'closed'] as const;
export type ReflectionStatus = (typeof REFLECTION_STATUSES)[number];

/** Reminder e-mails a user can turn off one by one. */
export const REMINDER_KINDS = ['agreement_due', 'meeting_invitation', 'scan_closing'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const CASE_STATUSES = ['open', 'in_follow_up', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_SECTION_KINDS = ['situation', 'strengths', 'family', 'voice', 'evaluation'] as const;
export type CaseSectionKind = (typeof CASE_SECTION_KINDS)[number];

/** Responsible, Accountable (exactly one), Supportive, Consulted, Informed. */
export const RASCI_LETTERS = ['R', 'A', 'S', 'C', 'I'] as const;
export type RasciLetter = (typeof RASCI_LETTERS)[number];

export const AGREEMENT_STATUSES = ['open', 'done', 'adjusted', 'dropped'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** Where an agreement was made. */
export const AGREEMENT_ORIGINS = ['case', 'meeting', 'goal', 'reflection', 'scan', 'worksheet'] as const;
export type AgreementOrigin = (typeof AGREEMENT_ORIGINS)[number];

/** What the owner of an account sees in its log (account_events.kind). */
export const ACCOUNT_EVENT_KINDS = [
	'login',
	'login-failed',
	'password-reset',
	'password-changed',
	'email-changed',
	'email-confirmed',
	'totp-enabled',
	'totp-disabled',
	'recovery-codes-renewed',
	'recovery-code-used',
	'passkey-added',
	'passkey-removed',
	'second-factor-failed',
	'session-ended',
	'other-sessions-ended'
] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

// The records a method's worksheet leaves in the partnership (issue 16).

/** A covenant is signed by the organisations; an action plan is the team's own working agreement. */
export const COVENANT_KINDS = ['covenant', 'action_plan'] as const;
export type CovenantKind = (typeof COVENANT_KINDS)[number];

/** How often a recurring task of the partnership comes back. */
export const TASK_FREQUENCIES = ['weekly', 'monthly', 'trimester', 'semester', 'school_year', 'when_needed'] as const;
export type TaskFrequency = (typeof TASK_FREQUENCIES)[number];

/** What a saved version of a worksheet record says happened (record_versions.action). */
export const RECORD_ACTIONS = ['created', 'updated', 'looked_back', 'handed_over'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];
