import { readVersion } from '$lib/fields';
import { todayInBelgium } from '$lib/dates';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { parseForm } from '$lib/forms';
import { SIGNAL_SOURCE_KINDS } from '$lib/domain/partnerships/enums';
import { answerSchema, SIGNAL_TEXT_FIELDS, signalSchema, statusStepSchema } from '$lib/domain/signals/signal.schema';
import {
	getSignal,
	linkSource,
	listSourceChoices,
	moveSignalStatus,
	updateSignal
} from '$lib/domain/signals/signal.server';
import { formatDay } from '$lib/domain/meetings/meeting-format';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { can } from '$lib/domain/permissions/permissions';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission, requireRecord } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

async function find(partnershipId: string, signalId: string) {
	return requireRecord(getSignal(getDb(), { partnershipId, signalId }));
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:read');
	const found = await find(ctx.partnership.id, event.params.signal);
	// Only writers get the list of what they can link (never cases: those are linked from the case page).
	const choices = can(ctx.role, 'signal:write')
		? await listSourceChoices(getDb(), { partnershipId: ctx.partnership.id })
		: null;
	return { found, choices, today: todayInBelgium() };
};

/** A writer, on a signal of this partnership. */
async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:write');
	const found = await find(ctx.partnership.id, event.params.signal);
	return { ctx, signal: found.signal, form: await event.request.formData() };
}

const linkSchema = z.object({
	source: z
		.string()
		.transform((v) => v.split(':'))
		.pipe(z.tuple([z.enum(SIGNAL_SOURCE_KINDS), z.uuid()], m.err_signal_source()))
});

export const actions: Actions = {
	move: async (event) => {
		const { ctx, signal, form } = await writeContext(event);
		const parsed = parseForm(statusStepSchema, form);
		if (!parsed.ok) return fail(400, { part: 'move', values: parsed.values, errors: parsed.errors });
		const step = parsed.data;
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData({
					note: step.note,
					answer: step.direction === 'forward' && step.to === 'answered' ? step.answer : ''
				});
		if (guard) return fail(422, { part: 'move', values: step, errors: {}, guard });
		const result = await moveSignalStatus(getDb(), {
			partnershipId: ctx.partnership.id,
			signalId: signal.id,
			userId: ctx.user.id,
			version: readVersion(form),
			step
		});
		if (result.ok) return { part: 'move', saved: true, status: result.status, savedAnyway: anyway };
		if (result.reason === 'not-found') notFound();
		const keep = { part: 'move', values: step };
		switch (result.reason) {
			case 'conflict':
				return fail(409, {
					...keep,
					errors: {
						form: m.err_signal_step_conflict()
					}
				});
			case 'not-a-step':
				return fail(400, { ...keep, errors: { form: m.err_signal_one_step() } });
			case 'date-in-future':
				return fail(400, {
					...keep,
					errors: { on: m.err_date_in_future() }
				});
			case 'date-before-previous':
				return fail(400, {
					...keep,
					errors: { on: `Kies een datum op of na de vorige stap (${formatDay(result.previous)}).` }
				});
			case 'answer-missing':
				return fail(400, { ...keep, errors: { answer: m.err_signal_answer() } });
		}
	},
	save: async (event) => {
		const { ctx, signal, form } = await writeContext(event);
		const parsed = parseForm(signalSchema, form);
		const answered = signal.status === 'answered';
		const answer = answered ? parseForm(answerSchema, form) : null;
		if (!parsed.ok || (answer && !answer.ok)) {
			const errors = { ...(parsed.ok ? {} : parsed.errors), ...(answer && !answer.ok ? answer.errors : {}) };
			return fail(400, { part: 'save', values: Object.fromEntries(form), errors });
		}
		const anyway = savesAnyway(form);
		const texts = Object.fromEntries(SIGNAL_TEXT_FIELDS.map((f) => [f, parsed.data[f]]));
		const guard = anyway ? null : checkPersonalData(answer?.ok ? { ...texts, answer: answer.data.answer } : texts);
		if (guard) return fail(422, { part: 'save', values: Object.fromEntries(form), errors: {}, guard });
		const result = await updateSignal(getDb(), {
			partnershipId: ctx.partnership.id,
			signalId: signal.id,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data,
			answer: answer?.ok ? answer.data.answer : undefined,
			savedAnyway: anyway
		});
		if (result.ok) return { part: 'save', saved: true, savedAnyway: anyway };
		if (result.reason === 'conflict')
			return fail(409, { part: 'save', values: Object.fromEntries(form), errors: {}, conflict: result.current });
		if (result.reason === 'answer-missing')
			return fail(400, {
				part: 'save',
				values: Object.fromEntries(form),
				errors: { answer: m.err_signal_answer() }
			});
		notFound();
	},
	link: async (event) => {
		const { ctx, signal, form } = await writeContext(event);
		const parsed = parseForm(linkSchema, form);
		if (!parsed.ok)
			return fail(400, {
				part: 'link',
				values: parsed.values,
				errors: { source: m.err_signal_source() }
			});
		const [kind, id] = parsed.data.source;
		// Cases are linked from the case page, only by those who may read them.
		if (kind === 'case') requirePermission(ctx, 'case:read');
		const result = await linkSource(getDb(), {
			partnershipId: ctx.partnership.id,
			signalId: signal.id,
			userId: ctx.user.id,
			source: { kind, id }
		});
		if (result.ok) redirect(303, `/s/${ctx.partnership.id}/signalen/${signal.id}?gekoppeld=${kind}#bronnen`);
		if (result.reason === 'already-linked')
			return fail(409, {
				part: 'link',
				values: { source: `${kind}:${id}` },
				errors: { source: m.err_signal_source_linked() }
			});
		notFound();
	}
};
