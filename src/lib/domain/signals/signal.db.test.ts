import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getTestDb } from '../../../../tests/db/db';
import { makeTeam } from '../../../../tests/factories';
import { auditLog, cases, reflectionMoments, signalSources, signals } from '$lib/server/db/schema';
import { createCase } from '$lib/domain/cases/case.server';
import { createLearningEntry } from '$lib/domain/learning/learning.server';
import {
	createSignal,
	getSignal,
	linkSource,
	listSignals,
	listSignalsForSource,
	moveSignalStatus,
	signalOverview,
	updateSignal
} from './signal.server';
import type { SignalInput, StatusStepInput } from './signal.schema';
import { homeSummary } from '$lib/domain/compass/home.server';

const { db } = getTestDb();

const housing: SignalInput = {
	title: 'Te weinig betaalbare woningen voor grote gezinnen',
	theme: 'housing',
	description:
		'Grote gezinnen vinden in de wijk geen betaalbare woning en verhuizen vaak, waardoor kinderen van school wisselen.',
	request: 'Meer sociale woningen met vier slaapkamers.',
	level: 'macro',
	addressee: 'vlaamse_overheid',
	addresseeOther: ''
};
const costs: SignalInput = {
	title: 'Schoolrekeningen blijven open',
	theme: 'school_costs',
	description: 'Gezinnen met een laag inkomen kunnen de uitstappen en maaltijden niet betalen.',
	request: '',
	level: 'meso',
	addressee: 'lokaal_bestuur',
	addresseeOther: ''
};
const all = { status: '', thema: '', niveau: '', aan: '' } as const;
const step = (to: StatusStepInput['to'], on: string, extra: Partial<StatusStepInput> = {}): StatusStepInput => ({
	to,
	direction: 'forward',
	on,
	note: '',
	answer: '',
	...extra
});

async function makeCase(partnershipId: string, userId: string) {
	const made = await createCase(db, {
		partnershipId,
		userId,
		input: { code: `C-${randomUUID().slice(0, 6)}`, situation: 'Een leerling mist vaak de les.', partners: [] }
	});
	if (!made.ok) throw new Error('case not created');
	return made.id;
}

