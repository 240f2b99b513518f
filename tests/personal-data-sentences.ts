/**
 * Labelled test set for the personal-data guard, used only by
 * src/lib/domain/privacy/guard-quality.test.ts (kept out of the app's source, like the other test
 * support under tests/).
 *
 * Dutch sentences in the style of case notes, meeting notes, agreements and learning-log entries
 * of schools, CLB and welfare workers. All persons, numbers and addresses are fictitious; national
 * numbers and IBANs that should be found are checksum-valid (generated, then pasted). About half the
 * sentences contain personal data, the other half none, including tricky negatives (meeting dates,
 * amounts, regional postcodes, case codes, words that are also first names, organisation names).
 *
 * `expected` lists every piece of personal data with its kind and the exact substring. Some
 * positives are deliberately hard (a surname without first name or title, a street without a street
 * word) so the measured recall stays honest.
 */
import type { FindingKind } from '$lib/domain/privacy/personal-data';

export interface ExpectedFinding {
	kind: FindingKind;
	text: string;
}

export interface LabelledSentence {
	text: string;
	expected: ExpectedFinding[];
}

type Pair = [FindingKind, string];

function s(text: string, ...expected: Pair[]): LabelledSentence {
	return { text, expected: expected.map(([kind, t]) => ({ kind, text: t })) };
}

