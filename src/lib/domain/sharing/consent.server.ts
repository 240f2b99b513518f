// Consent per case: which sharing agreements apply to a case, the consent records, and the
// warnings when an agreement asks consent that is not there (see consent.ts for the rules). Reads
// and changes are case data: they land in the case's audit log.
import { todayInBelgium } from '$lib/dates';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { caseSharingAgreements, cases, consentRecords, sharingAgreements } from '$lib/server/db/schema';
import { caseReadableBy, caseWorkRefusal, NOT_PARTNER, type NotPartner } from '$lib/domain/cases/case-access.server';
import { recordAudit } from '$lib/domain/audit/audit.server';
import type { ConsentRequirement } from '$lib/domain/partnerships/enums';
import { checkConsent, consentState, type ConsentCheck, type ConsentFacts, type ConsentWarning } from './consent';

export type { ConsentWarning };
import type { ConsentRecordInput, WithdrawInput } from './sharing.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { inPartnership } from '$lib/server/db/scoped';

type Scope = { partnershipId: string; caseId: string };
export type ConsentRecordRow = typeof consentRecords.$inferSelect;

async function linkedAgreements(db: Db, { partnershipId, caseId }: Scope) {
	return db
		.select({
			id: sharingAgreements.id,
			title: sharingAgreements.title,
			consent: sharingAgreements.consent,
			legalFrame: sharingAgreements.legalFrame
		})
		.from(caseSharingAgreements)
		.innerJoin(
			sharingAgreements,
			and(
				eq(sharingAgreements.id, caseSharingAgreements.sharingAgreementId),
				eq(sharingAgreements.partnershipId, partnershipId)
			)
		)
		.where(and(eq(caseSharingAgreements.partnershipId, partnershipId), eq(caseSharingAgreements.caseId, caseId)))
		.orderBy(asc(sharingAgreements.title));
}

async function caseRecords(db: Db, { partnershipId, caseId }: Scope) {
	return db
		.select()
		.from(consentRecords)
		.where(and(eq(consentRecords.partnershipId, partnershipId), eq(consentRecords.caseId, caseId)))
		.orderBy(desc(consentRecords.givenOn), desc(consentRecords.createdAt));
}

function warningsFrom(
	linked: { id: string; title: string; consent: ConsentRequirement }[],
	checks: Map<string, ConsentCheck>
): ConsentWarning[] {
	return linked
		.filter((a) => !checks.get(a.id)!.ok)
		.map((a) => ({ sharingAgreementId: a.id, title: a.title, consent: a.consent, missing: checks.get(a.id)!.missing }));
}

/**
 * Everything on the consent page of a case. Null when the case is not in this partnership;
 * 'not-partner' for a member who does not read the case (ADR 0023).
 */
export async function getCaseConsent(db: Db, scope: Scope & { userId: string; today?: string }) {
	const today = scope.today ?? todayInBelgium();
	const [found] = await db
		.select({
			code: cases.code,
			readable: sql<boolean>`${caseReadableBy(scope.userId, { partnershipId: cases.partnershipId, caseId: cases.id })}`
		})
		.from(cases)
		.where(and(eq(cases.partnershipId, scope.partnershipId), eq(cases.id, scope.caseId)));
	if (!found) return null;
	if (!found.readable) return NOT_PARTNER;
	const [linked, all, records] = await Promise.all([
		linkedAgreements(db, scope),
		db
			.select({ id: sharingAgreements.id, title: sharingAgreements.title, consent: sharingAgreements.consent })
			.from(sharingAgreements)
			.where(eq(sharingAgreements.partnershipId, scope.partnershipId))
			.orderBy(asc(sharingAgreements.title)),
		caseRecords(db, scope)
	]);
	const checks = new Map(linked.map((a) => [a.id, checkConsent(a, records, today)]));
	const titles = new Map(all.map((a) => [a.id, a.title]));
	return {
		ok: true as const,
		caseCode: found.code,
		today,
		linked: linked.map((a) => ({ ...a, check: checks.get(a.id)! })),
		available: all.filter((a) => !linked.some((l) => l.id === a.id)),
		records: records.map((r) => ({
			...r,
			state: consentState(r, today),
			sharingAgreementTitle: r.sharingAgreementId ? (titles.get(r.sharingAgreementId) ?? null) : null
		})),
		warnings: warningsFrom(linked, checks)
	};
}

/** The consent warnings of one case today (empty when everything that is asked is there). */
export async function getCaseConsentWarnings(db: Db, scope: Scope & { today?: string }): Promise<ConsentWarning[]> {
	const today = scope.today ?? todayInBelgium();
	const linked = (await linkedAgreements(db, scope)).filter((a) => a.consent !== 'none');
	if (!linked.length) return [];
	const records = await caseRecords(db, scope);
	return warningsFrom(linked, new Map(linked.map((a) => [a.id, checkConsent(a, records, today)])));
}

