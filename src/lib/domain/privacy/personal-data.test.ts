import { describe, expect, it } from 'vitest';
import {
	FINDING_LABELS,
	findPersonalData,
	highlight,
	isValidIban,
	isValidNationalNumber,
	nationalNumberCentury,
	type FindingKind
} from './personal-data';
import { FIRST_NAMES } from './first-names';

/** [kind, text] pairs of everything found, in order. */
function found(text: string): [FindingKind, string][] {
	return findPersonalData(text).map((f) => [f.kind, f.text]);
}

function foundOf(kind: FindingKind, text: string): string[] {
	return findPersonalData(text)
		.filter((f) => f.kind === kind)
		.map((f) => f.text);
}

describe('national register number (rijksregisternummer) and BIS number', () => {
	it('accepts a valid number of someone born before 2000', () => {
		expect(nationalNumberCentury('85073003328')).toBe(1900);
		expect(isValidNationalNumber('85073003328')).toBe(true);
	});

	it('accepts a valid number of someone born in 2000 or later (2 prefixed for the check)', () => {
		expect(nationalNumberCentury('12031514201')).toBe(2000);
		expect(isValidNationalNumber('12031514201')).toBe(true);
		// 29 February in a leap year after 2000
		expect(isValidNationalNumber('16022912365')).toBe(true);
	});

	it('accepts BIS numbers (month + 20 or + 40) and unknown birth dates (00)', () => {
		expect(isValidNationalNumber('14420715558')).toBe(true); // month 42 → February
		expect(isValidNationalNumber('88251931175')).toBe(true); // month 25 → May
		expect(isValidNationalNumber('11000024515')).toBe(true); // month and day unknown
	});

	it('rejects a wrong checksum', () => {
		expect(isValidNationalNumber('85073003329')).toBe(false);
		expect(isValidNationalNumber('12031514202')).toBe(false);
		expect(found('rijksregisternummer 85.07.30-033.29')).toEqual([]);
	});

	it('rejects impossible dates even with a matching checksum', () => {
		expect(isValidNationalNumber('85133003370')).toBe(false); // month 13
		expect(isValidNationalNumber('85023003390')).toBe(false); // 30 February
		expect(isValidNationalNumber('15022912344')).toBe(false); // 29 February 2015
		expect(isValidNationalNumber('99043122282')).toBe(false); // 31 April
		expect(isValidNationalNumber('85353003330')).toBe(false); // BIS month 35 → 15
		expect(isValidNationalNumber('85073100031')).toBe(false); // sequence number 000
	});

	it('finds the usual notations in text', () => {
		const text = 'RRN 85.07.30-033.28, ook als 85073003328, 85 07 30 033 28 of 850730-033-28 genoteerd.';
		expect(foundOf('national-number', text)).toEqual([
			'85.07.30-033.28',
			'85073003328',
			'85 07 30 033 28',
			'850730-033-28'
		]);
	});

	it('does not read a national number as a phone number or a date', () => {
		expect(found('Rijksregisternummer: 16.05.03-287.23.')).toEqual([['national-number', '16.05.03-287.23']]);
	});
});

describe('phone numbers', () => {
	it.each([
		['Bel mama op 0470 12 34 56.', '0470 12 34 56'],
		['Papa: +32 470 12 34 56', '+32 470 12 34 56'],
		['Het secretariaat is bereikbaar op 09 123 45 67.', '09 123 45 67'],
		['Vanuit het buitenland: 0032 9 123 45 67.', '0032 9 123 45 67'],
		['gsm 0470/12.34.56', '0470/12.34.56'],
		['Tante in Frankrijk: +33 6 12 34 56 78', '+33 6 12 34 56 78']
	])('finds %s', (text, expected) => {
		expect(found(text)).toEqual([['phone', expected]]);
	});

	it('keeps two numbers in one sentence apart', () => {
		expect(foundOf('phone', 'Vast 09 223 45 67, gsm 0032 470 12 34 56.')).toEqual([
			'09 223 45 67',
			'0032 470 12 34 56'
		]);
	});

	it.each([
		'Overleg op 12.03.2025 om 09.30 uur.',
		'Casus 2024-017 wordt opgevolgd.',
		'Schooljaar 2024-2025, referentie 20240312.',
		'Een bedrag van € 1.250,00 werd terugbetaald.',
		'Ondernemingsnummer 0456.789.133 van de vzw.',
		'De vzw 0876.543.270 stuurt de factuur.',
		'De leerlingen uit regio 9000 en 9040.'
	])('does not report %s', (text) => {
		expect(foundOf('phone', text)).toEqual([]);
	});
});

