import { error } from '@sveltejs/kit';
import { exportPartnership } from '$lib/domain/transfer/export.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { RequestHandler } from './$types';

/** The whole partnership as one versioned file, for another instance (ADR 0020). */
export const GET: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:export');
	const doc = await exportPartnership(getDb(), { partnershipId: ctx.partnership.id });
	if (!doc) error(404);
	const day = doc.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(doc), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="brugwerk-samenwerkingsverband-${day}.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
