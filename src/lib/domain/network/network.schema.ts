import { z } from 'zod';
import { LEVELS, LINK_STRENGTHS, LINK_TYPES, NETWORK_NODE_KINDS, SECTORS } from '$lib/domain/partnerships/enums';
import { m } from '$lib/paraglide/messages.js';

const text = (max: number) =>
	z
		.string()
		.trim()
		.max(max, { error: () => m.err_field_max({ max }) })
		.default('');
const emptyToNull = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);

/** Add or change a node. With an organisation of the directory, its name and sector are the defaults. */
export const nodeSchema = z
	.object({
		kind: z.enum(NETWORK_NODE_KINDS, { error: () => m.err_node_kind() }),
		organisationId: emptyToNull(z.uuid({ error: () => m.err_organisation_from_list() })).default(null),
		label: text(120),
		level: z.enum(LEVELS, { error: () => m.err_level_micro_macro() }),
		sector: emptyToNull(z.enum(SECTORS, { error: () => m.err_sector_from_list() })).default(null),
		role: text(300),
		contact: text(300),
		expertise: text(500)
	})
	.superRefine((v, ctx) => {
		if (v.label.length >= 2 || v.organisationId) return;
		const message =
			v.kind === 'missing'
				? m.err_node_missing_label()
				: v.kind === 'person'
					? m.err_node_person_label()
					: m.err_node_organisation_label();
		ctx.addIssue({ code: 'custom', path: ['label'], message });
	});
export type NodeInput = z.infer<typeof nodeSchema>;

export const linkSchema = z
	.object({
		fromNodeId: z.uuid({ error: () => m.err_link_from() }),
		toNodeId: z.uuid({ error: () => m.err_link_to() }),
		type: z.enum(LINK_TYPES, { error: () => m.err_link_type() }),
		strength: z.enum(LINK_STRENGTHS, { error: () => m.err_link_strength() }),
		note: text(500)
	})
	.superRefine((v, ctx) => {
		if (v.fromNodeId === v.toNodeId)
			ctx.addIssue({
				code: 'custom',
				path: ['toNodeId'],
				message: m.err_link_self()
			});
	});
export type LinkInput = z.infer<typeof linkSchema>;

/** A drop on the map (or an arrow key): the new position, with the version the browser had. */
export const moveSchema = z.object({
	nodeId: z.uuid(),
	version: z.coerce.number().int().min(0),
	x: z.coerce.number().finite(),
	y: z.coerce.number().finite()
});
export type MoveInput = z.infer<typeof moveSchema>;
