import { error } from '@sveltejs/kit';
import { exportPersonalData } from '$lib/domain/transfer/export.server';
import { requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import type { RequestHandler } from './$types';

/** Everything stored about the logged-in person, as a download (GDPR art. 15; ADR 0020). */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const data = await exportPersonalData(getDb(), { userId: user.id });
	if (!data) error(404);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': 'attachment; filename="brugwerk-mijn-gegevens.json"',
			'Cache-Control': 'private, no-store'
		}
	});
};
