import { isId } from '$lib/ids';
import { fail } from '@sveltejs/kit';
import { createCalendarFeed, listCalendarFeeds, revokeCalendarFeed } from '$lib/domain/calendar/calendar.server';
import { getDb } from '$lib/server/db/client';
import { requireUser } from '$lib/server/auth-guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { feeds: await listCalendarFeeds(getDb(), user.id) };
};

export const actions: Actions = {
	create: async (event) => {
		const user = requireUser(event);
		const token = await createCalendarFeed(getDb(), user.id);
		return { link: new URL(`/agenda/${token}.ics`, event.url.origin).href };
	},
	revoke: async (event) => {
		const user = requireUser(event);
		const feedId = String((await event.request.formData()).get('feedId'));
		if (!isId(feedId) || !(await revokeCalendarFeed(getDb(), { userId: user.id, feedId })))
			return fail(404, { revoked: false });
		return { revoked: true };
	}
};
