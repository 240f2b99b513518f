// Kinds of organisation and functions of members: one list for the database enums and the forms.
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
