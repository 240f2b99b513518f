// The demo's action plan of the method "betrokkenheid op verschillende niveaus": four commitments
// over the three levels, added by different partners, and a review date in the coming month.
import { addDays, todayInBelgium } from '$lib/dates';
import type { Tx } from '$lib/server/db/client';
import type { CommitmentInput } from '$lib/domain/covenants/covenant.schema';
import { addCommitment, createCovenant } from '$lib/domain/covenants/covenant.server';
import { can } from '$lib/domain/permissions/permissions';
import { asDb, expectOk, type DemoContext } from './context';

/** Demo: one action plan about school costs, as the partners would write it (no names of families). */
export async function seedDemoCovenants(tx: Tx, ctx: DemoContext, now = new Date()): Promise<void> {
	const db = asDb(tx);
	const writers = ctx.members.filter((mb) => can(mb.role, 'worksheet:write'));
	const by = (i: number) => (writers[i] ?? writers[0]!).userId;
	const today = todayInBelgium(now);
	const endOfSchoolYear = `${Number(today.slice(0, 4)) + (today.slice(5) > '06-30' ? 1 : 0)}-06-30`;
	const scope = { partnershipId: ctx.partnershipId };
	const { id } = await createCovenant(db, {
		...scope,
		userId: by(0),
		input: {
			kind: 'action_plan',
			title: 'Schoolkosten samen aanpakken',
			purpose:
				'Geen kind blijft thuis van een uitstap of een schoolreis omdat het geld ontbreekt. Ouders horen op één plek welke hulp er is, en moeten hun verhaal niet drie keer doen.',
			signedOn: null,
			validUntil: endOfSchoolYear,
			reviewOn: addDays(today, 18)
		}
	});
	const commitments: (CommitmentInput & { writer: number })[] = [
		{
			level: 'micro',
			party: 'Zorgcoördinator Basisschool De Regenboog',
			what: 'Spreekt ouders aan bij een open schoolrekening, en vertelt welke hulp er is. Altijd in een gesprek, nooit via een brief in de boekentas.',
			until: endOfSchoolYear,
			writer: 1
		},
		{
			level: 'micro',
			party: 'Brugfiguur',
			what: 'Gaat mee naar het eerste gesprek bij het OCMW als ouders dat willen.',
			until: null,
			writer: 1
		},
		{
			level: 'meso',
			party: 'OCMW Oostwijk, sociale dienst',
			what: 'Geeft de scholen één vast aanspreekpunt voor schoolkosten en antwoordt binnen vijf werkdagen.',
			until: endOfSchoolYear,
			writer: 3
		},
		{
			level: 'macro',
			party: 'Stad Oostwijk, dienst Onderwijs',
			what: 'Legt een gezamenlijke regeling voor schoolkosten voor aan het schepencollege, samen met de schoolbesturen.',
			until: addDays(today, 90),
			writer: 0
		}
	];
	let version = 1;
	for (const { writer, ...input } of commitments)
		version = expectOk(
			'a commitment of the demo action plan',
			await addCommitment(db, { ...scope, covenantId: id, userId: by(writer), version, input })
		).version;
}
