import { isCalendarDate } from '$lib/dates';
import { describe, expect, it } from 'vitest';
import { addMonths, MAX_OCCURRENCES, meetingOccurrences, weekdayOrNextMonday } from './recurrence';
import { brusselsToUtc, defaultRepeatUntil, isTime, utcToBrussels } from './meeting-time';

describe('meeting recurrence', () => {
	it('repeats every three months per trimester, until inclusive', () => {
		// 2026-09-15 is a Tuesday; 15 December, 15 March and 15 June 2027 are weekdays.
		expect(meetingOccurrences({ first: '2026-09-15', recurrence: 'trimester', until: '2027-06-15' })).toEqual([
			'2026-09-15',
			'2026-12-15',
			'2027-03-15',
			'2027-06-15'
		]);
		expect(meetingOccurrences({ first: '2026-09-15', recurrence: 'trimester', until: '2027-06-14' })).toHaveLength(3);
	});

	it('repeats every six months per semester', () => {
		expect(meetingOccurrences({ first: '2026-09-15', recurrence: 'semester', until: '2028-06-30' })).toEqual([
			'2026-09-15',
			'2027-03-15',
			'2027-09-15',
			'2028-03-15'
		]);
	});

	it('leaves out dates in July and August', () => {
		// 10 April + 3 months = 10 July: the school holidays.
		expect(meetingOccurrences({ first: '2026-04-10', recurrence: 'trimester', until: '2027-06-30' })).toEqual([
			'2026-04-10',
			'2026-10-12',
			'2027-01-11',
			'2027-04-12'
		]);
	});

	it('moves a Saturday or Sunday to the Monday', () => {
		expect(weekdayOrNextMonday('2026-11-14')).toBe('2026-11-16'); // Saturday
		expect(weekdayOrNextMonday('2026-11-15')).toBe('2026-11-16'); // Sunday
		expect(weekdayOrNextMonday('2026-11-16')).toBe('2026-11-16'); // Monday
		// 14 November 2026 is a Saturday: the second meeting is on Monday 16 November.
		expect(meetingOccurrences({ first: '2026-08-14', recurrence: 'trimester', until: '2026-12-31' })).toEqual([
			'2026-08-14',
			'2026-11-16'
		]);
	});

	it('drops a moved date that lands after "until" or in the holidays', () => {
		// Saturday 27 June 2026 + 6 months = Sunday 27 December → Monday 28 December: after "until".
		expect(meetingOccurrences({ first: '2026-06-27', recurrence: 'semester', until: '2026-12-27' })).toEqual([
			'2026-06-27'
		]);
		// Sunday 30 December 2029 + 6 months = Sunday 30 June 2030 → Monday 1 July: the holidays.
		expect(meetingOccurrences({ first: '2029-12-30', recurrence: 'semester', until: '2030-12-31' })).toEqual([
			'2029-12-30',
			'2030-12-30'
		]);
	});

	it('keeps the first date as chosen, and gives one date without recurrence', () => {
		expect(meetingOccurrences({ first: '2026-11-14', recurrence: 'none', until: '2027-06-30' })).toEqual([
			'2026-11-14'
		]);
		expect(meetingOccurrences({ first: '2026-11-14', recurrence: 'trimester', until: '2026-11-01' })).toEqual([
			'2026-11-14'
		]);
	});

	it('never makes more than the maximum', () => {
		expect(meetingOccurrences({ first: '2026-09-15', recurrence: 'trimester', until: '2040-06-30' })).toHaveLength(
			MAX_OCCURRENCES
		);
	});

	it('adds months without running past the end of a month', () => {
		expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
		expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
	});
});

describe('meeting time in Brussels', () => {
	it('converts local time to UTC in winter and summer time', () => {
		expect(brusselsToUtc('2026-01-15', '14:00').toISOString()).toBe('2026-01-15T13:00:00.000Z');
		expect(brusselsToUtc('2026-06-15', '14:00').toISOString()).toBe('2026-06-15T12:00:00.000Z');
		// The day summer time starts (29 March 2026) and ends (25 October 2026).
		expect(brusselsToUtc('2026-03-29', '10:00').toISOString()).toBe('2026-03-29T08:00:00.000Z');
		expect(brusselsToUtc('2026-10-25', '10:00').toISOString()).toBe('2026-10-25T09:00:00.000Z');
		expect(utcToBrussels(new Date('2026-06-15T12:00:00Z'))).toEqual({ date: '2026-06-15', time: '14:00' });
		expect(utcToBrussels(new Date('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
	});

	it('defaults "repeat until" to the end of the school year', () => {
		expect(defaultRepeatUntil('2026-10-01')).toBe('2027-06-30');
		expect(defaultRepeatUntil('2027-02-01')).toBe('2027-06-30');
		expect(defaultRepeatUntil('2027-06-30')).toBe('2027-06-30');
		expect(defaultRepeatUntil('2027-07-01')).toBe('2028-06-30');
	});

	it('recognises real dates and times only', () => {
		expect(isCalendarDate('2026-02-29')).toBe(false);
		expect(isCalendarDate('2028-02-29')).toBe(true);
		expect(isTime('24:00')).toBe(false);
		expect(isTime('09:30')).toBe(true);
	});
});
