import { readVersion } from '$lib/fields';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { LEARNING_TEXT_FIELDS, learningEntrySchema } from '$lib/domain/learning/learning.schema';
import {
	deleteLearningEntry,
	getLearningEntry,
	mayChangeEntry,
	updateLearningEntry
} from '$lib/domain/learning/learning.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { listSignalsForSource } from '$lib/domain/signals/signal.server';
import { getPilotForLearningEntry } from '$lib/domain/pilots/pilot.server';
import { getDb } from '$lib/server/db/client';
import {
	requirePartnership,
	requirePermission,
	type PartnershipContext,
	requireRecord
} from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { notFound, forbidden } from '$lib/http-errors';

async function find(partnershipId: string, entryId: string) {
	return requireRecord(getLearningEntry(getDb(), { partnershipId, entryId }));
}

const who = (ctx: PartnershipContext) => ({ userId: ctx.user.id, role: ctx.role });

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'learning:read');
	const found = await find(ctx.partnership.id, event.params.entry);
	const [signals, pilot] = await Promise.all([
		listSignalsForSource(getDb(), {
			partnershipId: ctx.partnership.id,
			source: { kind: 'learning', id: found.entry.id }
		}),
		getPilotForLearningEntry(getDb(), { partnershipId: ctx.partnership.id, entryId: found.entry.id })
	]);
	return {
		found,
		mayChange: mayChangeEntry(found.entry, who(ctx)),
		signals: signals.map((sg) => ({ id: sg.id, title: sg.title })),
		pilot
	};
};

/** Author or coordinator, with learning:write, on an entry of this partnership. */
async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'learning:write');
	const { entry } = await find(ctx.partnership.id, event.params.entry);
	if (!mayChangeEntry(entry, who(ctx))) forbidden();
	return { ctx, entry, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, entry, form } = await writeContext(event);
		const parsed = parseForm(learningEntrySchema, form, ['blocks']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(LEARNING_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { values: parsed.data, errors: {}, guard });
		const result = await updateLearningEntry(getDb(), {
			partnershipId: ctx.partnership.id,
			entryId: entry.id,
			...who(ctx),
			version: readVersion(form),
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok) return { saved: true, savedAnyway: anyway };
		if (result.reason === 'conflict') return fail(409, { values: parsed.data, errors: {}, conflict: result.current });
		if (result.reason === 'forbidden') forbidden();
		notFound();
	},
	delete: async (event) => {
		const { ctx, entry } = await writeContext(event);
		const result = await deleteLearningEntry(getDb(), {
			partnershipId: ctx.partnership.id,
			entryId: entry.id,
			...who(ctx)
		});
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/leerlogboek?verwijderd`);
	}
};
