import { z } from 'zod';
import { isId } from '$lib/ids';
import { m } from '$lib/paraglide/messages.js';
import type { Successors } from './handover';

// A successor field: a member's id, or '' for "the same as for everything" / "nobody".
const successor = z
	.string()
	.refine((v) => v === '' || isId(v), { error: () => m.exit_err_successor() })
	.transform((v) => (v === '' ? null : v));

/** The handover form: one successor for everything, optionally another per kind. */
export const handoverSchema = z.object({
	all: successor.default(''),
	agreements: successor.default(''),
	cases: successor.default(''),
	rasci: successor.default(''),
	meetings: successor.default('')
}) satisfies z.ZodType<Successors>;
