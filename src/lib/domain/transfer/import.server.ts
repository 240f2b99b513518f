// Data back in: a partnership document into an empty partnership, in one transaction (ADR 0020).
// Every record gets a new id, so an import works on another instance and in the same database.
import { randomUUID } from 'node:crypto';
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '$lib/server/db/client';
import { memberships, partnerships, users } from '$lib/server/db/schema';
import { generateMomentCode } from '$lib/domain/reflection/reflection.server';
import { readPartnershipDocument, type DocumentProblem } from './document.schema';
import { swapStrings } from './export.server';
import { ALL_TABLES, PARTNERSHIP_TABLES, type TableInfo } from './tables.server';

/** A password hash no password matches: the account can be claimed only through "wachtwoord vergeten". */
export const UNUSABLE_PASSWORD = '!imported';

export type ImportResult =
	{ ok: true; records: number; newAccounts: number } | { ok: false; reason: DocumentProblem | 'not-empty' };

class Malformed extends Error {}

function partnershipColumn(info: TableInfo): PgColumn {
	return Object.values(info.columns).find((c) => c.name === 'partnership_id')!;
}

/** Imports `value` (parsed JSON) into the partnership; `userId` is the coordinator who imports. */
export async function importPartnership(
	db: Db,
	{ partnershipId, userId, value }: { partnershipId: string; userId: string; value: unknown }
): Promise<ImportResult> {
	const read = readPartnershipDocument(value);
	if (!read.ok) return read;
	const doc = read.document;
	for (const name of Object.keys(doc.tables))
		if (!PARTNERSHIP_TABLES.some((t) => t.name === name)) return { ok: false, reason: 'malformed' };
	try {
		return await db.transaction(async (tx) => {
			// One import at a time per partnership; the emptiness check below holds until commit.
			await tx
				.select({ id: partnerships.id })
				.from(partnerships)
				.where(eq(partnerships.id, partnershipId))
				.for('update');
			for (const info of ALL_TABLES.filter((t) => t.partnershipScoped)) {
				const column = partnershipColumn(info);
				const where =
					info.table === memberships
						? and(eq(column, partnershipId), ne(memberships.userId, userId))
						: eq(column, partnershipId);
				const [{ n }] = await tx.select({ n: count() }).from(info.table).where(where);
				if (n > 0) return { ok: false, reason: 'not-empty' } as const;
			}

			// People: an existing account by e-mail, else an account that cannot log in yet.
			const emails = doc.people.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
			const existing = emails.length
				? await tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, emails))
				: [];
			const byEmail = new Map(existing.map((u) => [u.email, u.id]));
			const person = new Map<string, string>();
			let newAccounts = 0;
			for (const p of doc.people) {
				const email = p.email?.toLowerCase();
				let id = email ? byEmail.get(email) : undefined;
				if (!id) {
					id = randomUUID();
					newAccounts++;
					await tx.insert(users).values({
						id,
						name: p.name,
						// A former member keeps a row for authorship, on an address nobody can own.
						email: email ?? `${id}@deleted.invalid`,
						passwordHash: UNUSABLE_PASSWORD,
						deletedAt: email ? null : new Date()
					});
					if (email) byEmail.set(email, id);
				}
				person.set(p.key, id);
			}

			const ids = new Map<string, string>();
			const swap = (s: string) => ids.get(s) ?? person.get(s);
			let records = 0;
			for (const info of PARTNERSHIP_TABLES) {
				const rows = doc.tables[info.name] ?? [];
				const values: Record<string, unknown>[] = [];
				for (const row of rows) {
					const out: Record<string, unknown> = { partnershipId };
					const oldId = info.idColumn ? row[info.idColumn] : undefined;
					for (const [key, value] of Object.entries(row)) {
						const column = info.columns[key];
						if (!column || column.name === 'partnership_id') throw new Malformed();
						if (value === null) out[key] = null;
						else if (key === info.idColumn) {
							if (typeof value !== 'string' || ids.has(value)) throw new Malformed();
							const fresh = randomUUID();
							ids.set(value, fresh);
							out[key] = fresh;
						} else if (info.userColumns.includes(key)) {
							out[key] = person.get(value as string);
							if (!out[key]) throw new Malformed();
						} else if (key in info.references || column.columnType === 'PgUUID') {
							out[key] = ids.get(value as string);
							if (!out[key]) throw new Malformed();
						} else if (info.jsonColumns.includes(key)) out[key] = swapStrings(value, swap);
						else if (info.timestampColumns.includes(key)) out[key] = new Date(value as string);
						else out[key] = value;
					}
					if (info.name === 'reflection_moments') out.code = generateMomentCode();
					// The importer is a member already: their exported membership becomes theirs, role kept.
					if (info.table === memberships && out.userId === userId) {
						const profile = { ...out };
						for (const key of ['id', 'role', 'partnershipId', 'userId']) delete profile[key];
						const [mine] = await tx
							.update(memberships)
							.set(profile)
							.where(and(eq(memberships.partnershipId, partnershipId), eq(memberships.userId, userId)))
							.returning({ id: memberships.id });
						ids.set(oldId as string, mine.id);
						continue;
					}
					values.push(out);
				}
				for (let i = 0; i < values.length; i += 500)
					await tx.insert(info.table).values(values.slice(i, i + 500) as never);
				records += values.length;
			}
			await tx
				.update(partnerships)
				.set({
					region: doc.partnership.region,
					description: doc.partnership.description,
					caseRetentionMonths: doc.partnership.caseRetentionMonths
				})
				.where(eq(partnerships.id, partnershipId));
			return { ok: true, records, newAccounts } as const;
		});
	} catch (err) {
		// A row the database refuses (a broken reference, a duplicate) means the file is not sound;
		// the transaction has rolled back, nothing stays behind.
		if (err instanceof Malformed || (err as { code?: string })?.code?.startsWith('23') || isWrapped(err))
			return { ok: false, reason: 'malformed' };
		throw err;
	}
}

function isWrapped(err: unknown): boolean {
	const cause = (err as { cause?: { code?: string } })?.cause;
	return typeof cause?.code === 'string' && (cause.code.startsWith('23') || cause.code.startsWith('22'));
}
