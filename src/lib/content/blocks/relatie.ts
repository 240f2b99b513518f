import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'relatie',
	number: 2,
	title: 'Werken aan relatie',
	summary: 'Tijd maken om elkaar te leren kennen, zodat je samen sterker staat voor kinderen en gezinnen.',
	introduction: [
		'Een goede werkrelatie maakt samenwerken makkelijker. Je spreekt elkaar vlotter aan. Je begrijpt elkaar sneller. En je stemt beter af. Daarvoor heb je tijd nodig, en die tijd moet je ook mogen nemen.',
		'Je bouwt op twee manieren aan een relatie. Soms investeer je in de relatie zelf: je ontmoet elkaar en legt contact, nog voor er een vraag is. Zo maak je een pad waar latere casussen gebruik van kunnen maken. Soms werk je samen rond één casus. Dan helpt de relatie die je al hebt. Beide zijn belangrijk, en ze wisselen elkaar af.',
		'Alle partners dragen samen zorg voor de relatie. Een goede relatie versterkt ook alle andere bouwstenen. Ze is als goede grond, waarin de samenwerking wortel schiet.'
	],
	insights: [
		{
			title: 'Ken je eigen rol en zeg wat je te bieden hebt',
			body: [
				'Wat kan jouw school of organisatie doen? Wat kun je intern navragen? En wat kun je niet? Zeg het duidelijk. Dan weten partners wat ze van jou mogen verwachten.',
				'Blijf tegelijk open. Kijk naar wat wél kan en verken samen nieuwe wegen. Wees geduldig: een relatie groeit traag. Zeg het ook als iets meer tijd vraagt.',
				'Blijf leren over je eigen vak. Toets je ideeën af in intervisie of supervisie. Zo blijf je kritisch over wat je zelf als vanzelfsprekend ziet, en blijft de samenwerking fris.'
			]
		},
		{
			title: 'Toon interesse en houd de relatie warm',
			body: [
				'Een goede relatie helpt je om breder te kijken. Je toont interesse in de ander. Je staat open voor een andere kijk. En je durft je eigen gewoontes en overtuigingen in vraag te stellen.',
				'Houd geregeld contact, ook als er geen probleem is. Dat kan formeel, op een overleg. Of informeel, bij een koffie.'
			]
		},
		{
			title: 'Leer elkaar kennen in een concrete casus',
			body: [
				'Werk je samen rond een kind of een gezin? Vertel elkaar hoe je de situatie ziet, en waarom. Leg uit welke woorden en kaders je gebruikt. Dan weet je hoe de ander erin staat.',
				'Werk als gelijken. Elk inzicht telt, en je toetst het samen af: met de andere professionals en met de ouders en het kind. Durf hulp te vragen. En bied zelf hulp, advies of kennis aan.',
				'Kijk achteraf samen terug. Hoe liep de samenwerking? Hoe groeide de relatie? Wat liep goed, en wat liep stroef? Geef die lessen door aan je eigen organisatie, zodat ook die kan bijsturen.'
			]
		},
		{
			title: 'Maak ruimte voor informele momenten',
			body: [
				'Een koffiemoment, een vorming samen, een ontmoeting op school: op zulke momenten leer je elkaar anders kennen. Het contact wordt vlotter en de drempel lager.',
				'Dat loont later. Wie elkaar al kent, voert ook een moeilijk gesprek makkelijker.'
			]
		},
		{
			title: 'Bouw aan de relatie tussen organisaties',
			body: [
				'Kijk wie al betrokken is en wie nog ontbreekt. Welke expertise zou het netwerk sterker maken? Plan vaste overlegmomenten, ook als er geen crisis is. Zo blijft de relatie stevig, over casussen heen.',
				'Zorg dat je organisatie zichtbaar is. Maak tijd voor ontmoeting en voor gesprekken over het vak. Deel geregeld nieuws, successen en moeilijkheden met je netwerk.',
				'Elke sector heeft eigen regels, bijvoorbeeld over beroepsgeheim. Dat maakt samenwerken soms lastig. Praat daar open over. Leg de relatie ook formeel vast. Dat geeft meer mandaat. Een brugfiguur die vast aan een school verbonden is, kan daar bijvoorbeeld makkelijker iets in gang zetten.'
			]
		}
	],
	inspiration: {
		title: 'Welzijnswerkers die je op school tegenkomt',
		body: [
			'In Brussel liep het project ‘Welzijnsvragen op school’ van GBO Brussel. Welzijnswerkers wilden beter zichtbaar zijn op school. Ze hielden vaste uren op school. En ze waren er op belangrijke momenten van het schooljaar. Zo leerden het schoolteam en de gezinnen hen kennen. Ze werden makkelijker aanspreekbaar. Ze begrepen de vragen van gezinnen beter en konden warm doorverwijzen.',
			'De familiescholen van ASKO werken op een gelijkaardige manier. Leerkrachten, hulpverleners, vrijetijdswerkers, de buurt en de ouders zijn er allemaal zichtbaar in het dagelijkse schoolleven. Ze komen niet pas als er een vraag is. Zo groeit stap voor stap vertrouwen: tussen de professionals, en met de ouders en de kinderen.'
		]
	},
	reflectionQuestions: [
		'Wat breng jij als professional in de samenwerking? Hoe zou je de weg beschrijven die je samen met de anderen aflegt?',
		'Wat neem je uit deze tekst mee als je samenwerkt met iemand uit een andere sector? En met iemand uit je eigen sector?',
		'Waar wil je extra op letten als je een nieuwe samenwerking start?',
		'Waar ben je zichtbaar voor je partners? Weten zij waar en wanneer ze je kunnen vinden? Hoe kunnen zij je organisatie helpen om zichtbaar te zijn?',
		'Welke tegenstellingen of hindernissen kwam je tegen in een casus? Hoe ging je daarmee om?',
		'Wanneer voelde je dat jullie als gelijken samenwerkten? Wat maakte dat mogelijk?',
		'Erken je als organisatie de expertise van je partners? Hoe laat je dat zien?',
		...recurringQuestions('relatie')
	],
	methods: ['relatie']
};