const WITH_PERSONAL_DATA: LabelledSentence[] = [
	// --- case notes -------------------------------------------------------------------------
	s(
		'Emma (°12/03/2015) woont sinds september bij haar grootmoeder in de Kerkstraat 14, 9000 Gent.',
		['name', 'Emma'],
		['birth-date', '12/03/2015'],
		['address', 'Kerkstraat 14, 9000 Gent']
	),
	s(
		'Mama van Noah is telefonisch bereikbaar op 0478 23 45 67, liefst na 16 uur.',
		['name', 'Noah'],
		['phone', '0478 23 45 67']
	),
	s('Rijksregisternummer van de jongere: 85.07.30-033.28 (nodig voor de aanvraag verhoogde kinderbijslag).', [
		'national-number',
		'85.07.30-033.28'
	]),
	s('Yasmine El Amrani kwam vandaag opnieuw zonder lunch naar school.', ['name', 'Yasmine El Amrani']),
	s('De schooltoelage wordt gestort op BE76 4050 8101 1195 op naam van vader.', ['iban', 'BE76 4050 8101 1195']),
	s('Contact met de pleegmoeder via sofie.verhaegen@telenet.be, zij antwoordt meestal binnen de dag.', [
		'email',
		'sofie.verhaegen@telenet.be'
	]),
	s(
		'Lucas Van den Broeck (geb. 03-05-2016) zit in het derde leerjaar bij juf Hanne.',
		['name', 'Lucas Van den Broeck'],
		['birth-date', '03-05-2016'],
		['name', 'Hanne']
	),
	s('Adres gezin: Stationsstraat 34 bus 2, 9100 Sint-Niklaas.', [
		'address',
		'Stationsstraat 34 bus 2, 9100 Sint-Niklaas'
	]),
	s('Moeder gaf haar rijksregisternummer door: 12031514201 – dit hoort niet in het dossier.', [
		'national-number',
		'12031514201'
	]),
	s(
		'Zeynep is vorige week verhuisd naar de Antwerpsesteenweg 211 in Mechelen.',
		['name', 'Zeynep'],
		['address', 'Antwerpsesteenweg 211']
	),
	s(
		'Papa van Rayan belde op +32 475 98 76 54 om de afwezigheid te verwittigen.',
		['name', 'Rayan'],
		['phone', '+32 475 98 76 54']
	),
	s(
		'Kacper Nowak (geboren op 14 februari 2014) volgt sinds januari OKAN-lessen.',
		['name', 'Kacper Nowak'],
		['birth-date', '14 februari 2014']
	),
	s('Het OCMW betaalt de schoolfactuur rechtstreeks via rekening BE66 0758 9906 0843.', [
		'iban',
		'BE66 0758 9906 0843'
	]),
	s(
		'BIS-nummer van Andrei: 14420715558, aangevraagd door de voogd.',
		['name', 'Andrei'],
		['national-number', '14420715558']
	),
	s(
		'Gesprek met mevrouw Janssens (zorgcoördinator) over de afwezigheden van Amira.',
		['name', 'Janssens'],
		['name', 'Amira']
	),
	s('De broer van Mohamed is te bereiken op 0486/12.34.56.', ['name', 'Mohamed'], ['phone', '0486/12.34.56']),
	s(
		'Geboortedatum: 21.09.2009 – rijksregisternummer 090921 063 73.',
		['birth-date', '21.09.2009'],
		['national-number', '090921 063 73']
	),
	s(
		'Ioana Popescu woont nu bij een tante, rue de la Station 45, 1030 Schaerbeek.',
		['name', 'Ioana Popescu'],
		['address', 'rue de la Station 45, 1030 Schaerbeek']
	),
	s(
		'Vader (Omar) mailt liever dan te bellen: omar.haddad@hotmail.com.',
		['name', 'Omar'],
		['email', 'omar.haddad@hotmail.com']
	),
	s('Terugbetaling van de zwemlessen op BE56097613524188, mededeling: naam kind.', ['iban', 'BE56097613524188']),
	s(
		'Elif en haar zusje Defne zijn sinds de herfstvakantie niet meer op school geweest.',
		['name', 'Elif'],
		['name', 'Defne']
	),
	s('Huisbezoek gepland bij het gezin in de Brugsesteenweg 87, 8500 Kortrijk.', [
		'address',
		'Brugsesteenweg 87, 8500 Kortrijk'
	]),
	s(
		'Juf Sofie meldt dat Noah Peeters opvallend stil is sinds de scheiding van zijn ouders.',
		['name', 'Sofie'],
		['name', 'Noah Peeters']
	),
	s(
		'Telefoon grootvader: 09 225 14 87 (vast), gsm 0499 87 65 43.',
		['phone', '09 225 14 87'],
		['phone', '0499 87 65 43']
	),
	s(
		'Rijksregister moeder 92.01.14-218.40, vader 781102-415-76.',
		['national-number', '92.01.14-218.40'],
		['national-number', '781102-415-76']
	),
	s(
		'Merhawi (16 jaar, niet-begeleide minderjarige) verblijft in het opvangcentrum in de Kapellestraat 9, 8400 Oostende.',
		['name', 'Merhawi'],
		['address', 'Kapellestraat 9, 8400 Oostende']
	),
	s('De jongere werd geboren op 3 mei 2016 in Antwerpen en kwam in 2022 naar België.', ['birth-date', '3 mei 2016']),
	s('Mail van de advocaat: m.dewilde@advocatenkantoor-dewilde.be, graag doorsturen naar het team.', [
		'email',
		'm.dewilde@advocatenkantoor-dewilde.be'
	]),
	s(
		'Fatima Bakkali vraagt of de maaltijden op rekening BE26 5970 9730 6029 kunnen gestort worden.',
		['name', 'Fatima Bakkali'],
		['iban', 'BE26 5970 9730 6029']
	),
	s('Het BIS-nummer 88 25 19 311 75 staat nog op het oude attest.', ['national-number', '88 25 19 311 75']),
	s('Yusuf Demir kreeg een time-out na het incident op de speelplaats.', ['name', 'Yusuf Demir']),
	s('Oma woont op de Grote Markt 3 en vangt de kinderen op woensdag op.', ['address', 'Grote Markt 3']),
	s(
		'Ouders zijn bereikbaar via 0032 486 55 44 33 (mama) en +31 6 12345678 (papa, werkt in Breda).',
		['phone', '0032 486 55 44 33'],
		['phone', '+31 6 12345678']
	),
	s(
		'Ahmad en zijn moeder Maryam zijn ingeschreven op het adres Sint-Pietersnieuwstraat 120, 9000 Gent.',
		['name', 'Ahmad'],
		['name', 'Maryam'],
		['address', 'Sint-Pietersnieuwstraat 120, 9000 Gent']
	),
	s('Geboortedatum zoon: 16/12/2016, dochter: 04/04/2019.', ['birth-date', '16/12/2016']),
	s(
		'Lina Vermeulen, rijksregisternummer 10.06.01-077.77, wordt aangemeld bij het CLB.',
		['name', 'Lina Vermeulen'],
		['national-number', '10.06.01-077.77']
	),
	s('Nieuw e-mailadres van de voogd: voogd.k.maes@gmail.com.', ['email', 'voogd.k.maes@gmail.com']),
	s(
		'Gift van de vzw gestort op BE40220062907263 voor de schooluitstap van Grace.',
		['iban', 'BE40220062907263'],
		['name', 'Grace']
	),
	s('Meneer Claes (buurman) belde bezorgd op 03 231 45 67.', ['name', 'Claes'], ['phone', '03 231 45 67']),
	s('Sara is jarig op 7 november en wil dat vieren in de klas.', ['name', 'Sara'], ['birth-date', '7 november']),
	// --- agreements -------------------------------------------------------------------------
	s(
		'Afspraak: juf Lotte belt elke vrijdag naar mama (0472-11-22-33) om de week te overlopen.',
		['name', 'Lotte'],
		['phone', '0472-11-22-33']
	),
	s(
		'Afspraak: CLB-medewerker Katrien stuurt het verslag naar ouders op lieve.dhondt@skynet.be.',
		['name', 'Katrien'],
		['email', 'lieve.dhondt@skynet.be']
	),
	s('Afspraak: het OCMW stort de premie op BE86 0897 2753 6750 tegen eind maart.', ['iban', 'BE86 0897 2753 6750']),
	s(
		'Afspraak: huisbezoek door Bram op het adres Lindenlaan 8, 3000 Leuven.',
		['name', 'Bram'],
		['address', 'Lindenlaan 8, 3000 Leuven']
	),
	s('Afspraak: de maatschappelijk werker vraagt de verblijfsvergunning op met rijksregisternummer 95042219009.', [
		'national-number',
		'95042219009'
	]),
	s(
		'Afspraak: Ayoub komt elke maandag naar de huiswerkklas; contact tante via 0493123456.',
		['name', 'Ayoub'],
		['phone', '0493123456']
	),
	s(
		'Afspraak: meester Tom bezorgt de medische attesten aan mevrouw Van Damme.',
		['name', 'Tom'],
		['name', 'Van Damme']
	),
	s('Afspraak: de terugbetaling van de schoolreis gebeurt op BE35 4291 1719 7937 (rekening oma).', [
		'iban',
		'BE35 4291 1719 7937'
	]),
	s('Afspraak: verslag van de logopedist mailen naar a.wouters@praktijklogo.be voor 15 april.', [
		'email',
		'a.wouters@praktijklogo.be'
	]),
	s('Afspraak: gezin verhuist naar de Frankrijklei 22, 2000 Antwerpen; nieuwe school zoeken.', [
		'address',
		'Frankrijklei 22, 2000 Antwerpen'
	]),
	s('Afspraak: Zuzanna en haar moeder worden uitgenodigd voor een gesprek met tolk.', ['name', 'Zuzanna']),
	s('Afspraak: BIS-nummer 825003-013-29 laten rechtzetten bij de gemeente.', ['national-number', '825003-013-29']),
	s(
		'Afspraak: juf Nora geeft de geboortedatum (12.11.2012) door aan het secretariaat.',
		['name', 'Nora'],
		['birth-date', '12.11.2012']
	),
	s('Afspraak: bij afwezigheid belt de school naar het nummer van de opvang, 011 22 33 44.', ['phone', '011 22 33 44']),
	s('Afspraak: Hamza Ouali wordt aangemeld bij het JAC voor een eerste gesprek.', ['name', 'Hamza Ouali']),
	s(
		'Afspraak: opvolging door Ilse via ilse.maes@onthaal-voorbeeld.be.',
		['name', 'Ilse'],
		['email', 'ilse.maes@onthaal-voorbeeld.be']
	),
	s('Afspraak: vader bezorgt het rekeningnummer BE23 5657 1222 5091 voor de studietoelage.', [
		'iban',
		'BE23 5657 1222 5091'
	]),
	s('Afspraak: pleeggezin in de Molenstraat 5A, 8800 Roeselare haalt de kinderen op.', [
		'address',
		'Molenstraat 5A, 8800 Roeselare'
	]),
	s(
		'Afspraak: Olivia krijgt extra ondersteuning; mama (geboren 04/09/1988) volgt mee op.',
		['name', 'Olivia'],
		['birth-date', '04/09/1988']
	),
	// --- meeting notes ----------------------------------------------------------------------
	s(
		'Aanwezig: juf Roos, meester Jef, Katrien (CLB) en de mama van Lina.',
		['name', 'Roos'],
		['name', 'Jef'],
		['name', 'Katrien'],
		['name', 'Lina']
	),
	s(
		'Verslag overleg: mevrouw De Smet bevestigt dat Adam nog geen huisarts heeft.',
		['name', 'De Smet'],
		['name', 'Adam']
	),
	s(
		'Volgende keer uitnodigen: Hiba, haar broer Ahmad en de contactpersoon van Fedasil.',
		['name', 'Hiba'],
		['name', 'Ahmad']
	),
	s('Per mail (jan.pieters@stad.voorbeeld.be) bevestigd dat de huur wordt betaald.', [
		'email',
		'jan.pieters@stad.voorbeeld.be'
	]),
	s(
		'Rijksregisternummers staan in de bijlage: 17 10 10 501 43 en 110000 245 15.',
		['national-number', '17 10 10 501 43'],
		['national-number', '110000 245 15']
	),
	s(
		'Liam Janssens en Mila De Vos worden samen besproken omdat ze in hetzelfde gezin wonen.',
		['name', 'Liam Janssens'],
		['name', 'Mila De Vos']
	),
	s(
		'Contact CAW-medewerker Pieter: 050 33 44 55 of pieter.devriendt@caw-voorbeeld.be.',
		['name', 'Pieter'],
		['phone', '050 33 44 55'],
		['email', 'pieter.devriendt@caw-voorbeeld.be']
	),
	s(
		'Noor (geb. 15.08.2016) en haar broer wonen bij hun vader in de Leopoldlaan 40, 9300 Aalst.',
		['name', 'Noor'],
		['birth-date', '15.08.2016'],
		['address', 'Leopoldlaan 40, 9300 Aalst']
	),
	s('Oom in Marokko: +212 6 61 23 45 67; hij wil betrokken worden bij de beslissing.', ['phone', '+212 6 61 23 45 67']),
	s(
		'Voorstel van Jules zijn vader: geld storten op NL71 ABNA 0331 2298 38.',
		['name', 'Jules'],
		['iban', 'NL71 ABNA 0331 2298 38']
	),
	s(
		'Ouders van Elena Popa wonen aan de Boulevard Anspach 112, 1000 Brussel.',
		['name', 'Elena Popa'],
		['address', 'Boulevard Anspach 112, 1000 Brussel']
	),
	s(
		'Yusuf zijn grootvader heeft een Turks nummer: +90 532 123 45 67.',
		['name', 'Yusuf'],
		['phone', '+90 532 123 45 67']
	),
	s('Adres moeder: Korte Nieuwstraat 6, 2000 Antwerpen; adres vader onbekend.', [
		'address',
		'Korte Nieuwstraat 6, 2000 Antwerpen'
	]),
	s(
		'Het rijksregisternummer 15.08.16-364.41 hoort bij de jongste, niet bij Louis.',
		['national-number', '15.08.16-364.41'],
		['name', 'Louis']
	),
	s(
		'Mevr. El Idrissi vraagt of de school haar kan mailen op k.elidrissi@outlook.be.',
		['name', 'El Idrissi'],
		['email', 'k.elidrissi@outlook.be']
	),
	s(
		'Grace Mbuyi (°04/04/2019) start in januari in de kleuterklas.',
		['name', 'Grace Mbuyi'],
		['birth-date', '04/04/2019']
	),
	s('Meester Wouter: leerling Kerem zit vaak alleen op de speelplaats.', ['name', 'Wouter'], ['name', 'Kerem']),
	s('Rekening Poolse grootouders: PL61 1090 1014 0000 0712 1981 2874.', ['iban', 'PL61 1090 1014 0000 0712 1981 2874']),
	// --- learning log -----------------------------------------------------------------------
	s('Leerlog: het gesprek met Amira haar moeder liep stroef tot de tolk erbij kwam.', ['name', 'Amira']),
	s('Leerlog: ik heb het nummer van papa (0468 12 34 56) per vergissing in het verslag gezet.', [
		'phone',
		'0468 12 34 56'
	]),
	s(
		'Leerlog: Jonas vertelde trots over zijn verjaardag op 28 februari.',
		['name', 'Jonas'],
		['birth-date', '28 februari']
	),
	s(
		'Leerlog: met Andreea en Darius geoefend op het aanvraagformulier, met BIS-nummer 13311117910.',
		['name', 'Andreea'],
		['name', 'Darius'],
		['national-number', '13311117910']
	),
	s('Leerlog: toen ik bij het gezin in de Hoogstraat 61 binnenkwam, was de verwarming uit.', [
		'address',
		'Hoogstraat 61'
	]),
	s(
		'Leerlog: mevrouw Peeters gaf ons haar e-mailadres, an.peeters@proximus.be, en haar gsm 0477/65 43 21.',
		['name', 'Peeters'],
		['email', 'an.peeters@proximus.be'],
		['phone', '0477/65 43 21']
	),
	s('Leerlog: het formulier vroeg de geboortedatum van de jongere (02/01/2008) en dat voelde wantrouwig.', [
		'birth-date',
		'02/01/2008'
	]),
	s(
		'Leerlog: Ibrahim zijn vader opende een rekening BE17 0619 4867 3821 speciaal voor het leefgeld.',
		['name', 'Ibrahim'],
		['iban', 'BE17 0619 4867 3821']
	),
	s('Leerlog: ik schreef per ongeluk 75 06 18 281 20 in het open tekstveld.', ['national-number', '75 06 18 281 20']),
	s('Leerlog: Oliwia Kowalska spreekt intussen vlot Nederlands.', ['name', 'Oliwia Kowalska']),
	// --- more case notes and agreements --------------------------------------------------------
	s('Het kind werd geboren op 30 juni 2017 in Genk; de moeder was toen 19.', ['birth-date', '30 juni 2017']),
	s(
		'Contactgegevens tante: 0032 2 503 12 34, vera.declercq@gmail.com.',
		['phone', '0032 2 503 12 34'],
		['email', 'vera.declercq@gmail.com']
	),
	s('Rekening voor de fietsenactie: BE08127374532813 (pleegvader).', ['iban', 'BE08127374532813']),
	s('Domicilie jongere: Avenue Louise 54, 1050 Elsene.', ['address', 'Avenue Louise 54, 1050 Elsene']),
	s('Rijksregisternummer: 64030508860; dit is het nummer van de grootvader die voogd is.', [
		'national-number',
		'64030508860'
	]),
	s(
		'Mama (Samira) vraagt om berichten via samira.b@live.be te sturen.',
		['name', 'Samira'],
		['email', 'samira.b@live.be']
	),
	s(
		'Milan en Febe Verstraete hebben op 20/11/2024 een ruzie gehad op de bus.',
		['name', 'Milan'],
		['name', 'Febe Verstraete']
	),
	s('Geboren: 25/01/2018. Ingeschreven in de school op 1 september.', ['birth-date', '25/01/2018']),
	s(
		'Zoon Viktor verblijft om de twee weken bij vader, Dorpsstraat 19, 3600 Genk.',
		['name', 'Viktor'],
		['address', 'Dorpsstraat 19, 3600 Genk']
	),
	s('Het gezin woont tijdelijk in een noodwoning aan de Kortrijksesteenweg 1004 in Gent.', [
		'address',
		'Kortrijksesteenweg 1004'
	]),
	s(
		'Nummer van de voogd: 053 21 43 65, e-mail voogd@voogdij-voorbeeld.be.',
		['phone', '053 21 43 65'],
		['email', 'voogd@voogdij-voorbeeld.be']
	),
	s('De jeugdrechter gaf rijksregisternummer 991212-333-15 mee voor het dossier.', [
		'national-number',
		'991212-333-15'
	]),
	s(
		'Louise De Clercq en Arthur Maes zitten samen in een praatgroep over rouw.',
		['name', 'Louise De Clercq'],
		['name', 'Arthur Maes']
	),
	s('Schoolfactuur: de tante betaalt via DE15 3704 0044 0532 0130 71.', ['iban', 'DE15 3704 0044 0532 0130 71']),
	s('Nieuw adres na de verhuis: Gentse Baan 12, 9100 Sint-Niklaas.', ['address', 'Gentse Baan 12, 9100 Sint-Niklaas']),
	s('Mama van Jayden is bereikbaar op 0468 98 76 54 of via de app.', ['name', 'Jayden'], ['phone', '0468 98 76 54']),
	s(
		'Geboortedatum van het jongste kind is 18 januari 2018, het rijksregisternummer 18 01 25 122 27 klopt dus niet.',
		['birth-date', '18 januari 2018'],
		['national-number', '18 01 25 122 27']
	),
	s('Rekening in Roemenië: RO49 AAAA 1B31 0075 9384 0000 (vader werkt daar).', [
		'iban',
		'RO49 AAAA 1B31 0075 9384 0000'
	]),
	s(
		'Ouders: fam.jacobs.claessens@gmail.com; de kinderen: Seppe en Marthe.',
		['email', 'fam.jacobs.claessens@gmail.com'],
		['name', 'Seppe'],
		['name', 'Marthe']
	),
	s('Hij verblijft bij een vriend in de Tiensestraat 88 bus 5, 3000 Leuven.', [
		'address',
		'Tiensestraat 88 bus 5, 3000 Leuven'
	]),
	s('Rijksregisternummer oudste dochter: 200204 047 05.', ['national-number', '200204 047 05']),
	s('Zijn zus Hajar werd geboren op 9 oktober 2013.', ['name', 'Hajar'], ['birth-date', '9 oktober 2013']),
	s('Belnotitie: 0470 12 34 56 meldt dat het kind ziek is; nummer niet herkend.', ['phone', '0470 12 34 56']),
	s('Rekeningnummer grootmoeder: BE95121957834258.', ['iban', 'BE95121957834258']),
	s('Mail directeur: directie.peeters@basisschool-voorbeeld.be (ook voor verlofaanvragen).', [
		'email',
		'directie.peeters@basisschool-voorbeeld.be'
	]),
	s(
		'Oudercontact met papa Dries en mama Evelien, allebei positief over de aanpak.',
		['name', 'Dries'],
		['name', 'Evelien']
	),
	s('Vorig adres: Gemeenteplein 2, 8790 Waregem (tot augustus).', ['address', 'Gemeenteplein 2, 8790 Waregem']),
	s('BIS-nummer: 86.09.09-612.17 (oud), nieuw rijksregisternummer volgt.', ['national-number', '86.09.09-612.17']),
	s('Verjaardag van Mats: 12 maart; hij wil graag trakteren.', ['name', 'Mats'], ['birth-date', '12 maart']),
	s('Bankgegevens voor de huurwaarborg: BE67 4070 8319 7087.', ['iban', 'BE67 4070 8319 7087']),
	s(
		'Gezin bereikbaar op het vaste nummer 016 23 45 67, gsm vader 0479 11 22 33.',
		['phone', '016 23 45 67'],
		['phone', '0479 11 22 33']
	),
	s(
		'Jongere geboren op 31.05.2007 met rijksregisternummer 930531 444 32 van de moeder ernaast.',
		['birth-date', '31.05.2007'],
		['national-number', '930531 444 32']
	),
	s('Adres school van de broer: Karel de Goedelaan 5, 8500 Kortrijk.', [
		'address',
		'Karel de Goedelaan 5, 8500 Kortrijk'
	]),
	s('Feedback van Kevin Goossens (CLB): de testen wijzen op dyslexie.', ['name', 'Kevin Goossens']),
	s(
		'Rekening moeder BE88571223430241, rekening vader BE13 2977 0319 8639.',
		['iban', 'BE88571223430241'],
		['iban', 'BE13 2977 0319 8639']
	),
	s('Het e-mailadres van de jongere (tibo2009@gmail.com) staat nog in het oude verslag.', [
		'email',
		'tibo2009@gmail.com'
	]),
	s('Rijksregisternummer vader: 161224-390-18 — nee, dat is dat van de zoon.', ['national-number', '161224-390-18']),
	s('Tijdelijke opvang in de Koning Albertstraat 17, 2800 Mechelen.', [
		'address',
		'Koning Albertstraat 17, 2800 Mechelen'
	]),
	s('Mama heeft een nieuw gsm-nummer: 0456 78 91 23.', ['phone', '0456 78 91 23']),
	s('Rekening voor het leefgeld: LU25 0010 0010 0000 0123 (Luxemburgse werkgever vader).', [
		'iban',
		'LU25 0010 0010 0000 0123'
	]),
	s('Huisarts dokter Vandenberghe belt terug naar 089 35 12 34.', ['name', 'Vandenberghe'], ['phone', '089 35 12 34']),
	s('Rijksregisternummer 900707 055 25 hoort bij de stiefvader.', ['national-number', '900707 055 25']),
	s('Geboortedatum: 2011-06-23 (uit het leerlingvolgsysteem gekopieerd).', ['birth-date', '2011-06-23']),
	s('Ze woont bij haar vriend op de Visserskaai 3, 8400 Oostende.', ['address', 'Visserskaai 3, 8400 Oostende']),
	s(
		'Leerlingbegeleider Annelies en Aya oefenden samen het gesprek met de jeugdrechter.',
		['name', 'Annelies'],
		['name', 'Aya']
	),
	s('Nummer Roemeense grootmoeder: +40 721 234 567.', ['phone', '+40 721 234 567']),
	s(
		'Rijksregisternummer jongste: 12.11.30-701.18; oudste: 81022812967 is dat van mama.',
		['national-number', '12.11.30-701.18'],
		['national-number', '81022812967']
	),
	s(
		'Bij inschrijving vermeld: geboren 19/04/2019, Bergstraat 7, 1500 Halle.',
		['birth-date', '19/04/2019'],
		['address', 'Bergstraat 7, 1500 Halle']
	),
	s('Mama van Jade meldt dat ze gescheiden is van de vader.', ['name', 'Jade']),
	s('Het gezin van Emir Yilmaz kreeg een leefloon toegekend.', ['name', 'Emir Yilmaz']),
	s('De jongere gaf ons zijn e-mailadres: robel.t@proton.me, voor de opvolging.', ['email', 'robel.t@proton.me']),
	s(
		'Rijksregisternummer 19 04 04 260 76 (kind), 140915-018-15 (broer).',
		['national-number', '19 04 04 260 76'],
		['national-number', '140915-018-15']
	),
	s(
		'Mevrouw Verbruggen (pleegzorg) stuurde het attest door via hilde.verbruggen@pleegzorg-voorbeeld.be.',
		['name', 'Verbruggen'],
		['email', 'hilde.verbruggen@pleegzorg-voorbeeld.be']
	),
	s(
		'Geboren op 02.02.2012 en sinds 2015 in België; grootouders wonen in de Nieuwstraat 51, 9300 Aalst.',
		['birth-date', '02.02.2012'],
		['address', 'Nieuwstraat 51, 9300 Aalst']
	),
	s('Spaanse rekening van de tante: ES91 2100 0418 4502 0005 1332.', ['iban', 'ES91 2100 0418 4502 0005 1332']),
	s(
		'Voor dringende zaken: mama 0475 33 22 11, opvang +32 9 265 43 21.',
		['phone', '0475 33 22 11'],
		['phone', '+32 9 265 43 21']
	),
	s('Rekening BE03591982375484 werd geblokkeerd, de huur werd niet betaald.', ['iban', 'BE03591982375484']),
	s('Geboortedag 24 december 2016, valt samen met Kerstavond; het kind voelt zich vaak vergeten.', [
		'birth-date',
		'24 december 2016'
	]),
	s('Adres van de opvangouder: Watermolenstraat 9 bus 1, 8000 Brugge.', [
		'address',
		'Watermolenstraat 9 bus 1, 8000 Brugge'
	]),
	s(
		'Overleg met Natalia Wiśniewska (tolk Pools) via natalia.tolk@tolkendienst-voorbeeld.be.',
		['name', 'Natalia Wiśniewska'],
		['email', 'natalia.tolk@tolkendienst-voorbeeld.be']
	),
	s('Rijksregisternummer 711231 402 49 werd in de e-mail vermeld.', ['national-number', '711231 402 49']),
	s('Geb. 07/07/2010, inschrijving OKAN op 12/09/2024.', ['birth-date', '07/07/2010']),
	s('Mama woont in de Kerkhofstraat 4 te 2300 Turnhout, papa in het buitenland.', [
		'address',
		'Kerkhofstraat 4 te 2300 Turnhout'
	]),
	s('Rekening BE36 2270 7815 2781 (zus) gebruiken voor de terugbetaling.', ['iban', 'BE36 2270 7815 2781']),
	s(
		'De broer van Filmon heeft als geboortedatum 01.01.2006 op zijn papieren, maar dat klopt niet.',
		['name', 'Filmon'],
		['birth-date', '01.01.2006']
	),
	s('Het rekeningnummer BE90247152191132 hoort bij de vzw, niet bij het gezin.', ['iban', 'BE90247152191132']),
	s('Gsm van de jongere zelf: 0484 56 78 90 (mag hem rechtstreeks sms’en).', ['phone', '0484 56 78 90']),
	s('Huisbezoek bij de familie aan de Coupure Links 653 in Gent.', ['address', 'Coupure Links 653']),
	s('Peeters belde zelf naar school om te zeggen dat de kinderen niet komen.', ['name', 'Peeters']),
	s('Turkse rekening van de grootvader: TR33 0006 1005 1978 6457 8413 26.', [
		'iban',
		'TR33 0006 1005 1978 6457 8413 26'
	]),
	s(
		'Mail van de papa van Aiden: kristof.vanhove@telenet.be; hij wil het verslag ook ontvangen.',
		['name', 'Aiden'],
		['email', 'kristof.vanhove@telenet.be']
	),
	s('Broer Younes, °05/06/2010, zit in het eerste middelbaar.', ['name', 'Younes'], ['birth-date', '05/06/2010']),
	s('Het gezin krijgt voedselpakketten; betaling van de bijdrage via BE69 9328 5133 5878.', [
		'iban',
		'BE69 9328 5133 5878'
	]),
	s('Contact tante (Frankrijk): +33 6 12 34 56 78, adres onbekend.', ['phone', '+33 6 12 34 56 78']),
	s('Rekening FR14 2004 1010 0505 0001 3M02 606 van de vader in Rijsel.', [
		'iban',
		'FR14 2004 1010 0505 0001 3M02 606'
	]),
	s('Afspraak: de school stuurt de uitnodiging naar mama.lina.hermans@gmail.com en naar papa per brief.', [
		'email',
		'mama.lina.hermans@gmail.com'
	]),
	s(
		'Leerlog: Bilal gaf zijn eigen mailadres (bilal_2010@hotmail.be), maar hij is pas 14.',
		['name', 'Bilal'],
		['email', 'bilal_2010@hotmail.be']
	),
	s('Verslag ook bezorgen aan de consulent van de sociale dienst: d.vermeersch@ocmw-voorbeeld.be.', [
		'email',
		'd.vermeersch@ocmw-voorbeeld.be'
	]),
	s(
		'Vraag van de jeugdadvocaat (meester Goris, goris@advocaat-voorbeeld.be) om inzage in het verslag.',
		['name', 'Goris'],
		['email', 'goris@advocaat-voorbeeld.be']
	),
	s('Het e-mailadres van de voogd is gewijzigd naar helena.desmet@voogdij.example.org.', [
		'email',
		'helena.desmet@voogdij.example.org'
	]),
	s('Rijksregisternummer van het kind: 16 05 03 287 23; het attest van de mutualiteit volgt.', [
		'national-number',
		'16 05 03 287 23'
	]),
	s(
		'Het BIS-nummer 14420715558 van Merhawi zijn zus staat nog op het oude adres.',
		['national-number', '14420715558'],
		['name', 'Merhawi']
	),
	s(
		'Ilias en Chaima Benali komen samen met hun oom naar het intakegesprek.',
		['name', 'Ilias'],
		['name', 'Chaima Benali']
	),
	s(
		'Maksym (12) en zijn moeder Olena wonen sinds 2022 in een opvangwoning van de gemeente.',
		['name', 'Maksym'],
		['name', 'Olena']
	),
	s('Leerlog: de juf vertelde dat Nathan Claeys zich vaak terugtrekt tijdens het speelkwartier.', [
		'name',
		'Nathan Claeys'
	])
];

