import type { BuildingBlock } from '../types';
import { block as gemeenschappelijkDoel } from './gemeenschappelijk-doel';
import { block as relatie } from './relatie';
import { block as betrokkenheid } from './betrokkenheid';
import { block as respectEnVertrouwen } from './respect-en-vertrouwen';
import { block as afstemmingEnTaakafbakening } from './afstemming-en-taakafbakening';
import { block as communicatie } from './communicatie';

export { RECURRING_QUESTIONS, BLOCK_SHORT_NAMES, recurringQuestions } from './recurring';

/** The six building blocks, ordered by number. */
export const blocks: BuildingBlock[] = [
	gemeenschappelijkDoel,
	relatie,
	betrokkenheid,
	respectEnVertrouwen,
	afstemmingEnTaakafbakening,
	communicatie
].sort((a, b) => a.number - b.number);

export function getBlock(slug: string): BuildingBlock | undefined {
	return blocks.find((b) => b.slug === slug);
}
