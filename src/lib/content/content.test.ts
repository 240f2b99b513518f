import { describe, it, expect } from 'vitest';
import { blocks, getBlock, RECURRING_QUESTIONS, BLOCK_SHORT_NAMES } from './blocks';
import { methods, getMethod, relatieMethod } from './methods';
import type { WorksheetField } from './types';
import { GLOSSARY } from './glossary';
import { SECTORS } from '$lib/domain/partnerships/enums';
import { fleschDouma } from '../../../tests/readability';

const ROLE_CARD_FIELDS = [
	'coreTask',
	'workingStyle',
	'offer',
	'expertise',
	'mandateAlone',
	'mandateAlign',
	'alignWith',
	'procedures',
	'limits',
	'limitsDetail',
	'limitsHowISay',
	'flexibility',
	'exploreTogether'
];

/** Every string inside a value, with the path where it was found. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
	if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
	return [];
}

describe('building blocks', () => {
	it('has six blocks, numbered 1 to 6, with unique slugs', () => {
		expect(blocks).toHaveLength(6);
		expect(blocks.map((b) => b.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(new Set(blocks.map((b) => b.slug)).size).toBe(6);
	});

	it('finds a block by slug', () => {
		for (const b of blocks) expect(getBlock(b.slug)).toBe(b);
		expect(getBlock('bestaat-niet')).toBeUndefined();
	});

	describe.each(blocks.map((b) => [b.slug, b] as const))('%s', (slug, block) => {
		it('has its parts', () => {
			expect(block.title.startsWith('Werken aan')).toBe(true);
			expect(block.summary.trim()).not.toBe('');
			expect(block.introduction.length).toBeGreaterThanOrEqual(1);
			expect(block.insights.length).toBeGreaterThanOrEqual(3);
			for (const insight of block.insights) {
				expect(insight.title.trim()).not.toBe('');
				expect(insight.body.length).toBeGreaterThanOrEqual(1);
			}
			expect(block.inspiration.title.trim()).not.toBe('');
			expect(block.inspiration.body.length).toBeGreaterThanOrEqual(1);
		});

		it('ends its reflection questions with the two recurring ones', () => {
			const q = block.reflectionQuestions;
			expect(q.length).toBeGreaterThanOrEqual(5);
			expect(q[q.length - 2]).toBe(RECURRING_QUESTIONS.voice);
			expect(q[q.length - 1]).toBe(RECURRING_QUESTIONS.crossBlock(BLOCK_SHORT_NAMES[slug]));
			expect(q[q.length - 1]).toContain(BLOCK_SHORT_NAMES[slug]);
			// The recurring questions appear only at the end.
			expect(q.filter((x) => x === RECURRING_QUESTIONS.voice)).toHaveLength(1);
			expect(new Set(q).size).toBe(q.length);
		});

		it('links only to methods that exist', () => {
			for (const m of block.methods) expect(getMethod(m), m).toBeDefined();
		});

		it('has at least one method, and each of its methods works on this block', () => {
			expect(block.methods.length).toBeGreaterThanOrEqual(1);
			for (const m of block.methods) expect(getMethod(m)?.block, m).toBe(slug);
		});
	});

	it('links the relatie block to the relatie method', () => {
		expect(getBlock('relatie')?.methods).toContain('relatie');
	});
});

describe('methods', () => {
	it('has unique slugs, each pointing at an existing block', () => {
		expect(new Set(methods.map((m) => m.slug)).size).toBe(methods.length);
		for (const m of methods) expect(getBlock(m.block), m.slug).toBeDefined();
		expect(getMethod('relatie')).toBe(relatieMethod);
		expect(getMethod('bestaat-niet')).toBeUndefined();
	});

	it('gives the relatie method its three steps', () => {
		expect(relatieMethod.steps.map((s) => s.slug)).toEqual([
			'mijn-rol-en-aanbod',
			'relatie-in-de-casus',
			'relatie-op-organisatieniveau'
		]);
	});

	it('is linked from the block it works on', () => {
		for (const m of methods) expect(getBlock(m.block)?.methods, m.slug).toContain(m.slug);
	});

	describe.each(methods.map((m) => [m.slug, m] as const))('%s', (slug, method) => {
		it('has 3 to 6 complete steps, each with a goal, a checklist and sub-steps with questions', () => {
			expect(method.title.trim()).not.toBe('');
			expect(method.introduction.trim()).not.toBe('');
			expect(method.closing.trim()).not.toBe('');
			expect(method.steps.length).toBeGreaterThanOrEqual(3);
			expect(method.steps.length).toBeLessThanOrEqual(6);
			expect(new Set(method.steps.map((s) => s.slug)).size, slug).toBe(method.steps.length);
			method.steps.forEach((step, i) => {
				expect(step.number, step.slug).toBe(i + 1);
				expect(step.goal.trim(), step.slug).not.toBe('');
				expect(step.checklist.length, step.slug).toBeGreaterThanOrEqual(1);
				expect(step.subSteps.length, step.slug).toBeGreaterThanOrEqual(1);
				step.subSteps.forEach((sub, j) => {
					expect(sub.number, `${step.slug} ${sub.title}`).toBe(j + 1);
					expect(sub.guidingQuestions.length, `${step.slug} ${sub.title}`).toBeGreaterThanOrEqual(1);
					if (sub.fields) expect(sub.fields.length, `${step.slug} ${sub.title}`).toBeGreaterThanOrEqual(1);
				});
			});
		});

		it('names its fields in camelCase, once per method (the "other" text fields included)', () => {
			const fields = method.steps.flatMap((s) => s.subSteps.flatMap((sub) => sub.fields ?? []));
			const names = fields.flatMap((f) => (f.kind === 'choices' && f.other ? [f.name, `${f.name}Other`] : [f.name]));
			for (const n of names) expect(n).toMatch(/^[a-z][a-zA-Z0-9]*$/);
			expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
		});

		it('reads at B1 level (Flesch-Douma 60 or more)', () => {
			expect(fleschDouma(strings(method).map((x) => x.text))).toBeGreaterThanOrEqual(60);
		});

		it('gives its fields sane limits and options', () => {
			const fields = method.steps.flatMap((s) => s.subSteps.flatMap((sub) => sub.fields ?? []));
			for (const f of fields) {
				if (f.kind === 'textarea') expect(f.maxLength, f.name).toBe(2000);
				if (f.kind === 'text') expect(f.maxLength, f.name).toBe(200);
				if (f.kind === 'choices' || f.kind === 'choice') {
					expect(f.options.length, f.name).toBeGreaterThanOrEqual(2);
					const values = f.options.map((o) => o.value);
					expect(new Set(values).size, f.name).toBe(values.length);
					// 'other' is the value of the extra checkbox of a choices field.
					expect(values, f.name).not.toContain('other');
				}
			}
		});
	});

	it('puts the role card on step 1 only', () => {
		const [step1, ...rest] = relatieMethod.steps;
		expect(step1.worksheet).toBe('role-card');
		for (const step of rest) {
			expect(step.worksheet).toBeUndefined();
			for (const sub of step.subSteps) expect(sub.fields).toBeUndefined();
		}
		const fields: WorksheetField[] = step1.subSteps.flatMap((s) => s.fields ?? []);
		const names = fields.map((f) => f.name);
		expect(new Set(names).size).toBe(names.length);
		expect([...names].sort()).toEqual([...ROLE_CARD_FIELDS].sort());
	});

	it('gives role card fields sane limits and options', () => {
		const fields = relatieMethod.steps[0].subSteps.flatMap((s) => s.fields ?? []);
		for (const f of fields) {
			if (f.kind === 'textarea') expect(f.maxLength, f.name).toBe(2000);
			if (f.kind === 'text') expect(f.maxLength, f.name).toBe(200);
			if (f.kind === 'choices') {
				expect(f.options.length, f.name).toBeGreaterThanOrEqual(2);
				const values = f.options.map((o) => o.value);
				expect(new Set(values).size, f.name).toBe(values.length);
			}
		}
		const byName = new Map(fields.map((f) => [f.name, f]));
		const otherOf = (name: string) => {
			const f = byName.get(name);
			return f?.kind === 'choices' ? f.other === true : false;
		};
		expect(otherOf('offer')).toBe(true);
		expect(otherOf('expertise')).toBe(true);
		expect(otherOf('workingStyle')).toBe(false);
		expect(otherOf('limits')).toBe(false);
	});
});

describe('content text', () => {
	it('has no empty strings anywhere', () => {
		const empty = strings({ blocks, methods }).filter((s) => s.text.trim() === '');
		expect(empty.map((s) => s.path)).toEqual([]);
	});
});

describe('public glossary', () => {
	it('has about fifteen entries with unique slugs that work as anchors', () => {
		expect(GLOSSARY.length).toBeGreaterThanOrEqual(15);
		const slugs = GLOSSARY.map((e) => e.slug);
		expect(new Set(slugs).size).toBe(slugs.length);
		for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('has each term once, whatever the capitals', () => {
		const keys = GLOSSARY.map((e) => e.term.trim().toLowerCase());
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('explains every term in plain words and gives at least one meaning per sector', () => {
		for (const e of GLOSSARY) {
			expect(e.term.trim(), e.slug).not.toBe('');
			expect(e.plainWords.trim(), e.slug).not.toBe('');
			const meanings = Object.entries(e.meanings);
			expect(meanings.length, e.slug).toBeGreaterThanOrEqual(1);
			for (const [sector, meaning] of meanings) {
				expect(SECTORS, e.slug).toContain(sector);
				expect(meaning?.trim(), `${e.slug} ${sector}`).not.toBe('');
			}
		}
	});

	it('fits the limits of a partnership glossary, so every entry can be adopted', () => {
		for (const e of GLOSSARY) {
			expect(e.term.length, e.slug).toBeLessThanOrEqual(100);
			expect(e.plainWords.length, e.slug).toBeLessThanOrEqual(1000);
			for (const meaning of Object.values(e.meanings)) expect(meaning!.length, e.slug).toBeLessThanOrEqual(1000);
		}
	});

	it('reads at B1 level (Flesch-Douma 60 or more), the plain words on their own too', () => {
		expect(fleschDouma(strings(GLOSSARY).map((x) => x.text))).toBeGreaterThanOrEqual(60);
		expect(fleschDouma(GLOSSARY.map((e) => e.plainWords))).toBeGreaterThanOrEqual(60);
	});
});
