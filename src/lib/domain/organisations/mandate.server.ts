// Mandates: who decides what alone, and when alignment is needed, per organisation (or the
// partnership as a whole) and role. Every query is scoped by the partnership.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { mandates, memberships, organisations, roleCards, users } from '$lib/server/db/schema';
import type { MandateInput } from './organisation.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { inPartnership } from '$lib/server/db/scoped';
import { personName } from '$lib/domain/auth/person-name';

export type MandateRow = typeof mandates.$inferSelect;

type Scope = { partnershipId: string; mandateId: string };

async function organisationInPartnership(db: Executor, partnershipId: string, organisationId: string | null) {
	return !organisationId || inPartnership(db, organisations, { partnershipId, id: organisationId });
}

/**
 * Every mandate of the partnership with its organisation's name (null = the partnership as a
 * whole): first those of the partnership, then per organisation by name, then by role.
 */
export async function listMandates(db: Db, { partnershipId }: { partnershipId: string }) {
	return db
		.select({
			id: mandates.id,
			organisationId: mandates.organisationId,
			organisationName: organisations.name,
			role: mandates.role,
			decidesAlone: mandates.decidesAlone,
			alignmentNeeded: mandates.alignmentNeeded,
			alignsWith: mandates.alignsWith,
			updatedAt: mandates.updatedAt,
			updatedByName: personName(),
			version: mandates.version
		})
		.from(mandates)
		.leftJoin(
			organisations,
			and(eq(organisations.id, mandates.organisationId), eq(organisations.partnershipId, partnershipId))
		)
		.leftJoin(users, eq(users.id, mandates.updatedBy))
		.where(eq(mandates.partnershipId, partnershipId))
		.orderBy(
			sql`${organisations.name} is not null`,
			asc(sql`lower(${organisations.name})`),
			asc(sql`lower(${mandates.role})`),
			asc(mandates.id)
		);
}
export type Mandate = Awaited<ReturnType<typeof listMandates>>[number];

export type MandateResult = { ok: true; id: string } | { ok: false; reason: 'organisation-not-found' };

export async function createMandate(
	db: Db,
	{ partnershipId, userId, input }: { partnershipId: string; userId: string; input: MandateInput }
): Promise<MandateResult> {
	return db.transaction(async (tx) => {
		if (!(await organisationInPartnership(tx, partnershipId, input.organisationId)))
			return { ok: false, reason: 'organisation-not-found' } as const;
		const [created] = await tx
			.insert(mandates)
			.values({ partnershipId, ...input, updatedBy: userId })
			.returning({ id: mandates.id });
		return { ok: true, id: created!.id } as const;
	});
}

export type UpdateMandateResult =
	| { ok: true }
	| { ok: false; reason: 'not-found' | 'organisation-not-found' }
	| { ok: false; reason: 'conflict'; current: MandateRow };

/** Saves an edit made from `version`; a stale version is a conflict with the stored one. */
export async function updateMandate(
	db: Db,
	{ partnershipId, mandateId, userId, version, input }: Scope & { userId: string; version: number; input: MandateInput }
): Promise<UpdateMandateResult> {
	return db.transaction(async (tx) => {
		const locked = await lockVersioned(tx, mandates, {
			match: [eq(mandates.partnershipId, partnershipId), eq(mandates.id, mandateId)],
			version
		});
		if (!locked.ok) return locked;
		if (!(await organisationInPartnership(tx, partnershipId, input.organisationId)))
			return { ok: false, reason: 'organisation-not-found' } as const;
		await updateVersioned(tx, mandates, {
			match: [eq(mandates.partnershipId, partnershipId), eq(mandates.id, mandateId)],
			version,
			set: { ...input, updatedBy: userId, updatedAt: new Date() }
		});
		return { ok: true } as const;
	});
}

export async function deleteMandate(db: Db, { partnershipId, mandateId }: Scope): Promise<boolean> {
	const rows = await db
		.delete(mandates)
		.where(and(eq(mandates.partnershipId, partnershipId), eq(mandates.id, mandateId)))
		.returning({ id: mandates.id });
	return rows.length > 0;
}

/** What members wrote about their own mandate on their saved role card (read-only next to the agreed mandates). */
export async function listRoleCardMandates(db: Db, { partnershipId }: { partnershipId: string }) {
	const rows = await db
		.select({
			membershipId: memberships.id,
			name: personName(),
			function: memberships.function,
			functionOther: memberships.functionOther,
			organisationName: sql<string>`coalesce(${organisations.name}, ${memberships.organisationName})`,
			answers: roleCards.answers
		})
		.from(roleCards)
		.innerJoin(
			memberships,
			and(eq(memberships.partnershipId, roleCards.partnershipId), eq(memberships.userId, roleCards.userId))
		)
		.innerJoin(users, eq(users.id, roleCards.userId))
		.leftJoin(
			organisations,
			and(eq(organisations.id, memberships.organisationId), eq(organisations.partnershipId, partnershipId))
		)
		.where(and(eq(roleCards.partnershipId, partnershipId), sql`${roleCards.savedAt} is not null`))
		.orderBy(asc(users.name));
	const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
	return rows
		.map(({ answers, ...r }) => ({
			...r,
			mandateAlone: text(answers?.mandateAlone),
			mandateAlign: text(answers?.mandateAlign)
		}))
		.filter((r) => r.mandateAlone || r.mandateAlign);
}
