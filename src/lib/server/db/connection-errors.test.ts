import { describe, expect, it } from 'vitest';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { isConnectionError } from './connection-errors';

const pgError = (code: string, message = 'boom') => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
	it.each(['08000', '08003', '08006', '08001', '57P01', '57P02', '57P03'])('SQLSTATE %s means away', (code) => {
		expect(isConnectionError(pgError(code))).toBe(true);
	});

	it.each(['ECONNREFUSED', 'ECONNRESET'])('socket error %s means away', (code) => {
		expect(isConnectionError(pgError(code))).toBe(true);
	});

	it.each([
		'Connection terminated unexpectedly',
		'Connection terminated due to connection timeout',
		'timeout exceeded when trying to connect'
	])('"%s" means away', (message) => {
		expect(isConnectionError(new Error(message))).toBe(true);
	});

	it('looks through drizzle and AggregateError wrappers', () => {
		expect(isConnectionError(new DrizzleQueryError('select 1', [], pgError('57P01')))).toBe(true);
		expect(isConnectionError(new AggregateError([pgError('ECONNREFUSED')], 'connect failed'))).toBe(true);
	});

	it.each(['23505', '40001', '42P01', '57014', '0800'])('SQLSTATE %s is an ordinary error', (code) => {
		expect(isConnectionError(pgError(code))).toBe(false);
		expect(isConnectionError(new DrizzleQueryError('select 1', [], pgError(code)))).toBe(false);
	});

	it('other values are not connection errors', () => {
		expect(isConnectionError(new Error('nope'))).toBe(false);
		expect(isConnectionError(undefined)).toBe(false);
		expect(isConnectionError('ECONNREFUSED')).toBe(false);
		const loop: { cause?: unknown } = {};
		loop.cause = loop;
		expect(isConnectionError(loop)).toBe(false);
	});
});
