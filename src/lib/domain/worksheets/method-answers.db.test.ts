import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeAgreement, makeMember, makeMethodAnswer, makePartnership } from '../../../../tests/factories';
import { agreements, recordVersions } from '$lib/server/db/schema';
import { createAgreement, getAgreement, listWorksheetAgreements } from '$lib/domain/agreements/agreement.server';
import { createReflectionMoment, getMoment } from '$lib/domain/reflection/reflection.server';
import { listRecordContributors, listRecordVersions } from './record-history.server';
import {
	getMethodAnswers,
	getStepAnswer,
	listMethodProgress,
	listStepHistories,
	saveStepAnswers
} from './method-answers.server';

const { db } = getTestDb();
const method = 'gemeenschappelijk-doel';
const step = 'elkaars-kader';

describe('method answers', () => {
	it('inserts on the first save, updates with a version on the second, and keeps both in the history', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const { user: member } = await makeMember(db, { partnershipId: partnership.id });
		const scope = { partnershipId: partnership.id };
		expect(await getStepAnswer(db, { ...scope, method, step })).toBeNull();

		const first = await saveStepAnswers(db, {
			...scope,
			userId: coordinator.id,
			method,
			step,
			answers: { frameOwn: 'Wij begeleiden leerlingen op school.' },
			version: 0
		});
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		expect(first.answer).toMatchObject({ version: 1, updatedByName: 'Coördinator' });
		// The schema fills in what was not sent.
		expect(first.answer.answers).toEqual({
			frameOwn: 'Wij begeleiden leerlingen op school.',
			successOwn: '',
			frameOverlap: '',
			frameDifferences: ''
		});

		const second = await saveStepAnswers(db, {
			...scope,
			userId: member.id,
			method,
			step,
			answers: { frameOwn: 'Wij begeleiden leerlingen.', frameOverlap: 'Kinderen die graag naar school komen.' },
			version: 1
		});
		expect(second.ok && second.answer.version).toBe(2);

		const ref = { methodAnswerId: first.answer.id };
		const versions = await listRecordVersions(db, { ...scope, ref });
		expect(versions.map((v) => [v.version, v.action, v.savedByName])).toEqual([
			[2, 'updated', 'Partner'],
			[1, 'created', 'Coördinator']
		]);
		expect(versions[1]!.content.frameOwn).toBe('Wij begeleiden leerlingen op school.');
		expect(await listRecordContributors(db, { ...scope, ref })).toEqual(['Coördinator', 'Partner']);
		const histories = await listStepHistories(db, { ...scope, answers: [second.ok ? second.answer : first.answer] });
		expect(histories[step]!.contributors).toEqual(['Coördinator', 'Partner']);
		expect(histories[step]!.versions).toHaveLength(2);
	});

	it('gives a stale save a conflict with what is stored, and adds no version', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const { user: member } = await makeMember(db, { partnershipId: partnership.id });
		const scope = { partnershipId: partnership.id, method, step };
		await saveStepAnswers(db, { ...scope, userId: coordinator.id, answers: { frameOwn: 'Eerst' }, version: 0 });
		await saveStepAnswers(db, { ...scope, userId: coordinator.id, answers: { frameOwn: 'Tweede' }, version: 1 });

		const stale = await saveStepAnswers(db, {
			...scope,
			userId: member.id,
			answers: { frameOwn: 'Mijn versie' },
			version: 1
		});
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { version: 2, answers: { frameOwn: 'Tweede' } }
		});

		// Two first saves at once: the second one is a conflict, not a second row.
		const late = await saveStepAnswers(db, {
			...scope,
			userId: member.id,
			answers: { frameOwn: 'Ook eerst' },
			version: 0
		});
		expect(late).toMatchObject({ ok: false, reason: 'conflict', current: { version: 2 } });

		const answer = await getStepAnswer(db, scope);
		const versions = await db.select().from(recordVersions).where(eq(recordVersions.methodAnswerId, answer!.id));
		expect(versions).toHaveLength(2);
	});

	it('refuses an unknown step, the role card step and answers outside the fields', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const base = { partnershipId: partnership.id, userId: coordinator.id, version: 0 };
		expect(await saveStepAnswers(db, { ...base, method, step: 'bestaat-niet', answers: {} })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await saveStepAnswers(db, { ...base, method: 'relatie', step: 'mijn-rol-en-aanbod', answers: {} })).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(
			await saveStepAnswers(db, {
				...base,
				method,
				step: 'leefwereld-van-gezinnen',
				answers: { listenHow: ['hacker'] }
			})
		).toEqual({ ok: false, reason: 'invalid' });
	});

	it('fills a step without fields in its notes, and counts the steps for the index', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const scope = { partnershipId: partnership.id };
		const notes = await saveStepAnswers(db, {
			...scope,
			userId: coordinator.id,
			method,
			step: 'smart-maken',
			answers: { notes1: 'Elk kind heeft binnen twee weken een eerste gesprek.' },
			version: 0
		});
		expect(notes.ok).toBe(true);
		await makeMethodAnswer(db, {
			...scope,
			userId: coordinator.id,
			method,
			step,
			answers: { frameOwn: 'Onze opdracht' }
		});
		const answers = await getMethodAnswers(db, { ...scope, method });
		expect(Object.keys(answers).sort()).toEqual(['elkaars-kader', 'smart-maken']);

		const progress = await listMethodProgress(db, scope);
		expect(progress).toHaveLength(6);
		const goal = progress.find((p) => p.method === method)!;
		expect(goal.filled).toEqual(['elkaars-kader', 'smart-maken']);
		expect(goal.lastChange?.byName).toBe('Coördinator');
		expect(progress.find((p) => p.method === 'communicatie')!.filled).toEqual([]);
	});
});

