import { addDays } from '$lib/dates';
import { describe, expect, it } from 'vitest';
import { SCAN_STATEMENTS } from '$lib/content/scan';
import { aggregateScan, breakdownScan } from './aggregate';
import { BLOCK_ORDER, blockLinks, groupsToKeep, sectorGaps, type ScanMember } from './insights';
import {
	answerSchema,
	blockOfStatement,
	commentField,
	defaultRoundValues,
	openRoundSchema,
	UNKNOWN
} from './scan.schema';

const ids = SCAN_STATEMENTS.map((s) => s.id);
const full = (value: string) => Object.fromEntries(ids.map((id) => [id, value]));

describe('opening a round', () => {
	it('proposes a title with the month and a closing date two weeks out', () => {
		expect(defaultRoundValues('2026-03-02')).toEqual({ title: 'Samenwerkingsscan maart 2026', closesOn: '2026-03-16' });
	});

	it('wants a title and a closing date after today, not too far away', () => {
		const schema = openRoundSchema('2026-03-02');
		expect(schema.safeParse({ title: 'Scan', closesOn: '2026-03-16' }).success).toBe(true);
		const errors = (input: object) =>
			schema.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
		expect(errors({ title: 'x', closesOn: '2026-03-02' })).toEqual([
			'title: Geef de ronde een korte naam (minstens 3 tekens).',
			'closesOn: Kies een datum na vandaag: de partners hebben tijd nodig om te antwoorden.'
		]);
		expect(errors({ title: 'Scan', closesOn: 'morgen' })?.[0]).toMatch(/^closesOn: Kies een geldige datum/);
		expect(errors({ title: 'Scan', closesOn: addDays('2026-03-02', 200) })).toEqual([
			'closesOn: Kies een datum binnen 120 dagen.'
		]);
	});
});

describe('the answer form', () => {
	it('needs a choice for every statement and says so next to each one that is missing', () => {
		const schema = answerSchema(ids);
		const values = full('4');
		delete values[ids[0]!];
		values[ids[3]!] = '';
		const result = schema.safeParse(values);
		expect(result.success).toBe(false);
		const missing = result.error!.issues.map((i) => i.path[0]);
		expect(missing).toEqual([ids[0], ids[3]]);
		expect(result.error!.issues[0]!.message).toBe('Kies bij deze uitspraak een cijfer van 1 tot 5, of ‘weet niet’.');
	});

	it('turns "weet niet" into null and keeps only comments that were written', () => {
		const values = {
			...full('5'),
			[ids[1]!]: UNKNOWN,
			[commentField('relatie')]: '  We zien elkaar vaker.  ',
			[commentField('communicatie')]: ''
		};
		const parsed = answerSchema(ids).parse(values);
		expect(parsed.ratings[ids[0]!]).toBe(5);
		expect(parsed.ratings[ids[1]!]).toBeNull();
		expect(parsed.comments).toEqual({ relatie: 'We zien elkaar vaker.' });
		expect(answerSchema(ids).safeParse({ ...full('6') }).success).toBe(false);
		expect(answerSchema(ids).safeParse({ ...full('3'), [commentField('relatie')]: 'x'.repeat(1001) }).success).toBe(
			false
		);
	});

	it('knows the block of a statement, also one no longer in the content', () => {
		expect(blockOfStatement('respect-en-vertrouwen-2')).toBe('respect-en-vertrouwen');
		expect(blockOfStatement('communicatie-9')).toBe('communicatie');
		expect(blockOfStatement('onbekend-1')).toBeNull();
	});
});

