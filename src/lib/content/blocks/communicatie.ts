import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'communicatie',
	number: 6,
	title: 'Werken aan communicatie',
	summary: 'Open, duidelijk en op tijd met elkaar praten, met respect voor elke partner en voor het gezin.',
	introduction: [
		'Goed communiceren lijkt vanzelfsprekend. Toch loopt het vaak mis. Communicatie zit in alles wat je samen doet. Daarom loont het om bewust aan een paar voorwaarden te werken.',
		'Communiceer open en toegankelijk. Heb oog voor de positie, de leefwereld en de ervaring van elke partner: de school, het gezin, het CLB, de welzijnspartner en de brugfiguur. Erken ook hun vakkennis.',
		'Deze bouwsteen hangt samen met alle andere. Je praat met elkaar vanuit het gedeelde doel, en met respect.'
	],
	insights: [
		{
			title: 'Communiceer open en transparant',
			body: [
				'Stem goed af met je gesprekspartner. Check eerst welke informatie de ander al heeft, en wat hij nog mist. Vul niet in voor de ander: zo ontstaan misverstanden. Zeg welke informatie je wilt delen, en waarom. Dan kan iedereen als gelijke meepraten.',
				'Wees ook open over keuzes in beleid en budget. Wie krijgt wat, en waarom? Gelijke kansen betekent soms dat je middelen ongelijk verdeelt. Extra geld gaat dan naar de scholen en leerlingen die het meest nodig hebben. Leg zulke keuzes uit vanuit het gedeelde doel.',
				'Spreek ook af wie welke informatie nodig heeft, en wat je niet zomaar kunt delen. Leer elkaars regels over beroepsgeheim en ambtsgeheim kennen. Meer daarover lees je bij ‘afstemming en taakafbakening’.'
			]
		},
		{
			title: 'Communiceer verstaanbaar',
			body: [
				'Samenwerken lukt beter als iedereen elkaar echt begrijpt. Kies woorden die elke partner begrijpt. Laat vakjargon weg. Check of een woord voor iedereen hetzelfde betekent. Een zorgcoördinator weet wat ‘brede basiszorg’ is, maar een brugfiguur misschien niet.',
				'Ga er niet te snel van uit dat de ander je begrijpt. Laat ruimte voor vragen. Vat samen wat je hoorde, of zeg het in je eigen woorden na. Zo voorkom je misverstanden.'
			]
		},
		{
			title: 'Communiceer op het juiste moment',
			body: [
				'Niet alleen wat je zegt telt, maar ook wanneer. Deel je informatie op tijd, dan kunnen partners sneller inspelen op wat nodig is. Signalen gaan niet verloren en beslissingen komen niet te laat.',
				'Overleg daarom soms al vroeg, ook als nog niet alles duidelijk is. Dan kunnen anderen mee nadenken en mee handelen.'
			]
		},
		{
			title: 'Communiceer op een passende manier',
			body: [
				'Pas je boodschap aan de ander aan. Wat is zijn situatie? Welk tempo past? Welke positie heeft hij? Toon echte interesse. Zoek woorden die verbinden.',
				'Niet elke boodschap moet meteen en aan iedereen gezegd worden. Denk na: wat zeg je, aan wie, wanneer en waarom? Soms werk je beter stap voor stap. Bouw dan eerst vertrouwen en draagvlak op.',
				'Tussen een lokaal bestuur en zijn partners loopt het gesprek niet altijd vlot. Politieke gevoeligheden spelen mee. Daardoor wordt niet alles rechtstreeks of volledig gezegd. Dan ontstaan er vragen over wie aan welke kant staat. Communiceer daarom bewust en gericht, zodat de informatie bij de juiste mensen komt.'
			]
		},
		{
			title: 'Communiceer met de juiste mensen',
			body: [
				'Kijk goed wie je uitnodigt, en wanneer. Wie moet erbij zijn om een goede beslissing te nemen? Is de groep goed samengesteld? Dan bepaalt niet één partij alles. Elke stem krijgt evenveel ruimte. Zo neem je beslissingen echt samen.'
			]
		},
		{
			title: 'Communiceer in verschillende vormen',
			body: [
				'Niet alleen je woorden tellen. Ook je lichaamstaal en je gezicht zeggen iets. Let daarop, zeker als het gesprek moeilijk is.',
				'Elkaar in het echt ontmoeten verlaagt de drempel voor later contact. In een live gesprek is er ruimte voor een informeel woord. Dat versterkt het vertrouwen. Wissel daarom af: digitaal, op papier en in levenden lijve.'
			]
		},
		{
			title: 'Communiceer vanuit een betrokken houding',
			body: [
				'Goed communiceren is meer dan informatie doorgeven. Het vraagt echte betrokkenheid. Sta open voor wat er leeft. Volg aandachtig wat de ander zegt. Probeer de context te begrijpen.',
				'We luisteren altijd door onze eigen bril. Luister je met extra inleving, dan spreken we van ‘beluisteren’. Je probeert te vatten wat de ander echt wil zeggen, en wat erachter zit. Zo ontstaan begrip en vertrouwen. Iedereen voelt zich gehoord en erkend.'
			]
		}
	],
	inspiration: {
		title: 'Een neutrale plek om vrij te praten',
		body: [
			'Op één plek was er een sterk wij-zij-gevoel tussen de partners. Ze wilden op een andere manier met elkaar praten en elkaar opnieuw betrekken. Daarom vroegen ze een neutrale, externe organisatie om hulp.',
			'Die zette een forum op waar iedereen vrij kon praten. Er lag geen voorstel op tafel en er was geen agenda. Zo werd duidelijk hoe elke partner werkt, welke vaktaal hij gebruikt en wat er mogelijk is. Door die open gesprekken vonden de partners de weg naar samenwerking terug.'
		]
	},
	reflectionQuestions: [
		'Hoe ga je na of ouders begrijpen wat je zegt? Voelen ze zich gehoord?',
		'Let je op je lichaamstaal en je gezicht? Zeker als een gesprek moeilijk loopt?',
		'Pas je je taal aan als je praat met mensen uit een andere sector, zoals welzijn, onderwijs of het lokaal bestuur? Vermijd je vakjargon? En hoe praat je met ouders?',
		'Hoe gevoelig is de beslissing die je moet meedelen? Kies je bewust het beste middel? Bijvoorbeeld een gesprek in plaats van een e-mail.',
		'Deel je informatie op tijd? Wanneer kwam een bericht te laat, en wat leer je daaruit?',
		'Zitten de juiste mensen aan tafel? Krijgt elke stem evenveel ruimte?',
		...recurringQuestions('communicatie')
	],
	methods: ['communicatie']
};