describe('signals', () => {
	it('moves one step at a time, with a date per step, and keeps the timeline', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		expect(
			await createSignal(db, {
				...scope,
				userId: t.member.id,
				input: costs,
				collectedOn: '2026-03-03',
				today: '2026-03-02'
			})
		).toEqual({ ok: false, reason: 'date-in-future' });
		const created = await createSignal(db, {
			...scope,
			userId: t.member.id,
			input: costs,
			collectedOn: '2026-03-02',
			today: '2026-03-09'
		});
		if (!created.ok) throw new Error('not created');
		const move = (version: number, s: StatusStepInput, today = '2026-06-30') =>
			moveSignalStatus(db, { ...scope, signalId: created.id, userId: t.coordinator.id, version, step: s, today });

		// Skipping a step, a future date, a date before the previous step: refused.
		expect(await move(1, step('passed_on', '2026-03-05'))).toEqual({ ok: false, reason: 'not-a-step' });
		expect(await move(1, step('discussed', '2026-07-01'))).toEqual({ ok: false, reason: 'date-in-future' });
		expect(await move(1, step('discussed', '2026-03-01'))).toEqual({
			ok: false,
			reason: 'date-before-previous',
			previous: '2026-03-02'
		});
		expect(await move(1, step('collected', '2026-03-05', { direction: 'back', note: 'Te vroeg.' }))).toEqual({
			ok: false,
			reason: 'not-a-step'
		});

		expect(await move(1, step('discussed', '2026-03-10', { note: 'In het structureel overleg.' }))).toEqual({
			ok: true,
			status: 'discussed'
		});
		// A second tab that still shows version 1 gets a conflict with what is stored now.
		expect(await move(1, step('passed_on', '2026-03-12'))).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { status: 'discussed', version: 2 }
		});
		expect(await move(2, step('passed_on', '2026-03-12'))).toEqual({ ok: true, status: 'passed_on' });
		// Back, with a reason; then forward again.
		expect(await move(3, step('discussed', '2026-03-13', { direction: 'back', note: 'Nog niet verstuurd.' }))).toEqual({
			ok: true,
			status: 'discussed'
		});
		expect(await move(4, step('passed_on', '2026-03-20'))).toEqual({ ok: true, status: 'passed_on' });

		const found = await getSignal(db, { ...scope, signalId: created.id });
		expect(found?.signal).toMatchObject({ status: 'passed_on', version: 5, answer: '' });
		expect(found?.timeline.map((e) => [e.status, e.on, e.back])).toEqual([
			['collected', '2026-03-02', false],
			['discussed', '2026-03-10', false],
			['passed_on', '2026-03-12', false],
			['discussed', '2026-03-13', true],
			['passed_on', '2026-03-20', false]
		]);
		expect(found?.timeline[1]).toMatchObject({ note: 'In het structureel overleg.', userName: 'Coördinator' });
		expect(found?.timeline[3]?.note).toBe('Nog niet verstuurd.');
	});

	it('needs the answer received to become answered, and keeps it editable but never empty', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const created = await createSignal(db, { ...scope, userId: t.member.id, input: housing, today: '2026-01-05' });
		if (!created.ok) throw new Error('not created');
		const move = (version: number, s: StatusStepInput) =>
			moveSignalStatus(db, {
				...scope,
				signalId: created.id,
				userId: t.member.id,
				version,
				step: s,
				today: '2026-05-01'
			});
		await move(1, step('discussed', '2026-01-10'));
		await move(2, step('passed_on', '2026-01-20'));
		expect(await move(3, step('answered', '2026-04-01', { answer: '  ' }))).toEqual({
			ok: false,
			reason: 'answer-missing'
		});
		expect(
			await move(3, step('answered', '2026-04-01', { answer: 'Er komt een overleg met de huisvestingsmaatschappij.' }))
		).toEqual({ ok: true, status: 'answered' });
		const found = await getSignal(db, { ...scope, signalId: created.id });
		expect(found?.signal).toMatchObject({
			status: 'answered',
			answer: 'Er komt een overleg met de huisvestingsmaatschappij.'
		});
		expect(found?.timeline.at(-1)).toMatchObject({ status: 'answered', on: '2026-04-01' });

		const edit = (version: number, answer?: string) =>
			updateSignal(db, { ...scope, signalId: created.id, userId: t.member.id, version, input: housing, answer });
		expect(await edit(4, '')).toEqual({ ok: false, reason: 'answer-missing' });
		expect(await edit(4, 'Het overleg is gepland in juni.')).toEqual({ ok: true });
		expect(await edit(4, 'Oud')).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { version: 5, answer: 'Het overleg is gepland in juni.' }
		});

		// Back from answered keeps the text, so answering again starts from it.
		expect(
			await move(5, step('passed_on', '2026-04-02', { direction: 'back', note: 'Het antwoord was voorlopig.' }))
		).toEqual({ ok: true, status: 'passed_on' });
		expect((await getSignal(db, { ...scope, signalId: created.id }))?.signal.answer).toBe(
			'Het overleg is gepland in juni.'
		);
	});

	it('links only sources of the same partnership, counts each once, and never across partnerships', async () => {
		const t = await makeTeam(db);
		const other = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const myCase = await makeCase(t.partnership.id, t.member.id);
		const theirCase = await makeCase(other.partnership.id, other.member.id);
		const theirEntry = await createLearningEntry(db, {
			partnershipId: other.partnership.id,
			userId: other.member.id,
			input: {
				kind: 'bottleneck',
				title: 'Elders',
				description: 'Iets uit een andere samenwerking.',
				lesson: '',
				blocks: ['communicatie']
			}
		});

		// Creating from another partnership's case: refused, and nothing is created.
		expect(
			await createSignal(db, { ...scope, userId: t.member.id, input: costs, source: { kind: 'case', id: theirCase } })
		).toEqual({ ok: false, reason: 'source-not-found' });
		expect((await listSignals(db, { ...scope, filter: all })).signals.rows).toEqual([]);

		const created = await createSignal(db, {
			...scope,
			userId: t.member.id,
			input: costs,
			source: { kind: 'case', id: myCase }
		});
		if (!created.ok) throw new Error('not created');
		const link = (
			source: Parameters<typeof linkSource>[1]['source'],
			signalId = created.id,
			partnershipId = t.partnership.id
		) => linkSource(db, { partnershipId, signalId, userId: t.member.id, source });
		expect(await link({ kind: 'case', id: theirCase })).toEqual({ ok: false, reason: 'source-not-found' });
		expect(await link({ kind: 'learning', id: theirEntry.id })).toEqual({ ok: false, reason: 'source-not-found' });
		expect(await link({ kind: 'case', id: myCase })).toEqual({ ok: false, reason: 'already-linked' });
		// Another partnership cannot link to (or read) this signal.
		expect(await link({ kind: 'case', id: theirCase }, created.id, other.partnership.id)).toEqual({
			ok: false,
			reason: 'not-found'
		});
		expect(await getSignal(db, { partnershipId: other.partnership.id, signalId: created.id })).toBeNull();

		const [moment] = await db
			.insert(reflectionMoments)
			.values({
				partnershipId: t.partnership.id,
				code: randomUUID().slice(0, 8),
				block: 'relatie',
				questions: ['Wat loopt goed?'],
				title: 'Terugblik op het trimester'
			})
			.returning({ id: reflectionMoments.id });
		const secondCase = await makeCase(t.partnership.id, t.member.id);
		expect(await link({ kind: 'case', id: secondCase })).toEqual({ ok: true });
		expect(await link({ kind: 'reflection', id: moment!.id })).toEqual({ ok: true });
		expect((await getSignal(db, { ...scope, signalId: created.id }))?.sources).toEqual({
			case: 2,
			learning: 0,
			reflection: 1,
			total: 3
		});
		expect(
			(await listSignalsForSource(db, { ...scope, source: { kind: 'case', id: secondCase } })).map((s) => s.title)
		).toEqual([costs.title]);
		expect(
			await listSignalsForSource(db, { partnershipId: other.partnership.id, source: { kind: 'case', id: secondCase } })
		).toEqual([]);

		// Each case link leaves a trace in that case's audit log.
		const trace = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.caseId, secondCase), eq(auditLog.target, 'signal')));
		expect(trace).toHaveLength(1);
		expect(trace[0]).toMatchObject({ action: 'create', userId: t.member.id, detail: { signalId: created.id } });
	});

	it('keeps counting a case after it is deleted', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const caseId = await makeCase(t.partnership.id, t.member.id);
		const created = await createSignal(db, {
			...scope,
			userId: t.member.id,
			input: housing,
			source: { kind: 'case', id: caseId }
		});
		if (!created.ok) throw new Error('not created');
		await db.delete(cases).where(eq(cases.id, caseId));
		const rows = await db.select().from(signalSources).where(eq(signalSources.signalId, created.id));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ kind: 'case', caseId: null });
		expect((await getSignal(db, { ...scope, signalId: created.id }))?.sources).toEqual({
			case: 1,
			learning: 0,
			reflection: 0,
			total: 1
		});
		expect((await listSignals(db, { ...scope, filter: all })).signals.rows[0]?.sourceCount).toBe(1);
		expect((await signalOverview(db, t.partnership.id)).sources.case).toBe(1);
	});

	it('counts per theme, status, level and addressee; filters the list; finds the oldest signal waiting for an answer', async () => {
		const t = await makeTeam(db);
		const scope = { partnershipId: t.partnership.id };
		const make = async (input: SignalInput, today: string) => {
			const made = await createSignal(db, { ...scope, userId: t.member.id, input, today });
			if (!made.ok) throw new Error('not created');
			return made.id;
		};
		const a = await make(costs, '2026-01-01');
		const b = await make({ ...costs, title: 'Maaltijden te duur' }, '2026-01-02');
		const c = await make(housing, '2026-01-03');
		await make(
			{ ...housing, title: 'Andere vraag', addressee: 'other', addresseeOther: 'Welzijnsraad', level: 'meso' },
			'2026-01-04'
		);
		const walk = async (id: string, to: StatusStepInput['to'][], dates: string[]) => {
			for (const [i, s] of to.entries())
				await moveSignalStatus(db, {
					...scope,
					signalId: id,
					userId: t.coordinator.id,
					version: i + 1,
					step: step(s, dates[i]!, s === 'answered' ? { answer: 'Er komt een regeling.' } : {}),
					today: '2026-06-01'
				});
		};
		await walk(a, ['discussed', 'passed_on', 'answered'], ['2026-01-10', '2026-02-01', '2026-03-01']);
		await walk(b, ['discussed', 'passed_on'], ['2026-01-10', '2026-02-15']);
		await walk(c, ['discussed', 'passed_on'], ['2026-01-10', '2026-02-05']);

		const overview = await signalOverview(db, t.partnership.id);
		expect(overview.total).toBe(4);
		expect(overview.status).toEqual({ collected: 1, discussed: 0, passed_on: 2, answered: 1 });
		expect(overview.themes).toEqual([
			{ theme: 'housing', total: 2, status: { collected: 1, discussed: 0, passed_on: 1, answered: 0 } },
			{ theme: 'school_costs', total: 2, status: { collected: 0, discussed: 0, passed_on: 1, answered: 1 } }
		]);
		expect(overview.level).toEqual({ meso: 3, macro: 1 });
		expect(overview.addressee).toMatchObject({ lokaal_bestuur: 2, vlaamse_overheid: 1, other: 1, lop: 0 });

		const { signals: summary } = await homeSummary(db, {
			...scope,
			userId: t.coordinator.id,
			canReadAgreements: true,
			now: new Date('2026-03-07T12:00:00Z')
		});
		expect(summary).toEqual({
			total: 4,
			status: { collected: 1, discussed: 0, passed_on: 2, answered: 1 },
			oldestWaiting: { id: c, title: housing.title, since: '2026-02-05', days: 30 }
		});

		const byTheme = await listSignals(db, { ...scope, filter: { ...all, thema: 'school_costs' } });
		expect(byTheme.signals.rows.map((s) => s.title)).toEqual(['Maaltijden te duur', costs.title]);
		expect(byTheme.counts.total).toBe(4);
		expect(byTheme.signals.rows[1]?.lastStepOn).toBe('2026-03-01');
		const passedOnMeso = await listSignals(db, { ...scope, filter: { ...all, status: 'passed_on', niveau: 'meso' } });
		expect(passedOnMeso.signals.rows.map((s) => s.id)).toEqual([b]);
		expect(
			(await listSignals(db, { ...scope, filter: { ...all, aan: 'other' } })).signals.rows.map((s) => s.title)
		).toEqual(['Andere vraag']);

		// Another partnership sees none of it.
		const other = await makeTeam(db);
		expect((await signalOverview(db, other.partnership.id)).total).toBe(0);
		expect(
			(
				await homeSummary(db, {
					partnershipId: other.partnership.id,
					userId: other.coordinator.id,
					canReadAgreements: true
				})
			).signals.oldestWaiting
		).toBeNull();
		expect(await db.select().from(signals).where(eq(signals.partnershipId, other.partnership.id))).toEqual([]);
	});
});
