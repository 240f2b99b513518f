// The shared glossary of a partnership (method "communicatie", ADR 0030): a term in plain words,
// and what it means in each sector. Every save of the term or of one sector's meaning bumps the
// term's version and adds the whole term, meanings included, to its history (record_versions).
import { and, asc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Db, Executor } from '$lib/server/db/client';
import { glossaryMeanings, glossaryTerms, memberships, organisations, users } from '$lib/server/db/schema';
import { GLOSSARY, type GlossaryEntry } from '$lib/content/glossary';
import { SECTORS, type Sector } from '$lib/domain/partnerships/enums';
import { canOn, type Role } from '$lib/domain/permissions/permissions';
import { personName } from '$lib/domain/auth/person-name';
import { addRecordVersion } from '$lib/domain/worksheets/record-history.server';
import { updateVersioned } from '$lib/server/db/versioned';
import { containsText, paged, totalOver } from '$lib/server/db/paged';
import { termKey, type GlossaryFilter, type GlossaryMeaningInput, type GlossaryTermInput } from './glossary.schema';

type Scope = { partnershipId: string };
export type GlossaryTermRow = typeof glossaryTerms.$inferSelect;
export type GlossaryMeanings = Partial<Record<Sector, string>>;

/** The key of a term in SQL, the same expression as the unique index glossary_terms_term_uq. */
const keyOf = sql`lower(btrim(${glossaryTerms.term}))`;

/** The history key of one sector's meaning. */
export const meaningKey = (sector: Sector) => `meaning_${sector}`;

/** A term of the partnership with the same key (other capitals or spacing), apart from `exceptId`. */
async function termWithKey(db: Executor, partnershipId: string, term: string, exceptId?: string) {
	const where: SQL[] = [eq(glossaryTerms.partnershipId, partnershipId), sql`${keyOf} = ${termKey(term)}`];
	if (exceptId) where.push(ne(glossaryTerms.id, exceptId));
	const [row] = await db
		.select({ id: glossaryTerms.id, term: glossaryTerms.term })
		.from(glossaryTerms)
		.where(and(...where));
	return row ?? null;
}

function isTermKeyViolation(err: unknown): boolean {
	for (
		let e = err as { code?: string; constraint?: string; cause?: unknown } | undefined, depth = 0;
		e && depth < 4;
		e = e.cause as typeof e, depth++
	)
		if (e.code === '23505' && e.constraint === 'glossary_terms_term_uq') return true;
	return false;
}

async function meaningsOf(db: Executor, { partnershipId, termId }: Scope & { termId: string }) {
	const rows = await db
		.select({ sector: glossaryMeanings.sector, meaning: glossaryMeanings.meaning })
		.from(glossaryMeanings)
		.where(and(eq(glossaryMeanings.partnershipId, partnershipId), eq(glossaryMeanings.termId, termId)));
	return Object.fromEntries(rows.map((r) => [r.sector, r.meaning])) as GlossaryMeanings;
}

/** The term as its history keeps it: the words, and each sector's meaning as text. */
function historyContent(term: Pick<GlossaryTermRow, 'term' | 'plainWords'>, meanings: GlossaryMeanings) {
	return {
		term: term.term,
		plainWords: term.plainWords,
		...Object.fromEntries(SECTORS.filter((s) => meanings[s]).map((s) => [meaningKey(s), meanings[s]]))
	};
}

async function addVersion(
	tx: Executor,
	{
		partnershipId,
		row,
		userId,
		action
	}: Scope & { row: GlossaryTermRow; userId: string; action: 'created' | 'updated' }
) {
	const meanings = await meaningsOf(tx, { partnershipId, termId: row.id });
	await addRecordVersion(tx, {
		partnershipId,
		ref: { glossaryTermId: row.id },
		version: row.version,
		action,
		content: historyContent(row, meanings),
		savedBy: userId
	});
}

