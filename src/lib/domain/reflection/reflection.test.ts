import { describe, expect, it } from 'vitest';
import { blocks } from '$lib/content/blocks';
import { parseReflectionPayload } from '$lib/server/realtime';
import {
	CODE_ALPHABET,
	defaultQuestionIndexes,
	mergeLiveState,
	normaliseCode,
	questionsOf,
	type LiveState
} from './reflection.schema';
import { generateMomentCode } from './reflection.server';

describe('moment codes', () => {
	it('uses six characters without 0/O/1/I', () => {
		for (const c of '01OI') expect(CODE_ALPHABET).not.toContain(c);
		for (let i = 0; i < 200; i++) expect(generateMomentCode()).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
		expect(new Set(Array.from({ length: 200 }, generateMomentCode)).size).toBeGreaterThan(195);
	});

	it('reads a code as people type it', () => {
		expect(normaliseCode('k7qm2p')).toBe('K7QM2P');
		expect(normaliseCode(' K7Q-M2P ')).toBe('K7QM2P');
		expect(normaliseCode('K7QM2')).toBeNull();
		expect(normaliseCode('K7QM2O')).toBeNull(); // the letter O is never part of a code
		expect(normaliseCode('../../x')).toBeNull();
	});
});

describe('questions', () => {
	it('ticks the two recurring questions of every block by default', () => {
		for (const b of blocks) {
			const defaults = defaultQuestionIndexes(b.slug);
			expect(defaults).toHaveLength(2);
			const [voice] = defaults.map((i) => questionsOf(b.slug)[i]!);
			expect(voice).toContain('stem van kinderen en ouders');
		}
		expect(defaultQuestionIndexes('geen-bouwsteen')).toEqual([]);
	});
});

describe('live state', () => {
	const state = (answers: LiveState['answers'], groups: LiveState['groups'] = []): LiveState => ({
		momentId: 'm',
		code: 'ABCDEF',
		status: 'open',
		answers,
		groups
	});
	const answer = (id: string, groupId: string | null = null) => ({
		id,
		question: 0,
		text: `tekst ${id}`,
		authorName: null,
		groupId,
		createdAt: '2026-01-01T10:00:00.000Z'
	});

	it('keeps unchanged answers and groups as the same objects', () => {
		const before = state([answer('a'), answer('b')], [{ id: 'g', title: 'Groep', agreementId: null }]);
		const same = mergeLiveState(before, structuredClone(before));
		expect(same.answers).toBe(before.answers);
		expect(same.groups).toBe(before.groups);
		const added = mergeLiveState(
			before,
			state([answer('a'), answer('b', 'g'), answer('c')], structuredClone(before.groups))
		);
		expect(added.answers[0]).toBe(before.answers[0]);
		expect(added.answers[1]).not.toBe(before.answers[1]);
		expect(added.answers[1]?.groupId).toBe('g');
		expect(added.answers).toHaveLength(3);
		expect(added.groups).toBe(before.groups);
	});
});

describe('notification payloads', () => {
	const ids = {
		partnershipId: '11111111-1111-4111-8111-111111111111',
		momentId: '22222222-2222-4222-8222-222222222222'
	};
	it('accepts ids and a known kind only', () => {
		expect(parseReflectionPayload(JSON.stringify({ ...ids, kind: 'answer', text: 'genegeerd' }))).toEqual({
			...ids,
			kind: 'answer'
		});
		expect(parseReflectionPayload(JSON.stringify({ ...ids, kind: 'iets' }))).toBeNull();
		expect(parseReflectionPayload(JSON.stringify({ ...ids, momentId: 'x', kind: 'answer' }))).toBeNull();
		expect(parseReflectionPayload('geen json')).toBeNull();
		expect(parseReflectionPayload(undefined)).toBeNull();
	});
});

describe('forms', () => {
	it('reads an unticked checkbox (absent from the form) as no', async () => {
		const { answerSchema, momentSchema } = await import('./reflection.schema');
		expect(answerSchema.parse({ question: '1', text: 'Met naam' })).toEqual({
			question: 1,
			text: 'Met naam',
			anonymous: false
		});
		expect(answerSchema.parse({ question: '0', text: 'Zonder naam', anonymous: '1' }).anonymous).toBe(true);
		expect(
			momentSchema.parse({ block: 'relatie', questions: ['8', '7', '7'], title: 'Relatie', meetingId: '' })
		).toMatchObject({ allowAnonymous: false, questions: [7, 8], meetingId: null });
	});
});
