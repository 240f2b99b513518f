import { randomUUID } from 'node:crypto';
import { json, type Handle, type HandleServerError, type RequestEvent, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getLocale } from '$lib/paraglide/runtime';
import { getDb } from '$lib/server/db/client';
import { isConnectionError, RETRY_AFTER_SECONDS } from '$lib/server/db/connection-errors';
import { log } from '$lib/server/log';
import { m } from '$lib/paraglide/messages.js';
import { runMigrations } from '$lib/server/migrate';
import { track } from '$lib/server/in-flight';
import { compressed } from '$lib/server/compression';
import { startJobs } from '$lib/server/jobs';
import { seedDemo } from '$lib/server/demo';
import { syncKnowledgeDocuments } from '$lib/domain/knowledge/knowledge.server';
import { purgeExpiredSessions, validateSession } from '$lib/domain/auth/session.server';
import { purgeOldLoginFailures } from '$lib/domain/auth/rate-limit.server';
import { purgeOldAccountTokens } from '$lib/domain/auth/account-tokens.server';
import { sessionCookieName } from '$lib/server/cookies';
import { HSTS, SECURITY_HEADERS } from '$lib/security-headers.js';

export const init: ServerInit = async () => {
	try {
		const db = getDb();
		await runMigrations(db);
		// The knowledge base's search rows follow the content; writes nothing when it did not change.
		await syncKnowledgeDocuments(db);
		await Promise.all([purgeExpiredSessions(db), purgeOldLoginFailures(db), purgeOldAccountTokens(db)]);
		if (env.SEED_DEMO === '1') await seedDemo(db);
		// Reminder e-mails (pg-boss); stopped on shutdown.
		await startJobs();
	} catch (err) {
		// At start there is nothing to serve without the database: stop with one clear line.
		if (!isConnectionError(err)) throw err;
		const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
		throw Object.assign(
			new Error(
				`Cannot reach PostgreSQL at start (${(cause as Error).message}). Start the database or check DATABASE_URL.`
			),
			{ name: 'DatabaseUnreachableError' }
		);
	}
};

const requestId: Handle = ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	return track(async () => resolve(event));
};

// Outermost but for the request id: what goes out is the final answer, headers included.
const compression: Handle = async ({ event, resolve }) => compressed(event.request, await resolve(event));

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	const token = event.cookies.get(sessionCookieName(event.url));
	if (token) {
		const found = await validateSession(getDb(), token);
		if (found) {
			event.locals.user = found.user;
			event.locals.sessionId = found.sessionId;
		} else {
			event.cookies.delete(sessionCookieName(event.url), { path: '/' });
		}
	}
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const h = response.headers;
	for (const [name, value] of SECURITY_HEADERS) h.set(name, value);
	if (!dev) h.set(...HSTS);
	// Pages of a logged-in user are private: never let a shared cache keep them.
	if (event.locals.user && !h.has('Cache-Control')) h.set('Cache-Control', 'private, no-store');
	h.set('X-Request-Id', event.locals.requestId);
	return response;
};

// PostgreSQL away (docs/decisions/0018-database-outages.md). An error inside a load, an action or
// an endpoint reaches handleError, which marks the request; the 500 SvelteKit made of it becomes a
// 503 here, and +error.svelte shows the outage text. An error in a hook before the route (the
// session check) comes out of resolve: it is answered here. Every 503 gets Retry-After.
const databaseAway: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (err) {
		if (!isConnectionError(err)) throw err;
		logOutage(err, event);
		response = unavailable(event);
	}
	if (response.status === 500 && event.locals.databaseAway) {
		response = new Response(response.body, { status: 503, headers: new Headers(response.headers) });
	}
	if (response.status === 503) {
		response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
		response.headers.set('Cache-Control', 'no-store');
	}
	return response;
};

/** The 503 for a request that failed before its route ran: JSON for scripts, a small page for people. */
function unavailable(event: RequestEvent): Response {
	const error: App.Error = { message: m.dbdown_text(), requestId: event.locals.requestId, unavailable: true };
	// use:enhance reads an ActionResult; a client-side navigation reads the JSON error.
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return json({ type: 'error', error }, { status: 503 });
	}
	const accept = event.request.headers.get('accept') ?? '';
	if (event.isDataRequest || (accept.includes('application/json') && !accept.includes('text/html'))) {
		return json(error, { status: 503 });
	}
	const page = `<!doctype html>
<html lang="${escapeHtml(getLocale())}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(m.dbdown_title())} · ${escapeHtml(m.app_name())}</title></head>
<body><main><h1>${escapeHtml(m.dbdown_title())}</h1><p>${escapeHtml(m.dbdown_text())}</p>
<p><a href="${escapeHtml(event.url.pathname + event.url.search)}">${escapeHtml(m.dbdown_retry())}</a></p></main></body>
</html>`;
	return new Response(page, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function logOutage(err: unknown, event: RequestEvent): void {
	event.locals.databaseAway = true;
	const e = err as { code?: string; message?: string; cause?: { code?: string; message?: string } };
	const cause = e.cause ?? e;
	log.warn(
		{ requestId: event.locals.requestId, path: event.url.pathname, code: cause.code, reason: cause.message },
		'PostgreSQL unreachable: answered 503'
	);
}

// Inside i18n: the 503 answered here speaks the request's language.
export const handle = sequence(requestId, compression, securityHeaders, i18n, databaseAway, session);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? randomUUID();
	if (isConnectionError(error)) {
		logOutage(error, event);
		return { message: m.dbdown_text(), requestId: id, unavailable: true };
	}
	if (status !== 404) log.error({ err: error, requestId: id, path: event.url.pathname, status }, message);
	return { message: m.error_title(), requestId: id };
};