export type CreateTermResult =
	{ ok: true; id: string } | { ok: false; reason: 'duplicate'; existing: { id: string; term: string } };

/** Adds a term; the same word in other capitals or spacing is refused with the existing term. */
export async function createTerm(
	db: Db,
	{
		partnershipId,
		userId,
		input,
		meanings = {}
	}: Scope & { userId: string; input: GlossaryTermInput; meanings?: GlossaryMeanings }
): Promise<CreateTermResult> {
	return db.transaction(async (tx) => {
		const [row] = await tx
			.insert(glossaryTerms)
			.values({
				partnershipId,
				term: input.term.trim(),
				plainWords: input.plainWords,
				createdBy: userId,
				updatedBy: userId
			})
			.onConflictDoNothing()
			.returning();
		if (!row) {
			const existing = await termWithKey(tx, partnershipId, input.term);
			if (!existing) throw new Error('glossary term insert refused without a duplicate');
			return { ok: false, reason: 'duplicate', existing } as const;
		}
		const given = SECTORS.filter((s) => meanings[s]?.trim());
		if (given.length)
			await tx.insert(glossaryMeanings).values(
				given.map((sector) => ({
					partnershipId,
					termId: row.id,
					sector,
					meaning: meanings[sector]!.trim(),
					createdBy: userId
				}))
			);
		await addVersion(tx, { partnershipId, row, userId, action: 'created' });
		return { ok: true, id: row.id } as const;
	});
}

/** One term of the partnership with its meanings per sector (in the order of SECTORS), or null. */
export async function getTerm(db: Executor, { partnershipId, termId }: Scope & { termId: string }) {
	const [row] = await db
		.select({ term: glossaryTerms, authorName: personName() })
		.from(glossaryTerms)
		.leftJoin(users, eq(users.id, glossaryTerms.createdBy))
		.where(and(eq(glossaryTerms.partnershipId, partnershipId), eq(glossaryTerms.id, termId)));
	if (!row) return null;
	const meanings = await db
		.select({
			sector: glossaryMeanings.sector,
			meaning: glossaryMeanings.meaning,
			updatedAt: glossaryMeanings.updatedAt,
			authorName: personName()
		})
		.from(glossaryMeanings)
		.leftJoin(users, eq(users.id, glossaryMeanings.createdBy))
		.where(and(eq(glossaryMeanings.partnershipId, partnershipId), eq(glossaryMeanings.termId, termId)));
	meanings.sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector));
	return { ...row, meanings };
}

export type GlossaryListItem = Awaited<ReturnType<typeof listTerms>>['rows'][number];

/**
 * The glossary A to Z, one page at a time: `q` finds the text in the term, its plain words or a
 * meaning; `sector` keeps the terms that have a meaning in that sector.
 */
export async function listTerms(
	db: Db,
	{ partnershipId, filter, page = 1 }: Scope & { filter: GlossaryFilter; page?: number }
) {
	const where: SQL[] = [eq(glossaryTerms.partnershipId, partnershipId)];
	const meaningOf = (...conditions: SQL[]) =>
		sql`exists (select 1 from ${glossaryMeanings} where ${and(
			eq(glossaryMeanings.partnershipId, partnershipId),
			sql`${glossaryMeanings.termId} = ${glossaryTerms.id}`,
			...conditions
		)})`;
	if (filter.q)
		where.push(
			or(
				containsText(glossaryTerms.term, filter.q),
				containsText(glossaryTerms.plainWords, filter.q),
				meaningOf(containsText(glossaryMeanings.meaning, filter.q))
			)!
		);
	if (filter.sector) where.push(meaningOf(eq(glossaryMeanings.sector, filter.sector)));
	const terms = await paged(
		({ limit, offset }) =>
			db
				.select({
					id: glossaryTerms.id,
					term: glossaryTerms.term,
					plainWords: glossaryTerms.plainWords,
					total: totalOver
				})
				.from(glossaryTerms)
				.where(and(...where))
				.orderBy(asc(keyOf), asc(glossaryTerms.id))
				.limit(limit)
				.offset(offset),
		async () =>
			(
				await db
					.select({ n: sql<number>`count(*)`.mapWith(Number) })
					.from(glossaryTerms)
					.where(and(...where))
			)[0]?.n ?? 0,
		page
	);
	const ids = terms.rows.map((t) => t.id);
	const meanings = ids.length
		? await db
				.select({ termId: glossaryMeanings.termId, sector: glossaryMeanings.sector, meaning: glossaryMeanings.meaning })
				.from(glossaryMeanings)
				.where(and(eq(glossaryMeanings.partnershipId, partnershipId), inArray(glossaryMeanings.termId, ids)))
		: [];
	return {
		...terms,
		rows: terms.rows.map((t) => ({
			...t,
			meanings: SECTORS.flatMap((sector) => {
				const found = meanings.find((mn) => mn.termId === t.id && mn.sector === sector);
				return found ? [{ sector, meaning: found.meaning }] : [];
			})
		}))
	};
}