describe('groups kept with an answer', () => {
	const member = (userId: string, over: Partial<ScanMember> = {}): ScanMember => ({
		userId,
		role: 'member',
		organisationId: null,
		organisationSector: null,
		organisationType: 'school',
		...over
	});

	it('keeps the sector from three members who may answer; the linked organisation’s sector wins over the type', () => {
		const two = [member('a'), member('b'), member('c', { organisationType: 'caw' })];
		expect(groupsToKeep(two, 'a')).toEqual({ sector: null, organisationId: null });
		const three = [...two, member('d', { organisationType: 'caw', organisationSector: 'education' })];
		expect(groupsToKeep(three, 'a')).toEqual({ sector: 'education', organisationId: null });
		const withObserver = [...two, member('o', { role: 'observer' })];
		expect(groupsToKeep(withObserver, 'a')?.sector).toBeNull();
		expect(groupsToKeep(withObserver, 'o')).toBeNull();
		expect(groupsToKeep(two, 'nobody')).toBeNull();
	});

	it('keeps an organisation shared by three members who may answer', () => {
		const org = { organisationId: 'org-1', organisationSector: 'welfare' as const };
		const list = [member('a', org), member('b', org), member('c', org), member('d', { ...org, role: 'observer' })];
		expect(groupsToKeep(list, 'a')).toEqual({ sector: 'welfare', organisationId: 'org-1' });
		expect(groupsToKeep(list.slice(1), 'b')).toEqual({ sector: null, organisationId: null });
	});
});

describe('insights', () => {
	const blocksOf = new Map(SCAN_STATEMENTS.map((s) => [s.id, s.block]));
	const sheet = (group: string, communicatie: number, relatie: number) => ({
		group,
		ratings: Object.fromEntries(
			SCAN_STATEMENTS.map((s) => [
				s.id,
				s.block === 'communicatie' ? communicatie : s.block === 'relatie' ? relatie : 3
			])
		)
	});

	it('names the block where the sectors differ most', () => {
		const responses = [
			sheet('education', 4, 4),
			sheet('education', 5, 4),
			sheet('education', 4, 4),
			sheet('welfare', 2, 3),
			sheet('welfare', 2, 3),
			sheet('welfare', 3, 3)
		];
		const breakdown = breakdownScan(responses, blocksOf, BLOCK_ORDER);
		if (!breakdown.visible) throw new Error('visible');
		const gaps = sectorGaps(breakdown.groups)!;
		expect(gaps.sectors).toEqual(['education', 'welfare']);
		expect(gaps.largest).toMatchObject({
			block: 'communicatie',
			high: { sector: 'education' },
			low: { sector: 'welfare' },
			difference: 2
		});
		expect(gaps.perBlock.find((g) => g.block === 'gemeenschappelijk-doel')?.difference).toBe(0);
		expect(sectorGaps(breakdown.groups.slice(0, 1))).toBeNull();
	});

	it('points a weak block to its reflection questions and worksheets in the knowledge base', () => {
		const overall = aggregateScan([sheet('x', 1, 2), sheet('x', 1, 2), sheet('x', 2, 2)], blocksOf, BLOCK_ORDER);
		if (!overall.visible) throw new Error('visible');
		const relatie = blockLinks(overall.blocks.find((b) => b.block === 'relatie')!);
		expect(relatie).toMatchObject({
			title: 'Werken aan relatie',
			reflectionUrl: '/bouwstenen/relatie#questions-title',
			mean: 2
		});
		expect(relatie.worksheets).toEqual([{ slug: 'relatie', title: expect.any(String), url: '/werkbladen/relatie' }]);
		expect(relatie.questions.length).toBeGreaterThan(2);
	});

	it('gives every weak block a worksheet, so the results never say there is none', () => {
		const overall = aggregateScan([sheet('x', 1, 2), sheet('x', 1, 2), sheet('x', 2, 2)], blocksOf, BLOCK_ORDER);
		if (!overall.visible) throw new Error('visible');
		expect(overall.blocks).toHaveLength(6);
		for (const b of overall.blocks) {
			const links = blockLinks(b);
			expect(links.worksheets.length, b.block).toBeGreaterThanOrEqual(1);
			for (const w of links.worksheets) expect(w.url).toMatch(/^\/werkbladen\/[a-z-]+$/);
		}
	});
});
