import { z } from 'zod';
import { LEVELS, LINK_STRENGTHS, LINK_TYPES, NETWORK_NODE_KINDS, SECTORS } from '$lib/domain/partnerships/enums';

const text = (max: number) => z.string().trim().max(max, `Hoogstens ${max} tekens.`).default('');
const emptyToNull = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);

/** Add or change a node. With an organisation of the directory, its name and sector are the defaults. */
export const nodeSchema = z
	.object({
		kind: z.enum(
			NETWORK_NODE_KINDS,
			'Kies wat je op de kaart zet: een organisatie, een persoon of ontbrekende expertise.'
		),
		organisationId: emptyToNull(z.uuid('Kies een organisatie uit de lijst.')).default(null),
		label: text(120),
		level: z.enum(LEVELS, 'Kies het niveau: micro, meso of macro.'),
		sector: emptyToNull(z.enum(SECTORS, 'Kies een sector uit de lijst.')).default(null),
		role: text(300),
		contact: text(300),
		expertise: text(500)
	})
	.superRefine((v, ctx) => {
		if (v.label.length >= 2 || v.organisationId) return;
		const message =
			v.kind === 'missing'
				? 'Schrijf welke expertise ontbreekt (minstens 2 tekens).'
				: v.kind === 'person'
					? 'Schrijf de rol van de persoon, bijvoorbeeld "wijkagent" (minstens 2 tekens).'
					: 'Geef de naam van de organisatie, of kies er een uit de lijst (minstens 2 tekens).';
		ctx.addIssue({ code: 'custom', path: ['label'], message });
	});
export type NodeInput = z.infer<typeof nodeSchema>;

export const linkSchema = z
	.object({
		fromNodeId: z.uuid('Kies van wie de band vertrekt.'),
		toNodeId: z.uuid('Kies naar wie de band gaat.'),
		type: z.enum(LINK_TYPES, 'Kies het soort band.'),
		strength: z.enum(LINK_STRENGTHS, 'Kies hoe sterk de band is.'),
		note: text(500)
	})
	.superRefine((v, ctx) => {
		if (v.fromNodeId === v.toNodeId)
			ctx.addIssue({
				code: 'custom',
				path: ['toNodeId'],
				message: 'Een band gaat naar iemand anders. Kies twee verschillende knopen.'
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
