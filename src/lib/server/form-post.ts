/**
 * Whether a request is a form this site posted: a form content type from this origin. SvelteKit's
 * CSRF check covers form content types only, so an endpoint (+server.ts) that changes state on
 * POST (logging out, the language) asks this too: another body from elsewhere is refused.
 */
export function isOwnFormPost(request: Request, url: URL): boolean {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	const isForm = type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data';
	return isForm && request.headers.get('origin') === url.origin;
}

/**
 * Whether a request is a JSON body this site's own script posted (the passkey endpoints): the JSON
 * content type, which a page elsewhere cannot send without the browser asking first, and this origin.
 */
export function isOwnJsonPost(request: Request, url: URL): boolean {
	const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	return type === 'application/json' && request.headers.get('origin') === url.origin;
}
