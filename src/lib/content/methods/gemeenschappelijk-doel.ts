import type { Method } from '../types';

const TEXTAREA_MAX = 2000;
const TEXT_MAX = 200;

export const gemeenschappelijkDoelMethod: Method = {
	slug: 'gemeenschappelijk-doel',
	block: 'gemeenschappelijk-doel',
	title: 'Samen een doel kiezen in zes stappen',
	introduction:
		'Met deze methode kiezen jullie samen een doel. Je begint bij elkaar: hoe kijkt elke partner, en wanneer is het voor hem of haar gelukt? Daarna luister je naar de gezinnen. Dan kijk je samen naar één resultaat voor kinderen, en wie daar een rol in heeft. Je zoekt het waarom. Pas dan schrijf je het doel SMART op. En je spreekt af wanneer je terugkijkt. Aan het eind staat jullie doel op de doelpagina van de samenwerking.',
	steps: [
		{
			number: 1,
			slug: 'elkaars-kader',
			title: 'Hoe kijkt elke partner?',
			goal: 'Je weet vanuit welk kader elke partner werkt, en wat succes voor hem of haar betekent.',
			checklist: [
				'Laat elke partner in eigen woorden vertellen wat zijn opdracht is.',
				'Noem de regels en de kaders die voor jou gelden.',
				'Vraag aan elke partner wanneer het voor hem of haar gelukt is.',
				'Zoek waar jullie nu al hetzelfde willen.',
				'Zeg ook waar jullie anders kijken. Dat hoeft nog niet opgelost.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Vanuit welk kader werk ik?',
					guidingQuestions: [
						'Welke opdracht krijg je van je organisatie of van de overheid?',
						'Welke regels bepalen wat je wel en niet mag doen? Denk aan een decreet, een erkenning of een subsidie.',
						'Wat weten de andere partners daar nog niet over?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'frameOwn',
							label: 'Mijn opdracht en mijn kader',
							hint: 'Schrijf in een paar zinnen wat je moet doen, en welke regels daarbij gelden.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Wanneer is het voor mij gelukt?',
					guidingQuestions: [
						'Waaraan zie je dat je werk een verschil maakt?',
						'Een school denkt misschien aan minder afwezige leerlingen. Een CAW denkt eerder aan een gezin dat weer rust vindt. Wat is het voor jou?',
						'Waar word je op beoordeeld? En is dat ook wat jij zelf belangrijk vindt?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'successOwn',
							label: 'Zo zie ik dat het gelukt is',
							hint: 'Maak het concreet. Wat zie, hoor of tel je dan?',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Waar komen we samen, en waar niet?',
					guidingQuestions: [
						'Welke wensen komen bij alle partners terug?',
						'Waar botsen jullie kaders? Bijvoorbeeld in wie je mag helpen, of hoe snel je mag werken.',
						'Wie kent beide werelden goed en kan helpen vertalen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'frameOverlap',
							label: 'Hier willen we al hetzelfde',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'frameDifferences',
							label: 'Hier kijken we anders',
							hint: 'Schrijf het verschil op zonder te oordelen.',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'leefwereld-van-gezinnen',
			title: 'Eerst de leefwereld van gezinnen',
			goal: 'Het doel vertrekt van wat kinderen en ouders zelf belangrijk vinden, en niet alleen van wat de organisaties willen.',
			checklist: [
				'Luister naar gezinnen voor je een doel kiest.',
				'Zoek ook de gezinnen die je zelden hoort.',
				'Vraag wat hen echt helpt, en wat niet.',
				'Schrijf op wat je hoort, zoveel mogelijk in hun woorden.',
				'Durf je eigen aanbod in vraag te stellen.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Wie horen we, en wie niet?',
					guidingQuestions: [
						'Met welke gezinnen hebben jullie al veel contact?',
						'Welke gezinnen zien of horen jullie bijna nooit? Waarom niet?',
						'Wie kan een brug slaan naar die gezinnen? Bijvoorbeeld een brugfiguur, een medewerker van het Huis van het Kind of een armoedevereniging.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'voicesMissing',
							label: 'Deze gezinnen horen we nog te weinig',
							hint: 'Beschrijf groepen, geen namen. Bijvoorbeeld: ouders die weinig Nederlands spreken.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Hoe vragen we het aan gezinnen?',
					guidingQuestions: [
						'Waar praat je makkelijk met ouders? Aan de schoolpoort, bij een koffie, of bij hen thuis?',
						'Hoe vraag je het aan kinderen, op een manier die bij hun leeftijd past?',
						'Hoe zorg je dat ouders vrij kunnen praten, zonder schrik voor gevolgen?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'listenHow',
							label: 'Zo luisteren we naar gezinnen',
							hint: 'Duid aan wat jullie doen of willen doen. Vul aan als iets ontbreekt.',
							options: [
								{ value: 'schoolpoort', label: 'Een praatje aan de schoolpoort' },
								{ value: 'koffiemoment', label: 'Een koffiemoment voor ouders' },
								{ value: 'huisbezoek', label: 'Een huisbezoek' },
								{ value: 'klasgesprek', label: 'Een gesprek met kinderen in de klas' },
								{ value: 'brugfiguur', label: 'Via een brugfiguur' },
								{ value: 'vereniging', label: 'Via een vereniging waar ouders zich thuis voelen' }
							],
							other: true
						}
					]
				},
				{
					number: 3,
					title: 'Wat vertellen kinderen en ouders?',
					guidingQuestions: [
						'Wat houdt gezinnen bezig? Waar lopen ze vast?',
						'Wat helpt hen vooruit? Wat vinden ze zinvol?',
						'Hoe tonen ouders op hun eigen manier dat ze betrokken zijn?',
						'Wat verrast jullie in wat je hoort?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'familiesSaid',
							label: 'Dit vertelden kinderen en ouders',
							hint: 'Gebruik hun woorden waar het kan. Schrijf geen namen.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 4,
					title: 'Wat betekent dat voor ons aanbod?',
					guidingQuestions: [
						'Past wat jullie nu doen bij wat gezinnen vertellen?',
						'Wat zouden jullie anders doen, of net niet meer doen?',
						'Hoe laten jullie de gezinnen weten wat jullie met hun verhaal doen?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'offerQuestioned',
							label: 'Dit willen we anders doen',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 3,
			slug: 'keer-de-curve',
			title: 'Samen de curve keren',
			goal: 'Jullie kiezen één resultaat voor kinderen of gezinnen en dragen er samen de verantwoordelijkheid voor, in plaats van elk een stukje apart.',
			checklist: [
				'Kies een resultaat dat voor kinderen of gezinnen telt.',
				'Teken hoe het resultaat de voorbije jaren veranderde.',
				'Zoek samen het verhaal achter die lijn.',
				'Zet op een rij wie een rol kan spelen, ook de gezinnen zelf.',
				'Kies wat werkt, en maak er een klein plan van.',
				'Geef het werk niet door als een stokje: blijf samen verantwoordelijk.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Kies een resultaat en teken de curve',
					guidingQuestions: [
						'Welk resultaat willen jullie zien voor kinderen of gezinnen? Bijvoorbeeld: alle kinderen komen graag en elke dag naar school.',
						'Wat kun je tellen om te zien hoe het gaat? Bijvoorbeeld het aantal kinderen dat vaak afwezig is.',
						'Hoe liep die lijn de voorbije jaren? En waar gaat ze naartoe als niemand iets doet?'
					],
					fields: [
						{
							kind: 'text',
							name: 'curveResult',
							label: 'Het resultaat voor kinderen of gezinnen',
							maxLength: TEXT_MAX
						},
						{
							kind: 'text',
							name: 'curveMeasure',
							label: 'Wat we tellen of bekijken',
							hint: 'Bijvoorbeeld: het aantal halve dagen afwezig per trimester.',
							maxLength: TEXT_MAX
						},
						{
							kind: 'textarea',
							name: 'curveTrend',
							label: 'Zo loopt de curve nu',
							hint: 'Hoe was het vroeger, hoe is het nu, en wat verwacht je als er niets verandert?',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Het verhaal achter de curve',
					guidingQuestions: [
						'Waarom loopt de lijn zo? Wat duwt ze omhoog, en wat trekt ze omlaag?',
						'Wat zeggen kinderen en ouders zelf over de oorzaken?',
						'Welke oorzaken liggen buiten de school? Denk aan wonen, werk, gezondheid of vervoer.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'curveStory',
							label: 'Het verhaal achter de curve',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wie heeft een rol?',
					guidingQuestions: [
						'Welke partners kunnen helpen om de curve te keren? Denk ook aan partners die nog niet aan tafel zitten.',
						'Wat kunnen ouders en kinderen zelf doen? Wat hebben ze daarvoor nodig?',
						'Welke taak lijkt ‘extra’, maar past toch in je eigen opdracht?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'curvePartners',
							label: 'Deze partners hebben een rol, en zo',
							hint: 'Schrijf per partner in één zin wat die kan bijdragen.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 4,
					title: 'Wat werkt?',
					guidingQuestions: [
						'Wat werkte al eens, hier of ergens anders?',
						'Wat zeggen gezinnen dat hen zou helpen?',
						'Welke ideeën kosten weinig of niets?',
						'Welke ideeën maken volgens jullie het meeste verschil?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'curveWhatWorks',
							label: 'Dit werkt, of zou kunnen werken',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 5,
					title: 'Maak een klein actieplan',
					guidingQuestions: [
						'Welke twee of drie acties kiezen jullie?',
						'Wie doet wat, en tegen wanneer?',
						'Wanneer kijken jullie of de curve begint te keren?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'curveActions',
							label: 'Onze acties: wat, wie en tegen wanneer',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 4,
			slug: 'het-waarom',
			title: 'Het waarom, het hoe en het wat',
			goal: 'Jullie weten waarom jullie samenwerken, en elke partner kan dat in één zin zeggen.',
			checklist: [
				'Begin bij het waarom, niet bij de acties.',
				'Zeg daarna hoe jullie willen werken.',
				'Zeg pas dan wat jullie concreet doen.',
				'Check of het waarom over kinderen en gezinnen gaat, niet over de organisaties.',
				'Vraag aan elke partner om het waarom in eigen woorden te zeggen.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Waarom werken we samen?',
					guidingQuestions: [
						'Wat willen jullie samen betekenen voor kinderen en gezinnen?',
						'Waarom lukt dat niet als elke partner het alleen doet?',
						'Zouden ouders zich herkennen in jullie waarom?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'circleWhy',
							label: 'Waarom we samenwerken',
							hint: 'Schrijf het zo dat een ouder het begrijpt.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Hoe willen we werken?',
					guidingQuestions: [
						'Welke afspraken over de manier van werken vinden jullie belangrijk? Bijvoorbeeld: we praten met ouders, niet over ouders.',
						'Wat maakt jullie samenwerking anders dan naast elkaar werken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'circleHow',
							label: 'Zo willen we werken',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Wat doen we concreet?',
					guidingQuestions: [
						'Welke acties of diensten horen bij jullie samenwerking?',
						'Past elke actie bij het waarom? Welke actie past er niet meer bij?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'circleWhat',
							label: 'Dit doen we concreet',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'text',
							name: 'circleOneSentence',
							label: 'Ons waarom in één zin',
							hint: 'Kan iedereen aan tafel deze zin zeggen en uitleggen?',
							maxLength: TEXT_MAX
						}
					]
				}
			]
		},
		{
			number: 5,
			slug: 'smart-maken',
			title: 'Maak het doel SMART',
			goal: 'Het doel is zo concreet dat iedereen weet wat jullie willen bereiken, wie wat doet en wanneer het gelukt is.',
			checklist: [
				'Maak het doel specifiek: wat willen jullie bereiken, en voor wie?',
				'Maak het meetbaar: waaraan zie je dat het lukt?',
				'Maak het actief: wie doet iets?',
				'Maak het realistisch: lukt het met de mensen en de tijd die je hebt?',
				'Maak het tijdsgebonden: tegen wanneer?',
				'Schrijf het doel op de doelpagina van jullie samenwerking in Brugwerk.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Specifiek en meetbaar',
					guidingQuestions: [
						'Welke kinderen of gezinnen gaat het over? In welke school, klas of wijk?',
						'Wat verandert er voor hen? Vermijd woorden als ‘beter’ of ‘meer’ zonder uitleg.',
						'Wat kun je tellen, zien of navragen? Gebruik je curve uit stap 3.'
					]
				},
				{
					number: 2,
					title: 'Actief en realistisch',
					guidingQuestions: [
						'Welke partner doet wat?',
						'Hebben jullie de tijd, de mensen en het geld om dit te doen?',
						'Wat laat je weg, zodat het doel haalbaar blijft?'
					]
				},
				{
					number: 3,
					title: 'Tijdsgebonden, en met wie',
					guidingQuestions: [
						'Tegen welke datum willen jullie het doel bereiken?',
						'Wie schreef het doel mee? Waren er gezinnen bij?',
						'Hoe vertellen jullie het doel aan collega’s en aan ouders?'
					]
				}
			]
		},
		{
			number: 6,
			slug: 'samen-terugkijken',
			title: 'Samen terugkijken',
			goal: 'Het doel blijft kloppen, omdat jullie het geregeld samen bekijken en bijsturen.',
			checklist: [
				'Zet een datum in de agenda om terug te kijken.',
				'Nodig alle partners uit, en vraag ook gezinnen naar hun ervaring.',
				'Kijk naar de curve: beweegt ze?',
				'Stuur het doel bij als de situatie veranderd is.',
				'Vier wat gelukt is, ook als het klein is.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Plan het terugkijken',
					guidingQuestions: [
						'Wanneer kijken jullie terug? Bijvoorbeeld aan het eind van elk trimester.',
						'Wie is erbij? Hoe hoor je wat ouders en kinderen ervan vinden?'
					],
					fields: [
						{
							kind: 'text',
							name: 'reviewWhen',
							label: 'We kijken terug op',
							hint: 'Een datum of een vast moment. Zet de datum ook op de doelpagina.',
							maxLength: TEXT_MAX
						}
					]
				},
				{
					number: 2,
					title: 'Klopt het doel nog?',
					guidingQuestions: [
						'Wat is er veranderd sinds jullie het doel kozen?',
						'Beweegt de curve de goede kant op? Wat zeggen de gezinnen?',
						'Staat elke partner nog achter het doel?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'reviewFindings',
							label: 'Dit zagen we bij het terugkijken',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 3,
					title: 'Stuur bij',
					guidingQuestions: [
						'Wat houden jullie, wat stoppen jullie, en wat proberen jullie nieuw?',
						'Moet het doel zelf anders? Pas het dan aan op de doelpagina.'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'reviewAdjust',
							label: 'Dit sturen we bij',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		}
	],
	closing:
		'Een goed doel vertrekt van de kinderen en gezinnen, niet van de organisaties. Het zegt waarom jullie samenwerken, en het is zo concreet dat je kunt zien of het lukt. Schrijf het op de doelpagina van jullie samenwerking. En kijk geregeld samen terug, want situaties veranderen.'
};
