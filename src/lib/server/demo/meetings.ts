// Demo meetings for the demo partnership: a structural meeting per trimester (the last one already
// held, with minutes and two agreements, one still open; the next one upcoming, so its review item
// shows that open agreement) and an informal network moment. Written in our own words, anonymised.
// Everything goes through the meeting and agreement functions, as a coordinator would do it.
import { addDays, todayInBelgium } from '$lib/dates';
import type { Tx } from '$lib/server/db/client';
import type { AgreementInput } from '$lib/domain/agreements/agreement.schema';
import { createAgreement, updateAgreement } from '$lib/domain/agreements/agreement.server';
import type { MeetingInput } from '$lib/domain/meetings/meeting.schema';
import {
	addAgendaItem,
	createMeeting,
	listMeetings,
	saveMeetingVoice,
	saveMinutes,
	setAttendance
} from '$lib/domain/meetings/meeting.server';
import { addMonths, weekdayOrNextMonday } from '$lib/domain/meetings/recurrence';
import { asDb, expectOk, type DemoContext } from './context';
import { mayHold } from '$lib/domain/permissions/permissions';

const STRUCTURAL_AGENDA = [
	'Nieuws van elke partner (kort)',
	'Wat merken we in de wijk? Signalen uit de casussen',
	'Afstemming over de aanmelding bij het CAW'
];

const noCase = { caseId: null, guests: '', onlineUrl: '' } satisfies Partial<MeetingInput>;

export async function seedDemoMeetings(tx: Tx, ctx: DemoContext, now = new Date()): Promise<void> {
	const db = asDb(tx);
	const { partnershipId } = ctx;
	const coordinator = ctx.members[0]!;
	// The partners who work on cases, other than the coordinator who plans the meetings.
	const workers = ctx.members.filter((m) => mayHold(m.role, 'agreement:owner') && m !== coordinator);
	const partner = workers[0] ?? coordinator;
	const other = workers.find((m) => m !== partner) ?? partner;
	const today = todayInBelgium(now);
	const attendees = workers.map((m) => m.membershipId);

	// The structural series: started eight weeks ago, per trimester, for a year.
	const first = weekdayOrNextMonday(addDays(today, -56));
	const series = expectOk(
		'the structural series',
		await createMeeting(db, {
			partnershipId,
			userId: coordinator.userId,
			input: {
				...noCase,
				kind: 'structural',
				title: 'Structureel overleg Schoolbrug',
				date: first,
				startTime: '14:00',
				endTime: '15:30',
				place: 'Basisschool De Regenboog, lerarenkamer',
				onlineUrl: 'https://meet.example.be/schoolbrug',
				purpose: 'Elk trimester kijken we samen hoe de samenwerking loopt, welke signalen we zien en wat we afspreken.',
				guests: 'Af en toe schuift een medewerker van de jeugdhulp aan.',
				attendees,
				agenda: STRUCTURAL_AGENDA,
				recurrence: 'trimester',
				repeatUntil: addMonths(first, 12)
			}
		})
	);
	// The first date has passed (it was held); the second is the next one coming.
	const held = series.id;
	const next = (await listMeetings(db, { partnershipId, now })).meetings.rows[0];

	// The meeting that was held: attendance, minutes, the voice of child and parents, two agreements.
	await setAttendance(db, {
		partnershipId,
		meetingId: held,
		rows: workers.map((m) => ({ membershipId: m.membershipId, attendance: m === other ? 'excused' : 'present' }))
	});
	expectOk(
		'the minutes',
		await saveMinutes(db, {
			partnershipId,
			meetingId: held,
			version: 1,
			minutes: [
				'Nieuws: het CLB heeft een nieuwe contactpersoon voor de school. De stad start een ouderkoffie op woensdag.',
				'Signalen: in drie casussen komen de kosten van schooluitstappen terug. Dat is een patroon, geen toeval.',
				'Aanmelding CAW: de wachttijd is nu zes weken. Een eerste gesprek op school kan sneller.',
				'Afspraken: zie hieronder.'
			].join('\n\n')
		})
	);
	expectOk(
		'the voice of child and parents',
		await saveMeetingVoice(db, {
			partnershipId,
			meetingId: held,
			version: 2,
			voice: {
				heard: 'partly',
				how: 'Twee ouders vertelden op de ouderkoffie wat een schooluitstap voor hen betekent.',
				notYetHeard: 'De kinderen zelf. We vragen de leerlingenraad om mee te denken.'
			}
		})
	);
	const agree = async (what: string, input: AgreementInput) =>
		expectOk(
			what,
			await createAgreement(db, { partnershipId, userId: coordinator.userId, input, voice: null, meetingId: held })
		).id;
	const shared: AgreementInput = {
		what: 'Het aanbod van de ouderkoffie delen met alle partners',
		ownerId: coordinator.userId,
		dueDate: addDays(today, -30),
		feedbackDate: null,
		feedbackNote: ''
	};
	const done = await agree('the agreement that was done', shared);
	expectOk(
		'marking the agreement done',
		await updateAgreement(db, {
			partnershipId,
			agreementId: done,
			userId: coordinator.userId,
			version: 1,
			input: { ...shared, status: 'done', note: 'Rondgestuurd per mail.' },
			voice: null
		})
	);
	await agree('the open agreement', {
		what: 'De kosten van schooluitstappen op een rij zetten en een voorstel maken voor het schoolteam',
		ownerId: partner.userId,
		dueDate: addDays(today, 21),
		feedbackDate: null,
		feedbackNote: 'Op het volgende structureel overleg'
	});

	// The next meeting: a partner proposed an extra item; the organiser still has to decide.
	if (next)
		expectOk(
			'the proposed agenda item',
			await addAgendaItem(db, {
				partnershipId,
				meetingId: next.id,
				userId: partner.userId,
				status: 'proposed',
				input: {
					title: 'Hoe bereiken we ouders die niet naar de ouderkoffie komen?',
					note: 'Idee: samen met de brugfiguur langsgaan bij de schoolpoort.'
				}
			})
		);

	// An informal network moment in three weeks.
	expectOk(
		'the network moment',
		await createMeeting(db, {
			partnershipId,
			userId: coordinator.userId,
			input: {
				...noCase,
				kind: 'informal',
				title: 'Netwerkmoment: koffie met de partners van de wijk',
				date: weekdayOrNextMonday(addDays(today, 21)),
				startTime: '16:00',
				endTime: '17:30',
				place: 'Ontmoetingscentrum De Schakel, cafetaria',
				purpose: 'Elkaar beter leren kennen, zonder agenda vol punten. Nieuwe partners zijn welkom.',
				guests: 'Een medewerker van de buurtsport en een vrijwilliger van het huiswerkcafé.',
				attendees,
				agenda: ['Kennismaking: wie doet wat in de wijk?'],
				recurrence: 'none',
				repeatUntil: null
			}
		})
	);
}
