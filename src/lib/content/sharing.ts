// Information sharing between partners: the legal frames and the consent choices, explained in
// plain Dutch (B1). Content, not code: reviewed and extended here, shown by the sharing pages.
// This is a first orientation, not legal advice; the pages say so too.
import type { ConsentRequirement, LegalFrame } from '$lib/domain/partnerships/enums';

export interface Explained {
	title: string;
	/** One sentence for lists and forms. */
	short: string;
	/** A few plain paragraphs. */
	body: string[];
}

export const LEGAL_FRAME_INFO: Record<LegalFrame, Explained> = {
	beroepsgeheim: {
		title: 'Beroepsgeheim',
		short: 'Wie door zijn beroep vertrouwelijke dingen hoort, houdt die voor zich.',
		body: [
			'Sommige beroepen krijgen veel in vertrouwen te horen: een CLB-medewerker, een maatschappelijk werker van het OCMW of het CAW, een arts. Zij hebben beroepsgeheim (artikel 458 van het Strafwetboek).',
			'Dat betekent: wat zij via hun werk te weten komen, geven ze niet door. Alleen als de wet het toelaat of verplicht, mag het wel. Bijvoorbeeld in een noodsituatie, of wanneer er gedeeld beroepsgeheim of een casusoverleg is.',
			'Wie het geheim schendt, kan gestraft worden. Twijfel je? Deel dan niets en vraag eerst raad in je eigen organisatie.'
		]
	},
	gedeeld_beroepsgeheim: {
		title: 'Gedeeld beroepsgeheim',
		short: 'Hulpverleners met beroepsgeheim delen onderling wat nodig is voor dezelfde hulp.',
		body: [
			'Hulpverleners die allemaal beroepsgeheim hebben, mogen onder voorwaarden informatie met elkaar delen. Zo hoeft een gezin niet bij elke dienst opnieuw zijn verhaal te doen.',
			'De voorwaarden: iedereen die meedeelt heeft zelf beroepsgeheim. Jullie werken aan dezelfde opdracht voor hetzelfde kind of gezin. Je deelt alleen wat nodig is voor die opdracht. En de ouders of de jongere weten dat je deelt, en met wie. In de regel vraag je ook hun toestemming.',
			'Een leerkracht heeft geen beroepsgeheim in deze zin. Gedeeld beroepsgeheim geldt dus niet zomaar tussen een school en een hulpverlener.'
		]
	},
	discretieplicht: {
		title: 'Discretieplicht (leerkrachten)',
		short: 'Schoolpersoneel gaat zorgvuldig om met wat het over leerlingen weet.',
		body: [
			'Leerkrachten en ander schoolpersoneel hebben een discretieplicht. Ze gaan voorzichtig om met wat ze over leerlingen en gezinnen weten, en vertellen het niet verder als dat niet nodig is.',
			'Die plicht is minder streng dan het beroepsgeheim. Een leerkracht mag informatie delen met wie ze echt nodig heeft om de leerling te helpen, zoals de zorgcoördinator of het CLB. Maar het is geen vrijbrief om alles door te geven.',
			'Andersom geldt: wie beroepsgeheim heeft, kan niet alles met de school delen. De school krijgt vaak alleen te horen wat ze nodig heeft om de leerling goed te begeleiden.'
		]
	},
	ambtsgeheim: {
		title: 'Ambtsgeheim',
		short: 'Wie voor een overheid werkt, verspreidt geen vertrouwelijke informatie uit zijn functie.',
		body: [
			'Medewerkers van een overheid hebben ambtsgeheim. Dat geldt bijvoorbeeld voor personeel van de gemeente of het OCMW, en voor leerkrachten in het onderwijs van de Vlaamse Gemeenschap, een stad of een provincie.',
			'Vertrouwelijke informatie die ze via hun functie krijgen, mogen ze niet zomaar verspreiden. Het ambtsgeheim beschermt de burger en de goede werking van de dienst.',
			'Het ambtsgeheim staat niet in de weg dat je informatie doorgeeft aan collega’s die ze nodig hebben voor hun opdracht. Deel niet meer dan dat.'
		]
	},
	casusoverleg_458ter: {
		title: 'Casusoverleg (artikel 458ter Strafwetboek)',
		short: 'In een wettelijk geregeld casusoverleg mogen deelnemers geheime informatie delen om iemand te beschermen.',
		body: [
			'Artikel 458ter van het Strafwetboek maakt een uitzondering op het beroepsgeheim. In een casusoverleg mogen deelnemers geheime informatie met elkaar delen. Dat kan alleen als een wet, een decreet of een ordonnantie dat overleg regelt, of als de procureur des Konings het toelaat.',
			'Het doel moet zijn: de lichamelijke of psychische integriteit van iemand of van zijn gezin beschermen, of zware criminaliteit voorkomen. Je deelt alleen wat voor dat doel nodig is.',
			'Wie deelneemt, houdt geheim wat in het overleg gezegd wordt. De betrokkenen worden vooraf geïnformeerd, tenzij dat hen of het doel in gevaar brengt.'
		]
	}
};

export const CONSENT_INFO: Record<ConsentRequirement, Explained> = {
	none: {
		title: 'Geen toestemming nodig',
		short: 'Het wettelijk kader laat het delen toe zonder toestemming.',
		body: [
			'Soms laat de wet het delen toe zonder toestemming, bijvoorbeeld in een casusoverleg volgens artikel 458ter. Informeer ouders en jongere toch over wat je deelt, tenzij dat hun veiligheid in gevaar brengt.'
		]
	},
	parents: {
		title: 'Toestemming van de ouders',
		short: 'De ouders, één ouder of de voogd geven toestemming.',
		body: [
			'Vraag de ouders om toestemming voordat je informatie deelt. Eén ouder of de voogd kan ook toestemming geven. Leg uit wat je deelt, met wie en waarom, in woorden die ze begrijpen.'
		]
	},
	young_person: {
		title: 'Toestemming van de jongere (vanaf 12 jaar)',
		short: 'De jongere van 12 jaar of ouder geeft zelf toestemming.',
		body: [
			'Vanaf 12 jaar wordt een jongere in de regel in staat geacht om zelf te beslissen over zijn gegevens. Vraag dan de toestemming van de jongere zelf.',
			'Is een jongere van 12 of ouder daar toch niet toe in staat? Dan beslissen de ouders. Schrijf op waarom.'
		]
	},
	parents_and_young_person: {
		title: 'Toestemming van ouders én jongere',
		short: 'Zowel de ouders (of één ouder of de voogd) als de jongere geven toestemming.',
		body: ['Vraag de toestemming van de ouders en van de jongere. Pas als beide er zijn, deel je informatie.']
	}
};

/** Said on the sharing pages: an orientation, not legal advice. */
export const SHARING_DISCLAIMER =
	'Deze uitleg helpt jullie op weg. Het is geen juridisch advies. Twijfel je? Vraag raad aan de privacyverantwoordelijke of de jurist van je organisatie.';
