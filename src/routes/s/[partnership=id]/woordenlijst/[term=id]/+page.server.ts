import { fail, redirect } from '@sveltejs/kit';
import { cleanText, readVersion } from '$lib/fields';
import { parseForm } from '$lib/forms';
import { glossaryMeaningSchema, glossaryTermSchema } from '$lib/domain/glossary/glossary.schema';
import {
	deleteTerm,
	getTerm,
	mayDeleteTerm,
	memberSector,
	setMeaning,
	updateTerm
} from '$lib/domain/glossary/glossary.server';
import { listRecordContributors, listRecordVersions } from '$lib/domain/worksheets/record-history.server';
import { getDb } from '$lib/server/db/client';
import {
	requirePartnership,
	requirePermission,
	requireRecord,
	type PartnershipContext
} from '$lib/server/partnership-context';
import { forbidden, notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const find = (partnershipId: string, termId: string) => requireRecord(getTerm(getDb(), { partnershipId, termId }));
const who = (ctx: PartnershipContext) => ({ userId: ctx.user.id, role: ctx.role });

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:read');
	const partnershipId = ctx.partnership.id;
	const found = await find(partnershipId, event.params.term);
	const ref = { glossaryTermId: found.term.id };
	const [versions, contributors, mySector] = await Promise.all([
		listRecordVersions(getDb(), { partnershipId, ref }),
		listRecordContributors(getDb(), { partnershipId, ref }),
		memberSector(getDb(), { partnershipId, membershipId: ctx.membership.id })
	]);
	return { found, versions, contributors, mySector, mayDelete: mayDeleteTerm(found.term, who(ctx)) };
};

/** A member or coordinator, on a term of this partnership. */
async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'worksheet:write');
	const { term } = await find(ctx.partnership.id, event.params.term);
	return { ctx, term, form: await event.request.formData() };
}

export const actions: Actions = {
	save: async (event) => {
		const { ctx, term, form } = await writeContext(event);
		const parsed = parseForm(glossaryTermSchema, form);
		if (!parsed.ok) return fail(400, { part: 'term', values: parsed.values, errors: parsed.errors });
		const result = await updateTerm(getDb(), {
			partnershipId: ctx.partnership.id,
			termId: term.id,
			userId: ctx.user.id,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) return { part: 'term', saved: true };
		if (result.reason === 'conflict')
			return fail(409, { part: 'term', values: parsed.data, errors: {}, conflict: result.current });
		if (result.reason === 'duplicate')
			return fail(409, {
				part: 'term',
				values: parsed.data,
				errors: { term: m.gls_err_duplicate() },
				duplicate: result.existing
			});
		notFound();
	},
	meaning: async (event) => {
		const { ctx, term, form } = await writeContext(event);
		const parsed = parseForm(glossaryMeaningSchema, form);
		if (!parsed.ok) {
			// Only a crafted post names no sector of ours.
			if (parsed.errors.sector) return fail(400, { part: 'meaning', errors: { form: parsed.errors.sector } });
			return fail(400, { part: 'meaning', sector: parsed.values.sector, values: parsed.values, errors: parsed.errors });
		}
		const base = form.get('base');
		const result = await setMeaning(getDb(), {
			partnershipId: ctx.partnership.id,
			termId: term.id,
			userId: ctx.user.id,
			version: readVersion(form),
			base: typeof base === 'string' ? cleanText(base) : '',
			input: parsed.data
		});
		if (result.ok) return { part: 'meaning', sector: parsed.data.sector, saved: true };
		if (result.reason === 'conflict')
			return fail(409, {
				part: 'meaning',
				sector: parsed.data.sector,
				values: parsed.data,
				errors: {},
				conflict: result.current
			});
		notFound();
	},
	delete: async (event) => {
		const { ctx, term } = await writeContext(event);
		const result = await deleteTerm(getDb(), { partnershipId: ctx.partnership.id, termId: term.id, ...who(ctx) });
		if (!result.ok)
			if (result.reason === 'forbidden') forbidden();
			else notFound();
		redirect(303, `/s/${ctx.partnership.id}/woordenlijst?verwijderd`);
	}
};