const WITHOUT_PERSONAL_DATA: LabelledSentence[] = [
	// meeting dates, times and deadlines
	s('Overleg op 12/03/2025 om 14u met het zorgteam en het CLB.'),
	s('Volgende opvolging tegen 15 juni, daarna evaluatie in september.'),
	s('De afspraak van 3 mei 2024 werd verplaatst naar 17 mei.'),
	s('Het MDO gaat door op dinsdag 14.01.2025 van 9.30 tot 11 uur.'),
	s('Deadline voor de aanvraag is 31/08, daarna vervalt het recht.'),
	s('We evalueren na de krokusvakantie, rond 3 maart.'),
	s('Het netwerkoverleg is verschoven van 12 naar 19 november.'),
	s('Startdatum van de begeleiding: 2024-09-02.'),
	s('In juni zijn er examens, dus we plannen het gesprek begin juli.'),
	s('Op woensdag 5 februari is er een studiedag, de school is dan gesloten.'),
	s('Overleg gepland om 13u30 – 15u in lokaal 2.14.'),
	s('De evaluatie van 20/12/2024 toonde vooruitgang in lezen.'),
	s('Verjaardagsfeest van de klas wordt verplaatst naar na de paasvakantie.'),
	s('De geboorte van een broertje veranderde veel in het gezin.'),
	s('Geboren en getogen in Gent; de familie kent de buurt goed. Volgend overleg op 12/03/2025.'),
	// amounts, counts, percentages
	s('Het OCMW komt tussen voor € 1.250 in de schoolkosten.'),
	s('De maximumfactuur bedraagt 50 euro per schooljaar in de kleuterschool.'),
	s('Er zijn 23 leerlingen in de klas, waarvan 7 met een verslag.'),
	s('Het leefloon bedraagt 1.314,20 euro per maand voor een alleenstaande.'),
	s('Afwezigheid: 12 halve dagen, 4 ervan gewettigd.'),
	s('Slechts 60% van de ouders kwam naar het oudercontact.'),
	s('De schoolreis kost 35 euro; 3 gezinnen vroegen een afbetalingsplan.'),
	s('Het budget voor tolken is 2.400 euro voor het hele schooljaar.'),
	s('Max 3 keer per week huiswerkklas, anders wordt het te zwaar.'),
	s('Hij scoorde 14/20 op wiskunde en 9/20 op Frans.'),
	// regions, postcodes, places
	s('De leerlingen komen vooral uit de regio 9000 en de rand rond Gent.'),
	s('Het CLB werkt voor scholen in postcodegebied 2000-2660.'),
	s('Het gezin woont in Mechelen, maar de kinderen gaan naar school in Leuven.'),
	s('In de Kerkstraat is er een nieuwe speelstraat tijdens de zomer.'),
	s('De campus ligt vlak bij het station van Kortrijk.'),
	s('Er zijn veel jonge gezinnen in 9040 Sint-Amandsberg.'),
	s('De wijk rond de Dampoort heeft een hoge kinderarmoede.'),
	s('We zoeken een sporthal in de buurt van de Grote Markt.'),
	// case codes and reference numbers
	s('Casus 2024-017 wordt verder opgevolgd door het zorgteam.'),
	s('Dossier 2023/0457 is afgesloten na de evaluatie.'),
	s('Referentie aanvraag: 20240312-A, zie bijlage 2.'),
	s('Ondernemingsnummer van de vzw: 0456.789.133.'),
	s('Casus K-12 en casus K-15 worden samen besproken.'),
	s('Meldingsnummer 2024-00872 bij het Vertrouwenscentrum Kindermishandeling.'),
	s('Zie actiepunt 3.2 in het verslag van 4 oktober.'),
	s('Schooljaar 2024-2025: 14 nieuwe OKAN-leerlingen.'),
	s('De vragenlijst (versie 2.3) werd door 45 ouders ingevuld.'),
	s('Het KBO-nummer 0412.345.614 staat op de factuur van de organisatie.'),
	s('De facturen van de vzw 0876.543.270 worden maandelijks betaald.'),
	s('Casus 2025-003: jongere van 15 jaar, dreigende schooluitval.'),
	s('Lokaal 12, groep 3 en week 12 zijn al volzet.'),
	// organisations and school names
	s('Basisschool De Regenboog en het Huis van het Kind werken samen rond opvoedingsondersteuning.'),
	s('Het CAW en het OCMW organiseren een gezamenlijk spreekuur.'),
	s('De Vlinder en De Klimop zijn de twee scholen in de wijk.'),
	s('Kind en Gezin verwees het gezin door naar Opgroeien.'),
	s('Campus Sint-Jozef neemt deel aan het project rond schoolafwezigheid.'),
	s('De Koning Boudewijnstichting financiert het project.'),
	s('Het JAC en de VDAB geven samen een infosessie over werk en studie.'),
	s('Het Sint-Lodewijkscollege vraagt advies over een time-out traject.'),
	s('Het Agentschap Integratie en Inburgering levert een tolk.'),
	s('De jeugdbeweging Chiro Sint-Pieter heeft nog plaats.'),
	// words that look like names
	s('De roos in de schooltuin bloeit, er is weer hoop.'),
	s('Lieve ouders, we nodigen jullie uit op de infoavond.'),
	s('Elke dag begint met een kringgesprek.'),
	s('Hij krijgt extra Frans en Engels via een bijlesproject.'),
	s('Toon begrip, maar wees duidelijk over de grenzen.'),
	s('Ben je op de hoogte van de nieuwe afspraak met het CLB?'),
	s('Hoop doet leven, zei de moeder na het gesprek.'),
	s('De Roos van Jericho is het thema van de natuurles.'),
	s('Er was storm, waardoor de schoolbus niet reed.'),
	s('Een gift van de serviceclub maakte de uitstap mogelijk.'),
	s('Margriet en roos staan in de klas als voorbeeld van bloemen.'),
	s('Amber en jade zijn edelstenen die we in de les bespraken.'),
	s('Frans is voor veel OKAN-leerlingen een derde taal.'),
	s('Leen het boek uit in de bib en breng het binnen twee weken terug.'),
	s('Lot bepaalde welke groep eerst mocht.'),
	s('In mei is er een sportdag voor het hele lager.'),
	s('De Mei-feesten gaan dit jaar niet door.'),
	s('Storm op zee was het thema van het voorleesuur.'),
	s('Merel en mus zaten in de vogelvoederplaats bij de school.'),
	// typical anonymised notes
	s('De leerling (10 jaar) mist vaak de eerste lesuren op maandag.'),
	s('Moeder voelt zich niet gehoord door de school.'),
	s('Het kind spreekt thuis Arabisch en op school Nederlands.'),
	s('De jongere wil zelf aanwezig zijn bij het volgende overleg.'),
	s('Vader werkt in ploegen en kan enkel na 18 uur afspreken.'),
	s('Er is een vermoeden van verwaarlozing; het CLB neemt contact op met het gezin.'),
	s('Het gezin leeft van een leefloon en heeft schulden bij de school.'),
	s('De leerkracht merkt dat het kind vaak moe is en honger heeft.'),
	s('Ouders willen geen doorverwijzing naar de jeugdhulp.'),
	s('Het kind heeft sinds de verhuis geen vrienden meer in de klas.'),
	s('Grootouders zorgen na school voor de kinderen.'),
	s('De moeder is analfabeet; brieven worden mondeling toegelicht.'),
	s('Oudste zus neemt veel zorgtaken op in het gezin.'),
	s('De jongere verblijft in een leefgroep en gaat in het weekend naar huis.'),
	s('Na de scheiding woont het kind afwisselend bij mama en papa.'),
	s('Het gezin heeft een sociale woning toegewezen gekregen.'),
	s('De leerling kreeg een verslag voor het buitengewoon onderwijs type 9.'),
	s('Afspraak: de zorgcoördinator contacteert de huisarts over het medicatiegebruik.'),
	s('Afspraak: het CLB maakt een verslag op tegen de volgende klassenraad.'),
	s('Afspraak: de school zoekt een oplossing voor de middagopvang.'),
	s('Afspraak: ouders worden uitgenodigd met een tolk Arabisch.'),
	s('Afspraak: de maatschappelijk werker helpt met de aanvraag van de schooltoeslag.'),
	s('Afspraak: de klastitularis bespreekt de vorderingen op het oudercontact.'),
	s('Afspraak: we bekijken in februari of de aanpak werkt.'),
	s('Leerlog: ik merkte dat ik te snel een oplossing wou aanreiken.'),
	s('Leerlog: de stem van het kind kwam pas aan bod op het einde.'),
	s('Leerlog: samenwerken met het OCMW verliep vlotter dan verwacht.'),
	s('Leerlog: de vader reageerde boos toen we de term "verwaarlozing" gebruikten.'),
	s('Leerlog: in de toekomst vraag ik eerst wat het gezin zelf belangrijk vindt.'),
	s('Leerlog: het gesprek in de Kerkstraat-wijk toonde hoe geïsoleerd gezinnen wonen.'),
	s('De leerling heeft nood aan structuur: een dagplanning op de bank helpt.'),
	s('Het zorgteam besliste om de casus te escaleren naar het ondersteuningsnetwerk.'),
	s('Tijdens het gesprek met de ouders was er een tolk Tigrinya aanwezig.'),
	s('Het kind mag 2 dagen per week naar de naschoolse opvang.'),
	s('De ouders kregen uitleg over het inschrijvingsrecht in het secundair.'),
	s('Er zijn 3 kinderen in het gezin, tussen 4 en 12 jaar.'),
	s('Het gezin verhuisde in augustus naar een andere gemeente.'),
	s('Wekelijks overleg met de brugfiguur op donderdag om 8u15.'),
	s('Telefoonnummer en adres staan in het beveiligde dossier, niet hier.'),
	s('Het rijksregisternummer is opgevraagd, maar hoort niet in deze notitie.'),
	s('De jongere gaf toestemming om de info te delen met het CAW.'),
	s('Bij twijfel contacteert de school eerst het CLB.'),
	s('Het gezin is ingeschreven bij de huisarts in de buurt.'),
	s('Sinds 1 januari 2025 is het kind ingeschreven in onze school.'),
	s('Het gesprek duurde 45 minuten en verliep rustig.'),
	s('Ze woont op 200 meter van de school, maar komt vaak te laat.'),
	s('Hij was onderweg 2 uur kwijt door een staking bij De Lijn.'),
	s('Het speelplein is 3 weken gesloten voor renovatie.'),
	s('In groep 3 en 4 werkt de zorgleerkracht met kleine groepjes.'),
	s('De oudervereniging zamelt geld in voor de schoolreis naar Brugge.'),
	s('Het e-mailadres van de school staat op de website; mail liefst via Smartschool.'),
	s('Tolk Dari en tolk Pasjtoe zijn beide aangevraagd voor dinsdag.'),
	s('Het Rode Kruis verdeelt op 18 december speelgoed in de sporthal.'),
	s('Op 1 september start het nieuwe schooljaar met een onthaaldag.'),
	s('Er zijn 12 kinderen op de wachtlijst voor de huiswerkbegeleiding.'),
	s('Stap 2 van de methode: werk aan de relatie in de casus.'),
	s('Zorgfase 1 en 2 zijn doorlopen, fase 3 wordt besproken in februari.'),
	s('De intake duurde anderhalf uur, met pauze om 10.15 uur.'),
	s('Het project loopt tot 30/06/2026 en wordt gesubsidieerd door de provincie.'),
	s('Het verslag van het MDO van 07/11/2024 staat op de gedeelde schijf.'),
	s('Voor de nieuwe leerlingen loopt de inschrijving van 1 tot 15 maart.'),
	s('De school vraagt 2,50 euro per maaltijd; 40 gezinnen krijgen korting.'),
	s('Opvolgmoment na 6 weken, dus rond 20 oktober.'),
	s('Het kind zit in klas 3B en heeft een IAC-traject.'),
	s('De leerlingen van het 5de en 6de leerjaar gaan op 2 juni op bosklassen.'),
	s('Verslag 2024/115 van de klassenraad is bijgevoegd.'),
	s('Het gesprek vond plaats in de refter, tussen 12.05 en 12.50 uur.'),
	s('Een groepje van 4 à 5 kinderen blijft structureel te laat komen.'),
	s('Lieve collega’s, vergeet het overleg van vrijdag niet.'),
	s('Welkom aan alle nieuwe gezinnen in de Sint-Annawijk.'),
	s('De vzw Lotus biedt vanaf april een praatgroep voor jongeren.'),
	s('Deze casus toont hoe belangrijk het is dat ouders vroeg betrokken worden.'),
	s('Hun dossier bij het OCMW loopt sinds 2021.'),
	s('Het budget van 3.500 euro voor schoolkosten is voor 80% opgebruikt.'),
	s('De leerling haalde 68% op het rapport van december.')
];

export const TEST_SET: readonly LabelledSentence[] = [...WITH_PERSONAL_DATA, ...WITHOUT_PERSONAL_DATA];
