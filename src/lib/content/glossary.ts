// Words that mean something else in each sector, explained in plain words. The knowledge base shows
// them and searches them; a partnership can copy a term into its own glossary and adapt it.
import type { Sector } from '$lib/domain/partnerships/enums';

export interface GlossaryEntry {
	/** Stable key for links and search: lower case, no spaces. */
	slug: string;
	term: string;
	/** What the word means for a professional in that sector. */
	meanings: Partial<Record<Sector, string>>;
	/** The same, in words a parent understands. */
	plainWords: string;
}

export const GLOSSARY: GlossaryEntry[] = [
	{
		slug: 'clb',
		term: 'CLB',
		meanings: {
			education:
				'Het centrum voor leerlingenbegeleiding. Het werkt samen met de school als een leerling vastloopt met leren, gezondheid of welbevinden.',
			welfare: 'Een partner voor leerlingen en ouders, los van de school, met een eigen beroepsgeheim.'
		},
		plainWords:
			'Een dienst die naast de school staat. Je kunt er gratis terecht met vragen over je kind en school. Wat je vertelt, blijft geheim.'
	},
	{
		slug: 'zorgcontinuum',
		term: 'Zorgcontinuüm',
		meanings: {
			education:
				'Hoe de school zorg opbouwt: eerst voor alle leerlingen, dan extra zorg voor sommigen, dan hulp van buiten de school.'
		},
		plainWords: 'De stappen die de school zet als je kind meer hulp nodig heeft, van klein naar groot.'
	},
	{
		slug: 'beroepsgeheim',
		term: 'Beroepsgeheim',
		meanings: {
			education:
				'Sommige medewerkers, zoals die van het CLB, mogen niet zomaar vertellen wat een leerling of ouder hen toevertrouwt.',
			welfare:
				'De plicht om te zwijgen over wat je als hulpverlener hoort. Delen kan alleen als de wet het toelaat of met toestemming.'
		},
		plainWords: 'Wat je aan een hulpverlener vertelt, mag die niet doorvertellen zonder jouw toestemming.'
	},
	{
		slug: 'gedeeld-beroepsgeheim',
		term: 'Gedeeld beroepsgeheim',
		meanings: {
			education:
				'Het CLB mag in een overleg iets delen met andere hulpverleners die ook beroepsgeheim hebben. Alleen wat nodig is voor de hulp, en de ouders weten het.',
			welfare:
				'Hulpverleners met beroepsgeheim mogen samen over een gezin praten als ze allemaal met dat gezin werken. Ze delen alleen wat nodig is, en liefst met toestemming.'
		},
		plainWords:
			'Soms praten hulpverleners samen over jouw gezin, om beter te helpen. Ze vertellen dan alleen wat echt nodig is. Ze zeggen je ook dat ze dat doen.'
	},
	{
		slug: 'brugfiguur',
		term: 'Brugfiguur',
		meanings: {
			education:
				'Een medewerker van de school of de gemeente die het contact tussen school en gezin makkelijker maakt. Vaak voor gezinnen die de school minder goed kennen.',
			welfare:
				'Iemand die ouders de weg wijst naar hulp buiten de school, zoals het OCMW of het CAW, en mee gaat als dat nodig is.',
			local_government:
				'Een functie die de gemeente vaak mee betaalt. De brugfiguur werkt op school, maar hoort bij het lokale netwerk.'
		},
		plainWords:
			'Iemand op school bij wie je als ouder terecht kunt met vragen. De brugfiguur helpt je de school te begrijpen en zoekt mee naar hulp.'
	},
	{
		slug: 'ocmw',
		term: 'OCMW',
		meanings: {
			local_government:
				'Het openbaar centrum voor maatschappelijk welzijn. Het hoort bij de gemeente en helpt mensen met geld, wonen en werk. Het geeft ook een leefloon.',
			welfare:
				'Een partner voor gezinnen die rond moeten komen met weinig geld. Een maatschappelijk werker kijkt mee naar wat het gezin nodig heeft.',
			education:
				'Een dienst waar de school ouders naar kan verwijzen als schoolkosten of andere rekeningen te zwaar worden.'
		},
		plainWords:
			'Een dienst van de gemeente. Je kunt er hulp vragen als je te weinig geld hebt, of hulp nodig hebt met wonen of werk.'
	},
	{
		slug: 'caw',
		term: 'CAW',
		meanings: {
			welfare:
				'Het centrum algemeen welzijnswerk. Iedereen kan er gratis terecht met vragen over relaties, geweld, wonen, geld of papieren.',
			education:
				'Een plek waar de school een leerling of ouder naar kan sturen met zorgen die groter zijn dan de school.'
		},
		plainWords:
			'Een plek waar je gratis kunt praten over problemen thuis, met geld, met wonen of met je relatie. Je hoeft geen afspraak te hebben.'
	},
	{
		slug: 'huis-van-het-kind',
		term: 'Huis van het Kind',
		meanings: {
			welfare:
				'Een samenwerking in de gemeente rond jonge gezinnen: opvoeding, gezondheid en ontmoeting. Kind en Gezin doet er vaak mee.',
			local_government: 'Een netwerk dat de gemeente trekt, met partners die ouders met kleine kinderen ondersteunen.',
			civil_society:
				'Een plek waar verenigingen en vrijwilligers activiteiten voor ouders en kinderen kunnen aanbieden.'
		},
		plainWords:
			'Een plek in je gemeente voor ouders met kinderen. Je kunt er terecht met vragen over opvoeden en gezondheid, en andere ouders ontmoeten.'
	},
	{
		slug: 'ondersteuningsnetwerk',
		term: 'Ondersteuningsnetwerk',
		meanings: {
			education:
				'Een groep scholen en diensten die leerkrachten en leerlingen extra steun geven, bijvoorbeeld bij een leerling met een handicap of een leerstoornis. Sinds 2023 heten ze leersteuncentra.'
		},
		plainWords:
			'Mensen van buiten de school die de school helpen als je kind extra steun nodig heeft in de klas. Zij komen naar de school toe.'
	},
	{
		slug: 'leerlingenbegeleiding',
		term: 'Leerlingenbegeleiding',
		meanings: {
			education:
				'Alles wat de school doet om leerlingen te helpen met leren, met de keuze van een studie, met gezondheid en met hoe ze zich voelen.',
			welfare: 'Het werk van de school en het CLB samen. Hulp van buiten de school sluit daarop aan.'
		},
		plainWords: 'De hulp die de school aan je kind geeft, zodat het goed kan leren en zich goed voelt.'
	},
	{
		slug: 'integrale-jeugdhulp',
		term: 'Integrale jeugdhulp',
		meanings: {
			welfare:
				'De manier waarop de diensten voor jeugdhulp in Vlaanderen samenwerken. Een gezin krijgt zo de hulp die past, zonder van loket naar loket te moeten.',
			education:
				'Hulp voor kinderen en jongeren buiten de school. Het CLB is vaak de toegang: het helpt ouders de juiste hulp te vragen.'
		},
		plainWords:
			'Alle hulp voor kinderen, jongeren en hun ouders werkt samen. Je hoeft je verhaal niet telkens opnieuw te vertellen.'
	},
	{
		slug: 'casusoverleg',
		term: 'Casusoverleg',
		meanings: {
			education: 'Een overleg over één leerling, met de mensen van de school en het CLB, soms met de ouders erbij.',
			welfare: 'Een overleg over één gezin, met de hulpverleners die er werken. Ze spreken af wie wat doet.',
			local_government: 'Een overleg over één situatie, waarin ook diensten van de gemeente mee aan tafel zitten.'
		},
		plainWords:
			'Een gesprek over jouw kind of jouw gezin, met de mensen die je helpen. Ze spreken samen af wie wat doet. Vaak mag je er zelf bij zijn.'
	},
	{
		slug: 'kansarmoede',
		term: 'Kansarmoede',
		meanings: {
			education:
				'Een gezin heeft minder kansen, door weinig geld, een slechte woning, geen werk of weinig contact met anderen. Dat weegt op hoe een kind leert.',
			welfare:
				'Armoede op veel vlakken tegelijk: geld, wonen, gezondheid, werk en netwerk. Het gaat vaak over generaties heen.',
			local_government:
				'Een thema van het lokale sociaal beleid. De gemeente meet het met cijfers, zoals kinderen die in armoede geboren worden.'
		},
		plainWords:
			'Als een gezin op veel vlakken tegelijk tekortkomt: geld, een goed huis, werk, gezondheid. Daardoor krijgen de kinderen minder kansen.'
	},
	{
		slug: 'schooltoeslag',
		term: 'Schooltoeslag',
		meanings: {
			education:
				'Geld uit het Groeipakket voor gezinnen met een laag inkomen, om schoolkosten te helpen betalen. Vroeger heette het de schooltoelage.',
			local_government:
				'Veel gezinnen krijgen het vanzelf. Wie het niet krijgt, kan geholpen worden bij de aanvraag, ook door de gemeente of het OCMW.'
		},
		plainWords:
			'Extra geld om de school van je kind te betalen, als je gezin weinig verdient. Vaak krijg je het vanzelf. De school of het OCMW kan je helpen.'
	},
	{
		slug: 'schoolkosten',
		term: 'Schoolkosten',
		meanings: {
			education:
				'Wat ouders betalen voor school: uitstappen, boeken, maaltijden, materiaal. In het basisonderwijs gelden er grenzen voor wat de school mag vragen.',
			welfare:
				'Een rekening die voor gezinnen met weinig geld zwaar weegt, en die vaak stil blijft liggen tot het te laat is.'
		},
		plainWords:
			'Wat je voor de school van je kind betaalt, zoals uitstappen en eten. Lukt het niet? Zeg het aan de school. Dat mag altijd, en samen zoek je een oplossing.'
	},
	{
		slug: 'spijbelen',
		term: 'Spijbelen',
		meanings: {
			education:
				'Een leerling is niet op school zonder goede reden. De school volgt dit op met het CLB, en moet het melden vanaf een aantal halve dagen.',
			welfare:
				'Een signaal dat er iets scheef zit, bij het kind of thuis. Het vraagt om een gesprek, niet alleen om straf.',
			local_government: 'Soms komt ook de politie of de gemeente in beeld, als een kind lange tijd wegblijft.'
		},
		plainWords:
			'Als je kind niet naar school gaat zonder goede reden. De school zal je daarover bellen. Praat erover, dan zoeken jullie samen wat er aan de hand is.'
	},
	{
		slug: 'welbevinden',
		term: 'Welbevinden',
		meanings: {
			education:
				'Hoe goed een leerling zich voelt op school: veilig, gezien en op zijn gemak. Dat is nodig om te kunnen leren.',
			welfare: 'Hoe het met een kind of een gezin gaat, ook buiten de school: thuis, met vrienden, in de buurt.'
		},
		plainWords: 'Hoe goed je kind zich voelt. Een kind dat zich goed en veilig voelt, leert makkelijker.'
	}
];
