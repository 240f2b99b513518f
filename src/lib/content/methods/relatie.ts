import { EXPERTISE_DOMAINS } from '../expertise';
import type { Method } from '../types';

const TEXTAREA_MAX = 2000;

export const relatieMethod: Method = {
	slug: 'relatie',
	block: 'relatie',
	title: 'Werken aan relatie in drie stappen',
	introduction:
		'Met deze methode bouw je stap voor stap aan een goede relatie tussen onderwijs en welzijn. Je begint bij jezelf: wat is jouw rol, en wat kun je bieden? Daarna werk je samen rond een concrete casus. Tot slot maak je de relatie sterk tussen de organisaties. Elke stap heeft een doel, een checklist en kleine deelstappen met vragen.',
	steps: [
		{
			number: 1,
			slug: 'mijn-rol-en-aanbod',
			title: 'Mijn rol en aanbod',
			goal: 'Je partners weten na deze stap wie je bent, wat je kunt bieden en waar je grens ligt.',
			checklist: [
				'Zeg wat jouw school of organisatie aanbiedt.',
				'Zoek uit wat je binnen je eigen organisatie kunt navragen.',
				'Zeg duidelijk wat je niet zelf kunt opnemen.',
				'Vat alles samen in een korte, heldere boodschap voor je partners.',
				'Laat ruimte om samen nieuwe mogelijkheden te zoeken.'
			],
			worksheet: 'role-card',
			subSteps: [
				{
					number: 1,
					title: 'Wat is mijn opdracht?',
					guidingQuestions: [
						'Wat is de kern van je taak, in je functie of in je organisatie?',
						'Hoe werk je vooral: eerder preventief, begeleidend, signalerend of doorverwijzend?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'coreTask',
							label: 'Mijn kerntaak',
							hint: 'Beschrijf in een paar zinnen waar je werk in de kern om draait.',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'choices',
							name: 'workingStyle',
							label: 'Zo werk ik vooral',
							hint: 'Duid aan wat bij jou past.',
							options: [
								{ value: 'preventief', label: 'Preventief' },
								{ value: 'begeleidend', label: 'Begeleidend' },
								{ value: 'signalerend', label: 'Signalerend' },
								{ value: 'doorverwijzend', label: 'Doorverwijzend' }
							]
						}
					]
				},
				{
					number: 2,
					title: 'Wat kan ik bieden?',
					guidingQuestions: [
						'Wat kun je concreet doen voor een kind, een gezin of een partner? Denk aan gesprekken, observaties, doorverwijzen of overleg.',
						'Welke kennis en ervaring breng je mee? Bijvoorbeeld op pedagogisch, psychosociaal of administratief vlak.'
					],
					fields: [
						{
							kind: 'choices',
							name: 'offer',
							label: 'Dit kan ik doen',
							hint: 'Duid aan wat past. Staat iets er niet bij? Vul het zelf aan.',
							options: [
								{ value: 'gesprekken', label: 'Gesprekken' },
								{ value: 'observaties', label: 'Observaties' },
								{ value: 'doorverwijzing', label: 'Doorverwijzing' },
								{ value: 'overleg', label: 'Overleg' }
							],
							other: true
						},
						{
							kind: 'choices',
							name: 'expertise',
							label: 'Mijn expertise',
							hint: 'Welke kennis breng je mee? Vul aan als iets ontbreekt.',
							// The shared list of expertise domains (also used by the organisations directory).
							options: EXPERTISE_DOMAINS.map(({ value, label }) => ({ value, label })),
							other: true
						}
					]
				},
				{
					number: 3,
					title: 'Waar ligt mijn mandaat?',
					guidingQuestions: [
						'Wat mag je zelf beslissen, zonder het eerst aan iemand te vragen?',
						'Wanneer moet je eerst overleggen? Met de directie, met je team of met een partner van buiten?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'mandateAlone',
							label: 'Dit beslis ik zelf',
							hint: 'Welke beslissingen mag je nemen zonder eerst te overleggen?',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'mandateAlign',
							label: 'Hier overleg ik eerst, en met wie',
							hint: 'Met de directie, je team of partners buiten je organisatie? Schrijf erbij over welke beslissingen het gaat.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 4,
					title: 'Wat stem ik intern af?',
					guidingQuestions: [
						'Met wie in je eigen organisatie moet je overleggen?',
						'Welke regels of procedures gelden er in je organisatie?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'alignWith',
							label: 'Met wie overleg ik intern?',
							hint: 'Noem functies. Bijvoorbeeld je directie, de zorgcoördinator of je teamverantwoordelijke.',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'procedures',
							label: 'Welke procedures gelden er?',
							hint: 'Bijvoorbeeld over aanmelden, dossiers, toestemming van ouders of het delen van informatie.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 5,
					title: 'Wat kan ik niet doen, en hoe zeg ik dat?',
					guidingQuestions: [
						'Waar liggen je grenzen? Denk aan je tijd, je expertise en je rol.',
						'Hoe zeg je dat op een respectvolle manier?'
					],
					fields: [
						{
							kind: 'choices',
							name: 'limits',
							label: 'Mijn grenzen liggen vooral bij',
							hint: 'Duid aan wat voor jou het meest speelt.',
							options: [
								{ value: 'tijd', label: 'Tijd' },
								{ value: 'expertise', label: 'Expertise' },
								{ value: 'rol', label: 'Rol' }
							]
						},
						{
							kind: 'textarea',
							name: 'limitsDetail',
							label: 'Dit kan ik niet opnemen',
							hint: 'Wees concreet. Dan weten partners waar ze wel en niet op kunnen rekenen.',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'limitsHowISay',
							label: 'Zo zeg ik het met respect',
							hint: 'Schrijf een zin die je tegen een partner zou zeggen. Zeg ook wie het misschien wel kan opnemen.',
							maxLength: TEXTAREA_MAX
						}
					]
				},
				{
					number: 6,
					title: 'Waar kunnen we samen zoeken?',
					guidingQuestions: [
						'Op welke punten kun je flexibel zijn?',
						'Welke oplossingen wil je samen met je partners verkennen?',
						'Wat kan groeien als jullie samenwerken?'
					],
					fields: [
						{
							kind: 'textarea',
							name: 'flexibility',
							label: 'Hier kan ik flexibel zijn',
							hint: 'Bijvoorbeeld in je uren, de plek waar je werkt of de manier waarop je contact legt.',
							maxLength: TEXTAREA_MAX
						},
						{
							kind: 'textarea',
							name: 'exploreTogether',
							label: 'Dit wil ik graag samen verkennen',
							hint: 'Welke vraag of welk idee wil je met je partners bekijken?',
							maxLength: TEXTAREA_MAX
						}
					]
				}
			]
		},
		{
			number: 2,
			slug: 'relatie-in-de-casus',
			title: 'Relatie in de casus',
			goal: 'Door samen aan een concrete situatie te werken, leer je elkaar als professional kennen.',
			checklist: [
				'Ontdek hoe de anderen naar de situatie kijken.',
				'Vertel hoe jij het ziet en hoe je wilt werken.',
				'Luister goed naar wat de andere partner weet en kan.',
				'Stel vragen en check of jullie elkaar goed begrijpen.',
				'Vraag hulp als je die nodig hebt, en bied zelf hulp aan.',
				'Betrek het kind, de jongere en de ouders waar het kan.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Bekijk de casus vanuit verschillende kanten',
					guidingQuestions: [
						'Hoe vatten jullie de situatie samen, zodat iedereen van hetzelfde beeld vertrekt?',
						'Wat heeft elke partner gezien? En hoe begrijpt hij of zij dat?',
						'Waar kijken jullie anders naar de situatie? Kun je dat zeggen zonder het meteen op te lossen?'
					]
				},
				{
					number: 2,
					title: 'Wat vindt elke partner belangrijk?',
					guidingQuestions: [
						'Wat is voor elke partner het belangrijkste?',
						'Waar maakt elke partner zich zorgen over?',
						'Waar liggen jullie prioriteiten dicht bij elkaar, en waar niet?'
					]
				},
				{
					number: 3,
					title: 'Zoek samen wat helpt',
					guidingQuestions: [
						'Welke acties zijn mogelijk? Verzamel eerst alle ideeën.',
						'Wat zijn de sterktes van het kind en van de mensen om het kind heen?',
						'Welke ideeën zijn haalbaar, en welke maken het meeste verschil?',
						'Voor welke paar concrete acties kiezen jullie?'
					]
				},
				{
					number: 4,
					title: 'Spreek af wie wat doet',
					guidingQuestions: [
						'Wie neemt welke rol op? Is dat voor iedereen duidelijk?',
						'Past de taak bij de expertise en het mandaat van die persoon?',
						'Hoe voorkom je dat twee partners hetzelfde doen?'
					]
				},
				{
					number: 5,
					title: 'Denk aan de ouders en het kind',
					guidingQuestions: [
						'Hoe betrekken jullie de ouders en het kind?',
						'Hoe leg je de afspraken uit, zodat zij ze begrijpen?',
						'Kunnen de ouders en het kind de acties aan? Passen ze bij wat zij kunnen dragen?'
					]
				},
				{
					number: 6,
					title: 'Maak duidelijke afspraken',
					guidingQuestions: [
						'Zijn de afspraken concreet genoeg? Weet iedereen wat, wie en tegen wanneer?',
						'Wanneer laten jullie elkaar weten hoe het loopt?',
						'Hoe en wanneer sturen jullie bij als het nodig is?',
						'Moeten jullie de afspraken opschrijven?'
					]
				}
			]
		},
		{
			number: 3,
			slug: 'relatie-op-organisatieniveau',
			title: 'Relatie op organisatieniveau',
			goal: 'De samenwerking blijft bestaan, ook als een collega vertrekt of een casus afloopt.',
			checklist: [
				'Breng alle partners in kaart.',
				'Zoek uit welke expertise nog ontbreekt.',
				'Maak vaste afspraken die blijven gelden.',
				'Werk ook aan relaties als er geen crisis is.',
				'Deel wat goed gaat en wat moeilijk loopt.',
				'Maak duidelijk wie welke rol en welk mandaat heeft.'
			],
			subSteps: [
				{
					number: 1,
					title: 'Maak een netwerkkaart',
					guidingQuestions: [
						'Welke partners zijn belangrijk? Zet ze allemaal op een kaart.',
						'Wie is bij elke partner de contactpersoon? Welke rol heeft die, en hoe bereik je die persoon?',
						'Waar zijn de banden sterk? Waar ontbreekt een band?',
						'Hoe gebruik je de kaart als er een nieuwe casus komt?'
					]
				},
				{
					number: 2,
					title: 'Wie brengt welke expertise mee?',
					guidingQuestions: [
						'Waar is elke partner sterk in?',
						'Waarvoor kunnen anderen bij die partner terecht?',
						'Waar overlappen jullie? En waar vullen jullie elkaar aan?'
					]
				},
				{
					number: 3,
					title: 'Plan vaste overlegmomenten',
					guidingQuestions: [
						'Hoe vaak overleggen jullie? Bijvoorbeeld één keer per trimester of per semester.',
						'Spreken jullie vooraf het doel en de agenda af?',
						'Wie maakt een verslag, en wie volgt de afspraken op?',
						'Overleggen jullie online, in het echt, of afwisselend?'
					]
				},
				{
					number: 4,
					title: 'Maak tijd voor informele ontmoetingen',
					guidingQuestions: [
						'Welke netwerkmomenten kunnen jullie organiseren?',
						'Kunnen jullie samen koffie drinken, of samen een vorming volgen?',
						'Hoe leer je elkaar op zulke momenten beter kennen?'
					]
				},
				{
					number: 5,
					title: 'Deel successen en knelpunten',
					guidingQuestions: [
						'Welke goede ervaringen willen jullie delen?',
						'Welke knelpunten zijn er? Hoe bespreek je ze open, en hoe zoek je samen een oplossing?',
						'Welke anonieme casussen kunnen jullie gebruiken om samen uit te leren?'
					]
				},
				{
					number: 6,
					title: 'Spreek af hoe jullie informatie delen',
					guidingQuestions: [
						'Wat mag je delen, en wat niet?',
						'Wanneer heb je de toestemming van ouders of van de jongere nodig? Hoe vraag je die?',
						'Hoe geef je informatie veilig door?'
					]
				},
				{
					number: 7,
					title: 'Maak mandaten duidelijk',
					guidingQuestions: [
						'Wie neemt welke beslissingen?',
						'Wanneer moeten partners eerst met elkaar afstemmen? Leg dat vast.',
						'Hoe zorg je dat nieuwe collega’s deze afspraken ook kennen?'
					]
				}
			]
		}
	],
	closing:
		'Een sterke relatie groeit als partners weten wat elk van hen doet, kan en mag. Werk samen vanuit een gedeelde kijk. En leg de samenwerking goed vast, zodat ze blijft bestaan, ook als mensen wisselen.'
};
