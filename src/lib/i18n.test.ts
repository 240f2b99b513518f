import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';

// The message catalogues: nl is the source; en and fr must cover exactly the same keys.
type Catalogue = Record<string, string>;

function load(locale: string): Catalogue {
	const file = join(process.cwd(), 'messages', `${locale}.json`);
	const parsed = JSON.parse(readFileSync(file, 'utf-8')) as Catalogue;
	return Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== '$schema'));
}

function placeholders(message: string): string[] {
	return [...new Set([...message.matchAll(/\{\s*([A-Za-z_$][\w$]*)\s*\}/g)].map((m) => m[1]))].sort();
}

const nl = load('nl');
const translations = { en: load('en'), fr: load('fr') };
const all = { nl, ...translations };

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
					.map((key) => ({
						key,
						nl: placeholders(nl[key]),
						translated: placeholders(messages[key])
					}))
					.filter((row) => row.nl.join() !== row.translated.join());
				expect(mismatches).toEqual([]);
			});
		});
	}

	for (const [locale, messages] of Object.entries(all)) {
		it(`${locale} has no empty messages`, () => {
			const empty = Object.entries(messages)
				.filter(([, value]) => typeof value !== 'string' || value.trim() === '')
				.map(([key]) => key);
			expect(empty).toEqual([]);
		});
	}
});
