import { fail, redirect } from '@sveltejs/kit';
import { blocks, getBlock } from '$lib/content/blocks';
import { parseForm } from '$lib/forms';
import { listUpcomingMeetings } from '$lib/domain/meetings/meeting.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { defaultQuestionIndexes, momentSchema } from '$lib/domain/reflection/reflection.schema';
import { createReflectionMoment } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'reflection:run');
	// Step 1 chooses the block (a GET form, so it works without JavaScript); step 2 its questions.
	const block = getBlock(event.url.searchParams.get('bouwsteen') ?? '');
	const meetings = block ? await listUpcomingMeetings(getDb(), { partnershipId: ctx.partnership.id, limit: 20 }) : [];
	const meeting = event.url.searchParams.get('overleg') ?? '';
	return {
		blocks: blocks.map((b) => ({ slug: b.slug, number: b.number, title: b.title, summary: b.summary })),
		block: block
			? {
					slug: block.slug,
					title: block.title,
					questions: block.reflectionQuestions,
					defaults: defaultQuestionIndexes(block.slug)
				}
			: null,
		meetings: meetings.map((mt) => ({ id: mt.id, title: mt.title, startsAt: mt.startsAt })),
		meetingId: meetings.some((mt) => mt.id === meeting) ? meeting : ''
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'reflection:run');
		const form = await event.request.formData();
		const parsed = parseForm(momentSchema, form, ['questions']);
		if (!parsed.ok) return fail(400, { values: parsed.values, errors: parsed.errors });
		const values = {
			...parsed.data,
			questions: parsed.data.questions.map(String),
			allowAnonymous: parsed.data.allowAnonymous ? '1' : '',
			meetingId: parsed.data.meetingId ?? ''
		};
		const guard = savesAnyway(form) ? null : checkPersonalData({ title: parsed.data.title });
		if (guard) return fail(422, { values, errors: {}, guard });
		const result = await createReflectionMoment(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data
		});
		if (!result.ok)
			return fail(400, {
				values,
				errors: { meetingId: m.err_moment_meeting_gone() }
			});
		redirect(303, `/s/${ctx.partnership.id}/reflectie/${result.id}`);
	}
};
