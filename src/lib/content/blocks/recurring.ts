// The two questions that close the reflection questions of every building block.
// Block files build their last two questions from here, so the wording cannot drift.
// Kept apart from index.ts so that block modules do not import the module that imports them.

import type { BlockSlug } from '../types';

/** The short name of each block, as used inside sentences and on small labels. */
export const BLOCK_SHORT_NAMES: Record<BlockSlug, string> = {
	'gemeenschappelijk-doel': 'gemeenschappelijk doel',
	relatie: 'relatie',
	betrokkenheid: 'betrokkenheid',
	'respect-en-vertrouwen': 'respect en vertrouwen',
	'afstemming-en-taakafbakening': 'afstemming en taakafbakening',
	communicatie: 'communicatie'
};

export const RECURRING_QUESTIONS = {
	/** Identical for every block. */
	voice: 'Waar hoor je de stem van kinderen en ouders in deze samenwerking? Wie komt nog niet aan het woord?',
	/** Names the block it closes. */
	crossBlock: (shortName: string): string => `Welke andere bouwstenen kunnen ‘${shortName}’ versterken?`
} as const;

/** The last two reflection questions of a block, in order: voice, then cross-block. */
export function recurringQuestions(slug: BlockSlug): [string, string] {
	return [RECURRING_QUESTIONS.voice, RECURRING_QUESTIONS.crossBlock(BLOCK_SHORT_NAMES[slug])];
}
