import { fail, isActionFailure, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getMethod } from '$lib/content/methods';
import { readVersion } from '$lib/fields';
import { parseForm } from '$lib/forms';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { listWorksheetAgreements } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { can, mayHold } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { createReflectionMoment } from '$lib/domain/reflection/reflection.server';
import {
	getMethodAnswers,
	getStepAnswer,
	listStepHistories,
	saveStepAnswers,
	sharedStep
} from '$lib/domain/worksheets/method-answers.server';
import { stepOutputs } from '$lib/domain/worksheets/outputs';
import { arrayFieldNames, fillableStep, worksheetFields, worksheetSchema } from '$lib/domain/worksheets/worksheet';
import { notFound } from '$lib/http-errors';
import { addAgreementAction } from '$lib/server/agreement-action';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';

function requireMethod(slug: string) {
	const method = getMethod(slug);
	if (!method) notFound();
	return method;
}

/** Which step a form is about: a slug of the method's steps, else 404. */
const stepSchema = z.object({ step: z.string().max(100) });
function stepOf(form: FormData, method: string) {
	const parsed = stepSchema.safeParse({ step: form.get('step') ?? '' });
	const found = parsed.success ? sharedStep(method, parsed.data.step) : null;
	if (!found) notFound();
	return found;
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const method = requireMethod(event.params.method);
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id };
	const answers = await getMethodAnswers(db, { ...scope, method: method.slug });
	const saved = Object.values(answers);
	const [histories, agreements, members] = await Promise.all([
		listStepHistories(db, { ...scope, answers: saved }),
		can(ctx.role, 'agreement:read')
			? listWorksheetAgreements(db, { ...scope, userId: ctx.user.id, methodAnswerIds: saved.map((a) => a.id) })
			: Promise.resolve([]),
		can(ctx.role, 'agreement:write') ? listMembers(db, ctx.partnership.id) : Promise.resolve([])
	]);
	return {
		method: {
			slug: method.slug,
			title: method.title,
			block: method.block,
			introduction: method.introduction,
			closing: method.closing
		},
		steps: method.steps.map((s) => {
			const answer = answers[s.slug] ?? null;
			return {
				step: s.worksheet === 'role-card' ? s : fillableStep(s),
				roleCard: s.worksheet === 'role-card',
				outputs: stepOutputs(method.slug, s.slug),
				answer,
				history: histories[s.slug] ?? { versions: [], contributors: [] },
				agreements: answer ? agreements.filter((a) => a.methodAnswerId === answer.id) : []
			};
		}),
		printedBy: ctx.user.name,
		owners: members
			.filter((mb) => mayHold(mb.role, 'agreement:owner'))
			.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }))
	};
};

export const actions: Actions = {
	save: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'worksheet:write');
		const method = requireMethod(event.params.method);
		const form = await event.request.formData();
		const { step } = stepOf(form, method.slug);
		const fields = worksheetFields(step);
		const parsed = parseForm(worksheetSchema(fields), form, arrayFieldNames(fields));
		const base = { part: 'step' as const, step: step.slug };
		if (!parsed.ok) return fail(400, { ...base, values: parsed.values, errors: parsed.errors });
		if (!savesAnyway(form)) {
			const texts = Object.fromEntries(
				fields.filter((f) => f.kind === 'text' || f.kind === 'textarea').map((f) => [f.name, parsed.data[f.name]])
			);
			const guard = checkPersonalData(texts);
			if (guard) return fail(422, { ...base, values: parsed.data, errors: {}, guard });
		}
		const result = await saveStepAnswers(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			method: method.slug,
			step: step.slug,
			answers: parsed.data,
			version: readVersion(form)
		});
		if (!result.ok && result.reason === 'conflict')
			return fail(409, { ...base, values: parsed.data, errors: {}, conflict: result.current });
		if (!result.ok) notFound();
		await discardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			formKey: draftKey.worksheetStep(method.slug, step.slug)
		});
		return { ...base, saved: true };
	},
	addAgreement: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'agreement:write');
		requirePermission(ctx, 'worksheet:write');
		const method = requireMethod(event.params.method);
		const form = await event.request.formData();
		const { step } = stepOf(form, method.slug);
		const answer = await getStepAnswer(getDb(), {
			partnershipId: ctx.partnership.id,
			method: method.slug,
			step: step.slug
		});
		if (!answer) notFound();
		const result = await addAgreementAction(form, {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			ref: { methodAnswerId: answer.id },
			draftKey: draftKey.worksheetAgreement(method.slug, step.slug)
		});
		// The page has a form per step: the result says which step's form it belongs to.
		if (isActionFailure(result))
			return fail(result.status, { ...(result.data as unknown as Record<string, unknown>), step: step.slug });
		return { ...result, step: step.slug };
	},
	discuss: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'reflection:run');
		const method = requireMethod(event.params.method);
		const form = await event.request.formData();
		const parsed = stepSchema.safeParse({ step: form.get('step') ?? '' });
		const step = parsed.success ? method.steps.find((s) => s.slug === parsed.data.step) : undefined;
		if (!step) notFound();
		const result = await createReflectionMoment(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: { block: method.block, questions: [], title: step.title, allowAnonymous: true, meetingId: null },
			methodStep: `${method.slug}/${step.slug}`
		});
		if (!result.ok) notFound();
		redirect(303, `/s/${ctx.partnership.id}/reflectie/${result.id}`);
	}
};
