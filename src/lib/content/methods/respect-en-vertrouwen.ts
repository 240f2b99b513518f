import type { Method } from '../types';

const TEXTAREA_MAX = 2000;
const TEXT_MAX = 200;

export const respectEnVertrouwenMethod: Method = {
	slug: 'respect-en-vertrouwen',
	block: 'respect-en-vertrouwen',
	title: 'De vertrouwenslus in vijf stappen',
	introduction:
		'Vertrouwen groeit niet vanzelf. Het groeit in een lus. Je zegt wat je verwacht. Je durft een kleine stap te zetten. Die stap lukt, en de anderen reageren met zorg. Dan durf je de volgende keer meer. Deze methode volgt die lus, naar het model van Vangen en Huxham. Je werkt aan betrouwbaarheid, aan eerlijkheid en aan respect voor wat elk kan, ook de ouders. Je zet samen een eerste kleine stap. En je zegt wat je waardeert.',
	steps: [
		{
			number: 1,
			slug: 'verwachtingen',
			title: 'Zeg wat je verwacht',
			goal: 'Elke partner zegt wat hij of zij van de samenwerking verwacht, en ook waar hij of zij aan twijfelt.',
			checklist: [
				'Zeg wat je van de anderen verwacht.',
				'Vraag wat de anderen van jou verwachten.',
				'Zeg waarop je verwachting steunt: wat je hoorde, wat je meemaakte, of wat op papier staat.',
				'Noem ook je twijfels.',
				'Vraag wat ouders van jullie samen verwachten.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wat verwacht ik van de anderen?',
					guidingQuestions: [
						'Wat hoop je dat de andere partners doen? Hoe snel, hoe vaak, op welke manier?',
						'Wat zou je teleurstellen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'expectOfOthers',
							label: 'Dit verwacht ik van de anderen',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat verwachten de anderen van mij?',
					guidingQuestions: [
						'Wat denk je dat de anderen van jou verwachten? Check het bij hen.',
						'Kun je dat waarmaken? Wat kun je niet waarmaken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'expectOfMe',
							label: 'Dit verwachten ze van mij, en dit kan ik waarmaken',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Waarop steunt mijn verwachting?',
					guidingQuestions: [
						'Ken je de partner al van vroeger? Hoe liep het toen?',
						'Ken je de partner vooral van horen zeggen?',
						'Welke twijfel heb je, die je nog niet hardop zei?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'expectBasis',
							label: 'Mijn verwachting steunt vooral op',
							options: [
								{ value: 'reputatie', label: 'Wat ik over de partner hoorde' },
								{ value: 'ervaring', label: 'Wat ik zelf met de partner meemaakte' },
								{ value: 'afspraken', label: 'Afspraken op papier' },
								{ value: 'niets', label: 'Nog nergens op: we kennen elkaar niet' }
							]
						},
						{
							kind: 'textarea',
							name: 'expectDoubts',
							label: 'Hier twijfel ik aan',
							hint: 'Schrijf het eerlijk en zonder verwijt.',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'betrouwbaar-en-eerlijk',
			title: 'Betrouwbaar en eerlijk',
			goal: 'Jullie checken of je doet wat je zegt, en of je eerlijk bent over wat je belangrijk vindt.',
			checklist: [
				'Kijk na of jullie de afspraken van de voorbije maanden nakwamen.',
				'Laat het weten als je een afspraak niet haalt, en zeg waarom.',
				'Zeg wat je belangrijk vindt, ook als het niet iedereen past.',
				'Werk zonder verborgen agenda.',
				'Leer elkaars werk kennen: ga eens een halve dag mee.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Doen we wat we zeggen?',
					guidingQuestions: [
						'Welke afspraken van het voorbije trimester hebben jullie gehaald? Welke niet?',
						'Als een afspraak niet lukte: wist de andere partner dat op tijd?',
						'Hoe ervaren ouders het? Komen jullie je beloftes aan hen na?'
					],
					fields: [
						{
							kind: 'choice',
							name: 'reliability',
							label: 'Wij komen onze afspraken na',
							options: [
								{ value: 'meestal', label: 'Meestal' },
								{ value: 'soms', label: 'Soms' },
								{ value: 'zelden', label: 'Zelden' }
							]
						},
						{
							kind: 'textarea',
							name: 'reliabilityExample',
							label: 'Een voorbeeld, en wat we ervan leren',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat vind ik echt belangrijk?',
					guidingQuestions: [
						'Welke waarden sturen je werk? Zeg ze hardop.',
						'Heb je een belang dat je nog niet noemde? Bijvoorbeeld cijfers die je moet halen voor een subsidie.',
						'Toon je echt interesse in wat de anderen belangrijk vinden?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'valuesOwn',
							label: 'Dit vind ik belangrijk in ons werk',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wat weten we nog niet van elkaar?',
					guidingQuestions: [
						'Wat begrijp je niet aan hoe de andere partner werkt?',
						'Hoe kun je elkaars werk van dichtbij zien? Bijvoorbeeld mee naar een teamvergadering, of een dag meelopen.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'contextGaps',
							label: 'Dit willen we van elkaar leren kennen',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 3,
			slug: 'erken-wat-elk-kan',
			title: 'Erken wat elk kan, ook de ouders',
			goal: 'Jullie zien en gebruiken de kennis van elke partner, en de kennis van ouders en kinderen telt even zwaar mee.',
			checklist: [
				'Zeg wat elke partner goed kan.',
				'Vraag een partner om hulp bij wat hij of zij goed kan.',
				'Zie ouders als kenners van hun eigen kind.',
				'Geef ouders en kinderen een echte plek in het overleg.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Waar is elke partner sterk in?',
					guidingQuestions: [
						'Wat kan de CLB-medewerker, de brugfiguur of de maatschappelijk werker van het OCMW wat jij niet kunt?',
						'Wanneer vroeg je voor het laatst een partner om raad?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'competencePartners',
							label: 'Hier zijn onze partners sterk in',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat weten ouders en kinderen?',
					guidingQuestions: [
						'Wat weten ouders over hun kind dat jullie niet weten?',
						'Wat weten kinderen over hun klas, hun buurt of hun vrije tijd?',
						'Hoe laten jullie merken dat die kennis telt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'competenceParents',
							label: 'Dit weten ouders en kinderen beter dan wij',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Hoe laten we die kennis meetellen?',
					guidingQuestions: [
						'Kunnen ouders mee aan tafel bij het overleg over hun kind?',
						'Krijgen ouders het woord eerst, voor de professionals spreken?',
						'Hoe vraag je een kind naar zijn mening, op zijn niveau?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'competenceHow',
							label: 'Zo laten we ieders kennis meetellen',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 4,
			slug: 'een-kleine-stap',
			title: 'Zet samen een kleine stap',
			goal: 'Jullie zetten één bescheiden stap samen: een proef met een trekker, een einddatum en een moment om terug te kijken.',
			checklist: [
				'Kies iets kleins dat kan lukken.',
				'Geef de proef een trekker.',
				'Zet een einddatum en een datum om terug te kijken.',
				'Zeg vooraf waaraan je ziet dat het gelukt is, ook voor gezinnen.',
				'Spreek af dat een misser geen schuldvraag wordt.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Kies een kleine proef',
					guidingQuestions: [
						'Welke stap kunnen jullie samen zetten in de komende weken?',
						'Bijvoorbeeld: de CAW-medewerker schuift drie maanden lang elke maand aan bij het koffiemoment voor ouders op school.',
						'Is de stap klein genoeg om te lukken, en groot genoeg om iets te merken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'pilotWhat',
							label: 'Onze proef',
							hint: 'Wat doen jullie, waar en hoe vaak?',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wie trekt het, en tot wanneer?',
					guidingQuestions: ['Wie zorgt dat de proef doorgaat?', 'Wanneer stopt de proef?', 'Wie helpt de trekker?'],
					fields: [
						{
							kind: 'text',
							name: 'pilotOwner',
							label: 'Trekker van de proef',
							hint: 'Een functie of een organisatie.',
							maxLength: TEXT_MAX
						},
						{
							kind: 'text',
							name: 'pilotUntil',
							label: 'De proef loopt tot',
							maxLength: TEXT_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Hoe kijken we terug?',
					guidingQuestions: [
						'Wanneer kijken jullie samen terug?',
						'Waaraan zien jullie dat het gelukt is? Wat merken gezinnen ervan?',
						'Wat doen jullie als het niet lukt? Hoe zorg je dat niemand zich afgestraft voelt?'
					],
					fields: [
						{
							kind: 'text',
							name: 'pilotLookBack',
							label: 'We kijken terug op',
							maxLength: TEXT_MAX
						},
						{
							kind: 'textarea',
							name: 'pilotSuccess',
							label: 'Zo zien we dat het gelukt is',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 5,
			slug: 'waardeer-en-herstel',
			title: 'Waardeer wat lukt, herstel wat wringt',
			goal: 'Jullie zeggen wat je in elkaar waardeert, en bij wantrouwen weet je wie kan helpen om het gesprek open te houden.',
			checklist: [
				'Zeg concreet wat je waardeert: wie deed wat, en wat hielp het?',
				'Deel successen, ook kleine, met je eigen organisatie.',
				'Bedank ook ouders voor wat zij bijdragen.',
				'Noem waar het wringt, voor het groter wordt.',
				'Zoek iemand die kan bemiddelen als het vertrouwen weg is.',
				'Kies na een geslaagde stap een iets grotere stap.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Zeg wat je waardeert',
					guidingQuestions: [
						'Wat deed een partner de voorbije tijd dat je hielp? Zeg het hem of haar.',
						'Hoe toon je waardering aan ouders? Bijvoorbeeld met een kort berichtje als iets goed ging.',
						'Wat gebeurt er als iemand een wild idee deelt? Krijgt het een kans?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'appreciation',
							label: 'Dit waarderen we in elkaar',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Waar is er wantrouwen?',
					guidingQuestions: [
						'Tussen welke partners wringt het? Of tussen ouders en de school?',
						'Waar komt het wantrouwen vandaan? Een oude ruzie, een misverstand, een gebroken belofte?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'distrustWhere',
							label: 'Hier wringt het',
							hint: 'Beschrijf de situatie, niet de persoon.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wie kan bemiddelen?',
					guidingQuestions: [
						'Wie wordt door beide kanten vertrouwd? Bijvoorbeeld een brugfiguur, een opbouwwerker of iemand van buiten.',
						'Hoe blijft die persoon neutraal, zonder in een kamp te belanden?',
						'Wat is nodig om het gesprek weer te openen?'
					],
					fields: [
						{
							kind: 'text',
							name: 'mediator',
							label: 'Deze persoon kan bemiddelen',
							hint: 'Een functie of een organisatie.',
							maxLength: TEXT_MAX
						}
					]
				},
				{
					number: 4,
					title: 'Naar een grotere stap',
					guidingQuestions: ['Wat leerde de kleine proef jullie?', 'Welke stap durven jullie nu samen te zetten?'],
					fields: [
						{
							kind: 'textarea',
							name: 'nextStep',
							label: 'Onze volgende stap',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		}
	],
	closing:
		'Vertrouwen bouw je stap voor stap. Zeg wat je verwacht, doe wat je zegt, en erken wat elk kan, ook de ouders. Begin met een kleine stap die kan lukken. Ontvang elkaars stappen met zorg. Dan durven jullie de volgende keer meer.'
};