describe('agreements and live moments from a worksheet step', () => {
	it('makes an agreement with origin worksheet that points at the step', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const scope = { partnershipId: partnership.id };
		const answer = await makeMethodAnswer(db, { ...scope, userId: coordinator.id });
		const made = await makeAgreement(db, {
			...scope,
			userId: coordinator.id,
			ownerId: coordinator.id,
			origin: { methodAnswerId: answer.id }
		});
		const [row] = await db.select().from(agreements).where(eq(agreements.id, made.id));
		expect(row).toMatchObject({ origin: 'worksheet', methodAnswerId: answer.id });
		const found = await getAgreement(db, { ...scope, agreementId: made.id, userId: coordinator.id });
		expect(found).toMatchObject({ ok: true, worksheetMethod: 'communicatie', worksheetStep: 'wie-moet-wat-weten' });
		const list = await listWorksheetAgreements(db, { ...scope, userId: coordinator.id, methodAnswerIds: [answer.id] });
		expect(list.map((a) => [a.id, a.origin, a.worksheetStep])).toEqual([[made.id, 'worksheet', 'wie-moet-wat-weten']]);
	});

	it('starts a live moment with the step questions, the method block and the step', async () => {
		const { coordinator, partnership } = await makePartnership(db);
		const scope = { partnershipId: partnership.id };
		const made = await createReflectionMoment(db, {
			...scope,
			userId: coordinator.id,
			input: {
				block: 'relatie',
				questions: [],
				title: 'Hoe kijkt elke partner?',
				allowAnonymous: true,
				meetingId: null
			},
			methodStep: `${method}/${step}`
		});
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		const found = await getMoment(db, { ...scope, momentId: made.id });
		expect(found!.moment).toMatchObject({ block: method, methodStep: `${method}/${step}` });
		expect(found!.moment.questions[0]).toBe('Welke opdracht krijg je van je organisatie of van de overheid?');
		expect(found!.moment.questions.length).toBeGreaterThan(5);
		const unknown = await createReflectionMoment(db, {
			...scope,
			userId: coordinator.id,
			input: { block: 'relatie', questions: [], title: 'Niets', allowAnonymous: true, meetingId: null },
			methodStep: `${method}/niets`
		});
		expect(unknown).toEqual({ ok: false, reason: 'step-not-found' });
	});
});

describe('tenant isolation', () => {
	it("never shows B's answers in A, and A's agreement cannot point at B's step", async () => {
		const a = await makePartnership(db);
		const b = await makePartnership(db);
		const theirs = await makeMethodAnswer(db, {
			partnershipId: b.partnership.id,
			userId: b.coordinator.id,
			method,
			step,
			answers: { frameOwn: 'Van B' }
		});

		expect(await getMethodAnswers(db, { partnershipId: a.partnership.id, method })).toEqual({});
		expect(await getStepAnswer(db, { partnershipId: a.partnership.id, method, step })).toBeNull();
		expect((await listMethodProgress(db, { partnershipId: a.partnership.id })).every((p) => !p.lastChange)).toBe(true);
		expect(
			await listRecordVersions(db, { partnershipId: a.partnership.id, ref: { methodAnswerId: theirs.id } })
		).toEqual([]);

		// A saves the same step: a row of its own, B's stays as it was.
		const ours = await saveStepAnswers(db, {
			partnershipId: a.partnership.id,
			userId: a.coordinator.id,
			method,
			step,
			answers: { frameOwn: 'Van A' },
			version: 0
		});
		expect(ours.ok && ours.answer.id).not.toBe(theirs.id);
		expect((await getStepAnswer(db, { partnershipId: b.partnership.id, method, step }))!.answers).toEqual(
			theirs.answers
		);

		// A stale version from A never updates B's row.
		const crossed = await saveStepAnswers(db, {
			partnershipId: a.partnership.id,
			userId: a.coordinator.id,
			method,
			step,
			answers: { frameOwn: 'Overschreven?' },
			version: theirs.version
		});
		expect(crossed.ok).toBe(true);
		expect((await getStepAnswer(db, { partnershipId: b.partnership.id, method, step }))!.answers.frameOwn).toBe(
			theirs.answers.frameOwn
		);

		const refused = await createAgreement(db, {
			partnershipId: a.partnership.id,
			userId: a.coordinator.id,
			input: { what: 'Iets', ownerId: a.coordinator.id, dueDate: null, feedbackDate: null, feedbackNote: '' },
			voice: null,
			methodAnswerId: theirs.id
		});
		expect(refused).toEqual({ ok: false, reason: 'origin-not-found' });
		const inA = await db
			.select()
			.from(agreements)
			.where(and(eq(agreements.partnershipId, a.partnership.id), eq(agreements.origin, 'worksheet')));
		expect(inA).toEqual([]);
		expect(
			await listWorksheetAgreements(db, {
				partnershipId: a.partnership.id,
				userId: a.coordinator.id,
				methodAnswerIds: [theirs.id]
			})
		).toEqual([]);
	});
});
