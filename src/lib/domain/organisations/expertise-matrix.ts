// The expertise overview: organisations × expertise domains, filled from the directory and from
// the role cards of the members who work at each organisation. Pure, so it is easy to test.
import { combineExpertise, EXPERTISE_DOMAINS, isExpertiseValue, splitOwnWords } from '$lib/content/expertise';
import { nameKey } from './defaults';

/** Where a tick comes from: the organisations directory, or a member's role card. */
export type ExpertiseSource = { kind: 'directory' } | { kind: 'role-card'; membershipId: string; name: string };

export type MatrixOrganisation = { id: string; name: string; expertise: readonly string[] };

export type MatrixMember = {
	membershipId: string;
	name: string;
	organisationId: string | null;
	/** From the saved role card: `expertise` (values) and `expertiseOther` (own words); [] and '' without a card. */
	expertise: readonly string[];
	expertiseOther: string;
};

export type MatrixRow = {
	organisation: { id: string; name: string };
	/** Per domain value: the sources (empty = not offered). */
	cells: Record<string, ExpertiseSource[]>;
	/** Expertise in own words, not in the list. */
	own: { label: string; sources: ExpertiseSource[] }[];
	/** Nothing at all: neither in the directory nor on a role card. */
	empty: boolean;
	/** The directory has no expertise for it (role cards may still have some). */
	directoryEmpty: boolean;
};

export type MatrixColumn = {
	value: string;
	label: string;
	/** How many organisations offer it. */
	count: number;
	/** Nobody in the directory offers it. */
	gap: boolean;
	/** Members without an organisation whose role card names it (they may fill the gap). */
	fromUnlinked: string[];
};

export type ExpertiseMatrix = {
	columns: MatrixColumn[];
	rows: MatrixRow[];
	gaps: {
		domains: MatrixColumn[];
		organisations: { id: string; name: string }[];
		membersWithoutOrganisation: { membershipId: string; name: string; expertise: string[] }[];
	};
};

/** A role card's expertise as stored values: list values plus own words ('other' is its own checkbox). */
export function roleCardExpertise(expertise: readonly string[], expertiseOther: string): string[] {
	const known = expertise.filter(isExpertiseValue);
	const legacy = expertise.filter((v) => v !== 'other' && !isExpertiseValue(v));
	const own = expertise.includes('other') || expertiseOther.trim() ? splitOwnWords(expertiseOther) : [];
	return combineExpertise(known, [...legacy, ...own]);
}

export function buildExpertiseMatrix(
	organisations: readonly MatrixOrganisation[],
	members: readonly MatrixMember[],
	domains: readonly { value: string; label: string }[] = EXPERTISE_DOMAINS
): ExpertiseMatrix {
	const domainValues = new Set(domains.map((d) => d.value));
	const orgIds = new Set(organisations.map((o) => o.id));
	const rows: MatrixRow[] = organisations.map((o) => {
		const cells: Record<string, ExpertiseSource[]> = Object.fromEntries(domains.map((d) => [d.value, []]));
		const own = new Map<string, { label: string; sources: ExpertiseSource[] }>();
		const add = (value: string, source: ExpertiseSource) => {
			if (domainValues.has(value)) cells[value]!.push(source);
			else {
				const key = nameKey(value);
				const entry = own.get(key) ?? { label: value, sources: [] };
				entry.sources.push(source);
				own.set(key, entry);
			}
		};
		for (const value of o.expertise) add(value, { kind: 'directory' });
		for (const mb of members) {
			if (mb.organisationId !== o.id) continue;
			for (const value of roleCardExpertise(mb.expertise, mb.expertiseOther))
				add(value, { kind: 'role-card', membershipId: mb.membershipId, name: mb.name });
		}
		const empty = Object.values(cells).every((s) => s.length === 0) && own.size === 0;
		return {
			organisation: { id: o.id, name: o.name },
			cells,
			own: [...own.values()],
			empty,
			directoryEmpty: o.expertise.length === 0
		};
	});

	const unlinked = members.filter((mb) => !mb.organisationId || !orgIds.has(mb.organisationId));
	const unlinkedExpertise = unlinked.map((mb) => ({
		...mb,
		values: roleCardExpertise(mb.expertise, mb.expertiseOther)
	}));
	const columns: MatrixColumn[] = domains.map((d) => {
		const count = rows.filter((r) => r.cells[d.value]!.length > 0).length;
		return {
			value: d.value,
			label: d.label,
			count,
			gap: count === 0,
			fromUnlinked: unlinkedExpertise.filter((mb) => mb.values.includes(d.value)).map((mb) => mb.name)
		};
	});
	const labelOf = new Map(domains.map((d) => [d.value, d.label]));
	return {
		columns,
		rows,
		gaps: {
			domains: columns.filter((c) => c.gap),
			organisations: rows.filter((r) => r.empty).map((r) => r.organisation),
			membersWithoutOrganisation: unlinkedExpertise.map((mb) => ({
				membershipId: mb.membershipId,
				name: mb.name,
				expertise: mb.values.map((v) => labelOf.get(v) ?? v)
			}))
		}
	};
}
