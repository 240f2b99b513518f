// Where a worksheet's results live in the partnership: the records a step leaves behind. A page
// links a step to its records; the worksheet index lists them per method.
import { methods } from '$lib/content/methods';

export const OUTPUT_KINDS = [
	'goal',
	'roleCard',
	'cases',
	'organisations',
	'covenants',
	'signals',
	'pilots',
	'tasks',
	'continuity',
	'glossary'
] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The path below /s/<partnership> of each kind of record. */
export const OUTPUT_PATHS: Record<OutputKind, string> = {
	goal: '/doel',
	roleCard: '/rolkaart',
	cases: '/casussen',
	organisations: '/organisaties',
	covenants: '/convenanten',
	signals: '/signalen',
	pilots: '/pilots',
	tasks: '/taken',
	continuity: '/continuiteit',
	glossary: '/woordenlijst'
};

/** Method slug → step slug → the records that step produces. */
const STEP_OUTPUTS: Record<string, Record<string, OutputKind[]>> = {
	'gemeenschappelijk-doel': { 'smart-maken': ['goal'], 'samen-terugkijken': ['goal'] },
	relatie: {
		'mijn-rol-en-aanbod': ['roleCard'],
		'relatie-in-de-casus': ['cases'],
		'relatie-op-organisatieniveau': ['organisations']
	},
	betrokkenheid: { 'convenant-of-actieplan': ['covenants'], 'van-casus-naar-beleid': ['signals'] },
	'respect-en-vertrouwen': { 'een-kleine-stap': ['pilots'] },
	'afstemming-en-taakafbakening': { 'rasci-vaste-taken': ['tasks'], 'als-iemand-vertrekt': ['continuity'] },
	communicatie: { 'gedeelde-woordenlijst': ['glossary'] }
};

/** The records one step produces, in a fixed order. */
export function stepOutputs(method: string, step: string): OutputKind[] {
	return STEP_OUTPUTS[method]?.[step] ?? [];
}

/** Every kind of record a method produces, in the order of its steps, each once. */
export function methodOutputs(method: string): OutputKind[] {
	const steps = methods.find((x) => x.slug === method)?.steps ?? [];
	return [...new Set(steps.flatMap((s) => stepOutputs(method, s.slug)))];
}

/** For the content check: every (method, step) pair named here, to see that each exists. */
export function outputSteps(): { method: string; step: string }[] {
	return Object.entries(STEP_OUTPUTS).flatMap(([method, steps]) =>
		Object.keys(steps).map((step) => ({ method, step }))
	);
}