/** The entries of the public glossary that the partnership does not have yet (by term). */
export async function listAdoptableStarters(db: Executor, { partnershipId }: Scope): Promise<GlossaryEntry[]> {
	const keys = GLOSSARY.map((e) => termKey(e.term));
	const taken = await db
		.select({ key: sql<string>`${keyOf}` })
		.from(glossaryTerms)
		.where(and(eq(glossaryTerms.partnershipId, partnershipId), inArray(keyOf, keys)));
	const takenKeys = new Set(taken.map((t) => t.key));
	return GLOSSARY.filter((e) => !takenKeys.has(termKey(e.term)));
}

export type AdoptStarterResult = CreateTermResult | { ok: false; reason: 'not-found' };

/** Copies an entry of the public glossary, meanings included, into the partnership's glossary. */
export async function adoptStarterTerm(
	db: Db,
	{ partnershipId, userId, slug }: Scope & { userId: string; slug: string }
): Promise<AdoptStarterResult> {
	const entry = GLOSSARY.find((e) => e.slug === slug);
	if (!entry) return { ok: false, reason: 'not-found' };
	return createTerm(db, {
		partnershipId,
		userId,
		input: { term: entry.term, plainWords: entry.plainWords },
		meanings: entry.meanings
	});
}

export type UpdateTermResult =
	| { ok: true; version: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: GlossaryTermRow }
	| { ok: false; reason: 'duplicate'; existing: { id: string; term: string } };

/** Changes the term and its plain words; a stale version is a conflict with what is stored now. */
export async function updateTerm(
	db: Db,
	{
		partnershipId,
		termId,
		userId,
		version,
		input
	}: Scope & { termId: string; userId: string; version: number; input: GlossaryTermInput }
): Promise<UpdateTermResult> {
	try {
		return await db.transaction(async (tx): Promise<UpdateTermResult> => {
			const existing = await termWithKey(tx, partnershipId, input.term, termId);
			if (existing) return { ok: false, reason: 'duplicate', existing };
			const saved = await updateVersioned(tx, glossaryTerms, {
				match: [eq(glossaryTerms.partnershipId, partnershipId), eq(glossaryTerms.id, termId)],
				version,
				set: { term: input.term.trim(), plainWords: input.plainWords, updatedBy: userId, updatedAt: new Date() }
			});
			if (!saved.ok) return saved;
			await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
			return { ok: true, version: saved.row.version };
		});
	} catch (e) {
		// Someone added the same word at the same moment.
		if (!isTermKeyViolation(e)) throw e;
		const existing = await termWithKey(db, partnershipId, input.term, termId);
		if (!existing) throw e;
		return { ok: false, reason: 'duplicate', existing };
	}
}

export type SetMeaningResult =
	| { ok: true; version: number }
	| { ok: false; reason: 'not-found' }
	| { ok: false; reason: 'conflict'; current: { version: number; sector: Sector; meaning: string } };

