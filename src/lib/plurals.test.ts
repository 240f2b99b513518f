// Counts read right in every language: "1 afspraak is te laat", "2 afspraken zijn te laat",
// "0 accord est en retard" (French counts 0 and 1 as one). Every message is rendered through the
// compiled Paraglide functions, so this checks what a reader sees, not only the JSON (ADR 0027).
import { describe, expect, it } from 'vitest';
import * as messages from '$lib/paraglide/messages.js';
import { m } from '$lib/paraglide/messages.js';
import { inputs, LOCALES, loadCatalogue, pluralSelectors, type Locale } from '../../tests/catalogues';

type Render = (inputs: Record<string, unknown>, options: { locale: Locale }) => string;
const render = (key: string, values: Record<string, unknown>, locale: Locale) =>
	(messages as unknown as Record<string, Render>)[key](values, { locale });

const catalogues = Object.fromEntries(LOCALES.map((l) => [l, loadCatalogue(l)])) as Record<
	Locale,
	ReturnType<typeof loadCatalogue>
>;
const keys = Object.keys(catalogues.nl);
const pluralKeys = keys.filter((key) => pluralSelectors(catalogues.nl[key]).length > 0);

/** Plural forms that never follow "1 " (an adjective may stand between: "1 lopende casussen"). */
const PLURAL_WORDS: Record<Locale, string[]> = {
	nl: [
		...['afspraken', 'casussen', 'partners', 'dagen', 'organisaties', 'overleggen', 'antwoorden', 'signalen'],
		...['bronnen', 'items', 'reflectiemomenten', 'sessies', 'minuten', 'maanden', 'tekens', 'agendapunten'],
		...['passkeys', 'mensen', 'knopen', 'banden', 'aandachtspunten', 'successen', 'knelpunten', 'accounts']
	],
	en: [
		...['agreements', 'cases', 'partners', 'days', 'organisations', 'meetings', 'answers', 'signals', 'sources'],
		...['entries', 'moments', 'sessions', 'minutes', 'hours', 'months', 'years', 'characters', 'items', 'passkeys'],
		...['people', 'nodes', 'ties', 'points', 'successes', 'bottlenecks', 'times', 'accounts']
	],
	fr: [
		...['accords', 'situations', 'partenaires', 'jours', 'organisations', 'concertations', 'réponses', 'signaux'],
		...['sources', 'éléments', 'moments', 'sessions', 'minutes', 'heures', 'ans', 'caractères', 'points', 'clés'],
		...['personnes', 'nœuds', 'liens', 'réussites', 'difficultés', 'dossiers', 'comptes']
	]
};

/** "1 afspraken", "1 lopende casussen": a 1 that is not part of a larger number, then a plural. */
const oneThenPlural = (locale: Locale) =>
	new RegExp(`(^|[^\\d.,])1 (\\p{L}+ )?(${PLURAL_WORDS[locale].join('|')})(?!\\p{L})`, 'u');

/** Scores the page formats with one decimal ("1.0 points"), never a bare count. */
const SCORES = new Set(['difference', 'highMean', 'lowMean']);

/** A message with every input set to `n` (a score to `n.0`). */
function raw(key: string, n: number, locale: Locale): string {
	const values = inputs(catalogues[locale][key]).map((name) => [name, SCORES.has(name) ? `${n}.0` : n]);
	return render(key, Object.fromEntries(values), locale);
}

/** The same; a message that does not show its count (the home's
 * "lopende casussen") is read as the page shows it, after the number in bold. */
function shown(key: string, n: number, locale: Locale): string {
	const text = raw(key, n, locale);
	return pluralSelectors(catalogues[locale][key]).length > 0 && !text.includes(String(n)) ? `${n} ${text}` : text;
}

describe('plural messages', () => {
	it('pick the form by the language’s plural rules', () => {
		const overdue = (count: number, locale: Locale) => m.agreements_overdue_count({ count }, { locale });
		expect(overdue(0, 'nl')).toBe('0 afspraken zijn te laat.');
		expect(overdue(1, 'nl')).toBe('1 afspraak is te laat.');
		expect(overdue(2, 'nl')).toBe('2 afspraken zijn te laat.');
		expect(overdue(0, 'en')).toBe('0 agreements are overdue.');
		expect(overdue(1, 'en')).toBe('1 agreement is overdue.');
		expect(overdue(2, 'en')).toBe('2 agreements are overdue.');
		expect(overdue(0, 'fr')).toBe('0 accord est en retard.');
		expect(overdue(1, 'fr')).toBe('1 accord est en retard.');
		expect(overdue(2, 'fr')).toBe('2 accords sont en retard.');
		// French has a third category, "many" (a million): the catch-all case takes it.
		expect(overdue(1_000_000, 'fr')).toBe('1000000 accords sont en retard.');
		expect(m.compass_voice_cases({ count: 1 }, { locale: 'nl' })).toBe('1 lopende casus');
		expect(m.compass_voice_cases({ count: 2 }, { locale: 'nl' })).toBe('2 lopende casussen');
		expect(m.compass_voice_cases({ count: 1 }, { locale: 'fr' })).toBe('1 situation en cours');
		expect(m.compass_voice_cases({ count: 2 }, { locale: 'fr' })).toBe('2 situations en cours');
	});

	it('select on each count of a message with two', () => {
		const voice = (casesCount: number, agreementsCount: number) =>
			m.phome_voice_missing({ casesCount, agreementsCount }, { locale: 'nl' });
		expect(voice(1, 2)).toMatch(/^Bij 1 casus en 2 afspraken is/);
		expect(voice(2, 1)).toMatch(/^Bij 2 casussen en 1 afspraak is/);
	});

	it('exist (the catalogues have plural messages to check)', () => {
		expect(pluralKeys.length).toBeGreaterThan(40);
	});

	for (const locale of LOCALES) {
		it(`${locale}: no message rendered for 0, 1 or 2 puts a plural after "1 "`, () => {
			const wrong = keys.flatMap((key) =>
				[0, 1, 2].map((n) => shown(key, n, locale)).filter((text) => oneThenPlural(locale).test(text))
			);
			expect(wrong).toEqual([]);
		});

		it(`${locale}: the one form of every plural message differs from the other form`, () => {
			const digitless = (text: string) => text.replace(/\d+/g, '#');
			const same = pluralKeys.filter((key) => digitless(shown(key, 1, locale)) === digitless(shown(key, 2, locale)));
			// Dutch "keer" and "jaar", French "fois" and "mois" do not change: listed here, not hidden.
			const invariant: Record<Locale, string[]> = {
				nl: ['cont_feed_reads_summary', 'ret_years', 'err_meeting_series_years'],
				en: [],
				fr: ['cont_feed_reads_summary', 'ret_months']
			};
			expect(same.sort()).toEqual(invariant[locale].sort());
		});
	}

	it('fr: the one form shows the number whenever the other form does (0 is one in French)', () => {
		const hidden = pluralKeys.filter((key) => raw(key, 7, 'fr').includes('7') && !raw(key, 0, 'fr').includes('0'));
		expect(hidden).toEqual([]);
	});
});
