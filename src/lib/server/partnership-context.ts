import { redirect, type RequestEvent } from '@sveltejs/kit';
import { can, type Permission, type Role } from '$lib/domain/permissions/permissions';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { mustSetUpSecondFactor } from '$lib/domain/auth/second-factor.server';
import { getDb } from './db/client';
import { requireUser } from './auth-guard';
import { notFound, forbidden } from '$lib/http-errors';

export type PartnershipContext = Awaited<ReturnType<typeof requirePartnership>>;

/**
 * Authenticate, then resolve the partnership from the URL for this user.
 * Not a member, or no such partnership: both are the same 404, so nothing confirms it exists.
 */
export function requirePartnership(event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'request'>) {
	// The layout and the page both ask; one lookup per GET is enough. (After an action the role
	// may have changed, so POSTs look again.)
	if (event.request.method !== 'GET') return resolvePartnership(event);
	let pending = resolved.get(event.locals);
	if (!pending) {
		pending = resolvePartnership(event);
		resolved.set(event.locals, pending);
	}
	return pending;
}

const resolved = new WeakMap<App.Locals, ReturnType<typeof resolvePartnership>>();

async function resolvePartnership(event: Pick<RequestEvent, 'locals' | 'url' | 'params' | 'request'>) {
	const user = requireUser(event);
	const partnershipId = (event.params as { partnership?: string }).partnership ?? '';
	const found = await getMembership(getDb(), { partnershipId, userId: user.id });
	if (!found) notFound();
	const role = found.membership.role as Role;
	// The partnership asks a second factor of who reads case content: set it up first, then come back.
	if (
		mustSetUpSecondFactor({
			required: found.partnership.requireSecondFactor,
			role,
			hasSecondFactor: found.hasSecondFactor
		})
	) {
		const back = event.request.method === 'GET' ? event.url.pathname + event.url.search : event.url.pathname;
		redirect(303, `/account/tweede-stap?verplicht=1&next=${encodeURIComponent(back)}`);
	}
	return { user, partnership: found.partnership, membership: found.membership, role };
}

/** Authorise inside a partnership the user belongs to (403 is fine: they already know it exists). */
export function requirePermission(ctx: { role: Role }, permission: Permission): void {
	if (!can(ctx.role, permission)) forbidden();
}

/**
 * The one lookup of a record for a page: domain `get*` functions are scoped by the partnership and
 * return null for "absent" and "another partnership's" alike, and both become the same 404.
 */
export async function requireRecord<T>(lookup: Promise<T | null | undefined>): Promise<T> {
	const found = await lookup;
	if (found === null || found === undefined) notFound();
	return found;
}
