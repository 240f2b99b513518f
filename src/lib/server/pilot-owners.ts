import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { mayHold } from '$lib/domain/permissions/permissions';
import { getDb } from './db/client';

/** The members who may own a pilot, for the owner field of the pilot forms. */
export async function pilotOwners(partnershipId: string) {
	const members = await listMembers(getDb(), partnershipId);
	return members
		.filter((mb) => mayHold(mb.role, 'pilot:owner'))
		.map((mb) => ({ userId: mb.userId, name: mb.name, organisationName: mb.organisationName }));
}

/** What was typed in a form, to show it again after a refusal. */
export function typedValues(form: FormData): Record<string, string> {
	return Object.fromEntries([...form.entries()].filter((e): e is [string, string] => typeof e[1] === 'string'));
}
