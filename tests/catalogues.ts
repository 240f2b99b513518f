// Reading messages/*.json in tests. A message is a string, or a plural message: an array holding one
// variant, { declarations, selectors, match } (@inlang/plugin-message-format, ADR 0027).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['nl', 'en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export type Variant = { declarations: string[]; selectors: string[]; match: Record<string, string> };
export type Message = string | Variant[];
export type Catalogue = Record<string, Message>;

export function loadCatalogue(locale: Locale): Catalogue {
	const file = join(process.cwd(), 'messages', `${locale}.json`);
	const parsed = JSON.parse(readFileSync(file, 'utf-8')) as Catalogue;
	return Object.fromEntries(Object.entries(parsed).filter(([key]) => key !== '$schema'));
}

/** The variant of a plural message; null for a plain string. */
export const variantOf = (message: Message): Variant | null => (typeof message === 'string' ? null : message[0]);

/** Every text a message can show: the string, or each case of its variant. */
export const patterns = (message: Message): string[] =>
	typeof message === 'string' ? [message] : Object.values(message[0]?.match ?? {});

/** The names a message takes: its placeholders and its declared inputs, sorted. */
export function inputs(message: Message): string[] {
	const names = new Set<string>();
	for (const text of patterns(message)) for (const m of text.matchAll(/\{\s*([A-Za-z_$][\w$]*)\s*\}/g)) names.add(m[1]);
	for (const d of variantOf(message)?.declarations ?? []) {
		const input = /^input\s+(\w+)$/.exec(d.trim());
		if (input) names.add(input[1]);
	}
	return [...names].sort();
}

/** The inputs a plural message selects on: `local xPlural = x: plural` that is a selector. */
export function pluralSelectors(message: Message): string[] {
	const variant = variantOf(message);
	if (!variant) return [];
	const locals = new Map<string, string>();
	for (const d of variant.declarations) {
		const local = /^local\s+(\w+)\s*=\s*(\w+)\s*:\s*plural\s*$/.exec(d.trim());
		if (local) locals.set(local[1], local[2]);
	}
	return variant.selectors.map((s) => locals.get(s) ?? `?${s}`);
}
