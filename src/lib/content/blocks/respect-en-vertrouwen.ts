import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'respect-en-vertrouwen',
	number: 4,
	title: 'Werken aan respect en vertrouwen',
	summary: 'Elkaar waarderen en op elkaar kunnen rekenen, zodat je samen durft te leren en iets te wagen.',
	introduction: [
		'Respect en vertrouwen groeien als je elkaar waardeert. Vertrouwen vraagt tijd en goede ervaringen. Het vraagt ook ruimte voor de eigen manier van werken van elke partner. Respect gaat over geven en nemen, in beide richtingen.',
		'Vertrouwen en samenwerken versterken elkaar. Partners die elkaar vertrouwen, kijken verder dan hun eigen belang. Ze leren makkelijker van elkaar. Ze durven samen iets nieuws te proberen, ook als de uitkomst nog onzeker is.',
		'Omgekeerd groeit vertrouwen door samen te werken. Je merkt dat je op de ander kunt rekenen. Je viert samen kleine successen. Elke goede ervaring is een schakel. Zo groeit vertrouwen, stap voor stap.'
	],
	insights: [
		{
			title: 'Betrouwbaarheid',
			body: [
				'Wie vertrouwen wil krijgen, moet zelf betrouwbaar zijn. Houd je aan afspraken. Doe wat je belooft, en vertel wat je doet. Houd elkaar op de hoogte en werk open. Durf ook te tonen wat je moeilijk vindt. Spreek samen af wat je van elkaar verwacht.',
				'Weet je weinig over de werking van de ander? Dan ontstaat snel onbegrip, of zelfs wantrouwen. Ga daarom bij elkaar langs. Echte ontmoeting helpt veel.'
			]
		},
		{
			title: 'Competentie',
			body: [
				'Leerkrachten, welzijnswerkers en ouders hebben elk waardevolle kennis en ervaring. Zie die als gelijkwaardig en zet ze samen in. Dan wordt de omgeving van het kind sterker, op school en thuis.',
				'Erken wat de ander kan, en doe er ook echt een beroep op. Geef ruimte aan de kennis die er is en vraag er actief naar. Neem verschillende standpunten mee van bij het begin. Dan staat iedereen achter het resultaat.'
			]
		},
		{
			title: 'Integriteit',
			body: [
				'Zeg eerlijk wat jij belangrijk vindt. Toon tegelijk echte interesse in wat de ander nodig heeft en denkt.',
				'Werk zonder verborgen agenda. Wat je zegt en wat je doet, moet kloppen met je waarden.'
			]
		},
		{
			title: 'Waardering',
			body: [
				'Zeg hardop hoe je de samenwerking ervaart en wat je eraan waardeert. Waardering geeft motivatie. Ze geeft mensen ook de moed om iets te wagen: een kwetsbare vraag stellen, of een gek idee delen.',
				'Dat heet de vertrouwenslus (in het Engels: trust building loop). Iemand zet een gewaagde stap. De anderen reageren met zorg en waardering. Daardoor groeit het vertrouwen, bij die persoon en bij de anderen. Zo durven mensen steeds meer: zich tonen, iets ondernemen, eens mislukken, anders denken.'
			]
		},
		{
			title: 'Verantwoordelijkheid',
			body: [
				'Blijf kritisch kijken naar je eigen aanbod en je eigen werk. Wat kan anders of beter? Bespreek dat open met je partners.',
				'Voelt elke partner zich mee verantwoordelijk voor de kansen van kinderen? En voor wat die kansen in de weg staat? Dan kun je samen iets veranderen. Een concreet project helpt om dat gevoel om te zetten in actie. Dat mag ook een klein proefproject zijn.',
				'Elk succes dat je samen boekt, toont hoe de ander zich inzet. Dat geeft het vertrouwen een duw. Zo durf je later ook grotere uitdagingen aan.'
			]
		}
	],
	inspiration: {
		title: 'De vertrouwenslus: een school als warm trefpunt',
		body: [
			'Vertrouwen groeit in een lus. Het begint als iemand in het team een risico neemt, bijvoorbeeld door een ongewoon idee te delen. Ontvangt het team dat met zorg en respect? Dan groeit het vertrouwen. Een volgend teamlid durft dan ook een sprong te wagen.',
			'Zo kan een school uitgroeien tot een warm en open trefpunt voor partners en gezinnen. De lus loopt in vier stappen. Je start met verwachtingen, op basis van wat je van elkaar weet of wat je afsprak. Je hebt genoeg vertrouwen om je kwetsbaar op te stellen en een eerste stap te zetten. Je mikt op kleine, haalbare resultaten die lukken. En dat succes versterkt het vertrouwen, zodat je daarna meer kunt wagen.'
		]
	},
	reflectionQuestions: [
		'Hoe zorg je voor een veilige en warme plek, waar partners en ouders zich welkom voelen?',
		'Welke mensen hebben het vertrouwen van gezinnen al? Denk aan een brugfiguur of een vast aanspreekpunt. Wat kun je van hen leren om zelf een band met ouders op te bouwen?',
		'Hoe toon je dat je de inzet en de sterktes van partners waardeert? Van organisaties, en ook van ouders?',
		'Hoe maak je duidelijk dat je vertrouwt op de expertise van de ander?',
		'Hoeveel ruimte krijgen partners om hun ideeën, noden en verwachtingen te zeggen? Wat hebben ze nodig om dat veilig te kunnen doen?',
		'Twee partijen vertrouwen elkaar (nog) niet. Hoe kun je tussen hen bemiddelen en het gesprek openhouden? Hoe voorkom je dat je zelf partij kiest?',
		...recurringQuestions('respect-en-vertrouwen')
	],
	methods: ['respect-en-vertrouwen']
};
