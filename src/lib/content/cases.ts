// The parts of a case, following step 2 of the method for "relatie". Labels and hints are content;
// the worksheet engine renders them and builds their validation.
import type { WorksheetField } from './types';

const text = (name: string, label: string, hint?: string): WorksheetField => ({
	kind: 'textarea',
	name,
	label,
	hint,
	maxLength: 4000
});

export const CASE_CODE_HINT =
	'Gebruik een code of een schuilnaam, zoals "K-2026-07" of "Zonnebloem". Nooit de naam van het kind: zo blijft het kind onherkenbaar als iemand meekijkt, een scherm deelt of iets afdrukt.';

export const VOICE_OPTIONS = [
	{ value: 'yes', label: 'Ja' },
	{ value: 'partly', label: 'Gedeeltelijk' },
	{ value: 'no', label: 'Nog niet' }
];

/** The structured "voice of child and parents" part, on cases and agreements alike. */
export const voiceFields: WorksheetField[] = [
	{ kind: 'choice', name: 'heard', label: 'Zijn kind en ouders gehoord?', options: VOICE_OPTIONS },
	text(
		'how',
		'Hoe hebben we hen gehoord?',
		'Bijvoorbeeld: een gesprek thuis, samen met de brugfiguur, een tekening van het kind.'
	),
	text(
		'notYetHeard',
		'Wie hebben we nog niet gehoord?',
		'Denk aan het kind zelf, een ouder die niet meekwam, een broer of zus, een grootouder.'
	)
];

export type { CaseSectionKind } from '$lib/domain/partnerships/enums';
import type { CaseSectionKind } from '$lib/domain/partnerships/enums';

export interface CaseSectionDefinition {
	kind: CaseSectionKind;
	title: string;
	intro: string;
	fields: WorksheetField[];
}

export const caseSections: Record<CaseSectionKind, CaseSectionDefinition> = {
	situation: {
		kind: 'situation',
		title: 'De situatie samen in kaart',
		intro: 'Beschrijf kort en zonder namen wat er speelt. Schrijf wat jullie samen weten, niet wat één partner denkt.',
		fields: [
			text('situation', 'Wat speelt er?', 'Feiten en vragen, zonder namen, adressen of geboortedata.'),
			text(
				'differences',
				'Waar kijken we verschillend naar?',
				'Noem de verschillen tussen de partners. Je hoeft ze hier niet op te lossen.'
			)
		]
	},
	strengths: {
		kind: 'strengths',
		title: 'Sterktes',
		intro: 'Vertrek van wat goed gaat. Sterktes geven houvast voor de acties.',
		fields: [
			text('child', 'Sterktes van het kind', 'Waar is het kind goed in? Wat geeft het energie?'),
			text(
				'context',
				'Sterktes van het gezin en de omgeving',
				'Wie of wat helpt al? Familie, buren, een club, de school.'
			)
		]
	},
	family: {
		kind: 'family',
		title: 'Ouders en kind betrekken',
		intro: 'Ouders en kind zijn partners. Spreek af hoe zij meedoen en hoe jullie hen op de hoogte houden.',
		fields: [
			text('involvement', 'Hoe doen ouders en kind mee?', 'Wie praat met hen, wanneer en waar?'),
			text(
				'communication',
				'Hoe leggen we het uit?',
				'In gewone woorden, eventueel met een tolk of met beelden. Wie controleert of het begrepen is?'
			),
			{
				kind: 'choice',
				name: 'capacity',
				label: 'Passen de acties bij wat het gezin nu aankan?',
				hint: 'Denk aan tijd, geld, vervoer, taal en de zorgen die het gezin al draagt.',
				options: [
					{ value: 'yes', label: 'Ja' },
					{ value: 'partly', label: 'Deels' },
					{ value: 'no', label: 'Nee' },
					{ value: 'unknown', label: 'Weten we nog niet' }
				]
			},
			text('capacityNote', 'Toelichting bij de draagkracht')
		]
	},
	voice: {
		kind: 'voice',
		title: 'De stem van kind en ouders',
		intro: 'Weten we wat het kind en de ouders zelf willen? Wie kwam nog niet aan het woord?',
		fields: voiceFields
	},
	evaluation: {
		kind: 'evaluation',
		title: 'Hoe verliep onze samenwerking?',
		intro:
			'Kijk terug op hoe jullie als partners samenwerkten in deze casus, en wat jullie organisaties daaruit kunnen leren.',
		fields: [
			text('went', 'Wat liep goed, wat liep moeizaam?'),
			text(
				'lessons',
				'Wat nemen we mee naar onze organisaties?',
				'Lessen die verder gaan dan deze ene casus, bijvoorbeeld over afspraken, bereikbaarheid of doorverwijzing.'
			)
		]
	}
};

/** What each partner writes about the case, in their own name. */
export const perspectiveFields: WorksheetField[] = [
	text('observations', 'Wat zie ik?', 'Wat heb je zelf gezien of gehoord? Beschrijf het zo feitelijk mogelijk.'),
	text(
		'interpretation',
		'Hoe begrijp ik het?',
		'Wat denk je dat er achter zit? Vanuit welke opdracht of ervaring kijk je?'
	),
	text('important', 'Wat vind ik belangrijk?'),
	text('worries', 'Waar maak ik me zorgen over?')
];

export const LEVEL_OPTIONS = [
	{ value: '1', label: 'Laag' },
	{ value: '2', label: 'Middel' },
	{ value: '3', label: 'Hoog' }
];

export const RASCI_LABELS = {
	R: { short: 'R', label: 'Voert uit' },
	A: { short: 'A', label: 'Eindverantwoordelijk' },
	S: { short: 'S', label: 'Ondersteunt' },
	C: { short: 'C', label: 'Wordt geraadpleegd' },
	I: { short: 'I', label: 'Wordt geïnformeerd' }
} as const;
