// The demo's recurring tasks with their RASCI and its continuity plan (method "afstemming en
// taakafbakening"), made through the domain functions: three tasks, three contacts, one of them
// still without a backup so the plan shows what is missing.
import type { Tx } from '$lib/server/db/client';
import type { RasciLetter } from '$lib/domain/cases/rasci';
import { createContinuityItem } from '$lib/domain/continuity/continuity.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { createRecurringTask, setTaskAssignments } from '$lib/domain/recurring-tasks/recurring-task.server';
import type { RecurringTaskInput } from '$lib/domain/recurring-tasks/recurring-task.schema';
import { asDb, expectOk, type DemoContext, type DemoMember } from './context';

export async function seedDemoRecurringTasks(tx: Tx, ctx: DemoContext): Promise<void> {
	const db = asDb(tx);
	const partnershipId = ctx.partnershipId;
	// The people who take on tasks, in seat order: the coordinator (brugfiguur), the school's care
	// coordinator, the CLB and the CAW. The observer gets no letter.
	const people = ctx.members.filter((mb) => mayHold(mb.role, 'task:rasci'));
	const [bridge, school, clb, caw] = people;
	if (!bridge || !school || !clb || !caw) return;
	const userId = bridge.userId;

	const tasks: { input: RecurringTaskInput; rasci: [DemoMember, RasciLetter][] }[] = [
		{
			input: {
				title: 'Het overleg voorbereiden',
				description:
					'De agenda een week vooraf rondsturen, met de punten die partners aanbrachten. Zo komt iedereen voorbereid en blijft het overleg kort.',
				frequency: 'monthly'
			},
			rasci: [
				[bridge, 'A'],
				[school, 'R'],
				[clb, 'C'],
				[caw, 'I']
			]
		},
		{
			input: {
				title: 'Nieuwe gezinnen wegwijs maken',
				description:
					'Bij de start van het schooljaar krijgen nieuwe gezinnen een korte uitleg over wie wat doet in de buurt, in eenvoudige woorden.',
				frequency: 'school_year'
			},
			rasci: [
				[school, 'A'],
				[bridge, 'R'],
				[caw, 'S'],
				[clb, 'C']
			]
		},
		{
			input: {
				title: 'De doorverwijzingen opvolgen',
				description:
					'Per trimester tellen hoeveel doorverwijzingen binnen tien schooldagen een eerste gesprek hadden. Dat cijfer komt op het overleg.',
				frequency: 'trimester'
			},
			rasci: [
				[clb, 'A'],
				[school, 'R'],
				[caw, 'R'],
				[bridge, 'I']
			]
		}
	];
	for (const task of tasks) {
		const { id } = await createRecurringTask(db, { partnershipId, userId, input: task.input });
		expectOk(
			`the RASCI of "${task.input.title}"`,
			await setTaskAssignments(db, {
				partnershipId,
				taskId: id,
				userId,
				version: 1,
				assignments: task.rasci.map(([p, letter]) => ({ membershipId: p.membershipId, letter }))
			})
		);
	}

	const contacts = [
		{
			contact: 'De directie en de zorgcoördinator van Basisschool De Regenboog',
			holderId: bridge.userId,
			backupId: school.userId,
			handoverNote:
				'De afspraken staan in de map "Samenwerking" op de gedeelde schijf. Bel eerst het secretariaat van de school.'
		},
		{
			contact: 'Het onthaal van het OCMW voor vragen over schoolkosten',
			holderId: caw.userId,
			backupId: bridge.userId,
			handoverNote: 'De contactfiche staat in de wie-biedt-wat-lijst. Het onthaal is open op dinsdag en donderdag.'
		},
		{
			contact: 'De oudergroep van de brede school',
			holderId: clb.userId,
			backupId: null,
			handoverNote: 'De oudergroep komt elke tweede maandag samen in de refter van de school.'
		}
	];
	for (const input of contacts)
		expectOk(
			`the continuity item "${input.contact}"`,
			await createContinuityItem(db, { partnershipId, userId, input })
		);
}
