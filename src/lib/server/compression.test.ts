import { describe, expect, it } from 'vitest';
import { acceptsGzip, compressed } from './compression';

const page = '<!doctype html><p>' + 'Samen voor elk kind. '.repeat(400) + '</p>';

function htmlResponse(body = page, headers: Record<string, string> = {}) {
	const h = new Headers({ 'Content-Type': 'text/html; charset=utf-8', ...headers });
	h.append('Set-Cookie', 'a=1; Path=/; HttpOnly');
	h.append('Set-Cookie', 'b=2; Path=/; HttpOnly');
	return new Response(body, { status: 200, headers: h });
}

const request = (acceptEncoding?: string, method = 'GET') =>
	new Request('http://localhost/s/x', {
		method,
		headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding }
	});

async function gunzip(response: Response): Promise<string> {
	return new Response(response.body!.pipeThrough(new DecompressionStream('gzip'))).text();
}

describe('compressed', () => {
	it('gzips a page for a client that accepts it; the body comes back the same, cookies kept', async () => {
		const out = compressed(request('gzip, deflate, br'), htmlResponse());
		expect(out.headers.get('Content-Encoding')).toBe('gzip');
		expect(out.headers.get('Vary')).toContain('Accept-Encoding');
		expect(out.headers.getSetCookie()).toEqual(['a=1; Path=/; HttpOnly', 'b=2; Path=/; HttpOnly']);
		const bytes = new Uint8Array(await out.clone().arrayBuffer());
		expect(bytes.length).toBeLessThan(page.length / 5);
		expect(await gunzip(out)).toBe(page);
	});

	it('leaves the body plain for a client without gzip, or with gzip;q=0, but still varies', async () => {
		for (const accept of [undefined, 'identity', 'br', 'gzip;q=0']) {
			const out = compressed(request(accept), htmlResponse());
			expect(out.headers.get('Content-Encoding')).toBeNull();
			expect(out.headers.get('Vary')).toContain('Accept-Encoding');
			expect(await out.text()).toBe(page);
		}
	});

	it('leaves event streams, images, small and already encoded bodies alone', () => {
		const stream = new Response('data: x\n\n', { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
		expect(compressed(request('gzip'), stream)).toBe(stream);
		const png = new Response(new Uint8Array(4000), { headers: { 'Content-Type': 'image/png' } });
		expect(compressed(request('gzip'), png)).toBe(png);
		const small = htmlResponse('<p>kort</p>', { 'Content-Length': '11' });
		expect(compressed(request('gzip'), small)).toBe(small);
		const encoded = htmlResponse(page, { 'Content-Encoding': 'br' });
		expect(compressed(request('gzip'), encoded)).toBe(encoded);
		const head = htmlResponse();
		expect(compressed(request('gzip', 'HEAD'), head)).toBe(head);
	});

	it('reads Accept-Encoding with weights and wildcards', () => {
		expect(acceptsGzip('gzip')).toBe(true);
		expect(acceptsGzip('deflate, GZIP;q=0.5')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0, br')).toBe(false);
		expect(acceptsGzip('')).toBe(false);
		expect(acceptsGzip(null)).toBe(false);
	});
});
