// The print view of a case: everything the case page shows, as text, for one reader. It reads the
// case through getCase, so whoever may not read the case may not print it either, and it records
// the print in the case's audit log like any other read (ADR 0004).
import type { Db } from '$lib/server/db/client';
import { recordAudit } from '$lib/domain/audit/audit.server';
import { listCaseAgreements } from '$lib/domain/agreements/agreement.server';
import { listMembers } from '$lib/domain/partnerships/partnership.server';
import { getCaseConsent } from '$lib/domain/sharing/consent.server';
import { getCase } from './case.server';

type Scope = { partnershipId: string; caseId: string };

/**
 * The case as its print view shows it; null when it is not in this partnership, `not-partner` for
 * someone who may not read it (ADR 0023). Logs the print.
 */
export async function printCase(db: Db, { partnershipId, caseId, userId }: Scope & { userId: string }) {
	const scope = { partnershipId, caseId, userId };
	const found = await getCase(db, scope);
	if (!found || !found.ok) return found;
	const [members, agreements, consent] = await Promise.all([
		listMembers(db, partnershipId),
		listCaseAgreements(db, scope),
		getCaseConsent(db, scope)
	]);
	await recordAudit(db, { partnershipId, caseId, userId, action: 'print', target: 'case' });
	const person = new Map(members.map((mb) => [mb.membershipId, mb]));
	const nameOf = (membershipId: string) => person.get(membershipId)?.name ?? null;
	return {
		...found,
		partners: found.partnerIds.map((id) => ({
			name: nameOf(id),
			organisationName: person.get(id)?.organisationName ?? ''
		})),
		actions: found.actions.map((a) => ({
			...a,
			assignments: a.assignments.map((x) => ({ letter: x.letter, name: nameOf(x.membershipId) }))
		})),
		agreements,
		consent: (consent?.ok ? consent.linked : []).map((a) => ({ id: a.id, title: a.title, ok: a.check.ok }))
	};
}
export type CasePrint = Extract<NonNullable<Awaited<ReturnType<typeof printCase>>>, { ok: true }>;
