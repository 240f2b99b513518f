// The partnership's organisations directory: who takes part, at which level, with what expertise,
// and which members work there. Every query is scoped by the partnership.
import { and, asc, count, eq, getTableColumns, inArray, isNull, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { combineExpertise, splitOwnWords } from '$lib/content/expertise';
import type { Db, Executor } from '$lib/server/db/client';
import { memberships, organisations, roleCards, users } from '$lib/server/db/schema';
import type { MemberFunction } from '$lib/domain/partnerships/enums';
import { isId } from '$lib/ids';
import { buildExpertiseMatrix } from './expertise-matrix';
import { buildSuggestions, levelForType, nameKey, sectorForType } from './defaults';
import type { OrganisationFilter, OrganisationInput } from './organisation.schema';
import { lockVersioned, updateVersioned } from '$lib/server/db/versioned';
import { containsText, paged, totalOver } from '$lib/server/db/paged';
import type { Page } from '$lib/pagination';
import { personName } from '$lib/domain/auth/person-name';

export type OrganisationRow = typeof organisations.$inferSelect;
export type OrganisationMember = {
	membershipId: string;
	userId: string;
	name: string;
	function: MemberFunction;
	functionOther: string | null;
};
export type Organisation = OrganisationRow & { members: OrganisationMember[] };

type Scope = { partnershipId: string; organisationId: string };

const sameName = (name: string) =>
	sql`lower(regexp_replace(btrim(${organisations.name}), '\\s+', ' ', 'g')) = ${nameKey(name)}`;

/** The row values of the form input (expertise = chosen domains, then own words). */
function rowValues(input: OrganisationInput) {
	return {
		name: input.name.replace(/\s+/g, ' '),
		type: input.type,
		typeOther: input.type === 'other' ? input.typeOther || null : null,
		sector: input.sector,
		level: input.level,
		contactPerson: input.contactPerson,
		reachability: input.reachability,
		expertise: combineExpertise(input.expertise, splitOwnWords(input.expertiseOther)),
		description: input.description
	};
}

/** A unique violation on one of the name keys of organisations (exact name, or the name key). */
function isNameViolation(err: unknown): boolean {
	for (
		let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0;
		e && depth < 4;
		e = e.cause as typeof e, depth++
	)
		if (
			e.code === '23505' &&
			['organisations_partnership_name_key_uq', 'organisations_partnership_name_uq'].includes(e.constraint ?? '')
		)
			return true;
	return false;
}

async function nameTaken(db: Executor, partnershipId: string, name: string, exceptId?: string) {
	const where: SQL[] = [eq(organisations.partnershipId, partnershipId), sameName(name)];
	if (exceptId) where.push(ne(organisations.id, exceptId));
	const [row] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(...where));
	return Boolean(row);
}

/** The members working at each organisation (one query for all of them). */
async function membersOf(db: Executor, partnershipId: string, organisationIds: string[]) {
	if (!organisationIds.length) return new Map<string, OrganisationMember[]>();
	const rows = await db
		.select({
			organisationId: memberships.organisationId,
			membershipId: memberships.id,
			userId: memberships.userId,
			name: personName(),
			function: memberships.function,
			functionOther: memberships.functionOther
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.organisationId, organisationIds)))
		.orderBy(asc(users.name));
	const by = new Map<string, OrganisationMember[]>();
	for (const { organisationId, ...mb } of rows) by.set(organisationId!, [...(by.get(organisationId!) ?? []), mb]);
	return by;
}

/**
 * Links exactly these members to the organisation (a member works at one organisation, so linking
 * moves them); members of another partnership are ignored.
 */
async function setMembers(db: Executor, { partnershipId, organisationId }: Scope, membershipIds: string[]) {
	const unlink = [eq(memberships.partnershipId, partnershipId), eq(memberships.organisationId, organisationId)];
	if (membershipIds.length) unlink.push(notInArray(memberships.id, membershipIds));
	await db
		.update(memberships)
		.set({ organisationId: null })
		.where(and(...unlink));
	if (membershipIds.length)
		await db
			.update(memberships)
			.set({ organisationId })
			.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.id, membershipIds)));
}

