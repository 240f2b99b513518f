/**
 * Personal-data guard: finds personal data in Dutch free text (case notes, agreements, logs) so the
 * UI can warn before saving. Pure TypeScript, no I/O, no network: usable on client and server.
 *
 * The guard WARNS, it does not decide. It favours catching real identifiers (national numbers,
 * IBANs, e-mail, phone numbers) with validation, and is more conservative for fuzzy kinds (names,
 * addresses, dates of birth), which need context to avoid flagging ordinary words and dates.
 *
 * Each kind has its own small finder. findPersonalData() runs them all, then resolves overlaps by
 * priority (strong identifiers > birth date / address > name) and returns the findings by offset.
 */
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, normaliseName } from './first-names';

export type FindingKind = 'national-number' | 'phone' | 'email' | 'iban' | 'address' | 'birth-date' | 'name';

/** A piece of personal data; start/end are offsets into the input (end exclusive). */
export interface Finding {
	kind: FindingKind;
	start: number;
	end: number;
	text: string;
}

export interface HighlightSegment {
	text: string;
	finding?: Finding;
}

export const FINDING_LABELS: Record<FindingKind, string> = {
	'national-number': 'rijksregisternummer',
	phone: 'telefoonnummer',
	email: 'e-mailadres',
	iban: 'IBAN-rekeningnummer',
	address: 'adres',
	'birth-date': 'geboortedatum',
	name: 'naam'
};

/** Lower number wins when two findings overlap. */
const PRIORITY: Record<FindingKind, number> = {
	'national-number': 0,
	iban: 0,
	email: 0,
	phone: 1,
	'birth-date': 2,
	address: 2,
	name: 3
};

interface Span {
	start: number;
	end: number;
}

function finding(text: string, kind: FindingKind, start: number, end: number): Finding {
	return { kind, start, end, text: text.slice(start, end) };
}

/** Replaces the given spans by spaces, keeping every other offset unchanged. */
function mask(text: string, spans: readonly Span[]): string {
	const chars = text.split('');
	for (const { start, end } of spans) for (let i = start; i < end; i++) chars[i] = ' ';
	return chars.join('');
}

function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

// ---------------------------------------------------------------------------------------------
// Dates (shared by the national-number date check, birth dates and phone masking)
// ---------------------------------------------------------------------------------------------

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Full year for a two-digit year in a written date: "15" → 2015, "85" → 1985. */
function expandYear(year: string): number {
	if (year.length === 4) return Number(year);
	const y = Number(year);
	return y <= new Date().getFullYear() % 100 ? 2000 + y : 1900 + y;
}

function isValidDate(year: number, month: number, day: number): boolean {
	return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const MONTH_NUMBERS: Record<string, number> = {
	januari: 1,
	jan: 1,
	janvier: 1,
	februari: 2,
	feb: 2,
	febr: 2,
	février: 2,
	fevrier: 2,
	maart: 3,
	mrt: 3,
	mars: 3,
	april: 4,
	apr: 4,
	avril: 4,
	mei: 5,
	mai: 5,
	juni: 6,
	jun: 6,
	juin: 6,
	juli: 7,
	jul: 7,
	juillet: 7,
	augustus: 8,
	aug: 8,
	août: 8,
	aout: 8,
	september: 9,
	sep: 9,
	sept: 9,
	septembre: 9,
	oktober: 10,
	okt: 10,
	octobre: 10,
	november: 11,
	nov: 11,
	novembre: 11,
	december: 12,
	dec: 12,
	décembre: 12,
	decembre: 12
};
const MONTH_ALTERNATION = Object.keys(MONTH_NUMBERS)
	.sort((a, b) => b.length - a.length)
	.join('|');

// 12/03/2015, 12-03-2015, 12.03.2015, 12/3/15: day, month, year with the same separator twice.
const NUMERIC_DATE = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)/g;
// 2015-03-12 (ISO order, as exported from school systems).
const ISO_DATE = /(?<![\d/.-])(\d{4})-(\d{2})-(\d{2})(?![\d/-])/g;
// 12 maart 2015, 3 mei, 1ste april 2016, 12 mrt. 2015 (year optional: "verjaardag op 3 mei").
const WRITTEN_DATE = new RegExp(
	String.raw`(?<![\p{L}\d])(\d{1,2})(?:e|ste|de|er)?\s+(${MONTH_ALTERNATION})\.?(?:\s+(\d{4}))?(?![\p{L}\d])`,
	'giu'
);

