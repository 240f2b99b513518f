// The drizzle schema, read as data: which tables belong to a partnership, which columns point at a
// person, in which order parents come before children. Export and import both walk this, so a new
// table is covered without editing them (a unit test fails on a table that is neither in nor out).
import { getTableColumns, is } from 'drizzle-orm';
import { PgTable, getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import * as schema from '$lib/server/db/schema';

export interface TableInfo {
	/** The SQL name, also the key in the exported document. */
	name: string;
	table: PgTable;
	/** JS property name → column. */
	columns: Record<string, PgColumn>;
	/** JS keys of columns that reference users.id. */
	userColumns: string[];
	/** JS key → SQL name of the table it references (not users, not partnerships). */
	references: Record<string, string>;
	/** The JS key of its own single uuid primary key, if it has one. */
	idColumn: string | null;
	/** Whether it has a partnership_id column. */
	partnershipScoped: boolean;
	jsonColumns: string[];
	timestampColumns: string[];
}

function describe(table: PgTable): TableInfo {
	const config = getTableConfig(table);
	const columns = getTableColumns(table) as Record<string, PgColumn>;
	const keyOf = new Map(Object.entries(columns).map(([key, col]) => [col.name, key]));
	const userColumns: string[] = [];
	const references: Record<string, string> = {};
	for (const fk of config.foreignKeys) {
		const ref = fk.reference();
		const target = getTableConfig(ref.foreignTable).name;
		if (ref.columns.length !== 1) continue;
		const key = keyOf.get(ref.columns[0].name)!;
		if (target === 'users') userColumns.push(key);
		else if (target !== 'partnerships') references[key] = target;
	}
	const idEntry = Object.entries(columns).find(([, c]) => c.primary && c.columnType === 'PgUUID');
	return {
		name: config.name,
		table,
		columns,
		userColumns,
		references,
		idColumn: idEntry ? idEntry[0] : null,
		partnershipScoped: Object.values(columns).some((c) => c.name === 'partnership_id'),
		jsonColumns: Object.entries(columns)
			.filter(([, c]) => c.columnType.startsWith('PgJson'))
			.map(([k]) => k),
		timestampColumns: Object.entries(columns)
			.filter(([, c]) => c.columnType.startsWith('PgTimestamp'))
			.map(([k]) => k)
	};
}

export const ALL_TABLES: TableInfo[] = (Object.values(schema) as unknown[])
	.filter((v): v is PgTable => is(v, PgTable))
	.map(describe);

/**
 * Partnership tables left out of the partnership document, with the reason. Everything else with a
 * partnership_id travels.
 */
export const PARTNERSHIP_EXCLUDED: Record<string, string> = {
	invitations:
		'credentials: an invitation is a token hash; its link would not work on another instance, so the coordinator invites again',
	form_drafts:
		'unsaved typing, private to the person who typed it; it is in their personal export, not in the partnership',
	audit_log:
		'the record of who read and changed case content on this instance; it stays with the instance that logged it (ADR 0004)'
};

/**
 * Tables that reference a person but are left out of the personal export, with the reason.
 * Credentials never leave: their rows are hashes, secrets or keys.
 */
export const PERSONAL_EXCLUDED: Record<string, string> = {
	account_tokens: 'credentials: hashes of single-use links',
	recovery_codes: 'credentials: hashes of recovery codes',
	passkeys: 'credentials: public keys and counters (the names are shown on /account/passkeys)',
	auth_challenges: 'credentials: short-lived WebAuthn challenges',
	calendar_feeds: 'credentials: the feed token; the feed itself shows only what the partnership pages show',
	sent_reminders: 'bookkeeping of which reminder mail went out, no content about the person'
};

/** Columns never exported from any table: secrets and hashes. */
const SECRET_COLUMNS = new Set(['passwordHash', 'totpSecret', 'totpLastStep', 'tokenHash', 'codeHash']);
/** Tables whose primary key is itself the hash of a cookie token. */
const TOKEN_KEYED = new Set(['sessions', 'known_devices']);

export function isSecretColumn(table: string, key: string): boolean {
	return SECRET_COLUMNS.has(key) || (key === 'id' && TOKEN_KEYED.has(table));
}

const byName = new Map(ALL_TABLES.map((t) => [t.name, t]));
export function tableInfo(name: string): TableInfo | undefined {
	return byName.get(name);
}

/** Partnership tables in the document, parents before children (foreign keys). */
export const PARTNERSHIP_TABLES: TableInfo[] = order(
	ALL_TABLES.filter((t) => t.partnershipScoped && !(t.name in PARTNERSHIP_EXCLUDED))
);

function order(tables: TableInfo[]): TableInfo[] {
	const names = new Set(tables.map((t) => t.name));
	const done = new Set<string>();
	const out: TableInfo[] = [];
	const visit = (t: TableInfo, path: Set<string>) => {
		if (done.has(t.name)) return;
		if (path.has(t.name)) throw new Error(`foreign key cycle at ${t.name}`);
		path.add(t.name);
		for (const target of Object.values(t.references))
			if (target !== t.name && names.has(target)) visit(byName.get(target)!, path);
		path.delete(t.name);
		done.add(t.name);
		out.push(t);
	};
	for (const t of tables) visit(t, new Set());
	return out;
}
