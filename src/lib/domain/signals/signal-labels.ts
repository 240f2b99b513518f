// Words for signals in the reader's language: statuses, themes, levels, addressees and source counts.
import { m } from '$lib/paraglide/messages.js';
import type {
	SignalAddressee,
	SignalLevel,
	SignalSourceKind,
	SignalStatus,
	SignalTheme
} from '$lib/domain/partnerships/enums';

export const signalStatusLabel = (s: SignalStatus): string =>
	({
		collected: m.signal_status_collected,
		discussed: m.signal_status_discussed,
		passed_on: m.signal_status_passed_on,
		answered: m.signal_status_answered
	})[s]();

/** The question of the step form that leads to this status ("Kregen jullie een antwoord?"). */
export const signalStepLabel = (s: SignalStatus): string =>
	({
		collected: m.signal_step_collected,
		discussed: m.signal_step_discussed,
		passed_on: m.signal_step_passed_on,
		answered: m.signal_step_answered
	})[s]();

export const signalThemeLabel = (t: SignalTheme): string =>
	({
		housing: m.signal_theme_housing,
		school_costs: m.signal_theme_school_costs,
		income: m.signal_theme_income,
		wellbeing: m.signal_theme_wellbeing,
		language: m.signal_theme_language,
		mobility: m.signal_theme_mobility,
		childcare_leisure: m.signal_theme_childcare_leisure,
		digital: m.signal_theme_digital,
		health: m.signal_theme_health,
		access_to_help: m.signal_theme_access_to_help,
		other: m.signal_theme_other
	})[t]();

export const signalLevelLabel = (l: SignalLevel): string =>
	({ meso: m.signal_level_meso, macro: m.signal_level_macro })[l]();

export const signalLevelHelp = (l: SignalLevel): string =>
	({ meso: m.signal_level_meso_help, macro: m.signal_level_macro_help })[l]();

export const signalAddresseeLabel = (a: SignalAddressee): string =>
	({
		lokaal_bestuur: m.signal_to_lokaal_bestuur,
		lop: m.signal_to_lop,
		scholengemeenschap: m.signal_to_scholengemeenschap,
		huis_van_het_kind: m.signal_to_huis_van_het_kind,
		vlaamse_overheid: m.signal_to_vlaamse_overheid,
		other: m.signal_to_other
	})[a]();

/** The addressee as written: the free name when "other" was chosen. */
export const describeAddressee = (s: { addressee: SignalAddressee; addresseeOther: string }): string =>
	s.addressee === 'other' && s.addresseeOther ? s.addresseeOther : signalAddresseeLabel(s.addressee);

/** "gezien in 3 casussen", "in 1 item van het leerlogboek", … : counts only, never which ones. */
export function sourceCountText(kind: SignalSourceKind, count: number): string {
	if (kind === 'case') return m.signal_seen_cases({ count });
	if (kind === 'learning') return m.signal_seen_learning({ count });
	return m.signal_seen_reflections({ count });
}

/** "3 casussen", "1 item van het leerlogboek", … : the same counts without "gezien in". */
export function sourceCountPlain(kind: SignalSourceKind, count: number): string {
	if (kind === 'case') return m.signal_count_cases({ count });
	if (kind === 'learning') return m.signal_count_learning({ count });
	return m.signal_count_reflections({ count });
}

/** "3 bronnen": all sources together. */
export const sourcesTotalText = (count: number): string => m.signal_sources_total({ count });

/** The name of a kind of source, for the choice list ("Casussen"). */
export const sourceKindLabel = (k: SignalSourceKind): string =>
	({
		case: m.signal_source_kind_case,
		learning: m.signal_source_kind_learning,
		reflection: m.signal_source_kind_reflection
	})[k]();

/** Status colours of the overview chart and the badges (text on them keeps 4.5:1 contrast). */
export const STATUS_COLOURS: Record<SignalStatus, { fill: string; text: string }> = {
	collected: { fill: '#dfe4e2', text: '#1d2624' },
	discussed: { fill: '#a9d3cc', text: '#1d2624' },
	passed_on: { fill: '#f0c28f', text: '#1d2624' },
	answered: { fill: '#23633a', text: '#ffffff' }
};
