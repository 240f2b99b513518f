import { describe, expect, it } from 'vitest';
import { checkSmart, type SmartInput } from './smart';

const TODAY = '2026-11-23';
const good: SmartInput = {
	specific: 'Elke leerling die vaak afwezig is, krijgt binnen twee weken een gesprek met school en CLB samen.',
	measurable: 'We tellen per trimester hoeveel leerlingen binnen twee weken een gesprek kregen.',
	active: 'De zorgcoördinator van de school plant het gesprek en nodigt het CLB uit.',
	realistic: 'Het CLB heeft elke week een vast moment op school, dus dat lukt met de huidige uren.',
	timeBound: '2027-06-30'
};
const hints = (input: SmartInput) => Object.fromEntries(checkSmart(input, TODAY).map((c) => [c.letter, c.hint]));

describe('checkSmart', () => {
	it('accepts a goal that is specific, countable, has an actor, is grounded and has a future date', () => {
		expect(checkSmart(good, TODAY).every((c) => c.ok)).toBe(true);
	});

	it('finds a short or vague specific part', () => {
		expect(hints({ ...good, specific: 'Betere samenwerking.' }).specific).toBe('specific-short');
		expect(
			hints({ ...good, specific: 'We willen de samenwerking tussen school en welzijn in de wijk verbeteren.' }).specific
		).toBe('specific-vague');
	});

	it('asks for something countable or observable', () => {
		expect(hints({ ...good, measurable: 'Dat voelen we wel aan.' }).measurable).toBe('measurable-missing');
		expect(hints({ ...good, measurable: '' }).measurable).toBe('measurable-missing');
		expect(hints({ ...good, measurable: 'Met een korte bevraging bij de ouders.' }).measurable).toBe('measurable-ok');
		expect(hints({ ...good, measurable: 'Minstens 80% van de gezinnen.' }).measurable).toBe('measurable-ok');
	});

	it('asks who acts', () => {
		expect(hints({ ...good, active: 'Er wordt een gesprek gepland.' }).active).toBe('active-no-actor');
		expect(hints({ ...good, active: 'Wij plannen het gesprek.' }).active).toBe('active-ok');
	});

	it('asks why it is feasible', () => {
		expect(hints({ ...good, realistic: 'Lukt wel.' }).realistic).toBe('realistic-short');
	});

	it('needs a date after today', () => {
		expect(hints({ ...good, timeBound: '' }).timeBound).toBe('time-missing');
		expect(hints({ ...good, timeBound: TODAY }).timeBound).toBe('time-past');
		expect(hints({ ...good, timeBound: '2026-11-24' }).timeBound).toBe('time-ok');
	});
});
