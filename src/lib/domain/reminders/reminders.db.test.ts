import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam, makeUser } from '../../../../tests/factories';
import { agreements, memberships, scanParticipations, scanRounds, sentReminders, users } from '$lib/server/db/schema';
import type { Mail } from '$lib/server/mail';
import type { Role } from '$lib/domain/permissions/permissions';
import { createAgreement } from '$lib/domain/agreements/agreement.server';
import { createCase } from '$lib/domain/cases/case.server';
import { createMeeting, setMeetingCancelled, updateMeeting } from '$lib/domain/meetings/meeting.server';
import type { MeetingInput } from '$lib/domain/meetings/meeting.schema';
import {
	getReminderPreferences,
	listAgreementReminders,
	purgeSentReminders,
	runReminderCheck,
	saveReminderPreferences,
	sendAgreementReminders,
	sendMeetingInvitations,
	sendScanReminders
} from './reminders.server';

const { db } = getTestDb();
const origin = 'https://brugwerk.example.be';

// Far ahead, so that records of other test files (planned around today) never fall in the window.
const NOW = new Date('2031-03-10T08:00:00Z'); // Monday 10 March 2031, 9:00 in Brussels
const TODAY = '2031-03-10';

/** A fake `send` that keeps every mail. */
function outbox() {
	const mails: Mail[] = [];
	const send = async (mail: Mail) => {
		mails.push(mail);
	};
	return { mails, send, to: (email: string) => mails.filter((m) => m.to.address === email) };
}

const meetingInput = (over: Partial<MeetingInput> = {}): MeetingInput => ({
	kind: 'structural',
	title: 'Overleg schoolkosten',
	date: '2031-03-20',
	startTime: '14:00',
	endTime: '15:30',
	place: 'Vergaderzaal De Brug',
	onlineUrl: '',
	purpose: 'Samen kijken welke kosten we kunnen verlagen',
	guests: '',
	caseId: null,
	attendees: [],
	agenda: ['Nieuws van de partners'],
	recurrence: 'none',
	repeatUntil: null,
	...over
});

async function team() {
	const t = await makeTeam(db);
	const planned = await createMeeting(db, {
		partnershipId: t.partnership.id,
		userId: t.coordinator.id,
		input: meetingInput()
	});
	if (!planned.ok) throw new Error('no meeting');
	const agree = async (
		what: string,
		dates: { dueDate?: string | null; feedbackDate?: string | null },
		ownerId = t.member.id
	) => {
		const r = await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			meetingId: planned.id,
			input: {
				what,
				ownerId,
				dueDate: dates.dueDate ?? null,
				feedbackDate: dates.feedbackDate ?? null,
				feedbackNote: ''
			},
			voice: null
		});
		if (!r.ok) throw new Error(r.reason);
		return r.id;
	};
	return { ...t, meetingId: planned.id, agree };
}

async function addMember(partnershipId: string, name: string, role: Role = 'member') {
	const user = await makeUser(db, { name });
	const [membership] = await db
		.insert(memberships)
		.values({
			partnershipId,
			userId: user.id,
			role,
			organisationName: 'CAW Test',
			organisationType: 'caw',
			function: 'welzijnswerker'
		})
		.returning();
	return { user, membership: membership! };
}

describe('reminder preferences', () => {
	it('are all on without a row, and are saved per user', async () => {
		const user = await makeUser(db);
		expect(await getReminderPreferences(db, user.id)).toEqual({
			agreementDue: true,
			meetingInvitation: true,
			scanClosing: true
		});
		await saveReminderPreferences(db, {
			userId: user.id,
			input: { agreementDue: false, meetingInvitation: true, scanClosing: false }
		});
		expect(await getReminderPreferences(db, user.id)).toEqual({
			agreementDue: false,
			meetingInvitation: true,
			scanClosing: false
		});
		await saveReminderPreferences(db, {
			userId: user.id,
			input: { agreementDue: true, meetingInvitation: false, scanClosing: false }
		});
		expect(await getReminderPreferences(db, user.id)).toEqual({
			agreementDue: true,
			meetingInvitation: false,
			scanClosing: false
		});
	});
});

