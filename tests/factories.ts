// One place that creates each kind of record for tests: the database tests (tests/db/) and the
// Playwright journeys (tests/e2e/fixtures.ts) both build their world here.
//
// Each builder goes through the same zod schema and domain function as the app's own form, so a
// record made here is one the app could have made. Overrides are the form's values (strings), and
// every call makes fresh, unique rows: tests never depend on each other.
import { saveStepAnswers } from '$lib/domain/worksheets/method-answers.server';
import { todayInBelgium } from '$lib/dates';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '$lib/server/db/client';
import { goals, memberships, users } from '$lib/server/db/schema';
import { hashPassword } from '$lib/domain/auth/password.server';
import { createSession } from '$lib/domain/auth/session.server';
import { confirmTotpEnrolment, startTotpEnrolment } from '$lib/domain/auth/totp.server';
import { Secret, TOTP } from 'otpauth';
import { createPartnership as createPartnershipRow } from '$lib/domain/partnerships/partnership.server';
import { acceptInvitation, createInvitation } from '$lib/domain/partnerships/invitation.server';
import {
	createPartnershipSchema,
	invitationSchema,
	type MemberProfile,
	memberProfileSchema
} from '$lib/domain/partnerships/partnership.schema';
import { type Role, rolesWith } from '$lib/domain/permissions/permissions';
import { saveRoleCard, saveRoleCardDraft } from '$lib/domain/role-cards/role-card.server';
import { newCaseSchema } from '$lib/domain/cases/case.schema';
import { createCase } from '$lib/domain/cases/case.server';
import { agreementSchema } from '$lib/domain/agreements/agreement.schema';
import { type AgreementOriginRef, createAgreement } from '$lib/domain/agreements/agreement.server';
import { meetingSchema, minutesSchema } from '$lib/domain/meetings/meeting.schema';
import { createMeeting, getMeeting, saveMinutes } from '$lib/domain/meetings/meeting.server';
import { mandateSchema, organisationSchema } from '$lib/domain/organisations/organisation.schema';
import { createOrganisation } from '$lib/domain/organisations/organisation.server';
import { createMandate } from '$lib/domain/organisations/mandate.server';
import { learningEntrySchema } from '$lib/domain/learning/learning.schema';
import { createLearningEntry } from '$lib/domain/learning/learning.server';
import { pilotSchema } from '$lib/domain/pilots/pilot.schema';
import { createPilot } from '$lib/domain/pilots/pilot.server';
import {
	answerSchema as reflectionAnswerSchema,
	groupRefSchema,
	momentSchema
} from '$lib/domain/reflection/reflection.schema';
import {
	createAgreementFromGroup,
	createGroup,
	createReflectionMoment,
	submitAnswer
} from '$lib/domain/reflection/reflection.server';
import {
	collectedOnSchema,
	signalSchema,
	type SignalSourceRef,
	signalSourceSchema,
	statusStepSchema
} from '$lib/domain/signals/signal.schema';
import { createSignal, linkSource, moveSignalStatus } from '$lib/domain/signals/signal.server';
import { answerSchema as scanAnswerSchema, openRoundSchema } from '$lib/domain/scan/scan.schema';
import { getScanRound, openScanRound, submitScanResponse } from '$lib/domain/scan/scan.server';
import { consentRecordSchema, sharingAgreementSchema } from '$lib/domain/sharing/sharing.schema';
import { createSharingAgreement } from '$lib/domain/sharing/sharing.server';
import { addConsentRecord, linkCaseSharingAgreement } from '$lib/domain/sharing/consent.server';
import { goalSchema } from '$lib/domain/goals/goal.schema';
import { saveGoal } from '$lib/domain/goals/goal.server';
import { linkSchema, nodeSchema } from '$lib/domain/network/network.schema';
import { createLink, createNode } from '$lib/domain/network/network.server';
import { roleCardDraftSchema } from '$lib/domain/role-cards/role-card.schema';
import { draftBodySchema } from '$lib/domain/drafts/draft.schema';
import { saveDraft } from '$lib/domain/drafts/draft.server';
import { reminderPreferencesSchema } from '$lib/domain/reminders/reminder.schema';
import { saveReminderPreferences } from '$lib/domain/reminders/reminders.server';
import { addPasskeyBodySchema } from '$lib/domain/auth/passkeys.schema';
import { addPasskey, relyingPartyOf, startPasskeyRegistration } from '$lib/domain/auth/passkeys.server';
import { registrationAnswer, softAuthenticator, type SoftAuthenticator } from './soft-authenticator';

