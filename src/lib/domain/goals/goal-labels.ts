// Words for the common goal in the reader's language: the SMART letters, their hints and the fields.
import { m } from '$lib/paraglide/messages.js';
import type { SmartHint, SmartLetter } from './smart';
import type { FamiliesInvolved, GoalField } from './goal.schema';

export const SMART_LETTERS: SmartLetter[] = ['specific', 'measurable', 'active', 'realistic', 'timeBound'];

export const letterLabel = (l: SmartLetter): string =>
	({
		specific: m.goal_letter_specific(),
		measurable: m.goal_letter_measurable(),
		active: m.goal_letter_active(),
		realistic: m.goal_letter_realistic(),
		timeBound: m.goal_letter_time()
	})[l];

export const letterExplanation = (l: SmartLetter): string =>
	({
		specific: m.goal_explain_specific(),
		measurable: m.goal_explain_measurable(),
		active: m.goal_explain_active(),
		realistic: m.goal_explain_realistic(),
		timeBound: m.goal_explain_time()
	})[l];

export const hintText = (h: SmartHint): string =>
	({
		'specific-short': m.goal_hint_specific_short(),
		'specific-vague': m.goal_hint_specific_vague(),
		'specific-ok': m.goal_hint_specific_ok(),
		'measurable-missing': m.goal_hint_measurable_missing(),
		'measurable-ok': m.goal_hint_measurable_ok(),
		'active-no-actor': m.goal_hint_active_no_actor(),
		'active-ok': m.goal_hint_active_ok(),
		'realistic-short': m.goal_hint_realistic_short(),
		'realistic-ok': m.goal_hint_realistic_ok(),
		'time-missing': m.goal_hint_time_missing(),
		'time-past': m.goal_hint_time_past(),
		'time-ok': m.goal_hint_time_ok()
	})[h];

export const familiesLabel = (f: FamiliesInvolved): string =>
	({ yes: m.goal_families_yes(), partly: m.goal_families_partly(), no: m.goal_families_no() })[f];

export const fieldLabel = (f: GoalField): string =>
	f === 'why'
		? m.goal_why()
		: f === 'involved'
			? m.goal_involved()
			: f === 'familiesInvolved'
				? m.goal_families_short()
				: f === 'reviewDate'
					? m.goal_review()
					: letterLabel(f);