/**
 * Case id → number of linked sharing agreements whose consent is missing today. `caseIds` limits it
 * to the cases on one page of the list; without it, every case of the partnership counts.
 */
export async function countConsentWarningsByCase(
	db: Db,
	{ partnershipId, caseIds, today = todayInBelgium() }: { partnershipId: string; caseIds?: string[]; today?: string }
) {
	const counts = new Map<string, number>();
	if (caseIds?.length === 0) return counts;
	const links = await db
		.select({ caseId: caseSharingAgreements.caseId, id: sharingAgreements.id, consent: sharingAgreements.consent })
		.from(caseSharingAgreements)
		.innerJoin(
			sharingAgreements,
			and(
				eq(sharingAgreements.id, caseSharingAgreements.sharingAgreementId),
				eq(sharingAgreements.partnershipId, partnershipId)
			)
		)
		.where(
			and(
				eq(caseSharingAgreements.partnershipId, partnershipId),
				ne(sharingAgreements.consent, 'none'),
				caseIds ? inArray(caseSharingAgreements.caseId, caseIds) : undefined
			)
		);
	if (!links.length) return counts;
	const records = await db
		.select()
		.from(consentRecords)
		.where(
			and(
				eq(consentRecords.partnershipId, partnershipId),
				inArray(consentRecords.caseId, [...new Set(links.map((l) => l.caseId))])
			)
		);
	return consentWarningsByCase(links, records, today);
}

/** Case id → how many of its sharing agreements lack a consent that holds on `today`. */
export function consentWarningsByCase(
	links: readonly { caseId: string; id: string; consent: ConsentRequirement }[],
	records: readonly (ConsentFacts & { caseId: string })[],
	today: string
) {
	const counts = new Map<string, number>();
	for (const link of links) {
		const own = records.filter((r) => r.caseId === link.caseId);
		if (!checkConsent(link, own, today).ok) counts.set(link.caseId, (counts.get(link.caseId) ?? 0) + 1);
	}
	return counts;
}

type NotFound = { ok: false; reason: 'not-found' };
// Consent is case content: only the case's partners and the coordinators record or change it (ADR 0023).

/** Declares that a sharing agreement of this partnership applies to the case (idempotent). */
export async function linkCaseSharingAgreement(
	db: Db,
	{ partnershipId, caseId, sharingAgreementId, userId }: Scope & { sharingAgreementId: string; userId: string }
): Promise<{ ok: true } | NotFound | NotPartner> {
	return db.transaction(async (tx) => {
		const refused = await caseWorkRefusal(tx, { partnershipId, caseId, userId });
		if (refused) return refused;
		const found =
			(await inPartnership(tx, sharingAgreements, { partnershipId, id: sharingAgreementId })) &&
			(await inPartnership(tx, cases, { partnershipId, id: caseId }));
		if (!found) return { ok: false, reason: 'not-found' } as const;
		await tx.insert(caseSharingAgreements).values({ partnershipId, caseId, sharingAgreementId }).onConflictDoNothing();
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: 'update',
			target: 'sharing-agreement',
			detail: { sharingAgreementId, linked: true }
		});
		return { ok: true } as const;
	});
}

/** The sharing agreement no longer applies to the case. Its consent records stay (history). */
export async function unlinkCaseSharingAgreement(
	db: Db,
	{ partnershipId, caseId, sharingAgreementId, userId }: Scope & { sharingAgreementId: string; userId: string }
): Promise<{ ok: true } | NotFound | NotPartner> {
	return db.transaction(async (tx) => {
		const refused = await caseWorkRefusal(tx, { partnershipId, caseId, userId });
		if (refused) return refused;
		const removed = await tx
			.delete(caseSharingAgreements)
			.where(
				and(
					eq(caseSharingAgreements.partnershipId, partnershipId),
					eq(caseSharingAgreements.caseId, caseId),
					eq(caseSharingAgreements.sharingAgreementId, sharingAgreementId)
				)
			)
			.returning({ id: caseSharingAgreements.sharingAgreementId });
		if (!removed.length) return { ok: false, reason: 'not-found' } as const;
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: 'update',
			target: 'sharing-agreement',
			detail: { sharingAgreementId, linked: false }
		});
		return { ok: true } as const;
	});
}

async function isLinked(db: Executor, { partnershipId, caseId }: Scope, sharingAgreementId: string) {
	const [row] = await db
		.select({ id: caseSharingAgreements.sharingAgreementId })
		.from(caseSharingAgreements)
		.where(
			and(
				eq(caseSharingAgreements.partnershipId, partnershipId),
				eq(caseSharingAgreements.caseId, caseId),
				eq(caseSharingAgreements.sharingAgreementId, sharingAgreementId)
			)
		);
	return Boolean(row);
}

