// Pages and data go out gzip-compressed by the app itself, so the embedded default needs no proxy in
// front of it (files of build/client are precompressed at build time and served by adapter-node).
// CompressionStream is built into Node: no library for a few lines. Brotli would squeeze a little
// more, but Node's CompressionStream has no 'br' yet, and gzip already takes a page to about a sixth.

/** Text types worth compressing. An event stream is not among them: each event must go out at once. */
const COMPRESSIBLE =
	/^(text\/(html|css|plain|csv|calendar)|application\/(json|javascript|xml|ld\+json)|image\/svg\+xml)\b/;

/** Below this the gzip header and the CPU cost more than they save. */
const MIN_BYTES = 1024;

/** Whether the client takes gzip: listed, and not with q=0. */
export function acceptsGzip(acceptEncoding: string | null): boolean {
	return (acceptEncoding ?? '').split(',').some((part) => {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (name !== 'gzip' && name !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return q === undefined || Number(q.slice(2)) > 0;
	});
}

/** The response, gzip-compressed when the client accepts it and the body is compressible text. */
export function compressed(request: Request, response: Response): Response {
	const type = response.headers.get('Content-Type') ?? '';
	if (!response.body || request.method === 'HEAD' || !COMPRESSIBLE.test(type)) return response;
	if (response.headers.has('Content-Encoding') || response.status === 204 || response.status === 304) return response;
	const length = response.headers.get('Content-Length');
	if (length !== null && Number(length) < MIN_BYTES) return response;
	// Caches must keep the compressed and the plain answer apart.
	const headers = new Headers(response.headers);
	headers.append('Vary', 'Accept-Encoding');
	if (!acceptsGzip(request.headers.get('Accept-Encoding'))) {
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	}
	headers.delete('Content-Length');
	headers.set('Content-Encoding', 'gzip');
	return new Response(response.body.pipeThrough(new CompressionStream('gzip')), {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
