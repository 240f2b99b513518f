import type { Method } from '../types';

const TEXTAREA_MAX = 2000;
const TEXT_MAX = 200;

export const betrokkenheidMethod: Method = {
	slug: 'betrokkenheid',
	block: 'betrokkenheid',
	title: 'Betrokken op drie niveaus in zes stappen',
	introduction:
		'Een leerkracht of een hulpverlener kan niet alles alleen oplossen. Soms ligt het probleem bij de organisatie, of bij het beleid. Met deze methode kijk je naar drie niveaus. Het microniveau is het werk met het kind en het gezin. Het mesoniveau is de organisatie: de school, het CLB, het OCMW. Het macroniveau is het beleid boven de gemeente. Je ziet wie aan tafel zit, je legt elk knelpunt op het juiste niveau, en je legt samen vast wie zich waartoe engageert.',
	steps: [
		{
			number: 1,
			slug: 'wie-zit-aan-tafel',
			title: 'Wie zit aan tafel?',
			goal: 'Je ziet wie op elk niveau betrokken is, en wie er nog ontbreekt.',
			checklist: [
				'Zet op een rij wie met het kind en het gezin werkt.',
				'Zet erbij wie in de organisaties beslist.',
				'Zet erbij wie boven de gemeente beslist.',
				'Vraag per niveau wie er ontbreekt, en waarom.',
				'Vraag waar ouders en kinderen mee aan tafel zitten.',
				'Zet alles op de netwerkkaart van jullie samenwerking.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Het microniveau: rond het kind en het gezin',
					guidingQuestions: [
						'Wie werkt elke dag met het kind of het gezin? Denk aan de leerkracht, de zorgcoördinator, de CLB-medewerker, de brugfiguur of een hulpverlener van het CAW.',
						'Wie kent het gezin buiten de school? Bijvoorbeeld de buurtwerker, de trainer van de voetbalclub of de opvang na school.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tableMicro',
							label: 'Aan tafel op microniveau',
							hint: 'Noem functies en organisaties, geen namen van gezinnen.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Het mesoniveau: in de organisaties',
					guidingQuestions: [
						'Wie beslist in de school en bij de partners? Denk aan de directie, een teamverantwoordelijke, het diensthoofd van het OCMW of de coördinator van het Huis van het Kind.',
						'Welke overleggen bestaan er al tussen die mensen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tableMeso',
							label: 'Aan tafel op mesoniveau',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Het macroniveau: het beleid',
					guidingQuestions: [
						'Wie beslist boven de gemeente over jullie werk? Denk aan de scholengroep of de koepel, de pedagogische begeleiding, de provincie of de Vlaamse overheid.',
						'Hebben jullie contact met hen? Wie heeft dat contact?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tableMacro',
							label: 'Aan tafel op macroniveau',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 4,
					title: 'Wie ontbreekt er?',
					guidingQuestions: [
						'Wie mis je op elk niveau? Waarom is die persoon of organisatie er niet?',
						'Wat zou die partner bijdragen aan jullie doel?',
						'Waar zitten ouders en kinderen mee aan tafel? Of wie spreekt voor hen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tableMissing',
							label: 'Deze partners missen we, en dit zouden ze brengen',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'choice',
							name: 'parentsAtTable',
							label: 'Zitten ouders mee aan tafel?',
							options: [
								{ value: 'ja', label: 'Ja, geregeld' },
								{ value: 'soms', label: 'Soms' },
								{ value: 'nee', label: 'Nog niet' }
							]
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'de-klaagmuur',
			title: 'Van klaagmuur naar knelpuntenlijst',
			goal: 'Alle klachten komen op tafel, en elk knelpunt ligt op het niveau waar iemand er iets aan kan doen.',
			checklist: [
				'Schrijf alle knelpunten op, zonder ze meteen te bespreken.',
				'Leg elk knelpunt bij een niveau: micro, meso of macro.',
				'Zeg per knelpunt wat jullie zelf al kunnen doen.',
				'Kies één knelpunt om eerst aan te pakken.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Bouw de klaagmuur',
					guidingQuestions: [
						'Waar lopen jullie tegenaan? Geen tijd, geen geld, regels die niet passen, lange wachtlijsten?',
						'Waar lopen gezinnen tegenaan? Vraag het hen ook.',
						'Laat iedereen eerst vertellen. Wat valt op als alles op de muur hangt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'complaints',
							label: 'Onze klaagmuur',
							hint: 'Eén knelpunt per regel.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Sorteer per niveau',
					guidingQuestions: [
						'Wat kunnen jullie zelf oplossen, in het werk met kinderen en gezinnen?',
						'Wat vraagt een beslissing van de directies of diensthoofden?',
						'Wat kan alleen het beleid boven de gemeente veranderen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'complaintsMicro',
							label: 'Dit lossen we zelf op (micro)',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'complaintsMeso',
							label: 'Dit vraagt de organisaties (meso)',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'complaintsMacro',
							label: 'Dit vraagt het beleid (macro)',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Kies wat eerst komt',
					guidingQuestions: [
						'Welk knelpunt weegt het zwaarst voor kinderen en gezinnen?',
						'Welk knelpunt kunnen jullie snel aanpakken?',
						'Wie trekt het?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'complaintFirst',
							label: 'Dit pakken we eerst aan, en wie trekt het',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 3,
			slug: 'mandaat-en-terugkoppeling',
			title: 'Mandaat en terugkoppeling',
			goal: 'Iedereen weet wie namens wie mag spreken, en hoe nieuws terugkomt bij de mensen op de werkvloer.',
			checklist: [
				'Vraag aan elke partner wat hij of zij mag beslissen.',
				'Zeg wat er nodig is als een mandaat ontbreekt.',
				'Spreek af wie terugkoppelt, aan wie en tegen wanneer.',
				'Nodig de andere niveaus af en toe uit op jullie overleg.',
				'Zet de mandaten op de pagina met mandaten van jullie samenwerking.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wie mag wat beslissen?',
					guidingQuestions: [
						'Wie mag namens de school of de organisatie afspraken maken?',
						'Voelt die persoon dat mandaat ook zo? Of moet ze alles eerst navragen?',
						'Wat moet er gebeuren zodat die persoon het mandaat wel krijgt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'mandateGaps',
							label: 'Hier ontbreekt een mandaat, en dit is nodig',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Hoe komt nieuws terug?',
					guidingQuestions: [
						'Hoe hoort de leerkracht wat de directie met het OCMW afsprak?',
						'Hoe hoort het overleg wat er op hoger niveau met een vraag gebeurde?',
						'Hoe horen ouders wat er met hun vraag of hun klacht gebeurde?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'feedbackRoute',
							label: 'Zo koppelen we terug',
							hint: 'Wie vertelt wat aan wie, en wanneer? Bijvoorbeeld: de directie brengt na elk overleg verslag uit op de teamvergadering.',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 4,
			slug: 'wat-brengt-het-gezinnen',
			title: 'Wat brengt dit netwerk gezinnen?',
			goal: 'Je checkt of het netwerk iets verandert voor kinderen en gezinnen, en niet alleen samen vergadert.',
			checklist: [
				'Zeg hardop waarom het netwerk bestaat.',
				'Zoek een concreet voorbeeld van wat gezinnen ervan merken.',
				'Vraag het aan de gezinnen zelf.',
				'Durf te stoppen met wat niets oplevert.',
				'Kies een kleine, snelle winst die gezinnen meteen merken.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Waarom bestaat dit netwerk?',
					guidingQuestions: [
						'Welke vraag kan geen enkele partner alleen beantwoorden?',
						'Weet iedereen aan tafel waarom hij of zij er zit?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'networkWhy',
							label: 'Ons netwerk bestaat om',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat merken gezinnen ervan?',
					guidingQuestions: [
						'Noem één ding dat een gezin het voorbije jaar merkte dankzij dit netwerk.',
						'Hoe weet je dat? Vroeg je het aan de gezinnen zelf?',
						'Gaat er meer tijd naar afspraken en structuren dan naar wat gezinnen nodig hebben?'
					],
					fields: [
						{
							kind: 'choice',
							name: 'familiesNotice',
							label: 'Merken gezinnen iets van ons netwerk?',
							options: [
								{ value: 'duidelijk', label: 'Ja, duidelijk' },
								{ value: 'beetje', label: 'Een beetje' },
								{ value: 'niet', label: 'Nog niet' },
								{ value: 'weet-niet', label: 'We weten het niet' }
							]
						},
						{
							kind: 'textarea',
							name: 'familiesExample',
							label: 'Een voorbeeld van wat gezinnen merken',
							hint: 'Geen namen. Bijvoorbeeld: ouders vinden sneller de weg naar de sociale dienst.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Een kleine, snelle winst',
					guidingQuestions: [
						'Wat kunnen jullie de komende maand doen dat gezinnen meteen merken?',
						'Hoe laten jullie zien dat het gelukt is?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'quickWin',
							label: 'Onze snelle winst',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 5,
			slug: 'convenant-of-actieplan',
			title: 'Een convenant of actieplan',
			goal: 'Jullie leggen vast wie zich waartoe engageert, op elk niveau, tot wanneer, en wanneer jullie het samen herbekijken.',
			checklist: [
				'Kies de vorm die bij jullie past.',
				'Schrijf per niveau wie zich waartoe engageert.',
				'Zet een einddatum en een datum om het te herbekijken.',
				'Spreek af wie het plan bewaakt.',
				'Vertel ouders in gewone woorden wat jullie afspraken.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Kies de vorm',
					guidingQuestions: [
						'Een convenant tekenen de directies en diensthoofden. Het geeft gewicht. Een actieplan is lichter: het zijn werkafspraken. Wat past bij jullie?',
						'Wie moet het plan goedkeuren?'
					],
					fields: [
						{
							kind: 'choice',
							name: 'planForm',
							label: 'We kiezen voor',
							options: [
								{ value: 'convenant', label: 'Een convenant' },
								{ value: 'actieplan', label: 'Een actieplan' },
								{ value: 'overeenkomst', label: 'Een overeenkomst tussen twee partners' },
								{ value: 'nog-niet', label: 'Dat beslissen we later' }
							]
						}
					]
				},
				{
					number: 2,
					title: 'Wie engageert zich waartoe?',
					guidingQuestions: [
						'Wat doen de mensen op de werkvloer? Bijvoorbeeld: de brugfiguur en de CLB-medewerker houden elke maand samen spreekuur.',
						'Wat doen de organisaties? Bijvoorbeeld: de directie maakt twee uur per week vrij.',
						'Wat vragen jullie aan het beleid? Bijvoorbeeld: de gemeente betaalt de tolk bij oudergesprekken.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'commitMicro',
							label: 'Engagement op microniveau',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'commitMeso',
							label: 'Engagement op mesoniveau',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'commitMacro',
							label: 'Engagement op macroniveau',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Tot wanneer, en wie bewaakt het?',
					guidingQuestions: [
						'Hoe lang loopt het plan? Een schooljaar, of korter?',
						'Wanneer kijken jullie samen of iedereen zijn deel doet?',
						'Wie zet het plan op de agenda van het overleg?'
					],
					fields: [
						{
							kind: 'text',
							name: 'planUntil',
							label: 'Het plan loopt tot',
							maxLength: TEXT_MAX
						},
						{
							kind: 'text',
							name: 'planReview',
							label: 'We herbekijken het op',
							maxLength: TEXT_MAX
						},
						{
							kind: 'text',
							name: 'planOwner',
							label: 'Deze partner bewaakt het plan',
							hint: 'Een functie of een organisatie.',
							maxLength: TEXT_MAX
						}
					]
				}
			]
		},
		{
			number: 6,
			slug: 'van-casus-naar-beleid',
			title: 'Van casus naar signaal naar beleid',
			goal: 'Wat jullie in casussen zien terugkomen, wordt een signaal dat bij de juiste beleidsmakers terechtkomt.',
			checklist: [
				'Zoek wat in meerdere casussen terugkomt.',
				'Schrijf het signaal op zonder namen of details die een gezin herkenbaar maken.',
				'Zeg bij wie het signaal hoort.',
				'Spreek af wie het doorgeeft en wie navraagt wat ermee gebeurt.',
				'Vertel de gezinnen en de collega’s wat er met het signaal gebeurde.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Zoek patronen in de casussen',
					guidingQuestions: [
						'Welk probleem komt bij meerdere gezinnen terug? Bijvoorbeeld: kinderen missen de uitstap omdat de ouders de factuur niet kunnen betalen.',
						'Wat ligt daaronder? Is het een regel, een prijs, een wachtlijst?',
						'Bespreken jullie geregeld casussen samen om zulke patronen te zien?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'casePatterns',
							label: 'Dit komt in meerdere casussen terug',
							hint: 'Schrijf het algemeen. Geen namen, geen details die een gezin herkenbaar maken.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Maak er een signaal van',
					guidingQuestions: [
						'Wat is het probleem, voor hoeveel gezinnen ongeveer, en sinds wanneer?',
						'Wat vragen jullie concreet?',
						'Lazen ouders het signaal mee? Herkennen zij zich erin?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'signalText',
							label: 'Ons signaal',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Breng het signaal tot bij het beleid',
					guidingQuestions: [
						'Bij wie hoort dit signaal? Bij de directies, de gemeente, de koepel of de Vlaamse overheid?',
						'Wie brengt het daar, en wie vraagt na wat ermee gebeurt?',
						'Welk overleg bestaat al waar je het signaal kunt brengen?'
					],
					fields: [
						{
							kind: 'text',
							name: 'signalTo',
							label: 'We geven het signaal aan',
							maxLength: TEXT_MAX
						},
						{
							kind: 'textarea',
							name: 'signalFollowUp',
							label: 'Zo volgen we het op',
							hint: 'Wie vraagt na, en wanneer? Zet het signaal ook bij de signalen van jullie samenwerking.',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		}
	],
	closing:
		'Niemand kan het alleen. Wat op de werkvloer vastloopt, heeft vaak een oorzaak hoger op. Leg elk knelpunt op het niveau waar iemand er iets aan kan doen. Maak afspraken die je kunt vastpakken. En blijf vragen wat het netwerk de kinderen en gezinnen echt oplevert.'
};
