// Demo meetings for the demo partnership: a structural meeting per trimester (the last one already
// held, with minutes and two agreements, one still open; the next one upcoming, so its review item
// shows that open agreement) and an informal network moment. Written in our own words, anonymised.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '$lib/server/db/client';
import type { DemoContext } from '$lib/server/seed';
import { mayHold } from '$lib/domain/permissions/permissions';
import {
	agreementEvents,
	agreements,
	meetingAgendaItems,
	meetingAttendees,
	meetings,
	meetingSeries
} from '$lib/server/db/schema';
import { brusselsToUtc, todayInBrussels } from './meeting-time';
import { addMonths, meetingOccurrences, weekdayOrNextMonday } from './recurrence';

const addDays = (date: string, days: number) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const STRUCTURAL_AGENDA = [
	'Nieuws van elke partner (kort)',
	'Wat merken we in de wijk? Signalen uit de casussen',
	'Afstemming over de aanmelding bij het CAW'
];

export async function seedDemoMeetings(tx: Tx, ctx: DemoContext, now = new Date()): Promise<void> {
	const { partnershipId } = ctx;
	const coordinator = ctx.members[0]!;
	// The partners who work on cases, other than the coordinator who plans the meetings.
	const workers = ctx.members.filter((m) => mayHold(m.role, 'agreement:owner') && m !== coordinator);
	const partner = workers[0] ?? coordinator;
	const other = workers.find((m) => m !== partner) ?? partner;
	const today = todayInBrussels(now);

	// The structural series: started eight weeks ago, per trimester, for a year.
	const first = weekdayOrNextMonday(addDays(today, -56));
	const dates = meetingOccurrences({ first, recurrence: 'trimester', until: addMonths(first, 12) });
	const [series] = await tx
		.insert(meetingSeries)
		.values({ partnershipId, recurrence: 'trimester', repeatUntil: addMonths(first, 12) })
		.returning();
	const ids: string[] = [];
	for (const date of dates) {
		const [meeting] = await tx
			.insert(meetings)
			.values({
				partnershipId,
				seriesId: series!.id,
				kind: 'structural',
				title: 'Structureel overleg Schoolbrug',
				startsAt: brusselsToUtc(date, '14:00'),
				endsAt: brusselsToUtc(date, '15:30'),
				place: 'Basisschool De Regenboog, lerarenkamer',
				onlineUrl: 'https://meet.example.be/schoolbrug',
				purpose: 'Elk trimester kijken we samen hoe de samenwerking loopt, welke signalen we zien en wat we afspreken.',
				guests: 'Af en toe schuift een medewerker van de jeugdhulp aan.',
				createdBy: coordinator.userId
			})
			.returning({ id: meetings.id });
		ids.push(meeting!.id);
		await tx.insert(meetingAgendaItems).values(
			STRUCTURAL_AGENDA.map((title, i) => ({
				partnershipId,
				meetingId: meeting!.id,
				title,
				status: 'accepted' as const,
				position: i + 1,
				proposedBy: coordinator.userId
			}))
		);
		await tx
			.insert(meetingAttendees)
			.values(workers.map((m) => ({ partnershipId, meetingId: meeting!.id, membershipId: m.membershipId })));
	}

	// The meeting that was held: attendance, minutes, the voice of child and parents, two agreements.
	const held = ids[0]!;
	for (const m of workers)
		await tx
			.update(meetingAttendees)
			.set({ attendance: m === other ? 'excused' : 'present' })
			.where(
				and(
					eq(meetingAttendees.partnershipId, partnershipId),
					eq(meetingAttendees.meetingId, held),
					eq(meetingAttendees.membershipId, m.membershipId)
				)
			);
	await tx
		.update(meetings)
		.set({
			minutes: [
				'Nieuws: het CLB heeft een nieuwe contactpersoon voor de school. De stad start een ouderkoffie op woensdag.',
				'Signalen: in drie casussen komen de kosten van schooluitstappen terug. Dat is een patroon, geen toeval.',
				'Aanmelding CAW: de wachttijd is nu zes weken. Een eerste gesprek op school kan sneller.',
				'Afspraken: zie hieronder.'
			].join('\n\n'),
			minutesUpdatedAt: now,
			voice: {
				heard: 'partly',
				how: 'Twee ouders vertelden op de ouderkoffie wat een schooluitstap voor hen betekent.',
				notYetHeard: 'De kinderen zelf. We vragen de leerlingenraad om mee te denken.'
			},
			version: 2
		})
		.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, held)));
	const [done] = await tx
		.insert(agreements)
		.values({
			partnershipId,
			origin: 'meeting',
			meetingId: held,
			what: 'Het aanbod van de ouderkoffie delen met alle partners',
			ownerId: coordinator.userId,
			dueDate: addDays(today, -30),
			status: 'done',
			createdBy: coordinator.userId
		})
		.returning({ id: agreements.id });
	const [open] = await tx
		.insert(agreements)
		.values({
			partnershipId,
			origin: 'meeting',
			meetingId: held,
			what: 'De kosten van schooluitstappen op een rij zetten en een voorstel maken voor het schoolteam',
			ownerId: partner.userId,
			dueDate: addDays(today, 21),
			feedbackNote: 'Op het volgende structureel overleg',
			status: 'open',
			createdBy: coordinator.userId
		})
		.returning({ id: agreements.id });
	await tx.insert(agreementEvents).values([
		{ partnershipId, agreementId: done!.id, userId: coordinator.userId, changes: { status: [null, 'open'] } },
		{
			partnershipId,
			agreementId: done!.id,
			userId: coordinator.userId,
			changes: { status: ['open', 'done'] },
			note: 'Rondgestuurd per mail.'
		},
		{ partnershipId, agreementId: open!.id, userId: coordinator.userId, changes: { status: [null, 'open'] } }
	]);

	// The next meeting: a partner proposed an extra item; the organiser still has to decide.
	if (ids[1])
		await tx.insert(meetingAgendaItems).values({
			partnershipId,
			meetingId: ids[1],
			title: 'Hoe bereiken we ouders die niet naar de ouderkoffie komen?',
			note: 'Idee: samen met de brugfiguur langsgaan bij de schoolpoort.',
			status: 'proposed',
			position: STRUCTURAL_AGENDA.length + 1,
			proposedBy: partner.userId
		});

	// An informal network moment in three weeks.
	const informalDate = weekdayOrNextMonday(addDays(today, 21));
	const [informal] = await tx
		.insert(meetings)
		.values({
			partnershipId,
			kind: 'informal',
			title: 'Netwerkmoment: koffie met de partners van de wijk',
			startsAt: brusselsToUtc(informalDate, '16:00'),
			endsAt: brusselsToUtc(informalDate, '17:30'),
			place: 'Ontmoetingscentrum De Schakel, cafetaria',
			purpose: 'Elkaar beter leren kennen, zonder agenda vol punten. Nieuwe partners zijn welkom.',
			guests: 'Een medewerker van de buurtsport en een vrijwilliger van het huiswerkcafé.',
			createdBy: coordinator.userId
		})
		.returning({ id: meetings.id });
	await tx.insert(meetingAgendaItems).values({
		partnershipId,
		meetingId: informal!.id,
		title: 'Kennismaking: wie doet wat in de wijk?',
		status: 'accepted',
		position: 1,
		proposedBy: coordinator.userId
	});
	await tx
		.insert(meetingAttendees)
		.values(workers.map((m) => ({ partnershipId, meetingId: informal!.id, membershipId: m.membershipId })));
}
