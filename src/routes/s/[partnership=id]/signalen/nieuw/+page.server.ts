import { todayInBelgium } from '$lib/dates';
import { pageParam } from '$lib/pagination';
import { fail, redirect } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import {
	collectedOnSchema,
	SIGNAL_TEXT_FIELDS,
	signalSchema,
	sourceFromQuery,
	type SignalSourceRef
} from '$lib/domain/signals/signal.schema';
import { createSignal, describeSource, listSignals, listSignalsForSource } from '$lib/domain/signals/signal.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { draftKey } from '$lib/domain/drafts/draft.schema';
import { discardDraft } from '$lib/domain/drafts/draft.server';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

/**
 * The source in the query string (?casus=, ?leerlogboek=, ?reflectie=), checked against this
 * partnership: an unknown id, or one of another partnership, is a 404.
 */
async function sourceOf(url: URL, partnershipId: string, userId: string) {
	const source = sourceFromQuery(url.searchParams);
	if (source === undefined) return null;
	const described = source ? await describeSource(getDb(), { partnershipId, userId, source }) : null;
	if (!source || !described) notFound();
	return { ref: source, title: described.title };
}

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'signal:write');
	const source = await sourceOf(event.url, ctx.partnership.id, ctx.user.id);
	const today = todayInBelgium();
	if (!source) return { source: null, existing: [], existingPage: null, today };
	// Instead of a new signal, the source can also count in a signal that already exists.
	const db = getDb();
	const scope = { partnershipId: ctx.partnership.id };
	const [all, linked] = await Promise.all([
		listSignals(db, {
			...scope,
			filter: { status: '', thema: '', niveau: '', aan: '' },
			page: pageParam.parse(event.url.searchParams.get('pagina'))
		}),
		listSignalsForSource(db, { ...scope, source: source.ref as SignalSourceRef })
	]);
	const linkedIds = new Set(linked.map((s) => s.id));
	return {
		source,
		today,
		existingPage: {
			page: all.signals.page,
			pages: all.signals.pages,
			total: all.signals.total,
			pageSize: all.signals.pageSize
		},
		existing: all.signals.rows.map((s) => ({
			id: s.id,
			title: s.title,
			status: s.status,
			theme: s.theme,
			sourceCount: s.sourceCount,
			linked: linkedIds.has(s.id)
		}))
	};
};

export const actions: Actions = {
	default: async (event) => {
		const ctx = await requirePartnership(event);
		requirePermission(ctx, 'signal:write');
		const source = await sourceOf(event.url, ctx.partnership.id, ctx.user.id);
		const form = await event.request.formData();
		const parsed = parseForm(signalSchema, form);
		const date = parseForm(collectedOnSchema, form);
		if (!parsed.ok || !date.ok) {
			const errors = { ...(parsed.ok ? {} : parsed.errors), ...(date.ok ? {} : date.errors) };
			return fail(400, { values: Object.fromEntries(form), errors });
		}
		const values = { ...parsed.data, collectedOn: date.data.collectedOn };
		const futureDate = {
			values,
			errors: { collectedOn: m.err_date_in_future() }
		};
		if (date.data.collectedOn > todayInBelgium()) return fail(400, futureDate);
		const anyway = savesAnyway(form);
		const guard = anyway
			? null
			: checkPersonalData(Object.fromEntries(SIGNAL_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
		if (guard) return fail(422, { values, errors: {}, guard });
		const result = await createSignal(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			input: parsed.data,
			source: source?.ref ?? null,
			collectedOn: date.data.collectedOn,
			savedAnyway: anyway
		});
		if (!result.ok && result.reason === 'date-in-future') return fail(400, futureDate);
		if (!result.ok) notFound();
		await discardDraft(getDb(), {
			partnershipId: ctx.partnership.id,
			userId: ctx.user.id,
			formKey: draftKey.newSignal()
		});
		redirect(303, `/s/${ctx.partnership.id}/signalen/${result.id}?nieuw${anyway ? '&opgeslagen=ondanks' : ''}`);
	}
};
