import { fail } from '@sveltejs/kit';
import { getBlock } from '$lib/content/blocks';
import { parseForm } from '$lib/forms';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { answerSchema } from '$lib/domain/reflection/reflection.schema';
import { submitAnswer } from '$lib/domain/reflection/reflection.server';
import { getDb } from '$lib/server/db/client';
import { requireMoment } from '$lib/server/reflection-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const { found } = await requireMoment(event, 'reflection:answer');
	return {
		moment: {
			id: found.moment.id,
			title: found.moment.title,
			blockTitle: getBlock(found.moment.block)?.title ?? found.moment.block,
			questions: found.moment.questions,
			allowAnonymous: found.moment.allowAnonymous,
			status: found.moment.status
		}
	};
};

export const actions: Actions = {
	answer: async (event) => {
		const { ctx, scope } = await requireMoment(event, 'reflection:answer');
		const form = await event.request.formData();
		const question = String(form.get('question') ?? '');
		const parsed = parseForm(answerSchema, form);
		if (!parsed.ok) return fail(400, { question, values: parsed.values, errors: parsed.errors });
		const values = { text: parsed.data.text, anonymous: parsed.data.anonymous ? '1' : '' };
		const anyway = savesAnyway(form);
		const guard = anyway ? null : checkPersonalData({ text: parsed.data.text });
		if (guard) return fail(422, { question, values, errors: {}, guard });
		const result = await submitAnswer(getDb(), {
			...scope,
			userId: ctx.user.id,
			input: parsed.data,
			savedAnyway: anyway
		});
		if (result.ok)
			return {
				question,
				values: { text: '', anonymous: values.anonymous },
				saved: true,
				anonymous: parsed.data.anonymous
			};
		if (result.reason === 'not-found' || result.reason === 'no-such-question') notFound();
		if (result.reason === 'closed')
			return fail(409, {
				question,
				values,
				errors: { form: m.err_moment_closed() }
			});
		return fail(400, { question, values, errors: { anonymous: m.err_moment_named_only() } });
	}
};
