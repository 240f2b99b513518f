import { and, eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { getTestDb, workerDatabaseUrl } from '../../../../tests/db/db';
import { makeTeam, makeUser } from '../../../../tests/factories';
import { agreements, auditLog, meetings, reflectionAnswers, reflectionGroups } from '$lib/server/db/schema';
import { createRealtimeHub, REFLECTION_CHANNEL, type HubSignal, type RealtimeHub } from '$lib/server/realtime';
import type { AgreementInput } from '$lib/domain/agreements/agreement.schema';
import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { CODE_ALPHABET, momentSchema, type MomentInput } from './reflection.schema';
import {
	closeMoment,
	createAgreementFromGroup,
	createGroup,
	createReflectionMoment,
	deleteGroup,
	findMomentByCode,
	getLiveState,
	getMoment,
	getReflectionSummary,
	listMoments,
	moveAnswer,
	renameGroup,
	submitAnswer
} from './reflection.server';

const { db } = getTestDb();

const input = (over: Partial<Record<string, unknown>> = {}): MomentInput =>
	momentSchema.parse({
		block: 'communicatie',
		questions: ['0', '6', '7'],
		title: 'Hoe praten we met ouders?',
		allowAnonymous: '1',
		meetingId: '',
		...over
	});

async function teamWithMoment(over: Partial<Record<string, unknown>> = {}) {
	const t = await makeTeam(db);
	const made = await createReflectionMoment(db, {
		partnershipId: t.partnership.id,
		userId: t.coordinator.id,
		input: input(over)
	});
	if (!made.ok) throw new Error('moment not made');
	return { ...t, momentId: made.id, code: made.code, scope: { partnershipId: t.partnership.id, momentId: made.id } };
}

const agreement = (ownerId: string): AgreementInput => ({
	what: 'De school krijgt binnen vijf dagen een korte status.',
	ownerId,
	dueDate: null,
	feedbackDate: null,
	feedbackNote: ''
});

/** A plain LISTEN connection, like another app instance. */
async function listen(): Promise<{
	client: pg.Client;
	next: (match: (payload: Record<string, unknown>) => boolean, ms?: number) => Promise<Record<string, unknown> | null>;
}> {
	const client = new pg.Client({ connectionString: workerDatabaseUrl(), application_name: 'brugwerk-test-listen' });
	await client.connect();
	await client.query(`LISTEN ${REFLECTION_CHANNEL}`);
	const next = (match: (payload: Record<string, unknown>) => boolean, ms = 3000) =>
		new Promise<Record<string, unknown> | null>((resolve) => {
			const timer = setTimeout(() => {
				client.off('notification', on);
				resolve(null);
			}, ms);
			const on = (n: pg.Notification) => {
				const payload = JSON.parse(n.payload ?? '{}') as Record<string, unknown>;
				if (!match(payload)) return;
				clearTimeout(timer);
				client.off('notification', on);
				resolve(payload);
			};
			client.on('notification', on);
		});
	return { client, next };
}

const open: { end(): Promise<unknown> }[] = [];
afterEach(async () => {
	for (const c of open.splice(0)) await c.end().catch(() => {});
});

describe('reflection moments', () => {
	it('starts a moment with a short unambiguous code and the chosen questions copied', async () => {
		const t = await teamWithMoment();
		expect(t.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
		expect(t.code).not.toMatch(/[01OI]/);
		const found = await getMoment(db, t.scope);
		expect(found?.moment).toMatchObject({
			block: 'communicatie',
			status: 'open',
			allowAnonymous: true,
			facilitatorId: t.coordinator.id,
			code: t.code
		});
		expect(found?.moment.questions).toHaveLength(3);
		expect(found?.moment.questions[1]).toContain('stem van kinderen en ouders');
		expect(found?.facilitatorName).toBe('Coördinator');
		expect(await findMomentByCode(db, { code: t.code })).toEqual({ id: t.momentId, partnershipId: t.partnership.id });
		const listed = await listMoments(db, { partnershipId: t.partnership.id });
		expect(listed).toMatchObject([
			{ id: t.momentId, questionCount: 3, answerCount: 0, facilitatorName: 'Coördinator' }
		]);
	});

	it('refuses a meeting of another partnership and question numbers outside the block', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const [meeting] = await db
			.insert(meetings)
			.values({
				partnershipId: other.partnership.id,
				kind: 'structural',
				title: 'Elders',
				startsAt: new Date(Date.now() + 86_400_000),
				endsAt: new Date(Date.now() + 90_000_000)
			})
			.returning({ id: meetings.id });
		const refused = await createReflectionMoment(db, {
			partnershipId: t.partnership.id,
			userId: t.coordinator.id,
			input: input({ meetingId: meeting!.id })
		});
		expect(refused).toEqual({ ok: false, reason: 'meeting-not-found' });
		expect(
			momentSchema.safeParse({ block: 'communicatie', questions: ['42'], title: 'Te ver', meetingId: '' }).success
		).toBe(false);
		expect(
			momentSchema.safeParse({ block: 'communicatie', questions: [], title: 'Geen vragen', meetingId: '' }).success
		).toBe(false);
	});

	it('stores an anonymous answer without author, and nothing else that names the author', async () => {
		const t = await teamWithMoment();
		const named = await submitAnswer(db, {
			...t.scope,
			userId: t.member.id,
			input: { question: 0, text: 'Ik vraag het na.', anonymous: false },
			savedAnyway: true
		});
		const anonymous = await submitAnswer(db, {
			...t.scope,
			userId: t.member.id,
			input: { question: 0, text: 'Onze brieven zijn te lang.', anonymous: true },
			savedAnyway: true
		});
		expect(named.ok && anonymous.ok).toBe(true);
		const rows = await db.select().from(reflectionAnswers).where(eq(reflectionAnswers.momentId, t.momentId));
		expect(rows.find((r) => r.text === 'Ik vraag het na.')?.authorId).toBe(t.member.id);
		expect(rows.find((r) => r.text === 'Onze brieven zijn te lang.')?.authorId).toBeNull();
		// "Save anyway" leaves a trace for the named answer only.
		const audit = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.partnershipId, t.partnership.id), eq(auditLog.target, 'reflection-answer')));
		expect(audit).toHaveLength(1);
		expect(audit[0]?.detail).toMatchObject({ answerId: named.ok ? named.id : '' });
		const live = await getLiveState(db, t.scope);
		expect(live?.answers.map((a) => a.authorName)).toEqual(['Partner', null]);
	});

	it('refuses anonymous answers where the facilitator did not allow them, and unknown questions', async () => {
		const t = await teamWithMoment({ allowAnonymous: undefined });
		expect(
			await submitAnswer(db, {
				...t.scope,
				userId: t.member.id,
				input: { question: 0, text: 'Zonder naam', anonymous: true }
			})
		).toEqual({ ok: false, reason: 'anonymous-not-allowed' });
		expect(
			await submitAnswer(db, {
				...t.scope,
				userId: t.member.id,
				input: { question: 3, text: 'Vraag vier?', anonymous: false }
			})
		).toEqual({ ok: false, reason: 'no-such-question' });
		expect(
			await submitAnswer(db, {
				...t.scope,
				userId: t.member.id,
				input: { question: 2, text: 'Met naam', anonymous: false }
			})
		).toMatchObject({ ok: true });
	});

	it('refuses answers once the moment is closed; grouping goes on', async () => {
		const t = await teamWithMoment();
		await submitAnswer(db, {
			...t.scope,
			userId: t.member.id,
			input: { question: 0, text: 'Voor het sluiten', anonymous: false }
		});
		expect(await closeMoment(db, t.scope)).toEqual({ ok: true });
		expect(await closeMoment(db, t.scope)).toEqual({ ok: true });
		expect(
			await submitAnswer(db, {
				...t.scope,
				userId: t.member.id,
				input: { question: 0, text: 'Te laat', anonymous: false }
			})
		).toEqual({ ok: false, reason: 'closed' });
		const live = await getLiveState(db, t.scope);
		expect(live?.status).toBe('closed');
		expect(live?.answers.map((a) => a.text)).toEqual(['Voor het sluiten']);
		expect((await getMoment(db, t.scope))?.moment.closedAt).toBeInstanceOf(Date);
		const group = await createGroup(db, { ...t.scope, title: 'Na het sluiten' });
		expect(group.ok).toBe(true);
	});

	it('groups answers and turns a group into an agreement of the reflection, once', async () => {
		const t = await teamWithMoment();
		const a = await submitAnswer(db, {
			...t.scope,
			userId: t.member.id,
			input: { question: 0, text: 'Berichten komen te laat', anonymous: true }
		});
		const b = await submitAnswer(db, {
			...t.scope,
			userId: t.coordinator.id,
			input: { question: 1, text: 'De school hoort niets', anonymous: false }
		});
		const group = await createGroup(db, { ...t.scope, title: 'Terugkoppeling' });
		const second = await createGroup(db, { ...t.scope, title: 'Tweede' });
		if (!a.ok || !b.ok || !group.ok || !second.ok) throw new Error('setup failed');
		expect(await moveAnswer(db, { ...t.scope, answerId: a.id, groupId: group.id })).toEqual({ ok: true });
		expect(await moveAnswer(db, { ...t.scope, answerId: b.id, groupId: group.id })).toEqual({ ok: true });
		expect(await renameGroup(db, { ...t.scope, groupId: group.id, title: 'Terugkoppeling na doorverwijzing' })).toEqual(
			{ ok: true }
		);
		expect(await deleteGroup(db, { ...t.scope, groupId: second.id })).toEqual({ ok: true });
		const live = await getLiveState(db, t.scope);
		expect(live?.groups).toEqual([{ id: group.id, title: 'Terugkoppeling na doorverwijzing', agreementId: null }]);
		expect(live?.answers.every((x) => x.groupId === group.id)).toBe(true);

		// An owner who is not a member: refused, and no agreement is left behind.
		const stranger = await makeUser(db, { name: 'Buitenstaander' });
		expect(
			await createAgreementFromGroup(db, {
				...t.scope,
				groupId: group.id,
				userId: t.coordinator.id,
				input: agreement(stranger.id),
				voice: null
			})
		).toEqual({
			ok: false,
			reason: 'owner-not-member'
		});
		expect(
			await listAgreementsFrom(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				reflectionId: t.momentId
			})
		).toEqual([]);

		const made = await createAgreementFromGroup(db, {
			...t.scope,
			groupId: group.id,
			userId: t.coordinator.id,
			input: agreement(t.member.id),
			voice: { heard: 'no', how: '', notYetHeard: 'De oudergroep' }
		});
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		const [row] = await db.select().from(agreements).where(eq(agreements.id, made.id));
		expect(row).toMatchObject({
			partnershipId: t.partnership.id,
			origin: 'reflection',
			reflectionId: t.momentId,
			ownerId: t.member.id,
			status: 'open'
		});
		const [stored] = await db.select().from(reflectionGroups).where(eq(reflectionGroups.id, group.id));
		expect(stored?.agreementId).toBe(made.id);
		expect(
			await createAgreementFromGroup(db, {
				...t.scope,
				groupId: group.id,
				userId: t.coordinator.id,
				input: agreement(t.member.id),
				voice: null
			})
		).toEqual({ ok: false, reason: 'already' });
		expect(
			await listAgreementsFrom(db, {
				partnershipId: t.partnership.id,
				userId: t.coordinator.id,
				reflectionId: t.momentId
			})
		).toHaveLength(1);

		const summary = await getReflectionSummary(db, t.scope);
		expect(summary?.groups).toMatchObject([
			{ title: 'Terugkoppeling na doorverwijzing', agreementId: made.id, answers: [{ question: 0 }, { question: 1 }] }
		]);
		expect(summary?.ungrouped.map((q) => q.answers.length)).toEqual([0, 0, 0]);
		// The summary names nobody.
		expect(JSON.stringify(summary?.groups)).not.toContain('Coördinator');
	});

	it('never shows or changes a moment of another partnership', async () => {
		const t = await teamWithMoment();
		const other = await teamWithMoment();
		const answer = await submitAnswer(db, {
			...other.scope,
			userId: other.member.id,
			input: { question: 0, text: 'Van elders', anonymous: false }
		});
		const group = await createGroup(db, { ...other.scope, title: 'Elders' });
		if (!answer.ok || !group.ok) throw new Error('setup failed');
		// Partnership T asks for the other's moment by its id.
		const wrong = { partnershipId: t.partnership.id, momentId: other.momentId };
		expect(await getMoment(db, wrong)).toBeNull();
		expect(await getLiveState(db, wrong)).toBeNull();
		expect(await getReflectionSummary(db, wrong)).toBeNull();
		expect(
			await submitAnswer(db, {
				...wrong,
				userId: t.member.id,
				input: { question: 0, text: 'Ingebroken', anonymous: false }
			})
		).toEqual({ ok: false, reason: 'not-found' });
		expect(await createGroup(db, { ...wrong, title: 'Ingebroken' })).toEqual({ ok: false, reason: 'not-found' });
		expect(await renameGroup(db, { ...wrong, groupId: group.id, title: 'Ingebroken' })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await deleteGroup(db, { ...wrong, groupId: group.id })).toEqual({ ok: false, reason: 'not-found' });
		expect(await moveAnswer(db, { ...wrong, answerId: answer.id, groupId: null })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await closeMoment(db, wrong)).toEqual({ ok: false, reason: 'not-found' });
		expect(
			await createAgreementFromGroup(db, {
				...wrong,
				groupId: group.id,
				userId: t.coordinator.id,
				input: agreement(t.member.id),
				voice: null
			})
		).toEqual({ ok: false, reason: 'not-found' });
		// Within T's own moment, the other's answer and group are just as unknown.
		expect(await moveAnswer(db, { ...t.scope, answerId: answer.id, groupId: null })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		const own = await submitAnswer(db, {
			...t.scope,
			userId: t.member.id,
			input: { question: 0, text: 'Van hier', anonymous: false }
		});
		if (!own.ok) throw new Error('setup failed');
		expect(await moveAnswer(db, { ...t.scope, answerId: own.id, groupId: group.id })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		// Nothing changed over there.
		const theirs = await getLiveState(db, other.scope);
		expect(theirs).toMatchObject({
			status: 'open',
			groups: [{ title: 'Elders', agreementId: null }],
			answers: [{ text: 'Van elders', groupId: null }]
		});
		expect(await listMoments(db, { partnershipId: t.partnership.id })).toHaveLength(1);
	});

	it('announces every change with pg_notify carrying ids only, on commit', async () => {
		const t = await teamWithMoment();
		const { client, next } = await listen();
		open.push(client);
		const ours = (p: Record<string, unknown>) => p.momentId === t.momentId;

		const heard = next(ours);
		const secret = 'Een antwoord dat nooit in een notificatie mag staan';
		await submitAnswer(db, { ...t.scope, userId: t.member.id, input: { question: 0, text: secret, anonymous: true } });
		const payload = await heard;
		expect(payload).toEqual({ partnershipId: t.partnership.id, momentId: t.momentId, kind: 'answer' });
		expect(JSON.stringify(payload)).not.toContain('antwoord');

		const grouped = next(ours);
		await createGroup(db, { ...t.scope, title: 'Groep' });
		expect(await grouped).toEqual({ partnershipId: t.partnership.id, momentId: t.momentId, kind: 'group' });

		const closed = next(ours);
		await closeMoment(db, t.scope);
		expect(await closed).toEqual({ partnershipId: t.partnership.id, momentId: t.momentId, kind: 'status' });

		// A refused answer (closed) changes nothing and announces nothing.
		const silence = next(ours, 400);
		expect(
			await submitAnswer(db, {
				...t.scope,
				userId: t.member.id,
				input: { question: 0, text: 'Te laat', anonymous: false }
			})
		).toMatchObject({ ok: false });
		expect(await silence).toBeNull();
	});
});

