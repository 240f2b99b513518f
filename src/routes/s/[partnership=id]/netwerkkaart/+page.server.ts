import { readVersion } from '$lib/fields';
import { isId } from '$lib/ids';
import { fail, type RequestEvent } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { analyseNetwork } from '$lib/domain/network/analysis';
import { linkSchema, moveSchema, nodeSchema, type LinkInput, type NodeInput } from '$lib/domain/network/network.schema';
import {
	addDirectoryOrganisations,
	createLink,
	createNode,
	deleteLink,
	deleteNode,
	getNetworkMap,
	listDirectoryForMap,
	moveNode,
	updateLink,
	updateNode
} from '$lib/domain/network/network.server';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';
import { requirePartnership, requirePermission } from '$lib/server/partnership-context';
import type { Actions, PageServerLoad } from './$types';
import { notFound } from '$lib/http-errors';
import { m } from '$lib/paraglide/messages.js';

export const load: PageServerLoad = async (event) => {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:read');
	const db = getDb();
	const [map, directory] = await Promise.all([
		getNetworkMap(db, { partnershipId: ctx.partnership.id }),
		listDirectoryForMap(db, { partnershipId: ctx.partnership.id })
	]);
	return { map, directory, analysis: analyseNetwork(map.nodes, map.links) };
};

/** Every action: someone with network:write in this partnership. */
async function writeContext(event: RequestEvent) {
	const ctx = await requirePartnership(event);
	requirePermission(ctx, 'network:write');
	return { ctx, db: getDb(), form: await event.request.formData() };
}

/** An id from the form; anything else is a record that does not exist here. */
function idFrom(form: FormData, name: string): string {
	const id = String(form.get(name) ?? '');
	if (!isId(id)) notFound();
	return id;
}

function typed(form: FormData): Record<string, string> {
	return Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Free text that could describe a person: the role of a person on the map, notes. Contact details are professional and not checked. */
function guardNode(form: FormData, input: NodeInput) {
	if (savesAnyway(form)) return null;
	return checkPersonalData({
		label: input.kind === 'person' ? input.label : '',
		role: input.role,
		expertise: input.expertise
	});
}
function guardLink(form: FormData, input: LinkInput) {
	return savesAnyway(form) ? null : checkPersonalData({ note: input.note });
}

async function auditSaveAnyway(partnershipId: string, userId: string, form: FormData, target: string) {
	if (savesAnyway(form))
		await recordAudit(getDb(), { partnershipId, caseId: null, userId, action: 'save-anyway', target });
}

const NODE_PROBLEM = {
	'organisation-on-map': m.err_node_organisation_on_map(),
	'organisation-not-found': m.err_node_organisation_gone()
} as const;

const LINK_PROBLEM = {
	'node-not-found': { fromNodeId: m.err_link_nodes_not_here() },
	duplicate: {
		type: m.err_link_duplicate()
	}
} as const;

export const actions: Actions = {
	addNode: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const part = 'addNode';
		const parsed = parseForm(nodeSchema, form);
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const guard = guardNode(form, parsed.data);
		if (guard) return fail(422, { part, values: typed(form), errors: {}, guard });
		const result = await createNode(db, { partnershipId: ctx.partnership.id, input: parsed.data });
		if (!result.ok)
			return fail(400, { part, values: typed(form), errors: { organisationId: NODE_PROBLEM[result.reason] } });
		await auditSaveAnyway(ctx.partnership.id, ctx.user.id, form, 'network-node');
		return { part, added: result.label, id: result.id };
	},
	updateNode: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const nodeId = idFrom(form, 'nodeId');
		const part = `node:${nodeId}`;
		const parsed = parseForm(nodeSchema, form);
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const guard = guardNode(form, parsed.data);
		if (guard) return fail(422, { part, values: typed(form), errors: {}, guard });
		const result = await updateNode(db, {
			partnershipId: ctx.partnership.id,
			nodeId,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) {
			await auditSaveAnyway(ctx.partnership.id, ctx.user.id, form, 'network-node');
			return { part, saved: true };
		}
		if (result.reason === 'not-found') notFound();
		if (result.reason === 'conflict')
			return fail(409, { part, values: typed(form), errors: {}, conflictNode: result.current });
		return fail(400, { part, values: typed(form), errors: { organisationId: NODE_PROBLEM[result.reason] } });
	},
	deleteNode: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const nodeId = idFrom(form, 'nodeId');
		if (!(await deleteNode(db, { partnershipId: ctx.partnership.id, nodeId }))) notFound();
		return { part: 'deleted', deleted: 'node' };
	},
	move: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const parsed = parseForm(moveSchema, form);
		if (!parsed.ok) {
			idFrom(form, 'nodeId');
			return fail(400, { part: 'move', values: parsed.values, errors: parsed.errors });
		}
		const result = await moveNode(db, { partnershipId: ctx.partnership.id, ...parsed.data });
		if (result.ok)
			return {
				part: 'move',
				moved: { id: parsed.data.nodeId, version: result.version, level: result.level, x: result.x, y: result.y }
			};
		if (result.reason === 'not-found') notFound();
		return fail(409, { part: 'move', values: {}, errors: {}, conflictNode: result.current });
	},
	addLink: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const part = 'addLink';
		const parsed = parseForm(linkSchema, form);
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const guard = guardLink(form, parsed.data);
		if (guard) return fail(422, { part, values: typed(form), errors: {}, guard });
		const result = await createLink(db, { partnershipId: ctx.partnership.id, input: parsed.data });
		if (!result.ok) return fail(400, { part, values: typed(form), errors: LINK_PROBLEM[result.reason] });
		await auditSaveAnyway(ctx.partnership.id, ctx.user.id, form, 'network-link');
		return { part, linkAdded: true, id: result.id };
	},
	updateLink: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const linkId = idFrom(form, 'linkId');
		const part = `link:${linkId}`;
		const parsed = parseForm(linkSchema, form);
		if (!parsed.ok) return fail(400, { part, values: parsed.values, errors: parsed.errors });
		const guard = guardLink(form, parsed.data);
		if (guard) return fail(422, { part, values: typed(form), errors: {}, guard });
		const result = await updateLink(db, {
			partnershipId: ctx.partnership.id,
			linkId,
			version: readVersion(form),
			input: parsed.data
		});
		if (result.ok) {
			await auditSaveAnyway(ctx.partnership.id, ctx.user.id, form, 'network-link');
			return { part, saved: true };
		}
		if (result.reason === 'not-found') notFound();
		if (result.reason === 'conflict')
			return fail(409, { part, values: typed(form), errors: {}, conflictLink: result.current });
		return fail(400, { part, values: typed(form), errors: LINK_PROBLEM[result.reason] });
	},
	deleteLink: async (event) => {
		const { ctx, db, form } = await writeContext(event);
		const linkId = idFrom(form, 'linkId');
		if (!(await deleteLink(db, { partnershipId: ctx.partnership.id, linkId }))) notFound();
		return { part: 'deleted', deleted: 'link' };
	},
	addOrganisations: async (event) => {
		const { ctx, db } = await writeContext(event);
		const added = await addDirectoryOrganisations(db, { partnershipId: ctx.partnership.id });
		return { part: 'addOrganisations', addedCount: added };
	}
};
