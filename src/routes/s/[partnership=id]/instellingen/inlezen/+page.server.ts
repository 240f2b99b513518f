import { fail } from '@sveltejs/kit';
import { importProblemMessage, readUpload } from '$lib/domain/transfer/document.schema';
import { importPartnership } from '$lib/domain/transfer/import.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'partnership:import');
	return {};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'partnership:import');
		const upload = await readUpload((await event.request.formData()).get('file'));
		if (!upload.ok) return fail(400, { errors: { file: importProblemMessage(upload.reason) } });
		const outcome = await importPartnership(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			value: upload.value
		});
		if (!outcome.ok)
			return fail(outcome.reason === 'not-empty' ? 409 : 400, {
				errors: { file: importProblemMessage(outcome.reason) }
			});
		return { done: true, records: outcome.records, newAccounts: outcome.newAccounts };
	}
};
