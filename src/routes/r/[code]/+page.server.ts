// The short link on the projector (/r/K7QM2P): a member lands on the moment's answer page; a
// visitor who is not logged in logs in first and comes back here (a same-site path, see safeNext).
// An unknown code and a moment of a partnership the user is not in are the same 404.
import { redirect } from '@sveltejs/kit';
import { getMembership } from '$lib/domain/partnerships/partnership.server';
import { can } from '$lib/domain/permissions/permissions';
import type { Role } from '$lib/domain/permissions/permissions';
import { normaliseCode } from '$lib/domain/reflection/reflection.schema';
import { findMomentByCode } from '$lib/domain/reflection/reflection.server';
import { requireUser } from '$lib/server/auth-guard';
import { getDb } from '$lib/server/db/client';
import type { PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const code = normaliseCode(event.params.code);
	const db = getDb();
	const moment = code ? await findMomentByCode(db, { code }) : null;
	const membership = moment ? await getMembership(db, { partnershipId: moment.partnershipId, userId: user.id }) : null;
	if (!moment || !membership) notFound();
	const page = `/s/${moment.partnershipId}/reflectie/${moment.id}`;
	redirect(303, can(membership.membership.role as Role, 'reflection:answer') ? `${page}/meedoen` : page);
};
