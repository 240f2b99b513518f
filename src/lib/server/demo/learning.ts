// Demo entries of the learning log, made as the partners would write them.
import type { Tx } from '$lib/server/db/client';
import type { LearningEntryInput } from '$lib/domain/learning/learning.schema';
import { createLearningEntry } from '$lib/domain/learning/learning.server';
import { asDb, type DemoContext } from './context';

/** Demo: three entries in the words of the demo partners (no names of children or families). */
export async function seedDemoLearning(tx: Tx, ctx: DemoContext): Promise<void> {
	const author = (i: number) => (ctx.members[i] ?? ctx.members[0]!).userId;
	const entries: (LearningEntryInput & { createdBy: string })[] = [
		{
			kind: 'success',
			title: 'Eén gesprek op school in plaats van drie afspraken',
			description:
				'Een gezin moest voor dezelfde vraag naar de school, het CLB en het CAW. We hebben één gesprek op school georganiseerd, met de drie diensten aan tafel. De ouders moesten hun verhaal maar één keer doen.',
			lesson: 'Vraag bij een nieuwe vraag eerst wie er nog betrokken is, en stel een gezamenlijk gesprek voor.',
			blocks: ['relatie', 'communicatie'],
			createdBy: author(2)
		},
		{
			kind: 'bottleneck',
			title: 'De school hoort niets meer na een doorverwijzing',
			description:
				'Na een doorverwijzing naar het CAW wist de zorgcoördinator niet of het gezin was aangekomen. Ze belde twee keer en kreeg geen antwoord, omdat de hulpverlener geen details mocht geven.',
			lesson:
				'Spreek per doorverwijzing af welke korte status de school terugkrijgt, bijvoorbeeld: aangemeld, in begeleiding of afgesloten. Zonder inhoud.',
			blocks: ['afstemming-en-taakafbakening', 'communicatie'],
			createdBy: author(1)
		},
		{
			kind: 'bottleneck',
			title: 'Schoolkosten komen in veel casussen terug',
			description:
				'In vier casussen van dit schooljaar speelden onbetaalde schoolrekeningen mee. Elke school zoekt apart naar een oplossing, terwijl het probleem in de hele wijk speelt.',
			lesson:
				'Bundel dit als signaal voor het lokaal bestuur en de schoolbesturen: een gezamenlijke regeling voor schoolkosten zou veel gezinnen helpen.',
			blocks: ['betrokkenheid', 'gemeenschappelijk-doel'],
			createdBy: author(0)
		}
	];
	for (const { createdBy, ...input } of entries)
		await createLearningEntry(asDb(tx), { partnershipId: ctx.partnershipId, userId: createdBy, input });
}
