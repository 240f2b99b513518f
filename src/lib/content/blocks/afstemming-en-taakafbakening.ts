import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'afstemming-en-taakafbakening',
	number: 5,
	title: 'Werken aan afstemming en taakafbakening',
	summary:
		'Samen afspreken wie wat doet, vanuit het gedeelde doel, zodat elke partner zich goed voelt bij de verdeling.',
	introduction: [
		'Elke partner heeft een eigen opleiding en een eigen expertise. Sommige beroepen hebben ook eigen wettelijke regels, zoals het beroepsgeheim of vaste procedures. Is niet duidelijk wie wat mag en kan? Dan loopt het snel mis.',
		'Maak daarom samen afspraken over het doel én over de weg ernaartoe. Houd rekening met de context, met de tijd die partners hebben en met de regels van elk beroep. Neem er tijd voor, ook los van een concrete casus. Zo kom je over de muurtjes tussen sectoren heen.'
	],
	insights: [
		{
			title: 'Zeg open wat je kunt, en blijf samen zoeken',
			body: [
				'De welzijnssector is groot en divers. Een OCMW werkt anders dan een Huis van het Kind. En verenigingen waar armen het woord nemen, werken weer anders. Voor een school is dat niet altijd makkelijk te overzien.',
				'Vertel daarom wat je organisatie aanbiedt. Maar stop daar niet. Stel ook de vraag: hoe kunnen we elkaar aanvullen? Wat missen we nog? Wat kunnen we meer of anders doen?',
				'Teken samen een netwerkkaart met alle partners en hulpbronnen, formeel en informeel. Kijk ook welke platformen en projecten al bestaan. Denk aan de Brede School, het GBO, onderwijscentra of de pedagogische begeleidingsdienst. Vraag hen gerust om advies.'
			]
		},
		{
			title: 'Verdeel de taken vanuit het gedeelde doel',
			body: [
				'Begin bij het waarom. Simon Sinek noemt dat de ‘why’: wat is de diepere reden om samen te werken? Voor deze bouwstenen is dat: alle kinderen zoveel mogelijk kansen geven om te leren en te groeien.',
				'Daarna volgt de vraag: wie neemt wat op? Een goede taakverdeling geeft duidelijkheid. Iedereen weet waar hij zich voor inzet.',
				'Een zorgcoördinator en een CLB-medewerker werken bijvoorbeeld elk binnen een eigen mandaat. Komt er een nieuwe nood bij, zoals een probleem met huisvesting? Zoek dan samen de juiste partner. Niet iedereen kent elk beroep even goed. Leg dus uit wat je doet. En spreek duidelijk af wie de coördinatie opneemt.'
			]
		},
		{
			title: 'Blijf flexibel als de samenwerking verandert',
			body: [
				'De context verandert, en het beleid laat zich voelen in de praktijk. Soms moet je daarom oude afspraken loslaten. Krijgt een organisatie een nieuwe opdracht? Dan heeft ze tijd nodig om een nieuwe manier van samenwerken te vinden.',
				'Houd rekening met elkaars agenda en ritme. Een lokaal bestuur volgt bijvoorbeeld vaste stappen om een beslissing voor te bereiden. Zeg zulke dingen hardop. Dan begrijpt iedereen beter waarom een beslissing soms wat tijd vraagt.'
			]
		},
		{
			title: 'Denk in rollen, niet alleen in taken',
			body: [
				'Het RASCI-model helpt om rollen te verdelen over organisaties heen. Per taak spreek je af wie R is: die voert de taak uit. A is eindverantwoordelijk. S ondersteunt. C wordt om raad gevraagd. En I wordt op de hoogte gehouden.',
				'Baken taken niet te strikt af. Kijk na een tijd samen terug. Zit iedereen nog op het goede spoor? Moet er iets anders? De hele groep draagt samen zorg voor de verdeling. Denk ook aan wat er gebeurt als iemand wegvalt. Een zieke leerkracht wordt vervangen. Maar als een brugfiguur stopt, verdwijnen sommige gezinnen misschien uit beeld. Wie neemt dat contact dan over?',
				'Een rol is ruimer dan een taak. Het is een bundel taken die samen één doel dienen. Een rol kun je flexibel invullen, en soms tijdelijk anders. Zo kun je in een casus vragen: wie staat het dichtst bij dit gezin? Dat is niet altijd wie de taak op papier heeft.'
			]
		},
		{
			title: 'Maak afspraken over beroepsgeheim en privacy',
			body: [
				'Onderwijs en welzijn moeten zorgvuldig omgaan met privacy, beroepsgeheim en ambtsgeheim. Open communiceren mag het vertrouwen van gezinnen niet schaden. En het moet binnen de wet blijven. Het is telkens zoeken naar evenwicht.',
				'Een school wil een kind goed kunnen opvolgen. Ze voelt zich soms buitengesloten als ze geen informatie krijgt. Geef dan een korte stand van zaken, zonder details. Spreek als hulpverlener vooraf met de leerkracht, de directie of de zorgcoördinator af wat je wel en niet zult terugkoppelen.',
				'In welzijn is gedeeld beroepsgeheim gewoon: hulpverleners delen informatie als dat het gedeelde doel dient, en ze zijn daar open over tegen het gezin. Breng de organisaties die een geheim moeten bewaren samen rond de tafel. Spreek af wat je deelt en hoe. Vaak is het eenvoudigste: vraag de ouders erbij. Dan vertellen zij zelf wat ze kwijt willen, terwijl de professionals erbij zijn.'
			]
		}
	],
	inspiration: {
		title: 'Praten over beroepsgeheim',
		body: [
			'In een stad merkten het lokaal bestuur, scholen en welzijnspartners hoe moeilijk het is om vlot te communiceren en tegelijk het beroepsgeheim te respecteren. Een school wil graag snel en duidelijk doorverwijzen. Maar de organisaties botsten op verschillende regels en verwachtingen.',
			'Welzijnswerkers delen informatie vaak binnen het gedeelde beroepsgeheim. Dat maakt het contact met ouders makkelijker. Een lokaal bestuur heeft daarnaast ook een politieke en juridische verantwoordelijkheid. Dat leidde soms tot misverstanden, terwijl het bestuur even betrokken was. De les: bespreek openlijk hoe elke partner met het beroepsgeheim omgaat. Dat versterkt het vertrouwen en de samenwerking.'
		]
	},
	reflectionQuestions: [
		'Gebruiken jullie in je casussen de expertise die er al is bij de partners? Wat is daarvoor nodig?',
		'Wie zit er mee aan tafel, en wiens blik of rol mis je nog? Wie heb je nodig om dat voor een concrete casus uit te zoeken?',
		'Heb je betrokkenheid nodig van andere niveaus? Wat is nodig om hen mee aan tafel te krijgen?',
		'Kunnen jullie je agenda’s op elkaar afstemmen, praktisch en inhoudelijk? Vindt iedereen een punt even dringend?',
		'Hoe zoek je het evenwicht tussen een ruime rol en de taken die bij je functie en je mandaat passen?',
		'Weet iedereen wie bij een taak eindverantwoordelijk is, en wie ze uitvoert?',
		'Hoe houd je rekening met de kijk van ouders als je informatie deelt? Zeker als privacy of beroepsgeheim meespeelt.',
		...recurringQuestions('afstemming-en-taakafbakening')
	],
	methods: ['afstemming-en-taakafbakening']
};