/** Every plausible calendar date in the text, whatever its context. */
function findDates(text: string): Span[] {
	const dates: Span[] = [];
	for (const m of text.matchAll(NUMERIC_DATE)) {
		const year = expandYear(m[4]);
		if (isValidDate(year, Number(m[3]), Number(m[1]))) dates.push({ start: m.index, end: m.index + m[0].length });
	}
	for (const m of text.matchAll(ISO_DATE)) {
		if (isValidDate(Number(m[1]), Number(m[2]), Number(m[3])))
			dates.push({ start: m.index, end: m.index + m[0].length });
	}
	for (const m of text.matchAll(WRITTEN_DATE)) {
		const month = MONTH_NUMBERS[m[2].toLowerCase()];
		const year = m[3] ? Number(m[3]) : 2000; // a leap year: "29 februari" stays possible
		// "12 mrt. 2015" keeps its abbreviation period; "op 12 maart." ends a sentence.
		const end = !m[3] && m[0].endsWith('.') ? m.index + m[0].length - 1 : m.index + m[0].length;
		if (month && isValidDate(year, month, Number(m[1]))) dates.push({ start: m.index, end });
	}
	return dates.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------------------------------------
// National register number (rijksregisternummer) and BIS number
// ---------------------------------------------------------------------------------------------

// YY MM DD NNN CC: 11 digits, optionally grouped as 85.07.30-033.28, 85 07 30 033 28,
// 850730-033-28 or 850730 033 28. Not preceded/followed by more digits or letters (codes, IBANs).
const NATIONAL_NUMBER_CANDIDATE =
	/(?<![\p{L}\d])(\d{2})[. -]?(\d{2})[. -]?(\d{2})[. -]{0,2}(\d{3})[. -]?(\d{2})(?![\p{L}\d])/gu;

/**
 * Century of birth if the checksum is valid, else null. The check digits are 97 minus the first
 * nine digits modulo 97; for people born in 2000 or later a '2' is put in front of those nine.
 */
export function nationalNumberCentury(digits: string): 1900 | 2000 | null {
	if (!/^\d{11}$/.test(digits)) return null;
	const base = Number(digits.slice(0, 9));
	const check = Number(digits.slice(9));
	if (97 - (base % 97) === check) return 1900;
	if (97 - ((2_000_000_000 + base) % 97) === check) return 2000;
	return null;
}

/**
 * True for a valid national register or BIS number: valid checksum, a possible birth date and a
 * possible sequence number. BIS numbers add 20 or 40 to the month; month and/or day 00 occur when
 * the birth date is (partly) unknown.
 */
export function isValidNationalNumber(digits: string): boolean {
	const century = nationalNumberCentury(digits);
	if (century === null) return false;
	const year = century + Number(digits.slice(0, 2));
	let month = Number(digits.slice(2, 4));
	const day = Number(digits.slice(4, 6));
	const sequence = Number(digits.slice(6, 9));
	if (month >= 40) month -= 40;
	else if (month >= 20) month -= 20;
	if (month > 12) return false;
	if (sequence < 1 || sequence > 998) return false;
	if (month === 0) return day <= 31;
	return day === 0 || day <= daysInMonth(year, month);
}

function findNationalNumbers(text: string): Finding[] {
	const found: Finding[] = [];
	for (const m of text.matchAll(NATIONAL_NUMBER_CANDIDATE)) {
		const digits = m.slice(1, 6).join('');
		if (isValidNationalNumber(digits)) found.push(finding(text, 'national-number', m.index, m.index + m[0].length));
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// IBAN (ISO 13616)
// ---------------------------------------------------------------------------------------------

/** IBAN lengths per country (SEPA and neighbours most likely to appear in Flemish files). */
const IBAN_LENGTHS: Record<string, number> = {
	AD: 24,
	AL: 28,
	AT: 20,
	BA: 20,
	BE: 16,
	BG: 22,
	CH: 21,
	CY: 28,
	CZ: 24,
	DE: 22,
	DK: 18,
	EE: 20,
	ES: 24,
	FI: 18,
	FR: 27,
	GB: 22,
	GE: 22,
	GI: 23,
	GR: 27,
	HR: 21,
	HU: 28,
	IE: 22,
	IS: 26,
	IT: 27,
	LI: 21,
	LT: 20,
	LU: 20,
	LV: 21,
	MC: 27,
	MD: 24,
	ME: 22,
	MK: 19,
	MT: 31,
	NL: 18,
	NO: 15,
	PL: 28,
	PT: 25,
	RO: 24,
	RS: 22,
	SE: 24,
	SI: 19,
	SK: 24,
	SM: 27,
	TN: 24,
	TR: 26,
	UA: 29,
	XK: 20,
	MA: 28
};

// Country code, two check digits, then groups of letters/digits, with or without single spaces
// (also "BE 68 5390 …", as people copy it from a bank card).
const IBAN_CANDIDATE = /(?<![\p{L}\d])([A-Z]{2}) ?(\d{2})((?: ?[A-Z0-9]){11,30})/giu;

/** ISO 13616 check: move the first four characters to the end, letters → 10..35, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
	const compact = iban.replace(/ /g, '').toUpperCase();
	const expected = IBAN_LENGTHS[compact.slice(0, 2)];
	if (!expected || compact.length !== expected || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
	const rearranged = compact.slice(4) + compact.slice(0, 4);
	let remainder = 0;
	for (const char of rearranged) {
		const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
		for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
	}
	return remainder === 1;
}

function findIbans(text: string): Finding[] {
	const found: Finding[] = [];
	for (const m of text.matchAll(IBAN_CANDIDATE)) {
		const expected = IBAN_LENGTHS[m[1].toUpperCase()];
		if (!expected) continue;
		// The candidate may run into the next word ("BE68 5390 0754 7034 BIC"): cut it at the
		// country's IBAN length, counting letters/digits only.
		let count = 0;
		let end = m.index;
		while (end < text.length && count < expected) {
			if (text[end] !== ' ') count++;
			end++;
		}
		if (count !== expected || /[\p{L}\d]/u.test(text[end] ?? '')) continue;
		if (isValidIban(text.slice(m.index, end))) found.push(finding(text, 'iban', m.index, end));
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------

// local-part@domain.tld; the local part and domain labels may not start or end with a dot.
const EMAIL =
	/(?<![\p{L}\d._%+-])[\p{L}\d](?:[\p{L}\d._%+-]*[\p{L}\d_%+-])?@(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+\p{L}{2,}(?![\p{L}\d-])/gu;

function findEmails(text: string): Finding[] {
	return [...text.matchAll(EMAIL)].map((m) => finding(text, 'email', m.index, m.index + m[0].length));
}

// ---------------------------------------------------------------------------------------------
// Phone numbers (libphonenumber-js, Belgium as default country)
// ---------------------------------------------------------------------------------------------

// Numbers shortly after these words (same sentence) are organisation numbers, case codes or
// amounts, not phone numbers: "ondernemingsnummer van de vzw: 0456.789.133", "KBO-nummer …".
const NOT_A_PHONE_CONTEXT =
	/(?:ondernemings|kbo|btw|vat|factuur|dossier|casus|referentie|ref\b|klantnummer|leerlingennummer|stamboek|rekening|nummerplaat|€|eur\b)[^.!?\n]{0,25}$/iu;
const NOT_A_PHONE_AFTER = /^\s*(?:euro|eur\b|€)/iu;

/**
 * A Belgian company number (KBO/ondernemingsnummer) has the shape of a mobile number
 * (0456.789.133) but its last two digits are 97 minus the first eight modulo 97.
 */
function isCompanyNumber(raw: string): boolean {
	if (!/^[01]\d{3}\.\d{3}\.\d{3}$/.test(raw)) return false;
	const digits = raw.replace(/\./g, '');
	return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/**
 * Phone numbers in `text`. `masked` is the text with stronger findings and dates blanked out, so
 * the library never reads a national number, IBAN or date as a phone number.
 */
function findPhones(text: string, masked: string): Finding[] {
	// "0032 9 …": the library reads "00" badly after other numbers; rewrite the international
	// prefix "00" as " +" (same length, so offsets stay valid).
	const prepared = masked.replace(/(?<![\d+])00(?=[1-9])/g, ' +');
	const found: Finding[] = [];
	for (const match of findPhoneNumbersInText(prepared, 'BE')) {
		let start = match.startsAt;
		const end = match.endsAt;
		if (prepared[start] === '+' && text[start] === '0') start -= 1; // give "0032" back its 0
		const raw = text.slice(start, end);
		// Belgian numbers are written with a leading 0 (or +/00 for international ones); bare
		// digit runs like "20240312" or "2024-2025" are references and years, not phones.
		if (!/^[0+(]/.test(raw)) continue;
		if (NOT_A_PHONE_CONTEXT.test(text.slice(Math.max(0, start - 40), start))) continue;
		if (isCompanyNumber(raw)) continue;
		if (NOT_A_PHONE_AFTER.test(text.slice(end, end + 6))) continue;
		found.push(finding(text, 'phone', start, end));
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Dates of birth
// ---------------------------------------------------------------------------------------------

// Words that say the date that follows is a birth date: "geboren op", "geb.", "geboortedatum:",
// "°12/03/2015", "verjaardag op 3 mei", "jarig op", French "né(e) le".
const BIRTH_CUE = /(?:geboren|geb\.|geboorte(?:datum|dag)?|verjaardag|verjaart|jarig|née?\s+le|date de naissance|°)/giu;
/** Max. characters between the cue and the date ("geboren in Gent op " fits). */
const BIRTH_CUE_REACH = 32;
// The cue can also follow the date: "is op 2 maart jarig", "12/03/2015 (geboortedatum)".
const BIRTH_CUE_AFTER = /^\s{0,2}\(?(?:jarig|geboren|geboortedatum|geb\.)/iu;

function findBirthDates(text: string, dates: readonly Span[]): Finding[] {
	const found: Finding[] = [];
	const cues = [...text.matchAll(BIRTH_CUE)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
	for (const date of dates) {
		if (BIRTH_CUE_AFTER.test(text.slice(date.end, date.end + 20))) {
			found.push(finding(text, 'birth-date', date.start, date.end));
			continue;
		}
		// The nearest cue before the date, in the same sentence, with no other date in between:
		// in "geboren op 12/03/2015, gesprek op 14/05/2024" only the first date is a birth date.
		const cue = cues.filter((c) => c.end <= date.start).at(-1);
		if (!cue) continue;
		const gap = text.slice(cue.end, date.start);
		if (gap.length > BIRTH_CUE_REACH || /[.;!?\n]/.test(gap)) continue;
		if (dates.some((d) => d.start >= cue.end && d.end <= date.start)) continue;
		found.push(finding(text, 'birth-date', date.start, date.end));
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Street addresses
// ---------------------------------------------------------------------------------------------

const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*`;

// Dutch street names end in a street word: Kerkstraat, Koning Albertlaan, Gentsesteenweg,
// Frankrijklei, Vrijdagmarkt, Coupure Links is missed (no street word, no postcode).
const STREET_SUFFIXES =
	'straat|straatje|laan|plein|pleintje|steenweg|lei|dreef|weg|wegel|kaai|kade|markt|dijk|singel|vest|baan|hof|pad|park|ring|dries|kouter|gracht|berg|veld|hoek|meers|akker|steeg|dam';
const DUTCH_STREET_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*?(?:${STREET_SUFFIXES}|str\.|stwg\.|stwg|ln\.)`;
// The street word on its own, capitalised, after another word: Grote Markt, Oude Baan.
const BARE_STREET_WORD = String.raw`(?:${STREET_SUFFIXES.split('|')
	.map((s) => s[0].toUpperCase() + s.slice(1))
	.join('|')})`;
// Words that can come before the street word: Sint-, Koning, Jan Van Rijswijck…, "de", "van".
const STREET_PREFIX = String.raw`(?:${CAP_WORD}|van|de|der|den|ter|ten|te|'t)`;
const DUTCH_STREET = String.raw`(?:${STREET_PREFIX}\s+){0,3}${DUTCH_STREET_WORD}|(?:${STREET_PREFIX}\s+){1,3}${BARE_STREET_WORD}`;

// French forms start with the street type: rue de la Loi, avenue Louise, chaussée de Waterloo.
const FRENCH_STREET_TYPE =
	'[Rr]ue|[Aa]venue|[Aa]v\\.|[Cc]haussée|[Pp]lace|[Bb]oulevard|[Bb]d|[Cc]hemin|[Qq]uai|[Aa]llée|[Ii]mpasse|[Ss]quare|[Cc]los|[Rr]oute|[Dd]rève';
const FRENCH_STREET = String.raw`(?:${FRENCH_STREET_TYPE})(?:\s+(?:de|du|des|la|le|les|aux|au|sur|en|(?:[dl]['’])?${CAP_WORD})){1,5}`;

// House number with optional letter and range (12, 12A, 12 b, 12-14), then optional box
// ("bus 3", "bte 2", "/3").
const HOUSE_NUMBER = String.raw`\d{1,4}(?:\s?[A-Za-z](?![\p{L}\d]))?(?:-\d{1,4})?`;
const BOX = String.raw`(?:\s*,?\s*(?:bus|bte|boîte|b\.|/)\s*\d{1,4}[A-Za-z]?)`;
// Belgian postcode 1000–9999 with the municipality: "9000 Gent", "B-2000 Antwerpen",
// "9100 Sint-Niklaas", "te 3000 Leuven".
const POSTCODE_TOWN = String.raw`(?:\s*,?\s*(?:te\s+|in\s+)?(?:B-)?[1-9]\d{3}\s+${CAP_WORD})`;
// A number followed by these words is an amount or a count, not a house number.
const NOT_A_HOUSE_NUMBER_AFTER = String.raw`(?!\s*(?:%|€|euro|keer|jaar|jaren|maand|maanden|week|weken|dag|dagen|uur|u\b|min|minuten|kinderen|leerlingen|km|meter|procent|x\b))`;

const STREET_ADDRESS = new RegExp(
	String.raw`(?<![\p{L}\d])(?:${DUTCH_STREET}|${FRENCH_STREET})\s+(?:nr\.?\s*)?${HOUSE_NUMBER}${NOT_A_HOUSE_NUMBER_AFTER}${BOX}?${POSTCODE_TOWN}?(?![\p{L}\d])`,
	'gu'
);
// Any capitalised word + number counts as an address only with a postcode and town after it:
// "Meir 34, 2000 Antwerpen", "Kouter 29 bus 2, 9000 Gent". Without postcode "Lokaal 12",
// "Groep 3" or "Fase 2" would all become addresses.
const GENERIC_ADDRESS = new RegExp(
	String.raw`(?<![\p{L}\d])${CAP_WORD}\s+${HOUSE_NUMBER}${BOX}?${POSTCODE_TOWN}(?![\p{L}\d])`,
	'gu'
);

// Words the street pattern may pick up before the street name that are not part of it:
// "Woont Kerkstraat 12", "In de Stationsstraat 4", "Adres Lindelaan 3".
const NOT_STREET_START = new Set([
	'in',
	'op',
	'de',
	'het',
	'van',
	'te',
	'ter',
	'ten',
	'der',
	'den',
	"'t",
	'naar',
	'aan',
	'bij',
	'uit',
	'via',
	'naast',
	'vanaf',
	'tot',
	'ook',
	'en',
	'of',
	'nu',
	'sinds',
	'adres',
	'woont',
	'woonachtig',
	'verhuist',
	'verhuisd',
	'thuis',
	'nieuw',
	'nieuwe',
	'oud',
	'oude',
	'domicilie',
	'woonplaats',
	'verblijft',
	'verblijfplaats',
	'wonen',
	'mama',
	'papa',
	'moeder',
	'vader'
]);

// Words that precede a number without being a street: "Lokaal 12, 9000 Gent is de campus".
const NOT_A_STREET = new Set([
	'lokaal',
	'klas',
	'groep',
	'fase',
	'stap',
	'week',
	'bijlage',
	'module',
	'casus',
	'dossier',
	'jaar',
	'graad',
	'leerjaar',
	'niveau',
	'punt',
	'artikel',
	'art.',
	'pagina',
	'hoofdstuk',
	'les',
	'sessie',
	'ronde',
	'deel',
	'versie',
	'campus',
	'blok',
	'periode',
	'trimester',
	'semester',
	'schooljaar',
	'kamer',
	'nummer',
	'nr.',
	'tel.',
	'tel',
	'gsm',
	'regio',
	'postcode',
	'zone',
	'cluster',
	'team',
	'thema',
	'actie',
	'doel',
	'doelen',
	'agenda',
	'afspraak',
	'opvolging'
]);

/** Drops leading words that are not part of the street name (see NOT_STREET_START). */
function trimStreetStart(text: string, start: number, end: number): number {
	const head = /^(\S+)\s+/u;
	for (;;) {
		const m = head.exec(text.slice(start, end));
		if (!m) return start;
		const word = m[1];
		const lower = word.toLowerCase();
		// Keep capitalised "De"/"Van" inside street names (De Pintelaan, Van Eycklaan), but not
		// at the start of a sentence-like "In de …".
		const isCapitalisedParticle = /^(De|Van|Ter|Ten|Den|Der)$/.test(word);
		const rest = text.slice(start + m[0].length, end);
		if (!NOT_STREET_START.has(lower) || (isCapitalisedParticle && !/^(de|het|den)\s/iu.test(rest))) return start;
		// Oude/Nieuwe are part of "Oude Baan", "Nieuwe Steenweg" when the street word is bare.
		if ((lower === 'oude' || lower === 'nieuwe') && /^\p{Lu}\p{Ll}*\s+\d/u.test(rest)) return start;
		start += m[0].length;
	}
}

function findAddresses(text: string): Finding[] {
	const found: Finding[] = [];
	for (const pattern of [STREET_ADDRESS, GENERIC_ADDRESS]) {
		for (const m of text.matchAll(pattern)) {
			const end = m.index + m[0].length;
			const start = trimStreetStart(text, m.index, end);
			if (!/\d/.test(text.slice(start, end))) continue;
			// "Week 12, 9000 Gent" etc. would pass the generic rule: the street part may not be
			// a word that commonly precedes a number.
			const firstWord = text.slice(start).split(/\s/, 1)[0].toLowerCase();
			if (NOT_A_STREET.has(firstWord)) continue;
			found.push(finding(text, 'address', start, end));
		}
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Person names
// ---------------------------------------------------------------------------------------------

// Words (letters, apostrophes, hyphens) and initials; "Emma's" is handled in nameCore().
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;

interface Token {
	text: string;
	start: number;
	end: number;
}

/** Titles and role nouns after which a capitalised word is a person: "mevrouw Janssens". */
const TITLES = new Set([
	'mevrouw',
	'mevr',
	'mw',
	'meneer',
	'mijnheer',
	'dhr',
	'mr',
	'heer',
	'juf',
	'juffrouw',
	'meester',
	'dokter',
	'dr',
	'professor',
	'prof',
	'mama',
	'papa',
	'moeder',
	'vader',
	'mams',
	'oma',
	'opa',
	'bomma',
	'bompa',
	'tante',
	'nonkel',
	'oom',
	'broer',
	'zus',
	'broertje',
	'zusje',
	'zoon',
	'dochter',
	'neef',
	'nicht',
	'pleegmoeder',
	'pleegvader',
	'pleegmama',
	'pleegpapa',
	'stiefvader',
	'stiefmoeder',
	'plusmama',
	'pluspapa',
	'buurvrouw',
	'buurman',
	'vriend',
	'vriendin',
	'vriendje',
	'vriendinnetje',
	'klasgenoot',
	'klasgenote',
	'leerling',
	'kleuter',
	'peuter',
	'baby',
	'jongere',
	'cliënt',
	'client',
	'cliënte',
	'collega',
	'directeur',
	'directrice',
	'coördinator',
	'zorgcoördinator',
	'zorgleerkracht',
	'leerkracht',
	'titularis',
	'klastitularis',
	'begeleider',
	'begeleidster',
	'leerlingbegeleider',
	'consulent',
	'consulente',
	'medewerker',
	'medewerkster',
	'werker',
	'psycholoog',
	'logopedist',
	'logopediste',
	'kinesist',
	'huisarts',
	'tolk',
	'voogd',
	'advocaat',
	'mentor',
	'opvoeder',
	'opvoedster',
	'onthaalouder',
	'gezinsbegeleider',
	'genaamd',
	'heet',
	'naam',
	'contactpersoon',
	'stagiair',
	'stagiaire',
	'verpleegkundige',
	'kinderverzorgster',
	'familie',
	'fam',
	'gezin'
]);
/** Forms of address, after which a surname may start with a particle: "mevrouw van Damme". */
const COURTESY_TITLES = new Set([
	'mevrouw',
	'mevr',
	'mw',
	'meneer',
	'mijnheer',
	'dhr',
	'mr',
	'heer',
	'juf',
	'juffrouw',
	'meester',
	'dokter',
	'dr',
	'professor',
	'prof',
	'familie',
	'fam',
	'gezin',
	'naam',
	'genaamd',
	'heet'
]);
/** Family and school roles that also work with "van": "mama van Lina", "juf van Noah". */
const RELATION_TITLES = new Set([
	'mama',
	'papa',
	'moeder',
	'vader',
	'mams',
	'oma',
	'opa',
	'bomma',
	'bompa',
	'tante',
	'nonkel',
	'oom',
	'broer',
	'zus',
	'broertje',
	'zusje',
	'pleegmoeder',
	'pleegvader',
	'pleegmama',
	'pleegpapa',
	'stiefvader',
	'stiefmoeder',
	'plusmama',
	'pluspapa',
	'vriend',
	'vriendin',
	'vriendje',
	'vriendinnetje',
	'klasgenoot',
	'klasgenote',
	'juf',
	'meester',
	'leerkracht',
	'titularis',
	'begeleider',
	'voogd',
	'ouders',
	'grootouders',
	'gezin',
	'familie'
]);
/** Surname particles: Van den Broeck, De Smet, El Amrani, Ben Ali, Ait Haddou. */
const PARTICLES = new Set([
	'van',
	'de',
	'der',
	'den',
	'vanden',
	'vander',
	'vande',
	'ter',
	'ten',
	'te',
	"'t",
	'del',
	'della',
	'di',
	'da',
	'dos',
	'du',
	'le',
	'la',
	'el',
	'al',
	'ben',
	'ait',
	'aït',
	'bou',
	'abou',
	'abu',
	'op',
	'in',
	'het',
	'mc',
	'mac',
	'o'
]);
/** Particles that may be written in lower case inside a name ("Lucas van den Broeck"). */
const LOWERCASE_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'te', "'t", 'het']);
/** Words before a first name that make it part of something else: Sint Jozef, Koning Boudewijn. */
const NOT_A_PERSON_BEFORE = new Set([
	'sint',
	'sinte',
	'heilige',
	'h',
	'koning',
	'koningin',
	'prins',
	'prinses',
	'paus',
	'keizer',
	'pater',
	'don',
	'onze-lieve-vrouw',
	'campus',
	'basisschool',
	'school',
	'project',
	'zaal'
]);
/** Articles before an ambiguous name mean a thing: "de Roos van Jericho", "een Fleur". */
const DETERMINERS = new Set(['de', 'het', 'een', "'t", 'deze', 'die', 'dit', 'dat', 'onze', 'hun']);

/**
 * Capitalised words that are never (part of) a person's name here: function words that start a
 * sentence, months and days, organisations and places common in Flemish welfare/school notes.
 */
const NOT_A_NAME = new Set([
	// function words and sentence starters
	'de',
	'het',
	'een',
	'en',
	'of',
	'maar',
	'want',
	'dus',
	'in',
	'op',
	'aan',
	'bij',
	'met',
	'voor',
	'na',
	'naar',
	'om',
	'over',
	'uit',
	'van',
	'tot',
	'tijdens',
	'ik',
	'jij',
	'je',
	'hij',
	'zij',
	'ze',
	'wij',
	'we',
	'jullie',
	'u',
	'hem',
	'haar',
	'zijn',
	'hun',
	'ons',
	'onze',
	'mijn',
	'dit',
	'dat',
	'deze',
	'die',
	'er',
	'hier',
	'daar',
	'nu',
	'dan',
	'ook',
	'nog',
	'wel',
	'niet',
	'geen',
	'als',
	'wanneer',
	'wie',
	'wat',
	'waar',
	'hoe',
	'waarom',
	'omdat',
	'toen',
	'sinds',
	'volgens',
	'samen',
	'vandaag',
	'morgen',
	'gisteren',
	'verder',
	'daarna',
	'eerst',
	'tenslotte',
	'ja',
	'nee',
	'oké',
	'ok',
	'graag',
	'dank',
	'bedankt',
	'groeten',
	'beste',
	'hallo',
	'dag',
	'zie',
	'zal',
	'is',
	'was',
	'heeft',
	'had',
	'wordt',
	'werd',
	'kan',
	'kon',
	'moet',
	'mag',
	'wil',
	'gaat',
	'komt',
	'krijgt',
	'zegt',
	'vraagt',
	'belt',
	'mailt',
	'neemt',
	'geeft',
	'vertelt',
	'ziet',
	'blijft',
	// months and days (also capitalised at sentence start or in French notes)
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december',
	'maandag',
	'dinsdag',
	'woensdag',
	'donderdag',
	'vrijdag',
	'zaterdag',
	'zondag',
	'kerstmis',
	'kerst',
	'pasen',
	'pinksteren',
	'ramadan',
	'suikerfeest',
	'offerfeest',
	'krokusvakantie',
	'paasvakantie',
	'herfstvakantie',
	'kerstvakantie',
	// organisations, services, school words
	'clb',
	'caw',
	'ocmw',
	'okan',
	'vdab',
	'jac',
	'huis',
	'kind',
	'gezin',
	'opgroeien',
	'jeugdhulp',
	'regenboog',
	'vlinder',
	'klimop',
	'zonnebloem',
	'zonnestraal',
	'sterretje',
	'school',
	'basisschool',
	'kleuterschool',
	'middenschool',
	'atheneum',
	'lyceum',
	'college',
	'instituut',
	'centrum',
	'campus',
	'dienst',
	'stad',
	'gemeente',
	'provincie',
	'team',
	'teams',
	'smartschool',
	'zoom',
	'overleg',
	'leerlingenraad',
	'oudercontact',
	'ouders',
	'leerkrachten',
	'collega',
	"collega's",
	'allen',
	'iedereen',
	'directie',
	'zorgteam',
	'welzijn',
	'sociaal',
	'integrale',
	'brede',
	'schoolraad',
	'fedasil',
	'rode',
	'kruis',
	'agentschap',
	'vlaanderen',
	'vlaamse',
	'belgië',
	'brussel',
	'gent',
	'antwerpen',
	'leuven',
	'brugge',
	'mechelen',
	'hasselt',
	'kortrijk',
	'aalst',
	'oostende',
	'genk',
	'limburg',
	'nederland',
	'marokko',
	'turkije',
	'syrië',
	'polen',
	'roemenië',
	'afghanistan',
	'eritrea',
	'congo',
	'oekraïne',
	'nederlands',
	'engels',
	'duits',
	'arabisch',
	'turks',
	'pools',
	'wiskunde',
	'lo',
	'mevrouw',
	'meneer',
	'juf',
	'meester',
	// languages (after "tolk", "les")
	'tigrinya',
	'amhaars',
	'dari',
	'pasjtoe',
	'farsi',
	'perzisch',
	'koerdisch',
	'somalisch',
	'berbers',
	'tamazight',
	'roemeens',
	'bulgaars',
	'oekraïens',
	'russisch',
	'spaans',
	'portugees',
	'italiaans',
	'albanees',
	'lingala',
	'swahili',
	'urdu',
	'tsjetsjeens',
	'armeens',
	'georgisch',
	'slovaaks',
	'tsjechisch',
	'hongaars',
	'grieks',
	'chinees',
	'vietnamees',
	'gebarentaal',
	'vgt'
]);

function tokenize(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

/** "Emma's" → "Emma", "Noah’s" → "Noah"; returns the length without the possessive. */
function nameCore(word: string): string {
	return word.replace(/['’]s?$/u, '');
}

/** Capitalised like a name: first letter upper case and at least one lower-case letter. */
function isCapitalised(word: string): boolean {
	return /^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word);
}

/** Only one plain space (no comma, period or line break) between two tokens. */
function adjacent(text: string, a: Token, b: Token): boolean {
	return /^[ \t]{1,2}$/.test(text.slice(a.end, b.start));
}

function isLexiconFirstName(word: string): boolean {
	const core = normaliseName(nameCore(word));
	if (FIRST_NAMES.has(core)) return true;
	// Hyphenated first names: Anne-Sophie, Marie-Louise, Jean-Pierre (every part capitalised, so
	// "Lucas-dossier" does not count).
	const parts = nameCore(word).split('-');
	return parts.length > 1 && parts.every(isCapitalised) && FIRST_NAMES.has(normaliseName(parts[0]));
}

function isAmbiguousFirstName(word: string): boolean {
	return AMBIGUOUS_FIRST_NAMES.has(normaliseName(nameCore(word)));
}

/** A capitalised word that could be (part of) a surname. */
function isSurnameWord(word: string): boolean {
	return (
		isCapitalised(word) &&
		!/^(?:Sint|Sinte|Heilig|Onze)-/u.test(word) && // Sint-Vincentius, Onze-Lieve-Vrouw: schools
		!NOT_A_NAME.has(normaliseName(nameCore(word)).replace(/[’]/g, "'"))
	);
}

/**
 * Reads a surname starting at token i: optional particles ("Van den", "El") followed by one or
 * two capitalised words, or an initial ("P."). Returns the index after the surname (i if none).
 */
function readSurname(text: string, tokens: Token[], i: number, attached = true): number {
	let j = i;
	// The surname must follow the first name on the same line, with only a space in between.
	const linked = (k: number) => (k === i && !attached) || (k > 0 && adjacent(text, tokens[k - 1], tokens[k]));
	// Particles: capitalised ones (Van, De, El, Ben) or lower-case Dutch ones (van, de, der).
	while (
		j < tokens.length &&
		j - i < 3 &&
		linked(j) &&
		PARTICLES.has(tokens[j].text.toLowerCase()) &&
		(isCapitalised(tokens[j].text) || LOWERCASE_PARTICLES.has(tokens[j].text))
	)
		j++;
	const particles = j - i;
	let words = 0;
	while (
		j < tokens.length &&
		words < 2 &&
		linked(j) &&
		isSurnameWord(tokens[j].text) &&
		!PARTICLES.has(tokens[j].text.toLowerCase())
	) {
		j++;
		words++;
	}
	if (words > 0) return j;
	// An initial: "Noah P." (single capital letter followed by a period).
	if (
		particles === 0 &&
		j < tokens.length &&
		linked(j) &&
		/^\p{Lu}$/u.test(tokens[j].text) &&
		text[tokens[j].end] === '.'
	)
		return j + 1;
	return i; // particles without a surname word ("Emma de klas…") are not a surname
}

/** True when token i follows a title or role noun ("mevrouw", "juf", or "mama van"). */
function titleBefore(text: string, tokens: Token[], i: number): boolean {
	const prev = tokens[i - 1];
	if (!prev) return false;
	const prevWord = prev.text.toLowerCase().replace(/\.$/, '');
	const gap = text.slice(prev.end, tokens[i].start);
	// "mevrouw Janssens", "dhr. Peeters", "Naam: Emma", "juf Sofie"
	if (TITLES.has(prevWord) && /^(?:\.?\s{1,2}|:\s*)$/.test(gap)) return true;
	// "mama van Lina", "juf van Noah"
	const prev2 = tokens[i - 2];
	return (
		prevWord === 'van' &&
		/^\s$/.test(gap) &&
		prev2 !== undefined &&
		RELATION_TITLES.has(prev2.text.toLowerCase()) &&
		adjacent(text, prev2, prev)
	);
}

/** Where a name starting at token i ends (token index, exclusive); i when there is no name. */
function nameEnd(text: string, tokens: Token[], i: number): number {
	const token = tokens[i];
	const prev = tokens[i - 1];
	const word = token.text;

	if (titleBefore(text, tokens, i)) {
		// "mama van Lina": the "van" belongs to the title, the name is the next word.
		if (word === 'van' && prev && RELATION_TITLES.has(prev.text.toLowerCase())) return i;
		// After a title any capitalised word, or particles + word, is a name: "mevrouw Janssens",
		// "meneer Van Damme", "juf Roos", "dhr. De Smet".
		if (isSurnameWord(word) && !PARTICLES.has(word.toLowerCase()))
			return Math.max(readSurname(text, tokens, i + 1), i + 1);
		// A particle first ("Van Damme") only after a form of address: "directeur van Sint-Jan"
		// is an organisation.
		const title = prev ? prev.text.toLowerCase().replace(/\.$/, '') : '';
		return COURTESY_TITLES.has(title) ? readSurname(text, tokens, i, false) : i;
	}

	if (!isCapitalised(word) || !isLexiconFirstName(word)) return i;
	// "Sint Jozef", "Koning Boudewijn", "basisschool Emma" are not persons.
	if (prev && adjacent(text, prev, token) && NOT_A_PERSON_BEFORE.has(prev.text.toLowerCase().replace(/\.$/, '')))
		return i;
	const surnameEnd = readSurname(text, tokens, i + 1);
	if (!isAmbiguousFirstName(word)) return Math.max(surnameEnd, i + 1);
	// Names that are also Dutch words ("Roos", "Lieve", "Frans", "Toon") need a surname, and not
	// an article before them ("de Roos van Jericho").
	const afterDeterminer = prev !== undefined && DETERMINERS.has(prev.text.toLowerCase());
	return surnameEnd > i + 1 && !afterDeterminer ? surnameEnd : i;
}

function findNames(text: string): Finding[] {
	const tokens = tokenize(text);
	const found: Finding[] = [];
	let i = 0;
	while (i < tokens.length) {
		const end = nameEnd(text, tokens, i);
		if (end === i) {
			i++;
			continue;
		}
		const last = tokens[end - 1];
		// End after an initial's period ("Noah P."), or before a possessive ("Emma's").
		const stop =
			/^\p{Lu}$/u.test(last.text) && text[last.end] === '.' ? last.end + 1 : last.start + nameCore(last.text).length;
		found.push(finding(text, 'name', tokens[i].start, stop));
		i = end;
	}
	return found;
}

// ---------------------------------------------------------------------------------------------
// Putting it together
// ---------------------------------------------------------------------------------------------

/** Keeps the most important finding where findings overlap; returns them sorted by start. */
function resolveOverlaps(candidates: Finding[]): Finding[] {
	const ordered = [...candidates].sort(
		(a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start
	);
	const kept: Finding[] = [];
	for (const candidate of ordered) if (!kept.some((k) => overlaps(k, candidate))) kept.push(candidate);
	return kept.sort((a, b) => a.start - b.start);
}

/**
 * All personal data found in `text`, sorted by start offset, without overlaps.
 */
export function findPersonalData(text: string): Finding[] {
	if (!text) return [];
	const strong = [...findNationalNumbers(text), ...findIbans(text), ...findEmails(text)];
	const dates = findDates(mask(text, strong));
	// Phones are searched with strong identifiers and all dates blanked, so a national number,
	// an IBAN fragment or "12.03.2015" is never read as a phone number.
	const phones = findPhones(text, mask(text, [...strong, ...dates]));
	return resolveOverlaps([
		...strong,
		...phones,
		...findBirthDates(text, dates),
		...findAddresses(text),
		...findNames(text)
	]);
}

/** Splits `text` into plain and highlighted segments, in order, for display. */
export function highlight(text: string, findings: readonly Finding[]): HighlightSegment[] {
	const segments: HighlightSegment[] = [];
	let position = 0;
	for (const f of [...findings].sort((a, b) => a.start - b.start)) {
		if (f.start < position || f.end > text.length) continue; // overlapping or stale finding
		if (f.start > position) segments.push({ text: text.slice(position, f.start) });
		segments.push({ text: text.slice(f.start, f.end), finding: f });
		position = f.end;
	}
	if (position < text.length) segments.push({ text: text.slice(position) });
	return segments;
}
