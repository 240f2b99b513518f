// The redirect after login, registration and the language switch: only a place on this site,
// and never an answer that breaks the Location header (issue 13: `/%09/evil.example` was followed).
import { describe, expect, it } from 'vitest';
import { safeNext } from './auth.schema';

const ORIGIN = 'https://brugwerk.example';

describe('safeNext', () => {
	it('keeps a path on this site, with its query and fragment', () => {
		expect(safeNext('/s', ORIGIN)).toBe('/s');
		expect(safeNext('/s/abc/casussen?pagina=2#lijst', ORIGIN)).toBe('/s/abc/casussen?pagina=2#lijst');
		expect(safeNext('https://brugwerk.example/r/K7QM2P', ORIGIN)).toBe('/r/K7QM2P');
	});

	it('encodes what a Location header cannot carry', () => {
		expect(safeNext('/zoek?q=één kind', ORIGIN)).toBe('/zoek?q=%C3%A9%C3%A9n%20kind');
		expect(safeNext('/a\u0000b', ORIGIN)).toBe('/a%00b');
		expect(safeNext('/a\u2028b', ORIGIN)).toBe('/a%E2%80%A8b');
	});

	for (const hostile of [
		'//evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'\t//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'/\\/evil.example',
		'https://evil.example/s',
		'http://brugwerk.example/s',
		'https://brugwerk.example.evil.example/',
		'https://brugwerk.example@evil.example/',
		'https://brugwerk.example//evil.example',
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'//%09/evil.example',
		'/'.repeat(3) + 'evil.example',
		'x'.repeat(3000)
	])
		it(`refuses ${JSON.stringify(hostile).slice(0, 60)}`, () => {
			expect(safeNext(hostile, ORIGIN)).toBeNull();
		});

	it('refuses nothing at all', () => {
		expect(safeNext('', ORIGIN)).toBeNull();
		expect(safeNext(undefined, ORIGIN)).toBeNull();
		expect(safeNext(null, ORIGIN)).toBeNull();
	});
});
