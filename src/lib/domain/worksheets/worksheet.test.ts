import { describe, expect, it } from 'vitest';
import { parseForm } from '$lib/forms';
import { roleCardArrays, roleCardFields, roleCardSchema } from '$lib/domain/role-cards/role-card.schema';
import { isEmptyWorksheet, worksheetSchema } from './worksheet';

function form(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('worksheet engine', () => {
	it('reads repeated checkboxes as a list and keeps the other fields', () => {
		const r = parseForm(
			roleCardSchema,
			form([
				['coreTask', '  Leerlingen begeleiden  '],
				['workingStyle', 'preventief'],
				['workingStyle', 'signalerend']
			]),
			roleCardArrays
		);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.data.coreTask).toBe('Leerlingen begeleiden');
			expect(r.data.workingStyle).toEqual(['preventief', 'signalerend']);
			expect(r.data.offer).toEqual([]);
		}
	});

	it('needs the core task to save, and gives back what was typed', () => {
		const r = parseForm(roleCardSchema, form([['limitsDetail', 'Geen tijd op woensdag']]), roleCardArrays);
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(r.errors.coreTask).toMatch(/Vul/);
			expect(r.values.limitsDetail).toBe('Geen tijd op woensdag');
		}
	});

	it('asks for a description when "andere" is ticked', () => {
		const r = parseForm(
			roleCardSchema,
			form([
				['coreTask', 'x'],
				['offer', 'other']
			]),
			roleCardArrays
		);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.offerOther).toMatch(/andere/);
	});

	it('refuses values that are not among the options', () => {
		const r = parseForm(
			roleCardSchema,
			form([
				['coreTask', 'x'],
				['workingStyle', 'hacker']
			]),
			roleCardArrays
		);
		expect(r.ok).toBe(false);
	});

	it('refuses text over the field limit with a Dutch message', () => {
		const r = parseForm(roleCardSchema, form([['coreTask', 'a'.repeat(2001)]]), roleCardArrays);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors.coreTask).toMatch(/Hoogstens 2000 tekens/);
	});

	it('builds a schema for any field list', () => {
		const schema = worksheetSchema([{ kind: 'text', name: 'a', label: 'A', maxLength: 5 }], ['a']);
		expect(schema.safeParse({ a: 'abc' }).success).toBe(true);
		expect(schema.safeParse({ a: '' }).success).toBe(false);
		expect(schema.safeParse({ a: 'abcdef' }).success).toBe(false);
	});

	it('knows an empty worksheet', () => {
		expect(isEmptyWorksheet(null)).toBe(true);
		expect(isEmptyWorksheet({ coreTask: ' ', offer: [] })).toBe(true);
		expect(isEmptyWorksheet({ coreTask: 'x' })).toBe(false);
		expect(roleCardFields.length).toBeGreaterThan(10);
	});
});

describe('single choice fields', () => {
	const fields = [
		{
			kind: 'choice' as const,
			name: 'heard',
			label: 'Gehoord',
			options: [
				{ value: 'yes', label: 'Ja' },
				{ value: 'no', label: 'Nee' }
			]
		}
	];
	it('accepts one listed value or nothing when optional', () => {
		const schema = worksheetSchema(fields);
		expect(schema.safeParse({ heard: 'yes' }).success).toBe(true);
		expect(schema.safeParse({}).success).toBe(true);
		expect(schema.safeParse({ heard: 'maybe' }).success).toBe(false);
	});
	it('needs an answer when required', () => {
		const r = worksheetSchema(fields, ['heard']).safeParse({});
		expect(r.success).toBe(false);
		expect(r.error?.issues[0]?.message).toMatch(/Kies een antwoord/);
	});
});