describe('realtime hub (LISTEN/NOTIFY fan-out)', () => {
	it('delivers a moment’s changes to its subscribers only, and resyncs after the connection drops', async () => {
		const t = await teamWithMoment();
		const other = await teamWithMoment();
		const warnings: unknown[] = [];
		const hub: RealtimeHub = createRealtimeHub({
			connectionString: workerDatabaseUrl(),
			applicationName: 'brugwerk-test-hub',
			reconnectDelays: [50, 100],
			warn: (err) => warnings.push(err)
		});
		open.push({ end: () => hub.close() });
		const mine: HubSignal[] = [];
		const theirs: HubSignal[] = [];
		const wrongPartnership: HubSignal[] = [];
		await hub.subscribe(t.scope, (s) => mine.push(s));
		await hub.subscribe(other.scope, (s) => theirs.push(s));
		// Same moment id under another partnership id: never delivered.
		await hub.subscribe({ partnershipId: other.partnership.id, momentId: t.momentId }, (s) => wrongPartnership.push(s));
		const waitFor = async (list: HubSignal[], kind: string) => {
			for (let i = 0; i < 100 && !list.some((s) => s.kind === kind); i++) await new Promise((r) => setTimeout(r, 30));
			return list.some((s) => s.kind === kind);
		};
		expect(hub.backendPid()).toEqual(expect.any(Number));
		mine.length = 0;
		theirs.length = 0;
		wrongPartnership.length = 0;

		await submitAnswer(db, { ...t.scope, userId: t.member.id, input: { question: 0, text: 'Live', anonymous: false } });
		expect(await waitFor(mine, 'answer')).toBe(true);
		expect(mine).toEqual([{ partnershipId: t.partnership.id, momentId: t.momentId, kind: 'answer' }]);
		expect(theirs).toEqual([]);
		expect(wrongPartnership).toEqual([]);

		// The listening connection is killed (a restart, a network cut): the hub reconnects and
		// tells its subscribers to read everything again; later changes arrive as before.
		const pid = hub.backendPid();
		await db.execute(sql`select pg_terminate_backend(${pid})`);
		expect(await waitFor(mine, 'resync')).toBe(true);
		expect(warnings).toHaveLength(1); // the lost connection, reported once
		expect(hub.backendPid()).not.toBe(pid);
		mine.length = 0;
		await createGroup(db, { ...t.scope, title: 'Na de onderbreking' });
		expect(await waitFor(mine, 'group')).toBe(true);

		const unsubscribe = await hub.subscribe(t.scope, () => {});
		unsubscribe();
		await hub.close();
		expect(mine.at(-1)).toEqual({ kind: 'shutdown' });
		expect(hub.backendPid()).toBeNull();
	});
});
