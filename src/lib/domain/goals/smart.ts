// Guidance for a SMART goal: one check per letter, on what the partners wrote. The checks are
// hints, not a gate: they point at what is still vague, the partners decide. Pure and shared by
// the form (live hints) and the server.

export type SmartLetter = 'specific' | 'measurable' | 'active' | 'realistic' | 'timeBound';
export type SmartInput = Record<Exclude<SmartLetter, 'timeBound'>, string> & { timeBound: string };
export type SmartCheck = { letter: SmartLetter; ok: boolean; hint: SmartHint };
/** Which hint to show; the UI words it (Dutch, with translations). */
export type SmartHint =
	| 'specific-short'
	| 'specific-vague'
	| 'specific-ok'
	| 'measurable-missing'
	| 'measurable-ok'
	| 'active-no-actor'
	| 'active-ok'
	| 'realistic-short'
	| 'realistic-ok'
	| 'time-missing'
	| 'time-past'
	| 'time-ok';

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);
const has = (text: string, pattern: RegExp) => pattern.test(text.toLowerCase());

// Words that sound like a goal but say nothing checkable on their own.
const VAGUE =
	/\b(beter|verbeteren|optimaliseren|versterken|meer|minder|zo veel mogelijk|zoveel mogelijk|inzetten op|werken aan)\b/;
// Something countable or observable: a number, a share, a frequency, or a way to see it.
const COUNTABLE =
	/(\d|%|\b(aantal|keer|per (week|maand|trimester|jaar|schooljaar)|procent|helft|alle|elke|elk|iedere|ieder|telt|tellen|registreren|turven|zien we|merken we|vragenlijst|bevraging|observ\w*)\b)/;
// Who acts: the partners themselves, or named partners.
const ACTOR =
	/\b(we|wij|ons|onze|partners?|school|scholen|clb|ocmw|caw|brugfiguur|brugfiguren|coördinator|leerkrachten?|zorgco(ö|o)rdinator|huis van het kind|stad|gemeente|team)\b/;
const MIN_SPECIFIC_WORDS = 8;
const MIN_REALISTIC_WORDS = 6;

/** One check per letter; `today` is YYYY-MM-DD (Belgian date) so the date check is testable. */
export function checkSmart(input: SmartInput, today: string): SmartCheck[] {
	const specific: SmartHint =
		words(input.specific).length < MIN_SPECIFIC_WORDS
			? 'specific-short'
			: has(input.specific, VAGUE) && !has(input.specific, COUNTABLE)
				? 'specific-vague'
				: 'specific-ok';
	const measurable: SmartHint = has(input.measurable, COUNTABLE) ? 'measurable-ok' : 'measurable-missing';
	const active: SmartHint = has(input.active, ACTOR) ? 'active-ok' : 'active-no-actor';
	const realistic: SmartHint = words(input.realistic).length < MIN_REALISTIC_WORDS ? 'realistic-short' : 'realistic-ok';
	const time: SmartHint = !/^\d{4}-\d{2}-\d{2}$/.test(input.timeBound)
		? 'time-missing'
		: input.timeBound <= today
			? 'time-past'
			: 'time-ok';
	return [
		{ letter: 'specific', ok: specific === 'specific-ok', hint: specific },
		{ letter: 'measurable', ok: measurable === 'measurable-ok', hint: measurable },
		{ letter: 'active', ok: active === 'active-ok', hint: active },
		{ letter: 'realistic', ok: realistic === 'realistic-ok', hint: realistic },
		{ letter: 'timeBound', ok: time === 'time-ok', hint: time }
	];
}
