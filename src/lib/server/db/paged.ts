import { getTableName, ilike, sql, type AnyColumn, type Column, type SQL } from 'drizzle-orm';
import { limitOffset, toPage, type Page } from '$lib/pagination';

/**
 * The total count travels with the rows (`count(*) over ()`), so one round trip gives a page and
 * its total. Only a page past the end, which has no rows to carry it, asks for the count apart.
 */
export const totalOver = sql<number>`count(*) over ()`.mapWith(Number);

export async function paged<Row extends { total: number }>(
	query: (range: { limit: number; offset: number }) => Promise<Row[]>,
	countAll: () => Promise<number>,
	page: number
): Promise<Page<Omit<Row, 'total'>>> {
	const rows = await query(limitOffset(page));
	const total = rows[0]?.total ?? (page > 1 ? await countAll() : 0);
	return toPage(
		rows.map(({ total: _total, ...row }) => row),
		total,
		page
	);
}

/** A list's search box: the column holds the typed text anywhere, case-insensitive, taken literally. */
export function containsText(column: Column | SQL, text: string): SQL {
	return ilike(column, `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/**
 * A column named with its table, for a list's counts as correlated subqueries. Drizzle leaves
 * columns unqualified in a query on one table, so inside a subquery on another table an outer
 * `id` would silently mean the inner table's own `id`.
 */
export function qualified(column: AnyColumn): SQL {
	return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
