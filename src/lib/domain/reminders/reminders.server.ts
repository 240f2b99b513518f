// Reminder e-mails: who gets what, and when. Plain functions that take `now` and a `send`
// function; pg-boss (src/lib/server/jobs.ts) only schedules them. Why it works like this:
// docs/decisions/0008-reminders.md.
//
// Exactly once: every mail is first recorded in sent_reminders (kind, subject, user, occasion) with
// INSERT … ON CONFLICT DO NOTHING, in the same transaction that sends it. Only the instance whose
// insert went through sends; a second instance waits on that row and then skips it; a mail that
// fails to send rolls its record back, so the job's retry sends it again.
import { addDays, todayInBelgium } from '$lib/dates';
import { and, eq, gt, gte, inArray, isNull, lt, lte, ne, notExists, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import {
	agreements,
	meetingAgendaItems,
	meetingAttendees,
	meetings,
	memberships,
	partnerships,
	reminderPreferences,
	scanRounds,
	sentReminders,
	users
} from '$lib/server/db/schema';
import type { Mail, SendMail } from '$lib/server/mail';
import type { ReminderKind } from '$lib/domain/partnerships/enums';
import { can } from '$lib/domain/permissions/permissions';
import { meetingToIcs } from '$lib/domain/meetings/meeting-ics';
import { listScanRoundsClosingSoon } from '$lib/domain/scan/scan.server';
import {
	agreementReminderMail,
	mailLocale,
	meetingInvitationMail,
	scanClosingMail,
	settingsUrl,
	type AgreementReminderItem
} from './reminder-mail';
import type { ReminderPreferencesInput } from './reminder.schema';

/** Agreements and scan rounds are reminded of this many days before their date. */
export const REMINDER_WINDOW_DAYS = 2;

type Context = { now: Date; origin: string; send: SendMail };
type Recipient = { id: string; name: string; email: string; locale: string };
type Claim = { kind: ReminderKind; subjectId: string; userId: string; occasion: string };

// ---------------------------------------------------------------------------------------------
// Preferences

export type ReminderPreferences = { agreementDue: boolean; meetingInvitation: boolean; scanClosing: boolean };

/** No row means: every reminder on. */
export async function getReminderPreferences(db: Executor, userId: string): Promise<ReminderPreferences> {
	const [row] = await db
		.select({
			agreementDue: reminderPreferences.agreementDue,
			meetingInvitation: reminderPreferences.meetingInvitation,
			scanClosing: reminderPreferences.scanClosing
		})
		.from(reminderPreferences)
		.where(eq(reminderPreferences.userId, userId));
	return row ?? { agreementDue: true, meetingInvitation: true, scanClosing: true };
}

export async function saveReminderPreferences(
	db: Executor,
	{ userId, input }: { userId: string; input: ReminderPreferencesInput }
): Promise<void> {
	const values = {
		agreementDue: input.agreementDue,
		meetingInvitation: input.meetingInvitation,
		scanClosing: input.scanClosing,
		updatedAt: new Date()
	};
	await db
		.insert(reminderPreferences)
		.values({ userId, ...values })
		.onConflictDoUpdate({ target: reminderPreferences.userId, set: values });
}

/** `preference` is on for the user (a missing row counts as on). */
const wants = (preference: (typeof reminderPreferences)[keyof ReminderPreferences]) =>
	sql<boolean>`coalesce(${preference}, true)`;

// ---------------------------------------------------------------------------------------------
// Recording and sending

/** Records the reminders; returns the ones that were not recorded before (and must be sent now). */
async function claim(tx: Executor, rows: Claim[], now: Date): Promise<Claim[]> {
	if (!rows.length) return [];
	const inserted = await tx
		.insert(sentReminders)
		.values(rows.map((r) => ({ ...r, sentAt: now })))
		.onConflictDoNothing()
		.returning({ subjectId: sentReminders.subjectId, occasion: sentReminders.occasion });
	return rows.filter((r) => inserted.some((i) => i.subjectId === r.subjectId && i.occasion === r.occasion));
}

/** Records and sends one mail in one transaction: true when it was sent now, false when it had been sent. */
function deliver(
	db: Db,
	{ now, send }: Pick<Context, 'now' | 'send'>,
	rows: Claim[],
	build: (claimed: Claim[]) => Mail
): Promise<boolean> {
	return db.transaction(async (tx) => {
		const claimed = await claim(tx, rows, now);
		if (!claimed.length) return false;
		await send(build(claimed));
		return true;
	});
}

/** Runs `work` for each recipient; one failure does not stop the others, but is reported at the end. */
async function forEachRecipient<T>(list: T[], work: (item: T) => Promise<boolean>): Promise<number> {
	let sent = 0;
	const errors: unknown[] = [];
	for (const item of list) {
		try {
			if (await work(item)) sent++;
		} catch (error) {
			errors.push(error);
		}
	}
	if (errors.length)
		throw new AggregateError(errors, `${errors.length} reminder mail(s) could not be sent (${sent} sent)`);
	return sent;
}

const to = (r: Recipient) => ({ name: r.name, address: r.email });

// ---------------------------------------------------------------------------------------------
// Agreements whose due date or feedback date comes near

export type AgreementReminder = AgreementReminderItem & { occasions: string[] };

/**
 * Per owner: the running agreements (open or adjusted) with a due date or a feedback date from today
 * up to REMINDER_WINDOW_DAYS days ahead (Belgian dates), for owners who are still a member of the
 * partnership and have not turned these reminders off. An agreement that belongs to a case (directly
 * or through a case meeting) comes without its text.
 */
export async function listAgreementReminders(
	db: Executor,
	{ now }: { now: Date }
): Promise<{ user: Recipient; items: AgreementReminder[] }[]> {
	const today = todayInBelgium(now);
	const until = addDays(today, REMINDER_WINDOW_DAYS);
	const rows = await db
		.select({
			agreementId: agreements.id,
			partnershipId: agreements.partnershipId,
			partnershipName: partnerships.name,
			what: agreements.what,
			dueDate: agreements.dueDate,
			feedbackDate: agreements.feedbackDate,
			caseId: agreements.caseId,
			meetingCaseId: meetings.caseId,
			meetingKind: meetings.kind,
			role: memberships.role,
			user: { id: users.id, name: users.name, email: users.email, locale: users.locale }
		})
		.from(agreements)
		.innerJoin(partnerships, eq(partnerships.id, agreements.partnershipId))
		.innerJoin(
			memberships,
			and(eq(memberships.partnershipId, agreements.partnershipId), eq(memberships.userId, agreements.ownerId))
		)
		.innerJoin(users, eq(users.id, agreements.ownerId))
		.leftJoin(
			meetings,
			and(eq(meetings.id, agreements.meetingId), eq(meetings.partnershipId, agreements.partnershipId))
		)
		.leftJoin(reminderPreferences, eq(reminderPreferences.userId, agreements.ownerId))
		.where(
			and(
				inArray(agreements.status, ['open', 'adjusted']),
				wants(reminderPreferences.agreementDue),
				or(
					and(gte(agreements.dueDate, today), lte(agreements.dueDate, until)),
					and(gte(agreements.feedbackDate, today), lte(agreements.feedbackDate, until))
				)
			)
		)
		.orderBy(agreements.ownerId, sql`least(${agreements.dueDate}, ${agreements.feedbackDate})`, agreements.createdAt);
	const inWindow = (date: string | null) => (date !== null && date >= today && date <= until ? date : null);
	const byUser = new Map<string, { user: Recipient; items: AgreementReminder[] }>();
	for (const r of rows) {
		if (!can(r.role, 'agreement:read')) continue;
		const due = inWindow(r.dueDate);
		const feedback = inWindow(r.feedbackDate);
		const entry = byUser.get(r.user.id) ?? { user: r.user, items: [] };
		byUser.set(r.user.id, entry);
		entry.items.push({
			agreementId: r.agreementId,
			partnershipId: r.partnershipId,
			partnershipName: r.partnershipName,
			what: r.caseId || r.meetingCaseId || r.meetingKind === 'case' ? null : r.what,
			due,
			feedback,
			occasions: [...(due ? [`due:${due}`] : []), ...(feedback ? [`feedback:${feedback}`] : [])]
		});
	}
	return [...byUser.values()];
}

/** One mail per owner with the agreements not reminded of before. Returns the number of mails sent. */
export async function sendAgreementReminders(db: Db, { now, origin, send }: Context): Promise<number> {
	const recipients = await listAgreementReminders(db, { now });
	return forEachRecipient(recipients, ({ user, items }) => {
		const rows = items.flatMap((item) =>
			item.occasions.map((occasion) => ({
				kind: 'agreement_due' as const,
				subjectId: item.agreementId,
				userId: user.id,
				occasion
			}))
		);
		return deliver(db, { now, send }, rows, (claimed) => {
			// Only what was not sent before; a due date reminded of earlier is left out.
			const fresh = items
				.map((item) => {
					const mine = claimed.filter((c) => c.subjectId === item.agreementId).map((c) => c.occasion);
					return {
						...item,
						due: mine.includes(`due:${item.due}`) ? item.due : null,
						feedback: mine.includes(`feedback:${item.feedback}`) ? item.feedback : null
					};
				})
				.filter((item) => item.due || item.feedback);
			return {
				to: to(user),
				...agreementReminderMail({ locale: mailLocale(user.locale), name: user.name, origin, items: fresh }),
				unsubscribeUrl: settingsUrl(origin),
				tag: { kind: 'agreement_due', userId: user.id }
			};
		});
	});
}

// ---------------------------------------------------------------------------------------------
// Scan rounds that close soon

/** Per open round closing within the window: the members who have not answered and want this reminder. */
export async function listScanReminders(db: Db, { now }: { now: Date }) {
	const rounds = await listScanRoundsClosingSoon(db, { within: REMINDER_WINDOW_DAYS * 86_400_000, now });
	const pending = [...new Set(rounds.flatMap((r) => r.pendingUserIds))];
	if (!pending.length) return [];
	const people = await db
		.select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
		.from(users)
		.leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
		.where(and(inArray(users.id, pending), wants(reminderPreferences.scanClosing)));
	const byId = new Map(people.map((p) => [p.id, p]));
	return rounds.flatMap((round) =>
		round.pendingUserIds.flatMap((userId) => {
			const user = byId.get(userId);
			return user ? [{ round, user }] : [];
		})
	);
}

export async function sendScanReminders(db: Db, { now, origin, send }: Context): Promise<number> {
	const list = await listScanReminders(db, { now });
	return forEachRecipient(list, ({ round, user }) =>
		deliver(
			db,
			{ now, send },
			// A closing date that is moved gives a new reminder.
			[{ kind: 'scan_closing', subjectId: round.roundId, userId: user.id, occasion: round.closesAt.toISOString() }],
			() => ({
				to: to(user),
				...scanClosingMail({ locale: mailLocale(user.locale), name: user.name, origin, round }),
				unsubscribeUrl: settingsUrl(origin),
				tag: { kind: 'scan_closing', userId: user.id }
			})
		)
	);
}

// ---------------------------------------------------------------------------------------------
// Meeting invitations

/**
 * Invites the attendees of a meeting by mail, with the meeting as an .ics attachment: once per
 * start time, so an attendee added later is invited, and a meeting that moves sends everyone its
 * new time. Not for the person who planned it, not for a cancelled or past meeting, and not for
 * attendees who turned invitations off. For a meeting about a case, the mail and the .ics leave out
 * the purpose and the agenda. Returns the number of mails sent.
 */
export async function sendMeetingInvitations(
	db: Db,
	{ partnershipId, meetingId, now, origin, send }: Context & { partnershipId: string; meetingId: string }
): Promise<number> {
	const [meeting] = await db
		.select({ meeting: meetings, partnershipName: partnerships.name, organiserName: users.name })
		.from(meetings)
		.innerJoin(partnerships, eq(partnerships.id, meetings.partnershipId))
		.leftJoin(users, eq(users.id, meetings.createdBy))
		.where(and(eq(meetings.partnershipId, partnershipId), eq(meetings.id, meetingId)));
	if (!meeting || meeting.meeting.cancelled || meeting.meeting.startsAt <= now) return 0;
	const m = meeting.meeting;
	const [attendees, agenda] = await Promise.all([
		db
			.select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
			.from(meetingAttendees)
			.innerJoin(
				memberships,
				and(
					eq(memberships.id, meetingAttendees.membershipId),
					eq(memberships.partnershipId, meetingAttendees.partnershipId)
				)
			)
			.innerJoin(users, eq(users.id, memberships.userId))
			.leftJoin(reminderPreferences, eq(reminderPreferences.userId, users.id))
			.where(
				and(
					eq(meetingAttendees.partnershipId, partnershipId),
					eq(meetingAttendees.meetingId, meetingId),
					m.createdBy ? ne(users.id, m.createdBy) : undefined,
					wants(reminderPreferences.meetingInvitation)
				)
			),
		db
			.select({ title: meetingAgendaItems.title })
			.from(meetingAgendaItems)
			.where(
				and(
					eq(meetingAgendaItems.partnershipId, partnershipId),
					eq(meetingAgendaItems.meetingId, meetingId),
					eq(meetingAgendaItems.status, 'accepted')
				)
			)
			.orderBy(meetingAgendaItems.position, meetingAgendaItems.createdAt)
	]);
	if (!attendees.length) return 0;
	// A meeting about a case: its purpose and agenda may describe the case, so they stay in Brugwerk.
	const aboutCase = m.kind === 'case' || m.caseId !== null;
	const occasion = m.startsAt.toISOString();
	const invitedBefore = new Set(
		(
			await db
				.select({ userId: sentReminders.userId })
				.from(sentReminders)
				.where(
					and(
						eq(sentReminders.kind, 'meeting_invitation'),
						eq(sentReminders.subjectId, meetingId),
						ne(sentReminders.occasion, occasion)
					)
				)
		).map((r) => r.userId)
	);
	const ics = meetingToIcs(
		{
			id: m.id,
			partnershipId,
			title: m.title,
			startsAt: m.startsAt,
			endsAt: m.endsAt,
			place: m.place,
			onlineUrl: m.onlineUrl,
			purpose: aboutCase ? '' : m.purpose,
			cancelled: m.cancelled,
			version: m.version,
			updatedAt: m.updatedAt,
			agenda: aboutCase ? [] : agenda.map((a) => a.title)
		},
		origin
	);
	const details = {
		id: m.id,
		partnershipId,
		partnershipName: meeting.partnershipName,
		title: m.title,
		startsAt: m.startsAt,
		endsAt: m.endsAt,
		place: m.place,
		onlineUrl: m.onlineUrl,
		purpose: aboutCase ? '' : m.purpose,
		organiserName: meeting.organiserName,
		inSeries: m.seriesId !== null
	};
	return forEachRecipient(attendees, (user) =>
		deliver(
			db,
			{ now, send },
			[{ kind: 'meeting_invitation', subjectId: meetingId, userId: user.id, occasion }],
			() => ({
				to: to(user),
				...meetingInvitationMail({
					locale: mailLocale(user.locale),
					name: user.name,
					origin,
					meeting: details,
					changed: invitedBefore.has(user.id)
				}),
				attachments: [
					{ filename: 'overleg.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }
				],
				unsubscribeUrl: settingsUrl(origin),
				tag: { kind: 'meeting_invitation', userId: user.id }
			})
		)
	);
}

// ---------------------------------------------------------------------------------------------
// The periodic check

/**
 * Forgets reminders that can never be sent again: for scan rounds that are no longer open (so no
 * record of who had not answered outlives the round), for meetings that have ended or are gone,
 * and agreement reminders after two weeks (their dates have passed by then).
 */
export async function purgeSentReminders(db: Executor, { now }: { now: Date }): Promise<number> {
	const openRound = db
		.select({ id: scanRounds.id })
		.from(scanRounds)
		.where(and(eq(scanRounds.id, sentReminders.subjectId), isNull(scanRounds.closedAt), gt(scanRounds.closesAt, now)));
	const comingMeeting = db
		.select({ id: meetings.id })
		.from(meetings)
		.where(and(eq(meetings.id, sentReminders.subjectId), gt(meetings.endsAt, now)));
	const deleted = await db
		.delete(sentReminders)
		.where(
			or(
				and(eq(sentReminders.kind, 'scan_closing'), notExists(openRound)),
				and(eq(sentReminders.kind, 'meeting_invitation'), notExists(comingMeeting)),
				and(
					eq(sentReminders.kind, 'agreement_due'),
					lt(sentReminders.sentAt, new Date(now.getTime() - 14 * 86_400_000))
				)
			)
		)
		.returning({ kind: sentReminders.kind });
	return deleted.length;
}

/** What the scheduled job runs: agreement and scan reminders, then the purge. */
export async function runReminderCheck(
	db: Db,
	context: Context
): Promise<{ agreements: number; scans: number; purged: number }> {
	const errors: unknown[] = [];
	const attempt = (work: () => Promise<number>) => work().catch((error) => (errors.push(error), 0));
	const agreementMails = await attempt(() => sendAgreementReminders(db, context));
	const scanMails = await attempt(() => sendScanReminders(db, context));
	const purged = await attempt(() => purgeSentReminders(db, { now: context.now }));
	if (errors.length) throw new AggregateError(errors, 'The reminder check did not complete');
	return { agreements: agreementMails, scans: scanMails, purged };
}
