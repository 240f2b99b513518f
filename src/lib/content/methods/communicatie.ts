import type { Method } from '../types';

const TEXTAREA_MAX = 2000;
const TEXT_MAX = 200;

export const communicatieMethod: Method = {
	slug: 'communicatie',
	block: 'communicatie',
	title: 'Helder communiceren in vijf stappen',
	introduction:
		'Iedereen communiceert, elke dag. Toch loopt het vaak mis. Een woord betekent op school iets anders dan bij het OCMW. Een mail komt te laat, of had een gesprek moeten zijn. Een ouder knikt, maar begreep het niet. Met deze methode spreken jullie af wie wat moet weten, en wat niet gedeeld mag worden. Je maakt een woordenlijst die elke sector begrijpt. Je kiest het moment, het kanaal en de toon. Je kijkt wie aan tafel zit. En je checkt of ouders het begrepen hebben.',
	steps: [
		{
			number: 1,
			slug: 'wie-moet-wat-weten',
			title: 'Wie moet wat weten?',
			goal: 'Jullie weten welke informatie bij wie moet komen, en welke informatie niet gedeeld mag worden.',
			checklist: [
				'Vraag wat de ander al weet, voor je begint te vertellen.',
				'Zeg welke informatie je wilt delen, en waarom.',
				'Zeg ook wat je niet kunt of mag delen.',
				'Leg uit waarom jullie bepaalde keuzes maken, ook over geld en middelen.',
				'Vraag wat ouders willen dat er gedeeld wordt.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wie heeft welke informatie nodig?',
					guidingQuestions: [
						'Wat moet de leerkracht weten om het kind goed te helpen? Wat hoeft hij of zij niet te weten?',
						'Wat moet de directie weten? En de partners van buiten de school?',
						'Wat willen ouders en kinderen zelf weten?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'needToKnow',
							label: 'Wie moet wat weten',
							hint: 'Schrijf per partner of functie wat die nodig heeft.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat mag niet gedeeld worden?',
					guidingQuestions: [
						'Welke informatie valt onder het beroepsgeheim of het ambtsgeheim?',
						'Wat vertelde een ouder in vertrouwen?',
						'Hoe zeg je aan een partner dat je iets niet kunt delen, zonder dat het als wantrouwen klinkt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'notToShare',
							label: 'Dit delen we niet, en zo zeggen we dat',
							hint: 'Kijk ook naar de afspraken over informatiedeling van jullie samenwerking.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Leg keuzes uit',
					guidingQuestions: [
						'Welke beslissingen moeten jullie uitleggen? Bijvoorbeeld waarom één school meer uren krijgt dan een andere.',
						'Weten partners en ouders waarom een keuze gemaakt werd?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'choicesExplained',
							label: 'Deze keuzes leggen we uit',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'gedeelde-woordenlijst',
			title: 'Een gedeelde woordenlijst',
			goal: 'Jullie maken een lijst met woorden die voor verwarring zorgen: wat ze betekenen in elke sector, en hoe je ze in gewone woorden zegt.',
			checklist: [
				'Verzamel woorden die vaak tot misverstanden leiden.',
				'Laat elke sector zeggen wat het woord daar betekent.',
				'Schrijf bij elk woord een uitleg in gewone taal.',
				'Gebruik die gewone woorden met ouders.',
				'Geef de lijst aan nieuwe collega’s.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Welke woorden zorgen voor verwarring?',
					guidingQuestions: [
						'Welke woorden gebruik je elke dag, die een partner misschien niet kent? Denk aan ‘zorgcontinuüm’, ‘aanmelding’, ‘traject’ of ‘verontrusting’.',
						'Welke afkortingen gebruik je? Denk aan GOK, IAC, LOP of OCMW.',
						'Welk woord leidde al eens tot een misverstand?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'glossaryTerms',
							label: 'Woorden voor onze lijst',
							hint: 'Eén woord per regel.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat betekent het woord in mijn sector?',
					guidingQuestions: [
						'Wat bedoel jij met het woord? En wat bedoelt de andere partner?',
						'Bijvoorbeeld: ‘aanmelding’ is op school een gesprek met de zorgcoördinator. Bij het CAW is het de eerste stap naar hulp.',
						'Waar verschillen de betekenissen? Is dat erg?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'glossarySector',
							label: 'Wat het woord betekent in mijn sector',
							hint: 'Schrijf het woord, je sector en de betekenis.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Hoe zeg je het in gewone woorden?',
					guidingQuestions: [
						'Hoe leg je het woord uit aan een ouder, in één korte zin?',
						'Kan een kind van tien je uitleg volgen?',
						'Vroeg je aan ouders of de uitleg duidelijk is?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'glossaryPlain',
							label: 'Het woord in gewone taal',
							hint: 'Bijvoorbeeld: ‘zorgcontinuüm’ wordt ‘hoe de school een kind helpt, van gewone hulp in de klas tot extra hulp’.',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 3,
			slug: 'moment-kanaal-toon',
			title: 'Het moment, het kanaal en de toon',
			goal: 'Jullie delen informatie op tijd, via het kanaal dat past, en op een toon die verbindt.',
			checklist: [
				'Deel vroeg, ook als nog niet alles duidelijk is.',
				'Kies een gesprek voor moeilijk nieuws, geen mail.',
				'Gebruik verschillende kanalen door elkaar: in het echt, op papier en digitaal.',
				'Let op je lichaamstaal en je gezicht.',
				'Denk na over wat je zegt, tegen wie, en waarom nu.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wanneer deel je?',
					guidingQuestions: [
						'Wanneer moet een partner iets weten om nog op tijd te kunnen helpen?',
						'Wacht je soms te lang, tot alles zeker is?',
						'Past het moment ook voor de ouders? Bijvoorbeeld niet vlak voor de vakantie.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'timing',
							label: 'Zo zorgen we dat informatie op tijd komt',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Welk kanaal kies je?',
					guidingQuestions: [
						'Welk kanaal gebruik je voor welk soort bericht?',
						'Wanneer is een gesprek in het echt beter dan een mail of een berichtje?',
						'Welk kanaal bereikt ouders het best? Lezen ze de app van de school?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'channels',
							label: 'Deze kanalen gebruiken we',
							options: [
								{ value: 'gesprek', label: 'Een gesprek in het echt' },
								{ value: 'telefoon', label: 'Telefoon' },
								{ value: 'mail', label: 'E-mail' },
								{ value: 'bericht', label: 'Een kort bericht via een app' },
								{ value: 'brief', label: 'Een brief in eenvoudige taal' },
								{ value: 'brugfiguur', label: 'Via de brugfiguur' }
							],
							other: true
						},
						{
							kind: 'textarea',
							name: 'channelRules',
							label: 'Voor dit bericht kiezen we dit kanaal',
							hint: 'Bijvoorbeeld: slecht nieuws vertellen we altijd in een gesprek.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Welke toon past?',
					guidingQuestions: [
						'Hoe klinkt je bericht voor iemand die je werk niet kent?',
						'Wat zegt je lichaamstaal als het gesprek moeilijk wordt?',
						'Luister je ook echt, of wacht je tot je zelf kunt spreken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tone',
							label: 'Afspraken over onze toon',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 4,
			slug: 'wie-zit-aan-tafel',
			title: 'Wie zit aan tafel?',
			goal: 'De juiste mensen zitten aan tafel, en elke stem krijgt ruimte.',
			checklist: [
				'Kijk wie er moet zijn om te kunnen beslissen.',
				'Let op dat één partij niet alles bepaalt.',
				'Geef elke partner tijd om te spreken.',
				'Zoek een plek voor ouders en kinderen, of voor iemand die voor hen spreekt.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Zijn de juiste mensen er?',
					guidingQuestions: [
						'Wie moet erbij zijn om een beslissing te kunnen nemen?',
						'Wie zit er, maar hoeft er niet te zijn?',
						'Wie ontbreekt, en hoe breng je die toch in het gesprek?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'tablePeople',
							label: 'Deze mensen horen aan tafel',
							hint: 'Noem functies en organisaties.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Krijgt iedereen ruimte?',
					guidingQuestions: [
						'Wie spreekt het meest in jullie overleg? Wie zwijgt?',
						'Hoe zorg je dat elke partner zijn mening kan geven? Bijvoorbeeld met een rondje waarin iedereen kort iets zegt.'
					],
					fields: [
						{
							kind: 'choice',
							name: 'tableBalance',
							label: 'In ons overleg komt iedereen aan bod',
							options: [
								{ value: 'ja', label: 'Ja' },
								{ value: 'meestal', label: 'Meestal' },
								{ value: 'nee', label: 'Nee, enkele partners bepalen de toon' }
							]
						}
					]
				},
				{
					number: 3,
					title: 'Waar zijn ouders en kinderen?',
					guidingQuestions: [
						'Zijn ouders erbij als het over hun kind gaat?',
						'Hoe bereid je ouders voor op zo’n gesprek? Weten ze wie er zit, en waarom?',
						'Hoe hoor je wat het kind zelf denkt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'parentsPlace',
							label: 'Zo geven we ouders en kinderen een plek',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 5,
			slug: 'begrepen-ouders-het',
			title: 'Hebben ouders het begrepen?',
			goal: 'Jullie checken of ouders de boodschap begrepen en zich gehoord voelen.',
			checklist: [
				'Ga er niet van uit dat een knik ‘ja’ betekent.',
				'Vraag de ouder om in eigen woorden te zeggen wat er is afgesproken.',
				'Vat zelf samen wat je hoorde.',
				'Zorg voor een tolk of een brugfiguur als dat nodig is.',
				'Vraag achteraf of ouders zich gehoord voelden.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Check of de boodschap aankwam',
					guidingQuestions: [
						'Hoe vraag je een ouder om de afspraak in eigen woorden te herhalen, zonder dat het als een examen voelt? Bijvoorbeeld: ‘Wat ga je straks thuis vertellen?’',
						'Heeft de ouder een tolk nodig, of een brief in eenvoudige taal?',
						'Krijgt de ouder de afspraken mee op papier?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'checkUnderstood',
							label: 'Zo checken we of ouders het begrepen',
							options: [
								{ value: 'eigen-woorden', label: 'De ouder zegt het in eigen woorden' },
								{ value: 'samenvatten', label: 'We vatten samen aan het eind' },
								{ value: 'tolk', label: 'Met een tolk of een brugfiguur' },
								{ value: 'papier', label: 'De afspraken op papier, in eenvoudige taal' },
								{ value: 'beelden', label: 'Met tekeningen of pictogrammen' },
								{ value: 'nabellen', label: 'We bellen een paar dagen later nog eens' }
							],
							other: true
						}
					]
				},
				{
					number: 2,
					title: 'Voelden ouders zich gehoord?',
					guidingQuestions: [
						'Kregen ouders de tijd om hun verhaal te doen?',
						'Vroeg je waarom ze iets deden, in plaats van het meteen te beoordelen?',
						'Hoe vraag je na een gesprek hoe de ouder het beleefde?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'parentsHeard',
							label: 'Dit vertellen ouders over hoe wij communiceren',
							hint: 'Geen namen. Schrijf wat je hoorde, ook als het kritisch is.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wat leren we eruit?',
					guidingQuestions: [
						'Wat doen jullie vanaf nu anders in gesprekken met ouders?',
						'Welk woord zet je op de gedeelde woordenlijst?'
					],
					fields: [
						{
							kind: 'text',
							name: 'communicationLesson',
							label: 'Dit doen we vanaf nu anders',
							maxLength: TEXT_MAX
						}
					]
				}
			]
		}
	],
	closing:
		'Goede communicatie is meer dan informatie doorgeven. Weet wie wat moet weten, en wat niet. Gebruik woorden die iedereen begrijpt. Kies het juiste moment en het juiste kanaal. Zorg dat elke stem aan tafel ruimte krijgt. En check altijd of ouders het begrepen hebben.'
};
