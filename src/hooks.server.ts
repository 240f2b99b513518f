import { randomUUID } from 'node:crypto';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getDb } from '$lib/server/db/client';
import { log } from '$lib/server/log';
import { m } from '$lib/paraglide/messages.js';
import { runMigrations } from '$lib/server/migrate';
import { track } from '$lib/server/in-flight';
import { startJobs } from '$lib/server/jobs';
import { seedDemo } from '$lib/server/demo';
import { purgeExpiredSessions, validateSession } from '$lib/domain/auth/session.server';
import { purgeOldLoginFailures } from '$lib/domain/auth/rate-limit.server';
import { purgeOldAccountTokens } from '$lib/domain/auth/account-tokens.server';
import { sessionCookieName } from '$lib/server/cookies';
import { HSTS, SECURITY_HEADERS } from '$lib/security-headers.js';

export const init: ServerInit = async () => {
	const db = getDb();
	await runMigrations(db);
	await Promise.all([purgeExpiredSessions(db), purgeOldLoginFailures(db), purgeOldAccountTokens(db)]);
	if (env.SEED_DEMO === '1') await seedDemo(db);
	// Reminder e-mails (pg-boss); stopped on shutdown.
	await startJobs();
};

const requestId: Handle = ({ event, resolve }) => {
	event.locals.requestId = randomUUID();
	return track(async () => resolve(event));
};

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

export const handle = sequence(requestId, securityHeaders, i18n, session);

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	const id = event.locals.requestId ?? randomUUID();
	if (status !== 404) log.error({ err: error, requestId: id, path: event.url.pathname, status }, message);
	return { message: m.error_title(), requestId: id };
};
