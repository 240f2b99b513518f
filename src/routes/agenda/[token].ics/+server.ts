import { calendarForToken } from '$lib/domain/calendar/calendar.server';
import { getDb } from '$lib/server/db/client';
import type { RequestHandler } from './$types';
import { notFound } from '$lib/http-errors';
import { clientInfo } from '$lib/server/auth-guard';

/** The secret feed a calendar app subscribes to. The token in the URL is the only credential. */
export const GET: RequestHandler = async (event) => {
	const ics = await calendarForToken(getDb(), event.params.token, event.url.origin, clientInfo(event));
	if (ics === null) notFound();
	return new Response(ics, {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'inline; filename="brugwerk-afspraken.ics"',
			'Cache-Control': 'private, no-store'
		}
	});
};
