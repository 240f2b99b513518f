import { describe, expect, it } from 'vitest';
import { getMethod, methods } from '$lib/content/methods';
import type { MethodStep } from '$lib/content/types';
import { draftKey, parseDraftKey } from '$lib/domain/drafts/draft.schema';
import {
	fillableStep,
	methodGoal,
	stepQuestions,
	worksheetFields,
	worksheetSchema,
	worksheetStepOf
} from './worksheet';
import { methodProgress } from './progress';
import { methodOutputs, OUTPUT_KINDS, OUTPUT_PATHS, outputSteps, stepOutputs } from './outputs';

const bare: MethodStep = {
	number: 5,
	slug: 'bare',
	title: 'Zonder velden',
	goal: 'Een doel',
	checklist: ['Iets doen'],
	subSteps: [
		{ number: 1, title: 'Eerst', guidingQuestions: ['Wat eerst?', 'Wie?'] },
		{ number: 2, title: 'Dan', guidingQuestions: ['Wat dan?'] }
	]
};

describe('every step can be filled in', () => {
	it('gives a step without fields one notes field per sub-step', () => {
		const step = fillableStep(bare);
		expect(worksheetFields(bare)).toEqual([]);
		expect(worksheetFields(step).map((f) => [f.name, f.kind, f.label])).toEqual([
			['notes1', 'textarea', 'Wat jullie afspreken'],
			['notes2', 'textarea', 'Wat jullie afspreken']
		]);
		// The content itself is left as it is.
		expect(bare.subSteps[0]!.fields).toBeUndefined();
		const schema = worksheetSchema(worksheetFields(step));
		expect(schema.safeParse({ notes1: 'We zien elkaar elke maand.' }).data).toEqual({
			notes1: 'We zien elkaar elke maand.',
			notes2: ''
		});
		expect(schema.safeParse({ notes1: 'a'.repeat(2001) }).success).toBe(false);
	});

	it('keeps the fields of a step that has them', () => {
		const step = getMethod('communicatie')!.steps[0]!;
		expect(fillableStep(step)).toBe(step);
	});

	it('has fields for every step of every method', () => {
		for (const method of methods)
			for (const step of method.steps)
				expect(worksheetFields(fillableStep(step)).length, `${method.slug}/${step.slug}`).toBeGreaterThan(0);
	});

	it('has unique field names within each step', () => {
		for (const method of methods)
			for (const step of method.steps) {
				const names = worksheetFields(fillableStep(step)).map((f) => f.name);
				expect(new Set(names).size, `${method.slug}/${step.slug}`).toBe(names.length);
			}
	});
});

describe('a step as a live reflection', () => {
	it('asks the guiding questions of every sub-step, in order', () => {
		expect(stepQuestions(bare)).toEqual(['Wat eerst?', 'Wie?', 'Wat dan?']);
	});

	it('finds the step a moment runs, and nothing for an unknown one', () => {
		expect(worksheetStepOf('communicatie/gedeelde-woordenlijst')).toMatchObject({
			method: 'communicatie',
			step: 'gedeelde-woordenlijst',
			number: 2
		});
		expect(worksheetStepOf('communicatie/niets')).toBeNull();
		expect(worksheetStepOf(null)).toBeNull();
	});
});

describe('the worksheet index', () => {
	it('says what each method is for in a sentence', () => {
		expect(methodGoal(getMethod('gemeenschappelijk-doel')!)).toBe('Met deze methode kiezen jullie samen een doel.');
		for (const method of methods) {
			const goal = methodGoal(method);
			expect(goal.length, method.slug).toBeGreaterThan(10);
			expect(goal.length, method.slug).toBeLessThan(200);
		}
	});

	it('counts the steps with answers and the last change', () => {
		const method = getMethod('gemeenschappelijk-doel')!;
		const at = (d: string) => new Date(`2031-01-0${d}T10:00:00Z`);
		const progress = methodProgress(method, [
			{
				method: method.slug,
				step: 'elkaars-kader',
				answers: { frameOwn: 'x' },
				updatedAt: at('1'),
				updatedByName: 'An'
			},
			{ method: method.slug, step: 'het-waarom', answers: { whyOwn: ' ' }, updatedAt: at('3'), updatedByName: 'Bo' },
			{ method: method.slug, step: 'keer-de-curve', answers: { x: 'y' }, updatedAt: at('2'), updatedByName: null },
			{
				method: 'communicatie',
				step: 'wie-moet-wat-weten',
				answers: { a: 'b' },
				updatedAt: at('4'),
				updatedByName: 'Cas'
			}
		]);
		expect(progress.filled).toEqual(['elkaars-kader', 'keer-de-curve']);
		expect(progress.total).toBe(method.steps.length);
		expect(progress.lastChange).toEqual({ at: at('3'), byName: 'Bo' });
		expect(methodProgress(method, []).lastChange).toBeNull();
	});

	it('counts the role card step once a member saved a card', () => {
		const relatie = getMethod('relatie')!;
		expect(methodProgress(relatie, []).filled).toEqual([]);
		expect(methodProgress(relatie, [], true).filled).toEqual(['mijn-rol-en-aanbod']);
	});
});

describe('where the results live', () => {
	it('names only steps that exist', () => {
		for (const { method, step } of outputSteps())
			expect(
				getMethod(method)?.steps.some((s) => s.slug === step),
				`${method}/${step}`
			).toBe(true);
	});

	it('links the records of the issue to their steps', () => {
		expect(stepOutputs('betrokkenheid', 'convenant-of-actieplan')).toEqual(['covenants']);
		expect(stepOutputs('respect-en-vertrouwen', 'een-kleine-stap')).toEqual(['pilots']);
		expect(methodOutputs('afstemming-en-taakafbakening')).toEqual(['tasks', 'continuity']);
		expect(stepOutputs('communicatie', 'gedeelde-woordenlijst')).toEqual(['glossary']);
		const goal = getMethod('gemeenschappelijk-doel')!;
		expect(stepOutputs(goal.slug, goal.steps.at(-1)!.slug)).toEqual(['goal']);
		for (const kind of OUTPUT_KINDS) expect(OUTPUT_PATHS[kind]).toMatch(/^\/[a-z-]+$/);
	});
});

describe('drafts of a worksheet step', () => {
	it('accepts the keys of real shared steps only', () => {
		expect(parseDraftKey(draftKey.worksheetStep('communicatie', 'gedeelde-woordenlijst'))).toEqual({
			kind: 'plain',
			permissions: ['worksheet:write']
		});
		expect(parseDraftKey(draftKey.worksheetAgreement('communicatie', 'gedeelde-woordenlijst'))).toEqual({
			kind: 'plain',
			permissions: ['worksheet:write', 'agreement:write']
		});
		expect(parseDraftKey('worksheet:communicatie:bestaat-niet')).toBeNull();
		expect(parseDraftKey('worksheet:relatie:mijn-rol-en-aanbod')).toBeNull();
		expect(parseDraftKey('worksheet:communicatie:gedeelde-woordenlijst:other')).toBeNull();
	});
});
