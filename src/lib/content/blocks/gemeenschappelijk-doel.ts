import type { BuildingBlock } from '../types';
import { recurringQuestions } from './recurring';

export const block: BuildingBlock = {
	slug: 'gemeenschappelijk-doel',
	number: 1,
	title: 'Werken aan een gemeenschappelijk doel',
	summary: 'Samen bepalen waarom je samenwerkt en wat je wilt bereiken, met de kinderen en gezinnen erbij.',
	introduction: [
		'Een school en een welzijnsorganisatie kunnen samen vaak meer doen voor een kind dan elk apart. Maar dan moet je weten waarom je samenwerkt. Wat wil je bereiken? En wie heeft er baat bij?',
		'Een kind leert beter als het ook goed gaat thuis, in de buurt en in de vrije tijd. Leren en welzijn horen bij elkaar. Daarom heb je een brede kijk nodig. Geen enkele sector kan dat alleen.',
		'Een doel dat je deelt, geeft richting. Het helpt partners om keuzes te maken. En het houdt voor ogen voor wie je het allemaal doet.'
	],
	insights: [
		{
			title: 'Van versnippering naar verbinding',
			body: [
				'Elke partner werkt met eigen regels, eigen opdrachten en eigen woorden. Samenwerken voelt dan in het begin soms vreemd of spannend. Dat mag je zeggen. Praat open over de verschillen en vraag door. Waarom werkt de ander zo? Een doel delen is meer dan het eens worden. Je leert ook hoe de ander kijkt, en je probeert dat goed te begrijpen. Daarvoor heb je een veilige sfeer nodig (zie ‘respect en vertrouwen’) en een open houding (zie ‘communicatie’).',
				'Grenswerkers kunnen daarbij helpen. Dat zijn mensen die beide werelden goed kennen: onderwijs én welzijn. Een brugfiguur is vaak zo iemand. Grenswerkers vertalen, leggen verbanden en brengen mensen samen. Ze tonen welke doelen partners al delen zonder het te weten. En ze tonen wat je samen nog meer kunt bereiken.'
			]
		},
		{
			title: 'Van lineair naar collectief',
			body: [
				'Samenwerken is geen estafette, waarbij je het stokje doorgeeft en daarna stopt. De grenzen tussen opdrachten liggen niet vast. Je kunt erover praten, ze verschuiven en er soms over stappen.',
				'Kijk of een taak die ‘extra’ lijkt, toch past in je eigen opdracht. Draag de verantwoordelijkheid samen. Het doel komt eerst, de taakverdeling volgt.',
				'Moeilijke problemen vragen een creatieve aanpak. Die lukt het best samen: over school, gezin, buurt en hulp heen.'
			]
		},
		{
			title: 'Van de blik van de organisatie naar de leefwereld van het gezin',
			body: [
				'Vaak ligt het doel al vast voor je begint. Bijvoorbeeld: meer ouders bij de school betrekken, of gezinnen naar bestaande hulp leiden. Partners zijn het daar snel over eens. Maar wat vinden de gezinnen zelf? Hoe beleven zij de school en de hulp? Hoe tonen zij op hun manier dat ze betrokken zijn? Wat helpt hen echt?',
				'Luister daarom eerst. Zeker naar gezinnen in een kwetsbare situatie, die minder gehoord worden. Wat houdt hen bezig? Waar lopen ze tegenaan? Bepaal het doel niet in hun plaats, maar samen met hen. En doe dat vanaf het begin. Durf ook je eigen aanbod in vraag te stellen.'
			]
		},
		{
			title: 'Van vaag naar concreet',
			body: [
				'Een helder doel maakt het werk makkelijker. Breng daarom goed in beeld wat er aan de hand is, en waarom samenwerken nodig is. Hoe concreter, hoe beter.',
				'Schrijf het doel SMART: Specifiek, Meetbaar, Actief, Realistisch en Tijdsgebonden. Dan weet iedereen waarom je samenwerkt en wat je precies wilt bereiken.',
				'Een doel is nooit af. Situaties veranderen. Kijk daarom geregeld samen terug. Klopt het doel nog? Stuur bij waar het nodig is.'
			]
		}
	],
	inspiration: {
		title: 'Een wassalon in de school',
		body: [
			'Een basisschool merkte dat veel van haar gezinnen in armoede leefden. De school wilde die ouders beter leren kennen. Ze richtte een wassalon in, in het schoolgebouw. Gezinnen konden er gewoon hun was komen doen.',
			'Terwijl de machines draaiden, kwam iemand van de school even langs voor een babbel. Zo leerden ouders en school elkaar kennen, zonder drempel. Uit die losse gesprekken groeide veel contact. Het idee is breder bruikbaar: een school kan samen met partners een lokaal openzetten voor iets wat gezinnen nodig hebben. Zo wordt de school een plek waar mensen elkaar ontmoeten.'
		]
	},
	reflectionQuestions: [
		'Wie in jullie samenwerking is een grenswerker: iemand die onderwijs en welzijn allebei goed kent? Wie zou die rol kunnen opnemen?',
		'Verdelen jullie de verantwoordelijkheid vooral, of dragen jullie ze samen? Waar zie je dat?',
		'Welke grenzen tussen jullie opdrachten merk je? Wat blijft, bewust of onbewust, buiten beeld? Waar werken jullie naast elkaar in plaats van samen?',
		'Waar zou het kinderen en gezinnen helpen als je even buiten je vertrouwde taak stapt? Wat zou je dan samen anders aanpakken?',
		'Hoe en wanneer nemen jullie de ervaring van gezinnen mee? Wat betekent de situatie voor hen?',
		'Wie heeft geen inspraak in het doel? Wat is daar het risico van? En wat levert het misschien op?',
		'Is jullie doel concreet genoeg? Kan elke partner het in één zin uitleggen?',
		...recurringQuestions('gemeenschappelijk-doel')
	],
	methods: ['gemeenschappelijk-doel']
};