/**
 * Sets what the term means in one sector ('' removes it), bumps the term's version and adds a
 * version to its history. `version` and `base` are the term's version and the sector's meaning the
 * editor started from: someone else's change to another sector is no conflict, a change to this
 * sector's meaning is.
 */
export async function setMeaning(
	db: Db,
	{
		partnershipId,
		termId,
		userId,
		version,
		base,
		input
	}: Scope & { termId: string; userId: string; version: number; base: string; input: GlossaryMeaningInput }
): Promise<SetMeaningResult> {
	return db.transaction(async (tx) => {
		const match = [eq(glossaryTerms.partnershipId, partnershipId), eq(glossaryTerms.id, termId)];
		const [current] = await tx
			.select()
			.from(glossaryTerms)
			.where(and(...match))
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		const stored = (await meaningsOf(tx, { partnershipId, termId }))[input.sector] ?? '';
		if (current.version !== version && stored.trim() !== base.trim())
			return {
				ok: false,
				reason: 'conflict',
				current: { version: current.version, sector: input.sector, meaning: stored }
			} as const;
		const scoped = [
			eq(glossaryMeanings.partnershipId, partnershipId),
			eq(glossaryMeanings.termId, termId),
			eq(glossaryMeanings.sector, input.sector)
		];
		if (input.meaning === stored) return { ok: true, version: current.version } as const;
		if (input.meaning === '') await tx.delete(glossaryMeanings).where(and(...scoped));
		else
			await tx
				.insert(glossaryMeanings)
				.values({ partnershipId, termId, sector: input.sector, meaning: input.meaning, createdBy: userId })
				.onConflictDoUpdate({
					target: [glossaryMeanings.termId, glossaryMeanings.sector],
					set: { meaning: input.meaning, createdBy: userId, updatedAt: new Date() }
				});
		const saved = await updateVersioned(tx, glossaryTerms, {
			match,
			version: current.version,
			set: { updatedBy: userId, updatedAt: new Date() }
		});
		if (!saved.ok) throw new Error('glossary term changed while locked');
		await addVersion(tx, { partnershipId, row: saved.row, userId, action: 'updated' });
		return { ok: true, version: saved.row.version } as const;
	});
}

/** Who may delete a term: its maker, or a coordinator ('worksheet:delete:own' / ':any'). */
export function mayDeleteTerm(term: { createdBy: string | null }, { userId, role }: { userId: string; role: Role }) {
	return canOn(role, 'worksheet:delete', { ownerId: term.createdBy, userId });
}

export async function deleteTerm(
	db: Db,
	{ partnershipId, termId, userId, role }: Scope & { termId: string; userId: string; role: Role }
): Promise<{ ok: true } | { ok: false; reason: 'not-found' | 'forbidden' }> {
	return db.transaction(async (tx) => {
		const match = and(eq(glossaryTerms.partnershipId, partnershipId), eq(glossaryTerms.id, termId));
		const [current] = await tx
			.select({ createdBy: glossaryTerms.createdBy })
			.from(glossaryTerms)
			.where(match)
			.for('update');
		if (!current) return { ok: false, reason: 'not-found' } as const;
		if (!mayDeleteTerm(current, { userId, role })) return { ok: false, reason: 'forbidden' } as const;
		await tx.delete(glossaryTerms).where(match);
		return { ok: true } as const;
	});
}

/** The sector of the member's organisation in the partnership, to preselect on a meaning form. */
export async function memberSector(
	db: Executor,
	{ partnershipId, membershipId }: Scope & { membershipId: string }
): Promise<Sector | null> {
	const [row] = await db
		.select({ sector: organisations.sector })
		.from(memberships)
		.innerJoin(
			organisations,
			and(eq(organisations.id, memberships.organisationId), eq(organisations.partnershipId, partnershipId))
		)
		.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.id, membershipId)));
	return row?.sector ?? null;
}
