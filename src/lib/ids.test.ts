import { describe, expect, it } from 'vitest';
import { isId } from './ids';
import { match } from '../params/id';

describe('record ids', () => {
	it('accepts a UUID in any case and nothing else', () => {
		expect(isId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
		expect(isId('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
		for (const bad of [
			'',
			'abc',
			'0f8fad5b-d9cb-469f-a165-70867728950',
			'0f8fad5b-d9cb-469f-a165-70867728950e ',
			"1' or 1=1",
			'0f8fad5bd9cb469fa16570867728950e',
			null,
			42
		])
			expect(isId(bad)).toBe(false);
	});

	it('is what the route matcher answers', () => {
		expect(match('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
		expect(match('nieuw')).toBe(false);
	});
});