describe('agreement reminders', () => {
	it('selects running agreements due or with feedback within two days, in one mail per owner, and sends them once', async () => {
		const t = await team();
		const dueToday = await t.agree('Schoolkosten op een rij zetten', { dueDate: TODAY });
		const dueIn2 = await t.agree('Folder voor ouders nalezen', { dueDate: '2031-03-12' });
		const feedbackTomorrow = await t.agree('Terugkoppelen over de huiswerkklas', {
			dueDate: '2031-02-01',
			feedbackDate: '2031-03-11'
		});
		await t.agree('Te ver weg', { dueDate: '2031-03-13' });
		await t.agree('Al voorbij', { dueDate: '2031-03-09' });
		await t.agree('Zonder datum', {});
		const done = await t.agree('Al gedaan', { dueDate: TODAY });
		const dropped = await t.agree('Geschrapt', { dueDate: TODAY });
		const adjusted = await t.agree('Bijgestuurd en nog lopend', { dueDate: '2031-03-11' });
		await db.update(agreements).set({ status: 'done' }).where(eq(agreements.id, done));
		await db.update(agreements).set({ status: 'dropped' }).where(eq(agreements.id, dropped));
		await db.update(agreements).set({ status: 'adjusted' }).where(eq(agreements.id, adjusted));

		const selected = (await listAgreementReminders(db, { now: NOW })).find((r) => r.user.id === t.member.id);
		expect(selected?.items.map((i) => i.agreementId).sort()).toEqual(
			[dueToday, dueIn2, feedbackTomorrow, adjusted].sort()
		);
		expect(selected?.items.find((i) => i.agreementId === feedbackTomorrow)).toMatchObject({
			due: null,
			feedback: '2031-03-11',
			occasions: ['feedback:2031-03-11']
		});

		const box = outbox();
		await sendAgreementReminders(db, { now: NOW, origin, send: box.send });
		const [mail, ...more] = box.to(t.member.email);
		expect(more).toEqual([]);
		expect(mail!.subject).toBe('Herinnering: 4 afspraken komen dichtbij');
		expect(mail!.to).toEqual({ name: t.member.name, address: t.member.email });
		expect(mail!.text).toContain('Dag Partner,');
		expect(mail!.text).toContain('- Schoolkosten op een rij zetten\n  Klaar tegen maandag 10 maart 2031');
		expect(mail!.text).toContain('Terugkoppelen op dinsdag 11 maart 2031');
		expect(mail!.text).toContain(`${origin}/s/${t.partnership.id}/afspraken/${dueToday}`);
		expect(mail!.text).toContain(`Samenwerking: ${t.partnership.name}`);
		expect(mail!.text).not.toMatch(/Te ver weg|Al voorbij|Al gedaan|Geschrapt/);
		expect(mail!.text).toContain(`Zet ze uit bij je meldingen: ${origin}/account/meldingen`);
		expect(mail!.html).toContain(`<a href="${origin}/account/meldingen">`);
		expect(mail!.unsubscribeUrl).toBe(`${origin}/account/meldingen`);
		// The coordinator owns nothing: no mail.
		expect(box.to(t.coordinator.email)).toEqual([]);

		// A second run (another instance, a retried job, the next hour) sends nothing again.
		const again = outbox();
		await sendAgreementReminders(db, { now: new Date(NOW.getTime() + 3_600_000), origin, send: again.send });
		expect(again.to(t.member.email)).toEqual([]);

		// A new due date is a new occasion: only that agreement is reminded of.
		await db.update(agreements).set({ dueDate: '2031-03-11' }).where(eq(agreements.id, dueToday));
		const moved = outbox();
		await sendAgreementReminders(db, { now: NOW, origin, send: moved.send });
		expect(moved.to(t.member.email)).toHaveLength(1);
		expect(moved.to(t.member.email)[0]!.subject).toBe('Herinnering: een afspraak komt dichtbij');
		expect(moved.to(t.member.email)[0]!.text).toContain('Schoolkosten op een rij zetten');
		expect(moved.to(t.member.email)[0]!.text).not.toContain('Folder voor ouders');
	});

	it('skips owners who turned these reminders off or left the partnership', async () => {
		const t = await team();
		const other = await addMember(t.partnership.id, 'Gestopt');
		await t.agree('Voor wie niets wil krijgen', { dueDate: TODAY });
		await t.agree('Voor wie vertrok', { dueDate: TODAY }, other.user.id);
		await saveReminderPreferences(db, {
			userId: t.member.id,
			input: { agreementDue: false, meetingInvitation: true, scanClosing: true }
		});
		await db.delete(memberships).where(eq(memberships.id, other.membership.id));
		const box = outbox();
		await sendAgreementReminders(db, { now: NOW, origin, send: box.send });
		expect(box.to(t.member.email)).toEqual([]);
		expect(box.to(other.user.email)).toEqual([]);
	});

	it('never puts the text or code of a case agreement in a mail', async () => {
		const t = await team();
		const c = await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'ZEBRA-7', situation: 'x', partners: [] }
		});
		if (!c.ok) throw new Error('no case');
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			caseId: c.id,
			input: {
				what: 'Huisbezoek bij het gezin plannen',
				ownerId: t.member.id,
				dueDate: TODAY,
				feedbackDate: null,
				feedbackNote: ''
			},
			voice: null
		});
		// An agreement of a case meeting is case content too.
		const caseMeeting = await createMeeting(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: meetingInput({ kind: 'case', caseId: c.id })
		});
		if (!caseMeeting.ok) throw new Error('no meeting');
		await createAgreement(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			meetingId: caseMeeting.id,
			input: {
				what: 'Met de mama bellen over de schoolrekening',
				ownerId: t.member.id,
				dueDate: TODAY,
				feedbackDate: null,
				feedbackNote: ''
			},
			voice: null
		});
		const box = outbox();
		await sendAgreementReminders(db, { now: NOW, origin, send: box.send });
		const [mail] = box.to(t.member.email);
		expect(mail!.subject).toBe('Herinnering: 2 afspraken komen dichtbij');
		for (const body of [mail!.text, mail!.html]) {
			expect(body).not.toMatch(/Huisbezoek|mama|ZEBRA/);
			expect(body).toContain('Een afspraak bij een casus');
		}
		expect(mail!.text).toContain('Wat bij een casus hoort, zetten we niet in een mail.');
	});

	it('writes in the owner’s language', async () => {
		const t = await team();
		await db.update(users).set({ locale: 'fr' }).where(eq(users.id, t.member.id));
		await t.agree('Calendrier des réunions', { dueDate: TODAY });
		const box = outbox();
		await sendAgreementReminders(db, { now: NOW, origin, send: box.send });
		const [mail] = box.to(t.member.email);
		expect(mail!.subject).toBe('Rappel : 1 accord approche');
		expect(mail!.text).toContain('À faire pour le lundi 10 mars 2031');
		expect(mail!.html).toContain('<html lang="fr">');
	});

	it('sends once even when two instances run at the same moment, and again when sending failed', async () => {
		const t = await team();
		const id = await t.agree('Eén keer mailen', { dueDate: TODAY });
		const failing = async () => {
			throw new Error('SMTP down');
		};
		await expect(sendAgreementReminders(db, { now: NOW, origin, send: failing })).rejects.toThrow(/could not be sent/);
		expect(await db.select().from(sentReminders).where(eq(sentReminders.subjectId, id))).toEqual([]);

		const box = outbox();
		const slow = async (mail: Mail) => {
			await new Promise((r) => setTimeout(r, 100));
			await box.send(mail);
		};
		await Promise.all([
			sendAgreementReminders(db, { now: NOW, origin, send: slow }),
			sendAgreementReminders(db, { now: NOW, origin, send: slow })
		]);
		expect(box.to(t.member.email)).toHaveLength(1);
		expect(
			await db.select({ occasion: sentReminders.occasion }).from(sentReminders).where(eq(sentReminders.subjectId, id))
		).toEqual([{ occasion: `due:${TODAY}` }]);
	});
});

