// The live answers of a moment as server-sent events (EventSource on the facilitator page and the
// projector). Authenticated and authorised like any page; a moment of another partnership is a 404.
// On every notification of this moment (from any app instance, see $lib/server/realtime.ts) the
// state is read again from the database, scoped by partnership, and pushed whole.
// A client that does not ask for an event stream gets the current state once, as JSON.
import { json } from '@sveltejs/kit';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { getLiveState } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { getRealtime, sseResponse } from '$lib/server/realtime';
import { requireMoment } from '$lib/server/reflection-context';
import type { RequestHandler } from './$types';
import { notFound } from '$lib/http-errors';

export const GET: RequestHandler = async (event) => {
	const { ctx, scope } = await requireMoment(event, 'reflection:read');
	const db = getDb();
	if (!(event.request.headers.get('accept') ?? '').includes('text/event-stream')) {
		const state = await getLiveState(db, scope);
		if (!state) notFound();
		return json(state, { headers: { 'cache-control': 'no-store' } });
	}
	const hub = getRealtime();
	return sseResponse({
		signal: event.request.signal,
		subscribe: (listener) => hub.subscribe(scope, listener),
		// Still a member? (Removed meanwhile: the stream ends, and the reconnect gets a 404.)
		read: async () =>
			(await getMembership(db, { partnershipId: scope.partnershipId, userId: ctx.user.id }))
				? getLiveState(db, scope)
				: null
	});
};
