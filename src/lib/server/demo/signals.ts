// The demo's signals to policy. Written directly: each signal went through its steps over the past
// months (createSignal and moveSignalStatus stamp the time they run), and some of its case links
// belong to cases removed since, a count without a link that no function makes.
import { addDays, todayInBelgium } from '$lib/dates';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import { cases, signalEvents, signalSources, signals } from '$lib/server/db/schema';
import type { SignalStatus } from '$lib/domain/partnerships/enums';
import type { SignalInput } from '$lib/domain/signals/signal.schema';
import { listSourceChoices } from '$lib/domain/signals/signal.server';
import { asDb, type DemoContext } from './context';
import { can } from '$lib/domain/permissions/permissions';

/**
 * Demo: four signals in different themes and statuses, one answered. They rest on the demo
 * learning-log entries and a demo reflection moment where those exist, on demo cases where there
 * are any, and otherwise on case links of earlier, since removed cases (a count without a link, as
 * after a purge).
 */
export async function seedDemoSignals(tx: Tx, ctx: DemoContext): Promise<void> {
	const { partnershipId } = ctx;
	const coordinator = ctx.members.find((mb) => can(mb.role, 'member:manage'))?.userId ?? null;
	const member = (i: number) => (ctx.members[i] ?? ctx.members[0])?.userId ?? null;
	const today = todayInBelgium();
	const choices = await listSourceChoices(asDb(tx), { partnershipId });
	const entryAbout = (word: string) => choices.learning.find((e) => e.label.toLowerCase().includes(word))?.id ?? null;
	const demoCases = (
		await tx
			.select({ id: cases.id })
			.from(cases)
			.where(eq(cases.partnershipId, partnershipId))
			.orderBy(asc(cases.createdAt))
	).map((c) => c.id);
	const moment = choices.reflection.at(-1); // the oldest (newest first)

	type Demo = SignalInput & {
		status: SignalStatus;
		answer?: string;
		by: string | null;
		steps: { status: SignalStatus; daysAgo: number; note: string }[];
		cases: number;
		entry: string | null;
		reflection?: string | null;
	};
	const demo: Demo[] = [
		{
			title: 'Schoolrekeningen blijven onbetaald',
			theme: 'school_costs',
			description:
				'In verschillende casussen van dit schooljaar lopen schoolrekeningen op, vooral voor uitstappen en de maaltijden. Elke school zoekt een eigen regeling, en gezinnen met weinig inkomen vragen liever geen hulp.',
			request: 'Een gezamenlijke regeling voor schoolkosten in de gemeente, met één aanspreekpunt voor de ouders.',
			level: 'meso',
			addressee: 'lokaal_bestuur',
			addresseeOther: '',
			status: 'answered',
			answer:
				'Het lokaal bestuur start volgend schooljaar een proef met een schooltoelage voor uitstappen, via het sociaal huis. Het vraagt de scholen om de kosten per leerjaar door te geven.',
			by: member(0) ?? coordinator,
			steps: [
				{ status: 'collected', daysAgo: 120, note: '' },
				{
					status: 'discussed',
					daysAgo: 100,
					note: 'Besproken in het structureel overleg; alle scholen herkennen het.'
				},
				{
					status: 'passed_on',
					daysAgo: 80,
					note: 'Per mail bezorgd aan de schepen van onderwijs, met de cijfers per school.'
				},
				{ status: 'answered', daysAgo: 20, note: 'Antwoord gekregen op het lokaal overlegplatform.' }
			],
			cases: 4,
			entry: entryAbout('schoolkosten')
		},
		{
			title: 'Lange wachttijd voor een eerste gesprek bij het CAW',
			theme: 'access_to_help',
			description:
				'Gezinnen die de school doorverwijst, wachten vaak weken op een eerste gesprek. In die tijd haken sommige ouders af, en de school weet niet of er al hulp loopt.',
			request:
				'Een snelle eerste opvang voor gezinnen die via de school komen, en een korte terugkoppeling aan de school.',
			level: 'macro',
			addressee: 'vlaamse_overheid',
			addresseeOther: '',
			status: 'passed_on',
			by: member(3),
			steps: [
				{ status: 'collected', daysAgo: 75, note: '' },
				{ status: 'discussed', daysAgo: 60, note: 'Ook de andere CAW-diensten in de regio zien dit.' },
				{
					status: 'passed_on',
					daysAgo: 45,
					note: 'Meegegeven aan de regionale welzijnsraad, voor de Vlaamse overheid.'
				}
			],
			cases: 3,
			entry: entryAbout('doorverwijzing')
		},
		{
			title: 'Geen betaalbare opvang op woensdagnamiddag',
			theme: 'childcare_leisure',
			description:
				'Werkende ouders met een laag inkomen vinden op woensdagnamiddag geen betaalbare opvang. Kinderen blijven dan alleen thuis of gaan mee naar het werk.',
			request: 'Meer plaatsen in de buitenschoolse opvang op woensdag, met een sociaal tarief.',
			level: 'meso',
			addressee: 'huis_van_het_kind',
			addresseeOther: '',
			status: 'discussed',
			by: member(2),
			steps: [
				{ status: 'collected', daysAgo: 30, note: '' },
				{ status: 'discussed', daysAgo: 10, note: 'We zoeken eerst uit hoeveel gezinnen het treft.' }
			],
			cases: 2,
			entry: null,
			reflection: moment?.id ?? null
		},
		{
			title: 'Ouders missen berichten van school via de app',
			theme: 'digital',
			description:
				'Sommige ouders hebben geen smartphone of lezen de schoolapp niet, omdat de berichten alleen in het Nederlands staan. Ze missen zo uitnodigingen en vragen van de school.',
			request:
				'Afspraken tussen de scholen over een tweede weg voor belangrijke berichten, en berichten in eenvoudige taal.',
			level: 'meso',
			addressee: 'scholengemeenschap',
			addresseeOther: '',
			status: 'collected',
			by: member(1),
			steps: [{ status: 'collected', daysAgo: 5, note: '' }],
			cases: 1,
			entry: null
		}
	];

	let nextCase = 0;
	for (const [i, d] of demo.entries()) {
		const last = d.steps[d.steps.length - 1]!;
		const createdAt = new Date(Date.parse(`${addDays(today, -d.steps[0]!.daysAgo)}T09:00:00Z`) + i * 60_000);
		const [created] = await tx
			.insert(signals)
			.values({
				partnershipId,
				title: d.title,
				theme: d.theme,
				description: d.description,
				request: d.request,
				level: d.level,
				addressee: d.addressee,
				addresseeOther: d.addresseeOther,
				status: d.status,
				answer: d.answer ?? '',
				createdBy: d.by,
				createdAt,
				updatedAt: new Date(Date.parse(`${addDays(today, -last.daysAgo)}T15:00:00Z`)),
				version: d.steps.length
			})
			.returning({ id: signals.id });
		const signalId = created!.id;
		await tx.insert(signalEvents).values(
			d.steps.map((s, n) => ({
				partnershipId,
				signalId,
				status: s.status,
				on: addDays(today, -s.daysAgo),
				note: s.note,
				userId: n === 0 ? d.by : coordinator,
				createdAt: new Date(Date.parse(`${addDays(today, -s.daysAgo)}T15:00:00Z`) + n * 1000)
			}))
		);
		const links: (typeof signalSources.$inferInsert)[] = [];
		for (let c = 0; c < d.cases; c++) {
			const caseId = demoCases[nextCase++] ?? null;
			links.push({ partnershipId, signalId, kind: 'case', caseId });
		}
		if (d.entry) links.push({ partnershipId, signalId, kind: 'learning', learningEntryId: d.entry });
		if (d.reflection) links.push({ partnershipId, signalId, kind: 'reflection', reflectionId: d.reflection });
		if (links.length) await tx.insert(signalSources).values(links);
	}
}