/** All organisations of the partnership, by name, each with the members who work there. */
/** Every organisation of the partnership, by name: for pickers and the welcome pack. */
export async function listOrganisations(
	db: Db,
	{ partnershipId, filter }: { partnershipId: string; filter?: Partial<OrganisationFilter> }
): Promise<Organisation[]> {
	const rows = await db
		.select()
		.from(organisations)
		.where(organisationsWhere(partnershipId, filter))
		.orderBy(asc(sql`lower(${organisations.name})`));
	const members = await membersOf(
		db,
		partnershipId,
		rows.map((r) => r.id)
	);
	return rows.map((r) => ({ ...r, members: members.get(r.id) ?? [] }));
}

/** One page of the organisations list, by name, with the members of just those organisations. */
export async function pageOfOrganisations(
	db: Db,
	{ partnershipId, filter, page = 1 }: { partnershipId: string; filter?: Partial<OrganisationFilter>; page?: number }
): Promise<Page<Organisation>> {
	const where = organisationsWhere(partnershipId, filter);
	const list = await paged(
		({ limit, offset }) =>
			db
				.select({ ...getTableColumns(organisations), total: totalOver })
				.from(organisations)
				.where(where)
				.orderBy(asc(sql`lower(${organisations.name})`), asc(organisations.id))
				.limit(limit)
				.offset(offset),
		async () => (await db.select({ n: count() }).from(organisations).where(where))[0]?.n ?? 0,
		page
	);
	const members = await membersOf(
		db,
		partnershipId,
		list.rows.map((r) => r.id)
	);
	return { ...list, rows: list.rows.map((r) => ({ ...r, members: members.get(r.id) ?? [] })) };
}

function organisationsWhere(partnershipId: string, filter?: Partial<OrganisationFilter>) {
	const where: SQL[] = [eq(organisations.partnershipId, partnershipId)];
	if (filter?.sector) where.push(eq(organisations.sector, filter.sector));
	if (filter?.level) where.push(eq(organisations.level, filter.level));
	if (filter?.zoek) where.push(containsText(organisations.name, filter.zoek));
	return and(...where);
}

/** One organisation with its members; null when it is not in this partnership (or not an id). */
export async function getOrganisation(db: Db, { partnershipId, organisationId }: Scope): Promise<Organisation | null> {
	if (!isId(organisationId)) return null;
	const [row] = await db
		.select()
		.from(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)));
	if (!row) return null;
	const members = await membersOf(db, partnershipId, [row.id]);
	return { ...row, members: members.get(row.id) ?? [] };
}

export type NameTaken = { ok: false; reason: 'name-taken' };
/** One of the people linked to the organisation is not a member of this partnership. */
export type MemberNotFound = { ok: false; reason: 'member-not-found' };

async function allMembers(db: Executor, partnershipId: string, membershipIds: string[]): Promise<boolean> {
	const wanted = [...new Set(membershipIds)];
	if (wanted.length === 0) return true;
	const rows = await db
		.select({ id: memberships.id })
		.from(memberships)
		.where(and(eq(memberships.partnershipId, partnershipId), inArray(memberships.id, wanted)));
	return rows.length === wanted.length;
}

export async function createOrganisation(
	db: Db,
	{ partnershipId, input }: { partnershipId: string; input: OrganisationInput }
): Promise<{ ok: true; id: string } | NameTaken | MemberNotFound> {
	return db.transaction(async (tx) => {
		if (!(await allMembers(tx, partnershipId, input.members)))
			return { ok: false, reason: 'member-not-found' } as const;
		// No check-then-insert: the unique key on the name decides, also for two saves at once.
		const [created] = await tx
			.insert(organisations)
			.values({ partnershipId, ...rowValues(input) })
			.onConflictDoNothing()
			.returning({ id: organisations.id });
		if (!created) return { ok: false, reason: 'name-taken' } as const;
		await setMembers(tx, { partnershipId, organisationId: created.id }, input.members);
		return { ok: true, id: created.id } as const;
	});
}