describe('scan reminders', () => {
	async function round(partnershipId: string, closesAt: Date, over: Partial<typeof scanRounds.$inferInsert> = {}) {
		const [r] = await db
			.insert(scanRounds)
			.values({
				partnershipId,
				title: 'Scan voorjaar',
				statementIds: ['doel-1'],
				opensAt: new Date('2031-03-01T08:00:00Z'),
				closesAt,
				...over
			})
			.returning();
		return r!;
	}

	it('reminds members who have not answered a round that closes within two days, once', async () => {
		const t = await team();
		const answered = await addMember(t.partnership.id, 'Al geantwoord');
		const optedOut = await addMember(t.partnership.id, 'Wil geen mail');
		const observer = await addMember(t.partnership.id, 'Waarnemer', 'observer');
		await saveReminderPreferences(db, {
			userId: optedOut.user.id,
			input: { agreementDue: true, meetingInvitation: true, scanClosing: false }
		});
		// Open through Tuesday 11 March (Brussels): closes at midnight.
		const soon = await round(t.partnership.id, new Date('2031-03-11T23:00:00Z'));
		await db.insert(scanParticipations).values({ roundId: soon.id, userId: answered.user.id });
		// Another partnership's round that closes later: not yet.
		const later = await team();
		await round(later.partnership.id, new Date('2031-03-13T23:00:00Z'));

		const box = outbox();
		await sendScanReminders(db, { now: NOW, origin, send: box.send });
		const [mail, ...more] = box.to(t.member.email);
		expect(more).toEqual([]);
		expect(mail!.subject).toBe('De samenwerkingsscan sluit bijna');
		expect(mail!.text).toContain('Antwoorden kan tot en met: dinsdag 11 maart 2031');
		expect(mail!.text).toContain(`${origin}/s/${t.partnership.id}/scan/${soon.id}`);
		expect(mail!.text).toContain('Je antwoorden zijn anoniem');
		expect(box.to(t.coordinator.email)).toHaveLength(1);
		for (const nobody of [answered, optedOut, observer]) expect(box.to(nobody.user.email)).toEqual([]);
		expect(box.to(later.member.email)).toEqual([]);

		const again = outbox();
		await sendScanReminders(db, { now: new Date(NOW.getTime() + 3_600_000), origin, send: again.send });
		expect(again.to(t.member.email)).toEqual([]);

		// Once the round is closed, nothing shows any more who had not answered.
		await db.update(scanRounds).set({ closedAt: NOW }).where(eq(scanRounds.id, soon.id));
		await purgeSentReminders(db, { now: NOW });
		expect(await db.select().from(sentReminders).where(eq(sentReminders.subjectId, soon.id))).toEqual([]);
	});

	it('leaves closed rounds alone', async () => {
		const t = await team();
		await round(t.partnership.id, new Date('2031-03-11T23:00:00Z'), { closedAt: new Date('2031-03-09T10:00:00Z') });
		const box = outbox();
		await sendScanReminders(db, { now: NOW, origin, send: box.send });
		expect(box.to(t.member.email)).toEqual([]);
	});
});

