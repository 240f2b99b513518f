import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDay, isCalendarDate, todayInBelgium } from './dates';

describe('Belgian dates', () => {
	it('knows today in Brussels around midnight and both DST changes', () => {
		// Brussels is UTC+1 in winter and UTC+2 in summer: its midnight is 23:00 or 22:00 UTC.
		expect(todayInBelgium(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
		expect(todayInBelgium(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
		expect(todayInBelgium(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29'); // night of the change to summer time
		expect(todayInBelgium(new Date('2026-06-30T21:59:00Z'))).toBe('2026-06-30');
		expect(todayInBelgium(new Date('2026-06-30T22:00:00Z'))).toBe('2026-07-01');
		expect(todayInBelgium(new Date('2026-10-24T22:30:00Z'))).toBe('2026-10-25'); // night of the change back
	});

	it('accepts only real calendar dates in a sensible range', () => {
		for (const ok of ['2026-02-28', '2028-02-29', '2000-02-29', '1900-01-01', '2100-12-31'])
			expect(isCalendarDate(ok)).toBe(true);
		for (const bad of [
			'2026-02-30',
			'2027-02-29',
			'1900-02-29',
			'0000-01-01',
			'2026-13-01',
			'2026-00-10',
			'2026-1-5',
			'20260105',
			'2101-01-01',
			'1899-12-31',
			''
		])
			expect(isCalendarDate(bad)).toBe(false);
	});

	it('counts calendar days across month ends, leap days and DST', () => {
		expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
		expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
		expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
		expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
	});

	it('writes a date in the reader’s language', () => {
		expect(formatDay('2026-12-05', 'long', 'nl')).toBe('5 december 2026');
		expect(formatDay('2026-12-05', 'long', 'fr')).toBe('5 décembre 2026');
		expect(formatDay('2026-12-05', 'long', 'en')).toBe('5 December 2026');
	});
});
