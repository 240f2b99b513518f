// The demo's worksheets: two steps of "gemeenschappelijk doel" (each partner's frame, then the why)
// and the first step of "communicatie", saved through the domain so each has its history.
import type { Tx } from '$lib/server/db/client';
import { saveStepAnswers } from '$lib/domain/worksheets/method-answers.server';
import { can } from '$lib/domain/permissions/permissions';
import { asDb, expectOk, type DemoContext } from './context';

export async function seedDemoWorksheets(tx: Tx, ctx: DemoContext): Promise<void> {
	const writers = ctx.members.filter((mb) => can(mb.role, 'worksheet:write'));
	const first = writers[0];
	const second = writers[1] ?? first;
	if (!first || !second) return;
	const db = asDb(tx);
	const save = async (
		userId: string,
		method: string,
		step: string,
		answers: Record<string, string | string[]>,
		version: number
	) =>
		expectOk(
			`the worksheet step ${method}/${step}`,
			await saveStepAnswers(db, { partnershipId: ctx.partnershipId, userId, method, step, answers, version })
		);

	// Step 1, written by the coordinator and completed by a partner: two versions, two contributors.
	const frame = {
		frameOwn:
			'De scholen volgen leerlingen op in de klas en in de zorg. Het CLB begeleidt leerlingen en ouders bij vragen over leren en welzijn. Het CAW helpt gezinnen met vragen over wonen, geld en relaties.',
		successOwn:
			'Voor de school: een leerling die weer graag komt en mee kan. Voor het CAW: een gezin dat weer rust vindt. Voor het CLB: ouders die weten bij wie ze terechtkunnen.'
	};
	await save(first.userId, 'gemeenschappelijk-doel', 'elkaars-kader', frame, 0);
	await save(
		second.userId,
		'gemeenschappelijk-doel',
		'elkaars-kader',
		{
			...frame,
			frameOverlap: 'We willen allemaal dat een gezin maar één keer zijn verhaal moet vertellen.',
			frameDifferences:
				'De school moet snel schakelen tijdens het schooljaar. Het CAW werkt met een wachtlijst en kan niet altijd meteen starten.'
		},
		1
	);
	await save(
		first.userId,
		'gemeenschappelijk-doel',
		'het-waarom',
		{
			circleWhy:
				'Kinderen leren beter als het thuis rustiger is, en gezinnen vinden sneller hulp als de school de weg kent.',
			circleHow: 'We spreken vaste contactpersonen af en geven elkaar kort terug wat er met een vraag gebeurd is.',
			circleWhat: 'Elke maand een overleg van de zorgcoördinatoren met het CLB en het CAW.',
			circleOneSentence: 'Samen zorgen we dat geen enkel gezin tussen school en hulp verloren loopt.'
		},
		0
	);
	await save(
		second.userId,
		'communicatie',
		'wie-moet-wat-weten',
		{
			needToKnow:
				'De klasleerkracht: wat het kind nodig heeft in de klas. De zorgcoördinator: welke hulp loopt en bij wie. De partners van buiten de school: alleen wat ouders goedvinden.',
			notToShare: 'Details over de thuissituatie of een diagnose delen we niet zonder toestemming van de ouders.'
		},
		0
	);
}
