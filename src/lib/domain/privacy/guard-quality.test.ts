/**
 * Measures the personal-data guard on the labelled test set (tests/personal-data-sentences.ts):
 * precision and recall per kind.
 *
 * A finding is correct when an expected finding of the same kind overlaps it (boundaries may
 * differ: "Kerkstraat 12" vs "de Kerkstraat 12" both warn about the same address). Prints a table
 * and asserts floors, so a change that makes the guard noticeably worse fails the build.
 */
import { describe, expect, it } from 'vitest';
import { FINDING_LABELS, findPersonalData, type Finding, type FindingKind } from './personal-data';
import { TEST_SET, type LabelledSentence } from '../../../../tests/personal-data-sentences';

const KINDS = Object.keys(FINDING_LABELS) as FindingKind[];

interface Span {
	start: number;
	end: number;
}

interface Counts {
	truePositives: number; // found and expected
	foundTotal: number;
	expectedHit: number; // expected and found
	expectedTotal: number;
}

/** Offsets of every expected finding (the n-th occurrence when a substring repeats). */
function expectedSpans(sentence: LabelledSentence): (Span & { kind: FindingKind })[] {
	const nextFrom = new Map<string, number>();
	return sentence.expected.map(({ kind, text }) => {
		const start = sentence.text.indexOf(text, nextFrom.get(text) ?? 0);
		nextFrom.set(text, start + 1);
		return { kind, start, end: start + text.length };
	});
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function evaluate(sentences: readonly LabelledSentence[]) {
	const counts = Object.fromEntries(
		KINDS.map((k) => [k, { truePositives: 0, foundTotal: 0, expectedHit: 0, expectedTotal: 0 }])
	) as Record<FindingKind, Counts>;
	const errors: string[] = [];

	for (const sentence of sentences) {
		const expected = expectedSpans(sentence);
		const found: Finding[] = findPersonalData(sentence.text);
		for (const f of found) {
			counts[f.kind].foundTotal++;
			if (expected.some((e) => e.kind === f.kind && overlaps(e, f))) counts[f.kind].truePositives++;
			else errors.push(`onterecht ${f.kind} "${f.text}" in: ${sentence.text}`);
		}
		for (const e of expected) {
			counts[e.kind].expectedTotal++;
			if (found.some((f) => f.kind === e.kind && overlaps(e, f))) counts[e.kind].expectedHit++;
			else errors.push(`gemist ${e.kind} "${sentence.text.slice(e.start, e.end)}" in: ${sentence.text}`);
		}
	}
	return { counts, errors };
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

function table(counts: Record<FindingKind, Counts>): string {
	const rows = [
		['soort', 'verwacht', 'gevonden', 'precisie', 'recall'],
		...[...KINDS, 'totaal' as const].map((kind) => {
			const c =
				kind === 'totaal'
					? KINDS.reduce(
							(sum, k) => ({
								truePositives: sum.truePositives + counts[k].truePositives,
								foundTotal: sum.foundTotal + counts[k].foundTotal,
								expectedHit: sum.expectedHit + counts[k].expectedHit,
								expectedTotal: sum.expectedTotal + counts[k].expectedTotal
							}),
							{ truePositives: 0, foundTotal: 0, expectedHit: 0, expectedTotal: 0 }
						)
					: counts[kind];
			return [
				kind,
				String(c.expectedTotal),
				String(c.foundTotal),
				ratio(c.truePositives, c.foundTotal).toFixed(3),
				ratio(c.expectedHit, c.expectedTotal).toFixed(3)
			];
		})
	];
	return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(16) : cell.padStart(9))).join(' ')).join('\n');
}

describe('personal-data guard quality on the labelled test set', () => {
	it('is a well-formed test set of at least 220 sentences with enough of every kind', () => {
		expect(TEST_SET.length).toBeGreaterThanOrEqual(220);
		const withData = TEST_SET.filter((s) => s.expected.length > 0).length;
		expect(withData).toBeGreaterThan(TEST_SET.length * 0.4);
		expect(TEST_SET.length - withData).toBeGreaterThan(TEST_SET.length * 0.4);
		for (const kind of KINDS) {
			const sentences = TEST_SET.filter((s) => s.expected.some((e) => e.kind === kind)).length;
			expect(sentences, kind).toBeGreaterThanOrEqual(kind === 'name' ? 40 : 25);
		}
		for (const sentence of TEST_SET)
			for (const { text } of sentence.expected)
				expect(sentence.text, `"${text}" should occur in the sentence`).toContain(text);
	});

	it('reaches the precision and recall floors', () => {
		const { counts, errors } = evaluate(TEST_SET);
		console.log(`\nPersoonsgegevens-detectie op ${TEST_SET.length} zinnen\n${table(counts)}`);
		if (errors.length) console.log(`\nFouten (${errors.length}):\n${errors.join('\n')}`);

		const total = KINDS.reduce(
			(sum, k) => ({
				tp: sum.tp + counts[k].truePositives,
				found: sum.found + counts[k].foundTotal,
				hit: sum.hit + counts[k].expectedHit,
				expected: sum.expected + counts[k].expectedTotal
			}),
			{ tp: 0, found: 0, hit: 0, expected: 0 }
		);
		expect(ratio(total.tp, total.found), 'overall precision').toBeGreaterThanOrEqual(0.9);
		expect(ratio(total.hit, total.expected), 'overall recall').toBeGreaterThanOrEqual(0.9);
		for (const kind of KINDS) {
			const c = counts[kind];
			expect(ratio(c.truePositives, c.foundTotal), `${kind} precision`).toBeGreaterThanOrEqual(0.8);
			expect(ratio(c.expectedHit, c.expectedTotal), `${kind} recall`).toBeGreaterThanOrEqual(0.8);
		}
	});
});
