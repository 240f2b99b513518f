// How a task's frequency reads, in the user's language.
import type { TaskFrequency } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

const LABELS: Record<TaskFrequency, () => string> = {
	weekly: m.rtk_freq_weekly,
	monthly: m.rtk_freq_monthly,
	trimester: m.rtk_freq_trimester,
	semester: m.rtk_freq_semester,
	school_year: m.rtk_freq_school_year,
	when_needed: m.rtk_freq_when_needed
};

export function taskFrequencyLabel(frequency: TaskFrequency | string): string {
	return LABELS[frequency as TaskFrequency]?.() ?? frequency;
}
