// Network map: enum values → translated labels and the short signs drawn on the map.
// (Kept apart from labels.ts so the map's vocabulary stays in one place.)
import { m } from '$lib/paraglide/messages.js';
import { levelLabel, sectorLabel } from '$lib/labels';
import type { Level, LinkStrength, LinkType, NetworkNodeKind, Sector } from '$lib/domain/partnerships/enums';
import type { Finding } from '$lib/domain/network/analysis';

export const nodeKindLabel = (k: NetworkNodeKind) =>
	({ organisation: m.map_kind_organisation, person: m.map_kind_person, missing: m.map_kind_missing })[k]();

/** The level's name is the directory's (one vocabulary); the map's short help fits a legend. */
export const mapLevelLabel = levelLabel;

export const mapLevelHelp = (l: Level) =>
	({ micro: m.map_level_micro_help, meso: m.map_level_meso_help, macro: m.map_level_macro_help })[l]();

export const mapSectorLabel = (s: Sector | null) => (s === null ? m.map_sector_none() : sectorLabel(s));

/** The letter inside a node: the sector never depends on colour alone. */
export const sectorLetter = (s: Sector | null) =>
	s === null
		? '·'
		: {
				education: m.map_sector_letter_education,
				welfare: m.map_sector_letter_welfare,
				local_government: m.map_sector_letter_local_government,
				civil_society: m.map_sector_letter_civil_society
			}[s]();

export const linkTypeLabel = (t: LinkType) =>
	({
		information: m.map_type_information,
		referral: m.map_type_referral,
		consultation: m.map_type_consultation,
		funding: m.map_type_funding,
		informal: m.map_type_informal
	})[t]();

/** The sign in the middle of a link. */
export const linkTypeSymbol = (t: LinkType) =>
	({
		information: m.map_type_symbol_information,
		referral: m.map_type_symbol_referral,
		consultation: m.map_type_symbol_consultation,
		funding: m.map_type_symbol_funding,
		informal: m.map_type_symbol_informal
	})[t]();

export const linkStrengthLabel = (s: LinkStrength) =>
	({ strong: m.map_strength_strong, weak: m.map_strength_weak, missing: m.map_strength_missing })[s]();

/** A finding of the analysis as a plain sentence and a hint what to do. */
export function describeFinding(f: Finding): { text: string; hint: string } {
	switch (f.kind) {
		case 'empty':
			return { text: m.map_f_empty(), hint: m.map_f_empty_hint() };
		case 'isolated':
			return {
				text: f.onlyMissing ? m.map_f_isolated_missing({ label: f.label }) : m.map_f_isolated({ label: f.label }),
				hint: m.map_f_isolated_hint({ label: f.label })
			};
		case 'missing-link':
			return {
				text: m.map_f_missing_link({ from: f.from, to: f.to, type: linkTypeLabel(f.type).toLowerCase() }),
				hint: m.map_f_missing_link_hint()
			};
		case 'weak-link':
			return {
				text: m.map_f_weak_link({ from: f.from, to: f.to, type: linkTypeLabel(f.type).toLowerCase() }),
				hint: m.map_f_weak_link_hint()
			};
		case 'absent-sector':
			return { text: m.map_f_absent_sector({ sector: mapSectorLabel(f.sector) }), hint: m.map_f_absent_sector_hint() };
		case 'absent-level':
			return {
				text: m.map_f_absent_level({ level: mapLevelLabel(f.level), help: mapLevelHelp(f.level) }),
				hint: m.map_f_absent_level_hint()
			};
		case 'missing-expertise':
			return { text: m.map_f_missing_expertise({ label: f.label }), hint: m.map_f_missing_expertise_hint() };
	}
}
