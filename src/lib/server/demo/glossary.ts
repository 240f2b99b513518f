// Demo terms of the shared glossary (method "communicatie"): words the school and the CAW use
// differently, each with plain words and a meaning from both sides, written by different partners.
import type { Tx } from '$lib/server/db/client';
import type { Sector } from '$lib/domain/partnerships/enums';
import { createTerm, setMeaning } from '$lib/domain/glossary/glossary.server';
import { asDb, expectOk, type DemoContext } from './context';

type DemoTerm = { term: string; plainWords: string; meanings: [Sector, string][] };

const TERMS: DemoTerm[] = [
	{
		term: 'Aanmelding',
		plainWords:
			'De eerste stap om hulp te vragen. Iemand schrijft op wat je vraag is, zodat de juiste persoon je kan helpen.',
		meanings: [
			['education', 'De school of het CLB vraagt hulp van buiten de school, met toestemming van de ouders.'],
			['welfare', 'Het eerste contact met het CAW. Na de aanmelding volgt een gesprek en soms een wachttijd.']
		]
	},
	{
		term: 'Huisbezoek',
		plainWords: 'Iemand van de school of van een dienst komt bij jou thuis op bezoek, als jij dat goed vindt.',
		meanings: [
			[
				'education',
				'Een bezoek van de brugfiguur of de zorgcoördinator, vooral om kennis te maken en drempels te verlagen.'
			],
			[
				'welfare',
				'Een gesprek thuis, omdat het gezin daar vaak meer op zijn gemak is. Het is altijd op vrijwillige basis.'
			]
		]
	},
	{
		term: 'Terugkoppeling',
		plainWords: 'Laten weten hoe het verder ging, aan wie je iets vroeg.',
		meanings: [
			['education', 'Horen of een leerling na een doorverwijzing echt hulp kreeg, zodat de school zelf kan bijsturen.'],
			[
				'welfare',
				'Een korte status zonder inhoud: aangemeld, in begeleiding of afgesloten. Meer alleen met toestemming.'
			]
		]
	},
	{
		term: 'Zorgoverleg',
		plainWords: 'Een overleg op school over leerlingen die extra hulp nodig hebben.',
		meanings: [
			['education', 'Het vaste overleg van de zorgcoördinator, de leerkrachten en het CLB, meestal elke maand.'],
			['welfare', 'Een overleg waar een hulpverlener soms wordt uitgenodigd, als het gezin dat wil.']
		]
	},
	{
		term: 'Dossier',
		plainWords: 'Een map met wat een dienst over je weet. Je mag vragen wat erin staat.',
		meanings: [
			['education', 'Het leerlingendossier van de school, en apart het dossier van het CLB met strengere regels.'],
			['welfare', 'Het cliëntdossier. Alleen de hulpverleners van die dienst lezen het, en de cliënt zelf.']
		]
	},
	{
		term: 'Vertrouwenspersoon',
		plainWords: 'Iemand die jij kiest om mee te gaan naar een gesprek, om je te steunen.',
		meanings: [
			[
				'education',
				'Een persoon die een ouder of leerling meebrengt naar een gesprek op school, bijvoorbeeld een tolk of een vriend.'
			],
			['welfare', 'Een persoon die de cliënt mag bijstaan. Die is geen hulpverlener en heeft geen beroepsgeheim.']
		]
	}
];

/** Demo: six terms; the CLB writes the words and the school's side, the CAW adds its side. */
export async function seedDemoGlossary(tx: Tx, ctx: DemoContext): Promise<void> {
	const db = asDb(tx);
	const by = (i: number) => (ctx.members[i] ?? ctx.members[0]!).userId;
	const writer: Record<Sector, string> = {
		education: by(2),
		welfare: by(3),
		local_government: by(0),
		civil_society: by(0)
	};
	for (const [i, t] of TERMS.entries()) {
		const { id } = expectOk(
			`glossary term ${t.term}`,
			await createTerm(db, {
				partnershipId: ctx.partnershipId,
				userId: i % 2 === 0 ? by(2) : by(1),
				input: { term: t.term, plainWords: t.plainWords }
			})
		);
		let version = 1;
		for (const [sector, meaning] of t.meanings)
			version = expectOk(
				`meaning of ${t.term}`,
				await setMeaning(db, {
					partnershipId: ctx.partnershipId,
					termId: id,
					userId: writer[sector],
					version,
					base: '',
					input: { sector, meaning }
				})
			).version;
	}
}
