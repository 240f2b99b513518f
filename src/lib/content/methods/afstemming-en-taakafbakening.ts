import type { Method } from '../types';

const TEXTAREA_MAX = 2000;
const TEXT_MAX = 200;

export const afstemmingMethod: Method = {
	slug: 'afstemming-en-taakafbakening',
	block: 'afstemming-en-taakafbakening',
	title: 'Taken en rollen helder in vijf stappen',
	introduction:
		'Met deze methode maken jullie duidelijk wie wat doet. Je brengt het aanbod in kaart en zoekt de gaten. Je zegt bij elke taak waarom ze nodig is. Je verdeelt de vaste taken van de samenwerking met RASCI. Je maakt een plan voor als iemand vertrekt. En je spreekt af hoe je met het beroepsgeheim omgaat. Zo weet iedereen waar hij of zij aan toe is, ook de gezinnen.',
	steps: [
		{
			number: 1,
			slug: 'aanbod-en-gaten',
			title: 'Het aanbod en de gaten',
			goal: 'Jullie weten wat elke partner aanbiedt, en waar gezinnen nog tussen de mazen vallen.',
			checklist: [
				'Laat elke partner kort zijn aanbod voorstellen.',
				'Vraag wat er mist, of wat anders kan.',
				'Vraag ook aan gezinnen waar ze geen hulp vinden.',
				'Kijk welke platformen of projecten al bestaan in de buurt.',
				'Zet het aanbod op de pagina ‘Wie biedt wat’ van jullie samenwerking.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wat biedt elke partner?',
					guidingQuestions: [
						'Wat doet elke partner, voor wie, en hoe kom je er terecht?',
						'Het OCMW, het CAW en het Huis van het Kind hebben elk een andere opdracht. Wat is het verschil?',
						'Wat is niet duidelijk aan het aanbod van een partner?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'offerOverview',
							label: 'Het aanbod van de partners',
							hint: 'Per partner één of twee zinnen.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Waar zitten de gaten?',
					guidingQuestions: [
						'Voor welke vragen vindt niemand de juiste partner? Bijvoorbeeld hulp bij wonen, of bij schulden.',
						'Waar doen twee partners hetzelfde?',
						'Waar vallen gezinnen uit, bijvoorbeeld bij de overstap van de lagere naar de middelbare school?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'offerGaps',
							label: 'Hier zitten de gaten',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'offerOverlaps',
							label: 'Hier doen we dubbel werk',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wat bestaat er al?',
					guidingQuestions: [
						'Welke overleggen of projecten lopen al in de gemeente? Bijvoorbeeld een Brede School of een lokaal overleg over kinderarmoede.',
						'Bij wie kun je raad vragen voor je iets nieuws opzet?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'existingPlatforms',
							label: 'Dit bestaat al, en zo sluiten we aan',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'waarom-van-elke-taak',
			title: 'Het waarom achter elke taak',
			goal: 'Elke taak hangt vast aan het gemeenschappelijk doel, en jullie denken in rollen, niet alleen in functies.',
			checklist: [
				'Zet de taken van de samenwerking op een rij.',
				'Zeg bij elke taak welk deel van het doel ze dient.',
				'Schrap taken die geen doel dienen.',
				'Spreek af wie de coördinatie opneemt.',
				'Vraag per gezin wie de beste persoon is om het contact te houden.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Welke taken doen we?',
					guidingQuestions: [
						'Wat doen jullie allemaal samen? Denk aan overleg, aanmelden, opvolgen, informeren.',
						'Welke taken doet iemand al lang, zonder dat het ooit werd afgesproken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'taskList',
							label: 'Onze taken',
							hint: 'Eén taak per regel.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Waarom doen we die taak?',
					guidingQuestions: [
						'Welk deel van jullie doel dient elke taak?',
						'Wat gebeurt er voor kinderen en gezinnen als de taak blijft liggen?',
						'Welke taak kan weg?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'taskWhy',
							label: 'Het waarom per taak',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Van taak naar rol',
					guidingQuestions: [
						'Wie staat het dichtst bij het kind of de ouders? Dat is niet altijd wie de taak op papier heeft.',
						'Mag iemand even iets doen buiten zijn gewone taak, als het doel dat vraagt? Wat is daarvoor nodig?',
						'Wie coördineert? Is dat uitgesproken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'rolesNotTasks',
							label: 'Rollen die we afspreken',
							hint: 'Bijvoorbeeld: de brugfiguur is het vaste aanspreekpunt voor ouders, ook als een andere partner de hulp geeft.',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'text',
							name: 'coordinator',
							label: 'Deze partner coördineert',
							maxLength: TEXT_MAX
						}
					]
				}
			]
		},
		{
			number: 3,
			slug: 'rasci-vaste-taken',
			title: 'RASCI voor de vaste taken',
			goal: 'Voor elke taak die steeds terugkomt, weet iedereen wie ze uitvoert, wie eindverantwoordelijk is, wie helpt, wie je raadpleegt en wie je informeert.',
			checklist: [
				'Kies de taken die steeds terugkomen, niet alleen de acties in één casus.',
				'Geef elke taak één R: wie voert uit.',
				'Geef elke taak één A: wie is eindverantwoordelijk.',
				'Duid aan wie ondersteunt (S), wie je raadpleegt (C) en wie je informeert (I).',
				'Maak de verdeling niet te strikt.',
				'Kijk na een paar maanden samen of ze nog klopt.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Welke taken komen steeds terug?',
					guidingQuestions: [
						'Welke taken horen bij de samenwerking zelf, los van een casus?',
						'Welke taak blijft nu vaak liggen?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'recurringTasks',
							label: 'Deze taken komen steeds terug',
							hint: 'Duid aan wat bij jullie speelt. Vul aan als iets ontbreekt.',
							options: [
								{ value: 'overleg-voorbereiden', label: 'Het overleg voorbereiden' },
								{ value: 'verslag', label: 'Het verslag maken en rondsturen' },
								{ value: 'afspraken-opvolgen', label: 'De afspraken opvolgen' },
								{ value: 'netwerkkaart', label: 'De netwerkkaart bijhouden' },
								{ value: 'onthaal', label: 'Nieuwe collega’s onthalen' },
								{ value: 'signalen', label: 'Signalen doorgeven' },
								{ value: 'informatiedeling', label: 'De afspraken over informatiedeling bewaken' },
								{ value: 'ouders-informeren', label: 'Ouders informeren over de samenwerking' }
							],
							other: true
						}
					]
				},
				{
					number: 2,
					title: 'Wie neemt welke letter op?',
					guidingQuestions: [
						'R: wie voert de taak uit?',
						'A: wie is eindverantwoordelijk? Er is er maar één.',
						'S: wie helpt mee? C: wie vraag je om advies? I: wie moet het weten als het gedaan is?',
						'Waar staan ouders in dit schema? Moeten zij iets weten?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'rasciDraft',
							label: 'Onze RASCI',
							hint: 'Per taak een regel. Bijvoorbeeld: verslag. R: zorgcoördinator. A: directie. S: brugfiguur. C: CLB. I: alle partners.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wanneer kijken we het na?',
					guidingQuestions: ['Zit iedereen nog op het juiste spoor?', 'Wat moet anders?'],
					fields: [
						{
							kind: 'text',
							name: 'rasciReview',
							label: 'We kijken de verdeling na op',
							maxLength: TEXT_MAX
						}
					]
				}
			]
		},
		{
			number: 4,
			slug: 'als-iemand-vertrekt',
			title: 'Als iemand vertrekt',
			goal: 'Als een collega vertrekt of lang afwezig is, weet iedereen wie welk contact overneemt, zodat geen gezin uit beeld verdwijnt.',
			checklist: [
				'Zoek welke contacten maar aan één persoon hangen.',
				'Spreek per contact af wie overneemt.',
				'Kies hoe je overdraagt, het liefst samen met het gezin.',
				'Hou de netwerkkaart en het welkomstpakket voor nieuwe collega’s bij.',
				'Vertel ouders wie hun nieuwe aanspreekpunt is.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Welke contacten hangen aan één persoon?',
					guidingQuestions: [
						'Als een leerkracht uitvalt, komt er een vervanger. Maar wat als de brugfiguur vertrekt?',
						'Met welke gezinnen of partners heeft maar één persoon contact?',
						'Wat weet die persoon dat nergens staat?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'singleContacts',
							label: 'Deze contacten hangen aan één persoon',
							hint: 'Noem rollen en partners. Beschrijf gezinnen zonder namen, bijvoorbeeld: drie gezinnen uit de eerste graad.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wie neemt over?',
					guidingQuestions: [
						'Wie neemt elk contact over, en wie is de reserve?',
						'Kent die persoon het gezin of de partner al? Hoe leert hij of zij hen kennen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'takeover',
							label: 'Wie neemt welk contact over',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Hoe dragen we over?',
					guidingQuestions: [
						'Kan de vertrekkende collega de nieuwe persoon zelf voorstellen aan het gezin?',
						'Wat schrijf je op, en wat vertel je alleen met toestemming van de ouders?',
						'Hoe weet de nieuwe collega welke afspraken er gelden?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'handoverHow',
							label: 'Zo dragen we over',
							options: [
								{ value: 'warm', label: 'Een warme overdracht, samen met het gezin' },
								{ value: 'gesprek', label: 'Een overdrachtsgesprek tussen collega’s' },
								{ value: 'welkomstpakket', label: 'Het welkomstpakket voor nieuwe collega’s' },
								{ value: 'netwerkkaart', label: 'De netwerkkaart met alle contacten' }
							],
							other: true
						}
					]
				}
			]
		},
		{
			number: 5,
			slug: 'beroepsgeheim',
			title: 'Beroepsgeheim en informatie delen',
			goal: 'Elke partner weet welk geheim voor wie geldt, wat je wel en niet terugkoppelt, en jullie leggen dat vast in de afspraken over informatiedeling.',
			checklist: [
				'Zeg welk geheim voor jou geldt.',
				'Zeg vooraf wat je wel en niet zult terugkoppelen.',
				'Geef waar het kan een korte stand van zaken, zonder details.',
				'Laat ouders zelf hun verhaal delen als ze dat willen.',
				'Leg de afspraken vast op de pagina over informatiedeling.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Welk geheim geldt voor wie?',
					guidingQuestions: [
						'Wie heeft beroepsgeheim? Wie heeft ambtsgeheim of discretieplicht?',
						'Wanneer mogen hulpverleners informatie met elkaar delen? Wat is daarvoor nodig?',
						'Wat begrijpt de school niet aan de regels van de welzijnspartners, en omgekeerd?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'secrecyWho',
							label: 'Dit geheim geldt voor elke partner',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wat koppelen we terug?',
					guidingQuestions: [
						'Wat wil de school weten om het kind goed te volgen?',
						'Wat kan de hulpverlener zeggen, zonder in details te gaan? Bijvoorbeeld: ‘Het gezin krijgt hulp, en het loopt.’',
						'Wanneer zeg je dat vooraf tegen de leerkracht of de zorgcoördinator?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'feedbackLimits',
							label: 'Dit koppelen we terug, en dit niet',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Hoe betrekken we ouders?',
					guidingQuestions: [
						'Weten ouders welke informatie over hen gedeeld wordt?',
						'Kunnen ouders zelf vertellen wat ze kwijt willen, met de professionals erbij?',
						'Hoe vraag je toestemming, en hoe leg je uit wat die betekent?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'parentsShare',
							label: 'Zo betrekken we ouders bij het delen van informatie',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'choice',
							name: 'sharingAgreed',
							label: 'Staan de afspraken op de pagina over informatiedeling?',
							options: [
								{ value: 'ja', label: 'Ja' },
								{ value: 'deels', label: 'Voor een deel' },
								{ value: 'nee', label: 'Nog niet' }
							]
						}
					]
				}
			]
		}
	],
	closing:
		'Een goede taakverdeling vertrekt van het doel. Weet wie wat doet, en waarom. Verdeel ook de vaste taken van de samenwerking. Zorg dat geen gezin uit beeld raakt als iemand vertrekt. En spreek open af wat je deelt en wat niet, met de ouders erbij.'
};
