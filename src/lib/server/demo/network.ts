// The demo network map: the directory's organisations on the map (and, for the types the demo
// links need but the directory lacks, a plain node), a few people by their role only, one missing
// expertise and links of every strength. Made through the map's own functions.
import type { Tx } from '$lib/server/db/client';
import type { LinkInput, NodeInput } from '$lib/domain/network/network.schema';
import { addDirectoryOrganisations, createLink, createNode, getNetworkMap } from '$lib/domain/network/network.server';
import { listOrganisations } from '$lib/domain/organisations/organisation.server';
import { asDb, expectOk } from './context';

/** A node the demo adds itself (not from the directory), with the key its links use. */
type DemoNode = Omit<NodeInput, 'organisationId' | 'role' | 'contact' | 'expertise'> &
	Partial<Pick<NodeInput, 'role' | 'contact' | 'expertise'>> & { key: string };

/** Organisations the demo needs for its links, used when the directory does not have one of that type. */
const DEMO_FALLBACK: Record<'school' | 'clb' | 'caw' | 'ocmw' | 'lokaal_bestuur', DemoNode> = {
	school: {
		key: 'school',
		kind: 'organisation',
		label: 'Basisschool De Regenboog',
		level: 'micro',
		sector: 'education'
	},
	clb: { key: 'clb', kind: 'organisation', label: 'CLB Oostwijk', level: 'meso', sector: 'education' },
	caw: { key: 'caw', kind: 'organisation', label: 'CAW Oostwijk', level: 'meso', sector: 'welfare' },
	ocmw: { key: 'ocmw', kind: 'organisation', label: 'OCMW Oostwijk', level: 'meso', sector: 'welfare' },
	lokaal_bestuur: {
		key: 'lokaal_bestuur',
		kind: 'organisation',
		label: 'Stad Oostwijk',
		level: 'macro',
		sector: 'local_government'
	}
};

const DEMO_PEOPLE: DemoNode[] = [
	{
		key: 'wijkagent',
		kind: 'person',
		label: 'Wijkagent',
		level: 'micro',
		sector: 'local_government',
		role: 'Kent de straten en de gezinnen van de wijk; komt langs bij de schoolpoort.',
		contact: 'Via het politiekantoor van de wijk'
	},
	{
		key: 'huisarts',
		kind: 'person',
		label: 'Huisarts van de wijkgezondheidspraktijk',
		level: 'micro',
		sector: 'welfare',
		role: 'Ziet veel gezinnen van de school, maar heeft geen vast contact met de school.'
	},
	{
		key: 'trainer',
		kind: 'person',
		label: 'Jeugdtrainer voetbalclub',
		level: 'micro',
		sector: 'civil_society',
		role: 'Vrijwilliger, ziet de kinderen elke woensdag en zaterdag.'
	},
	{
		key: 'logopedie',
		kind: 'missing',
		label: 'Logopedie zonder wachtlijst',
		level: 'meso',
		sector: 'welfare',
		expertise:
			'Taal- en spraakondersteuning voor jonge kinderen; de wachtlijst in de regio is langer dan een half jaar.'
	}
];

type DemoLink = { from: string; to: string; type: LinkInput['type']; strength: LinkInput['strength']; note: string };

const DEMO_LINKS: DemoLink[] = [
	{
		from: 'school',
		to: 'clb',
		type: 'consultation',
		strength: 'strong',
		note: 'Vast overleg elke maand over leerlingen met zorgen.'
	},
	{
		from: 'school',
		to: 'caw',
		type: 'referral',
		strength: 'weak',
		note: 'De school verwijst soms door, maar hoort daarna weinig terug.'
	},
	{
		from: 'lokaal_bestuur',
		to: 'ocmw',
		type: 'funding',
		strength: 'strong',
		note: 'De stad financiert de brugfiguren samen met het OCMW.'
	},
	{ from: 'ocmw', to: 'caw', type: 'information', strength: 'weak', note: 'Informatie loopt via losse mails.' },
	{
		from: 'huisarts',
		to: 'clb',
		type: 'information',
		strength: 'missing',
		note: 'Geen afspraken over wat huisarts en CLB mogen delen.'
	},
	{ from: 'wijkagent', to: 'school', type: 'informal', strength: 'weak', note: 'Een praatje aan de schoolpoort.' },
	{
		from: 'clb',
		to: 'logopedie',
		type: 'referral',
		strength: 'missing',
		note: 'Het CLB kan nergens snel doorverwijzen.'
	}
];

/** Needs only the partnership: with an empty directory, the fallback organisations stand in. */
export async function seedDemoNetwork(tx: Tx, ctx: { partnershipId: string }): Promise<void> {
	const db = asDb(tx);
	const { partnershipId } = ctx;
	await addDirectoryOrganisations(db, { partnershipId });
	// The links name organisations by type: the first node of each type on the map stands for it.
	const typeOf = new Map((await listOrganisations(db, { partnershipId })).map((o) => [o.id, o.type]));
	const keyed = new Map<string, string>();
	for (const node of (await getNetworkMap(db, { partnershipId })).nodes) {
		const type = node.organisationId ? typeOf.get(node.organisationId) : undefined;
		if (type && !keyed.has(type)) keyed.set(type, node.id);
	}
	const extra = [...Object.values(DEMO_FALLBACK).filter((f) => !keyed.has(f.key)), ...DEMO_PEOPLE];
	for (const { key, ...node } of extra) {
		const created = expectOk(
			`the map node ${node.label}`,
			await createNode(db, {
				partnershipId,
				input: {
					...node,
					organisationId: null,
					role: node.role ?? '',
					contact: node.contact ?? '',
					expertise: node.expertise ?? ''
				}
			})
		);
		keyed.set(key, created.id);
	}
	for (const { from, to, ...link } of DEMO_LINKS) {
		const fromNodeId = keyed.get(from);
		const toNodeId = keyed.get(to);
		if (fromNodeId && toNodeId)
			expectOk(
				`the map link ${from} → ${to}`,
				await createLink(db, { partnershipId, input: { fromNodeId, toNodeId, ...link } })
			);
	}
}
