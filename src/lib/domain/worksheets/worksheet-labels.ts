// Labels for the worksheets' pages, from the message catalogue.
import { m } from '$lib/paraglide/messages.js';
import type { OutputKind } from './outputs';

const OUTPUT_LABELS: Record<OutputKind, () => string> = {
	goal: m.wks_output_goal,
	roleCard: m.wks_output_role_card,
	cases: m.wks_output_cases,
	organisations: m.wks_output_organisations,
	covenants: m.wks_output_covenants,
	signals: m.wks_output_signals,
	pilots: m.wks_output_pilots,
	tasks: m.wks_output_tasks,
	continuity: m.wks_output_continuity,
	glossary: m.wks_output_glossary
};

export function outputLabel(kind: OutputKind): string {
	return OUTPUT_LABELS[kind]();
}
