// One list of expertise domains for the whole platform: the role card ("Mijn expertise"), the
// organisations directory and the expertise overview all use these values. Stored values never
// change (existing role cards keep working); labels and hints may be reworded.

export interface ExpertiseDomain {
	value: string;
	label: string;
	/** One short line: what the domain covers. */
	hint: string;
}

export const EXPERTISE_DOMAINS = [
	{ value: 'pedagogisch', label: 'Pedagogisch', hint: 'Leren, ontwikkeling, aanpak in de klas.' },
	{ value: 'psychosociaal', label: 'Psychosociaal', hint: 'Welbevinden, gedrag, relaties, moeilijke gebeurtenissen.' },
	{ value: 'administratief', label: 'Administratief', hint: 'Papieren, aanvragen, premies en toelagen.' },
	{ value: 'gezondheid', label: 'Gezondheid', hint: 'Lichamelijke gezondheid, voeding, slaap, preventie.' },
	{
		value: 'psychische_gezondheid',
		label: 'Psychische gezondheid',
		hint: 'Angst, somberheid, ernstige zorgen over hoe het gaat.'
	},
	{
		value: 'opvoedingsondersteuning',
		label: 'Opvoedingsondersteuning',
		hint: 'Ouders helpen bij vragen over opvoeden.'
	},
	{ value: 'armoede_en_schulden', label: 'Armoede en schulden', hint: 'Rondkomen, schoolkosten, schulden, leefloon.' },
	{ value: 'wonen', label: 'Wonen', hint: 'Een woning zoeken, huurproblemen, dreigende uithuiszetting.' },
	{
		value: 'taal_en_integratie',
		label: 'Taal en integratie',
		hint: 'Nederlands leren, tolken, nieuwkomers wegwijs maken.'
	},
	{ value: 'vrije_tijd', label: 'Vrije tijd', hint: 'Sport, spel, jeugdwerk, cultuur na school.' },
	{ value: 'juridisch', label: 'Juridisch', hint: 'Rechten en plichten, verblijf, familierecht.' },
	{
		value: 'schoolloopbaan',
		label: 'Schoolloopbaan',
		hint: 'Studiekeuze, overgang naar een andere school, spijbelen.'
	},
	{ value: 'jeugdhulp', label: 'Jeugdhulp', hint: 'Toegang tot jeugdhulp, begeleiding van jongeren en gezinnen.' }
] as const satisfies readonly ExpertiseDomain[];

export type ExpertiseValue = (typeof EXPERTISE_DOMAINS)[number]['value'];

export const EXPERTISE_VALUES = EXPERTISE_DOMAINS.map((d) => d.value) as [ExpertiseValue, ...ExpertiseValue[]];

const byValue = new Map<string, ExpertiseDomain>(EXPERTISE_DOMAINS.map((d) => [d.value, d]));

export function isExpertiseValue(value: string): value is ExpertiseValue {
	return byValue.has(value);
}

/** The label of a domain value; anything else is own words and shown as typed. */
export function expertiseLabel(value: string): string {
	return byValue.get(value)?.label ?? value;
}

/** The domain whose value or label is `text` (case-insensitive), if any. */
function matchDomain(text: string): ExpertiseValue | undefined {
	const lower = text.trim().toLocaleLowerCase('nl-BE');
	return EXPERTISE_DOMAINS.find((d) => d.value === lower || d.label.toLocaleLowerCase('nl-BE') === lower)?.value;
}

/** "Own words" as typed: separated by commas, semicolons or new lines; empty parts dropped. */
export function splitOwnWords(text: string): string[] {
	return text
		.split(/[,;\n]/)
		.map((s) => s.trim().replace(/\s+/g, ' '))
		.filter(Boolean);
}

/**
 * What is stored for an organisation: the chosen domains in list order, then own words (without
 * duplicates; own words that name a domain count as that domain).
 */
export function combineExpertise(domains: readonly string[], ownWords: readonly string[]): string[] {
	const chosen = new Set<string>(domains.filter(isExpertiseValue));
	const own: string[] = [];
	const seen = new Set<string>();
	for (const word of ownWords) {
		const domain = matchDomain(word);
		if (domain) {
			chosen.add(domain);
			continue;
		}
		const key = word.toLocaleLowerCase('nl-BE');
		if (seen.has(key)) continue;
		seen.add(key);
		own.push(word);
	}
	return [...EXPERTISE_VALUES.filter((v) => chosen.has(v)), ...own];
}

/** The opposite of combineExpertise: which stored values are domains, which are own words. */
export function splitExpertise(stored: readonly string[]): { domains: ExpertiseValue[]; own: string[] } {
	const domains = stored.filter(isExpertiseValue);
	return {
		domains: EXPERTISE_VALUES.filter((v) => domains.includes(v)),
		own: stored.filter((v) => !isExpertiseValue(v))
	};
}