export type UpdateOrganisationResult =
	| { ok: true }
	| NameTaken
	| MemberNotFound
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: Organisation };

/** Saves an edit made from `version`; a stale version is a conflict, never a silent overwrite. */
export async function updateOrganisation(
	db: Db,
	{ partnershipId, organisationId, version, input }: Scope & { version: number; input: OrganisationInput }
): Promise<UpdateOrganisationResult> {
	return db.transaction(async (tx) => {
		const locked = await lockVersioned(tx, organisations, {
			match: [eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)],
			version
		});
		if (!locked.ok && locked.reason === 'not-found') return locked;
		if (!locked.ok) {
			const { current } = locked;
			const members = await membersOf(tx, partnershipId, [organisationId]);
			return {
				ok: false,
				reason: 'conflict',
				current: { ...current, members: members.get(organisationId) ?? [] }
			} as const;
		}
		if (!(await allMembers(tx, partnershipId, input.members)))
			return { ok: false, reason: 'member-not-found' } as const;
		// The unique key on the name decides (a savepoint, so a taken name leaves the transaction usable).
		try {
			await tx.transaction((sp) =>
				updateVersioned(sp, organisations, {
					match: [eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)],
					version,
					set: { ...rowValues(input), updatedAt: new Date() }
				})
			);
		} catch (err) {
			if (isNameViolation(err)) return { ok: false, reason: 'name-taken' } as const;
			throw err;
		}
		await setMembers(tx, { partnershipId, organisationId }, input.members);
		return { ok: true } as const;
	});
}

/** Removes it (its mandates and its place on the network map go with it; members stay, unlinked). */
export async function deleteOrganisation(db: Db, { partnershipId, organisationId }: Scope): Promise<boolean> {
	const rows = await db
		.delete(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)))
		.returning({ id: organisations.id });
	return rows.length > 0;
}

/** Members with the organisation they typed and the one they are linked to (for forms and suggestions). */
export async function listMembersWithOrganisation(db: Executor, { partnershipId }: { partnershipId: string }) {
	return db
		.select({
			membershipId: memberships.id,
			userId: memberships.userId,
			name: personName(),
			role: memberships.role,
			function: memberships.function,
			functionOther: memberships.functionOther,
			organisationName: memberships.organisationName,
			organisationType: memberships.organisationType,
			organisationTypeOther: memberships.organisationTypeOther,
			organisationId: memberships.organisationId,
			linkedName: organisations.name
		})
		.from(memberships)
		.innerJoin(users, eq(users.id, memberships.userId))
		.leftJoin(
			organisations,
			and(eq(organisations.id, memberships.organisationId), eq(organisations.partnershipId, partnershipId))
		)
		.where(eq(memberships.partnershipId, partnershipId))
		.orderBy(asc(users.name));
}

async function suggestionsIn(db: Executor, partnershipId: string) {
	const [members, orgs] = await Promise.all([
		listMembersWithOrganisation(db, { partnershipId }),
		db
			.select({ id: organisations.id, name: organisations.name })
			.from(organisations)
			.where(eq(organisations.partnershipId, partnershipId))
	]);
	return buildSuggestions(members, orgs);
}

/** Organisations members named that are not in the directory yet, and members not yet linked. */
export async function listOrganisationSuggestions(db: Db, { partnershipId }: { partnershipId: string }) {
	return suggestionsIn(db, partnershipId);
}

/**
 * One click: adds the organisation members named, with a first guess for sector and level from
 * its type, and links those members to it.
 */
