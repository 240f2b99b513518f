import { and, asc, count, eq, inArray, ne, or, type SQL } from 'drizzle-orm';
import { containsText, paged, totalOver } from '$lib/server/db/paged';
import type { Db, Executor } from '$lib/server/db/client';
import { memberships, partnerships, roleCards, users } from '$lib/server/db/schema';
import {
	can,
	FOUNDER_ROLE,
	ROLES,
	rolesHolding,
	rolesWith,
	type Holding,
	type Role
} from '$lib/domain/permissions/permissions';
import { isId } from '$lib/ids';
import { lockMemberships } from './membership-lock.server';
import { hasSecondFactorSql } from '$lib/domain/auth/second-factor.server';
import type { CreatePartnershipInput, MemberFilter, MemberProfile, PartnershipInput } from './partnership.schema';

export type Partnership = typeof partnerships.$inferSelect;

export function profileValues(p: MemberProfile) {
	return {
		organisationName: p.organisationName,
		organisationType: p.organisationType,
		organisationTypeOther: p.organisationType === 'other' ? (p.organisationTypeOther ?? null) : null,
		function: p.function,
		functionOther: p.function === 'other' ? (p.functionOther ?? null) : null
	};
}

/** The creator becomes the first coordinator (FOUNDER_ROLE). */
export async function createPartnership(
	db: Db,
	{ userId, input }: { userId: string; input: CreatePartnershipInput }
): Promise<Partnership> {
	return db.transaction(async (tx) => {
		const [partnership] = await tx
			.insert(partnerships)
			.values({ name: input.name, region: input.region, description: input.description, createdBy: userId })
			.returning();
		await tx
			.insert(memberships)
			.values({ partnershipId: partnership!.id, userId, role: FOUNDER_ROLE, ...profileValues(input) });
		return partnership!;
	});
}

export async function updatePartnership(
	db: Db,
	{ partnershipId, input }: { partnershipId: string; input: PartnershipInput }
): Promise<void> {
	await db.update(partnerships).set(input).where(eq(partnerships.id, partnershipId));
}

/** The partnership and the user's role in it, or null: callers answer 404 for both "absent" and "not yours". */
export async function getMembership(db: Db, { partnershipId, userId }: { partnershipId: string; userId: string }) {
	if (!isId(partnershipId)) return null;
	const [row] = await db
		.select({
			partnership: partnerships,
			membership: memberships,
			// For the partnership's second-factor rule, in the same round trip (ADR 0015).
			hasSecondFactor: hasSecondFactorSql(memberships.userId)
		})
		.from(memberships)
		.innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, userId)));
	return row ?? null;
}

export async function listPartnershipsForUser(db: Db, userId: string) {
	const rows = await db
		.select({ partnership: partnerships, role: memberships.role })
		.from(memberships)
		.innerJoin(partnerships, eq(partnerships.id, memberships.partnershipId))
		.where(eq(memberships.userId, userId))
		.orderBy(asc(partnerships.name));
	if (rows.length === 0) return [];
	const counts = await db
		.select({ partnershipId: memberships.partnershipId, n: count() })
		.from(memberships)
		.where(
			inArray(
				memberships.partnershipId,
				rows.map((r) => r.partnership.id)
			)
		)
		.groupBy(memberships.partnershipId);
	const byId = new Map(counts.map((c) => [c.partnershipId, c.n]));
	return rows.map((r) => ({ ...r, memberCount: byId.get(r.partnership.id) ?? 1 }));
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];

const memberColumns = {
	membershipId: memberships.id,
	userId: users.id,
	name: users.name,
	email: users.email,
	role: memberships.role,
	organisationName: memberships.organisationName,
	organisationType: memberships.organisationType,
	organisationTypeOther: memberships.organisationTypeOther,
	function: memberships.function,
	functionOther: memberships.functionOther,
	joinedAt: memberships.joinedAt,
	roleCardSavedAt: roleCards.savedAt,
	roleCardDraftSavedAt: roleCards.draftSavedAt
};

function membersQuery<Extra extends Record<string, SQL | SQL.Aliased>>(db: Db, where: SQL | undefined, extra: Extra) {
	return db
		.select({ ...memberColumns, ...extra })
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(
			roleCards,
			and(eq(roleCards.partnershipId, memberships.partnershipId), eq(roleCards.userId, memberships.userId))
		)
		.where(where)
		.$dynamic();
}

/** Every member, by name: for pickers (owners, invitees, case partners). */
export async function listMembers(db: Db, partnershipId: string) {
	return membersQuery(db, eq(memberships.partnershipId, partnershipId), {}).orderBy(asc(users.name));
}

