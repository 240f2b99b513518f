// Labels of the worksheet records' vocabularies, for the places that show them outside their own
// pages (home, welcome pack, meetings, handover).
import { m } from '$lib/paraglide/messages.js';
import type { CovenantKind, TaskFrequency } from '$lib/domain/partnerships/enums';

const COVENANT_KIND: Record<CovenantKind, () => string> = {
	covenant: m.wsr_kind_covenant,
	action_plan: m.wsr_kind_action_plan
};

const FREQUENCY: Record<TaskFrequency, () => string> = {
	weekly: m.wsr_freq_weekly,
	monthly: m.wsr_freq_monthly,
	trimester: m.wsr_freq_trimester,
	semester: m.wsr_freq_semester,
	school_year: m.wsr_freq_school_year,
	when_needed: m.wsr_freq_when_needed
};

export const covenantKindLabel = (kind: CovenantKind) => COVENANT_KIND[kind]();
export const taskFrequencyLabel = (frequency: TaskFrequency) => FREQUENCY[frequency]();
