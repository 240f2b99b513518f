import { type RequestEvent } from '@sveltejs/kit';
import type { Permission } from '$lib/domain/permissions/permissions';
import { getMoment, mayRunMoment } from '$lib/domain/reflection/reflection.server';
import { getDb } from './db/client';
import { requirePartnership, requirePermission, requireRecord } from './partnership-context';
import { forbidden } from '$lib/http-errors';

/**
 * Every page, action and stream of a reflection moment: authenticate, authorise, then the moment of
 * THIS partnership (a moment of another partnership, or no moment, is the same 404).
 * `canRun`: may group, make agreements and close (the facilitator or a coordinator).
 */
export async function requireMoment(
	event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'request'>,
	permission: Permission
) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, permission);
	const momentId = (event.params as { moment?: string }).moment ?? '';
	const scope = { partnershipId: ctx.partnership.id, momentId };
	const found = await requireRecord(getMoment(getDb(), scope));
	const canRun = mayRunMoment(found.moment, { userId: ctx.user.id, role: ctx.role });
	return { ctx, found, scope, canRun };
}

/** For the facilitator's actions: as above, and 403 for who may not run this moment. */
export async function requireRunner(event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'request'>) {
	const context = await requireMoment(event, 'reflection:run');
	if (!context.canRun) forbidden();
	return context;
}
