// Demo pilots of the trust building loop (method "respect en vertrouwen"): one running, with its
// look back next month, and one already looked back on, whose lesson is in the learning log.
import { addDays, todayInBelgium } from '$lib/dates';
import type { Tx } from '$lib/server/db/client';
import { mayHold } from '$lib/domain/permissions/permissions';
import { createPilot, lookBack } from '$lib/domain/pilots/pilot.server';
import { asDb, expectOk, type DemoContext } from './context';

/** Demo: the CAW at the school's coffee moment (running) and a shared intake form (looked back on). */
export async function seedDemoPilots(tx: Tx, ctx: DemoContext): Promise<void> {
	const db = asDb(tx);
	const today = todayInBelgium();
	const owners = ctx.members.filter((mb) => mayHold(mb.role, 'pilot:owner'));
	const at = (name: string) => owners.find((mb) => mb.organisationName.startsWith(name)) ?? owners[0]!;
	const caw = at('CAW');
	const school = at('Basisschool');
	const scope = { partnershipId: ctx.partnershipId };

	expectOk(
		'the running pilot',
		await createPilot(db, {
			...scope,
			userId: caw.userId,
			input: {
				title: 'Het CAW schuift aan bij het koffiemoment voor ouders',
				aim: 'Drie maanden lang komt de CAW-medewerker elke maand naar het koffiemoment op school. Ouders leren haar kennen zonder afspraak. Het is gelukt als ouders zelf een vraag stellen, en als de school weet wanneer ze het CAW kan bellen.',
				ownerId: caw.userId,
				startsOn: addDays(today, -14),
				lookBackOn: addDays(today, 30)
			}
		})
	);

	const done = expectOk(
		'the finished pilot',
		await createPilot(db, {
			...scope,
			userId: school.userId,
			input: {
				title: 'Eén aanmeldformulier voor school en CLB',
				aim: 'Een maand lang gebruiken de school en het CLB hetzelfde korte formulier als een leerling extra zorg nodig heeft. Zo moeten ouders hun verhaal maar één keer doen.',
				ownerId: school.userId,
				startsOn: addDays(today, -60),
				lookBackOn: addDays(today, -7)
			}
		})
	);
	expectOk(
		'the look back',
		await lookBack(db, {
			...scope,
			pilotId: done.id,
			userId: school.userId,
			version: 1,
			input: {
				kind: 'success',
				wentWell:
					'Vijf gezinnen werden met hetzelfde formulier aangemeld. Het CLB had meteen de nodige informatie en hoefde niet opnieuw te bellen. De ouders vonden het formulier duidelijk.',
				learned:
					'Een gedeeld formulier spaart tijd en voorkomt dubbele vragen. We houden het, en vragen ook het CAW om het te gebruiken.'
			}
		})
	);
}