/** Records consent for the case. A linked sharing agreement must apply to the case. */
export async function addConsentRecord(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		input,
		savedAnyway = false
	}: Scope & { userId: string; input: ConsentRecordInput; savedAnyway?: boolean }
): Promise<{ ok: true; id: string } | NotFound | NotPartner | { ok: false; reason: 'agreement-not-linked' }> {
	return db.transaction(async (tx) => {
		const refused = await caseWorkRefusal(tx, { partnershipId, caseId, userId });
		if (refused) return refused;
		if (!(await inPartnership(tx, cases, { partnershipId, id: caseId })))
			return { ok: false, reason: 'not-found' } as const;
		if (input.sharingAgreementId && !(await isLinked(tx, { partnershipId, caseId }, input.sharingAgreementId)))
			return { ok: false, reason: 'agreement-not-linked' } as const;
		const { consentForm, ...fields } = input;
		const [created] = await tx
			.insert(consentRecords)
			.values({ partnershipId, caseId, ...fields, form: consentForm, recordedBy: userId })
			.returning({ id: consentRecords.id });
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: savedAnyway ? 'save-anyway' : 'create',
			target: 'consent',
			detail: { recordId: created!.id }
		});
		return { ok: true, id: created!.id } as const;
	});
}

export type WithdrawResult =
	| { ok: true }
	| NotFound
	| NotPartner
	| { ok: false; reason: 'already-withdrawn' | 'before-given' }
	| { ok: false; reason: 'conflict'; current: ConsentRecordRow };

/** Consent withdrawn from a date on (that day included). A withdrawal stays; it is not undone. */
export async function withdrawConsentRecord(
	db: Db,
	{
		partnershipId,
		caseId,
		userId,
		version,
		input,
		savedAnyway = false
	}: Scope & {
		userId: string;
		version: number;
		input: WithdrawInput;
		savedAnyway?: boolean;
	}
): Promise<WithdrawResult> {
	return db.transaction(async (tx) => {
		const refused = await caseWorkRefusal(tx, { partnershipId, caseId, userId });
		if (refused) return refused;
		const locked = await lockVersioned(tx, consentRecords, {
			match: [
				eq(consentRecords.partnershipId, partnershipId),
				eq(consentRecords.caseId, caseId),
				eq(consentRecords.id, input.recordId)
			],
			version
		});
		if (!locked.ok) return locked;
		const current = locked.row;
		if (current.withdrawnOn) return { ok: false, reason: 'already-withdrawn' } as const;
		if (input.withdrawnOn < current.givenOn) return { ok: false, reason: 'before-given' } as const;
		await updateVersioned(tx, consentRecords, {
			match: [eq(consentRecords.partnershipId, partnershipId), eq(consentRecords.id, current.id)],
			version,
			set: { withdrawnOn: input.withdrawnOn, withdrawnNote: input.withdrawnNote }
		});
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: savedAnyway ? 'save-anyway' : 'update',
			target: 'consent',
			detail: { recordId: current.id, withdrawnOn: input.withdrawnOn }
		});
		return { ok: true } as const;
	});
}

/** Links a record that was saved without a sharing agreement to one that applies to the case. */
export async function linkConsentRecord(
	db: Db,
	{
		partnershipId,
		caseId,
		recordId,
		sharingAgreementId,
		userId
	}: Scope & { recordId: string; sharingAgreementId: string; userId: string }
): Promise<{ ok: true } | NotFound | NotPartner | { ok: false; reason: 'agreement-not-linked' | 'already-linked' }> {
	return db.transaction(async (tx) => {
		const refused = await caseWorkRefusal(tx, { partnershipId, caseId, userId });
		if (refused) return refused;
		const [current] = await tx
			.select({ id: consentRecords.id, sharingAgreementId: consentRecords.sharingAgreementId })
			.from(consentRecords)
			.where(
				and(
					eq(consentRecords.partnershipId, partnershipId),
					eq(consentRecords.caseId, caseId),
					eq(consentRecords.id, recordId)
				)
			)
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (current.sharingAgreementId) return { ok: false, reason: 'already-linked' } as const;
		if (!(await isLinked(tx, { partnershipId, caseId }, sharingAgreementId)))
			return { ok: false, reason: 'agreement-not-linked' } as const;
		await tx
			.update(consentRecords)
			.set({ sharingAgreementId, version: sql`${consentRecords.version} + 1` })
			.where(and(eq(consentRecords.partnershipId, partnershipId), eq(consentRecords.id, recordId)));
		await recordAudit(tx, {
			partnershipId,
			caseId,
			userId,
			action: 'update',
			target: 'consent',
			detail: { recordId, sharingAgreementId }
		});
		return { ok: true } as const;
	});
}