export async function addSuggestedOrganisation(
	db: Db,
	{ partnershipId, organisationName }: { partnershipId: string; organisationName: string }
): Promise<{ ok: true; id: string } | NameTaken | { ok: false; reason: 'not-suggested' }> {
	return db.transaction(async (tx) => {
		const key = nameKey(organisationName);
		const suggestion = (await suggestionsIn(tx, partnershipId)).find(
			(s) => s.kind === 'add' && nameKey(s.organisationName) === key
		);
		if (!suggestion || suggestion.kind !== 'add') {
			if (await nameTaken(tx, partnershipId, organisationName)) return { ok: false, reason: 'name-taken' } as const;
			return { ok: false, reason: 'not-suggested' } as const;
		}
		const [created] = await tx
			.insert(organisations)
			.values({
				partnershipId,
				name: suggestion.organisationName,
				type: suggestion.type,
				typeOther: suggestion.typeOther,
				sector: sectorForType(suggestion.type),
				level: levelForType(suggestion.type)
			})
			// Any unique key of an organisation is its name (exact, or the same after case and spaces).
			.onConflictDoNothing()
			.returning({ id: organisations.id });
		if (!created) return { ok: false, reason: 'name-taken' } as const;
		await tx
			.update(memberships)
			.set({ organisationId: created.id })
			.where(
				and(
					eq(memberships.partnershipId, partnershipId),
					inArray(
						memberships.id,
						suggestion.members.map((mb) => mb.membershipId)
					)
				)
			);
		return { ok: true, id: created.id } as const;
	});
}

/** Links the members who typed this organisation's name (and are not linked yet) to it. */
export async function linkMembersByName(db: Executor, { partnershipId, organisationId }: Scope): Promise<number> {
	const [org] = await db
		.select({ name: organisations.name })
		.from(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), eq(organisations.id, organisationId)));
	if (!org) return 0;
	const rows = await db
		.update(memberships)
		.set({ organisationId })
		.where(
			and(
				eq(memberships.partnershipId, partnershipId),
				isNull(memberships.organisationId),
				sql`lower(regexp_replace(btrim(${memberships.organisationName}), '\\s+', ' ', 'g')) = ${nameKey(org.name)}`
			)
		)
		.returning({ id: memberships.id });
	return rows.length;
}

/**
 * A newcomer who names an organisation of the directory (case-insensitive) is linked to it at
 * once. Runs inside the joining transaction.
 */
export async function linkNewMemberToOrganisation(
	db: Executor,
	{
		partnershipId,
		membershipId,
		organisationName
	}: { partnershipId: string; membershipId: string; organisationName: string }
): Promise<string | null> {
	const [org] = await db
		.select({ id: organisations.id })
		.from(organisations)
		.where(and(eq(organisations.partnershipId, partnershipId), sameName(organisationName)))
		.limit(1);
	if (!org) return null;
	await db
		.update(memberships)
		.set({ organisationId: org.id })
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
	return org.id;
}

/** The expertise overview: organisations × domains from the directory and the members' role cards. */
export async function getExpertiseOverview(db: Db, { partnershipId }: { partnershipId: string }) {
	const [orgs, members] = await Promise.all([
		db
			.select({ id: organisations.id, name: organisations.name, expertise: organisations.expertise })
			.from(organisations)
			.where(eq(organisations.partnershipId, partnershipId))
			.orderBy(asc(sql`lower(${organisations.name})`)),
		db
			.select({
				membershipId: memberships.id,
				name: personName(),
				organisationId: memberships.organisationId,
				answers: roleCards.answers
			})
			.from(memberships)
			.innerJoin(users, eq(users.id, memberships.userId))
			.leftJoin(
				roleCards,
				and(eq(roleCards.partnershipId, memberships.partnershipId), eq(roleCards.userId, memberships.userId))
			)
			.where(eq(memberships.partnershipId, partnershipId))
			.orderBy(asc(users.name))
	]);
	const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
	return buildExpertiseMatrix(
		orgs,
		members.map((mb) => ({
			membershipId: mb.membershipId,
			name: mb.name,
			organisationId: mb.organisationId,
			expertise: strings(mb.answers?.expertise),
			expertiseOther: typeof mb.answers?.expertiseOther === 'string' ? mb.answers.expertiseOther : ''
		}))
	);
}
