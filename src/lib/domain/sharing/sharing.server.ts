// Information-sharing agreements: between which organisations of the partnership, what may and may
// not be shared, on which legal ground, with whose consent, along which channel, and what the
// school hears back. Every query is scoped by the partnership.
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db, Executor, Tx } from '$lib/server/db/client';
import {
	caseSharingAgreements,
	organisations,
	sharingAgreementParties,
	sharingAgreements
} from '$lib/server/db/schema';
import type { SharingAgreementInput } from './sharing.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';

type Scope = { partnershipId: string };
export type SharingAgreementRow = typeof sharingAgreements.$inferSelect;
export type Party = { id: string; name: string };

/** The organisations of the partnership's directory (id and name), to choose the parties from. */
export async function listPartnershipOrganisations(db: Executor, { partnershipId }: Scope): Promise<Party[]> {
	return db
		.select({ id: organisations.id, name: organisations.name })
		.from(organisations)
		.where(eq(organisations.partnershipId, partnershipId))
		.orderBy(asc(organisations.name));
}

async function partiesOf(db: Executor, partnershipId: string, agreementIds: string[]) {
	if (!agreementIds.length) return new Map<string, Party[]>();
	const rows = await db
		.select({ agreementId: sharingAgreementParties.sharingAgreementId, id: organisations.id, name: organisations.name })
		.from(sharingAgreementParties)
		.innerJoin(
			organisations,
			and(eq(organisations.id, sharingAgreementParties.organisationId), eq(organisations.partnershipId, partnershipId))
		)
		.where(
			and(
				eq(sharingAgreementParties.partnershipId, partnershipId),
				inArray(sharingAgreementParties.sharingAgreementId, agreementIds)
			)
		)
		.orderBy(asc(organisations.name));
	const by = new Map<string, Party[]>();
	for (const r of rows) by.set(r.agreementId, [...(by.get(r.agreementId) ?? []), { id: r.id, name: r.name }]);
	return by;
}

/** Every sharing agreement of the partnership with its parties and the number of cases it applies to (by title). */
export async function listSharingAgreements(db: Db, { partnershipId }: Scope) {
	const [rows, usage] = await Promise.all([
		db
			.select()
			.from(sharingAgreements)
			.where(eq(sharingAgreements.partnershipId, partnershipId))
			.orderBy(asc(sharingAgreements.title)),
		db
			.select({ agreementId: caseSharingAgreements.sharingAgreementId, n: count() })
			.from(caseSharingAgreements)
			.where(eq(caseSharingAgreements.partnershipId, partnershipId))
			.groupBy(caseSharingAgreements.sharingAgreementId)
	]);
	const parties = await partiesOf(
		db,
		partnershipId,
		rows.map((r) => r.id)
	);
	const cases = new Map(usage.map((u) => [u.agreementId, u.n]));
	return rows.map((r) => ({ ...r, parties: parties.get(r.id) ?? [], caseCount: cases.get(r.id) ?? 0 }));
}
export type SharingAgreementListItem = Awaited<ReturnType<typeof listSharingAgreements>>[number];

export async function getSharingAgreement(db: Db, { partnershipId, sharingId }: Scope & { sharingId: string }) {
	const [row] = await db
		.select()
		.from(sharingAgreements)
		.where(and(eq(sharingAgreements.partnershipId, partnershipId), eq(sharingAgreements.id, sharingId)));
	if (!row) return null;
	const parties = await partiesOf(db, partnershipId, [row.id]);
	return { ...row, parties: parties.get(row.id) ?? [] };
}

/** Replaces the parties; false when an organisation is not in this partnership's directory. */
async function setParties(
	tx: Tx,
	partnershipId: string,
	sharingAgreementId: string,
	organisationIds: string[]
): Promise<boolean> {
	const known = await tx
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), inArray(organisations.id, organisationIds)));
	if (known.length !== organisationIds.length) return false;
	await tx
		.delete(sharingAgreementParties)
		.where(
			and(
				eq(sharingAgreementParties.partnershipId, partnershipId),
				eq(sharingAgreementParties.sharingAgreementId, sharingAgreementId)
			)
		);
	await tx
		.insert(sharingAgreementParties)
		.values(organisationIds.map((organisationId) => ({ partnershipId, sharingAgreementId, organisationId })));
	return true;
}

class UnknownOrganisation extends Error {}

export type SaveSharingResult<T> = T | { ok: false; reason: 'unknown-organisation' };

export async function createSharingAgreement(
	db: Db,
	{ partnershipId, userId, input }: Scope & { userId: string | null; input: SharingAgreementInput }
): Promise<SaveSharingResult<{ ok: true; id: string }>> {
	try {
		return await db.transaction(async (tx) => {
			const id = await insertSharingAgreement(tx, { partnershipId, userId, input });
			if (!id) throw new UnknownOrganisation(); // rolls the insert back
			return { ok: true, id } as const;
		});
	} catch (e) {
		if (e instanceof UnknownOrganisation) return { ok: false, reason: 'unknown-organisation' };
		throw e;
	}
}

/** Inserts an agreement with its parties; null when a party is not in the directory (the caller rolls back). */
async function insertSharingAgreement(
	tx: Tx,
	{ partnershipId, userId, input }: Scope & { userId: string | null; input: SharingAgreementInput }
) {
	const { parties, ...fields } = input;
	const [created] = await tx
		.insert(sharingAgreements)
		.values({ partnershipId, ...fields, createdBy: userId })
		.returning({ id: sharingAgreements.id });
	return (await setParties(tx, partnershipId, created!.id, parties)) ? created!.id : null;
}

export type UpdateSharingResult = SaveSharingResult<
	| { ok: true }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: SharingAgreementRow & { parties: Party[] } }
>;

/** Changes an agreement and its parties; a stale version is a conflict that returns what is stored now. */
export async function updateSharingAgreement(
	db: Db,
	{
		partnershipId,
		sharingId,
		version,
		input
	}: Scope & { sharingId: string; version: number; input: SharingAgreementInput }
): Promise<UpdateSharingResult> {
	try {
		return await db.transaction(async (tx) => {
			const locked = await lockVersioned(tx, sharingAgreements, {
				match: [eq(sharingAgreements.partnershipId, partnershipId), eq(sharingAgreements.id, sharingId)],
				version
			});
			if (!locked.ok && locked.reason === 'not-found') return locked;
			if (!locked.ok) {
				const { current } = locked;
				const parties = await partiesOf(tx, partnershipId, [sharingId]);
				return {
					ok: false,
					reason: 'conflict',
					current: { ...current, parties: parties.get(sharingId) ?? [] }
				} as const;
			}
			const { parties, ...fields } = input;
			await updateVersioned(tx, sharingAgreements, {
				match: [eq(sharingAgreements.partnershipId, partnershipId), eq(sharingAgreements.id, sharingId)],
				version,
				set: { ...fields, updatedAt: new Date() }
			});
			if (!(await setParties(tx, partnershipId, sharingId, parties))) throw new UnknownOrganisation();
			return { ok: true } as const;
		});
	} catch (e) {
		if (e instanceof UnknownOrganisation) return { ok: false, reason: 'unknown-organisation' };
		throw e;
	}
}
