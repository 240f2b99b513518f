// The continuity plan's form, shared by the add form and the edit page: parse, guard, and who may
// be picked as holder or backup.
import { fail } from '@sveltejs/kit';
import { parseForm } from '$lib/forms';
import { continuityItemSchema, CONTINUITY_TEXT_FIELDS } from '$lib/domain/continuity/continuity.schema';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { checkPersonalData, savesAnyway } from '$lib/domain/privacy/check';
import { getDb } from '$lib/server/db/client';

/** The members who may hold or back up a contact, by name (user ids: the plan names people). */
export async function continuityCandidates(partnershipId: string) {
	return (await listMembers(getDb(), partnershipId))
		.filter((mb) => mayHold(mb.role, 'continuity:holder'))
		.map((mb) => ({ userId: mb.userId, name: mb.name }));
}

/** The form's input, or the failure to return (errors next to the fields, or the guard's findings). */
export function readContinuityForm(form: FormData, part: string) {
	const parsed = parseForm(continuityItemSchema, form);
	if (!parsed.ok)
		return { ok: false, failure: fail(400, { part, values: parsed.values, errors: parsed.errors }) } as const;
	const guard = savesAnyway(form)
		? null
		: checkPersonalData(Object.fromEntries(CONTINUITY_TEXT_FIELDS.map((f) => [f, parsed.data[f]])));
	const values = { ...parsed.data, backupId: parsed.data.backupId ?? '' };
	if (guard) return { ok: false, failure: fail(422, { part, values, errors: {}, guard }) } as const;
	return { ok: true, input: parsed.data, values } as const;
}