describe('e-mail addresses', () => {
	it('finds addresses, not the surrounding punctuation', () => {
		expect(found('Mail naar noah.peeters@example.be.')).toEqual([['email', 'noah.peeters@example.be']]);
		expect(foundOf('email', '(contact: f.el-amrani+school@mail.example.org)')).toEqual([
			'f.el-amrani+school@mail.example.org'
		]);
	});

	it('ignores an @ that is not an address', () => {
		expect(found('Overleg @ CLB om 10 uur, zie @team.')).toEqual([]);
	});
});

describe('IBAN', () => {
	it('validates with mod 97', () => {
		expect(isValidIban('BE68 5390 0754 7034')).toBe(true);
		expect(isValidIban('BE68 5390 0754 7035')).toBe(false);
		expect(isValidIban('NL71 ABNA 0331 2298 38')).toBe(true);
	});

	it('finds Belgian and foreign IBANs, grouped or not', () => {
		expect(foundOf('iban', 'Terugbetaling op BE68 5390 0754 7034.')).toEqual(['BE68 5390 0754 7034']);
		expect(foundOf('iban', 'rekening BE94332253082914')).toEqual(['BE94332253082914']);
		expect(foundOf('iban', 'op kaart: BE 68 5390 0754 7034')).toEqual(['BE 68 5390 0754 7034']);
		expect(foundOf('iban', 'Rekening in Polen: PL61 1090 1014 0000 0712 1981 2874')).toEqual([
			'PL61 1090 1014 0000 0712 1981 2874'
		]);
	});

	it('stops at the IBAN length and ignores invalid numbers', () => {
		expect(foundOf('iban', 'BE68 5390 0754 7034 BIC GEBABEBB')).toEqual(['BE68 5390 0754 7034']);
		expect(foundOf('iban', 'BE68 5390 0754 7035')).toEqual([]);
	});
});

describe('street addresses', () => {
	it.each([
		['Het gezin woont in de Kerkstraat 12.', 'Kerkstraat 12'],
		['Nieuw adres: Stationsstraat 34 bus 2, 9000 Gent.', 'Stationsstraat 34 bus 2, 9000 Gent'],
		['Verhuisd naar Koning Albertlaan 7A, 8200 Brugge.', 'Koning Albertlaan 7A, 8200 Brugge'],
		['Oma woont op de Grote Markt 3.', 'Grote Markt 3'],
		['Domicilie: rue de la Loi 16, 1000 Brussel.', 'rue de la Loi 16, 1000 Brussel'],
		['Ze verblijft bij haar tante, Meir 34, 2000 Antwerpen.', 'Meir 34, 2000 Antwerpen'],
		['Opvang aan de Brusselsesteenweg 412 te 9050 Gentbrugge.', 'Brusselsesteenweg 412 te 9050 Gentbrugge'],
		['Adres: Kerkstr. 12, 9000 Gent.', 'Kerkstr. 12, 9000 Gent']
	])('finds %s', (text, expected) => {
		expect(foundOf('address', text)).toEqual([expected]);
	});

	it.each([
		'De leerlingen komen uit de regio 9000.',
		'Bespreking in lokaal 12, 9000 Gent is de campus.',
		'Week 12 en groep 3 zijn volzet.',
		'Hij was onderweg 2 uur kwijt.',
		'Het speelplein 3 weken gesloten.'
	])('does not report %s', (text) => {
		expect(foundOf('address', text)).toEqual([]);
	});
});

describe('dates of birth', () => {
	it.each([
		['Emma is geboren op 12/03/2015.', '12/03/2015'],
		['Noah (geb. 12-03-2015) zit in het tweede leerjaar.', '12-03-2015'],
		['Geboortedatum: 12.03.2015', '12.03.2015'],
		['Broertje °3 mei 2016 in Gent.', '3 mei 2016'],
		['Zijn verjaardag is op 12 maart.', '12 maart'],
		['De jongste is op 2 maart jarig.', '2 maart'],
		['Geboren in Kortrijk op 1 april 2014.', '1 april 2014']
	])('finds %s', (text, expected) => {
		expect(foundOf('birth-date', text)).toEqual([expected]);
	});

	it('only reports the date right after the cue', () => {
		expect(foundOf('birth-date', 'Geboren op 12/03/2015, intake op 14/05/2024.')).toEqual(['12/03/2015']);
	});

	it.each([
		'Overleg op 12/03/2025 met het zorgteam.',
		'We evalueren tegen 15 juni.',
		'De afspraak van 3 mei 2024 werd verplaatst.',
		'Geboren en getogen in Gent. Volgende opvolging op 12/03/2025.'
	])('does not report %s', (text) => {
		expect(foundOf('birth-date', text)).toEqual([]);
	});
});

