// Demo organisations and mandates for the demo partnership (fictional, anonymised), made through
// the directory's own functions: each member is linked to the organisation they named.
import type { Tx } from '$lib/server/db/client';
import { nameKey } from '$lib/domain/organisations/defaults';
import { createMandate } from '$lib/domain/organisations/mandate.server';
import type { MandateInput, OrganisationInput } from '$lib/domain/organisations/organisation.schema';
import { createOrganisation } from '$lib/domain/organisations/organisation.server';
import { asDb, expectOk, type DemoContext } from './context';
import { can } from '$lib/domain/permissions/permissions';

/** As the directory's form gives it: the domains in the list's order, own words apart. */
type DemoOrganisation = Omit<OrganisationInput, 'typeOther' | 'members' | 'expertiseOther'> & { ownWords?: string };

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
		expertise: ['administratief', 'vrije_tijd', 'schoolloopbaan'],
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
		expertise: ['administratief', 'armoede_en_schulden'],
		description: 'Sociale dienst van het sociaal huis: leefloon, aanvullende steun, tussenkomst in schoolkosten.'
	},
	{
		name: 'Huis van het Kind Oostwijk',
		type: 'huis_van_het_kind',
		sector: 'welfare',
		level: 'meso',
		contactPerson: 'Coördinator Huis van het Kind',
		reachability: 'huisvanhetkind@oostwijk.example · elke woensdagvoormiddag inloop',
		expertise: ['gezondheid', 'opvoedingsondersteuning'],
		description: 'Netwerk rond gezinnen met jonge kinderen: consultaties, opvoedingsvragen, ontmoeting voor ouders.'
	},
	{
		name: 'Huiswerkklas Samen Sterk',
		type: 'vrijwilligersorganisatie',
		sector: 'civil_society',
		level: 'micro',
		contactPerson: 'Verantwoordelijke vrijwilligers',
		reachability: 'Via de brugfiguur van de stad',
		expertise: ['taal_en_integratie', 'vrije_tijd'],
		ownWords: 'Huiswerkbegeleiding',
		description: 'Vrijwilligers helpen kinderen twee keer per week met hun huiswerk in het buurthuis.'
	}
];

const DEMO_MANDATES: (Omit<MandateInput, 'organisationId'> & { organisation: string | null })[] = [
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
	const db = asDb(tx);
	const { partnershipId } = ctx;
	const ids = new Map<string, string>();
	for (const { ownWords, ...org } of DEMO_ORGANISATIONS) {
		const members = ctx.members.filter((mb) => nameKey(mb.organisationName) === nameKey(org.name));
		const created = expectOk(
			`the organisation ${org.name}`,
			await createOrganisation(db, {
				partnershipId,
				input: {
					...org,
					typeOther: '',
					expertiseOther: ownWords ?? '',
					members: members.map((mb) => mb.membershipId)
				}
			})
		);
		ids.set(nameKey(org.name), created.id);
	}
	const coordinator = ctx.members.find((mb) => can(mb.role, 'member:manage')) ?? ctx.members[0]!;
	for (const { organisation, ...mandate } of DEMO_MANDATES)
		expectOk(
			`the mandate ${mandate.role}`,
			await createMandate(db, {
				partnershipId,
				userId: coordinator.userId,
				input: { ...mandate, organisationId: organisation ? (ids.get(nameKey(organisation)) ?? null) : null }
			})
		);
}