/** A short unique suffix: unique across test workers, parallel journeys and runs. */
export const unique = () => randomUUID().slice(0, 8);

/** A date `days` from today (Belgian time), as the date fields send it. */
export function isoDate(days: number): string {
	const d = new Date(`${todayInBelgium()}T12:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** The form's values through its schema, as the action does; a bad default is a bug in this file. */
function parse<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
	return schema.parse(values);
}

/** Fails loudly when a domain function refused: the world a test needs must exist. */
function must<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
	if (!result.ok) throw new Error(`Test setup: ${what} was refused: ${JSON.stringify(result)}`);
	return result as Extract<T, { ok: true }>;
}

// ---------------------------------------------------------------------------------------------
// People and partnerships

export interface TestUser {
	id: string;
	name: string;
	email: string;
	/** Set when the account was made with a password (it can log in through the form). */
	password: string | null;
}

/**
 * Turns the authenticator app on for `user`, as on /account/tweede-stap (a QR code, then a code
 * of the app). The confirming code is from a minute and a half ago, so the codes of now are still
 * unused. Returns the secret (to compute codes with `totpCode`) and the ten recovery codes.
 */
export async function makeTotp(
	db: Db,
	user: Pick<TestUser, 'id'>
): Promise<{ secret: string; recoveryCodes: string[] }> {
	const at = Date.now() - 90_000;
	const enrolment = await startTotpEnrolment(db, { userId: user.id, sessionId: 'factory', now: at });
	if (!enrolment) throw new Error('Test setup: the account has the app already');
	const confirmed = must(
		'turning the app on',
		await confirmTotpEnrolment(
			db,
			{
				userId: user.id,
				sessionId: 'factory',
				secret: enrolment.secret,
				ticket: enrolment.ticket,
				code: totpCode(enrolment.secret, at),
				client: { ip: '', userAgent: 'factory' }
			},
			at
		)
	);
	return { secret: enrolment.secret, recoveryCodes: confirmed.recoveryCodes };
}

/** The code the authenticator app shows for `secret` at `timestamp` (ms). */
export function totpCode(secret: string, timestamp = Date.now()): string {
	return TOTP.generate({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30, timestamp });
}

/**
 * An account. Without `password` it cannot log in through the form (a session still works). Its
 * address counts as confirmed unless `confirmed` is false.
 */
export async function makeUser(
	db: Db,
	{
		name = 'Test Gebruiker',
		email,
		password,
		confirmed = true
	}: { name?: string; email?: string; password?: string; confirmed?: boolean } = {}
): Promise<TestUser> {
	const [user] = await db
		.insert(users)
		.values({
			email: email ?? `${randomUUID()}@test.brugwerk`,
			name,
			passwordHash: password ? await hashPassword(password) : 'x',
			emailVerifiedAt: confirmed ? new Date() : null
		})
		.returning();
	return { id: user!.id, name: user!.name, email: user!.email, password: password ?? null };
}

/** A session for `user`: the token is the value of the session cookie. */
export async function makeSession(db: Db, user: Pick<TestUser, 'id'>): Promise<{ token: string; expiresAt: Date }> {
	return createSession(db, user.id);
}

export const profile: MemberProfile = {
	organisationName: 'Basisschool De Linde',
	organisationType: 'school',
	function: 'zorgcoordinator'
};

type ProfileValues = Partial<z.input<typeof memberProfileSchema>>;

/** A partnership whose coordinator (made here unless given) created it, as on /s/nieuw. */
export async function makePartnership(
	db: Db,
	{ coordinator, ...values }: { coordinator?: TestUser } & Partial<z.input<typeof createPartnershipSchema>> = {}
) {
	const user = coordinator ?? (await makeUser(db, { name: 'Coördinator' }));
	const input = parse(createPartnershipSchema, {
		name: `Samenwerking ${unique()}`,
		region: 'Gent',
		description: '',
		...profile,
		...values
	});
	const partnership = await createPartnershipRow(db, { userId: user.id, input });
	return { coordinator: user, partnership };
}

/** `user` (made here unless given) joins through an invitation link, as on /uitnodiging/…. */
export async function makeMember(
	db: Db,
	{
		partnershipId,
		role = 'member',
		user,
		invitedBy,
		...values
	}: { partnershipId: string; role?: Role; user?: TestUser; invitedBy?: string } & ProfileValues
) {
	const member = user ?? (await makeUser(db, { name: 'Partner' }));
	const { token } = await makeInvitation(db, { partnershipId, role, createdBy: invitedBy ?? member.id });
	const joined = await acceptInvitation(db, {
		token,
		userId: member.id,
		profile: parse(memberProfileSchema, {
			organisationName: 'CLB Test',
			organisationType: 'clb',
			function: 'clb_medewerker',
			...values
		})
	});
	if (!joined.ok || joined.alreadyMember) throw new Error(`Test setup: joining was refused: ${JSON.stringify(joined)}`);
	const [membership] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, member.id)));
	return { user: member, membership: membership! };
}

/** An invitation link's token (the link is `/uitnodiging/<token>`). */
export async function makeInvitation(
	db: Db,
	{
		partnershipId,
		createdBy,
		role = 'member',
		use = 'single',
		expiresInDays = 7
	}: { partnershipId: string; createdBy: string; role?: Role; use?: 'single' | 'multiple'; expiresInDays?: number }
) {
	return createInvitation(db, {
		partnershipId,
		createdBy,
		input: parse(invitationSchema, { role, use, expiresInDays })
	});
}

/** A partnership with a coordinator and one member who joined (role `member` unless given). */
export async function makeTeam(db: Db, role: Role = 'member') {
	const { coordinator, partnership } = await makePartnership(db);
	const { user: member, membership } = await makeMember(db, {
		partnershipId: partnership.id,
		role,
		invitedBy: coordinator.id
	});
	return { coordinator, partnership, member, membership };
}

/** A saved role card (worksheet answers by field name). */
export async function makeRoleCard(
	db: Db,
	{
		partnershipId,
		userId,
		answers
	}: { partnershipId: string; userId: string; answers: Record<string, string | string[]> }
) {
	return must('the role card', await saveRoleCard(db, { partnershipId, userId, answers, version: 0 }));
}

/** A role card in progress (worksheet answers by field name), as autosave or "Concept bewaren" keeps it. */
export async function makeRoleCardDraft(
	db: Db,
	{ partnershipId, userId, draft }: { partnershipId: string; userId: string; draft: Record<string, string | string[]> }
) {
	const answers = parse(roleCardDraftSchema, draft);
	return saveRoleCardDraft(db, { partnershipId, userId, draft: answers });
}

/** What `userId` typed in a form and did not save, as the autosave keeps it (`version`: the form's). */
export async function makeDraft(
	db: Db,
	{
		partnershipId,
		userId,
		formKey,
		values,
		version = 0
	}: {
		partnershipId: string;
		userId: string;
		formKey: string;
		values: Record<string, string | string[]>;
		version?: number | null;
	}
) {
	const body = parse(draftBodySchema, { action: 'save', formKey, values, version });
	if (body.action !== 'save') throw new Error('a draft body to save');
	return must(
		'the draft',
		await saveDraft(db, { partnershipId, userId, formKey, values: body.values, version: body.version })
	);
}

/**
 * The reminder mails `userId` keeps on, as the form on /account/meldingen sends them: a kind
 * given as `false` is turned off, every other kind stays on.
 */
export async function makeReminderPreferences(
	db: Db,
	{
		userId,
		agreementDue = true,
		meetingInvitation = true,
		scanClosing = true
	}: { userId: string; agreementDue?: boolean; meetingInvitation?: boolean; scanClosing?: boolean }
) {
	const ticked = Object.entries({ agreementDue, meetingInvitation, scanClosing }).filter(([, on]) => on);
	const input = parse(reminderPreferencesSchema, Object.fromEntries(ticked.map(([name]) => [name, 'on'])));
	await saveReminderPreferences(db, { userId, input });
	return input;
}

// ---------------------------------------------------------------------------------------------
// Records of a partnership. `userId` is who makes it (a coordinator, unless the test says otherwise).

type Scope = { partnershipId: string; userId: string };

export async function makeCase(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof newCaseSchema>>
) {
	const input = parse(newCaseSchema, {
		code: `K-${unique()}`,
		situation: 'Het kind komt vaak te laat op school.',
		...values
	});
	return must('the case', await createCase(db, { partnershipId, userId, input }));
}

/** An agreement that belongs to a case, a meeting, the goal, a reflection moment or a scan round. */
export async function makeAgreement(
	db: Db,
	{
		partnershipId,
		userId,
		origin,
		...values
	}: Scope & { origin: AgreementOriginRef } & Partial<z.input<typeof agreementSchema>>
) {
	const input = parse(agreementSchema, {
		what: `Afspraak ${unique()}`,
		ownerId: '',
		dueDate: '',
		feedbackDate: '',
		feedbackNote: '',
		...values
	});
	return must('the agreement', await createAgreement(db, { partnershipId, userId, input, voice: null, ...origin }));
}

/**
 * A meeting two weeks from now (or a series, with `recurrence` and `repeatUntil`). Like the form,
 * it invites everyone who takes part in meetings unless `attendees` says otherwise.
 */
export async function makeMeeting(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof meetingSchema>>
) {
	const invited = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.role, rolesWith('meeting:propose'))));
	const input = parse(meetingSchema, {
		kind: 'structural',
		title: `Overleg ${unique()}`,
		date: isoDate(14),
		startTime: '14:00',
		endTime: '15:00',
		place: 'Vergaderzaal',
		onlineUrl: '',
		purpose: '',
		caseId: '',
		attendees: invited.map((m) => m.id),
		agenda: 'Nieuws van de partners',
		...values
	});
	return must('the meeting', await createMeeting(db, { partnershipId, userId, input }));
}

/** The minutes of a meeting, as saved on its page (over the meeting's current version). */
export async function makeMinutes(
	db: Db,
	{
		partnershipId,
		meetingId,
		...values
	}: { partnershipId: string; meetingId: string } & Partial<z.input<typeof minutesSchema>>
) {
	const found = await getMeeting(db, { partnershipId, meetingId });
	if (!found) throw new Error('Test setup: the meeting does not exist.');
	const { minutes } = parse(minutesSchema, { minutes: 'De partners delen hun nieuws.', ...values });
	return must(
		'the minutes',
		await saveMinutes(db, { partnershipId, meetingId, version: found.meeting.version, minutes })
	);
}

export async function makeOrganisation(
	db: Db,
	{ partnershipId, ...values }: { partnershipId: string } & Partial<z.input<typeof organisationSchema>>
) {
	const input = parse(organisationSchema, {
		name: `Organisatie ${unique()}`,
		type: 'caw',
		sector: 'welfare',
		level: 'meso',
		...values
	});
	return must('the organisation', await createOrganisation(db, { partnershipId, input }));
}

export async function makeMandate(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof mandateSchema>>
) {
	const input = parse(mandateSchema, {
		organisationId: '',
		role: 'Zorgcoördinator',
		decidesAlone: 'Een gesprek met ouders plannen.',
		...values
	});
	return must('the mandate', await createMandate(db, { partnershipId, userId, input }));
}

export async function makeLearningEntry(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof learningEntrySchema>>
) {
	const input = parse(learningEntrySchema, {
		kind: 'bottleneck',
		title: `Knelpunt ${unique()}`,
		description: 'De school hoort niets terug na een doorverwijzing.',
		lesson: 'Spreek een korte status af.',
		blocks: ['communicatie'],
		...values
	});
	return createLearningEntry(db, { partnershipId, userId, input });
}

/** A pilot (method "respect en vertrouwen") owned by `userId` unless `ownerId` says otherwise, looked back on in a month. */
export async function makePilot(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof pilotSchema>>
) {
	const input = parse(pilotSchema, {
		title: `Proefproject ${unique()}`,
		aim: 'Ouders leren het CAW kennen op het koffiemoment.',
		ownerId: userId,
		startsOn: isoDate(0),
		lookBackOn: isoDate(30),
		...values
	});
	return must('the pilot', await createPilot(db, { partnershipId, userId, input }));
}

/** An open reflection moment on a block, with its first question. */
export async function makeMoment(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<typeof momentSchema>>
) {
	const input = parse(momentSchema, {
		block: 'communicatie',
		questions: ['0'],
		title: `Reflectie ${unique()}`,
		allowAnonymous: '1',
		meetingId: '',
		...values
	});
	return must('the reflection moment', await createReflectionMoment(db, { partnershipId, userId, input }));
}

export async function makeReflectionAnswer(
	db: Db,
	{
		partnershipId,
		userId,
		momentId,
		...values
	}: Scope & { momentId: string } & Partial<z.input<typeof reflectionAnswerSchema>>
) {
	const input = parse(reflectionAnswerSchema, {
		question: '0',
		text: 'Een antwoord zonder namen.',
		anonymous: '1',
		...values
	});
	return must('the reflection answer', await submitAnswer(db, { partnershipId, momentId, userId, input }));
}

export async function makeReflectionGroup(
	db: Db,
	{ partnershipId, momentId, title = `Groep ${unique()}` }: { partnershipId: string; momentId: string; title?: string }
) {
	return must('the reflection group', await createGroup(db, { partnershipId, momentId, title }));
}

/** The agreement a reflection group becomes (`ownerId`: a user of the partnership). */
export async function makeGroupAgreement(
	db: Db,
	{
		partnershipId,
		userId,
		momentId,
		groupId,
		...values
	}: Scope & { momentId: string; groupId: string } & Partial<z.input<typeof agreementSchema>>
) {
	const ref = parse(groupRefSchema, { groupId });
	const input = parse(agreementSchema, {
		what: `Afspraak ${unique()}`,
		ownerId: userId,
		dueDate: '',
		feedbackDate: '',
		feedbackNote: '',
		...values
	});
	return must(
		'the group agreement',
		await createAgreementFromGroup(db, { partnershipId, momentId, groupId: ref.groupId, userId, input, voice: null })
	);
}

/** A signal collected today (or on `collectedOn`), optionally from a source (a case, a learning-log entry, a reflection moment). */
export async function makeSignal(
	db: Db,
	{
		partnershipId,
		userId,
		source = null,
		collectedOn = todayInBelgium(),
		...values
	}: Scope & { source?: SignalSourceRef | null; collectedOn?: string } & Partial<z.input<typeof signalSchema>>
) {
	const input = parse(signalSchema, {
		title: `Signaal ${unique()}`,
		theme: 'school_costs',
		description: 'Gezinnen met een laag inkomen kunnen de schooluitstappen niet betalen.',
		request: 'Een gezamenlijke regeling.',
		level: 'meso',
		addressee: 'lokaal_bestuur',
		addresseeOther: '',
		...values
	});
	const date = parse(collectedOnSchema, { collectedOn }).collectedOn;
	return must('the signal', await createSignal(db, { partnershipId, userId, input, source, collectedOn: date }));
}

/** Moves a signal one step (e.g. to 'discussed'), dated today. */
export async function moveSignal(
	db: Db,
	{
		partnershipId,
		userId,
		signalId,
		version,
		...values
	}: Scope & { signalId: string; version: number } & Partial<z.input<typeof statusStepSchema>>
) {
	const step = parse(statusStepSchema, {
		to: 'discussed',
		direction: 'forward',
		on: todayInBelgium(),
		note: '',
		answer: '',
		...values
	});
	return must('the signal step', await moveSignalStatus(db, { partnershipId, signalId, userId, version, step }));
}

/** "Ook gezien": a case, learning-log entry or reflection moment counts in an existing signal. */
export async function linkSignalSource(
	db: Db,
	{ partnershipId, userId, signalId, source }: Scope & { signalId: string; source: SignalSourceRef }
) {
	const ref = parse(signalSourceSchema, { sourceKind: source.kind, sourceId: source.id });
	return must(
		'linking the source',
		await linkSource(db, { partnershipId, userId, signalId, source: { kind: ref.sourceKind, id: ref.sourceId } })
	);
}

/** An open scan round, closing in two weeks. */
export async function makeScanRound(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & Partial<z.input<ReturnType<typeof openRoundSchema>>>
) {
	const input = parse(openRoundSchema(), { title: `Scan ${unique()}`, closesOn: isoDate(14), ...values });
	return must('the scan round', await openScanRound(db, { partnershipId, userId, input }));
}

/**
 * `userId` answers the round: every statement `value` ('1'…'5' or 'weet-niet') unless `answers`
 * names another (statement id → value), with optional comments per block (`comment-<block>` → text).
 */
export async function answerScanRound(
	db: Db,
	{
		partnershipId,
		userId,
		roundId,
		value = '3',
		answers = {},
		comments = {}
	}: Scope & { roundId: string; value?: string; answers?: Record<string, string>; comments?: Record<string, string> }
) {
	const round = await getScanRound(db, { partnershipId, roundId, userId });
	if (!round) throw new Error('Test setup: the scan round does not exist.');
	const answer = parse(scanAnswerSchema(round.statementIds), {
		...Object.fromEntries(round.statementIds.map((id) => [id, value])),
		...answers,
		...comments
	});
	return must('the scan answer', await submitScanResponse(db, { partnershipId, roundId, userId, answer }));
}

/** A sharing agreement between organisations of the directory (`parties`: at least two organisation ids). */
export async function makeSharingAgreement(
	db: Db,
	{ partnershipId, userId, ...values }: Scope & { parties: string[] } & Partial<z.input<typeof sharingAgreementSchema>>
) {
	const input = parse(sharingAgreementSchema, {
		title: `Afspraak over delen ${unique()}`,
		mayShare: 'De vraag van het gezin.',
		mayNotShare: 'Medische gegevens.',
		legalFrame: 'gedeeld_beroepsgeheim',
		consent: 'none',
		consentHow: '',
		channel: 'In het overleg.',
		feedbackToSchool: '',
		...values
	});
	return must('the sharing agreement', await createSharingAgreement(db, { partnershipId, userId, input }));
}

/** Links a sharing agreement to a case and records a parent's consent under it. */
export async function makeConsent(
	db: Db,
	{
		partnershipId,
		userId,
		caseId,
		sharingAgreementId,
		...values
	}: Scope & { caseId: string; sharingAgreementId: string } & Partial<z.input<typeof consentRecordSchema>>
) {
	must(
		'linking the sharing agreement',
		await linkCaseSharingAgreement(db, { partnershipId, caseId, sharingAgreementId, userId })
	);
	const input = parse(consentRecordSchema, {
		sharingAgreementId,
		givenOn: todayInBelgium(),
		givenBy: 'parents',
		consentForm: 'written',
		scopeWhat: 'De vraag van het gezin.',
		scopeTo: 'Het CAW.',
		scopePurpose: 'Een betaalbare woning zoeken.',
		expiresOn: '',
		...values
	});
	return must('the consent record', await addConsentRecord(db, { partnershipId, caseId, userId, input }));
}

/**
 * A version of the partnership's common goal, saved as the goal form does: the first one, or a later
 * one from `version` (the current version, or the save is refused as a conflict). Returns the goal's
 * id, which agreements for the goal point at, and its new version.
 */
export async function makeGoal(
	db: Db,
	{ partnershipId, userId, version = 0, ...values }: Scope & { version?: number } & Partial<z.input<typeof goalSchema>>
): Promise<{ id: string; version: number }> {
	const input = parse(goalSchema, {
		why: 'Gezinnen vertellen hun verhaal telkens opnieuw aan school, CLB en OCMW.',
		specific: 'Elk doorverwezen gezin heeft binnen tien schooldagen een eerste gesprek.',
		familiesInvolved: 'partly',
		timeBound: '',
		reviewDate: '',
		...values
	});
	const saved = must('the goal', await saveGoal(db, { partnershipId, userId, input, version }));
	const [goal] = await db.select({ id: goals.id }).from(goals).where(eq(goals.partnershipId, partnershipId));
	return { id: goal!.id, version: saved.version };
}

export async function makeNetworkNode(
	db: Db,
	{ partnershipId, ...values }: { partnershipId: string } & Partial<z.input<typeof nodeSchema>>
) {
	const input = parse(nodeSchema, {
		kind: 'organisation',
		label: `Knoop ${unique()}`,
		level: 'meso',
		organisationId: '',
		sector: 'welfare',
		...values
	});
	return must('the network node', await createNode(db, { partnershipId, input }));
}

export async function makeNetworkLink(
	db: Db,
	{
		partnershipId,
		...values
	}: { partnershipId: string; fromNodeId: string; toNodeId: string } & Partial<z.input<typeof linkSchema>>
) {
	const input = parse(linkSchema, { type: 'information', strength: 'strong', note: '', ...values });
	return must('the network link', await createLink(db, { partnershipId, input }));
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** Shared answers to one step of a method, saved as the worksheet page saves them (first save). */
export async function makeMethodAnswer(
	db: Db,
	{
		partnershipId,
		userId,
		method = 'communicatie',
		step = 'wie-moet-wat-weten',
		answers = { needToKnow: `De klasleerkracht weet wat het kind nodig heeft in de klas ${unique()}.` }
	}: Scope & { method?: string; step?: string; answers?: Record<string, string | string[]> }
) {
	const saved = await saveStepAnswers(db, { partnershipId, userId, method, step, answers, version: 0 });
	if (!saved.ok) throw new Error(`makeMethodAnswer: ${saved.reason}`);
	return saved.answer;
}

// ---------------------------------------------------------------------------------------------
// Passkeys

/**
 * A passkey of `user` for the site at `origin`, made with a software authenticator through the real
 * options and checks (the ceremony a browser would do). The authenticator comes back: a database
 * test signs logins with it, a journey hands its key to Chromium's virtual authenticator.
 */
export async function makePasskey(
	db: Db,
	{ user, origin, name = '' }: { user: Pick<TestUser, 'id' | 'email' | 'name'>; origin: string; name?: string }
): Promise<{ auth: SoftAuthenticator; name: string }> {
	const rp = relyingPartyOf(new URL(origin));
	const auth = softAuthenticator();
	const started = await startPasskeyRegistration(db, { user, rp });
	if (!started.ok) throw new Error(`makePasskey: ${started.reason}`);
	const body = addPasskeyBodySchema.parse({
		response: registrationAnswer(auth, { challenge: started.options.challenge, ...rp }),
		name
	});
	const added = await addPasskey(db, { userId: user.id, body, challengeToken: started.challengeToken, rp });
	if (!added.ok) throw new Error(`makePasskey: ${added.reason}`);
	return { auth, name: added.passkey.name };
}