describe('meeting invitations', () => {
	const INVITE_NOW = new Date('2031-03-01T08:00:00Z');

	it('invites each attendee once with the .ics, never the organiser, and sends the new time when it moves', async () => {
		const t = await makeTeam(db);
		const optedOut = await addMember(t.partnership.id, 'Geen uitnodigingen');
		const french = await addMember(t.partnership.id, 'Francophone');
		await db.update(users).set({ locale: 'fr' }).where(eq(users.id, french.user.id));
		await saveReminderPreferences(db, {
			userId: optedOut.user.id,
			input: { agreementDue: true, meetingInvitation: false, scanClosing: true }
		});
		const [coordinatorMembership] = await db
			.select({ id: memberships.id })
			.from(memberships)
			.where(and(eq(memberships.partnershipId, t.partnership.id), eq(memberships.userId, t.coordinator.id)));
		const attendees = [coordinatorMembership!.id, t.membership.id, optedOut.membership.id, french.membership.id];
		const planned = await createMeeting(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: meetingInput({ attendees, onlineUrl: 'https://meet.example.be/brug' })
		});
		if (!planned.ok) throw new Error('no meeting');
		const scope = { partnershipId: t.partnership.id, meetingId: planned.id };

		const box = outbox();
		expect(await sendMeetingInvitations(db, { ...scope, now: INVITE_NOW, origin, send: box.send })).toBe(2);
		expect(box.to(t.coordinator.email)).toEqual([]);
		expect(box.to(optedOut.user.email)).toEqual([]);
		const [mail] = box.to(t.member.email);
		expect(mail!.subject).toBe('Uitnodiging: Overleg schoolkosten');
		expect(mail!.text).toContain('Coördinator nodigt je uit voor een overleg van');
		expect(mail!.text).toContain('Wanneer: donderdag 20 maart 2031, 14:00 – 15:30');
		expect(mail!.text).toContain('Waar: Vergaderzaal De Brug');
		expect(mail!.text).toContain('Online: https://meet.example.be/brug');
		expect(mail!.text).toContain('Doel: Samen kijken welke kosten we kunnen verlagen');
		expect(mail!.text).toContain(`${origin}/s/${t.partnership.id}/overleg/${planned.id}`);
		expect(mail!.attachments).toHaveLength(1);
		expect(mail!.attachments![0]).toMatchObject({
			filename: 'overleg.ics',
			contentType: 'text/calendar; charset=utf-8; method=PUBLISH'
		});
		expect(mail!.attachments![0]!.content).toContain(`UID:meeting-${planned.id}@brugwerk`);
		expect(mail!.attachments![0]!.content).toContain('DTSTART:20310320T130000Z');
		expect(box.to(french.user.email)[0]!.subject).toBe('Invitation : Overleg schoolkosten');
		expect(box.to(french.user.email)[0]!.text).toContain('jeudi 20 mars 2031');

		// The job again (a retry, a second instance): nobody gets it twice.
		expect(await sendMeetingInvitations(db, { ...scope, now: INVITE_NOW, origin, send: box.send })).toBe(0);

		// The meeting moves: everyone invited gets the new time.
		const edited = await updateMeeting(db, {
			...scope,
			version: 1,
			input: { ...meetingInput({ attendees, startTime: '15:00', endTime: '16:00' }) }
		});
		expect(edited.ok).toBe(true);
		const moved = outbox();
		expect(await sendMeetingInvitations(db, { ...scope, now: INVITE_NOW, origin, send: moved.send })).toBe(2);
		expect(moved.to(t.member.email)[0]!.subject).toBe('Nieuw tijdstip: Overleg schoolkosten');
		expect(moved.to(t.member.email)[0]!.text).toContain('15:00 – 16:00');
		expect(moved.to(t.member.email)[0]!.attachments![0]!.content).toContain('SEQUENCE:1');

		// Cancelled, or already begun: no invitations.
		const cancelled = await setMeetingCancelled(db, { ...scope, version: 2, cancelled: true });
		expect(cancelled.ok).toBe(true);
		await saveReminderPreferences(db, {
			userId: optedOut.user.id,
			input: { agreementDue: true, meetingInvitation: true, scanClosing: true }
		});
		expect(await sendMeetingInvitations(db, { ...scope, now: INVITE_NOW, origin, send: moved.send })).toBe(0);
		await setMeetingCancelled(db, { ...scope, version: 3, cancelled: false });
		expect(
			await sendMeetingInvitations(db, { ...scope, now: new Date('2031-03-20T14:30:00Z'), origin, send: moved.send })
		).toBe(0);
	});

	it('leaves the purpose and agenda of a meeting about a case out of the mail and the .ics', async () => {
		const t = await makeTeam(db);
		const c = await createCase(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: { code: 'OTTER-3', situation: 'x', partners: [] }
		});
		if (!c.ok) throw new Error('no case');
		const planned = await createMeeting(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: meetingInput({
				kind: 'case',
				caseId: c.id,
				title: 'Casusoverleg',
				purpose: 'Bespreken hoe het thuis loopt',
				agenda: ['Verslag van het huisbezoek'],
				attendees: [t.membership.id]
			})
		});
		if (!planned.ok) throw new Error('no meeting');
		const box = outbox();
		expect(
			await sendMeetingInvitations(db, {
				partnershipId: t.partnership.id,
				meetingId: planned.id,
				now: INVITE_NOW,
				origin,
				send: box.send
			})
		).toBe(1);
		const [mail] = box.to(t.member.email);
		for (const body of [mail!.text, mail!.html, mail!.attachments![0]!.content])
			expect(body).not.toMatch(/thuis|huisbezoek|OTTER/);
		expect(mail!.text).toContain('Wanneer: donderdag 20 maart 2031');
	});

	it('does nothing for a meeting of another partnership', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const planned = await createMeeting(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: meetingInput({ attendees: [t.membership.id] })
		});
		if (!planned.ok) throw new Error('no meeting');
		const box = outbox();
		expect(
			await sendMeetingInvitations(db, {
				partnershipId: other.partnership.id,
				meetingId: planned.id,
				now: INVITE_NOW,
				origin,
				send: box.send
			})
		).toBe(0);
		expect(box.mails).toEqual([]);
	});
});

describe('the periodic check', () => {
	it('sends agreement and scan reminders and purges what can no longer be sent', async () => {
		const t = await team();
		await t.agree('Door de geplande taak', { dueDate: TODAY });
		const box = outbox();
		const result = await runReminderCheck(db, { now: NOW, origin, send: box.send });
		expect(result.agreements).toBeGreaterThanOrEqual(1);
		expect(box.to(t.member.email)).toHaveLength(1);
		// Two weeks later the record of that reminder is gone (its date has long passed).
		await runReminderCheck(db, { now: new Date(NOW.getTime() + 15 * 86_400_000), origin, send: outbox().send });
		expect(
			await db
				.select()
				.from(sentReminders)
				.where(and(eq(sentReminders.userId, t.member.id), eq(sentReminders.kind, 'agreement_due')))
		).toEqual([]);
	});
});
