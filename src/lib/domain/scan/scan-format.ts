// Figures and words of the scan for the UI, in the reader's language.
import { intlLocale } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { BLOCK_SHORT_NAMES } from '$lib/content/blocks';
import type { BlockSlug } from '$lib/content/types';
import { UNKNOWN } from './scan.schema';

/** A mean on the 1–5 scale with one decimal ("3,4"); a dash when nobody gave a figure. */
export function formatScore(value: number | null | undefined): string {
	if (value === null || value === undefined) return '—';
	return new Intl.NumberFormat(intlLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** A difference with its sign ("+0,4", "−0,2", "0,0"). */
export function formatDifference(value: number): string {
	const rounded = Math.round(value * 10) / 10;
	const text = formatScore(Math.abs(rounded));
	return rounded > 0 ? `+${text}` : rounded < 0 ? `−${text}` : text;
}

/** "Gemeenschappelijk doel": the short name of a block, starting with a capital. */
export function blockShortName(block: BlockSlug): string {
	const name = BLOCK_SHORT_NAMES[block];
	return name.charAt(0).toUpperCase() + name.slice(1);
}

/** The words behind a point of the scale, read after the figure by screen readers. */
export function scaleWord(value: string): string {
	const words: Record<string, () => string> = {
		'1': m.scan_scale_1,
		'2': m.scan_scale_2,
		'3': m.scan_scale_3,
		'4': m.scan_scale_4,
		'5': m.scan_scale_5,
		[UNKNOWN]: m.scan_unknown
	};
	return words[value]?.() ?? value;
}
