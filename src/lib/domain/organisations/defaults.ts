// Sensible first guesses for an organisation added from what a member typed: the coordinator
// checks them on the organisation's page afterwards.
import type { Level, OrganisationType, Sector } from '$lib/domain/partnerships/enums';

const SECTOR_BY_TYPE: Record<OrganisationType, Sector> = {
	school: 'education',
	clb: 'education',
	ocmw: 'welfare',
	caw: 'welfare',
	huis_van_het_kind: 'welfare',
	jeugdhulp: 'welfare',
	buitenschoolse_opvang: 'welfare',
	integratiedienst: 'welfare',
	lokaal_bestuur: 'local_government',
	vrijwilligersorganisatie: 'civil_society',
	other: 'civil_society'
};

export function sectorForType(type: OrganisationType): Sector {
	return SECTOR_BY_TYPE[type];
}

/** Local government decides on policy and means (macro); volunteers work close to families (micro). */
export function levelForType(type: OrganisationType): Level {
	if (type === 'lokaal_bestuur') return 'macro';
	if (type === 'vrijwilligersorganisatie') return 'micro';
	return 'meso';
}

/** Names compare without case and surrounding or double spaces. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-BE');
}

export type SuggestionMember = {
	membershipId: string;
	name: string;
	organisationName: string;
	organisationType: OrganisationType;
	organisationTypeOther: string | null;
	organisationId: string | null;
};

export type Suggestion =
	| {
			/** No organisation with this name yet: add it (and link these members). */
			kind: 'add';
			organisationName: string;
			type: OrganisationType;
			typeOther: string | null;
			members: { membershipId: string; name: string }[];
	  }
	| {
			/** The organisation exists, but these members are not linked to it yet. */
			kind: 'link';
			organisationId: string;
			organisationName: string;
			members: { membershipId: string; name: string }[];
	  };

/**
 * Organisations members named when joining that are not (yet) in the directory, and members who
 * work at an organisation of the directory without being linked to it.
 */
export function buildSuggestions(
	members: SuggestionMember[],
	organisations: { id: string; name: string }[]
): Suggestion[] {
	const orgByKey = new Map(organisations.map((o) => [nameKey(o.name), o]));
	const add = new Map<string, Extract<Suggestion, { kind: 'add' }>>();
	const link = new Map<string, Extract<Suggestion, { kind: 'link' }>>();
	for (const mb of members) {
		if (mb.organisationId) continue;
		const key = nameKey(mb.organisationName);
		if (!key) continue;
		const person = { membershipId: mb.membershipId, name: mb.name };
		const existing = orgByKey.get(key);
		if (existing) {
			const s = link.get(existing.id) ?? {
				kind: 'link',
				organisationId: existing.id,
				organisationName: existing.name,
				members: []
			};
			s.members.push(person);
			link.set(existing.id, s);
		} else {
			const s = add.get(key) ?? {
				kind: 'add',
				organisationName: mb.organisationName.trim().replace(/\s+/g, ' '),
				type: mb.organisationType,
				typeOther: mb.organisationType === 'other' ? mb.organisationTypeOther : null,
				members: []
			};
			s.members.push(person);
			add.set(key, s);
		}
	}
	const byName = (a: Suggestion, b: Suggestion) => a.organisationName.localeCompare(b.organisationName, 'nl-BE');
	return [...[...add.values()].sort(byName), ...[...link.values()].sort(byName)];
}
