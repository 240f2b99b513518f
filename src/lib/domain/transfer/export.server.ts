// Data out: the partnership as one versioned document (ADR 0020) and a person's own data (GDPR
// art. 15). Both walk the schema (tables.server.ts): one query per table.
import { eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '$lib/server/db/client';
import { partnerships, passkeys, users } from '$lib/server/db/schema';
import { PARTNERSHIP_FORMAT, PARTNERSHIP_VERSION, type PartnershipDocument } from './document.schema';
import { ALL_TABLES, PARTNERSHIP_TABLES, PERSONAL_EXCLUDED, isSecretColumn, type TableInfo } from './tables.server';

type Row = Record<string, unknown>;

/** Replaces every string in a JSON value that `swap` knows. */
export function swapStrings(value: unknown, swap: (s: string) => string | undefined): unknown {
	if (typeof value === 'string') return swap(value) ?? value;
	if (Array.isArray(value)) return value.map((v) => swapStrings(v, swap));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swapStrings(v, swap)]));
	return value;
}

function partnershipColumn(info: TableInfo): PgColumn {
	return Object.values(info.columns).find((c) => c.name === 'partnership_id')!;
}

/** The whole partnership, user references replaced by person keys; null when it does not exist. */
export async function exportPartnership(
	db: Executor,
	{ partnershipId }: { partnershipId: string }
): Promise<PartnershipDocument | null> {
	const [p] = await db.select().from(partnerships).where(eq(partnerships.id, partnershipId));
	if (!p) return null;
	const raw = new Map<string, Row[]>();
	for (const info of PARTNERSHIP_TABLES) {
		const rows = await db
			.select()
			.from(info.table)
			.where(eq(partnershipColumn(info), partnershipId));
		raw.set(info.name, rows as Row[]);
	}
	// Everyone the partnership's records point at, members first.
	const userIds = new Set<string>();
	for (const info of PARTNERSHIP_TABLES)
		for (const row of raw.get(info.name)!)
			for (const key of info.userColumns) if (typeof row[key] === 'string') userIds.add(row[key] as string);
	const people = userIds.size
		? await db
				.select({ id: users.id, name: users.name, email: users.email, deletedAt: users.deletedAt })
				.from(users)
				.where(inArray(users.id, [...userIds]))
		: [];
	people.sort((a, b) => a.email.localeCompare(b.email));
	const keyOf = new Map(people.map((person, i) => [person.id, `person-${i + 1}`]));

	const tables: Record<string, Row[]> = {};
	for (const info of PARTNERSHIP_TABLES) {
		tables[info.name] = raw.get(info.name)!.map((row) => {
			const out: Row = {};
			for (const [key, value] of Object.entries(row)) {
				if (key === 'partnershipId' || isSecretColumn(info.name, key)) continue;
				if (info.userColumns.includes(key)) out[key] = value === null ? null : (keyOf.get(value as string) ?? null);
				else if (info.jsonColumns.includes(key)) out[key] = swapStrings(value, (s) => keyOf.get(s));
				else out[key] = value instanceof Date ? value.toISOString() : value;
			}
			return out;
		});
	}
	return {
		format: PARTNERSHIP_FORMAT,
		version: PARTNERSHIP_VERSION,
		exportedAt: new Date().toISOString(),
		partnership: {
			name: p.name,
			region: p.region,
			description: p.description,
			requireSecondFactor: p.requireSecondFactor,
			caseRetentionMonths: p.caseRetentionMonths,
			createdAt: p.createdAt.toISOString()
		},
		people: people.map((person) => ({
			key: keyOf.get(person.id)!,
			name: person.name,
			email: person.deletedAt ? null : person.email
		})),
		tables
	};
}

/** The tables the personal export reads: every table that references a person, but credentials. */
export const PERSONAL_TABLES: TableInfo[] = ALL_TABLES.filter(
	(t) => t.name !== 'users' && t.userColumns.length > 0 && !(t.name in PERSONAL_EXCLUDED)
);

export interface PersonalExport {
	format: 'brugwerk-personal';
	version: 1;
	exportedAt: string;
	account: {
		name: string;
		email: string;
		locale: string;
		createdAt: string;
		emailConfirmedAt: string | null;
		secondFactor: { authenticatorApp: boolean; passkeys: number };
	};
	/** Per table, the rows that reference the person; `partnershipName` added where a row belongs to one. */
	tables: Record<string, Row[]>;
}

/** Everything stored about one person, without secrets, hashes or tokens. */
export async function exportPersonalData(db: Executor, { userId }: { userId: string }): Promise<PersonalExport | null> {
	const [user] = await db.select().from(users).where(eq(users.id, userId));
	if (!user) return null;
	const keys = await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, userId));
	const tables: Record<string, Row[]> = {};
	const partnershipIds = new Set<string>();
	for (const info of PERSONAL_TABLES) {
		const where = or(...info.userColumns.map((key): SQL => eq(info.columns[key], userId)));
		const rows = (await db.select().from(info.table).where(where)) as Row[];
		tables[info.name] = rows.map((row) => {
			const out: Row = {};
			for (const [key, value] of Object.entries(row)) {
				if (isSecretColumn(info.name, key)) continue;
				out[key] = value instanceof Date ? value.toISOString() : value;
			}
			if (info.name === 'partnerships') partnershipIds.add(row.id as string);
			else if (info.partnershipScoped) partnershipIds.add(row.partnershipId as string);
			return out;
		});
	}
	const names = partnershipIds.size
		? await db
				.select({ id: partnerships.id, name: partnerships.name })
				.from(partnerships)
				.where(inArray(partnerships.id, [...partnershipIds]))
		: [];
	const nameOf = new Map(names.map((n) => [n.id, n.name]));
	for (const info of PERSONAL_TABLES)
		if (info.partnershipScoped)
			for (const row of tables[info.name]) row.partnershipName = nameOf.get(row.partnershipId as string) ?? null;
	return {
		format: 'brugwerk-personal',
		version: 1,
		exportedAt: new Date().toISOString(),
		account: {
			name: user.name,
			email: user.email,
			locale: user.locale,
			createdAt: user.createdAt.toISOString(),
			emailConfirmedAt: user.emailVerifiedAt?.toISOString() ?? null,
			secondFactor: { authenticatorApp: user.totpSecret !== null, passkeys: keys.length }
		},
		tables
	};
}