describe('person names', () => {
	it.each([
		['Emma komt vaak te laat.', ['Emma']],
		['Gesprek met Noah Peeters en zijn mama.', ['Noah Peeters']],
		['Yasmine El Amrani zit in het vijfde leerjaar.', ['Yasmine El Amrani']],
		['Lucas Van den Broeck en Zeynep zijn vrienden.', ['Lucas Van den Broeck', 'Zeynep']],
		['Afspraak met mevrouw Janssens en meneer Claes.', ['Janssens', 'Claes']],
		['De mama van Lina belde naar juf Sofie.', ['Lina', 'Sofie']],
		['Mevr. De Smet (zorgcoördinator) bevestigt.', ['De Smet']],
		["Emma's broer wacht aan de poort.", ['Emma']],
		['Noah P. heeft zijn taak niet gemaakt.', ['Noah P.']],
		['De familie Vandamme kreeg een brief.', ['Vandamme']],
		['Anne-Sophie en Kacper werken samen.', ['Anne-Sophie', 'Kacper']],
		['Juf Roos leest voor.', ['Roos']],
		['Roos Vermeulen komt mee.', ['Roos Vermeulen']]
	])('finds %s', (text, expected) => {
		expect(foundOf('name', text)).toEqual(expected);
	});

	it.each([
		'De roos in de tuin bloeit, er is hoop.',
		'Roos is de mooiste bloem uit de tuin.',
		'Lieve ouders, we nodigen jullie uit.',
		'Elke dag een kwartier lezen.',
		'Hij krijgt extra Frans en wiskunde.',
		'Toon begrip voor zijn situatie.',
		'Ben je op de hoogte van de nieuwe afspraak?',
		'Max 3 keer per week.',
		'Basisschool De Regenboog en het Huis van het Kind werken samen met het CLB.',
		'In juni en mei is er geen overleg; op maandag wel.',
		'Campus Sint-Jozef en de Koning Boudewijnstichting.',
		'De directeur van Sint-Vincentius vraagt het dossier op.',
		'Er was een tolk Tigrinya aanwezig.'
	])('does not report %s', (text) => {
		expect(foundOf('name', text)).toEqual([]);
	});

	it('has a lexicon of at least 400 first names', () => {
		expect(FIRST_NAMES.size).toBeGreaterThanOrEqual(400);
		for (const name of ['emma', 'mohamed', 'zeynep', 'kacper', 'ioana', 'merhawi', 'grace'])
			expect(FIRST_NAMES.has(name)).toBe(true);
	});
});

describe('findPersonalData', () => {
	it('returns non-overlapping findings sorted by offset, with exact offsets', () => {
		const text = 'Noah Peeters (°12/03/2015, RRN 15.03.12-142.57) woont Kerkstraat 12, 9000 Gent; mama: 0470 12 34 56.';
		const findings = findPersonalData(text);
		for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
		for (let i = 1; i < findings.length; i++) expect(findings[i].start).toBeGreaterThanOrEqual(findings[i - 1].end);
		expect(findings.map((f) => f.kind)).toEqual(['name', 'birth-date', 'national-number', 'address', 'phone']);
	});

	it('prefers the strong identifier when kinds overlap', () => {
		// The national number could also be read as digits of a phone number or a date.
		expect(found('Rijksregisternummer 09.09.21-063.73')).toEqual([['national-number', '09.09.21-063.73']]);
	});

	it('finds nothing in an anonymised note', () => {
		expect(
			found(
				'Casus 2024-017: de leerling (10 jaar) uit regio 9000 mist vaak de les. Overleg op 12/03/2025 met CLB en CAW.'
			)
		).toEqual([]);
		expect(found('')).toEqual([]);
	});

	it('has a short Dutch label for every kind', () => {
		expect(FINDING_LABELS['national-number']).toBe('rijksregisternummer');
		expect(Object.keys(FINDING_LABELS)).toHaveLength(7);
	});
});

describe('highlight', () => {
	it('splits the text into plain and highlighted segments that join back to the text', () => {
		const text = 'Bel Emma op 0470 12 34 56 vandaag.';
		const segments = highlight(text, findPersonalData(text));
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments.map((s) => [s.text, s.finding?.kind])).toEqual([
			['Bel ', undefined],
			['Emma', 'name'],
			[' op ', undefined],
			['0470 12 34 56', 'phone'],
			[' vandaag.', undefined]
		]);
	});

	it('returns the text as one segment without findings', () => {
		expect(highlight('Niets te melden.', [])).toEqual([{ text: 'Niets te melden.' }]);
		expect(highlight('', [])).toEqual([]);
	});
});