/** One page of the members list, by name, and the number of members in each role. */
export async function pageOfMembers(
	db: Db,
	{ partnershipId, filter, page = 1 }: { partnershipId: string; filter: MemberFilter; page?: number }
) {
	const where = and(
		eq(memberships.partnershipId, partnershipId),
		filter.rol ? eq(memberships.role, filter.rol) : undefined,
		filter.zoek
			? or(containsText(users.name, filter.zoek), containsText(memberships.organisationName, filter.zoek))
			: undefined
	);
	const [members, byRole] = await Promise.all([
		paged(
			({ limit, offset }) =>
				membersQuery(db, where, { total: totalOver })
					.orderBy(asc(users.name), asc(memberships.id))
					.limit(limit)
					.offset(offset),
			async () =>
				(
					await db
						.select({ n: count() })
						.from(memberships)
						.innerJoin(users, eq(users.id, memberships.userId))
						.where(where)
				)[0]?.n ?? 0,
			page
		),
		db
			.select({ role: memberships.role, n: count() })
			.from(memberships)
			.where(eq(memberships.partnershipId, partnershipId))
			.groupBy(memberships.role)
	]);
	const counts = { total: 0, role: Object.fromEntries(ROLES.map((r) => [r, 0])) as Record<Role, number> };
	for (const row of byRole) {
		counts.role[row.role] = row.n;
		counts.total += row.n;
	}
	return { members, counts };
}

/**
 * Whether every one of these people is a member of this partnership who may hold `holding` (see
 * mayHold). An observer, an unknown id or another partnership's member makes it false: the domain
 * functions that give people a place in a record refuse then, whatever the page offered.
 */
export async function allMayHold(
	db: Executor,
	{
		partnershipId,
		holding,
		...who
	}: { partnershipId: string; holding: Holding } & ({ membershipIds: string[] } | { userIds: string[] })
): Promise<boolean> {
	const [column, ids] =
		'membershipIds' in who ? [memberships.id, who.membershipIds] : [memberships.userId, who.userIds];
	const wanted = [...new Set(ids)];
	if (wanted.length === 0) return true;
	const found = await db
		.select({ id: column })
		.from(memberships)
		.where(
			and(
				eq(memberships.partnershipId, partnershipId),
				inArray(column, wanted),
				inArray(memberships.role, rolesHolding(holding))
			)
		);
	return found.length === wanted.length;
}

export type MemberChangeResult = { ok: true } | { ok: false; reason: 'not-found' | 'last-coordinator' };

// "Coordinator" below: a member who may manage the members. Without one, nobody could invite,
// change roles or remove anyone any more.
export async function otherCoordinators(db: Executor, partnershipId: string, membershipId: string): Promise<number> {
	const [row] = await db
		.select({ n: count() })
		.from(memberships)
		.where(
			and(
				eq(memberships.partnershipId, partnershipId),
				inArray(memberships.role, rolesWith('member:manage')),
				ne(memberships.id, membershipId)
			)
		);
	return row?.n ?? 0;
}

export async function findMember(db: Executor, partnershipId: string, membershipId: string) {
	if (!isId(membershipId)) return undefined;
	const [m] = await db
		.select()
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
	return m;
}

/**
 * A partnership always keeps at least one coordinator. The check and the change run in one
 * transaction under the partnership's membership lock: two coordinators demoting each other at
 * the same moment cannot both pass the check.
 */
export async function changeMemberRole(
	db: Db,
	{ partnershipId, membershipId, role }: { partnershipId: string; membershipId: string; role: Role }
): Promise<MemberChangeResult> {
	return db.transaction(async (tx) => {
		await lockMemberships(tx, partnershipId);
		const member = await findMember(tx, partnershipId, membershipId);
		if (!member) return { ok: false, reason: 'not-found' } as const;
		if (
			can(member.role, 'member:manage') &&
			!can(role, 'member:manage') &&
			(await otherCoordinators(tx, partnershipId, membershipId)) === 0
		)
			return { ok: false, reason: 'last-coordinator' } as const;
		await tx
			.update(memberships)
			.set({ role })
			.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
		return { ok: true } as const;
	});
}

/** Deletes the membership and its role card; the caller holds the membership lock and has checked. */
export async function deleteMembership(
	tx: Executor,
	{ partnershipId, membershipId, userId }: { partnershipId: string; membershipId: string; userId: string }
): Promise<void> {
	await tx.delete(roleCards).where(and(eq(roleCards.partnershipId, partnershipId), eq(roleCards.userId, userId)));
	await tx
		.delete(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
}

/** Removal without handover (what they hold keeps them); the members page uses removeWithHandover. */
export async function removeMember(
	db: Db,
	{ partnershipId, membershipId }: { partnershipId: string; membershipId: string }
): Promise<MemberChangeResult> {
	return db.transaction(async (tx) => {
		await lockMemberships(tx, partnershipId);
		const member = await findMember(tx, partnershipId, membershipId);
		if (!member) return { ok: false, reason: 'not-found' } as const;
		if (can(member.role, 'member:manage') && (await otherCoordinators(tx, partnershipId, membershipId)) === 0)
			return { ok: false, reason: 'last-coordinator' } as const;
		await deleteMembership(tx, { partnershipId, membershipId, userId: member.userId });
		return { ok: true } as const;
	});
}
