import { todayInBelgium } from '$lib/dates';
import { describe, expect, it } from 'vitest';
import { canMoveTo, isActive, isOverdue, nextStatuses } from './agreement-status';

describe('agreement status flow', () => {
	it('lets an open agreement be done, adjusted or dropped', () => {
		expect(nextStatuses('open')).toEqual(['done', 'adjusted', 'dropped']);
		for (const to of ['done', 'adjusted', 'dropped'] as const) expect(canMoveTo('open', to)).toBe(true);
	});

	it('only reopens done or dropped agreements', () => {
		expect(canMoveTo('done', 'open')).toBe(true);
		expect(canMoveTo('done', 'dropped')).toBe(false);
		expect(canMoveTo('dropped', 'done')).toBe(false);
		expect(canMoveTo('dropped', 'adjusted')).toBe(false);
	});

	it('treats open and adjusted as still running', () => {
		expect(isActive('open')).toBe(true);
		expect(isActive('adjusted')).toBe(true);
		expect(isActive('done')).toBe(false);
	});

	it('marks running agreements past their due date as overdue', () => {
		expect(isOverdue({ status: 'open', dueDate: '2026-01-10' }, '2026-01-11')).toBe(true);
		expect(isOverdue({ status: 'open', dueDate: '2026-01-11' }, '2026-01-11')).toBe(false);
		expect(isOverdue({ status: 'done', dueDate: '2026-01-10' }, '2026-01-11')).toBe(false);
		expect(isOverdue({ status: 'adjusted', dueDate: '2026-01-10' }, '2026-01-11')).toBe(true);
		expect(isOverdue({ status: 'open', dueDate: null }, '2026-01-11')).toBe(false);
	});

	it('uses the Belgian date, not UTC', () => {
		// 23:30 UTC on 31 December is already 1 January in Brussels.
		expect(todayInBelgium(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
	});
});
