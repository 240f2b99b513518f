import { z } from 'zod';
import { isId } from '$lib/ids';
import { m } from '$lib/paraglide/messages.js';
import type { Successors } from './handover';
import type { LeaveResult } from './handover.server';

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
	meetings: successor.default(''),
	pilots: successor.default(''),
	continuity: successor.default(''),
	tasks: successor.default(''),
	// Ticked on purpose: a bare post (or a crafted one) never removes anyone.
	confirm: z.literal('ja', { error: () => m.exit_err_confirm() })
}) satisfies z.ZodType<Successors>;

/** A refused handover as messages next to the fields (the route picks the words for the leaver). */
export function handoverErrors(result: LeaveResult, { self }: { self: boolean }): Record<string, string> {
	if (result.ok || result.reason === 'not-found') return {};
	if (result.reason === 'bad-successor') return { [result.kind]: m.exit_err_may_not_hold() };
	const errors: Record<string, string> = {};
	for (const gap of result.gaps)
		if (gap === 'next-coordinator') errors.all = self ? m.exit_err_coordinator() : m.exit_err_member_coordinator();
		else errors[gap] ??= m.exit_err_missing();
	// A kind without a successor is named once at the field for everything, where it is chosen.
	if (!errors.all && Object.keys(errors).length) errors.all = m.exit_err_missing();
	return errors;
}
