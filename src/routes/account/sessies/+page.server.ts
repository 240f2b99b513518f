import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms';
import { recordAccountEvent } from '$lib/domain/auth/account-events.server';
import { endOtherSessions, endSession, listSessions, sessionLimits } from '$lib/domain/auth/session.server';
import { clientInfo, requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import type { Actions, PageServerLoad } from './$types';

const endSchema = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/) });

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const sessions = await listSessions(getDb(), user.id);
	return {
		sessions: sessions.map((s) => ({ ...s, current: s.id === event.locals.sessionId })),
		limits: sessionLimits()
	};
};

export const actions: Actions = {
	end: async (event) => {
		const user = requireUser(event);
		const parsed = parseForm(endSchema, await event.request.formData());
		// Only the list's own buttons post here; anything else ends nothing.
		if (!parsed.ok || parsed.data.session === event.locals.sessionId) return fail(400, { ended: 0 });
		const ended = await endSession(getDb(), user.id, parsed.data.session);
		if (ended) await recordAccountEvent(getDb(), user.id, 'session-ended', clientInfo(event));
		return { ended: ended ? 1 : 0 };
	},
	others: async (event) => {
		const user = requireUser(event);
		const ended = await endOtherSessions(getDb(), user.id, event.locals.sessionId);
		if (ended > 0) await recordAccountEvent(getDb(), user.id, 'other-sessions-ended', clientInfo(event));
		return { ended };
	}
};
