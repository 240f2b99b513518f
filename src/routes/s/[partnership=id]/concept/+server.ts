// The one endpoint of form drafts (ADR 0025): the autosave of every long form posts here, and a
// form reads its draft from here once it is mounted. A draft is only ever its writer's: the user
// comes from the session, never from the request. The form's own permission is needed, so a draft
// is never a way around it; a record of another partnership is a 404.
import { json } from '@sveltejs/kit';
import {
	DRAFT_PERMISSIONS,
	draftBodySchema,
	draftPermissions,
	draftQuerySchema,
	parseDraftKey
} from '$lib/domain/drafts/draft.schema';
import { discardDraft, getDraft, saveDraft } from '$lib/domain/drafts/draft.server';
import { getDb } from '$lib/server/db/client';
import { jsonMessage, readOwnJson } from '$lib/server/json-post';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import { m } from '$lib/paraglide/messages.js';
import { forbidden } from '$lib/http-errors';
import { can } from '$lib/domain/permissions/permissions';
import type { RequestHandler } from './$types';

const noStore = { 'cache-control': 'no-store' };

/** Authorise before the request is read: someone who writes none of these forms keeps no drafts. */
function requireDraftWriter(ctx: { role: Parameters<typeof can>[0] }) {
	if (!DRAFT_PERMISSIONS.some((permission) => can(ctx.role, permission))) forbidden();
}

/** `?formulier=<form key>`: my draft of that form, or `{ draft: null }`. */
export const GET: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requireDraftWriter(ctx);
	const query = draftQuerySchema.safeParse({ formKey: event.url.searchParams.get('formulier') ?? '' });
	if (!query.success) return jsonMessage(400, m.err_bad_request());
	for (const permission of draftPermissions(parseDraftKey(query.data.formKey)!)) requirePermission(ctx, permission);
	const draft = await getDraft(getDb(), {
		partnershipId: ctx.partnership.id,
		userId: ctx.user.id,
		formKey: query.data.formKey
	});
	return json({ draft }, { headers: noStore });
};

/** `{ action: 'save', formKey, values, version }` or `{ action: 'discard', formKey }`. */
export const POST: RequestHandler = async (event) => {
	const ctx = await requirePartnership(event);
	requireDraftWriter(ctx);
	const body = await readOwnJson(event, draftBodySchema);
	if (!body.ok) return body.response;
	for (const permission of draftPermissions(parseDraftKey(body.data.formKey)!)) requirePermission(ctx, permission);
	const owner = { partnershipId: ctx.partnership.id, userId: ctx.user.id, formKey: body.data.formKey };
	if (body.data.action === 'discard') {
		await discardDraft(getDb(), owner);
		return json({ discarded: true });
	}
	const result = await saveDraft(getDb(), { ...owner, values: body.data.values, version: body.data.version });
	if (result.ok) return json({ savedAt: result.savedAt.toISOString() });
	switch (result.reason) {
		case 'not-found':
			return jsonMessage(404, m.err_not_found());
		case 'too-large':
			return jsonMessage(413, m.draft_err_too_large());
	}
};
