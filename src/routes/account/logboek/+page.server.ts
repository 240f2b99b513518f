import { pageParam } from '$lib/pagination';
import { listAccountEvents } from '$lib/domain/auth/account-events.server';
import { requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import type { PageServerLoad } from './$types';

/** What happened to my account, newest first: for the owner only, and read-only. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const page = pageParam.parse(event.url.searchParams.get('pagina'));
	return { events: await listAccountEvents(getDb(), user.id, page) };
};
