// The collaboration scan (samenwerkingsscan): statements per building block, rated 1–5 or
// "weet niet". Written for this tool; each statement says one thing, in the "we" of the partnership.
import type { BlockSlug } from './types';

export type ScanStatement = { id: string; block: BlockSlug; text: string };

const statements: Record<BlockSlug, string[]> = {
	'gemeenschappelijk-doel': [
		'Ik kan in één zin zeggen waarvoor wij samenwerken.',
		'Ons doel is zo concreet dat we kunnen zien of we het halen.',
		'Elke partner herkent zich in het doel, niet alleen de trekker.',
		'We kijken op vaste momenten na of het doel nog klopt.',
		'Gezinnen hadden een stem toen we het doel bepaalden.'
	],
	relatie: [
		'Ik weet wat elke partner wel en niet kan opnemen.',
		'Als een collega vertrekt, loopt de samenwerking gewoon door.',
		'We kennen elkaar ook buiten moeilijke situaties.',
		'Ik weet wie ik moet bellen als ik bij een partner iets nodig heb.',
		'Wat de samenwerking vraagt, wordt ook in mijn eigen organisatie gedragen.'
	],
	betrokkenheid: [
		'De directies en leidinggevenden steunen deze samenwerking zichtbaar.',
		'Wat we in casussen leren, bereikt ook het beleid.',
		'Kinderen en ouders kunnen mee beslissen over wat hen aangaat.',
		'De juiste partners zitten aan tafel, niet alleen wie er altijd al zat.',
		'Er is tijd voorzien om aan de samenwerking te werken.'
	],
	'respect-en-vertrouwen': [
		'Ik durf te zeggen als iets niet lukt.',
		'Partners gaan zorgvuldig om met wat ik hen vertrouwelijk vertel.',
		'Verschillen in aanpak worden als een sterkte gezien.',
		'Als er iets misloopt, zoeken we samen een oplossing in plaats van een schuldige.',
		'Ik voel me gehoord, ook als ik een andere mening heb.'
	],
	'afstemming-en-taakafbakening': [
		'Bij een casus is duidelijk wie wat doet en tegen wanneer.',
		'We doen zelden dubbel werk.',
		'Afspraken worden nagekomen of tijdig bijgestuurd.',
		'Het is duidelijk wie welke beslissing mag nemen.',
		'We weten welke informatie we mogen delen en welke niet.'
	],
	communicatie: [
		'Ik krijg de informatie die ik nodig heb, op tijd.',
		'We praten in woorden die alle partners begrijpen, zonder vakjargon.',
		'Ouders en kinderen begrijpen wat we met hen afspreken.',
		'Na een overleg weet iedereen wat er beslist is.',
		'Ik hoor terug wat er met mijn signaal of vraag gebeurd is.'
	]
};

/** Every statement with a stable id ("<block>-<n>"), in block order. */
export const SCAN_STATEMENTS: ScanStatement[] = Object.entries(statements).flatMap(([block, texts]) =>
	texts.map((text, i) => ({ id: `${block}-${i + 1}`, block: block as BlockSlug, text }))
);
