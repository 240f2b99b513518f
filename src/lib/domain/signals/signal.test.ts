import { describe, expect, it } from 'vitest';
import { isStep, nextStatus, previousStatus, signalSchema, sourceFromQuery, statusStepSchema } from './signal.schema';

const valid = {
	title: 'Schoolrekeningen blijven open',
	theme: 'school_costs',
	description: 'Gezinnen met een laag inkomen kunnen de uitstappen niet betalen.',
	request: '',
	level: 'meso',
	addressee: 'lokaal_bestuur',
	addresseeOther: ''
};

describe('signal form', () => {
	it('accepts a signal and drops a leftover free addressee', () => {
		const parsed = signalSchema.parse({ ...valid, addresseeOther: 'iets dat niet telt' });
		expect(parsed.addresseeOther).toBe('');
	});

	it('asks for a name when the addressee is "other", and for the required fields', () => {
		const other = signalSchema.safeParse({ ...valid, addressee: 'other' });
		expect(other.success).toBe(false);
		expect(other.error?.issues[0]).toMatchObject({
			path: ['addresseeOther'],
			message: 'Schrijf bij "Andere" aan wie jullie het signaal richten.'
		});
		expect(signalSchema.parse({ ...valid, addressee: 'other', addresseeOther: 'Welzijnsraad' }).addresseeOther).toBe(
			'Welzijnsraad'
		);
		const empty = signalSchema.safeParse({ title: '', theme: '', description: 'kort', level: '', addressee: '' });
		expect(empty.error?.issues.map((i) => i.path[0]).sort()).toEqual([
			'addressee',
			'description',
			'level',
			'theme',
			'title'
		]);
	});
});

describe('status path', () => {
	it('goes one step at a time, forward or back', () => {
		expect(nextStatus('collected')).toBe('discussed');
		expect(nextStatus('passed_on')).toBe('answered');
		expect(nextStatus('answered')).toBeNull();
		expect(previousStatus('collected')).toBeNull();
		expect(previousStatus('answered')).toBe('passed_on');
		expect(isStep('collected', 'discussed', 'forward')).toBe(true);
		expect(isStep('collected', 'passed_on', 'forward')).toBe(false);
		expect(isStep('discussed', 'collected', 'back')).toBe(true);
		expect(isStep('discussed', 'collected', 'forward')).toBe(false);
	});

	it('needs a valid date, the answer when answered, and a reason to go back', () => {
		const step = { to: 'discussed', direction: 'forward', on: '2026-03-10', note: '', answer: '' };
		expect(statusStepSchema.safeParse(step).success).toBe(true);
		expect(statusStepSchema.safeParse({ ...step, on: '2026-02-30' }).error?.issues[0]?.path).toEqual(['on']);
		expect(statusStepSchema.safeParse({ ...step, on: '' }).error?.issues[0]?.path).toEqual(['on']);
		const answered = statusStepSchema.safeParse({ ...step, to: 'answered' });
		expect(answered.error?.issues[0]).toMatchObject({
			path: ['answer'],
			message: 'Noteer het antwoord dat jullie kregen (minstens 3 tekens).'
		});
		expect(statusStepSchema.safeParse({ ...step, to: 'answered', answer: 'Er komt een proef.' }).success).toBe(true);
		const back = statusStepSchema.safeParse({ ...step, to: 'collected', direction: 'back' });
		expect(back.error?.issues[0]).toMatchObject({
			path: ['note'],
			message: 'Zeg kort waarom het signaal een stap terug gaat.'
		});
	});
});

describe('source in the query string', () => {
	it('reads one of ?casus, ?leerlogboek, ?reflectie', () => {
		const id = '6f1c1b8e-3b1a-4c1e-9d2a-0b7e6f4a1c2d';
		expect(sourceFromQuery(new URLSearchParams(''))).toBeUndefined();
		expect(sourceFromQuery(new URLSearchParams(`casus=${id}`))).toEqual({ kind: 'case', id });
		expect(sourceFromQuery(new URLSearchParams(`leerlogboek=${id}`))).toEqual({ kind: 'learning', id });
		expect(sourceFromQuery(new URLSearchParams(`reflectie=${id}`))).toEqual({ kind: 'reflection', id });
		expect(sourceFromQuery(new URLSearchParams('casus=12'))).toBeNull();
	});
});
