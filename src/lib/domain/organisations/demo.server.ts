// Demo organisations and mandates for the demo partnership (fictional, anonymised).
import { and, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { mandates, memberships, organisations } from '$lib/server/db/schema';
import type { DemoContext } from '$lib/server/seed';
import { can } from '$lib/domain/permissions/permissions';
import type { ExpertiseValue } from '$lib/content/expertise';
import type { Level, OrganisationType, Sector } from '$lib/domain/partnerships/enums';
import { nameKey } from './defaults';

type DemoOrganisation = {
	name: string;
	type: OrganisationType;
	sector: Sector;
	level: Level;
	contactPerson: string;
	reachability: string;
	expertise: (ExpertiseValue | string)[];
	description: string;
};

// One for each demo member's organisation, and a few more so that sectors and levels vary. Nobody
// offers "jeugdhulp" yet: the expertise overview shows that gap.
const DEMO_ORGANISATIONS: DemoOrganisation[] = [
	{
		name: 'Stad Oostwijk, dienst Onderwijs',
		type: 'lokaal_bestuur',
		sector: 'local_government',
		level: 'macro',
		contactPerson: 'Sofie Claes, brugfiguur',
		reachability: 'onderwijs@oostwijk.example · 050 00 00 10 · op weekdagen van 9 tot 16 uur',
		expertise: ['administratief', 'schoolloopbaan', 'vrije_tijd'],
		description:
			'Brengt scholen en diensten van de stad samen. Werkt aan het lokaal onderwijsbeleid en stelt de brugfiguren te werk.'
	},
	{
		name: 'Basisschool De Regenboog',
		type: 'school',
		sector: 'education',
		level: 'meso',
		contactPerson: 'Youssef El Amrani, zorgcoördinator',
		reachability: 'zorg@deregenboog.example · 050 00 00 20 · liefst na 15.30 uur',
		expertise: ['pedagogisch', 'schoolloopbaan'],
		description:
			'Wijkschool met kleuter- en lager onderwijs. Veel gezinnen spreken thuis een andere taal dan het Nederlands.'
	},
	{
		name: 'CLB Oostwijk',
		type: 'clb',
		sector: 'education',
		level: 'meso',
		contactPerson: 'Onthaal CLB',
		reachability: 'onthaal@clb-oostwijk.example · 050 00 00 30',
		expertise: ['psychosociaal', 'gezondheid', 'psychische_gezondheid', 'schoolloopbaan'],
		description: 'Begeleidt leerlingen, ouders en scholen bij leren, studiekeuze, gezondheid en welbevinden.'
	},
	{
		name: 'CAW Oostwijk',
		type: 'caw',
		sector: 'welfare',
		level: 'meso',
		contactPerson: 'Onthaalteam',
		reachability: 'Vrij onthaal op maandag en donderdag van 9 tot 12 uur · 050 00 00 40',
		expertise: ['armoede_en_schulden', 'wonen', 'juridisch'],
		description: 'Helpt mensen met vragen over wonen, geld, relaties en rechten. Gratis en vertrouwelijk.'
	},
	{
		name: 'OCMW Oostwijk',
		type: 'ocmw',
		sector: 'welfare',
		level: 'meso',
		contactPerson: 'Sociale dienst',
		reachability: 'sociaalhuis@oostwijk.example · 050 00 00 50',
		expertise: ['armoede_en_schulden', 'administratief'],
		description: 'Sociale dienst van het sociaal huis: leefloon, aanvullende steun, tussenkomst in schoolkosten.'
	},
	{
		name: 'Huis van het Kind Oostwijk',
		type: 'huis_van_het_kind',
		sector: 'welfare',
		level: 'meso',
		contactPerson: 'Coördinator Huis van het Kind',
		reachability: 'huisvanhetkind@oostwijk.example · elke woensdagvoormiddag inloop',
		expertise: ['opvoedingsondersteuning', 'gezondheid'],
		description: 'Netwerk rond gezinnen met jonge kinderen: consultaties, opvoedingsvragen, ontmoeting voor ouders.'
	},
	{
		name: 'Huiswerkklas Samen Sterk',
		type: 'vrijwilligersorganisatie',
		sector: 'civil_society',
		level: 'micro',
		contactPerson: 'Verantwoordelijke vrijwilligers',
		reachability: 'Via de brugfiguur van de stad',
		expertise: ['taal_en_integratie', 'vrije_tijd', 'Huiswerkbegeleiding'],
		description: 'Vrijwilligers helpen kinderen twee keer per week met hun huiswerk in het buurthuis.'
	}
];

const DEMO_MANDATES: {
	organisation: string | null;
	role: string;
	decidesAlone: string;
	alignmentNeeded: string;
	alignsWith: string;
}[] = [
	{
		organisation: null,
		role: 'Coördinator van de samenwerking',
		decidesAlone: 'De agenda van het structureel overleg opstellen en partners uitnodigen.',
		alignmentNeeded: 'Het gemeenschappelijk doel bijstellen, nieuwe partners opnemen, middelen inzetten.',
		alignsWith: 'Alle partners, op het structureel overleg'
	},
	{
		organisation: 'Basisschool De Regenboog',
		role: 'Zorgcoördinator',
		decidesAlone: 'Een gesprek met ouders plannen, extra ondersteuning in de klas afspreken.',
		alignmentNeeded:
			'Een partner van buiten de school betrekken, een leerling laten overstappen naar een andere school.',
		alignsWith: 'Directie en CLB'
	},
	{
		organisation: 'CLB Oostwijk',
		role: 'CLB-medewerker',
		decidesAlone: 'Een begeleiding starten, een observatie in de klas doen.',
		alignmentNeeded: 'Een aanmelding bij jeugdhulp.',
		alignsWith: 'Het multidisciplinair team van het CLB'
	},
	{
		organisation: 'CAW Oostwijk',
		role: 'Welzijnswerker',
		decidesAlone: 'Een intake en een korte begeleiding.',
		alignmentNeeded: 'Een langere begeleiding of financiële steun.',
		alignsWith: 'Teamverantwoordelijke'
	}
];

/** Organisations of the demo partnership, its members linked to them, and a few mandates. */
export async function seedDemoOrganisations(tx: Tx, ctx: DemoContext): Promise<void> {
	const ids = new Map<string, string>();
	for (const org of DEMO_ORGANISATIONS) {
		const [created] = await tx
			.insert(organisations)
			.values({ partnershipId: ctx.partnershipId, ...org })
			.returning({ id: organisations.id });
		ids.set(nameKey(org.name), created!.id);
	}
	for (const mb of ctx.members) {
		const organisationId = ids.get(nameKey(mb.organisationName));
		if (organisationId)
			await tx
				.update(memberships)
				.set({ organisationId })
				.where(and(eq(memberships.partnershipId, ctx.partnershipId), eq(memberships.id, mb.membershipId)));
	}
	const coordinator = ctx.members.find((mb) => can(mb.role, 'member:manage'));
	for (const { organisation, ...mandate } of DEMO_MANDATES)
		await tx.insert(mandates).values({
			partnershipId: ctx.partnershipId,
			organisationId: organisation ? (ids.get(nameKey(organisation)) ?? null) : null,
			...mandate,
			updatedBy: coordinator?.userId ?? null
		});
}
