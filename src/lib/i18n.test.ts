import { describe, it, expect } from 'vitest';
import {
	inputs,
	loadCatalogue,
	patterns,
	pluralSelectors,
	variantOf,
	type Catalogue,
	type Message
} from '../../tests/catalogues';

// The message catalogues: nl is the source; en and fr must cover exactly the same keys.
const nl = loadCatalogue('nl');
const translations = { en: loadCatalogue('en'), fr: loadCatalogue('fr') };
const all: Record<string, Catalogue> = { nl, ...translations };

/**
 * A count is a number that words agree with ("1 afspraak is", "2 afspraken zijn"). Its placeholder
 * is named `count` or `…Count`, or is one of these limits and durations; such a message must be a
 * plural message that selects on it (ADR 0027).
 */
const LIMITS = new Set(['days', 'hours', 'minutes', 'months', 'years', 'max', 'min']);
const isCount = (name: string) => name === 'count' || /Count$/.test(name) || LIMITS.has(name);

/**
 * Every other placeholder, each a thing no word agrees with. A new name must be added here or be a
 * count: that choice is what keeps "1 afspraken" out of the catalogues.
 * Numbers among them stand after a label or in brackets ("Antwoorden: {total}", "Banden ({total})"),
 * or are a position ("Stap {number}", "{first}–{last}"), or a formatted score (`difference`, `…Mean`,
 * one decimal, always plural in English), or a unit that does not change ("{mb} MB").
 */
const NOT_COUNTS = new Set([
	// numbers with no word agreeing
	'total',
	'number',
	'first',
	'last',
	'page',
	'pages',
	'shown',
	'done',
	'left',
	'mb',
	'nodes',
	'links',
	'strong',
	'weak',
	'missing',
	'records',
	'accounts',
	'questions',
	'answers',
	'difference',
	'highMean',
	'lowMean',
	// words, names, dates, addresses
	...['action', 'addressee', 'block', 'browser', 'case', 'code', 'consent', 'date', 'device', 'email', 'emails'],
	...['asker', 'fields', 'inviter'],
	...['frame', 'from', 'help', 'high', 'kind', 'label', 'letter', 'level', 'low', 'meeting', 'method', 'name'],
	...['names', 'note', 'organiser', 'partnership', 'party', 'recurrence', 'role', 'section', 'sector', 'status'],
	...['query', 'step', 'system', 'time', 'title', 'to', 'type', 'until', 'url', 'version', 'what', 'when']
]);

const CATEGORIES = ['one', 'other'] as const;

/** Every combination of plural categories for `n` selectors. */
function combinations(n: number): string[][] {
	if (n === 0) return [[]];
	return combinations(n - 1).flatMap((rest) => CATEGORIES.map((c) => [c, ...rest]));
}

/** The match key that Paraglide would choose for these categories (cases are tried in order). */
function chosenCase(message: Message, categories: string[]): string | undefined {
	const variant = variantOf(message)!;
	return Object.keys(variant.match).find((key) => {
		const parts = key.split(',').map((p) => p.trim().split('='));
		return (
			parts.length === variant.selectors.length &&
			parts.every(
				([selector, value], i) => selector === variant.selectors[i] && (value === '*' || value === categories[i])
			)
		);
	});
}

describe('message catalogues', () => {
	it('nl has messages', () => {
		expect(Object.keys(nl).length).toBeGreaterThan(0);
	});

	for (const [locale, messages] of Object.entries(translations)) {
		describe(locale, () => {
			it('has no keys missing compared to nl', () => {
				const missing = Object.keys(nl).filter((key) => !(key in messages));
				expect(missing).toEqual([]);
			});

			it('has no keys that nl does not have', () => {
				const extra = Object.keys(messages).filter((key) => !(key in nl));
				expect(extra).toEqual([]);
			});

			it('uses the same placeholders as nl in every message', () => {
				const mismatches = Object.keys(nl)
					.filter((key) => key in messages)
					.map((key) => ({ key, nl: inputs(nl[key]), translated: inputs(messages[key]) }))
					.filter((row) => row.nl.join() !== row.translated.join());
				expect(mismatches).toEqual([]);
			});

			it('has every plural message with the same declarations and selectors as nl', () => {
				const mismatches = Object.keys(nl)
					.filter((key) => key in messages)
					.filter((key) => {
						const source = variantOf(nl[key]);
						const translated = variantOf(messages[key]);
						if (!source && !translated) return false;
						return (
							!source ||
							!translated ||
							source.declarations.join('|') !== translated.declarations.join('|') ||
							source.selectors.join('|') !== translated.selectors.join('|')
						);
					});
				expect(mismatches).toEqual([]);
			});
		});
	}

	for (const [locale, messages] of Object.entries(all)) {
		it(`${locale} has no empty messages`, () => {
			const empty = Object.entries(messages)
				.filter(
					([, value]) =>
						!(typeof value === 'string' || (Array.isArray(value) && value.length === 1)) ||
						patterns(value).length === 0 ||
						patterns(value).some((text) => typeof text !== 'string' || text.trim() === '')
				)
				.map(([key]) => key);
			expect(empty).toEqual([]);
		});

		it(`${locale}: every case of a plural message exists, with a case for anything else`, () => {
			const incomplete = Object.entries(messages)
				.filter(([, value]) => variantOf(value))
				.filter(([, value]) => {
					const n = variantOf(value)!.selectors.length;
					const fallback = chosenCase(value, Array(n).fill('many'));
					return !fallback || combinations(n).some((c) => !chosenCase(value, c));
				})
				.map(([key]) => key);
			expect(incomplete).toEqual([]);
		});
	}

	it('names every placeholder as a count or as a thing no word agrees with', () => {
		const unknown = Object.entries(nl).flatMap(([key, value]) =>
			inputs(value)
				.filter((name) => !isCount(name) && !NOT_COUNTS.has(name))
				.map((name) => `${key}: {${name}}`)
		);
		expect(unknown).toEqual([]);
	});

	it('makes every message with a count a plural message that selects on each count', () => {
		const wrong = Object.entries(all).flatMap(([locale, messages]) =>
			Object.entries(messages)
				.filter(([, value]) => {
					const counts = inputs(value).filter(isCount).sort();
					const selected = pluralSelectors(value).sort();
					return counts.join() !== selected.join();
				})
				.map(
					([key, value]) =>
						`${locale} ${key}: counts ${inputs(value).filter(isCount)}, selects ${pluralSelectors(value)}`
				)
		);
		expect(wrong).toEqual([]);
	});
});
