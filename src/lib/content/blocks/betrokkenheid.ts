import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'betrokkenheid',
	number: 3,
	title: 'Werken aan betrokkenheid op verschillende niveaus',
	summary: 'De werkvloer, de organisatie en het beleid samen laten dragen, zodat niemand er alleen voor staat.',
	introduction: [
		'Wie samenwerkt, botst vroeg of laat op drempels en gaten. Sommige kun je zelf niet oplossen. Er is geen geld of geen tijd, of het beleid volgt niet. Dan voel je je snel machteloos.',
		'Samenwerken gebeurt op drie niveaus. Op het microniveau werken professionals met kinderen en gezinnen. Op het mesoniveau zitten directies, coördinatoren en het lokaal bestuur. Op het macroniveau zitten onder meer de koepels, de begeleidingsdiensten en de hogere overheden. Leg je alles bij één niveau, dan loopt het vast.',
		'Maak de knelpunten daarom zichtbaar en bespreek ze. Kijk wat de organisatie en het beleid kunnen doen, zodat de professional op de werkvloer sterk staat. En geef signalen door aan wie er iets aan kan doen.'
	],
	insights: [
		{
			title: 'Leer samen uit casussen',
			body: [
				'Kijk verder dan de casus van vandaag. Welke knelpunten komen telkens terug? Welke acties zijn nodig op het niveau van het beleid? Zo krijgen de samenwerking en de casus op termijn meer ademruimte. En je sluit je niet op in één situatie.',
				'Bespreek casussen samen met mensen uit verschillende beroepen. Zoek in de verhalen naar wat gemeenschappelijk is. Waar liggen kansen? Waar zitten gaten? Zo zie je samen wie waarvoor verantwoordelijk is.',
				'Ook directies en coördinatoren moeten weten welke casussen er spelen. Zij overzien het geheel. Zij zien met wie samenwerken zinvol is. De sociale kaart is daarbij een goed startpunt.'
			]
		},
		{
			title: 'Houd de lijn tussen werkvloer en beleid open',
			body: [
				'Informatie moet blijven stromen: van de casus naar het beleid, en terug. Zo houden beleidsmakers en politici voeling met wat er echt gebeurt.',
				'Overleg in een regio, met scholen van verschillende netten, helpt daarbij. Op het macroniveau zijn onder meer de koepels, de pedagogische begeleidingsdiensten, de provincie, Vlaanderen en het federale niveau actief. Zij kunnen beslissen, kennis delen en netwerken opstarten.',
				'Het politieke klimaat speelt mee. Maakt een overheid andere keuzes en stopt ze haar steun? Dan komt de samenwerking onder druk. Houd daar rekening mee.'
			]
		},
		{
			title: 'Maak het netwerk helder, en pas op voor netwerkeuforie',
			body: [
				'Je hebt een netwerk binnen je eigen organisatie en een netwerk daarbuiten. Maar een netwerk is geen doel op zich. Zitten er veel professionals rond de tafel? Dan helpt dat een kind nog niet vanzelf. Wie dat vergeet, lijdt aan netwerkeuforie.',
				'Houd de noden en de leefwereld van kinderen en gezinnen centraal, niet de vraag wie wat doet. Durf ook je eigen aanbod en de spelregels in vraag te stellen. De winst van het netwerk moet eerst naar de kinderen en gezinnen gaan. Denk aan gedeelde expertise, begeleiding op maat of een beter onderbouwde werking.',
				'Zeg duidelijk waarom het netwerk bestaat. Kijk geregeld na of het nog werkt. Een netwerk mag ook tijdelijk zijn, rond één actie. Kleine, snelle successen tonen meteen wat het oplevert. Dat houdt mensen betrokken.'
			]
		},
		{
			title: 'Maak betrokkenheid tastbaar',
			body: [
				'Een convenant, een actieplan of een overeenkomst legt vast wie waarvoor verantwoordelijk is, op elk niveau. Zo wordt de samenwerking tastbaar.',
				'Toon dat je enthousiast bent over het netwerk. Zorg voor formele en informele momenten. Ken de mensen in je netwerk en durf hen om inzet te vragen. Toets je acties geregeld aan de visie.',
				'Betrokkenheid in je eigen organisatie begint bij een leidinggevende die vertrouwen en ruimte geeft. Dan krijgt een medewerker het mandaat om een netwerk uit te bouwen en partners aan te spreken. Die medewerker kan wat hij leert ook intern delen, en voorstellen doen voor het beleid.'
			]
		},
		{
			title: 'Maak structurele problemen zichtbaar',
			body: [
				'Politiserend werken komt uit het sociaal werk. Je verbindt de problemen van één gezin met oorzaken in de samenleving, zoals huisvesting of schoolkosten. Je maakt die zichtbaar, zodat er iets kan veranderen. Dat is meer dan een signaal doorgeven. Het gaat om grondrechten en sociale rechtvaardigheid.',
				'Een netwerk kan trends in kaart brengen en er zelf mee aan de slag gaan. Bijvoorbeeld met informatie, preventie en signalen aan het beleid. Zie jezelf als een deel van het systeem.',
				'Van het lokale niveau wordt veel verwacht, maar het kan niet alles. Beslissingen op hogere niveaus blijven nodig. Die zijn vaak versnipperd, en dat voel je op de werkvloer. Tegelijk ontstaan er hoopvolle burgerinitiatieven die scholen en kinderen steunen.'
			]
		}
	],
	inspiration: {
		title: 'Een dialoogeiland aan de kust',
		body: [
			'In een badstad waren er op school veel vragen over welzijn. Tegelijk startte er een project rond Lokale Bondgenotennetwerken. Daarom richtte men een ‘dialoogeiland’ op.',
			'Daar zitten de welzijnsdiensten van het lokaal bestuur en de schooldirecties samen rond de tafel. Ze werken gericht samen aan gelijke kansen voor alle kinderen op school. Ook de rol van de brugfiguur en van de zorgcoördinatoren komt er aan bod.'
		]
	},
	reflectionQuestions: [
		'In welke context werkt jullie samenwerking? Kun je het micro-, meso- en macroniveau onderscheiden? Maak er een netwerkkaart van.',
		'Wie zit er aan tafel, en waarom? Wie ontbreekt er? Wat zou die persoon of organisatie kunnen bijdragen aan het doel?',
		'Hoe gaan jullie om met signalen? Over welke signalen gaat het? Hoe brengen jullie ze samen?',
		'Zijn er formele contacten tussen de niveaus? Wie heeft het mandaat om die te leggen? Hoe krijg je een antwoord terug?',
		'Op welke beleidsniveaus werken jullie nu al samen? Nodigen jullie andere niveaus uit om af te stemmen?',
		'Hoe bespreken jullie concrete casussen? Is er intervisie? Gaat wat je leert ook naar het beleid?',
		'Krijgen de leden van het netwerk van hun organisatie een mandaat? Hoe ervaren ze dat? Wat is nodig als dat mandaat er niet is?',
		'Wat doet het netwerk om samen te blijven leren, binnen en buiten de eigen organisatie?',
		'Hoe voorkom je dat het netwerk vooral bezig is met afspraken en structuren, en niet met wat kinderen en gezinnen nodig hebben?',
		'Is er ook een informeel netwerk tussen de niveaus? Wat is nodig om informeel te overleggen?',
		...recurringQuestions('betrokkenheid')
	],
	methods: ['betrokkenheid']
};
