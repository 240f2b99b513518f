import { listAgreementsFrom } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { can, mayHold } from '$lib/domain/permissions/permissions';
import { getScanResults } from '$lib/domain/scan/scan.server';
import { getDb } from '$lib/server/db/client';
import { addAgreementAction } from '$lib/server/agreement-action';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'scan:read');
	const roundId = event.params.round;
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id };
	const results = await requireRecord(getScanResults(db, { ...scope, roundId, userId: ctx.user.id }));
	const readAgreements = can(ctx.role, 'agreement:read');
	const writeAgreements = can(ctx.role, 'agreement:write');
	const [agreements, members] = await Promise.all([
		readAgreements
			? listAgreementsFrom(db, { ...scope, userId: ctx.user.id, scanRoundId: roundId })
			: Promise.resolve(null),
		writeAgreements ? listMembers(db, ctx.partnership.id) : Promise.resolve([])
	]);
	return {
		results,
		// Observers (often at policy level) read the figures, not the agreements (as elsewhere).
		agreements,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	addAgreement: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'scan:read');
		requirePermission(ctx, 'agreement:write');
		const roundId = event.params.round;
		return addAgreementAction(await event.request.formData(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			ref: { scanRoundId: roundId }
		});
	}
};
